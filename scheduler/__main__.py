"""`python -m scheduler`: the worker process that runs every job on APScheduler."""

from __future__ import annotations

import gc
import logging
import signal
import threading

logger = logging.getLogger(__name__)


class StopSignal:
    """What SIGTERM (systemd, Docker, Heroku) and SIGINT (Ctrl+C) do to the worker.

    While the app is being built, the signal ends the start-up at once (SystemExit). Once the scheduler runs, it
    only asks for the stop: a signal lands wherever the main thread is, and inside APScheduler, which catches every
    exception while it submits a job, a SystemExit was logged as "Error submitting job" and the worker ran on
    (CI's scheduler tests timed out so).
    """

    def __init__(self) -> None:
        self.asked = threading.Event()
        self.running = False

    def __call__(self, signum, _frame) -> None:
        self.asked.set()
        if not self.running:
            raise SystemExit(0)


def _refuse_another_schema(app) -> None:
    """Exit, saying why, when the database is not at this code's schema: every job would fail every few seconds."""
    from ops.health import schema_problem
    from services import services

    problem = schema_problem(services(app).engine)
    if problem:
        raise SystemExit(f"scheduler not started: {problem}")


def _build(scheduler_class):
    """The app and its scheduler, or an exit in one line saying why not: a setting refused, a database that does
    not answer, another schema (each was a traceback of up to a hundred lines of SQLAlchemy's pool)."""
    from sqlalchemy.exc import OperationalError

    import app as application
    from config import ConfigError
    from scheduler.runner import build_scheduler

    try:
        app = application.create_app()
        _refuse_another_schema(app)
        return app, build_scheduler(app, scheduler_class)
    except ConfigError as exc:
        raise SystemExit(f"scheduler not started: {exc}") from None
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0][:300] if exc.orig is not None else "no answer"
        raise SystemExit(f"scheduler not started: the database does not answer ({type(exc.orig).__name__}: "
                         f"{reason}): check DATABASE_URL and that PostgreSQL runs") from None


def main() -> None:
    """Build the app's services and run the jobs until stopped."""
    stop_signal = StopSignal()
    # First: a stop while the app is still being built exits cleanly. SIGINT too: Python leaves it ignored when the
    # process was started ignoring it (a background job of a shell script, nohup), and then Ctrl+C did nothing.
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, stop_signal)
    try:
        from apscheduler.schedulers.background import BackgroundScheduler

        from scheduler.runner import stop

        app, scheduler = _build(BackgroundScheduler)
        # What was built so far (the app, its directory and vocabularies) lives as long as the process: keep it
        # out of every later collection, and out of the one at exit, which took seconds on a loaded machine.
        gc.freeze()
        stop_signal.running = True
        scheduler.start()
        logger.info("scheduler started with %d jobs", len(scheduler.get_jobs()))
    except (KeyboardInterrupt, SystemExit) as exc:
        if isinstance(exc, SystemExit) and isinstance(exc.code, str):
            raise  # a refusal to start: its message and a non-zero status
        logger.info("scheduler stopped")
        return
    stop_signal.asked.wait()
    stop(app, scheduler)  # the jobs under way finish their current item and hand the rest back
    logger.info("scheduler stopped")


if __name__ == "__main__":
    main()
