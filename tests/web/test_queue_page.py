"""The queue at `/`: each role sees what needs them, with filters, search and paging held in the URL."""

from __future__ import annotations

import csv
import io
import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.parties import ROAD, WASTE, Party, file, filed_and_forwarded, make_people, walked_once
from tests.web.conftest import DLH_1, DLH_2, DLH_HEAD, PUPR_1, SUPERVISOR, VERIFIER
from tests.web.test_performance_page import filed  # noqa: F401  (fixture)


@pytest.fixture
def people(world):
    return make_people(world)


def listed(html: str) -> list[str]:
    """The references the queue lists, in order."""
    return re.findall(r'<a href="/pengaduan/\d+(?:\?antrean=[^"]*)?"><strong>(LPR-\d+)</strong>', html)


def agency_options(html: str) -> list[str]:
    """The codes the queue's agency filter offers."""
    select = re.search(r'<select id="agency" name="agency">(.*?)</select>', html, re.S)
    return re.findall(r'<option value="(\w+)"', select.group(1)) if select else []


def test_the_verifier_sees_new_complaints_with_suggestion_and_duplicates(people, login_as):
    file(people["citizen"])
    file(people["citizen2"], description="Sampah TPS pasar Srimangunan menumpuk sampai jalan, bau menyengat seminggu")
    page = login_as(VERIFIER).get("/").get_data(as_text=True)
    assert listed(page) == ["LPR-1", "LPR-2"], "oldest first: the soonest verification deadline"
    assert "Saran instansi: <strong>DLH</strong>" in page
    assert 'Mungkin duplikat: <a href="/pengaduan/1">LPR-1</a>' in page
    assert "3 hari kerja lagi" in page or "2 hari kerja lagi" in page


def test_officers_see_only_their_agencys_open_dispositions(people, login_as):
    file(people["citizen"])
    file(people["citizen2"], description=ROAD)
    assert listed(login_as(DLH_1).get("/").get_data(as_text=True)) == []
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["verifier"].says("TERUSKAN LPR-2 PUPR")
    for phone, expected in ((DLH_1, ["LPR-1"]), (DLH_HEAD, ["LPR-1"]), (PUPR_1, ["LPR-2"])):
        assert listed(login_as(phone).get("/").get_data(as_text=True)) == expected
    everything = login_as(DLH_1).get("/?view=semua").get_data(as_text=True)
    assert listed(everything) == ["LPR-1"], "another agency's complaint is not even listed"
    assert 'name="agency"' not in everything and "PUPR" not in everything, \
        "the agency filter listed every agency, though an officer only ever sees their own"
    drilled = login_as(DLH_HEAD).get("/?view=semua&agency=DLH").get_data(as_text=True)
    assert '<input type="hidden" name="agency" value="DLH">' in drilled, "a search keeps a figure's agency"
    for path in ("/?agency=DLH", "/?agency=DLH&q=sampah"):  # the same search in «Perlu tindakan» was a 500
        assert listed(login_as(DLH_HEAD).get(path).get_data(as_text=True)) == ["LPR-1"], path
    assert {"DLH", "PUPR"} <= set(agency_options(login_as(SUPERVISOR).get("/").get_data(as_text=True)))
    assert listed(login_as(VERIFIER).get("/").get_data(as_text=True)) == []


def test_the_supervisor_lists_everything_and_filters_by_status(people, login_as):
    file(people["citizen"])
    file(people["citizen2"], description=ROAD)
    people["verifier"].says("TERUSKAN LPR-2 PUPR")
    client = login_as(SUPERVISOR)
    assert listed(client.get("/?view=semua").get_data(as_text=True)) == ["LPR-2", "LPR-1"]
    assert listed(client.get("/?view=semua&status=belum_ditindaklanjuti").get_data(as_text=True)) == ["LPR-2"]
    assert listed(client.get("/?view=semua&agency=PUPR").get_data(as_text=True)) == ["LPR-2"]


@pytest.mark.parametrize(("phone", "said", "not_said"), [
    (SUPERVISOR, "Tidak ada laporan yang menunggu verifikasi.", "menunggu Anda"),
    (VERIFIER, "Tidak ada laporan yang menunggu Anda. Terima kasih!", "menunggu verifikasi."),
    (DLH_HEAD, "Tidak ada laporan yang menunggu Anda. Terima kasih!", "menunggu verifikasi."),
])
def test_an_empty_needs_me_list_says_whose_work_it_is(people, login_as, phone, said, not_said):
    """A supervisor's empty «Perlu tindakan» read «Tidak ada laporan yang menunggu Anda. Terima kasih!» under «Laporan
    yang menunggu verifikasi»: nothing ever waits for a supervisor there, the list is the verifiers' work."""
    file(people["citizen"])
    people["verifier"].says("TERUSKAN LPR-1 PUPR")
    page = login_as(phone).get("/").get_data(as_text=True)
    empty = " ".join(re.search(r'<p class="card">(.*?)</p>', page, re.S).group(1).split())
    assert empty.startswith(said) and not_said not in empty, empty


def test_search_and_filters_stay_in_the_url_across_pages(people, login_as, world, unlimited_filing):
    for _ in range(27):
        file(people["citizen"], photo=False)
    client = login_as(VERIFIER)
    first = client.get("/?q=sampah+srimangunan&kind=pengaduan").get_data(as_text=True)
    assert len(listed(first)) == 25 and "27 laporan" in first and "halaman 1 dari 2" in first
    next_link = re.search(r'href="(/\?[^"]+)" rel="next"', first).group(1).replace("&amp;", "&")
    assert "q=sampah+srimangunan" in next_link and "kind=pengaduan" in next_link and "page=2" in next_link
    second = client.get(next_link).get_data(as_text=True)
    assert listed(second) == ["LPR-26", "LPR-27"]
    assert "<title>Cari «sampah srimangunan» · Antrean, halaman 2 dari 2 · Penghubung</title>" in second
    assert listed(client.get("/?q=LPR-7").get_data(as_text=True)) == ["LPR-7"]
    assert listed(client.get("/?q=jembatan").get_data(as_text=True)) == []


def test_bad_filters_are_named_and_ignored_never_an_error(people, login_as):
    file(people["citizen"])
    response = login_as(VERIFIER).get("/?status=hilang&since=kemarin&page=abc")
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and listed(page) == ["LPR-1"]
    assert "tidak dikenali dan diabaikan: Status, Masuk sejak, Halaman" in page


def test_an_unknown_agency_is_named_as_ignored(people, login_as):
    file(people["citizen"])
    page = login_as(VERIFIER).get("/?agency=NOPE").get_data(as_text=True)
    assert listed(page) == ["LPR-1"] and "tidak dikenali dan diabaikan: Instansi (NOPE)" in page


@pytest.fixture
def shared(people):
    """LPR-1 shared by DLH and PUPR, LPR-2 PUPR's alone, LPR-3 returned by PUPR and forwarded to DLH, LPR-4 DLH's."""
    _shared(people)
    return people


@walked_once
def _shared(people):
    for text in (WASTE, ROAD, WASTE + " di depan pasar", WASTE + " di terminal"):
        file(people["citizen"], description=text, photo=False)
    for command in ("TERUSKAN LPR-1 DLH, PUPR", "TERUSKAN LPR-2 PUPR", "TERUSKAN LPR-3 PUPR"):
        people["verifier"].says(command)
    people["pupr"].says("KEMBALIKAN LPR-3 bukan kewenangan kami, ini urusan sampah")
    for command in ("TERUSKAN LPR-3 DLH", "TERUSKAN LPR-4 DLH"):
        people["verifier"].says(command)


SHARED_NOTE = "Laporan DLH yang juga didisposisikan ke PUPR"


@pytest.mark.parametrize(("phone", "path", "expected"), [
    (DLH_HEAD, "/?view=semua&agency=pupr", ["LPR-3", "LPR-1"]),
    (DLH_HEAD, "/?view=semua&agency=PUPR&q=sampah", ["LPR-3", "LPR-1"]),
    (DLH_HEAD, "/?agency=PUPR", ["LPR-1", "LPR-3"]),
    (DLH_1, "/?view=semua&agency=%20Pupr%20", ["LPR-3", "LPR-1"]),
])
def test_another_agency_in_an_agency_users_list_lists_the_complaints_they_share(shared, login_as, phone, path,
                                                                                expected):
    """A DLH head opening PUPR's filter (/?agency=PUPR) was told the filter was «not recognised and ignored» and got
    their whole list: it lists their complaints shared with PUPR or returned by PUPR to DLH (never PUPR's own
    LPR-2), each with DLH's own deadline, and says that PUPR's other complaints are PUPR's to see."""
    page = login_as(phone).get(path).get_data(as_text=True)
    assert listed(page) == expected
    assert SHARED_NOTE in page and "hanya dapat dilihat oleh PUPR" in page and "diabaikan" not in page
    assert "Tanpa batas waktu" not in page, "DLH's own deadline, not PUPR's (returned) nor none"


@pytest.mark.parametrize(("phone", "path", "expected", "ignored"), [
    (DLH_HEAD, "/?view=semua&agency=DLH", ["LPR-4", "LPR-3", "LPR-1"], False),
    (DLH_HEAD, "/?view=semua", ["LPR-4", "LPR-3", "LPR-1"], False),
    (DLH_HEAD, "/?view=semua&agency=NOPE", ["LPR-4", "LPR-3", "LPR-1"], False),  # no Instansi box: said nothing
    (SUPERVISOR, "/?view=semua&agency=NOPE", ["LPR-4", "LPR-3", "LPR-2", "LPR-1"], True),
    (SUPERVISOR, "/?view=semua&agency=PUPR", ["LPR-3", "LPR-2", "LPR-1"], False),
])
def test_an_agency_filter_that_is_not_another_agencys_for_an_agency_user_says_nothing_of_sharing(
        shared, login_as, phone, path, expected, ignored):
    page = login_as(phone).get(path).get_data(as_text=True)
    assert listed(page) == expected and SHARED_NOTE not in page and "juga didisposisikan" not in page
    assert ("tidak dikenali dan diabaikan: Instansi (NOPE)" in page) is ignored


def test_the_download_of_a_shared_list_holds_what_the_list_shows(shared, login_as):
    """The list's «Unduh» link is followed: it held a refusal (403) for a list the page showed."""
    client = login_as(DLH_HEAD)
    page = client.get("/?view=semua&agency=PUPR").get_data(as_text=True)
    link = re.search(r'href="(/unduh/antrean\.csv[^"]*)"', page).group(1).replace("&amp;", "&")
    response = client.get(link)
    assert response.status_code == 200
    assert [row.split(",")[0] for row in response.get_data(as_text=True).lstrip("\ufeff").splitlines()[1:]] == \
        listed(page) == ["LPR-3", "LPR-1"]  # as the page lists them: newest first


def test_a_status_the_needs_me_list_cannot_hold_is_named_and_not_shown_selected(people, login_as):
    file(people["citizen"])
    file(people["citizen2"], description=ROAD)
    people["verifier"].says("ARSIPKAN LPR-2 bukan pengaduan, hanya uji coba")
    page = login_as(VERIFIER).get("/?status=diarsipkan").get_data(as_text=True)
    assert listed(page) == ["LPR-1"]
    assert "Status «Diarsipkan» tidak berlaku di «Perlu tindakan»" in page
    assert '<option value="diarsipkan" selected' not in page
    link = re.search(r'href="(/\?[^"]*view=semua[^"]*)">Lihat laporan berstatus', page).group(1).replace("&amp;", "&")
    assert listed(login_as(VERIFIER).get(link).get_data(as_text=True)) == ["LPR-2"]


def test_a_page_past_the_end_shows_the_last_page_and_says_so(people, login_as):
    file(people["citizen"])
    page = login_as(VERIFIER).get("/?page=99").get_data(as_text=True)
    assert listed(page) == ["LPR-1"]
    assert "Halaman 99 melewati akhir daftar; ditampilkan halaman terakhir (1)" in page


def test_the_complaint_page_leads_back_to_the_same_filtered_list(people, login_as):
    file(people["citizen"])
    client = login_as(VERIFIER)
    queue_page = client.get("/?view=semua&q=sampah&kind=pengaduan").get_data(as_text=True)
    link = re.search(r'href="(/pengaduan/1\?antrean=[^"]+)"', queue_page).group(1).replace("&amp;", "&")
    complaint_page = client.get(link).get_data(as_text=True)
    back = re.search(r'<a href="([^"]+)">« Kembali ke antrean', complaint_page).group(1).replace("&amp;", "&")
    assert back == "/?view=semua&kind=pengaduan&q=sampah"
    tricked = client.get("/pengaduan/1?antrean=//evil.example/x%3Fq%3D1").get_data(as_text=True)
    assert '<a href="/?q=1">« Kembali' in tricked or '<a href="/">« Kembali' in tricked


def back_link(html: str) -> str:
    """Where the complaint page's "« Kembali ke antrean" leads."""
    return re.search(r'<a href="([^"]+)">« Kembali ke antrean', html).group(1).replace("&amp;", "&")


def test_the_way_back_to_the_list_survives_actions_refused_or_done(people, login_as):
    file(people["citizen"])
    file(people["citizen2"], description=ROAD)
    client = login_as(VERIFIER)
    carried = "/pengaduan/1?antrean=view%3Dsemua%26q%3Dsampah%26page%3D2"
    page = client.get(carried).get_data(as_text=True)
    assert 'action="/pengaduan/1/teruskan?antrean=view%3Dsemua%26q%3Dsampah%26page%3D2"' in page
    refused = client.post("/pengaduan/1/teruskan?antrean=view%3Dsemua%26q%3Dsampah%26page%3D2", {},
                          token_from=carried, follow_redirects=True)
    assert refused.status_code == 400 and back_link(refused.get_data(as_text=True)) == "/?view=semua&q=sampah&page=2"
    done = client.post("/pengaduan/1/teruskan?antrean=view%3Dsemua%26q%3Dsampah", {"agencies": "DLH"},
                       token_from=carried)
    assert done.status_code == 303
    assert done.headers["Location"].endswith("/pengaduan/1?antrean=view%3Dsemua%26q%3Dsampah")
    assert back_link(client.get(done.headers["Location"]).get_data(as_text=True)) == "/?view=semua&q=sampah"
    preview = client.post("/pengaduan/2/gabung?antrean=q%3Djalan", {"typed": "LPR-1"}, token_from=carried,
                          follow_redirects=True)
    html = preview.get_data(as_text=True)
    assert 'action="/pengaduan/2/gabung?antrean=q%3Djalan"' in html
    assert 'href="/pengaduan/2?antrean=q%3Djalan#gabung">Batal' in html


def test_dates_typed_the_wrong_way_round_are_swapped_and_the_page_says_so(people, login_as):
    """Filed on 23 Nov 2026: "since 30 Nov until 1 Nov" listed nothing, without a word why."""
    file(people["citizen"])
    client = login_as(VERIFIER)
    page = client.get("/?view=semua&since=30/11/2026&until=1-11-2026").get_data(as_text=True)
    assert listed(page) == ["LPR-1"]
    assert "keduanya ditukar: 01/11/2026–30/11/2026" in page
    assert 'value="01/11/2026"' in page and 'until=2026-11-30' in page, "the form and the links carry them swapped"
    assert 'type="date"' not in page, "a browser's date box shows mm/dd/yyyy in an English browser"
    assert page.count('inputmode="decimal"') == 2, "a phone opens its number pad, not the letters' keyboard"
    pad = client.get("/?view=semua&since=01112026&until=30,11,2026").get_data(as_text=True)
    assert listed(pad) == ["LPR-1"] and 'value="01/11/2026"' in pad and "diabaikan" not in pad, "typed on the pad"
    assert listed(client.get("/?view=semua&since=2026-11-01&until=2026-11-30").get_data(as_text=True)) == ["LPR-1"]
    yearless = client.get("/?view=semua&since=30/11&until=1 nov").get_data(as_text=True)
    assert "keduanya ditukar: 01/11/2026–30/11/2026" in yearless, "the year left out is this one"
    typo = client.get("/?view=semua&since=31/02/2026").get_data(as_text=True)
    assert "diabaikan: Masuk sejak" in typo and 'value="31/02/2026"' in typo, "a wrong date stays to be corrected"
    assert "Tulis tanggal sebagai hari/bulan/tahun" in typo, "the refusal says how to write it"
    assert '<details class="more" open>' in typo, "the box holding the wrong date is open, not folded away"
    download = client.get("/unduh/antrean.csv?view=semua&since=2026-11-30&until=2026-11-01").get_data(as_text=True)
    assert "LPR-1" in download


@pytest.mark.parametrize(("query", "named"), [
    ("figure=received&since=2026-11-01&until=2026-11-30", "Masuk 01/11/2026–30/11/2026"),
    ("status=belum_terverifikasi&kind=pengaduan", "Status «Belum diverifikasi», Jenis «Pengaduan»"),
    ("source=whatsapp&overdue=1&since=2026-11-01", "Sumber «WhatsApp», Masuk sejak 01/11/2026, hanya yang terlambat"),
    ("agency=DLH&until=2026-11-30", "Instansi «DLH», Masuk sampai 30/11/2026"),
])
def test_chosen_filters_are_named_folded_so_the_list_comes_first_on_a_phone(people, login_as, query, named):
    """A supervisor tapping «Masuk 4» on /kinerja on a 390 px phone got a figure's list under its filters unfolded
    (status, kind, agency, source, two dates): not one complaint on the first two screens. The chosen filters are
    named on the folded box's summary instead."""
    file(people["citizen"])
    page = login_as(SUPERVISOR).get(f"/?view=semua&{query}").get_data(as_text=True)
    assert '<details class="more">' in page, "folded: the list comes first"
    summary = re.search(r"<summary>(.*?)</summary>", page, re.S).group(1)
    assert " ".join(summary.split()) == f"Saringan lainnya: {named}"


@pytest.mark.parametrize("since", ["24/11", "24 nov", "24-11", "24 NOV"])
def test_a_download_reads_a_day_typed_without_its_year_as_the_page_does(people, login_as, since):
    """Filed on 23 Nov 2026: «since 24/11» listed nothing on the page, but its download (a link shared or typed
    with the day as staff write it) held every complaint: the download read no day without a year and dropped it."""
    file(people["citizen"])
    client = login_as(VERIFIER)
    assert listed(client.get(f"/?view=semua&since={since}").get_data(as_text=True)) == []
    download = client.get(f"/unduh/antrean.csv?view=semua&since={since}").get_data(as_text=True)
    assert "LPR-1" not in download and download.lstrip("\ufeff").startswith("Referensi,")
    assert "LPR-1" in client.get(f"/unduh/antrean.csv?view=semua&until={since}").get_data(as_text=True)


def test_a_complaint_without_a_deadline_says_so_instead_of_dashes(people, login_as):
    file(people["citizen"])
    file(people["citizen2"], description=ROAD)
    people["verifier"].says("TUNDA LPR-1 Di sebelah mana persisnya?")
    people["verifier"].says("ARSIPKAN LPR-2 Bukan pengaduan pelayanan publik")
    page = login_as(SUPERVISOR).get("/?view=semua").get_data(as_text=True)
    assert "Batas: - (-)" not in page
    assert "Tanpa batas waktu (menunggu jawaban pelapor)" in page and page.count("Tanpa batas waktu") == 1
    assert "Tidak perlu tindakan lagi" in page, "«Tanpa batas waktu» under the archived one read as work still open"


def test_overdue_complaints_are_marked(people, login_as, clock):
    file(people["citizen"])
    clock.advance(days=7)
    page = login_as(VERIFIER).get("/?overdue=1").get_data(as_text=True)
    assert listed(page) == ["LPR-1"] and 'class="overdue">terlambat' in page and "is-overdue" in page


def test_a_complaint_returned_weeks_after_filing_is_not_late_for_the_verifier(people, login_as, clock):
    filed_and_forwarded(people)
    clock.advance(days=45)
    people["dlh1"].says("KEMBALIKAN LPR-1 Bukan kewenangan kami, ini jalan provinsi")
    client = login_as(VERIFIER)
    page = client.get("/").get_data(as_text=True)
    assert listed(page) == ["LPR-1"] and 'class="overdue">terlambat' not in page and "3 hari kerja lagi" in page
    assert listed(client.get("/?overdue=1").get_data(as_text=True)) == []


def test_a_visitor_is_sent_to_log_in(staff_client):
    assert staff_client.get("/?q=sampah").headers["Location"].startswith("/masuk?next=")


def test_an_agency_that_returned_a_complaint_is_not_suggested_first_again(people, login_as, app):
    from tests.parties import complaint

    file(people["citizen"], description=WASTE + ", jalannya juga berlubang dan rusak")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says("KEMBALIKAN LPR-1 Bukan kewenangan kami, ini jalan kabupaten")
    stored = [s["code"] for s in complaint(app, 1).routing_suggestions]
    assert stored[0] == "DLH" and len(stored) > 1, stored
    client = login_as(VERIFIER)
    queue_page = client.get("/").get_data(as_text=True)
    assert f"Saran instansi: <strong>{stored[1]}</strong>" in queue_page
    picker = client.get("/pengaduan/1").get_data(as_text=True)
    assert picker.index(f'value="{stored[1]}"') < picker.index('value="DLH"')
    assert "dikembalikan instansi ini" in picker.split('value="DLH"')[1].split("</li>")[0]


def test_a_complaint_not_yet_announced_says_its_suggestion_is_on_its_way_in_the_queue_and_its_file(people, login_as,
                                                                                                     svc):
    """An SP4N-LAPOR! import lands in the verifier's list before the announce pass has scored it: the row had no
    suggestion line and the download no word of it, as if the router had nothing to say."""
    import csv
    import io

    from models import Complaint

    file(people["citizen"])
    file(people["citizen2"], description=ROAD)
    with svc.session_factory.begin() as session:  # LPR-2 as an import leaves it: not announced, never scored
        waiting = session.scalars(select(Complaint).where(Complaint.number == 2)).one()
        waiting.announced_at, waiting.routing_suggestions, waiting.source = None, None, "lapor"
    client = login_as(VERIFIER)
    rows = client.get("/").get_data(as_text=True).split('class="queue-item')
    assert "Saran instansi: <strong>DLH</strong>" in rows[1] and "Saran instansi: sedang disiapkan" in rows[2]
    sheet = list(csv.DictReader(io.StringIO(client.get("/unduh/antrean.csv").get_data(as_text=True).lstrip("\ufeff"))))
    assert [(row["Referensi"], row["Saran Instansi"].split(" ")[0]) for row in sheet] == \
        [("LPR-1", "DLH"), ("LPR-2", "Sedang")]
    assert sheet[1]["Saran Instansi"] == "Sedang disiapkan"
    assert "Saran Instansi" in login_as(SUPERVISOR).get("/unduh/antrean.csv").get_data(as_text=True)
    picker = client.get("/pengaduan/2").get_data(as_text=True)  # the agency picker: no suggestion yet, and why
    assert "Saran instansi sedang disiapkan" in picker and "saran 87%" not in picker
    assert "Saran instansi sedang disiapkan" not in client.get("/pengaduan/1").get_data(as_text=True)


def test_staff_who_may_see_a_reporter_find_complaints_by_name_and_verifiers_by_number(people, login_as, svc):
    from models import AuditEntry

    file(people["citizen"])                                   # LPR-1 Siti Rahma, biasa
    file(people["citizen2"], description=ROAD, privacy="3")   # LPR-2 Ahmad, anonim
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["verifier"].says("TERUSKAN LPR-2 DLH")
    verifier = login_as(VERIFIER)
    assert listed(verifier.get("/?view=semua&q=siti+rahma").get_data(as_text=True)) == ["LPR-1"]
    assert listed(verifier.get("/?view=semua&q=ahmad").get_data(as_text=True)) == ["LPR-2"]
    for typed in ("0812-3456-7890", "+62 812 3456 7890", "6281234567890"):
        assert listed(verifier.get(f"/?view=semua&q={typed}").get_data(as_text=True)) == ["LPR-1"], typed
    for phone in (SUPERVISOR, DLH_1):
        client = login_as(phone)
        assert listed(client.get("/?view=semua&q=siti").get_data(as_text=True)) == ["LPR-1"]
        assert listed(client.get("/?view=semua&q=ahmad").get_data(as_text=True)) == [], "an anonim reporter"
        assert listed(client.get("/?view=semua&q=081234567890").get_data(as_text=True)) == [], "numbers: verifiers"
    with svc.session_factory() as session:
        logged = session.scalars(select(AuditEntry).where(AuditEntry.action == "cari_identitas")).all()
        assert [(e.actor.phone, e.detail["references"], e.detail["query"]) for e in logged] == [
            (VERIFIER, ["LPR-2"], "ahmad")], "finding an anonim complaint by its reporter is logged"


def test_a_search_by_name_logs_every_protected_complaint_it_found_not_only_the_page_shown(people, login_as, svc,
                                                                                          world, unlimited_filing):
    """The log said what the first page showed: a search whose anonim hit sat on page 2 left no trace, though the
    list counted it, and the count logged was the page's."""
    from models import AuditEntry

    file(people["citizen2"], description=ROAD, privacy="3")   # LPR-1 Ahmad, anonim: the oldest, on page 2
    namesake = Party(world, "+6281234567001", "Ahmad Fauzi")
    for _ in range(25):
        file(namesake, photo=False)                          # LPR-2..26, biasa: page 1
    page = login_as(VERIFIER).get("/?view=semua&q=ahmad").get_data(as_text=True)
    assert "LPR-1" not in listed(page) and "26 laporan" in page
    login_as(VERIFIER).get("/?view=semua&q=LPR-1")  # a reference is no search by identity
    with svc.session_factory() as session:
        logged = session.scalars(select(AuditEntry).where(AuditEntry.action == "cari_identitas")).all()
        assert [(e.detail["references"], e.detail["count"], e.detail["query"]) for e in logged] == [
            (["LPR-1"], 1, "ahmad")]


def test_a_search_with_a_typo_finds_similar_words_on_postgresql(people, login_as, svc):
    file(people["citizen"])
    file(people["citizen2"], description=ROAD)                # "... berlubang besar ..."
    page = login_as(VERIFIER).get("/?view=semua&q=jalan+berlubng").get_data(as_text=True)
    dialect = svc.session_factory.kw["bind"].dialect.name
    if dialect == "postgresql":
        assert listed(page) == ["LPR-2"] and "Tidak ada yang persis cocok dengan «jalan berlubng»" in page
    else:  # SQLite searches exactly
        assert listed(page) == [] and "persis cocok" not in page
    exact = login_as(VERIFIER).get("/?view=semua&q=jalan+berlubang").get_data(as_text=True)
    assert listed(exact) == ["LPR-2"] and "persis cocok" not in exact


@pytest.mark.parametrize("typed", ["LPR-1", "lpr 1", "#1", "TPS pasar"])
def test_a_search_that_finds_nothing_to_do_points_to_all_complaints(people, login_as, typed):
    """A verifier typed LPR-1, already forwarded, in the queue's box: 'no complaint matches', as if it did not exist."""
    file(people["citizen"], description=WASTE)
    file(people["citizen2"], description=ROAD)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    page = login_as(VERIFIER).get("/", query_string={"q": typed}).get_data(as_text=True)
    assert "Di «Semua laporan» ada 1 laporan yang cocok, tetapi tidak sedang menunggu tindakan Anda." in page
    link = re.search(r'<a href="([^"]+)">Lihat di «Semua laporan»</a>', page).group(1)
    assert "view=semua" in link and "LPR-1" in login_as(VERIFIER).get(link.replace("&amp;", "&")).get_data(as_text=True)


def test_references_pasted_together_say_which_wait_in_all_complaints(people, login_as, typed="LPR-1, LPR-2"):
    """'LPR-1, LPR-2' pasted from a message listed LPR-2 alone, without a word that LPR-1 (already forwarded) exists."""
    file(people["citizen"], description=WASTE)
    file(people["citizen2"], description=ROAD)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    page = login_as(VERIFIER).get("/", query_string={"q": typed}).get_data(as_text=True)
    assert listed(page) == ["LPR-2"]
    assert "Di «Semua laporan» ada 1 laporan lain yang cocok, yang tidak sedang menunggu tindakan Anda." in page
    link = re.search(r'<a href="([^"]+)">Lihat di «Semua laporan»</a>', page).group(1)
    assert sorted(listed(login_as(VERIFIER).get(link.replace("&amp;", "&")).get_data(as_text=True))) == [
        "LPR-1", "LPR-2"]
    assert "tidak ditemukan" not in page
    # a typo among them (LPR-99 for LPR-9) was left out without a word: it looked like it needed nothing
    client = login_as(VERIFIER)
    for typed_too in ("LPR-1, LPR-2, LPR-99", "#99 #2", "lpr 99 dan 2"):
        mistyped = client.get("/", query_string={"q": typed_too}).get_data(as_text=True)
        assert listed(mistyped) == ["LPR-2"] and "LPR-99 tidak ditemukan." in mistyped, typed_too
    alone = client.get("/?view=semua&q=LPR-99").get_data(as_text=True)
    assert "LPR-99 tidak ditemukan." in alone


def test_a_search_for_another_agencys_complaint_hints_at_nothing(people, login_as):
    file(people["citizen"], description=WASTE)
    file(people["citizen2"], description=ROAD)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["verifier"].says("TERUSKAN LPR-2 PUPR")
    page = login_as(DLH_1).get("/?q=LPR-2").get_data(as_text=True)
    assert "Tidak ada laporan yang cocok" in page and "Semua laporan» ada" not in page
    # another agency's complaint reads as one that does not exist: the same words, nothing learned
    officer = login_as(DLH_1)
    other, missing = (officer.get(f"/?view=semua&q={ref}").get_data(as_text=True) for ref in ("LPR-2", "LPR-99"))
    assert "LPR-2 tidak ditemukan." in other and "LPR-99 tidak ditemukan." in missing


@pytest.mark.parametrize(("path", "current"), [("/", "Perlu tindakan"),
                                              ("/?view=semua&status=proses", "Semua laporan")])
def test_the_list_shown_is_marked_among_the_two(login_as, path, current):
    """«Perlu tindakan · Semua laporan» were two alike links: which list was on the screen was not said."""
    page = login_as(VERIFIER).get(path).get_data(as_text=True)
    marked = re.findall(r'<a [^>]*aria-current="page"[^>]*>([^<]+)</a>', page)
    assert current in marked and len([m for m in marked if m in ("Perlu tindakan", "Semua laporan")]) == 1
    assert re.search(r'<nav aria-label="Menu utama">.*aria-current="page"[^>]*>Antrean</a>', page, re.S)


@pytest.mark.parametrize(("path", "clearable"), [("/", False), ("/?view=semua", False), ("/?page=1", False),
                                                 ("/?q=jalan", True), ("/?view=semua&kind=aspirasi", True),
                                                 ("/?status=hilang", True), ("/?overdue=1", True)])
def test_clearing_the_filters_is_offered_only_when_something_is_filtered(login_as, path, clearable):
    """«Hapus saringan» stood beside an unfiltered list, where it did nothing."""
    assert ("Hapus saringan" in login_as(VERIFIER).get(path).get_data(as_text=True)) is clearable


def empty_note(html: str) -> str:
    found = re.search(r'<p class="card">((?:Tidak|Belum) ada laporan.*?)</p>', html, re.S)
    return re.sub(r"<[^>]+>", "", found.group(1)).strip()


@pytest.mark.parametrize(("phone", "path"), [(VERIFIER, "/"), (VERIFIER, "/?view=semua"), (VERIFIER, "/?q=jembatan"),
                                             (VERIFIER, "/?view=semua&q=jembatan+roboh"), (DLH_1, "/?q=LPR-1"),
                                             (SUPERVISOR, "/?view=semua&kind=aspirasi")])
def test_every_empty_list_says_so_in_a_whole_sentence(login_as, phone, path):
    """«Tidak ada laporan yang cocok dengan saringan ini» ended without a full stop."""
    note = empty_note(login_as(phone).get(path).get_data(as_text=True))
    assert note.endswith((".", "!")) and "!." not in note and ".." not in note, note


@pytest.mark.parametrize(("phone", "expected"), [(DLH_1, "Belum ada laporan yang didisposisikan ke DLH."),
                                                 (DLH_HEAD, "Belum ada laporan yang didisposisikan ke DLH."),
                                                 (SUPERVISOR, "Belum ada laporan.")])
def test_an_agencys_empty_list_of_everything_says_whose_it_is(people, login_as, phone, expected):
    """An officer's empty «Semua laporan» read «Belum ada laporan.» while the region had complaints, none of them
    their agency's."""
    if phone != SUPERVISOR:
        file(people["citizen"], description=ROAD)
        people["verifier"].says("TERUSKAN LPR-1 PUPR")
    assert empty_note(login_as(phone).get("/?view=semua").get_data(as_text=True)) == expected


def test_an_empty_search_pointing_elsewhere_reads_as_sentences(people, login_as):
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    note = empty_note(login_as(VERIFIER).get("/?q=LPR-1").get_data(as_text=True))
    assert ".." not in note and "!." not in note and note.endswith("Lihat di «Semua laporan»."), note


def test_a_finished_complaint_in_all_complaints_names_the_agency_that_answered(people, login_as):
    """«Selesai: 05/12/2026 10.00» in «Semua laporan» said nothing of who answered it."""
    filed_and_forwarded(people)
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut")
    for phone in (VERIFIER, SUPERVISOR, DLH_1):
        page = login_as(phone).get("/?view=semua").get_data(as_text=True)
        meta = re.search(r'<p class="meta">(Selesai[^<]*|Dijawab[^<]*)</p>', page)
        assert meta and "DLH" in meta.group(1), (phone, meta and meta.group(1))


def test_an_agencys_answer_to_a_complaint_another_agency_still_holds_reads_as_answered(people, login_as):
    """The PUPR head's «Semua laporan» read «Tanpa batas waktu · dijawab PUPR» for a complaint PUPR had answered
    while DISHUB still worked on it: as if PUPR's own work had no deadline, not as done."""
    file(people["citizen"], description=ROAD)
    people["verifier"].says("TERUSKAN LPR-1 PUPR, DLH")
    people["pupr"].says("SELESAI LPR-1 Jalan sudah ditambal")
    for phone in (PUPR_1, DLH_HEAD):
        page = login_as(phone).get("/?view=semua").get_data(as_text=True)
        meta = re.search(r'<p class="meta">((?:Batas|Dijawab|Tanpa|Selesai)[^<]*)</p>', page).group(1)
        assert ("Dijawab selesai" in meta and "PUPR" in meta) if phone == PUPR_1 else "Batas" in meta, (phone, meta)
        assert "Tanpa batas waktu" not in meta, (phone, meta)


def next_link(html: str) -> str | None:
    """Where the complaint page's «Berikutnya» leads (None when it offers none)."""
    found = re.search(r'<a href="([^"]+)" rel="next">Berikutnya', html)
    return found.group(1).replace("&amp;", "&") if found else None


def test_the_complaint_page_leads_on_to_the_next_complaint_of_the_list(people, login_as):
    """A verifier forwarding a morning's complaints on a phone went back to the queue and scrolled for the next one
    after each: the page leads on to the next of the list it was opened from, and after an action that took the
    complaint off the list, to the list's new first."""
    file(people["citizen"], description=WASTE)
    file(people["citizen2"], description=ROAD, photo=False)
    file(people["citizen"], description="Lampu jalan depan masjid Desa Banyuanyar mati dua minggu", photo=False)
    client = login_as(VERIFIER)
    assert next_link(client.get("/pengaduan/1").get_data(as_text=True)) == "/pengaduan/2"
    assert next_link(client.get("/pengaduan/3").get_data(as_text=True)) is None, "the last of the list"
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert next_link(client.get("/pengaduan/1").get_data(as_text=True)) == "/pengaduan/2"
    people["verifier"].says("TERUSKAN LPR-2 PUPR")
    assert next_link(client.get("/pengaduan/1").get_data(as_text=True)) == "/pengaduan/3"
    carried = client.get("/pengaduan/3?antrean=view%3Dsemua").get_data(as_text=True)
    assert next_link(carried) == "/pengaduan/2?antrean=view%3Dsemua", "the list it came from, newest first"
    assert next_link(login_as(DLH_1).get("/pengaduan/1").get_data(as_text=True)) is None, "nothing else for DLH"



def test_all_complaints_marks_a_disposition_waiting_for_the_citizen_as_the_queue_does(people, login_as):
    """«Perlu tindakan» marked an agency's question waiting for the citizen, «Semua laporan» showed the same row
    as plain work with its deadline."""
    filed_and_forwarded(people)
    people["dlh1"].says("INFO LPR-1 Mohon kirim foto titik tumpukan sampahnya")
    for path in ("/", "/?view=semua"):
        page = login_as(DLH_1).get(path).get_data(as_text=True)
        assert '<span class="badge badge-note">Menunggu jawaban pelapor</span>' in page, path
    people["citizen"].says("Ini fotonya pak, di samping gerbang pasar")
    answered = login_as(DLH_1).get("/?view=semua").get_data(as_text=True)
    assert "Menunggu jawaban pelapor" not in answered, "the answer came: no longer waiting"


def test_a_complaint_forwarded_outside_the_region_names_where_it_went(people, login_as, svc, clock):
    """LPR-1, forwarded to PLN (outside the region, through SP4N-LAPOR!), read «Belum ditindaklanjuti · Tanpa batas
    waktu» in «Semua laporan», where a row forwarded to DLH names DLH and its deadline: the verifier could not tell
    it had been sent anywhere."""
    from tests import factories

    with svc.session_factory.begin() as session:  # filed as the chat files it, without walking the chat
        factories.complaint(session, clock.now, svc.region, description="Listrik padam, tiang listrik miring")
    people["verifier"].says("TERUSKAN LPR-1 PLN")
    page = login_as(SUPERVISOR).get("/?view=semua").get_data(as_text=True)
    meta = re.findall(r'<p class="meta">([^<]*(?:PLN|Tanpa batas)[^<]*)</p>', page)
    assert meta and "Diteruskan ke PLN lewat SP4N-LAPOR! (di luar kewenangan daerah)" in meta[0], meta
    assert "Tanpa batas waktu" not in page
    # its page read «Batas -» and «Sisa -», as if a deadline were missing
    complaint = login_as(VERIFIER).get("/pengaduan/1").get_data(as_text=True)
    cells = {label: " ".join(re.sub(r"<[^>]+>", "", value).split())
             for label, value in re.findall(r'<td data-label="(Batas|Sisa)">(.*?)</td>', complaint, re.S)}
    assert cells == {"Batas": "Tanpa batas waktu daerah", "Sisa": "Diikuti lewat SP4N-LAPOR!"}, cells


HELD = "Pemegang Disposisi Terlambat"  # the downloads' column


def sheet(client, path: str) -> dict[str, dict[str, str]]:
    """A CSV download's rows by reference."""
    text = client.get(path).get_data(as_text=True).lstrip("\ufeff")
    return {row["Referensi"]: row for row in csv.DictReader(io.StringIO(text))}


def rows(html: str) -> dict[str, str]:
    """Each listed complaint's row (reference → its HTML)."""
    found = {}
    for row in html.split('<li class="queue-item')[1:]:
        reference = re.search(r"<strong>(LPR-\d+)</strong>", row)
        found[reference.group(1)] = row.split("</li>")[0]
    return found


def test_a_head_and_a_supervisor_see_who_holds_each_late_complaint(people, login_as, clock):
    """Which complaints are late said nothing of which officer to chase: the officer a head handed it to (ALIHKAN),
    else the agency's officers at work (one on leave left out), beside each late row and on its page."""
    from tests.parties import two_at_dlh

    two_at_dlh(people)
    people["head"].says("ALIHKAN LPR-1 Eko")
    people["head"].says("CUTI Dewi 31/12/2026")
    clock.advance(days=30)
    for phone, path in [(DLH_HEAD, "/?overdue=1"), (DLH_HEAD, "/"), (SUPERVISOR, "/?view=semua&overdue=1"),
                        (SUPERVISOR, "/?view=semua")]:
        client = login_as(phone)
        shown = rows(client.get(path).get_data(as_text=True))
        assert sorted(shown) == ["LPR-1", "LPR-2"], path
        assert "dialihkan ke Eko" in shown["LPR-1"] and "Dewi" not in shown["LPR-1"], path
        assert "dipegang petugas: Eko" in shown["LPR-2"] and "Dewi" not in shown["LPR-2"], path  # on leave
        # the list's download had no word of it: the same words, in a column of their own
        held = {ref: row[HELD] for ref, row in sheet(client, f"/unduh/antrean.csv{path[1:]}").items()}
        assert held == {"LPR-1": "Terlambat di DLH · dialihkan ke Eko",
                        "LPR-2": "Terlambat di DLH · dipegang petugas: Eko"}, path
    assert {row[HELD] for row in sheet(login_as(DLH_1), "/unduh/antrean.csv").values()} == {""}, \
        "an officer's list names nobody to chase, nor does their file"
    page = login_as(DLH_HEAD).get("/pengaduan/1").get_data(as_text=True)
    assert "Dialihkan ke Eko" in page
    assert '<td data-label="Instansi"><div>' in page, "one box: a stacked cell put line 2 under its label"
    page = login_as(SUPERVISOR).get("/pengaduan/2").get_data(as_text=True)
    assert "Dipegang petugas: Eko" in page, "the list's words"
    people["head"].says("CUTI Eko 31/12/2026")  # every officer away: the head reads the reminders, and is named
    shown = rows(login_as(SUPERVISOR).get("/?view=semua&overdue=1").get_data(as_text=True))
    assert all("tidak ada petugas yang bertugas; dibaca kepala: Yusuf" in row for row in shown.values()), shown


def test_a_complaint_not_late_names_nobody_in_the_list(people, login_as):
    from tests.parties import two_at_dlh

    two_at_dlh(people)
    client = login_as(DLH_HEAD)
    shown = rows(client.get("/").get_data(as_text=True))
    assert sorted(shown) == ["LPR-1", "LPR-2"] and not any("Terlambat di" in row for row in shown.values())
    assert {row[HELD] for row in sheet(client, "/unduh/antrean.csv").values()} == {""}


@pytest.mark.parametrize(("kind", "said"), [(None, "cuti"), ("dinas luar", "dinas luar"), ("izin", "izin"),
                                            ("sakit", "sakit")])
def test_a_late_complaint_handed_to_an_officer_on_leave_says_so_and_who_reads_it_now(
        people, login_as, svc, clock, kind, said):
    """ALIHKAN's officer on leave: the late row read «dipegang petugas: Dewi» with no word of Eko, to whom the head
    had handed it (the head asked «why is Dewi on it?»). It says Eko is away, until when, and who reads it meanwhile,
    as the reminders go (`officers_for`); with every officer away, the head."""
    from lapor.directory import mark_away
    from models import Contact
    from tests.parties import two_at_dlh

    two_at_dlh(people)
    people["head"].says("ALIHKAN LPR-1 Eko")
    clock.advance(days=30)
    with svc.session_factory.begin() as session:
        eko = session.scalars(select(Contact).where(Contact.phone == DLH_2)).one()
        mark_away(session, eko, clock.now + timedelta(days=5), clock.now, kind=kind)
    away = f"dialihkan ke Eko, yang sedang {said} (aktif lagi Senin, 28 Des 2026); dipegang petugas: Dewi"
    client = login_as(SUPERVISOR)
    shown = rows(client.get("/?view=semua&overdue=1").get_data(as_text=True))
    assert f"Terlambat di DLH · {away}" in " ".join(shown["LPR-1"].split()), shown["LPR-1"]
    assert sheet(client, "/unduh/antrean.csv?view=semua&overdue=1")["LPR-1"][HELD] == f"Terlambat di DLH · {away}"
    page = " ".join(client.get("/pengaduan/1").get_data(as_text=True).split())
    assert f"D{away[1:]}" in page, "its page says the same under the disposition"
    assert "Eko, yang sedang" not in rows(client.get("/?view=semua").get_data(as_text=True))["LPR-2"], \
        "a complaint nobody handed to Eko names nobody away"
    mine = " ".join(rows(login_as(DLH_1).get("/").get_data(as_text=True))["LPR-1"].split())
    assert f"Dialihkan kepala ke Eko, yang sedang {said} (aktif lagi Senin, 28 Des 2026); dipegang petugas: Dewi" \
        in mine, "Dewi's list said it was Eko's, while its reminders came to her"


def test_an_officer_s_list_says_which_complaints_the_head_handed_to_whom(people, login_as):
    """What is mine: the chat's DAFTAR leaves out what the head handed to a colleague (ALIHKAN); the web listed it
    as anyone's work, without a word. The row says to whom, or «Anda»; one handed to nobody says nothing."""
    from tests.parties import two_at_dlh

    two_at_dlh(people)
    people["head"].says("ALIHKAN LPR-1 Eko")
    dewi = rows(login_as(DLH_1).get("/").get_data(as_text=True))
    eko = rows(login_as(DLH_2).get("/").get_data(as_text=True))
    assert "Dialihkan kepala ke Eko" in dewi["LPR-1"] and "Dialihkan" not in dewi["LPR-2"]
    assert "Dialihkan kepala kepada Anda" in eko["LPR-1"] and "Dialihkan" not in eko["LPR-2"]


def _download_order(client, path: str) -> list[str]:
    data = client.get(path).get_data(as_text=True).lstrip("\ufeff")
    return [row["Referensi"] for row in csv.DictReader(io.StringIO(data))]


@pytest.mark.parametrize(("phone", "query"), [
    (VERIFIER, ""),                                  # oldest wait first: LPR-5 was returned to the verifiers
    (VERIFIER, "view=semua"),                        # newest first
    (SUPERVISOR, "view=semua&agency=DLH"),
    (DLH_1, ""),                                     # the agency's soonest deadline first
    (DLH_1, "view=semua"),
    (DLH_1, "q=sampah"),                             # a search keeps the list's order
    (VERIFIER, "view=semua&status=belum_ditindaklanjuti"),
])
def test_a_lists_download_holds_its_rows_in_the_order_the_page_shows(people, login_as, app, clock, phone, query):
    """The queue lists newest first (or soonest deadline, or longest wait), its CSV/XLSX held the same rows by
    number: a head who printed «Perlu tindakan» read it in another order than the screen. The download follows
    the page's order and filters."""
    from models import Complaint, Disposition
    from services import services

    for _ in range(5):
        file(people["citizen"])
        clock.advance(minutes=5)
    for number in (1, 2, 3, 4, 5):
        people["verifier"].says(f"TERUSKAN LPR-{number} DLH")
    people["dlh1"].says("KEMBALIKAN LPR-5 bukan kewenangan DLH, mohon dicek")
    with services(app).session_factory.begin() as session:  # deadlines in another order than the numbers
        for number, days in ((1, 5), (2, 1), (3, 3), (4, 2)):
            disposition = session.scalars(select(Disposition).join(Complaint).where(Complaint.number == number)).one()
            disposition.due_at = clock.now + timedelta(days=days)
    client = login_as(phone)
    shown = listed(client.get(f"/?{query}").get_data(as_text=True))
    assert len(shown) >= 2 and shown != sorted(shown) or phone == VERIFIER and query == "", shown
    for suffix in ("csv", "xlsx"):
        if suffix == "xlsx":
            import openpyxl
            book = openpyxl.load_workbook(io.BytesIO(client.get(f"/unduh/antrean.xlsx?{query}").data))
            got = [row[0] for row in book.active.iter_rows(min_row=2, values_only=True)]
        else:
            got = _download_order(client, f"/unduh/antrean.csv?{query}")
        assert got == shown, (suffix, got, shown)


TITLES = [
    ("/", "Antrean · Penghubung"),
    ("/?view=semua", "Semua laporan · Penghubung"),
    ("/?view=semua&page=1", "Semua laporan · Penghubung"),  # page 2: test_search_and_filters_stay_in_the_url…
    ("/?view=semua&q=sampah", "Cari «sampah» · Semua laporan · Penghubung"),
    ("/?q=LPR-1", "Cari «LPR-1» · Antrean · Penghubung"),
    ("/?view=semua&q=%3Cb%3E", "Cari «&lt;b&gt;» · Semua laporan · Penghubung"),
]


def test_the_tab_title_names_the_list_its_search_and_page(people, login_as, svc, clock):
    """Tried by hand with two tabs: «Perlu tindakan», «Semua laporan», a search and page 2 were each titled
    «Antrean · Penghubung» (the heading of «Semua laporan» said «Semua laporan»): the tabs, the history and a
    screen reader's first words could not tell them apart."""
    from tests import factories

    with svc.session_factory.begin() as session:
        for _ in range(2):
            factories.complaint(session, clock.now, svc.region, description=WASTE)
    client = login_as(VERIFIER)
    for path, title in TITLES:
        page = client.get(path).get_data(as_text=True)
        assert re.search(r"<title>(.*?)</title>", page, re.S).group(1).strip() == title, path


def test_a_deadline_today_or_tomorrow_is_said_with_its_time_in_the_queue_and_on_the_page(people, login_as, clock):
    """Forwarded on Monday 23 Nov at 10:00: due Friday 11 Dec at 10:00. The queue and the complaint's page say
    «besok pukul 10.00», then «hari ini pukul 10.00» (an answer at 14:00 that day is late), as WhatsApp does
    (`bot.messages.deadline_words`); a deadline at the close of the day is the day alone."""
    from datetime import UTC, datetime

    filed_and_forwarded(people)
    file(people["citizen2"], description=ROAD)
    clock.now = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # 17:00 in Jakarta: counted from Tuesday 08:00
    people["verifier"].says("TERUSKAN LPR-2 DLH")

    def said(hour, day):
        clock.now = datetime(2026, 12, day, hour - 7, 0, tzinfo=UTC)
        client = login_as(DLH_1)
        metas = re.findall(r"Batas: ([^<(]*) \(", client.get("/").get_data(as_text=True))
        cell = re.search(r'<td data-label="Batas">(.*?)</td>', client.get("/pengaduan/1").get_data(as_text=True))
        return metas, cell.group(1)

    assert said(9, 1) == (["11 Des 2026 pukul 10.00", "11 Des 2026"], "11 Des 2026 pukul 10.00")  # LPR-2: 16.00
    assert said(15, 10) == (["besok pukul 10.00", "besok"], "besok pukul 10.00")
    assert said(8, 11) == (["hari ini pukul 10.00", "hari ini"], "hari ini pukul 10.00")
    assert said(14, 11) == (["hari ini pukul 10.00", "hari ini"], "hari ini pukul 10.00")
    assert said(17, 11)[0] == ["hari ini pukul 10.00", "hari ini pukul 16.00"]  # both gone by: their times


def test_an_officers_row_says_the_citizen_added_something_after_the_answer(people, login_as, world, clock):
    """The officer's TL reached the citizen, who wrote back «belum ada petugas yang datang»: the officer's list
    showed the row as before. It says «Tambahan dari pelapor» until the agency writes again."""
    from lapor import complaints
    from models import Complaint
    from services import services

    filed_and_forwarded(people, photo=False)
    people["dlh1"].says("TL LPR-1 Petugas dijadwalkan ke lokasi besok")
    officer = login_as(DLH_1)
    assert "Tambahan dari pelapor" not in officer.get("/").get_data(as_text=True)
    with services(world).session_factory.begin() as session:
        complaints.add_evidence(session, session.scalars(select(Complaint)).one(), "belum ada petugas yang datang",
                                clock.advance(hours=2))
    assert "Tambahan dari pelapor" in officer.get("/").get_data(as_text=True)
    people["dlh1"].says("TL LPR-1 Maaf, petugas datang siang ini")
    assert "Tambahan dari pelapor" not in officer.get("/").get_data(as_text=True)



@pytest.mark.parametrize(("phone", "shown"), [(SUPERVISOR, True), (VERIFIER, False), (DLH_HEAD, False)])
def test_a_supervisors_first_page_leads_to_what_is_late(filed, login_as, phone, shown):  # noqa: F811
    """A Sekda's «Perlu tindakan» is the verifiers' list (complaints waiting to be verified, not theirs to do);
    what WhatsApp escalates to them, the complaints past their deadline, was a filter and a checkbox away. Their
    first page says how many are late across the agencies and links to that list (LPR-1 at DLH, an hour late);
    a verifier's and an agency's pages (their own work, soonest deadline first) say nothing more."""
    client = login_as(phone)
    page = client.get("/").get_data(as_text=True)
    found = re.search(r'<p class="card late-note">(.*?)</p>', page, re.S)
    assert bool(found) is shown
    if not shown:
        return
    assert "1 laporan lewat batas" in found.group(1), found.group(1)
    assert "1 di instansi" in " ".join(found.group(1).split()) and "verifikasi" not in found.group(1), found.group(1)
    link = re.search(r'href="([^"]+)"', found.group(1)).group(1).replace("&amp;", "&")
    assert "view=semua" in link and "overdue=1" in link
    listed = client.get(link).get_data(as_text=True)
    assert re.findall(r'class="ref">(LPR-\d+)', listed) == ["LPR-1"] or "LPR-1" in listed
    assert "LPR-2" not in listed and "LPR-3" not in listed


def test_the_late_note_tells_late_verification_apart_from_the_agencies(people, login_as, clock):
    """The note counted every complaint past a deadline (`overdue=True`) and said «lewat batas di seluruh instansi»,
    but a complaint late for verification is with no agency yet: it is named as waiting for verification."""
    file(people["citizen"])
    clock.advance(days=7)
    found = re.search(r'<p class="card late-note">(.*?)</p>', login_as(SUPERVISOR).get("/").get_data(as_text=True),
                      re.S)
    note = " ".join(found.group(1).split())
    assert "1 laporan lewat batas" in note and "1 menunggu verifikasi" in note, note
    assert "instansi" not in note, note


def test_the_late_note_names_both_kinds_of_lateness(filed, login_as, clock):  # noqa: F811
    """LPR-1 late at DLH, and a new complaint waiting a week for verification."""
    filed["citizen2"].file(description=ROAD + " lagi", place="Jl. Merdeka", photo=None, privacy="1")
    clock.advance(days=7)
    found = re.search(r'<p class="card late-note">(.*?)</p>', login_as(SUPERVISOR).get("/").get_data(as_text=True),
                      re.S)
    note = " ".join(found.group(1).split())
    assert "laporan lewat batas" in note and "1 menunggu verifikasi" in note and "di instansi" in note, note


def test_no_late_note_when_nothing_is_late(people, login_as):
    assert 'class="card late-note"' not in login_as(SUPERVISOR).get("/").get_data(as_text=True)


@pytest.mark.parametrize("phone", [DLH_1, DLH_HEAD])
def test_an_agencys_first_page_says_how_to_answer_on_the_web_and_on_whatsapp(people, login_as, phone):
    """An officer's first page said «Disposisi terbuka DLH, batas terdekat di atas.» and nothing of what to do with
    them: a newcomer did not know an answer is sent from the complaint's page, nor that the WhatsApp commands
    they were told about do the same."""
    filed_and_forwarded(people)
    page = login_as(phone).get("/").get_data(as_text=True)
    hint = re.search(r'<p class="hint">(.*?)</p>', page, re.S).group(1)
    assert "Disposisi terbuka DLH" in hint
    assert "Buka laporannya untuk mengirim tindak lanjut atau jawaban akhir" in hint, hint
    assert "<strong>TL LPR-1 teks</strong>" in hint and "<strong>SELESAI LPR-1 teks</strong>" in hint, hint
    assert "Buka laporannya" not in login_as(VERIFIER).get("/").get_data(as_text=True)


SEARCH_HINT = "Periksa ejaannya, coba satu kata saja, atau ketik nomor laporannya, misalnya LPR-12."
FILTER_HINT = "Longgarkan saringannya, atau tekan «Hapus saringan»."


@pytest.mark.parametrize(("phone", "path"), [
    (VERIFIER, "/?q=sampha"),  # a typo (SQLite and the exact search: nothing similar is tried)
    (VERIFIER, "/?view=semua&q=jlan+rusak"),
    (VERIFIER, "/?q=Sampah+Pasar+Kota+Baru"),  # more words than any complaint holds
    (DLH_1, "/?q=SAMPHA"),
    (DLH_1, "/?view=semua&q=xyzzy"),
    (SUPERVISOR, "/?view=semua&q=banjir+bandang"),
])
def test_a_search_that_finds_nothing_says_what_to_try_next(people, login_as, phone, path):
    """«Tidak ada laporan yang cocok dengan «sampha».» and nothing more: a verifier who mistyped a word, or typed a
    whole sentence, was left before an empty list without a way on. The note says what to try next."""
    filed_and_forwarded(people, photo=False)
    note = empty_note(login_as(phone).get(path).get_data(as_text=True))
    assert note.startswith("Tidak ada laporan yang cocok dengan «") and note.endswith(SEARCH_HINT), note


@pytest.mark.parametrize(("phone", "path", "hint"), [
    (VERIFIER, "/?view=semua&kind=aspirasi", FILTER_HINT),
    (DLH_1, "/?view=semua&status=diarsipkan", FILTER_HINT),
    (SUPERVISOR, "/?view=semua&kind=informasi&source=whatsapp", FILTER_HINT),
    (VERIFIER, "/?view=semua&kind=aspirasi&q=sampah", SEARCH_HINT),  # a search among filters: both may be at fault
])
def test_a_filter_that_finds_nothing_says_how_to_widen_it(people, login_as, phone, path, hint):
    filed_and_forwarded(people, photo=False)
    note = empty_note(login_as(phone).get(path).get_data(as_text=True))
    assert note.endswith(hint), note
    if hint == SEARCH_HINT:
        assert FILTER_HINT[:-1] in note, "the filters are named as the other way to widen it"


@pytest.mark.parametrize(("phone", "path"), [
    (VERIFIER, "/?q=sampah"),  # nothing waits for the verifier, but «Semua laporan» has it: that link is the way on
    (VERIFIER, "/?view=semua&q=LPR-99"),  # a reference: «LPR-99 tidak ditemukan. Periksa lagi nomornya.»
    (DLH_1, "/?q=LPR-1"),  # found
    (DLH_1, "/?view=semua&q=sampah"),  # found
    (VERIFIER, "/"),  # an empty «Perlu tindakan» is good news, not a failed search
])
def test_a_search_with_its_own_way_on_or_a_result_adds_no_hint(people, login_as, phone, path):
    filed_and_forwarded(people, photo=False)
    page = login_as(phone).get(path).get_data(as_text=True)
    assert SEARCH_HINT not in page and FILTER_HINT not in page
