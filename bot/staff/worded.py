"""Staff commands said in words the command readers of `bot.staff` do not take in their order: a verifier's
disposition with other words around where it goes ("lpr 2 urgent ke pupr", "lpr 2 itu urusan pu", "lpr 2 pupr,
prioritas tinggi", "lpr 2 bukan urusan dlh tp urusan pu"). What is read is asked about (YA), never done at once."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from bot.commands import after_words, normalize, words
from bot.conversation import understanding
from bot.inbound import Inbound
from bot.messages import excerpt
from bot.progress import is_question
from bot.staff.agencies import REASON_AFTER, TRAILING_COURTESY
from bot.staff.citizen_text import FILLER_FIRST
from bot.staff.leader_words import HAND_FILLER
from bot.staff.questions import ASKING_WORDS, HOW_FAR, PERIOD_NAMED
from bot.staff.reading import _named_inside
from bot.staff.turn import StaffTurn, _remember, _remembered
from bot.staff.verifier_words import (
    CORRECTED,
    FORWARD_MEANT,
    FORWARD_WORDS,
    MERGE_MAX_WORDS,
    NAMED_COMPLAINT,
    REJECTING,
)
from bot.staff.vocabulary import CONFIRM_MAX_WORDS, COURTESY, YES_WORDS
from lapor import complaints
from lapor.agency_lookup import find_agencies, only_agency_words
from lapor.references import REFERENCE_PUNCTUATION, format_reference, marked_reference, split_reference
from models import Contact
from services import Services

# Where it goes: after a word of destination or of whose it is, up to the end of the clause
DESTINATION = re.compile(r"\b(?:ke|kpd|kepada|urusan|urusannya|wewenang|kewenangan|ranah|bagian|tupoksi|punya|"
                         r"milik)\s+(?P<named>.+)", re.IGNORECASE)
NEGATED = re.compile(r"\b(?:bukan|bkn|tidak|tdk|gak|ga|nggak|jangan|jgn)\s*$", re.IGNORECASE)  # "bukan urusan dlh"
CLAUSE_END = re.compile(r"\s+(?:tp|tapi|tetapi|namun|bukan|bkn|dan\s+bukan|krn|karena|soalnya|sebab)\b.*$",
                        re.IGNORECASE)
PART = re.compile(r"[,;]")
CLAUSES = re.compile(r"[,.;:!?]|\b(?:tp|tapi|tetapi|namun|melainkan)\b", re.IGNORECASE)
# Where the citizen went already, told beside a forward ("lpr 1 ke dlh, warga juga sudah lapor ke pupr"): "ke X"
# after a word of reporting or going (WENT_TO) or of "already" (BEEN_BEFORE) is no destination, unless the clause
# has a word of sending it on (SENT_FURTHER: "sudah sy dispo juga ke pupr") or a subject of its own after those
# words ("sudah jelas jalannya ke pupr").
WENT_TO = understanding.FILE_VERBS | {"ngadu", "nglapor", "datang", "dtg", "datengin", "minta", "meminta", "mintanya"}
BEEN_BEFORE = {"sudah", "sdh", "udah", "udh", "dah", "telah", "pernah", "prnh", "pernh"}
SENT_FURTHER = FORWARD_MEANT | FORWARD_WORDS - {"saja", "aja", "langsung", "ini"}
TOWARD = {"ke", "kpd", "kepada"}
AGENCY_MAX_WORDS = 5  # "dinas pekerjaan umum dan penataan": the longest name read after a destination word
SAID_MAX_WORDS = 14  # a disposition said short; a longer text is a story


def forward_said(turn: StaffTurn) -> tuple[str, list] | None:
    """The complaint and agencies of a verifier's short message naming one complaint and where it goes among other
    words (after `DESTINATION`, not after a negation; or a comma-separated part of agencies' words alone); None
    for anything else."""
    text = turn.message.text
    if len(words(text)) > SAID_MAX_WORDS or (found := _named_inside(text)) is None:
        return None
    number, rest = found
    for clause in CLAUSES.split(rest):  # "bukan urusan dlh tp urusan pu": the clause that is not negated
        if agencies := _destination(turn, clause):
            return format_reference(number), agencies
    for part in PART.split(rest):  # "pupr, prioritas tinggi", "verified, pupr"
        if agencies := _agencies(turn, TRAILING_COURTESY.sub("", part).strip()):
            return format_reference(number), agencies
    return None


def _destination(turn: StaffTurn, clause: str) -> list:
    """The agencies one clause names after a word of destination not negated ("jalannya ke pupr", "urusan pu",
    not "bukan ke dlh"): the longest start of the words after it that names nothing but agencies; [] otherwise."""
    if (found := DESTINATION.search(clause)) is None or NEGATED.search(clause[:found.start()]):
        return []
    if words(found.group(0))[0] in TOWARD and _went_before(words(clause[:found.start()]), words(clause)):
        return []
    typed = words(TRAILING_COURTESY.sub("", REASON_AFTER.sub("", CLAUSE_END.sub("", found.group("named")))))
    for count in range(min(len(typed), AGENCY_MAX_WORDS), 0, -1):  # the longest start of agencies ("pln aja")
        if agencies := _agencies(turn, " ".join(typed[:count])):
            return agencies
    return []


def _went_before(before: list[str], clause: list[str]) -> bool:
    """Whether "ke X" after the words `before` (of its `clause`) tells where someone went or reported already: see
    WENT_TO."""
    went = [i for i, word in enumerate(before) if word in WENT_TO or word in BEEN_BEFORE]
    return bool(went) and not set(clause) & SENT_FURTHER and not any(
        word.endswith("nya") and len(word) > 4 for word in before[went[-1] + 1:])


def every_destination(turn: StaffTurn, reference: str, agencies: list) -> list:
    """The agencies of a verifier's forward said in a sentence (`agencies`, as its first destination was read)
    with those its further clauses send it to ("lpr 7 ini 2 masalah, jalan ke pupr, sampahnya ke dlh": PUPR and
    DLH, where DLH was dropped unsaid); a clause correcting the one before ("…, eh salah, ke dlh", "…, maksudnya
    ke dlh") names the agencies instead. One complaint only (`reference` without a space)."""
    if " " in reference or (found := _named_inside(turn.message.text)) is None:
        return agencies
    read: list = []
    corrected = correcting = False
    for clause in CLAUSES.split(found[1]):
        correcting = correcting or bool(set(words(clause)) & CORRECTED)
        if not (said := _destination(turn, clause)):
            continue
        if correcting and read:  # "ke pupr, eh salah, ke dlh": the later one instead
            read, corrected = [], True
        read += [agency for agency in said if agency not in read]
        correcting = False
    if corrected:
        return read
    return agencies + [agency for agency in read if agency not in agencies]


def _agencies(turn: StaffTurn, said: str) -> list:
    """The agencies `said` names when it is nothing but their words; [] otherwise."""
    return find_agencies(turn.session, said)[0] if said and only_agency_words(turn.session, said) else []


# Figures asked in other words than REKAP ("statistik", "statistik bulan ini", "kinerja dlh gimana?", "capaian kita
# minggu ini?", "jumlah laporan dlh brp", "bu, angka dlh bulan ini gmn?"): REKAP with the words after (the period,
# the agency). A statement ("kinerja tim sudah maksimal") or a count of something else ("jumlah truk kurang") asks for
# none.
FIGURES = {"statistik", "kinerja", "capaian", "pencapaian", "performa", "rekapitulasi", "angka", "prestasi"}
COUNTED = {"jumlah", "total", "banyaknya"}
COMPLAINT_WORDS = {"laporan", "lap", "aduan", "pengaduan", "lpr", "keluhan", "disposisi"}
FIGURES_ASKING = ASKING_WORDS | HOW_FAR | {"berapa", "brp", "piro", "pinten"}
FIGURES_MAX_WORDS = 8
REPORTERS = {"pelapor", "pelapornya", "warga", "pengadu"}  # "data pelapor": a person, not figures


_ASKING_OR_COMPLAINT = FIGURES_ASKING | COMPLAINT_WORDS


def figures_asked(text: str) -> str | None:
    """The words after the figures a short message without a reference asks for (`FIGURES`, or `COUNTED`
    complaints of no named period: a period's count is its list), for REKAP; None for anything else."""
    typed = [w.removesuffix("nya") for w in words(text)]
    typed = [w[:-1] if w.endswith("2") and w[:-1] in FIGURES else w for w in typed]  # "angka2 dlh bln ini"
    if len(typed) > FIGURES_MAX_WORDS or set(typed) & REPORTERS or any(w.isdigit() for w in typed):
        return None
    for index, word in enumerate(typed):
        counted = word in COUNTED and typed[index + 1:index + 2] and typed[index + 1] in COMPLAINT_WORDS
        if counted and any(PERIOD_NAMED.search(w) for w in typed):
            return None
        if (word in FIGURES or counted) and (len(typed) <= 3 or is_question(text) or set(typed) & FIGURES_ASKING
                                             or word in FIGURES and _period_and_agency(typed[index + 1:])):
            return " ".join(w for w in typed[index + 1:] if w not in _ASKING_OR_COMPLAINT)
    return None


PERIOD_AROUND = {"ini", "lalu", "kemarin", "kmrn", "terakhir", "depan"}
AGENCY_MAX = 2  # "statistik dinas pu bulan ini": at most two words for its agency


def _period_and_agency(after: list[str]) -> bool:
    """Whether the words after a word of figures name a period and a short name beside it ("statistik pupr bulan
    ini"): asked, not said ("kinerja tim sudah maksimal" names no period)."""
    periods = [w for w in after if PERIOD_NAMED.search(w)]
    return bool(periods) and len([w for w in after if w not in periods and w not in PERIOD_AROUND]) <= AGENCY_MAX


# "Laporan yang mana?" (`bot.staff.finding._which_one`) answered with the number alone ("2", "lpr 2", "no 2"): the
# message it asked about is read again with that reference in front, as if typed with it (what sends anything still
# asks first).
WHICH_KEY, WHICH_LIFETIME = "staff_which", timedelta(minutes=15)
ONLY_REFERENCE = re.compile(r"^\W*(?:(?:lpr|no|nomor|nmr|laporan|yg|yang)\W*)*(\d{1,9})\W*$", re.IGNORECASE)


def remember_which(turn: StaffTurn, numbers: list[int], command: str = "", text: str = "") -> None:
    """Keeps the message "Laporan yang mana?" asked about (or the `command` and `text` it was read as: the number
    answering it asks about that command, `bot.staff.waiting.picked`)."""
    _remember(turn, WHICH_KEY, {"at": turn.now.isoformat(), "text": text if command else turn.message.text,
                                "numbers": numbers, "command": command})


def which_answered(session: Session, svc: Services, staff: Contact, message: Inbound, now: datetime) -> Inbound:
    """The message "Laporan yang mana?" asked about, with the complaint `message` picks from its list in front;
    `message` itself (and the question forgotten) for anything else."""
    turn = StaffTurn(session, svc, staff, message, now, "", "", role=staff.role or "-")
    pending = _remembered(turn, WHICH_KEY, WHICH_LIFETIME)
    if pending is None:
        return message
    _remember(turn, WHICH_KEY, None)  # answered once, or left for something else
    found = ONLY_REFERENCE.match(message.text)
    if found is None or message.replied_to_sid or int(found.group(1)) not in pending["numbers"]:
        return message
    return dataclasses.replace(message, body=f"{format_reference(int(found.group(1)))} {pending['text']}")


def which_yes(session: Session, svc: Services, staff: Contact, message: Inbound, now: datetime) -> list[str] | None:
    """The replies when a bare yes ("ya", "iya pak", "ok") answers "Laporan yang mana?", which asked for a number:
    the list again, still answerable by its number (a yes was read as thanks, and the act dropped); None else."""
    typed = words(message.text)
    if not 0 < len(typed) <= CONFIRM_MAX_WORDS or message.replied_to_sid or not (
            set(typed) <= YES_WORDS or understanding.means_yes(message.text)):
        return None
    turn = StaffTurn(session, svc, staff, message, now, "", "", role=staff.role or "-")
    pending = _remembered(turn, WHICH_KEY, WHICH_LIFETIME)
    if pending is None:
        return None
    shown = [c for c in (complaints.by_number(session, n) for n in pending["numbers"]) if c is not None]
    if not shown:
        return None
    items = "\n".join(f"{c.reference} ({excerpt(c.title, 40)})" for c in shown)
    turn.say("staff_which_again", items=items, example=shown[0].reference)
    return turn.replies


def which_no(session: Session, svc: Services, staff: Contact, message: Inbound, now: datetime) -> list[str] | None:
    """The reply when a short no ("tidak", "gak jadi", "batal") answers "Laporan yang mana?": the question is
    dropped, nothing recorded (it got "Perintah tidak dikenali"); None else."""
    from bot.staff.confirm import CALL_OFF
    from bot.staff.vocabulary import DIGIT, NO_WORDS

    typed = words(message.text)
    if not 0 < len(typed) <= CONFIRM_MAX_WORDS or message.replied_to_sid or DIGIT.search(message.text) or not (
            typed[0] in NO_WORDS or CALL_OFF.match(normalize(message.text))):
        return None
    turn = StaffTurn(session, svc, staff, message, now, "", "", role=staff.role or "-")
    if _remembered(turn, WHICH_KEY, WHICH_LIFETIME) is None:
        return None
    _remember(turn, WHICH_KEY, None)
    turn.say("staff_which_dropped")
    return turn.replies


# A verifier rejecting a complaint with the word first ("tolak lpr 2 duplikat", "Tolak LPR-2, iklan") or calling it
# junk right after its reference ("lpr 2 spam", "LPR-2 hoax bu"): ARSIPKAN asked about, those words its reason.
JUNK = {"spam", "hoax", "hoaks", "iseng", "prank", "fiktif", "bohong", "palsu", "ngawur", "ngaco"}
JUNK_MAX_WORDS = 4
# Words of hedging or pointing between the reference and the junk ("lpr 2 ini spam iklan", "no 2 itu spam", "lpr 2
# jelas spam bu"), and an advertisement named with nothing else ("LPR-2 ini iklan pak", "lpr 2 cuma promosi"; "lpr 2
# iklan rokok dekat sekolah" is a complaint about one)
JUNK_HEDGES = {"ini", "itu", "jelas", "cuma", "cuman", "hanya", "kayaknya", "kyknya", "sepertinya", "spertinya",
               "pasti", "isinya", "jg", "juga", "sih", "mah"}
ADVERTISING = {"iklan", "promosi", "promo", "jualan", "endorse"}
JUNK_ALONE = JUNK | ADVERTISING | JUNK_HEDGES | COURTESY | {"doang", "aja", "saja", "sj", "aj"}


def rejected_said(text: str) -> tuple[str, str] | None:
    """The complaint and reason of such a rejection; None for anything else."""
    typed = words(text)
    lead = next((i for i, w in enumerate(typed) if w not in COURTESY), len(typed))
    if lead < len(typed) and typed[lead] in REJECTING:
        after = lead + 1
        while after < len(typed) and typed[after] in FILLER_FIRST:  # "tolak aja no 1 itu, …"
            after += 1
        number, reason = split_reference(marked_reference(after_words(text, after)), bare=False)
        while words(reason) and words(reason)[0] in {"itu", "ini"}:  # "no 1 itu, ngawur isinya": the reason after it
            reason = after_words(reason, 1)
    else:
        number, reason = split_reference(marked_reference(after_words(text, lead) if lead else text), bare=False)
        reason = _junk_named(reason)
        if reason is None:
            return None
    reason = TRAILING_COURTESY.sub("", reason).strip(REFERENCE_PUNCTUATION + " ")  # "hoax bu": "bu" was to the bot
    return (format_reference(number), reason) if number is not None and words(reason) else None


def _junk_named(said: str) -> str | None:
    """The words after a reference from the junk they name on ("ini spam iklan": "spam iklan"), when they call it
    junk or only an advertisement; None for anything else."""
    typed = words(said)
    hedged = next((i for i, w in enumerate(typed) if w not in JUNK_HEDGES), len(typed))
    reason, rest = after_words(said, hedged), typed[hedged:]
    if rest and rest[0] in JUNK and len(rest) <= JUNK_MAX_WORDS:
        return reason
    return reason if rest and rest[0] in ADVERTISING and set(rest) <= JUNK_ALONE else None


# A duplicate said as "the same as" another complaint ("lpr 2 sama dengan lpr 1", "lpr 2 identik dg lpr 1"); "lpr 2
# sama lpr 1 ke pupr" is "and"
SAME_AS = re.compile(r"\b(?:(?:sama|sm|persis)\s+(?:dengan|dgn|dg|kyk|kayak|kaya|spt|seperti)|identik|serupa)\s+"
                     r"(?:(?:dengan|dgn|dg)\s+)?(?:lpr|laporan|no|nomor|#)\s*[-–—.:#]?\s*\d", re.IGNORECASE)


def merged_said(text: str) -> tuple[int, int] | None:
    """The duplicate (the later) and the complaint it is the same as; None for anything else."""
    if len(words(text)) > MERGE_MAX_WORDS or not SAME_AS.search(text):
        return None
    numbers = list(dict.fromkeys(int(found.group(1)) for found in NAMED_COMPLAINT.finditer(text)))
    return (max(numbers), min(numbers)) if len(numbers) == 2 else None


# A complaint looked at in other words than STATUS ("lihat lpr 2", "detail LPR-2", "lpr 2 isinya apa"): its STATUS
LOOKING = {"lihat", "liat", "lht", "detail", "detil", "rincian", "isi", "isinya", "buka", "tampilkan", "show", "view",
           "selengkapnya", "lengkapnya"}
LOOKING_AROUND = LOOKING | {"apa", "dong", "ya", "pak", "bu", "mbak", "mas", "min", "coba", "cb", "tolong", "tlg",
                            "minta", "mau", "lengkap", "nya", "lpr", "no", "nomor", "laporan"}


def looked_at(text: str) -> list[int]:
    """The one complaint such a message names ([] for anything else)."""
    typed = [w for w in words(text) if not w.removeprefix("lpr").isdigit()]
    if not set(typed) & LOOKING or not all(w in LOOKING_AROUND for w in typed):
        return []
    found = _named_inside(text)
    return [found[0]] if found else []


def forwarded_to_colleague(turn: StaffTurn, rest: str) -> tuple[list[int], Contact] | None:
    """A head's TERUSKAN ("disposisi lpr 1 ke dewi", "fwd lpr 1 eko") naming one of the agency's own officers: the
    complaint and the officer, for ALIHKAN asked about; None for anything else (another agency is the verifier's)."""
    from bot.handover import _agency_member

    number, after = split_reference(rest)
    named = " ".join(w for w in words(after) if w not in HAND_FILLER)
    officer = _agency_member(turn, named) if number is not None and named else None
    return ([number], officer) if officer is not None and officer.phone else None
