"""A verifier's question to the citizen (TUNDA) does not hold a complaint for good: unanswered for
`question_wait_days` working days, the complaint comes back to the verifiers' queue and its reminders start again."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from models import Complaint
from models.vocab import Purpose
from scheduler.jobs import run_all
from services import services
from tests.parties import deliver, file, filed_and_forwarded, make_people

JAKARTA = ZoneInfo("Asia/Jakarta")


def at(day, hour=10, minute=0, month=8):
    return datetime(2026, month, day, hour, minute, tzinfo=JAKARTA)


@pytest.fixture
def people(world, clock):
    clock.now = at(13)  # Thursday 13 August 2026; 17 and 25 August are holidays
    return make_people(world)


def tick(world, clock, when):
    clock.now = when
    run_all(services(world), when)


def reminders(person) -> list[str]:
    return [m.body for m in person.inbox() if m.purpose == Purpose.REMINDER]


def status(world) -> str:
    with services(world).session_factory() as session:
        return session.scalars(select(Complaint)).one().status


def test_an_unanswered_tunda_brings_the_complaint_back_to_the_queue_and_its_reminders(people, world, clock):
    file(people["citizen"], photo=False)
    clock.now = at(13, 10, 30)
    asked = people["verifier"].says("TUNDA LPR-1 Pasar yang mana, dan di desa apa?")
    assert "paling lama 10 hari kerja" in asked and "kembali ke antrean" in asked
    tick(world, clock, at(28, 11, 0))                     # nine working days: still waiting
    assert status(world) == "tertunda" and reminders(people["verifier"]) == []
    tick(world, clock, at(31, 11, 0))                     # ten working days
    tick(world, clock, at(31, 11, 30))                    # the next pass: told once
    [lapsed] = reminders(people["verifier"])
    assert "belum menjawab" in lapsed and "kembali ke antrean verifikasi" in lapsed and "TERUSKAN LPR-1" in lapsed
    assert status(world) == "belum_terverifikasi"
    assert "LPR-1" in people["verifier"].says("ANTREAN")
    tick(world, clock, at(1, 11, 0, month=9))             # a working day later the verification ladder chases it
    assert "belum diverifikasi sejak 31 Agu 2026" in reminders(people["verifier"])[-1]
    clock.now = at(2, 9, 0, month=9)                      # the citizen answers after all: relayed, nothing moves
    people["citizen"].says("Pasar Srimangunan, Desa Banyuanyar")
    deliver(world)
    assert [m for m in people["verifier"].inbox() if m.purpose == Purpose.ANSWER]
    assert status(world) == "belum_terverifikasi"


def test_an_unanswered_tunda_on_a_forwarded_complaint_lets_it_go_on(people, world, clock):
    filed_and_forwarded(people, photo=False)
    clock.now = at(13, 10, 30)
    people["verifier"].says("TUNDA LPR-1 Sejak kapan sampahnya menumpuk?")
    assert status(world) == "tertunda"
    tick(world, clock, at(31, 11, 0))
    [lapsed] = reminders(people["verifier"])
    assert "berjalan terus di instansi" in lapsed and status(world) == "belum_ditindaklanjuti"
