"""`flask media clean` as a process SIGKILLed at a chosen point of its work (a machine losing power, the OOM killer).

Usage: python tests/faults/clean_killed_at.py POINT DATABASE_URL STORAGE_FOLDER [TYPE ...]
POINT `written`: killed right after the first new copy is written to the storage, before the commit that points
its item at it; `committed`: killed right after a batch's commit, before the old copies it replaced are deleted.
With TYPEs it runs `--redo TYPE…` (`media.backfill.redo_stored`), else the copies items lack (`clean_stored`).
Everything else (the database, the folder, the scrubber, the commits) is the real run.
"""

from __future__ import annotations

import os
import signal
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from media import backfill  # noqa: E402
from media.storage import LocalStorage  # noqa: E402
from models.db import make_engine, make_session_factory  # noqa: E402


def killed() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def main() -> None:
    point, url, folder, *types = sys.argv[1:]
    storage, factory = LocalStorage(folder), make_session_factory(make_engine(url))
    if point == "written":
        real_put = storage.put

        def put(data: bytes, content_type: str) -> str:
            new = not storage.exists(backfill.content_key(data))
            key = real_put(data, content_type)
            if new:
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


if __name__ == "__main__":
    main()
