"""`GET /media/<id>`: signed, expiring links; the right headers; ranges for audio and video; nothing else open."""

from __future__ import annotations

from datetime import timedelta

import pytest

from lapor.media import ANONYMOUS, CLEAN, ORIGINAL
from media import links
from scheduler.jobs import fetch_media
from tests.conftest import WhatsApp
from tests.media.test_fetch import media_form
from tests.media_samples import exif_of, jpeg_with_exif, pdf, voice_note

PHONE = "+6281234567890"
LIFETIME = 3600


@pytest.fixture
def app(make_app, media_host):
    return make_app(MEDIA_LINK_SECONDS=LIFETIME)


@pytest.fixture
def stored(app, svc):
    """A photo, a voice note and a PDF letter a citizen sent, fetched and stored: their ids by kind."""
    sent = {"image": (jpeg_with_exif(), "image/jpeg"), "audio": (voice_note(50_000), "audio/ogg"),
            "document": (pdf(), "application/pdf")}
    from tests.fake_twilio import FakeTwilio

    with FakeTwilio(media_auth=False) as fake:
        app.config["TWILIO_API_BASE_URL"] = fake.base_url
        urls = {kind: fake.add_media(data, content_type) for kind, (data, content_type) in sent.items()}
        WhatsApp(app).send(PHONE, "bukti", **media_form(*[(urls[k], sent[k][1]) for k in sent]))
        assert fetch_media(svc, svc.clock()).startswith("stored=3")
    return {kind: index + 1 for index, kind in enumerate(sent)} | {"bytes": {k: v[0] for k, v in sent.items()}}


def path(svc, item_id, variant=CLEAN, lifetime=LIFETIME):
    return links.url(svc.config, item_id, variant, svc.clock(), timedelta(seconds=lifetime))


def test_a_signed_link_works_for_its_lifetime_and_not_after(app, svc, stored, clock):
    client = app.test_client()
    link = path(svc, stored["image"])
    assert client.get(link).status_code == 200
    clock.advance(seconds=LIFETIME - 1)
    assert client.get(link).status_code == 200
    clock.advance(seconds=1)
    assert client.get(link).status_code == 403


def test_a_changed_byte_in_the_token_is_refused(app, svc, stored):
    client = app.test_client()
    link = path(svc, stored["image"])
    head, token = link.split("?t=")
    for index in range(0, len(token), max(len(token) // 12, 1)):
        changed = token[:index] + ("A" if token[index] != "A" else "B") + token[index + 1:]
        assert client.get(f"{head}?t={changed}").status_code == 403, index
    other = path(svc, stored["audio"]).split("?t=")[1]
    assert client.get(f"{head}?t={other}").status_code == 403  # a token opens only its own item
    assert client.get(head).status_code == 403


def test_images_are_served_inline_without_metadata_unless_the_link_is_for_the_original(app, svc, stored):
    client = app.test_client()
    clean = client.get(path(svc, stored["image"]))
    assert clean.mimetype == "image/jpeg" and clean.headers["X-Content-Type-Options"] == "nosniff"
    assert clean.headers["Content-Disposition"].startswith("inline") and exif_of(clean.data) == {}
    original = client.get(path(svc, stored["image"], ORIGINAL))
    assert original.data == stored["bytes"]["image"]


def test_documents_are_downloads(app, svc, stored):
    response = app.test_client().get(path(svc, stored["document"]))
    assert response.mimetype == "application/pdf" and response.data == stored["bytes"]["document"]
    assert response.headers["Content-Disposition"] == f'attachment; filename="lampiran-{stored["document"]}.pdf"'
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_voice_notes_answer_range_requests(app, svc, stored):
    link = path(svc, stored["audio"])
    response = app.test_client().get(link, headers={"Range": "bytes=100-199"})
    assert response.status_code == 206 and response.mimetype == "audio/ogg"
    assert response.data == stored["bytes"]["audio"][100:200]
    assert response.headers["Content-Range"] == f"bytes 100-199/{len(stored['bytes']['audio'])}"
    assert app.test_client().get(link).headers["Accept-Ranges"] == "bytes"


@pytest.mark.parametrize("url", ["/media/", "/media", "/media/../instance", "/media/abc", "/media/999?t=x"])
def test_nothing_else_is_served(app, svc, stored, url):
    assert app.test_client().get(url).status_code in (403, 404)


def test_an_item_not_fetched_yet_is_not_found(app, svc, clock):
    WhatsApp(app).send(PHONE, "", **media_form(("https://api.twilio.com/x/Media/ME9", "image/jpeg")))
    assert app.test_client().get(path(svc, 1)).status_code == 404


def test_a_stored_item_whose_file_is_gone_is_not_found_and_operators_hear_of_it(app, svc, stored, caplog):
    import logging

    from models import MediaItem

    with svc.session_factory() as session:
        item = session.get(MediaItem, stored["document"])
        svc.media_storage.delete(item.sha256)
    with caplog.at_level(logging.ERROR, logger="media.web"):
        answer = app.test_client().get(path(svc, stored["document"], ORIGINAL))
    assert answer.status_code == 404 and "missing" in caplog.text
    assert "tidak ditemukan lagi" in answer.get_data(as_text=True), "a clear page, not a bare 404"
    with svc.session_factory() as session:  # the complaint page says so from now on, without asking the storage
        item = session.get(MediaItem, stored["document"])
        assert item.status == "failed" and item.stored_at is not None and "missing" in item.last_error


def test_every_item_sharing_a_missing_file_is_marked_with_the_one_opened(app, svc, stored, clock):
    """The same photo sent twice is stored once: its file gone, both items are missing, not only the one opened."""
    from models import MediaItem

    with svc.session_factory.begin() as session:
        first = session.get(MediaItem, stored["image"])
        twin = MediaItem(source_url="https://api.twilio.com/x/Media/ME2", declared_type="image/jpeg",
                         status="stored", content_type="image/jpeg", size=first.size, sha256=first.sha256,
                         clean_sha256=first.clean_sha256, stored_at=clock.now, next_attempt_at=clock.now)
        session.add(twin)
        session.flush()
        twin_id = twin.id
        svc.media_storage.delete(first.clean_sha256)
    assert app.test_client().get(path(svc, stored["image"])).status_code == 404
    with svc.session_factory() as session:
        assert session.get(MediaItem, twin_id).status == "failed"
        assert session.get(MediaItem, stored["audio"]).status == "stored", "other files untouched"


@pytest.mark.parametrize("variant, served", [(ANONYMOUS, False), (CLEAN, True), (ORIGINAL, True)])
def test_a_document_without_a_copy_free_of_metadata_is_withheld_from_an_anonymous_complaints_readers(
        app, svc, stored, variant, served):
    """An encrypted or broken PDF (no copy without its author): verifiers (ORIGINAL) and readers of a named
    complaint still get it; a voice note, which has no such copy, goes to everyone."""
    from models import MediaItem

    with svc.session_factory.begin() as session:
        item = session.get(MediaItem, stored["document"])
        assert item.clean_sha256 == item.sha256  # a PDF without metadata: its copy is itself
        item.clean_sha256 = None
    client = app.test_client()
    assert client.get(path(svc, stored["document"], variant)).status_code == (200 if served else 404)
    assert client.get(path(svc, stored["audio"], variant)).data == stored["bytes"]["audio"]
    with svc.session_factory() as session:
        assert session.get(MediaItem, stored["document"]).status == "stored", "withheld, not marked missing"


# --- streamed from the storage: never the whole item in memory, with its length, ETag and ranges ----------------


@pytest.fixture
def on_storage(app, svc, storage, monkeypatch):
    """A large video, a voice note and a photo stored on each storage in turn (a folder, a bucket on moto's server),
    with the whole-file read `Storage.get` forbidden: the link must stream."""
    from tests.media.test_backfill_redo import counted_reads

    monkeypatch.setattr(svc, "media_storage", storage)
    video = b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 4096  # about 1 MB
    with svc.session_factory.begin() as session:
        from models import MediaItem

        for number, (data, content_type) in enumerate([(video, "video/mp4"), (voice_note(50_000), "audio/ogg")]):
            key = storage.put(data, content_type)
            session.add(MediaItem(source_url=f"https://api.twilio.com/x/Media/ME{number}", declared_type=content_type,
                                  status="stored", content_type=content_type, size=len(data), sha256=key,
                                  clean_sha256=key, stored_at=svc.clock(), next_attempt_at=svc.clock()))
    reads = counted_reads(monkeypatch, storage)
    yield {"video": (1, video), "audio": (2, voice_note(50_000))}
    assert reads == [], "no whole-file read to serve a link"


def test_a_link_streams_the_file_with_its_length_and_its_content_hash_as_etag(app, svc, on_storage):
    from media.storage import content_key

    item_id, data = on_storage["video"]
    response = app.test_client().get(path(svc, item_id), buffered=False)
    assert response.is_streamed
    assert response.headers["Content-Length"] == str(len(data))
    assert response.headers["ETag"] == f'"{content_key(data)}"'
    assert response.headers["Accept-Ranges"] == "bytes" and response.mimetype == "video/mp4"
    assert b"".join(response.response) == data
    response.close()


@pytest.mark.parametrize("asked, start, end", [("bytes=0-0", 0, 0), ("bytes=100-199", 100, 199),
                                               ("bytes=1000000-", 1000000, None), ("bytes=-500", -500, None)])
def test_a_player_seeking_gets_just_the_range(app, svc, on_storage, asked, start, end):
    item_id, data = on_storage["video"]
    first = start if start >= 0 else len(data) + start
    last = len(data) - 1 if end is None else end
    response = app.test_client().get(path(svc, item_id), headers={"Range": asked})
    assert response.status_code == 206 and response.data == data[first:last + 1]
    assert response.headers["Content-Range"] == f"bytes {first}-{last}/{len(data)}"
    assert response.headers["Content-Length"] == str(last - first + 1)


def test_conditional_requests_answer_304_and_a_stale_if_range_gets_the_whole_file(app, svc, on_storage):
    item_id, data = on_storage["audio"]
    client, link = app.test_client(), path(svc, item_id)
    etag = client.get(link).headers["ETag"]
    again = client.get(link, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    assert client.get(link, headers={"If-None-Match": '"other"'}).status_code == 200
    ranged = client.get(link, headers={"Range": "bytes=10-19", "If-Range": etag})
    assert ranged.status_code == 206 and ranged.data == data[10:20]
    stale = client.get(link, headers={"Range": "bytes=10-19", "If-Range": '"older"'})
    assert stale.status_code == 200 and stale.data == data
    assert client.get(link, headers={"Range": f"bytes={len(data)}-"}).status_code == 416
    head = client.head(link)
    assert head.status_code == 200 and head.headers["Content-Length"] == str(len(data)) and head.data == b""


def test_a_304_asks_nothing_of_the_storage(app, svc, on_storage, monkeypatch):
    """Review: the file was opened (on a bucket, a HEAD request) before the ETag, which is its key, was compared."""
    item_id, _ = on_storage["audio"]
    client, link = app.test_client(), path(svc, item_id)
    etag = client.get(link).headers["ETag"]
    monkeypatch.setattr(svc.media_storage, "open", lambda key: pytest.fail("opened for a 304"))
    again = client.get(link, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.headers["ETag"] == etag and again.data == b""
    assert again.headers["Cache-Control"] == "private, max-age=300"


def test_a_range_is_read_from_the_bucket_as_a_range(app, svc, on_storage, monkeypatch):
    """On object storage a seek asks the bucket for that range only (no download from the start)."""
    storage = svc.media_storage
    if not hasattr(storage, "client"):
        pytest.skip("object storage only")
    asked, real = [], storage.client.get_object

    def get_object(**params):
        asked.append(params.get("Range"))
        return real(**params)

    monkeypatch.setattr(storage.client, "get_object", get_object)
    item_id, data = on_storage["video"]
    response = app.test_client().get(path(svc, item_id), headers={"Range": "bytes=900000-900099"})
    assert response.data == data[900000:900100]
    assert asked == ["bytes=900000-900099"]


def test_a_file_gone_from_the_bucket_or_folder_is_still_found_out_when_streamed(app, svc, on_storage):
    from models import MediaItem

    item_id, data = on_storage["audio"]
    from media.storage import content_key

    svc.media_storage.delete(content_key(data))
    answer = app.test_client().get(path(svc, item_id))
    assert answer.status_code == 404 and "tidak ditemukan lagi" in answer.get_data(as_text=True)
    with svc.session_factory() as session:
        assert session.get(MediaItem, item_id).status == "failed"
