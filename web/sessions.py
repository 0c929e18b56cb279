"""Dashboard sessions kept in the database: a random token in the browser's cookie, its hash in a row.

A row lets any web machine check a session, and lets a logout, an idle timeout or a deactivation end it
everywhere at once (Flask-Login's "alternative token" pattern: the token is the user id it stores).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from lapor import access
from models import Contact, WebSession, utcnow

TOUCH_EVERY = timedelta(minutes=1)  # last_seen_at is written at most this often (not on every request)


# The session row a token opens, built once (every request reads it): its hash a parameter
_BY_TOKEN = select(WebSession).where(WebSession.token_hash == bindparam("token_hash"))


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start(session: Session, staff: Contact, now: datetime, address: str = "", user_agent: str = "") -> str:
    """Open a session for a staff member and return its token (the only copy: the row keeps its hash)."""
    token = secrets.token_urlsafe(32)
    session.add(WebSession(token_hash=_hash(token), staff_id=staff.id, created_at=now, last_seen_at=now,
                           address=address[:64], user_agent=user_agent[:200]))
    session.flush()
    return token


def resume(session: Session, token: str, now: datetime, idle: timedelta) -> WebSession | None:
    """The live session the token opens, or None; a session idle too long, or whose staff member may no longer
    use the dashboard (deactivated, no longer staff), is ended here."""
    row = session.scalars(_BY_TOKEN, {"token_hash": _hash(token)}).one_or_none()
    if row is None or row.ended_at is not None:
        return None
    if now - row.last_seen_at > idle or not access.may_use_dashboard(row.staff):
        row.ended_at = now
        return None
    if now - row.last_seen_at >= TOUCH_EVERY:
        row.last_seen_at = now
    return row


def row_of(session: Session, token: str | None) -> WebSession | None:
    """The session row a token opened, ended or not (a form sent after the idle timeout is kept for its owner)."""
    if not token:
        return None
    return session.scalars(_BY_TOKEN, {"token_hash": _hash(token)}).one_or_none()


def end(session: Session, token: str, now: datetime) -> None:
    """End the session the token opens (logout)."""
    session.execute(update(WebSession).where(WebSession.token_hash == _hash(token), WebSession.ended_at.is_(None))
                    .values(ended_at=now))


def end_all(session: Session, staff_id: int, now: datetime) -> int:
    """End every open session of a staff member; returns how many were open."""
    result = session.execute(update(WebSession).where(WebSession.staff_id == staff_id,
                                                      WebSession.ended_at.is_(None)).values(ended_at=now))
    return result.rowcount


def on_staff_changed(session: Session, event) -> None:
    """The directory deactivated someone or changed their role or agency: their sessions end now (they log in
    again for the new place; the per-request check in `resume` is the safety net)."""
    end_all(session, event.contact_id, utcnow())  # the event carries no time; only 'ended' matters here
