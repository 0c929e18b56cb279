"""Real media bytes for tests: a JPEG with EXIF (GPS, device, time), a PNG, an Ogg/Opus voice note header, an MP4
box, a PDF; each what its content type says (sniffers read them as such)."""

from __future__ import annotations

import io

from PIL import Image

GPS_IFD = 0x8825


def jpeg_with_exif(size=(64, 48), colour=(200, 30, 30), orientation: int | None = None) -> bytes:
    """A JPEG photo whose EXIF holds a GPS position, the phone's make and model and when it was taken."""
    image = Image.new("RGB", size, colour)
    exif = Image.Exif()
    exif[0x010F] = "Samsung"            # Make
    exif[0x0110] = "SM-A135F"           # Model
    exif[0x0132] = "2026:11:20 07:45:12"  # DateTime
    if orientation:
        exif[0x0112] = orientation
    exif[GPS_IFD] = {1: "S", 2: (7.0, 15.0, 30.0), 3: "E", 4: (112.0, 45.0, 10.0)}
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif, quality=90)
    return out.getvalue()


def png(size=(32, 32)) -> bytes:
    """A small PNG picture."""
    out = io.BytesIO()
    Image.new("RGB", size, (10, 120, 200)).save(out, format="PNG")
    return out.getvalue()


def voice_note(length: int = 4000) -> bytes:
    """The start of a WhatsApp voice note: an Ogg page carrying the Opus identification header."""
    page = (b"OggS\x00\x02" + b"\x00" * 8 + b"\x01\x00\x00\x00" + b"\x00" * 8 + b"\x01\x13"
            + b"OpusHead\x01\x01\x38\x01\x80\xbb\x00\x00\x00\x00\x00")
    return page + bytes(range(256)) * (length // 256)


def video(length: int = 6000) -> bytes:
    """The start of an MP4 video: its ftyp box, then filler."""
    return b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * length


def pdf() -> bytes:
    """A one-page PDF letter."""
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
            b"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def exif_of(data: bytes) -> dict:
    """The EXIF tags of an image (empty when it has none)."""
    with Image.open(io.BytesIO(data)) as image:
        return dict(image.getexif())
