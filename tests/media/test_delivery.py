"""Media in what people receive: officers get the citizen's photos with the disposition notice and the citizen
gets the officer's photo with SELESAI, as signed links the service serves itself; a photo not fetched yet
follows its notice."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from bot.transports import TwilioTransport
from models import MediaItem
from scheduler.jobs import announce_complaints, deliver_outbox, fetch_media
from tests.media.test_fetch import media_form
from tests.media_samples import GPS_IFD, exif_of, jpeg_with_exif
from tests.parties import DLH_1, make_people

BASE = "http://localhost"  # the public URL: webhooks are signed against it, media links start with it


@pytest.fixture
def app(twilio_app):
    return twilio_app



def sent_media(media_fake, to: str) -> list[str]:
    return [url for m in media_fake.messages if m["to"] == f"whatsapp:{to}" for url in m["media_urls"]]


def open_link(app, url: str):
    parts = urlsplit(url)
    assert url.startswith(BASE + "/media/")
    return app.test_client().get(f"{parts.path}?{parts.query}")


def file_with_photo(person, photo_url: str) -> None:
    person.says("1")
    person.says("1")
    person.says("Sampah di TPS pasar Srimangunan menumpuk sampai ke jalan, baunya menyengat")
    person.says("Pasar Srimangunan, Kec. Sampang")
    person.says("", **media_form((photo_url, "image/jpeg")))
    person.says("1")
    person.says("KIRIM")


def test_officers_get_the_citizens_photo_as_a_link_without_its_location(app, people, media_fake):
    photo = jpeg_with_exif()
    file_with_photo(people["citizen"], media_fake.add_media(photo, "image/jpeg"))
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    (link,) = sent_media(media_fake, DLH_1)
    response = open_link(app, link)
    assert response.status_code == 200 and response.mimetype == "image/jpeg"
    assert GPS_IFD not in exif_of(response.data) and exif_of(response.data) == {}
    (verifier_link,) = sent_media(media_fake, people["verifier"].phone)  # verifiers see the photo as it was sent
    assert open_link(app, verifier_link).data == photo
    assert "twilio" not in link and "api.twilio.com" not in " ".join(sent_media(media_fake, DLH_1))


def test_the_citizen_gets_the_officers_photo_with_selesai(app, people, media_fake):
    file_with_photo(people["citizen"], media_fake.add_media(jpeg_with_exif(), "image/jpeg"))
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    repaired = jpeg_with_exif(colour=(20, 200, 20))
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut semua", **media_form(
        (media_fake.add_media(repaired, "image/jpeg"), "image/jpeg")))
    (link,) = sent_media(media_fake, people["citizen"].phone)
    response = open_link(app, link)
    assert response.status_code == 200 and exif_of(response.data) == {}


def test_a_notice_goes_at_once_and_its_photo_follows_once_fetched(app, people, media_fake, clock):
    svc = app.extensions["penghubung"]
    url = media_fake.add_media(jpeg_with_exif(), "image/jpeg")
    people["citizen"].wa.send(people["citizen"].phone, "1")
    for text in ("1", "Sampah di TPS pasar Srimangunan menumpuk sampai ke jalan, baunya menyengat",
                 "Pasar Srimangunan, Kec. Sampang"):
        people["citizen"].wa.send(people["citizen"].phone, text)
    people["citizen"].wa.send(people["citizen"].phone, "", **media_form((url, "image/jpeg")))
    people["citizen"].wa.send(people["citizen"].phone, "1")
    people["citizen"].wa.send(people["citizen"].phone, "KIRIM")
    media_fake.down()  # Twilio's media cannot be fetched yet (Messages too: the fake is one server; bring it back)
    fetch_media(svc, clock.now)
    media_fake.up()
    announce_complaints(svc, clock.now)
    deliver_outbox(svc, clock.now)
    verifier = f"whatsapp:{people['verifier'].phone}"
    notices = [m for m in media_fake.messages if m["to"] == verifier]
    assert len(notices) == 1 and "LPR-1" in notices[0]["body"] and notices[0]["media_urls"] == []
    clock.advance(minutes=5)
    fetch_media(svc, clock.now)
    deliver_outbox(svc, clock.now)
    photos = [m for m in media_fake.messages if m["to"] == verifier and m["media_urls"]]
    assert len(photos) == 1 and photos[0]["media_urls"][0].startswith(BASE + "/media/")
    deliver_outbox(svc, clock.advance(minutes=5))
    assert len([m for m in media_fake.messages if m["to"] == verifier]) == 2  # each once


def test_a_photo_that_could_not_be_kept_is_not_sent(app, people, media_fake, clock):
    svc = app.extensions["penghubung"]
    file_with_photo(people["citizen"], media_fake.add_media(b"<html>not a photo</html>" * 20, "image/jpeg"))
    verifier = f"whatsapp:{people['verifier'].phone}"
    assert [m["media_urls"] for m in media_fake.messages if m["to"] == verifier] == [[]]
    deliver_outbox(svc, clock.advance(minutes=5))
    with svc.session_factory() as session:
        assert session.scalars(select(MediaItem.status)).one() == "refused"


@pytest.mark.parametrize("privacy, keeps_metadata", [("1", True), ("2", False), ("3", False)])
def test_with_private_only_stripping_biasa_photos_go_as_sent(make_app, media_fake, privacy, keeps_metadata):
    transport = TwilioTransport(media_fake.account_sid, media_fake.auth_token, "whatsapp:+14155238886",
                                api_base_url=media_fake.base_url, timeout=2)
    app = make_app(transport=transport, PUBLIC_BASE_URL=BASE, TWILIO_API_BASE_URL=media_fake.base_url,
                   MEDIA_STRIP_METADATA="private")
    from tests.parties import make_world

    people = make_people(make_world(app, app.extensions["penghubung"]))
    photo = jpeg_with_exif()
    person = people["citizen"]
    for text in ("1", "1", "Sampah di TPS pasar Srimangunan menumpuk sampai ke jalan, baunya menyengat",
                 "Pasar Srimangunan, Kec. Sampang"):
        person.says(text)
    person.says("", **media_form((media_fake.add_media(photo, "image/jpeg"), "image/jpeg")))
    person.says(privacy)
    person.says("KIRIM")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    (link,) = sent_media(media_fake, DLH_1)
    assert (open_link(app, link).data == photo) is keeps_metadata


def test_officers_get_every_item_the_citizen_filed(app, people, media_fake):
    person = people["citizen"]
    for text in ("1", "1", "Sampah di TPS pasar Srimangunan menumpuk sampai ke jalan, baunya menyengat",
                 "Pasar Srimangunan, Kec. Sampang"):
        person.says(text)
    from tests.media_samples import pdf

    person.says("", **media_form((media_fake.add_media(jpeg_with_exif(), "image/jpeg"), "image/jpeg"),
                                 (media_fake.add_media(jpeg_with_exif(colour=(0, 0, 250)), "image/jpeg"), "image/jpeg"),
                                 (media_fake.add_media(pdf(), "application/pdf"), "application/pdf")))
    person.says("1")
    person.says("KIRIM")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    links = sent_media(media_fake, DLH_1)
    assert len(links) == 3 and len(set(links)) == 3
    assert [open_link(app, link).mimetype for link in links] == ["image/jpeg", "image/jpeg", "application/pdf"]


@pytest.mark.parametrize("privacy", ["1", "3"], ids=["biasa", "anonim"])
def test_officers_get_documents_and_videos_without_their_makers_metadata(app, people, media_fake, privacy):
    """A letter's author and a video's GPS never reach the agency; an encrypted PDF (no copy without its author
    could be made) goes to the agency of a biasa complaint as sent, and not at all for an anonymous one, whose
    verifier still gets it."""
    from tests.media.test_scrub import GPS, TEXT, letter, locked_letter, movie, texts

    sent = [(letter({"/Author": "Budi Santoso"}, xmp=True), "application/pdf"), (movie(True), "video/mp4"),
            (locked_letter(), "application/pdf")]
    person = people["citizen"]
    for text in ("1", "1", "Sampah di TPS pasar Srimangunan menumpuk sampai ke jalan, baunya menyengat",
                 "Pasar Srimangunan, Kec. Sampang"):
        person.says(text)
    person.says("", **media_form(*[(media_fake.add_media(data, kind), kind) for data, kind in sent]))
    person.says(privacy)
    person.says("KIRIM")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    seen = [open_link(app, link).data for link in sent_media(media_fake, DLH_1)]
    assert b"Budi" not in seen[0] and texts(seen[0]) == [TEXT, TEXT]
    assert GPS not in seen[1] and len(seen[1]) == len(sent[1][0])
    if privacy == "1":
        assert len(seen) == 3 and seen[2] == sent[2][0]
    else:
        assert len(seen) == 2
        told = " ".join(m["body"] for m in media_fake.messages if m["to"] == f"whatsapp:{DLH_1}")
        assert "/pengaduan/1" in told  # never silently: where to see what did not come
    verifier = [open_link(app, link).data for link in sent_media(media_fake, people["verifier"].phone)]
    assert verifier == [data for data, _ in sent]


def test_sp4n_lapor_gets_signed_links_once_the_photo_is_stored(make_app, media_fake, clock):
    from scheduler.jobs import sync_lapor
    from tests.fake_lapor import TOKEN, FakeLapor
    from tests.parties import make_world

    lapor = FakeLapor(delay=1.0).start()
    try:
        app = make_app(PUBLIC_BASE_URL=BASE, TWILIO_API_BASE_URL=media_fake.base_url, LAPOR_MODE="http",
                       LAPOR_API_URL=lapor.base_url, LAPOR_API_TOKEN=TOKEN, LAPOR_TIMEOUT_SECONDS=2)
        svc = app.extensions["penghubung"]
        people = make_people(make_world(app, svc))
        media_fake.down()  # the photo cannot be fetched yet
        file_with_photo(people["citizen"], media_fake.base_url + "/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME"
                        + "1" * 32)
        people["verifier"].says("TERUSKAN LPR-1 DLH")
        assert "sent=0" in sync_lapor(svc, clock.now) and not lapor.reports  # waits for its photo
        media_fake.up()
        media_fake.default_media = (jpeg_with_exif(), "image/jpeg")
        fetch_media(svc, clock.advance(minutes=5))
        assert "sent=1" in sync_lapor(svc, clock.now)
        ((_, report),) = lapor.reports.items()
        (link,) = report["attachments"]
        response = open_link(app, link)
        assert response.status_code == 200 and exif_of(response.data) == {}
    finally:
        lapor.stop()


def test_an_officer_whose_proof_photo_could_not_be_fetched_is_told_to_send_it_again(app, people, media_fake, clock):
    """Twilio deleted the officer's photo before it was fetched: the citizen reads the answer with a line that its
    attachment could not be sent, and the officer (told "Lampiran: 1 foto") learns it did not go, and how to send
    it again."""
    file_with_photo(people["citizen"], media_fake.add_media(jpeg_with_exif(), "image/jpeg"))
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    gone = media_fake.base_url + "/2010-04-01/Accounts/AC1/Messages/MM7/Media/ME" + "7" * 32
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut semua", **media_form((gone, "image/jpeg")))
    clock.advance(minutes=15)  # a 404 right after the webhook may be Twilio's media not there yet
    people["dlh1"].says("DAFTAR")  # the jobs run again: the fetch is given up (404)
    [told] = [m.body for m in people["dlh1"].inbox() if "tidak dapat kami ambil" in m.body]
    assert "LPR-1" in told and "TL LPR-1" in told
    answer, photo = [m.body for m in people["citizen"].inbox() if m.purpose == "follow_up"]
    assert "Sampah sudah diangkut" in answer and "tidak dapat kami kirim" in photo  # it followed the text, awaited


def test_what_whatsapp_cannot_carry_goes_to_officers_as_a_notice_naming_the_complaint_page(app, people, media_fake,
                                                                                             clock):
    """Twilio sends on WhatsApp JPEG/PNG, Opus Ogg, AMR, AAC, MP3, MP4/3GP and PDF: an iPhone's MOV attached as a
    document, or an Ogg Vorbis recording, is not attached to an officer's notice (Twilio would refuse the message,
    or it would be retried) but said where to see, once per notice; what WhatsApp carries still goes as a link, and
    nothing is counted as media that failed (no alert for a file that went as intended)."""
    from bot.outbox import MEDIA_NOT_SENT
    from models import OutboxMessage
    from tests.media.test_scrub import QUICKTIME_BRANDS, letter, movie
    from tests.media.test_scrub_embedded import NAMED, opus, vorbis

    svc = app.extensions["penghubung"]
    sent = [(movie(True, brands=QUICKTIME_BRANDS), "video/quicktime"), (vorbis(NAMED), "audio/ogg"),
            (movie(True), "video/mp4"), (opus([]), "audio/ogg"), (letter(None), "application/pdf"),
            (movie(False, brands=QUICKTIME_BRANDS), "video/mov")]
    person = people["citizen"]
    for text in ("1", "1", "Sampah di TPS pasar Srimangunan menumpuk sampai ke jalan, baunya menyengat",
                 "Pasar Srimangunan, Kec. Sampang"):
        person.says(text)
    person.says("", **media_form(*[(media_fake.add_media(data, kind), kind) for data, kind in sent]))
    person.says("3")  # anonim
    person.says("KIRIM")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    deliver_outbox(svc, clock.advance(minutes=5))
    for phone in (DLH_1, people["verifier"].phone):
        links = sent_media(media_fake, phone)
        assert [open_link(app, link).mimetype for link in links] == ["video/mp4", "audio/ogg", "application/pdf"]
        told = [m["body"] for m in media_fake.messages if m["to"] == f"whatsapp:{phone}"]
        lines = [body for body in told if "tidak dapat dikirim lewat WhatsApp" in body]
        assert len(lines) == 1 and "/pengaduan/1" in lines[0], "said once, with where to see them"
    with svc.session_factory() as session:
        rows = session.scalars(select(OutboxMessage)).all()
        assert all(row.status in ("sent", "skipped") for row in rows), [(r.status, r.last_error) for r in rows]
        assert not [row for row in rows if (row.last_error or "").startswith(MEDIA_NOT_SENT)]
