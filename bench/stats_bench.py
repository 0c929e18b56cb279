"""Benchmark the performance page `/kinerja` on PostgreSQL (one month and one year, 1,000,000 complaints beside
10,000) and the weekly summary's chart PNG.

Run:  .venv/bin/python bench/stats_bench.py
      BENCH_STATS_DATABASE_URL=postgresql+psycopg://user@host:5432/penghubung_bench_stats .venv/bin/python bench/...

The database (default below) is created if missing and its schema `public` is DROPPED and rebuilt with the
project's migrations: never point it at a database you care about. Complaints are seeded with set-based SQL
(INSERT ... SELECT ... FROM generate_series, as bench/scheduler_bench.py seeds its million), over two years, with
ratings, reopenings and final answers' working days, 27 agencies (2 external).

Rows (median of REPS requests after a warm-up; the whole request through Flask's test client as a logged-in
supervisor: login check, SQL, four SVG charts, template):
1. /kinerja for this month and for this year at 1,000,000 complaints; baseline the same page at 10,000.
   Target: the year page under 1 s. Nothing is memoised: every request computes the figures and draws the charts.
2. The weekly chart PNG (on-time share of 25 agencies, `bot.digests.weekly_chart_png` at 1,000,000 complaints);
   baseline: matplotlib drawing the same chart with no bars (its fixed cost).
A missed target prints MISSED; the exit code stays 0 because the script reports, it does not gate.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.pages import client_as, get_ok, median_ms, seeded  # noqa: E402
from bench.scheduler_bench import (  # noqa: E402
    NOW,
    database_url,
    fresh_schema,
    rebuild_facts,
    seed_complaints,
    table,
    vacuum_analyze,
)
from models import Role  # noqa: E402
from services import services  # noqa: E402

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/penghubung_bench_stats"
SIZES = (10_000, 1_000_000)
WARMUP, REPS = 1, 5
YEAR_TARGET_MS = 1000.0
PAGES = {"month": "/kinerja", "year": "/kinerja?since=2026-01-01&until=2026-12-31"}

# What the scheduler bench's seed leaves out and the page reads: final answers' working days, ratings, reopenings.
EXTRA_SQL = [
    """UPDATE dispositions SET completion_days = round((extract(epoch FROM closed_at - created_at) / 86400 * 5 / 7)
                                                       ::numeric, 2)
       WHERE status = 'final'""",
    "UPDATE complaints SET rating = 1 + id % 5 WHERE status = 'selesai' AND id % 10 < 6",
    """INSERT INTO timeline_entries (complaint_id, at, event, public, media)
       SELECT id, finished_at - interval '1 day', 'dibuka_kembali', true, '[]' FROM complaints
       WHERE status = 'selesai' AND id % 50 = 0""",
]


def bench_url() -> str:
    """This bench's database URL (BENCH_STATS_DATABASE_URL or the default; see database_url)."""
    return database_url("BENCH_STATS_DATABASE_URL", DEFAULT_URL)


def seed(engine, size: int) -> None:
    """A fresh schema with `size` complaints and what the page reads of them."""
    fresh_schema(engine)
    seed_complaints(engine, size)
    with engine.begin() as connection:
        for statement in EXTRA_SQL:
            connection.execute(text(statement))
    rebuild_facts(engine)
    vacuum_analyze(engine)


def chart_times(app) -> tuple[float, float]:
    """The weekly chart PNG (with the figures' query) and the same chart drawn with no bars."""
    from bot.digests import weekly_chart
    from lapor import charts

    svc = services(app)
    with svc.session_factory() as session:
        chart = weekly_chart(session, svc.region, NOW)
        full = median_ms(lambda: charts.to_png(weekly_chart(session, svc.region, NOW)), WARMUP, REPS)
    empty = charts.Chart(chart.title, (), empty_text="-")
    return full, median_ms(lambda: charts.to_png(empty), WARMUP, REPS)


def measure() -> dict:
    """Seed each size and time the pages (and, at the larger size, the chart)."""
    results = {}
    for size, app in seeded(bench_url(), SIZES, seed):
        client = client_as(app, Role.SUPERVISOR)
        pages = {name: get_ok(client, path, b'class="performance"') for name, path in PAGES.items()}
        results[size] = {name: median_ms(call, WARMUP, REPS) for name, call in pages.items()}
        if size == SIZES[-1]:
            results["chart"] = chart_times(app)
    return results


def rows(result: dict) -> list[list[str]]:
    """Table rows (measurement, value, baseline, ratio, target, ok)."""
    small, large = SIZES
    lines = []
    for name in PAGES:
        value, base = result[large][name], result[small][name]
        target = f"< {YEAR_TARGET_MS:.0f} ms" if name == "year" else "-"
        ok = value < YEAR_TARGET_MS if name == "year" else True
        lines.append([f"performance page /kinerja, {name}, {large:,} complaints (baseline: {small:,})",
                      f"{value:.0f} ms", f"{base:.0f} ms", f"{value / base:.2f}x", target, "ok" if ok else "MISSED"])
    png, empty = result["chart"]
    lines.append(["weekly chart PNG, 25 agencies, with its query (baseline: the chart drawn empty)",
                  f"{png:.0f} ms", f"{empty:.0f} ms", f"{png / empty:.2f}x", "-", "ok"])
    return lines


def main() -> None:
    """Measure and print the table."""
    print(table(rows(measure())))


if __name__ == "__main__":
    main()
