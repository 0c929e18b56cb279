"""An answer held back while the citizen says which complaint it is for: relayed intact, once, to the one named.

With two questions open (LPR-28 to DLH, LPR-29 to PUPR) an unnamed answer is held and the bot asks which
complaint it is for. People name it in many ways; the clarification is never relayed as the answer.
"""

from __future__ import annotations

import pytest

from models import Counter
from services import services
from tests.conftest import built_once
from tests.parties import PHOTO, PIN, ROAD, WASTE, complaint, file, make_people

HELD = "Genangannya sekitar 50 cm sampai masuk rumah warga"
FIRST, SECOND = 28, 29


@pytest.fixture
def people(world):
    """LPR-28 (waste, DLH) and LPR-29 (road, PUPR) of one citizen, each with an officer's question open."""
    people = make_people(world)

    def build():
        with services(world).session_factory.begin() as session:
            session.add(Counter(name="complaint", value=FIRST - 1))
        file(people["citizen"], description=WASTE)
        file(people["citizen"], description=ROAD)
        people["verifier"].says(f"TERUSKAN LPR-{FIRST} DLH")
        people["verifier"].says(f"TERUSKAN LPR-{SECOND} PUPR")
        people["dlh1"].says(f"INFO LPR-{FIRST} Seberapa tinggi genangan di sekitar TPS?")
        people["pupr"].says(f"INFO LPR-{SECOND} Seberapa dalam lubangnya?")

    built_once(services(world), build)
    return people


def answers(person) -> list:
    """The citizen's answers relayed to this officer."""
    return [m for m in person.inbox() if m.purpose == "answer"]


def relayed_to(people, number: int) -> tuple[list, list]:
    """The answers relayed to the asker of LPR-`number`, and to the other asker."""
    officers = {FIRST: people["dlh1"], SECOND: people["pupr"]}
    return answers(officers[number]), answers(officers[FIRST + SECOND - number])


CLARIFICATIONS = [
    ("untuk LPR-28", FIRST), ("LPR-28 ya", FIRST), ("LPR-28.", FIRST), ("yg lpr 28", FIRST), ("28", FIRST),
    ("#28", FIRST), ("nomor 28 pak", FIRST), ("yang pertama", FIRST), ("Lpr28", FIRST), ("lpr-28 🙏", FIRST),
    ("Untuk laporan no. 28 bu", FIRST), ("LPR 29, terima kasih", SECOND), ("yang kedua ya pak", SECOND),
    ("yg terakhir", SECOND), ("itu utk LPR-29 kak", SECOND), ("LPR-029", SECOND), ("yang ke-2", SECOND),
]


@pytest.mark.parametrize(("clarification", "number"), CLARIFICATIONS)
def test_a_short_clarification_relays_the_held_answer_to_the_complaint_it_names(people, world, clarification, number):
    """Defect 2 of issue 14: `untuk LPR-28` (or `LPR-28 ya`, `LPR-28.`) was relayed to the officer as the answer, and
    the real answer was never relayed."""
    citizen = people["citizen"]
    assert "yang mana" in citizen.says(HELD)
    reply = citizen.says(clarification)
    assert f"jawaban Anda untuk LPR-{number} sudah kami teruskan" in reply, reply
    mine, other = relayed_to(people, number)
    assert len(mine) == 1 and HELD in mine[0].body, [m.body for m in mine]
    assert other == [], "the answer went to the other complaint's asker"
    assert complaint(world, FIRST + SECOND - number).status == "tertunda", "the other question was answered"


@pytest.mark.parametrize("unclear", [
    "ya", "yang mana ya?", "LPR-30", "LPR-28 atau LPR-29", "ok pak", "5", "🙏", "yang ketiga"])
def test_anything_else_keeps_the_held_answer_and_asks_again(people, unclear):
    citizen = people["citizen"]
    assert "yang mana" in citizen.says(HELD)
    again = citizen.says(unclear)
    assert "yang mana" in again and f"LPR-{FIRST}" in again and f"LPR-{SECOND}" in again, again
    assert answers(people["dlh1"]) == answers(people["pupr"]) == [], "relayed before it was named"
    citizen.says(f"untuk LPR-{SECOND}")
    mine, other = relayed_to(people, SECOND)
    assert len(mine) == 1 and HELD in mine[0].body and other == []


def test_a_photo_and_a_pin_sent_before_naming_the_complaint_go_with_the_held_answer_once(people):
    citizen = people["citizen"]
    assert "yang mana" in citizen.says(HELD, **PHOTO)
    assert "yang mana" in citizen.says("", **PIN)  # more of the same answer: kept with it, still not sent
    assert answers(people["dlh1"]) == answers(people["pupr"]) == []
    citizen.says("LPR-28 ya")
    mine, other = relayed_to(people, FIRST)
    assert other == [] and sum(HELD in m.body for m in mine) == 1
    assert "Trunojoyo" in "".join(m.body for m in mine), "the shared location was lost"
    assert [m.media_url for m in mine if m.media_url], "the photo was lost"


def test_an_answer_with_content_naming_a_complaint_answers_it_and_keeps_the_held_one(people):
    citizen = people["citizen"]
    assert "yang mana" in citizen.says(HELD)
    reply = citizen.says("untuk LPR-29: lubangnya sedalam kira-kira 30 cm dan lebarnya satu meter")
    assert "sudah kami teruskan" in reply and "yang mana" in reply, reply
    assert [m.body.count("30 cm") for m in answers(people["pupr"])] == [1]
    assert answers(people["dlh1"]) == []
    citizen.says("28")
    mine, _ = relayed_to(people, FIRST)
    assert len(mine) == 1 and HELD in mine[0].body
    assert not any(HELD in m.body for m in answers(people["pupr"]))


def test_the_held_answer_typed_again_with_its_reference_is_relayed_once(people):
    citizen = people["citizen"]
    assert "yang mana" in citizen.says(HELD, **PHOTO)
    reply = citizen.says(f"LPR-28 {HELD.lower()}")
    assert "sudah kami teruskan" in reply and "yang mana" not in reply, reply
    mine, other = relayed_to(people, FIRST)
    assert other == [] and sum(HELD.lower() in m.body.lower() for m in mine) == 1
    assert [m.media_url for m in mine if m.media_url], "the held photo was lost"
