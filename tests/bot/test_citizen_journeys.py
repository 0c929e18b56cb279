"""Journeys of new citizens tried by hand with `flask chat --local` that lost or misread what they said: a photo
whose caption tells the story at the kind step, a correction that names the part it mends ("alamatnya salah, …"),
questions about the service asked mid-filing, and a story told in short bubbles before choosing from the menu."""

from __future__ import annotations

import pytest

from tests.bot.test_citizen_phrasings import to_step
from tests.parties import PHOTO, Citizen


@pytest.fixture
def citizen(app):
    return Citizen(app)


def test_a_photo_whose_caption_tells_the_problem_at_the_kind_step_keeps_the_caption_as_the_story(citizen):
    to_step(citizen, "kind")
    reply = citizen.says("sampah numpuk di pinggir sungai sudah seminggu baunya menyengat", **PHOTO)
    draft = citizen.draft()
    assert draft["description"] == "sampah numpuk di pinggir sungai sudah seminggu baunya menyengat"
    assert len(draft["photos"]) == 1 and draft["kind"] == "pengaduan"
    assert "1 foto diterima" in reply and "Di mana lokasinya" in reply and citizen.state() == "location"


def test_a_photo_with_a_bare_caption_at_the_kind_step_still_asks_the_kind(citizen):
    to_step(citizen, "kind")
    reply = citizen.says("ini fotonya", **PHOTO)
    assert "Jenis laporan" in reply and citizen.state() == "kind" and not citizen.draft().get("description")


def _to_summary(citizen: Citizen) -> None:
    to_step(citizen, "privacy")
    citizen.says("1")
    assert citizen.state() == "confirm"


@pytest.mark.parametrize("typed,fixed", [
    ("eh alamatnya salah, harusnya SDN 3 Karangrejo", "SDN 3 Karangrejo"),
    ("lokasinya keliru pak, yang benar depan pasar Kliwon", "depan pasar Kliwon"),
    ("maaf alamat salah ketik: Banyuanyar Timur", "Banyuanyar Timur"),
])
def test_a_correction_naming_the_place_mends_the_place_at_the_summary(citizen, typed, fixed):
    _to_summary(citizen)
    reply = citizen.says(typed)
    draft = citizen.draft()
    assert fixed in draft["location_text"] and fixed not in draft["description"]
    assert "lokasi sudah kami perbaiki" in reply and citizen.state() == "confirm"


def test_a_correction_naming_the_place_at_a_later_step_mends_the_place(citizen):
    to_step(citizen, "privacy")
    reply = citizen.says("alamatnya salah pak, maksud saya Jl. Raya Banyuanyar Timur")
    assert "Banyuanyar Timur" in citizen.draft()["location_text"] and citizen.state() == "privacy"
    assert "lokasi sudah kami perbaiki" in reply and "Pilih kerahasiaan" in reply


def test_a_story_about_a_wrong_address_is_no_correction(citizen):
    to_step(citizen, "description")
    citizen.says("alamat salah di KTP saya sudah 3 kali diurus di kecamatan belum juga dibetulkan")
    assert citizen.state() == "location" and citizen.draft()["description"].startswith("alamat salah di KTP")
