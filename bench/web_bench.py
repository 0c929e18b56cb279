"""Benchmark the staff dashboard: the queue page over 1,000 and 100,000 complaints, and a complaint page with a
200-event timeline, on PostgreSQL.

Run:  .venv/bin/python bench/web_bench.py        (a section of `make bench`)

Database: WEB_BENCH_DATABASE_URL (default PostgreSQL penghubung_bench_web; its schema `public` is DROPPED and
migrated to head). Each size is seeded as bench/scheduler_bench.py seeds two years of a region (mostly finished
complaints, one disposition each), then the same working set is added to both: what waits for the people now is
bounded by how many complaints a week arrive, not by the years behind them. So the two sizes differ only in
history, and the queue's queries must not read it (indexes `ix_complaints_status_created`,
`ix_dispositions_agency_open_due`).
1. Queue `/` (Flask's test client, a logged-in session; the whole request: login check, queries, template):
   verifier (WORKING_NEW complaints waiting) and officer (WORKING_OPEN open dispositions of one agency), median of
   REPS requests after WARMUP. Target: 100,000 complaints at most 3x the time of 1,000.
2. Complaint page `/pengaduan/<n>` of a complaint with TIMELINE_EVENTS timeline entries and reminders, beside
   the same page of a complaint with a short timeline (SHORT_EVENTS), in the 100,000-complaint database.
3. Word search over every complaint (`/?view=semua&q=SEARCH`, a supervisor: the page and its count), words found
   only in the working set: 100,000 complaints against 1,000 (target as the queue's), and at 100,000 without the
   trigram index (migration 0025) to show what it saves; a search with a typo (answered by the word-similarity
   retry), a search by another form of a word (`jln` for the working set's "Jalan", lapor.search_words) and a
   verifier's search by reporter's name (the name's trigram index, migration 0026), as the first.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from bench.pages import client_as, get_ok, median_ms, seeded  # noqa: E402
from bench.scheduler_bench import (  # noqa: E402
    NOW,
    database_url,
    fresh_schema,
    seed_complaints,
    vacuum_analyze,
)
from models import Role  # noqa: E402
from models.complaint import SEARCH_INDEX  # noqa: E402
from services import services  # noqa: E402

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/penghubung_bench_web"
SIZES = (1_000, 100_000)
WORKING_NEW, WORKING_OPEN = 60, 60
TIMELINE_EVENTS, SHORT_EVENTS = 200, 10
WARMUP, REPS = 5, 40
RATIO_TARGET = 3.0
PAGE_TARGET_MS = 300.0
SEARCH = "menumpuk pasar"
TYPO_SEARCH = "menumpk pasar"  # no exact match: the typo-tolerant retry (pg_trgm word similarity) answers
SYNONYM_SEARCH = "jln rusak"  # "jalan rusak" as citizens type it: every form of a road (lapor.search_words)
NAME_SEARCH = "sutrisno"  # a reporter of the working set only (a verifier's search by reporter's name)
# Reporters' names: the history's from a list without the searched one, the working set's all "Pak Sutrisno <g>".
NAMES_SQL = [
    "UPDATE complaints SET reporter_name = (ARRAY['Ahmad', 'Siti Rahma', 'Budi', 'Dewi', 'Rudi', 'Sri', 'Eko', "
    "'Wati'])[1 + id % 8] || ' ' || id % 997",
    "UPDATE complaints SET reporter_name = 'Pak Sutrisno ' || number WHERE title LIKE 'Keluhan baru %'",
]
AGENCY_ID = 1  # OPD01, whose officers are contacts 1 and 2 (bench/scheduler_bench.py STAFF_SQL)


def bench_url() -> str:
    """This bench's database URL (WEB_BENCH_DATABASE_URL or the default; see database_url)."""
    return database_url("WEB_BENCH_DATABASE_URL", DEFAULT_URL)


# Everything waiting in the seeded history is finished: the working set below is the same at both sizes.
SETTLE_SQL = [
    "UPDATE dispositions SET status = 'final', closed_at = created_at + interval '2 days', response_next_at = NULL, "
    "completion_next_at = NULL WHERE status = 'open'",
    "UPDATE complaints SET status = 'selesai', finished_at = COALESCE(finished_at, updated_at), verify_next_at = NULL "
    "WHERE status IN ('belum_terverifikasi', 'belum_ditindaklanjuti', 'proses', 'tertunda')",
]
WORKING_COMPLAINTS_SQL = """
INSERT INTO complaints (number, citizen_id, kind, title, description, location_text, privacy, status, source,
    created_at, updated_at, announced_at, verify_rung, routing_suggestions, duplicate_suggestions)
SELECT base + g, (SELECT min(id) FROM contacts WHERE role IS NULL) + g,
       (ARRAY['pengaduan', 'aspirasi', 'informasi'])[1 + g % 3], 'Keluhan baru ' || g,
       'Jalan rusak dan sampah menumpuk di dekat pasar, keluhan nomor ' || g, 'Kelurahan ' || g % 50, 'biasa',
       CASE WHEN g <= :new THEN 'belum_terverifikasi' ELSE 'proses' END, 'whatsapp',
       :now - interval '1 hour' * g, :now - interval '1 hour' * g, :now - interval '1 hour' * g, 0,
       '[{"code": "OPD01", "score": 0.8, "reason": "kata: sampah"}]', '[]'
FROM (SELECT max(number) AS base FROM complaints) b, generate_series(1, :new + :open) g"""
WORKING_DISPOSITIONS_SQL = """
INSERT INTO dispositions (complaint_id, agency_id, status, created_at, due_at, field_inspection, response_rung,
    completion_rung)
SELECT id, :agency, 'open', created_at, created_at + interval '1 day' * (3 + id % 20), false, 1, 0
FROM complaints WHERE status = 'proses' AND title LIKE 'Keluhan baru %'"""


def seed(engine, size: int) -> None:
    """Two years of a region's history (`size` complaints), settled, plus the working set."""
    fresh_schema(engine)
    seed_complaints(engine, size)
    params = {"now": NOW, "new": WORKING_NEW, "open": WORKING_OPEN, "agency": AGENCY_ID}
    with engine.begin() as connection:
        for statement in SETTLE_SQL:
            connection.execute(text(statement))
        connection.execute(text(WORKING_COMPLAINTS_SQL), params)
        connection.execute(text(WORKING_DISPOSITIONS_SQL), params)
        for statement in NAMES_SQL:
            connection.execute(text(statement))
        connection.exec_driver_sql("SELECT setval(pg_get_serial_sequence('dispositions', 'id'), "
                                   "(SELECT max(id) FROM dispositions))")
    vacuum_analyze(engine)


TIMELINE_SQL = """
INSERT INTO timeline_entries (complaint_id, at, event, status_from, status_to, actor_id, text, public, media)
SELECT :complaint, :start + interval '10 minutes' * g,
       (ARRAY['tindak_lanjut', 'pertanyaan', 'jawaban_pelapor', 'status', 'disposisi'])[1 + g % 5],
       'proses', 'proses', CASE WHEN g % 5 = 2 THEN :citizen ELSE :officer END,
       'Kabar tindak lanjut nomor ' || g || ': petugas sudah meninjau lokasi dan menjadwalkan perbaikan.',
       g % 4 <> 0, '[]'
FROM generate_series(1, :events) g"""
REMINDERS_SQL = """
INSERT INTO outbox (recipient, body, purpose, subject_type, subject_id, dedupe_key, status, attempts, next_attempt_at,
    ambiguous, created_at, sent_at)
SELECT c.phone, 'Pengingat: disposisi belum ditindaklanjuti', 'reminder', 'complaint', :complaint,
       'rung:first_response:d' || :complaint || ':20261101T000000Z:' || g || ':' || c.id || '#0', 'delivered', 1,
       :start, false, :start + interval '1 day' * g, :start + interval '1 day' * g
FROM generate_series(1, 3) g, contacts c WHERE c.agency_id = :agency"""


def timeline_complaint(engine, events: int) -> int:
    """A working complaint of OPD01 with `events` timeline entries and three rungs sent; returns its number."""
    with engine.begin() as connection:
        row = connection.execute(text(
            "SELECT c.id, c.number, c.citizen_id FROM complaints c JOIN dispositions d ON d.complaint_id = c.id "
            "WHERE d.agency_id = :agency AND d.status = 'open' AND NOT EXISTS "
            "(SELECT 1 FROM timeline_entries t WHERE t.complaint_id = c.id) ORDER BY c.id LIMIT 1"),
            {"agency": AGENCY_ID}).one()
        params = {"complaint": row.id, "citizen": row.citizen_id, "officer": 1, "agency": AGENCY_ID,
                  "events": events, "start": NOW.replace(day=1)}
        connection.execute(text(TIMELINE_SQL), params)
        connection.execute(text(REMINDERS_SQL), params)
    return row.number


def measure() -> dict:
    """Seed each size and time the pages; returns the figures by size."""
    results = {}
    for size, app in seeded(bench_url(), SIZES, seed):
        engine = services(app).engine
        long_one, short_one = timeline_complaint(engine, TIMELINE_EVENTS), timeline_complaint(engine, SHORT_EVENTS)
        vacuum_analyze(engine)
        verifier, officer = client_as(app, Role.VERIFIER), client_as(app, Role.OFFICER, AGENCY_ID)
        page = verifier.get("/").get_data(as_text=True)
        if page.count('class="queue-item') != 25:
            raise RuntimeError("the verifier's queue page does not list a full page")
        supervisor = client_as(app, Role.SUPERVISOR)
        search = f"/?view=semua&q={SEARCH.replace(' ', '+')}"
        results[size] = {"verifier": timed(verifier, "/"), "officer": timed(officer, "/"),
                         "long": timed(officer, f"/pengaduan/{long_one}"),
                         "short": timed(officer, f"/pengaduan/{short_one}"), "search": timed(supervisor, search),
                         "typo": timed(supervisor, f"/?view=semua&q={TYPO_SEARCH.replace(' ', '+')}"),
                         "synonym": timed(supervisor, f"/?view=semua&q={SYNONYM_SEARCH.replace(' ', '+')}"),
                         "name": timed(verifier, f"/?view=semua&q={NAME_SEARCH}")}
        if size == SIZES[-1]:
            with engine.begin() as connection:
                connection.execute(text(f"DROP INDEX {SEARCH_INDEX}"))
            vacuum_analyze(engine)
            results[size]["search_unindexed"] = timed(supervisor, search)
    return results


def timed(client, path: str) -> float:
    """Median milliseconds of GET `path` (each answered 200)."""
    return median_ms(get_ok(client, path), WARMUP, REPS)


def rows(result: dict) -> list[list[str]]:
    """Table rows (measurement, value, baseline, ratio, target, ok)."""
    small, large = SIZES
    lines = []
    for who, what in (("verifier", f"{WORKING_NEW} complaints waiting"),
                      ("officer", f"{WORKING_OPEN} open dispositions of the agency")):
        value, base = result[large][who], result[small][who]
        ratio = value / base
        lines.append([f"dashboard queue page `/`, {who} ({what}), {large:,} complaints "
                      f"(baseline: {small:,}; median of {REPS})", f"{value:.1f} ms", f"{base:.1f} ms",
                      f"{ratio:.2f}x", f"<= {RATIO_TARGET:g}x", "ok" if ratio <= RATIO_TARGET else "MISSED"])
    value, base = result[large]["search"], result[small]["search"]
    lines.append([f"word search `/?view=semua&q={SEARCH}`, supervisor, {large:,} complaints (baseline: {small:,})",
                  f"{value:.1f} ms", f"{base:.1f} ms", f"{value / base:.2f}x", f"<= {RATIO_TARGET:g}x",
                  "ok" if value / base <= RATIO_TARGET else "MISSED"])
    for key, what in (("typo", f"typo search `q={TYPO_SEARCH}` (exact finds nothing, then word similarity), "
                                f"supervisor"),
                      ("synonym", f"search by another form `q={SYNONYM_SEARCH}` (jalan, jl, …), supervisor"),
                      ("name", f"reporter's name search `q={NAME_SEARCH}`, verifier")):
        value_, base_ = result[large][key], result[small][key]
        lines.append([f"{what}, {large:,} complaints (baseline: {small:,})", f"{value_:.1f} ms", f"{base_:.1f} ms",
                      f"{value_ / base_:.2f}x", f"<= {RATIO_TARGET:g}x",
                      "ok" if value_ / base_ <= RATIO_TARGET else "MISSED"])
    unindexed = result[large]["search_unindexed"]
    lines.append([f"the same search at {large:,} without the trigram index (baseline: with it)",
                  f"{unindexed:.1f} ms", f"{value:.1f} ms", f"{unindexed / value:.2f}x", "-", "-"])
    value, base = result[large]["long"], result[large]["short"]
    lines.append([f"complaint page, {TIMELINE_EVENTS}-event timeline + reminders, {large:,} complaints "
                  f"(baseline: {SHORT_EVENTS} events)", f"{value:.1f} ms", f"{base:.1f} ms", f"{value / base:.2f}x",
                  f"< {PAGE_TARGET_MS:g} ms", "ok" if value < PAGE_TARGET_MS else "MISSED"])
    return lines


if __name__ == "__main__":
    from bench.run_all import table

    print(table(rows(measure())))
