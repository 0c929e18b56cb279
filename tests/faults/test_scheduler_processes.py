"""Real scheduler processes (`flask tick`) on one PostgreSQL database: two at once, and one killed with SIGKILL.

Each process sends through the real twilio client to a Fake Twilio served by this test; the fake's clock runs
from the tick's instant, so the outbox's reconciliation sees Twilio's timestamps as it would in production.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot import services
from config import SETTINGS
from lapor.complaints import Draft, submit
from lapor.dispositions import dispose
from models import Agency, Complaint, Contact, Disposition, LedgerEntry, OutboxMessage, OutboxStatus
from tests.fake_twilio import FakeTwilio
from tests.faults.conftest import SENDER, TEMPLATE, RunningClock, needs_postgres
from tests.parties import DLH_HEAD, SUPERVISOR, VERIFIER, WASTE, make_world

ROOT = Path(__file__).resolve().parents[2]
FLASK = str(Path(sys.executable).parent / "flask")
JAKARTA = ZoneInfo("Asia/Jakarta")
FILED = datetime(2026, 8, 13, 10, 0, tzinfo=JAKARTA)   # Thursday
TICK = datetime(2026, 8, 14, 10, 0, tzinfo=JAKARTA)    # Friday: first rungs due, digests due
COMPLAINTS = 16
WAIT = 60  # seconds: an upper bound for one tick process, never reached when things work


@pytest.fixture
def pg(database_url):
    needs_postgres(database_url)
    return database_url


@pytest.fixture
def fake():
    with FakeTwilio(clock=RunningClock(TICK)) as server:
        yield server


@pytest.fixture
def seeded(pg, make_app, clock):
    """A directory, 16 complaints filed yesterday (half dispositioned to DLH): 16 rungs and 2 digests are due."""
    app = make_app()
    svc = services(app)
    make_world(app, svc)
    clock.now = FILED
    recent = TICK - timedelta(hours=1)  # everyone wrote within 24 hours: free-form text, compared by body
    with svc.session_factory.begin() as session:
        verifier = session.scalars(select(Contact).where(Contact.phone == VERIFIER)).one()
        dlh = session.scalars(select(Agency).where(Agency.code == "DLH")).one()
        for i in range(COMPLAINTS):
            citizen = Contact(phone=f"+62813{i:08d}", profile_name=f"Warga {i}", last_inbound_at=recent)
            session.add(citizen)
            session.flush()
            draft = Draft(kind="pengaduan", description=f"{WASTE}, laporan nomor {i}", location_text=f"Pasar {i}",
                          photo_step_done=True, privacy="biasa")
            complaint = submit(session, citizen, draft, FILED, svc.region)
            if i % 2:
                dispose(session, complaint, [dlh], verifier, FILED, svc.region)
        for contact in session.scalars(select(Contact)):
            contact.last_inbound_at = recent
    return svc


def environ(database_url: str, fake) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in {s.name for s in SETTINGS} and not k.startswith("FLASK_")}
    return {**env, "DATABASE_URL": database_url, "TWILIO_ACCOUNT_SID": fake.account_sid,
            "TWILIO_AUTH_TOKEN": fake.auth_token, "TWILIO_WHATSAPP_FROM": SENDER,
            "TWILIO_API_BASE_URL": fake.base_url, "TWILIO_TIMEOUT_SECONDS": "5",
            "TWILIO_CONTENT_SIDS": f"default={TEMPLATE}", "OUTBOX_RATE_PER_SECOND": "0",
            "LOG_LEVEL": "WARNING", "PYTHONUNBUFFERED": "1"}


@pytest.fixture
def start(tmp_path, pg, fake):
    """Start `flask tick --at …` processes; any still running at the end is killed."""
    started = []

    def run(at: datetime) -> subprocess.Popen:
        path = tmp_path / f"tick-{len(started)}.log"
        with path.open("wb") as log:
            process = subprocess.Popen([FLASK, "--app", "app", "tick", "--at", at.isoformat()], cwd=ROOT,
                                       env=environ(pg, fake), stdout=log, stderr=subprocess.STDOUT)
        process.log = path
        started.append(process)
        return process

    yield run
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def finish(process: subprocess.Popen) -> str:
    process.wait(timeout=WAIT)
    output = process.log.read_text(errors="replace")
    assert process.returncode == 0, output
    assert "Traceback" not in output and ": error" not in output, output
    return output


def expected_ledger(svc) -> set[str]:
    """What must have happened once as of TICK: rung 1 of every ladder that started yesterday, and two digests."""
    with svc.session_factory() as session:
        waiting = session.scalars(select(Complaint.id).where(~Complaint.dispositions.any())).all()
        dispositions = session.scalars(select(Disposition.id)).all()
        head, supervisor = (session.scalars(select(Contact.id).where(Contact.phone == p)).one()
                            for p in (DLH_HEAD, SUPERVISOR))
    day = TICK.date().isoformat()
    return ({f"rung:verification:c{c}:1" for c in waiting} | {f"rung:first_response:d{d}:1" for d in dispositions}
            | {f"digest:{day}:{head}", f"digest:{day}:{supervisor}"})


def assert_everything_once(svc, fake) -> None:
    with svc.session_factory() as session:
        ledger = session.scalars(select(LedgerEntry.key)).all()
        rows = session.scalars(select(OutboxMessage)).all()
    assert sorted(ledger) == sorted(expected_ledger(svc))
    purposes = Counter(row.purpose for row in rows)
    assert purposes["reminder"] == COMPLAINTS // 2 * 1 + COMPLAINTS // 2 * 2  # verifier; two DLH officers
    assert purposes["digest"] == 2
    assert Counter(row.status for row in rows) == {OutboxStatus.SENT: len(rows)}, "every message sent"
    at_twilio = Counter((m["to"], m["body"]) for m in fake.messages)
    assert at_twilio == Counter((f"whatsapp:{row.recipient}", row.body) for row in rows), "none missing, none twice"
    assert sorted(row.twilio_sid for row in rows) == sorted(m["sid"] for m in fake.messages)


def test_two_scheduler_processes_at_once_do_everything_once(seeded, fake, start):
    first, second = start(TICK), start(TICK)
    outputs = [finish(first), finish(second)]
    assert sum(int(o.split("ladders: rungs=")[1].split()[0]) for o in outputs) == COMPLAINTS
    assert_everything_once(seeded, fake)
    finish(start(TICK + timedelta(minutes=1)))  # the next tick finds nothing left to do
    assert_everything_once(seeded, fake)


def test_scheduler_killed_mid_send_and_restarted_sends_everything_once(seeded, fake, start):
    fake.fail_for(3600, "timeout_accept", delay=0.4)  # Twilio accepts each message, then answers slowly
    victim = start(TICK)
    deadline = time.monotonic() + WAIT
    while len(fake.messages) < 6:
        assert victim.poll() is None, victim.log.read_text(errors="replace")
        assert time.monotonic() < deadline, "the tick sent nothing"
        time.sleep(0.02)
    victim.send_signal(signal.SIGKILL)  # mid-send: one message accepted by Twilio, not yet recorded
    victim.wait(timeout=10)
    fake.fail_for(0, "timeout_accept")  # Twilio answers promptly again
    with seeded.session_factory() as session:
        recorded = session.scalars(select(OutboxMessage).where(OutboxMessage.status == OutboxStatus.SENT)).all()
        claimed = session.scalars(select(OutboxMessage).where(OutboxMessage.status == OutboxStatus.SENDING)).all()
    assert claimed, "the kill should leave claimed rows behind"
    assert len(fake.messages) == len(recorded) + 1, "killed between Twilio's acceptance and the record of it"
    accepted = len(fake.messages)
    assert "outbox: sent=0" in finish(start(TICK + timedelta(minutes=1)))  # the dead worker's lease still holds
    assert len(fake.messages) == accepted
    finish(start(TICK + timedelta(minutes=10)))  # lease expired: reconciled, then sent if Twilio never got them
    assert_everything_once(seeded, fake)
