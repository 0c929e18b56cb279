"""What people are told when something happens to a complaint: domain events turned into outbox messages."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.conversation import ask_rating
from bot.messages import KIND_NAMES, PRIVACY_NAMES, excerpt, t
from bot.outbox import enqueue
from lapor import complaints
from lapor.events import ComplaintSubmitted, StatusChanged, subscribe
from models import Complaint, Contact, Conversation


def on_status_changed(session: Session, event: StatusChanged) -> None:
    """When a complaint is finished, ask its citizen to rate the answer."""
    if event.new != complaints.DONE:
        return
    complaint = session.get(Complaint, event.complaint_id)
    citizen = complaint.citizen
    if citizen is None:
        return
    conversation = citizen.conversation or _new_conversation(session, citizen)
    asked_now = ask_rating(session, conversation, complaint)
    latest = complaints.latest_public_entry(complaint)
    body = t("ask_rating", reference=complaint.reference, title=complaint.title,
             answer=excerpt(latest.text if latest else "-", 600))
    if not asked_now:
        body += "\n" + t("rating_after_draft")
    enqueue(session, citizen.phone, body, purpose="rating", subject=("complaint", complaint.id),
            dedupe_key=f"rating:{complaint.id}:{len(complaint.timeline)}", now=event.at)


def on_submitted(session: Session, event: ComplaintSubmitted) -> None:
    """Tell every verifier that a new complaint waits for verification."""
    complaint = session.get(Complaint, event.complaint_id)
    body = t("verifier_new_complaint", reference=complaint.reference, kind=KIND_NAMES[complaint.kind],
             privacy=PRIVACY_NAMES[complaint.privacy], description=excerpt(complaint.description, 700),
             place=complaint.location_text or "-", photos=len(complaint.media),
             reporter=_reporter(complaint))
    for verifier in session.scalars(select(Contact).where(Contact.role == "verifier")):
        enqueue(session, verifier.phone, body, purpose="verification", subject=("complaint", complaint.id),
                media_urls=[m.url for m in complaint.media[:1]],
                dedupe_key=f"new:{complaint.id}:{verifier.id}", now=event.at)


def _reporter(complaint: Complaint) -> str:
    """Verifiers see the reporter's identity, also for anonymous complaints (DESIGN: verifier role only)."""
    citizen = complaint.citizen
    if citizen is None:
        return "-"
    return f"{complaint.reporter_name or 'tanpa nama'} ({citizen.phone})"


def _new_conversation(session: Session, contact: Contact) -> Conversation:
    conversation = Conversation(contact=contact, state="idle", data={})
    session.add(conversation)
    return conversation


subscribe(StatusChanged, on_status_changed)
subscribe(ComplaintSubmitted, on_submitted)
