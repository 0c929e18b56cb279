"""Chart images the service sends (the supervisors' weekly chart): kept in the media storage as a media item
named `chart:<name>`, so the outbox sends them as the same signed, expiring links as any stored photo."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import MediaItem, MediaStatus

PREFIX = "chart:"
PNG = "image/png"


def is_chart(reference: str | None) -> bool:
    """Whether an outbox media reference names a chart image (no complaint, nothing private in it)."""
    return bool(reference) and reference.startswith(PREFIX)


def store_png(session: Session, storage, name: str, data: bytes, now: datetime) -> str:
    """Keep a chart PNG once under `chart:<name>` (a second call keeps the first) and return that reference."""
    reference = PREFIX + name
    if session.scalars(select(MediaItem.id).where(MediaItem.source_url == reference)).first() is not None:
        return reference
    key = storage.put(data, PNG)
    session.add(MediaItem(source_url=reference, declared_type=PNG, content_type=PNG, status=MediaStatus.STORED,
                          size=len(data), sha256=key, created_at=now, next_attempt_at=now, stored_at=now))
    session.flush()
    return reference
