"""Twilio failing for a while (500, 429/63018, timeouts, refused), then recovering: nothing lost, nothing twice."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.outbox import OutboxSender, enqueue
from models import Contact, OutboxMessage, OutboxStatus
from services import services
from tests.faults.conftest import TEMPLATE, twilio_transport

STAFF = [f"+62811000{i:05d}" for i in range(10)]
CITIZENS = [f"+62812000{i:05d}" for i in range(10)]


@pytest.fixture
def svc(make_app, fake):
    app = make_app(transport=twilio_transport(fake, timeout=0.3), TWILIO_CONTENT_SIDS={"default": TEMPLATE},
                   OUTBOX_BACKOFF_SECONDS=30, OUTBOX_MAX_ATTEMPTS=8, OUTBOX_BATCH_SIZE=50)
    return services(app)


def queue_many(svc, count: int, staff_wrote: bool = True) -> list[str]:
    """Queue `count` distinct messages over 20 people (half staff, half citizens); return the bodies.

    Everyone wrote an hour ago (free-form text), unless `staff_wrote` is False: then staff get templates.
    """
    now = svc.clock()
    bodies = []
    recent = now - timedelta(hours=1)
    with svc.session_factory.begin() as session:
        session.add_all([Contact(phone=p, role="officer", name=p[-4:], last_inbound_at=recent if staff_wrote else None)
                         for p in STAFF] + [Contact(phone=p, last_inbound_at=recent) for p in CITIZENS])
        session.flush()
        for i in range(count):
            body = f"Pesan {i}: tindak lanjut LPR-{i}"
            enqueue(session, (STAFF + CITIZENS)[i % 20], body, purpose="notice", now=now)
            bodies.append(body)
    return bodies


def tick(svc):
    return OutboxSender(svc.session_factory, svc.transport, svc.config).run_once(svc.clock())


def outbox(svc) -> list[OutboxMessage]:
    with svc.session_factory() as session:
        return session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()


def delivered_texts(fake) -> Counter:
    """What reached Twilio, as (recipient, text) pairs with their count."""
    return Counter((m["to"], (m["content_variables"] or {}).get("1") or m["body"]) for m in fake.messages)


def expected_texts(svc) -> Counter:
    return Counter((f"whatsapp:{row.recipient}", row.body) for row in outbox(svc))


def assert_exactly_once(svc, fake) -> None:
    rows = outbox(svc)
    assert Counter(row.status for row in rows) == {OutboxStatus.SENT: len(rows)}
    assert delivered_texts(fake) == expected_texts(svc)  # every message once: none missing, no duplicate
    assert sorted(row.twilio_sid for row in rows) == sorted(m["sid"] for m in fake.messages)


def test_two_hundred_messages_survive_mixed_failures_and_an_outage(svc, fake, clock):
    queue_many(svc, 200)
    fake.fail_next(3, "timeout_accept", delay=0.5)   # Twilio took it but answered too late
    fake.fail_next(3, "timeout_drop", delay=0.5)     # Twilio hung and took nothing
    fake.fail_next(4, "http500")
    fake.fail_next(4, "http429")
    fake.fail_next(4, "error63018")
    first = tick(svc)
    # The 18 failures are retried, never counted as sent. On a machine loaded enough that a normal request takes
    # longer than the 0.3 s timeout, that one is retried too (and still sent exactly once below).
    assert first.sent + first.retried == 200 and first.retried >= 18 and first.failed == 0
    clock.advance(seconds=1)
    queue_more = 0
    # Then a hard outage (connection refused), then a 500 storm, then 63018 throttling, each for a while.
    fake.down()
    with svc.session_factory.begin() as session:
        for i in range(20):
            enqueue(session, CITIZENS[i % 10], f"Selama gangguan {i}", now=clock.now)
            queue_more += 1
    accepted = len(fake.messages)
    for phase in ("down", "http500", "error63018", "http429"):
        if phase != "down":
            fake.up()
            fake.fail_for(90, phase)
        for _ in range(3):
            report = tick(svc)  # only reconciliation of the answered-too-late sends may succeed meanwhile
            assert report.failed == 0 and len(fake.messages) == accepted, (phase, report)
            clock.advance(seconds=30)
    fake.up()
    for _ in range(40):
        tick(svc)
        if all(row.status == OutboxStatus.SENT for row in outbox(svc)):
            break
        clock.advance(minutes=2)
    assert len(outbox(svc)) == 200 + queue_more
    assert_exactly_once(svc, fake)


@pytest.mark.parametrize("mode,count", [("http500", 20), ("http429", 20), ("error63018", 20),
                                        ("timeout_drop", 4), ("timeout_accept", 4)])  # each timeout costs 0.3 s
def test_each_failure_mode_for_a_while_then_recovery(svc, fake, clock, mode, count):
    queue_many(svc, count)
    fake.fail_for(120, mode, delay=0.35)
    for _ in range(30):
        tick(svc)
        if all(row.status == OutboxStatus.SENT for row in outbox(svc)):
            break
        clock.advance(seconds=45)
    assert_exactly_once(svc, fake)


# Reconciliation: deciding whether an ambiguous attempt reached Twilio ---------------------------------

def queue_to(svc, phone: str, bodies: list[str], wrote: bool) -> None:
    now = svc.clock()
    with svc.session_factory.begin() as session:
        session.add(Contact(phone=phone, role="officer", name="Dewi",
                            last_inbound_at=now - timedelta(hours=1) if wrote else None))
        for body in bodies:
            enqueue(session, phone, body, purpose="reminder", now=now)


def drain(svc, clock, ticks: int = 6) -> None:
    for _ in range(ticks):
        clock.advance(minutes=2)
        tick(svc)


def test_template_timed_out_is_not_mistaken_for_another_message_to_the_same_officer(svc, fake, clock):
    queue_to(svc, STAFF[0], ["Pengingat LPR-1", "Pengingat LPR-2"], wrote=False)  # templates
    fake.fail_next(1, "timeout_drop", delay=0.35)  # LPR-1's attempt hangs and never reaches Twilio
    tick(svc)
    drain(svc, clock)
    assert sorted(m["content_variables"]["1"] for m in fake.messages) == ["Pengingat LPR-1", "Pengingat LPR-2"]
    assert_exactly_once(svc, fake)


def test_template_timed_out_is_sent_even_if_the_person_got_something_else_meanwhile(svc, fake, clock):
    queue_to(svc, STAFF[0], ["Pengingat LPR-1"], wrote=False)
    fake.fail_next(1, "timeout_drop", delay=0.35)
    tick(svc)
    # Meanwhile the officer gets another message from our number (a TwiML reply, which Twilio lists too).
    svc.transport.client.messages.create(from_=svc.transport.sender, to=f"whatsapp:{STAFF[0]}", body="Balasan")
    drain(svc, clock)
    assert [m["body"] for m in fake.messages if "LPR-1" in m["body"]] != []


def test_answered_too_late_is_found_even_after_a_backlog_to_the_same_person(svc, fake, clock):
    bodies = [f"Disposisi baru LPR-{i}" for i in range(40)]
    queue_to(svc, STAFF[0], bodies, wrote=True)  # free-form
    fake.fail_next(1, "timeout_accept", delay=0.35)  # Twilio took LPR-0 but answered too late
    report = tick(svc)
    assert report.sent == 39 and len(fake.messages) == 40
    drain(svc, clock)
    assert_exactly_once(svc, fake)
