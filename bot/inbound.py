"""Twilio's inbound WhatsApp form parsed into a small, validated message object."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property

from lapor.media import STICKER, base_type, is_accepted
from lapor.phones import InvalidPhone, to_e164

MAX_BODY_CHARS = 4096  # WhatsApp's own limit; longer bodies are cut, never refused
MAX_MEDIA = 10
SID = re.compile(r"[A-Za-z0-9]{2,64}")
WHOLE_NUMBER = re.compile(r"[-+]?[0-9]{1,9}")  # at most nine digits: fits every integer column, PostgreSQL's too
# Meta's business-scoped user ID: a two-letter country code, a dot, up to 128 letters and digits (`ID.1349…`); the
# parent form shared by linked business portfolios puts `ENT.` after the country (`ID.ENT.1181…`).
BSUID = re.compile(r"[A-Z]{2}\.(?:ENT\.)?[A-Za-z0-9]{1,128}")
LETTER = re.compile(r"[^\W\d_]")  # a phone number from the provider has none (phonenumbers would skip them)
# Extra form fields a provider may carry the BSUID and the username in (Twilio's names are not published yet).
BSUID_FIELDS = ("BusinessScopedUserId", "FromUserId", "UserId", "Bsuid")
USERNAME_FIELDS = ("Username", "ProfileUsername", "FromUsername")
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class InvalidMessage(ValueError):
    """The posted form is not a usable WhatsApp message (answered with 400)."""


@dataclass(frozen=True)
class Identity:
    """Who wrote: their phone number (E.164) and/or business-scoped user ID as the provider gave them, and the
    username they show (a display name, never proof of who they are)."""

    phone: str | None = None
    bsuid: str | None = None
    username: str = ""

    @property
    def address(self) -> str:
        """Where a reply goes: the phone number when given, else the BSUID."""
        return self.phone or self.bsuid or ""


@dataclass(frozen=True)
class Media:
    """One media item Twilio received: its URL (on Twilio) and content type."""

    url: str
    content_type: str

    @property
    def is_image(self) -> bool:
        """Tell whether it is a picture (JPEG, PNG, WebP…)."""
        return base_type(self.content_type).startswith("image/")

    @property
    def is_sticker(self) -> bool:
        """Tell whether it is a WhatsApp sticker (sent as WebP; photos arrive as JPEG)."""
        return base_type(self.content_type) == STICKER


@dataclass(frozen=True)
class Location:
    """A WhatsApp location pin."""

    latitude: float
    longitude: float
    address: str = ""
    label: str = ""

    @property
    def place(self) -> str:
        """The pin's place as people read it: the name of a place picked from the map ("Masjid Agung") and its
        street address, each once (the name was dropped whenever the pin had an address)."""
        if self.label and self.address and self.label.lower() not in self.address.lower():
            return f"{self.label}, {self.address}"
        return self.address or self.label


@dataclass(frozen=True)
class Inbound:
    """One WhatsApp message as the bot sees it."""

    sid: str
    identity: Identity
    body: str = ""
    profile_name: str = ""
    wa_id: str = ""
    media: tuple[Media, ...] = field(default_factory=tuple)
    location: Location | None = None
    replied_to_sid: str = ""
    button_payload: str = ""

    @property
    def phone(self) -> str | None:
        """The sender's phone number (E.164), when the provider gave it."""
        return self.identity.phone

    @cached_property  # read about 30 times a message; a new message (`dataclasses.replace`) reads its own
    def text(self) -> str:
        """The typed text, or the tapped button's payload."""
        return self.body or self.button_payload

    @property
    def images(self) -> tuple[Media, ...]:
        """The pictures attached to the message."""
        return tuple(m for m in self.media if m.is_image)

    @property
    def kept_media(self) -> tuple[Media, ...]:
        """The media kept as evidence: photos, voice notes, videos and PDF documents (not stickers)."""
        return tuple(m for m in self.media if is_accepted(m.content_type))

    @property
    def refused_media(self) -> tuple[Media, ...]:
        """The media of types not kept (stickers aside: they are answered on their own)."""
        return tuple(m for m in self.media if not is_accepted(m.content_type, stickers=True))

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
    return Inbound(
        sid=sid,
        identity=parse_identity(form),
        body=_ascii_digits(_clean(form.get("Body", ""))[:MAX_BODY_CHARS]),
        profile_name=_clean(form.get("ProfileName", ""))[:200],
        wa_id=_clean(form.get("WaId", ""))[:32],
        media=_parse_media(form),
        location=_parse_location(form),
        replied_to_sid=_clean(form.get("OriginalRepliedMessageSid", ""))[:64],
        button_payload=_clean(form.get("ButtonPayload", ""))[:256],
    )


def parse_identity(form) -> Identity:
    """The sender's identity from `From` (`whatsapp:+62…` or `whatsapp:ID.1349…`), `WaId` and the optional BSUID and
    username fields, or raise InvalidMessage when it holds neither a valid phone number nor a valid BSUID."""
    sender = _without_channel(form.get("From", ""))
    from_bsuid = BSUID.fullmatch(sender) is not None
    # WaId is read only beside a BSUID in From: then it is the provider's way of still giving the number.
    phone = _phone("+" + _clean(form.get("WaId", "")).lstrip("+")) if from_bsuid else _phone(sender)
    bsuid = sender if from_bsuid else _first_bsuid(form)
    if phone is None and bsuid is None:
        raise InvalidMessage("missing or invalid From: neither a phone number nor a business-scoped user ID")
    username = next((cleaned for name in USERNAME_FIELDS if (given := form.get(name)) and (cleaned := _clean(given))),
                    "")
    return Identity(phone=phone, bsuid=bsuid, username=username.lstrip("@")[:100])


def _without_channel(value: str) -> str:
    text = (value or "").strip()
    return text[len("whatsapp:"):].strip() if text.lower().startswith("whatsapp:") else text


def _phone(text: str) -> str | None:
    """The E.164 form of a phone number, or None (a BSUID, a malformed one such as `id.0812…`, anything else)."""
    if not text.strip("+") or LETTER.search(text):
        return None
    try:
        return to_e164(text)
    except InvalidPhone:
        return None


def _first_bsuid(form) -> str | None:
    """The first valid BSUID among the extra fields (an invalid one is ignored, as an unknown field is)."""
    for name in BSUID_FIELDS:
        given = form.get(name)  # a field not sent (nearly always) holds none
        if given and BSUID.fullmatch(value := _without_channel(given)):
            return value
    return None


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
    reply quoting them would be TwiML that Twilio cannot read.

    Printable ASCII (nearly every field, and every field not sent) holds none of them: only stripped, without the
    pattern's scan (eight fields a message)."""
    if not value:
        return ""
    if value.isascii() and value.isprintable():
        return value.strip()
    return NOT_XML.sub("", (value or "").replace("\x0b", " ").replace("\x0c", " ")).strip()


def _ascii_digits(text: str) -> str:
    """The text with digits of other scripts (Arabic-Indic ٣ from a phone's Arabic keyboard, full-width ３) written
    as ASCII digits: every reader of a menu choice, a rating or a reference reads ASCII digits (٣ at the privacy
    question asked it again). ASCII text, nearly every message, is returned at once."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(ch)) if not ch.isascii() and ch.isdecimal() else ch for ch in text)


def _parse_media(form) -> tuple[Media, ...]:
    media = []
    for index in range(min(bounded_int(form.get("NumMedia"), 0, 10**6) or 0, MAX_MEDIA)):
        url = _clean(form.get(f"MediaUrl{index}", ""))
        if url.startswith(("https://", "http://")) and len(url) <= 1000:
            content_type = _clean(form.get(f"MediaContentType{index}", "")) or "application/octet-stream"
            media.append(Media(url=url, content_type=content_type.lower()[:100]))
    return tuple(media)


def _parse_location(form) -> Location | None:
    if not form.get("Latitude"):  # most messages: no pin, and no ValueError raised to say so
        return None
    try:
        latitude = float(form.get("Latitude", ""))
        longitude = float(form.get("Longitude", ""))
    except ValueError:
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return Location(latitude, longitude, _clean(form.get("Address", ""))[:500],
                    _clean(form.get("Label", ""))[:200])
