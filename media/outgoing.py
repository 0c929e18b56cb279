"""Media in outgoing WhatsApp messages: the stored item behind an outbox row's media reference, sent as a signed
link the service serves itself (Twilio's own media URL needs our credentials and dies with its message)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from lapor.media import CLEANED, complaints_of, mark_missing, served_key, variant_for
from media import links
from media.charts import is_chart
from media.storage import StorageError
from models import Contact, MediaItem, MediaStatus

logger = logging.getLogger(__name__)

WAIT = timedelta(seconds=30)  # how long a photo waiting for its fetch waits before it is looked at again
# What Twilio sends as WhatsApp media (its "Guidance on WhatsApp Media Messages"; WhatsApp's own audio list adds
# M4A): JPEG and PNG; Ogg with the Opus codec only (`OPUS_HEAD`), AMR, AAC, MP3, M4A; MP4 and 3GP video; PDF. Not:
# MOV (an iPhone video attached as a document; no WhatsApp video type), WebP (WhatsApp's stickers only), Ogg
# Vorbis/FLAC. Those go as a line naming the complaint's page instead (`outbox.without_media`), never attached.
WHATSAPP_MEDIA = frozenset({"image/jpeg", "image/png", "audio/ogg", "audio/amr", "audio/aac", "audio/mpeg",
                            "audio/mp4", "video/mp4", "video/3gpp", "application/pdf"})
OPUS_HEAD = b"OpusHead"  # the first packet of an Ogg Opus stream (the first page's, after its 27-byte header)
OGG_START = 64  # bytes read of an Ogg file: its first page's header (27) and its first packet's start


@dataclass(frozen=True)
class MediaDecision:
    """What becomes of an outbox row's media now: send `url`, `wait` for the fetch, or go without it (`reason`)."""

    url: str | None = None
    wait: bool = False
    reason: str = ""
    on_page: bool = False  # a type WhatsApp cannot carry: said where to see, not a failure


def decide(session: Session, reference: str | None, reader: Contact | None, config: dict,
           now: datetime, storage=None) -> MediaDecision:
    """The link to send for a media reference (a Twilio URL noted by the webhook), whether to wait for it, or
    None (with the reason): a reference never noted (an outside URL) goes as it is; a refused, failed or purged
    item goes not at all, nor one whose stored file is gone (checked in `storage` when given: Twilio would fetch a
    404 and drop the whole message).
    """
    if not reference:
        return MediaDecision()
    item = session.scalars(select(MediaItem).where(MediaItem.source_url == reference)).one_or_none()
    if item is None:
        return MediaDecision(url=reference)
    if item.status in (MediaStatus.PENDING, MediaStatus.FETCHING):
        return MediaDecision(wait=True)
    if item.status != MediaStatus.STORED:
        return MediaDecision(reason=f"item {item.id} {item.status}")
    if not config["PUBLIC_BASE_URL"] and config["TWILIO_ACCOUNT_SID"]:
        logger.warning("media %s not sent: Twilio needs PUBLIC_BASE_URL to fetch it", item.id)
        return MediaDecision(reason="no PUBLIC_BASE_URL")
    variant = variant_for(reader.role if reader else None, _privacy(session, item, config), config[
        "MEDIA_STRIP_METADATA"])
    if served_key(item, variant) is None:
        logger.warning("media %s not sent: no copy without metadata for an anonymous complaint", item.id)
        return MediaDecision(reason=f"item {item.id} withheld: metadata not removable")
    if item.content_type not in WHATSAPP_MEDIA:
        return MediaDecision(reason=f"item {item.id} is {item.content_type}, not sent on WhatsApp", on_page=True)
    if storage is not None:
        gone = _file_gone(storage, item, variant, now) or _not_opus(storage, item, variant)
        if gone is not None:
            return gone
    return MediaDecision(url=links.url(config, item.id, variant, now, timedelta(seconds=config["MEDIA_LINK_SECONDS"])))


def _file_gone(storage, item: MediaItem, variant: str, now: datetime) -> MediaDecision | None:
    """None when the stored file the link would serve is there; else the item is marked failed (the complaint page
    shows it missing, operators see it among failed items) or, with the storage unreachable, the row waits."""
    key = served_key(item, variant)
    try:
        if key and storage.exists(key):
            return None
    except StorageError:
        logger.exception("media %s: storage unreachable; its message waits", item.id)
        return MediaDecision(wait=True)
    logger.error("media %s: stored file %s is missing; marked failed", item.id, (key or "-")[:12])
    if not mark_missing(object_session(item), key, now):  # no key at all: this item alone
        item.status, item.last_error = MediaStatus.FAILED, f"stored file missing (-) at {now:%Y-%m-%d %H:%M}"
    return MediaDecision(reason=f"item {item.id} file missing")


def _not_opus(storage, item: MediaItem, variant: str) -> MediaDecision | None:
    """For an Ogg file, the decision to leave it to the complaint's page unless its codec is Opus (a voice note):
    Twilio sends no other Ogg on WhatsApp. Its first page is read (the file is there: `_file_gone` looked)."""
    if item.content_type != "audio/ogg":
        return None
    try:
        with storage.open(served_key(item, variant)) as stored:
            if hasattr(stored, "limit"):  # a bucket's object: the GET asks for these bytes, not the file from them
                stored.limit(OGG_START)
            start = stored.read(OGG_START)  # its first page only, not the whole file
    except (KeyError, StorageError):
        return None  # looked at again by the next send; Twilio's refusal is handled as before
    if OPUS_HEAD in start:
        return None
    return MediaDecision(reason=f"item {item.id} is an Ogg file without Opus, not sent on WhatsApp", on_page=True)


def _privacy(session: Session, item: MediaItem, config: dict) -> str:
    """The strictest privacy of the complaints the item belongs to (only looked up when it matters: with
    MEDIA_STRIP_METADATA=all, only for a file whose copy without metadata could not be made)."""
    if item.content_type not in CLEANED or is_chart(item.source_url):
        return "biasa"
    if config["MEDIA_STRIP_METADATA"] == "all" and item.clean_sha256:
        return "biasa"
    found = {complaint.privacy for complaint in complaints_of(session, item)}
    return next((level for level in ("anonim", "rahasia") if level in found), "biasa")
