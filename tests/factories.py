"""Small factories for domain tests: rows built in a session (flushed, never committed)."""

from __future__ import annotations

from datetime import datetime
from itertools import count

from sqlalchemy.orm import Session

from lapor import complaints
from lapor.complaints import Draft
from models import Agency, Complaint, Contact

_numbers = count(1)
WASTE = "Sampah di TPS pasar Srimangunan menumpuk sampai ke jalan, baunya menyengat dan sudah seminggu"


def agency(session: Session, code: str = "DLH", external: bool = False, **fields) -> Agency:
    """An agency (OPD, or an external body with `external`)."""
    made = Agency(code=code, name=fields.pop("name", f"Dinas {code}"), aliases=[code.lower()], keywords=[],
                  external=external, **fields)
    session.add(made)
    session.flush()
    return made


def person(session: Session, role: str | None = None, agency: Agency | None = None, **fields) -> Contact:
    """A contact with a fresh phone number: a citizen, or staff with `role` (and their agency)."""
    made = Contact(phone=f"+62812{next(_numbers):08d}", role=role, agency=agency,
                   name=fields.pop("name", role or "Warga"), **fields)
    session.add(made)
    session.flush()
    return made


def draft(**fields) -> Draft:
    """A complete draft: a waste complaint at the market, no photo, privacy biasa."""
    values = {"kind": "pengaduan", "description": WASTE, "location_text": "Pasar Srimangunan, Sampang",
              "photo_step_done": True, "privacy": "biasa", **fields}
    return Draft(**values)


def complaint(session: Session, now: datetime, region, citizen: Contact | None = None, **fields) -> Complaint:
    """A complaint filed as the chat files it (awaiting verification)."""
    return complaints.submit(session, citizen or person(session), draft(**fields), now, region)
