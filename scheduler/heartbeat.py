"""Each job run leaves its mark in `job_heartbeats`, so readiness and metrics see every worker on every machine."""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import func
from sqlalchemy.orm import Session

from models import JobHeartbeat
from models.db import upsert_insert

logger = logging.getLogger(__name__)

HOST = socket.gethostname()


def run_with_heartbeat(svc, name: str, func_, now: datetime) -> object:
    """Run one job as of `now`, then record when it ran, how long it took and whether it failed; re-raise failures."""
    started = time.perf_counter()
    try:
        result = func_(svc, now)
    except Exception as exc:
        _beat(svc, name, time.perf_counter() - started, error=f"{type(exc).__name__}: {exc}"[:500])
        raise
    _beat(svc, name, time.perf_counter() - started, error=None)
    return result


def _beat(svc, name: str, seconds: float, error: str | None) -> None:
    """Upsert the job's row with the wall-clock time (not a `tick --at` instant); a failure here is only logged."""
    wall = svc.clock()
    try:
        with _alone(svc) as session:
            session.execute(_upsert(session), {
                "job": name, "last_run_at": wall, "last_success_at": None if error else wall,
                "last_duration_ms": seconds * 1000, "runs": 1, "failures": 1 if error else 0, "last_error": error,
                "host": HOST})
    except Exception:
        logger.exception("could not record the heartbeat of job %s", name)


@contextmanager
def _alone(svc) -> Iterator[Session]:
    """A session for one statement, which is its own transaction: on PostgreSQL sent with no BEGIN before it and no
    COMMIT after (psycopg's autocommit: committed as it runs; one round trip of three, 11 beats a tick); on SQLite
    in a transaction as any other write (its writers queue at BEGIN IMMEDIATE)."""
    if svc.engine.dialect.name != "postgresql":
        with svc.session_factory.begin() as session:
            yield session
        return
    with (svc.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection,
          svc.session_factory(bind=connection) as session):
        yield session


_UPSERTS: dict[str, object] = {}  # the heartbeat's upsert per database kind: building it cost 1 ms a beat


def _upsert(session):
    """The heartbeat's upsert in the session's dialect, built once: its values come as parameters."""
    kind = session.get_bind().dialect.name
    statement = _UPSERTS.get(kind)
    if statement is None:
        table = JobHeartbeat.__table__
        insert = upsert_insert(session, table)
        statement = _UPSERTS[kind] = insert.on_conflict_do_update(index_elements=["job"], set_={
            "last_run_at": insert.excluded.last_run_at,
            "last_success_at": func.coalesce(insert.excluded.last_success_at, table.c.last_success_at),
            "last_duration_ms": insert.excluded.last_duration_ms,
            "runs": table.c.runs + 1, "failures": table.c.failures + insert.excluded.failures,
            "last_error": insert.excluded.last_error, "host": insert.excluded.host})
    return statement
