"""The supervisors' ranking on WhatsApp (REKAP, the morning digest, "peringkat opd?") names every active agency of
the region as /kinerja does, those with no disposition this year too (they vanished, and a supervisor could not
tell an idle agency from one left out); a long list keeps the top and the bottom and says how many between."""

from __future__ import annotations

import re

import pytest

from models import Agency
from services import services
from tests.parties import filed_and_forwarded


def _ranking(reply: str) -> str:
    return reply[reply.index("Peringkat instansi"):]


@pytest.mark.parametrize("typed", ["REKAP", "peringkat opd?", "dinas mana yg paling lambat?", "rekap minggu ini"])
def test_agencies_without_dispositions_are_named(people, typed):
    filed_and_forwarded(people, photo=False)
    ranking = _ranking(people["supervisor"].says(typed))
    assert "1. DLH" in ranking, ranking
    for code in ("PUPR", "DINKES", "DINSOS"):  # nothing this year: named, with no percentage
        assert code in ranking, ranking
    assert "PLN" not in ranking  # an external body is not the region's to rank


def test_an_inactive_agency_is_not_named(people, world):
    with services(world).session_factory.begin() as session:
        session.add(Agency(code="BAPPEDA", name="Bappeda", aliases=[], keywords=[], active=False))
    filed_and_forwarded(people, photo=False)
    assert "BAPPEDA" not in _ranking(people["supervisor"].says("REKAP"))


def test_a_long_ranking_keeps_its_top_and_bottom(people, world):
    with services(world).session_factory.begin() as session:
        session.add_all([Agency(code=f"OPD{n:02d}", name=f"Dinas Contoh {n}", aliases=[], keywords=[])
                         for n in range(1, 91)])
    filed_and_forwarded(people, photo=False)
    reply = people["supervisor"].says("REKAP")
    ranking = _ranking(reply)
    assert "1. DLH" in ranking and "OPD01" in ranking and "PUPR" in ranking, ranking  # top and bottom
    assert len(reply) <= 1600, len(reply)
    assert re.search(r"\d+ instansi lain", ranking), ranking


@pytest.mark.parametrize("typed", ["dinas mana yg paling banyak laporannya?", "data per opd", "jumlah aduan per dinas"])
def test_the_count_per_agency_names_every_active_agency_with_zeros(people, typed):
    filed_and_forwarded(people, photo=False)
    reply = people["supervisor"].says(typed)
    assert "1. DLH 1" in reply, reply
    for code in ("PUPR", "DINKES", "DINSOS"):
        assert re.search(rf"\d+\. {code} 0\b", reply), reply
    assert "PLN" not in reply, reply
