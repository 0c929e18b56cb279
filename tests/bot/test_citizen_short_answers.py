"""Short answers and cries at every question of filing (session 29, branch citizens17): a bare "ok", "y", "👍" or
"🙏" at a question that is no yes/no question is told once what to type and never asked the same thing for ever;
RT/RW typed in any way is filed in one form; an emergency dressed in emoji gets the emergency numbers, never the
help menu; and a story typed in capitals reads calmly beside what was added to it in lower case."""

from __future__ import annotations

import pytest

from lapor.textnorm import rt_rw_normalised
from tests.parties import Citizen

STORY = "jalan rusak berlubang besar di depan sd, sudah banyak motor jatuh"
PLACE = "jl melati desa sukamaju kec sampang"
# What people send to mean "yes", "fine" or "thanks" in a word or an emoji
SHORT = ["y", "yy", "iya", "ok", "oke", "👍", "🙏", "siap", "sip pak", "nggih"]


@pytest.fixture
def citizen(app):
    return Citizen(app)


def to_step(citizen: Citizen, step: str) -> None:
    """Walk a fresh citizen up to a filing step (or the summary: "confirm")."""
    answers = ["1", "1", STORY, PLACE, "LEWATI", "1"]
    steps = ["kind", "description", "location", "photo", "privacy", "confirm"]
    for body in answers[:steps.index(step) + 1]:
        citizen.says(body)
    assert citizen.state() == step


# 1. The privacy question is no yes/no question --------------------------------------------------------------------
# "y", "ok", "👍" there got the question again, then «Mohon balas 1 (biasa) …» with it, for ever. Now the first is
# told what each number means, once; the second takes Rahasia (the content not published; "ok" twice is no consent
# to Biasa), said so and changeable at the summary, as a second unclear answer at the kind question takes Pengaduan.

@pytest.mark.parametrize("typed", SHORT)
def test_a_short_yes_at_the_privacy_question_is_told_what_to_type_once(citizen, typed):
    to_step(citizen, "privacy")
    first = citizen.says(typed)
    assert citizen.state() == "privacy", first
    assert "dengan angka" in first and "1" in first and "3" in first and "Mohon balas" not in first, first
    second = citizen.says(typed)
    assert citizen.state() == "confirm", second
    assert citizen.draft()["privacy"] == "rahasia"  # "ok" twice is no consent to the name shown as Biasa shows it
    assert "rahasia" in second and "bisa diubah" in second and "Kerahasiaan: Rahasia" in second, second
    assert "tidak dipublikasikan" in second and "nama" in second, second


@pytest.mark.parametrize("then,privacy", [("1", "biasa"), ("3", "anonim")])
def test_the_privacy_taken_after_two_bare_yeses_is_changed_at_the_summary(citizen, then, privacy):
    to_step(citizen, "privacy")
    citizen.says("ok")
    citizen.says("ok")
    citizen.says("UBAH")
    citizen.says("kerahasiaan")
    reply = citizen.says(then)
    assert citizen.state() == "confirm" and citizen.draft()["privacy"] == privacy, reply


def test_a_bare_yes_between_other_answers_still_takes_nothing(citizen):
    to_step(citizen, "privacy")
    citizen.says("ok")
    citizen.says("maksudnya gimana?")
    reply = citizen.says("ok")
    assert citizen.state() == "privacy" and citizen.draft().get("privacy") is None, reply


@pytest.mark.parametrize("then,privacy", [("2", "rahasia"), ("3", "anonim"), ("anonim aja", "anonim"),
                                          ("1", "biasa")])
def test_the_number_typed_after_the_hint_is_the_choice(citizen, then, privacy):
    to_step(citizen, "privacy")
    citizen.says("ok")
    reply = citizen.says(then)
    assert citizen.state() == "confirm" and citizen.draft()["privacy"] == privacy, reply


@pytest.mark.parametrize("typed,privacy", [("1", "biasa"), ("2", "rahasia"), ("3", "anonim"), ("anonim", "anonim"),
                                           ("ya 3", "anonim"), ("rahasia aja", "rahasia")])
def test_a_choice_at_the_privacy_question_is_taken_at_once_as_before(citizen, typed, privacy):
    to_step(citizen, "privacy")
    citizen.says(typed)
    assert citizen.state() == "confirm" and citizen.draft()["privacy"] == privacy


def test_a_yes_to_the_anonim_offer_is_still_anonim(citizen):
    """Near miss: where the question asked is a yes/no one (Anonim offered to a Rahasia chosen for fear), "ya" is
    its yes."""
    to_step(citizen, "privacy")
    citizen.says("rahasia aja pak soalnya takut ketahuan tetangga")
    citizen.says("ya")
    assert citizen.state() == "confirm" and citizen.draft()["privacy"] == "anonim"


def test_a_short_yes_then_something_else_starts_the_count_again(citizen):
    """An "ok", a question, then "ok" again: the hint is given, not the default taken behind the citizen's back."""
    to_step(citizen, "privacy")
    citizen.says("ok")
    citizen.says("bedanya rahasia sama anonim apa pak?")
    reply = citizen.says("ok")
    assert citizen.state() == "privacy" and "dengan angka" in reply, reply


# ... and the same short answers at the other questions never loop ------------------------------------------------

@pytest.mark.parametrize("typed", ["y", "iya", "ok", "👍", "siap"])
def test_a_short_yes_at_the_photo_question_waits_once_then_goes_on(citizen, typed):
    """A yes to "Ada foto pendukung?" is waited for; with still no photo the next is told none came yet, and the
    one after goes on without it (it was «Silakan kirim fotonya sekarang …» for ever)."""
    to_step(citizen, "photo")
    first = citizen.says(typed)
    second = citizen.says(typed)
    assert citizen.state() == "photo" and first != second, (first, second)
    third = citizen.says(typed)
    assert citizen.state() == "privacy", third


def test_waiting_words_at_the_photo_question_still_wait(citizen):
    """Near miss: "sebentar" after "ada" is the photo coming, not a second unclear answer."""
    to_step(citizen, "photo")
    citizen.says("ya ada")
    citizen.says("sebentar pak")
    reply = citizen.says("tunggu ya lagi dicari")
    assert citizen.state() == "photo", reply


@pytest.mark.parametrize("typed", ["y", "ok", "👍", "🙏", "siap"])
def test_a_short_answer_at_the_place_question_is_not_answered_the_same_twice(citizen, typed):
    to_step(citizen, "location")
    first = citizen.says(typed)
    second = citizen.says(typed)
    assert citizen.state() == "location" and first != second, (first, second)
    assert "contoh" in second, second
    citizen.says("jl melati rt 3 desa sukamaju")
    assert citizen.state() == "photo"


@pytest.mark.parametrize("typed", ["ok", "oke", "👍", "siap", "sip", "🙏"])
def test_an_acknowledgement_at_the_summary_is_told_it_is_not_sent_then_sends(citizen, typed):
    """«Balas KIRIM, UBAH, atau BATAL» was the answer to every "ok" for ever. The first still sends nothing and says
    so, naming OK as a way to send; the second sends."""
    to_step(citizen, "confirm")
    first = citizen.says(typed)
    assert citizen.state() == "confirm" and not citizen.complaints(), first
    assert "belum terkirim" in first and "KIRIM" in first, first
    second = citizen.says(typed)
    assert "LPR-1" in second and len(citizen.complaints()) == 1, second


@pytest.mark.parametrize("then", ["tunggu bentar", "nanti dulu", "hmm gimana ya"])
def test_an_acknowledgement_then_a_wait_sends_nothing(citizen, then):
    to_step(citizen, "confirm")
    citizen.says("ok")
    citizen.says(then)
    assert not citizen.complaints() and citizen.state() == "confirm"


def test_an_acknowledgement_then_ubah_asks_what_to_change(citizen):
    to_step(citizen, "confirm")
    citizen.says("ok")
    citizen.says("ubah")
    assert citizen.state() == "edit" and not citizen.complaints()


# 2. RT/RW filed in one form -------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["rt tiga rw lima", "rt.03/rw.05", "RT 3 RW 5", "rt03 rw05", "erte tiga erwe lima",
                                   "RT 003 / RW 005", "rt 3/rw 5", "Rt.3 Rw.5", "RT/RW 03/05", "rt rw 3/5",
                                   "rt telu rw limo", "RT:03 RW:05", "r.t 3 r.w 5", "rt 03, rw 05"])
def test_rt_and_rw_in_any_form_read_alike(typed):
    assert rt_rw_normalised(typed) == "RT 03/RW 05"


@pytest.mark.parametrize("typed,stored", [
    ("jl melati rt 3 rw 5 desa sukamaju", "jl melati RT 03/RW 05 desa sukamaju"),
    ("Gang Mawar RT 3", "Gang Mawar RT 03"),
    ("dusun krajan rw dua belas", "dusun krajan RW 12"),
    ("rt dua puluh satu rw sebelas", "RT 21/RW 11"),
    ("rt 4 rw sepuluh, kel sukamaju", "RT 04/RW 10, kel sukamaju"),
    # near misses: no RT/RW, or a number that is no RT's
    ("jl melati no 5", "jl melati no 5"), ("depan sdn 3 sukamaju", "depan sdn 3 sukamaju"),
    ("udh ngadu ke pak RT 2x", "udh ngadu ke pak RT 2x"), ("rumah pak rt", "rumah pak rt"),
    ("pertigaan artha rt", "pertigaan artha rt"), ("kantor rw", "kantor rw"),
])
def test_an_rt_and_rw_in_a_place(typed, stored):
    assert rt_rw_normalised(typed) == stored


@pytest.mark.parametrize("typed", [
    # the RT's head, not the RT: "pak rt", "bu rt", "ketua rt" before a count or a number
    "rumah pak rt dua rumah dari masjid", "rumah pak rt 2 rumah dari masjid", "sebelah rumah bu rt 3",
    "depan rumah ketua rt 5", "udah lapor ke pak rt 3 kali", "rumah bpk rt 4 gang mawar", "samping pak erte tiga",
    # a count after the number: houses, times, days, metres
    "blok rt 2 3 rumah sebelah", "rt 3 2 rumah dari pos ronda", "gang rt 2 rumah ke 3",
    "lapor rt 3 kali gak ditanggapi",
    "sudah rt 5 hari mati", "dekat rt 10 meter dari jembatan", "rt dua rumah dari masjid", "rt 3 2 kali banjir",
])
def test_the_rt_heads_house_or_a_count_after_the_number_is_left_as_typed(typed):
    assert rt_rw_normalised(typed) == typed


@pytest.mark.parametrize("typed,stored", [
    ("rumah warga rt 2 rw 3", "rumah warga RT 02/RW 03"), ("gang mawar rt 3, 2 rumah dari masjid",
                                                          "gang mawar RT 03, 2 rumah dari masjid"),
    ("rt 3 rw 5 rumah cat hijau", "RT 03/RW 05 rumah cat hijau"), ("rt 2 desa sukamaju", "RT 02 desa sukamaju"),
    ("rt 04 dekat rumah pak rt", "RT 04 dekat rumah pak rt"), ("rt 4 rumahnya pak joko", "RT 04 rumahnya pak joko"),
])
def test_an_rt_beside_those_words_is_still_read(typed, stored):
    assert rt_rw_normalised(typed) == stored


@pytest.mark.parametrize("typed", ["jl melati rt tiga rw lima desa sukamaju", "jl melati rt.03/rw.05 desa sukamaju",
                                   "jl melati RT 3 RW 5 desa sukamaju", "jl melati rt03 rw05 desa sukamaju",
                                   "jl melati erte tiga erwe lima desa sukamaju"])
def test_the_filed_place_holds_rt_and_rw_in_one_form(citizen, typed):
    citizen.says("1")
    citizen.says("1")
    citizen.says(STORY)
    citizen.says(typed)
    citizen.says("LEWATI")
    summary = citizen.says("1")
    assert "RT 03/RW 05" in summary, summary
    citizen.says("KIRIM")
    [filed] = citizen.complaints()
    assert "RT 03/RW 05" in filed.location_text and "desa sukamaju" in filed.location_text, filed.location_text


# 3. An emergency in emoji is no call for the help menu -----------------------------------------------------------

@pytest.mark.parametrize("typed", ["🆘 🔥 tolong", "tolong!!! 🔥🔥 kebakaran", "🚨 darurat", "tolong 🔥🔥",
                                   "🚨🚨 tolong", "🆘 help", "TOLONG 🔥😭"])
@pytest.mark.parametrize("where", ["idle", "description", "location"])
def test_an_emergency_gets_the_emergency_numbers_first_never_the_help_menu(citizen, typed, where):
    if where != "idle":
        to_step(citizen, where)
    reply = citizen.says(typed)
    assert reply.startswith("Bila ini keadaan darurat") and "112" in reply and "113" in reply, reply
    assert "Cara memakai layanan ini" not in reply, reply


OFFERED = "lampu jalan mati di gang 3 desa sukamaju"


@pytest.mark.parametrize("typed", ["🆘 tolong", "tolong 🔥🔥", "🚨 darurat", "TOLONG 🔥😭",
                                   "tolong ada kebakaran di pasar sekarang 🔥"])
def test_an_emergency_while_a_story_is_offered_leaves_the_offer_as_it_was(citizen, typed):
    citizen.says(OFFERED)
    assert citizen.state() == "offer"
    reply = citizen.says(typed)
    assert reply.startswith("Bila ini keadaan darurat") and "112" in reply, reply
    assert OFFERED in reply and typed not in reply and citizen.state() == "offer", reply
    citizen.says("YA")
    assert citizen.draft()["description"].lower().startswith(OFFERED), citizen.draft()
    assert "tolong" not in citizen.draft()["description"].lower() and "🔥" not in citizen.draft()["description"]


@pytest.mark.parametrize("typed", ["🔥🔥 tolong", "🆘 help", "🚨🚨 tolong"])
@pytest.mark.parametrize("where", ["kind", "confirm"])
def test_an_emergency_at_a_choice_gets_the_numbers_and_the_question_again_without_a_scolding(citizen, typed, where):
    to_step(citizen, where)
    before = citizen.draft()
    reply = citizen.says(typed)
    assert reply.startswith("Bila ini keadaan darurat") and "112" in reply, reply
    assert "Mohon balas" not in reply and citizen.state() == where, reply
    assert citizen.draft() == before


def test_an_emergency_told_as_the_story_is_still_the_story(citizen):
    to_step(citizen, "description")
    reply = citizen.says("tolong ada kebakaran di pasar Srimangunan sekarang, apinya masih besar 🔥")
    assert reply.startswith("Bila ini keadaan darurat") and citizen.state() == "location", reply
    assert "kebakaran" in citizen.draft()["description"]


@pytest.mark.parametrize("typed", ["tolong", "tolong pak", "bantuan", "🔥🔥🔥", "mantap 🔥"])
def test_a_plea_alone_or_fire_as_praise_is_no_emergency(citizen, typed):
    reply = citizen.says(typed)
    assert "keadaan darurat" not in reply, reply


# 4. A story in capitals reads calmly beside what was added in lower case -----------------------------------------

@pytest.mark.parametrize("added", ["jalan nya di depan sd, sudah 3 bulan begini",
                                   "oh iya lubangnya makin lebar kalau hujan"])
def test_a_story_in_capitals_with_a_lower_case_addition_reads_in_sentence_case(citizen, added):
    citizen.says("1")
    citizen.says("1")
    citizen.says("JALAN DI DEPAN RUMAH SAYA RUSAK PARAH TIDAK DIPERBAIKI. TOLONG PAK")
    citizen.says(PLACE)
    citizen.says(added)  # more of the story, told at the photo step
    citizen.says("LEWATI")
    summary = citizen.says("1")
    assert "Jalan di depan rumah saya rusak parah tidak diperbaiki. Tolong pak" in summary, summary
    assert "RUSAK PARAH" not in summary and added in summary, summary
    citizen.says("KIRIM")
    [filed] = citizen.complaints()
    assert "RUSAK" not in filed.description and "PJU" not in filed.description, filed.description


def test_acronyms_in_a_capitals_line_stay_and_a_mixed_line_is_as_typed(citizen):
    """Near misses: a line with lower case is the citizen's own casing ("SDN 2 Sukamaju"), kept; acronyms typed in
    a capitals line stay (PJU)."""
    citizen.says("1")
    citizen.says("1")
    citizen.says("Jalan di depan SDN 2 Sukamaju rusak parah, banyak motor jatuh")
    citizen.says(PLACE)
    citizen.says("LUBANG DEKAT TIANG PJU SUDAH SEDALAM LUTUT")
    citizen.says("LEWATI")
    summary = citizen.says("1")
    assert "Jalan di depan SDN 2 Sukamaju rusak parah" in summary, summary
    assert "Lubang dekat tiang PJU sudah sedalam lutut" in summary, summary


# 5. New citizens tried by hand ------------------------------------------------------------------------------------
# An elder typing in short bubbles: the RT/RW said in words at the photo step ("erte tiga erwe lima" after "dusun
# krajan") was taken for an unclear photo answer and lost; the story told again "tadi sudah mbah bilang …" was added
# to the story a second time.

@pytest.mark.parametrize("typed", ["erte tiga erwe lima", "rt telu rw limo", "rt tiga"])
def test_rt_rw_in_words_after_the_place_joins_it(citizen, typed):
    to_step(citizen, "location")
    citizen.says("dusun krajan desa sukamaju")
    reply = citizen.says(typed)
    assert citizen.state() == "photo" and typed in citizen.draft()["location_text"], reply
    citizen.says("LEWATI")
    citizen.says("1")
    citizen.says("KIRIM")
    [filed] = citizen.complaints()
    assert "RT 03" in filed.location_text, filed.location_text


@pytest.mark.parametrize("typed", ["tadi sudah mbah bilang jalan rusak berlubang besar",
                                   "kan udah saya bilang jalan rusak berlubang besar di depan sd",
                                   "sudah saya tulis tadi, jalan rusak berlubang besar"])
def test_the_story_told_again_as_already_said_is_not_added_twice(citizen, typed):
    to_step(citizen, "location")
    reply = citizen.says(typed)
    assert citizen.draft()["description"] == STORY and "sudah tercatat" in reply, reply


def test_something_new_after_already_said_is_still_added(citizen):
    """Near miss: "kan sudah saya bilang" before news is more of the story."""
    to_step(citizen, "location")
    citizen.says("kan sudah saya bilang, kemarin ada anak sekolah jatuh di lubang itu sampai luka")
    assert "anak sekolah jatuh" in citizen.draft()["description"]


# A forwarded group message: the place offered back was "RT 05 Assalamualaikum wr wb bapak ibu" (the group's RT,
# then the salutation); the street the message names is where, the RT with it.
FORWARD = ("*INFO PENTING* 📢📢 Diteruskan dari grup warga RT 05 Assalamualaikum wr wb bapak ibu warga sekalian. "
           "Diberitahukan bahwa saluran air / got di sepanjang Jl. Mawar depan masjid Al Ikhlas sudah mampet total "
           "sejak 2 minggu lalu, air meluap ke jalan setiap hujan dan bau menyengat. Sudah dilaporkan ke desa tapi "
           "belum ada tindakan. Mohon bapak ibu yang punya kenalan di dinas bisa bantu sampaikan. Mohon disebarkan!!")


def test_a_forwarded_message_offers_its_street_not_the_groups_rt_and_salutation(citizen):
    citizen.says(FORWARD)
    citizen.says("ya")
    reply = citizen.says("1")  # the kind
    assert "Jl. Mawar depan masjid Al Ikhlas, RT 05?" in reply and "Assalamualaikum" not in reply, reply


@pytest.mark.parametrize("story,place", [
    ("banjir masuk rumah warga rt 3, air setinggi lutut", "rt 3"),  # an RT alone is still the place
    ("sampah numpuk di RT 03 RW 05 Dusun Krajan, bau sekali", "RT 03 RW 05 Dusun Krajan"),
    ("warga RT 05 mengeluhkan got di Jl. Mawar mampet", "Jl. Mawar, RT 05"),
])
def test_an_rt_named_before_a_street_goes_with_it(story, place):
    from bot.conversation.story_place import place_in_story
    assert place_in_story(story) == place


@pytest.mark.parametrize("typed", ["😀🔥🙏😡", "a" * 500, "🤔", "😡😡"])
def test_other_emoji_or_a_long_stretch_at_the_summary_never_sends(citizen, typed):
    """Near misses: emoji of other feelings, or a key held down, twice at the summary send nothing."""
    to_step(citizen, "confirm")
    citizen.says(typed)
    citizen.says(typed)
    assert not citizen.complaints() and citizen.state() == "confirm"


# A wrong reference typed with a word: "no 12345", "nomor laporan 12345" got «Maaf, kami belum paham» where
# "LPR-99" is told it is not found here.

@pytest.mark.parametrize("typed", ["no 12345", "nomor laporan 12345", "No. 12345 ?", "laporan no 12345 pak"])
def test_a_reference_typed_with_a_word_alone_is_looked_up(citizen, typed):
    reply = citizen.says(typed)
    assert "LPR-12345 tidak ditemukan" in reply, reply


@pytest.mark.parametrize("typed", ["laporan no 1", "nomor laporan 1", "no laporan 1 pak"])
def test_ones_own_complaint_named_with_a_word_is_shown(citizen, typed):
    citizen.file()
    reply = citizen.says(typed)
    assert "LPR-1 –" in reply and "Status:" in reply and "tidak ditemukan" not in reply, reply


def test_no_and_a_menu_number_still_picks_the_menu(citizen):
    """Near miss: "no 1" to the menu is its first line (filing), as before."""
    citizen.says("halo")
    citizen.says("no 1")
    assert citizen.state() == "kind"


@pytest.mark.parametrize("typed", ["no 3 rumah kebanjiran", "12345"])
def test_a_number_that_is_no_reference_is_not_looked_up(citizen, typed):
    reply = citizen.says(typed)
    assert "tidak ditemukan" not in reply, reply


# A photo, a voice note, then "itu pak": it was said noted as the story ("Baik, kami catat: "itu pak"") and then
# dropped for the voice note; pointing at what was sent tells no story.
PHOTO = {"NumMedia": "1", "MediaUrl0": "https://api.twilio.com/m/p1", "MediaContentType0": "image/jpeg"}
VOICE = {"NumMedia": "1", "MediaUrl0": "https://api.twilio.com/m/v1", "MediaContentType0": "audio/ogg"}


@pytest.mark.parametrize("typed", ["itu pak", "ini bu", "yang itu pak"])
def test_pointing_at_a_photo_and_a_voice_note_is_no_story(citizen, clock, typed):
    citizen.says(**PHOTO)
    clock.advance(minutes=1)
    citizen.says(**VOICE)
    reply = citizen.says(typed)
    assert citizen.state() == "kind" and "kami catat" not in reply and "Jenis laporan" in reply, reply


def test_a_story_bubble_after_a_voice_note_is_still_kept(citizen, clock):
    """Near miss: words that tell of the problem begin the story as before."""
    citizen.says(**VOICE)
    reply = citizen.says("itu jalannya rusak parah")
    assert citizen.draft()["description"] == "itu jalannya rusak parah", reply


@pytest.mark.parametrize("story", ["JALAN DI DEPAN RUMAH SAYA RUSAK PARAH SUDAH 3 BULAN TIDAK DIPERBAIKI",
                                   "Jalan di DEPAN RUMAH SAYA rusak parah sudah 3 bulan"])
def test_a_place_without_an_address_typed_in_capitals_is_not_shouted_back(citizen, story):
    """«Anda menyebut lokasinya "DEPAN RUMAH SAYA"» shouted the citizen's capitals back."""
    citizen.says("1")
    citizen.says("1")
    reply = citizen.says(story)
    assert '"depan rumah saya"' in reply, reply


# A mind changed twice: "eh ga jadi" at the summary, then "eh jadi deh, kirim aja" got the menu, the draft lost.

@pytest.mark.parametrize("typed", ["eh jadi deh, kirim aja", "jadi deh kirim", "eh jadi kok, diproses aja"])
def test_going_ahead_after_all_with_a_word_of_sending_takes_the_draft_back(citizen, typed):
    to_step(citizen, "confirm")
    citizen.says("eh ga jadi")
    assert citizen.state() == "idle"
    reply = citizen.says(typed)
    assert citizen.state() == "confirm" and citizen.draft()["description"] == STORY, reply


def test_kirim_alone_after_a_cancel_is_not_taken_for_going_ahead(citizen):
    """Near miss: "kirim" alone after BATAL has no word of changing one's mind."""
    to_step(citizen, "confirm")
    citizen.says("BATAL")
    citizen.says("kirim")
    assert not citizen.complaints() and citizen.state() != "confirm"


# A group's notice forwarded under an "INFO" heading was offered as a request for information (no place asked).
NOTICE = ("saluran air / got di sepanjang Jl. Mawar depan masjid Al Ikhlas sudah mampet total sejak 2 minggu lalu, "
          "air meluap ke jalan setiap hujan dan bau menyengat. Mohon disebarkan!!")


@pytest.mark.parametrize("head", ["*INFO PENTING* 📢📢 ", "INFO: ", "Info warga: ", "informasi penting, "])
def test_news_of_a_problem_headed_info_is_offered_as_a_complaint(citizen, head):
    reply = citizen.says(head + NOTICE)
    assert "ingin melapor" in reply, reply


@pytest.mark.parametrize("typed", ["info syarat bikin ktp apa aja ya", "info dong jadwal posyandu bulan ini",
                                   "informasi cara mengurus akta kelahiran yang hilang?"])
def test_a_request_for_information_headed_info_still_asks(citizen, typed):
    reply = citizen.says(typed)
    assert "ingin bertanya" in reply, reply


@pytest.mark.parametrize("story", [
    "di gang mawar rt tiga rw lima ada kabel listrik putus menjuntai ke jalan",
    "kabel listrik putus menjuntai di gang mawar RT 3 RW 5",
])
def test_the_place_offered_back_reads_its_rt_and_rw_as_filed(citizen, story):
    """Session 29, by hand: the place offered back read "gang mawar RT tiga RW lima" while the summary read
    "RT 03/RW 05": one form, the one filed."""
    citizen.says(story)
    citizen.says("ya")
    reply = citizen.says("1")
    assert "Lokasinya di gang mawar RT 03/RW 05?" in reply, reply
    reply = citizen.says("1")  # a menu's number at the place question: asked again, the same form
    assert "RT 03/RW 05" in reply, reply


@pytest.mark.parametrize("typed", ["ya udah", "yo wis", "iya sudah", "yowes pak", "ya wes lah"])
def test_alright_then_to_the_place_offered_is_a_yes_with_nothing_added(citizen, typed):
    """Session 29, by hand: "yo wis" ("alright then") to «Lokasinya di …?» confirmed it and added "wis" to the story
    («Baik, ditambahkan ke isi laporan: "wis"»)."""
    citizen.says("saluran air mampet di jl kenanga no 12 rt 4 rw 2, kalau hujan banjir masuk rumah")
    citizen.says("ya")
    citizen.says("1")
    reply = citizen.says(typed)
    assert citizen.state() == "photo" and "ditambahkan" not in reply, reply
    assert citizen.draft()["description"].endswith("banjir masuk rumah"), citizen.draft()


def test_a_yes_then_more_of_the_story_still_joins_it(citizen):
    citizen.says("saluran air mampet di jl kenanga no 12 rt 4 rw 2, kalau hujan banjir masuk rumah")
    citizen.says("ya")
    citizen.says("1")
    citizen.says("iya pak, sudah 3 bulan begini")
    assert "sudah 3 bulan begini" in citizen.draft()["description"], citizen.draft()
