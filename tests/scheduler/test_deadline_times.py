"""A deadline that falls today or tomorrow is said with its time when it is not the close of the working day
(`bot.messages.deadline_words`): a disposition forwarded at 10:00 is due at 10:00 on its 14th working day, and an
answer at 14:00 that day is late, so nobody may read «batas hari ini» as the whole day. Reminders, the overdue
notice, DAFTAR, the officer's STATUS, the citizen's STATUS and INGATKAN say it alike."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from lapor.region import Region
from models import Disposition
from models.vocab import Purpose
from scheduler.jobs import run_ladders
from services import services
from tests.parties import file
from tests.scheduler.conftest import JAKARTA, at
from tests.scheduler.test_ladders import reminders


def forwarded(people, world, clock, when):
    """LPR-1 filed and forwarded to DLH at `when`; its deadline."""
    clock.now = when
    file(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    with services(world).session_factory() as session:
        return session.scalars(select(Disposition)).one().due_at.astimezone(JAKARTA)


def tick(world, clock, when):
    """The ladders' job alone at `when` (the other jobs are proven elsewhere; the digests' charts cost seconds)."""
    clock.now = when
    run_ladders(services(world), when)


def ramadan(world):
    svc = services(world)
    settings = replace(svc.region.settings, ramadan_work_end="15:00")
    svc.region = Region(settings, settings.calendar())


def test_around_christmas_the_officer_is_told_the_time_on_the_day_before_and_the_day(people, world, clock):
    """Forwarded on Friday 4 Dec at 10:00: due Monday 28 Dec at 10:00, after the Christmas cuti bersama (24–25 Dec).
    Wednesday 23 Dec is the working day before it, but "besok" is Thursday, a holiday: the date, not "besok"."""
    assert forwarded(people, world, clock, at(2026, 12, 4, 10, 0)) == at(2026, 12, 28, 10, 0)
    people["dlh1"].says("TL LPR-1 Sedang dijadwalkan")
    tick(world, clock, at(2026, 12, 22, 10, 0))  # 2 working days before
    [reminder] = reminders(people["dlh1"])
    assert "harus selesai 28 Des 2026, 2 hari kerja lagi" in reminder, reminder
    clock.now = at(2026, 12, 23, 15, 0)
    assert "batas 28 Des 2026" in people["dlh1"].says("DAFTAR")
    clock.now = at(2026, 12, 27, 19, 0)  # Sunday evening
    assert "batas besok pukul 10.00" in people["dlh1"].says("DAFTAR")
    clock.now = at(2026, 12, 28, 8, 5)
    listed = people["dlh1"].says("DAFTAR")
    assert "batas hari ini pukul 10.00" in listed and "TERLAMBAT" not in listed, listed
    assert "batas hari ini pukul 10.00" in people["dlh1"].says("STATUS LPR-1")
    assert "Batas penyelesaian: hari ini, 28 Des 2026 pukul 10.00" in people["citizen"].says("STATUS LPR-1")
    people["verifier"].says("INGATKAN LPR-1")
    assert "⏰ LPR-1 untuk DLH: batas penyelesaian hari ini pukul 10.00" in people["dlh1"].last().body
    tick(world, clock, at(2026, 12, 28, 10, 0))  # the overdue notice, on the day, once the time went by
    overdue = reminders(people["dlh1"])[-1]
    assert overdue.startswith("⚠ LPR-1 (Dinas Lingkungan Hidup) melewati batas penyelesaian hari ini pukul 10.00.\n"
                              ), overdue
    assert "Hari ini batas" not in overdue
    clock.now = at(2026, 12, 28, 14, 0)
    assert "batas hari ini pukul 10.00 – TERLAMBAT" in people["dlh1"].says("DAFTAR")
    assert "batas hari ini pukul 10.00" in people["supervisor"].says("STATUS LPR-1")
    assert "• LPR-1 (batas hari ini pukul 10.00)" in people["head"].says("REKAP")  # the digest's late ones


def test_a_deadline_at_the_close_of_the_day_keeps_the_short_wording(people, world, clock):
    """Filed and forwarded on Sunday 6 Dec: counted from Monday 08:00, due at the close of its 14th working day,
    Monday 28 Dec at 16:00 (after the Christmas cuti bersama): the day alone, the whole of it."""
    assert forwarded(people, world, clock, at(2026, 12, 6, 19, 0)) == at(2026, 12, 28, 16, 0)
    clock.now = at(2026, 12, 27, 9, 0)
    assert "batas besok\n" in people["dlh1"].says("DAFTAR") + "\n"
    clock.now = at(2026, 12, 28, 9, 0)
    assert "batas hari ini\n" in people["dlh1"].says("DAFTAR") + "\n"
    assert "Batas penyelesaian: hari ini, 28 Des 2026\n" in people["citizen"].says("STATUS LPR-1")
    clock.now = at(2026, 12, 28, 16, 30)  # gone by: said with its time
    assert "batas hari ini pukul 16.00 – TERLAMBAT" in people["dlh1"].says("DAFTAR")


def test_the_citizen_is_told_the_deadline_went_by_and_a_reminder_only_once_it_was_sent(people, world, clock):
    """Forwarded on Monday 28 Dec at 09:00: due Tuesday 19 Jan 2027 at 09:00. At 11:00 that day, before the
    scheduler chased it, the citizen reads that it went by and that the agency will be reminded; after the overdue
    notice, that it was."""
    assert forwarded(people, world, clock, at(2026, 12, 28, 9, 0)) == at(2027, 1, 19, 9, 0)
    clock.now = at(2027, 1, 18, 15, 0)
    assert "Batas penyelesaian: besok, 19 Jan 2027 pukul 09.00" in people["citizen"].says("STATUS LPR-1")
    clock.now = at(2027, 1, 19, 11, 0)
    status = people["citizen"].says("STATUS LPR-1")
    assert "Batas penyelesaian hari ini pukul 09.00 sudah lewat; instansi akan kami ingatkan." in status, status
    assert "sudah kami ingatkan" not in status and "Batas penyelesaian:" not in status
    tick(world, clock, at(2027, 1, 19, 11, 1))
    status = people["citizen"].says("STATUS LPR-1")
    assert "Batas penyelesaian hari ini pukul 09.00 sudah lewat; instansi sudah kami ingatkan." in status, status
    clock.now = at(2027, 1, 20, 9, 0)
    assert "Batas penyelesaian 19 Jan 2027 sudah lewat; instansi sudah kami ingatkan." in people["citizen"].says(
        "STATUS LPR-1")


def test_a_late_verification_claims_no_reminder_before_the_ladder_sent_it(people, world, clock):
    """Filed on Wednesday 23 Dec 2026 at 19:30: the verifier's deadline is Wednesday 30 Dec at 16:00, chased at
    Thursday 31 Dec 08:00. At 17:00 on the 30th it went by, and nothing chased it yet."""
    clock.now = at(2026, 12, 23, 19, 30)
    file(people["citizen"], photo=False)
    clock.now = at(2026, 12, 30, 10, 0)
    assert "Diverifikasi paling lambat: hari ini, 30 Des 2026\n" in people["citizen"].says("STATUS LPR-1")
    tick(world, clock, at(2026, 12, 30, 15, 59))
    clock.now = at(2026, 12, 30, 17, 0)
    status = people["citizen"].says("STATUS LPR-1")
    assert "Verifikasi melewati batas hari ini pukul 16.00; petugas akan kami ingatkan." in status, status
    tick(world, clock, at(2026, 12, 31, 8, 0))
    status = people["citizen"].says("STATUS LPR-1")
    assert "Verifikasi melewati batas 30 Des 2026; petugas sudah kami ingatkan." in status, status


def test_in_ramadan_a_deadline_after_the_offices_close_is_the_whole_day(people, world, clock):
    """Ramadan 1447 with offices closing at 15:00: forwarded on Wednesday 25 Feb 2026 at 14:00, due Tuesday 17 Mar
    at 14:00 (said with its time); one forwarded at 15:30 is due at 15:30, after the office closed: the whole day.
    A reminder sent late, on the day, says the time and no «1 hari kerja lagi»."""
    ramadan(world)
    assert forwarded(people, world, clock, at(2026, 2, 25, 14, 0)) == at(2026, 3, 17, 14, 0)
    clock.now = at(2026, 2, 25, 15, 30)
    file(people["citizen"], description="Sampah menumpuk di pasar Banyuanyar sudah seminggu tidak diangkut",
         photo=False)
    people["verifier"].says("TERUSKAN LPR-2 DLH")
    clock.now = at(2026, 3, 16, 9, 0)
    listed = people["dlh1"].says("DAFTAR")
    assert "batas besok pukul 14.00" in listed and "batas besok\n" in listed + "\n", listed
    clock.now = at(2026, 3, 17, 9, 0)
    listed = people["dlh1"].says("DAFTAR")
    assert "batas hari ini pukul 14.00" in listed and "batas hari ini\n" in listed + "\n", listed
    assert "pukul 15.30" not in listed
    tick(world, clock, at(2026, 3, 17, 9, 0))  # the scheduler was down: the reminders go on the due day itself
    [reminder] = reminders(people["dlh1"])
    assert "⏰ LPR-1 (Dinas Lingkungan Hidup) harus selesai hari ini pukul 14.00.\n" in reminder, reminder
    assert "⏰ LPR-2 (Dinas Lingkungan Hidup) harus selesai hari ini.\n" in reminder
    assert "hari kerja lagi" not in reminder  # «hari ini pukul 14.00, 1 hari kerja lagi» said two things


def test_a_question_that_lapses_says_the_deadline_it_moved_to_with_its_time(people, world, clock):
    """Forwarded on Thursday 13 Aug 2026 at 10:00, due Friday 4 Sep at 10:00; asked at 09:00 that day, an hour left.
    The question lapses ten working days later, at 09:00 on Friday 18 Sep: the deadline runs again and is at 10:00
    that very day, which the officer is told."""
    assert forwarded(people, world, clock, at(2026, 8, 13, 10, 0)) == at(2026, 9, 4, 10, 0)
    clock.now = at(2026, 9, 4, 9, 0)
    people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    tick(world, clock, at(2026, 9, 18, 9, 0))
    [lapsed] = [body for body in reminders(people["dlh1"]) if "belum dijawab" in body]
    assert "batas penyelesaian berjalan lagi: hari ini pukul 10.00." in lapsed, lapsed


def test_the_answer_relayed_to_the_officer_gives_the_moved_deadline_with_its_time(people, world, clock):
    """Asked at 09:00 on the due day (due at 10:00), answered at 11:00: the deadline moves by the two hours waited,
    to 12:00 that day, which the relayed answer says (it read «4 Sep 2026», the whole day)."""
    assert forwarded(people, world, clock, at(2026, 8, 13, 10, 0)) == at(2026, 9, 4, 10, 0)
    clock.now = at(2026, 9, 4, 9, 0)
    people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    clock.now = at(2026, 9, 4, 11, 0)
    people["citizen"].says("Di sisi timur pasar, dekat pintu masuk parkir")
    [relayed] = [m.body for m in people["dlh1"].inbox() if m.purpose == Purpose.ANSWER]
    assert "Batas penyelesaian LPR-1: hari ini pukul 12.00 (waktu menunggu" in relayed, relayed
