"""Words typed without spaces ("lampujalanmati", "sayamaulapor") read as the words they are.

A lexicon of the shipped routing corpus and Sastrawi's Indonesian root words (``lapor.textnorm.Lexicon``), built
once per process without scikit-learn, so the web workers may use it: the routing model has its own.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from lapor.textnorm import Lexicon, root_words

CORPUS_PATH = Path(__file__).with_name("data") / "routing-train.csv"
RUN_ON = 9  # a word this long may be words typed without spaces (lapor.textnorm reads no shorter one so)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon of the shipped corpus's words and Sastrawi's root words (built once, on the first run of words:
    a web worker imports Sastrawi only then)."""
    with open(CORPUS_PATH, encoding="utf-8-sig", newline="") as handle:
        texts = [row.get("text") or "" for row in csv.DictReader(handle)]
    return Lexicon(texts, root_words())


def spaced(text: str) -> str | None:
    """The text with its words typed without spaces split ("LAMPUJALANMATI" → "lampu jalan mati"), in lower case;
    None when no word of it is such a run (most messages: nothing is built or read then)."""
    lowered = (text or "").lower()
    if not any(len(word) >= RUN_ON and word.isalpha() for word in lowered.split()):
        return None
    split = lexicon().expand(lowered)
    return split if split.split() != lowered.split() and len(split.split()) > len(lowered.split()) else None
