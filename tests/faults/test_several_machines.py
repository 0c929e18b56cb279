"""Several machines on one PostgreSQL: two web processes and two scheduler processes, each as on its own machine.

Citizens file complaints through both web processes at once, Twilio delivers some messages twice (to the other
machine), and midway one web process and one worker are killed with SIGKILL and started again. Every message is
handled once, every complaint filed once, every reminder and digest sent once and the outbox shared without a
double send. All processes' clocks run from the same instant (time-machine), so the seeded rungs are due.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select
from twilio.request_validator import RequestValidator

from models import Complaint, Contact, InboundMessage, LedgerEntry, OutboxMessage, OutboxStatus
from tests.faults import test_scheduler_processes as processes
from tests.faults.test_scheduler_processes import TICK, WAIT, environ, expected_ledger, stop
from tests.faults.test_webhook_concurrency import free_port, wait_until_healthy
from tests.parties import WASTE

ROOT = Path(__file__).resolve().parents[2]
SERVE_AT = str(Path(__file__).with_name("serve_at.py"))
CITIZENS = 8
pg, fake, seeded, start = processes.pg, processes.fake, processes.seeded, processes.start  # the workers' fixtures


def script(i: int) -> list[str]:
    """What citizen `i` types to file one complaint."""
    return ["halo", "1", "1", f"{WASTE}, laporan warga nomor {i}", f"Pasar Srimangunan blok {i}", "LEWATI", "1",
            "KIRIM"]


@pytest.fixture
def web(tmp_path, pg, fake):
    """Start web processes (gunicorn, one worker: one machine each) whose clocks run from `at`; killed at the end."""
    started = []

    def run(at, port: int | None = None) -> subprocess.Popen:
        port = port or free_port()
        log = tmp_path / f"web-{len(started)}.log"
        env = environ(pg, fake) | {"LOG_LEVEL": "WARNING"}
        with log.open("wb") as out:
            process = subprocess.Popen([sys.executable, SERVE_AT, at.isoformat(), "--workers", "1", "--threads", "4",
                                        "--bind", f"127.0.0.1:{port}", "--timeout", "30", "app:create_app()"],
                                       cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        process.url, process.port, process.log = f"http://127.0.0.1:{port}", port, log
        started.append(process)
        wait_until_healthy(process, process.url, log)
        return process

    yield run
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


class Twilio:
    """Delivers messages as Twilio does: signed, retried on the other machine when one fails, sometimes twice."""

    def __init__(self, auth_token: str, urls: list[str]):
        self.validator, self.urls = RequestValidator(auth_token), urls
        self.replies: dict[str, list[str]] = {}
        self.repeats: list[tuple[str, list[str]]] = []
        self.posted = 0
        self.answered: list[tuple[str, float]] = []  # (machine, when) of every 200
        self.lock = threading.Lock()

    def deliver(self, phone: str, body: str, turn: int) -> list[str]:
        """Post one message to machine `turn % 2`, failing over to the other until one answers 200."""
        sent = {"MessageSid": "SM" + uuid.uuid4().hex, "AccountSid": "AC" + "0" * 32, "From": f"whatsapp:{phone}",
                "To": "whatsapp:+14155238886", "Body": body, "NumMedia": "0", "ProfileName": "Warga",
                "WaId": phone.lstrip("+")}
        deadline = time.monotonic() + WAIT
        for attempt in range(10_000):
            url = self.urls[(turn + attempt) % 2]
            replies = self._post(url, sent)
            if replies is not None:
                break
            assert time.monotonic() < deadline, f"no machine answered {body!r}"
            time.sleep(0.05)
        with self.lock:
            self.replies[sent["MessageSid"]] = replies
            self.posted += 1
        if turn % 3 == 0:  # Twilio delivers it again, to the other machine
            again = None
            while again is None:
                again = self._post(self.urls[(turn + 1) % 2], sent)
            self.repeats.append((sent["MessageSid"], again))
        return replies

    def _post(self, url: str, sent: dict) -> list[str] | None:
        signature = self.validator.compute_signature(f"{url}/twilio/whatsapp", sent)
        try:
            response = requests.post(f"{url}/twilio/whatsapp", data=sent, headers={"X-Twilio-Signature": signature},
                                     timeout=20)
        except requests.RequestException:
            return None  # the machine is down (or died mid-request): Twilio retries
        if response.status_code >= 500:
            return None
        assert response.status_code == 200, response.text
        self.answered.append((url, time.monotonic()))
        return [part.split("</Body>")[0] for part in response.text.split("<Body>")[1:]] or \
            [part.split("</Message>")[0] for part in response.text.split("<Message>")[1:]]


@pytest.mark.timeout(300)
def test_two_web_and_two_scheduler_processes_do_everything_once_through_kills(seeded, fake, start, web):
    ledger_due = expected_ledger(seeded)  # the seeded complaints' first rungs and two digests
    began = time.monotonic()

    def now():
        return TICK + timedelta(seconds=time.monotonic() - began)

    machines = [web(now()), web(now())]
    workers = [start(now()), start(now())]
    twilio = Twilio(fake.auth_token, [machines[0].url, machines[1].url])
    total = CITIZENS * len(script(0))

    def citizen(i: int) -> str:
        phone = f"+62815{i:08d}"
        replies = [twilio.deliver(phone, body, turn=i + step) for step, body in enumerate(script(i))]
        return " ".join(replies[-1])

    with ThreadPoolExecutor(max_workers=CITIZENS) as pool:
        done = [pool.submit(citizen, i) for i in range(CITIZENS)]
        while twilio.posted < total // 2:
            time.sleep(0.01)
        machines[0].send_signal(signal.SIGKILL)  # one machine dies mid-run...
        workers[0].send_signal(signal.SIGKILL)
        machines[0].wait(timeout=10)
        workers[0].wait(timeout=10)
        restarted_web = web(now(), port=machines[0].port)  # ...and comes back at the same address
        # The dead worker's claims wait out their one-minute lease: both workers go on 10 minutes later (the
        # survivor restarted as a deployment does), their clocks in step as NTP keeps machines' clocks.
        workers[1].terminate()
        workers[1].wait(timeout=WAIT)
        later = now() + timedelta(minutes=10)
        survivor, restarted_worker = start(later), start(later)
        back = time.monotonic()
        confirmations = [future.result(timeout=WAIT * 2) for future in done]

    assert all("LPR-" in text for text in confirmations), confirmations
    for i in range(CITIZENS):  # each citizen asks for their complaint's status on the machine that came back
        assert "LPR-" in " ".join(twilio.deliver(f"+62815{i:08d}", "STATUS", turn=0))
    assert any(url == machines[0].url and when > back for url, when in twilio.answered), "the restarted web served"
    wait_for_outbox(seeded, fake, [survivor, restarted_worker])
    stop(survivor)
    stop(restarted_worker)
    for process in (machines[1], restarted_web):
        process.terminate()
        process.wait(timeout=10)

    with seeded.session_factory() as session:
        sids = session.scalars(select(InboundMessage.message_sid)).all()
        filed = session.scalars(select(Contact.phone).join(Complaint, Complaint.citizen_id == Contact.id)
                                .where(Contact.phone.like("+62815%"))).all()
        rows = session.scalars(select(OutboxMessage)).all()
        ledger = set(session.scalars(select(LedgerEntry.key)))
    assert Counter(sids) == Counter(twilio.replies.keys()), "every message handled once, none lost"
    assert sorted(filed) == sorted(f"+62815{i:08d}" for i in range(CITIZENS)), "one complaint per citizen"
    assert all(twilio.replies[sid] == again for sid, again in twilio.repeats), "a repeat is answered as before"
    assert ledger == ledger_due, "every rung and digest once"
    announced = Counter(row.subject_id for row in rows if row.purpose == "verification")
    assert len(announced) == CITIZENS + processes.COMPLAINTS // 2 and set(announced.values()) == {1}, \
        "each complaint waiting for a verifier announced once"
    assert {row.status for row in rows} == {OutboxStatus.SENT}
    at_twilio = Counter((m["to"], m["body"]) for m in fake.messages)
    assert at_twilio == Counter((f"whatsapp:{row.recipient}", row.body) for row in rows), "none missing, none twice"


def wait_for_outbox(svc, twilio_fake, workers) -> None:
    """Until every queued message is recorded as sent (and Twilio has them all), then let the workers settle."""
    deadline = time.monotonic() + WAIT
    while True:
        with svc.session_factory() as session:
            statuses = Counter(session.scalars(select(OutboxMessage.status)))
            announced = session.scalar(select(func.count()).where(OutboxMessage.purpose == "verification"))
            waiting = session.scalar(select(func.count()).where(Complaint.status == "belum_terverifikasi"))
        sent = statuses.get(OutboxStatus.SENT, 0)
        if sent == sum(statuses.values()) and sent <= len(twilio_fake.messages) and announced == waiting:
            break
        for worker in workers:
            assert worker.poll() is None, worker.log.read_text(errors="replace")
        assert time.monotonic() < deadline, \
            f"outbox {dict(statuses)}, announced {announced}/{waiting}, at Twilio {len(twilio_fake.messages)}"
        time.sleep(0.1)
    time.sleep(2.5)
