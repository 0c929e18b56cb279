"""APScheduler wiring shared by the worker process and the development server."""

from __future__ import annotations

import logging
import re
from datetime import time
from zoneinfo import ZoneInfo

from sqlalchemy import and_, or_

from bot.reminders import first_time
from lapor import facts
from scheduler.jobs import JOBS, Job, run_job
from services import services

logger = logging.getLogger(__name__)


def build_scheduler(app, scheduler_class):
    """Return an APScheduler scheduler of `scheduler_class` with every job in JOBS added."""
    svc = services(app)
    _rewrite_facts_once(svc)
    _try_again_what_waited_for_the_operator(svc)
    _hold_again_under_new_hours(svc)
    scheduler = scheduler_class(timezone=svc.zone,
                                job_defaults={"coalesce": True, "max_instances": 1})
    for job in JOBS:
        trigger, fields = _trigger(job, app.config)
        scheduler.add_job(_runner(svc, job), trigger, id=job.name, name=job.name, **fields)
    return scheduler


def _rewrite_facts_once(svc) -> None:
    """Rewrite the stored performance figures when this release counts them otherwise (`facts.RULES`): once, by
    whichever machine's scheduler starts first after the upgrade, not by an operator who must remember to."""
    with svc.session_factory.begin() as session:
        if first_time(session, f"facts-rules:{facts.RULES}", svc.clock()):
            logger.info("performance facts rewritten for rules %d: %d row(s)", facts.RULES, facts.rebuild(session))


def _try_again_what_waited_for_the_operator(svc) -> None:
    """Make what waits for a setting (credentials Twilio or SP4N-LAPOR! refused, a media storage that refused to
    write) due now: a restart is what /readyz tells the operator to do once they fixed it, and the items would
    otherwise wait out the minute of their last refusal, the warning standing meanwhile."""
    from sqlalchemy import or_, update

    from bot.transports import CREDENTIALS_REFUSED
    from media.storage import STORAGE_REFUSED
    from models import LaporSyncItem, MediaItem, MediaStatus, OutboxMessage, OutboxStatus, SyncStatus

    now = svc.clock()
    queues = [(OutboxMessage, OutboxStatus.PENDING, (CREDENTIALS_REFUSED,)),
              (LaporSyncItem, SyncStatus.PENDING, (CREDENTIALS_REFUSED,)),
              (MediaItem, MediaStatus.PENDING, (CREDENTIALS_REFUSED, STORAGE_REFUSED))]
    with svc.session_factory.begin() as session:
        due = sum(session.execute(
            update(model).where(model.status == status, model.next_attempt_at > now,
                                or_(*(model.last_error.startswith(start) for start in starts)))
            .values(next_attempt_at=now).execution_options(synchronize_session=False)).rowcount
            for model, status, starts in queues)
    if due:
        logger.info("%d item(s) that waited for the operator's settings are tried again now", due)


HOURS_KEY = "outbox-hours:"


def hours_key(calendar) -> str:
    """The ledger's record of the hours the outbox last held messages for (one key at a time)."""
    return (f"{HOURS_KEY}{calendar.zone.key} quiet={calendar.quiet_start:%H:%M}-{calendar.quiet_end:%H:%M} "
            f"staff={calendar.staff_quiet_start:%H:%M}-{calendar.staff_quiet_end:%H:%M} "
            f"work={calendar.work_start:%H:%M}-{calendar.work_end:%H:%M}")


def _hold_again_under_new_hours(svc) -> None:
    """When the region's quiet or working hours changed (REGION_SETTINGS), make due now what the outbox held for
    the old ones, once (by whichever machine's scheduler starts first with the new hours; the first start of this
    release too, harmlessly; going back to earlier hours is a change again): the sender holds it
    again until the end of the new hours, or sends it if they are over (before, a message held until the old end
    of the quiet hours waited for it when the new end was earlier). The outbox keeps no reason for a row's time:
    a row waiting without a failed try (`attempts` 0, no `last_error`: held for the hours, or behind an earlier
    message, or a photo not fetched yet, each held again the same way) is taken whatever its time, and a row with a
    failed try only when its time is an end of the old hours (`_held_for_the_hours`), its backoff over; one still
    backing off keeps its time (docs/operations.md, *Changing quiet or working hours*)."""
    from sqlalchemy import delete, select, update

    from models import LedgerEntry, OutboxMessage, OutboxStatus

    now, key = svc.clock(), hours_key(svc.region.calendar)
    with svc.session_factory.begin() as session:
        if not first_time(session, key, now):
            return
        before = session.scalars(select(LedgerEntry.key).where(LedgerEntry.key.startswith(HOURS_KEY),
                                                               LedgerEntry.key != key)).first()
        session.execute(delete(LedgerEntry).where(LedgerEntry.key.startswith(HOURS_KEY), LedgerEntry.key != key))
        waiting = (OutboxMessage.status == OutboxStatus.PENDING, OutboxMessage.next_attempt_at > now)
        failed = session.execute(select(OutboxMessage.id, OutboxMessage.next_attempt_at).where(
            *waiting, or_(OutboxMessage.attempts > 0, OutboxMessage.last_error.is_not(None)))).all()
        held = _held_for_the_hours(failed, before or key)
        due = session.execute(
            update(OutboxMessage).where(*waiting, or_(and_(OutboxMessage.attempts == 0,
                                                           OutboxMessage.last_error.is_(None)),
                                                      OutboxMessage.id.in_(held)))
            .values(next_attempt_at=now).execution_options(synchronize_session=False)).rowcount
    if before is None:  # a new database (or the first start of the release that records them): nothing changed
        logger.info("the outbox's hours recorded (%s): %d held message(s) are held again under them",
                    key[len(HOURS_KEY):], due)
        return
    logger.info("the hours changed (%s, from %s): %d held message(s) are held again under them (%d of them after a "
                "failed try)", key[len(HOURS_KEY):], before[len(HOURS_KEY):], due, len(held))


# The ends of the hours a key records: the zone, then when the citizens' and the staff's quiet hours end and when
# the working hours start (the moments the outbox holds a message until).
HOURS_ENDS = re.compile(r"(\S+) quiet=[\d:]+-([\d:]+) staff=[\d:]+-([\d:]+) work=([\d:]+)-")


def _held_for_the_hours(rows, key: str) -> list[int]:
    """The ids of `rows` (id, next try) whose next try is an end of the hours `key` records, to the microsecond:
    the sender held them there (`bot.outbox.OutboxSender._held_until`), their backoff over. A backoff's time is
    the failed pass's clock plus whole seconds, so it falls exactly on such a minute only by a rare chance; the
    worst it does then is try the message once before its backoff ends."""
    found = HOURS_ENDS.match(key[len(HOURS_KEY):])
    if found is None:  # a key written by another release
        return []
    zone, ends = ZoneInfo(found[1]), {time.fromisoformat(end) for end in found.groups()[1:]}
    return [row_id for row_id, when in rows if when.astimezone(zone).timetz().replace(tzinfo=None) in ends]


def _trigger(job: Job, config) -> tuple[str, dict]:
    if job.cron:
        return "cron", dict(job.cron)
    return "interval", {"seconds": config[job.interval_setting]}


def _runner(svc, job: Job):
    def run() -> None:
        try:
            result = run_job(svc, job, svc.clock())
            logger.debug("job %s: %s", job.name, result)
        except Exception:
            logger.exception("job %s failed", job.name)

    return run


def stop(app, scheduler, wait: bool = True) -> None:
    """Stop `scheduler` as a deployment stops the process: the passes under way finish the item in hand and hand
    the rest of their batch back to the queue (`Services.stopping`), then the scheduler waits for them."""
    services(app).stopping.set()
    if scheduler.running:
        scheduler.shutdown(wait=wait)
