"""Reusable answer texts per agency ("templat jawaban"): picked and edited on the complaint page before sending."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utcnow
from models.directory import Agency


class AnswerTemplate(Base):
    """One named answer text of an agency (a follow-up, a final answer or a question), unique by title."""

    __tablename__ = "answer_templates"
    __table_args__ = (UniqueConstraint("agency_id", "title", name="uq_answer_templates_agency_title"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(100))
    body: Mapped[str] = mapped_column(Text)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    agency: Mapped[Agency] = relationship()

    def __repr__(self) -> str:
        return f"<AnswerTemplate {self.agency_id} {self.title!r}>"
