"""`GET /media/<id>?t=<token>`: a stored media item for whoever holds a valid signed link (Twilio fetching a photo
it sends, an admin attaching it in SP4N-LAPOR!). The staff dashboard's session path will call
`lapor.media.may_see_media` here; until it exists a link is the only way in."""

from __future__ import annotations

import logging

from flask import Blueprint, Response, abort, current_app, request

from bot.messages import t
from lapor.media import mark_missing, served_key
from media import links
from models import MediaItem, MediaStatus
from models.media import kind_of
from services import services
from web import BARE_ERROR

logger = logging.getLogger(__name__)
bp = Blueprint("media", __name__)

EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "audio/ogg": "ogg",
              "audio/mpeg": "mp3", "audio/mp4": "m4a", "audio/aac": "aac", "audio/amr": "amr",
              "video/mp4": "mp4", "video/3gpp": "3gp", "video/quicktime": "mov", "application/pdf": "pdf"}


@bp.get("/media/<int:item_id>")
def serve(item_id: int) -> Response:
    """The item's bytes in the form its link opens, with ranges (audio, video) and safe headers."""
    svc = services(current_app)
    try:
        variant = links.check(svc.config, item_id, request.args.get("t", ""), svc.clock())
    except links.BadLink:
        abort(403)
    with svc.session_factory() as session:
        item = session.get(MediaItem, item_id)
        if item is None or item.status != MediaStatus.STORED:
            abort(404)
        key = served_key(item, variant)
        content_type = item.content_type
    if key is None:  # an anonymous reporter's file whose metadata could not be removed: verifiers only
        logger.info("media %s withheld: no copy without metadata for an anonymous complaint", item_id)
        abort(404)
    try:
        data = svc.media_storage.get(key)
    except KeyError:
        return _missing(svc, item_id, key)
    return _response(item_id, data, content_type)


def _missing(svc, item_id: int, key: str) -> Response:
    """A stored file deleted outside the service: its items are marked failed (found out here, when a link is
    opened, so the complaint page never asks the storage per item per view, and says "missing" from then on),
    and the reader gets a page saying so (a 404 for Twilio)."""
    logger.error("media %s: stored file %s is missing; marked failed", item_id, key[:12])
    with svc.session_factory.begin() as session:
        mark_missing(session, key, svc.clock())
    page = BARE_ERROR.format(title=t("web_media_missing_title"), text=t("web_media_missing"))
    return Response(page, status=404, mimetype="text/html", headers={"Cache-Control": "no-store"})


def _response(item_id: int, data: bytes, content_type: str) -> Response:
    response = Response(data, mimetype=content_type)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "private, max-age=300"
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    name = f"lampiran-{item_id}.{EXTENSIONS.get(content_type, 'bin')}"
    inline = kind_of(content_type) in ("image", "audio", "video")
    response.headers["Content-Disposition"] = f'{"inline" if inline else "attachment"}; filename="{name}"'
    return response.make_conditional(request, accept_ranges=True, complete_length=len(data))
