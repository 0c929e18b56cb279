"""Domain events: lapor announces what happened; the bot (or anyone) subscribes to tell people.

Subscribers run synchronously inside the caller's transaction, so a notice is queued in the outbox
if and only if the change it announces is committed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

_subscribers: dict[type, list[Callable]] = defaultdict(list)


@dataclass(frozen=True)
class ComplaintSubmitted:
    """A citizen filed a complaint."""

    complaint_id: int
    at: datetime


@dataclass(frozen=True)
class StatusChanged:
    """A complaint moved from one status to another."""

    complaint_id: int
    old: str
    new: str
    at: datetime


@dataclass(frozen=True)
class ComplaintRated:
    """A citizen rated the answer to a complaint."""

    complaint_id: int
    score: int
    at: datetime


def subscribe(event_type: type, handler: Callable[[Session, object], None]) -> None:
    """Call `handler(session, event)` whenever an event of `event_type` is published (once per handler)."""
    if handler not in _subscribers[event_type]:
        _subscribers[event_type].append(handler)


def publish(session: Session, event: object) -> None:
    """Hand `event` to every subscriber of its type, in the caller's transaction."""
    for handler in list(_subscribers[type(event)]):
        handler(session, event)
