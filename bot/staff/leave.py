"""Leave and absence said in words: what CUTI reads from a sentence ("besok sy izin, anak sakit", "sy dinas luar
sampai jumat"), the kind of absence it names, and being back at work. The CUTI command itself is bot.handover's.
"""

from __future__ import annotations

import re

from bot.commands import DATE_FORMS, GREETING_WORDS, words
from bot.messages import t
from bot.staff.turn import StaffTurn
from bot.staff.vocabulary import COURTESY, DIGIT, NOT_WORDS, REPORTING, SELF, in_standard_words
from lapor.references import marked_reference, split_reference
from models import Contact

EXCUSE_WORD = re.compile(r"\b(?:izin|ijin)(?:nya)?\b", re.IGNORECASE)


def _excuse_said(text: str) -> bool:
    """Whether leave is said as izin ("sy izin besok ada urusan keluarga", "ijin tdk masuk besok"): the word, and
    no cuti beside it ("mohon izin, sy cuti …" is cuti, its "izin" courtesy)."""
    typed = set(words(text))
    return bool(typed & EXCUSE_WORDS) and not typed & LEAVE_WORDS


# Why someone is away ("izin sakit hari ini", "cuti keperluan keluarga"), and "not" before coming in ("ijin tidak
# masuk besok"). "izin" is leave when what follows names a day, a number, a reason, "not" or the typist; otherwise it
# is courtesy ("Izin lapor pak:").
LEAVE_REASONS = {"sakit", "cuti", "libur", "absen", "berhalangan", "keperluan", "urusan", "acara", "keluarga",
                 "pribadi", "dinas", "luar", "kota", "pulkam", "mudik", "melahirkan", "umroh", "umrah", "haji"}
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


# Leave named inside a sentence ("besok sy cuti 3 hari", "mulai senin saya cuti", "sy izin tdk masuk besok"), or
# called off ("tidak jadi cuti", "batal cuti", "cuti saya dibatalkan"): CUTI, with BATAL for the latter.
LEAVE_WORDS = {"cuti", "cutinya", "cutiku"}
EXCUSE_WORDS = {"izin", "ijin", "izinnya", "ijinnya"}  # leave only beside a day or "not coming in"
CALLED_OFF = re.compile(r"\b(?:batal\w*|dibatalkan|cancel|urung|(?:tidak|tdk|gak|ga|gk|nggak|ngga|enggak|ndak|g)"
                        r"\s*jadi)\b", re.IGNORECASE)
LEAVE_SENTENCE_WORDS, LEAVE_WORD_WITHIN = 18, 8
# Not coming in ("tdk masuk", "ga bisa masuk", "mboten mlebet"): leave beside a day.
NOT_COMING_IN = re.compile(rf"\b(?:{'|'.join(sorted(NOT_WORDS))})\s+(?:(?:bisa|bs|dapat|dpt)\s+)?"
                           r"(?:masuk|hadir|ngantor|aktif)\b", re.IGNORECASE)
# Leave wanted with no day yet ("sy mau cuti", "mau ngajuin cuti bu", "sy mau daftar cuti")
# ... or on leave now ("sy lagi cuti", "maaf pak sy sdg cuti"; swiped onto a notice with a colleague asked for, it
# is answered as the swipe: bot.staff.implied)
ON_LEAVE_NOW = {"lagi", "lg", "sedang", "sdg", "masih", "msh"}
WANTING_LEAVE = SELF | COURTESY | ON_LEAVE_NOW | {
    "mau", "ingin", "pengen", "pingin", "akan", "rencana", "ambil", "mengambil", "ngambil", "ajukan", "mengajukan",
    "ngajuin", "daftar", "mendaftar", "minta"}


# ... with a colleague asked to take over, not swiped ("maaf pak sy lagi cuti, tolong ke rekan sy", "lg cuti, tlg
# dihandle rekan yg lain"): its last day asked, with who reads the notices meanwhile (swiped onto a notice it is
# answered as the swipe: bot.staff.implied)
COLLEAGUE_WORDS = {"rekan", "rekannya", "rekan2", "teman", "temen", "kawan", "kolega", "konco", "kanca"}
HANDING_OVER = WANTING_LEAVE | COLLEAGUE_WORDS | {
    "tolong", "tlg", "mohon", "mhn", "ke", "kpd", "kepada", "yg", "yang", "lain", "lainnya", "dialihkan", "alihkan",
    "dilimpahkan", "limpahkan", "diserahkan", "serahkan", "dioper", "oper", "handle", "dihandle", "dipegang", "pegang",
    "ditangani", "tangani", "diteruskan", "teruskan", "dulu", "dl", "aja", "saja", "ya", "sementara", "kantor", "sy",
    "saya", "dgn", "dengan", "sama", "sm"}


def hands_over_on_leave(text: str) -> bool:
    """Whether a message says the typist is on leave now and asks a colleague to take over, nothing more."""
    typed = set(words(text))
    return (bool(typed & {"cuti"}) and bool(typed & ON_LEAVE_NOW) and bool(typed & COLLEAGUE_WORDS)
            and typed <= HANDING_OVER | {"cuti"})


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


# A superior's title first, then the absence ("pak kadis lagi dinas luar sampai senin", "kabid cuti 3 hari", "bos
# lagi diklat", "pak kabid izin besok"): leave said of someone, read by CUTI (not "kadis minta laporan dinas luar").
TITLED_AWAY = re.compile(
    r"^[\W_]*(?:(?:mohon|mhn|izin|ijin|maaf|permisi|lapor|info|pak|bu|bpk|bapak|ibu|ndan)\b[\W_]*)*"
    r"(?:kadis|kadin|kaban|kakan|kasat|kadisnya|kepala(?:\s+(?:dinas|badan|kantor|bidang|bid|seksi|bagian|upt|uptd))?"
    r"|pimpinan|atasan|bos|boss|bosnya|kabid|kabidnya|kasi|kasie|kasubag|kasubbag|kasubid|kasubbid|kabag|sekdis"
    r"|sekretaris)\b"
    r"(?:\s+(?:kita|kami|lagi|lg|sedang|sdg|masih|msh|mau|akan|sdh|sudah|" + DAY_FIRST + r"))*\s+"
    r"(?:cuti|izin|ijin|sakit|berhalangan|libur|" + DUTY + r")\b", re.IGNORECASE)

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
    if TITLED_AWAY.match(text):  # "pak kadis lagi dinas luar sampai senin": CUTI reads whose (bot.handover)
        return text
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


_SELF_OR_COURTESY = SELF | COURTESY
_GREETING_OR_COURTESY = GREETING_WORDS | COURTESY - REPORTING
_REASON_OR_NOT = LEAVE_REASONS | NOT_WORDS


def _day_before_excuse(typed: list[str], at: int) -> bool:
    """Whether "izin" follows a day said by the typist alone ("sy besok ijin, anak sakit", "besok ijin pak"), and
    is no opening of a report ("besok izin lapor hasil survei"): leave on that day."""
    day = " ".join(w for w in typed[:at] if w not in _SELF_OR_COURTESY)
    after = next((w for w in typed[at + 1:] if w not in _GREETING_OR_COURTESY), "")
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
    if after in _REASON_OR_NOT:
        return True
    # the day as typed, its dashes kept ("sy izin 10-11 des", "sy izin 10 sd 11 desember")
    excuse = EXCUSE_WORD.search(text)
    rest = text[excuse.end():].strip(" ,.:;") if excuse is not None else ""
    return bool(after) and (any(form.match(rest) for form in DATE_FORMS) or DAY_RANGE.match(rest) is not None)


# Days from one to another, the month said once at the end ("10 sd 11 desember", "14-18"): a day right after "izin"
DAY_RANGE = re.compile(r"\d{1,2}\s*(?:[-–]|s\.?/?d\.?|sampai|sampe|smp|hingga)\s*\d{1,2}\b", re.IGNORECASE)


# Back at work in a sentence, from someone on leave ("sy sudah masuk kembali pak", "hari ini sudah aktif lagi"):
# their leave ends (CUTI SAYA SELESAI).
BACK_AT_WORK = {"masuk", "kembali", "aktif", "hadir", "ngantor", "bertugas", "berdinas"}
ALREADY = {"sudah", "sdh", "udah", "udh", "dh", "telah", "mulai", "sekarang", "skrg"}
BACK_MAX_WORDS = 10


def _back_from_leave(turn: StaffTurn, text: str) -> bool:
    typed = words(text)
    return (turn.staff.on_leave(turn.now) and len(typed) <= BACK_MAX_WORDS and bool(set(typed) & BACK_AT_WORK)
            and bool(set(typed) & ALREADY) and not set(typed) & NOT_WORDS and DIGIT.search(text) is None)
