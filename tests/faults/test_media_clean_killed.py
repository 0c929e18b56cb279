"""`flask media clean` SIGKILLed between writing a new copy and its commit, or between the commit and deleting the
old copy, then something happening to the item before the next run (a citizen's erasure request purging it, its
file found missing by a link): the next run, `--redo` or not, leaves nothing in the storage that no item names."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from lapor.media import mark_missing
from media.retention import _purge
from models import MediaItem
from tests.media.test_backfill_redo import (
    every_reference_exists,
    no_file_notes,
    old,  # noqa: F401 (a fixture)
    pending,
    referenced,
    stored_keys,
)

SCRIPT = Path(__file__).with_name("clean_killed_at.py")
ROOT = Path(__file__).resolve().parents[2]
PDF = "application/pdf"


def killed_run(svc, point: str, *types: str) -> None:
    """The clean run as a process of its own, SIGKILLed at `point`."""
    url = svc.engine.url.render_as_string(hide_password=False)
    done = subprocess.run([sys.executable, str(SCRIPT), point, url, str(svc.media_storage.root), *types], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == -signal.SIGKILL, done.stdout + done.stderr


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
