"""Journeys of new citizens tried by hand with `flask chat --local` that lost or misread what they said: a photo
whose caption tells the story at the kind step, a correction that names the part it mends ("alamatnya salah, …"),
questions about the service asked mid-filing, and a story told in short bubbles before choosing from the menu."""

from __future__ import annotations

import pytest

from tests.bot.test_citizen_phrasings import to_step
from tests.bot.test_conversation import finished
from tests.parties import PHOTO, Citizen, filed


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
    assert "pesan suara diteruskan apa adanya" in reply  # an anonymous citizen's voice still reaches the agency


def test_a_story_about_a_wrong_address_is_no_correction(citizen):
    to_step(citizen, "description")
    citizen.says("alamat salah di KTP saya sudah 3 kali diurus di kecamatan belum juga dibetulkan")
    assert citizen.state() == "location" and citizen.draft()["description"].startswith("alamat salah di KTP")


@pytest.mark.parametrize("step,typed,answer", [
    ("location", "berapa lama diprosesnya?", "14 hari kerja"),
    ("location", "ini gratis kan pak?", "gratis"),
    ("privacy", "ini gratis kan pak?", "gratis"),
    ("photo", "lapor di sini bayar gak?", "gratis"),
    ("privacy", "nomor saya aman kan?", "verifikator"),
    ("kind", "apakah identitas saya dijaga?", "verifikator"),
    ("description", "kapan laporannya ditanggapi?", "3 hari kerja"),
    ("location", "Is it free?", "gratis"),
    ("photo", "how long does it take?", "hari kerja"),
])
def test_a_question_about_the_service_mid_filing_is_answered_and_the_step_asked_again(citizen, step, typed, answer):
    to_step(citizen, step)
    before = citizen.draft()
    reply = citizen.says(typed)
    assert answer in reply and citizen.state() == step and citizen.draft() == before
    question = {"location": "Lokasinya di depan SDN 2 Banyuanyar?", "privacy": "Pilih kerahasiaan",
                "photo": "Ada foto pendukung", "kind": "Jenis laporan",
                "description": "Ceritakan apa yang terjadi"}[step]
    assert question in reply


def test_a_question_about_the_service_at_the_summary_shows_the_summary_again(citizen):
    _to_summary(citizen)
    reply = citizen.says("nomor saya aman kan?")
    assert "verifikator" in reply and "Periksa laporan Anda" in reply and citizen.state() == "confirm"


def test_a_question_about_the_service_when_idle_is_answered_with_what_to_type_next(citizen):
    reply = citizen.says("lapor disini bayar gak min?")
    assert "gratis" in reply and "Ketik 1" in reply and citizen.state() == "idle"


@pytest.mark.parametrize("step,typed", [
    ("location", "depan kantor desa lama, Jl. Raya Banyuanyar"),
    ("description", "kenapa bikin KTP di kecamatan harus bayar 50 ribu?"),
    ("description", "berapa lama lagi jalan ini dibiarkan rusak, sudah setahun"),
])
def test_a_place_or_a_story_that_speaks_of_time_or_money_is_no_question_about_the_service(citizen, step, typed):
    to_step(citizen, step)
    citizen.says(typed)
    assert citizen.state() != step


def test_a_question_about_the_service_after_a_story_was_offered_keeps_the_offer(citizen):
    citizen.says("selokan depan pasar Kliwon mampet, airnya meluber ke jalan")
    reply = citizen.says("ini gratis kan?")
    assert "gratis" in reply and "Balas YA" in reply
    citizen.says("ya")
    assert citizen.draft()["description"].startswith("selokan depan pasar Kliwon")


@pytest.mark.parametrize("again", ["p", "halo min", "woi", "P", "assalamualaikum"])
def test_a_greeting_again_right_after_the_menu_is_greeted_short(citizen, again):
    """Found by hand: "P", "p", "halo min", "woi" in a row got the whole menu four times."""
    assert "Balas dengan angka" in citizen.says("P")
    reply = citizen.says(again)
    assert "Balas dengan angka" not in reply and "belum paham" not in reply
    assert "langsung tulis masalahnya" in reply and "1" in reply and citizen.state() == "idle"
    assert "Jenis laporan" in citizen.says("1")


def test_a_greeting_long_after_the_menu_gets_the_menu_again(citizen, clock):
    citizen.says("halo")
    clock.advance(minutes=30)
    assert "Balas dengan angka" in citizen.says("halo")


BUBBLES = ["di desa kami", "lampu jalan mati semua", "sudah 2 minggu gelap banget"]


def test_a_story_told_in_short_bubbles_is_offered_whole_once_it_is_long_enough(citizen):
    assert "Balas dengan angka" in citizen.says("sugeng dalu pak")
    assert "belum paham" in citizen.says(BUBBLES[0])  # the short menu, right after the whole one
    second = citizen.says(BUBBLES[1])
    assert "di desa kami" in second and "lampu jalan mati semua" in second and "Lanjutkan" in second
    offered = citizen.says(BUBBLES[2])
    assert "Sepertinya Anda ingin melapor" in offered and all(bubble in offered for bubble in BUBBLES)
    citizen.says("ya")
    assert citizen.draft()["description"] == "\n".join(BUBBLES) and citizen.state() == "kind"


@pytest.mark.parametrize("bubble", ["ktp sy udh 3 bln blm jadi", "bansos ibu saya gak cair2",
                                    "truk sampah ga dateng seminggu", "akta lahir anak sy belum keluar"])
def test_a_short_bubble_telling_what_has_not_happened_is_kept_as_a_story(citizen, bubble):
    citizen.says("min")
    said = citizen.says(bubble)
    assert bubble in said and "Lanjutkan" in said and "belum paham" not in said


@pytest.mark.parametrize("topic", ["sampah", "SAMPAH", "pungli", "limbah", "jalan", "lampu"])
def test_a_first_word_that_names_what_is_wrong_begins_a_story(citizen, topic):
    """Found by hand: "sampah" got the whole menu and was lost when "numpuk di sini udah seminggu" came next."""
    assert "Lanjutkan" in citizen.says(topic)
    said = citizen.says("numpuk di sini udah seminggu")
    assert topic in said and "numpuk di sini" in said


@pytest.mark.parametrize("yes", ["iya", "ya pak", "nggih"])
def test_a_yes_to_the_story_kept_from_bubbles_files_it(citizen, yes):
    """Found by hand: "iya" to "… atau ketik 1 untuk membuat pengaduan dengan cerita itu" got the whole menu."""
    citizen.says("pak jalan di desa saya rusak")
    said = citizen.says(yes)
    assert "Jenis laporan" in said and "jalan di desa saya rusak" in said and citizen.state() == "kind"
    assert "jalan di desa saya rusak" in citizen.draft()["description"]


@pytest.mark.parametrize("bubble, yes", [("pokoknya gitu deh", "sip"), ("hehe iya", "iya"), ("wkwk", "ya pak"),
                                         ("mantap, makasih min. cepet jg", "sip")])
def test_a_yes_after_a_bubble_that_tells_no_problem_files_nothing(citizen, bubble, yes):
    """Found by hand: "pokoknya gitu deh" got the menu, and "sip" after it began a complaint with it as the story."""
    citizen.says(bubble)
    citizen.says(yes)
    assert citizen.state() != "kind" and not citizen.draft().get("description")


@pytest.mark.parametrize("bubble", ["gak tau mau ngetik apa", "belum tau pak"])
def test_a_short_bubble_saying_one_does_not_know_is_no_story(citizen, bubble):
    citizen.says("min")
    assert "Lanjutkan" not in citizen.says(bubble)


@pytest.mark.parametrize("choice", ["1", "mau lapor", "ADUAN"])
def test_choosing_to_file_after_short_bubbles_keeps_them_as_the_story(citizen, choice):
    citizen.says(BUBBLES[0])
    citizen.says(BUBBLES[1])
    reply = citizen.says(choice)
    assert "lampu jalan mati semua" in reply and "Jenis laporan" in reply
    assert citizen.draft()["description"] == "\n".join(BUBBLES[:2])


@pytest.mark.parametrize("step,typed,kind", [("location", "eh ga jadi deh, saya mau aspirasi aja", "aspirasi"),
                                             ("photo", "salah, maksud saya permintaan informasi", "informasi"),
                                             # the kind left named too (it was added to the story, the kind kept)
                                             ("photo", "eh bentar, ga jadi pengaduan deh, saya mau aspirasi aja",
                                              "aspirasi"),
                                             ("privacy", "gak jadi aduan, aspirasi aja", "aspirasi"),
                                             ("location", "ga jadi pengaduan pak, informasi aja", "informasi")])
def test_a_change_of_mind_about_the_kind_mid_filing_changes_the_kind(citizen, step, typed, kind):
    """Found by hand: "eh ga jadi deh, saya mau pengaduan aja" at the place step dropped the whole draft; a kind
    named in a correction after the story was added to the text as a "Ralat"."""
    to_step(citizen, step)
    reply = citizen.says(typed)
    assert "jenis laporan sudah kami perbaiki" in reply and citizen.state() == step
    assert citizen.draft()["kind"] == kind and "Ralat" not in citizen.draft()["description"]


@pytest.mark.parametrize("typed", ["halo min, mau nanya dong, kalau jalan rusak depan rumah itu lapornya ke mana ya?",
                                   "hai pak, lampu jalan di gang 3 mati semua sudah seminggu"])
def test_a_greeting_then_a_comma_then_the_story_is_offered(citizen, typed):
    """Found by hand: "halo min, …" was read as the menu's "halo" with a reason after it: the whole message got
    only the menu."""
    assert "Sepertinya Anda ingin melapor" in citizen.says(typed)


@pytest.mark.parametrize("first", ["mau lapor 2 hal pak", "sy mau lapor beberapa hal"])
def test_a_wish_to_report_several_things_is_no_story_begun(citizen, first):
    """Found by hand: "mau lapor 2 hal pak" was kept as the story begun, and the text read "2 hal pak pertama …";
    the second problem is kept for the next complaint (it was filed with the first)."""
    citizen.says(first)
    citizen.says("1")
    citizen.says("pertama lampu jalan mati, kedua got mampet di gg 5")
    draft = citizen.draft()
    assert (draft["description"], draft["next_story"]) == ("lampu jalan mati", "got mampet di gg 5")


@pytest.mark.parametrize("story,offered", [
    ("jalan rusak parah. terus lampu juga mati di jl ahmad yani", "jl ahmad yani"),
    ("jalan berlubang, lampu pju jg mati di depan SDN 3 Kamoning", "depan SDN 3 Kamoning"),
    ("got mampet, sekalian sampah numpuk di pasar kliwon", "pasar kliwon"),
    ("JALAN RUSAK PARAH TRUS LAMPU JG MATI DI JL AHMAD YANI", "Jl Ahmad Yani"),  # offered as a name
    # near misses: the first problem's own place is offered; a second one with no place offers none
    ("jalan rusak di desa kamoning, lampu juga mati di jl ahmad yani", "desa kamoning"),
    ("jalan rusak parah, lampu juga mati", None)])
def test_a_place_named_only_with_the_second_problem_is_offered_for_the_first(citizen, story, offered):
    """Found by hand: "jalan rusak parah. terus lampu juga mati di jl ahmad yani" was split in two problems and the
    place question asked as if no place had been told."""
    citizen.says(story)
    citizen.says("YA")
    reply = citizen.says("1")
    assert citizen.state() == "location" and not citizen.draft()["location_text"]
    if offered:
        assert f"Lokasinya di {offered}?" in reply
    else:
        assert "Di mana lokasinya?" in reply


def test_a_story_told_one_word_at_a_time_keeps_every_word(citizen):
    """Found by hand: "lampu jalan", then "mati" got the whole menu and "mati" was lost from the story."""
    citizen.says("lampu jalan")
    reply = citizen.says("mati")
    assert "lampu jalan mati" in reply and "Lanjutkan" in reply
    citizen.says("di gang kenanga")
    reply = citizen.says("LEWATI")  # a step's word joins no story: the person takes it for filed, it is not
    assert "belum kami buat" in reply and "LEWATI" not in reply
    citizen.says("1")
    assert citizen.draft()["description"] == "lampu jalan\nmati\ndi gang kenanga"


@pytest.mark.parametrize("media", [{"MediaContentType0": "application/pdf"}, {}])
def test_a_file_sent_after_a_short_story_goes_with_the_story(citizen, media):
    """Found by hand: a PDF (or photo) right after "jalan di depan sd 2 rusak" got "kami simpan untuk pengaduan
    berikutnya" and the whole menu, as if the story before it had not been told."""
    citizen.says("jalan di depan sd 2 rusak")
    reply = citizen.says(**{**PHOTO, **media})
    assert "bersama cerita di atas" in reply and "jalan di depan sd 2 rusak" in reply
    assert "Balas dengan angka" not in reply and "Lanjutkan" in reply
    assert "jalan di depan sd 2 rusak" in citizen.says("1")
    assert citizen.draft()["description"] == "jalan di depan sd 2 rusak" and len(citizen.draft()["photos"]) == 1


def test_a_filing_wish_with_words_joins_the_bubbles_before_it(citizen):
    citizen.says("di desa sumberejo kec. sukamaju")
    citizen.says("lapor lampu jalan mati semua")
    assert citizen.draft()["description"] == "di desa sumberejo kec. sukamaju\nlampu jalan mati semua"


def test_short_bubbles_from_long_ago_are_not_joined(citizen, clock):
    citizen.says(BUBBLES[0])
    citizen.says(BUBBLES[1])
    clock.advance(hours=2)
    assert "Balas dengan angka" in citizen.says("halo pak")
    reply = citizen.says("1")
    assert "Jenis laporan" in reply and not citizen.draft().get("description")


def test_greetings_and_thanks_are_no_bubbles_of_a_story(citizen):
    for typed in ("halo", "pagi pak", "terima kasih", "ok"):
        citizen.says(typed)
    citizen.says("1")
    assert not citizen.draft().get("description")


VOICE = {"NumMedia": "1", "MediaUrl0": "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM2/Media/ME2",
         "MediaContentType0": "audio/ogg"}


def test_a_voice_note_sent_before_filing_tells_the_story(citizen):
    """A person who speaks rather than types sent a voice note and got "kept for your next complaint" and the menu:
    nothing said the note would be heard. A voice note while idle, with nothing open, starts a complaint."""
    reply = citizen.says(**VOICE)
    assert "pesan suara Anda kami terima" in reply and "BATAL" in reply and citizen.state() == "kind"
    reply = citizen.says("1")
    draft = citizen.draft()
    assert "pesan suara" in draft["description"] and "Di mana lokasinya" in reply and citizen.state() == "location"
    assert "Ceritakan apa yang terjadi" not in reply and "UBAH" in reply


@pytest.mark.parametrize("typed", ["sy gk bs ngetik pak, tolong dengerin aja", "saya tidak bisa menulis pak",
                                   "boleh pakai vn aja?", "sy kirim rekaman suara ya pak",
                                   "mata sy sdh kabur gk bs baca tulis"])
def test_a_citizen_who_cannot_type_is_told_to_speak(citizen, typed):
    """"sy gk bs ngetik pak, tolong dengerin aja" was offered as the complaint's text."""
    reply = citizen.says(typed)
    assert "pesan suara" in reply and "Sepertinya Anda ingin melapor" not in reply
    citizen.says(**VOICE)
    assert citizen.state() == "kind"


def test_a_photo_sent_before_filing_still_leaves_the_story_to_be_told(citizen):
    citizen.says(**PHOTO)
    citizen.says("1")
    assert "Ceritakan apa yang terjadi" in citizen.says("1") and citizen.state() == "description"


@pytest.mark.parametrize("typed,score", [("👍", 4), ("👍🏽👍🏽👍🏽", 4), ("👌", 4), ("😍😍", 5), ("💯", 5),
                                         ("😐", 3), ("👎", 2), ("😡😡", 1),
                                         ("mantap pak", 4), ("mantap sekali", 5)])
def test_a_rating_given_as_emoji_or_praise_reads_on_the_questions_scale(citizen, typed, score):
    finished(citizen)
    reply = citizen.says(typed)
    assert citizen.complaints()[0].rating == score
    assert (f"penilaian {score}" in reply) if score >= 3 else ("alasannya" in reply)


@pytest.mark.parametrize("typed", ["👍👎", "🤔"])  # "🙏" is thanks: see test_new_users' thanks at the rating question
def test_emoji_that_do_not_tell_a_rating_ask_again(citizen, typed):
    finished(citizen)
    assert "Mohon balas angka 1 sampai 5" in citizen.says(typed) and citizen.complaints()[0].rating is None


@pytest.mark.parametrize("typed,privacy", [("eh anonim aja deh pak", "anonim"), ("hmm yg rahasia aja", "rahasia"),
                                           ("oh biasa aja pak", "biasa"), ("ehh 3 aja", "anonim")])
def test_a_choice_opened_with_an_interjection_is_the_choice(citizen, typed, privacy):
    to_step(citizen, "privacy")
    citizen.says(typed)
    assert citizen.state() == "confirm" and citizen.draft()["privacy"] == privacy


CHAIN = ("PENTING!!! Mulai besok semua pemilik kendaraan wajib daftar ulang STNK online, jika tidak kendaraan akan "
         "disita. Sebarkan ke 10 grup!!!")


@pytest.mark.parametrize("typed", [CHAIN, "Info dari kapolres: ada penculikan anak pakai mobil putih di sukamaju, "
                                   "viralkan!!", "Tolong bagikan ke semua kontak anda: bansos 2 juta cair hari ini "
                                   "lewat link berikut",
                                   # found by hand: no audience after the spreading word, or WhatsApp's own label
                                   "*PESAN BERANTAI* Mulai besok semua KTP lama tidak berlaku, wajib ganti KTP "
                                   "digital di kantor desa, bayar 50rb. Sebarkan!!!",
                                   "Diteruskan berkali-kali\nBESOK ADA PEMADAMAN LISTRIK SELURUH KABUPATEN 3 HARI, "
                                   "siapkan air dan lilin. Bantu share ya",
                                   "Forwarded many times. Ada razia KTP di terminal, yg tdk bawa didenda 500rb"])
def test_a_forwarded_chain_message_is_not_offered_as_a_complaint(citizen, typed):
    reply = citizen.says(typed)
    assert "pesan berantai" in reply and "ketik 1" in reply and "Sepertinya Anda ingin melapor" not in reply
    assert citizen.state() == "idle"


@pytest.mark.parametrize("typed", [
    "jalan di desa kami rusak parah sudah setahun, tolong diteruskan ke dinas terkait ya pak",
    "jalan di desa kami rusak parah sudah setahun, tolong teruskan ke yang berwenang ya pak",
    "warga sudah sering share foto jalan rusak ini di grup desa tapi tidak ada tanggapan",
    "sudah saya share di grup desa tapi tidak ada tanggapan dari kecamatan soal jalan rusak"])
def test_a_complaint_asking_to_be_passed_on_is_still_offered(citizen, typed):
    assert "Sepertinya Anda ingin melapor" in citizen.says(typed)


@pytest.mark.parametrize("typed,score", [("makasih pak, mantap", 4), ("terima kasih, sudah bagus", 4),
                                         ("matur nuwun, sangat puas", 5), ("👍 makasih", 4)])
def test_thanks_with_a_rating_in_words_is_the_rating(citizen, typed, score):
    finished(citizen)
    assert f"penilaian {score}" in citizen.says(typed) and citizen.complaints()[0].rating == score


@pytest.mark.parametrize("word,then,score", [("mantap min", "4", 4), ("mantap pak", "5", 5),  # (with thanks it closes:
                                              # tests/bot/test_citizens18.py)
                                              ("👍", "⭐⭐⭐", 3), ("bagus", "5 bintang", 5), ("👍", "⭐️⭐️⭐️⭐️⭐️", 5),
                                              ("mantap", "4 aja", 4)])
def test_a_score_typed_after_a_rating_in_words_is_the_rating_not_its_comment(citizen, word, then, score):
    """Found by hand: "mantap pak makasih" was read as 4 and the comment asked; the "4" typed next (the number the
    question asked for) was stored as the comment "4"."""
    finished(citizen)
    citizen.says(word)
    assert "sudah kami catat" in citizen.says(then) and citizen.state() == "idle"
    rated = citizen.complaints()[0]
    assert rated.rating == score and rated.rating_comment is None


def test_a_comment_that_gives_a_number_of_something_is_the_comment(citizen):
    finished(citizen)
    citizen.says("mantap pak")
    citizen.says("3 hari sudah beres, cepat")
    rated = citizen.complaints()[0]
    assert rated.rating == 4 and rated.rating_comment == "3 hari sudah beres, cepat"


@pytest.mark.parametrize("word,then,score", [
    ("mantap pak", "eh maaf salah, harusnya 1", 1), ("puas", "ga jadi puas, jelek", 2),
    ("mantap", "maaf salah pencet, maksudnya 2", 2), ("bagus", "ralat: 1", 1),
    ("👍", "eh salah kirim, nilainya 1 aja", 1), ("4", "EH SALAH HARUSNYA 2", 2),
    ("sip", "eh keliru, kurang puas", 2), ("mantap", "salah ketik pak, mksdnya bintang 1", 1)])
def test_a_low_rating_corrected_at_the_comment_question_is_the_rating_and_asks_why(citizen, word, then,
                                                                                    score):
    """Found by hand: "mantap pak" (4) closed the complaint; "eh maaf salah, harusnya 1" at the comment question was
    stored as the comment of a satisfied rating, and the complaint could no longer be reopened."""
    finished(citizen)
    citizen.says(word)
    assert "Apa yang masih kurang" in citizen.says(then) and citizen.state() == "rating_reason"
    rated = citizen.complaints()[0]
    assert rated.rating == score and rated.closed_at is None and rated.rating_comment is None
    assert "kami buka kembali" in citizen.says("lubangnya masih ada di depan sekolah")
    assert citizen.complaints()[0].status == "proses"


def test_a_low_rating_corrected_with_its_reason_reopens_at_once(citizen):
    finished(citizen)
    citizen.says("mantap pak")
    assert "kami buka kembali" in citizen.says("eh salah, harusnya 1, lubangnya masih ada pak")
    assert citizen.complaints()[0].status == "proses" and citizen.complaints()[0].rating == 1


def test_a_higher_rating_corrected_at_the_comment_question_replaces_it(citizen):
    finished(citizen)
    citizen.says("lumayan")
    citizen.says("eh salah harusnya 5")
    rated = citizen.complaints()[0]
    assert rated.rating == 5 and rated.rating_comment is None and rated.closed_at is not None


@pytest.mark.parametrize("comment", ["salah satu petugasnya ramah sekali", "harusnya dari dulu diperbaiki pak",
                                     "1 minggu baru beres", "tadinya jelek, sekarang sudah bagus",
                                     "lubang yg kemarin ga jadi masalah lagi, mantap"])
def test_a_comment_with_a_word_of_correction_is_still_the_comment(citizen, comment):
    finished(citizen)
    citizen.says("mantap pak")
    citizen.says(comment)
    rated = citizen.complaints()[0]
    assert rated.rating == 4 and rated.rating_comment == comment and rated.closed_at is not None


def test_bare_thanks_at_the_rating_question_is_no_rating(citizen):
    finished(citizen)
    reply = citizen.says("terima kasih pak")
    assert citizen.complaints()[0].rating is None and "1" in reply and "5" in reply


@pytest.mark.parametrize("typed", ["cek laporan no 1", "laporan nomor 1 gimana pak", "aduan saya no. 1 sampai mana",
                                   "Cek Laporan Nomer 1", "nomor 1 gmn", "nmr 1 udh smp mn", "yg nomer 1 pripun"])
def test_a_report_named_by_its_number_in_words_shows_its_status_alone(citizen, typed):
    filed(citizen)
    reply = citizen.says(typed)
    assert "LPR-1" in reply and "Status:" in reply and "belum kami teruskan" not in reply


def test_a_house_number_in_an_addition_is_no_report_number(citizen):
    filed(citizen)
    filed(citizen)
    reply = citizen.says("tambahan: rumah no 2 juga kena banjir pak")
    assert "untuk laporan yang mana" in reply


@pytest.mark.parametrize("typed,added", [
    ("tambahin ya pak, kemarin ada 2 motor jatuh di situ", "kemarin ada 2 motor jatuh di situ"),
    ("oh iya satu lagi, lubangnya ada di dua titik", "oh iya satu lagi, lubangnya ada di dua titik"),
    # the words asking to add it after a word of waiting (they were kept in the story)
    ("eh tunggu, tambahin pelakunya pakai mobil pick up hitam", "pelakunya pakai mobil pick up hitam"),
    ("bentar pak, tambahan: kejadiannya tiap jam 2 malam", "kejadiannya tiap jam 2 malam"),
    # a short fact: since when, how bad (found by hand: "sejak kemarin sore" got "Balas KIRIM, UBAH, atau BATAL")
    ("sejak kemarin sore", "sejak kemarin sore"), ("udah 3 hari pak", "udah 3 hari pak"),
    ("MAKIN PARAH", "MAKIN PARAH"), ("tadi ada yg jatuh lagi", "tadi ada yg jatuh lagi"),
    ("lubangnya gede bgt", "lubangnya gede bgt"),
    ("wingi sore", "wingi sore"),
])
def test_more_of_the_story_typed_at_the_summary_is_added_to_it(citizen, typed, added):
    _to_summary(citizen)
    before = citizen.draft()["description"]
    reply = citizen.says(typed)
    assert citizen.draft()["description"] == f"{before}\n{added}"
    assert "ditambahkan ke isi laporan" in reply and "Periksa laporan Anda" in reply and citizen.state() == "confirm"


@pytest.mark.parametrize("typed,repeats", [
    # what the story says already, at most sharper in when or how much (found by hand: "sejak kemarin pagi" after a
    # story saying "sejak kemarin" was appended as a near-duplicate)
    ("sudah tiga bulan pak", True), ("rusak parah bgt", True), ("lubangnya dalem banget", True),
    ("SUDAH TIGA BULAN DIBIARKAN MALAM", True),
    # near misses: another number, a negation, another thing, a fact not in the story
    ("sudah empat bulan", False), ("udh 4 bulan", False), ("skrg tidak parah", False),
    ("jembatan rusak parah", False), ("lubangnya tambah dalam", False),
    # a plea is neither (it was appended to the story)
    ("mohon segera ditindaklanjuti ya pak terima kasih", None),
    ("MOHON SEGERA DIPERBAIKI YA PAK 🙏🙏 TERIMA KASIH", None),
    # ... short (it got "Balas KIRIM, UBAH, atau BATAL."), and never taken as KIRIM
    ("TOLONG CEPAT DIPERBAIKI PAK 🙏🙏", None), ("tolong cepat ya pak", None), ("mohon segera ditindak", None),
    ("cepetan dong min", None), ("semoga cepet ditangani 🙏", None), ("tulung enggal didandani pak", None),
])
def test_an_addition_at_the_summary_that_repeats_the_story_is_acknowledged(citizen, typed, repeats):
    _to_summary(citizen)
    before = citizen.draft()["description"]
    reply = citizen.says(typed)
    assert (citizen.draft()["description"] == before) is (repeats is not False) and "Periksa laporan Anda" in reply
    assert ("sudah tercatat" in reply) is bool(repeats) and citizen.state() == "confirm"
    assert ("kami mengerti" in reply) is (repeats is None)


@pytest.mark.parametrize("typed,kept", [
    ("barusan juga ada kabel listrik putus", "ada kabel listrik putus"),
    ("oh iya pak, lampu jalan di situ juga mati", "lampu jalan di situ juga mati")])
def test_another_problem_told_at_the_summary_is_kept_for_the_next_report(citizen, typed, kept):
    """Found by hand: "barusan juga ada kabel listrik putus" at the summary of a fallen tree's complaint joined its
    story."""
    _to_summary(citizen)
    before = citizen.draft()["description"]
    reply = citizen.says(typed)
    assert "laporan lain" in reply and "Periksa laporan Anda" in reply, reply
    assert citizen.draft()["description"] == before and citizen.draft()["next_story"] == kept


@pytest.mark.parametrize("typed,place", [("eh salah, lokasinya di jl melati no 5", "di jl melati no 5"),
                                         ("maaf salah, alamatnya desa sumberejo rt 2", "desa sumberejo rt 2")])
def test_a_place_corrected_at_the_summary_with_its_name_replaces_it(citizen, typed, place):
    """Found by hand: "eh salah, lokasinya di jl melati" at the summary was kept beside the wrong place as "(Ralat:
    lokasinya di jl melati)"."""
    _to_summary(citizen)
    reply = citizen.says(typed)
    assert citizen.draft()["location_text"] == place and "Ralat" not in reply, reply


@pytest.mark.parametrize("typed", ["ok", "jangan kirim dulu", "hmm gimana ya", "belum benar", "blm bener itu",
                                   "nanti dulu", "tunggu bentar", "sejak kemarin sore?"])
def test_a_short_unclear_message_at_the_summary_changes_nothing(citizen, typed):
    _to_summary(citizen)
    before = citizen.draft()
    assert "KIRIM" in citizen.says(typed) and citizen.draft() == before


@pytest.mark.parametrize("typed", ["😭😭😭", "🙏"])  # 👍👍 is the yes the place offered asks for
def test_emoji_at_the_place_step_ask_for_the_place_not_a_longer_address(citizen, typed):
    to_step(citizen, "location")
    reply = citizen.says(typed)
    assert "terlalu singkat" not in reply and "Mohon tulis lokasinya" in reply and citizen.state() == "location"


# The place said wrong in other words than "salah" (found by hand: "eh lokasinya kurang tepat" at the summary got
# "Balas KIRIM, UBAH, atau BATAL", and the right address typed next joined the story, the wrong place kept)
NOT_QUITE_RIGHT = ["eh lokasinya kurang tepat", "alamatnya kurang pas pak", "lokasinya tidak sesuai",
                   "maaf alamatnya belum benar", "lokasine mboten leres"]


@pytest.mark.parametrize("typed", ["eh salah tempat", "eh alamatnya salah", "maaf lokasinya keliru", *NOT_QUITE_RIGHT])
def test_a_correction_naming_only_the_wrong_place_asks_for_it_and_takes_the_next_message(citizen, typed):
    to_step(citizen, "photo")
    reply = citizen.says(typed)
    assert "lokasi yang benar" in reply and "sudah kami perbaiki" not in reply and citizen.state() == "photo"
    assert citizen.draft()["location_text"] == "Jl. Raya Banyuanyar, Kec. Sampang"
    reply = citizen.says("gang mawar rt 3 rw 2 desa sukamaju")
    assert citizen.draft()["location_text"] == "gang mawar rt 3 rw 2 desa sukamaju"
    assert "lokasi sudah kami perbaiki" in reply and "Ada foto pendukung" in reply and citizen.state() == "photo"


@pytest.mark.parametrize("typed", ["eh salah alamat", *NOT_QUITE_RIGHT])
def test_a_correction_naming_only_the_wrong_place_at_the_summary_asks_for_it(citizen, typed):
    _to_summary(citizen)
    reply = citizen.says(typed)
    assert "Di mana lokasinya" in reply and citizen.state() == "location"


@pytest.mark.parametrize("typed", ["lokasinya sudah tepat, kirim", "alamatnya kurang tepat gimana maksudnya?"])
def test_a_place_said_right_or_asked_about_at_the_summary_is_not_asked_again(citizen, typed):
    _to_summary(citizen)
    citizen.says(typed)
    assert citizen.state() != "location"


@pytest.mark.parametrize("typed,state", [("LEWATI", "privacy"), ("gak ada foto pak", "privacy")])
def test_the_steps_own_answer_after_naming_the_wrong_place_is_that_answer(citizen, typed, state):
    to_step(citizen, "photo")
    citizen.says("eh salah tempat")
    citizen.says(typed)
    assert citizen.state() == state and citizen.draft()["location_text"] == "Jl. Raya Banyuanyar, Kec. Sampang"


@pytest.mark.parametrize("typed", ["gimana cara lapor pak?", "hi, how do i report a problem?", "caranya gimana ya min",
                                   # with a verb of making, or what is reported (they were offered as requests for
                                   # information, to be sent to an agency)
                                   "bagaimana cara membuat laporan pak", "mau tanya cara ngadu jalan rusak"])
def test_asking_how_to_report_is_told_how(citizen, typed):
    reply = citizen.says(typed)
    assert "Caranya" in reply and "ketik 1" in reply and citizen.state() == "idle"
    citizen.says("1")
    assert not citizen.draft().get("description")  # the question is no part of a story


def test_asking_how_mid_filing_is_told_and_asked_again(citizen):
    to_step(citizen, "location")
    reply = citizen.says("caranya gimana pak?")
    assert "Caranya" in reply and "Lokasinya di depan SDN 2 Banyuanyar?" in reply and citizen.state() == "location"


def test_a_status_question_is_no_question_how(citizen):
    filed(citizen)
    assert "LPR-1" in citizen.says("gimana laporan saya")


def test_the_menu_is_not_repeated_whole_to_messages_right_after_it(citizen, clock):
    assert "Balas dengan angka" in citizen.says("sugeng dalu")
    ping = citizen.says("P")  # a ping or a greeting wants the menu: its choices in one line, the whole is just above
    assert "kami di sini" in ping and "balas 1 untuk membuat pengaduan" in ping
    again = citizen.says("pak tolong dong")  # a plea for help: asked to tell the problem, or type 1 (citizens15)
    assert "Balas dengan angka" not in again and "1" in again and "ceritakan masalahnya" in again
    clock.advance(minutes=30)
    assert "Balas dengan angka" in citizen.says("halo")
    assert "Balas dengan angka" in citizen.says("menu")


@pytest.mark.parametrize("typed", ["ini pak", "itu min, liat aja", "ini fotonya bu"])
def test_this_said_of_a_photo_just_sent_starts_its_complaint(citizen, typed):
    """A photo sent while idle, then "ini pak" ("this, sir": look at it) got "Maaf, kami belum paham"."""
    citizen.says(**PHOTO)
    reply = citizen.says(typed)
    assert "belum paham" not in reply and citizen.state() == "kind" and len(citizen.draft()["photos"]) == 1


@pytest.mark.parametrize("typed", ["lewati", "-", "gak ada alamatnya"])
def test_a_complaint_told_to_skip_its_place_hears_why_it_is_needed(citizen, typed):
    """LEWATI to "Lokasinya di pasar kliwon?" got "Mohon tulis lokasinya di sini", the place it had proposed forgotten
    and nothing said of why a complaint needs one."""
    citizen.says("sampah di depan pasar kliwon numpuk sudah seminggu bau sekali")
    citizen.says("ya")
    assert "pasar kliwon" in citizen.says("1")
    reply = citizen.says(typed)
    assert "perlu" in reply and "YA" in reply and "pasar kliwon" in reply and citizen.state() == "location"
    citizen.says("ya")
    assert citizen.draft()["location_text"] == "depan pasar kliwon"


# Found by hand (journeys8) ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("bubbles,place", [
    (["jalan rusak parah bgt", "depan sd 3"], "depan SD 3"),
    (["lampu pju mati", "di gg kenari rt 2"], "gg kenari RT 02"),  # its RT as filed (session 29)
    (["got mampet", "dkt pasar legi"], "dekat pasar legi"),
    (["dalan bolong", "ngarep sdn 1 ngampel"], "depan SDN 1 ngampel"),
])
def test_bubbles_with_a_problem_and_a_place_are_offered_to_file(citizen, bubbles, place):
    """Found by hand: "jalan rusak parah bgt" then "depan sd 3" got «Lanjutkan ceritanya», though it says what and
    where; and the place offered next was «Lokasinya di sd 3?»."""
    for typed in bubbles:
        reply = citizen.says(typed)
    assert "Sepertinya Anda ingin melapor" in reply and citizen.state() == "offer", reply
    citizen.says("ya")
    assert f"Lokasinya di {place}?" in citizen.says("1")


@pytest.mark.parametrize("bubbles", [["jalan rusak parah bgt", "udah lama"], ["di desa kami", "depan sd 3"]])
def test_bubbles_without_a_problem_or_a_place_are_still_kept(citizen, bubbles):
    for typed in bubbles:
        reply = citizen.says(typed)
    assert "Sepertinya Anda ingin melapor" not in reply, reply


@pytest.mark.parametrize("typed,felt", [("😡😡😡", "kesal"), ("🤬", "kesal"), ("😠😠", "kesal"), ("😤😡", "kesal"),
                                        ("😭😭", "sedih"), ("😢", "sedih"),
                                        # with hands folded, pleading (found by hand: "😭😭🙏" got the plain menu)
                                        ("😭😭🙏", "sedih"), ("🙏😢", "sedih"), ("😡🙏", "kesal")])
def test_an_upset_emoji_alone_is_met_with_care_and_how_to_report(citizen, typed, felt):
    """Found by hand: "😡😡😡" alone while idle got the plain menu."""
    reply = citizen.says(typed)
    assert felt in reply and "ceritakan" in reply.lower() and "Balas dengan angka" not in reply, reply
    assert citizen.state() == "idle"


@pytest.mark.parametrize("typed", ["👍", "🙏", "😀", "🙏🙏", "😭👍"])
def test_other_emoji_alone_are_no_upset(citizen, typed):
    reply = citizen.says(typed)
    assert "kesal" not in reply and "sedih" not in reply
