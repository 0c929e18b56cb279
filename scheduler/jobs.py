"""The scheduled jobs: plain functions of (services, now), each safe to run twice or concurrently.

Order matters within a tick: ladders, auto-close and digests queue messages, then the outbox sends them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot import Services
from bot.digests import send_due_digests
from bot.outbox import OutboxSender
from bot.reminders import send_closed, send_rung
from lapor.ladders import autoclose_due, due_rungs

logger = logging.getLogger(__name__)


def run_ladders(svc: Services, now: datetime) -> str:
    """Send every reminder and escalation rung that is due (inside working hours), each once."""
    zone = svc.region.calendar.zone
    with svc.session_factory.begin() as session:
        rungs = due_rungs(session, now, svc.region)
        messages = sum(send_rung(session, rung, now, zone) for rung in rungs)
    return f"rungs={len(rungs)} messages={messages}"


def close_finished(svc: Services, now: datetime) -> str:
    """Close for good the finished complaints whose citizens did not react in time."""
    with svc.session_factory.begin() as session:
        closed = autoclose_due(session, now)
        for complaint in closed:
            send_closed(session, complaint, now)
    return f"closed={len(closed)}"


def send_digests(svc: Services, now: datetime) -> str:
    """Queue the morning digests that are due and not sent yet."""
    with svc.session_factory.begin() as session:
        return f"digests={send_due_digests(session, svc.region, now)}"


def deliver_outbox(svc: Services, now: datetime) -> str:
    """Send every outbox message that is due (citizens' messages wait out the quiet hours)."""
    sender = OutboxSender(svc.session_factory, svc.transport, svc.config, calendar=svc.region.calendar)
    return str(sender.run_once(now))


@dataclass(frozen=True)
class Job:
    """A job and how often the scheduler process runs it."""

    name: str
    func: Callable[[Services, datetime], object]
    interval_setting: str | None = None  # seconds, from config
    cron: dict | None = None             # APScheduler cron fields, in APP_TIMEZONE


JOBS = [
    Job("ladders", run_ladders, interval_setting="LADDER_INTERVAL_SECONDS"),
    Job("autoclose", close_finished, interval_setting="LADDER_INTERVAL_SECONDS"),
    Job("digests", send_digests, interval_setting="LADDER_INTERVAL_SECONDS"),
    Job("outbox", deliver_outbox, interval_setting="OUTBOX_INTERVAL_SECONDS"),
]


def run_all(svc: Services, now: datetime) -> dict[str, object]:
    """Run every job once as of `now`; a failing job is logged and the others still run."""
    results = {}
    for job in JOBS:
        try:
            results[job.name] = job.func(svc, now)
        except Exception:
            logger.exception("job %s failed", job.name)
            results[job.name] = "error"
    return results
