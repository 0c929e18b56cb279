"""New citizens played by hand (session 30, branch citizens18): a number past its budget told when it starts, not at
KIRIM; RT/RW typed with dots and slashes kept in a place read from the story; "sama", "plus", "ditambah" joining
two problems; a withdrawal waiting for staff shown in STATUS; a satisfied rating with thanks closed kindly; thanks
said twice at the summary; a forwarded group message's wrapping left out of the story filed; and each photo's
caption kept when ten come one by one."""

from __future__ import annotations

import pytest

from bot.conversation import understanding
from bot.conversation.story_place import place_in_story
from tests.parties import Citizen


@pytest.fixture
def citizen(app):
    return Citizen(app)


# 2. RT/RW typed with dots or slashes inside a story ---------------------------------------------------------------
# "gang mawar rt.03/rw.05 sampah numpuk" was offered as "gang mawar": the dot after "rt" ended the address (only an
# abbreviation's dot such as "jl." went on), and "rt03", typed with no space, was no marker at all. Spaced forms kept
# it. An alley opening the story ("gang mawar …", with no "di") was no place either.

@pytest.mark.parametrize("story,place", [
    ("gang mawar rt.03/rw.05 sampah numpuk", "gang mawar rt.03/rw.05"),
    ("sampah numpuk di gang mawar rt.3/rw.5 sudah seminggu", "gang mawar rt.3/rw.5"),
    ("sampah numpuk di gang mawar RT03/RW05 sudah seminggu", "gang mawar RT03/RW05"),
    ("sampah numpuk di gang mawar rt3 rw5 sudah seminggu", "gang mawar rt3 rw5"),
    ("lampu jalan mati di jl kenanga rt.02 rw.04 desa sukamaju, gelap", "jl kenanga rt.02 rw.04 desa sukamaju"),
    ("got mampet di perum griya asri blok c rt 03/rw 05 meluap", "perum griya asri blok c rt 03/rw 05"),
    ("jalan berlubang di dusun krajan RT.01/RW.02 kec. omben", "dusun krajan RT.01/RW.02 kec. omben"),
    # spaced forms, as before
    ("gang mawar rt 03 rw 05 sampah numpuk", "gang mawar rt 03 rw 05"),
    ("sampah numpuk di gang mawar rt 3 rw 5 sudah seminggu", "gang mawar rt 3 rw 5"),
])
def test_rt_and_rw_typed_with_dots_or_slashes_stay_in_the_place(story, place):
    assert place_in_story(story) == place


@pytest.mark.parametrize("story,place", [
    ("warga rt.05 mengeluh sampah numpuk di jl melati", "jl melati, rt.05"),  # an RT alone goes with the street
    ("pak rt minta uang 50rb tiap bulan di desa sukamaju", "desa sukamaju"),  # the RT's head: no place
    ("pak rt.05 minta uang 50rb tiap bulan di desa sukamaju", "desa sukamaju, rt.05"),  # as "pak rt 05" is read
    ("gang sempit di desa sukamaju becek", "desa sukamaju"),  # an alley with no name
])
def test_an_rt_with_a_dot_alone_or_its_head_is_read_as_before(story, place):
    assert place_in_story(story) == place


def test_a_story_with_rt_rw_typed_with_dots_offers_them_back(citizen):
    citizen.says("gang mawar rt.03/rw.05 sampah numpuk sudah seminggu ga diangkut")
    citizen.says("ya")
    reply = citizen.says("1")
    assert "RT 03/RW 05" in reply, reply
    citizen.says("ya")
    citizen.says("LEWATI")
    assert "Lokasi: gang mawar RT 03/RW 05" in citizen.says("2")  # the summary shows the place as filed


# 3. Two things broken joined by "sama", "plus", "ditambah" -------------------------------------------------------
# firsts5 made "jalan rusak dan sampah numpuk" two reports, one at a time; "sama" (and, in chat), "plus", "ditambah"
# still made one. "terus juga" and "dan juga" split, but the second began "juga sampah …".

@pytest.mark.parametrize("story,first,second", [
    ("jalanan rusak sama sampah numpuk", "jalanan rusak", "sampah numpuk"),
    ("jalan rusak sama sampah numpuk di gang 5", "jalan rusak", "sampah numpuk di gang 5"),
    ("lampu jalan mati ama sampah numpuk di gang 3", "lampu jalan mati", "sampah numpuk di gang 3"),
    ("jalan rusak plus lampu mati di jl kenanga", "jalan rusak", "lampu mati di jl kenanga"),
    ("jalan berlubang ditambah lampu pju mati", "jalan berlubang", "lampu pju mati"),
    ("jalan rusak, plus sampah numpuk", "jalan rusak", "sampah numpuk"),
    ("jalan rusak terus juga sampah numpuk", "jalan rusak", "sampah numpuk"),
    ("jalan rusak dan juga sampah numpuk di gang 5", "jalan rusak", "sampah numpuk di gang 5"),
])
def test_two_things_broken_joined_in_chat_words_are_two_problems(story, first, second):
    assert understanding.another_problem(story) == (first, second)


@pytest.mark.parametrize("story", [
    "jalan rusak sama tetangga udah lapor ke desa",  # with the neighbours
    "jalan rusak sama aja kayak kemarin",  # the same
    "rusaknya sama kayak kemarin, jalan berlubang",
    "lampu mati sama kayak jalan yang rusak",  # like
    "sampah numpuk sama kayak di pasar",
    "jalan rusak sama jalan yang kemarin",  # the same thing
    "lampu mati sama jalan jadi gelap",  # what follows from it
    "sampah sama limbah numpuk di kali",  # two things, one fault
])
def test_sama_meaning_with_or_alike_keeps_one_problem(story):
    assert understanding.another_problem(story) is None


def test_a_story_joined_by_sama_is_filed_one_problem_at_a_time(citizen):
    citizen.says("jalanan rusak sama sampah numpuk di gang 5 desa sukamaju")
    reply = citizen.says("ya")
    assert "dua masalah" in reply and '"jalanan rusak"' in reply, reply
    assert citizen.draft()["next_story"] == "sampah numpuk di gang 5 desa sukamaju"
