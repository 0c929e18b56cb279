"""Twilio's delivery callbacks as they really come: before the sender has stored the SID, out of order, repeated,
and late after the message was read. None is lost, none turns the state back, and what they ask (send again as a
template, stop writing, retry later) happens once and only when the failure counts."""

from __future__ import annotations

import random
import uuid

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from models import Contact, OutboxMessage
from tests.bot.test_outbox import CITIZEN, queue, rows, tick
from tests.conftest import WhatsApp
from tests.faults.conftest import TEMPLATE, twilio_transport

CALLBACKS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


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
