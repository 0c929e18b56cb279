"""`flask media clean`: the copy without metadata for documents and videos stored before `media.scrub` made one.

A PDF, MP4, 3GP, MOV or M4A stored before then has no `clean_sha256`: `lapor.media.served_key` withholds it from an
anonymous complaint's agencies. This makes the missing copies, batch after batch (one commit per batch), in the
order the items were stored; a run cut short is resumed by running it again (the items done have their copy and
are not read again). A file that cannot be cleaned (encrypted or broken) stays without a copy and is noted so on
the item (`last_error` starting with UNCLEANABLE, as the fetch job notes it): later runs count it without reading
it again, unless asked (`--again`, after the scrubber learnt more); a file gone from the storage is marked missing
(`lapor.media.mark_missing`), as opening its link would.

`redo_stored` (`--redo TYPE`) makes the copy again of the items of a type that have one, after the scrubber learnt
more (a PDF's attached files and its photos' EXIF, an Ogg file's comments): the new copy is written, then the item
pointed at it (one commit per batch, only if its copy is still the one read), then the old copy's file deleted
when no item uses it any more (copies are stored by SHA-256, so two items sending the same file share one). That
order never leaves an item pointing at a deleted file: a run killed before a commit leaves an unused new file, one
killed after it an old one; both are named in the table media_file_pending, which the next run (any run) acts on
first.

Images are made again the same way (`--redo image/jpeg`: the originals are kept, so a copy made before the colour
profile was carried is made again from the bytes as sent). The checkpoint is the item's `scrubber` column
(migration 0035; it was a note in `last_error` before): the batch's commit sets it to `media.scrub.SCRUBBER` on each
item read, as the fetch job and staff uploads do when they store one, so a later run of the same scrubber does not
read it again. The files are in media_file_pending (`models.MediaFilePending`), apart
from the items: a copy about to be written gets its row (WRITTEN) in a commit of its own first, an old copy its row
(REPLACED) in the commit that replaces it; a run's sweep after each batch deletes the files of its rows that no
item uses and then the rows. Every run (`clean_stored` and `redo_stored`) starts by that sweep over every row (a
run killed between a write and its commit, or a commit and its deletes, even if the item was purged or marked
missing since), so nothing is left in the storage that no item refers to, on a folder or in a bucket alike. One
run at a time (`one_run_at_a_time`).
"""

from __future__ import annotations

import fcntl
import logging
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import URL, delete, func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from lapor.media import mark_missing
from media.content import WrongType, clean_copy
from media.scrub import SCRUBBED, SCRUBBER, UNCLEANABLE, uncleanable_note
from media.storage import Storage, content_key
from models import MediaFilePending, MediaItem, MediaStatus
from models.base import utcnow
from models.db import upsert_insert

logger = logging.getLogger(__name__)

CLEAN_BATCH = 50  # items read (one at a time, at most MEDIA_MAX_BYTES each) before their batch is committed


@dataclass
class CleanReport:
    """What a run of `flask media clean` did (or, with --dry-run, would do)."""

    cleaned: int = 0      # a copy without metadata written
    unchanged: int = 0    # nothing to remove: the file is its own copy
    uncleanable: int = 0  # encrypted or broken: still withheld from an anonymous complaint's agencies
    missing: int = 0      # the stored file is gone from the storage (marked missing)
    known_uncleanable: int = 0  # found uncleanable before (by a run or the fetch job): not read again

    def __str__(self) -> str:
        return (f"cleaned={self.cleaned} unchanged={self.unchanged} uncleanable={self.uncleanable} "
                f"missing={self.missing} known_uncleanable={self.known_uncleanable}")


def clean_stored(session_factory: sessionmaker[Session], storage: Storage, now: datetime, *, dry_run: bool = False,
                 batch: int = CLEAN_BATCH, again: bool = False,
                 progress: Callable[[int, CleanReport], None] | None = None) -> CleanReport:
    """Make the missing copies without metadata of stored documents and videos (`media.scrub.SCRUBBED`); with
    `dry_run` read and count, write nothing; with `again` read the files found uncleanable before too.
    `progress(last_id, report)` is called after each batch."""
    waiting = (MediaItem.status == MediaStatus.STORED, MediaItem.clean_sha256.is_(None),
               MediaItem.sha256.is_not(None), MediaItem.content_type.in_(SCRUBBED))
    known = MediaItem.last_error.startswith(UNCLEANABLE)
    report, after, note = CleanReport(), 0, _noting(session_factory)
    with one_run_at_a_time(session_factory):
        if not again:
            with session_factory() as session:
                report.known_uncleanable = session.scalar(select(func.count()).where(*waiting, known))
            waiting = (*waiting, or_(MediaItem.last_error.is_(None), ~known))
        if not dry_run:
            sweep_old_copies(session_factory, storage)  # what a run killed before or after its commit left
        while True:
            with session_factory() as session:
                rows = session.execute(select(MediaItem.id, MediaItem.sha256, MediaItem.content_type).where(
                    *waiting, MediaItem.id > after).order_by(MediaItem.id).limit(batch)).all()
            if not rows:
                return report
            outcomes = [(item_id, key, *_clean_one(storage, key, content_type, dry_run, note))
                        for item_id, key, content_type in rows]
            for *_, outcome, _clean_key in outcomes:
                setattr(report, outcome, getattr(report, outcome) + 1)
            if not dry_run:
                with session_factory.begin() as session:
                    _record_batch(session, storage, outcomes, now)
                sweep_old_copies(session_factory, storage, [clean for *_, clean in outcomes if clean])
            after = rows[-1][0]
            if progress is not None:
                progress(after, report)


def _record_batch(session: Session, storage: Storage, outcomes: list[tuple], now: datetime) -> None:
    """Note what a batch found: the copies made, the files found uncleanable, those gone from the storage."""
    unrecorded = []
    for item_id, key, outcome, clean_key in outcomes:
        if clean_key:
            unrecorded += _recorded(session, item_id, key, clean_key)
        elif outcome == "missing":
            mark_missing(session, key, now)
        elif outcome == "uncleanable":
            session.execute(update(MediaItem).where(
                MediaItem.id == item_id, MediaItem.status == MediaStatus.STORED, MediaItem.sha256 == key,
                MediaItem.clean_sha256.is_(None)).values(last_error=uncleanable_note(now), scrubber=SCRUBBER)
                .execution_options(synchronize_session=False))
    _drop_unused(session, storage, unrecorded)


# Why a file is in media_file_pending: a copy written before the commit that points an item at it, or an old copy
# that commit replaced (deleted after it when no item uses it).
WRITTEN, REPLACED = "written", "replaced"


@dataclass
class RedoReport(CleanReport):
    """What a run of `flask media clean --redo TYPE` did: `cleaned` items point at a new copy, `unchanged` ones
    had the copy the scrubber makes now, `uncleanable` ones have none any more (verifiers only, `now_uncleanable`
    lists them), `checked_before` ones were read by a run of the same scrubber (not read again)."""

    content_types: tuple[str, ...] = ()
    old_copies_deleted: int = 0
    checked_before: int = 0
    now_uncleanable: list[int] = field(default_factory=list)

    def __str__(self) -> str:
        return (f"redo {','.join(self.content_types)}: cleaned={self.cleaned} unchanged={self.unchanged} "
                f"uncleanable={self.uncleanable} missing={self.missing} "
                f"old_copies_deleted={self.old_copies_deleted} checked_before={self.checked_before}")


def redo_stored(session_factory: sessionmaker[Session], storage: Storage, now: datetime,
                content_types: Iterable[str], *, dry_run: bool = False, batch: int = CLEAN_BATCH, after: int = 0,
                progress: Callable[[int, CleanReport], None] | None = None) -> RedoReport:
    """Make again the copy without metadata of each stored item of `content_types` that has one and that this
    scrubber did not check yet (in id order, after item `after`), point the item at it and delete the old copy's
    file once no item uses it. A file the scrubber now finds uncleanable loses its copy (withheld from an anonymous
    complaint's agencies) and is noted as such. First deletes the old copies a run killed after its commit left.
    With `dry_run` read and count, write and delete nothing."""
    kinds = tuple(sorted(set(content_types)))
    report = RedoReport(content_types=kinds)
    chosen = (MediaItem.status == MediaStatus.STORED, MediaItem.sha256.is_not(None),
              MediaItem.clean_sha256.is_not(None), MediaItem.content_type.in_(kinds))
    checked = MediaItem.scrubber >= SCRUBBER
    with one_run_at_a_time(session_factory):
        with session_factory() as session:
            report.checked_before = session.scalar(select(func.count()).where(*chosen, checked,
                                                                              MediaItem.id > after))
        if not dry_run:
            report.old_copies_deleted += sweep_old_copies(session_factory, storage)
        chosen = (*chosen, or_(MediaItem.scrubber.is_(None), ~checked))
        while True:
            with session_factory() as session:
                rows = session.execute(select(MediaItem.id, MediaItem.sha256, MediaItem.clean_sha256,
                                              MediaItem.content_type).where(*chosen, MediaItem.id > after)
                                       .order_by(MediaItem.id).limit(batch)).all()
            if not rows:
                return report
            outcomes = _redo_batch(session_factory, storage, rows, report, dry_run)
            if not dry_run:
                with session_factory.begin() as session:
                    _record_redo(session, storage, outcomes, now)
                report.old_copies_deleted += sweep_old_copies(session_factory, storage, _batch_keys(outcomes))
            after = rows[-1][0]
            if progress is not None:
                progress(after, report)


def _redo_batch(session_factory: sessionmaker[Session], storage: Storage, rows, report: RedoReport,
                dry_run: bool) -> list[tuple]:
    """Read each item of a batch and make its copy again; (id, key, old copy, outcome, new copy) for each."""
    made: dict[str, tuple[str, str | None]] = {}  # the same file sent twice is read once per batch
    outcomes, note = [], _noting(session_factory)
    for item_id, key, old, content_type in rows:
        if key not in made:
            made[key] = _clean_one(storage, key, content_type, dry_run, note)
        outcome, new = made[key]
        if outcome in ("cleaned", "unchanged"):
            outcome = "unchanged" if new == old else "cleaned"
        outcomes.append((item_id, key, old, outcome, new))
        setattr(report, outcome, getattr(report, outcome) + 1)
        if outcome == "uncleanable":
            report.now_uncleanable.append(item_id)
    return outcomes


def _batch_keys(outcomes: list[tuple]) -> list[str]:
    """The files a redo batch may have noted in media_file_pending: the new copies written, the old ones replaced."""
    return list(dict.fromkeys(key for *_, old, _outcome, new in outcomes for key in (old, new) if key))


def _record_redo(session: Session, storage: Storage, outcomes: list[tuple], now: datetime) -> None:
    """Point each item at its new copy (or at none, found uncleanable) if its copy is still the one read, noting
    the old copy in media_file_pending (REPLACED), and set every item read's checkpoint (`scrubber`); mark the
    missing ones."""
    replaced, unrecorded = [], []
    for item_id, key, old, outcome, new in outcomes:
        if outcome == "missing":
            mark_missing(session, key, now)
            continue
        note = uncleanable_note(now) if outcome == "uncleanable" else None
        done = session.execute(update(MediaItem).where(
            MediaItem.id == item_id, MediaItem.status == MediaStatus.STORED, MediaItem.sha256 == key,
            MediaItem.clean_sha256 == old).values(clean_sha256=new, last_error=note, scrubber=SCRUBBER)
            .execution_options(synchronize_session=False)).rowcount
        if done and old not in (key, new):
            replaced.append(old)
        if not done and new and new not in (key, old):
            unrecorded.append(new)  # written for an item purged or changed meanwhile
    _drop_unused(session, storage, unrecorded)
    _note_files(session, replaced, REPLACED)


def _note_files(session: Session, keys: Iterable[str], reason: str) -> None:
    """Add these files to media_file_pending (a file noted already keeps its row), in the session's transaction."""
    rows = [{"key": key, "noted_at": utcnow(), "reason": reason} for key in dict.fromkeys(keys)]
    if rows:
        session.execute(upsert_insert(session, MediaFilePending).on_conflict_do_nothing(index_elements=["key"]),
                        rows)


def sweep_old_copies(session_factory: sessionmaker[Session], storage: Storage,
                     keys: Iterable[str] | None = None) -> int:
    """Delete the files media_file_pending names (among `keys`, a batch's; every row when None, as a run starts:
    what a run killed before or after its commit left) that no item (whatever its status) uses, then their rows;
    returns how many old copies (REPLACED) were deleted. Safe to run again: a file already gone is deleted again
    as nothing, and a row goes only after its file."""
    chosen = select(MediaFilePending.key, MediaFilePending.reason)
    if keys is not None:
        keys = list(keys)
        if not keys:
            return 0
        chosen = chosen.where(MediaFilePending.key.in_(keys))
    deleted = 0
    with session_factory() as session:
        pending = session.execute(chosen).all()
        for key, reason in pending:
            if not _in_use(session, key):
                storage.delete(key)
                deleted += reason == REPLACED
    if pending:
        with session_factory.begin() as session:
            session.execute(delete(MediaFilePending).where(MediaFilePending.key.in_([key for key, _ in pending])))
    return deleted


def _noting(session_factory: sessionmaker[Session]) -> Callable[[str], None]:
    """What adds the copy about to be written to media_file_pending (WRITTEN), in a commit of its own: a run killed
    before its batch's commit leaves a file the next run deletes unless some item uses it by then (the item purged
    meanwhile, or never read again: another type, a newer scrubber)."""
    def note(key: str) -> None:
        with session_factory.begin() as session:
            _note_files(session, [key], WRITTEN)
    return note


# The PostgreSQL advisory lock a `flask media clean` run holds (on SQLite a file lock, `clean_lock_path`): a run's
# first sweep deletes the copies other runs noted as written and not yet committed, so two runs at once (two
# machines, two terminals) are refused, not raced.
CLEAN_LOCK = 0x6D656469  # "medi"


RUN_UNDER_WAY = "another `flask media clean` run is under way; run this one after it"


class RunUnderWay(RuntimeError):
    """Another `flask media clean` run holds the lock."""


@contextmanager
def one_run_at_a_time(session_factory: sessionmaker[Session]):
    """Hold the lock of a run: CLEAN_LOCK on PostgreSQL, released with its connection when the process dies; on an
    SQLite file an exclusive `flock` on the file beside it (`clean_lock_path`), released by the kernel when the
    process dies. So a killed run never blocks the next. An in-memory SQLite database is one process's own."""
    engine = session_factory.kw["bind"]
    if engine.dialect.name == "sqlite":
        path = clean_lock_path(engine.url)
        if path is None:
            yield
            return
        with _file_lock(path):
            yield
        return
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as connection:
        if not connection.exec_driver_sql(f"SELECT pg_try_advisory_lock({CLEAN_LOCK})").scalar():
            raise RunUnderWay(RUN_UNDER_WAY)
        connection.commit()
        try:
            yield
        except BaseException:
            try:  # the run's own error is what it raises; a lock not let go goes with its connection
                _unlock(connection)
            except Exception:
                logger.warning("the lock of `flask media clean` was not let go (its connection's end lets it go)",
                               exc_info=True)
            raise
        _unlock(connection)


def _unlock(connection) -> None:
    connection.exec_driver_sql(f"SELECT pg_advisory_unlock({CLEAN_LOCK})")
    connection.commit()


def clean_lock_path(url: URL) -> Path | None:
    """The file a run on an SQLite database locks: `<database>.media-clean.lock` beside it (left there: deleting
    it would let a run lock a file the next one no longer sees); None for an in-memory database."""
    database = url.database or ""
    if database in ("", ":memory:") or url.query.get("mode") == "memory":
        return None
    path = Path(database.removeprefix("file:"))
    return path.with_name(path.name + ".media-clean.lock")


@contextmanager
def _file_lock(path: Path):
    """An exclusive lock on `path` for as long as the block runs, or RunUnderWay at once when another process (or
    another open of it) holds it."""
    with open(path, "a+b") as held:
        try:
            fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise RunUnderWay(RUN_UNDER_WAY) from exc
        try:
            yield
        finally:
            fcntl.flock(held.fileno(), fcntl.LOCK_UN)


def _in_use(session: Session, key: str) -> bool:
    """Whether any item (whatever its status) has `key` as its file or its copy."""
    return session.scalar(select(MediaItem.id).where(
        or_(MediaItem.sha256 == key, MediaItem.clean_sha256 == key)).limit(1)) is not None


def _clean_one(storage: Storage, key: str, content_type: str, dry_run: bool,
               noting: Callable[[str], None] | None = None) -> tuple[str, str | None]:
    """What became of one stored file (a CleanReport field) and its copy's key (None: no copy). A copy to write is
    first told to `noting` (committed in media_file_pending), then written."""
    try:
        data = storage.get(key)
    except KeyError:
        return "missing", None
    try:
        clean = clean_copy(data, content_type)
    except WrongType:
        clean = None
    if clean is None:
        return "uncleanable", None
    if clean == data:
        return "unchanged", key
    if dry_run:
        return "cleaned", content_key(clean)
    if noting is not None:
        noting(content_key(clean))
    return "cleaned", storage.put(clean, content_type)


def _record(session: Session, storage: Storage, item_id: int, key: str, clean_key: str) -> None:
    """Note the copy on the item, unless it changed meanwhile (purged, marked missing, or cleaned by another run):
    then a copy written for nothing is deleted again (unless another item uses it)."""
    _drop_unused(session, storage, _recorded(session, item_id, key, clean_key))


def _recorded(session: Session, item_id: int, key: str, clean_key: str) -> list[str]:
    """Note the copy on the item if it is still as read; the copy written for nothing otherwise."""
    done = session.execute(update(MediaItem).where(
        MediaItem.id == item_id, MediaItem.status == MediaStatus.STORED, MediaItem.sha256 == key,
        MediaItem.clean_sha256.is_(None)).values(clean_sha256=clean_key, last_error=None, scrubber=SCRUBBER)
        .execution_options(synchronize_session=False)).rowcount
    return [] if done or clean_key == key else [clean_key]


def _drop_unused(session: Session, storage: Storage, keys: list[str]) -> None:
    """Delete the copies written for nothing that no item uses, once the whole batch is recorded: two items of the
    same original share one copy, and the first one's copy deleted before the second was pointed at it was lost."""
    for key in dict.fromkeys(keys):
        if not _in_use(session, key):
            storage.delete(key)
