"""The complaint a command acts on (named, swiped, or the officer's only open one) and what a command checks before
acting: its text, a reachable reporter, the complaint still open, the citizen's quiet hours.
"""

from __future__ import annotations

import re

from bot.messages import REFERENCE_PLACEHOLDER, excerpt, short_datetime, t
from bot.staff.citizen_text import _without_courtesy, says_nothing
from bot.staff.confirm import TEXT_KEY, TEXT_LIFETIME, _ask_to_confirm
from bot.staff.finding import (
    ONLY_OPEN_ASKED,
    _not_found,
    _own_open,
    _replied_complaint_number,
    _which_one,
    example_reference,
)
from bot.staff.shown import status_for_staff
from bot.staff.turn import ECHO_CHARS, LIST_ITEMS, OFFICER_ROLES, StaffTurn, _remember, _remembered
from lapor import complaints
from lapor.references import MARK, format_reference, reference_last, split_reference
from models import Complaint


def _target(turn: StaffTurn, example: str, lock: bool = True) -> tuple[Complaint | None, str]:
    """The complaint named in the command (or the one the swiped notice was about) and the remaining text.

    The complaint is locked for a change (`lapor.complaints.for_change`) unless `lock` is False (a command that
    only reads it).
    """
    replied = _replied_complaint_number(turn)
    number, text = split_reference(turn.rest)
    if number is None and (too_long := OVERLONG_REFERENCE.match(turn.rest)) is not None:
        _not_found(turn, int(too_long.group(1)))  # "TL LPR-99999999999999999999": a number, one nobody has
        return None, text
    if replied is not None and number not in (None, replied) and not split_reference(turn.rest, bare=False)[0]:
        number = None  # a swipe-reply's bare number is its text ("TL 2 truk dikirim"), not another complaint
    if number is None:
        number, text = replied, turn.rest
    if number is None and (last := reference_last(turn.rest)) is not None:
        number, text = last  # "tl sudah kami cek ke lokasi lpr 1", "TL: truk dijadwalkan besok untuk LPR-1"
    if number is None and turn.held and turn.command in {"TL", "SELESAI"}:
        number = turn.held.get("complaint")  # photos held for LPR-1 ("… Balas TL LPR-1"), then "TL sudah …"
    if number is None and _unnumbered_asked(turn, text):
        return None, text
    if number is None:
        turn.say("staff_need_reference", command=turn.command, reference=example_reference(turn), example=example)
        return None, text
    complaint = complaints.by_number(turn.session, number, lock=lock)
    if complaint is None:
        _not_found(turn, number)
    return complaint, _without_courtesy(text)


def _unnumbered_asked(turn: StaffTurn, text: str) -> bool:
    """Asks about a command with no number for the complaint it must mean: an officer's only open disposition
    ("SELESAI sudah diangkut"), the complaint waiting for a verifier ("teruskan ke dishub"; several: which)."""
    if turn.command in ONLY_OPEN_ASKED and turn.staff.role in OFFICER_ROLES:
        count, rows = _own_open(turn)
        if len(rows) == 1 and count <= LIST_ITEMS:
            only = rows[0].complaint
            _ask_to_confirm(turn, turn.command, f"{only.reference} {text}".strip(), "staff_confirm_only_open",
                            asked=turn.command, reference=only.reference, title=excerpt(only.title, 60))
            return True
        if len(rows) > 1 and text.strip():  # "progres 100%" holding several: which one ("2" answers)
            _which_one(turn, rows, f"{turn.command} {REFERENCE_PLACEHOLDER} {excerpt(text.strip(), ECHO_CHARS)}")
            return True
    from bot.staff.waiting import ask_waiting

    return not turn.confirmed and ask_waiting(turn, turn.command, text)


# A marked reference longer than any complaint number is read (lapor.references takes up to nine digits)
OVERLONG_REFERENCE = re.compile(rf"^\s*(?:{MARK}|#\s*)(\d{{10,}})\b", re.IGNORECASE)


def _needs_text(turn: StaffTurn, complaint: Complaint, text: str, example: str, allow_photo: bool = False) -> bool:
    """Whether the command has its text; if not, says so and waits a few minutes for the text in the next message
    ("SELESAI LPR-12", then "jalan sudah ditambal" in a bubble of its own)."""
    if not says_nothing(text):
        return True
    if allow_photo and turn.media:
        return True
    numbers = [complaint.number]
    awaited = _remembered(turn, TEXT_KEY, TEXT_LIFETIME)
    if awaited and awaited["command"] == turn.command and (
            asked := _text_asked(turn, earlier := awaited.get("complaints") or [awaited["complaint"]],
                                 example)) in turn.replies:  # "SELESAI LPR-1 LPR-2": one text for both, asked once
        turn.replies.remove(asked)
        numbers = [*earlier, complaint.number]
    turn.replies.append(_text_asked(turn, numbers, example))
    _remember(turn, TEXT_KEY, {"command": turn.command, "complaint": numbers[0], "complaints": numbers,
                               "at": turn.now.isoformat()})
    return False


def _text_asked(turn: StaffTurn, numbers: list[int], example: str) -> str:
    """The question for the text of the turn's command about `numbers`."""
    return t("staff_need_text", command=turn.command, reference=" ".join(format_reference(n) for n in numbers),
             example=example, minutes=int(TEXT_LIFETIME.total_seconds() // 60))


def _after_quiet_hours(turn: StaffTurn) -> str:
    """When what the command queued for the citizen waits out their quiet hours, a sentence saying when it goes."""
    calendar = turn.svc.region.calendar
    if not calendar.in_quiet_hours(turn.now):
        return ""
    return " " + t("answer_after_quiet_hours", at=short_datetime(calendar.next_citizen_moment(turn.now), turn.zone))


def _reachable_reporter(turn: StaffTurn, complaint: Complaint) -> bool:
    """A question needs a citizen on WhatsApp: a report imported from SP4N-LAPOR! has none."""
    if complaint.citizen_id is not None:
        return True
    turn.say("staff_no_reporter", reference=complaint.reference)
    return False


def _is_open(turn: StaffTurn, complaint: Complaint) -> bool:
    if complaint.status in complaints.OPEN_STATUSES:
        return True
    turn.say("staff_complaint_closed", reference=complaint.reference, status=status_for_staff(complaint))
    return False
