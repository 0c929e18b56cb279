"""An agency asking an anonymous reporter who they are: `INFO LPR-1 Mohon info nama dan no HP bapak untuk survei`
reached the citizen as "Pertanyaan dari Dinas Lingkungan Hidup …" with nothing said of their choice, and their
answer ("Budi Santoso 085711112222") reached the officer whole: the agency undid the anonymity by asking. Such a
question is now refused to agencies (the verifier, who sees the identity, may still ask anything)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lapor.bridge.privacy import asks_identity
from models import Complaint
from services import services
from tests.parties import make_people, walked_once
from tests.web.conftest import logged_in

STORY = "Lampu jalan mati total di gang mawar RT 3 sudah seminggu, gelap sekali kalau malam"
ASKING_WHO = [
    "Mohon info nama dan no HP bapak untuk survei lapangan",
    "boleh minta nomor wa bapak?",
    "siapa nama ibu?",
    "nama lengkap pelapor siapa?",
    "NIK bapak berapa ya?",
    "mohon kirim foto KTP",
    "alamat rumah bapak di mana?",
    "bapak bisa dihubungi di nomor berapa?",
    "no telp yang bisa dihubungi?",
    "email anda apa?",
    "Mohon identitas pelapor untuk kelengkapan berkas",
    "kontak bapak/ibu berapa?",
    "rumah bapak di mana?",
    "ibu tinggal di mana?",
    "alamat bapak?",
]
ASKING_WHAT = [
    "nama jalannya apa pak?",
    "nomor rumah yang lampunya mati berapa?",
    "alamat lengkap lokasi kerusakannya di mana?",
    "nomor tiang lampunya berapa?",
    "sejak kapan lampunya mati?",
    "Mohon kirim foto lokasi yang lebih dekat",
    "di depan rumah siapa tepatnya?",
    "nomor pelanggan PLN di tiang itu berapa?",
    # the reporter's home as where the problem is, not asked as where they live
    "apakah air di rumah bapak sudah mengalir lagi?",
    "lampu depan rumah ibu sudah menyala?",
    "genangan di depan rumah bapak setinggi apa?",
]


@pytest.mark.parametrize("question", ASKING_WHO)
def test_questions_about_who_the_reporter_is_are_told_apart(question):
    assert asks_identity(question)


@pytest.mark.parametrize("question", ASKING_WHAT)
def test_questions_about_the_problem_are_not_about_the_reporter(question):
    assert not asks_identity(question)


@walked_once
def _at_dlh(people: dict, privacy: str) -> None:
    people["citizen2"].file(description=STORY, place="Gang Mawar, Kec. Sampang", privacy=privacy)
    people["verifier"].says("TERUSKAN LPR-1 DLH")


def _questions_to(person) -> list[str]:
    return [m.body for m in person.inbox() if m.purpose == "question"]


@pytest.mark.parametrize("question", [ASKING_WHO[0], ASKING_WHO[4]])
def test_an_agency_asking_an_anonymous_reporter_who_they_are_on_whatsapp_is_refused(world, question):
    people = make_people(world)
    _at_dlh(people, "3")
    reply = people["dlh1"].says(f"INFO LPR-1 {question}")
    assert "anonim" in reply and "verifikator" in reply, reply
    assert not _questions_to(people["citizen2"])
    assert "sudah dikirim" in people["dlh1"].says("INFO LPR-1 sebelah mana tepatnya? dekat masjid atau lokasi lain?")
    assert len(_questions_to(people["citizen2"])) == 1  # a question about the problem still goes


def test_an_agency_asking_an_anonymous_reporter_who_they_are_on_the_dashboard_is_refused(world, app):
    people = make_people(world)
    _at_dlh(people, "3")
    page = logged_in(app, people["dlh1"].phone).post("/pengaduan/1/info", {"text": ASKING_WHO[1]},
                                                     token_from="/pengaduan/1", follow_redirects=True)
    assert "anonim" in page.get_data(as_text=True)
    assert not _questions_to(people["citizen2"])


@pytest.mark.parametrize(("privacy", "asker", "command"), [("1", "dlh1", "INFO"), ("2", "dlh1", "INFO"),
                                                          ("3", "verifier", "TUNDA")])
def test_a_biasa_or_rahasia_reporter_or_the_verifier_may_still_be_asked_for_a_number(world, privacy, asker, command):
    people = make_people(world)
    _at_dlh(people, privacy)
    people[asker].says(f"{command} LPR-1 {ASKING_WHO[1]}")
    assert len(_questions_to(people["citizen2"])) == 1


# The verifier, who sees the reporter, writes to them by name; the agency later reads the complaint's history ----

@pytest.mark.parametrize("question", [
    "Selamat pagi Bu Siti, mohon kirim foto lokasinya",
    "ibu siti rahma, mohon kirim foto lokasinya ya",
    "Mbak Rahma mohon kirim foto lokasinya, apakah benar ini nomor 0812-3456-7890?",
])
def test_the_verifiers_question_naming_an_anonymous_reporter_reaches_the_citizen_but_not_the_agency(
        world, app, question):
    people = make_people(world)  # the citizen's WhatsApp name: Siti Rahma
    people["citizen"].file(description=STORY, place="Gang Mawar, Kec. Sampang", privacy="3")
    people["verifier"].says(f"TUNDA LPR-1 {question}")
    asked = _questions_to(people["citizen"])
    assert len(asked) == 1 and question in asked[0]  # the reporter reads it as the verifier wrote it
    people["citizen"].says("baik, nanti sore saya kirim fotonya")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    page = logged_in(app, people["dlh1"].phone).get("/pengaduan/1").get_data(as_text=True)
    assert "mohon kirim foto lokasinya" in page
    for text in (page, people["head"].says("STATUS LPR-1"), *[m.body for m in people["dlh1"].inbox()]):
        assert "Siti" not in text and "siti" not in text and "Rahma" not in text and "3456" not in text, text


def test_a_name_in_the_verifiers_question_stays_when_it_is_not_the_anonymous_reporters(world, app):
    people = make_people(world)
    people["citizen"].file(description=STORY, place="Gang Mawar, Kec. Sampang", privacy="3")
    people["verifier"].says("TUNDA LPR-1 apakah sudah lapor ke Pak Ahmad ketua RT?")
    people["citizen"].says("sudah pak")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert "Pak Ahmad ketua RT" in logged_in(app, people["dlh1"].phone).get("/pengaduan/1").get_data(as_text=True)


def test_where_a_complaint_waits_shows_an_agency_the_verifiers_question_masked(world, app):
    """The review of session 28 read `whereabouts._waiting_line` as showing an agency the question a complaint waits on
    as stored, the anonymous reporter's name in it (only the history's copy was masked). Agency staff asking where it
    is get "Menunggu keterangan tambahan dari pelapor" without the question; the line is masked all the same."""
    people = make_people(world)
    people["citizen"].file(description=STORY, place="Gang Mawar, Kec. Sampang", privacy="3")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["verifier"].says("TUNDA LPR-1 Selamat pagi Bu Siti, mohon kirim foto lokasinya")
    with services(app).session_factory() as session:
        assert session.scalar(select(Complaint.status).where(Complaint.number == 1)) == "tertunda"
    for person, typed in (("head", "lpr 1 sdh diteruskan ke mana?"), ("dlh1", "posisi lpr 1 dmn")):
        reply = people[person].says(typed)
        assert "LPR-1" in reply and "Siti" not in reply, reply
