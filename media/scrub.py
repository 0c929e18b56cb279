"""Documents and videos without the metadata that names or places their maker, for everyone but verifiers.

- PDF (pypdf): the document information (`/Author`, `/Creator`, `/Producer`, `/Title`, `/Subject`, `/Keywords`,
  custom fields), the XMP packet of the catalogue and of each page, `/PieceInfo` (an application's private data),
  and earlier revisions (an incremental update keeps the old `/Info` in the file) are left out of a rewritten copy;
  pages and their content are copied as they are. A PDF with none of these is kept byte for byte.
- MP4, 3GP, M4A (ISO base media boxes): every `udta` (user data: the `©xyz` GPS position Android and iOS write, 3GPP's
  `loci` location and `auth` author, iTunes-style tags), `meta` (Apple's `com.apple.quicktime.location.ISO6709`,
  make, model) and `uuid` (XMP, vendor data) box at the top level, in `moov` and in each `trak` is overwritten in
  place by a `free` box of the same size, its bytes zeroed. Nothing moves, so the chunk offsets (`stco`/`co64`)
  still point into `mdat` whether `moov` comes before or after it, and nothing is re-encoded.
- MP3 (mutagen): ID3v2, ID3v1 and APEv2 tags are cut off; the audio frames stay as they are.

Either returns None when the file cannot be read safely (encrypted, broken, boxes that do not add up): the caller
then has no copy without metadata, and `lapor.media.served_key` withholds the file from an anonymous complaint's
readers other than verifiers.
"""

from __future__ import annotations

import io
import logging
import struct

logger = logging.getLogger(__name__)

PDF = "application/pdf"
BOXED = frozenset({"video/mp4", "video/3gpp", "video/quicktime", "audio/mp4"})  # QuickTime's own box structure
TAGGED_AUDIO = frozenset({"audio/mpeg"})  # MP3: ID3v1/v2 and APEv2 tags (artist, comment) a recorder app fills in
SCRUBBED = BOXED | TAGGED_AUDIO | {PDF}  # the types `scrubbed` cleans (images are re-encoded by media.content)
DROPPED_BOXES = frozenset({b"udta", b"meta", b"uuid"})
SEARCHED_BOXES = frozenset({b"moov", b"trak"})  # containers whose metadata children are dropped (and the top level)
PAGE_METADATA = ("/Metadata", "/PieceInfo")
# What a PDF pypdf cannot read must not hold to be kept as sent: any metadata key, compressed objects (which could
# hide them) or encryption.
PDF_MARKERS = (b"/Info", b"/Author", b"/Creator", b"/Producer", b"/Title", b"/Subject", b"/Keywords", b"/Metadata",
               b"/PieceInfo", b"xmpmeta", b"/ObjStm", b"/Encrypt")


class Unreadable(ValueError):
    """The boxes of a file do not add up: its metadata cannot be found for certain."""


def scrubbed(data: bytes, content_type: str) -> bytes | None:
    """The document or video without its metadata (the same bytes when it has none), or None when it cannot be
    cleaned safely; only for PDFs and ISO base media files (`BOXED`)."""
    if content_type == PDF:
        return pdf_without_metadata(data)
    if content_type in BOXED:
        try:
            return boxes_without_metadata(data)
        except Unreadable as exc:
            logger.warning("media: %s boxes not readable, no copy without metadata: %s", content_type, exc)
            return None
    if content_type in TAGGED_AUDIO:
        return mp3_without_tags(data)
    raise ValueError(f"no metadata scrubbing for {content_type}")


def pdf_without_metadata(data: bytes) -> bytes | None:
    """The PDF rewritten without document information, XMP or `/PieceInfo` (pages unchanged); the same bytes when
    it has none of them in one revision, or when pypdf cannot read it but its bytes plainly hold none
    (`PDF_MARKERS`); None for an encrypted PDF or an unreadable one that may hold some."""
    from pypdf import PdfReader, PdfWriter

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            logger.warning("media: encrypted PDF, no copy without metadata")
            return None
        pages = len(reader.pages)
        if not pages:
            raise ValueError("no pages found")
        if not _pdf_has_metadata(reader) and data.count(b"startxref") <= 1:
            return data
        writer = PdfWriter(clone_from=reader)
        writer.metadata = None
        for holder in (writer._root_object, *writer.pages):
            for key in PAGE_METADATA:
                holder.pop(key, None)
        writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
        out = io.BytesIO()
        writer.write(out)
        clean = out.getvalue()
        check = PdfReader(io.BytesIO(clean))
        if len(check.pages) != pages or _pdf_has_metadata(check):
            logger.warning("media: PDF rewritten wrongly (%s of %s pages), no copy without metadata",
                           len(check.pages), pages)
            return None
        return clean
    except Exception as exc:  # pypdf raises many kinds on a broken file; one broken PDF never stops the fetch
        if not any(marker in data for marker in PDF_MARKERS):
            return data  # unreadable here (no cross-reference table…), but plainly nothing to remove
        logger.warning("media: PDF not readable, no copy without metadata: %s: %s", type(exc).__name__, exc)
        return None


def _pdf_has_metadata(reader) -> bool:
    info = reader.trailer.get("/Info")
    info = info.get_object() if info is not None else None
    if isinstance(info, dict) and len(info):
        return True
    root = reader.trailer["/Root"].get_object()
    return any(key in holder for holder in (root, *reader.pages) for key in PAGE_METADATA)


def mp3_without_tags(data: bytes) -> bytes | None:
    """The MP3 without its ID3v2 (front), ID3v1 and APEv2 (end) tags, every audio frame as it was (mutagen); the
    same bytes when it has none; None when mutagen cannot read its tags."""
    import mutagen
    import mutagen.apev2
    import mutagen.id3

    out = io.BytesIO(data)
    try:
        mutagen.id3.delete(out)
        mutagen.apev2.delete(out)
    except mutagen.MutagenError as exc:
        logger.warning("media: MP3 tags not readable, no copy without metadata: %s", exc)
        return None
    clean = out.getvalue()
    return data if clean == data else clean


def boxes_without_metadata(data: bytes) -> bytes:
    """The file with each metadata box (`DROPPED_BOXES`) at the top level, in `moov` and in each `trak` overwritten
    by a zeroed `free` box of the same size: no offset changes. The same bytes when there is none; Unreadable when
    the boxes do not add up."""
    dropped = []
    for start, size, header, kind in _boxes(data, 0, len(data), top=True):
        if kind in DROPPED_BOXES:
            dropped.append((start, size, header))
        elif kind == b"moov":
            for child, child_size, child_header, child_kind in _boxes(data, start + header, start + size):
                if child_kind in DROPPED_BOXES:
                    dropped.append((child, child_size, child_header))
                elif child_kind == b"trak":
                    dropped.extend((inner, inner_size, inner_header) for inner, inner_size, inner_header, inner_kind
                                   in _boxes(data, child + child_header, child + child_size)
                                   if inner_kind in DROPPED_BOXES)
    if not dropped:
        return data
    out = bytearray(data)
    for start, size, header in dropped:
        declared = struct.unpack_from(">I", data, start)[0]  # 0 (to the end) and 1 (64-bit size) stay as they were
        out[start:start + size] = (struct.pack(">I4s", declared, b"free") + data[start + 8:start + header]
                                   + bytes(size - header))
    return bytes(out)


def _boxes(data: bytes, start: int, end: int, top: bool = False):
    """(offset, size, header length, type) of each box between `start` and `end`; Unreadable when one does not fit
    (at the top level a last box cut short, a truncated `mdat`, ends the walk unless it could hold metadata)."""
    position = start
    while position < end:
        if end - position < 8:
            if top:
                return  # a few stray bytes after the last box
            raise Unreadable(f"{end - position} stray bytes at {position}")
        size, kind = struct.unpack_from(">I4s", data, position)
        header = 8
        if size == 1:
            if end - position < 16:
                raise Unreadable(f"64-bit box header cut short at {position}")
            size, header = struct.unpack_from(">Q", data, position + 8)[0], 16
        elif size == 0:
            size = end - position  # to the end of the file (or of its parent)
        if size < header:
            raise Unreadable(f"box {kind!r} of {size} bytes at {position}")
        if position + size > end:
            if top and kind not in DROPPED_BOXES | SEARCHED_BOXES:
                return
            raise Unreadable(f"box {kind!r} at {position} runs past its parent ({position + size} > {end})")
        yield position, size, header, kind
        position += size
