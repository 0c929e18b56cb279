"""Media rules: which types are kept, the references an inbound message leaves, who may see a complaint's media,
how long it is kept. No Flask, no Twilio, no network: the fetch job and the media view build on these."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from lapor.access import Reader, hidden_media
from lapor.dispositions import disposition_for
from lapor.retry import Queue, claim
from models import (
    Complaint,
    ComplaintMedia,
    Contact,
    Conversation,
    MediaItem,
    MediaStatus,
    OutboxMessage,
    TimelineEntry,
)
from models.db import Prepared, bound_insert, per_dialect, session_connection, upsert_insert
from models.media import kind_of
from models.vocab import Role

# What we keep, by the type its bytes show (WhatsApp's own photo, voice note, video and document formats).
ACCEPTED = {
    "image/jpeg", "image/png", "image/webp",
    "audio/ogg", "audio/mpeg", "audio/mp4", "audio/aac", "audio/amr",
    "video/mp4", "video/3gpp", "video/quicktime",  # MOV: an iPhone video attached as a document, as it was taken
    "application/pdf",
}
STICKER = "image/webp"  # WhatsApp stickers arrive as WebP (photos as JPEG): not kept as evidence
PRIVATE = ("rahasia", "anonim")
CLEAN, ORIGINAL = "c", "o"  # an image without metadata, or the bytes as sent
ANONYMOUS = "a"  # the copy without metadata and never the bytes as sent (an anonymous complaint, for non-verifiers)
# Types stored with a copy without metadata (media.content.clean_copy): images, PDFs, MP4/3GP/MOV videos, M4A, MP3
# and Ogg audio (a voice note is its own copy; an Ogg sent as a document may carry comments naming its maker).
CLEANED = frozenset({"image/jpeg", "image/png", "image/webp", "application/pdf", "video/mp4", "video/3gpp",
                     "video/quicktime", "audio/mp4", "audio/mpeg", "audio/ogg"})


# Other names phones, browsers and Twilio give the formats we keep (unregistered or legacy types).
ALIASES = {
    "image/jpg": "image/jpeg", "image/pjpeg": "image/jpeg", "image/x-png": "image/png",
    "audio/opus": "audio/ogg", "audio/x-opus+ogg": "audio/ogg", "application/ogg": "audio/ogg",
    "audio/mp3": "audio/mpeg", "audio/x-mpeg": "audio/mpeg", "audio/mpeg3": "audio/mpeg",
    "audio/x-m4a": "audio/mp4", "audio/m4a": "audio/mp4", "audio/x-aac": "audio/aac", "audio/aacp": "audio/aac",
    "audio/amr-nb": "audio/amr", "video/3gp": "video/3gpp", "audio/3gpp": "video/3gpp", "video/mov": "video/quicktime",
    "application/x-pdf": "application/pdf", "application/acrobat": "application/pdf",
}


# Files of types not kept that people send most, answered with what to do instead: WhatsApp's "Kontak" share (a
# vCard) and office documents (a letter typed in Word, a list in Excel), which a PDF or a photo of the pages carries.
CONTACT_CARDS = frozenset({"text/vcard", "text/x-vcard", "text/directory"})
OFFICE_DOCUMENTS = ("application/msword", "application/vnd.ms-", "application/vnd.openxmlformats-officedocument.",
                    "application/vnd.oasis.opendocument.", "application/rtf", "text/rtf")


def refused_kind(content_types: Iterable[str]) -> str:
    """What files of types not kept are, for the answer: `contact` (contact cards only), `office` (a Word, Excel,
    PowerPoint or OpenDocument file among them), else `other`."""
    kinds = {base_type(kind) for kind in content_types}
    if kinds and kinds <= CONTACT_CARDS:
        return "contact"
    if any(kind.startswith(OFFICE_DOCUMENTS) for kind in kinds):
        return "office"
    return "other"


def base_type(content_type: str) -> str:
    """The type without parameters, lower case, by its registered name (`audio/ogg; codecs=opus` → `audio/ogg`,
    `image/jpg` → `image/jpeg`)."""
    kind = content_type.split(";", 1)[0].strip().lower()
    return ALIASES.get(kind, kind)


def is_accepted(content_type: str, *, stickers: bool = False) -> bool:
    """Tell whether media declared with this type is kept (a sticker only when asked for)."""
    kind = base_type(content_type)
    return kind in ACCEPTED and (stickers or kind != STICKER)


def record_references(session: Session, sender_id: int | None, media: Iterable, now: datetime) -> None:
    """Note the kept media of an inbound message (each `.url`, `.content_type`) for the fetch job: one statement,
    in the message's own transaction; a URL noted before (a repeated delivery) stays as it was."""
    rows = [{"source_url": m.url, "declared_type": base_type(m.content_type), "sender_id": sender_id,
             "status": MediaStatus.PENDING, "attempts": 0, "next_attempt_at": now, "created_at": now}
            for m in media if is_accepted(m.content_type)]
    if not rows:
        return
    connection = session_connection(session)
    if len(rows) == 1:  # a photo, a voice note: the common case, on the driver's cursor
        _NOTED[connection.dialect.name].execute(session, rows[0])
    else:  # the same statement for each row, one executemany
        connection.execute(_NOTED[connection.dialect.name].statement, rows)


def _noted(dialect) -> Prepared:
    """`record_references`' INSERT of an item, for one dialect, sent on the session's connection (one item by
    `models.db.Prepared`), where the ORM's bulk INSERT, built at every call, cost about 0.85 M instructions for one
    item (a fifth of a whole message's): its statement's making, cache key and execution. Unlike the ORM's, it does
    not flush the session first: what the message changed is written with its log or flushed at commit, in the
    same transaction (a message with media sends one statement fewer)."""
    return Prepared(bound_insert(MediaItem.__table__, NOTED, dialect).on_conflict_do_nothing(
        index_elements=["source_url"]))


NOTED = ("source_url", "declared_type", "sender_id", "status", "attempts", "next_attempt_at", "created_at")
_NOTED = per_dialect(_noted)


def skip_unused(session: Session, sender_id: int | None, media: Iterable[tuple[str, str]], now: datetime) -> None:
    """Note media (`(url, content_type)` pairs) nothing will use as skipped, so the fetch job never downloads them:
    items past a complaint's limit, a cancelled, expired or replaced draft's. Noted in the message's own
    transaction, before or after `record_references` (which leaves them skipped); an item being fetched or stored
    already is left to `unused_items` (retention)."""
    rows = [{"source_url": url, "declared_type": base_type(content_type), "sender_id": sender_id,
             "status": MediaStatus.SKIPPED, "attempts": 0, "next_attempt_at": now, "created_at": now}
            for url, content_type in media if url and is_accepted(content_type)]
    if rows:
        insert = upsert_insert(session, MediaItem)
        session.execute(insert.on_conflict_do_update(
            index_elements=["source_url"], set_={"status": MediaStatus.SKIPPED},
            where=MediaItem.status == MediaStatus.PENDING), rows)


def claim_due(session: Session, now: datetime, limit: int) -> list[MediaItem]:
    """Take a batch of media items due for fetching (or whose worker died) for this worker, one attempt each;
    `FOR UPDATE SKIP LOCKED` on PostgreSQL lets several workers share the queue."""
    return claim(session, FETCHING, now, limit)


# The media items as a queue (`lapor.retry`), its statements built once.
FETCHING = Queue(MediaItem, due=MediaStatus.PENDING, working=MediaStatus.FETCHING)


def items_by_url(session: Session, urls: Iterable[str]) -> dict[str, MediaItem]:
    """The media items behind these references (Twilio URLs), by URL; a URL never noted is absent."""
    urls = [url for url in urls if url]
    if not urls:
        return {}
    return {item.source_url: item for item in session.scalars(select(MediaItem)
                                                               .where(MediaItem.source_url.in_(urls)))}


def complaint_urls(complaint: Complaint) -> list[str]:
    """Every media reference of a complaint: the citizen's (filing, answers, reopening) and the officers'."""
    urls = [m.url for m in complaint.media]
    for entry in complaint.timeline:
        urls.extend(m.get("url", "") for m in entry.media or [])
    return list(dict.fromkeys(url for url in urls if url))


def complaint_items(session: Session, complaint: Complaint,
                    found: dict[str, MediaItem] | None = None) -> list[MediaItem]:
    """The media items of a complaint, in the order they came; `found`: read already with others' (`items_of`)."""
    urls = complaint_urls(complaint)
    if found is None:
        found = items_by_url(session, urls)
    items = {found[url].id: found[url] for url in urls if url in found}
    return sorted(items.values(), key=lambda item: item.id)


def items_seen_by(session: Session, complaint: Complaint, reader: Reader | None,
                  found: dict[str, MediaItem] | None = None) -> list[MediaItem]:
    """The complaint's media items this reader may see (None: outside the service, SP4N-LAPOR!'s admin, as no
    verifier): without those of a story kept past its number's budget (`lapor.access.hidden_media`), the
    verifiers' only. Every page, message and export that links a complaint's media chooses them here."""
    hidden = hidden_media(reader, complaint)
    return [item for item in complaint_items(session, complaint, found) if item.source_url not in hidden]


def items_of(session: Session, complaints: Iterable[Complaint]) -> dict[str, MediaItem]:
    """The media items of several complaints at once (a chunk of an export), by URL: one query, not one each."""
    return items_by_url(session, [url for complaint in complaints for url in complaint_urls(complaint)])


def complaints_of(session: Session, item: MediaItem) -> list[Complaint]:
    """The complaints a media item belongs to (filed with it, or in a timeline entry)."""
    filed = select(ComplaintMedia.complaint_id).where(ComplaintMedia.url == item.source_url)
    ids = set(session.scalars(filed))
    entries = select(TimelineEntry.complaint_id, TimelineEntry.media).where(TimelineEntry.media.is_not(None))
    if item.sender_id is not None:
        entries = entries.where(TimelineEntry.actor_id == item.sender_id)
    ids |= {cid for cid, media in session.execute(entries) if any(m.get("url") == item.source_url
                                                                     for m in media or [])}
    return list(session.scalars(select(Complaint).where(Complaint.id.in_(ids)))) if ids else []


def mark_missing(session: Session, key: str | None, now: datetime) -> int:
    """Mark failed every stored item whose file (either form) is `key`, found missing from the storage (deleted
    outside the service): the complaint page then says the file is missing (failed with `stored_at` set) and no
    message sends it. Returns how many items were marked."""
    short = (key or "-")[:12]
    if not key:
        return 0
    return session.execute(update(MediaItem).where(
        MediaItem.status == MediaStatus.STORED, or_(MediaItem.sha256 == key, MediaItem.clean_sha256 == key))
        .values(status=MediaStatus.FAILED, last_error=f"stored file missing ({short}) at {now:%Y-%m-%d %H:%M}")
        .execution_options(synchronize_session="fetch")).rowcount


def may_see_media(staff: Contact, complaint: Complaint) -> bool:
    """Whether a staff contact may see a complaint's media: the same rule as the complaint itself (verifiers and
    supervisors any complaint, officers and heads those their agency has a disposition on)."""
    if not staff.is_staff:
        return False
    if staff.role in (Role.VERIFIER, Role.SUPERVISOR):
        return True
    return disposition_for(complaint, staff.agency_id) is not None


def variant_for(reader_role: str | None, privacy: str, strip: str) -> str:
    """Which form of a file a reader gets: verifiers the original, everyone else (officers, citizens, Twilio,
    the LAPOR! export) the copy without metadata when MEDIA_STRIP_METADATA covers the complaint (`all`, or
    `private` for anonim and rahasia complaints); for an anonim complaint always, and nothing when there is none
    (ANONYMOUS: `served_key`)."""
    if reader_role == Role.VERIFIER:
        return ORIGINAL
    if privacy == "anonim":
        return ANONYMOUS
    return CLEAN if strip == "all" or privacy in PRIVATE else ORIGINAL


def served_key(item: MediaItem, variant: str) -> str | None:
    """The stored file a link in `variant` serves: the copy without metadata when there is one and the variant is
    not ORIGINAL, else the bytes as sent; None (withheld) for ANONYMOUS when a type that carries metadata has no
    such copy (an encrypted or broken PDF or video, or one stored before its copy was made): DESIGN promises an
    anonymous reporter's identity never reaches an agency, and a PDF's author often names them."""
    if variant != ORIGINAL and item.clean_sha256:
        return item.clean_sha256
    if variant == ANONYMOUS and item.content_type in CLEANED:
        return None
    return item.sha256


def retention_due(session: Session, now: datetime, days: int) -> list[Complaint]:
    """Finished complaints (closed for good) whose media has been kept `days` days since they closed."""
    if days <= 0:
        return []
    return list(session.scalars(select(Complaint).where(Complaint.closed_at.is_not(None),
                                                        Complaint.closed_at <= now - timedelta(days=days))
                                .order_by(Complaint.id)))


UNUSED_GRACE = timedelta(days=2)  # an item nothing refers to is deleted this long after it came (docs/media.md)
SWEPT = (MediaStatus.STORED, MediaStatus.PENDING, MediaStatus.FAILED)


def unused_items(session: Session, now: datetime, draft_timeout: timedelta) -> list[MediaItem]:
    """Media items noted UNUSED_GRACE ago or more that nothing will use: in no complaint (filed with it, or in a
    timeline entry), no outbox row, and not held by their sender's conversation (outside a draft: an answer
    waiting for the rating, staff's held photos; in a draft touched within `draft_timeout`, so not yet dropped).
    A cancelled, expired or replaced draft's media, past a complaint's limit, sent at no step that keeps it."""
    candidates = list(session.scalars(select(MediaItem).where(
        MediaItem.status.in_(SWEPT), MediaItem.created_at <= now - UNUSED_GRACE,
        ~select(ComplaintMedia.id).where(ComplaintMedia.url == MediaItem.source_url).exists(),
        ~select(OutboxMessage.id).where(OutboxMessage.media_url == MediaItem.source_url).exists(),
    ).order_by(MediaItem.id)))
    if not candidates:
        return []
    since = min(item.created_at for item in candidates) - timedelta(days=1)  # entries come after their media
    in_timeline = {m.get("url") for media in session.scalars(select(TimelineEntry.media).where(
        TimelineEntry.media.is_not(None), TimelineEntry.at >= since)) for m in media or []}
    senders = {item.sender_id for item in candidates if item.sender_id is not None}
    held = {conversation.contact_id: _held_urls(conversation, now, draft_timeout)
            for conversation in session.scalars(select(Conversation).where(Conversation.contact_id.in_(senders)))
            } if senders else {}
    return [item for item in candidates if item.source_url not in in_timeline
            and item.source_url not in held.get(item.sender_id, ())]


CANCELLED_DRAFT = "cancelled_draft"  # the conversation's copy of a draft just cancelled, kept for one message (undo)


def _held_urls(conversation: Conversation, now: datetime, draft_timeout: timedelta) -> str:
    """The text of what a conversation still holds (media references are found in it as substrings): all but
    a draft, or a cancelled draft kept for its undo, left longer than `draft_timeout` (dropped when its sender
    next writes)."""
    data = dict(conversation.data or {})
    drafts = [data.pop("draft", None), data.pop(CANCELLED_DRAFT, None)]
    updated = conversation.updated_at if conversation.updated_at.tzinfo else conversation.updated_at.replace(
        tzinfo=now.tzinfo)
    live = drafts if now - updated <= draft_timeout else None
    return json.dumps([data, live], ensure_ascii=False)


def kind_counts(content_types: Iterable[str]) -> dict[str, int]:
    """How many items of each kind (image, audio, video, document), for the receipt people read."""
    counts: dict[str, int] = {}
    for content_type in content_types:
        kind = kind_of(base_type(content_type))
        counts[kind] = counts.get(kind, 0) + 1
    return counts
