"""Reopenings (TIDAK PUAS) per agency and for the region, counted by hand: two agencies, two reopenings.

LPR-1 goes to DLH on 2 March; DLH answers; the citizen reopens it on 4 March (1st); the verifier adds PUPR on
5 March; both answer; the citizen reopens it again on 10 March (2nd). DLH had the complaint before both
reopenings, PUPR only before the second: DLH 2, PUPR 1, the region 2 (each reopening once).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from lapor import complaints, dispositions, performance
from models import Agency, Complaint, Contact

NOW = datetime(2026, 3, 31, 3, 0, tzinfo=UTC)
MARCH = performance.Filters(datetime(2026, 2, 28, 17, tzinfo=UTC), datetime(2026, 3, 31, 17, tzinfo=UTC))


def at(day: int, hour: int) -> datetime:
    """A Jakarta wall-clock time in March 2026 as UTC."""
    return datetime(2026, 3, day, hour - 7, tzinfo=UTC)


@pytest.fixture
def reopened_twice(svc):
    region = svc.region
    with svc.session_factory.begin() as s:
        dlh, pupr = Agency(code="DLH", name="Dinas Lingkungan Hidup"), Agency(code="PUPR", name="Dinas PU")
        verifier = Contact(phone="+6281100000001", role="verifier", name="Rina")
        dlh_officer = Contact(phone="+6281100000020", role="officer", name="Dewi", agency=dlh)
        pu_officer = Contact(phone="+6281100000010", role="officer", name="Budi", agency=pupr)
        citizen = Contact(phone="+6281234567890", name="Siti")
        s.add_all([dlh, pupr, verifier, dlh_officer, pu_officer, citizen])
        s.flush()
        complaint = Complaint(number=1, citizen=citizen, kind="pengaduan", title="Jalan berlubang",
                              description="x" * 30, status=complaints.NEW, created_at=at(2, 9), updated_at=at(2, 9))
        s.add(complaint)
        s.flush()
        (first,) = dispositions.assign(s, complaint, [dlh], verifier, at(2, 9), region)
        dispositions.follow_up(s, first, dlh_officer, "Sudah ditambal", at(3, 10), region, final=True)
        complaints.rate(s, complaint, 1, at(4, 9))
        dispositions.reopen(s, complaint, "Masih berlubang", at(4, 10), region)            # 1st: DLH only
        (second,) = dispositions.assign(s, complaint, [pupr], verifier, at(5, 9), region)
        dispositions.follow_up(s, first, dlh_officer, "Ditambal ulang", at(6, 10), region, final=True)
        dispositions.follow_up(s, second, pu_officer, "Drainase dibersihkan", at(9, 10), region, final=True)
        complaints.rate(s, complaint, 2, at(10, 9))
        dispositions.reopen(s, complaint, "Tergenang lagi", at(10, 10), region)            # 2nd: DLH and PUPR
        return {"DLH": dlh.id, "PUPR": pupr.id}


def test_each_agency_counts_the_reopenings_after_it_got_the_complaint(reopened_twice, session):
    rows = {row.code: row.reopened for row in performance.agency_rows(session, MARCH, NOW)}
    assert rows == {"DLH": 2, "PUPR": 1}


def test_the_region_counts_each_reopening_once(reopened_twice, session):
    assert performance.totals(session, MARCH, NOW).reopened == 2


def test_a_head_sees_their_own_agency_count(reopened_twice, session):
    scoped = performance.Filters(MARCH.start, MARCH.end, agency_id=reopened_twice["PUPR"])
    assert performance.totals(session, scoped, NOW).reopened == 1


@pytest.mark.parametrize("code", ["DLH", "PUPR"])
def test_the_list_behind_an_agency_reopened_figure_is_the_complaint(reopened_twice, session, code):
    scoped = performance.Filters(MARCH.start, MARCH.end, agency_id=reopened_twice[code])
    condition = performance.figure_condition("reopened", scoped, NOW)
    assert session.scalar(select(func.count()).select_from(Complaint).where(condition)) == 1


def test_the_facts_kept_through_both_reopenings_equal_a_rebuild(reopened_twice, svc):
    from lapor import facts
    from tests.lapor.test_performance import stored_facts

    with svc.session_factory() as session:
        kept = stored_facts(session)
        facts.rebuild(session)
        assert stored_facts(session) == kept
        session.rollback()
