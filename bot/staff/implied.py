"""The command a message without a command word means: words swiped onto a notice (progress, a correction, another
complaint, a digest or a reminder about several), a number picking from a list, being back at work, a question.
"""

from __future__ import annotations

from dataclasses import replace

from bot import handover
from bot.commands import pick_numbers, words
from bot.messages import REFERENCE_PLACEHOLDER, and_list, excerpt, received, t
from bot.progress import QUESTION_LEADS, is_question, says_done, sounds_like_progress, staff_words
from bot.promised import promise_example, promises_no_day
from bot.staff.citizen_text import _citizens_words, _for_the_citizen, _unaddressed, without_closing_address
from bot.staff.confirm import CONFIRM_KEY, CONFIRM_LIFETIME, _ask_to_confirm
from bot.staff.held import _from_reporter, _hold_media
from bot.staff.hints import acknowledged, promise_said
from bot.staff.leader_words import _leader_swiped
from bot.staff.leave import ALREADY, BACK_AT_WORK, BACK_MAX_WORDS, _back_from_leave, hands_over_on_leave
from bot.staff.office_talk import CORRECTION, CORRECTION_MAX_WORDS, _for_a_colleague, only_acknowledges
from bot.staff.officer_words import _ask_final, _asks_it_done, _disputes
from bot.staff.questions import _asked, _told_reporter
from bot.staff.reading import _more_to_come, _named_inside, _percent_told, read_command
from bot.staff.status import _status_picked
from bot.staff.swiped import _readers_instead, _swiped_batch, _swiped_disposition, _swiped_purpose
from bot.staff.turn import LEADER_ROLES, VERIFIER_ROLES, StaffTurn, _named_people, _remember, _remembered
from bot.staff.verifier import _pending_pick
from bot.staff.vocabulary import DIGIT, NOT_WORDS, asked_in_standard_words
from lapor import complaints
from lapor.media import kind_counts
from lapor.references import (
    MENTIONED,
    format_reference,
    marked_reference,
    mentioned_reference,
    numbers_named,
    reference_last,
    split_reference,
)
from models import Complaint, Contact
from models.vocab import Purpose, Role


def _implied(turn: StaffTurn) -> str | None:
    """The command a message without a command word means: a photo or a text swiped onto a notice about one of the
    agency's open dispositions is progress (TL); a bare number picks from the agency list last shown to a
    verifier; a greeting asks for help, and so on (`_asked`). None (after saying why, when it is worth saying)
    for anything else."""
    message, text = turn.message, turn.message.text
    if message.replied_to_sid and message.kept_media and (_voice_swiped(turn) or not text) and not (
            not turn.replies and _swiped_batch(turn)):  # a reminder about several: held, and asked which
        turn.rest = ""  # a photo swiped onto a notice: progress with a picture; a voice note was asked about
        return None if turn.replies else "TL"
    if _told_reporter(turn):  # "siapa nama pelapornya?": never progress for the citizen, never "who holds it"
        return None
    if message.replied_to_sid and _swiped_purpose(turn) == Purpose.DIGEST:
        return _swiped_onto_digest(turn)
    swiped, purpose = _swiped_disposition(turn)
    if swiped is not None and text.strip():
        return _swiped_progress(turn, swiped, purpose)
    if turn.staff.role in LEADER_ROLES and text.strip() and _leader_swiped(turn):
        return None
    several = _swiped_batch(turn)
    if several and text.strip():
        return _swiped_onto_several(turn, several)
    pending = _pending_pick(turn) if turn.staff.role in VERIFIER_ROLES else None
    if pending is not None and pick_numbers(text) is not None:
        turn.rest = f"LPR-{pending['complaint']} {text}"
        return "TERUSKAN"
    if (picked := _status_picked(turn, text)) is not None:
        return picked
    if (back := _back_said(turn, text)) is not None:
        return back
    return None if message.kept_media else _asked(turn, asked_in_standard_words(text))


def _back_said(turn: StaffTurn, text: str) -> str | None:
    """CUTI ending the leave of the staff member ("sy sudah masuk kembali") or of a colleague a head names ("budi sdh
    masuk lagi"), or asking the last day of the leave the staff member says they are on, handing over to a colleague
    ("maaf pak sy lagi cuti, tolong ke rekan sy"), with its words in `turn.rest`; None for anything else."""
    if hands_over_on_leave(text):
        turn.rest = "saya"
        return "CUTI"
    if _back_from_leave(turn, text):
        turn.rest = "SAYA SELESAI"
        return "CUTI"
    if (back := _colleague_back(turn, text)) is not None:
        turn.rest = f"{back.phone} SELESAI"
        return "CUTI"
    return None


def _swiped_onto_digest(turn: StaffTurn) -> str | None:
    """Words swiped onto a digest, which is about no one complaint and goes to no one: a question or a command of
    their own is read as if typed alone ("lpr 1 gimana?"); an acknowledgement is thanked; anything else (a head's
    "tolong segera ditindaklanjuti") is said to reach no one, with the officers at work and DAFTAR."""
    turn.message = replace(turn.message, replied_to_sid=None)
    text = turn.message.text
    if mentioned_reference(text) is not None or is_question(text) or read_command(text)[0] is not None:
        return _implied(turn)
    if only_acknowledges(text):
        acknowledged(turn)
        return None
    from lapor.directory import present_staff

    officers = present_staff(turn.session, turn.staff.agency_id, turn.now) if turn.staff.agency_id else []
    turn.say("staff_swipe_digest", officers=t("staff_swipe_digest_officers", names=_named_people(officers))
             if officers else "")
    return None


def _swiped_onto_several(turn: StaffTurn, several: list[str]) -> str | None:
    """Words swiped onto a reminder about several complaints: read as if typed alone when they name one of them
    ("lpr 1 otw pak"); with a photo, held with them (`_hold_media` asks which); else which one is asked."""
    if _names_one_of(turn.message.text, several):
        turn.message = replace(turn.message, replied_to_sid=None)
        return _implied(turn)
    if not turn.message.kept_media and (officers := _officers_nudged(turn, several)):
        turn.say("staff_swipe_head_reminder_batch", references=and_list(several), reference=several[0],
                 officers=officers)  # a head's "tolong segera ya": for the officers, not the citizens
        return None
    if not turn.message.kept_media:
        turn.say("staff_swiped_batch", references=and_list(several), reference=several[0])
    return None


def _officers_nudged(turn: StaffTurn, references: list[str]) -> str:
    """For a head's words swiped onto a reminder about several complaints that tell no work of their own ("tolong
    segera ya dik"): the officers at work on them, named with their numbers; "" otherwise."""
    if turn.role != Role.HEAD or sounds_like_progress(turn.message.text):
        return ""
    found = [complaints.by_number(turn.session, split_reference(r)[0]) for r in references]
    named = [_readers_instead(turn, c, Purpose.REMINDER) for c in found if c is not None]
    return ", ".join(dict.fromkeys(n for line in named for n in line.split(", ") if n))


def _names_one_of(text: str, references: list[str]) -> bool:
    """Whether words swiped onto a reminder about several complaints name one of them, first or last ("lpr 1 otw
    pak", "sudah kami cek lpr 2"): they are read as if typed without the swipe."""
    number = split_reference(marked_reference(text.strip()), bare=False)[0]
    if number is None:
        number = (reference_last(text) or (None, ""))[0]
    return number is not None and format_reference(number) in references


def _voice_swiped(turn: StaffTurn) -> bool:
    """Whether an officer swiped a voice note onto a notice about one of the agency's open dispositions: it is kept
    with the question whether it goes to the citizen as TL (YA sends it), as a voice note may hold talk meant for
    the office; TIDAK drops it."""
    if not any(m.content_type.startswith("audio/") for m in turn.message.kept_media):
        return False
    swiped, _ = _swiped_disposition(turn)
    if swiped is None:
        return False
    media = [{"url": m.url, "content_type": m.content_type} for m in turn.message.kept_media]
    text = _unaddressed(turn.message.text).strip()
    _ask_to_confirm(turn, "TL", f"{swiped.reference} {text}", "staff_confirm_voice", media=media,
                    reference=swiped.reference, received=received(kind_counts(m["content_type"] for m in media)))
    return True


_BACK_ALREADY_AGAIN = BACK_AT_WORK | ALREADY | {"lagi", "lg"}


def _colleague_back(turn: StaffTurn, text: str) -> Contact | None:
    """The officer on leave a head says is back at work ("dewi sdh masuk lagi"), or None."""
    typed = words(text)
    if (turn.staff.role != Role.HEAD or len(typed) > BACK_MAX_WORDS or not set(typed) & BACK_AT_WORK
            or not set(typed) & ALREADY or set(typed) & NOT_WORDS or DIGIT.search(text)):
        return None
    named = " ".join(w for w in typed if w not in _BACK_ALREADY_AGAIN)
    person = handover._agency_member(turn, named)
    return person if person is not None and person.on_leave(turn.now) and person.phone else None


def _only_thanks(turn: StaffTurn, swiped: Complaint, text: str) -> bool:
    """Whether words swiped onto a notice only acknowledge it, or promise to act with no day said ("akan
    ditangani": no news for the citizen yet, told how to send it with one); answered so when they do."""
    if not only_acknowledges(text):
        return False
    if promises_no_day(text):
        turn.say("staff_promise_undated", reference=swiped.reference, text=promise_example(promise_said(text)))
    else:
        turn.say("staff_swipe_ack", reference=swiped.reference)
    return True


def _swiped_progress(turn: StaffTurn, swiped: Complaint, purpose: str | None) -> str | None:
    """A text swiped onto a notice about one of the agency's open dispositions is progress (TL), unless it only
    acknowledges, disputes the disposition, or is a head's word to the officers a reminder chases."""
    text = turn.message.text
    if (aside := _swiped_aside(turn, swiped)) is not None:
        return aside or None
    if not turn.message.kept_media and _only_thanks(turn, swiped, text):
        return None
    if turn.message.kept_media and _from_reporter(text):  # "ini foto dr pelapor pak": held, the note kept back
        _hold_media(turn, swiped.number)
        return None
    if _disputes(turn, text):  # nothing for the citizen: the verifier should hear it, with KEMBALIKAN
        _ask_to_confirm(turn, "KEMBALIKAN", f"{swiped.reference} {text}", "staff_confirm_return",
                        reference=swiped.reference, text=excerpt(text, 300))
        return None
    if _for_a_colleague(text):  # "pak tolong infokan ke tim lapangan ya": staff talk, not news for the citizen
        turn.say("staff_swipe_colleague", reference=swiped.reference, text=excerpt(text, 300))
        return None
    if _not_for_the_citizen(turn, swiped):
        return None
    readers = "" if sounds_like_progress(text) else _readers_instead(turn, swiped, purpose)  # the head's own work
    if readers:  # a head nudging the officers a reminder chased, not an answer for the citizen
        turn.say("staff_swipe_head_reminder", reference=swiped.reference, officers=readers)
        return None
    if _asks_something(text):  # "lokasinya persisnya dimana pak?", "ini di kecamatan mana ya": for INFO
        _ask_to_confirm(turn, "INFO", f"{swiped.reference} {text}", "staff_confirm_info", reference=swiped.reference,
                        text=excerpt(without_closing_address(text, to_citizen=True), 300))  # as INFO will send it
        return None
    typed = words(text)
    if says_done(staff_words(text)) and not _more_to_come(text) and not _asks_it_done(typed):  # "sampun dipun
        _ask_final(turn, swiped.number, _unaddressed(text),  # resiki", "sdh kami angkut semua"
                   [{"url": m.url, "content_type": m.content_type} for m in turn.message.kept_media])
        return None
    turn.rest, turn.implied = _percent_told(_citizens_words(_for_the_citizen(text))), True  # "nggih pak, sampun
    # kulo tampi. …"; "75%": "Progres 75%"
    return "TL"


# A question without its mark, its question word last before the address ("ini lokasinya di kecamatan mana ya")
QUESTION_LAST = {"mana", "dimana", "mn", "apa", "kapan", "kpn", "berapa", "brp", "siapa", "gimana", "bagaimana",
                 "gmn", "sebelah"}
TAG_WORDS = {"ya", "yaa", "pak", "bu", "mas", "mbak", "kak", "nggih", "njih", "ndan", "min", "nih", "sih", "tuh"}
# Asking a colleague named ("mbak sari tolong dicek"), or saying one is away ("sy sedang cuti, mohon dialihkan")
ASKING_COLLEAGUE = {"tolong", "tlg", "coba", "cb", "mohon", "mhn", "minta", "bantu", "dibantu", "suruh"}
SELF = {"saya", "sy", "aku", "aq", "kulo", "abdi", "gw", "gue"}
AWAY = {"cuti", "sakit", "libur", "izin", "ijin", "dinas", "dl", "diklat", "alihkan", "dialihkan"}


def _asks_something(text: str) -> bool:
    """Whether swiped words ask a question: its mark, a question word first or last before the address."""
    return "?" in text or (words(text) or [""])[0] in QUESTION_LEADS or _asks_last(text)


def _asks_last(text: str) -> bool:
    """Whether a text ends with a question word before tag words only."""
    typed = [w for w in words(text) if w not in TAG_WORDS]
    return bool(typed) and typed[-1] in QUESTION_LAST


def _not_for_the_citizen(turn: StaffTurn, swiped: Complaint) -> bool:
    """Words swiped onto a notice that ask a colleague by name ("mbak sari tolong dicek", "mas eko udah ngerjain
    blm?": it was offered as INFO), or say the officer is away and ask for it to go to someone else ("sy sedang
    cuti, mohon dialihkan ke rekan"), reach no citizen (they were sent as the TL): the staff member is told so and
    what to send. False for anything else."""
    text = turn.message.text
    typed = set(words(text))
    if (typed & ASKING_COLLEAGUE or _asks_something(text)) and (  # "mas eko udah ngerjain blm?": not for INFO
            hint := handover.colleague_hint(turn, swiped.reference)) is not None:
        turn.say("staff_unknown", hint=hint)
        return True
    if typed & SELF and typed & AWAY and not sounds_like_progress(text):
        turn.say("staff_swipe_away", reference=swiped.reference)
        return True
    return False


def _swiped_aside(turn: StaffTurn, swiped: Complaint) -> str | None:
    """For words swiped onto the notice of one complaint that are not about it: a correction ("maaf salah, itu utk
    lpr 2") records nothing and calls off a question about it ("" returned); words naming another complaint ("lpr 2
    sdh kami tambal") are read as if typed without the swipe (the command they mean returned). None otherwise."""
    text = turn.message.text
    if CORRECTION.search(text) and len(words(text)) <= CORRECTION_MAX_WORDS and not turn.message.kept_media:
        pending = _remembered(turn, CONFIRM_KEY, CONFIRM_LIFETIME)
        if pending and split_reference(pending["rest"])[0] == swiped.number:
            _remember(turn, CONFIRM_KEY, None)
        other = _named_inside(text)
        turn.say("staff_swipe_correction", reference=swiped.reference,
                 other=format_reference(other[0]) if other and other[0] != swiped.number else REFERENCE_PLACEHOLDER)
        return ""
    named = split_reference(marked_reference(text.strip()), bare=False)[0] or (reference_last(text) or (None,))[0]
    if named is None:
        found = MENTIONED.search(text)
        named = int(found.group(1)) if found else None
    if named == swiped.number:  # "lpr 1 sama lpr 2 sudah" onto LPR-1's: both, as typed
        named = next((n for n in numbers_named(text) if n != swiped.number), None)
    if named is None:
        return None
    turn.message = replace(turn.message, replied_to_sid=None)
    return _implied(turn) or ""
