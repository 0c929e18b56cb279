"""Routing of fresh32's kinds of writing (session 31): complaints asked as questions ("apa ini bukan nepotisme?"),
rice that no longer comes, the traffic light's green phase, an animal stuck, a Koran teacher and a teacher's own
appointment, a busker at the traffic light, a building's own lamps. None of the texts here is fresh32's."""

from __future__ import annotations

import pytest

from lapor.learned import LearnedRouter, shipped_corpus
from lapor.routing import load_profiles_csv
from tests.lapor.test_routing import _data_file


@pytest.fixture(scope="module")
def learned() -> LearnedRouter:
    """The router a region without history gets: the reference directory and the shipped corpus (train only)."""
    return LearnedRouter(load_profiles_csv(_data_file("agencies.csv")), shipped_corpus())


def _top(router, text: str) -> str | None:
    suggestions = router.suggest(text)
    return suggestions[0].code if suggestions else None


def _codes(router, text: str) -> list[str]:
    return [s.code for s in router.suggest(text)]


# --- a question with "bukan" asks whether it is so; it denies nothing ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("keponakan pak bupati lolos seleksi pegawai tanpa ikut tes, apa itu bukan nepotisme?", "INSPEKTORAT"),
    ("anak pak sekda langsung diterima kerja di dinas tanpa tes, apakah ini bukan nepotisme", "INSPEKTORAT"),
    ("nenek itu sudah seminggu tidur di pinggir jalan ngomong sendiri, bukan odgj ya?", "DINSOS"),
    ("tiap malam ada yang narik uang keamanan ke pedagang pasar tanpa karcis, itu bukan pungli namanya?",
     "INSPEKTORAT"),
])
def test_a_question_with_bukan_tells_what_it_asks_about(learned, text, expected):
    """"apa ini bukan nepotisme?" asks whether it is nepotism: the denial reader skipped "nepotisme" (fresh32's FV122
    led BKPSDM by "tenaga kontrak", INSPEKTORAT 0.06)."""
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("bukan lampu jalan yg padam, listrik satu rt mati dari sore", "PLN"),
    ("ini bukan soal sampah ya, selokan depan rumah mampet total", "PUPR"),
    ("bukan pdam yang salah pak, sumur bor desa kami kering", "BPBD"),
])
def test_a_denial_that_asks_nothing_still_denies(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


# --- rice that no longer comes is the welfare office's aid ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "simbok kulo mboten angsal beras malih wulan puniki",
    "mbah saya sudah 2 bulan ga dapet beras lagi dari pemerintah",
    "kenapa tahun ini kami tidak nerima beras 10 kilo lagi?",
    "jatah beras ibu saya tiba2 dihentikan",
    "nyuwun pirsa, bapak kok dereng pikantuk beras",
])
def test_rice_no_longer_received_is_social_aid(learned, text):
    """"ibu saya ga dapat beras lagi bulan ini" was abstained on: only "beras bantuan" named the aid, and krama
    "pikantuk", "angsal" (receive) were unknown."""
    assert _top(learned, text) == "DINSOS", learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("harga beras di pasar naik terus tiap minggu", {"DISPERINDAG"}),
    ("petani ga dapat harga beras yang layak", {"DISPERINDAG", "DISPERTAN"}),  # a price got, no aid
])
def test_rice_in_the_market_stays_trade(learned, text, expected):
    assert _top(learned, text) in expected, learned.suggest(text)


@pytest.mark.parametrize("text", [
    "terima kasih min, semuanya sudah beres",
    "makasih banyak bu, urusannya udah beres kemarin",
])
def test_thanks_for_a_matter_done_is_no_complaint(learned, text):
    """"beres" (done) was read as "beras" (rice): thanks with "terima ... beres" were the aid's "terima beras"."""
    assert _top(learned, text) is None, learned.suggest(text)


# --- the traffic light's green phase ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "lampu hijau di simpang tiga cuma nyala 3 detik, macet panjang tiap sore",
    "lampu hijaunya kependekan, kendaraan numpuk sampai depan pasar",
    "di perempatan lampu hijau sama merah nyala barengan, bahaya",
])
def test_the_green_light_is_the_traffic_light(learned, text):
    """"lampu hijau di perempatan cuma 5 detik ..." was abstained on: only "lampu merah" named the traffic light."""
    assert _top(learned, text) == "DISHUB", learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("lampu jalan di gang kami mati semua sejak minggu lalu", "PERKIM"),
    ("lampu merah di pertigaan pasar padam dari pagi", "DISHUB"),
])
def test_other_lamps_stay_theirs(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


# --- an animal stuck is a rescue --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ada burung elang nyangkut di kabel listrik depan rumah, sayapnya berdarah",
    "kucing kecebur sumur tua di belakang rumah, ga bisa naik",
    "anjing tetangga terjepit di pagar besi sejak pagi, menggonggong terus",
    "musang terperangkap di plafon rumah, berisik tiap malam",
])
def test_an_animal_stuck_is_a_rescue(learned, text):
    """An animal stuck was a rescue only for a cat ("kucing nyangkut"): "burung hantu nyangkut ... di atas kabel"
    went to PLN by the cable."""
    assert _top(learned, text) == "DAMKAR", learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("layangan nyangkut di kabel listrik, korslet sampai mati lampu", "PLN"),
    ("sapi saya lemas ga mau makan sejak kemarin", "DINKANNAK"),
    ("anjing liar menggigit dua anak di dekat sekolah", "DINKANNAK"),
])
def test_no_animal_stuck_stays_theirs(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


# --- a Koran teacher is not the school's; a child married by anyone ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "guru ngaji di kampung sebelah mau nikahin santrinya yang masih 14 tahun",
    "ustad di kampung mau menikahi santriwati umur 15 tahun",
    "guru ngaji anak saya suka pegang2 santri perempuan",
])
def test_a_koran_teacher_with_a_child_is_child_protection(learned, text):
    """A Koran teacher's "guru" and a pupil's "murid" were read as the school's ("guru ngaji nikahin muridnya ...":
    DISDIK 0.66, DP3A 0.11)."""
    assert _top(learned, text) == "DP3A", learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("guru kelas anak saya cuti nikah seminggu, murid ditinggal tanpa pengganti", "DISDIK"),
    ("guru di sekolah anak saya sering telat masuk kelas", "DISDIK"),
])
def test_a_school_teacher_stays_the_school_s(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


# --- a teacher's own appointment is the civil service's --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "saya guru pppk angkatan 2024, sk pengangkatan belum dibagikan sampai sekarang",
    "asn guru di kecamatan kami sk mutasinya belum turun 6 bulan",
    "ibu saya guru pns, kenaikan pangkatnya tertahan 2 tahun tanpa alasan",
    "pensiunan guru, sk pensiun belum keluar dan gaji pensiun belum cair",
    "maaf mengganggu pak kami guru p3k angkatan kemarin sudah setahun mengajar tapi sk pengangkatannya belum kami "
    "pegang honor juga baru cair dua kali tolong kejelasannya",
])
def test_a_teacher_s_own_appointment_is_the_civil_service_s(learned, text):
    """A teacher telling of their own appointment, rank or pension was the school's by "guru" (fresh31's FU066, "saya
    guru pppk ... sk pengangkatan belum kami terima ...": DISDIK 0.32, BKPSDM 0.10)."""
    assert _top(learned, text) == "BKPSDM", learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("guru honorer di sd kami honornya dari dana bos belum dibayar 4 bulan", "DISDIK"),
    ("pensiunan guru mau protes, cucu saya belum dapat kip padahal keluarga miskin", "DISDIK"),
    ("anak saya dipukul guru pns di kelas sampai memar", "DISDIK"),
])
def test_a_teacher_in_the_school_s_matter_stays_the_school_s(learned, text, expected):
    codes = _codes(learned, text)
    assert codes and codes[0] in {expected, "DP3A"} and codes[0] != "BKPSDM", learned.suggest(text)


# --- a busker at the traffic light ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "badut jalanan di lampu merah ngetuk kaca mobil minta uang",
    "manusia silver di lampu merah pasar tiap sore maksa minta duit",
    "pengamen di lampu merah alun2 makin banyak dan kasar",
])
def test_a_busker_at_the_traffic_light_is_public_order(learned, text):
    """The traffic light where a busker stands led (fresh31's FU112, "badut jalanan di lampu merah ngetok2 kaca
    mobil": DISHUB 0.20, DINSOS 0.11, SATPOLPP 0.11)."""
    codes = _codes(learned, text)
    assert codes and codes[0] in {"SATPOLPP", "DINSOS"} and "SATPOLPP" in codes[:2], learned.suggest(text)


@pytest.mark.parametrize("text", [
    "hp saya dijambret di lampu merah perempatan",
    "dompet saya dicopet di lampu merah perempatan",
])
def test_a_theft_at_the_traffic_light_is_the_police_s(learned, text):
    """The place rule's own example ("hp dijambret di lampu merah") had come to lead DISHUB again (0.21 / POLRES
    0.20): the traffic light named only as where is set aside as an address is."""
    assert _top(learned, text) == "POLRES", learned.suggest(text)


@pytest.mark.parametrize("text", [
    "lampu merah di depan terminal mati, pengendara bingung",
    "lampu merah di pertigaan pasar padam dari pagi",
    "sering macet parah di lampu merah dekat pasar tiap pagi",
    "di perempatan lampu merah nyalanya cuma 5 detik",
])
def test_the_traffic_light_told_of_stays_transport(learned, text):
    assert _top(learned, text) == "DISHUB", learned.suggest(text)


# --- a building's own lamps are the building's -----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("saya pedagang di pasar baru lantai atas, sepi pembeli karena tangganya gelap lampunya mati semua", "DISPERINDAG"),
    ("kios saya di pasar lantai dua sepi karena gelap lampunya mati semua sejak bulan lalu pembeli males naik jadi "
     "kami ikut jualan di pinggir jalan", "DISPERINDAG"),
    ("lampu di lorong puskesmas mati sejak minggu lalu, pasien yang mau ke wc harus pakai senter, padahal jalannya "
     "licin", "DINKES"),
    ("di terminal lantai dua lampu ruang tunggu mati semua, penumpang gelap2an", "DISHUB"),
    ("pasien di rsud lorong ke ruang rawat gelap, lampunya mati dari minggu lalu", "RSUD"),
])
def test_a_building_s_own_lamps_are_the_building_s(learned, text, expected):
    """Lamps inside a public building (its stairs, floor, corridor, waiting room) were read as street lights when a
    street was named anywhere in the text, however far from the lamp (fresh31's FU059: a market's upper floor whose
    vendors went down to sell in the street, PERKIM 0.23, DISPERINDAG 0.14)."""
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("lampu jalan di depan pasar mati semua, gelap kalau malam", "PERKIM"),
    ("lampu di gang masuk pasar mati sebulan", "PERKIM"),
])
def test_street_lights_by_a_building_stay_street_lights(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


# --- absent while the attendance says present is idling -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "pegawai kecamatan tiap senin ga masuk tapi absennya tetap terisi",
    "staf dinas sosial sering titip absen lalu pulang",
    "pns dukcapil jarang masuk kerja tapi tunjangan tetap dibayar",
])
def test_absent_staff_with_a_full_attendance_is_staff_discipline(learned, text):
    """Idling was read from "bolos", "jam kerja", "ngilang"...: staff absent while the attendance list says present
    ("... ga masuk tapi absennya penuh", "titip absen") led their office (fresh32's FV081: KECAMATAN 0.26)."""
    assert _top(learned, text) == "BKPSDM", learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("pegawai dukcapil lambat melayani, antrian panjang", "DISDUKCAPIL"),
    ("guru honorer ga masuk seminggu, murid terlantar", "DISDIK"),
    ("karyawan pabrik ga masuk kerja sehari langsung dipotong gaji", "DISNAKER"),
])
def test_slow_service_a_teacher_or_private_staff_absent_are_no_discipline(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


# --- review of routing16: rules read too widely --------------------------------------------------------------------

@pytest.mark.parametrize("text, not_expected", [
    ("kabel di tiang depan rumah putus, bukan kabel pln kan? itu kabel internet", "PLN"),
    ("air got meluap masuk rumah, ini bukan urusan pdam kan? salurannya mampet", "PDAM"),
    ("wifi mati terus dari kemarin, bukan masalah listrik toh? lampu rumah nyala semua", "PLN"),
])
def test_a_denial_confirmed_by_kan_still_denies(learned, text, not_expected):
    """"bukan X kan?" confirms that it is not X: "kan", "to", "toh" asked nothing, yet undid the denial (a cable not
    PLN's led PLN)."""
    assert _top(learned, text) != not_expected, learned.suggest(text)


@pytest.mark.parametrize("text, denied", [
    ("yang dibakar itu bukan sampah kan? asapnya dari ban bekas", "sampah"),
    ("yang dibakar itu bukan sampah to? itu ban", "sampah"),
])
def test_what_kan_confirms_is_not_read(text, denied):
    from lapor.textnorm import content_tokens, set_aside
    words = content_tokens(text)
    assert denied in {words[i] for i in set_aside(text)[1]}, (words, set_aside(text))


@pytest.mark.parametrize("text, denied", [
    ("apa ini bukan sampah kan?", None),
    ("masa itu bukan pungli?", None),
    ("itu bukan pungli ya?", None),
    ("bukan pungli ya? nanti saya lapor", None),
])
def test_a_denial_asked_is_still_read(text, denied):
    from lapor.textnorm import set_aside
    assert set_aside(text)[1] == [], set_aside(text)


# --- a traffic light's state is told beside the light --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "pengamen di lampu merah simpang tiga sudah lama meresahkan, suka maksa minta uang",
    "badut di lampu merah ngetok kaca mobil, pengendara terganggu",
    "manusia silver di lampu merah dekat alun2, lamanya udah setahun minta duit ke pengendara",
    "pengemis di lampu merah perempatan makin banyak, kalau ga dikasih ngomel, sudah lama begini",
])
def test_a_busker_at_the_light_with_a_time_word_elsewhere_is_public_order(learned, text):
    """"lama" anywhere ("sudah lama meresahkan", "lamanya", "lamaran") told the light's state, so the light led
    (DISHUB over SATPOLPP); the state is read beside the light only."""
    codes = _codes(learned, text)
    assert codes and codes[0] in {"SATPOLPP", "DINSOS"} and "SATPOLPP" in codes[:2], learned.suggest(text)


@pytest.mark.parametrize("text", [
    "di lampu merah perempatan pasar lama banget nunggunya, macet",
    "pengamen nongkrong di lampu merah yang mati dari kemarin",
    "di lampu merah simpang tiga nyalanya cuma 3 detik",
])
def test_a_light_told_of_beside_it_stays_transport(learned, text):
    assert "DISHUB" in _codes(learned, text)[:2], learned.suggest(text)


# --- marrying someone's daughter is no child marriage ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "saya mau menikahi anak pak lurah tapi urus surat pengantar nikah di kelurahan dipersulit",
    "mau nikahin anak tetangga, surat numpang nikah dari kelurahan ga keluar2",
])
def test_marrying_an_adult_s_daughter_is_no_child_marriage(learned, text):
    """"menikahi anak" was child marriage whoever's child: "menikahi anak pak lurah" is his grown daughter."""
    assert "perkawinan anak" not in learned.keywords.topics(text), learned.suggest(text)


@pytest.mark.parametrize("text", [
    "pak kades mau nikahin anak umur 14 tahun, orang tuanya dikasih uang",
    "juragan tanah mau menikahi anak di bawah umur jadi istri ketiga",
    "ustad itu mau menikahi santrinya yang baru lulus sd",
])
def test_marrying_a_child_is_still_child_marriage(learned, text):
    assert _top(learned, text) == "DP3A", learned.suggest(text)


# --- rice bought is no aid ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "harga beras naik terus, warga susah dapat beras murah di pasar",
    "di pasar induk susah dapet beras, harganya 16 ribu sekilo",
    "sekarang mahal banget mau dapat beras medium",
])
def test_rice_bought_is_the_market_s(learned, text):
    """"dapat beras" was the social aid's rice wherever its price or the market was told in the clause."""
    assert _top(learned, text) == "DISPERINDAG", learned.suggest(text)
    cited = learned.keywords.cited_evidence(text)[2].get(learned.codes.index("DINSOS"), [])
    assert set(cited) <= {"beras"}, cited  # the directory's bare "beras" at most, no rice received


@pytest.mark.parametrize("text", [
    "bulan ini ibu saya ga dapat beras lagi, padahal di pasar harganya naik",
    "nenek saya sudah 3 bulan ga dapet beras, katanya datanya dicoret",
    "kenapa kami tidak menerima beras bulan ini? padahal harga di pasar mahal",
])
def test_rice_aid_in_another_clause_than_the_price_is_aid(learned, text):
    assert "bantuan sosial" in learned.keywords.topics(text), learned.suggest(text)
    assert "DINSOS" in _codes(learned, text)[:2], learned.suggest(text)


# --- an animal stuck a few words from the stuck word ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "sapi terperosok ke sumur tua warga",
    "kambing pak rt kejeblos ke septic tank",
    "anak kucing putih nyangkut di atas tiang listrik",
    "kucingnya nyangkut di atas pohon tinggi",
    "kucing saya nyangkut di atap tetangga",
])
def test_an_animal_a_few_words_from_the_stuck_word_is_a_rescue(learned, text):
    assert _top(learned, text) == "DAMKAR", learned.suggest(text)


def test_a_bird_stuck_by_a_power_line_is_offered_as_a_rescue(learned):
    """"burung merpati tersangkut layangan di kabel listrik": the pair read loosely weighed less than the power line
    (PLN led, DAMKAR second far behind); the rescue is offered level with the line now (the classifier leans to it)."""
    text = "burung merpati tersangkut layangan di kabel listrik"
    scores = {s.code: s.score for s in learned.suggest(text)}
    assert scores.get("DAMKAR", 0.0) >= 0.9 * max(scores.values()), learned.suggest(text)  # was 0.18 to PLN's 0.28


@pytest.mark.parametrize("text, expected", [
    ("motor terperosok ke lubang jalan yang dalam", {"PUPR"}),
    ("kabel listrik nyangkut di dahan, burung sering hinggap di sana", {"PLN"}),
    ("sapi warga mati mendadak, kandangnya terperosok tanah longsor", {"DINKANNAK", "BPBD"}),
])
def test_no_animal_stuck_a_few_words_away_stays_theirs(learned, text, expected):
    assert _top(learned, text) in expected, learned.suggest(text)
