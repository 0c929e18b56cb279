"""The photos of a story told past its number's budget (lapor.budget keeps them on an OVER_LIMIT note of the
number's newest complaint) are the verifiers' only: an officer's STATUS and the SP4N-LAPOR! export never link them."""

from __future__ import annotations

import csv

import pytest
from sqlalchemy import select

from models import MediaItem, MediaStatus
from scheduler.jobs import fetch_media
from services import services
from tests.bot.test_complaint_budget import filed, notes
from tests.conftest import reading, run_cli
from tests.parties import CITIZEN, PHOTO, WASTE

SECOND = {**PHOTO, "MediaUrl0": PHOTO["MediaUrl0"].replace("ME1", "ME2")}


@pytest.fixture
def over_limit(people, world):
    """LPR-5 filed with a photo and forwarded to DLH; then a sixth story past the budget, with its own photo, kept on
    LPR-5's OVER_LIMIT note; both photos stored."""
    filed(world, CITIZEN, 50, 40, 30, 20)
    people["citizen"].file(description=WASTE, place="Pasar Srimangunan, Kec. Sampang", photo=PHOTO)
    people["verifier"].says("TERUSKAN LPR-5 DLH")
    people["citizen"].says("1")  # told at once that the number is past its budget: the story next is the note
    people["citizen"].says("Lampu jalan di gang Melati mati sudah seminggu, gelap sekali", **SECOND)
    [note] = notes(world)
    assert note.media and note.media[0]["url"] == SECOND["MediaUrl0"]
    svc = services(world)
    fetch_media(svc, svc.clock())
    with reading(world) as session:
        assert list(session.scalars(select(MediaItem.status))) == [MediaStatus.STORED] * 2
    return people


def links_in(reply: str) -> list[str]:
    return [line for line in reply.splitlines() if "/media/" in line]


def test_an_officers_status_never_links_the_photo_of_a_story_past_the_budget(over_limit):
    reply = over_limit["dlh1"].says("STATUS LPR-5")
    assert "LPR-5" in reply
    assert len(links_in(reply)) == 1


def test_a_verifiers_status_still_links_it(over_limit):
    assert len(links_in(over_limit["verifier"].says("STATUS LPR-5"))) == 2


def test_the_sp4n_lapor_export_leaves_it_out(over_limit, world, tmp_path):
    assert run_cli(world, "lapor", "export", "-o", str(tmp_path / "lapor.csv")).exit_code == 0
    with (tmp_path / "lapor-lampiran.csv").open(encoding="utf-8-sig") as handle:
        rows = [row for row in csv.reader(handle) if row and row[0] == "LPR-5"]
    assert len(rows) == 1
