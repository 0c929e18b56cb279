"""Phone numbers in E.164, the only form stored; `08…`, `628…` and `+628…` are accepted."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

DEFAULT_REGION = "ID"


class InvalidPhone(ValueError):
    """The text is not a valid phone number."""


@lru_cache(maxsize=8192)  # every inbound message parses its sender; the same few thousand people write again
def to_e164(raw: str, region: str = DEFAULT_REGION) -> str:
    """Normalise a typed or Twilio-given number (`whatsapp:+62…`, `0812…`, `62812…`) to E.164."""
    text = (raw or "").strip()
    if text.lower().startswith("whatsapp:"):
        text = text[len("whatsapp:"):]
    if any(char.isalpha() for char in text):
        # phonenumbers reads letters as a keypad's (vanity numbers) or drops them: an O typed for a zero in a
        # directory file became a shorter valid number that nobody has, and the officer was never reached.
        raise InvalidPhone(f"letters in a phone number: {raw!r}")
    digits = text.lstrip("+")
    if digits.isdigit() and digits.startswith("62") and not text.startswith("+"):
        text = "+" + digits
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidPhone(f"not a phone number: {raw!r}") from exc
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhone(f"not a valid phone number: {raw!r}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# A number as people type it in a message: "0812-3456-7890", "(0812) 345 6789", "+62 812 3456 7890"
TYPED = re.compile(r"\+?\d[\d\s().-]{6,}\d")


def typed_phone(text: str) -> str | None:
    """The first phone number typed in a text, in E.164; None when there is none or it is no valid number."""
    found = TYPED.search(text or "")
    try:
        return to_e164(re.sub(r"[\s().-]", "", found.group())) if found else None
    except InvalidPhone:
        return None


def national(phone: str) -> str:
    """A stored number as staff read it on every page and in every download: an Indonesian one as people write it
    at home (`+6281100000020` → `0811-0000-0020`), a foreign one with its country (`+1 202-555-0123`: dialled
    without it, it reaches nobody); anything else (a WhatsApp username's BSUID, an invalid number) as stored."""
    if not phone.startswith("+") or not phone[1:].isdigit():
        return phone
    try:
        number = phonenumbers.parse(phone, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return phone
    if not phonenumbers.is_valid_number(number):
        return phone
    home = number.country_code == phonenumbers.country_code_for_region(DEFAULT_REGION)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL if home
                                      else phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def masked(phone: str) -> str:
    """Return a number safe for logs: `+62812****7890`."""
    return phone[:6] + "****" + phone[-4:] if len(phone) > 10 else "****"
