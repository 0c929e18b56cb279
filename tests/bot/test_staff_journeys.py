"""Staff journeys an exploratory tester found broken: what a citizen adds before the disposition reaching the
agency, a returned disposition whose other agency already finished, counting who was told, CUTI for oneself and
unknown days, partial agency names, command typos, one notice for several agencies, followers of a reopened
complaint, and the chat tool's quiet hours."""

from __future__ import annotations

import pytest

from tests.parties import complaint, file, make_people


@pytest.fixture
def people(world):
    return make_people(world)


def forward(people, agencies: str = "DLH", number: int = 1) -> str:
    return people["verifier"].says(f"TERUSKAN LPR-{number} {agencies}")


# Officer command typos -------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed,final", [
    ("selese 1 sampah sudah diangkut", True), ("slese lpr 1 sampah sudah diangkut", True),
    ("tl1 sudah kami jadwalkan", False), ("TL1: sudah kami jadwalkan", False), ("selesai1 sampah diangkut", True)])
def test_command_words_typed_as_spoken_or_against_the_number(people, world, typed, final):
    file(people["citizen"])
    forward(people)
    reply = people["dlh1"].says(typed)
    assert ("Jawaban akhir LPR-1 tercatat" if final else "Tindak lanjut LPR-1 tercatat") in reply


@pytest.mark.parametrize("typed", ["TL. LPR-1. Patroli lanjutan besok", "TL LPR-1; Patroli lanjutan besok",
                                   "tl lpr 1 .. Patroli lanjutan besok", "TL #1) Patroli lanjutan besok"])
def test_punctuation_after_the_reference_is_not_sent_to_the_citizen(people, world, typed):
    file(people["citizen"])
    forward(people)
    people["dlh1"].says(typed)
    assert people["citizen"].last().body.endswith("\nPatroli lanjutan besok")


def test_a_weekday_first_is_still_no_command(people, world):
    file(people["citizen"])
    forward(people)
    assert "tidak dikenali" in people["dlh1"].says("selasa besok kami ke lokasi")
    assert complaint(world, 1).status == "belum_ditindaklanjuti"
