"""A head's stand-in (Plh, named on WhatsApp and logged as `pengganti`) sees the head's pages of their own agency
while the head is on leave, and only then: they had the head's commands in the chat but 403 on /kinerja. Each page
they open as the stand-in is in the audit log (once a page a login)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from models import Agency, AuditEntry, Complaint, Contact, Disposition
from tests.parties import CITIZEN, DLH_1, DLH_2, PUPR_1, make_people
from tests.web.conftest import VERIFIER

JAKARTA = ZoneInfo("Asia/Jakarta")
HEADS_PAGES = ("/kinerja", "/kinerja/unduh.csv")  # not /unduh/laporan.csv: every officer may have it


@pytest.fixture
def people(world, clock):
    clock.now = datetime(2026, 12, 7, 9, 0, tzinfo=JAKARTA)  # Monday
    return make_people(world)


def seen_as_stand_in(svc) -> list[tuple]:
    """The log's entries of pages opened as a head's stand-in: (actor's number, detail), oldest first."""
    with svc.session_factory() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.action == "halaman_plh").order_by(AuditEntry.id))
        return [(row.actor.phone, row.detail) for row in rows]


@pytest.mark.parametrize("who, typed", [
    ("head", "CUTI SAYA sampai jumat, eko yg handle"),  # the head names the stand-in beside the leave
    ("dlh2", "kadis lagi cuti, sy yg handle ya pak"),  # the officer says they stand in
    ("dlh2", "Pak Kadis sakit, utk sementara sy yg urus disposisi DLH"),
])
def test_the_stand_in_sees_the_heads_pages_while_the_head_is_on_leave(people, svc, login_as, who, typed):
    if who != "head":
        people["head"].says("CUTI SAYA sampai jumat")
    assert "pengganti (Plh)" in people[who].says(typed)
    client = login_as(DLH_2)
    for path in HEADS_PAGES:
        assert client.get(path).status_code == 200, path
    page = client.get("/kinerja").get_data(as_text=True)
    assert "Dinas Lingkungan Hidup" in page and "Plh Kepala instansi" in page
    assert 'href="/kinerja"' in client.get("/").get_data(as_text=True), "the menu offers the head's page"
    assert login_as(DLH_1).get("/kinerja").status_code == 403, "the other officer is nobody's stand-in"


def test_named_ahead_of_the_leave_sees_nothing_more_until_it_starts(people, svc, login_as, clock):
    people["dlh2"].says("kadis besok dinas luar, sy yg handle ya pak")
    assert login_as(DLH_2).get("/kinerja").status_code == 403
    people["head"].says("cuti mulai besok sampai jumat")
    assert login_as(DLH_2).get("/kinerja").status_code == 403, "the leave starts tomorrow"
    clock.now += timedelta(days=1)
    assert login_as(DLH_2).get("/kinerja").status_code == 200


@pytest.mark.parametrize("back", ["CUTI SELESAI", "sy sudah masuk kembali"])
def test_the_stand_in_loses_the_heads_pages_when_the_head_is_back(people, login_as, back):
    people["head"].says("CUTI SAYA sampai jumat, eko yg handle")
    client = login_as(DLH_2)
    assert client.get("/kinerja").status_code == 200
    people["head"].says(back)
    assert client.get("/kinerja").status_code == 403, "the same login, the next page"
    assert 'href="/kinerja"' not in client.get("/").get_data(as_text=True)


def test_the_stand_in_loses_the_heads_pages_when_the_leave_runs_out(people, login_as, clock):
    people["head"].says("CUTI SAYA sampai jumat, eko yg handle")
    clock.now = datetime(2026, 12, 14, 8, 0, tzinfo=JAKARTA)  # the head's first day back
    assert login_as(DLH_2).get("/kinerja").status_code == 403


def test_a_stand_in_on_leave_themselves_sees_nothing_of_the_head(people, login_as):
    people["head"].says("CUTI SAYA sampai jumat, eko yg handle")
    people["dlh2"].says("sy sakit hari ini")
    assert login_as(DLH_2).get("/kinerja").status_code == 403


def pupr_complaint(svc) -> None:
    """LPR-1, a road in PUPR's hands (stored as filed and forwarded: the chat's walk is not what is tried here)."""
    with svc.session_factory.begin() as session:
        pupr = session.scalars(select(Agency).where(Agency.code == "PUPR")).one()
        session.add(Complaint(number=1, citizen=Contact(phone=CITIZEN), kind="pengaduan", title="Jalan berlubang",
                              description="Jalan berlubang besar di depan pasar sudah sebulan",
                              status="belum_ditindaklanjuti", created_at=svc.clock(), updated_at=svc.clock(),
                              dispositions=[Disposition(agency=pupr, created_at=svc.clock())]))


def test_a_stand_in_sees_nothing_of_another_agency(people, login_as, svc):
    pupr_complaint(svc)
    people["head"].says("CUTI SAYA sampai jumat, eko yg handle")
    client = login_as(DLH_2)
    assert client.get("/pengaduan/1").status_code == 404
    for path in ("/kinerja/unduh.csv?agency=PUPR", "/unduh/laporan.csv?figure=received&agency=PUPR"):
        assert client.get(path).status_code == 403, path
    page = client.get("/kinerja?agency=PUPR").get_data(as_text=True)  # as the head's: their own agency, the ask named
    assert "Dinas Lingkungan Hidup" in page and "Dinas Pekerjaan Umum" not in page
    assert "Jalan berlubang" not in client.get("/?view=semua&q=jalan").get_data(as_text=True)
    csv = client.get("/kinerja/unduh.csv").get_data(as_text=True)
    assert "PUPR" not in csv and "DLH" in csv
    assert login_as(PUPR_1).get("/kinerja").status_code == 403, "PUPR's officer: DLH's head is not theirs"


def test_pages_seen_as_stand_in_are_in_the_log_once_a_page(people, svc, login_as):
    people["head"].says("CUTI SAYA sampai jumat, eko yg handle")
    client = login_as(DLH_2)
    client.get("/kinerja")
    client.get("/kinerja?kind=pengaduan")  # the same page filtered: logged already
    client.get("/kinerja/unduh.csv")
    detail = {"agency": "DLH", "head": "Yusuf"}
    assert seen_as_stand_in(svc) == [(DLH_2, {**detail, "page": "/kinerja"}),
                                     (DLH_2, {**detail, "page": "/kinerja/unduh.csv"})]
    log = login_as(VERIFIER).get("/audit?tindakan=halaman_plh").get_data(as_text=True)
    assert "Membuka halaman kepala sebagai pengganti (Plh)" in log
    assert "Halaman: /kinerja" in log and "Kepala yang digantikan: Yusuf" in log


READ_AS_THE_HEAD = ("/", "/unduh/antrean.csv", "/unduh/laporan.xlsx")  # any officer's pages, read as the head's


def test_the_queue_and_downloads_read_as_the_head_are_in_the_log_once_a_page(people, svc, login_as):
    """The queue and the lists' downloads are every officer's, but a stand-in reads them as the head (the agency's
    late complaints with whom to chase): logged as the head's pages are (staff20)."""
    people["head"].says("CUTI SAYA sampai jumat, eko yg handle")
    client = login_as(DLH_2)
    for path in READ_AS_THE_HEAD:
        assert client.get(path).status_code == 200, path
    client.get("/?view=semua")  # the same page filtered
    client.get("/unduh/antrean.csv?view=semua")
    detail = {"agency": "DLH", "head": "Yusuf"}
    assert seen_as_stand_in(svc) == [(DLH_2, {**detail, "page": path}) for path in READ_AS_THE_HEAD]


def test_the_queue_and_downloads_of_an_officer_standing_in_for_nobody_are_not_logged(people, svc, login_as):
    people["dlh2"].says("kadis besok dinas luar, sy yg handle ya pak")  # named ahead: not yet the head's
    for phone in (DLH_1, DLH_2):
        client = login_as(phone)
        for path in READ_AS_THE_HEAD:
            assert client.get(path).status_code == 200, path
    people["head"].says("CUTI SAYA sampai jumat, eko yg handle")
    login_as(DLH_1).get("/")  # the other officer: nobody's stand-in
    assert seen_as_stand_in(svc) == []


def test_the_stand_in_reaches_the_heads_page_from_the_menu_on_a_phone(page, live_server, people):
    """On a 390 px phone: the header says «Plh Kepala instansi» without growing wider than the screen, and the menu
    leads to /kinerja (screenshot `kinerja-plh-ponsel`)."""
    from playwright.sync_api import expect

    from tests.web.conftest import browser_login, screenshot

    people["head"].says("CUTI SAYA sampai jumat, eko yg handle")
    page.set_viewport_size({"width": 390, "height": 844})
    browser_login(page, live_server, DLH_2)
    expect(page.locator(".who-role")).to_contain_text("Plh Kepala instansi · DLH")
    page.get_by_role("navigation", name="Menu utama").get_by_role("link", name="Kinerja").click()
    expect(page.get_by_role("heading", name="Kinerja instansi · DLH")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(page, "kinerja-plh-ponsel")
