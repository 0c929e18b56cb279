"""`make bench`: every benchmark of issue 7 in one run, printed as one table of value beside baseline.

Run:  .venv/bin/python bench/run_all.py       (`make bench` installs wrk first when it is missing)

Rows, in this order (each section's own docstring says what it does):
- routing ms/message: bench/routing_bench.py (a subprocess, its output parsed);
- duplicate search on adversarial long texts: bench/duplicates_bench.py (a subprocess on a SQLite file, its table
  parsed);
- webhook throughput, latency at 200 req/s and worker memory: bench/webhook_bench.py (gunicorn -w 2 on
  database penghubung_bench_web, and the bare Flask app bench/bare_app.py);
- outbox: bench/outbox_bench.py (FakeTwilio in its own process, outbox rows in penghubung_bench);
- media: bench/media_bench.py (fetch items/s from FakeTwilio into the local folder and into S3 on moto's server;
  the webhook's rate with media messages beside text messages, in process, database penghubung_bench_media);
- staff dashboard: bench/web_bench.py (the queue page over 1,000 and 100,000 complaints, a complaint page with a
  200-event timeline; database penghubung_bench_web, after the webhook section has finished with it);
- performance page /kinerja (month, year; 1,000,000 complaints beside 10,000) and the weekly chart PNG:
  bench/stats_bench.py (in process, database penghubung_bench_stats);
- scheduler tick and digest scaling: bench/scheduler_bench.py (a subprocess on database penghubung_bench), last,
  because after seeding a million complaints the machine answers slower for a while.
Sections run one after the other so that none steals the other's CPU, and each waits until PostgreSQL has
finished the background work the one before left (a checkpoint, autovacuum of the seeded tables). A missed
target prints MISSED and a section that fails prints an ERROR row; the exit code stays 0 because this reports,
it does not gate.
"""

from __future__ import annotations

import os
import platform
import re
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ROUTING_TARGET_MS = 2.0
SUBPROCESS_TIMEOUT = 900
HEADER = ["measurement", "value", "baseline", "ratio", "target", "ok"]
PACKAGES = ("Flask", "Werkzeug", "SQLAlchemy", "psycopg", "twilio", "gunicorn", "APScheduler", "rapidfuzz")


def table(rows: list[list[str]]) -> str:
    """A Markdown table, columns padded for reading in a terminal."""
    widths = [max(len(line[i]) for line in [HEADER, *rows]) for i in range(len(HEADER))]
    lines = [HEADER, ["-" * width for width in widths], *rows]
    return "\n".join("| " + " | ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)) + " |"
                     for line in lines)


def machine_facts() -> list[str]:
    """Cores, CPU, OS and the versions that shape the figures."""
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown CPU")
    versions = ", ".join(f"{name} {metadata.version(name)}" for name in PACKAGES)
    return [f"cores: {os.cpu_count()} ({cpu}); load generators, gunicorn workers and PostgreSQL share them",
            f"Python {platform.python_version()} on Linux {platform.release()}; {versions}"]


def postgres_and_wrk() -> str:
    """PostgreSQL's and wrk's versions."""
    from sqlalchemy import create_engine

    from bench.scheduler_bench import bench_url
    from bench.webhook_bench import wrk_version

    engine = create_engine(bench_url())
    try:
        with engine.connect() as connection:
            version = connection.exec_driver_sql("SHOW server_version").scalar()
    finally:
        engine.dispose()
    try:
        wrk = wrk_version()
    except SystemExit as exc:
        wrk = str(exc)
    return f"PostgreSQL {version}; {wrk}"


def run_script(name: str, log: Path) -> str:
    """Run bench/<name> with this interpreter, keep its output in `log`, return it."""
    completed = subprocess.run([sys.executable, str(ROOT / "bench" / name)], cwd=ROOT, capture_output=True,
                               text=True, timeout=SUBPROCESS_TIMEOUT)
    log.write_text(completed.stdout + completed.stderr)
    if completed.returncode:
        raise RuntimeError(f"{name} exited with {completed.returncode}; see {log}")
    return completed.stdout


def routing_rows(workdir: Path) -> list[list[str]]:
    """The router's warm ms/message beside the naive rapidfuzz baseline."""
    output = run_script("routing_bench.py", workdir / "routing.log")
    router = re.search(r"router\s+cold ([\d.]+) ms/message\s+warm ([\d.]+) ms/message", output)
    naive = re.search(r"baseline\s+([\d.]+) ms/message", output)
    messages = re.search(r"messages: (\d+)", output)
    cold, warm, base = float(router[1]), float(router[2]), float(naive[1])
    return [[f"routing ms/message, {messages[1]} messages, warm (cold {cold:.3f}) "
             "(baseline: extractOne over all keywords)", f"{warm:.3f} ms", f"{base:.3f} ms",
             f"{warm / base:.2f}x", f"< {ROUTING_TARGET_MS:g} ms", "ok" if warm < ROUTING_TARGET_MS else "MISSED"]]


def table_rows(script: str, workdir: Path, prefix: str = "") -> list[list[str]]:
    """The rows of the table bench/<script> prints, exactly as printed (each measurement behind `prefix`)."""
    log = workdir / f"{Path(script).stem}.log"
    output = run_script(script, log)
    rows = []
    for line in output.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == len(HEADER) and cells[0] != "measurement" \
                and not set(cells[0]) <= {"-"}:
            rows.append([f"{prefix}{cells[0]}", *cells[1:]])
    if not rows:
        raise RuntimeError(f"{script} printed no table; see {log}")
    return rows


def scheduler_rows(workdir: Path) -> list[list[str]]:
    """The tick and digest rows exactly as bench/scheduler_bench.py prints them."""
    return table_rows("scheduler_bench.py", workdir, "scheduler: ")


def duplicates_rows(workdir: Path) -> list[list[str]]:
    """The duplicate search's rows exactly as bench/duplicates_bench.py prints them (they name themselves)."""
    return table_rows("duplicates_bench.py", workdir)


def outbox_rows(workdir: Path) -> list[list[str]]:
    """The outbox rows."""
    from bench import outbox_bench

    return outbox_bench.rows(outbox_bench.measure())


def media_rows(workdir: Path) -> list[list[str]]:
    """The media fetch and webhook-with-media rows."""
    from bench import media_bench

    return media_bench.rows(media_bench.measure())


def web_rows(workdir: Path) -> list[list[str]]:
    """The staff dashboard's queue and complaint page rows."""
    from bench import web_bench

    return web_bench.rows(web_bench.measure())
def stats_rows(workdir: Path) -> list[list[str]]:
    """The performance page and weekly chart rows."""
    from bench import stats_bench

    return stats_bench.rows(stats_bench.measure())


def webhook_rows(workdir: Path, notes: list[str]) -> list[list[str]]:
    """The webhook and memory rows; its sanity facts go to `notes`."""
    from bench import webhook_bench

    result = webhook_bench.measure(workdir)
    notes.extend(webhook_bench.notes(result))
    return webhook_bench.rows(result)


def quiet_postgres(timeout: float = 180.0) -> None:
    """Checkpoint and wait for autovacuum workers to finish, so that one section's seeding does not slow the next."""
    from sqlalchemy import create_engine, make_url, text

    from bench.scheduler_bench import bench_url

    engine = create_engine(make_url(bench_url()).set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            try:
                connection.execute(text("CHECKPOINT"))
            except Exception as exc:  # CHECKPOINT needs a superuser (or pg_checkpoint); waiting still helps
                print(f"  (no CHECKPOINT: {str(exc).splitlines()[0][:100]})", flush=True)
            started = time.monotonic()
            busy = "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'"
            while connection.scalar(text(busy)) and time.monotonic() < started + timeout:
                time.sleep(1)
            if time.monotonic() - started >= 1:
                print(f"  waited {time.monotonic() - started:.0f} s for PostgreSQL's autovacuum", flush=True)
    except Exception as exc:  # the sections say themselves when PostgreSQL is missing
        print(f"  (PostgreSQL not checked for background work: {str(exc).splitlines()[0][:100]})", flush=True)
    finally:
        engine.dispose()


def _stop_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit so every `with` block stops the processes it started."""
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


def main() -> None:
    """Run every section, then print the facts, the one table, the notes and the runtime."""
    _stop_on_sigterm()
    started = time.perf_counter()
    workdir = Path(tempfile.mkdtemp(prefix="penghubung-bench-"))
    facts, rows, notes = machine_facts(), [], []
    # The webhook's latency runs before the scheduler seeds a million rows (the machine is slower for a while after).
    sections = [("routing", routing_rows), ("duplicates", duplicates_rows),
                ("webhook", lambda folder: webhook_rows(folder, notes)), ("outbox", outbox_rows),
                ("media", media_rows), ("web", web_rows), ("stats", stats_rows), ("scheduler", scheduler_rows)]
    for name, section in sections:
        quiet_postgres()
        section_started = time.perf_counter()
        print(f"running {name} ...", flush=True)
        try:
            rows.extend(section(workdir))
        except Exception as exc:  # one broken section must not hide the others' figures
            traceback.print_exc()
            rows.append([f"{name}: ERROR {type(exc).__name__}: {str(exc)[:120]}", "-", "-", "-", "-", "MISSED"])
        print(f"  {name} done in {time.perf_counter() - section_started:.0f} s", flush=True)
    try:
        facts.append(postgres_and_wrk())
    except Exception as exc:  # facts are context; never lose the table over them
        facts.append(f"PostgreSQL/wrk version unknown: {exc}")
    missed = [row[0] for row in rows if row[-1] == "MISSED"]
    print("\n" + "\n".join(facts) + "\n")
    print(table(rows))
    print("\n" + ("MISSED: " + "; ".join(missed) if missed else "all targets met"))
    print("\n".join(notes))
    print(f"section logs: {workdir}\ntotal runtime: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
