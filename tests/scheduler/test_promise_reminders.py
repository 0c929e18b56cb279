"""A promise with a day ("besok kami tangani", "senin tim turun") that passes without news: the officers are reminded
the next working morning, and if still silent one more working day the head too (staff20). Each reminder goes once,
however often the scheduler runs; any news of the agency (TL, SELESAI, a question to the citizen, a return) or a new
promise stops it; the citizen is told nothing new."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

import scheduler.jobs
from lapor.ladders import chases_nothing
from lapor.timeline import timeline
from models import Complaint, Contact, OutboxMessage
from scheduler.jobs import run_job, run_ladders
from services import services
from tests.parties import file_and_read, make_people, two_at_dlh

JAKARTA = ZoneInfo("Asia/Jakarta")
TICKED = {"ladders", "outbox"}


def at(month, day, hour=10, minute=0, year=2026):
    return datetime(year, month, day, hour, minute, tzinfo=JAKARTA)


@pytest.fixture
def cast(world, clock):
    clock.now = at(11, 23)  # Monday 23 Nov 2026, 10:00
    return two_at_dlh(make_people(world))


def tick(world, clock, when):
    """The ladders, then the outbox (the digests and the rest are no part of this)."""
    clock.now = when
    svc = services(world)
    for job in scheduler.jobs.JOBS:
        if job.name in TICKED:
            run_job(svc, job, when)


def promise_reminders(person) -> list[str]:
    return [m.body for m in person.inbox() if m.purpose == "reminder" and "janji" in m.body.lower()]


def _notice(cast, number=1):
    return next(m for m in cast["dlh1"].inbox() if m.purpose == "disposition" and f"LPR-{number}" in m.body)


def test_a_promised_day_gone_by_reminds_the_officers_then_the_head_once_each(cast, world, clock):
    citizen_before = len(cast["citizen"].inbox())
    cast["dlh1"].swipe(_notice(cast), "besok kami tangani")  # Tuesday 24 Nov
    tick(world, clock, at(11, 24, 15, 59))
    tick(world, clock, at(11, 24, 17, 0))  # the day ended, after hours: nothing until the morning
    assert promise_reminders(cast["dlh1"]) == []
    tick(world, clock, at(11, 25, 8, 0))
    [first] = promise_reminders(cast["dlh1"])
    assert "LPR-1" in first and "Selasa, 24 Nov 2026" in first and "besok kami tangani" in first, first
    assert "TL LPR-1" in first and "SELESAI LPR-1" in first, first
    assert len(promise_reminders(cast["dlh2"])) == 1 and promise_reminders(cast["head"]) == []
    tick(world, clock, at(11, 25, 8, 1))
    tick(world, clock, at(11, 25, 14, 0))
    assert len(promise_reminders(cast["dlh1"])) == 1
    tick(world, clock, at(11, 26, 8, 0))  # one more working day silent: the head too
    [to_head] = promise_reminders(cast["head"])
    assert "LPR-1" in to_head and "Selasa, 24 Nov 2026" in to_head and "Dewi" in to_head, to_head
    assert len(promise_reminders(cast["dlh1"])) == 2
    assert "Kepala instansi ikut diberi tahu" in promise_reminders(cast["dlh1"])[-1]
    tick(world, clock, at(11, 27, 8, 0))
    tick(world, clock, at(11, 30, 8, 0))
    assert len(promise_reminders(cast["dlh1"])) == 2 and len(promise_reminders(cast["head"])) == 1
    assert promise_reminders(cast["supervisor"]) == [] and promise_reminders(cast["pupr"]) == []
    relayed = [m for m in cast["citizen"].inbox()[citizen_before:] if m.purpose != "follow_up"]
    assert relayed == [], "the citizen is told nothing new"


def test_the_ladder_run_twice_at_once_sends_each_reminder_once(cast, world, clock):
    cast["dlh1"].swipe(_notice(cast), "besok kami tangani")
    svc = services(world)
    for when in (at(11, 25, 8, 0), at(11, 25, 8, 0), at(11, 26, 9, 0), at(11, 26, 9, 0)):
        clock.now = when
        run_ladders(svc, when)
        run_ladders(svc, when)
    with svc.session_factory() as session:
        rows = session.scalars(select(OutboxMessage).where(OutboxMessage.dedupe_key.like("promise:%"))).all()
    assert sorted(r.recipient for r in rows) == sorted([cast["dlh1"].phone, cast["dlh2"].phone] * 2
                                                         + [cast["head"].phone])


def test_a_missed_morning_sends_only_the_highest_reminder(cast, world, clock):
    cast["dlh1"].swipe(_notice(cast), "besok kami tangani")
    tick(world, clock, at(11, 27, 10, 0))  # the scheduler was down Wednesday and Thursday
    assert len(promise_reminders(cast["dlh1"])) == 1 and len(promise_reminders(cast["head"])) == 1


@pytest.mark.parametrize("news", [
    "TL LPR-1 tim sudah di lokasi, sebagian sudah diangkut",
    "SELESAI LPR-1 sampah sudah diangkut semua",
    "INFO LPR-1 titik tumpukannya di sebelah mana ya pak?",
    "KEMBALIKAN LPR-1 bukan kewenangan kami, ini pasar milik swasta",
    "TL LPR-1 cuaca hujan, kamis kami lanjutkan",  # a new promise: its own day counts
])
def test_news_after_the_promise_stops_its_reminders(cast, world, clock, news):
    cast["dlh1"].swipe(_notice(cast), "besok kami tangani")
    clock.now = at(11, 24, 14, 0)
    cast["dlh1"].says(news)
    tick(world, clock, at(11, 25, 8, 0))
    tick(world, clock, at(11, 26, 8, 0))
    assert promise_reminders(cast["dlh1"]) == [] and promise_reminders(cast["head"]) == []


@pytest.mark.parametrize("said", [
    "akan segera kami tangani",  # no day: nothing recorded, nothing to chase
    "sudah kami cek ke lokasi kemarin",  # progress, no day to come
    "senin lalu sudah dicek",  # a day gone by
])
def test_a_follow_up_without_a_day_to_come_is_not_chased(cast, world, clock, said):
    cast["dlh1"].swipe(_notice(cast), said)
    for day in (25, 26, 27, 30):
        tick(world, clock, at(11, day, 8, 0))
    assert promise_reminders(cast["dlh1"]) == [] and promise_reminders(cast["head"]) == []


def test_a_promise_for_next_week_waits_for_that_week(cast, world, clock):
    clock.now = at(11, 25, 10, 0)  # Wednesday
    cast["dlh1"].swipe(_notice(cast), "minggu depan dikerjakan")  # Monday 30 Nov
    for day in (26, 27, 30):
        tick(world, clock, at(11, day, 8, 0))
    assert promise_reminders(cast["dlh1"]) == []
    tick(world, clock, at(12, 1, 8, 0))
    [reminder] = promise_reminders(cast["dlh1"])
    assert "Senin, 30 Nov 2026" in reminder


def test_a_new_promise_after_the_first_went_by_is_chased_on_its_own_day(cast, world, clock):
    cast["dlh1"].swipe(_notice(cast), "besok kami tangani")
    tick(world, clock, at(11, 25, 8, 0))
    assert len(promise_reminders(cast["dlh1"])) == 1
    clock.now = at(11, 25, 9, 0)
    cast["dlh1"].says("TL LPR-1 truk rusak, jumat kami angkut")  # Friday 27 Nov
    tick(world, clock, at(11, 26, 8, 0))
    tick(world, clock, at(11, 27, 8, 0))
    assert len(promise_reminders(cast["dlh1"])) == 1 and promise_reminders(cast["head"]) == []
    tick(world, clock, at(11, 30, 8, 0))
    assert len(promise_reminders(cast["dlh1"])) == 2 and "Jumat, 27 Nov 2026" in promise_reminders(cast["dlh1"])[-1]


def test_a_queued_promise_reminder_chases_nothing_once_news_came(cast, world, clock):
    cast["dlh1"].swipe(_notice(cast), "besok kami tangani")
    svc = services(world)
    clock.now = at(11, 25, 8, 0)
    run_ladders(svc, clock.now)  # queued, not yet sent
    with svc.session_factory() as session:
        key = session.scalars(select(OutboxMessage.dedupe_key).where(
            OutboxMessage.dedupe_key.like("promise:%"))).first()
        assert not chases_nothing(session, key)
    cast["dlh1"].says("TL LPR-1 tim sedang di lokasi")
    with svc.session_factory() as session:
        assert chases_nothing(session, key)


def test_promise_reminders_are_on_the_dashboard_timeline(cast, world, clock):
    cast["dlh1"].swipe(_notice(cast), "besok kami tangani")
    tick(world, clock, at(11, 25, 8, 0))
    tick(world, clock, at(11, 26, 8, 0))
    svc = services(world)
    with svc.session_factory() as session:
        complaint = session.scalars(select(Complaint).where(Complaint.number == 1)).one()
        verifier = session.scalars(select(Contact).where(Contact.role == "verifier")).first()
        items = [item for item in timeline(session, complaint, verifier) if item.event == "pengingat_janji"]
    assert [item.step for item in items] == [1, 2]
    assert {r.name for r in items[1].recipients} == {"Dewi", "Eko", "Yusuf"}


HEAD_NAMED = "Sampah pasar menumpuk, petugas DLH dan kepala dinasnya pak Yusuf malah minta uang rokok ke pedagang"


def test_a_promise_about_an_accused_head_reaches_the_supervisor_at_the_second_step(world, clock):
    clock.now = at(11, 23)
    people = make_people(world)
    file_and_read(people["citizen"], description=HEAD_NAMED, photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].swipe(_notice(people), "besok kami tangani")
    tick(world, clock, at(11, 25, 8, 0))
    tick(world, clock, at(11, 26, 8, 0))
    assert promise_reminders(people["head"]) == []
    [above] = promise_reminders(people["supervisor"])
    assert "LPR-1" in above and "cuti" not in above and "menyebut kepala" in above, above
    assert "Kepala instansi ikut diberi tahu" not in promise_reminders(people["dlh1"])[-1]


def test_the_second_promise_reminder_to_a_head_reading_alone_says_no_officer_was_reminded(cast, world, clock):
    cast["dlh1"].swipe(_notice(cast), "besok kami tangani")
    clock.now = at(11, 24, 14, 0)
    for officer in ("dlh1", "dlh2"):
        cast[officer].says("CUTI SAYA sampai jumat")
    tick(world, clock, at(11, 25, 8, 0))
    tick(world, clock, at(11, 26, 8, 0))
    reminders = promise_reminders(cast["head"])
    assert len(reminders) == 2, reminders
    assert "Petugas sudah diingatkan" not in reminders[-1] and "Pengingat ke-2" in reminders[-1], reminders[-1]
    assert "TL LPR-1" in reminders[-1], reminders[-1]
