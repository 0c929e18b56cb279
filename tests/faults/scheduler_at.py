"""`python -m scheduler` (the Procfile worker) as if the wall clock read an instant given on the command line.

Usage: python tests/faults/scheduler_at.py 2026-08-14T10:00:00+07:00
time-machine moves every clock of this process (datetime.now, time.time) to that instant and lets it run on,
so APScheduler's triggers, the jobs and the outbox's leases all see the same, moving, time. Everything else
(APScheduler, the jobs, the database, the twilio client, signal handling) is the real worker.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

# time-machine imports pytest, when it can, for its fixture: 0.4 s of CPU in each process started, for nothing here.
sys.modules["pytest"] = None  # type: ignore[assignment]
import time_machine  # noqa: E402

if __name__ == "__main__":
    at = sys.argv.pop(1)
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    with time_machine.travel(at, tick=True):
        runpy.run_module("scheduler", run_name="__main__", alter_sys=True)
