"""`flask media clean` as a process SIGKILLed at a chosen point of its work (a machine losing power, the OOM killer).

Usage: python tests/faults/clean_killed_at.py POINT DATABASE_URL STORAGE_FOLDER [TYPE ...]
POINT `written`: killed right after the first new copy is written to the storage, before the commit that points
its item at it; `committed`: killed right after a batch's commit, before the old copies it replaced are deleted;
`held`: stopped right after the first new copy is written (its marker file `STORAGE_FOLDER.held` then written),
holding the run's lock until it is killed. With TYPEs it runs `--redo TYPE…` (`media.backfill.redo_stored`), else
the copies items lack (`clean_stored`). Everything else (the database, the folder, the scrubber, the commits, the
lock) is the real run. The fault tests run `run` in a process forked from theirs (`forked_run`): a real process of
its own, with its own connections, without an interpreter's start and imports (about a second of CPU each).
"""

from __future__ import annotations

import os
import signal
import sys
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from media import backfill  # noqa: E402
from media.storage import LocalStorage  # noqa: E402
from models.db import make_engine, make_session_factory  # noqa: E402

HELD_SECONDS = 60  # how long a `held` run waits to be killed before it gives up (a test that forgot it)


def marker(folder: str | Path) -> Path:
    """The file a `held` run writes once it holds the lock and has written its first copy."""
    return Path(f"{folder}.held")


def killed() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def run(point: str, url: str, folder: str, types: list[str] | tuple[str, ...] = ()) -> None:
    storage, factory = LocalStorage(folder), make_session_factory(make_engine(url))
    if point in ("written", "held"):
        real_put = storage.put

        def put(data: bytes, content_type: str) -> str:
            new = not storage.exists(backfill.content_key(data))
            key = real_put(data, content_type)
            if new and point == "held":
                ready = marker(folder).with_suffix(".writing")
                ready.write_text(key)
                ready.replace(marker(folder))  # whole when it appears: the waiting test reads the key at once
                time.sleep(HELD_SECONDS)
            elif new:
                killed()
            return key

        storage.put = put
    elif point == "committed":
        real_sweep = backfill.sweep_old_copies

        def sweep(session_factory, storage, keys=None):
            if keys is not None:  # the sweep after a batch's commit, not the one a run starts with
                killed()
            return real_sweep(session_factory, storage, keys)

        backfill.sweep_old_copies = sweep
    now = datetime.now(UTC)
    if types:
        backfill.redo_stored(factory, storage, now, types)
    else:
        backfill.clean_stored(factory, storage, now)
    print("finished without being killed")


def forked_run(point: str, url: str, folder: str, types: tuple[str, ...] = (), engine=None) -> int:
    """`run` in a child process forked from the caller's (its pid); the child never returns. `engine`, the
    caller's, is let go in the child without touching its connections (they stay the caller's)."""
    pid = os.fork()
    if pid:
        return pid
    code = 3
    try:
        if engine is not None:
            engine.dispose(close=False)
        run(point, url, folder, types)
    except BaseException:  # noqa: BLE001 (the child reports everything and never returns into the test)
        traceback.print_exc()
        code = 4
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def main() -> None:
    point, url, folder, *types = sys.argv[1:]
    run(point, url, folder, types)


if __name__ == "__main__":
    main()
