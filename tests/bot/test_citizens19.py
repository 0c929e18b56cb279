"""Citizens played by hand (branch citizens19): a story left overnight answered with an apology for replying late
("maaf baru bales", "sori br buka hp, …") is the story left, taken up again, not a new one with the apology in it."""

from __future__ import annotations

import pytest

from tests.bot.test_conversation import DESCRIPTION
from tests.parties import Citizen

STORY = "jalan di depan sd negeri 2 banyuanyar berlubang besar sudah 2 bulan, motor sering jatuh"


@pytest.fixture
def citizen(app):
    return Citizen(app)


# 1. A story left overnight answered with "maaf baru bales" -------------------------------------------------------
# The draft lapsed (its notice offered the story again, "Balas YA untuk melanjutkan"); the apology for replying late
# that came with or without more was glued onto the story offered ("… motor sering jatuh maaf baru bales pak").

def after_notice(reply: str) -> str:
    """What the reply says after the lapsed draft's notice."""
    return reply.split("atau MENU untuk pilihan lain.", 1)[-1]


def _left_overnight(citizen, clock):
    citizen.says("1")
    citizen.says("1")
    citizen.says(STORY)
    clock.advance(hours=14)


@pytest.mark.parametrize("apology", [
    "maaf baru bales pak", "maaf pak baru sempat", "sori br buka hp", "Mohon maaf baru balas 🙏",
    "MAAF BARU BALES", "mf td lg sibuk pak, baru sempat bls", "punten nembe tiasa ngawaler",
    "maaf kak baru liat wa", "sorry telat bales min, td ketiduran", "mohon maaf pak br sempet bales", "maaf pak",
])
def test_an_apology_for_replying_late_keeps_the_story_left(citizen, clock, apology):
    _left_overnight(citizen, clock)
    reply = citizen.says(apology)
    assert "masih kami simpan" in reply and apology not in reply, reply
    assert citizen.state() == "offer"
    reply = citizen.says("ya")
    assert "lokasi" in reply.lower() and citizen.draft()["description"] == STORY, reply


@pytest.mark.parametrize("apology,rest", [
    ("sori br buka hp, lubangnya tepat di depan gerbang sekolah", "lubangnya tepat di depan gerbang sekolah"),
    ("maaf baru bales pak. kemarin ada anak sekolah jatuh juga", "kemarin ada anak sekolah jatuh juga"),
    ("maaf baru sempat balas, makin parah sekarang lubangnya", "makin parah sekarang lubangnya"),
])
def test_what_follows_the_apology_joins_the_story_without_it(citizen, clock, apology, rest):
    _left_overnight(citizen, clock)
    reply = citizen.says(apology)
    after = after_notice(reply)
    assert rest in after and "maaf" not in after.lower() and "sori" not in after, reply


@pytest.mark.parametrize("apology", ["maaf bu baru bales. lanjut", "sori baru buka hp, lanjut pak"])
def test_an_apology_with_going_on_takes_the_story_up(citizen, clock, apology):
    _left_overnight(citizen, clock)
    reply = citizen.says(apology)
    assert "Lokasinya di depan SD negeri 2 banyuanyar?" in reply, reply
    assert citizen.draft()["description"] == STORY


def test_a_story_offered_while_idle_is_not_glued_to_the_apology(citizen, clock):
    reply = citizen.says(DESCRIPTION)
    assert "Balas YA" in reply
    clock.advance(hours=10)
    reply = citizen.says("maaf baru bales pak")
    assert "baru bales" not in reply and "Balas YA" in reply and citizen.state() == "offer", reply


# near misses: an apology that is the story or its clause ("maaf pak jalan di desa kami rusak"), and one after a
# complaint sent or a draft cancelled: nothing is taken up again
def test_an_apology_with_a_new_story_is_that_story(citizen, clock):
    _left_overnight(citizen, clock)
    reply = citizen.says("maaf pak mau lapor lampu jalan di gang melati mati semua sejak seminggu")
    assert "lampu jalan di gang melati" in after_notice(reply) and STORY not in after_notice(reply), reply


@pytest.mark.parametrize("ending", ["KIRIM", "BATAL"])
def test_nothing_is_taken_up_after_a_complaint_sent_or_cancelled(citizen, clock, ending):
    citizen.says("1")
    citizen.says("1")
    citizen.says(STORY)
    citizen.says("ya")
    citizen.says("LEWATI")
    citizen.says("1")
    citizen.says(ending)
    clock.advance(hours=14)
    reply = citizen.says("maaf baru bales pak")
    assert STORY not in reply and "masih kami simpan" not in reply, reply
    assert citizen.state() == "idle"
