"""STATUS: one complaint as staff see it (its history when asked), or the officer's open ones numbered to pick from."""

from __future__ import annotations

from datetime import timedelta

from bot.commands import pick_numbers, words
from bot.messages import (
    DISPOSITION_NAMES,
    EVENT_NAMES,
    KIND_NAMES,
    MEDIA_KIND_NAMES,
    PRIVACY_NAMES,
    STAFF_STATUS_NAMES,
    complaint_page,
    excerpt,
    short_date,
    short_datetime,
    t,
)
from bot.staff.finding import _own_open, _replied_complaint_number
from bot.staff.lists import _list_item
from bot.staff.questions import HISTORY_SHOWN, HISTORY_WORDS, WHY_ASKED
from bot.staff.shown import additions_for_staff, place_for_staff, reporter_for, status_for_staff
from bot.staff.target import _target
from bot.staff.turn import LEADER_ROLES, LIST_ITEMS, OFFICER_ROLES, StaffTurn, _remember, _remembered
from bot.staff.verifier import PICK_LIFETIME
from bot.staff.waiting import remember_looked_at
from lapor import access, complaints
from lapor.audit import CHAT, record_identity_view
from lapor.dispositions import state_of
from lapor.references import format_reference, split_reference
from lapor.timeline import timeline
from media.links import complaint_links
from models import Complaint, Disposition, DispositionStatus
from models.vocab import Role


def cmd_status(turn: StaffTurn) -> None:
    """Shows one complaint as staff see it (the reporter's identity only where the role may see it); without a
    reference, an officer's one open disposition, or their open dispositions numbered to pick from."""
    if (split_reference(turn.rest)[0] is None and _replied_complaint_number(turn) is None
            and not _status_to_pick(turn)):
        return
    complaint, _ = _target(turn, "", lock=False)
    if complaint is None:
        return
    if not access.may_see_complaint(turn.staff, complaint):
        turn.say("staff_not_visible", reference=complaint.reference, agency=turn.staff.agency.name)
        return
    record_identity_view(turn.session, turn.staff, complaint, at=turn.now, address=CHAT)
    remember_looked_at(turn, complaint)  # a verifier's "gabung ke lpr 1" next: this one is the duplicate
    disposed = ", ".join(f"{d.agency.code} ({DISPOSITION_NAMES[state_of(d)]}{_due(turn, d)})"
                         for d in complaint.dispositions) or "-"
    text = t("staff_status", reference=complaint.reference, title=complaint.title,
             kind=KIND_NAMES[complaint.kind], privacy=PRIVACY_NAMES[complaint.privacy],
             status=status_for_staff(complaint), reporter=reporter_for(turn.staff, complaint),
             description=complaint.description, place=place_for_staff(complaint), dispositions=disposed)
    additions = additions_for_staff(complaint, turn.zone)
    if additions:
        text += "\n" + additions
    latest = [e for e in complaint.timeline if e.text and access.entry_seen_by(turn.staff, e)][-1:]
    if set(words(turn.message.text)) & HISTORY_WORDS:  # "riwayat lpr 1": its steps, not only the latest
        text += "\n" + _history(turn, complaint)
    elif latest:
        text += "\n" + t("staff_status_latest", when=short_date(latest[0].at, turn.zone), text=latest[0].text)
    if turn.staff.role in LEADER_ROLES and set(words(turn.message.text)) & WHY_ASKED:
        text += _why_waiting(turn, complaint)  # "lpr1 knp bs lewat batas gini?": what waits, and who holds it
    turn.replies.append(text + _media_lines(turn, complaint))


def _why_waiting(turn: StaffTurn, complaint: Complaint) -> str:
    """For a head or supervisor asking why a complaint is slow: each open disposition (a head's: their agency's)
    with how long it has waited for a follow-up or since its deadline, and its officers with their leave."""
    from bot.handover import _agency_staff, _leave_note, _name

    lines, codes = [], []
    for disposition in complaint.dispositions:
        if disposition.status != DispositionStatus.OPEN or (
                turn.role == Role.HEAD and disposition.agency_id != turn.staff.agency_id):
            continue
        since = disposition.created_at if disposition.first_response_at is None else None
        days = turn.svc.region.calendar.working_days_between(since, turn.now) if since else 0
        waiting = (t("staff_status_why_unanswered", since=short_date(since, turn.zone), days=f"{days:.0f}")
                   if since else t("staff_status_why_answered"))
        late = (t("staff_status_why_late", date=turn.deadline(disposition.due_at))
                if disposition.due_at is not None and disposition.due_at < turn.now else "")
        officers = [p for p in _agency_staff(turn, disposition.agency_id) if p.role == Role.OFFICER]
        named = ", ".join(_name(p) + _leave_note(p, turn) for p in officers) or t("roster_empty")
        lines.append(t("staff_status_why", agency=disposition.agency.code, waiting=waiting, late=late,
                       officers=named))
        codes.append(disposition.agency.code)
    if not lines:
        return ""
    tail = "staff_status_why_head" if turn.role == Role.HEAD else "staff_status_why_supervisor"
    return "\n" + "\n".join(lines + [t(tail, reference=complaint.reference, agency=codes[0])])


def _due(turn: StaffTurn, disposition: Disposition) -> str:
    """An open disposition's deadline, as STATUS shows it beside the disposition ("DLH (terbuka, batas 29 Des")."""
    if disposition.status != DispositionStatus.OPEN or disposition.due_at is None:
        return ""
    return t("staff_status_due", date=turn.deadline(disposition.due_at))


def _history(turn: StaffTurn, complaint: Complaint) -> str:
    """The complaint's latest steps (`lapor.timeline`, folded and named as the reader may see them) for STATUS asked
    as its history: when, what, which agency, the words; the whole story is on its page."""
    items = timeline(turn.session, complaint, turn.staff)
    lines = [_history_line(turn, item) for item in items[-HISTORY_SHOWN:]]
    return t("staff_history", shown=len(lines), count=len(items), lines="\n".join(lines),
             page=complaint_page(turn.svc.config, complaint.number))


def _history_line(turn: StaffTurn, item) -> str:
    """One step of the history: a status change says the status it reached; a text that opens with the agency's
    code ("PUPR: bukan tupoksi kami") does not repeat it."""
    text = (item.text or "").removeprefix(f"{item.agency}:").strip() if item.agency else (item.text or "")
    if not text and item.status_to and item.status_to != item.status_from:
        text = STAFF_STATUS_NAMES.get(item.status_to, item.status_to)
    return t("staff_history_line", when=short_datetime(item.at, turn.zone), event=EVENT_NAMES.get(item.event,
             item.event), agency=f" {item.agency}" if item.agency else "", text=f": {excerpt(text, 120)}" if text
             else "")


STATUS_PICK_KEY = "staff_status_pick"  # the officer's open dispositions last listed by STATUS, to answer by number


def _status_to_pick(turn: StaffTurn) -> bool:
    """STATUS without a reference: an officer's one open disposition (of the agency's, not handed to a colleague)
    is the one (True, `turn.rest` names it); several (a verifier's or supervisor's: the newest complaints) are
    listed, numbered, and the next message may pick one (False, said); none is said (False)."""
    if turn.staff.role in OFFICER_ROLES:
        count, rows = _own_open(turn)
        if len(rows) == 1 and count <= LIST_ITEMS:
            turn.rest = f"{rows[0].complaint.reference} {turn.rest}"
            return True
        head = t("status_pick_head", agency=turn.staff.agency.code, count=len(rows))
        chosen = [(row.complaint, _list_item(turn, row)) for row in rows]
    else:
        head = t("status_pick_head_region")
        chosen = [(c, t("daftar_item", reference=c.reference, title=c.title, due=status_for_staff(c)))
                  for c in complaints.newest(turn.session, LIST_ITEMS)]
    if not chosen:
        turn.say("daftar_empty", agency=turn.staff.agency.code if turn.staff.agency else "-")
        return False
    lines = [head] + [f"{index}. " + item.removeprefix("• ") for index, (_, item) in enumerate(chosen, 1)]
    turn.replies.append("\n".join(lines + [t("status_pick_tail", reference=chosen[0][0].reference)]))
    _remember(turn, STATUS_PICK_KEY, {"numbers": [c.number for c, _ in chosen], "at": turn.now.isoformat()})
    return False


def _status_picked(turn: StaffTurn, text: str) -> str | None:
    """A number answering the list STATUS showed ("2", "no 2"): STATUS of that complaint (`turn.rest`)."""
    pending = _remembered(turn, STATUS_PICK_KEY, PICK_LIFETIME)
    picked = pick_numbers(text) if pending is not None else None
    if not picked or len(picked) != 1:
        return None
    _remember(turn, STATUS_PICK_KEY, None)
    if not 1 <= picked[0] <= len(pending["numbers"]):
        turn.say("status_pick_outside", count=len(pending["numbers"]))
        return None
    turn.rest = format_reference(pending["numbers"][picked[0] - 1])
    return "STATUS"


def _media_lines(turn: StaffTurn, complaint: Complaint) -> str:
    """The complaint's stored media as signed links (images without metadata but for verifiers), when the
    service has a public URL to give (or prints links in console mode)."""
    config = turn.svc.config
    if not config["PUBLIC_BASE_URL"] and config["TWILIO_ACCOUNT_SID"]:
        return ""
    lifetime = timedelta(seconds=config["MEDIA_LINK_SECONDS"])
    found = complaint_links(turn.session, config, complaint, turn.now, lifetime, turn.staff)
    if not found:
        return ""
    lines = "\n".join(f"{index}. {MEDIA_KIND_NAMES[kind]}: {link}" for index, (kind, link) in enumerate(found, 1))
    return "\n" + t("staff_status_media", hours=round(lifetime.total_seconds() / 3600), links=lines)
