"""The /audit page's queries on PostgreSQL over a large audit log: EXPLAIN ANALYZE of each filter's count and page.

Run:  AUDIT_BENCH_DATABASE_URL=postgresql+psycopg://user@host:5432/penghubung_audit_bench \\
      .venv/bin/python bench/audit_bench.py [ROWS]          (default 200,000 rows)

The database is created if missing and its schema `public` is DROPPED and rebuilt with the project's migrations
(the test suite's databases are refused, as by bench/scheduler_bench.py). The log is filled with ROWS entries
spread over a year, its actions weighted as a province's (logins 30%, TL 20%, … identity views 2%, downloads
0.5%), complaint ids among 20,000; then each query as `web.audit.index` builds it is explained three times and the
fastest kept, with its plan's nodes. Figures of 7 December 2026 in docs/operations.md, *The audit log*. Then the
whole log's pages as /audit reads them now, by keyset on (at, id) without a count, each beside the count and
OFFSET page above (the ratio: how many times faster).
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import func, select, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.scheduler_bench import database_url, ensure_database, fresh_schema  # noqa: E402
from models import AuditEntry  # noqa: E402
from models.db import make_engine  # noqa: E402
from web.audit import PAGE_SIZE  # noqa: E402

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/penghubung_audit_bench"
WEIGHTS = {"login": 30, "logout": 5, "tl": 20, "teruskan": 10, "selesai": 10, "identity_view": 2,
           "tutup_otomatis": 5, "lapor": 10, "tunda": 4, "arsipkan": 3, "ekspor": 0.5, "gabung": 0.5}
CASES = [("all, page 1", {}), ("all, page 100", {"page": 100}), ("all, last page", {"page": -1}),
         ("tindakan=tl, page 1", {"action": "tl"}), ("tindakan=identity_view, page 1", {"action": "identity_view"}),
         ("tindakan=ekspor, page 1", {"action": "ekspor"}),
         ("tindakan=identity_view, last page", {"action": "identity_view", "page": -1}),
         ("laporan=LPR-1234", {"complaint": 1234}), ("laporan=LPR-1234, tindakan=tl", {"complaint": 1234,
                                                                                       "action": "tl"})]


def fill(engine, rows: int) -> None:
    rng = random.Random(7)
    actions = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()), k=rows)
    start = datetime(2025, 12, 1, tzinfo=UTC)
    with engine.begin() as connection:
        connection.execute(text("SET LOCAL session_replication_role = replica"))  # no contacts nor complaints
        values = [dict(at=start + timedelta(seconds=i * 31_536_000 // rows), address="whatsapp", detail={},
                       actor_id=None if action in ("tutup_otomatis", "lapor") else rng.randint(1, 300),
                       action=action, complaint_id=None if action in ("login", "logout") else rng.randint(1, 20_000))
                  for i, action in enumerate(actions)]
        for start_at in range(0, rows, 20_000):
            connection.execute(sa.insert(AuditEntry.__table__), values[start_at:start_at + 20_000])
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE audit_log"))


def queries(connection, action: str | None = None, complaint: int | None = None, page: int = 1):
    conditions = ([AuditEntry.action == action] if action else []) + (
        [AuditEntry.complaint_id == complaint] if complaint else [])
    count = select(func.count()).select_from(AuditEntry).where(*conditions)
    if page < 0:
        page = max(1, -(-connection.scalar(count) // PAGE_SIZE))
    return count, (select(AuditEntry).where(*conditions).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
                   .offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE))


def explained(connection, engine, query) -> str:
    sql = str(query.compile(engine, compile_kwargs={"literal_binds": True}))
    plans = [connection.execute(text("EXPLAIN (ANALYZE, FORMAT JSON) " + sql)).scalar()[0] for _ in range(3)]
    best = min(plans, key=lambda plan: plan["Execution Time"])
    nodes: list[str] = []

    def walk(node):
        nodes.append(node["Node Type"] + (f"({node['Index Name']})" if node.get("Index Name") else ""))
        for child in node.get("Plans", []):
            walk(child)
    walk(best["Plan"])
    return f"{best['Execution Time']:8.2f} ms  {' > '.join(nodes)}"


def keyset_page(connection, page: int):
    """The whole log's page as `web.audit` reads it now: from the last entry of the page before (keyset on (at,
    id)), no count; `page` -1: the last page."""
    if page < 0:
        total = connection.scalar(select(func.count()).select_from(AuditEntry))
        page = max(1, -(-total // PAGE_SIZE))
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    if page > 1:
        at, entry_id = connection.execute(select(AuditEntry.at, AuditEntry.id).order_by(
            AuditEntry.at.desc(), AuditEntry.id.desc()).offset((page - 1) * PAGE_SIZE - 1).limit(1)).one()
        query = query.where(AuditEntry.at <= at, sa.or_(AuditEntry.at < at, AuditEntry.id < entry_id))
    return query.limit(PAGE_SIZE + 1)


def milliseconds(line: str) -> float:
    return float(line.split("ms")[0])


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    url = database_url("AUDIT_BENCH_DATABASE_URL", DEFAULT_URL)
    ensure_database(url)
    engine = make_engine(url)
    fresh_schema(engine)
    fill(engine, rows)
    with engine.connect() as connection:
        size = connection.scalar(text("SELECT pg_total_relation_size('audit_log')"))
        print(f"audit_log: {rows:,} rows, {size / 2**20:.0f} MB with its indexes ({size / rows:.0f} bytes a row)")
        before = {}
        for name, asked in CASES:
            count, page = queries(connection, **asked)
            counted, paged = explained(connection, engine, count), explained(connection, engine, page)
            before[name] = milliseconds(counted) + milliseconds(paged)
            print(f"{name:38s} count {counted}")
            print(f"{'':38s} page  {paged}")
        # The whole log now (web.audit._entries): no count, each page from the last entry of the page before.
        print("\nThe whole log paged by keyset (no count), against count + OFFSET page above, same run:")
        for name, page in (("all, page 1", 1), ("all, page 100", 100), ("all, last page", -1)):
            line = explained(connection, engine, keyset_page(connection, page))
            print(f"{name + ', keyset':38s} page  {line}   (count + offset: {before[name]:.2f} ms, "
                  f"{before[name] / max(milliseconds(line), 0.001):.0f}x)")
    engine.dispose()


if __name__ == "__main__":
    main()
