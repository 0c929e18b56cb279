"""Login by a 6-digit code sent on WhatsApp to a registered staff number: issue, check, forget.

The code is bound to the number, lives 5 minutes, allows 5 tries and is used once; only its keyed hash (HMAC with
SECRET_KEY: a leaked table alone cannot be brute-forced offline) is stored. Whoever asks gets the same answer
whether or not the number is staff: `request_code` returns nothing to tell apart to its caller's visitor.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from lapor import access
from models import Contact, LoginCode

CODE_DIGITS = 6
CODE_LIFETIME = timedelta(minutes=5)
MAX_TRIES = 5


def hash_code(secret: str, phone: str, code: str) -> str:
    """The stored form of a code: keyed by the app's secret and bound to the number it was sent to."""
    return hmac.new(secret.encode(), f"{phone}:{code}".encode(), hashlib.sha256).hexdigest()


def request_code(session: Session, phone: str, now: datetime, secret: str) -> tuple[Contact, str] | None:
    """Issue a new code for `phone` when it is a staff member who may use the dashboard: returns the staff member
    and the code to send (None for anyone else). Earlier unused codes of the number stop working."""
    staff = session.scalars(select(Contact).where(Contact.phone == phone)).one_or_none()
    if not access.may_use_dashboard(staff):
        return None
    session.execute(update(LoginCode).where(LoginCode.phone == phone, LoginCode.used_at.is_(None))
                    .values(used_at=now))
    code = f"{secrets.randbelow(10 ** CODE_DIGITS):0{CODE_DIGITS}d}"
    session.add(LoginCode(phone=phone, staff_id=staff.id, code_hash=hash_code(secret, phone, code),
                          created_at=now, expires_at=now + CODE_LIFETIME))
    session.flush()
    return staff, code


def check_code(session: Session, phone: str, typed: str, now: datetime, secret: str) -> Contact | None:
    """The staff member the typed code logs in, or None (wrong, expired, used, out of tries, or the person may no
    longer use the dashboard). A right code is used up; a wrong one costs a try. The code's row is locked, so two
    requests with one code never both succeed."""
    row = session.scalars(select(LoginCode).where(LoginCode.phone == phone, LoginCode.used_at.is_(None))
                          .order_by(LoginCode.id.desc()).limit(1).with_for_update()).one_or_none()
    if row is None or row.expires_at <= now or row.tries >= MAX_TRIES:
        return None
    if not hmac.compare_digest(row.code_hash, hash_code(secret, phone, typed.strip())):
        row.tries += 1
        return None
    row.used_at = now
    staff = session.get(Contact, row.staff_id)
    return staff if access.may_use_dashboard(staff) and staff.phone == phone else None
