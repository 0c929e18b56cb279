"""A staff member's new message while a question to them waits (a YA/TIDAK prompt, a command's missing text): it is
answered as the message it is, and the reply says what still waits, never silence and never a question forgotten."""

from __future__ import annotations

import pytest

from tests.parties import complaint, file


@pytest.fixture
def waiting(people):
    """LPR-1 filed and waiting for verification."""
    file(people["citizen"], photo=False)
    return people


@pytest.mark.parametrize("typed", [
    "pak sampah di pasar numpuk lagi",
    "bentar bu sy cek dulu",
    "hmm",
    "👍",
    "siapa pelapornya",
    "Sebentar ya, saya tanya kabid dulu",
])
def test_a_message_that_answers_no_confirmation_is_told_what_waits_and_ya_still_does_it(waiting, world, typed):
    verifier = waiting["verifier"]
    assert "Teruskan LPR-1 ke DLH?" in verifier.says("lpr 1 ke dlh ya")
    reply = verifier.says(typed)
    assert "masih menunggu" in reply and "TERUSKAN LPR-1" in reply and "YA" in reply
    assert complaint(world, 1).status == "belum_terverifikasi"
    assert "diteruskan ke Dinas Lingkungan Hidup" in verifier.says("ya")


@pytest.mark.parametrize("typed", ["ANTREAN", "status lpr 1", "tidak", "ya"])
def test_a_command_or_an_answer_to_the_question_gets_no_such_note(waiting, typed):
    verifier = waiting["verifier"]
    verifier.says("lpr 1 ke dlh ya")
    assert "masih menunggu" not in verifier.says(typed)


@pytest.mark.parametrize("typed", ["ok", "👍", "siap"])
def test_an_acknowledgement_while_a_command_waits_for_its_text_says_so(waiting, world, typed):
    verifier = waiting["verifier"]
    assert "Tuliskan isinya" in verifier.says("TUNDA LPR-1")
    reply = verifier.says(typed)
    assert "TUNDA LPR-1 masih menunggu" in reply
    assert complaint(world, 1).status == "belum_terverifikasi"
    verifier.says("Mohon kirim foto lokasinya pak")
    assert complaint(world, 1).status == "tertunda"


def test_no_note_once_nothing_waits(waiting):
    verifier = waiting["verifier"]
    verifier.says("lpr 1 ke dlh ya")
    verifier.says("tidak")
    assert "masih menunggu" not in verifier.says("bentar bu sy cek dulu")
