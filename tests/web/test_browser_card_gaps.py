"""A complaint's page in Chromium at 390 and 1280 px: its cards stand evenly spaced. On a phone «Isi laporan» and
«Pelapor» (two cards side by side on a wide screen) stood 32 px apart, every other pair 16 px: the grid's gap and
the card's own margin added up, and the two read as separate parts of the page."""

from __future__ import annotations

import pytest

from tests.parties import filed_and_forwarded, make_people
from tests.web.conftest import VERIFIER, browser_login, screenshot


@pytest.mark.parametrize("width", [390, 1280])
def test_the_cards_of_a_complaints_page_are_evenly_spaced(page, live_server, world, width):
    filed_and_forwarded(make_people(world))
    page.set_viewport_size({"width": width, "height": 844})
    browser_login(page, live_server, VERIFIER)
    page.goto(live_server.url + "/pengaduan/1")
    boxes = [card.bounding_box() for card in page.locator("main section.card").all()]
    assert len(boxes) >= 4
    gaps = []
    for index, box in enumerate(boxes[1:], 1):
        above = [b["y"] + b["height"] for b in boxes[:index] if b["y"] + b["height"] <= box["y"] + 1]
        if above:
            gaps.append(round(box["y"] - max(above)))
    assert gaps and set(gaps) == {16}, gaps
    screenshot(page, f"pengaduan-kartu-{width}")
