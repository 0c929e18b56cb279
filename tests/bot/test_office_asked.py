"""A citizen asking where an agency's office is ("alamat dinas pupr dimana ya", "kantor dlh di mana pak"): the
directory carries no address, so the reply names the agency and how to reach it through this chat, never offers
the question as a request for information nor reads it as a place."""

from __future__ import annotations

import pytest

from tests.parties import Citizen

PUPR = "Dinas Pekerjaan Umum dan Penataan Ruang"
DLH = "Dinas Lingkungan Hidup"


@pytest.mark.parametrize("typed,agency", [
    ("alamat dinas pupr dimana ya", PUPR),
    ("Alamat kantor DLH dimana?", DLH),
    ("kantor dlh di mana pak", DLH),
    ("dinsos alamatnya dmn?", "Dinas Sosial"),
    ("permisi, kantor dinas lingkungan hidup letaknya dimana ya", DLH),
    ("alamat PUPR di mana min", PUPR),
])
def test_where_an_agencys_office_is_names_it_and_how_to_reach_it_here(world, typed, agency):
    reply = Citizen(world).says(typed)
    assert agency in reply and "WhatsApp ini" in reply, reply
    assert "Sepertinya Anda ingin bertanya" not in reply, reply


@pytest.mark.parametrize("typed", ["kantornya dimana", "alamat kantornya dimana min", "kantor pengaduannya di mana?"])
def test_where_the_office_is_without_an_agency_is_the_services_answer(world, typed):
    reply = Citizen(world).says(typed)
    assert "tidak perlu datang ke kantor" in reply and "Sepertinya Anda ingin bertanya" not in reply, reply


@pytest.mark.parametrize("typed", [
    "alamat saya di jl mawar no 3 desa sukamaju",  # the citizen's own address
    "jalan depan kantor dlh berlubang besar, sudah banyak yang jatuh",  # a story by the office
])
def test_an_address_told_or_a_story_by_an_office_is_no_such_question(world, typed):
    reply = Citizen(world).says(typed)
    assert "WhatsApp ini" not in reply or "tidak perlu datang" not in reply, reply


@pytest.mark.parametrize("typed", [
    "alamat rumah pak kades dimana",
    "Alamat rumah kadis PUPR dimana ya?",
    "rumah kepala dinas dlh di mana",
    "alamat rmh pak camat dmn",
    "kediaman kadis dlh dimana pak",
    "domisili kepala DLH dimana",
])
def test_where_someones_home_is_is_not_the_office_asked(world, typed):
    """A home is no office: "alamat rumah pak kades dimana" got the office's answer."""
    reply = Citizen(world).says(typed)
    assert "tidak perlu datang ke kantor" not in reply and "WhatsApp ini" not in reply, reply


@pytest.mark.parametrize("typed,office", [
    ("alamat rumah pak kades dimana", False), ("Alamat rumah kadis PUPR dimana ya?", False),
    ("alamat rmh pak camat dmn", False), ("kediaman kadis dlh dimana", False),
    ("alamat dinas pupr dimana", True), ("alamat kantor pak kades dimana", True),  # near misses: offices
])
def test_a_home_never_bears_out_the_office_topic(typed, office):
    """The reading itself: were every word of a home's question the service's, it would still not be the office's."""
    from bot.commands import words
    from bot.conversation.understanding import _topic_borne_out

    assert _topic_borne_out("office", words(typed)) is office
