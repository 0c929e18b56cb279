"""New citizens played by hand (session 30, branch citizens18): a number past its budget told when it starts, not at
KIRIM; RT/RW typed with dots and slashes kept in a place read from the story; "sama", "plus", "ditambah" joining
two problems; a withdrawal waiting for staff shown in STATUS; a satisfied rating with thanks closed kindly; thanks
said twice at the summary; a forwarded group message's wrapping left out of the story filed; and each photo's
caption kept when ten come one by one."""

from __future__ import annotations

import pytest

from bot.conversation import understanding
from bot.conversation.story_place import place_in_story
from lapor.complaints import Draft, as_filed
from models import Contact
from models.vocab import Event
from tests.bot.test_complaint_budget import FIRE, over_limit_notices
from tests.bot.test_complaint_budget import filed as budget_filed
from tests.bot.test_complaint_budget import notes as budget_notes
from tests.bot.test_complaint_budget import numbers as budget_numbers
from tests.bot.test_conversation import finished
from tests.parties import CITIZEN, Citizen, complaint, file, make_people


@pytest.fixture
def citizen(app):
    return Citizen(app)


@pytest.fixture
def people(world):
    return make_people(world)


# 2. RT/RW typed with dots or slashes inside a story ---------------------------------------------------------------
# "gang mawar rt.03/rw.05 sampah numpuk" was offered as "gang mawar": the dot after "rt" ended the address (only an
# abbreviation's dot such as "jl." went on), and "rt03", typed with no space, was no marker at all. Spaced forms kept
# it. An alley opening the story ("gang mawar …", with no "di") was no place either.

@pytest.mark.parametrize("story,place", [
    ("gang mawar rt.03/rw.05 sampah numpuk", "gang mawar rt.03/rw.05"),
    ("sampah numpuk di gang mawar rt.3/rw.5 sudah seminggu", "gang mawar rt.3/rw.5"),
    ("sampah numpuk di gang mawar RT03/RW05 sudah seminggu", "gang mawar RT03/RW05"),
    ("sampah numpuk di gang mawar rt3 rw5 sudah seminggu", "gang mawar rt3 rw5"),
    ("lampu jalan mati di jl kenanga rt.02 rw.04 desa sukamaju, gelap", "jl kenanga rt.02 rw.04 desa sukamaju"),
    ("got mampet di perum griya asri blok c rt 03/rw 05 meluap", "perum griya asri blok c rt 03/rw 05"),
    ("jalan berlubang di dusun krajan RT.01/RW.02 kec. omben", "dusun krajan RT.01/RW.02 kec. omben"),
    # spaced forms, as before
    ("gang mawar rt 03 rw 05 sampah numpuk", "gang mawar rt 03 rw 05"),
    ("sampah numpuk di gang mawar rt 3 rw 5 sudah seminggu", "gang mawar rt 3 rw 5"),
])
def test_rt_and_rw_typed_with_dots_or_slashes_stay_in_the_place(story, place):
    assert place_in_story(story) == place


@pytest.mark.parametrize("story,place", [
    ("warga rt.05 mengeluh sampah numpuk di jl melati", "jl melati, rt.05"),  # an RT alone goes with the street
    ("pak rt minta uang 50rb tiap bulan di desa sukamaju", "desa sukamaju"),  # the RT's head: no place
    ("pak rt.05 minta uang 50rb tiap bulan di desa sukamaju", "desa sukamaju, rt.05"),  # as "pak rt 05" is read
    ("gang sempit di desa sukamaju becek", "desa sukamaju"),  # an alley with no name
])
def test_an_rt_with_a_dot_alone_or_its_head_is_read_as_before(story, place):
    assert place_in_story(story) == place


def test_a_story_with_rt_rw_typed_with_dots_offers_them_back(citizen):
    citizen.says("gang mawar rt.03/rw.05 sampah numpuk sudah seminggu ga diangkut")
    citizen.says("ya")
    reply = citizen.says("1")
    assert "RT 03/RW 05" in reply, reply
    citizen.says("ya")
    citizen.says("LEWATI")
    assert "Lokasi: gang mawar RT 03/RW 05" in citizen.says("2")  # the summary shows the place as filed


# 3. Two things broken joined by "sama", "plus", "ditambah" -------------------------------------------------------
# firsts5 made "jalan rusak dan sampah numpuk" two reports, one at a time; "sama" (and, in chat), "plus", "ditambah"
# still made one. "terus juga" and "dan juga" split, but the second began "juga sampah …".

@pytest.mark.parametrize("story,first,second", [
    ("jalanan rusak sama sampah numpuk", "jalanan rusak", "sampah numpuk"),
    ("jalan rusak sama sampah numpuk di gang 5", "jalan rusak", "sampah numpuk di gang 5"),
    ("lampu jalan mati ama sampah numpuk di gang 3", "lampu jalan mati", "sampah numpuk di gang 3"),
    ("jalan rusak plus lampu mati di jl kenanga", "jalan rusak", "lampu mati di jl kenanga"),
    ("jalan berlubang ditambah lampu pju mati", "jalan berlubang", "lampu pju mati"),
    ("jalan rusak, plus sampah numpuk", "jalan rusak", "sampah numpuk"),
    ("jalan rusak terus juga sampah numpuk", "jalan rusak", "sampah numpuk"),
    ("jalan rusak dan juga sampah numpuk di gang 5", "jalan rusak", "sampah numpuk di gang 5"),
])
def test_two_things_broken_joined_in_chat_words_are_two_problems(story, first, second):
    assert understanding.another_problem(story) == (first, second)


@pytest.mark.parametrize("story", [
    "jalan rusak sama tetangga udah lapor ke desa",  # with the neighbours
    "jalan rusak sama aja kayak kemarin",  # the same
    "rusaknya sama kayak kemarin, jalan berlubang",
    "lampu mati sama kayak jalan yang rusak",  # like
    "sampah numpuk sama kayak di pasar",
    "jalan rusak sama jalan yang kemarin",  # the same thing
    "lampu mati sama jalan jadi gelap",  # what follows from it
    "sampah sama limbah numpuk di kali",  # two things, one fault
])
def test_sama_meaning_with_or_alike_keeps_one_problem(story):
    assert understanding.another_problem(story) is None


def test_a_story_joined_by_sama_is_filed_one_problem_at_a_time(citizen):
    citizen.says("jalanan rusak sama sampah numpuk di gang 5 desa sukamaju")
    reply = citizen.says("ya")
    assert "dua masalah" in reply and '"jalanan rusak"' in reply, reply
    assert citizen.draft()["next_story"] == "sampah numpuk di gang 5 desa sukamaju"


# 5. A satisfied rating with thanks closes kindly --------------------------------------------------------------------
# "puas bgt makasih" at the rating question was stored as 5, then asked «Ada komentar? Tulis sekarang, atau balas
# LEWATI»: the citizen had said all they meant to. A clear satisfied rating with thanks (or approval besides it) is
# thanked back and closed; a bare rating, a middling one, or one without thanks is asked for its comment as before.

@pytest.mark.parametrize("typed,score", [
    ("puas bgt makasih", 5), ("mantap pak terima kasih", 4), ("sip puas", 4), ("👍 makasih", 4),
    ("terima kasih, sangat puas", 5), ("bagus, makasih ya pak", 4), ("🙏 puas", 4), ("sae pisan, matur nuwun", 5),
    ("oke mantap", 4), ("makasih pak, mantap", 4), ("Alhamdulillah puas sekali", 5), ("👍👍 tq", 4),
])
def test_a_satisfied_rating_with_thanks_closes_kindly(citizen, typed, score):
    finished(citizen)
    reply = citizen.says(typed)
    assert "komentar" not in reply.lower() and "LPR-1" in reply, reply
    assert citizen.state() == "idle"
    assert citizen.complaints()[0].rating == score


@pytest.mark.parametrize("typed", ["5", "puas", "mantap", "lumayan makasih", "cukup puas terima kasih", "👍"])
def test_a_bare_or_middling_rating_is_still_asked_for_a_comment(citizen, typed):
    finished(citizen)
    assert "Ada komentar" in citizen.says(typed)
    assert citizen.state() == "rating_comment"


def test_a_low_rating_with_thanks_still_asks_why(citizen):
    finished(citizen)
    reply = citizen.says("jelek makasih")
    assert citizen.state() == "rating_reason", reply


# 6. Thanks said twice at the summary -----------------------------------------------------------------------------
# "makasih" at the summary was told «Sama-sama 🙏 Laporan Anda belum terkirim. Balas KIRIM …» each time, word for
# word. Thanks are a bare yes there as "ok" and "🙏" are (citizens17): the first is told it is not sent and that KIRIM
# or OK again sends it; thanks again (or "ok") send what the summary showed.

STORY = "jalan rusak berlubang besar di depan sd, sudah banyak motor jatuh"


def at_summary(citizen: Citizen) -> None:
    for body in ["1", "1", STORY, "jl melati desa sukamaju kec sampang", "LEWATI", "1"]:
        citizen.says(body)
    assert citizen.state() == "confirm"


@pytest.mark.parametrize("first,then", [("makasih", "makasih"), ("terima kasih pak", "makasih pak"),
                                        ("makasih", "ok"), ("ok", "makasih"), ("tq min", "🙏"),
                                        ("matur nuwun", "matur nuwun")])
def test_thanks_twice_at_the_summary_sends_it(citizen, first, then):
    at_summary(citizen)
    told = citizen.says(first)
    assert "belum terkirim" in told and "KIRIM" in told and citizen.state() == "confirm", told
    sent = citizen.says(then)
    assert "LPR-1" in sent and told not in sent, sent
    assert len(citizen.complaints()) == 1


@pytest.mark.parametrize("between", ["tunggu bentar", "fotonya nyusul ya"])
def test_thanks_then_something_else_sends_nothing(citizen, between):
    at_summary(citizen)
    citizen.says("makasih")
    citizen.says(between)
    reply = citizen.says("makasih")
    assert "belum terkirim" in reply and not citizen.complaints(), reply


# 4. STATUS after a wish to withdraw -------------------------------------------------------------------------------
# The wish was passed to whoever handles the complaint, yet STATUS right after showed «Menunggu verifikasi petugas»
# as before, with no sign that the withdrawal waits for staff: the citizen asked again, or filed nothing new for fear
# it was lost. The wish is now its own timeline step (Event.WITHDRAWAL), shown in STATUS until staff act on it.

@pytest.mark.parametrize("wish", ["cabut aja laporan saya pak, udah dibenerin warga", "batalkan laporan LPR-1",
                                  "lpr 1 batalin aja", "gausah dilanjut pak, udah beres"])
@pytest.mark.parametrize("asked", ["status", "STATUS LPR-1", "cek status", "laporan saya gimana?"])
def test_status_right_after_a_wish_to_withdraw_says_it_waits_for_staff(people, wish, asked):
    file(people["citizen"], photo=False)
    assert "Permintaan pembatalan LPR-1" in people["citizen"].says(wish)
    shown = people["citizen"].says(asked)
    assert "pembatalan" in shown and "menunggu" in shown.lower(), shown


def test_status_without_a_wish_to_withdraw_says_nothing_of_it(people):
    file(people["citizen"], photo=False)
    people["citizen"].says("LPR-1 tambahan: sampahnya makin banyak pak")
    assert "pembatalan" not in people["citizen"].says("status")


def test_the_wish_is_a_step_of_its_own_staff_read_and_archived_it_is_no_longer_waiting(people):
    file(people["citizen"], photo=False)
    people["citizen"].says("cabut aja laporan saya pak, udah beres")
    [step] = [e for e in complaint(people["citizen"].app, 1).timeline if e.event == Event.WITHDRAWAL]
    assert "udah beres" in step.text and not step.public
    people["verifier"].says("ARSIPKAN LPR-1 dicabut oleh pelapor")
    assert "pembatalan" not in people["citizen"].says("status lpr-1")


def test_a_list_of_reports_marks_the_one_whose_withdrawal_waits(people):
    file(people["citizen"], photo=False)
    people["citizen"].file(description="Lampu jalan di gang Melati mati sudah seminggu, gelap sekali")
    people["citizen"].says("LPR-1 dicabut aja pak, sudah diangkut")
    listed = people["citizen"].says("status")
    first, second = listed.split("• LPR-1")[1], listed.split("• LPR-2")[1].split("• LPR-1")[0]
    assert "pembatalan" in first and "pembatalan" not in second, listed


# 7. A forwarded group message's wrapping is no part of the story filed ---------------------------------------------
# "*INFO PENTING* 📢📢 Diteruskan dari grup warga RT 05. Jalan … amblas … Mohon di share ke yang lain, sebarkan!" was
# filed word for word: the title read "*INFO PENTING* 📢📢 Diteruskan…" and staff read the chain's calls to spread it.
# Headers and footers made only of a chain's words are left out; the substance, and any plea in it, stays.

ROAD_NEWS = "Jalan di Jl. Mawar depan masjid Al Ikhlas amblas, lubangnya dalam, sudah 2 motor jatuh."


@pytest.mark.parametrize("typed", [
    f"*INFO PENTING* 📢📢 Diteruskan dari grup warga RT 05. {ROAD_NEWS} Mohon di share ke yang lain, sebarkan!",
    f"Diteruskan dari grup warga\n{ROAD_NEWS}",
    f"Forwarded\n{ROAD_NEWS}\nsebarkan!",
    f"[Pesan berantai] {ROAD_NEWS} Tolong bantu share ya",
    f"📢📢 {ROAD_NEWS} 📢📢",
    f"*PENTING* {ROAD_NEWS}\n\nMohon disebarluaskan agar warga waspada 🙏",
    f"Fwd: INFO DARI GRUP RT. {ROAD_NEWS} Sebarkan ke grup lain!!",
    f"Diteruskan berkali-kali\n*INFO WARGA*\n{ROAD_NEWS}\nmohon di share",
    f"{ROAD_NEWS} Share ke grup lain ya, biar pada tau",
])
def test_a_forwarded_messages_wrapping_is_left_out_of_the_story_filed(typed):
    assert as_filed(Draft(description=typed), Contact(phone="+6281234567890")) == ROAD_NEWS


@pytest.mark.parametrize("typed", [
    "INFO: jalan di jl mawar amblas sudah seminggu, mohon segera diperbaiki sebelum ada korban",  # a plea stays
    f"{ROAD_NEWS} Mohon segera diperbaiki, kasihan warga.",
    "Mohon info, kapan jalan di jl mawar diperbaiki? sudah sebulan rusak",  # asking for information
    "Penting! lampu jalan di gang 5 mati sudah seminggu, gelap sekali",  # one word of the story's own
    "sampah di pasar numpuk, tolong sebarkan petugas kebersihan lebih banyak",  # "sebarkan" of the story
])
def test_a_story_with_no_wrapping_of_a_forward_is_filed_as_told(typed):
    assert as_filed(Draft(description=typed), Contact(phone="+6281234567890")) == typed


def test_a_forwarded_message_reaches_the_summary_without_its_wrapping(citizen):
    citizen.says(f"*INFO PENTING* 📢📢 Diteruskan dari grup warga RT 05. {ROAD_NEWS} Mohon di share ke yang lain, "
                 "sebarkan!")
    for body in ["ya", "1", "ya", "LEWATI"]:
        citizen.says(body)
    summary = citizen.says("1")
    assert f"Isi: {ROAD_NEWS}\n" in summary, summary
    citizen.says("KIRIM")
    [filed] = citizen.complaints()
    assert filed.title.startswith("Jalan di Jl. Mawar") and "sebarkan" not in filed.description


# 8. Photos sent one by one, each with its caption ----------------------------------------------------------------
# WhatsApp sends ten photos with a caption each as ten messages. At the photo step the first caption joined the story;
# the others came at the privacy question (each got «Mohon balas 1 (biasa) …» and the question again) or at the
# summary (the summary again), and their captions were lost. A caption that answers no question there is kept with the
# story as the first one is; within a burst only the count is said.

def photo(n: int, caption: str = "") -> dict:
    return {"Body": caption, "NumMedia": "1", "MediaUrl0": f"https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/"
            f"MM{n}/Media/ME{n}", "MediaContentType0": "image/jpeg"}


CAPTIONS = [f"lubang nomor {n} dekat tiang listrik {n}" for n in range(1, 11)]


def test_ten_captioned_photos_at_the_photo_step_keep_every_caption(citizen):
    for body in ["1", "1", STORY, "jl melati desa sukamaju kec sampang"]:
        citizen.says(body)
    replies = [citizen.says(**photo(n, caption)) for n, caption in enumerate(CAPTIONS, 1)]
    assert all("Mohon balas" not in reply for reply in replies), replies
    assert all("Pilih kerahasiaan" not in reply for reply in replies[1:]), replies
    assert "10 foto" in replies[-1]
    story = citizen.draft()["description"]
    assert all(caption in story for caption in CAPTIONS), story
    assert citizen.state() == "privacy"
    citizen.says("1")
    sent = citizen.says("KIRIM")
    assert "LPR-1" in sent
    [filed] = citizen.complaints()
    assert all(caption in filed.description for caption in CAPTIONS) and len(filed.media) == 10


def test_captioned_photos_sent_at_the_summary_keep_their_captions(citizen):
    at_summary(citizen)
    replies = [citizen.says(**photo(n, caption)) for n, caption in enumerate(CAPTIONS[:3], 1)]
    assert CAPTIONS[0] in replies[0] and "Periksa laporan" in replies[0], replies[0]
    assert "Periksa laporan" not in replies[2] and "3 foto" in replies[2], replies[2]
    assert all(caption in citizen.draft()["description"] for caption in CAPTIONS[:3])


def test_a_captioned_photo_at_the_privacy_question_is_no_unclear_answer(citizen, clock):
    for body in ["1", "1", STORY, "jl melati desa sukamaju kec sampang", "LEWATI"]:
        citizen.says(body)
    reply = citizen.says(**photo(1, "ini lubangnya sedalam lutut"))
    assert "Mohon balas" not in reply and "Pilih kerahasiaan" in reply, reply
    assert "lubangnya sedalam lutut" in citizen.draft()["description"]


@pytest.mark.parametrize("caption", ["ini fotonya", "foto lagi pak", ""])
def test_a_caption_that_only_shows_the_photo_is_not_added(citizen, caption):
    at_summary(citizen)
    citizen.says(**photo(1, caption))
    assert citizen.draft()["description"] == STORY


def test_a_photo_captioned_with_the_privacy_choice_still_chooses(citizen):
    for body in ["1", "1", STORY, "jl melati desa sukamaju kec sampang", "LEWATI"]:
        citizen.says(body)
    citizen.says(**photo(1, "anonim aja pak"))
    assert citizen.draft()["privacy"] == "anonim" and citizen.state() == "confirm"


# 1. A number past its budget of new complaints is told when it starts one ----------------------------------------
# The budget (5 an hour, 10 a day) was learned only at KIRIM: a citizen at the budget typed the whole story, the place,
# a photo and the privacy first. Now starting a new complaint tells them at once (when they may file again, that their
# reports are safe, 112 for an emergency); a story told with the start, or typed next, is kept for the verifiers as
# the story past the budget always was (a note on the newest complaint). An emergency gets its numbers first.

LAMP = "lampu jalan di gang melati mati sudah seminggu, gelap sekali kalau malam"


def past_the_budget(world) -> None:
    budget_filed(world, CITIZEN, 50, 40, 30, 20, 10)


def told_at_once(reply: str) -> bool:
    return ("belum bisa kami catat sebagai laporan baru" in reply and "mulai hari ini pukul 10.11" in reply
            and "Laporan Anda sebelumnya tetap aman" in reply and "112" in reply and "Jenis laporan" not in reply)


@pytest.mark.parametrize("typed", ["1", "ADUAN", "mau lapor pak", "saya mau buat pengaduan", "lapor"])
def test_a_start_past_the_budget_is_told_at_once(people, world, typed):
    past_the_budget(world)
    reply = people["citizen"].says(typed)
    assert told_at_once(reply), reply
    assert "tulis" in reply.lower() and "catatan" in reply, reply  # what to do with what they meant to tell
    assert people["citizen"].state() == "idle" and len(budget_numbers(world)) == 5


def test_the_story_typed_after_the_start_is_kept_for_the_verifiers(people, world):
    past_the_budget(world)
    people["citizen"].says("1")
    reply = people["citizen"].says(LAMP)
    assert "catatan pada LPR-5" in reply and "Jenis laporan" not in reply, reply
    [note] = budget_notes(world)
    assert "lampu jalan di gang melati" in note.text.lower() and not note.public
    assert len(budget_numbers(world)) == 5 and people["citizen"].state() == "idle"
    assert len(over_limit_notices(people["verifier"])) == 1


@pytest.mark.parametrize("typed", [f"mau lapor pak, {LAMP}", f"pak saya mau melaporkan {LAMP}"])
def test_a_story_told_with_the_start_is_kept_at_once(people, world, typed):
    past_the_budget(world)
    reply = people["citizen"].says(typed)
    assert told_at_once(reply) and "catatan pada LPR-5" in reply, reply
    [note] = budget_notes(world)
    assert "gang melati" in note.text


def test_a_story_offered_and_taken_past_the_budget_is_told_at_once(people, world):
    past_the_budget(world)
    people["citizen"].says(LAMP)
    reply = people["citizen"].says("ya")
    assert told_at_once(reply) and "catatan pada LPR-5" in reply, reply
    assert len(budget_notes(world)) == 1 and people["citizen"].state() == "idle"


def test_an_emergency_past_the_budget_gets_its_numbers_first(people, world):
    past_the_budget(world)
    reply = people["citizen"].says(f"mau lapor, {FIRE}")
    assert "segera telepon 112" in reply, reply
    assert reply.index("pemadam kebakaran 113") < reply.index("belum bisa kami"), reply


@pytest.mark.parametrize("typed", ["1", "mau lapor pak"])
def test_within_the_budget_a_start_is_asked_the_kind_as_ever(people, world, typed):
    budget_filed(world, CITIZEN, 50, 40, 30, 20)
    assert "Jenis laporan" in people["citizen"].says(typed)


def test_thanks_after_being_told_is_no_note(people, world):
    past_the_budget(world)
    people["citizen"].says("1")
    reply = people["citizen"].says("oh gitu, makasih pak")
    assert "catatan" not in reply and not budget_notes(world), reply


def test_captioned_photos_sent_while_idle_join_the_story_offered_once(citizen):
    """Found by hand: five photos with a caption each, sent while idle, offered the growing story again after each."""
    replies = [citizen.says(**photo(n, caption)) for n, caption in enumerate(CAPTIONS[:5], 1)]
    assert "Sepertinya Anda ingin melapor" in replies[1]  # the first caption alone was kept as a story begun
    assert all("Sepertinya Anda ingin melapor" not in reply and "foto" in reply for reply in replies[2:]), replies
    assert "5 foto" in replies[-1]
    citizen.says("ya")
    assert all(caption in citizen.draft()["description"] for caption in CAPTIONS[:5])
    assert len(citizen.draft()["photos"]) == 5


# Found by hand beside 7: a forward in bubbles ("Diteruskan dari grup RT 03", "📢📢 *INFO PENTING* 📢📢", then the
# news) was offered as a request for information for its "INFO" heading, and filed so with no place asked; and the
# group's "RT 03" was added to a street with an RT of its own.

@pytest.mark.parametrize("typed", [
    "Diteruskan dari grup RT 03\n📢📢 *INFO PENTING* 📢📢\nJalan di gang kenanga desa sukamaju ambles, lubangnya dalem",
    "*INFO PENTING*\nJalan di gang kenanga desa sukamaju ambles, lubangnya dalem bgt. Mohon disebarkan!",
    "[Pesan berantai] INFO WARGA: sampah di pasar legi numpuk seminggu ga diangkut",
])
def test_a_forwarded_problem_under_an_info_heading_is_no_request_for_information(typed):
    assert understanding.stated_kind(typed) is None


@pytest.mark.parametrize("typed", ["*INFO PENTING*", "Diteruskan dari grup RT 03 📢📢 *INFO PENTING* 📢📢"])
def test_a_chains_header_alone_says_no_kind(typed):
    assert understanding.stated_kind(typed) is None


@pytest.mark.parametrize("typed", ["info jadwal posyandu bulan ini kapan ya?", "mau tanya syarat bikin ktp"])
def test_a_question_is_still_a_request_for_information(typed):
    assert understanding.stated_kind(typed) == "informasi"


def test_a_street_with_its_own_rt_gets_no_rt_of_the_group_it_came_from():
    story = "Diteruskan dari grup RT 03. Jalan di gang kenanga rt3 rw5 desa sukamaju ambles"
    assert place_in_story(story) == "gang kenanga rt3 rw5 desa sukamaju"
