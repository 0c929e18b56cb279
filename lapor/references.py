"""Complaint references as people type them: `LPR-1042`, `lpr 1042`, `#1042`, `1042`."""

from __future__ import annotations

import re

# The letters before a reference's digits, as typed: "LPR-", "lpr ", "LPR.", "lpr:", "lpr–", and with the word for
# number after them ("lpr nomor 1", "lpr no. 1", "LPR No.1", "lpr nmr 1"), as "laporan nomor 1" is read.
NUMBER_WORD = r"(?:(?:no|nomor|nomer|nmr)\b\s*[.:#]?\s*)"
MARK = rf"lpr\s*[-–—.:#]?\s*{NUMBER_WORD}?"
# The catalogue's placeholder of a reference ("LPR-<nomor>", bot.messages.REFERENCE_PLACEHOLDER) as people copy it
# back from a hint ("LPR-<nomor> tambahan", "TL lpr <n> …"): no number at all
PLACEHOLDER = r"lpr\s*-?\s*<\s*(?:nomor|nomer|no|n|angka)\s*>"
# A number followed by a percent ("progres 70%", "50 persen") is how far the work is, never a complaint's.
PERCENT = r"(?!\s*(?:%|(?:persen|prsn|prosen|percent)\b))"
REFERENCE = re.compile(rf"^\s*({MARK}|#\s*)?(\d{{1,9}})\b{PERCENT}", re.IGNORECASE)
# A marked reference typed with letters for digits or its letters swapped ("LPR-O1", "lpr1O", "LRP-1", "lpr-l"):
# O is 0 and l or I is 1 there, since a reference is digits only.
MISTYPED = re.compile(r"^\s*((?:lpr|lrp|plr|lpt)\s*[-–—.:#]?\s*)([\dOolI]{1,9})\b" + PERCENT, re.IGNORECASE)
DIGITS = str.maketrans("OolI", "0011")
# Punctuation typed around a reference ("TL. LPR-1. Patroli", "LPR-1: ...", "LPR-1) ...") is no part of the text.
REFERENCE_PUNCTUATION = " \t\n:;,.-–—)"


def _match(text: str) -> re.Match | None:
    """The reference at the start of `text` (as typed, or mistyped: see MISTYPED, with a digit in it or one
    character alone, so that a word is never read as a number)."""
    found = REFERENCE.match(text)
    if found is not None:
        return found
    mistyped = MISTYPED.match(text)
    token = mistyped.group(2) if mistyped else ""
    return mistyped if token and (any(ch.isdigit() for ch in token) or len(token) == 1) else None


def parse_reference(text: str) -> int | None:
    """Return the complaint number at the start of `text`, or None."""
    match = _match(text or "")
    return int(match.group(2).translate(DIGITS)) if match else None


def split_reference(text: str, bare: bool = True) -> tuple[int | None, str]:
    """Split `LPR-12 the rest` into (12, "the rest"); (None, text) without a leading reference.

    `bare=False` takes only a marked reference (`LPR-12`, `lpr 12`, `#12`), not a plain number.
    """
    match = _match(text or "")
    if not match or not (bare or match.group(1)):
        return None, (text or "").strip()
    return int(match.group(2).translate(DIGITS)), text[match.end():].lstrip(REFERENCE_PUNCTUATION).rstrip(" \t\n:,-")


# "And" between two complaints as people type it: colloquial "sama"/"ama"/"sm", Javanese "karo"/"kalih"/"lan",
# Sundanese "jeung"/"sareng", Madurese "ban", "plus"
AND_WORDS = r"\b(?:dan|serta|sama|ama|sm|karo|kalih|lan|jeung|sareng|ban|plus|and|n)\b"
# A number that counts something is no complaint's: "lpr 1 sama 2 petugas sudah ke lokasi" is "with two officers"
COUNTED = (PERCENT + r"(?!\s*(?:orang|org|petugas|ptgs|personil|personel|anggota|tim|regu|truk|truck|dump|armada"
           r"|mobil|motor|unit|rit|kali|x|buah|bh|titik|tiang|lampu|karung|kantong|ton|kg|m|meter|km|jam|hari|hr|minggu|pekan"
           r"|bulan|bln|tahun|thn|menit|rumah|kk|jiwa|warga|pohon|lubang|rt|rw)\b)")

# The plural typed as people type it ("laporan2", "lap2", "laporan²", "lpr2nya", "lpr-lpr"): the reports, no
# complaint's number. "lpr2" alone is LPR-2 (a reference typed short), only "lpr2 nya" the plural; a number joined to
# another ("laporan2 dan 3") and one apart ("laporan 2") stay numbers.
_PLURAL_OF = r"laporan|lapran|lprn|aduan|pengaduan|keluhan|lap|lpr"
PLURAL = re.compile(rf"\b({_PLURAL_OF})(²|-\1|2)(\s?nya)?\b(?!\s*(?:[,&+/]|{AND_WORDS})\s*"
                    r"(?:(?:lpr|no|#)\s*[-–—.:#]?\s*)?\d)", re.IGNORECASE)
PLURAL_CUES = ("2", "²", "-")
SHORT_FOR_LAPORAN = {"lap", "lpr", "lapran", "lprn"}


def _plural_spelled(found: re.Match) -> str:
    word, doubled, suffix = found.group(1), found.group(2), found.group(3)
    if word.lower() == "lpr" and doubled == "2" and not suffix or word.lower() == "lap" and doubled.startswith("-"):
        return found.group(0)  # "lpr2 selesai" is LPR-2; "lap-lap" a cloth
    word = "laporan" if word.lower() in SHORT_FOR_LAPORAN else word
    return f"{word}-{word.lower()}{'nya' if suffix else ''}"


def plural_spelled_out(text: str) -> str:
    """`text` with the plural of a report typed short ("laporan2 yg blm selesai", "lap2", "lpr2 nya") written as
    "laporan-laporan", so that no reference is read in it; "laporan 2", "lpr2" and "laporan2 dan 3" stay."""
    if not any(cue in text for cue in PLURAL_CUES):
        return text
    return PLURAL.sub(_plural_spelled, text)


# A reference's number spoken after "lpr" or "laporan nomor" (voice typing: "tl lpr satu …", "LPR DUA BELAS", "lpr dua
# puluh tiga", "teruskan laporan nomor dua …"): written as digits, 1 to 99; after the digits ("lpr 1 satu truk") or
# without "lpr" or "laporan nomor" ("satu laporan", "rumah nomor dua") words stay.
DIGIT_WORDS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
               "sembilan": 9}
_DIGIT_WORD = "|".join(DIGIT_WORDS)
SPOKEN_NUMBER = re.compile(
    rf"\b(lpr(?:\s*[-–—.:#]\s*|\s+){NUMBER_WORD}?|(?:laporan|lap|aduan)\s+(?:no|nomor|nomer|nmr)\b\.?\s*)"
    rf"((?:{_DIGIT_WORD})\s+puluh(?:\s+(?:{_DIGIT_WORD}))?|(?:{_DIGIT_WORD})\s+belas|sepuluh|sebelas|{_DIGIT_WORD})\b",
    re.IGNORECASE)


def _spoken_value(spoken: str) -> int:
    said = spoken.lower().split()
    if said[0] in ("sepuluh", "sebelas"):
        return 10 if said[0] == "sepuluh" else 11
    if len(said) > 1 and said[1] == "belas":
        return 10 + DIGIT_WORDS[said[0]]
    if len(said) > 1:  # "dua puluh [tiga]"
        return DIGIT_WORDS[said[0]] * 10 + (DIGIT_WORDS[said[2]] if len(said) > 2 else 0)
    return DIGIT_WORDS[said[0]]


def spoken_reference_numbers(text: str) -> str:
    """`text` with a reference's number spoken after "lpr" or "laporan nomor" ("lpr satu", "lpr dua belas",
    "laporan nomor dua") written as digits."""
    lower = text.lower()
    if "lpr" not in lower and "no" not in lower and "nmr" not in lower:
        return text
    return SPOKEN_NUMBER.sub(lambda found: f"{found.group(1)}{_spoken_value(found.group(2))}", text)


LIST_JOINER = re.compile(r"^(?:[&/+]|" + AND_WORDS + r")\s*", re.IGNORECASE)  # "LPR-1 dan LPR-2", "LPR-1 & 2", "#1/#2"


def several_references(text: str) -> list[int]:
    """The complaint numbers of a text that is only references (`LPR-12, LPR-15`, `#12 #15`, `LPR-12 dan 15`), in
    the order typed; [] when anything else is in it (then it is words to search, or one reference). Each is marked
    (`LPR`, `#`) or follows a comma or `dan`, so that a phone number (`0812-3456-7890`) is never read as three."""
    numbers, rest, bare = [], (text or "").strip(), False
    while rest:
        found = _match(rest)
        if found is None or not (found.group(1) or bare):
            return []
        numbers.append(int(found.group(2).translate(DIGITS)))
        after = rest[found.end():]
        rest = after.lstrip(REFERENCE_PUNCTUATION)
        joiner = LIST_JOINER.match(rest)
        bare = "," in after[:len(after) - len(rest)] or joiner is not None
        rest = rest[joiner.end():] if joiner else rest
    return numbers


# Every complaint a message names: marked ("LPR-4", "#4", "lpr 4") or in words ("laporan 4", "laporan no 4"), with
# the bare numbers joined to it ("lpr 1 dan 2", "laporan no 1 karo no 2"); a number that counts is none ("laporan 2
# minggu lalu", "lpr 1 dan 2 hari lalu")
_NAMED_AT = (rf"(?:(?:lpr|#)\s*[-–—.:]?\s*{NUMBER_WORD}?"
             r"|\b(?:laporan|lapran|lprn|aduan|pengaduan|keluhan|lap)(?:\s+(?:saya|sy|aku|kami))?"
             r"\s+(?:(?:no|nomor|nomer|nmr)\b\.?\s*)?(?:ke\s*-?\s*(?=\d))?)")
_JOINED = (r"\s*(?:[,&+/]|" + AND_WORDS + r")\s*(?:(?:lpr|#|no|nomor|nomer|nmr)\s*[-–—.:]?\s*)?\d{1,9}\b" + COUNTED)
NAMED = re.compile(_NAMED_AT + r"(\d{1,9})\b" + COUNTED + r"((?:" + _JOINED + r")*)", re.IGNORECASE)


def numbers_named(text: str) -> list[int]:
    """The complaints a message names, in the order typed, each once ("ini lpr 1 sama lpr 2 gimana": [1, 2])."""
    numbers = []
    for found in NAMED.finditer(text or ""):
        numbers += [int(found.group(1))] + [int(n) for n in re.findall(r"\d{1,9}", found.group(2))]
    return list(dict.fromkeys(numbers))


def format_reference(number: int) -> str:
    """Return `LPR-<number>`."""
    return f"LPR-{number}"


# A reference typed with a word ("no 3", "No. 3", "nomor 3", "laporan 3", "lap #3", "aduan no 3", or as an ordinal,
# "laporan ke-3") means LPR-3, unless the number counts something ("laporan 2 hari lalu", "no 3 rumah").
ORDINAL = r"(?:ke\s*-?\s*(?=\d))?"
REFERENCE_WORDS = re.compile(
    rf"^\s*(?:(?:no|nomor|nmr|nomer|laporan|lap|aduan|pengaduan|tiket)\b\s*[.:#–—-]?\s*)+{ORDINAL}(?:{MARK})?"
    r"(?=\d{1,9}\b" + PERCENT + r"(?!\s*(?:hari|hr|minggu|pekan|bulan|bln|tahun|thn|jam|menit|kali|kalinya|orang|org"
    r"|rumah|kk|titik|unit|meter|m|km|rt|rw)\b))", re.IGNORECASE)


def marked_reference(text: str) -> str:
    """`text` with a leading reference typed with a word ("no 3 …", "laporan 3 …") written as `LPR-3 …`."""
    return REFERENCE_WORDS.sub("LPR-", text, count=1)


# "lapor 3" in a dashboard box (the queue's search, the merge's reference): LPR read aloud. The chat keeps "lapor" a
# citizen's verb ("lapor 3 lampu mati").
SAID_MARK = re.compile(r"^\s*lapor\s*[-–—.:#]?\s*(?:(?:no|nomor|nmr|nomer)\b\.?\s*)?#?\s*(?=\d)", re.IGNORECASE)


def said_reference(text: str) -> str:
    """`text` with a leading "lapor 3" written as `LPR-3`, for the dashboard's boxes."""
    return SAID_MARK.sub("LPR-", text, count=1)


# A reference written last ("… ke lokasi lpr 1", "… untuk LPR-1.", "… utk laporan no 1"): marked by LPR, # or
# laporan, so that a count ("armada yang dikirim 2") or an address ("di Jl. Merdeka no 12") is never read as one; a
# word tying it to the text goes with it.
REFERENCE_LAST = re.compile(
    r"[\s,;:–—-]*(?:\b(?:untuk|utk|buat|pada|pd|atas|perihal|soal|ttg|tentang)\s+)?"
    rf"(?:\b(?:(?:laporan|lap|aduan|pengaduan)\s*(?:(?:no|nomor|nmr|nomer)\b\.?\s*)?(?:{MARK})?|{MARK})|#\s*)"
    r"(\d{1,9})\s*[.!)]*\s*$", re.IGNORECASE)
LAST_DIGITS = re.compile(r"\d")


def reference_last(text: str) -> tuple[int, str] | None:
    """The complaint a text names at its end, and the text before it; None without one."""
    found = REFERENCE_LAST.search(text) if LAST_DIGITS.search(text[-12:]) else None
    if found is None:
        return None
    return int(found.group(1)), text[:found.start()].strip(REFERENCE_PUNCTUATION)


# A complaint named inside a sentence with its letters ("mohon izin melaporkan, untuk LPR-1 sudah kami survei").
MENTIONED = re.compile(rf"\b{MARK}(\d{{1,9}})\b{PERCENT}", re.IGNORECASE)


def mentioned_reference(text: str) -> tuple[int, str] | None:
    """The first complaint a text names anywhere as `LPR-n`, and the text after it; None without one."""
    found = MENTIONED.search(text) if "lpr" in text.lower() else None
    if found is None:
        return None
    return int(found.group(1)), text[found.end():].lstrip(REFERENCE_PUNCTUATION)
