"""Staff commands in the chat: officers answer dispositions, verifiers disposition, heads and supervisors look.

A command is a keyword (typos tolerated), usually a reference and a text. A swipe-reply to a notice about
a complaint may leave the reference out. Every refusal is a polite message that changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from bot.commands import (
    ACKNOWLEDGEMENTS,
    DATE_FORMS,
    GREETING_WORDS,
    THANKS,
    after_words,
    disputes_authority,
    is_greeting,
    is_pleasantry,
    is_thanks,
    leading_keyword,
    normalize,
    pick_numbers,
    words,
)
from bot.conversation import understanding
from bot.inbound import Inbound
from bot.messages import (
    DISPOSITION_CLOSED,
    DISPOSITION_NAMES,
    EVENT_NAMES,
    KIND_NAMES,
    MAPS_LINK,
    MEDIA_KIND_NAMES,
    PRIVACY_NAMES,
    STAFF_STATUS_NAMES,
    and_list,
    complaint_page,
    day_and_date,
    excerpt,
    person_label,
    phone_label,
    received,
    reporter_label,
    short_date,
    short_datetime,
    t,
)
from bot.outbox import queued_key
from bot.progress import (
    DONE_MARKERS,
    DONE_WORDS,
    QUESTION_LEADS,
    REGIONAL_WORDS,
    SAFE_WORDS,
    is_question,
    on_the_way_only,
    says_done,
    says_safe,
    sounds_like_progress,
    staff_words,
)
from lapor import access, complaints, dispositions, preconditions
from lapor.agency_lookup import find_agencies, find_agency, only_agency_words
from lapor.audit import record_identity_view
from lapor.complaints import LifecycleError
from lapor.dictation import punctuated
from lapor.directory import stands_in_for
from lapor.ladders import batched_rungs, past_deadline, paused_since, verification_since
from lapor.media import kind_counts
from lapor.phones import typed_phone
from lapor.references import (
    AND_WORDS,
    COUNTED,
    MARK,
    MENTIONED,
    NAMED,
    REFERENCE_PUNCTUATION,
    format_reference,
    marked_reference,
    mentioned_reference,
    numbers_named,
    plural_spelled_out,
    reference_last,
    split_reference,
    spoken_reference_numbers,
)
from lapor.routing_store import shown_suggestions
from lapor.timeline import timeline
from media.links import complaint_links
from models import (
    Agency,
    Complaint,
    Contact,
    Conversation,
    Disposition,
    DispositionStatus,
    OutboxMessage,
    TimelineEntry,
)
from models.vocab import ComplaintStatus, Event, Purpose, Role
from services import Services

OFFICER_ROLES = (Role.OFFICER, Role.HEAD)
VERIFIER_ROLES = (Role.VERIFIER,)
LOOKING_ROLES = (Role.OFFICER, Role.HEAD, Role.VERIFIER, Role.SUPERVISOR)
LEADER_ROLES = (Role.HEAD, Role.SUPERVISOR)
ECHO_CHARS = 60  # what a staff member typed, quoted back in a reply, is cut to this
LIST_ITEMS = 15  # DAFTAR and ANTREAN show this many, with the total
QUEUE_ROLES = (Role.VERIFIER, Role.SUPERVISOR)
ROLE_NAMES = {OFFICER_ROLES: t("who_officers"), VERIFIER_ROLES: t("who_verifiers"), LEADER_ROLES: t("who_leaders"),
              LOOKING_ROLES: t("who_staff"), (Role.HEAD,): t("who_heads"), QUEUE_ROLES: t("who_queue")}

COMMAND_WORDS = {
    "tl": "TL", "tindaklanjut": "TL", "tindak lanjut": "TL", "progres": "TL", "progress": "TL", "update": "TL",
    "updet": "TL", "apdet": "TL",
    "cek status": "STATUS", "cek": "STATUS", "list": "DAFTAR", "antri": "ANTREAN", "disposisikan": "TERUSKAN",
    "fwd": "TERUSKAN", "tanya": "INFO", "bukan kewenangan": "KEMBALIKAN",
    "selesai": "SELESAI", "info": "INFO", "kembalikan": "KEMBALIKAN",
    "survei": "SURVEI", "survey": "SURVEI",
    "daftar": "DAFTAR", "status": "STATUS", "teruskan": "TERUSKAN", "tunda": "TUNDA", "arsipkan": "ARSIPKAN",
    "arsip": "ARSIPKAN", "gabung": "GABUNG", "gabungkan": "GABUNG", "antrean": "ANTREAN", "antrian": "ANTREAN",
    "rekap": "REKAP", "rkp": "REKAP", "ringkasan": "REKAP", "bantuan": "BANTUAN", "help": "BANTUAN", "menu": "BANTUAN",
    "alihkan": "ALIHKAN", "alih": "ALIHKAN", "pindahkan": "ALIHKAN", "serahkan": "ALIHKAN", "cuti": "CUTI",
    "izin": "CUTI", "ijin": "CUTI",
    "nomorbaru": "NOMORBARU", "nomor baru": "NOMORBARU", "ganti nomor": "NOMORBARU", "gantinomor": "NOMORBARU",
    "pindah nomor": "NOMORBARU", "pindahnomor": "NOMORBARU",
    # abbreviated in a hurry, too short or too far from the word for its typos
    "sls": "SELESAI", "trskn": "TERUSKAN", "kmblkn": "KEMBALIKAN", "dftr": "DAFTAR",
}


# Words of courtesy a busy officer puts before the command ("tolong teruskan …", "mohon izin, TL …", "pak, selesai …",
# "siap, tl …"): skipped to find it. "izin" alone before a date is leave (CUTI), before another command courtesy.
COURTESY = ACKNOWLEDGEMENTS | {"tolong", "tlg", "mohon", "mhn", "izin", "ijin", "maaf", "mf", "punten", "nuwun",
                               "sewu", "nyuwun", "pangapunten", "ngapunten", "permisi", "sapora", "sekalian", "skalian",
                               "langsung", "saya", "sy", "kami",
                               # reporting to a superior ("mohon ijin melaporkan tindak lanjut …", "izin ndan, TL …")
                               "lapor", "melaporkan", "laporkan", "menyampaikan", "sampaikan", "ndan", "komandan"}
COURTESY_WORDS = 5  # at most this many before the command
UNREFERENCED = {"DAFTAR", "REKAP", "ANTREAN", "BANTUAN", "CUTI"}  # commands about no one complaint
QUESTIONS = {"INFO", "TUNDA"}  # commands that send their text to the citizen as a question


# A command word typed with a dot, a space or a dash after each letter ("T.L", "t.l.", "T. L.", "S E L E S A I",
# "s-e-l-e-s-a-i"): its letters joined are the word.
DOTTED = re.compile(r"(?<![0-9A-Za-z.])((?:[A-Za-z](?:\. ?| |-))+[A-Za-z])\.?(?![0-9A-Za-z])")
SPACING = re.compile(r"[ .-]")
DOTTED_WITHIN = 40  # a command word stands among the first characters: only those are looked at


def _undotted(text: str) -> str:
    """`text` with a dotted or spelt-out command word ("T.L LPR-1 …", "mohon izin, t.l. lpr 1 …", "LPR-1 T.L …",
    "S E L E S A I LPR-1 …") written whole;
    dotted letters anywhere else ("a.n. Kepala", "s.d. hari ini") stay as typed: they may reach a citizen."""
    if not re.search(r"(?<![0-9A-Za-z])[A-Za-z][ .-]", text[:DOTTED_WITHIN]):
        return text
    found = DOTTED.search(text, 0, DOTTED_WITHIN)
    if found is None or SPACING.sub("", found.group(1)).lower() not in COMMAND_WORDS:
        return text
    before = text[:found.start()]
    number, after = split_reference(marked_reference(before.strip()), bare=False)
    if not (all(w in COURTESY for w in words(before)) or (number is not None and not words(after))):
        return text
    return before + SPACING.sub("", found.group(1)) + text[found.end():]


def read_command(text: str) -> tuple[str | None, str]:
    """The staff command a message starts with (after at most a few words of courtesy) and the rest of it (a
    reference typed with a word, `no 3`, `laporan 3`, written `LPR-3`)."""
    command, rest = _read_command(_undotted(text))
    if command is not None and (lead := REFERENCE_LEAD.match(rest)):
        named = marked_reference(rest[lead.end():])  # "TL utk LPR 1 …", "selesai untuk laporan no 1: …"
        rest = named if split_reference(named)[0] is not None else rest
    if command == "TL" and _only_progress_asked(rest):  # "progres lpr 1 gimana", "update lpr 1?": asked, not told
        return "STATUS", rest
    if command == "KEMBALIKAN" and DISPUTE.search(text) and not DISPUTE.search(rest):
        rest = _with_dispute_words(rest)
    if command == "NOMORBARU" and split_reference(rest)[0] is None and not NOMORBARU_TYPED.search(text):
        return None, text  # "sy ganti nomor wa ya pak": one's own number (the directory), no complaint's
    if command == "CUTI" and not _excuse_said(text):  # "mohon izin, sy cuti …": the "izin" was courtesy
        rest = " ".join(EXCUSE_WORD.sub(" ", rest).split())
    elif command == "CUTI" and not set(words(rest)) & EXCUSE_WORDS:
        rest = f"{rest} izin"  # "sy izin besok": the kind of absence said goes with the words CUTI reads (away_kind)
    return command, rest


EXCUSE_WORD = re.compile(r"\b(?:izin|ijin)(?:nya)?\b", re.IGNORECASE)


def _excuse_said(text: str) -> bool:
    """Whether leave is said as izin ("sy izin besok ada urusan keluarga", "ijin tdk masuk besok"): the word, and
    no cuti beside it ("mohon izin, sy cuti …" is cuti, its "izin" courtesy)."""
    typed = set(words(text))
    return bool(typed & EXCUSE_WORDS) and not typed & LEAVE_WORDS


NOMORBARU_TYPED = re.compile(r"\bnomorbaru\b", re.IGNORECASE)


# "TL utk LPR 1 …", "tanya ke pelapor lpr 2, …": words between the command and its reference.
REFERENCE_LEAD = re.compile(r"^\s*(?:untuk|utk|buat|pada|pd|perihal|ttg|tentang|"
                            r"(?:ke|kpd|kepada|sama)\s+(?:pelapor|warga|pengadu)(?:nya)?|(?:pelapor|pengadu)(?:nya)?)\b\s*",
                            re.IGNORECASE)  # "tanya pelapor lpr 2 …" too
# "bukan kewenangan" is both KEMBALIKAN's word and the start of its reason ("LPR-1 bukan kewenangan kami, itu …").
DISPUTE = re.compile(r"\bbukan\s+kewenangan\b", re.IGNORECASE)


def _with_dispute_words(rest: str) -> str:
    """KEMBALIKAN's rest with "bukan kewenangan" back at the start of its reason, after the complaint's reference
    (one written inside the words, "bukan kewenangan kami LPR-1, …", moved before them)."""
    number, after = split_reference(rest)
    if number is None and (found := MENTIONED.search(rest)) is not None:
        number, after = int(found.group(1)), rest[:found.start()].rstrip() + rest[found.end():]
    reason = "bukan kewenangan " + after.lstrip(REFERENCE_PUNCTUATION)
    return f"{format_reference(number)} {reason}" if number is not None else reason


def _read_command(text: str) -> tuple[str | None, str]:
    command, rest = leading_keyword(text, COMMAND_WORDS)
    typed = words(text)
    if command is not None and not (command == "CUTI" and typed[0] in COURTESY):
        return command, marked_reference(rest)
    skipped = next((i for i, w in enumerate(typed) if w not in COURTESY), len(typed))
    if 0 < skipped <= COURTESY_WORDS and skipped < len(typed):
        later, later_rest = leading_keyword(after_words(text, skipped), COMMAND_WORDS)
        later_rest = marked_reference(later_rest)
        # After courtesy a command word is a command when a reference follows it (or it needs none): "baik pak,
        # info sudah kami terima" is a sentence, not a question to the citizen.
        if later is not None and (later in UNREFERENCED or split_reference(later_rest)[0] is not None
                                  or reference_last(later_rest) is not None):  # "izin pak, TL: … laporan no 1"
            if later == "CUTI" and set(typed[:skipped]) & {"saya", "sy", "aku"}:
                later_rest = f"saya {later_rest}"  # "mohon izin, sy cuti besok …": the typist's own leave
            return later, later_rest
    number, after = split_reference(marked_reference(text), bare=False)  # "LPR-12 selesai, …": the command second
    if command is None and number is not None:
        numbers, after = _joined_references(number, after)  # "LPR-1, LPR-2 selesai": both
        number = " ".join(format_reference(n) for n in numbers)
        later, later_rest = leading_keyword(after, COMMAND_WORDS)
        # "LPR-12 info dari warga …" is news, not a question ("LPR-12 tunda minta foto" is TUNDA: a TUNDA that only
        # tells is refused by the command); "LPR-12 selesai diukur, besok dikerjakan" is a step
        # done, not the final answer: both get the commands to send (the hint) instead of being carried out.
        if later is not None and later != "INFO" and not (later == "SELESAI" and _more_to_come(later_rest)):
            return later, f"{number} {later_rest}".strip()
    if command == "CUTI" and typed[0] in COURTESY and (not _reads_as_leave(rest) or mentioned_reference(rest)):
        return None, text  # "Izin lapor pak:", "izin ndan, LPR-1 salah disposisi …": courtesy before the message
    if command is None and (leave := _leave_sentence(text)) is not None:
        return "CUTI", leave
    return command, rest


# Why someone is away ("izin sakit hari ini", "cuti keperluan keluarga"), and "not" before coming in ("ijin tidak
# masuk besok"). "izin" is leave when what follows names a day, a number, a reason, "not" or the typist; otherwise it
# is courtesy ("Izin lapor pak:").
LEAVE_REASONS = {"sakit", "cuti", "libur", "absen", "berhalangan", "keperluan", "urusan", "acara", "keluarga",
                 "pribadi", "dinas", "luar", "kota", "pulkam", "mudik", "melahirkan", "umroh", "umrah", "haji"}
NOT_WORDS = {"tidak", "tdk", "gak", "ga", "gk", "nggak", "ngga", "enggak", "ndak", "mboten", "belum", "blm"}
ABSENCE_WORDS = LEAVE_REASONS | NOT_WORDS | {"saya", "sy", "aku"}


def _reads_as_leave(rest: str) -> bool:
    if DIRECTORY_CHANGE.search(rest):  # "izin pak, sy sdh dimutasi": a transfer, not leave
        return False
    rest = in_standard_words(rest)
    return (DIGIT.search(rest) is not None or bool(set(words(rest)) & ABSENCE_WORDS)
            or any(form.search(rest) for form in DATE_FORMS))


# A change the directory must record, said in the chat ("sy pindah tugas mulai bulan depan", "sdh dimutasi ke
# bappeda", "mulai besok sy ganti nomor wa", "nomor ini tdk dipakai lagi"): the verifiers, who import it, are named.
DIRECTORY_CHANGE = re.compile(
    r"\b(?:pindah\s+tugas|mutasi|dimutasi|pensiun|purna\s*tugas|resign|(?:ganti|ubah|pindah)\s+(?:nomor|nomer|nmr|no|hp|wa)"
    r"|(?:nomor|nomer|nmr|no|hp|wa)\s+baru|(?:nomor|nomer|no)\s+ini\s+(?:tidak|tdk|gak|ga|nggak)\s+(?:di)?pakai)\b",
    re.IGNORECASE)


# Notices asked after ("lpr 1 kok sy gak dpt notif ya pak?", "notifnya blm masuk bu"): how they reach staff.
NOTICES_MISSED = re.compile(r"\bnotif\w*\b.*\b(?:masuk|dapat|dpt|terima|nyampe|sampai|sampe|"
                            r"muncul|ada)\b|\b(?:tidak|tdk|gak|ga|gk|nggak|ngga|belum|blm|kok)\b.*\b(?:notif\w*|"
                            r"pemberitahuan\w*)\b", re.IGNORECASE)


def _verifiers_named(turn: StaffTurn) -> str:
    """The verifiers at work, named with their numbers (who records a change of the directory)."""
    from lapor.directory import region_readers

    return _named_people(region_readers(turn.session, Role.VERIFIER, turn.now))


# Leave named inside a sentence ("besok sy cuti 3 hari", "mulai senin saya cuti", "sy izin tdk masuk besok"), or
# called off ("tidak jadi cuti", "batal cuti", "cuti saya dibatalkan"): CUTI, with BATAL for the latter.
LEAVE_WORDS = {"cuti", "cutinya", "cutiku"}
EXCUSE_WORDS = {"izin", "ijin", "izinnya", "ijinnya"}  # leave only beside a day or "not coming in"
CALLED_OFF = re.compile(r"\b(?:batal\w*|dibatalkan|cancel|urung|(?:tidak|tdk|gak|ga|gk|nggak|ngga|enggak|ndak|g)"
                        r"\s*jadi)\b", re.IGNORECASE)
LEAVE_SENTENCE_WORDS, LEAVE_WORD_WITHIN = 18, 8


# bot.progress.REGIONAL_WORDS (leave, receipt, a promise) as one pattern, for the readers that take text
REGIONAL_WORD = re.compile(rf"\b({'|'.join(REGIONAL_WORDS)})\b", re.IGNORECASE)
# A question in Javanese ("piye kabare pupr?", "sing durung rampung piro?", "rekap sasi iki"), as the question
# readers and REKAP's period know it ("enggal" stays: "wonten laporan enggal?" asks for new ones).
ASKED_IN_JAVANESE = {"kabare": "kabarnya", "pripun": "bagaimana", "kepripun": "bagaimana", "sing": "yang",
                     "ingkang": "yang", "durung": "belum", "dereng": "belum", "piro": "berapa", "pira": "berapa",
                     "iki": "ini", "niki": "ini", "puniki": "ini", "sasi": "bulan", "wulan": "bulan",
                     "saiki": "sekarang", "sakniki": "sekarang"}
ASKED_IN_JAVANESE_WORD = re.compile(rf"\b({'|'.join(ASKED_IN_JAVANESE)})\b", re.IGNORECASE)
# Not coming in ("tdk masuk", "ga bisa masuk", "mboten mlebet"): leave beside a day.
NOT_COMING_IN = re.compile(rf"\b(?:{'|'.join(sorted(NOT_WORDS))})\s+(?:(?:bisa|bs|dapat|dpt)\s+)?"
                           r"(?:masuk|hadir|ngantor|aktif)\b", re.IGNORECASE)
SELF = {"saya", "sy", "aku", "ak", "gw", "gue"}
# Leave wanted with no day yet ("sy mau cuti", "mau ngajuin cuti bu", "sy mau daftar cuti")
WANTING_LEAVE = SELF | COURTESY | {"mau", "ingin", "pengen", "pingin", "akan", "rencana", "ambil", "mengambil",
                                   "ngambil", "ajukan", "mengajukan", "ngajuin", "daftar", "mendaftar", "minta"}


def asked_in_standard_words(text: str) -> str:
    """`text` with the Javanese words of a question as the question readers know them."""
    return ASKED_IN_JAVANESE_WORD.sub(lambda found: ASKED_IN_JAVANESE[found.group(1).lower()], text)


def in_standard_words(text: str) -> str:
    """`text` with the region's words for days, coming in, "not", receipt and promises as the readers know them."""
    return REGIONAL_WORD.sub(lambda found: REGIONAL_WORDS[found.group(1).lower()], text)


# A question about the leave recorded ("cuti saya sampai kapan?", "cuti dewi sudah tercatat?", "… maksudnya sampai
# tgl 15?"): it is shown, never recorded again.
LEAVE_QUESTION = {"kapan", "maksudnya", "maksud", "apakah", "benarkah", "tercatat", "berapa", "brp"}
CHECKING = {"apa", "sudah", "sdh", "udah", "udh", "betul", "benar", "bener", "kah"}


def asks_about_leave(text: str) -> bool:
    typed = set(words(text))
    return bool(typed & LEAVE_QUESTION) or ("?" in text and bool(typed & CHECKING))


# Away on duty (official travel, training, pilgrimage): the directory treats it as leave, said of oneself with a day
# ("besok sy dinas luar sampai jumat"), or with no one named when it opens the message after courtesy and a day
# ("diklat tgl 14 sd 16 des", "izin pak, besok DL sampai rabu"; not "besok tim dinas luar", "kadis besok DL").
DUTY = (r"(dinas\s+luar(?:\s+kota)?|dl|dlk|tugas\s+luar(?:\s+kota)?|perjalanan\s+dinas|perjadin|diklat|bimtek|umroh|"
        r"umrah)")
AWAY_ON_DUTY = re.compile(r"\b((?:saya|sy|aku|ak|kulo|abdi)(?:\s+\w+)?)\s+(?:lagi\s+|sedang\s+|mau\s+|akan\s+)?"
                          + DUTY + r"\b", re.IGNORECASE)
DAY_FIRST = r"besok|bsk|besuk|lusa|mulai|hari\s+ini|hr\s+ini|tgl|tanggal|senin|selasa|rabu|kamis|jumat|sabtu|minggu"
DUTY_OPENING = re.compile(r"^((?:[\W_]*\b(?:mohon|mhn|izin|ijin|maaf|permisi|lapor|pak|bu|bpk|ndan|nggih|" + DAY_FIRST
                          + r"|lagi|sedang|mau|akan|ada)\b)*[\W_]*)" + DUTY + r"\b", re.IGNORECASE)
DAY_SAID = re.compile(r"\b(?:" + DAY_FIRST + r")\b", re.IGNORECASE)
# What the absence is called back ("Dewi dicatat dinas luar …"): dinas luar is no cuti, though counted as one.
DUTY_NAMES = {"dl": "dinas luar", "dlk": "dinas luar", "perjadin": "dinas luar", "perjalanan dinas": "dinas luar",
              "tugas luar": "dinas luar", "umrah": "umroh"}
DUTY_NAMED = re.compile(r"\b" + DUTY + r"\b", re.IGNORECASE)


# Ill oneself ("izin sakit", "cuti sakit", "mohon izin, saya sakit", "sakit pak"): not "anak sakit", "istri saya sakit"
SELF_ILL = re.compile(r"(?:^|[,.;:!?]|\b(?:izin|ijin|mohon|mhn|maaf|pak|bu|bpk|ndan|nggih|ini|besok|bsk|lusa)\b)\W*"
                      r"(?:(?:sy|saya|aku|ak|kulo|abdi)\s+)?(?:(?:lagi|lg|sedang|sdg|masih|msh)\s+)?sakit\b"
                      r"|\b(?:izin|ijin|cuti)\s+sakit\b", re.IGNORECASE)

# Caring for one's own sick family ("anak sy sakit", "istri saya dirawat di RS", "anakku opname"): leave called izin.
# Not "anak sakit" (whose, unsaid), "anaknya sakit" or "anak pelapor sakit" (someone else's family).
FAMILY_ILL = re.compile(r"\b(?:anak|istri|isteri|suami|ibu|bapak|bpk|ayah|ortu|mertua|emak|mamak|simbok|mama|papa)"
                        r"(?:ku|\s+(?:sy|saya|aku|ak|kulo|abdi))\s+(?:(?:lagi|lg|sedang|sdg|masih|msh)\s+)?(?:sakit|dirawat|opname|demam)\b",
                        re.IGNORECASE)


def away_kind(text: str) -> str | None:
    """The kind of absence a leave's text names, in the catalogue's words ("dinas luar", "diklat", "sakit"); None
    for plain leave (cuti)."""
    found = DUTY_NAMED.search(text)
    if found is None and SELF_ILL.search(FAMILY_ILL.sub(" ", text)):  # "bpk sy sakit": the father's, not theirs
        return t("away_ill")
    if found is None:  # "cuti sampai rabu, anak sy sakit": cuti said is cuti; "izin besok" is izin
        return t("away_excused") if (FAMILY_ILL.search(text) and not set(words(text)) & LEAVE_WORDS
                                     or _excuse_said(text)) else None
    said = " ".join(found.group(1).lower().split()).removesuffix(" kota")
    return DUTY_NAMES.get(said, said)


def away_word(person: Contact) -> str:
    """What a staff member's recorded absence is called ("dinas luar", "sakit"; cuti when no kind was said)."""
    return person.away_kind or t("away_leave")


def away_named(text: str) -> str:
    """The absence a leave's text names, in the catalogue's words: the duty it is away on ("dinas luar",
    "diklat"), illness, else cuti."""
    return away_kind(text) or t("away_leave")


def _as_leave(text: str) -> str:
    """A sentence about being away on duty as CUTI reads it, the duty kept as its reason ("sy cuti diklat …")."""
    text = AWAY_ON_DUTY.sub(r"\1 cuti \2", text)
    opening = DUTY_OPENING.match(text)
    if opening and (opening.group(2).lower() not in {"dl", "dlk"} or DAY_SAID.search(opening.group(1))):
        text = f"{opening.group(1)}saya cuti {opening.group(2)}{text[opening.end():]}"  # "besok DL …", not "DL nya"
    return text


def _leave_sentence(text: str) -> str | None:
    """What CUTI reads from a short sentence about the typist's (or a colleague's) leave that does not open with
    the word; None when the text is about something else (a complaint named, no day, no calling off)."""
    text = in_standard_words(text)
    if any(form.search(text) for form in DATE_FORMS):
        text = _as_leave(text)  # "besok sy dinas luar sampai jumat": away, as leave counts it
    typed = words(text)
    if DIRECTORY_CHANGE.search(text):
        return None
    if (len(typed) > LEAVE_SENTENCE_WORDS or split_reference(marked_reference(text), bare=False)[0] is not None
            or "siapa" in typed):  # "siapa yg cuti hari ini?": the roster asked, not leave
        return None
    first = typed[:LEAVE_WORD_WITHIN]  # "cuti" before "izin", which is also courtesy ("mohon izin pak, sy cuti …")
    at = next((i for i, w in enumerate(first) if w in LEAVE_WORDS), None)
    at = next((i for i, w in enumerate(first) if w in EXCUSE_WORDS), None) if at is None else at
    if at is None:  # "besok sy tdk masuk, ada acara keluarga": not coming in on a day, said of oneself
        dated = any(form.search(text) for form in DATE_FORMS)
        away = NOT_COMING_IN.search(text) or SELF_ILL.search(text) or FAMILY_ILL.search(text)  # "sy sakit … rabu"
        return text if dated and away and (set(typed) & (SELF | LEAVE_REASONS) or FAMILY_ILL.search(text)) else None
    rest = re.sub(rf"\b{typed[at]}\b", " ", text, count=1, flags=re.IGNORECASE)
    if CALLED_OFF.search(text):
        return "BATAL " + " ".join(CALLED_OFF.sub(" ", rest).split())
    dated = any(form.search(rest) for form in DATE_FORMS)
    if typed[at] in LEAVE_WORDS and (dated or set(typed) & LEAVE_REASONS - {"cuti"} or asks_about_leave(text)):
        return rest
    if typed[at] in LEAVE_WORDS and set(typed) - {typed[at]} <= WANTING_LEAVE:  # "sy mau cuti": its day is asked
        return "saya"
    if dated and (NOT_COMING_IN.search(rest) or SELF_ILL.search(rest) or FAMILY_ILL.search(rest)) or (  # "sy sakit"
            typed[at] in EXCUSE_WORDS and _excused_for(typed, at, text)):
        return rest
    return None


def _day_before_excuse(typed: list[str], at: int) -> bool:
    """Whether "izin" follows a day said by the typist alone ("sy besok ijin, anak sakit", "besok ijin pak"), and
    is no opening of a report ("besok izin lapor hasil survei"): leave on that day."""
    day = " ".join(w for w in typed[:at] if w not in SELF | COURTESY)
    after = next((w for w in typed[at + 1:] if w not in GREETING_WORDS | COURTESY - REPORTING), "")
    return bool(day) and any(form.fullmatch(day) for form in DATE_FORMS) and after not in REPORTING


def _excused_for(typed: list[str], at: int, text: str) -> bool:
    """Tell whether "izin" said of oneself is asked for a day or a reason ("sy izin besok", "saya ijin sakit pak",
    "aku izin tgl 20"): the typist's word before it, and a day or a reason right after it (the reader's name
    between), not "sy izin lapor, besok tim ke lokasi"."""
    if _day_before_excuse(typed, at):  # "sy besok ijin, anak sakit", "besok ijin pak"
        return True
    if not set(typed[:at]) & SELF or not set(typed[:at]) <= SELF | COURTESY:
        return False
    after = next((w for w in typed[at + 1:] if w not in GREETING_WORDS), "")
    rest = " ".join(typed[typed.index(after, at + 1):]) if after else ""
    return after in LEAVE_REASONS | NOT_WORDS or any(form.match(rest) for form in DATE_FORMS)


# Words saying the work goes on: "selesai" beside them ends a step, not the complaint.
MORE_TO_COME = {"besok", "lusa", "nanti", "akan", "lanjut", "dilanjutkan", "dilanjut", "berikutnya", "sedang",
                "menyusul", "nyusul",  # "sdh beres, foto menyusul": the answer is still to come
                "proses", "diproses", "tahap", "rencana", "direncanakan", "dijadwalkan", "menunggu", "minggu",
                "tinggal", "tinggl", "kari", "kantun"}  # "…, tinggal angkut batangnya": work left to do


def _more_to_come(text: str) -> bool:
    return bool(set(staff_words(text)) & MORE_TO_COME)  # "benjing dipun cat" too


# A question about what is late ("apa yang telat?", "ada yang terlambat?", "DAFTAR terlambat"): DAFTAR of those past
# their deadline. "maaf telat balas" is an apology, not this question.
LATE_WORDS = {"telat", "terlambat", "lewat", "melewati", "overdue", "molor", "tertinggal"}
# A question about how to use the service ("gimana caranya?", "bingung pak", "cara balasnya bagaimana").
HOW_WORDS = {"gimana", "gmn", "bagaimana", "bgmn", "caranya", "cara", "bingung", "petunjuk", "panduan", "piye",
             "carane", "caranipun", "carana", "kepripun", "kumaha"}
# ... or said as not understanding yet, in the region's words too ("kulo dereng mudheng", "abdi teu acan ngartos")
UNDERSTOOD = {"paham", "mengerti", "ngerti", "ngertos", "mudeng", "mudheng", "ngartos", "ngarti"}
NOT_YET_UNDERSTOOD = NOT_WORDS | {"dereng", "durung", "ora", "gak", "ndak", "teu", "acan", "kurang", "krg"}
HOW_MAX_WORDS = 8


# A list or summary asked for inside a sentence ("selamat malam bu, mohon maaf, rekap hari ini ada?", "boleh minta
# rekapnya dinas pu?", "tolong kirimkan antreannya"): the word (or its -nya form) names the command.
# "daftar" is also "to register" ("mau daftar cuti"): a list only right after a word asking for it ("minta daftar").
ASKED_FOR = {"rekap": "REKAP", "rekapan": "REKAP", "rkp": "REKAP", "ringkasan": "REKAP", "antrean": "ANTREAN",
             "antrian": "ANTREAN"}
ASKING_WORDS = {"minta", "mnt", "kirim", "kirimkan", "kirimin", "lihat", "liat", "cek", "tampilkan"}
ASKED_MAX_WORDS = 14


def _asked_for(text: str) -> tuple[str | None, str]:
    """The list or summary command a short request names in its middle, with the words after it."""
    typed = words(text)
    if len(typed) > ASKED_MAX_WORDS or split_reference(marked_reference(text))[0] is not None:
        return None, text
    for index, word in enumerate(typed):
        word = word.removesuffix("nya")
        command = ASKED_FOR.get(word) or ("DAFTAR" if word in ("daftar", "list") and index
                                          and typed[index - 1] in ASKING_WORDS else None)
        if command is None and word in FIGURE_WORDS and index and typed[index - 1] in ASKING_WORDS and any(
                PERIOD_NAMED.search(w) for w in typed[index + 1:]):
            command = "REKAP"  # "minta data bulan ini": a period's figures (not "minta data pelapor lpr 1")
        if command is not None:
            return command, " ".join(typed[index + 1:])
    figures = worded.figures_asked(text)  # "statistik", "kinerja dlh gimana?", "jumlah laporan dlh brp"
    return ("REKAP", figures) if figures is not None else (None, text)


FIGURE_WORDS = {"data", "statistik", "angka", "capaian", "kinerja"}
PERIOD_NAMED = re.compile(r"^(?:hari|minggu|pekan|bulan|bln|tahun|thn|triwulan|semester|sasi|wulan|taun|iki|niki)$")


# A question about one complaint's progress ("gmn perkembangan lpr 1?", "lpr 1 sdh sampai mana ya?", "LPR-1 sejauh
# mana?"): its STATUS, never a TL that would send the question to the citizen.
HOW_FAR = {"gimana", "gmn", "gmana", "bagaimana", "bgmn", "piye", "sejauh",
           # how in Javanese (ngoko, krama, Banyumasan), Sundanese, Madurese
           "kepriye", "priye", "pripun", "kepripun", "dospundi", "kadospundi", "priben", "kepriben", "kumaha",
           "baremma", "beremma"}
PROGRESS_WORDS = {"perkembangan", "perkembangannya", "progres", "progresnya", "progress", "kabar", "kabarnya",
                  "status", "statusnya", "posisi", "posisinya"}
SO_FAR = re.compile(r"\b(?:sampai|sampe|smp|sdh\s+di|sudah\s+di)\s+mana\b", re.IGNORECASE)
PROGRESS_MAX_WORDS = 12
NOT_YET = {"belum", "blm", "blom", "belom", "dereng", "durung", "acan"}  # "… sudah beres belum": a question
# Its deadline asked ("lpr 1 batas waktunya kapan?", "deadline lpr 1 tgl brp"): STATUS says it
DEADLINE_WORDS = {"batas", "batasnya", "deadline", "deadlinenya", "dl", "tenggat", "tenggatnya", "tempo", "temponya"}
WHEN_WORDS = {"kapan", "kpn", "brp", "berapa", "tgl", "tanggal"}
# Why it takes so long or is not done yet ("lpr 1 kok lama bgt?", "laporan no 1 kok lambat sekali", "lpr 1 kok blm
# beres2"): its STATUS says where it is
SLOW_WORDS = understanding.SLOW  # "kok suwi?", "lpr 3 kok molor"
WHY_ASKED = {"kok", "kenapa", "knp", "mengapa", "napa"}
# Its history asked ("riwayat lpr 1", "minta kronologi lpr 1"): STATUS with the timeline's latest steps
HISTORY_WORDS = {"riwayat", "riwayatnya", "histori", "historinya", "history", "kronologi", "kronologinya",
                 "kronologis", "timeline", "timelinenya", "jejak", "jejaknya", "runtutan", "urutan"}
HISTORY_SHOWN = 10


def _asks_progress(text: str) -> list[int]:
    """The complaints a short question about their progress names ("lpr 1 dan lpr 3 kapan batas waktunya"), each
    once; [] for anything else."""
    typed = set(words(text))
    done_yet = (typed & DONE_WORDS and ("?" in text or words(text)[-1] in NOT_YET)  # "lpr 1 sdh beres belum"
                or "?" in text and typed & (RETURNING | MOVED_WORDS))  # "lpr 1 nopo sampun dipun wangsulaken?"
    if len(words(text)) > PROGRESS_MAX_WORDS or not (  # "sdh sy tl blm ya lpr 3?": whether it was answered
            typed & HOW_FAR or SO_FAR.search(text) or ("?" in text and typed & (PROGRESS_WORDS | ANSWERING))
            or done_yet or typed & DEADLINE_WORDS and ("?" in text or typed & WHEN_WORDS)
            or typed & (SLOW_WORDS | NOT_YET) and ("?" in text or typed & WHY_ASKED) or typed & HISTORY_WORDS):
        return []
    found = _named_inside(text)
    return _first_and_named(found[0], text) if found else []


ASKED_ONLY = HOW_FAR | PROGRESS_WORDS | NOT_YET | WHY_ASKED | {
    "pak", "bu", "ya", "yaa", "ndan", "nggih", "mas", "mbak", "kak", "nih", "ini", "yg", "yang", "itu", "sudah", "sdh",
    "udah", "udh", "sampai", "sampe", "smp", "mana", "apa", "kah", "skrg", "sekarang", "terbaru", "terkini",
    "kelanjutannya", "lanjutannya", "lpr", "no", "nomor", "laporan"}


def _only_progress_asked(rest: str) -> bool:
    """Whether what follows a word of TL only asks how the complaint is going ("progres lpr 1 gimana", "update
    lpr 1?", "tl lpr 1 sdh sampai mana?"): no news in it for the citizen."""
    typed = [w for w in words(rest) if not w.removeprefix("lpr").isdigit()]  # "lpr1" as typed too
    if not all(w in ASKED_ONLY for w in typed) or not numbers_named(rest) and split_reference(rest)[0] is None:
        return False
    return "?" in rest or bool(set(typed) & HOW_FAR) or SO_FAR.search(rest) is not None


def _first_and_named(first: int, text: str) -> list[int]:
    """The complaint found first in a text, then every other it names ("lpr 1 dan lpr 4 …"), each once."""
    return list(dict.fromkeys([first, *numbers_named(text)]))


def _asks_late(text: str) -> bool:
    return bool(set(words(text)) & LATE_WORDS) and not is_pleasantry(text) and split_reference(text)[0] is None


HOW_TO = {"cara", "caranya", "petunjuk", "panduan", "bingung"}


def _asks_how(text: str) -> bool:
    """Whether a short message asks how to use the service ("gmn cara balasnya?"); "gimana rekap hari ini" asks
    for the summary it names, not how."""
    typed = words(text)
    said = [w for w in typed if w not in GREETING_WORDS | COURTESY]  # "Assalamualaikum, sy Andi dr Dinkes. …"
    lost = any(w in UNDERSTOOD and before in NOT_YET_UNDERSTOOD for before, w in zip(["", *typed], typed, strict=False))
    named = ({w.removesuffix("nya") for w in typed} & ASKED_FOR.keys() or worded.figures_asked(text) is not None
             ) and not set(typed) & HOW_TO  # "gimana rekap hari ini", "kinerja dlh gimana?": what they name
    return ((bool(set(typed) & HOW_WORDS) or lost) and len(said) <= HOW_MAX_WORDS and not named
            and not any(ch.isdigit() for ch in text) and not _asks_late(text))


@dataclass
class StaffTurn:
    """One staff message being handled."""

    session: Session
    svc: Services
    staff: Contact
    message: Inbound
    now: datetime
    command: str
    rest: str
    replies: list[str] = field(default_factory=list)
    implied: bool = False  # the command was read from a swipe-reply without its word (plain text → TL)
    held: dict | None = None  # photos (and their caption) sent earlier without a command, for TL or SELESAI
    confirmed: bool = False  # the staff member answered YA to a question about this command (`_ask_to_confirm`)
    role: str = ""  # the role the staff member acts in: a head's stand-in (Plh) while the head is on leave, HEAD

    def __post_init__(self) -> None:
        if not self.role:
            self.role = Role.HEAD if stands_in_for(self.session, self.staff, self.now) else self.staff.role

    def say(self, key: str, **values) -> None:
        """Add a catalogue text to the replies."""
        self.replies.append(t(key, **values))

    @property
    def zone(self) -> ZoneInfo:
        """The region's time zone."""
        return self.svc.zone

    @property
    def media(self) -> list[dict]:
        """Photos (and other kept media: voice notes, videos, PDFs) attached to this message, after those held from
        the officer's earlier messages without a command (TL and SELESAI)."""
        own = [{"url": m.url, "content_type": m.content_type} for m in self.message.kept_media]
        return ((self.held["media"] if self.held else []) + own)[:complaints.MAX_PHOTOS]


# WhatsApp's formatting marks around words (*tebal*, _miring_, ~coret~, ```kode```) are no part of a command or text.
FORMATTING = re.compile(r"(?<![0-9A-Za-z])[*_~`]+|[*_~`]+(?![0-9A-Za-z])")


def handle(session: Session, svc: Services, staff: Contact, message: Inbound, now: datetime) -> list[str]:
    """Handle one message from a staff number and return the replies: each command of a message that holds several
    (`split_commands`) as if it came alone, the attachments and the swipe with the first."""
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
    reference = format_reference(rows[0].complaint.number) if len(rows) == 1 else "LPR-n"
    return t("staff_pin_not_sent", line=f"TL {reference} {line}")


def _swipe_passed(staff: Contact, message: Inbound) -> None:
    """Forgets the progress recorded from a swipe once another message followed it: a no after that answers
    whatever came between, never the swiped TL."""
    conversation = staff.conversation
    kept = (conversation.data or {}).get(SWIPED_TL_KEY) if conversation is not None else None
    if kept and kept.get("sid") != message.sid:
        conversation.data = {key: value for key, value in conversation.data.items() if key != SWIPED_TL_KEY}


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
        message = replace(message, body=own if reference == "LPR-n" else f"{reference} {own}")
    if (answered := _batch_answered(session, svc, staff, message, now)) is not None:
        return answered
    parts = split_commands(message.body)
    if len(parts) == 1:
        return _handle_part(session, svc, staff, message, now)
    return _handle_parts(session, svc, staff, message, parts, now)


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


ECHO_MIN_WORDS = 8  # fewer words may be a staff member's own ("TL LPR-1 tim ke lokasi")
ECHO_WORD_LENGTH = 4  # words that tell a copy: a command's own ("lpr 1 ke dlh, lpr 2 ke pupr") are shorter
ECHO_SHARE = 0.9  # a message this much made of one of the last notices' words is a copy of it
ECHO_LOOKBACK = 20  # the last notices sent to the staff member that a copy is compared with


def _echoed_notice(session: Session, staff: Contact, text: str) -> tuple[str, str] | None:
    """The reference (or "LPR-n") of one of the last notices sent to the staff member when a message copies it,
    forwarded or pasted back (whole or its first lines: its words hold "Disposisi", "TL <kemajuan>"), and the lines
    of the message's own typed around the copy ("" for none). None for a message that copies none."""
    if sum(len(w) >= ECHO_WORD_LENGTH and w.isalpha() for w in words(text)) < ECHO_MIN_WORDS:
        return None  # too few words to be a copy: no query of the notices for "TL LPR-1 sudah dicek"
    lines = text.splitlines() or [text]
    rows = session.scalars(select(OutboxMessage).where(OutboxMessage.recipient.in_(staff.addresses))
                           .order_by(OutboxMessage.id.desc()).limit(ECHO_LOOKBACK))
    for row in rows:
        sent = set(words(row.body))
        copied = [_copied_words(line, sent) for line in lines]
        if sum(len(found) for found in copied) < ECHO_MIN_WORDS:
            continue
        number = None
        if row.subject_type == "complaint":
            number = session.scalar(select(Complaint.number).where(Complaint.id == row.subject_id))
        own = "\n".join(line for line, found in zip(lines, copied, strict=True) if not found).strip()
        return (format_reference(number) if number is not None else "LPR-n"), own
    return None


def _copied_words(line: str, sent: set[str]) -> list[str]:
    """The words that tell a copy (four letters or more) of a line that is one of a notice's; [] for a line of the
    staff member's own."""
    typed = [w for w in words(line) if len(w) >= ECHO_WORD_LENGTH and w.isalpha()]  # not "lpr", "1", "ke"
    return typed if typed and sum(w in sent for w in typed) >= ECHO_SHARE * len(typed) else []


def _handle_part(session: Session, svc: Services, staff: Contact, message: Inbound, now: datetime) -> list[str]:
    """One command of a message, unless a further one about another complaint is typed on inside its sentence."""
    if (inline := _inline_command(message.text)) is not None:
        return [t("staff_two_commands_inline", first=message.text[:inline].strip(),
                  second=message.text[inline:].strip())]
    message = worded.which_answered(session, svc, staff, message, now)  # "2" after "Laporan yang mana?"
    return _handle_one(session, svc, staff, message, now)


# A command word and a written reference inside a sentence ("tl lpr 1 sudah dicek tl lpr 2 besok"): maybe a second
# command typed on, maybe the text ("… sesuai info lpr 2"); neither is guessed.
INLINE_COMMAND = re.compile(r"(?<=\s)(?:tl|t\.l\.?|selesai|info|tanya|kembalikan|survei|teruskan|tunda|arsipkan)"
                            rf"\s*[:,]?\s*(?={MARK}\d|#\s*\d)", re.IGNORECASE)


def _inline_command(text: str) -> int | None:
    """Where a further command about another complaint starts inside the sentence of a command, or None."""
    if text.lower().count("lpr") + text.count("#") < 2:
        return None
    command, rest = read_command(text)
    first = split_reference(rest)[0] if command else None
    if first is None:
        return None
    for found in INLINE_COMMAND.finditer(text):
        other = split_reference(text[found.end():], bare=False)[0]
        if other is not None and other != first:
            return found.start()
    return None


# Where a message may hold a further command: a new line or a semicolon; a full stop, "!" or "?" and a comma before
# a command word and a marked reference ("tl lpr 1 … . tl lpr 2 …").
LINE_BREAK = re.compile(r"(\s*(?:\n|;)\s*)")
SENTENCE_BREAK = re.compile(r"((?<=[.!?,])\s+)")
# Commands a later sentence may start (STATUS too on a line of its own: "status lpr 2 masih proses" is text).
SPLITTING = {"TL", "SELESAI", "INFO", "KEMBALIKAN", "SURVEI", "TERUSKAN", "TUNDA", "ARSIPKAN", "GABUNG", "ALIHKAN"}


def split_commands(text: str) -> list[str]:
    """A message cut where a further command starts: a line or sentence that opens with a command word and a
    marked reference (`TL LPR-2 …`, `LPR-2 tl …`), or a line that opens with the reference of another complaint
    after a command that has its text (`LPR-2 armada berangkat`: told the command to send, never relayed with the
    first), or another complaint's reference with a short status at the end (`…, lpr 2 blm`). Anything else stays
    with what it follows: the text of one command, agencies after `;`, references sharing a text."""
    return [piece for part in _split_at_breaks(text) for piece in _status_apart(part)]


# Another complaint's short status at the end of a message about one ("lpr 1 sdh kami angkut semua, lpr 2 blm",
# "… lpr 2 msh proses", "…, no 2 otw pak", "…, yg #2 belum ya"): its own part, never the first one's text. Only
# words of not yet or under way follow the reference ("… jl melati no 5 masih bocor" is the text).
STATUS_NOT_YET = NOT_YET | {"blum", "lom", "drg", "urung", "menyusul", "nyusul", "susul"}
UNDER_WAY = {"msh", "masih", "mash", "proses", "prosess", "diproses", "otw", "otewe", "sdg", "sedang", "lg", "lagi",
             "dlm", "dalam", "pending", "ditunda", "antri", "antre", "progres", "progress", "jalan", "berjalan"}
STATUS_FILLER = {"pak", "bu", "ya", "yaa", "ndan", "nggih", "njih", "min", "mas", "mbak", "kak", "dulu", "dl", "juga",
                 "jg", "nih", "ini", "yg", "yang", "itu"}
STATUS_TAIL = re.compile(
    r"(?:\s+|\s*[,;.]\s*)(?:(?:yg|yang|sedangkan|sementara|tapi|tp|kalau|kalo|klo|utk|untuk|dan|&|sisanya)\s+)?"
    r"((?:lpr|#)\s*[-–—.:#]?\s*\d+|(?<=[,;.]\s)(?:no|nomor|laporan)\.?\s*\d+|(?<=[,;.])(?:no|nomor|laporan)\.?\s*\d+)"
    r"((?:\s+[^\W\d_]+){1,5})\s*[.!?]*\s*$", re.IGNORECASE)


def _status_apart(part: str) -> list[str]:
    """`part`, or its words before another complaint's short status at its end and that status."""
    match = STATUS_TAIL.search(part)
    if match is None:
        return [part]
    said = words(match.group(2))
    if not set(said) <= STATUS_NOT_YET | UNDER_WAY | STATUS_FILLER or not set(said) & (STATUS_NOT_YET | UNDER_WAY):
        return [part]
    head = part[:match.start()].rstrip(" ,;.")
    command, rest = read_command(head)
    first, text = split_reference(rest) if command else split_reference(marked_reference(head), bare=False)
    number = split_reference(marked_reference(match.group(1)), bare=False)[0]
    if first is None or number is None or first == number or not any(ch.isalpha() for ch in text):
        return [part]
    return [head, f"{format_reference(number)}{match.group(2)}"]  # "no 2 belum" answers no question


def _split_at_breaks(text: str) -> list[str]:
    """`text` cut at the lines and sentences that start a further command (`split_commands`)."""
    if "\n" not in text and ";" not in text and not SENTENCE_BREAK.search(text):
        return [text]
    parts, joined = [], ""
    for line_index, line in enumerate(LINE_BREAK.split(text)):
        if line_index % 2:  # the break itself
            joined += line
            continue
        for index, sentence in enumerate(SENTENCE_BREAK.split(line)):
            if index % 2:
                joined += sentence
            elif joined.strip() and _starts_command(sentence, joined, whole_line=index == 0):
                parts.append(joined.strip().rstrip(";").rstrip())  # the ";" that parted them is no text
                joined = sentence
            else:
                joined += sentence
    return [*parts, joined.strip()] if parts else [text]


DIGIT = re.compile(r"\d")
# Within a line, a further command names its complaint as `LPR-2` or `#2` ("… . Info no 5 rumah ada di kantor" is text).
WRITTEN_REFERENCE = re.compile(rf"\blpr\b|\b{MARK}\d|#\s*\d", re.IGNORECASE)


FORWARD_CLAUSE = re.compile(r"^\s*(?:lpr|#)\s*[-–—.:#]?\s*\d+\s*(?:ke\b|kpd\b|kepada\b|-+>|=>)", re.IGNORECASE)


def _starts_command(clause: str, before: str, whole_line: bool) -> bool:
    """Whether `clause` (a sentence, or the start of a line when `whole_line`) is a further command after `before`:
    one about another complaint than the command before it (about the same one it is that command's text)."""
    if not DIGIT.search(clause, 0, DOTTED_WITHIN):  # no reference, no further command: the common case
        return False
    command, rest = read_command(clause)
    number = split_reference(rest if command else marked_reference(clause), bare=False)[0]
    # "no 1 pengukuran selesai" on a line of a TL's list is its text; "LPR-1 …" or "TL no 1 …" names a complaint
    written = command is not None and whole_line or WRITTEN_REFERENCE.search(clause[:DOTTED_WITHIN])
    if number is None or not written or _only_references(before):
        return False  # "LPR-1, LPR-2 selesai": references sharing the command after them
    earlier, earlier_rest = read_command(before)
    first, text = split_reference(earlier_rest)
    if first == number:
        return False
    if command is None:  # a line (or a sentence, `LPR-2`/`#2` first) opening with another complaint's reference,
        opens = whole_line or WRITTEN_REFERENCE.match(clause.lstrip()) is not None  # after a command with its text
        # ("LPR 1: sudah …" / "LPR-2 …", "lpr 1 sdh diukur, lpr 2 msh dlm proses")
        if earlier is None and (whole_line or opens and not FORWARD_CLAUSE.match(clause)):  # or after a line (a
            # sentence) of words that opens with another one; "lpr 1 ke dlh, lpr 2 ke pupr" is one forward of each
            first, text = split_reference(marked_reference(before.strip().splitlines()[-1]), bare=False)
            return first is not None and first != number and any(ch.isalpha() for ch in text)
        return opens and earlier is not None and first is not None and any(ch.isalpha() for ch in text)
    return command in SPLITTING or (whole_line and command == "STATUS")


def _only_references(text: str) -> bool:
    """Whether a text is only references ("LPR-1,", "lpr 1 dan lpr 2")."""
    number, rest = split_reference(marked_reference(text), bare=False)
    return number is not None and not _joined_references(number, rest)[1]


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
    command, rest = read_command(message.text)
    turn = StaffTurn(session, svc, staff, message, now, command or "", rest)
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
    if not command:
        return _no_command(turn)
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


# An officer asking for more time on a complaint ("mohon perpanjangan waktu", "minta tambahan waktu 1 minggu",
# "bisa diperpanjang?", "mhn dispensasi waktu"): no command extends a deadline.
# ("perpanjangan pipa sudah dipasang" is the work: the lengthening asked is of the time or the deadline)
MORE_TIME = re.compile(r"\b(?:(?:di)?perpanjang\w*\s+(?:\w+\s+)?(?:waktu|wkt|batas|deadline|tenggat|tempo)"
                       r"|(?:bisa|bs|boleh|mohon|mhn|minta|izin|ijin)\s+(?:\w+\s+)?(?:di)?perpanjang\w*"
                       r"|(?:tambahan|penambahan|tambah|extra|ekstra|dispensasi)\s+(?:waktu|wkt|hari|batas)"
                       r"|waktu\s+tambahan|undur\s+batas)\w*\b", re.IGNORECASE)


def _asks_more_time(turn: StaffTurn) -> bool:
    """Answers an officer's request for more time on a complaint (with no command) with what gives it: SURVEI (a
    field inspection: 60 working days), and TL to tell the citizen why."""
    if not MORE_TIME.search(turn.message.text):
        return False
    number = _hinted(turn)[0] or _replied_complaint_number(turn)
    turn.say("staff_more_time", reference=format_reference(number) if number else "LPR-12")
    return True


WHERE_TO = re.compile(r"\bke\s*mana\b|\bkmn\b", re.IGNORECASE)
AGENCY_WORDS = {"instansi", "dinas", "opd", "skpd", "instansinya", "dinasnya", "opdnya"}
WHICH_WORDS = {"apa", "mana", "mn", "yg", "yang", "cocok", "pas", "tepat", "sesuai"}
SUGGESTION_WORDS = {"saran", "sarannya", "rekomendasi", "rekomendasinya", "usulan"}
WHERE_MAX_WORDS = 14


def _where_asked(turn: StaffTurn) -> bool:
    """Answers a verifier's short question of where one complaint should go ("lpr 1 kemana ya bu?", "saran instansi
    utk lpr 1 apa ya", "lpr 1 dikembalikan 2 dinas, enaknya ke mana ya") with the suggestions the verifiers were
    shown (an agency that returned it last, marked) and how to take them."""
    text = turn.message.text
    typed = set(words(text))
    if turn.staff.role not in VERIFIER_ROLES or len(words(text)) > WHERE_MAX_WORDS or not (
            WHERE_TO.search(text) or typed & AGENCY_WORDS and typed & (WHICH_WORDS | SUGGESTION_WORDS)
            and (is_question(text) or typed & SUGGESTION_WORDS)):
        return False
    found = _named_inside(text)
    complaint = complaints.by_number(turn.session, found[0]) if found else None
    if complaint is None or complaint.status != complaints.NEW:
        return False
    shown = shown_suggestions(complaint)
    lines = [t("verifier_suggestion_item" if s.get("reason") else "verifier_suggestion_item_plain", number=number,
               code=s["code"], score=f"{s['score']:.0%}", reason=s.get("reason")) for number, s in enumerate(shown, 1)]
    if lines and all(s.get("returned") for s in shown):  # each one suggested sent it back: another is needed
        turn.say("verifier_where_all_returned", reference=complaint.reference, suggestions="\n".join(lines))
    else:
        turn.say("verifier_where_to" if lines else "verifier_where_none", reference=complaint.reference,
                 suggestions="\n".join(lines))
    return True


def _asked_as_own_role(command: str, role: str) -> str:
    """INFO and TUNDA both ask the citizen: a verifier's INFO is their TUNDA, an officer's TUNDA their INFO (or they
    are told TL, to put it off)."""
    if command == "INFO" and role in VERIFIER_ROLES:
        return "TUNDA"
    if command == "TUNDA" and role in OFFICER_ROLES:
        return "INFO"
    return command


def _refuse(turn: StaffTurn, command: str, roles, rest: str) -> None:
    """A command of another role: refused, with what this role sends instead when there is such a command."""
    if command == "TERUSKAN" and turn.role == Role.HEAD and (handed := worded.forwarded_to_colleague(turn, rest)):
        _ask_handover(turn, *handed)  # "disposisi lpr 1 ke dewi": the agency's own officer, handed over
        return
    turn.say("staff_not_allowed", command=command, who=ROLE_NAMES[roles])
    if instead := INSTEAD[turn.staff.role].get(command):
        number = split_reference(rest)[0]
        turn.replies[-1] += "\n" + t(instead, reference=format_reference(number) if number else "LPR-12")


def _no_command(turn: StaffTurn) -> list[str]:
    """Replies to a message that carries no command: photos are held for the next one, work said done in other
    words is asked about, anything else gets what to type (unless something was said already)."""
    if not turn.replies and (_held_answered(turn) or _swiped_tl_refused(turn)):  # "TIDAK" after a swiped TL
        pass
    elif not turn.replies and turn.staff.role in OFFICER_ROLES and (final := _sounds_final(turn)):
        _ask_final(turn, *final)
    elif not turn.replies and turn.staff.role in OFFICER_ROLES and (disputed := _sounds_not_ours(turn)):
        number, text = disputed
        _ask_to_confirm(turn, "KEMBALIKAN", f"{format_reference(number)} {text}", "staff_confirm_return",
                        reference=format_reference(number), text=excerpt(text, 300))
    elif not turn.replies and turn.staff.role in VERIFIER_ROLES and (  # "lpr 2 sdh": what a verifier's done means
            _verifier_said_done(turn) or _verifier_act_asked(turn)):
        pass
    elif not turn.replies and turn.role == Role.HEAD and (handed := _sounds_handed(turn)):
        _ask_handover(turn, *handed)
    elif not turn.replies and _holders_asked(turn):
        pass
    elif not turn.replies and handover.officer_stands_in(turn):  # "kadis lagi cuti, sy yg handle ya pak"
        pass
    elif not turn.replies and turn.staff.role in OFFICER_ROLES + VERIFIER_ROLES and _not_yet_said(turn):
        pass  # "lpr 2 blm", "…, lpr 2 belum"
    elif (not turn.replies and not _said_in_passing(turn) and not _progress_offered(turn)  # work: offered as TL
          and not _not_held(turn)):
        turn.say("staff_unknown", hint=_hint(turn))
    return turn.replies


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


def _not_yet_said(turn: StaffTurn) -> bool:
    """Answers a complaint's reference with words of not yet alone ("lpr 2 blm", "#2 belum pak", after another
    complaint's answer in the same message): nothing to record or relay, and how to tell its citizen progress."""
    number, rest = split_reference(marked_reference(turn.message.text.strip()), bare=False)
    said = set(words(rest))
    if number is None or not said & STATUS_NOT_YET or not said <= STATUS_NOT_YET | STATUS_FILLER:
        return False
    if turn.staff.role in VERIFIER_ROLES:  # not yet forwarded: what sends it on, or asks its citizen
        complaint = complaints.by_number(turn.session, number)
        if complaint is None:
            return False
        waiting = complaint.status == ComplaintStatus.NEW
        turn.say("staff_not_yet_verifier" if waiting else "staff_not_yet_noted", reference=complaint.reference)
        return True
    if not _held_here(turn, number):
        return False
    turn.say("staff_not_yet", reference=format_reference(number))
    return True


def _verifier_said_done(turn: StaffTurn) -> bool:
    """Answers a verifier's reference with words of done alone ("lpr 2 sdh", "no 2 sampun nggih"): a verifier's own
    step is the forward, so a complaint waiting gets TERUSKAN (or ARSIPKAN, when it needs no agency); one forwarded is
    said to be answered by its agencies. Nothing is recorded."""
    number, rest = split_reference(marked_reference(turn.message.text.strip()), bare=False)
    said = set(staff_words(rest))
    if number is None or not said & (DONE_MARKERS | DONE_WORDS) or not _only_done_said(rest) or is_question(rest):
        return False
    complaint = complaints.by_number(turn.session, number)
    if complaint is None:
        return False
    if complaint.status == ComplaintStatus.NEW:
        turn.say("staff_done_verifier_new", reference=complaint.reference)
    elif complaint.status in (ComplaintStatus.DISPOSITIONED, ComplaintStatus.IN_PROGRESS):
        turn.say("staff_done_verifier_forwarded", reference=complaint.reference,
                 agencies=and_list([d.agency.code for d in complaint.dispositions]))
    else:
        turn.say("staff_complaint_closed", reference=complaint.reference, status=STAFF_STATUS_NAMES[complaint.status])
    return True


def _not_held(turn: StaffTurn) -> bool:
    """Whether an officer's words name a complaint their agency does not hold ("lpr 1 udh aman pak" from PUPR for a
    complaint at DLH): said so, instead of a hint to send them as its TL."""
    if turn.staff.role not in OFFICER_ROLES or turn.message.replied_to_sid:
        return False
    number = _hinted(turn)[0]
    return number is not None and not _held_here(turn, number)


def _said_in_passing(turn: StaffTurn) -> bool:
    """Answers a message that is no command and nothing to record: an acknowledgement, an opening before the report
    ("Izin lapor pak:": told to go ahead, and kept for the next bubble), or a citizen's filing (which the opening
    kept, "izin lapor pak" then "lampu depan rumah saya mati", may have begun)."""
    message, opening = turn.message, _remembered(turn, OPENING_KEY, OPENING_LIFETIME)
    _remember(turn, OPENING_KEY, None)
    said = f"{opening['text']} {message.text}" if opening and not message.replied_to_sid else message.text
    if _acknowledges_one(message.text) and not message.replied_to_sid:
        turn.say("staff_acknowledged", hint=_hint(turn))
    elif (story := _came_another_way(message.text)) is not None and not message.replied_to_sid:
        if story:  # kept for YA: it goes on as ADUAN WARGA with the story would
            _remember(turn, CONFIRM_KEY, {"command": WALK_IN_FILING, "rest": story, "at": turn.now.isoformat()})
        turn.say("staff_walk_in_told" if story else "staff_walk_in", story=story or t("example_story"))
    elif _opens_a_report(message.text) and not message.replied_to_sid:
        _remember(turn, OPENING_KEY, {"text": message.text, "at": turn.now.isoformat()})
        turn.say("staff_go_ahead_officer" if turn.staff.role in OFFICER_ROLES else "staff_go_ahead")
    elif _wants_to_file(said) and mentioned_reference(message.text) is None and not sounds_like_progress(said):
        turn.say("staff_file_elsewhere")
    elif PASSED_ON.search(message.text) and not sounds_like_progress(PASSED_ON.sub("", message.text)):
        _passed_on(turn)  # "sdh sy forward ke eko ya", "sdh sy fwd ke kabid": done outside the chat
    elif DIRECTORY_CHANGE.search(message.text) and mentioned_reference(message.text) is None:
        turn.say("staff_directory_change", verifiers=_verifiers_named(turn))
    elif NOTICES_MISSED.search(message.text) and not sounds_like_progress(message.text):  # "kok sy gak dpt
        # notif?": about the service, not for a citizen
        turn.say("staff_notices_how", verifiers=_verifiers_named(turn))
    return bool(turn.replies)


# A citizen's complaint that reached a staff member another way ("ada warga datang ke kantor lapor jalan rusak …",
# "tadi ada ibu2 telpon mengeluh …", "wonten warga rawuh, wadul …"): someone, then their reporting, then the story.
# What they said may be told with "katanya", "bilang", "cerita" after someone who came or called ("ada warga datang
# ke kantor, katanya …"); after "warga sekitar" alone it is news of a complaint ("warga sekitar bilang sdh diangkut").
WALK_IN = re.compile(
    r"\b(?:warga|masyarakat|penduduk|pengadu|ibu2|bapak2|ibu-ibu|bapak-bapak|tamu|(?:ada|wonten|onten|aya)\s+"
    r"(?:(?:seorang|seorg|satu|sa|se)\s+)?(?:bapak|ibu|pak|bu|orang|org|yg|yang|tiyang))\b.{0,60}?"
    r"\b(?:lapor|melapor|melaporkan|mengadu|ngadu|mengadukan|mengeluh|ngeluh|mengeluhkan|komplain|complain|protes|"
    r"sambat|wadul|ngawadul|alapor|nglaporaken|ngaturaken|"
    r"(?:datang|dtg|telpon|telp|telepon|nelpon|japri|wa|chat|sms|ketemu|rawuh)\b.{0,30}?"
    r"\b(?:katanya|katane|jarene|bilang|cerita|ngomong|menyampaikan|nyampein))\b[\s,:;.-]*"
    r"(?:(?:bahwa|bhw|kalau|kalo|klo|soal|tentang|ttg|masalah|perihal|yen|menawi)\b[\s,:;-]*)?",
    re.IGNORECASE | re.DOTALL)
WALK_IN_STORY_MIN_WORDS = 3
WALK_IN_FILING = "ADUAN WARGA"  # the question kept for the story told: YA files it as that command with the story would


def _walk_in_answered(turn: StaffTurn) -> str | None:
    """The story of a citizen's complaint that came another way, when the staff member answers YA to filing it
    from their number ("ya pak, catat aja", "nggih"); a no ("tidak usah, warganya lapor sendiri") calls it off,
    said. None for anything else."""
    pending = _remembered(turn, CONFIRM_KEY, CONFIRM_LIFETIME)
    typed = words(turn.message.text)
    if pending is None or pending["command"] != WALK_IN_FILING or turn.message.replied_to_sid or not typed:
        return None
    if typed[0] in NO_WORDS or CALL_OFF.match(normalize(turn.message.text)):
        _remember(turn, CONFIRM_KEY, None)
        turn.say("staff_walk_in_dropped")
        return None
    if len(typed) > CONFIRM_MAX_WORDS or not (set(typed) <= WALK_IN_YES or understanding.means_yes(
            turn.message.text)):
        return None
    _remember(turn, CONFIRM_KEY, None)
    return pending["rest"]


def _filed_as_citizen(turn: StaffTurn) -> list[str] | None:
    """The citizen's conversation's replies to ADUAN WARGA (and a story told after it), or to YA to filing the
    story of a citizen's complaint that came another way; None for any other message."""
    if (story := _citizen_story(turn.message.text)) is not None:
        from bot.conversation import handle as converse  # the citizen's conversation, from its first step

        return converse(turn.session, turn.svc, turn.staff, replace(turn.message, body=story or "ADUAN", media=()),
                        turn.now)
    if (story := _walk_in_answered(turn)) is not None:
        return _file_walk_in(turn, story)
    return None


def _file_walk_in(turn: StaffTurn, story: str) -> list[str]:
    """Files the story told as the staff member's own complaint, as ADUAN WARGA with it would, past the question
    whether it is the description (the YA said so): the reply goes on with its next step."""
    from bot.conversation import handle as converse  # the citizen's conversation, from its first step

    staff, message = turn.staff, turn.message
    offered = converse(turn.session, turn.svc, staff, replace(message, body=story, media=()), turn.now)
    if staff.conversation is None or staff.conversation.state != "offer":
        return offered
    return [t("staff_walk_in_filing")] + converse(turn.session, turn.svc, staff, replace(message, body="YA", media=()),
                                                  turn.now)


def _came_another_way(text: str) -> str | None:
    """The story of a citizen's complaint a staff member says reached them another way (at the office, by phone, in
    a private chat), "" when too little of it is told; None for anything else (a reference named, a question)."""
    found = WALK_IN.search(text)
    if found is None or mentioned_reference(text) is not None or is_question(text):
        return None
    story = text[found.end():].strip()
    return story if len(words(story)) >= WALK_IN_STORY_MIN_WORDS else ""


# A notice passed on to someone outside the chat ("sdh sy forward ke eko ya", "sampun kulo terasaken dhateng mas
# eko"): done already, by WhatsApp; the person after "ke" is who it went to.
PASSED_ON = re.compile(r"\b(?:sudah|sdh|udah|udh|dh|telah|tlh|sampun|wis|wes|uwis)\s+(?:(?:saya|sy|aku|ak|kulo|"
                       r"kami|gw|gue)\s+)?(?:di)?(?:forward|fwd|teruskan|terusin|teruske|terusake|terasaken|"
                       r"sampaikan|sampekne|share|kirim|kirimkan|oper|lempar|japri)\w*\s+(?:ke|kpd|kepada|dhateng|"
                       r"marang|menyang|nang|ka)\s+(.+)$", re.IGNORECASE)


def _passed_on(turn: StaffTurn) -> None:
    """Answers words saying a notice was passed on outside the chat: nothing recorded; a head who names one of the
    agency's officers is shown the ALIHKAN that makes its notices theirs alone, anyone else is thanked."""
    found = PASSED_ON.search(turn.message.text)
    named = " ".join(w for w in words(found.group(1)) if w not in HAND_FILLER)
    officer = handover._agency_member(turn, named) if named and turn.role == Role.HEAD else None
    if officer is None:
        turn.say("staff_acknowledged", hint=_hint(turn))
        return
    number = _hinted(turn)[0] or _replied_complaint_number(turn)
    if number is None and turn.staff.agency_id is not None:
        count, rows = _own_open(turn)
        number = rows[0].complaint.number if len(rows) == 1 and count == 1 else None
    turn.say("staff_passed_on", reference=format_reference(number) if number else "LPR-12",
             name=person_label(officer))


# An opening before the report in the next bubble ("Izin lapor pak:", "mohon ijin melaporkan ndan", "izin pak"):
# courtesy and words of reporting alone, no command, no reference.
REPORTING = {"lapor", "melapor", "melaporkan", "laporkan", "lapur", "menyampaikan", "sampaikan", "izin", "ijin",
             "permisi", "nyuwun", "punten"}
OPENING_FILLER = COURTESY | REPORTING | {"mau", "ingin", "hendak", "akan", "sedikit", "berikut", "sbb", "dulu", "nggih"}
OPENING_MAX_WORDS = 8
OPENING_KEY, OPENING_LIFETIME = "staff_opening", timedelta(minutes=15)


def _opens_a_report(text: str) -> bool:
    typed = words(text)
    return (0 < len(typed) <= OPENING_MAX_WORDS and all(w in OPENING_FILLER for w in typed)
            and bool(set(typed) & REPORTING))


def _ask_final(turn: StaffTurn, number: int, text: str, media: list[dict] | None = None) -> None:
    """Asks whether work said done in other words is the final answer; of two complaints joined ("lpr 1 dan 3 sudah
    beres", "LPR-1 & LPR-2 sdh selesai") it is asked once for both, as for one: YA records it for each."""
    numbers, text = _joined_references(number, text) if JOINED_NEXT.match(text) else ([number], text)
    text = without_closing_address(_for_the_citizen(text))  # as the citizen will read it: no thanks to the office
    if len(numbers) > 1 and _only_done_said(text):
        text = ""  # "lpr 1 dan 2 sdh beres": no answer for the citizens yet
    references = " ".join(format_reference(n) for n in numbers)
    _ask_to_confirm(turn, "SELESAI", f"{references} {text}".strip(),
                    "staff_confirm_final" if text else "staff_confirm_final_empty", media=media,
                    reference=and_list([format_reference(n) for n in numbers]),
                    text=excerpt(_done_for_citizen(text), 300))


# Another complaint joined to the one named first ("lpr 1 dan 3 …", "LPR-1 & LPR-2 …", "lpr 1, lpr 2 …"): a bare
# number only after "dan"/"&" (after a comma it is the text: "lpr 1, 2 rit sudah diangkut").
JOINED_NEXT = re.compile(r"^\s*(?:(?:[&+/]|" + AND_WORDS + r")\s*(?:(?:lpr|no|nomor|laporan)\s*[-–—.:#]?\s*|#\s*)?"
                         r"|,\s*(?:(?:lpr|no|nomor|laporan)\s*[-–—.:#]?\s*|#\s*))(\d{1,9})\b" + COUNTED,
                         re.IGNORECASE)


def _verifier_act_asked(turn: StaffTurn) -> bool:
    """Whether a verifier's sentence names a merge or a forward without its command word: it is asked about."""
    if (rejected := _sounds_rejected(turn.message.text) or worded.rejected_said(turn.message.text)) is not None:
        reference, reason = rejected
        _ask_to_confirm(turn, "ARSIPKAN", f"{reference} {reason}", "staff_confirm_archive", reference=reference,
                        text=excerpt(reason, 300))
        return True
    if (pair := _sounds_merged(turn.message.text) or worded.merged_said(turn.message.text)) is not None:
        child, parent = (format_reference(n) for n in pair)
        _ask_to_confirm(turn, "GABUNG", f"{child} {parent}", "staff_confirm_merge", child=child, parent=parent)
        return True
    if (each := _each_forwarded(turn)) is not None:
        each = [(ref, new) for ref, found in each if (new := _not_there_yet(turn, ref, found))]
        if each:
            _ask_to_confirm(turn, "TERUSKAN", ", ".join(f"{ref} {' '.join(a.code for a in found)}"
                                                        for ref, found in each),
                            "staff_confirm_forward_each", pairs=", ".join(
                                f"{ref} ke {', '.join(a.code for a in found)}" for ref, found in each))
        return True
    if (sent := _sounds_forwarded(turn) or worded.forward_said(turn)) is not None:  # worded: "lpr 2 urgent ke pupr"
        reference, agencies = sent  # "LPR-1 LPR-2" for both
        if " " not in reference and not (agencies := _not_there_yet(turn, reference, agencies)):
            return True
        codes = " ".join(agency.code for agency in agencies)
        _ask_to_confirm(turn, "TERUSKAN", f"{reference} {codes}", "staff_confirm_forward",
                        reference=and_list(reference.split()), agencies=", ".join(agency.code for agency in agencies))
        if set(words(turn.message.text)) & CORRECTING and " " not in reference:
            _wrong_one_stays(turn, reference)
        return True
    return _verifier_asks_reporter(turn)


def _wrong_one_stays(turn: StaffTurn, reference: str) -> None:
    """Says, under the question, that the dispositions a verifier calls wrong stay open: no command withdraws one;
    its officers return it (KEMBALIKAN)."""
    complaint = complaints.by_number(turn.session, split_reference(reference)[0])
    held = [d.agency.code for d in complaint.dispositions if d.status == DispositionStatus.OPEN] if complaint else []
    if held and turn.replies:
        turn.replies[-1] += "\n" + t("staff_forward_wrong_stays", agencies=", ".join(held), reference=reference)


def _verifier_asks_reporter(turn: StaffTurn) -> bool:
    """A verifier's sentence naming a complaint and asking someone to ask its reporter ("lpr 2 minta lokasi
    lengkapnya ke pelapor", "lpr 2 tolong ditanyakan ke pelapor ada fotonya?"): TUNDA with the question is shown,
    as its words speak of the reporter, not to them; nothing is recorded."""
    number, rest = split_reference(marked_reference(turn.message.text.strip()), bare=False)
    if number is None or not _asks_to_ask(rest):
        return False
    turn.say("staff_hint_verifier_ask", reference=format_reference(number))  # the words are for the office:
    return True  # the question the citizen reads is written as such


def _not_there_yet(turn: StaffTurn, reference: str, agencies: list[Agency]) -> list[Agency]:
    """The agencies a forward said in words names that do not have the complaint yet; of those that do, the
    verifier is told at once ("LPR-1 sudah ada di DLH"), never asked first and refused after YA."""
    complaint = complaints.by_number(turn.session, split_reference(reference)[0])
    if complaint is None:
        return agencies  # said not found when asked about
    working = dispositions.working_agencies(complaint)
    for agency in agencies:
        if agency.id in working:
            turn.say("teruskan_already", reference=complaint.reference, agency=agency.code)
    return [agency for agency in agencies if agency.id not in working]


# A question before acting ("is this the final answer?", "forward to the author's own agency?"): the command waits
# on the conversation row for YA (or, for a final answer, TL: progress instead); anything else leaves it.
CONFIRM_KEY, CONFIRM_LIFETIME = "staff_confirm", timedelta(minutes=15)
YES_WORDS = {"ya", "iya", "iyaa", "yaa", "y", "yes", "yup", "ok", "oke", "okey", "siap", "betul", "benar", "bener",
             "lanjut", "lanjutkan", "kirim", "kirimkan", "setuju", "sip", "yoi", "boleh", "silakan", "silahkan",
             "teruskan", "pak", "bu", "ndan", "min", "sudah", "sdh"}
NO_WORDS = NOT_WORDS | {"bukan", "bkn", "jangan", "jgn", "batal", "no", "cancel"}
CONFIRM_MAX_WORDS = 5
# "ya pak, catat aja", "iya tolong dicatat": yes to filing the story told
WALK_IN_YES = YES_WORDS | {"catat", "catatkan", "dicatat", "dicatatkan", "aja", "saja", "wae", "ae", "tolong", "tlg",
                           "mohon", "mhn", "dulu", "nggih", "injih", "iya"}


# A verifier rejecting a complaint in words ("lpr 2 tolak aja, bukan kewenangan pemda", "LPR-2 ditolak krn iklan"):
# ARSIPKAN is asked about, with the words after as its reason.
REJECTING = {"tolak", "ditolak", "tolakan", "reject", "rejected"}


def _sounds_rejected(text: str) -> tuple[str, str] | None:
    """The complaint and reason of a verifier's reference followed by a word for rejecting it; None otherwise."""
    number, rest = split_reference(marked_reference(_without_courtesy(text)), bare=False)
    if number is None or not words(rest) or words(rest)[0] not in REJECTING:
        return None
    reason = after_words(rest, 1)
    while words(reason) and words(reason)[0] in FILLER_FIRST | COURTESY:
        reason = after_words(reason, 1)
    return (format_reference(number), reason.strip(REFERENCE_PUNCTUATION)) if words(reason) else None


def _ask_to_confirm(turn: StaffTurn, command: str, rest: str, key: str, alternative: dict | None = None,
                    media: list[dict] | None = None, **values) -> None:
    """Keeps `command` with `rest` (and the `media` it sends: a swiped voice note) for the staff member's YA (and
    the `alternative` command its word answers: ARSIP after "merge instead?") and asks the question `key`; a
    complaint that does not exist is said so at once, not asked about."""
    if command not in UNREFERENCED and not _exists(turn, rest):
        return
    if turn.staff.role in OFFICER_ROLES and command in ONLY_OPEN_ASKED and not _all_held(turn, rest):
        return  # "lpr 1 sudah dicek" from an agency that does not hold it: never offered as its TL
    earlier = _remembered(turn, CONFIRM_KEY, CONFIRM_LIFETIME) or {}
    # an earlier command of the same message ("lpr 1 sdh …, lpr 2 sdh …") was asked with the photos held: they go
    # with its answer, and this question does not promise them again
    claimed = bool(turn.message.sid) and earlier.get("sid") == turn.message.sid and earlier.get("held_claimed", False)
    held = "" if claimed or command not in {"TL", "SELESAI"} else _held_going_with(turn, rest)
    asked = {"command": command, "rest": rest, "at": turn.now.isoformat(), "alternative": alternative,
             "media": media or [], "sid": turn.message.sid, "held_claimed": claimed or bool(held)}
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
        _text_instead(turn, pending)
        return None
    command = pending["command"]
    reference = format_reference(split_reference(pending["rest"])[0] or 0)
    if typed[0] in NO_WORDS or CALL_OFF.match(normalize(turn.message.text)) or _takes_back(turn.message.text):
        _remember(turn, CONFIRM_KEY, None)
        if command == "CUTI":  # leave apart from the recorded one: the recorded one stays
            turn.say("cuti_kept")
        else:
            turn.say("staff_confirm_called_off", command=command, reference=reference)
            swiped = _remembered(turn, SWIPED_TL_KEY, SWIPED_TL_LIFETIME)
            if swiped and swiped["at"] >= pending["at"]:  # a swipe recorded after the question: it went all the same
                _remember(turn, SWIPED_TL_KEY, None)
                turn.say("tl_swiped_refused", reference=format_reference(swiped["complaint"]))
        return None
    if (other := pending.get("alternative")) and read_command(turn.message.text)[0] == other["command"]:
        _remember(turn, CONFIRM_KEY, None)  # "arsip saja" after "merge instead?": archived as first typed
        turn.rest, turn.confirmed = other["rest"], True
        return other["command"]
    answer = "TL" if command == "SELESAI" and "tl" in typed else command
    if not set(typed) <= YES_WORDS | {command.lower(), answer.lower()} and not understanding.means_yes(
            turn.message.text):  # "nggih", "muhun", "iyeh": yes in the region's languages
        _text_instead(turn, pending)
        return None
    _remember(turn, CONFIRM_KEY, None)
    turn.rest, turn.confirmed = pending["rest"], True
    if pending.get("media"):  # the voice note asked about goes with the command, as photos held for it do
        held = _remembered(turn, HELD_KEY, HELD_LIFETIME) or {}
        _remember(turn, HELD_KEY, {"media": (held.get("media", []) + pending["media"])[:complaints.MAX_PHOTOS],
                                   "text": "", "complaint": split_reference(pending["rest"])[0],
                                   "at": turn.now.isoformat()})
    return answer


TAKING_BACK_FILLER = STATUS_FILLER | COURTESY | {"ternyata", "eh", "oh", "loh", "lho", "masih", "msh", "waduh", "wah"}


def _takes_back(text: str) -> bool:
    """Whether a short answer to a question takes back what was asked about ("maaf salah, belum pak", "eh keliru pak",
    "ternyata belum bu"): a correction, or not yet with nothing else said."""
    said = set(words(text))
    return bool(CORRECTION.search(text)) or bool(said & STATUS_NOT_YET) and said <= STATUS_NOT_YET | TAKING_BACK_FILLER


TEXT_ASKED = {"TL", "SELESAI", "INFO", "KEMBALIKAN", "SURVEI"}  # commands whose question may still lack the text


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


# Work said finished without a command ("rampung lpr 1 …", "sudah beres lpr 1", "done lpr 1"; `bot.progress.says_done`):
# maybe the final answer, maybe a step done ("pengukuran rampung"): the officer is asked before the complaint is closed.
OPENING = COURTESY | GREETING_WORDS | {"untuk", "utk", "buat", "info", "update"}  # before the reference: no answer


NOW_WORDS = {"skrg", "sekarang", "kini", "kondisi", "kondisinya", "situasi", "lokasi", "sdh", "ndan", "bos", "mas",
             "mbak", "mba"}


BARE_PAIR = re.compile(r"^\s*(\d{1,9})\s*(?:[&+/,]|" + AND_WORDS + r")\s*(\d{1,9})\b" + COUNTED, re.IGNORECASE)


def _sounds_final(turn: StaffTurn) -> tuple[int, str] | None:
    """The complaint and the text of an officer's message that says its work is done in other words than SELESAI
    (or with SELESAI after other words): the text is "" when the message says nothing more than that."""
    text = turn.message.text
    typed, said = words(text), staff_words(text)  # "sampun dipun resiki", "wes didandani": "sudah diresiki"
    pair = BARE_PAIR.match(text)
    if pair and set(said) & (DONE_MARKERS | DONE_WORDS) and _only_done_said(text[pair.end():]) and not (
            turn.message.replied_to_sid or is_question(text)):
        return int(pair.group(1)), text[pair.end(1):]  # "1 & 2 sudah pak": two numbers and nothing but done
    done = says_done(said)
    if not (done or says_safe(said) and not is_question(text)) or _more_to_come(text) or (
            turn.message.replied_to_sid) or _asks_it_done(typed):
        return None
    found = _named_inside(after_words(text, 1) if typed[0] in DONE_WORDS else text)  # "done lpr 1 …": its word
    if found is None and (done or set(said) & DONE_MARKERS):  # "aman pak" alone may answer anything
        found = _described(turn, text)  # "yg di terminal lama sudah beres", or the officer's only open one
    if found is None and done and _only_done_said(text):  # "udh kelar" holding several: which one ("2" answers)
        _which_one(turn, _own_open(turn)[1], t("staff_which_done"))
    if found is None:
        return None
    number, answer = found
    if _only_done_said(answer):
        answer = ""  # "lpr 1 done", "sudah beres pak 👍", "lpr 3 udh aman": no answer for the citizen yet
    return number, answer


def _only_done_said(text: str) -> bool:
    """Whether words say no more than that the work is done ("sudah beres pak 👍", "sampun rampung nggih")."""
    return all(w in DONE_WORDS | ACKNOWLEDGEMENTS | THANKS | DONE_MARKERS | COURTESY | SAFE_WORDS | NOW_WORDS
               for w in staff_words(text))


FINISH_ASKED = {"tolong", "tlg", "segera", "harap", "agar", "supaya", "dipercepat", "percepat", "secepatnya"}
COURTESY_AFTER_MOHON = {"izin", "ijin", "maaf", "mf", "ampun"}


def _asks_it_done(typed: list[str]) -> bool:
    """Whether words of completion are asked for, not said ("tolong lpr 1 segera diselesaikan ya", "mohon lpr 1
    dituntaskan minggu ini"): a request with nothing said done ("sudah"); "mohon izin, …" is courtesy."""
    asked = set(typed) & FINISH_ASKED or any(
        word in {"mohon", "mhn"} and after not in COURTESY_AFTER_MOHON
        for word, after in zip(typed, [*typed[1:], ""], strict=False))
    return bool(asked) and not set(typed) & DONE_MARKERS


DESCRIBING_MIN = 2  # words of a complaint's own description that name it ("yg di terminal lama …")


def _described(turn: StaffTurn, text: str) -> tuple[int, str] | None:
    """The complaint an officer's message names by the words of its description (the one of their open
    dispositions sharing the most, at least two, and more than any other), or their only open one; with the text."""
    if is_question(text) or set(words(text)) & NOT_YET:  # "udah kelar belum?": asked, not said
        return None
    count, rows = _own_open(turn)
    if len(rows) == 1 and count <= LIST_ITEMS:
        return rows[0].complaint.number, text.strip()
    typed = {w for w in words(text) if len(w) >= 4} - DONE_WORDS - DONE_MARKERS - COURTESY - MORE_TO_COME
    shared = sorted(((len(typed & set(words(row.complaint.description))), row.complaint.number) for row in rows),
                    reverse=True)
    if not shared or shared[0][0] < DESCRIBING_MIN or len(shared) > 1 and shared[1][0] == shared[0][0]:
        return None
    return shared[0][1], text.strip()


# Words for forwarding a verifier puts before or after the reference ("dispo lpr 1 ke dlh", "LPR 1 dispo ke DLH ya",
# "no 1 diteruskan kpd DLH"): with where it goes, TERUSKAN is asked about.
# A disposition said wrong, and where it should have gone ("lpr 1 salah dispo, harusnya ke pupr", "pindah ke dishub")
CORRECTING = {"salah", "harusnya", "seharusnya", "mestinya", "semestinya", "pindah", "dipindah", "dipindahkan"}
NOT_THERE = re.compile(r"[\s,]+(?:bukan|bkn|dan\s+bukan)\b.*$", re.IGNORECASE)  # "ke dishub bukan dlh": not that one
FORWARD_WORDS = {"dispo", "disposisi", "disposisikan", "didispo", "didisposisi", "didisposisikan", "diteruskan",
                 "teruskan", "terusin", "terusan", "forward", "fwd", "diforward", "kirim", "kirimkan", "dikirim",
                 "lempar", "dilempar", "oper", "dioper", "arahkan", "diarahkan", "saja", "aja", "langsung", "ini",
                 *CORRECTING}
# Who forwards it and when, between the reference and the word ("LPR1 kami teruskan ke DLH", "#1 akan sy dispo")
FORWARDER_WORDS = {"kami", "kita", "sy", "saya", "aku", "akan", "mau", "sudah", "sdh", "segera", "langsung",
                   "juga", "jg", "jga", "sekalian", "skalian", "pun"}  # "lpr 6 jg ke dlh ya": also there


WRITTEN_NUMBERED = re.compile(r"(?:\blpr\s*[-–—.:#]?\s*|#\s*)\d{1,9}\b", re.IGNORECASE)
PAIR_TAIL = re.compile(r"(?:\s*(?:[,;&+/]|\b(?:dan|serta|lalu|terus)\b))+\s*$", re.IGNORECASE)


def _each_forwarded(turn: StaffTurn) -> list[tuple[str, list]] | None:
    """Each complaint and its agencies when a verifier's sentence names two or more, each written `LPR-n`/`#n`
    with where it goes ("lpr1 dlh lpr2 pupr", "dispo lpr 1 ke DLH dan lpr 2 ke PUPR"); None unless all do."""
    text = turn.message.text
    starts = [found.start() for found in WRITTEN_NUMBERED.finditer(text)]
    if len(starts) < 2 or turn.message.replied_to_sid:
        return None
    cuts = [0, *starts[1:], len(text)]
    each = [_sounds_forwarded(turn, PAIR_TAIL.sub("", text[a:b])) for a, b in zip(cuts, cuts[1:], strict=False)]
    if not all(each) or len({reference for reference, _ in each}) < len(each):
        return None
    return each


def _sounds_forwarded(turn: StaffTurn, text: str | None = None) -> tuple[str, list] | None:
    """The complaint and agencies of a verifier's message that names a reference and where it goes, without
    TERUSKAN ("lpr 1 ke dlh ya", "Mohon ijin, LPR 1 dispo ke DLH", "dispo lpr 1 kpd dinas lingkungan hidup"; without
    "ke" only when nothing but agencies follows: "lpr 1 dlh", not "lpr 1 lingkungannya kotor"), after
    greetings and courtesy; TERUSKAN is asked about, not done. Where it goes is read as TERUSKAN reads it
    (LEADING_FILLER, TRAILING_COURTESY)."""
    text = turn.message.text if text is None else text
    typed = words(text)
    lead = next((i for i, w in enumerate(typed) if w not in OPENING | FORWARD_WORDS), len(typed))
    number, rest = split_reference(marked_reference(after_words(text, lead) if lead else text), bare=False)
    if number is None and turn.message.replied_to_sid:  # "dlh" swiped onto the new-complaint notice
        number, rest = _replied_complaint_number(turn), after_words(text, lead) if lead else text
    if number is None:
        return None
    numbers, rest = _joined_references(number, rest)  # "lpr 1 dan 2 ke dlh": both
    after = words(rest)
    skipped = next((i for i, w in enumerate(after) if w not in FORWARD_WORDS | FORWARDER_WORDS), len(after))
    rest = after_words(rest, skipped) if skipped else rest
    towards = LEADING_FILLER.match(rest)
    named = TRAILING_COURTESY.sub("", rest[towards.end():] if towards else rest).strip()
    named = NOT_THERE.sub("", named) if towards is not None and set(typed) & CORRECTING else named
    if towards is not None:  # "ke pupr lagi ya, itu jalan kabupaten": the agencies, then why
        named = _agencies_before_reason(turn.session, named) or named
    if towards is None and not only_agency_words(turn.session, named):  # "lpr 1 dlh": nothing but agencies
        return None
    agencies = find_agencies(turn.session, named)[0] if named else []
    return (" ".join(format_reference(n) for n in numbers), agencies) if agencies else None


# Why, after the agencies of TERUSKAN ("TERUSKAN LPR-1 pupr, itu jalan kabupaten", "… dlh krn sampahnya di pasar"):
# no agency's name.
REASON_GIVEN = re.compile(r"(?:^|[\s,;]+)(?:krn|karena|karna|soalnya|sebab|itu|mengingat|berhubung)\b.*$",
                          re.IGNORECASE | re.DOTALL)
REASON_AFTER = re.compile(r"\s+(?:krn|karena|karna|soalnya|sebab|itu|ini|mengingat|berhubung)\b.*$", re.IGNORECASE)


def _agencies_before_reason(session: Session, named: str) -> str:
    """The agencies a verifier's sentence names before the reason it gives ("pupr lagi ya, itu jalan kabupaten",
    "dlh aja krn sampahnya di pasar"): the comma-separated parts up to the first that is not agencies' words
    alone; "" when the first is not."""
    kept = []
    for part in named.split(","):
        part = TRAILING_COURTESY.sub("", REASON_AFTER.sub("", part)).strip()
        if not part or not only_agency_words(session, part):
            break
        kept.append(part)
    return ", ".join(kept)


# A duplicate said in a sentence ("LPR-2 dobel dgn LPR-1, gabungkan sj", "#2 duplikat #1"): GABUNG is asked about.
MERGE_WORDS = {"gabung", "gabungkan", "digabung", "digabungkan", "dobel", "double", "dobol", "duplikat", "duplikasi",
               "ganda", "kembar", "merge"}
MERGE_MAX_WORDS = 14
NAMED_COMPLAINT = re.compile(rf"(?:\b{MARK}|#\s*)(\d{{1,9}})\b", re.IGNORECASE)


def _sounds_merged(text: str) -> tuple[int, int] | None:
    """The duplicate (the later complaint) and the one it repeats, of a verifier's short sentence naming two
    complaints and a word for a duplicate; None for anything else."""
    if len(words(text)) > MERGE_MAX_WORDS or not set(words(text)) & MERGE_WORDS:
        return None
    numbers = list(dict.fromkeys(int(found.group(1)) for found in NAMED_COMPLAINT.finditer(text)))
    return (max(numbers), min(numbers)) if len(numbers) == 2 else None


def _sounds_not_ours(turn: StaffTurn) -> tuple[int, str] | None:
    """The complaint and reason of an officer's sentence saying a complaint is not their agency's ("laporan no 1
    bukan wewenang kami, mohon dialihkan", "lpr 1 itu urusan perkim, bukan tupoksi kami"): the one it names, or
    with none named the officer's only open disposition; KEMBALIKAN is asked about, not done. Holding several and
    naming none, the officer is asked which (None, said)."""
    text = turn.message.text
    if turn.message.replied_to_sid or not _disputes(turn, text):
        return None
    found = _named_inside(text)
    if found is not None:
        return found
    count, rows = _own_open(turn)
    if len(rows) == 1 and count <= LIST_ITEMS:
        return rows[0].complaint.number, text.strip()
    _which_one(turn, rows, f"KEMBALIKAN LPR-12 {excerpt(text.strip(), ECHO_CHARS)}")
    return None


WHICH_SHOWN = 5  # "which one?" lists this many of the officer's open dispositions (DAFTAR shows them all)


def _which_one(turn: StaffTurn, rows: list, example: str) -> None:
    """Asks which complaint an officer's message is about when they hold several and named none, listing them."""
    if len(rows) < 2:
        return
    items = "\n".join(f"{row.complaint.reference} ({excerpt(row.complaint.title, 40)})" for row in rows[:WHICH_SHOWN])
    turn.say("staff_which_complaint", agency=turn.staff.agency.code, items=items, example=example,
             more=t("staff_which_more") if len(rows) > WHICH_SHOWN else "")
    worded.remember_which(turn, [row.complaint.number for row in rows])  # "2" answers it


# "lpr 1 kami kembalikan, itu jalan provinsi", "sy balikin ya pak": the officer returning it in a sentence
# ("dikembalikan" stays out: "trotoar sudah dikembalikan seperti semula" is the work)
MOVED_WORDS = {"diteruskan", "didisposisikan", "didispo", "dialihkan", "dilimpahkan", "dipindahkan"}
RETURNING = {"kembalikan", "kembalikn", "balikin", "balikan", "kembaliin", "dikembalikan", "dibalikin", "dibalikan",
             "kembalikno", "dibalekno", "wangsulaken", "diwangsulaken", "dipunwangsulaken", "dibalikeun",
             "mulangaghi", "epabali"}  # Javanese ngoko and krama, Sundanese, Madurese


def _disputes(turn: StaffTurn, text: str) -> bool:
    """Whether the staff member's text says the complaint is not their agency's (naming it: "…, bukan DLH"), asks
    for it to go to another agency ("tolong dialihkan ke pupr pak") or returns it ("lpr 1 kami kembalikan")."""
    agency = turn.staff.agency
    own = {agency.code.lower(), *(w for alias in agency.aliases or [] for w in words(alias)[:1])} if agency else set()
    return (disputes_authority(text, own) or _sent_elsewhere(turn, text)
            or bool(set(words(text)) & RETURNING and turn.staff.role in OFFICER_ROLES and not is_question(text)))


# "lpr 1 tolong dialihkan ke pupr", "mhn dilimpahkan ke dinas PU", "sebaiknya diteruskan ke satpol pp aja": an
# officer asking for the complaint to go to another agency, which only the verifier can do (KEMBALIKAN).
MOVED_TO = re.compile(r"\b(?:di)?(?:alihkan|pindahkan|limpahkan|teruskan|oper|lempar|arahkan)\s+"
                      r"(?:(?:saja|aja|sj)\s+)?(?:ke|kpd|kepada)\s+(.+)$", re.IGNORECASE)


OR_BETWEEN = re.compile(r"\s+(?:atau|atw|ato|or)\s+", re.IGNORECASE)


def _sent_elsewhere(turn: StaffTurn, text: str) -> bool:
    found = MOVED_TO.search(text)
    if found is None or turn.staff.agency is None:
        return False
    named = TRAILING_COURTESY.sub("", OR_BETWEEN.sub(",", found.group(1))).strip()  # "ke Dishub atau PUPR"
    if not named or not only_agency_words(turn.session, named):
        return False
    agencies = find_agencies(turn.session, named)[0]
    return bool(agencies) and all(agency.id != turn.staff.agency_id for agency in agencies)


def _own_open(turn: StaffTurn) -> tuple[int, list]:
    """How many open dispositions the officer's agency has, and the first LIST_ITEMS of them that are theirs (the
    agency's, not handed to a colleague)."""
    count, rows = dispositions.agency_dispositions(turn.session, turn.staff.agency.id, limit=LIST_ITEMS)
    return count, [row for row in rows if row.assignee_id in (None, turn.staff.id)]


# A complaint named with a word inside a sentence ("bagaimana progres laporan no 2?"); not a count ("laporan 2 hari").
WORDED_INSIDE = re.compile(r"\b(?:laporan|lap|aduan|pengaduan)\s*(?:(?:no|nomor|nmr|nomer)\b\.?\s*)?#?\s*(\d{1,9})\b"
                           r"(?!\s*(?:hari|hr|minggu|pekan|bulan|bln|tahun|thn|jam|menit|kali|orang|org|rumah|kk|titik|"
                           r"unit|meter|m|km|rt|rw)\b)", re.IGNORECASE)


def _named_inside(text: str) -> tuple[int, str] | None:
    """The complaint a text names (first, last or inside as LPR-n) and the text without it (and without the
    greeting and courtesy before it)."""
    number, rest = split_reference(marked_reference(text), bare=False)
    if number is not None:
        return number, rest.strip(REFERENCE_PUNCTUATION)
    if (last := reference_last(text)) is not None:
        return last
    found = MENTIONED.search(text) or WORDED_INSIDE.search(text)
    if found is None:
        return None
    before = text[:found.start()]
    before = "" if all(w in OPENING for w in words(before)) else before.rstrip()
    return int(found.group(1)), (before + text[found.end():]).strip(REFERENCE_PUNCTUATION)


# Between the references of one command about several complaints ("SELESAI LPR-1 dan LPR-3 …", "tl lpr 1, lpr 3 …").
REFERENCE_JOINER = re.compile(r"^\s*(?:[,&+/]|" + AND_WORDS + r"|\bjuga\b)?\s*", re.IGNORECASE)
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
    masuk lagi"), with its words in `turn.rest`; None for anything else."""
    if _back_from_leave(turn, text):
        turn.rest = "SAYA SELESAI"
        return "CUTI"
    if (back := _colleague_back(turn, text)) is not None:
        turn.rest = f"{back.phone} SELESAI"
        return "CUTI"
    return None


def _swiped_purpose(turn: StaffTurn) -> str | None:
    """The purpose of the notice sent to this staff member that their message swipes, or None."""
    row = turn.session.scalars(select(OutboxMessage).where(
        OutboxMessage.twilio_sid == turn.message.replied_to_sid)).one_or_none()
    return row.purpose if row is not None and row.recipient in turn.staff.addresses else None


def _swiped_onto_digest(turn: StaffTurn) -> str | None:
    """Words swiped onto a digest, which is about no one complaint and goes to no one: a question or a command of
    their own is read as if typed alone ("lpr 1 gimana?"); an acknowledgement is thanked; anything else (a head's
    "tolong segera ditindaklanjuti") is said to reach no one, with the officers at work and DAFTAR."""
    turn.message = replace(turn.message, replied_to_sid=None)
    text = turn.message.text
    if mentioned_reference(text) is not None or is_question(text) or read_command(text)[0] is not None:
        return _implied(turn)
    if only_acknowledges(text):
        turn.say("staff_acknowledged", hint=_hint(turn))
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


# A question about who the reporter is ("siapa nama pelapornya?", "no hp pelapor lpr 1 brp?"): what the reader may
# see of them (`lapor.access.reporter_seen_by`: never an anonim reporter, never a number to an agency) and how to ask.
# "Who" in the region's languages: Javanese ngoko and krama, Sundanese, Madurese.
WHO_ASKED = {"siapa", "siapakah", "sapa", "sopo", "sinten", "saha", "sapah"}
REPORTER_NAMED = {"pelapor", "pelapornya", "pelapore", "pengadu", "pengadunya"}
IDENTITY_ASKED = {"nama", "namanya", "nomor", "nomornya", "no", "hp", "hpnya", "nohp", "kontak", "kontaknya",
                  "telp", "telpon", "telepon", "wa", "identitas", "identitasnya", "alamat", "alamatnya", "jenenge",
                  "asmane", "namine"} | WHO_ASKED
ASKING_FOR = {"minta", "brp", "berapa", "mana", "dimana", "apa", "piro", "pinten"} | WHO_ASKED


def _told_reporter(turn: StaffTurn) -> bool:
    """Answers a staff member's question about who reported a complaint they may see (the one named, swiped, or
    an officer's only open one); False, saying nothing, for any other message."""
    text = turn.message.text
    typed = set(words(text))
    if not (typed & REPORTER_NAMED and typed & IDENTITY_ASKED and ("?" in text or typed & ASKING_FOR)):
        return False
    found = _named_inside(text)
    number = found[0] if found else _replied_complaint_number(turn)
    if number is None and turn.staff.role in OFFICER_ROLES:
        count, rows = _own_open(turn)
        number = rows[0].complaint.number if len(rows) == 1 and count <= LIST_ITEMS else None
        if number is None and len(rows) > 1:  # "siapa pelapornya?" holding several: which one
            _which_one(turn, rows, t("staff_which_reporter"))
            return True
    complaint = complaints.by_number(turn.session, number) if number is not None else None
    if complaint is None or not access.may_see_complaint(turn.staff, complaint):
        return False
    seen = access.reporter_seen_by(turn.staff, complaint)
    ask = {Role.VERIFIER: "TUNDA"}.get(turn.staff.role, "INFO" if turn.staff.role in OFFICER_ROLES else "")
    turn.say("staff_reporter", reference=complaint.reference, reporter=reporter_for(turn.staff, complaint),
             why=t("staff_reporter_anonymous") if seen.withheld else "" if seen.address else t("staff_reporter_name"),
             ask=t("staff_reporter_ask", command=ask, reference=complaint.reference) if ask else "")
    return True


# Back at work in a sentence, from someone on leave ("sy sudah masuk kembali pak", "hari ini sudah aktif lagi"):
# their leave ends (CUTI SAYA SELESAI).
BACK_AT_WORK = {"masuk", "kembali", "aktif", "hadir", "ngantor", "bertugas", "berdinas"}
ALREADY = {"sudah", "sdh", "udah", "udh", "dh", "telah", "mulai", "sekarang", "skrg"}
BACK_MAX_WORDS = 10


def _back_from_leave(turn: StaffTurn, text: str) -> bool:
    typed = words(text)
    return (turn.staff.on_leave(turn.now) and len(typed) <= BACK_MAX_WORDS and bool(set(typed) & BACK_AT_WORK)
            and bool(set(typed) & ALREADY) and not set(typed) & NOT_WORDS and DIGIT.search(text) is None)


def _colleague_back(turn: StaffTurn, text: str) -> Contact | None:
    """The officer on leave a head says is back at work ("dewi sdh masuk lagi"), or None."""
    typed = words(text)
    if (turn.staff.role != Role.HEAD or len(typed) > BACK_MAX_WORDS or not set(typed) & BACK_AT_WORK
            or not set(typed) & ALREADY or set(typed) & NOT_WORDS or DIGIT.search(text)):
        return None
    named = " ".join(w for w in typed if w not in BACK_AT_WORK | ALREADY | {"lagi", "lg"})
    person = handover._agency_member(turn, named)
    return person if person is not None and person.on_leave(turn.now) and person.phone else None


# Words of a staff member confirming they got a message ("ok makasih infonya", "siap, sudah kami terima pak",
# "noted bu, pesannya masuk"): with acknowledgements alone they report nothing for the citizen.
RECEIPT_WORDS = {"info", "infonya", "informasi", "informasinya", "kabar", "kabarnya", "pesan", "pesannya", "atas",
                 "nya", "sudah", "sdh", "udah", "udh", "kami", "banyak", "masuk", "dicatat", "dibaca", "disposisinya",
                 "pengingatnya", "dispo", "disposisi", "dispos", "oce", "okeh", "okok", "bos", "ndan", "komandan",
                 # radio talk for "understood" ("siap 86 ndan", "copy, monitor")
                 "86", "copy", "kopi", "roger", "monitor", "dimonitor", "termonitor", "saya", "sy", "silakan",
                 "silahkan", "di"}
# A promise with nothing done yet ("siap, segera kami tindak lanjuti", "laporan sudah kami terima dan akan segera
# ditindaklanjuti"): receipt too, not progress for the citizen; "sudah" before anything but receipt is a step done.
PROMISE_WORDS = {"segera", "akan", "nanti", "secepatnya", "kami", "kita", "tindak", "lanjut", "lanjuti",
                 "tindaklanjuti", "ditindaklanjuti", "proses", "diproses", "tangani", "ditangani", "koordinasikan",
                 "dikoordinasikan", "laporan", "laporannya", "dan", "untuk", "utk"}
FUTURE_WORDS = {"segera", "akan", "nanti", "secepatnya"}
AGREEING = {"siap", "baik", "ok", "oke", "noted", "sip", "nggih", "muhun"}  # "siap ditindaklanjuti": a promise too
RECEIVED = {"terima", "diterima", "masuk", "dibaca", "dicatat"}


def only_acknowledges(text: str) -> bool:
    """Whether a staff member's message only acknowledges, thanks for a message or promises to act (no progress of
    its own)."""
    typed = words(in_standard_words(text))
    if all(w in ACKNOWLEDGEMENTS | THANKS | RECEIPT_WORDS for w in typed):
        return True
    said = set(typed)
    return (bool(said & (FUTURE_WORDS | AGREEING)) and said <= ACKNOWLEDGEMENTS | THANKS | RECEIPT_WORDS | PROMISE_WORDS
            and (not said & DONE_MARKERS or bool(said & RECEIVED)))


def _acknowledges_one(text: str) -> bool:
    """Whether a message only acknowledges, with or without the complaint it names ("Siap, dispo LPR-1 sdh kami
    terima, segera ditindaklanjuti"): nothing for the citizen, so no TL is offered."""
    named = _named_inside(text)
    if named is None:
        return only_acknowledges(text)
    # "ok pak lpr 1 kami tindaklanjuti": the agreeing word may stand before the reference
    return only_acknowledges(named[1]) or only_acknowledges(WRITTEN_NUMBERED.sub(" ", text))


def _swiped_progress(turn: StaffTurn, swiped: Complaint, purpose: str | None) -> str | None:
    """A text swiped onto a notice about one of the agency's open dispositions is progress (TL), unless it only
    acknowledges, disputes the disposition, or is a head's word to the officers a reminder chases."""
    text = turn.message.text
    if (aside := _swiped_aside(turn, swiped)) is not None:
        return aside or None
    if only_acknowledges(text) and not turn.message.kept_media:
        turn.say("staff_swipe_ack", reference=swiped.reference)
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
    readers = "" if sounds_like_progress(text) else _readers_instead(turn, swiped, purpose)  # the head's own work
    if readers:  # a head nudging the officers a reminder chased, not an answer for the citizen
        turn.say("staff_swipe_head_reminder", reference=swiped.reference, officers=readers)
        return None
    if "?" in text or (words(text) or [""])[0] in QUESTION_LEADS:  # "lokasinya persisnya dimana pak?": for INFO
        _ask_to_confirm(turn, "INFO", f"{swiped.reference} {text}", "staff_confirm_info", reference=swiped.reference,
                        text=excerpt(without_closing_address(text, to_citizen=True), 300))  # as INFO will send it
        return None
    typed = words(text)
    if says_done(staff_words(text)) and not _more_to_come(text) and not _asks_it_done(typed):  # "sampun dipun
        _ask_final(turn, swiped.number, _unaddressed(text),  # resiki", "sdh kami angkut semua"
                   [{"url": m.url, "content_type": m.content_type} for m in turn.message.kept_media])
        return None
    turn.rest, turn.implied = _citizens_words(_for_the_citizen(text)), True  # "nggih pak, sampun kulo tampi. …"
    return "TL"


# Words that call back what was just sent ("maaf salah, itu utk lpr 2", "eh keliru pak, bukan yg ini", "sorry salah
# reply"): never progress. "salah kirim"/"salah disposisi" are left out: said of the disposition, they return it.
CORRECTION = re.compile(r"\b(?:salah|slh|keliru|klru)\b(?!\s+(?:kirim|krm|disposisi|dispo|alamat|instansi|dinas|opd|"
                        r"sasaran|tujuan))|\bbukan\s+(?:yg|yang)\s+(?:ini|itu)\b|\btypo\b", re.IGNORECASE)
CORRECTION_MAX_WORDS = 8


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
                 other=format_reference(other[0]) if other and other[0] != swiped.number else "LPR-n")
        return ""
    named = split_reference(marked_reference(text.strip()), bare=False)[0] or (reference_last(text) or (None,))[0]
    if named is None:
        found = MENTIONED.search(text)
        named = int(found.group(1)) if found else None
    if named is None or named == swiped.number:
        return None
    turn.message = replace(turn.message, replied_to_sid=None)
    return _implied(turn) or ""


def _citizens_words(text: str) -> str:
    """Progress as the citizen reads it: "otw pak" (on the way, said to the office) in the catalogue's words."""
    return t("tl_on_the_way") if on_the_way_only(text) else text


# "Already" and done in the region's words, which no Indonesian reader knows: Javanese (krama, ngoko, East Javanese),
# Sundanese, Madurese ("sampun rampung", "wis beres", "tos beres", "ampon mareh")
REGIONAL_DONE = {"sampun", "sampon", "mpun", "wis", "uwis", "wes", "uwes", "dipun", "tos", "atos", "parantos", "geus",
                 "ampon", "empon", "mareh", "rengse", "direngsekeun"}


def _done_for_citizen(text: str) -> str:
    """A final answer that says the work is done in the region's words, as the citizen reads it: the catalogue's
    Indonesian, with the officer's words quoted beside it when they say more ("sampun didandani"); anything else
    as typed."""
    typed = set(words(text))
    if not typed & REGIONAL_DONE or not says_done(staff_words(text)):
        return text
    return t("answer_done") if _only_done_said(text) else t("answer_done_said", text=text)


def _unaddressed(text: str) -> str:
    """A swiped reply without the words it opens with for whoever sent the notice ("siap pak, sudah kami
    jadwalkan …", "baik bu, …"): the citizen gets the news, not the answer to the office."""
    rest = text
    while (found := LEADING_WORD.match(rest)) is not None and found.end() < len(rest) and (
            found.group(1).lower() in ACKNOWLEDGEMENTS | COURTESY - {"saya", "sy", "kami"}
            or not any(ch.isalnum() for ch in found.group(1))):  # "👍 sdh kami tambal"
        rest = rest[found.end():]
    return rest


# How the office is addressed at the end of a message ("… ke lokasi ya pak", "… nggih bu 🙏", ", ya ndan."): said
# to whoever reads the chat, no part of the news a citizen reads. Only forms of address and tag words ("… nanti
# sore", "… sudah siap" end with the news), and not after a word that makes them a person ("dengan pak", "ke bu").
SALUTATION_END = {"pak", "bu", "bapak", "ibu", "ibuk", "bpk", "ndan", "komandan", "bos", "boss", "mas", "mbak", "mba",
                  "min", "admin", "kak", "gan", "kang", "akang", "teh", "teteh", "cak", "ning", "neng", "om", "dik",
                  "dek", "bang", "pa", "lur", "ya", "yaa", "yah", "yo", "nggih", "njih", "nggeh", "injih", "inggih",
                  "geh", "dong", "deh", "nih"}
# Chat words for a colleague ("… sdh kami tambal bro", "otw cuy", "ya mas bro, sisanya besok"): never news for a
# citizen and never anything else, so they go wherever they stand; "bos" and "bang" only where a clause ends ("siap
# bos, …"; "sdh dilaporkan ke bos" names one).
CHAT_ADDRESS = {"bro", "brother", "brow", "bre", "bray", "brader", "bradah", "cuy", "coy", "sob", "gan", "agan",
                "bosku", "bossku", "boskuh", "gaes", "gais", "guys", "ges", "bestie", "sis", "ndes", "jon"}
CLAUSE_END_ADDRESS = CHAT_ADDRESS | {"bos", "boss", "bang", "ndan", "komandan"}
SALUTATION_END |= CHAT_ADDRESS
NAMING_BEFORE = {"ke", "dengan", "dgn", "oleh", "olh", "sama", "sm", "kepada", "kpd", "dari", "dr", "bersama", "pada",
                 "pd", "untuk", "utk", "dan", "&"}
TRAILING_WORD = re.compile(r"[\s,.;:!-]*([^\s,.;:!-]+)[\s,.;:!-]*$")
CLAUSE_BREAK = re.compile(r"((?:[,;!?\n]|\.(?!\d))+)")  # not the dot of "jam 10.30"
REPEATED_END = re.compile(r"(\w)\1+$")


def _address_word(word: str) -> str:
    """A word as an address is looked up: "broo", "pakk", "yaaa" are "bro", "pak", "ya"."""
    word = word.lower()
    return word if word in SALUTATION_END else REPEATED_END.sub(r"\1", word)


# A formal opening for the office before the news ("mohon izin menyampaikan bahwa untuk …", "dengan hormat, bersama
# ini kami laporkan bahwa …", "kami sampaikan bhw …"): courtesy and words of reporting, one of those at least.
REPORT_OPENING = re.compile(
    r"^\s*(?:(?:dengan\s+hormat|bersama\s+ini|mohon|mhn|izin|ijin|permisi|kami|sy|saya|pak|bu|bapak|ibu|ndan|nggih|"
    r"berikut|lapor|melaporkan|laporkan|menyampaikan|sampaikan|memberitahukan|menginformasikan|"
    r"informasikan|bahwa|bhw|untuk|utk)\b[\s,:.-]*)+", re.IGNORECASE)
REPORTING_VERBS = {"lapor", "melaporkan", "laporkan", "menyampaikan", "sampaikan", "memberitahukan",
                   "menginformasikan", "informasikan"}
TO_SOMEONE = re.compile(r"(?:ke|kpd|kepada|pada|pd|dengan|dgn)\b", re.IGNORECASE)  # "laporkan ke pak RT": the news


def _without_report_opening(text: str) -> str:
    """The news without a formal opening for the office before it; the text as typed when it has none."""
    found = REPORT_OPENING.match(text)
    if (found is None or not set(words(found.group())) & REPORTING_VERBS or not words(text[found.end():])
            or TO_SOMEONE.match(text, found.end())):
        return text
    return text[found.end():]


def without_closing_address(text: str, to_citizen: bool = False) -> str:
    """The text without the forms of address and tag words it ends with (and emoji among them), the clauses before
    the news said only to the office ("siap bos, …", "pak, …", "mohon izin menyampaikan bahwa …"), and the chat
    words for a colleague anywhere ("… ya mas bro, sisanya besok"); the text as typed when they are all there is.
    A question `to_citizen` keeps "pak", "bu" (they address the citizen) and loses only the chat words ("bro")."""
    text = _without_report_opening(text)
    parts = CLAUSE_BREAK.split(text)
    clauses, breaks = parts[::2], parts[1::2]
    kept: list[str] = []
    office = CLAUSE_END_ADDRESS if to_citizen else SALUTATION_END  # the words said only to the office
    for at, clause in enumerate(clauses):
        last = at == len(clauses) - 1
        said = set(map(_address_word, words(clause)))
        if not last and said and said <= ACKNOWLEDGEMENTS | SALUTATION_END and said & office:
            continue  # "bro,", "siap bos,", "nggih pak." before the news: said to the office
        clause = _without_chat_address(_without_trailing_address(clause, office if last else CLAUSE_END_ADDRESS,
                                                                 tagged=not last))
        if not to_citizen and INNER_TAG_HINT.search(clause):  # a cheap test before the pattern
            clause = INNER_TAGGED_ADDRESS.sub(" ", clause)  # a question's "ya pak" addresses the citizen: kept
        kept.append(clause if last else clause + breaks[at])
    rest = "".join(kept).strip().rstrip(" ,;:-")
    return rest if rest != text.strip() and words(rest) and not set(words(rest)) <= SALUTATION_END else text


# A tag and an address to the office inside a clause typed with no marks ("SDH DICEK YA PAK BESOK DITAMBAL",
# voice-typed "sudah kami cek nggih bu nanti sore …"): only before the words that go on with the news (a time, the
# team, the next step), never before a name ("ya pak RT").
INNER_TAGGED_ADDRESS = re.compile(
    r"\s+(?:ya+|nggih|njih|inggih|injih|nggeh)\s+(?:pak|bu|bpk|bapak|ibu|ibuk|ndan|komandan|mas|mbak|mba|min)\s+"
    r"(?=(?:besok|bsk|lusa|nanti|ntar|nti|sore|pagi|siang|malam|hari|segera|langsung|sudah|sdh|udah|udh|akan|mau|"
    r"kami|tim|sedang|sdg|lagi|lg|tinggal|sisanya|sisa|truk|armada|petugas|insya\w*|jam|minggu|senin|selasa|rabu|"
    r"kamis|jumat|sabtu|mohon|silakan|silahkan|terima|tks|makasih|benjing|mangke|sampun|kantun)\b)", re.IGNORECASE)

INNER_TAG_HINT = re.compile(r"(?:a|gih|jih|ggeh) ", re.IGNORECASE)


def _without_chat_address(clause: str) -> str:
    """A clause without the chat words for a colleague inside it ("bro tim sdh di lokasi")."""
    tokens = clause.split()
    kept = [token for at, token in enumerate(tokens)
            if _address_word(token.strip(",.;:!?-")) not in CHAT_ADDRESS
            or at > 0 and tokens[at - 1].lower() in NAMING_BEFORE]
    return clause if len(kept) == len(tokens) else (" " if clause[:1].isspace() else "") + " ".join(kept)


# Tag words said to the reader of the chat ("ya", "nggih"): before a form of address they make it the office's.
TAG_WORDS = {"ya", "yaa", "yah", "yo", "nggih", "njih", "nggeh", "injih", "inggih", "geh", "dong", "deh", "nih"}


def _without_trailing_address(clause: str, addresses: set[str], tagged: bool = False) -> str:
    """A clause without the forms of address it ends with (one of `addresses` last, the tag words and other forms
    of address before it: "… ya mas bro"; or, `tagged`, any form of address after a tag word: "… ya pak"); the
    clause as it is when it ends otherwise."""
    rest, trimmed = clause, False
    while (found := TRAILING_WORD.search(rest)) is not None:
        word = _address_word(found.group(1))
        before = words(rest[:found.start()]) or [""]
        said_to_office = word in addresses or tagged and _address_word(before[-1]) in TAG_WORDS
        if word in SALUTATION_END and before[-1] not in NAMING_BEFORE and (trimmed or said_to_office):
            trimmed = True
        elif any(ch.isalnum() for ch in word):
            break
        rest = rest[:found.start()]
    return rest.rstrip(" ,;:-") if trimmed else clause


# A word to a colleague swiped onto a notice ("pak tolong infokan ke tim lapangan ya", "mhn diteruskan ke kabid",
# "mas coba suruh tim angkut ke sana"): someone at the office asked to pass it on or act, nothing done yet.
COLLEAGUE_WORDS = {"tim", "timnya", "kabid", "kasi", "kasie", "kasubag", "kasubbag", "kadis", "kepala", "bidang",
                   "anggota", "petugas", "lapangan", "atasan", "pimpinan", "sekretaris", "staf", "staff", "rekan",
                   "teman", "kawan", "regu", "mandor", "danton", "kasatpol", "sopir", "driver", "operator"}
RELAY_WORDS = {"infokan", "informasikan", "sampaikan", "disampaikan", "teruskan", "diteruskan", "kabari", "kabarkan",
               "dikabari", "koordinasikan", "dikoordinasikan", "arahkan", "diarahkan", "perintahkan", "suruh",
               "disuruh", "tugaskan", "ditugaskan", "kerahkan", "hubungi", "dihubungi", "forward", "fwd"}
ASKING_SOMEONE = {"tolong", "tlg", "mohon", "mhn", "minta", "harap", "coba", "cb"}


def _for_a_colleague(text: str) -> bool:
    """Tell whether a text asks a colleague to pass a complaint on or act on it (a request, someone at the office,
    a word for passing on or ordering), with nothing said done."""
    typed = set(words(text))
    return bool(typed & ASKING_SOMEONE and typed & COLLEAGUE_WORDS and typed & RELAY_WORDS
                and not typed & DONE_MARKERS)


def _asked(turn: StaffTurn, text: str) -> str | None:
    """A greeting or a question of how to use the service asks for help; a question of what is late is DAFTAR of
    the dispositions past their deadline."""
    # before a greeting ("malam pak, pupr gmn?") and "gimana …?": "gimana pupr?" names an agency
    if (overview := _asks_overview(turn, text)) is not None:
        command, turn.rest = overview
        return command
    if is_thanks(text):  # "makasih pak", "nggih suwun": thanked back, not the whole help
        turn.say("staff_thanks")
        return None
    if is_greeting(text):
        turn.say("staff_greeting", name=turn.staff.name or "")
        return "BANTUAN"
    if _asks_how(text):
        turn.say("staff_how", name=turn.staff.name or "")
        return "BANTUAN"
    asked, rest = _asked_for(text)
    if asked is not None:
        turn.rest = rest
        return asked
    if asked_about := _asks_progress(text) or worded.looked_at(text):  # several: STATUS shows each; "lihat lpr 2"
        turn.rest = " ".join(map(format_reference, asked_about))
        return "STATUS"
    if (day := _asks_by_day(turn, text)) is not None:  # "aduan kemarin apa aja": that day's, from the queue
        turn.rest = day if turn.staff.role in QUEUE_ROLES else ""
        return "ANTREAN" if turn.staff.role in QUEUE_ROLES else "DAFTAR"
    if _asks_plate(text) or _asks_deadlines(text):  # a verifier's plate is the queue; DAFTAR shows the deadlines
        turn.rest = ""
        return "ANTREAN" if turn.staff.role in QUEUE_ROLES else "DAFTAR"
    if (listed := _asks_list(turn, text)) is not None:
        command, turn.rest = listed
        return command
    return None


def _asks_list(turn: StaffTurn, text: str) -> tuple[str, str] | None:
    """A short question answered by a list or a summary (the roster, what is late, unanswered or still open, how an
    agency is doing): the command and its words."""
    if _asks_roster(text):
        return "DAFTAR", "petugas " + text
    if turn.staff.role == Role.SUPERVISOR and _asks_ranking(text):  # "dinas mana yg paling lambat?"
        return "REKAP", ""
    if _asks_late(text):  # "yg overdue dlh brp?", "laporan dlh yg molor mana aja": that agency's
        return "DAFTAR", " ".join(["terlambat", *_agency_words(turn, text)])
    if (turn.staff.role not in OFFICER_ROLES and set(words(text)) & SLOW_WORDS and not DIGIT.search(text)
            and (named := _agency_words(turn, text))):  # "pupr kok lambat bgt sih": what of it is late
        return "DAFTAR", " ".join(["terlambat", *named])
    if _asks_unanswered(text):
        return "DAFTAR", "belum dijawab"
    return None


# Which agency does best or worst ("dinas mana yg paling lambat?", "siapa yg paling banyak telat", "opd sing paling
# alon sopo?"): the region's REKAP, which ranks the agencies.
RANKING = {"paling", "peringkat", "ranking", "rangking", "terburuk", "terbaik", "terbanyak"}
RANKED_BY = SLOW_WORDS | LATE_WORDS | AGENCY_WORDS | {"bagus", "baik", "buruk", "jelek", "cepat", "banyak", "rajin",
                                                      "kinerja", "opd", "skpd"}


def _asks_ranking(text: str) -> bool:
    typed = set(words(text))
    return (bool(typed & RANKING) and bool(typed & RANKED_BY) and len(words(text)) <= HOW_MAX_WORDS
            and not DIGIT.search(text))


def _agency_words(turn: StaffTurn, text: str) -> list[str]:
    """The words of `text` that name an agency (a code, an alias or words of a name, not only "dinas"), in order."""
    from lapor.agency_lookup import GENERIC

    named = [word for word in words(text) if only_agency_words(turn.session, word)]
    return named if set(named) - GENERIC - {"dan"} else []


# Notices an officer may answer by swiping them.
SWIPE_PROGRESS_PURPOSES = (Purpose.DISPOSITION, Purpose.REMINDER, Purpose.REOPENED, Purpose.ANSWER)


def _swiped_disposition(turn: StaffTurn) -> tuple[Complaint | None, str | None]:
    """The complaint of the notice this officer swiped, when the notice was about their agency's open disposition,
    with the notice's purpose."""
    sid = turn.message.replied_to_sid
    if not sid or turn.staff.role not in OFFICER_ROLES:
        return None, None
    row = turn.session.scalars(select(OutboxMessage).where(OutboxMessage.twilio_sid == sid)).one_or_none()
    if (row is None or row.subject_type != "complaint" or row.purpose not in SWIPE_PROGRESS_PURPOSES
            or row.recipient not in turn.staff.addresses):
        return None, None
    complaint = turn.session.get(Complaint, row.subject_id)
    disposition = dispositions.disposition_for(complaint, turn.staff.agency_id) if complaint else None
    if disposition is None or disposition.status != DispositionStatus.OPEN:
        return None, None
    return complaint, row.purpose


def _holders_asked(turn: StaffTurn) -> bool:
    """Answers who holds a complaint, asked or chased in words: a head or an officer of the agency ("siapa yang
    pegang LPR-1?", "tolong lpr 1 dikerjakan segera") is told its officers at work, a supervisor ("siapa yg pegang
    lpr 1?", "tolong pak kadis dlh segera tindaklanjuti lpr 1") each open disposition's holders and head."""
    if turn.staff.role in OFFICER_ROLES and (held := _head_chases(turn)):
        turn.say("staff_head_who" if turn.staff.role == Role.HEAD else "staff_officer_who", **held)
        return True
    typed = set(words(turn.message.text))
    if turn.staff.role != Role.SUPERVISOR or not (typed & WHO_WORDS or typed & ASKING_TO and typed & TO_BE_DONE):
        return False
    found = _named_inside(turn.message.text)
    return found is not None and _leader_swiped(turn, found[0])


def _leader_swiped(turn: StaffTurn, number: int | None = None) -> bool:
    """A supervisor's words swiped onto a notice about one complaint (an escalation: "pak kadis tolong atensi",
    "piye iki kok durung ditindaklanjuti?"), or naming it (`number`), reach nobody: they are told who holds each of
    its open dispositions, to reach them, and its STATUS. False for anything else (a head's own agency is read as
    its officers' swipe)."""
    from lapor.directory import present_staff, readers_for

    if number is None and turn.staff.role == Role.SUPERVISOR:
        number = _replied_complaint_number(turn)
    complaint = complaints.by_number(turn.session, number) if number is not None else None
    open_ones = [d for d in complaint.dispositions if d.status == DispositionStatus.OPEN] if complaint else []
    if not open_ones:
        return False
    holders = "\n".join(
        f"• {d.agency.code}: {_named_people(readers_for(turn.session, d, turn.now))}; kepala: "
        f"{_named_people(present_staff(turn.session, d.agency_id, turn.now, (Role.HEAD,)))}" for d in open_ones)
    turn.say("staff_leader_swipe", reference=complaint.reference, holders=holders)
    return True


def _named_people(people: list[Contact], nobody: str = "-") -> str:
    """Staff as a reply names them for reaching: "Dewi 0811-0000-0020, Eko 0811-0000-0021" (`nobody` for none)."""
    return ", ".join(" ".join(filter(None, (person.name, person.phone and phone_label(person.phone))))
                     for person in people) or nobody


def _swiped_batch(turn: StaffTurn) -> list[str]:
    """The complaints of the reminder about several (`bot.reminders.send_rungs`) this staff member swiped."""
    sid = turn.message.replied_to_sid
    row = turn.session.scalars(select(OutboxMessage).where(OutboxMessage.twilio_sid == sid)).one_or_none() \
        if sid else None
    if row is None or row.purpose != Purpose.REMINDER or row.recipient not in turn.staff.addresses:
        return []
    rungs = batched_rungs(queued_key(turn.session, row))
    complaint_ids = dict(turn.session.execute(select(Disposition.id, Disposition.complaint_id).where(
        Disposition.id.in_([rung.subject_id for rung in rungs if rung.subject == "d"]))).all())
    ids = [complaint_ids.get(rung.subject_id) if rung.subject == "d" else rung.subject_id for rung in rungs]
    numbers = dict(turn.session.execute(select(Complaint.id, Complaint.number).where(Complaint.id.in_(ids))).all())
    return [format_reference(n) for n in sorted({numbers[i] for i in ids if i in numbers})]  # as the reminder lists


def _readers_instead(turn: StaffTurn, complaint: Complaint, purpose: str | None) -> str:
    """For a head who swiped a reminder that chases the disposition's officers (they are at work): those officers,
    named with their numbers, so the head can reach them; "" when the head reads the disposition themselves."""
    from lapor.directory import officers_for

    if turn.role != Role.HEAD or purpose != Purpose.REMINDER:  # a head's stand-in (Plh) too
        return ""
    disposition = dispositions.disposition_for(complaint, turn.staff.agency_id)
    officers = [o for o in officers_for(turn.session, disposition, turn.now) if o.id != turn.staff.id]
    return _named_people(officers, "")


# A head asking who holds a complaint ("siapa yang pegang LPR-1?") or chasing it ("tolong lpr 1 dikerjakan segera"):
# told its officers, not shown a TL that would send the words to the citizen.
# Who (WHO_ASKED) holding it, in the region's words: "lpr 1 dipegang sopo?", "sinten ingkang ngasta?", "sapa nu
# nyekel lpr 1", "PIC lpr 1 siapa".
HOLDING = {"pegang", "megang", "dipegang", "pic", "picnya", "handle", "dihandle", "penanggung", "petugasnya",
           "ngasta", "ngastani", "diasta", "nyekel", "dicekel", "nyepeng", "dicepeng", "nyekeli"}
WHO_WORDS = WHO_ASKED | HOLDING
ASKING_TO = {"tolong", "tlg", "mohon", "mhn", "segera", "harap", "agar", "supaya", "dipercepat", "percepat"}
TO_BE_DONE = {"dikerjakan", "kerjakan", "ditindaklanjuti", "tindaklanjuti", "dicek", "ditangani", "tangani",
              "dipercepat", "diselesaikan", "selesaikan", "dituntaskan", "tuntaskan", "dirampungkan", "dibereskan",
              "diproses", "proses", "dibantu", "direspon", "ditanggapi"}


# A head handing a complaint to an officer in words ("lpr 1 tolong dipegang sari ya", "LPR-1 biar dihandle bu dewi").
HAND_WORDS = {"pegang", "dipegang", "pegangin", "handle", "dihandle", "handel", "dihandel", "tangani", "ditangani",
              "serahkan", "diserahkan", "kasih", "dikasih", "kasihkan", "limpahkan", "dilimpahkan", "alihkan",
              "dialihkan", "garap", "digarap", "urus", "diurus", "kerjakan", "dikerjakan",
              # passed on ("diteruskan ke eko", "oper ke dewi"): to an agency instead, it is returned (KEMBALIKAN)
              "teruskan", "diteruskan", "terusin", "diterusin", "oper", "dioper", "operkan", "dioperkan",
              # Javanese (krama "dipun asta", "dipuncepeng"; ngoko "dicekel", "diurusi") and Sundanese ("dicepeng")
              "asta", "dipunasta", "diasta", "cepeng", "dipuncepeng", "dicepeng", "dicekel", "cekel", "dicekeli",
              "diurusi", "urusi", "dipunurus", "dipuntangani", "digarapi"}
HAND_FILLER = HAND_WORDS | ASKING_TO | COURTESY | {"biar", "supaya", "agar", "saja", "aja", "ya", "yaa", "dong", "sama",
                                                   "oleh", "ke", "kpd", "kepada", "nanti", "ini", "itu", "yg", "yang",
                                                   # the region's: please, let, only, by
                                                   "nyuwun", "tulung", "tulungi", "mangga", "monggo", "dipun",
                                                   "kersane", "ben", "men", "wae", "bae", "mawon", "kemawon", "nggih",
                                                   "njih",
                                                   "ku", "ka", "ning", "dening", "punten"}


def _sounds_handed(turn: StaffTurn) -> tuple[list[int], Contact] | None:
    """The complaints ("lpr 1 dan lpr 4 dihandle sari") and officer of a head's message that hands them to one of
    the agency's staff in words; ALIHKAN is asked about, not done."""
    text = turn.message.text
    found = _named_inside(text) if set(words(text)) & HAND_WORDS and not turn.message.replied_to_sid else None
    if found is None:
        return None
    numbers = _first_and_named(found[0], text)
    rest = found[1] if len(numbers) == 1 else re.sub(AND_WORDS, " ", NAMED.sub(" ", found[1]), flags=re.IGNORECASE)
    named = " ".join(w for w in words(rest) if w not in HAND_FILLER)
    officer = handover._agency_member(turn, named) if named else None
    return (numbers, officer) if officer is not None and officer.phone else None


def _ask_handover(turn: StaffTurn, numbers: list[int], officer: Contact) -> None:
    """Asks whether to hand the complaints to the officer, those that are the agency's open dispositions; says why
    for the others ("lpr 3 tolong dihandle sari ya" for another agency's complaint is refused, not asked about)."""
    handed = []
    for number in numbers:
        complaint = complaints.by_number(turn.session, number)
        if complaint is None:
            _not_found(turn, number)
        elif _own_disposition(turn, complaint) is not None:
            handed.append(complaint.reference)
    if handed:
        _ask_to_confirm(turn, "ALIHKAN", f"{' '.join(handed)} {officer.phone}", "staff_confirm_handover",
                        reference=and_list(handed), name=person_label(officer))


def _head_chases(turn: StaffTurn) -> dict | None:
    """For a head's message about one of the agency's open dispositions that asks who holds it or chases it (an
    officer's that asks who holds it): what the reply says (the complaint and the officers at work on it, but the
    one asking); None for any other message."""
    text = turn.message.text
    typed = set(words(text))
    head = turn.staff.role == Role.HEAD
    chases = head and typed & ASKING_TO and typed & TO_BE_DONE  # an officer's is their TL
    # an officer's "siapa" is more often about the reporter ("nama pelapornya siapa?"): only "who holds it"
    if not (typed & (WHO_WORDS if head else HOLDING) or chases):
        return None
    number, _ = split_reference(marked_reference(text), bare=False)
    found = (number, "") if number is not None else reference_last(text) or mentioned_reference(text)
    complaint = complaints.by_number(turn.session, found[0]) if found else None
    disposition = dispositions.disposition_for(complaint, turn.staff.agency_id) if complaint else None
    if disposition is None or disposition.status != DispositionStatus.OPEN:
        return None
    from lapor.directory import officers_for

    holders = officers_for(turn.session, disposition, turn.now)
    officers = [o for o in holders if o.id != turn.staff.id]
    alone = t("staff_who_only_you") if turn.staff in holders else t("staff_head_nobody")
    names = _named_people(officers, alone)
    return {"reference": complaint.reference, "officers": names}


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


# A staff member filing as a citizen says so ("ADUAN WARGA", "lapor sebagai warga", "aduan pribadi"): a word for
# filing and one for themselves as a citizen, in a short message without a number. Anything less ("mau lapor pak")
# is told these words: an officer's "izin lapor" is more often progress than a complaint of their own.
FILING_WORDS = {"aduan", "adukan", "mengadu", "ngadu", "lapor", "melapor", "laporan", "pengaduan", "keluhan"}
AS_CITIZEN_WORDS = {"warga", "pribadi", "masyarakat", "umum"}
AS_CITIZEN_MAX_WORDS = 7


def files_as_citizen(text: str) -> bool:
    """Whether a staff member asks to file a complaint of their own as a citizen."""
    typed = words(text)
    return (len(typed) <= AS_CITIZEN_MAX_WORDS and bool(set(typed) & FILING_WORDS)
            and bool(set(typed) & AS_CITIZEN_WORDS) and not DIGIT.search(text))


OPENING_CLAUSE = re.compile(r"^([^,:;.\n]+)[,:;.\n]+\s*(.+)$", re.DOTALL)
STORY_MIN_WORDS = 5


def _citizen_story(text: str) -> str | None:
    """For a staff member asking to file as a citizen: "" to start from the first step ("ADUAN WARGA"), or the
    story told after the opening that asks it ("mau lapor sebagai warga, lampu jalan depan rumah saya mati …"),
    which the citizen's conversation takes as its first message; None for anything else."""
    if files_as_citizen(text):
        return ""
    opening = OPENING_CLAUSE.match(text.strip())
    if opening is None or not files_as_citizen(opening.group(1)) or len(words(opening.group(2))) < STORY_MIN_WORDS:
        return None
    return opening.group(2).strip()


def _wants_to_file(text: str) -> bool:
    """A staff number writing as a citizen would ("mau lapor pak, sampah di depan rumah saya…")."""
    wanted = understanding.intent(text)
    return wanted is not None and wanted.name == "FILE"


HINT_MIN_WORDS = 3  # fewer words say too little to be shown back as the text of a command


def _hinted(turn: StaffTurn) -> tuple[int | None, str]:
    """The complaint a message without a command is about (named first, last or inside, swiped, or an officer's
    only open disposition for words of the work or a question for the citizen) and its words."""
    role, text = turn.staff.role, turn.message.text
    number, rest = split_reference(marked_reference(text), bare=False)
    if number is None and turn.message.replied_to_sid:  # swiped onto a notice: that complaint, the text whole
        number, rest = _replied_complaint_number(turn), text
    if number is None:  # "… sudah kami cek lpr 1", "izin melaporkan, untuk LPR-1 sudah kami survei"
        number, rest = reference_last(text) or mentioned_reference(text) or (None, rest)
    if number is None and role in OFFICER_ROLES and (len(words(text)) >= HINT_MIN_WORDS or on_the_way_only(text)):
        # "truk sudah mengangkut sebagian", "lokasi persisnya sebelah mana?", "otw pak": the officer's only open one
        count, rows = _own_open(turn)
        if len(rows) == 1 and count <= LIST_ITEMS:  # its words shown back only for the work or the citizen
            meant = sounds_like_progress(text) or is_question(text) or _asks_to_ask(text)  # not "mohon arahannya"
            number, rest = rows[0].complaint.number, text if meant else ""
    return number, "" if says_nothing(rest) else rest.strip()  # "mohon maaf pak baru balas": no text to show


def _progress_offered(turn: StaffTurn) -> bool:
    """Offers an officer's words of the work without a command ("sudah kami survei, minggu depan dikerjakan") as
    TL of the complaints they name ("lpr 1 sama lpr 2 …": both), or of their only open disposition: `YA` sends it
    (`_ask_to_confirm`). Holding several and naming none, they are asked which."""
    text = turn.message.text
    if turn.message.replied_to_sid or turn.staff.role not in OFFICER_ROLES:
        return False
    number, rest = _hinted(turn)
    if number is None and (len(words(text)) >= HINT_MIN_WORDS or on_the_way_only(text)) and sounds_like_progress(
            text):
        _which_one(turn, _own_open(turn)[1], f"TL LPR-12 {_citizens_words(excerpt(text.strip(), ECHO_CHARS))}")
        return bool(turn.replies)
    if number is not None and _answers_information(turn, number, rest):
        _ask_final(turn, number, _for_the_citizen(rest))  # "lpr 1 cukup bawa surat kehilangan …": the answer
        return True
    if number is None or not sounds_like_progress(rest) or _asks_to_ask(rest):
        return False
    numbers, rest = _joined_references(number, rest)
    rest = _citizens_words(_for_the_citizen(rest))  # "lpr 1 maaf malam2 pak, sdh diangkut": the apology was for
    # the office; "otw pak": the catalogue's words
    references = [format_reference(n) for n in numbers]
    _ask_to_confirm(turn, "TL", f"{' '.join(references)} {rest}", "staff_confirm_progress",
                    references=and_list(references), reference=" ".join(references), text=excerpt(rest, 300))
    return True


def _answers_information(turn: StaffTurn, number: int, text: str) -> bool:
    """Whether an officer's words about a request for information (kind `informasi`) are its answer: a few words that
    neither ask nor only acknowledge (what the citizen asked is answered by telling, not by work done)."""
    if len(words(text)) < HINT_MIN_WORDS or is_question(text) or _asks_to_ask(text) or only_acknowledges(text):
        return False
    complaint = complaints.by_number(turn.session, number)
    return complaint is not None and complaint.kind == "informasi"


LEADING_CLAUSE = re.compile(r"^([^,.;:!?]*)[,.;:!?]+\s*(?=\S)")
TRAILING_CLAUSE = re.compile(r"[,.;:!?]+\s*([^,.;:!?]*?)[\s.!?]*$")
LATE_REPORT_WORDS = {"lapor", "melapor", "laporan", "kabari", "mengabari", "update", "info"}  # "maaf baru lapor"


def _for_the_office(clause: str) -> bool:
    """Whether a clause is said to the office, not news: an apology for writing late, courtesy, an acknowledgement."""
    plain = " ".join(w for w in words(clause) if w not in LATE_REPORT_WORDS)
    return is_pleasantry(plain) or says_nothing(clause) or only_acknowledges(clause)


def _for_the_citizen(text: str) -> str:
    """An officer's words without the clauses they open or end with for the office: an apology for writing late,
    courtesy or an acknowledgement ("mohon maaf mengganggu malam pak, sdh diangkut …. maaf baru lapor": "sdh
    diangkut …")."""
    while (clause := LEADING_CLAUSE.match(text)) is not None and _for_the_office(clause.group(1)):
        text = text[clause.end():]
    while (clause := TRAILING_CLAUSE.search(text)) is not None and clause.group(1) and _for_the_office(
            clause.group(1)):
        text = text[:clause.start()]
    return _unaddressed(text).strip()


def _joined_references(number: int, text: str) -> tuple[list[int], str]:
    """The complaints a text names after its first one, joined to it ("lpr 1 sama lpr 2 …", "lpr 1 dan 3 …"), and
    the words after them."""
    numbers = [number]
    while True:
        if (bare := JOINED_NEXT.match(text)) is not None:
            numbers.append(int(bare.group(1)))
            text = text[bare.end():]
            continue
        more, after = split_reference(marked_reference(REFERENCE_JOINER.sub("", text, count=1)), bare=False)
        if more is None:
            return list(dict.fromkeys(numbers)), text.strip(REFERENCE_PUNCTUATION)
        numbers.append(more)
        text = after


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


def _hint(turn: StaffTurn) -> str:
    """What to type instead of a message that is no command: for a message that opens with a reference, that
    complaint's commands of the role (an officer's with their words in it); else the role's usual ones."""
    role = turn.staff.role
    if turn.message.replied_to_sid and role in OFFICER_ROLES:
        return t("staff_hint_swipe")
    number, rest = _hinted(turn)
    reference = format_reference(number) if number is not None else "LPR-12"
    if (colleague := handover.colleague_hint(turn, reference)) is not None:  # "pak eko tolong lpr 1 dicek"
        return colleague
    if role in OFFICER_ROLES:
        return _officer_hint(reference, rest if number is not None else "")
    if role in VERIFIER_ROLES and number is not None and rest.strip() and only_agency_words(turn.session, rest):
        return t("staff_hint_verifier_text", reference=reference, text=excerpt(rest.strip(), 100))
    return t("staff_hint_verifier" if role in VERIFIER_ROLES else "staff_hint_leader", reference=reference)


def _officer_hint(reference: str, rest: str) -> str:
    """An officer's hint: the command to send with their words `rest` (INFO for a question), or the usual ones."""
    if rest and _asks_to_ask(rest):
        return t("staff_hint_officer_ask", reference=reference)
    if rest and is_question(rest):  # "lpr 1 lokasinya persisnya dimana nggih?": for the citizen
        return t("staff_hint_officer_question", reference=reference, text=excerpt(rest, 300))
    if rest:
        return t("staff_hint_officer_text", reference=reference, text=excerpt(rest, 300))
    return t("staff_hint_officer", reference=reference)


# Someone to ask the citizen ("mohon ditanyakan ke pelapor NIK-nya", "tlg dikonfirmasi ke warganya"): an officer
# asking for INFO in other words, not progress for the citizen.
REPORTER_WORDS = {"pelapor", "pelapornya", "warga", "warganya", "pengadu", "pengadunya", "masyarakat", "ybs"}
ASK_WORDS = {"tanya", "tanyakan", "ditanyakan", "tanyain", "ditanya", "konfirmasi", "dikonfirmasi", "konfirmasikan",
             "hubungi", "dihubungi", "minta", "dimintai", "mintakan", "klarifikasi", "diklarifikasi"}


# A TUNDA or INFO that only tells ("TUNDA LPR-2 sampai senin", "besok saja saya cek dulu", "INFO LPR-1 tim ke lokasi
# minggu depan", "INFO LPR-1 sudah kami tangani"): staff putting the complaint off, or giving the citizen news ("info"
# is also "to inform"), in the words of a command that asks the citizen a question. Sent, the citizen reads "sampai
# senin" as a question and the complaint waits for an answer to nothing (its ladder, or its deadline, paused). Not sent
# when it says when, or what is done or will be, with no question and no request.
TELLING_WORDS = {"sudah", "sdh", "udah", "telah", "akan", "sedang", "segera"}
LATER_WORDS = {"besok", "besuk", "lusa", "nanti", "dulu", "sampai", "sampe", "smp", "hingga", "sd", "senin", "selasa",
               "rabu", "kamis", "jumat", "sabtu", "pending", "ditunda", "tunggu", "menunggu", "nunggu"}
LATER_PHRASES = ("minggu depan", "pekan depan", "bulan depan", "tahun depan")
REQUEST_WORDS = {"mohon", "tolong", "tlg", "harap", "minta", "kirim", "kirimkan", "kirimin", "sebutkan",
                 "jelaskan", "lampirkan", "sertakan", "lengkapi", "berikan", "beri", "bisa", "bisakah", "boleh",
                 "share", "kabari", "kabarkan", "infokan", "informasikan", "tunjukkan", "fotokan", "difoto", "foto"}


def tells_not_asks(text: str) -> bool:
    """Tell whether a question for the citizen only tells (when, or what is done: LATER_WORDS, TELLING_WORDS): no
    question, no request."""
    typed = words(text)
    later = set(typed) & (LATER_WORDS | TELLING_WORDS) or any(phrase in " ".join(typed) for phrase in LATER_PHRASES)
    return bool(later) and not is_question(text) and not set(typed) & REQUEST_WORDS


def _asks_to_ask(text: str) -> bool:
    typed = set(words(text))
    return bool(typed & REPORTER_WORDS and typed & ASK_WORDS)


# Finding the complaint a command is about -----------------------------------------------------------

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
    if number is None and turn.command in ONLY_OPEN_ASKED and turn.staff.role in OFFICER_ROLES:
        count, rows = _own_open(turn)  # "SELESAI sudah diangkut": the officer's only open one is asked about
        if len(rows) == 1 and count <= LIST_ITEMS:
            only = rows[0].complaint
            _ask_to_confirm(turn, turn.command, f"{only.reference} {text}".strip(), "staff_confirm_only_open",
                            asked=turn.command, reference=only.reference, title=excerpt(only.title, 60))
            return None, text
    if number is None:
        turn.say("staff_need_reference", command=turn.command, example=example)
        return None, text
    complaint = complaints.by_number(turn.session, number, lock=lock)
    if complaint is None:
        _not_found(turn, number)
    return complaint, _without_courtesy(text)


FILLER_FIRST = {"saja", "aja", "sj", "ya", "yaa", "yah", "dong", "deh", "nih"}  # before a command's text
LEADING_WORD = re.compile(r"\s*[,.:;!-]*\s*([^\s,.:;!]+)[\s,.:;!-]*")


def _without_courtesy(text: str) -> str:
    """A command's text without the words of courtesy before it ("saja, dobel" → "dobel"; "ya pak, bukan wilayah
    kabupaten"): they would reach the citizen as the start of the reason or the follow-up."""
    if says_nothing(text):  # "mohon maaf pak baru balas": an apology whole, read as such (no text)
        return text
    rest, dropped = text, False
    while (found := LEADING_WORD.match(rest)) is not None and found.end() < len(rest) and (
            found.group(1).lower() in FILLER_FIRST or dropped and found.group(1).lower() in NO_TEXT_WORDS):
        rest, dropped = rest[found.end():], True  # "ya pak, …": the address after a filler goes too; "Pak, …"
    return rest  # alone addresses the citizen


ONLY_OPEN_ASKED = {"TL", "SELESAI", "INFO", "KEMBALIKAN", "SURVEI"}  # commands about one disposition
NOT_FOUND_NEXT = {Role.OFFICER: "staff_not_found_officer", Role.HEAD: "staff_not_found_officer",
                  Role.VERIFIER: "staff_not_found_verifier", Role.SUPERVISOR: "staff_not_found_leader"}


# A marked reference longer than any complaint number is read (lapor.references takes up to nine digits)
OVERLONG_REFERENCE = re.compile(rf"^\s*(?:{MARK}|#\s*)(\d{{10,}})\b", re.IGNORECASE)


def _not_found(turn: StaffTurn, number: int) -> None:
    """Says that no complaint has this number, and where the staff member finds the ones they may mean."""
    turn.say("staff_not_found", reference=format_reference(number), next=t(NOT_FOUND_NEXT[turn.staff.role]))


def _exists(turn: StaffTurn, reference: str) -> bool:
    """Whether the complaint a question is about to be asked of exists; if not, says so (nothing is asked)."""
    number = split_reference(reference)[0]
    if number is not None and complaints.by_number(turn.session, number) is None:
        _not_found(turn, number)
        return False
    return True


def _replied_complaint_number(turn: StaffTurn) -> int | None:
    sid = turn.message.replied_to_sid
    if not sid:
        return None
    row = turn.session.scalars(select(OutboxMessage).where(OutboxMessage.twilio_sid == sid)).one_or_none()
    if row is None or row.subject_type != "complaint" or row.recipient not in turn.staff.addresses:
        return None
    return turn.session.scalar(select(Complaint.number).where(Complaint.id == row.subject_id))


def _own_disposition(turn: StaffTurn, complaint: Complaint) -> Disposition | None:
    """The officer's agency's open disposition on the complaint, or None after saying why not."""
    agency = turn.staff.agency
    disposition, refused = preconditions.agency_disposition(complaint, turn.staff.agency_id)
    if refused == preconditions.NOT_YOURS:
        turn.say("staff_not_yours", reference=complaint.reference, agency=agency.name if agency else "-")
    elif refused:
        turn.say("staff_disposition_closed", reference=complaint.reference, agency=agency.code,
                 state=DISPOSITION_CLOSED[disposition.status])
        final = [e for e in complaint.timeline if e.event == Event.FINAL_ANSWER and e.disposition_id == disposition.id]
        if final and disposition.status == DispositionStatus.FINAL:  # a colleague answered first: what and when
            by = turn.session.get(Contact, final[-1].actor_id) if final[-1].actor_id else None
            turn.say("staff_answered_by", name=person_label(by),
                     when=short_datetime(final[-1].at, turn.zone), text=excerpt(final[-1].text or "-", 200))
    return None if refused else disposition


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


# Words that are no text for a citizen or a reason ("tolong dikembalikan saja lpr 2", "KEMBALIKAN LPR-1 ya pak 🙏").
# "tes"/"test" acknowledge a message but are a reason of their own ("ARSIPKAN LPR-1 tes saja": a test complaint).
NO_TEXT_WORDS = (COURTESY - {"tes", "test"}) | THANKS | {"saja", "aja", "dong", "deh", "ya", "yaa", "yah", "nih", "ini",
                                                         "itu", "tsb"}


# Words that only point at a photo they come with ("ini pak", "nih", "sudah pak", "fotonya, kondisi terkini"): no
# text for the citizen, who gets the photo with the catalogue's words (`answer_photos_only`).
PHOTO_WORDS = {"foto", "fotonya", "gambar", "gambarnya", "dokumentasi", "dokumentasinya", "dok", "pict", "pic",
               "terlampir", "lampiran", "berikut", "kondisi", "kondisinya", "terkini", "skrg", "sekarang", "hasil",
               "hasilnya", "situasi", "keadaan", "lokasi", "di", "tkp", "tadi", "td", "barusan", "pagi", "siang",
               "sore", "niki", "iki", "puniki", "iyeu", "areya", "riya", "terbaru", "update", "updatenya", "progres",
               "progresnya", "kegiatan", "sebelum", "sesudah", "before", "after", "dan", "hari", "hariini"}


def points_at_photo(text: str) -> bool:
    """Whether a photo's caption only points at it ("ini pak", "nih", "sudah pak 🙏"), saying nothing of the work."""
    return all(w in NO_TEXT_WORDS | PHOTO_WORDS | DONE_MARKERS for w in staff_words(text))


def says_nothing(text: str) -> bool:
    """Tell whether a command's text is no text for a citizen or a reason: courtesy words alone ("ya pak 🙏") or an
    apology for answering late ("mohon maaf pak baru balas", "sori br bls, td lg di lapangan")."""
    return (all(w in NO_TEXT_WORDS for w in words(text)) or not any(ch.isalpha() for ch in text)
            or is_pleasantry(text))


# A command typed without its text waits this long for the text in the next message.
TEXT_KEY, TEXT_LIFETIME = "staff_awaited_text", timedelta(minutes=15)


# "batal", "gak jadi", "nanti saja", "salah ketik": the command typed without its text is called off.
CALL_OFF = re.compile(r"^(?:(?:maaf|eh|oh|pak|bu|ya)\s+)*(?:batal\w*|cancel|"
                      r"(?:tidak|tdk|gak|ga|nggak|ngga|enggak|g)\s*jadi|nanti\s*(?:saja|aja|dulu)?|"
                      r"salah\s*(?:ketik|kirim|tulis|pencet)|abaikan|skip)\b")


def _awaited_text(turn: StaffTurn) -> str | None:
    """The command an earlier message named without its text, when this message (no command, no swipe, more than an
    acknowledgement) is that text; it is then used up."""
    awaited = _remembered(turn, TEXT_KEY, TEXT_LIFETIME)
    text = turn.message.text
    if (awaited is None or turn.replies or turn.message.replied_to_sid or not any(ch.isalpha() for ch in text)
            or only_acknowledges(text)):
        return None
    misrouted = awaited["command"] == "KEMBALIKAN" and _disputes(turn, text)  # "salah kirim, ini urusan dinsos"
    if CALL_OFF.match(normalize(text)) and not misrouted:
        _remember(turn, TEXT_KEY, None)
        turn.say("staff_awaited_called_off", command=awaited["command"],
                 reference=format_reference(awaited["complaint"]))
        return None
    number, rest = split_reference(marked_reference(text), bare=False)
    numbers = awaited.get("complaints") or [awaited["complaint"]]
    if number not in (None, *numbers):
        return None  # about another complaint: not the text awaited
    _remember(turn, TEXT_KEY, None)
    named = " ".join(format_reference(n) for n in numbers)
    turn.rest = f"{named} {rest if number is not None else text}"
    return awaited["command"]


# Officer commands ------------------------------------------------------------------------------------

def cmd_tl(turn: StaffTurn) -> None:
    """Records a progress follow-up (with photos) and relays it to the citizen."""
    _answer(turn, final=False, example=t("example_progress"))


def cmd_selesai(turn: StaffTurn) -> None:
    """Records the final answer; the complaint is finished when every disposition has one."""
    _answer(turn, final=True, example=t("example_final"))


def _answer(turn: StaffTurn, final: bool, example: str) -> None:
    turn.held = _remembered(turn, HELD_KEY, HELD_LIFETIME)
    expired = None if turn.held else _remembered(turn, HELD_KEY, HELD_NAMED)
    complaint, text = _target(turn, example)
    if complaint is None:
        return
    if turn.held and turn.held.get("complaint") not in (None, complaint.number):
        turn.held = None  # photos captioned for another complaint wait for its own command
    if turn.held and not text.strip() and not turn.message.kept_media:
        text = turn.held["text"]  # "TL LPR-7" alone after a captioned photo: the caption is its text
    if turn.media and points_at_photo(text):
        text = ""  # a photo with "ini pak": the photo is the answer, in the catalogue's words
    text = without_closing_address(text)  # "… ke lokasi ya pak": "ya pak" was said to the bot
    text = _done_for_citizen(text) if final else text  # "sampun rampung": in Indonesian
    disposition = _own_disposition(turn, complaint)
    if disposition is None or not _needs_text(turn, complaint, text, example, allow_photo=True):
        return
    text = text.strip() or t("answer_photos_only")
    if not final and not turn.media and (sent := _same_progress(disposition, text, turn.now)) is not None:
        turn.say("tl_already", reference=complaint.reference, when=short_datetime(sent.at, turn.zone))
        return
    dispositions.follow_up(turn.session, disposition, turn.staff, text, turn.now, turn.svc.region, final=final,
                           media=turn.media)
    if turn.held:
        _remember(turn, HELD_KEY, None)  # the held photos went with this answer
    kinds = kind_counts(m["content_type"] for m in turn.media)
    extra = f" Lampiran: {received(kinds)}." if turn.media else ""
    extra += _expired_media(turn, expired, complaint) + _after_quiet_hours(turn)
    if not final:
        turn.say("tl_done", reference=complaint.reference, photos=extra)
        if turn.implied:
            turn.say("tl_swiped", reference=complaint.reference)
            _remember(turn, SWIPED_TL_KEY, {"complaint": complaint.number, "at": turn.now.isoformat(),
                                            "sid": turn.message.sid})
        else:
            next_key = "tl_next" if complaint.kind == "pengaduan" else f"tl_next_{complaint.kind}"
            turn.replies[-1] += "\n" + t(next_key, reference=complaint.reference)
    else:
        others = [d.agency.code for d in complaint.dispositions if d.status == DispositionStatus.OPEN]
        rest = t("selesai_waiting", others=", ".join(others)) if others else t("selesai_all_done")
        turn.say("selesai_done", reference=complaint.reference, photos=extra, rest=rest)
    _asked_if_back(turn)


# The same progress typed again this soon is a resend (the first looked as if it had not gone through), not news.
SAME_PROGRESS_WINDOW = timedelta(hours=24)


def _same_progress(disposition: Disposition, text: str, now: datetime) -> TimelineEntry | None:
    """The disposition's last progress when it said the same words (case, spacing and end punctuation aside) less
    than SAME_PROGRESS_WINDOW ago: the citizen read the same TL twice."""
    said = [e for e in disposition.complaint.timeline if e.disposition_id == disposition.id and e.text]
    if not said or said[-1].event != Event.FOLLOW_UP or said[-1].media:
        return None
    last = said[-1]
    at = last.at if last.at.tzinfo else last.at.replace(tzinfo=UTC)
    same = _plain_words(last.text) == _plain_words(text)
    return last if same and now - at < SAME_PROGRESS_WINDOW else None


def _plain_words(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(" .!")


def _asked_if_back(turn: StaffTurn) -> None:
    """Work sent by someone whose leave is on is real work, recorded as any; as their notices and reminders still go
    to colleagues, they are asked whether they are back (YA ends the leave, TIDAK keeps it): one answer from home
    is no return to work."""
    if turn.staff.on_leave(turn.now):
        _ask_to_confirm(turn, "CUTI", "SAYA SELESAI", "staff_work_on_leave",
                        back=day_and_date(turn.staff.away_until, turn.zone))


def cmd_info(turn: StaffTurn) -> None:
    """Relays an officer's question to the citizen; the answer comes back to this officer."""
    complaint, text = _target(turn, t("example_question"))
    if complaint is None:
        return
    text = without_closing_address(text, to_citizen=True)  # "… sebelah mana ya bro": "bro" was the office's
    disposition = _own_disposition(turn, complaint)
    if disposition is None or not _needs_text(turn, complaint, text, t("example_question")):
        return
    if tells_not_asks(text):
        turn.say("info_not_a_question", reference=complaint.reference, text=excerpt(text.strip(), 200))
        return
    if not _reachable_reporter(turn, complaint):
        return
    dispositions.ask_citizen(turn.session, complaint, turn.staff, text.strip(), turn.now, disposition)
    turn.say("info_done", reference=complaint.reference)
    turn.replies[-1] += _after_quiet_hours(turn)


def _after_quiet_hours(turn: StaffTurn) -> str:
    """When what the command queued for the citizen waits out their quiet hours, a sentence saying when it goes."""
    calendar = turn.svc.region.calendar
    if not calendar.in_quiet_hours(turn.now):
        return ""
    return " " + t("answer_after_quiet_hours", at=short_datetime(calendar.next_citizen_moment(turn.now), turn.zone))


def cmd_survei(turn: StaffTurn) -> None:
    """Marks that the disposition needs a field inspection: the longer deadline applies and the citizen is told."""
    example = t("example_inspection")
    complaint, text = _target(turn, example)
    if complaint is None:
        return
    disposition = _own_disposition(turn, complaint)
    if disposition is None or not _needs_text(turn, complaint, text, example):
        return
    due = dispositions.due_at(turn.svc.region, complaint.kind, disposition.created_at, True)
    note = t("survei_note", reason=text.strip(), due=short_date(due, turn.zone))
    dispositions.mark_field_inspection(turn.session, disposition, turn.staff, note, turn.now, turn.svc.region)
    turn.say("survei_done", reference=complaint.reference, due=short_date(due, turn.zone),
             days=turn.svc.region.settings.field_inspection_days)


def cmd_kembalikan(turn: StaffTurn) -> None:
    """Returns a disposition to the verifier ("bukan kewenangan kami") with the reason."""
    complaint, text = _target(turn, t("example_reason"))
    if complaint is None:
        return
    disposition = _own_disposition(turn, complaint)
    if disposition is None or not _needs_text(turn, complaint, text, t("example_return_reason")):
        return
    dispositions.return_disposition(turn.session, disposition, turn.staff, text.strip(), turn.now, turn.svc.region)
    turn.say("kembalikan_done", reference=complaint.reference)


def cmd_daftar(turn: StaffTurn) -> None:
    """Lists an agency's open dispositions with due dates (officers: their own; others: any, or a summary); with
    words for late ("DAFTAR terlambat", "apa yang telat?") only those past their deadline, for unanswered ("DAFTAR
    yang belum dijawab", "belum ada TL") only those still waiting for a first follow-up."""
    if set(words(turn.rest)) & ROSTER_WORDS:
        _roster(turn)
        return
    typed, only = _daftar_filter(turn.rest)
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


# The agency's people rather than its dispositions ("DAFTAR petugas", "siapa saja petugas kita?", "list pegawai dlh",
# "siapa yg lagi cuti?"): the roster, with who is on leave until when and who stands in.
ROSTER_WORDS = {"petugas", "petugasnya", "pegawai", "staf", "staff", "personil", "personel", "roster", "penghubung",
                "anggota", "operator"}
AWAY_WORDS = {"cuti", "izin", "ijin", "libur", "absen", "off", "berhalangan", "cutinya"}
ROSTER_ASKING = {"siapa", "siapakah", "berapa", "daftar", "list", "data", "nama", "nomor", "no", "kontak"}
ROSTER_MAX_WORDS = 10


def _asks_roster(text: str) -> bool:
    """A short question or request for the roster ("siapa saja petugas kita?", "siapa yg cuti?"), no complaint named."""
    typed = words(text)
    if len(typed) > ROSTER_MAX_WORDS or DIGIT.search(text):
        return False
    asking = set(typed) & (ROSTER_ASKING | ASKING_WORDS) or len(typed) <= 2
    return bool(set(typed) & ROSTER_WORDS and asking or "siapa" in typed and set(typed) & AWAY_WORDS)


# A question about what is on one's plate ("ada tugas apa aja hari ini?", "kerjaan sy apa aja ya"): DAFTAR.
PLATE_WORDS = {"tugas", "tugasnya", "tugasku", "kerjaan", "kerjaannya", "pekerjaan", "garapan", "tanggungan", "pr",
               "disposisi", "dispo", "disposisinya", "job", "gawean", "pagawean"}
PLATE_ASKING = {"apa", "apakah", "ada", "mana", "berapa", "brp", "opo", "naon", "daftar", "list",
                "wonten", "wenten", "enten", "onten", "aya", "bada"}  # "ada" in Javanese, Sundanese, Madurese


COMPLAINT_WORDS = {"laporan", "lap", "aduan", "pengaduan", "keluhan", "laporannya"}
NEEDED = {"perlu", "harus", "hrs", "mesti", "musti", "kudu", "kedah", "wajib"}
VERIFYING = {"diverifikasi", "verifikasi", "diverif", "verif", "terverifikasi"}  # "yg blm diverifikasi": the queue
NEW_WORDS = {"baru", "masuk", "msk", "msuk", "masok", "mlebu", "antre", "antri", "menunggu", "anyar", "enggal"}


def _asks_plate(text: str) -> bool:
    """A short question about what is on one's plate ("ada tugas apa aja?", "ada laporan baru?"), no number."""
    typed = set(words(text))
    today = typed & {"hari", "hr"} and "ini" in typed  # "aduan hari ini brp": the ones come in today
    about = (typed & PLATE_WORDS or (typed & (COMPLAINT_WORDS | {"yg", "yang"}) and typed & NEW_WORDS)
             or typed & COMPLAINT_WORDS and today or typed & VERIFYING and typed & UNANSWERED
             or typed & NEEDED and typed & (TO_BE_DONE | {"lanjuti"}))  # "ada yg perlu sy tindak lanjuti?"
    return (bool(about and typed & PLATE_ASKING) and len(words(text)) <= ROSTER_MAX_WORDS
            and not DIGIT.search(text) and not typed & ROSTER_WORDS and not typed & LATE_WORDS)  # "yg telat pu pr"


# The deadlines asked with no complaint named ("deadline semua laporan kapan?", "batas waktu laporan2 kami kapan
# aja"): the list shows each; "batas desanya kapan dipasang?" is no deadline, nor "dl" (also "dinas luar")
DEADLINES_NAMED = re.compile(r"\b(?:deadline|deadlinenya|tenggat|tenggatnya|batas\s+(?:waktu|wkt|akhir)\w*)\b",
                             re.IGNORECASE)


# The complaints that came in on a day or in a period, asked ("aduan kemarin apa aja", "laporan minggu ini ada
# berapa", "Laporan kmrn ada brp bu?", "brp aduan tadi pagi"): a word for complaints, a day or a period, and a
# question (not "kemarin ada aduan warga soal lampu mati", the story of one).
DAY_HINTS = {"kemarin", "kemaren", "kmrn", "kmarin", "minggu", "mgg", "pekan", "bulan", "bln", "tadi", "td", "pagi",
             "sepekan", "seminggu", "sebulan", "hari", "hr"}
DAY_ASKING = PLATE_ASKING - {"ada", "wonten", "aya"} | {"aja", "saja", "sj", "apaan"}
TODAY_SAID = {"tadi", "td", "pagi", "hari"}


def _asks_by_day(turn: StaffTurn, text: str) -> str | None:
    """The words naming the day or period a short question about the complaints that came in asks for; None for
    anything else."""
    typed = set(words(text))
    if not typed & COMPLAINT_WORDS or not typed & DAY_HINTS:  # the cheap test first
        return None
    if (len(words(text)) > ROSTER_MAX_WORDS or not (typed & DAY_ASKING or "?" in text)
            or typed & (ROSTER_WORDS | LATE_WORDS) or mentioned_reference(text) is not None
            or split_reference(marked_reference(text), bare=False)[0] is not None):
        return None
    from bot.digests import asked_period

    period, _ = asked_period(text, turn.svc.region, turn.now)
    if period is None:  # "tadi pagi", "td": today's
        return "hari ini" if typed & TODAY_SAID else None
    return text


def _asks_deadlines(text: str) -> bool:
    """A short question of when the deadlines are, with no number in it."""
    return (DEADLINES_NAMED.search(text) is not None and bool(set(words(text)) & WHEN_WORDS)
            and len(words(text)) <= ROSTER_MAX_WORDS and not DIGIT.search(text))


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


LATE_FILLER = {"yang", "yg", "apa", "aja", "saja", "ada", "mana", "sudah", "sdh", "udah", "batas", "disposisi",
               "laporan", "laporannya", "berapa", "siapa", "daftar", "list", "lihat", "cek", "tolong", "mohon", "pak",
               "bu", "ya",
               "dong", "nya", "sekarang", "hari", "ini", "kita", "kami", "di", "dari"}
# Words that ask for the dispositions still waiting for a first follow-up: "belum" with a word for answering
# ("yang belum dijawab", "blm ada TL", "belum direspon"), or "tanpa TL". (Named apart from NOT_YET above, which a
# second NOT_YET here replaced: "lpr 1 udah kelar belom" was asked as a final answer.)
UNANSWERED = NOT_YET | {"tanpa"}
ANSWERING = {"dijawab", "jawab", "jawaban", "ditindaklanjuti", "tindaklanjut", "tl", "direspon", "direspons", "respon",
             "nindaklanjuti", "menindaklanjuti", "ditindaklanjut", "dipuntindaklanjuti",
             "respons", "ditanggapi", "tanggapan", "dibalas", "balasan", "diproses", "ditangani", "dikerjakan",
             "disentuh", "dibaca"}
DAFTAR_FILLER = LATE_FILLER | UNANSWERED | {"semua", "seluruh", "terbuka", "open", "masih", "instansi", "opd", "tindak",
                                         "lanjut", "selesai", "diselesaikan"}
ROSTER_FILLER = DAFTAR_FILLER | ROSTER_WORDS | AWAY_WORDS | ROSTER_ASKING | ASKING_WORDS | {
    "saja", "aja", "lagi", "lg", "sedang", "aktif", "kita", "kami", "dinas", "semuanya", "siapakah", "petugas2"}
QUESTION_WORDS = {"yang", "yg", "mana", "apa", "berapa", "ada", "siapa"}


def _asks_unanswered(text: str) -> bool:
    """A short question about what has no follow-up yet ("mana yang belum dijawab?", "ada yg blm di-TL?")."""
    typed = set(words(text))
    return (bool(typed & UNANSWERED) and bool(typed & ANSWERING) and bool(typed & QUESTION_WORDS)
            and len(words(text)) <= HOW_MAX_WORDS and split_reference(text)[0] is None)


# "berapa yang belum?", "sisa brp yg blm kelar": how many are still open (DAFTAR), in a few words and nothing else.
COUNT_ASKED = {"berapa", "brp", "brapa", "sisa", "sisanya", "mana", "apa", "pinten", "sabaraha"}
OPEN_FILLER = DAFTAR_FILLER | COUNT_ASKED | DONE_WORDS | {"lagi", "lg", "pak", "bu", "ya", "sih", "kah", "kita"}
# "gimana pupr?", "bagaimana kabar dinas lingkungan hidup?", "dlh gmn bu": how one agency is doing (its REKAP).
HOW_DOING = HOW_FAR | {"kabar", "kabarnya", "kondisi", "kondisinya", "aman"}  # "pupr aman?"
DOING_FILLER = HOW_DOING | {"pak", "bu", "ya", "sih", "kok", "sekarang", "skrg", "hari", "ini", "itu", "yg", "yang",
                            "progres", "progresnya", "perkembangan", "perkembangannya", "min", "sudah", "sdh", "udah",
                            "udh", "sampai", "sampe", "smp", "mana", "kah", "semua", "lancar",
                            # already, now, this, particles in Javanese and Sundanese ("dlh wis piye?")
                            "wis", "uwis", "wes", "sampun", "saiki", "sakniki", "samenika", "iki", "niki", "kuwi",
                            "niku", "to", "tah", "ayeuna", "atuh", "teh", "geus", "parantos",
                            # "will be", "how is it going to be" ("satpol pp bade pripun niki?", "dlh arep piye?")
                            "bade", "badhe", "arep", "ajeng", "bakal"}
DOING_MAX_WORDS = 8


def _asks_overview(turn: StaffTurn, text: str) -> tuple[str, str] | None:
    """A short question of how many are still open (DAFTAR) or, from a head or a supervisor, of how one agency is
    doing (REKAP of it), with the command's words; None for anything else."""
    typed = words(text)  # a number is a complaint's, not an agency's code ("dp3a", "pupr2")
    if any(w.isdigit() for w in typed) or WRITTEN_REFERENCE.search(text) or not typed or len(typed) > DOING_MAX_WORDS:
        return None
    if set(typed) & UNANSWERED and set(typed) & COUNT_ASKED:
        named = [w for w in typed if w not in OPEN_FILLER | GREETING_WORDS | COURTESY]
        if not named:
            return "DAFTAR", ""
        if turn.staff.role not in OFFICER_ROLES and only_agency_words(turn.session, " ".join(named)):
            return "DAFTAR", " ".join(named)  # "dlh berapa yg blm": that agency's
    named = [w for w in typed if w not in DOING_FILLER | GREETING_WORDS | COURTESY]
    agency = [w for w in named if w not in COMPLAINT_WORDS]  # "laporan pupr gmn": how PUPR is doing
    if (turn.staff.role in LEADER_ROLES and set(typed) & HOW_DOING and agency
            and only_agency_words(turn.session, " ".join(agency))):
        return "REKAP", " ".join(agency)
    if turn.staff.role in LEADER_ROLES and set(typed) & HOW_DOING and set(named) & COMPLAINT_WORDS:
        return _reports_asked(turn, text, named)  # "pripun kabare laporan minggu niki?": the period's REKAP
    return None


def _reports_asked(turn: StaffTurn, text: str, named: list[str]) -> tuple[str, str] | None:
    """A leader's question of how the complaints are doing, in a period or not ("gimana laporannya?", "pripun
    kabare laporan minggu niki?"): REKAP with the period's words; None when other words are left."""
    from bot.digests import asked_period

    period, left = asked_period(text, turn.svc.region, turn.now)
    if set(words(left)) & set(named) - COMPLAINT_WORDS:
        return None
    left_words = set(words(left))
    return "REKAP", " ".join(w for w in words(text) if w not in left_words) if period else ""


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
    return dispositions.agency_dispositions(turn.session, agency_id, limit=LIST_ITEMS,
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
    due = t("daftar_overdue" if late else "daftar_due", date=short_date(row.due_at, turn.zone)) if row.due_at else "-"
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


def _escalated(turn: StaffTurn, agency_id: int | None, agency: bool, code: str = "") -> str:
    """The dispositions late by the first-response ladder (escalated, still without a follow-up, not yet past their
    deadline), each with who holds it, for a question of what is late; "" when there are none."""
    from lapor.directory import readers_for

    rungs = turn.svc.region.settings.first_response
    if not rungs:
        return ""
    count, rows = dispositions.escalated_unanswered(turn.session, agency_id, len(rungs), turn.now, LIST_ITEMS)
    if not rows:
        return ""
    lines = [t("daftar_unanswered_late_head", days=rungs[-1].after_days, count=count,
               agency=f"{code} " if code else "")]
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


def cmd_status(turn: StaffTurn) -> None:
    """Shows one complaint as staff see it (the reporter's identity only where the role may see it); without a
    reference, an officer's one open disposition, or their open dispositions numbered to pick from."""
    if (split_reference(turn.rest)[0] is None and _replied_complaint_number(turn) is None
            and not _status_to_pick(turn)):
        return
    complaint, _ = _target(turn, "", lock=False)
    if complaint is None:
        return
    if not access.may_see_complaint(turn.staff, complaint):
        turn.say("staff_not_visible", reference=complaint.reference, agency=turn.staff.agency.name)
        return
    record_identity_view(turn.session, turn.staff, complaint, at=turn.now, address="whatsapp")
    disposed = ", ".join(f"{d.agency.code} ({DISPOSITION_NAMES[d.status]}{_due(turn, d)})"
                         for d in complaint.dispositions) or "-"
    text = t("staff_status", reference=complaint.reference, title=complaint.title,
             kind=KIND_NAMES[complaint.kind], privacy=PRIVACY_NAMES[complaint.privacy],
             status=STAFF_STATUS_NAMES[complaint.status], reporter=reporter_for(turn.staff, complaint),
             description=complaint.description, place=place_for_staff(complaint), dispositions=disposed)
    additions = additions_for_staff(complaint, turn.zone)
    if additions:
        text += "\n" + additions
    latest = [e for e in complaint.timeline if e.text][-1:]
    if set(words(turn.message.text)) & HISTORY_WORDS:  # "riwayat lpr 1": its steps, not only the latest
        text += "\n" + _history(turn, complaint)
    elif latest:
        text += "\n" + t("staff_status_latest", when=short_date(latest[0].at, turn.zone), text=latest[0].text)
    turn.replies.append(text + _media_lines(turn, complaint))


def _due(turn: StaffTurn, disposition: Disposition) -> str:
    """An open disposition's deadline, as STATUS shows it beside the disposition ("DLH (terbuka, batas 29 Des")."""
    if disposition.status != DispositionStatus.OPEN or disposition.due_at is None:
        return ""
    return t("staff_status_due", date=short_date(disposition.due_at, turn.zone))


def _history(turn: StaffTurn, complaint: Complaint) -> str:
    """The complaint's latest steps (`lapor.timeline`, folded and named as the reader may see them) for STATUS asked
    as its history: when, what, which agency, the words; the whole story is on its page."""
    items = timeline(turn.session, complaint, turn.staff)
    lines = [_history_line(turn, item) for item in items[-HISTORY_SHOWN:]]
    return t("staff_history", shown=len(lines), count=len(items), lines="\n".join(lines),
             page=complaint_page(turn.svc.config, complaint.number))


def _history_line(turn: StaffTurn, item) -> str:
    """One step of the history: a status change says the status it reached; a text that opens with the agency's
    code ("PUPR: bukan tupoksi kami") does not repeat it."""
    text = (item.text or "").removeprefix(f"{item.agency}:").strip() if item.agency else (item.text or "")
    if not text and item.status_to and item.status_to != item.status_from:
        text = STAFF_STATUS_NAMES.get(item.status_to, item.status_to)
    return t("staff_history_line", when=short_datetime(item.at, turn.zone), event=EVENT_NAMES.get(item.event,
             item.event), agency=f" {item.agency}" if item.agency else "", text=f": {excerpt(text, 120)}" if text
             else "")


STATUS_PICK_KEY = "staff_status_pick"  # the officer's open dispositions last listed by STATUS, to answer by number


def _status_to_pick(turn: StaffTurn) -> bool:
    """STATUS without a reference: an officer's one open disposition (of the agency's, not handed to a colleague)
    is the one (True, `turn.rest` names it); several (a verifier's or supervisor's: the newest complaints) are
    listed, numbered, and the next message may pick one (False, said); none is said (False)."""
    if turn.staff.role in OFFICER_ROLES:
        count, rows = _own_open(turn)
        if len(rows) == 1 and count <= LIST_ITEMS:
            turn.rest = f"{rows[0].complaint.reference} {turn.rest}"
            return True
        head = t("status_pick_head", agency=turn.staff.agency.code, count=len(rows))
        chosen = [(row.complaint, _list_item(turn, row)) for row in rows]
    else:
        head = t("status_pick_head_region")
        chosen = [(c, t("daftar_item", reference=c.reference, title=c.title, due=STAFF_STATUS_NAMES[c.status]))
                  for c in complaints.newest(turn.session, LIST_ITEMS)]
    if not chosen:
        turn.say("daftar_empty", agency=turn.staff.agency.code if turn.staff.agency else "-")
        return False
    lines = [head] + [f"{index}. " + item.removeprefix("• ") for index, (_, item) in enumerate(chosen, 1)]
    turn.replies.append("\n".join(lines + [t("status_pick_tail", reference=chosen[0][0].reference)]))
    _remember(turn, STATUS_PICK_KEY, {"numbers": [c.number for c, _ in chosen], "at": turn.now.isoformat()})
    return False


def _status_picked(turn: StaffTurn, text: str) -> str | None:
    """A number answering the list STATUS showed ("2", "no 2"): STATUS of that complaint (`turn.rest`)."""
    pending = _remembered(turn, STATUS_PICK_KEY, PICK_LIFETIME)
    picked = pick_numbers(text) if pending is not None else None
    if not picked or len(picked) != 1:
        return None
    _remember(turn, STATUS_PICK_KEY, None)
    if not 1 <= picked[0] <= len(pending["numbers"]):
        turn.say("status_pick_outside", count=len(pending["numbers"]))
        return None
    turn.rest = format_reference(pending["numbers"][picked[0] - 1])
    return "STATUS"


def _media_lines(turn: StaffTurn, complaint: Complaint) -> str:
    """The complaint's stored media as signed links (images without metadata but for verifiers), when the
    service has a public URL to give (or prints links in console mode)."""
    config = turn.svc.config
    if not config["PUBLIC_BASE_URL"] and config["TWILIO_ACCOUNT_SID"]:
        return ""
    lifetime = timedelta(seconds=config["MEDIA_LINK_SECONDS"])
    found = complaint_links(turn.session, config, complaint, turn.now, lifetime, turn.staff.role)
    if not found:
        return ""
    lines = "\n".join(f"{index}. {MEDIA_KIND_NAMES[kind]}: {link}" for index, (kind, link) in enumerate(found, 1))
    return "\n" + t("staff_status_media", hours=round(lifetime.total_seconds() / 3600), links=lines)


def place_for_staff(complaint: Complaint) -> str:
    """Where it is, whole: the place as typed and, when the citizen shared a pin, its coordinates and a maps link."""
    place = complaint.location_text or "-"
    if complaint.latitude is None or complaint.longitude is None:
        return place
    coordinates = {"latitude": complaint.latitude, "longitude": complaint.longitude}
    return t("staff_pin", place=place, link=MAPS_LINK.format(**coordinates), **coordinates)


def answered_by(complaint: Complaint) -> str:
    """The agencies that gave the complaint a final answer, by code ("SATPOLPP dan DLH")."""
    return and_list([d.agency.code for d in complaint.dispositions if d.status == DispositionStatus.FINAL]) or "-"


def attachments_for_staff(complaint: Complaint) -> str:
    """What the citizen filed with the complaint and sent since (answers, additions), counted by kind (each item
    follows the notice on its own)."""
    types = [m.content_type for m in complaint.media]
    types += [m.get("content_type") or "image/jpeg" for entry in citizen_additions(complaint)
              for m in entry.media or []]
    if not types:
        return t("staff_attachments_none")
    return t("staff_attachments", received=received(kind_counts(types)))


# What the citizen sent after filing: answers to questions (TUNDA, INFO) and additions (LPR-n tambahan …).
CITIZEN_ADDITIONS = (Event.CITIZEN_ANSWER, Event.EVIDENCE)
ADDITIONS_SHOWN, ADDITION_CHARS, QUESTION_CHARS = 5, 300, 80


def citizen_additions(complaint: Complaint) -> list[TimelineEntry]:
    """The citizen's answers and additions to the complaint, oldest first."""
    return [entry for entry in complaint.timeline if entry.event in CITIZEN_ADDITIONS and (entry.text or entry.media)]


def additions_for_staff(complaint: Complaint, zone: ZoneInfo) -> str:
    """The citizen's answers and additions, briefly (the latest few, each cut short, answers with their question),
    as lines for a staff notice or STATUS; "" when there are none. Never the reporter's identity."""
    lines, question = [], ""
    for entry in complaint.timeline:
        if entry.event == Event.QUESTION:
            question = entry.text or ""
        if entry.event not in CITIZEN_ADDITIONS or not (entry.text or entry.media):
            continue
        media = f" [{received(kind_counts(m.get('content_type') or 'image/jpeg' for m in entry.media))}]" \
            if entry.media else ""
        key = "staff_addition_answer" if entry.event == Event.CITIZEN_ANSWER and question else "staff_addition"
        lines.append(t(key, when=short_date(entry.at, zone), question=excerpt(question, QUESTION_CHARS),
                       text=excerpt(entry.text or "-", ADDITION_CHARS), media=media))
    if not lines:
        return ""
    earlier = len(lines) - ADDITIONS_SHOWN
    shown = ([t("staff_additions_more", count=earlier, reference=complaint.reference)] if earlier > 0 else []) \
        + lines[-ADDITIONS_SHOWN:]
    return t("staff_additions", lines="\n".join(shown))


def reporter_for(reader: Contact, complaint: Complaint) -> str:
    """How the reporter is shown to a staff reader (what the reader may see is `lapor.access`'s rule)."""
    return reporter_label(access.reporter_seen_by(reader, complaint))


# Verifier commands -----------------------------------------------------------------------------------

def cmd_teruskan(turn: StaffTurn) -> None:
    """Dispositions a complaint to one or more agencies (codes, names, lists with or without commas); an ambiguous
    name gets a numbered pick list, answered with its number."""
    complaint, text = _target(turn, "DLH, Dinas Kesehatan")
    if complaint is None:
        return
    text, field_inspection = _field_inspection_flag(text)
    text = REASON_GIVEN.sub("", text) if REASON_GIVEN.sub("", text).strip(" ,;") else text  # "…, itu jalan kab."
    names = [TRAILING_COURTESY.sub("", LEADING_FILLER.sub("", part)).strip() for part in AGENCY_SEPARATORS.split(text)]
    names = [name for name in names if name]
    if not names:
        turn.say("teruskan_need_agency", reference=complaint.reference)
        return
    resolved = _resolve_agencies(turn, complaint, names, field_inspection)
    if resolved is None:
        return
    agencies, field_inspection = resolved
    if complaint.status == complaints.DONE:
        turn.say("teruskan_finished", reference=complaint.reference, answered=answered_by(complaint))
        return
    if complaint.status == complaints.ARCHIVED:
        turn.say("staff_complaint_closed", reference=complaint.reference, status=STAFF_STATUS_NAMES[complaint.status])
        return
    if not turn.confirmed and _to_authors_agency(turn, complaint, agencies, field_inspection):
        return
    created = dispositions.assign(turn.session, complaint, agencies, turn.staff, turn.now, turn.svc.region,
                                   field_inspection=field_inspection)
    for agency in agencies:
        made = [d for d in created if d.agency_id == agency.id]
        _confirm_disposition(turn, complaint, agency, made[0] if made else None)


def _to_authors_agency(turn: StaffTurn, complaint: Complaint, agencies: list[Agency], field_inspection: bool) -> bool:
    """A complaint a staff member filed themselves (ADUAN WARGA), forwarded to their own agency: the verifier is
    asked to confirm (True, asked) so that it does not land on its author's desk unnoticed."""
    author = complaint.citizen
    own = next((a for a in agencies if author is not None and author.is_staff and author.agency_id == a.id), None)
    if own is None:
        return False
    rest = f"{complaint.reference} {', '.join(a.code for a in agencies)}" + (" SURVEI" if field_inspection else "")
    _ask_to_confirm(turn, "TERUSKAN", rest, "teruskan_authors_agency", reference=complaint.reference,
                    agency=own.code, name=author.name or author.address,
                    agencies=", ".join(a.code for a in agencies))
    return True


AGENCY_SEPARATORS = re.compile(r"[,;\n]")  # "dlh pupr" and "dlh dan pupr" are read by lapor.agency_lookup
# "TERUSKAN LPR-2 ke DLH", "LPR 1 -> dinkes" (an arrow: the reference's dash may have taken its first stroke)
LEADING_FILLER = re.compile(r"^\s*(?:(?:(?:ke|kpd|kepada|untuk|utk)\b|[-=]*>|→)\s*)+", re.IGNORECASE)
# Courtesy after the agencies ("… ke dinas pu ya pak", "… dlh segera, makasih 🙏") is no agency's name.
TRAILING_COURTESY = re.compile(
    r"(?:[\s.!?]*\b(?:ya+|yah|pak|bu|bapak|ibu|mas|mbak|kak|min|dong|deh|nggih|njih|kan|sdh|sudah|udah|udh|ok|oke|"
    r"segera|sekarang|"
    r"sekalian|saja|aja|sj|aj|ajah|juga|jg|jga|dulu|lagi|lg|mohon|tolong|makasih|terima\s*kasih|trims|tks|thx|thanks|"
    r"ndan|bos|boss|bro|gan)\b)+[^0-9A-Za-z]*$",
    re.IGNORECASE)


def _field_inspection_flag(text: str) -> tuple[str, bool]:
    """`TERUSKAN LPR-12 PUPR SURVEI`: a trailing SURVEI marks the dispositions as needing a field inspection."""
    head, _, last = text.strip().rpartition(" ")
    if last.lower().strip(".,!") in ("survei", "survey", "lapangan"):
        return head, True
    return text, False


def _resolve_agencies(turn: StaffTurn, complaint: Complaint, names: list[str],
                      field_inspection: bool) -> tuple[list[Agency], bool] | None:
    """The agencies the typed names mean, and whether a field inspection was asked; None after saying why not
    (an unknown name, or a pick list for an ambiguous one, kept so that its number answers it)."""
    pending = _pending_pick(turn)
    pending = pending if pending and pending["complaint"] == complaint.number else None
    shown = pending["codes"] if pending else [s["code"] for s in complaint.routing_suggestions or []]
    found: list[Agency] = []
    queue = list(names)
    while queue:
        typed = queue.pop(0)
        numbers = pick_numbers(typed)
        if numbers is not None:
            picked = _picked(turn.session, numbers, shown)
            if picked is None:
                turn.say("teruskan_bad_pick", typed=excerpt(typed, ECHO_CHARS), reference=complaint.reference)
                return None
            if pending is not None:
                found = _agencies_by_code(turn.session, pending["chosen"]) + found
                queue = pending["rest"] + queue
                field_inspection = field_inspection or pending["survei"]
                pending = None
            found.extend(picked)
            continue
        agencies, lookup = find_agencies(turn.session, typed)
        if agencies:
            found.extend(agencies)
            continue
        if lookup.candidates:
            _offer_pick(turn, complaint, typed, lookup.candidates, found, queue, field_inspection)
        else:
            turn.say("teruskan_unknown_agency", typed=excerpt(typed, ECHO_CHARS))
        return None
    _keep_pick(turn, None)
    return list({agency.id: agency for agency in found}.values()), field_inspection


def _picked(session: Session, numbers: list[int], shown: list[str]) -> list[Agency] | None:
    """`3` or `1+3`: the agencies at those places of the list shown (the pick list last shown for the complaint,
    else the routing suggestions the verifiers were shown with it); None when a number is not on it."""
    if not numbers or not all(1 <= number <= len(shown) for number in numbers):
        return None
    agencies = _agencies_by_code(session, [shown[number - 1] for number in numbers])
    return agencies if len(agencies) == len(set(numbers)) else None


def _agencies_by_code(session: Session, codes: list[str]) -> list[Agency]:
    """The active agencies with these codes, in the given order (one that left the directory is left out)."""
    found = {a.code: a for a in session.scalars(select(Agency).where(Agency.code.in_(codes), Agency.active.is_(True)))}
    return [found[code] for code in dict.fromkeys(codes) if code in found]


# A pick list waits this long for its number; the verifier's conversation row keeps it.
PICK_KEY, PICK_LIFETIME = "staff_pick", timedelta(hours=2)


def _offer_pick(turn: StaffTurn, complaint: Complaint, typed: str, candidates, found: list[Agency],
                queue: list[str], field_inspection: bool) -> None:
    choices = "\n".join(f"{i}. {a.code} – {a.name}" for i, a in enumerate(candidates, 1))
    turn.say("teruskan_ambiguous", typed=excerpt(typed, ECHO_CHARS), choices=choices, reference=complaint.reference)
    _keep_pick(turn, {"complaint": complaint.number, "codes": [a.code for a in candidates],
                      "chosen": [a.code for a in found], "rest": queue, "survei": field_inspection,
                      "at": turn.now.isoformat()})


def _pending_pick(turn: StaffTurn) -> dict | None:
    """The pick list last shown to this staff member, while it is fresh."""
    return _remembered(turn, PICK_KEY, PICK_LIFETIME)


def _keep_pick(turn: StaffTurn, pick: dict | None) -> None:
    _remember(turn, PICK_KEY, pick)


def _remembered(turn: StaffTurn, key: str, lifetime: timedelta) -> dict | None:
    """What the staff member's conversation row keeps under `key` (with its "at"), while it is fresh."""
    conversation = turn.staff.conversation
    kept = (conversation.data or {}).get(key) if conversation is not None else None
    if not kept or datetime.fromisoformat(kept["at"]) < turn.now - lifetime:
        return None
    return kept


def _remember(turn: StaffTurn, key: str, value: dict | None) -> None:
    """Keep `value` (None: forget it) under `key` on the staff member's conversation row."""
    conversation = turn.staff.conversation
    if conversation is None:
        if value is None:
            return
        conversation = Conversation(contact=turn.staff, state="idle", data={"prompts": []})
        turn.session.add(conversation)
    data = dict(conversation.data or {})
    if value is None and key not in data:
        return
    data.pop(key, None)
    if value is not None:
        data[key] = value
    conversation.data = data


def _confirm_disposition(turn: StaffTurn, complaint: Complaint, agency: Agency, made: Disposition | None) -> None:
    if made is None:
        turn.say("teruskan_already", reference=complaint.reference, agency=agency.code)
    elif made.status == DispositionStatus.FORWARDED:
        turn.say("teruskan_external", reference=complaint.reference, agency=agency.name)
    else:
        turn.say("teruskan_done", reference=complaint.reference, agency=agency.name,
                 due=short_date(made.due_at, turn.zone), told=who_was_told(turn.session, made, turn.now))


def who_was_told(session: Session, disposition: Disposition, now: datetime) -> str:
    """Who got a new disposition's notice, as the verifier is told: the officers at work (and how many are on
    leave); the heads when every officer is away; a warning when nobody of the agency is at work or registered."""
    from lapor.directory import HANDLING_ROLES, officers_for, present_staff, reachable_staff

    agency = disposition.agency
    officers = officers_for(session, disposition, now)
    if officers:
        away = len(reachable_staff(session, agency.id)) - len(present_staff(session, agency.id, now))
        key = "teruskan_told_officers_away" if away > 0 else "teruskan_told_officers"
        return t(key, count=len(officers), away=away)
    heads = present_staff(session, agency.id, now, roles=(Role.HEAD,))
    if heads:
        return t("teruskan_told_heads", agency=agency.code, names=", ".join(person_label(h) for h in heads))
    if reachable_staff(session, agency.id, HANDLING_ROLES):
        return t("teruskan_told_verifiers", agency=agency.code)
    return t("teruskan_no_officer", agency=agency.code)


def cmd_tunda(turn: StaffTurn) -> None:
    """Relays the verifier's question to the citizen; the complaint waits (tertunda) for the answer."""
    complaint, text = _target(turn, t("example_question"))
    text = without_closing_address(text, to_citizen=True)
    if complaint is None or not _needs_text(turn, complaint, text, t("example_question")):
        return
    if tells_not_asks(text):
        turn.say("tunda_not_a_question", reference=complaint.reference, text=excerpt(text.strip(), ECHO_CHARS))
        return
    if not _is_open(turn, complaint) or not _reachable_reporter(turn, complaint):
        return
    dispositions.ask_citizen(turn.session, complaint, turn.staff, text.strip(), turn.now)
    turn.say("tunda_done", reference=complaint.reference, days=turn.svc.region.settings.question_wait_days)
    turn.replies[-1] += _after_quiet_hours(turn)


def cmd_arsipkan(turn: StaffTurn) -> None:
    """Archives a complaint with a reason that is sent to the citizen."""
    complaint, text = _target(turn, t("example_reason"))
    if complaint is None or not _needs_text(turn, complaint, text, t("example_archive_reason")):
        return
    if not _is_open(turn, complaint) or not turn.confirmed and _merge_offered(turn, complaint, text):
        return
    try:
        dispositions.archive(turn.session, complaint, turn.staff, text.strip(), turn.now)
    except LifecycleError:
        turn.say("staff_complaint_closed", reference=complaint.reference, status=STAFF_STATUS_NAMES[complaint.status])
        return
    turn.say("arsipkan_done", reference=complaint.reference)
    turn.replies[-1] += _after_quiet_hours(turn)


def _merge_offered(turn: StaffTurn, complaint: Complaint, reason: str) -> bool:
    """Asks first when an archive's reason says the complaint repeats another one ("dobel dgn lpr 1", "duplikat
    laporan no 1"): merged, its citizen follows the other complaint instead of being told it will not be handled.
    YA merges it, ARSIP archives it as typed."""
    said = set(words(reason))
    if not said & (MERGE_WORDS | {"sama", "serupa"}):
        return False
    named = (_named_inside(reason) or (None,))[0]
    found = NAMED_COMPLAINT.search(reason)
    number = named if named is not None else int(found.group(1)) if found else None
    if number is None or number == complaint.number:
        return False
    parent = complaints.by_number(turn.session, number)
    if parent is None or parent.status == complaints.ARCHIVED:
        return False
    _ask_to_confirm(turn, "GABUNG", f"{complaint.reference} {parent.reference}", "staff_confirm_merge_not_archive",
                    alternative={"command": "ARSIPKAN", "rest": turn.rest}, child=complaint.reference,
                    parent=parent.reference)
    return True


def cmd_nomorbaru(turn: StaffTurn) -> None:
    """Moves a complaint to its reporter's new number once the verifier says YA (the reporter lost their phone and
    wrote from another: the verifier checked it); the new and the old number are told (bot.notices)."""
    complaint, text = _target(turn, "0812xxxxxxx")
    if complaint is None:
        return
    phone = typed_phone(text)
    if phone is None:
        typed = text.strip(REFERENCE_PUNCTUATION + " ")[:30]
        turn.say("nomorbaru_need_number", reference=complaint.reference,
                 typed=t("nomorbaru_typed", typed=typed) if typed else "")
        return
    if complaint.citizen is not None and phone in complaint.citizen.addresses:
        turn.say("nomorbaru_same", reference=complaint.reference, phone=phone_label(phone))
        return
    if turn.session.scalar(select(Contact.id).where(Contact.phone == phone, Contact.role.is_not(None))):
        turn.say("nomorbaru_staff", reference=complaint.reference, phone=phone_label(phone))
        return
    if not turn.confirmed:
        old = phone_label(complaint.citizen.address) if complaint.citizen is not None else "-"
        _ask_to_confirm(turn, "NOMORBARU", f"{complaint.reference} {phone}", "staff_confirm_new_number",
                        reference=complaint.reference, old=old, new=phone_label(phone))
        return
    complaints.move_to_number(turn.session, complaint, phone, turn.staff, turn.now)
    turn.say("nomorbaru_done", reference=complaint.reference, new=phone_label(phone))


def cmd_gabung(turn: StaffTurn) -> None:
    """Merges a duplicate into its parent; the duplicate's citizen follows the parent from then on."""
    complaint, text = _target(turn, "LPR-10", lock=False)  # locked with its parent, in the one lock order
    if complaint is None:
        return
    number, _ = split_reference(marked_reference(MERGE_CONNECTOR.sub("", text)))
    parent = complaints.by_number(turn.session, number) if number is not None else None
    if parent is None:
        turn.say("gabung_need_parent", reference=complaint.reference)
        return
    if parent.id == complaint.id:
        turn.say("gabung_same", reference=complaint.reference)
        return
    dispositions.lock_for_merge(turn.session, complaint, parent)
    if not _is_open(turn, complaint):
        return
    if preconditions.why_not_merge(complaint) == preconditions.IN_PROGRESS:
        turn.say("gabung_in_progress", reference=complaint.reference, status=STAFF_STATUS_NAMES[complaint.status])
        return
    try:
        dispositions.merge(turn.session, complaint, parent, turn.staff, turn.now)
    except LifecycleError:
        turn.say("staff_complaint_closed", reference=parent.reference, status=STAFF_STATUS_NAMES[parent.status])
        return
    turn.say("gabung_done", reference=complaint.reference, parent=complaint.parent.reference)


# "GABUNG LPR-12 ke LPR-10", "gabungkan lpr 12 dengan induk lpr 10", "gabung 12 sama 10": words before the parent.
MERGE_CONNECTOR = re.compile(
    r"^\s*(?:(?:ke|kpd|kepada|dengan|dgn|dg|sama|dan|ke\s*dalam|ikut|induk|induknya|laporan|yang|yg|jadi)\b[\s:,.-]*)+",
    re.IGNORECASE)


def _reachable_reporter(turn: StaffTurn, complaint: Complaint) -> bool:
    """A question needs a citizen on WhatsApp: a report imported from SP4N-LAPOR! has none."""
    if complaint.citizen_id is not None:
        return True
    turn.say("staff_no_reporter", reference=complaint.reference)
    return False


def _is_open(turn: StaffTurn, complaint: Complaint) -> bool:
    if complaint.status in complaints.OPEN_STATUSES:
        return True
    turn.say("staff_complaint_closed", reference=complaint.reference, status=STAFF_STATUS_NAMES[complaint.status])
    return False


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
        agencies = sorted({d.agency.code for d in complaint.dispositions
                           if d.status != DispositionStatus.RETURNED})
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


# Words around REKAP's period and agency ("tolong rekap dlh minggu ini ya pak", "rekap untuk seluruh daerah").
REKAP_FILLER = LATE_FILLER | {"rekap", "rekapan", "rkp", "ringkasan", "untuk", "utk", "buat", "instansi", "opd", "data",
                              "kirim", "kirimkan", "minta", "terbaru", "saja", "terakhir", "periode", "kemajuan"}
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
    turn.replies.append(digest_text(turn.session, turn.svc.region, turn.now, agency, period=period))


def _names_other_agency(turn: StaffTurn, named: list[str], own: Agency) -> bool:
    """Whether a head's REKAP words name the region or an agency other than their own (words naming nothing are
    passed over: the head gets their agency's rekap)."""
    if set(named) & REGION_WORDS:
        return True
    found = find_agencies(turn.session, " ".join(named))[0]
    return bool(found) and [a.id for a in found] != [own.id]


def cmd_bantuan(turn: StaffTurn) -> None:
    """Lists the commands of this staff member's role."""
    role = turn.staff.role
    extra = {Role.OFFICER: "staff_help_cuti", Role.HEAD: "staff_help_head", Role.SUPERVISOR: "staff_help_antrean"}
    if role in OFFICER_ROLES:
        turn.say("staff_help_officer", agency=turn.staff.agency.code if turn.staff.agency else "")
    if role == Role.VERIFIER:
        turn.say("staff_help_verifier")
    if role in LEADER_ROLES:
        turn.say("staff_help_supervisor")
    if role in extra:
        turn.replies[-1] += "\n" + t(extra[role])


# What a role sends instead of another role's command: an officer cannot forward but can give it back, a verifier
# cannot answer for an agency but can follow it (an officer's TUNDA is their INFO: `_asked_as_own_role`).
_AGENCY_INSTEAD = {"TERUSKAN": "staff_instead_return", "ARSIPKAN": "staff_instead_return",
                   "GABUNG": "staff_instead_return", "REKAP": "staff_instead_list",
                   "ANTREAN": "staff_instead_list", "ALIHKAN": "staff_instead_head"}
_FOLLOWING = dict.fromkeys(["TL", "SELESAI", "INFO", "KEMBALIKAN", "SURVEI", "ALIHKAN"], "staff_instead_status")
INSTEAD = {Role.OFFICER: _AGENCY_INSTEAD, Role.HEAD: _AGENCY_INSTEAD,
           Role.VERIFIER: {**_FOLLOWING, "REKAP": "staff_instead_queue"},
           Role.SUPERVISOR: {**_FOLLOWING, **dict.fromkeys(["TERUSKAN", "TUNDA", "ARSIPKAN", "GABUNG"],
                                                           "staff_instead_verifier")}}


@dataclass(frozen=True)
class Command:
    """A staff command: who may use it and what runs."""

    roles: tuple[str, ...]
    run: Callable[[StaffTurn], None]


COMMANDS: dict[str, Command] = {
    "TL": Command(OFFICER_ROLES, cmd_tl),
    "SELESAI": Command(OFFICER_ROLES, cmd_selesai),
    "INFO": Command(OFFICER_ROLES, cmd_info),
    "KEMBALIKAN": Command(OFFICER_ROLES, cmd_kembalikan),
    "SURVEI": Command(OFFICER_ROLES, cmd_survei),
    "DAFTAR": Command(LOOKING_ROLES, cmd_daftar),
    "STATUS": Command(LOOKING_ROLES, cmd_status),
    "TERUSKAN": Command(VERIFIER_ROLES, cmd_teruskan),
    "TUNDA": Command(VERIFIER_ROLES, cmd_tunda),
    "ARSIPKAN": Command(VERIFIER_ROLES, cmd_arsipkan),
    "GABUNG": Command(VERIFIER_ROLES, cmd_gabung),
    "NOMORBARU": Command(VERIFIER_ROLES, cmd_nomorbaru),
    "ANTREAN": Command(QUEUE_ROLES, cmd_antrean),
    "REKAP": Command(LEADER_ROLES, cmd_rekap),
    "BANTUAN": Command(LOOKING_ROLES, cmd_bantuan),
}


from bot import handover, worded  # noqa: E402  (their commands build on this module's helpers)

COMMANDS["ALIHKAN"] = Command((Role.HEAD,), handover.cmd_alihkan)
COMMANDS["CUTI"] = Command(LOOKING_ROLES, handover.cmd_cuti)  # verifiers and supervisors: their own leave
