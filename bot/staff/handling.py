"""Handling a staff message: each command of a message in turn (the questions they ask answered by one YA), the
command table's run, a message without a command, a former staff member's command.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from sqlalchemy.orm import Session

from bot import handover
from bot.commands import normalize, words
from bot.conversation import understanding
from bot.inbound import Inbound
from bot.messages import REFERENCE_PLACEHOLDER, excerpt, t
from bot.staff import verified
from bot.staff.aside import _filed_as_citizen, _said_in_passing
from bot.staff.awaited import mistake_said, not_taken_note, not_the_text, question_unclear
from bot.staff.confirm import (
    CALL_OFF,
    CONFIRM_KEY,
    CONFIRM_LIFETIME,
    TEXT_KEY,
    TEXT_LIFETIME,
    _ask_to_confirm,
    _confirmed,
    _swipe_passed,
    _swiped_tl_refused,
)
from bot.staff.echo import _echoed_notice
from bot.staff.finding import _own_open
from bot.staff.held import _held_answered
from bot.staff.hints import _hint
from bot.staff.implied import _implied
from bot.staff.leader_words import _holders_asked, handed_in_words
from bot.staff.mixed import acts_apart, numbered_clauses
from bot.staff.office_talk import only_acknowledges
from bot.staff.officer_words import (
    SENT_KEY,
    _ask_final,
    _asks_more_time,
    _continues_sent,
    _delay_told,
    _disputes,
    _not_held,
    _not_yet_said,
    _progress_offered,
    _sounds_final,
    _sounds_not_ours,
    office_only,
)
from bot.staff.reading import REFERENCE_JOINER, UNREFERENCED, _inline_command, read_command, split_commands
from bot.staff.status import STATUS_PICK_KEY
from bot.staff.table import COMMANDS, _asked_as_own_role, _refuse
from bot.staff.turn import (
    ECHO_CHARS,
    OFFICER_ROLES,
    QUEUE_ROLES,
    VERIFIER_ROLES,
    StaffTurn,
    _named_people,
    _remember,
    _remembered,
)
from bot.staff.verifier_words import (
    _forward_corrected,
    _forward_taken_back,
    _verifier_act_asked,
    _verifier_said_done,
    _where_asked,
)
from bot.staff.vocabulary import CONFIRM_MAX_WORDS, NO_WORDS, YES_WORDS
from bot.staff.withdrawing import withdrawal_said
from lapor.dictation import punctuated
from lapor.references import (
    REFERENCE_PUNCTUATION,
    format_reference,
    marked_reference,
    mentioned_reference,
    numbers_named,
    plural_spelled_out,
    split_reference,
    spoken_reference_numbers,
)
from models import Contact
from models.vocab import Role
from services import Services

# WhatsApp's formatting marks around words (*tebal*, _miring_, ~coret~, ```kode```) are no part of a command or text.
FORMATTING = re.compile(r"(?<![0-9A-Za-z])[*_~`]+|[*_~`]+(?![0-9A-Za-z])")


# A message forwarded from someone else, its mark copied or said ("[Diteruskan] dari tim lapangan: …", "*Diteruskan*",
# "Diteruskan dari pak RT: …", "Forwarded"): its news, never TERUSKAN ("Diteruskan" was read as the verifier's word).
FORWARDED_MARK = re.compile(
    r"^\W*(?:\[\s*(?:diteruskan|forwarded)\s*\]|\*\s*(?:diteruskan|forwarded)\s*\*|(?:pesan\s+)?(?:diteruskan|forwarded)"
    r"(?=\s*(?:dari|from)\b|\s*:|\s*\n))\s*(?:(?:dari|from)\s+[^:\n]{1,40}[:\n])?\W*", re.IGNORECASE)


def handle(session: Session, svc: Services, staff: Contact, message: Inbound, now: datetime) -> list[str]:
    """Handle one message from a staff number and return the replies: each command of a message that holds several
    (`split_commands`) as if it came alone, the attachments and the swipe with the first."""
    if message.body and (forwarded := FORWARDED_MARK.match(message.body)) is not None and forwarded.end() < len(
            message.body.rstrip()):
        message = replace(message, body=message.body[forwarded.end():])
    if message.body and (body := punctuated(message.body)) != message.body:  # voice typing's "titik", "koma"
        message = replace(message, body=body)
    if message.body and (body := spoken_reference_numbers(plural_spelled_out(message.body))) != message.body:
        message = replace(message, body=body)  # "laporan2": the reports; "lpr satu": LPR-1
    if message.location is not None and not message.body and not message.media:
        return [_pin_not_sent(session, svc, staff, message, now)]
    replies = _handle_message(session, svc, staff, message, now)
    _swipe_passed(staff, message)
    if message.refused_media:  # a file of a type not kept (a Word file with SELESAI): it went nowhere
        replies.append(t("staff_not_kept", accepted=t("media_accepted")))
    return replies


def _pin_not_sent(session: Session, svc: Services, staff: Contact, message: Inbound, now: datetime) -> str:
    """A location pin shared alone records nothing (it got "Baik, terima kasih" and the officer believed the citizen
    had it): an officer is given the TL that sends it as text, for their only open disposition when they hold one."""
    from bot.conversation.answers import pin_line

    pin = message.location
    line = pin_line(pin.latitude, pin.longitude, pin.place)
    if staff.role not in OFFICER_ROLES or staff.agency is None:
        return t("staff_pin_not_sent_other")
    _, rows = _own_open(StaffTurn(session, svc, staff, message, now, "", ""))
    reference = format_reference(rows[0].complaint.number) if len(rows) == 1 else REFERENCE_PLACEHOLDER
    return t("staff_pin_not_sent", line=f"TL {reference} {line}")


# Commands citizens send too: from a former staff member they are a citizen's, as anything else they write.
CITIZEN_COMMANDS = {"STATUS", "BANTUAN"}


def former_staff_command(session: Session, contact: Contact, message: Inbound) -> bool:
    """Whether a number taken out of the directory (moved, retired) sends a staff command or answers a staff
    notice it had (swiped): told it is recorded no more, instead of the citizen's menu, "LPR-3 not found at this
    number" or its words offered as a complaint; anything else is a citizen's."""
    if contact.role is None or contact.active:
        return False
    if message.replied_to_sid:
        from bot.outbox import STAFF_PURPOSES, by_sid

        replied = by_sid(session, message.replied_to_sid)
        if replied is not None and replied.purpose in STAFF_PURPOSES:
            return True
    command = read_command(message.text)[0]
    return command is not None and command not in CITIZEN_COMMANDS


def handle_former(session: Session, svc: Services, staff: Contact, message: Inbound, now: datetime) -> list[str]:
    """Tells a former staff member that their command was not recorded and whom to ask to be registered again."""
    from lapor.directory import region_readers

    verifiers = _named_people(region_readers(session, Role.VERIFIER, now))
    return [t("staff_former", verifiers=verifiers)]


def _handle_message(session: Session, svc: Services, staff: Contact, message: Inbound, now: datetime) -> list[str]:
    """Each command of the message in turn (see `handle`)."""
    if FORMATTING.search(message.body):
        message = replace(message, body=FORMATTING.sub("", message.body).strip())
    if (echoed := _echoed_notice(session, staff, message.body)) is not None:
        reference, own = echoed
        if not any(ch.isalpha() for ch in own):
            return [t("staff_echoed_notice", reference=reference)]
        # a notice copied with an answer typed under it: the answer, about the notice's complaint
        message = replace(message, body=own if reference == REFERENCE_PLACEHOLDER else f"{reference} {own}")
    if (answered := _batch_answered(session, svc, staff, message, now)) is not None:
        return answered
    parts = split_commands(message.body)
    if len(parts) == 1 and staff.role in OFFICER_ROLES:
        parts = numbered_clauses(message.body) or parts  # "no 1 sdh beres, no 2 msh dikerjakan"
    parts, doubled = acts_apart(parts) if len(parts) > 1 else (parts, {})
    asked = [t("staff_acts_mixed", reference=format_reference(number), said=" / ".join(
        f"«{excerpt(text, 60)}»" for text in said)) for number, said in doubled.items()]
    if not parts:
        return asked
    if len(parts) == 1:
        single = message if parts[0] == message.body else replace(message, body=parts[0])
        return _handle_part(session, svc, staff, single, now) + asked
    return _handle_parts(session, svc, staff, message, parts, now) + asked


def _handle_parts(session: Session, svc: Services, staff: Contact, message: Inbound, parts: list[str],
                  now: datetime) -> list[str]:
    """The replies to each command of a message that holds several, the attachments and the swipe with the first;
    the questions they ask wait together for one YA."""
    if not _starts_something(staff, message, parts[0], now):
        parts = parts[1:]  # "Izin lapor pak:" before the commands: nothing to act on
    replies, asked = [], []
    for index, part in enumerate(parts):
        single = replace(message, body=part) if index == 0 else replace(
            message, body=part, media=(), replied_to_sid="", button_payload="")
        replies += _handle_part(session, svc, staff, single, now)
        pending = (staff.conversation.data or {}).get(CONFIRM_KEY) if staff.conversation is not None else None
        if pending and pending not in asked:
            asked.append(pending)
    if asked:  # a later part's command does not drop the question an earlier part asked; one YA answers them all
        staff.conversation.data = {**staff.conversation.data, CONFIRM_KEY: {**asked[-1], "batch": asked}}
        if len(asked) > 1:
            replies.append(t("staff_confirm_all", count=len(asked)))
    return replies


def _batch_answered(session: Session, svc: Services, staff: Contact, message: Inbound,
                    now: datetime) -> list[str] | None:
    """The replies to YA or TIDAK answering the questions several parts of one message asked ("TL LPR-1 …?",
    "TL LPR-2 …?"): each is answered in turn; None when no such questions wait."""
    kept = (staff.conversation.data or {}).get(CONFIRM_KEY) if staff.conversation is not None else None
    typed = words(message.text)
    if not kept or len(kept.get("batch") or []) < 2 or message.replied_to_sid or not typed or len(
            typed) > CONFIRM_MAX_WORDS or not (typed[0] in NO_WORDS or set(typed) <= YES_WORDS
                                               or understanding.means_yes(message.text)):
        return None  # anything but a short YA or TIDAK (another command) is handled once, as ever
    replies = []
    for pending in kept["batch"]:
        staff.conversation.data = {**staff.conversation.data, CONFIRM_KEY: {**pending, "at": kept["at"]}}
        replies += _handle_part(session, svc, staff, message, now)
        if (staff.conversation.data or {}).get(CONFIRM_KEY):  # not a yes or a no: the questions stay as they were
            staff.conversation.data = {**staff.conversation.data, CONFIRM_KEY: kept}
            return replies
    return replies


def _handle_part(session: Session, svc: Services, staff: Contact, message: Inbound, now: datetime) -> list[str]:
    """One command of a message, unless a further one about another complaint is typed on inside its sentence."""
    if (inline := _inline_command(message.text)) is not None:
        return [t("staff_two_commands_inline", first=message.text[:inline].strip(),
                  second=message.text[inline:].strip())]
    from bot.staff import waiting, worded

    if (picked := waiting.picked(session, svc, staff, message, now)) is not None:
        return picked  # "teruskan ke dishub", "Laporan yang mana?", "2": asked about LPR-2
    if (again := worded.which_yes(session, svc, staff, message, now)) is not None:
        return again  # "Laporan yang mana?", "ya": which one is asked again, never thanked for and dropped
    if (dropped := worded.which_no(session, svc, staff, message, now)) is not None:
        return dropped  # "Laporan yang mana?", "gak jadi": the question is dropped, nothing recorded
    message = worded.which_answered(session, svc, staff, message, now)  # "2" after "Laporan yang mana?"
    return _handle_one(session, svc, staff, message, now)


def _starts_something(staff: Contact, message: Inbound, first: str, now: datetime) -> bool:
    """Whether the part before a message's commands is to be handled: a command, a reference, a swipe-reply's
    text, the text an earlier command waits for; not a preamble ("Izin lapor pak, update hari ini:")."""
    if message.replied_to_sid or read_command(first)[0] is not None:
        return True
    if split_reference(marked_reference(first), bare=False)[0] is not None or mentioned_reference(first) is not None:
        return True  # "Lapor pak\nLPR 1: sudah diukur …": a preamble line before the first complaint's words
    awaited = (staff.conversation.data or {}).get(TEXT_KEY) if staff.conversation is not None else None
    return bool(awaited) and datetime.fromisoformat(awaited["at"]) >= now - TEXT_LIFETIME


def _handle_one(session: Session, svc: Services, staff: Contact, message: Inbound, now: datetime) -> list[str]:
    """Handle one command (or message without one) from a staff number and return the replies."""
    command, rest = _read(message.text, staff.role)
    turn = StaffTurn(session, svc, staff, message, now, command or "", rest)
    waited = _waits(turn)
    if _where_asked(turn):  # "lpr 1 dikembalikan 2 dinas, enaknya ke mana ya": no KEMBALIKAN refused
        return turn.replies
    if command is None and not message.replied_to_sid and (filed := _filed_as_citizen(turn)) is not None:
        return filed
    if (answered := _confirmed(turn)) is not None or turn.replies:  # "YA", "TL", "tidak" to a question asked
        command = turn.command = answered or ""
    elif command is None and turn.staff.role in OFFICER_ROLES and _asks_more_time(turn):
        command = turn.command = ""  # "mohon perpanjangan waktu utk lpr 1": told what gives more time
    elif command is None:
        command = turn.command = _implied(turn) or _awaited_text(turn) or ""
    else:
        _remember(turn, TEXT_KEY, None)  # a new command: the text an earlier one waited for is not coming
        _remember(turn, CONFIRM_KEY, None)  # nor the answer to a question about an earlier one
        _remember(turn, STATUS_PICK_KEY, None)  # nor a pick from the list STATUS showed
        _remember(turn, SENT_KEY, None)  # nor more of a TL sent before it
    if not command or _delay_told(turn):  # an officer's "ditunda dulu ya": news of a delay, offered as TL
        return turn.replies if command else _still_waiting(turn, waited, _no_command(turn))
    command = turn.command = _asked_as_own_role(command, staff.role)
    spec = COMMANDS[command]
    if turn.role not in spec.roles:
        _refuse(turn, command, spec.roles, rest)
        return turn.replies
    several = _each_complaint(turn)
    if several is None:
        return turn.replies
    for rest in several:
        turn.rest = rest
        spec.run(turn)
    return turn.replies


# Commands whose word also asks for figures: "per opd" after it asks each agency's count (`bot.staff.counts`), for
# the roles it answers (a head: his own agency's count). An officer's or a head's DAFTAR stays their list.
COUNTED_INSTEAD = {"DAFTAR": QUEUE_ROLES, "REKAP": (*QUEUE_ROLES, Role.HEAD)}


def _read(text: str, role: str) -> tuple[str | None, str]:
    """The command a message names and its rest (`read_command`); none when its word asks for figures per agency
    and the staff member's `role` gets them ("data per skpd ada?", "rekap per opd bisa?": each agency's count,
    `bot.staff.counts`, not DAFTAR or REKAP)."""
    from bot.staff import counts

    command, rest = read_command(text)
    if role in COUNTED_INSTEAD.get(command, ()) and counts.per_agency_asked(text, set(words(text))):
        return None, text
    return command, rest


def _waits(turn: StaffTurn) -> tuple[dict | None, dict | None]:
    """The question (YA/TIDAK) and the command's missing text waiting for the staff member before this message."""
    return _remembered(turn, CONFIRM_KEY, CONFIRM_LIFETIME), _remembered(turn, TEXT_KEY, TEXT_LIFETIME)


def _still_waiting(turn: StaffTurn, waited: tuple[dict | None, dict | None], replies: list[str]) -> list[str]:
    """`replies` to a message with no command, with what still waits for the staff member when the message answered
    neither the question nor the text asked for (it got "tidak dikenali" or thanks and the question stayed unsaid)."""
    question, text = waited
    if question is not None and _remembered(turn, CONFIRM_KEY, CONFIRM_LIFETIME) == question:
        asked = excerpt(f"{question['command']} {question['rest']}".strip(), ECHO_CHARS)
        replies.append(t("staff_question_waiting", asked=asked))
    elif text is not None and _remembered(turn, TEXT_KEY, TEXT_LIFETIME) == text and (
            note := t("staff_text_waiting", command=text["command"], reference=format_reference(text["complaint"]))
    ) not in replies and not_taken_note(text["command"], format_reference(text["complaint"])) not in replies:
        replies.append(note)
    return replies


def _no_command(turn: StaffTurn) -> list[str]:
    """Replies to a message that carries no command: photos are held for the next one, work said done in other
    words is asked about, anything else gets what to type (unless something was said already)."""
    if not turn.replies and (_held_answered(turn) or _swiped_tl_refused(turn)  # "TIDAK" after a swiped TL
                             or office_only(turn)):  # "…, jangan disampaikan ke warga dulu", "Pak Eko tolong …"
        pass
    elif not turn.replies and turn.staff.role in OFFICER_ROLES and (final := _sounds_final(turn)):
        _ask_final(turn, *final)
    elif not turn.replies and turn.staff.role in OFFICER_ROLES and (disputed := _sounds_not_ours(turn)):
        number, text = disputed
        _ask_to_confirm(turn, "KEMBALIKAN", f"{format_reference(number)} {text}", "staff_confirm_return",
                        reference=format_reference(number), text=excerpt(text, 300))
    elif not turn.replies and turn.staff.role in VERIFIER_ROLES and (  # "lpr 2 sdh": what a verifier's done means
            _forward_taken_back(turn) or withdrawal_said(turn)  # "tidak" after TERUSKAN; "LPR-1 salah kirim"
            or _verifier_said_done(turn) or _verifier_act_asked(turn)
            or _forward_corrected(turn)  # "eh salah, harusnya dishub": moving it there asked
            or verified.valid_said(turn) or verified.merge_said(turn)):  # "LPR-1 valid", "ini sama dengan …"
        pass
    elif not turn.replies and handed_in_words(turn):  # a head's "lpr 1 dipegang sari": ALIHKAN asked
        pass
    elif not turn.replies and _holders_asked(turn):
        pass
    elif not turn.replies and handover.officer_stands_in(turn):  # "kadis lagi cuti, sy yg handle ya pak"
        pass
    elif not turn.replies and turn.staff.role in OFFICER_ROLES + VERIFIER_ROLES and _not_yet_said(turn):
        pass  # "lpr 2 blm", "…, lpr 2 belum"
    elif (not turn.replies and not _said_in_passing(turn) and not _continues_sent(turn)  # a TL's next bubble
          and not _progress_offered(turn) and not _not_held(turn)):  # work: offered as TL
        turn.say("staff_unknown", hint=_hint(turn))
    return turn.replies


SINGLE_COMPLAINT = UNREFERENCED | {"GABUNG"}  # GABUNG's second reference is the parent, not another complaint


# "teruskan no 1 ke dishub & laporan 2 ke dinkes": a joiner before another marked reference starts its own part.
NEXT_COMPLAINT = re.compile(r"\s*(?:[,;&+/]|\b(?:dan|serta|lalu|terus)\b)\s*"
                            r"(?=(?:lpr|#|no\b|nomor|laporan)\s*[-–—.:#]?\s*\d)"
                            r"|\s+(?=(?:lpr\s*[-–—.:#]?\s*|#\s*)\d)", re.IGNORECASE)  # "… dlh lpr2 pupr": written


def _each_with_agencies(rest: str) -> list[str] | None:
    """TERUSKAN's rest split per complaint when each names its own agencies; None when they share them."""
    parts = [marked_reference(part) for part in NEXT_COMPLAINT.split(rest)]
    if len(parts) < 2:
        return None
    split = [split_reference(part) for part in parts]
    if not all(number is not None and text.strip() for number, text in split):
        return None
    return parts


# "SELESAI LPR 1 & 2: …": a bare number joined to the reference may be another complaint or the text's start.
BARE_JOINED = re.compile(r"^\s*(?:[&+/]|\b(?:dan|serta)\b)\s*(\d{1,9})\b", re.IGNORECASE)


def _each_complaint(turn: StaffTurn) -> list[str] | None:
    """The command's rest once per complaint it names: after its first reference, more marked ones (`LPR-3`, `#3`,
    `no 3`) share the text that follows them. A bare number joined to them (`LPR-1 & 2 …`) is asked about (None):
    guessed wrong, a half-sentence would reach a citizen or the other complaint would stay unanswered."""
    number, text = split_reference(turn.rest)
    if number is None or turn.command in SINGLE_COMPLAINT:
        return [turn.rest]
    if turn.command == "TERUSKAN" and (each := _each_with_agencies(turn.rest)):
        return each
    numbers = [number]
    while True:
        more, after = split_reference(marked_reference(REFERENCE_JOINER.sub("", text, count=1)), bare=False)
        if more is None:
            break
        numbers.append(more)
        text = after
    bare = BARE_JOINED.match(text)
    if bare is not None:
        both = " ".join(format_reference(n) for n in [*numbers, int(bare.group(1))])
        turn.say("staff_several_bare", command=turn.command, references=both,
                 text=excerpt(text[bare.end():].lstrip(REFERENCE_PUNCTUATION), ECHO_CHARS) or "…")
        return None
    if len(numbers) == 1:
        return [turn.rest]
    return [f"{format_reference(n)} {text}".strip() for n in dict.fromkeys(numbers)]


def _forward_instead(turn: StaffTurn, awaited: dict) -> bool:
    """Whether a verifier asked for a TUNDA's question or an ARSIPKAN's reason forwards the complaint instead ("lpr 2
    ke pupr, tolong cepat" reached the citizen as the question): the text is no longer awaited."""
    from bot.staff import worded
    from bot.staff.verifier_words import _sounds_forwarded
    from bot.staff.waiting import ask_forward_of, forward_named

    if turn.staff.role not in VERIFIER_ROLES or awaited["command"] not in {"TUNDA", "ARSIPKAN"}:
        return False
    if (named := forward_named(turn)) is not None:  # "ok ke pupr": no number, the complaint awaiting the text
        _remember(turn, TEXT_KEY, None)
        return ask_forward_of(turn, awaited["complaint"], named) or True
    if not (_sounds_forwarded(turn) or worded.forward_said(turn)):
        return False
    _remember(turn, TEXT_KEY, None)
    return True


def _awaited_text(turn: StaffTurn) -> str | None:
    """The command an earlier message named without its text, when this message (no command, no swipe, more than an
    acknowledgement) is that text; it is then used up."""
    awaited = _remembered(turn, TEXT_KEY, TEXT_LIFETIME)
    text = turn.message.text
    if (awaited is None or turn.replies or turn.message.replied_to_sid or not any(ch.isalpha() for ch in text)
            or only_acknowledges(text)):
        return None
    misrouted = awaited["command"] == "KEMBALIKAN" and _disputes(turn, text)  # "salah kirim, ini urusan dinsos"
    if (CALL_OFF.match(normalize(text)) or mistake_said(text)) and not misrouted:
        _remember(turn, TEXT_KEY, None)
        turn.say("staff_awaited_called_off", command=awaited["command"],
                 reference=format_reference(awaited["complaint"]))
        return None
    number, rest = split_reference(marked_reference(text), bare=False)
    numbers = awaited.get("complaints") or [awaited["complaint"]]
    if number not in (None, *numbers) or set(numbers_named(text)) - set(numbers) or _forward_instead(turn, awaited):
        return None  # about another complaint ("lpr 1 sama lpr 2 sudah"), a forward: not the text awaited
    given = rest if number is not None else text
    if not misrouted and not_the_text(awaited["command"], given):  # "siapa pelapornya", "bentar", "hmm": kept waiting
        turn.replies.append(not_taken_note(awaited["command"], format_reference(awaited["complaint"])))
        return ""
    _remember(turn, TEXT_KEY, None)
    named = " ".join(format_reference(n) for n in numbers)
    if question_unclear(awaited["command"], given):  # "lokasinya": sent to the citizen only after YA
        reference = format_reference(awaited["complaint"])
        _ask_to_confirm(turn, awaited["command"], f"{named} {given}", "staff_confirm_text", asked=awaited["command"],
                        reference=reference, text=excerpt(given.strip(), 300))
        return ""
    turn.rest = f"{named} {given}"
    return awaited["command"]
