"""/kinerja in a real headless Chromium: a supervisor clicks an agency's overdue figure and lands on exactly those
complaints; a head sees only their agency; the XLSX download opens with openpyxl. Screenshots in
artifacts/screenshots/ (kinerja.png, kinerja-kepala.png, kinerja-ponsel.png)."""

from __future__ import annotations

import re

import openpyxl
import pytest
from playwright.sync_api import expect

from tests.web.conftest import DLH_HEAD, SUPERVISOR, browser_login, screenshot
from tests.web.test_performance_page import filed  # noqa: F401  (fixture)


def test_supervisor_clicks_an_overdue_figure_and_lands_on_those_complaints(page, live_server, filed):  # noqa: F811
    browser_login(page, live_server, SUPERVISOR)
    page.get_by_role("link", name="Kinerja").click()
    expect(page.get_by_role("heading", name="Kinerja instansi")).to_be_visible()
    rows = page.locator("table.performance tbody tr")
    expect(rows).to_have_count(4)  # DINKES and DINSOS received nothing: rows of zeros
    screenshot(page, "kinerja")
    for above, heading in ((".figures", "#per-instansi"), (".charts", "#lokasi")):  # each section's heading stood
        gap = page.evaluate(f"document.querySelector('{heading}').getBoundingClientRect().top"  # on the boxes above
                            f" - document.querySelector('{above}').getBoundingClientRect().bottom")
        assert gap >= 16, (heading, gap)
    page.locator('tr[data-agency="DLH"] a[data-figure="overdue"]').click()
    expect(page.get_by_role("heading", name="Semua laporan")).to_be_visible()
    expect(page.locator(".queue-item")).to_have_count(1)
    expect(page.locator(".queue-item").first).to_contain_text("LPR-1")
    expect(page.locator(".count")).to_contain_text("1 laporan")


def test_clicking_a_bar_of_a_chart_opens_the_complaints_behind_it(page, live_server, filed):  # noqa: F811
    browser_login(page, live_server, SUPERVISOR)
    page.goto(live_server.url + "/kinerja")
    chart = page.get_by_role("img", name="Jenis laporan")
    expect(chart).to_be_visible()
    bar = chart.locator("a rect:not([aria-hidden])").first  # the drawn bar (its row's unseen target is first)
    label, count = bar.locator("title").text_content().split(": ")
    assert label == "Pengaduan"
    bar.click()
    expect(page.get_by_role("heading", name="Semua laporan")).to_be_visible()
    expect(page).to_have_url(re.compile(r"kind=pengaduan"))
    expect(page.locator(".queue-item")).to_have_count(int(count))


def test_sorting_by_clicking_a_column_heading(page, live_server, filed):  # noqa: F811
    browser_login(page, live_server, SUPERVISOR)
    page.goto(live_server.url + "/kinerja")
    page.get_by_role("link", name="Lewat batas sekarang", exact=True).click()
    heading = page.get_by_role("columnheader").get_by_role("link", name=re.compile("^Lewat batas sekarang"))
    heading.click()  # again: largest first
    expect(page).to_have_url(re.compile(r"sort=overdue&desc=1|desc=1.*sort=overdue"))
    expect(page.locator("table.performance tbody tr").first).to_have_attribute("data-agency", "DLH")


def test_a_head_sees_only_their_agency_and_downloads_the_table(page, live_server, filed, tmp_path):  # noqa: F811
    browser_login(page, live_server, DLH_HEAD)
    page.goto(live_server.url + "/kinerja")
    expect(page.get_by_role("heading", name="Kinerja instansi · DLH")).to_be_visible()
    expect(page.locator("table.performance")).to_have_count(0)  # its one row repeated the figures above
    expect(page.locator("body")).not_to_contain_text("PUPR")
    screenshot(page, "kinerja-kepala")
    with page.expect_download() as info:
        page.locator(".downloads").get_by_role("link", name="XLSX").first.click()
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    assert path.suffix == ".xlsx"
    sheet = openpyxl.load_workbook(path).active
    assert [row[:3] for row in sheet.iter_rows(values_only=True)] == [
        ("Kode", "Instansi", "Masuk"), (None, "Total instansi DLH", 2), ("DLH", "Dinas Lingkungan Hidup", 2)]
    with page.expect_download() as listed:
        page.locator(".downloads").get_by_role("link", name="XLSX").nth(1).click()
    complaints = tmp_path / "laporan.xlsx"
    listed.value.save_as(complaints)
    assert [row[0] for row in openpyxl.load_workbook(complaints).active.iter_rows(min_row=2, values_only=True)] == \
        ["LPR-1", "LPR-3"]


def test_on_a_phone_the_agency_table_scrolls_in_its_box_with_the_agency_column_kept(page, live_server,
                                                                                 filed):  # noqa: F811
    page.set_viewport_size({"width": 360, "height": 740})
    browser_login(page, live_server, SUPERVISOR)
    page.goto(live_server.url + "/kinerja")
    expect(page.get_by_role("heading", name="Kinerja instansi")).to_be_visible()
    widths = page.evaluate("() => [document.body.scrollWidth, document.documentElement.scrollWidth, innerWidth]")
    assert max(widths[:2]) <= widths[2], f"the page itself scrolls sideways: {widths}"
    box = page.get_by_role("region", name="Tabel kinerja per instansi")
    scroll_width, client_width = box.evaluate("box => [box.scrollWidth, box.clientWidth]")
    assert scroll_width > client_width, "twelve columns are wider than a phone: the table scrolls in its box"
    box.scroll_into_view_if_needed()
    box.evaluate("box => { box.scrollLeft = box.scrollWidth; }")
    agency, last = page.locator('tr[data-agency="DLH"] th'), page.locator('tr[data-agency="DLH"] td').last
    expect(agency).to_be_in_viewport()
    expect(last).to_be_in_viewport()
    assert abs(agency.bounding_box()["x"] - box.bounding_box()["x"]) < 2, "the agency column stays at the left"
    screenshot(page, "kinerja-ponsel")


def test_on_a_desktop_the_agency_table_shows_every_column_and_a_narrower_screen_says_to_scroll(page, live_server,
                                                                                             filed):  # noqa: F811
    """At 1280 px the table was 1,500 px wide (every heading on one line): «Penilaian», «Dikembalikan» and «Dibuka
    kembali» were cut off at the box's edge, and the hint to scroll sideways showed only on phones. An answer
    SP4N-LAPOR! reported finished (no deadline here) notes «(1 tanpa batas waktu)» under DLH's «Selesai»: on one
    line it made the table 85 px too wide."""
    from lapor.bridge import reports
    from services import services

    svc = services(live_server.app)
    with svc.session_factory.begin() as session:
        reports.apply_report(session, reports.Report(tracking_id="7730123", status="selesai", agencies=["DLH"],
                                                     title="Saluran tersumbat", content="Saluran air tersumbat sampah",
                                                     created_at=svc.clock()), svc.clock(), svc.region,
                             reports.ApplyResult())
    page.set_viewport_size({"width": 1280, "height": 900})
    browser_login(page, live_server, SUPERVISOR)
    page.goto(live_server.url + "/kinerja")
    table = page.get_by_role("region", name="Tabel kinerja per instansi")
    table.scroll_into_view_if_needed()
    expect(page.get_by_role("columnheader", name="Dibuka kembali")).to_be_in_viewport(ratio=1)
    finished = page.locator('tr[data-agency="DLH"] td').nth(1)
    expect(finished).to_contain_text("tanpa batas waktu")
    assert finished.bounding_box()["width"] < 90, "the note wraps under the count instead of widening its column"
    downloads = page.get_by_role("heading", name="Unduh").locator("xpath=..")
    gap = downloads.bounding_box()["y"] - (table.bounding_box()["y"] + table.bounding_box()["height"])
    assert gap >= 8, f"the downloads' card stood glued to the table's last line ({gap:.0f} px apart)"
    assert table.evaluate("box => box.scrollWidth <= box.clientWidth")
    expect(page.get_by_text("Geser tabel ke samping")).to_be_hidden()
    screenshot(page, "kinerja-tabel-desktop")
    page.set_viewport_size({"width": 900, "height": 900})  # a small laptop window: the table scrolls, said so
    expect(page.get_by_text("Geser tabel ke samping")).to_be_visible()
    assert table.evaluate("box => box.scrollWidth > box.clientWidth")


def test_the_pages_load_without_an_error_in_the_browser_console(page, live_server, filed):  # noqa: F811
    """Every first page asked for /favicon.ico, which answered 404: an error in the console of every page."""
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    browser_login(page, live_server, SUPERVISOR)
    for path in ("/", "/kinerja", "/pengaduan/1"):
        page.goto(live_server.url + path)
        page.wait_for_load_state("load")
    page.wait_for_timeout(300)
    assert errors == []


@pytest.mark.browser_context_args(locale="en-US")
def test_refining_a_sorted_table_or_a_figures_list_keeps_what_was_chosen(page, live_server, filed):  # noqa: F811
    """«Tampilkan» on /kinerja dropped the table's order, and a search typed in a figure's list («Lewat batas
    sekarang · DLH») searched every complaint instead: the forms did not carry what the links had chosen. The date
    boxes were the browser's own, mm/dd/yyyy in an English browser: they take dd/mm/yyyy whatever its language."""
    browser_login(page, live_server, SUPERVISOR)
    page.goto(live_server.url + "/kinerja?sort=overdue&desc=1")
    expect(page.get_by_label("Dari tanggal")).to_have_value("01/11/2026")
    page.get_by_label("Dari tanggal").fill("2/11/2026")
    page.get_by_label("Sampai tanggal").fill("23/11/2026")
    page.locator("details.more > summary").click()  # the filters beside the period are folded
    page.get_by_label("Jenis", exact=True).select_option("pengaduan")
    page.get_by_role("button", name="Tampilkan").click()
    heading = "Seluruh daerah · Jenis «Pengaduan» · 02/11/2026–23/11/2026"  # the filter chosen is named
    expect(page.get_by_role("heading", name=heading)).to_be_visible()
    expect(page).to_have_url(re.compile(r"kind=pengaduan"))
    expect(page).to_have_url(re.compile(r"sort=overdue"))
    expect(page.locator("table.performance tbody tr").first).to_have_attribute("data-agency", "DLH")
    page.locator('tr[data-agency="DLH"] a[data-figure="received"]').click()
    expect(page.get_by_text("Daftar di balik angka kinerja")).to_be_visible()
    page.get_by_label(re.compile("^Cari")).fill("pasar")
    page.get_by_role("button", name="Terapkan").click()
    expect(page).to_have_url(re.compile(r"q=pasar"))
    expect(page.get_by_text("Daftar di balik angka kinerja")).to_be_visible()
    expect(page).to_have_url(re.compile(r"figure=received"))
    page.locator("details.more > summary", has_text="Instansi «DLH»").click()  # folded: the list comes first
    assert shows_whole(page, "#agency"), "«DLH – Dinas Li…»: the chosen agency was cut in its box"
    page.get_by_role("link", name="Kembali ke kinerja").click()
    expect(page).to_have_url(re.compile(r"sort=overdue"))
    page.goto(live_server.url + "/?view=semua&status=belum_ditindaklanjuti&agency=DISDUKCAPIL")
    page.locator("details.more > summary").click()
    assert shows_whole(page, "#status") and shows_whole(page, "#agency"), "«Belum ditindak»: the status was cut"


def shows_whole(page, select: str) -> bool:
    """Whether a drop-down shows its chosen option's whole text (measured in its own font, beside its padding and
    arrow)."""
    return page.locator(select).evaluate("""s => {
        const style = getComputedStyle(s), pen = document.createElement("canvas").getContext("2d");
        pen.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = pen.measureText(s.options[s.selectedIndex].text).width;
        return text + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + 20 <= s.clientWidth;
    }""")


def test_on_a_phone_a_years_columns_are_a_month_each_and_can_be_tapped(page, live_server, filed):  # noqa: F811
    """At 390 px a year drew 53 weekly pairs in about 360 px: each column a pixel wide, not to be tapped, its dates
    unreadable. A pair per month: each column's link is a finger wide, the months' names readable."""
    page.set_viewport_size({"width": 390, "height": 844})
    browser_login(page, live_server, SUPERVISOR)
    page.goto(live_server.url + "/kinerja?since=01/01/2026&until=31/12/2026")
    chart = page.get_by_role("img", name="Laporan masuk dan selesai per bulan")
    chart.scroll_into_view_if_needed()
    links = chart.locator("a")
    expect(links).to_have_count(2)  # November's two: a month of nothing is drawn, no link (no tab stop)
    expect(chart.locator("rect title")).to_have_count(24)
    widths = [box["width"] for box in links.evaluate_all("all => all.map(a => a.getBoundingClientRect().toJSON())")]
    assert min(widths) >= 10, widths
    november = chart.locator("a").nth(0)  # Masuk, November
    size = chart.get_by_text("Nov", exact=True).evaluate("t => t.getBoundingClientRect().height")
    assert size >= 10, f"the months' names are {size:.0f} px tall"
    screenshot(page, "kinerja-tahun-ponsel")
    november.click(position={"x": 5, "y": 5})  # its top, above the column itself
    expect(page.locator(".count")).to_contain_text("3 laporan")
    expect(page).to_have_url(re.compile(r"since=2026-11-01&until=2026-11-30"))


def test_on_a_phone_three_years_are_drawn_per_quarter_and_can_be_tapped(page, live_server, filed):  # noqa: F811
    """Three years drew 36 monthly pairs, 3.4 px per column at 390 px: a pair per quarter («T1 2024»), each column
    a finger wide, the quarters' names readable, a partial one marked and named under the legend."""
    page.set_viewport_size({"width": 390, "height": 844})
    browser_login(page, live_server, SUPERVISOR)
    page.goto(live_server.url + "/kinerja?since=15/02/2024&until=31/12/2026")
    chart = page.get_by_role("img", name="Laporan masuk dan selesai per triwulan")
    chart.scroll_into_view_if_needed()
    links = chart.locator("a")
    expect(links).to_have_count(2)  # T4 2026's two: a quarter of nothing is drawn, no link (no tab stop)
    expect(chart.locator("rect title")).to_have_count(24)
    widths = [box["width"] for box in links.evaluate_all("all => all.map(a => a.getBoundingClientRect().toJSON())")]
    assert min(widths) >= 10, widths
    boxes = chart.locator("text").evaluate_all(  # no two names under the columns overlap
        "all => all.filter(t => /^T\\d/.test(t.textContent)).map(t => t.getBoundingClientRect().toJSON())")
    assert len(boxes) >= 4 and all(a["right"] <= b["left"] for a, b in zip(boxes, boxes[1:], strict=False)), boxes
    assert min(box["height"] for box in boxes) >= 10, boxes
    expect(chart.get_by_text("* T1 2024 sebagian: 15 Feb–31 Mar")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(page, "kinerja-tiga-tahun-ponsel")
    links.nth(0).click(position={"x": 5, "y": 5})  # Masuk, T4 2026: its top, above the column itself
    expect(page.locator(".count")).to_contain_text("3 laporan")
    expect(page).to_have_url(re.compile(r"since=2026-10-01&until=2026-12-31"))


def test_on_a_phone_a_figures_whole_tile_opens_its_list(page, live_server, filed):  # noqa: F811
    """«Masuk 2» on a 390 px phone: only the digit was the link, a 12 × 26 px target in a tile a thumb covers. The
    whole tile of a figure that lists complaints is its link's target (its name still «Masuk: 2 laporan»); a tile
    of 0, or of a share whose link is inside its note («Tepat waktu»), stays no target."""
    page.set_viewport_size({"width": 390, "height": 844})
    browser_login(page, live_server, SUPERVISOR)
    page.goto(live_server.url + "/kinerja")
    tiles = page.locator(".figures > div")
    hit = ("t => { const b = t.getBoundingClientRect(); const e = document.elementFromPoint(b.right - 4, b.top + 4); "
           "return e && e.closest('a') ? e.closest('a').dataset.figure || 'other link' : null; }")
    targets = {" ".join(tile.locator("dt").inner_text().split()): tile.evaluate(hit) for tile in tiles.all()}
    assert targets["Masuk"] == "received" and targets["Didisposisi"] == "dispositioned", targets
    assert targets["Selesai tepat waktu"] is None and targets["Tepat waktu"] is None, targets  # 0; a share
    masuk = tiles.filter(has=page.locator("dt", has_text="Masuk"))
    box = masuk.bounding_box()
    page.mouse.click(box["x"] + box["width"] - 4, box["y"] + 4)
    expect(page.get_by_role("heading", name="Semua laporan")).to_be_visible()
