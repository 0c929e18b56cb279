"""Complaints (laporan), their photos and their timeline; the per-deployment reference counter."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DDL, ForeignKey, Index, String, Text, UniqueConstraint, event, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.answer_template import TITLE_KEY_INDEX
from models.base import Base, JSONType, utcnow
from models.contact import Contact


class Counter(Base):
    """A named gap-free counter; incremented inside the transaction that uses the number."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(default=0)

    def __repr__(self) -> str:
        return f"<Counter {self.name}={self.value}>"


class Complaint(Base):
    """One report by a citizen (pengaduan, aspirasi or informasi), referenced as LPR-<number>."""

    __tablename__ = "complaints"
    __table_args__ = (Index("ix_complaints_citizen", "citizen_id", "created_at"),
                      Index("ix_complaints_status", "status"),
                      # the staff queue: new complaints oldest first, everything newest first within a status
                      Index("ix_complaints_status_created", "status", "created_at"),
                      Index("ix_complaints_verify_next", "verify_next_at"),
                      Index("ix_complaints_autoclose", "autoclose_at"),
                      # the performance page: a period's complaints and its finished ones read from the index
                      # alone on PostgreSQL (an index-only scan instead of the whole table)
                      Index("ix_complaints_created", "created_at",
                            postgresql_include=["parent_id", "kind", "source", "district", "status", "rating"]),
                      Index("ix_complaints_finished", "finished_at",
                            postgresql_include=["parent_id", "status", "kind", "source", "district"]),
                      # New complaints waiting for the verifiers' notice (built off the request path).
                      Index("ix_complaints_unannounced", "id", postgresql_where=text("announced_at IS NULL"),
                            sqlite_where=text("announced_at IS NULL")))

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)
    citizen_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text)
    location_text: Mapped[str] = mapped_column(String(500), default="")
    # The kecamatan its place text or pin lies in ("" none), placed by `lapor.facts` when the place is written
    # and again by `flask --app app districts place` when the region's districts change.
    district: Mapped[str] = mapped_column(String(100), default="", server_default="")
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    privacy: Mapped[str] = mapped_column(String(10), default="biasa")
    status: Mapped[str] = mapped_column(String(30))
    source: Mapped[str] = mapped_column(String(20), default="whatsapp")
    reporter_name: Mapped[str | None] = mapped_column(String(200))
    rating: Mapped[int | None]
    rating_comment: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("complaints.id"))  # merged into (GABUNG)
    closed_at: Mapped[datetime | None]          # finished for good (rated, or no reaction in time)
    # Ladder state: the next verification reminder and when a finished complaint closes by itself.
    verify_rung: Mapped[int] = mapped_column(default=0)
    verify_next_at: Mapped[datetime | None]
    autoclose_at: Mapped[datetime | None]
    announced_at: Mapped[datetime | None]       # when the verifiers were told (None: not yet)
    # The ranked agencies the verifiers were shown ([{"code", "reason"}]): `TERUSKAN LPR-12 1` takes the first.
    routing_suggestions: Mapped[list | None] = mapped_column(JSONType)
    # The likely duplicates the verifiers were shown ([{"number", "score"}]), kept for the dashboard's queue.
    duplicate_suggestions: Mapped[list | None] = mapped_column(JSONType)
    # SP4N-LAPOR!: the national tracking ID once the complaint is recorded there (export + record, import, HTTP).
    lapor_tracking_id: Mapped[str | None] = mapped_column(String(40), unique=True)
    lapor_recorded_at: Mapped[datetime | None]
    lapor_pulled_at: Mapped[datetime | None]    # HTTP mode: when its status was last asked for (None: never)

    citizen: Mapped[Contact | None] = relationship()
    media: Mapped[list[ComplaintMedia]] = relationship(order_by="ComplaintMedia.id", cascade="all, delete-orphan")
    timeline: Mapped[list[TimelineEntry]] = relationship(order_by="TimelineEntry.id",
                                                         cascade="all, delete-orphan")
    dispositions: Mapped[list[Disposition]] = relationship(  # noqa: F821
        order_by="Disposition.id", back_populates="complaint", cascade="all, delete-orphan")
    parent: Mapped[Complaint | None] = relationship(remote_side="Complaint.id")

    @property
    def reference(self) -> str:
        """The number people type: LPR-<n>."""
        return f"LPR-{self.number}"

    def __repr__(self) -> str:
        return f"<Complaint {self.reference} {self.status}>"


class ComplaintMedia(Base):
    """A photo (or other attachment) of a complaint, as the URL Twilio gave and its content type."""

    __tablename__ = "complaint_media"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(String(1000))
    content_type: Mapped[str] = mapped_column(String(100))

    def __repr__(self) -> str:
        return f"<ComplaintMedia {self.complaint_id} {self.content_type}>"


class ComplaintFollower(Base):
    """A citizen following someone else's public complaint instead of filing the same problem again."""

    __tablename__ = "complaint_followers"
    __table_args__ = (UniqueConstraint("complaint_id", "contact_id", name="uq_complaint_followers"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    def __repr__(self) -> str:
        return f"<ComplaintFollower {self.complaint_id} {self.contact_id}>"


class TimelineEntry(Base):
    """Something that happened to a complaint: a status change, a follow-up, a rating, a note."""

    __tablename__ = "timeline_entries"
    # statistics: a complaint's reopenings (TIDAK PUAS) without reading the rest of its timeline
    __table_args__ = (Index("ix_timeline_reopened", "complaint_id", "at",
                            postgresql_where=text("event = 'dibuka_kembali'"),
                            sqlite_where=text("event = 'dibuka_kembali'")),)

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    event: Mapped[str] = mapped_column(String(30))
    status_from: Mapped[str | None] = mapped_column(String(30))
    status_to: Mapped[str | None] = mapped_column(String(30))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    text: Mapped[str | None] = mapped_column(Text)
    public: Mapped[bool] = mapped_column(default=True)  # shown to the citizen
    disposition_id: Mapped[int | None] = mapped_column(ForeignKey("dispositions.id", ondelete="SET NULL"))
    media: Mapped[list] = mapped_column(JSONType, default=list)  # [{"url", "content_type"}] with a follow-up

    def __repr__(self) -> str:
        return f"<TimelineEntry {self.complaint_id} {self.event}>"


# The dashboard's word search (lapor.queue.SEARCHED) is answered by a pg_trgm GIN index on PostgreSQL. An index on
# an expression with an operator class is not something autogenerate compares, so it is DDL of its own: made by
# migration 0025 and, for a schema built from the models (the tests), by these events; migrations/env.py leaves it
# out of autogenerate (UNMODELLED_INDEXES). SQLite searches by reading the table.
SEARCH_INDEX = "ix_complaints_search_trgm"
SEARCH_EXPRESSION = "lower((((title)::text || ' '::text) || description) || ' '::text || (location_text)::text)"
REPORTER_INDEX = "ix_complaints_reporter_trgm"  # the search by reporter's name (migration 0026)
REPORTER_EXPRESSION = "lower((reporter_name)::text)"
UNMODELLED_INDEXES = frozenset({SEARCH_INDEX, REPORTER_INDEX, TITLE_KEY_INDEX})  # and templates' titles


def compared_by_autogenerate(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic's include_object: everything but the indexes made as DDL of their own."""
    return not (type_ == "index" and name in UNMODELLED_INDEXES)


event.listen(Complaint.__table__, "after_create",
             DDL("CREATE EXTENSION IF NOT EXISTS pg_trgm").execute_if(dialect="postgresql"))
event.listen(Complaint.__table__, "after_create",
             DDL(f"CREATE INDEX {SEARCH_INDEX} ON complaints USING gin ({SEARCH_EXPRESSION} gin_trgm_ops)")
             .execute_if(dialect="postgresql"))
event.listen(Complaint.__table__, "after_create",
             DDL(f"CREATE INDEX {REPORTER_INDEX} ON complaints USING gin ({REPORTER_EXPRESSION} gin_trgm_ops)")
             .execute_if(dialect="postgresql"))
