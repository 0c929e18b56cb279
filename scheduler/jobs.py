"""The scheduled jobs: plain functions of (services, now), each safe to run twice or concurrently.

Order matters within a tick: ladders, auto-close, digests and announcements queue messages, then the outbox
sends them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.conversation.machine import KEPT_TIMEOUT
from bot.digests import send_due_digests
from bot.drafts import remind_unfinished
from bot.messages import t
from bot.notices import (
    ANNOUNCE_BATCH,
    announce_new_complaints,
    start_planned_leave,
    welcome_back,
    withdraw_roster_notices,
)
from bot.outbox import OutboxSender, enqueue
from bot.reminders import send_closed, send_lapsed, send_promise_reminders, send_rungs
from lapor.bridge.gateway import HttpGateway
from lapor.bridge.sync import SyncReport, SyncRunner, pull_statuses
from lapor.directory import region_readers
from lapor.ladders import autoclose_due, due_rungs, lapse_waits
from media.fetch import MediaFetcher
from media.retention import expire, purge_unused
from models.vocab import Purpose, Role
from scheduler.heartbeat import run_with_heartbeat
from services import Services

logger = logging.getLogger(__name__)


def start_leave(svc: Services, now: datetime) -> str:
    """Start the leave staff recorded ahead (CUTI mulai …) whose first day has come: what was queued for them goes
    to whoever reads it in their place, and heads hear when no officer is left at work; officers back from leave
    hear what is open."""
    with svc.session_factory.begin() as session:
        started = start_planned_leave(session, now)
        withdrawn = withdraw_roster_notices(session, now)
        back = welcome_back(session, now, svc.region.calendar)
    return f"started={started}" + (f" back={back}" if back else "") + (f" withdrawn={withdrawn}" if withdrawn else "")


def run_ladders(svc: Services, now: datetime) -> str:
    """Send every reminder and escalation rung that is due (inside working hours), each once."""
    with svc.session_factory.begin() as session:
        lapsed = lapse_waits(session, now, svc.region)  # before the rungs: a deadline running again may be due
        for question in lapsed:
            send_lapsed(session, question, now, svc.region.calendar, svc.region.settings.question_wait_days)
        rungs = due_rungs(session, now, svc.region)
        messages = send_rungs(session, rungs, now, svc.region.calendar)
        promised = send_promise_reminders(session, now, svc.region)
    return (f"rungs={len(rungs)} messages={messages}" + (f" lapsed={len(lapsed)}" if lapsed else "")
            + (f" promised={promised}" if promised else ""))


def remind_drafts(svc: Services, now: datetime) -> str:
    """Remind citizens who stopped halfway through filing, once per draft."""
    with svc.session_factory.begin() as session:
        return f"reminded={remind_unfinished(session, svc.config, svc.region.calendar, now)}"


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
        return f"digests={send_due_digests(session, svc.region, now, svc.media_storage)}"


def sync_lapor(svc: Services, now: datetime) -> str:
    """HTTP mode: submit dispositioned complaints and push follow-ups to SP4N-LAPOR!; supervisors hear of failures."""
    if svc.config["LAPOR_MODE"] != "http":
        return "manual mode"
    report = SyncRunner(svc.session_factory, HttpGateway.from_config(svc.config), svc.config).run_once(
        now, svc.stopping.is_set)
    if report.failures:
        with svc.session_factory.begin() as session:
            _tell_supervisors(session, report, now, svc.region.calendar)
    return str(report)


def _tell_supervisors(session, report: SyncReport, now: datetime, calendar) -> None:
    """One summary per supervisor and working day: it waits for working hours (the outbox holds the purpose), and
    the passes that give items up before it goes (a weekend's outage) add none of their own."""
    body = t("lapor_sync_failed", count=report.failed, items="\n".join(f"• {line}" for line in report.failures[:20]))
    day = calendar.localize(now if calendar.is_working_time(now) else calendar.next_working_time(now)).date()
    for supervisor in region_readers(session, Role.SUPERVISOR, now):
        enqueue(session, supervisor.address, body, purpose=Purpose.LAPOR_SYNC, now=now,
                dedupe_key=f"lapor-sync-failed:{day.isoformat()}:{supervisor.id}")


def pull_lapor(svc: Services, now: datetime) -> str:
    """HTTP mode: apply SP4N-LAPOR!'s status changes and dispositions to the complaints it tracks."""
    if svc.config["LAPOR_MODE"] != "http":
        return "manual mode"
    return str(pull_statuses(svc.session_factory, HttpGateway.from_config(svc.config), svc.region, now,
                             svc.config["LAPOR_PULL_BATCH"]))


def announce_complaints(svc: Services, now: datetime) -> str:
    """Tell the verifiers about new complaints (routing suggestion and duplicates), in batches, each once."""
    total = 0
    while True:
        with svc.session_factory.begin() as session:
            count = announce_new_complaints(session, now)
        total += count
        if count < ANNOUNCE_BATCH or svc.stopping.is_set():  # a batch is one transaction: the rest wait for the next
            return f"announced={total}"


def fetch_media(svc: Services, now: datetime) -> str:
    """Download the media people sent from Twilio and store it (the webhook only noted it)."""
    return str(MediaFetcher(svc.session_factory, svc.media_storage, svc.config).run_once(now, svc.stopping.is_set))


def expire_media(svc: Services, now: datetime) -> str:
    """Delete the media of complaints finished longer ago than the region keeps it (default: never), and media
    nothing refers to (a cancelled draft's) two days after it came."""
    with svc.session_factory.begin() as session:
        purged = expire(session, svc.media_storage, now, svc.region.settings.media_retention_days)
    drafts = max(KEPT_TIMEOUT, timedelta(minutes=svc.config["DRAFT_TIMEOUT_MINUTES"]))
    with svc.session_factory.begin() as session:
        unused = purge_unused(session, svc.media_storage, now, drafts)
    return f"purged={purged}" + (f" unused={unused}" if unused else "")


def deliver_outbox(svc: Services, now: datetime) -> str:
    """Send every outbox message that is due (citizens' messages wait out the quiet hours)."""
    sender = OutboxSender(svc.session_factory, svc.transport, svc.config, region=svc.region,
                          storage=svc.media_storage)
    return str(sender.run_once(now, svc.stopping.is_set))


@dataclass(frozen=True)
class Job:
    """A job and how often the scheduler process runs it."""

    name: str
    func: Callable[[Services, datetime], object]
    interval_setting: str | None = None  # seconds, from config
    cron: dict | None = None             # APScheduler cron fields, in APP_TIMEZONE


JOBS = [
    Job("leave", start_leave, interval_setting="OUTBOX_INTERVAL_SECONDS"),  # first: who is at work decides the rest
    Job("ladders", run_ladders, interval_setting="LADDER_INTERVAL_SECONDS"),
    Job("autoclose", close_finished, interval_setting="LADDER_INTERVAL_SECONDS"),
    Job("drafts", remind_drafts, interval_setting="LADDER_INTERVAL_SECONDS"),
    Job("digests", send_digests, interval_setting="LADDER_INTERVAL_SECONDS"),
    Job("lapor-sync", sync_lapor, interval_setting="LAPOR_SYNC_INTERVAL_SECONDS"),
    Job("lapor-pull", pull_lapor, interval_setting="LAPOR_PULL_INTERVAL_SECONDS"),
    Job("media-fetch", fetch_media, interval_setting="MEDIA_FETCH_INTERVAL_SECONDS"),
    Job("media-retention", expire_media, cron={"hour": 2, "minute": 30}),
    Job("announce", announce_complaints, interval_setting="OUTBOX_INTERVAL_SECONDS"),
    Job("outbox", deliver_outbox, interval_setting="OUTBOX_INTERVAL_SECONDS"),
]


def run_job(svc: Services, job: Job, now: datetime) -> object:
    """Run one job as of `now`, leaving its heartbeat (readiness, metrics); a failure is recorded and re-raised."""
    return run_with_heartbeat(svc, job.name, job.func, now)


def run_all(svc: Services, now: datetime) -> dict[str, object]:
    """Run every job once as of `now`; a failing job is logged and the others still run."""
    results = {}
    for job in JOBS:
        try:
            results[job.name] = run_job(svc, job, now)
        except Exception:
            logger.exception("job %s failed", job.name)
            results[job.name] = "error"
    return results
