"""`GET /media/<id>?t=<token>`: a stored media item for whoever holds a valid signed link (Twilio fetching a photo
it sends, an admin attaching it in SP4N-LAPOR!). The staff dashboard's session path will call
`lapor.media.may_see_media` here; until it exists a link is the only way in."""

from __future__ import annotations

import io
import logging

from flask import Blueprint, Response, abort, current_app, request
from werkzeug.wsgi import FileWrapper

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
    if request.if_none_match.contains_weak(key):  # its key is its ETag: nothing to ask of the storage
        unchanged = Response(status=304, headers={"Cache-Control": CACHE_CONTROL})
        unchanged.set_etag(key)
        return unchanged
    try:
        stream = svc.media_storage.open(key)
    except KeyError:
        return _missing(svc, item_id, key)
    try:
        return _response(item_id, key, stream, content_type)
    except BaseException:
        stream.close()  # a Range not satisfiable (416): the answer carries no body to close it
        raise


def _missing(svc, item_id: int, key: str) -> Response:
    """A stored file deleted outside the service: its items are marked failed (found out here, when a link is
    opened, so the complaint page never asks the storage per item per view, and says "missing" from then on),
    and the reader gets a page saying so (a 404 for Twilio)."""
    logger.error("media %s: stored file %s is missing; marked failed", item_id, key[:12])
    with svc.session_factory.begin() as session:
        mark_missing(session, key, svc.clock())
    page = BARE_ERROR.format(title=t("web_media_missing_title"), text=t("web_media_missing"))
    return Response(page, status=404, mimetype="text/html", headers={"Cache-Control": "no-store"})


def _response(item_id: int, key: str, stream: io.RawIOBase, content_type: str) -> Response:
    """The stored file streamed in blocks of STREAM_BLOCK (never read whole: a 16 MB video is not held in memory
    per request), with its length, its key as a strong ETag (keys are the bytes' SHA-256, so equal keys are equal
    bytes), conditional requests (`If-None-Match`: 304; `If-Range`) and ranges (206; 416 past the end): werkzeug's
    `make_conditional` seeks the file to the range; on object storage the bucket is then asked for that range
    alone (`media.storage.S3Object.limit`)."""
    size = stream.seek(0, io.SEEK_END)
    stream.seek(0)
    response = Response(FileWrapper(stream, STREAM_BLOCK), mimetype=content_type, direct_passthrough=True)
    response.content_length = size
    response.set_etag(key)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = CACHE_CONTROL
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    name = f"lampiran-{item_id}.{EXTENSIONS.get(content_type, 'bin')}"
    inline = kind_of(content_type) in ("image", "audio", "video")
    response.headers["Content-Disposition"] = f'{"inline" if inline else "attachment"}; filename="{name}"'
    response.make_conditional(request, accept_ranges=True, complete_length=size)
    if response.status_code == 206 and response.content_range and hasattr(stream, "limit"):
        stream.seek(response.content_range.start)
        stream.limit(response.content_range.stop - response.content_range.start)
    return response


CACHE_CONTROL = "private, max-age=300"
STREAM_BLOCK = 64 * 1024  # bytes read from the storage and written to the client at a time
