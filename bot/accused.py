"""Staff a complaint about staff conduct names ("petugas DLH namanya bu Dewi minta uang …", "pak Joko dari satpol pp
kasar"): the verifier is told who is named, and they never read it as its handlers (lapor.directory.not_accused
leaves them out wherever a disposition's readers are chosen; lapor.access.named_in hides it from their lists)."""

from __future__ import annotations

import re

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from bot.conversation import understanding
from lapor import access
from models import Complaint, Contact
from models.vocab import Role

# A name is a word of the directory's name of three letters or more, outside brackets and titles ("Ir. Hadi
# (Kepala …)": "hadi")
_BRACKETS = re.compile(r"\(.*?\)")
NAME_TITLES = frozenset("ir dr drs dra hj h kh st sh se mm mt mpd spd amd ssos skm bapak ibu pak bu".split())
HANDLING = (Role.OFFICER, Role.HEAD)


def accused_staff(session: Session, complaint: Complaint, agency_id: int | None = None) -> list[Contact]:
    """The officers and heads (of one agency, or of all) a complaint about staff conduct names, or []."""
    if not understanding.accuses_staff(complaint.description):
        return []
    said = set(understanding.chat_words(complaint.description))
    query = select(Contact).where(Contact.role.in_(HANDLING), Contact.active.is_(True))
    if agency_id is not None:
        query = query.where(Contact.agency_id == agency_id)
    return [person for person in session.scalars(query.order_by(Contact.id)) if _name_words(person.name) & said]


def names(complaint: Complaint, person) -> bool:
    """Whether a complaint about staff conduct names this person (anything with a `name`: a Contact, the
    dashboard's user): what hides it from them (lapor.access.named_in)."""
    if not understanding.accuses_staff(complaint.description):
        return False
    return bool(_name_words(person.name) & set(understanding.chat_words(complaint.description)))


def named_complaints(session: Session, person, among: Select) -> set[int]:
    """The ids of the complaints (of `among`, a select of complaint ids) about staff conduct that name this person:
    a word of their name found by the database first, then each such story read as `names` reads it."""
    said = _name_words(person.name)
    if not said:
        return set()
    found = session.execute(select(Complaint.id, Complaint.description).where(
        Complaint.id.in_(among), or_(*(func.lower(Complaint.description).contains(w) for w in sorted(said)))))
    return {number for number, text in found if understanding.accuses_staff(text)
            and said & set(understanding.chat_words(text))}


def _name_words(name: str | None) -> set[str]:
    """The words of a staff member's name that may name them in a story: no titles, nothing in brackets."""
    return {w for w in re.findall(r"[a-z]+", _BRACKETS.sub(" ", (name or "").lower()))
            if len(w) >= 3 and w not in NAME_TITLES}


# lapor sits below bot: it reads conduct complaints with these, given when this module is first imported (create_app
# imports bot.notices, which imports it, in every process: web, scheduler, CLI)
access.read_conduct_with(names, named_complaints)
