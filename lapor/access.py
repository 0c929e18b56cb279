"""Who may see and act on which complaint, and which of a reporter's identity a reader may see: one set of rules
for the chat and the web.

A verifier sees every complaint, identities included. A supervisor sees every complaint, never an `anonim`
reporter's name or number. A head or officer sees only complaints dispositioned to their own agency, without
`anonim` identities, and never one that accuses them by name (`named_in`: "pak Joko dari satpol pp minta uang").
A citizen sees no complaint through these doors (their own go through STATUS). Only a
verifier ever sees a reporter's number. A reader is anything with `role` and `agency_id` (a staff Contact, the
dashboard's logged-in user).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import ColumnElement, and_, false, select, true
from sqlalchemy.orm import Session, object_session

from models import Complaint, Contact, Disposition, Event, Role, TimelineEntry
from models.contact import STAFF_ROLES

VERIFIER_ROLES = (Role.VERIFIER,)
AGENCY_ROLES = (Role.OFFICER, Role.HEAD)          # they work for one agency and see only its complaints
REGION_ROLES = (Role.VERIFIER, Role.SUPERVISOR)   # they see every complaint of the region
LEADER_ROLES = (Role.HEAD, Role.SUPERVISOR)


class Reader(Protocol):
    """Whoever reads a complaint: what the rules look at."""

    role: str | None
    agency_id: int | None
    name: str | None  # an officer or head named in a complaint about staff conduct never reads it (named_in)


@dataclass(frozen=True)
class ReporterView:
    """What a reader may see of a complaint's reporter: a name, an address (number or BSUID), or that it is
    withheld because the reporter chose `anonim`."""

    name: str | None
    address: str | None
    withheld: bool
    staff_of: str | None = None  # the reporter is staff (ADUAN WARGA): their agency's code, or "" region-wide


def may_use_dashboard(person: Contact | None) -> bool:
    """Whether this person may log in to (and stay in) the staff dashboard: active staff with a known role."""
    return person is not None and person.active and person.role in STAFF_ROLES


def sees_every_complaint(reader: Reader) -> bool:
    """Verifiers and supervisors see the whole region's complaints."""
    return reader.role in REGION_ROLES


def works_for(reader: Reader, agency_id: int | None) -> bool:
    """Whether the reader is an officer or head of this agency."""
    return reader.role in AGENCY_ROLES and reader.agency_id is not None and reader.agency_id == agency_id


def may_see_complaint(reader: Reader, complaint: Complaint) -> bool:
    """Whether the reader may open this complaint at all (a page answers 404, the chat "not yours", otherwise)."""
    if sees_every_complaint(reader):
        return True
    return any(works_for(reader, d.agency_id) for d in complaint.dispositions) and not named_in(reader, complaint)


def visible_complaints(reader: Reader, session: Session) -> ColumnElement[bool]:
    """The same rule as `may_see_complaint`, as a condition on `Complaint` for lists:
    `select(Complaint).where(visible_complaints(reader, session))`."""
    if sees_every_complaint(reader):
        return true()
    if reader.role in AGENCY_ROLES and reader.agency_id is not None:
        return and_(Complaint.id.in_(select(Disposition.complaint_id).where(Disposition.agency_id == reader.agency_id)),
                    not_named(session, reader, Complaint.id))
    return false()


# The officers and heads a complaint about staff conduct names never read or answer it: to them it reads as another
# agency's (the chat's "not yours", a page's 404, left out of every list); verifiers and the supervisor see it. The
# reading of the story is the conversation's (bot.accused): lapor sits below bot and imports nothing of it, so
# bot.accused gives it the two readers when imported (create_app imports it in every process). Without them nothing
# may be shown as safe: an error.
CONDUCT_READERS: dict[str, Callable] = {}


def read_conduct_with(names: Callable[[Complaint, object], bool],
                      named_complaints: Callable[[Session, object, object], set[int]]) -> None:
    """Give lapor the conversation's readers of a conduct complaint: whether one names a person, and the ids among a
    select of complaints that name them (`bot.accused.names`, `bot.accused.named_complaints`)."""
    CONDUCT_READERS.update(names=names, named_complaints=named_complaints)


def _conduct_reader(name: str) -> Callable:
    try:
        return CONDUCT_READERS[name]
    except KeyError:
        raise RuntimeError("conduct complaints cannot be read: importing bot.accused gives lapor.access its readers"
                           ) from None


def named_in(reader: Reader, complaint: Complaint) -> bool:
    """Whether the complaint accuses this officer or head by name, so that it is hidden from them."""
    if reader.role not in AGENCY_ROLES:
        return False
    return _conduct_reader("names")(complaint, reader)


def not_named(session: Session | None, reader: Reader, column) -> ColumnElement[bool]:
    """A condition on a complaint id `column` (`Complaint.id`, `Disposition.complaint_id`) leaving out the
    complaints of the reader's agency that name them (`named_in`)."""
    named = named_ids(session, reader)
    return column.not_in(named) if named else true()


def named_ids(session: Session | None, reader: Reader) -> set[int]:
    """The ids of the complaints of the reader's agency that name them (`named_in`): hidden from them, in their
    lists and in their counts (a head's REKAP and morning digest)."""
    session = session or object_session(getattr(reader, "contact", reader))
    if reader.role not in AGENCY_ROLES or reader.agency_id is None or session is None:
        return set()
    named_complaints = _conduct_reader("named_complaints")
    key = ("named_in", reader.name, reader.agency_id)  # a message's or a page's lists ask several times: read once
    named = session.info.get(key)
    if named is None:
        held = select(Disposition.complaint_id).where(Disposition.agency_id == reader.agency_id)
        named = session.info[key] = named_complaints(session, reader, held)
    return named


def may_see_identity(reader: Reader, complaint: Complaint) -> bool:
    """Whether the reader may see who reported the complaint: verifiers always, other staff who may see the
    complaint unless the reporter chose `anonim`."""
    if reader.role in VERIFIER_ROLES:
        return True
    return complaint.privacy != "anonim" and may_see_complaint(reader, complaint)


def entry_seen_by(reader: Reader | None, entry: TimelineEntry) -> bool:
    """Whether the reader may see a timeline entry: a story its number told past its budget of new complaints
    (`Event.OVER_LIMIT`, kept on its newest complaint: lapor.budget) is the verifiers' only, never the agency's."""
    return entry.event != Event.OVER_LIMIT or (reader is not None and reader.role in VERIFIER_ROLES)


def hidden_media(reader: Reader | None, complaint: Complaint) -> set[str]:
    """The media references of the complaint's timeline entries this reader may not see (`entry_seen_by`)."""
    return {item.get("url", "") for entry in complaint.timeline if not entry_seen_by(reader, entry)
            for item in entry.media or []}


def reporter_seen_by(reader: Reader, complaint: Complaint) -> ReporterView:
    """The reporter as this reader may see them: name and number for verifiers, the name only for other staff,
    nothing (withheld) for an `anonim` reporter."""
    if not may_see_identity(reader, complaint):
        return ReporterView(name=None, address=None, withheld=True)
    citizen = complaint.citizen if reader.role in VERIFIER_ROLES else None
    address = citizen.address if citizen else None
    # A staff member's own complaint: the verifier sees whose staff, so it is not dispositioned to their own desk
    staff_of = (citizen.agency.code if citizen.agency else "") if citizen and citizen.is_staff else None
    return ReporterView(name=complaint.reporter_name, address=address or None, withheld=False, staff_of=staff_of)


def may_act(reader: Reader, complaint: Complaint, roles: tuple[str, ...]) -> bool:
    """Whether the reader may do something reserved to `roles` on this complaint: verifiers on any complaint, an
    agency's staff only on complaints dispositioned to their agency."""
    return reader.role in roles and may_see_complaint(reader, complaint)
