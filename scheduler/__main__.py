"""`python -m scheduler`: the worker process that runs every job on APScheduler."""

from __future__ import annotations

import gc
import logging
import signal

logger = logging.getLogger(__name__)


def _exit_on_signal(signum, _frame) -> None:
    """Turn SIGTERM (systemd, Docker, Heroku stop) and SIGINT (Ctrl+C) into one clean exit."""
    raise SystemExit(0)


def main() -> None:
    """Build the app's services and run the jobs until stopped."""
    # First: a stop while the app is still being built exits cleanly. SIGINT too: Python leaves it ignored when the
    # process was started ignoring it (a background job of a shell script, nohup), and then Ctrl+C did nothing.
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, _exit_on_signal)
    app = scheduler = None
    try:
        from apscheduler.schedulers.blocking import BlockingScheduler

        from app import create_app
        from scheduler.runner import build_scheduler, stop

        app = create_app()
        scheduler = build_scheduler(app, BlockingScheduler)
        # What was built so far (the app, its directory and vocabularies) lives as long as the process: keep it
        # out of every later collection, and out of the one at exit, which took seconds on a loaded machine.
        gc.freeze()
        logger.info("scheduler started with %d jobs", len(scheduler.get_jobs()))
        scheduler.start()
    except (KeyboardInterrupt, SystemExit):
        if scheduler is not None:
            stop(app, scheduler)  # the jobs under way finish their current item and hand the rest back
        logger.info("scheduler stopped")


if __name__ == "__main__":
    main()
