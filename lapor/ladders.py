"""Escalation ladders and deadlines: what is late, for whom, and when the next rung is due.

Each ladder keeps its state on the row it chases (the next rung's index and due time, indexed), so a tick
reads only what is due. Rungs go out only inside working hours; when several rungs of one ladder are due at
once (the scheduler was down), only the highest is sent. The caller writes each rung's ledger key in the
same transaction as its messages, so a rung is sent at most once per round whatever retries or overlaps happen.

A ladder runs in rounds. A restart begins a new round: a complaint returned to the verifier, a citizen's
'tidak puas' reopening a disposition, a field inspection moving the deadline, the end of a wait for the
citizen's answer. A question to the citizen pauses the ladder that chases the asker's side (TUNDA: the
verification ladder; INFO: the first-response ladder and the deadline of the asker's disposition); when the
question stops holding the complaint (answered, or the complaint went on without it) that ladder starts a fresh
round, and the deadline moves by the working time the wait lasted, its completion rungs going on from where they
were (one already sent is not sent again).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, bindparam, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from lapor.audit import SystemAction, record_system
from lapor.complaints import DONE, NEW, ON_HOLD, change_status, for_change, holding_questions
from lapor.region import Region
from lapor.wording import note
from models import Complaint, Contact, Disposition, DispositionStatus, LedgerEntry, Question, TimelineEntry
from models.vocab import Event

BATCH = 500


@dataclass(frozen=True)
class DueRung:
    """One rung to send now: which ladder, which step, about what, to whom, late since when."""

    ladder: str                 # verification | first_response | completion_reminder | overdue
    step: int                   # 1-based rung number
    complaint: Complaint
    disposition: Disposition | None
    to: tuple[str, ...]
    since: datetime             # the round: when this wait started (restarts included), or the deadline
    working_days: float         # how long it has waited (or is late), in working days
    restarted: str | None = None  # why the round began later than the chased thing: "hold", "reopened", "returned"
    deadline_days: int | None = None  # the ladder's last rung (the deadline it chases), in working days
    counted_from: datetime | None = None  # the first working day's start, when the wait began outside working
    #                                       hours on an earlier day (a reopening on Friday at 23:10: Monday 08:00)
    began_on_day_off: bool = False  # ... and that day was a weekend or holiday (not a working day's evening)

    @property
    def key(self) -> str:
        """The ledger key that makes this rung happen once per round (a restarted ladder gets new keys)."""
        subject = f"d{self.disposition.id}" if self.disposition else f"c{self.complaint.id}"
        return f"rung:{self.ladder}:{subject}:{self.since.astimezone(UTC):%Y%m%dT%H%M%SZ}:{self.step}"


# One message for the rungs of several complaints due in one tick (`bot.reminders.send_rungs`): its outbox key
# names each rung as a short token, <d|c><disposition or complaint id><ladder letter><step> ("d12f2"), so that the
# leave hand-over and the timeline find it by disposition, within the key's 200 characters.
BATCH_PREFIX = "batch"
LADDER_LETTERS = {"verification": "v", "first_response": "f", "completion_reminder": "c", "overdue": "o"}
_TOKEN = re.compile(r"^([dc])(\d+)([a-z])(\d+)$")


@dataclass(frozen=True)
class BatchedRung:
    """A rung named in the key of a message for several: its subject, ladder and step."""

    subject: str   # "d" disposition | "c" complaint
    subject_id: int
    ladder: str
    step: int


def batch_key(now: datetime, rungs: list[DueRung]) -> str:
    """The key (before the recipient's id) of one message for these rungs sent `now`: the same rungs give the same
    key, so nobody gets it twice."""
    tokens = ".".join(f"{'d' if r.disposition else 'c'}{r.disposition.id if r.disposition else r.complaint.id}"
                      f"{LADDER_LETTERS[r.ladder]}{r.step}" for r in rungs)
    return f"{BATCH_PREFIX}:{now.astimezone(UTC):%Y%m%dT%H%M%SZ}:{tokens}"


def rungs_named(key: str) -> list[BatchedRung]:
    """The rungs an outbox key of a rung's message names: one (`DueRung.key`, then the recipient) or a batch's."""
    key = key.split("#", 1)[0]  # a long message's part
    parts = key.split(":")
    if parts[0] != "rung" or len(parts) < 5:
        return batched_rungs(key)
    subject = re.match(r"^([dc])(\d+)$", parts[2])
    if subject is None or parts[1] not in LADDER_LETTERS or not parts[4].isdigit():
        return []
    return [BatchedRung(subject[1], int(subject[2]), parts[1], int(parts[4]))]


def chases_nothing(session: Session, key: str | None) -> bool:
    """Whether what every rung named by a rung message's outbox key chased has happened since it was queued (a
    message held by an outage, or waiting for working hours, until after the answer came): the verification done
    (forwarded, archived, asked: the complaint no longer waits for a verifier), the first follow-up given, the
    disposition closed; for a promise's reminder (`promise_key`), news of the agency since the promise. False for any
    other message, and for a batch while one of its rungs still chases."""
    promised = promise_named((key or "").split("#", 1)[0])
    if promised is not None:
        return _promise_settled(session, *promised)
    rungs = rungs_named(key or "")
    return bool(rungs) and all(_rung_settled(session, rung) for rung in rungs)


# A promise with a day that went by without news (`bot.reminders.send_promise_reminders`): its reminders' keys name
# the disposition, the follow-up that promised and the step, `promise:d<disposition>:e<entry>:<step>`.
PROMISE_PREFIX = "promise"
PROMISE_WINDOW = timedelta(days=45)  # a promise names next week at most; holidays and two more working days fit
PROMISE_NEWS = (Event.FOLLOW_UP, Event.FINAL_ANSWER)


def promise_key(disposition_id: int, entry_id: int, step: int) -> str:
    """The ledger key that makes one step of the reminders about one promise happen once."""
    return f"{PROMISE_PREFIX}:d{disposition_id}:e{entry_id}:{step}"


def promise_named(key: str) -> tuple[int, int] | None:
    """The disposition and follow-up entry ids a promise reminder's key names, or None for another key."""
    found = re.match(rf"^{PROMISE_PREFIX}:d(\d+):e(\d+):", key)
    return (int(found[1]), int(found[2])) if found else None


def unanswered_progress(session: Session, now: datetime) -> list[TimelineEntry]:
    """The progress follow-ups (TL) given since `PROMISE_WINDOW` before `now` that are still their open disposition's
    latest news: no TL or SELESAI after them, no question of its agency to the citizen since. A promise among them
    whose day went by is chased (`bot.reminders`, which reads the day in its words). One query, from the open
    dispositions (few) to their complaints' timelines (indexed)."""
    return list(session.scalars(_UNANSWERED_PROGRESS, {"since": now - PROMISE_WINDOW}))


_LATER = aliased(TimelineEntry)
_UNANSWERED_PROGRESS = (  # built once
    select(TimelineEntry).join(Disposition, and_(Disposition.complaint_id == TimelineEntry.complaint_id,
                                                 Disposition.id == TimelineEntry.disposition_id))
    .where(Disposition.status == DispositionStatus.OPEN, Disposition.first_response_at.is_not(None),
           TimelineEntry.event == Event.FOLLOW_UP,
           TimelineEntry.at >= bindparam("since", type_=TimelineEntry.at.type),
           ~exists().where(_LATER.complaint_id == TimelineEntry.complaint_id,
                           _LATER.disposition_id == TimelineEntry.disposition_id, _LATER.event.in_(PROMISE_NEWS),
                           _LATER.id > TimelineEntry.id),
           ~exists().where(Question.complaint_id == TimelineEntry.complaint_id,
                           Question.disposition_id == TimelineEntry.disposition_id,
                           Question.asked_at >= TimelineEntry.at))
    .order_by(TimelineEntry.id))


def _promise_settled(session: Session, disposition_id: int, entry_id: int) -> bool:
    """Whether what a promise reminder chases happened: news of the agency since the promise (a TL, a SELESAI, a
    question to the citizen), or the disposition closed (answered, returned, withdrawn)."""
    entry = session.get(TimelineEntry, entry_id)
    disposition = session.get(Disposition, disposition_id)
    if entry is None or disposition is None or disposition.status != DispositionStatus.OPEN:
        return True
    return session.scalar(select(exists().where(
        TimelineEntry.complaint_id == entry.complaint_id, TimelineEntry.disposition_id == disposition_id,
        TimelineEntry.event.in_(PROMISE_NEWS), TimelineEntry.id > entry_id))) or bool(session.scalar(
        select(exists().where(Question.complaint_id == entry.complaint_id, Question.disposition_id == disposition_id,
                              Question.asked_at >= entry.at))))


def _rung_settled(session: Session, rung: BatchedRung) -> bool:
    if rung.subject == "c":
        complaint = session.get(Complaint, rung.subject_id)
        return complaint is None or complaint.status != NEW
    disposition = session.get(Disposition, rung.subject_id)
    if disposition is None or disposition.status != DispositionStatus.OPEN:
        return True
    return rung.ladder == "first_response" and disposition.first_response_at is not None


def batched_rungs(key: str) -> list[BatchedRung]:
    """The rungs a batch message's key names (none for another key)."""
    parts = key.split(":")
    if parts[0] != BATCH_PREFIX or len(parts) < 3:
        return []
    ladders = {letter: ladder for ladder, letter in LADDER_LETTERS.items()}
    found = [_TOKEN.match(token) for token in parts[2].split(".")]
    return [BatchedRung(m[1], int(m[2]), ladders.get(m[3], ""), int(m[4])) for m in found if m]


# A rung message written again when it goes on a later day than it was written (`bot.reminders.restated`) -------

_STAMP = "%Y%m%dT%H%M%SZ"


def written_at(session: Session, key: str) -> datetime | None:
    """When the rungs named by a rung message's outbox key were written (and their ledger entries made): a batch's
    key says it; one rung's is its ledger entry's time. None for any other key. Not the outbox row's `created_at`:
    a rung handed over to a stand-in (`bot.notices._reminders_again`) is queued again, with the same text, when the
    officer's leave is told, perhaps days after it was written."""
    parts = key.split("#", 1)[0].split(":")
    if parts[0] == BATCH_PREFIX and len(parts) >= 3:
        try:
            return datetime.strptime(parts[1], _STAMP).replace(tzinfo=UTC)
        except ValueError:
            return None
    if parts[0] == "rung" and len(parts) >= 5:
        return session.scalar(select(LedgerEntry.sent_at).where(LedgerEntry.key == ":".join(parts[:5])))
    return None


@dataclass(frozen=True)
class WrittenRung:
    """A rung's ledger entry read back: its ladder, step and round (`since`: the wait's start, or the deadline)."""

    ladder: str
    step: int
    since: datetime


def rungs_written(session: Session, subject: str, subject_id: int, at: datetime) -> list[WrittenRung]:
    """The rungs about one complaint ("c") or disposition ("d") whose ledger entries were made at `at` (one tick's
    rungs of it, worded into one message per person), in the ladders' order. Read by key range, each ladder's
    keys of that subject (the ledger's unique index), then by time."""
    ranges = [and_(LedgerEntry.key >= f"rung:{ladder}:{subject}{subject_id}:",
                   LedgerEntry.key < f"rung:{ladder}:{subject}{subject_id};") for ladder in LADDER_LETTERS]
    second = at.replace(microsecond=0)  # a batch's key names the second
    keys = session.scalars(select(LedgerEntry.key).where(
        or_(*ranges), LedgerEntry.sent_at >= second, LedgerEntry.sent_at < second + timedelta(seconds=1))).all()
    found = []
    for key in keys:
        parts = key.split(":")
        try:
            found.append(WrittenRung(parts[1], int(parts[4]), datetime.strptime(parts[3], _STAMP).replace(tzinfo=UTC)))
        except (IndexError, ValueError):
            continue
    order = list(LADDER_LETTERS)
    return sorted(found, key=lambda rung: (order.index(rung.ladder), rung.step))


def rung_as_of(session: Session, written: WrittenRung, subject_id: int, at: datetime,
               region: Region) -> DueRung | None:
    """A written rung as `due_rungs` would give it at `at` (its waits and days left counted to `at`); None when its
    round is no longer the current one (restarted since), or the region's ladders changed."""
    calendar, settings = region.calendar, region.settings
    if written.ladder in ("completion_reminder", "overdue"):
        disposition = session.get(Disposition, subject_id)
        if disposition is None or not _same_second(disposition.due_at, written.since):
            return None  # the deadline moved: its own rungs say the new one
        overdue, due = written.ladder == "overdue", disposition.due_at
        days = calendar.working_days_between(due, at) if overdue else calendar.working_days_between(at, due)
        return DueRung(written.ladder, written.step, disposition.complaint, disposition,
                       settings.overdue_to if overdue else settings.completion_reminder_to, due, days)
    rungs = settings.verification if written.ladder == "verification" else settings.first_response
    if not 0 < written.step <= len(rungs):
        return None
    if written.ladder == "verification":
        complaint, disposition = session.get(Complaint, subject_id), None
        since, restarted = _waiting_since(session, complaint) if complaint else (None, None)
    else:
        disposition = session.get(Disposition, subject_id)
        complaint = disposition.complaint if disposition else None
        since, restarted = _responding_since(session, disposition) if disposition else (None, None)
    if complaint is None or not _same_second(since, written.since):
        return None
    return DueRung(written.ladder, written.step, complaint, disposition, rungs[written.step - 1].to, since,
                   calendar.working_days_between(since, at), restarted, rungs[-1].after_days,
                   *_counted_from(region, since))


def _same_second(moment: datetime | None, named: datetime) -> bool:
    """Whether a moment is the one a key names (keys name the second)."""
    return moment is not None and moment.astimezone(UTC).replace(microsecond=0) == named


# Starting and stopping ladders (called by the domain when things happen) -----------------------------

def start_verification(complaint: Complaint, now: datetime, region: Region) -> None:
    """Start (or restart, after a return) the verification ladder of a complaint waiting for a verifier."""
    complaint.verify_rung = 0
    complaint.verify_next_at = first_verification_rung(now, region)


def first_verification_rung(now: datetime, region: Region) -> datetime | None:
    """When the verification ladder started `now` sends its first rung (None: the region has no such ladder)."""
    rungs = region.settings.verification
    return region.calendar.add_working_days(now, rungs[0].after_days) if rungs else None


def start_disposition(disposition: Disposition, now: datetime, region: Region) -> None:
    """Start the first-response and completion ladders of a new (or reopened) disposition."""
    if disposition.first_response_at is None:
        _start_first_response(disposition, now, region)
    _start_completion(disposition, region)


def _start_first_response(disposition: Disposition, now: datetime, region: Region) -> None:
    rungs = region.settings.first_response
    disposition.response_rung = 0
    disposition.response_next_at = region.calendar.add_working_days(now, rungs[0].after_days) if rungs else None


def restart_completion(disposition: Disposition, region: Region) -> None:
    """The deadline moved (a field inspection): the completion reminders start over from the new one."""
    _start_completion(disposition, region)


def _start_completion(disposition: Disposition, region: Region) -> None:
    disposition.completion_rung = 0
    if disposition.due_at is None:
        disposition.completion_next_at = None
        return
    before = region.settings.completion_reminder_days_before
    disposition.completion_next_at = region.calendar.subtract_working_days(disposition.due_at, before)


def note_first_response(disposition: Disposition, now: datetime, region: Region, measured: bool = True) -> None:
    """Stop the first-response ladder and record how many working days the very first answer took (a reopened
    disposition's answer stops the ladder but keeps the first figure, or the lack of one).

    `measured=False`: the answer was given elsewhere (SP4N-LAPOR!) at a time we do not know; the ladder stops
    and the averages are left alone.
    """
    disposition.response_next_at = None
    if measured and disposition.first_response_days is None and not _reopened(disposition):
        disposition.first_response_days = round(
            region.calendar.working_days_between(disposition.created_at, now), 2)


def _reopened(disposition: Disposition) -> bool:
    """Whether the citizen reopened the complaint since the disposition was made: it was then reopened with it, so
    its agency had answered before (here or in SP4N-LAPOR!, measured or not) and no answer now is its first."""
    return any(entry.event == Event.REOPENED and entry.at > disposition.created_at
               for entry in disposition.complaint.timeline)


def pause_for_question(complaint: Complaint, disposition: Disposition | None) -> None:
    """A question to the citizen pauses the ladders chasing the asker's side until it stops holding the complaint:
    the verifier's (TUNDA) the verification ladder, an officer's (INFO) its disposition's first-response ladder and
    its deadline (the completion reminders and the overdue notice)."""
    if disposition is None:
        complaint.verify_next_at = None
    elif disposition.status == DispositionStatus.OPEN:
        if disposition.first_response_at is None:
            disposition.response_next_at = None
        disposition.completion_next_at = None


def resume_after_questions(session: Session, complaint: Complaint, questions: Iterable[Question], now: datetime,
                           region: Region) -> None:
    """Questions stopped holding the complaint (answered, or it went on without them): each ladder they paused
    starts a fresh round from `now`, once no other question holds that side, and a disposition's deadline moves by
    the working time its agency's questions waited."""
    holding = {question.disposition_id for question in holding_questions(session, complaint)}
    resumed: set[int] = set()
    for question in questions:
        if question.disposition_id is None:
            if complaint.status == NEW:  # back with the verifier (a complaint that went on is chased by others)
                start_verification(complaint, now, region)
            continue
        disposition = session.get(Disposition, question.disposition_id)
        if (disposition is None or disposition.status != DispositionStatus.OPEN or disposition.id in holding
                or disposition.id in resumed):
            continue
        resumed.add(disposition.id)
        if disposition.first_response_at is None:
            _start_first_response(disposition, now, region)
        _resume_completion(session, disposition, now, region)


def lapse_waits(session: Session, now: datetime, region: Region) -> list[Question]:
    """A question the citizen has not answered in `question_wait_days` working days stops holding the complaint, as
    when the complaint goes on without an answer (a later answer is still relayed). An agency's (INFO): its
    deadline runs again, moved by the working time waited, and its ladders start afresh; without it an agency
    could stop its deadline for good by asking. A verifier's (TUNDA) on a complaint not yet forwarded: it comes
    back to the verifiers' queue and the verification ladder starts afresh; without it the complaint would wait
    unseen for good (the brief's tertunda ends with the answer, which may never come). Returns the questions
    lapsed, for their askers to be told."""
    days = region.settings.question_wait_days
    if not region.calendar.is_working_time(now):  # the asker is told in working hours, as rungs are
        return []
    lapsed = []
    for question in session.scalars(select(Question).join(Complaint).where(
            Question.answered_at.is_(None), Question.lifted_at.is_(None), Complaint.status == ON_HOLD,
            Question.asked_at <= now - timedelta(days=days))  # a working day ≥ a day
            .order_by(Question.id)).all():
        if region.calendar.working_days_between(question.asked_at, now) < days:
            continue
        # locked as every change to a complaint is, then read again: two schedulers at once each lapsed the same
        # question (three «Dilanjutkan» on the timeline, three notices to the asker)
        complaint = for_change(session, select(Complaint).where(Complaint.id == question.complaint_id,
                                                                Complaint.status == ON_HOLD))
        if complaint is None:
            continue
        session.refresh(question)
        if question.answered_at is not None or question.lifted_at is not None:
            continue
        question.lifted_at = now
        session.flush()
        if not holding_questions(session, complaint):
            change_status(session, complaint, question.resume_status, now, event=Event.RESUMED, public=False,
                          region=region)
        resume_after_questions(session, complaint, [question], now, region)
        record_system(session, SystemAction.WAIT_LAPSED, complaint, at=now, status=complaint.status)
        lapsed.append(question)
    return lapsed


def _resume_completion(session: Session, disposition: Disposition, now: datetime, region: Region) -> None:
    """The deadline moves by the working time the wait for the citizen lasted (one begun after it: not at all); the
    completion ladder goes on from the rung it had reached (a reminder sent before the question is not sent again:
    once per disposition)."""
    if disposition.due_at is None:
        return
    began = _hold_began(session, disposition, now)
    # Only a wait that began before the deadline held it (`paused_by_question`): a question asked once the deadline
    # was missed moves nothing, or an agency could put a missed deadline back in the future by asking.
    waited = region.calendar.working_days_between(began, now) if began < disposition.due_at else 0
    if waited > 0:
        disposition.due_at = region.calendar.due_after(disposition.due_at, waited)
    if disposition.completion_rung >= 2:  # the overdue notice went out before the question: nothing left to send
        disposition.completion_next_at = None
    elif disposition.completion_rung == 1:
        disposition.completion_next_at = disposition.due_at
    else:
        before = region.settings.completion_reminder_days_before
        disposition.completion_next_at = region.calendar.subtract_working_days(disposition.due_at, before)


def _hold_began(session: Session, disposition: Disposition, now: datetime) -> datetime:
    """When the wait for the citizen's answers to the disposition's questions that ends `now` began (questions
    that overlap make one wait)."""
    spans = sorted((asked, min((m for m in (answered, lifted) if m is not None), default=now))
                   for asked, answered, lifted in session.execute(select(
                       Question.asked_at, Question.answered_at, Question.lifted_at).where(
                       Question.disposition_id == disposition.id)))
    began, reach = now, None
    for asked, ended in spans:
        if reach is None or asked > reach:
            began = asked
        reach = ended if reach is None or asked > reach else max(reach, ended)
    return min(began, now)


def past_deadline(now: datetime):
    """SQL: a disposition's deadline has passed as of `now`, its clock stopped while its agency's question to the
    citizen waits (one asked before the deadline keeps it from passing until the wait ends; see `paused_since`)."""
    return and_(Disposition.due_at < now, ~paused_by_question())


def paused_by_question():
    """SQL: the disposition's clock is stopped by its agency's question to the citizen, asked before its deadline
    and still waiting (neither answered nor lifted): whatever the time, its deadline has not passed."""
    return _PAUSED_BY_QUESTION


# Built once (it takes no argument; a flush rewriting a complaint's facts, the queue and the ladders' tick each
# built it anew): SQL expressions are immutable, so every statement may share it.
_PAUSED_BY_QUESTION = exists().where(
    Question.complaint_id == Disposition.complaint_id,  # its index: a probe, not a scan
    Question.disposition_id == Disposition.id, Question.answered_at.is_(None), Question.lifted_at.is_(None),
    Question.asked_at < Disposition.due_at)


def paused_since(session: Session, disposition_ids: Iterable[int]) -> dict[int, datetime]:
    """When the deadline of each of these dispositions stopped running because its agency asked the citizen (the
    oldest of its questions still waiting), for those paused now (one query): their time left is as of then."""
    ids = list(disposition_ids)
    if not ids:
        return {}
    return dict(session.execute(_PAUSED_SINCE, {"ids": ids}).all())


_PAUSED_SINCE = (  # built once (the queue, the staff's lists and reminders each asked anew): `ids` expanding
    select(Question.disposition_id, func.min(Question.asked_at))
    .where(Question.disposition_id.in_(bindparam("ids", expanding=True)), Question.answered_at.is_(None),
           Question.lifted_at.is_(None))
    .group_by(Question.disposition_id))


def stop_disposition(disposition: Disposition) -> None:
    """A final answer or a return ends every ladder of the disposition."""
    disposition.response_next_at = None
    disposition.completion_next_at = None


def note_finished(complaint: Complaint, now: datetime, region: Region) -> None:
    """A finished complaint closes by itself if the citizen does not react in time."""
    complaint.autoclose_at = region.calendar.add_working_days(now, region.settings.autoclose_after_days)


def close_for_good(complaint: Complaint, now: datetime) -> None:
    """The complaint is closed: no more reopening, no more auto-close."""
    complaint.closed_at = complaint.closed_at or now
    complaint.autoclose_at = None


# Finding what is due ---------------------------------------------------------------------------------

def due_rungs(session: Session, now: datetime, region: Region) -> list[DueRung]:
    """Advance every ladder that has a rung due and return the rungs to send (none outside working hours)."""
    if not region.calendar.is_working_time(now):
        return []
    return (_verification_due(session, now, region) + _response_due(session, now, region)
            + _completion_due(session, now, region))


def _locked(session: Session, query, **params) -> list:
    """Rows claimed by this tick only (`query` made by `_claiming`, its parameters `params`): another scheduler
    skips them (PostgreSQL); SQLite serialises writers."""
    return session.scalars(query, params).all()


def _claiming(query):
    """A due-work query, built once: a batch of its rows, locked FOR UPDATE SKIP LOCKED (SQLite's compiler leaves
    the clause out: it has none)."""
    return query.limit(BATCH).with_for_update(skip_locked=True)


_NOW = bindparam("now", type_=Complaint.verify_next_at.type)  # the due-work queries' tick


def _climb(rungs, current: int, next_at: datetime, now: datetime, region: Region) -> tuple[int, datetime | None]:
    """Move up every rung that is due; return the highest rung reached (1-based) and the next one's time."""
    while next_at is not None and next_at <= now and current < len(rungs):
        current += 1
        if current < len(rungs):
            gap = rungs[current].after_days - rungs[current - 1].after_days
            next_at = region.calendar.add_working_days(next_at, gap)
        else:
            next_at = None
    return current, next_at


def _verification_due(session: Session, now: datetime, region: Region) -> list[DueRung]:
    rungs = region.settings.verification
    rows = _locked(session, _VERIFICATION_DUE, now=now)
    due = []
    for complaint in rows:
        step, complaint.verify_next_at = _climb(rungs, complaint.verify_rung, complaint.verify_next_at, now, region)
        if step > complaint.verify_rung:
            complaint.verify_rung = step
            since, restarted = _waiting_since(session, complaint)
            due.append(DueRung("verification", step, complaint, None, rungs[step - 1].to, since,
                               region.calendar.working_days_between(since, now), restarted, rungs[-1].after_days,
                               *_counted_from(region, since)))
    return due


_VERIFICATION_DUE = _claiming(select(Complaint).where(Complaint.verify_next_at <= _NOW, Complaint.status == NEW)
                              .order_by(Complaint.verify_next_at))


def _entered_verification(complaint_id):
    """Timeline conditions: the complaint came to the verifiers (filed, or from another status back to them)."""
    return (TimelineEntry.complaint_id == complaint_id, TimelineEntry.status_to == NEW,
            or_(TimelineEntry.status_from.is_(None), TimelineEntry.status_from != NEW))


def verification_since():
    """SQL, per complaint (correlated): when it last started waiting for a verifier, the start of the verification
    ladder's round; the verifier's deadline (the queue, ANTREAN, the late filter) counts from it too, so a
    complaint returned by an agency weeks after filing gets its working days from the return, as the reminders do."""
    return _VERIFICATION_SINCE


_VERIFICATION_SINCE = func.coalesce(  # built once, as `_PAUSED_BY_QUESTION`
    select(func.max(TimelineEntry.at)).where(*_entered_verification(Complaint.id)).correlate(Complaint)
    .scalar_subquery(), Complaint.created_at, type_=Complaint.created_at.type)


def _waiting_since(session: Session, complaint: Complaint) -> tuple[datetime, str | None]:
    """When the complaint last started waiting for a verifier (filed, returned by an agency, or back from a wait
    for the citizen's answer or from SP4N-LAPOR!'s hold: the round the verification ladder is in; the same moment
    as `verification_since`), and why: "returned" (an agency gave it back, even while its question waited), "hold",
    or None (filed)."""
    entered = session.execute(select(TimelineEntry.at, TimelineEntry.status_from, TimelineEntry.event).where(
        *_entered_verification(complaint.id))
        .order_by(TimelineEntry.at.desc(), TimelineEntry.id.desc()).limit(1)).first()
    if entered is None:
        return complaint.created_at, None
    if entered.event == Event.RETURNED:
        return entered.at, "returned"
    return entered.at, "hold" if entered.status_from == ON_HOLD else None


def _responding_since(session: Session, disposition: Disposition) -> tuple[datetime, str | None]:
    """When the disposition's current first-response round began: made, reopened by the citizen, or the end of
    the last wait for the citizen's answer to its agency's question; and why it began later than made."""
    return _responding_starts(session, [disposition])[disposition.id]


def _responding_starts(session: Session, dispositions: list[Disposition]
                       ) -> dict[int, tuple[datetime, str | None]]:
    """`_responding_since` of each disposition (by id), in two queries whatever their number."""
    if not dispositions:
        return {}
    reopened = dict(session.execute(_REOPENED_AT, {"ids": list({d.complaint_id for d in dispositions})}).all())
    starts = {}
    for disposition in dispositions:
        since, restarted = disposition.created_at, None
        at = reopened.get(disposition.complaint_id)
        if at is not None and at > since:
            since, restarted = at, "reopened"
        starts[disposition.id] = (since, restarted)
    for disposition_id, answered_at, lifted_at in session.execute(_QUESTION_ENDS,
                                                                   {"ids": list(starts)}):
        ended = min((moment for moment in (answered_at, lifted_at) if moment is not None), default=None)
        if ended is not None and ended > starts[disposition_id][0]:
            starts[disposition_id] = (ended, "hold")
    return starts


_REOPENED_AT = (  # built once: each complaint's last reopening (`ids`: complaint ids)
    select(TimelineEntry.complaint_id, func.max(TimelineEntry.at))
    .where(TimelineEntry.complaint_id.in_(bindparam("ids", expanding=True)), TimelineEntry.event == Event.REOPENED)
    .group_by(TimelineEntry.complaint_id))
_QUESTION_ENDS = (  # ... and when each question of these dispositions stopped waiting (`ids`: disposition ids)
    select(Question.disposition_id, Question.answered_at, Question.lifted_at)
    .where(Question.disposition_id.in_(bindparam("ids", expanding=True))))


def first_response_limits(session: Session, dispositions: list[Disposition], region: Region
                          ) -> dict[int, datetime | None]:
    """When each disposition's first-response ladder reaches (or reached) its last rung, the escalation, by id:
    its current round's start (`_responding_since`) and the last rung's working days; None for a region without
    that ladder. Two queries, however many dispositions."""
    rungs = region.settings.first_response
    if not rungs:
        return dict.fromkeys((disposition.id for disposition in dispositions), None)
    return {disposition_id: region.calendar.add_working_days(since, rungs[-1].after_days)
            for disposition_id, (since, _) in _responding_starts(session, dispositions).items()}


def _counted_from(region: Region, since: datetime) -> tuple[datetime | None, bool]:
    """Where a wait that began at `since` starts counting working days, when that is on a later day (the wait began
    after working hours, on a weekend or on a holiday; None when `since`'s own day counts), and whether `since`'s
    day was a day off."""
    calendar = region.calendar
    start, day = calendar.next_working_moment(since), calendar.localize(since).date()
    return (start, not calendar.is_working_day(day)) if start.date() != day else (None, False)


def _response_due(session: Session, now: datetime, region: Region) -> list[DueRung]:
    rungs = region.settings.first_response
    rows = _locked(session, _RESPONSE_DUE, now=now)
    due = []
    for disposition in rows:
        step, disposition.response_next_at = _climb(rungs, disposition.response_rung, disposition.response_next_at,
                                                    now, region)
        if step > disposition.response_rung:
            disposition.response_rung = step
            since, restarted = _responding_since(session, disposition)
            due.append(DueRung("first_response", step, disposition.complaint, disposition, rungs[step - 1].to,
                               since, region.calendar.working_days_between(since, now), restarted,
                               rungs[-1].after_days, *_counted_from(region, since)))
    return due


_RESPONSE_DUE = _claiming(select(Disposition).where(
    Disposition.response_next_at <= _NOW, Disposition.status == DispositionStatus.OPEN,
    Disposition.first_response_at.is_(None)).order_by(Disposition.response_next_at))
_COMPLETION_DUE = _claiming(select(Disposition).where(
    Disposition.completion_next_at <= _NOW, Disposition.status == DispositionStatus.OPEN)
    .order_by(Disposition.completion_next_at))


def _completion_due(session: Session, now: datetime, region: Region) -> list[DueRung]:
    settings = region.settings
    rows = _locked(session, _COMPLETION_DUE, now=now)
    due = []
    for disposition in rows:
        overdue = disposition.due_at <= now
        disposition.completion_rung = 2 if overdue else 1
        disposition.completion_next_at = None if overdue else disposition.due_at
        ladder, to = ("overdue", settings.overdue_to) if overdue else ("completion_reminder",
                                                                      settings.completion_reminder_to)
        days = region.calendar.working_days_between(disposition.due_at, now) if overdue else \
            region.calendar.working_days_between(now, disposition.due_at)
        due.append(DueRung(ladder, 1, disposition.complaint, disposition, to, disposition.due_at, days))
    return due


def autoclose_due(session: Session, now: datetime) -> list[Complaint]:
    """Close for good every finished complaint whose citizen did not react in time; return them.

    They are locked as every change to a complaint is (see `lapor.complaints.for_change`): the citizens' contacts,
    then the complaints, which are read again under the locks. A citizen whose message is being handled (a rating,
    a 'tidak puas') is skipped until the next tick; one whose message arrives during the close waits for it and
    reads the complaint closed.
    """
    citizens = _locked(session, _CLOSING_CITIZENS, now=now)
    rows = _locked(session, _CLOSING, now=now, citizens=citizens)
    for complaint in rows:
        close_for_good(complaint, now)
        complaint.timeline.append(TimelineEntry(at=now, event=Event.CLOSED, status_from=DONE, status_to=DONE,
                                                public=False, text=note(session, "note_auto_closed")))
        record_system(session, SystemAction.AUTO_CLOSE, complaint, at=now)
    return list(rows)


# `autoclose_due`'s two claims, built once: the citizens of the first batch due, then their complaints due
_CLOSE_DUE = (Complaint.autoclose_at <= _NOW, Complaint.status == DONE, Complaint.closed_at.is_(None))
_CLOSING_CITIZENS = _claiming(select(Contact.id).where(Contact.id.in_(
    select(Complaint.citizen_id).where(*_CLOSE_DUE).order_by(Complaint.autoclose_at).limit(BATCH).scalar_subquery()))
    .order_by(Contact.id))
_CLOSING = _claiming(select(Complaint).where(
    *_CLOSE_DUE, or_(Complaint.citizen_id.in_(bindparam("citizens", expanding=True)), Complaint.citizen_id.is_(None)))
    .order_by(Complaint.autoclose_at).execution_options(populate_existing=True))
