"""A brand-new citizen's first messages, as people new to the service type them on WhatsApp (found by walking sixty
first messages through `flask chat`): where one lives told before the wish to file, "how do I report X?", an
emergency told in a breath, a wife beaten by her husband, a chain message asking to be spread to relatives."""

from __future__ import annotations

import pytest

from bot.conversation import understanding
from lapor.complaints import without_salutation
from tests.parties import Citizen


@pytest.fixture
def citizen(app):
    return Citizen(app)


# 1. Where one lives, told in the introduction before the wish to file, is the place to confirm: it was dropped with
# the greeting, and the citizen who wrote "saya warga RT 03 RW 02 Desa Karangrejo" was asked for RT/RW and village
@pytest.mark.parametrize("typed,place", [
    ("Assalamualaikum wr wb. Selamat pagi bapak ibu, saya Siti warga RT 03 RW 02 Desa Karangrejo. Mau melaporkan "
     "bahwa saluran air depan rumah kami tersumbat sudah 2 minggu, kalau hujan air masuk ke rumah warga.",
     "RT 03 RW 02 Desa Karangrejo"),
    ("assalamualaikum pak saya warga desa mekarsari mau ngadu soal jembatan yang putus sejak banjir kemarin anak anak "
     "sekolah harus muter jauh", "desa mekarsari"),
    ("selamat siang, sy warga dusun krajan rt 2 mau lapor got mampet udah seminggu baunya kemana mana",
     "dusun krajan rt 2"),
    ("permisi bu, saya ketua RT 04 Kelurahan Sukamaju, ingin melaporkan lampu jalan mati sudah 3 hari gelap sekali",
     "RT 04 Kelurahan Sukamaju"),
])
def test_the_place_told_in_the_introduction_is_kept(citizen, typed, place):
    reply = citizen.says(typed)
    assert "Jenis laporan" in reply, reply
    assert (citizen.draft().get("place_before") or "").lower() == place.lower()
    assert place.lower() not in (citizen.draft().get("description") or "").lower()  # the story as before


@pytest.mark.parametrize("typed", [
    "selamat pagi, saya mau lapor jalan rusak parah di depan balai desa sukamaju",  # no introduction
    "saya Budi mau melaporkan got mampet di gang kenanga sudah seminggu",  # who, not where
    "saya guru honorer mau lapor gaji belum dibayar 3 bulan",  # a role, no place
])
def test_no_place_is_taken_from_an_introduction_that_names_none(citizen, typed):
    citizen.says(typed)
    assert not citizen.draft().get("place_before")


# 2. "How do I report X?" asked with X told: answered by starting the report with X as its story, the question left
# out (it was stored «pungli di kelurahan bagaimana caranya ya?», or answered how and X dropped)
@pytest.mark.parametrize("typed,rest", [
    ("maaf mengganggu waktunya pak. saya mau bertanya, kalau mau melaporkan pungli di kelurahan bagaimana caranya "
     "ya?", "pungli di kelurahan"),
    ("kalo mau lapor lampu jalan mati caranya gimana?", "lampu jalan mati"),
    ("Kalau ingin mengadukan sampah yang menumpuk, caranya bagaimana?", "sampah yang menumpuk"),
    ("klo mau ngadu soal jalan rusak gmn caranya min", "jalan rusak"),
    ("kl mau lapor got mampet gimana cara nya pak", "got mampet"),
    ("KALAU MAU LAPOR JALAN BERLUBANG BAGAIMANA CARANYA", "JALAN BERLUBANG"),
])
def test_how_to_report_a_problem_told_files_the_problem(typed, rest):
    found = understanding.intent(typed)
    assert found is not None and found.name == "FILE" and found.asked, found
    assert found.rest == rest


@pytest.mark.parametrize("typed", [
    "mau lapor jalan rusak, gimana nih pak udah setahun",  # a complaint about how long, no "how do I"
    "lapor lampu mati caranya sudah benar belum ya",  # a question about the report being made
    "kalau mau lapor ke polisi gimana caranya?",  # reporting elsewhere: no story told
])
def test_near_misses_of_how_to_report(typed):
    found = understanding.intent(typed)
    assert found is None or not found.asked or found.rest == "", found


@pytest.mark.parametrize("typed,rest", [
    ("kalo mau lapor lampu jalan mati caranya gimana?", "lampu jalan mati"),
    ("maaf mengganggu waktunya pak. saya mau bertanya, kalau mau melaporkan pungli di kelurahan bagaimana caranya "
     "ya?", "pungli di kelurahan"),
])
def test_how_to_report_is_answered_by_starting_it(citizen, typed, rest):
    reply = citizen.says(typed)
    assert reply.startswith("Bisa"), reply
    assert "Jenis laporan" in reply
    assert (citizen.draft().get("description") or citizen.state()) and "caranya" not in str(citizen.draft())


def test_how_to_report_without_a_problem_is_still_told_how(citizen):
    reply = citizen.says("kalau mau lapor gimana caranya pak?")
    assert "Caranya" in reply or "Jenis laporan" in reply, reply


# 3. An emergency told in a breath gets the emergency numbers, then is offered as a report: it got "Halo, ini
# layanan pengaduan masyarakat" and the menu, as if nothing had been said
@pytest.mark.parametrize("typed", [
    "pak ada orang tenggelam di kali",
    "tolong ada orang hanyut di sungai",
    "ada kecelakaan di perempatan pasar",
    "pak ada yang pingsan di jalan",
    "TOLONG ADA ANAK HANYUT DI KALI BELAKANG SD",
])
def test_an_emergency_told_is_offered_as_a_report_after_the_numbers(citizen, typed):
    reply = citizen.says(typed)
    assert "112" in reply, reply
    assert "Halo, ini layanan" not in reply and "Sepertinya Anda ingin melapor" in reply, reply


def test_no_emergency_keeps_its_reply(citizen):
    assert "112" not in citizen.says("halo")


# 4. A woman beaten by her husband, told in her words, gets where victims find help beside filing (it was offered as
# a plain complaint: the harmed one is "saya", not a woman or child named)
@pytest.mark.parametrize("typed", [
    "Pak tolong, suami saya mukul saya tiap hari",
    "sy sering dipukul suami pak",
    "suami aku suka nampar aku kalo marah",
    "tolong bu saya dianiaya suami saya semalam",
    "sy dipukuli pacar sy sampai memar",
])
def test_violence_by_a_husband_or_partner_is_met_with_help(typed):
    assert understanding.violence_against_women_or_children(typed)


@pytest.mark.parametrize("typed", [
    "suami saya dipukul orang di pasar",  # the husband harmed
    "rapat pukul 7 suami saya ikut",
    "suami saya mau lapor jalan rusak",
])
def test_near_misses_of_violence_by_a_husband(typed):
    assert not understanding.violence_against_women_or_children(typed)


def test_violence_by_a_husband_gets_the_help_line(citizen):
    reply = citizen.says("Pak tolong, suami saya mukul saya tiap hari")
    assert "129" in reply, reply


# 5. A chain message asking to be spread to relatives or friends with a doubled word ("saudara2", "teman2") is a
# chain message: it was offered as a request for information
@pytest.mark.parametrize("typed", [
    "Diteruskan dari grup: INFO PENTING!!! Mulai besok pembuatan KTP gratis di kantor kecamatan, bawa KK asli. "
    "Sebarkan ke saudara2 kita",
    "Pembagian sembako gratis di balai desa hari sabtu jam 8. Bagikan ke teman2 semua ya",
    "PENTING: ada penculikan anak pakai mobil putih di daerah kita, sebarkan ke grup2 wa",
])
def test_a_chain_message_to_relatives_is_read_as_one(typed):
    assert understanding.chain_message(typed)


def test_a_story_of_sharing_is_no_chain_message():
    assert not understanding.chain_message("saya sudah sebarkan ke saudara2 tapi belum ada yang tau kapan cair")


def test_a_chain_message_to_relatives_gets_its_reply(citizen):
    reply = citizen.says("Diteruskan dari grup: INFO PENTING!!! Mulai besok pembuatan KTP gratis di kantor "
                         "kecamatan, bawa KK asli. Sebarkan ke saudara2 kita")
    assert "pesan berantai" in reply, reply


# 6. "Is this the complaint service?" asked in English is answered as in Indonesian (it was offered as a request for
# information, and the report told next lost its story to that offer)
@pytest.mark.parametrize("typed", [
    "hello, is this the complaint service?",
    "is this the complaints number?",
    "Hi, is this the official complaint line of the regency?",
    "is this the public complaint service",
])
def test_is_this_the_complaint_service_asked_in_english(typed):
    assert understanding.service_question(typed) == "official"


@pytest.mark.parametrize("typed", [
    "is this complaint being processed?",  # one's own complaint
    "the complaint service is very slow",
])
def test_near_misses_of_is_this_the_service_in_english(typed):
    assert understanding.service_question(typed) != "official"


def test_a_report_in_english_after_asking_keeps_its_story(citizen):
    assert "layanan pengaduan resmi" in citizen.says("hello, is this the complaint service?")
    citizen.says("I would like to report flooding in my street")
    assert "flooding" in citizen.says("1")  # the kind: the story begun is shown back


# 7. Whether one's message got through, asked by someone trying the line ("tes masuk ga", "oke masuk ya"): yes, and
# what to type (it got "Maaf, kami belum paham")
@pytest.mark.parametrize("typed", [
    "oke masuk ya",
    "tes masuk ga",
    "pesan saya masuk gak?",
    "tes tes, udah masuk blm min",
    "chat sy nyampe ga pak",
    "apakah pesan ini terkirim?",
])
def test_asking_whether_a_message_got_through(typed):
    assert understanding.asks_if_through(typed)


@pytest.mark.parametrize("typed", [
    "laporan saya udah masuk belum?",  # a report's status
    "air masuk rumah pak",
    "banjir masuk ke rumah warga",
    "anak saya belum masuk sekolah",
    "foto sudah terkirim",  # photos sent, a step of filing
])
def test_near_misses_of_asking_whether_a_message_got_through(typed):
    assert not understanding.asks_if_through(typed)


def test_a_message_got_through_is_said_so(citizen):
    citizen.says("tes")
    reply = citizen.says("oke masuk ya")
    assert "masuk" in reply and "belum paham" not in reply and "1" in reply, reply


# 8. A greeting with a Minang or Malay address ("assalamualaikum da,", "ajo", "wak") is kept out of the story the
# agency reads: «Da, jalan di kampuang awak rusak parah» was filed
@pytest.mark.parametrize("typed,story", [
    ("assalamualaikum da, jalan di kampuang awak rusak parah", "Jalan di kampuang awak rusak parah"),
    ("Assalamualaikum ajo, lampu di simpang tigo mati sadonyo", "Lampu di simpang tigo mati sadonyo"),
    ("selamat pagi wak, parit depan rumah tersumbat udah seminggu", "Parit depan rumah tersumbat udah seminggu"),
])
def test_a_regional_address_after_a_greeting_is_left_out_of_the_story(typed, story):
    assert without_salutation(typed) == story


@pytest.mark.parametrize("typed,story", [
    ("da jalan rusak parah di kampuang awak", "da jalan rusak parah di kampuang awak"),  # no greeting: as typed
    ("assalamualaikum, wak haji di masjid sering dimintai uang parkir liar",  # whom the story is about
     "Wak haji di masjid sering dimintai uang parkir liar"),
])
def test_a_regional_address_without_a_greeting_stays(typed, story):
    assert without_salutation(typed) == story


# 9. A benefit not received, told in two short bubbles ("PKH saya kok gak cair2 ya" / "udah 3 bulan"), is offered as
# a report: it names no place (it is one's own), so it was kept as bubbles over and over, "Lanjutkan ceritanya"
@pytest.mark.parametrize("first,second", [
    ("PKH saya kok gak cair2 ya", "udah 3 bulan"),
    ("bansos sy blm masuk", "sudah 2 bulan pak"),
    ("kip anak saya", "ga cair cair"),
    ("blt dd belum dapat", "padahal terdaftar"),
])
def test_a_benefit_not_received_in_two_bubbles_is_offered(citizen, first, second):
    citizen.says(first)
    reply = citizen.says(second)
    assert "Sepertinya Anda ingin melapor" in reply, reply


def test_two_bubbles_telling_no_lack_are_still_kept(citizen):
    citizen.says("saya mau cerita")
    reply = citizen.says("soal jalan di desa")
    assert "Sepertinya Anda ingin melapor" not in reply, reply
