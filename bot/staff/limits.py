"""BUKA BATAS: a verifier frees a citizen's number from its budget of new complaints for a day (lapor.budget)."""

from __future__ import annotations

from sqlalchemy import select

from bot.messages import phone_label, short_datetime, t
from bot.staff.finding import _not_found, _replied_complaint_number
from bot.staff.turn import StaffTurn
from lapor import budget, complaints
from lapor.phones import typed_phone
from lapor.references import marked_reference, split_reference
from models import Contact


def cmd_bukabatas(turn: StaffTurn) -> None:
    """Frees the number typed (`BUKA BATAS 0812…`), or the reporter's of the complaint named or swiped (`BUKA BATAS
    LPR-5`), for LIFTED_FOR; the lift is written in the audit log with who made it."""
    phone = typed_phone(turn.rest)
    citizen = _by_phone(turn, phone) if phone else _reporter(turn)
    if citizen is None:
        _nobody_to_lift(turn, phone)
        return
    if citizen.role is not None:
        turn.say("limit_staff_number", phone=phone_label(citizen.address))
        return
    until = budget.lift(turn.session, citizen, turn.staff, turn.now)
    turn.say("limit_lifted", phone=phone_label(citizen.address), until=short_datetime(until, turn.zone))


def _nobody_to_lift(turn: StaffTurn, phone: str | None) -> None:
    """Says why no number was freed: the number typed never wrote, the complaint named does not exist, or no
    number or complaint was named (what was typed instead is quoted)."""
    if phone:
        turn.say("limit_unknown_number", phone=phone_label(phone))
        return
    number = split_reference(marked_reference(turn.rest))[0]
    if number is not None and complaints.by_number(turn.session, number) is None:
        _not_found(turn, number)
        return
    typed = turn.rest.strip()[:30]
    turn.say("limit_need_number", typed=t("nomorbaru_typed", typed=typed) if typed else "")


def _by_phone(turn: StaffTurn, phone: str) -> Contact | None:
    return turn.session.scalars(select(Contact).where(Contact.reached_at(phone))).first()


def _reporter(turn: StaffTurn) -> Contact | None:
    """The reporter of the complaint named (`LPR-5`) or swiped (the over-limit notice), if any."""
    number = split_reference(marked_reference(turn.rest))[0] or _replied_complaint_number(turn)
    complaint = complaints.by_number(turn.session, number) if number is not None else None
    return complaint.citizen if complaint is not None else None
