"""What a follower (IKUTI) of someone else's complaint may not do, said plainly: reopen it ("tidak puas")."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.messages import t
from lapor import complaints
from models import Contact


def reopen_refusal(session: Session, contact: Contact, number: int | None) -> str | None:
    """The reply to a citizen's "tidak puas [LPR-n]" about a finished complaint they follow (or one their duplicate
    was merged into) but did not file: only its reporter can reopen it, and how to file their own. None when it is
    no such complaint (LPR-n named: theirs, unknown or not visible to them; none named: they follow no finished
    complaint), so that the caller answers as before."""
    if number is not None:
        complaint = complaints.citizen_complaint(session, contact, number)
        others = [complaint] if complaint is not None and complaint.citizen_id != contact.id else []
    else:
        others = [c for c in complaints.citizen_complaints(session, contact, limit=20, following=True)
                  if c.citizen_id != contact.id]
    finished = [c for c in others if c.status == complaints.DONE]
    return t("reopen_follower_only", reference=finished[0].reference) if finished else None
