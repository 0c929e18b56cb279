"""People who write to the service (citizens and staff) and their conversation state."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, or_, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utcnow
from models.directory import Agency
from models.vocab import Role

STAFF_ROLES = tuple(Role)


class Contact(Base):
    """A person on WhatsApp, known by phone number and/or business-scoped user ID: a citizen, or a staff member
    when `role` is set (staff are registered, and recognised, by phone number)."""

    __tablename__ = "contacts"
    # Staff lookups (role = … AND active) must not scan every citizen.
    __table_args__ = (Index("ix_contacts_role", "role", postgresql_where=text("role IS NOT NULL"),
                            sqlite_where=text("role IS NOT NULL")),
                      CheckConstraint("phone IS NOT NULL OR bsuid IS NOT NULL", name="identified"))

    id: Mapped[int] = mapped_column(primary_key=True)
    phone: Mapped[str | None] = mapped_column(String(20), unique=True)  # E.164, only when the provider gave it
    bsuid: Mapped[str | None] = mapped_column(String(140), unique=True)  # Meta's business-scoped user ID (ID.1349…)
    username: Mapped[str | None] = mapped_column(String(100))  # WhatsApp username: a display name, never proof
    wa_id: Mapped[str | None] = mapped_column(String(32))
    profile_name: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(20))  # staff only: officer, head, verifier, supervisor
    name: Mapped[str | None] = mapped_column(String(200))  # staff only: name from the directory
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    active: Mapped[bool] = mapped_column(default=True)  # staff only: False when replaced in the directory
    # The columns away_until, away_from, away_kind are a cache of the current or next leave of `staff_leaves` (the
    # earliest not called off and not over), kept by `lapor.directory.refresh_leave` in the transaction that changes
    # a leave and by the scheduler's `leave` job when one ends: a message's presence checks read no other table.
    away_until: Mapped[datetime | None]  # staff only: on leave (CUTI) until then: no notices or reminders
    # staff only: leave recorded ahead starts then (until then they are at work); None once it has started
    away_from: Mapped[datetime | None]
    # staff only: the kind of absence said when the leave was recorded ("dinas luar", "diklat", "sakit"); None: cuti
    away_kind: Mapped[str | None] = mapped_column(String(40))
    # staff only (heads): the colleague who acts as this head (Plh) while they are on leave: gets what goes to the
    # agency's heads and may send the head's commands
    stand_in_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    opted_out: Mapped[bool] = mapped_column(default=False)
    last_inbound_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    conversation: Mapped[Conversation | None] = relationship(back_populates="contact")
    agency: Mapped[Agency | None] = relationship()
    stand_in: Mapped[Contact | None] = relationship(remote_side=[id], foreign_keys=[stand_in_id])

    @property
    def address(self) -> str:
        """Where messages to this person go: the phone number when known, else the BSUID."""
        return self.phone or self.bsuid or ""

    @property
    def addresses(self) -> tuple[str, ...]:
        """Every address messages to this person may have been queued for (the BSUID's before it was linked)."""
        return tuple(value for value in (self.phone, self.bsuid) if value)

    @property
    def display_name(self) -> str | None:
        """The name the person shows: the WhatsApp profile name, else their username."""
        return self.profile_name or self.username

    @classmethod
    def reached_at(cls, recipient):
        """SQL condition: the contact messages to `recipient` (an address or an address column) go to."""
        return or_(cls.phone == recipient, cls.bsuid == recipient)

    def present(self, now: datetime) -> bool:
        """Tell whether this staff member is at work at `now`: active and not on leave (CUTI)."""
        return self.active and not self.on_leave(now)

    def on_leave(self, now: datetime) -> bool:
        """Tell whether `now` falls in this staff member's leave (CUTI): after its first day began, before its end."""
        return (self.away_until is not None and self.away_until > now
                and (self.away_from is None or self.away_from <= now))

    def leave_ahead(self, now: datetime) -> bool:
        """Tell whether this staff member has leave recorded that has not started at `now`."""
        return self.away_from is not None and self.away_from > now and self.away_until is not None

    @classmethod
    def at_work(cls, now: datetime):
        """SQL condition: not on leave at `now` (no leave, leave over, or leave that starts later)."""
        return or_(cls.away_until.is_(None), cls.away_until <= now, cls.away_from > now)

    @property
    def is_staff(self) -> bool:
        """Tell whether this number belongs to an active staff member."""
        return self.role is not None and self.active

    def __repr__(self) -> str:
        return f"<Contact {self.id} role={self.role}>"


class StaffLeave(Base):
    """One absence of a staff member (cuti, izin, sakit, dinas luar): from `starts_at` until `until` (their return),
    unless called off (`cancelled_at`). A person may hold several, apart from each other."""

    __tablename__ = "staff_leaves"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime]
    until: Mapped[datetime]
    kind: Mapped[str | None] = mapped_column(String(40))  # as Contact.away_kind: None is cuti
    stand_in_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    cancelled_at: Mapped[datetime | None]

    def __repr__(self) -> str:
        return f"<StaffLeave {self.id} contact={self.contact_id} {self.starts_at:%Y-%m-%d}..{self.until:%Y-%m-%d}>"


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


class LinkCode(Base):
    """A one-time code sent to a staff member's registered number to tie a BSUID-only identity to it (`TAUTKAN`)."""

    __tablename__ = "link_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), unique=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    code_hash: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime]
    tries: Mapped[int] = mapped_column(default=0)

    def __repr__(self) -> str:
        return f"<LinkCode contact={self.contact_id} staff={self.staff_id}>"
