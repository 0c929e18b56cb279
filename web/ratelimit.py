"""Fixed-window rate limits counted in the database, so that every web machine shares one count per key."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case
from sqlalchemy.orm import Session

from models import RateLimit
from models.db import upsert_insert


@dataclass(frozen=True)
class Limit:
    """At most `count` hits per `window` for each key that starts with `prefix`."""

    prefix: str
    count: int
    window: timedelta

    def key(self, value: str) -> str:
        """The counter's key for one value (a phone number, an address)."""
        return f"{self.prefix}:{value}"[:120]


def hit(session: Session, key: str, now: datetime, window: timedelta) -> int:
    """Count one hit on `key` and return the hits in its current window (a window older than `window` restarts
    at 1). One atomic upsert: two machines counting at once never lose a hit."""
    insert = upsert_insert(session, RateLimit).values(key=key, window_start=now, count=1)
    expired = RateLimit.window_start <= now - window
    statement = insert.on_conflict_do_update(index_elements=[RateLimit.key], set_={
        "count": case((expired, 1), else_=RateLimit.count + 1),
        "window_start": case((expired, insert.excluded.window_start), else_=RateLimit.window_start),
    }).returning(RateLimit.count)
    return session.execute(statement).scalar_one()


def exceeded(session: Session, limits: list[tuple[Limit, str]], now: datetime) -> bool:
    """Count a hit on every (limit, value) and tell whether any is over its limit (every one is counted, so that
    someone hammering stays refused until the window passes)."""
    over = False
    for limit, value in limits:
        over |= hit(session, limit.key(value), now, limit.window) > limit.count
    return over


def over_limit(session: Session, limit: Limit, value: str, now: datetime) -> bool:
    """Whether `value` has used up its limit in the current window, without counting a hit (for limits that
    count only failures)."""
    row = session.get(RateLimit, limit.key(value))
    return row is not None and row.window_start > now - limit.window and row.count >= limit.count
