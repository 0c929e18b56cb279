"""Leave typed as a span ("izin besok sampai jumat", "cuti mulai senin sampai rabu"): its last day is the later
date, never the first one named; a leave that starts later is recorded from now, and the reply says so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from models import Contact
from services import services
from tests.parties import DLH_1, make_people

JAKARTA = ZoneInfo("Asia/Jakarta")


@pytest.fixture
def people(world, clock):
    clock.now = datetime(2026, 12, 7, 9, 0, tzinfo=JAKARTA)  # Monday
    return make_people(world)


def back_on(world) -> str:
    with services(world).session_factory() as session:
        away = session.scalars(select(Contact).where(Contact.phone == DLH_1)).one().away_until
        return f"{away.astimezone(JAKARTA):%Y-%m-%d}"


@pytest.mark.parametrize("typed,until,back", [
    ("izin besok sampai jumat", "11 Des 2026", "2026-12-14"),
    ("cuti mulai rabu sampai senin", "14 Des 2026", "2026-12-15"),
    ("cuti tgl 9 s/d 10 des", "10 Des 2026", "2026-12-11"),
])
def test_a_span_of_leave_ends_on_its_later_day_and_says_it_starts_now(people, world, typed, until, back):
    reply = people["dlh1"].says(typed)
    assert f"cuti sampai {until}" in reply and "mulai sekarang" in reply
    assert back_on(world) == back


def test_leave_from_today_says_nothing_of_its_start(people, world):
    reply = people["dlh1"].says("cuti hari ini sampai rabu")
    assert "cuti sampai 9 Des 2026" in reply and "mulai sekarang" not in reply
    assert back_on(world) == "2026-12-10"
