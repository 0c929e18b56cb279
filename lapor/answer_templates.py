"""Answer templates ("templat jawaban"): an agency's reusable texts, picked and edited before a follow-up is sent."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import AnswerTemplate, Contact

MAX_TITLE, MAX_BODY = 100, 2000


class TemplateError(ValueError):
    """A template that cannot be saved: `reason` is one of empty, too_long, taken, not_yours."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def for_agency(session: Session, agency_id: int | None) -> list[AnswerTemplate]:
    """The agency's templates by title (none for staff without an agency)."""
    if agency_id is None:
        return []
    return list(session.scalars(select(AnswerTemplate).where(AnswerTemplate.agency_id == agency_id)
                                .order_by(AnswerTemplate.title, AnswerTemplate.id)))


def get(session: Session, author: Contact, template_id: int) -> AnswerTemplate | None:
    """One of the author's agency's templates, or None (another agency's is as good as missing)."""
    template = session.get(AnswerTemplate, template_id)
    if template is None or author.agency_id is None or template.agency_id != author.agency_id:
        return None
    return template


def save(session: Session, author: Contact, title: str, body: str, now: datetime,
         template: AnswerTemplate | None = None) -> AnswerTemplate:
    """Create a template for the author's agency, or change `template` (one of that agency's)."""
    title, body = " ".join(title.split()), body.strip()
    if author.agency_id is None or (template is not None and template.agency_id != author.agency_id):
        raise TemplateError("not_yours")
    if not title or not body:
        raise TemplateError("empty")
    if len(title) > MAX_TITLE or len(body) > MAX_BODY:
        raise TemplateError("too_long")
    clash = session.scalar(select(AnswerTemplate.id).where(AnswerTemplate.agency_id == author.agency_id,
                                                           AnswerTemplate.title == title))
    if clash is not None and (template is None or clash != template.id):
        raise TemplateError("taken")
    if template is None:
        template = AnswerTemplate(agency_id=author.agency_id, created_by_id=author.id, created_at=now, title=title,
                                  body=body)
        session.add(template)
    template.title, template.body, template.updated_at = title, body, now
    session.flush()
    return template


def delete(session: Session, author: Contact, template: AnswerTemplate) -> None:
    """Remove one of the author's agency's templates."""
    if template.agency_id != author.agency_id:
        raise TemplateError("not_yours")
    session.delete(template)
    session.flush()
