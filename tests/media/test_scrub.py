"""Documents and videos without their maker's metadata (`media.scrub`): real PDFs written by pypdf, hand-built MP4
box structures with `moov` before and after `mdat`; and near misses that must stay as they are."""

from __future__ import annotations

import io
import struct

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject

from media.content import clean_copy
from media.scrub import Unreadable, boxes_without_metadata, pdf_without_metadata
from tests.media_samples import pdf, video

NAME = "Budi Santoso"
XMP = (b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
       b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
       b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>Budi Santoso</rdf:li></rdf:Seq>'
       b'</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>')
TEXT = b"BT /F1 12 Tf 20 100 Td (Jalan rusak di RT 3) Tj ET"


def letter(info: dict | None = None, xmp: bool = False, pages: int = 2, page_xmp: bool = False) -> bytes:
    """A PDF letter of `pages` pages with text, and the metadata asked for."""
    writer = PdfWriter()
    for _ in range(pages):
        page = writer.add_blank_page(300, 200)
        content = DecodedStreamObject()
        content.set_data(TEXT)
        page[NameObject("/Contents")] = writer._add_object(content)
        if page_xmp:
            stream = DecodedStreamObject()
            stream.set_data(XMP)
            page[NameObject("/Metadata")] = writer._add_object(stream)
    if info is not None:
        writer.add_metadata(info)
    else:
        writer.metadata = None
    if xmp:
        writer.xmp_metadata = XMP
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def texts(data: bytes) -> list[bytes]:
    return [page.get_contents().get_data() for page in PdfReader(io.BytesIO(data)).pages]


@pytest.mark.parametrize("info, xmp, page_xmp", [
    ({"/Author": NAME}, False, False),
    ({"/Author": "budi", "/Creator": f"Microsoft® Word 2019 ({NAME})", "/Producer": "Microsoft® Word 2019",
      "/Title": f"Surat {NAME}", "/Subject": "Aduan jalan", "/Keywords": "aduan, RT 3"}, False, False),
    ({"/NamaPelapor": NAME, "/NIK": "3527012345678901"}, False, False),  # custom fields
    (None, True, False),  # XMP only (dc:creator)
    (None, False, True),  # a page's own XMP
    ({"/Creator": NAME}, True, True),
])
def test_a_pdfs_author_creator_title_custom_fields_and_xmp_are_removed_and_its_pages_kept(info, xmp, page_xmp):
    sent = letter(info, xmp, page_xmp=page_xmp)
    assert b"Budi" in sent
    clean = clean_copy(sent, "application/pdf")
    assert clean is not None and b"Budi" not in clean and b"3527012345678901" not in clean
    reader = PdfReader(io.BytesIO(clean))
    assert not reader.metadata and reader.xmp_metadata is None and b"pypdf" not in clean  # not even our producer
    assert texts(clean) == texts(sent) == [TEXT, TEXT]
    assert [page.mediabox for page in reader.pages] == [page.mediabox for page in PdfReader(io.BytesIO(sent)).pages]


def test_an_earlier_revision_holding_the_author_is_left_out():
    """An incremental update that emptied /Info keeps the old one in the file: the rewrite drops it."""
    writer = PdfWriter(io.BytesIO(letter({"/Author": NAME})), incremental=True)
    writer.metadata = None
    writer.add_metadata({"/Title": "Aduan"})
    out = io.BytesIO()
    writer.write(out)
    sent = out.getvalue()
    assert b"Budi" in sent and "/Author" not in PdfReader(io.BytesIO(sent)).metadata
    clean = pdf_without_metadata(sent)
    assert clean is not None and b"Budi" not in clean and texts(clean) == [TEXT, TEXT]


@pytest.mark.parametrize("sent", [letter(None), pdf()], ids=["pypdf letter without metadata", "hand-written, no xref"])
def test_a_pdf_without_metadata_is_kept_byte_for_byte(sent):
    assert pdf_without_metadata(sent) == sent


def locked_letter(user_password: str = "") -> bytes:
    """A letter with its author, encrypted (an empty user password: opens without one, as bank statements do)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(letter({"/Author": NAME}))))
    writer.encrypt(user_password=user_password, owner_password="pemilik", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("user_password", ["", "rahasia"])
def test_an_encrypted_pdf_has_no_copy_without_metadata(user_password):
    assert pdf_without_metadata(locked_letter(user_password)) is None


@pytest.mark.parametrize("sent", [
    b"%PDF-1.4\n1 0 obj<</Author (Budi Santoso)>>endobj\n",  # cut short, a name in it
    b"%PDF-1.5\n1 0 obj<</Type/ObjStm/N 3/Length 9>>stream\nx\x9c\x03\x00endstream\n",  # compressed objects
    letter({"/Author": NAME})[:-200],  # its end (cross-references, trailer) lost
])
def test_a_broken_pdf_that_may_hold_metadata_has_no_copy_without_it(sent):
    assert pdf_without_metadata(sent) is None


# --- MP4 / 3GP / M4A: ISO base media boxes -------------------------------------------------------------------------

SAMPLE = b"\x00\x00\x00\x10video-frame-one" * 3
GPS = b"+07.2500+112.7500/"


def box(kind: bytes, *children: bytes) -> bytes:
    payload = b"".join(children)
    return struct.pack(">I4s", 8 + len(payload), kind) + payload


def large_box(kind: bytes, payload: bytes) -> bytes:
    """A box with a 64-bit size (size field 1)."""
    return struct.pack(">I4sQ", 1, kind, 16 + len(payload)) + payload


MP4_BRANDS = b"mp42\x00\x00\x00\x00mp42isom"
QUICKTIME_BRANDS = b"qt  \x00\x00\x00\x00qt  "  # an iPhone's MOV (sent as a document, not re-encoded by WhatsApp)


def movie(moov_first: bool, metadata: bool = True, large: bool = False, brands: bytes = MP4_BRANDS) -> bytes:
    """ftyp, moov (one trak whose stco points at SAMPLE in mdat) and mdat, in either order; with metadata: moov/udta
    (©xyz GPS, an author), moov/meta (Apple's location key), trak/udta (the camera's name), a top-level XMP uuid."""
    ftyp = box(b"ftyp", brands)

    def moov(offset: int) -> bytes:
        trak = [box(b"tkhd", bytes(84)), box(b"mdia", box(b"mdhd", bytes(24)), box(b"minf", box(
            b"stbl", box(b"stco", struct.pack(">III", 0, 1, offset)))))]
        children = [box(b"mvhd", bytes(100))]
        if metadata:
            trak.append(box(b"udta", box(b"name", b"Kamera HP Budi")))
            user = box(b"\xa9xyz", struct.pack(">HH", len(GPS), 0x15C7), GPS) + box(b"auth", b"\x00" * 6 + b"Budi")
            children.append(large_box(b"udta", user) if large else box(b"udta", user))
            children.append(box(b"meta", bytes(4), box(b"hdlr", bytes(8), b"mdta", bytes(13)),
                                box(b"keys", b"com.apple.quicktime.location.ISO6709"), box(b"ilst", GPS)))
        return box(b"moov", *children[:1], box(b"trak", *trak), *children[1:])

    mdat = box(b"mdat", SAMPLE)
    xmp = box(b"uuid", bytes.fromhex("BE7ACFCB97A942E89C71999491E3AFAC"), b"<x:xmpmeta>Budi</x:xmpmeta>")
    if moov_first:
        offset = len(ftyp) + len(moov(0)) + 8
        return ftyp + moov(offset) + mdat + (xmp if metadata else b"")
    return ftyp + (xmp if metadata else b"") + mdat + moov(len(ftyp) + (len(xmp) if metadata else 0) + 8)


def walk(data: bytes, start: int = 0, end: int | None = None, depth: int = 0) -> list[tuple[int, bytes]]:
    """(depth, type) of every box, into the containers the test files use: the structure still adds up."""
    end = len(data) if end is None else end
    found, position = [], start
    while position < end:
        size, kind = struct.unpack_from(">I4s", data, position)
        header = 16 if size == 1 else 8
        size = struct.unpack_from(">Q", data, position + 8)[0] if size == 1 else size
        assert 8 <= size <= end - position, (kind, size)
        found.append((depth, kind))
        if kind in (b"moov", b"trak", b"mdia", b"minf", b"stbl"):
            found += walk(data, position + header, position + size, depth + 1)
        position += size
    return found


def first_chunk(data: bytes) -> bytes:
    offset = struct.unpack_from(">I", data, data.index(b"stco") + 12)[0]
    return data[offset:offset + len(SAMPLE)]


@pytest.mark.parametrize("moov_first", [True, False], ids=["moov before mdat", "moov after mdat"])
@pytest.mark.parametrize("large", [False, True], ids=["32-bit udta", "64-bit udta"])
def test_a_videos_gps_author_and_tags_become_free_boxes_and_nothing_moves(moov_first, large):
    sent = movie(moov_first, large=large)
    assert first_chunk(sent) == SAMPLE and GPS in sent and b"Budi" in sent
    clean = clean_copy(sent, "video/mp4")
    assert len(clean) == len(sent)
    assert GPS not in clean and b"Budi" not in clean and b"quicktime.location" not in clean
    assert first_chunk(clean) == SAMPLE  # the chunk offsets still point at the frames: nothing re-encoded or moved
    kinds = walk(clean)
    assert not {kind for _, kind in kinds} & {b"udta", b"meta", b"uuid"}
    assert [kind for depth, kind in kinds if kind == b"free"] == [b"free"] * 4
    assert [kind for depth, kind in kinds if depth == 0 and kind != b"free"] == (
        [b"ftyp", b"moov", b"mdat"] if moov_first else [b"ftyp", b"mdat", b"moov"])
    assert boxes_without_metadata(clean) is clean  # free boxes are left alone


@pytest.mark.parametrize("kind, sent", [
    ("video/3gpp", movie(True)),
    ("audio/mp4", movie(True)),
    ("video/quicktime", movie(True, brands=QUICKTIME_BRANDS)),  # the same box structure (ISO base media is QT's)
    ("video/quicktime", movie(False, brands=QUICKTIME_BRANDS)),
])
def test_3gp_and_mov_videos_and_m4a_audio_are_cleaned_the_same_way(kind, sent):
    clean = clean_copy(sent, kind)
    assert GPS in sent and GPS not in clean and b"Budi" not in clean and first_chunk(clean) == SAMPLE


def test_a_mov_is_read_as_a_quicktime_video_by_its_bytes():
    from media.content import sniff

    assert sniff(movie(True, brands=QUICKTIME_BRANDS), "video/quicktime") == "video/quicktime"
    assert sniff(movie(True, brands=QUICKTIME_BRANDS), "application/octet-stream") == "video/quicktime"
    assert sniff(movie(True), "video/quicktime") == "video/mp4", "an MP4 named .mov is an MP4"


@pytest.mark.parametrize("sent", [movie(True, metadata=False), movie(False, metadata=False), video(),
                                  movie(False, metadata=False) + b"\x00\x01"],
                         ids=["moov first", "moov last", "ftyp and filler", "stray bytes at the end"])
def test_a_video_without_metadata_is_kept_byte_for_byte(sent):
    assert boxes_without_metadata(sent) is sent


def test_a_truncated_mdat_at_the_end_does_not_stop_the_cleaning():
    sent = movie(True)
    cut = sent[:sent.index(b"mdat") + 12]  # the download's last box cut short
    assert GPS not in boxes_without_metadata(cut)


@pytest.mark.parametrize("damage", ["moov runs past the end", "a child runs past moov", "a box of 4 bytes"])
def test_a_video_whose_boxes_do_not_add_up_has_no_copy_without_metadata(damage):
    sent = bytearray(movie(False))
    moov = sent.index(b"moov") - 4
    if damage == "moov runs past the end":
        struct.pack_into(">I", sent, moov, len(sent))
    elif damage == "a child runs past moov":
        struct.pack_into(">I", sent, sent.index(b"mvhd") - 4, 10_000)
    else:
        struct.pack_into(">I", sent, sent.index(b"mvhd") - 4, 4)
    with pytest.raises(Unreadable):
        boxes_without_metadata(bytes(sent))
    assert clean_copy(bytes(sent), "video/mp4") is None


def test_a_voice_note_is_its_own_copy_and_aac_and_amr_have_none():
    from tests.media_samples import voice_note

    sent = voice_note()
    assert clean_copy(sent, "audio/ogg") == sent  # no comment header: nothing to remove (test_scrub_embedded)
    assert clean_copy(b"\xff\xf1\x50\x80" + bytes(60), "audio/aac") is None
    assert clean_copy(b"#!AMR\n" + bytes(60), "audio/amr") is None


MP3_FRAME = bytes([0xFF, 0xFB, 0x90, 0x64]) + bytes(413)  # MPEG-1 layer III, 128 kbit/s, 44.1 kHz: 417 bytes
SONG = MP3_FRAME * 12


def tagged_mp3(v2: bool = True, v1: bool = False, ape: bool = False) -> bytes:
    """A recorder app's MP3 naming its owner: ID3v2 at the front, ID3v1 and APEv2 at the end."""
    import mutagen.apev2
    import mutagen.id3

    out = io.BytesIO(SONG)
    if v2:
        tags = mutagen.id3.ID3()
        tags.add(mutagen.id3.TPE1(encoding=3, text=["Budi Santoso"]))
        tags.add(mutagen.id3.COMM(encoding=3, lang="ind", desc="", text=["HP 0812 3456 7890"]))
        tags.save(out)
    if ape:
        words = mutagen.apev2.APEv2()
        words["Artist"] = "Budi Santoso"
        words.save(out)
    data = out.getvalue()
    return data + b"TAG" + b"Budi Santoso".ljust(30, b"\0") + bytes(95) if v1 else data


@pytest.mark.parametrize("v2, v1, ape", [(True, False, False), (False, True, False), (True, True, False),
                                         (False, False, True), (True, True, True)],
                         ids=["ID3v2", "ID3v1", "ID3v1 and v2", "APEv2", "all three"])
def test_an_mp3s_tags_naming_its_maker_are_removed_and_its_sound_kept(v2, v1, ape):
    sent = tagged_mp3(v2, v1, ape)
    assert b"Budi" in sent
    clean = clean_copy(sent, "audio/mpeg")
    assert clean == SONG  # every frame as it was, nothing else


def test_an_mp3_without_tags_is_kept_byte_for_byte():
    assert clean_copy(SONG, "audio/mpeg") is SONG


# --- photos: their colour profile (ICC) stays, their EXIF, GPS and XMP go ----------------------------------------

def photo_with_profile(fmt: str, profile: bytes, mode: str = "RGB") -> bytes:
    """A photo as a phone saves it: an ICC profile (Display P3 on an iPhone, sRGB elsewhere), EXIF with GPS and
    the camera's serial number, XMP naming its owner."""
    from PIL import Image

    from tests.media_samples import GPS_IFD

    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Apple", "iPhone 13"
    exif[0x8769] = {0xA431: "SN-C39XK2"}  # BodySerialNumber
    exif[GPS_IFD] = {1: "S", 2: (7.0, 15.0, 30.0), 3: "E", 4: (112.0, 45.0, 10.0)}
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>Budi Santoso</dc:creator></x:xmpmeta>'
    out = io.BytesIO()
    Image.new(mode, (40, 30), (10, 120, 200, 255)[:len(mode)] if mode != "L" else 120).save(
        out, format=fmt, icc_profile=profile, exif=exif, xmp=xmp)
    return out.getvalue()


@pytest.mark.parametrize("fmt, content_type, mode", [("JPEG", "image/jpeg", "RGB"), ("PNG", "image/png", "RGB"),
                                                     ("PNG", "image/png", "RGBA"), ("WEBP", "image/webp", "RGB"),
                                                     ("JPEG", "image/jpeg", "L")])
def test_a_photos_colour_profile_stays_in_its_copy_and_its_exif_gps_serial_and_xmp_go(fmt, content_type, mode):
    from PIL import Image, ImageCms

    from media.content import clean_copy

    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes() if mode != "L" else _grey_profile()
    sent = photo_with_profile(fmt, profile, mode)
    with Image.open(io.BytesIO(sent)) as picture:
        assert picture.info.get("icc_profile") == profile and (picture.getexif() or picture.info.get("xmp"))
    clean = clean_copy(sent, content_type)
    with Image.open(io.BytesIO(clean)) as picture:
        assert picture.info.get("icc_profile") == profile, "colours shown as the phone meant them"
        assert not picture.getexif() and not picture.info.get("xmp") and "exif" not in picture.info
    for secret in (b"Budi", b"SN-C39XK2", b"iPhone", b"Apple", b"xmpmeta"):
        assert secret not in clean, secret


def _grey_profile() -> bytes:
    """Profile bytes whose header names the grey colour space (littleCMS's sRGB profile relabelled): only the header's
    colour space is read when the copy is made."""
    from PIL import ImageCms

    data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    data[16:20] = b"GRAY"
    return bytes(data)


def test_a_profile_for_other_colours_than_the_copys_is_not_attached():
    """A CMYK photo (a print shop's) becomes an RGB copy: its CMYK profile would misdescribe it, so it goes."""
    from PIL import Image

    from media.content import clean_copy

    profile = bytearray(_grey_profile())
    profile[16:20] = b"CMYK"
    out = io.BytesIO()
    Image.new("CMYK", (20, 20), (0, 50, 100, 0)).save(out, format="JPEG", icc_profile=bytes(profile))
    with Image.open(io.BytesIO(clean_copy(out.getvalue(), "image/jpeg"))) as picture:
        assert picture.mode == "RGB" and "icc_profile" not in picture.info
