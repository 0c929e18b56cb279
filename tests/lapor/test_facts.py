"""lapor/facts.py: the stored figures stay one set per complaint when two transactions change it at once."""

from __future__ import annotations

import threading
from datetime import timedelta

from sqlalchemy import func, select

from models import Disposition, PerformanceFact
from tests.lapor.test_performance_reopenings import reopened_twice  # noqa: F401  (fixture)


def test_two_agencies_changing_one_complaint_at_once_leave_one_set_of_facts(reopened_twice, svc):  # noqa: F811
    first, second = svc.session_factory(), svc.session_factory()
    dlh, pupr = (first.scalars(select(Disposition).where(Disposition.agency_id == reopened_twice[code])).one()
                 for code in ("DLH", "PUPR"))
    dlh.due_at += timedelta(days=1)
    first.flush()  # its facts rewritten; the transaction stays open

    def meanwhile():
        with second.begin():
            other = second.get(Disposition, pupr.id)
            other.due_at += timedelta(days=2)

    worker = threading.Thread(target=meanwhile)
    worker.start()
    worker.join(timeout=0.5)  # the second transaction waits for the first one's complaint lock
    first.commit()
    worker.join(timeout=30)
    assert not worker.is_alive()
    with svc.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(PerformanceFact)) == 3  # DLH, PUPR, the region
    first.close()
    second.close()
