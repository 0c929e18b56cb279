"""The notice a staff member's message swipes (replies to): its purpose, the open disposition or the complaints of a
reminder it was about, and the officers a head's swipe would reach.
"""

from __future__ import annotations

from sqlalchemy import select

from bot.outbox import queued_key
from bot.staff.turn import OFFICER_ROLES, StaffTurn, _named_people
from lapor import dispositions
from lapor.ladders import batched_rungs
from lapor.references import format_reference
from models import Complaint, Disposition, DispositionStatus, OutboxMessage
from models.vocab import Purpose, Role


def _swiped_purpose(turn: StaffTurn) -> str | None:
    """The purpose of the notice sent to this staff member that their message swipes, or None."""
    row = turn.session.scalars(select(OutboxMessage).where(
        OutboxMessage.twilio_sid == turn.message.replied_to_sid)).one_or_none()
    return row.purpose if row is not None and row.recipient in turn.staff.addresses else None


# Notices an officer may answer by swiping them.
SWIPE_PROGRESS_PURPOSES = (Purpose.DISPOSITION, Purpose.REMINDER, Purpose.REOPENED, Purpose.ANSWER)


def _swiped_disposition(turn: StaffTurn) -> tuple[Complaint | None, str | None]:
    """The complaint of the notice this officer swiped, when the notice was about their agency's open disposition,
    with the notice's purpose."""
    sid = turn.message.replied_to_sid
    if not sid or turn.staff.role not in OFFICER_ROLES:
        return None, None
    row = turn.session.scalars(select(OutboxMessage).where(OutboxMessage.twilio_sid == sid)).one_or_none()
    if (row is None or row.subject_type != "complaint" or row.purpose not in SWIPE_PROGRESS_PURPOSES
            or row.recipient not in turn.staff.addresses):
        return None, None
    complaint = turn.session.get(Complaint, row.subject_id)
    disposition = dispositions.disposition_for(complaint, turn.staff.agency_id) if complaint else None
    if disposition is None or disposition.status != DispositionStatus.OPEN:
        return None, None
    return complaint, row.purpose


def _swiped_batch(turn: StaffTurn) -> list[str]:
    """The complaints of the reminder about several (`bot.reminders.send_rungs`) this staff member swiped."""
    sid = turn.message.replied_to_sid
    row = turn.session.scalars(select(OutboxMessage).where(OutboxMessage.twilio_sid == sid)).one_or_none() \
        if sid else None
    if row is None or row.purpose != Purpose.REMINDER or row.recipient not in turn.staff.addresses:
        return []
    rungs = batched_rungs(queued_key(turn.session, row))
    complaint_ids = dict(turn.session.execute(select(Disposition.id, Disposition.complaint_id).where(
        Disposition.id.in_([rung.subject_id for rung in rungs if rung.subject == "d"]))).all())
    ids = [complaint_ids.get(rung.subject_id) if rung.subject == "d" else rung.subject_id for rung in rungs]
    numbers = dict(turn.session.execute(select(Complaint.id, Complaint.number).where(Complaint.id.in_(ids))).all())
    return [format_reference(n) for n in sorted({numbers[i] for i in ids if i in numbers})]  # as the reminder lists


def _readers_instead(turn: StaffTurn, complaint: Complaint, purpose: str | None) -> str:
    """For a head who swiped a reminder that chases the disposition's officers (they are at work): those officers,
    named with their numbers, so the head can reach them; "" when the head reads the disposition themselves."""
    from lapor.directory import officers_for

    if turn.role != Role.HEAD or purpose != Purpose.REMINDER:  # a head's stand-in (Plh) too
        return ""
    disposition = dispositions.disposition_for(complaint, turn.staff.agency_id)
    officers = [o for o in officers_for(turn.session, disposition, turn.now) if o.id != turn.staff.id]
    return _named_people(officers, "")
