"""Small factories for domain tests: agencies, staff, citizens and complaints written straight to a session, and
the domain's own functions (dispose, follow_up, ask_citizen) for everything that happens to them."""

from __future__ import annotations

import itertools
from datetime import datetime

from sqlalchemy.orm import Session

from lapor import dispositions
from lapor.complaints import NEW, Draft, submit
from models import Agency, Complaint, Contact

_phones = itertools.count(1)


def agency(session: Session, code: str, name: str | None = None, **fields) -> Agency:
    """An agency with this code."""
    made = Agency(code=code, name=name or f"Dinas {code}", aliases=[code.lower()], keywords=[], **fields)
    session.add(made)
    session.flush()
    return made


def staff(session: Session, role: str, agency: Agency | None = None, name: str | None = None) -> Contact:
    """An active staff member with a fresh number."""
    person = Contact(phone=f"+62811{next(_phones):07d}", role=role, name=name or role.title(), agency=agency)
    session.add(person)
    session.flush()
    return person


def citizen(session: Session, name: str = "Siti Rahma") -> Contact:
    """A citizen with a fresh number."""
    person = Contact(phone=f"+62812{next(_phones):07d}", profile_name=name)
    session.add(person)
    session.flush()
    return person


def complaint(session: Session, now: datetime, *, by: Contact | None = None, kind: str = "pengaduan",
              description: str = "Sampah di TPS pasar menumpuk sampai ke jalan dan baunya menyengat",
              place: str = "Pasar Srimangunan", privacy: str = "biasa", region=None, **fields) -> Complaint:
    """A complaint filed through the domain's own `submit` (status belum_terverifikasi), then `fields` set."""
    draft = Draft(kind=kind, description=description, location_text=place, photo_step_done=True, privacy=privacy)
    made = submit(session, by or citizen(session), draft, now, region)
    for key, value in fields.items():
        setattr(made, key, value)
    session.flush()
    return made


def imported(session: Session, now: datetime, number: int, **fields) -> Complaint:
    """A complaint without a WhatsApp citizen, as SP4N-LAPOR!'s import leaves one."""
    made = Complaint(number=number, kind="pengaduan", title=fields.pop("title", "Laporan dari LAPOR"),
                     description=fields.pop("description", "Laporan yang masuk lewat SP4N-LAPOR! tanpa nomor"),
                     status=fields.pop("status", NEW), source="lapor", created_at=now, updated_at=now, **fields)
    session.add(made)
    session.flush()
    return made


def dispose(session: Session, complaint: Complaint, agencies: list[Agency], verifier: Contact, now: datetime,
            region, **kwargs):
    """The verifier's disposition, through the domain."""
    return dispositions.assign(session, complaint, agencies, verifier, now, region, **kwargs)
