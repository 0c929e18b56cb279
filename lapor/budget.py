"""A number's budget of new complaints: so many per rolling hour and per rolling day (the region's settings).

A prank, a bot or an angry citizen pasting the same story forty times must not flood the verifiers. Past the
budget no complaint is made: the story is kept as a note on the number's newest complaint, for the verifiers only
(`Event.OVER_LIMIT`), and they are told once (bot.notices); a verifier lifts a number's limit for LIFTED_FOR with
BUKA BATAS (an audit entry). Everything is read from the database, so every web machine agrees: the counts from
`complaints` by the (citizen_id, created_at) index, a lift from the audit log. Two messages of one number are never
counted at once: the caller holds the number's contact row lock (bot.dispatch.upsert_sender), and the count is a
statement read after it was taken, so it sees the complaint the message before filed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from lapor import audit
from lapor.complaints import Draft, as_filed, place_as_filed
from lapor.events import StoryOverLimit, publish
from lapor.region import RegionSettings
from lapor.wording import note
from models import AuditEntry, Complaint, Contact, Event, TimelineEntry
from models.db import Prepared

HOUR, DAY = timedelta(hours=1), timedelta(hours=24)
LIFTED_FOR = DAY  # a lift (BUKA BATAS) frees the number for this long
LIFT = "buka_batas"  # the audit log's action of a lift (detail: the number's contact id)
MAX_NOTE_CHARS = 4096


@dataclass(frozen=True)
class OverBudget:
    """Why a number may not file now: the window it filled (`hour` or `day`), how many it filed in it, when it may
    file again, and its newest complaint (where the story is kept)."""

    window: str
    filed: int
    until: datetime
    newest_id: int


def over_budget(session: Session, citizen: Contact, now: datetime, settings: RegionSettings) -> OverBudget | None:
    """The budget this number has used up at `now`, or None when it may file (staff always may, and a number a
    verifier freed in the last LIFTED_FOR)."""
    per_hour, per_day = settings.complaints_per_hour, settings.complaints_per_day
    if citizen.is_staff or not (per_hour or per_day):
        return None
    if any(isinstance(pending, Complaint) for pending in session.new):  # sent by the driver: no autoflush; the
        session.flush()  # turn's other changes are left for its own write (flushing them cost an ORM flush, +5%)
    rows = _filed_since(max(per_hour, per_day)).rows(session, {"citizen_id": citizen.id, "since": now - DAY})
    found = _filled(rows, now, per_hour, per_day)
    if found is None or lifted_at(session, citizen.id, now) is not None:
        return None
    return found


_FILED: dict[int, Prepared] = {}  # by how many are read: the region's larger limit


def _filed_since(most: int) -> Prepared:
    """The number's newest filings since a time (newest first, `most` of them), built once per limit and sent by
    the driver (models.db.Prepared): it runs at every KIRIM of the webhook, where building and executing it through
    the ORM cost several times its round trip (docs/hot-path.md, session 29)."""
    prepared = _FILED.get(most)
    if prepared is None:
        prepared = _FILED[most] = Prepared(
            select(Complaint.id, Complaint.created_at)
            .where(Complaint.citizen_id == bindparam("citizen_id"), Complaint.created_at > bindparam("since"))
            .order_by(Complaint.created_at.desc(), Complaint.id.desc()).limit(most))
    return prepared


def _filled(rows: list, now: datetime, per_hour: int, per_day: int) -> OverBudget | None:
    """The window the filings (newest first) fill, the later to free when both are full."""
    full = []
    in_hour = [row for row in rows if row.created_at > now - HOUR]
    if per_hour and len(in_hour) >= per_hour:
        full.append(OverBudget("hour", len(in_hour), in_hour[per_hour - 1].created_at + HOUR, rows[0].id))
    if per_day and len(rows) >= per_day:
        full.append(OverBudget("day", len(rows), rows[per_day - 1].created_at + DAY, rows[0].id))
    return max(full, key=lambda over: over.until) if full else None


def lifted_at(session: Session, contact_id: int, now: datetime) -> datetime | None:
    """When a verifier last freed this number, if within LIFTED_FOR before `now` (read only when it is over budget:
    the audit log's (action, at) index holds few lifts)."""
    return session.scalar(select(AuditEntry.at).where(
        AuditEntry.action == LIFT, AuditEntry.at > now - LIFTED_FOR, AuditEntry.at <= now,
        AuditEntry.detail["contact_id"].as_integer() == contact_id).order_by(AuditEntry.at.desc()).limit(1))


def lift(session: Session, citizen: Contact, verifier: Contact, now: datetime) -> datetime:
    """Free a number from its budget for LIFTED_FOR (recorded in the audit log with who did it); returns until when."""
    audit.record(session, LIFT, actor_id=verifier.id, at=now, address=audit.CHAT, contact_id=citizen.id)
    session.flush()
    return now + LIFTED_FOR


def keep_story(session: Session, citizen: Contact, draft: Draft, over: OverBudget, now: datetime,
               kind_name: str) -> Complaint:
    """Keep a story filed past the budget as a note on the number's newest complaint, seen by the verifiers only
    (with its photos), and tell them (`StoryOverLimit`); returns that complaint."""
    newest = session.get(Complaint, over.newest_id)
    story = as_filed(draft, citizen)
    text = note(session, "note_over_limit", kind=kind_name, story=story, place=place_as_filed(draft, citizen) or "-")
    if draft.next_story:  # the other problem told while filing it, offered next had it been filed: kept too
        text += "\n" + note(session, "note_over_limit_next", story=draft.next_story)
    text = text[:MAX_NOTE_CHARS]
    entry = TimelineEntry(at=now, event=Event.OVER_LIMIT, text=text, public=False, actor_id=citizen.id)
    entry.media = [{"url": p["url"], "content_type": p["content_type"]} for p in draft.photos]
    newest.timeline.append(entry)
    session.flush()
    publish(session, StoryOverLimit(newest.id, citizen.id, story, over.window, over.filed, now))
    return newest
