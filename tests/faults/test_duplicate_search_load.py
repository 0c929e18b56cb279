"""Issue 14, defect 4: the verifiers' notice job scores duplicates without holding any complaint's row lock."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import OperationalError

import lapor.duplicates
from tests.faults.conftest import needs_postgres
from tests.parties import WASTE, file, make_people


def test_the_notice_job_holds_no_complaint_lock_while_it_scores(world, database_url, monkeypatch):
    """While the job scores a complaint, a verifier's TERUSKAN could lock any complaint at once (NOWAIT)."""
    needs_postgres(database_url)
    svc = world.extensions["penghubung"]
    people = make_people(world)
    blocked, real_search = [], lapor.duplicates.find_duplicates

    def search_while_another_locks(session, complaint, *args, **kwargs):
        with svc.engine.connect() as other:
            try:
                other.execute(text("SELECT id FROM complaints FOR UPDATE NOWAIT")).all()
            except OperationalError:  # LockNotAvailable: the job holds a complaint's row
                blocked.append(complaint.reference)
            other.rollback()
        return real_search(session, complaint, *args, **kwargs)

    monkeypatch.setattr(lapor.duplicates, "find_duplicates", search_while_another_locks)
    file(people["citizen"])  # each KIRIM runs the notice job (tests.parties.deliver)
    file(people["citizen2"], description=WASTE + ", tolong segera diangkut")
    assert blocked == [], f"scoring held the row lock of the complaint(s) announced: {blocked}"
    notices = [m.body for m in people["verifier"].inbox() if m.purpose == "verification"]
    assert len(notices) == 2 and "LPR-1" in notices[1], "each complaint announced once, the duplicate named"
