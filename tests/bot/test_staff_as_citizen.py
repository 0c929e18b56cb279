"""Staff are citizens too: from their staff number, an explicit "ADUAN WARGA" (or "lapor sebagai warga") files a
complaint of their own; while they fill it in, their words go to the draft and commands naming a complaint still
work."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from models import Complaint, Contact
from services import services
from tests.parties import DLH_HEAD, complaint, file, filed_and_forwarded, make_people

ROAD = "Jalan di depan rumah saya di Desa Banyuanyar berlubang dalam, sudah dua motor jatuh minggu ini"


@pytest.fixture
def people(world):
    return make_people(world)


def reporters(world) -> dict[int, str]:
    with services(world).session_factory() as session:
        return {c.number: session.get(Contact, c.citizen_id).phone for c in session.scalars(select(Complaint))}


def test_staff_writing_as_a_citizen_are_told_the_word_that_files_from_this_number(people):
    reply = people["head"].says("mau lapor pak, ini pribadi: sampah di depan rumah saya tidak diangkut seminggu")
    assert "ADUAN WARGA" in reply and "tidak dikenali" not in reply
    assert people["head"].state() == "idle"


@pytest.mark.parametrize("typed", ["ADUAN WARGA", "lapor sebagai warga", "mau mengadu sebagai warga pak"])
def test_an_explicit_word_files_a_complaint_of_ones_own_from_a_staff_number(people, world, typed):
    head = people["head"]
    assert "Jenis laporan" in head.says(typed)
    head.says("1")
    head.says(ROAD)
    head.says("Desa Banyuanyar, Kec. Sampang")
    head.says("LEWATI")
    head.says("1")
    assert "LPR-1" in head.says("KIRIM")
    assert reporters(world) == {1: DLH_HEAD}
    assert head.state() == "idle"
    assert "disposisi terbuka untuk DLH" in head.says("DAFTAR")  # staff again once filed


@pytest.mark.parametrize("typed", [
    "mau lapor sebagai warga, lampu jalan di gang Melati mati sudah sebulan, gelap sekali",
    "Aduan pribadi pak: lampu jalan di gang Melati mati sudah sebulan, gelap sekali",
    "sy mau ngadu sbg warga.\nlampu jalan di gang Melati mati sudah sebulan, gelap sekali"])
def test_the_story_told_after_asking_to_file_as_a_citizen_is_the_complaints_start(people, world, typed):
    reply = people["dlh1"].says(typed)  # asked as a citizen's story is, never told the words that file
    assert '"lampu jalan di gang Melati mati' in reply and "ADUAN WARGA" not in reply, reply
    assert "Jenis laporan" in people["dlh1"].says("YA")
    people["dlh1"].says("1")
    assert "lampu jalan di gang Melati" in (people["dlh1"].draft() or {}).get("description", ""), reply


@pytest.mark.parametrize("story,answer", [
    ("ada warga datang ke kantor lapor lampu jalan di gang Melati mati sudah sebulan", "YA"),
    ("tadi ada ibu2 telpon ngeluh lampu jalan di gang Melati mati sudah sebulan", "ya pak, catat aja"),
    ("wonten warga rawuh, wadul lampu jalan di gang Melati mati sudah sebulan", "nggih"),
    # found by hand: what the citizen said, told with "katanya", "bilang", "cerita" instead of a word of reporting
    ("ada warga datang ke kantor, katanya lampu jalan di gang Melati mati sudah sebulan", "ya pak catat aja"),
    ("tadi ada bapak2 nelpon, bilang lampu jalan di gang Melati mati sudah sebulan", "YA"),
    ("ada ibu2 japri sy cerita lampu jalan di gang Melati mati sudah sebulan", "iya"),
])
def test_yes_to_a_walk_in_story_files_it_from_the_staff_number(people, world, story, answer):
    # The hint to file a citizen's story that came another way was answered YA and got "Baik, terima kasih":
    # YA goes on with the story, straight to the next step of the citizen's filing.
    officer = people["dlh1"]
    assert "balas YA untuk mencatatnya" in officer.says(story)
    reply = officer.says(answer)
    assert "Jenis laporan" in reply and "Sepertinya Anda ingin melapor" not in reply, reply
    officer.says("1")
    assert "lampu jalan di gang Melati mati" in officer.draft().get("description", "")


@pytest.mark.parametrize("who,story,answer", [
    ("dlh1", "saya mau lapor, lampu jalan depan rumah saya mati sudah 2 minggu", "YA"),
    ("dlh1", "mau lapor pak, lampu jalan depan rumah saya mati sudah 2 minggu", "ADUAN WARGA"),
    ("head", "sy mau ngadu bu: lampu jalan depan rumah saya mati sudah 2 minggu", "iya catat aja"),
    ("pupr", "pengen lapor nih, lampu jalan depan rumah saya mati sudah 2 minggu gelap", "aduan warga"),
])
def test_a_staff_members_own_story_is_kept_for_its_filing(people, world, who, story, answer):
    # found by a staff-journey probe: the story of the staff member's own complaint got "kirim: ADUAN WARGA", and
    # the filing then asked for everything again. It is shown back, and YA (or ADUAN WARGA) files it as their own.
    person = people[who]
    offered = person.says(story)
    assert '"lampu jalan depan rumah saya mati' in offered and "ADUAN WARGA" in offered, offered
    reply = person.says(answer)
    assert "pengaduan Anda sendiri" in reply and "disampaikan ke warga" not in reply, reply
    assert "Jenis laporan" in reply and "Ceritakan apa yang terjadi" not in reply, reply
    person.says("1")
    assert "lampu jalan depan rumah saya mati" in person.draft().get("description", "")


@pytest.mark.parametrize("typed", [
    "mau lapor pak, lampu jalan di jl merdeka sudah kami perbaiki",  # progress
    "lapor pak, tim sudah di lokasi",
])
def test_progress_said_as_a_report_is_no_own_complaint(people, world, typed):
    assert "pengaduan Anda sendiri" not in people["dlh1"].says(typed)
    assert "pengaduan Anda sendiri" not in people["dlh1"].says("YA")


def test_no_to_a_walk_in_story_records_nothing_and_a_later_yes_is_not_taken_for_it(people, world):
    officer = people["dlh1"]
    officer.says("ada warga datang ke kantor lapor lampu jalan di gang Melati mati sudah sebulan")
    assert "tidak dicatat" in officer.says("tidak usah pak, warganya mau lapor sendiri")
    assert "Jenis laporan" not in officer.says("ya")
    assert officer.state() == "idle"


def test_while_filing_a_command_naming_a_complaint_works_and_other_words_go_to_the_draft(people, world):
    filed_and_forwarded(people)
    officer = people["dlh1"]
    officer.says("aduan warga")
    officer.says("1")
    assert "Tindak lanjut LPR-1 tercatat" in officer.says("TL LPR-1 truk dijadwalkan besok pagi")
    officer.says("Info saja, lampu jalan di gang Melati sudah mati sebulan, gelap sekali kalau malam")
    assert "Info saja, lampu jalan" in officer.draft()["description"]
    assert complaint(world, 1).status == "proses"


def test_a_draft_left_for_hours_holds_back_no_staff_command(people, world, clock):
    people["dlh1"].says("aduan warga")
    clock.now = clock.now + timedelta(hours=3)
    assert "disposisi terbuka untuk DLH" in people["dlh1"].says("DAFTAR")


def test_the_verifier_is_told_the_reporter_is_staff_of_which_agency(people, world):
    # A complaint of one's own can be about one's own agency: the verifier sees it is a staff number, and whose.
    officer = people["dlh1"]
    officer.says("ADUAN WARGA")
    for answer in ("1", ROAD, "Desa Banyuanyar, Kec. Sampang", "LEWATI", "1", "KIRIM"):
        officer.says(answer)
    notice = next(m for m in people["verifier"].inbox() if m.purpose == "verification" and "Pelapor:" in m.body)
    assert "nomor petugas DLH" in notice.body
    file(people["citizen"])
    citizens = [m for m in people["verifier"].inbox() if m.purpose == "verification" and "LPR-2" in m.body]
    assert citizens and not any("nomor petugas" in m.body for m in citizens)


def own_complaint(person) -> None:
    person.says("ADUAN WARGA")
    for answer in ("1", WASTE_AT_HOME, "Jl. Melati 5, Kec. Sampang", "LEWATI", "1", "KIRIM"):
        person.says(answer)


WASTE_AT_HOME = "Sampah di depan rumah saya di Jl. Melati tidak diangkut sudah dua minggu, baunya menyengat"


@pytest.mark.parametrize("typed", ["TERUSKAN LPR-1 DLH", "teruskan lpr 1 ke dinas lingkungan hidup ya",
                                   "TERUSKAN LPR-1 DLH, PUPR"])
def test_forwarding_a_staff_members_own_complaint_to_their_agency_is_asked_about_first(people, world, typed):
    own_complaint(people["dlh1"])
    asked = people["verifier"].says(typed)
    assert "LPR-1 diadukan sebagai warga oleh petugas DLH sendiri: Dewi" in asked and "Balas YA" in asked
    assert complaint(world, 1).dispositions == []
    assert "diteruskan ke Dinas Lingkungan Hidup" in people["verifier"].says("ya")
    assert "DLH" in [d.agency.code for d in complaint(world, 1).dispositions]


def test_a_staff_members_own_complaint_goes_elsewhere_without_a_question_or_stays_on_no(people, world):
    own_complaint(people["dlh1"])
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert "Tidak ada yang dicatat" in people["verifier"].says("tidak")
    assert complaint(world, 1).dispositions == []
    assert "diteruskan ke Dinas Pekerjaan Umum" in people["verifier"].says("TERUSKAN LPR-1 PUPR")
    own_complaint(people["head"])
    assert "LPR-2 diteruskan ke Dinas Sosial" in people["verifier"].says("TERUSKAN LPR-2 DINSOS")
