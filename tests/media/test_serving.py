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
