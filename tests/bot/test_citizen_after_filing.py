"""Journeys tried by hand with `flask chat --local` from the photo step on: what citizens type once their photos
are sent, changes asked in plain words at the summary, and their answers after the complaint is filed."""

from __future__ import annotations

import pytest

from models.vocab import Event
from tests.bot.test_citizen_phrasings import to_step
from tests.parties import PHOTO, STICKER, Citizen, filed


@pytest.fixture
def citizen(app):
    return Citizen(app)


def _photos_sent(citizen: Citizen, count: int = 2) -> None:
    to_step(citizen, "photo")
    for _ in range(count):
        citizen.says("", **PHOTO)
    assert citizen.state() == "privacy"


@pytest.mark.parametrize("typed", [
    "udah itu aja nak", "cukup min", "itu aja fotonya", "udah segitu aja fotonya", "fotonya udah semua",
    "udah dikirim semua pak", "udh smua", "cukup itu aja fotonya nak",
    "wis iku wae pak", "wis kuwi tok", "sampun niku mawon",  # Javanese
    "geus eta wae", "tos cekap",  # Sundanese
    "la cokop",  # Madurese ("la": already)
    "itu sajo da", "alah cukuik",  # Minang
    "udeh itu aje bang", "udah segitu doang",  # Betawi, slang
])
def test_a_word_of_the_photos_being_done_is_acknowledged_before_the_privacy_question(citizen, typed):
    """Found by hand: "udah itu aja nak" after two photos got "Mohon balas 1 (biasa) …" and the whole question;
    "cukup min" the whole question with no word that the photos were done."""
    _photos_sent(citizen)
    reply = citizen.says(typed)
    assert "2 foto sudah kami terima" in reply and "Pilih kerahasiaan" in reply, reply
    assert "Mohon balas" not in reply and citizen.state() == "privacy"
    assert len(citizen.draft()["photos"]) == 2


DONE_AFTER_PHOTOS = ["udah itu aja", "udah itu aja pak", "cukup min", "itu aja fotonya", "udh smua",
                     "wis iku wae pak", "geus eta wae", "Sudah Itu Saja Bu"]


@pytest.mark.parametrize("typed", DONE_AFTER_PHOTOS)
def test_a_word_of_being_done_after_photos_at_the_kind_question_after_a_story_acknowledges_them(citizen, typed):
    """Found by the last session: a story, two photos, YA, then "udah itu aja" at the kind question went on as a
    complaint with no word of the photos."""
    citizen.says("jalan depan sd 2 rusak parah banyak lubang")
    citizen.says("", **PHOTO)
    citizen.says("", **PHOTO)
    citizen.says("ya")
    assert citizen.state() == "kind"
    reply = citizen.says(typed)
    assert "2 foto sudah kami terima" in reply and "Kami catat sebagai Pengaduan" in reply, reply
    assert citizen.state() == "location" and len(citizen.draft()["photos"]) == 2
    assert typed not in citizen.draft()["description"]


@pytest.mark.parametrize("typed", DONE_AFTER_PHOTOS)
def test_a_word_of_being_done_after_photos_at_the_kind_question_is_no_story(citizen, typed):
    """Found by hand: "mau lapor pak", two photos, then "udah itu aja pak" was kept as the story («Baik, kami catat:
    "udah itu aja pak"»)."""
    citizen.says("mau lapor pak")
    citizen.says("", **PHOTO)
    citizen.says("", **PHOTO)
    reply = citizen.says(typed)
    assert "2 foto sudah kami terima" in reply and "Jenis laporan" in reply and "kami catat:" not in reply, reply
    assert citizen.state() == "kind" and not citizen.draft().get("description")


@pytest.mark.parametrize("typed", DONE_AFTER_PHOTOS)
def test_a_word_of_being_done_after_photos_sent_first_starts_their_complaint(citizen, typed):
    """Found by hand: two photos sent while idle, then "udah itu aja" got «Maaf, kami belum paham»."""
    citizen.says("", **PHOTO)
    citizen.says("", **PHOTO)
    reply = citizen.says(typed)
    assert "2 foto sudah kami terima" in reply and "Jenis laporan" in reply and "belum paham" not in reply, reply
    assert citizen.state() == "kind" and len(citizen.draft()["photos"]) == 2


@pytest.mark.parametrize("typed", DONE_AFTER_PHOTOS)
def test_a_word_of_being_done_after_photos_sent_with_an_offered_story_is_no_more_of_it(citizen, typed):
    """Found by hand: a story offered, two photos, then "udah itu aja" was joined to the story and offered again
    («"jalan depan sd 2 rusak parah banyak lubang udah itu aja"»)."""
    story = "jalan depan sd 2 rusak parah banyak lubang"
    citizen.says(story)
    citizen.says("", **PHOTO)
    citizen.says("", **PHOTO)
    reply = citizen.says(typed)
    assert "2 foto" in reply and "Balas YA" in reply and typed not in reply, reply
    citizen.says("ya")
    assert citizen.draft()["description"] == story and len(citizen.draft()["photos"]) == 2


@pytest.mark.parametrize("typed,state,said", [
    ("1", "description", "Ceritakan"), ("jalan depan sd 2 rusak parah", "location", "Kami catat sebagai Pengaduan"),
    ("lubangnya", "kind", "kami catat:"),
])
def test_a_choice_or_a_story_after_photos_at_the_kind_question_is_no_word_of_being_done(citizen, typed, state, said):
    citizen.says("mau lapor pak")
    citizen.says("", **PHOTO)
    reply = citizen.says(typed)
    assert said in reply and "sudah kami terima" not in reply and citizen.state() == state, reply


def test_a_word_of_being_done_at_the_kind_question_without_photos_acknowledges_none(citizen):
    citizen.says("mau lapor pak")
    reply = citizen.says("udah itu aja")
    assert "foto sudah kami terima" not in reply and "kami catat:" not in reply and "Jenis laporan" in reply, reply


@pytest.mark.parametrize("typed,state", [
    ("1", "confirm"), ("rahasia aja", "confirm"), ("biasa aja", "confirm"), ("anonim aja cukup", "confirm"),
    ("itu jalannya rusak parah pak", "privacy"), ("semua warga kesulitan lewat", "privacy"),
])
def test_a_choice_or_more_of_the_story_after_photos_is_no_word_of_being_done(citizen, typed, state):
    _photos_sent(citizen)
    reply = citizen.says(typed)
    assert "sudah kami terima" not in reply and citizen.state() == state


@pytest.mark.parametrize("typed", ["kirim", "kirim aja pak"])
def test_a_word_of_sending_after_photos_is_still_told_one_choice_is_left(citizen, typed):
    _photos_sent(citizen)
    reply = citizen.says(typed)
    assert "satu pilihan lagi" in reply and "sudah kami terima" not in reply and citizen.state() == "privacy"


def test_a_word_of_being_done_without_photos_acknowledges_none(citizen):
    to_step(citizen, "privacy")  # LEWATI: no photo
    reply = citizen.says("udah itu aja")
    assert "foto sudah kami terima" not in reply and "Mohon balas" not in reply and "Pilih kerahasiaan" in reply


def _to_summary(citizen: Citizen) -> None:
    to_step(citizen, "privacy")
    citizen.says("1")
    assert citizen.state() == "confirm"


@pytest.mark.parametrize("typed,fixed", [
    ("ubah lokasinya, harusnya Jl. Kenanga no 5", "Jl. Kenanga no 5"),
    ("ganti alamatnya jadi Jl. Kenanga no 5", "Jl. Kenanga no 5"),
    ("tolong ubah alamat ke desa Karangrejo rt 3", "desa Karangrejo rt 3"),
    ("lokasinya diganti jadi depan pasar Kliwon", "depan pasar Kliwon"),
    ("lokasi nya di ubah pak, yang bener gang mawar rt 5", "gang mawar rt 5"),
    ("alamatnye salah bang harusnya jl kenanga no 5", "jl kenanga no 5"),  # Betawi
    ("eh rubah tempatnya jd depan SDN 3 Karangrejo", "depan SDN 3 Karangrejo"),
])
def test_a_change_of_the_place_asked_in_words_at_the_summary_mends_the_place(citizen, typed, fixed):
    """Found by hand: "ubah lokasinya, harusnya gang mawar bukan melati" and "alamatnye salah bang harusnya jl
    kenanga no 5" at the summary were added to the story, the old place kept."""
    _to_summary(citizen)
    reply = citizen.says(typed)
    draft = citizen.draft()
    assert fixed in draft["location_text"] and fixed not in draft["description"]
    assert "lokasi sudah kami perbaiki" in reply and "Periksa laporan" in reply and citizen.state() == "confirm"


@pytest.mark.parametrize("typed,state", [
    ("ubah lokasi", "location"), ("ganti alamatnya", "location"),
    ("tolong ganti lampunya pak, udah mati seminggu", "confirm"),
    ("jalannya harus diganti aspalnya semua, bukan ditambal", "confirm"),
    ("tolong perbaiki tempat sampah di pasar, udah rusak semua", "confirm"),
    ("ganti tempat duduk halte yang patah juga pak", "confirm"),
    ("alamat di ktp saya beda, ubah datanya susah", "confirm"),
])
def test_a_change_naming_no_new_place_leaves_the_place_as_it_was(citizen, typed, state):
    _to_summary(citizen)
    citizen.says(typed)
    assert citizen.state() == state
    if state == "confirm":
        assert citizen.draft()["location_text"] == "Jl. Raya Banyuanyar, Kec. Sampang"


@pytest.mark.parametrize("typed,place", [
    ("jl raya banyuanyar kec sampang rt 3 rw 2", "jl raya banyuanyar kec sampang rt 3 rw 2"),
    ("Jl. Raya Banyuanyar RT 3, Kec. Sampang", "Jl. Raya Banyuanyar RT 3, Kec. Sampang"),
    ("Jl. Raya Banyuanyar", "Jl. Raya Banyuanyar, Kec. Sampang"),  # a part of it again: nothing to add
    ("rt 3 rw 2", "Jl. Raya Banyuanyar, Kec. Sampang, rt 3 rw 2"),  # more of it: added
    ("dekat masjid al ikhlas", "Jl. Raya Banyuanyar, Kec. Sampang, dekat masjid al ikhlas"),
])
def test_the_place_typed_again_fuller_at_the_photo_step_replaces_it_instead_of_joining_twice(citizen, typed, place):
    """Found by hand: "gang melati rt 5 desa sukamaju" after "gang melati" was stored as "gang melati, gang melati
    rt 5 desa sukamaju", and "jalan merdeka" typed again as "jalan merdeka, jalan merdeka"."""
    to_step(citizen, "photo")
    reply = citizen.says(typed)
    assert citizen.draft()["location_text"] == place and citizen.state() == "photo"
    assert f"lokasinya kami lengkapi: {place}" in reply or place == "Jl. Raya Banyuanyar, Kec. Sampang"


@pytest.mark.parametrize("typed,other", [
    ("eh iya ada lagi min, got di gang kenari mampet", "got di gang kenari mampet"),
    ("ada lg pak lampu jalan depan masjid mati", "lampu jalan depan masjid mati"),
    ("satu lg min sampah di pasar numpuk", "sampah di pasar numpuk"),
    ("selain itu saluran air di gang kenari mampet", "saluran air di gang kenari mampet"),
    ("onok maneh pak, lampu dalan mati", "lampu dalan mati"),  # Javanese
    ("aya deui, sampah di pasar numpuk", "sampah di pasar numpuk"),  # Sundanese
])
def test_another_problem_told_with_a_word_of_there_being_more_is_kept_for_the_next_report(citizen, typed, other):
    """Found by hand: "eh iya ada lagi min, got di gang kenari mampet" at the privacy question of a street-lamp
    report joined the lamp's story ("juga" and "satu lagi" were heard, "ada lagi" was not)."""
    to_step(citizen, "privacy")
    reply = citizen.says(typed)
    draft = citizen.draft()
    assert "laporan lain" in reply and other in draft["next_story"] and other not in draft["description"]
    assert citizen.state() == "privacy"


@pytest.mark.parametrize("typed", ["ada lagi yg jatuh kemarin, 2 motor", "oh iya lubangnya ada lagi di sebelahnya"])
def test_more_of_the_same_problem_with_a_word_of_there_being_more_joins_the_story(citizen, typed):
    to_step(citizen, "privacy")
    reply = citizen.says(typed)
    assert "laporan lain" not in reply and not citizen.draft().get("next_story")


@pytest.mark.parametrize("told", [
    "saya mau nambahin foto",  # "Silakan kirim fotonya …: kami lampirkan pada LPR-1"
    "pak ini tambahan foto lubangnya makin lebar",  # told, with the photo to follow
    "tambahan utk LPR-1 pak, fotonya menyusul ya",
])
def test_a_photo_right_after_an_addition_announced_for_a_complaint_goes_to_it(citizen, told):
    """Found by hand: "pak ini tambahan foto lubangnya makin lebar", then the photo, was asked "Apakah ini untuk
    laporan Anda LPR-1? Balas TAMBAHAN …": the citizen had just said so (and "saya mau nambahin foto" had been told
    "Silakan kirim fotonya …: kami lampirkan pada LPR-1")."""
    filed(citizen)
    citizen.says(told)
    reply = citizen.says("", **PHOTO)
    assert "sudah kami lampirkan pada LPR-1" in reply and "Apakah ini untuk" not in reply, reply
    added = [e for e in citizen.complaints()[0].timeline if e.event == Event.EVIDENCE]
    assert sum(len(entry.media) for entry in added) == 1 and citizen.draft() == {}


def test_the_photos_after_the_first_announced_go_to_the_same_complaint(citizen):
    filed(citizen)
    citizen.says("saya mau nambahin foto")
    citizen.says("", **PHOTO)
    assert "sudah kami lampirkan pada LPR-1" in citizen.says("", **PHOTO)
    added = [e for e in citizen.complaints()[0].timeline if e.event == Event.EVIDENCE]
    assert sum(len(entry.media) for entry in added) == 2


def test_a_photo_long_after_an_addition_or_with_none_announced_is_asked_about(citizen, clock):
    filed(citizen)
    assert "Apakah ini untuk laporan Anda LPR-1" in citizen.says("", **PHOTO)
    citizen.says("TAMBAHAN")
    citizen.says("pak ini tambahan foto lubangnya makin lebar")
    clock.advance(hours=2)
    assert "Apakah ini untuk laporan Anda LPR-1" in citizen.says("", **PHOTO)


@pytest.mark.parametrize("typed", ["cokop jiah", "udah itu aja pak", "cukup", "itu aja fotonya", "wis iku wae",
                                   "geus eta wae"])
def test_a_word_of_being_done_after_photos_at_the_place_question_is_no_place(citizen, typed):
    """Found by hand: a voice note, two photos, then "cokop jiah" (Madurese: "that's enough") at "Di mana
    lokasinya?" was stored as the place and the complaint filed with "Lokasi: cokop jiah"."""
    to_step(citizen, "location")
    citizen.says("", **PHOTO)
    citizen.says("", **PHOTO)
    reply = citizen.says(typed)
    assert "2 foto sudah kami terima" in reply and "ulis alamat" in reply, reply  # the place asked again
    assert not citizen.draft().get("location_text") and citizen.state() == "location"


@pytest.mark.parametrize("typed", ["Jl. Raya Banyuanyar, Kec. Sampang", "depan masjid al ikhlas desa cukup"])
def test_a_place_after_photos_at_the_place_question_is_the_place(citizen, typed):
    to_step(citizen, "location")
    citizen.says("", **PHOTO)
    citizen.says(typed)
    assert citizen.draft()["location_text"] and citizen.state() != "location"


@pytest.mark.parametrize("told", ["pak ini sy tambahin fotonya ya buat laporan jalan",
                                  "mau nambahin foto utk laporan sy", "tambahan foto buat laporan yg kemarin pak"])
def test_a_photo_announced_for_the_report_is_awaited_not_passed_on_as_words(citizen, told):
    """Found playing a returning citizen: "pak ini sy tambahin fotonya ya buat laporan lampu" reached the officers as
    the addition's words, the photo after it as a second addition."""
    filed(citizen)
    assert "Silakan kirim fotonya" in citizen.says(told)
    reply = citizen.says("", **PHOTO)
    assert "sudah kami lampirkan pada LPR-1" in reply, reply
    added = [e for e in citizen.complaints()[0].timeline if e.event == Event.EVIDENCE]
    assert len(added) == 1 and len(added[0].media) == 1


def test_an_addition_for_the_report_that_tells_something_is_passed_on(citizen):
    filed(citizen)
    reply = citizen.says("tambahan buat laporan jalan, lubangnya skrg makin lebar")
    assert "sudah kami lampirkan pada LPR-1" in reply, reply


def test_a_sticker_from_a_citizen_with_a_complaint_open_gets_one_line_not_the_menu(citizen):
    """Found playing a returning citizen: a sticker days after filing got "Stiker tidak kami simpan sebagai foto
    laporan." and the whole menu, and the next sticker the whole menu again."""
    filed(citizen)
    for _ in range(2):
        reply = citizen.says("", **STICKER)
        assert "Balas dengan angka:\n1 Buat pengaduan" not in reply and "foto laporan" not in reply, reply
        assert "STATUS" in reply and citizen.state() == "idle"


def test_a_sticker_first_from_a_new_number_still_gets_the_menu(citizen):
    assert "Balas dengan angka:\n1 Buat pengaduan" in citizen.says("", **STICKER)
