"""A verifier's verdict in short words: a complaint said valid ("LPR-1 valid", "lpr 1 sdh valid", "valid lpr 2") is
asked to be forwarded to its first suggested agency; a duplicate said without its parent ("gabung aja sama yg
kemarin", "ini sama dengan laporan kemarin", "lpr 2 dobel") is shown its likely parents (`lapor.duplicates`).
"""

from __future__ import annotations

import re

from bot.commands import words
from bot.messages import excerpt, t
from bot.progress import is_question
from bot.staff.confirm import _ask_to_confirm
from bot.staff.turn import VERIFIER_ROLES, StaffTurn
from bot.staff.vocabulary import DIGIT
from lapor import complaints
from lapor.references import MENTIONED, marked_reference, numbers_named, split_reference
from lapor.routing_store import shown_suggestions
from models import Complaint
from models.vocab import ComplaintStatus

# Words that pass a complaint in verification ("valid", "acc", "sdh diverifikasi", "verified")
VALID_WORDS = {"valid", "vallid", "falid", "acc", "approve", "approved", "verified", "terverifikasi", "diverifikasi",
               "diverif", "terverif", "lolos"}
# ... and what goes with them: done, courtesy, "lanjut", "bisa diproses"
VALID_AROUND = VALID_WORDS | {"sdh", "sudah", "udah", "udh", "dah", "ok", "oke", "ya", "yaa", "pak", "bu", "min",
                              "ndan", "silakan", "lanjut", "lanjutkan", "diproses", "proses", "bisa", "dan", "ini",
                              "aja", "saja", "sj", "nggih", "njih", "mas", "mbak", "verifikasi", "lpr", "laporan",
                              "no", "nomor", "data", "datanya", "tolong", "mohon", "siap", "betul", "benar"}
NOT_VALID = {"tidak", "tdk", "gak", "ga", "gk", "nggak", "ngga", "enggak", "bukan", "bkn", "belum", "blm", "kurang",
             "krg", "invalid", "mboten", "dereng", "durung"}
VALID_MAX_WORDS = 10
FORWARD_TAIL = re.compile(r"\b(?:ke|kpd|kepada)\b", re.IGNORECASE)


def valid_said(turn: StaffTurn) -> bool:
    """A verifier's short message naming one complaint as valid, with no other words: the forward to its first
    suggested agency is asked (YA forwards it), or, with none suggested, where to (TERUSKAN). A complaint already
    forwarded or closed is said so. False for anything else (not valid, a question, a longer sentence)."""
    text = turn.message.text
    typed = words(text)
    if (turn.staff.role not in VERIFIER_ROLES or len(typed) > VALID_MAX_WORDS or not set(typed) & VALID_WORDS
            or set(typed) & NOT_VALID or is_question(text) or FORWARD_TAIL.search(text)):
        return False  # "valid lpr 2 ke dlh": the forward said, read by the verifier's forward words
    numbers = numbers_named(text) or _leading_number(text)
    if len(numbers) != 1 or not {w for w in typed if not DIGIT.search(w)} <= VALID_AROUND:  # "lpr2", "no.2"
        return False
    complaint = complaints.by_number(turn.session, numbers[0])
    if complaint is None:
        return False
    if complaint.status != ComplaintStatus.NEW:
        from bot.staff.verifier_words import _verifier_done_status

        _verifier_done_status(turn, complaint)
        return True
    first = [s for s in shown_suggestions(complaint)[:1] if not s.get("returned")]
    if not first:
        turn.say("verifier_valid_where", reference=complaint.reference, title=excerpt(complaint.title, 60))
        return True
    _ask_to_confirm(turn, "TERUSKAN", f"{complaint.reference} {first[0]['code']}", "verifier_confirm_valid",
                    reference=complaint.reference, title=excerpt(complaint.title, 60), agency=first[0]["code"],
                    score=f"{first[0]['score']:.0%}")
    return True


def _leading_number(text: str) -> list[int]:
    number, _ = split_reference(marked_reference(text.strip()), bare=False)
    return [number] if number is not None else []


# A duplicate said without its parent's number: "ini sama dengan laporan kemarin", "sama kaya yg tadi pagi",
# Javanese "podo karo sing wingi", Sundanese "sarua jeung nu kamari"; or a merge word alone ("dobel", "lpr 2 dobel").
SAME_WORDS = {"sama", "mirip", "serupa", "persis", "podo", "padha", "sami", "sarua"}
EARLIER_WORDS = {"kemarin", "kmrn", "kemaren", "kmarin", "sebelumnya", "sblmnya", "sebelum", "tadi", "td", "lalu",
                 "lama", "duluan", "pertama", "wingi", "kamari", "kapungkur", "rumiyin", "sblm"}
LINKING_WORDS = {"dengan", "dgn", "dg", "kayak", "kyk", "kaya", "kek", "spt", "seperti", "sm", "ama", "karo", "kalih",
                 "jeung", "sing", "ingkang", "nu", "yg", "yang", "laporan", "lap", "aduan", "pengaduan", "laporane",
                 "ini", "itu", "aja", "saja", "sj", "aj", "persis", "pagi", "siang", "sore", "hari", "minggu",
                 "warga", "lainnya", "lain", "punya"}
MERGE_SAID = {"gabung", "gabungkan", "digabung", "digabungkan", "gabungin", "dobel", "double", "duplikat",
              "duplikasi", "ganda", "kembar"}
MERGE_SAID_MAX_WORDS = 10


def _same_as_earlier(typed: list[str]) -> bool:
    """Whether the words say "the same as the earlier one": a word of sameness, then only linking words up to a
    word of an earlier time ("sama dengan laporan kemarin"; not "rapat sama kadis kemarin")."""
    for index, word in enumerate(typed):
        if word not in SAME_WORDS:
            continue
        for after in typed[index + 1:index + 6]:
            if after in EARLIER_WORDS:
                return True
            if after not in LINKING_WORDS:
                break
    return False


def merge_said(turn: StaffTurn) -> bool:
    """A verifier's short message saying a complaint repeats an earlier one without naming both: naming only the
    earlier one ("ini dobel dgn lpr 1", "sama dengan lpr 1"), the complaint in front of the verifier is asked to be
    merged into it (`bot.staff.waiting.merge_into`); else the likely parents of the complaint it names, or of the
    one in front of the verifier, are listed (one alone is asked about: YA merges). False for anything else."""
    from bot.staff.waiting import in_front, merge_into

    text = turn.message.text
    typed = words(text)
    if (turn.staff.role not in VERIFIER_ROLES or not typed or len(typed) > MERGE_SAID_MAX_WORDS
            or not (set(typed) & MERGE_SAID or _same_as_earlier(typed) or SAME_AS_ONE.search(text))):
        return False
    if numbers_named(text) and (parent := parent_named(text)) is not None:
        merge_into(turn, parent)  # "digabung ke lpr 1 aja": LPR-1 is the parent
        return True
    if not (set(typed) & MERGE_SAID or _same_as_earlier(typed)):
        return False
    numbers = numbers_named(text) or _leading_number(text)
    if len(numbers) > 1 or MENTIONED.search(text) and not numbers:
        return False  # two named: the merge words read them (verifier_words._sounds_merged)
    if numbers:
        complaint = complaints.by_number(turn.session, numbers[0])
    elif not _same_as_earlier(typed) and len(typed) > 3:
        return False  # "dobel" alone is said of the one waiting; longer without "the earlier one" is a story
    else:
        complaint = in_front(turn)
    if complaint is None:
        return False
    show_parents(turn, complaint)
    return True


# A merge naming the parent alone: a word joining the duplicate to it right before the only complaint named
# ("gabung ke lpr 1", "gabungkan dgn LPR-1", "dobel sm #1", "duplikat dari laporan no 1", "podo karo lpr 1");
# "GABUNG LPR-1" names the duplicate (its likely parents are listed)
PARENT_BEFORE = re.compile(
    r"\b(?:ke\s*dalam|ke|kpd|kepada|dengan|dgn|dg|sama|sm|ama|kayak|kyk|kaya|kek|spt|seperti|dari|karo|kalih|kaliyan|"
    r"jeung|sareng|induk(?:nya)?)\s+(?:(?:induk(?:nya)?|yg|yang)\s+)*"
    r"(?:lpr\s*[-–—.:#]?\s*|#\s*|(?:laporan|lap|aduan|pengaduan)\s+(?:(?:no|nomor|nomer|nmr)\b\.?\s*)?"
    r"|(?:no|nomor|nomer|nmr)\b\.?\s*)?(\d{1,9})\b(?!\s*(?:%|[.,]\d))", re.IGNORECASE)
# "the same as" said of one complaint ("ini sama dengan lpr 1", "identik dg lpr 1", Javanese "podo karo lpr 1")
SAME_AS_ONE = re.compile(r"\b(?:(?:sama|sm|persis|mirip|podo|padha|sami|sarua)\s+(?:dengan|dgn|dg|kyk|kayak|kaya|kek|"
                         r"spt|seperti|karo|kalih|kaliyan|jeung|sareng)|identik|serupa)\s", re.IGNORECASE)
# ... never when it says they differ ("ini bukan duplikat lpr 1", "beda dengan lpr 1")
NOT_SAME = {"bukan", "bkn", "tidak", "tdk", "gak", "ga", "nggak", "enggak", "beda", "berbeda", "mboten", "ora",
            "benten", "lain"}


def parent_named(text: str) -> int | None:
    """The parent of a merge that names only it, after a word joining the duplicate to it; None for anything
    else (two complaints named, the duplicate named, a difference said)."""
    found = PARENT_BEFORE.search(text)
    if found is None or set(words(text)) & NOT_SAME:
        return None
    number = int(found.group(1))
    return number if set(numbers_named(text)) <= {number} else None


def show_parents(turn: StaffTurn, complaint: Complaint) -> None:
    """The likely parents of a complaint said to be a duplicate (up to 3: number and short text), with the GABUNG to
    send; one alone is asked about (YA merges it)."""
    found = likely_parents(turn, complaint)
    title = excerpt(complaint.title, 60)
    if not found:
        turn.say("gabung_no_candidates", reference=complaint.reference, title=title)
        return
    items = "\n".join(t("gabung_candidate", reference=other.reference, title=excerpt(other.title, 60), score=score)
                      for other, score in found)
    if len(found) == 1:
        parent = found[0][0]
        _ask_to_confirm(turn, "GABUNG", f"{complaint.reference} {parent.reference}", "gabung_candidate_confirm",
                        reference=complaint.reference, title=title, items=items, parent=parent.reference)
        return
    turn.say("gabung_candidates", reference=complaint.reference, title=title, items=items,
             first=found[0][0].reference)


PARENTS_SHOWN = 3


def likely_parents(turn: StaffTurn, complaint: Complaint) -> list[tuple[Complaint, int]]:
    """The complaint's likely duplicates as the verifiers' notice listed them (kept at announce time), those still
    open and not merged; searched now (`lapor.duplicates`) for one not announced yet."""
    kept = complaint.duplicate_suggestions
    if kept is None:
        from lapor.duplicates import find_duplicates

        return [(other, round(score)) for other, score in find_duplicates(
            turn.session, complaint, turn.now, limit=PARENTS_SHOWN)]
    found = []
    for item in kept:
        other = complaints.by_number(turn.session, item["number"])
        if (other is not None and other.id != complaint.id and other.parent_id is None
                and other.status in complaints.OPEN_STATUSES):
            found.append((other, item["score"]))
    return found[:PARENTS_SHOWN]
