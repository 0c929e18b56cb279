"""A staff command typed without its text (a bare TUNDA, ARSIPKAN, KEMBALIKAN, TL …) waits for the text in the next
message; a message that is clearly not that text (a question about the complaint, a word of waiting, a correction,
a bare reaction) is not sent to the citizen nor recorded as the reason: what waits is said, and a correction
calls it off."""

from __future__ import annotations

import pytest

from tests.parties import complaint, file, filed_and_forwarded


@pytest.fixture
def waiting(people):
    """LPR-1 filed and waiting for verification."""
    file(people["citizen"], photo=False)
    return people


NOT_THE_TEXT = [
    "siapa pelapornya",
    "Siapa pelapornya?",
    "yg mana ya",
    "yang mana ya bu",
    "pelapornya siapa ya",
    "ini siapa yg lapor bu",
    "bentar bu sy cek",
    "sebentar",
    "tunggu",
    "Tunggu sebentar ya pak",
    "sy cek dulu",
    "hmm",
    "Hmmm",
    "oh",
    "🤔",
]


@pytest.mark.parametrize("typed", NOT_THE_TEXT)
def test_a_message_that_is_not_the_question_never_reaches_the_citizen(waiting, world, typed):
    verifier, citizen = waiting["verifier"], waiting["citizen"]
    assert "Tuliskan isinya" in verifier.says("TUNDA LPR-1")
    before = len(citizen.inbox())
    reply = verifier.says(typed)
    assert "TUNDA LPR-1 masih menunggu" in reply and "BATAL" in reply
    assert "pertanyaan untuk pelapor" in reply or typed == "🤔"  # an emoji alone: the note about the text
    assert complaint(world, 1).status == "belum_terverifikasi"
    assert len(citizen.inbox()) == before
    verifier.says("mohon kirim foto lokasinya pak")  # the real question still goes
    assert complaint(world, 1).status == "tertunda"
    assert "mohon kirim foto lokasinya" in citizen.last().body.lower()


@pytest.mark.parametrize("typed", NOT_THE_TEXT + ["ok", "siap", "apa", "lihat"])
def test_a_message_that_is_no_reason_archives_nothing(waiting, world, typed):
    verifier = waiting["verifier"]
    assert "Tuliskan isinya" in verifier.says("ARSIPKAN LPR-1")
    reply = verifier.says(typed)
    assert "ARSIPKAN LPR-1 masih menunggu" in reply and "BATAL" in reply
    assert complaint(world, 1).status == "belum_terverifikasi"


@pytest.mark.parametrize("typed", [
    "salah", "Salah pak", "batal", "gak jadi", "ga jadi bu", "gk jadi", "eh bukan", "Eh bukan itu", "eh bukan lpr 1"])
@pytest.mark.parametrize("command", ["TUNDA", "ARSIPKAN"])
def test_a_correction_calls_the_waiting_off(waiting, world, typed, command):
    verifier, citizen = waiting["verifier"], waiting["citizen"]
    verifier.says(f"{command} LPR-1")
    before = len(citizen.inbox())
    reply = verifier.says(typed)
    assert "tidak jadi" in reply
    assert complaint(world, 1).status == "belum_terverifikasi"
    assert len(citizen.inbox()) == before
    assert "masih menunggu" not in verifier.says("hmm")  # nothing waits any more


@pytest.mark.parametrize("question", [
    "mohon kirim foto lokasinya pak",
    "alamat lengkapnya dimana?",
    "Di RT berapa lokasinya",
    "lubangnya sebesar apa bu",
    "tolong share lokasi",
    "kapan bapak melapor ke RT?",
])
def test_a_real_question_goes_unchanged(waiting, world, question):
    verifier, citizen = waiting["verifier"], waiting["citizen"]
    verifier.says("TUNDA LPR-1")
    verifier.says(question)
    assert complaint(world, 1).status == "tertunda"
    assert question.lower().rstrip("?") in citizen.last().body.lower()


@pytest.mark.parametrize("reason", [
    "spam, nomor iseng",
    "bukan wewenang daerah",
    "spam",
    "iseng",
    "dobel",
    "duplikat dengan laporan lain",
    "laporan ganda",
    "tidak jelas",
])
def test_a_real_reason_archives(waiting, world, reason):
    verifier = waiting["verifier"]
    verifier.says("ARSIPKAN LPR-1")
    assert "diarsipkan" in verifier.says(reason).lower()
    assert complaint(world, 1).status == "diarsipkan"


@pytest.mark.parametrize("typed", ["lokasinya", "Alamatnya", "alamat lengkap"])
def test_a_short_word_that_may_be_a_question_is_asked_about_first(waiting, world, typed):
    verifier, citizen = waiting["verifier"], waiting["citizen"]
    verifier.says("TUNDA LPR-1")
    before = len(citizen.inbox())
    reply = verifier.says(typed)
    assert "YA" in reply and typed in reply
    assert complaint(world, 1).status == "belum_terverifikasi" and len(citizen.inbox()) == before
    verifier.says("ya")
    assert complaint(world, 1).status == "tertunda"


def test_a_new_command_while_the_text_waits_is_run_as_such(waiting, world):
    verifier = waiting["verifier"]
    verifier.says("TUNDA LPR-1")
    assert "Antrean" in verifier.says("ANTREAN") or complaint(world, 1).status == "belum_terverifikasi"
    assert complaint(world, 1).status == "belum_terverifikasi"
    assert "masih menunggu" not in verifier.says("hmm")


@pytest.mark.parametrize("typed", ["bentar sy cek dulu", "hmm", "yg mana ya", "salah"])
def test_an_officers_awaited_progress_is_guarded_too(people, world, typed):
    filed_and_forwarded(people, photo=False)
    officer, citizen = people["dlh1"], people["citizen"]
    assert "Tuliskan isinya" in officer.says("TL LPR-1")
    before = len(citizen.inbox())
    reply = officer.says(typed)
    assert ("masih menunggu" in reply and "BATAL" in reply) or "tidak jadi" in reply
    assert len(citizen.inbox()) == before


@pytest.mark.parametrize("typed", ["hmm", "bentar", "salah"])
def test_an_officers_return_reason_is_guarded_too(people, world, typed):
    filed_and_forwarded(people, photo=False)
    officer = people["dlh1"]
    assert "Tuliskan isinya" in officer.says("KEMBALIKAN LPR-1")
    reply = officer.says(typed)
    assert ("masih menunggu" in reply and "BATAL" in reply) or "tidak jadi" in reply
    assert "dikembalikan" not in reply.lower()


@pytest.mark.parametrize("reason", ["dinsos", "bukan kewenangan kami, ini urusan dinsos"])
def test_a_return_naming_the_right_agency_alone_goes(people, world, reason):
    filed_and_forwarded(people, photo=False)
    officer = people["dlh1"]
    officer.says("KEMBALIKAN LPR-1")
    reply = officer.says(reason)
    assert "masih menunggu" not in reply and "tidak jadi" not in reply
