"""Reusable answer texts per agency ("templat jawaban"): picked and edited on the complaint page before sending."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DDL, ForeignKey, String, Text, UniqueConstraint, event
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


# Titles are unique per agency whatever their capitals and spaces (`lapor.answer_templates.title_key`). The code
# checks that before saving; this index makes the database refuse a second look-alike saved at the same moment
# (two saves that both passed the check). A saved title has single spaces (`save` joins its words), so removing
# them and lowering the case is the code's key for every title but those whose letters only NFKC or casefold join.
# An index on an expression is DDL of its own (migration 0032, and these events for a schema built from the
# models), left out of autogenerate (`models.complaint.UNMODELLED_INDEXES`), on PostgreSQL and SQLite alike.
TITLE_KEY_INDEX = "uq_answer_templates_agency_title_key"
TITLE_KEY_EXPRESSION = "lower(replace(title, ' ', ''))"
event.listen(AnswerTemplate.__table__, "after_create",
             DDL(f"CREATE UNIQUE INDEX {TITLE_KEY_INDEX} ON answer_templates (agency_id, {TITLE_KEY_EXPRESSION})"))
