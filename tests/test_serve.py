"""End to end, as an operator runs it: `flask serve` answers a signed webhook; `python -m scheduler` stops cleanly."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import requests
from twilio.request_validator import RequestValidator

from config import DEV_AUTH_TOKEN, SETTINGS

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
STARTUP_SECONDS = 60  # a stall guard, not a speed claim: a start takes ~3 s alone, 20+ s on a loaded 2-core machine


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def environ(tmp_path) -> dict:
    """The process environment without any Penghubung setting (so: console transport), on a fresh SQLite file."""
    env = {k: v for k, v in os.environ.items() if k not in {s.name for s in SETTINGS} and not k.startswith("FLASK_")}
    return {**env, "DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}", "LOG_LEVEL": "INFO", "PYTHONUNBUFFERED": "1"}


class Process:
    """A child process whose output goes to a file, stopped for sure at the end of the test."""

    def __init__(self, args: list[str], env: dict, log: Path, ignore_sigint: bool = False):
        self.log = log
        with log.open("wb") as out:  # ignore_sigint: started as a shell script's background job is (Python keeps it)
            self.popen = subprocess.Popen(args, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                          preexec_fn=_ignore_sigint if ignore_sigint else None)

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_for(self, ready, what: str) -> None:
        """Poll `ready()` until true; fail (with the log) if the process dies or takes too long."""
        deadline = time.monotonic() + STARTUP_SECONDS
        while not ready():
            assert self.popen.poll() is None, f"exited with {self.popen.returncode} before {what}:\n{self.output()}"
            assert time.monotonic() < deadline, f"no {what} within {STARTUP_SECONDS} s:\n{self.output()}"
            time.sleep(0.1)

    def stop(self, signum=signal.SIGTERM, timeout: float = 10) -> int:
        self.popen.send_signal(signum)
        return self.popen.wait(timeout=timeout)

    def kill(self) -> None:
        if self.popen.poll() is None:
            self.popen.kill()
            self.popen.wait(timeout=10)


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@pytest.fixture
def start(tmp_path):
    started = []

    def run(args: list[str], env: dict, ignore_sigint: bool = False) -> Process:
        process = Process(args, env, tmp_path / f"process-{len(started)}.log", ignore_sigint)
        started.append(process)
        return process

    yield run
    for process in started:
        process.kill()


def healthy(url: str):
    def check() -> bool:
        try:
            return requests.get(f"{url}/healthz", timeout=1).status_code == 200
        except requests.ConnectionError:
            return False

    return check


def test_flask_serve_answers_a_signed_whatsapp_message(start, environ, tmp_path):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = start([str(VENV_BIN / "flask"), "--app", "app", "serve", "--port", str(port)], environ)
    server.wait_for(healthy(url), "healthy /healthz")

    form = {"MessageSid": "SM" + uuid.uuid4().hex, "From": "whatsapp:+6281234567890", "To": "whatsapp:+14155238886",
            "Body": "halo", "NumMedia": "0", "ProfileName": "Warga", "WaId": "6281234567890"}
    signature = RequestValidator(DEV_AUTH_TOKEN).compute_signature(f"{url}/twilio/whatsapp", form)
    response = requests.post(f"{url}/twilio/whatsapp", data=form, headers={"X-Twilio-Signature": signature},
                             timeout=10)
    assert response.status_code == 200, server.output()
    assert response.headers["Content-Type"].startswith("text/xml")
    assert [m.findtext("Body") for m in ET.fromstring(response.text).iter("Message")]

    with sqlite3.connect(tmp_path / "x.db") as db:
        demo_agencies = len((ROOT / "lapor" / "demo_data" / "agencies.csv").read_text().splitlines()) - 1
        assert db.execute("SELECT count(*) FROM agencies").fetchone() == (demo_agencies,)
        roles = {role for (role,) in db.execute("SELECT DISTINCT role FROM contacts WHERE role IS NOT NULL")}
        assert {"verifier", "supervisor", "officer", "head"} <= roles
        assert db.execute("SELECT count(*) FROM inbound_messages").fetchone() == (1,)

    server.stop()
    assert server.popen.returncode is not None


# "ignoring SIGINT": started as a shell script's background job or under nohup. Its SIGTERM row was the terminal's
# SIGTERM row again (the worker installs the same SIGTERM handler whatever SIGINT's disposition): one process start
# (about 1 s of CPU) less.
@pytest.mark.parametrize("started, signum", [("in a terminal", signal.SIGTERM), ("in a terminal", signal.SIGINT),
                                             ("ignoring SIGINT", signal.SIGINT)])
def test_scheduler_process_stops_cleanly_on_a_signal(start, environ, signum, started):
    from models import Base
    from models.db import make_engine

    engine = make_engine(environ["DATABASE_URL"])
    Base.metadata.create_all(engine)  # a worker refuses a database without tables
    engine.dispose()
    worker = start([sys.executable, "-m", "scheduler"], environ, ignore_sigint=started == "ignoring SIGINT")
    worker.wait_for(lambda: "scheduler started" in worker.output(), "'scheduler started' in the log")
    assert worker.stop(signum) == 0, worker.output()
    assert "scheduler stopped" in worker.output()
    assert "Traceback" not in worker.output()
