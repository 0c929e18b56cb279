"""Two messages of one number at once cannot both take its last slot of new complaints: the sender's contact row
lock (bot.dispatch.upsert_sender) makes the second wait, and its count, a statement read after the lock, sees the
first one's complaint (PostgreSQL: row locks between two connections)."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import timedelta

from sqlalchemy import func, select, text

from bot import dispatch
from bot.inbound import Identity, Inbound
from lapor import budget, complaints
from models import Complaint, Contact
from tests import factories
from tests.faults.conftest import needs_postgres
from tests.parties import CITIZEN


def message() -> Inbound:
    return Inbound(sid="SM" + uuid.uuid4().hex, identity=Identity(phone=CITIZEN), body="KIRIM")


def kirim(svc, now, started: threading.Event | None = None, release: threading.Event | None = None) -> bool:
    """What a KIRIM does under the sender's lock: count the number's budget and file if there is room; True when
    it filed. `release`: hold the transaction open (locked, filed, not committed) until it is set."""
    with svc.session_factory() as session:
        contact = dispatch.upsert_sender(session, message(), now)
        if started is not None:
            started.set()
        room = budget.over_budget(session, contact, now, svc.region.settings) is None
        if room:
            complaints.submit(session, contact, factories.draft(), now)  # no ladder: the calendar is not the point
        if release is not None:
            release.wait(timeout=5)
        session.commit()
        return room


def waiting_for_a_lock(svc) -> bool:
    with svc.engine.connect() as connection:
        return bool(connection.scalar(text(
            "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()")))


def test_two_kirims_at_once_cannot_both_take_the_last_slot(database_url, svc, clock):
    needs_postgres(database_url)
    now = clock()
    with svc.session_factory.begin() as session:
        citizen = Contact(phone=CITIZEN)
        session.add(citizen)
        session.flush()
        for minutes in (40, 30, 20, 10):  # one slot left in the hour
            factories.complaint(session, now - timedelta(minutes=minutes), None, citizen)
    started, release, results = threading.Event(), threading.Event(), {}
    first = threading.Thread(target=lambda: results.__setitem__("first", kirim(svc, now, started, release)))
    first.start()
    assert started.wait(timeout=5)  # the first holds the lock, its complaint filed and not committed
    second = threading.Thread(target=lambda: results.__setitem__("second", kirim(svc, now)))
    second.start()
    deadline = time.monotonic() + 5
    while not waiting_for_a_lock(svc) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert waiting_for_a_lock(svc), "the second message must wait for the first one's lock"
    release.set()
    first.join(timeout=5)
    second.join(timeout=5)
    assert results == {"first": True, "second": False}
    with svc.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Complaint)) == 5
