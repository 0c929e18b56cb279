"""Deleting media: a region's retention period for finished complaints, and a citizen's erasure request
(UU PDP 27/2022). The rows stay (purged, with when); the bytes go; the complaint's timeline records it."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bot.messages import t
from lapor.media import complaint_items, retention_due, unused_items
from media.storage import Storage
from models import Complaint, MediaItem, MediaStatus, TimelineEntry
from models.vocab import Event

logger = logging.getLogger(__name__)



def purge_complaint(session: Session, storage: Storage, complaint: Complaint, now: datetime, *, event: str,
                    note: str) -> int:
    """Delete the stored bytes of a complaint's media (a file another live item shares stays) and record it in the
    complaint's timeline (staff only); returns how many items were purged (0: nothing to do, nothing recorded)."""
    items = [item for item in complaint_items(session, complaint) if item.status != MediaStatus.PURGED]
    _purge(session, storage, items, now)
    if items:
        session.add(TimelineEntry(complaint_id=complaint.id, at=now, event=event, public=False,
                                  text=t("note_media_purged", reason=note, count=len(items))))
        logger.warning("media of %s purged (%s): %s items", complaint.reference, event, len(items))
    return len(items)


def _purge(session: Session, storage: Storage, items: list[MediaItem], now: datetime) -> None:
    """Mark the items purged and delete their files (a file another live item shares stays)."""
    for item in items:
        keys = {item.sha256, item.clean_sha256} - {None}
        item.status, item.purged_at, item.sha256, item.clean_sha256 = MediaStatus.PURGED, now, None, None
        session.flush()
        for key in keys:
            if not _still_used(session, key):
                storage.delete(key)


def purge_unused(session: Session, storage: Storage, now: datetime, draft_timeout: timedelta) -> int:
    """Purge media nothing refers to (`lapor.media.unused_items`: a cancelled or expired draft's, past a
    complaint's limit) UNUSED_GRACE after it came; no complaint, so no timeline entry: logged."""
    items = unused_items(session, now, draft_timeout)
    _purge(session, storage, items, now)
    if items:
        logger.info("purged %s media items nothing refers to: %s", len(items), [item.id for item in items][:50])
    return len(items)


def _still_used(session: Session, key: str) -> bool:
    return session.scalar(select(MediaItem.id).where(
        or_(MediaItem.sha256 == key, MediaItem.clean_sha256 == key)).limit(1)) is not None


def expire(session: Session, storage: Storage, now: datetime, days: int) -> int:
    """Purge the media of complaints closed for more than `days` days (0: kept as long as the complaint)."""
    return sum(purge_complaint(session, storage, complaint, now, event=Event.MEDIA_EXPIRED,
                               note=t("note_media_expired", days=days))
               for complaint in retention_due(session, now, days))
