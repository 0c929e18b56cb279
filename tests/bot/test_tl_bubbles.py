"""The bubbles after an officer's TL (mendB2): offered as more of it only when they are news of that complaint, never
when they describe another open one, talk to the office, or the complaint left the officer's hands; and
"Laporan yang mana?" dropped kindly on a no."""

from __future__ import annotations

import pytest

from tests.parties import file, follow_ups, make_people, walked_once

ROAD = "jalan berlubang besar di jl melati depan masjid al ikhlas, sudah 2 bulan"
LAMP = "lampu jalan pju mati total di jl mawar dekat pos ronda sudah seminggu"


@pytest.fixture
def people(world):
    return make_people(world)


@walked_once
def road_answered(people) -> None:
    """PUPR holds LPR-1 (a road) and LPR-2 (a street lamp); Budi's TL on LPR-1 just sent."""
    file(people["citizen"], description=ROAD, photo=False)
    file(people["citizen2"], description=LAMP, photo=False)
    people["verifier"].says("TERUSKAN LPR-1 PUPR")
    people["verifier"].says("TERUSKAN LPR-2 PUPR")
    people["pupr"].says("TL LPR-1 tim sudah survei ke lokasi tadi pagi")


# M3: words that describe the other open complaint are its news, not more of the TL just sent.
@pytest.mark.parametrize("typed", [
    "untuk lampu pju di jl mawar sudah kami cek, kabelnya putus dan akan diganti besok",
    "yg lampu jalan mati di jl mawar itu kabelnya putus, besok diganti",
    "lampu pju dkt pos ronda sdh kami cek pak, bohlamnya yg rusak, besok diganti",
    "Untuk PJU Jl. Mawar, tim listrik sudah cek, panelnya kena air hujan",
])
def test_news_of_the_other_complaint_is_not_more_of_the_tl(people, world, typed):
    road_answered(people)
    reply = people["pupr"].says(typed)
    assert "lanjutan TL LPR-1" not in reply and "TL LPR-1" not in reply, reply
    people["pupr"].says("YA")
    assert follow_ups(people["citizen"]) == ["Tindak lanjut LPR-1 dari Dinas Pekerjaan Umum dan Penataan Ruang:\n"
                                             "tim sudah survei ke lokasi tadi pagi"]


@pytest.mark.parametrize("typed", [
    "lubang di jl melati sudah kami ukur, penambalan hari kamis",
    "Penambalan dijadwalkan hari Kamis setelah material aspal datang",
    "jalan tsb akan ditambal hari kamis, warga sekitar sudah kami beri tahu",
    "sudah kami koordinasikan dengan pak Eko dari bidang jalan, besok mulai dikerjakan",
    "anggaran perbaikan belum turun, masih menunggu APBD perubahan",
    "mohon bersabar, material aspal sedang dipesan",
    "kedalaman lubangnya sekitar 20 cm, lebarnya 1 meter",
])
def test_news_of_the_same_complaint_is_still_more_of_the_tl(people, world, typed):
    road_answered(people)
    reply = people["pupr"].says(typed)
    assert "lanjutan TL LPR-1" in reply, reply


# M4: words to the office after a TL are never offered to the citizen.
@pytest.mark.parametrize("typed", [
    "Pak Eko tolong nanti siang ambilkan berkas di kantor camat ya",
    "dewi, tlg bawain map laporan ke ruang kabid ya",
    "tolong ambilkan kunci mobil dinas di meja saya",
    "mas eko tolong siapkan surat tugas buat tim besok",
    "anggaran perbaikan belum turun, nunggu APBD perubahan, jangan disampaikan ke warga dulu",
    "material blm datang pak, tp jgn diteruskan ke pelapor ya",
    "kontraktornya blm dibayar, gak usah dikabarin ke warga",
    "mohon maaf saya sedang rapat, nanti saya kabari",
    "sy lagi di jalan pak, nanti sy update",
    "maaf bu sy sdg dinas luar, besok sy kabari lagi",
    "lagi nyetir, nanti saya info ya",
])
def test_office_talk_after_a_tl_is_never_offered_to_the_citizen(people, world, typed):
    road_answered(people)
    reply = people["pupr"].says(typed)
    assert "lanjutan TL" not in reply and "kemajuan (TL)" not in reply and "Laporan yang mana" not in reply, reply
    people["pupr"].says("YA")
    assert len(follow_ups(people["citizen"])) == 1 and follow_ups(people["citizen2"]) == []


def test_news_kept_from_the_citizen_is_said_so(people, world):
    road_answered(people)
    reply = people["pupr"].says("anggaran belum turun, jangan disampaikan ke warga dulu")
    assert "tidak diteruskan ke pelapor" in reply, reply


# M5: the complaint the TL went to was taken back; the officer's one open complaint is another.
@walked_once
def road_taken_back(people) -> None:
    road_answered(people)
    people["verifier"].says("TARIK LPR-1 ke DLH")


@pytest.mark.parametrize("typed", [
    "lubangnya ukuran 2 x 1 meter, penambalan dijadwalkan hari kamis",
    "penambalan dijadwalkan hari kamis, material sudah siap",
    "ukurannya 2x1 m, dalamnya 20 cm, besok kami tambal",
    "sudah kami tambal sementara pakai sirtu",
])
def test_more_of_a_tl_taken_back_goes_to_no_other_complaint(people, world, typed):
    road_taken_back(people)
    reply = people["pupr"].says(typed)
    assert "LPR-2" not in reply and "ditarik" in reply, reply
    people["pupr"].says("YA")
    assert follow_ups(people["citizen2"]) == []


def test_news_of_the_one_left_after_a_take_back_is_offered_for_it(people, world):
    road_taken_back(people)
    reply = people["pupr"].says("lampu pju di jl mawar sudah kami cek, kabelnya putus dan akan diganti besok")
    assert "(TL) LPR-2" in reply, reply


# Low: "Laporan yang mana?" answered with a no is dropped kindly.
@pytest.mark.parametrize("no", ["TIDAK", "tidak pak", "gak jadi", "batal", "ga jadi deh", "nggak usah"])
def test_which_one_answered_no_is_dropped(people, world, no):
    road_answered(people)
    asked = people["pupr"].says("ternyata itu jalan provinsi, bukan wewenang kami")
    assert "Laporan yang mana" in asked, asked
    reply = people["pupr"].says(no)
    assert "Perintah tidak dikenali" not in reply and "Baik" in reply, reply
    assert "KEMBALIKAN" not in people["pupr"].says("1"), "the question is forgotten"


@pytest.mark.parametrize("typed", ["mohon maaf saya sedang rapat, nanti saya kabari",
                                   "sy lagi di jalan pak, nanti sy update", "lagi nyetir bu, nanti saya info ya"])
def test_the_officers_own_time_is_answered_kindly(people, world, typed):
    road_answered(people)
    reply = people["pupr"].says(typed)
    assert "Tidak ada yang dikirim ke pelapor" in reply and "TL LPR-1 <kemajuan>" in reply, reply


@pytest.mark.parametrize("typed", ["tim sedang rapat koordinasi dengan kecamatan soal jadwal penambalan",
                                   "sy sudah di lokasi, lubangnya sedang kami ukur"])
def test_the_teams_meeting_on_the_work_is_no_own_time(people, world, typed):
    road_answered(people)
    reply = people["pupr"].says(typed)
    assert "Tidak ada yang dikirim ke pelapor" not in reply and "lanjutan TL LPR-1" in reply, reply


@pytest.mark.parametrize("typed", ["lampunya yg di jl mawar besok kami ganti", "tolong ambilkan kunci mobil dinas ya"])
def test_a_bubble_of_another_complaint_is_not_joined_to_the_question_asked(people, world, typed):
    road_answered(people)
    asked = people["pupr"].says("jalan melati lubangnya 3 titik, paling dalam 20 cm")
    assert "lanjutan TL LPR-1" in asked, asked
    reply = people["pupr"].says(typed)
    assert "(TL) LPR-1?" not in reply and "lanjutan TL LPR-1" not in reply, reply
