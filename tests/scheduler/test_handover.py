"""Hand-over and leave: a disposition handed to one officer (ALIHKAN) and officers away (CUTI) change who gets its
notices and reminders; the head hears when no officer is at work. Reminders say the days of the rung sent."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models import Contact, Disposition
from scheduler.jobs import JOBS, run_job
from services import services
from tests.parties import CITIZEN_2, DLH_1, DLH_2, Citizen, Party, file, filed
from tests.scheduler.conftest import JAKARTA, at
from tests.scheduler.test_ladders import dispositioned, reminders, tick


def notices(person, purpose="disposition") -> list[str]:
    return [m.body for m in person.inbox() if m.purpose == purpose]


def away_until(world, phone):
    with services(world).session_factory() as session:
        return session.scalars(select(Contact.away_until).where(Contact.phone == phone)).one()


def assignee(world):
    with services(world).session_factory() as session:
        return session.scalars(select(Disposition.assignee_id)).one()


# Reminder wording --------------------------------------------------------------------------------------------

def test_a_late_second_reminder_says_the_whole_days_waited_not_the_next_rungs(people, world, clock):
    dispositioned(people, world, clock)                  # Thursday 13 Aug 10:00
    tick(world, clock, at(2026, 8, 14, 10, 0))           # rung 1
    tick(world, clock, at(2026, 8, 18, 15, 30))          # rung 2 (due 10:00), 2.7 working days after
    second = reminders(people["dlh1"])[-1]
    assert "Pengingat ke-2" in second and "(2 hari kerja)" in second and "3 hari kerja" not in second
    tick(world, clock, at(2026, 8, 19, 10, 0))           # the 3-day rung says 3
    assert "3 hari kerja" in reminders(people["supervisor"])[0]


def test_the_verification_reminder_names_the_ladders_own_limit(people, world, clock):
    filed(people["citizen"])
    tick(world, clock, at(2026, 8, 14, 10, 0))
    assert "(1 hari kerja; batas 3 hari kerja)" in reminders(people["verifier"])[0]


# CUTI ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["CUTI +6281100000020 2026-08-21", "cuti 081100000020 21/08/2026",
                                   "Cuti Dewi 21 Agu", "CUTI dewi sampai tgl 21 agustus 2026",
                                   "cuti bu Dewi 21-08-2026 🏖️"])
def test_a_head_marks_an_officer_away_in_the_forms_people_type(people, world, clock, typed):
    reply = people["head"].says(typed)
    assert "Dewi dicatat cuti sampai 21 Agu 2026, aktif lagi Senin, 24 Agu 2026" in reply  # not Saturday
    assert away_until(world, DLH_1).astimezone(JAKARTA) == at(2026, 8, 24, 0, 0)


@pytest.mark.parametrize("typed,back,day", [
    ("cuti dewi smp 14 agst", "Selasa, 18 Agu 2026", 18),       # Friday; Monday 17 August is Independence Day
    ("CUTI Dewi 16/08/2026", "Selasa, 18 Agu 2026", 18),        # the last day a Sunday, the next a holiday
    ("cuti dewi sampai rabu", "Kamis, 20 Agu 2026", 20),        # back the next day: no weekday surprise
    ("cuti dewi 3 hari kerja", "Rabu, 19 Agu 2026", 19),        # Thursday, Friday and Tuesday (17th: a holiday)
    ("izin dewi dua hari", "Selasa, 18 Agu 2026", 18),          # Thursday and Friday
])
def test_an_officer_is_back_on_the_next_working_day_after_the_leave(people, world, clock, typed, back, day):
    reply = people["head"].says(typed)
    assert f"aktif lagi {back}" in reply, reply
    assert away_until(world, DLH_1).astimezone(JAKARTA) == at(2026, 8, day, 0, 0)


def test_an_officer_away_gets_no_notice_nor_reminder_until_back(people, world, clock):
    people["head"].says("CUTI Dewi 14/08/2026")
    dispositioned(people, world, clock)
    assert notices(people["dlh1"]) == [] and len(notices(people["dlh2"])) == 1
    tick(world, clock, at(2026, 8, 14, 10, 0))           # rung 1 while Dewi is away
    assert reminders(people["dlh1"]) == [] and len(reminders(people["dlh2"])) == 1
    tick(world, clock, at(2026, 8, 18, 10, 0))           # rung 2: Dewi is back
    assert len(reminders(people["dlh1"])) == 1 and len(reminders(people["dlh2"])) == 2


def test_when_no_officer_is_left_the_head_is_told_and_gets_the_notices(people, world, clock):
    assert "tidak punya petugas" not in people["head"].says("CUTI Dewi 21/08/2026")
    reply = people["head"].says("CUTI +6281100000022 21/08/2026")
    assert "DLH kini tidak punya petugas yang aktif" in reply
    dispositioned(people, world, clock)
    assert notices(people["dlh1"]) == notices(people["dlh2"]) == []
    [notice] = notices(people["head"])
    assert "tidak punya petugas yang aktif" in notice and "Disposisi baru LPR-1" in notice
    tick(world, clock, at(2026, 8, 14, 10, 0))           # rung 1 (officers only) goes to the head instead
    assert len(reminders(people["head"])) == 1 and reminders(people["dlh1"]) == []


def test_when_the_whole_agency_is_on_leave_the_verifiers_get_its_notices_and_reminders(people, world, clock):
    people["head"].says("CUTI Dewi 14/08/2026")
    people["head"].says("CUTI Eko 14/08/2026")
    reply = people["head"].says("CUTI 14/08/2026")  # the head's own leave
    assert "dicatat cuti" in reply and "dikirim ke verifikator" in reply
    dispositioned(people, world, clock)                  # Thursday 13 Aug
    assert notices(people["head"]) == notices(people["dlh1"]) == []
    [notice] = notices(people["verifier"])
    assert "Semua petugas dan kepala DLH sedang berhalangan" in notice and "Disposisi baru LPR-1" in notice
    tick(world, clock, at(2026, 8, 14, 10, 0))           # rung 1 (officers only) reaches someone who can act
    [reminder] = reminders(people["verifier"])
    assert "semua petugas serta kepala Dinas Lingkungan Hidup sedang cuti" in reminder and "Balas: TL" not in reminder
    assert reminders(people["head"]) == reminders(people["dlh1"]) == []
    tick(world, clock, at(2026, 8, 18, 10, 0))           # rung 2: everyone is back, DLH reads it again
    assert len(reminders(people["dlh1"])) == 1 and len(reminders(people["head"])) == 1
    assert len(reminders(people["verifier"])) == 1


def test_a_verifier_standing_in_for_an_agency_on_leave_gets_each_rung_worded_for_what_it_chases(
        people, world, clock):
    """Two weeks of leave: the verifiers read every rung, each saying how long it waited or when it is due, never
    the same text twice."""
    for who in ("Dewi", "Eko"):
        people["head"].says(f"CUTI {who} 11/09/2026")
    people["head"].says("CUTI 11/09/2026")
    dispositioned(people, world, clock)                  # Thursday 13 Aug, due Friday 4 Sep
    for day in (14, 18, 19):                             # rungs 1 and 2 (officers, then with the head)
        tick(world, clock, at(2026, 8, day, 10, 0))
    tick(world, clock, at(2026, 9, 2, 10, 0))            # 2 working days before the deadline
    tick(world, clock, at(2026, 9, 4, 10, 0))            # the deadline
    sent = reminders(people["verifier"])
    assert len(sent) == len(set(sent)) == 4
    first, second, due_soon, due = (body.splitlines()[0] for body in sent)
    assert "sejak 13 Agu 2026 (1 hari kerja)" in first and "(2 hari kerja)" in second
    assert "harus selesai 4 Sep 2026, 2 hari kerja lagi" in due_soon
    assert "melewati batas penyelesaian hari ini pukul 10.00" in due
    assert all("semua petugas serta kepala Dinas Lingkungan Hidup sedang cuti" in body for body in sent)


def test_an_officer_marks_their_own_leave_and_the_head_hears_when_nobody_is_left(people, world, clock):
    people["head"].says("CUTI Eko 21/08/2026")
    reply = people["dlh1"].says("cuti 21/08/2026")
    assert "Dewi dicatat cuti" in reply and "tidak punya petugas" in reply
    assert "DLH kini tidak punya petugas" in people["head"].last().body
    assert "hanya dapat mencatat cutinya sendiri" in people["dlh1"].says("CUTI Eko 22/08/2026")
    assert "aktif lagi" in people["dlh1"].says("CUTI SELESAI") and away_until(world, DLH_1) is None


@pytest.mark.parametrize("typed,expected", [
    ("CUTI Dewi", "Sampai tanggal berapa"), ("CUTI Dewi 01/01/2020", "tidak bisa dipakai"),
    ("CUTI Budi 21/08/2026", "bukan petugas DLH"), ("CUTI +6281100000010 21/08/2026", "bukan petugas DLH"),
    ("CUTI Dewi 31/02/2027", "Sampai tanggal berapa")])
def test_leave_that_cannot_be_recorded_is_explained(people, world, clock, typed, expected):
    assert expected in people["head"].says(typed)
    assert away_until(world, DLH_1) is None


# What was queued for someone going on leave ------------------------------------------------------------------

def unsent(person: Party, body: str) -> str:
    """The person's message handled, and what it queued left unsent (as before the outbox's next run)."""
    return Citizen.says(person, body, ProfileName=person.name)


def statuses(person: Party, purpose: str) -> list[tuple[str, str | None]]:
    return [(m.status, m.last_error) for m in person.inbox() if m.purpose == purpose]


ON_LEAVE = ("skipped", "withdrawn: the recipient is on leave (CUTI)")


def test_a_notice_queued_for_an_officer_going_on_leave_is_not_sent_and_the_colleague_gets_theirs_once(
        people, world, clock):
    file(people["citizen"], photo=False)
    unsent(people["verifier"], "TERUSKAN LPR-1 DLH")    # Dewi's and Eko's notices wait
    people["head"].says("CUTI Dewi 21/08/2026")
    assert statuses(people["dlh1"], "disposition") == [ON_LEAVE]
    assert len(notices(people["dlh2"])) == 1 and notices(people["head"]) == []


def test_when_the_last_officer_goes_on_leave_before_the_notice_went_the_head_gets_it_and_why(people, world, clock):
    file(people["citizen"], photo=False)
    unsent(people["verifier"], "TERUSKAN LPR-1 DLH")
    unsent(people["head"], "CUTI Dewi 21/08/2026")
    people["head"].says("CUTI Eko 21/08/2026")
    assert statuses(people["dlh1"], "disposition") == statuses(people["dlh2"], "disposition") == [ON_LEAVE]
    [notice] = notices(people["head"])
    assert "Eko sedang cuti: disposisi LPR-1 kini untuk Anda" in notice
    assert "DLH tidak punya petugas yang aktif" in notice and "Disposisi baru LPR-1" in notice


def test_reminders_of_several_complaints_queued_as_one_message_go_to_the_colleague_when_the_officer_goes_on_leave(
        people, world, clock):
    """Two dispositions handed to Dewi fall due in one tick: one message for her, queued and not sent yet when she
    goes on leave; Eko, who reads them in her place, gets it (and nothing twice after)."""
    dispositioned(people, world, clock)
    file(people["citizen"], description="Sampah menumpuk di depan SDN 2 Banyuanyar, dibakar warga", photo=False)
    people["verifier"].says("TERUSKAN LPR-2 DLH")
    people["head"].says("ALIHKAN LPR-1 Dewi")
    people["head"].says("ALIHKAN LPR-2 Dewi")
    clock.now = at(2026, 8, 14, 10, 0)
    [ladders] = [job for job in JOBS if job.name == "ladders"]
    run_job(services(world), ladders, clock.now)         # rung 1 of both, for Dewi alone, queued and not sent yet
    people["head"].says("CUTI Dewi 21/08/2026")
    assert statuses(people["dlh1"], "reminder") == [ON_LEAVE]
    [reminder] = [m for m in people["dlh2"].inbox() if m.purpose == "reminder"]
    assert reminder.status == "sent" and "LPR-1" in reminder.body and "LPR-2" in reminder.body
    assert len(notices(people["dlh2"])) == 2             # the notices of both, Eko had them already
    tick(world, clock, at(2026, 8, 14, 10, 5))
    assert len(reminders(people["dlh2"])) == 1 and len(reminders(people["dlh1"])) == 1


def test_a_reminder_queued_for_the_officer_it_was_handed_to_goes_to_the_colleague_when_they_go_on_leave(
        people, world, clock):
    dispositioned(people, world, clock)
    people["head"].says("ALIHKAN LPR-1 Dewi")
    clock.now = at(2026, 8, 14, 10, 0)
    [ladders] = [job for job in JOBS if job.name == "ladders"]
    run_job(services(world), ladders, clock.now)         # rung 1, for Dewi alone, queued and not sent yet
    people["head"].says("CUTI Dewi 21/08/2026")
    assert statuses(people["dlh1"], "reminder") == [ON_LEAVE]
    [reminder] = [m for m in people["dlh2"].inbox() if m.purpose == "reminder"]
    assert reminder.status == "sent" and "Pengingat: disposisi LPR-1" in reminder.body
    assert len(notices(people["dlh2"])) == 1             # Eko had the disposition's notice already
    tick(world, clock, at(2026, 8, 14, 10, 5))           # the rung is not sent again
    assert len(reminders(people["dlh2"])) == 1 and len(reminders(people["dlh1"])) == 1


@pytest.mark.parametrize("away, reader", [([], "dlh2"), (["Eko"], "head")])
def test_a_citizens_answer_queued_for_an_officer_going_on_leave_goes_to_whoever_stands_in(
        people, world, clock, away, reader):
    """To a colleague at work; with every officer away, to the head, who reads the agency's notices and reminders
    meanwhile (it went to the verifiers, who do not handle the disposition)."""
    dispositioned(people, world, clock)
    for name in away:
        people["head"].says(f"CUTI {name} 21/08/2026")
    people["dlh1"].says("INFO LPR-1 Di sebelah mana tepatnya tumpukan sampahnya?")
    unsent(people["citizen"], "Di samping pos ronda RT 03, dekat musala")
    people["head"].says("CUTI Dewi 21/08/2026")
    assert statuses(people["dlh1"], "answer") == [ON_LEAVE]
    assert notices(people["verifier"], "answer") == []
    [answer] = notices(people[reader], "answer")
    assert "pos ronda RT 03" in answer and "Di sebelah mana" in answer


def test_an_officer_back_from_leave_hears_what_is_open_on_the_first_morning_once(people, world, clock):
    """Dewi is away until Friday; on Monday at 08:00 (not at midnight, when her leave ends) she reads how many of
    DLH's dispositions are open and late, as the reminders of her week away went to others; Eko, at work, nothing."""
    dispositioned(people, world, clock)                  # Thursday 13 Aug, due 4 Sep
    people["head"].says("CUTI Dewi 21/08/2026")
    tick(world, clock, at(2026, 9, 7, 7, 59))             # (a leave that ended weeks ago: nothing)
    assert notices(people["dlh1"], "notice") == []
    people["head"].says("CUTI Dewi 11/09/2026")           # away this week: back Monday 14 Sep, LPR-1 late
    tick(world, clock, at(2026, 9, 14, 6, 0))
    tick(world, clock, at(2026, 9, 14, 8, 0))
    tick(world, clock, at(2026, 9, 14, 8, 5))
    assert notices(people["dlh1"], "notice") == [
        "Selamat bertugas kembali. Disposisi DLH yang masih terbuka: 1, 1 di antaranya lewat batas. "
        "Ketik DAFTAR untuk daftarnya."]
    assert notices(people["dlh2"], "notice") == []


# Leave recorded ahead ----------------------------------------------------------------------------------------

def test_leave_recorded_ahead_leaves_the_officer_at_work_until_its_first_day(people, world, clock):
    reply = people["dlh1"].says("cuti tgl 18 s/d 19 agustus")
    assert "dicatat cuti mulai Selasa, 18 Agu 2026 sampai 19 Agu 2026, aktif lagi Kamis, 20 Agu 2026" in reply
    dispositioned(people, world, clock)
    assert len(notices(people["dlh1"])) == len(notices(people["dlh2"])) == 1  # Dewi is at work today
    handed = people["head"].says("ALIHKAN LPR-1 Dewi")
    assert "dialihkan ke Dewi" in handed and "Dewi cuti mulai Selasa, 18 Agu 2026 (aktif lagi Kamis" in handed
    tick(world, clock, at(2026, 8, 14, 10, 0))           # rung 1, for Dewi alone: still at work
    assert len(reminders(people["dlh1"])) == 1 and reminders(people["dlh2"]) == []
    assert tick(world, clock, at(2026, 8, 18, 10, 0))["leave"] == "started=1"  # and rung 2
    assert len(notices(people["dlh2"])) == 1              # Eko had its notice already: not twice
    assert len(reminders(people["dlh2"])) == 1 and len(reminders(people["dlh1"])) == 1
    assert tick(world, clock, at(2026, 8, 18, 10, 5))["leave"] == "started=0"  # once
    assert away_until(world, DLH_1).astimezone(JAKARTA) == at(2026, 8, 20, 0, 0)


def test_an_officer_with_two_leaves_is_skipped_during_each_and_reminded_between(people, world, clock):
    """Dewi holds izin on Friday (back Tuesday: the 17th is a holiday) and cuti from Thursday: the reminders skip
    her during the izin, she is at work between the two (welcomed back, reminded), and the cuti starts on its day
    with nothing typed again."""
    people["dlh1"].says("cuti tgl 20 s/d 21 agustus")
    assert "tetap tercatat" in people["dlh1"].says("sy izin besok")
    dispositioned(people, world, clock)                  # Thursday 13 Aug
    tick(world, clock, at(2026, 8, 14, 10, 0))           # rung 1: Dewi on izin
    assert reminders(people["dlh1"]) == [] and len(reminders(people["dlh2"])) == 1
    tick(world, clock, at(2026, 8, 18, 8, 0))            # Tuesday: at work between the two
    assert len(notices(people["dlh1"], "notice")) == 1  # welcomed back from the izin
    with services(world).session_factory() as session:
        dewi = session.scalars(select(Contact).where(Contact.phone == DLH_1)).one()
        assert dewi.present(clock.now) and dewi.leave_ahead(clock.now)  # the cuti is the next one now
    tick(world, clock, at(2026, 8, 18, 10, 0))           # rung 2 reaches her
    assert len(reminders(people["dlh1"])) == 1
    assert tick(world, clock, at(2026, 8, 20, 0, 5))["leave"] == "started=1"
    assert away_until(world, DLH_1).astimezone(JAKARTA) == at(2026, 8, 24, 0, 0)


def test_what_was_queued_for_an_officer_when_their_leave_starts_goes_to_a_colleague(people, world, clock):
    people["dlh1"].says("izin tgl 18-19 agustus")
    clock.now = at(2026, 8, 17, 23, 50)
    file(people["citizen"], photo=False)
    unsent(people["verifier"], "TERUSKAN LPR-1 DLH")    # Dewi's and Eko's notices wait, Dewi still at work
    tick(world, clock, at(2026, 8, 18, 0, 5))            # the leave starts before the outbox runs
    assert statuses(people["dlh1"], "disposition") == [ON_LEAVE]
    assert len(notices(people["dlh2"])) == 1


def test_when_leave_ahead_leaves_no_officer_the_head_is_warned_and_told_when_it_starts(people, world, clock):
    people["head"].says("CUTI Eko 21/08/2026")
    reply = people["dlh1"].says("cuti tgl 18 s/d 19 agustus")
    assert "Mulai Selasa, 18 Agu 2026 DLH tidak punya petugas yang aktif" in reply
    assert people["head"].inbox() == []                  # nothing has changed yet
    tick(world, clock, at(2026, 8, 18, 8, 0))
    assert any("DLH kini tidak punya petugas yang aktif" in m.body for m in people["head"].inbox())
    dispositioned(people, world, clock)
    assert notices(people["dlh1"]) == notices(people["dlh2"]) == [] and len(notices(people["head"])) == 1


@pytest.mark.parametrize("typed_at, leave", [
    (at(2026, 8, 14, 10, 0), "cuti tgl 17 s/d 19 agustus"),  # ahead, from Independence Day (a Monday)
    (at(2026, 8, 16, 15, 0), "cuti 3 hari"),                   # typed on a Sunday afternoon, from now
])
def test_a_head_hears_that_no_officer_is_left_on_the_first_working_morning(people, world, clock, typed_at, leave):
    """Nobody needs to act on "DLH kini tidak punya petugas" before the office opens: it waits for the first
    working morning (it reached the head at 06:00 on a holiday, or on a Sunday afternoon)."""
    people["head"].says("CUTI Eko 31/08/2026")
    clock.now = typed_at
    people["dlh1"].says(leave)
    told = lambda: [m.status for m in people["head"].inbox() if "kini tidak punya petugas" in m.body]  # noqa: E731
    for hour in (0, 6, 12):
        tick(world, clock, at(2026, 8, 17, hour, 5))
    assert told() == ["pending"]
    tick(world, clock, at(2026, 8, 18, 8, 0))
    assert told() == ["sent"]


def test_the_head_is_not_told_that_no_officer_is_left_when_the_officer_is_back_before_the_office_opens(
        people, world, clock):
    people["head"].says("CUTI Eko 31/08/2026")
    clock.now = at(2026, 8, 16, 15, 0)                   # Sunday
    people["dlh1"].says("cuti 3 hari")
    clock.now = at(2026, 8, 16, 19, 0)
    assert "aktif lagi" in people["dlh1"].says("tidak jadi cuti")
    tick(world, clock, at(2026, 8, 18, 8, 0))
    assert [m.status for m in people["head"].inbox() if "kini tidak punya petugas" in m.body] == ["skipped"]


@pytest.mark.parametrize("typed_at, leave", [
    (at(2026, 8, 16, 15, 0), "izin hari ini"),             # a Sunday, before Independence Day: back Tuesday 00:00
    (at(2026, 8, 14, 10, 0), "cuti tgl 15-17 agustus"),    # Saturday to the holiday, typed on Friday
])
def test_leave_that_ends_before_the_office_opens_takes_back_the_notice_that_no_officer_is_left(
        people, world, clock, typed_at, leave):
    people["head"].says("CUTI Eko 31/08/2026")
    clock.now = typed_at
    assert f"dicatat {leave.split()[0]}" in people["dlh1"].says(leave)  # "izin" said is izin
    for day, hour in ((15, 0), (16, 16), (17, 6), (18, 0), (18, 8)):
        tick(world, clock, at(2026, 8, day, hour, 5))
    assert [m.status for m in people["head"].inbox() if "kini tidak punya petugas" in m.body] in ([], ["skipped"])


# ALIHKAN ----------------------------------------------------------------------------------------------------

def test_alihkan_hands_a_disposition_to_one_officer_for_its_notices_and_reminders(people, world, clock):
    dispositioned(people, world, clock)
    reply = people["head"].says("ALIHKAN LPR-1 Eko")
    assert "LPR-1 dialihkan ke Eko" in reply
    handed = notices(people["dlh2"])[-1]
    assert "mengalihkan disposisi LPR-1 kepada Anda" in handed and "Disposisi baru LPR-1" in handed
    tick(world, clock, at(2026, 8, 14, 10, 0))
    assert len(reminders(people["dlh2"])) == 1 and reminders(people["dlh1"]) == []
    people["head"].says("alihkan lpr 1 semua")
    assert assignee(world) is None
    tick(world, clock, at(2026, 8, 18, 10, 0))
    assert len(reminders(people["dlh1"])) == 1


def test_alihkan_by_number_and_to_an_officer_away_or_unknown(people, world, clock):
    dispositioned(people, world, clock)
    people["head"].says("CUTI Eko 21/08/2026")
    away = people["head"].says(f"ALIHKAN LPR-1 {DLH_2}")
    assert "Eko sedang cuti, aktif lagi Senin, 24 Agu 2026" in away and assignee(world) is None
    elsewhere = people["head"].says("ALIHKAN LPR-1 Budi")  # PUPR's officer: said so (staff5), with the roster
    assert "Budi adalah petugas PUPR, bukan DLH" in elsewhere and "• Dewi – 0811-0000-0020" in elsewhere
    unknown = people["head"].says("ALIHKAN LPR-1 Joko")
    assert "bukan petugas DLH" in unknown and "• Dewi – 0811-0000-0020" in unknown  # the roster to pick from
    assert "dialihkan ke Dewi" in people["head"].says("ALIHKAN LPR-1 0811-0000-0020")
    assert "hanya untuk kepala instansi" in people["dlh1"].says("ALIHKAN LPR-1 Eko")


def test_a_handed_over_disposition_falls_back_to_all_officers_while_its_officer_is_away(people, world, clock):
    dispositioned(people, world, clock)
    people["head"].says("ALIHKAN LPR-1 Eko")
    people["head"].says("CUTI Eko 14/08/2026")
    tick(world, clock, at(2026, 8, 14, 10, 0))
    assert reminders(people["dlh2"]) == [] and len(reminders(people["dlh1"])) == 1


# Figures people read ------------------------------------------------------------------------------------------

def test_digests_leave_merged_duplicates_out_and_show_ratings_and_reopenings(people, world, clock):
    dispositioned(people, world, clock)
    file(Party(world, CITIZEN_2, "Ahmad"), photo=False)
    people["verifier"].says("TERUSKAN LPR-2 DLH")  # dispositioned too, before the verifier saw it was the same
    assert "digabung" in people["verifier"].says("GABUNG LPR-2 LPR-1")
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut semua")
    assert "buka kembali" in people["citizen"].says("TIDAK PUAS LPR-1 sampahnya masih menumpuk di sisi timur")
    people["dlh1"].says("SELESAI LPR-1 Sisi timur sudah dibersihkan juga")
    people["citizen"].says("4")
    region = people["supervisor"].says("REKAP")
    assert "Penyelesaian 2026: 100% (1/1)" in region  # LPR-2 merged into LPR-1: not an unfinished complaint
    assert "rata-rata 4,0 dari 1 penilaian" in region and "Dibuka kembali 2026 (tidak puas): 1" in region
    agency = people["head"].says("REKAP")
    assert "Penyelesaian 2026: 100% (1/1)" in agency and "rata-rata 4,0 dari 1 penilaian" in agency


def test_a_digest_without_ratings_says_so(people, world, clock):
    dispositioned(people, world, clock)
    rekap = people["supervisor"].says("REKAP")
    assert "Penilaian warga 2026: belum ada\nDibuka kembali 2026 (tidak puas): 0" in rekap, rekap


def test_a_reopening_while_every_officer_is_away_reaches_the_head(people, world, clock):
    dispositioned(people, world, clock)
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut semua")
    people["head"].says("CUTI Dewi 21/08/2026")
    people["head"].says("CUTI Eko 21/08/2026")
    people["citizen"].says("TIDAK PUAS LPR-1 sampahnya masih menumpuk di sisi timur")
    assert notices(people["dlh1"], "reopened") == [] and notices(people["dlh2"], "reopened") == []
    assert "dibuka kembali" in notices(people["head"], "reopened")[0]


def test_a_disposition_handed_to_an_officer_going_on_leave_reaches_the_head_when_nobody_else_is_at_work(
        people, world, clock):
    dispositioned(people, world, clock)
    people["head"].says("CUTI Eko 28/08/2026")
    people["head"].says("ALIHKAN LPR-1 Dewi")
    people["dlh1"].says("cuti saya seminggu")
    told = [body for body in notices(people["head"]) if "LPR-1" in body]
    assert any("Dewi sedang cuti" in body and "Disposisi baru LPR-1" in body for body in told), told


def test_a_head_or_supervisor_on_leave_gets_no_morning_digest_until_back(people, world, clock):
    from lapor.directory import mark_away
    from tests.parties import SUPERVISOR

    dispositioned(people, world, clock)                     # DLH has something open: its head hears every morning
    clock.now = at(2026, 9, 4, 10, 0)                       # Friday
    assert "dicatat cuti mulai Senin, 7 Sep 2026" in people["head"].says("mohon izin, sy cuti senin s/d selasa")
    with services(world).session_factory.begin() as session:
        sekda = session.scalars(select(Contact).where(Contact.phone == SUPERVISOR)).one()
        mark_away(session, sekda, at(2026, 9, 8, 0, 0), clock.now)  # away through Monday
    tick(world, clock, at(2026, 9, 7, 7, 30))
    tick(world, clock, at(2026, 9, 8, 7, 30))
    digests = [m.body for m in people["head"].inbox() if m.purpose == "digest"]
    assert not [d for d in digests if "7 Sep" in d or "8 Sep" in d]
    assert not [m for m in people["supervisor"].inbox() if m.purpose == "digest" and "7 Sep 2026" in m.body]
    assert [m for m in people["supervisor"].inbox() if m.purpose == "digest" and "8 Sep 2026" in m.body]
    tick(world, clock, at(2026, 9, 9, 7, 30))               # back on Wednesday
    assert [d for d in (m.body for m in people["head"].inbox() if m.purpose == "digest") if "9 Sep 2026" in d]
