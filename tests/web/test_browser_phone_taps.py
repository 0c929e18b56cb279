"""Tapping the dashboard on a 390 px phone in Chromium: the performance tables' figures (a «1» was a 10 × 19 px
link, the only way from a row to its complaints) and the pages' choice boxes (42 px) are targets a thumb hits."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.parties import file, make_people
from tests.web.conftest import DLH_HEAD, SUPERVISOR, TAP_HEIGHT, VERIFIER, browser_login, screenshot

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def forwarded(world):
    """LPR-1 to DLH, LPR-2 to PUPR."""
    people = make_people(world)
    file(people["citizen"], description="Sampah di TPS pasar Srimangunan menumpuk sampai ke jalan, bau sekali")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    file(people["citizen2"], description="Jalan berlubang besar di depan SDN 2 Banyuanyar, motor sering jatuh")
    people["verifier"].says("TERUSKAN LPR-2 PUPR")
    return people


def small_targets(page, selector: str) -> list[str]:
    """The visible links or boxes of `selector` smaller than a thumb's target (TAP_HEIGHT high, and as wide)."""
    small = []
    for target in page.locator(selector).all():
        box = target.bounding_box()
        if box and (box["height"] < TAP_HEIGHT - 0.5 or box["width"] < TAP_HEIGHT - 0.5):
            small.append(f"«{' '.join(target.inner_text().split())[:30]}» {box['width']:.0f}×{box['height']:.0f}")
    return small


@pytest.mark.parametrize("phone", [SUPERVISOR, DLH_HEAD])
def test_the_performance_tables_figures_are_targets_a_thumb_hits(page, live_server, forwarded, phone):
    page.set_viewport_size(PHONE)
    browser_login(page, live_server, phone)
    page.goto(live_server.url + "/kinerja")
    assert small_targets(page, ".performance a, .districts a") == []
    screenshot(page, f"kinerja-tabel-ketuk-ponsel-{'pimpinan' if phone == SUPERVISOR else 'kepala'}")
    page.locator(".performance td a, .districts td a").first.click()
    expect(page.get_by_text("Daftar di balik angka kinerja")).to_be_visible()


@pytest.mark.parametrize("path", ["/?view=semua", "/kinerja", "/audit", "/direktori"])
def test_choice_boxes_are_targets_a_thumb_hits(page, live_server, forwarded, path):
    page.set_viewport_size(PHONE)
    browser_login(page, live_server, VERIFIER)
    page.goto(live_server.url + path)
    page.evaluate("document.querySelectorAll('details').forEach(fold => fold.open = true)")
    assert page.locator("select").count(), "the page has its choice boxes"
    assert small_targets(page, "select") == []


def test_a_short_bar_is_tapped_anywhere_on_its_row(page, live_server, forwarded, world):
    """«Jenis laporan» and «Sumber laporan» on a phone: a bar's link was the bar alone, 17 px high and as wide as
    its count (a «1» beside a «40»: a few pixels). Its whole row (name, bar, count) leads to its complaints."""
    people = forwarded
    people["citizen"].file(kind="3", description="Mohon info jadwal pengangkutan sampah di Kecamatan Sampang")
    page.set_viewport_size(PHONE)
    browser_login(page, live_server, SUPERVISOR)
    page.goto(live_server.url + "/kinerja")
    chart = page.locator("figure.chart").filter(has=page.locator("title", has_text="Jenis laporan"))
    chart_box = chart.locator("svg").bounding_box()
    rows = chart.locator("svg a")
    assert rows.count() == 2
    for row in rows.all():
        box = row.bounding_box()
        assert box["width"] >= chart_box["width"] * 0.95 and box["height"] >= 22, box
    rows.last.click(position={"x": 5, "y": 10})  # at the row's start, on its name: far from a short bar
    expect(page.get_by_text("Daftar di balik angka kinerja")).to_be_visible()
