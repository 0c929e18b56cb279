"""Twilio status callbacks: delivery progress per outbound message, and what failures mean."""

from __future__ import annotations

import logging
import re
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.inbound import twilio_sid
from bot.outbox import switch_to_template
from bot.transports import OPTED_OUT, OUTSIDE_WINDOW, THROTTLED
from lapor.retry import backoff
from models import Contact, DeliveryStatus, OutboxMessage, OutboxStatus

logger = logging.getLogger(__name__)

# Later statuses never go back to earlier ones (callbacks can arrive out of order).
PROGRESS = {"accepted": 0, "queued": 1, "sending": 2, "sent": 3, "delivered": 4, "read": 5}
FAILURES = {"failed", "undelivered"}
STATUS_WORD = re.compile(r"[a-z_]{1,20}")  # Twilio's statuses: queued, sent, partially_delivered…


def record_status(session: Session, form, config: dict, now: datetime) -> bool:
    """Store one status callback and act on it; False when it repeats one already stored."""
    sid = twilio_sid(form.get("MessageSid") or form.get("SmsSid"))
    status = (form.get("MessageStatus") or form.get("SmsStatus") or "").strip().lower()
    if not sid or not STATUS_WORD.fullmatch(status):
        raise ValueError("a well-formed MessageSid and MessageStatus are required")
    code = _int(form.get("ErrorCode"))
    row = _outbox_row(session, sid)
    try:
        with session.begin_nested():
            session.add(DeliveryStatus(outbox_id=row and row.id, message_sid=sid, status=status,
                                       error_code=code, received_at=now))
    except IntegrityError:
        return False
    if row is not None and row.twilio_sid == sid:
        _apply(session, row, status, code, config, now)
    return True


def _outbox_row(session: Session, sid: str) -> OutboxMessage | None:
    row = session.scalars(select(OutboxMessage).where(OutboxMessage.twilio_sid == sid)).one_or_none()
    if row is None:  # the row was re-sent since (as a template): find it through earlier statuses
        earlier = session.scalars(select(DeliveryStatus.outbox_id).where(
            DeliveryStatus.message_sid == sid, DeliveryStatus.outbox_id.is_not(None)).limit(1)).first()
        row = session.get(OutboxMessage, earlier) if earlier else None
    return row


def _apply(session: Session, row: OutboxMessage, status: str, code: int | None, config: dict,
           now: datetime) -> None:
    if status in PROGRESS:
        if PROGRESS[status] > PROGRESS.get(row.status, -1):
            row.status = status
        return
    if status not in FAILURES:
        return
    row.last_error = f"{status} {code or ''}".strip()
    if code == OPTED_OUT:
        _opt_out(session, row.recipient)
    elif code == OUTSIDE_WINDOW and switch_to_template(row, config):
        _send_again(row, now)
        return
    elif code == THROTTLED and row.attempts < config["OUTBOX_MAX_ATTEMPTS"]:
        _send_again(row, now + backoff(row.attempts, config["OUTBOX_BACKOFF_SECONDS"]))
        return
    row.status = OutboxStatus.FAILED if status == "failed" else OutboxStatus.UNDELIVERED
    logger.error("outbox %s (%s) %s with code %s", row.id, row.purpose, status, code)


def _send_again(row: OutboxMessage, when: datetime) -> None:
    row.status = OutboxStatus.PENDING
    row.twilio_sid = None
    row.next_attempt_at = when


def _opt_out(session: Session, recipient: str) -> None:
    contact = session.scalars(select(Contact).where(Contact.reached_at(recipient))).one_or_none()
    if contact is not None:
        contact.opted_out = True
        logger.info("contact %s opted out (21610)", contact.id)


def _int(raw) -> int | None:
    try:
        return int(raw)
    except (TypeError, ValueError):
        return None
