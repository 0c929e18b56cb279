"""Three ways an anonymous reporter was still found (session 29): a mobile number typed bare in their words ("wa
0857 1111 2222", "+62 812-…"), an agency's TL, SELESAI or SURVEI asking who they are (INFO was refused, the
others went), and a one-word WhatsApp name ("Ahmad") written outside an introduction ("tolong bantu, Ahmad warga
sini"). Each is closed where the text is stored or sent, with what must stay as typed beside it."""

from __future__ import annotations

import pytest

from lapor.bridge.privacy import (
    IDENTITY_MASK,
    OWN_NUMBER_MASK,
    PHONE_MASK,
    asks_identity,
    requests_identity,
    strip_identity,
    strip_reporter,
)
from tests.parties import PHOTO, complaint, follow_ups, make_people, walked_once
from tests.web.conftest import logged_in

PHONE, NAME = "+6281234567890", "Siti Rahma"
NUMBER_MASKS = (OWN_NUMBER_MASK, PHONE_MASK)


# 1. Phone numbers --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "phone", "hidden", "kept"), [
    # the sender's own number in any format phonenumbers reads as the same
    ("kalau perlu hubungi 0062 812 3456 7890", PHONE, "3456", "kalau perlu"),
    ("nomor sy +62 (0)812-3456-7890 ya", PHONE, "3456", "ya"),
    ("wa +60 12-345 6789 kalau mau konfirmasi", "+60123456789", "345", "kalau mau konfirmasi"),
    ("wa saya +60 12 345 6789", "+60123456789", "345", "wa saya"),
    # another mobile number, given as theirs or said of nobody
    ("hubungi saya di 0812 9999 8888", PHONE, "9999", "hubungi saya"),
    ("wa aku 081299998888", PHONE, "9999", "wa aku"),
    ("+62 812-9999-8888 bisa dihubungi kapan saja", PHONE, "9999", "kapan saja"),
    ("nomor sy 0857 1111 2222, sampah belum diangkut", PHONE, "1111", "sampah belum diangkut"),
    ("lampu mati sejak kemarin. 0857 1111 2222", PHONE, "1111", "lampu mati"),
    ("info lebih lanjut wa 0857-1111-2222 🙏", PHONE, "1111", "info lebih lanjut"),
    ("cp 085711112222", PHONE, "1111", "cp"),
    ("kalau perlu konfirmasi: 6285711112222", PHONE, "1111", "konfirmasi"),
    ("mohon kabar dari dinas ke wa 0857.1111.2222", PHONE, "1111", "mohon kabar dari dinas"),
    ("Jalan rusak parah\n0857 1111 2222", PHONE, "1111", "Jalan rusak parah"),
    ("085711112222 (wa sy) kalau butuh foto lagi", PHONE, "1111", "kalau butuh foto lagi"),
    ("telp rumah saya 0328 123456", PHONE, "123456", "telp rumah saya"),
    # a house or RT number typed right before it, dashes of other kinds, spaced digits, a link
    ("rumah no 5 0857 1111 2222 paling ujung", PHONE, "1111", "rumah no 5"),
    ("warga rt 03 rw 05 085711112222", PHONE, "1111", "warga rt 03 rw 05"),
    ("wa 0857\u20101111\u20102222", PHONE, "1111", "wa"),
    ("hub 0 8 5 7 1 1 1 1 2 2 2 2", PHONE, "1 1 1 1", "hub"),
    ("chat aja wa.me/6285711112222", PHONE, "1111", "chat aja wa.me/"),
])
def test_an_anonymous_reporters_own_and_unattributed_mobile_numbers_are_hidden(typed, phone, hidden, kept):
    masked = strip_identity(typed, phone, NAME)
    assert hidden not in masked and kept in masked, masked
    assert any(mask in masked for mask in NUMBER_MASKS), masked


@pytest.mark.parametrize("typed", [
    # someone else's number, said so right before or after it
    "nomor pak RT 0813 2222 3333 tidak aktif",
    "sudah wa ketua rt 081322223333 tapi belum dibalas",
    "hotline PDAM 0341 123456 tidak pernah diangkat",
    "penipu itu pakai nomor 0812 9999 8888, ngaku dari dinsos",
    "saya ditelpon dari nomor 0812 9999 8888 ngaku petugas bansos",
    "kontraktornya pak Slamet 0813 4444 5555 susah dihubungi",
    "nomor bu lurah: 0857-1111-2222",
    "laporkan ke pak kades 0813 2222 3333 sudah, tapi diam saja",
    "0813 2222 3333 (pak RT) sudah tahu",
    "nomor pak RT 05 0813 2222 3333",
    "debt collector pinjol 0821 1234 5678 meneror terus",
    # and numbers that are no phone: houses, RT/RW, amounts, dates, times, a call centre
    "rumah no 5 RT 03/RW 02 gelap total",
    "diminta bayar Rp 1.500.000 padahal gratis",
    "kejadian 12/10/2026 jam 08.15 sampai 14.30",
    "sudah telp call center 112 dan 0800 1234 567",
    "tiang nomor 1234567 roboh",
])
def test_numbers_that_are_someone_elses_or_no_phone_stay(typed):
    assert strip_identity(typed, PHONE, NAME) == typed


def test_a_biasa_reporters_numbers_are_not_touched_by_the_anonymous_mask(world):
    people = make_people(world)
    people["citizen2"].file(description=STORY, place="Pasar Srimangunan, Kec. Sampang", privacy="1")
    assert "0857 1111 2222" in complaint(world, 1).description


# 3. A one-word WhatsApp name ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "name", "kept"), [
    ("tolong bantu, Budi warga sini", "Budi", "tolong bantu"),
    ("tolong bantu, budi warga sini", "Budi", "tolong bantu"),
    ("lampu mati sudah seminggu. Salam, Budi", "Budi", "lampu mati"),
    ("lampu mati sudah seminggu\n\nBudi", "Budi", "lampu mati"),
    ("lampu mati, mohon dibantu - Budi", "Budi", "lampu mati"),
    ("kalau ada apa2 tanya Budi saja", "Budi", "tanya"),
    ("Sri dari RT 4, air mati lagi", "Sri", "air mati lagi"),
    ("tolong bantu, Budi warga sini", "Pak Budi", "tolong bantu"),  # the honorific is no part of who
    ("tolong bantu, Budi warga sini", "Budi 🙏", "tolong bantu"),
    # a name that is also a word is masked where it can only be a name
    ("Indah warga RT 3, lampu mati", "Indah", "lampu mati"),
    ("Indah, warga RT 3. Lampu mati", "Indah", "Lampu mati"),
    ("BUDI WARGA SINI, LAMPU MATI", "Budi", "LAMPU MATI"),
    ("lampu mati. Terima kasih, Sari", "Sari", "lampu mati"),
    # a word of a longer name where it can only be the reporter
    ("tolong bantu, Siti warga sini", "Siti Rahma", "tolong bantu"),
    ("lampu mati. Salam, Siti", "Siti Rahma", "lampu mati"),
])
def test_a_one_word_whatsapp_name_is_hidden_outside_an_introduction(typed, name, kept):
    masked = strip_identity(typed, PHONE, name)
    bare = name.replace("Pak ", "").replace(" 🙏", "").split()[0]
    assert bare.lower() not in masked.lower() and kept in masked and IDENTITY_MASK in masked, masked


@pytest.mark.parametrize(("typed", "name"), [
    ("Jl. Sari Indah no 5 rusak", "Sari"),
    ("Jl. Sari Indah no 5 rusak", "Indah"),
    ("taman kota sudah tidak indah lagi", "Indah"),
    ("Perum Griya Indah blok C banjir", "Indah"),
    ("jalan di desa Karya Jaya berlubang", "Jaya"),
    ("toko Jaya Abadi buang sampah ke sungai", "Jaya"),
    ("pasar baru kotor sekali, sampah baru diangkut seminggu sekali", "Baru"),
    ("sampah di jalan Budi Utomo menumpuk", "Budi"),
    ("sudah lapor ke pak Budi ketua RT", "Budi"),  # someone else of the same name, spoken of
    ("sudah bilang ke bu Sri bidan desa", "Sri"),
    ("Budiono tetangga saya buang sampah sembarangan", "Budi"),
    ("lampu mati sudah seminggu", "Budi"),
])
def test_a_name_that_is_a_street_a_word_or_someone_else_stays(typed, name):
    assert strip_identity(typed, PHONE, name) == typed


# The whole way: filed, added to, forwarded --------------------------------------------------------------------

STORY = "Sampah di TPS pasar Srimangunan menumpuk seminggu. Tolong bantu, Ahmad warga sini. Info wa 0857 1111 2222"
LEAKS = ("Ahmad", "ahmad", "1111", "3333")


@walked_once
def _anonymous_at_dlh(people: dict) -> None:
    people["citizen2"].file(description=STORY, place="Pasar Srimangunan, Kec. Sampang", privacy="3")
    people["verifier"].says("TERUSKAN LPR-1 DLH")


def test_an_anonymous_reporters_mobile_and_one_word_name_in_the_story_reach_no_agency(world, app):
    people = make_people(world)  # citizen2's WhatsApp name: Ahmad
    _anonymous_at_dlh(people)
    page = logged_in(app, people["dlh1"].phone).get("/pengaduan/1").get_data(as_text=True)
    reads = [m.body for who in ("dlh1", "head") for m in people[who].inbox()]
    for text in (*reads, page, complaint(world, 1).title):
        assert not any(leak in text for leak in LEAKS), text
    assert "menumpuk" in page


def test_an_anonymous_reporters_later_mobile_and_one_word_name_reach_no_agency(world):
    people = make_people(world)
    _anonymous_at_dlh(people)
    people["citizen2"].says("tambahan: kalau perlu survei hubungi 0857 3333 4444, Ahmad")
    people["dlh1"].says("INFO LPR-1 tumpukannya di sisi mana?")
    people["citizen2"].says("sisi timur pak. +62 857-3333-4444")
    reads = "\n".join(m.body for m in people["dlh1"].inbox())
    assert "sisi timur" in reads and "kalau perlu survei" in reads
    assert not any(leak in reads for leak in LEAKS), reads


# 2. An agency's words to the reporter asking who they are -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "mohon kirim no hp bapak",
    "silakan sebutkan nama lengkap agar bisa kami data",
    "kami perlu NIK bapak untuk verifikasi",
    "boleh minta nomor wa ibu?",
    "tim akan datang, bapak tinggal di mana?",
    "mohon cantumkan alamat rumah bapak",
    "nama bapak siapa ya, supaya petugas bisa menemui",
    "silakan datang ke kantor dengan membawa KTP",
    "silakan balas dengan nama lengkap dan alamat rumah",
    "mohon no hp bapak untuk koordinasi",
    "mohon kirim No. HP bapak",
    "Sudah kami cek. Boleh minta nomor wa ibu",
])
def test_words_to_the_reporter_that_ask_who_they_are(text):
    assert requests_identity(text)


@pytest.mark.parametrize("text", [
    "tim sudah ke lokasi di rumah warga no 5",
    "sudah kami perbaiki, nomor tiang 12 sudah menyala",
    "petugas sudah mengecek alamat lokasi, perbaikan dijadwalkan besok",
    "mohon maaf, sampah sudah diangkut pagi ini",
    "air di rumah bapak seharusnya sudah mengalir lagi",
    "nama jalannya sudah kami catat, perbaikan minggu depan",
    "pelapor sudah kami hubungi melalui verifikator",
    "silakan hubungi kami di 0328 123456 bila masih ada kendala",
    "bantuan sudah disalurkan, silakan cek status di aplikasi dengan NIK bapak",
    "mohon maaf atas keterlambatan. Petugas sudah mendata NIK warga terdampak",
])
def test_progress_words_that_ask_nothing_of_the_reporter(text):
    assert not requests_identity(text)


@pytest.mark.parametrize("typed", [
    "TL LPR-1 mohon kirim no hp bapak",
    "SELESAI LPR-1 sudah kami tangani, silakan sebutkan nama lengkap untuk arsip",
    "SURVEI LPR-1 perlu cek lapangan, mohon info alamat rumah bapak",
])
def test_an_agency_asking_an_anonymous_reporter_who_they_are_through_tl_selesai_or_survei_is_refused(world, typed):
    people = make_people(world)
    _anonymous_at_dlh(people)
    before = len(people["citizen2"].inbox())
    reply = people["dlh1"].says(typed)
    assert "anonim" in reply and "verifikator" in reply and typed.split()[0] in reply, reply
    assert len(people["citizen2"].inbox()) == before
    assert "sudah" in people["dlh1"].says("TL LPR-1 tim sudah ke lokasi di rumah warga no 5")
    assert any("rumah warga no 5" in body for body in follow_ups(people["citizen2"]))


def test_a_swipe_reply_and_a_held_photos_caption_are_refused_the_same(world):
    people = make_people(world)
    _anonymous_at_dlh(people)
    before = len(people["citizen2"].inbox())
    notice = [m for m in people["dlh1"].inbox() if m.purpose == "disposition"][-1]
    assert "verifikator" in people["dlh1"].swipe(notice, "mohon kirim no hp bapak ya")
    people["dlh1"].says("mohon kirim nama lengkap bapak", **PHOTO)
    assert "verifikator" in people["dlh1"].says("TL LPR-1")
    assert len(people["citizen2"].inbox()) == before


def test_a_head_and_the_dashboard_are_refused_the_same(world, app):
    people = make_people(world)
    _anonymous_at_dlh(people)
    before = len(people["citizen2"].inbox())
    assert "verifikator" in people["head"].says("TL LPR-1 pak, boleh minta nomor wa bapak?")
    page = logged_in(app, people["dlh1"].phone).post("/pengaduan/1/tl", {"text": "mohon kirim no hp bapak"},
                                                     token_from="/pengaduan/1", follow_redirects=True)
    assert "anonim" in page.get_data(as_text=True)
    survei = logged_in(app, people["dlh1"].phone).post(
        "/pengaduan/1/survei", {"text": "mohon info alamat rumah bapak"}, token_from="/pengaduan/1",
        follow_redirects=True)
    assert "anonim" in survei.get_data(as_text=True)
    assert len(people["citizen2"].inbox()) == before


def test_a_biasa_reporter_may_be_asked_for_a_number_in_a_tl(world):
    people = make_people(world)
    people["citizen2"].file(description=STORY, place="Pasar Srimangunan, Kec. Sampang", privacy="1")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says("TL LPR-1 mohon kirim no hp bapak")
    assert any("mohon kirim no hp" in body for body in follow_ups(people["citizen2"]))


@pytest.mark.parametrize(("question", "hidden", "kept"), [
    ("Bu, apakah benar nomor lain ibu 0857 1111 2222?", "1111", "apakah benar nomor lain ibu"),
    ("Mohon konfirmasi, wa ibu +62 812-3456-7890 aktif?", "3456", "Mohon konfirmasi"),
    ("apakah sudah lapor ke pak RT 0813 2222 3333?", None, "pak RT 0813 2222 3333"),
    ("Bu Siti, apakah nomor 0857 1111 2222 masih aktif?", "1111", "apakah nomor"),
])
def test_the_verifiers_words_keep_an_anonymous_reporters_numbers_from_the_agency(question, hidden, kept):
    masked = strip_reporter(question, PHONE, NAME)
    assert (hidden is None or hidden not in masked) and kept in masked, masked


def test_an_agencys_return_reason_reaches_the_verifier_not_the_reporter(world):
    """KEMBALIKAN sends its reason to the verifiers only: an agency asking there for the reporter's number asks the
    people who may answer it."""
    people = make_people(world)
    _anonymous_at_dlh(people)
    before = len(people["citizen2"].inbox())
    people["dlh1"].says("KEMBALIKAN LPR-1 bukan kewenangan kami, mohon kirim no hp pelapor")
    assert len(people["citizen2"].inbox()) == before
    assert any("no hp pelapor" in m.body for m in people["verifier"].inbox())


# Review B of session 29 ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "bapak tinggal dimana ya",
    "bapak tinggal dmn",
    "ibu tinggal di mn",
    "no wa bpk brp",
    "nomor hp ibu brapa",
    "no wa bapak brpa ya",
    "alamat rumah bapak gimana",
    "nama bapak sp ya",
])
def test_words_that_ask_who_the_reporter_is_in_slang_question_words(text):
    assert requests_identity(text)


@pytest.mark.parametrize("text", [
    "air di rumah bapak berapa hari mati?",  # the problem at the reporter's home
    "nama jalannya dimana ya, petugas belum ketemu",
    "tiang nomor brp yang mati pak",
    "sudah kami catat nama jalannya",
])
def test_slang_question_words_about_the_problem_ask_no_identity(text):
    assert not requests_identity(text)


def test_a_tl_asking_where_the_reporter_lives_in_slang_is_refused(world):
    people = make_people(world)
    _anonymous_at_dlh(people)
    before = len(people["citizen2"].inbox())
    assert "verifikator" in people["dlh1"].says("TL LPR-1 bapak tinggal dimana ya")
    assert "verifikator" in people["dlh1"].says("TL LPR-1 no wa bpk brp")
    assert len(people["citizen2"].inbox()) == before


@pytest.mark.parametrize("text", [
    "boleh minta nomor hpnya pak",
    "boleh minta no hp nya bu?",
    "Bisa japri sy nomor bapak",
    "tolong WA ke 0812-2222-3333 dengan menyebutkan nama",
    "mohon sebutkan nama dan alamat",
    "minta nomor bapak",
    "boleh minta nomer ibu?",
    "namanya siapa pak",
    "maaf namanya siapa ya bu",
    "atas nama siapa pak",
    "a.n. siapa ya pak?",
    "minta kontaknya pak",
    "boleh minta wa nya",
    "mohon whatsappnya bu",
    "rumah bapak dmn",
    "rumah ibu di mn?",
])
def test_more_ways_to_ask_who_the_reporter_is(text):
    assert asks_identity(text) and requests_identity(text)


@pytest.mark.parametrize("text", [
    "petugas yang minta uang namanya siapa?",  # who the problem is about
    "nama jalannya apa ya pak?",
    "nomor rumah yang lampunya mati berapa?",
    "di depan rumah siapa tiangnya?",
    "nomor tiang berapa pak?",
    "apakah sudah lapor ke nomor pak RT?",
    "atas nama dinas kami mohon maaf atas keterlambatan",
    "kontraktornya sudah kami tegur",
    "sudah kami sebutkan nama jalannya di laporan",
])
def test_questions_about_the_problem_are_no_identity_question(text):
    assert not asks_identity(text)


@pytest.mark.parametrize(("typed", "name", "hidden"), [
    ("jalan rusak, info lanjut hubungi pak Budi 0857 1111 2222", "Budi", ("Budi", "1111")),
    ("yg melapor bapak Budi rt 3", "Budi", ("Budi",)),
    ("hubungi saya 0857 1111 2222 (pak Budi)", "Budi", ("Budi", "1111")),
    ("hubungi 0857 1111 2222 a.n. pak Budi", "Budi", ("Budi", "1111")),
    ("hub pak Budi 0857 1111 2222", "Budi Santoso", ("Budi", "1111")),
    ("hubungi bu Siti di 0857 1111 2222", "Siti", ("Siti", "1111")),
    ("hubungi bu Siti di 0857 1111 2222", "Siti Rahma", ("Siti", "1111")),
    ("kalau perlu wa mas budi 085711112222", "Budi", ("udi", "1111")),
    ("tolong dibantu, bu Sari 0857 1111 2222", "Sari", ("Sari", "1111")),
])
def test_an_anonymous_reporters_own_name_after_an_address_hides_it_and_its_number(typed, name, hidden):
    masked = strip_identity(typed, PHONE, name)
    assert not any(word in masked for word in hidden) and IDENTITY_MASK in masked, masked


@pytest.mark.parametrize(("typed", "name"), [
    ("sudah lapor ke pak Budi ketua RT 0813 2222 3333", "Budi"),
    ("kata bu Sri bidan desa 0813 2222 3333 tidak aktif", "Sri"),
    ("nomor pak Slamet 0813 2222 3333 tidak aktif", "Budi"),  # someone else's name
    ("ketua RT pak Budi 0813 2222 3333 sudah tahu", "Budi"),
    ("kontraktornya pak Budi Hartono susah dihubungi", "Budi"),
])
def test_a_namesake_with_a_role_and_someone_elses_number_stay(typed, name):
    assert strip_identity(typed, PHONE, name) == typed


@pytest.mark.parametrize("typed", [
    "lpr 1 tim sudah turun, kirim nomor wa bapak ya",
    "lpr 1 sudah kami cek, bapak tinggal dimana",
    "LPR-1 sdh dicek, mohon sebutkan nama lengkap",
])
def test_identity_words_in_an_implied_command_are_refused_at_once_not_offered(world, typed):
    people = make_people(world)
    _anonymous_at_dlh(people)
    before = len(people["citizen2"].inbox())
    reply = people["dlh1"].says(typed)
    assert "anonim" in reply and "verifikator" in reply and "YA" not in reply, reply
    people["dlh1"].says("YA")
    assert len(people["citizen2"].inbox()) == before


def test_identity_words_swiped_onto_a_notice_are_refused_at_once_not_offered(world):
    people = make_people(world)
    _anonymous_at_dlh(people)
    before = len(people["citizen2"].inbox())
    notice = [m for m in people["dlh1"].inbox() if m.purpose == "disposition"][-1]
    reply = people["dlh1"].swipe(notice, "sudah kami catat, bapak tinggal dimana")
    assert "anonim" in reply and "YA" not in reply, reply
    people["dlh1"].says("YA")
    assert len(people["citizen2"].inbox()) == before
    # a question about the problem is still offered as INFO, and progress as TL
    assert "YA" in people["dlh1"].swipe(notice, "lokasinya persisnya dimana pak?")
    assert "YA" in people["dlh1"].says("lpr 1 tim sudah turun ke lokasi")


@pytest.mark.parametrize(("typed", "name", "kept"), [
    ("jalan rusak. Budi", "Budi Santoso", "jalan rusak."),
    ("lampu mati, tolong. Sari", "Sari", "lampu mati, tolong."),
    ("sampah numpuk! Indah", "Indah", "sampah numpuk!"),
    ("kapan diperbaiki? Siti", "Siti Rahma", "kapan diperbaiki?"),
    ("air mati seminggu.\nSari 🙏", "Sari", "air mati seminggu."),
])
def test_a_signature_after_a_sentence_end_is_hidden(typed, name, kept):
    masked = strip_identity(typed, PHONE, name)
    assert name.split()[0] not in masked and kept in masked and IDENTITY_MASK in masked, masked


@pytest.mark.parametrize(("typed", "name"), [
    ("sampah di Jl. Sari", "Sari"),
    ("banjir di Perum Griya. Indah", "Indah"),  # a place's name is no signature
    ("taman kota dulu indah", "Indah"),
    ("dusunnya di Ds. Jaya", "Jaya"),
])
def test_a_last_word_that_is_no_signature_stays(typed, name):
    assert strip_identity(typed, PHONE, name) == typed


@pytest.mark.parametrize(("typed", "masked"), [
    ("hub Budi (0857 1111 2222)", f"hub {IDENTITY_MASK} ({PHONE_MASK})"),
    ("info lanjut (0857 1111 2222) ya", f"info lanjut ({PHONE_MASK}) ya"),
    ("kontak (+62 857 1111 2222)", f"kontak ({PHONE_MASK})"),
    ("wa: +62 857 1111 2222", f"wa: {PHONE_MASK}"),
    ("hub (0857) 1111-2222 ya", f"hub {PHONE_MASK} ya"),  # the area code's brackets go with it
    ("wa (0812) 3456-7890", f"wa {OWN_NUMBER_MASK}"),
    ("wa sy (0812 3456 7890)", f"wa sy ({OWN_NUMBER_MASK})"),
])
def test_a_masked_number_keeps_its_brackets(typed, masked):
    assert strip_identity(typed, PHONE, "Budi") == masked


@pytest.mark.parametrize("text", [
    "warga yang ingin bantuan silakan bawa KTP ke kantor desa",
    "bagi masyarakat yang belum terdata, silakan membawa KK dan KTP ke kantor desa",
    "penerima bantuan diminta membawa KTP saat pengambilan",
    "warga terdampak mohon bawa fotokopi KK ke balai desa",
])
def test_general_advice_to_citizens_is_no_identity_request(text):
    assert not requests_identity(text)


@pytest.mark.parametrize("text", [
    "warga sudah kami data, mohon bapak bawa KTP ke kantor desa",
    "warga sekitar sudah didata. Mohon kirim NIK bapak",
    "silakan datang ke kantor dengan membawa KTP",
    "bagi warga yang melapor, mohon kirim no hp bapak",
])
def test_an_identity_request_beside_words_about_citizens_is_still_one(text):
    assert requests_identity(text)
