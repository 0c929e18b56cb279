"""gunicorn (the Procfile's web process) as if the wall clock read an instant given on the command line.

Usage: python tests/faults/serve_at.py 2026-08-14T10:00:00+07:00 [gunicorn arguments…]
As scheduler_at.py does for the worker: time-machine moves every clock of this process (inherited by the forked
workers) to that instant and lets it run on, so web and worker processes of a test share one moving time.
"""

from __future__ import annotations

import sys
from pathlib import Path

# time-machine imports pytest, when it can, for its fixture: 0.4 s of CPU in each process started, for nothing here.
sys.modules["pytest"] = None  # type: ignore[assignment]
import time_machine  # noqa: E402

if __name__ == "__main__":
    at = sys.argv.pop(1)
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from gunicorn.app.wsgiapp import run

    with time_machine.travel(at, tick=True):
        sys.argv[0] = "gunicorn"
        run()
