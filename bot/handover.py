"""Hand-over in the chat: a head hands a disposition to one officer (ALIHKAN) and marks officers away (CUTI).

A disposition handed to an officer sends its notices and reminders to that officer alone while they are at work;
an officer on leave gets none, and when an agency has no officer at work its head gets them instead
(`lapor.directory.officers_for`, `bot.reminders.recipients`).
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from rapidfuzz import fuzz, process
from sqlalchemy import select

from bot.commands import find_date, words
from bot.messages import day_and_date, short_date, t
from bot.outbox import enqueue
from bot.staff import LEAVE_REASONS, NOT_WORDS, StaffTurn, _own_disposition, _target
from lapor import dispositions
from lapor.directory import HANDLING_ROLES, mark_away, present_staff
from lapor.phones import InvalidPhone, to_e164
from models import Contact
from models.vocab import Role

PHONE = re.compile(r"\+?\d[\d\s.-]{7,}\d")
FILLER = {"ke", "kpd", "kepada", "pak", "bu", "bapak", "ibu", "sdr", "saudara", "saudari", "mas", "mbak", "kak",
          "sampai", "smp", "sampe", "hingga", "sd", "s", "d", "dengan", "tgl", "tanggal", "cuti", "petugas",
          # courtesy around the name ("ke bu sari ya", "tolong ke pak budi saja, makasih")
          "ya", "yaa", "yah", "dong", "deh", "tolong", "mohon", "saja", "aja", "segera", "dulu", "nggih", "ok", "oke",
          "makasih", "terima", "kasih", "tks", "trims"}
NAME_CUTOFF, NAME_LEAD = 80, 10
ALL_WORDS = {"semua", "all", "semuanya", "bersama"}
BACK_WORDS = {"selesai", "batal", "hadir", "kembali", "masuk", "aktif"}
SELF_WORDS = {"saya", "sy", "aku", "ak", "gue", "gw", "sendiri", "diri", "ane", "kula", "abdi"}
# A day's lead word first ("CUTI sampai natal"): what follows is a day, and the leave is the typist's own.
DAY_LEAD = re.compile(r"^\W*(?:sampai|sampe|smp|hingga|s/d|sd|selama|mulai|tgl|tanggal)\b", re.IGNORECASE)
MAX_LEAVE = timedelta(days=366)
REASON_WORDS = LEAVE_REASONS | {"izin", "ijin"}  # why someone is away: no part of a name
# Not coming in ("ijin tidak masuk besok") is leave, not the return its "masuk" would say.
NOT_IN = re.compile(rf"\b(?:{'|'.join(sorted(NOT_WORDS))})\s+(?:masuk|hadir|aktif)\b", re.IGNORECASE)


def cmd_alihkan(turn: StaffTurn) -> None:
    """Hands the agency's open disposition to one of its officers (by number or name); SEMUA hands it back to all."""
    example = "0812xxxxxxx atau nama"
    complaint, text = _target(turn, example)
    if complaint is None:
        return
    disposition = _own_disposition(turn, complaint)
    if disposition is None:
        return
    agency = turn.staff.agency
    if set(words(text)) & ALL_WORDS:
        dispositions.hand_over(turn.session, disposition, None, turn.staff, turn.now)
        turn.say("alihkan_all", reference=complaint.reference, agency=agency.code)
        return
    officer = _agency_member(turn, text)
    if officer is None:
        key = "alihkan_unknown_officer" if text.strip() else "alihkan_need_officer"
        turn.say(key, reference=complaint.reference, typed=text.strip()[:60], agency=agency.code,
                 officers=_roster(turn), example=example)
        return
    if not officer.present(turn.now):
        turn.say("alihkan_away", name=_name(officer), date=day_and_date(officer.away_until, turn.zone),
                 officers=_roster(turn))
        return
    dispositions.hand_over(turn.session, disposition, officer, turn.staff, turn.now)
    turn.say("alihkan_done", reference=complaint.reference, name=_name(officer))


def cmd_cuti(turn: StaffTurn) -> None:
    """Marks an officer away until a day (heads: their agency's officers; an officer: themselves); SELESAI ends it."""
    today = turn.now.astimezone(turn.zone).date()
    day, who_text = find_date(turn.rest, today, turn.svc.region.calendar.is_working_day)
    start = None
    if day is not None:  # a span ("besok sampai jumat", "mulai rabu s/d senin"): the later day is the last
        other, rest = find_date(who_text, today, turn.svc.region.calendar.is_working_day)
        if other is not None:
            start, day, who_text = min(day, other), max(day, other), rest
    who_text = NOT_IN.sub(" ", who_text)
    back = bool(set(words(who_text)) & BACK_WORDS)
    person, unread = _leave_taker(turn, who_text)
    if person is None:
        turn.say("cuti_unknown_officer", typed=who_text.strip()[:60], agency=turn.staff.agency.code,
                 officers=_roster(turn))
        return
    if person.id != turn.staff.id and turn.staff.role != Role.HEAD:
        turn.say("cuti_only_self")
        return
    who = "SAYA" if person.id == turn.staff.id else person.phone or _name(person)  # what to type about them
    if back:
        mark_away(turn.session, person, None, turn.now)
        turn.say("cuti_ended", name=_name(person))
        return
    if day is None:
        if unread:
            turn.say("cuti_unknown_date", typed=unread[:60], name=_name(person), who=who)
        else:
            turn.say("cuti_need_date", name=_name(person), who=who)
        return
    last = datetime.combine(day, time(), tzinfo=turn.zone)
    end = last + timedelta(days=1)  # the whole last day is leave
    if end <= turn.now or end - turn.now > MAX_LEAVE:
        turn.say("cuti_bad_date", date=short_date(last, turn.zone), who=who)
        return
    # The weekend and holidays after the last day are no working days either: back on the next working day.
    until = datetime.combine(turn.svc.region.calendar.first_working_day_after(day), time(), tzinfo=turn.zone)
    mark_away(turn.session, person, until, turn.now)
    turn.say("cuti_done", name=_name(person), until=short_date(last, turn.zone), back=day_and_date(until, turn.zone),
             who=who)
    if start is not None and start > today:  # leave has no first day of its own: it runs from now
        turn.replies[-1] += " " + t("cuti_starts_now", start=short_date(datetime.combine(start, time(), turn.zone),
                                                                         turn.zone))
    _warn_if_nobody_left(turn)


def _warn_if_nobody_left(turn: StaffTurn) -> None:
    """No officer of the agency is at work any more: the one who typed and the agency's heads are told."""
    agency = turn.staff.agency
    if present_staff(turn.session, agency.id, turn.now):
        return
    heads = present_staff(turn.session, agency.id, turn.now, roles=(Role.HEAD,))
    text = t("agency_no_officer" if heads else "agency_nobody_at_work", agency=agency.code)
    turn.replies.append(text)
    for head in heads:
        if head.id != turn.staff.id:
            enqueue(turn.session, head.address, text, purpose="notice",
                    dedupe_key=f"no-officer:{agency.id}:{turn.message.sid}:{head.id}", now=turn.now)


def _leave_taker(turn: StaffTurn, text: str) -> tuple[Contact | None, str]:
    """Who CUTI is about, and the words left unread beside them (a day the date reader did not know: "natal").

    Nobody named, "saya"/"sy"/"aku", or a day word first ("sampai natal") is the one who typed; else the agency
    member named by number or by the first words that name one (None: nobody fits)."""
    typed = [w for w in words(text) if w not in FILLER | BACK_WORDS | REASON_WORDS]
    if not typed or PHONE.search(text or ""):
        return (_agency_member(turn, text) if typed else turn.staff), ""
    if typed[0] in SELF_WORDS or DAY_LEAD.match(text or ""):
        return turn.staff, " ".join(w for w in typed if w not in SELF_WORDS)
    for count in range(1, len(typed) + 1):  # the fewest first words that name one person, then the rest of the name
        person = _agency_member(turn, " ".join(typed[:count]))
        if person is not None:
            name = set(words(person.name or ""))
            while count < len(typed) and typed[count] in name:
                count += 1
            return person, " ".join(typed[count:])
    if turn.staff.role != Role.HEAD:  # an officer's leave is their own: the words are its reason ("ada hajatan")
        return turn.staff, ""
    return None, ""


def _agency_member(turn: StaffTurn, text: str) -> Contact | None:
    """The active officer (or head) of the staff member's agency named by number or by (part of) their name."""
    staff = _agency_staff(turn)
    typed_phone = PHONE.search(text or "")
    if typed_phone:
        try:
            phone = to_e164(re.sub(r"[\s.-]", "", typed_phone.group()))
        except InvalidPhone:
            return None
        return next((person for person in staff if person.phone == phone), None)
    typed = " ".join(w for w in words(text) if w not in FILLER | BACK_WORDS | REASON_WORDS)
    if not typed:
        return None
    names = {person.id: " ".join(words(person.name or "")) for person in staff}
    ranked = process.extract(typed, names, scorer=fuzz.token_set_ratio, score_cutoff=NAME_CUTOFF, limit=2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] - ranked[1][1] < NAME_LEAD):
        return None
    return next(person for person in staff if person.id == ranked[0][2])


def _agency_staff(turn: StaffTurn) -> list[Contact]:
    """The active officers and heads of the staff member's agency, oldest first."""
    return list(turn.session.scalars(select(Contact).where(
        Contact.agency_id == turn.staff.agency_id, Contact.role.in_(HANDLING_ROLES), Contact.active.is_(True))
        .order_by(Contact.id)))


def _roster(turn: StaffTurn) -> str:
    """The agency's officers as lines a head can copy from: name, number, and leave."""
    lines = []
    for person in [p for p in _agency_staff(turn) if p.role == Role.OFFICER]:
        away = t("roster_away", date=day_and_date(person.away_until, turn.zone)) if not person.present(turn.now) else ""
        lines.append(t("roster_item", name=_name(person), phone=person.phone or "-", away=away))
    return "\n".join(lines) or t("roster_empty")


def _name(person: Contact) -> str:
    return person.name or person.phone or "-"
