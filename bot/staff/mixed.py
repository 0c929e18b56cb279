"""One officer message naming several complaints with a different act for each ("no 1 sdh beres, no 2 msh
dikerjakan", "yg 12 udh beres yg 13 blm", "no 2 sama no 3 lagi kami proses, no 2 salah kirim"): cut into one part
per clause, each read as if it came alone (`numbered_clauses`), and a complaint given two different acts taken out
of every part to be asked about (`acts_apart`): never guessed, never the first act's text holding the second."""

from __future__ import annotations

import re

from bot.commands import words
from bot.staff.reading import read_command
from bot.staff.vocabulary import COURTESY
from lapor.references import AND_WORDS, COUNTED, format_reference

# A complaint named by a word and its number ("no 2", "nomor 2", "yg 2", "laporan 2", "lpr 2", "#2"), not a count
# ("no 5 rumah", "2 rit"). "yg"/"yang" only name one with a number right after: "yg 12 udh beres".
NAMED = r"(?:(?:lpr|no|nomor|nomer|nmr|laporan|lap|yg|yang)\s*[-–—.:#]?\s*|#\s*)(\d{1,9})\b" + COUNTED
# Further complaints joined to it: "sama no 3", "dan 3", "& #3", a list "2, 3 dan 4" (a bare number after a comma
# only when the list goes on or ends with "dan"/"&": "no 1, 2 rit" is a count, refused by COUNTED anyway).
JOINED = (r"(?:\s*(?:[&+/]|" + AND_WORDS + r")\s*(?:(?:lpr|no|nomor|nomer|nmr|laporan|yg|yang)\s*[-–—.:#]?\s*|#\s*)?"
          r"(\d{1,9})\b" + COUNTED + r"|\s*,\s*(?:(?:lpr|no|nomor|nomer|nmr|laporan)\s*[-–—.:#]?\s*|#\s*)?(\d{1,9})\b"
          + COUNTED + r"(?=\s*(?:,|[&+/]|" + AND_WORDS + r")\s*(?:(?:lpr|no|nomor|laporan)\s*[-–—.:#]?\s*|#\s*)?\d))")
HEAD = re.compile(r"\s*" + NAMED + r"((?:" + JOINED + r")*)", re.IGNORECASE)
JOINED_NUMBER = re.compile(JOINED, re.IGNORECASE)
# Where a further clause about another complaint begins: after , ; . ! ? (with a joining word or none), or after a
# space with a contrasting one ("… sedangkan no 2 …", "yg 12 udh beres yg 13 blm": "yg" names it).
BREAK = re.compile(r"\s*[,;.!?]+\s*(?:(?:sedangkan|sementara|tapi|tp|kalau|kalo|klo|dan|terus|trus|lalu|sisanya)\s+)?"
                   r"(?=" + NAMED + r")"
                   r"|\s+(?:(?:sedangkan|sementara|tapi|tp|kalau|kalo|klo|lalu)\s+)?(?=(?:yg|yang)\s*#?\s*\d{1,9}\b"
                   + COUNTED + r")"
                   r"|\s+(?:sedangkan|sementara|tapi|tp)\s+(?=" + NAMED + r")", re.IGNORECASE)
FORWARDED_TO = {"ke", "kpd", "kepada"}  # "no 1 ke pupr, no 2 ke dlh": a verifier's forwards, read as they were


def _head(text: str) -> tuple[list[int], str] | None:
    """The complaints a clause opens with and the words after them; None when it opens with none."""
    found = HEAD.match(text)
    if found is None:
        return None
    numbers = [int(found.group(1))] + [int(a or b) for a, b in JOINED_NUMBER.findall(found.group(2))]
    return list(dict.fromkeys(numbers)), text[found.end():].strip(" ,;:.-")


def _worded(numbers: list[int], text: str, command: str | None = None) -> str:
    """A clause written as a part the commands read: `[COMMAND ]LPR-1 dan LPR-2 <text>`."""
    named = " dan ".join(format_reference(number) for number in numbers)
    return f"{command} {named} {text}".strip() if command else f"{named} {text}".strip()


def numbered_clauses(text: str) -> list[str] | None:
    """An officer's message cut into its clauses when it opens with complaints named (after courtesy words) and a
    later clause opens with others (`BREAK`), each clause's text saying something, or one clause naming a list of
    numbers ("no 1, 2 dan 3 …", which the commands read as one complaint and a text); None when it is no such
    message (one clause, a forward, a clause of numbers alone)."""
    opening = ""
    typed = words(text)
    while typed and typed[0] in COURTESY and _head(text) is None:
        cut = re.match(r"\s*[^\s,;:]+[\s,;:]*", text)
        opening, text, typed = opening + cut.group(0), text[cut.end():], typed[1:]
    if "\n" in text or _head(text) is None:
        return None
    first = HEAD.match(text)
    cuts = [m for m in BREAK.finditer(text) if m.start() >= first.end()]
    starts, ends = [0] + [m.end() for m in cuts], [m.start() for m in cuts] + [len(text)]
    read = [_head(text[start:end]) for start, end in zip(starts, ends, strict=True)]
    if any(one is None or not any(ch.isalpha() for ch in one[1]) for one in read):
        return None
    if len(read) < 2 and not (len(read[0][0]) > 1 and "," in first.group(0)):  # "no 1, 2 dan 3 …": a list
        return None
    if any(words(said)[:1] and words(said)[0] in FORWARDED_TO for _, said in read):
        return None
    return [_worded(numbers, said.rstrip(" ,;.")) for numbers, said in read]


def acts_apart(parts: list[str]) -> tuple[list[str], dict[int, list[str]]]:
    """The parts of a message less the complaints two of them name (what each said of it, to be asked about):
    "no 2 sama no 3 lagi kami proses" / "no 2 salah kirim" keep "LPR-3 lagi kami proses" alone."""
    read = []
    for part in parts:
        command, rest = read_command(part)
        head = _head(rest if command else part)
        read.append((command, head))
    seen: dict[int, list[str]] = {}
    for _, head in read:
        for number in head[0] if head else ():
            seen.setdefault(number, []).append(head[1])
    doubled = {number: said for number, said in seen.items() if len(said) > 1}
    if not doubled:
        return parts, {}
    kept = []
    for part, (command, head) in zip(parts, read, strict=True):
        if head is None or not set(head[0]) & set(doubled):
            kept.append(part)
        elif left := [number for number in head[0] if number not in doubled]:
            kept.append(_worded(left, head[1], command))
    return kept, doubled
