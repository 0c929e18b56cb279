"""Staff get the whole complaint: every photo, the map pin as coordinates and a maps link, and the full text in
ordered parts (never cut with "…"), in the verifier's notice, each officer's disposition notice and STATUS."""

from __future__ import annotations

import pytest

from tests.bot.test_conversation import PIN
from tests.media.test_fetch import media_form
from tests.media_samples import jpeg_with_exif
from tests.parties import DLH_1, DLH_2, VERIFIER, make_people

BASE = "http://localhost"
SENTENCE = "Bagian {i}: sampah di TPS pasar Srimangunan menumpuk, air lindinya mengalir ke selokan warga."


def long_description(limit: int = 3000) -> str:
    """About `limit` characters of numbered sentences, so order and completeness can be checked."""
    text, i = "", 1
    while len(text) + len(SENTENCE) < limit:
        text += ("" if not text else " ") + SENTENCE.format(i=i)
        i += 1
    return text


@pytest.fixture
def app(twilio_app):
    return twilio_app


@pytest.fixture
def people(world):
    return make_people(world)


def received_by(media_fake, phone: str) -> tuple[str, list[str]]:
    """The text one person received (the parts joined in the order they arrived) and the media links."""
    messages = [m for m in media_fake.messages if m["to"] == f"whatsapp:{phone}"]
    return " ".join(m["body"] for m in messages if m["body"]), [u for m in messages for u in m["media_urls"]]


def file_whole(person, media_fake, description: str) -> list[str]:
    photos = [media_fake.add_media(jpeg_with_exif(colour=(40 * i, 90, 120)), "image/jpeg") for i in range(1, 4)]
    person.says("1")
    person.says("1")
    person.says(description)
    person.says("", **PIN)
    person.says("", **media_form(*[(url, "image/jpeg") for url in photos]))
    person.says("1")
    assert "LPR-1" in person.says("KIRIM")
    return photos


def assert_whole(text: str, links: list[str], description: str) -> None:
    assert " ".join(description.split()) in " ".join(text.split())  # every word, in order
    assert "…" not in text
    assert "-7.187200, 113.239400" in text and "https://maps.google.com/?q=-7.187200,113.239400" in text
    assert "3 foto" in text
    assert len(links) == 3 and len(set(links)) == 3 and all(link.startswith(BASE + "/media/") for link in links)


def test_three_photos_a_pin_and_3000_characters_reach_the_verifier_and_each_officer_whole(app, people, media_fake):
    description = long_description()
    assert len(description) > 2900
    file_whole(people["citizen"], media_fake, description)
    text, links = received_by(media_fake, VERIFIER)
    assert_whole(text, links, description)
    assert sum(1 for m in media_fake.messages if m["to"] == f"whatsapp:{VERIFIER}" and m["body"]) >= 2  # in parts
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    for officer in (DLH_1, DLH_2):
        text, links = received_by(media_fake, officer)
        assert "Disposisi baru LPR-1" in text
        assert_whole(text, links, description)


def test_staff_status_shows_the_whole_complaint(app, people, media_fake):
    description = long_description()
    file_whole(people["citizen"], media_fake, description)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    reply = people["dlh1"].says("STATUS LPR-1")
    assert " ".join(description.split()) in " ".join(reply.split())
    assert "…" not in reply.partition("\n")[2]  # (the title on the first line is a title: short)
    assert "https://maps.google.com/?q=-7.187200,113.239400" in reply
    assert reply.count(BASE + "/media/") == 3


def test_each_photo_sent_on_its_own_names_its_complaint(app, people, media_fake):
    """A photo after the notice may arrive after other messages (another complaint's notice, a rating question):
    its caption says which complaint it belongs to."""
    file_whole(people["citizen"], media_fake, "Sampah di TPS pasar Srimangunan menumpuk sampai ke jalan raya")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    for phone in (VERIFIER, DLH_1):
        photos = [m for m in media_fake.messages if m["to"] == f"whatsapp:{phone}" and m["media_urls"]]
        alone = [m for m in photos if not m["body"].startswith(("Laporan baru", "Disposisi baru"))]
        assert len(alone) >= 2 and all(m["body"] == "📎 LPR-1" for m in alone)
