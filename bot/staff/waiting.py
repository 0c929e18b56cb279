"""A verifier's act without a complaint's number ("teruskan ke dishub", "ke dishub aja", "dishub", "tunda, minta
foto", "spam"): about the only complaint waiting for verification, or the one whose notice was the last message the
verifier had (fresh); asked about (YA), never done at once. With several waiting and none of them plain, the
verifier is asked which, with their numbers; the number alone answers (`bot.staff.worded.which_answered`). A
swiped notice names its complaint first (`bot.staff.target._target`), as the officer's only open disposition does
for an officer's number-less command.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.commands import after_words, words
from bot.inbound import Inbound
from bot.messages import REFERENCE_PLACEHOLDER, excerpt, t
from bot.progress import is_question
from bot.staff.agencies import LEADING_FILLER, TRAILING_COURTESY, forward_names
from bot.staff.citizen_text import says_nothing
from bot.staff.confirm import _ask_to_confirm
from bot.staff.finding import _not_found
from bot.staff.shown import status_for_staff
from bot.staff.turn import ECHO_CHARS, VERIFIER_ROLES, StaffTurn, _remember, _remembered
from bot.staff.vocabulary import COURTESY
from lapor import complaints
from lapor.agency_lookup import find_agencies, only_agency_words
from models import Complaint, Contact, OutboxMessage
from services import Services

WAITING_COMMANDS = {"TERUSKAN", "TUNDA", "ARSIPKAN"}  # a verifier's acts on a complaint waiting for them
NOTICE_FRESH = timedelta(hours=3)  # a notice this recent is the one a verifier is looking at
WHICH_SHOWN = 5
SAID_MAX_WORDS = 6  # "oke teruskan ke dishub aja ya": a forward said short; longer is a story
# Words before where it goes ("oke teruskan ke dishub", "langsung dispo dishub aja")
FORWARD_LEAD = COURTESY | {"oke", "ok", "okey", "sip", "siap", "baik", "ya", "yaa", "yg", "yang", "ini", "itu",
                           "teruskan", "terusin", "trskn", "diteruskan", "dispo", "disposisi", "disposisikan",
                           "didispo", "fwd", "forward", "kirim", "kirimkan", "lempar", "oper", "langsung", "saja",
                           "aja", "sj", "aj"}
JUNK = {"spam", "hoax", "hoaks", "iseng", "prank", "fiktif", "iklan", "promosi"}
REJECTING = {"tolak", "ditolak", "reject"}


def _waiting(turn: StaffTurn) -> tuple[Complaint | None, int, list[Complaint]]:
    """The complaint a verifier's number-less act is about (None when it is not plain), how many wait, and the
    first of them (longest waiting first) to ask which."""
    count = turn.session.scalar(select(func.count()).select_from(Complaint).where(
        Complaint.status == complaints.NEW))
    shown = list(turn.session.scalars(select(Complaint).where(Complaint.status == complaints.NEW)
                                      .order_by(Complaint.id).limit(WHICH_SHOWN)))
    if count == 1:
        return shown[0], count, shown
    last = _last_notice(turn)
    if last is None or last.subject_type != "complaint":
        return None, count, shown
    latest = turn.session.get(Complaint, last.subject_id)
    return (latest if latest is not None and latest.status == complaints.NEW else None), count, shown


def _last_notice(turn: StaffTurn) -> OutboxMessage | None:
    """The last message the staff member had, when it is fresh (NOTICE_FRESH)."""
    last = turn.session.scalars(select(OutboxMessage).where(OutboxMessage.recipient.in_(turn.staff.addresses))
                                .order_by(OutboxMessage.id.desc()).limit(1)).first()
    return last if last is not None and last.created_at >= turn.now - NOTICE_FRESH else None


# The complaint a verifier last saw with STATUS (one complaint shown by the message), for an act that names only
# another one ("status lpr 2", then "gabung ke lpr 1": LPR-2 is the duplicate)
LOOKED_KEY = "staff_looked_at"


def remember_looked_at(turn: StaffTurn, complaint: Complaint) -> None:
    """Keeps the complaint STATUS showed a verifier; a message that showed several keeps none."""
    if turn.staff.role not in VERIFIER_ROLES:
        return
    kept = _remembered(turn, LOOKED_KEY, NOTICE_FRESH)
    several = (kept is not None and kept.get("sid") == turn.message.sid and bool(turn.message.sid)
               and kept["complaint"] != complaint.number)
    _remember(turn, LOOKED_KEY, None if several else {"complaint": complaint.number, "sid": turn.message.sid,
                                                      "at": turn.now.isoformat()})


def in_front(turn: StaffTurn, besides: int | None = None) -> Complaint | None:
    """The complaint in front of a verifier: the swiped notice's, else the one STATUS last showed them (unless a
    notice came after it), else the one waiting plainly (`_waiting`); never the complaint `besides` (an act's
    other complaint); None when none is plain."""
    from bot.staff.finding import _replied_complaint_number

    replied = _replied_complaint_number(turn)
    if replied is not None:
        found = complaints.by_number(turn.session, replied)
        return found if found is not None and found.id != besides else None
    looked = _remembered(turn, LOOKED_KEY, NOTICE_FRESH)
    notice = _last_notice(turn) if looked else None
    if looked and (notice is None or notice.created_at <= datetime.fromisoformat(looked["at"])):
        found = complaints.by_number(turn.session, looked["complaint"])
        if found is not None and found.id != besides:
            return found
    found = _waiting(turn)[0]
    return found if found is not None and found.id != besides else None


def merge_into(turn: StaffTurn, parent_number: int) -> None:
    """A merge naming only its parent ("gabung ke lpr 1"): asks to merge the complaint in front of the verifier
    into it (YA merges), or, with none plain, which complaint is the duplicate (the ones waiting listed, the
    number alone answering)."""
    parent = complaints.by_number(turn.session, parent_number)
    if parent is None:
        _not_found(turn, parent_number)
        return
    child = in_front(turn, besides=parent.id)
    if child is not None:
        _ask_merge(turn, child, parent.reference)
        return
    shown = [c for c in _waiting(turn)[2] if c.id != parent.id]
    if not shown:
        turn.say("gabung_which_child_none", parent=parent.reference)
        return
    items = "\n".join(f"{c.reference} ({excerpt(c.title, 40)})" for c in shown)
    turn.say("gabung_which_child", parent=parent.reference, items=items, example=shown[0].reference)
    from bot.staff import worded

    worded.remember_which(turn, [c.number for c in shown], command="GABUNG", text=parent.reference)


def _ask_merge(turn: StaffTurn, child: Complaint, parent: str) -> None:
    """Asks whether to merge `child` into the complaint `parent` (its reference): YA runs GABUNG."""
    if child.reference == parent:
        turn.say("gabung_same", reference=parent)
        return
    if child.parent is not None:  # merged already (a swiped notice, then "dobel sm lpr 1" again)
        turn.say("gabung_already", reference=child.reference, parent=child.parent.reference)
        return
    if child.status not in complaints.OPEN_STATUSES:
        turn.say("staff_complaint_closed", reference=child.reference, status=status_for_staff(child))
        return
    _ask_to_confirm(turn, "GABUNG", f"{child.reference} {parent}", "gabung_confirm_in_front",
                    reference=child.reference, title=excerpt(child.title, 60), parent=parent)


def ask_waiting(turn: StaffTurn, command: str, text: str) -> bool:
    """Asks about a verifier's `command` with `text` and no number for the complaint it is about, or which one
    when several wait; False (nothing said) for anyone else or when nothing waits."""
    if turn.staff.role in VERIFIER_ROLES and command == "GABUNG":  # "gabung aja sama yg kemarin": its parents
        from bot.staff.verified import show_parents

        complaint = in_front(turn)
        if complaint is not None:
            show_parents(turn, complaint)
        return complaint is not None
    if turn.staff.role not in VERIFIER_ROLES or command not in WAITING_COMMANDS:
        return False
    complaint, count, shown = _waiting(turn)
    if not shown:
        return False
    text = TRAILING_COURTESY.sub("", text).strip(" ,.:;-") if command == "TERUSKAN" else text.strip(" ,.:;-")
    text = "" if says_nothing(text) else text  # "tunda ya": no question yet
    if complaint is None:
        items = "\n".join(f"{c.reference} ({excerpt(c.title, 40)})" for c in shown)
        turn.say("verifier_which_waiting", items=items, more=t("verifier_which_more") if count > len(shown) else "",
                 first=shown[0].reference,
                 example=f"{command} {REFERENCE_PLACEHOLDER} {excerpt(text, ECHO_CHARS)}".strip())
        from bot.staff import worded

        worded.remember_which(turn, [c.number for c in shown], command=command, text=text)
        return True
    _ask(turn, complaint, command, text, t("verifier_waiting_others", count=count - 1, command=command)
         if count > 1 else "")
    return True


def _ask(turn: StaffTurn, complaint: Complaint, command: str, text: str, others: str) -> None:
    """Asks whether to carry out `command` with `text` on `complaint` (the agencies named, for TERUSKAN)."""
    if command == "TERUSKAN" and not words(text):  # "teruskan" alone: where to
        turn.say("teruskan_need_agency", reference=complaint.reference)
        return
    if command == "GABUNG":  # "gabung ke lpr 1", "Laporan mana …?", "2": LPR-2 into LPR-1
        _ask_merge(turn, complaint, text)
        return
    title = excerpt(complaint.title, 60)
    if command == "TERUSKAN" and (agencies := _agencies_named(turn, text)):
        codes = ", ".join(agency.code for agency in agencies)
        _ask_to_confirm(turn, "TERUSKAN", f"{complaint.reference} {codes}", "verifier_confirm_forward_waiting",
                        reference=complaint.reference, title=title, agencies=codes, others=others)
        return
    _ask_to_confirm(turn, command, f"{complaint.reference} {text}".strip(), "verifier_confirm_waiting",
                    asked=command, reference=complaint.reference, title=title,
                    text=f': "{excerpt(text, 200)}"' if words(text) else "", others=others)


def picked(session: Session, svc: Services, staff: Contact, message: Inbound, now: datetime) -> list[str] | None:
    """The replies when `message` is the number answering "Laporan yang mana?" after a verifier's number-less act:
    that act asked about the complaint picked; None for anything else (`worded.which_answered` reads it)."""
    from bot.staff.worded import ONLY_REFERENCE, WHICH_KEY, WHICH_LIFETIME

    found = ONLY_REFERENCE.match(message.text)
    if found is None or message.replied_to_sid:  # cheap first: most staff messages are no bare number
        return None
    turn = StaffTurn(session, svc, staff, message, now, "", "", role=staff.role or "-")
    pending = _remembered(turn, WHICH_KEY, WHICH_LIFETIME)
    if not pending or not pending.get("command") or int(found.group(1)) not in pending["numbers"]:
        return None
    _remember(turn, WHICH_KEY, None)
    complaint = complaints.by_number(session, int(found.group(1)))
    if complaint is None:
        _not_found(turn, int(found.group(1)))
        return turn.replies
    _ask(turn, complaint, pending["command"], pending["text"], "")
    return turn.replies


def _agencies_named(turn: StaffTurn, text: str) -> list:
    """The agencies TERUSKAN's words name, when every part names some; [] otherwise (TERUSKAN, on YA, says why)."""
    found = []
    for name in forward_names(turn.session, text):
        agencies = find_agencies(turn.session, name)[0]
        if not agencies:
            return []
        found += agencies
    return list({agency.id: agency for agency in found}.values())


def act_said(turn: StaffTurn) -> bool:
    """A verifier's short message with no number that says where a complaint goes ("ke dishub aja", "oke teruskan
    ke dishub", "dishub") or rejects it ("spam", "tolak aja, iklan"): asked about for the complaint waiting
    (`ask_waiting`); False for anything else (a question, a story, a number typed)."""
    text = turn.message.text
    typed = _short_said(turn)
    if not typed:
        return False
    lead = next((i for i, w in enumerate(typed) if w not in FORWARD_LEAD), len(typed))
    if lead < len(typed) and typed[lead] in JUNK | REJECTING:
        reason = after_words(text, lead + 1) if typed[lead] in REJECTING else after_words(text, lead)
        while words(reason) and words(reason)[0] in FORWARD_LEAD:
            reason = after_words(reason, 1)
        return bool(words(reason)) and ask_waiting(turn, "ARSIPKAN", reason)
    named = forward_named(turn)
    return named is not None and ask_waiting(turn, "TERUSKAN", named)


def _short_said(turn: StaffTurn) -> list[str]:
    """The words of a verifier's short message with no number and no question (what `act_said` and
    `forward_named` read), or none."""
    text = turn.message.text
    typed = words(text)
    if (turn.staff.role not in VERIFIER_ROLES or len(typed) > SAID_MAX_WORDS or is_question(text)
            or any(ch.isdigit() for ch in text)):
        return []
    return typed


def forward_named(turn: StaffTurn) -> str | None:
    """The agencies a verifier's short message with no number sends a complaint to ("ke dishub aja", "ok ke pupr",
    "oke teruskan ke dinas pu", "dishub"), as typed; None for anything else."""
    text = turn.message.text
    typed = _short_said(turn)
    if not typed:
        return None
    lead = next((i for i, w in enumerate(typed) if w not in FORWARD_LEAD), len(typed))
    rest = after_words(text, lead) if lead else text
    named = TRAILING_COURTESY.sub("", LEADING_FILLER.sub("", rest)).strip(" ,.!")
    return named if named and only_agency_words(turn.session, named) else None


def ask_forward_of(turn: StaffTurn, number: int, named: str) -> bool:
    """Asks whether to forward complaint `number` to the agencies `named` (a forward said while another act on it
    waited for its YA or its text); False when the complaint does not exist."""
    complaint = complaints.by_number(turn.session, number)
    if complaint is None:
        return False
    _ask(turn, complaint, "TERUSKAN", named, "")
    return True
