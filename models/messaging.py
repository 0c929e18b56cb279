"""Messages in (deduplicated log), messages out (outbox) and Twilio delivery statuses."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, JSONType, utcnow
from models.vocab import OutboxStatus


class InboundMessage(Base):
    """One inbound WhatsApp message, unique by Twilio's MessageSid, with the reply it got."""

    __tablename__ = "inbound_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_sid: Mapped[str] = mapped_column(String(64), unique=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    body: Mapped[str] = mapped_column(Text, default="")
    num_media: Mapped[int] = mapped_column(default=0)
    payload: Mapped[dict] = mapped_column(default=dict)
    replies: Mapped[list] = mapped_column(JSONType, default=list)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)

    def __repr__(self) -> str:
        return f"<InboundMessage {self.message_sid}>"


class OutboxMessage(Base):
    """One WhatsApp message to send: free text or a template, at most one media item."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_due", "status", "next_attempt_at"),
        Index("ix_outbox_subject", "subject_type", "subject_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    recipient: Mapped[str] = mapped_column(String(140))  # E.164, or a BSUID for a person known by none
    body: Mapped[str] = mapped_column(Text, default="")
    media_url: Mapped[str | None] = mapped_column(String(1000))
    template_sid: Mapped[str | None] = mapped_column(String(64))
    template_variables: Mapped[dict | None]
    purpose: Mapped[str] = mapped_column(String(40), default="notice")
    subject_type: Mapped[str | None] = mapped_column(String(40))
    subject_id: Mapped[int | None]
    dedupe_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    part_of: Mapped[int | None]  # a part sent on its own (or a photo kept aside): the id of the row it was cut from
    status: Mapped[str] = mapped_column(String(20), default=OutboxStatus.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    lease_until: Mapped[datetime | None]
    last_attempt_at: Mapped[datetime | None]
    ambiguous: Mapped[bool] = mapped_column(default=False)  # last attempt may have reached Twilio
    twilio_sid: Mapped[str | None] = mapped_column(String(64), unique=True)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]

    def __repr__(self) -> str:
        return f"<OutboxMessage {self.id} {self.purpose} {self.status}>"


class DeliveryStatus(Base):
    """A status Twilio reported for one message SID (accepted, sent, delivered, read, failed…)."""

    __tablename__ = "delivery_statuses"
    __table_args__ = (UniqueConstraint("message_sid", "status", name="uq_delivery_statuses_sid_status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    outbox_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id", ondelete="SET NULL"), index=True)
    message_sid: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(20))
    error_code: Mapped[int | None]
    received_at: Mapped[datetime] = mapped_column(default=utcnow)

    def __repr__(self) -> str:
        return f"<DeliveryStatus {self.message_sid} {self.status}>"
