"""One inbound message, handled once: lock the sender, deduplicate, route, remember the reply."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bot import Services, conversation, staff
from bot.inbound import Inbound
from models import Contact, InboundMessage
from models.db import is_postgres

logger = logging.getLogger(__name__)


def receive(svc: Services, message: Inbound, now: datetime) -> list[str]:
    """Handle a message in one transaction and return the replies (the stored ones for a repeat)."""
    with svc.session_factory.begin() as session:
        contact = lock_contact(session, message.phone, now)
        seen = session.scalars(select(InboundMessage).where(
            InboundMessage.message_sid == message.sid)).one_or_none()
        if seen is not None:
            logger.info("repeated delivery of %s: answering as before", message.sid)
            return list(seen.replies)
        _note_contact(contact, message, now)
        log = InboundMessage(message_sid=message.sid, contact_id=contact.id, body=message.body,
                             num_media=len(message.media), payload=message.as_payload(), received_at=now)
        session.add(log)
        handler = staff.handle if contact.is_staff else conversation.handle
        replies = handler(session, svc, contact, message, now)
        log.replies = replies
        return replies


def lock_contact(session: Session, phone: str, now: datetime) -> Contact:
    """Create the contact if new and lock its row, so one person's messages are handled one at a time."""
    dialect = postgresql if is_postgres(session) else sqlite
    session.execute(dialect.insert(Contact).values(phone=phone, created_at=now, opted_out=False)
                    .on_conflict_do_nothing(index_elements=["phone"]))
    return session.scalars(select(Contact).where(Contact.phone == phone).with_for_update()).one()


def _note_contact(contact: Contact, message: Inbound, now: datetime) -> None:
    contact.last_inbound_at = now
    contact.opted_out = False  # writing again lifts a STOP
    if message.profile_name:
        contact.profile_name = message.profile_name
    if message.wa_id:
        contact.wa_id = message.wa_id
