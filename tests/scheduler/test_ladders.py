"""Deadlines, escalation ladders, auto-close and digests walked with an injected clock."""

from __future__ import annotations

import re
import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select

import scheduler.jobs
from bot.outbox import enqueue
from models import Complaint, Contact, Disposition, LedgerEntry, OutboxMessage
from models.vocab import Purpose
from scheduler.jobs import run_all, run_job, run_ladders
from services import services
from tests.parties import (
    CITIZEN,
    DLH_1,
    DLH_2,
    DLH_HEAD,
    VERIFIER,
    WASTE,
    Party,
    deliver,
    file,
    filed,
    filed_and_forwarded,
)
from tests.scheduler.conftest import JAKARTA, at

# The jobs a ladder test's tick runs. The others are proven elsewhere and leave nothing here: lapor-sync and
# lapor-pull only say "manual mode" outside HTTP mode (tests/lapor/test_lapor_http.py), media-fetch and
# media-retention are tests/media/test_fetch.py's and test_retention.py's (a region keeps media for ever by default).
# Every tick ran all eleven, 1,947 job runs for this file; test_tick_command_runs_every_job and the restarted tick
# below still run them all. A job failing here fails the test (run_all would log it and go on).
ELSEWHERE = {"lapor-sync", "lapor-pull", "media-fetch", "media-retention"}


def tick(world, clock, when):
    clock.now = when
    svc = services(world)
    return {job.name: run_job(svc, job, when) for job in scheduler.jobs.JOBS if job.name not in ELSEWHERE}


def reminders(person: Party) -> list[str]:
    return [m.body for m in person.inbox() if m.purpose == "reminder"]


def dispositioned(people, world, clock):
    filed_and_forwarded(people, photo=False)
    with services(world).session_factory() as session:
        return session.scalars(select(Disposition)).one()


def test_first_response_ladder_across_a_weekend_and_a_holiday(people, world, clock):
    disposition = dispositioned(people, world, clock)
    assert disposition.due_at.astimezone(JAKARTA) == at(2026, 9, 4)  # 14 working days, skipping 17 and 25 Aug
    tick(world, clock, at(2026, 8, 14, 9, 59))
    assert reminders(people["dlh1"]) == []
    tick(world, clock, at(2026, 8, 14, 10, 0))  # rung 1: officers, after 1 working day
    [first] = reminders(people["dlh1"])
    assert "Pengingat: disposisi LPR-1" in first and "13 Agu 2026" in first and "TL LPR-1" in first
    assert len(reminders(people["dlh2"])) == 1 and reminders(people["head"]) == []
    tick(world, clock, at(2026, 8, 17, 10, 0))  # Independence Day: not a working day, nothing
    tick(world, clock, at(2026, 8, 18, 9, 59))
    assert len(reminders(people["dlh1"])) == 1
    tick(world, clock, at(2026, 8, 18, 10, 0))  # rung 2: officers + head
    assert "Pengingat ke-2" in reminders(people["dlh1"])[-1] and len(reminders(people["head"])) == 1
    tick(world, clock, at(2026, 8, 19, 10, 0))  # rung 3: supervisors
    [escalation] = reminders(people["supervisor"])
    assert "Eskalasi" in escalation and "3 hari kerja" in escalation and "Petugas: Dewi, Eko" in escalation
    tick(world, clock, at(2026, 8, 20, 10, 0))
    assert len(reminders(people["dlh1"])) == 2 and len(reminders(people["supervisor"])) == 1
    assert reminders(people["pupr"]) == []


def _escalated_with(people, world, clock, setup) -> str:
    """File, forward to DLH, change the directory with `setup(session)`, and return the supervisors' escalation."""
    dispositioned(people, world, clock)
    with services(world).session_factory.begin() as session:
        setup(session)
    tick(world, clock, at(2026, 8, 19, 10, 0))  # rung 3 (the lower rungs fell due together: only it is sent)
    [escalation] = reminders(people["supervisor"])
    return escalation


def _set(session, phones, **fields):
    for contact in session.scalars(select(Contact).where(Contact.phone.in_(phones))):
        for name, value in fields.items():
            setattr(contact, name, value)


def test_the_escalation_names_the_head_who_reads_a_disposition_of_an_agency_without_officers(people, world, clock):
    escalation = _escalated_with(people, world, clock, lambda session: _set(session, [DLH_1, DLH_2], active=False))
    assert "Eskalasi" in escalation and "belum ada petugas" not in escalation
    assert "Ditangani kepala instansi: Yusuf" in escalation, escalation


def test_the_escalation_names_the_head_a_disposition_was_handed_to_without_calling_the_officers_away(
        people, world, clock):
    dispositioned(people, world, clock)
    people["head"].says("ALIHKAN LPR-1 Yusuf")  # the head takes it on
    tick(world, clock, at(2026, 8, 19, 10, 0))
    [escalation] = reminders(people["supervisor"])
    assert "Ditangani kepala instansi: Yusuf." in escalation, escalation


def test_the_escalation_says_the_officers_are_on_leave_and_the_head_reads_it(people, world, clock):
    escalation = _escalated_with(people, world, clock, lambda session: _set(
        session, [DLH_1, DLH_2], away_until=at(2026, 9, 1)))
    assert "Ditangani kepala instansi: Yusuf (petugas sedang cuti)" in escalation, escalation


def test_the_escalation_skips_officers_on_their_second_leave_once_the_first_is_over(people, world, clock):
    """Izin on the 14th and cuti from the 18th: on the 19th the cuti covers them (the tick's leave job caches it
    before the ladders run), though nobody typed anything since the izin ended."""
    def two_leaves(session):
        from lapor.directory import mark_away
        for officer in session.scalars(select(Contact).where(Contact.phone.in_([DLH_1, DLH_2]))):
            mark_away(session, officer, at(2026, 8, 15, 0, 0), clock.now, start=at(2026, 8, 14, 0, 0), kind="izin")
            mark_away(session, officer, at(2026, 8, 22, 0, 0), clock.now, start=at(2026, 8, 18, 0, 0))
    escalation = _escalated_with(people, world, clock, two_leaves)
    assert "Ditangani kepala instansi: Yusuf (petugas sedang cuti)" in escalation, escalation


def test_the_escalation_names_the_verifiers_who_stand_in_for_an_agency_all_on_leave(people, world, clock):
    escalation = _escalated_with(people, world, clock, lambda session: _set(
        session, [DLH_1, DLH_2, DLH_HEAD], away_until=at(2026, 9, 1)))
    assert "dipegang verifikator: Rina" in escalation, escalation


def test_the_escalation_says_when_nobody_at_the_agency_can_read_it(people, world, clock):
    escalation = _escalated_with(people, world, clock, lambda session: _set(
        session, [DLH_1, DLH_2, DLH_HEAD], active=False))
    assert "Belum ada petugas atau kepala instansi aktif" in escalation, escalation


def test_a_follow_up_stops_the_first_response_ladder(people, world, clock):
    dispositioned(people, world, clock)
    tick(world, clock, at(2026, 8, 14, 10, 0))
    people["dlh1"].says("TL LPR-1 Petugas kebersihan dijadwalkan besok")
    for day in (18, 19, 20, 21):
        tick(world, clock, at(2026, 8, day, 11, 0))
    chased = [body for body in reminders(people["dlh1"]) if "janji tindak lanjut" not in body.lower()]
    assert len(chased) == 1 and reminders(people["supervisor"]) == []
    # "besok" (Friday's: Tuesday 18, after Independence Day) went by without news: its own reminders (staff20)
    assert len(reminders(people["dlh1"])) - len(chased) == 2
    with services(world).session_factory() as session:
        assert session.scalars(select(Disposition)).one().first_response_days == pytest.approx(1.0, abs=0.01)


def test_completion_reminder_and_overdue_notice(people, world, clock):
    dispositioned(people, world, clock)
    clock.now = at(2026, 8, 14, 9, 0)
    people["dlh1"].says("TL LPR-1 Sedang dijadwalkan")
    tick(world, clock, at(2026, 9, 2, 9, 59))
    assert reminders(people["dlh1"]) == []
    tick(world, clock, at(2026, 9, 2, 10, 0))  # 2 working days before 4 Sep
    [reminder] = reminders(people["dlh1"])
    assert "harus selesai 4 Sep 2026" in reminder and "2 hari kerja lagi" in reminder
    tick(world, clock, at(2026, 9, 4, 10, 0))  # the due day, at the due time: it went by at 10.00 (not "today")
    overdue = reminders(people["dlh1"])[-1]
    assert overdue.startswith("⚠ LPR-1 (Dinas Lingkungan Hidup) melewati batas penyelesaian hari ini pukul 10.00.")
    assert "Hari ini batas" not in overdue and "SELESAI LPR-1" in overdue
    assert any("batas penyelesaian hari ini pukul 10.00" in body for body in reminders(people["head"]))
    tick(world, clock, at(2026, 9, 7, 10, 0))
    assert len(reminders(people["dlh1"])) == 2


@pytest.mark.parametrize("due, said, to_head", [
    (at(2026, 8, 20), "Batas penyelesaian 20 Agu 2026, 2 hari kerja lagi.", False),  # the reminder (officers)
    (at(2026, 8, 18, 9, 0), "Batas penyelesaian hari ini pukul 09.00 sudah lewat.", True),  # the overdue notice
])
def test_an_officer_gets_one_message_when_rung_2_and_a_deadline_notice_fall_due_together(
        people, world, clock, due, said, to_head):
    """A short deadline (set here by hand) makes the completion ladder fall due in the tick of the first-response
    ladder's rung 2: the officer reads one message about LPR-1 that says both, and so does the head when the
    notice is theirs too."""
    from lapor.ladders import restart_completion

    dispositioned(people, world, clock)
    with services(world).session_factory.begin() as session:
        disposition = session.scalars(select(Disposition)).one()
        disposition.due_at = due
        restart_completion(disposition, services(world).region)
    tick(world, clock, at(2026, 8, 14, 10, 0))                   # rung 1 (and, for the due day, nothing else)
    tick(world, clock, at(2026, 8, 18, 10, 0))                   # rung 2 and the deadline's notice
    officer, head = reminders(people["dlh1"]), reminders(people["head"])
    assert len(officer) == 2 and "Pengingat ke-2" in officer[1] and said in officer[1], officer
    assert len(head) == 1 and "Pengingat ke-2" in head[0] and (said in head[0]) == to_head, head
    assert officer[1].count("LPR-1") <= 3 and officer[1].count("Balas") == 1
    tick(world, clock, at(2026, 8, 19, 9, 0))
    assert len(reminders(people["dlh1"])) == 2


def test_rungs_due_in_the_same_minute_reach_each_person_in_one_message(people, world, clock):
    """Three complaints forwarded one evening all fall due at 08:00 of the same mornings: each officer, the head and
    the Sekda read one message a morning naming the three, not three messages in the same minute."""
    file(people["citizen"], photo=False)
    file(people["citizen"], description=WASTE + " lagi di pasar lain", photo=False)
    file(people["citizen"], description="Tumpukan sampah di depan SDN 2 Banyuanyar dibakar warga", photo=False)
    clock.now = at(2026, 8, 13, 20, 10)
    for number in (1, 2, 3):
        people["verifier"].says(f"TERUSKAN LPR-{number} DLH")
    for day, who, ladder in ((18, ("dlh1", "dlh2"), "Pengingat:"), (19, ("dlh1", "dlh2", "head"), "Pengingat ke-2"),
                             (20, ("supervisor",), "Eskalasi")):
        tick(world, clock, at(2026, 8, day, 8, 0))  # the working clock reads 20:10 as the next morning's 08:00
        for name in who:
            latest = [m.body for m in people[name].inbox() if m.purpose == "reminder"
                      and m.created_at.astimezone(JAKARTA).day == day]
            assert len(latest) == 1, (name, latest)
            assert latest[0].startswith("3 pengingat") and latest[0].count(ladder) == 3, latest[0]
            assert all(f"LPR-{number}" in latest[0] for number in (1, 2, 3))
    assert len(reminders(people["dlh1"])) == 2 and len(reminders(people["supervisor"])) == 1
    [batch] = [m for m in people["dlh1"].inbox() if m.purpose == "reminder"][:1]
    reply = people["dlh1"].swipe(batch, "sudah kami cek lokasinya pak, besok diangkut")  # which one? it asks
    assert "LPR-1, LPR-2 dan LPR-3" in reply and "TL LPR-1 <kemajuan>" in reply, reply
    assert "tidak dikenali" not in reply


def test_an_overdue_notice_sent_after_the_due_day_says_the_deadline_went_by(people, world, clock):
    dispositioned(people, world, clock)
    clock.now = at(2026, 8, 14, 9, 0)
    people["dlh1"].says("TL LPR-1 Sedang dijadwalkan")
    tick(world, clock, at(2026, 9, 8, 10, 0))  # the scheduler was down from before the reminder to after 4 Sep
    [overdue] = reminders(people["dlh1"])
    assert overdue.startswith("⚠ LPR-1 (Dinas Lingkungan Hidup) melewati batas penyelesaian 4 Sep 2026.")


def test_selesai_stops_every_ladder(people, world, clock):
    dispositioned(people, world, clock)
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut")
    for day in (14, 18, 19, 20):
        tick(world, clock, at(2026, 8, day, 10, 0))
    tick(world, clock, at(2026, 9, 4, 10, 0))
    assert reminders(people["dlh1"]) == [] and reminders(people["supervisor"]) == []


def test_rung_due_at_night_goes_at_the_next_working_morning(people, world, clock):
    clock.now = at(2026, 8, 13, 15, 50)
    dispositioned(people, world, clock)
    tick(world, clock, at(2026, 8, 14, 15, 45))
    assert reminders(people["dlh1"]) == []
    tick(world, clock, at(2026, 8, 14, 16, 0))   # due 15:50 Friday but working hours end at 16:00: nothing…
    tick(world, clock, at(2026, 8, 14, 22, 0))   # …nor at night…
    tick(world, clock, at(2026, 8, 15, 9, 0))    # …nor on Saturday
    assert reminders(people["dlh1"]) == []
    tick(world, clock, at(2026, 8, 18, 8, 0))    # Tuesday 08:00 (Monday is a holiday): rung 1 — and only rung 1
    assert len(reminders(people["dlh1"])) == 1 and "Pengingat:" in reminders(people["dlh1"])[0]


def test_a_reminder_delayed_by_a_twilio_outage_waits_for_working_hours(people, world, clock, monkeypatch):
    """Rungs are chosen inside working hours; a reminder whose send failed is retried inside them too."""
    clock.now = at(2026, 8, 13, 15, 50)
    dispositioned(people, world, clock)
    outage = _outage(world, monkeypatch)
    tick(world, clock, at(2026, 8, 14, 15, 55))          # rung 1 due 15:50 Friday: queued, the send fails
    outage["on"] = False
    for moment in (at(2026, 8, 14, 16, 30), at(2026, 8, 14, 22, 0), at(2026, 8, 15, 10, 0)):
        tick(world, clock, moment)                       # Twilio is back after office hours, then the weekend
    [reminder] = [m for m in people["dlh1"].inbox() if m.purpose == "reminder"]
    assert reminder.sent_at is None and reminder.status == "pending" and reminder.attempts == 1
    tick(world, clock, at(2026, 8, 18, 8, 0))            # Tuesday 08:00 (Monday is a holiday)
    [reminder] = [m for m in people["dlh1"].inbox() if m.purpose == "reminder"]
    assert reminder.sent_at.astimezone(JAKARTA) == at(2026, 8, 18, 8, 0)


def _outage(world, monkeypatch) -> dict:
    """Twilio refuses every send while `outage["on"]`."""
    from bot.transports import TransportError

    transport = services(world).transport
    real_send, outage = transport.send, {"on": True}

    def send(message):
        if outage["on"]:
            raise TransportError("Twilio 503", retryable=True)
        return real_send(message)

    monkeypatch.setattr(transport, "send", send)
    return outage


@pytest.mark.parametrize("answer", [
    "TL LPR-1 Sudah kami jadwalkan pengangkutannya",
    "SELESAI LPR-1 Sampah sudah diangkut",
    "KEMBALIKAN LPR-1 Bukan kewenangan kami, ini jalan provinsi",
])
def test_a_reminder_held_by_an_outage_is_not_sent_once_the_officer_answered_on_sunday(
        people, world, clock, monkeypatch, answer):
    """A first-response reminder that failed on Friday afternoon waits for Tuesday 08:00 (Monday is a holiday); the
    officer answers on Sunday: on Tuesday the reminder would chase what is done, so it is not sent."""
    clock.now = at(2026, 8, 13, 15, 50)
    dispositioned(people, world, clock)
    outage = _outage(world, monkeypatch)
    tick(world, clock, at(2026, 8, 14, 15, 55))  # rung 1 queued, the send fails
    outage["on"] = False
    clock.now = at(2026, 8, 16, 10, 0)  # Sunday
    people["dlh1"].says(answer)
    tick(world, clock, at(2026, 8, 18, 8, 0))
    [reminder] = [m for m in people["dlh1"].inbox() if m.purpose == "reminder"]
    assert reminder.sent_at is None and reminder.status == "skipped"


def test_a_verification_reminder_held_by_an_outage_is_not_sent_once_the_complaint_is_forwarded(
        people, world, clock, monkeypatch):
    clock.now = at(2026, 8, 13, 15, 50)
    file(people["citizen"], photo=False)
    outage = _outage(world, monkeypatch)
    tick(world, clock, at(2026, 8, 14, 15, 55))
    outage["on"] = False
    clock.now = at(2026, 8, 15, 20, 0)  # Saturday evening
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    tick(world, clock, at(2026, 8, 18, 8, 0))
    [reminder] = [m for m in people["verifier"].inbox() if m.purpose == "reminder"]
    assert reminder.sent_at is None and reminder.status == "skipped"


def test_a_reminder_held_by_an_outage_still_goes_when_nobody_answered(people, world, clock, monkeypatch):
    clock.now = at(2026, 8, 13, 15, 50)
    dispositioned(people, world, clock)
    outage = _outage(world, monkeypatch)
    tick(world, clock, at(2026, 8, 14, 15, 55))
    outage["on"] = False
    clock.now = at(2026, 8, 16, 10, 0)
    people["dlh1"].says("INFO LPR-1 Di sebelah mana persisnya?")  # a question is no answer to the agency's task
    tick(world, clock, at(2026, 8, 18, 8, 0))
    [reminder] = [m for m in people["dlh1"].inbox() if m.purpose == "reminder"]
    assert reminder.status == "sent"


@pytest.mark.parametrize("answered, sent", [((1, 2), False), ((1,), True)])
def test_a_batch_of_reminders_held_by_an_outage_goes_while_one_of_its_complaints_still_waits(
        people, world, clock, monkeypatch, answered, sent):
    file(people["citizen"], photo=False)
    file(people["citizen"], description=WASTE + " lagi di pasar lain", photo=False)
    clock.now = at(2026, 8, 13, 20, 10)
    for number in (1, 2):
        people["verifier"].says(f"TERUSKAN LPR-{number} DLH")
    outage = _outage(world, monkeypatch)
    tick(world, clock, at(2026, 8, 18, 8, 0))  # one message naming both, the send fails
    clock.now = at(2026, 8, 18, 8, 5)
    for number in answered:  # Twilio still down: its retries fail
        people["dlh1"].says(f"TL LPR-{number} Sedang kami jadwalkan")
    outage["on"] = False
    tick(world, clock, at(2026, 8, 18, 9, 0))
    [batch] = [m for m in people["dlh1"].inbox() if m.purpose == "reminder"]
    assert batch.body.startswith("2 pengingat") and batch.status == ("sent" if sent else "skipped")


def test_verification_ladder_reminds_verifiers_then_supervisors(people, world, clock):
    file(people["citizen"], photo=False)
    tick(world, clock, at(2026, 8, 14, 10, 0))
    assert "belum diverifikasi" in reminders(people["verifier"])[0]
    tick(world, clock, at(2026, 8, 19, 10, 0))  # 3 working days (17 Aug is a holiday)
    assert "Eskalasi: LPR-1 belum diverifikasi" in reminders(people["supervisor"])[0]
    assert len(reminders(people["verifier"])) == 1


def test_external_disposition_gets_no_local_reminders(people, world, clock):
    file(people["citizen"], description="Listrik padam tiga hari di Dusun Krajan, trafo meledak", photo=False)
    people["verifier"].says("TERUSKAN LPR-1 PLN")
    for day in (14, 18, 19, 20):
        tick(world, clock, at(2026, 8, day, 10, 0))
    assert all(not reminders(people[p]) for p in people)


def test_repeated_and_overlapping_ticks_send_each_rung_once(people, world, clock):
    dispositioned(people, world, clock)
    clock.now = at(2026, 8, 19, 10, 0)  # every rung of the first-response ladder is due at once
    svc = services(world)
    threads = [threading.Thread(target=run_ladders, args=(svc, clock.now)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for _ in range(3):
        run_all(svc, clock.now)
    assert len(reminders(people["supervisor"])) == 1  # the highest due rung, once
    assert reminders(people["dlh1"]) == []            # lower rungs that fell due together are not sent
    with svc.session_factory() as session:
        keys = session.scalars(select(LedgerEntry.key)).all()
        assert len(keys) == len(set(keys))


def test_citizen_gets_nothing_during_quiet_hours(people, world, clock):
    dispositioned(people, world, clock)
    clock.now = at(2026, 8, 13, 22, 30)
    people["dlh1"].says("TL LPR-1 Dicek malam ini oleh petugas piket")
    tick(world, clock, at(2026, 8, 13, 22, 31))
    citizen_rows = [m for m in people["citizen"].inbox() if "Dicek malam ini" in m.body]
    assert citizen_rows and citizen_rows[0].status == "pending"
    tick(world, clock, at(2026, 8, 14, 6, 0))
    assert [m.status for m in people["citizen"].inbox() if "Dicek malam ini" in m.body] == ["sent"]


def test_staff_are_not_woken_at_night_by_a_complaint_filed_at_two_on_sunday(people, world, clock):
    """A complaint filed at 02:00 reaches the verifier at 06:00, an answer given at night the officer who asked at
    06:00 too; a login code a staff member asked for at night goes at once."""
    clock.now = at(2026, 8, 16, 2, 0)                   # Sunday
    file(people["citizen"], photo=False)
    tick(world, clock, at(2026, 8, 16, 2, 1))
    [notice] = [m for m in people["verifier"].inbox() if m.purpose == Purpose.VERIFICATION]
    assert notice.status == "pending"
    tick(world, clock, at(2026, 8, 16, 6, 0))
    assert [m.status for m in people["verifier"].inbox() if m.purpose == Purpose.VERIFICATION] == ["sent"]
    clock.now = at(2026, 8, 16, 23, 0)
    with services(world).session_factory.begin() as session:
        enqueue(session, DLH_1, "Kode masuk: 123456", purpose=Purpose.LOGIN, now=clock.now)
    tick(world, clock, at(2026, 8, 16, 23, 0))
    assert [m.status for m in people["dlh1"].inbox() if m.purpose == Purpose.LOGIN] == ["sent"]


@pytest.mark.parametrize("act, gone", [("TERUSKAN LPR-1 DLH", "diteruskan"), ("ARSIPKAN LPR-1 tes saja", "diarsipkan")])
def test_a_new_complaints_notice_held_for_the_night_is_not_sent_once_a_verifier_dealt_with_it(
        people, world, clock, act, gone):
    """Filed at 23:00, announced to the verifiers (held until 06:00); one of them, awake, forwards or archives it at
    23:30: at 06:00 nobody reads "LPR-1 menunggu verifikasi" about a complaint already dealt with."""
    clock.now = at(2026, 8, 13, 23, 0)
    file(people["citizen"], photo=False)
    tick(world, clock, at(2026, 8, 13, 23, 1))
    assert [m.status for m in people["verifier"].inbox() if m.purpose == Purpose.VERIFICATION] == ["pending"]
    clock.now = at(2026, 8, 13, 23, 30)
    assert gone in people["verifier"].says(act)
    tick(world, clock, at(2026, 8, 14, 6, 0))
    assert [m.status for m in people["verifier"].inbox() if m.purpose == Purpose.VERIFICATION] == ["skipped"]


@pytest.mark.parametrize("undo, told", [("ARSIPKAN LPR-2 dobel", "tidak dapat kami proses"),
                                         ("GABUNG LPR-2 LPR-1", "kami gabungkan")])
def test_a_forward_at_night_undone_before_morning_reaches_nobody(people, world, clock, undo, told):
    """Forwarded at 23:00, archived (or merged) at 23:15: at 06:00 the citizen reads only what became of it, and
    the officers neither a disposition nor its withdrawal (both said, in that order, of one complaint)."""
    dispositioned(people, world, clock)
    clock.now = at(2026, 8, 13, 23, 0)
    file(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-2 DLH")
    clock.now = at(2026, 8, 13, 23, 15)
    people["verifier"].says(undo)
    tick(world, clock, at(2026, 8, 14, 6, 0))
    sent = [m.body for m in people["citizen"].inbox() if "LPR-2" in m.body and m.status == "sent"]
    assert len(sent) == 1 and told in sent[0], sent
    assert [m.body for m in people["dlh1"].inbox() if "LPR-2" in m.body and m.status == "sent"] == []


@pytest.mark.parametrize("hours, filed, reaches", [
    (("22:00", "05:00"), at(2026, 8, 16, 21, 30), at(2026, 8, 16, 21, 30)),  # staff told until 22:00…
    (("22:00", "05:00"), at(2026, 8, 16, 23, 0), at(2026, 8, 17, 5, 0)),     # …and again from 05:00
    (("00:00", "00:00"), at(2026, 8, 16, 2, 0), at(2026, 8, 16, 2, 0)),      # none: a region with a night shift
])
def test_staff_quiet_hours_are_the_regions_setting(people, world, clock, hours, filed, reaches):
    """A region sets its staff's quiet hours apart from the citizens' (21:00–06:00 both by default): the verifier's
    notice of a new complaint waits for them, the citizen's messages still wait for the citizens' ones."""
    from dataclasses import replace

    from lapor.region import Region

    svc = services(world)
    settings = replace(svc.region.settings, staff_quiet_start=hours[0], staff_quiet_end=hours[1])
    svc.region = Region(settings, settings.calendar())
    clock.now = filed
    file(people["citizen"], photo=False)
    with svc.session_factory.begin() as session:  # messages for citizens queued at the same time (the verifier
        enqueue(session, CITIZEN, "Catatan untuk pelapor", purpose=Purpose.NOTICE, now=clock.now)  # too: as one)
        enqueue(session, VERIFIER, "Tindak lanjut laporan Anda", purpose=Purpose.FOLLOW_UP, now=clock.now)
    tick(world, clock, filed)
    if reaches > filed:
        tick(world, clock, reaches - timedelta(minutes=1))
        assert [m.status for m in people["verifier"].inbox() if m.purpose == Purpose.VERIFICATION] == ["pending"]
    tick(world, clock, reaches)
    assert [m.status for m in people["verifier"].inbox() if m.purpose == Purpose.VERIFICATION] == ["sent"]
    [note] = [m for m in people["citizen"].inbox() if m.body == "Catatan untuk pelapor"]
    [own] = [m for m in people["verifier"].inbox() if m.purpose == Purpose.FOLLOW_UP]
    citizens_quiet = svc.region.calendar.in_quiet_hours(reaches)
    assert note.status == own.status == ("pending" if citizens_quiet else "sent")


def test_in_ramadan_reminders_wait_for_the_next_morning_once_offices_close(people, world, clock):
    """A region with shorter Ramadan days (ramadan_work_end = 15:00): a rung due at 15:30 and a reminder held by an
    outage go at 08:00 the next working day, not to an office closed since 15:00; the deadline is unchanged."""
    from dataclasses import replace

    from lapor.region import Region

    svc = services(world)
    settings = replace(svc.region.settings, ramadan_work_end="15:00")
    svc.region = Region(settings, settings.calendar())
    clock.now = at(2026, 3, 2, 15, 30)  # Monday in Ramadan 1447, after the office closed
    disposition = dispositioned(people, world, clock)
    assert disposition.due_at.astimezone(JAKARTA) == at(2026, 3, 27, 15, 30)  # 14 working days, as all year
    with svc.session_factory.begin() as session:
        enqueue(session, DLH_2, "Pengingat tertunda", purpose=Purpose.REMINDER, now=at(2026, 3, 3, 15, 10))
    tick(world, clock, at(2026, 3, 3, 15, 30))  # rung 1 is due
    assert reminders(people["dlh1"]) == [] and [m.status for m in people["dlh2"].inbox()
                                              if m.purpose == Purpose.REMINDER] == ["pending"]
    tick(world, clock, at(2026, 3, 4, 8, 0))
    assert len(reminders(people["dlh1"])) == 1
    assert {m.status for m in people["dlh2"].inbox() if m.purpose == Purpose.REMINDER} == {"sent"}


def test_finished_complaint_closes_itself_after_ten_working_days(people, world, clock):
    dispositioned(people, world, clock)
    people["dlh1"].says("SELESAI LPR-1 Sudah bersih")
    tick(world, clock, at(2026, 8, 31, 9, 59))  # 10 working days after 13 Aug 10:00 (17, 25 Aug off) = 31 Aug
    with services(world).session_factory() as session:
        assert session.scalars(select(Complaint)).one().closed_at is None
    tick(world, clock, at(2026, 8, 31, 10, 0))
    with services(world).session_factory() as session:
        assert session.scalars(select(Complaint)).one().closed_at is not None
    assert "kami tutup" in people["citizen"].last().body
    reply = people["citizen"].says("TIDAK PUAS sampahnya menumpuk lagi di tempat yang sama")
    assert "sudah ditutup, jadi tidak dapat dibuka kembali" in reply and "ketik 1" in reply
    with services(world).session_factory() as session:
        assert session.scalars(select(Complaint)).one().status == "selesai"


def test_tick_command_runs_every_job(people, world, clock):
    dispositioned(people, world, clock)
    result = world.test_cli_runner().invoke(args=["tick", "--at", "2026-08-14T10:00:00+07:00"])
    assert result.exit_code == 0, result.output
    assert "ladders: rungs=1" in result.output and "outbox: sent=" in result.output


# Digests --------------------------------------------------------------------------------------------

def test_morning_digests_with_hand_computed_figures(people, world, clock):
    file(people["citizen"], photo=False)                                  # LPR-1 → DLH, answered
    file(people["citizen"], description=WASTE + " lagi di pasar lain", photo=False)   # LPR-2 → DLH, overdue
    file(people["citizen"], description="Jalan kabupaten berlubang di Desa Banyuanyar", photo=False)  # LPR-3 waits
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["verifier"].says("TERUSKAN LPR-2 DLH")
    clock.now = at(2026, 8, 14, 10, 0)
    people["dlh1"].says("SELESAI LPR-1 Sudah diangkut")                  # first response after 1 working day
    tick(world, clock, at(2026, 9, 8, 7, 29))
    assert [m for m in people["head"].inbox() if m.purpose == "digest"] == []
    tick(world, clock, at(2026, 9, 8, 7, 30))                           # Tuesday 07:30; LPR-2 was due 4 Sep
    [head_digest] = [m.body for m in people["head"].inbox() if m.purpose == "digest"]
    assert head_digest.startswith("Rekap harian DLH · 8 Sep 2026")
    assert "Disposisi terbuka: 1" in head_digest and "Terlambat: 1" in head_digest
    assert "• LPR-2 (batas 4 Sep 2026)" in head_digest
    assert "Penyelesaian 2026: 50% (1/2)" in head_digest
    assert "tindak lanjut pertama 2026: 1,0 hari kerja" in head_digest
    [region] = [m.body for m in people["supervisor"].inbox() if m.purpose == "digest"]
    assert "Menunggu verifikasi: 1" in region and "Penyelesaian 2026: 33% (1/3)" in region
    assert "1. DLH 50% · 1" in region
    assert all(len(line) <= 60 for line in region.splitlines()), "lines must fit a phone"
    tick(world, clock, at(2026, 9, 8, 9, 0))
    assert len([m for m in people["head"].inbox() if m.purpose == "digest"]) == 1


def test_a_digest_puts_what_needs_action_first_and_names_it(people, world, clock):
    """At 07:30 a head reads first what is late (past its deadline, then unanswered after the escalation), the
    Sekda also how many complaints wait for a verifier past theirs; the figures come after."""
    file(people["citizen"], photo=False)                                              # LPR-1 → DLH, overdue
    file(people["citizen"], description=WASTE + " lagi di pasar lain", photo=False)   # LPR-2 → DLH later
    file(people["citizen"], description="Jalan kabupaten berlubang di Desa Banyuanyar", photo=False)  # waits
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    clock.now = at(2026, 9, 2, 10, 0)
    people["verifier"].says("TERUSKAN LPR-2 DLH")                                   # no answer for 3 working days
    tick(world, clock, at(2026, 9, 7, 10, 0))                                        # its escalation goes out
    clock.now = at(2026, 9, 7, 11, 0)
    file(people["citizen"], description=WASTE + " di terminal", photo=False)        # LPR-4 → DLH, fresh
    people["verifier"].says("TERUSKAN LPR-4 DLH")
    tick(world, clock, at(2026, 9, 8, 7, 30))
    head = [m.body for m in people["head"].inbox() if m.purpose == "digest"][-1].splitlines()
    assert head[1:6] == ["Terlambat: 1", "• LPR-1 (batas 4 Sep 2026)", "Belum ditanggapi lewat 3 hari kerja: 1",
                         "• LPR-2", "Disposisi terbuka: 3"]
    region = [m.body for m in people["supervisor"].inbox() if m.purpose == "digest"][-1].splitlines()
    assert region[1:6] == ["Terlambat: 1", "• LPR-1 DLH (batas 4 Sep 2026)", "Belum ditanggapi lewat 3 hari kerja: 1",
                           "• LPR-2 DLH", "Menunggu verifikasi: 1 (lewat batas: 1)"]
    assert all(len(line) <= 60 for line in region)


def test_a_digest_with_nothing_late_says_so_in_one_line(people, world, clock):
    filed_and_forwarded(people, photo=False)
    tick(world, clock, at(2026, 8, 14, 7, 30))
    head = [m.body for m in people["head"].inbox() if m.purpose == "digest"][-1].splitlines()
    assert head[1:3] == ["Terlambat: 0", "Disposisi terbuka: 1"] and "Belum ditanggapi" not in "\n".join(head)


def test_a_quiet_agencys_head_hears_one_line_on_the_weekly_day(people, world, clock):
    """Monday: a head whose agency has nothing open hears that in one line with the week's figures, not a digest of
    zeros (the year's completion with nothing received, no first answers, no ratings)."""
    file(people["citizen"], photo=False)  # waits for verification: DLH has received nothing this year
    tick(world, clock, at(2026, 9, 7, 7, 30))  # Monday, the weekly summary's day: a quiet agency hears too
    [head_digest] = [m.body for m in people["head"].inbox() if m.purpose == "digest"]
    assert head_digest == ("Rekap DLH · 7 Sep 2026: tidak ada disposisi terbuka. "
                           "Pekan 31 Agu 2026–6 Sep 2026: baru 0 · selesai 0. REKAP: rekap lengkap")


def test_a_quiet_regions_supervisor_hears_only_one_line_on_the_weekly_day(people, world, clock):
    """Nothing waits for a verifier, nothing is open, nothing came in or was finished: the Sekda reads no digest of
    zeros on Tuesday, and on Monday one line with the week's figures (as a quiet agency's head)."""
    tick(world, clock, at(2026, 9, 8, 7, 30))  # Tuesday
    tick(world, clock, at(2026, 9, 14, 7, 30))  # Monday, the weekly summary's day
    assert [m.body for m in people["supervisor"].inbox() if m.purpose == "digest"] == [
        "Rekap daerah · 14 Sep 2026: tidak ada laporan menunggu verifikasi atau disposisi terbuka. "
        "Pekan 7 Sep 2026–13 Sep 2026: baru 0 · selesai 0. REKAP: rekap lengkap"]


def test_a_quiet_agencys_head_gets_no_daily_digest_but_the_supervisor_does(people, world, clock):
    clock.now = at(2026, 9, 7, 9, 0)
    file(people["citizen"], photo=False)  # waits for verification: nothing for DLH
    tick(world, clock, at(2026, 9, 8, 7, 30))  # Tuesday
    assert [m for m in people["head"].inbox() if m.purpose == "digest"] == []
    assert [m for m in people["supervisor"].inbox() if m.purpose == "digest"]
    clock.now = at(2026, 9, 8, 9, 0)
    people["verifier"].says("TERUSKAN LPR-1 DLH")  # now DLH has something open: Wednesday's digest comes
    tick(world, clock, at(2026, 9, 9, 7, 30))
    [head_digest] = [m.body for m in people["head"].inbox() if m.purpose == "digest"]
    assert "Disposisi terbuka: 1" in head_digest


def test_a_digest_sent_late_counts_nothing_new_twice(people, world, clock):
    clock.now = at(2026, 9, 7, 9, 0)                       # Monday 09:00, after the 07:30 digest time
    file(people["citizen"], photo=False)
    tick(world, clock, at(2026, 9, 7, 9, 30))              # the scheduler was down at 07:30: Monday's digest now
    tick(world, clock, at(2026, 9, 8, 7, 30))
    news = [line for m in people["supervisor"].inbox() if m.purpose == "digest" and "harian" in m.body
            for line in m.body.splitlines() if line.startswith("Baru")]
    assert news == ["Baru sejak rekap lalu: 0", "Baru sejak rekap lalu: 1"]


def test_a_digest_the_scheduler_missed_all_day_is_not_sent_at_night(people, world, clock):
    """The scheduler was down from before 07:30 until the evening: the morning digest does not wake a head or the
    Sekda at 19:40 or 23:00 (the next morning's comes as usual)."""
    clock.now = at(2026, 9, 7, 9, 0)
    filed_and_forwarded(people, photo=False)
    tick(world, clock, at(2026, 9, 8, 16, 0))   # Tuesday: the working day is over
    tick(world, clock, at(2026, 9, 8, 23, 0))
    tick(world, clock, at(2026, 9, 9, 2, 0))    # Wednesday, before the digest time
    assert [m for m in people["head"].inbox() + people["supervisor"].inbox() if m.purpose == "digest"] == []
    tick(world, clock, at(2026, 9, 9, 7, 30))
    digests = [m.body for m in people["head"].inbox() + people["supervisor"].inbox() if m.purpose == "digest"]
    assert [body.splitlines()[0] for body in digests] == ["Rekap harian DLH · 9 Sep 2026",
                                                         "Rekap harian daerah · 9 Sep 2026"]


def test_after_a_day_without_a_digest_the_next_one_counts_what_came_since_the_last_one_sent(people, world, clock):
    tick(world, clock, at(2026, 9, 7, 7, 30))                # Monday's digest (a quiet region's one line)
    clock.now = at(2026, 9, 7, 9, 0)
    file(people["citizen"], photo=False)                    # after it: Tuesday's would have counted it
    tick(world, clock, at(2026, 9, 8, 18, 0))               # the scheduler was down all of Tuesday's working day
    tick(world, clock, at(2026, 9, 9, 7, 30))
    news = [line for m in people["supervisor"].inbox() if m.purpose == "digest"
            for line in m.body.splitlines() if line.startswith("Baru")]
    assert news == ["Baru sejak rekap lalu: 1"]


def test_a_weekly_summary_missed_in_working_hours_is_not_sent_at_night(people, world, clock):
    file(people["citizen"], photo=False)
    tick(world, clock, at(2026, 8, 24, 18, 30))  # a working Monday, but after the working day
    assert [m for m in people["supervisor"].inbox() if m.purpose == "digest"] == []
    tick(world, clock, at(2026, 8, 24, 15, 59))  # (a clock that goes back: still inside the working day)
    [digest] = [m.body for m in people["supervisor"].inbox() if m.purpose == "digest"]
    assert digest.startswith("Rekap harian & mingguan daerah · 24 Agu 2026")


def test_weekly_summary_on_monday_and_no_digest_on_holidays(people, world, clock):
    file(people["citizen"], photo=False)
    tick(world, clock, at(2026, 8, 17, 8, 0))  # Monday but Independence Day: no digest at all
    assert [m for m in people["supervisor"].inbox() if m.purpose == "digest"] == []
    clock.now = at(2026, 8, 20, 9, 0)
    file(people["citizen"], description=WASTE + " di terminal", photo=False)
    tick(world, clock, at(2026, 8, 24, 8, 0))  # a working Monday: the daily digest and the week's, in one message
    [digest] = [m.body.splitlines() for m in people["supervisor"].inbox() if m.purpose == "digest"]
    assert digest[0] == "Rekap harian & mingguan daerah · 24 Agu 2026"
    assert "Baru sejak rekap lalu: 0" in digest and "Selesai hari kerja lalu: 0" in digest  # since Friday's
    assert "Pekan 18 Agu 2026–23 Agu 2026: baru 1 · selesai 0" in digest  # since the (postponed) last one
    assert len([line for line in digest if line.startswith("Terlambat")]) == 1  # what needs action: said once
    assert all(len(line) <= 60 for line in digest)


def test_weekly_summary_comes_on_the_first_working_day_after_a_holiday_monday(people, world, clock):
    file(people["citizen"], photo=False)
    for day in (17, 18, 19, 20, 21, 24, 25):  # Monday 17 August is Independence Day
        tick(world, clock, at(2026, 8, day, 8, 0))
    weekly = [m for m in people["supervisor"].inbox() if m.body.startswith("Rekap harian & mingguan daerah")]
    assert [m.created_at.astimezone(JAKARTA).date().day for m in weekly] == [18, 24]  # Tuesday, then Monday


def test_weekly_summaries_cover_every_day_once_when_a_holiday_postpones_one(people, world, clock):
    """Weekly on Monday; Monday 17 August is a holiday, so that one comes on Tuesday 18 and covers 10–17 August,
    the next one 18–23 August: a complaint finished on Monday 10 August is counted once."""
    clock.now = at(2026, 8, 6, 9, 0)
    filed_and_forwarded(people, photo=False)
    tick(world, clock, at(2026, 8, 10, 8, 0))            # Monday: the weekly summary of 3–9 August
    clock.now = at(2026, 8, 10, 11, 0)
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut")
    for day in (18, 24, 31):                             # Tuesday 18 (postponed), then Mondays
        tick(world, clock, at(2026, 8, day, 8, 0))
    weekly = [found for m in people["supervisor"].inbox()  # (a quiet week's too, inside its one line)
              for found in re.findall(r"Pekan [^:]*: baru \d+ · selesai \d+", m.body)]
    assert weekly == [
        "Pekan 3 Agu 2026–9 Agu 2026: baru 1 · selesai 0", "Pekan 10 Agu 2026–17 Agu 2026: baru 0 · selesai 1",
        "Pekan 18 Agu 2026–23 Agu 2026: baru 0 · selesai 0", "Pekan 24 Agu 2026–30 Agu 2026: baru 0 · selesai 0"]


def test_weekly_summary_set_on_a_weekend_day_comes_on_the_next_working_day():
    from dataclasses import replace
    from datetime import date

    from bot.digests import _weekly_week
    from lapor.region import Region, RegionSettings

    settings = replace(RegionSettings(), weekly_digest_day="saturday")
    region = Region(settings, settings.calendar())
    due = {day: _weekly_week(region, date(2026, 8, day)) for day in (14, 17, 18, 19, 24)}
    assert due == {14: None, 17: None, 18: "2026-W33", 19: None, 24: "2026-W34"}  # 17 Aug: Independence Day


def test_rekap_on_demand(people, world, clock):
    filed_and_forwarded(people, photo=False)
    text = people["head"].says("REKAP")
    assert text.startswith("Rekap harian DLH") and "Disposisi terbuka: 1" in text
    assert "Peringkat instansi" in people["supervisor"].says("REKAP")


def test_a_digest_run_after_the_days_digests_went_reads_no_digest_history(people, world, clock):
    """The digests job runs every few minutes all working day: once today's went, a run only learns that."""
    from sqlalchemy import event

    svc = services(world)
    tick(world, clock, at(2026, 8, 14, 10, 0))
    with svc.session_factory() as session:  # today's digests are done (a quiet region's: none goes)
        assert session.scalars(select(LedgerEntry.key).where(LedgerEntry.key.like("digest:2026-08-14:%"))).all()
    statements = []

    def count(connection, cursor, statement, *args):
        statements.append(statement)

    event.listen(svc.engine, "before_cursor_execute", count)
    try:
        assert scheduler.jobs.send_digests(svc, at(2026, 8, 14, 10, 5)) == "digests=0"
    finally:
        event.remove(svc.engine, "before_cursor_execute", count)
    assert not [sql for sql in statements if "ledger.key" in sql.replace('"', "") and "LIKE" in sql.upper()]


def test_figures_come_from_sql_not_python_loops(people, world, clock, monkeypatch):
    """Digest cost does not grow with rows loaded: no ORM entity is loaded while computing figures."""
    from sqlalchemy import event

    from lapor import stats

    for _ in range(3):
        file(people["citizen"], photo=False)
    svc = services(world)
    loaded = []
    with svc.session_factory() as session:
        event.listen(session, "loaded_as_persistent", lambda s, instance: loaded.append(instance))
        stats.figures(session, clock.now, clock.now, (clock.now, clock.now), clock.now.replace(month=1, day=1),
                      ranking=True)
    assert loaded == []
    with svc.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(OutboxMessage)) > 0


def test_a_tick_killed_mid_run_and_restarted_sends_every_rung_once(people, world, clock, monkeypatch):
    file(people["citizen"], photo=False)                      # LPR-1 waits for verification
    file(people["citizen"], description=WASTE + " lagi", photo=False)
    people["verifier"].says("TERUSKAN LPR-2 DLH")             # LPR-2 waits for a first response
    real, calls = scheduler.jobs.send_rungs, []

    def dies_on_second(session, rungs, now, zone):
        for rung in rungs:
            calls.append(rung.key)
            if len(calls) == 2:
                raise RuntimeError("worker killed")
            real(session, [rung], now, zone)

    monkeypatch.setattr(scheduler.jobs, "send_rungs", dies_on_second)
    clock.now = at(2026, 8, 14, 10, 0)
    with pytest.raises(RuntimeError):
        run_ladders(services(world), clock.now)
    assert reminders(people["verifier"]) == [] and reminders(people["dlh1"]) == []  # nothing half-sent
    monkeypatch.setattr(scheduler.jobs, "send_rungs", real)
    run_all(services(world), clock.now)
    run_all(services(world), clock.now)
    assert len(reminders(people["verifier"])) == 1 and len(reminders(people["dlh1"])) == 1


def test_officer_marks_a_field_inspection_and_the_deadline_becomes_60_working_days(people, world, clock):
    disposition = dispositioned(people, world, clock)
    assert disposition.due_at.astimezone(JAKARTA) == at(2026, 9, 4)
    reply = people["dlh1"].says("SURVEI LPR-1 Perlu cek lokasi TPS bersama kecamatan")
    assert "perlu survei lapangan" in reply and "60 hari kerja" in reply
    with services(world).session_factory() as session:
        marked = session.scalars(select(Disposition)).one()
        expected = services(world).region.calendar.add_working_days(marked.created_at, 60)
        assert marked.field_inspection and marked.due_at == expected
        assert marked.first_response_at is not None  # marking it is the agency's first answer
    relayed = people["citizen"].last().body
    assert "survei lapangan" in relayed and "Perlu cek lokasi TPS" in relayed
    tick(world, clock, at(2026, 9, 2, 10, 0))  # the old reminder date passes quietly
    assert reminders(people["dlh1"]) == []


def test_verifier_dispositions_with_a_field_inspection(people, world, clock):
    file(people["citizen"], photo=False)
    reply = people["verifier"].says("TERUSKAN LPR-1 DLH SURVEI")
    assert "diteruskan ke Dinas Lingkungan Hidup" in reply
    with services(world).session_factory() as session:
        disposition = session.scalars(select(Disposition)).one()
        assert disposition.field_inspection
        assert disposition.due_at == services(world).region.calendar.add_working_days(disposition.created_at, 60)
    assert "SURVEI" in people["pupr"].says("bantuan")


def import_lapor(world, tmp_path, status: str):
    path = tmp_path / f"{status}.csv"
    path.write_text("ID Tracking,Tanggal Masuk,Isi,Status,Disposisi\n"
                    f"7730300,12/08/2026 09:00,\"{WASTE}\",{status},DLH\n", encoding="utf-8")
    result = world.test_cli_runner().invoke(args=["lapor", "import", str(path)])
    assert result.exit_code == 0, result.output
    with services(world).session_factory() as session:
        return session.scalars(select(Disposition)).one()


def test_a_report_lapor_shows_in_progress_gets_no_first_response_reminders(people, world, clock, tmp_path):
    """The agency followed up in SP4N-LAPOR! already: no "belum ditindaklanjuti" rungs; the deadline still runs."""
    disposition = import_lapor(world, tmp_path, "Proses")
    assert disposition.first_response_at is not None and disposition.response_next_at is None
    assert disposition.first_response_days is None  # answered before we knew of it: not counted as 0 days
    assert disposition.completion_next_at is not None
    for day in (14, 18, 19, 20, 21):
        tick(world, clock, at(2026, 8, day, 10, 0))
    assert all("belum ditindaklanjuti" not in body for who in ("dlh1", "head", "supervisor")
               for body in reminders(people[who]))
    with services(world).session_factory() as session:
        notes = [e.text for e in session.scalars(select(Complaint)).one().timeline if e.event == "lapor"]
    assert "Tindak lanjut pertama tercatat di SP4N-LAPOR!: DLH" in notes


def test_a_newer_export_showing_progress_stops_the_first_response_ladder(people, world, clock, tmp_path):
    import_lapor(world, tmp_path, "Belum Ditindaklanjuti")
    tick(world, clock, at(2026, 8, 14, 10, 0))  # rung 1: the officers are reminded
    assert len(reminders(people["dlh1"])) == 1
    clock.now = at(2026, 8, 14, 11, 0)
    disposition = import_lapor(world, tmp_path, "Proses")
    assert disposition.first_response_days == pytest.approx(1.12, abs=0.01)  # until we learned of it (11:00)
    for day in (18, 19, 20):
        tick(world, clock, at(2026, 8, day, 10, 0))
    assert len(reminders(people["dlh1"])) == 1 and reminders(people["supervisor"]) == []


# Rounds: a restarted ladder sends its rungs again; a question to the citizen pauses the asker's side -----

def test_reopened_disposition_is_chased_again_for_a_first_answer_and_its_new_deadline(people, world, clock):
    dispositioned(people, world, clock)
    clock.now = at(2026, 8, 14, 9, 0)
    people["dlh1"].says("TL LPR-1 Sedang dijadwalkan")
    tick(world, clock, at(2026, 9, 2, 10, 0))   # reminder 2 working days before 4 Sep
    tick(world, clock, at(2026, 9, 4, 10, 0))   # overdue notice
    assert len(reminders(people["dlh1"])) == 2
    clock.now = at(2026, 9, 7, 10, 0)
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut")
    clock.now = at(2026, 9, 7, 11, 0)
    assert "buka kembali" in people["citizen"].says("TIDAK PUAS sampahnya menumpuk lagi di tempat yang sama")
    tick(world, clock, at(2026, 9, 8, 11, 0))   # one working day without an answer to the reopened complaint
    first = reminders(people["dlh1"])[-1]
    assert "belum ditindaklanjuti sejak 7 Sep 2026 (1 hari kerja)" in first
    assert "membuka kembali laporan" in first
    clock.now = at(2026, 9, 8, 12, 0)
    people["dlh1"].says("TL LPR-1 Petugas kembali ke lokasi besok pagi")
    with services(world).session_factory() as session:
        reopened = session.scalars(select(Disposition)).one()
        assert reopened.first_response_days == pytest.approx(0.88, abs=0.01)  # the first answer's figure stays
    calendar = services(world).region.calendar
    new_due = reopened.due_at
    # (the promise "besok pagi" went by meanwhile: its reminders are counted apart, `promised=`)
    assert tick(world, clock, calendar.subtract_working_days(new_due, 2))["ladders"].startswith("rungs=1 messages=2")
    assert tick(world, clock, new_due)["ladders"].startswith("rungs=1 messages=3")
    tick(world, clock, calendar.add_working_days(new_due, 1))
    later = [body for body in reminders(people["dlh1"])[3:] if "janji tindak lanjut" not in body.lower()]
    assert len(later) == 2 and "2 hari kerja lagi" in later[0]
    assert "melewati batas penyelesaian hari ini pukul" in later[1]


def _reopened_on_friday_night(people, world, clock):
    dispositioned(people, world, clock)
    clock.now = at(2026, 8, 14, 9, 0)
    people["dlh1"].says("TL LPR-1 Sedang dijadwalkan")
    clock.now = at(2026, 9, 11, 10, 0)
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut")
    clock.now = at(2026, 9, 11, 23, 10)
    people["citizen"].says("TIDAK PUAS sampahnya menumpuk lagi di tempat yang sama")
    tick(world, clock, at(2026, 9, 15, 10, 0))  # Tuesday: one working day (Monday) without an answer
    return [body for body in reminders(people["dlh1"]) if "belum ditindaklanjuti" in body][-1]


def _filed_on_saturday(people, world, clock):
    clock.now = at(2026, 8, 15, 10, 0)
    file(people["citizen"], photo=False)
    tick(world, clock, at(2026, 8, 19, 10, 0))  # Wednesday: Monday 17 was Independence Day
    return reminders(people["verifier"])[-1]


@pytest.mark.parametrize("journey, counted, happened", [
    (_reopened_on_friday_night, "belum ditindaklanjuti sejak Senin, 14 Sep 2026 (1 hari kerja)",
     "Pelapor membuka kembali laporan karena belum puas pada Jumat, 11 Sep 2026 pukul 23.10 (di luar jam kerja)."),
    (_filed_on_saturday, "belum diverifikasi sejak Selasa, 18 Agu 2026 (1 hari kerja;",
     "Laporan masuk pada Sabtu, 15 Agu 2026 pukul 10.00 (hari libur)."),  # not "outside working hours" at 10:00
])
def test_a_wait_that_began_outside_working_hours_counts_from_the_first_working_day(
        people, world, clock, journey, counted, happened):
    """A reminder said 'sejak 8 Jan 2027 (1 hari kerja)' on a Tuesday for a reopening on Friday at 23:10: four days
    on the calendar read as one. The count starts on the first working day, which it names, and says when the
    wait began."""
    first, second = journey(people, world, clock).splitlines()[:2]
    assert counted in first and second == happened


def test_an_agency_that_answered_in_lapor_gets_no_first_response_figure_from_its_answer_to_a_reopening(
        people, world, clock):
    from lapor.bridge.reports import ApplyResult, Report, apply_report

    dispositioned(people, world, clock)
    svc = services(world)
    with svc.session_factory.begin() as session:
        session.scalars(select(Complaint)).one().lapor_tracking_id = "TRK-1"
        # LAPOR's admin adds PUPR, which follows up there at once: answered before we knew of it, not measured
        apply_report(session, Report("TRK-1", "proses", agencies=["DLH", "PUPR"]), at(2026, 8, 13, 11, 0),
                     svc.region, ApplyResult())
    clock.now = at(2026, 8, 27, 10, 0)
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut")
    people["pupr"].says("SELESAI LPR-1 Saluran sudah dibersihkan")
    clock.now = at(2026, 8, 27, 11, 0)
    assert "buka kembali" in people["citizen"].says("TIDAK PUAS sampahnya menumpuk lagi di tempat yang sama")
    clock.now = at(2026, 8, 28, 12, 0)
    people["pupr"].says("TL LPR-1 Petugas kembali ke lokasi besok")
    with services(world).session_factory() as session:
        figures = {d.agency.code: d.first_response_days for d in session.scalars(select(Disposition))}
    assert figures == {"DLH": pytest.approx(0.12, abs=0.01), "PUPR": None}  # DLH's until we learned of it


def test_returned_complaint_reminds_the_verifiers_again(people, world, clock):
    file(people["citizen"], photo=False)
    tick(world, clock, at(2026, 8, 14, 10, 0))           # 1 working day unverified: verifiers reminded
    assert len(reminders(people["verifier"])) == 1
    clock.now = at(2026, 8, 14, 11, 0)
    people["verifier"].says("TERUSKAN LPR-1 PUPR")
    clock.now = at(2026, 8, 14, 12, 0)
    assert "dikembalikan" in people["pupr"].says("KEMBALIKAN LPR-1 Sampah kewenangan DLH")
    for day in (18, 19):
        tick(world, clock, at(2026, 8, day, 13, 0))     # waits again for a verifier
    assert len(reminders(people["verifier"])) == 2
    assert "belum diverifikasi sejak 14 Agu 2026 (1 hari kerja" in reminders(people["verifier"])[-1]
    assert "saat instansi mengembalikan laporan" in reminders(people["verifier"])[-1]


def test_a_complaint_returned_while_waiting_for_the_citizen_is_said_to_be_returned(people, world, clock):
    dispositioned(people, world, clock)
    clock.now = at(2026, 8, 13, 10, 30)
    people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    clock.now = at(2026, 8, 13, 11, 0)
    assert "dikembalikan" in people["dlh1"].says("KEMBALIKAN LPR-1 Ini kewenangan PUPR, bukan kami")
    tick(world, clock, at(2026, 8, 14, 11, 0))
    [reminder] = reminders(people["verifier"])
    # the citizen never answered: the agency returned it
    assert "saat instansi mengembalikan laporan (laporan masuk 13 Agu 2026)" in reminder
    assert "jawaban pelapor" not in reminder


def test_field_inspection_marked_after_the_overdue_notice_gets_the_new_deadlines_rungs(people, world, clock):
    dispositioned(people, world, clock)
    clock.now = at(2026, 8, 14, 9, 0)
    people["dlh1"].says("TL LPR-1 Sedang dijadwalkan")
    tick(world, clock, at(2026, 9, 2, 10, 0))
    tick(world, clock, at(2026, 9, 4, 10, 0))
    assert len(reminders(people["dlh1"])) == 2
    clock.now = at(2026, 9, 7, 10, 0)
    assert "60 hari kerja" in people["dlh1"].says("SURVEI LPR-1 Perlu cek lokasi TPS bersama kecamatan")
    with services(world).session_factory() as session:
        new_due = session.scalars(select(Disposition)).one().due_at
    calendar = services(world).region.calendar
    tick(world, clock, calendar.subtract_working_days(new_due, 2))
    tick(world, clock, new_due)
    assert len(reminders(people["dlh1"])) == 4
    tick(world, clock, new_due)                          # a repeated tick of the same round sends nothing more
    assert len(reminders(people["dlh1"])) == 4


def test_tunda_pauses_the_verification_ladder_and_the_answer_starts_a_fresh_round(people, world, clock):
    file(people["citizen"], photo=False)
    clock.now = at(2026, 8, 13, 10, 30)
    assert "tertunda" in people["verifier"].says("TUNDA LPR-1 Mohon sebutkan nama pasar dan desanya")
    for day in (14, 18, 19):
        tick(world, clock, at(2026, 8, day, 11, 0))
    assert reminders(people["verifier"]) == [] and reminders(people["supervisor"]) == []  # paused
    clock.now = at(2026, 8, 20, 9, 0)
    people["citizen"].says("Pasar Srimangunan, Desa Banyuanyar")
    with services(world).session_factory() as session:
        assert session.scalars(select(Complaint)).one().status == "belum_terverifikasi"
    tick(world, clock, at(2026, 8, 20, 9, 5))            # five minutes after the answer: nobody is escalated
    tick(world, clock, at(2026, 8, 21, 8, 59))
    assert reminders(people["verifier"]) == [] and reminders(people["supervisor"]) == []
    tick(world, clock, at(2026, 8, 21, 9, 0))            # one working day after the answer
    [reminder] = reminders(people["verifier"])
    assert "belum diverifikasi sejak 20 Agu 2026 (1 hari kerja" in reminder
    assert "selesai menunggu jawaban pelapor (laporan masuk 13 Agu 2026)" in reminder
    assert reminders(people["supervisor"]) == []


def test_info_pauses_the_first_response_ladder_and_the_deadline_while_the_citizen_does_not_answer(
        people, world, clock):
    dispositioned(people, world, clock)
    clock.now = at(2026, 8, 13, 10, 30)
    assert "dikirim" in people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    with services(world).session_factory() as session:
        assert session.scalars(select(Complaint)).one().status == "tertunda"
    for day in (14, 18, 19, 20, 21):                    # the citizen does not answer for a week
        tick(world, clock, at(2026, 8, day, 11, 0))
    assert reminders(people["dlh1"]) == [] and reminders(people["supervisor"]) == []
    tick(world, clock, at(2026, 8, 28, 11, 0))  # nine working days (17 and 25 August are holidays): still paused
    assert reminders(people["dlh1"]) == [] and reminders(people["head"]) == []


def test_an_info_question_unanswered_for_ten_working_days_stops_pausing_the_deadline(people, world, clock):
    dispositioned(people, world, clock)                  # due Friday 4 Sep
    clock.now = at(2026, 8, 13, 10, 30)
    people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    tick(world, clock, at(2026, 8, 31, 11, 0))           # ten working days later (17 and 25 August are holidays)
    tick(world, clock, at(2026, 8, 31, 11, 30))          # the next pass: told once
    [lapsed] = reminders(people["dlh1"])
    assert "belum dijawab dalam 10 hari kerja" in lapsed and "18 Sep 2026" in lapsed and "SELESAI LPR-1" in lapsed
    assert due_of(world) == at(2026, 9, 18, 10, 30)      # 4 Sep 10:00 moved by the wait, to the minute
    with services(world).session_factory() as session:
        assert session.scalars(select(Complaint)).one().status == "belum_ditindaklanjuti"
    clock.now = at(2026, 9, 1, 9, 0)                     # the citizen answers after all: relayed, nothing moved
    people["citizen"].says("Di sisi timur pasar, dekat pintu masuk parkir")
    deliver(world)
    assert [m for m in people["dlh1"].inbox() if m.purpose == Purpose.ANSWER]
    assert due_of(world) == at(2026, 9, 18, 10, 30)


def due_of(world):
    with services(world).session_factory() as session:
        return session.scalars(select(Disposition)).one().due_at.astimezone(JAKARTA)


def test_the_answer_to_info_moves_the_deadline_by_the_working_days_waited(people, world, clock):
    dispositioned(people, world, clock)                  # due Friday 4 Sep, reminded Wednesday 2 Sep
    clock.now = at(2026, 8, 14, 9, 0)
    people["dlh1"].says("TL LPR-1 Sedang dijadwalkan")
    clock.now = at(2026, 9, 1, 10, 0)                    # Tuesday: asked
    people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    tick(world, clock, at(2026, 9, 2, 10, 0))
    tick(world, clock, at(2026, 9, 4, 10, 0))
    assert reminders(people["dlh1"]) == [], "no reminder nor overdue notice while the citizen is asked"
    clock.now = at(2026, 9, 7, 14, 0)                    # Monday: answered, 4.5 working days later
    for _ in range(2):                                   # delivered twice by Twilio: moved once
        people["citizen"].wa.send(CITIZEN, "Di sisi timur pasar, dekat pintu masuk parkir", MessageSid="SManswer1")
    assert due_of(world) == at(2026, 9, 10, 14, 0)      # 4 Sep 10:00 + 4.5 working days
    deliver(world)
    [relayed] = [m.body for m in people["dlh1"].inbox() if m.purpose == Purpose.ANSWER]
    assert "Batas penyelesaian LPR-1: 10 Sep 2026 (waktu menunggu jawaban pelapor tidak dihitung)" in relayed
    tick(world, clock, at(2026, 9, 8, 14, 0))            # two working days before the new date
    [reminder] = reminders(people["dlh1"])
    assert "harus selesai 10 Sep 2026" in reminder and "2 hari kerja lagi" in reminder
    tick(world, clock, at(2026, 9, 8, 14, 30))
    tick(world, clock, at(2026, 9, 10, 14, 0))
    assert "LPR-1 (Dinas Lingkungan Hidup) melewati batas penyelesaian hari ini pukul" in reminders(people["dlh1"])[-1]
    assert len(reminders(people["dlh1"])) == 2


def test_while_the_citizen_is_asked_daftar_and_rekap_do_not_call_the_paused_disposition_late(people, world, clock):
    dispositioned(people, world, clock)                  # due Friday 4 Sep
    clock.now = at(2026, 9, 1, 10, 0)
    people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    clock.now = at(2026, 9, 8, 10, 0)                    # the old deadline is past, no answer yet
    listing = people["dlh1"].says("DAFTAR")
    assert "LPR-1" in listing and "lewat" not in listing.lower() and "terlambat" not in listing.lower(), listing
    assert "LPR-1" not in people["supervisor"].says("apa yang telat?")
    assert "Terlambat: 0" in people["head"].says("REKAP")


def test_a_question_asked_after_the_deadline_does_not_move_it_and_the_answer_says_it_went_by(people, world, clock):
    """An agency that missed its deadline cannot move it into the future by asking the citizen something."""
    dispositioned(people, world, clock)                  # due Friday 4 Sep 10:00
    clock.now = at(2026, 8, 14, 9, 0)
    people["dlh1"].says("TL LPR-1 Sedang dijadwalkan")
    clock.now = at(2026, 9, 7, 10, 0)                    # Monday, after the deadline: asked
    people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    clock.now = at(2026, 9, 9, 10, 0)                    # answered 2 working days later
    people["citizen"].wa.send(CITIZEN, "Di sisi timur pasar, dekat pintu masuk parkir")
    assert due_of(world) == at(2026, 9, 4, 10, 0)
    deliver(world)
    [relayed] = [m.body for m in people["dlh1"].inbox() if m.purpose == Purpose.ANSWER]
    assert "Batas penyelesaian LPR-1 4 Sep 2026 sudah lewat." in relayed and "tidak dihitung" not in relayed


def test_a_question_asked_after_the_deadline_that_lapses_says_the_deadline_went_by(people, world, clock):
    dispositioned(people, world, clock)
    clock.now = at(2026, 8, 14, 9, 0)
    people["dlh1"].says("TL LPR-1 Sedang dijadwalkan")
    clock.now = at(2026, 9, 7, 10, 0)
    people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    tick(world, clock, at(2026, 9, 21, 10, 0))           # 10 working days without an answer
    lapsed = [body for body in reminders(people["dlh1"]) if "belum dijawab" in body][-1]
    assert due_of(world) == at(2026, 9, 4, 10, 0)
    assert "Batas penyelesaian 4 Sep 2026 sudah lewat" in lapsed and "berjalan lagi" not in lapsed


def test_a_reminder_sent_before_the_question_is_not_sent_again_after_the_answer(people, world, clock):
    dispositioned(people, world, clock)
    clock.now = at(2026, 8, 14, 9, 0)
    people["dlh1"].says("TL LPR-1 Sedang dijadwalkan")
    tick(world, clock, at(2026, 9, 2, 10, 0))            # the reminder, 2 working days before 4 Sep
    clock.now = at(2026, 9, 2, 11, 0)
    people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    clock.now = at(2026, 9, 4, 11, 0)                    # answered 2 working days later
    people["citizen"].says("Di sisi timur pasar")
    assert due_of(world) == at(2026, 9, 8, 10, 0)
    for moment in (at(2026, 9, 4, 11, 5), at(2026, 9, 7, 10, 0), at(2026, 9, 8, 9, 59)):
        tick(world, clock, moment)
    assert len(reminders(people["dlh1"])) == 1, "each rung once per disposition"
    tick(world, clock, at(2026, 9, 8, 10, 0))
    assert "LPR-1 (Dinas Lingkungan Hidup) melewati batas penyelesaian hari ini pukul" in reminders(people["dlh1"])[-1]
    assert len(reminders(people["dlh1"])) == 2


def test_the_answer_to_info_restarts_the_first_response_ladder(people, world, clock):
    dispositioned(people, world, clock)
    clock.now = at(2026, 8, 13, 10, 30)
    people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    clock.now = at(2026, 8, 19, 14, 0)
    people["citizen"].says("Di sisi timur pasar, dekat pintu masuk parkir")
    tick(world, clock, at(2026, 8, 19, 14, 5))
    assert reminders(people["dlh1"]) == [] and reminders(people["supervisor"]) == []
    tick(world, clock, at(2026, 8, 20, 14, 0))           # one working day after the answer: rung 1 of a new round
    [reminder] = reminders(people["dlh1"])
    assert "belum ditindaklanjuti sejak 19 Agu 2026 (1 hari kerja)" in reminder
    tick(world, clock, at(2026, 8, 24, 14, 0))           # three working days after it: the supervisors
    assert "3 hari kerja (sejak 19 Agu 2026)" in reminders(people["supervisor"])[0]


def test_a_complaint_going_on_without_the_answer_restarts_the_askers_ladder(people, world, clock):
    file(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH, PUPR")
    clock.now = at(2026, 8, 13, 10, 30)
    people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    clock.now = at(2026, 8, 13, 11, 0)
    people["pupr"].says("TL LPR-1 Saluran di depan pasar kami bersihkan")  # the complaint goes on: DLH's wait ends
    with services(world).session_factory() as session:
        assert session.scalars(select(Complaint)).one().status == "proses"
    tick(world, clock, at(2026, 8, 14, 10, 45))
    assert reminders(people["dlh1"]) == []
    tick(world, clock, at(2026, 8, 14, 11, 0))
    assert "sejak 13 Agu 2026 (1 hari kerja)" in reminders(people["dlh1"])[0]


def test_a_report_back_from_tertunda_in_lapor_starts_a_fresh_verification_round(people, world, clock):
    from lapor.bridge.reports import ApplyResult, Report, apply_report

    svc = services(world)
    content = WASTE + ", dilaporkan langsung di SP4N-LAPOR!"

    def pulled(status, when):
        with svc.session_factory.begin() as session:
            return apply_report(session, Report("TRK-9", status, content=content), when, svc.region, ApplyResult())

    pulled("belum_terverifikasi", at(2026, 8, 13))
    pulled("tertunda", at(2026, 8, 13, 11, 0))
    tick(world, clock, at(2026, 8, 19, 11, 0))           # on hold in LAPOR: nobody is reminded
    pulled("belum_terverifikasi", at(2026, 8, 20, 9, 0))
    tick(world, clock, at(2026, 8, 20, 9, 5))
    assert reminders(people["verifier"]) == [] and reminders(people["supervisor"]) == []
    tick(world, clock, at(2026, 8, 21, 9, 0))
    assert "sejak 20 Agu 2026 (1 hari kerja" in reminders(people["verifier"])[0]


def test_the_second_reminder_says_the_head_was_told_only_when_there_is_one(people, world, clock):
    filed_and_forwarded(people, photo=False)
    filed(people["citizen"], description="Jalan desa berlubang besar di depan balai desa, sudah dua motor jatuh")
    people["verifier"].says("TERUSKAN LPR-2 PUPR")  # PUPR has no head
    for day in (14, 18):
        tick(world, clock, at(2026, 8, day, 10, 0))
    dlh, pupr, head = reminders(people["dlh1"])[-1], reminders(people["pupr"])[-1], reminders(people["head"])[-1]
    assert all("Pengingat ke-2" in text for text in (dlh, pupr, head))
    assert "Kepala instansi ikut diberi tahu" in dlh
    assert "Kepala instansi" not in pupr and "Kepala instansi" not in head
