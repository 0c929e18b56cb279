"""Where a complaint is now, asked in words ("lpr 1 skrg di siapa", "lpr 1 sdh diteruskan ke mana?", "lpr 1 kemana
ya bu?" once forwarded): which agencies hold it and who there, which answered or returned it and why, and what it
waits for, in every state of its lifecycle; STATUS gives the whole of it."""

from __future__ import annotations

import re

from sqlalchemy import select

from bot.commands import words
from bot.messages import excerpt, short_date, t
from bot.staff.reminding import holder_names
from bot.staff.shown import status_for_staff
from bot.staff.turn import StaffTurn
from bot.staff.vocabulary import HOW_WORDS
from lapor import access, complaints
from lapor.dispositions import state_of
from lapor.ladders import paused_since
from models import Complaint, DispositionStatus, Question
from models.vocab import ComplaintStatus, Event

# Where it is now, asked: "di siapa", "sama siapa", "dipegang siapa", "siapa yg pegang", "skrg di mana", "posisinya
# dmn", "nyangkut di mana"; "diteruskan ke mana", "sdh dikirim kemana", "akhirnya ke mana", "udah ke siapa aja"
# (where it went); Javanese "neng endi", "wonten pundi", "kalih sinten"
WHERE_NOW = re.compile(
    r"\b(?:di|sama|sm|ama|karo|kalih|dipegang|dipegang\s+sama|ditangani|dihandle|dipegang\s+oleh|ditangani\s+oleh)"
    r"\s*(?:siapa|sapa|sopo|sinten)\b"
    r"|\bsiapa\s+(?:yg|yang)\s+(?:pegang|megang|memegang|handle|nangani|menangani|tangani|nanganin)\b"
    r"|\b(?:skrg|sekarang|skrang|posisi|posisinya|ada|nyangkut|mandek|macet|nyantol|berhenti|tertahan)\s+"
    r"(?:di\s*mana|dimana|dmn|dmana)\b"
    r"|\b(?:diteruskan|diterusin|didispo|didisposisikan|didisposisi|dikirim|dilempar|dioper|dilimpahkan|larinya|"
    r"lari|nyampe|nyampai|sampai|sampe|akhirnya|jadinya|skrg|sekarang)\s+(?:ke\s*mana|kmn)\b"
    r"|\b(?:udah|udh|sudah|sdh|dah|sampai|sampe)\s+ke\s+(?:siapa|sapa|sopo|sinten)\b"
    r"|\b(?:neng|ning|nang)\s+(?:endi|ndi)\b|\b(?:wonten|ten)\s+pundi\b"
    # how far it got: "udh sampe mana", "sdh smp mn?", "nyampe mana"
    r"|\b(?:sampai|sampe|sampek|smp|nyampe|nyampai)\s+(?:mana|mn|mna)\b"
    # whether it is still with someone, asked: "masih di dlh ga?", "masih dipegang pupr kah", "masih di kita?"
    r"|\bmasih\s+(?:di|dipegang|ditangani|sama|sm)\b[^?]*(?:\?|\b(?:ga|gak|nggak|ngga|enggak|engga|tdk|tidak|kah)"
    r"\W*$)",
    re.IGNORECASE)
# Its news asked with a word for how ("no 7 gmn kabarnya", "gimana kabarnya laporan no 1", "kabare lpr 1 piye")
NEWS_WORDS = frozenset({"kabar", "kabarnya", "kabare", "kabarne"})
# A complaint's number written "no 7" inside a question of where it is ("posisi no 7 dmn"); not a house or a
# stall's ("gang melati no 7", "rumah no 7")
NUMBER_ASKED = re.compile(r"(?<!\w)(?:no|nomor|nmr|nomer|nmer)\b\.?\s*(\d{1,9})\b", re.IGNORECASE)
PLACE_BEFORE = frozenset({"jl", "jln", "jalan", "gang", "gg", "rumah", "rmh", "rt", "rw", "blok", "kav", "kavling",
                          "kios", "los", "lapak", "toko", "pintu", "kamar", "lantai", "tiang", "kode", "hp", "wa",
                          "telp", "telepon", "induk", "nik", "kk", "pelapor"})
# "posisi lpr 1 dmn", "lpr 1 skrg ada dimana": a word of now or position and where, apart
POSITION_WORDS = frozenset({"posisi", "posisinya", "skrg", "sekarang", "skrang", "nyangkut", "mandek"})
WHERE_WORDS = frozenset({"dimana", "dmn", "dmana", "dimna"})
WHERE_MAX_WORDS = 14
DI_MANA = re.compile(r"\bdi\s+mana\b", re.IGNORECASE)
REASON_CHARS, QUESTION_CHARS = 160, 120
# "lpr1 kmn ya bu", "Lpr 1 kemana?": the reference, where to, and courtesy alone; from anyone but a verifier (whose
# where-to of a complaint waiting asks where it should go) it asks where the complaint is now
WHERE_TO_ALONE = re.compile(
    r"^\W*(?:(?:lpr|laporan|no|nomor)\W*\d+|#\s*\d+)\W*(?:skrg\s+|sekarang\s+|sdh\s+|sudah\s+)?(?:ke\s*mana|kmn|kmana)"
    r"(?:\W+(?:ya+|yah|pak|bu|bapak|ibu|mas|mbak|kak|min|nggih|njih|ndan|sih|nih|dong|tuh))*\W*$",
    re.IGNORECASE)


def where_now_asked(text: str) -> bool:
    """Whether a short message asks where a complaint is now (`WHERE_NOW`)."""
    typed = words(text)
    return len(typed) <= WHERE_MAX_WORDS and (WHERE_NOW.search(text) is not None or bool(
        set(typed) & POSITION_WORDS and (set(typed) & WHERE_WORDS or DI_MANA.search(text))
        or set(typed) & NEWS_WORDS and set(typed) & HOW_WORDS))


def number_asked(text: str) -> int | None:
    """The complaint a question of where it is names as "no 7" inside it ("posisi no 7 dmn"), not after a word of
    a place or a person's details ("gang melati no 7", "no hp pelapor")."""
    for found in NUMBER_ASKED.finditer(text):
        before = words(text[:found.start()])
        if not before or before[-1] not in PLACE_BEFORE:
            return int(found.group(1))
    return None


def where_to_alone(text: str) -> bool:
    """Whether a message is a complaint's reference and "where to" with courtesy alone (`WHERE_TO_ALONE`)."""
    return WHERE_TO_ALONE.match(text.strip()) is not None


def waiting_where(turn: StaffTurn, complaint: Complaint) -> str:
    """Where a complaint waiting for the verifier is: its status and its agencies (none yet, or those that returned
    it), the opening of the verifier's where-to ("lpr1 kmn ya bu" before the forward)."""
    return t("verifier_where_waiting", reference=complaint.reference, status=status_for_staff(complaint),
             lines="\n".join(_agency_lines(turn, complaint)))


def say_where(turn: StaffTurn, complaint: Complaint) -> None:
    """Says where the complaint is now: its status, each agency with what it did or waits for, what comes next;
    refused as STATUS is to an agency's staff it was never sent to. A merged duplicate shows its parent's."""
    if not access.may_see_complaint(turn.staff, complaint):
        turn.say("staff_not_visible", reference=complaint.reference, agency=turn.staff.agency.name)
        return
    shown = complaint.parent if complaint.parent is not None else complaint
    lines = _agency_lines(turn, shown) + _waiting_line(turn, shown) + _latest_answer(turn, shown)
    turn.say("staff_where_now", reference=complaint.reference, status=status_for_staff(complaint),
             lines="\n".join(lines), shown=shown.reference)


def _agency_lines(turn: StaffTurn, complaint: Complaint) -> list[str]:
    """One line per disposition: who holds it open and what it waits for, or when it was answered, returned (and
    why), forwarded through SP4N-LAPOR! or closed."""
    paused = paused_since(turn.session, [d.id for d in complaint.dispositions if d.status == DispositionStatus.OPEN])
    lines = []
    for disposition in complaint.dispositions:
        code, when = disposition.agency.code, short_date(disposition.closed_at or turn.now, turn.zone)
        if disposition.status == DispositionStatus.OPEN:
            state = ("where_open_asked" if disposition.id in paused else "where_open_answered"
                     if disposition.first_response_at is not None else "where_open_new")
            lines.append(t(state, agency=code, people=holder_names(turn, disposition),
                           due=turn.deadline(disposition.due_at) if disposition.due_at else "-"))
        elif disposition.status == DispositionStatus.RETURNED:
            lines.append(t("where_returned", agency=code, when=when,
                           reason=excerpt(disposition.return_reason or "-", REASON_CHARS)))
        elif state_of(disposition) == "taken_back":  # a verifier's TARIK, with its reason («salah kirim»)
            lines.append(t("where_taken_back", agency=code, when=when,
                           reason=excerpt(disposition.return_reason or "-", REASON_CHARS)))
        else:
            lines.append(t(f"where_{disposition.status}", agency=code, when=when))
    return lines or [t("where_nowhere")]


ANSWERS = (Event.FOLLOW_UP, Event.FINAL_ANSWER)


def _latest_answer(turn: StaffTurn, complaint: Complaint) -> list[str]:
    """The latest follow-up or final answer given (its news, for "gmn kabarnya"), with when and which agency."""
    given = [e for e in complaint.timeline if e.event in ANSWERS and e.text][-1:]
    if not given:
        return []
    agency = next((d.agency.code for d in complaint.dispositions if d.id == given[0].disposition_id), "")
    return [t("where_latest_answer", when=short_date(given[0].at, turn.zone), agency=f", {agency}" if agency else "",
              text=excerpt(given[0].text, REASON_CHARS))]


def _waiting_line(turn: StaffTurn, complaint: Complaint) -> list[str]:
    """What the complaint waits for, by its status: the verifier's forward, the citizen's answer or rating, or
    nothing (archived: why)."""
    status = complaint.status
    if status == ComplaintStatus.NEW:
        return [t("where_wait_verifier", reference=complaint.reference)]
    if status == ComplaintStatus.ON_HOLD:
        asked = turn.session.scalar(select(Question.text).where(
            Question.complaint_id == complaint.id, Question.answered_at.is_(None))
            .order_by(Question.asked_at.desc()).limit(1))
        if asked and not access.may_see_identity(turn.staff, complaint):  # "Bu Siti, …": a verifier's words
            asked = complaints.as_verifier_wrote(complaint, asked)
        return [t("where_wait_citizen", question=excerpt(asked or "-", QUESTION_CHARS))]
    if status == ComplaintStatus.DONE:
        return [t("where_rated", rating=complaint.rating) if complaint.rating else t("where_wait_rating")]
    if status == ComplaintStatus.ARCHIVED:
        why = [e.text for e in complaint.timeline if e.event == Event.ARCHIVED and e.text][-1:]
        return [t("where_archived", reason=excerpt(why[0], REASON_CHARS))] if why else []
    return []

