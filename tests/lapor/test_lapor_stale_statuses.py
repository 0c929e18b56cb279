"""SP4N-LAPOR! statuses that are not newer than what happened here: returns, reopenings and our own questions win.

LAPOR is told of dispositions and follow-ups, never of a return, a citizen's reopening or a question asked here, so
the status a pull or an import reads may predate them.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lapor.bridge.reports import ApplyResult, Report, apply_report
from models import Complaint
from services import services
from tests.parties import file, make_people
from tests.scheduler.test_ladders import at, reminders, tick


@pytest.fixture
def people(world, clock):
    clock.now = at(2026, 8, 13)  # Thursday; Monday 17 August is Independence Day
    return make_people(world)


def _track(world, tracking="TRK-1"):
    """LPR-1 went to SP4N-LAPOR! (what the HTTP sync's submit records)."""
    with services(world).session_factory.begin() as session:
        session.scalars(select(Complaint).where(Complaint.number == 1)).one().lapor_tracking_id = tracking


def _pulled(world, status, when, agencies=("DLH",), tracking="TRK-1") -> ApplyResult:
    svc = services(world)
    result = ApplyResult()
    with svc.session_factory.begin() as session:
        apply_report(session, Report(tracking, status, agencies=list(agencies)), when, svc.region, result)
    return result


def _complaint(world):
    with services(world).session_factory() as session:
        complaint = session.scalars(select(Complaint)).one()
        return complaint.status, {d.agency.code: d.status for d in complaint.dispositions}


def _dispositioned_and_tracked(people, world, agencies="DLH"):
    file(people["citizen"], photo=False)
    people["verifier"].says(f"TERUSKAN LPR-1 {agencies}")
    _track(world)


def test_a_returned_complaint_stays_with_the_verifier_and_its_reminders_run_after_a_pull(people, world, clock):
    _dispositioned_and_tracked(people, world)
    clock.now = at(2026, 8, 13, 11, 0)
    assert "dikembalikan" in people["dlh1"].says("KEMBALIKAN LPR-1 Ini kewenangan PUPR, bukan kami")
    # SP4N-LAPOR! was never told of the return: it still shows the report dispositioned to DLH
    assert _pulled(world, "belum_ditindaklanjuti", at(2026, 8, 13, 12, 0)).status_changes == 0
    assert _complaint(world) == ("belum_terverifikasi", {"DLH": "returned"})
    tick(world, clock, at(2026, 8, 14, 11, 30))          # one working day after the return
    assert len(reminders(people["verifier"])) == 1, "nobody is reminded of the returned complaint"


def test_a_stale_proses_does_not_count_as_the_next_agencys_follow_up(people, world, clock):
    _dispositioned_and_tracked(people, world)
    _pulled(world, "proses", at(2026, 8, 13, 11, 0))     # DLH followed up in LAPOR
    clock.now = at(2026, 8, 13, 13, 0)
    people["dlh1"].says("KEMBALIKAN LPR-1 Ini kewenangan PUPR, bukan kami")
    people["verifier"].says("TERUSKAN LPR-1 PUPR")
    _pulled(world, "proses", at(2026, 8, 13, 14, 0), agencies=("DLH",))  # LAPOR still shows DLH's Proses
    assert _complaint(world) == ("belum_ditindaklanjuti", {"DLH": "returned", "PUPR": "open"})
    tick(world, clock, at(2026, 8, 14, 13, 30))
    assert len(reminders(people["pupr"])) == 1, "PUPR is taken for having answered and never chased"


def test_a_citizens_reopening_is_not_undone_by_the_selesai_lapor_showed_before(people, world, clock):
    _dispositioned_and_tracked(people, world)
    clock.now = at(2026, 8, 14, 9, 0)
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut")
    _pulled(world, "selesai", at(2026, 8, 14, 9, 30))   # LAPOR got the final answer: selesai there too
    clock.now = at(2026, 8, 14, 11, 0)
    assert "buka kembali" in people["citizen"].says("TIDAK PUAS sampahnya menumpuk lagi di tempat yang sama")
    _pulled(world, "selesai", at(2026, 8, 14, 11, 30))  # the next pull: LAPOR still says selesai
    assert _complaint(world) == ("proses", {"DLH": "open"})


def test_a_reopening_after_lapor_closed_the_complaint_is_not_undone_either(people, world, clock):
    _dispositioned_and_tracked(people, world)
    _pulled(world, "selesai", at(2026, 8, 14, 9, 30))   # finished in LAPOR first: applied here
    assert _complaint(world) == ("selesai", {"DLH": "final"})
    clock.now = at(2026, 8, 14, 11, 0)
    assert "buka kembali" in people["citizen"].says("TIDAK PUAS sampahnya menumpuk lagi di tempat yang sama")
    _pulled(world, "selesai", at(2026, 8, 14, 11, 30))
    assert _complaint(world) == ("proses", {"DLH": "open"})


def test_a_selesai_after_lapor_moved_past_the_reopening_finishes_it(people, world, clock):
    _dispositioned_and_tracked(people, world)
    clock.now = at(2026, 8, 14, 9, 0)
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut")
    clock.now = at(2026, 8, 14, 11, 0)
    people["citizen"].says("TIDAK PUAS sampahnya menumpuk lagi di tempat yang sama")
    _pulled(world, "tertunda", at(2026, 8, 14, 12, 0))   # LAPOR's admin acts after the reopening
    _pulled(world, "selesai", at(2026, 8, 18, 10, 0))
    assert _complaint(world) == ("selesai", {"DLH": "final"})


def test_a_pull_does_not_lift_an_officers_question_lapor_knows_nothing_of(people, world, clock):
    _dispositioned_and_tracked(people, world)
    clock.now = at(2026, 8, 13, 10, 30)
    assert "dikirim" in people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    # the question is never pushed to SP4N-LAPOR!: it still shows the report waiting for DLH
    assert _pulled(world, "belum_ditindaklanjuti", at(2026, 8, 13, 11, 0)).status_changes == 0
    _pulled(world, "proses", at(2026, 8, 13, 11, 30))
    assert _complaint(world)[0] == "tertunda"
    for day in (14, 18, 19, 20):                      # the citizen takes a week to answer: DLH's ladder waits
        tick(world, clock, at(2026, 8, day, 11, 30))
    assert reminders(people["dlh1"]) == [] and reminders(people["supervisor"]) == []


def test_a_hold_from_lapor_is_lifted_by_a_pull(people, world, clock):
    _dispositioned_and_tracked(people, world)
    _pulled(world, "tertunda", at(2026, 8, 13, 11, 0))
    _pulled(world, "proses", at(2026, 8, 13, 12, 0))
    assert _complaint(world) == ("proses", {"DLH": "open"})
    tick(world, clock, at(2026, 8, 14, 12, 30))
    assert reminders(people["dlh1"]) == [], "DLH followed up in LAPOR"


def test_a_hold_from_lapor_answered_here_is_not_put_back_by_the_same_tertunda(people, world, clock):
    _dispositioned_and_tracked(people, world)
    _pulled(world, "tertunda", at(2026, 8, 13, 10, 15))  # a LAPOR admin put it on hold there
    clock.now = at(2026, 8, 13, 10, 30)
    people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    clock.now = at(2026, 8, 13, 11, 0)
    people["citizen"].says("Di sisi timur pasar, dekat pintu masuk parkir")
    assert _complaint(world)[0] == "belum_ditindaklanjuti"
    _pulled(world, "tertunda", at(2026, 8, 13, 12, 0))   # LAPOR still shows the hold we applied
    assert _complaint(world)[0] == "belum_ditindaklanjuti"
    clock.now = at(2026, 8, 13, 13, 0)
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut")
    assert _complaint(world)[0] == "selesai"


def test_a_hold_from_lapor_lifted_by_belum_ditindaklanjuti_keeps_proses_and_chases_the_silent_agency(
        people, world, clock):
    _dispositioned_and_tracked(people, world, agencies="DLH, PUPR")
    clock.now = at(2026, 8, 13, 10, 30)
    people["dlh1"].says("TL LPR-1 Petugas dijadwalkan ke lokasi")
    _pulled(world, "tertunda", at(2026, 8, 13, 11, 0), agencies=("DLH", "PUPR"))
    _pulled(world, "belum_ditindaklanjuti", at(2026, 8, 13, 12, 0), agencies=("DLH", "PUPR"))
    assert _complaint(world) == ("proses", {"DLH": "open", "PUPR": "open"})  # DLH followed up here
    tick(world, clock, at(2026, 8, 14, 12, 30))
    assert len(reminders(people["pupr"])) == 1, "PUPR never answered, here or in LAPOR"
