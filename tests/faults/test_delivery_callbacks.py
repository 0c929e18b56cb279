"""Twilio's delivery callbacks as they really come: before the sender has stored the SID, out of order, repeated,
and late after the message was read. None is lost, none turns the state back, and what they ask (send again as a
template, stop writing, retry later) happens once and only when the failure counts."""

from __future__ import annotations

import random
import threading
import time
import uuid

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from bot import status as status_module
from models import Contact, OutboxMessage, OutboxStatus
from tests.bot.test_outbox import CITIZEN, queue, rows, tick
from tests.conftest import WhatsApp
from tests.faults.conftest import TEMPLATE, needs_postgres, twilio_transport
from tests.sampling import examples

CALLBACKS = settings(max_examples=examples(40), deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def app(make_app, fake):
    """An app sending through the real twilio client to the fake, with a template for messages outside the window."""
    return make_app(transport=twilio_transport(fake), TWILIO_CONTENT_SIDS={"default": TEMPLATE},
                    OUTBOX_BACKOFF_SECONDS=30, OUTBOX_MAX_ATTEMPTS=5)


def report(app, sid: str, status: str, code: str = "") -> int:
    """Post Twilio's signed status callback for `sid`; return the HTTP status."""
    fields = {"MessageSid": sid, "MessageStatus": status, "AccountSid": "AC" + "0" * 32, "To": f"whatsapp:{CITIZEN}"}
    if code:
        fields["ErrorCode"] = code
    return WhatsApp(app).post(fields, path="/twilio/status").status


def send_one(svc, body: str = "Tindak lanjut LPR-7: petugas datang besok pagi") -> OutboxMessage:
    """Queue one free-form message to a citizen who wrote an hour ago and send it; return its row."""
    [row_id] = queue(svc, CITIZEN, body)
    tick(svc)
    return next(row for row in rows(svc) if row.id == row_id)


def opted_out(svc) -> bool:
    with svc.session_factory() as session:
        return session.scalars(select(Contact.opted_out).where(Contact.phone == CITIZEN)).one()


# Defect 5: a callback that overtakes Twilio's answer to create() ---------------------------------------------------

@pytest.mark.parametrize("status,code,then", [
    ("undelivered", "63016", "sent again as a template"),
    ("failed", "21610", "the person opted out"),
    ("read", "", "read"),
])
def test_a_status_reported_before_the_sid_is_stored_is_applied_when_it_is(app, svc, fake, clock, status, code, then):
    overtaking = []

    def twilio_reports_first(message):
        if not message["content_sid"]:  # Twilio's callback reaches the app while create() has not answered yet
            overtaking.append(report(app, message["sid"], status, code))

    fake.on_accept = twilio_reports_first
    row = send_one(svc)
    fake.on_accept = None
    assert overtaking == [204]
    report(app, fake.messages[0]["sid"], status, code)  # Twilio repeats it: still once
    for _ in range(3):
        clock.advance(minutes=1)
        tick(svc)
    [row] = rows(svc)
    if then == "sent again as a template":
        assert [m["content_sid"] for m in fake.messages] == [None, TEMPLATE]
        assert row.status == OutboxStatus.SENT and row.twilio_sid == fake.messages[1]["sid"]
    elif then == "the person opted out":
        assert opted_out(svc) and row.status == OutboxStatus.FAILED and len(fake.messages) == 1
    else:
        assert row.status == OutboxStatus.READ and len(fake.messages) == 1


def waiting_for_a_lock(svc) -> bool:
    """Tell whether a session of this database waits for an advisory lock (the callback for the sender's commit)."""
    with svc.session_factory() as session:
        return bool(session.scalar(text(
            "SELECT count(*) FROM pg_locks WHERE NOT granted AND locktype = 'advisory'"
            " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")))


def test_a_63016_arriving_while_the_sid_is_being_stored_is_not_lost(app, svc, fake, clock, database_url,
                                                                     monkeypatch):
    """The callback comes in while the sender's transaction that stores the SID is still open (PostgreSQL, where
    the two really overlap): one of them waits for the other, so the second sees what the first wrote."""
    needs_postgres(database_url)
    catch_up, answers, threads = status_module.catch_up, [], []

    def callback_meanwhile(session, row, config, now):
        catch_up(session, row, config, now)
        thread = threading.Thread(target=lambda: answers.append(report(app, row.twilio_sid, "undelivered", "63016")))
        threads.append(thread)
        thread.start()
        deadline = time.monotonic() + 10  # until the callback is answered or waits for this transaction
        while thread.is_alive() and not waiting_for_a_lock(svc) and time.monotonic() < deadline:
            time.sleep(0.01)

    monkeypatch.setattr(status_module, "catch_up", callback_meanwhile)
    send_one(svc)
    monkeypatch.undo()
    threads[0].join(timeout=10)
    assert answers == [204]
    clock.advance(minutes=1)
    tick(svc)
    assert [m["content_sid"] for m in fake.messages] == [None, TEMPLATE]


# Defect 7: statuses only move forward ---------------------------------------------------------------------------

PLAIN = [("queued", ""), ("sending", ""), ("sent", ""), ("delivered", ""), ("read", ""), ("undelivered", "30008"),
         ("failed", "30003"), ("undelivered", "30003"), ("partially_delivered", ""), ("canceled", "")]


def furthest(callbacks: list[tuple[str, str]]) -> str:
    """How far the message got, whatever order Twilio told it in: read, else delivered, else a failure
    (undelivered before failed), else sent."""
    heard = {status for status, _ in callbacks}
    return next((status for status in ("read", "delivered", "undelivered", "failed") if status in heard), "sent")


@CALLBACKS
@given(callbacks=st.lists(st.sampled_from(PLAIN), min_size=1, max_size=8), shuffle=st.randoms())
@example(callbacks=[("sent", ""), ("delivered", ""), ("read", ""), ("undelivered", "30008")], shuffle=random.Random(0))
def test_delivery_status_only_moves_forward_whatever_the_order_of_callbacks(app, svc, fake, callbacks, shuffle):
    for order in (callbacks, shuffle.sample(callbacks, len(callbacks))):  # as told, and the same told reordered
        row = send_one(svc, f"Laporan diteruskan {uuid.uuid4().hex}")
        for status, code in order:
            assert report(app, row.twilio_sid, status, code) == 204
        with svc.session_factory() as session:
            assert session.get(OutboxMessage, row.id).status == furthest(callbacks), order


@pytest.mark.parametrize("first", ["delivered", "read"])
@pytest.mark.parametrize("code", ["63016", "63018", "21610", "30008"])
def test_a_failure_after_delivery_is_an_event_that_changes_nothing(app, svc, fake, clock, first, code):
    row = send_one(svc)
    report(app, row.twilio_sid, first)
    report(app, row.twilio_sid, "undelivered" if code != "21610" else "failed", code)
    for _ in range(3):
        clock.advance(minutes=10)
        tick(svc)
    assert [r.status for r in rows(svc)] == [first]
    assert len(fake.messages) == 1  # neither sent again as a template nor retried
    assert not opted_out(svc)
