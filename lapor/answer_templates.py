"""Answer templates ("templat jawaban"): an agency's reusable texts, picked and edited before a follow-up is sent."""

from __future__ import annotations

import unicodedata
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from lapor.access import AGENCY_ROLES
from models import AnswerTemplate, Contact
from models.vocab import Role

MAX_TITLE, MAX_BODY = 100, 2000


class TemplateError(ValueError):
    """A template that cannot be saved: `reason` is one of empty, too_long, taken, taken_meanwhile (the database
    refused a look-alike saved at the same moment, not to be read yet), not_yours (`title`: the agency's template a
    taken title clashes with)."""

    def __init__(self, reason: str, title: str = ""):
        super().__init__(reason)
        self.reason, self.title = reason, title


def title_key(title: str) -> str:
    """A title as staff tell titles apart: «Survei», «SURVEI» and «Sur vei» are one title (the picker listed
    look-alikes side by side)."""
    return "".join(unicodedata.normalize("NFKC", title).casefold().split())


def for_agency(session: Session, agency_id: int | None) -> list[AnswerTemplate]:
    """The agency's templates by title (none for staff without an agency)."""
    if agency_id is None:
        return []
    return list(session.scalars(select(AnswerTemplate).where(AnswerTemplate.agency_id == agency_id)
                                .order_by(AnswerTemplate.title, AnswerTemplate.id)))


def counts(session: Session) -> dict[int, int]:
    """How many templates each agency has (agencies without any left out)."""
    found = session.execute(select(AnswerTemplate.agency_id, func.count()).group_by(AnswerTemplate.agency_id))
    return {agency_id: count for agency_id, count in found}


def may_manage(person: Contact, agency_id: int | None) -> bool:
    """Officers and heads keep their own agency's templates; verifiers, who keep the directory, any agency's."""
    if agency_id is None:
        return False
    return person.role == Role.VERIFIER or (person.role in AGENCY_ROLES and person.agency_id == agency_id)


def get(session: Session, author: Contact, template_id: int, agency_id: int | None = None) -> AnswerTemplate | None:
    """One of the agency's templates (the author's own agency unless given), or None when it is another
    agency's or the author may not keep that agency's templates (as good as missing)."""
    agency_id = author.agency_id if agency_id is None else agency_id
    template = session.get(AnswerTemplate, template_id)
    if template is None or template.agency_id != agency_id or not may_manage(author, agency_id):
        return None
    return template


def save(session: Session, author: Contact, title: str, body: str, now: datetime,
         template: AnswerTemplate | None = None, agency_id: int | None = None) -> AnswerTemplate:
    """Create a template for the agency (the author's own unless given), or change `template` (one of its)."""
    agency_id = author.agency_id if agency_id is None else agency_id
    title, body = " ".join(title.split()), body.strip()
    if not may_manage(author, agency_id) or (template is not None and template.agency_id != agency_id):
        raise TemplateError("not_yours")
    if not title or not body:
        raise TemplateError("empty")
    if len(title) > MAX_TITLE or len(body) > MAX_BODY:
        raise TemplateError("too_long")
    _refuse_a_taken_title(session, agency_id, title, template)
    try:
        with session.begin_nested():  # a savepoint: a refusal leaves the request's transaction usable
            if template is None:
                template = AnswerTemplate(agency_id=agency_id, created_by_id=author.id, created_at=now, title=title,
                                          body=body)
                session.add(template)
            template.title, template.body, template.updated_at = title, body, now
            session.flush()
    except IntegrityError:
        # A colleague saved a look-alike title after the check above read the agency's titles: the database's
        # unique index (migration 0032) refused this one. Named as the check names it, once it can see theirs.
        _refuse_a_taken_title(session, agency_id, title, template if template in session else None)
        raise TemplateError("taken_meanwhile") from None
    return template


def _refuse_a_taken_title(session: Session, agency_id: int, title: str, template: AnswerTemplate | None) -> None:
    """Refuse a title another of the agency's templates has, whatever its capitals and spaces (checked here, not
    by the database's unique constraint, which tells them apart; an agency keeps a handful of templates)."""
    key = title_key(title)
    for other_id, other in session.execute(select(AnswerTemplate.id, AnswerTemplate.title)
                                           .where(AnswerTemplate.agency_id == agency_id)):
        if title_key(other) == key and (template is None or other_id != template.id):
            raise TemplateError("taken", other)


def delete(session: Session, author: Contact, template: AnswerTemplate) -> None:
    """Remove a template of an agency whose templates the author keeps."""
    if not may_manage(author, template.agency_id):
        raise TemplateError("not_yours")
    session.delete(template)
    session.flush()
