"""`flask media clean --redo TYPE`: the copies made before the scrubber learnt more (a PDF's attached files and its
photos' EXIF, an Ogg file's comments) are made again, the items pointed at them, and an old copy's file deleted
once no item uses it; batch by batch, resumable, never an item pointing at a deleted file."""

from __future__ import annotations

import pytest
from sqlalchemy import or_, select

from lapor.media import ANONYMOUS, served_key
from media.content import clean_copy
from media.scrub import SCRUBBER
from media.storage import content_key
from models import MediaFilePending, MediaItem
from tests.media.test_backfill import files, killed_at_the_fourth_read, snapshot
from tests.media.test_scrub import NAME, letter
from tests.media.test_scrub_embedded import NAMED, SECRET, scanned, vorbis
from tests.media_samples import jpeg_with_exif

PDF, OGG = "application/pdf", "audio/ogg"
EXIF_SCAN = scanned(jpeg_with_exif())  # the copy the old scrubber made of the scan with an author: EXIF kept
UNREADABLE_PHOTO = scanned(jpeg_with_exif()).replace(b"\xff\xd8\xff", b"\x00\xd8\xff", 1)

# name: (content type, bytes as sent, the copy made before, status); "own": the old scrubber found nothing to remove
OLD = {
    "scan with a ktp attached": (PDF, scanned(attachment=True), "own", "stored"),
    "scan with exif": (PDF, scanned(jpeg_with_exif(), filters=("/FlateDecode", "/DCTDecode")), "own", "stored"),
    "scan with author and exif": (PDF, scanned(jpeg_with_exif(), info={"/Author": NAME}), EXIF_SCAN, "stored"),
    "the same scan sent again": (PDF, scanned(jpeg_with_exif(), info={"/Author": NAME}), EXIF_SCAN, "stored"),
    "photo now found unreadable": (PDF, UNREADABLE_PHOTO, "own", "stored"),
    "copy already current": (PDF, letter({"/Author": NAME}), clean_copy(letter({"/Author": NAME}), PDF), "stored"),
    "ogg with its maker's name": (OGG, vorbis(NAMED), "own", "stored"),
    "pdf gone from storage": (PDF, scanned(attachment=True, info={"/Title": "x"}), "own", "stored"),
    # near misses: never read by --redo application/pdf
    "pdf without a copy": (PDF, letter({"/Author": "Sari"}), None, "stored"),
    "photo with its copy": ("image/jpeg", jpeg_with_exif(), "other", "stored"),
    "pdf purged": (PDF, letter({"/Author": "Dewi"}), None, "purged"),
}
REMADE = ("scan with a ktp attached", "scan with exif", "scan with author and exif", "the same scan sent again")


@pytest.fixture
def old(app, svc, clock):
    storage, ids = svc.media_storage, {}
    with svc.session_factory.begin() as session:
        for number, (name, (content_type, data, copy, status)) in enumerate(OLD.items()):
            key = storage.put(data, content_type) if status == "stored" else None
            if copy == "own":
                clean = key
            elif copy == "other":
                clean = storage.put(data[:-1] + b" ", content_type)
            else:
                clean = storage.put(copy, content_type) if copy else None
            item = MediaItem(source_url=f"https://api.twilio.com/x/Media/ME{number}", declared_type=content_type,
                             status=status, content_type=content_type, size=len(data), sha256=key,
                             clean_sha256=clean, next_attempt_at=clock.now, created_at=clock.now,
                             stored_at=clock.now if key else None)
            session.add(item)
            session.flush()
            ids[name] = item.id
    storage.delete(storage.put(OLD["pdf gone from storage"][1], PDF))
    return ids


def every_reference_exists(svc) -> None:
    """No stored item points at a file that is not there (the page and the outbox would serve nothing)."""
    with svc.session_factory() as session:
        for item in session.scalars(select(MediaItem).where(MediaItem.status == "stored")):
            if item.sha256 == content_key(OLD["pdf gone from storage"][1]):
                continue  # deleted outside the service, before the run
            for key in (item.sha256, item.clean_sha256):
                assert key is None or svc.media_storage.exists(key), (item.id, key)


def redo(app, *args):
    result = app.test_cli_runner().invoke(args=["media", "clean", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_old_pdf_copies_are_made_again_and_the_old_file_goes_once_no_item_uses_it(app, svc, old, monkeypatch):
    before, storage = snapshot(svc), svc.media_storage
    old_copy = before[old["scan with author and exif"]][2]
    output = redo(app, "--redo", PDF, "--batch", "2")
    assert output.splitlines()[-1] == ("redo application/pdf: cleaned=4 unchanged=1 uncleanable=1 missing=1 "
                                       "old_copies_deleted=1 checked_before=0")
    assert f"media item {old['photo now found unreadable']}" in output and "verifiers only" in output
    after = snapshot(svc)
    with svc.session_factory() as session:
        for name in REMADE:
            item = session.get(MediaItem, old[name])
            copy = storage.get(served_key(item, ANONYMOUS))
            assert item.clean_sha256 not in (before[old[name]][2], item.sha256), name
            assert SECRET not in copy and b"Samsung" not in copy and NAME.encode() not in copy, name
            assert item.sha256 == before[old[name]][1] and storage.exists(item.sha256), "the original stays"
        assert (session.get(MediaItem, old["scan with author and exif"]).clean_sha256
                == session.get(MediaItem, old["the same scan sent again"]).clean_sha256)
        unreadable = session.get(MediaItem, old["photo now found unreadable"])
        assert unreadable.status == "stored" and unreadable.clean_sha256 is None
        assert unreadable.last_error.startswith("no copy without metadata")
        assert served_key(unreadable, ANONYMOUS) is None, "withheld from an anonymous complaint's agencies"
        assert storage.exists(unreadable.sha256), "the verifier's original stays"
        gone = session.get(MediaItem, old["pdf gone from storage"])
        assert gone.status == "failed" and "missing" in gone.last_error
    assert not storage.exists(old_copy), "the copy that kept the EXIF is deleted"
    current = old["copy already current"]
    assert after[current] == before[current], "nothing changed, last_error untouched"
    checked = scrubbers(svc)
    assert {checked[old[name]] for name in (*REMADE, "copy already current")} == {SCRUBBER}, "the checkpoint"
    assert checked[old["photo now found unreadable"]] == SCRUBBER
    for name in ("ogg with its maker's name", "pdf without a copy", "photo with its copy", "pdf purged"):
        assert after[old[name]] == before[old[name]] and checked[old[name]] is None, name
    assert {after[old[name]][3] for name in REMADE} == {None}, "last_error says errors only: no checkpoint, no notes"
    no_file_notes(svc)
    every_reference_exists(svc)

    stored, reads = files(svc), counted_reads(monkeypatch, storage)
    assert redo(app, "--redo", PDF).splitlines()[-1] == (
        "redo application/pdf: cleaned=0 unchanged=0 uncleanable=0 missing=0 old_copies_deleted=0 checked_before=5")
    assert snapshot(svc) == after and files(svc) == stored, "a second run changes nothing"
    assert reads == [], "and reads nothing: the items this scrubber checked are not read again"


def test_an_ogg_files_own_copy_is_made_again_with_its_type_alone(app, svc, old):
    before = snapshot(svc)
    assert redo(app, "--redo", "application/ogg").splitlines()[-1] == (  # an alias of audio/ogg
        "redo audio/ogg: cleaned=1 unchanged=0 uncleanable=0 missing=0 old_copies_deleted=0 checked_before=0")
    after = snapshot(svc)
    item = old["ogg with its maker's name"]
    assert after[item][2] != after[item][1] == before[item][1] and svc.media_storage.exists(before[item][1])
    assert b"Budi" not in svc.media_storage.get(after[item][2])
    assert {k: v for k, v in after.items() if k != item} == {k: v for k, v in before.items() if k != item}


@pytest.mark.parametrize("wrong", ["audio/amr", "audio/aac", "text/plain", "pdf", "jpeg", "image/gif", ""])
def test_a_type_without_a_copy_is_refused_and_nothing_read(app, svc, old, wrong):
    before = snapshot(svc)
    result = app.test_cli_runner().invoke(args=["media", "clean", "--redo", wrong])
    assert result.exit_code == 2 and "application/pdf" in result.output and "image/jpeg" in result.output
    assert snapshot(svc) == before


def scrubbers(svc) -> dict[int, int | None]:
    """The checkpoint of each item: the scrubber that made or last checked its copy (`media_items.scrubber`)."""
    with svc.session_factory() as session:
        return dict(session.execute(select(MediaItem.id, MediaItem.scrubber)).all())


def copied_without_profile(data: bytes, content_type: str) -> bytes:
    """The copy an image got before scrubber 3: re-encoded as now, but its ICC colour profile left out."""
    from unittest import mock

    from media import content

    with mock.patch.dict(content.PROFILE_SPACES, clear=True):
        return clean_copy(data, content_type)


def jpeg_with_profile(profile: bytes, colour: tuple[int, int, int]) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (24, 16), colour).save(out, format="JPEG", icc_profile=profile)
    return out.getvalue()


def profile_of(data: bytes) -> bytes | None:
    import io

    from PIL import Image

    with Image.open(io.BytesIO(data)) as picture:
        return picture.info.get("icc_profile")


@pytest.fixture
def photos(app, svc, clock):
    """Photos stored before scrubber 3: their copies lost the colour profile. Beside them a photo whose copy is
    already what the scrubber makes now, one without a profile, one purged, and a PDF (never read for images)."""
    from tests.media.test_scrub import _grey_profile, photo_with_profile
    from tests.media.test_scrub_embedded import icc_profile

    profile = icc_profile()
    sent = {"iphone jpeg": ("image/jpeg", photo_with_profile("JPEG", profile)),
            "scanner png": ("image/png", photo_with_profile("PNG", profile)),
            "grey jpeg": ("image/jpeg", photo_with_profile("JPEG", _grey_profile(), "L")),
            "webp": ("image/webp", photo_with_profile("WEBP", profile)),
            "jpeg copied since": ("image/jpeg", jpeg_with_profile(profile, (250, 200, 0))),
            "jpeg without a profile": ("image/jpeg", jpeg_with_exif()),
            "jpeg purged": ("image/jpeg", jpeg_with_exif(colour=(1, 2, 3))),
            "pdf": (PDF, scanned(attachment=True))}
    storage, ids = svc.media_storage, {}
    with svc.session_factory.begin() as session:
        for number, (name, (content_type, data)) in enumerate(sent.items()):
            purged = name == "jpeg purged"
            key = None if purged else storage.put(data, content_type)
            copy = (data if content_type == PDF else clean_copy(data, content_type) if name == "jpeg copied since"
                    else copied_without_profile(data, content_type))
            item = MediaItem(source_url=f"https://api.twilio.com/x/Media/MP{number}", declared_type=content_type,
                             status="purged" if purged else "stored", content_type=content_type, size=len(data),
                             sha256=key, clean_sha256=None if purged else storage.put(copy, content_type),
                             next_attempt_at=clock.now, created_at=clock.now, stored_at=clock.now)
            session.add(item)
            session.flush()
            ids[name] = item.id
    return ids


def test_photos_copied_before_their_colour_profile_was_kept_get_it_with_redo_of_their_type(app, svc, photos,
                                                                                            monkeypatch):
    """The originals are kept (verifiers get them), so `--redo image/jpeg` makes the copies again from them: the
    colour profile kept, EXIF, GPS and XMP still gone; the old copies deleted; a second run reads nothing."""
    storage, before = svc.media_storage, snapshot(svc)
    output = redo(app, "--redo", "image/jpg", "--redo", "image/png", "--batch", "2")  # image/jpg: an alias
    assert output.splitlines()[-1] == ("redo image/jpeg,image/png: cleaned=3 unchanged=2 uncleanable=0 missing=0 "
                                       "old_copies_deleted=3 checked_before=0")
    after, checked = snapshot(svc), scrubbers(svc)
    for name in ("iphone jpeg", "scanner png", "grey jpeg"):
        status, key, copy, error = after[photos[name]]
        assert (status, key, error) == ("stored", before[photos[name]][1], None) and storage.exists(key), name
        assert copy != before[photos[name]][2] and not storage.exists(before[photos[name]][2]), name
        data = storage.get(copy)
        assert profile_of(data) == profile_of(storage.get(key)) is not None, "colours as the phone meant them"
        for secret in (b"Budi", b"SN-C39XK2", b"iPhone", b"xmpmeta"):
            assert secret not in data, (name, secret)
        assert checked[photos[name]] == SCRUBBER
    for name in ("jpeg copied since", "jpeg without a profile"):
        assert after[photos[name]] == before[photos[name]] and checked[photos[name]] == SCRUBBER, name
    for name in ("webp", "jpeg purged", "pdf"):
        assert after[photos[name]] == before[photos[name]] and checked[photos[name]] is None, name
    assert stored_keys(storage) == referenced(svc) and pending(svc) == {}

    reads = counted_reads(monkeypatch, storage)
    assert redo(app, "--redo", "image/jpeg", "--redo", "image/png").splitlines()[-1] == (
        "redo image/jpeg,image/png: cleaned=0 unchanged=0 uncleanable=0 missing=0 old_copies_deleted=0 "
        "checked_before=5")
    assert reads == [] and snapshot(svc) == after, "a second run reads and changes nothing"
    assert redo(app, "--redo", "image/webp").splitlines()[-1] == (
        "redo image/webp: cleaned=1 unchanged=0 uncleanable=0 missing=0 old_copies_deleted=1 checked_before=0")


def test_a_photo_redo_stopped_part_way_is_resumed_by_running_it_again(app, svc, photos, monkeypatch):
    from media import backfill

    def stopped(last_id, report):
        raise RuntimeError("killed after the first batch")

    with pytest.raises(RuntimeError):
        backfill.redo_stored(svc.session_factory, svc.media_storage, svc.clock(), ["image/jpeg"], batch=1,
                             progress=stopped)
    reads = counted_reads(monkeypatch, svc.media_storage)
    assert redo(app, "--redo", "image/jpeg").splitlines()[-1] == (
        "redo image/jpeg: cleaned=1 unchanged=2 uncleanable=0 missing=0 old_copies_deleted=1 checked_before=1")
    assert len(reads) == 3, "the item of the first batch is not read again"
    assert stored_keys(svc.media_storage) == referenced(svc)


def test_a_photo_or_document_stored_by_the_fetch_job_now_is_not_read_by_redo(app, svc, clock):
    """Stored with this scrubber's copy: its checkpoint is set as it is stored (fetch and staff uploads alike)."""
    from media.fetch import MediaFetcher
    from media.uploads import store_upload
    from models import Contact
    from tests.media.test_scrub import photo_with_profile
    from tests.media.test_scrub_embedded import icc_profile

    fetcher = MediaFetcher(svc.session_factory, svc.media_storage, app.config)
    with svc.session_factory.begin() as session:
        for number, (content_type, data) in enumerate([("image/jpeg", photo_with_profile("JPEG", icc_profile())),
                                                       (PDF, scanned(attachment=True))]):
            item = MediaItem(source_url=f"https://api.twilio.com/x/Media/MF{number}", declared_type=content_type,
                             status="fetching", next_attempt_at=clock.now, created_at=clock.now)
            session.add(item)
            session.flush()
            fetcher._stored(session, item, content_type, len(data), fetcher._store(data, content_type), clock.now)
        staff = Contact(phone="+6281100000010")
        session.add(staff)
        session.flush()
        store_upload(session, svc.media_storage, jpeg_with_exif(), "image/jpeg", staff, clock.now, 10**6)
    assert set(scrubbers(svc).values()) == {SCRUBBER}
    assert redo(app, "--redo", "image/jpeg", "--redo", PDF).splitlines()[-1] == (
        "redo application/pdf,image/jpeg: cleaned=0 unchanged=0 uncleanable=0 missing=0 old_copies_deleted=0 "
        "checked_before=3")


def test_a_dry_run_counts_and_writes_nothing(app, svc, old):
    before, stored = snapshot(svc), files(svc)
    assert redo(app, "--redo", PDF, "--dry-run").splitlines()[-1] == (
        "dry run, nothing written: redo application/pdf: cleaned=4 unchanged=1 uncleanable=1 missing=1 "
        "old_copies_deleted=0 checked_before=0")
    assert snapshot(svc) == before and files(svc) == stored and pending(svc) == {}


def test_a_run_stopped_between_batches_keeps_the_shared_old_copy_and_the_next_run_finishes(app, svc, old,
                                                                                           monkeypatch):
    """Two items share the old copy: after the first's batch it is still the second's, so it stays. The next run,
    without --after, reads none of the items the first one finished."""
    from media import backfill

    first, second = old["scan with author and exif"], old["the same scan sent again"]
    old_copy = snapshot(svc)[first][2]
    real = killed_at_the_fourth_read(monkeypatch, svc.media_storage)
    with pytest.raises(RuntimeError):
        backfill.redo_stored(svc.session_factory, svc.media_storage, svc.clock(), [PDF], batch=1)
    now = snapshot(svc)
    assert now[first][2] != old_copy and now[second][2] == old_copy
    assert svc.media_storage.exists(old_copy), "the second item still uses it"
    every_reference_exists(svc)
    monkeypatch.setattr(svc.media_storage, "get", real)
    reads = counted_reads(monkeypatch, svc.media_storage)
    output = redo(app, "--redo", PDF)
    assert output.splitlines()[-1] == ("redo application/pdf: cleaned=1 unchanged=1 uncleanable=1 missing=1 "
                                       "old_copies_deleted=1 checked_before=3")
    assert len(reads) == 4, "the three items read before the stop are not read again"
    assert not svc.media_storage.exists(old_copy)
    every_reference_exists(svc)


@pytest.mark.parametrize("step", ["record", "delete"])
def test_a_crash_between_the_steps_leaves_no_item_pointing_at_a_deleted_file(app, svc, old, monkeypatch, step):
    """Killed after the new copies are written but before the items point at them, or after that commit but
    before the old files are deleted: every item still points at a file that is there."""
    from media import backfill

    real = backfill.sweep_old_copies

    def killed(*args):
        if step == "record" or len(args) > 2:  # the sweep after a batch's commit, not the one a run starts with
            raise RuntimeError("killed")
        return real(*args)

    monkeypatch.setattr(backfill, "_record_redo" if step == "record" else "sweep_old_copies", killed)
    before = snapshot(svc)
    with pytest.raises(RuntimeError):
        backfill.redo_stored(svc.session_factory, svc.media_storage, svc.clock(), [PDF])
    every_reference_exists(svc)
    assert (snapshot(svc) == before) is (step == "record"), "killed before the commit: the items are as they were"
    left = stored_keys(svc.media_storage) - referenced(svc)
    assert left and left <= set(pending(svc)), "every file the killed run left is named in media_file_pending"
    assert set(pending(svc).values()) == ({"written"} if step == "record" else {"written", "replaced"})
    monkeypatch.undo()
    redo(app, "--redo", PDF)
    every_reference_exists(svc)


@pytest.fixture
def old_on(request, svc, storage, monkeypatch):
    """The old items on each storage in turn: a folder, and a bucket on the local S3 server."""
    monkeypatch.setattr(svc, "media_storage", storage)
    return request.getfixturevalue("old")


def test_a_run_killed_between_its_commit_and_its_deletes_leaves_nothing_unreferenced_once_run_again(
        app, svc, old_on, monkeypatch):
    """The old copies a killed run's commit replaced are named on their items; the next run deletes them first,
    and reads none of the items that commit finished."""
    from media import backfill

    storage, real = svc.media_storage, backfill.sweep_old_copies
    assert stored_keys(storage) == referenced(svc), "nothing unreferenced before"
    old_copy = snapshot(svc)[old_on["scan with author and exif"]][2]

    def killed_after_the_commit(session_factory, storage, keys=None):
        if keys is not None:
            raise RuntimeError("killed between the commit and the deletes")
        return real(session_factory, storage, keys)

    monkeypatch.setattr(backfill, "sweep_old_copies", killed_after_the_commit)
    with pytest.raises(RuntimeError):
        backfill.redo_stored(svc.session_factory, storage, svc.clock(), [PDF], batch=4)
    assert storage.exists(old_copy) and old_copy not in referenced(svc), "left behind by the killed run"
    every_reference_exists(svc)

    monkeypatch.setattr(backfill, "sweep_old_copies", real)
    reads = counted_reads(monkeypatch, storage)
    output = redo(app, "--redo", PDF)
    assert output.splitlines()[-1] == ("redo application/pdf: cleaned=0 unchanged=1 uncleanable=1 missing=1 "
                                       "old_copies_deleted=1 checked_before=4")
    assert len(reads) == 3, "the batch committed before the kill is not read again"
    assert not storage.exists(old_copy)
    assert stored_keys(storage) == referenced(svc), "nothing in the storage that no item refers to"
    no_file_notes(svc)
    every_reference_exists(svc)


def pending(svc) -> dict[str, str]:
    """The files a run wrote before its commit or replaced by it, not yet settled (media_file_pending): reasons by
    key."""
    with svc.session_factory() as session:
        return dict(session.execute(select(MediaFilePending.key, MediaFilePending.reason)).all())


def no_file_notes(svc) -> None:
    """Nothing left to settle, and no item's `last_error` holds bookkeeping of files."""
    assert pending(svc) == {}
    with svc.session_factory() as session:
        assert not session.scalar(select(MediaItem.id).where(or_(MediaItem.last_error.contains("to delete"),
                                                                 MediaItem.last_error.contains("written"))))


def counted_reads(monkeypatch, storage) -> list:
    """The keys the storage is asked for from now on."""
    reads, real = [], storage.get

    def get(key):
        reads.append(key)
        return real(key)

    monkeypatch.setattr(storage, "get", get)
    return reads


def stored_keys(storage) -> set[str]:
    """Every key the storage holds: the files of its folder, the objects under its bucket's prefix."""
    if hasattr(storage, "root"):
        return {path.name for path in storage.root.rglob("*") if path.is_file()}
    pages = storage.client.get_paginator("list_objects_v2").paginate(Bucket=storage.bucket, Prefix=storage.prefix)
    return {entry["Key"].rsplit("/", 1)[-1] for page in pages for entry in page.get("Contents", [])}


def referenced(svc) -> set[str]:
    """The keys some item (whatever its status) has as its file or its copy."""
    with svc.session_factory() as session:
        rows = session.execute(select(MediaItem.sha256, MediaItem.clean_sha256)).all()
    return {key for row in rows for key in row if key} - {content_key(OLD["pdf gone from storage"][1])}


def test_a_copy_replaced_while_the_item_was_purged_is_not_recorded_and_its_new_file_goes(app, svc, old):
    from media import backfill

    item_id = old["scan with a ktp attached"]
    key = snapshot(svc)[item_id][1]
    outcome, new = backfill._clean_one(svc.media_storage, key, PDF, False)
    assert outcome == "cleaned" and svc.media_storage.exists(new)
    with svc.session_factory.begin() as session:
        item = session.get(MediaItem, item_id)
        item.status, item.sha256, item.clean_sha256 = "purged", None, None
    with svc.session_factory.begin() as session:
        backfill._record_redo(session, svc.media_storage, [(item_id, key, key, outcome, new)], svc.clock())
    assert not svc.media_storage.exists(new) and snapshot(svc)[item_id][:3] == ("purged", None, None)


def test_a_second_run_while_one_is_under_way_is_refused_and_touches_nothing(app, svc, old):
    """A run's first sweep deletes the copies noted as written but not committed: one run at a time (PostgreSQL's
    advisory lock, let go with the connection of a killed run; on SQLite a file lock beside the database; two real
    processes: tests/faults/test_media_clean_killed.py)."""
    from media import backfill

    before, stored = snapshot(svc), stored_keys(svc.media_storage)
    with backfill.one_run_at_a_time(svc.session_factory):
        result = app.test_cli_runner().invoke(args=["media", "clean", "--redo", PDF])
        assert result.exit_code == 1 and "another `flask media clean` run is under way" in result.output
    assert snapshot(svc) == before and stored_keys(svc.media_storage) == stored
    redo(app, "--redo", PDF)  # and once the first is over, it runs


@pytest.mark.parametrize("url, lock", [
    ("sqlite:////srv/penghubung/data.db", "/srv/penghubung/data.db.media-clean.lock"),
    ("sqlite:///instance/penghubung.db", "instance/penghubung.db.media-clean.lock"),
    ("sqlite:///file:/tmp/x.db?mode=rw&uri=true", "/tmp/x.db.media-clean.lock"),
    ("sqlite://", None), ("sqlite:///:memory:", None), ("sqlite:///file:mem?mode=memory&uri=true", None),
])
def test_the_sqlite_lock_is_a_file_beside_the_database(url, lock):
    from pathlib import Path

    from sqlalchemy import make_url

    from media.backfill import clean_lock_path

    assert clean_lock_path(make_url(url)) == (Path(lock) if lock else None)


def test_a_run_starts_by_deleting_the_files_left_in_media_file_pending_that_no_item_uses(app, svc, old, clock):
    """Rows a killed run left: a file no item uses goes (an old copy counts as deleted), one an item uses now
    stays (the same bytes sent again, or a copy the killed commit recorded), one already gone is no error; every
    row goes, and no item's `last_error` changed."""
    storage = svc.media_storage
    stray_old, stray_new = storage.put(b"%PDF-1.4 old copy", PDF), storage.put(b"%PDF-1.4 new copy", PDF)
    used = snapshot(svc)[old["scan with author and exif"]][2]
    gone = "f" * 64
    with svc.session_factory.begin() as session:
        session.add_all([MediaFilePending(key=stray_old, reason="replaced", noted_at=clock.now),
                         MediaFilePending(key=stray_new, reason="written", noted_at=clock.now),
                         MediaFilePending(key=used, reason="replaced", noted_at=clock.now),
                         MediaFilePending(key=gone, reason="replaced", noted_at=clock.now)])
    before = snapshot(svc)
    from media import backfill

    assert backfill.sweep_old_copies(svc.session_factory, storage) == 2, "old copies no item uses (one gone already)"
    assert not storage.exists(stray_old) and not storage.exists(stray_new) and storage.exists(used)
    assert pending(svc) == {} and snapshot(svc) == before
    assert stored_keys(storage) == referenced(svc)


def test_an_error_inside_a_run_is_raised_as_itself_when_the_lock_cannot_be_let_go(svc, caplog):
    """A run whose database connection died (a restart) raised the unlock's error from its `finally`, the run's own
    error only its context: the operator read «server closed the connection» for what had failed."""
    if svc.engine.dialect.name != "postgresql":
        pytest.skip("the advisory lock is PostgreSQL's (SQLite's file lock goes with its file descriptor)")
    from media import backfill

    with pytest.raises(ValueError, match="the run's own error"):
        with backfill.one_run_at_a_time(svc.session_factory):
            with svc.engine.connect() as other:  # the lock's connection ends, as a database restart ends it
                other.exec_driver_sql("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' "
                                      f"AND objid = {backfill.CLEAN_LOCK}")
            raise ValueError("the run's own error")
    assert "the lock of `flask media clean` was not let go" in caplog.text
    with backfill.one_run_at_a_time(svc.session_factory):  # it went with its connection: the next run may start
        pass
