"""APScheduler wiring shared by the worker process and the development server."""

from __future__ import annotations

import logging

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
