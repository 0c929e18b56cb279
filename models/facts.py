"""Performance facts: what each agency's dispositions on a complaint came to, kept current as they change."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base

# What the figures read of a fact besides its agency and date (kept in the agency-period index).
FIGURE_COLUMNS = ("kind", "source", "district", "finished", "on_time", "late", "returned", "open_due_at", "rating",
                  "first_response", "completion", "reopened")


class PerformanceFact(Base):
    """One (agency, complaint) pair of a counted complaint — or, with no agency, the complaint across its
    agencies — with the complaint's filter attributes and the figures `lapor.performance` sums.

    Rewritten by `lapor.facts` in the transaction that changes the complaint, its dispositions or its reopenings,
    so a year of the performance page reads one narrow table instead of joining and grouping the dispositions.
    Nothing here depends on the time of reading: "overdue now" is `open_due_at < now`.
    """

    __tablename__ = "performance_facts"
    __table_args__ = (Index("ix_performance_facts_period", "created_at", "agency_id"),
                      # a long period's figures per agency: read in agency order from the index alone on PostgreSQL
                      # (no sort of the period's rows before the per-agency medians; 1.17 s to 0.67 s for a year
                      # of 1,000,000 complaints)
                      Index("ix_performance_facts_agency_period", "agency_id", "created_at",
                            postgresql_include=list(FIGURE_COLUMNS)),
                      Index("ix_performance_facts_complaint", "complaint_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))  # None: the region's row
    created_at: Mapped[datetime]                 # the complaint's filing time (the period)
    kind: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(20))
    district: Mapped[str] = mapped_column(String(100))
    finished: Mapped[int]                        # 1: a final answer
    on_time: Mapped[int]                         # 1: a final answer by its deadline
    late: Mapped[int]                            # 1: a final answer after its deadline
    returned: Mapped[int]                        # 1: returned (KEMBALIKAN)
    open_due_at: Mapped[datetime | None]         # the earliest deadline of an open disposition
    rating: Mapped[int | None]                   # the citizen's rating of a final answer
    first_response: Mapped[float | None]         # working days to the first follow-up
    completion: Mapped[float | None]             # working days to the final answer
    reopened: Mapped[int]                        # TIDAK PUAS reopenings after the agency had it (region: all)

    def __repr__(self) -> str:
        return f"<PerformanceFact complaint={self.complaint_id} agency={self.agency_id}>"
