"""Citizens played by hand (branch citizens19): a story left overnight answered with an apology for replying late
("maaf baru bales", "sori br buka hp, …") is the story left, taken up again, not a new one with the apology in it."""

from __future__ import annotations

import pytest

from tests.bot.test_conversation import DESCRIPTION
from tests.parties import Citizen

STORY = "jalan di depan sd negeri 2 banyuanyar berlubang besar sudah 2 bulan, motor sering jatuh"


@pytest.fixture
def citizen(app):
    return Citizen(app)


# 1. A story left overnight answered with "maaf baru bales" -------------------------------------------------------
# The draft lapsed (its notice offered the story again, "Balas YA untuk melanjutkan"); the apology for replying late
# that came with or without more was glued onto the story offered ("… motor sering jatuh maaf baru bales pak").

def after_notice(reply: str) -> str:
    """What the reply says after the lapsed draft's notice."""
    return reply.split("atau MENU untuk pilihan lain.", 1)[-1]


def _left_overnight(citizen, clock):
    citizen.says("1")
    citizen.says("1")
    citizen.says(STORY)
    clock.advance(hours=14)


@pytest.mark.parametrize("apology", [
    "maaf baru bales pak", "maaf pak baru sempat", "sori br buka hp", "Mohon maaf baru balas 🙏",
    "MAAF BARU BALES", "mf td lg sibuk pak, baru sempat bls", "punten nembe tiasa ngawaler",
    "maaf kak baru liat wa", "sorry telat bales min, td ketiduran", "mohon maaf pak br sempet bales", "maaf pak",
])
def test_an_apology_for_replying_late_keeps_the_story_left(citizen, clock, apology):
    _left_overnight(citizen, clock)
    reply = citizen.says(apology)
    assert "masih kami simpan" in reply and apology not in reply, reply
    assert citizen.state() == "offer"
    reply = citizen.says("ya")
    assert "lokasi" in reply.lower() and citizen.draft()["description"] == STORY, reply


@pytest.mark.parametrize("apology,rest", [
    ("sori br buka hp, lubangnya tepat di depan gerbang sekolah", "lubangnya tepat di depan gerbang sekolah"),
    ("maaf baru bales pak. kemarin ada anak sekolah jatuh juga", "kemarin ada anak sekolah jatuh juga"),
    ("maaf baru sempat balas, makin parah sekarang lubangnya", "makin parah sekarang lubangnya"),
])
def test_what_follows_the_apology_joins_the_story_without_it(citizen, clock, apology, rest):
    _left_overnight(citizen, clock)
    reply = citizen.says(apology)
    after = after_notice(reply)
    assert rest in after and "maaf" not in after.lower() and "sori" not in after, reply


@pytest.mark.parametrize("apology", ["maaf bu baru bales. lanjut", "sori baru buka hp, lanjut pak"])
def test_an_apology_with_going_on_takes_the_story_up(citizen, clock, apology):
    _left_overnight(citizen, clock)
    reply = citizen.says(apology)
    assert "Lokasinya di depan SD negeri 2 banyuanyar?" in reply, reply
    assert citizen.draft()["description"] == STORY


def test_a_story_offered_while_idle_is_not_glued_to_the_apology(citizen, clock):
    reply = citizen.says(DESCRIPTION)
    assert "Balas YA" in reply
    clock.advance(hours=10)
    reply = citizen.says("maaf baru bales pak")
    assert "baru bales" not in reply and "Balas YA" in reply and citizen.state() == "offer", reply


# near misses: an apology that is the story or its clause ("maaf pak jalan di desa kami rusak"), and one after a
# complaint sent or a draft cancelled: nothing is taken up again
def test_an_apology_with_a_new_story_is_that_story(citizen, clock):
    _left_overnight(citizen, clock)
    reply = citizen.says("maaf pak mau lapor lampu jalan di gang melati mati semua sejak seminggu")
    assert "lampu jalan di gang melati" in after_notice(reply) and STORY not in after_notice(reply), reply


@pytest.mark.parametrize("ending", ["KIRIM", "BATAL"])
def test_nothing_is_taken_up_after_a_complaint_sent_or_cancelled(citizen, clock, ending):
    citizen.says("1")
    citizen.says("1")
    citizen.says(STORY)
    citizen.says("ya")
    citizen.says("LEWATI")
    citizen.says("1")
    citizen.says(ending)
    clock.advance(hours=14)
    reply = citizen.says("maaf baru bales pak")
    assert STORY not in reply and "masih kami simpan" not in reply, reply
    assert citizen.state() == "idle"


# 2. News under a heading with two complaints open -----------------------------------------------------------------
# "info pak, …", "kabar terbaru: …", "update min, …" telling how things stand was offered as a new «permintaan
# informasi» (or got the list of complaints) when two were open; with one open it is news of it. Now it is news of
# the one its words are about, and when they cannot tell, the citizen is asked which.

WATER = "air pdam di perumahan griya asri tidak mengalir sudah 4 hari, warga kesulitan air bersih"
ROAD = "jalan di desa sukamaju berlubang besar di depan balai desa, sudah 2 motor jatuh"


def _two_open(citizen):
    citizen.file(description=WATER, place="perumahan griya asri")
    citizen.file(description=ROAD, place="depan balai desa sukamaju")


@pytest.mark.parametrize("news,reference", [
    ("info pak, sekarang airnya udah ngalir tapi masih keruh", "LPR-1"),
    ("kabar terbaru: lubang jalannya makin lebar, tadi ada motor jatuh lagi", "LPR-2"),
    ("Update min, air pdam nya masih mati sampe skrg", "LPR-1"),
    ("infonya pak lubangnya udah ditutup sebagian", "LPR-2"),
])
def test_news_under_a_heading_goes_to_the_complaint_it_is_about(citizen, news, reference):
    _two_open(citizen)
    reply = citizen.says(news)
    assert "permintaan informasi" not in reply and reference in reply and "Laporan Anda:" not in reply, reply


@pytest.mark.parametrize("news", [
    "info pak, sudah beres", "kabar terbaru: sudah diperbaiki kemarin sore",
    "info min, barusan petugas datang ke lokasi", "INFO TERKINI PAK UDAH NORMAL LAGI", "info aja pak, udah dibenerin",
])
def test_news_that_fits_either_complaint_asks_which(citizen, news):
    _two_open(citizen)
    reply = citizen.says(news)
    assert "permintaan informasi" not in reply and "yang mana" in reply and "LPR-1" in reply and "LPR-2" in reply
    reply = citizen.says("2")
    assert "LPR-2" in reply and citizen.state() == "idle", reply
    assert any(news in entry.text for entry in citizen.complaints()[1].timeline if entry.text), "not passed on"


@pytest.mark.parametrize("asked", ["info pak, syarat bikin akta kelahiran apa saja", "info dong syarat bikin ktp"])
def test_a_request_for_information_with_two_open_is_still_one(citizen, asked):
    _two_open(citizen)
    assert "permintaan informasi" in citizen.says(asked)


def test_a_new_problem_under_a_heading_with_two_open_is_no_news_of_them(citizen):
    _two_open(citizen)
    reply = citizen.says("info pak, ada pohon tumbang menutup jalan raya omben dekat pasar")
    assert "yang mana" not in reply and "melapor" in reply, reply


# 3. A forwarded bubble that is only a chain's header or footer ----------------------------------------------------
# "*INFO PENTING*", "Diteruskan dari grup RT", "sebarkan!!" sent as bubbles of their own were kept as a story's
# bubbles and offered as a report (or a request for information) once joined; the footer after the story offered
# was glued onto it.

WRAPPINGS = ["*INFO PENTING*", "Diteruskan dari grup RT 05", "sebarkan!!", "[BROADCAST]", "*PENGUMUMAN*",
             "Mohon disebarkan ke grup lain 🙏", "📢📢 INFO WARGA 📢📢", "fwd dari grup sebelah", "SHARE YA"]
CHAIN_BODY = "jembatan gantung di dusun krajan desa sukamaju putus tali sebelah, warga dilarang lewat dulu"


@pytest.mark.parametrize("wrapping", WRAPPINGS)
def test_a_bubble_that_is_only_a_chains_wrapping_is_no_report(citizen, wrapping):
    reply = citizen.says(wrapping)
    assert "ingin melapor" not in reply and "ingin bertanya" not in reply, reply
    assert citizen.state() == "idle"
    for more in ("Diteruskan dari grup warga", "sebarkan ke yang lain!!"):  # nothing joined makes it a story
        reply = citizen.says(more)
        assert "ingin melapor" not in reply and "ingin bertanya" not in reply, reply


def test_a_forward_in_three_bubbles_offers_its_body_alone(citizen):
    citizen.says("*INFO PENTING*")
    reply = citizen.says(CHAIN_BODY)
    assert "ingin melapor" in reply and "INFO PENTING" not in reply, reply
    reply = citizen.says("sebarkan!!")
    assert "sebarkan" not in reply and "Balas YA" in reply and citizen.state() == "offer", reply
    citizen.says("ya")
    assert citizen.draft()["description"] == CHAIN_BODY


@pytest.mark.parametrize("told", [
    "info pak, jalan di depan pasar lama berlubang besar sudah sebulan",
    "tolong disebarkan, anak saya hilang sejak kemarin sore di pasar lama",
])
def test_wrapping_words_with_a_story_still_tell_it(citizen, told):
    reply = citizen.says(told)
    assert "Pesan terusan" not in reply, reply


# 4. Captions of several photos under one label --------------------------------------------------------------------
# Each captioned photo added its own line «Keterangan foto: …» to the story staff read: ten photos, ten labels.

def _photo(n: int, caption: str = "") -> dict:
    return {"Body": caption, "NumMedia": "1", "MediaUrl0": f"https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/"
            f"MM{n}/Media/ME{n}", "MediaContentType0": "image/jpeg"}


SHOTS = ["lubangnya sedalam lutut orang dewasa", "ini dari arah timur dekat warung", "bekas motor jatuh kemarin sore"]


@pytest.mark.parametrize("count", [2, 3])
def test_captions_of_several_photos_share_one_label(citizen, count):
    for body in ["1", "1", STORY, "jl melati desa sukamaju kec sampang"]:
        citizen.says(body)
    for n, caption in enumerate(SHOTS[:count], 1):
        citizen.says(**_photo(n, caption))
    story = citizen.draft()["description"]
    assert story.count("Keterangan foto") == 1 and all(caption in story for caption in SHOTS[:count]), story
    assert story.index("Keterangan foto") < story.index(SHOTS[0]), story
    citizen.says("1")
    citizen.says("KIRIM")
    [filed] = citizen.complaints()
    assert filed.description.count("Keterangan foto") == 1, filed.description


def test_one_caption_keeps_its_label_on_its_line(citizen):
    for body in ["1", "1", STORY, "jl melati desa sukamaju kec sampang"]:
        citizen.says(body)
    citizen.says(**_photo(1, SHOTS[0]))
    assert f"Keterangan foto: {SHOTS[0]}" in citizen.draft()["description"]


# 5. An oath opening the story, with a comma or without ------------------------------------------------------------
# "Ya Allah, jalannya parah …" gave staff the title «Jalannya parah …», but "demi Allah pak jalannya parah …",
# "sumpah ya ini udah 3 bulan …" or "astaghfirullah jalannya …" (no comma, or an oath not among the exclamations) gave
# «Demi Allah pak jalannya parah …»: the title every list shows opened with the oath. One rule now: an oath or an
# exclamation opening the story is left out of the title, with a comma or without.

@pytest.mark.parametrize("story,title", [
    ("demi Allah pak jalannya parah, lubang dimana2 di jl mawar", "Jalannya parah"),
    ("sumpah ya ini udah 3 bulan sampah gak diangkut di pasar lama", "Ini udah 3 bulan sampah"),
    ("Demi Allah, jalannya parah lubang dimana2 di jl mawar", "Jalannya parah"),
    ("SUMPAH DEMI ALLAH lampu jalan di gang melati mati sebulan", "Lampu jalan di gang melati"),
    ("astaghfirullah pak jalannya parah lubang dimana2 di jl mawar", "Jalannya parah"),
    ("wallahi bu sampah di pasar lama bau sekali sudah seminggu", "Sampah di pasar lama"),
    ("ya allah min, got depan rumah mampet tiap hujan banjir", "Got depan rumah mampet"),
])
def test_an_oath_opening_the_story_is_left_out_of_the_title(citizen, story, title):
    citizen.file(description=story, place="jl mawar desa sukamaju")
    [filed] = citizen.complaints()
    assert filed.title.startswith(title), filed.title
    assert story.split()[0].lower() in filed.description.lower()  # the story itself is kept as told


@pytest.mark.parametrize("story,title", [
    ("demi keselamatan anak sekolah tolong jalan di depan sd 2 diperbaiki", "Demi keselamatan anak sekolah"),
    ("sumpah pemuda kemarin jalan raya omben ditutup tanpa pemberitahuan", "Sumpah pemuda kemarin"),
])
def test_the_same_words_as_no_oath_stay_in_the_title(citizen, story, title):
    citizen.file(description=story, place="jl mawar desa sukamaju")
    assert citizen.complaints()[0].title.startswith(title), citizen.complaints()[0].title


# 6. Landmarks after a place, and a shop known by its owner --------------------------------------------------------
# "… depan masjid al ikhlas gang 3 sebelah warung bu tini" was offered back as «depan masjid al ikhlas gang 3 sebelah
# warung»: seven words made one part of an address whatever landmark came next, and "bu" after a shop was read as the
# reader addressed, ending the place.

@pytest.mark.parametrize("story,place", [
    ("saluran air mampet depan masjid al ikhlas gang 3 sebelah warung bu tini, air meluap tiap hujan",
     "depan masjid al ikhlas gang 3 sebelah warung bu tini"),
    ("sampah numpuk di gang 3 samping warung pak kumis, baunya sampai ke rumah warga",
     "gang 3 samping warung pak kumis"),
    ("lampu jalan mati di jl kenanga no 12 dekat pos ronda samping rumah pak rt, gelap sekali",
     "jl kenanga no 12 dekat pos ronda samping rumah pak RT"),
    ("jalan berlubang besar depan SD 2 samping toko mas joko sudah sebulan", "depan SD 2 samping toko mas joko"),
])
def test_every_landmark_after_the_place_is_offered_back(citizen, story, place):
    citizen.says("1")
    citizen.says("1")
    reply = citizen.says(story)
    assert f"Lokasinya di {place}?" in reply, reply


@pytest.mark.parametrize("story,place", [
    ("got mampet di gang 3 depan warung bu sudah seminggu baunya", "gang 3 depan warung?"),  # the reader addressed
    ("lampunya mati di jl mawar dekat toko pak, tolong dicek", "jl mawar dekat toko?"),
])
def test_a_title_after_a_shop_with_no_name_after_it_still_ends_the_place(citizen, story, place):
    citizen.says("1")
    citizen.says("1")
    assert place in citizen.says(story)


# 7. The kind answered with its reason after a yes took Pengaduan --------------------------------------------------
# "ya" to the kind question (the story told) takes Pengaduan and asks the place; "1 krn jalannya rusak" typed next,
# the citizen's own answer to the kind, was read at the place question, and its reason was lost.

ROAD_STORY = "jalan depan pasar lama rusak parah sudah 2 bulan, banyak motor jatuh"


@pytest.mark.parametrize("yes", ["ya", "y", "Iya pak"])
@pytest.mark.parametrize("answer,kind,reason", [
    ("1 krn jalannya rusak", "pengaduan", "jalannya rusak"),
    ("1, soalnya kemarin anak saya ikut jatuh", "pengaduan", "kemarin anak saya ikut jatuh"),
    ("2 karena sebaiknya jalannya dicor beton", "aspirasi", "sebaiknya jalannya dicor beton"),
])
def test_a_kind_answered_with_its_reason_after_a_yes_keeps_the_reason(citizen, yes, answer, kind, reason):
    citizen.says(ROAD_STORY)
    citizen.says("ya")  # the story offered: taken
    citizen.says(yes)  # at the kind question
    reply = citizen.says(answer)
    assert reason in reply and "Lokasinya di depan pasar lama?" in reply, reply
    assert citizen.draft()["kind"] == kind and reason in citizen.draft()["description"]
    assert answer not in (citizen.draft().get("location_text") or "")


def test_a_privacy_number_with_its_reason_at_the_place_question_is_read_as_before(citizen):
    citizen.says("1")
    citizen.says("1")
    citizen.says(ROAD_STORY)  # kind chosen by its number: no yes before
    reply = citizen.says("2 aja, soalnya ketua rt nya yang saya laporkan")
    assert citizen.draft()["kind"] == "pengaduan" and "ketua rt" not in citizen.draft()["description"], reply


# 8. Filing for someone else ("atas nama") ------------------------------------------------------------------------
# "saya lapor atas nama ibu saya" was kept as the story begun ("Ceritanya masih terlalu singkat"), "mewakili warga rt
# 3" got the menu. Whom the report is for is noted (the reporter stays the sender) and reaches staff with the story;
# an anonymous report's names are masked there as the reporter's are.

@pytest.mark.parametrize("opening,who", [
    ("saya lapor atas nama ibu saya", "ibu Anda"),
    ("mewakili warga rt 3", "warga rt 3"),
    ("Mau lapor, mewakili warga RT 05", "warga RT 05"),
    ("sy mau lapor buat tetangga saya yg sudah tua", "tetangga Anda yg sudah tua"),
])
def test_whom_a_report_is_for_is_noted_and_kept_for_staff(citizen, opening, who):
    reply = citizen.says(opening)
    assert f"atas nama {who}" in reply and "Jenis laporan" in reply, reply
    citizen.says("1")
    reply = citizen.says("bantuan PKH sudah 3 bulan tidak cair padahal masih terdaftar di desa sukamaju")
    assert "terlalu singkat" not in reply, reply
    citizen.says("desa sukamaju kec omben")
    citizen.says("LEWATI")
    citizen.says("1")
    citizen.says("KIRIM")
    [filed] = citizen.complaints()  # the sender's: the reporter stays the one who wrote
    assert filed.description.lower().startswith("atas nama") and "PKH" in filed.description
    assert not filed.title.lower().startswith("atas nama"), filed.title


def test_an_anonymous_report_for_a_named_neighbour_names_nobody(citizen):
    citizen.says("mau lapor atas nama tetangga saya Bu Sumiati")
    citizen.says("1")
    citizen.says("rumahnya retak-retak kena getaran proyek jalan tol sejak bulan lalu, takut roboh")
    citizen.says("desa sukamaju kec omben")
    citizen.says("LEWATI")
    citizen.says("3")
    citizen.says("KIRIM")
    [filed] = citizen.complaints()
    assert "Sumiati" not in filed.description and "retak" in filed.description, filed.description


@pytest.mark.parametrize("said", ["atas nama siapa laporannya nanti?", "buat laporan jalan rusak"])
def test_asking_or_making_a_report_is_no_one_represented(citizen, said):
    assert "atas nama" not in citizen.says(said).lower().replace("atas nama siapa", "")
