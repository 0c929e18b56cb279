"""The audit log: actions and views of a protected reporter's identity are recorded with who, when and where;
verifiers and supervisors list it, nobody else."""

from __future__ import annotations

import re

import pytest
from flask import Blueprint
from sqlalchemy import select

from lapor.audit import record
from models import Agency, AuditEntry, Complaint, Contact, Disposition
from tests.web.conftest import DLH_1, DLH_HEAD, SUPERVISOR, VERIFIER, StaffClient
from web import complaint_or_404, db
from web.audit import log_action, log_identity_view
from web.auth import staff_required


@pytest.fixture
def probe(app, world, svc, clock):
    """The app with a page that acts like the complaint page: shows the reporter, and acts on POST; and three
    complaints to DLH: LPR-1 biasa, LPR-2 anonim, LPR-3 rahasia."""
    with svc.session_factory.begin() as session:
        dlh = session.scalars(select(Agency).where(Agency.code == "DLH")).one()
        citizen = Contact(phone="+6281234567890", profile_name="Siti")
        for number, privacy in ((1, "biasa"), (2, "anonim"), (3, "rahasia")):
            session.add(Complaint(number=number, citizen=citizen, kind="pengaduan", title="Sampah",
                                  description="Sampah menumpuk", privacy=privacy, status="belum_ditindaklanjuti",
                                  reporter_name="Siti", created_at=clock.now, updated_at=clock.now,
                                  dispositions=[Disposition(agency=dlh, created_at=clock.now)]))
    bp = Blueprint("probe", __name__)

    @bp.get("/probe/<int:number>")
    @staff_required()
    def show(number):
        log_identity_view(db(), complaint_or_404(number))
        db().commit()
        return "ok"

    @bp.post("/probe/<int:number>")
    @staff_required("verifier")
    def act(number):
        log_action(db(), "teruskan", complaint_or_404(number), agencies=["DLH"])
        db().commit()
        return "ok"

    app.register_blueprint(bp)
    return app


def entries(svc) -> list[tuple]:
    with svc.session_factory() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.action != "login").order_by(AuditEntry.id))
        return [(row.action, row.actor.phone, row.complaint_id, row.detail) for row in rows]


def test_an_action_is_recorded_with_who_what_when_and_where(probe, login_as, svc, clock):
    verifier = login_as(VERIFIER)
    verifier.client.environ_base["REMOTE_ADDR"] = "192.0.2.44"
    assert verifier.post("/probe/1", token_from="/").status_code == 200
    with svc.session_factory() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "teruskan")).one()
        assert (entry.actor.phone, entry.at, entry.address, entry.detail) == (VERIFIER, clock.now, "192.0.2.44",
                                                                              {"agencies": ["DLH"]})
    page = verifier.get("/audit").get_data(as_text=True)
    assert "Teruskan ke instansi" in page and "LPR-1" in page and "192.0.2.44" in page and "Rina" in page
    assert "Instansi: DLH" in page and "agencies" not in page


@pytest.mark.parametrize("phone, number, logged", [
    (VERIFIER, 1, False),    # biasa: nothing protected to log
    (VERIFIER, 2, True),     # anonim, seen by the verifier
    (VERIFIER, 3, True),     # rahasia
    (SUPERVISOR, 2, False),  # anonim: withheld from the supervisor, so not seen
    (SUPERVISOR, 3, True),
    (DLH_1, 2, False),
    (DLH_1, 3, True),
])
def test_a_view_of_a_protected_reporters_identity_is_recorded(probe, login_as, svc, phone, number, logged):
    assert login_as(phone).get(f"/probe/{number}").status_code == 200
    expected = [("identity_view", phone, number, {"privacy": ("anonim", "rahasia")[number - 2]})] if logged else []
    assert [(a, p, c, d) for a, p, c, d in entries(svc)] == expected


def test_a_refused_page_records_nothing(probe, login_as, svc):
    officer = login_as(DLH_1)
    assert officer.post("/probe/2", token_from="/").status_code == 403
    assert entries(svc) == []


@pytest.mark.parametrize("phone, status", [(VERIFIER, 200), (SUPERVISOR, 200), (DLH_1, 403), (DLH_HEAD, 403)])
def test_only_verifiers_and_supervisors_list_the_log(probe, login_as, phone, status):
    assert login_as(phone).get("/audit").status_code == status


def test_the_logs_columns_say_what_they_hold(probe, login_as):
    """«Alamat» above 127.0.0.1 read as a street address (a reporter's «alamat» is one everywhere else)."""
    page = login_as(VERIFIER).get("/audit").get_data(as_text=True)
    headings = re.findall(r'<th scope="col">(.*?)</th>', page)
    assert headings == ["Waktu", "Petugas", "Tindakan", "Laporan", "Alamat IP", "Rincian"], headings


def test_a_visitor_is_sent_to_login_from_the_log(probe):
    response = StaffClient(probe).get("/audit")
    assert response.status_code == 302 and "/masuk" in response.headers["Location"]


def test_the_log_lists_newest_first_a_page_at_a_time(probe, login_as, svc, clock):
    with svc.session_factory.begin() as session:
        rina = session.scalars(select(Contact).where(Contact.phone == VERIFIER)).one()
        for n in range(60):
            record(session, f"aksi-{n:02d}", actor_id=rina.id, at=clock.advance(minutes=1), address="10.0.0.1")
    client = login_as(SUPERVISOR)
    first = client.get("/audit").get_data(as_text=True)
    assert "Masuk" in first.split("aksi-59")[0]  # the supervisor's own login is the newest entry
    assert "aksi-59" in first and "aksi-11" in first and "aksi-10" not in first
    second = client.get(older_link(first)).get_data(as_text=True)
    assert "aksi-10" in second and "aksi-00" in second and "aksi-11" not in second
    assert client.get("/audit?hal=2").get_data(as_text=True).count("<tr>") == second.count("<tr>"), "an old link"
    assert client.get("/audit?hal=abc").status_code == 200  # a bad page number is page 1


def older_link(html: str) -> str | None:
    """The address of the log's «Lebih lama» link (None: none)."""
    found = re.search(r'<a href="([^"]+)" rel="next">Lebih lama', html)
    return found.group(1).replace("&amp;", "&") if found else None


def test_the_whole_log_pages_by_its_last_entry_and_never_counts_itself(probe, login_as, svc, clock):
    """`/audit` with no filter counted the whole log (every login is an entry: a year is hundreds of thousands)
    and skipped to its page by OFFSET, reading every entry before it. It pages from the last entry shown («Lebih
    lama»: entries older than its time, and of the same time a smaller id), with no count; entries of one same
    moment are neither skipped nor shown twice; and an entry written meanwhile does not shift the next page."""
    with svc.session_factory.begin() as session:
        rina = session.scalars(select(Contact).where(Contact.phone == VERIFIER)).one()
        moment = clock.advance(minutes=1)
        for n in range(130):  # 40 at one same moment, on the pages' edges
            record(session, f"aksi-{n:03d}", actor_id=rina.id, address="10.0.0.1",
                   at=moment if 30 <= n < 70 else clock.advance(minutes=1))
    client = login_as(SUPERVISOR)
    counted = []
    from sqlalchemy import event

    def seen(_conn, _cursor, statement, *_):
        if "count(" in statement.lower() and "audit_log" in statement.lower():
            counted.append(statement)
    event.listen(svc.engine, "before_cursor_execute", seen)
    try:
        shown, page, pages = [], client.get("/audit").get_data(as_text=True), 0
        while True:
            pages += 1
            shown += re.findall(r"<td data-label=\"Tindakan\">(aksi-\d+)</td>", page)
            if pages == 1:
                with svc.session_factory.begin() as session:  # written while the first page is read
                    record(session, "aksi-baru", actor_id=None, at=clock.advance(minutes=1), address="sistem")
            link = older_link(page)
            if link is None:
                break
            assert "sebelum=" in link and "hal=" not in link
            page = client.get(link).get_data(as_text=True)
            assert "Terbaru" in page and "aksi-baru" not in page
    finally:
        event.remove(svc.engine, "before_cursor_execute", seen)
    same_moment = [f"aksi-{n:03d}" for n in range(69, 29, -1)]  # the oldest moment (the first), by id
    assert shown == [f"aksi-{n:03d}" for n in [*range(129, 69, -1), *range(29, -1, -1)]] + same_moment
    assert pages == 3 and counted == [], counted


@pytest.mark.parametrize("cursor", ["abc", "1-2-3", "-5", "99999999999999999999999-1", "1796630728000000-x"])
def test_a_cursor_the_log_cannot_read_is_named_and_the_newest_shown(probe, login_as, cursor):
    page = login_as(SUPERVISOR).get(f"/audit?sebelum={cursor}").get_data(as_text=True)
    assert "Saringan ini tidak dikenali dan diabaikan: Halaman." in page and "Masuk" in page


@pytest.mark.parametrize("phone, number, logged", [(VERIFIER, 2, True), (VERIFIER, 1, False), (SUPERVISOR, 2, False),
                                                   (SUPERVISOR, 3, True), (DLH_1, 3, True)])
def test_the_chats_status_records_the_same_views(probe, wa, svc, phone, number, logged):
    reply = wa.send(phone, f"STATUS LPR-{number}")
    assert f"LPR-{number}" in reply.text
    with svc.session_factory() as session:
        rows = session.scalars(select(AuditEntry)).all()
        assert [(r.action, r.actor.phone, r.complaint_id, r.address) for r in rows] == (
            [("identity_view", phone, number, "whatsapp")] if logged else [])


def export_entries(svc) -> list[tuple]:
    return [(phone, detail["count"], detail["references"], detail["filters"])
            for action, phone, _, detail in entries(svc) if action == "ekspor"]


@pytest.mark.parametrize("phone, shown, withheld", [
    (VERIFIER, ["LPR-3", "LPR-2"], []),  # the verifier sees every reporter: both protected ones are logged (as listed)
    (SUPERVISOR, ["LPR-3"], ["LPR-2"]),  # rahasia: the name is shown (and logged); anonim: withheld
    (DLH_1, ["LPR-3"], ["LPR-2"]),
])
def test_a_download_showing_protected_reporters_is_logged(probe, login_as, svc, phone, shown, withheld):
    client = login_as(phone)
    data = client.get("/unduh/antrean.csv?view=semua&kind=pengaduan").get_data(as_text=True)
    rows = {line.split(",")[0].lstrip("\ufeff"): line for line in data.splitlines()[1:]}
    assert all("Siti" in rows[ref] for ref in shown) and all("(anonim)" in rows[ref] for ref in withheld)
    assert export_entries(svc) == [(phone, len(shown), shown, "view=semua&kind=pengaduan")]
    if phone != DLH_1:
        page = client.get("/audit").get_data(as_text=True)
        assert "Mengunduh daftar berisi identitas pelapor" in page and f"Laporan: {', '.join(shown)}" in page
        assert "Saringan: Tampilan «semua», Jenis «Pengaduan»" in page, "the list's filters in words, not its URL"


def test_a_download_of_ordinary_reporters_only_is_not_logged(probe, login_as, svc):
    login_as(VERIFIER).get("/unduh/antrean.xlsx?view=semua&q=LPR-1")
    assert export_entries(svc) == []


def test_the_log_is_filtered_by_complaint_and_action_and_links_each_complaint(probe, login_as, svc, clock):
    """Every login is an entry: «who saw LPR-2's reporter» meant paging through screens of «Masuk», with the
    references as plain text."""
    for phone in (VERIFIER, SUPERVISOR, DLH_1):
        login_as(phone).get("/probe/2")  # anonim: logged for the verifier only
    login_as(DLH_1).get("/probe/3")  # rahasia: logged
    client = login_as(SUPERVISOR)
    page = client.get("/audit?laporan=lpr 2").get_data(as_text=True)
    rows = page.split("<tbody>")[1].split("</tbody>")[0]
    assert rows.count("<tr>") == 1 and '<a href="/pengaduan/2">LPR-2</a>' in rows and "Masuk" not in rows
    assert 'value="lpr 2"' in page and "1 catatan" in page
    for typed in ("nomor 2", "lapor 2"):  # as the chat and the queue read it; LPR said aloud
        worded = client.get(f"/audit?laporan={typed}").get_data(as_text=True)
        assert "1 catatan" in worded and "tidak dikenali" not in worded, typed
    views = client.get("/audit?tindakan=identity_view").get_data(as_text=True)
    listed = views.split("<tbody>")[1].split("</tbody>")[0]
    assert listed.count("<tr>") == 2 and "Masuk" not in listed
    assert '<option value="identity_view" selected>' in views



@pytest.mark.parametrize(("query", "said"), [
    # an unknown action was dropped silently: the box read «Semua» and the log listed everything
    ("tindakan=xx", "Saringan ini tidak dikenali dan diabaikan: Tindakan (xx)."),
    ("tindakan=%F0%9F%A4%A2", "Saringan ini tidak dikenali dan diabaikan: Tindakan (\U0001f922)."),
    ("tindakan=hapus+semua", "Saringan ini tidak dikenali dan diabaikan: Tindakan (hapus semua)."),
    ("laporan=kemarin", "Saringan ini tidak dikenali dan diabaikan: Laporan. "
                        "Tulis nomor laporan seperti LPR-12 atau 12."),
    ("laporan=kemarin&tindakan=xx", "Saringan ini tidak dikenali dan diabaikan: Laporan, Tindakan (xx). "
                                    "Tulis nomor laporan seperti LPR-12 atau 12."),
    # a page number the log cannot show, as the queue names it (it showed page 1 without a word)
    ("hal=abc", "Saringan ini tidak dikenali dan diabaikan: Halaman."),
    ("hal=-1&tindakan=xx", "Saringan ini tidak dikenali dan diabaikan: Tindakan (xx), Halaman."),
    # near misses: known values, typed as people type them, are no problem
    ("tindakan=identity_view", ""), ("tindakan=LOGIN", ""), ("tindakan=+login+", ""), ("tindakan=", ""),
    ("laporan=LPR-2", ""), ("laporan=", ""), ("hal=1", ""), ("hal=", ""),
])
def test_an_unknown_filter_of_the_log_is_named_as_ignored(probe, login_as, query, said):
    page = login_as(SUPERVISOR).get(f"/audit?{query}").get_data(as_text=True)
    found = re.search(r'<p class="flash flash-error" role="alert" id="saringan-diabaikan">(.*?)</p>', page, re.S)
    assert (" ".join(re.sub(r"<[^>]+>", " ", found.group(1)).split()) if found else "") == said
    assert ("diabaikan" in page) is bool(said), "said once, in one place"
    if "Tindakan" in said:
        assert "Hapus saringan" in page, "the ignored action can be cleared"


def test_a_page_past_the_end_of_the_log_shows_the_last_and_says_so(probe, login_as):
    """`/audit?hal=99` (an old link, a log filtered since) showed the last page without a word, as if it were
    page 99; the queue says so."""
    page = login_as(SUPERVISOR).get("/audit?hal=99").get_data(as_text=True)
    assert "Halaman 99 melewati akhir daftar; ditampilkan halaman terakhir (1)." in page
    assert "melewati" not in login_as(SUPERVISOR).get("/audit?hal=1").get_data(as_text=True)


def test_one_page_of_the_log_shows_no_pager_and_nothing_to_clear(probe, login_as):
    """«Halaman 1 dari 1» stood under a log of one page, and «Hapus saringan» beside a form with nothing filtered."""
    client = login_as(SUPERVISOR)
    plain = client.get("/audit").get_data(as_text=True)
    assert "Halaman 1 dari 1" not in plain and 'class="pager"' not in plain
    assert "Hapus saringan" not in plain
    for asked in ("?tindakan=login", "?laporan=LPR-2", "?laporan=xyz"):
        assert "Hapus saringan" in client.get("/audit" + asked).get_data(as_text=True), asked


def test_what_a_verifier_typed_to_find_an_anonymous_reporter_is_not_shown_to_supervisors(probe, login_as):
    """Tried by hand: the verifier searched LPR-2's anonymous reporter by number, and the supervisor's /audit read
    «Kata pencarian: 0812-3456-7890; … Laporan: LPR-2»: the number DESIGN.md shows to verifiers only. The search and
    a download's filters keep what was typed for verifiers; others read that it is withheld."""
    verifier = login_as(VERIFIER)
    assert "LPR-2" in verifier.get("/?view=semua&q=0812-3456-7890").get_data(as_text=True)
    verifier.get("/unduh/antrean.csv?view=semua&q=Siti")
    seen = {phone: login_as(phone).get("/audit").get_data(as_text=True) for phone in (VERIFIER, SUPERVISOR)}
    assert "Kata pencarian: 0812-3456-7890" in seen[VERIFIER] and "Cari «Siti»" in seen[VERIFIER]
    for typed in ("3456-7890", "81234567890", "Siti"):
        assert typed not in seen[SUPERVISOR], typed
    assert "Kata pencarian: (hanya untuk verifikator)" in seen[SUPERVISOR]
    assert "Cari «(hanya untuk verifikator)»" in seen[SUPERVISOR]


def test_an_entry_whose_staff_member_is_gone_says_so_not_a_dash(probe, login_as, svc, clock):
    """Each door records its staff member; a contact deleted from the database by hand leaves the entry without
    one (the foreign key's SET NULL). «Petugas: -» read as an empty cell or a page fault; it reads «Tidak tercatat».
    A staff member the directory gave no name is named by their number."""
    with svc.session_factory.begin() as session:
        record(session, "arsipkan", actor_id=None, at=clock.advance(minutes=1), address="10.0.0.1", complaint_id=None)
        dewi = session.scalars(select(Contact).where(Contact.phone == DLH_1)).one()
        dewi.name = None
        record(session, "tl", actor_id=dewi.id, at=clock.advance(minutes=1), address="10.0.0.2")
    page = login_as(VERIFIER).get("/audit").get_data(as_text=True)
    cells = re.findall(r'<td data-label="Petugas">(.*?)</td>', page)
    assert [re.sub(r"<[^>]+>", "", cell) for cell in cells] == ["Rina", "0811-0000-0020", "Tidak tercatat"], cells


def test_the_log_says_where_a_chat_entry_came_from(probe, wa, login_as):
    """A reporter's identity seen through the chat's STATUS, and a command sent on WhatsApp, are logged with the
    address «whatsapp»: the «Alamat IP» column read «whatsapp» like a typo. It reads «WhatsApp». The page said it
    held «setiap tindakan» while the chat's commands were not logged at all (`lapor.audit.record_chat_action`):
    a verifier looked in vain for a TERUSKAN sent on WhatsApp."""
    wa.send(SUPERVISOR, "STATUS LPR-3")
    wa.send(DLH_1, "TL LPR-1 Truk pengangkut dikirim besok pagi")
    page = login_as(VERIFIER).get("/audit").get_data(as_text=True)
    rows = [[re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
            for row in re.findall(r"<tr>(.*?)</tr>", page.split("<tbody>")[1], re.S)]
    assert [row[1:5] for row in rows] == [["Rina", "Masuk", "-", "-"],  # a test request has no address
                                          ["Dewi", "Tindak lanjut (TL)", "LPR-1", "WhatsApp"],
                                          ["Sekda", "Melihat identitas pelapor", "LPR-3", "WhatsApp"]], rows
    intro = " ".join(re.search(r"</h1>\s*<p>(.*?)</p>", page, re.S).group(1).split())
    assert intro.endswith("dan setiap tindakan, di dasbor maupun lewat WhatsApp, juga yang dilakukan sistem "
                          "sendiri (penutupan otomatis, perubahan dari SP4N-LAPOR!, impor direktori dari baris "
                          "perintah)."), intro
