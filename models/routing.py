"""What the router learned: every agency decision staff made on a complaint (the learning store)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class RoutingDecision(Base):
    """The region's latest word on one (complaint, agency) pair: handles it (positive) or not (KEMBALIKAN).

    A changed verdict replaces the row (a new id), so ``count`` and ``max(id)`` version what was learned.
    The complaint's text stays in its own row: it is read from there when the router is built.
    """

    __tablename__ = "routing_decisions"
    __table_args__ = (UniqueConstraint("complaint_id", "agency_id", name="uq_routing_decisions_pair"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"))
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id", ondelete="CASCADE"))
    positive: Mapped[bool]
    source: Mapped[str] = mapped_column(String(20))  # disposisi | kembalikan | lapor | riwayat
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)
