"""A complaint's whole story for staff, in order: every status change, disposition, follow-up, question and answer,
rating, every reminder and escalation sent (from the outbox ledger) and every action taken on the dashboard (from
the audit log), each with who and when.

People are named as the reader may see them: the reporter through `lapor.access.reporter_seen_by` (an `anonim`
reporter is never named to anyone but a verifier), other citizens never.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from lapor.access import ReporterView, entry_seen_by, reporter_seen_by
from lapor.audit import AUTOMATIC, CHAT, AuditAction
from lapor.ladders import BATCH_PREFIX, BatchedRung, batched_rungs
from models import AuditEntry, Complaint, Contact, Disposition, Event, OutboxMessage, Purpose, TimelineEntry

NOT_ACTIONS = tuple(AuditAction)  # audit entries that are no action on the complaint (logins, identity views)


class SentEvent(StrEnum):
    """What the timeline shows beside the complaint's own entries (`models.Event`): messages the ladders sent and
    actions taken on the dashboard."""

    VERIFICATION_REMINDER = "pengingat_verifikasi"
    RESPONSE_REMINDER = "pengingat_tanggapan"
    DUE_REMINDER = "pengingat_tenggat"
    OVERDUE_NOTICE = "pemberitahuan_terlambat"
    PROMISE_REMINDER = "pengingat_janji"  # a promise with a day gone by without news (`ladders.promise_key`)
    REOPENED_AGAIN = "belum_puas_lagi"  # the agency head told of a citizen's second 'tidak puas' (or later one)
    REMINDER = "pengingat"  # a rung of a ladder named in no other member
    DASHBOARD = "dasbor"


# Ladder names in a rung's ledger key (lapor.ladders.DueRung.key) as timeline events.
RUNG_EVENTS = {"verification": SentEvent.VERIFICATION_REMINDER, "first_response": SentEvent.RESPONSE_REMINDER,
               "completion_reminder": SentEvent.DUE_REMINDER, "overdue": SentEvent.OVERDUE_NOTICE}
# Reminders to staff keyed by a prefix of their own, not a ladder's `rung:` (their key's first part).
KEYED_EVENTS = {"promise": SentEvent.PROMISE_REMINDER, "again": SentEvent.REOPENED_AGAIN}


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
    action: str | None = None  # a dashboard action's stored name (`teruskan`): pages name it in words


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
        OutboxMessage.purpose == Purpose.REMINDER).order_by(OutboxMessage.id)))
    disposition_ids = list(session.scalars(select(Disposition.id).where(Disposition.complaint_id == complaint.id)))
    reminders += _batched(session, complaint, disposition_ids)
    audited = list(session.scalars(select(AuditEntry).where(
        AuditEntry.complaint_id == complaint.id, AuditEntry.action.not_in(NOT_ACTIONS),
        AuditEntry.address.not_in((CHAT, *AUTOMATIC))).order_by(AuditEntry.id)))
    # no «lewat dasbor» for the chat's own commands, nor for the system's changes (its own entries say them)
    people = _people(session, [e.actor_id for e in entries] + [_recipient_id(r) for r in reminders]
                     + [a.actor_id for a in audited])
    agencies = {d.id: d.agency.code for d in session.scalars(
        select(Disposition).where(Disposition.complaint_id == complaint.id))}
    items = _folded([_entry_item(entry, complaint, viewer, people, agencies) for entry in entries
                     if entry_seen_by(viewer, entry)])
    for a in audited:
        _joined(items, TimelineItem(at=a.at, event=SentEvent.DASHBOARD, public=False, action=a.action,
                                    actor=_actor(a.actor_id, complaint, viewer, people)))
    items.extend(_reminder_items(reminders, people, complaint, disposition_ids))
    return sorted(items, key=lambda item: item.at)


SAME_ACTION = timedelta(minutes=1)  # a dashboard action's audit entry and the steps it made: one request apart


def _joined(items: list[TimelineItem], action: TimelineItem) -> None:
    """A dashboard action joins the step it made (the same person, within a request's time), which then says it was
    taken on the dashboard (`action` set): every web action read twice, «Disposisi · Rina: Diteruskan ke DLH» and
    «Tindakan di dasbor · Rina: Teruskan ke instansi». An action that made no step is a step of its own."""
    made = [i for i, item in enumerate(items) if item.actor == action.actor and item.action is None
            and abs(item.at - action.at) <= SAME_ACTION]
    if made:
        closest = min(made, key=lambda i: abs(items[i].at - action.at))
        items[closest] = replace(items[closest], action=action.action)
    else:
        items.append(action)


def _folded(items: list[TimelineItem]) -> list[TimelineItem]:
    """One action, one step: a status change that the same person made at the same moment, saying nothing new, joins
    the step before it (TERUSKAN read «Disposisi: Diteruskan ke DLH», then «Disposisi · Belum diverifikasi → Belum
    ditindaklanjuti»; SELESAI «Jawaban akhir · … → Proses», then «Selesai»), and a text the step before has just shown
    is not repeated."""
    shown: list[TimelineItem] = []
    for item in items:
        before = shown[-1] if shown else None
        if before is None or before.at != item.at or before.actor != item.actor or item.media:
            shown.append(item)
        elif _continues(before, item):
            shown[-1] = replace(before, status_from=before.status_from or item.status_from,
                                status_to=item.status_to or before.status_to)
        else:
            shown.append(replace(item, text=None) if item.text == before.text else item)
    return shown


def _continues(before: TimelineItem, item: TimelineItem) -> bool:
    """`item` (made by the same person at the same moment) only carries `before`'s action on: a status change of the
    same step, or the finish that a final answer made, whose text gathers the final answers already shown."""
    says_nothing_new = item.text in (None, before.text) or item.event == Event.FINISHED
    same_step = item.event in (before.event, Event.STATUS, Event.FINISHED) and item.agency in (None, before.agency)
    # the status goes on from where the step left it (or the step left it unchanged, or carried none)
    goes_on = before.status_from == before.status_to or before.status_to == item.status_from
    return says_nothing_new and same_step and goes_on


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


def _batched(session: Session, complaint: Complaint, disposition_ids: list[int]) -> list[OutboxMessage]:
    """The messages that gave the rungs of several complaints at once (`lapor.ladders.batch_key`) with one of this
    complaint's."""
    tokens = [f"c{complaint.id}"] + [f"d{i}" for i in disposition_ids]
    rows = session.scalars(select(OutboxMessage).where(
        OutboxMessage.purpose == Purpose.REMINDER, OutboxMessage.subject_id.is_(None),
        OutboxMessage.dedupe_key.like(f"{BATCH_PREFIX}:%"),
        or_(*[OutboxMessage.dedupe_key.like(f"%{token}%") for token in tokens])).order_by(OutboxMessage.id))
    return [row for row in rows if _own_rung(row, complaint, disposition_ids)]


def _own_rung(row: OutboxMessage, complaint: Complaint, disposition_ids: list[int]) -> BatchedRung | None:
    """The rung of this complaint a batch message gave, if it gave one."""
    return next((rung for rung in batched_rungs(_key(row)) if (rung.subject, rung.subject_id) == ("c", complaint.id)
                 or (rung.subject == "d" and rung.subject_id in disposition_ids)), None)


def _reminder_items(rows: list[OutboxMessage], people: dict[int, Contact], complaint: Complaint,
                    disposition_ids: list[int]) -> list[TimelineItem]:
    """One item per rung sent, naming everyone it went to (a message for several complaints: this one's part)."""
    rungs: dict[str, list[OutboxMessage]] = {}
    for row in rows:
        if row.dedupe_key and not row.dedupe_key.endswith("#0"):
            continue  # a long notice's later parts: one rung, one recipient, once
        rungs.setdefault(_key(row).rpartition(":")[0], []).append(row)
    items = []
    for key, sent in rungs.items():
        batched = _own_rung(sent[0], complaint, disposition_ids)
        parts = key.split(":")
        ladder = batched.ladder if batched else parts[1] if len(parts) > 1 and parts[0] == "rung" else ""
        event = RUNG_EVENTS.get(ladder) or KEYED_EVENTS.get(parts[0], SentEvent.REMINDER)
        step = batched.step if batched else int(parts[-1]) if parts[-1].isdigit() else None
        if event == SentEvent.REOPENED_AGAIN:
            step = None  # its key counts the reopenings, which its text says
        names = tuple(staff_actor(people[i]) if (i := _recipient_id(r)) in people else Actor("staff", r.recipient)
                      for r in sent)
        text = _part_about(sent[0].body, complaint.reference) if batched else sent[0].body
        items.append(TimelineItem(at=sent[0].created_at, event=event,
                                  actor=SYSTEM, text=text.split("\n", 1)[0], public=False, step=step,
                                  recipients=names))
    return items


def _part_about(body: str, reference: str) -> str:
    """The paragraph of a message for several complaints about this one (the rungs' texts name their reference)."""
    named = re.compile(rf"\b{re.escape(reference)}\b")
    return next((part for part in body.split("\n\n") if named.search(part)), body)
