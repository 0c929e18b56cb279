"""Side by side: what hiding a complaint from the staff it accuses by name (lapor.access.named_in, not_named) adds to
an officer's list and to the check of one complaint, against the same without it.

Run:  .venv/bin/python bench/accused_bench.py [OPEN]

An in-memory SQLite database: one agency with OPEN open dispositions (default 2,000), their complaints ordinary
except one in 50 that names a street like the officer ("jl dewi sartika") and one in 200 that accuses them ("petugas
DLH bu Dewi minta uang"). Times (median of REPS): `agency_dispositions(limit=10)` as DAFTAR reads it, without and
with `reader=` (one more query, and `accuses_staff` read only on the complaints holding a word of the name);
`may_see_complaint` of an ordinary complaint and of an accusing one. Printed as ratios; the machine cancels out.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from lapor import access  # noqa: E402
from lapor.dispositions import agency_dispositions  # noqa: E402
from models import Agency, Base, Complaint, Contact, Disposition  # noqa: E402

REPS = 40
NOW = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)


def _story(n: int) -> str:
    if n % 200 == 0:
        return "petugas DLH bu Dewi minta uang 20rb tiap ambil sampah di gang mawar"
    if n % 50 == 0:
        return "sampah numpuk di jl dewi sartika dekat pasar, sudah seminggu tidak diangkut"
    return f"sampah di TPS nomor {n} menumpuk, bau dan banyak lalat"


def seeded(open_count: int) -> Session:
    """The database described above, and a session on it."""
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    session = Session(engine)
    dlh = Agency(code="DLH", name="Dinas Lingkungan Hidup", aliases=["dlh"], keywords=["sampah"])
    session.add_all([dlh, Contact(phone="+6281100000020", role="officer", name="Dewi", agency=dlh)])
    session.add_all(Complaint(number=n, kind="pengaduan", title="Sampah", description=_story(n), privacy="biasa",
                              status="belum_ditindaklanjuti", created_at=NOW, updated_at=NOW,
                              dispositions=[Disposition(agency=dlh, created_at=NOW)])
                    for n in range(1, open_count + 1))
    session.commit()
    return session


def median_ms(call) -> float:
    """The median time of `call()` in milliseconds over REPS runs, after one warm-up."""
    call()
    times = []
    for _ in range(REPS):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    open_count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    session = seeded(open_count)
    dewi = session.scalars(select(Contact).where(Contact.name == "Dewi")).one()
    listed = median_ms(lambda: agency_dispositions(session, dewi.agency_id, limit=10))
    hidden = median_ms(lambda: agency_dispositions(session, dewi.agency_id, limit=10, reader=dewi))
    ordinary, accusing = (session.scalars(select(Complaint).where(Complaint.number == n)).one() for n in (1, 200))
    for complaint in (ordinary, accusing):
        complaint.dispositions  # noqa: B018 (loaded before timing)
    plain = median_ms(lambda: any(access.works_for(dewi, d.agency_id) for d in ordinary.dispositions))
    checked = median_ms(lambda: access.may_see_complaint(dewi, ordinary))
    named = median_ms(lambda: access.may_see_complaint(dewi, accusing))
    print(f"{open_count} open dispositions, {open_count // 50} naming a street like her, {open_count // 200} "
          f"accusing her")
    print(f"DAFTAR list: {listed:.2f} ms without, {hidden:.2f} ms with reader= ({hidden / listed:.2f}x)")
    print(f"may_see_complaint, ordinary: {checked / plain:.1f}x the agency check alone ({checked * 1000:.1f} µs); "
          f"accusing: {named / plain:.1f}x ({named * 1000:.1f} µs)")


if __name__ == "__main__":
    main()
