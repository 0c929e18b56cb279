"""Asking where a problem is reported, and deciding to report after asking (session 28, found by hand): "mau nanya,
kalo got depan rumah mampet trs bau bgt itu ngadu kmn ya" was offered as a request for information, and "oh bisa
disini? ya udah sy lapor" after it was joined to that question, then the whole story, the privacy answer and the
name as well, into one request for information."""

from __future__ import annotations

import pytest

from bot.conversation import understanding
from tests.parties import Citizen


@pytest.fixture
def citizen(app):
    return Citizen(app)


WHERE_TO_REPORT = [
    "mau nanya, kalo got depan rumah mampet trs bau bgt itu ngadu kmn ya",
    "mau tanya min, sampah numpuk di pasar itu yg ngurus siapa?",
    "izin bertanya pak, kalau air pdam mati terus lapornya ke dinas apa ya",
    "mau tanya, pohon tumbang nutup jalan harus lapor ke siapa",
    "numpang tanya, lampu jalan mati seminggu ngadunya kemana ya",
    "mau nanya kak, jalan berlubang depan sekolah itu tanggung jawab dinas mana ya",
]


@pytest.mark.parametrize("typed", WHERE_TO_REPORT)
def test_asking_where_a_problem_is_reported_tells_a_complaint(typed):
    assert understanding.asks_whom_to_report(understanding.standard_words(typed)), typed
    assert understanding.stated_kind(typed) is None, typed


@pytest.mark.parametrize("typed", [
    "mau tanya syarat bikin ktp ke dinas apa ya",  # a procedure: a request for information still
    "mau tanya jadwal posyandu bulan ini",
    "mau tanya laporan saya sudah sampai mana",  # its progress: no question of where to report
    "saya sudah lapor ke kelurahan tapi belum ada tindakan",  # told, not asked
])
def test_near_misses_are_no_question_of_where_to_report(typed):
    said = understanding.standard_words(typed)
    assert not understanding.asks_whom_to_report(said) or understanding.stated_kind(typed) == "informasi", typed


@pytest.mark.parametrize("typed", WHERE_TO_REPORT[:3])
def test_where_to_report_is_answered_here_and_offered_as_a_complaint(citizen, typed):
    reply = citizen.says(typed)
    assert "Bisa lewat sini" in reply and "ingin melapor" in reply and "ingin bertanya" not in reply, reply
    assert citizen.state() == "offer"


DECIDED = [
    "oh bisa disini? ya udah sy lapor",
    "oh gitu, ya udah saya lapor",
    "ohh bisa lewat sini ya, yaudah aku laporin",
    "o gitu ya, mau lapor deh",
    "oh gitu, lapor aja",
    "oke deh, saya lapor",
]


@pytest.mark.parametrize("typed", DECIDED)
def test_a_wish_to_report_after_an_acknowledgement_is_a_wish_with_nothing_told(typed):
    found = understanding.intent(typed)
    assert found is not None and found.name == "FILE" and found.rest == "", (typed, found)


@pytest.mark.parametrize("typed,rest", [
    ("oh gitu, mau lapor jalan rusak di desa kalisari", "jalan rusak di desa kalisari"),
    ("jalan rusak, mau lapor pak", "jalan rusak"),  # a story before the wish is still the story
    ("saya sudah lapor ke desa", None),  # already reported: no wish
])
def test_what_is_told_around_the_acknowledged_wish_is_kept(typed, rest):
    found = understanding.intent(typed)
    if rest is None:
        assert found is None or found.name != "FILE", found
    else:
        assert found is not None and found.name == "FILE" and found.rest.strip(" ,") == rest, found


def test_deciding_to_report_after_asking_where_files_the_story_asked_about(citizen):
    citizen.says("assalamualaikum min")
    citizen.says("mau nanya, kalo got depan rumah mampet trs bau bgt itu ngadu kmn ya")
    reply = citizen.says("oh bisa disini? ya udah sy lapor")
    assert "got depan rumah mampet" in citizen.draft()["description"], reply
    assert "ya udah sy lapor" not in citizen.draft()["description"]
    assert citizen.state() != "offer", reply


def test_deciding_to_report_with_nothing_asked_before_asks_the_story(citizen):
    reply = citizen.says("oh bisa disini? ya udah sy lapor")
    assert "ingin bertanya" not in reply and "Bisa" in reply, reply
    assert not citizen.draft().get("description"), citizen.draft()


# Found by hand the same session: while a message waited as an addition to LPR-1 ("Balas YA agar kami teruskan …"),
# "bisa dipercepat gak pak?" got no word on the wait and "nomor wa sy mau ganti ya pak, nanti pake nomor istri" was
# joined to the addition, with nothing said of how news reaches a new number.

@pytest.mark.parametrize("typed", ["bisa dipercepat gak pak?", "bisa segera ga min", "bisa lebih cepat tidak pak?"])
def test_asking_whether_it_can_go_faster_is_impatience(typed):
    assert understanding.only_impatience(typed), typed


@pytest.mark.parametrize("typed", ["bisa dipercepat pembuatan ktp saya gak pak?", "jalan tidak bisa dilewati"])
def test_a_question_naming_something_else_is_no_impatience_alone(typed):
    assert not understanding.only_impatience(typed), typed


@pytest.mark.parametrize("typed", ["nomor wa sy mau ganti ya pak, nanti pake nomor istri",
                                   "saya mau ganti nomor hp, nanti pakai nomor anak saya"])
def test_a_number_to_be_used_from_now_on_is_a_number_moving(typed):
    assert understanding.moving_number(typed, lambda: False), typed


def test_a_number_moving_while_an_addition_waits_is_answered(citizen):
    citizen.file()
    citizen.says("kok lama bgt sih pak, anak saya hampir jatuh tadi pagi di situ")
    reply = citizen.says("nomor wa sy mau ganti ya pak, nanti pake nomor istri")
    assert "nomor baru" in reply and "belum kami teruskan" not in reply, reply


# Found by hand: a story offered and taken with YA, then the place, "ga ada foto" and the privacy typed one after the
# other at the kind question: each was kept, and "Jenis laporan Anda?" asked again after each, four times in a row.

def _at_kind_with_story(citizen: Citizen, story: str) -> None:
    citizen.says(story)
    citizen.says("ya")
    assert citizen.state() == "kind", citizen.draft()


def test_a_second_answer_ahead_at_the_kind_question_takes_pengaduan_for_a_problem(citizen):
    _at_kind_with_story(citizen, "got depan rumah mampet udh 2 minggu, airnya item bau bgt, nyamuk banyak")
    reply = citizen.says("jl kenanga 3 rt 04 rw 02 kel sukamaju, samping warung bu tini")
    assert "Jenis laporan" in reply, reply  # the first: kept, and the kind asked again
    reply = citizen.says("ga ada foto")
    assert "Kami catat sebagai Pengaduan" in reply and "Jenis laporan" not in reply, reply
    assert citizen.draft()["kind"] == "pengaduan" and citizen.state() == "privacy", citizen.draft()


def test_privacy_then_the_place_ahead_take_pengaduan_too(citizen):
    _at_kind_with_story(citizen, "lampu jalan di gang melati mati sudah seminggu, gelap sekali")
    citizen.says("anonim aja ya pak")
    reply = citizen.says("di gang melati rt 2 rw 5 desa karangrejo")
    assert "Kami catat sebagai Pengaduan" in reply and citizen.draft()["privacy"] == "anonim", reply


def test_answers_ahead_to_a_story_naming_no_problem_still_ask_the_kind(citizen):
    _at_kind_with_story(citizen, "saya ingin menyampaikan sesuatu tentang taman kota kami")
    citizen.says("di taman kota alun-alun desa karangrejo")
    reply = citizen.says("ga ada foto")
    assert "Jenis laporan" in reply and not citizen.draft().get("kind"), reply


# The review of session 28: a complaint of one's data spread by others ("data pribadi saya disebar pinjol, tolong
# dihapus") was read as asking the service to delete its data, and got the data-deletion answer.

@pytest.mark.parametrize("typed", ["data pribadi saya disebar pinjol, tolong dihapus",
                                   "data saya bocor di internet, tolong dihapus",
                                   "foto ktp saya disalahgunakan orang, tolong dihapus datanya"])
def test_ones_data_misused_by_others_is_no_request_to_delete_ours(typed):
    assert not understanding.data_deletion_asked(typed), typed


@pytest.mark.parametrize("typed", ["tolong hapus data saya dari sistem", "hapus nomor saya dari database",
                                   "please delete my data"])
def test_asking_the_service_to_delete_ones_data_still_is(typed):
    assert understanding.data_deletion_asked(typed), typed


# The review of session 28: "gak salah, itu lokasinya" (nothing wrong) at "Lokasinya di …?" was read as a no.

@pytest.mark.parametrize("typed,meant", [
    ("gak salah, itu lokasinya", "yes"), ("tidak salah itu lokasinya pak", "yes"),
    ("ga salah kok itu tempatnya", "yes"),
    ("salah, bukan itu lokasinya", "no"), ("bukan itu lokasinya", "no"), ("iya betul itu lokasinya", "yes"),
])
def test_nothing_wrong_with_the_place_offered_is_a_yes(typed, meant):
    from bot.conversation.filing import _pointing_at_the_place

    assert _pointing_at_the_place(typed) == meant, typed


# Found by hand: "saya mau komplain soal bansos, dari tahun lalu nama saya ada di daftar tapi gak pernah cair" was
# filed as anonymous («Bisa. Laporan ini kami catat sebagai laporan anonim …»): "nama saya" with any "not" in the
# message asked to hide the name. "nama saya tidak ada di dtks" is the commonest welfare complaint there is.

@pytest.mark.parametrize("typed", [
    "nama saya tidak ada di dtks",
    "nama saya ada di daftar penerima tapi tidak pernah dapat",
    "nama saya belum terdaftar di bansos padahal sudah diajukan",
    "nama saya bukan penerima pkh lagi, kenapa dicoret",
    "nama saya tidak tercantum di kk yang baru",
    "nama saya tidak muncul di aplikasi cek bansos",
])
def test_ones_name_in_a_list_with_a_not_asks_no_privacy(typed):
    assert understanding.protection_asked(typed) is None, typed
    found = understanding.intent(typed)
    assert found is None or found.name != "PROTECT", found


@pytest.mark.parametrize("typed", [
    "nama saya tidak usah ditampilkan", "tolong nama saya jangan disebut", "nama saya tidak mau diketahui",
    "identitas saya tidak perlu dicantumkan", "nama saya jangan ditampilkan ya", "nama saya takut ketahuan pak",
    "nama saya tidak ingin disebutkan",
])
def test_asking_ones_name_kept_back_still_is(typed):
    assert understanding.protection_asked(typed) == "anonim", typed


def test_a_welfare_complaint_naming_oneself_is_not_filed_anonymous(citizen):
    reply = citizen.says("saya mau komplain soal bansos, dari tahun lalu nama saya ada di daftar tapi gak pernah cair")
    assert "anonim" not in reply.lower() and citizen.draft().get("privacy") in (None, ""), (reply, citizen.draft())


# Found by hand: an elder's "nak, laporan bapak kemarin gimana ya, sudah ada yang ngurus?" with LPR-1 open was offered
# as a new report: a report was one's own only with "saya", "aku" or "kami".

@pytest.mark.parametrize("typed", [
    "nak, laporan bapak kemarin gimana ya, sudah ada yang ngurus?", "laporan mbah kemarin gimana nak",
    "laporan ibu kemarin gimana ya nak", "laporan kemarin gimana ya", "aduan kemaren sudah sampai mana ya",
])
def test_a_report_owned_by_an_elder_self_or_by_its_day_asks_its_status(typed):
    found = understanding.intent(typed)
    assert found is not None and found.name == "STATUS", (typed, found)


def test_a_wish_to_file_is_no_status_of_ones_own():
    found = understanding.intent("mau lapor jalan rusak kemarin gimana caranya")
    assert found is None or found.name != "STATUS", found


def test_ones_fathers_report_is_still_read_as_anothers():
    assert understanding.asks_after_anothers_report("laporan bapak saya kemarin gimana ya")


# Found by hand: "pembuatan ktp el di kecamatan kok lama banget" offered «Lokasinya di kecamatan kok?».

@pytest.mark.parametrize("story,place", [
    ("pembuatan ktp el di kecamatan kok lama banget ya", None),  # "kecamatan" alone names no place to offer
    ("pembuatan ktp di kecamatan kalisat kok lama banget", "kecamatan kalisat"),
    ("sampah di pasar legi kan numpuk terus", "pasar legi"),
    ("jalan di desa sukamaju lho rusak parah", "desa sukamaju"),
    ("lampu di gang mawar nih mati terus", "gang mawar"),
])
def test_a_particle_after_the_place_ends_it(story, place):
    from bot.conversation.story_place import place_in_story

    assert place_in_story(story) == place, story


# Session 29, found by hand: "… pohon tumbang nutup jalan lapornya kemana" was offered as a request for information;
# "lapornya" reads as "laporan", and a report word right before "kemana" was not counted as asking where to report
WHERE_AFTER_THE_PROBLEM = [
    "mau tanya kalau ada pohon tumbang nutup jalan lapornya kemana",
    "mau nanya min, got mampet depan rumah laporannya kemana ya",
    "numpang tanya, kalo ada anak putus sekolah aduannya kesiapa",
    "mau tanya, air pdam keruh seminggu keluhannya kemana",
]


@pytest.mark.parametrize("typed", WHERE_AFTER_THE_PROBLEM)
def test_a_report_word_before_kemana_after_the_problem_asks_where_to_report(typed):
    assert understanding.asks_whom_to_report(understanding.standard_words(typed)), typed
    assert understanding.stated_kind(typed) is None, typed


@pytest.mark.parametrize("typed", [
    "laporan saya kemana ya min",  # one's own report: where it has gone
    "mau tanya, kemarin saya sudah kirim laporan kemana ya sekarang",
    "laporannya kemana ya",  # nothing told before it: not read as where to report
    "mau tanya laporan bapak kemarin kemana ya",
])
def test_ones_own_report_gone_somewhere_is_no_question_of_where_to_report(typed):
    assert not understanding.asks_whom_to_report(understanding.standard_words(typed)), typed


def test_where_after_the_problem_is_answered_here(citizen):
    reply = citizen.says(WHERE_AFTER_THE_PROBLEM[0])
    assert "Bisa lewat sini" in reply and "ingin melapor" in reply, reply


@pytest.mark.parametrize("typed", [
    "mau tanya, got mampet depan rumah, lapornya dimana ya",
    "pohon tumbang di jalan raya lapornya kmana",
    "lampu jalan mati seminggu ngadunya dmn ya",
])
def test_where_said_as_dimana_or_kmana_asks_too(typed):
    assert understanding.asks_whom_to_report(understanding.standard_words(typed)), typed


@pytest.mark.parametrize("typed", [
    "laporan saya dimana ya",
    "jalan rusak parah, sudah lapor dimana mana tapi ga ada tanggapan",  # everywhere: told, no question
    "jalan rusak parah, udah ngadu kemana mana ga ditanggapi",
])
def test_reported_everywhere_or_ones_own_is_no_question_where(typed):
    assert not understanding.asks_whom_to_report(understanding.standard_words(typed)), typed
