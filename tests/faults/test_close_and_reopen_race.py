"""Changes to one complaint at the same instant: one wins, the other is told plainly (PostgreSQL).

Every change to a complaint takes its citizen's contact row, then the complaint's (`lapor.complaints.for_change`).
A job that locks only the complaint lets a citizen's message read it between the job's change and its commit.
"""

from __future__ import annotations

import threading
import time

from sqlalchemy import event, select, text

from bot.messages import t
from models import Complaint, Contact
from scheduler.jobs import close_finished
from services import services
from tests.conftest import WhatsApp
from tests.faults.conftest import needs_postgres
from tests.faults.test_webhook_concurrency import all_at_once
from tests.parties import VERIFIER, WASTE, complaint, file, make_people

SECOND_VERIFIER = "+6281100000003"
REASON = "TIDAK PUAS LPR-1 sampahnya menumpuk lagi di tempat yang sama"


def finished(world):
    """LPR-1 answered by DLH and left unrated; returns the people and the instant its auto-close is due."""
    people = make_people(world)
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut seluruhnya")
    return people, complaint(world, 1).autoclose_at


def waiting_for_a_lock(engine, seconds: float = 10) -> bool:
    """Wait until another connection of this database waits for a row lock; False if none does in time."""
    deadline = time.monotonic() + seconds
    with engine.connect() as probe:
        while time.monotonic() < deadline:
            waiting = probe.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                         "AND wait_event_type = 'Lock'")).scalar()
            probe.rollback()  # pg_stat_activity is read once per transaction: the next look needs a new one
            if waiting:
                return True
            time.sleep(0.02)
    return False


def run_held_open(svc, job, until=None) -> tuple[threading.Thread, threading.Event, list]:
    """Run `job` in a thread whose first commit waits, once its changes are made, until `until()` (by default: until
    another transaction waits for its locks); returns the thread, an event set when the commit starts waiting, and
    [job's result, what `until()` returned]."""
    until = until or (lambda: waiting_for_a_lock(svc.engine))
    ready, outcome = threading.Event(), []

    def hold(_session) -> None:
        if threading.current_thread() is runner and not ready.is_set():
            ready.set()
            outcome.append(until())

    def run() -> None:
        try:
            outcome.insert(0, job())
        finally:
            event.remove(svc.session_factory, "before_commit", hold)
            ready.set()

    runner = threading.Thread(target=run)
    event.listen(svc.session_factory, "before_commit", hold)
    runner.start()
    return runner, ready, outcome


def test_tidak_puas_while_the_auto_close_is_committing_is_told_the_complaint_is_closed(world, clock):
    """Defect 1 of issue 14: with the close's transaction open, the citizen's TIDAK PUAS was accepted ("kami buka
    kembali"), and the complaint ended `proses` with `closed_at` set: reopened and closed, told both."""
    svc = services(world)
    needs_postgres(svc.config["DATABASE_URL"])
    people, due = finished(world)
    clock.now = due
    runner, ready, outcome = run_held_open(svc, lambda: close_finished(svc, due))
    assert ready.wait(10)
    reply = people["citizen"].says(REASON)  # while the close has made its change and not committed it yet
    runner.join(30)
    assert outcome == ["closed=1", True], "the citizen's message never met the close's locks"
    after = complaint(world, 1)
    assert (after.status, after.closed_at is not None) == ("selesai", True), "reopened and closed at once"
    assert {d.status for d in after.dispositions} == {"final"}, "the agency was sent back to a closed complaint"
    assert reply == t("reopen_closed", reference="LPR-1"), "not told plainly that it is closed"
    assert any("kami tutup" in m.body for m in people["citizen"].inbox())


def test_the_auto_close_skips_a_complaint_whose_citizen_is_reopening_it_and_closes_nothing_reopened(world, clock):
    """The other way round: the citizen's TIDAK PUAS is being handled (its transaction open) when the close runs;
    the close neither waits nor closes it, and the reopening stands."""
    svc = services(world)
    needs_postgres(svc.config["DATABASE_URL"])
    people, due = finished(world)
    clock.now = due
    closing_done = threading.Event()
    runner, ready, outcome = run_held_open(svc, lambda: people["citizen"].says(REASON),
                                           until=lambda: closing_done.wait(10))
    assert ready.wait(10)
    try:
        skipped = close_finished(svc, due)
    finally:
        closing_done.set()
    runner.join(30)
    assert skipped == "closed=0" and "kami buka kembali" in outcome[0]
    after = complaint(world, 1)
    assert (after.status, after.closed_at) == ("proses", None)
    assert close_finished(svc, due) == "closed=0", "a reopened complaint was closed on the next tick"
    assert not any("kami tutup" in m.body for m in people["citizen"].inbox())


def test_two_verifiers_merging_two_complaints_into_each_other_at_once_merge_one(world):
    """The same shape in GABUNG: it locked the duplicate but read the complaint it joins unlocked, so `GABUNG LPR-1
    LPR-2` and `GABUNG LPR-2 LPR-1` at the same instant each saw the other still open and both merged: LPR-1 a
    duplicate of LPR-2 and LPR-2 of LPR-1, a loop that any later walk up to the parent never leaves."""
    svc = services(world)
    needs_postgres(svc.config["DATABASE_URL"])
    people = make_people(world)
    with svc.session_factory.begin() as session:
        session.add(Contact(phone=SECOND_VERIFIER, role="verifier", name="Tono"))
    file(people["citizen"], description=WASTE)
    file(people["citizen2"], description=WASTE)
    both_read = threading.Barrier(2)

    def hold(_session) -> None:
        """Before committing, wait (briefly) for the other merge to have read the complaints too."""
        try:
            both_read.wait(timeout=1)
        except threading.BrokenBarrierError:
            pass  # the other one waits for this one's locks: go on

    merges = [(VERIFIER, "GABUNG LPR-1 LPR-2"), (SECOND_VERIFIER, "GABUNG LPR-2 LPR-1")]
    event.listen(svc.session_factory, "before_commit", hold)
    try:
        replies = all_at_once(merges, lambda merge: WhatsApp(world).send(*merge))
    finally:
        event.remove(svc.session_factory, "before_commit", hold)
    assert [reply.status for reply in replies] == [200, 200]
    with svc.session_factory() as session:
        parents = dict(session.execute(select(Complaint.number, Complaint.parent_id)).all())
    assert sorted(parents.values(), key=str) in ([1, None], [2, None]), f"merged into each other: {parents}"
    assert sum("digabung ke" in reply.text for reply in replies) == 1, [reply.text for reply in replies]
