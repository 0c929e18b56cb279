"""The directory of agencies and staff, imported from CSV all-or-nothing with per-line errors."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from lapor.phones import InvalidPhone, to_e164
from models import STAFF_ROLES, Agency, Contact

AGENCY_COLUMNS = ("code", "name", "aliases", "keywords", "external")
STAFF_COLUMNS = ("phone", "name", "role", "agency")
REGION_WIDE_ROLES = ("verifier", "supervisor")


class DirectoryError(ValueError):
    """A file could not be imported; `errors` lists every bad line, and nothing was written."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class ImportResult:
    """How many rows an import created and updated."""

    created: int = 0
    updated: int = 0
    notes: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.created} created, {self.updated} updated"


def read_rows(source: str | Path, columns: tuple[str, ...]) -> list[tuple[int, dict]]:
    """Read a CSV (path or text) into (line number, row) pairs after checking its header."""
    text = Path(source).read_text(encoding="utf-8-sig") if isinstance(source, Path) else source
    reader = csv.DictReader(io.StringIO(text))
    header = [name.strip().lower() for name in reader.fieldnames or []]
    missing = [name for name in columns if name not in header]
    if missing:
        raise DirectoryError([f"line 1: missing column(s) {', '.join(missing)} (expected {','.join(columns)})"])
    reader.fieldnames = header
    return [(reader.line_num, {k: (v or "").strip() for k, v in row.items() if k})
            for row in reader if any((v or "").strip() for v in row.values() if isinstance(v, str))]


def _split(value: str) -> list[str]:
    return [item.strip().lower() for item in value.split(";") if item.strip()]


def import_agencies(session: Session, source: str | Path) -> ImportResult:
    """Create or update agencies from `code,name,aliases,keywords,external` rows."""
    rows, errors, seen = read_rows(source, AGENCY_COLUMNS), [], set()
    for line, row in rows:
        code = row["code"].upper()
        if not code or not row["name"]:
            errors.append(f"line {line}: code and name are required")
        elif code in seen:
            errors.append(f"line {line}: agency {code} appears twice")
        elif row["external"].lower() not in ("", "yes", "no", "ya", "tidak"):
            errors.append(f"line {line}: external must be yes or empty, got {row['external']!r}")
        seen.add(code)
    if errors:
        raise DirectoryError(errors)
    result = ImportResult()
    existing = {a.code: a for a in session.scalars(select(Agency))}
    for _line, row in rows:
        code = row["code"].upper()
        agency = existing.get(code)
        if agency is None:
            agency = Agency(code=code)
            session.add(agency)
            result.created += 1
        else:
            result.updated += 1
        agency.name, agency.aliases, agency.keywords = row["name"], _split(row["aliases"]), _split(row["keywords"])
        agency.external = row["external"].lower() in ("yes", "ya")
    session.flush()
    return result


def import_staff(session: Session, source: str | Path) -> ImportResult:
    """Create or update staff from `phone,name,role,agency` rows (agency by code)."""
    rows = read_rows(source, STAFF_COLUMNS)
    agencies = {a.code: a for a in session.scalars(select(Agency))}
    parsed, errors, seen = [], [], set()
    for line, row in rows:
        try:
            phone = _staff_row(row, agencies)
        except ValueError as exc:
            errors.append(f"line {line}: {exc}")
            continue
        if phone in seen:
            errors.append(f"line {line}: {phone} appears twice")
        seen.add(phone)
        parsed.append((phone, row))
    if errors:
        raise DirectoryError(errors)
    return _upsert_staff(session, parsed, agencies)


def _staff_row(row: dict, agencies: dict[str, Agency]) -> str:
    try:
        phone = to_e164(row["phone"])
    except InvalidPhone as exc:
        raise ValueError(f"bad phone number {row['phone']!r}") from exc
    role, code = row["role"].lower(), row["agency"].upper()
    if role not in STAFF_ROLES:
        raise ValueError(f"unknown role {row['role']!r} (one of {', '.join(STAFF_ROLES)})")
    if not row["name"]:
        raise ValueError("name is required")
    if role not in REGION_WIDE_ROLES and not code:
        raise ValueError(f"role {role} needs an agency")
    if code and code not in agencies:
        raise ValueError(f"unknown agency {row['agency']!r}")
    return phone


def _upsert_staff(session: Session, parsed: list[tuple[str, dict]], agencies) -> ImportResult:
    result = ImportResult()
    existing = {c.phone: c for c in session.scalars(select(Contact).where(
        Contact.phone.in_([phone for phone, _ in parsed])))}
    for phone, row in parsed:
        contact = existing.get(phone)
        if contact is None:
            contact = Contact(phone=phone)
            session.add(contact)
            result.created += 1
        else:
            result.updated += 1
        contact.name, contact.role = row["name"], row["role"].lower()
        contact.agency = agencies.get(row["agency"].upper()) if row["agency"] else None
    session.flush()
    return result
