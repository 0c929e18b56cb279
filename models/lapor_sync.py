"""The SP4N-LAPOR! sync queue: what HTTP mode still has to submit, push or learn, sent once each."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utcnow
from models.complaint import Complaint
from models.vocab import SyncStatus


class LaporSyncItem(Base):
    """One call to SP4N-LAPOR!: submit a complaint, push a later disposition or a follow-up; claimed as the outbox."""

    __tablename__ = "lapor_sync"
    __table_args__ = (Index("ix_lapor_sync_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # submit | disposition | withdrawal | follow_up | archive | merge
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"), index=True)
    entry_id: Mapped[int | None]  # the timeline entry of the follow-up, the archive or the merge
    disposition_id: Mapped[int | None]  # the disposition pushed after the submit
    key: Mapped[str] = mapped_column(String(100), unique=True)  # what makes it queued once
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)  # sent as a header on every attempt
    status: Mapped[str] = mapped_column(String(20), default=SyncStatus.PENDING)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    lease_until: Mapped[datetime | None]
    last_attempt_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    done_at: Mapped[datetime | None]

    complaint: Mapped[Complaint] = relationship()

    def __repr__(self) -> str:
        return f"<LaporSyncItem {self.id} {self.kind} {self.status}>"
