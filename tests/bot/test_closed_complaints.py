"""After a complaint is archived: the citizen who objects ("loh kok diarsipkan pak? …") sees why and may send it
again with what they add; a question naming it in words ("yg sampah gmn") shows that one, not another still open."""

from __future__ import annotations

import pytest

from models.vocab import Purpose
from tests.parties import ROAD, deliver, file, make_people, walked_once


@pytest.fixture
def people(world):
    return make_people(world)


@walked_once
def waste_archived_road_open(people: dict) -> None:
    """LPR-1 (rubbish) archived as too general, its notice delivered; LPR-2 (road) filed after it, still open."""
    file(people["citizen"], photo=False)
    people["verifier"].says("ARSIPKAN LPR-1 laporan terlalu umum, mohon sebutkan lokasi persisnya")
    deliver(people["citizen"].app)
    file(people["citizen"], description=ROAD, photo=False)


@pytest.mark.parametrize("typed", ["loh kok diarsipkan pak? lokasinya jelas kok di depan pasar",
                                   "sy keberatan laporan sy ditolak",
                                   "KENAPA LAPORAN SAYA DITOLAK??? 😡",
                                   "lpr 1 kok ditolak, kan sudah jelas"])
def test_an_objection_to_an_archived_complaint_shows_why_and_offers_to_send_it_again(people, typed):
    """It was offered as a new complaint, or as an addition to the road complaint still open."""
    waste_archived_road_open(people)
    reply = people["citizen"].says(typed)
    assert "laporan terlalu umum" in reply and "LPR-1 sudah diarsipkan" in reply and "balas YA" in reply
    assert "TAMBAHAN" not in reply
    people["citizen"].says("YA")
    assert people["citizen"].state() != "idle"  # filing the story again, with the objection added
    assert "Srimangunan" in people["citizen"].draft()["description"]
    assert typed in people["citizen"].draft()["description"]


def test_a_question_naming_the_archived_one_in_words_shows_it(people):
    waste_archived_road_open(people)
    reply = people["citizen"].says("yg sampah gmn")
    assert reply.startswith("LPR-1") and "diarsipkan" in reply and "TAMBAHAN" not in reply


def test_a_refusal_told_as_a_story_is_no_objection(people):
    waste_archived_road_open(people)
    reply = people["citizen"].says("pengajuan bansos ibu saya ditolak terus di kantor desa, padahal sudah lengkap")
    assert "LPR-1 sudah diarsipkan" not in reply
    assert not [m for m in people["verifier"].inbox() if m.purpose == Purpose.EVIDENCE]
