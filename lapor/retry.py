"""Claim, lease and retry timing shared by the queues that talk to the outside world (outbox, SP4N-LAPOR! sync,
media fetch): each is a table of rows with `status`, `attempts`, `next_attempt_at` and `lease_until`."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from sqlalchemy import Integer, and_, bindparam, or_, select, update
from sqlalchemy.orm import Session

from models.base import UTCDateTime
from models.db import is_postgres

# A claimed item whose lease ran out is taken over (its worker died). Short, and renewed every RENEW while its
# worker lives (`Holder`), so a worker killed with SIGKILL holds its batch for about a minute, not five.
LEASE = timedelta(seconds=60)
RENEW = LEASE / 3
MAX_BACKOFF = timedelta(hours=1)
# The start of the `last_error` of an item (a message, a media download, a SP4N-LAPOR! sync item) whose last try was
# refused for the account's credentials: it waits for the setting to be fixed, its attempts untouched (ops.health
# counts them).
CREDENTIALS_REFUSED = "credentials refused"
# How long a queue waits after Twilio (or SP4N-LAPOR!) refused the credentials (a wrong or rotated token) before it
# tries again: the operator's setting, not the item's fault, so no attempt is counted and nothing is given up.
CREDENTIALS_WAIT = timedelta(minutes=1)


def never() -> bool:
    """The default `stopping`: a pass that is never asked to stop early."""
    return False


def backoff(attempts: int, base_seconds: int) -> timedelta:
    """Delay before the next attempt: base, 2×base, 4×base… capped at one hour."""
    return min(timedelta(seconds=base_seconds * 2 ** max(attempts - 1, 0)), MAX_BACKOFF)


_NOW, _LIMIT = bindparam("now", type_=UTCDateTime()), bindparam("limit", type_=Integer())
_IDS = bindparam("ids", expanding=True)


class Queue:
    """One queue's claim, lease renewal and hand-back statements, built once (they were built at every claim and
    renewal): a table of rows with `status`, `attempts`, `next_attempt_at` and `lease_until`, whose rows are `due`
    and, claimed, `working`. `also` selects more rows to claim (its own parameters are given to `claim`); rows
    come in `first` order, then oldest due first."""

    def __init__(self, model, *, due: str, working: str, also=None, first=()):
        self.model, self.due, self.working = model, due, working
        ready = [and_(model.status == due, model.next_attempt_at <= _NOW),
                 and_(model.status == working, model.lease_until < _NOW)]
        query = (select(model).where(or_(*ready, *([also] if also is not None else [])))
                 .order_by(*first, model.next_attempt_at, model.id).limit(_LIMIT))
        self.claimed = {False: query, True: query.with_for_update(skip_locked=True)}  # by is_postgres
        self.renewed = (update(model).where(model.id.in_(_IDS), model.status == working,
                                            model.lease_until == bindparam("lease", type_=UTCDateTime()))
                        .values(lease_until=bindparam("until", type_=UTCDateTime())).returning(model.id)
                        .execution_options(synchronize_session=False))
        self.unclaimed = select(model).where(model.id.in_(_IDS), model.status == working)


def claim(session: Session, queue: Queue, now: datetime, limit: int,
          taken_over: Callable[[object], None] | None = None, **params) -> list:
    """Take a batch of the queue's rows for this worker, one attempt each: those due whose time has come, those
    working whose worker's lease ran out (`taken_over` is told of each first), and those the queue's `also`
    selects (with `params`).

    `FOR UPDATE SKIP LOCKED` on PostgreSQL lets several workers share the queue; SQLite serialises writers.
    """
    rows = session.scalars(queue.claimed[is_postgres(session)], {"now": now, "limit": limit, **params}).all()
    working = queue.working
    for row in rows:
        if row.status == working and taken_over is not None:
            taken_over(row)
        row.status, row.lease_until = working, now + LEASE
        row.attempts += 1
        if hasattr(row, "last_attempt_at"):
            row.last_attempt_at = now
    return list(rows)


class Holder:
    """The leases one pass of a queue holds, renewed while it lives.

    The pass's clock is the `now` it was started with plus the time it has run (a pass of a backlog takes
    minutes), so a lease set late in a pass runs from when it was set. Each lease is remembered as set: renewing
    one is an UPDATE conditional on it, so a row another worker took over (this one stalled past its lease) is
    found lost and never worked again by this pass: two workers never both send it.
    """

    def __init__(self, now: datetime, clock: Callable[[], float] = time.monotonic):
        self.started_at, self.started, self.clock = now, clock(), clock
        self.leases: dict[int, datetime] = {}
        self.renewed = self.started
        self.lock = threading.Lock()  # the media fetch renews from its download threads

    def now(self) -> datetime:
        """This pass's clock: its start plus the time it has run."""
        return self.started_at + timedelta(seconds=self.clock() - self.started)

    def took(self, rows: Iterable) -> None:
        """Remember the leases just set on these rows (claimed, or kept for a long message's next part)."""
        with self.lock:
            self.leases.update((row.id, row.lease_until) for row in rows)

    def keep(self, session: Session, queue: Queue, ids: Iterable[int]) -> set[int]:
        """Renew the leases of these rows of `queue` that are still this pass's; returns their ids (the others are
        lost)."""
        until = self.now() + LEASE
        with self.lock:
            by_lease: dict[datetime, list[int]] = {}
            for item_id in ids:
                if item_id in self.leases:
                    by_lease.setdefault(self.leases.pop(item_id), []).append(item_id)
            kept: set[int] = set()
            for lease, group in by_lease.items():
                kept.update(session.scalars(queue.renewed, {"ids": group, "lease": lease, "until": until}))
            self.leases.update((item_id, until) for item_id in kept)
            self.renewed = self.clock()
        return kept

    def due(self) -> bool:
        """Whether the leases held want renewing (RENEW since the last renewal or claim)."""
        return self.clock() - self.renewed >= RENEW.total_seconds()

    def claimed(self) -> None:
        """Note that a batch was just claimed (its leases are fresh)."""
        with self.lock:
            self.renewed = self.clock()


def work_through(claim_batch: Callable[[], list[int]], work: Callable[[int], object], batch: int,
                 stopping: Callable[[], bool], hand_back: Callable[[list[int]], object],
                 keep: Callable[[list[int]], object] | None = None) -> None:
    """Claim a batch, work through it item by item, and claim again until a batch comes short.

    When `stopping()` turns true (the process was asked to stop) the item in hand is finished, the rest of the
    batch is handed back (`hand_back`) for another worker to take at once, and no batch is claimed after it.
    `keep(ids)`, called before each item, renews the leases of the rest of the batch when they want it.
    """
    while True:
        claimed = claim_batch()
        for index, item_id in enumerate(claimed):
            if stopping():
                hand_back(claimed[index:])
                return
            if keep is not None:
                keep(claimed[index:])
            work(item_id)
        if len(claimed) < batch or stopping():
            return


def release(session: Session, queue: Queue, ids: list[int]) -> int:
    """Hand back rows this worker claimed and never tried: due again as they were, the attempt not counted and the
    lease lifted, so another worker takes them now rather than when the lease runs out. Returns how many."""
    rows = session.scalars(queue.unclaimed, {"ids": ids}).all()
    for row in rows:
        row.status, row.lease_until = queue.due, None
        row.attempts -= 1
    return len(rows)
