"""`flask media clean`: the copies without metadata that documents and videos stored before `media.scrub` lack,
batch by batch, resumable, idempotent; and near misses it must leave alone."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lapor.media import ANONYMOUS, served_key
from models import MediaItem
from tests.media.test_scrub import NAME, QUICKTIME_BRANDS, letter, locked_letter, movie
from tests.media.test_scrub_embedded import NAMED, vorbis
from tests.media_samples import jpeg_with_exif, pdf, video, voice_note

# name: (content type, bytes, clean copy as stored before this change, status): what `flask media clean` reads
OLD = {
    "pdf with author": ("application/pdf", letter({"/Author": NAME}), None, "stored"),
    "pdf without metadata": ("application/pdf", pdf(), None, "stored"),
    "encrypted pdf": ("application/pdf", locked_letter(), None, "stored"),
    "mp4 with gps": ("video/mp4", movie(True), None, "stored"),
    "3gp without metadata": ("video/3gpp", video(), None, "stored"),
    "m4a with tags": ("audio/mp4", movie(False), None, "stored"),
    "mov with location": ("video/quicktime", movie(True, brands=QUICKTIME_BRANDS), None, "stored"),
    "pdf gone from storage": ("application/pdf", letter({"/Title": "Surat Budi"}), None, "stored"),
    "ogg with its maker's name": ("audio/ogg", vorbis(NAMED), None, "stored"),
    "voice note": ("audio/ogg", voice_note(), None, "stored"),  # its own copy
    # near misses: nothing to do
    "photo with its copy": ("image/jpeg", jpeg_with_exif(), "own", "stored"),
    "pdf cleaned at fetch": ("application/pdf", letter({"/Author": "Sari"}), "own", "stored"),
    "pdf purged": ("application/pdf", letter({"/Author": "Dewi"}), None, "purged"),
    "pdf not fetched yet": ("application/pdf", None, None, "pending"),
}
CHANGED = {"pdf with author", "mp4 with gps", "m4a with tags", "mov with location", "ogg with its maker's name"}
UNCHANGED = {"pdf without metadata", "3gp without metadata", "voice note"}


@pytest.fixture
def old(app, svc, clock):
    """Items stored as before `media.scrub`: their ids by name (a purged or pending item has no file)."""
    storage, ids = svc.media_storage, {}
    with svc.session_factory.begin() as session:
        for number, (name, (content_type, data, copy, status)) in enumerate(OLD.items()):
            key = storage.put(data, content_type) if data and status == "stored" else None
            clean = storage.put(data[:-1] + b" ", content_type) if copy and key else None
            item = MediaItem(source_url=f"https://api.twilio.com/x/Media/ME{number}", declared_type=content_type,
                             status=status, content_type=content_type if data else None,
                             size=len(data) if data else None, sha256=key, clean_sha256=clean,
                             next_attempt_at=clock.now, created_at=clock.now, stored_at=clock.now if key else None)
            session.add(item)
            session.flush()
            ids[name] = item.id
    storage.delete(storage.put(OLD["pdf gone from storage"][1], "application/pdf"))
    return ids


def snapshot(svc) -> dict:
    with svc.session_factory() as session:
        return {item.id: (item.status, item.sha256, item.clean_sha256, item.last_error)
                for item in session.scalars(select(MediaItem))}


def files(svc) -> set:
    return {path.name for path in svc.media_storage.root.rglob("*") if path.is_file()}


def clean(app, *args):
    result = app.test_cli_runner().invoke(args=["media", "clean", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_old_documents_and_videos_get_their_copy_and_a_second_run_does_nothing(app, svc, old):
    before = snapshot(svc)
    output = clean(app, "--batch", "3")
    assert output.splitlines()[-1] == "cleaned=5 unchanged=3 uncleanable=1 missing=1 known_uncleanable=0"
    assert output.count("up to media item") == 4, "ten items in batches of three"
    after = snapshot(svc)
    for name in set(OLD) - CHANGED - UNCHANGED - {"pdf gone from storage", "encrypted pdf"}:
        assert after[old[name]] == before[old[name]], name
    assert after[old["encrypted pdf"]][:3] == before[old["encrypted pdf"]][:3], "noted, still without a copy"
    with svc.session_factory() as session:
        for name in CHANGED:
            item = session.get(MediaItem, old[name])
            copy = svc.media_storage.get(item.clean_sha256)
            assert served_key(item, ANONYMOUS) == item.clean_sha256 != item.sha256, name
            assert b"Budi" not in copy and b"+07.2500" not in copy, name
        for name in UNCHANGED:
            item = session.get(MediaItem, old[name])
            assert served_key(item, ANONYMOUS) == item.clean_sha256 == item.sha256, name
        assert served_key(session.get(MediaItem, old["encrypted pdf"]), ANONYMOUS) is None, "still withheld"
        gone = session.get(MediaItem, old["pdf gone from storage"])
        assert gone.status == "failed" and "missing" in gone.last_error, "the page says it is missing"

    stored, done = files(svc), snapshot(svc)
    assert clean(app).splitlines() == ["cleaned=0 unchanged=0 uncleanable=0 missing=0 known_uncleanable=1"]
    assert snapshot(svc) == done and files(svc) == stored, "the second run writes nothing"


def test_a_file_found_uncleanable_is_not_read_again_unless_asked(app, svc, old, monkeypatch):
    """An encrypted or broken file stays withheld: each run read it again for nothing (a 16 MB PDF, every night).
    It is noted on the item (`last_error`, no migration) and read again with --again (a better scrubber)."""
    first = clean(app)
    assert first.splitlines()[-1] == "cleaned=5 unchanged=3 uncleanable=1 missing=1 known_uncleanable=0"
    with svc.session_factory() as session:
        item = session.get(MediaItem, old["encrypted pdf"])
        assert item.status == "stored" and item.last_error.startswith("no copy without metadata")
        assert served_key(item, ANONYMOUS) is None
    reads, real = [], svc.media_storage.get
    monkeypatch.setattr(svc.media_storage, "get", lambda key: reads.append(key) or real(key))
    for _ in range(2):
        assert clean(app).splitlines()[-1] == "cleaned=0 unchanged=0 uncleanable=0 missing=0 known_uncleanable=1"
    assert clean(app, "--dry-run").splitlines()[-1].endswith("known_uncleanable=1")
    assert reads == [], "nothing read again"
    assert clean(app, "--again").splitlines()[-1] == "cleaned=0 unchanged=0 uncleanable=1 missing=0 known_uncleanable=0"
    assert len(reads) == 1


def test_a_file_found_uncleanable_at_fetch_is_not_read_by_the_first_run_either(app, svc, clock):
    from media.fetch import MediaFetcher

    fetcher = MediaFetcher(svc.session_factory, svc.media_storage, app.config)
    keys = fetcher._store(locked_letter(), "application/pdf")
    assert keys[1] is None
    with svc.session_factory.begin() as session:
        item = MediaItem(source_url="https://api.twilio.com/x/Media/ME99", declared_type="application/pdf",
                         status="fetching", next_attempt_at=clock.now, created_at=clock.now)
        session.add(item)
        session.flush()
        fetcher._stored(session, item, "application/pdf", 100, keys, clock.now)
    assert clean(app).splitlines() == ["cleaned=0 unchanged=0 uncleanable=0 missing=0 known_uncleanable=1"]


def test_a_dry_run_counts_what_a_run_would_do_and_writes_nothing(app, svc, old):
    before, stored = snapshot(svc), files(svc)
    output = clean(app, "--dry-run")
    assert output.splitlines()[-1] == (
        "dry run, nothing written: cleaned=5 unchanged=3 uncleanable=1 missing=1 known_uncleanable=0")
    assert snapshot(svc) == before and files(svc) == stored


def killed_at_the_fourth_read(monkeypatch, storage):
    """Make the storage's fourth read raise, as a process killed in the middle of a run; the real read returned."""
    reads, real = [], storage.get

    def get(key):
        reads.append(key)
        if len(reads) == 4:
            raise RuntimeError("killed")
        return real(key)

    monkeypatch.setattr(storage, "get", get)
    return real


def test_a_run_cut_short_keeps_its_committed_batches_and_the_next_one_finishes(app, svc, old, monkeypatch):
    from media import backfill

    real = killed_at_the_fourth_read(monkeypatch, svc.media_storage)
    with pytest.raises(RuntimeError):
        backfill.clean_stored(svc.session_factory, svc.media_storage, svc.clock(), batch=2)
    with svc.session_factory() as session:
        first_two = [session.get(MediaItem, old[name]).clean_sha256 for name in ("pdf with author",
                                                                                "pdf without metadata")]
        assert all(first_two) and session.get(MediaItem, old["mp4 with gps"]).clean_sha256 is None
    monkeypatch.setattr(svc.media_storage, "get", real)
    assert str(backfill.clean_stored(svc.session_factory, svc.media_storage, svc.clock(), batch=2)) == (
        "cleaned=4 unchanged=2 uncleanable=1 missing=1 known_uncleanable=0"), "only what the first run did not commit"


def test_a_copy_made_while_the_item_was_purged_is_not_left_behind(app, svc, old):
    """The erasure of a complaint between the read and the commit: the item stays purged, its copy is deleted."""
    from media import backfill

    item_id = old["pdf with author"]
    key = snapshot(svc)[item_id][1]
    outcome, clean_key = backfill._clean_one(svc.media_storage, key, "application/pdf", False)
    assert outcome == "cleaned" and svc.media_storage.exists(clean_key)
    with svc.session_factory.begin() as session:
        item = session.get(MediaItem, item_id)
        item.status, item.sha256 = "purged", None
    with svc.session_factory.begin() as session:
        backfill._record(session, svc.media_storage, item_id, key, clean_key)
    assert not svc.media_storage.exists(clean_key) and snapshot(svc)[item_id][:3] == ("purged", None, None)


def test_a_copy_shared_with_an_item_purged_earlier_in_the_batch_is_kept(app, svc, old):
    """Review: two items of the same original share one copy; the first purged meanwhile, its copy was deleted
    before the second item of the batch was pointed at it (the second then named a file gone)."""
    from media import backfill

    gone, kept = old["pdf with author"], old["pdf without metadata"]
    key = snapshot(svc)[gone][1]
    outcome, clean_key = backfill._clean_one(svc.media_storage, key, "application/pdf", False)
    with svc.session_factory.begin() as session:
        session.get(MediaItem, gone).status, session.get(MediaItem, gone).sha256 = "purged", None
        twin = session.get(MediaItem, kept)
        twin.sha256, twin.clean_sha256, twin.content_type = key, None, "application/pdf"
    with svc.session_factory.begin() as session:
        backfill._record_batch(session, svc.media_storage, [(gone, key, outcome, clean_key),
                                                           (kept, key, outcome, clean_key)], svc.clock())
    assert snapshot(svc)[kept][2] == clean_key and svc.media_storage.exists(clean_key)


def test_pdfs_found_uncleanable_for_a_jpeg_2000_or_inline_photo_get_their_copy_with_again(app, svc, clock):
    """The upgrade path of the PDFs whose JPEG 2000 or inline JPEG photo made them uncleanable before: noted so on
    the item, withheld from an anonymous complaint's agencies, they get their copy from `--again`."""
    from media.scrub import uncleanable_note
    from tests.media.test_scrub_embedded import WITH_XMP, inline, jp2, with_inline, with_jpx

    sent = {"jpeg 2000": with_jpx(jp2(boxes=WITH_XMP)), "inline jpeg": with_inline(inline(b"/F /DCT",
                                                                                          jpeg_with_exif()))}
    with svc.session_factory.begin() as session:
        for name, data in sent.items():
            session.add(MediaItem(source_url=f"https://api.twilio.com/x/Media/{name}", declared_type="application/pdf",
                                  status="stored", content_type="application/pdf", size=len(data),
                                  sha256=svc.media_storage.put(data, "application/pdf"), clean_sha256=None,
                                  last_error=uncleanable_note(clock.now), next_attempt_at=clock.now,
                                  created_at=clock.now, stored_at=clock.now))
    assert clean(app).splitlines()[-1].endswith("known_uncleanable=2")
    assert clean(app, "--again").splitlines()[-1] == (
        "cleaned=2 unchanged=0 uncleanable=0 missing=0 known_uncleanable=0")
    with svc.session_factory() as session:
        for item in session.scalars(select(MediaItem)):
            copy = svc.media_storage.get(served_key(item, ANONYMOUS))
            assert b"Budi" not in copy and b"Samsung" not in copy
            assert item.last_error is None, "no longer noted as uncleanable"
