"""Login by a 6-digit code sent on WhatsApp to a registered staff number: issue, check, forget.

The code is bound to the number, lives 5 minutes, allows 5 tries and is used once; only its keyed hash (HMAC with
SECRET_KEY: a leaked table alone cannot be brute-forced offline) is stored. Whoever asks gets the same answer
whether or not the number is staff.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from bot import outbox
from bot.messages import t
from lapor import access
from models import Contact, LoginCode, OutboxMessage, OutboxStatus, Purpose, RateLimit, WebSession

CODE_DIGITS = 6
CODE_LIFETIME = timedelta(minutes=5)
MAX_TRIES = 5
KEEP_CODES = timedelta(days=1)  # codes and rate-limit counters (no window is longer)
KEEP_SESSIONS = timedelta(days=30)  # ended or abandoned sessions (logins stay in the audit log)


def hash_code(secret: str, phone: str, code: str) -> str:
    """The stored form of a code: keyed by the app's secret and bound to the number it was sent to."""
    return hmac.new(secret.encode(), f"{phone}:{code}".encode(), hashlib.sha256).hexdigest()


def request_code(session: Session, phone: str, now: datetime, secret: str) -> bool:
    """Queue a new code on WhatsApp for `phone` when it is a staff member who may use the dashboard (True), else
    do nothing (False: the caller's visitor must not be told). Earlier unused codes of the number stop working.

    Outside the 24-hour window the outbox sends it through the `login` template (TWILIO_CONTENT_SIDS), with the
    code as its variable 1, as WhatsApp's authentication templates take it.
    """
    staff = session.scalars(select(Contact).where(Contact.phone == phone)).one_or_none()
    if not access.may_use_dashboard(staff):
        return False
    session.execute(update(LoginCode).where(LoginCode.phone == phone, LoginCode.used_at.is_(None))
                    .values(used_at=now))
    code = f"{secrets.randbelow(10 ** CODE_DIGITS):0{CODE_DIGITS}d}"
    row = LoginCode(phone=phone, staff_id=staff.id, code_hash=hash_code(secret, phone, code),
                    created_at=now, expires_at=now + CODE_LIFETIME)
    session.add(row)
    session.flush()
    forget_codes(session, now)
    outbox.enqueue(session, phone, t("login_code", code=code), purpose=Purpose.LOGIN, subject=("login_code", row.id),
                   template_variables={"1": code}, now=now)
    return True


def forget_codes(session: Session, now: datetime) -> None:
    """Take back the WhatsApp copies of dead codes (used, replaced, expired) not sent yet, and blank those sent:
    the outbox keeps what it sent, and a code must be kept only as a hash."""
    dead = select(LoginCode.id).where(or_(LoginCode.used_at.is_not(None), LoginCode.expires_at <= now))
    about = (OutboxMessage.subject_type == "login_code", OutboxMessage.subject_id.in_(dead))
    outbox.take_back(session, "the code can no longer be used", *about)
    session.execute(update(OutboxMessage).where(*about, OutboxMessage.status != OutboxStatus.SENDING,
                                                OutboxMessage.body != "")
                    .values(body="", template_variables=None))


def tidy(session: Session, now: datetime) -> None:
    """Forget what the login no longer needs: codes and rate-limit counters older than a day, sessions unused for
    30 days (run on each code request: a few rows each time)."""
    session.execute(delete(LoginCode).where(LoginCode.created_at < now - KEEP_CODES))
    session.execute(delete(RateLimit).where(RateLimit.window_start < now - KEEP_CODES))
    session.execute(delete(WebSession).where(WebSession.last_seen_at < now - KEEP_SESSIONS))


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
    forget_codes(session, now)
    staff = session.get(Contact, row.staff_id)
    return staff if access.may_use_dashboard(staff) and staff.phone == phone else None


EXPIRED, REPLACED, OUT_OF_TRIES = "expired", "replaced", "out_of_tries"


def why_refused(session: Session, phone: str, typed: str, now: datetime, secret: str) -> str | None:
    """Why a refused code was a right one once: EXPIRED (typed after its 5 minutes), REPLACED (a newer code was
    asked, or it was used) or OUT_OF_TRIES (given up after MAX_TRIES wrong codes: it read «expired» a few seconds
    after it was asked); None for a code never sent to `phone`. Only whoever holds the code learns this: a right
    code typed late read «Kode salah…», and was checked and typed again."""
    wanted = hash_code(secret, phone, typed.strip())
    rows = session.scalars(select(LoginCode).where(LoginCode.phone == phone, LoginCode.created_at > now - KEEP_CODES)
                           .order_by(LoginCode.id.desc()))
    row = next((row for row in rows if hmac.compare_digest(row.code_hash, wanted)), None)
    if row is None:
        return None
    if row.used_at is not None and row.expires_at > now:
        return REPLACED
    return OUT_OF_TRIES if row.expires_at > now and row.tries >= MAX_TRIES else EXPIRED
