"""Officers type as they do in a hurry: several commands in one message (one per line, or after a full stop or a
semicolon), dotted command words ("T.L"), a report about a complaint worded like a citizen's filing."""

from __future__ import annotations

from datetime import timedelta

import pytest

from models.vocab import Purpose
from scheduler.jobs import run_all
from services import services
from tests.conftest import built_once
from tests.parties import PHOTO, ROAD, complaint, file, follow_ups, two_at_dlh


@pytest.fixture
def two(people):
    """Two complaints, LPR-1 from citizen and LPR-2 from citizen2, both at DLH."""
    return two_at_dlh(people)


@pytest.mark.parametrize("typed", [
    "tl lpr 1 truk dijadwalkan besok; tl lpr 2 armada sudah berangkat",
    "TL LPR-1 truk dijadwalkan besok.\nTL LPR-2 armada sudah berangkat",
    "Izin lapor pak:\nTL LPR-1 truk dijadwalkan besok\nTL LPR-2 armada sudah berangkat",
    "tl lpr 1 truk dijadwalkan besok. Tl lpr 2 armada sudah berangkat",
])
def test_two_commands_in_one_message_each_reach_only_their_own_citizen(two, world, typed):
    reply = two["dlh1"].says(typed)
    assert "Tindak lanjut LPR-1 tercatat" in reply and "Tindak lanjut LPR-2 tercatat" in reply
    first, second = follow_ups(two["citizen"]), follow_ups(two["citizen2"])
    assert len(first) == 1 and first[0].rstrip().endswith("truk dijadwalkan besok")  # no ";" or "." left over
    assert "armada" not in first[0] and "LPR-2" not in first[0]
    assert len(second) == 1 and second[0].rstrip().endswith("armada sudah berangkat")


def test_a_final_answer_and_a_follow_up_of_two_complaints_in_one_message(two, world):
    reply = two["dlh1"].says("SELESAI LPR-2 sampah sudah diangkut semua\nTL lpr-1 masih menunggu truk")
    assert "Jawaban akhir LPR-2 tercatat" in reply and "Tindak lanjut LPR-1 tercatat" in reply
    assert complaint(world, 2).status == "selesai" and complaint(world, 1).status != "selesai"
    assert follow_ups(two["citizen2"])[0].rstrip().endswith("sampah sudah diangkut semua")


@pytest.mark.parametrize("typed", [
    "TL LPR-1 truk dijadwalkan besok\nLPR-2 armada sudah berangkat",
    "TL LPR-1 truk dijadwalkan besok, LPR-2 armada sudah berangkat",   # a sentence, not a line
    "tl lpr1 truk dijadwalkan besok. #2 armada sudah berangkat",
])
def test_a_line_that_opens_with_another_reference_reaches_no_citizen_and_gets_its_command(two, world, typed):
    reply = two["dlh1"].says(typed)
    assert "Tindak lanjut LPR-1 tercatat" in reply and "TL LPR-2 armada sudah berangkat" in reply
    assert "armada" not in follow_ups(two["citizen"])[0] and "LPR-2" not in follow_ups(two["citizen"])[0]
    assert follow_ups(two["citizen2"]) == []


@pytest.mark.parametrize("typed,second", [
    ("lpr 1 sdh kami angkut semua lpr 2 blm", "LPR-2 belum selesai"),  # no comma between them
    ("no 1 sdh kami angkut semua, no 2 belum", "LPR-2 belum selesai"),
    ("lpr 1 udh kami angkut smua, yg lpr 2 blm ya pak", "LPR-2 belum selesai"),
    ("#1 sdh kami angkut semua, #2 durung nggih", "LPR-2 belum selesai"),
    ("LPR-1 sdh kami angkut semua; lpr 2 msh proses", "TL LPR-2 msh proses"),
])
def test_another_complaints_short_status_after_a_finish_is_its_own_part(two, world, typed, second):
    reply = two["dlh1"].says(typed)
    asked = reply.split("jawaban akhir LPR-1?", 1)[1].splitlines()[1]  # the answer quoted, LPR-1's words alone
    assert "angkut" in asked and "2" not in asked, reply
    assert second in reply and "TL LPR-2 blm" not in reply, reply
    two["dlh1"].says("YA")
    assert "LPR-2" not in follow_ups(two["citizen"])[0] and complaint(world, 2).status != "selesai"


@pytest.mark.parametrize("typed", [
    "lpr 1 sama 2 petugas sudah dicek ke lokasi", "lpr 1 dan 2 truk sudah mengangkut",
    "lpr 1 plus 3 orang tim sdh turun"])
def test_a_number_after_and_that_counts_something_is_the_text_not_another_complaint(two, world, typed):
    """"sama 2 petugas" is "with two officers": the one complaint named, the count its text."""
    reply = two["dlh1"].says(typed)
    assert "LPR-2" not in reply and "LPR-3" not in reply and "LPR-1" in reply, reply


@pytest.mark.parametrize("typed,text", [
    ("LPR-1 & LPR-2 sdh beres, lubang sudah ditambal", "sdh beres, lubang sudah ditambal"),
    ("lpr 1 dan lpr 2 sudah rampung, sampah diangkut semua", "sudah rampung, sampah diangkut semua"),
    ("lpr 1 dan 2 sdh beres", None), ("lpr 1 dan 2 sudah selesai pak", None), ("LPR-1, LPR-2 selesai", None),
    ("no 1 & no 2 sampun rampung nggih", None), ("1 & 2 sudah pak", None),
    # "and" as people say it: colloquial "sama"/"ama", Javanese "karo"/"kalih", Sundanese "jeung", "plus"
    ("lpr 1 sama 2 udah beres ya pak", None), ("lpr 1 karo lpr 2 wis rampung", None),
    ("1 ama 2 udh kelar", None), ("lpr 1 kalih 2 sampun rampung", None), ("no 1 jeung no 2 atos beres", None),
    ("lpr 1 plus lpr 2 sdh selesai", None)])
def test_work_said_done_of_two_complaints_in_a_sentence_is_confirmed_once_for_both(two, world, typed, text):
    """As one complaint's would be (it asked them to retype it): the final answer of both asked about, or the
    text asked once for both; each citizen reads it."""
    reply = two["dlh1"].says(typed)
    assert "LPR-1 dan LPR-2" in reply or "SELESAI LPR-1 LPR-2" in reply, reply
    assert "Belum ada yang dicatat" not in reply and follow_ups(two["citizen"]) == follow_ups(two["citizen2"]) == []
    if text is None:
        if "?" in reply:
            reply = two["dlh1"].says("YA")
        assert reply.count("Tuliskan isinya") == 1 and "SELESAI LPR-1 LPR-2" in reply, reply
        reply, text = two["dlh1"].says("jalan sudah bersih, sampah diangkut"), "jalan sudah bersih, sampah diangkut"
    else:
        assert f'"{text}"' in reply, reply
        reply = two["dlh1"].says("YA")
    assert "Jawaban akhir LPR-1 tercatat" in reply and "Jawaban akhir LPR-2 tercatat" in reply, reply
    assert complaint(world, 1).status == complaint(world, 2).status == "selesai"
    assert [f.rstrip().endswith(text) for f in follow_ups(two["citizen"]) + follow_ups(two["citizen2"])] == [True] * 2


@pytest.mark.parametrize("typed", ["SELESAI LPR-1, LPR-2: sudah diangkut semua",
                                   "SELESAI LPR-1.\nLPR-2. sudah diangkut semua"])
def test_several_references_sharing_one_text_are_not_split(two, world, typed):
    reply = two["dlh1"].says(typed)
    assert "Jawaban akhir LPR-1 tercatat" in reply and "Jawaban akhir LPR-2 tercatat" in reply
    assert follow_ups(two["citizen"])[0].rstrip().endswith("\nsudah diangkut semua")


def test_teruskan_with_agencies_after_a_semicolon_or_on_their_own_line_is_one_command(people, world):
    file(people["citizen"], description=ROAD, photo=False)
    assert "diteruskan ke Dinas Pekerjaan" in people["verifier"].says("TERUSKAN LPR-1 pupr;\ndinsos")
    assert sorted(d.agency.code for d in complaint(world, 1).dispositions) == ["DINSOS", "PUPR"]


def test_two_teruskan_on_two_lines(people, world):
    file(people["citizen"], description=ROAD, photo=False)
    file(people["citizen2"], photo=False)
    reply = people["verifier"].says("TERUSKAN LPR-1 pupr\nTERUSKAN LPR-2 dlh")
    assert "LPR-1 diteruskan ke Dinas Pekerjaan" in reply and "LPR-2 diteruskan ke Dinas Lingkungan" in reply
    assert [d.agency.code for d in complaint(world, 2).dispositions] == ["DLH"]


@pytest.mark.parametrize("typed", ["lpr 1 ke pupr, lpr 2 tunda minta foto lokasinya",
                                   "lpr 1 ke pupr\nlpr 2 tunda mohon kirim foto lokasinya"])
def test_a_verifiers_forward_in_words_and_another_command_in_one_message_each_happen(people, world, typed):
    file(people["citizen"], description=ROAD, photo=False)
    file(people["citizen2"], photo=False)
    reply = people["verifier"].says(typed)
    assert "Teruskan LPR-1 ke PUPR?" in reply and "Pertanyaan dikirim ke pelapor LPR-2" in reply, reply
    assert complaint(world, 2).status == "tertunda"
    assert "LPR-1 diteruskan ke Dinas Pekerjaan" in people["verifier"].says("ya")  # the question outlived LPR-2's
    assert [d.agency.code for d in complaint(world, 1).dispositions] == ["PUPR"]


def test_a_numbered_list_in_the_text_stays_the_text(two, world):
    two["dlh1"].says("TL LPR-1 progres:\nno 2 pengukuran sudah\nNo 3 pengangkutan besok")
    assert follow_ups(two["citizen"])[0].rstrip().endswith("progres:\nno 2 pengukuran sudah\nNo 3 pengangkutan besok")
    assert follow_ups(two["citizen2"]) == []


def test_a_sentence_of_the_text_that_mentions_a_command_word_stays_the_text(two, world):
    two["dlh1"].says("TL LPR-1 sudah kami cek. Selesai dibersihkan besok pagi, info lebih lanjut menyusul")
    assert follow_ups(two["citizen"])[0].rstrip().endswith(
        "sudah kami cek. Selesai dibersihkan besok pagi, info lebih lanjut menyusul")


@pytest.mark.parametrize("typed", [
    "T.L LPR-1 truk dijadwalkan besok", "t.l. lpr 1 truk dijadwalkan besok", "LPR-1 T.L truk dijadwalkan besok",
    "mohon izin, T. L. LPR-1 truk dijadwalkan besok"])
def test_a_dotted_command_word_is_the_command(two, world, typed):
    assert "Tindak lanjut LPR-1 tercatat" in two["dlh1"].says(typed)
    assert follow_ups(two["citizen"])[0].rstrip().endswith("truk dijadwalkan besok")


@pytest.mark.parametrize("typed", [
    "S E L E S A I LPR-1 sampah sudah diangkut semua", "s.e.l.e.s.a.i lpr 1 sampah sudah diangkut semua",
    "mohon izin, s-e-l-e-s-a-i LPR-1 sampah sudah diangkut semua"])
def test_a_command_word_spelt_out_letter_by_letter_is_the_command(two, world, typed):
    assert "Jawaban akhir LPR-1 tercatat" in two["dlh1"].says(typed)
    assert follow_ups(two["citizen"])[0].rstrip().endswith("sampah sudah diangkut semua")


def test_dotted_letters_inside_the_text_stay_as_typed(two, world):
    two["dlh1"].says("SELESAI LPR-1 sudah diangkut a.n. Kepala Bidang, s.d. hari ini tidak ada sisa")
    assert follow_ups(two["citizen"])[0].rstrip().endswith("a.n. Kepala Bidang, s.d. hari ini tidak ada sisa")


def test_a_report_about_a_complaint_worded_like_a_filing_gets_its_command_not_the_citizen_advice(two, world):
    reply = two["dlh1"].says("Mohon izin melaporkan, untuk LPR-1 sudah kami survei lokasinya pak")
    assert "nomor WhatsApp lain" not in reply and "TL LPR-1" in reply
    assert follow_ups(two["citizen"]) == []


@pytest.mark.parametrize("typed,text", [
    ("tl sudah kami cek ke lokasi lpr 1", "sudah kami cek ke lokasi"),
    ("TL: truk dijadwalkan besok untuk LPR-1.", "truk dijadwalkan besok"),
    ("Selesai, sampah sudah diangkut semua utk laporan no 1", "sampah sudah diangkut semua"),
])
def test_the_reference_typed_last_names_the_complaint(two, world, typed, text):
    assert "LPR-1 tercatat" in two["dlh1"].says(typed)
    assert follow_ups(two["citizen"])[0].rstrip().endswith("\n" + text) and follow_ups(two["citizen2"]) == []


@pytest.mark.parametrize("typed", ["TL armada yang dikirim 2", "TL sudah diperbaiki di Jl. Merdeka no 2",
                                   "TL sudah dicek bersama ketua RT nomor 2"])
def test_a_number_last_that_is_no_written_reference_is_the_text(two, world, typed):
    assert "Laporan yang mana?" in two["dlh1"].says(typed)  # holding both: which one, never LPR-2 by its number
    assert follow_ups(two["citizen"]) == follow_ups(two["citizen2"]) == []


def test_a_sentence_with_the_reference_last_and_no_command_gets_its_command(two, world):
    reply = two["dlh1"].says("sudah diangkut sebagian untuk LPR 1")
    assert "TL LPR-1 sudah diangkut sebagian" in reply and follow_ups(two["citizen"]) == []
    reply = two["dlh1"].says("sudah selesai diangkut untuk LPR 1")  # done in words: asked, nothing sent yet
    assert "jawaban akhir LPR-1?" in reply and '"sudah selesai diangkut"' in reply and "balas TL" in reply
    assert follow_ups(two["citizen"]) == []


@pytest.mark.parametrize("typed", ["TL LPR-1 truk dijadwalkan besok TL LPR-2 armada sudah berangkat",
                                   "SELESAI LPR-1 sudah diangkut sesuai info lpr 2 kemarin"])
def test_a_second_command_inside_the_sentence_is_asked_about_and_reaches_no_citizen(two, world, typed):
    reply = two["dlh1"].says(typed)
    assert "Belum ada yang dicatat" in reply and "di baris sendiri" in reply
    assert follow_ups(two["citizen"]) == follow_ups(two["citizen2"]) == []
    assert complaint(world, 1).status == complaint(world, 2).status == "belum_ditindaklanjuti"


def test_the_same_complaint_named_again_inside_the_sentence_is_the_text(two, world):
    assert "Tindak lanjut LPR-1 tercatat" in two["dlh1"].says("TL LPR-1 sudah dicek, info lpr 1 menyusul besok")


def test_the_text_awaited_may_come_before_further_commands(two, world):
    two["dlh1"].says("SELESAI LPR-1")
    reply = two["dlh1"].says("sampah sudah diangkut semua\nTL LPR-2 armada sudah berangkat")
    assert "Jawaban akhir LPR-1 tercatat" in reply and "Tindak lanjut LPR-2 tercatat" in reply
    assert follow_ups(two["citizen"])[0].rstrip().endswith("\nsampah sudah diangkut semua")


@pytest.mark.parametrize("typed", ["Lapor pak\nLPR 1: sudah diukur, besok ditambal\nLPR 2: material sudah dipesan",
                                   "lpr 1 sudah diukur, besok ditambal\nlpr 2 material sudah dipesan",
                                   # sentences of one line, each opening with its complaint written LPR-n or #n
                                   "lpr 1 sudah diukur, besok ditambal. LPR-2 material sudah dipesan",
                                   "#1 sudah diukur, besok ditambal, #2 material sudah dipesan"])
def test_lines_of_progress_each_naming_its_complaint_are_offered_each_and_never_mixed(two, world, typed):
    reply = two["dlh1"].says(typed)
    assert "TL LPR-1 sudah diukur, besok ditambal\n" in reply and "TL LPR-2 material sudah dipesan\n" in reply, reply
    assert "LPR-1 LPR-2" not in reply and follow_ups(two["citizen"]) == follow_ups(two["citizen2"]) == []


def test_one_ya_sends_each_offer_of_a_message_to_its_own_citizen(two, world):
    two["dlh1"].says("lpr 1 sudah diukur, besok ditambal\nlpr 2 material sudah dipesan")
    reply = two["dlh1"].says("ya pak")
    assert "Tindak lanjut LPR-1 tercatat" in reply and "Tindak lanjut LPR-2 tercatat" in reply
    assert follow_ups(two["citizen"])[0].rstrip().endswith("\nsudah diukur, besok ditambal")
    assert follow_ups(two["citizen2"])[0].rstrip().endswith("\nmaterial sudah dipesan")


def test_another_command_after_offers_of_a_message_is_carried_out_once(two, world):
    two["dlh1"].says("lpr 1 sudah diukur, besok ditambal\nlpr 2 material sudah dipesan")
    two["dlh1"].says("TL LPR-1 truk berangkat")
    assert len(follow_ups(two["citizen"])) == 1 and follow_ups(two["citizen2"]) == []


def test_a_photo_swiped_onto_a_reminder_about_several_is_kept_and_goes_with_the_complaint_named(two, world, clock):
    clock.now += timedelta(days=1, minutes=30)  # Tuesday: the first reminders of both, in one message
    run_all(services(world), clock.now)
    reminder = [m for m in two["dlh1"].inbox() if m.purpose == Purpose.REMINDER][-1]
    assert "LPR-1" in reminder.body and "LPR-2" in reminder.body
    reply = two["dlh1"].swipe(reminder, "", **PHOTO)
    assert "kami simpan sementara" in reply and "LPR-1 dan LPR-2" in reply, reply
    assert "Tindak lanjut LPR-2 tercatat" in two["dlh1"].says("TL LPR-2 sudah kami angkut sebagian")
    assert follow_ups(two["citizen"]) == [] and len(follow_ups(two["citizen2"])) == 1
    assert any(m.media_url for m in two["citizen2"].inbox()), "the photo went with the TL"


def reminder_about_both(two, world, clock):
    """Dewi's first reminder about LPR-1 and LPR-2 in one message (Tuesday), built once."""
    def build():
        clock.now += timedelta(days=1, minutes=30)
        run_all(services(world), clock.now)

    built_once(services(world), build, key=("reminder_about_both",))
    return [m for m in two["dlh1"].inbox() if m.purpose == Purpose.REMINDER][-1]


@pytest.mark.parametrize("typed,asked", [
    ("lpr 1 otw pak", "TL LPR-1 Petugas sedang menuju lokasi."),
    ("no 2 sampun dipun resiki", "Apakah ini jawaban akhir LPR-2"),
])
def test_words_naming_one_complaint_swiped_onto_a_reminder_about_several_are_read_for_it(two, world, clock, typed,
                                                                                          asked):
    reminder = reminder_about_both(two, world, clock)
    reply = two["dlh1"].swipe(reminder, typed)
    assert asked in reply, reply
    assert follow_ups(two["citizen"]) == [] and follow_ups(two["citizen2"]) == []


@pytest.mark.parametrize("caption,sent", [("sdh diangkut sebagian", "sdh diangkut sebagian"),
                                          ("ini pak", "(lampiran)")])
def test_a_captioned_photo_swiped_onto_a_reminder_about_several_is_kept_for_the_one_named(two, world, clock, caption,
                                                                                           sent):
    reminder = reminder_about_both(two, world, clock)
    reply = two["dlh1"].swipe(reminder, caption, **PHOTO)
    assert "kami simpan sementara" in reply and "LPR-1 dan LPR-2" in reply, reply
    assert "Tindak lanjut LPR-2 tercatat" in two["dlh1"].says("TL LPR-2")
    assert follow_ups(two["citizen"]) == [] and follow_ups(two["citizen2"])[-1].endswith("\n" + sent)
    assert any(m.media_url for m in two["citizen2"].inbox()), "the photo went with the TL"


@pytest.mark.parametrize("named,reference", [("yg di pasar", "LPR-1"), ("yg terminal lama bu", "LPR-2"),
                                             ("itu utk lpr 2", "LPR-2"), ("niku kanggo lpr 1 pak", "LPR-1")])
def test_photos_held_are_named_by_words_of_one_complaints_description(two, world, named, reference):
    assert "Untuk laporan yang mana?" in two["dlh1"].says("", **PHOTO)
    assert "kami simpan" in two["dlh1"].says("ini bu")  # pointing at the photo: still held, still asked which
    assert f"untuk {reference} kami simpan sementara" in two["dlh1"].says(named)
    assert f"Balas TL {reference}" in two["dlh1"].says("YA")  # yes to which? TL or SELESAI asked again
    assert f"Tindak lanjut {reference} tercatat" in two["dlh1"].says("TL sudah diangkut sebagian")


@pytest.mark.parametrize("typed", ["lpr 2 sampah terminal sdh diangkut semua", "lpr 2 tps terminal sampun resik"])
def test_photos_held_then_a_complaint_named_and_said_done_in_its_own_words_is_asked_as_its_answer(two, world, typed):
    """Found by hand: after photos, "lpr 2 lampu sdh nyala semua" (a reference, words of its description, done) was
    read as naming the photos: "untuk LPR-2 kami simpan", and what the officer wrote reached no one."""
    two["dlh1"].says("", **PHOTO)
    reply = two["dlh1"].says(typed)
    assert "Apakah ini jawaban akhir LPR-2" in reply and "foto yang tersimpan ikut terkirim" in reply, reply
    assert "Jawaban akhir LPR-2 tercatat" in two["dlh1"].says("YA")
    assert any(m.media_url for m in two["citizen2"].inbox()), "the photo went with the answer"


def test_photos_held_then_two_complaints_said_done_in_one_message_asks_about_both(two, world):
    two["dlh1"].says("", **PHOTO)
    reply = two["dlh1"].says("lpr 1 sdh diangkut semua, lpr 2 tps terminal sdh bersih")
    assert "Apakah ini jawaban akhir LPR-1" in reply and "Apakah ini jawaban akhir LPR-2" in reply, reply
    assert reply.count("foto yang tersimpan ikut terkirim") == 1, reply  # it goes with the first answer only
    reply = two["dlh1"].says("YA")
    assert "Jawaban akhir LPR-1 tercatat" in reply and "Jawaban akhir LPR-2 tercatat" in reply, reply


def heads_reminder_about_both(two, world, clock):
    """Yusuf's (the head's) second-rung reminder about LPR-1 and LPR-2 in one message (Wednesday)."""
    reminder_about_both(two, world, clock)

    def build():
        clock.now += timedelta(days=1)
        run_all(services(world), clock.now)

    built_once(services(world), build, key=("heads_reminder_about_both",))
    return [m for m in two["head"].inbox() if m.purpose == Purpose.REMINDER][-1]


def test_a_heads_nudge_swiped_onto_a_reminder_about_several_names_their_officers(two, world, clock):
    # 0.6 s: the second rung (the head's) is a day of the ladder run once more
    typed = "mbak dewi, niki dipun tindaklanjuti rumiyin nggih"
    reminder = heads_reminder_about_both(two, world, clock)
    assert "LPR-1" in reminder.body and "LPR-2" in reminder.body
    reply = two["head"].swipe(reminder, typed)
    assert "tidak dikirim ke pelapor LPR-1 dan LPR-2" in reply and "Dewi 0811-0000-0020" in reply, reply
    assert follow_ups(two["citizen"]) == [] and follow_ups(two["citizen2"]) == []


def test_a_stand_ins_nudge_swiped_onto_a_reminder_about_several_names_the_officers_too(two, world, clock):
    # 0.5 s: the head's leave, then two days of the ladder (the Plh's rung-2 reminder), as no shared scene has it
    two["head"].says("CUTI SAYA sampai jumat, eko yg handle")
    for step in (timedelta(days=1, minutes=30), timedelta(days=1)):
        clock.now += step
        run_all(services(world), clock.now)
    reminder = [m for m in two["dlh2"].inbox() if m.purpose == Purpose.REMINDER and "LPR-2" in m.body][-1]
    assert "LPR-1" in reminder.body
    reply = two["dlh2"].swipe(reminder, "mbak dewi tolong segera ditindaklanjuti nggih")
    assert "tidak dikirim ke pelapor LPR-1 dan LPR-2" in reply and "Dewi 0811-0000-0020" in reply, reply
    assert follow_ups(two["citizen"]) == [] and follow_ups(two["citizen2"]) == []


@pytest.mark.parametrize("typed,asked", [("lpr 2 sdh kami tambal", "jawaban akhir LPR-2?"),
                                         ("yg lpr 2 otw pak", "TL LPR-2 Petugas sedang menuju lokasi."),
                                         ("maaf salah, itu utk lpr 2", "tidak ada yang dicatat untuk LPR-1"),
                                         ("eh keliru pak, bukan yg ini", "tidak ada yang dicatat untuk LPR-1"),
                                         ("sorry salah reply", "tidak ada yang dicatat untuk LPR-1")])
def test_words_swiped_onto_the_wrong_complaints_notice_never_reach_its_citizen(two, world, typed, asked):
    """Swiped onto LPR-1's notice, words naming LPR-2 are LPR-2's (as if typed); a correction is no progress."""
    notice = [m for m in two["dlh1"].inbox() if m.purpose == Purpose.DISPOSITION and "LPR-1" in m.body][0]
    reply = two["dlh1"].swipe(notice, typed)
    assert asked in reply and "jawaban akhir LPR-1" not in reply and "Tindak lanjut LPR-1" not in reply, reply
    assert follow_ups(two["citizen"]) == [] and follow_ups(two["citizen2"]) == []


# Progress of two complaints in two bubbles, each offered as its TL: one YA sends both (the first question was
# dropped unsaid, the officer believing both went); the same complaint twice is the later text alone.
@pytest.mark.parametrize("first,second,sent", [
    ("lpr 1 sdh kami survei, besok dikerjakan", "lpr 2 armada berangkat siang ini", (1, 1)),
    ("no 1 sdh kami cek pak, besok diangkut", "#2 lg diukur pak, bsk ditambal", (1, 1)),
    ("lpr 1 sdh kami survei, besok dikerjakan", "lpr 1 armada berangkat siang ini", (1, 0)),  # one complaint
])
def test_two_bubbles_of_progress_are_sent_by_one_yes(two, world, first, second, sent):
    assert "Catat sebagai kemajuan (TL) LPR-1?" in two["dlh1"].says(first)
    two["dlh1"].says(second)
    two["dlh1"].says("YA")
    assert (len(follow_ups(two["citizen"])), len(follow_ups(two["citizen2"]))) == sent
