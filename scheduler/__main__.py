"""`python -m scheduler`: the worker process that runs every job on APScheduler."""

from __future__ import annotations

import logging
import signal

logger = logging.getLogger(__name__)


def _exit_on_signal(signum, _frame) -> None:
    """Turn SIGTERM (systemd, Docker, Heroku stop) into the same clean exit as Ctrl+C."""
    raise SystemExit(0)


def main() -> None:
    """Build the app's services and run the jobs until stopped."""
    signal.signal(signal.SIGTERM, _exit_on_signal)  # first: a stop while the app is still being built exits cleanly
    scheduler = None
    try:
        from apscheduler.schedulers.blocking import BlockingScheduler

        from app import create_app
        from scheduler.runner import build_scheduler

        scheduler = build_scheduler(create_app(), BlockingScheduler)
        logger.info("scheduler started with %d jobs", len(scheduler.get_jobs()))
        scheduler.start()
    except (KeyboardInterrupt, SystemExit):
        if scheduler is not None and scheduler.running:
            scheduler.shutdown(wait=True)  # let a job that is running finish its current item
        logger.info("scheduler stopped")


if __name__ == "__main__":
    main()
