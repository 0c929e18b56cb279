"""A reminder held in the outbox across midnight (Twilio down) is worded for the day it actually goes: «besok»
written on Wednesday is «hari ini»... on the day it is read, «hari ini» of the overdue notice is its date the next
morning; a send that may have reached Twilio the evening before is reconciled as it was, never sent twice."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.outbox import GONE_BY
from models import Disposition, OutboxMessage, OutboxStatus
from models.vocab import Purpose
from scheduler.jobs import deliver_outbox, run_ladders
from services import services
from tests.faults.conftest import twilio_transport
from tests.parties import DLH_1, ROAD, WASTE, file_and_read, make_people, make_world
from tests.scheduler.conftest import JAKARTA, at


@pytest.fixture
def svc(make_app, fake, clock):
    clock.now = at(2026, 12, 2, 15, 30)  # Wednesday
    app = make_app(transport=twilio_transport(fake, timeout=0.3), OUTBOX_BACKOFF_SECONDS=30, OUTBOX_MAX_ATTEMPTS=8)
    make_world(app, services(app))
    svc = services(app)
    svc.people = make_people(app)
    return svc


def forwarded(svc, clock, count=1):
    """LPR-1 filed and forwarded to DLH at 15:30, its first follow-up given: only the deadline's rungs are left.
    Returns its deadline (local time)."""
    people = svc.people
    for number, citizen in enumerate(("citizen", "citizen2")[:count], start=1):
        file_and_read(people[citizen], photo=False, description=WASTE if number == 1 else ROAD)
        people["verifier"].says(f"TERUSKAN LPR-{number} DLH")
        people["dlh1"].says(f"TL LPR-{number} sudah kami jadwalkan")
    with svc.session_factory() as session:
        return session.scalars(select(Disposition)).first().due_at.astimezone(JAKARTA)


def sends(svc, clock, until, fake=None):
    """The ladders and the outbox run now, a minute later and after the office closed (Twilio refusing: tried, then
    held for the next working morning), then at `until`, Twilio back up when `fake` is given."""
    start = clock.now
    for moment in (start, start + timedelta(minutes=1), start + timedelta(minutes=40)):
        if moment < until:
            clock.now = moment
            run_ladders(svc, moment)
            deliver_outbox(svc, moment)
    clock.now = until
    if fake is not None:
        fake.up()
    run_ladders(svc, clock.now)
    deliver_outbox(svc, clock.now)


def reminders_sent(svc, fake) -> list[str]:
    to = f"whatsapp:{DLH_1}"
    return [m["body"] for m in fake.messages if m["to"] == to and ("⏰" in m["body"] or "⚠" in m["body"])]


def assert_exactly_once(svc, fake) -> None:
    with svc.session_factory() as session:
        rows = session.scalars(select(OutboxMessage).where(OutboxMessage.status == OutboxStatus.SENT)).all()
        assert Counter(m["sid"] for m in fake.messages) == Counter(row.twilio_sid for row in rows)
        bodies = {row.twilio_sid: row.body for row in rows}
    assert all(bodies[m["sid"]] == m["body"] for m in fake.messages)  # what went is what the row says went


def test_a_reminder_held_across_midnight_says_the_deadline_as_read_the_day_it_goes(svc, fake, clock):
    due = forwarded(svc, clock)
    assert due == at(2026, 12, 22, 15, 30), due  # 14 working days
    clock.now = at(2026, 12, 18, 15, 30)  # Friday: 2 working days before, the completion reminder is written
    fake.down()
    sends(svc, clock, at(2026, 12, 21, 8, 0), fake)  # Twilio down until Monday morning
    [reminder] = reminders_sent(svc, fake)
    assert "harus selesai besok pukul 15.30." in reminder, reminder  # written: «22 Des 2026, 2 hari kerja lagi»
    assert "hari kerja lagi" not in reminder
    with svc.session_factory() as session:
        row = session.scalars(select(OutboxMessage).where(OutboxMessage.purpose == Purpose.REMINDER,
                                                          OutboxMessage.recipient == DLH_1)).one()
        assert row.created_at.astimezone(JAKARTA).date() == at(2026, 12, 18).date()
    assert_exactly_once(svc, fake)


def test_an_overdue_notice_held_across_midnight_says_the_day_it_went_by(svc, fake, clock):
    forwarded(svc, clock)
    clock.now = at(2026, 12, 22, 15, 30)  # written on the day at 15:30, Twilio down until the next morning
    fake.down()
    sends(svc, clock, at(2026, 12, 23, 8, 0), fake)
    [overdue] = reminders_sent(svc, fake)
    assert overdue.startswith("⚠ LPR-1 (Dinas Lingkungan Hidup) melewati batas penyelesaian 22 Des 2026.\n"), overdue
    assert "hari ini" not in overdue  # written: «hari ini pukul 15.30»
    assert_exactly_once(svc, fake)


def test_a_reminder_sent_the_same_day_is_worded_as_written(svc, fake, clock):
    forwarded(svc, clock)
    clock.now = at(2026, 12, 22, 15, 30)
    fake.down()
    sends(svc, clock, at(2026, 12, 22, 15, 55), fake)  # back within the working day
    [overdue] = reminders_sent(svc, fake)
    assert "melewati batas penyelesaian hari ini pukul 15.30." in overdue, overdue
    assert_exactly_once(svc, fake)


def test_a_send_that_may_have_reached_twilio_in_the_evening_is_reconciled_not_reworded(svc, fake, clock):
    forwarded(svc, clock)
    clock.now = at(2026, 12, 22, 15, 30)
    fake.fail_next(1, "timeout_accept", delay=0.5)  # Twilio took it but answered too late
    run_ladders(svc, clock.now)
    deliver_outbox(svc, clock.now)
    fake.down()
    sends(svc, clock, at(2026, 12, 23, 8, 0), fake)
    [overdue] = reminders_sent(svc, fake)
    assert "melewati batas penyelesaian hari ini pukul 15.30." in overdue  # as it reached Twilio, once
    with svc.session_factory() as session:
        row = session.scalars(select(OutboxMessage).where(OutboxMessage.purpose == Purpose.REMINDER,
                                                          OutboxMessage.recipient == DLH_1)).one()
        assert row.status == OutboxStatus.SENT and row.body == overdue
    assert_exactly_once(svc, fake)


def test_a_reminder_of_a_deadline_gone_by_meanwhile_is_not_sent_and_the_overdue_notice_is(svc, fake, clock):
    forwarded(svc, clock)
    clock.now = at(2026, 12, 18, 15, 30)  # the completion reminder written, Twilio down until after the deadline
    fake.down()
    sends(svc, clock, at(2026, 12, 23, 8, 0), fake)
    [overdue] = reminders_sent(svc, fake)
    assert "melewati batas penyelesaian 22 Des 2026." in overdue, overdue
    with svc.session_factory() as session:
        skipped = session.scalars(select(OutboxMessage).where(OutboxMessage.status == OutboxStatus.SKIPPED)).all()
        assert {row.last_error for row in skipped} == {GONE_BY}  # Dewi's and Eko's
    assert_exactly_once(svc, fake)


def test_one_message_of_several_reminders_held_across_midnight_says_each_deadline_as_read_the_day_it_goes(
        svc, fake, clock):
    forwarded(svc, clock, count=2)  # both at 15:30: due together, reminded in one message
    clock.now = at(2026, 12, 18, 15, 30)
    fake.down()
    sends(svc, clock, at(2026, 12, 21, 8, 0), fake)
    [both] = reminders_sent(svc, fake)
    assert both.startswith("2 pengingat untuk Anda:"), both
    assert both.count("harus selesai besok pukul 15.30.") == 2 and "hari kerja lagi" not in both, both
    assert_exactly_once(svc, fake)


def lapse_notices(fake) -> list[str]:
    to = f"whatsapp:{DLH_1}"
    return [m["body"] for m in fake.messages if m["to"] == to and "belum dijawab dalam" in m["body"]]


def asked_and_lapsed(svc, clock, asked):
    """LPR-1 forwarded on Wednesday 2 Sep 2026 (due Tuesday 22 Sep 15:30), its officer asks the citizen at `asked`,
    who never answers: the moment the question lapses (ten working days later; the deadline moves by the wait)."""
    clock.now = at(2026, 9, 2, 15, 30)
    assert forwarded(svc, clock) == at(2026, 9, 22, 15, 30)
    clock.now = asked
    assert "dikirim" in svc.people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    return svc.region.calendar.add_working_days(asked, 10)


def test_a_lapse_notice_held_across_midnight_says_the_moved_deadline_as_read_the_day_it_goes(svc, fake, clock):
    lapse = asked_and_lapsed(svc, clock, at(2026, 9, 21, 15, 0))  # a working day and 30 minutes left
    clock.now = lapse
    fake.down()
    sends(svc, clock, svc.region.calendar.next_working_time(lapse + timedelta(hours=2)), fake)
    [notice] = lapse_notices(fake)
    assert "berjalan lagi: hari ini pukul 15.30." in notice, notice  # written: «besok pukul 15.30»
    assert "besok" not in notice
    assert_exactly_once(svc, fake)


def test_a_lapse_notice_held_until_the_moved_deadline_went_by_says_it_went_by(svc, fake, clock):
    lapse = asked_and_lapsed(svc, clock, at(2026, 9, 22, 9, 0))  # 6.5 hours left: due again the day it lapses
    clock.now = lapse
    fake.down()
    sends(svc, clock, svc.region.calendar.next_working_time(lapse + timedelta(hours=8)), fake)
    [notice] = lapse_notices(fake)
    assert "sudah lewat" in notice and "berjalan lagi" not in notice, notice  # written: «hari ini pukul 15.30»
    assert "hari ini" not in notice
    assert_exactly_once(svc, fake)


def test_a_lapse_notice_sent_the_same_day_is_worded_as_written(svc, fake, clock):
    lapse = asked_and_lapsed(svc, clock, at(2026, 9, 21, 15, 0))
    clock.now = lapse
    fake.down()
    sends(svc, clock, lapse + timedelta(minutes=50), fake)
    [notice] = lapse_notices(fake)
    assert "berjalan lagi: besok pukul 15.30." in notice, notice
    assert_exactly_once(svc, fake)
