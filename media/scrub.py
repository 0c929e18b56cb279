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
  Files attached inside it (the `/EmbeddedFiles` name tree, paper-clip `/FileAttachment` annotations, PDF 2.0
  `/AF` associated files: a scanned KTP, a Word draft with its author) are left out, and each embedded JPEG photo
  loses its EXIF (GPS, phone), XMP, IPTC and comment segments and whatever follows its end, its picture bytes as
  they were (not re-encoded); each JPEG 2000 photo is written again by Pillow from its pixels (none of its boxes or
  comments copied). Inline photos (`BI … ID … EI` in a page's or form's drawing) are cleaned where they lie.
- MP3 (mutagen): ID3v2, ID3v1 and APEv2 tags are cut off; the audio frames stay as they are.
- Ogg Vorbis, Opus, FLAC and Speex (mutagen): the user comments (artist, title, a recorder app's location) are
  removed, the encoder's vendor string and the audio pages kept. A WhatsApp voice note has none: kept byte for byte.

Each returns None when the file cannot be read safely (encrypted, broken, boxes that do not add up): the caller
then has no copy without metadata, and `lapor.media.served_key` withholds the file from an anonymous complaint's
readers other than verifiers.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import struct

logger = logging.getLogger(__name__)

PDF = "application/pdf"
BOXED = frozenset({"video/mp4", "video/3gpp", "video/quicktime", "audio/mp4"})  # QuickTime's own box structure
TAGGED_AUDIO = frozenset({"audio/mpeg"})  # MP3: ID3v1/v2 and APEv2 tags (artist, comment) a recorder app fills in
OGG = "audio/ogg"  # Vorbis comments (artist, title, location) in Ogg Vorbis/Opus/FLAC/Speex sent as a document
SCRUBBED = BOXED | TAGGED_AUDIO | {PDF, OGG}  # the types `scrubbed` cleans (images are re-encoded by media.content)
DROPPED_BOXES = frozenset({b"udta", b"meta", b"uuid"})
SEARCHED_BOXES = frozenset({b"moov", b"trak"})  # containers whose metadata children are dropped (and the top level)
PAGE_METADATA = ("/Metadata", "/PieceInfo")
# What a PDF pypdf cannot read must not hold to be kept as sent: any metadata key, compressed objects (which could
# hide them) or encryption.
PDF_MARKERS = (b"/Info", b"/Author", b"/Creator", b"/Producer", b"/Title", b"/Subject", b"/Keywords", b"/Metadata",
               b"/PieceInfo", b"xmpmeta", b"/ObjStm", b"/Encrypt", b"/EmbeddedFile", b"/EF", b"/FileAttachment",
               b"/AF", b"Exif", b"http://ns.adobe.com/xap", b"Photoshop 3.0", b"/JPXDecode")
ATTACHED = ("/EF", "/AF", "/Collection")  # embedded file streams, associated files, a portfolio's layout
# JPEG segments a photo needs to be read: JFIF (APP0) and Adobe's (APP14: how to read CMYK colours). Every other
# APPn (APP1 EXIF and XMP, APP2 FlashPix and MPF, APP13 IPTC, vendors' own) and comments (COM) go.
JPEG_KEPT = ((0xE0, b"JFIF\x00"), (0xE0, b"JFXX\x00"), (0xEE, b"Adobe"))
JPEG_SOI, JPEG_EOI, JPEG_SOS, JPEG_COM = b"\xff\xd8", 0xD9, 0xDA, 0xFE
JPEG_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})  # TEM and RSTn: no length follows
# A PDF's photos: JPEG (`/DCTDecode`: its metadata segments cut out) and JPEG 2000 (`/JPXDecode`: XMP, GeoJP2 and
# other metadata in its `uuid`, `xml `, `uinf` boxes and its codestream's comments; re-encoded from its pixels by
# Pillow's OpenJPEG), as objects of their own or inline images (`BI <header> ID <bytes> EI` inside a content
# stream, `/DCT` for short). An inline image of raw or Flate pixels holds no metadata and stays.
PHOTO_FILTERS = frozenset({"/DCTDecode", "/JPXDecode"})
INLINE_FILTERS = {"/AHx": "/ASCIIHexDecode", "/A85": "/ASCII85Decode", "/LZW": "/LZWDecode", "/Fl": "/FlateDecode",
                  "/RL": "/RunLengthDecode", "/CCF": "/CCITTFaxDecode", "/DCT": "/DCTDecode"}
INLINE_PHOTO_FILTER = re.compile(rb"/(?:DCT|DCTDecode|JPXDecode)(?![A-Za-z])")
INLINE_START = re.compile(rb"(?:^|(?<=\s))BI\s")
JPX_MODES = frozenset({"L", "LA", "RGB", "RGBA", "CMYK", "I;16"})  # what OpenJPEG writes back as it was read
JPX_LOSSLESS_BELOW = 2.0  # an original compressed less than this (lossless, or nearly) is written back losslessly
# Ogg packets that may hold a Vorbis comment block; a file mutagen cannot read that has none is kept as it is.
OGG_MARKERS = (b"\x03vorbis", b"OpusTags", b"\x7fFLAC", b"Speex")


# The start of the `last_error` of a stored item whose copy without metadata cannot be made: withheld from an
# anonymous complaint's agencies, and not read again by `flask media clean` (media.backfill) unless asked.
UNCLEANABLE = "no copy without metadata"


# What the copies without metadata remove, as a number raised whenever a type's copy changes (its scrubber finds more):
# `flask media clean --redo TYPE` (media.backfill) reads again the items a smaller number checked. 2: JPEG 2000 and
# inline JPEG photos inside a PDF cleaned (before, such a PDF had no copy). 3: a JPEG 2000 photo's ICC profile carried.
SCRUBBER = 3


class Unreadable(ValueError):
    """The boxes of a file do not add up: its metadata cannot be found for certain."""


def uncleanable_note(now) -> str:
    """The `last_error` of a stored item whose copy without metadata cannot be made (encrypted, broken)."""
    return f"{UNCLEANABLE} (encrypted or unreadable), found {now:%Y-%m-%d %H:%M}"


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
    if content_type == OGG:
        return ogg_without_comments(data)
    raise ValueError(f"no metadata scrubbing for {content_type}")


def pdf_without_metadata(data: bytes) -> bytes | None:
    """The PDF rewritten without document information, XMP, `/PieceInfo`, attached files or its photos' EXIF
    and JPEG 2000 boxes (pages unchanged); the same bytes when it has none of them in one revision, or when pypdf
    cannot read it but its bytes plainly hold none (`PDF_MARKERS`); None for an encrypted PDF, one whose photos
    cannot be read, or an unreadable one that may hold some."""
    from pypdf import PdfReader, PdfWriter

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            logger.warning("media: encrypted PDF, no copy without metadata")
            return None
        pages = len(reader.pages)
        if not pages:
            raise ValueError("no pages found")
        writer, made = PdfWriter(clone_from=reader), set()  # made: the JPEG 2000 photos written
        if not _pdf_strip(writer, made) and not _pdf_has_metadata(reader) and data.count(b"startxref") <= 1:
            return data
        writer.metadata = None
        for holder in (writer._root_object, *writer.pages):
            for key in PAGE_METADATA:
                holder.pop(key, None)
        _drop_unreferenced(writer)
        out = io.BytesIO()
        writer.write(out)
        clean = out.getvalue()
        check = PdfReader(io.BytesIO(clean))
        if len(check.pages) != pages or _pdf_has_metadata(check) or _pdf_strip(PdfWriter(clone_from=check), made):
            logger.warning("media: PDF rewritten wrongly (%s of %s pages), no copy without metadata",
                           len(check.pages), pages)
            return None
        return clean
    except Unreadable as exc:
        logger.warning("media: a photo in a PDF not readable, no copy without metadata: %s", exc)
        return None
    except Exception as exc:  # pypdf raises many kinds on a broken file; one broken PDF never stops the fetch
        if not any(marker in data for marker in PDF_MARKERS):
            return data  # unreadable here (no cross-reference table…), but plainly nothing to remove
        logger.warning("media: PDF not readable, no copy without metadata: %s: %s", type(exc).__name__, exc)
        return None


def _drop_unreferenced(writer) -> None:
    """Leave out every object nothing refers to any more: pypdf's pass drops one level of them (an attachment's
    name tree), so it runs until nothing more goes (its file description, then its bytes)."""
    while True:
        held = sum(held is not None for held in writer._objects)
        writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
        if sum(held is not None for held in writer._objects) == held:
            return


def _pdf_strip(writer, made: set[str] | None = None) -> bool:
    """Remove from a PDF being rewritten the files attached inside it and its photos' metadata (objects and inline
    images); whether there was any. Unreadable when a photo cannot be read. `made` holds the SHA-256 of the JPEG 2000
    photos written (new ones are added): checking a copy, those are not re-encoded again."""
    made = set() if made is None else made
    found = False
    names = writer._root_object.get("/Names")
    names = names.get_object() if names is not None else None
    if isinstance(names, dict) and "/EmbeddedFiles" in names:
        del names["/EmbeddedFiles"]
        found = True
    for held in list(writer._objects):
        if held is not None:
            found = _pdf_strip_object(held, made) or found
    for page in writer.pages:
        contents = page.get("/Contents")
        contents = contents.get_object() if contents is not None else []
        for stream in contents if isinstance(contents, list) else [contents]:
            found = _inline_photos_stripped(stream.get_object(), made) or found
    return found


def _inline_photos_stripped(stream, made: set[str]) -> bool:
    """Clean the inline JPEG and JPEG 2000 images a content stream (a page's, a form's) draws, everything else in it
    kept byte for byte; whether there was anything to remove. pypdf reads the drawing (`ContentStream`): words that
    only look like an inline image (in a text) are not one."""
    from pypdf.generic import ContentStream

    drawing = stream.get_data()
    if not INLINE_PHOTO_FILTER.search(drawing):
        return False
    pieces, position = [], 0
    for operands, operator in ContentStream(stream, None).operations:
        if operator != b"INLINE IMAGE":
            continue
        data, settings = operands["data"], operands["settings"]
        start = drawing.find(data, position)
        if not data or start < 0:
            raise Unreadable("an inline image not where it was read")
        filters = [INLINE_FILTERS.get(name, name) for name in _names(settings.get("/F", settings.get("/Filter")))]
        kind = _photo_filter(filters)
        photo = data if kind is None or len(filters) == 1 else _decoded(
            data, filters, settings.get("/DP", settings.get("/DecodeParms")))
        clean = photo if kind is None else _photo_without_metadata(photo, kind, made)
        if clean is not photo:
            if len(filters) > 1:  # written as the photo alone: a header of its own
                begin = _inline_start(drawing, position, start)
                pieces += [drawing[position:begin], _inline_header(settings, kind), clean]
            else:
                pieces += [drawing[position:start], clean]
            position = start + len(data)
    if not pieces:
        return False
    _set_drawing(stream, b"".join(pieces) + drawing[position:])
    return True


def _names(value) -> list[str]:
    """A `/Filter` entry (a name, an array of names or nothing) as a list."""
    return [value] if isinstance(value, str) else list(value or [])


def _photo_filter(filters: list[str]) -> str | None:
    """The photo filter a stream's filters end with (`PHOTO_FILTERS`), None when it holds no photo; Unreadable when
    one is followed by another filter (its metadata could not be found for certain)."""
    photos = [name for name in filters if name in PHOTO_FILTERS]
    if not photos:
        return None
    if len(photos) > 1 or filters[-1] not in PHOTO_FILTERS:
        raise Unreadable(f"a photo under filters {filters}")
    return filters[-1]


def _decoded(data: bytes, filters: list[str], params) -> bytes:
    """An inline image's bytes with the filters before its photo filter undone (pypdf's decoders)."""
    from pypdf.filters import decode_stream_data
    from pypdf.generic import ArrayObject, NameObject, StreamObject

    holder = StreamObject()
    holder._data = data
    holder[NameObject("/Filter")] = ArrayObject([NameObject(name) for name in filters])
    if params is not None:
        holder[NameObject("/DecodeParms")] = params
    return decode_stream_data(holder)


def _inline_start(drawing: bytes, position: int, start: int) -> int:
    """Where the `BI` of the inline image whose bytes begin at `start` is."""
    begins = [found.start() for found in INLINE_START.finditer(drawing, position, start)]
    if not begins:
        raise Unreadable("an inline image without its BI")
    return begins[-1]


def _inline_header(settings, kind: str) -> bytes:
    """`BI <settings> ID ` of an inline photo written under its photo filter alone."""
    from pypdf.generic import DictionaryObject, NameObject

    kept = DictionaryObject({key: value for key, value in settings.items()
                             if key not in ("/F", "/Filter", "/DP", "/DecodeParms")})
    kept[NameObject("/F")] = NameObject("/DCT" if kind == "/DCTDecode" else kind)
    out = io.BytesIO()
    kept.write_to_stream(out)
    return b"BI" + out.getvalue()[2:-2] + b"ID "


def _set_drawing(stream, data: bytes) -> None:
    """Replace a content stream's decoded bytes (compressed again when it was Flate, else kept plain)."""
    from pypdf.errors import PdfReadError
    from pypdf.generic import NameObject

    try:
        stream.set_data(data)
    except PdfReadError:  # another filter than Flate (LZW, ASCII85): written plain
        stream._data = data
        for key in ("/Filter", "/DecodeParms"):
            stream.pop(NameObject(key), None)
        stream.decoded_self = None


def _photo_without_metadata(photo: bytes, kind: str, made: set[str]) -> bytes:
    """A photo of a PDF without its metadata (the same object when it has none): a JPEG's segments cut out, a
    JPEG 2000 re-encoded (unless it is one this run wrote, `made`)."""
    if kind == "/DCTDecode":
        return jpeg_without_metadata(photo)
    if hashlib.sha256(photo).hexdigest() in made:
        return photo
    clean = jpx_without_metadata(photo)
    made.add(hashlib.sha256(clean).hexdigest())
    return clean


def jpx_without_metadata(data: bytes) -> bytes:
    """The JPEG 2000 photo written again by Pillow (OpenJPEG) from its pixels, at the compression ratio it had
    (losslessly when it had little): none of its boxes (`uuid` XMP or GeoJP2, `xml `, `uinf`) nor its codestream's
    comments are copied, only its size, bands and colour specification: an ICC profile (`colr` of method 2 or 3,
    a colour-managed scanner's) is carried as the original had it (`_with_colour_of`), which Pillow would write as
    the enumerated sRGB or grey. Unreadable when Pillow cannot read it or write it back as it was (a palette)."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data), formats=["JPEG2000"]) as image:
            image.load()
            if image.mode not in JPX_MODES:
                raise Unreadable(f"a JPEG 2000 photo in mode {image.mode}")
            fresh = Image.new(image.mode, image.size)  # a fresh image carries nothing of the original's info
            fresh.paste(image)
    except Unreadable:
        raise
    except Exception as exc:  # Pillow raises many kinds on a broken file (and DecompressionBombError)
        raise Unreadable(f"a JPEG 2000 photo not readable: {type(exc).__name__}: {exc}") from exc
    ratio = fresh.width * fresh.height * len(fresh.getbands()) * (2 if fresh.mode == "I;16" else 1) / len(data)
    options = {} if ratio < JPX_LOSSLESS_BELOW else {"irreversible": True, "quality_mode": "rates",
                                                     "quality_layers": [ratio]}
    out = io.BytesIO()
    fresh.save(out, format="JPEG2000", **options)
    return _with_colour_of(data, out.getvalue())


def _jp2_colour(data: bytes) -> tuple[int, int, list[bytes]] | None:
    """Where a JP2 file's header box (`jp2h`) starts and ends and its colour specification boxes (`colr`, whole),
    None for a bare codestream or boxes that do not add up (Unreadable is not raised: the copy then keeps the
    colour space Pillow writes, which is what it did before)."""
    try:
        header = next(((start, size, length) for start, size, length, kind in _boxes(data, 0, len(data), top=True)
                       if kind == b"jp2h"), None)
        if header is None:
            return None
        start, size, length = header
        colours = [data[child:child + child_size] for child, child_size, _header, kind
                   in _boxes(data, start + length, start + size) if kind == b"colr"]
    except Unreadable:
        return None
    return start, start + size, colours


def _with_colour_of(original: bytes, written: bytes) -> bytes:
    """The JP2 file Pillow wrote with the colour specification boxes of the original in place of its own, when the
    original has an ICC profile (method 2, restricted, JP2's; 3, any, JPX's): the boxes are copied whole (method,
    precedence, approximation, profile), nothing else of the original is. The file as written otherwise."""
    found, made = _jp2_colour(original), _jp2_colour(written)
    if found is None or made is None or not any(colour[8:9] in (b"\x02", b"\x03") for colour in found[2]):
        return written
    start, end, own = made
    if len(own) != 1 or struct.unpack_from(">I", written, start)[0] != end - start:
        return written  # not the header Pillow writes (a 64-bit or open-ended length): left as it is
    inside = written[start + 8:end].replace(own[0], b"".join(found[2]), 1)
    return written[:start] + struct.pack(">I4s", 8 + len(inside), b"jp2h") + inside + written[end:]


def _pdf_strip_object(held, made: set[str]) -> bool:
    """`_pdf_strip` for one object and the direct objects inside it (references are visited on their own)."""
    from pypdf.generic import ArrayObject, DictionaryObject, StreamObject

    found = False
    if isinstance(held, ArrayObject):
        for value in held:
            found = _pdf_strip_object(value, made) or found
        return found
    if not isinstance(held, DictionaryObject):
        return False
    for key in ATTACHED:
        if key in held:
            del held[key]
            found = True
    if "/Annots" in held:
        found = _drop_file_annotations(held["/Annots"].get_object()) or found
    if isinstance(held, StreamObject):
        found = _pdf_photo_stripped(held, made) or found
    for key, value in list(held.items()):
        if key != "/Annots" and isinstance(value, ArrayObject | DictionaryObject):
            found = _pdf_strip_object(value, made) or found
    return found


def _drop_file_annotations(annotations) -> bool:
    """Take the paper-clip annotations (`/FileAttachment`: a file and its name) off a page; other annotations
    (links, notes) stay."""
    attached = [index for index, annotation in enumerate(annotations)
                if annotation.get_object().get("/Subtype") == "/FileAttachment"]
    for index in reversed(attached):
        del annotations[index]
    return bool(attached)


def _pdf_photo_stripped(stream, made: set[str]) -> bool:
    """Replace a photo stream's bytes by the same photo without metadata (a filter before its photo filter is
    decoded first, the photo then kept under its photo filter alone); whether it had any. A form's or a tiling
    pattern's drawing has its inline photos cleaned (`_inline_photos_stripped`)."""
    from pypdf.generic import ArrayObject, NameObject

    if stream.get("/Subtype") == "/Form" or stream.get("/PatternType") == 1:
        return _inline_photos_stripped(stream, made)
    filters = _names(stream.get("/Filter"))
    kind = _photo_filter(filters)
    if kind is None:
        return False
    photo = stream._data if len(filters) == 1 else stream.get_data()
    clean = _photo_without_metadata(photo, kind, made)
    if clean is photo:
        return False
    if len(filters) > 1:
        params = stream.get("/DecodeParms")
        if isinstance(params, ArrayObject):
            stream[NameObject("/DecodeParms")] = params[-1]
        stream[NameObject("/Filter")] = NameObject(kind)
        if "/DecodeParms" in stream and not isinstance(stream["/DecodeParms"].get_object(), dict):
            del stream["/DecodeParms"]
    stream._data = clean
    stream.decoded_self = None
    return True


def jpeg_without_metadata(data: bytes) -> bytes:
    """The JPEG without its APPn segments but JFIF's and Adobe's (EXIF, XMP, IPTC, vendors'), its comments and
    what follows its end (a phone's trailer, MPF images), the picture's bytes as they were (not re-encoded); the
    same bytes when it has none. Unreadable when its segments do not add up."""
    if not data.startswith(JPEG_SOI):
        raise Unreadable("no JPEG start")
    kept, position, dropped = [JPEG_SOI], 2, False
    while position < len(data):
        marker, stop = _jpeg_segment(data, position)
        if _jpeg_metadata(marker, data[position + 4:stop]):
            dropped = True
        else:
            kept.append(data[position:stop])
        if marker == JPEG_EOI:
            dropped = dropped or stop < len(data)
            break
        position = stop
        if marker == JPEG_SOS:
            position = _jpeg_scan_end(data, stop)
            kept.append(data[stop:position])
    return b"".join(kept) if dropped else data


def _jpeg_segment(data: bytes, position: int) -> tuple[int, int]:
    """The marker of the JPEG segment at `position` and where it ends (a fill byte is a segment of its own)."""
    end = len(data)
    if data[position] != 0xFF or position + 1 >= end:
        raise Unreadable(f"no JPEG marker at {position}")
    marker = data[position + 1]
    if marker == 0xFF:
        return marker, position + 1
    if marker == JPEG_EOI or marker in JPEG_STANDALONE:
        return marker, position + 2
    if position + 4 > end:
        raise Unreadable(f"JPEG segment header cut short at {position}")
    stop = position + 2 + struct.unpack_from(">H", data, position + 2)[0]
    if stop < position + 4 or stop > end:
        raise Unreadable(f"JPEG segment {marker:#x} at {position} runs past the end")
    return marker, stop


def _jpeg_metadata(marker: int, payload: bytes) -> bool:
    if marker == JPEG_COM:
        return True
    return 0xE0 <= marker <= 0xEF and not any(marker == kept and payload.startswith(start)
                                              for kept, start in JPEG_KEPT)


def _jpeg_scan_end(data: bytes, position: int) -> int:
    """Where a scan's entropy-coded bytes end: the next marker that is no stuffed 0xFF00 and no restart."""
    while True:
        found = data.find(b"\xff", position)
        if found < 0 or found + 1 >= len(data):
            return len(data)
        following = data[found + 1]
        if following != 0 and not 0xD0 <= following <= 0xD7:
            return found
        position = found + 2


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


def ogg_without_comments(data: bytes) -> bytes | None:
    """The Ogg Vorbis, Opus, FLAC or Speex file without its user comments (mutagen), vendor string and audio pages
    kept; the same bytes when it has none (a WhatsApp voice note), or when mutagen cannot read it but it plainly
    holds no comment header (`OGG_MARKERS`); None when comments may be left (several logical streams, torn pages)."""
    import mutagen

    try:
        streams = _ogg_streams(data)
        audio = mutagen.File(io.BytesIO(data))
        if audio is None or audio.tags is None:
            raise ValueError("no Ogg codec mutagen reads")
        if streams != 1:
            raise ValueError(f"{streams} logical streams")
        if not len(audio.tags):
            return data
        out = io.BytesIO(data)
        audio.delete(out)
        clean = out.getvalue()
        check = mutagen.File(io.BytesIO(clean))
        if check is None or check.tags is None or len(check.tags) or _ogg_streams(clean) != 1:
            raise ValueError("comments left after removing them")
        return clean
    except Exception as exc:  # mutagen raises many kinds on a broken file; one never stops the fetch
        if not any(marker in data for marker in OGG_MARKERS):
            return data
        logger.warning("media: Ogg comments not removable, no copy without metadata: %s: %s",
                       type(exc).__name__, exc)
        return None


def _ogg_streams(data: bytes) -> int:
    """How many logical streams (pages that begin one) an Ogg file holds; mutagen's error when a page is torn."""
    from mutagen.ogg import OggPage

    stream, begun = io.BytesIO(data), 0
    while stream.tell() < len(data):
        begun += OggPage(stream).first
    return begun


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
