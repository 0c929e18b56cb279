"""Dispositions (a complaint assigned to one agency) and questions put to the citizen."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utcnow
from models.complaint import Complaint
from models.contact import Contact
from models.directory import Agency
from models.vocab import DispositionStatus


class Disposition(Base):
    """A complaint assigned to one agency by a verifier, with its deadlines."""

    __tablename__ = "dispositions"
    __table_args__ = (Index("ix_dispositions_agency_status", "agency_id", "status"),
                      Index("ix_dispositions_complaint", "complaint_id"),
                      Index("ix_dispositions_response_next", "response_next_at"),
                      Index("ix_dispositions_completion_next", "completion_next_at"),
                      # digests: open and overdue dispositions without reading the closed ones
                      Index("ix_dispositions_open_due", "due_at", postgresql_where=text("status = 'open'"),
                            sqlite_where=text("status = 'open'")),
                      # an agency's queue on the dashboard: its open dispositions, soonest deadline first
                      Index("ix_dispositions_agency_open_due", "agency_id", "due_at",
                            postgresql_where=text("status = 'open'"), sqlite_where=text("status = 'open'")),
                      # the weekly chart: final answers given in a week
                      Index("ix_dispositions_final_closed", "closed_at", postgresql_where=text("status = 'final'"),
                            sqlite_where=text("status = 'final'")))

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"))
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    status: Mapped[str] = mapped_column(String(20), default=DispositionStatus.OPEN)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    due_at: Mapped[datetime | None]
    field_inspection: Mapped[bool] = mapped_column(default=False)
    first_response_at: Mapped[datetime | None]  # since made or last reopened (None: the agency is chased for it)
    closed_at: Mapped[datetime | None]
    return_reason: Mapped[str | None] = mapped_column(Text)
    first_response_days: Mapped[float | None]  # working days from disposition to first follow-up
    completion_days: Mapped[float | None]  # working days from disposition to its final answer (None: not measured)
    # Ladder state: the next rung of each ladder is due at *_next_at (None: nothing left to chase).
    response_rung: Mapped[int] = mapped_column(default=0)
    response_next_at: Mapped[datetime | None]
    completion_rung: Mapped[int] = mapped_column(default=0)  # 1 = reminder sent, 2 = overdue notice sent
    completion_next_at: Mapped[datetime | None]
    # The officer a head handed the disposition to (ALIHKAN): its notices and reminders go to them alone.
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))

    complaint: Mapped[Complaint] = relationship(back_populates="dispositions")
    agency: Mapped[Agency] = relationship()
    created_by: Mapped[Contact | None] = relationship(foreign_keys=[created_by_id])
    assignee: Mapped[Contact | None] = relationship(foreign_keys=[assignee_id])

    def __repr__(self) -> str:
        return f"<Disposition {self.id} complaint={self.complaint_id} agency={self.agency_id} {self.status}>"


class Question(Base):
    """A question put to the citizen (verifier TUNDA or officer INFO); the answer goes back to the asker."""

    __tablename__ = "questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"), index=True)
    disposition_id: Mapped[int | None] = mapped_column(ForeignKey("dispositions.id", ondelete="SET NULL"))
    asker_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"))
    text: Mapped[str] = mapped_column(Text)
    resume_status: Mapped[str] = mapped_column(String(30))  # the complaint's status before it was put on hold
    asked_at: Mapped[datetime] = mapped_column(default=utcnow)
    answer: Mapped[str | None] = mapped_column(Text)
    answered_at: Mapped[datetime | None]  # also set, with no answer, when the complaint is archived or finished
    lifted_at: Mapped[datetime | None]  # the complaint went on without the answer; it is still relayed when it comes

    complaint: Mapped[Complaint] = relationship()
    asker: Mapped[Contact] = relationship()

    def __repr__(self) -> str:
        return f"<Question {self.id} complaint={self.complaint_id}>"


class LedgerEntry(Base):
    """A rung, digest or other scheduled notice that was sent; the unique key makes it happen once."""

    __tablename__ = "ledger"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    sent_at: Mapped[datetime] = mapped_column(default=utcnow)

    def __repr__(self) -> str:
        return f"<LedgerEntry {self.key}>"
