"""First-time users met end to end with `flask chat --local` (firsts5): a citizen filing for an elderly
neighbour, a question to the office followed by a complaint, a new officer, a verifier correcting a disposition
and rejecting spam, a supervisor asking for the morning digest out of schedule."""

from __future__ import annotations

import pytest

from bot.conversation import understanding
from tests.parties import Citizen, file, filed_and_forwarded, walked_once

# A story told for someone else (a neighbour, a parent) with a wish to report: the writer files it ("laporkan atas
# nama tetangga saya …" read "tetangga saya" as the owner of a report asked after, and the story was lost)
FILED_FOR_ANOTHER = [
    "pagi pak saya mau laporkan atas nama tetangga saya mbah Sarinah umur 78 tahun tinggal sendiri di gg mawar 3 rt "
    "02 rw 04 kel sukamaju rumahnya atapnya bocor parah mau roboh kasian beliau ga punya hp",
    "mau laporkan ibu saya tidak dapat bansos padahal sudah lansia dan sakit sakitan",
    "sy mau ngelaporin atas nama nenek sy, lampu jalan depan rumahnya mati udh 3 minggu",
    "Selamat siang, saya ingin melaporkan atas nama bapak saya (78 th), jalan depan rumah beliau berlubang besar",
    "tolong dibantu pak, laporan untuk mbah saya, rumahnya kebanjiran tiap hujan di gg 5 rt 1",
]
# ... while one's relative's report asked after stays that
STILL_ASKED_AFTER = [
    "mau tanya laporan ibu saya yg soal sampah pasar",
    "laporan bapak saya sudah sampai mana",
    "mau nanya laporan ibu saya gimana ya",
    "laporan ibu saya soal lampu jalan mati kemarin sudah sampai mana?",
]


@pytest.mark.parametrize("typed", FILED_FOR_ANOTHER)
def test_a_story_filed_for_a_neighbour_or_parent_is_no_question_about_their_report(typed):
    assert not understanding.asks_after_anothers_report(typed), typed


@pytest.mark.parametrize("typed", STILL_ASKED_AFTER)
def test_a_relatives_report_asked_after_is_still_theirs(typed):
    assert understanding.asks_after_anothers_report(typed), typed


def test_filing_for_an_elderly_neighbour_keeps_the_story_with_her_name_and_address(people):
    """Found by hand: the first message of a citizen filing for an elderly neighbour got "Demi keamanan pelapor, kabar
    laporan hanya dikirim ke nomor …" and the story was lost."""
    citizen = people["citizen"]
    reply = citizen.says(FILED_FOR_ANOTHER[0])
    assert "Demi keamanan" not in reply and "Sarinah" in reply, reply
    citizen.says("ya")
    assert "Sarinah" in citizen.draft()["description"] and "mawar" in citizen.draft()["description"]


# The morning digest asked for out of its schedule, by what it is called: the morning's, the daily, the usual one
MORNING_DIGEST = ["minta rekap pagi dong", "rekap pagi", "REKAP PAGI INI", "kirim ulang rekap tadi pagi",
                  "rekap harian", "mohon rekap harian pak", "rekap yg biasa pagi2 itu", "rekap pagi ini mana ya",
                  "rekapan pagi blm masuk", "ringkasan pagi dong", "mohon kirimkan rekap seperti biasa",
                  "sugeng enjang bu, rekap e pundi", "rekape endi pak"]


@pytest.mark.parametrize("typed", MORNING_DIGEST)
def test_the_morning_digest_asked_out_of_schedule_is_sent(people, typed):
    """Found by hand: "minta rekap pagi dong" got '"pagi" tidak dikenali untuk REKAP'."""
    reply = people["supervisor"].says(typed)
    assert "Rekap" in reply and "tidak dikenali" not in reply, reply


@pytest.mark.parametrize("typed", ["rekap pagi", "rekap harian dlh"])
def test_the_morning_digest_of_a_head_is_the_agencys(people, typed):
    reply = people["head"].says(typed)
    assert "DLH" in reply and "tidak dikenali" not in reply and "hanya untuk pimpinan" not in reply, reply


def test_an_unknown_agency_in_rekap_is_still_said_unknown(people):
    reply = people["supervisor"].says("rekap dinas pariwisata")
    assert "tidak dikenali untuk REKAP" in reply, reply


@walked_once
def dlh_holds_one(people: dict) -> None:
    """LPR-1 filed and forwarded to DLH: the officer holds one open disposition (a TL may be offered for it)."""
    file(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")


@pytest.mark.parametrize("typed", [
    "saya petugas baru", "sy petugas baru pak", "halo saya dewi petugas baru dlh", "saya admin baru di dlh",
    "Saya operator baru, mohon bimbingannya", "maaf pak saya masih baru", "sy baru disini pak, mohon arahannya",
    "saya pegawai baru dlh pak", "mohon bimbingannya pak"])
def test_a_new_officer_saying_so_gets_the_help_not_a_tl_offered(people, typed):
    """Found by hand: "saya petugas baru" from an officer holding one disposition was offered as its TL ("Catat
    sebagai kemajuan (TL) LPR-1? … TL LPR-1 saya petugas baru")."""
    dlh_holds_one(people)
    reply = people["dlh1"].says(typed)
    assert "Catat sebagai kemajuan" not in reply and "tidak dikenali" not in reply, reply
    assert "TL LPR-<nomor>" in reply, reply


@pytest.mark.parametrize("typed", ["petugas baru datang ke lokasi, besok mulai dikerjakan",
                                   "petugas baru sampai lokasi pak, lagi dicek"])
def test_officers_just_arrived_is_still_progress(people, typed):
    dlh_holds_one(people)
    assert "Catat sebagai kemajuan (TL) LPR-1?" in people["dlh1"].says(typed)


@pytest.mark.parametrize("typed", ["tl1 sudah", "TL 1 sdh", "tl lpr 1 udah", "TL LPR-1 sudah pak", "tl1 beres",
                                   "Tl 1 done", "tl1 udh bu"])
def test_a_tl_saying_only_done_is_asked_as_the_final_answer_and_relays_nothing(people, typed):
    """Found by hand: "tl1 sudah" reached the reporter as "Tindak lanjut LPR-1 …: sudah"."""
    dlh_holds_one(people)
    before = len(people["citizen"].inbox())
    reply = people["dlh1"].says(typed)
    assert "Apakah LPR-1 sudah tuntas?" in reply and "tercatat" not in reply, reply
    assert len(people["citizen"].inbox()) == before


def test_done_alone_confirmed_then_told_is_the_final_answer(people):
    dlh_holds_one(people)
    people["dlh1"].says("tl1 sudah")
    people["dlh1"].says("ya")
    reply = people["dlh1"].says("sampahnya sudah kami angkut semua tadi pagi")
    assert "Jawaban akhir LPR-1 tercatat" in reply, reply
    assert "sudah kami angkut semua" in people["citizen"].inbox()[-2].body


@pytest.mark.parametrize("typed", ["tl1 ok", "TL 1 siap", "tl lpr 1 oke pak"])
def test_a_tl_with_an_acknowledgement_only_is_asked_for_its_text(people, typed):
    dlh_holds_one(people)
    before = len(people["citizen"].inbox())
    reply = people["dlh1"].says(typed)
    assert "tercatat" not in reply and len(people["citizen"].inbox()) == before, reply


@pytest.mark.parametrize("typed,relayed", [("tl1 sudah dicek, besok diangkut", "sudah dicek, besok diangkut"),
                                           ("TL 1 sdh kami survei", "sdh kami survei")])
def test_a_tl_with_words_after_done_is_still_progress(people, typed, relayed):
    dlh_holds_one(people)
    reply = people["dlh1"].says(typed)
    assert "Tindak lanjut LPR-1 tercatat" in reply, reply
    assert relayed in people["citizen"].inbox()[-1].body


@walked_once
def spam_filed(people: dict) -> None:
    """LPR-1 (a real complaint, forwarded to DLH) and LPR-2, an advertisement filed as a complaint."""
    dlh_holds_one(people)
    file(people["citizen2"], description="beli followers ig murah cuma 10rb per 1000 followers hubungi wa 0812999",
         photo=False)


@pytest.mark.parametrize("typed", ["lpr 2 ini spam iklan", "LPR-2 ini iklan pak", "no 2 itu spam",
                                   "lpr 2 jelas spam bu", "lpr 2 cuma promosi", "lpr 2 iklan doang"])
def test_a_verifier_calling_a_complaint_junk_with_a_word_between_is_asked_to_archive_it(people, typed):
    """Found by hand: "lpr 2 ini spam iklan" got "Perintah tidak dikenali" ("lpr 2 spam" was understood)."""
    spam_filed(people)
    reply = people["verifier"].says(typed)
    assert "Arsipkan LPR-2?" in reply, reply
    people["verifier"].says("ya")
    assert [c.status for c in people["citizen2"].complaints()] == ["diarsipkan"]


@pytest.mark.parametrize("typed", ["lpr 2 ini soal sampah", "lpr 2 ini iklan rokok di dekat sekolah, ke satpol"])
def test_a_complaint_about_something_is_not_called_junk(people, typed):
    spam_filed(people)
    assert "Arsipkan LPR-2?" not in people["verifier"].says(typed)


@pytest.mark.parametrize("who", ["verifier", "dlh1", "supervisor"])
@pytest.mark.parametrize("typed", ["tolong", "help", "tolong bantu pak", "minta tolong dong", "help me"])
def test_a_call_for_help_gets_the_help_of_ones_role(people, who, typed):
    """Found by hand: a verifier's "tolong" got "Perintah tidak dikenali"."""
    reply = people[who].says(typed)
    assert "tidak dikenali" not in reply and "LPR-<nomor>" in reply, reply


@walked_once
def pupr_holds_one(people: dict) -> None:
    """LPR-1 filed and forwarded by the verifier to PUPR, the wrong agency, a moment ago."""
    file(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 PUPR")


@pytest.mark.parametrize("typed", ["eh salah, harusnya dlh bukan pu", "maaf keliru, mestinya ke dlh",
                                   "waduh salah dispo pak, yg bener dlh", "salah, seharusnya dinas lingkungan hidup",
                                   "ralat: dlh", "eh salah bukan pu tapi dlh", "koreksi, ke dlh bukan pupr"])
def test_a_verifier_correcting_their_forward_in_words_is_asked_to_forward_to_the_right_agency(people, typed):
    """Found by hand: right after TERUSKAN LPR-1 PUPR, "eh salah, harusnya dishub bukan pu" got "Perintah tidak
    dikenali"; moving it from the wrong agency to the one named is asked about (verifier2: the wrong one's
    disposition is taken back, no KEMBALIKAN awaited)."""
    pupr_holds_one(people)
    reply = people["verifier"].says(typed)
    assert "Pindahkan LPR-1 dari PUPR ke DLH?" in reply and "KEMBALIKAN" not in reply, reply
    people["verifier"].says("ya")
    assert people["dlh1"].inbox() and "LPR-1" in people["dlh1"].last().body


def test_a_correction_long_after_the_forward_is_not_read_as_one(people, world):
    pupr_holds_one(people)
    world.extensions["penghubung"].clock.advance(hours=2)
    assert "Teruskan LPR-1" not in people["verifier"].says("eh salah, harusnya dlh bukan pu")


def test_a_bare_no_after_a_forward_asks_to_take_it_back(people):
    """verifier2: the forward can be taken back now (TARIK); a bare no asks it, nothing is undone before YA."""
    pupr_holds_one(people)
    reply = people["verifier"].says("eh salah")
    assert "Tarik disposisinya" in reply and "Teruskan LPR-1 ke" not in reply, reply


@pytest.mark.parametrize("again", ["maaf keliru, mestinya ke dlh", "eh salah, harusnya dlh bukan pu",
                                   "ralat: dlh", "salah pak, seharusnya dinas lingkungan hidup", "koreksi ke DLH ya"])
def test_a_forward_correction_said_again_while_asked_is_asked_again(people, again):
    """Found by review: "ralat: dlh" asked "Teruskan LPR-1 ke DLH?", and the same correction typed again (its
    "keliru", "salah" read as a no) answered "TERUSKAN LPR-1 tidak dikirim"."""
    pupr_holds_one(people)
    assert "LPR-1 dari PUPR ke DLH?" in people["verifier"].says("ralat: dlh")  # verifier2: "Pindahkan …"
    reply = people["verifier"].says(again)
    assert "LPR-1 dari PUPR ke DLH?" in reply and "tidak dikirim" not in reply, reply
    people["verifier"].says("ya")
    assert people["dlh1"].inbox() and "LPR-1" in people["dlh1"].last().body


def test_the_reviewers_forward_correction_said_twice_is_asked_twice(people):
    filed_and_forwarded(people, photo=False)  # LPR-1 at DLH
    assert "LPR-1 dari DLH ke PUPR?" in people["verifier"].says("ralat: pupr")
    reply = people["verifier"].says("maaf keliru, mestinya ke pu")
    assert "LPR-1 dari DLH ke PUPR?" in reply and "tidak dikirim" not in reply, reply
    people["verifier"].says("YA")
    assert any("LPR-1" in m.body for m in people["pupr"].inbox())


@pytest.mark.parametrize("no", ["tidak", "batal", "eh salah", "maaf keliru", "gak jadi"])
def test_a_no_to_the_corrected_forward_still_calls_it_off(people, no):
    pupr_holds_one(people)
    people["verifier"].says("ralat: dlh")
    assert "tidak dikirim" in people["verifier"].says(no)


@pytest.fixture
def citizen(app):
    return Citizen(app)


QUESTION = "permisi mau nanya jam buka dukcapil hari apa aja ya"


@pytest.mark.parametrize("typed", [
    "oh gitu makasih. sekalian mau lapor, saluran air depan rumah saya mampet jadi banjir kalo hujan",
    "satu lagi pak saya mau ngadu lampu jalan di gang 3 mati semua udah seminggu",
    "terus sy juga mau komplain, jalan depan sd 2 rusak parah banyak yg jatuh"])
def test_a_complaint_told_after_a_question_offered_is_its_own_report(citizen, typed):
    """Found by hand: a question to the office offered as a request for information, then "sekalian mau lapor,
    saluran air … mampet" joined the question, and the whole was offered as one question."""
    citizen.says(QUESTION)
    reply = citizen.says(typed)
    assert "ingin melapor" in reply and "jam buka dukcapil" not in reply.split("kami simpan")[-1], reply
    assert "Pertanyaan Anda" in reply, reply
    citizen.says("ya")
    assert "dukcapil" not in citizen.draft()["description"] and "lapor" not in citizen.draft()["description"]
    assert "dukcapil" in citizen.draft()["next_story"]


def test_the_question_kept_is_offered_as_a_question_once_the_complaint_is_sent(citizen):
    citizen.says(QUESTION)
    citizen.says("sekalian mau lapor, saluran air depan rumah saya mampet jadi banjir kalo hujan")
    for answer in ["ya", "1", "Jl. Kenanga 4 RT 2 RW 1, Desa Sukamaju", "LEWATI", "1"]:
        citizen.says(answer)
    reply = citizen.says("KIRIM")
    assert "LPR-1" in reply and "Tadi Anda juga bertanya" in reply and "permintaan informasi" in reply, reply


def test_more_of_a_question_still_joins_it(citizen):
    citizen.says(QUESTION)
    reply = citizen.says("soalnya ktp saya rusak mau bikin yang baru, syaratnya apa aja")
    assert "ingin bertanya" in reply and "dukcapil" in reply, reply


@pytest.mark.parametrize("typed,first,second", [
    ("jalan rusak dan sampah numpuk di gang 5", "jalan rusak", "sampah numpuk di gang 5"),
    ("jalan berlubang dan lampu mati di jl kenanga", "jalan berlubang", "lampu mati di jl kenanga"),
    ("lampu jalan mati semua dan selokan mampet di rt 3", "lampu jalan mati semua", "selokan mampet di rt 3"),
    ("sampah numpuk di pasar serta jembatan kayu retak", "sampah numpuk di pasar", "jembatan kayu retak")])
def test_two_things_broken_joined_by_and_are_two_problems(typed, first, second):
    """Found by hand: "jalan rusak dan sampah numpuk di gang 5" was filed as one complaint (only "juga" parted
    two problems)."""
    assert understanding.another_problem(typed) == (first, second)


@pytest.mark.parametrize("typed", [
    "jalan rusak dan berlubang di gang 5", "sampah numpuk dan bau di gang 5", "lampu jalan mati dan jalan jadi gelap",
    "selokan mampet dan jalan banjir tiap hujan", "jalan berlubang dan motor saya jatuh",
    "pipa pdam bocor dan jalan jadi rusak", "lampu mati dan lampu taman juga mati",
    "jalan di depan sd rusak dan jalan ke pasar juga rusak"])
def test_one_problem_told_with_and_stays_one(typed):
    assert understanding.another_problem(typed) is None


def test_two_problems_in_one_first_message_are_filed_one_at_a_time(citizen):
    citizen.says("jalan rusak dan sampah numpuk di gang 5 desa sukamaju")
    reply = citizen.says("ya")
    assert "dua masalah" in reply and "sampah numpuk" in reply, reply
    assert citizen.draft()["description"] == "jalan rusak"
