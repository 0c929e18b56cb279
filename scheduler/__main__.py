"""`python -m scheduler`: the worker process that runs every job on APScheduler."""

from __future__ import annotations

import logging

from apscheduler.schedulers.blocking import BlockingScheduler

from scheduler.runner import build_scheduler

logger = logging.getLogger(__name__)


def main() -> None:
    """Build the app's services and run the jobs until stopped."""
    from app import create_app

    app = create_app()
    scheduler = build_scheduler(app, BlockingScheduler)
    logger.info("scheduler started with %d jobs", len(scheduler.get_jobs()))
    try:
        scheduler.start()
    except (KeyboardInterrupt, SystemExit):
        logger.info("scheduler stopped")


if __name__ == "__main__":
    main()
