"""The audit log: who logged in, who saw a protected reporter's identity, who did what from the dashboard.

`record` is the Flask-free writer; `log_action` and `log_identity_view` are what views call (they take the
person, the time and the address from the request). Verifiers and supervisors list the log at `/audit`.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from flask import Blueprint, current_app, render_template, request
from flask_login import current_user
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from lapor import access
from models import AuditEntry, Complaint
from services import services
from web import db
from web.auth import staff_required

bp = Blueprint("audit", __name__)

PAGE_SIZE = 50
PROTECTED = ("anonim", "rahasia")  # privacy levels whose reporter's identity is logged when shown


class AuditAction(StrEnum):
    """What the log records besides complaint actions (those are named by their command: `teruskan`, `tl`…)."""

    LOGIN = "login"
    LOGOUT = "logout"
    IDENTITY_VIEW = "identity_view"


def record(session: Session, action: str, *, actor_id: int | None, at: datetime, address: str = "",
           complaint_id: int | None = None, **detail) -> AuditEntry:
    """Add one entry to the log (the caller's transaction commits it with what it records)."""
    entry = AuditEntry(action=str(action), actor_id=actor_id, at=at, address=address[:64],
                       complaint_id=complaint_id, detail=detail)
    session.add(entry)
    return entry


def log_action(session: Session, action: str, complaint: Complaint | None = None, **detail) -> AuditEntry:
    """Record an action of the logged-in staff member in this request (e.g. `log_action(db(), "teruskan",
    complaint, agencies=["DLH"])`), in the same transaction as the action itself."""
    return record(session, action, actor_id=current_user.id, at=services(current_app).clock(),
                  address=request.remote_addr or "", complaint_id=complaint.id if complaint else None, **detail)


def log_identity_view(session: Session, complaint: Complaint) -> None:
    """Record that the logged-in staff member was shown the reporter's identity of an anonim or rahasia complaint
    (call it where a page shows the reporter; nothing is logged when the identity is withheld from the reader or
    the complaint is `biasa`)."""
    if complaint.privacy in PROTECTED and access.may_see_identity(current_user, complaint):
        log_action(session, AuditAction.IDENTITY_VIEW, complaint, privacy=complaint.privacy)


@bp.get("/audit")
@staff_required("verifier", "supervisor")
def index():
    """The log, newest first, a page at a time (`?hal=2`)."""
    page = max(request.args.get("hal", 1, type=int) or 1, 1)
    session = db()
    total = session.scalar(select(func.count()).select_from(AuditEntry))
    entries = session.scalars(select(AuditEntry).options(selectinload(AuditEntry.actor))
                              .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
                              .offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE)).all()
    numbers = dict(session.execute(select(Complaint.id, Complaint.number).where(
        Complaint.id.in_({e.complaint_id for e in entries if e.complaint_id}))).all())
    return render_template("audit/index.html", entries=entries, numbers=numbers, page=page,
                           pages=max(1, -(-total // PAGE_SIZE)), total=total)
