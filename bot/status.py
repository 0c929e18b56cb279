"""Twilio status callbacks: delivery progress per outbound message, and what failures mean.

Callbacks come repeated, out of order, late, and even before the sender has stored the message's SID (Twilio's
callback can overtake its answer to `create()`). Each is kept once as an event; the message's state only moves
forward (`later`); and one that came before the SID was stored is applied in the transaction that stores it
(`catch_up`), the two serialised per SID (`hold`) so that neither can miss the other.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime

from sqlalchemy import String, bindparam, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.inbound import bounded_int, twilio_sid
from bot.outbox import contact_at, opt_out, switch_to_template, without_media
from bot.transports import MEDIA_REFUSED, OPTED_OUT, OUTSIDE_WINDOW, THROTTLED
from lapor.retry import backoff
from models import DeliveryStatus, OutboxMessage, OutboxStatus
from models.db import is_postgres

logger = logging.getLogger(__name__)

# Twilio's statuses of an outbound message in the order a message can reach them. Its state only moves down this
# list: a failure stands over what came before delivery but never over delivered or read (a late `undelivered`
# after `read` is kept as an event, not as the state), and an earlier, repeated or unknown status changes nothing.
ORDER = ("accepted", "scheduled", "queued", "sending", "sent", "failed", "undelivered", "delivered", "read")
RANK = {status: rank for rank, status in enumerate(ORDER)}
TRACKED = ORDER[RANK[OutboxStatus.SENT]:]  # the states of a row with a SID (the others are the sender's own)
FAILURES = (OutboxStatus.FAILED, OutboxStatus.UNDELIVERED)
STATUS_WORD = re.compile(r"[a-z_]{1,20}")  # Twilio's statuses: queued, sent, partially_delivered…
MAX_ERROR_CODE = 999_999  # Twilio's error codes have five digits; anything else is kept as no code
SID_LOCKS = 0x534944  # the class of PostgreSQL advisory locks taken on a Twilio SID ("SID")


def later(current: str, reported: str) -> str:
    """The state of a message in state `current` once Twilio reports `reported`: whichever comes later in ORDER."""
    return reported if RANK.get(reported, -1) > RANK.get(current, -1) else current


def record_status(session: Session, form, config: dict, now: datetime) -> bool:
    """Store one status callback and act on it; False when it repeats one already stored."""
    sid = twilio_sid(form.get("MessageSid") or form.get("SmsSid"))
    status = (form.get("MessageStatus") or form.get("SmsStatus") or "").strip().lower()
    if not sid or not STATUS_WORD.fullmatch(status):
        raise ValueError("a well-formed MessageSid and MessageStatus are required")
    code = bounded_int(form.get("ErrorCode"), 1, MAX_ERROR_CODE)
    hold(session, sid)
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


def hold(session: Session, sid: str) -> None:
    """Make the transactions about one SID (a callback, the sender storing it) run one after the other until
    commit, so each sees what the other wrote: a transaction-level advisory lock on PostgreSQL (SQLite's writers
    already take the whole database at BEGIN)."""
    if is_postgres(session):
        session.execute(_HELD, {"sid": sid})


def catch_up(session: Session, row: OutboxMessage, config: dict, now: datetime) -> None:
    """Apply to a row whose SID was just stored (under `hold`) the callbacks about it that came first, in the
    order they came; they were kept with no row."""
    early = session.scalars(_EARLY, {"sid": row.twilio_sid}).all()
    for event in early:
        event.outbox_id = row.id
        if row.twilio_sid == event.message_sid:  # not sent again (as a template) by an earlier one of them
            _apply(session, row, event.status, event.error_code, config, now)


# What storing every send runs, built once: the SID's lock, and the callbacks about it that came first.
_HELD = select(func.pg_advisory_xact_lock(SID_LOCKS, func.hashtext(bindparam("sid", type_=String()))))
_EARLY = (select(DeliveryStatus).where(DeliveryStatus.message_sid == bindparam("sid", type_=String()),
                                       DeliveryStatus.outbox_id.is_(None)).order_by(DeliveryStatus.id))


def _outbox_row(session: Session, sid: str) -> OutboxMessage | None:
    row = session.scalars(select(OutboxMessage).where(OutboxMessage.twilio_sid == sid)).one_or_none()
    if row is None:  # the row was re-sent since (as a template): find it through earlier statuses
        earlier = session.scalars(select(DeliveryStatus.outbox_id).where(
            DeliveryStatus.message_sid == sid, DeliveryStatus.outbox_id.is_not(None)).limit(1)).first()
        row = session.get(OutboxMessage, earlier) if earlier else None
    return row


def _apply(session: Session, row: OutboxMessage, status: str, code: int | None, config: dict,
           now: datetime) -> None:
    """Move the row's state forward to `status`, acting on a failure only when it counts (nothing later than
    sent was heard); anything else stays the event already stored."""
    if row.status not in TRACKED or later(row.status, status) == row.status:
        return
    if status in FAILURES:
        _failed(session, row, status, code, config, now)
    else:
        row.status = status


def _failed(session: Session, row: OutboxMessage, status: str, code: int | None, config: dict,
            now: datetime) -> None:
    """A failure that counts: send again as a template (63016) or later (63018), without its media saying so (the
    media refused), stop writing (21610), or say so."""
    row.last_error = f"{status} {code or ''}".strip()
    if code in MEDIA_REFUSED and row.media_url:
        if without_media(session, row, config, f"Twilio could not deliver it ({row.last_error})"):
            _send_again(row, now)
        return
    if code == OPTED_OUT:
        contact = contact_at(session, row.recipient)
        if contact is not None:
            opt_out(session, contact, now)
    elif code == OUTSIDE_WINDOW and switch_to_template(row, config):
        _send_again(row, now)
        return
    elif code == THROTTLED and row.attempts < config["OUTBOX_MAX_ATTEMPTS"]:
        _send_again(row, now + backoff(row.attempts, config["OUTBOX_BACKOFF_SECONDS"]))
        return
    row.status = status
    logger.error("outbox %s (%s) %s with code %s", row.id, row.purpose, status, code)


def _send_again(row: OutboxMessage, when: datetime) -> None:
    row.status = OutboxStatus.PENDING
    row.twilio_sid = None
    row.next_attempt_at = when


