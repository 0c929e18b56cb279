"""A refused action's form, kept server-side for the page the browser is redirected to (Post/Redirect/Get).

A refused action answered the page straight from its POST: Back to it after a later success, or Refresh on it,
made the browser ask to resend the form. Now the action keeps what was typed and why it was refused in a row of
the person's own session and redirects (303) to the complaint's page with `?ulang=<token>`, which shows them
again (Refresh too). A later success on the complaint deletes the session's rows for it, so Back after it shows
the page as it is now, never the text already sent. A form sent after the session ended (idle) is kept the same
way for the person, and comes back after they log in again. Rows end with their session (cascade) or after a day.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from models import RefusedForm, WebSession

KEEP = timedelta(days=1)
NOT_KEPT = {"csrf_token", "confirm", "seen", "kirim"}  # a new page gets a fresh token, its own `seen` and id
LONGEST = 100_000  # characters kept of one field (a box takes 4,000; a longer text is kept whole, to shorten)


def keep(session: Session, session_id: int, number: int, action: str, posted: dict[str, list[str]],
         shown: list[tuple[str, str]], status: int, now: datetime) -> str:
    """Keep a refused form (the fields as posted, the messages that say why) and return the token that shows it."""
    token = secrets.token_urlsafe(16)
    fields = {name: [value[:LONGEST] for value in values] for name, values in posted.items() if name not in NOT_KEPT}
    session.add(RefusedForm(token=token, session_id=session_id, number=number, action=action, fields=fields,
                            messages={"shown": [list(pair) for pair in shown]}, status=status, created_at=now))
    session.execute(delete(RefusedForm).where(RefusedForm.created_at < now - KEEP))
    return token


def kept(session: Session, staff_id: int, number: int, token: str | None) -> RefusedForm | None:
    """The form kept under `token` for this complaint by this staff member (in this session, or in one that ended
    while the form was open: after logging in again it comes back), or None."""
    if not token:
        return None
    return session.scalars(select(RefusedForm).where(RefusedForm.token == token[:32], RefusedForm.number == number,
                                                     RefusedForm.session_id.in_(_sessions_of(staff_id)))).one_or_none()


def forget(session: Session, staff_id: int, number: int) -> None:
    """Delete the staff member's kept forms of a complaint (an action on it went through)."""
    session.execute(delete(RefusedForm).where(RefusedForm.number == number,
                                              RefusedForm.session_id.in_(_sessions_of(staff_id))))


def _sessions_of(staff_id: int):
    return select(WebSession.id).where(WebSession.staff_id == staff_id)
