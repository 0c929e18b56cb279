"""gunicorn reads this file from the project root: Prometheus multiprocess mode when PROMETHEUS_MULTIPROC_DIR is set,
and gunicorn's own log lines in the service's format.

Each worker writes its counters to that folder and `/metrics` on any worker adds them up; the folder is emptied
when gunicorn starts (figures from a previous run would be added again) and a dead worker's gauges are dropped.
"""

import os
from pathlib import Path

# The access log (`--access-logfile -`) without the query string or the referer: a staff search
# (`/?q=0812…`, a citizen's name) is a citizen's number or words, never logged at INFO.
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(M)sms "%(a)s"'
# gunicorn's own lines (start, workers, access) as JSON lines when the service logs JSON (production).
logger_class = "ops.logs.GunicornLogger"


def on_starting(server) -> None:
    """Empty (or create) the metrics folder before the workers start."""
    folder = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        for stale in Path(folder).glob("*.db"):
            stale.unlink()


def child_exit(server, worker) -> None:
    """Forget a dead worker's live gauges (its counters stay counted)."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
