"""A reviewer's findings in the citizen conversation at the summary and after it (mendA).

Each section says what went wrong before."""
from __future__ import annotations

import pytest

from tests.bot.test_citizens18 import at_summary, photo
from tests.parties import Citizen


@pytest.fixture
def citizen(app):
    return Citizen(app)


# M1. A second thanks sends only right after the hint ----------------------------------------------------------------
# "makasih" at the summary was told it is not sent; the flag then survived any message that was answered before the
# count started again (the place taken back, a correction, STATUS, the privacy told, a caption): a later "makasih"
# (for the status, or for the fix) sent a summary that was never confirmed as changed.

@pytest.mark.parametrize("between", [
    "eh bukan di situ, maksudnya di jl. melati depan puskesmas",
    "STATUS LPR-1",
    "status",
    "rahasiakan nama saya ya",
    "anonim aja pak",
    "ganti jadi rahasia",
])
def test_thanks_after_anything_answered_between_sends_nothing(citizen, between):
    at_summary(citizen)
    citizen.says("makasih")
    citizen.says(between)
    reply = citizen.says("makasih")
    assert not citizen.complaints(), reply
    assert "KIRIM" in reply, reply


def test_thanks_after_a_photo_with_the_summary_again_sends_nothing(citizen):
    at_summary(citizen)
    citizen.says("makasih")
    citizen.says(**photo(1, "ini lubangnya sedalam lutut"))
    reply = citizen.says("makasih")
    assert not citizen.complaints(), reply


@pytest.mark.parametrize("first,then", [("makasih", "makasih"), ("ok", "ok"), ("makasih pak", "siap")])
def test_thanks_right_after_the_hint_still_sends(citizen, first, then):
    at_summary(citizen)
    told = citizen.says(first)
    assert "KIRIM untuk mengirim" in told, told
    assert "LPR-1" in citizen.says(then)
