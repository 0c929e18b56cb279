"""Brand-new citizens walked through whole journeys with `flask chat` (first contact, story, place, photos,
privacy, summary, filing, asking after it a day later, the officer's answer, the rating, the problem back a week
later), typing as people unlike the earlier examples do: an elder in capitals, one word per bubble, teenage slang,
emoji for every answer, voice notes only, Javanese krama, Sundanese, Balinese, Madurese and Banjar."""

from __future__ import annotations

import pytest

from bot.conversation import understanding
from tests.parties import Citizen


@pytest.fixture
def citizen(app):
    return Citizen(app)


# 1. A wish to tell followed by "that" and the story ("saya mau menyampaikan bahwa jalan … rusak", krama "kulo badhe
# matur bilih …", "mau ngasih tau kalau …") files the story after "that"; Balinese "tiang jagi ngadu" and openers of
# pardon ("Nyuwun sewu, kula badhe lapor", "Kulo nuwun, …", "Om swastiastu, …") are wishes to file as their
# Indonesian words are. They were offered as "Sepertinya Anda ingin melapor" with the opener kept in the story.
@pytest.mark.parametrize("typed,rest", [
    ("permisi pak saya mau menyampaikan bahwa jalan di dusun krajan rusak parah banyak lubang",
     "jalan di dusun krajan rusak parah banyak lubang"),
    ("pak saya ingin menyampaikan kalau lampu jalan di gang mawar mati sudah seminggu",
     "lampu jalan di gang mawar mati sudah seminggu"),
    ("Kulo nuwun, kulo badhe matur bilih margi ing dusun Krajan sampun risak sanget, kathah lubangipun",
     "margi ing dusun Krajan sampun risak sanget, kathah lubangipun"),
    ("Nyuwun sewu, kula badhe lapor. Sampah ing pinggir kali sampun numpuk sanget",
     "Sampah ing pinggir kali sampun numpuk sanget"),
    ("Sampurasun. Nyuwun sewu, kula badhe lapor. Sampah ing pinggir kali sampun numpuk",
     "Sampah ing pinggir kali sampun numpuk"),
    ("Om swastiastu, tiang jagi ngadu, jalane di banjar tiange rusak pisan", "jalane di banjar tiange rusak pisan"),
    ("titiang jagi melapor, lampu jalan di banjar kaja mati", "lampu jalan di banjar kaja mati"),
    ("mau ngasih tau kalau jalan di depan pasar rusak", "jalan di depan pasar rusak"),
    ("saya mau memberitahukan bahwa ada pohon tumbang di jalan raya", "ada pohon tumbang di jalan raya"),
])
def test_a_wish_to_tell_that_files_what_follows(typed, rest):
    found = understanding.intent(typed)
    assert found is not None and found.name == "FILE", found
    assert found.rest == rest


@pytest.mark.parametrize("typed", [
    "saya mau menyampaikan terima kasih kepada dinas pupr",  # thanks, no "that"
    "tiang listrik di depan rumah mau roboh",  # "tiang" is a pole when no wish follows it
    "kemarin saya sudah menyampaikan bahwa jalan rusak ke pak rt",  # told before, no wish now
    "matur nuwun pak",
])
def test_near_misses_of_a_wish_to_tell_that(typed):
    found = understanding.intent(typed)
    assert found is None or found.name != "FILE" or found.rest != typed.split(" ", 3)[-1], found


def test_a_wish_to_tell_that_starts_filing_with_its_story(citizen):
    reply = citizen.says("permisi pak saya mau menyampaikan bahwa jalan di dusun krajan rusak parah banyak lubang")
    assert "Sepertinya Anda ingin melapor" not in reply, reply
    assert citizen.draft()["description"] == "jalan di dusun krajan rusak parah banyak lubang"
