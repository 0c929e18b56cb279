"""What bytes really are (by their signature, not the sender's header) and images re-encoded without metadata."""

from __future__ import annotations

import io

import filetype
from PIL import Image, ImageOps, UnidentifiedImageError

from lapor.media import ACCEPTED, base_type
from media.scrub import SCRUBBED, scrubbed
from models.media import kind_of

Image.MAX_IMAGE_PIXELS = 60_000_000  # a decompression bomb is refused, not decoded
SAVE_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}


class WrongType(ValueError):
    """The bytes are not of a type we keep (or not what they claim to be at all)."""


def sniff(data: bytes, declared: str) -> str:
    """The content type the bytes show, when it is one we keep; a voice note in an MP4 box stays audio."""
    guess = filetype.guess(data[:8192])
    found = guess.mime if guess else None
    if found == "video/mp4" and kind_of(base_type(declared)) == "audio":
        found = "audio/mp4"
    if found == "audio/x-m4a":
        found = "audio/mp4"
    if found not in ACCEPTED:
        raise WrongType(f"declared {declared!r}, bytes are {found or 'unknown'}")
    return found


# The colour space an ICC profile's header names (bytes 16 to 20) that fits each mode a copy is written in.
PROFILE_SPACES = {"RGB": b"RGB ", "RGBA": b"RGB ", "L": b"GRAY"}


def without_metadata(data: bytes, content_type: str) -> bytes:
    """The image re-encoded with its orientation applied and no metadata (EXIF GPS, device, serial, time; XMP;
    comments). Its colour profile (ICC: Display P3 on an iPhone, a scanner's own) is carried when it describes the
    copy's colours (`PROFILE_SPACES`: not a CMYK profile on the RGB copy of a CMYK photo): a profile says how to
    show colours, nothing of who took the picture or where."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            profile = image.info.get("icc_profile")
            upright = ImageOps.exif_transpose(image)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise WrongType(f"not a readable image: {exc}") from exc
    fmt = SAVE_FORMATS[content_type]
    if upright.mode not in ("RGB", "L", "RGBA"):
        upright = upright.convert("RGBA" if "A" in upright.getbands() or "transparency" in upright.info else "RGB")
    if fmt == "JPEG" and upright.mode == "RGBA":
        upright = upright.convert("RGB")
    clean = Image.new(upright.mode, upright.size)  # a fresh image carries no info or EXIF of the original
    clean.paste(upright)
    options = {"quality": 90, "optimize": True} if fmt == "JPEG" else {}
    if isinstance(profile, bytes) and profile[16:20] == PROFILE_SPACES.get(clean.mode):
        options["icc_profile"] = profile
    out = io.BytesIO()
    clean.save(out, format=fmt, **options)
    return out.getvalue()


# Every type `clean_copy` makes a copy of: what `flask media clean --redo TYPE` can make again (media.backfill).
COPIED = frozenset(SAVE_FORMATS) | SCRUBBED


def clean_copy(data: bytes, content_type: str) -> bytes | None:
    """The copy without metadata stored beside the bytes as sent: an image re-encoded (WrongType when unreadable), a
    PDF, an MP4/3GP/MOV/M4A, an MP3 or an Ogg scrubbed (None when it cannot be cleaned: `lapor.media.served_key`
    then withholds it from an anonymous complaint's agencies; a voice note is its own copy); None for the types that
    carry no metadata (AAC, AMR)."""
    if content_type in SAVE_FORMATS:
        return without_metadata(data, content_type)
    if content_type in SCRUBBED:
        return scrubbed(data, content_type)
    return None
