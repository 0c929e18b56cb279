"""A complaint's whole story for staff, in order: every status change, disposition, follow-up, question and answer,
rating, every reminder and escalation sent (from the outbox ledger) and every action taken on the dashboard (from
the audit log), each with who and when.

People are named as the reader may see them: the reporter through `lapor.access.reporter_seen_by` (an `anonim`
reporter is never named to anyone but a verifier), other citizens never.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lapor.access import ReporterView, reporter_seen_by
from models import AuditEntry, Complaint, Contact, Disposition, OutboxMessage, TimelineEntry

REMINDER_PURPOSE = "reminder"
# Ladder names in a rung's ledger key (lapor.ladders.DueRung.key) as timeline events.
NOT_ACTIONS = ("login", "logout", "identity_view")  # audit entries that are no action on the complaint
RUNG_EVENTS = {"verification": "pengingat_verifikasi", "first_response": "pengingat_tanggapan",
               "completion_reminder": "pengingat_tenggat", "overdue": "pemberitahuan_terlambat"}


@dataclass(frozen=True)
class Actor:
    """Who did something, as the reader may see them: the system, a staff member, the reporter (through
    `lapor.access.reporter_seen_by`) or another citizen (a follower: never named)."""

    kind: str  # system | staff | reporter | citizen
    name: str | None = None
    role: str | None = None
    agency: str | None = None  # a staff member's agency code
    reporter: ReporterView | None = None


SYSTEM = Actor("system")


@dataclass(frozen=True)
class TimelineItem:
    """One thing that happened to a complaint, ready to show."""

    at: datetime
    event: str
    actor: Actor
    text: str | None = None
    status_from: str | None = None
    status_to: str | None = None
    agency: str | None = None  # the code of the disposition's agency, when the entry is about one
    media: list[dict] = field(default_factory=list)
    public: bool = True  # the citizen saw it too
    step: int | None = None  # a reminder's rung
    recipients: tuple[Actor, ...] = ()  # who a reminder went to


def staff_actor(person: Contact) -> Actor:
    """A staff member as the timeline names them: name, role and agency."""
    return Actor("staff", person.name or person.address, person.role,
                 person.agency.code if person.agency is not None else None)


def timeline(session: Session, complaint: Complaint, viewer: Contact) -> list[TimelineItem]:
    """The complaint's timeline for `viewer`, oldest first (entries and reminders merged by time)."""
    entries = list(session.scalars(select(TimelineEntry).where(TimelineEntry.complaint_id == complaint.id)
                                   .order_by(TimelineEntry.at, TimelineEntry.id)))
    reminders = list(session.scalars(select(OutboxMessage).where(
        OutboxMessage.subject_type == "complaint", OutboxMessage.subject_id == complaint.id,
        OutboxMessage.purpose == REMINDER_PURPOSE).order_by(OutboxMessage.id)))
    audited = list(session.scalars(select(AuditEntry).where(
        AuditEntry.complaint_id == complaint.id, AuditEntry.action.not_in(NOT_ACTIONS)).order_by(AuditEntry.id)))
    people = _people(session, [e.actor_id for e in entries] + [_recipient_id(r) for r in reminders]
                     + [a.actor_id for a in audited])
    agencies = {d.id: d.agency.code for d in session.scalars(
        select(Disposition).where(Disposition.complaint_id == complaint.id))}
    items = [_entry_item(entry, complaint, viewer, people, agencies) for entry in entries]
    items.extend(_reminder_items(reminders, people))
    items.extend(TimelineItem(at=a.at, event="dasbor", actor=_actor(a.actor_id, complaint, viewer, people),
                              text=a.action.upper(), public=False) for a in audited)
    return sorted(items, key=lambda item: item.at)


def _people(session: Session, ids: Iterable[int | None]) -> dict[int, Contact]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {c.id: c for c in session.scalars(select(Contact).where(Contact.id.in_(wanted)))}


def _actor(actor_id: int | None, complaint: Complaint, viewer: Contact, people: dict[int, Contact]) -> Actor:
    if actor_id is None:
        return SYSTEM
    person = people.get(actor_id)
    if person is not None and person.role is not None and actor_id != complaint.citizen_id:
        return staff_actor(person)
    if actor_id == complaint.citizen_id:
        return Actor("reporter", reporter=reporter_seen_by(viewer, complaint))
    return Actor("citizen")  # a follower or a merged duplicate's citizen: never named


def _entry_item(entry: TimelineEntry, complaint: Complaint, viewer: Contact, people: dict[int, Contact],
                agencies: dict[int, str]) -> TimelineItem:
    return TimelineItem(at=entry.at, event=entry.event, actor=_actor(entry.actor_id, complaint, viewer, people),
                        text=entry.text, status_from=entry.status_from, status_to=entry.status_to,
                        agency=agencies.get(entry.disposition_id), media=list(entry.media or []),
                        public=entry.public)


def _recipient_id(row: OutboxMessage) -> int | None:
    """The staff member a rung went to: the last part of its outbox key (`<rung key>:<contact id>#<part>`)."""
    tail = _key(row).rpartition(":")[2]
    return int(tail) if tail.isdigit() else None


def _key(row: OutboxMessage) -> str:
    return (row.dedupe_key or f"row{row.id}").partition("#")[0]


def _reminder_items(rows: list[OutboxMessage], people: dict[int, Contact]) -> list[TimelineItem]:
    """One item per rung sent, naming everyone it went to."""
    rungs: dict[str, list[OutboxMessage]] = {}
    for row in rows:
        if row.dedupe_key and not row.dedupe_key.endswith("#0"):
            continue  # a long notice's later parts: one rung, one recipient, once
        rungs.setdefault(_key(row).rpartition(":")[0], []).append(row)
    items = []
    for key, sent in rungs.items():
        parts = key.split(":")
        ladder = parts[1] if len(parts) > 1 else ""
        step = int(parts[-1]) if parts[-1].isdigit() else None
        names = tuple(staff_actor(people[i]) if (i := _recipient_id(r)) in people else Actor("staff", r.recipient)
                      for r in sent)
        items.append(TimelineItem(at=sent[0].created_at, event=RUNG_EVENTS.get(ladder, "pengingat"),
                                  actor=SYSTEM, text=sent[0].body.split("\n", 1)[0], public=False, step=step,
                                  recipients=names))
    return items
