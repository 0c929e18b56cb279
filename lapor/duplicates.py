"""Duplicate search: open complaints from the last weeks that likely report the same problem at the same place.

A score (0-100) combines how alike the two texts are with how alike the two places are, as a weighted
geometric mean so that the same words at another place (or another problem at the same place) stay low.
Texts are compared on their normalised words (``lapor.textnorm``) without the words naming a place or a
time: 40% character-level (``fuzz.token_sort_ratio``, which forgives word order), 60% word-level (a Dice
overlap where a word also matches its stems and typos). Dice, unlike ``token_set_ratio``, does not give
100 to a short text that is a subset of a long one. Places are compared on their distinctive words
("Tapaan", "SDN 2"), not on "desa" or "jalan"; when both complaints carry a WhatsApp location pin, on
the distance between the pins instead (the same spot within about 300 m).

The work is bounded whatever people type (issue 14, defect 4): a text is compared on the first MAX_WORDS distinct
content words of its first MAX_TEXT_CHARS characters, a place on its first MAX_PLACE_WORDS words (of 720 ordinary
complaints in the routing data, 2 have more than 40 such words and none more than 600 characters: the others are
compared whole, as before), the typo check runs inside rapidfuzz over the other side's words, and a search scores
at most MAX_CANDIDATES (OFFER_CANDIDATES while a citizen files) complaints.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from rapidfuzz import fuzz, process
from sqlalchemy import Row, bindparam, or_, select
from sqlalchemy.orm import Session

from lapor.complaints import OPEN_STATUSES, Draft, followed_ids
from lapor.textnorm import FUNCTION_WORDS, content_tokens, normalize, stem_candidates
from models import Complaint, Contact
from models.db import Prepared

MAX_CANDIDATES = 500  # newest open complaints scored per search; bounds the work on a busy region
OFFER_CANDIDATES = 50  # the same, for the offer to a citizen who is filing (in the request path)
PIN_BOX_DEGREES = 0.015  # about 1.6 km: pins farther apart score 0 as a place anyway (FAR_METRES)
MAX_TEXT_CHARS = 600  # a description is compared on its opening (WhatsApp allows 4,096 characters)
MAX_WORDS = 40  # distinct content words compared per text: a pair costs at most MAX_WORDS² cheap checks
MAX_PLACE_WORDS = 16  # the same for a place (an address has a handful)
TYPO_MIN_LENGTH, TYPO_SCORE = 5, 85  # words this long match a word of the other text this alike (fuzz.ratio)
DEFAULT_MIN_SCORE = 55.0
TEXT_WEIGHT = 0.4  # the place weighs the rest
NO_PLACE_FACTOR = 0.7  # one side has no place: the same words alone are weaker evidence
NEAR_METRES, FAR_METRES = 300.0, 1500.0  # pins this close are the same spot; this far, another place

# Words that say what kind of place, not which place.
PLACE_KIND_WORDS = frozenset("""
jalan jalur gang lorong desa dusun kampung kelurahan kecamatan kabupaten kota rt rw blok no nomor
depan dekat samping belakang sebelah seberang pojok ujung utara selatan timur barat arah antara
sekitar tepat persis lokasi alamat wilayah daerah raya
""".split())

# Words about when, not what: "sudah seminggu" says nothing about which problem.
TIME_WORDS = frozenset("""
hari minggu seminggu bulan sebulan tahun setahun jam pagi siang sore malam subuh kemarin besok sekarang
tadi lalu sejak mulai kali
""".split())


# The service's note where the citizen's words would be (bot/messages.py: "(Ceritanya ada di pesan suara
# terlampir.)", "(Lokasinya disebut di pesan suara terlampir.)"): said by voice, nothing to compare. Two complaints
# told by voice scored 100 on their notes alone.
NOTE_OF_THE_SERVICE = re.compile(r"\([^()\n]{0,80}\bterlampir\.?\)?")  # a description loses its ")"


def _without_notes(text: str | None) -> str:
    """A text without the service's notes of what is told in an attachment (the cheap test first)."""
    return NOTE_OF_THE_SERVICE.sub("", text) if text and "terlampir" in text else (text or "")


@dataclass(frozen=True)
class _Features:
    """What the scorer needs of one complaint, computed once."""

    text: str
    words: frozenset[str]
    content: frozenset[str]  # the words that can say what happened: not its own place's, nor any place kind or time
    content_sorted: str  # `text` in those words alone, sorted: what `fuzz.token_sort_ratio` compares
    stems: dict[str, frozenset[str]]
    by_stem: dict[str, frozenset[str]]  # stem -> the words that have it
    place: frozenset[str]
    pin: tuple[float, float] | None
    typo_choices: tuple[str, ...] = ()  # the content words long enough to be misspelt, in `content`'s order
    place_names: tuple[str, ...] = ()  # the place words that may be misspelt (not numbers), in `place`'s order
    place_typos: frozenset[str] = frozenset()  # those of them long enough to be read as a typo of another's


def find_duplicates(session: Session, complaint: Complaint, now: datetime, days: int = 30, limit: int = 3,
                    min_score: float = DEFAULT_MIN_SCORE) -> list[tuple[Complaint, float]]:
    """Return up to `limit` open, unmerged complaints of the last `days` days like this one, best first, scored 0-100.

    The complaint need not be saved yet (a draft can be checked before it is filed). This runs for every new
    complaint, so it reads only the columns it scores, reuses each complaint's features (a filed complaint's text
    does not change) and skips the text comparison where the place alone rules a candidate out.
    """
    query = _candidates(now - timedelta(days=days), now)
    if complaint.id is not None:
        query = query.where(Complaint.id != complaint.id)
    return _best(session, session.execute(query), _features(complaint), limit, min_score)


def similar_to_draft(session: Session, citizen: Contact, draft: Draft, now: datetime, days: int = 30,
                     limit: int = 3) -> list[Row]:
    """Other people's public (`biasa`) open complaints likely about the problem the citizen is filing, best first:
    rows of what the offer shows (number, title, description, status).

    Offered to the citizen to follow instead of filing again, while they wait for the next question: so only
    complaints near the draft's place are read (a place name in common, or a pin within about 1.5 km), the
    newest OFFER_CANDIDATES of them, with the columns the offer shows (a second statement reading the offered
    complaints cost more than the scoring). `rahasia` and `anonim` complaints are never shown to anyone else,
    nor one the citizen already follows.
    """
    target = _cached_features(draft.description, draft.location_text, draft.latitude, draft.longitude)
    names = _place_names(target)
    if not names and not target.pin:
        return []
    values = {"since": now - timedelta(days=days), "now": now, "citizen_id": citizen.id,
              **{f"name_{i}": f"%{name}%" for i, name in enumerate(names)}}
    if target.pin:
        latitude, longitude = target.pin
        values.update(lat_low=latitude - PIN_BOX_DEGREES, lat_high=latitude + PIN_BOX_DEGREES,
                      lon_low=longitude - PIN_BOX_DEGREES, lon_high=longitude + PIN_BOX_DEGREES)
    # Built once per shape and sent by the driver (models.db.Prepared): this runs at a filing step of the webhook
    rows = _offer_candidates(len(names), target.pin is not None).rows(session, values)
    return [row for row, _ in _best_rows(rows, target, limit, DEFAULT_MIN_SCORE)]


def _place_names(target: _Features) -> list[str]:
    """The place's most distinctive words (the longest three names, no numbers)."""
    return sorted((w for w in target.place if not w.isdigit() and len(w) >= 4), key=len, reverse=True)[:3]


@lru_cache(maxsize=8)  # a shape: 0-3 place names, with or without a pin
def _offer_candidates(names: int, pin: bool):
    """SELECT of the complaints offered to follow, "at the same place": a distinctive place word in the address
    (parameters name_0…), or a pin in the box around the draft's (lat_low…lon_high); public, not the citizen's
    own (citizen_id) nor one they follow, in the window since…now."""
    nearby = [Complaint.location_text.ilike(bindparam(f"name_{i}")) for i in range(names)]
    if pin:
        nearby.append(Complaint.latitude.between(bindparam("lat_low"), bindparam("lat_high"))
                      & Complaint.longitude.between(bindparam("lon_low"), bindparam("lon_high")))
    citizen_id = bindparam("citizen_id")
    offered = _candidates(bindparam("since"), bindparam("now"), OFFER_CANDIDATES).add_columns(
        Complaint.number, Complaint.title, Complaint.status)
    return Prepared(offered.where(
        or_(*nearby), Complaint.privacy == "biasa", Complaint.id.not_in(followed_ids(citizen_id)),
        or_(Complaint.citizen_id.is_(None), Complaint.citizen_id != citizen_id)))  # None: imported from LAPOR


def _candidates(since, until, limit: int = MAX_CANDIDATES):
    """The newest open, unmerged complaints filed between `since` and `until`: only the columns the scorer reads."""
    return (select(Complaint.id, Complaint.description, Complaint.location_text, Complaint.latitude,
                   Complaint.longitude)
            .where(Complaint.status.in_(OPEN_STATUSES), Complaint.created_at >= since,
                   Complaint.created_at <= until, Complaint.parent_id.is_(None))
            .order_by(Complaint.created_at.desc()).limit(limit))  # the index's order: it stops at `limit`


def _best(session: Session, rows, target: _Features, limit: int, min_score: float) -> list[tuple[Complaint, float]]:
    """The `limit` best-scoring of the candidate `rows` (id, description, place, pin), as complaints."""
    best = _best_rows(rows, target, limit, min_score)
    if not best:
        return []
    found = {c.id: c for c in session.scalars(_BY_IDS, {"ids": [row.id for row, _ in best]})}
    return [(found[row.id], score) for row, score in best]


def _best_rows(rows, target: _Features, limit: int, min_score: float) -> list[tuple[Row, float]]:
    """The `limit` best-scoring of the candidate `rows` (id, description, place, pin, and any more), best first (the
    newer of two as alike)."""
    scored = []
    for row in rows:
        score = _score_if_possible(
            target, _cached_features(row.description, row.location_text, row.latitude, row.longitude), min_score)
        if score is not None and score >= min_score:
            scored.append((row, score))
    scored.sort(key=lambda pair: (-pair[1], -pair[0].id))
    return scored[:limit]


_BY_IDS = select(Complaint).where(Complaint.id.in_(bindparam("ids", expanding=True)))


def _score_if_possible(a: _Features, b: _Features, min_score: float) -> float | None:
    """The similarity, or None when the place alone keeps it below `min_score` (no text work then).

    `_combine(_text_score(a, b), _place_score(a, b))` computed in one call: this runs for each of the offer's 50
    candidates at a filing step of the webhook, where the calls between the readings cost more than the readings.
    The place's factor of the geometric mean is computed once, for the test and for the score."""
    place = _place_score(a, b)
    if place is None:
        return round(_text_score(a, b) * NO_PLACE_FACTOR, 1)
    place_factor = (place / 100) ** (1 - TEXT_WEIGHT)
    if 100 * place_factor < min_score:
        return None
    return round(100 * (_text_score(a, b) / 100) ** TEXT_WEIGHT * place_factor, 1)


def complaint_similarity(a: Complaint, b: Complaint) -> float:
    """Score (0-100) how likely two complaints report the same problem at the same place."""
    return similarity(_features(a), _features(b))


def similarity(a: _Features, b: _Features) -> float:
    """Mix the text score with the place score (pins first, then place words)."""
    return _combine(_text_score(a, b), _place_score(a, b))


def _combine(text: float, place: float | None) -> float:
    if place is None:
        return round(text * NO_PLACE_FACTOR, 1)
    # A weighted geometric mean: both must be high; a different place is not outweighed by the same words.
    return round(100 * (text / 100) ** TEXT_WEIGHT * (place / 100) ** (1 - TEXT_WEIGHT), 1)


def _features(complaint: Complaint) -> _Features:
    return _cached_features(complaint.description, complaint.location_text, complaint.latitude,
                            complaint.longitude)


@lru_cache(maxsize=1024)  # searches read at most MAX_CANDIDATES complaints: bounded memory
def _cached_features(description: str | None, location_text: str | None, latitude: float | None,
                     longitude: float | None) -> _Features:
    """Features of a text and place, computed once per process (keyed by the values, so edits are seen)."""
    description, location_text = _without_notes(description), _without_notes(location_text)
    tokens = content_tokens(description[:MAX_TEXT_CHARS])
    kept = frozenset(list(dict.fromkeys(tokens))[:MAX_WORDS])
    stems = {w: _stems(w) for w in kept}
    by_stem: dict[str, set[str]] = {}
    for word, word_stems in stems.items():
        for stem in word_stems:
            by_stem.setdefault(stem, set()).add(word)
    pin = (latitude, longitude) if latitude is not None and longitude is not None else None
    place = [str(int(w)) if w.isdecimal() else w for w in normalize(location_text[:MAX_TEXT_CHARS]).split()
             if w not in PLACE_KIND_WORDS and w not in FUNCTION_WORDS]  # "RT 05", "RT.005": the number 5
    place_words = frozenset(list(dict.fromkeys(place))[:MAX_PLACE_WORDS])
    content = kept - place_words - PLACE_KIND_WORDS - TIME_WORDS
    return _Features(text=" ".join(w for w in tokens if w in kept), words=kept,
                     content=content, content_sorted=" ".join(sorted(w for w in tokens if w in content)), stems=stems,
                     by_stem={stem: frozenset(words) for stem, words in by_stem.items()}, place=place_words, pin=pin,
                     typo_choices=tuple(w for w in content if len(w) >= TYPO_MIN_LENGTH),
                     place_names=tuple(w for w in place_words if not w.isdigit()),
                     place_typos=frozenset(w for w in place_words if not w.isdigit() and len(w) >= TYPO_MIN_LENGTH))


@lru_cache(maxsize=8192)  # the same words recur from complaint to complaint ("sampah", "jalan")
def _stems(word: str) -> frozenset[str]:
    return frozenset(stem_candidates(word)) | {word}


def _text_score(a: _Features, b: _Features) -> float:
    """Compare what happened: the words of the two texts, without the words naming either place."""
    # Most pairs: neither text holds the other's place words, and the content words computed with the features are
    # compared as they are (no call for them)
    if b.place.isdisjoint(a.content):
        words_a, text_a = a.content, a.content_sorted
    else:
        words_a, text_a = _content_beside(a, b.place)
    if a.place.isdisjoint(b.content):
        words_b, text_b = b.content, b.content_sorted
    else:
        words_b, text_b = _content_beside(b, a.place)
    if not words_a or not words_b:
        return 0.0
    dice = 2 * _matched(words_a, a, words_b, b) / (len(words_a) + len(words_b))
    # token_sort_ratio of the two texts, whose words are sorted once with their features (it sorted them per pair)
    return 0.4 * fuzz.ratio(text_a, text_b) + 60 * dice


def _content_beside(features: _Features, other_place: frozenset[str]) -> tuple[frozenset[str], str]:
    """A text's content words and their text, its words sorted, without the words naming the other place too (most
    pairs: none of them, and both were computed with the features)."""
    if other_place.isdisjoint(features.content):
        return features.content, features.content_sorted
    words = features.content - other_place
    return words, " ".join(sorted(w for w in features.text.split() if w in words))


def _matched(words_a: frozenset[str], a: _Features, words_b: frozenset[str], b: _Features) -> int:
    """Count the words of `a` that some word of `b` matches (same word, a shared stem, or a typo)."""
    count = len(words_a & words_b)  # the same word: one set operation (most words of a duplicate)
    if count == len(words_a):
        return count  # no more than len(words_b): each is one of them
    # most pairs compare the content words as computed with b's features: their long words too
    typo_choices = b.typo_choices if words_b is b.content else [w for w in words_b if len(w) >= TYPO_MIN_LENGTH]
    stems, by_stem = a.stems, b.by_stem
    for word in words_a - words_b:
        if any(other in words_b for stem in stems[word] for other in by_stem.get(stem, ())):
            count += 1
        elif len(word) >= TYPO_MIN_LENGTH and _typo_of_one(word, typo_choices):
            count += 1
    return min(count, len(words_b))


def _typo_of_one(word: str, choices: list[str] | tuple[str, ...]) -> bool:
    """Whether `word` is a misspelling of one of `choices` (the loop runs inside rapidfuzz)."""
    return bool(choices) and process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=TYPO_SCORE) is not None


def _place_score(a: _Features, b: _Features) -> float | None:
    if a.pin and b.pin:
        metres = _distance(a.pin, b.pin)
        return max(0.0, min(1.0, (FAR_METRES - metres) / (FAR_METRES - NEAR_METRES))) * 100
    if a.place and b.place:
        # Half containment, half Dice: "Tapaan" is inside "SDN Tapaan 1, Omben", but less precise.
        matched, size_a, size_b = _place_matches(a, b), len(a.place), len(b.place)
        return 50 * matched / (size_a if size_a < size_b else size_b) + 100 * matched / (size_a + size_b)
    return None


def _place_matches(a: _Features, b: _Features) -> int:
    """Count place words of `a` found in `b`'s place; names may be misspelt (`a.place_typos`, read against
    `b.place_names`), numbers ("SDN 2", "RT 03") may not."""
    count = len(a.place & b.place)  # the same word: one set operation
    if count == len(a.place):
        return count  # no more than len(b.place): each is one of them
    for word in a.place_typos - b.place:
        if _typo_of_one(word, b.place_names):
            count += 1
    return min(count, len(b.place))


def _distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Metres between two pins (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6_371_000 * math.asin(math.sqrt(h))
