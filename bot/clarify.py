"""Which complaint a citizen means when asked "which one?": a short clarification, or the words that open an answer.

People name a complaint with a reference wrapped in small words: `untuk LPR-28`, `LPR-28 ya`, `LPR-28.`,
`yg lpr 28`, `28`, `#28`, `nomor 28 pak`, or by its place in the list they were shown: `yang pertama`, `yang ke-2`,
`yg terakhir`. A message is a clarification when every word in it is such a small word, a reference or a
position; one word of content makes it an answer instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lapor.references import split_reference

TOKEN = re.compile(r"[a-z]+|[0-9]+")
MAX_TOKENS = 10
# Words that say where a reference is: "lpr", "#" (not a token), "nomor 28", "laporan 28".
MARKERS = frozenset({"lpr", "no", "nomor", "nomer", "nmr", "laporan"})
# Small words around a reference in a clarification: prepositions, "yes", polite address, "that one", thanks.
FILLER = frozenset("""
    untuk utk buat bwt ke kepada soal tentang perihal yg yang ya iya iy iyaa y yes ok oke okey okay sip siap
    pak bu bapak ibu kak kakak mas mbak mba min admin bang dik gan om tante
    lapor jawaban jawabannya jawab jwb pertanyaan maksud maksudnya maksud saya sy aku itu ini tadi tsb
    punya dong deh aja saja sih kok nah tuh lah kan betul benar bener yup dan atau
    terima kasih makasih trims thanks thx mohon maaf nggih njih injih enggih
""".split())
# Places in the list the citizen was shown ("yang pertama"): index from the start, -1 the last one.
POSITIONS = {"pertama": 0, "kesatu": 0, "satu": 0, "atas": 0, "kedua": 1, "dua": 1, "ketiga": 2, "tiga": 2,
             "keempat": 3, "empat": 3, "kelima": 4, "lima": 4, "terakhir": -1, "bawah": -1}


@dataclass(frozen=True)
class Clarification:
    """What a short clarification names: complaint numbers and places in the list shown (0-based, -1 the last)."""

    numbers: frozenset[int]
    positions: frozenset[int]

    def choose(self, shown: list[int], open_: list[int]) -> int | None:
        """The one complaint named, given the numbers of the complaints listed (in order) and of all those with an
        open question; None when it names none of them, or several."""
        chosen = {number for number in self.numbers if number in open_}
        for position in self.positions:
            if -len(shown) <= position < len(shown):
                chosen.add(shown[position])
        unknown = {number for number in self.numbers if number not in open_}
        return chosen.pop() if len(chosen) == 1 and not unknown else None


def clarification(text: str) -> Clarification | None:
    """The complaint references and list positions a short clarification names; None when the message has content
    (a word that is not a reference, a position or a small word) or is too long to be one."""
    tokens = TOKEN.findall((text or "").lower())
    if len(tokens) > MAX_TOKENS:
        return None
    numbers, positions = set(), set()
    for index, token in enumerate(tokens):
        after_ke = index > 0 and tokens[index - 1] == "ke"
        if token.isdigit():
            (positions.add(int(token) - 1) if after_ke and int(token) > 0 else numbers.add(int(token)))
        elif token in POSITIONS and (token.startswith("ke") or token in ("pertama", "terakhir", "atas", "bawah")
                                     or after_ke):
            positions.add(POSITIONS[token])
        elif token not in FILLER and token not in MARKERS and token not in POSITIONS:
            return None
    return Clarification(frozenset(numbers), frozenset(positions))


def leading_reference(text: str) -> tuple[int | None, str]:
    """The complaint an answer opens with, after at most three small words (`untuk LPR-28: …`, `yg #28 …`,
    `nomor 28 …`), and the rest of the text; (None, text) without one. A bare number is not a reference here
    ("50 cm …" is content)."""
    rest = (text or "").strip()
    for _ in range(4):
        number, after = split_reference(rest, bare=False)
        if number is not None:
            return number, after
        marked = re.match(r"(?:no|nomor|nomer|nmr|laporan)\s*[.:#-]?\s*(\d{1,9})\b[\s.,:;-]*", rest, re.IGNORECASE)
        if marked:
            return int(marked.group(1)), rest[marked.end():].strip()
        word = re.match(r"([^\W\d_]+)\b[\s.,:;-]*", rest)
        if word is None or word.group(1).lower() not in FILLER:
            break
        rest = rest[word.end():]
    return None, (text or "").strip()
