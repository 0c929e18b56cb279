"""Finding agencies by what staff type: a code ("DLH"), an alias ("pu") or a fuzzy name ("dinas kesehatan").

SP4N-LAPOR! names an agency with its region ("Dinas Kesehatan Kabupaten Sampang", "DLH Kota X"): a name is
also tried without such a trailing region, and the best of both counts, under the same clear-lead rule.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from lapor.routing import normalize
from models import Agency

# Words joining two agencies' names as "dan" does, as people say it ("dinsos sama satpol pp", "dlh sm pupr", Javanese
# "karo", read as "dengan", Sundanese "jeung"/"sareng"): no part of any name
JOINING_WORDS = frozenset({"dan", "serta", "and", "sama", "sm", "ama", "karo", "dengan", "jeung", "sareng", "plus"})
GENERIC = {"dinas", "badan", "kantor", "bagian", "kabupaten", "kab", "daerah", "umum", "satuan", "unit",
           *JOINING_WORDS}
MATCH_CUTOFF = 80
# Names another system wrote (SP4N-LAPOR!) have no typos: a near miss there is another agency ("Bappeda" is not
# "Bapenda"), so they must come closer than what staff type.
WRITTEN_CUTOFF = 90
CLEAR_LEAD = 8  # the best match must beat the next one by this much to be taken without asking
# A regency's or city's own name after an agency's ("Dinas Kesehatan Kabupaten Sampang") is dropped; a province's is
# kept: "Dinas Kesehatan Provinsi Jawa Timur" is another body than the region's Dinas Kesehatan.
REGION_WORDS = {"kabupaten", "kota", "pemkot"}  # "kab", "pemkab" normalise to these
MAX_REGION_NAME_WORDS = 4
MAX_SPLIT_WORDS = 8     # "dlh pupr dinkes …" is read as several agencies up to this many words
PARTIAL_MIN_CHARS = 4   # a typed word this long may be the start of a name's word ("pekerja" → "pekerjaan")
PICK_MAX = 9            # a pick list for a name only begun shows at most this many agencies
# A name that matched nothing may be a typo of one agency's code, alias or name ("pupe", "pdma", "dinas lingkngan"):
# that agency is offered (asked, never taken) when it comes this close and clearly closer than any other.
NEAR_CUTOFF = 70
NEAR_MAX_WORDS = 3
# Words of courtesy, address and filler staff type around agencies ("pupr pak", "ke dlh ya bu", "dishub aja",
# "dukcapil segera, makasih"): no agency's name, yet near enough to a short one to be taken for it ("pak" came near
# DP3A's "pppa"). Read after `normalize` ("sj" is "saja", "makasih" and "tks" are "terima kasih"). An agency whose
# own code or alias is such a word is still found by it: the exact match comes first.
COURTESY_WORDS = frozenset({
    "pak", "bapak", "pk", "bu", "ibu", "mas", "mbak", "mba", "kak", "dik", "adik", "min", "bang", "ndan", "bos", "boss",
    "gan", "bro", "sis", "ya", "yah", "yaa", "yaaa", "iya", "nggih", "njih", "ok", "oke", "okey", "siap", "dong", "deh",
    "sih", "nih", "tuh", "lho", "loh", "kok", "kan", "aja", "ajah", "aj", "saja", "juga", "jg", "segera", "secepatnya",
    "tolong", "mohon", "please", "pls", "terima", "kasih", "thanks", "thx", "nuwun", "suwun", "matur", "hatur"})


@dataclass
class Lookup:
    """The agency found for a typed name, or the candidates to choose from (empty: nothing matched)."""

    typed: str
    agency: Agency | None = None
    candidates: tuple[Agency, ...] = ()
    score: float = 100.0  # how closely the agency's name or alias matched (100: exactly)


def find_agency(session: Session, typed: str, cutoff: float = MATCH_CUTOFF) -> Lookup:
    """Resolve one typed agency: exact code or alias first, then a fuzzy match on names and aliases; words of
    courtesy around it ("pupr pak", "dlh ya bu") are no part of the name."""
    agencies = active_agencies(session)
    return _exact(typed, agencies) or _find(without_courtesy(typed), agencies, cutoff, typed)


def without_courtesy(typed: str) -> str:
    """The typed text without words of courtesy, address or filler (`COURTESY_WORDS`): "pupr ya pak" → "pupr"."""
    words = normalize(typed).split()
    kept = [word for word in words if word not in COURTESY_WORDS]
    return typed if len(kept) == len(words) else " ".join(kept)


def _exact(typed: str, agencies: list[Agency]) -> Lookup | None:
    """The agency whose code or alias is exactly what was typed."""
    key = typed.strip().lower()
    return next((Lookup(typed, agency) for agency in agencies if key == agency.code.lower() or key in agency.aliases),
                None)


def active_agencies(session: Session) -> list[Agency]:
    """The directory's active agencies, by code."""
    return list(session.scalars(select(Agency).where(Agency.active.is_(True)).order_by(Agency.code)))


def _find(typed: str, agencies: list[Agency], cutoff: float, shown: str | None = None) -> Lookup:
    """`typed` resolved; the lookup keeps `shown` (what staff typed, courtesy and all) as its text."""
    if not typed.strip():
        return Lookup(shown if shown is not None else typed)
    found = _found(typed, agencies, cutoff)
    if shown is not None:
        found.typed = shown
    return found


def _found(typed: str, agencies: list[Agency], cutoff: float) -> Lookup:
    for key in dict.fromkeys([typed.strip().lower(), without_region(typed)]):
        for agency in agencies:
            if key == agency.code.lower() or key in agency.aliases:
                return Lookup(typed, agency)
    return _in_pieces(typed, agencies) or _fuzzy(typed, agencies, cutoff)


def _in_pieces(typed: str, agencies: list[Agency]) -> Lookup | None:
    """A code or alias typed in pieces, with spaces, dots or dashes between them ("pu pr", "P.U.P.R", "PU-PR",
    "dinas pu pr", "d l h"): read without them, as fuzzy matching of short codes cannot."""
    squeezed = _squeezed(typed)
    if not squeezed or squeezed == typed.strip().lower():
        return None
    for agency in agencies:
        if squeezed in {_squeezed(label) for label in [agency.code, *agency.aliases]}:
            return Lookup(typed, agency)
    return None


def _squeezed(text: str) -> str:
    return "".join(ch for ch in _specific(text.replace(".", " ").replace("-", " ")) if ch.isalnum())


def find_agencies(session: Session, typed: str) -> tuple[list[Agency], Lookup]:
    """What staff typed as one or more agencies: an exact code or alias; else several agencies typed without
    commas ("dlh pupr", "satpol pp dlh"); else one fuzzy or partial name. Returns the agencies found (empty when
    none) and the lookup of the whole text (its candidates are the pick list when it is ambiguous)."""
    agencies = active_agencies(session)
    if (exact := _exact(typed, agencies)) is not None:
        return [exact.agency], exact
    named = without_courtesy(typed)  # "pupr pak", "dlh ya bu": the courtesy names no agency
    whole = _find(named, agencies, MATCH_CUTOFF, typed)
    if whole.agency is not None and whole.score >= WRITTEN_CUTOFF:  # a name as written, not pieces of two
        return [whole.agency], whole
    several = _split(normalize(named).split(), agencies)
    if several:
        return several, whole
    if whole.agency is None and not whole.candidates:  # "dinas", "dinas p": a name begun, to pick from
        whole = Lookup(typed, candidates=_begun(named, agencies))
    return ([whole.agency] if whole.agency else []), whole


def closest_agency(session: Session, typed: str) -> Agency | None:
    """The one agency a name that found none comes nearest to (a typo: "pupe" PUPR, "dinas lingkngan" DLH), to be
    offered, never taken; None when none is near, two are as near, or the name is long (a sentence, not a name)."""
    query = _specific(without_courtesy(typed))  # "pupe ya pak": the name alone is near PUPR
    if not query or len(query.split()) > NEAR_MAX_WORDS:
        return None
    agencies = active_agencies(session)
    choices = {(index, label): _specific(label) for index, agency in enumerate(agencies)
               for label in [agency.code, agency.name, *agency.aliases]}
    best: dict[int, float] = {}
    for _label, score, (index, _) in process.extract(query, choices, scorer=fuzz.ratio, score_cutoff=NEAR_CUTOFF,
                                                      limit=None):
        best[index] = max(best.get(index, 0), score)
    ranked = sorted(best.values(), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0] - ranked[1] < CLEAR_LEAD:
        return None
    return agencies[max(best, key=best.__getitem__)]


def only_agency_words(session: Session, typed: str) -> bool:
    """Whether every word typed is a word of an active agency's code, alias or name ("dlh", "dinas lingkungan
    hidup", "dlh dan pupr"): a text that names agencies and says nothing else."""
    vocabulary = set(JOINING_WORDS)
    for agency in active_agencies(session):
        for label in [agency.code, agency.name, *agency.aliases]:
            vocabulary.update(normalize(label).split())
    typed_words = normalize(typed).split()
    return bool(typed_words) and set(typed_words) <= vocabulary


def _begun(typed: str, agencies: list[Agency]) -> tuple[Agency, ...]:
    """A pick list for a name only begun ("dinas", "dinas p", "badan"): the agencies with a word of their name or
    an alias starting with each typed word. Never taken without asking: a letter or two says too little."""
    typed_words = [word for word in normalize(typed).split() if word not in JOINING_WORDS]
    if not typed_words:
        return ()
    found = []
    for agency in agencies:
        labels = [normalize(label).split() for label in [agency.name, *agency.aliases]]
        if any(all(any(word.startswith(piece) for word in label) for piece in typed_words) for label in labels):
            found.append(agency)
    return tuple(found[:PICK_MAX])


def _split(words: list[str], agencies: list[Agency]) -> list[Agency] | None:
    """The fewest pieces (two or more) that each name one agency unambiguously, every agency once; or None.

    A whole agency name never splits into two agencies: its pieces name the same one ("pekerjaan umum",
    "penataan ruang") or none."""
    if not 2 <= len(words) <= MAX_SPLIT_WORDS:
        return None
    best: list[list[Agency] | None] = [[]] + [None] * len(words)  # best[i]: the fewest agencies for words[:i]
    for end in range(1, len(words) + 1):
        for start in range(end):
            before = best[start]
            if before is None or (start == 0 and end == len(words)):  # the whole text is no split
                continue
            if best[end] is not None and len(before) + 1 >= len(best[end]):
                continue
            piece = " ".join(words[start:end])
            found = _find(piece, agencies, MATCH_CUTOFF).agency if _specific(piece) else None
            if found is not None and all(found.id != other.id for other in before):
                best[end] = before + [found]
    return best[-1]


def without_region(name: str) -> str:
    """The normalised name without a trailing region: "Dinas Kesehatan Kab. Sampang" → "dinas kesehatan"."""
    words = normalize(name).split()
    for index in range(len(words) - 2, 0, -1):  # the last region word with a name after it and words before it
        if words[index] in REGION_WORDS and len(words) - index - 1 <= MAX_REGION_NAME_WORDS:
            cut = index - 1 if words[index - 1] == "pemerintah" and index > 1 else index
            return " ".join(words[:cut])
    return " ".join(words)


def _fuzzy(typed: str, agencies: list[Agency], cutoff: float) -> Lookup:
    queries = [query for query in dict.fromkeys([_specific(typed), _specific(without_region(typed))]) if query]
    if not queries:
        return Lookup(typed)
    choices = {}
    for index, agency in enumerate(agencies):
        for label in [agency.name, *agency.aliases]:
            choices[(index, label)] = _specific(label)
    best: dict[int, float] = {}
    for query in queries:
        found = process.extract(query, choices, scorer=fuzz.token_sort_ratio, score_cutoff=cutoff, limit=None)
        for _label, score, (index, _) in found:
            best[index] = max(best.get(index, 0), score)
    ranked = sorted(best.items(), key=lambda item: -item[1])
    if not ranked:
        contained = _contains(queries[-1], agencies, partial=cutoff < WRITTEN_CUTOFF)
        return Lookup(typed, contained[0], score=cutoff) if len(contained) == 1 else Lookup(typed, candidates=contained)
    if len(ranked) == 1 or ranked[0][1] - ranked[1][1] >= CLEAR_LEAD:
        return Lookup(typed, agencies[ranked[0][0]], score=ranked[0][1])
    return Lookup(typed, candidates=tuple(agencies[index] for index, _ in ranked[:5]))


def _contains(query: str, agencies: list[Agency], partial: bool = False) -> tuple[Agency, ...]:
    """A pick list for a vague name: agencies whose name contains every typed word (staff typing may give a word's
    start: "dinas pekerja umum" is Pekerjaan Umum; names another system wrote must match whole words)."""
    typed = query.split()
    return tuple(a for a in agencies if all(_has_word(_specific(a.name).split(), word, partial) for word in typed))[:5]


def _has_word(name_words: list[str], word: str, partial: bool) -> bool:
    if word in name_words:
        return True
    return partial and len(word) >= PARTIAL_MIN_CHARS and any(other.startswith(word) for other in name_words)


def _specific(text: str) -> str:
    """Lowercase words without the generic ones every agency name has ("dinas", "kabupaten")."""
    return " ".join(word for word in normalize(text).split() if word not in GENERIC)
