"""Signed, expiring links to media: `/media/<id>?t=<token>`, the token an HMAC (itsdangerous) over the item,
the form served and the moment it stops working."""

from __future__ import annotations

from datetime import datetime, timedelta

from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy.orm import Session

from config import signing_token
from lapor.access import Reader
from lapor.media import items_by_url, items_seen_by, served_key, variant_for
from models import Complaint, MediaItem, MediaStatus

SALT = "penghubung.media"


class BadLink(ValueError):
    """A token that was changed, is for another item, or has expired."""


def _serializer(config: dict) -> URLSafeSerializer:
    return URLSafeSerializer(config["MEDIA_SIGNING_KEY"] or signing_token(config), salt=SALT)


def token(config: dict, item_id: int, variant: str, expires: datetime) -> str:
    """A token that opens one media item, in one form, until `expires`."""
    return _serializer(config).dumps([item_id, variant, int(expires.timestamp())])


def check(config: dict, item_id: int, value: str, now: datetime) -> str:
    """The form (clean or original) a valid token opens for this item at `now`, or BadLink."""
    try:
        signed_id, variant, expires = _serializer(config).loads(value)
    except (BadSignature, ValueError, TypeError) as exc:
        raise BadLink("bad signature") from exc
    if signed_id != item_id:
        raise BadLink("token for another item")
    if now.timestamp() >= expires:
        raise BadLink("expired")
    return variant


def url(config: dict, item_id: int, variant: str, now: datetime, lifetime: timedelta) -> str:
    """The link (absolute with PUBLIC_BASE_URL, else a path) that works from `now` for `lifetime`."""
    base = config["PUBLIC_BASE_URL"].rstrip("/")
    return f"{base}/media/{item_id}?t={token(config, item_id, variant, now + lifetime)}"


def complaint_links(session: Session, config: dict, complaint: Complaint, now: datetime,
                    lifetime: timedelta, reader: Reader | None,
                    found: dict[str, MediaItem] | None = None) -> list[tuple[str, str]]:
    """Signed links to a complaint's stored media, with each item's kind, for a reader (None: outside the service,
    SP4N-LAPOR!'s admin, read as no verifier): the items it may see (`lapor.media.items_seen_by`: never a story's
    kept past the budget but for verifiers), files in the form `variant_for` gives that reader (none withheld from
    it), valid for `lifetime`. `found`: its items read already with other complaints' (`lapor.media.items_of`)."""
    variant = variant_for(reader.role if reader else None, complaint.privacy, config["MEDIA_STRIP_METADATA"])
    return [(item.kind, url(config, item.id, variant, now, lifetime))
            for item in items_seen_by(session, complaint, reader, found)
            if item.status == MediaStatus.STORED and served_key(item, variant)]


def outside_links(session: Session, config: dict, urls: list[str], privacy: str, now: datetime) -> list[str] | None:
    """Media references as the signed links SP4N-LAPOR! gets (valid MEDIA_EXPORT_LINK_DAYS): None while one is
    still being fetched (wait for it), without those never stored (refused, given up, purged); a reference never
    noted (from before media were stored) stays as it was."""
    found = items_by_url(session, urls)
    if any(item.status in (MediaStatus.PENDING, MediaStatus.FETCHING) for item in found.values()):
        return None
    variant = variant_for(None, privacy, config["MEDIA_STRIP_METADATA"])
    lifetime = timedelta(days=config["MEDIA_EXPORT_LINK_DAYS"])
    return [reference if reference not in found else url(config, found[reference].id, variant, now, lifetime)
            for reference in urls
            if reference not in found or (found[reference].status == MediaStatus.STORED
                                          and served_key(found[reference], variant))]
