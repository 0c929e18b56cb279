"""/kinerja server-side: who may open it, what each role sees, figures linked to their complaints, sorting, bad
filters, and the downloads (performance table, complaint lists, SP4N-LAPOR! export and record)."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime, timedelta

import openpyxl
import pytest
from sqlalchemy import select

from models import AuditEntry, Complaint, Contact, Disposition
from services import services
from tests.conftest import built_once
from tests.parties import WASTE, make_people
from tests.web.conftest import DLH_1, DLH_HEAD, SUPERVISOR, VERIFIER

ROAD = "Jalan kabupaten di Desa Banyuanyar berlubang besar, sudah banyak pengendara motor yang jatuh"


@pytest.fixture
def filed(app, world, clock):
    """LPR-1 (DLH, overdue), LPR-2 (PUPR, open), LPR-3 (DLH, finished) filed this month. LPR-1 is filed and
    forwarded a pengaduan's completion days (working days) before its deadline, an hour before the clock's now, as
    it happens: its deadline stood an hour before its forwarding, which the screenshots showed."""
    people = make_people(world)
    region = services(app).region

    def build():
        now = clock.now
        clock.now = region.calendar.subtract_working_days(now - timedelta(hours=1),
                                                          region.settings.completion_for("pengaduan"))
        for text, command in ((WASTE, "TERUSKAN LPR-1 DLH"), (ROAD, "TERUSKAN LPR-2 PUPR"),
                              (WASTE + " lagi", "TERUSKAN LPR-3 DLH")):
            people["citizen"].file(description=text, place="Pasar Srimangunan", photo=None, privacy="1")
            people["verifier"].says(command)
            clock.now = now
        people["dlh1"].says("SELESAI LPR-3 Sampah sudah diangkut semua")

    built_once(services(app), build)
    return people


def test_the_scenes_deadlines_follow_their_forwarding(filed, app, clock):
    """Each disposition's deadline is its forwarding plus a pengaduan's working days (LPR-1's stood an hour before
    its forwarding, as no complaint's can); LPR-1 overdue by an hour, all three filed in the clock's month."""
    from lapor.dispositions import due_at

    svc = services(app)
    with svc.session_factory() as session:
        rows = session.execute(select(Complaint.number, Complaint.created_at, Disposition.created_at,
                                      Disposition.due_at).join(Disposition).order_by(Complaint.number)).all()
    utc = [[moment.replace(tzinfo=moment.tzinfo or UTC) for moment in row[1:]] for row in rows]
    assert [number for number, *_ in rows] == [1, 2, 3]
    assert all(filed_at <= forwarded < due == due_at(svc.region, "pengaduan", forwarded)
               for filed_at, forwarded, due in utc), utc
    assert utc[0][2] == clock.now - timedelta(hours=1), "LPR-1 overdue by an hour"
    assert {filed_at.astimezone(svc.region.calendar.zone).month for filed_at, _, _ in utc} == {clock.now.month}


def figure_links(page: str) -> dict[tuple[str, str], str]:
    """(figure, agency) → href of every linked figure in the agency table."""
    found = re.findall(r'<a href="([^"]+)" data-figure="(\w+)" data-agency="(\w+)"', page)
    return {(figure, agency): href.replace("&amp;", "&") for href, figure, agency in found}


def test_visitors_go_to_login_and_officers_are_refused(staff_client, login_as):
    assert staff_client.get("/kinerja").status_code == 302
    assert login_as(DLH_1).get("/kinerja").status_code == 403


@pytest.mark.parametrize("phone", [SUPERVISOR, VERIFIER])
def test_region_staff_see_every_agency_with_totals_on_top(filed, login_as, phone):
    page = login_as(phone).get("/kinerja").get_data(as_text=True)
    assert page.index("Seluruh daerah") < page.index("Per instansi")
    assert re.search(r'data-agency="DLH"', page) and re.search(r'data-agency="PUPR"', page)
    links = figure_links(page)
    overdue = links[("overdue", "DLH")]
    assert overdue.startswith("/?") and "figure=overdue" in overdue and "agency=DLH" in overdue
    assert "view=semua" in overdue and ("overdue", "PUPR") not in links  # PUPR has nothing overdue: no link
    assert "<svg" in page and "Tepat waktu per instansi" in page
    assert '<table class="districts">' in page, "the districts' table has rows"


def test_a_head_sees_only_their_agency(filed, login_as):
    page = login_as(DLH_HEAD).get("/kinerja").get_data(as_text=True)
    assert 'data-agency="DLH"' in page and "PUPR" not in page
    heading = re.search(r'<h2 id="ringkasan">(.*?)</h2>', page).group(1)
    assert heading.startswith("DLH – Dinas Lingkungan Hidup · "), heading  # it read «Instansi · 01/12/2026–…»
    assert "<dt>Masuk</dt>" in page and "<dt>Didisposisi</dt>" not in page, "an agency's received: said once"
    table = login_as(DLH_HEAD).get("/kinerja/unduh.csv").get_data(as_text=True)
    codes = [row[0] for row in csv.reader(io.StringIO(table.lstrip("\ufeff")))][1:]
    assert codes == ["", "DLH"]



@pytest.mark.parametrize(("phone", "path"), [(DLH_HEAD, "/kinerja"), (DLH_HEAD, "/kinerja?sort=overdue&desc=1"),
                                             (SUPERVISOR, "/kinerja?agency=DLH"), (VERIFIER, "/kinerja?agency=dlh")])
def test_one_agencys_page_has_no_table_of_one_row_repeating_its_figures(filed, login_as, phone, path):
    """A head's /kinerja (and the page region staff open for one agency) showed «Per instansi», a 13-column table
    of one row, the agency's own, repeating the figures above it (and a chart «Tepat waktu per instansi» of one
    bar): the figures are the agency's row, each linked and named by its agency; the table stays a download."""
    client = login_as(phone)
    page = client.get(path).get_data(as_text=True)
    assert "Per instansi" not in page and '<table class="performance">' not in page
    assert "Tepat waktu per instansi" not in page, "a chart of one bar: the figure «Tepat waktu» above"
    links = figure_links(page)
    assert "figure=overdue" in links[("overdue", "DLH")] and "agency=DLH" in links[("overdue", "DLH")]
    assert 'aria-label="Lewat batas sekarang, DLH: 1 laporan"' in page
    assert '<table class="districts">' in page and "Jenis laporan" in page, "its kecamatan and kinds stay"
    table = client.get(path.replace("/kinerja", "/kinerja/unduh.csv")).get_data(as_text=True)
    assert [row[0] for row in csv.reader(io.StringIO(table.lstrip("\ufeff")))][1:] == ["", "DLH"]
    assert re.search(r"Ringkasan kinerja DLH[^<]*<a class=\"button secondary\" href=\"/kinerja/unduh\.xlsx", page)
    region = login_as(SUPERVISOR).get("/kinerja").get_data(as_text=True)
    assert "Per instansi" in region and "Tepat waktu per instansi" in region, "every agency: the table and chart"


def _text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.mark.parametrize("phone", [SUPERVISOR, VERIFIER])
def test_region_staff_open_one_agencys_performance_from_the_table_as_its_head_sees_it(filed, login_as, phone):
    """A supervisor had no view of one agency: the table's code leads to the page its head sees (figures, charts,
    the table and its download), with the way back to every agency."""
    client = login_as(phone)
    page = client.get("/kinerja?sort=overdue").get_data(as_text=True)
    row = re.search(r'<tr data-agency="DLH">\s*<th scope="row"><a href="([^"]+)"', page).group(1).replace("&amp;", "&")
    assert row.startswith("/kinerja?") and "agency=DLH" in row and "sort=overdue" in row, row
    one = client.get(row).get_data(as_text=True)
    head = login_as(DLH_HEAD).get(row.replace("agency=DLH", "")).get_data(as_text=True)
    for part in (r'<h2 id="ringkasan">(.*?)</h2>', r'<dl class="figures">(.*?)</dl>', r"<title>(.*?)</title>"):
        assert [_text(x) for x in re.findall(part, one, re.S)] == [_text(x) for x in re.findall(part, head, re.S)]
    assert _text(re.search(r'<h1>(.*?)</h1>', one).group(1)) == "Kinerja instansi · DLH"
    back = re.search(r'<a href="([^"]+)">« Semua instansi</a>', one).group(1).replace("&amp;", "&")
    assert 'data-agency="PUPR"' not in one and "agency" not in back and "sort=overdue" in back, back
    assert "figure=overdue" in figure_links(one)[("overdue", "DLH")]
    table = client.get(row.replace("/kinerja?", "/kinerja/unduh.csv?")).get_data(as_text=True)
    codes = [row[0] for row in csv.reader(io.StringIO(table.lstrip("\ufeff")))][1:]
    assert codes == ["", "DLH"] and "Total instansi DLH" in table
    listed = client.get(figure_links(one)[("overdue", "DLH")]).get_data(as_text=True)
    back = re.search(r'<a href="([^"]+)">Kembali ke kinerja</a>', listed).group(1).replace("&amp;", "&")
    assert "agency=DLH" in back and "sort=overdue" in back, "back to the agency's page, not the region's"


def test_an_agency_unknown_or_another_for_a_head_is_named_as_ignored(filed, login_as):
    page = login_as(SUPERVISOR).get("/kinerja?agency=NOPE").get_data(as_text=True)
    assert "diabaikan: Instansi" in page and 'data-agency="PUPR"' in page
    page = login_as(DLH_HEAD).get("/kinerja?agency=pupr").get_data(as_text=True)
    assert 'data-agency="PUPR"' not in page and "Kinerja instansi · DLH" in page
    assert "Kinerja PUPR tidak ditampilkan: Anda hanya dapat melihat data instansi Anda sendiri (DLH)." in page
    assert "tidak dikenali" not in page, "PUPR is known: it was named among the filters «not recognised»"
    shared = re.search(r'<a href="([^"]+)">Lihat laporan DLH yang juga didisposisikan ke PUPR</a>', page)
    assert shared, "the complaints DLH shares with PUPR are one click away (the queue lists them)"
    listed = login_as(DLH_HEAD).get(shared.group(1).replace("&amp;", "&")).get_data(as_text=True)
    assert "Laporan DLH yang juga didisposisikan ke PUPR" in listed
    unknown = login_as(DLH_HEAD).get("/kinerja?agency=NOPE").get_data(as_text=True)
    assert "diabaikan" not in unknown and "juga didisposisikan" not in unknown, "a head has no Instansi box"
    both = login_as(DLH_HEAD).get("/kinerja?agency=PUPR&kind=nope").get_data(as_text=True)
    assert "tidak dikenali dan diabaikan: Jenis." in both and "Kinerja PUPR tidak ditampilkan" in both

def test_sorting_and_bad_filters(filed, login_as):
    client = login_as(SUPERVISOR)
    page = client.get("/kinerja?sort=overdue&desc=1").get_data(as_text=True)
    assert page.index('tr data-agency="DLH"') < page.index('tr data-agency="PUPR"')
    page = client.get("/kinerja?sort=received").get_data(as_text=True)
    assert page.index('tr data-agency="PUPR"') < page.index('tr data-agency="DLH"')
    bad = client.get("/kinerja?since=kemarin&sort=drop+table&kind=x&district=Atlantis")
    assert bad.status_code == 200 and "tidak dikenali" in bad.get_data(as_text=True)


def _ignored(page: str) -> str:
    found = re.search(r'<p class="flash flash-error" role="alert" id="saringan-diabaikan">(.*?)</p>', page, re.S)
    return _text(found.group(1)) if found else ""


@pytest.mark.parametrize(("phone", "query", "districts", "said"), [
    # no kecamatan configured: the page has no Kecamatan box, so nothing is said of one (it read «diabaikan: …
    # Kecamatan»)
    (SUPERVISOR, "district=%F0%9F%A4%A2", (), ""),
    (SUPERVISOR, "district=Atlantis&kind=x", (), "Saringan ini tidak dikenali dan diabaikan: Jenis."),
    (VERIFIER, "district=KECAMATAN%20X&sort=acak", (), "Saringan ini tidak dikenali dan diabaikan: Urutan."),
    (DLH_HEAD, "agency=NOPE&district=zzz", (), ""),  # a head has no Instansi box either
    # near misses: a box the page shows is named, in the queue's words
    (SUPERVISOR, "agency=NOPE", (), "Saringan ini tidak dikenali dan diabaikan: Instansi (NOPE)."),
    (SUPERVISOR, "district=Atlantis", ("Srimangunan",), "Saringan ini tidak dikenali dan diabaikan: Kecamatan."),
    (SUPERVISOR, "since=kemarin", (), "Saringan ini tidak dikenali dan diabaikan: Dari tanggal. "
                                      "Tulis tanggal sebagai hari/bulan/tahun, misalnya 05/12/2026."),
])
def test_only_a_filter_the_page_shows_is_named_as_ignored(app, login_as, monkeypatch, phone, query, districts,
                                                          said):
    from dataclasses import replace

    from lapor.districts import District

    svc = services(app)
    monkeypatch.setattr(svc, "region", replace(svc.region, districts=tuple(District(d) for d in districts)))
    page = login_as(phone).get(f"/kinerja?{query}").get_data(as_text=True)
    assert _ignored(page) == said
    assert ("diabaikan" in page) is bool(said), "said once, in one place"


def test_downloads_open_and_hold_exactly_the_complaints_behind_a_figure(filed, login_as):
    client = login_as(SUPERVISOR)
    page = client.get("/kinerja").get_data(as_text=True)
    query = figure_links(page)[("overdue", "DLH")].split("?", 1)[1]
    response = client.get(f"/unduh/laporan.xlsx?{query}")
    assert response.status_code == 200 and "attachment" in response.headers["Content-Disposition"]
    assert 'filename="laporan-lewat-batas-' in response.headers["Content-Disposition"], "not 'overdue'"
    sheet = openpyxl.load_workbook(io.BytesIO(response.data)).active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["LPR-1"]
    # tried by hand: a figure's list was a sheet named «Laporan», its period in the file's name alone
    assert re.fullmatch(r"Laporan \d\d\.\d\d\.\d{4}–\d\d\.\d\d\.\d{4}", sheet.title), sheet.title
    table = openpyxl.load_workbook(io.BytesIO(client.get("/kinerja/unduh.xlsx").data)).active
    assert [row[0] for row in table.iter_rows(min_row=2, values_only=True)] == [None, "DINKES", "DINSOS", "DLH",
                                                                                 "PUPR"]
    # tried by hand: a monthly report's sheet named only «Kinerja»; its period was in the file's name alone
    assert re.fullmatch(r"Kinerja \d\d\.\d\d\.\d{4}–\d\d\.\d\d\.\d{4}", table.title), table.title
    assert client.get("/kinerja/unduh.pdf").status_code == 404
    local = re.search(r'href="(/kinerja/unduh\.id\.csv[^"]*)"[^>]*>CSV \(Excel Indonesia\)', page)
    assert local, "the CSV an Excel set to Indonesian opens in columns is offered"
    response = client.get(local.group(1).replace("&amp;", "&"))
    assert response.headers["Content-Disposition"].endswith('.id.csv"')
    assert response.get_data(as_text=True).lstrip("\ufeff").startswith("Kode;Instansi;Masuk;")
    assert client.get("/unduh/laporan.csv?figure=nonsense").status_code == 404


@pytest.mark.parametrize("path", ["/unduh/antrean.csv", "/unduh/laporan.csv?figure=received", "/kinerja/unduh.csv",
                                  "/kinerja/lapor-ekspor.csv", "/kinerja/unduh.id.csv", "/unduh/antrean.id.csv"])
def test_a_csv_download_names_its_character_set_once(filed, login_as, path):
    """Every CSV went out as «text/csv; charset=utf-8; charset=utf-8»: a strict reader (a script, a proxy) refuses
    a parameter given twice."""
    response = login_as(VERIFIER).get(path)
    assert response.status_code == 200 and response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.data.startswith("\ufeff".encode())  # the BOM: Excel reads it as UTF-8


@pytest.mark.parametrize(("phone", "path"), [
    (DLH_HEAD, "/unduh/laporan.csv?figure=received&agency=PUPR"),
    (DLH_HEAD, "/unduh/laporan.xlsx?figure=overdue&agency=pupr"),
    (DLH_HEAD, "/kinerja/unduh.csv?agency=PUPR"),
    (DLH_1, "/unduh/laporan.csv?figure=received&agency=PUPR"),
])
def test_an_agency_user_asking_for_another_agencys_file_is_told_it_is_their_own_only(filed, login_as, phone, path):
    """A head who edited a download's `agency=` to another agency's code silently got their own agency's file,
    named and shaped as if it were the other's: they are told, politely, that they see their own agency only.
    (The queue's list of another agency is their complaints shared with it: tests/web/test_queue_page.py.)"""
    response = login_as(phone).get(path)
    page = response.get_data(as_text=True)
    assert response.status_code == 403 and response.mimetype == "text/html"
    assert "hanya dapat melihat data instansi Anda sendiri (DLH)" in page and "PUPR" in page
    assert "LPR-" not in page


@pytest.mark.parametrize("path", ["/unduh/laporan.csv?figure=received&agency=DLH",
                                  "/unduh/laporan.csv?figure=received&agency=dlh",
                                  "/unduh/laporan.csv?figure=received"])
def test_an_agency_user_downloads_their_own_agencys_list(filed, login_as, path):
    response = login_as(DLH_HEAD).get(path)
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))[1:]
    assert [row[0] for row in rows] == ["LPR-1", "LPR-3"]


def test_lapor_export_and_record_are_for_verifiers(filed, login_as, tmp_path, app, clock):
    assert login_as(SUPERVISOR).get("/kinerja/lapor-ekspor.xlsx").status_code == 403
    client = login_as(VERIFIER)
    export = client.get("/kinerja/lapor-ekspor.xlsx")
    local = clock.now.astimezone(services(app).region.calendar.zone)
    assert f'lapor-export-{local:%Y%m%d-%H%M}.xlsx"' in export.headers["Content-Disposition"], "named in local time"
    book = openpyxl.load_workbook(io.BytesIO(export.data))
    sheet = book.active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["LPR-1", "LPR-2", "LPR-3"]
    sheet.cell(row=2, column=14, value="LAPOR-777")
    path = tmp_path / "rekam.xlsx"
    book.save(path)
    with path.open("rb") as handle:
        done = client.post("/kinerja/lapor-rekam", {"berkas": (handle, "rekam.xlsx")}, token_from="/kinerja",
                           content_type="multipart/form-data", follow_redirects=True)
    assert "ID tracking tercatat: 1" in done.get_data(as_text=True)
    with services(client.app).session_factory() as session:
        assert session.scalars(select(Complaint.lapor_tracking_id).where(Complaint.number == 1)).one() == "LAPOR-777"
        # the verifier's upload was in no audit entry; it is one per complaint recorded, by her
        [(action, actor)] = session.execute(select(AuditEntry.action, Contact.phone).join(Contact).where(
            AuditEntry.action == "lapor_tercatat")).all()
        assert (action, actor) == ("lapor_tercatat", VERIFIER)
    refused = client.post("/kinerja/lapor-rekam", {}, token_from="/kinerja", follow_redirects=True)
    assert "Pilih berkas CSV atau XLSX" in refused.get_data(as_text=True)


def test_the_lapor_export_in_excel_indonesia_csv_is_offered_and_read_back(filed, login_as, app):
    """A province clerk opens the SP4N-LAPOR! export in an Excel set to Indonesian: only the comma CSV was
    offered, its rows in one column. The semicolon variant is offered beside it (the file is only typed into
    LAPOR's form and fed back to «Catat ID tracking», no upload format forbids it), a southern map pin stays
    numbers without an apostrophe, and the file saved back with the IDs filled in is recorded."""
    with services(app).session_factory.begin() as session:
        pinned = session.scalars(select(Complaint).where(Complaint.number == 2)).one()
        pinned.latitude, pinned.longitude = -7.1872, 113.2394
    client = login_as(VERIFIER)
    page = client.get("/kinerja").get_data(as_text=True)
    local = re.search(r'href="(/kinerja/lapor-ekspor\.id\.csv)"[^>]*>Ekspor CSV \(Excel Indonesia\)', page)
    assert local, "the SP4N-LAPOR! export's CSV for an Excel set to Indonesian is offered"
    export = client.get(local.group(1))
    assert export.headers["Content-Disposition"].endswith('.id.csv"')
    rows = list(csv.reader(io.StringIO(export.get_data(as_text=True).lstrip("\ufeff")), delimiter=";"))
    header, body = rows[0], {row[0]: row for row in rows[1:]}
    assert header[0] == "Referensi" and header[-1] == "ID Tracking LAPOR"
    assert body["LPR-2"][header.index("Koordinat")] == "-7.187200, 113.239400"
    body["LPR-2"][-1] = "7730012"
    saved = io.StringIO()
    csv.writer(saved, delimiter=";").writerows([header, *body.values()])
    done = client.post("/kinerja/lapor-rekam", {"berkas": (io.BytesIO(saved.getvalue().encode("utf-8-sig")),
                                                           "lapor-export.id.csv")},
                       token_from="/kinerja", content_type="multipart/form-data", follow_redirects=True)
    assert "ID tracking tercatat: 1" in done.get_data(as_text=True)
    with services(app).session_factory() as session:
        assert session.scalars(select(Complaint.lapor_tracking_id).where(Complaint.number == 2)).one() == "7730012"


def test_the_lapor_export_says_how_many_complaints_wait_and_offers_no_empty_file(filed, login_as, app):
    """The export buttons stood there when every complaint was already recorded in SP4N-LAPOR!: the clerk
    downloaded a file of headings only and looked for what was missing. The page says how many wait."""
    client = login_as(VERIFIER)
    page = client.get("/kinerja").get_data(as_text=True)
    assert "SP4N-LAPOR! — 3 laporan belum tercatat:" in page and "/kinerja/lapor-ekspor.xlsx" in page
    with services(app).session_factory.begin() as session:
        for number, tracking in ((1, "7730012"), (2, "7730013")):
            session.scalars(select(Complaint).where(Complaint.number == number)).one().lapor_tracking_id = tracking
    assert "SP4N-LAPOR! — 1 laporan belum tercatat:" in client.get("/kinerja").get_data(as_text=True)
    with services(app).session_factory.begin() as session:
        session.scalars(select(Complaint).where(Complaint.number == 3)).one().lapor_tracking_id = "7730014"
    page = client.get("/kinerja").get_data(as_text=True)
    assert "Semua laporan sudah tercatat di SP4N-LAPOR!" in page and "/kinerja/lapor-ekspor." not in page
    assert 'action="/kinerja/lapor-rekam"' in page, "a filled-in file can still be recorded (a correction)"


def test_recording_tracking_ids_keeps_the_period_and_filters_chosen(filed, login_as):
    """The upload came back to this month's page, whatever period and filters the verifier had picked."""
    client = login_as(VERIFIER)
    chosen = "/kinerja?since=2026-10-01&until=2026-11-30&kind=pengaduan&sort=received&desc=1"
    page = client.get(chosen).get_data(as_text=True)
    form = page[page.index('action="/kinerja/lapor-rekam"'):]
    form = form[:form.index("</form>")]
    carried = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form))
    del carried["csrf_token"]
    refused = client.post("/kinerja/lapor-rekam", carried, token_from=chosen)
    assert refused.status_code in (302, 303) and refused.location == chosen
    expired = client.client.post("/kinerja/lapor-rekam", data={**carried, "csrf_token": "lama"})
    assert expired.status_code == 303 and expired.location == chosen


def queue_references(html: str) -> list[str]:
    return re.findall(r"<strong>(LPR-\d+)</strong>", html)


@pytest.mark.parametrize(("figure", "agency", "expected"), [
    ("overdue", "DLH", ["LPR-1"]), ("finished", "DLH", ["LPR-3"]), ("received", "DLH", ["LPR-3", "LPR-1"]),
    ("received", "PUPR", ["LPR-2"])])
def test_a_figure_link_opens_the_queue_with_exactly_its_complaints(filed, login_as, figure, agency, expected):
    client = login_as(SUPERVISOR)
    href = figure_links(client.get("/kinerja").get_data(as_text=True))[(figure, agency)]
    listed = client.get(href).get_data(as_text=True)
    assert queue_references(listed) == expected  # newest first
    assert "Saringan ini tidak dikenali" not in listed


def test_a_heads_totals_link_to_their_agency_only(filed, login_as):
    client = login_as(DLH_HEAD)
    page = client.get("/kinerja").get_data(as_text=True)
    total = re.search(r'<a href="([^"]+)" data-figure="received"', page).group(1).replace("&amp;", "&")
    assert "agency=DLH" in total
    assert queue_references(client.get(total).get_data(as_text=True)) == ["LPR-3", "LPR-1"]


def test_the_queue_list_downloads_with_its_filters(filed, login_as):
    client = login_as(SUPERVISOR)
    page = client.get("/?view=semua&agency=PUPR").get_data(as_text=True)
    href = re.search(r'href="(/unduh/antrean\.xlsx[^"]*)"', page).group(1).replace("&amp;", "&")
    sheet = openpyxl.load_workbook(io.BytesIO(client.get(href).data)).active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["LPR-2"]
    assert re.fullmatch(r"Antrean \d\d\.\d\d\.\d{4} \d\d\.\d\d", sheet.title), "when the list was taken"
    officer = login_as(DLH_1).get("/unduh/antrean.csv").get_data(as_text=True)  # their open dispositions
    assert [row[0] for row in csv.reader(io.StringIO(officer.lstrip("\ufeff")))][1:] == ["LPR-1"]
    assert "/unduh/antrean" not in client.get("/?view=semua&q=tidakadayangcocok").get_data(as_text=True), \
        "an empty list offers no file of headings only"
    unknown = client.get("/unduh/antrean.csv?view=semua&agency=NOPE").get_data(as_text=True)  # ignored, as the page
    assert [row[0] for row in csv.reader(io.StringIO(unknown.lstrip("\ufeff")))][1:] == ["LPR-3", "LPR-2", "LPR-1"]


def test_a_verifiers_queue_download_carries_their_deadline(filed, login_as, app):
    """The verifier's «Perlu tindakan» file had no deadline in any row («Batas Waktu» is the agencies')."""
    from lapor.queue import promised_by

    filed["citizen2"].file(description="Lampu penerangan jalan mati di depan balai desa Tanjung sejak seminggu",
                          place="Desa Tanjung", photo=None, privacy="1")
    sheet = openpyxl.load_workbook(io.BytesIO(login_as(VERIFIER).get("/unduh/antrean.xlsx").data)).active
    row = dict(zip([c.value for c in sheet[1]], [c.value for c in sheet[2]], strict=True))
    svc = services(app)
    with svc.session_factory() as session:
        waiting = session.scalars(select(Complaint).where(Complaint.number == 4)).one()
        _, due = promised_by(session, waiting, svc.region)  # what the queue shows
    assert row["Referensi"] == "LPR-4"
    assert row["Batas Verifikasi"] == due.astimezone(svc.region.calendar.zone).replace(tzinfo=None)


def test_facts_kept_through_the_chat_equal_a_rebuild(filed, app):
    """Complaints filed on WhatsApp, TERUSKAN, SELESAI and a deadline moved: the stored figures stayed current."""
    from lapor import facts
    from tests.lapor.test_performance import stored_facts

    with services(app).session_factory() as session:
        kept = stored_facts(session)
        assert len(kept) == 6, "three complaints: an agency row and a region row each"
        facts.rebuild(session)
        assert stored_facts(session) == kept
        session.rollback()


def test_a_too_long_period_is_cut_and_the_page_says_what_it_shows(filed, login_as, clock):
    page = login_as(SUPERVISOR).get("/kinerja?since=2000-01-01&until=2030-12-31").get_data(as_text=True)
    today = clock.now.date()
    assert "tidak dikenali" not in page, "a valid date is not called unknown"
    assert "Periode paling panjang 1098 hari" in page and "yang diminta 01/01/2000–31/12/2030" in page
    assert '<p class="flash" role="status">Periode paling panjang' in page, "cut for the reader: a notice"
    assert f"–{today:%d/%m/%Y}." in page, "the period shown ends today, not years ahead with nothing in it"
    assert 'data-figure="received" data-agency="DLH"' in page


def test_a_reversed_period_is_swapped_and_said(filed, login_as):
    client = login_as(SUPERVISOR)
    page = client.get("/kinerja?since=2026-12-31&until=2026-12-01").get_data(as_text=True)
    assert "keduanya ditukar: 01/12/2026–31/12/2026" in page
    # done for the reader, not refused: a notice, as the queue says it, not the red box of a date to correct
    assert re.search(r'<p class="flash" role="status">Tanggal awal jatuh sesudah tanggal akhir; keduanya ditukar', page)
    assert not re.search(r'class="flash flash-error"[^>]*>[^<]*ditukar', page)
    typed = client.get("/kinerja?since=31/12/2026&until=1 Des 2026").get_data(as_text=True)
    assert "keduanya ditukar: 01/12/2026–31/12/2026" in typed, "typed day first, as on any Indonesian form"
    assert 'value="01/12/2026"' in typed and 'type="date"' not in typed
    yearless = client.get("/kinerja?since=25/11&until=1 nov").get_data(as_text=True)
    assert "keduanya ditukar: 01/11/2026–25/11/2026" in yearless, "the year left out is this one"
    far = client.get("/kinerja?since=31/12/9999")
    assert far.status_code == 200 and "diabaikan: Dari tanggal" in far.get_data(as_text=True), "it was a 500"
    typo = client.get("/kinerja?since=32/12/2026").get_data(as_text=True)
    assert "diabaikan: Dari tanggal" in typo and 'value="32/12/2026"' in typo, "a wrong date stays to be corrected"
    assert '<p class="flash flash-error" role="alert" id="saringan-diabaikan">' in typo, "a refusal stays red"
    assert "Tulis tanggal sebagai hari/bulan/tahun" in typo, "the refusal says how to write it"


@pytest.mark.parametrize("query, shown", [
    ("until=2026-10-15", "01/10/2026–15/10/2026"),  # this month's 1st would come after it
    ("since=2027-01-10", "10/01/2027–31/01/2027"),  # this month's end would come before it
    ("until=2026-11-25", "01/11/2026–25/11/2026"),  # the clock's month: as before
    ("since=2026-11-05", "05/11/2026–30/11/2026"),
])
def test_one_date_alone_makes_a_period_without_a_swap_nobody_asked_for(filed, login_as, query, shown):
    """"Until 15 Oct" alone said 'the start date comes after the end; swapped: 15/10–01/12' (a date never typed)."""
    page = login_as(SUPERVISOR).get(f"/kinerja?{query}").get_data(as_text=True)
    assert f"Seluruh daerah · {shown}" in page and "ditukar" not in page


def test_the_drill_down_names_its_figure_and_shows_that_agencys_deadline(filed, login_as):
    client = login_as(SUPERVISOR)
    people = filed
    people["verifier"].says("TERUSKAN LPR-2 DLH")  # LPR-2 now has PUPR's and DLH's dispositions
    page = client.get("/kinerja").get_data(as_text=True)
    listing = client.get(figure_links(page)[("received", "PUPR")]).get_data(as_text=True)
    assert "Daftar di balik angka kinerja: <strong>Masuk</strong> · PUPR" in listing
    row = listing.split("<strong>LPR-2</strong>")[1].split("</li>")[0]
    assert "· PUPR" in row and "· DLH" not in row
    finished = client.get(figure_links(page)[("received", "DLH")]).get_data(as_text=True)
    row = finished.split("<strong>LPR-3</strong>")[1].split("</li>")[0]
    assert "Dijawab selesai: " in row and "Batas: - (-)" not in row


def test_a_heads_table_names_its_total_as_the_agencys(filed, login_as):
    table = login_as(DLH_HEAD).get("/kinerja/unduh.csv").get_data(as_text=True)
    assert "Total instansi DLH" in table and "Total daerah" not in table
    region = login_as(SUPERVISOR).get("/kinerja/unduh.csv").get_data(as_text=True)
    # its «Masuk» is less than the agencies' sum when a complaint went to two of them: the row says why
    assert "Total daerah (tiap laporan dihitung sekali)" in region


def test_every_figure_link_says_what_it_counts(filed, login_as):
    """Tabbing through the page read only the numbers ("3", "2", "1"): not which figure, nor which agency."""
    page = login_as(SUPERVISOR).get("/kinerja").get_data(as_text=True)
    labels = re.findall(r'aria-label="([^"]+: \d+ laporan)"', page)
    assert {"Masuk: 3 laporan", "Masuk, DLH: 2 laporan", "Lewat batas sekarang, DLH: 1 laporan",
            "Selesai, DLH: 1 laporan"} <= set(labels)
    assert len(labels) == len(re.findall(r'data-figure="', page)), "every figure link has one"


def test_the_page_says_its_figures_are_of_the_periods_complaints_and_links_every_overdue_one(filed, login_as):
    """On 1 December a head read «Lewat batas sekarang 0» while November's complaints were overdue: the figures are
    of the complaints filed in the period, which the page did not say, nor where the older overdue ones are."""
    page = login_as(DLH_HEAD).get("/kinerja?since=2026-12-01&until=2026-12-31").get_data(as_text=True)
    assert "tentang laporan yang masuk pada periode ini" in page
    assert '<a href="/?view=semua&amp;overdue=1">' in page


def test_the_weekly_charts_first_pair_is_named_by_the_periods_first_day(filed, login_as):
    """November (from Sunday the 1st) drew its first pair under «26/10», as if October's days were counted."""
    page = login_as(SUPERVISOR).get("/kinerja?since=2026-11-01&until=2026-11-30").get_data(as_text=True)
    assert ">01/11</text>" in page and ">02/11</text>" in page and "26/10" not in page
    assert "Masuk, 1 Nov: 0" in page and "Masuk, 2–8 Nov:" in page and "Okt" not in page  # the tooltips' days


def test_the_weekly_chart_of_a_period_with_nothing_says_so_instead_of_empty_axes(filed, login_as):
    """A period with no complaint drew the weekly chart as empty axes from 0 to 1 under «Klik batang…», with a
    link on each invisible column (ten tab stops to lists of nothing): it says there is nothing, as the other
    charts do, with no links; a period with complaints keeps its columns."""
    empty = login_as(SUPERVISOR).get("/kinerja?since=2026-01-01&until=2026-01-31").get_data(as_text=True)
    weekly = re.search(r'<figure class="chart">(.*?)</figure>', empty, re.S).group(1)
    assert "Laporan masuk dan selesai per minggu" in weekly and "Belum ada laporan pada periode ini" in weekly
    assert "<a " not in weekly and "<rect" not in weekly and "Klik batang" not in empty
    full = login_as(SUPERVISOR).get("/kinerja").get_data(as_text=True)
    weekly = re.search(r'<figure class="chart">(.*?)</figure>', full, re.S).group(1)
    assert "<rect" in weekly and "Belum ada laporan" not in weekly and "ketuk batang" in full
    # a column of nothing is drawn but no link: tabbing went through every empty week to lists of nothing
    linked = re.findall(r"<a [^>]*>(.*?)</a>", weekly, re.S)
    assert linked and all(re.search(r": [1-9]\d*</title>", column) for column in linked)
    assert re.search(r": 0</title>", weekly), "the empty columns are still drawn"


def _series_chart(page: str) -> str:
    return re.search(r'<figure class="chart">(.*?)</figure>', page, re.S).group(1)


@pytest.mark.parametrize(("period", "title", "labels", "note"), [
    ("since=01/01/2026&until=31/12/2026", "per bulan", ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu",
                                                        "Sep", "Okt", "Nov", "Des"], ""),
    ("since=15/07/2026&until=25/11/2026", "per bulan", ["Jul*", "Agu", "Sep", "Okt", "Nov*"],
     "* Sebagian bulan: 15–31 Jul, 1–25 Nov"),   # 134 days: a part of July and of November
    ("since=01/11/2026&until=31/03/2027", "per bulan", ["Nov 2026", "Des 2026", "Jan 2027", "Feb 2027", "Mar 2027"],
     ""),                                         # two years: each month says which
    ("since=03/08/2026&until=22/11/2026", "per minggu", None, ""),   # 16 weeks: still weekly
    ("since=03/08/2026&until=29/11/2026", "per bulan", ["Agu*", "Sep", "Okt", "Nov*"],
     "* Sebagian bulan: 3–31 Agu, 1–29 Nov"),    # 17 weeks
    ("since=01/01/2025&until=31/12/2026", "per bulan", [f"{month} {year}" for year in (2025, 2026) for month in (
        "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")], ""),  # 24 months
    ("since=01/01/2025&until=01/01/2027", "per triwulan", [f"T{q} {year}" for year in (2025, 2026) for q in (
        1, 2, 3, 4)] + ["T1 2027*"], "* T1 2027 sebagian: 1 Jan–1 Jan"),  # a day of a 25th month
    ("since=01/01/2024&until=31/12/2026", "per triwulan", [f"T{q} {year}" for year in (2024, 2025, 2026) for q in (
        1, 2, 3, 4)], ""),                        # three years: 36 monthly pairs were 3.4 px each at 390 px
    ("since=15/11/2024&until=30/12/2026", "per triwulan", ["T4 2024*"] + [f"T{q} {year}" for year in (2025, 2026)
                                                                          for q in (1, 2, 3, 4)][:-1] + ["T4 2026*"],
     "* T4 2024 sebagian: 15 Nov–31 Des\n* T4 2026 sebagian: 1 Okt–30 Des"),  # parts of two quarters, a line each
])
def test_a_long_period_is_drawn_per_month(filed, login_as, period, title, labels, note):
    """A year drew 53 weekly pairs in a phone's width, each column a pixel wide, its dates unreadable: a period
    longer than 16 weeks has a pair per month, a month partly outside the period marked and its days said. Three
    years drew 36 monthly pairs, 3.4 px each at 390 px: a period over 24 months has a pair per quarter."""
    chart = _series_chart(login_as(SUPERVISOR).get(f"/kinerja?{period}").get_data(as_text=True))
    assert f"Laporan masuk dan selesai {title}" in chart
    if labels is not None:
        named = re.findall(r'<text x="[\d.]+" y="[\d.]+" fill="#222" text-anchor="middle" font-size="12">([^<]+)<',
                           chart)
        assert [label for label in labels if label in named] == named and named[0] == labels[0], named
        counts = re.findall(r"<title>(?:Masuk|Selesai), [^<]*: (\d+)</title>", chart)
        assert len(counts) == 2 * len(labels), "every column is drawn"
        assert len(re.findall(r"<a href=", chart)) == sum(count != "0" for count in counts), "a 0 is no link"
    for line in note.splitlines():  # each a line of its own: the drawing does not wrap
        assert f">{line}</text>" in chart, line
    if not note:
        assert "Sebagian bulan" not in chart and "sebagian:" not in chart


def test_each_months_columns_list_exactly_the_complaints_they_count(filed, login_as):
    """November's pair of a year's chart links to the complaints filed (finished) in November, not in its week."""
    client = login_as(SUPERVISOR)
    chart = _series_chart(client.get("/kinerja?since=15/01/2026&until=31/12/2026").get_data(as_text=True))
    links = dict(re.findall(r'<a href="([^"]+)"><rect[^>]*transparent[^>]*/><rect[^>]*><title>([^<]+)</title>',
                            chart))
    by_name = {name: href.replace("&amp;", "&") for href, name in links.items()}
    assert {"Masuk, November 2026: 3", "Selesai, November 2026: 1"} <= set(by_name)
    assert "<title>Masuk, 15–31 Jan: 0</title>" in chart and "Masuk, 15–31 Jan: 0" not in by_name, "drawn, no link"
    assert "since=2026-11-01&until=2026-11-30" in by_name["Masuk, November 2026: 3"]
    for name in ("Masuk, November 2026: 3", "Selesai, November 2026: 1"):
        listed = client.get(by_name[name]).get_data(as_text=True)
        assert re.search(r'<p class="count"[^>]*>(\d+) laporan', listed).group(1) == name.rsplit(": ", 1)[1], name


def test_each_quarters_columns_list_exactly_the_complaints_they_count(filed, login_as):
    """A quarter's pair links to the complaints filed (finished) in its days inside the period: the whole quarter,
    or the part of the first or last one that the period holds."""
    client = login_as(SUPERVISOR)
    chart = _series_chart(client.get("/kinerja?since=15/11/2024&until=25/11/2026").get_data(as_text=True))
    links = dict(re.findall(r'<a href="([^"]+)"><rect[^>]*transparent[^>]*/><rect[^>]*><title>([^<]+)</title>',
                            chart))
    by_name = {name: href.replace("&amp;", "&") for href, name in links.items()}
    assert {"Masuk, T4 2026, 1 Okt–25 Nov: 3", "Selesai, T4 2026, 1 Okt–25 Nov: 1"} <= set(by_name), sorted(by_name)
    for empty in ("Masuk, T4 2024, 15 Nov–31 Des: 0", "Masuk, Triwulan 3 2026 (Jul–Sep): 0"):  # drawn, no link
        assert f"<title>{empty}</title>" in chart and empty not in by_name, empty
    assert "since=2026-10-01&until=2026-11-25" in by_name["Masuk, T4 2026, 1 Okt–25 Nov: 3"]
    for name in ("Masuk, T4 2026, 1 Okt–25 Nov: 3", "Selesai, T4 2026, 1 Okt–25 Nov: 1"):
        listed = client.get(by_name[name]).get_data(as_text=True)
        assert re.search(r'<p class="count"[^>]*>(\d+) laporan', listed).group(1) == name.rsplit(": ", 1)[1], name


def test_a_deadline_paused_by_the_agencys_question_is_not_overdue_now(filed, app, login_as, clock):
    """DLH asked the citizen (INFO) before LPR-1's deadline and the answer has not come: its clock stands still,
    so /kinerja counts it overdue no more than the queue and the digests do (it counted it as overdue)."""
    from lapor import facts
    from tests.lapor.test_performance import stored_facts

    with services(app).session_factory.begin() as session:
        disposition = session.scalars(select(Disposition).join(Complaint).where(Complaint.number == 1)).one()
        disposition.due_at = clock.now + timedelta(hours=1)
    filed["dlh1"].says("INFO LPR-1 Mohon kirim foto tumpukan sampah dari dekat")
    clock.advance(hours=3)  # past the deadline, the question still waiting
    client = login_as(SUPERVISOR)
    page = client.get("/kinerja").get_data(as_text=True)
    assert ("overdue", "DLH") not in figure_links(page)
    assert "LPR-1" not in queue_references(client.get("/?view=semua&overdue=1").get_data(as_text=True))
    assert queue_references(client.get("/?view=semua&figure=overdue&agency=DLH").get_data(as_text=True)) == []
    with services(app).session_factory() as session:
        kept = stored_facts(session)
        facts.rebuild(session)
        assert stored_facts(session) == kept, "the question kept the stored figures current"
        session.rollback()
    period = f"since={clock.now:%Y-%m-01}&until={clock.now:%Y-%m-%d}"
    filed["citizen"].says("Ini fotonya, sampah di depan pasar")  # answered: the clock runs again, moved by the wait
    with services(app).session_factory() as session:
        due = session.scalars(select(Disposition.due_at).join(Complaint).where(Complaint.number == 1)).one()
    assert due > clock.now, "the wait moved the deadline"
    clock.now = due.replace(tzinfo=due.tzinfo or UTC) + timedelta(minutes=1)
    page = login_as(SUPERVISOR).get(f"/kinerja?{period}").get_data(as_text=True)
    assert ("overdue", "DLH") in figure_links(page)


def test_back_from_a_bars_list_returns_to_the_period_and_order_chosen(filed, login_as, clock):
    """A week's bar lists that week: its «Kembali ke kinerja» opened /kinerja for that one week, unsorted, so the
    period the supervisor had chosen (and the order of the table) was gone."""
    client = login_as(SUPERVISOR)
    start, today = clock.now.date() - timedelta(days=60), clock.now.date()
    chosen = f"since={start:%Y-%m-%d}&until={today:%Y-%m-%d}&sort=received&desc=1"
    page = client.get(f"/kinerja?{chosen}").get_data(as_text=True)
    bars = [href.replace("&amp;", "&") for href in re.findall(r'<a href="([^"]*figure=received[^"]*)"', page)]
    week = next(href for href in bars if f"since={start:%Y-%m-%d}" not in href)  # a week's bar: a shorter period
    kind = next(href for href in bars if "kind=pengaduan" in href)  # a bar of the kinds' chart
    for listed in (week, kind):
        shown = client.get(listed).get_data(as_text=True)
        back = re.search(r'<a href="([^"]+)">Kembali ke kinerja</a>', shown).group(1).replace("&amp;", "&")
        assert back == f"/kinerja?{chosen}", listed


def test_each_download_offers_the_excel_file_first_and_says_which_opens_in_excel(filed, login_as):
    """The CSV came first and was named only «CSV»: opened in Excel on a computer set to Indonesian (whose list
    separator is «;») every row sat in one column, and its dd/mm dates turn into mm/dd in an English Excel. The
    XLSX opens right in any Excel; it is now first, named for Excel, and the CSV says what it is for."""
    client = login_as(SUPERVISOR)
    for path in ("/kinerja", "/?view=semua"):
        page = client.get(path).get_data(as_text=True)
        rows = re.findall(r'<p class="download[^"]*">(.*?)</p>', page, re.S) or re.findall(
            r"<p>(?:Tabel kinerja|Daftar laporan)[^<]*(.*?)</p>", page, re.S)
        assert rows, path
        for row in rows:
            links = re.findall(r'<a class="button[^"]*" href="([^"]+)"[^>]*>(.*?)</a>', row, re.S)
            assert [href.split("?")[0].split(".", 1)[1] for href, _ in links] == ["xlsx", "id.csv", "csv"], \
                (path, links)
            assert "Excel" in links[0][1] and "Excel Indonesia" in links[1][1] and "Excel" not in links[2][1], links
        # the CSV's dates are ISO 8601 (an English Excel read «05/12/2026» as 12 May): the page says how they look
        assert "CSV (pemisah koma, titik desimal, UTF-8) untuk aplikasi lain" in page
        assert "Tanggal di CSV ditulis tahun-bulan-hari: 2026-12-05." in page


def test_an_expired_tracking_id_upload_goes_back_to_the_page_asking_for_the_file_again(login_as):
    client = login_as(VERIFIER)
    sent = client.client.post("/kinerja/lapor-rekam", data={"csrf_token": "lama",
                                                            "berkas": (io.BytesIO(b"Referensi\n"), "x.csv")},
                              content_type="multipart/form-data")
    assert sent.status_code == 303 and sent.location == "/kinerja"
    assert "pilih berkasnya lagi" in client.get("/kinerja").get_data(as_text=True)
    assert login_as(DLH_1).client.post("/kinerja/lapor-rekam", data={"csrf_token": "lama"}).status_code == 403


def test_a_period_without_complaints_says_so_in_every_chart(login_as):
    """The kinds' and the sources' charts were two blank boxes under their titles."""
    page = login_as(SUPERVISOR).get("/kinerja").get_data(as_text=True)
    assert page.count("Belum ada laporan pada periode ini") >= 2
    # tried by hand: «Median TL pertama – hari kerja», a unit for no figure; the tile says why there is none
    assert "– <small>hari kerja</small>" not in page
    assert "<dt>Median TL pertama</dt><dd>– <small class=\"of\">(belum ada tindak lanjut)</small>" in page
    assert "<dt>Median penyelesaian</dt><dd>– <small class=\"of\">(belum ada yang selesai)</small>" in page
    assert "(– dari yang masuk)" not in page, "no share of nothing"
    assert not re.search(r'<table class="districts">.*?<tbody>\s*</tbody>', page, re.S), "no table of headings only"


@pytest.mark.parametrize("phone", [SUPERVISOR, DLH_HEAD])
def test_a_period_without_complaints_says_so_above_the_table_and_offers_no_empty_list(login_as, phone):
    """The agency table's «Belum ada laporan …» was a cell of a twelve-column table, cut off on a phone behind a
    sideways scroll, and the page offered the period's complaints as a file of headings only (the queue offers no
    download of an empty list). The region's table still lists every agency with zeros, under the sentence."""
    page = login_as(phone).get("/kinerja").get_data(as_text=True)
    assert ('<table class="performance">' in page) == (phone == SUPERVISOR)
    assert page.count('<p class="empty">Belum ada laporan yang didisposisikan pada periode ini.</p>') == 1
    assert "/unduh/laporan." not in page and "/kinerja/unduh.xlsx" in page


def test_a_week_a_month_or_a_year_is_one_click_away_keeping_the_filters(filed, login_as):
    """A new supervisor asked for last week's figures had to type two dates and know that a week starts on Monday
    (the clock: Monday 23 November 2026)."""
    page = login_as(SUPERVISOR).get("/kinerja?kind=pengaduan").get_data(as_text=True)
    quick = dict((name, href.replace("&amp;", "&")) for href, name in
                 re.findall(r'<a href="(/kinerja\?[^"]*)"[^>]*data-period[^>]*>([^<]+)</a>', page))
    assert list(quick) == ["Minggu ini", "Minggu lalu", "Bulan ini", "Bulan lalu", "Tahun ini", "Tahun lalu"]
    assert "since=2026-11-16&until=2026-11-22" in quick["Minggu lalu"] and "kind=pengaduan" in quick["Minggu lalu"]
    assert "since=2026-11-23&until=2026-11-29" in quick["Minggu ini"]
    assert "since=2026-10-01&until=2026-10-31" in quick["Bulan lalu"]
    assert "since=2026-01-01&until=2026-12-31" in quick["Tahun ini"]
    assert re.search(r'data-period[^>]*aria-current="page"[^>]*>Bulan ini<', page), "the period shown is marked"
    last_week = login_as(SUPERVISOR).get(quick["Minggu lalu"]).get_data(as_text=True)
    assert "16/11/2026–22/11/2026" in last_week
    assert re.search(r'data-period[^>]*aria-current="page"[^>]*>Minggu lalu<', last_week)


def test_the_figures_explain_themselves_without_a_note(filed, login_as):
    """«Tepat waktu 1 (100%)» stood beside «Selesai 0 (0%)», and the table's «% tepat waktu» 50% beside one on time
    and one overdue, explained by a note under the table: a share now says what of, and every count it is made of
    (late answers were in no column) stands beside it."""
    page = login_as(SUPERVISOR).get("/kinerja").get_data(as_text=True)
    tiles = {text_of(dt): text_of(dd) for dt, dd in re.findall(r"<dt>(.*?)</dt>\s*<dd[^>]*>(.*?)</dd>", page, re.S)}
    assert (tiles["Selesai"], tiles["Selesai tepat waktu"], tiles["Selesai terlambat"],
            tiles["Lewat batas sekarang"]) == ("1 (33% dari yang masuk)", "1", "0", "1")
    assert tiles["Tepat waktu"] == "50% (1 dari 2 yang selesai atau lewat batas)"
    table = page.split('<table class="performance">')[1].split("</table>")[0]
    headings = [text_of(h).strip(" ↑↓") for h in re.findall(r'<th scope="col">(.*?)</th>', table, re.S)]
    assert headings[:8] == [
        "Instansi", "Masuk", "Selesai", "% selesai", "Selesai tepat waktu", "Selesai terlambat",
        "Lewat batas sekarang", "% tepat waktu"]
    assert "Median TL pertama (hari kerja)" in headings
    dlh = table.split('data-agency="DLH">')[1].split("</tr>")[0]
    cells = [text_of(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", dlh, re.S)]
    assert cells[:7] == ["2", "1", "50%", "1", "0", "1", "50% (1 dari 2)"]
    assert "Median dalam hari kerja" not in page and "dibanding semua yang" not in page


def text_of(html: str) -> str:
    """What a reader sees of a piece of the page: its text, spaces collapsed."""
    return " ".join(re.sub(r"<[^>]+>", "", html).split())


def test_a_complaints_page_says_whether_an_answer_came_on_time_as_the_figures_count_it(filed, login_as):
    """/kinerja counted LPR-3's answer «Selesai tepat waktu» while its page read «Sisa: -» for it."""
    page = login_as(SUPERVISOR).get("/pengaduan/3").get_data(as_text=True)
    left = re.search(r'<td data-label="Sisa">(.*?)</td>', page, re.S).group(1)
    assert text_of(left) == "Dijawab tepat waktu"


# About 0.7 s: one scene read five ways (the page, two lists behind its numbers, the CSV), as the figures must agree.
def test_a_complaint_finished_outside_the_region_adds_up_on_tiles_table_csv_and_lists(filed, app, login_as, clock):
    """LPR-4, forwarded only to PLN (outside the region) and finished in SP4N-LAPOR!, made «Selesai 2» beside
    «Selesai tepat waktu 1 · Selesai terlambat 0», and PLN's row read «Selesai 0». It is finished without a local
    deadline: a tile of its own, linked to it; PLN's row finished; the CSV's column; the on-time base unchanged."""
    from lapor.bridge import reports
    from tests import factories

    svc = services(app)
    with svc.session_factory.begin() as session:
        complaint = factories.complaint(session, clock.now, svc.region, description="Listrik padam sejak kemarin")
        complaint.lapor_tracking_id = "LAP-4"
    filed["verifier"].says(f"TERUSKAN {complaint.reference} PLN")
    with svc.session_factory.begin() as session:
        reports.apply_report(session, reports.Report(tracking_id="LAP-4", status="selesai"), clock.now, svc.region,
                             reports.ApplyResult())
    client = login_as(SUPERVISOR)
    page = client.get("/kinerja").get_data(as_text=True)
    tiles = {text_of(dt): text_of(dd) for dt, dd in re.findall(r"<dt>(.*?)</dt>\s*<dd[^>]*>(.*?)</dd>", page, re.S)}
    assert (tiles["Selesai"], tiles["Selesai tepat waktu"], tiles["Selesai terlambat"],
            tiles["Selesai tanpa batas waktu daerah"]) == (
        "2 (50% dari yang masuk)", "1", "0", "1 (instansi luar daerah atau selesai di SP4N-LAPOR!)")
    assert tiles["Tepat waktu"].startswith("50% (1 dari 2 yang selesai atau lewat batas"), tiles["Tepat waktu"]
    assert "; 1 tanpa batas waktu daerah tidak dihitung" in tiles["Tepat waktu"]
    region_list = re.search(r'<a href="([^"]+)" data-figure="no_deadline"', page).group(1).replace("&amp;", "&")
    assert queue_references(client.get(region_list).get_data(as_text=True)) == ["LPR-4"]
    pln = page.split('<table class="performance">')[1].split('data-agency="PLN">')[1].split("</tr>")[0]
    assert [text_of(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", pln, re.S)][:2] == ["1", "1"]
    assert queue_references(client.get(figure_links(page)[("finished", "PLN")]).get_data(as_text=True)) == ["LPR-4"]
    table = list(csv.reader(io.StringIO(client.get("/kinerja/unduh.csv").data.decode("utf-8-sig"))))
    column = table[0].index("Selesai Tanpa Batas Waktu Daerah")
    assert [(row[0], row[3], row[column]) for row in table[1:]] == [
        ("", "2", "1"), ("DINKES", "0", "0"), ("DINSOS", "0", "0"), ("DLH", "1", "0"), ("PLN", "1", "1"),
        ("PUPR", "0", "0")]


@pytest.mark.parametrize(("query", "named"), [
    ("", ""), ("kind=pengaduan", ": Jenis «Pengaduan»"),
    ("source=whatsapp&agency=DLH", ": Sumber «WhatsApp», Instansi «DLH»"),
])
def test_the_period_comes_first_and_other_filters_are_folded_and_named(filed, login_as, query, named):
    """A supervisor on a 390 px phone got five boxes (two dates, kind, source, agency) on the first screen of
    /kinerja and not one figure: the period stays in sight, two boxes to a line, the other filters are folded under
    «Saringan lainnya», named there when chosen."""
    page = login_as(SUPERVISOR).get(f"/kinerja?{query}").get_data(as_text=True)
    fold = page.index('<details class="more">')
    assert page.index('id="since"') < fold and page.index('id="until"') < fold < page.index('id="kind"')
    assert fold < page.index('id="source"') < page.index('id="agency"')
    summary = re.search(r"<summary>(.*?)</summary>", page[fold:], re.S).group(1)
    assert " ".join(summary.split()) == f"Saringan lainnya{named}"


@pytest.mark.parametrize("query, ahead", [
    ("since=2026-12-01&until=2026-12-31", True),  # next month, typed ahead of time
    ("since=2027-01-10", True),
    ("since=24/11/2026&until=24/11/2026", True),  # tomorrow
    ("since=2026-11-01&until=2026-11-30", False),  # this month: partly ahead, as «Bulan ini» is
    ("since=23/11/2026&until=23/11/2026", False),  # today alone
    ("since=2026-12-31&until=2026-11-23", False),  # swapped, ending today
])
def test_a_period_not_begun_says_so_instead_of_rows_of_zeros(filed, login_as, query, ahead):
    """Tried by hand: 01/01/2027–01/02/2027 showed «Masuk 0 · Selesai 0 …» without a word, as if nothing had come
    in, while nothing could have yet (a year typed wrong, 2027 for 2026, looks like an empty month)."""
    page = login_as(SUPERVISOR).get(f"/kinerja?{query}").get_data(as_text=True)
    assert ("Periode ini belum dimulai (hari ini 23/11/2026)" in page) is ahead
    # a year typed wrong, likely: to check, so it stays the red box (a swap or a cut is a notice)
    assert ('class="flash flash-error" role="status">Periode ini belum dimulai' in page) is ahead


def test_the_pages_shares_round_halves_up_as_its_charts_and_the_digests(app):
    """1 of 8 on time read «12%» in the table and the tiles, «13%» in the downloaded file's 12,5 rounded by hand."""
    with app.test_request_context():
        pct = app.jinja_env.from_string('{% from "kinerja/_figures.html" import pct %}{{ pct(s) }}')
        assert [pct.render(s=s) for s in (1 / 8, 5 / 8, None)] == ["13%", "63%", "–"]


def test_a_months_figures_agree_on_the_page_its_files_and_the_whatsapp_digest(filed, app, login_as, clock):
    """A monthly meeting reads one month four ways: /kinerja's tiles, its table's file, the file of a figure's
    complaints and `REKAP bulan ini` on WhatsApp, for the region and for DLH's head. They agree, and the month is
    the region's: an anonymous complaint filed on Saturday 31 Oct at 23:30 WIB (16:30 UTC) is October's, one at
    00:30 on 1 Nov (17:30 UTC on 31 Oct) November's; neither reporter is in a supervisor's or a head's file."""
    now = clock.now
    for moment, text in ((datetime(2026, 10, 31, 16, 30, tzinfo=UTC), "Lampu jalan mati di depan masjid"),
                         (datetime(2026, 10, 31, 17, 30, tzinfo=UTC), "Sampah menumpuk di pasar baru, bau sekali")):
        clock.now = moment
        filed["citizen2"].file(description=text, place="Pasar Baru", photo=None, privacy="3")
    clock.now = now
    filed["verifier"].says("TERUSKAN LPR-5 DLH")
    for phone, party, scope, received, references in (
            (SUPERVISOR, "supervisor", "", 4, ["LPR-1", "LPR-2", "LPR-3", "LPR-5"]),
            (DLH_HEAD, "head", "DLH", 3, ["LPR-1", "LPR-3", "LPR-5"])):
        client = login_as(phone)
        page = client.get("/kinerja").get_data(as_text=True)
        tiles = {text_of(dt): text_of(dd) for dt, dd in re.findall(r"<dt>(.*?)</dt>\s*<dd[^>]*>(.*?)</dd>", page, re.S)}
        assert (tiles["Masuk"], tiles["Selesai"].split()[0]) == (str(received), "1"), (phone, tiles)
        table = list(csv.reader(io.StringIO(client.get("/kinerja/unduh.csv").data.decode("utf-8-sig"))))
        header = table[0]
        total = dict(zip(header, table[1], strict=True))
        assert (total["Masuk"], total["Selesai"]) == (str(received), "1"), phone
        listed = list(csv.DictReader(io.StringIO(client.get("/unduh/laporan.csv?figure=received")
                                                 .data.decode("utf-8-sig"))))
        assert [row["Referensi"] for row in listed] == references, phone
        anonymous = next(row for row in listed if row["Referensi"] == "LPR-5")
        assert (anonymous["Tanggal"], anonymous["Nama Pelapor"], anonymous["Nomor Pelapor"]) == \
            ("2026-11-01 00:30", "(anonim)", ""), phone
        digest = filed[party].says("REKAP bulan ini")
        assert f"Rekap {scope or 'daerah'} · bulan ini (1 Nov 2026–23 Nov 2026)" in digest, digest
        assert f"Baru pada periode ini: {received}" in digest and "Selesai pada periode ini: 1" in digest, digest


def test_an_answer_late_on_its_deadlines_own_day_reads_late_from_the_file_itself(filed, app, login_as, clock):
    """LPR-2, forwarded on Monday at 10:00, is due 14 working days later at 10:00 (docs/deadlines.md), and PUPR
    answered at 18:00 that day: late on the page and in the file. The file's «Batas Waktu» read «2026-12-11», the
    answer's «Selesai» «2026-12-11 18:00», and «Tepat Waktu» «Tidak»: a supervisor could not tell from the sheet
    why. The deadline is written with its time, in the region's zone, in the CSV and as a date-time in the XLSX."""
    svc = services(app)
    with svc.session_factory() as session:
        due = session.scalar(select(Disposition.due_at).join(Complaint).where(Complaint.number == 2))
    local = due.replace(tzinfo=due.tzinfo or UTC).astimezone(svc.region.calendar.zone)
    assert (local.date().isoformat(), local.strftime("%H:%M")) == ("2026-12-11", "10:00")
    clock.now = local.replace(hour=18).astimezone(UTC)
    filed["pupr"].says("SELESAI LPR-2 Jalan sudah ditambal")
    client, november = login_as(SUPERVISOR), "figure=received&since=2026-11-01&until=2026-11-30"
    rows = {row["Referensi"]: row for row in csv.DictReader(io.StringIO(
        client.get(f"/unduh/laporan.csv?{november}").data.decode("utf-8-sig")))}
    assert (rows["LPR-2"]["Batas Waktu"], rows["LPR-2"]["Selesai"], rows["LPR-2"]["Tepat Waktu"]) == \
        ("2026-12-11 10:00", "2026-12-11 18:00", "Tidak")
    sheet = openpyxl.load_workbook(io.BytesIO(client.get(f"/unduh/laporan.xlsx?{november}").data)).active
    header = [cell.value for cell in sheet[1]]
    cell = sheet.cell(row=3, column=header.index("Batas Waktu") + 1)
    assert (cell.value, cell.number_format) == (datetime(2026, 12, 11, 10, 0), "dd/mm/yyyy hh:mm")


def test_the_weekly_chart_names_each_weeks_days(filed, login_as):
    """Under the weekly columns every other Monday is named («01/11, 09/11, 23/11»): on a phone, without a mouse
    to hover, a supervisor could not tell which week a column was, nor that «01/11» was one Sunday alone. Each
    column's tooltip names its days («Masuk, 2–8 Nov: 3»), and a line under the legend says what the dates are."""
    page = login_as(SUPERVISOR).get("/kinerja?since=2026-11-01&until=2026-11-30").get_data(as_text=True)
    chart = page[page.index("Laporan masuk dan selesai per minggu"):]
    chart = chart[:chart.index("</svg>")]
    assert re.search(r"<title>Masuk, \d{1,2}–\d{1,2} Nov: [1-9]</title>", chart), chart
    assert "<title>Masuk, 1 Nov: 0</title>" in chart, "the period's lone Sunday, 1 November"
    assert "<title>Selesai, 30 Nov: 0</title>" in chart, "and its lone Monday, cut by the period's end"
    assert "Tanggal di bawah batang: hari pertama minggunya" in chart
    # the drawing never wraps a line (400 wide, 12 px text): one line was cut at a phone's edge («(Senin–Ming»)
    for x, line in re.findall(r'<text x="([\d.]+)"[^>]*font-size="12"[^>]*>([^<]{20,})</text>', chart):
        assert float(x) + len(line) * 0.62 * 12 <= 400, line


def table_rows(page: str) -> dict[str, list[str]]:
    """The agency table's rows: code → its cells as a reader sees them."""
    table = page.split('<table class="performance">')[1].split("</table>")[0]
    return {code: [text_of(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
            for code, row in re.findall(r'<tr data-agency="(\w+)">(.*?)</tr>', table, re.S)}


@pytest.mark.parametrize("query", ["", "kind=aspirasi", "since=2026-10-01&until=2026-10-31"])
def test_every_regional_agency_has_a_row_even_with_nothing_received(filed, login_as, query):
    """«Per instansi» listed only the agencies with complaints in the period: DINKES and DINSOS, which received
    nothing, were not there, and a period or kind with nothing for DLH made DLH vanish with its overdue work from
    earlier. Every active regional agency has its row (zeros, nothing linked); an external one (PLN) only when it
    received something. The CSV and XLSX have the same rows."""
    client = login_as(SUPERVISOR)
    page = client.get(f"/kinerja?{query}").get_data(as_text=True)
    rows = table_rows(page)
    assert list(rows) == ["DINKES", "DINSOS", "DLH", "PUPR"], list(rows)
    assert rows["DINKES"][:3] == ["0", "0", "–"]
    assert 'data-figure="received" data-agency="DINKES"' not in page, "a zero links nowhere"
    table = list(csv.reader(io.StringIO(client.get(f"/kinerja/unduh.csv?{query}").data.decode("utf-8-sig"))))
    assert [row[0] for row in table[1:]] == ["", "DINKES", "DINSOS", "DLH", "PUPR"]
    assert table[2][2] == "0"
    sheet = openpyxl.load_workbook(io.BytesIO(client.get(f"/kinerja/unduh.xlsx?{query}").data)).active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [None, "DINKES", "DINSOS", "DLH",
                                                                                 "PUPR"]


def test_the_on_time_chart_names_the_agencies_with_nothing_judged(filed, login_as):
    """«Tepat waktu per instansi» drew only the agencies with a deadline met or missed: the ones with nothing to
    judge are rows too, with «belum ada» and no bar or link, as the table lists every agency."""
    page = login_as(SUPERVISOR).get("/kinerja").get_data(as_text=True)
    chart = page.split('aria-label="Tepat waktu per instansi"')[1].split("</svg>")[0]
    labels = re.findall(r'<text x="[\d.]+" y="[\d.]+" fill="#222" text-anchor="end">(\w+)</text>', chart)
    assert labels == ["DLH", "DINKES", "DINSOS", "PUPR"], labels
    assert chart.count(">belum ada</text>") == 3 and chart.count("<a ") == 1
