"""What may leave the region: no national ID number (NIK) ever, no identity of an anonymous reporter."""

from __future__ import annotations

import re

# A NIK is 16 digits, sometimes typed in groups ("3527 0123 4567 8901", "3527.0123.4567.8901").
NIK = re.compile(r"(?<!\d)(?:\d[ .-]?){15}\d(?!\d)")
NIK_MASK = "[NIK disembunyikan]"
CONFIDENTIAL_MARK = "[RAHASIA - jangan dipublikasikan] "


def strip_nik(text: str | None) -> str:
    """Replace every 16-digit number (a national ID) in `text` with a mask."""
    return NIK.sub(NIK_MASK, text or "")


def reporter_identity(complaint) -> tuple[str | None, str | None]:
    """The reporter's (name, phone) that may be sent or exported: (None, None) for an anonymous complaint."""
    if complaint.privacy == "anonim":
        return None, None
    phone = complaint.citizen.phone if complaint.citizen is not None else None
    return complaint.reporter_name, phone


def safe_title(complaint) -> str:
    """The title as it may leave the region: cut again from the masked text (a cut NIK leaves no digits)."""
    from lapor.complaints import make_title

    return make_title(strip_nik(complaint.description)) if complaint.description else strip_nik(complaint.title)
