"""Ladder rungs and auto-close notices as WhatsApp messages: who gets them and what they read."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.messages import short_date, t
from bot.outbox import enqueue
from lapor.ladders import DueRung
from models import Complaint, Contact, LedgerEntry
from models.db import upsert_insert
from models.vocab import Purpose, Role


def first_time(session: Session, key: str, now: datetime) -> bool:
    """Write `key` to the ledger; False when it is already there (sent before, by this or another process)."""
    inserted = session.execute(upsert_insert(session, LedgerEntry).values(key=key, sent_at=now)
                               .on_conflict_do_nothing(index_elements=["key"]).returning(LedgerEntry.id))
    return inserted.first() is not None


def recipients(session: Session, groups: tuple[str, ...], agency_id: int | None) -> list[Contact]:
    """Active staff in the named groups: officers and heads of the agency, verifiers, supervisors."""
    roles = {"officers": Role.OFFICER, "heads": Role.HEAD, "verifiers": Role.VERIFIER, "supervisors": Role.SUPERVISOR}
    people: dict[int, Contact] = {}
    for group in groups:
        query = select(Contact).where(Contact.role == roles[group], Contact.active.is_(True))
        if group in ("officers", "heads"):
            if agency_id is None:
                continue
            query = query.where(Contact.agency_id == agency_id)
        for contact in session.scalars(query.order_by(Contact.id)):
            people[contact.id] = contact
    return list(people.values())


def send_rung(session: Session, rung: DueRung, now: datetime, zone: ZoneInfo) -> int:
    """Queue one rung's messages once (ledger); return how many were queued."""
    if not first_time(session, rung.key, now):
        return 0
    disposition = rung.disposition
    agency_id = disposition.agency_id if disposition else None
    people = recipients(session, rung.to, agency_id)
    count = 0
    for person in people:
        body = _body(session, rung, person, zone)
        enqueue(session, person.address, body, purpose=Purpose.REMINDER, subject=("complaint", rung.complaint.id),
                dedupe_key=f"{rung.key}:{person.id}", now=now)
        count += 1
    return count


def _body(session: Session, rung: DueRung, person: Contact, zone: ZoneInfo) -> str:
    complaint, disposition = rung.complaint, rung.disposition
    values = {"reference": complaint.reference, "title": complaint.title, "since": short_date(rung.since, zone),
              "days": f"{max(rung.working_days, 0):.0f}",
              "agency": disposition.agency.name if disposition else "", "due": short_date(rung.since, zone)}
    if rung.ladder == "verification":
        group = "supervisors" if person.role == Role.SUPERVISOR else "verifiers"
        return _with_note(t(f"rung_verification_{group}", **values), rung, zone)
    if rung.ladder == "first_response":
        officers = recipients(session, ("officers",), disposition.agency_id)
        text = t(f"rung_first_response_{min(rung.step, 3)}", officers=", ".join(o.name or o.phone for o in officers)
                 or t("no_active_officer"), **values)
        return _with_note(text, rung, zone)
    return t(f"rung_{rung.ladder}", **values)


def _with_note(text: str, rung: DueRung, zone: ZoneInfo) -> str:
    """Say, under the first line, why a restarted round counts from a later day than the complaint's filing."""
    if rung.restarted is None:
        return text
    note = t(f"rung_note_{rung.restarted}", since=short_date(rung.since, zone),
             filed=short_date(rung.complaint.created_at, zone))
    first, _, rest = text.partition("\n")
    return f"{first}\n{note}\n{rest}" if rest else f"{first}\n{note}"


def send_closed(session: Session, complaint: Complaint, now: datetime) -> None:
    """Tell the citizen their finished complaint is now closed for good."""
    if complaint.citizen is None:
        return
    enqueue(session, complaint.citizen.address, t("citizen_closed", reference=complaint.reference),
            purpose=Purpose.CLOSED, subject=("complaint", complaint.id), dedupe_key=f"closed:{complaint.id}", now=now)
