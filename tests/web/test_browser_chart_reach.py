"""The /kinerja charts' bars reached by a thumb and by keyboard in a real headless Chromium (390 and 1280 px):
the hint said «Klik batang» (a mouse word on a phone), a row of «Jenis laporan» was a 23.8 px high target on a
phone and a week's column 20 px wide."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.web.conftest import SUPERVISOR, browser_login, screenshot
from tests.web.test_browser_phone_taps import PHONE, forwarded  # noqa: F401  (fixture)

SMALLEST = 24  # px, each side: WCAG 2.5.8's target size (the charts' targets touch, so no spacing makes up for less)


@pytest.mark.parametrize("width", [PHONE["width"], 1280])
def test_every_bar_is_a_target_a_thumb_hits(page, live_server, forwarded, width):  # noqa: F811
    page.set_viewport_size({"width": width, "height": 844})
    browser_login(page, live_server, SUPERVISOR)
    page.goto(live_server.url + "/kinerja")
    expect(page.get_by_text("Klik atau ketuk batang untuk melihat laporan di baliknya.")).to_be_visible()
    links = page.locator("figure.chart svg a")
    assert links.count() >= 3, "a column of the weekly chart, rows of kinds and sources"
    small = [(link.get_attribute("href")[-40:], box) for link in links.all()
             if (box := link.bounding_box())["width"] < SMALLEST or box["height"] < SMALLEST]
    assert small == []
    screenshot(page, f"kinerja-grafik-{width}")


def test_a_bar_is_reached_with_tab_and_opened_with_enter(page, live_server, forwarded):  # noqa: F811
    page.set_viewport_size(PHONE)
    browser_login(page, live_server, SUPERVISOR)
    page.goto(live_server.url + "/kinerja")
    page.locator(".downloads a").last.focus()
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('figure.chart')"):
            break
    name = page.evaluate("document.activeElement.textContent")
    assert name.startswith("Masuk, "), name  # the weekly chart's first column with complaints, named by its title
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid", "the focus ring shows which bar Enter opens"
    page.keyboard.press("Enter")
    expect(page.get_by_text("Daftar di balik angka kinerja")).to_be_visible()
