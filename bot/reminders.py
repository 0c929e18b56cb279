"""Ladder rungs and auto-close notices as WhatsApp messages: who gets them and what they read."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from math import ceil, floor
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.messages import (
    day_and_date,
    day_and_datetime,
    deadline_near,
    deadline_words,
    excerpt,
    person_label,
    short_date,
    t,
)
from bot.outbox import contact_at, enqueue
from bot.promised import promised_day
from lapor.complaints import NEW
from lapor.directory import (
    not_accused,
    officers_for,
    present_staff,
    reachable_staff,
    readers_for,
    region_readers,
)
from lapor.ladders import (
    BATCH_PREFIX,
    DueRung,
    batch_key,
    promise_key,
    rung_as_of,
    rungs_named,
    rungs_written,
    unanswered_progress,
    written_at,
)
from lapor.region import Region
from lapor.workcal import WorkCalendar
from models import Complaint, Contact, Disposition, LedgerEntry, OutboxMessage, Question, TimelineEntry
from models.db import upsert_insert
from models.vocab import Purpose, Role

LAPSED_PREFIX = "lapsed:"  # the outbox key of a question's lapse notice: `lapsed:<question id>[:<reader id>]`


def first_time(session: Session, key: str, now: datetime) -> bool:
    """Write `key` to the ledger; False when it is already there (sent before, by this or another process)."""
    inserted = session.execute(upsert_insert(session, LedgerEntry).values(key=key, sent_at=now)
                               .on_conflict_do_nothing(index_elements=["key"]).returning(LedgerEntry.id))
    return inserted.first() is not None


def recipients(session: Session, groups: tuple[str, ...], disposition: Disposition | None,
               now: datetime) -> list[Contact]:
    """Staff at work in the named groups: the disposition's officers as its notices reach them (`readers_for`: its
    named officer, else the agency's, none on leave; its heads when no officer is at work; the verifiers when nobody
    there is), its agency's heads (`heads_or_above`), verifiers, supervisors. Never staff the complaint accuses:
    `readers_for` and `heads_or_above` leave them out (`lapor.directory.not_accused`)."""
    people: dict[int, Contact] = {}
    for group in groups:
        if group in ("officers", "heads"):
            if disposition is None:
                continue
            found = readers_for(session, disposition, now) if group == "officers" else heads_or_above(
                session, disposition, now)  # a head on leave with nobody standing in: the supervisors above them
        else:
            found = region_readers(session, ROLES[group], now)
        for contact in found:
            people[contact.id] = contact
    return list(people.values())


ROLES = {"verifiers": Role.VERIFIER, "supervisors": Role.SUPERVISOR}


def heads_or_above(session: Session, disposition: Disposition, now: datetime) -> list[Contact]:
    """Who reads a rung meant for the disposition's agency head: its heads at work (or their stand-in) the complaint
    does not accuse; when every head registered is on leave with nobody standing in, or every head at work is
    accused, the region's supervisors, so that the chase a head would get reaches someone above the officers (an
    agency with no head registered: nobody, as before)."""
    present = present_staff(session, disposition.agency_id, now, roles=(Role.HEAD,))
    heads = not_accused(present, disposition)  # a head the complaint accuses reads none of its rungs
    if heads or not (present or reachable_staff(session, disposition.agency_id, (Role.HEAD,))):
        return heads
    return not_accused(region_readers(session, Role.SUPERVISOR, now), disposition)


def heads_accused(session: Session, disposition: Disposition, now: datetime) -> bool:
    """Whether the agency has heads at work and the complaint accuses every one of them (its rungs for the head go
    to the supervisors then, `heads_or_above`, and are worded so: the head is not on leave)."""
    present = present_staff(session, disposition.agency_id, now, roles=(Role.HEAD,))
    return bool(present) and not not_accused(present, disposition)


def head_away_key(session: Session, disposition: Disposition, now: datetime) -> str:
    """The message of a rung for the head read by the supervisors: the head accused by the complaint, or away."""
    return "rung_head_named" if heads_accused(session, disposition, now) else "rung_head_away"


def _heads_read(session: Session, disposition: Disposition, now: datetime) -> bool:
    """Whether a head at work the complaint does not accuse reads the rungs for the head (none: never said)."""
    return bool(not_accused(present_staff(session, disposition.agency_id, now, roles=(Role.HEAD,)), disposition))


def send_rungs(session: Session, rungs: list[DueRung], now: datetime, calendar: WorkCalendar) -> int:
    """Queue the messages of every rung due at once (ledger: each once), one message per person: a deadline notice
    that falls due with a first-response reminder of the same disposition is a line of that reminder, and the
    rungs of several complaints (forwarded together one evening: all due at 08:00) one message that names them all
    (several messages in the same minute read as a bot gone wrong). Return how many messages were queued."""
    groups: dict[tuple, list[DueRung]] = {}
    for rung in rungs:
        subject = ("d", rung.disposition.id) if rung.disposition else ("c", rung.complaint.id)
        groups.setdefault(subject, []).append(rung)
    told: dict[int, tuple[Contact, list[tuple[str, DueRung]]]] = {}
    for group in groups.values():
        for person, body, rung in _group_bodies(session, group, now, calendar):
            told.setdefault(person.id, (person, []))[1].append((body, rung))
    sent = 0
    for person, theirs in told.values():
        body, rung = theirs[0]
        if len(theirs) == 1:  # a swipe-reply to it may leave out the reference
            enqueue(session, person.address, body, purpose=Purpose.REMINDER, now=now,
                    subject=("complaint", rung.complaint.id), dedupe_key=f"{rung.key}:{person.id}")
            sent += 1
            continue
        for start in range(0, len(theirs), BATCH_MAX):
            batch = theirs[start:start + BATCH_MAX]
            enqueue(session, person.address, "\n\n".join([t("rung_batch", count=len(batch))] + [b for b, _ in batch]),
                    purpose=Purpose.REMINDER, dedupe_key=f"{batch_key(now, [r for _, r in batch])}:{person.id}",
                    now=now)
            sent += 1
    return sent


BATCH_MAX = 10  # rungs in one message: its key names them (`lapor.ladders.batch_key`), and a phone screen is short


def _group_bodies(session: Session, rungs: list[DueRung], now: datetime, calendar: WorkCalendar):
    """The rungs of one disposition (or complaint) due at once, each person's as one text: the first rung's text
    (the first-response ladder comes before the completion one) with a line for each further rung."""
    told: dict[int, tuple[Contact, list[DueRung]]] = {}
    for rung in rungs:
        if first_time(session, rung.key, now):
            for person in recipients(session, rung.to, rung.disposition, now):
                told.setdefault(person.id, (person, []))[1].append(rung)
    for person, theirs in told.values():
        yield person, _worded(session, theirs, person, calendar, now), theirs[0]


def _worded(session: Session, rungs: list[DueRung], person: Contact, calendar: WorkCalendar, now: datetime) -> str:
    """One person's text of the rungs of one disposition (or complaint) due at once: the first rung's, with a line
    for each further rung."""
    body = _body(session, rungs[0], person, calendar, now)
    for other in rungs[1:]:
        body = _second_line(body, _also(other, calendar, now))
    return body


def restated(session: Session, row: OutboxMessage, now: datetime, region: Region) -> str | None:
    """The text of a rung message (`send_rungs`) that goes on a later day than it was written (Twilio down across
    midnight; a send that failed at 15:55, tried again the next working morning), worded for `now` as the ladders
    would word it then: a deadline «besok» is «hari ini», one «hari ini» its date, the days waited and left are
    counted to now, and a deadline reminded of that went by meanwhile is said gone by.

    "" when it has nothing left to say: its only rung reminds of a deadline gone by meanwhile (the overdue notice,
    a rung of its own, says that). None to send it as it was queued: written the same day, not a rung message, or a
    text that cannot be written again exactly as it was (the round restarted, the deadline moved, part of it sent
    already, another reader's text): nothing is guessed."""
    key = (row.dedupe_key or "").rpartition("#")[0]
    if key.startswith(LAPSED_PREFIX):
        return lapse_restated(session, row, now, region)
    calendar = region.calendar
    written = written_at(session, key) if key and not row.part_of else None
    if written is None or calendar.localize(written).date() == calendar.localize(now).date():
        return None
    person = contact_at(session, row.recipient)
    if person is None:
        return None
    then, later = [], []
    for token in rungs_named(key):
        group = rungs_written(session, token.subject, token.subject_id, written)
        if not group or (group[0].ladder, group[0].step) != (token.ladder, token.step):
            return None
        pairs = [(rung_as_of(session, one, token.subject_id, written, region),
                  rung_as_of(session, one, token.subject_id, now, region)) for one in group]
        if any(was is None or now_is is None for was, now_is in pairs):
            return None
        theirs = pairs[:1] + [pair for pair in pairs[1:] if _also(pair[0], calendar, written) in row.body]
        then.append(_worded(session, [was for was, _ in theirs], person, calendar, written))
        current = [_gone_by(now_is, now, region) for _, now_is in theirs]
        if current[0].ladder != theirs[0][1].ladder and not key.startswith(BATCH_PREFIX):
            return ""  # a reminder of a deadline gone by, alone: the overdue notice says it
        later.append(_worded(session, current, person, calendar, now))
    if not then:
        return None
    if key.startswith(BATCH_PREFIX):
        then, later = ["\n\n".join([t("rung_batch", count=len(texts))] + texts) for texts in (then, later)]
    else:
        then, later = then[0], later[0]
    return later if then.strip() == row.body.strip() else None


def _gone_by(rung: DueRung, now: datetime, region: Region) -> DueRung:
    """A completion reminder whose deadline went by before it was sent, as the overdue rung says it."""
    if rung.ladder != "completion_reminder" or rung.since > now:
        return rung
    return replace(rung, ladder="overdue", to=region.settings.overdue_to,
                   working_days=region.calendar.working_days_between(rung.since, now))


def _also(rung: DueRung, calendar: WorkCalendar, now: datetime) -> str:
    """A deadline rung said in one line of another rung's message."""
    return t(f"rung_also_{rung.ladder}", due=deadline_words(rung.since, now, calendar),
             left=_days_left(rung, calendar, now))


def _body(session: Session, rung: DueRung, person: Contact, calendar: WorkCalendar, now: datetime) -> str:
    """The rung's text, worded for the rung actually sent: who else it went to, and the whole working days waited
    (never rounded up: a "3 hari kerja" text goes out with the 3-day rung, not with the one before it); a deadline
    today or tomorrow with its time (`deadline_words`: the overdue notice sent on the due day after a 10:00
    deadline says it went by at 10.00, not that the deadline is today)."""
    complaint, disposition, zone = rung.complaint, rung.disposition, calendar.zone
    since = day_and_date(rung.counted_from, zone) if rung.counted_from else short_date(rung.since, zone)
    values = {"reference": complaint.reference, "title": complaint.title, "since": since,
              "days": whole_days(rung.working_days), "limit": rung.deadline_days or "-",
              "agency": disposition.agency.name if disposition else "",
              "due": deadline_words(rung.since, now, calendar)}
    if rung.ladder == "verification":
        group = "supervisors" if person.role == Role.SUPERVISOR else "verifiers"
        return _with_note(t(f"rung_verification_{group}", **values), rung, zone)
    values["left"] = _days_left(rung, calendar, now)
    ladder = rung.ladder
    if person.role == Role.VERIFIER and "verifiers" not in rung.to:  # standing in: the whole agency is on leave
        return _with_note(t("rung_agency_away", situation=t(f"rung_away_{ladder}", **values), **values), rung, zone)
    if person.role == Role.SUPERVISOR and "supervisors" not in rung.to:  # for a head on leave with no stand-in
        return t(head_away_key(session, disposition, now), situation=t(f"rung_away_{ladder}", **values),
                 holders=holders_line(session, disposition, now), **values)
    if rung.ladder == "first_response":
        wording = 3 if "supervisors" in rung.to else 2 if "heads" in rung.to else 1
        heads_told = wording == 2 and person.role != Role.HEAD and _heads_read(session, disposition, now)
        # the head is told who holds it and what a head does (hand it to one officer), not the officer's TL alone
        to_head = wording == 2 and person.role == Role.HEAD
        holders = holders_line(session, disposition, now) if wording == 3 or to_head else ""
        text = t(f"rung_first_response_{wording}{'_head' if to_head else ''}", holders=holders,
                 heads=t("rung_heads_told") if heads_told else "", **values)
        return _with_note(text, rung, zone)
    return t(f"rung_{ladder}", **values)


def _days_left(rung: DueRung, calendar: WorkCalendar, now: datetime) -> str:
    """«, 2 hari kerja lagi» before a deadline on a later day (rounded up: 1.9 days to go is 2); nothing when the
    deadline is today or tomorrow, said with its time, or for a rung that is not a reminder."""
    if rung.ladder != "completion_reminder" or deadline_near(rung.since, now, calendar.zone):
        return ""
    return t("rung_days_left", days=whole_days(rung.working_days, up=True))


def waiting_line(disposition: Disposition, now: datetime, zone: ZoneInfo, calendar) -> str:
    """One disposition that waits, in one line as the ladders word it for the verifiers standing in
    (`rung_away_*`): past its deadline, or without a follow-up since it was forwarded (whole working days); an
    INGATKAN lists these."""
    due = disposition.due_at
    ladder = "overdue" if due is not None and due < now else "first_response"
    days = whole_days(calendar.working_days_between(disposition.created_at, now))
    since = short_date(disposition.created_at, zone)
    if ladder == "first_response" and days == "0":  # an INGATKAN the day it was forwarded: no "(0 hari kerja)"
        ladder = "first_response_today" if since == short_date(now, zone) else "first_response_fresh"
    return t(f"rung_away_{ladder}", reference=disposition.complaint.reference, agency=disposition.agency.code,
             due=deadline_words(due, now, calendar) if due else "-", since=since, days=days)


def holders_line(session: Session, disposition: Disposition, now: datetime) -> str:
    """Who holds a disposition now, as an escalation names them: its officers at work (or the one it was handed
    to), else its heads (saying so when its officers are on leave), else the verifiers standing in for an agency
    all on leave, else nobody."""
    holders = officers_for(session, disposition, now)
    if any(person.role == Role.OFFICER for person in holders):
        return t("rung_holders_officers", names=_names(holders))
    holders = holders or present_staff(session, disposition.agency_id, now, roles=(Role.HEAD,))
    if holders:
        away = bool(reachable_staff(session, disposition.agency_id)) and not present_staff(  # registered, none at work
            session, disposition.agency_id, now)  # (present but handed over to the head with ALIHKAN: not away)
        return t("rung_holders_heads_officers_away" if away else "rung_holders_heads", names=_names(holders))
    holders = readers_for(session, disposition, now)
    return t("rung_holders_verifiers", names=_names(holders)) if holders else t("rung_holders_nobody")


def _names(people: list[Contact]) -> str:
    return ", ".join(person_label(person) for person in people)


def whole_days(working_days: float, up: bool = False) -> str:
    """Working days as a whole number people read, rounded down (2.9 days waited is "2", not "3") or, for days
    left, up."""
    rounded = ceil(working_days - 1e-6) if up else floor(working_days + 1e-6)
    return str(max(int(rounded), 0))


def _with_note(text: str, rung: DueRung, zone: ZoneInfo) -> str:
    """Say, under the first line, why a restarted round counts from a later day than the complaint's filing, and
    when a wait counted from the first working day after it began (outside working hours) began."""
    filed = short_date(rung.complaint.created_at, zone)
    if rung.counted_from is not None:
        return _second_line(text, t(f"rung_began_{rung.restarted or rung.ladder}", at=day_and_datetime(
            rung.since, zone), filed=filed, outside=t("rung_day_off" if rung.began_on_day_off else "rung_after_hours")))
    if rung.restarted is None:
        return text
    return _second_line(text, t(f"rung_note_{rung.restarted}", since=short_date(rung.since, zone), filed=filed))


def _second_line(text: str, line: str) -> str:
    """The text with `line` under its first line."""
    first, _, rest = text.partition("\n")
    return f"{first}\n{line}\n{rest}" if rest else f"{first}\n{line}"


# A promise with a day gone by without news ------------------------------------------------------------------------

def send_promise_reminders(session: Session, now: datetime, region: Region) -> int:
    """Remind the agency of every promise with a day (`bot.promised`: "besok kami tangani") whose day ended with no
    news since (no TL, SELESAI or question to the citizen): its officers the next working morning, and when that
    day too ends silent, its officers and head (`PROMISE_STEPS`). Each step once per promise (a ledger key written in
    this transaction: two schedulers, or a tick run twice, send it once); when both fell due together (the scheduler
    was down) only the second. Only in working hours. Returns how many messages were queued."""
    calendar = region.calendar
    if not calendar.is_working_time(now):
        return 0
    due = [(entry, step, day) for entry in unanswered_progress(session, now)
           for step, day in [_promise_step(entry, now, calendar)] if step]
    keys = [promise_key(entry.disposition_id, entry.id, step) for entry, step, _ in due]
    written = set(session.scalars(select(LedgerEntry.key).where(LedgerEntry.key.in_(keys)))) if keys else set()
    queued = 0
    for (entry, step, day), key in zip(due, keys, strict=True):
        if key in written or not first_time(session, key, now):
            continue
        disposition = session.get(Disposition, entry.disposition_id)
        for person in recipients(session, PROMISE_STEPS[step - 1], disposition, now):
            enqueue(session, person.address, _promise_body(session, entry, disposition, (step, day), person, now,
                                                         calendar.zone),
                    purpose=Purpose.REMINDER, now=now, subject=("complaint", disposition.complaint_id),
                    dedupe_key=f"{key}:{person.id}")
            queued += 1
    return queued


PROMISE_STEPS = (("officers",), ("officers", "heads"))  # the morning after the promised day; one working day later


def _promise_step(entry: TimelineEntry, now: datetime, calendar: WorkCalendar) -> tuple[int, date | None]:
    """Which step of the reminders about the promise in a follow-up is due on `now`'s working day (0: none; the day
    named as of when it was written, `promised_day`), and the promised day."""
    day = promised_day(entry.text or "", entry.at, calendar)
    if day is None:
        return 0, None
    first = calendar.first_working_day_after(day)
    today = calendar.localize(now).date()
    return (2 if today >= calendar.first_working_day_after(first) else 1 if today >= first else 0), day


def _promise_body(session: Session, entry: TimelineEntry, disposition: Disposition, due: tuple[int, date],
                  person: Contact, now: datetime, zone: ZoneInfo) -> str:
    """One reader's text of a promise reminder: the officers' (the second saying the head is told too), the head's,
    or, standing in, the verifiers' (the whole agency on leave) or the supervisors' (a head on leave, no Plh)."""
    (step, day), complaint = due, disposition.complaint
    promiser = session.get(Contact, entry.actor_id) if entry.actor_id else None
    values = {"reference": complaint.reference, "agency": disposition.agency.name, "title": complaint.title,
              "day": day_and_date(datetime(day.year, day.month, day.day, 12, tzinfo=zone), zone),
              "who": person_label(promiser), "when": short_date(entry.at, zone), "promise": excerpt(entry.text, 160)}
    situation = t("rung_away_promise", **values)
    if person.role == Role.VERIFIER:  # standing in: the whole agency is on leave
        return t("rung_agency_away", situation=situation, **values)
    if person.role == Role.SUPERVISOR:  # for a head on leave with no stand-in, or accused
        return t(head_away_key(session, disposition, now), situation=situation,
                 holders=holders_line(session, disposition, now), **values)
    if step == 2 and person.role == Role.HEAD:
        if any(reader.id == person.id for reader in readers_for(session, disposition, now)):  # no officer reminded
            return t("rung_promise_2", heads=t("rung_head_reads_alone"), **values)
        return t("rung_promise_head", holders=holders_line(session, disposition, now), **values)
    heads_told = step == 2 and person.role != Role.HEAD and _heads_read(session, disposition, now)
    return t(f"rung_promise_{step}", heads=t("rung_heads_told") if heads_told else "", **values)


def send_closed(session: Session, complaint: Complaint, now: datetime) -> None:
    """Tell the citizen their finished complaint is now closed for good."""
    if complaint.citizen is None:
        return
    enqueue(session, complaint.citizen.address, t("citizen_closed", reference=complaint.reference),
            purpose=Purpose.CLOSED, subject=("complaint", complaint.id), dedupe_key=f"closed:{complaint.id}", now=now)


def send_lapsed(session: Session, question: Question, now: datetime, calendar: WorkCalendar, days: int) -> None:
    """Tell the officer who asked that the citizen did not answer in time and the deadline runs again (worded as
    read at the next working moment: the message waits for working hours); the verifier
    who asked (TUNDA; the verifiers, when they no longer are one) that the complaint is back in their queue, or goes
    on with its agencies when it was forwarded meanwhile."""
    if question.disposition_id is None:
        from bot.notices import answer_readers  # the notices build on much of the bot

        complaint = question.complaint
        key = "tunda_lapsed_queue" if complaint.status == NEW else "tunda_lapsed_forwarded"
        body = t(key, reference=complaint.reference, days=days, question=excerpt(question.text, 120))
        for reader in answer_readers(session, question, now):
            enqueue(session, reader.address, body, purpose=Purpose.REMINDER, subject=("complaint", complaint.id),
                    dedupe_key=f"{LAPSED_PREFIX}{question.id}:{reader.id}", now=now)
        return
    disposition = session.get(Disposition, question.disposition_id)
    if question.asker is None or disposition is None or disposition.due_at is None:
        return
    enqueue(session, question.asker.address, _lapsed_text(question, disposition, now, calendar, days),
            purpose=Purpose.REMINDER, subject=("complaint", question.complaint_id),
            dedupe_key=f"{LAPSED_PREFIX}{question.id}", now=now)


def _lapsed_text(question: Question, disposition: Disposition, now: datetime, calendar: WorkCalendar,
                 days: int) -> str:
    """The asking officer's lapse notice as read at the next working moment after `now`: the deadline running
    again, or gone by already."""
    read = calendar.next_working_time(now)
    return t("question_lapsed_late" if disposition.due_at <= read else "question_lapsed",
             reference=question.complaint.reference, days=days,
             due=deadline_words(disposition.due_at, read, calendar))


def lapse_restated(session: Session, row: OutboxMessage, now: datetime, region: Region) -> str | None:
    """An agency's lapse notice (`send_lapsed`) that goes on a later day than it was written, worded for `now` as
    rungs are (`restated`): «besok» is «hari ini», a deadline gone by meanwhile is said gone by. None to send it as
    it was: written the same day, a verifier's (no deadline in it), or a text that cannot be written again
    exactly as it was (the deadline moved since, a SURVEI): nothing is guessed."""
    calendar = region.calendar
    key, _, _ = (row.dedupe_key or "").partition("#")
    number = key.removeprefix(LAPSED_PREFIX)
    if row.part_of or not number.isdigit() or calendar.localize(row.created_at).date() == \
            calendar.localize(now).date():
        return None
    question = session.get(Question, int(number))
    disposition = session.get(Disposition, question.disposition_id) if question and question.disposition_id else None
    if disposition is None or disposition.due_at is None:
        return None
    days = region.settings.question_wait_days
    if _lapsed_text(question, disposition, row.created_at, calendar, days).strip() != row.body.strip():
        return None
    return _lapsed_text(question, disposition, now, calendar, days)
