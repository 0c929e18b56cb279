"""Real scheduler processes (`python -m scheduler`) on one PostgreSQL database: two at once, one killed with SIGKILL.

Each worker runs every job on APScheduler each second, its clock moved to the instant under test
(tests/faults/scheduler_at.py), and sends through the real twilio client to a Fake Twilio served by this test;
the fake's clock runs from the same instant, so the outbox's reconciliation sees Twilio's timestamps as it would
in production.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from config import SETTINGS
from lapor import facts
from lapor.complaints import Draft, submit
from lapor.dispositions import assign
from lapor.retry import LEASE
from models import Agency, Complaint, Contact, Disposition, LedgerEntry, OutboxMessage, OutboxStatus
from scheduler.runner import hours_key
from services import services
from tests.fake_twilio import FakeTwilio
from tests.faults.conftest import SENDER, TEMPLATE, RunningClock, needs_postgres
from tests.parties import DLH_HEAD, SUPERVISOR, VERIFIER, WASTE, make_world

ROOT = Path(__file__).resolve().parents[2]
WORKER = str(Path(__file__).with_name("scheduler_at.py"))
JAKARTA = ZoneInfo("Asia/Jakarta")
FILED = datetime(2026, 8, 13, 10, 0, tzinfo=JAKARTA)   # Thursday
TICK = datetime(2026, 8, 14, 10, 0, tzinfo=JAKARTA)    # Friday: first rungs due, digests due
COMPLAINTS = 16
REMINDED = re.compile(r"^⏰ Pengingat[^:]*: (?:disposisi )?(LPR-\d+)", re.MULTILINE)  # a rung's first line
WAIT = 60  # seconds: an upper bound for the workers to finish the work, never reached when things work
SETTLE_PASSES = 2  # passes of each job every worker runs once the work is done: they must change nothing


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
                assign(session, complaint, [dlh], verifier, FILED, svc.region)
        for contact in session.scalars(select(Contact)):
            contact.last_inbound_at = recent
    return svc


def environ(database_url: str, fake) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in {s.name for s in SETTINGS} and not k.startswith("FLASK_")}
    return {**env, **compiled_once(env), "DATABASE_URL": database_url, "TWILIO_ACCOUNT_SID": fake.account_sid,
            "TWILIO_AUTH_TOKEN": fake.auth_token, "TWILIO_WHATSAPP_FROM": SENDER,
            "TWILIO_API_BASE_URL": fake.base_url, "TWILIO_TIMEOUT_SECONDS": "5",
            "TWILIO_CONTENT_SIDS": f"default={TEMPLATE}", "OUTBOX_RATE_PER_SECOND": "0",
            "LADDER_INTERVAL_SECONDS": "1", "OUTBOX_INTERVAL_SECONDS": "1",
            "LOG_LEVEL": "DEBUG", "PYTHONUNBUFFERED": "1"}


def compiled_once(env: dict) -> dict:
    """Where PYTHONDONTWRITEBYTECODE is set (these machines set it), the processes started here compile what they
    import from source, each: Flask, SQLAlchemy, twilio, APScheduler, 4 s of CPU a worker, two at once. Cache it
    under .venv as `make test` does (a folder of its own: the source tree stays clean)."""
    if not env.get("PYTHONDONTWRITEBYTECODE") or env.get("PYTHONPYCACHEPREFIX"):
        return {}
    return {"PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": str(ROOT / ".venv" / "pycache")}


@pytest.fixture
def announced(seeded):
    """The seeded complaints announced to the verifiers when they were filed, as a worker running yesterday did.

    Then no worker's announce pass has anything to score, and none builds the router: scikit-learn's import and
    the fit took 2.6 s of CPU in each worker (two at once score the same batch before either claims it), which
    these tests waited for on two shared cores (at load 10 the test of two workers neared its 60 s bound, the
    killed worker's passed it). What they test is the outbox and the ledger: 24 disposition notices, the rungs
    and the digests. Announcing once with two workers and two web processes at once is
    tests/faults/test_several_machines.py's."""
    with seeded.session_factory.begin() as session:
        for complaint in session.scalars(select(Complaint)):
            complaint.announced_at = FILED
    return seeded


@pytest.fixture
def start(tmp_path, pg, fake):
    """Start scheduler workers whose clocks read `at`; any still running at the end is killed."""
    started = []

    def run(at: datetime) -> subprocess.Popen:
        path = tmp_path / f"worker-{len(started)}.log"
        with path.open("wb") as log:
            process = subprocess.Popen([sys.executable, WORKER, at.isoformat()], cwd=ROOT, env=environ(pg, fake),
                                       stdout=log, stderr=subprocess.STDOUT)
        process.log = path
        started.append(process)
        return process

    yield run
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def stop(process: subprocess.Popen) -> str:
    """SIGTERM a worker (as a deployment stops it) and return its log; it must exit cleanly."""
    return stop_all(process)[0]


def stop_all(*processes: subprocess.Popen) -> list[str]:
    """SIGTERM workers at once (their stops overlap, as a deployment's do) and return their logs."""
    for process in processes:
        process.send_signal(signal.SIGTERM)
    outputs = []
    for process in processes:
        process.wait(timeout=WAIT)
        output = process.log.read_text(errors="replace")
        assert process.returncode == 0, output
        assert "Traceback" not in output and " ERROR " not in output, output
        outputs.append(output)
    return outputs


def wait_until_done(svc, fake, *workers: subprocess.Popen) -> None:
    """Wait until the ledger is complete and every queued message is recorded as sent, then until every worker ran
    each job that queues or sends SETTLE_PASSES more times (counted in its log, not slept: on a loaded machine a
    fixed sleep saw no pass at all): those passes must change nothing, which the caller's assertions check."""
    expected = expected_ledger(svc)
    started = wait_until_started(*workers)
    work_began = time.monotonic()
    deadline = work_began + WAIT  # for the work: the start-up had its own bound
    while not _done(svc, fake, expected):
        _assert_running(workers, deadline, lambda: f"the workers did not finish ({started}): " + _progress(svc, fake))
        time.sleep(0.2)
    passes = {worker: _passes(worker) for worker in workers}
    while any(_passes(worker) - done < SETTLE_PASSES for worker, done in passes.items()):
        _assert_running(workers, deadline, lambda: "the workers ran no more passes once done")
        time.sleep(0.2)
    print(f"{started}; the work and the settling passes {time.monotonic() - work_began:.1f} s")  # -rP shows it


SETTLING_JOBS = ("ladders", "digests", "announce", "outbox")
STARTED = "scheduler started with"  # the worker's log line once its jobs are scheduled


def wait_until_started(*workers: subprocess.Popen) -> str:
    """Wait until every worker has built its app and started its scheduler; say how long each took.

    The start-up is importing the app and `create_app` (2.3 s of CPU a worker, alone), two processes at once beside
    the test workers: at a load of 10 the workers started after 21-25 s and then did the work and the settling passes
    in 7-11 s; at 15, started after ~34 s, the work 10 s. One bound of 60 s for both was mostly the start-up's, which
    grows with the load while the work hardly does; each has its own now. Waiting on the logs, not the database,
    also leaves the test process idle meanwhile (it polled three queries every 0.2 s).
    """
    began = time.monotonic()
    deadline = began + WAIT
    took = {}
    while len(took) < len(workers):
        for index, worker in enumerate(workers):
            if index not in took and STARTED in worker.log.read_text(errors="replace"):
                took[index] = time.monotonic() - began
        _assert_running(workers, deadline, lambda: f"the workers did not start: {took}")
        time.sleep(0.2)
    return "started after " + ", ".join(f"{took[index]:.1f} s" for index in sorted(took))


def _passes(worker: subprocess.Popen) -> int:
    """How many runs of its least-run job that queues or sends the worker has finished."""
    output = worker.log.read_text(errors="replace")
    return min(len(job_results(output, job)) for job in SETTLING_JOBS)


def _assert_running(workers, deadline: float, why) -> None:
    for worker in workers:
        assert worker.poll() is None, worker.log.read_text(errors="replace")
    assert time.monotonic() < deadline, why()


def wait_for_sends(fake, worker: subprocess.Popen, count: int) -> None:
    """Wait until Twilio has accepted `count` messages from a worker that keeps running."""
    deadline = time.monotonic() + WAIT
    while len(fake.messages) < count:
        assert worker.poll() is None, worker.log.read_text(errors="replace")
        assert time.monotonic() < deadline, "the worker sent nothing"
        time.sleep(0.02)


def wait_for_pass(worker: subprocess.Popen, job: str) -> None:
    """Wait until a worker has run `job` once (its log says what the run did)."""
    deadline = time.monotonic() + WAIT
    while not job_results(worker.log.read_text(errors="replace"), job):
        assert worker.poll() is None, worker.log.read_text(errors="replace")
        assert time.monotonic() < deadline, f"the worker never ran {job}"
        time.sleep(0.1)


def _done(svc, fake, expected: set[str]) -> bool:
    """Every rung and digest recorded, every complaint announced to the verifiers (the announce job's first run
    builds the router: seconds on a loaded machine, after which its notices join the outbox), everything sent."""
    with svc.session_factory() as session:
        ledger = set(session.scalars(select(LedgerEntry.key)))
        statuses = Counter(session.scalars(select(OutboxMessage.status)))
        unannounced = session.scalar(select(func.count()).where(Complaint.announced_at.is_(None)))
    sent = statuses.get(OutboxStatus.SENT, 0)
    return (ledger == expected and not unannounced and sent == sum(statuses.values())
            and sent <= len(fake.messages))


def _progress(svc, fake) -> str:
    with svc.session_factory() as session:
        statuses = Counter(session.scalars(select(OutboxMessage.status)))
    return f"outbox {dict(statuses)}, at Twilio {len(fake.messages)}"


def job_results(output: str, job: str) -> list[str]:
    """What a worker's runs of `job` reported (the runner logs each result at DEBUG)."""
    return [line.split(f"job {job}: ", 1)[1] for line in output.splitlines() if f"job {job}: " in line]


def expected_ledger(svc) -> set[str]:
    """What must have happened once as of TICK: rung 1 of every ladder that started yesterday, two digests, the
    performance facts rewritten for this release's rules and the held messages released for the region's hours,
    both by the first worker to start."""
    with svc.session_factory() as session:
        waiting = session.scalars(select(Complaint.id).where(~Complaint.dispositions.any())).all()
        dispositions = session.scalars(select(Disposition.id)).all()
        head, supervisor = (session.scalars(select(Contact.id).where(Contact.phone == p)).one()
                            for p in (DLH_HEAD, SUPERVISOR))
    day, filed = TICK.date().isoformat(), f"{FILED.astimezone(UTC):%Y%m%dT%H%M%SZ}"  # the rounds began when filed
    return ({f"rung:verification:c{c}:{filed}:1" for c in waiting}
            | {f"rung:first_response:d{d}:{filed}:1" for d in dispositions}
            | {f"digest:{day}:{head}", f"digest:{day}:{supervisor}", f"facts-rules:{facts.RULES}",
               hours_key(svc.region.calendar)})


def assert_everything_once(svc, fake) -> None:
    with svc.session_factory() as session:
        ledger = session.scalars(select(LedgerEntry.key)).all()
        rows = session.scalars(select(OutboxMessage)).all()
    assert sorted(ledger) == sorted(expected_ledger(svc))
    purposes = Counter(row.purpose for row in rows)
    # Rungs due in the same pass reach a person as one message (bot.reminders.send_rungs): how many messages that
    # makes depends on which worker's pass took which rungs, but each complaint's reminder reaches each person once.
    reminded = Counter((row.recipient, reference) for row in rows if row.purpose == "reminder"
                       for reference in REMINDED.findall(row.body))
    assert sorted(Counter(reminded.values()).items()) == [(1, COMPLAINTS // 2 * 1 + COMPLAINTS // 2 * 2)]
    assert len({recipient for recipient, _ in reminded}) == 3  # the verifier; two DLH officers
    assert purposes["digest"] == 2
    assert Counter(row.status for row in rows) == {OutboxStatus.SENT: len(rows)}, "every message sent"
    at_twilio = Counter((m["to"], m["body"]) for m in fake.messages)
    assert at_twilio == Counter((f"whatsapp:{row.recipient}", row.body) for row in rows), "none missing, none twice"
    assert sorted(row.twilio_sid for row in rows) == sorted(m["sid"] for m in fake.messages)


def test_two_scheduler_processes_at_once_do_everything_once(announced, fake, start):
    first, second = start(TICK), start(TICK)
    wait_until_done(announced, fake, first, second)
    outputs = stop_all(first, second)
    rungs = [int(result.split("rungs=")[1].split()[0]) for o in outputs for result in job_results(o, "ladders")]
    assert sum(rungs) == COMPLAINTS, "each rung sent by one worker or the other, once"
    assert all(job_results(o, "outbox") for o in outputs), "both workers ran the outbox"
    assert_everything_once(announced, fake)


def test_scheduler_killed_mid_send_and_restarted_sends_everything_once(announced, fake, start):
    fake.fail_for(3600, "timeout_accept", delay=0.4)  # Twilio accepts each message, then answers slowly
    began = time.monotonic()
    victim = start(TICK)
    wait_for_sends(fake, victim, 6)
    victim.send_signal(signal.SIGKILL)  # mid-send: one message accepted by Twilio, not yet recorded
    victim.wait(timeout=10)
    killed = TICK + timedelta(seconds=time.monotonic() - began)  # the victim's clock when it died
    fake.fail_for(0, "timeout_accept")  # Twilio answers promptly again
    with announced.session_factory() as session:
        recorded = session.scalars(select(OutboxMessage).where(OutboxMessage.status == OutboxStatus.SENT)).all()
        claimed = session.scalars(select(OutboxMessage).where(OutboxMessage.status == OutboxStatus.SENDING)).all()
    assert claimed, "the kill should leave claimed rows behind"
    assert len(fake.messages) == len(recorded) + 1, "killed between Twilio's acceptance and the record of it"
    early = start(killed + timedelta(seconds=5))  # the dead worker's lease still holds: its rows wait
    wait_for_pass(early, "outbox")  # (a loaded machine takes seconds to start a worker: the sleep alone saw none)
    stop(early)
    with announced.session_factory() as session:
        waiting = session.scalars(select(OutboxMessage.status).where(
            OutboxMessage.id.in_([row.id for row in claimed]))).all()
    assert waiting == [OutboxStatus.SENDING] * len(claimed), "a leased row waits for its lease to expire"
    assert max(Counter((m["to"], m["body"]) for m in fake.messages).values()) == 1
    # A minute after the kill its leases have run out (they were 5 minutes: the rows waited that long, and this
    # worker found them still claimed): reconciled, then sent if Twilio never got them.
    assert LEASE <= timedelta(minutes=1)
    restarted = start(killed + timedelta(seconds=65))
    wait_until_done(announced, fake, restarted)
    stop(restarted)
    assert_everything_once(announced, fake)


def test_a_worker_stopped_mid_pass_finishes_the_message_in_hand_and_another_sends_the_rest_at_once(
        announced, fake, start):
    fake.fail_for(3600, "timeout_accept", delay=0.4)  # Twilio answers slowly: the pass takes seconds
    worker = start(TICK)
    wait_for_sends(fake, worker, 3)
    at_signal = len(fake.messages)
    output = stop(worker)  # SIGTERM, as a deployment stops it
    assert len(fake.messages) <= at_signal + 1, "the message in hand is finished, and no more"
    assert "handed_back=" in output
    with announced.session_factory() as session:
        leased = session.scalar(select(func.count()).where(OutboxMessage.status == OutboxStatus.SENDING))
    assert leased == 0, "nothing is left leased to a worker that is gone"
    fake.fail_for(0, "timeout_accept")
    restarted = start(TICK)  # the same instant: a lease would still hold; handed back, the rest go at once
    wait_until_done(announced, fake, restarted)
    stop(restarted)
    assert_everything_once(announced, fake)
