"""The learned complaint router: a text classifier and a nearest-neighbour search over decided complaints.

Three parts, all fitted at construction from plain data (no Flask, Twilio or database imports):

- a linear classifier (``LinearSVC``) over TF-IDF word and character n-grams of the normalised,
  Sastrawi-stemmed text, trained on the shipped corpus (``lapor/data/routing-train.csv``), the
  directory's names, aliases and keywords as short pseudo-documents (not the region's decisions: it would
  learn a single one by heart);
- the directory's keyword router (``lapor.routing.Router``), blended in so an agency with no
  training text is still reachable through its keywords;
- a nearest-neighbour vote over the region's decided complaints, weighed against the two parts above as
  against a prior of a few votes: a disposition pulls its agency up for similar text, several agreeing ones
  take that kind of text over, a ``KEMBALIKAN`` pushes that agency down; the closest one gives the reason
  ("mirip LPR-87 → DLH").

A separate "is this a complaint at all" classifier lets the router abstain on greetings, thanks,
chit-chat and spam. This module imports scikit-learn: import it lazily, never in the web workers.
"""

from __future__ import annotations

import csv
import math
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion
from sklearn.svm import LinearSVC

from lapor.routing import (
    GENERIC_WORDS,
    NONE,
    AgencyProfile,
    Example,
    Router,
    Suggestion,
    accepted_codes,
    first_named_leads,
    score_predictions,
)
from lapor.textnorm import (
    CLITICS,
    FUNCTION_WORDS,
    Lexicon,
    ailing_alone,
    as_typed,
    asked_or_claimed,
    building_damaged,
    harm_span,
    harmed,
    is_advert,
    light_power,
    normalize,
    own_lamps,
    root_words,
    set_aside,
    spoken_forms,
    stem_candidates,
    thugs_and_rumours,
    toilet_water,
    treated_after_harm,
    tree_holes,
    walked_on,
    without_place_names,
    words_with_places,
)

__all__ = ["CORPUS_PATH", "Example", "LearnedRouter", "cross_validate", "load_corpus", "prepare", "rows_as_decisions",
           "shipped_corpus"]

CORPUS_PATH = Path(__file__).with_name("data") / "routing-train.csv"

# Chosen by 5-fold cross-validation on routing-train ∪ routing-dev (never by the score on rows learned from).
_C = 1.0                # LinearSVC regularisation
_TEMPERATURE = 3.0      # softmax over the SVM's margins
_KEYWORD_WEIGHT = 1.0   # how much the directory's keyword router adds to the classifier's probability
_PSEUDO_WEIGHT = 0.3    # a directory keyword as a training document, against 1.0 for a real complaint
_NOT_COMPLAINT = 0.3    # abstain when P(not a complaint) is above this ...
_THIN_KEYWORDS = 0.6    # ... and the keyword evidence is thinner than this
_CLEAR_AGENCY = 0.45    # ... and the classifier's likeliest agency is less probable than this
# A public building damaged ("atap pasar bocor") is a complaint however short only when an agency has the directory's
# evidence for it (the market's, the school's): with only the damage words' scraps ("atap masjid bocor": 0.25 at most)
# the detector still decides.
_BUILDING_EVIDENCE = 0.5
# The region's decisions are learned by a vote of the decided complaints most like the text, not by the
# classifier: a linear model fits one decision so closely that a single mistaken disposition took over every
# message worded like it ("ktp hilang" once sent to DISDIK sent the next "ktp hilang" there too). Chosen on
# replayed decisions (docs/routing.md): one mistaken decision flips no confident suggestion, three or four
# agreeing ones take a kind of message over from the corpus and the directory.
_NEIGHBOURS = 10
_NEIGHBOUR_MIN = 0.25   # cosine similarity below which a decided complaint does not vote ...
_NEIGHBOUR_FULL = 0.4   # ... and above which it is one whole vote (rising from nothing in between)
_NEIGHBOUR_CITED = 0.35  # ... and from which it is cited as the reason ("mirip LPR-87 → DLH")
_REGION_PRIOR = 3.0     # the votes the corpus and the directory count as, against the region's
_TOP_SCORE = 1.0 + _KEYWORD_WEIGHT  # the classifier's probability plus the keywords' share, each at most 1
_KEEP = 0.05            # suggestions with less than this score are dropped
_REASON_COEF = 0.2      # a word the classifier weighs less than this for an agency is not cited as its reason ...
_REASON_STRONG = 0.5    # ... nor one weighed less than this, unless the directory gives the agency that word alone
_PLACE_WEIGHT = 0.6     # an n-gram only of the place ("di lampu merah"), against one of what happened
# A kind of message the region decides otherwise than the directory ("got mampet" to PERKIM, not PUPR) is learned
# by the directory's topics the decided complaints name, not only by their words: people word drains a dozen ways.
# A topic's share of the decisions naming it that went to an agency owning none of their topics, with one pseudo
# decision for the directory, is worth up to two votes: one decision is one vote, as a near-identical neighbour.
# Chosen on bench/routing_learning_bench.py's replays (docs/routing.md), so in-sample.
# The classifier also learns the region's decisions that another decision close enough to vote agrees with (two
# street lights to DISHUB; a lone one may be a mistake and is only a vote): a region with a long history then
# routes the way its verifiers do beyond their wording. Chosen on fresh…fresh8 replayed as decisions and the
# learning bench (docs/routing.md).
_DECIDED_WEIGHT = 1.0
_CONTRADICTING_AGREEMENT = 2  # other decisions alike a decision against the directory's topics needs to be learned ...
_CONTRADICTING_VOTE = 0.5     # ... and the vote it is worth as a neighbour (the topics it moves vote in full)
_CORROBORATION_CHUNK = 512  # decisions compared at a time (a dense block of this many rows)
_TOPIC_PSEUDO = 1.0
_OFF_TOPIC_VOTE = 0.5  # a decided complaint worded like the text about another topic (as a contradicting one)
_TOPIC_VOTES = 2.0


_SHOWING_AFFIXES = (("", ""), ("di", ""), ("", "an"), ("", "nya"), ("ter", ""), ("ber", ""), ("ke", "an"),
                    ("", "kan"), ("di", "kan"), ("di", "i"), ("per", "an"))


@lru_cache(maxsize=1)
def _shown_roots() -> Counter:
    """How often the shipped corpus writes each root with affixes that keep its first letter ("urus", "diurus",
    "urusan"): which of two roots a nasal prefix hides ("ngurus") is the one people write."""
    words = Counter(word for example in shipped_corpus() for word in normalize(example.text).split())
    counts: Counter = Counter()
    for word, n in words.items():
        for prefix, suffix in _SHOWING_AFFIXES:
            if word.startswith(prefix) and word.endswith(suffix) and len(word) > len(prefix) + len(suffix):
                counts[word[len(prefix): len(word) - len(suffix)]] += n
    return counts


@lru_cache(maxsize=100_000)
def _stem(word: str) -> str:
    """The word's root: the longest affix-stripped form that Sastrawi's dictionary knows, else the word.

    Sastrawi's own ``stem()`` backtracks through its confix rules and takes 50-600 ms on a word outside
    its dictionary (names, slang, Madurese): far over the 2 ms a message budget. Its dictionary with the
    light affix rules of ``lapor.textnorm`` finds the same roots for ordinary affixed words in microseconds.
    """
    roots = root_words()
    if word in roots:
        return word
    # A clitic ("-nya", "-ku", "-lah") attaches to any word: a root that only it hides is the word's ("katanya" is
    # "kata", not "ka-" + "tanya"; "bukunya" "buku").
    clitic = next((word[: -len(ending)] for ending in CLITICS
                   if word.endswith(ending) and word[: -len(ending)] in roots), None)
    if clitic is not None:
        return clitic
    known = [stem for stem in stem_candidates(word)[1:] if stem in roots]
    twin = next((stem for stem in known if "k" + stem in known), None)
    if twin is not None:
        # "ngurus": "urus" or "kurus"? A nasal prefix drops a "k" (ngirim, pengunjung) but also stands before a
        # vowel (ngurus, pengecer): the root the corpus writes more often where its first letter shows ("diurus",
        # "urusan", "kunjungan"), else the longer.
        counts = _shown_roots()
        return max((twin, "k" + twin), key=lambda root: (counts[root], len(root)))
    if known:
        return max(known, key=len)
    return next((form for form in spoken_forms(word) if form in roots), word)  # "mukulin", "dapet", "sekolahe"


def prepare(text: str) -> str:
    """Normalise chat text (place names, slang, reduplication, emoji) and stem every word with Sastrawi."""
    return " ".join(_stem(word) for word in normalize(without_place_names(text)).split())


def prepare_with_subject(text: str, suggesting: bool = False, aside: bool = True) -> tuple[str, str]:
    """The prepared text, and the same without the words that only say where it happened ("di lampu merah");
    ``suggesting``: without the words of who harmed a child too (see below), and of the agency addressed when
    ``aside`` (another agency's matter is named; else it weighs like a place)."""
    text = without_place_names(text)
    words = [_stem(word) for word in normalize(text).split()]
    # The occasion ("pas daftar sekolah") is weighed like a place when suggesting only: learned so, the corpus's
    # occasions moved a row of CV out of the three (it was chosen on fresh12's and fresh13's misses).
    who: list[int] = []
    flagged = words_with_places(text, occasions=suggesting, users=who)
    # Violence done to a child or a woman is read as such, as the keyword router reads it ("siswi digrepe guru
    # les": "kekerasan anak"): the classifier hardly knows the many words for it, and knows the school words well.
    children = [harm for harm, _, victim in harmed([word for word, _ in flagged]) if victim == "anak"]
    if children:
        words += ["kekerasan", "anak"]  # of a child only: read of a woman too, CV's top-3 lost a row
    if children and suggesting:
        # Who harmed a child, and the child's school, are not the topic whoever they are ("siswi digrepe guru
        # les", "murid sd dicabuli guru privat"): the words around the harm are not read, but for the child.
        # Training still reads them (at the place's weight): the doers of the corpus's abuse ("om", "paman",
        # "bapak tiri") are the child protection office's words, and without them its share fell elsewhere.
        people = Counter(_stem(flagged[j][0]) for harm in children for j in harm_span(flagged, harm, persons=False))
        words = _without(words, people)
        owed = Counter(_stem(word) for word, is_place in flagged if is_place) - people
    else:
        owed = Counter(_stem(word) for word, is_place in flagged if is_place)
    if suggesting:
        # A public place's toilet without water is the place's ("wc umum di pasar ... airnya ga ngalir"): the
        # water words, which the classifier knows as the water utility's, are not read (trained on, they stay).
        plain = [word for word, _ in flagged]
        water = Counter(_stem(flagged[i][0]) for i in [*toilet_water(plain, itself=True)[0], *own_lamps(plain)[0],
                                                          *ailing_alone(plain), *walked_on(flagged),
                                                          *light_power(plain), *tree_holes(plain),
                                                          *treated_after_harm(plain), *who,
                                                          *asked_or_claimed(text, plain), *thugs_and_rumours(plain)[0],
                                                          *_set_aside(text, aside)])
        if water:
            words = _without(words, water)
            owed -= water
    if not owed:
        prepared = " ".join(words)
        return prepared, prepared
    subject = []
    for word in words:
        if owed[word] > 0:
            owed[word] -= 1
        else:
            subject.append(word)
    return " ".join(words), " ".join(subject)


def _set_aside(text: str, addressed: bool) -> list[int]:
    """The indices of the words ``set_aside`` names: what the text denies, and the address when ``addressed``."""
    address, denied = set_aside(text)
    return [*address, *denied] if addressed else denied


# A training text's preparation is a pure function of the text (Sastrawi's dictionary and the corpus's roots are
# read once): the shipped corpus and the region's decisions are prepared once per process, not at every rebuild of a
# region's router (after each decision) nor for each router a test builds. About 1.7 kB a text prepared both ways
# (the corpus: under 1 MB; the bound: about 35 MB); a history longer than the bound loses the cache's help, never a
# result.
_PREPARED_TEXTS = 20_000


@lru_cache(maxsize=_PREPARED_TEXTS)
def _training_text(text: str) -> tuple[str, str]:
    """``prepare_with_subject`` of a text learned from (the corpus's, a decided complaint's), once per process."""
    return prepare_with_subject(text)


@lru_cache(maxsize=_PREPARED_TEXTS)
def _detector_text(text: str) -> str:
    """``prepare`` of a text the complaint detector learns from, once per process."""
    return prepare(text)


def _without(words: list[str], dropped: Counter) -> list[str]:
    """The words, less as many of each as ``dropped`` counts."""
    owed, kept = Counter(dropped), []
    for word in words:
        if owed[word] > 0:
            owed[word] -= 1
        else:
            kept.append(word)
    return kept


def load_corpus(path: str | Path = CORPUS_PATH) -> list[Example]:
    """Read a ``id,text,agency,also_ok`` CSV into examples (agency NONE: not a complaint)."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return [Example(row.get("text") or "", accepted_codes(row)[0]) for row in csv.DictReader(handle)]


@lru_cache(maxsize=1)
def shipped_corpus() -> tuple[Example, ...]:
    """The corpus shipped with the code (read once per process): what a region with no history learns from."""
    return tuple(load_corpus(CORPUS_PATH))


def _vectorizer() -> FeatureUnion:
    return FeatureUnion([
        ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True,
                                  token_pattern=r"(?u)\b\w+\b")),
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)),
    ])


class _Features:
    """A fitted union of TF-IDF vectorizers applied to one text without scikit-learn's per-call overhead.

    Returns the column indices and values of the concatenated, per-part L2-normalised vector, which is
    what ``FeatureUnion.transform`` gives, in tens of microseconds instead of milliseconds.
    """

    def __init__(self, union: FeatureUnion):
        self.parts = []
        offset = 0
        for _, vectorizer in union.transformer_list:
            self.parts.append((vectorizer.build_analyzer(), vectorizer.vocabulary_, vectorizer.idf_, offset))
            offset += len(vectorizer.vocabulary_)
        self.size = offset

    def __call__(self, text: str, subject: str | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The text's vector; the n-grams that occur only outside ``subject`` (its place) weigh less."""
        columns, values = [], []
        for analyze, vocabulary, idf, offset in self.parts:
            counts: dict[int, int] = {}
            for gram in analyze(text):
                column = vocabulary.get(gram)
                if column is not None:
                    counts[column] = counts.get(column, 0) + 1
            if not counts:
                continue
            part = np.fromiter(counts, dtype=np.int64)
            weights = (1.0 + np.log(np.fromiter(counts.values(), dtype=float))) * idf[part]
            if subject is not None and subject != text:
                kept = {vocabulary.get(gram) for gram in analyze(subject)}
                weights *= np.fromiter((1.0 if c in kept else _PLACE_WEIGHT for c in counts), dtype=float)
            columns.append(part + offset)
            values.append(weights / np.linalg.norm(weights))
        if not columns:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        return np.concatenate(columns), np.concatenate(values)


def _corroborated(matrix: csr_matrix, codes: list[str], needed: np.ndarray) -> np.ndarray:
    """Which decisions ``needed`` other decisions to the same agency, worded alike, agree with: those the
    classifier learns.

    A lone decision is only a neighbour's vote (it may be a mistake, and the classifier would learn it by heart);
    two alike make it the region's way, and the classifier then carries it to messages worded otherwise."""
    kept = np.zeros(len(codes), dtype=bool)
    if len(codes) < 2:
        return kept
    labels = np.array(codes)
    for start in range(0, len(codes), _CORROBORATION_CHUNK):  # a dense block at a time, not the n × n product
        similarity = (matrix[start:start + _CORROBORATION_CHUNK] @ matrix.T).toarray() / 2  # two unit-norm parts
        for offset, row in enumerate(similarity):
            index = start + offset
            row[index] = 0.0
            kept[index] = int(((row >= _NEIGHBOUR_MIN) & (labels == labels[index])).sum()) >= needed[index]
    return kept


def _pseudo_documents(profiles: Sequence[AgencyProfile]) -> list[Example]:
    return [Example(phrase, p.code) for p in profiles for phrase in (p.name, *p.aliases, *p.keywords) if phrase]


class _Classifier(NamedTuple):
    """A fitted agency classifier: its features, the word n-grams' names, and the classes with their weights
    (``classes`` empty, ``coef`` and ``intercept`` None: fewer than two agencies to tell apart)."""

    features: _Features
    word_names: np.ndarray
    classes: tuple[str, ...]
    coef: np.ndarray | None
    intercept: np.ndarray | None


@lru_cache(maxsize=4)
def _classifier(profiles: tuple[AgencyProfile, ...], positives: tuple[Example, ...]) -> _Classifier:
    """The linear classifier over the corpus's complaints and the directory's pseudo-documents, fitted once per
    process for each (directory, corpus): the router is rebuilt after every decision, which refitted the same
    classifier (about half of a rebuild); only a region whose decisions agree with each other fits one with them
    (`LearnedRouter._fit_classifier`). Read only once fitted, so the routers of one directory share it."""
    return _fitted_classifier(profiles, positives)


def _fitted_classifier(profiles: Sequence[AgencyProfile], positives: Sequence[Example],
                       decided: Sequence[Example] = ()) -> _Classifier:
    """The classifier over the corpus, the directory's pseudo-documents and the region's agreed decisions (their
    words in the vocabulary too: a region's own words weigh as the corpus's)."""
    pseudo = _pseudo_documents(profiles)
    training = [*positives, *pseudo, *decided]
    weights = (1.0,) * len(positives) + (_PSEUDO_WEIGHT,) * len(pseudo) + (_DECIDED_WEIGHT,) * len(decided)
    union = _vectorizer()
    prepared = [_training_text(e.text) for e in training]
    union.fit([text for text, _ in prepared])
    features = _Features(union)
    matrix = _matrix([features(text, subject) for text, subject in prepared], features.size)
    word_names = union.transformer_list[0][1].get_feature_names_out()
    labels = tuple(e.code for e in training)
    return _Classifier(features, word_names, *_fitted_svc(matrix, labels, weights))


def _fitted_svc(matrix: csr_matrix, labels: Sequence[str], weights: Sequence[float]
                ) -> tuple[tuple[str, ...], np.ndarray | None, np.ndarray | None]:
    """The classes and the (features × classes) weights and intercepts of a LinearSVC fitted on the rows."""
    if len(set(labels)) < 2:
        return (), None, None
    model = LinearSVC(C=_C).fit(matrix, list(labels), sample_weight=list(weights))
    classes = tuple(str(c) for c in model.classes_)
    coef = model.coef_ if len(classes) > 2 else np.vstack([-model.coef_, model.coef_])
    intercept = model.intercept_ if len(classes) > 2 else np.array([-1.0, 1.0]) * model.intercept_
    return classes, np.ascontiguousarray(coef.T), intercept


def _matrix(rows: list[tuple[np.ndarray, np.ndarray]], size: int) -> csr_matrix:
    """The sparse matrix of feature vectors (each a row's column indices and values)."""
    return csr_matrix((np.concatenate([v for _, v in rows]), np.concatenate([c for c, _ in rows]),
                       np.cumsum([0] + [len(c) for c, _ in rows])), shape=(len(rows), size))


@lru_cache(maxsize=4)
def _keyword_router(profiles: tuple[AgencyProfile, ...]) -> Router:
    """The directory's keyword router, built once per process for each directory: a region's router is rebuilt after
    every decision with the same directory. Only its readings' memos (the last text, the vocabulary's words) change
    once built, so the routers of one directory share it, and its memos stay warm."""
    return Router(profiles, dictionary=root_words())


class LearnedRouter:
    """Suggests agencies from a classifier, the directory's keywords and the region's decided complaints."""

    def __init__(self, profiles: Iterable[AgencyProfile], examples: Iterable[Example] = ()):
        self.profiles = list(profiles)
        self.keywords = _keyword_router(tuple(self.profiles))
        self.codes = [p.code for p in self.profiles]
        self.own_words = {code: set() for code in self.codes}  # the words the directory gives an agency alone
        for term in self.keywords.terms:
            for agency in term.weights if len(term.tokens) == 1 else ():
                self.own_words[self.codes[agency]].add(term.tokens[0])
        self.names = {p.code: p.name for p in self.profiles}
        self.classes, self.detector, self.decided_matrix = [], None, None
        if not self.profiles:
            return  # nothing to route to: every message is abstained on
        known = set(self.codes)
        examples = [e for e in examples if e.code in known or (e.code == NONE and not e.region)]
        self.lexicon = Lexicon([*(e.text for e in examples), *(e.text for e in _pseudo_documents(self.profiles)),
                                " ".join(self.keywords.vocabulary.words)], root_words())
        self.topic_owners: dict[str, set[str]] = {}
        for term in self.keywords.terms:
            for topic in term.topics:
                self.topic_owners.setdefault(topic, set()).update(self.codes[a] for a in term.weights)
        self._named: dict[str, dict[str, float]] = {}
        self._fit_classifier(examples)
        self._fit_complaint_detector(examples)
        self._index_neighbours([e for e in examples if e.region])
        self._named.clear()  # read while fitting only

    def _topics_named(self, text: str) -> dict[str, float]:
        """The directory's topics a decided complaint names, read once per build (each decision is asked whether it
        is ambiguous, whether it contradicts the directory, once more for its vote, and for the topics it moves)."""
        topics = self._named.get(text)
        if topics is None:
            topics = self._named[text] = self.keywords.topics(self.lexicon.expand(text))
        return topics

    def _fit_classifier(self, examples: list[Example]) -> None:
        positives = tuple(e for e in examples if e.positive and e.code != NONE and not e.region)
        fitted = _classifier(tuple(self.profiles), positives)
        decided = [e for e in examples if e.positive and e.code != NONE and e.region and not self._ambiguous(e)]
        if len(decided) >= 2:
            rows = _matrix([fitted.features(*_training_text(e.text)) for e in decided], fitted.features.size)
            needed = np.array([_CONTRADICTING_AGREEMENT if self._contradicts(e) else 1 for e in decided])
            kept = _corroborated(rows, [e.code for e in decided], needed)
            if kept.any():  # the classifier learns them too, beside the corpus (a lone decision only votes)
                fitted = _fitted_classifier(self.profiles, positives,
                                            [e for e, keep in zip(decided, kept, strict=True) if keep])
        self.features, self.word_names = fitted.features, fitted.word_names
        if fitted.classes:
            self.classes, self.coef, self.intercept = list(fitted.classes), fitted.coef, fitted.intercept

    def _contradicts(self, example: Example) -> bool:
        """A decision naming the directory's topics, none of them its agency's ("ktp hilang" to DISDIK): two such
        decisions worded alike may be one verifier's mistake made twice, so the classifier waits for a third, and
        each votes half (a region that does move a kind is followed through the moved topics' votes)."""
        topics = self._topics_named(example.text)
        return bool(topics) and not any(example.code in self.topic_owners.get(topic, ()) for topic in topics)

    def _ambiguous(self, example: Example) -> bool:
        """A decision naming its agency's topic and another agency's ("sampah di pasar" to the market's office): which
        words decided it is unknown, so the classifier does not learn it (it would learn "sampah" for the market)."""
        owned = [example.code in self.topic_owners.get(topic, ())
                 for topic in self._topics_named(example.text)]
        return any(owned) and not all(owned)

    def _fit_complaint_detector(self, examples: list[Example]) -> None:
        texts = [_detector_text(e.text) for e in examples if e.positive]
        labels = [e.code == NONE for e in examples if e.positive]
        if any(labels) and not all(labels):
            union = FeatureUnion([
                ("words", TfidfVectorizer(analyzer="word", sublinear_tf=True, token_pattern=r"(?u)\b\w+\b")),
                ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True))])
            model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000)
            model.fit(union.fit_transform(texts), labels)
            self.detector = (_Features(union), model.coef_[0], float(model.intercept_[0]))

    def _index_neighbours(self, decided: list[Example]) -> None:
        self.decided = decided
        self.vote_weights = [_CONTRADICTING_VOTE if e.positive and self._contradicts(e) else 1.0 for e in decided]
        named = [self._topics_named(e.text) for e in decided]
        self.decided_topics = [frozenset(topics) for topics in named]
        if decided:
            self.decided_matrix = _matrix([self.features(*_training_text(e.text)) for e in decided],
                                          self.features.size)
        self._index_topics(decided, named)

    def _index_topics(self, decided: list[Example], topics_named: list[dict[str, float]]) -> None:
        """Tally, per directory topic, the decisions that named it and went to an agency the directory does not give
        any of their topics: a decision its own agency's topic explains ("sampah di pasar" to DISPERINDAG, which
        owns "pasar"; drains "di perumahan" to PERKIM, which owns "perumahan") moves nothing."""
        owners = self.topic_owners
        named: dict[str, float] = {}
        moved: dict[str, dict[str, float]] = {}
        explained_to: dict[tuple[str, str], float] = {}
        self.moved_by: dict[tuple[str, str], str] = {}
        for example, topics in zip(decided, topics_named, strict=True):
            if not example.positive:
                continue
            explained = any(example.code in owners[topic] for topic in topics)
            for topic, weight in topics.items():
                named[topic] = named.get(topic, 0.0) + weight
                if explained:
                    key = (topic, example.code)
                    explained_to[key] = explained_to.get(key, 0.0) + weight
                else:
                    tally = moved.setdefault(topic, {})
                    tally[example.code] = tally.get(example.code, 0.0) + weight
                    self.moved_by.setdefault((topic, example.code), example.reference)
        # A decision its own agency's topic explains ("saluran air di perumahan" to PERKIM) moves nothing, but it is
        # no decision against the topic's move to that same agency either.
        self.moved = {topic: {code: n / (named[topic] - explained_to.get((topic, code), 0.0) + _TOPIC_PSEUDO)
                              for code, n in tally.items()} for topic, tally in moved.items()}

    def _topic_votes(self, text: str) -> tuple[dict[str, float], dict[str, str]]:
        """The votes of the region's moved topics the text names (the strongest topic per agency), and the reference
        of a decision that moved it."""
        votes: dict[str, float] = {}
        cited: dict[str, str] = {}
        if not self.moved:
            return votes, cited
        for topic, weight in self.keywords.topics(text).items():
            for code, share in self.moved.get(topic, {}).items():
                if weight * share * _TOPIC_VOTES > votes.get(code, 0.0):
                    votes[code] = weight * share * _TOPIC_VOTES
                    cited[code] = self.moved_by[(topic, code)]
        return votes, cited

    def suggest(self, text: str, limit: int = 3) -> list[Suggestion]:
        """Return up to ``limit`` agencies for the text, best first, each with a short reason; empty: abstain."""
        if not self.profiles:
            return []
        if is_advert(text):  # an offer and a call to act in no one's voice ("jasa ... murah, chat admin sekarang")
            return []
        typed_text, text = text, self.lexicon.expand(text)
        prepared, subject = prepare_with_subject(text, suggesting=True, aside=self.keywords.address_set_aside(text))
        found, place_weighed, matched, named = self.keywords.cited_evidence(text)
        evidence = {self.codes[i]: s for i, s in found.items()}
        if not place_weighed:  # nothing named but the place: it is what the complaint is about
            subject = prepared
        if not prepared:
            return []
        columns, values = self.features(prepared, subject)
        scores = self._classifier_scores(columns, values)
        # A public place's toilet or lamps described is a complaint however few words say it ("wc umum di terminal
        # jorok bgt"): their words weigh like a place, which left the evidence thin enough to abstain on.
        plain = [word for word, _ in self.keywords.flagged_words(text)]
        facility = bool(toilet_water(plain)[1] or own_lamps(plain)[1]) or (
            building_damaged(plain) and max(evidence.values(), default=0.0) >= _BUILDING_EVIDENCE)
        if not facility and self._not_a_complaint(text, evidence, max(scores.values(), default=0.0)):
            return []
        learned = dict(scores)
        total = sum(evidence.values()) or 1.0
        shares = {}
        for code, value in evidence.items():
            shares[code] = _KEYWORD_WEIGHT * (1 - math.exp(-value / 0.8)) * value / total
            scores[code] = scores.get(code, 0.0) + shares[code]
        # Two problems told one after the other: the first named leads (before the region's votes, which may differ).
        first_named_leads(scores, named and (self.codes[named[0]], self.codes[named[1]]))
        cited = self._neighbour_votes(columns, values, scores, self._topic_votes(text),
                                      frozenset(self.keywords.topics(text)) if self.decided else frozenset())
        ranked = sorted(((s, c) for c, s in scores.items() if s >= _KEEP), key=lambda sc: (-sc[0], sc[1]))[:limit]
        keyworded = [(rank, code) for rank, (_, code) in enumerate(ranked)
                     if code not in cited and shares.get(code, 0.0) > learned.get(code, 0.0)]
        # A reason quotes the words as the citizen typed them ("bojone", not the "istri" it was read as).
        typed = as_typed(typed_text, self.lexicon.expand) if ranked else {}
        for rank, code in keyworded:  # the directory's words decided ("dicopet"): the reason, not the classifier's
            cited[code] = _joined("", self._keyword_reason(matched.get(self.codes.index(code), []), strict=rank > 0),
                                  typed)
        return [Suggestion(code, self.names[code], round(min(1.0, score / _TOP_SCORE), 3),
                           cited.get(code) or _joined(
                               self._word_reason(columns, values, code, text, typed, strict=rank > 0),
                               self._keyword_reason(matched.get(self.codes.index(code), []), strict=rank > 0), typed))
                for rank, (score, code) in enumerate(ranked)]

    def _not_a_complaint(self, text: str, evidence: dict[str, float], likeliest: float) -> bool:
        # A short complaint ("sekolah rusak") reads like a greeting to the detector; it is still a complaint
        # when its words are thick with one agency's complaints or keywords.
        if max(evidence.values(), default=0.0) >= _THIN_KEYWORDS or likeliest >= _CLEAR_AGENCY:
            return False
        if self.detector is None:
            return not evidence
        features, coef, intercept = self.detector
        # Every word the citizen typed, as the detector learned them: the words left out of the agency's reading
        # (a public toilet's, "wc umum di terminal jorok") still say it is a complaint.
        columns, values = features(prepare(text))
        probability = 1 / (1 + math.exp(-(float(coef[columns] @ values) + intercept)))
        return probability > _NOT_COMPLAINT

    def _classifier_scores(self, columns: np.ndarray, values: np.ndarray) -> dict[str, float]:
        if not self.classes:
            return {}
        margins = values @ self.coef[columns] + self.intercept
        weights = np.exp(_TEMPERATURE * (margins - margins.max()))
        return dict(zip(self.classes, (weights / weights.sum()).tolist(), strict=True))

    def _neighbour_votes(self, columns: np.ndarray, values: np.ndarray, scores: dict[str, float],
                         topics: tuple[dict[str, float], dict[str, str]], named: frozenset[str] = frozenset()
                         ) -> dict[str, str]:
        """Weigh the region's decided complaints most like the text against the scores; return the reasons.

        Each similar decided complaint is a vote (a partial one when only loosely similar), and the corpus and the
        directory together count as ``_REGION_PRIOR`` votes: one decision moves a suggestion without taking it
        over, several agreeing ones do. A ``KEMBALIKAN`` scales its agency down the same way."""
        if self.decided_matrix is None or not len(columns):
            return {}
        similarity = (self.decided_matrix[:, columns] @ values) / 2  # two unit-norm parts
        votes: dict[str, float] = {}
        against: dict[str, float] = {}
        cited: dict[str, str] = {}
        for index in np.argsort(-similarity, kind="stable")[:_NEIGHBOURS]:
            if similarity[index] < _NEIGHBOUR_MIN:
                break
            example = self.decided[index]
            tally = votes if example.positive else against
            weight = min(1.0, (float(similarity[index]) - _NEIGHBOUR_MIN) / (_NEIGHBOUR_FULL - _NEIGHBOUR_MIN))
            weight *= self.vote_weights[index]
            if self._off_topic(index, named):
                weight *= _OFF_TOPIC_VOTE
            tally[example.code] = tally.get(example.code, 0.0) + weight
            if example.positive and example.code not in cited and similarity[index] >= _NEIGHBOUR_CITED:
                cited[example.code] = f"mirip {example.reference} → {example.code}" if example.reference else ""
        for code, vote in topics[0].items():
            if vote > votes.get(code, 0.0):
                votes[code] = vote
                if code not in cited and topics[1][code]:
                    cited[code] = f"mirip {topics[1][code]} → {code}"
        said = sum(votes.values())
        for code in {*scores, *votes}:
            mixed = (_REGION_PRIOR * scores.get(code, 0.0) + _TOP_SCORE * votes.get(code, 0.0)) / (_REGION_PRIOR + said)
            scores[code] = mixed * _REGION_PRIOR / (_REGION_PRIOR + against.get(code, 0.0))
        return {code: reason for code, reason in cited.items() if reason}

    def _off_topic(self, index: int, named: frozenset[str]) -> bool:
        """Whether a decided complaint is like the text only in how it is told, not in what about: both name the
        directory's topics, they share none, and none of the text's is the decision's agency's ("petugas loket
        kependudukan jutek, ditanya malah dibentak" is no "perawat bangsal judes, ditanya malah dibentak")."""
        theirs = self.decided_topics[index]
        code = self.decided[index].code
        return bool(named and theirs) and not named & theirs and not any(
            code in self.topic_owners.get(topic, ()) for topic in named)

    def _word_reason(self, columns: np.ndarray, values: np.ndarray, code: str, text: str, as_typed: dict[str, str],
                     strict: bool = False) -> str:
        """The text's single words that weigh most for the agency ("kata: limbah, sungai"), as the citizen wrote
        them (a root such as "urus" would read as another word, "kurus", to a verifier)."""
        if code not in self.classes:
            return ""
        words_only = columns < len(self.word_names)
        columns, values = columns[words_only], values[words_only]
        k = self.classes.index(code)
        contribution = self.coef[columns, k] * values
        # Only the agency's own words: ones that point to it more than to any other, and clearly ("kemarin" or
        # "padahal" weigh a little for some agency in every text, and read as nonsense to a verifier).
        # Below the first suggestion a word must point to the agency on its own: weighed strongly, or given to the
        # agency alone by the directory, and naming a topic. "lalu" of "lalu lintas", "kamar" of "kamar penuh" or
        # "anak" weigh as much as a topic word and read as nonsense on a weak third suggestion.
        own = (self.coef[columns].argmax(axis=1) == k) & (self.coef[columns, k] >= _REASON_COEF)
        strong = self.coef[columns, k] >= _REASON_STRONG
        typed: dict[str, str] = {}
        for word in normalize(text).split():
            typed.setdefault(_stem(word), as_typed.get(word, word))
        words = []
        for i in np.argsort(-contribution)[:6]:
            root = self.word_names[columns[i]]
            word = typed.get(root)
            if word is None:  # a word the text's sense added ("kekerasan anak"), not one the citizen wrote
                continue
            # A filing or people word ("lapor", "anak", "warga") may weigh for an agency in the corpus, but names
            # nothing a verifier can check: "DP3A kata: lapor" for "... dicabuli guru ngaji, mau lapor kemana".
            if contribution[i] > 0 and own[i] and _citable(root) and root not in GENERIC_WORDS and (not strict or (
                    strong[i] or {root, word} & self.own_words[code])):
                words.append(word)
        return f"kata: {', '.join(words[:2])}" if words else ""

    def _keyword_reason(self, words: list[str], strict: bool = False) -> str:
        """The directory's words the text matched for an agency, as normalised ("kata: kecopetan"; ``_joined`` quotes
        them as typed); below the first suggestion, not a word that names no topic on its own, nor one the
        vocabulary read as another word (the name's "pendapatan" in "dapet")."""
        words = [w for w in words if _citable(w) and not (strict and (w in GENERIC_WORDS or self._read_as_another(w)))]
        words = words[:2]
        return f"kata: {', '.join(words)}" if words else ""

    def _read_as_another(self, word: str) -> bool:
        known = self.keywords.vocabulary.resolve(word)
        return known is not None and known != word and known not in stem_candidates(word)


def _joined(learned: str, directory: str, typed: dict[str, str]) -> str:
    """The classifier's words for an agency, completed to two by the directory's words the text matched for it
    that name a topic ("kata: perempuan, dicabuli"); the directory's alone when the classifier has none. The
    directory's words are quoted as the citizen typed them (``typed``: "bojone" for "istri")."""
    matched = directory.removeprefix("kata: ").split(", ") if directory else []
    topical = [typed.get(w, w) for w in matched if w not in GENERIC_WORDS]
    if not learned:  # "kata: dipukuli", not "anak, dipukuli" (the phrase "anak dipukul"), unless nothing else
        words = topical or [typed.get(w, w) for w in matched]
        return f"kata: {', '.join(dict.fromkeys(words))}" if words else ""
    words = learned.removeprefix("kata: ").split(", ") + topical
    return f"kata: {', '.join(list(dict.fromkeys(words))[:2])}"


def _citable(word: str) -> bool:
    return word.isalpha() and len(word) > 2 and word not in FUNCTION_WORDS


def rows_as_decisions(rows: Iterable[dict]) -> list[Example]:
    """Evaluation rows replayed as the region's decisions (the row's id stands for the complaint's reference);
    a NONE row is no decision but still teaches what is not a complaint."""
    return [Example(row.get("text") or "", code, reference=row.get("id") or "", region=code != NONE)
            for row in rows for code in [accepted_codes(row)[0]]]


def cross_validate(profiles: Sequence[AgencyProfile], rows: Sequence[dict], folds: int,
                   examples: Sequence[Example] = (), *, as_corpus: bool = False) -> dict:
    """K-fold cross-validation within ``rows``: each fold is judged by a router that learned the other folds as the
    region's decisions (or, with ``as_corpus``, as its corpus: how the shipped corpus itself is judged), beside
    ``examples`` less any text of the file (no row is ever judged by a router that saw it)."""
    held_out = {normalize(row.get("text") or "") for row in rows}
    base = [e for e in examples if normalize(e.text) not in held_out]
    predictions = []
    for fold in range(folds):
        test = rows[fold::folds]
        train = [row for index, row in enumerate(rows) if index % folds != fold]
        learned = ([Example(row.get("text") or "", accepted_codes(row)[0]) for row in train] if as_corpus
                   else rows_as_decisions(train))
        router = LearnedRouter(profiles, [*base, *learned])
        for row in test:
            started = time.perf_counter()
            codes = [s.code for s in router.suggest(row.get("text") or "")]
            predictions.append((row, codes, time.perf_counter() - started))
    return score_predictions(predictions)
