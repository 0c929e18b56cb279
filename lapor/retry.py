"""Claim, lease and retry timing shared by the queues that talk to the outside world (outbox, SP4N-LAPOR! sync,
media fetch): each is a table of rows with `status`, `attempts`, `next_attempt_at` and `lease_until`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from models.db import is_postgres

LEASE = timedelta(minutes=5)        # a claimed item not finished by then is taken over (its worker died)
MAX_BACKOFF = timedelta(hours=1)


def backoff(attempts: int, base_seconds: int) -> timedelta:
    """Delay before the next attempt: base, 2×base, 4×base… capped at one hour."""
    return min(timedelta(seconds=base_seconds * 2 ** max(attempts - 1, 0)), MAX_BACKOFF)


def claim(session: Session, model, now: datetime, limit: int, *, due: str, working: str, also=None,
          first=(), taken_over: Callable[[object], None] | None = None) -> list:
    """Take a batch of rows for this worker, one attempt each: those `due` whose time has come, those `working`
    whose worker's lease ran out (`taken_over` is told of each first), and those `also` selects.

    `FOR UPDATE SKIP LOCKED` on PostgreSQL lets several workers share the queue; SQLite serialises writers.
    Rows come in `first` order, then oldest due first.
    """
    ready = [and_(model.status == due, model.next_attempt_at <= now),
             and_(model.status == working, model.lease_until < now)]
    query = (select(model).where(or_(*ready, *([also] if also is not None else [])))
             .order_by(*first, model.next_attempt_at, model.id).limit(limit))
    if is_postgres(session):
        query = query.with_for_update(skip_locked=True)
    rows = session.scalars(query).all()
    for row in rows:
        if row.status == working and taken_over is not None:
            taken_over(row)
        row.status, row.lease_until = working, now + LEASE
        row.attempts += 1
        if hasattr(row, "last_attempt_at"):
            row.last_attempt_at = now
    return list(rows)
