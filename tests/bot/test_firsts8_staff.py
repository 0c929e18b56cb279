"""Staff journeys met end to end with `flask chat --local` (firsts8): ten new staff members in their own words, a
new PUPR officer who types full sentences, an officer answering over three bubbles, leave handed over, a head
reminded, a supervisor on a weekend, a busy verifier, references typed oddly (the accused head's tests are in
tests/faults/test_accused_staff.py)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.commands import find_leave
from bot.staff.aside import files_as_citizen
from tests.parties import file, make_people, walked_once


@pytest.fixture
def people(world):
    return make_people(world)


def working_day(day: date) -> bool:
    return day.weekday() < 5


MONDAY = date(2026, 12, 7)


# A weekday written with its date ("senin tanggal 14", "jumat, 18 des") is one day: the span was read as Monday the
# 14th alone, the weekday and its date taken as two days and the real last day dropped.
@pytest.mark.parametrize("typed,first,last", [
    ("Saya cuti mulai senin tanggal 14 sampai jumat 18 desember", date(2026, 12, 14), date(2026, 12, 18)),
    ("cuti senin, 14 des s/d jumat, 18 des", date(2026, 12, 14), date(2026, 12, 18)),
    ("cuti dari hari senin tgl 14 sampai hari jumat tgl 18", date(2026, 12, 14), date(2026, 12, 18)),
    ("izin senin 14/12 - rabu 16/12", date(2026, 12, 14), date(2026, 12, 16)),
    ("cuti sampai jumat 18 des", None, date(2026, 12, 18)),
    ("izin kamis 10 des", date(2026, 12, 10), None),
    ("mulai Selasa, 15 Desember 2026 saya cuti sampai Kamis, 17 Desember 2026", date(2026, 12, 15),
     date(2026, 12, 17)),
])
def test_a_weekday_with_its_date_is_one_day(typed, first, last):
    found = find_leave(typed, MONDAY, working_day)[:2]
    assert found == (first, last) or (last is None and found == (first, first)), found


@pytest.mark.parametrize("typed,first,last", [
    ("cuti senin 3 hari", date(2026, 12, 14), date(2026, 12, 16)),  # a length after a weekday counts from it
    ("izin senin sampai rabu", date(2026, 12, 14), date(2026, 12, 16)),
    ("cuti jumat", date(2026, 12, 11), date(2026, 12, 11)),
])
def test_weekdays_without_a_date_are_read_as_before(typed, first, last):
    assert find_leave(typed, MONDAY, working_day)[:2] == (first, last)


# "ke warga" is who gets the answer, "dari warga" where the news came from: no filing as a citizen.
@pytest.mark.parametrize("typed", [
    "Apakah laporan saya sudah terkirim ke warga?",
    "laporan sdh sampai ke warga blm?",
    "ada laporan dari warga?",
    "aduan dr masyarakat sdh masuk?",
    "laporan saya sudah diterima warga?",
    "tl saya udh sampai ke masyarakat blm",
])
def test_the_citizen_as_recipient_or_source_is_no_filing(typed):
    assert not files_as_citizen(typed)


@pytest.mark.parametrize("typed", ["ADUAN WARGA", "lapor sebagai warga", "aduan pribadi", "mau lapor sbg warga",
                                   "sy mau ngadu sebagai masyarakat umum"])
def test_filing_as_a_citizen_is_still_read(typed):
    assert files_as_citizen(typed)


def test_a_new_officer_asking_whether_the_citizen_got_it_is_not_asked_for_a_complaint_kind(people, world):
    file(people["citizen"])
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    reply = people["dlh1"].says("Apakah laporan saya sudah terkirim ke warga?")
    assert "Jenis laporan Anda" not in reply, reply


# A new officer on the first day, in full sentences: who they are, and how to answer, get the help of their role.
@pytest.mark.parametrize("typed", [
    "Selamat pagi, saya Andi petugas penghubung baru dari Dinas PUPR. Saya harus bagaimana ya?",
    "saya dewi, petugas penghubung baru di DLH",
    "sy eko admin pengaduan baru pak",
    "Assalamualaikum, saya Rudi operator penghubung baru, mohon arahannya",
])
def test_a_new_officer_introducing_themselves_gets_the_help(people, world, typed):
    reply = people["dlh1"].says(typed)
    assert "TL LPR-" in reply and "tidak dikenali" not in reply, reply


@pytest.mark.parametrize("typed", [
    "Saya sudah menerima pesan tentang laporan jalan berlubang, bagaimana cara saya membalasnya ke warga?",
    "Bagaimana cara melihat semua laporan yang harus saya tangani?",
    "mohon maaf pak, saya belum paham cara menjawab laporan yang masuk ke nomor ini",
    "gimana caranya kirim jawaban ke pelapor ya pak?",
    "cara balas laporan warga gmn ya bu, sy baru pertama kali pakai",
])
def test_how_to_answer_asked_in_a_long_sentence_gets_the_help(people, world, typed):
    reply = people["dlh1"].says(typed)
    assert "TL LPR-" in reply and "tidak dikenali" not in reply and "Jenis laporan" not in reply, reply


@pytest.mark.parametrize("typed", [
    "lpr 1 caranya kami keruk dulu salurannya, besok diangkut",  # the work's way, told: never the help
])
def test_the_way_the_work_is_done_is_no_question_of_how(people, world, typed):
    file(people["citizen"])
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    reply = people["dlh1"].says(typed)
    assert "Balas dengan salah satu perintah" not in reply, reply


# An answer split over bubbles: the next bubbles after a TL, with no reference, are offered as more of it for the
# same complaint (they got "Perintah tidak dikenali" or "Laporan yang mana?" and never reached the citizen).
TL_FIRST = "TL LPR-1 Tim kami sudah turun ke lokasi pagi ini dan melakukan pengukuran."


@walked_once
def two_at_dlh_one_answered(people) -> None:
    """LPR-1 and LPR-2 forwarded to DLH; Dewi's TL on LPR-1 just sent."""
    file(people["citizen"])
    file(people["citizen2"])
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["verifier"].says("TERUSKAN LPR-2 DLH")
    people["dlh1"].says(TL_FIRST)
MORE_BUBBLES = [
    "Lubang berukuran sekitar 2 x 1 meter dengan kedalaman 20 cm, penyebabnya saluran air yang tersumbat.",
    "Penambalan dijadwalkan hari Kamis setelah saluran dibersihkan, rambu sementara sudah dipasang.",
    "sampahnya ternyata dari pedagang pasar, nanti kami koordinasikan dengan pengelola pasar",
    "untuk sementara sudah kami pasang papan larangan buang sampah",
]


@pytest.mark.parametrize("more", MORE_BUBBLES)
def test_the_bubble_after_a_tl_is_offered_as_more_of_it(people, world, more):
    two_at_dlh_one_answered(people)
    reply = people["dlh1"].says(more)
    assert "lanjutan TL LPR-1" in reply and "Laporan yang mana" not in reply, reply
    people["dlh1"].says("YA")
    assert people["citizen"].last().body.endswith(more), people["citizen"].last().body


@pytest.mark.parametrize("more", [
    "ok pak siap", "terima kasih pak", "sudah sampai ke warga belum ya?", "maaf pak baru balas",
    "lpr 2 juga sudah kami cek lokasinya kemarin sore",
])
def test_talk_after_a_tl_is_not_offered_as_more_of_it(people, world, more):
    two_at_dlh_one_answered(people)
    reply = people["dlh1"].says(more)
    assert "lanjutan TL" not in reply, reply


def test_a_bubble_long_after_the_tl_is_not_more_of_it(people, world, clock):
    two_at_dlh_one_answered(people)
    clock.advance(hours=2)
    reply = people["dlh1"].says(MORE_BUBBLES[1])
    assert "lanjutan TL" not in reply, reply


# A supervisor on a Saturday asking how many are still open "up to today": not the complaints that came in today.
@pytest.mark.parametrize("typed", [
    "berapa laporan yang belum selesai sampai hari ini?",
    "sampai saat ini masih berapa aduan yang belum beres?",
    "per hari ini sisa berapa laporan yg blm selesai bu",
])
def test_how_many_still_open_up_to_today_is_not_todays_arrivals(people, world, typed):
    file(people["citizen"])
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    reply = people["supervisor"].says(typed)
    assert "Tidak ada laporan masuk hari ini" not in reply and "DLH: 1 terbuka" in reply, reply


def test_the_complaints_that_came_in_today_are_still_asked_so(people, world):
    file(people["citizen"])
    reply = people["supervisor"].says("laporan hari ini ada berapa?")
    assert "LPR-1" in reply or "hari ini" in reply, reply


# A reference said as an ordinal ("laporan ke-3", "aduan ke 3", "no. ke-3"): LPR-3, as "laporan 3" is.
@pytest.mark.parametrize("typed,number", [
    ("laporan ke-3 pekerja sudah di lokasi", 3), ("Laporan ke 3: pekerja sudah di lokasi", 3),
    ("aduan ke-12 sudah kami cek", 12), ("lap ke3 sudah kami cek", 3),
])
def test_a_reference_said_as_an_ordinal(typed, number):
    from lapor.references import marked_reference, numbers_named, split_reference

    assert split_reference(marked_reference(typed))[0] == number
    assert numbers_named(typed) == [number]


@pytest.mark.parametrize("typed", ["laporan ke-3 kalinya warga mengeluh", "laporan ke 2 hari lalu", "ke 3 lokasi"])
def test_an_ordinal_that_counts_is_no_reference(typed):
    from lapor.references import marked_reference, split_reference

    assert split_reference(marked_reference(typed), bare=False)[0] is None


def test_tl_with_an_ordinal_reference_reaches_that_complaint(people, world):
    file(people["citizen"])
    file(people["citizen2"])
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["verifier"].says("TERUSKAN LPR-2 DLH")
    reply = people["dlh1"].says("TL laporan ke-2 petugas kebersihan sudah di lokasi")
    assert "Tindak lanjut LPR-2 tercatat" in reply, reply


# An emergency told as the story at the kind question ("1", then "pohon tumbang … ada orang terjepit"): the numbers,
# and the story kept as the kind question keeps any story (it was dropped, and the verifier never got the complaint).
@pytest.mark.parametrize("story", [
    "pohon tumbang menimpa kabel listrik di jalan melati, kabel terbakar dan ada orang terjepit, tolong segera",
    "tolong ada kebakaran di pasar Srimangunan sekarang, apinya masih besar 🔥",
])
def test_an_emergency_story_at_the_kind_question_is_kept(people, world, story):
    citizen = people["citizen"]
    citizen.says("halo")
    citizen.says("1")
    reply = citizen.says(story)
    assert reply.startswith("Bila ini keadaan darurat") and "112" in reply, reply
    assert story.split(",")[0].lower() in (citizen.draft().get("description") or "").lower(), citizen.draft()


# An answer that opens with a greeting to the citizen: what is relayed starts as a sentence does, never "terima kasih
# …" in lower case after the greeting was taken off.
@pytest.mark.parametrize("typed,relayed", [
    ("TL LPR-1 Selamat siang Bapak/Ibu, terima kasih atas laporannya. Tim kami sudah turun ke lokasi.",
     "Terima kasih atas laporannya. Tim kami sudah turun ke lokasi."),
    ("TL LPR-1 Assalamualaikum, mohon maaf atas ketidaknyamanannya, petugas sudah kami jadwalkan besok",
     "Mohon maaf atas ketidaknyamanannya, petugas sudah kami jadwalkan besok"),
])
def test_a_greeting_taken_off_leaves_a_sentence(people, world, typed, relayed):
    file(people["citizen"])
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says(typed)
    body = people["citizen"].last().body.rstrip(".")
    assert body.endswith(relayed.rstrip(".")) or body.endswith(typed.split(" ", 2)[2].rstrip(".")), body


@walked_once
def rubbish_and_road_at_dlh(people) -> None:
    """LPR-1 the market's rubbish, LPR-2 a broken road in front of SDN 2, both at DLH."""
    file(people["citizen"])
    people["citizen2"].file(place="Jl. Raya Banyuanyar, Kec. Sampang")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["verifier"].says("TERUSKAN LPR-2 DLH")


# Progress told of one of several by the words of its description ("untuk laporan jalan rusak depan SDN tersebut tim
# kami …"): offered for that one, as work said done is; it got "Laporan yang mana?" with all of them.
@pytest.mark.parametrize("typed,number", [
    ("Baik, untuk laporan jalan rusak di depan SDN tersebut tim kami akan melakukan pengecekan besok pagi", 2),
    ("yg sampah di TPS pasar srimangunan sudah kami jadwalkan angkut besok pagi", 1),
])
def test_progress_naming_one_by_its_description_is_offered_for_it(people, world, typed, number):
    rubbish_and_road_at_dlh(people)
    reply = people["dlh1"].says(typed)
    assert f"Catat sebagai kemajuan (TL) LPR-{number}?" in reply and "Laporan yang mana" not in reply, reply


@pytest.mark.parametrize("typed", ["tim kami akan melakukan pengecekan besok pagi",
                                   "jalan ke lokasi macet, tim kami akan tiba sore nanti"])
def test_progress_naming_none_still_asks_which(people, world, typed):
    rubbish_and_road_at_dlh(people)
    reply = people["dlh1"].says(typed)
    assert "Laporan yang mana" in reply, reply


# A supervisor asks for the figures in a long sentence of their own ("Saya mau tahu ada berapa total pengaduan yang
# masuk bulan ini dan berapa yang sudah selesai"): the period's REKAP, not "Perintah tidak dikenali".
@pytest.mark.parametrize("typed", [
    "Selamat malam. Saya mau tahu ada berapa total pengaduan yang masuk bulan ini dan berapa yang sudah selesai",
    "bu, tolong sampaikan ke saya jumlah laporan minggu ini, berapa yang masuk dan berapa yang sudah dijawab",
    "Assalamualaikum, mohon info jumlah aduan masyarakat bulan ini berapa ya, sekalian yang sudah tuntas",
])
def test_a_supervisor_asking_for_figures_in_a_long_sentence_gets_the_periods_summary(people, world, typed):
    file(people["citizen"])
    reply = people["supervisor"].says(typed)
    assert reply.startswith("Rekap daerah") and "tidak dikenali" not in reply, reply


@pytest.mark.parametrize("typed", [
    "berapa lama biasanya laporan bulan ini diproses sampai ada pengerjaan di lapangan oleh dinas terkait",
])
def test_a_long_sentence_without_a_count_is_no_summary(people, world, typed):
    reply = people["supervisor"].says(typed)
    assert not reply.startswith("Rekap daerah"), reply


# "not ours" said of one of several by its description: asked to return that one, not "Laporan yang mana?"
def test_not_ours_naming_one_by_its_description_asks_to_return_it(people, world):
    rubbish_and_road_at_dlh(people)
    reply = people["dlh1"].says("mohon maaf pak, laporan jalan rusak depan SDN itu ruas jalan provinsi, bukan "
                                "kewenangan kami")
    assert "Kembalikan LPR-2 ke verifikator" in reply and "Laporan yang mana" not in reply, reply


# Figures asked "per OPD" ("tolong kirimkan data per OPD", "jumlah laporan per dinas bulan ini"): each agency's count.
@pytest.mark.parametrize("typed", ["tolong kirimkan data per OPD", "jumlah laporan per dinas bulan ini",
                                   "minta angka aduan per instansi dong", "brp laporan per skpd?"])
def test_figures_per_agency_are_each_agencys_count(people, world, typed):
    file(people["citizen"])
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    reply = people["supervisor"].says(typed)
    assert "per instansi" in reply and "DLH 1" in reply, reply


@pytest.mark.parametrize("typed", ["tolong kirimkan data pelapor lpr 1", "sampah per rt sudah diangkut"])
def test_other_per_words_are_no_count_per_agency(people, world, typed):
    file(people["citizen"])
    reply = people["supervisor"].says(typed)
    assert "per instansi" not in reply, reply
