"""A citizen who stops halfway through filing is reminded once, while the draft is kept, never at night."""

from __future__ import annotations

from datetime import timedelta

from tests.bot.test_citizen_phrasings import to_step
from tests.scheduler.conftest import at
from tests.scheduler.test_ladders import tick


def reminders(citizen) -> list[str]:
    return [m.body for m in citizen.inbox() if "belum terkirim" in m.body]


def test_an_unfinished_complaint_is_recalled_once_with_its_question(people, world, clock):
    citizen = people["citizen"]
    to_step(citizen, "location")
    tick(world, clock, clock.now + timedelta(minutes=29))
    assert reminders(citizen) == []
    tick(world, clock, clock.now + timedelta(minutes=2))
    [reminder] = reminders(citizen)
    assert "Di mana lokasinya?" in reminder and "BATAL" in reminder
    tick(world, clock, clock.now + timedelta(minutes=30))  # once per draft, however many ticks (or schedulers)
    assert len(reminders(citizen)) == 1
    citizen.says("Jl. Raya Banyuanyar, Kec. Sampang")
    assert citizen.state() == "photo"


def test_no_reminder_in_the_quiet_hours_nor_for_a_draft_about_to_expire(people, world, clock):
    citizen = people["citizen"]
    clock.now = at(2026, 8, 13, 20, 45)
    to_step(citizen, "location")
    tick(world, clock, at(2026, 8, 13, 21, 20))  # 21.00-06.00: citizens get nothing
    tick(world, clock, at(2026, 8, 13, 22, 40))  # past the quiet hours' start and near the expiry
    assert reminders(citizen) == []
