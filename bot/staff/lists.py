"""DAFTAR, ANTREAN and REKAP: an agency's open dispositions (late, unanswered) or the region's summary, the roster,
the queue waiting for verification or what came in on a day, the digest now.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from bot import handover
from bot.commands import words
from bot.messages import day_and_date, excerpt, short_date, t
from bot.staff.questions import (
    ANSWERING,
    DAFTAR_FILLER,
    DUE_NAMED,
    LATE_FILLER,
    LATE_WORDS,
    ROSTER_FILLER,
    ROSTER_WORDS,
    TO_COME,
    UNANSWERED,
    WINDOW_WORDS,
    due_asked,
)
from bot.staff.turn import ECHO_CHARS, LIST_ITEMS, OFFICER_ROLES, VERIFIER_ROLES, StaffTurn, _named_people
from bot.staff.vocabulary import asked_in_standard_words
from lapor import complaints, dispositions
from lapor.agency_lookup import find_agencies, find_agency
from lapor.ladders import past_deadline, paused_since, verification_since
from lapor.routing_store import shown_suggestions
from models import Agency, Complaint, Disposition, DispositionStatus
from models.vocab import Role


def cmd_daftar(turn: StaffTurn) -> None:
    """Lists an agency's open dispositions with due dates (officers: their own; others: any, or a summary); with
    words for late ("DAFTAR terlambat", "apa yang telat?") only those past their deadline, for unanswered ("DAFTAR
    yang belum dijawab", "belum ada TL") only those still waiting for a first follow-up."""
    if set(words(turn.rest)) & ROSTER_WORDS:
        _roster(turn)
        return
    due = due_asked(turn.rest)
    if due == "soon":  # "DAFTAR jatuh tempo minggu depan", "yg bakal telat minggu depan"
        _due_soon(turn)
        return
    if due == "past":  # "yg sudah jatuh tempo", "jatuh tempo minggu lalu": what is late
        turn.rest = "terlambat " + DUE_NAMED.sub(" ", turn.rest)
    window = _late_window(turn) if set(words(turn.rest)) & LATE_WORDS else None
    typed, only = _daftar_filter(turn.rest)
    if window is not None:
        _late_in_window(turn, typed, *window)
        return
    if turn.staff.role in OFFICER_ROLES:
        own = turn.staff.agency
        found = find_agencies(turn.session, typed)[0] if typed else []
        if found and [a.id for a in found] != [own.id]:
            turn.say("daftar_own_only", agency=own.code)  # another agency's list is not theirs to read
        _agency_list(turn, own, only)
        return
    if not typed:
        _region_list(turn, only) if only else _agency_summary(turn)
        return
    lookup = find_agency(turn.session, typed)
    if lookup.agency is None:
        turn.say("teruskan_unknown_agency", typed=excerpt(typed, ECHO_CHARS))
        return
    _agency_list(turn, lookup.agency, only)


# A window the late list cannot answer for: how late ("lebih dari seminggu", "telat 3 hari"): the list is of
# everything late now, said plainly (a window to come is what falls due then: `_due_soon`).
UNREAD_WINDOW = re.compile(r"\b(?:lebih|lbh|kurang|krg)\b"
                           r"|\b\d+\s*(?:hari|hr|minggu|mgg|pekan|bulan|bln)\b(?!\s+terakhir)", re.IGNORECASE)


def _late_window(turn: StaffTurn) -> tuple | None:
    """The window a question of what is late names ("yg telat minggu ini", "DAFTAR terlambat bulan lalu"), read
    from DAFTAR's words (which lose its words): (period, False); (None, True) for one it cannot answer for; None
    when no window is said."""
    from bot.digests import asked_period

    said = asked_in_standard_words(turn.rest)
    unread = UNREAD_WINDOW.search(said) is not None
    period, rest = (None, said) if unread else asked_period(said, turn.svc.region, turn.now)
    if period is None and not unread:
        return None
    turn.rest = " ".join(w for w in words(rest) if w not in WINDOW_WORDS and not w.isdigit())
    return period, unread


def _window_agency(turn: StaffTurn, typed: str) -> tuple[bool, Agency | None]:
    """The agency a list of a window is of: an officer's own (another named is refused, saying so), the one a
    verifier or supervisor named, or None for the region; False when the name is no agency's (said)."""
    agency = turn.staff.agency if turn.staff.role in OFFICER_ROLES else None
    if agency is not None and typed and (found := find_agencies(turn.session, typed)[0]) and [
            a.id for a in found] != [agency.id]:
        turn.say("daftar_own_only", agency=agency.code)  # another agency's list is not theirs to read
    if agency is None and typed:
        agency = find_agency(turn.session, typed).agency
        if agency is None:
            turn.say("teruskan_unknown_agency", typed=excerpt(typed, ECHO_CHARS))
            return False, None
    return True, agency


def _window_said(turn: StaffTurn, period) -> str:
    """A window as a list's heading says it: its label and its days ("minggu depan (14 Des 2026–20 Des 2026)")."""
    zone = turn.zone
    first, last = short_date(period.start, zone), short_date(period.end - timedelta(days=1), zone)
    return t("daftar_window", label=period.label, days=first if first == last else f"{first}–{last}")


def _late_now(turn: StaffTurn, agency_id: int | None, escalated: int | None = None) -> int:
    """How many dispositions are late now, as the plain late list shows them: past their deadline, and escalated
    for want of a first answer (the two never overlap; `escalated`: their number, when read already)."""
    late = dispositions.agency_dispositions(turn.session, agency_id, reader=turn.staff, limit=0, due_before=turn.now)[0]
    return late + (_escalated_rows(turn, agency_id)[0] if escalated is None else escalated)


def _late_in_window(turn: StaffTurn, typed: str, period, unread: bool) -> None:
    """What is late among the dispositions that fell due in `period` (an agency's: the officer's own, or the one
    named), and those escalated for want of a first answer whose first-answer limit passed in it, with how many
    are late now in all; a window not read: everything late now, said so."""
    known, agency = _window_agency(turn, typed)
    if not known:
        return
    if unread:
        turn.say("daftar_late_window_unread")
        _agency_list(turn, agency, "late") if agency else _region_list(turn, "late")
        return
    when = _window_said(turn, period)
    scope = f"{agency.code} " if agency else ""
    agency_id = agency.id if agency else None
    count, rows = dispositions.agency_dispositions(turn.session, agency_id, reader=turn.staff, limit=LIST_ITEMS,
                                                   due_before=turn.now, due_from=period.start, due_until=period.end)
    escalated, first, every_escalated = _escalated_in(turn, agency_id, period)
    late_now = _late_now(turn, agency_id, every_escalated)
    every = ([t("daftar_late_all", count=late_now, agency=f" {agency.code}" if agency else "")]
             if late_now > count + escalated else [])
    if not rows and not first:
        turn.replies.append("\n".join([t("daftar_none_late_window", agency=scope, when=when), *every]))
        return
    sections = []
    if rows:
        paused = paused_since(turn.session, [row.id for row in rows])
        lines = [t("daftar_late_window_head", agency=scope, when=when, count=count)]
        lines += [_list_item(turn, row, agency=agency is None, paused=paused.get(row.id)) for row in rows]
        sections.append("\n".join(lines + ([] if first else [_list_tail(turn, rows[0].complaint.reference)])))
    if first:
        sections.append(_escalated_text(turn, escalated, first, agency is None, scope, when))
    sections[-1] = "\n".join([sections[-1], *every])
    turn.replies.extend(sections)


# Words of a question of what falls due, besides its window and agency ("yg akan jatuh tempo … apa aja")
DUE_FILLER = DAFTAR_FILLER | LATE_WORDS | TO_COME | WINDOW_WORDS | {
    "jatuh", "tempo", "jatuhtempo", "temponya", "deadline", "deadlinenya", "tenggat", "tenggatnya", "batas",
    "batasnya", "waktu", "wkt", "waktunya", "akhir", "akhirnya", "ke", "dalam", "opo", "wae", "endi", "sing", "sih",
    "kah", "apakah", "mau", "bakal"}


def _due_soon(turn: StaffTurn) -> None:
    """The open dispositions (an agency's: the officer's own, or the one named) whose deadline falls in a window to
    come (`bot.digests.upcoming_period`: "besok", "minggu depan", "7 hari ke depan", the rest of this week…; the
    next week when none is said), soonest first, with how many are late already."""
    from bot.digests import upcoming_period

    period, rest = upcoming_period(asked_in_standard_words(turn.rest), turn.svc.region, turn.now)
    known, agency = _window_agency(turn, " ".join(w for w in words(rest) if w not in DUE_FILLER and not w.isdigit()))
    if not known:
        return
    when, scope = _window_said(turn, period), f"{agency.code} " if agency else ""
    agency_id = agency.id if agency else None
    count, rows = dispositions.agency_dispositions(turn.session, agency_id, reader=turn.staff, limit=LIST_ITEMS,
                                                   due_from=max(period.start, turn.now), due_until=period.end)
    late_now = _late_now(turn, agency_id)
    late = [t("daftar_due_late_now", count=late_now, agency=f" {agency.code}" if agency else "")] if late_now else []
    if not rows:
        turn.replies.append("\n".join([t("daftar_none_due_soon", agency=scope, when=when), *late]))
        return
    lines = [t("daftar_due_soon_head", agency=scope, when=when, count=count)]
    lines += [_list_item(turn, row, agency=agency is None) for row in rows]
    turn.replies.append("\n".join(lines + [_list_tail(turn, rows[0].complaint.reference), *late]))


def _roster(turn: StaffTurn) -> None:
    """The roster of the staff member's agency (officers and heads: their own), of the agency named (verifiers and
    supervisors), or the region's staff on leave."""
    named = " ".join(w for w in words(turn.rest) if w not in ROSTER_FILLER)
    found = find_agency(turn.session, named).agency if named else None
    if turn.staff.role in OFFICER_ROLES:
        if found is not None and found.id != turn.staff.agency_id:
            turn.say("daftar_own_only", agency=turn.staff.agency.code)
        found = turn.staff.agency
    handover.show_roster(turn, found)


def _daftar_filter(text: str) -> tuple[str, str | None]:
    """DAFTAR's words without courtesy or a filter, and the filter asked: "late", "unanswered" or None."""
    typed = words(text)
    only = None
    if set(typed) & LATE_WORDS:
        only = "late"
    elif set(typed) & UNANSWERED and set(typed) & ANSWERING:
        only = "unanswered"
    if only is None and not set(typed) & DAFTAR_FILLER:
        return text.strip(), None  # an agency's name as typed
    dropped = DAFTAR_FILLER | LATE_WORDS | (UNANSWERED | ANSWERING if only == "unanswered" else set())
    return " ".join(w for w in typed if w not in dropped), only


FILTER_KEYS = {  # DAFTAR filter → (heading, heading for the region, nothing of that kind, nothing in the region)
    "late": ("daftar_late_head", "daftar_late_region_head", "daftar_none_late", "daftar_none_late_region"),
    "overdue": ("daftar_late_head", "daftar_late_region_head", "daftar_none_late", "daftar_none_late_region"),
    "unanswered": ("daftar_unanswered_head", "daftar_unanswered_region_head", "daftar_none_unanswered",
                   "daftar_none_unanswered_region"),
}


def _filtered(turn: StaffTurn, agency_id: int | None, only: str | None) -> tuple[int, list[Disposition]]:
    return dispositions.agency_dispositions(turn.session, agency_id, reader=turn.staff, limit=LIST_ITEMS,
                                            due_before=turn.now if only in ("late", "overdue") else None,
                                            unanswered=only == "unanswered")


def _agency_list(turn: StaffTurn, agency: Agency, only: str | None = None) -> None:
    count, rows = _filtered(turn, agency.id, only)
    if only == "late" and (unanswered := _escalated(turn, agency.id, agency=False, code=agency.code)):
        if rows:
            _agency_list(turn, agency, "overdue")
        turn.replies.append(unanswered)
        return
    if only and not rows and _filtered(turn, agency.id, None)[0]:
        turn.say(FILTER_KEYS[only][2], agency=agency.code)
        _agency_list(turn, agency)  # what is open, with its deadlines
        return
    if not rows:
        turn.say("daftar_empty", agency=agency.code)
        return
    lines = [t(FILTER_KEYS[only][0] if only else "daftar_head", agency=agency.code, count=count)]
    paused = paused_since(turn.session, [row.id for row in rows])
    lines += [_list_item(turn, row, paused=paused.get(row.id)) for row in rows]
    turn.replies.append("\n".join(lines + [_list_tail(turn, rows[0].complaint.reference)]))


def _list_tail(turn: StaffTurn, reference: str) -> str:
    """What to type next after a list, with its first complaint as the example."""
    return t("daftar_tail_officer" if turn.staff.role in OFFICER_ROLES else "daftar_tail", reference=reference)


def _list_item(turn: StaffTurn, row: Disposition, agency: bool = False, paused: datetime | None = None) -> str:
    late = row.due_at is not None and row.due_at < (paused or turn.now)  # paused: the agency's question waits
    due = t("daftar_overdue" if late else "daftar_due", date=turn.deadline(row.due_at)) if row.due_at else "-"
    reference = f"{row.complaint.reference} {row.agency.code}" if agency else row.complaint.reference
    return t("daftar_item", reference=reference, title=row.complaint.title, due=due)


def _region_list(turn: StaffTurn, only: str) -> None:
    """The region's dispositions past their deadline (or still unanswered), earliest deadline first (verifiers and
    supervisors)."""
    count, rows = _filtered(turn, None, only)
    if only == "late" and (unanswered := _escalated(turn, None, agency=True)):
        if rows:
            _region_list(turn, "overdue")
        turn.replies.append(unanswered)
        return
    if not rows:
        if _filtered(turn, None, None)[0]:  # nothing open at all is said once, by the summary
            turn.say(FILTER_KEYS[only][3])
        _agency_summary(turn)
        return
    turn.replies.append("\n".join([t(FILTER_KEYS[only][1], count=count)]
                                  + [_list_item(turn, row, agency=True) for row in rows]
                                  + [_list_tail(turn, rows[0].complaint.reference)]))


ESCALATED_READ = 1000  # the escalated dispositions read to find those of a window (their limits read at once)


def _escalated_rows(turn: StaffTurn, agency_id: int | None) -> tuple[int, list[Disposition]]:
    """How many dispositions are late by the first-response ladder (escalated, still without a follow-up, not yet
    past their deadline), and the first of them."""
    rungs = turn.svc.region.settings.first_response
    if not rungs:
        return 0, []
    return dispositions.escalated_unanswered(turn.session, agency_id, len(rungs), turn.now, LIST_ITEMS,
                                          reader=turn.staff)


def _escalated_in(turn: StaffTurn, agency_id: int | None, period) -> tuple[int, list[Disposition], int]:
    """How many escalated dispositions (`_escalated_rows`) had their first-answer limit pass in `period`
    (`lapor.ladders.first_response_limits`), the first of them, and how many are escalated in all."""
    from lapor.ladders import first_response_limits

    rungs = turn.svc.region.settings.first_response
    if not rungs:
        return 0, [], 0
    count, rows = dispositions.escalated_unanswered(turn.session, agency_id, len(rungs), turn.now,
                                                   ESCALATED_READ, reader=turn.staff)
    limits = first_response_limits(turn.session, rows, turn.svc.region)
    inside = [row for row in rows if period.start <= limits[row.id] < period.end]
    return len(inside), inside[:LIST_ITEMS], count


def _escalated(turn: StaffTurn, agency_id: int | None, agency: bool, code: str = "") -> str:
    """The dispositions late by the first-response ladder, each with who holds it, for a question of what is late;
    "" when there are none."""
    count, rows = _escalated_rows(turn, agency_id)
    return _escalated_text(turn, count, rows, agency, f"{code} " if code else "") if rows else ""


def _escalated_text(turn: StaffTurn, count: int, rows: list[Disposition], agency: bool, scope: str,
                    when: str = "") -> str:
    """The ladder's section of a late list: its heading (of a window, when said), each disposition with who holds
    it, what to type."""
    from lapor.directory import readers_for

    days = turn.svc.region.settings.first_response[-1].after_days
    lines = [t("daftar_unanswered_late_window_head", days=days, count=count, agency=scope, when=when) if when
             else t("daftar_unanswered_late_head", days=days, count=count, agency=scope)]
    for row in rows:
        lines += [_list_item(turn, row, agency=agency),
                  t("daftar_holders", names=_named_people(readers_for(turn.session, row, turn.now)))]
    return "\n".join(lines + [_list_tail(turn, rows[0].complaint.reference)])


def _agency_summary(turn: StaffTurn) -> None:
    overdue = func.sum(case((past_deadline(turn.now), 1), else_=0))
    rows = turn.session.execute(
        select(Agency.code, func.count(Disposition.id), overdue).join(Disposition)
        .where(Disposition.status == DispositionStatus.OPEN).group_by(Agency.code)
        .order_by(func.count(Disposition.id).desc())).all()
    if not rows:
        turn.say("daftar_empty", agency=t("all_agencies"))
    else:
        lines = [t("daftar_summary_head")] + [t("daftar_summary_item", code=code, open=count, overdue=late or 0)
                                               for code, count, late in rows]
        turn.replies.append("\n".join(lines + [t("daftar_summary_tail")]))
    waiting = _count_new(turn.session)  # a verifier's first DAFTAR is often meant for the queue
    if waiting:
        turn.say("daftar_queue_hint", count=waiting)


def cmd_antrean(turn: StaffTurn) -> None:
    """Lists complaints waiting for verification, longest waiting first (counted, like the reminders and the queue's
    deadline, from when each came to the verifiers: filed, returned or answered), with the suggested agency."""
    if (period := _queue_period(turn)) is not None:  # "ANTREAN kemarin", "aduan minggu ini apa aja"
        _came_in(turn, period)
        return
    since = verification_since()
    waiting = turn.session.execute(select(Complaint, since).where(Complaint.status == complaints.NEW)
                                   .order_by(since, Complaint.id).limit(LIST_ITEMS)).all()
    if not waiting:
        turn.say("antrean_empty")
        return
    lines = [t("antrean_head", count=_count_new(turn.session))]
    for complaint, came in waiting:
        days = turn.svc.region.calendar.working_days_between(came, turn.now)
        returned = any(d.status == DispositionStatus.RETURNED for d in complaint.dispositions)
        lines.append(t("antrean_item", reference=complaint.reference, title=complaint.title,
                       age=t("antrean_age_returned" if returned else "antrean_age", days=f"{days:.0f}"),
                       suggestion=_suggestion_suffix(turn.session, complaint)))
    tail = "antrean_tail" if turn.staff.role in VERIFIER_ROLES else "antrean_tail_supervisor"
    turn.replies.append("\n".join(lines + [t(tail, reference=waiting[0][0].reference)]))


def _queue_period(turn: StaffTurn):
    """The day or period ANTREAN's words name (None: the queue as it is)."""
    from bot.digests import asked_period

    if not turn.rest.strip():
        return None
    period, _ = asked_period(asked_in_standard_words(turn.rest), turn.svc.region, turn.now)
    return period


def _came_in(turn: StaffTurn, period) -> None:
    """Lists the complaints that came in during `period`, oldest first, each with its status and agencies."""
    window = (Complaint.created_at >= period.start, Complaint.created_at < period.end)
    count = turn.session.scalar(select(func.count()).select_from(Complaint).where(*window))
    last = period.end - timedelta(days=1)
    span = (day_and_date(period.start, turn.zone) if last.date() <= period.start.date()
            else f"{short_date(period.start, turn.zone)} – {short_date(last, turn.zone)}")
    if not count:
        turn.say("antrean_period_empty", label=period.label, span=span, waiting=_count_new(turn.session))
        return
    came = turn.session.scalars(select(Complaint).where(*window).order_by(Complaint.id).limit(LIST_ITEMS)).all()
    lines = [t("antrean_period_head", label=period.label, span=span, count=count)]
    for complaint in came:
        agencies = sorted({d.agency.code for d in complaint.dispositions  # never one returned or taken back
                           if d.status != DispositionStatus.RETURNED and dispositions.state_of(d) != "taken_back"})
        lines.append(t("antrean_period_item", reference=complaint.reference, title=complaint.title,
                       status=complaint.status.replace("_", " "),
                       agencies=f" · {', '.join(agencies)}" if agencies else ""))
    turn.replies.append("\n".join(lines + [t("antrean_period_tail", reference=came[0].reference,
                                              waiting=_count_new(turn.session))]))


def _count_new(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Complaint).where(Complaint.status == complaints.NEW))


def _suggestion_suffix(session: Session, complaint: Complaint) -> str:
    """The first suggestion the verifiers were shown (kept at announce time: the webhook never runs the router)."""
    found = shown_suggestions(complaint)[:1]  # an agency that returned the complaint comes last (and is marked)
    if not found:
        return ""
    return f" → {found[0]['code']} {found[0]['score']:.0%}" + (" (dikembalikan)" if found[0].get("returned") else "")


# Words around REKAP's period and agency ("tolong rekap dlh minggu ini ya pak", "rekap untuk seluruh daerah"), and
# the words of the morning digest asked for out of its schedule ("minta rekap pagi dong", "rekap harian", "kirim ulang
# rekap tadi pagi", "rekapan pagi blm masuk"): the digest of today, as REKAP alone
MORNING_DIGEST_WORDS = {"pagi", "pagi2", "tadi", "harian", "biasa", "biasanya", "rutin", "ulang", "lagi", "itu",
                        "belum", "blm", "belom", "masuk", "seperti", "spt", "kayak", "kyk", "kaya",
                        # asked where it is in Javanese ("rekap e pundi bu", "rekape endi")
                        "e", "pundi", "endi", "dimana"}
REKAP_FILLER = LATE_FILLER | MORNING_DIGEST_WORDS | {
    "rekap", "rekapan", "rkp", "ringkasan", "untuk", "utk", "buat", "instansi", "opd", "data", "kirim", "kirimkan",
    "minta", "terbaru", "saja", "terakhir", "periode", "kemajuan"}
REGION_WORDS = {"semua", "seluruh", "daerah", "kabupaten", "kab", "kota", "total", "keseluruhan", "semuanya", "pemda",
                "provinsi", "wilayah"}


def cmd_rekap(turn: StaffTurn) -> None:
    """Sends the digest now: the agency's for a head, the region's (with the ranking) or a named agency's for a
    supervisor; for a period when one is asked ("rekap minggu ini", "REKAP DLH bulan lalu")."""
    from bot.digests import asked_period, digest_text

    period, typed = asked_period(asked_in_standard_words(turn.rest), turn.svc.region, turn.now)
    named = [w for w in typed.split() if w not in REKAP_FILLER]
    if turn.role == Role.HEAD:
        agency = turn.staff.agency
        if named and _names_other_agency(turn, named, agency):
            turn.say("rekap_own_only", agency=agency.code)
    else:
        agency = None
        if named and not set(named) <= REGION_WORDS:
            agency = find_agency(turn.session, " ".join(w for w in named if w not in REGION_WORDS)).agency
            if agency is None:
                turn.say("rekap_unknown", typed=excerpt(" ".join(named), ECHO_CHARS), agency_example=" · REKAP DLH")
                return
    turn.replies.append(digest_text(turn.session, turn.svc.region, turn.now, agency, period=period,
                                    reader=turn.staff if turn.role == Role.HEAD else None))


def _names_other_agency(turn: StaffTurn, named: list[str], own: Agency) -> bool:
    """Whether a head's REKAP words name the region or an agency other than their own (words naming nothing are
    passed over: the head gets their agency's rekap)."""
    if set(named) & REGION_WORDS:
        return True
    found = find_agencies(turn.session, " ".join(named))[0]
    return bool(found) and [a.id for a in found] != [own.id]
