"""The fetch job against a fake Twilio serving real image, audio and PDF bytes behind basic auth."""

from __future__ import annotations

import hashlib
import logging

import pytest
from sqlalchemy import func, select

from bot.transports import ConsoleTransport
from models import MediaItem, OutboxMessage
from scheduler.jobs import fetch_media
from tests.conftest import WhatsApp
from tests.fake_twilio import DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN
from tests.media_samples import GPS_IFD, exif_of, jpeg_with_exif, pdf, png, video, voice_note
from tests.parties import CITIZEN, DESCRIPTION, Citizen


def media_form(*items: tuple[str, str]) -> dict:
    """The media fields of a Twilio inbound form: (url, content type) per item."""
    form = {"NumMedia": str(len(items))}
    for index, (url, content_type) in enumerate(items):
        form[f"MediaUrl{index}"], form[f"MediaContentType{index}"] = url, content_type
    return form


@pytest.fixture
def app(make_app, twilio):
    """An app with Twilio credentials whose media comes from the fake (the console transport sends)."""
    return make_app(transport=ConsoleTransport(), TWILIO_ACCOUNT_SID=DEFAULT_ACCOUNT_SID,
                    TWILIO_AUTH_TOKEN=DEFAULT_AUTH_TOKEN, TWILIO_WHATSAPP_FROM="whatsapp:+14155238886",
                    TWILIO_API_BASE_URL=twilio.base_url)


class Person(Citizen):
    def __init__(self, app, phone=CITIZEN):
        super().__init__(app, phone)
        self.wa = WhatsApp(app, DEFAULT_AUTH_TOKEN)


@pytest.fixture
def person(app):
    return Person(app)


def items(svc) -> list[MediaItem]:
    with svc.session_factory() as session:
        return session.scalars(select(MediaItem).order_by(MediaItem.id)).all()


def test_photo_voice_note_and_letter_are_fetched_with_the_accounts_credentials_and_stored(person, svc, twilio):
    sent = [(jpeg_with_exif(), "image/jpeg"), (voice_note(), "audio/ogg"), (pdf(), "application/pdf")]
    urls = [twilio.add_media(data, kind) for data, kind in sent]
    reply = person.says("Ini buktinya", **media_form(*zip(urls, [kind for _, kind in sent], strict=True)))
    assert "1 foto, 1 pesan suara, 1 dokumen" in reply
    assert [item.status for item in items(svc)] == ["pending"] * 3  # the webhook downloaded nothing
    assert [twilio.media_fetches(url) for url in urls] == [0, 0, 0]
    assert fetch_media(svc, svc.clock()) == "stored=3 retried=0 refused=0 failed=0"
    stored = items(svc)
    assert [item.content_type for item in stored] == ["image/jpeg", "audio/ogg", "application/pdf"]
    for item, (data, _) in zip(stored, sent, strict=True):
        assert item.sha256 == hashlib.sha256(data).hexdigest() and item.size == len(data)
        assert svc.media_storage.get(item.sha256) == data
    assert [twilio.media_fetches(url) for url in urls] == [1, 1, 1]
    assert fetch_media(svc, svc.clock()).startswith("stored=0")  # nothing fetched twice


def test_a_photo_sent_twice_is_stored_once(person, svc, twilio, tmp_path):
    photo = jpeg_with_exif()
    first, second = twilio.add_media(photo, "image/jpeg"), twilio.add_media(photo, "image/jpeg")
    person.says("", **media_form((first, "image/jpeg")))
    person.says("lagi", **media_form((second, "image/jpeg")))
    fetch_media(svc, svc.clock())
    one, two = items(svc)
    assert one.sha256 == two.sha256 and one.clean_sha256 == two.clean_sha256
    assert len([path for path in (tmp_path / "media").rglob("*") if path.is_file()]) == 2  # original + clean


def test_images_are_kept_without_metadata_for_everyone_but_verifiers(person, svc, twilio):
    photo = jpeg_with_exif(size=(80, 40), orientation=6)  # taken with the phone turned: shown rotated
    assert exif_of(photo)[0x010F] == "Samsung" and GPS_IFD in exif_of(photo)
    person.says("", **media_form((twilio.add_media(photo, "image/jpeg"), "image/jpeg"),
                                 (twilio.add_media(png(), "image/png"), "image/png")))
    fetch_media(svc, svc.clock())
    jpeg, picture = items(svc)
    clean = svc.media_storage.get(jpeg.clean_sha256)
    assert exif_of(clean) == {}  # no GPS position, device or time
    import io

    from PIL import Image
    with Image.open(io.BytesIO(clean)) as image:
        assert image.size == (40, 80) and image.format == "JPEG"  # the orientation applied, not lost
    assert svc.media_storage.get(jpeg.sha256) == photo  # the original, for the verifiers
    assert picture.clean_sha256 and exif_of(svc.media_storage.get(picture.clean_sha256)) == {}


@pytest.mark.parametrize("declared", ["video/quicktime", "application/octet-stream"])
def test_an_iphone_video_sent_as_a_document_is_kept_without_its_location(person, svc, twilio, declared):
    """WhatsApp re-encodes a video sent as media to MP4, but sends one attached as a document as it is: an iPhone's
    MOV, its GPS position in `moov/meta` and `udta`."""
    from tests.media.test_scrub import GPS, QUICKTIME_BRANDS, movie

    sent = movie(True, brands=QUICKTIME_BRANDS)
    reply = person.says("", **media_form((twilio.add_media(sent, declared), declared)))
    if declared != "video/quicktime":  # not declared as a type kept: not noted (the webhook downloads nothing)
        assert "tidak bisa kami simpan" in reply and not items(svc)
        return
    assert "(1 video)" in reply
    assert fetch_media(svc, svc.clock()) == "stored=1 retried=0 refused=0 failed=0"
    (item,) = items(svc)
    assert item.content_type == "video/quicktime" and item.kind == "video"
    assert svc.media_storage.get(item.sha256) == sent
    assert GPS not in svc.media_storage.get(item.clean_sha256)


def test_an_oversized_file_is_cut_off_while_streaming_and_the_sender_is_told(make_app, twilio, caplog):
    app = make_app(transport=ConsoleTransport(), TWILIO_ACCOUNT_SID=DEFAULT_ACCOUNT_SID,
                   TWILIO_AUTH_TOKEN=DEFAULT_AUTH_TOKEN, TWILIO_WHATSAPP_FROM="whatsapp:+14155238886",
                   TWILIO_API_BASE_URL=twilio.base_url, MEDIA_MAX_BYTES=200_000)
    person = Person(app)
    huge = video(40_000_000)
    url = twilio.add_media(huge, "video/mp4", with_length=False)  # no Content-Length: only reading tells
    announced = twilio.add_media(video(20_000_000), "video/mp4")
    reply = person.says("Videonya", **media_form((url, "video/mp4"), (announced, "video/mp4")))
    assert "(2 video)" in reply
    svc = app.extensions["penghubung"]
    with caplog.at_level(logging.WARNING):
        assert fetch_media(svc, svc.clock()) == "stored=0 retried=0 refused=2 failed=0"
    assert [item.status for item in items(svc)] == ["refused", "refused"]
    assert twilio.media_written(url) < 10_000_000  # stopped reading long before the end
    assert twilio.media_written(announced) < 10_000_000  # refused on its announced length, not read
    with svc.session_factory() as session:
        told = session.scalars(select(OutboxMessage.body).where(OutboxMessage.recipient == CITIZEN)).all()
    assert len(told) == 2 and all("terlalu besar" in body and "PDF" in body for body in told)
    assert not list((app.extensions["penghubung"].media_storage.root).rglob("*.*"))


def test_bytes_that_are_not_what_they_claim_are_refused(person, svc, twilio):
    page = b"<html><body>Not a photo</body></html>" * 10
    url = twilio.add_media(page, "image/jpeg")
    person.says("", **media_form((url, "image/jpeg")))
    assert fetch_media(svc, svc.clock()).startswith("stored=0 retried=0 refused=1")
    (item,) = items(svc)
    assert item.status == "refused" and item.sha256 is None
    with svc.session_factory() as session:
        body = session.scalars(select(OutboxMessage.body).where(OutboxMessage.recipient == CITIZEN)).one()
    assert "tidak bisa dibuka" in body and "foto" in body


def test_twilio_down_then_back_every_item_is_fetched_once(person, svc, twilio, clock):
    urls = [twilio.add_media(jpeg_with_exif(colour=(i * 20, 0, 0)), "image/jpeg") for i in range(3)]
    person.says("", **media_form(*[(url, "image/jpeg") for url in urls]))
    twilio.down()
    assert fetch_media(svc, clock.now) == "stored=0 retried=3 refused=0 failed=0"
    assert fetch_media(svc, clock.now).startswith("stored=0 retried=0")  # backing off, not hammering
    twilio.up()
    clock.advance(minutes=2)
    assert fetch_media(svc, clock.now) == "stored=3 retried=0 refused=0 failed=0"
    assert [twilio.media_fetches(url) for url in urls] == [1, 1, 1]
    assert fetch_media(svc, clock.advance(hours=2)).startswith("stored=0 retried=0")


def test_a_worker_that_is_stopping_hands_claimed_items_back_untried(person, svc, twilio, clock):
    urls = [twilio.add_media(jpeg_with_exif(colour=(i * 30, 9, 0)), "image/jpeg") for i in range(3)]
    person.says("", **media_form(*[(url, "image/jpeg") for url in urls]))
    svc.stopping.set()  # SIGTERM reached the scheduler process
    assert fetch_media(svc, clock.now) == "stored=0 retried=0 refused=0 failed=0 handed_back=3"
    assert [(item.status, item.attempts, item.lease_until) for item in items(svc)] == [("pending", 0, None)] * 3
    assert [twilio.media_fetches(url) for url in urls] == [0, 0, 0]
    svc.stopping.clear()  # another worker, at once
    assert fetch_media(svc, clock.now) == "stored=3 retried=0 refused=0 failed=0"


PASS = "stored={stored} retried={retried} refused=0 failed={failed}"


@pytest.mark.parametrize("before, passes", [
    # Twilio answers 404 for a moment after its webhook (the media not propagated yet): tried again, not given up
    ([404], ["retried", "stored"]),
    ([404, 404, 404], ["retried", "retried", "retried", "stored"]),
    # a 200 with no bytes is a download gone wrong, not a file of a type we refuse
    (["empty"], ["retried", "stored"]),
    ([404, "empty"], ["retried", "retried", "stored"]),
    # an outage, as before
    ([503], ["retried", "stored"]),
    ([500, 502], ["retried", "retried", "stored"]),
    # near misses: gone for good and a malformed request are final at once
    ([410], ["failed"]),
    ([400], ["failed"]),
])
def test_media_not_there_yet_right_after_the_webhook_is_tried_again(person, svc, twilio, clock, before, passes):
    url = twilio.add_media(jpeg_with_exif(), "image/jpeg", before=before)
    person.says("", **media_form((url, "image/jpeg")))
    for step, outcome in enumerate(passes):
        at = clock.advance(minutes=2) if step else clock.now
        assert fetch_media(svc, at) == PASS.format(**{"stored": 0, "retried": 0, "failed": 0, outcome: 1})
    assert items(svc)[0].status == passes[-1].replace("retried", "pending")
    with svc.session_factory() as session:
        told = session.scalars(select(OutboxMessage.body).where(OutboxMessage.recipient == CITIZEN)).all()
    assert len(told) == (passes[-1] == "failed")


@pytest.mark.parametrize("before", [[404] * 20, ["empty"] * 20, [404, "empty"] * 10])
def test_media_still_not_there_minutes_later_is_given_up_loudly_and_the_sender_told_to_resend(
        person, svc, twilio, clock, caplog, before):
    url = twilio.add_media(jpeg_with_exif(), "image/jpeg", before=before)
    person.says("", **media_form((url, "image/jpeg")))
    outcomes = [fetch_media(svc, clock.now if step == 0 else clock.advance(minutes=3)) for step in range(5)]
    with caplog.at_level(logging.ERROR):
        outcomes.append(fetch_media(svc, clock.advance(minutes=3)))
    assert outcomes[0] == PASS.format(stored=0, retried=1, failed=0)
    assert outcomes[-1] == PASS.format(stored=0, retried=0, failed=1) and "given up" in caplog.text
    assert items(svc)[0].status == "failed"
    with svc.session_factory() as session:
        told = session.scalars(select(OutboxMessage.body).where(OutboxMessage.recipient == CITIZEN)).all()
    assert len(told) == 1 and "tidak dapat kami ambil" in told[0] and "jenis" not in told[0]


def test_media_deleted_on_twilio_is_given_up_loudly(person, svc, twilio, clock, caplog):
    url = twilio.base_url + f"/2010-04-01/Accounts/{DEFAULT_ACCOUNT_SID}/Messages/MM1/Media/ME{'0' * 32}"
    person.says("", **media_form((url, "image/jpeg")))
    assert fetch_media(svc, svc.clock()) == "stored=0 retried=1 refused=0 failed=0"  # maybe not there yet
    with caplog.at_level(logging.ERROR):
        assert fetch_media(svc, clock.advance(minutes=15)) == "stored=0 retried=0 refused=0 failed=1"
    assert items(svc)[0].status == "failed" and "given up" in caplog.text


def test_the_sender_of_media_given_up_is_told_to_send_it_again_once(person, svc, twilio, clock):
    url = twilio.base_url + f"/2010-04-01/Accounts/{DEFAULT_ACCOUNT_SID}/Messages/MM1/Media/ME{'0' * 32}"
    person.says("1")
    person.says("1")
    person.says(DESCRIPTION, **media_form((url, "image/jpeg")))
    fetch_media(svc, svc.clock())
    fetch_media(svc, clock.advance(hours=2))
    with svc.session_factory() as session:
        told = session.scalars(select(OutboxMessage.body).where(OutboxMessage.recipient == CITIZEN)).all()
    assert len(told) == 1 and "tidak dapat kami ambil" in told[0] and "kirim ulang" in told[0].lower()


def test_wrong_credentials_stop_the_pass_and_are_retried_not_given_up(make_app, twilio, clock, caplog):
    app = make_app(transport=ConsoleTransport(), TWILIO_ACCOUNT_SID=DEFAULT_ACCOUNT_SID,
                   TWILIO_AUTH_TOKEN="rotated-token", TWILIO_WHATSAPP_FROM="whatsapp:+14155238886",
                   TWILIO_API_BASE_URL=twilio.base_url, MEDIA_FETCH_WORKERS=1)
    urls = [twilio.add_media(jpeg_with_exif(), "image/jpeg") for _ in range(3)]
    WhatsApp(app, "rotated-token").send(CITIZEN, "", **media_form(*[(url, "image/jpeg") for url in urls]))
    svc = app.extensions["penghubung"]
    assert fetch_media(svc, clock.now) == "stored=0 retried=0 refused=0 failed=0 credentials_refused=3"
    # Every file of the pass was tried against the refused credentials: the first refusal stops the pass.
    assert twilio.media_refused == 1 and [twilio.media_fetches(url) for url in urls] == [0, 0, 0]
    assert "TWILIO_AUTH_TOKEN" in caplog.text  # the log said «HTTP 401», no word of the setting to fix
    warnings = app.test_client().get("/readyz").get_json()["warnings"]
    assert any("3 files people sent wait to be fetched" in warning for warning in warnings), warnings
    assert fetch_media(svc, clock.advance(seconds=30)).startswith("stored=0 retried=0")  # Twilio asked once a minute
    assert twilio.media_refused == 1
    for _ in range(10):  # hours with the wrong token used up MEDIA_FETCH_MAX_ATTEMPTS: the photo was given up
        fetch_media(svc, clock.advance(minutes=30))
    assert [(item.status, item.attempts) for item in items(svc)] == [("pending", 0)] * 3
    assert twilio.media_refused == 11


def test_a_full_disk_keeps_the_files_waiting_without_using_up_attempts(person, app, svc, twilio, clock, monkeypatch):
    # A disk full for two hours gave the photos up and asked the citizens to send them again.
    import errno
    import os

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    url = twilio.add_media(jpeg_with_exif(), "image/jpeg")
    person.says("Ini buktinya", **media_form((url, "image/jpeg")))
    replace = os.replace
    monkeypatch.setattr("media.storage.os.replace", full)
    for _ in range(10):
        fetch_media(svc, clock.advance(minutes=30))
    assert [(item.status, item.attempts) for item in items(svc)] == [("pending", 0)]
    warnings = app.test_client().get("/readyz").get_json()["warnings"]
    assert any("No space left on device" in warning for warning in warnings), warnings
    monkeypatch.setattr("media.storage.os.replace", replace)  # space was freed
    assert fetch_media(svc, clock.advance(minutes=1)).startswith("stored=1")
    with svc.session_factory() as session:
        told = session.scalars(select(OutboxMessage.body).where(OutboxMessage.recipient == CITIZEN)).all()
    assert not any("tidak dapat kami ambil" in body for body in told)


def test_a_message_with_ten_media_items_keeps_all_of_them(person, svc, twilio):
    person.says("1")
    person.says("1")
    person.says(DESCRIPTION)
    person.says("Desa Banyuanyar RT 02")
    urls = [twilio.add_media(jpeg_with_exif(colour=(i * 25, 100, 0)), "image/jpeg") for i in range(10)]
    reply = person.says("", **media_form(*[(url, "image/jpeg") for url in urls]))
    assert "10 foto diterima" in reply and len(person.draft()["photos"]) == 10
    assert fetch_media(svc, svc.clock()) == "stored=10 retried=0 refused=0 failed=0"
    assert len({item.sha256 for item in items(svc)}) == 10


def test_a_repeated_webhook_notes_each_item_once(app, svc, twilio):
    url = twilio.add_media(pdf(), "application/pdf")
    wa = WhatsApp(app, DEFAULT_AUTH_TOKEN)
    form = wa.form(CITIZEN, "Surat dari kelurahan", **media_form((url, "application/pdf")))
    first, again = wa.post(form), wa.post(form)
    assert first.messages == again.messages
    with svc.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(MediaItem)) == 1


def test_unsupported_types_are_answered_and_the_rest_is_still_handled(person, svc, twilio):
    person.says("1")
    person.says("1")
    url = twilio.add_media(jpeg_with_exif(), "image/jpeg")
    reply = person.says(DESCRIPTION, **media_form((url, "image/jpeg"),
                                                  ("https://api.twilio.com/x/contact.vcf", "text/vcard")))
    assert "1 foto diterima" in reply and "kartu kontak tidak bisa kami simpan" in reply and "nomornya" in reply
    assert person.state() == "location" and person.draft()["description"] == DESCRIPTION
    assert [item.declared_type for item in items(svc)] == ["image/jpeg"]  # nothing noted for the contact card


def test_two_fetch_workers_at_once_fetch_every_item_once(person, svc, twilio, clock):
    import threading

    from media.fetch import MediaFetcher

    urls = [twilio.add_media(jpeg_with_exif(colour=(i * 9 % 255, 50, 0)), "image/jpeg") for i in range(25)]
    from types import SimpleNamespace

    from lapor.media import record_references

    with svc.session_factory.begin() as session:  # more than one complaint's worth (a citizen's 11th is skipped)
        record_references(session, None, [SimpleNamespace(url=url, content_type="image/jpeg") for url in urls],
                          clock.now)
    reports, barrier = [], threading.Barrier(2)

    def work():
        barrier.wait()
        reports.append(MediaFetcher(svc.session_factory, svc.media_storage, svc.config).run_once(clock.now))

    workers = [threading.Thread(target=work) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    assert sum(report.stored for report in reports) == 25
    assert [twilio.media_fetches(url) for url in urls] == [1] * 25
    assert {item.status for item in items(svc)} == {"stored"}


def test_the_webhook_notes_media_in_one_statement_however_many_items(app, svc, twilio):
    from sqlalchemy import event

    statements = []

    def note(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    wa = WhatsApp(app, DEFAULT_AUTH_TOKEN)
    wa.send(CITIZEN, "halo")  # the contact and its conversation exist: the messages below take the same path
    counts = []
    event.listen(svc.engine, "before_cursor_execute", note)
    try:
        for count in (0, 1, 3):
            statements.clear()
            urls = [twilio.add_media(pdf(), "application/pdf") for _ in range(count)]
            wa.send(CITIZEN, "halo lagi", **media_form(*[(url, "application/pdf") for url in urls]))
            counts.append((len(statements), sum("media_items" in statement for statement in statements)))
    finally:
        event.remove(svc.engine, "before_cursor_execute", note)
    assert counts[0][1] == 0 and counts[1][1] == counts[2][1] == 1
    assert counts[1][0] == counts[2][0]  # three items cost what one costs


def test_a_download_trickling_in_is_cut_off_at_the_timeout_not_read_to_the_end(make_app, twilio):
    """Each chunk arrives within the read timeout, the whole never would: the download is given up at the
    timeout (retried later) instead of holding a fetch worker for as long as the upstream likes."""
    import time

    app = make_app(transport=ConsoleTransport(), TWILIO_ACCOUNT_SID=DEFAULT_ACCOUNT_SID,
                   TWILIO_AUTH_TOKEN=DEFAULT_AUTH_TOKEN, TWILIO_API_BASE_URL=twilio.base_url,
                   MEDIA_FETCH_TIMEOUT_SECONDS=0.6)
    slow = twilio.add_media(jpeg_with_exif(), "image/jpeg", chunk=100, pause=0.2)
    Person(app).says("Fotonya", **media_form((slow, "image/jpeg")))
    svc = app.extensions["penghubung"]
    started = time.monotonic()
    assert fetch_media(svc, svc.clock()) == "stored=0 retried=1 refused=0 failed=0"
    assert time.monotonic() - started < 2.5
    assert "timed out" in items(svc)[0].last_error


AUTH = (DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN)
BASE_URL = "http://127.0.0.1:8999/"


@pytest.mark.parametrize("url, sent", [
    ("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1", True),
    ("https://API.Twilio.com:443/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1", True),
    ("https://api.dublin.ie1.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1", True),  # a regional edge
    ("http://127.0.0.1:8999/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1", True),  # TWILIO_API_BASE_URL's host
    # near misses: the host named by MediaUrl is not Twilio's API host
    ("http://api.twilio.com/2010-04-01/Accounts/AC1/Media/ME1", False),  # not over TLS
    ("https://api.twilio.com.evil.example/2010-04-01/Media/ME1", False),
    ("https://evil.example/api.twilio.com/Media/ME1", False),
    ("https://api.twilio.com@evil.example/Media/ME1", False),  # user info: the host is evil.example
    ("https://api.twilio.com:8443/Media/ME1", False),
    ("https://evil.example/?u=https://api.twilio.com/Media/ME1", False),
    ("https://demo.twilio.com/owl.png", False),
    ("https://media.twiliocdn.com/AC1/abc", False),  # Twilio's CDN gets the redirect, never the credentials
    ("http://127.0.0.1:8998/2010-04-01/Accounts/AC1/Media/ME1", False),  # the base URL's host, another port
    ("https://127.0.0.1:8999/Media/ME1", False),
    ("http://localhost:8999/Media/ME1", False),
])
def test_the_accounts_credentials_go_only_to_twilios_media_host(url, sent):
    from media.fetch import credentials_for

    assert (credentials_for(url, AUTH, BASE_URL) == AUTH) is sent
    assert credentials_for(url, None, BASE_URL) is None


def test_media_on_another_host_is_fetched_without_the_credentials_and_a_401_there_is_no_credentials_wait(
        person, svc, twilio, caplog):
    from tests.fake_twilio import FakeTwilio

    with FakeTwilio(media_auth=True) as other:  # the same account: it would accept the credentials if sent
        asks = other.add_media(pdf(), "application/pdf")
        with FakeTwilio(media_auth=False) as open_host:
            serves = open_host.add_media(pdf(), "application/pdf")
            person.says("", **media_form((asks, "application/pdf"), (serves, "application/pdf")))
            with caplog.at_level(logging.WARNING, logger="media.fetch"):
                assert fetch_media(svc, svc.clock()) == "stored=1 retried=0 refused=0 failed=1"
        assert other.media_refused == 1  # asked without credentials
    assert "not Twilio's media host; fetched without the account's credentials" in caplog.text
    assert [item.status for item in items(svc)] == ["failed", "stored"]
    assert "not Twilio's" in items(svc)[0].last_error


def test_one_item_is_noted_as_several_are_and_once(svc, clock):
    """`record_references` notes a message's one item by a statement built once (`lapor.media._NOTED`) and several
    by the ORM's INSERT: the rows are alike, column for column, and an item noted again (a repeated delivery, or
    the same URL among several) stays as it was."""
    from datetime import timedelta
    from types import SimpleNamespace

    from lapor.media import record_references

    def noted(*urls, at=clock.now):
        with svc.session_factory.begin() as session:
            record_references(session, None, [SimpleNamespace(url=url, content_type="Image/JPEG; x=1")
                                              for url in urls], at)

    noted("https://api.twilio.com/one")
    noted("https://api.twilio.com/two", "https://api.twilio.com/three")
    noted("https://api.twilio.com/one", at=clock.now + timedelta(hours=1))
    noted("https://api.twilio.com/two", "https://api.twilio.com/four", at=clock.now + timedelta(hours=1))
    rows = {item.source_url: {c.key: getattr(item, c.key) for c in MediaItem.__table__.c if c.key not in (
        "id", "source_url")} for item in items(svc)}
    assert len(rows) == 4
    assert rows["https://api.twilio.com/one"] == rows["https://api.twilio.com/two"] == \
        rows["https://api.twilio.com/three"]
    assert rows["https://api.twilio.com/one"]["created_at"] == clock.now
    assert rows["https://api.twilio.com/one"]["declared_type"] == "image/jpeg"
    assert rows["https://api.twilio.com/four"]["created_at"] == clock.now + timedelta(hours=1)
