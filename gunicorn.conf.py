"""gunicorn reads this file from the project root: Prometheus multiprocess mode when PROMETHEUS_MULTIPROC_DIR is set.

Each worker writes its counters to that folder and `/metrics` on any worker adds them up; the folder is emptied
when gunicorn starts (figures from a previous run would be added again) and a dead worker's gauges are dropped.
"""

import os
from pathlib import Path


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
