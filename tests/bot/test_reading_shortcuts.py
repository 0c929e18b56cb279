"""The conversation's cheap tests before a pattern (issue 20, the hot path) give what the pattern alone gave: each is
compared with it on the phrasings it is about, near misses included."""

from __future__ import annotations

import random

import pytest

from bot.conversation import story_place

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
