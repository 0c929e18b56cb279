"""Files staff upload on the dashboard (a photo with a final answer): checked by their bytes and stored exactly as
fetched media are, so the outbox sends them as signed links and the complaint page shows them."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from media.content import COPIED, WrongType, clean_copy, sniff
from media.scrub import SCRUBBER
from media.storage import Storage
from models import Contact, MediaItem, MediaStatus

UPLOAD_PREFIX = "upload:"  # the reference of an uploaded item (fetched ones are Twilio URLs)


class UploadRefused(ValueError):
    """The file is empty, too large or of a type we do not keep; `reason` is one of empty, too_large, wrong_type."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def store_upload(session: Session, storage: Storage, data: bytes, declared: str, sender: Contact, now: datetime,
                 max_bytes: int) -> dict:
    """Store an uploaded file (an image, a PDF or a video also without its metadata) and note it as a stored media
    item; returns the media reference a follow-up carries (`{"url", "content_type"}`)."""
    if not data:
        raise UploadRefused("empty")
    if len(data) > max_bytes:
        raise UploadRefused("too_large")
    try:
        content_type = sniff(data, declared or "application/octet-stream")
        clean = clean_copy(data, content_type)
    except WrongType as exc:
        raise UploadRefused("wrong_type") from exc
    original = storage.put(data, content_type)
    item = MediaItem(source_url=f"{UPLOAD_PREFIX}{uuid.uuid4().hex}", declared_type=content_type, sender_id=sender.id,
                     status=MediaStatus.STORED, attempts=0, next_attempt_at=now, content_type=content_type,
                     size=len(data), sha256=original, clean_sha256=storage.put(clean, content_type) if clean else None,
                     created_at=now, stored_at=now, scrubber=SCRUBBER if content_type in COPIED else None)
    session.add(item)
    session.flush()
    return {"url": item.source_url, "content_type": content_type}
