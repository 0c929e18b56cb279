"""Photos (and voice notes) an officer sends without a command: held for the TL or SELESAI that names their
complaint, and the short answers that name it.
"""

from __future__ import annotations

from datetime import timedelta

from bot.commands import words
from bot.conversation import understanding
from bot.messages import and_list, excerpt, received, t
from bot.progress import DONE_MARKERS, DONE_WORDS, is_question, sounds_like_progress
from bot.staff.citizen_text import points_at_photo, says_nothing
from bot.staff.finding import _own_open
from bot.staff.office_talk import REPORTER_WORDS
from bot.staff.reading import MORE_TO_COME, WRITTEN_REFERENCE, _named_inside
from bot.staff.swiped import _swiped_batch
from bot.staff.turn import ECHO_CHARS, LIST_ITEMS, OFFICER_ROLES, StaffTurn, _remember, _remembered
from bot.staff.vocabulary import CONFIRM_MAX_WORDS, COURTESY, YES_WORDS
from lapor import complaints
from lapor.media import kind_counts
from lapor.references import format_reference, marked_reference, split_reference
from models import Complaint

# Photos an officer sends without a command wait this long for the TL or SELESAI that names their complaint.
HELD_KEY, HELD_LIFETIME = "staff_held_media", timedelta(minutes=30)
HELD_NAMED = timedelta(days=1)  # photos held longer ago than this are not named by an answer that came too late


def _hold_media(turn: StaffTurn, swiped: int | None = None, caption: bool = True) -> None:
    """Photos without a command: an officer's are kept for the TL or SELESAI that names their complaint (the
    `swiped` one, or one their caption opens with; more photos join them); anyone else is told that photos go with
    a command."""
    if turn.staff.role not in OFFICER_ROLES:
        turn.say("staff_media_without_command")
        return
    held = _remembered(turn, HELD_KEY, HELD_LIFETIME)
    media = ((held or {}).get("media", []) + turn.media)[:complaints.MAX_PHOTOS]
    # A caption that opens with a reference ("lpr 1 sudah diangkut") names the complaint: kept without it.
    number, typed = split_reference(marked_reference(turn.message.text.strip()), bare=False)
    number = next((n for n in (swiped, number, (held or {}).get("complaint")) if n is not None), None)
    from_reporter = _from_reporter(typed)  # "foto kiriman pelapor lewat wa pribadi sy": a note for the office
    kept = "" if from_reporter or points_at_photo(typed) or not caption else typed.strip()  # "ini pak": none
    caption = " ".join(filter(None, ((held or {}).get("text", ""), kept)))
    _remember(turn, HELD_KEY, {"media": media, "text": caption[:2000], "complaint": number, "at": turn.now.isoformat()})
    kinds = received(kind_counts(m["content_type"] for m in media))
    minutes = int(HELD_LIFETIME.total_seconds() // 60)
    if number is None and (asked := _asked_about_one(turn)) is not None:  # "…, ini fotonya" asked about, then the
        # photo: it goes with that answer on YA (the question holds it), never asked which complaint it is for
        turn.say("staff_media_held_asked", received=kinds, command=asked[0], reference=asked[1])
        return
    if number is None:  # the officer's only open disposition is named in the reply (kept for any, as ever)
        count, rows = _own_open(turn)
        number = rows[0].complaint.number if len(rows) == 1 and count <= LIST_ITEMS else None
    if number is not None:
        said = t("staff_media_held_caption", text=excerpt(caption, ECHO_CHARS)) if caption else ""
        said += t("staff_media_from_reporter") if from_reporter else ""
        turn.say("staff_media_held_for", received=kinds, reference=format_reference(number), minutes=minutes,
                 caption=said)
        return
    if several := _swiped_batch(turn):  # swiped onto a reminder about several complaints: which one
        turn.say("staff_media_held_batch", received=kinds, minutes=minutes, references=and_list(several),
                 reference=several[0])
        return
    turn.say("staff_media_held_more" if held else "staff_media_held", received=kinds, minutes=minutes)


def _asked_about_one(turn: StaffTurn) -> tuple[str, str] | None:
    """The TL or SELESAI and the one complaint the officer was just asked about (a question still open, about no
    other complaint), whose YA sends the photos held; None when there is none."""
    from bot.staff.confirm import CONFIRM_KEY, CONFIRM_LIFETIME

    pending = _remembered(turn, CONFIRM_KEY, CONFIRM_LIFETIME)
    if not pending or pending.get("batch") or pending.get("command") not in ASKED_WITH_MEDIA:
        return None
    number, rest = split_reference(pending.get("rest", ""))
    if number is None or split_reference(rest, bare=False)[0] is not None:  # "LPR-1 LPR-2 …": which one
        return None
    return pending["command"], format_reference(number)


ASKED_WITH_MEDIA = {"TL", "SELESAI"}


FROM_WORDS = {"kiriman", "dari", "dr", "dikirim", "dikirimkan", "kirim", "ngirim", "fwd", "forward", "terusan",
              "diteruskan", "japri", "pribadi"}


def _from_reporter(caption: str) -> bool:
    """Whether a held photo's caption says the reporter sent it ("foto kiriman pelapor", "ini dari warga yg lapor"):
    a note for the office, never the text of the TL that would send the photo back to them."""
    typed = set(words(caption))
    return bool(typed & REPORTER_WORDS and typed & FROM_WORDS)


def _expired_media(turn: StaffTurn, expired: dict | None, complaint: Complaint) -> str:
    """A line for an answer that came after the photos held for it had expired (they did not go with it: said
    once, then forgotten), "" otherwise."""
    if not expired or expired.get("complaint") not in (None, complaint.number):
        return ""
    _remember(turn, HELD_KEY, None)
    kinds = received(kind_counts(m["content_type"] for m in expired.get("media", [])))
    return " " + t("staff_media_held_expired", received=kinds, reference=complaint.reference,
                   minutes=int(HELD_LIFETIME.total_seconds() // 60))


def _held_answered(turn: StaffTurn) -> bool:
    """Holds photos sent without a command, or answers about those held: a reference alone names them ("lpr 2"),
    and so do words of one complaint's description ("yg di pasar"); words that only point at them ("ini bu") get
    the question again."""
    if turn.message.kept_media:
        _hold_media(turn)
    elif (named := _names_held(turn)) is not None:
        _hold_media(turn, named, caption=False)
    elif _yes_to_held(turn):
        _hold_media(turn, caption=False)
    elif (described := _held_described(turn)) is not None:
        _hold_media(turn, described or None, caption=False)
    return bool(turn.replies)


HELD_NAMING_MAX_WORDS = 6  # "yg di pasar", "yg terminal lama bu": an answer to "untuk laporan yang mana?"


def _held_described(turn: StaffTurn) -> int | None:
    """For photos held without their complaint, a short message that names one of the officer's open dispositions
    by a word of its description ("yg di pasar"): its number; 0 for words that only point at the photos ("ini bu");
    None for anything else."""
    held = _remembered(turn, HELD_KEY, HELD_LIFETIME)
    text = turn.message.text
    if (held is None or held.get("complaint") is not None or turn.staff.role not in OFFICER_ROLES
            or len(words(text)) > HELD_NAMING_MAX_WORDS or is_question(text) or turn.message.replied_to_sid):
        return None
    if points_at_photo(text):
        return 0
    if WRITTEN_REFERENCE.search(text) and sounds_like_progress(text):
        return None  # "lpr 2 tps terminal sampun resik": its answer, not words naming the photos
    typed = {w for w in words(text) if len(w) >= 4} - DONE_WORDS - DONE_MARKERS - COURTESY - MORE_TO_COME
    rows = _own_open(turn)[1]
    named = [row.complaint.number for row in rows if typed & set(words(row.complaint.description))]
    return named[0] if len(named) == 1 else None


HELD_FOR = {"utk", "untuk", "buat", "bwt", "kanggo", "kagem", "keur", "kaangguy", "yg", "yang", "niku", "kuwi", "eta"}


def _names_held(turn: StaffTurn) -> int | None:
    """The complaint a message that is only a reference names ("lpr 2", "itu utk lpr 2", "niku kanggo lpr 1 pak")
    while photos or a voice note wait for theirs; None for any other message."""
    if turn.staff.role not in OFFICER_ROLES or _remembered(turn, HELD_KEY, HELD_LIFETIME) is None:
        return None
    found = _named_inside(turn.message.text.strip())
    if found is None or not says_nothing(" ".join(w for w in words(found[1]) if w not in HELD_FOR)):
        return None
    return found[0]


def _yes_to_held(turn: StaffTurn) -> bool:
    """Whether a short yes answers the reply about photos held for one complaint ("Balas TL LPR-1 bila ini kemajuan,
    atau SELESAI LPR-1 …"), which asked TL or SELESAI: it is asked again."""
    held = _remembered(turn, HELD_KEY, HELD_LIFETIME)
    typed = words(turn.message.text)
    return (turn.staff.role in OFFICER_ROLES and held is not None and held.get("complaint") is not None
            and 0 < len(typed) <= CONFIRM_MAX_WORDS and not turn.message.replied_to_sid
            and (set(typed) <= YES_WORDS or understanding.means_yes(turn.message.text)))
