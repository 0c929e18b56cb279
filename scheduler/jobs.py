"""The scheduled jobs: plain functions of (services, now), each safe to run twice or concurrently."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot import Services
from bot.outbox import OutboxSender

logger = logging.getLogger(__name__)


def deliver_outbox(svc: Services, now: datetime) -> str:
    """Send every outbox message that is due."""
    return str(OutboxSender(svc.session_factory, svc.transport, svc.config).run_once(now))


@dataclass(frozen=True)
class Job:
    """A job and how often the scheduler process runs it."""

    name: str
    func: Callable[[Services, datetime], object]
    interval_setting: str | None = None  # seconds, from config
    cron: dict | None = None             # APScheduler cron fields, in APP_TIMEZONE


JOBS = [
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
