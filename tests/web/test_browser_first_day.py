"""Found by walking the dashboard in Chromium at 390 and 1280 px as new staff on their first day (verifier, DLH
officer and head, supervisor): each test names what a newcomer met and what they now see."""

from __future__ import annotations

import pytest

from tests.web.conftest import SUPERVISOR, browser_login, screenshot
from tests.web.test_performance_page import filed  # noqa: F401  (fixture)

GAP_AFTER = """(link) => {
  const text = document.createRange(); text.selectNodeContents(link);
  const after = document.createRange(); after.setStart(link.nextSibling, 0); after.setEnd(link.nextSibling, 1);
  return after.getBoundingClientRect().left - text.getBoundingClientRect().right;
}"""


@pytest.mark.parametrize("width", [390, 1280])
def test_a_figure_inside_a_cells_small_print_reads_as_one_phrase(page, live_server, filed, width):  # noqa: F811
    """«50% (1 dari 2      )»: the «2» of DLH's on-time share was a 44 px wide box (the table's thumb-sized
    figures) inside its small print, and its «)» stood a thumb's width after it. The phrase reads «(1 dari 2)»;
    the «2» is still a target of at least 24 px each way (its padding, not its width in the line)."""
    page.set_viewport_size({"width": width, "height": 844})
    browser_login(page, live_server, SUPERVISOR)
    page.goto(live_server.url + "/kinerja")
    link = page.locator('tr[data-agency="DLH"] small.of a[data-figure="judged"]')
    assert link.inner_text() == "2"
    assert link.evaluate(GAP_AFTER) < 4
    box = link.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24, box


@pytest.mark.parametrize("width", [390, 1280])
def test_no_quick_period_line_ends_with_a_separator(page, live_server, filed, width):  # noqa: F811
    """«Atau langsung: Minggu ini ·» then «Minggu lalu · Bulan ini · Bulan lalu ·» on the next line: on a phone
    the quick periods wrap and the «·» between them dangled at a line's end. A separator shows only between two
    periods on the same line."""
    page.set_viewport_size({"width": width, "height": 844})
    browser_login(page, live_server, SUPERVISOR)
    page.goto(live_server.url + "/kinerja")
    items = page.evaluate("""() => Array.from(document.querySelectorAll('.quick-periods > *')).map(e => {
        const r = e.getBoundingClientRect();
        return [e.tagName, Math.round(r.top + r.height / 2), r.width > 0 && getComputedStyle(e).display !== 'none'];
    })""")
    shown = [(tag, top) for tag, top, visible in items if visible]
    for (tag, top), (_, next_top) in zip(shown, shown[1:] + [(None, None)], strict=True):
        if tag == "SPAN":
            assert next_top == top, f"a «·» ends a line at {top}px: {shown}"
    assert [tag for tag, _ in shown].count("A") == 6
    screenshot(page, f"kinerja-periode-{width}")
