"""What to type instead of a message that is no command: the complaint it is about and that complaint's commands."""

from __future__ import annotations

from bot.commands import words
from bot.messages import excerpt, t
from bot.progress import is_question, on_the_way_only, sounds_like_progress
from bot.promised import promise_example, promises_no_day
from bot.staff.citizen_text import says_nothing, without_closing_address
from bot.staff.finding import (
    NOT_FOUND_NEXT,
    _own_open,
    _replied_complaint_number,
    example_reference,
    identity_refused,
)
from bot.staff.office_talk import _asks_to_ask, question_apart
from bot.staff.reading import _named_inside
from bot.staff.turn import LIST_ITEMS, OFFICER_ROLES, VERIFIER_ROLES, StaffTurn
from bot.staff.vocabulary import COURTESY
from lapor import complaints
from lapor.agency_lookup import only_agency_words
from lapor.references import format_reference, marked_reference, mentioned_reference, reference_last, split_reference

HINT_MIN_WORDS = 3  # fewer words say too little to be shown back as the text of a command


def _hinted(turn: StaffTurn) -> tuple[int | None, str]:
    """The complaint a message without a command is about (named first, last or inside, swiped, or an officer's
    only open disposition for words of the work or a question for the citizen) and its words."""
    role, text = turn.staff.role, turn.message.text
    number, rest = split_reference(marked_reference(text), bare=False)
    if number is None and turn.message.replied_to_sid:  # swiped onto a notice: that complaint, the text whole
        number, rest = _replied_complaint_number(turn), text
    if number is None:  # "… sudah kami cek lpr 1", "izin melaporkan, untuk LPR-1 sudah kami survei", "mohon izin
        # melaporkan laporan no 1 sudah kami tangani" (the courtesy before it left out)
        number, rest = reference_last(text) or mentioned_reference(text) or _named_inside(text) or (None, rest)
    if number is None and role in OFFICER_ROLES and (len(words(text)) >= HINT_MIN_WORDS or on_the_way_only(text)
                                                     or len(words(text)) > 1 and sounds_like_progress(text)):
        # "truk sudah mengangkut sebagian", "lokasi persisnya sebelah mana?", "otw pak", "bsk diangkut": the officer's
        # only open one
        count, rows = _own_open(turn)
        if len(rows) == 1 and count <= LIST_ITEMS:  # its words shown back only for the work or the citizen
            meant = sounds_like_progress(text) or is_question(text) or _asks_to_ask(text)  # not "mohon arahannya"
            number, rest = rows[0].complaint.number, text if meant else ""
    return number, "" if says_nothing(rest) else rest.strip()  # "mohon maaf pak baru balas": no text to show


def acknowledged(turn: StaffTurn) -> None:
    """Thanks an acknowledgement with the hint; one about a complaint nobody has ("lpr 9 mantap bu") is not thanked
    but told it is not found."""
    number = _hinted(turn)[0]
    if number is not None and complaints.by_number(turn.session, number) is None:
        turn.replies.append(_hint(turn))
    else:
        turn.say("staff_acknowledged", hint=_hint(turn))


def _hint(turn: StaffTurn) -> str:
    """What to type instead of a message that is no command: for a message that opens with a reference, that
    complaint's commands of the role (an officer's with their words in it); else the role's usual ones."""
    role = turn.staff.role
    if turn.message.replied_to_sid and role in OFFICER_ROLES:
        return t("staff_hint_swipe")
    number, rest = _hinted(turn)
    if number is not None and complaints.by_number(turn.session, number) is None:  # "lpr 9 udah aman kok"
        return t("staff_not_found", reference=format_reference(number), next=t(NOT_FOUND_NEXT[role]))
    reference = format_reference(number) if number is not None else example_reference(turn)
    from bot import handover  # it builds on this package's readers

    if (colleague := handover.colleague_hint(turn, reference)) is not None:  # "pak eko tolong lpr 1 dicek"
        return colleague
    if role in OFFICER_ROLES and number is not None and rest and (refused := identity_refused(
            turn, "INFO" if is_question(rest) or _asks_to_ask(rest) else "TL", number, rest)) is not None:
        return refused  # words asking an anonymous reporter who they are: refused, never shown back to send
    if role in OFFICER_ROLES:
        return _officer_hint(reference, rest if number is not None else "")
    if role in VERIFIER_ROLES and number is not None and rest.strip() and only_agency_words(turn.session, rest):
        return t("staff_hint_verifier_text", reference=reference, text=excerpt(rest.strip(), 100))
    return t("staff_hint_verifier" if role in VERIFIER_ROLES else "staff_hint_leader", reference=reference)


def _officer_hint(reference: str, rest: str) -> str:
    """An officer's hint: the command to send with their words `rest` (INFO for a question), or the usual ones."""
    if rest and _asks_to_ask(rest):  # "…, tumpukannya segede apa": the question shown to send
        question = question_apart(rest)
        return t("staff_hint_officer_ask_text", reference=reference, question=question) if question else t(
            "staff_hint_officer_ask", reference=reference)
    if rest and is_question(rest):  # "lpr 1 lokasinya persisnya dimana nggih?": for the citizen
        return t("staff_hint_officer_question", reference=reference, text=excerpt(rest, 300))
    if rest and promises_no_day(rest):  # "lpr 1 akan ditangani": no news for the citizen until a day is said
        return t("staff_hint_officer_promise", reference=reference, text=promise_example(promise_said(rest)))
    if rest:
        return t("staff_hint_officer_text", reference=reference, text=excerpt(rest, 300))
    return t("staff_hint_officer", reference=reference)


def promise_said(text: str) -> str:
    """A promise as the example to send shows it: without the acknowledgement it opens with ("siap, …") and the
    address it closes with ("… pak")."""
    opening, comma, rest = text.partition(",")
    if comma and rest.strip() and all(word in COURTESY for word in words(opening)):
        text = rest
    return without_closing_address(text).strip(" .!")
