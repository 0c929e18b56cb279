"""INGATKAN <instansi>: a verifier or a supervisor reminds an agency's officers at work of the dispositions that wait
for them (past their deadline, or still without a first follow-up), at most once a day per agency.
"""

from __future__ import annotations

from sqlalchemy import select

from bot.messages import excerpt, person_label, t
from bot.staff.agencies import LEADING_FILLER, TRAILING_COURTESY
from bot.staff.turn import ECHO_CHARS, LIST_ITEMS, StaffTurn, _named_people
from lapor import dispositions
from lapor.agency_lookup import find_agency
from lapor.ladders import paused_since
from models import Agency, Contact, Disposition, LedgerEntry
from models.vocab import Purpose, Role

WAITING_READ = 100  # dispositions read per kind (late, unanswered): an agency's whole backlog in practice


def cmd_ingatkan(turn: StaffTurn) -> None:
    """Sends the agency's officers at work (or the officer a disposition was handed to; its heads when no officer
    is at work) one message listing what waits for them, and tells the sender whom and how many; nothing is sent
    for an agency with nothing waiting, nor twice the same day (the ledger keeps the day's key)."""
    from bot.reminders import first_time

    named = TRAILING_COURTESY.sub("", LEADING_FILLER.sub("", turn.rest)).strip(" ,.:;-!")
    if not named:
        turn.say("ingatkan_need_agency")
        return
    agency = find_agency(turn.session, named).agency
    if agency is None:
        turn.say("teruskan_unknown_agency", typed=excerpt(named, ECHO_CHARS))
        return
    key = f"ingatkan:{agency.id}:{turn.now.astimezone(turn.zone).date().isoformat()}"
    sent = turn.session.scalar(select(LedgerEntry.sent_at).where(LedgerEntry.key == key))
    if sent is not None:
        turn.say("ingatkan_already", agency=agency.code, at=f"{sent.astimezone(turn.zone):%H.%M}")
        return
    waiting = _waiting(turn, agency)
    if not waiting:
        turn.say("ingatkan_nothing", agency=agency.code)
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
    away = [p for p in _registered(turn, agency) if p.id not in {person.id for person, _ in readers.values()}]
    kinds = [t(key, count=count) for key, count in (("ingatkan_late", late),
                                                     ("ingatkan_unanswered", len(waiting) - late)) if count]
    turn.say("ingatkan_done", agency=agency.code, names=_named_people([p for p, _ in readers.values()]),
             count=len(waiting), kinds=", ".join(kinds),
             away=t("ingatkan_away", names=", ".join(p.name or "-" for p in away)) if away else "")


def _waiting(turn: StaffTurn, agency: Agency) -> list[Disposition]:
    """The agency's open dispositions past their deadline (DAFTAR terlambat), then those still without a first
    follow-up (DAFTAR belum dijawab) whose officers are not waiting for the citizen's answer to their question."""
    _, late = dispositions.agency_dispositions(turn.session, agency.id, limit=WAITING_READ, due_before=turn.now)
    _, unanswered = dispositions.agency_dispositions(turn.session, agency.id, limit=WAITING_READ, unanswered=True)
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
            lines += [waiting_line(disposition, turn.now, turn.zone, calendar),
                      f"  {excerpt(disposition.complaint.title, 60)}"]
        if len(held) > LIST_ITEMS:
            lines.append(t("ingatkan_more", count=len(held) - LIST_ITEMS))
        lines.append(t("ingatkan_tail", reference=held[0].complaint.reference))
        subject = ("complaint", held[0].complaint_id) if len(held) == 1 else None  # a swipe names its complaint
        enqueue(turn.session, person.address, "\n".join(lines), purpose=Purpose.REMINDER, subject=subject,
                dedupe_key=f"{key}:{person.id}", now=turn.now)
