"""Hand-over in the chat: a head hands a disposition to one officer (ALIHKAN) and marks officers away (CUTI).

A disposition handed to an officer sends its notices and reminders to that officer alone while they are at work;
an officer on leave gets none, and when an agency has no officer at work its head gets them instead
(`lapor.directory.officers_for`, `bot.reminders.recipients`).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from rapidfuzz import fuzz, process
from sqlalchemy import select

from bot.commands import find_leave, words
from bot.messages import and_list, day_and_date, person_label, phone_label, short_date, t
from bot.outbox import enqueue, take_back
from bot.staff.confirm import _ask_to_confirm
from bot.staff.finding import _own_disposition
from bot.staff.leave import (
    FAMILY_ILL,
    LEAVE_REASONS,
    NOT_COMING_IN,
    ON_LEAVE_NOW,
    asks_about_leave,
    away_kind,
    away_named,
    away_word,
    hands_over_on_leave,
)
from bot.staff.target import _target
from bot.staff.turn import OFFICER_ROLES, VERIFIER_ROLES, StaffTurn
from bot.staff.vocabulary import in_standard_words
from lapor import dispositions
from lapor.directory import (
    HANDLING_ROLES,
    REGION_WIDE_ROLES,
    leaves_held,
    mark_away,
    not_accused,
    present_staff,
    set_stand_in,
)
from lapor.phones import TYPED, typed_phone
from models import Agency, Contact, OutboxMessage, StaffLeave
from models.vocab import Purpose, Role

PHONE = TYPED  # a number typed in a message
FILLER = {"ke", "kpd", "kepada", "pak", "bu", "bapak", "ibu", "sdr", "saudara", "saudari", "mas", "mbak", "kak",
          "sampai", "smp", "sampe", "hingga", "sd", "s", "d", "dengan", "tgl", "tanggal", "cuti", "petugas",
          # courtesy around the name ("ke bu sari ya", "tolong ke pak budi saja, makasih")
          "ya", "yaa", "yah", "dong", "deh", "tolong", "mohon", "saja", "aja", "segera", "dulu", "nggih", "ok", "oke",
          "makasih", "terima", "kasih", "tks", "trims", "mhn", "maaf", "mf", "permisi", "punten",
          # around the days of leave ("sy mau cuti mulai senin depan", "akan izin dari tgl 20")
          "mau", "akan", "ingin", "mo", "mulai", "dari", "dr", "sejak", "depan", "dpn", "rencana", "rencananya"}
NAME_CUTOFF, NAME_LEAD = 80, 10
ALL_WORDS = {"semua", "all", "semuanya", "bersama"}
BACK_WORDS = {"selesai", "batal", "dibatalkan", "batalkan", "cancel", "hadir", "kembali", "masuk", "aktif"}
# A head's own title ("kadis cuti sampai jumat", "kepala dinas cuti"): the head who typed it
OWN_TITLES = {"kadis", "kadin", "kaban", "kakan", "kepala", "kadinas"}
SELF_WORDS = {"saya", "sy", "aku", "ak", "gue", "gw", "sendiri", "diri", "ane", "kula", "abdi"}
_SELF_OR_TITLE = SELF_WORDS | OWN_TITLES  # made once, not per word
# A day's lead word first ("CUTI sampai natal"): what follows is a day, and the leave is the typist's own.
DAY_LEAD = re.compile(r"^\W*(?:sampai|sampe|smp|hingga|s/d|sd|selama|mulai|tgl|tanggal)\b", re.IGNORECASE)
MAX_LEAVE = timedelta(days=366)
REASON_WORDS = LEAVE_REASONS | {"izin", "ijin"}  # why someone is away: no part of a name
_NO_NAME = FILLER | BACK_WORDS | REASON_WORDS  # made once, not per word
# Not coming in ("ijin tidak masuk besok") is leave, not the return its "masuk" would say.
NOT_IN = NOT_COMING_IN
# Who stands in, said beside a head's own leave ("cuti besok sampai jumat, eko yg handle", "sementara yang pegang
# eko", "diganti eko dulu"): that colleague is not the one on leave.
# In Javanese ("mas eko ingkang ngasta", "sing nyekel eko") and Sundanese ("nu nyepeng eko") too.
_STAND_IN_VERBS = (r"(?:handle|handel|pegang|megang|gantikan|menggantikan|ganti|gantiin|jaga|urus|ngurus|backup|tangani"
                   r"|ngasta|ngastani|nyekel|nyepeng|nyepengi|nggantosi|ngganteni|ngurusi|nyekeul)")
STAND_IN = re.compile(
    rf"(?:\b(?:sementara|selama\s+itu)\s+)?(?:\b[a-z]+\s+)?\b(?:yg|yang|ingkang|sing|nu)\s+{_STAND_IN_VERBS}\b[^,;]*"
    r"|\b(?:sementara\s+)?(?:diganti|digantikan|digantiin|dipegang|dihandle|dibackup|ditangani|diwakili|diwakilkan"
    r"|pengganti|penggantinya|plh|plt)\b[^,;]*"
    # who to turn to meanwhile ("kalo ada apa2 ke pak eko dulu ya", "klo ada perlu hubungi eko", "sementara hubungi
    # eko"): the stand-in too
    r"|\b(?:(?:kalau|kalo|klo|kl|kalu|bila|jika|jk)\s+ada\s+(?:apa2|apa-apa|apa\s+apa|apa|perlu|keperluan|yg\s+perlu"
    r"|yang\s+perlu|urusan|sesuatu)|sementara)\s+(?:ke|hubungi|hub|kontak|sama|sm|dgn|dengan|lewat|via)\b[^,;]*",
    re.IGNORECASE)


def cmd_alihkan(turn: StaffTurn) -> None:
    """Hands the agency's open disposition to one of its officers (by number or name); SEMUA hands it back to all."""
    from bot.staff.officer_words import returned_instead

    if returned_instead(turn):  # "lpr1 pindahin ke pupr aja": another agency, not an officer: KEMBALIKAN asked
        return
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
    if officer is None and (elsewhere := staff_elsewhere(turn, text)) is not None:
        say_elsewhere(turn, complaint.reference, elsewhere)
        return
    if officer is None:
        key = "alihkan_unknown_officer" if text.strip() else "alihkan_need_officer"
        turn.say(key, reference=complaint.reference, typed=text.strip()[:60], agency=agency.code,
                 officers=_roster(turn), example=example)
        return
    if not not_accused([officer], disposition):  # a conduct complaint is never handed to the staff it accuses
        turn.say("alihkan_accused", reference=complaint.reference, name=_name(officer), officers=_roster(turn))
        return
    if not officer.present(turn.now):
        turn.say("alihkan_away", name=_name(officer), date=day_and_date(officer.away_until, turn.zone),
                 officers=_roster(turn), away=away_word(officer))
        return
    dispositions.hand_over(turn.session, disposition, officer, turn.staff, turn.now)
    turn.say("alihkan_done", reference=complaint.reference, name=_name(officer))
    if officer.leave_ahead(turn.now):  # it goes to the colleagues when their leave starts: the head should know
        turn.say("alihkan_leave_ahead", name=_name(officer), start=day_and_date(officer.away_from, turn.zone),
                 back=day_and_date(officer.away_until, turn.zone), away=away_word(officer))


def cmd_cuti(turn: StaffTurn) -> None:
    """Marks an officer away until a day, from now or from a later first day (heads: their agency's officers; an
    officer: themselves); SELESAI/BATAL ends it or calls off leave recorded ahead. An officer saying the head is
    away and they stand in ("kadis lagi cuti, sy yg handle") is recorded as the head's stand-in."""
    if not officer_stands_in(turn):
        _cuti(turn)


def _cuti(turn: StaffTurn) -> None:
    today = turn.now.astimezone(turn.zone).date()
    first, day, who_text = find_leave(in_standard_words(turn.rest), today, turn.svc.region.calendar.is_working_day)
    stand_in = STAND_IN.search(NOT_IN.sub(" ", who_text))
    who_text = STAND_IN.sub(" ", FAMILY_ILL.sub(" ", NOT_IN.sub(" ", who_text)))  # "anak sy sakit": nobody named
    region = turn.staff.role in REGION_WIDE_ROLES  # a verifier or supervisor: their own leave only
    if not region and (titled := _titled_other(turn, who_text)) is not None:  # an officer's "kadis cuti …"
        _say_titled_other(turn, *titled)
        return
    back = bool(set(words(who_text)) & BACK_WORDS)
    person, unread = _region_leave_taker(turn, who_text) if region else _leave_taker(turn, who_text)
    if person is None and region:
        turn.say("cuti_region_only_self")
        return
    if person is None:
        typed = " ".join(w for w in who_text.split() if w.lower() not in REASON_WORDS)  # not "izin" (the kind)
        turn.say("cuti_unknown_officer", typed=typed[:60], agency=turn.staff.agency.code,
                 officers=_roster(turn))
        return
    if person.id != turn.staff.id and turn.role != Role.HEAD:
        turn.say("cuti_only_self")
        return
    # what to type about them: the number as every message and page writes it, which CUTI reads back (PHONE)
    who = "SAYA" if person.id == turn.staff.id else phone_label(person.phone) if person.phone else _name(person)
    if asks_about_leave(turn.message.text):  # "cuti saya sampai kapan?": shown, nothing recorded
        leave = _leave_text(person, turn)
        turn.say("cuti_shown" if leave else "cuti_none", name=_name(person), leave=leave, who=who)
        return
    if back:
        _end_leave(turn, person)
        return
    if day is None:
        _day_asked(turn, person, who, first, unread)
        return
    _record_leave(turn, person, who, first, day, lone=not set(words(turn.rest)) & SPAN_WORDS)
    if stand_in and person.id == turn.staff.id and turn.staff.role == Role.HEAD and person.away_until:
        _head_names_stand_in(turn, stand_in.group())


def _day_asked(turn: StaffTurn, person: Contact, who: str, first: date | None, unread: str) -> None:
    """Answers leave said without its last day: asked for (the words not read as one quoted), or, from someone on
    leave saying so again ("sy lagi cuti"), the leave recorded shown."""
    if first is not None:
        turn.say("cuti_need_last", name=_name(person), start=day_and_date(_midnight(first, turn), turn.zone),
                 who=who, example=f"{first:%d/%m/%Y} s/d {first + timedelta(days=4):%d/%m/%Y}")
    elif unread:
        turn.say("cuti_unknown_date", typed=unread[:60], name=_name(person), who=who)
    elif leave := _leave_text(person, turn, stand_in=True):  # "sy lagi cuti" while on it: shown, kept
        turn.say("cuti_shown", name=_name(person), leave=leave, who=who)
    else:
        turn.say("cuti_need_date", name=_name(person), who=who)
        if person.id == turn.staff.id and person.role == Role.OFFICER and hands_over_on_leave(turn.message.text):
            turn.replies[-1] += "\n" + t("cuti_readers_meanwhile", name=_name(person), names=_stand_in(turn, person))


# Words around a stand-in's name ("eko yg handle", "sementara dipegang eko", "plh pak eko"): no part of the name.
STAND_IN_WORDS = {"yg", "yang", "ingkang", "sing", "nu", "ngasta", "ngastani", "nyekel", "nyepeng", "nyepengi",
                  "nggantosi", "ngganteni", "ngurusi", "nyekeul",
                  "sementara", "selama", "itu", "dulu", "handle", "handel", "pegang", "megang",
                  "gantikan", "menggantikan", "ganti", "gantiin", "jaga", "urus", "ngurus", "backup", "tangani",
                  "diganti", "digantikan", "digantiin", "dipegang", "dihandle", "dibackup", "ditangani", "diwakili",
                  "diwakilkan", "pengganti", "penggantinya", "plh", "plt", "oleh", "sbg", "sebagai",
                  # who to turn to meanwhile ("kalo ada apa2 ke pak eko dulu ya")
                  "kalau", "kalo", "klo", "kl", "kalu", "bila", "jika", "jk", "ada", "apa2", "apa", "perlu",
                  "keperluan", "urusan", "sesuatu", "ke", "hubungi", "hub", "kontak", "sama", "sm", "dgn", "dengan",
                  "lewat", "via", "aja", "saja", "ya", "pak", "bu", "mas", "mbak"}


def _head_names_stand_in(turn: StaffTurn, said: str) -> None:
    """Records the colleague a head named beside their own leave ("eko yg handle") as their stand-in, and says so."""
    typed = " ".join(w for w in words(said) if w not in STAND_IN_WORDS)
    person = _agency_member(turn, typed) if typed else None
    if person is None or person.id == turn.staff.id:
        turn.say("stand_in_unknown", typed=typed[:60] or said.strip()[:60], agency=turn.staff.agency.code,
                 officers=_roster(turn))
        return
    set_stand_in(turn.session, turn.staff, person, turn.now, by=turn.staff)
    turn.say("stand_in_recorded", name=_name(person), head=_name(turn.staff), agency=turn.staff.agency.code,
             back=day_and_date(turn.staff.away_until, turn.zone), away=away_word(turn.staff))


# An officer saying the head is away and they stand in ("kadis lagi cuti, sy yg handle ya pak", "pimpinan DL,
# sementara saya yg pegang", "sy plh kadis slm beliau umroh").
HEAD_TITLES = {"kadis", "kadin", "kaban", "kakan", "kasat", "kadisnya", "kabannya", "kepala", "pimpinan", "atasan",
               "bos", "boss", "bosnya"}
HEAD_AWAY = {"cuti", "cutinya", "sakit", "izin", "ijin", "dl", "dinas", "luar", "umroh", "umrah", "haji", "diklat",
             "pelatihan", "berhalangan", "libur", "absen", "keluar", "tugas", "pergi", "plh", "plt"}
SELF_STANDS_IN = re.compile(
    r"\b(?:sy|saya|aku|ak|kulo|kula|abdi|gw|gue)\b(?:\s+\S+){0,3}?\s+(?:yg\s+|yang\s+)?(?:handle|handel|pegang|megang"
    r"|gantikan|menggantikan|gantiin|wakili|mewakili|backup|jaga|plh|plt|pengganti|urus|ngurus|urusin|tangani"
    r"|menangani|pegangin|ngasta|nyepeng|nggantosi)\b"
    r"|\b(?:plh|plt|pengganti)(?:nya)?\b(?:\s+\S+){0,2}?\s+(?:sy|saya|aku|kulo)\b", re.IGNORECASE)


# Titles of someone above an officer, under the head ("kabid cuti 3 hari", "kepala bidang", "sekdis lagi DL"): no
# one the directory holds by that title.
UNDER_HEAD_TITLES = {"kabid", "kabidnya", "kasi", "kasie", "kasinya", "kasubag", "kasubbag", "kasubid", "kasubbid",
                     "kabag", "sekdis", "sekretaris", "sekretariat", "korlap", "kaur", "kanit", "kaupt", "kauptd"}
UNDER_HEAD_UNITS = {"bidang", "bid", "seksi", "sie", "bagian", "bag", "subbag", "subbagian", "sub", "upt", "uptd",
                    "unit", "urusan"}  # after "kepala": "kepala bidang", not "kepala dinas"
_HEAD_OR_OWN_TITLES = HEAD_TITLES | OWN_TITLES


def _titled_other(turn: StaffTurn, text: str) -> tuple[str, Contact | None] | None:
    """The title that opens the words CUTI reads from someone who is not the agency's head ("kadis cuti sampai
    jumat" from an officer, or from the head's stand-in), with the head it names (the agency's only head; None for a
    title under the head, or no head or several); None when no title opens them. A head's own title is the head's
    own leave (`_leave_taker`)."""
    typed = [w for w in words(text) if w not in _NO_PART_OF_A_NAME]
    if not typed or turn.staff.role == Role.HEAD or turn.staff.agency_id is None:
        return None
    first = typed[0]
    if first == "kepala" and len(typed) > 1 and typed[1] in UNDER_HEAD_UNITS:
        return f"kepala {typed[1]}", None
    if first in UNDER_HEAD_TITLES:
        return first, None
    if first not in _HEAD_OR_OWN_TITLES:
        return None
    heads = [p for p in _agency_staff(turn) if p.role == Role.HEAD]
    return first, heads[0] if len(heads) == 1 else None


def _say_titled_other(turn: StaffTurn, title: str, head: Contact | None) -> None:
    """Tells an officer who said a superior's leave that nothing is recorded: the head records their own (with the
    leave already recorded, and how to stand in), and nobody else's is the officer's to record."""
    if head is None:
        turn.say("cuti_title_unlisted", title=title, agency=turn.staff.agency.code)
        return
    leave = _leave_text(head, turn, stand_in=True)
    recorded = t("cuti_title_recorded", leave=leave) if leave else t("cuti_title_not_recorded")
    turn.say("cuti_title_head", name=_name(head), recorded=recorded)
    if head.stand_in_id != turn.staff.id:  # the Plh already is the one who typed: the leave shown says so
        turn.replies[-1] += "\n" + t("cuti_title_stand_in_hint", title=title)


def officer_stands_in(turn: StaffTurn) -> bool:
    """Records an officer who says the head is away and they stand in as the agency's heads' stand-in, tells the
    heads, and says so; False when the message says no such thing."""
    text = turn.message.text
    typed = set(words(text))
    if (turn.staff.role != Role.OFFICER or turn.staff.agency is None or not typed & HEAD_TITLES
            or not typed & HEAD_AWAY or not SELF_STANDS_IN.search(text)):
        return False
    agency = turn.staff.agency
    heads = [p for p in _agency_staff(turn) if p.role == Role.HEAD]
    if not heads:
        turn.say("stand_in_no_head", agency=agency.code)
        return True
    for head in [h for h in heads if h.stand_in_id != turn.staff.id]:  # told once, not at each reminder of it
        set_stand_in(turn.session, head, turn.staff, turn.now, by=turn.staff)
        enqueue(turn.session, head.address, t("stand_in_told_head", name=_name(turn.staff), agency=agency.code),
                purpose=Purpose.NOTICE, dedupe_key=f"stand-in:{turn.message.sid}:{head.id}", now=turn.now)
    away = [head for head in heads if head.on_leave(turn.now)]
    if away:
        turn.say("stand_in_recorded", agency=agency.code, name=_name(turn.staff), **_heads_away(turn, away))
    else:
        turn.say("stand_in_head_not_away", name=_name(turn.staff), head=and_list([_name(h) for h in heads]))
    return True


def _heads_away(turn: StaffTurn, away: list[Contact]) -> dict[str, str]:
    """The heads on leave as the stand-in's confirmation names them: one kind of absence said once ("Yusuf dan
    Wati selama diklat"), several each beside its head ("Yusuf (cuti) dan Wati (diklat) selama berhalangan")."""
    kinds = {away_word(head) for head in away}
    back = day_and_date(max(head.away_until for head in away), turn.zone)
    if len(kinds) == 1:
        return {"head": and_list([_name(head) for head in away]), "away": kinds.pop(), "back": back}
    return {"head": and_list([f"{_name(head)} ({away_word(head)})" for head in away]), "away": t("away_mixed"),
            "back": back}


# Words that make a day the leave's last one or its length ("sampai tgl 15", "s/d 15", "3 hari"): no doubt.
SPAN_WORDS = {"sampai", "sampe", "smp", "hingga", "sd", "s", "d", "selama", "hari", "minggu", "pekan", "seminggu",
              "bulan", "sebulan"}


def _working_days_to(turn: StaffTurn, day) -> int:
    """The working days from today to `day`, both counted."""
    today = turn.now.astimezone(turn.zone).date()
    working_day = turn.svc.region.calendar.is_working_day
    return sum(working_day(today + timedelta(days=n)) for n in range((day - today).days + 1))


def _midnight(day, turn: StaffTurn) -> datetime:
    return datetime.combine(day, time(), tzinfo=turn.zone)


def _record_leave(turn: StaffTurn, person: Contact, who: str, first, day, lone: bool = False) -> None:
    """Records leave through `day` (its last day), from `first` (None: from now) and says so. Leave held that
    touches or overlaps it joins it; leave apart from it is kept beside it (and said to be). A `lone` day ("cuti
    budi tgl 15", no "sampai") more than a working day away is said with how to make it that day alone: it may have
    been meant so."""
    last = _midnight(day, turn)
    end = last + timedelta(days=1)  # the whole last day is leave
    if end <= turn.now or end - turn.now > MAX_LEAVE:
        turn.say("cuti_bad_date", date=short_date(last, turn.zone), who=who)
        return
    # The weekend and holidays after the last day are no working days either: back on the next working day.
    until = _midnight(turn.svc.region.calendar.first_working_day_after(day), turn)
    start = _midnight(first, turn) if first is not None else None
    begin = start or turn.now
    held = leaves_held(turn.session, person, turn.now, lock=True)
    near = [leave for leave in held if leave.starts_at <= until and begin <= leave.until]
    apart = [leave for leave in held if leave not in near]
    if near:
        near_start = max(min(leave.starts_at for leave in near), turn.now)
        near_until = max(leave.until for leave in near)
        overlapping = [leave for leave in near if leave.starts_at < until and begin < leave.until]
        # leave that collides with leave ahead is asked about; leave from now said again, while on leave, sets its
        # return (no question)
        dated = start is not None or any(leave.starts_at > turn.now for leave in overlapping)
        if overlapping and dated and not turn.confirmed and (begin, until) != (near_start, near_until):
            _ask_to_join(turn, person, overlapping, min(begin, near_start), max(until, near_until), start, last)
            return
        if begin > near_start or until < near_until:  # joined: from the earlier to the later
            _record_joined(turn, person, who, min(begin, near_start), max(until, near_until), apart)
            return
    replaced = and_list([_held_text(leave, turn) for leave in near])
    mark_away(turn.session, person, until, turn.now, start=start, kind=away_kind(turn.rest), by=turn.staff)
    key, values = _recorded_reply(turn, person, who, start, last, until)
    turn.say(key, **values)
    if start is None and lone and _working_days_to(turn, day) > 1:
        turn.replies[-1] += "\n" + t("cuti_one_day", date=short_date(last, turn.zone), who=who, day=f"{day:%d/%m}")
    if replaced and replaced != _held_text(leaves_held(turn.session, person, begin)[0], turn):
        turn.replies[-1] += "\n" + t("cuti_replaced", leave=replaced)
    _say_kept(turn, apart)
    _warn_if_nobody_left(turn, start)


def _ask_to_join(turn: StaffTurn, person: Contact, overlapping: list[StaffLeave], first: datetime, until: datetime,
                 start: datetime | None, last: datetime) -> None:
    """Asks before leave that overlaps held leave is joined with it (YA: one leave from the earlier day to the later
    return; TIDAK: the held one stays as it is)."""
    new = (t("cuti_span", start=day_and_date(start, turn.zone), until=short_date(last, turn.zone)) if start
           else t("cuti_span_now", until=short_date(last, turn.zone)))
    joined = (t("roster_leave_ahead", start=day_and_date(first, turn.zone), date=day_and_date(until, turn.zone),
                stand_in="", away=away_named(turn.rest)) if first > turn.now
              else t("roster_away", date=day_and_date(until, turn.zone), stand_in="", away=away_named(turn.rest)))
    _ask_to_confirm(turn, "CUTI", turn.rest, "cuti_ask_overlap", name=_name(person), away=away_named(turn.rest),
                    recorded=and_list([_held_text(leave, turn) for leave in overlapping]), new=new, joined=joined)


def _held_text(leave: StaffLeave, turn: StaffTurn) -> str:
    """One leave as the roster says it: its kind, its first day when ahead, and the return."""
    away = leave.kind or t("away_leave")
    if leave.starts_at > turn.now:
        return t("roster_leave_ahead", start=day_and_date(leave.starts_at, turn.zone),
                 date=day_and_date(leave.until, turn.zone), stand_in="", away=away)
    return t("roster_away", date=day_and_date(leave.until, turn.zone), stand_in="", away=away)


def _say_kept(turn: StaffTurn, apart: list[StaffLeave]) -> None:
    """Adds to the reply that the leaves apart from the one recorded are still held."""
    if apart:
        leaves = and_list([_held_text(leave, turn) for leave in apart])
        turn.replies[-1] += "\n" + t("cuti_also_held", leaves=leaves[:1].upper() + leaves[1:])


def _recorded_reply(turn: StaffTurn, person: Contact, who: str, start, last, until) -> tuple:
    """The catalogue key and values saying leave was recorded (from now, or from a later first day)."""
    if start is None:
        days = _working_days_to(turn, last.date())
        return "cuti_done", {"name": _name(person), "until": short_date(last, turn.zone), "away": away_named(turn.rest),
                             "back": day_and_date(until, turn.zone), "who": who,
                             "length": t("cuti_length", days=days) if days else ""}
    span = (t("cuti_span_one", start=day_and_date(start, turn.zone)) if start == last
            else t("cuti_span", start=day_and_date(start, turn.zone), until=short_date(last, turn.zone)))
    stand_in = (t("cuti_stand_in_region", role=t(f"role_{person.role}")) if person.role in REGION_WIDE_ROLES
                else t("cuti_stand_in_head") if person.role == Role.HEAD else t("cuti_stand_in_agency"))
    return "cuti_ahead", {"name": _name(person), "span": span, "back": day_and_date(until, turn.zone), "who": who,
                          "start": short_date(start, turn.zone), "stand_in": stand_in, "away": away_named(turn.rest)}


def _record_joined(turn: StaffTurn, person: Contact, who: str, start: datetime, until: datetime,
                   apart: list[StaffLeave]) -> None:
    """Records one leave spanning the held ones it touches and the new one, and says so."""
    ahead = start > turn.now
    mark_away(turn.session, person, until, turn.now, start=start if ahead else None, kind=away_kind(turn.rest),
              by=turn.staff)
    back = day_and_date(until, turn.zone)
    if ahead:
        turn.say("cuti_joined_ahead", name=_name(person), start=day_and_date(start, turn.zone), back=back, who=who,
                 away=away_named(turn.rest))
    else:
        turn.say("cuti_joined", name=_name(person), back=back, who=who, away=away_named(turn.rest))
    _say_kept(turn, apart)
    _warn_if_nobody_left(turn, start if ahead else None)


def _end_leave(turn: StaffTurn, person: Contact) -> None:
    """Ends the leave now, or calls off leave recorded ahead; says when there was none."""
    if person.leave_ahead(turn.now):
        start = person.away_from
        mark_away(turn.session, person, None, turn.now, by=turn.staff)
        turn.say("cuti_called_off", name=_name(person), start=day_and_date(start, turn.zone))
    elif person.on_leave(turn.now):
        mark_away(turn.session, person, None, turn.now, by=turn.staff)
        turn.say("cuti_ended", name=_name(person))
        if person.role == Role.OFFICER and person.agency_id is not None:
            # "no officer is left" still waiting for the office to open is no longer true
            take_back(turn.session, "an officer is back at work", OutboxMessage.purpose == Purpose.ROSTER,
                      OutboxMessage.dedupe_key.like(f"no-officer:{person.agency_id}:%"))
    else:
        turn.say("cuti_none", name=_name(person))


def _warn_if_nobody_left(turn: StaffTurn, start: datetime | None = None) -> None:
    """No officer of the agency is at work any more (or will be from `start`): the one who typed is told, and now,
    the agency's heads. A verifier or supervisor is told when no colleague of theirs is at work."""
    if turn.staff.role in REGION_WIDE_ROLES:
        colleagues = [p for p in present_staff(turn.session, None, start or turn.now, roles=(turn.staff.role,))
                      if p.id != turn.staff.id]
        if not colleagues:
            turn.say("cuti_region_alone", role=t(f"role_{turn.staff.role}"),
                     start=t("cuti_region_alone_from", start=day_and_date(start, turn.zone)) if start else "")
        return
    agency = turn.staff.agency
    if present_staff(turn.session, agency.id, start or turn.now):
        return
    heads = present_staff(turn.session, agency.id, start or turn.now, roles=(Role.HEAD,))
    if start is not None:
        turn.say("agency_no_officer_from", agency=agency.code, start=day_and_date(start, turn.zone),
                 to=t("to_heads") if heads else t("to_verifiers"))
        return
    text = t("agency_no_officer" if heads else "agency_nobody_at_work", agency=agency.code)
    turn.replies.append(text)
    for head in heads:
        if head.id != turn.staff.id:
            enqueue(turn.session, head.address, text, purpose=Purpose.ROSTER,
                    dedupe_key=f"no-officer:{agency.id}:{turn.message.sid}:{head.id}", now=turn.now)


_NO_PART_OF_A_NAME = FILLER | BACK_WORDS | REASON_WORDS | ON_LEAVE_NOW  # "sy lg cuti": "lg" is no day unread
_NO_OTHERS_NAME = _NO_PART_OF_A_NAME | SELF_WORDS


def _leave_taker(turn: StaffTurn, text: str) -> tuple[Contact | None, str]:
    """Who CUTI is about, and the words left unread beside them (a day the date reader did not know: "natal").

    Nobody named, "saya"/"sy"/"aku", or a day word first ("sampai natal") is the one who typed; else the agency
    member named by number or by the first words that name one (None: nobody fits)."""
    typed = [w for w in words(text) if w not in _NO_PART_OF_A_NAME]
    if not typed or PHONE.search(text or ""):
        return (_agency_member(turn, text) if typed else turn.staff), ""
    if typed[0] in SELF_WORDS or DAY_LEAD.match(text or "") or turn.staff.role == Role.HEAD and typed[0] in OWN_TITLES:
        return turn.staff, " ".join(w for w in typed if w not in _SELF_OR_TITLE)  # "kadis cuti …": the head
    for count in range(1, len(typed) + 1):  # the fewest first words that name one person, then the rest of the name
        person = _agency_member(turn, " ".join(typed[:count]))
        if person is not None:
            name = set(words(person.name or ""))
            while count < len(typed) and typed[count] in name:
                count += 1
            return person, " ".join(typed[count:])
    if turn.role != Role.HEAD or set(typed) & SELF_WORDS:  # an officer's leave is their own: the words are its
        return turn.staff, ""  # reason ("ada hajatan"); a head's too when they say "sy" ("…, besok sy tdk masuk")
    return None, ""


def _region_leave_taker(turn: StaffTurn, text: str) -> tuple[Contact | None, str]:
    """A verifier's or supervisor's leave is their own: None when the words name another staff member ("cuti dewi
    sampai jumat"), else the one who typed (other words are the leave's reason)."""
    typed = [w for w in words(text) if w not in _NO_OTHERS_NAME]
    if typed and not DAY_LEAD.match(text or ""):
        others = {p.id: " ".join(words(p.name or "")) for p in turn.session.scalars(select(Contact).where(
            Contact.role.is_not(None), Contact.active.is_(True), Contact.id != turn.staff.id))}
        if PHONE.search(text or "") or process.extractOne(typed[0], others, scorer=fuzz.token_set_ratio,
                                                          score_cutoff=NAME_CUTOFF):
            return None, ""
    return turn.staff, ""


def _agency_member(turn: StaffTurn, text: str) -> Contact | None:
    """The active officer (or head) of the staff member's agency named by number or by (part of) their name."""
    staff = _agency_staff(turn)
    if PHONE.search(text or ""):
        phone = typed_phone(text)
        return None if phone is None else next((person for person in staff if person.phone == phone), None)
    typed = " ".join(w for w in words(text) if w not in _NO_PART_OF_A_NAME)
    if not typed:
        return None
    names = {person.id: " ".join(words(person.name or "")) for person in staff}
    ranked = process.extract(typed, names, scorer=fuzz.token_set_ratio, score_cutoff=NAME_CUTOFF, limit=2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] - ranked[1][1] < NAME_LEAD):
        return None
    return next(person for person in staff if person.id == ranked[0][2])


def staff_elsewhere(turn: StaffTurn, text: str) -> Contact | None:
    """The active officer or head of another agency named (by number, or by name when no one of the staff member's
    own agency has it): a head handing a complaint to someone the agency cannot hand it to."""
    others = list(turn.session.scalars(select(Contact).where(
        Contact.agency_id.is_not(None), Contact.agency_id != turn.staff.agency_id, Contact.role.in_(HANDLING_ROLES),
        Contact.active.is_(True)).order_by(Contact.id)))
    if PHONE.search(text or ""):
        phone = typed_phone(text)
        return next((person for person in others if person.phone == phone), None)
    typed = " ".join(w for w in words(text) if w not in _NO_NAME)
    names = {person.id: " ".join(words(person.name or "")) for person in others}
    if not typed:
        return None
    ranked = process.extract(typed, names, scorer=fuzz.token_set_ratio, score_cutoff=NAME_CUTOFF, limit=2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] - ranked[1][1] < NAME_LEAD):
        return None
    return next(person for person in others if person.id == ranked[0][2])


def say_elsewhere(turn: StaffTurn, reference: str, person: Contact) -> None:
    """Says that the one named works at another agency, and lists the agency's own officers to hand it to."""
    turn.say("alihkan_other_agency", name=_name(person), other=person.agency.code, agency=turn.staff.agency.code,
             reference=reference, officers=_roster(turn))


def _agency_staff(turn: StaffTurn, agency_id: int | None = None) -> list[Contact]:
    """The active officers and heads of the staff member's agency (or of `agency_id`), oldest first."""
    return list(turn.session.scalars(select(Contact).where(
        Contact.agency_id == (agency_id or turn.staff.agency_id), Contact.role.in_(HANDLING_ROLES),
        Contact.active.is_(True)).order_by(Contact.id)))


def _roster(turn: StaffTurn) -> str:
    """The agency's officers as lines a head can copy from: name, number, and leave."""
    lines = []
    officers = [p for p in _agency_staff(turn) if p.role == Role.OFFICER]
    later = _later_leaves(turn, officers)
    for person in officers:
        away = _leave_note(person, turn, later=later.get(person.id, []))
        lines.append(t("roster_item", name=_name(person), phone=phone_label(person.phone), away=away))
    return "\n".join(lines) or t("roster_empty")


def _leave_note(person: Contact, turn: StaffTurn, stand_in: bool = False, later: list[StaffLeave] | None = None
                ) -> str:
    """What the roster says after someone's name of their leave, in brackets ("" when there is none)."""
    leave = _leave_text(person, turn, stand_in, later)
    return t("roster_note", leave=leave) if leave else ""


def _leave_text(person: Contact, turn: StaffTurn, stand_in: bool = False, later: list[StaffLeave] | None = None
                ) -> str:
    """Someone's leave: on leave now, or leave ahead (its first day and their return), and with `stand_in` who reads
    their dispositions meanwhile, then the `later` leaves they hold (None: read here); "" when they have none."""
    instead = t("roster_stand_in", names=_stand_in(turn, person)) if stand_in and person.role == Role.OFFICER else ""
    if stand_in and person.role == Role.HEAD and person.stand_in is not None:  # the head's Plh
        instead = t("roster_stand_in", names=_name(person.stand_in))
    away = away_word(person)
    if later is None:
        later = _later_leaves(turn, [person]).get(person.id, [])
    then = t("roster_later", leaves=and_list([_held_text(leave, turn) for leave in later])) if later else ""
    if person.leave_ahead(turn.now):
        return t("roster_leave_ahead", start=day_and_date(person.away_from, turn.zone),
                 date=day_and_date(person.away_until, turn.zone), stand_in=instead, away=away) + then
    if person.present(turn.now):
        return ""
    return t("roster_away", date=day_and_date(person.away_until, turn.zone), stand_in=instead, away=away) + then


def _later_leaves(turn: StaffTurn, people: list[Contact]) -> dict[int, list[StaffLeave]]:
    """The leaves each of `people` holds after the current or next one (the contact's own), read at once."""
    away = [p.id for p in people if p.away_until is not None and p.away_until > turn.now]
    later: dict[int, list[StaffLeave]] = {}
    if not away:
        return later
    for leave in turn.session.scalars(select(StaffLeave).where(
            StaffLeave.contact_id.in_(away), StaffLeave.cancelled_at.is_(None), StaffLeave.until > turn.now)
            .order_by(StaffLeave.contact_id, StaffLeave.starts_at, StaffLeave.id)):
        later.setdefault(leave.contact_id, []).append(leave)
    return {contact_id: leaves[1:] for contact_id, leaves in later.items() if len(leaves) > 1}


def _stand_in(turn: StaffTurn, person: Contact) -> str:
    """Who reads an officer's dispositions while they are away (`lapor.directory.readers_for`): the agency's other
    officers at work when the leave starts, else its heads at work, else the verifiers."""
    start = person.away_from if person.leave_ahead(turn.now) else turn.now
    others = [o for o in present_staff(turn.session, person.agency_id, start) if o.id != person.id]
    if others:
        return and_list([_name(o) for o in others])
    heads = present_staff(turn.session, person.agency_id, start, roles=(Role.HEAD,))
    return and_list([t("roster_stand_in_head", name=_name(h)) for h in heads]) or t("to_verifiers")


def show_roster(turn: StaffTurn, agency: Agency | None) -> None:
    """The agency's roster (officers, then heads) with each one's leave and who stands in; without an agency (a
    verifier's or supervisor's), the region's staff on leave now or ahead."""
    if agency is None:
        _region_roster(turn)
        return
    people = sorted(_agency_staff(turn, agency.id), key=lambda p: p.role != Role.OFFICER)
    later = _later_leaves(turn, people)
    lines = [t("roster_title", agency=agency.code, count=len(people))]
    lines += [t("roster_member", name=_name(p), phone=phone_label(p.phone),
                away=_leave_note(p, turn, stand_in=True, later=later.get(p.id, [])),
                role=t("roster_role_head") if p.role == Role.HEAD else "") for p in people] or [t("roster_empty")]
    tail = {Role.HEAD: "roster_tail_head", Role.OFFICER: "roster_tail_officer"}.get(turn.staff.role)
    turn.replies.append("\n".join(lines + [t(tail or "roster_tail_looker", agency=agency.code)]))


def _region_roster(turn: StaffTurn) -> None:
    away = [p for p in turn.session.scalars(select(Contact).where(
        Contact.role.in_(HANDLING_ROLES), Contact.active.is_(True), Contact.away_until > turn.now)
        .order_by(Contact.agency_id, Contact.id)) if not p.present(turn.now) or p.leave_ahead(turn.now)]
    later = _later_leaves(turn, away)
    lines = [t("roster_region_title", count=len(away)) if away else t("roster_region_none")]
    lines += [t("roster_region_item", name=_name(p), agency=p.agency.code if p.agency else "-",
                away=_leave_text(p, turn, stand_in=True, later=later.get(p.id, []))) for p in away]
    example = away[0].agency.code if away and away[0].agency else "DLH"
    turn.replies.append("\n".join(lines + [t("roster_tail_region", agency=example)]))


def _name(person: Contact) -> str:
    return person_label(person)


# A colleague called by name in a message that is no command ("pak eko tolong lpr 1 dicek", "mbak rina, ini lpr 2
# double", "dewi tolong lpr 1 dicek"): the words were meant for them, and nobody gets them here.
ADDRESS_WORDS = {"pak", "bu", "bapak", "ibu", "bpk", "mas", "mbak", "mba", "kak", "bang", "dik", "dek", "cak", "kang",
                 "teh", "uda", "ndan", "om"}
NAME_MIN_LENGTH = 3  # a shorter name could be any word


def colleague_hint(turn: StaffTurn, reference: str) -> str | None:
    """What a staff member who wrote to a colleague by name is told instead of a command's hint with their words
    (which would send the colleague's words to the citizen): nobody got it, the colleague's number, and the usual
    commands; None when no colleague is called (after pak/bu/mas/mbak…, or as the first word)."""
    typed = words(turn.message.text)
    called = ({w for before, w in zip(["", *typed], typed, strict=False) if before in ADDRESS_WORDS}
              | set(typed[:1])) - ADDRESS_WORDS
    if not called:
        return None
    colleague = next((person for person in turn.session.scalars(select(Contact).where(
        Contact.role.is_not(None), Contact.active.is_(True), Contact.id != turn.staff.id).order_by(Contact.id))
        if len(first := (words(person.name or "") or [""])[0]) >= NAME_MIN_LENGTH and first in called), None)
    if colleague is None:
        return None
    role = turn.staff.role
    usual = ("staff_hint_officer" if role in OFFICER_ROLES else "staff_hint_verifier" if role in VERIFIER_ROLES
             else "staff_hint_leader")
    return t("staff_hint_colleague", name=colleague.name, phone=phone_label(colleague.phone),
             usual=t(usual, reference=reference))
