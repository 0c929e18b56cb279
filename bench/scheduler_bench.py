"""Benchmark the scheduler's tick and the morning digest on PostgreSQL, each beside a baseline from the same run.

Run:  .venv/bin/python bench/scheduler_bench.py      (there is no `make bench-scheduler`; this line is the way)
      BENCH_DATABASE_URL=postgresql+psycopg://user@host:5432/penghubung_bench .venv/bin/python bench/...

The database at BENCH_DATABASE_URL (default below) is created if missing, and its schema `public` is DROPPED and
rebuilt with the project's Alembic migrations: never point it at a database you care about (`test` is refused).

Measurements (issue 5, "Process model and scale"):
1. `run_ladders` with 1,000 and with 100,000 open dispositions, the same 100 first-response rungs due in both,
   at a working-day morning in Asia/Jakarta; median of several ticks, state reset before each. Target: 100k
   within 3x of 1k. The same tick again over 500,000 already-sent messages in the outbox (it is never purged),
   beside the empty-outbox tick: the per-message dedupe lookup must not grow with the history either.
   EXPLAIN (ANALYZE) of the exact due-work queries (and that lookup) the tick ran shows the access path of each.
2. `digest_text` for the region (with the ranking) and for one agency over 1,000,000 complaints spread over two
   years; median of several runs. Target: under 2 s. The baseline is one sequential pass over complaints and
   dispositions (a machine yardstick); the slowest digest queries are listed with their access paths.

Data is seeded with set-based SQL (INSERT ... SELECT ... FROM generate_series). A missed target prints MISSED;
the exit code stays 0 because the script reports, it does not gate.
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import time
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import create_engine, event, make_url, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import create_app  # noqa: E402
from bot.digests import digest_text  # noqa: E402
from models import Agency  # noqa: E402
from models.cli import upgrade  # noqa: E402
from scheduler.jobs import run_ladders  # noqa: E402
from services import services  # noqa: E402

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/penghubung_bench"
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Asia/Jakarta"))  # a Tuesday, inside working hours
AGENCIES, EXTERNAL = 25, 2
DUE = 100
SMALL, LARGE = 1_000, 100_000
COMPLAINTS = 1_000_000
TICK_REPS, HISTORY_REPS, DIGEST_REPS = 7, 5, 5
HISTORY = 500_000  # sent messages kept in the outbox (it is never purged)
TICK_TARGET, DIGEST_TARGET = 3.0, 2.0
LADDER_COLUMNS = (("verification", "verify_next_at"), ("first_response", "response_next_at"),
                  ("completion", "completion_next_at"))


# Database and app ------------------------------------------------------------------------------------

def bench_url() -> str:
    """The scheduler and outbox benches' database URL (BENCH_DATABASE_URL, else the default)."""
    return database_url("BENCH_DATABASE_URL", DEFAULT_URL)


def database_url(variable: str, default: str) -> str:
    """A bench's database URL (environment `variable`, else `default`): its schema is dropped, so the test suite's
    databases, `postgres`, another bench's default and names that need quoting are refused."""
    url = os.environ.get(variable, default)
    name = make_url(url).database or ""
    test_url = os.environ.get("TEST_DATABASE_URL")
    others = {make_url(DEFAULT_URL).database} - {make_url(default).database}
    if name in ("test", "postgres", *others) or name.startswith("test_") or (
            test_url and make_url(test_url).database == name):
        raise SystemExit(f"refusing to benchmark in database {name!r}: its schema would be dropped")
    if not re.fullmatch(r"[A-Za-z0-9_]+", name):
        raise SystemExit(f"database name {name!r}: use letters, digits and underscores")
    return url


def ensure_database(url: str) -> None:
    """Create the bench database if it does not exist (from the `postgres` database, in autocommit)."""
    target = make_url(url)
    admin = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        found = connection.scalar(text("SELECT 1 FROM pg_database WHERE datname = :name"),
                                  {"name": target.database})
        if not found:
            connection.exec_driver_sql(f'CREATE DATABASE "{target.database}"')
    admin.dispose()


def build_services(url: str):
    """The app's services (engine, session factory, region) built exactly as the service builds them."""
    app = create_app({"DATABASE_URL": url, "LOG_LEVEL": "WARNING", "TWILIO_ACCOUNT_SID": "",
                      "TWILIO_AUTH_TOKEN": "", "TWILIO_WHATSAPP_FROM": ""})
    return services(app)


def fresh_schema(engine) -> None:
    """Drop schema public and rebuild it with the project's Alembic migrations."""
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    upgrade(engine)


def empty_tables(engine) -> None:
    """Remove every row the previous phase seeded, restarting the id sequences."""
    with engine.begin() as connection:
        connection.exec_driver_sql("TRUNCATE agencies, contacts, complaints, dispositions, ledger, outbox "
                                   "RESTART IDENTITY CASCADE")


def vacuum_analyze(engine) -> None:
    """VACUUM ANALYZE the whole database so plans and visibility maps match a settled production one."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM ANALYZE")


def server_facts(engine) -> str:
    """PostgreSQL's version and the settings that shape the plans."""
    with engine.connect() as connection:
        version = connection.exec_driver_sql("SHOW server_version").scalar()
        buffers = connection.exec_driver_sql("SHOW shared_buffers").scalar()
        workers = connection.exec_driver_sql("SHOW max_parallel_workers_per_gather").scalar()
    return f"PostgreSQL {version} (shared_buffers {buffers}, parallel workers per gather {workers})"


# Seeding ---------------------------------------------------------------------------------------------

STAFF_SQL = [
    """INSERT INTO agencies (code, name, aliases, keywords, external, active)
       SELECT 'OPD' || lpad(g::text, 2, '0'), 'Dinas Bench ' || g, '[]', '[]', g > :internal, true
       FROM generate_series(1, :internal + :external) g""",
    """INSERT INTO contacts (phone, role, name, agency_id, active, opted_out, created_at)
       SELECT '+62811' || lpad(g::text, 7, '0'), CASE WHEN g % 3 = 0 THEN 'head' ELSE 'officer' END,
              'Staf ' || g, (g - 1) / 3 + 1, true, false, :now
       FROM generate_series(1, 3 * :internal) g""",
    """INSERT INTO contacts (phone, role, name, active, opted_out, created_at)
       SELECT '+62812' || lpad(g::text, 7, '0'), CASE WHEN g <= 2 THEN 'verifier' ELSE 'supervisor' END,
              'Staf pusat ' || g, true, false, :now
       FROM generate_series(1, 4) g""",
    """INSERT INTO contacts (phone, active, opted_out, created_at)
       SELECT '+62813' || lpad(g::text, 9, '0'), true, false, :now - interval '1 day' * (g % 700)
       FROM generate_series(1, :citizens) g""",
]


def seed_staff(connection, citizens: int) -> tuple[int, int]:
    """Agencies, their officers and heads, verifiers, supervisors and citizens; return (first citizen id, count)."""
    params = {"internal": AGENCIES, "external": EXTERNAL, "citizens": citizens, "now": NOW}
    for statement in STAFF_SQL:
        connection.execute(text(statement), params)
    first = connection.scalar(text("SELECT min(id) FROM contacts WHERE role IS NULL"))
    return first, citizens


COMPLAINT_COLUMNS = ("id, number, citizen_id, kind, title, description, location_text, privacy, status, source, "
                     "created_at, updated_at, announced_at, finished_at, closed_at, verify_rung, verify_next_at")
COMPLAINT_VALUES = """g, g, :c0 + g % :cn, (ARRAY['pengaduan', 'aspirasi', 'informasi'])[1 + g % 3],
    'Keluhan bench ' || g, 'Uraian keluhan warga untuk benchmark, nomor ' || g, 'Kelurahan ' || g % 50,
    'biasa', status, 'whatsapp', created, created, created"""

TICK_COMPLAINTS_SQL = f"""
INSERT INTO complaints ({COMPLAINT_COLUMNS})
SELECT {COMPLAINT_VALUES}, NULL, NULL, 0,
       CASE WHEN status = 'belum_terverifikasi' THEN :now + interval '1 hour' * (1 + random() * 40) END
FROM (SELECT g, CASE WHEN g > :n THEN 'belum_terverifikasi' ELSE 'proses' END AS status,
             :now - interval '1 day' * (2 + random() * 58) AS created
      FROM generate_series(1, :n + :n / 100) g) s"""

# Open dispositions as the ladders leave them: answered ones (response ladder stopped), unanswered ones with
# the next rung in the future, completion reminders ahead, or already overdue with the notice sent.
OPEN_DISPOSITIONS_SQL = """
INSERT INTO dispositions (id, complaint_id, agency_id, status, created_at, due_at, field_inspection,
    first_response_at, first_response_days, closed_at, response_rung, response_next_at, completion_rung,
    completion_next_at)
SELECT id, id, agency, 'open', created_at, due, false,
       CASE WHEN answered THEN created_at + interval '20 hours' END,
       CASE WHEN answered THEN round((random() * 4)::numeric, 2) END, NULL,
       CASE WHEN answered THEN 1 ELSE 1 + id % 2 END,
       CASE WHEN NOT answered THEN :now + interval '1 hour' * (1 + random() * 47) END,
       CASE WHEN due > :now + interval '3 days' THEN 0 WHEN due > :now THEN 1 ELSE 2 END,
       CASE WHEN due > :now + interval '3 days' THEN due - interval '3 days' WHEN due > :now THEN due END
FROM (SELECT id, created_at, 1 + id % :internal AS agency, random() < 0.7 AS answered,
             created_at + interval '1 day' * (14 + random() * 46) AS due
      FROM complaints WHERE status = 'proses') s"""

MAKE_DUE_SQL = """
UPDATE dispositions SET created_at = :now - interval '2 days', first_response_at = NULL,
       first_response_days = NULL, due_at = :now + interval '14 days', completion_rung = 0,
       completion_next_at = :now + interval '10 days'
WHERE id = ANY(:ids)"""


def due_ids(open_count: int, due: int = DUE) -> list[int]:
    """Ids of the dispositions whose first rung is due, spread evenly over the table."""
    return [int((i + 0.5) * open_count / due) + 1 for i in range(due)]


def seed_open(engine, open_count: int) -> list[int]:
    """Seed `open_count` open dispositions (+1% complaints awaiting verification); return the due ones' ids."""
    ids = due_ids(open_count)
    with engine.begin() as connection:
        c0, cn = seed_staff(connection, max(open_count // 3, 10))
        params = {"now": NOW, "n": open_count, "c0": c0, "cn": cn, "internal": AGENCIES}
        connection.execute(text(TICK_COMPLAINTS_SQL), params)
        connection.execute(text(OPEN_DISPOSITIONS_SQL), params)
        connection.execute(text(MAKE_DUE_SQL), {"now": NOW, "ids": ids})
    reset_due(engine, ids)
    vacuum_analyze(engine)
    return ids


def reset_due(engine, ids: list[int], keep_history: bool = False) -> None:
    """Make the same dispositions' first rung due again and forget what earlier ticks sent.

    With `keep_history` only the messages queued by the ticks (created at NOW) go; the seeded history stays.
    """
    with engine.begin() as connection:
        connection.execute(text("UPDATE dispositions SET response_rung = 0, response_next_at = :past "
                                "WHERE id = ANY(:ids)"), {"past": NOW - timedelta(hours=1), "ids": ids})
        connection.exec_driver_sql("DELETE FROM ledger")
        if keep_history:
            connection.execute(text("DELETE FROM outbox WHERE created_at >= :now"), {"now": NOW})
        else:
            connection.exec_driver_sql("DELETE FROM outbox")


# Messages already sent, keyed as the service keys them (notices, rungs, digests): the outbox is never purged,
# so in production it holds every message the service ever sent.
HISTORY_SQL = """
INSERT INTO outbox (recipient, body, purpose, dedupe_key, status, attempts, next_attempt_at, ambiguous,
                    created_at, sent_at)
SELECT '+62813' || lpad((g % 30000)::text, 9, '0'), 'Pesan terkirim nomor ' || g, purpose,
       CASE purpose WHEN 'reminder' THEN 'rung:first_response:d' || 1000000 + g || ':'
                                        || to_char(sent, 'YYYYMMDD"T"HH24MISS"Z"') || ':1:' || g % 75 || '#0'
                    WHEN 'digest' THEN 'digest:' || to_char(sent, 'YYYY-MM-DD') || ':' || g || '#0'
                    ELSE 'status:' || g / 3 || ':' || g % 977 || '#' || g % 2 END,
       'delivered', 1, sent, false, sent, sent
FROM (SELECT g, :now - interval '1 minute' * g AS sent,
             (ARRAY['notice', 'notice', 'notice', 'reminder', 'digest'])[1 + g % 5] AS purpose
      FROM generate_series(1, :count) g) s"""


def seed_outbox_history(engine, count: int) -> None:
    """Add `count` sent messages to the outbox, as months of service leave behind."""
    with engine.begin() as connection:
        connection.execute(text(HISTORY_SQL), {"now": NOW, "count": count})
    vacuum_analyze(engine)


# Ids follow time (rows are appended as complaints arrive), so created_at correlates with the physical order.
DIGEST_COMPLAINTS_SQL = f"""
INSERT INTO complaints ({COMPLAINT_COLUMNS})
SELECT {COMPLAINT_VALUES},
       CASE WHEN status = 'selesai' THEN finished END,
       CASE WHEN status = 'selesai' AND finished < :now - interval '14 days' THEN finished + interval '14 days' END,
       0, CASE WHEN status = 'belum_terverifikasi' THEN :now + interval '1 hour' * (1 + random() * 20) END
FROM (SELECT g, created, LEAST(created + interval '1 day' * (1 + random() * 30), :now) AS finished,
             CASE WHEN created > :now - interval '2 days' AND r < 0.5 THEN 'belum_terverifikasi'
                  WHEN created > :now - interval '60 days' THEN
                       CASE WHEN r < 0.45 THEN 'selesai' WHEN r < 0.85 THEN 'proses'
                            WHEN r < 0.95 THEN 'belum_ditindaklanjuti' ELSE 'diarsipkan' END
                  WHEN r < 0.88 THEN 'selesai' WHEN r < 0.96 THEN 'diarsipkan' ELSE 'proses' END AS status
      FROM (SELECT g, random() AS r,
                   :now - interval '730 days' * (1 - g::float / :n) - interval '1 minute' * (random() * 60) AS created
            FROM generate_series(1, :n) g) a) b"""

# One disposition per verified complaint, to a skewed choice of agencies (a few get most of the work).
DIGEST_DISPOSITIONS_SQL = """
INSERT INTO dispositions (id, complaint_id, agency_id, status, created_at, due_at, field_inspection,
    first_response_at, first_response_days, closed_at, response_rung, response_next_at, completion_rung,
    completion_next_at)
SELECT id, id, agency, state, made, due, r < 0.05, CASE WHEN answered THEN made + interval '1 day' * speed END,
       CASE WHEN answered THEN speed END,
       CASE WHEN state <> 'open' THEN COALESCE(finished_at, made + interval '2 days') END,
       CASE WHEN answered OR state <> 'open' THEN 1 ELSE 2 END,
       CASE WHEN state = 'open' AND NOT answered THEN :now + interval '1 hour' * (1 + r * 47) END,
       CASE WHEN state <> 'open' OR due > :now + interval '3 days' THEN 0 WHEN due > :now THEN 1 ELSE 2 END,
       CASE WHEN state <> 'open' THEN NULL WHEN due > :now + interval '3 days' THEN due - interval '3 days'
            WHEN due > :now THEN due END
FROM (SELECT id, finished_at, made, agency, r, round((random() * 6)::numeric, 2)::float AS speed,
             made + interval '1 day' * (7 + random() * 60) AS due,
             CASE WHEN status = 'selesai' THEN 'final' WHEN status = 'diarsipkan' AND r < 0.5 THEN 'returned'
                  WHEN status = 'diarsipkan' THEN 'final' ELSE 'open' END AS state,
             status <> 'proses' AND status <> 'belum_ditindaklanjuti' OR r < 0.75 AS answered
      FROM (SELECT id, status, finished_at, created_at + interval '3 hours' AS made, random() AS r,
                   1 + floor((:internal + :external) * power(random(), 1.3))::int AS agency
            FROM complaints WHERE status <> 'belum_terverifikasi') c) s"""


def seed_complaints(engine, count: int) -> None:
    """Seed `count` complaints over two years, mostly finished, each verified one with one disposition."""
    with engine.begin() as connection:
        c0, cn = seed_staff(connection, count // 3)
        params = {"now": NOW, "n": count, "c0": c0, "cn": cn, "internal": AGENCIES, "external": EXTERNAL}
        connection.execute(text(DIGEST_COMPLAINTS_SQL), params)
        connection.execute(text(DIGEST_DISPOSITIONS_SQL), params)
        for table in ("complaints", "dispositions"):
            connection.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                       f"(SELECT max(id) FROM {table}))")
    rebuild_facts(engine)
    vacuum_analyze(engine)


def rebuild_facts(engine) -> None:
    """Write the performance facts of rows seeded with set-based SQL (the service writes them as it goes)."""
    from sqlalchemy.orm import Session

    from lapor import facts

    with Session(engine) as session, session.begin():
        facts.rebuild(session)


def data_facts(engine) -> str:
    """A one-line description of what the digest runs over."""
    query = """SELECT (SELECT count(*) FROM complaints), (SELECT count(*) FROM complaints WHERE status = 'selesai'),
                      (SELECT count(*) FROM dispositions WHERE status = 'open'),
                      (SELECT count(*) FROM dispositions WHERE status = 'open' AND due_at < :now)"""
    with engine.connect() as connection:
        total, done, open_, overdue = connection.execute(text(query), {"now": NOW}).one()
    return f"{total:,} complaints ({done:,} selesai), {open_:,} open dispositions, {overdue:,} overdue"


# Timing ----------------------------------------------------------------------------------------------

def time_ticks(svc, ids: list[int], keep_history: bool = False, reps: int = TICK_REPS) -> list[float]:
    """Seconds of `run_ladders` per tick, the same rungs due before each (after one untimed warm-up tick)."""
    times = []
    for rep in range(reps + 1):
        reset_due(svc.engine, ids, keep_history)
        started = time.perf_counter()
        result = run_ladders(svc, NOW)
        elapsed = time.perf_counter() - started
        if not result.startswith(f"rungs={len(ids)} "):
            raise RuntimeError(f"expected {len(ids)} rungs due, the tick said {result!r}")
        if rep:
            times.append(elapsed)
    return times


def time_digest(svc, agency_id: int | None, reps: int = DIGEST_REPS) -> list[float]:
    """Seconds of one digest text (region when agency_id is None), after one untimed warm-up run."""
    times = []
    for rep in range(reps + 1):
        with svc.session_factory() as session:
            agency = session.get(Agency, agency_id) if agency_id is not None else None
            started = time.perf_counter()
            digest_text(session, svc.region, NOW, agency)
            elapsed = time.perf_counter() - started
        if rep:
            times.append(elapsed)
    return times


def time_full_pass(engine, reps: int = DIGEST_REPS) -> list[float]:
    """Seconds of one sequential pass over complaints and dispositions: the yardstick for the digests."""
    query = "SELECT (SELECT count(title) FROM complaints), (SELECT count(due_at) FROM dispositions)"
    times = []
    with engine.connect() as connection:
        for _ in range(reps):
            started = time.perf_counter()
            connection.exec_driver_sql(query).one()
            times.append(time.perf_counter() - started)
    return times


def busiest_agency(engine) -> tuple[int, str]:
    """The internal agency with the most dispositions (the head whose digest does the most work)."""
    with engine.connect() as connection:
        return tuple(connection.execute(text(
            "SELECT a.id, a.code FROM agencies a JOIN dispositions d ON d.agency_id = a.id "
            "WHERE NOT a.external GROUP BY a.id, a.code ORDER BY count(*) DESC LIMIT 1")).one())


# Plans -----------------------------------------------------------------------------------------------

@contextmanager
def captured(engine):
    """Record (statement, parameters, seconds) of every statement the engine runs inside the block."""
    log = []

    def before(conn, cursor, statement, parameters, context, executemany):
        """Note when the statement started (a stack: a connection runs one statement at a time)."""
        conn.info.setdefault("bench_started", []).append(time.perf_counter())

    def after(conn, cursor, statement, parameters, context, executemany):
        """Log the statement with its parameters and duration."""
        log.append((statement, parameters, time.perf_counter() - conn.info["bench_started"].pop()))

    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "after_cursor_execute", after)
    try:
        yield log
    finally:
        event.remove(engine, "before_cursor_execute", before)
        event.remove(engine, "after_cursor_execute", after)


def explain(engine, statement: str, parameters) -> dict:
    """EXPLAIN (ANALYZE, BUFFERS) one captured statement in a transaction that is rolled back (it may lock)."""
    with engine.connect() as connection:
        with connection.begin() as transaction:
            plan = connection.exec_driver_sql("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + statement,
                                              parameters).scalar()
            transaction.rollback()
    return plan[0]


def plan_nodes(node: dict):
    """Every node of a JSON plan, depth first."""
    yield node
    for child in node.get("Plans", []):
        yield from plan_nodes(child)


def access_paths(plan: dict) -> list[str]:
    """How each table is read: 'Index Scan using ix_… on t', 'Seq Scan on t (… removed by filter)'."""
    paths = []
    for node in plan_nodes(plan["Plan"]):
        kind = node["Node Type"]
        if "Index Name" in node:
            paths.append(f"{kind} using {node['Index Name']}" + (f" on {node['Relation Name']}"
                                                                   if "Relation Name" in node else ""))
        elif kind == "Seq Scan":  # per-loop figures: a parallel scan reports each worker's share
            removed = node.get("Rows Removed by Filter", 0) * node.get("Actual Loops", 1)
            parallel = "Parallel " if node.get("Parallel Aware") else ""
            paths.append(f"{parallel}Seq Scan on {node['Relation Name']} ({removed:,} rows removed by filter)")
    return paths


def lookup_of(statement: str) -> str | None:
    """Which due-work claim (ladder) or per-message lookup a captured statement is; None for the others."""
    if "FROM outbox" in statement and "dedupe_key LIKE" in statement:
        return "outbox dedupe"
    if "SKIP LOCKED" not in statement:
        return None
    where = statement.split("WHERE", 1)[1]
    return next((name for name, column in LADDER_COLUMNS if f"{column} <=" in where), None)


def explain_due_queries(svc, ids: list[int]) -> list[tuple[str, str, int, float]]:
    """Capture one tick's claim queries and its first outbox lookup, reset, EXPLAIN ANALYZE each as it ran."""
    reset_due(svc.engine, ids, keep_history=True)
    with captured(svc.engine) as log:
        run_ladders(svc, NOW)
    reset_due(svc.engine, ids, keep_history=True)
    findings, seen = [], set()
    for statement, parameters, _ in log:
        ladder = lookup_of(statement)
        if ladder and ladder not in seen:
            seen.add(ladder)
            plan = explain(svc.engine, statement, parameters)
            findings.append((ladder, "; ".join(access_paths(plan)), plan["Plan"]["Actual Rows"],
                             plan["Execution Time"]))
    return findings


def slowest_digest_queries(svc, agency_id: int | None, top: int = 4) -> list[tuple[float, str, str]]:
    """The digest's slowest statements: (ms, first words of the SQL, access paths from EXPLAIN ANALYZE)."""
    with captured(svc.engine) as log, svc.session_factory() as session:
        agency = session.get(Agency, agency_id) if agency_id is not None else None
        digest_text(session, svc.region, NOW, agency)
    rows = []
    for statement, parameters, seconds in sorted(log, key=lambda item: -item[2])[:top]:
        plan = explain(svc.engine, statement, parameters)
        rows.append((1000 * seconds, " ".join(statement.split())[:90], "; ".join(access_paths(plan))))
    return rows


# Report ----------------------------------------------------------------------------------------------

def row(measurement: str, value: float, baseline: float, target: str, ok: bool) -> list[str]:
    """One table row: figures in ms, the ratio to the baseline, and OK or MISSED."""
    return [measurement, f"{1000 * value:.1f} ms", f"{1000 * baseline:.1f} ms", f"{value / baseline:.2f}x",
            target, "ok" if ok else "MISSED"]


def table(rows: list[list[str]]) -> str:
    """A Markdown table, columns padded for reading in a terminal."""
    header = ["measurement", "value", "baseline", "ratio", "target", "ok"]
    widths = [max(len(line[i]) for line in [header, *rows]) for i in range(len(header))]
    lines = [header, ["-" * width for width in widths], *rows]
    return "\n".join("| " + " | ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)) + " |"
                     for line in lines)


def tick_phase(svc) -> tuple[list[list[str]], list[tuple]]:
    """Time the tick at 1k and 100k open dispositions, then at 100k over a sent-message history; EXPLAIN it."""
    medians = {}
    for size in (SMALL, LARGE):
        empty_tables(svc.engine)
        ids = seed_open(svc.engine, size)
        medians[size] = statistics.median(time_ticks(svc, ids))
    seed_outbox_history(svc.engine, HISTORY)
    history = statistics.median(time_ticks(svc, ids, keep_history=True, reps=HISTORY_REPS))
    findings = explain_due_queries(svc, ids)
    target = f"<= {TICK_TARGET:g}x"
    rows = [row(f"tick, {DUE} due, {LARGE:,} open (baseline {SMALL:,} open), median of {TICK_REPS}",
                medians[LARGE], medians[SMALL], target, medians[LARGE] / medians[SMALL] <= TICK_TARGET),
            row(f"same tick + {HISTORY:,} sent messages in outbox (baseline: empty), median of {HISTORY_REPS}",
                history, medians[LARGE], target, history / medians[LARGE] <= TICK_TARGET)]
    return rows, findings


def digest_phase(svc) -> tuple[list[list[str]], dict]:
    """Seed 1M complaints, time the region and agency digests beside one sequential pass over the data."""
    empty_tables(svc.engine)
    seed_complaints(svc.engine, COMPLAINTS)
    agency_id, code = busiest_agency(svc.engine)
    yardstick = statistics.median(time_full_pass(svc.engine))
    region = statistics.median(time_digest(svc, None))
    agency = statistics.median(time_digest(svc, agency_id))
    label = f"(baseline: 1 seq pass over both tables), median of {DIGEST_REPS}"
    rows = [row(f"region digest + ranking, {COMPLAINTS:,} complaints {label}", region, yardstick,
                f"< {DIGEST_TARGET:g} s", region < DIGEST_TARGET),
            row(f"agency digest ({code}, busiest) {label}", agency, yardstick, f"< {DIGEST_TARGET:g} s",
                agency < DIGEST_TARGET)]
    details = {"data": data_facts(svc.engine), "region": slowest_digest_queries(svc, None),
               "agency": slowest_digest_queries(svc, agency_id), "code": code}
    return rows, details


def main() -> None:
    """Seed, measure and print the table, the due-work plans and the slowest digest queries."""
    started = time.perf_counter()
    url = bench_url()
    ensure_database(url)
    svc = build_services(url)
    fresh_schema(svc.engine)
    print(f"cores: {os.cpu_count()}  {server_facts(svc.engine)}")
    print(f"database: {make_url(url).render_as_string(hide_password=True)}  now: {NOW.isoformat()}")
    tick_rows, findings = tick_phase(svc)
    print(f"tick phase done after {time.perf_counter() - started:.0f} s", flush=True)
    digest_rows, details = digest_phase(svc)
    print(f"digest data: {details['data']}\n")
    print(table([*tick_rows, *digest_rows]))
    missed = [line[0] for line in (*tick_rows, *digest_rows) if line[-1] == "MISSED"]
    print("\nMISSED: " + "; ".join(missed) if missed else "\nall targets met")
    print(f"\nQueries of one tick at {LARGE:,} open dispositions and {HISTORY:,} sent messages "
          "(EXPLAIN ANALYZE, as the tick ran them):")
    for ladder, paths, rows, ms in findings:
        verdict = "index" if "Index" in paths and "Seq Scan" not in paths else "NO INDEX"
        print(f"  {ladder:<15} {verdict:<8} rows={rows:<4} {ms:.2f} ms  {paths}")
    for scope in ("region", "agency"):
        print(f"\nSlowest {scope} digest queries ({details['code'] if scope == 'agency' else 'region'}):")
        for ms, sql, paths in details[scope]:
            print(f"  {ms:8.1f} ms  {sql}\n              {paths}")
    print(f"\ntotal runtime: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
