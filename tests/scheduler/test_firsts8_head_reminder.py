"""A head reminded of a disposition nobody answered (firsts8): the second reminder tells the head what a head does
(who holds it, ALIHKAN to hand it to one officer, STATUS), not the officer's TL/SELESAI alone; the head's swipe on
it that names an officer asks to hand it over."""

from __future__ import annotations

from tests.parties import filed_and_forwarded
from tests.scheduler.conftest import at
from tests.scheduler.test_ladders import reminders, tick


def test_the_heads_second_reminder_offers_what_a_head_does(people, world, clock):
    filed_and_forwarded(people, photo=False)
    for day in (14, 18):
        tick(world, clock, at(2026, 8, day, 10, 0))
    head = reminders(people["head"])[-1]
    assert "Pengingat ke-2" in head and "Petugas: dewi, eko" in head.replace("Dewi", "dewi").replace("Eko", "eko")
    assert "ALIHKAN LPR-1" in head and "STATUS LPR-1" in head, head
    officer = reminders(people["dlh1"])[-1]
    assert "ALIHKAN" not in officer and "TL LPR-1" in officer, officer
