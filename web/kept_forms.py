"""A refused action's form, kept server-side for the page the browser is redirected to (Post/Redirect/Get).

A refused action answered the page straight from its POST: Back to it after a later success, or Refresh on it,
made the browser ask to resend the form. Now the action keeps what was typed and why it was refused in a row of
the person's own session and redirects (303) to the complaint's page with `?ulang=<token>`, which shows them
again (Refresh too). A later success on the complaint deletes the session's rows for it, so Back after it shows
the page as it is now, never the text already sent. A form sent after the session ended (idle) is kept the same
way for the person, and comes back after they log in again. Rows end with their session (cascade) or after a day
(older rows are never read, and are deleted when the next form is kept).

Pages other than a complaint's keep their refused forms the same way, under an action of their own and a number
of their own (`templat:<agency code>`: the template's id, 0 for a new one; `direktori`: 0, an uploaded directory
file kept for its preview and for the step that applies it, which names it by its token): `kept` and `forget`
take the actions they read, so one page never shows or deletes another's form.
"""

from __future__ import annotations

import secrets
from collections.abc import Collection
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from models import RefusedForm, WebSession

KEEP = timedelta(days=1)
NOT_KEPT = {"csrf_token", "confirm", "seen", "kirim"}  # a new page gets a fresh token, its own `seen` and id
LONGEST = 100_000  # characters kept of one field (a box takes 4,000; a longer text is kept whole, to shorten)


def keep(session: Session, session_id: int, number: int, action: str, posted: dict[str, list[str]],
         shown: list[tuple[str, str]], status: int, now: datetime, errors: dict[str, list[str]] | None = None,
         longest: int = LONGEST) -> str:
    """Keep a refused form (the fields as posted, the messages that say why, the fields' own errors) and return
    the token that shows it. `longest`: characters kept of one field (a directory file is longer than a box)."""
    token = secrets.token_urlsafe(16)
    fields = {name: [value[:longest] for value in values] for name, values in posted.items() if name not in NOT_KEPT}
    messages = {"shown": [list(pair) for pair in shown],
                "errors": {name: list(found) for name, found in (errors or {}).items()}}
    session.add(RefusedForm(token=token, session_id=session_id, number=number, action=action, fields=fields,
                            messages=messages, status=status, created_at=now))
    session.execute(delete(RefusedForm).where(RefusedForm.created_at < now - KEEP))
    return token


def kept(session: Session, staff_id: int, number: int, token: str | None, actions: Collection[str] | None = None,
         *, now: datetime, lock: bool = False) -> RefusedForm | None:
    """The form kept under `token` for this complaint (or page's `number`) by this staff member (in this session,
    or in one that ended while the form was open: after logging in again it comes back), one of `actions` when
    given, kept less than a day before `now`, or None. `lock`: the row is locked until the transaction ends (a
    directory file applied by two clicks at once is applied once)."""
    if not token:
        return None
    conditions = [RefusedForm.token == token[:32], RefusedForm.number == number,
                  RefusedForm.session_id.in_(_sessions_of(staff_id)), RefusedForm.created_at >= now - KEEP]
    if actions is not None:
        conditions.append(RefusedForm.action.in_(list(actions)))
    query = select(RefusedForm).where(*conditions)
    return session.scalars(query.with_for_update() if lock else query).one_or_none()


def forget(session: Session, staff_id: int, number: int, actions: Collection[str] | None = None) -> None:
    """Delete the staff member's kept forms of a complaint (an action on it went through), or of a page's `number`
    and `actions`."""
    conditions = [RefusedForm.number == number, RefusedForm.session_id.in_(_sessions_of(staff_id))]
    if actions is not None:
        conditions.append(RefusedForm.action.in_(list(actions)))
    session.execute(delete(RefusedForm).where(*conditions))


def _sessions_of(staff_id: int):
    return select(WebSession.id).where(WebSession.staff_id == staff_id)
