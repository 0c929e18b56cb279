"""The staff dashboard's state: sessions, one-time login codes, rate-limit counters and the audit log.

All of it lives in the database, not in a process, so any web machine behind the load balancer can serve any
request, and a deactivation or a logout takes effect everywhere at once.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, JSONType, utcnow
from models.contact import Contact


class WebSession(Base):
    """A staff member's dashboard session; the browser holds the token, the row only its hash."""

    __tablename__ = "web_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None]  # logged out, idle too long, or the staff member was deactivated
    address: Mapped[str] = mapped_column(String(64), default="")
    user_agent: Mapped[str] = mapped_column(String(200), default="")

    staff: Mapped[Contact] = relationship()

    def __repr__(self) -> str:
        return f"<WebSession {self.id} staff={self.staff_id} ended={self.ended_at is not None}>"


class RefusedForm(Base):
    """A refused action's form, kept for the page it redirects to (Post/Redirect/Get): what was typed and why it
    was refused, so that Back and Refresh never resend a form. Only its own session reads it; a later success on
    the complaint deletes it."""

    __tablename__ = "refused_forms"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(32), unique=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("web_sessions.id", ondelete="CASCADE"), index=True)
    number: Mapped[int]  # the complaint's number (LPR-<number>)
    action: Mapped[str] = mapped_column(String(20))
    fields: Mapped[dict] = mapped_column(JSONType, default=dict)  # the form as posted, without its token and file
    messages: Mapped[dict] = mapped_column(JSONType, default=dict)  # {"shown": [[category, text], ...]}
    status: Mapped[int] = mapped_column(default=400)  # 400 refused, 409 changed meanwhile
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    def __repr__(self) -> str:
        return f"<RefusedForm {self.id} {self.action} LPR-{self.number}>"


class LoginCode(Base):
    """A 6-digit code sent on WhatsApp to a registered staff number; only its keyed hash is stored."""

    __tablename__ = "login_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    phone: Mapped[str] = mapped_column(String(20), index=True)  # the number the code was sent to and is bound to
    staff_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    code_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    tries: Mapped[int] = mapped_column(default=0)
    used_at: Mapped[datetime | None]  # used to log in, or replaced by a newer code

    def __repr__(self) -> str:
        return f"<LoginCode {self.id} staff={self.staff_id}>"


class RateLimit(Base):
    """A fixed-window counter per key (`code:phone:+62…`, `code:ip:10.0.0.1`…), shared by every web machine."""

    __tablename__ = "rate_limits"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    window_start: Mapped[datetime]
    count: Mapped[int] = mapped_column(default=0)

    def __repr__(self) -> str:
        return f"<RateLimit {self.key}={self.count}>"


class AuditEntry(Base):
    """Who did what, when and from where: logins, views of a protected reporter's identity, actions."""

    __tablename__ = "audit_log"
    # the /audit page lists newest first, of one action when asked (`?tindakan=`: its count and page by the second)
    __table_args__ = (Index("ix_audit_log_at", "at"), Index("ix_audit_log_action_at", "action", "at", "id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    action: Mapped[str] = mapped_column(String(40))
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaints.id", ondelete="SET NULL"), index=True)
    address: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[dict] = mapped_column(JSONType, default=dict)

    actor: Mapped[Contact | None] = relationship()

    def __repr__(self) -> str:
        return f"<AuditEntry {self.id} {self.action} actor={self.actor_id}>"
