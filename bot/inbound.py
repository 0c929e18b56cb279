"""Twilio's inbound WhatsApp form parsed into a small, validated message object."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lapor.phones import InvalidPhone, to_e164

MAX_BODY_CHARS = 4096  # WhatsApp's own limit; longer bodies are cut, never refused
MAX_MEDIA = 10
SID = re.compile(r"[A-Za-z0-9]{2,64}")
WHOLE_NUMBER = re.compile(r"[-+]?[0-9]{1,9}")  # at most nine digits: fits every integer column, PostgreSQL's too
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class InvalidMessage(ValueError):
    """The posted form is not a usable WhatsApp message (answered with 400)."""


@dataclass(frozen=True)
class Media:
    """One media item Twilio received: its URL (on Twilio) and content type."""

    url: str
    content_type: str

    @property
    def is_image(self) -> bool:
        """Tell whether it is a picture (JPEG, PNG, WebP…)."""
        return self.content_type.startswith("image/")

    @property
    def is_sticker(self) -> bool:
        """Tell whether it is a WhatsApp sticker (sent as WebP; photos arrive as JPEG)."""
        return self.content_type == "image/webp"


@dataclass(frozen=True)
class Location:
    """A WhatsApp location pin."""

    latitude: float
    longitude: float
    address: str = ""
    label: str = ""


@dataclass(frozen=True)
class Inbound:
    """One WhatsApp message as the bot sees it."""

    sid: str
    phone: str
    body: str = ""
    profile_name: str = ""
    wa_id: str = ""
    media: tuple[Media, ...] = field(default_factory=tuple)
    location: Location | None = None
    replied_to_sid: str = ""
    button_payload: str = ""

    @property
    def text(self) -> str:
        """The typed text, or the tapped button's payload."""
        return self.body or self.button_payload

    @property
    def images(self) -> tuple[Media, ...]:
        """The pictures attached to the message."""
        return tuple(m for m in self.media if m.is_image)

    def as_payload(self) -> dict:
        """Everything but the body, for the inbound log."""
        return {
            "profile_name": self.profile_name,
            "media": [{"url": m.url, "content_type": m.content_type} for m in self.media],
            "location": self.location and vars(self.location),
            "replied_to_sid": self.replied_to_sid,
            "button_payload": self.button_payload,
        }


def parse_form(form) -> Inbound:
    """Build an Inbound from Twilio's form fields, or raise InvalidMessage."""
    sid = twilio_sid(form.get("MessageSid") or form.get("SmsMessageSid"))
    if sid is None:
        raise InvalidMessage("missing or malformed MessageSid")
    try:
        phone = to_e164(form.get("From", ""))
    except InvalidPhone as exc:
        raise InvalidMessage("missing or invalid From") from exc
    return Inbound(
        sid=sid,
        phone=phone,
        body=_clean(form.get("Body", ""))[:MAX_BODY_CHARS],
        profile_name=_clean(form.get("ProfileName", ""))[:200],
        wa_id=_clean(form.get("WaId", ""))[:32],
        media=_parse_media(form),
        location=_parse_location(form),
        replied_to_sid=_clean(form.get("OriginalRepliedMessageSid", ""))[:64],
        button_payload=_clean(form.get("ButtonPayload", ""))[:256],
    )


def twilio_sid(value: str | None) -> str | None:
    """A Twilio SID (two letters and 32 hex digits today; up to 64 letters and digits accepted), else None."""
    sid = (value or "").strip()
    return sid if SID.fullmatch(sid) else None


def bounded_int(value: str | None, low: int, high: int) -> int | None:
    """The whole number a form field holds if it lies between `low` and `high`, else None (a request never
    carries a number a column cannot hold, nor one Python's int() refuses)."""
    text = (value or "").strip()
    number = int(text) if WHOLE_NUMBER.fullmatch(text) else None
    return number if number is not None and low <= number <= high else None


def _clean(value: str) -> str:
    """Strip surrounding space and the characters XML 1.0 cannot carry (NUL and the other C0 controls but tab and
    newlines, U+FFFE/U+FFFF; vertical tab and form feed become spaces): they have no business in a database, and a
    reply quoting them would be TwiML that Twilio cannot read."""
    return NOT_XML.sub("", (value or "").replace("\x0b", " ").replace("\x0c", " ")).strip()


def _parse_media(form) -> tuple[Media, ...]:
    media = []
    for index in range(min(bounded_int(form.get("NumMedia"), 0, 10**6) or 0, MAX_MEDIA)):
        url = _clean(form.get(f"MediaUrl{index}", ""))
        if url.startswith(("https://", "http://")) and len(url) <= 1000:
            content_type = _clean(form.get(f"MediaContentType{index}", "")) or "application/octet-stream"
            media.append(Media(url=url, content_type=content_type.lower()[:100]))
    return tuple(media)


def _parse_location(form) -> Location | None:
    try:
        latitude = float(form.get("Latitude", ""))
        longitude = float(form.get("Longitude", ""))
    except ValueError:
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return Location(latitude, longitude, _clean(form.get("Address", ""))[:500],
                    _clean(form.get("Label", ""))[:200])
