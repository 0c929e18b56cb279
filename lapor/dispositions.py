"""Dispositions to agencies, their follow-ups, returns, questions to the citizen, archiving and merging.

Every change follows the lifecycle in lapor.complaints (with a timeline entry) and is announced as a
domain event; the bot turns events into WhatsApp messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from lapor import complaints, ladders, routing_store
from lapor.access import VERIFIER_ROLES, not_named
from lapor.complaints import ARCHIVED, DISPOSITIONED, DONE, IN_PROGRESS, NEW, ON_HOLD, LifecycleError
from lapor.events import (
    ComplaintArchived,
    ComplaintMerged,
    ComplaintReopened,
    Dispositioned,
    DispositionHandedOver,
    DispositionReturned,
    DispositionWithdrawn,
    FollowUpGiven,
    QuestionAnswered,
    QuestionAsked,
    publish,
)
from lapor.region import Region
from lapor.wording import note
from models import (
    Agency,
    Complaint,
    ComplaintFollower,
    Contact,
    Disposition,
    DispositionStatus,
    Question,
    TimelineEntry,
)
from models.vocab import Event

CLOSED = (DispositionStatus.FINAL, DispositionStatus.RETURNED, DispositionStatus.FORWARDED, DispositionStatus.WITHDRAWN)
GONE = (DispositionStatus.RETURNED, DispositionStatus.WITHDRAWN)  # closed without the agency: not a report's agencies


def due_at(region: Region, kind: str, start: datetime, field_inspection: bool = False) -> datetime:
    """The completion deadline of a disposition made at `start` (working days from the region's settings)."""
    return region.calendar.due_after(start, region.settings.completion_for(kind, field_inspection))


def working_agencies(complaint: Complaint) -> set[int]:
    """The ids of the agencies working on a complaint (an open disposition) or it was forwarded to (SP4N-LAPOR!):
    `assign` skips them."""
    return {d.agency_id for d in complaint.dispositions
            if d.status in (DispositionStatus.OPEN, DispositionStatus.FORWARDED)}


def assign(session: Session, complaint: Complaint, agencies: list[Agency], verifier: Contact, now: datetime,
            region: Region, field_inspection: bool = False) -> list[Disposition]:
    """Assign a complaint to agencies (skipping ones already working on it or forwarded to); returns the new
    dispositions.

    A complaint waiting for the citizen's answer to the verifier's own question (TUNDA before any disposition)
    goes on without it; one waiting for an answer to an agency's question keeps waiting (the answer resumes it).
    """
    if complaint.status in (DONE, ARCHIVED):
        raise LifecycleError(f"{complaint.reference} is {complaint.status}")
    working = working_agencies(complaint)
    created = []
    for agency in agencies:
        if agency.id in working:
            continue
        disposition = Disposition(
            agency=agency, created_at=now, created_by=verifier, field_inspection=field_inspection,
            status=DispositionStatus.FORWARDED if agency.external else DispositionStatus.OPEN,
            due_at=None if agency.external else due_at(region, complaint.kind, now, field_inspection))
        complaint.dispositions.append(disposition)
        if disposition.status == DispositionStatus.OPEN:
            ladders.start_disposition(disposition, now, region)
        working.add(agency.id)
        created.append(disposition)
    if not created:
        return []
    session.flush()
    for disposition in created:
        routing_store.record(session, complaint, disposition.agency, True,
                             routing_store.ASSIGNED if verifier is not None else routing_store.LAPOR, now)
    complaint.verify_next_at = None
    names = ", ".join(d.agency.code for d in created)
    _note(complaint, now, Event.DISPOSITIONED, verifier, note(session, "note_assigned", agencies=names), public=False)
    if complaint.status == NEW or (complaint.status == ON_HOLD and _resumes_unverified(session, complaint)):
        complaints.change_status(session, complaint, DISPOSITIONED, now, actor=verifier, event=Event.DISPOSITIONED,
                                 text=None, region=region)
    session.flush()
    for disposition in created:
        publish(session, Dispositioned(disposition.id, now, batch=tuple(d.id for d in created)))
    return created


def _resumes_unverified(session: Session, complaint: Complaint) -> bool:
    """The complaint waits for an answer to a question asked before any agency had it."""
    holding = complaints.holding_questions(session, complaint)
    return not holding or holding[0].resume_status == NEW


def follow_up(session: Session, disposition: Disposition, officer: Contact, text: str, now: datetime,
              region: Region, *, final: bool, media: list[dict] | None = None) -> TimelineEntry:
    """Record an agency's progress (TL) or final answer (SELESAI) on its disposition."""
    if disposition.status != DispositionStatus.OPEN:
        raise LifecycleError(f"disposition {disposition.id} is {disposition.status}")
    complaint = disposition.complaint
    if disposition.first_response_at is None:
        disposition.first_response_at = now
        ladders.note_first_response(disposition, now, region)
    entry = _note(complaint, now, Event.FINAL_ANSWER if final else Event.FOLLOW_UP, officer, text,
                  disposition=disposition, media=media)
    if complaint.status in (DISPOSITIONED, ON_HOLD):  # on hold: the question's answer is still relayed
        complaints.change_status(session, complaint, IN_PROGRESS, now, actor=officer, event=Event.STATUS,
                                 region=region)
    if final:
        disposition.status, disposition.closed_at = DispositionStatus.FINAL, now
        disposition.completion_days = round(region.calendar.working_days_between(disposition.created_at, now), 2)
        ladders.stop_disposition(disposition)
    session.flush()
    publish(session, FollowUpGiven(entry.id, final, now))
    if final and _all_answered(complaint):
        _finish(session, complaint, officer, now, region)
    return entry


def _finish(session: Session, complaint: Complaint, officer: Contact, now: datetime, region: Region) -> None:
    """Every disposition is closed, one with a final answer: the complaint is done.

    A complaint still waiting for the citizen (an agency asked, then returned its disposition) leaves tertunda
    first, as a follow-up takes it out: its questions stop holding it.
    """
    if complaint.status == ON_HOLD:
        complaints.change_status(session, complaint, IN_PROGRESS, now, actor=officer, event=Event.STATUS,
                                 region=region)
    ladders.note_finished(complaint, now, region)
    complaints.change_status(session, complaint, DONE, now, actor=officer, event=Event.FINISHED,
                             text=_final_answers(complaint), region=region)


def _all_answered(complaint: Complaint) -> bool:
    """Finished when every disposition is closed and at least one carries a final answer."""
    statuses = [d.status for d in complaint.dispositions]
    return all(s in CLOSED for s in statuses) and DispositionStatus.FINAL in statuses


def _final_answers(complaint: Complaint) -> str:
    """Each agency's latest final answer; with several agencies, each under its agency's name."""
    latest = {}
    for entry in complaint.timeline:
        if entry.event == Event.FINAL_ANSWER and entry.text:
            latest[entry.disposition_id] = entry
    if len(latest) < 2:
        return "\n".join(entry.text for entry in latest.values())
    names = {d.id: d.agency.name for d in complaint.dispositions}
    return "\n\n".join(f"{names.get(key, '-')}:\n{entry.text}" for key, entry in latest.items())


def mark_field_inspection(session: Session, disposition: Disposition, actor: Contact, reason: str,
                          now: datetime, region: Region) -> TimelineEntry:
    """The agency needs a field inspection: the deadline becomes the field-inspection one (default 60 days).

    Recorded as a progress follow-up, so the citizen learns why it takes longer and until when.
    """
    if disposition.status != DispositionStatus.OPEN:
        raise LifecycleError(f"disposition {disposition.id} is {disposition.status}")
    disposition.field_inspection = True
    disposition.due_at = due_at(region, disposition.complaint.kind, disposition.created_at, True)
    ladders.restart_completion(disposition, region)
    return follow_up(session, disposition, actor, reason, now, region, final=False)


def return_disposition(session: Session, disposition: Disposition, officer: Contact, reason: str,
                       now: datetime, region: Region) -> None:
    """An agency says the complaint is not its authority: back to the verifier with the reason."""
    if disposition.status != DispositionStatus.OPEN:
        raise LifecycleError(f"disposition {disposition.id} is {disposition.status}")
    complaint = disposition.complaint
    disposition.status, disposition.closed_at, disposition.return_reason = DispositionStatus.RETURNED, now, reason
    ladders.stop_disposition(disposition)
    routing_store.record(session, complaint, disposition.agency, False, routing_store.RETURNED, now)
    _note(complaint, now, Event.RETURNED, officer, f"{disposition.agency.code}: {reason}", public=False,
          disposition=disposition)
    _after_closed(session, complaint, officer, Event.RETURNED, now, region)
    publish(session, DispositionReturned(disposition.id, now))


def withdraw_disposition(session: Session, disposition: Disposition, verifier: Contact, reason: str,
                         now: datetime, region: Region) -> None:
    """A verifier takes back a disposition sent by mistake (TARIK): it closes as withdrawn, its reminders stop and
    its agency has nothing to do; a complaint no agency holds any more waits for a verifier again. Nothing was the
    agency's doing, so it is no return (`return_disposition`)."""
    if disposition.status != DispositionStatus.OPEN:
        raise LifecycleError(f"disposition {disposition.id} is {disposition.status}")
    complaint = disposition.complaint
    reason = complaints.as_verifier_wrote(complaint, reason)  # the agency reads it: an anonymous reporter unnamed
    disposition.status, disposition.closed_at, disposition.return_reason = DispositionStatus.WITHDRAWN, now, reason
    ladders.stop_disposition(disposition)
    routing_store.record(session, complaint, disposition.agency, False, routing_store.ASSIGNED, now)
    _note(complaint, now, Event.STATUS, verifier,
          note(session, "note_withdrawn", agency=disposition.agency.code, reason=reason), public=False,
          disposition=disposition)
    _after_closed(session, complaint, verifier, Event.STATUS, now, region)
    publish(session, DispositionWithdrawn(disposition.id, now))


@dataclass(frozen=True)
class TakenBack:
    """What a TARIK did: the dispositions taken back, those made to the agencies it went on to, and the audit log's
    entries for it (action, details), the same whichever door it came through (the chat or the dashboard)."""

    withdrawn: list[Disposition]
    made: list[Disposition]
    actions: list[tuple[str, dict]]


def take_back(session: Session, complaint: Complaint, chosen: list[Disposition], verifier: Contact, reason: str,
              now: datetime, region: Region, to: list[Agency] | None = None) -> TakenBack:
    """A verifier's TARIK: the chosen open dispositions taken back (`withdraw_disposition`) and, with agencies `to`,
    the complaint sent on to them at once (`assign`)."""
    reason = complaints.as_verifier_wrote(complaint, reason)  # the log's readers: an anonymous reporter unnamed
    for disposition in chosen:
        withdraw_disposition(session, disposition, verifier, reason, now, region)
    going = list(to or [])
    actions = [("tarik", {"agencies": [d.agency.code for d in chosen], "to": [a.code for a in going],
                          "reason": reason[:200]})]
    made = assign(session, complaint, going, verifier, now, region) if going else []
    if going:
        actions.append(("teruskan", {"agencies": [a.code for a in going], "field_inspection": False}))
    return TakenBack(list(chosen), made, actions)


def _after_closed(session: Session, complaint: Complaint, actor: Contact, event: Event, now: datetime,
                  region: Region) -> None:
    """What a disposition closed without an answer (returned or taken back) leaves: the complaint done when the
    other agencies had all answered, or waiting for a verifier again (`event` on its timeline) when none holds it."""
    still_open = [d for d in complaint.dispositions if d.status == DispositionStatus.OPEN]
    if _all_answered(complaint):  # the other agencies had already answered: the complaint is done
        _finish(session, complaint, actor, now, region)
    elif not still_open and complaint.status in (DISPOSITIONED, IN_PROGRESS, ON_HOLD):
        complaints.change_status(session, complaint, NEW, now, actor=actor, event=event, public=False, region=region)
        ladders.start_verification(complaint, now, region)
    session.flush()


def state_of(disposition: Disposition) -> str:
    """The disposition's status as people read it: one a verifier took back (TARIK) is `taken_back`, not withdrawn
    with its archived complaint."""
    if disposition.status == DispositionStatus.WITHDRAWN and disposition.complaint.status != ARCHIVED:
        return "taken_back"
    return disposition.status


def taken_back_from(complaint: Complaint) -> list[Disposition]:
    """The dispositions a verifier took back from the complaint (TARIK): withdrawn while it stayed open (an archive
    or a merge withdraws them with the complaint)."""
    if complaint.status == ARCHIVED:
        return []
    return [d for d in complaint.dispositions if d.status == DispositionStatus.WITHDRAWN]


def ask_citizen(session: Session, complaint: Complaint, asker: Contact, text: str, now: datetime,
                disposition: Disposition | None = None) -> Question:
    """Put a question to the citizen; the complaint waits (tertunda) until they answer, and the ladder chasing the
    asker's side (verification, or the disposition's first response) pauses until then."""
    if complaint.status in (DONE, ARCHIVED) or complaint.citizen_id is None:
        raise LifecycleError(f"{complaint.reference} is {complaint.status}")
    ladders.pause_for_question(complaint, disposition)
    resume = complaint.status
    if resume == ON_HOLD:  # already waiting: resume to what the first question interrupted
        holding = complaints.holding_questions(session, complaint)
        resume = holding[0].resume_status if holding else status_to_resume(complaint)
    question = Question(complaint=complaint, disposition_id=disposition and disposition.id, asker=asker,
                        text=text, resume_status=resume, asked_at=now)
    session.add(question)
    # the history agencies read: a verifier may address an anonymous reporter by name (an officer, who does not
    # know it, is left as written: a mask there would tell them the name)
    kept = complaints.as_verifier_wrote(complaint, text) if asker.role in VERIFIER_ROLES else text
    if complaint.status != ON_HOLD:
        complaints.change_status(session, complaint, ON_HOLD, now, actor=asker, event=Event.QUESTION, text=kept)
    else:
        _note(complaint, now, Event.QUESTION, asker, kept)
    session.flush()
    publish(session, QuestionAsked(question.id, now))
    return question


def status_to_resume(complaint: Complaint) -> str:
    """Where a complaint on hold that no question of ours holds (SP4N-LAPOR! put it there) goes on: proses once an
    agency with it followed up, belum_ditindaklanjuti while a disposition is open, else back to the verifier."""
    open_ = [d for d in complaint.dispositions if d.status == DispositionStatus.OPEN]
    followed_up = any(d.first_response_at is not None for d in open_) or any(
        d.status == DispositionStatus.FINAL for d in complaint.dispositions)
    if open_ and followed_up:
        return IN_PROGRESS
    return DISPOSITIONED if open_ else NEW


def open_questions(session: Session, citizen: Contact) -> list[Question]:
    """The unanswered questions to this citizen, oldest first (pending changes need not be flushed first)."""
    with session.no_autoflush:
        return list(session.scalars(select(Question).join(Complaint).where(
            Complaint.citizen_id == citizen.id, Question.answered_at.is_(None),
            Complaint.status.not_in((DONE, ARCHIVED))).order_by(Question.asked_at, Question.id)))


def answer_question(session: Session, question: Question, answer: str, now: datetime, region: Region,
                    media: list[dict] | None = None) -> None:
    """Store the citizen's answer; the complaint resumes when no other question is open, and the ladder the
    question paused starts a fresh round."""
    complaint = question.complaint
    held = question.answered_at is None and question.lifted_at is None
    answer = complaints.as_agencies_read(complaint, answer)
    question.answer, question.answered_at = answer, now
    _note(complaint, now, Event.CITIZEN_ANSWER, complaint.citizen, answer, media=media)
    if complaint.status == ON_HOLD and not complaints.holding_questions(session, complaint):
        complaints.change_status(session, complaint, question.resume_status, now, actor=complaint.citizen,
                                 event=Event.RESUMED, public=False, region=region)
    if held:
        ladders.resume_after_questions(session, complaint, [question], now, region)
    session.flush()
    publish(session, QuestionAnswered(question.id, tuple(media or ()), now))


def add_to_answer(session: Session, question: Question, more: str, now: datetime,
                  media: list[dict] | None = None) -> None:
    """More of an answer already given (a second bubble, the photo or pin asked for): kept with it, noted in the
    timeline and passed to whoever asked, as its own part."""
    complaint = question.complaint
    more = complaints.as_agencies_read(complaint, more)
    question.answer = "\n".join(filter(None, (question.answer, more)))
    _note(complaint, now, Event.CITIZEN_ANSWER, complaint.citizen, more, media=media)
    part = sum(1 for entry in complaint.timeline if entry.event == Event.CITIZEN_ANSWER)
    session.flush()
    publish(session, QuestionAnswered(question.id, tuple(media or ()), now, more=more, part=part))


def archive(session: Session, complaint: Complaint, verifier: Contact | None, reason: str, now: datetime,
            by_lapor: bool = False) -> None:
    """Archive a complaint that will not be handled (not a complaint, too general, spam), with the reason (sent to
    the reporter as written; kept in the history, which agencies read, with an anonymous reporter unnamed);
    `by_lapor`: SP4N-LAPOR! archived it (nothing to tell it back)."""
    complaints.change_status(session, complaint, ARCHIVED, now, actor=verifier, event=Event.ARCHIVED,
                             text=complaints.as_verifier_wrote(complaint, reason))
    _withdraw(complaint, now)
    publish(session, ComplaintArchived(complaint.id, reason, now, by_lapor))


def lock_for_merge(session: Session, child: Complaint, parent: Complaint) -> Complaint:
    """Lock the duplicate, the complaint it joins and that one's root (where the duplicate goes), all in the one lock
    order (`complaints.for_change_all`); return the root as it is once locked."""
    locked: set[int] = set()
    while True:
        root = _root(session, parent)
        wanted = {child.id, parent.id, root.id}
        if wanted <= locked:
            return root
        locked |= wanted
        complaints.for_change_all(session, locked)  # a root merged meanwhile: its own root is locked next


def _root(session: Session, complaint: Complaint) -> Complaint:
    """The complaint at the top of `complaint`'s merges (itself when it is not merged)."""
    seen = {complaint.id}
    while complaint.parent_id is not None and complaint.parent_id not in seen:
        complaint = session.get(Complaint, complaint.parent_id)
        seen.add(complaint.id)
    return complaint


def merge(session: Session, child: Complaint, parent: Complaint, verifier: Contact, now: datetime) -> None:
    """Merge a duplicate into its parent; the duplicate's citizen follows the parent from now on.

    Both, and the parent's root, are locked and read again first: two merges of the same complaints (even the other
    way round) run one after the other, and the second sees what the first did.
    """
    root = lock_for_merge(session, child, parent)
    if root.id == child.id:
        raise LifecycleError("a complaint cannot be merged into itself")
    if root.status == ARCHIVED:
        raise LifecycleError(f"{root.reference} is archived")
    if ARCHIVED not in complaints.TRANSITIONS[child.status]:
        raise LifecycleError(f"{child.reference}: {child.status} → {ARCHIVED} is not allowed")
    session.execute(update(Complaint).where(Complaint.parent_id == child.id).values(parent_id=root.id)
                    .execution_options(synchronize_session="fetch"))  # duplicates merged into it before
    child.parent = root
    complaints.change_status(session, child, ARCHIVED, now, actor=verifier, event=Event.MERGED,
                             text=note(session, "note_merged", parent=root.reference))
    _withdraw(child, now)
    publish(session, ComplaintMerged(child.id, root.id, now))


def _withdraw(complaint: Complaint, now: datetime) -> None:
    """An archived complaint asks nothing more of anyone: its open dispositions close (their reminders stop, they
    leave the agencies' lists); its open questions lapsed with the status change."""
    complaint.verify_next_at = None
    for disposition in complaint.dispositions:
        if disposition.status == DispositionStatus.OPEN:
            disposition.status, disposition.closed_at = DispositionStatus.WITHDRAWN, now
            ladders.stop_disposition(disposition)


def withdrawn(complaint: Complaint, at: datetime) -> list[Disposition]:
    """The dispositions an archive or a merge at `at` closed."""
    return [d for d in complaint.dispositions if d.status == DispositionStatus.WITHDRAWN and d.closed_at == at]


def reopen(session: Session, complaint: Complaint, reason: str, now: datetime,
           region: Region, media: list[dict] | None = None) -> list[Disposition]:
    """After a citizen's 'tidak puas' (with photos or other media), reopen the complaint and its agencies' final
    dispositions."""
    reason = complaints.as_agencies_read(complaint, reason)
    complaints.reopen(session, complaint, reason, now, media)
    reopened = []
    for disposition in complaint.dispositions:
        if disposition.status == DispositionStatus.FINAL:
            disposition.status, disposition.closed_at = DispositionStatus.OPEN, None
            disposition.completion_days = None  # measured again at the answer to the reopened complaint
            disposition.first_response_at = None  # the agency is chased for an answer to the reopened complaint
            disposition.due_at = due_at(region, complaint.kind, now, disposition.field_inspection)
            ladders.start_disposition(disposition, now, region)
            reopened.append(disposition)
    session.flush()
    publish(session, ComplaintReopened(complaint.id, reason, now, tuple(media or ())))
    return reopened


def correct_rating(session: Session, complaint: Complaint, score: int, now: datetime, region: Region) -> None:
    """The citizen corrects the rating they have just given (at its comment question): the new one is stored; a low
    one lifts the closing the satisfied one made, so the complaint may be reopened, or closes by itself in time, as
    after any low rating."""
    complaints.rate(session, complaint, score, now)
    if score in complaints.UNSATISFIED_SCORES and complaint.closed_at is not None:
        complaint.closed_at = None
        ladders.note_finished(complaint, now, region)


def citizens_to_tell(complaint: Complaint) -> list[Contact]:
    """Citizens to tell about this complaint: its own, those of duplicates merged into it, and its followers while
    it is public (`biasa`: one SP4N-LAPOR! later marks rahasia or anonim is no longer told to the public)."""
    session = Session.object_session(complaint)
    children = select(Complaint.id).where(Complaint.parent_id == complaint.id)
    merged = select(Complaint.citizen_id).where(Complaint.parent_id == complaint.id)
    following = select(ComplaintFollower.contact_id).where(
        or_(ComplaintFollower.complaint_id == complaint.id, ComplaintFollower.complaint_id.in_(children)))
    told = merged.union(following) if complaint.privacy == "biasa" else merged
    others = session.scalars(select(Contact).where(Contact.id.in_(told)).order_by(Contact.id))
    people = ([complaint.citizen] if complaint.citizen else []) + list(others)
    unique = {person.id: person for person in people}
    return list(unique.values())


def hand_over(session: Session, disposition: Disposition, officer: Contact | None, head: Contact,
              now: datetime) -> None:
    """Hand an open disposition to one officer of its agency (None: back to all its officers); noted for staff."""
    disposition.assignee = officer
    text = (note(session, "note_handed_over", name=officer.name or officer.address) if officer
            else note(session, "note_handed_back"))
    _note(disposition.complaint, now, Event.HANDED_OVER, head, text, public=False, disposition=disposition)
    if officer is not None:
        publish(session, DispositionHandedOver(disposition.id, officer.id, head.id, now))


def agency_dispositions(session: Session, agency_id: int | None, limit: int, statuses=(DispositionStatus.OPEN,),
                        due_before: datetime | None = None, unanswered: bool = False, due_from: datetime | None = None,
                        due_until: datetime | None = None, reader=None) -> tuple[int, list[Disposition]]:
    """How many dispositions an agency (None: every agency) has in the given statuses (with `due_before`: only those
    past their deadline then, the late ones, a deadline paused by the agency's question not passing; with
    `unanswered`: only those still waiting for their first follow-up; with `due_from` and `due_until`: only those
    whose deadline falls in that window), and the first `limit` (earliest deadline first, with their complaints and
    agencies). With `reader` (the staff member the list is for), never a complaint that accuses them by name."""
    mine = (Disposition.status.in_(statuses),)
    if reader is not None:
        mine += (not_named(session, reader, Disposition.complaint_id),)
    if agency_id is not None:
        mine += (Disposition.agency_id == agency_id,)
    if due_before is not None:
        mine += (ladders.past_deadline(due_before),)
    if unanswered:
        mine += (Disposition.first_response_at.is_(None),)
    if due_from is not None:
        mine += (Disposition.due_at >= due_from,)
    if due_until is not None:
        mine += (Disposition.due_at < due_until,)
    count = session.scalar(select(func.count()).select_from(Disposition).where(*mine))
    if not limit:
        return count, []
    first = session.scalars(select(Disposition).where(*mine)
                            .options(selectinload(Disposition.complaint), selectinload(Disposition.agency))
                            .order_by(Disposition.due_at.is_(None), Disposition.due_at, Disposition.id).limit(limit))
    return count, list(first)


def escalated_unanswered(session: Session, agency_id: int | None, rung: int, now: datetime,
                         limit: int, reader=None) -> tuple[int, list[Disposition]]:
    """How many open dispositions of an agency (None: every agency) still wait for their first follow-up after the
    first-response ladder reached `rung` (escalated) and are not past their deadline (those are late already), and
    the first `limit`, oldest first: late in the sense of the ladder's "third day", as the digest counts them."""
    mine = [Disposition.status == DispositionStatus.OPEN, Disposition.first_response_at.is_(None),
            Disposition.response_rung >= rung, ~ladders.paused_by_question(),
            or_(Disposition.due_at.is_(None), ~ladders.past_deadline(now))]
    if agency_id is not None:
        mine.append(Disposition.agency_id == agency_id)
    if reader is not None:  # never a complaint that accuses the staff member the list is for by name
        mine.append(not_named(session, reader, Disposition.complaint_id))
    count = session.scalar(select(func.count()).select_from(Disposition).where(*mine))
    first = session.scalars(select(Disposition).where(*mine)
                            .options(selectinload(Disposition.complaint), selectinload(Disposition.agency))
                            .order_by(Disposition.created_at, Disposition.id).limit(limit))
    return count, list(first)


def disposition_for(complaint: Complaint, agency_id: int | None) -> Disposition | None:
    """The agency's newest disposition on this complaint (open ones first)."""
    mine = [d for d in complaint.dispositions if d.agency_id == agency_id]
    open_ = [d for d in mine if d.status == DispositionStatus.OPEN]
    return (open_ or mine or [None])[-1]


def _note(complaint: Complaint, now: datetime, event: str, actor: Contact | None, text: str | None, *,
          public: bool = True, disposition: Disposition | None = None, media: list[dict] | None = None
          ) -> TimelineEntry:
    entry = TimelineEntry(at=now, event=event, actor_id=actor and actor.id, text=text, public=public,
                          disposition_id=disposition and disposition.id, media=list(media or []),
                          status_from=complaint.status, status_to=complaint.status)
    complaint.timeline.append(entry)
    complaint.updated_at = now
    return entry
