"""Staff a complaint about staff conduct names ("petugas DLH namanya bu Dewi minta uang …", "pak Joko dari satpol pp
kasar"): the verifier is told who is named, and they never read it as its handlers (lapor.directory.not_accused
leaves them out wherever a disposition's readers are chosen; lapor.access.named_in hides it from their lists)."""

from __future__ import annotations

import re

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.exc import UnmappedInstanceError

from bot.conversation import understanding
from lapor import access
from models import Agency, Complaint, Contact
from models.vocab import Role

# A name is a word of the directory's name of three letters or more, outside brackets and titles ("Ir. Hadi
# (Kepala …)": "hadi")
_BRACKETS = re.compile(r"\(.*?\)")
NAME_TITLES = frozenset("ir dr drs dra hj h kh st sh se mm mt mpd spd amd ssos skm bapak ibu pak bu".split())
HANDLING = (Role.OFFICER, Role.HEAD)


# An agency's head named by title (session 30: "kepala DLH pak Yusuf minta uang rokok", "kadis pupr minta fee
# proyek" went to that head as a normal disposition): the titles are read by understanding.official_titles, the one
# reading of them (accuses_staff reads them too). An agency's word within the three words after a head's title says
# whose head ("kadis PUPR"), none: the head of the agency holding the complaint. A title asked to act ("pak kadis
# tolong tegur petugas…", "mohon kepada kepala DLH…") accuses nobody.
ASKED_TO_ACT = frozenset({"tolong", "tlg", "mohon", "harap", "harus", "agar", "supaya", "segera", "tindak",
                          "tegur", "menindak", "menegur", "bisa", "coba"})
ADDRESSED_TO = frozenset({"ke", "kepada", "kpd", "yth", "untuk", "utk"})
HEAD_TITLE_PARTS = ("kadis", "kadin", "kaban", "kepala", "kpl", "pimpinan")  # found by the database first


def _accuses(text: str, session: Session | None) -> bool:
    """Whether a story complains of staff conduct, an official's by title included ("kadis … minta fee")."""
    return understanding.accuses_staff(text, _agency_words(session))


def _agency_words(session: Session | None) -> dict[str, int]:
    """The agencies' codes and one-word aliases, lowercase, each to its agency's id (read once per session)."""
    if session is None:
        return {}
    key = ("accused.agency_words",)
    if key not in session.info:
        words = {}
        for agency in session.scalars(select(Agency)):
            for word in (agency.code, *(agency.aliases or ())):
                if word and " " not in word.strip():
                    words.setdefault(word.strip().lower(), agency.id)
        session.info[key] = words
    return session.info[key]


def heads_accused(said: list[str], agency_words: dict[str, int]) -> set[int | None]:
    """The agencies (ids) whose head a story names by title; None among them: a head of no agency said."""
    found = set()
    for i, head in understanding.official_titles(said, agency_words):
        after = said[i + 1:i + 4]
        if not head or set(said[max(0, i - 2):i]) & ADDRESSED_TO or set(after[:2]) & ASKED_TO_ACT:
            continue  # an official under a head; "mohon kepada kepala DLH agar …", "pak kadis tolong tegur …"
        named = {agency_words[w] for w in after if w in agency_words}
        found |= named or {None}
    return found


def accused_staff(session: Session, complaint: Complaint, agency_id: int | None = None) -> list[Contact]:
    """The officers and heads (of one agency, or of all) a complaint about staff conduct names (by name, or a head by
    title: of the agency its title names, or of `agency_id` when it names none), or []."""
    if not _accuses(complaint.description, session):
        return []
    said = understanding.chat_words(complaint.description)
    heads = heads_accused(said, _agency_words(session))
    query = select(Contact).where(Contact.role.in_(HANDLING), Contact.active.is_(True))
    if agency_id is not None:
        query = query.where(Contact.agency_id == agency_id)
    return [person for person in session.scalars(query.order_by(Contact.id))
            if _name_words(person.name) & set(said) or _head_of(person, heads, agency_id)]


def _head_of(person, heads: set[int | None], holder: int | None) -> bool:
    """Whether a person is a head the titles found (`heads`) accuse: of an agency named, or of the one holding it."""
    if person.role != Role.HEAD or not heads:
        return False
    return person.agency_id in heads or (None in heads and holder is not None and person.agency_id == holder)


def _session_of(person) -> Session | None:
    """The session a reader is loaded in; None for a reader that is no mapped row (an export's or a test's)."""
    try:
        return object_session(person)
    except UnmappedInstanceError:
        return None


def names(complaint: Complaint, person) -> bool:
    """Whether a complaint about staff conduct names this person (anything with a `name`, `role` and `agency_id`: a
    Contact, the dashboard's user), by name or as the head by title: what hides it from them
    (lapor.access.named_in)."""
    session = _session_of(getattr(person, "contact", person)) or object_session(complaint)
    if not _accuses(complaint.description, session):
        return False
    said = understanding.chat_words(complaint.description)
    if _name_words(person.name) & set(said):
        return True
    if person.role != Role.HEAD:
        return False
    return _head_of(person, heads_accused(said, _agency_words(session)), person.agency_id)


def named_complaints(session: Session, person, among: Select) -> set[int]:
    """The ids of the complaints (of `among`, a select of complaint ids) about staff conduct that name this person:
    a word of their name (or, for a head, of a head's title) found by the database first, then each such story read
    as `names` reads it."""
    said = _name_words(person.name)
    if person.role == Role.HEAD:
        said |= set(HEAD_TITLE_PARTS)
    if not said:
        return set()
    found = session.execute(select(Complaint.id, Complaint.description).where(
        Complaint.id.in_(among), or_(*(func.lower(Complaint.description).contains(w) for w in sorted(said)))))
    words, heads = _name_words(person.name), _agency_words(session)
    return {number for number, text in found if _accuses(text, session) and (
        words & set(understanding.chat_words(text))
        or person.role == Role.HEAD and _head_of(person, heads_accused(understanding.chat_words(text), heads),
                                                  person.agency_id))}


def _name_words(name: str | None) -> set[str]:
    """The words of a staff member's name that may name them in a story: no titles, nothing in brackets."""
    return {w for w in re.findall(r"[a-z]+", _BRACKETS.sub(" ", (name or "").lower()))
            if len(w) >= 3 and w not in NAME_TITLES}


# lapor sits below bot: it reads conduct complaints with these, given when this module is first imported (create_app
# imports bot.notices, which imports it, in every process: web, scheduler, CLI)
access.read_conduct_with(names, named_complaints)
