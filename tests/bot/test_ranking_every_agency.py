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
    assert "Belum ada disposisi: DINKES" in ranking and "belum ada disposisi)" not in ranking, ranking


@pytest.mark.parametrize("typed", ["dinas mana yg paling banyak laporannya?", "data per opd", "jumlah aduan per dinas"])
def test_the_count_per_agency_names_every_active_agency_with_zeros(people, typed):
    filed_and_forwarded(people, photo=False)
    reply = people["supervisor"].says(typed)
    assert "1. DLH 1" in reply, reply
    for code in ("PUPR", "DINKES", "DINSOS"):
        assert re.search(rf"\d+\. {code} 0\b", reply), reply
    assert "PLN" not in reply, reply


def _digest(world, ranking, overdue: int) -> str:
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from bot.digests import _lines
    from bot.outbox import MAX_CHARS
    from lapor.stats import OVERDUE_LISTED, Figures

    local = datetime(2026, 11, 24, 8, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
    late = [(f"LPR-{n}", f"OPD{n % 30:02d}", local - timedelta(days=n))
            for n in range(1001, 1001 + min(overdue, OVERDUE_LISTED))]
    figures = Figures(new_since=3, waiting_verification=2, open_dispositions=60, overdue=overdue, overdue_oldest=late,
                      finished_in_window=4, done_this_year=50, total_this_year=90, avg_first_response=1.5,
                      ranking=ranking, unanswered=overdue, unanswered_oldest=[(ref, code) for ref, code, _ in late],
                      verification_late=overdue, ratings=7, avg_rating=3.5, reopenings=2, carried_this_year=5)
    text = "\n".join(_lines(figures, None, local, "Ringkasan pagi", False, 3, [], 2026, False,
                            services(world).region.calendar))
    assert len(text) <= MAX_CHARS, len(text)
    return text


def _ranks(active: int, idle: int):
    from lapor.stats import AgencyRank

    # best first, as lapor.stats._ranking sorts them; the idle ones after, by code
    return ([AgencyRank(f"OPD{n:02d}", 10, 10 - n // 4, n, 1.0) for n in range(active)]
            + [AgencyRank(f"IDLE{n:02d}", 0, 0, 0, None) for n in range(idle)])


@pytest.mark.parametrize("overdue", [0, 3, 40])
def test_a_long_ranking_keeps_the_worst_active_agencies_and_names_the_idle_in_one_line(world, overdue):
    text = _digest(world, _ranks(30, 10), overdue)
    ranking = text[text.index("Peringkat instansi"):]
    assert "1. OPD00" in ranking and "30. OPD29" in ranking, ranking  # the top and the worst active one
    assert "belum ada disposisi)" not in ranking and "Belum ada disposisi: IDLE00, IDLE01" in ranking, ranking


@pytest.mark.parametrize("room", [900, 400, 120, 40, 0, -50])
def test_a_ranking_never_exceeds_its_room(room):
    from bot.digests import _ranking_lines

    lines = _ranking_lines(_ranks(30, 10), room)
    assert len("\n".join(lines)) <= max(room, 0), (room, lines)
    if lines and room >= 120:
        assert "OPD29" in "\n".join(lines), lines  # the worst active agency before any idle one


def test_a_ranking_that_fits_is_whole(world):
    text = _digest(world, _ranks(5, 3), 0)
    assert "5. OPD04" in text and "instansi lain" not in text and "IDLE02" in text, text
