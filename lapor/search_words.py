"""Words that name the same thing in the queue's search: staff search the way citizens type ("jln" for "jalan",
"lampu lalin" for "lampu lalu lintas", "got" for "saluran", "pju" for "lampu jalan").

The groups come from the project's own readings (`lapor.textnorm.ABBREVIATIONS` for roads and alleys,
`lapor.routing.KINDS` and `SYNONYMS["lampu merah"]` for drains, street lights and traffic lights), kept to forms
that mean nothing else. Another form than the one typed is matched as a whole word or phrase (its words apart by
anything but letters and digits, "-nya" or a reduplicating "2" after it), never inside another word: "got" is not
in "gotong royong", "gg" not in "tinggi". Groups are not transitive: "pju" is a street light, not a road.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lapor.routing import KINDS, SYNONYMS
from lapor.textnorm import ABBREVIATIONS


def _abbreviations_of(word: str) -> tuple[str, ...]:
    return (word, *sorted(short for short, full in ABBREVIATIONS.items() if full == word))


_DRAINS, _STREET_LIGHTS = KINDS
GROUPS: tuple[tuple[str, ...], ...] = (
    _abbreviations_of("jalan"),  # jalan, dalan, jaln, jl, jln
    _abbreviations_of("gang"),
    ("lalu lintas", "lalin"),
    ("lampu merah", "lampu lalu lintas", "lampu lalin", "bangjo", "lampu bangjo", "traffic light",
     *SYNONYMS["lampu merah"]),
    (*_DRAINS, "saluran", "parit", "drainase"),
    (*_STREET_LIGHTS, "lampu pju", "penerangan jalan umum"),
)
SHORT = 3  # a form this short is matched as a word even as typed: "gg" was found in "tinggi", "got" in "gotong"

_GROUP_OF: dict[tuple[str, ...], tuple[str, ...]] = {}
for _group in GROUPS:
    for _form in dict.fromkeys(_group):
        _GROUP_OF.setdefault(tuple(_form.split()), tuple(dict.fromkeys(_group)))
_LONGEST = max(len(words) for words in _GROUP_OF)


def terms(words: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    """The query's words as terms, a known phrase joined ("lampu lalin"), each with its other forms (none for a
    word of no group): [("lampu lalin", ("lampu merah", "lampu lalu lintas", …)), ("perempatan", ())]."""
    words = [part for word in words for part in _unmarked(word)]
    out, i = [], 0
    while i < len(words):
        for size in range(min(_LONGEST, len(words) - i), 0, -1):
            group = _GROUP_OF.get(tuple(words[i:i + size]))
            if group is not None:
                typed = " ".join(words[i:i + size])
                out.append((typed, tuple(form for form in group if form != typed)))
                i += size
                break
        else:
            out.append((words[i], ()))
            i += 1
    return out


# What may stand before a form and between a phrase's words: an explicit class (not "anything but a letter"), so that
# PostgreSQL's trigram index reads the form's first letters as a word's start and answers the expression itself.
_APART = r"[ \n\t\r.,:;!?()/\"'*#&+-]"


def _unmarked(word: str) -> list[str]:
    """A word of the query split at its dots when it starts with a form ("jln." is "jln", "gg.melati" "gg melati",
    as an address is written); any other word as it is ("no.", "3.5")."""
    parts = [part for part in word.split(".") if part]
    if "." in word and parts and (parts[0],) in _GROUP_OF:
        return parts
    return [word]


@lru_cache(maxsize=256)
def as_words(forms: tuple[str, ...]) -> str:
    """A regular expression that PostgreSQL (`~`) and Python's `re` (SQLite's REGEXP) read alike: any of the forms
    as whole words of a lowercase text ("-nya" or a reduplicating "2" may follow)."""
    inner = "|".join(f"{_APART}+".join(re.escape(word) for word in form.split())
                     for form in sorted(forms, key=len, reverse=True))
    return rf"(^|{_APART})({inner})(nya|2)?($|[^a-z0-9])"
