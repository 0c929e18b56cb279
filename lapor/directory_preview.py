"""What a directory CSV would change, before anything is written: the same checks and matching as
`lapor.directory.import_agencies` / `import_staff`, read-only, with each row's change and every bad line.

The web's directory upload shows this preview and applies the file only when asked (through the import itself).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from lapor import directory
from lapor.directory import AGENCY_COLUMNS, DirectoryError, read_rows
from models import Agency, Contact

CREATED, CHANGED, UNCHANGED, DEACTIVATED, REACTIVATED = "created", "changed", "unchanged", "deactivated", "reactivated"
AGENCIES, STAFF = "agencies", "staff"


@dataclass(frozen=True)
class Change:
    """One row's effect: what it is (code or phone and name), what happens, and the fields that change."""

    line: int | None  # None: not in the file (a deactivation)
    key: str
    name: str
    action: str
    fields: tuple[tuple[str, str, str], ...] = ()  # (field, before, after)


@dataclass
class Preview:
    """Every row's change, or the errors that stop the import (then nothing would be written)."""

    kind: str
    changes: list[Change] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    # an agencies file: the agencies it leaves out, kept as they are (code, name, open dispositions)
    not_in_file: list[tuple[str, str, int]] = field(default_factory=list)

    def count(self, action: str) -> int:
        """How many rows would have this effect."""
        return sum(1 for change in self.changes if change.action == action)

    @property
    def ok(self) -> bool:
        """The file can be applied."""
        return not self.errors


def preview(session: Session, kind: str, source: str | Path) -> Preview:
    """Preview an agencies or staff file (path or CSV text)."""
    if kind not in (AGENCIES, STAFF):
        raise ValueError(f"unknown directory file kind {kind!r}")
    result = Preview(kind)
    try:
        result.changes, result.not_in_file = (_agencies if kind == AGENCIES else _staff)(session, source)
    except DirectoryError as exc:
        result.errors = list(exc.errors)
    return result


def _agencies(session: Session, source) -> tuple[list[Change], list[tuple[str, str, int]]]:
    rows, errors, seen = read_rows(source, AGENCY_COLUMNS), [], set()
    for line, row in rows:
        problem = directory._agency_problem(row, seen)
        if problem:
            errors.append(directory.Problem(line, problem[0], **problem[1]))
        seen.add(row["code"].upper())
    if errors:
        raise DirectoryError(errors)
    existing = {a.code: a for a in session.scalars(select(Agency))}
    changes = []
    for line, row in rows:
        code = row["code"].upper()
        after = {"name": row["name"], "aliases": _joined(directory._split(row["aliases"])),
                 "keywords": _joined(directory._split(row["keywords"])),
                 "external": "yes" if row["external"].lower() in directory.EXTERNAL_YES else ""}
        agency = existing.get(code)
        if agency is None:
            changes.append(Change(line, code, row["name"], CREATED))
            continue
        before = {"name": agency.name, "aliases": _joined(agency.aliases), "keywords": _joined(agency.keywords),
                  "external": "yes" if agency.external else ""}
        changes.append(_compare(line, code, row["name"], before, after))
    return changes, directory.agencies_not_in(session, existing, seen)


def _staff(session: Session, source) -> tuple[list[Change], list]:
    parsed = directory.parse_staff(session, source)
    phones = [staff.phone for _, staff in parsed]
    existing = {c.phone: c for c in session.scalars(select(Contact).where(Contact.phone.in_(phones)))} if phones else {}
    changes = [_staff_change(line, staff, existing.get(staff.phone)) for line, staff in parsed]
    for contact in directory._unlisted_staff(session, [staff for _, staff in parsed]):
        changes.append(Change(None, contact.phone, contact.name or "", DEACTIVATED))
    return changes, []


def _staff_change(line: int, staff, contact: Contact | None) -> Change:
    after = {"name": staff.name, "role": staff.role, "agency": staff.agency.code if staff.agency else ""}
    if contact is None or contact.role is None:
        return Change(line, staff.phone, staff.name, CREATED)
    before = {"name": contact.name or "", "role": contact.role, "agency": contact.agency.code if contact.agency else ""}
    change = _compare(line, staff.phone, staff.name, before, after)
    if not contact.active:
        return Change(line, staff.phone, staff.name, REACTIVATED, change.fields)
    return change


def _compare(line: int, key: str, name: str, before: dict, after: dict) -> Change:
    fields = tuple((k, before[k], after[k]) for k in after if before[k] != after[k])
    return Change(line, key, name, CHANGED if fields else UNCHANGED, fields)


def _joined(values) -> str:
    return "; ".join(values or [])
