"""Finding agencies by what staff type: a code ("DLH"), an alias ("pu") or a fuzzy name ("dinas kesehatan")."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from lapor.routing import normalize
from models import Agency

GENERIC = {"dinas", "badan", "kantor", "bagian", "kabupaten", "kab", "daerah", "dan", "umum", "satuan", "unit"}
MATCH_CUTOFF = 80
CLEAR_LEAD = 8  # the best match must beat the next one by this much to be taken without asking


@dataclass
class Lookup:
    """The agency found for a typed name, or the candidates to choose from (empty: nothing matched)."""

    typed: str
    agency: Agency | None = None
    candidates: tuple[Agency, ...] = ()


def find_agency(session: Session, typed: str) -> Lookup:
    """Resolve one typed agency: exact code or alias first, then a fuzzy match on names and aliases."""
    agencies = list(session.scalars(select(Agency).where(Agency.active.is_(True)).order_by(Agency.code)))
    key = typed.strip().lower()
    for agency in agencies:
        if key == agency.code.lower() or key in agency.aliases:
            return Lookup(typed, agency)
    return _fuzzy(typed, agencies)


def _fuzzy(typed: str, agencies: list[Agency]) -> Lookup:
    query = _specific(typed)
    if not query:
        return Lookup(typed)
    choices = {}
    for index, agency in enumerate(agencies):
        for label in [agency.name, *agency.aliases]:
            choices[(index, label)] = _specific(label)
    found = process.extract(query, choices, scorer=fuzz.token_sort_ratio, score_cutoff=MATCH_CUTOFF, limit=None)
    best: dict[int, float] = {}
    for _label, score, (index, _) in found:
        best[index] = max(best.get(index, 0), score)
    ranked = sorted(best.items(), key=lambda item: -item[1])
    if not ranked:
        contained = _contains(query, agencies)
        return Lookup(typed, contained[0]) if len(contained) == 1 else Lookup(typed, candidates=contained)
    if len(ranked) == 1 or ranked[0][1] - ranked[1][1] >= CLEAR_LEAD:
        return Lookup(typed, agencies[ranked[0][0]])
    return Lookup(typed, candidates=tuple(agencies[index] for index, _ in ranked[:5]))


def _contains(query: str, agencies: list[Agency]) -> tuple[Agency, ...]:
    """A pick list for a vague name: agencies whose name contains every typed word."""
    typed = set(query.split())
    return tuple(a for a in agencies if typed <= set(_specific(a.name).split()))[:5]


def _specific(text: str) -> str:
    """Lowercase words without the generic ones every agency name has ("dinas", "kabupaten")."""
    return " ".join(word for word in normalize(text).split() if word not in GENERIC)
