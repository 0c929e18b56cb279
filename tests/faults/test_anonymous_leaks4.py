"""Session 31 (privacy5): an anonymous reporter found by what identifies them besides their number and WhatsApp name:
a name signed or labelled at the end, a social media handle, an email spelt out, their bank account, their own
vehicle's plate and their house number. Each masked where it is the reporter's, kept where it is someone else's or
the problem's."""

from __future__ import annotations

import pytest

from lapor.bridge.privacy import HOUSE_MASK, IDENTITY_MASK, strip_identity

PHONE, NAME = "+6281234567890", "Siti Rahma"  # the WhatsApp name is nobody in these texts


def masked(typed: str) -> str:
    return strip_identity(typed, PHONE, NAME)


# 1. A name signed or labelled -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "hidden", "kept"), [
    ("lampu mati 3 hari.\nTtd\nAhmad Fauzi", "Fauzi", "Ttd"),
    ("lampu mati 3 hari. wassalam, Ahmad", "Ahmad", "wassalam"),
    ("Jalan rusak mohon diperbaiki.\n\nTertanda,\nAhmad Fauzi", "Fauzi", "Tertanda"),
    ("jalan berlubang dalam. Salam, Rudi H.", "Rudi", "Salam"),
    ("sampah numpuk seminggu. Salam hangat,\nRudi Hartono 🙏", "Rudi", "Salam hangat"),
    ("air mati. Terima kasih. Hormat saya\nRudi", "Rudi", "Terima kasih"),
    ("sampah numpuk. Pengirim: Ahmad Fauzi", "Fauzi", "Pengirim"),
    ("lampu mati. an. Ahmad Fauzi", "Fauzi", "lampu mati"),
    ("lampu mati di gang 3. a.n Ahmad Fauzi", "Fauzi", "gang 3"),
    ("atas nama Rudi Hartono mengadukan jalan rusak", "Hartono", "jalan rusak"),
    ("yang bertanda tangan di bawah ini: Rudi Hartono, warga desa Banyuates", "Hartono", "bertanda tangan"),
    ("makasih ya min 🙏\n-Ahmad Fauzi-", "Fauzi", "makasih"),
    ("kenalin aku rudi anak rt 5, mau lapor lampu mati", "rudi", "lampu mati"),
    ("PJU mati di jl. Trunojoyo depan toko Sinar Jaya. Terimakasih. Salam, Pak Darto RT 4", "Darto", "Sinar Jaya"),
    ("mhn ditindak, tks.\n~ budi ~", "budi", "ditindak"),
    ("TTD: H. Moch. Ridwan", "Ridwan", "TTD"),
    ("jalan rusak. salam sehat selalu, Budi Santoso", "Santoso", "salam sehat selalu"),
])
def test_a_name_signed_or_labelled_is_masked(typed, hidden, kept):
    result = masked(typed)
    assert hidden not in result and kept in result and IDENTITY_MASK in result, result


@pytest.mark.parametrize("typed", [
    "Hormat kami, warga RT 3 desa Banyuates",
    "terima kasih pak",
    "Terima kasih, Pak.",
    "makasih min, ditunggu",
    "salam hangat dari warga Banyuates",
    "atas nama warga rt 3 kami mohon jalan diperbaiki",
    "atas nama Dinas Sosial petugas minta uang",
    "penipu itu minta transfer ke rekening a.n. Joko Susilo",
    "Wassalam.",
    "Salam sehat selalu",
    "Terima kasih banyak atas bantuannya",
    "sampah di jl. Ahmad Yani numpuk. Terima kasih",
    "jalan rusak, tolong. Terima kasih Bapak Bupati",
    "lampu mati\n\n- mohon segera -",
    "Ttd.\nwarga gg kenanga",
    "jalan rusak parah. Salam Pancasila",
    "sudah 2 minggu nunggu ttd kadis",
    "Yth. Bapak/Ibu,\n\nSalam, DLH.",
    "saya mau lapor suami saya KDRT",
    "PAK TOLONG ANAK SAYA HILANG SEJAK TADI SORE, kata dia",
    "banjir di Jember. Salam, Jember",
])
def test_closings_and_labels_that_name_nobody_stay(typed):
    assert masked(typed) == typed


# 2. Social media handles and an email spelt out --------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "hidden"), [
    ("ig @budi_s88 dm aja", "budi_s88"),
    ("dm ig saya ya @budi_s88", "budi_s88"),
    ("IG: budi_s88", "budi_s88"),
    ("kalau perlu foto lain cek fb saya rudi.hartono.77", "rudi.hartono"),
    ("fb: Rudi Hartono", "Hartono"),
    ("tiktok @rudihartono", "rudihartono"),
    ("kontak telegram @rudih ya", "rudih"),
    ("akun twitter saya @budis88", "budis88"),
    ("line id: budis88", "budis88"),
    ("email: rudih88[at]gmail[dot]com", "rudih88"),
    ("email saya rudih88 @ gmail . com", "rudih88"),
    ("rudih88 (at) yahoo.co.id", "rudih88"),
    ("kirim ke rudih88 at gmail dot com", "rudih88"),
])
def test_a_handle_or_an_email_spelt_out_is_masked(typed, hidden):
    result = masked(typed)
    assert hidden not in result and IDENTITY_MASK in result, result


@pytest.mark.parametrize("typed", [
    "sudah lapor lewat ig @pemkabsampang tapi tidak dibalas",
    "akun ig penipu @cepatcair88 minta transfer",
    "di fb rame dibahas soal jalan ini",
    "cek ig aja videonya viral",
    "rapat at kantor desa jam 9",
    "email dinas dlh@sampangkab.go.id tidak dibalas",
    "cek ini pak https://www.instagram.com/reel/Cxyz/",
    "akun fb ngaku2 bupati minta transfer duit",
    "Jual followers IG & TikTok 10rb cuma 50rb",
    "on the next line: the quick periods wrap",
])
def test_handles_and_addresses_of_others_stay(typed):
    assert masked(typed) == typed


# 3. The reporter's bank account and vehicle plate -------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "hidden"), [
    ("dana bansos tidak masuk ke rekening saya no 1234567890", "1234567890"),
    ("rek BRI sy 0012-01-234567-50-1", "234567"),
    ("transfer ke rek 1234567890 bca an saya", "1234567890"),
    ("no rekening saya: 123 456 7890 (BNI)", "456"),
    ("norek aku 7001234567 mandiri", "7001234567"),
    ("motor saya plat M 4567 KL dicuri di pasar", "4567"),
    ("motor sy yamaha nopol M 4567 KL ditahan", "4567"),
    ("kendaraan saya dengan nomor polisi M-4567-KL ditilang padahal pajak hidup", "4567"),
    ("plat nomor mobil saya: l 1234 ab", "1234"),
    ("mobil sy L1234AB diderek padahal parkir resmi", "L1234AB"),
    ("mobilku B 1234 KJT diderek dishub", "1234"),
])
def test_the_reporters_own_account_and_plate_are_masked(typed, hidden):
    result = masked(typed)
    assert hidden not in result and IDENTITY_MASK in result, result


@pytest.mark.parametrize("typed", [
    "no rekening penipu 1234567890 bca",
    "rekening desa 1234567890 dipakai pribadi",
    "sudah transfer Rp 15.000.000 dari rekening saya ke petugas",
    "truk pasir B 9123 XYZ ngebut tiap pagi",
    "parkir liar mobil L 1234 AB di depan toko",
    "motor saya ditabrak mobil L 1234 AB lalu kabur",
    "bus M 7001 UA ugal-ugalan di jalan raya",
])
def test_accounts_and_plates_of_others_stay(typed):
    assert masked(typed) == typed


# 4. The reporter's house number --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "hidden", "kept"), [
    ("jalan depan rumah rusak. rumah saya di jl melati no 12 rt 3 rw 2", "12", "jl melati"),
    ("alamat saya jl. Melati no. 12 RT 03/RW 02 desa Banyuates", "12", "desa Banyuates"),
    ("saya tinggal di Perum Griya Asri blok C no 7, air mati", "7", "Perum Griya Asri"),
    ("alamat rumah: jl kenanga gg 3 nomor 15A", "15A", "jl kenanga"),
    ("rumah sy jl trunojoyo nmr 45 kebanjiran", "45", "jl trunojoyo"),
])
def test_the_reporters_house_number_is_masked_and_the_street_kept(typed, hidden, kept):
    result = masked(typed)
    assert HOUSE_MASK in result and kept in result, result
    assert hidden not in result.replace(kept, ""), result


@pytest.mark.parametrize("typed", [
    "kantor dinas di jl wahid hasyim no 3 kotor",
    "depan rumah no 12 jl melati lampu mati",
    "rumah saya dekat masjid jl trunojoyo no 5, sampah numpuk",
    "rumah saya di rt 3 kebanjiran",
    "lampu PJU no 12 di depan rumah saya mati",
])
def test_other_addresses_and_numbers_stay(typed):
    assert masked(typed) == typed


# 5. The whole way: filed anonymously, forwarded, read by the agency ------------------------------------------------

STORY = ("Sampah tidak diangkut dua minggu, padahal retribusi sudah dipotong dari rekening saya BRI "
         "0012-01-234567-50-1. Rumah saya di jl Melati no 27 RT 3. Kalau perlu, ig @rudifz_27.\nTtd\nRudi Hartono")
LEAKS = ("234567", "no 27", "rudifz", "Hartono")


def test_the_reporters_account_house_handle_and_signature_reach_no_agency(world, app):
    from tests.parties import complaint, make_people
    from tests.web.conftest import logged_in

    people = make_people(world)
    people["citizen2"].file(description=STORY, place="Desa Banyuates, Kec. Banyuates", privacy="3")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    page = logged_in(app, people["dlh1"].phone).get("/pengaduan/1").get_data(as_text=True)
    reads = [m.body for who in ("dlh1", "head") for m in people[who].inbox()]
    for text in (*reads, page, complaint(world, 1).title, complaint(world, 1).description):
        assert not any(leak in text for leak in LEAKS), text
    assert "jl Melati" in page and "retribusi" in page


@pytest.mark.parametrize(("story", "place"), [
    ("sampah tidak diangkut. rumah sy di gg mawar no 8 rt 2", "YA"),  # the place read from the story, confirmed
    ("sampah tidak diangkut. rumah sy di gg mawar no 8 rt 2", "gg mawar no 8, rt 2 kel dalpenang"),
    ("sampah tidak diangkut depan rumah. alamat saya Gg Mawar No. 8", "Gg. Mawar nomor 8 Dalpenang"),
])
def test_the_place_keeps_no_house_number_the_story_gives_as_the_reporters_home(world, story, place):
    from tests.parties import complaint, make_people

    people = make_people(world)
    people["citizen2"].file(description=story, place=place, privacy="3")
    filed = complaint(world, 1)
    assert HOUSE_MASK in filed.location_text and "8" not in filed.location_text, filed.location_text
    assert "awar" in filed.location_text


def test_a_place_of_an_anonymous_story_about_someone_elses_house_keeps_its_number(world):
    from tests.parties import complaint, make_people

    people = make_people(world)
    people["citizen2"].file(description="sampah dibuang di depan rumah kosong", place="gg mawar no 8", privacy="3")
    assert complaint(world, 1).location_text == "gg mawar no 8"


def test_anonymity_asked_after_filing_masks_the_house_number_in_the_place_too(world):
    from tests.parties import complaint, make_people

    people = make_people(world)
    people["citizen2"].file(description="sampah tidak diangkut. rumah sy di gg mawar no 8 rt 2",
                            place="gg mawar no 8 rt 2")
    assert "no 8" in complaint(world, 1).location_text
    people["citizen2"].says("ANONIM LPR-1")
    filed = complaint(world, 1)
    assert filed.privacy == "anonim" and HOUSE_MASK in filed.location_text, filed.location_text
    assert HOUSE_MASK in filed.description and "8" not in filed.description + filed.location_text


# 6. A relative's name, and whose a "saya" is --------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "hidden", "kept"), [
    ("anak saya rina kelas 3 tidak dapat KIP", "rina", "tidak dapat KIP"),
    ("anakku Dimas tidak dapat KIP padahal miskin", "Dimas", "tidak dapat KIP"),
    ("anak sy yg bernama Dimas Pratama kelas 5 di SDN 1 Banyuates", "Dimas", "SDN 1 Banyuates"),
    ("saya bapaknya Dimas kelas 5 SDN 1 dimintai uang seragam", "Dimas", "uang seragam"),
    ("saya ortu dari ananda Dimas Pratama kelas 5", "Dimas", "kelas 5"),
    ("almarhum bapak saya H. Abdul Ghofur, akta kematian belum jadi", "Ghofur", "akta kematian"),
    ("ibu saya bu Sumiati (70 th) tidak dapat bansos", "Sumiati", "bansos"),
    ("Istriku Siti Aminah ditolak di puskesmas", "Aminah", "puskesmas"),
    ("Anak saya bernama putri ayu kelas 2", "ayu", "kelas 2"),
])
def test_a_relatives_name_is_masked(typed, hidden, kept):
    result = masked(typed)
    assert hidden not in result and kept in result and IDENTITY_MASK in result, result


@pytest.mark.parametrize("typed", [
    # the one complained of, or the place: someone "saya" owns who is no relative, or a thing
    "tetangga saya Joko buang sampah ke sungai",
    "bos saya Pak Hendra tidak bayar THR",
    "guru anak saya pak Budi minta uang",
    "teman saya Andi dipalak preman di terminal",
    "desa saya Banyuates gelap tiap malam",
    "kampung saya Krajan banjir",
    "motor saya Honda Beat hilang di parkiran pasar",
    "Pak Joko tetangga saya buang sampah ke sungai",
    # relatives without a name
    "anak saya sakit tidak dilayani",
    "ibu saya sudah tua dan tidak dapat bansos",
    "anak saya kelas 3 SD dimintai uang",
    "anak saya rajin sekolah tapi tidak dapat KIP",
])
def test_what_saya_owns_that_is_no_relatives_name_stays(typed):
    assert masked(typed) == typed


# 7. An agency asking for them -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "mohon kirim nomor rekening bapak untuk ganti rugi",
    "no rek ibu berapa ya?",
    "rekening bapak bank apa?",
    "plat nomor motor bapak berapa?",
    "nopol kendaraan ibu apa?",
    "akun ig bapak apa ya?",
    "boleh minta instagram ibu?",
    "fb bapak namanya apa?",
    "akun medsos bapak apa?",
    "nomor rumah bapak berapa?",
    "rumah ibu nomor berapa?",
])
def test_an_agency_asking_for_the_reporters_account_plate_handle_or_house_number_asks_who_they_are(question):
    from lapor.bridge.privacy import asks_identity

    assert asks_identity(question)


@pytest.mark.parametrize("question", [
    "nomor rumah yang lampunya mati berapa?",
    "plat nomor truk yang buang sampah itu berapa?",
    "nomor rekening yang dipakai penipu itu apa?",
    "akun ig yang menyebarkan itu apa namanya?",
    "apakah motor bapak rusak karena lubang itu?",
    "rumah nomor berapa yang kebanjiran?",
])
def test_questions_about_the_problems_accounts_plates_and_houses_stay_questions(question):
    from lapor.bridge.privacy import asks_identity

    assert not asks_identity(question)


def test_an_officer_asking_an_anonymous_reporter_for_their_account_on_whatsapp_is_refused(world):
    from tests.parties import make_people

    people = make_people(world)
    people["citizen2"].file(description="Lampu jalan mati di gang mawar sudah seminggu", place="Gang Mawar",
                            privacy="3")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    reply = people["dlh1"].says("INFO LPR-1 mohon kirim nomor rekening bapak untuk ganti rugi")
    assert "anonim" in reply and "verifikator" in reply, reply
    assert not [m for m in people["citizen2"].inbox() if m.purpose == "question"]


@pytest.mark.parametrize("typed", [
    "Laporan dari saya Budi warga rt 3",
    "ini saya Budi mau lapor",
    "sebelumnya saya Budi dari RT 2",
    "jadi saya Budi mau lapor jalan rusak",
    "begini saya Budi, jalan rusak",
    "Dengan hormat saya Budi Santoso melaporkan",
    "kebetulan saya Budi ketua RT",
    "Yth Bapak Bupati saya Budi warga Banyuates",
    "Bismillah saya Budi mau lapor",
])
def test_an_introduction_after_an_opening_word_still_names_the_writer(typed):
    assert "Budi" not in masked(typed)


# 8. Review of privacy5 (session 31, mendp) ----------------------------------------------------------------------
# The home and the bank account written with "-ku", a closing "wr. wb.", an email spelt with "dot" before its "at":
# each reached the agency as typed.

@pytest.mark.parametrize(("typed", "hidden", "kept"), [
    ("rumahku no 5 kebanjiran", "5", "kebanjiran"),
    ("alamatku jl Mawar no 3", "3", "jl Mawar"),
    ("Rumahku di gg kenanga nomor 12A sering banjir", "12A", "gg kenanga"),
    ("kontrakanku jl trunojoyo no. 7 rt 2 air mati", "7", "jl trunojoyo"),
    ("kosku di jl jawa no 14, lampu jalan mati", "14", "jl jawa"),
    ("tempat tinggalku perum griya asri blok C no 9", "9", "griya asri"),
])
def test_a_home_written_with_ku_loses_its_house_number(typed, hidden, kept):
    result = masked(typed)
    assert HOUSE_MASK in result and kept in result, result
    assert hidden not in result.replace(kept, ""), result


@pytest.mark.parametrize("typed", [
    "rumahkuning no 5 itu kotor",  # no "-ku": a word that starts so
    "rumahku dekat masjid jl trunojoyo no 5, sampah numpuk",  # beside a landmark
    "lampu PJU no 12 di depan rumahku mati",  # the pole's number
])
def test_near_misses_of_a_home_with_ku_keep_their_number(typed):
    assert masked(typed) == typed


def test_the_place_loses_the_house_number_of_a_home_written_with_ku():
    from lapor.bridge.privacy import without_home_number

    assert without_home_number("gg kenanga no 5 rt 2", "rumahku di gg kenanga no 5 kebanjiran") == (
        f"gg kenanga {HOUSE_MASK} rt 2")


@pytest.mark.parametrize(("typed", "hidden"), [
    ("transfer balik ke rekeningku BCA 1234567890", "1234567890"),
    ("tolong dikembalikan ke rekku bri 0012 0123 4567 501", "4567"),
    ("norekku 7001234567 mandiri", "7001234567"),
])
def test_an_account_written_with_ku_is_masked(typed, hidden):
    result = masked(typed)
    assert hidden not in result and IDENTITY_MASK in result, result


@pytest.mark.parametrize("typed", [
    "sudah transfer Rp 15.000.000 dari rekeningku ke petugas",
    "rekeningku diblokir, padahal penipu pakai rekening 1234567890 bca",
])
def test_an_amount_or_someone_elses_account_beside_rekeningku_stays(typed):
    assert masked(typed) == typed


@pytest.mark.parametrize(("typed", "hidden", "kept"), [
    ("jalan rusak.\nWassalamualaikum wr. wb.\nAhmad Fauzi", "Fauzi", "Wassalamualaikum"),
    ("jalan rusak. wassalamualaikum wr wb, Ahmad Fauzi", "Fauzi", "jalan rusak"),
    ("Lampu mati.\nWassalamu'alaikum Wr. Wb.\n\nBudi Santoso", "Santoso", "Lampu mati"),
    ("sampah numpuk. Wassalam wr wb\nRudi", "Rudi", "sampah numpuk"),
])
def test_a_name_after_a_formal_closing_is_masked(typed, hidden, kept):
    result = masked(typed)
    assert hidden not in result and kept in result and IDENTITY_MASK in result, result


@pytest.mark.parametrize(("typed", "hidden"), [
    ("email saya budi dot santoso at gmail dot com", "budi"),
    ("emailnya budi [dot] santoso [at] gmail [dot] com", "budi"),
    ("kirim ke rudi dot h dot 88 at yahoo dot co dot id", "rudi"),
])
def test_an_email_spelt_with_dots_before_its_at_is_masked_whole(typed, hidden):
    result = masked(typed)
    assert hidden not in result and "santoso" not in result and IDENTITY_MASK in result, result


def test_a_sentence_before_a_spelt_email_stays():
    assert masked("lampu mati. rudi at gmail dot com").startswith("lampu mati. ")


# The one complained of keeps their name

@pytest.mark.parametrize("typed", [
    "uangnya ditransfer ke rekening BRI 0012345678901 a.n. Joko Susilo",
    "penipu minta transfer ke rekening BRI 0012345678901 a.n. Joko",
    "penipu minta transfer ke rekening BRI a.n. Joko",
    "pungli dibayar ke rek 0012345678901 a.n. Pak Kades Warsito",
    "sudah saya tf ke rek bca 1234567890 an. Hendra Wijaya tapi barang tidak dikirim",
    "oknum itu minta uang dikirim ke rekening 1234567890 atas nama Slamet Riyadi",
])
def test_the_name_of_an_account_money_was_paid_into_stays(typed):
    result = masked(typed)
    name = typed.split("a.n. ")[-1].split("an. ")[-1].split("atas nama ")[-1].split(" tapi")[0]
    assert name in result, result


@pytest.mark.parametrize(("typed", "hidden"), [
    ("bansos belum masuk ke rekening saya BRI 0012345678901 a.n. Ahmad Fauzi", "Fauzi"),
    ("tolong transfer ke rekening saya a.n. Ahmad Fauzi", "Fauzi"),
    ("lampu mati. no hp 08123456789 a.n. Ahmad Fauzi", "Fauzi"),
    ("jalan rusak parah, 1234567890. a.n. Ahmad Fauzi", "Fauzi"),
])
def test_the_reporters_own_name_after_an_account_or_number_is_still_masked(typed, hidden):
    result = masked(typed)
    assert hidden not in result and IDENTITY_MASK in result, result


@pytest.mark.parametrize(("typed", "kept"), [
    ("Pak Lurah Sutrisno minta pungli 500rb. Terima kasih Pak Sutrisno", "Pak Sutrisno"),
    ("kades Warsito tidak pernah ngantor. makasih, Warsito", "makasih, Warsito"),
    ("jalan sudah diperbaiki, terima kasih Pak Hendra", "Pak Hendra"),
    ("air sudah nyala lagi. Matur nuwun Bu Sumiati", "Bu Sumiati"),
])
def test_a_closing_that_thanks_someone_named_keeps_their_name(typed, kept):
    assert kept in masked(typed)


@pytest.mark.parametrize(("typed", "hidden"), [
    ("Pak Lurah Sutrisno minta pungli 500rb. Terima kasih, Ahmad", "Ahmad"),
    ("jalan rusak. Terima kasih.\nAhmad Fauzi", "Fauzi"),
    ("jalan rusak. Salam, Pak Darto", "Darto"),
])
def test_a_signature_after_thanks_is_still_masked(typed, hidden):
    assert hidden not in masked(typed)


@pytest.mark.parametrize("typed", [
    "videonya viral di ig @dinaspupr.official dan tiktok @warga_marah",
    "sudah diposting di tiktok @infosampang_terkini tapi belum ditanggapi",
    "beredar di ig @lambe_sampang videonya",
])
def test_a_handle_the_complaint_is_about_stays(typed):
    assert masked(typed) == typed


@pytest.mark.parametrize(("typed", "hidden"), [
    ("hubungi di ig @budi_s88 aja", "budi_s88"),
    ("saya posting di ig @budi_s88", "budi_s88"),
    ("ig @budi_s88 dm aja", "budi_s88"),
])
def test_a_handle_given_to_reach_the_writer_is_still_masked(typed, hidden):
    assert hidden not in masked(typed)


def test_many_signing_labels_are_each_read():
    """A text of nothing but signing labels is masked whole and returned (its cost, linear since the labels are read
    in one pass, is measured by bench/privacy_bench.py, not here)."""
    typed = "Ttd Budi\n" * 400
    assert "Budi" not in masked(typed)


@pytest.mark.parametrize("question", [
    "ig nya ibu apa?",
    "nomor plat motornya bapak?",
    "rumahnya bapak nomor berapa?",
    "alamat lengkap bapak nomor berapa?",
    "rekeningnya ibu bank apa?",
    "no rumahnya bapak berapa?",
])
def test_an_agency_asking_in_the_nya_form_asks_who_they_are(question):
    from lapor.bridge.privacy import asks_identity

    assert asks_identity(question)


@pytest.mark.parametrize("question", [
    "rumahnya pak RT nomor berapa?",
    "ig nya dinas apa?",
    "plat motornya yang nabrak berapa?",
    "alamat lengkap lokasinya di mana?",
])
def test_nya_questions_about_the_problem_stay_questions(question):
    from lapor.bridge.privacy import asks_identity

    assert not asks_identity(question)


@pytest.mark.parametrize(("place", "story", "expected"), [
    ("kantor desa jl Melati no 5",
     "rumah saya di jl Kenanga no 5. Lampu PJU mati di depan kantor desa jl Melati no 5", "kantor desa jl Melati no 5"),
    ("Jalan Kenanga Raya no 5", "rumah saya di jl kenanga no 5, banjir", f"Jalan Kenanga Raya {HOUSE_MASK}"),
    ("Jl. Kenanga No.5", "rumah saya di jl kenanga no 5, banjir", f"Jl. Kenanga {HOUSE_MASK}"),
    ("no 5", "rumah saya di jl kenanga no 5, banjir", HOUSE_MASK),
    ("Jalan Melati no 5", "rumah saya jl kenanga no 5 banjir", "Jalan Melati no 5"),
    ("gg kenanga no 5", "saya tinggal gg Kenanga no 5", f"gg kenanga {HOUSE_MASK}"),
    ("depan pasar no 5", "rumahku no 5 banjir", f"depan pasar {HOUSE_MASK}"),  # no street in the story: masked
])
def test_a_public_places_number_is_masked_only_on_the_reporters_street(place, story, expected):
    from lapor.bridge.privacy import without_home_number

    assert without_home_number(place, story) == expected


@pytest.mark.parametrize(("typed", "hidden", "kept"), [
    ("alamat pelapor: jl Mawar no 3", "3", "jl Mawar"),
    ("Alamat Pelapor : Gg. Kenanga No. 12 RT 2", "12", "Gg. Kenanga"),
])
def test_the_reporters_address_under_a_label_keeps_its_street(typed, hidden, kept):
    result = masked(typed)
    assert HOUSE_MASK in result and kept in result, result
    assert hidden not in result.replace(kept, "").replace("RT 2", ""), result


@pytest.mark.parametrize("typed", ["Pelapor: Budi Santoso", "nama pelapor: Budi Santoso", "Nama : Budi Santoso"])
def test_a_name_under_a_label_is_still_masked(typed):
    assert "Budi" not in masked(typed)


@pytest.mark.parametrize(("typed", "kept"), [
    ("Hormat saya,\nPak Lurah Sutrisno tolong ditindak", "Sutrisno"),
    ("hormat saya, pak kades Warsito minta uang 2jt utk surat", "Warsito"),
])
def test_an_official_spoken_of_after_hormat_saya_keeps_their_name(typed, kept):
    assert kept in masked(typed)


@pytest.mark.parametrize(("typed", "hidden"), [
    ("jalan rusak. Hormat saya,\nPak Darto", "Darto"),
    ("jalan rusak. Hormat saya,\nPak Darto RT 4", "Darto"),
    ("Hormat saya,\nPak Darto, tolong jalan diperbaiki", "Darto"),
])
def test_a_name_signed_after_hormat_saya_is_still_masked(typed, hidden):
    assert hidden not in masked(typed)


@pytest.mark.parametrize(("typed", "hidden"), [
    ("Atas nama tetangga saya Bu Sumiati: rumahnya retak kena getaran proyek", "Sumiati"),
    ("lapor a.n. ibu saya Siti Aminah, bantuan PKH tidak cair", "Aminah"),
    ("atas nama nenekku Mbah Sarinah, jalan ke rumahnya rusak", "Sarinah"),
    ("mewakili atas nama teman saya Rudi Hartono, KTP belum jadi", "Hartono"),
])
def test_whom_an_anonymous_report_is_filed_for_is_masked_after_the_relation(typed, hidden):
    """Found merging citizens19 (atas nama) with privacy5: "atas nama tetangga saya Bu Sumiati" kept the name, as the
    relation after the label ("tetangga saya") was read as no name at all. Whom one files for points at the writer."""
    assert hidden not in masked(typed), masked(typed)


@pytest.mark.parametrize("typed", ["atas nama warga RT 3, jalan rusak parah", "atas nama Dinas Sosial kami mohon maaf",
                                   "atas nama ibu saya, bantuan PKH tidak cair"])
def test_whom_one_files_for_without_a_name_stays(typed):
    assert masked(typed) == typed
