"""STATUS: the citizen's complaints listed, or one of them (theirs, followed, or merged into) in detail."""

from __future__ import annotations

from sqlalchemy import select

from bot.conversation import understanding
from bot.conversation.states import FILING
from bot.conversation.turn import Turn, reference
from bot.messages import KIND_NAMES, OTHERS_STATUS_NAMES, STATUS_NAMES, and_list, deadline_words, excerpt, short_date, t
from lapor import complaints, queue
from lapor.bridge.privacy import safe_title, strip_nik
from models import Complaint, Contact, TimelineEntry
from models.vocab import Event

MAX_SHOWN = 3  # complaints shown in detail for one question: the first three named


def show_named(turn: Turn, numbers: list[int]) -> None:
    """Show each complaint named (the first MAX_SHOWN of the citizen's own or followed ones); those that are not
    theirs are said once, together, with their list once (it was said, with the list, for each)."""
    found = [(n, complaints.citizen_complaint(turn.session, turn.contact, n)) for n in numbers]
    for number, _ in [pair for pair in found if pair[1] is not None][:MAX_SHOWN]:
        _status_detail(turn, number)
    missing = [f"LPR-{n}" for n, complaint in found if complaint is None]
    if missing:
        _not_found(turn, and_list(missing))


def show_status(turn: Turn, rest: str) -> None:
    """List the citizen's complaints, or show one of theirs in detail (never anyone else's)."""
    number, _ = reference(rest)
    if number is not None:
        _status_detail(turn, number)
        return
    found = complaints.citizen_complaints(turn.session, turn.contact, following=True)
    if not found:  # while filing: the one being written is not sent yet, said so (its question follows)
        turn.say("status_none_filing" if turn.state in FILING else "status_none")
        return
    if len(found) == 1:  # one report: its details at once (a list of one asked to type STATUS LPR-n again)
        turn.listing = [found[0].number]
        _status_detail(turn, found[0].number)
        return
    _status_list(turn, found)


def _status_list(turn: Turn, found: list[Complaint]) -> None:
    """The citizen's complaints and those they follow, newest first, with their status."""
    turn.listing = [c.number for c in found]  # "2" next names LPR-2 (it was the menu's "cek status")
    withdrawing = _withdrawals_waiting(turn, found)
    lines = [t("status_list_head")] + [
        t("status_list_item", reference=c.reference, title=_title_for(c, turn.contact),
          status=_status_words(c, turn.contact) + (t("status_withdrawal_mark") if c.id in withdrawing else ""),
          updated=short_date(c.updated_at, turn.zone)) for c in found]
    turn.replies.append("\n".join(lines + [t("status_list_tail")]))


def _withdrawals_waiting(turn: Turn, found: list[Complaint]) -> set[int]:
    """The ids of the citizen's own open complaints listed whose withdrawal waits for staff (one query for the list;
    the timelines read only of those asked to be withdrawn)."""
    mine = [c.id for c in found if c.citizen_id == turn.contact.id and c.status in complaints.OPEN_STATUSES]
    if not mine:
        return set()
    asked = set(turn.session.scalars(select(TimelineEntry.complaint_id).where(
        TimelineEntry.complaint_id.in_(mine), TimelineEntry.event == Event.WITHDRAWAL)))
    return {c.id for c in found if c.id in asked and complaints.withdrawal_waiting(c) is not None}


def _not_found(turn: Turn, references: str) -> None:
    """Say the complaints named are not this number's, and list the citizen's own."""
    mine = complaints.citizen_complaints(turn.session, turn.contact, following=True)
    turn.say("status_not_found" if mine else "status_not_found_none", reference=references)
    if mine:
        _status_list(turn, mine)


def _status_detail(turn: Turn, number: int) -> None:
    complaint = complaints.citizen_complaint(turn.session, turn.contact, number)
    if complaint is None:  # a number mistyped, most often: the citizen's own are listed at once
        _not_found(turn, f"LPR-{number}")
        return
    own = complaint.citizen_id == turn.contact.id
    if own and understanding.asks_arrived(turn.text):  # "SUDAH SAMPAI BELUM?": a plain yes before the card
        turn.say("status_arrived", reference=complaint.reference)
    place = complaint.location_text if own else strip_nik(complaint.location_text)
    text = t("status_detail", reference=complaint.reference, title=_title_for(complaint, turn.contact),
             kind=KIND_NAMES[complaint.kind], status=_status_words(complaint, turn.contact),
             created=short_date(complaint.created_at, turn.zone), place=place or "-",
             due=_promised_line(turn, complaint) if own else "")
    # Someone else's complaint (followed, or the one a duplicate was merged into): only what the agencies wrote,
    # never the reporter's answers to questions, comments or reasons.
    latest = complaints.latest_public_entry(complaint) if own else complaints.latest_agency_entry(complaint)
    moved = complaints.moved_to(complaint, latest)
    if moved:  # the news was the agency's that let it go: the current agencies' state instead
        text += "\n\n" + t("status_moved", when=short_date(moved[0].created_at, turn.zone),
                            agencies=", ".join(dict.fromkeys(d.agency.name for d in moved)))
        latest = None
    if latest is not None:
        shown = latest.text if own else strip_nik(latest.text)
        text += "\n\n" + t("status_latest", when=short_date(latest.at, turn.zone), text=excerpt(shown, 500))
    yours = complaints.latest_reply_of_citizen(complaint) if own else None
    if yours is not None and (latest is None or yours.at >= latest.at):  # said apart: not the agency's progress
        text += "\n\n" + t("status_your_reply", when=short_date(yours.at, turn.zone), text=excerpt(yours.text, 300))
    waiting = complaints.withdrawal_waiting(complaint) if own else None
    if waiting is not None:  # the wish passed on, not yet acted on: said, or the citizen asks again
        text += "\n\n" + t("status_withdrawal_waiting", when=short_date(waiting.at, turn.zone))
    turn.replies.append(text)


def _promised_line(turn: Turn, complaint: Complaint) -> str:
    """The line saying by when the citizen's complaint should be verified or finished (with its line break), or
    that the deadline went by, saying the agency was reminded only once the ladder did it (`late_chased`); nothing
    while it waits for the citizen's answer or is finished."""
    region = turn.svc.region
    promised = queue.promised_by(turn.session, complaint, region)
    if promised is None:
        return ""
    step, due = promised
    if due >= turn.now:
        return t(f"status_{step}_by", due=deadline_words(due, turn.now, region.calendar, dated=True,
                                                          weekday=True)) + "\n"
    chased = "chased" if queue.late_chased(complaint, turn.now, region) else "unchased"
    return t(f"status_{step}_late_{chased}", due=deadline_words(due, turn.now, region.calendar)) + "\n"


def _title_for(complaint: Complaint, citizen: Contact) -> str:
    """The complaint's title as this citizen may read it: someone else's never shows a national ID number."""
    return complaint.title if complaint.citizen_id == citizen.id else safe_title(complaint)


def _status_words(complaint: Complaint, citizen: Contact) -> str:
    """The status in plain words; a merged duplicate shows the complaint it follows, a followed one says so."""
    if complaint.parent is not None:
        return t("status_merged", parent=complaint.parent.reference,
                 status=OTHERS_STATUS_NAMES[complaint.parent.status])
    if complaint.citizen_id != citizen.id:
        return t("status_followed", status=OTHERS_STATUS_NAMES[complaint.status])
    return STATUS_NAMES[complaint.status]
