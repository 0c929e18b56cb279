"""The webhook's cheap tests before a pattern or a computation (issue 20, the hot path) give what the code without
them gave: each shortcut is compared with the code it stands before, on the shipped routing corpus (how citizens
type) and on the phrasings each one is about, near misses included."""

from __future__ import annotations

import csv
import math
import random
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from lapor import complaints, dictation, duplicates, textnorm
from lapor.bridge.privacy import OWN_NUMBER_MASK, PHONE_MASK
from lapor.complaints import Draft

CORPUS = [row["text"] for row in csv.DictReader(
    (Path(__file__).resolve().parents[2] / "lapor" / "data" / "routing-train.csv").open(encoding="utf-8"))]


# -- textnorm.normalize: the phrase and courtesy patterns run only where they can match ----------------------------

def _normalized_with_every_pattern(text: str) -> str:
    """normalize as it was: both patterns run on every text."""
    cleaned = textnorm._clean(text or "")
    if " " in cleaned:
        cleaned = textnorm._PHRASE.sub(lambda m: textnorm._PHRASES[m.group(0)], cleaned)
    words = [textnorm.known_word(word) for word in cleaned.split()]
    return " ".join(textnorm._COURTESY.sub(" ", " ".join(words)).split())


PHRASED = [f"{before} {phrase} {after}" for phrase in textnorm._PHRASES
           for before, after in (("", ""), ("jalan rusak", "tolong"), ("SAYA", "!"))] + [
    "in front of the school", "IN FRONT OF pasar", "in  front of", "in\nfront of", "Id-card hilang", "id_card",
    "in front ofx", "xin front of", "ka lembur abdi", "SA PU LAKI pukul sa", "dia pu motor", "de pung laki",
    "street-light mati", "traffic jam tiap pagi", "tanah urug longsor", "e-warung tutup", "api kabar pak",
    "mohon izin bertanya", "PERMISI pak", "izin lapor", "minta izin menyampaikan", "izinnya habis", "perizinan",
    "permisinya", "izin usaha", "sa", "pu", "saya pu", "kaka pu", "", "   ", "👍", "anak2 jalanan", "anak-anak jalanan",
]


@pytest.mark.parametrize("texts", [CORPUS, PHRASED], ids=["corpus", "phrases"])
def test_normalize_reads_as_it_did_with_every_pattern(texts):
    assert [textnorm.normalize(text) for text in texts] == [_normalized_with_every_pattern(text) for text in texts]


def test_every_phrase_starts_with_two_words():
    """_PHRASE_OPENINGS holds a phrase's first two words: a phrase of one word would need its first word alone."""
    assert not textnorm._ONE_WORD_PHRASE
    assert all(len(phrase.split()) >= 2 for phrase in textnorm._PHRASES)


# -- dictation: the spoken-mark pattern runs only on a text that can hold one ------------------------------------

SAID = ["jalan rusak titik", "koma", "Titik", "TANDA tanya", "tanda  seru", "tanda\ntanya", "tandatangan kades",
        "komando", "titiknya", "pasien koma", "ᴋoma", "\u212aoma", "titİk", "tit1k", "kom a", "ta nda tanya",
        "lampu mati 3 titik", "harga 2 koma 5", "", "  "]


@pytest.mark.parametrize("text", SAID + CORPUS[:200])
def test_the_cheap_test_of_dictation_never_hides_a_spoken_mark(text):
    if not dictation._may_be_spoken(text):
        assert dictation.SPOKEN.search(text) is None


def test_the_cheap_test_of_dictation_passes_what_may_be_spoken():
    assert all(dictation._may_be_spoken(text) for text in ("titik", "KOMA", "Tanda tanya", "ᴋoma", "tandatangan"))
    assert not dictation._may_be_spoken("jalan rusak parah")


# -- lapor.complaints: a clause's words and the story as filed computed once ------------------------------------

def test_a_clauses_words_are_a_fresh_list_each_time():
    first = complaints._words("Atas nama tetangga saya bu Sumiati,")
    first.append("changed")
    assert complaints._words("Atas nama tetangga saya bu Sumiati,") == ["atas", "nama", "tetangga", "saya", "bu",
                                                                        "sumiati"]


class _Citizen:
    def __init__(self, phone: str, name: str):
        self.phone, self.display_name = phone, name


STORIES = ["Yth. Bapak Bupati, saya Budi dari RT 3 mau lapor jalan rusak parah 081234567890",
           "ASSALAMUALAIKUM PAK, LAMPU PJU DI JL MAWAR MATI SUDAH SEMINGGU",
           "Fwd: info dari grup, ttd ketua rt 05 (0812-3456-7890) sampah numpuk",
           "anjing bgt ni jalan rusak terus"]


@pytest.mark.parametrize("story", STORIES)
def test_the_story_as_filed_is_each_reporters_own(story):
    """The cached story is keyed by everything it reads: an anonymous reporter's own number and name are masked in
    their story, never in another's."""
    budi, siti = _Citizen("+6281234567890", "Budi Santoso"), _Citizen("+6289876543210", "Siti Rahma")
    for privacy in ("biasa", "rahasia", "anonim"):
        for citizen in (budi, siti, budi):
            draft = Draft(description=story, privacy=privacy)
            assert complaints.as_filed(draft, citizen) == complaints._story_as_filed.__wrapped__(
                story, privacy == "anonim", citizen.phone if privacy == "anonim" else None,
                citizen.display_name if privacy == "anonim" else None,
                complaints._places_near(citizen) if privacy == "anonim" else frozenset())
    assert complaints.as_filed(Draft(description=story, privacy="biasa"), None) == complaints.as_filed(
        Draft(description=story, privacy="rahasia"), budi)


def test_an_anonymous_story_masks_its_own_reporter_only():
    story = "saya Budi dari RT 3, jalan rusak, hubungi 081234567890"
    budi, siti = _Citizen("+6281234567890", "Budi Santoso"), _Citizen("+6289876543210", "Siti Rahma")
    masked = complaints.as_filed(Draft(description=story, privacy="anonim"), budi)
    assert "Budi" not in masked and "081234567890" not in masked
    # in another's story the number is no reporter's own: masked as a mobile said of no one (docs/privacy.md)
    theirs = complaints.as_filed(Draft(description=story, privacy="anonim"), siti)
    assert OWN_NUMBER_MASK in masked and OWN_NUMBER_MASK not in theirs and PHONE_MASK in theirs, theirs


# -- lapor.duplicates: the scorer in fewer calls ---------------------------------------------------------------

def _old_score_if_possible(a, b, min_score):
    place = _old_place_score(a, b)
    if place is not None and 100 * (place / 100) ** (1 - duplicates.TEXT_WEIGHT) < min_score:
        return None
    return _old_combine(_old_text_score(a, b), place)


def _old_combine(text, place):
    if place is None:
        return round(text * duplicates.NO_PLACE_FACTOR, 1)
    return round(100 * (text / 100) ** duplicates.TEXT_WEIGHT * (place / 100) ** (1 - duplicates.TEXT_WEIGHT), 1)


def _old_text_score(a, b):
    (words_a, text_a), (words_b, text_b) = _old_content_beside(a, b.place), _old_content_beside(b, a.place)
    if not words_a or not words_b:
        return 0.0
    dice = 2 * _old_matched(words_a, a, words_b, b) / (len(words_a) + len(words_b))
    return 0.4 * fuzz.ratio(text_a, text_b) + 60 * dice


def _old_content_beside(features, other_place):
    if other_place.isdisjoint(features.content):
        return features.content, features.content_sorted
    words = features.content - other_place
    return words, " ".join(sorted(w for w in features.text.split() if w in words))


def _old_matched(words_a, a, words_b, b):
    count = 0
    long_b = b.typo_choices if words_b is b.content else [w for w in words_b if len(w) >= duplicates.TYPO_MIN_LENGTH]
    for word in words_a:
        if word in words_b or any(other in words_b for stem in a.stems[word] for other in b.by_stem.get(stem, ())):
            count += 1
        elif len(word) >= duplicates.TYPO_MIN_LENGTH and duplicates._typo_of_one(word, long_b):
            count += 1
    return min(count, len(words_b))


def _old_place_score(a, b):
    if a.pin and b.pin:
        metres = duplicates._distance(a.pin, b.pin)
        return max(0.0, min(1.0, (duplicates.FAR_METRES - metres) / (duplicates.FAR_METRES - duplicates.NEAR_METRES))
                   ) * 100
    if a.place and b.place:
        count = sum(1 for word in a.place if word in b.place or (
            not word.isdigit() and len(word) >= duplicates.TYPO_MIN_LENGTH and duplicates._typo_of_one(
                word, b.place_names)))
        matched = min(count, len(b.place))
        return 50 * matched / min(len(a.place), len(b.place)) + 100 * matched / (len(a.place) + len(b.place))
    return None


PLACES = ["Jl. Raya Tapaan depan SDN Tapaan 1, Omben", "depan SDN Tapaan 1", "Jl Mawar RT 05 RW 02 Banyuanyar",
          "Desa Banyuanyr kec sampang", "Pasar Omben", "Jl. Raya Taddan depan SDN Taddan 2, Camplong", "",
          "dusun krajan desa tapaan", "jalan raya banyuanyar no 12 kec sampang", "Banyuanyar",
          "RT.005 RW 2 kampung baru", "gang melati 3 dekat masjid al ikhlas",
          "jalan rusak dekat pasar"]  # its words are a story's too


def _features_to_compare() -> list:
    chance = random.Random(20)
    found = []
    for text in CORPUS[:160]:
        pin = (-7.19 - chance.random() / 100, 113.2 + chance.random() / 100) if chance.random() < 0.2 else (None, None)
        found.append(duplicates._cached_features(text, chance.choice(PLACES), *pin))
        words = text.split()  # the same story retold: words in another order, some cut short (a typo or a stem)
        chance.shuffle(words)
        retold = " ".join(w[:-1] if len(w) > 6 and chance.random() < 0.3 else w for w in words)
        found.append(duplicates._cached_features(retold, chance.choice(PLACES), None, None))
    return found


def test_the_scorer_scores_as_it_did():
    features = _features_to_compare()
    chance = random.Random(21)
    pairs = [(chance.choice(features), chance.choice(features)) for _ in range(700)]
    pairs += [(a, b) for a, b in zip(features[::2], features[1::2], strict=True)]  # a story and its retelling
    for a, b in pairs:
        for min_score in (0.0, 30.0, duplicates.DEFAULT_MIN_SCORE):
            assert duplicates._score_if_possible(a, b, min_score) == _old_score_if_possible(a, b, min_score)
        assert duplicates.similarity(a, b) == _old_combine(_old_text_score(a, b), _old_place_score(a, b))
        assert duplicates._place_score(a, b) == _old_place_score(a, b)
    scores = [duplicates._score_if_possible(a, b, 0.0) for a, b in pairs]
    assert len({score for score in scores if score is not None}) > 50  # the pairs span the scale, not one figure
    assert not any(score is not None and math.isnan(score) for score in scores)
