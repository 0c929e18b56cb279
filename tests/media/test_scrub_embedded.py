"""What hides inside a file an anonymous reporter attaches: a PDF's attachments and the EXIF of the photos
embedded in it, and the Vorbis comments of an Ogg file sent as a document (`media.scrub`). Built in code: pypdf
PDFs with real JPEGs (Pillow), Ogg pages written by mutagen; near misses that must stay byte for byte."""

from __future__ import annotations

import io
import struct

import pytest
from mutagen.ogg import OggPage
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from media.content import clean_copy
from media.scrub import Unreadable, jpeg_without_metadata, ogg_without_comments, pdf_without_metadata
from tests.media_samples import jpeg_with_exif, voice_note

PDF = "application/pdf"
SECRET = b"NIK 3527012345678901 Budi Santoso"
TEXT = b"BT /F1 12 Tf 20 100 Td (Jalan rusak di RT 3) Tj ET"


# --- JPEG segments ------------------------------------------------------------------------------------------------

def segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def with_segments(jpeg: bytes, *segments: bytes, trailer: bytes = b"") -> bytes:
    """The JPEG with more segments right after its SOI, and bytes after its EOI (Samsung's trailer, MPF images)."""
    return jpeg[:2] + b"".join(segments) + jpeg[2:] + trailer


def pixels(jpeg: bytes) -> bytes:
    with Image.open(io.BytesIO(jpeg)) as image:
        return image.convert("RGB").tobytes()


def cmyk_jpeg() -> bytes:
    """A CMYK JPEG as Photoshop writes it: its Adobe APP14 segment says how to read the colours."""
    out = io.BytesIO()
    Image.new("CMYK", (16, 16), (0, 200, 30, 10)).save(out, format="JPEG")
    return out.getvalue()


XMP_SEGMENT = segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>Budi Santoso</x:xmpmeta>")
IPTC_SEGMENT = segment(0xED, b"Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\x00\x0eBudi Santoso")
COMMENT_SEGMENT = segment(0xFE, b"HP Budi Santoso")
OLYMPUS_SEGMENT = segment(0xE3, b"META\x00\x00Budi Santoso")


@pytest.mark.parametrize("sent", [
    jpeg_with_exif(),
    with_segments(jpeg_with_exif(), XMP_SEGMENT),
    with_segments(jpeg_with_exif(), IPTC_SEGMENT, COMMENT_SEGMENT),
    with_segments(jpeg_with_exif(), OLYMPUS_SEGMENT),
    with_segments(jpeg_with_exif(), trailer=b"SEFHBudi Santoso GPS -7.25 112.75"),
], ids=["exif gps", "xmp", "iptc and comment", "vendor app3", "data after the end"])
def test_a_jpegs_exif_xmp_iptc_and_comments_go_and_its_picture_stays_as_encoded(sent):
    assert b"Budi" in sent or b"Samsung" in sent
    clean = jpeg_without_metadata(sent)
    assert b"Budi" not in clean and b"Samsung" not in clean and b"Exif" not in clean
    assert pixels(clean) == pixels(sent), "not re-encoded: the same picture"
    assert clean.endswith(b"\xff\xd9")


def plain_jpeg() -> bytes:
    """A JPEG as Pillow writes it: its JFIF APP0 segment and nothing else."""
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (1, 2, 3)).save(out, format="JPEG")
    return out.getvalue()


def test_a_jpeg_without_metadata_and_a_cmyk_one_keep_what_reading_them_needs():
    assert jpeg_without_metadata(plain_jpeg()) == plain_jpeg()
    adobe = cmyk_jpeg()
    assert b"Adobe" in adobe and jpeg_without_metadata(adobe) == adobe, "APP14 tells how to read its colours"


@pytest.mark.parametrize("sent", [b"not a jpeg", jpeg_with_exif()[:30], b"\xff\xd8\xff\xe1\x00\x01"])
def test_bytes_that_are_no_jpeg_are_unreadable(sent):
    with pytest.raises(Unreadable):
        jpeg_without_metadata(sent)


# --- PDFs: embedded photos and attachments -----------------------------------------------------------------------

def image_object(jpeg: bytes, filters=("/DCTDecode",)) -> StreamObject:
    image = StreamObject()
    if filters[0] == "/FlateDecode":
        import zlib

        image._data = zlib.compress(jpeg)
        image[NameObject("/Filter")] = ArrayObject([NameObject(name) for name in filters])
    else:
        image._data = jpeg
        image[NameObject("/Filter")] = NameObject(filters[0])
    with Image.open(io.BytesIO(jpeg)) as picture:
        width, height = picture.size
    image.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Image"),
                  NameObject("/Width"): NumberObject(width), NameObject("/Height"): NumberObject(height),
                  NameObject("/ColorSpace"): NameObject("/DeviceRGB"),
                  NameObject("/BitsPerComponent"): NumberObject(8)})
    return image


def scanned(jpeg: bytes | None = None, *, attachment: bool = False, annotation: bool = False,
            associated: bool = False, in_form: bool = False, thumbnail: bool = False,
            filters=("/DCTDecode",), info: dict | None = None) -> bytes:
    """A one-page PDF as a scanner app or a phone's "save as PDF" makes it: a photo on the page (directly, in a
    form XObject, as the page's thumbnail), and what else was asked for: a file in the document's attachments, a
    paper-clip annotation on the page, a PDF 2.0 associated file."""
    writer = PdfWriter()
    page = writer.add_blank_page(300, 200)
    resources = DictionaryObject()
    content = b"BT /F1 12 Tf 20 100 Td (Jalan rusak di RT 3) Tj ET"
    if jpeg is not None:
        image = writer._add_object(image_object(jpeg, filters))
        if in_form:
            form = StreamObject()
            form._data = b"q 64 0 0 48 0 0 cm /Im0 Do Q"
            form.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                         NameObject("/BBox"): ArrayObject([NumberObject(0)] * 2 + [NumberObject(64),
                                                                                     NumberObject(48)]),
                         NameObject("/Resources"): DictionaryObject({NameObject("/XObject"): DictionaryObject(
                             {NameObject("/Im0"): image})})})
            resources[NameObject("/XObject")] = DictionaryObject({NameObject("/Fm0"): writer._add_object(form)})
            content += b" /Fm0 Do"
        elif thumbnail:
            page[NameObject("/Thumb")] = image
        else:
            resources[NameObject("/XObject")] = DictionaryObject({NameObject("/Im0"): image})
            content += b" q 64 0 0 48 0 0 cm /Im0 Do Q"
    page[NameObject("/Resources")] = resources
    stream = DecodedStreamObject()
    stream.set_data(content)
    page[NameObject("/Contents")] = writer._add_object(stream)
    if attachment:
        writer.add_attachment("KTP_Budi_Santoso.txt", SECRET)
    if annotation or associated:
        embedded = DecodedStreamObject()
        embedded.set_data(SECRET)
        embedded[NameObject("/Type")] = NameObject("/EmbeddedFile")
        spec = writer._add_object(DictionaryObject({
            NameObject("/Type"): NameObject("/Filespec"), NameObject("/F"): TextStringObject("kk_budi.txt"),
            NameObject("/EF"): DictionaryObject({NameObject("/F"): writer._add_object(embedded)})}))
        if annotation:
            clip = DictionaryObject({
                NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/FileAttachment"),
                NameObject("/Rect"): ArrayObject([FloatObject(10), FloatObject(10), FloatObject(30),
                                                  FloatObject(30)]),
                NameObject("/FS"): spec, NameObject("/Contents"): TextStringObject("KK Budi")})
            link = DictionaryObject({
                NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Link"),
                NameObject("/Rect"): ArrayObject([FloatObject(40), FloatObject(10), FloatObject(90),
                                                  FloatObject(30)])})
            page[NameObject("/Annots")] = ArrayObject([writer._add_object(clip), writer._add_object(link)])
        if associated:
            writer._root_object[NameObject("/AF")] = ArrayObject([spec])
    if info:
        writer.add_metadata(info)
    else:
        writer.metadata = None
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def page_images(data: bytes) -> list[bytes]:
    """The decoded pixels of every photo a PDF shows (on its pages, in their forms, as thumbnails)."""
    reader = PdfReader(io.BytesIO(data))
    found = []
    for page in reader.pages:
        found += [pixels(image.data) for image in page.images]
        if "/Thumb" in page:
            found.append(pixels(page["/Thumb"].get_object().get_data()))
    return found


def photos(data: bytes) -> list[bytes]:
    """The JPEG bytes of every photo stream in a PDF, its filters before DCTDecode undone."""
    reader = PdfReader(io.BytesIO(data))
    found = []
    for number in range(1, int(reader.trailer["/Size"])):
        held = reader.get_object(number)
        if isinstance(held, StreamObject) and "/DCTDecode" in str(held.get("/Filter")):
            found.append(held.get_data())
    return found


def page_text(data: bytes) -> bytes:
    return PdfReader(io.BytesIO(data)).pages[0].get_contents().get_data()


@pytest.mark.parametrize("sent", [
    scanned(jpeg_with_exif()),
    scanned(jpeg_with_exif(), in_form=True),
    scanned(jpeg_with_exif(), thumbnail=True),
    scanned(with_segments(jpeg_with_exif(), XMP_SEGMENT, COMMENT_SEGMENT)),
    scanned(jpeg_with_exif(), filters=("/FlateDecode", "/DCTDecode")),
    scanned(jpeg_with_exif(), info={"/Author": "Budi Santoso"}),
], ids=["photo on the page", "photo in a form", "page thumbnail", "xmp and comment", "flate then dct",
        "and an author"])
def test_the_exif_gps_of_a_photo_inside_a_pdf_is_removed_and_the_photo_still_shows(sent):
    assert any(b"Samsung" in photo for photo in photos(sent))
    clean = clean_copy(sent, PDF)
    assert clean is not None and b"Samsung" not in clean and b"Budi" not in clean and b"Exif" not in clean
    assert len(photos(clean)) == 1 and not any(b"Samsung" in photo or b"Exif" in photo for photo in photos(clean))
    assert page_images(clean) == page_images(sent) and len(page_images(clean)) == 1
    assert page_text(clean).startswith(TEXT)


@pytest.mark.parametrize("sent", [
    scanned(attachment=True),
    scanned(annotation=True),
    scanned(associated=True),
    scanned(jpeg_with_exif(), attachment=True, annotation=True, associated=True),
], ids=["document attachment", "paper-clip annotation", "associated file", "all of them and a photo"])
def test_files_attached_inside_a_pdf_are_left_out_and_its_page_kept(sent):
    assert b"Budi" in sent or b"KK Budi" in sent
    clean = clean_copy(sent, PDF)
    assert clean is not None and b"Budi" not in clean and b"3527012345678901" not in clean
    reader = PdfReader(io.BytesIO(clean))
    assert not reader.attachments and "/AF" not in reader.trailer["/Root"]
    kinds = [annot.get_object()["/Subtype"] for annot in reader.pages[0].get("/Annots", [])]
    assert "/FileAttachment" not in kinds
    if b"/Link" in sent:
        assert kinds == ["/Link"], "other annotations (a link) stay"
    assert page_text(clean).startswith(TEXT) and len(reader.pages) == 1


@pytest.mark.parametrize("sent", [
    scanned(),
    scanned(plain_jpeg()),
    scanned(cmyk_jpeg()),
], ids=["text only", "photo without exif", "cmyk photo with its adobe segment"])
def test_a_pdf_with_nothing_to_remove_is_kept_byte_for_byte(sent):
    assert pdf_without_metadata(sent) == sent


def test_a_pdf_whose_photo_cannot_be_read_has_no_copy():
    """A photo stream that is no JPEG at all: its EXIF cannot be found for certain (verifiers only)."""
    broken = scanned(jpeg_with_exif()).replace(b"\xff\xd8\xff", b"\x00\xd8\xff", 1)
    assert b"Samsung" in broken
    assert pdf_without_metadata(broken) is None


@pytest.mark.parametrize("sent", [
    b"%PDF-1.4\n1 0 obj<</Type/Filespec/EF<</F 2 0 R>>>>endobj\n2 0 obj<</Type/EmbeddedFile>>stream\nBudi",
    b"%PDF-1.4\n1 0 obj<</Subtype/Image/Filter/DCTDecode>>stream\n\xff\xd8\xff\xe1\x00\x10Exif\x00\x00Samsung",
], ids=["attachment", "photo with exif"])
def test_a_broken_pdf_holding_an_attachment_or_a_photos_exif_has_no_copy(sent):
    assert pdf_without_metadata(sent) is None


# --- Ogg files sent as documents: Vorbis comments ----------------------------------------------------------------

def comment_block(vendor: bytes, comments: list[bytes], framing: bool) -> bytes:
    block = struct.pack("<I", len(vendor)) + vendor + struct.pack("<I", len(comments))
    for comment in comments:
        block += struct.pack("<I", len(comment)) + comment
    return block + (b"\x01" if framing else b"")


def ogg(packets: list[bytes], serial: int = 7, first_sequence: int = 0) -> bytes:
    """An Ogg stream of one packet per page (mutagen writes the pages and their checksums)."""
    out = []
    for number, packet in enumerate(packets):
        page = OggPage()
        page.serial, page.sequence, page.packets = serial, first_sequence + number, [packet]
        page.position = 0 if number < 2 else 960 * number
        page.first, page.last = number == 0, number == len(packets) - 1
        out.append(page.write())
    return b"".join(out)


OPUS_HEAD = b"OpusHead\x01\x01\x38\x01\x80\xbb\x00\x00\x00\x00\x00"
VORBIS_HEAD = b"\x01vorbis" + struct.pack("<IBIiii", 0, 1, 44100, 0, 128000, 0) + bytes([0xB8, 1])
FLAC_INFO = struct.pack(">HH", 4096, 4096) + bytes(6) + bytes([0x0A, 0xC4, 0x40, 0xF0]) + bytes(20)
AUDIO = [b"\xfc\xff\xfe" * 20, b"\xfc\xff\xfe" * 20]
NAMED = [b"ARTIST=Budi Santoso", b"COMMENT=HP 0812 3456 7890", b"LOCATION=RT 3 Kel. Sukamaju"]


def opus(comments: list[bytes], vendor: bytes = b"WhatsApp") -> bytes:
    return ogg([OPUS_HEAD, b"OpusTags" + comment_block(vendor, comments, False), *AUDIO])


def vorbis(comments: list[bytes]) -> bytes:
    return ogg([VORBIS_HEAD, b"\x03vorbis" + comment_block(b"Xiph.Org libVorbis I", comments, True),
                b"\x05vorbis" + bytes(30), *AUDIO])


def flac(comments: list[bytes]) -> bytes:
    block = comment_block(b"reference libFLAC 1.4.3", comments, False)
    streaminfo = bytes([0]) + len(FLAC_INFO).to_bytes(3, "big") + FLAC_INFO
    return ogg([b"\x7fFLAC\x01\x00\x00\x01fLaC" + streaminfo, bytes([0x84]) + len(block).to_bytes(3, "big") + block,
                b"\xff\xf8" + bytes(40)])


def audio_pages(data: bytes) -> list[bytes]:
    """The audio packets (the pages after the headers), as the player reads them."""
    pages, stream = [], io.BytesIO(data)
    while stream.tell() < len(data):
        pages.append(OggPage(stream))
    return [b"".join(page.packets) for page in pages if page.position > 0]


@pytest.mark.parametrize("make", [opus, vorbis, flac], ids=["opus", "vorbis", "flac"])
@pytest.mark.parametrize("comments", [NAMED, NAMED[:1], [b"artist=budi santoso", b"TITLE=Rekaman jalan"]],
                         ids=["three", "one", "lower-case keys"])
def test_the_comments_of_an_ogg_file_sent_as_a_document_are_removed_and_its_sound_kept(make, comments):
    sent = make(comments)
    assert b"udi" in sent
    clean = clean_copy(sent, "audio/ogg")
    assert clean is not None and b"Budi" not in clean and b"budi" not in clean and b"0812" not in clean
    import mutagen

    assert not dict(mutagen.File(io.BytesIO(clean)).tags)
    assert audio_pages(clean) == audio_pages(sent)


@pytest.mark.parametrize("sent", [opus([]), opus([], vendor=b"Lavf60.3.100"), vorbis([]), flac([])],
                         ids=["whatsapp voice note", "ffmpeg opus", "vorbis", "flac"])
def test_an_ogg_file_without_comments_is_kept_byte_for_byte(sent):
    assert ogg_without_comments(sent) is sent


def test_the_start_of_a_voice_note_mutagen_cannot_read_is_kept_as_it_is():
    """No comment header in its bytes at all: nothing that could name anyone."""
    sent = voice_note()
    assert clean_copy(sent, "audio/ogg") == sent


@pytest.mark.parametrize("sent", [
    opus(NAMED)[:90] + opus(NAMED)[100:],                                  # its comment page torn
    opus(NAMED) + ogg([OPUS_HEAD, b"OpusTags" + comment_block(b"x", NAMED, False), *AUDIO], serial=9),  # chained
], ids=["torn page", "two chained streams"])
def test_an_ogg_file_whose_comments_cannot_be_removed_for_certain_has_no_copy(sent):
    assert clean_copy(sent, "audio/ogg") is None


# --- Photos inside a PDF the scrubber does not rewrite: JPEG 2000 and inline images -------------------------------

JP2_WITH_XMP = (b"\x00\x00\x00\x0cjP  \r\n\x87\n" + b"\x00\x00\x00\x14ftypjp2 \x00\x00\x00\x00jp2 "
                + struct.pack(">I", 8 + 16 + 22) + b"uuid" + bytes(16) + b"<x:xmpmeta>Budi</x:xmpmeta>"[:22]
                + b"\x00\x00\x00\x10jp2c\xff\x4f\xff\x51" + bytes(4))


def with_jpx() -> bytes:
    """A scan whose photo is JPEG 2000 (/JPXDecode): its boxes (`uuid` XMP, `xml `) may name the scanner's owner."""
    writer = PdfWriter()
    page = writer.add_blank_page(300, 200)
    image = StreamObject()
    image._data = JP2_WITH_XMP
    image.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Image"),
                  NameObject("/Width"): NumberObject(4), NameObject("/Height"): NumberObject(4),
                  NameObject("/Filter"): NameObject("/JPXDecode")})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): DictionaryObject(
        {NameObject("/Im0"): writer._add_object(image)})})
    stream = DecodedStreamObject()
    stream.set_data(TEXT + b" q 4 0 0 4 0 0 cm /Im0 Do Q")
    page[NameObject("/Contents")] = writer._add_object(stream)
    writer.metadata = None
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def with_inline(image: bytes, in_form: bool = False) -> bytes:
    """A page drawing an inline image (`BI … ID … EI` in its content stream, not an object of its own)."""
    writer = PdfWriter()
    page = writer.add_blank_page(300, 200)
    drawing = TEXT + b"\nq 4 0 0 4 0 0 cm\n" + image + b"\nQ"
    stream = DecodedStreamObject()
    if in_form:
        form = DecodedStreamObject()
        form.set_data(drawing)
        form.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                     NameObject("/BBox"): ArrayObject([NumberObject(0), NumberObject(0), NumberObject(300),
                                                       NumberObject(200)])})
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): DictionaryObject(
            {NameObject("/Fm0"): writer._add_object(form)})})
        stream.set_data(b"/Fm0 Do")
    else:
        stream.set_data(drawing)
    page[NameObject("/Contents")] = writer._add_object(stream)
    writer.metadata = None
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def inline(filters: bytes, data: bytes) -> bytes:
    return b"BI /W 4 /H 4 /CS /RGB /BPC 8 " + filters + b" ID " + data + b" EI"


@pytest.mark.parametrize("sent", [
    with_jpx(),
    with_inline(inline(b"/F /DCT", jpeg_with_exif())),
    with_inline(inline(b"/Filter /DCTDecode", jpeg_with_exif())),
    with_inline(inline(b"/F [/AHx /DCT]", jpeg_with_exif().hex().encode() + b">")),
    with_inline(inline(b"/F/DCT", jpeg_with_exif()), in_form=True),
], ids=["jpeg 2000", "inline jpeg", "inline jpeg, long filter name", "inline jpeg in hex", "inline jpeg in a form"])
def test_a_pdf_with_a_photo_not_rewritten_has_no_copy(sent):
    """JPEG 2000 (XMP in its boxes) and inline JPEGs (EXIF inside a content stream) are not rewritten: such a PDF
    gets no copy (verifiers only for an anonymous complaint), as one with a photo that cannot be read."""
    assert pdf_without_metadata(sent) is None


@pytest.mark.parametrize("sent", [
    with_inline(inline(b"", bytes(48))),  # raw pixels: no metadata structure at all
    with_inline(inline(b"/F /Fl", bytes(48))),
    with_inline(b"BT /F1 12 Tf 20 50 Td (BI /F /DCT ID kartu EI) Tj ET"),  # the words in the page's text
], ids=["inline raw pixels", "inline flate", "the words in a text"])
def test_a_pdf_with_an_inline_image_holding_no_photo_is_kept(sent):
    assert pdf_without_metadata(sent) == sent
