"""The directory of agencies and staff: CSV imports (all-or-nothing, per-line errors), rosters and the router.

Staff imports *synchronise*: the file is the list of who serves each agency it names, so officials
who change are replaced by editing one file. Deactivated staff keep their role and agency, so the
history they wrote stays attached; dispositions belong to the agency, never to a number.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.orm import Session

from lapor.audit import CHAT, record
from lapor.events import StaffAway, StaffChanged, StaffClaimed, publish
from lapor.phones import InvalidPhone, national, to_e164
from lapor.routing import AgencyProfile, Router
from lapor.tables import NOT_CSV, TableError, decode_text, without_nul
from models import STAFF_ROLES, Agency, Contact, Disposition, StaffLeave
from models.base import UTCDateTime
from models.vocab import DispositionStatus, Role

AGENCY_COLUMNS = ("code", "name", "aliases", "keywords", "external")
STAFF_COLUMNS = ("phone", "name", "role", "agency")
REGION_WIDE_ROLES = (Role.VERIFIER, Role.SUPERVISOR)
HANDLING_ROLES = (Role.OFFICER, Role.HEAD)  # who may answer an agency's dispositions
EXTERNAL_YES, EXTERNAL_NO = ("yes", "ya", "y"), ("", "no", "tidak", "n")
MAX_CODE, MAX_NAME = 32, 200  # column sizes: PostgreSQL refuses longer values, SQLite would not notice


class DirectoryError(TableError):
    """A directory file could not be imported; `errors` lists every bad line, and nothing was written."""


# A number a spreadsheet stored as a number and wrote in scientific notation (6,28123E+12): digits are gone.
EXCEL_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?E\+?\d+", re.IGNORECASE)

# Each problem a directory file can have: the CLI's English text; the dashboard words it from `key` and `values`.
PROBLEMS = {
    "missing_columns": "missing column(s) {missing} (expected {expected})",
    "not_csv": NOT_CSV + "; save it again as CSV",
    "code_name_required": "code and name are required",
    "agency_twice": "agency {code} appears twice",
    "too_long": "code longer than {max_code} or name longer than {max_name} characters",
    "external": "external must be yes or empty, got {value!r}",
    "bad_phone": "bad phone number {value!r}",
    "bad_phone_excel": "phone number {value!r} was turned into a number by a spreadsheet, which loses digits: "
                       "format the phone column as Text and type the numbers again",
    "unknown_role": "unknown role {value!r} (one of {roles})",
    "name_required": "name is required",
    "name_too_long": "name longer than {max_name} characters",
    "needs_agency": "role {role} needs an agency",
    "unknown_agency": "unknown agency {value!r}",
    "phone_twice": "{phone} appears twice",
}
# The roles as the dashboard names them (and people write them in a file), besides the English ones.
ROLE_ALIASES = {"petugas": Role.OFFICER, "petugas penghubung": Role.OFFICER, "kepala": Role.HEAD,
                "kepala instansi": Role.HEAD, "kepala dinas": Role.HEAD, "verifikator": Role.VERIFIER,
                "pimpinan": Role.SUPERVISOR}


class Problem(str):
    """One bad line as text ("line 5: bad phone number '12345'"), keeping its line, `key` (PROBLEMS) and values so
    that the dashboard can say it in Bahasa Indonesia."""

    line: int
    key: str
    values: dict

    def __new__(cls, line: int, key: str, **values) -> Problem:
        problem = super().__new__(cls, f"line {line}: " + PROBLEMS[key].format(**values))
        problem.line, problem.key, problem.values = line, key, values
        return problem


class BadRow(ValueError):
    """What is wrong with one row (turned into a Problem with its line)."""

    def __init__(self, key: str, **values):
        super().__init__(PROBLEMS[key].format(**values))
        self.key, self.values = key, values


def role_named(value: str) -> str | None:
    """The role a file names, in English (`officer`) or as the dashboard says it (`petugas`, `kepala`…)."""
    name = " ".join(value.lower().split())
    return name if name in STAFF_ROLES else ROLE_ALIASES.get(name)


def sniff_delimiter(text: str) -> str:
    """The file's delimiter: a comma, or the semicolon (or tab) that Excel writes in the Indonesian locale, judged
    from the header line alone (an agencies file's lists are `;`-separated inside their cells)."""
    header = text.lstrip("\ufeff").split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(header, delimiters=",;\t").delimiter
    except csv.Error:
        return ","


@dataclass
class ImportResult:
    """What an import did: rows created, changed, unchanged, and staff deactivated or reactivated."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deactivated: int = 0
    reactivated: int = 0
    notes: list[str] = field(default_factory=list)
    # agencies an agencies file left out, kept as they were: (code, name, open dispositions)
    not_in_file: list[tuple[str, str, int]] = field(default_factory=list)

    def __str__(self) -> str:
        text = f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged"
        if self.deactivated or self.reactivated:
            text += f", {self.deactivated} deactivated, {self.reactivated} reactivated"
        return text

    def tally(self, changed: bool) -> None:
        """Count an existing row as updated or unchanged."""
        if changed:
            self.updated += 1
        else:
            self.unchanged += 1


def read_rows(source: str | Path, columns: tuple[str, ...]) -> list[tuple[int, dict]]:
    """Read a CSV (path or text) into (line number, row) pairs after checking its header.

    A file is decoded as LAPOR exports are (`lapor.tables.decode_text`); NUL characters are dropped.
    """
    text = without_nul(decode_text(Path(source).read_bytes()) if isinstance(source, Path) else source).lstrip("\ufeff")
    reader = csv.DictReader(io.StringIO(text), delimiter=sniff_delimiter(text))
    try:
        header = [(name or "").strip().lower() for name in reader.fieldnames or []]
        missing = [name for name in columns if name not in header]
        if missing:
            raise DirectoryError([Problem(1, "missing_columns", missing=", ".join(missing),
                                          expected=",".join(columns))])
        reader.fieldnames = header
        return [(reader.line_num, {k: (v or "").strip() for k, v in row.items() if k and isinstance(v, str)})
                for row in reader if any((v or "").strip() for v in row.values() if isinstance(v, str))]
    except csv.Error as exc:
        raise DirectoryError([Problem(reader.line_num, "not_csv")]) from exc


def _split(value: str) -> list[str]:
    """A cell's list: `;`-separated as documented, or `,` as people type a list in Excel (no alias or keyword
    holds a comma; in a `;`-separated file `pu, pekerjaan umum` was one alias no complaint matched)."""
    return [item.strip().lower() for item in re.split(r"[;,]", value) if item.strip()]


# Agencies -----------------------------------------------------------------------------------------

def import_agencies(session: Session, source: str | Path) -> ImportResult:
    """Create or update agencies from `code,name,aliases,keywords,external` rows (matched by code)."""
    rows, errors, seen = read_rows(source, AGENCY_COLUMNS), [], set()
    for line, row in rows:
        problem = _agency_problem(row, seen)
        if problem:
            errors.append(Problem(line, problem[0], **problem[1]))
        seen.add(row["code"].upper())
    if errors:
        raise DirectoryError(errors)
    result = ImportResult()
    existing = {a.code: a for a in session.scalars(select(Agency))}
    for _line, row in rows:
        _upsert_agency(session, existing.get(row["code"].upper()), row, result)
    session.flush()
    result.not_in_file = agencies_not_in(session, existing, seen)
    return result


def agencies_not_in(session: Session, existing: dict[str, Agency], codes: set[str]) -> list[tuple[str, str, int]]:
    """The agencies a file left out (an import never removes one), each with its open dispositions: what the
    CLI's import lists after its counts, and /direktori's preview and result."""
    left_out = {agency.id: agency for code, agency in existing.items() if code not in codes}
    if not left_out:
        return []
    open_counts = dict(session.execute(
        select(Disposition.agency_id, func.count())
        .where(Disposition.agency_id.in_(left_out), Disposition.status == DispositionStatus.OPEN)
        .group_by(Disposition.agency_id)).all())
    return [(agency.code, agency.name, open_counts.get(agency.id, 0))
            for agency in sorted(left_out.values(), key=lambda a: a.code)]


def _agency_problem(row: dict, seen: set[str]) -> tuple[str, dict] | None:
    """What is wrong with an agency row, as a PROBLEMS key and its values (None: nothing)."""
    code = row["code"].upper()
    if not code or not row["name"]:
        return "code_name_required", {}
    if code in seen:
        return "agency_twice", {"code": code}
    if len(code) > MAX_CODE or len(row["name"]) > MAX_NAME:
        return "too_long", {"max_code": MAX_CODE, "max_name": MAX_NAME}
    if row["external"].lower() not in EXTERNAL_YES + EXTERNAL_NO:
        return "external", {"value": row["external"]}
    return None


def _upsert_agency(session: Session, agency: Agency | None, row: dict, result: ImportResult) -> None:
    values = {"name": row["name"], "aliases": _split(row["aliases"]), "keywords": _split(row["keywords"]),
              "external": row["external"].lower() in EXTERNAL_YES}
    if agency is None:
        session.add(Agency(code=row["code"].upper(), **values))
        result.created += 1
        return
    result.tally(any(getattr(agency, key) != value for key, value in values.items()))
    for key, value in values.items():
        setattr(agency, key, value)


# Staff --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class StaffRow:
    """One valid row of a staff file."""

    phone: str
    name: str
    role: str
    agency: Agency | None


def import_staff(session: Session, source: str | Path) -> ImportResult:
    """Synchronise staff with `phone,name,role,agency` rows (agency by code; see `sync_staff`)."""
    return sync_staff(session, [staff for _, staff in parse_staff(session, source)])


def parse_staff(session: Session, source) -> list[tuple[int, StaffRow]]:
    """Each line's staff row; DirectoryError listing every bad line (and numbers given twice) when any is bad."""
    agencies = {a.code: a for a in session.scalars(select(Agency))}
    parsed, errors, seen = [], [], set()
    for line, row in read_rows(source, STAFF_COLUMNS):
        try:
            staff = _staff_row(row, agencies)
        except BadRow as exc:
            errors.append(Problem(line, exc.key, **exc.values))
            continue
        if staff.phone in seen:
            errors.append(Problem(line, "phone_twice", phone=staff.phone))
        seen.add(staff.phone)
        parsed.append((line, staff))
    if errors:
        raise DirectoryError(errors)
    return parsed


def _staff_row(row: dict, agencies: dict[str, Agency]) -> StaffRow:
    try:
        phone = to_e164(row["phone"])
    except InvalidPhone as exc:
        excel = EXCEL_NUMBER.fullmatch(row["phone"].strip())
        raise BadRow("bad_phone_excel" if excel else "bad_phone", value=row["phone"]) from exc
    role, code = role_named(row["role"]), row["agency"].upper()
    if role is None:
        raise BadRow("unknown_role", value=row["role"], roles=", ".join(STAFF_ROLES))
    if not row["name"]:
        raise BadRow("name_required")
    if len(row["name"]) > MAX_NAME:
        raise BadRow("name_too_long", max_name=MAX_NAME)
    if role not in REGION_WIDE_ROLES and not code:
        raise BadRow("needs_agency", role=role)
    if code and code not in agencies:
        raise BadRow("unknown_agency", value=row["agency"])
    return StaffRow(phone, row["name"], role, agencies.get(code) if code else None)


def sync_staff(session: Session, rows: list[StaffRow]) -> ImportResult:
    """Upsert the rows; deactivate staff of the agencies named (and region-wide staff, if any such row) not listed.

    A listed number that was deactivated is reactivated. Agencies the rows do not name are left alone,
    so a file may cover one agency only.
    """
    result = ImportResult()
    existing = {c.phone: c for c in session.scalars(select(Contact).where(
        Contact.phone.in_([row.phone for row in rows])))} if rows else {}
    changed = []
    for row in rows:
        contact = existing.get(row.phone)
        before = contact and contact.active and (contact.role, contact.agency_id)
        contact = _upsert_contact(session, contact, row, result)
        if before and before != (row.role, row.agency.id if row.agency else None):
            changed.append((contact, *before))
    session.flush()
    for contact in _unlisted_staff(session, rows):
        contact.active = False
        result.deactivated += 1
        changed.append((contact, contact.role, contact.agency_id))
    session.flush()
    for contact, role, agency_id in changed:  # what was queued for them in their old place must not reach them now
        publish(session, StaffChanged(contact.id, role, agency_id))
    return result


def _upsert_contact(session: Session, contact: Contact | None, row: StaffRow, result: ImportResult) -> Contact:
    if contact is None:
        contact = Contact(phone=row.phone)
        session.add(contact)
    if contact.role is None:  # new, or a citizen who becomes staff
        result.created += 1
    elif not contact.active:
        result.reactivated += 1
    else:
        result.tally((contact.name, contact.role, contact.agency_id) != (
            row.name, row.role, row.agency.id if row.agency else None))
    contact.name, contact.role, contact.agency, contact.active = row.name, row.role, row.agency, True
    return contact


def _unlisted_staff(session: Session, rows: list[StaffRow]) -> list[Contact]:
    """Active staff whose agency (or region-wide role) the rows cover but whose number they do not list."""
    listed = {row.phone for row in rows}
    agency_ids = {row.agency.id for row in rows if row.agency is not None}
    covered = Contact.agency_id.in_(agency_ids)
    if any(row.role in REGION_WIDE_ROLES for row in rows):
        covered = covered | Contact.role.in_(REGION_WIDE_ROLES)
    query = select(Contact).where(Contact.role.is_not(None), Contact.active.is_(True), covered)
    return [c for c in session.scalars(query.order_by(Contact.id)) if c.phone not in listed]


def reachable_staff(session: Session, agency_id: int, roles: Iterable[str] = (Role.OFFICER,)) -> list[Contact]:
    """Return the agency's active staff with one of `roles` (officers by default), oldest first."""
    query = select(Contact).where(Contact.agency_id == agency_id, Contact.role.in_(tuple(roles)),
                                  Contact.active.is_(True))
    return list(session.scalars(query.order_by(Contact.id)))


def present_staff(session: Session, agency_id: int | None, now: datetime, roles: Iterable[str] = (Role.OFFICER,)
                  ) -> list[Contact]:
    """The agency's (None: any agency's) staff with one of `roles` who are at work at `now` (active and not on
    leave), oldest first; asked for heads, with the stand-ins at work of heads on leave (`stands_in_for`)."""
    roles = tuple(roles)
    found = list(session.scalars(_PRESENT_ANYWHERE if agency_id is None else _PRESENT,
                                 {"roles": roles, "now": now, "agency_id": agency_id}))
    if Role.HEAD in roles:
        found += [p for p in _acting_heads(session, agency_id, now) if p not in found]
    return sorted(found, key=lambda person: person.id)


def _heads_on_leave(session: Session, agency_id: int | None, now: datetime) -> list[Contact]:
    """The agency's (None: any agency's) active heads on leave at `now` who named a stand-in."""
    heads = session.scalars(_STANDING_IN_ANYWHERE if agency_id is None else _STANDING_IN, {"agency_id": agency_id})
    return [head for head in heads if head.on_leave(now)]


# `present_staff`'s and `_heads_on_leave`'s statements, built once (a message's notices ask for them several times):
# for one agency, and for any agency.
_PRESENT_ANYWHERE = select(Contact).where(
    Contact.role.in_(bindparam("roles", expanding=True)), Contact.active.is_(True),
    Contact.at_work(bindparam("now", type_=UTCDateTime()))).order_by(Contact.id)
_PRESENT = _PRESENT_ANYWHERE.where(Contact.agency_id == bindparam("agency_id"))
_STANDING_IN_ANYWHERE = select(Contact).where(Contact.role == Role.HEAD, Contact.active.is_(True),
                                              Contact.stand_in_id.is_not(None)).order_by(Contact.id)
_STANDING_IN = _STANDING_IN_ANYWHERE.where(Contact.agency_id == bindparam("agency_id"))


def _acting_heads(session: Session, agency_id: int | None, now: datetime) -> list[Contact]:
    """The stand-ins at work of the agency's heads on leave (`set_stand_in`)."""
    acting = []
    for head in _heads_on_leave(session, agency_id, now):
        person = head.stand_in
        if (person is not None and person.agency_id == head.agency_id and person.role in HANDLING_ROLES
                and person.present(now) and person not in acting):
            acting.append(person)
    return acting


def stands_in_for(session: Session, person: Contact, now: datetime) -> Contact | None:
    """The head on leave at `now` whom `person` stands in for (None: nobody's stand-in, or the head is at work)."""
    if person.role != Role.OFFICER or person.agency_id is None or not person.present(now):
        return None
    return next((head for head in _heads_on_leave(session, person.agency_id, now) if head.stand_in_id == person.id),
                None)


def set_stand_in(session: Session, head: Contact, person: Contact | None, now: datetime | None = None, *,
                 by: Contact | None = None, address: str = CHAT) -> None:
    """Record who acts as `head` while the head is on leave (None: nobody named), with the head's current or next
    leave at `now` when there is one (`refresh_leave` brings it back when that leave comes up again). Named `by` a
    staff member (the head beside their leave, or the officer who stands in), a new stand-in is in the audit log
    (`pengganti`: the agency, the head, the stand-in, the head's return when their leave is recorded), from
    `address`; the same stand-in named again is not logged again."""
    held = leaves_held(session, head, now) if now is not None else []
    new = person is not None and (head.stand_in_id != person.id or bool(held) and held[0].stand_in_id != person.id)
    head.stand_in = person
    if held:
        held[0].stand_in_id = person.id if person is not None else None
    if new and by is not None and now is not None:
        zone = session.info.get("zone")
        back = held[0].until if held else None
        detail = {"agency": head.agency.code if head.agency else None, "head": _named(head),
                  "stand_in": _named(person),
                  "back": f"{back.astimezone(zone) if zone else back:%d/%m/%Y}" if back else None}
        record(session, STAND_IN_NAMED, actor_id=by.id, at=now, address=address,
               **{key: value for key, value in detail.items() if value is not None})
    session.flush()


STAND_IN_NAMED = "pengganti"  # the audit log's action of a head's stand-in (Plh) named


def _named(contact: Contact) -> str:
    """A staff member as the audit log names them: their name, else their number."""
    return contact.name or national(contact.phone or "")


def region_readers(session: Session, role: str, now: datetime) -> list[Contact]:
    """The verifiers (or supervisors) who read what goes to their role at `now`: those at work; when every one of
    them is on leave (CUTI), all of them, so that nothing goes unread."""
    return present_staff(session, None, now, roles=(role,)) or list(session.scalars(
        select(Contact).where(Contact.role == role, Contact.active.is_(True)).order_by(Contact.id)))


def verifiers_unreachable(session: Session) -> list[Contact]:
    """The region's active verifiers when every one of them replied STOP on WhatsApp (none when any can be reached,
    or none is registered): then what goes to the verifiers reaches nobody until one of them writes again."""
    verifiers = list(session.scalars(select(Contact).where(Contact.role == Role.VERIFIER, Contact.active.is_(True))
                                     .order_by(Contact.id)))
    return verifiers if verifiers and all(person.opted_out for person in verifiers) else []


def officers_for(session: Session, disposition: Disposition, now: datetime) -> list[Contact]:
    """Who gets a disposition's notices and reminders: the officer it was handed to (ALIHKAN) while they are at
    work and still serve its agency; otherwise every officer of the agency at work (none on leave). Never staff
    its complaint accuses by name (`not_accused`)."""
    assignee = disposition.assignee
    if (assignee is not None and assignee.role in HANDLING_ROLES and assignee.agency_id == disposition.agency_id
            and assignee.present(now) and not_accused([assignee], disposition)):
        return [assignee]
    return not_accused(present_staff(session, disposition.agency_id, now), disposition)


def not_accused(people: list[Contact], disposition: Disposition) -> list[Contact]:
    """The people but those the disposition's complaint accuses by name (`lapor.access.named_in`): every route to an
    agency (the first notice, additions, reopenings, withdrawals, answers, reminders) goes through here."""
    from lapor.access import named_in

    return [person for person in people if not named_in(person, disposition.complaint)]


def readers_for(session: Session, disposition: Disposition, now: datetime) -> list[Contact]:
    """Who must read about a disposition, its notices and its officers' reminders alike: its officers at work
    (`officers_for`); with none, the agency's heads at work; when its officers and heads are all on leave (or only
    staff its complaint accuses are there), the verifiers, who can hand it on or follow it up: those at work, or all
    of them when every verifier is on leave (`region_readers`: nothing goes unread). An agency with no staff
    registered stays as it was: the directory's warnings are about it. Never staff the complaint accuses."""
    found = officers_for(session, disposition, now) or not_accused(
        present_staff(session, disposition.agency_id, now, roles=(Role.HEAD,)), disposition)
    if found or not reachable_staff(session, disposition.agency_id, HANDLING_ROLES):
        return found
    return region_readers(session, Role.VERIFIER, now)


def leaves_held(session: Session, contact: Contact, now: datetime, lock: bool = False) -> list[StaffLeave]:
    """A staff member's leaves not called off and not over at `now`, the earliest first; with `lock`, after taking
    the contact's row lock, so that two people recording leave for them at once do not both add overlapping ones."""
    if lock:
        session.execute(select(Contact.id).where(Contact.id == contact.id).with_for_update())
    return list(session.scalars(select(StaffLeave).where(
        StaffLeave.contact_id == contact.id, StaffLeave.cancelled_at.is_(None), StaffLeave.until > now)
        .order_by(StaffLeave.starts_at, StaffLeave.id)))


def refresh_leave(session: Session, contact: Contact, now: datetime) -> StaffLeave | None:
    """Write the contact's cache of its leaves (`away_from`, `away_until`, `away_kind`): the current or next one,
    its first day kept only while it is ahead. Returns that leave (None: none held)."""
    held = leaves_held(session, contact, now)
    leave = held[0] if held else None
    if leave is None:
        contact.away_from = contact.away_until = contact.away_kind = None
        return None
    contact.away_from = leave.starts_at if leave.starts_at > now else None
    contact.away_until, contact.away_kind = leave.until, leave.kind
    if leave.stand_in_id is not None:
        contact.stand_in_id = leave.stand_in_id
    return leave


def mark_away(session: Session, contact: Contact, until: datetime | None, now: datetime,
              start: datetime | None = None, kind: str | None = None, by: Contact | None = None,
              address: str = CHAT) -> None:
    """Put a staff member on leave until `until`, from `start` when it is later than `now`, of the `kind` said
    (None: plain leave): no notices or reminders reach them meanwhile, and what was queued for them and not sent
    yet goes to whoever reads it in their place (`StaffAway`, when the leave starts). Leave held that overlaps or
    touches the new one is replaced by it (the caller spans them); leave apart from it is kept. `until` None: the
    leave under way is called off (back now), else the next one recorded ahead. Done `by` a staff member (CUTI),
    it is in the audit log (`cuti`, `cuti_selesai`), from `address`, as their other actions are."""
    ahead = until is not None and start is not None and start > now
    held = leaves_held(session, contact, now, lock=True)
    if until is None:
        gone = next((leave for leave in held if leave.starts_at <= now), held[0] if held else None)
        if gone is not None:
            gone.cancelled_at = now
            if by is not None:
                called_off = gone.starts_at > now
                _audit_leave(session, LEAVE_ENDED, contact, by, now, address, start=gone.starts_at if called_off
                             else None, back=None if called_off else now, ended="dibatalkan" if called_off
                             else "diakhiri")
        contact.stand_in_id = None  # back: the stand-in named for this leave acts no more
        session.flush()
        refresh_leave(session, contact, now)
        return
    begin = start if ahead else now
    replaced = [leave for leave in held if leave.starts_at <= until and begin <= leave.until]
    for leave in replaced:
        leave.cancelled_at = now
    stand_in_id = next((leave.stand_in_id for leave in replaced if leave.stand_in_id is not None), None)
    session.add(StaffLeave(contact_id=contact.id, starts_at=begin, until=until, kind=kind, stand_in_id=stand_in_id,
                           created_by=by.id if by is not None else None, created_at=now))
    if by is not None:
        _audit_leave(session, LEAVE, contact, by, now, address, away=kind or "cuti", start=start if ahead else None,
                     back=until)
    session.flush()
    refresh_leave(session, contact, now)
    if not ahead:
        publish(session, StaffAway(contact.id, until, now))


LEAVE, LEAVE_ENDED = "cuti", "cuti_selesai"  # the audit log's actions of leave recorded, and ended or called off


def _audit_leave(session: Session, action: str, contact: Contact, by: Contact, now: datetime, address: str, *,
                 away: str | None = None, start: datetime | None = None, back: datetime | None = None,
                 ended: str | None = None) -> None:
    """The audit entry of leave recorded or ended: whose (name, else number), its kind, its first day when ahead,
    the day they are back, how it ended; days as staff write them (31/12/2026, in the region's zone)."""
    zone = session.info.get("zone")

    def day(moment: datetime) -> str:
        return f"{moment.astimezone(zone) if zone else moment:%d/%m/%Y}"

    detail = {"staff": _named(contact), "away": away,
              "from": day(start) if start else None, "back": day(back) if back else None, "ended": ended}
    record(session, action, actor_id=by.id, at=now, address=address,
           **{key: value for key, value in detail.items() if value is not None})


def start_due_leave(session: Session, now: datetime) -> list[Contact]:
    """Start the leave recorded ahead whose first day has come (`StaffAway` for each, once: the first day is then
    forgotten); leave that ended meanwhile is dropped. A contact whose cached leave is over and who holds a later
    one gets it cached first (its first day then starts it here when it has come). Returns the staff whose leave
    started."""
    for contact in session.scalars(_STALE_LEAVE, {"now": now}):
        leave = refresh_leave(session, contact, now)
        if leave is not None:
            contact.away_from = leave.starts_at
            contact.stand_in_id = leave.stand_in_id  # the stand-in named for the leave over acts no more
    session.flush()
    started = []
    for contact in session.scalars(_LEAVE_DUE, {"now": now}):
        contact.away_from = None
        if contact.active and contact.away_until is not None and contact.away_until > now:
            publish(session, StaffAway(contact.id, contact.away_until, now))
            started.append(contact)
    return started


def back_from_leave(session: Session, now: datetime, within: timedelta) -> list[tuple[Contact, datetime]]:
    """The active officers at work whose leave ended in the `within` before `now`, each with the end of that leave,
    oldest first."""
    moments = {"now": now, "since": now - within}
    ended = session.execute(_LEAVE_ENDED, moments).all()
    cached = session.scalars(_CACHED_LEAVE_ENDED, moments).all()
    back = list(dict.fromkeys([(contact, until) for contact, until in ended]
                              + [(contact, contact.away_until) for contact in cached]))
    return sorted(back, key=lambda pair: (pair[0].id, pair[1]))


# The scheduler's leave statements, built once (each tick of the leave job built them anew): `now` a parameter, and
# `since` the start of the `within` before it
_NOW, _SINCE = bindparam("now", type_=UTCDateTime()), bindparam("since", type_=UTCDateTime())
_STALE_LEAVE = (  # contacts whose cached leave is over (or none) while they hold a later one
    select(Contact).where(Contact.id.in_(select(StaffLeave.contact_id).where(StaffLeave.cancelled_at.is_(None),
                                                                             StaffLeave.until > _NOW)),
                          or_(Contact.away_until.is_(None), Contact.away_until <= _NOW))
    .order_by(Contact.id).with_for_update(skip_locked=True))
_LEAVE_DUE = select(Contact).where(Contact.away_from <= _NOW).order_by(Contact.id).with_for_update(skip_locked=True)
_LEAVE_ENDED = (
    select(Contact, StaffLeave.until).join(StaffLeave, StaffLeave.contact_id == Contact.id)
    .where(Contact.role == Role.OFFICER, Contact.active.is_(True), Contact.at_work(_NOW),
           StaffLeave.cancelled_at.is_(None), StaffLeave.until > _SINCE, StaffLeave.until <= _NOW)
    .order_by(Contact.id, StaffLeave.until))
_CACHED_LEAVE_ENDED = select(Contact).where(  # the cache alone: leave written there before staff_leaves
    Contact.role == Role.OFFICER, Contact.active.is_(True), Contact.away_until > _SINCE,
    Contact.away_until <= _NOW).order_by(Contact.id)


# Rosters ------------------------------------------------------------------------------------------

@dataclass
class Roster:
    """An agency and its staff, for `directory list`."""

    agency: Agency
    staff: list[Contact]

    @property
    def officers(self) -> list[Contact]:
        """The active officers."""
        return [c for c in self.staff if c.role == Role.OFFICER and c.active]

    @property
    def needs_officer(self) -> bool:
        """Tell whether dispositions to this agency would reach no officer (external agencies need none)."""
        return not self.agency.external and not any(not c.opted_out for c in self.officers)


def rosters(session: Session, include_inactive: bool = False) -> tuple[list[Roster], list[Contact]]:
    """Return each agency with its staff (active only unless asked), and the region-wide staff."""
    agencies = select(Agency).order_by(Agency.code)
    staff = select(Contact).where(Contact.role.is_not(None)).order_by(Contact.role, Contact.name, Contact.id)
    if not include_inactive:
        agencies, staff = agencies.where(Agency.active.is_(True)), staff.where(Contact.active.is_(True))
    by_agency: dict[int | None, list[Contact]] = {}
    for contact in session.scalars(staff):
        key = None if contact.role in REGION_WIDE_ROLES else contact.agency_id
        by_agency.setdefault(key, []).append(contact)
    return ([Roster(a, by_agency.get(a.id, [])) for a in session.scalars(agencies)],
            by_agency.get(None, []))


# Routing over the directory -----------------------------------------------------------------------

_PROFILE_COLUMNS = (Agency.code, Agency.name, Agency.aliases, Agency.keywords, Agency.external)
_routers: dict[tuple, object] = {}
_routers_lock = threading.Lock()
_MAX_ROUTERS = 4  # a few directories at once (tests, several apps); each router is a few hundred KB


def _profile_rows(session: Session) -> list[tuple]:
    query = select(*_PROFILE_COLUMNS).where(Agency.active.is_(True)).order_by(Agency.id)
    return [tuple(row) for row in session.execute(query)]


def _profiles(rows: list[tuple]) -> list[AgencyProfile]:
    return [AgencyProfile(code=code, name=name, aliases=tuple(aliases or ()), keywords=tuple(keywords or ()),
                          external=bool(external)) for code, name, aliases, keywords, external in rows]


def agency_profiles(session: Session) -> list[AgencyProfile]:
    """Return the routing profiles of the active agencies, in import order."""
    return _profiles(_profile_rows(session))


def keyword_router_for(session: Session) -> Router:
    """Return the keyword Router over the directory alone (cheap, no scikit-learn), cached like router_for."""
    rows = _profile_rows(session)
    return _cached(("keywords", _fingerprint(rows)), lambda: Router(_profiles(rows)))


def router_for(session: Session):
    """Return the learned router over the directory, the shipped corpus and the region's decisions.

    Built once per process for each (directory, decisions) version, so an announce pass after a new
    disposition learns it, and every other pass reuses the router. Imports scikit-learn (lazily: only
    the scheduler, the CLI and the tests that route ever load it).
    """
    from lapor import routing_store
    from lapor.learned import LearnedRouter, shipped_corpus

    rows = _profile_rows(session)
    key = ("learned", _fingerprint(rows), routing_store.version(session))
    return _cached(key, lambda: LearnedRouter(_profiles(rows), [*shipped_corpus(), *routing_store.decisions(session)]))


def _fingerprint(rows: list[tuple]) -> str:
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest()


def _cached(key: tuple, build):
    with _routers_lock:
        router = _routers.get(key)
    if router is None:
        router = build()  # built outside the lock: identical if two threads build it at once
        with _routers_lock:
            while len(_routers) >= _MAX_ROUTERS:
                _routers.pop(next(iter(_routers)))
            _routers[key] = router
    return router


STAFF_CLAIM_CHARS = 500


def staff_claimed(session: Session, contact: Contact, text: str, now: datetime) -> None:
    """A number the directory lacks says it is an agency's officer: nothing is granted (anyone may say so); the
    verifiers hear of it with its words, to check and register the number."""
    publish(session, StaffClaimed(contact.id, text[:STAFF_CLAIM_CHARS], now))
