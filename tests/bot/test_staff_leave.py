"""Leave typed as a span ("izin besok sampai jumat", "cuti mulai senin sampai rabu"): its last day is the later
date, never the first one named; leave that starts later is recorded from its first day (the officer is at work
until then), and can be called off before it starts."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.commands import find_leave
from bot.staff import read_command
from models import Contact, StaffLeave
from services import services
from tests.parties import DLH_1, DLH_2, DLH_HEAD, Party, file, make_people

JAKARTA = ZoneInfo("Asia/Jakarta")


@pytest.fixture
def people(world, clock):
    clock.now = datetime(2026, 12, 7, 9, 0, tzinfo=JAKARTA)  # Monday
    return make_people(world)


def leave_of(world, phone=DLH_1) -> tuple[str | None, str | None]:
    """The first day of the officer's leave recorded ahead (None: none ahead) and the day they are back."""
    with services(world).session_factory() as session:
        person = session.scalars(select(Contact).where(Contact.phone == phone)).one()
        return tuple(f"{day.astimezone(JAKARTA):%Y-%m-%d}" if day else None
                     for day in (person.away_from, person.away_until))


def back_on(world, phone=DLH_1) -> str:
    return leave_of(world, phone)[1]


def kind_said(typed: str) -> str:
    """The kind of absence recorded: izin when said without cuti ("izin besok"), else cuti."""
    said = set(typed.lower().replace(",", " ").split())
    return "izin" if said & {"izin", "ijin"} and "cuti" not in said else "cuti"


@pytest.mark.parametrize("typed,span,first,back", [
    ("izin besok sampai jumat", "mulai Selasa, 8 Des 2026 sampai 11 Des 2026", "2026-12-08", "2026-12-14"),
    ("cuti mulai rabu sampai senin", "mulai Rabu, 9 Des 2026 sampai 14 Des 2026", "2026-12-09", "2026-12-15"),
    ("cuti mulai senin depan sampai jumat", "mulai Senin, 14 Des 2026 sampai 18 Des 2026", "2026-12-14",
     "2026-12-21"),
    ("izin tgl 20-22 des", "mulai Minggu, 20 Des 2026 sampai 22 Des 2026", "2026-12-20", "2026-12-23"),
    ("Mohon izin, cuti tgl 14 s.d 16 desember 2026", "mulai Senin, 14 Des 2026 sampai 16 Des 2026", "2026-12-14",
     "2026-12-17"),
    ("besok sy cuti 3 hari", "mulai Selasa, 8 Des 2026 sampai 10 Des 2026", "2026-12-08", "2026-12-11"),
    ("mulai 21 des saya cuti selama seminggu", "mulai Senin, 21 Des 2026 sampai 27 Des 2026", "2026-12-21",
     "2026-12-28"),
    ("cuti minggu depan", "mulai Senin, 14 Des 2026 sampai 18 Des 2026", "2026-12-14", "2026-12-21"),
    ("sy izin tdk masuk besok", "pada Selasa, 8 Des 2026", "2026-12-08", "2026-12-09"),
    ("nyuwun sewu, benjing kulo mboten mlebet, wonten acara keluarga", "pada Selasa, 8 Des 2026", "2026-12-08",
     "2026-12-09"),
    ("punten pak, abdi isukan teu tiasa lebet, aya kaperluan kulawarga", "pada Selasa, 8 Des 2026", "2026-12-08",
     "2026-12-09"),
    ("sy besok ga bisa masuk pak, anak sakit", "pada Selasa, 8 Des 2026", "2026-12-08", "2026-12-09"),
    ("Pak, kulo nyuwun izin sesuk mboten mlebu nggih", "pada Selasa, 8 Des 2026", "2026-12-08", "2026-12-09"),
    ("ijin cuti jumat ini, ada hajatan", "pada Jumat, 11 Des 2026", "2026-12-11", "2026-12-14"),
    ("Selamat pagi, mohon izin pak, sy cuti mulai besok sampai jumat krn ada acara keluarga",
     "mulai Selasa, 8 Des 2026 sampai 11 Des 2026", "2026-12-08", "2026-12-14"),
])
def test_leave_that_starts_later_is_recorded_from_its_first_day(people, world, typed, span, first, back):
    reply = people["dlh1"].says(typed)
    assert f"dicatat {kind_said(typed)} {span}" in reply, reply
    assert "CUTI SAYA BATAL" in reply and "tetap ke nomornya" in reply
    assert leave_of(world) == (first, back)


HOLIDAYS = {date(2026, 12, 24), date(2026, 12, 25)}  # cuti bersama and Christmas


def working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in HOLIDAYS


@pytest.mark.parametrize("typed,today,first,last", [
    # "besok" on a Saturday, or the day before a holiday, is the next working day: nobody takes leave on a day off
    ("izin besok", date(2026, 12, 12), date(2026, 12, 14), date(2026, 12, 14)),
    ("sy izin besok", date(2026, 12, 12), date(2026, 12, 14), date(2026, 12, 14)),
    ("bsk sy ga masuk", date(2026, 12, 12), date(2026, 12, 14), date(2026, 12, 14)),
    ("izin besok", date(2026, 12, 23), date(2026, 12, 28), date(2026, 12, 28)),
    ("cuti lusa", date(2026, 12, 11), date(2026, 12, 14), date(2026, 12, 14)),   # Friday: Sunday is Monday
    ("izin besok sampai rabu", date(2026, 12, 12), date(2026, 12, 14), date(2026, 12, 16)),
    ("besok sy cuti 2 hari", date(2026, 12, 12), date(2026, 12, 14), date(2026, 12, 15)),
    ("izin besok", date(2026, 12, 8), date(2026, 12, 9), date(2026, 12, 9)),      # a Tuesday: Wednesday
    ("cuti sampai besok", date(2026, 12, 11), None, date(2026, 12, 12)),          # a last day stays as typed
    ("izin hari ini", date(2026, 12, 12), None, date(2026, 12, 12)),              # today is today
])
def test_leave_said_for_tomorrow_before_a_day_off_is_the_next_working_day(typed, today, first, last):
    assert find_leave(typed, today, working_day)[:2] == (first, last)


@pytest.mark.parametrize("typed,leave", [
    ("sy izin besok pak", True), ("saya izin besok ya pak", True), ("aku ijin sakit hari ini", True),
    ("sy mohon izin tgl 20", True), ("sy izin pak, besok tdk masuk", True),
    ("sy izin lapor, besok tim ke lokasi", False), ("saya izin melaporkan besok tim ke lokasi", False),
    # the day before "izin" ("sy besok ijin, anak sakit"), not before "izin lapor" (courtesy before a report)
    ("sy besok ijin, anak sakit", True), ("besok sy izin ya pak", True), ("besok ijin pak 🙏", True),
    ("sy tgl 20 izin, ada hajatan", True), ("besok izin lapor hasil survei pak", False),
    ("besok ijin menyampaikan progres lpr 1", False),
])
def test_izin_said_of_oneself_before_a_day_is_leave(typed, leave):
    assert (read_command(typed)[0] == "CUTI") is leave


def test_izin_besok_on_a_saturday_says_the_monday(people, world, clock):
    clock.now = datetime(2026, 12, 12, 10, 0, tzinfo=JAKARTA)  # Saturday
    reply = people["dlh1"].says("sy izin besok pak")
    assert "dicatat izin pada Senin, 14 Des 2026" in reply, reply
    assert leave_of(world) == ("2026-12-14", "2026-12-15")


@pytest.mark.parametrize("typed", ["cuti tgl 7 s/d 10 des", "cuti hari ini sampai rabu", "izin saya 2 hari"])
def test_leave_from_today_says_nothing_of_its_start(people, world, typed):
    reply = people["dlh1"].says(typed)
    assert f"dicatat {kind_said(typed)} sampai" in reply and "mulai" not in reply
    assert leave_of(world)[0] is None


def test_leave_with_only_a_first_day_asks_for_the_last(people, world):
    reply = people["dlh1"].says("sy mau cuti mulai senin")
    assert "mulai Senin, 14 Des 2026 sampai tanggal berapa?" in reply and "14/12/2026 s/d 18/12/2026" in reply
    assert leave_of(world) == (None, None)


@pytest.mark.parametrize("typed", ["CUTI saya BATAL", "tidak jadi cuti", "batal cuti pak", "cuti saya dibatalkan",
                                   "gak jadi cuti tgl 14 bu", "CUTI SELESAI"])
def test_leave_recorded_ahead_is_called_off_before_it_starts(people, world, typed):
    people["dlh1"].says("cuti mulai senin depan sampai jumat")
    reply = people["dlh1"].says(typed)
    assert "Cuti Dewi yang mulai Senin, 14 Des 2026 dibatalkan" in reply, reply
    assert leave_of(world) == (None, None)


def test_calling_off_leave_nobody_recorded_says_so(people, world):
    assert "tidak sedang cuti dan tidak ada cuti yang dijadwalkan" in people["dlh1"].says("tidak jadi cuti")


def test_a_head_sees_leave_ahead_in_the_roster_and_calls_it_off(people, world):
    assert "dicatat cuti mulai Senin, 14 Des 2026" in people["head"].says("cuti dewi mulai senin depan s/d rabu")
    roster = people["head"].says("CUTI Budi 20/12/2026")  # nobody of DLH: the roster
    assert "Dewi – 0811-0000-0020 (cuti mulai Senin, 14 Des 2026, aktif lagi Kamis, 17 Des 2026)" in roster
    assert "dibatalkan" in people["head"].says("cuti dewi batal")
    assert leave_of(world) == (None, None)


@pytest.mark.parametrize("typed", ["cuti mulai besok sampai jumat, eko yg handle",
                                   "izin besok s/d jumat ya, sementara yang pegang eko",
                                   "cuti besok sampai jumat, diganti eko dulu"])
def test_a_head_naming_who_stands_in_records_their_own_leave_not_the_colleagues(people, world, typed):
    from tests.parties import DLH_HEAD
    reply = people["head"].says(typed)
    assert f"Yusuf dicatat {kind_said(typed)}" in reply, reply
    assert leave_of(world, DLH_2) == (None, None) and leave_of(world, DLH_HEAD)[1] == "2026-12-14"


@pytest.mark.parametrize("typed", ["sy sudah masuk kembali pak", "Selamat pagi, hari ini saya sudah aktif lagi 🙏"])
def test_an_officer_on_leave_saying_they_are_back_ends_it(people, world, typed):
    people["dlh1"].says("cuti sampai jumat")
    assert "dicatat aktif lagi" in people["dlh1"].says(typed)
    assert leave_of(world) == (None, None)


@pytest.mark.parametrize("typed,said", [("TL LPR-1 truk sudah berangkat ke lokasi", "Tindak lanjut LPR-1 tercatat"),
                                        ("SELESAI LPR-1 sampah sudah diangkut semua", "Jawaban akhir LPR-1 tercatat")])
def test_work_sent_on_leave_is_recorded_and_the_officer_is_asked_whether_they_are_back(people, world, typed, said):
    file(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says("cuti sampai jumat")
    reply = people["dlh1"].says(typed)
    assert said in reply  # real work: the citizen hears it
    assert "masih tercatat cuti" in reply and "aktif lagi Senin, 14 Des 2026" in reply and "YA" in reply
    assert leave_of(world)[1] == "2026-12-14"  # one TL from home is no return to work
    assert "dicatat aktif lagi" in people["dlh1"].says("ya")
    assert leave_of(world) == (None, None)


def test_work_sent_on_leave_answered_no_keeps_the_leave(people, world):
    file(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says("cuti sampai jumat")
    people["dlh1"].says("TL LPR-1 truk sudah berangkat ke lokasi")
    assert "tetap" in people["dlh1"].says("tidak, masih cuti")
    assert leave_of(world)[1] == "2026-12-14"


def test_an_officer_at_work_saying_sudah_masuk_is_not_leave(people, world):
    assert "dicatat aktif lagi" not in people["dlh1"].says("sudah masuk pak")


def leaves_of(world, phone=DLH_1) -> list[tuple[str, str]]:
    """Every leave of the person not called off: its first day and the day they are back."""
    with services(world).session_factory() as session:
        rows = session.execute(select(StaffLeave.starts_at, StaffLeave.until).join(
            Contact, Contact.id == StaffLeave.contact_id).where(
            Contact.phone == phone, StaffLeave.cancelled_at.is_(None)).order_by(StaffLeave.starts_at)).all()
        return [tuple(f"{day.astimezone(JAKARTA):%Y-%m-%d}" for day in row) for row in rows]


@pytest.mark.parametrize("first,second,kept", [
    ("CUTI Dewi tgl 21 s.d. 24 Desember", "izin pak, sy ada diklat di provinsi tgl 15-17 des",
     "Cuti mulai Senin, 21 Des 2026, aktif lagi Senin, 28 Des 2026 tetap tercatat."),
    ("CUTI Dewi tgl 21 s.d. 24 Desember", "sy izin besok pak 🙏", "Cuti mulai Senin, 21 Des 2026"),
    ("CUTI Dewi besok", "CUTI DEWI 24-31 DES", "Cuti mulai Selasa, 8 Des 2026, aktif lagi Rabu, 9 Des 2026 tetap"),
])
def test_a_second_leave_apart_from_the_first_is_kept_with_it(people, world, first, second, kept):
    people["head"].says(first)
    before = leaves_of(world)
    reply = people["head" if second.startswith("CUTI") else "dlh1"].says(second)
    assert kept in reply and "Balas YA" not in reply and "diganti" not in reply, reply
    assert len(leaves_of(world)) == 2 and set(before) < set(leaves_of(world))
    assert leave_of(world) == min(leaves_of(world))  # the contact holds the next one


def test_leave_under_way_and_a_later_one_are_both_kept(people, world):
    people["dlh1"].says("cuti sampai rabu")
    reply = people["dlh1"].says("cuti mulai 28 des sampai 30 des")
    assert "Cuti, aktif lagi Kamis, 10 Des 2026 tetap tercatat." in reply and "Balas YA" not in reply, reply
    assert leave_of(world) == (None, "2026-12-10")
    assert leaves_of(world)[1] == ("2026-12-28", "2026-12-31")
    assert "dicatat aktif lagi" in people["dlh1"].says("sy udh masuk")  # the one under way is called off
    assert leaves_of(world) == [("2026-12-28", "2026-12-31")] and leave_of(world) == ("2026-12-28", "2026-12-31")


@pytest.mark.parametrize("first,second,merged", [
    ("cuti sampai rabu", "cuti kamis jumat", (None, "2026-12-14")),                  # extended from Thursday on
    ("cuti tgl 14 s/d 16 des", "mohon izin, cuti 17-18 des", ("2026-12-14", "2026-12-21")),  # runs on
])
def test_leave_that_touches_the_recorded_one_joins_it(people, world, first, second, merged):
    people["dlh1"].says(first)
    reply = people["dlh1"].says(second)
    assert "digabung dengan cuti yang sudah tercatat" in reply and "Balas YA" not in reply, reply
    assert leave_of(world) == merged


@pytest.mark.parametrize("first,second,answer,merged", [
    ("cuti tgl 14 s/d 18 des", "izin tgl 10-15 des", "ya", ("2026-12-10", "2026-12-21")),  # begins earlier
    ("cuti tgl 8 s/d 11 des", "sy izin tgl 10 smp 15 des", "iya pak", ("2026-12-08", "2026-12-16")),
    ("CUTI TGL 14 S/D 16 DES", "ijin 15-18 des yah", "YA 🙏", ("2026-12-14", "2026-12-21")),
    ("cuti tgl 14 s/d 18 des", "izin tgl 10-15 des", "tdk", ("2026-12-14", "2026-12-21")),  # kept as it was
    ("cuti tgl 14 s/d 18 des", "izin smp 24 des", "ya", (None, "2026-12-28")),  # from now over leave ahead
])
def test_leave_that_overlaps_a_held_one_is_asked_about_and_joined_on_ya(people, world, first, second, answer,
                                                                        merged):
    people["dlh1"].says(first)
    held = leave_of(world)
    asked = people["dlh1"].says(second)
    assert "bertumpuk" in asked and "Balas YA" in asked and leave_of(world) == held, asked
    people["dlh1"].says(answer)
    assert leave_of(world) == merged and len(leaves_of(world)) == 1


@pytest.mark.parametrize("second,back", [("cuti sampai rabu ya pak", "2026-12-10"), ("sy cuti smp jumat", "2026-12-14"),
                                         ("CUTI SY SAMPAI SENIN", "2026-12-15")])
def test_leave_from_now_said_again_sets_its_return_without_asking(people, world, second, back):
    people["dlh1"].says("cuti sampai rabu")
    reply = people["dlh1"].says(second)
    assert "Balas YA" not in reply and "dicatat cuti" in reply, reply
    assert leaves_of(world) == [("2026-12-07", back)]


# The roster: who is on it, who is away, who stands in ---------------------------------------------------------

@pytest.mark.parametrize("who,typed", [
    ("head", "daftar petugas"),
    ("head", "siapa saja petugas kita pak?"),
    ("head", "minta list pegawai dlh"),
    ("head", "Siapa yg lg cuti hari ini?"),
    ("dlh2", "DAFTAR PETUGAS"),
    ("verifier", "daftar petugas DLH"),
    ("supervisor", "petugas dinas lingkungan hidup siapa aja"),
])
def test_the_roster_shows_each_officer_who_is_away_until_when_and_who_stands_in(people, world, who, typed):
    people["head"].says("cuti dewi sampai rabu")
    reply = people[who].says(typed)
    assert "Petugas DLH" in reply and "• Eko – 0811-0000-0022" in reply, reply
    assert "• Dewi – 0811-0000-0020 (cuti, aktif lagi Kamis, 10 Des 2026; digantikan Eko)" in reply
    assert "• Yusuf (kepala) – 0811-0000-0021" in reply and "Disposisi terbuka DLH (" not in reply
    assert ("CUTI" if who in ("head", "dlh2") else "DAFTAR DLH") in reply  # what to type next


def test_the_region_roster_lists_who_is_away_and_the_head_stands_in_when_nobody_is_left(people, world):
    people["head"].says("cuti dewi sampai rabu")
    people["head"].says("CUTI Eko 14/12 s/d 15/12")
    reply = people["verifier"].says("daftar petugas")
    assert "Dewi, DLH – cuti, aktif lagi Kamis, 10 Des 2026; digantikan Eko" in reply, reply
    assert "Eko, DLH – cuti mulai Senin, 14 Des 2026, aktif lagi Rabu, 16 Des 2026; digantikan Dewi" in reply
    assert "DAFTAR PETUGAS DLH" in reply
    assert "tetap tercatat" in people["head"].says("cuti eko sampai rabu")  # apart from his leave ahead: kept
    # both away now: the head reads their dispositions
    assert "digantikan kepala Yusuf" in people["head"].says("daftar petugas")


@pytest.mark.parametrize("who,typed", [("head", "daftar petugas"), ("verifier", "DAFTAR PETUGAS"),
                                       ("dlh1", "cuti sy smp kapan ya?")])
def test_the_roster_lists_each_leave_a_person_holds(people, world, who, typed):
    people["head"].says("cuti dewi sampai rabu")
    people["head"].says("izin dewi 21-22 des")
    reply = people[who].says(typed)
    assert "aktif lagi Kamis, 10 Des 2026" in reply, reply
    assert "lalu izin mulai Senin, 21 Des 2026, aktif lagi Rabu, 23 Des 2026" in reply, reply


@pytest.mark.parametrize("typed", ["siapa yg cuti hari ini?", "petugas sdh ke lokasi tadi pagi pak",
                                   "besok tim tdk masuk lokasi krn hujan"])
def test_asking_who_is_away_or_naming_officers_in_a_report_records_no_leave(people, world, typed):
    people["dlh1"].says(typed)
    assert leave_of(world) == (None, None)


@pytest.mark.parametrize("typed", ["dewi sdh masuk lagi", "Bu Dewi sudah aktif kembali pak 🙏"])
def test_a_head_saying_an_officer_is_back_ends_their_leave(people, world, typed):
    people["head"].says("cuti dewi sampai rabu")
    assert "Dewi dicatat aktif lagi" in people["head"].says(typed)
    assert leave_of(world) == (None, None)


def test_a_head_saying_sy_after_courtesy_takes_leave_themselves(people, world):
    reply = people["head"].says("mohon izin, sy cuti besok s/d rabu, ada urusan keluarga")
    assert "Yusuf dicatat cuti mulai Selasa, 8 Des 2026 sampai 9 Des 2026" in reply, reply


@pytest.mark.parametrize("who,typed,shown", [
    ("dlh1", "pak, cuti saya tgl 15 itu maksudnya sampai tgl 15?", "Dewi: cuti, aktif lagi Rabu, 16 Des 2026"),
    ("dlh1", "cuti saya sampai kapan ya?", "Dewi: cuti, aktif lagi Rabu, 16 Des 2026"),
    ("head", "cuti dewi sudah tercatat?", "Dewi: cuti, aktif lagi Rabu, 16 Des 2026"),
    ("head", "cuti eko sampai kapan pak?", "Eko tidak sedang cuti"),
])
def test_a_question_about_recorded_leave_shows_it_and_changes_nothing(people, world, who, typed, shown):
    people["dlh1"].says("cuti tgl 15")
    reply = people[who].says(typed)
    assert shown in reply and "dicatat cuti" not in reply
    assert leave_of(world) == (None, "2026-12-16") and leave_of(world, DLH_2) == (None, None)


TO_15 = "Eko dicatat cuti sampai 15 Des 2026, aktif lagi Rabu, 16 Des 2026 (7 hari kerja dari hari ini)"


@pytest.mark.parametrize("typed,said,one_day", [
    ("cuti eko tgl 15", TO_15, True),
    ("cuti eko sampai tgl 15", TO_15, False),
    ("cuti eko besok", "Eko dicatat cuti pada Selasa, 8 Des 2026", False),
])
def test_leave_to_a_lone_date_says_how_long_it_is_and_how_to_make_it_that_day(people, world, typed, said, one_day):
    reply = people["head"].says(typed)
    assert said in reply
    assert ("Bila maksudnya hanya 15 Des 2026" in reply) is one_day
    if one_day:  # the two commands it shows make it that day alone
        for command in reply.rsplit(": ", 1)[1].split(", lalu "):
            people["head"].says(command)
        assert leave_of(world, DLH_2) == ("2026-12-15", "2026-12-16")


# Leave of a verifier or supervisor -----------------------------------------------------------------------------

def _second_verifier(world) -> Party:
    with services(world).session_factory.begin() as session:
        session.add(Contact(phone="+6281100000003", name="Lina", role="verifier"))
    return Party(world, "+6281100000003", "Lina")


def test_a_verifier_on_leave_leaves_new_complaints_and_answers_to_a_colleague_at_work(people, world):
    lina = _second_verifier(world)
    file(people["citizen"], photo=False)
    people["verifier"].says("TUNDA LPR-1 Di sisi mana pasarnya?")
    reply = people["verifier"].says("sy cuti sampai jumat")
    assert "Rina dicatat cuti sampai 11 Des 2026" in reply and "Tidak ada verifikator lain" not in reply
    before = len(people["verifier"].inbox())
    people["citizen"].says("Di sisi timur pasar, dekat parkiran")
    file(people["citizen2"], photo=False)
    assert people["verifier"].inbox()[before:] == []
    assert any("sisi timur" in m.body for m in lina.inbox()) and any("LPR-2" in m.body for m in lina.inbox())


def test_a_verifier_alone_on_leave_is_told_notices_still_come_and_gets_them(people, world):
    reply = people["verifier"].says("cuti sampai jumat")
    assert "dicatat cuti" in reply and "Tidak ada verifikator lain" in reply
    file(people["citizen"], photo=False)
    assert any("LPR-1" in m.body for m in people["verifier"].inbox())


@pytest.mark.parametrize("who,typed,said", [
    ("supervisor", "izin saya cuti tgl 9 s/d 11 des", "selama cuti dikirim ke pimpinan lain yang aktif"),
    ("verifier", "cuti dewi sampai jumat", "hanya dapat mencatat cutinya sendiri")])
def test_a_supervisor_records_their_own_leave_and_nobody_elses(people, world, who, typed, said):
    assert said in people[who].says(typed)
    assert leave_of(world) == (None, None)


def test_what_was_queued_for_a_verifier_going_on_leave_goes_to_a_colleague_at_work(people, world, clock):
    from bot.outbox import enqueue

    lina = _second_verifier(world)
    with services(world).session_factory.begin() as session:
        enqueue(session, people["verifier"].phone, "Pengingat verifikasi LPR-9", purpose="reminder",
                dedupe_key="rung:test:verifier", now=clock.now)
    people["verifier"].says("cuti sampai jumat")
    assert not any("LPR-9" in m.body for m in people["verifier"].inbox() if m.status == "sent")
    assert [m.body for m in lina.inbox()] == ["Pengingat verifikasi LPR-9"]


@pytest.mark.parametrize("typed,shown", [
    ("izin pak, sy dinas luar sampai rabu", "(dinas luar, aktif lagi Kamis, 10 Des 2026; digantikan Eko)"),
    ("sy DL s/d rabu ya pak", "(dinas luar, aktif lagi Kamis, 10 Des 2026; digantikan Eko)"),
    ("izin pak, besok sy diklat sampai rabu", "(diklat mulai Selasa, 8 Des 2026, aktif lagi Kamis, 10 Des 2026"),
    ("izin sakit sampai rabu pak", "(sakit, aktif lagi Kamis, 10 Des 2026; digantikan Eko)"),
    ("mohon izin, saya sakit, cuti sampai rabu", "(sakit, aktif lagi Kamis, 10 Des 2026; digantikan Eko)"),
    ("saya sakit pak hari ini sampai rabu", "(sakit, aktif lagi Kamis, 10 Des 2026; digantikan Eko)"),  # no "izin"
    ("Sy lg sakit, sampai rabu ya pak", "(sakit, aktif lagi Kamis, 10 Des 2026; digantikan Eko)"),
    ("mohon izin pak, hari ini sy sakit, sampai rabu", "(sakit, aktif lagi Kamis, 10 Des 2026; digantikan Eko)"),
    # "izin" said as the absence (no other kind): izin, not cuti
    ("sy izin besok ada urusan keluarga", "(izin mulai Selasa, 8 Des 2026, aktif lagi Rabu, 9 Des 2026"),
    ("Sy ijin bsk ya pak 🙏", "(izin mulai Selasa, 8 Des 2026, aktif lagi Rabu, 9 Des 2026"),
    ("IJIN tdk masuk besok pak", "(izin mulai Selasa, 8 Des 2026, aktif lagi Rabu, 9 Des 2026"),
    ("mohon izin pak, sy besok tidak masuk krn ada acara keluarga",
     "(izin mulai Selasa, 8 Des 2026, aktif lagi Rabu, 9 Des 2026"),
    ("izin sampai rabu pak, ada urusan keluarga", "(izin, aktif lagi Kamis, 10 Des 2026; digantikan Eko)"),
    ("izin besok s/d rabu", "(izin mulai Selasa, 8 Des 2026, aktif lagi Kamis, 10 Des 2026"),
    # near misses: someone else is ill, cuti said beside the courtesy "izin", or no kind said: cuti
    ("mohon izin pak, sy cuti sampai rabu", "(cuti, aktif lagi Kamis, 10 Des 2026; digantikan Eko)"),
    ("Izin ndan, cuti sampai rabu ada urusan keluarga", "(cuti, aktif lagi Kamis, 10 Des 2026; digantikan Eko)"),
    ("besok sy tdk masuk sampai rabu, ada acara keluarga", "(cuti mulai Selasa, 8 Des 2026, aktif lagi Kamis"),
    ("cuti sampai rabu pak, anak sakit", "(cuti, aktif lagi Kamis, 10 Des 2026; digantikan Eko)"),
    ("cuti sampai rabu", "(cuti, aktif lagi Kamis, 10 Des 2026; digantikan Eko)"),
])
def test_the_roster_says_the_kind_of_absence_the_officer_said(people, world, typed, shown):
    people["dlh1"].says(typed)
    assert shown in people["head"].says("daftar petugas")
    assert f"Dewi, DLH – {shown[1:].split(';')[0].rstrip(')')}" in people["verifier"].says("daftar petugas")


def test_handing_a_complaint_to_an_officer_away_says_their_kind_of_absence(people, world):
    people["dlh1"].says("izin pak, sy diklat sampai rabu")
    file(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert "Dewi sedang diklat, aktif lagi Kamis, 10 Des 2026" in people["head"].says("ALIHKAN LPR-1 Dewi")
    people["dlh1"].says("CUTI SAYA SELESAI")  # back: the kind goes with the leave
    people["head"].says("CUTI Dewi sampai rabu")
    assert "Dewi sedang cuti" in people["head"].says("ALIHKAN LPR-1 Dewi")


@pytest.mark.parametrize("typed", ["pelapornya sakit sampai rabu pak", "tim kami banyak yg sakit sampai rabu",
                                   "anak pelapor sakit, sampai rabu blm bisa dihubungi",
                                   "warga bilang anaknya sakit krn bau sampah sampai rabu",
                                   "anak sy sakit pak"])  # no day: nothing to record
def test_someone_else_ill_is_no_leave_of_the_typist(people, world, typed):
    people["dlh1"].says(typed)
    assert leave_of(world) == (None, None)


# Caring for one's own sick family ("anak sy sakit, sampai rabu"): leave, called izin (it is neither the typist's
# illness nor cuti), by an officer or a head alike.
@pytest.mark.parametrize("who,typed", [
    ("dlh1", "anak sy sakit, sampai rabu"), ("dlh1", "anak saya sakit hari ini sampai rabu"),
    ("dlh1", "mohon izin pak, hari ini anak sy sakit, sampai rabu di rumah sakit"),
    ("dlh1", "ISTRI SAYA DIRAWAT DI RS SAMPAI RABU"), ("dlh1", "ijin pak, anakku opname sampai rabu 🙏"),
    ("dlh1", "izin bu, ibu sy msh sakit, sy jaga sampai rabu"), ("head", "anak sy sakit, sampai rabu"),
    ("dlh1", "bpk sy sakit, sy pulkam smp rabu"), ("dlh1", "anakku demam pak, sampai rabu ga masuk"),
])
def test_caring_for_ones_sick_family_is_recorded_as_izin(people, world, who, typed):
    reply = people[who].says(typed)
    assert "dicatat izin sampai 9 Des 2026, aktif lagi Kamis, 10 Des 2026" in reply, reply
    assert back_on(world, DLH_1 if who == "dlh1" else DLH_HEAD) == "2026-12-10"


def test_mohon_izin_before_ones_own_illness_is_the_heads_own_leave(people, world):
    reply = people["head"].says("mhn izin sy sakit sampai rabu")
    assert "dicatat sakit sampai 9 Des 2026" in reply, reply
    assert back_on(world, DLH_HEAD) == "2026-12-10"


# A head's own leave with "sy" after the reason ("izin pak, ada urusan keluarga, besok sy tdk masuk"): theirs, not
# an officer named "ada"; a head naming an officer is still that officer's.
@pytest.mark.parametrize("typed,phone", [
    ("izin pak, ada urusan keluarga, besok sy tdk masuk", DLH_HEAD),
    ("mohon izin, ada acara keluarga jadi sy besok tidak masuk", DLH_HEAD),
    ("cuti dewi besok", DLH_1),
])
def test_a_heads_own_leave_said_with_sy_later_is_theirs(people, world, typed, phone):
    reply = people["head"].says(typed)
    assert "bukan petugas" not in reply and back_on(world, phone) == "2026-12-09", reply
