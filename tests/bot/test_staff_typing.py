"""Staff typing as people do: pick lists answered with their number, agency lists without commas, a plain swipe-reply
taken as progress, greetings, and rows of the table of what staff type → what happens (test_staff_table) end to
end."""

from __future__ import annotations

import pytest

from bot.staff import read_command
from services import services
from tests.bot.test_staff_table import STAFF_TABLE, build_scene
from tests.conftest import built_once, rolled_back
from tests.parties import complaint, file, filed_and_forwarded, follow_ups, make_people


@pytest.fixture
def people(world):
    return make_people(world)


ROAD_WASTE = "Sampah liar dibuang di pinggir sungai dekat jembatan desa, sudah dua minggu tidak diangkut"


def codes(world, number: int) -> list[str]:
    return sorted(d.agency.code for d in complaint(world, number).dispositions)


# Pick lists ------------------------------------------------------------------------------------------------

def test_a_bare_number_after_an_ambiguous_name_picks_from_that_list(people, world):
    file(people["citizen"])
    shown = people["verifier"].says("TERUSKAN LPR-1 dins")
    assert "1. DINKES" in shown and "2. DINSOS" in shown and "Balas angkanya" in shown
    assert "diteruskan ke Dinas Sosial" in people["verifier"].says("2")
    assert codes(world, 1) == ["DINSOS"]
    assert "tidak dikenali" in people["verifier"].says("2")  # the list is used up: a second "2" is no pick


def test_a_verifiers_act_without_a_number_is_asked_about_the_complaint_waiting_or_which(people, world, clock):
    """One waiting, or the one whose notice just came: asked about (YA); several and no fresh notice: which."""
    file(people["citizen"])
    file(people["citizen2"], description=ROAD_WASTE)
    verifier = people["verifier"]
    assert "Teruskan LPR-2 (Sampah liar" in (asked := verifier.says("teruskan ke dlh")), asked  # its notice came last
    assert "Ada 1 laporan lain" in asked and codes(world, 2) == []
    verifier.says("tidak")
    clock.advance(hours=4)
    shown = verifier.says("ke dlh aja bu")
    assert "Laporan yang mana?" in shown and "LPR-1 (" in shown and "LPR-2 (" in shown, shown
    assert "Teruskan LPR-1 (" in verifier.says("1") and codes(world, 1) == []
    assert "diteruskan ke Dinas Lingkungan Hidup" in verifier.says("YA")
    assert codes(world, 1) == ["DLH"] and codes(world, 2) == []


def test_a_slip_after_a_tl_relayed_says_how_to_correct_it(people, world):
    filed_and_forwarded(people)
    people["dlh1"].says("TL LPR-1 truk dikirim ke lokasi")
    said = people["dlh1"].says("maaf pak salah kirim")
    assert "sudah diteruskan ke pelapor" in said and "TL LPR-1 Ralat: <isi yang benar>" in said, said
    assert [d.status for d in complaint(world, 1).dispositions] == ["open"]


@pytest.mark.parametrize("typed,asked", [
    ("lpr 1 ke dlh, tolong cepat", "Teruskan LPR-1 ke DLH?"),
    ("ok ke dlh", "Teruskan LPR-1 ("),  # no number: the complaint whose question was awaited
    ("oke ke dinas lingkungan hidup aja", "Teruskan LPR-1 ("),
    ("siap, trskn ke dlh", "Teruskan LPR-1 ("),
])
def test_a_forward_while_a_tunda_waits_for_its_question_is_no_question(people, world, typed, asked):
    file(people["citizen"])
    assert "Tuliskan isinya" in people["verifier"].says("TUNDA LPR-1")
    assert asked in (said := people["verifier"].says(typed)), said
    assert complaint(world, 1).status == "belum_terverifikasi"


@pytest.mark.parametrize("typed,said", [
    ("ok ke dlh", "Teruskan LPR-1 ("),  # names an agency: another act, asked as such, never the TUNDA's yes
    ("ya ke dinas lingkungan hidup", "Teruskan LPR-1 ("),
    ("oke dlh aja", "Teruskan LPR-1 ("),
    ("ok", "Pertanyaan dikirim ke pelapor LPR-1"),  # near misses: a yes
    ("ya pak", "Pertanyaan dikirim ke pelapor LPR-1"),
])
def test_an_agency_named_after_a_tunda_question_is_a_forward_asked(people, world, typed, said):
    file(people["citizen"])
    assert "TUNDA LPR-1 (" in people["verifier"].says("TUNDA minta foto lokasinya")
    assert said in (reply := people["verifier"].says(typed)), reply
    if said.startswith("Teruskan"):
        assert complaint(world, 1).status == "belum_terverifikasi"
        assert "diteruskan ke Dinas Lingkungan Hidup" in people["verifier"].says("YA")


def test_an_agency_named_after_a_forward_question_to_it_is_its_yes(people, world):
    file(people["citizen"])
    assert "Teruskan LPR-1 (" in people["verifier"].says("ke dlh aja")
    assert "diteruskan ke Dinas Lingkungan Hidup" in people["verifier"].says("ok ke dlh")


def test_teruskan_with_the_lists_number_picks_from_it_not_from_the_suggestions(people, world):
    file(people["citizen"])
    assert complaint(world, 1).routing_suggestions[0]["code"] == "DLH"
    people["verifier"].says("TERUSKAN LPR-1 dins")
    assert "Dinas Kesehatan" in people["verifier"].says("TERUSKAN LPR-1 1")
    assert codes(world, 1) == ["DINKES"]


def test_a_pick_keeps_the_agencies_named_before_and_after_the_ambiguous_one(people, world):
    file(people["citizen"])
    people["verifier"].says("TERUSKAN LPR-1 dlh, dins, pupr SURVEI")
    reply = people["verifier"].says("pilih 1")
    assert "Dinas Kesehatan" in reply and "Dinas Lingkungan Hidup" in reply and "Pekerjaan Umum" in reply
    assert codes(world, 1) == ["DINKES", "DLH", "PUPR"]
    assert all(d.field_inspection for d in complaint(world, 1).dispositions)


def test_a_number_outside_the_list_is_refused_and_the_list_stays(people, world):
    file(people["citizen"])
    people["verifier"].says("TERUSKAN LPR-1 dins")
    assert "tidak ada dalam pilihan" in people["verifier"].says("7")
    assert codes(world, 1) == []
    people["verifier"].says("1")
    assert codes(world, 1) == ["DINKES"]


def test_a_bare_number_from_an_officer_or_with_no_list_is_not_a_pick(people, world):
    file(people["citizen"])
    assert "tidak dikenali" in people["verifier"].says("3")
    assert "tidak dikenali" in people["dlh1"].says("1")
    assert codes(world, 1) == []


@pytest.mark.parametrize("typed,expected", [
    ("dlh pupr", ["DLH", "PUPR"]), ("DLH dan PUPR", ["DLH", "PUPR"]), ("dinas kesehatan dlh", ["DINKES", "DLH"]),
    ("dinas pekerja umum", ["PUPR"]), ("Dinas Lingkungan", ["DLH"]), ("dlh;dinsos", ["DINSOS", "DLH"])])
def test_agency_lists_without_commas_and_partial_names(people, world, typed, expected):
    file(people["citizen"])
    people["verifier"].says(f"TERUSKAN LPR-1 {typed}")
    assert codes(world, 1) == expected


# Swipe-replies --------------------------------------------------------------------------------------------

def test_a_plain_text_swipe_reply_to_a_disposition_notice_is_progress(people, world):
    filed_and_forwarded(people)
    reply = people["dlh1"].swipe(people["dlh1"].last(), "Truk sampah sudah dijadwalkan besok pagi jam 7")
    assert "Tindak lanjut LPR-1 tercatat" in reply and "dicatat sebagai kemajuan (TL)" in reply
    assert "SELESAI LPR-1" in reply
    assert "besok pagi jam 7" in people["citizen"].last().body
    assert complaint(world, 1).status == "proses"


ACKNOWLEDGEMENTS = ["ok siap", "👍", "Terima kasih pak", "siap laksanakan 🙏", "ok makasih infonya",
                    "siap pak, sudah kami terima", "Noted bu, pesannya sudah masuk 🙏",
                    # radio talk, and a promise with nothing done yet
                    "siap 86 ndan", "copy ndan, monitor", "Siap ndan, segera kami tindak lanjuti",
                    "Terima kasih, laporan sudah kami terima dan akan segera ditindaklanjuti",
                    "siap pak, sudah saya terima",
                    # an acknowledgement with a promise and no word of when (it was "Perintah tidak dikenali")
                    "siap ditindaklanjuti", "baik pak, ditangani", "ok diproses",
                    # in the region's languages: Javanese krama, Sundanese
                    "Nggih pak, sampun kulo tampi", "matur nuwun, enggal kulo tindaklanjuti", "muhun, tos katampi"]


@pytest.mark.parametrize("typed,acknowledges", [(typed, True) for typed in ACKNOWLEDGEMENTS] + [
    ("Truk sampah sudah dijadwalkan besok pagi jam 7", False), ("siap, sampah sudah diangkut", False),
    ("lokasinya persisnya dimana pak?", False), ("laporan diproses", False), ("sudah ditindaklanjuti", False)])
def test_what_a_swipe_reply_reads_as_only_an_acknowledgement(typed, acknowledges):
    """What a text swiped onto a notice records nothing for (`bot.staff.implied._swiped_progress`), and what is
    progress."""
    from bot.staff.office_talk import only_acknowledges

    assert only_acknowledges(typed) is acknowledges


def test_an_acknowledgement_swiped_onto_a_notice_records_nothing(people, world):
    filed_and_forwarded(people)
    reply = people["dlh1"].swipe(people["dlh1"].last(), "siap pak, sudah kami terima")
    assert "Tidak ada yang dicatat untuk LPR-1" in reply and "SELESAI LPR-1" in reply
    assert complaint(world, 1).status == "belum_ditindaklanjuti"


@pytest.mark.parametrize("typed", ["lokasinya persisnya dimana pak?",
                                   "Pak, tumpukannya di sebelah kiri atau kanan pasar?"])
def test_a_question_swiped_onto_a_disposition_is_asked_about_as_info_not_sent_as_progress(people, world, typed):
    filed_and_forwarded(people)
    asked = people["dlh1"].swipe(people["dlh1"].last(), typed)
    assert "Kirim sebagai pertanyaan ke pelapor LPR-1?" in asked and follow_ups(people["citizen"]) == []
    assert "Pertanyaan untuk pelapor LPR-1 sudah dikirim" in people["dlh1"].says("ya")
    assert typed in people["citizen"].last().body and complaint(world, 1).status == "tertunda"


@pytest.mark.parametrize("typed", ["pak tolong infokan ke tim lapangan ya", "mhn diteruskan ke kabid pak",
                                   "tlg kabari anggota regu 2 utk cek lokasi", "mas coba suruh tim angkut ke sana"])
def test_a_word_for_a_colleague_swiped_onto_a_notice_reaches_no_citizen(people, world, typed):
    filed_and_forwarded(people)
    reply = people["dlh1"].swipe(people["dlh1"].last(), typed)
    assert "tidak dikirim ke pelapor" in reply and f"TL LPR-1 {typed}" in reply, reply
    assert follow_ups(people["citizen"]) == [] and complaint(world, 1).status == "belum_ditindaklanjuti"


@pytest.mark.parametrize("typed", ["dh dicek ndan", "sudah kami cek, akan segera diangkut besok",
                                   "siap, sedang ditangani", "tim lapangan sudah kami tugaskan, besok ke lokasi",
                                   "besok tim kami koordinasikan dengan kecamatan"])
def test_a_swiped_step_done_is_progress_even_with_courtesy_and_a_promise(people, world, typed):
    filed_and_forwarded(people)
    assert "Tindak lanjut LPR-1 tercatat" in people["dlh1"].swipe(people["dlh1"].last(), typed)


@pytest.mark.parametrize("typed", ["ok siap", "Siap, laksanakan", "siap 86 ndan 🙏", "monggo pak, sampun kulo tampi"])
def test_an_acknowledgement_not_swiped_is_thanked_and_shown_the_commands_not_called_unknown(people, world, typed):
    reply = people["dlh1"].says(typed)
    assert "tidak dikenali" not in reply and "TL LPR-<nomor>" in reply


@pytest.mark.parametrize("who,typed,instead", [
    ("dlh1", "TERUSKAN LPR-1 PUPR", "KEMBALIKAN LPR-1 <alasan>"),
    ("head", "arsipkan lpr 1 bukan pengaduan", "KEMBALIKAN LPR-1 <alasan>"),
    ("dlh1", "REKAP", "DAFTAR"),
    ("head", "ANTREAN", "DAFTAR"),
    ("dlh1", "alihkan LPR-1 Eko", "kepala instansi"),
    ("verifier", "TL LPR-1 sudah dicek", "STATUS LPR-1"),
    ("supervisor", "TERUSKAN LPR-1 DLH", "STATUS LPR-1"),
    ("verifier", "REKAP", "ANTREAN"),
])
def test_a_command_of_another_role_is_refused_with_what_to_send_instead(people, who, typed, instead):
    reply = people[who].says(typed)
    assert "hanya untuk" in reply and instead in reply


def test_a_plain_swipe_onto_another_agencys_or_a_closed_disposition_is_not_progress(people, world):
    filed_and_forwarded(people)
    notice = people["dlh1"].last()
    people["dlh2"].says("SELESAI LPR-1 Sampah sudah diangkut semua")
    reply = people["dlh1"].swipe(notice, "Truk sampah sudah dijadwalkan besok")
    assert "tidak dikenali" in reply and complaint(world, 1).status == "selesai"


# DAFTAR, ANTREAN ------------------------------------------------------------------------------------------

def test_daftar_of_another_agency_from_a_head_says_why_it_shows_their_own(people, world):
    filed_and_forwarded(people)
    reply = people["head"].says("DAFTAR PUPR")
    assert "hanya menampilkan disposisi DLH" in reply and "LPR-1" in reply
    assert "hanya menampilkan" not in people["head"].says("DAFTAR DLH")
    assert "hanya menampilkan" not in people["head"].says("DAFTAR")


def test_daftar_words_that_name_no_agency_are_no_other_agency_and_a_list_says_what_to_type(people, world):
    filed_and_forwarded(people)
    listing = people["dlh1"].says("daftar yang belum selesai ya")
    assert "hanya menampilkan" not in listing and "Disposisi terbuka DLH (1)" in listing
    assert listing.endswith("Balas TL LPR-1 <kemajuan> · SELESAI LPR-1 <jawaban> · STATUS LPR-1: rincian")
    people["dlh1"].says("TL LPR-1 truk dijadwalkan")
    none = people["head"].says("daftar yg belum dijawab")
    assert "Semua disposisi terbuka DLH sudah ada tindak lanjutnya" in none and "Disposisi terbuka DLH (1)" in none


@pytest.mark.parametrize("who,typed,empty", [
    ("head", "laporan dinas saya apa aja yg belum dijawab", "Tidak ada disposisi terbuka untuk DLH. 👍"),
    ("head", "daftar yg telat", "Tidak ada disposisi terbuka untuk DLH. 👍"),
    ("dlh1", "DAFTAR YANG BELUM DITINDAKLANJUTI", "Tidak ada disposisi terbuka untuk DLH. 👍"),
    ("supervisor", "daftar yg belum dijawab", "Tidak ada disposisi terbuka untuk semua instansi. 👍"),
    ("verifier", "daftar yg terlambat", "Tidak ada disposisi terbuka untuk semua instansi. 👍"),
])
def test_a_filtered_daftar_with_nothing_open_is_one_answer(people, world, who, typed, empty):
    assert people[who].says(typed) == empty  # not "none unanswered" and then "none open"


def test_the_queue_says_what_to_type_with_its_first_complaint(people, world):
    file(people["citizen"])
    assert people["verifier"].says("antrean").endswith("Balas TERUSKAN LPR-1 <instansi> · TUNDA LPR-1 <pertanyaan> · "
                                                       "STATUS LPR-1: rincian")
    assert people["supervisor"].says("antrean").endswith("Ketik STATUS LPR-1 untuk rinciannya.")


def test_supervisors_may_read_the_queue(people, world):
    file(people["citizen"])
    assert "Menunggu verifikasi (1)" in people["supervisor"].says("ANTREAN")
    assert "ANTREAN" in people["supervisor"].says("BANTUAN")


# What staff type → what happens ---------------------------------------------------------------------------------
# The table is tests/bot/test_staff_table.py (each row handled in a session rolled back); a row of each kind of
# outcome runs here end to end: the signed webhook, the commit, the outbox delivered.

THROUGH_THE_WEBHOOK = {
    "TL LPR-1 truk sampah dikirim besok pagi", "selesai LPR-1 sampah sudah diangkut semua",
    "info LPR-1 di sebelah mana tepatnya?", "kembalikan LPR-1 ini wewenang PUPR", "teruskan lpr 2 dlh pupr",
    "arsipkan LPR-2 laporan ganda spam", "TUNDA LPR-2 sampai senin", "👍", "daftar", "ALIHKAN LPR-1 Eko",
}
JOURNEYS = [row for row in STAFF_TABLE if row[1] in THROUGH_THE_WEBHOOK]


@pytest.fixture
def scene(people, world):
    built_once(services(world), lambda: build_scene(people))
    return people


@pytest.mark.parametrize("who,typed,expected,check", JOURNEYS, ids=[f"{who}:{typed}" for who, typed, _, _ in JOURNEYS])
def test_what_staff_type_through_the_webhook(scene, world, who, typed, expected, check):
    assert expected in scene[who].says(typed)
    if check is not None:
        read, value = check
        with rolled_back(world) as session:
            assert read(session) == value



@pytest.mark.parametrize("text,postponed", [
    ("sampai senin", True), ("besok saja saya cek dulu", True), ("pending dulu ya", True),
    ("menunggu konfirmasi dinas minggu depan", True), ("tim ke lokasi lusa", True), ("nanti sore sy proses", True),
    ("kapan mulai menumpuk", False), ("sejak senin atau sudah lama?", False),
    ("mohon kirim foto lokasinya besok", False), ("tolong sebutkan RT/RW nya", False), ("alamat lengkapnya", False),
    ("di sebelah mana tepatnya", False),
    ("bisa dikirim titik lokasinya besok?", False), ("foto kerusakannya ada?", False),
    ("sudah kami tangani, truk sudah dikirim", True), ("akan segera kami perbaiki", True),
    ("apakah sudah diangkut", False), ("sudah pernah lapor ke RT?", False),
])
def test_a_tunda_or_info_text_that_tells_and_asks_nothing_is_not_a_question(text, postponed):
    """What TUNDA and INFO would send the citizen as a question: a when, or what is done or will be, with no question
    and no request in it, is the staff member putting the complaint off ("TUNDA LPR-2 sampai senin") or telling the
    citizen news ("INFO LPR-1 sudah kami tangani"), and is not sent."""
    from bot.staff.citizen_text import tells_not_asks

    assert tells_not_asks(text) is postponed


# Several complaints in one command -----------------------------------------------------------------------------

def test_one_answer_for_two_complaints_is_recorded_on_each_and_each_citizen_gets_only_the_text(people, world):
    file(people["citizen"])
    file(people["citizen2"], description="Sampah di TPS pasar Srimangunan menumpuk lagi, lalat di mana-mana")
    reply = people["verifier"].says("teruskan lpr 1 & lpr 2 ke dlh")
    assert "LPR-1 diteruskan" in reply and "LPR-2 diteruskan" in reply
    reply = people["dlh1"].says("selesai lpr1 dan lpr2 sudah diangkut truk")
    assert "Jawaban akhir LPR-1 tercatat" in reply and "Jawaban akhir LPR-2 tercatat" in reply
    assert complaint(world, 1).status == complaint(world, 2).status == "selesai"
    for citizen in ("citizen", "citizen2"):
        answer = [m.body for m in people[citizen].inbox() if m.purpose == "follow_up"]
        assert len(answer) == 1 and answer[0].endswith("\nsudah diangkut truk")


def test_two_complaints_each_with_its_agencies_in_one_teruskan(people, world):
    file(people["citizen"])
    file(people["citizen2"], description="Jalan di gang Melati berlubang besar, sudah banyak motor jatuh")
    reply = people["verifier"].says("teruskan no 1 ke dlh & laporan 2 ke pu, dinsos")
    assert "LPR-1 diteruskan ke Dinas Lingkungan Hidup" in reply and "LPR-2 diteruskan ke Dinas Pekerjaan" in reply
    assert codes(world, 1) == ["DLH"] and codes(world, 2) == ["DINSOS", "PUPR"]


def test_a_bare_number_after_the_reference_stays_the_text(people, world):
    filed_and_forwarded(people)
    assert "Tindak lanjut LPR-1 tercatat" in people["dlh1"].says("TL LPR-1, 2 truk dikirim besok")
    assert people["citizen"].last().body.endswith("2 truk dikirim besok")


@pytest.mark.parametrize("typed", ["Selesai LPR 1 & 2: sudah diangkut semua", "SELESAI LPR-1 dan 2 sudah diangkut"])
def test_a_bare_number_joined_to_the_reference_is_asked_about_and_nothing_reaches_a_citizen(people, world, typed):
    file(people["citizen"])
    file(people["citizen2"], description="Sampah di TPS terminal lama menumpuk, sudah seminggu")
    people["verifier"].says("teruskan lpr 1, lpr 2 dlh")
    reply = people["dlh1"].says(typed)
    assert "Belum ada yang dicatat" in reply and "SELESAI LPR-1 LPR-2 sudah diangkut" in reply
    assert complaint(world, 1).status == complaint(world, 2).status == "belum_ditindaklanjuti"
    assert not [m for m in people["citizen"].inbox() + people["citizen2"].inbox() if m.purpose == "follow_up"]


def test_a_number_counting_days_after_a_word_is_no_reference(people, world):
    filed_and_forwarded(people)
    reply = people["dlh1"].swipe(people["dlh1"].last(), "TL laporan 2 hari lalu sudah kami cek ke lokasi")
    assert "Tindak lanjut LPR-1 tercatat" in reply


@pytest.mark.parametrize("typed", ["*TL LPR-1* sedang dikerjakan", "_tl_ lpr1 _sedang dikerjakan_",
                                   "```TL LPR-1``` sedang dikerjakan"])
def test_whatsapp_formatting_around_a_command_is_no_part_of_the_citizens_text(people, world, typed):
    filed_and_forwarded(people)
    assert "Tindak lanjut LPR-1 tercatat" in people["dlh1"].says(typed)
    assert people["citizen"].last().body.endswith("\nsedang dikerjakan")


# STATUS without a reference ------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["STATUS", "cek status", "status pak"])
def test_status_without_a_reference_shows_an_officers_one_open_disposition(people, world, typed):
    filed_and_forwarded(people)
    reply = people["dlh1"].says(typed)
    assert reply.startswith("LPR-1 – ") and "Disposisi: DLH (terbuka, batas " in reply


def test_status_without_a_reference_lists_several_to_pick_from_by_number(people, world):
    file(people["citizen"])
    file(people["citizen2"], description=ROAD_WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["verifier"].says("TERUSKAN LPR-2 DLH")
    listed = people["dlh1"].says("STATUS")
    assert "Laporan mana?" in listed and "1. LPR-1 – " in listed and "2. LPR-2 – " in listed
    assert "Balas angkanya" in listed
    assert people["dlh1"].says("2").startswith("LPR-2 – ")
    assert "tidak dikenali" in people["dlh1"].says("2")  # the list is used up


def test_status_without_a_reference_says_when_nothing_is_open_and_lists_the_newest_for_a_verifier(people, world):
    assert "Tidak ada disposisi terbuka untuk DLH" in people["dlh1"].says("STATUS")
    file(people["citizen"])
    listed = people["verifier"].says("status")
    assert "Laporan terbaru" in listed and "1. LPR-1 – " in listed
    assert people["verifier"].says("1").startswith("LPR-1 – ")


@pytest.mark.parametrize("typed", ["Mohon izin Bapak, LPR-1 bukan kewenangan kami, itu saluran milik PUPR",
                                   "bukan kewenangan kami LPR-1, itu saluran milik PUPR"])
def test_a_return_worded_bukan_kewenangan_keeps_those_words_in_its_reason(people, world, typed):
    filed_and_forwarded(people)
    assert "dikembalikan ke verifikator" in people["dlh1"].says(typed)
    reason = next(m.body for m in people["verifier"].inbox() if m.purpose == "returned")
    assert "Alasan: bukan kewenangan kami, itu saluran milik PUPR" in reason


@pytest.mark.parametrize("typed", ["tolong lpr 1 dikerjakan segera ya", "Siapa yang pegang LPR-1?",
                                   "mohon LPR-1 segera ditindaklanjuti", "lpr 1 siapa pic nya?",
                                   # "selesaikan" asked for, not said done: never asked as the final answer
                                   "tolong lpr 1 segera diselesaikan ya", "mohon lpr 1 dituntaskan minggu ini"])
def test_a_head_chasing_or_asking_who_holds_a_complaint_is_told_its_officers_not_shown_tl(people, world, typed):
    filed_and_forwarded(people)
    reply = people["head"].says(typed)
    assert "LPR-1 ditangani" in reply and "Dewi" in reply and "Eko" in reply and "ALIHKAN LPR-1" in reply
    assert complaint(world, 1).status == "belum_ditindaklanjuti"


@pytest.mark.parametrize("who,typed", [("supervisor", "gmn perkembangan lpr 1?"),
                                       ("supervisor", "bagaimana progres laporan no 1 pak?"),
                                       ("dlh1", "lpr 1 sdh sampai mana ya?"), ("head", "LPR-1 sejauh mana?"),
                                       ("verifier", "kabarnya lpr 1 gimana bu?")])
def test_a_question_about_a_complaints_progress_is_its_status_and_reaches_no_citizen(people, world, who, typed):
    """How far it got and its news ("sampai mana", "kabarnya gimana") are where it is, since staff17: its agencies,
    who holds it, what it waits for, the latest answer, and STATUS for the rest."""
    filed_and_forwarded(people)
    before = len(people["citizen"].inbox())
    reply = people[who].says(typed)
    assert reply.startswith("LPR-1 – ") or reply.startswith("LPR-1: ") and "Rinciannya: STATUS LPR-1" in reply, reply
    assert len(people["citizen"].inbox()) == before


@pytest.mark.parametrize("typed,command", [
    # everyday words a letter or two from a command word are not its typo
    ("nanti sore tim ke lokasi", None), ("nanti sy koordinasikan dgn kabid dulu", None),
    ("antar material besok pagi", None), ("kembali ke lokasi besok utk pengukuran", None),
    ("rekan kami sudah cek ke lapangan", None), ("pindah lokasi pembuangan ke TPS baru", None),
    # the typos stay commands
    ("antri", "ANTREAN"), ("KEMBALIKN LPR-1 bukan tugas kami", "KEMBALIKAN"), ("statsu 1", "STATUS"),
    ("rekp", "REKAP"),
])
def test_everyday_words_are_not_typos_of_commands(typed, command):
    assert read_command(typed)[0] == command


@pytest.mark.parametrize("typed", ["pripun dp3a?", "dp3a gmn pak?"])
def test_how_an_agency_whose_code_holds_a_digit_is_doing_is_its_rekap(people, world, typed):
    from models import Agency

    with services(world).session_factory.begin() as session:
        session.add(Agency(code="DP3A", name="Dinas Pemberdayaan Perempuan dan Perlindungan Anak", aliases=["dp3a"]))
    assert "Rekap harian DP3A" in people["supervisor"].says(typed)
