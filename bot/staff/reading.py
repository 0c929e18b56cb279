"""Reading a staff message: the command it starts with (typos, courtesy, dotted words, the reference first), where
a message holds a further command (`split_commands`), and the complaints a text names.
"""

from __future__ import annotations

import re

from bot.commands import GREETING_WORDS, after_words, leading_keyword, words
from bot.progress import staff_words
from bot.staff.leave import EXCUSE_WORD, EXCUSE_WORDS, _excuse_said, _leave_sentence, _reads_as_leave
from bot.staff.vocabulary import COURTESY, DIGIT, HOW_WORDS, NOT_YET
from lapor.references import (
    AND_WORDS,
    COUNTED,
    DIGIT_WORDS,
    MARK,
    MENTIONED,
    PLACEHOLDER,
    REFERENCE_PUNCTUATION,
    format_reference,
    marked_reference,
    mentioned_reference,
    numbers_named,
    reference_last,
    split_reference,
)

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
    # a number's budget of new complaints lifted (lapor.budget): "buka batas 0812…", "bukabatas lpr 5"
    "buka batas": "BUKABATAS", "bukabatas": "BUKABATAS", "lepas batas": "BUKABATAS", "buka limit": "BUKABATAS",
    "hapus batas": "BUKABATAS", "buka batasnya": "BUKABATAS", "lepas batasnya": "BUKABATAS",
    "buka limitnya": "BUKABATAS", "hapus batasnya": "BUKABATAS", "bukain batas": "BUKABATAS",
    "bukain batasnya": "BUKABATAS",
    # a disposition sent by mistake taken back (verifiers): "tarik lpr 1 pupr", "tarik disposisi lpr 1"
    "tarik": "TARIK", "tarik disposisi": "TARIK", "tarik dispo": "TARIK",
    # abbreviated in a hurry, too short or too far from the word for its typos
    "sls": "SELESAI", "trskn": "TERUSKAN", "kmblkn": "KEMBALIKAN", "dftr": "DAFTAR",
    # a reminder to an agency's officers ("kirim pengingat ke pupr", "colek dishub"; Javanese "elingke", Sundanese
    # "ingetan"); "ingatin" stays out: "ingat, besok rapat" is within a typo of it
    "ingatkan": "INGATKAN", "ingetin": "INGATKAN", "colek": "INGATKAN", "pengingat": "INGATKAN",
    "kirim pengingat": "INGATKAN", "kirimkan pengingat": "INGATKAN", "kirim reminder": "INGATKAN",
    "reminder": "INGATKAN", "remind": "INGATKAN", "elingke": "INGATKAN", "elingno": "INGATKAN",
    "ngelingke": "INGATKAN", "ingetan": "INGATKAN", "ngingetan": "INGATKAN",
}
COURTESY_WORDS = 5  # at most this many before the command
UNREFERENCED = {"DAFTAR", "REKAP", "ANTREAN", "BANTUAN", "CUTI", "INGATKAN", "BUKABATAS"}  # about no one complaint
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
    if command is not None:
        rest = without_placeholder(rest)  # "TL LPR-<nomor> …" copied from a hint: no number, never the citizen's text
    if command is not None and (lead := REFERENCE_LEAD.match(rest)):
        named = marked_reference(rest[lead.end():])  # "TL utk LPR 1 …", "selesai untuk laporan no 1: …"
        rest = named if split_reference(named)[0] is not None else rest
    if command == "TL" and _only_progress_asked(rest):  # "progres lpr 1 gimana", "update lpr 1?": asked, not told
        return "STATUS", rest
    if command == "TL":
        rest = _percent_told(rest)
    if command == "KEMBALIKAN" and DISPUTE.search(text) and not DISPUTE.search(rest):
        rest = _with_dispute_words(rest)
    if command == "NOMORBARU" and split_reference(rest)[0] is None and not NOMORBARU_TYPED.search(text):
        return None, text  # "sy ganti nomor wa ya pak": one's own number (the directory), no complaint's
    if command == "CUTI" and not _excuse_said(text):  # "mohon izin, sy cuti …": the "izin" was courtesy
        rest = " ".join(EXCUSE_WORD.sub(" ", rest).split())
    elif command == "CUTI" and not set(words(rest)) & EXCUSE_WORDS:
        rest = f"{rest} izin"  # "sy izin besok": the kind of absence said goes with the words CUTI reads (away_kind)
    return command, rest


# The placeholder of a hint's reference typed as it stands ("TL LPR-<nomor> …", "tl lpr-n …", "TL LPR-nomor: …",
# "TL LPR-... …"): no number at all, so the command asks which complaint (or about the only one); never "LPR-nomor 3"
PLACEHOLDER_FIRST = re.compile(
    rf"^\s*(?:{PLACEHOLDER}|lpr\s*-?\s*(?:nomor|nomer|no|n|x{{1,4}}|\.{{2,}}|…)"
    rf"(?!\s*[.:]?\s*(?:\d|(?:{'|'.join(DIGIT_WORDS)}|sepuluh|sebelas)\b)))"
    r"(?=[\s,.:;]|$)[\s,.:;]*",
    re.IGNORECASE)


def without_placeholder(rest: str) -> str:
    """A command's text without a placeholder reference copied from a hint (`PLACEHOLDER_FIRST`)."""
    found = PLACEHOLDER_FIRST.match(rest)
    return rest[found.end():] if found else rest


# A TL whose text opens with how far the work is ("progres 70%", "lpr 1 progres 50 persen"): the citizen reads
# "Progres 70%", never a bare "70%".
PERCENT_FIRST = re.compile(r"^\s*\d{1,3}\s*(?:%|(?:persen|prsn|prosen)\b)", re.IGNORECASE)


PROGRESS_SAID = {"progres", "progress", "progresnya", "kemajuan", "perkembangan", "pengerjaan", "pekerjaan"}


def _percent_told(rest: str) -> str:
    """TL's rest with a word of progress before a percentage its text opens with."""
    number, text = split_reference(rest)
    if PERCENT_FIRST.match(text) is None or set(words(text)) & PROGRESS_SAID:  # "70% progres, sisa finishing"
        return rest
    return f"{format_reference(number)} Progres {text}" if number is not None else f"Progres {text}"


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
    if command == "CUTI" and typed[0] in COURTESY and (not _reads_as_leave(rest) or mentioned_reference(rest)
                                                      or WORDED_INSIDE.search(rest)):
        if (leave := _leave_before_complaint(text)) is not None:  # "izin pak sy sakit hr ini, lpr 1 mohon dibantu"
            return "CUTI", leave
        return None, text  # "Izin lapor pak:", "izin ndan, LPR-1 salah disposisi …", "izin melaporkan laporan no 1
        #                    sudah …": courtesy before the message, whose number is a complaint's, not a day
    if command is None and (leave := _leave_sentence(text)) is not None:
        return "CUTI", leave
    return command, rest


# What to do if … asked in general ("kalo laporan yg lokasinya bukan wilayah kita gimana ya"): the help, never the
# act it describes (it was asked as KEMBALIKAN of the officer's only open complaint); a complaint named is its own.
WHAT_IF_HOW = HOW_WORDS | {"caranya", "cara"}
WHAT_IF_MAX_WORDS = 20


def asks_what_if(text: str) -> bool:
    """Whether a short message asks what to do if something happens, with no complaint named."""
    from bot.conversation.understanding import IF_WORDS

    typed = set(words(text))
    return (bool(typed & IF_WORDS) and bool(typed & WHAT_IF_HOW) and len(words(text)) <= WHAT_IF_MAX_WORDS
            and _named_inside(text) is None and WRITTEN_REFERENCE.search(text) is None)


CLAUSE_END = re.compile(r"[,.;!?]+")


def _leave_before_complaint(text: str) -> str | None:
    """The typist's leave said in the clauses before a complaint named ("izin pak sy sakit hr ini, lpr 1 mohon
    dibantu", "ijin bu, sy tdk masuk besok. lpr 1 tlg dihandle rekan dulu"), as CUTI reads it; whoever reads the
    complaint meanwhile gets it (`bot.notices.on_staff_away`). None when the complaint comes first ("izin ndan, lpr 1
    sy sakit hr ini jd blm sempat …": about the work) or the clauses say no leave."""
    before = []
    for clause in CLAUSE_END.split(text):
        if mentioned_reference(clause) or WORDED_INSIDE.search(clause):
            break
        before.append(clause)
    else:
        return None
    return _leave_sentence(", ".join(before)) if before else None


# Words saying the work goes on: "selesai" beside them ends a step, not the complaint.
MORE_TO_COME = {"besok", "lusa", "nanti", "akan", "lanjut", "dilanjutkan", "dilanjut", "berikutnya", "sedang",
                "menyusul", "nyusul",  # "sdh beres, foto menyusul": the answer is still to come
                "proses", "diproses", "tahap", "rencana", "direncanakan", "dijadwalkan", "menunggu", "minggu",
                "tinggal", "tinggl", "kari", "kantun"}  # "…, tinggal angkut batangnya": work left to do


# How far the work is, under a hundred percent ("sdh ditambal 60%"): not finished
PART_DONE = re.compile(r"(?<!\d)(\d{1,2})\s*(?:%|(?:persen|prsn|prosen)\b)", re.IGNORECASE)


def _more_to_come(text: str) -> bool:
    return bool(set(staff_words(text)) & MORE_TO_COME) or PART_DONE.search(text) is not None  # "benjing dipun cat"


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


# Another complaint joined to the one named first ("lpr 1 dan 3 …", "LPR-1 & LPR-2 …", "lpr 1, lpr 2 …"): a bare
# number only after "dan"/"&" (after a comma it is the text: "lpr 1, 2 rit sudah diangkut").
JOINED_NEXT = re.compile(r"^\s*(?:(?:[&+/]|" + AND_WORDS + r")\s*(?:(?:lpr|no|nomor|laporan)\s*[-–—.:#]?\s*|#\s*)?"
                         r"|,\s*(?:(?:lpr|no|nomor|laporan)\s*[-–—.:#]?\s*|#\s*))(\d{1,9})\b" + COUNTED,
                         re.IGNORECASE)


OPENING = COURTESY | GREETING_WORDS | {"untuk", "utk", "buat", "info", "update"}  # before the reference: no answer


WRITTEN_NUMBERED = re.compile(r"(?:\blpr\s*[-–—.:#]?\s*|#\s*)\d{1,9}\b", re.IGNORECASE)


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


def _only_progress_asked(rest: str) -> bool:
    """Whether what follows a word of TL only asks how the complaint is going ("progres lpr 1 gimana", "update
    lpr 1?", "tl lpr 1 sdh sampai mana?"): no news in it for the citizen."""
    from bot.staff.questions import ASKED_ONLY, HOW_FAR, SO_FAR  # questions reads with this module's readers

    typed = [w for w in words(rest) if not w.removeprefix("lpr").isdigit()]  # "lpr1" as typed too
    asked = all(w in ASKED_ONLY or w in HOW_MUCH for w in typed)
    if not asked or not numbers_named(rest) and split_reference(rest)[0] is None:
        return False
    return "?" in rest or bool(set(typed) & (HOW_FAR | HOW_MANY)) or SO_FAR.search(rest) is not None


HOW_MANY = {"berapa", "brp", "brapa"}  # "progres lpr 2 brp persen": asked ("progres 50 persen lpr 1" is told)
HOW_MUCH = HOW_MANY | {"persen", "prsn", "persentase", "persennya"}
