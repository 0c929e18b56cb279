"""What waits for the staff member's next message: a question asked before acting (YA does it, TIDAK calls it off),
the text a command typed without one waits for, and the progress recorded from a swipe that a no may follow.
"""

from __future__ import annotations

import re
from datetime import timedelta

from bot.commands import normalize, words
from bot.conversation import understanding
from bot.inbound import Inbound
from bot.messages import excerpt, received, t
from bot.progress import is_question
from bot.staff.citizen_text import says_nothing
from bot.staff.finding import ONLY_OPEN_ASKED, _exists, _not_found, _own_disposition, identity_refused
from bot.staff.held import HELD_KEY, HELD_LIFETIME
from bot.staff.office_talk import CORRECTION, only_acknowledges
from bot.staff.reading import STATUS_FILLER, STATUS_NOT_YET, UNREFERENCED, read_command
from bot.staff.turn import OFFICER_ROLES, StaffTurn, _remember, _remembered
from bot.staff.vocabulary import CONFIRM_MAX_WORDS, COURTESY, NO_WORDS, YES_WORDS
from lapor import complaints
from lapor.media import kind_counts
from lapor.references import format_reference, marked_reference, mentioned_reference, split_reference
from models import Agency, Contact


def _swipe_passed(staff: Contact, message: Inbound) -> None:
    """Forgets the progress recorded from a swipe once another message followed it: a no after that answers
    whatever came between, never the swiped TL."""
    conversation = staff.conversation
    kept = (conversation.data or {}).get(SWIPED_TL_KEY) if conversation is not None else None
    if kept and kept.get("sid") != message.sid:
        conversation.data = {key: value for key, value in conversation.data.items() if key != SWIPED_TL_KEY}


# A progress read from a swipe-reply ("siap pak, besok pagi kami tindaklanjuti" → TL): a short no soon after it
# ("TIDAK", "bukan pak") says it was not meant so; it went to the citizen already, so how to correct it is said.
SWIPED_TL_KEY, SWIPED_TL_LIFETIME = "staff_swiped_tl", timedelta(minutes=15)


def _swiped_tl_refused(turn: StaffTurn) -> bool:
    """Answers a short no sent soon after a swipe recorded as progress with how to correct it; False otherwise."""
    typed = words(turn.message.text)
    if not typed or typed[0] not in NO_WORDS or len(typed) > CONFIRM_MAX_WORDS:
        return False
    swiped = _remembered(turn, SWIPED_TL_KEY, SWIPED_TL_LIFETIME)
    if swiped is None:
        return False
    _remember(turn, SWIPED_TL_KEY, None)
    turn.say("tl_swiped_refused", reference=format_reference(swiped["complaint"]))
    return True


# A question before acting ("is this the final answer?", "forward to the author's own agency?"): the command waits
# on the conversation row for YA (or, for a final answer, TL: progress instead); anything else leaves it.
CONFIRM_KEY, CONFIRM_LIFETIME = "staff_confirm", timedelta(minutes=15)


def _ask_to_confirm(turn: StaffTurn, command: str, rest: str, key: str, alternative: dict | None = None,
                    media: list[dict] | None = None, **values) -> None:
    """Keeps `command` with `rest` (and the `media` it sends: a swiped voice note) for the staff member's YA (and
    the `alternative` command its word answers: ARSIP after "merge instead?") and asks the question `key`; a
    complaint that does not exist is said so at once, not asked about."""
    if command not in UNREFERENCED and not _exists(turn, rest):
        return
    if turn.staff.role in OFFICER_ROLES and command in ONLY_OPEN_ASKED and not _all_held(turn, rest):
        return  # "lpr 1 sudah dicek" from an agency that does not hold it: never offered as its TL
    number, words_sent = split_reference(rest, bare=False)
    if (refused := identity_refused(turn, command, number, words_sent)) is not None:
        turn.replies.append(refused)  # "…, kirim nomor wa bapak ya" to an anonymous reporter: refused, not offered
        return
    earlier = _remembered(turn, CONFIRM_KEY, CONFIRM_LIFETIME) or {}
    # an earlier command of the same message ("lpr 1 sdh …, lpr 2 sdh …") was asked with the photos held: they go
    # with its answer, and this question does not promise them again
    claimed = bool(turn.message.sid) and earlier.get("sid") == turn.message.sid and earlier.get("held_claimed", False)
    held = "" if claimed or command not in {"TL", "SELESAI"} else _held_going_with(turn, rest)
    asked = {"command": command, "rest": rest, "at": turn.now.isoformat(), "alternative": alternative,
             "media": media or [], "sid": turn.message.sid, "held_claimed": claimed or bool(held),
             "agency": turn.staff.agency_id}
    batch = _asked_together(turn, earlier, asked)
    _remember(turn, CONFIRM_KEY, {**asked, "batch": batch} if batch else asked)
    turn.say(key, **values)
    if batch:
        turn.say("staff_confirm_all", count=len(batch))
    if held:
        turn.replies[-1] += "\n" + t("staff_confirm_held", received=held)  # a photo or voice note sent first


JOINED_ASKING = {"TL", "SELESAI"}  # offers about the work: another complaint's, in the next bubble, joins them


def _asked_together(turn: StaffTurn, earlier: dict, asked: dict) -> list[dict]:
    """The questions one YA answers when an offer about another complaint's work follows an unanswered one in
    another bubble ("lpr 1 sdh kami survei, …", then "lpr 2 armada berangkat …"): the earlier one is not dropped
    unsaid; [] when the new question stands alone (the same complaint's: its later text replaces the earlier)."""
    if (not earlier or earlier.get("sid") == asked["sid"] or earlier["command"] not in JOINED_ASKING
            or asked["command"] not in JOINED_ASKING or earlier.get("alternative") or turn.confirmed):
        return []
    number = split_reference(asked["rest"])[0]
    kept = [q for q in earlier.get("batch") or [earlier] if split_reference(q["rest"])[0] != number]
    return [{k: v for k, v in q.items() if k != "batch"} for q in kept] + [asked] if kept else []


def _held_going_with(turn: StaffTurn, rest: str) -> str:
    """The attachments held from earlier messages that a confirmed TL or SELESAI of `rest`'s complaint would send
    (a voice note may hold talk for the office: the question says it goes), as a reply counts them; "" for none."""
    held = _remembered(turn, HELD_KEY, HELD_LIFETIME)
    number = split_reference(rest, bare=False)[0]
    if not held or not held.get("media") or held.get("complaint") not in (None, number):
        return ""
    return received(kind_counts(m["content_type"] for m in held["media"]))


def _all_held(turn: StaffTurn, rest: str) -> bool:
    """Whether the officer's agency holds open each complaint `rest` opens with ("LPR-1 LPR-2 …"); each it does not
    hold is said so (not the agency's, or its disposition closed)."""
    numbers, (number, rest) = [], split_reference(rest, bare=False)
    while number is not None:
        numbers.append(number)
        number, rest = split_reference(rest, bare=False)
    return all([_held_here(turn, number) for number in numbers])  # a list: each one not held is said


def _held_here(turn: StaffTurn, number: int) -> bool:
    """Whether the officer's agency holds the complaint open; if not, says so (it does not exist, is another
    agency's, or their disposition is closed) with how to find their own: nothing is offered for it."""
    complaint = complaints.by_number(turn.session, number)
    if complaint is None:
        _not_found(turn, number)
        return False
    if _own_disposition(turn, complaint) is not None:
        return True
    turn.replies[-1] += " " + t("staff_not_found_officer")
    return False


def _confirmed(turn: StaffTurn) -> str | None:
    """The command a short YA (or TL) answers, with its text in `turn.rest`; a NO calls it off (said). None for
    any other message, which leaves the question unanswered."""
    pending = _remembered(turn, CONFIRM_KEY, CONFIRM_LIFETIME)
    typed = words(turn.message.text)
    if pending is None or turn.message.replied_to_sid or not typed:
        return None
    if len(typed) > CONFIRM_MAX_WORDS:
        _more_bubble(turn, pending) or _text_instead(turn, pending)
        return None
    command = pending["command"]
    reference = format_reference(split_reference(pending["rest"])[0] or 0)
    if command in ("TERUSKAN", "TARIK") and _forward_corrected_again(turn):
        return None
    if typed[0] in NO_WORDS or CALL_OFF.match(normalize(turn.message.text)) or _takes_back(turn.message.text):
        _called_off(turn, pending, reference)
        return None
    if (other := pending.get("alternative")) and read_command(turn.message.text)[0] == other["command"]:
        _remember(turn, CONFIRM_KEY, None)  # "arsip saja" after "merge instead?": archived as first typed
        turn.rest, turn.confirmed = other["rest"], True
        return other["command"]
    if _forward_said_instead(turn, pending):  # "ok ke pupr" after "TUNDA LPR-1 …?": a forward, asked as such
        return None
    answer = "TL" if command == "SELESAI" and "tl" in typed else command
    if not set(typed) <= YES_WORDS | {command.lower(), answer.lower()} and not understanding.means_yes(
            turn.message.text):  # "nggih", "muhun", "iyeh": yes in the region's languages
        _more_bubble(turn, pending) or _text_instead(turn, pending)
        return None
    _remember(turn, CONFIRM_KEY, None)
    if pending.get("agency", turn.staff.agency_id) != turn.staff.agency_id:
        _asked_elsewhere(turn, pending["agency"], reference)  # moved since: her old agency's, never recorded
        return None
    turn.rest, turn.confirmed = pending["rest"], True
    if pending.get("media"):  # the voice note asked about goes with the command, as photos held for it do
        held = _remembered(turn, HELD_KEY, HELD_LIFETIME) or {}
        _remember(turn, HELD_KEY, {"media": (held.get("media", []) + pending["media"])[:complaints.MAX_PHOTOS],
                                   "text": "", "complaint": split_reference(pending["rest"])[0],
                                   "at": turn.now.isoformat()})
    return answer


def _asked_elsewhere(turn: StaffTurn, agency_id: int | None, reference: str) -> None:
    """Answers a YES to a question asked while the staff member was at another agency (`agency_id`, moved by the
    directory since): nothing recorded nor sent, said so (the YES was thanked and dropped, unsaid)."""
    old = turn.session.get(Agency, agency_id) if agency_id is not None else None
    turn.say("staff_confirm_moved", reference=reference, agency=old.code if old else t("staff_confirm_moved_region"))


def _called_off(turn: StaffTurn, pending: dict, reference: str) -> None:
    """Forgets the question a no answered and says what was not done."""
    _remember(turn, CONFIRM_KEY, None)
    command = pending["command"]
    if command == "CUTI":  # leave apart from the recorded one: the recorded one stays
        turn.say("cuti_kept")
        return
    turn.say("staff_confirm_called_off", command=command, reference=reference)
    swiped = _remembered(turn, SWIPED_TL_KEY, SWIPED_TL_LIFETIME)
    if swiped and swiped["at"] >= pending["at"]:  # a swipe recorded after the question: it went all the same
        _remember(turn, SWIPED_TL_KEY, None)
        turn.say("tl_swiped_refused", reference=format_reference(swiped["complaint"]))


def _forward_corrected_again(turn: StaffTurn) -> bool:
    """Whether a verifier's correction of their own forward, naming an agency, answers the TERUSKAN or the move
    (TARIK … KE …) it asked about ("maaf keliru, mestinya ke pu" after "ralat: pupr"): the same correction (or one to
    another agency), asked again, not a no ("maaf keliru" alone still calls it off)."""
    from bot.staff.verifier_words import _forward_corrected

    return _forward_corrected(turn)


def _forward_said_instead(turn: StaffTurn, pending: dict) -> bool:
    """Whether a verifier's short answer to a question names where the complaint goes ("ok ke pupr", "oke dlh aja"):
    another act than the one asked about (unless it was that forward), asked about in its place; False otherwise."""
    from bot.staff.waiting import ask_forward_of, forward_named

    number = split_reference(pending["rest"])[0]
    if number is None or (named := forward_named(turn)) is None:
        return False
    if pending["command"] == "TERUSKAN":
        from lapor.agency_lookup import find_agencies

        asked = {w.upper() for w in split_reference(pending["rest"])[1].replace(",", " ").split()}
        if {agency.code.upper() for agency in find_agencies(turn.session, named)[0]} <= asked:
            return False  # "ok ke pupr" after "Teruskan LPR-1 ke PUPR?": its yes
    return ask_forward_of(turn, number, named)


TAKING_BACK_FILLER = STATUS_FILLER | COURTESY | {"ternyata", "eh", "oh", "loh", "lho", "masih", "msh", "waduh", "wah"}


def _takes_back(text: str) -> bool:
    """Whether a short answer to a question takes back what was asked about ("maaf salah, belum pak", "eh keliru pak",
    "ternyata belum bu"): a correction, or not yet with nothing else said."""
    said = set(words(text))
    return bool(CORRECTION.search(text)) or bool(said & STATUS_NOT_YET) and said <= STATUS_NOT_YET | TAKING_BACK_FILLER


TEXT_ASKED = {"TL", "SELESAI", "INFO", "KEMBALIKAN", "SURVEI"}  # commands whose question may still lack the text
# A follow-up typed in bubbles: one with no command this soon after the question about the bubble before it goes on
# with its text ("… dijadwalkan hari kamis", asked about, then "mohon warga bersabar 🙏")
BUBBLE_GAP = timedelta(minutes=3)


def _more_bubble(turn: StaffTurn, pending: dict) -> bool:
    """Asks again about a progress or final answer with the next bubble's words joined to its text, when that bubble
    (no command, no question, no other complaint) comes right after the question; False, saying nothing, else."""
    from datetime import datetime

    from bot.staff.citizen_text import _citizens_words

    command, text = pending["command"], turn.message.text.strip()
    number, pending_text = split_reference(pending["rest"])
    if (command not in {"TL", "SELESAI"} or number is None or says_nothing(pending_text) or pending.get("batch")
            or pending.get("alternative") or split_reference(pending_text, bare=False)[0] is not None
            or turn.command or only_acknowledges(text) or says_nothing(text) or is_question(text)
            or turn.now - datetime.fromisoformat(pending["at"]) > BUBBLE_GAP
            or split_reference(marked_reference(text), bare=False)[0] is not None or mentioned_reference(text)):
        return False
    if _about_another(turn, text, number):  # "lampunya yg di jl mawar …" under the road's TL: not joined to it
        return False
    joined = pending_text.rstrip()
    joined += ("" if joined[-1:] in ".!?🙏" else ".") + " " + _citizens_words(text)
    reference = format_reference(number)
    if command == "SELESAI":
        _ask_to_confirm(turn, command, f"{reference} {joined}", "staff_confirm_final", reference=reference,
                        text=excerpt(joined, 300), media=pending.get("media"))
    else:
        _ask_to_confirm(turn, command, f"{reference} {joined}", "staff_confirm_progress", references=reference,
                        reference=reference, text=excerpt(joined, 300), media=pending.get("media"))
    return True


def _about_another(turn: StaffTurn, text: str, number: int) -> bool:
    """Whether a bubble describes another of the officer's open complaints, or is for the office, not the citizen."""
    from bot.staff.finding import _own_open
    from bot.staff.officer_words import _names_another, _office_only_said

    if turn.staff.role not in OFFICER_ROLES or turn.staff.agency is None:
        return False
    return _office_only_said(turn, text) is not None or _names_another(turn, text, number, _own_open(turn)[1])


def _text_instead(turn: StaffTurn, pending: dict) -> None:
    """Asks again, with the text, when the question about a command still without its text ("SELESAI LPR-1 (…)?
    Balas YA") is answered with the text instead ("sudah diperbaiki tadi pagi, aspal baru"): kept, not lost."""
    command, text = pending["command"], turn.message.text.strip()
    number, pending_text = split_reference(pending["rest"])
    if (command not in TEXT_ASKED or number is None or not says_nothing(pending_text) or turn.command
            or only_acknowledges(text) or says_nothing(text) or (is_question(text) and command != "INFO")):
        return
    named, rest = split_reference(marked_reference(text), bare=False)
    if named not in (None, number):
        return  # about another complaint
    text, reference = (rest if named is not None else text), format_reference(number)
    media = pending.get("media")  # a voice note asked about stays with the text typed instead of YA
    if command == "SELESAI":
        _ask_to_confirm(turn, command, f"{reference} {text}", "staff_confirm_final", reference=reference,
                        text=excerpt(text, 300), media=media)
    else:
        _ask_to_confirm(turn, command, f"{reference} {text}", "staff_confirm_text", asked=command,
                        reference=reference, text=excerpt(text, 300), media=media)


# A command typed without its text waits this long for the text in the next message.
TEXT_KEY, TEXT_LIFETIME = "staff_awaited_text", timedelta(minutes=15)


# "batal", "gak jadi", "nanti saja", "salah ketik": the command typed without its text is called off.
CALL_OFF = re.compile(r"^(?:(?:maaf|eh|oh|pak|bu|ya)\s+)*(?:batal\w*|cancel|"
                      r"(?:tidak|tdk|gak|ga|nggak|ngga|enggak|g)\s*jadi|nanti\s*(?:saja|aja|dulu)?|"
                      r"salah\s*(?:ketik|kirim|tulis|pencet)|abaikan|skip)\b")
