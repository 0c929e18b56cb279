"""Media items (photos, voice notes, videos, documents) people sent: a reference first, the stored bytes later."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow
from models.vocab import MediaStatus


class MediaItem(Base):
    """One media item a person sent through Twilio: its Twilio URL (the reference every other row uses), then
    its stored bytes, kept under their SHA-256 (a photo sent twice is stored once)."""

    __tablename__ = "media_items"
    __table_args__ = (Index("ix_media_items_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_url: Mapped[str] = mapped_column(String(1000), unique=True)
    declared_type: Mapped[str] = mapped_column(String(100))  # Twilio's MediaContentType
    sender_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(20), default=MediaStatus.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    lease_until: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    content_type: Mapped[str | None] = mapped_column(String(100))  # checked by its bytes
    size: Mapped[int | None]
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)        # the bytes as sent
    clean_sha256: Mapped[str | None] = mapped_column(String(64), index=True)  # an image re-encoded without metadata
    # The `media.scrub.SCRUBBER` that made the copy without metadata or last checked it (`flask media clean
    # --redo` reads again the items of a smaller one); NULL: made before it was recorded (migration 0035).
    scrubber: Mapped[int | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    stored_at: Mapped[datetime | None]
    purged_at: Mapped[datetime | None]

    @property
    def kind(self) -> str:
        """image, audio, video or document, by the checked type (else the declared one)."""
        return kind_of(self.content_type or self.declared_type)

    def __repr__(self) -> str:
        return f"<MediaItem {self.id} {self.status}>"


class MediaFilePending(Base):
    """A stored file `flask media clean` (`media.backfill`) wrote before the commit that points an item at it
    (`written`), or an old copy that commit replaced (`replaced`): the row is committed before the file is written
    or in the commit that replaces it, and goes once the file is settled. A run killed in between leaves its row,
    and the next run deletes the file unless some item uses it. Not tied to an item: the item may be purged or
    marked missing meanwhile, and its `last_error` stays for errors."""

    __tablename__ = "media_file_pending"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)  # the file's SHA-256, as `media.storage` keys it
    noted_at: Mapped[datetime] = mapped_column(default=utcnow)
    reason: Mapped[str] = mapped_column(String(20))  # media.backfill.WRITTEN or REPLACED

    def __repr__(self) -> str:
        return f"<MediaFilePending {self.key[:12]} {self.reason}>"


def kind_of(content_type: str) -> str:
    """The kind of a content type: image, audio, video or document."""
    major = content_type.split("/", 1)[0]
    return major if major in ("image", "audio", "video") else "document"
