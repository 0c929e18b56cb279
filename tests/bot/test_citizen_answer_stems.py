"""A citizen's answer to a staff question said with other affixes than the question's ("yg bagiin" to "siapa yang
membagikan …?", "pak rt nya yg mungutin" to "siapa yang memungut …?"): relayed as the answer, never offered as a new
report (JAWAB), since its words are the question's once their affixes go."""

from __future__ import annotations

import pytest

from tests.parties import file

LEVY = "Pembagian bantuan beras di balai desa dipotong, tiap karung dikurangi lima kilo"


@pytest.fixture
def asked(people):
    file(people["citizen"], description=LEVY, photo=False)
    return people


def answers(person) -> list:
    return [m for m in person.inbox() if m.purpose == "answer"]


@pytest.mark.parametrize("question,typed", [
    ("siapa yang membagikan berasnya pak?", "kades nya pak yg bagiin, sekdesnya jg ikutan"),
    ("siapa yang membagikan berasnya pak?", "yg ngebagiin pak kadesnya sendiri, dibantu bendaharanya"),
    ("Siapa yang memotong jatah berasnya?", "pak rt nya yg motongin, sekdesnya jg ikutan"),
    ("siapa yang mengurangi berasnya?", "Pak RT nya pak yang ngurangin tiap karung, disuruh atasannya"),
    ("Siapa yang menimbang berasnya?", "perangkat desanya yg nimbangin pak, pakai timbangan sendiri"),
])
def test_an_answer_in_other_affixes_is_relayed(asked, question, typed):
    asked["verifier"].says(f"TUNDA LPR-1 {question}")
    reply = asked["citizen"].says(typed)
    assert "JAWAB" not in reply and "sudah kami teruskan" in reply, reply
    assert answers(asked["verifier"])


@pytest.mark.parametrize("typed", [
    "lampu jalan di jl merdeka mati semua sejak minggu lalu gelap banget",
    "pak jalan di depan sd negeri 3 berlubang besar, kemarin ada motor jatuh",
])
def test_another_matter_is_still_offered_as_a_report(asked, typed):
    asked["verifier"].says("TUNDA LPR-1 siapa yang membagikan berasnya pak?")
    reply = asked["citizen"].says(typed)
    assert "JAWAB" in reply and not answers(asked["verifier"]), reply


@pytest.mark.parametrize("question,typed", [
    ("siapa yang membuang sampahnya pak?", "orang kampung sebelah pak yg buangin tiap malem"),
    ("Siapa yang membakar sampahnya?", "tukang parkir pasar nya pak yg bakarin tiap sore"),
    ("siapa yang menumpuk sampah disitu?", "pedagang pasarnya yg numpukin, pakai gerobak"),
])
def test_an_answer_to_an_officers_question_in_other_affixes_is_relayed(people, question, typed):
    from tests.parties import filed_and_forwarded

    filed_and_forwarded(people, photo=False)
    people["dlh1"].says(f"INFO LPR-1 {question}")
    reply = people["citizen"].says(typed)
    assert "JAWAB" not in reply and "sudah kami teruskan" in reply, reply
    assert answers(people["dlh1"])
