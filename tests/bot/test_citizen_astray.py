"""Answers typed at the wrong question, and citizens coming back after filing, found by hand (branch citizens13): a
place typed at the kind question, the kind in plain words ("BIASA SAJA"), a reminder that recalls the place offered,
impatience about nobody coming with two complaints open, a middling rating whose words say the problem is still
there, a photo announced for the report filed before, and asking for a person a third time."""

from __future__ import annotations

import pytest

from models.vocab import Event
from tests.bot.test_citizen_phrasings import to_step
from tests.bot.test_conversation import finished
from tests.parties import PHOTO, ROAD, Citizen, file, filed_and_forwarded, walked_once

VAGUE_STORY = "lampu jalan di depan rumah saya mati sudah seminggu, gelap sekali kalau malam"


@pytest.fixture
def citizen(app):
    return Citizen(app)


def at_the_kind_after_a_story(citizen: Citizen, story: str = VAGUE_STORY) -> None:
    citizen.says(story)
    assert "Jenis laporan" in citizen.says("ya")
    assert citizen.state() == "kind"


@pytest.mark.parametrize("typed,kind,place,state", [
    # the kind's number (or name) and the place in one message: both kept, the place not added to the story
    ("1, lokasinya depan SDN 3", "pengaduan", "depan SDN 3", "photo"),
    ("1 di gang mawar rt 2", "pengaduan", "gang mawar rt 2", "photo"),
    ("pengaduan, di jl melati no 4", "pengaduan", "jl melati no 4", "photo"),
    ("1. alamatnya jl kenari no 5 rt 3", "pengaduan", "jl kenari no 5 rt 3", "photo"),
    # the place alone, named as the place or opening with a short "near": kept, the kind asked again
    ("lokasinya di depan sdn 3 pak", None, "depan sdn 3", "kind"),
    ("tempatnya dekat masjid al ikhlas", None, "dekat masjid al ikhlas", "kind"),
    ("dpn masjid jl kenari", None, "dpn masjid jl kenari", "kind"),
    ("ALAMATNYA GANG MAWAR RT 2 DESA SUKAMAJU", None, "GANG MAWAR RT 2 DESA SUKAMAJU", "kind"),
    ("di jl kenari 5 dekat masjid", None, "jl kenari 5 dekat masjid", "kind"),  # as before
])
def test_a_place_typed_at_the_kind_question_is_the_place_not_more_story(citizen, typed, kind, place, state):
    """Found by hand: "1, lokasinya depan SDN 3" was added to the story ("Baik, ditambahkan ke isi laporan") and
    offered back as a place to confirm; "tempatnya dekat masjid al ikhlas" joined the story; "dpn masjid jl kenari"
    got "Mohon balas 1, 2 atau 3" and was lost."""
    at_the_kind_after_a_story(citizen)
    reply = citizen.says(typed)
    draft = citizen.draft()
    assert draft.get("location_text") == place, (reply, draft)
    assert draft.get("kind") == kind and citizen.state() == state, (reply, draft)
    assert typed not in draft["description"] and "ditambahkan ke isi laporan" not in reply, reply
    assert "Lokasi diterima" in reply, reply


@pytest.mark.parametrize("typed", [
    "1 krn tiap ujan pasti banjir",  # a reason: more of the story, as before
    "1, udah 3 kali ada yg jatuh",
    "1, di depan rumah saya",  # no address: its address is asked at the place step
    "1. jalannya juga rusak parah di jl kenari",  # a problem, with its place
])
def test_the_kind_with_words_that_are_no_address_is_no_place(citizen, typed):
    at_the_kind_after_a_story(citizen)
    citizen.says(typed)
    assert not citizen.draft().get("location_text"), citizen.draft()


@pytest.mark.parametrize("typed", ["BIASA SAJA", "biasa saja", "Biasa aja pak", "yg biasa aja", "biasa wae",
                                   "yang biasa", "BIASA", "laporan biasa aja", "standar aja"])
def test_a_plain_one_at_the_kind_question_is_a_pengaduan(citizen, typed):
    """Found by hand: "BIASA SAJA" (the ordinary kind) at the kind question got "Mohon balas 1, 2 atau 3"."""
    at_the_kind_after_a_story(citizen)
    reply = citizen.says(typed)
    assert citizen.draft().get("kind") == "pengaduan" and "Pengaduan" in reply, reply
    assert "Mohon balas 1, 2 atau 3" not in reply, reply


@pytest.mark.parametrize("typed", ["biasanya lampu nyala", "tidak biasa", "biasa saja?"])
def test_other_words_of_plainness_at_the_kind_question_choose_nothing_at_once(citizen, typed):
    at_the_kind_after_a_story(citizen)
    citizen.says(typed)
    assert citizen.state() == "kind" and not citizen.draft().get("kind")


@walked_once
def two_filed(people: dict) -> None:
    file(people["citizen"], photo=False)
    file(people["citizen"], description=ROAD, photo=False)


NOBODY_CAME = ["udah 3 hari kok blm ada yg dtg", "sdh seminggu gak ada yg dateng", "kok belum ditangani juga",
               "blm ada petugas yg dateng pak", "udah 5 hari ga ada yang ngecek", "sampai skrg belum ada yg datang",
               "KOK BELUM ADA YANG DATANG PAK", "wis seminggu durung ono sing teko", "tos saminggu can aya nu datang"]


@pytest.mark.parametrize("typed", NOBODY_CAME)
def test_nobody_come_yet_with_two_complaints_open_is_sorry_with_both(people, typed):
    """Found by hand: "udah 3 hari kok blm ada yg dtg" from a citizen with two complaints open was kept as a story's
    first bubble, and "sdh seminggu gak ada yg dateng" after it offered both as a new report."""
    two_filed(people)
    reply = people["citizen"].says(typed)
    assert "Mohon maaf atas lamanya" in reply and "LPR-1" in reply and "LPR-2" in reply, reply
    assert "Sepertinya Anda ingin melapor" not in reply and "Pesan Anda kami catat" not in reply, reply


@pytest.mark.parametrize("typed", NOBODY_CAME[:3])
def test_nobody_come_yet_with_one_complaint_open_is_sorry_with_its_status(people, typed):
    file(people["citizen"], photo=False)
    reply = people["citizen"].says(typed)
    assert "Mohon maaf atas lamanya" in reply and "LPR-1" in reply and "Status:" in reply, reply


@pytest.mark.parametrize("typed", [
    "udah ada yg dateng kemarin tapi cuma foto2",  # someone came: it tells
    "udah 3 hari gak ada bidan yg dateng ke posyandu kami",  # another matter
])
def test_someone_came_or_another_matter_is_no_apology(people, typed):
    two_filed(people)
    assert "Mohon maaf atas lamanya" not in people["citizen"].says(typed)


LAMP = "Lampu penerangan jalan di gang mawar mati semua sudah dua minggu, gelap sekali kalau malam"


@pytest.mark.parametrize("typed", ["3, redup bgt", "3 masih bocor dikit", "3 cuma nyala satu", "3, lampunya kedip2",
                                   "3 redup pak", "3. nyalanya redup", "3, yg nyala cuma 2", "4 bagus tp agak redup",
                                   "3 baru nyala separuh"])
def test_a_middling_rating_whose_words_say_the_problem_is_still_there_asks_whether_to_reopen(citizen, typed):
    """Found by hand: "3, redup bgt" and "3 cuma nyala satu" after the lamp was said fixed were thanked and closed;
    "3 masih bocor dikit" was asked (BUKA / SELESAI) as the same must be."""
    finished(citizen, description=LAMP, answer="Lampu sudah diganti.")
    reply = citizen.says(typed)
    assert "Apakah masalahnya belum selesai?" in reply, reply
    assert citizen.complaints()[0].status == "selesai"
    assert "kami buka kembali" in citizen.says("buka") and citizen.complaints()[0].status == "proses"


@pytest.mark.parametrize("typed", ["2 lampunya masih mati", "2, redup bgt", "1 cuma nyala satu"])
def test_a_low_rating_whose_words_say_the_problem_is_still_there_reopens(citizen, typed):
    finished(citizen, description=LAMP, answer="Lampu sudah diganti.")
    assert "kami buka kembali" in citizen.says(typed)


@pytest.mark.parametrize("typed", ["3, lumayan lah", "3 agak lama", "3, udah gak redup", "3 semoga gak rusak lagi",
                                   "3, petugasnya ramah", "4 terang sekarang", "3 nyala semua alhamdulillah"])
def test_a_middling_rating_with_other_words_stays_a_rating(citizen, typed):
    finished(citizen, description=LAMP, answer="Lampu sudah diganti.")
    reply = citizen.says(typed)
    assert "Apakah masalahnya belum selesai?" not in reply and "Terima kasih" in reply, reply
    assert citizen.complaints()[0].status == "selesai"


def test_redup_at_the_comment_question_after_a_3_asks_whether_to_reopen(citizen):
    finished(citizen, description=LAMP, answer="Lampu sudah diganti.")
    citizen.says("3")
    assert "Apakah masalahnya belum selesai?" in citizen.says("redup bgt pak")


@pytest.mark.parametrize("typed", ["ini fotonya pak buat yg kemarin", "fotonya nyusul ya",
                                   "sy kirim fotonya buat laporan td", "FOTONYA MENYUSUL PAK",
                                   "ntar sy kirim fotonya buat laporan sy", "ini videonya buat yg td",
                                   "bentar ya fotonya nyusul", "ini foto buat yang kmrn min"])
def test_a_photo_announced_for_the_report_filed_is_awaited_for_it(people, typed):
    """Found by hand: "ini fotonya pak buat yg kemarin", "fotonya nyusul ya", "sy kirim fotonya buat laporan td" from a
    citizen with one complaint open got the menu (citizens12 read "… buat laporan lampu" only)."""
    file(people["citizen"], photo=False)
    citizen = people["citizen"]
    reply = citizen.says(typed)
    assert "Silakan kirim" in reply and "kami lampirkan pada LPR-1" in reply and "Buat pengaduan" not in reply, reply
    reply = citizen.says(**PHOTO)
    assert "sudah kami lampirkan pada LPR-1" in reply and "Apakah" not in reply, reply
    added = [e for e in citizen.complaints()[0].timeline if e.event == Event.EVIDENCE]
    assert len(added) == 1 and len(added[0].media) == 1


@pytest.mark.parametrize("typed", ["fotonya buat apa ya pak?", "ini foto jalan rusak di desa sebelah, parah bgt"])
def test_other_words_of_a_photo_are_not_awaited_for_the_report(people, typed):
    file(people["citizen"], photo=False)
    assert "Silakan kirim" not in people["citizen"].says(typed)


def test_a_photo_announced_for_the_report_with_two_open_asks_which(people):
    two_filed(people)
    reply = people["citizen"].says("fotonya nyusul ya")
    assert "LPR-1" in reply and "LPR-2" in reply and "Buat pengaduan" not in reply, reply


@pytest.mark.parametrize("asks", [
    ("ini bot ya?", "sy mau ngomong sm orang", "pliss sambungin ke orang aja pak"),
    ("bisa bicara dengan petugas?", "mau ngomong sm petugas", "SAYA MAU BICARA DENGAN ORANG"),
    ("bisa telpon aja ga", "tolong sambungkan ke operator", "min sambungin ke admin dong"),
])
def test_a_person_asked_for_a_third_time_gets_a_short_different_answer(people, asks):
    """Found by hand: the third ask for a person got the second answer word for word; "pliss sambungin ke orang aja
    pak" got the menu, and "bisa bicara dengan petugas?" right after the forwarding news was offered as a question
    for the agency."""
    filed_and_forwarded(people, photo=False)
    replies = [people["citizen"].says(typed) for typed in asks]
    third = replies[2]
    assert third != replies[1] and "belum bisa bicara langsung" not in third, third
    assert "kami paham" in third and "TAMBAHAN LPR-1" in third and "kantor Dinas Lingkungan Hidup" in third, third
    assert len(third) < len(replies[1]), (third, replies[1])
    assert people["citizen"].says(asks[2]) == third  # a fourth: the same short one, not the long one again


def test_a_person_asked_for_a_third_time_before_any_complaint(people):
    replies = [people["citizen"].says(typed) for typed in ("ini bot ya?", "sy mau ngomong sm orang", "ada orang?")]
    assert replies[2] != replies[1] and "kami paham" in replies[2] and "ketik 1" in replies[2], replies[2]
    assert "TAMBAHAN" not in replies[2]


@pytest.mark.parametrize("story,vague", [
    ("pak, dalan teng ngajeng griya kulo rusak parah, kathah bolongan, sampun setunggal wulan", "ngajeng griya kulo"),
    ("punten, jalan di payun bumi abdi rusak parah pisan, seueur lombang", "payun bumi abdi"),
    ("lampu jalan ning ngarep omah kulo mati wis seminggu", "ngarep omah kulo"),
    ("bang, got depan rumah aye mampet, aer luber ke jalan kalo ujan", "depan rumah aye"),
])
def test_a_place_told_by_whose_house_in_regional_words_is_asked_for_its_address(citizen, story, vague):
    """Found by hand: "dalan teng ngajeng griya kulo rusak" (Javanese krama, "the road in front of my house") was
    asked the bare "Di mana lokasinya?", as if no place was told."""
    citizen.says(story)
    citizen.says("ya")
    reply = citizen.says("1")
    assert f'lokasinya "{vague}"' in reply, reply


def test_a_house_named_with_no_owner_is_no_vague_place(citizen):
    citizen.says("jalan depan griya seni sukamaju rusak parah, lubangnya dalam sekali sudah sebulan")
    citizen.says("ya")
    assert "Anda menyebut lokasinya" not in citizen.says("1")


@pytest.mark.parametrize("typed,kind", [
    ("aspirasi aja, usul pasang lampu di taman kota sukamaju biar ga gelap", "aspirasi"),
    ("2, usul ada bank sampah di tiap rw, warga banyak yg mau ikut", "aspirasi"),
    ("1, lampu jalan di gang mawar mati sudah seminggu", "pengaduan"),
])
def test_a_whole_story_after_the_kind_is_the_story_not_a_start_of_one(citizen, typed, kind):
    """Found by hand: "aspirasi aja, usul pasang lampu di taman kota sukamaju biar ga gelap" at the kind question
    (asked before any story) was kept as a story's start and answered "Ceritanya masih terlalu singkat"."""
    citizen.says("1")
    reply = citizen.says(typed)
    draft = citizen.draft()
    assert draft["kind"] == kind and draft["description"] and citizen.state() == "location", (reply, draft)
    assert "terlalu singkat" not in reply, reply


def test_a_reason_after_the_kind_before_any_story_is_still_its_start(citizen):
    citizen.says("1")
    assert "terlalu singkat" in citizen.says("1 krn tiap ujan pasti banjir")
    assert citizen.state() == "description"


def test_a_place_offered_from_the_story_ends_before_so_that(citizen):
    citizen.says("1")
    citizen.says("2")
    reply = citizen.says("usul pasang lampu di taman kota sukamaju biar ga gelap kalau malam")
    assert "Lokasinya di taman kota sukamaju?" in reply, reply


@pytest.mark.parametrize("typed", ["tiga, redup", "tiga, masih redup", "3, lampune isih surem",
                                   "bintang 3, kedap kedip"])
def test_a_number_in_words_keeps_its_comment_and_a_fault_asks_whether_to_reopen(citizen, typed):
    """Found by hand: "tiga, redup" was read as a bare 3 (the comment dropped, "Ada komentar?" asked); "3, lampune
    isih surem" (Javanese: still dim) was thanked and closed."""
    finished(citizen, description=LAMP, answer="Lampu sudah diganti.")
    assert "Apakah masalahnya belum selesai?" in citizen.says(typed)
    [stored] = citizen.complaints()
    assert stored.rating == 3 and stored.rating_comment, stored.rating_comment


@pytest.mark.parametrize("typed", ["tiga", "bintang tiga", "tiga pak"])
def test_a_number_in_words_alone_asks_for_a_comment(citizen, typed):
    finished(citizen, description=LAMP, answer="Lampu sudah diganti.")
    assert "Ada komentar?" in citizen.says(typed)


@pytest.mark.parametrize("typed", ["gmn kbr laporan kmrn", "kbr laporan sy gmn pak", "ada kbr blm min?"])
def test_news_asked_with_kabar_shortened_shows_the_complaint(people, typed):
    """Found by hand: "gmn kbr laporan kmrn" a day after filing was offered as a request for information ("kbr" was
    no "kabar")."""
    file(people["citizen"], photo=False)
    reply = people["citizen"].says(typed)
    assert "LPR-1" in reply and "Sepertinya Anda ingin bertanya" not in reply, reply


@pytest.mark.parametrize("step", ["photo", "privacy"])
@pytest.mark.parametrize("typed,place", [
    ("oh iya lokasinya tepatnya di gg kenari no 3 rt 2", "gg kenari no 3 rt 2"),
    ("eh alamatnya jl raya banyuanyar no 12 kec sampang", "jl raya banyuanyar no 12 kec sampang"),
    ("lokasi tepatnya depan masjid al ikhlas jl raya banyuanyar", "depan masjid al ikhlas jl raya banyuanyar"),
])
def test_the_place_named_again_at_a_later_step_replaces_it(citizen, step, typed, place):
    """Found by hand: "oh iya lokasinya tepatnya di gg kenari no 3 rt 2" at the photo question was added to the story,
    the place left "gang kenari"."""
    to_step(citizen, step)
    reply = citizen.says(typed)
    draft = citizen.draft()
    assert draft["location_text"] == place and typed not in draft["description"], (reply, draft)
    assert citizen.state() == step


def test_more_of_the_story_naming_its_place_at_the_photo_step_is_still_story(citizen):
    to_step(citizen, "photo")
    citizen.says("oh iya tempatnya sering dipakai anak sekolah lewat tiap pagi")
    assert citizen.draft()["location_text"] == "Jl. Raya Banyuanyar, Kec. Sampang"


BRIBE = "pak ada pungli di kantor desa sukamaju, tiap ngurus surat pengantar dimintai 50rb sama oknum perangkat"


def test_a_first_report_of_an_officer_speaks_of_no_report_of_ones_own(citizen):
    """Found by hand: a first message reporting an officer's extortion, from a number with no complaint, was told
    "Pesan ini tidak kami kirim kepada petugas yang menangani laporan Anda" (it has none)."""
    reply = citizen.says(BRIBE)
    assert "melaporkan petugas" in reply and "Anonim" in reply and "laporan Anda" not in reply, reply
    assert "Jenis laporan" in citizen.says("ya")


def test_a_report_of_an_officer_with_a_complaint_open_says_it_goes_to_no_officer_of_it(people):
    file(people["citizen"], photo=False)
    reply = people["citizen"].says(BRIBE)
    assert "tidak kami kirim kepada petugas yang menangani laporan Anda" in reply, reply
