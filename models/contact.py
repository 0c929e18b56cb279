"""People who write to the service (citizens and staff) and their conversation state."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utcnow
from models.directory import Agency

STAFF_ROLES = ("officer", "head", "verifier", "supervisor")


class Contact(Base):
    """A WhatsApp number: a citizen, or a staff member when `role` is set."""

    __tablename__ = "contacts"
    # Staff lookups (role = … AND active) must not scan every citizen.
    __table_args__ = (Index("ix_contacts_role", "role", postgresql_where=text("role IS NOT NULL"),
                            sqlite_where=text("role IS NOT NULL")),)

    id: Mapped[int] = mapped_column(primary_key=True)
    phone: Mapped[str] = mapped_column(String(20), unique=True)  # E.164
    wa_id: Mapped[str | None] = mapped_column(String(32))
    profile_name: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(20))  # staff only: officer, head, verifier, supervisor
    name: Mapped[str | None] = mapped_column(String(200))  # staff only: name from the directory
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    active: Mapped[bool] = mapped_column(default=True)  # staff only: False when replaced in the directory
    opted_out: Mapped[bool] = mapped_column(default=False)
    last_inbound_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    conversation: Mapped[Conversation | None] = relationship(back_populates="contact")
    agency: Mapped[Agency | None] = relationship()

    @property
    def is_staff(self) -> bool:
        """Tell whether this number belongs to an active staff member."""
        return self.role is not None and self.active

    def __repr__(self) -> str:
        return f"<Contact {self.id} role={self.role}>"


class Conversation(Base):
    """Where a contact is in the chat (state) and what they have said so far (data)."""

    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), unique=True)
    state: Mapped[str] = mapped_column(String(40), default="idle")
    data: Mapped[dict] = mapped_column(default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    contact: Mapped[Contact] = relationship(back_populates="conversation")

    def __repr__(self) -> str:
        return f"<Conversation contact={self.contact_id} state={self.state}>"
