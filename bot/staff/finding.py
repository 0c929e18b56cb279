"""Finding the complaint a staff message is about: it does not exist, the officer's agency does not hold it, the
agency's open dispositions, and which one when several are held.
"""

from __future__ import annotations

from sqlalchemy import func, select

from bot.messages import (
    COMMAND_EXAMPLES,
    DISPOSITION_CLOSED,
    REFERENCE_PLACEHOLDER,
    excerpt,
    person_label,
    short_datetime,
    t,
)
from bot.staff.turn import LIST_ITEMS, OFFICER_ROLES, VERIFIER_ROLES, StaffTurn
from lapor import access, complaints, dispositions, preconditions
from lapor.dispositions import state_of
from lapor.references import format_reference, split_reference
from models import Complaint, Contact, Disposition, DispositionStatus, OutboxMessage
from models.vocab import Event, Role

WHICH_SHOWN = 5  # "which one?" lists this many of the officer's open dispositions (DAFTAR shows them all)


def _which_one(turn: StaffTurn, rows: list, example: str) -> None:
    """Asks which complaint an officer's message is about when they hold several and named none, listing them;
    the number to reply with is shown with the first listed one's."""
    if len(rows) < 2:
        return
    items = "\n".join(f"{row.complaint.reference} ({excerpt(row.complaint.title, 40)})" for row in rows[:WHICH_SHOWN])
    turn.say("staff_which_complaint", agency=turn.staff.agency.code, items=items, example=example,
             first=rows[0].complaint.reference, more=t("staff_which_more") if len(rows) > WHICH_SHOWN else "")
    from bot.staff import worded

    worded.remember_which(turn, [row.complaint.number for row in rows])  # "2" answers it


def example_reference(turn: StaffTurn) -> str:
    """The reference a hint's example shows: the one complaint in the reader's queue (an officer's only open
    disposition, the only complaint waiting for a verifier), else the placeholder: never a number that may be
    nobody's or another's."""
    if turn.staff.role in OFFICER_ROLES and turn.staff.agency is not None:
        count, rows = _own_open(turn)
        if len(rows) == 1 and count <= LIST_ITEMS:
            return rows[0].complaint.reference
    elif turn.staff.role in VERIFIER_ROLES:
        waiting = select(Complaint.number).where(Complaint.status == complaints.NEW)
        if turn.session.scalar(select(func.count()).select_from(waiting.subquery())) == 1:
            return format_reference(turn.session.scalar(waiting))
    return REFERENCE_PLACEHOLDER


def _own_open(turn: StaffTurn) -> tuple[int, list]:
    """How many open dispositions the officer's agency has, and the first LIST_ITEMS of them that are theirs (the
    agency's, not handed to a colleague)."""
    count, rows = dispositions.agency_dispositions(turn.session, turn.staff.agency.id, limit=LIST_ITEMS,
                                                  reader=turn.staff)
    return count, [row for row in rows if row.assignee_id in (None, turn.staff.id)]


ONLY_OPEN_ASKED = {"TL", "SELESAI", "INFO", "KEMBALIKAN", "SURVEI"}  # commands about one disposition
NOT_FOUND_NEXT = {Role.OFFICER: "staff_not_found_officer", Role.HEAD: "staff_not_found_officer",
                  Role.VERIFIER: "staff_not_found_verifier", Role.SUPERVISOR: "staff_not_found_leader"}


def _not_found(turn: StaffTurn, number: int) -> None:
    """Says that no complaint has this number, and where the staff member finds the ones they may mean."""
    turn.say("staff_not_found", reference=format_reference(number), next=t(NOT_FOUND_NEXT[turn.staff.role]))
    _own_listed(turn)  # an officer's wrong number: their own open ones, to pick the one meant


def _exists(turn: StaffTurn, reference: str) -> bool:
    """Whether the complaint a question is about to be asked of exists; if not, says so (nothing is asked)."""
    number = split_reference(reference)[0]
    if number is not None and complaints.by_number(turn.session, number) is None:
        _not_found(turn, number)
        return False
    return True


OWN_LISTED = 3  # a complaint not the agency's: this many of the officer's own, to pick the one meant


def _own_listed(turn: StaffTurn) -> None:
    """Adds the officer's own open complaints (number and short title) to the reply, when they hold any."""
    if turn.staff.agency is None or turn.staff.role not in (Role.OFFICER, Role.HEAD):
        return
    rows = _own_open(turn)[1][:OWN_LISTED]
    if rows:
        turn.replies[-1] += "\n" + t("staff_not_yours_own", agency=turn.staff.agency.code, items=" · ".join(
            f"{row.complaint.reference} ({excerpt(row.complaint.title, 40)})" for row in rows))


def _replied_complaint_number(turn: StaffTurn) -> int | None:
    sid = turn.message.replied_to_sid
    if not sid:
        return None
    row = turn.session.scalars(select(OutboxMessage).where(OutboxMessage.twilio_sid == sid)).one_or_none()
    if row is None or row.subject_type != "complaint" or row.recipient not in turn.staff.addresses:
        return None
    return turn.session.scalar(select(Complaint.number).where(Complaint.id == row.subject_id))


def _own_disposition(turn: StaffTurn, complaint: Complaint) -> Disposition | None:
    """The officer's agency's open disposition on the complaint, or None after saying why not."""
    agency = turn.staff.agency
    disposition, refused = preconditions.agency_disposition(complaint, turn.staff.agency_id)
    named = refused != preconditions.NOT_YOURS and access.named_in(turn.staff, complaint)
    if named:  # it accuses them by name: refused as another agency's would be, with no word of why
        refused = preconditions.NOT_YOURS
    if refused == preconditions.NOT_YOURS:
        holding = sorted({d.agency.code for d in complaint.dispositions if d.status == DispositionStatus.OPEN
                          and not (named and d.agency_id == turn.staff.agency_id)})
        turn.say("staff_not_yours", reference=complaint.reference, agency=agency.name if agency else "-",
                 holders=t("staff_not_yours_holders", agencies=", ".join(holding)) if holding else "")
        _own_listed(turn)
    elif refused:
        turn.say("staff_disposition_closed", reference=complaint.reference, agency=agency.code,
                 state=DISPOSITION_CLOSED[state_of(disposition)])
        final = [e for e in complaint.timeline if e.event == Event.FINAL_ANSWER and e.disposition_id == disposition.id]
        if final and disposition.status == DispositionStatus.FINAL:  # a colleague answered first: what and when
            by = turn.session.get(Contact, final[-1].actor_id) if final[-1].actor_id else None
            turn.say("staff_answered_by", name=person_label(by),
                     when=short_datetime(final[-1].at, turn.zone), text=excerpt(final[-1].text or "-", 200))
    return None if refused else disposition


IDENTITY_REFUSED = {"INFO": "info_identity_withheld"}  # TL, SELESAI, SURVEI: "answer_identity_withheld"


def identity_refused(turn: StaffTurn, command: str, number: int | None, text: str) -> str | None:
    """The refusal, said at once, of words for an anonymous reporter that ask who they are, before they are offered
    or shown back as a command to send (`preconditions.why_not_ask_this` for INFO, `why_not_say_this` for the
    news): None for words that may go, or a complaint that does not exist."""
    if command not in ("INFO", "TL", "SELESAI", "SURVEI") or number is None or not text.strip():
        return None
    complaint = complaints.by_number(turn.session, number)
    if complaint is None:
        return None
    why = preconditions.why_not_ask_this if command == "INFO" else preconditions.why_not_say_this
    if not why(complaint, turn.staff, text):
        return None
    return t(IDENTITY_REFUSED.get(command, "answer_identity_withheld"), command=command,
             reference=complaint.reference, example=t(COMMAND_EXAMPLES.get(command, "example_progress")))
