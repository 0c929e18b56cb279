"""Benchmark the outbox sender against a local FakeTwilio through the real twilio client, with and without its cap.

Run:  .venv/bin/python bench/outbox_bench.py        (or `make bench`)

The outbox rows live in the bench PostgreSQL database (BENCH_DATABASE_URL, default penghubung_bench; its schema
is migrated to head and the outbox table emptied, nothing else is touched). FakeTwilio (tests/fake_twilio.py)
runs in its own process (bench/fake_twilio_server.py) and measures the accepted rate on its side.
1. Baseline: raw `client.messages.create()` calls in a loop, the same twilio client, no outbox.
2. `OutboxSender.run_once` with OUTBOX_RATE_PER_SECOND=0 (uncapped): claim, send, record, row by row.
3. The same with the default cap of 80/s (WhatsApp's per-sender rate): the measured rate must hold under it.
"""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.scheduler_bench import bench_url, build_services, ensure_database  # noqa: E402
from bot.outbox import OutboxSender, enqueue  # noqa: E402
from bot.transports import TwilioTransport  # noqa: E402
from models import OutboxMessage, OutboxStatus  # noqa: E402
from models.base import utcnow  # noqa: E402
from models.cli import upgrade  # noqa: E402
from tests.fake_twilio import DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN  # noqa: E402

SENDER = "whatsapp:+14155238886"
UNCAPPED, CAPPED, BASELINE = 1_000, 400, 1_000
CAP, TARGET, CAP_FLOOR = 80.0, 80.0, 76.0


class FakeTwilioProcess:
    """bench/fake_twilio_server.py as a child process, stopped by closing its stdin (then by pid)."""

    def __enter__(self) -> FakeTwilioProcess:
        self.process = subprocess.Popen([sys.executable, str(ROOT / "bench" / "fake_twilio_server.py")],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.port = int(self.process.stdout.readline().split()[1])
        return self

    def __exit__(self, *exc_info) -> None:
        self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)

    def command(self, line: str) -> str:
        """Send one command and return its answer line."""
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def stats(self) -> tuple[int, float]:
        """(accepted messages, accepted messages/second) since the last reset."""
        _, count, _, rate = self.command("stats").split()
        return int(count), float(rate)


def transport(port: int) -> TwilioTransport:
    """The product's Twilio transport pointed at the fake."""
    return TwilioTransport(DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN, SENDER, api_base_url=f"http://127.0.0.1:{port}",
                           timeout=10.0)


def baseline(fake: FakeTwilioProcess) -> tuple[float, float]:
    """Raw create() calls in a loop: (client-side rate, fake-side rate)."""
    client = transport(fake.port).client
    fake.command("reset")
    started = time.perf_counter()
    for n in range(BASELINE):
        client.messages.create(from_=SENDER, to=f"whatsapp:+62858{n:08d}", body=f"Pesan bench nomor {n}")
    elapsed = time.perf_counter() - started
    count, rate = fake.stats()
    assert count == BASELINE, (count, BASELINE)
    return BASELINE / elapsed, rate


def queue(svc, count: int) -> None:
    """Empty the outbox and queue `count` messages due now."""
    with svc.engine.begin() as connection:
        connection.exec_driver_sql("TRUNCATE outbox RESTART IDENTITY CASCADE")  # and its delivery statuses
    now = utcnow()
    with svc.session_factory.begin() as session:
        for n in range(count):
            enqueue(session, f"+62859{n:08d}", f"Pengaduan LPR-{n} sudah diteruskan ke dinas terkait.",
                    purpose="notice", now=now - timedelta(seconds=1))


def send_all(svc, fake: FakeTwilioProcess, count: int, rate_cap: float) -> tuple[float, float]:
    """Queue `count` rows and run the sender until they are sent: (client-side rate, fake-side rate)."""
    queue(svc, count)
    fake.command("reset")
    config = dict(svc.config, OUTBOX_RATE_PER_SECOND=rate_cap)
    sender = OutboxSender(svc.session_factory, transport(fake.port), config)
    started = time.perf_counter()
    report = sender.run_once(utcnow())
    elapsed = time.perf_counter() - started
    with svc.session_factory() as session:
        sent = session.scalar(select(func.count()).where(OutboxMessage.status == OutboxStatus.SENT))
    accepted, rate = fake.stats()
    if not (report.sent == sent == accepted == count):
        raise RuntimeError(f"expected {count} sent once each: report {report}, rows {sent}, fake {accepted}")
    return count / elapsed, rate


def measure() -> dict:
    """Baseline, uncapped and capped runs against one FakeTwilio process."""
    url = bench_url()
    ensure_database(url)
    svc = build_services(url)
    upgrade(svc.engine)
    try:
        with FakeTwilioProcess() as fake:
            return {"baseline": baseline(fake), "uncapped": send_all(svc, fake, UNCAPPED, 0.0),
                    "capped": send_all(svc, fake, CAPPED, CAP)}
    finally:
        svc.engine.dispose()


def rows(result: dict) -> list[list[str]]:
    """Table rows: uncapped outbox vs raw client, capped outbox vs its cap."""
    base, _ = result["baseline"]
    uncapped, uncapped_fake = result["uncapped"]
    capped, capped_fake = result["capped"]
    return [
        [f"outbox msg/s, OUTBOX_RATE_PER_SECOND=0, {UNCAPPED:,} rows -> FakeTwilio via twilio client "
         f"(baseline: raw create() loop; fake saw {uncapped_fake:.0f}/s)",
         f"{uncapped:.0f}/s", f"{base:.0f}/s", f"{uncapped / base:.2f}x", f">= {TARGET:g}/s",
         "ok" if uncapped >= TARGET else "MISSED"],
        [f"outbox msg/s capped at OUTBOX_RATE_PER_SECOND={CAP:g}, {CAPPED} rows (rate seen by the fake; "
         f"baseline: the cap)", f"{capped_fake:.1f}/s", f"{CAP:g}/s", f"{capped_fake / CAP:.2f}x",
         f"{CAP_FLOOR:g}-{CAP:g}/s", "ok" if CAP_FLOOR <= capped_fake <= CAP * 1.01 else "MISSED"],
    ]


def main() -> None:
    """Measure and print the outbox rows on their own."""
    from bench.run_all import table

    print(table(rows(measure())))


if __name__ == "__main__":
    main()
