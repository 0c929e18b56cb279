"""INGATKAN <instansi>: a verifier or a supervisor reminds an agency's officers at work of the dispositions that wait
for them (past their deadline, or still without a first follow-up), at most once a day per agency. With a complaint
named (`INGATKAN PUPR LPR-2`, `ingatkan lpr 2`: the agencies holding it), the reminder is of that one complaint, at
most once a day per complaint and agency.
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import select

from bot.messages import DISPOSITION_CLOSED, excerpt, person_label, t
from bot.staff.agencies import LEADING_FILLER, TRAILING_COURTESY
from bot.staff.finding import _not_found
from bot.staff.shown import status_for_staff
from bot.staff.turn import ECHO_CHARS, LIST_ITEMS, StaffTurn, _named_people
from lapor import complaints, dispositions
from lapor.agency_lookup import find_agency, only_agency_words
from lapor.dispositions import state_of
from lapor.ladders import paused_since
from lapor.references import NAMED, numbers_named
from models import Agency, Complaint, Contact, Disposition, DispositionStatus, LedgerEntry
from models.vocab import Purpose, Role

WAITING_READ = 100  # dispositions read per kind (late, unanswered): an agency's whole backlog in practice


def cmd_ingatkan(turn: StaffTurn) -> None:
    """Sends the agency's officers at work (or the officer a disposition was handed to; its heads when no officer
    is at work) one message listing what waits for them, and tells the sender whom and how many; nothing is sent
    for an agency with nothing waiting, nor twice the same day (the ledger keeps the day's key)."""
    from bot.reminders import first_time

    numbers = numbers_named(turn.rest)
    named = _agency_around(turn, turn.rest) if numbers else _agency_words(turn.rest)
    if not named and not numbers:
        turn.say("ingatkan_need_agency")
        return
    agency = find_agency(turn.session, named).agency if named else None
    if named and agency is None:
        turn.say("teruskan_unknown_agency", typed=excerpt(named, ECHO_CHARS))
        return
    if numbers:
        for number in numbers:
            _remind_one(turn, number, agency)
        return
    key = _agency_key(turn, agency)
    sent = turn.session.scalar(select(LedgerEntry.sent_at).where(LedgerEntry.key == key))
    if sent is not None:
        turn.say("ingatkan_already", agency=agency.code, at=f"{sent.astimezone(turn.zone):%H.%M}")
        return
    waiting = _waiting(turn, agency)
    if not waiting:
        turn.say("ingatkan_nothing", agency=agency.code)
        return
    waiting, reminded = _not_reminded_today(turn, agency, waiting)
    if not waiting:  # each of them reminded on its own today ("ingatkan dlh lpr 1")
        turn.say("ingatkan_already", agency=agency.code, at=f"{reminded.astimezone(turn.zone):%H.%M}")
        return
    readers = _readers(turn, waiting)
    if not readers:
        turn.say("ingatkan_nobody", agency=agency.code)
        return
    if not first_time(turn.session, key, turn.now):  # sent a moment ago by someone else
        turn.say("ingatkan_already", agency=agency.code, at=f"{turn.now.astimezone(turn.zone):%H.%M}")
        return
    _send(turn, agency, key, readers)
    late = sum(1 for d in waiting if _late(turn, d))
    kinds = [t(key, count=count) for key, count in (("ingatkan_late", late),
                                                     ("ingatkan_unanswered", len(waiting) - late)) if count]
    turn.say("ingatkan_done", agency=agency.code, names=_named_people([p for p, _ in readers.values()]),
             count=len(waiting), kinds=", ".join(kinds), away=_away(turn, agency, readers))


# Words between the agency and the complaint named ("colek dlh soal lpr 1", "ingatkan pupr terkait laporan no 2")
ABOUT = re.compile(r"(?:\s+\b(?:soal|terkait|perihal|ttg|tentang|untuk|utk|buat|atas|yg|yang|laporan|lap|no|nomor)\b)+"
                   r"[^0-9A-Za-z]*$", re.IGNORECASE)


# Who is reminded, said instead of an agency ("tolong ingatkan petugas lpr 1", "ingatkan lg lpr 1"): its holders
HOLDERS_SAID = re.compile(r"^(?:(?:petugas|petugasnya|penghubung|admin|operator|pic|mereka|yg|yang|pegang|megang|"
                          r"lagi|lg|kembali|ulang|sekali)\b\s*)+$", re.IGNORECASE)


def _agency_words(text: str) -> str:
    """The words of INGATKAN that name the agency, without courtesy and words about the complaint."""
    text = TRAILING_COURTESY.sub("", LEADING_FILLER.sub("", text)).strip(" ,.:;-!")
    text = TRAILING_COURTESY.sub("", ABOUT.sub("", f" {text}")).strip(" ,.:;-!")
    return "" if HOLDERS_SAID.match(text) else text


CLAUSE_END = re.compile(r"[,;.\n]")


def _agency_around(turn: StaffTurn, rest: str) -> str:
    """The agency of INGATKAN naming a complaint: the words before the first complaint ("dlh lpr 1"), else those
    right after the complaints when they name nothing but an agency ("LPR-1 DLH"; "lpr 1, sdh lewat batas" is
    why, not who)."""
    found = list(NAMED.finditer(rest))
    named = _agency_words(rest[:found[0].start()])
    if named:
        return named
    after = _agency_words(CLAUSE_END.split(rest[found[-1].end():], maxsplit=1)[0])
    return after if after and only_agency_words(turn.session, after) else ""


def _agency_key(turn: StaffTurn, agency: Agency) -> str:
    """The ledger's key of the day's INGATKAN of the agency."""
    return f"ingatkan:{agency.id}:{turn.now.astimezone(turn.zone).date().isoformat()}"


def _not_reminded_today(turn: StaffTurn, agency: Agency, waiting: list[Disposition]
                        ) -> tuple[list[Disposition], datetime | None]:
    """The dispositions not reminded on their own today, and when the last of the others was."""
    keys = {f"{_agency_key(turn, agency)}:{d.complaint.reference}": d for d in waiting}
    sent = dict(turn.session.execute(select(LedgerEntry.key, LedgerEntry.sent_at)
                                     .where(LedgerEntry.key.in_(list(keys)))).all())
    return [d for key, d in keys.items() if key not in sent], max(sent.values(), default=None)


def _remind_one(turn: StaffTurn, number: int, agency: Agency | None) -> None:
    """INGATKAN of one complaint: its open disposition at `agency` (None: every agency holding it open) reminded to
    the officers at work on it; refused, saying who holds it, when the agency named does not."""
    complaint = complaints.by_number(turn.session, number)
    if complaint is None:
        _not_found(turn, number)
        return
    open_ones = [d for d in complaint.dispositions if d.status == DispositionStatus.OPEN]
    if agency is not None:
        own = next((d for d in complaint.dispositions if d.agency_id == agency.id), None)
        if own is not None and own.status != DispositionStatus.OPEN:
            turn.say("ingatkan_one_closed", reference=complaint.reference, agency=agency.code,
                     state=DISPOSITION_CLOSED[state_of(own)], holders=_holders(turn, open_ones))
            return
        if own is None and open_ones:
            turn.say("ingatkan_one_elsewhere", reference=complaint.reference, agency=agency.code,
                     holders=_holders(turn, open_ones))
            return
        open_ones = [own] if own is not None else []
    if not open_ones:
        _none_open(turn, complaint)
        return
    for disposition in open_ones:
        _remind_disposition(turn, disposition)


def _holders(turn: StaffTurn, open_ones: list[Disposition]) -> str:
    """Who holds each open disposition: "DLH (Dewi, Eko)" (the officers at work on it, else its heads)."""
    return ", ".join(f"{d.agency.code} ({holder_names(turn, d)})" for d in open_ones) or "-"


def holder_names(turn: StaffTurn, disposition: Disposition) -> str:
    """Who holds an open disposition: "Dewi, Eko" (the officers at work on it, else its heads), or "-"."""
    from lapor.directory import officers_for, present_staff

    people = officers_for(turn.session, disposition, turn.now) or present_staff(
        turn.session, disposition.agency_id, turn.now, roles=(Role.HEAD,))
    return ", ".join(p.name or "-" for p in people) or "-"


def _none_open(turn: StaffTurn, complaint: Complaint) -> None:
    """Says why a complaint with no open disposition gets no reminder: not forwarded yet, or answered/closed."""
    if complaint.status == complaints.NEW:
        turn.say("ingatkan_one_not_forwarded", reference=complaint.reference)
        return
    turn.say("ingatkan_one_none_open", reference=complaint.reference, status=status_for_staff(complaint))


def _remind_disposition(turn: StaffTurn, disposition: Disposition) -> None:
    """One disposition reminded to its officers at work (its heads with none), once a day: not when the day's
    INGATKAN of its agency already listed it, nor while its officers wait for the citizen's answer."""
    from bot.reminders import first_time

    agency, reference = disposition.agency, disposition.complaint.reference
    if disposition.id in paused_since(turn.session, [disposition.id]):
        turn.say("ingatkan_one_paused", reference=reference, agency=agency.code)
        return
    key = f"{_agency_key(turn, agency)}:{reference}"
    sent = turn.session.scalar(select(LedgerEntry.sent_at).where(LedgerEntry.key == key))
    if sent is None and (disposition.first_response_at is None or _late(turn, disposition)):
        # what the agency's reminder of the day lists (late, or still unanswered): it went with that one
        sent = turn.session.scalar(select(LedgerEntry.sent_at).where(LedgerEntry.key == _agency_key(turn, agency)))
    if sent is not None:
        turn.say("ingatkan_one_already", reference=reference, agency=agency.code,
                 at=f"{sent.astimezone(turn.zone):%H.%M}")
        return
    readers = _readers(turn, [disposition])
    if not readers:
        turn.say("ingatkan_nobody", agency=agency.code)
        return
    if not first_time(turn.session, key, turn.now):
        turn.say("ingatkan_one_already", reference=reference, agency=agency.code,
                 at=f"{turn.now.astimezone(turn.zone):%H.%M}")
        return
    _send(turn, agency, key, readers)
    turn.say("ingatkan_one_done", reference=reference, agency=agency.code,
             names=_named_people([p for p, _ in readers.values()]), away=_away(turn, agency, readers))


def _away(turn: StaffTurn, agency: Agency, readers: dict[int, tuple[Contact, list[Disposition]]]) -> str:
    """The line naming the agency's registered staff not reminded (away), or ""."""
    reminded = {person.id for person, _ in readers.values()}
    away = [p for p in _registered(turn, agency) if p.id not in reminded]
    return t("ingatkan_away", names=", ".join(p.name or "-" for p in away)) if away else ""


def _waiting(turn: StaffTurn, agency: Agency) -> list[Disposition]:
    """The agency's open dispositions past their deadline (DAFTAR terlambat), then those still without a first
    follow-up (DAFTAR belum dijawab) whose officers are not waiting for the citizen's answer to their question."""
    _, late = dispositions.agency_dispositions(turn.session, agency.id, reader=turn.staff, limit=WAITING_READ,
                                               due_before=turn.now)
    _, unanswered = dispositions.agency_dispositions(turn.session, agency.id, reader=turn.staff, limit=WAITING_READ,
                                                     unanswered=True)
    paused = paused_since(turn.session, [d.id for d in unanswered])
    found = {d.id: d for d in late}
    for disposition in unanswered:
        if disposition.id not in paused:
            found.setdefault(disposition.id, disposition)
    return list(found.values())


def _late(turn: StaffTurn, disposition: Disposition) -> bool:
    return disposition.due_at is not None and disposition.due_at < turn.now


def _readers(turn: StaffTurn, waiting: list[Disposition]) -> dict[int, tuple[Contact, list[Disposition]]]:
    """Each person to remind with the dispositions they hold: its officers at work (`officers_for`: the one it was
    handed to, or the agency's officers not on leave), else the agency's heads at work."""
    from lapor.directory import officers_for, present_staff

    readers: dict[int, tuple[Contact, list[Disposition]]] = {}
    for disposition in waiting:
        people = officers_for(turn.session, disposition, turn.now) or present_staff(
            turn.session, disposition.agency_id, turn.now, roles=(Role.HEAD,))
        for person in people:
            readers.setdefault(person.id, (person, []))[1].append(disposition)
    return readers


def _registered(turn: StaffTurn, agency: Agency) -> list[Contact]:
    from lapor.directory import reachable_staff

    return reachable_staff(turn.session, agency.id)


def _send(turn: StaffTurn, agency: Agency, key: str, readers: dict[int, tuple[Contact, list[Disposition]]]) -> None:
    """One message to each reader: who reminds them, each disposition as the ladders' reminders word it, and what to
    reply (the first one's reference as the example)."""
    from bot.outbox import enqueue
    from bot.reminders import waiting_line

    calendar = turn.svc.region.calendar
    for person, held in readers.values():
        lines = [t("ingatkan_head", sender=person_label(turn.staff), count=len(held), agency=agency.code)]
        for disposition in held[:LIST_ITEMS]:
            lines += [_line(turn, disposition) or waiting_line(disposition, turn.now, turn.zone, calendar),
                      f"  {excerpt(disposition.complaint.title, 60)}"]
        if len(held) > LIST_ITEMS:
            lines.append(t("ingatkan_more", count=len(held) - LIST_ITEMS))
        lines.append(t("ingatkan_tail", reference=held[0].complaint.reference))
        subject = ("complaint", held[0].complaint_id) if len(held) == 1 else None  # a swipe names its complaint
        enqueue(turn.session, person.address, "\n".join(lines), purpose=Purpose.REMINDER, subject=subject,
                dedupe_key=f"{key}:{person.id}", now=turn.now)


def _line(turn: StaffTurn, disposition: Disposition) -> str:
    """A disposition already followed up and not yet late (reminded as one complaint): its deadline; "" for those
    the ladders' lines word (late, or without a follow-up)."""
    if disposition.first_response_at is None or _late(turn, disposition):
        return ""
    return t("ingatkan_line_due", reference=disposition.complaint.reference, agency=disposition.agency.code,
             due=turn.deadline(disposition.due_at) if disposition.due_at else "-")
