"""`flask media clean` SIGKILLed between writing a new copy and its commit, or between the commit and deleting the
old copy, then something happening to the item before the next run (a citizen's erasure request purging it, its
file found missing by a link): the next run, `--redo` or not, leaves nothing in the storage that no item names."""

from __future__ import annotations

import os
import signal
import time

import pytest

from lapor.media import mark_missing
from media.retention import _purge
from models import MediaItem
from tests.faults.clean_killed_at import forked_run
from tests.media.test_backfill_redo import (
    every_reference_exists,
    no_file_notes,
    old,  # noqa: F401 (a fixture)
    pending,
    referenced,
    stored_keys,
)

PDF = "application/pdf"


def killed_run(svc, point: str, *types: str) -> None:
    """The clean run as a process of its own (forked from this one: no interpreter start), SIGKILLed at `point`."""
    pid = forked_run(point, svc.engine.url.render_as_string(hide_password=False), str(svc.media_storage.root),
                     types, engine=svc.engine)
    assert ended(pid) == -signal.SIGKILL, "killed at the point, not finished nor failed (its output above)"


def ended(pid: int, timeout: float = 60) -> int:
    """Wait for a child to end: its exit code, or minus the signal that ended it."""
    deadline = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            raise AssertionError("the run did not end")
        time.sleep(0.005)


def run_again(app, *args: str) -> str:
    result = app.test_cli_runner().invoke(args=["media", "clean", *args])
    assert result.exit_code == 0, result.output
    return result.output


def unreferenced(svc) -> set[str]:
    return stored_keys(svc.media_storage) - referenced(svc)


def purge(svc, item_id: int) -> None:
    """A citizen's erasure request (`flask media purge`) for the item's complaint."""
    with svc.session_factory.begin() as session:
        _purge(session, svc.media_storage, [session.get(MediaItem, item_id)], svc.clock())


def found_missing(svc, item_id: int) -> None:
    """The item's original deleted outside the service, found out by its link (`/media` marks it missing)."""
    with svc.session_factory.begin() as session:
        key = session.get(MediaItem, item_id).sha256
        svc.media_storage.delete(key)
        mark_missing(session, key, svc.clock())


@pytest.mark.parametrize("point, event, again", [
    ("written", purge, ("--redo", PDF)),
    ("written", None, ()),
    ("committed", found_missing, ("--redo", PDF)),
    ("committed", found_missing, ()),
], ids=["written, purged, redo", "written, then a plain clean", "committed, missing, redo",
        "committed, missing, then a plain clean"])
def test_a_redo_killed_leaves_nothing_unreferenced_once_any_run_follows(app, svc, old, point, event,  # noqa: F811
                                                                         again):
    assert unreferenced(svc) == set()
    killed_run(svc, point, PDF)
    every_reference_exists(svc)
    left = unreferenced(svc)
    assert left, "the kill left a file behind"
    assert left <= set(pending(svc)), "named in media_file_pending, committed before the kill"
    if event is not None:
        item_id = old["scan with a ktp attached" if point == "written" else "scan with author and exif"]
        event(svc, item_id)
        with svc.session_factory() as session:
            error = session.get(MediaItem, item_id).last_error
        assert error is None or error.startswith("stored file missing ("), "last_error says the error alone"
    run_again(app, *again)
    assert unreferenced(svc) == set(), "nothing in the storage that no item names"
    every_reference_exists(svc)
    no_file_notes(svc)


def test_a_first_copy_killed_before_its_commit_and_its_item_purged_leaves_nothing_once_run_again(
        app, svc, old):  # noqa: F811
    """`flask media clean` (no --redo) making the copy a PDF lacks, killed before its commit; the item purged."""
    from tests.media.test_scrub import letter

    sent = letter({"/Author": "Rina Wulandari"}, pages=3)  # a copy no other item has
    with svc.session_factory.begin() as session:
        item = MediaItem(source_url="https://api.twilio.com/x/Media/ME77", declared_type=PDF, status="stored",
                         content_type=PDF, size=len(sent), sha256=svc.media_storage.put(sent, PDF),
                         next_attempt_at=svc.clock(), stored_at=svc.clock())
        session.add(item)
        session.flush()
        item_id = item.id
    killed_run(svc, "written")
    assert unreferenced(svc), "the copy written before the kill"
    assert unreferenced(svc) <= {key for key, reason in pending(svc).items() if reason == "written"}
    purge(svc, item_id)
    run_again(app)
    assert unreferenced(svc) == set()
    every_reference_exists(svc)
    no_file_notes(svc)


def test_a_second_run_while_one_is_under_way_is_refused_on_either_database_until_the_first_is_killed(
        app, svc, old):  # noqa: F811
    """Two `flask media clean` processes at once: the second would sweep the copy the first noted as written but
    has not committed yet. It is refused on SQLite (a lock on a file beside the database) as on PostgreSQL (an
    advisory lock), touching nothing; the lock goes with the first process when it is killed."""
    from tests.faults.clean_killed_at import marker
    from tests.media.test_backfill import snapshot

    folder = svc.media_storage.root
    held = marker(folder)
    held.unlink(missing_ok=True)
    pid = forked_run("held", svc.engine.url.render_as_string(hide_password=False), str(folder), (PDF,),
                     engine=svc.engine)
    try:
        deadline = time.monotonic() + 30
        while not held.exists():
            assert os.waitpid(pid, os.WNOHANG) == (0, 0), "the first run ended before holding the lock"
            assert time.monotonic() < deadline, "the first run never got to its first copy"
            time.sleep(0.005)
        written, before, stored = held.read_text(), snapshot(svc), stored_keys(svc.media_storage)
        for args in (("--redo", PDF), (), ("--redo", "image/jpeg"), ("--dry-run",)):
            result = app.test_cli_runner().invoke(args=["media", "clean", *args])
            assert result.exit_code == 1, (args, result.output)
            assert "another `flask media clean` run is under way" in result.output, args
        assert svc.media_storage.exists(written), "the first run's copy, noted and not committed yet, stays"
        assert snapshot(svc) == before and stored_keys(svc.media_storage) == stored
    finally:
        os.kill(pid, signal.SIGKILL)
        ended(pid)
    deadline = time.monotonic() + 10  # PostgreSQL ends the killed run's backend (and its lock) as it notices
    while "under way" in (output := app.test_cli_runner().invoke(args=["media", "clean", "--redo", PDF]).output):
        assert time.monotonic() < deadline, "the lock outlived the killed run"
        time.sleep(0.01)
    assert output.splitlines()[-1].startswith("redo application/pdf: cleaned=")
    assert unreferenced(svc) == set()
    every_reference_exists(svc)
    no_file_notes(svc)
