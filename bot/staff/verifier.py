"""Verifier commands: TERUSKAN (with a pick list for an ambiguous agency), TUNDA, ARSIPKAN, GABUNG, NOMORBARU."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.commands import pick_numbers, words
from bot.messages import excerpt, person_label, phone_label, short_date, t
from bot.staff.agencies import forward_names, unread_name
from bot.staff.citizen_text import tells_not_asks, without_closing_address
from bot.staff.confirm import _ask_to_confirm
from bot.staff.finding import _replied_complaint_number
from bot.staff.reading import _named_inside
from bot.staff.shown import answered_by, status_for_staff
from bot.staff.target import _after_quiet_hours, _is_open, _needs_text, _reachable_reporter, _target
from bot.staff.turn import ECHO_CHARS, StaffTurn, _remember, _remembered
from bot.staff.verifier_words import MERGE_WORDS, NAMED_COMPLAINT
from lapor import complaints, dispositions, preconditions
from lapor.agency_lookup import find_agencies
from lapor.audit import record_chat_action
from lapor.complaints import LifecycleError
from lapor.phones import typed_phone
from lapor.references import REFERENCE_PUNCTUATION, marked_reference, split_reference
from models import Agency, Complaint, Contact, Disposition, DispositionStatus
from models.vocab import Role


def cmd_teruskan(turn: StaffTurn) -> None:
    """Dispositions a complaint to one or more agencies (codes, names, lists with or without commas); an ambiguous
    name gets a numbered pick list, answered with its number."""
    complaint, text = _target(turn, "DLH, Dinas Kesehatan")
    if complaint is None:
        return
    text, field_inspection = _field_inspection_flag(text)
    names = forward_names(turn.session, text)  # "ke pupr aja, lampu jalan kan pupr": PUPR
    if not names:
        turn.say("teruskan_need_agency", reference=complaint.reference)
        return
    resolved = _resolve_agencies(turn, complaint, names, field_inspection)
    if resolved is None:
        return
    agencies, field_inspection = resolved
    if complaint.status == complaints.DONE:
        turn.say("teruskan_finished", reference=complaint.reference, answered=answered_by(complaint))
        return
    if complaint.status == complaints.ARCHIVED:
        turn.say("staff_complaint_closed", reference=complaint.reference, status=status_for_staff(complaint))
        return
    if not turn.confirmed and _to_authors_agency(turn, complaint, agencies, field_inspection):
        return
    created = dispositions.assign(turn.session, complaint, agencies, turn.staff, turn.now, turn.svc.region,
                                   field_inspection=field_inspection)
    record_chat_action(turn.session, turn.staff, "teruskan", complaint, at=turn.now,
                       agencies=[a.code for a in agencies], field_inspection=field_inspection)
    for agency in agencies:
        made = [d for d in created if d.agency_id == agency.id]
        _confirm_disposition(turn, complaint, agency, made[0] if made else None)


def _to_authors_agency(turn: StaffTurn, complaint: Complaint, agencies: list[Agency], field_inspection: bool) -> bool:
    """A complaint a staff member filed themselves (ADUAN WARGA), forwarded to their own agency: the verifier is
    asked to confirm (True, asked) so that it does not land on its author's desk unnoticed."""
    author = complaint.citizen
    own = next((a for a in agencies if author is not None and author.is_staff and author.agency_id == a.id), None)
    if own is None:
        return False
    rest = f"{complaint.reference} {', '.join(a.code for a in agencies)}" + (" SURVEI" if field_inspection else "")
    _ask_to_confirm(turn, "TERUSKAN", rest, "teruskan_authors_agency", reference=complaint.reference,
                    agency=own.code, name=author.name or author.address,
                    agencies=", ".join(a.code for a in agencies))
    return True


def _field_inspection_flag(text: str) -> tuple[str, bool]:
    """`TERUSKAN LPR-12 PUPR SURVEI`: a trailing SURVEI marks the dispositions as needing a field inspection."""
    head, _, last = text.strip().rpartition(" ")
    if last.lower().strip(".,!") in ("survei", "survey", "lapangan"):
        return head, True
    return text, False


def _resolve_agencies(turn: StaffTurn, complaint: Complaint, names: list[str],
                      field_inspection: bool) -> tuple[list[Agency], bool] | None:
    """The agencies the typed names mean, and whether a field inspection was asked; None after saying why not
    (an unknown name, or a pick list for an ambiguous one, kept so that its number answers it)."""
    pending = _pending_pick(turn)
    pending = pending if pending and pending["complaint"] == complaint.number else None
    shown = pending["codes"] if pending else [s["code"] for s in complaint.routing_suggestions or []]
    found: list[Agency] = []
    queue = list(names)
    while queue:
        typed = queue.pop(0)
        numbers = pick_numbers(typed)
        if numbers is not None:
            picked = _picked(turn.session, numbers, shown)
            if picked is None:
                turn.say("teruskan_bad_pick", typed=excerpt(typed, ECHO_CHARS), reference=complaint.reference)
                return None
            if pending is not None:
                found = _agencies_by_code(turn.session, pending["chosen"]) + found
                queue = pending["rest"] + queue
                field_inspection = field_inspection or pending["survei"]
                pending = None
            found.extend(picked)
            continue
        agencies, lookup = find_agencies(turn.session, typed)
        if agencies:
            found.extend(agencies)
            continue
        if lookup.candidates:
            _offer_pick(turn, complaint, typed, lookup.candidates, found, queue, field_inspection)
        else:
            unknown_named(turn, complaint.reference, *unread_name(turn.session, [typed]), found, queue,
                          field_inspection)
        return None
    _keep_pick(turn, None)
    return list({agency.id: agency for agency in found}.values()), field_inspection


def unknown_named(turn: StaffTurn, reference: str, typed: str, closest: Agency | None, found: list[Agency],
                  rest: list[str], field_inspection: bool = False) -> None:
    """Refuses a forward naming an agency the directory lacks, saying which (`typed`); one that is likely a typo of
    an agency's name (`closest`: "pupe") is offered instead, with the agencies `found` and the names still to read
    (`rest`): YA forwards to them."""
    if closest is None:
        turn.say("teruskan_unknown_agency", typed=excerpt(typed, ECHO_CHARS))
        return
    names = list(dict.fromkeys([agency.code for agency in found] + [closest.code] + rest))
    _ask_to_confirm(turn, "TERUSKAN", f"{reference} {', '.join(names)}" + (" SURVEI" if field_inspection else ""),
                    "teruskan_near_miss", typed=excerpt(typed, ECHO_CHARS), agency=closest.code, name=closest.name,
                    reference=reference, agencies=", ".join(names))


def _picked(session: Session, numbers: list[int], shown: list[str]) -> list[Agency] | None:
    """`3` or `1+3`: the agencies at those places of the list shown (the pick list last shown for the complaint,
    else the routing suggestions the verifiers were shown with it); None when a number is not on it."""
    if not numbers or not all(1 <= number <= len(shown) for number in numbers):
        return None
    agencies = _agencies_by_code(session, [shown[number - 1] for number in numbers])
    return agencies if len(agencies) == len(set(numbers)) else None


def _agencies_by_code(session: Session, codes: list[str]) -> list[Agency]:
    """The active agencies with these codes, in the given order (one that left the directory is left out)."""
    found = {a.code: a for a in session.scalars(select(Agency).where(Agency.code.in_(codes), Agency.active.is_(True)))}
    return [found[code] for code in dict.fromkeys(codes) if code in found]


# A pick list waits this long for its number; the verifier's conversation row keeps it.
PICK_KEY, PICK_LIFETIME = "staff_pick", timedelta(hours=2)


def _offer_pick(turn: StaffTurn, complaint: Complaint, typed: str, candidates, found: list[Agency],
                queue: list[str], field_inspection: bool) -> None:
    choices = "\n".join(f"{i}. {a.code} – {a.name}" for i, a in enumerate(candidates, 1))
    turn.say("teruskan_ambiguous", typed=excerpt(typed, ECHO_CHARS), choices=choices, reference=complaint.reference)
    _keep_pick(turn, {"complaint": complaint.number, "codes": [a.code for a in candidates],
                      "chosen": [a.code for a in found], "rest": queue, "survei": field_inspection,
                      "at": turn.now.isoformat()})


def _pending_pick(turn: StaffTurn) -> dict | None:
    """The pick list last shown to this staff member, while it is fresh."""
    return _remembered(turn, PICK_KEY, PICK_LIFETIME)


def _keep_pick(turn: StaffTurn, pick: dict | None) -> None:
    _remember(turn, PICK_KEY, pick)


def _confirm_disposition(turn: StaffTurn, complaint: Complaint, agency: Agency, made: Disposition | None) -> None:
    if made is None:
        turn.say("teruskan_already", reference=complaint.reference, agency=agency.code)
    elif made.status == DispositionStatus.FORWARDED:
        turn.say("teruskan_external", reference=complaint.reference, agency=agency.name)
    else:
        turn.say("teruskan_done", reference=complaint.reference, agency=agency.name,
                 due=short_date(made.due_at, turn.zone), told=who_was_told(turn.session, made, turn.now))


def who_was_told(session: Session, disposition: Disposition, now: datetime) -> str:
    """Who got a new disposition's notice, as the verifier is told: the officers at work (and how many are on
    leave); the heads when every officer is away or named in the complaint; a warning when nobody of the agency is
    at work and free of it or registered. Staff left out because the complaint names them are said so, never "on
    leave" (lapor.directory.not_accused)."""
    from lapor.directory import HANDLING_ROLES, not_accused, officers_for, present_staff, reachable_staff

    agency = disposition.agency
    officers = officers_for(session, disposition, now)
    if officers:
        away = len(reachable_staff(session, agency.id)) - len(present_staff(session, agency.id, now))
        key = "teruskan_told_officers_away" if away > 0 else "teruskan_told_officers"
        return t(key, count=len(officers), away=away)
    named = bool(present_staff(session, agency.id, now))  # officers at work, all named in the complaint
    at_work = present_staff(session, agency.id, now, roles=(Role.HEAD,))
    heads = not_accused(at_work, disposition)
    if heads:
        return t("teruskan_told_heads_named" if named else "teruskan_told_heads", agency=agency.code,
                 names=", ".join(person_label(h) for h in heads))
    if reachable_staff(session, agency.id, HANDLING_ROLES):
        named = named or len(heads) < len(at_work)
        return t("teruskan_told_verifiers_named" if named else "teruskan_told_verifiers", agency=agency.code)
    return t("teruskan_no_officer", agency=agency.code)


def cmd_tunda(turn: StaffTurn) -> None:
    """Relays the verifier's question to the citizen; the complaint waits (tertunda) for the answer."""
    complaint, text = _target(turn, t("example_question"))
    text = without_closing_address(text, to_citizen=True)
    if complaint is None or not _needs_text(turn, complaint, text, t("example_question")):
        return
    if tells_not_asks(text):
        turn.say("tunda_not_a_question", reference=complaint.reference, text=excerpt(text.strip(), ECHO_CHARS))
        return
    if not _is_open(turn, complaint) or not _reachable_reporter(turn, complaint):
        return
    dispositions.ask_citizen(turn.session, complaint, turn.staff, text.strip(), turn.now)
    record_chat_action(turn.session, turn.staff, "tunda", complaint, at=turn.now)
    turn.say("tunda_done", reference=complaint.reference, days=turn.svc.region.settings.question_wait_days)
    turn.replies[-1] += _after_quiet_hours(turn)


def cmd_arsipkan(turn: StaffTurn) -> None:
    """Archives a complaint with a reason that is sent to the citizen."""
    complaint, text = _target(turn, t("example_reason"))
    if complaint is None or not _needs_text(turn, complaint, text, t("example_archive_reason")):
        return
    if not _is_open(turn, complaint) or not turn.confirmed and _merge_offered(turn, complaint, text):
        return
    try:
        dispositions.archive(turn.session, complaint, turn.staff, text.strip(), turn.now)
    except LifecycleError:
        turn.say("staff_complaint_closed", reference=complaint.reference, status=status_for_staff(complaint))
        return
    record_chat_action(turn.session, turn.staff, "arsipkan", complaint, at=turn.now, reason=text.strip()[:200])
    turn.say("arsipkan_done", reference=complaint.reference)
    turn.replies[-1] += _after_quiet_hours(turn)


def _merge_offered(turn: StaffTurn, complaint: Complaint, reason: str) -> bool:
    """Asks first when an archive's reason says the complaint repeats another one ("dobel dgn lpr 1", "duplikat
    laporan no 1"): merged, its citizen follows the other complaint instead of being told it will not be handled.
    YA merges it, ARSIP archives it as typed."""
    said = set(words(reason))
    if not said & (MERGE_WORDS | {"sama", "serupa"}):
        return False
    named = (_named_inside(reason) or (None,))[0]
    found = NAMED_COMPLAINT.search(reason)
    number = named if named is not None else int(found.group(1)) if found else None
    if number is None or number == complaint.number:
        return False
    parent = complaints.by_number(turn.session, number)
    if parent is None or parent.status == complaints.ARCHIVED:
        return False
    _ask_to_confirm(turn, "GABUNG", f"{complaint.reference} {parent.reference}", "staff_confirm_merge_not_archive",
                    alternative={"command": "ARSIPKAN", "rest": turn.rest}, child=complaint.reference,
                    parent=parent.reference)
    return True


def cmd_nomorbaru(turn: StaffTurn) -> None:
    """Moves a complaint to its reporter's new number once the verifier says YA (the reporter lost their phone and
    wrote from another: the verifier checked it); the new and the old number are told (bot.notices)."""
    complaint, text = _target(turn, "0812xxxxxxx")
    if complaint is None:
        return
    phone = typed_phone(text)
    if phone is None:
        typed = text.strip(REFERENCE_PUNCTUATION + " ")[:30]
        turn.say("nomorbaru_need_number", reference=complaint.reference,
                 typed=t("nomorbaru_typed", typed=typed) if typed else "")
        return
    if complaint.citizen is not None and phone in complaint.citizen.addresses:
        turn.say("nomorbaru_same", reference=complaint.reference, phone=phone_label(phone))
        return
    if turn.session.scalar(select(Contact.id).where(Contact.phone == phone, Contact.role.is_not(None))):
        turn.say("nomorbaru_staff", reference=complaint.reference, phone=phone_label(phone))
        return
    if not turn.confirmed:
        old = phone_label(complaint.citizen.address) if complaint.citizen is not None else "-"
        _ask_to_confirm(turn, "NOMORBARU", f"{complaint.reference} {phone}", "staff_confirm_new_number",
                        reference=complaint.reference, old=old, new=phone_label(phone))
        return
    complaints.move_to_number(turn.session, complaint, phone, turn.staff, turn.now)
    turn.say("nomorbaru_done", reference=complaint.reference, new=phone_label(phone))


def cmd_gabung(turn: StaffTurn) -> None:
    """Merges a duplicate into its parent; the duplicate's citizen follows the parent from then on. Only the parent
    named ("gabung ke lpr 1"): the complaint in front of the verifier is asked about (`waiting.merge_into`)."""
    from bot.staff.verified import parent_named

    if _replied_complaint_number(turn) is None and (parent := parent_named(turn.rest)) is not None:
        from bot.staff.waiting import merge_into

        merge_into(turn, parent)
        return
    complaint, text = _target(turn, "LPR-<induk>", lock=False)  # locked with its parent, in the one lock order
    if complaint is None:
        return
    number, _ = split_reference(marked_reference(MERGE_CONNECTOR.sub("", text)))
    parent = complaints.by_number(turn.session, number) if number is not None else None
    if parent is None:  # "GABUNG LPR-12": its likely parents shown (one alone asked about)
        from bot.staff.verified import show_parents

        show_parents(turn, complaint)
        return
    if parent.id == complaint.id:
        turn.say("gabung_same", reference=complaint.reference)
        return
    dispositions.lock_for_merge(turn.session, complaint, parent)
    if not _is_open(turn, complaint):
        return
    if preconditions.why_not_merge(complaint) == preconditions.IN_PROGRESS:
        turn.say("gabung_in_progress", reference=complaint.reference, status=status_for_staff(complaint))
        return
    try:
        dispositions.merge(turn.session, complaint, parent, turn.staff, turn.now)
    except LifecycleError:
        turn.say("staff_complaint_closed", reference=parent.reference, status=status_for_staff(parent))
        return
    record_chat_action(turn.session, turn.staff, "gabung", complaint, at=turn.now, parent=complaint.parent.reference)
    turn.say("gabung_done", reference=complaint.reference, parent=complaint.parent.reference)


# "GABUNG LPR-12 ke LPR-10", "gabungkan lpr 12 dengan induk lpr 10", "gabung 12 sama 10": words before the parent.
MERGE_CONNECTOR = re.compile(
    r"^\s*(?:(?:ke|kpd|kepada|dengan|dgn|dg|sama|dan|ke\s*dalam|ikut|induk|induknya|laporan|yang|yg|jadi)\b[\s:,.-]*)+",
    re.IGNORECASE)
