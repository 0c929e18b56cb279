"""Words common in Indonesian or English writing, which the conversation never reads as a typo of one of its own
words ("kamar" is a room, not "kabar"; "tambak" a fishpond, not "tambah"; "biaya" a cost, not "biasa").

The list (`common_words.txt`) is taken from the `wordfreq` package's frequency lists: Indonesian words with a Zipf
frequency of at least 3 (about once in a million words of text) and English words of at least 4, alphabetic and four
letters or longer. It is read the first time a word might be a typo. To build it again (wordfreq's lists do not
change: the project froze them in 2024):

    pip install wordfreq==3.1.1 && python -m lapor.common_words
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

WORDS_FILE = Path(__file__).with_name("common_words.txt")
FLOORS = {"id": 3.0, "en": 4.0}  # Zipf frequency: 3 is once in a million words, 4 once in 100,000
MIN_LENGTH = 4  # shorter words are never corrected (understanding.FUZZY_MIN_LENGTH)
HEADER = ("# Common Indonesian (Zipf >= 3) and English (Zipf >= 4) words, from wordfreq 3.1.1 by Robyn Speer\n"
          "# (data CC BY-SA 4.0). Built by `python -m lapor.common_words`; see that module.\n")


@cache
def _words() -> frozenset[str]:
    lines = WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def is_common(word: str) -> bool:
    """Whether a lowercase word is common in Indonesian or English writing."""
    return word in _words()


INFLECTIONS = frozenset({"nya", "mu", "ku", "lah", "i", "kan", "an", "s", "ed", "ing"})
STEM_MIN_LENGTH = 5  # "kiri" (left) is no "kirim", "bata" (brick) no "batal"


def may_be_typo(word: str, known: str) -> bool:
    """Whether a word near one of the conversation's own (`known`) may be read as it: not a common word of its own
    ("kamar" is a room, not "kabar"; "tambak" a fishpond, not "tambah"), unless it is that word with a suffix added
    or dropped ("statusnya", "lewat", "kabari", "menambah")."""
    if not is_common(word):
        return True
    short, long = sorted((word, known), key=len)
    return len(short) >= STEM_MIN_LENGTH and long.startswith(short) and long[len(short):] in INFLECTIONS


def build() -> list[str]:
    """The common words, from wordfreq (not a dependency of the service: installed by hand to build the list)."""
    from wordfreq import top_n_list, zipf_frequency

    found = set()
    for lang, floor in FLOORS.items():
        for word in top_n_list(lang, 500_000):
            if zipf_frequency(word, lang) < floor:
                break  # the list is sorted by frequency
            if word.isalpha() and word.isascii() and len(word) >= MIN_LENGTH:
                found.add(word)
    return sorted(found)


if __name__ == "__main__":
    WORDS_FILE.write_text(HEADER + "\n".join(build()) + "\n", encoding="utf-8")
