"""A long response's heartbeat: gunicorn's sync worker is killed when it has not told its arbiter it is alive for
its timeout (30 s by default), even while it is sending a response; a download that is still writing says so
between its chunks. gunicorn.conf.py hands each worker's `notify` over (`post_worker_init`); elsewhere (the
development server, tests) nothing listens and `alive` does nothing.

A worker stuck without writing (a query that hangs, a client that stopped reading) still dies at the timeout."""

from __future__ import annotations

import time
from collections.abc import Callable

EVERY_SECONDS = 1.0  # gunicorn's heartbeat is a file's mode changed: once a second is plenty
_heartbeat: Callable[[], None] | None = None
_last = 0.0


def listen(heartbeat: Callable[[], None] | None) -> None:
    """Take the worker's heartbeat (gunicorn's `worker.notify`); None: nobody listens."""
    global _heartbeat
    _heartbeat = heartbeat


def alive() -> None:
    """Tell the server this worker is at work (at most once every EVERY_SECONDS)."""
    global _last
    if _heartbeat is None:
        return
    now = time.monotonic()
    if now - _last >= EVERY_SECONDS:
        _last = now
        _heartbeat()
