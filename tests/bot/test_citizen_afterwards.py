"""Citizens after filing, played by hand as new users with `flask chat --local` (branch citizens14): threats to go
to the media or higher up, corrections of a complaint filed, a report made for a parent or a neighbour, English,
and questions with no number."""

from __future__ import annotations

import pytest

from bot.conversation import understanding
from models.vocab import Purpose
from tests.parties import filed_and_forwarded

THREATS = [
    "kalau ga diberesin minggu ini saya viralin di tiktok", "sy laporin ke wartawan aja ya biar cepet",
    "saya lapor ke ombudsman aja kalo gini", "saya posting di fb biar rame", "AWAS YA KALO GAK DIBERESIN SAYA VIRALKAN",
    "kl gk dibenerin sy upload ke medsos", "mau sy bawa ke dprd aja pak", "awas ya sy viralin",
    "tunggu viral dulu baru gerak ya pak", "bsk sy lapor ke pak bupati langsung",
]
NOT_THREATS = [
    "sampah di pasar udah viral di tiktok tapi belum diangkut juga",  # a story, with its thing
    "saya wartawan dari koran lokal, mau konfirmasi soal proyek jalan",  # who one is, no threat
    "gimana caranya lapor ke ombudsman?",  # asked how
    "berita di tv bilang ada bantuan beras, benar gak?",
    "anak saya kecanduan tiktok pak",
    "sudah saya share di grup desa",
    "sudah kirim surat ke bupati 3 minggu lalu belum dibalas",  # a step told as done
    "Info dari kapolres: ada penculikan anak pakai mobil putih di sukamaju, viralkan!!",  # a chain message
]


@pytest.mark.parametrize("typed", THREATS)
def test_a_threat_to_go_public_is_read(typed):
    assert understanding.threatens_publicity(typed), typed


@pytest.mark.parametrize("typed", NOT_THREATS)
def test_a_story_or_a_question_naming_the_media_is_no_threat(typed):
    assert not understanding.threatens_publicity(typed), typed


@pytest.mark.parametrize("typed", THREATS[:6])
def test_a_threat_to_go_public_with_a_complaint_open_is_met_with_its_status(people, typed):
    """Found by hand: "sy laporin ke wartawan aja ya biar cepet" began a new complaint whose story was "ke wartawan
    aja ya biar cepet"; "… saya viralin di tiktok" was told it was a chain message; "saya posting di fb biar rame"
    got the whole menu."""
    filed_and_forwarded(people, photo=False)
    reply = people["citizen"].says(typed)
    assert "kecewa" in reply and "LPR-1 –" in reply and "TAMBAHAN LPR-1" in reply, reply
    assert "Jenis laporan" not in reply and "berantai" not in reply and "Balas dengan angka" not in reply
    assert people["citizen"].state() == "idle"


@pytest.mark.parametrize("typed", THREATS[:3])
def test_a_threat_to_go_public_with_no_complaint_asks_for_the_problem(people, typed):
    reply = people["citizen"].says(typed)
    assert "kecewa" in reply and "balas 1" in reply and "Jenis laporan" not in reply, reply
    assert people["citizen"].state() == "idle"


@pytest.mark.parametrize("typed", THREATS[:3])
def test_a_threat_while_a_question_waits_is_not_relayed_as_the_answer(people, typed):
    filed_and_forwarded(people, photo=False)
    people["dlh1"].says("INFO LPR-1 sampahnya sebanyak apa pak?")
    reply = people["citizen"].says(typed)
    assert "kecewa" in reply and "sampahnya sebanyak apa" in reply, reply
    assert [m for m in people["dlh1"].inbox() if m.purpose == Purpose.ANSWER] == []


ON_BEHALF = [
    "ini laporan ibu saya pak, lampu jalan depan rumahnya mati udah 2 minggu, ibu saya ga bisa pake hp",
    "laporan ibu saya: got depan rumahnya mampet sejak seminggu, tiap hujan banjir",
    "ini aduan dari bapak saya, jalan depan rumahnya berlubang besar sudah sebulan",
    "Laporan mertua sy pak, sampah di depan rumahnya ga diangkut2 udh 5 hari",
]
ASKED_AFTER = [
    "laporan ibu saya soal lampu jalan mati kemarin sudah sampai mana?",
    "pak laporan bapak saya yg jalan rusak gimana ya",
    "cek laporan suami sy yg sampah numpuk, udah diproses blm?",
]


@pytest.mark.parametrize("typed", ON_BEHALF)
def test_a_story_told_for_a_parent_is_no_question_about_their_report(typed):
    assert not understanding.asks_after_anothers_report(typed), typed


@pytest.mark.parametrize("typed", ASKED_AFTER)
def test_a_family_members_report_asked_after_with_its_problem_is_still_theirs(typed):
    assert understanding.asks_after_anothers_report(typed), typed


@pytest.mark.parametrize("typed", ON_BEHALF[:2])
def test_a_story_told_for_a_parent_is_offered_as_a_report(people, typed):
    """Found by hand: "ini laporan ibu saya pak, lampu jalan depan rumahnya mati udah 2 minggu, …" as a first message
    was told news goes only to the reporter's number, and the story was lost."""
    reply = people["citizen2"].says(typed)
    assert "nomor yang dipakai saat melapor" not in reply and "YA" in reply, reply
    assert "mati udah 2 minggu" in reply or "mampet sejak seminggu" in reply, reply


ADDRESS_CORRECTIONS = ["maaf nomor rumahnya 15 bukan 51", "maaf pak rt nya 03 bukan 05",
                       "ralat, no rumah 15 ya pak bukan 51", "eh salah pak, gang kenari bukan gang mawar",
                       "maaf pak blok c no 15 bukan blok d", "Salah pak, RT 4 harusnya"]
NO_ADDRESS_CORRECTIONS = ["jalan rusak bukan main parahnya", "rumah saya nomor 15", "no hp saya salah, harusnya 0812",
                          "jalan di rt 3 rusak 2 lubang", "bukan rumah saya pak yg kebanjiran"]


@pytest.mark.parametrize("typed", ADDRESS_CORRECTIONS)
def test_a_part_of_the_address_corrected_is_an_addition(typed):
    wanted = understanding.intent(typed)
    assert wanted is not None and wanted.name == "EVIDENCE", (typed, wanted)


@pytest.mark.parametrize("typed", NO_ADDRESS_CORRECTIONS)
def test_a_house_or_a_story_is_no_correction_of_the_address(typed):
    wanted = understanding.intent(typed)
    assert wanted is None or wanted.name != "EVIDENCE", (typed, wanted)


@pytest.mark.parametrize("typed", ADDRESS_CORRECTIONS[:3])
def test_a_house_number_corrected_after_filing_reaches_the_officers(people, typed):
    """Found by hand: "maaf nomor rumahnya 15 bukan 51" the day after filing was kept as a new story's first bubble
    ("Lanjutkan ceritanya …")."""
    filed_and_forwarded(people, photo=False)
    reply = people["citizen"].says(typed)
    assert "sudah kami lampirkan pada LPR-1" in reply and "Lanjutkan ceritanya" not in reply, reply
    assert any(typed in m.body for m in people["dlh1"].inbox() if m.purpose == Purpose.EVIDENCE)


@pytest.mark.parametrize("typed", ["salah alamat pak", "lokasinya salah min", "alamatnya keliru pak",
                                   "maaf pak alamatnya salah"])
def test_a_bare_correction_of_the_place_asks_for_the_right_one_and_passes_it_on(people, typed):
    """Found by hand: "salah alamat pak" reached the officers alone, and the address typed next ("jl melati no 15")
    got the status and "Pesan Anda belum kami teruskan"."""
    filed_and_forwarded(people, photo=False)
    reply = people["citizen"].says(typed)
    assert "alamat yang benar" in reply and "LPR-1" in reply, reply
    assert [m for m in people["dlh1"].inbox() if m.purpose == Purpose.EVIDENCE] == []
    reply = people["citizen"].says("jl melati no 15 rt 3")
    assert "sudah kami lampirkan pada LPR-1" in reply and "belum kami teruskan" not in reply, reply
    [sent] = [m.body for m in people["dlh1"].inbox() if m.purpose == Purpose.EVIDENCE]
    assert typed in sent and "jl melati no 15 rt 3" in sent, sent


def test_a_pin_after_a_bare_correction_of_the_place_passes_it_on(people):
    from tests.parties import PIN
    filed_and_forwarded(people, photo=False)
    people["citizen"].says("lokasinya salah pak")
    reply = people["citizen"].says("", **PIN)
    assert "sudah kami lampirkan pada LPR-1" in reply, reply
    [sent] = [m.body for m in people["dlh1"].inbox() if m.purpose == Purpose.EVIDENCE]
    assert "Trunojoyo" in sent, sent


def test_a_question_after_a_bare_correction_of_the_place_is_read_as_ever(people):
    filed_and_forwarded(people, photo=False)
    people["citizen"].says("salah alamat pak")
    reply = people["citizen"].says("STATUS")
    assert "LPR-1 –" in reply and "sudah kami lampirkan" not in reply, reply


@pytest.mark.parametrize("typed,insult", [
    ("anjing lama bener, udh seminggu", True), ("anjing udah 2 minggu", True), ("asu suwe men wis seminggu", True),
    ("anjing udh 3hr", True),
    # a dog's story, a number answering
    ("anjing liar sudah seminggu di gang", False), ("anjing 2 meter", False), ("tolol, 2 meter", False)])
def test_an_oath_with_the_time_waited_is_an_insult(typed, insult):
    assert understanding.insults(typed) is insult


def test_an_oath_with_the_time_waited_is_met_politely_with_the_status(people):
    """Found by hand: "anjing lama bener, udh seminggu" from a citizen with a complaint open got the whole menu."""
    filed_and_forwarded(people, photo=False)
    reply = people["citizen"].says("anjing lama bener, udh seminggu")
    assert "kesal" in reply and "LPR-1 –" in reply and "Balas dengan angka" not in reply, reply


@pytest.mark.parametrize("typed,asks", [
    ("when will it be fixed", True), ("when will they come?", True), ("how long will it take", True),
    ("When will it be done pls", True), ("when will the road be fixed?", True),
    # another question, or a story told in English
    ("when is the office open?", False), ("when i walk home the streetlight is off", False),
    ("when i come home the lamp is off", False)])
def test_a_question_of_progress_in_english(typed, asks):
    assert understanding.asks_progress(typed) is asks


@pytest.mark.parametrize("typed", ["when will it be fixed", "how long will it take", "when will they come?"])
def test_a_question_of_progress_in_english_shows_the_open_complaint(people, typed):
    """Found by hand: "when will it be fixed" from a citizen with a complaint open was offered as a request for
    information ("Sepertinya Anda ingin bertanya")."""
    filed_and_forwarded(people, photo=False)
    reply = people["citizen"].says(typed)
    assert "LPR-1 –" in reply and "Status:" in reply and "ingin bertanya" not in reply, reply


@pytest.mark.parametrize("typed", ["yg soal sampah itu udah sampai mana", "yg soal jalan rusak kmrn gmn ya",
                                   "yang tentang lampu mati itu udah diproses blm", "sampah itu udah sampe mana pak"])
def test_a_report_asked_after_in_its_words_with_none_filed_says_there_is_none(people, typed):
    """Found by hand: "yg soal sampah itu udah sampai mana" from a number with no complaint was offered as a request
    for information ("Sepertinya Anda ingin bertanya")."""
    reply = people["citizen2"].says(typed)
    assert "belum punya laporan dari nomor ini" in reply and "ingin bertanya" not in reply, reply


@pytest.mark.parametrize("typed", ["kapan pasar malam dibuka?", "yg soal bansos itu syaratnya apa aja?"])
def test_a_question_about_something_else_with_none_filed_is_still_a_question(people, typed):
    reply = people["citizen2"].says(typed)
    assert "belum punya laporan" not in reply, reply


@pytest.mark.parametrize("typed", ["pak sampahnya numpuk lagi di tempat yg sama", "sampahnya numpuk lagi min"])
def test_the_problem_back_days_after_the_comment_question_is_no_comment(people, clock, typed):
    """Found by hand: a rating of 4, "Ada komentar?" left unanswered, and a week later "pak jalannya rusak lagi,
    lubangnya muncul lagi" was kept as the rating's comment ("penilaian Anda … sudah kami catat")."""
    from tests.bot.test_new_users import finished_and_asked
    finished_and_asked(people)
    assert "Ada komentar" in people["citizen"].says("4")
    clock.advance(days=7)
    reply = people["citizen"].says(typed)
    assert "penilaian Anda untuk LPR-1 sudah kami catat" not in reply, reply
    assert "LPR-1" in reply and "YA" in reply, reply
    [complaint] = people["citizen"].complaints()
    assert complaint.rating_comment is None


def test_a_comment_soon_after_the_comment_question_is_still_its_comment(people, clock):
    from tests.bot.test_new_users import finished_and_asked
    finished_and_asked(people)
    people["citizen"].says("4")
    clock.advance(hours=3)
    reply = people["citizen"].says("petugasnya ramah dan cepat")
    assert "penilaian Anda untuk LPR-1 sudah kami catat" in reply, reply


REPORTED_BY_KIN = ["pak sy bu siti, anak sy kemarin laporin lampu depan rumah sy, sudah sampai mana ya?",
                   "anak saya kemarin lapor soal jalan, udah sampai mana?",
                   "sy tetangganya yg lapor LPR-1, gimana ya perkembangannya?",
                   "tetangga sy udh ngelaporin got mampet depan rmh sy, gmn kabarnya pak",
                   # review: words read as report words ("lapuran", "dilaporin") pass the first check too
                   "lapuran ibu kula pripun?", "anak sy kemarin dilaporin lampu depan rumah, sdh sampai mana?"]
NOT_REPORTED_BY_KIN = ["anak saya mau lapor, lampu jalan depan rumah mati", "anak saya yg kirim ya pak",
                       "saya lapor soal anak saya yang dipukul guru, sudah sampai mana?"]


@pytest.mark.parametrize("typed", REPORTED_BY_KIN)
def test_a_report_filed_by_a_relative_or_neighbour_asked_after(typed):
    assert understanding.asks_after_anothers_report(typed), typed


@pytest.mark.parametrize("typed", NOT_REPORTED_BY_KIN)
def test_a_relative_filing_or_sending_is_no_report_of_theirs_asked_after(typed):
    assert not understanding.asks_after_anothers_report(typed), typed


@pytest.mark.parametrize("typed", REPORTED_BY_KIN[:3])
def test_the_person_a_report_was_made_for_asking_from_their_own_number_is_told_where_news_goes(people, typed):
    """Found by hand: Bu Siti, whose son reported the lamp before her house, asked from her own number "anak sy
    kemarin laporin lampu depan rumah sy, sudah sampai mana ya?" and was told she had no report, "Bila Anda melapor
    dari nomor WhatsApp lain …"; the neighbour naming LPR-1 was told how photos from another number are kept."""
    filed_and_forwarded(people, photo=False)
    reply = people["citizen2"].says(typed)
    assert "nomor yang dipakai saat melapor" in reply and "IKUTI" in reply, reply
    assert "belum punya laporan" not in reply and "Status:" not in reply, reply


@pytest.mark.parametrize("sent,typed", [("photo", "itu fotonya pak"), ("photo", "ini fotonya ya"),
                                        ("voice", "itu vn nya ya pak"), ("pin", "itu lokasinya pak")])
def test_words_pointing_at_the_answer_just_sent_are_not_relayed_again(people, sent, typed):
    """Found by hand: an officer asked for a photo, the citizen sent it, then "itu fotonya pak" (or "itu vn nya ya
    pak" after a voice note) reached the officer as "Tambahan jawaban pelapor LPR-1: itu fotonya pak"."""
    from tests.parties import PHOTO, PIN
    voice = {"NumMedia": "1", "MediaUrl0": "https://api.twilio.com/m/voice", "MediaContentType0": "audio/ogg"}
    filed_and_forwarded(people, photo=False)
    people["dlh1"].says("INFO LPR-1 mohon kirim foto atau lokasi tpsnya pak")
    people["citizen"].says("", **{"photo": PHOTO, "voice": voice, "pin": PIN}[sent])
    reply = people["citizen"].says(typed)
    assert "sudah kami teruskan" in reply and "Tambahan jawaban" not in reply, reply
    answers = [m.body for m in people["dlh1"].inbox() if m.purpose == Purpose.ANSWER]
    assert not any(typed in body for body in answers), answers


def test_words_after_an_answer_in_words_are_still_more_of_it(people):
    filed_and_forwarded(people, photo=False)
    people["dlh1"].says("INFO LPR-1 sampahnya sebanyak apa pak?")
    people["citizen"].says("kira2 satu truk pak")
    reply = people["citizen"].says("baunya sampai ke masjid")
    assert "Tambahan jawaban Anda untuk LPR-1" in reply, reply


def test_the_filed_story_sent_again_is_told_it_is_filed(people):
    """Found by hand: the day after filing, the same story sent again (people resend what they think was lost) was
    offered as a new report ("Balas YA untuk membuat laporan baru …")."""
    from tests.parties import WASTE
    filed_and_forwarded(people, photo=False)
    reply = people["citizen"].says(WASTE)
    assert "sudah tercatat sebagai LPR-1" in reply and "LPR-1 –" in reply, reply
    assert "Sepertinya Anda ingin melapor" not in reply and people["citizen"].state() == "idle"
    reply = people["citizen"].says(WASTE.lower().replace(",", ""))  # retyped, without its commas
    assert "sudah tercatat sebagai LPR-1" in reply, reply


def test_a_new_story_sharing_the_filed_ones_thing_is_still_offered(people):
    filed_and_forwarded(people, photo=False)
    reply = people["citizen"].says("Sampah di TPS terminal lama juga menumpuk sejak kemarin, lalat di mana-mana")
    assert "sudah tercatat sebagai" not in reply, reply


@pytest.mark.parametrize("typed", ["hi admin, I reported the rubbish yesterday. any news?",
                                   "I reported it last week, any update?", "any news about my complaint pls"])
def test_a_report_asked_after_in_english_right_after_news_shows_it(people, typed):
    """Found by hand: "hi admin, I reported the broken road yesterday. any news?" the day after the forwarding notice
    was offered as a follow-up question to the agency ("Pertanyaan lanjutan untuk LPR-1 …?")."""
    filed_and_forwarded(people, photo=False)
    reply = people["citizen"].says(typed)
    assert "LPR-1 –" in reply and "Pertanyaan lanjutan" not in reply, reply


GRUMBLES = ["tolong dong pak jangan cuma diterusin doang, saya bayar pajak", "kami ini bayar pajak lho pak",
            "jangan cuma dicatat aja pak", "jgn cm ditampung doang min"]
NOT_GRUMBLES = ["mau tanya cara bayar pajak kendaraan", "pajak bumi bangunan saya kok naik 2 kali lipat",
                "jangan cuma lampu jalan yg diperbaiki, jalannya juga"]


@pytest.mark.parametrize("typed", GRUMBLES)
def test_a_grumble_about_the_handling_is_read(typed):
    assert understanding.grumbles(typed), typed


@pytest.mark.parametrize("typed", NOT_GRUMBLES)
def test_a_question_or_a_story_of_taxes_is_no_grumble(typed):
    assert not understanding.grumbles(typed), typed


@pytest.mark.parametrize("typed", GRUMBLES[:2])
def test_a_grumble_about_the_handling_shows_the_open_complaint(people, typed):
    """Found by hand: "tolong dong pak jangan cuma diterusin doang, saya bayar pajak" the day after the forwarding
    notice was offered as a new report."""
    filed_and_forwarded(people, photo=False)
    reply = people["citizen"].says(typed)
    assert "LPR-1 –" in reply and "Mohon maaf" in reply and "Sepertinya Anda ingin melapor" not in reply, reply


@pytest.mark.parametrize("typed,sorry", [("maaf pak tadi emosi", True), ("maaf ya min sy kebawa emosi", True),
                                         ("mohon maaf tadi saya kasar pak", True), ("sori tadi ngegas pak", True),
                                         ("maaf pak, anak saya emosi terus kalau lampunya mati", False)])
def test_an_apology_for_ones_temper(typed, sorry):
    assert understanding.apologises_for_temper(typed) is sorry


def test_an_apology_for_ones_temper_is_accepted_and_joins_no_story(people):
    """Found by hand: an angry remark, then "maaf pak tadi emosi", joined it as one story offered as a report."""
    filed_and_forwarded(people, photo=False)
    people["citizen"].says("pemda lelet semua")
    reply = people["citizen"].says("maaf pak tadi emosi")
    assert "Tidak apa-apa" in reply and "Sepertinya Anda ingin melapor" not in reply, reply


@pytest.mark.parametrize("typed", ["Pagi pak, sudah boleh", "boleh, pagi pak", "selamat siang, sudah izin pak",
                                   "malam pak, sebentar lagi"])
def test_a_short_answer_beside_a_greeting_is_relayed(people, typed):
    """Found by the review: the words of asking leave ("boleh", "izin", "sebentar") joined the pleasantries to stop a
    first message of courtesy being offered as a report, and a real answer to an agency's question beside a greeting
    was then read as courtesy alone and relayed to no one."""
    filed_and_forwarded(people, photo=False)
    people["dlh1"].says("INFO LPR-1 apakah petugas kami boleh masuk ke halaman sekolah untuk mengukur besok?")
    people["citizen"].says(typed)
    answers = [m.body for m in people["dlh1"].inbox() if m.purpose == Purpose.ANSWER]
    assert any(typed in body for body in answers), answers
