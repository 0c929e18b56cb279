"""The conversation's cheap tests before a pattern (issue 20, the hot path) give what the pattern alone gave: each is
compared with it on the phrasings it is about, near misses included."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from bot.conversation import filing, story_place, understanding

PLACES = ["jl kenari rt 3", "itu jl kenari rt 3", "Perum Griya Kasih blok C", "desa kamoning", "Jl. Pak Kasur 5",
          "JL MAWAR DEPAN SDN 2", "depan masjid al ikhlas", "dsn krajan", "gang 3"]
ENDINGS = ["", " pak", " PAK", " Pak!", " pak ya", ", ya min 🙏", " ya min\n", " makasih pak.", " nggih",
           " pak.ya", " pak?", " pakde", "pak", " ᴘak", " pa\u212a", " min\x1c", " bu 🙏\ufe0f", " ya,, ", " kasih",
           " terima kasih", " deh", "\tmin"]


def test_the_spoken_words_after_a_place_are_found_as_the_pattern_finds_them():
    typed = [place + ending for place in PLACES for ending in ENDINGS]
    chance = random.Random(24)
    manners = sorted(story_place._MANNER_WORDS)
    typed += [f"{chance.choice(PLACES)}{chance.choice([' ', ', ', ','])}{chance.choice(manners)}"
              f"{chance.choice(['', ' ', '.', '!!', ' 🙏'])}" for _ in range(300)]
    for text in typed:
        found, expected = story_place._spoken_after(text), story_place.SPOKEN_AFTER.search(text)
        assert (found and found.span()) == (expected and expected.span()), text


@pytest.mark.parametrize("typed,stored", [
    ("itu jl kenari rt 3 pak", "jl kenari rt 3"), ("desa kamoning ya min 🙏", "desa kamoning"),
    ("Jl. Pak Kasur 5", "Jl. Pak Kasur 5"), ("jl kenari rt 3 pak?", "jl kenari rt 3 pak?"),
])
def test_a_place_is_stored_without_the_words_around_it(typed, stored):
    assert story_place.place_as_stored(typed) == stored


# -- understanding: words read alone without _in_context's call, content words and a yes typed apart ---------------

CORPUS = [row["text"] for row in csv.DictReader(
    (Path(__file__).resolve().parents[2] / "lapor" / "data" / "routing-train.csv").open(encoding="utf-8"))]
IN_CONTEXT = ["my report udah sampe mana", "the report gmn pak", "report", "smp mn laporan saya", "smp 2 rusak",
              "yg ngurus sapa sih", "sp yg bales ini", "dikasih sp", "kagak ade", "ade saya sakit", "masih ade",
              "sudah di tindak lanjuti?", "ada tindak lanjutnya", "KOK BELUM DI PROSES", "dipun proses", "e proses",
              "ampon e proses", "during diproses", "during ada", "gi tadha", "ghi enjek", "gi", "di", "tindak",
              "tindak tindak lanjut", "di di proses", "sapa", "spa", "ho oh", "HO'OH pak", "he eh", "hu um", "hooh",
              "hehe", "hmm", "ho", "oke pakkk", "yaaa", "👍", "👍🏽 pak", "whoah", "Ho ho ho"]


def _standard_words_each_in_context(text: str) -> tuple[str, ...]:
    raw = understanding.WORD.findall(understanding._lowered(text))
    return tuple(part for before, word, after in zip(["", *raw], raw, [*raw[1:], ""], strict=False)
                 for part in understanding._in_context(before, word, after).split())


def _lowered_with_every_pattern(text: str) -> str:
    approving = text and not text.isascii() and understanding.APPROVING.search(text)
    lowered = understanding.APPROVING.sub(" ok ", text) if approving else (text or "")
    return understanding.SPOKEN_YES.sub("ya", understanding.STRETCHED.sub(r"\1", lowered.lower()))


@pytest.mark.parametrize("texts", [CORPUS, IN_CONTEXT], ids=["corpus", "in context"])
def test_words_are_read_in_context_as_before(texts):
    assert [understanding._lowered(text) for text in texts] == [_lowered_with_every_pattern(text) for text in texts]
    assert [understanding._standard_words(text) for text in texts] == [
        _standard_words_each_in_context(text) for text in texts]


def test_content_words_are_a_fresh_list_each_time():
    text = "iya pak, rahasia aja ya"
    first = understanding.content(text)
    first.append("changed")
    assert understanding.content(text) == [w for w in understanding.standard_words(text)
                                           if w not in understanding.FILLER] == first[:-1]
    assert understanding.content(None) == understanding.content("") == []


# -- filing: a place taken back is read by its pattern only where a word of taking back is typed -----------------

TAKEN_BACK = ["bukan di pakis, di tumpang", "BUKAN DI PAKIS, DI TUMPANG", "eh bkn jl mawar tp jl melati",
              "salah, maksudnya di desa sumberejo", "Ralat: gang 3 bukan gang 2", "sanes teng pasar, teng terminal",
              "banne e pasar, e terminal", "keliru pak, di rt 4", "bukane ning kono, ning kene", "ſalah, di desa X",
              "jl mawar, bukan jl melati, dekat sd", "jalan salahsatu", "depan masjid al ikhlas", "gang 3",
              "Jl. Raya Banyuanyar No. 12, Kec. Sampang", "bkan di situ tapi di sana"]


@pytest.mark.parametrize("text", TAKEN_BACK + CORPUS[:100])
def test_a_place_taken_back_is_read_as_the_pattern_reads_it(text):
    if filing.TAKEN_BACK.match(text) is not None:
        assert text.isascii() is False or any(word in text.lower() for word in filing.TAKEN_BACK_WORDS)
    if filing.TAKEN_BACK.match(text) is None:
        assert filing.place_taken_back(text) is None
