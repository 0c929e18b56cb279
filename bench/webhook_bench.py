"""Benchmark the webhook under gunicorn on PostgreSQL beside a bare Flask endpoint, and a worker's memory.

Run:  .venv/bin/python bench/webhook_bench.py          (or `make bench`, which prints every benchmark's row)
      BENCH_WEB_DATABASE_URL=postgresql+psycopg://user@host:5432/penghubung_bench_web ...

The servers run as the Procfile runs the service: `gunicorn -w 2 'app:create_app()'`, here bound to
127.0.0.1 on a free port, without the access log (for all). Beside the service and the bare app, a third app,
bench/floor_app.py, only stores each signed message (one autocommitted INSERT, no ORM) before answering: its
throughput is the most any webhook that loses nothing can reach here, and shows how much of the gap to the bare
app the service's own work is. It is served twice more, to split the floor's own cost: checking the signature
without storing, and storing without waiting for the disk (synchronous_commit=off, which the product never does).
The database at BENCH_WEB_DATABASE_URL is created if
missing and its schema `public` is DROPPED and migrated with `flask --app app db upgrade` (`test` is refused).

Load: citizens each walking 1 → 1 → description → place → LEWATI → 1 → KIRIM, every request signed with
twilio's RequestValidator as Twilio signs it, a fresh MessageSid each. 50 conversations run side by side, each
starting at another step, so every step is in the mix and one person's next message leaves about 50 messages
after the previous one (answered by then).
1. Throughput: wrk (closed loop, 2 threads, 8 connections, 8 s) with bench/webhook.lua; the bare app answers the
   same forms with a fixed TwiML reply; the floor app stores them and answers so (throughput only).
2. Latency at 200 requests/second: after a lead-in answered in closed loop (the first rounds, where the 50
   conversations start one after another), an open-loop asyncio generator sends every 5 ms on schedule (a new connection
   when gunicorn's sync worker closed the last one) and measures from the scheduled send time, so a slow
   answer delays nothing else and is not hidden (no coordinated omission).
3. Memory: VmRSS/VmHWM of each web worker (/proc/<pid>/status) once the service has handled 5,000 messages
   and again at 10,000.
"""

from __future__ import annotations

import asyncio
import gc
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

from sqlalchemy import create_engine, make_url, text
from twilio.request_validator import RequestValidator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.scheduler_bench import database_url, ensure_database  # noqa: E402
from config import DEV_AUTH_TOKEN  # noqa: E402

BIN = Path(sys.executable).parent
DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/penghubung_bench_web"
DESCRIPTION = ("Jalan di depan SDN {n} Banyuanyar rusak parah, lubangnya dalam dan sudah tiga bulan dibiarkan "
               "sehingga banyak pengendara motor jatuh")
PLACE = "Jl. Raya Banyuanyar No. {n}, Kec. Sampang"
STEPS = ("1", "1", DESCRIPTION, PLACE, "LEWATI", "1", "KIRIM")
CHATS = 50                      # conversations running side by side
WRK_THREADS, WRK_CONNECTIONS, WRK_SECONDS = 2, 8, 8
WRK_CITIZENS = 1_400            # 9,800 messages: more than 8 s of the service at full speed on 2 cores
FLOOR_CITIZENS = 4_000          # 28,000 messages: more than 8 s of the floor app (about 1,500/s on 2 cores)
FLOOR_TABLE = "bench_floor_inbound"
FLOOR_MODES = {  # bench/floor_app.py's modes, each served and measured like the service, with what it does
    "store": "signed, one committed INSERT per message, no ORM",
    "sign": "signature check and form only, nothing stored",
    "store-async": "as the first floor, but synchronous_commit=off (can lose answered messages: never used)",
    "conversation": "signed, the service's sender upsert, conversation read, and its save with the log, raw SQL",
}
DURABLE = "store"  # the durable floor: issue 20's yardstick
CONVERSATION = "conversation"  # the floor of what the promises cost: the yardstick proposed in docs/hot-path.md
RATE, RATE_SECONDS = 200, 10
WARMUP = 140
MEMORY_MARKS = (5_000, 10_000)
P99_TARGET_MS, RATIO_TARGET, RSS_TARGET_MB, GROWTH_TARGET_MB = 50.0, 0.5, 150.0, 5.0
BOOT_SECONDS, REQUEST_TIMEOUT = 60, 30.0
HEAD_START = 1.0  # seconds between starting the open-loop generator and its first scheduled send


# Database --------------------------------------------------------------------------------------------

def web_url() -> str:
    """This bench's database URL (BENCH_WEB_DATABASE_URL or the default; see database_url)."""
    return database_url("BENCH_WEB_DATABASE_URL", DEFAULT_URL)


def prepare_database(url: str) -> None:
    """Create the database if missing, empty schema public and migrate it as a release does."""
    ensure_database(url)
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
    subprocess.run([str(BIN / "flask"), "--app", "app", "db", "upgrade"], cwd=ROOT, env=server_env(url),
                   check=True, timeout=120, stdout=subprocess.DEVNULL)
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"CREATE TABLE {FLOOR_TABLE} (message_sid varchar(64) PRIMARY KEY, body text)")
    engine.dispose()


def count_complaints(url: str) -> int:
    """How many complaints the conversations filed."""
    engine = create_engine(url)
    with engine.connect() as connection:
        count = connection.scalar(text("SELECT count(*) FROM complaints"))
    engine.dispose()
    return count


def server_env(url: str) -> dict:
    """The service's environment: PostgreSQL, console transport (no Twilio account), no demo directory."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("TWILIO_", "PUBLIC_BASE"))}
    env.update(DATABASE_URL=url, DEMO_DIRECTORY="no", APP_ENV="development")
    return env


# Signed conversations --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Message:
    """One pre-signed webhook request."""

    signature: str
    body: str
    final: bool  # the KIRIM that should be answered with a reference LPR-n


def conversations(port: int, first: int, citizens: int) -> list[Message]:
    """Signed messages of `citizens` citizens numbered from `first`, as CHATS conversations running side by side.

    Each of CHATS chat slots walks its citizens one after another; slot j starts j mod len(STEPS) rounds late,
    so after the first rounds every step of the conversation is in the mix (as in real traffic) rather than
    every slot sending its KIRIM in the same round. Each round sends one message per active slot, so one
    person's consecutive messages are a round (about CHATS messages) apart.
    """
    url = f"http://127.0.0.1:{port}/twilio/whatsapp"
    validator = RequestValidator(DEV_AUTH_TOKEN)
    slots = [list(range(first + j, first + citizens, CHATS)) for j in range(min(CHATS, citizens))]
    walks = [[None] * (j % len(STEPS)) + [(n, step) for n in people for step in range(len(STEPS))]
             for j, people in enumerate(slots)]
    messages = []
    for round_ in range(max(map(len, walks), default=0)):
        for walk in walks:
            if round_ < len(walk) and walk[round_] is not None:
                n, step = walk[round_]
                form = _form(n, STEPS[step].format(n=n))
                messages.append(Message(validator.compute_signature(url, form), urlencode(form),
                                        step == len(STEPS) - 1))
    return messages


def _form(n: int, body: str) -> dict:
    phone = f"+62857{n:08d}"
    return {"MessageSid": "SM" + uuid.uuid4().hex, "AccountSid": "AC" + "0" * 32, "From": f"whatsapp:{phone}",
            "To": "whatsapp:+14155238886", "Body": body, "NumMedia": "0", "ProfileName": f"Warga {n}",
            "WaId": phone.lstrip("+"), "SmsStatus": "received", "NumSegments": "1", "ApiVersion": "2010-04-01"}


def raw_request(port: int, message: Message) -> bytes:
    """The HTTP/1.1 request bytes for one message."""
    body = message.body.encode()
    head = (f"POST /twilio/whatsapp HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            f"X-Twilio-Signature: {message.signature}\r\nContent-Length: {len(body)}\r\n\r\n")
    return head.encode() + body


# Servers ---------------------------------------------------------------------------------------------

def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Gunicorn:
    """`gunicorn -w 2 APP` on 127.0.0.1 in its own process group; stopped by pid on exit, even on errors."""

    def __init__(self, app: str, env: dict, cwd: Path, log: Path):
        self.app, self.env, self.cwd, self.log = app, env, cwd, log
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Gunicorn:
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                # No control socket: the bare and floor apps run from bench/, without gunicorn.conf.py's own path,
                # and took ~/.gunicorn/gunicorn.ctl from any other gunicorn on the host.
                [str(BIN / "gunicorn"), "--workers", "2", "--bind", f"127.0.0.1:{self.port}", "--no-control-socket",
                 self.app],
                cwd=self.cwd, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        self._wait_ready()
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + BOOT_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn {self.app} exited; see {self.log}")
            if len(self.workers()) == 2 and _answers(self.port):
                return
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"gunicorn {self.app} did not start within {BOOT_SECONDS} s; see {self.log}")

    def workers(self) -> list[int]:
        """The pids of the master's worker processes."""
        return children(self.process.pid)

    def stop(self) -> None:
        """SIGTERM the master (it stops its workers), SIGKILL the group if it lingers."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=5)


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as connection:
            connection.sendall(b"GET /bench-ready HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
            return connection.recv(16).startswith(b"HTTP/")
    except OSError:
        return False


def children(pid: int) -> list[int]:
    """Pids whose parent is `pid` (from /proc/*/stat)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return sorted(found)


def memory_mb(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) of a process in MB."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


# Load generators -------------------------------------------------------------------------------------

@dataclass
class LoadResult:
    """Latencies (seconds) of answered requests, errors, references seen, and the wall time of the run."""

    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    finals: int = 0
    references: int = 0
    seconds: float = 0.0

    def percentile(self, q: float) -> float:
        """The q-th percentile latency in ms (nearest rank)."""
        ordered = sorted(self.latencies)
        return 1000 * ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


class Connections:
    """A pool of keep-alive connections to 127.0.0.1:port (gunicorn's sync worker closes each one)."""

    def __init__(self, port: int):
        self.port, self.idle = port, []

    async def send(self, request: bytes) -> tuple[int, bytes]:
        """Send one request and return (status, body)."""
        reader, writer = self.idle.pop() if self.idle else await asyncio.open_connection("127.0.0.1", self.port)
        try:
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            status = int(lines[0].split()[1])
            headers = {k.strip().lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:] if x)}
            body = await reader.readexactly(int(headers.get("content-length", 0)))
        except BaseException:
            writer.close()
            raise
        if headers.get("connection", "").lower() == "close" or lines[0].startswith("HTTP/1.0"):
            writer.close()
        else:
            self.idle.append((reader, writer))
        return status, body

    def close(self) -> None:
        """Close the idle connections."""
        for _, writer in self.idle:
            writer.close()
        self.idle.clear()


async def _one(pool: Connections, request: bytes, message: Message, result: LoadResult, start: float) -> None:
    try:
        status, body = await asyncio.wait_for(pool.send(request), REQUEST_TIMEOUT)
    except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError):
        result.errors += 1
        return
    if status != 200:
        result.errors += 1
        return
    result.latencies.append(time.perf_counter() - start)
    if message.final:
        result.finals += 1
        result.references += b"LPR-" in body


async def _open_loop(port: int, messages: list[Message], rate: float) -> LoadResult:
    pool, result = Connections(port), LoadResult()
    requests = [raw_request(port, m) for m in messages]
    started = time.perf_counter() + HEAD_START  # every task is created and asleep before the first send

    async def scheduled(index: int) -> None:
        at = started + index / rate
        await asyncio.sleep(max(0.0, at - time.perf_counter()))
        await _one(pool, requests[index], messages[index], result, at)  # latency from the scheduled time

    await asyncio.gather(*(scheduled(i) for i in range(len(messages))))
    result.seconds = time.perf_counter() - started
    pool.close()
    return result


async def _closed_loop(port: int, messages: list[Message], concurrency: int) -> LoadResult:
    pool, result = Connections(port), LoadResult()
    queue = iter(range(len(messages)))
    started = time.perf_counter()

    async def worker() -> None:
        for index in queue:
            await _one(pool, raw_request(port, messages[index]), messages[index], result, time.perf_counter())

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    result.seconds = time.perf_counter() - started
    pool.close()
    return result


def open_loop(port: int, messages: list[Message], rate: float) -> LoadResult:
    """Send the messages at a fixed rate regardless of answers; latency counts from each scheduled time.

    The generator's own garbage collector is paused meanwhile: a collection over its thousands of tasks would
    delay sends, and the delay would be counted against the server.
    """
    gc.collect()
    gc.disable()
    try:
        return asyncio.run(_open_loop(port, messages, rate))
    finally:
        gc.enable()


def closed_loop(port: int, messages: list[Message], concurrency: int = 4) -> LoadResult:
    """Send the messages in order with `concurrency` requests in flight."""
    return asyncio.run(_closed_loop(port, messages, concurrency))


@dataclass
class WrkResult:
    """wrk's counts, the requests/second of answered (200) messages and the CPU the server spent on them."""

    ok: int
    errors: int
    exhausted: bool
    seconds: float
    cpu: dict[str, float] = field(default_factory=dict)  # "web", "database": CPU seconds during the run

    def cpu_ms(self, part: str | None = None) -> float:
        """CPU milliseconds per answered message: of the web workers, of their database backends, or both."""
        spent = self.cpu[part] if part else sum(self.cpu.values())
        return 1000 * spent / self.ok if self.ok else float("nan")

    @property
    def rate(self) -> float:
        """Answered messages per second."""
        return self.ok / self.seconds


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def backends(url: str | None) -> list[int]:
    """Pids of the PostgreSQL backends connected to the database at `url` (none without one)."""
    if not url:
        return []
    engine = create_engine(url)
    with engine.connect() as connection:
        pids = connection.scalars(text("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                                       "AND pid <> pg_backend_pid()")).all()
    engine.dispose()
    return list(pids)


def wrk(port: int, lists: list[list[Message]], cycle: bool, workdir: Path, server: Gunicorn) -> WrkResult:
    """Run wrk against the server for WRK_SECONDS, one message list (its own citizens) per wrk thread, and count
    the CPU its web workers and their database backends (on this machine, so readable in /proc) spent."""
    folder = Path(tempfile.mkdtemp(dir=workdir))
    for thread, chunk in enumerate(lists):
        (folder / f"thread-{thread}.txt").write_text("".join(f"{m.signature}\t{m.body}\n" for m in chunk))
    command = [wrk_binary(), "-t", str(WRK_THREADS), "-c", str(WRK_CONNECTIONS), "-d", f"{WRK_SECONDS}s",
               "--timeout", "10s", "-s", str(ROOT / "bench" / "webhook.lua"), f"http://127.0.0.1:{port}",
               "--", str(folder), "1" if cycle else "0"]
    url = server.env.get("DATABASE_URL") if server.env.get("DATABASE_URL", "").startswith("postgresql") else None
    web, database = server.workers(), backends(url)
    before = {pid: cpu_seconds(pid) for pid in web + database}
    output = subprocess.run(command, capture_output=True, text=True, timeout=WRK_SECONDS + 60, check=True).stdout
    database = sorted(set(database) | set(backends(url)))  # a worker may have opened a connection meanwhile
    spent = {pid: cpu_seconds(pid) - before.get(pid, 0.0) for pid in web + database}
    found = re.search(r"WRK_RESULT ok=(\d+) errors=(\d+) exhausted=(\d+) duration_us=(\d+) socket_errors=(\d+)",
                      output)
    if not found:
        raise RuntimeError(f"wrk printed no result:\n{output}")
    ok, errors, exhausted, duration, socket_errors = map(int, found.groups())
    return WrkResult(ok, errors + socket_errors, bool(exhausted), duration / 1e6,
                     {"web": sum(spent[pid] for pid in web), "database": sum(spent[pid] for pid in database)})


def wrk_binary() -> str:
    """The wrk executable (the Makefile installs it from Debian when missing)."""
    found = shutil.which("wrk")
    if not found:
        raise SystemExit("wrk is not installed: `apt-get install -y wrk` (make bench does this)")
    return found


def wrk_version() -> str:
    """wrk's version line."""
    completed = subprocess.run([wrk_binary(), "-v"], capture_output=True, text=True, timeout=10)
    return (completed.stdout + completed.stderr).split("[")[0].strip() or "wrk"


# Measurements ----------------------------------------------------------------------------------------

@dataclass
class ServerRun:
    """What one server did under the three loads."""

    throughput: WrkResult
    fixed: LoadResult
    memory: dict[int, tuple[float, float, float]] = field(default_factory=dict)  # pid -> (rss@5k, rss@10k, hwm)
    handled: tuple[int, int] = (0, 0)  # messages handled when memory was read (5k mark, 10k mark)
    warmup: LoadResult | None = None
    topup: list[LoadResult] = field(default_factory=list)


class Citizens:
    """Hands out fresh citizen numbers so no two phases share a person."""

    def __init__(self, port: int):
        self.port, self.next = port, 1

    def messages(self, count: int) -> list[Message]:
        """At least `count` messages of fresh citizens, cut to exactly `count`."""
        citizens = -(-count // len(STEPS))
        messages = conversations(self.port, self.next, citizens)
        self.next += citizens
        return messages[:count]

    def steady(self, count: int) -> tuple[list[Message], list[Message]]:
        """`count` messages from rounds where every chat slot is busy, and the lead-in to send (and have answered)
        before them: in the first rounds the slots start one after another, so a round is short and one
        person's next message would leave only a few messages after the previous one."""
        citizens = -(-count // len(STEPS)) + 2 * CHATS  # room for the lead-in and the ragged end, not sent
        messages = conversations(self.port, self.next, citizens)
        self.next += citizens
        lead = sum(1 for r in range(len(STEPS) - 1) for j in range(CHATS) if j % len(STEPS) <= r)
        return messages[:lead], messages[lead:lead + count]


def exercise(server: Gunicorn, workdir: Path, cycle: bool) -> ServerRun:
    """Warm up, measure throughput with wrk, latency at RATE/s, and memory at the marks.

    `cycle` lets wrk replay the list when it runs out (the bare app only: the service must see fresh MessageSids).
    """
    citizens = Citizens(server.port)
    warmup, throughput = warm_and_wrk(server, citizens, WRK_CITIZENS, cycle, workdir)
    lead, steady = citizens.steady(RATE * RATE_SECONDS)
    lead_in = closed_loop(server.port, lead)  # not measured: also lets the server settle after wrk
    fixed = open_loop(server.port, steady, RATE)
    run = ServerRun(throughput, fixed, warmup=warmup)
    handled = len(warmup.latencies) + throughput.ok + len(lead_in.latencies) + len(fixed.latencies)
    readings = []
    for mark in MEMORY_MARKS:
        if handled < mark:
            topup = closed_loop(server.port, citizens.messages(mark - handled))
            run.topup.append(topup)
            handled += len(topup.latencies)
        readings.append((handled, {pid: memory_mb(pid) for pid in server.workers()}))
    (first, at_first), (second, at_second) = readings
    run.handled = (first, second)
    run.memory = {pid: (at_first[pid][0], rss, hwm) for pid, (rss, hwm) in at_second.items() if pid in at_first}
    return run


def measure(workdir: Path | None = None) -> dict:
    """Run the service and the bare app under the same loads; return both runs and facts."""
    workdir = Path(workdir or tempfile.mkdtemp(prefix="penghubung-bench-"))
    url = web_url()
    prepare_database(url)
    with Gunicorn("app:create_app()", server_env(url), ROOT, workdir / "service.log") as service:
        service_run = exercise(service, workdir, cycle=False)
    bare_env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    with Gunicorn("bare_app:create_app()", bare_env, ROOT / "bench", workdir / "bare.log") as bare:
        bare_run = exercise(bare, workdir, cycle=True)
    floors = {}
    for mode in FLOOR_MODES:
        floor_env = {**bare_env, "DATABASE_URL": url, "BENCH_SIGNING_TOKEN": DEV_AUTH_TOKEN,
                     "BENCH_FLOOR_TABLE": FLOOR_TABLE, "BENCH_FLOOR_MODE": mode}
        with Gunicorn("floor_app:create_app()", floor_env, ROOT / "bench", workdir / f"floor-{mode}.log") as floor:
            floors[mode] = throughput_only(floor, workdir, cycle=mode == "sign")  # `sign` stores nothing
    return {"service": service_run, "bare": bare_run, "floors": floors,
            "complaints": count_complaints(url), "url": url, "workdir": workdir}


def throughput_only(server: Gunicorn, workdir: Path, cycle: bool) -> WrkResult:
    """Warm up, then measure throughput with wrk over fresh messages (replayed when they run out if `cycle`)."""
    return warm_and_wrk(server, Citizens(server.port), FLOOR_CITIZENS, cycle, workdir)[1]


def warm_and_wrk(server: Gunicorn, citizens: Citizens, wrk_citizens: int, cycle: bool,
                 workdir: Path) -> tuple[LoadResult, WrkResult]:
    """A closed-loop warm-up, then wrk over the messages of `wrk_citizens` fresh citizens, split among its threads."""
    warmup = closed_loop(server.port, citizens.messages(WARMUP))
    lists = [citizens.messages(wrk_citizens * len(STEPS) // WRK_THREADS) for _ in range(WRK_THREADS)]
    return warmup, wrk(server.port, lists, cycle, workdir, server)


def rows(result: dict) -> list[list[str]]:
    """Table rows: throughput and ratio, p50/p99 at RATE/s, worker peak RSS and growth."""
    service, bare, floors = result["service"], result["bare"], result["floors"]
    floor, conversation = floors[DURABLE], floors[CONVERSATION]
    ratio = service.throughput.rate / floor.rate
    errors = (service.throughput.errors + service.fixed.errors + bare.throughput.errors + bare.fixed.errors
              + sum(run.errors for run in floors.values()))
    table = [[f"webhook req/s, gunicorn -w 2 + PostgreSQL, wrk {WRK_CONNECTIONS} conns {WRK_SECONDS} s "
              f"(baseline: the durable floor, {FLOOR_MODES[DURABLE]}){_ran_out(service.throughput)}",
              f"{service.throughput.rate:.0f}/s", f"{floor.rate:.0f}/s", f"{ratio:.2f}x", f">= {RATIO_TARGET}x",
              _ok(ratio >= RATIO_TARGET)],
             [f"webhook req/s (baseline: the conversation floor, the yardstick proposed in docs/hot-path.md)"
              f"{_ran_out(service.throughput)}", f"{service.throughput.rate:.0f}/s",
              f"{conversation.rate:.0f}/s", f"{service.throughput.rate / conversation.rate:.2f}x",
              f">= {RATIO_TARGET}x (proposed)", _ok(service.throughput.rate / conversation.rate >= RATIO_TARGET)],
             ["webhook CPU ms/message, web workers + their PostgreSQL backends (baseline: the durable floor)",
              f"{service.throughput.cpu_ms():.2f} ms", f"{floor.cpu_ms():.2f} ms",
              f"{service.throughput.cpu_ms() / floor.cpu_ms():.2f}x", "-", "-"],
             ["  of which web workers / database (baseline: the durable floor's)",
              f"{service.throughput.cpu_ms('web'):.2f} / {service.throughput.cpu_ms('database'):.2f} ms",
              f"{floor.cpu_ms('web'):.2f} / {floor.cpu_ms('database'):.2f} ms", "-", "-", "-"],
             [f"webhook req/s of a bare Flask TwiML endpoint (baseline: the durable floor){_ran_out(bare.throughput)}",
              f"{bare.throughput.rate:.0f}/s", f"{floor.rate:.0f}/s", f"{bare.throughput.rate / floor.rate:.2f}x",
              "reference", "-"]]
    for mode, run in floors.items():
        if mode == DURABLE:
            continue
        table.append([f"webhook floor req/s: {FLOOR_MODES[mode]} (baseline: the durable floor){_ran_out(run)}",
                      f"{run.rate:.0f}/s", f"{floor.rate:.0f}/s", f"{run.rate / floor.rate:.2f}x", "reference",
                      f"{run.cpu_ms():.2f} ms CPU"])
    for q in (50, 99):
        value, base = service.fixed.percentile(q), bare.fixed.percentile(q)
        target = f"<= {P99_TARGET_MS:g} ms" if q == 99 else "-"
        table.append([f"webhook p{q} at {RATE} req/s open loop, {len(service.fixed.latencies)} answered "
                      f"(achieved {len(service.fixed.latencies) / service.fixed.seconds:.0f}/s)",
                      f"{value:.1f} ms", f"{base:.1f} ms", f"{value / base:.2f}x", target,
                      _ok(value <= P99_TARGET_MS) if q == 99 else "-"])
    peak = max(hwm for _, _, hwm in service.memory.values())
    bare_peak = max(hwm for _, _, hwm in bare.memory.values())
    growth = max(after - before for before, after, _ in service.memory.values())
    bare_growth = max(after - before for before, after, _ in bare.memory.values())
    first, second = service.handled
    table.append([f"web worker peak RSS (VmHWM, max of 2 workers) after {second:,} messages", f"{peak:.1f} MB",
                  f"{bare_peak:.1f} MB", f"{peak / bare_peak:.2f}x", f"< {RSS_TARGET_MB:g} MB",
                  _ok(peak < RSS_TARGET_MB)])
    table.append([f"web worker RSS growth {first:,} -> {second:,} messages (max of 2 workers)",
                  f"{growth:+.1f} MB", f"{bare_growth:+.1f} MB", "-", f"< {GROWTH_TARGET_MB:g} MB",
                  _ok(growth < GROWTH_TARGET_MB)])
    if errors:
        table.append(["webhook errors (non-200 or socket) across all phases", str(errors), "-", "-", "0",
                      "MISSED"])
    return table


def notes(result: dict) -> list[str]:
    """Sanity facts: conversations really filed complaints."""
    service, floor = result["service"], result["floors"]["store"]
    phases = [service.warmup, service.fixed, *service.topup]
    finals = sum(p.finals for p in phases)
    references = sum(p.references for p in phases)
    return [f"webhook: {references}/{finals} KIRIM answers checked carry a reference LPR-n; "
            f"{result['complaints']:,} complaints filed in {make_url(result['url']).database}",
            f"webhook: per-worker RSS MB (at {service.handled[0]:,} / {service.handled[1]:,} messages, peak): "
            + "; ".join(f"pid {pid}: {a:.1f} / {b:.1f}, {h:.1f}" for pid, (a, b, h) in service.memory.items()),
            f"webhook: throughput phase {service.throughput.ok:,} messages in {service.throughput.seconds:.1f} s "
            f"(bare {result['bare'].throughput.ok:,}, floor {floor.ok:,}); the service reaches "
            f"{service.throughput.rate / floor.rate:.2f}x the floor app; server logs in {result['workdir']}"]


def _ran_out(run: WrkResult) -> str:
    return " (list ran out: rate understated)" if run.exhausted else ""


def _ok(passed: bool) -> str:
    return "ok" if passed else "MISSED"


def main() -> None:
    """Measure and print the webhook rows on their own."""
    from bench.run_all import table

    result = measure()
    print(table(rows(result)))
    print("\n".join(notes(result)))


if __name__ == "__main__":
    main()
