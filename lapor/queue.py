"""The staff queue: what needs this person now, soonest deadline first, with filters, search and paging.

Verifiers get new complaints, soonest verification deadline first (counted from when each came to them: filed,
returned by an agency, or back from a question, as the reminders count), returned ones and those whose TUNDA
question was answered among them; officers and heads their agency's open dispositions (those whose INFO question
was answered flagged). With `view="semua"` the same filters run over everything the person may see. Every query is
indexed (see bench/web_bench.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import Select, String, and_, bindparam, exists, func, literal_column, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from lapor import performance
from lapor.access import AGENCY_ROLES, REGION_ROLES, VERIFIER_ROLES, not_named, visible_complaints
from lapor.complaints import DISPOSITIONED, IN_PROGRESS, KINDS, NEW, ON_HOLD, OPEN_STATUSES, STATUSES
from lapor.directory import present_staff
from lapor.ladders import past_deadline, paused_since, verification_since
from lapor.phones import InvalidPhone, to_e164
from lapor.references import (
    format_reference,
    marked_reference,
    said_reference,
    several_references,
    split_reference,
)
from lapor.region import Region
from lapor.search_words import SHORT, as_words, terms
from lapor.tables import parse_day
from models import Agency, Complaint, Contact, Disposition, DispositionStatus, Event, Question, TimelineEntry
from models.base import UTCDateTime
from models.vocab import Role

PER_PAGE = 25
MAX_PAGE = 10_000
VIEWS = ("perlu", "semua")  # needs me now | everything I may see
SOURCES = ("whatsapp", "lapor")
MAX_TERMS = 6  # search words ANDed together; more are ignored
FILING_YEARS = (2000, 2100)  # a date box's year outside these is a typo, named as ignored
MAX_REFERENCES = 50  # references searched at once ("LPR-12, LPR-15, …")
SEARCHES_NAMES = (*REGION_ROLES, *AGENCY_ROLES)  # roles whose search also reads reporters' names (lapor.access rules)


@dataclass(frozen=True)
class QueueFilters:
    """What the person asked the queue for; every field is optional and round-trips through the URL."""

    view: str = "perlu"
    status: str = ""
    kind: str = ""
    agency: str = ""  # agency code
    since: date | None = None
    until: date | None = None
    source: str = ""
    overdue: bool = False
    q: str = ""
    page: int = 1
    # From the performance page: the complaints behind one of its figures (lapor.performance.FIGURES), and a
    # kecamatan (NO_DISTRICT: placed in none); both narrow the 'semua' list with the page's own SQL.
    figure: str = ""
    district: str = ""
    # The performance page's own query (its period, filters and order) that a figure's list came from, carried
    # untouched so that its "back" link returns there: a week's bar narrows `since`/`until` to that week.
    back: str = ""
    problems: tuple[str, ...] = field(default=(), compare=False)  # the fields that were ignored as invalid
    # Valid values that this list cannot apply (a status other than "belum diverifikasi" on a verifier's
    # "perlu tindakan" list): ignored and named, never silently kept in the form.
    inapplicable: tuple[str, ...] = field(default=(), compare=False)
    fuzzy: bool = field(default=False, compare=False)  # the search tolerates typos (the exact one found nothing)
    swapped: bool = field(default=False, compare=False)  # `since` came after `until`: the two were swapped

    def args(self, **changes) -> dict[str, str]:
        """The URL query arguments of these filters (empty ones left out), with `changes` applied."""
        f = replace(self, **changes)
        values = {"view": f.view if f.view != "perlu" else "", "status": f.status, "kind": f.kind,
                  "agency": f.agency, "since": f.since.isoformat() if f.since else "",
                  "until": f.until.isoformat() if f.until else "", "source": f.source,
                  "overdue": "1" if f.overdue else "", "q": f.q, "page": str(f.page) if f.page > 1 else "",
                  "figure": f.figure, "district": f.district, "kinerja": f.back}
        return {key: value for key, value in values.items() if value}


def parse_filters(args: Mapping[str, str], today: date | None = None) -> QueueFilters:
    """Filters from URL arguments; an invalid value is dropped and named in `problems` (never an error). A date
    typed without its year is read against `today` (the region's)."""
    problems: list[str] = []

    def pick(name: str, allowed) -> str:
        value = (args.get(name) or "").strip().lower()
        if value and value not in allowed:
            problems.append(name)
            return ""
        return value

    view, status, kind = pick("view", VIEWS) or "perlu", pick("status", STATUSES), pick("kind", KINDS)
    since, until = day_arg(args, "since", problems, today), day_arg(args, "until", problems, today)
    swapped = since is not None and until is not None and since > until  # typed the wrong way round: as meant
    if swapped:
        since, until = until, since
    return QueueFilters(
        view=view, status=status, kind=kind,
        agency=(args.get("agency") or "").strip().upper()[:20], since=since, until=until, swapped=swapped,
        source=pick("source", SOURCES),
        overdue=(args.get("overdue") or "") in ("1", "on", "ya", "true"),
        q=" ".join((args.get("q") or "").split())[:200],
        page=_page(args, problems), figure=pick("figure", performance.FIGURES),
        district=" ".join((args.get("district") or "").split())[:100], back=(args.get("kinerja") or "")[:500],
        problems=tuple(problems))


def day_arg(args: Mapping[str, str], name: str, problems: list[str], today: date | None = None) -> date | None:
    """The date given as `name`, typed day first (the year may be left out, given `today`) or ISO (None when
    missing, or invalid: then named in `problems`)."""
    value = (args.get(name) or "").strip()
    if not value:
        return None
    try:
        day = parse_day(value, today)
    except ValueError:
        day = None
    if day is None or not FILING_YEARS[0] <= day.year <= FILING_YEARS[1]:  # 31/12/9999: a typo (it was a 500)
        problems.append(name)
        return None
    return day


def _page(args: Mapping[str, str], problems: list[str]) -> int:
    value = (args.get("page") or "1").strip()
    if not value.isdigit() or not 1 <= int(value) <= MAX_PAGE:
        problems.append("page")
        return 1
    return int(value)


# The filters as the page names them (an ignored one is named by its label, not by its URL argument).
FILTER_LABELS = {"view": "Tampilan", "status": "Status", "kind": "Jenis", "agency": "Instansi", "since": "Masuk sejak",
                 "until": "Masuk sampai", "source": "Sumber", "page": "Halaman", "figure": "Angka kinerja",
                 "district": "Kecamatan"}


def settle(session: Session, viewer: Contact, filters: QueueFilters) -> QueueFilters:
    """The filters this person's list can apply: an unknown agency code is ignored (and named, like any invalid
    value), and a status the 'perlu' list of new complaints cannot hold is ignored and named as inapplicable.
    Another agency's code narrows an officer's or head's list to their complaints shared with that agency (or
    returned by it to theirs): the list never holds more than they may see (`visible_complaints`)."""
    problems, inapplicable, changes = list(filters.problems), list(filters.inapplicable), {}
    if filters.agency and session.scalar(select(Agency.id).where(Agency.code == filters.agency)) is None:
        problems.append("agency")
        changes["agency"] = ""
    verifying = filters.view == "perlu" and viewer.role not in AGENCY_ROLES
    if verifying and filters.status and filters.status != NEW:
        inapplicable.append("status")
        changes["status"] = ""
    return replace(filters, problems=tuple(problems), inapplicable=tuple(inapplicable), **changes)


class Reason(StrEnum):
    """Why a complaint is in someone's queue (the page shows a label for each)."""

    NEW = "baru"                # waiting for verification
    RETURNED = "dikembalikan"   # an agency returned it (KEMBALIKAN)
    ANSWERED = "dijawab"        # the citizen answered the person's side's question (TUNDA, INFO)
    ADDED = "tambahan"          # the citizen added to the complaint since the agency's last word
    DISPOSITION = "disposisi"   # the agency's open disposition
    WAITING = "tertunda"        # the agency's question waits for the citizen
    OTHER = "lainnya"           # listed by a filter, nothing waits for the reader


@dataclass(frozen=True)
class Holder:
    """Whom an open disposition is with, as its notices and reminders reach them (`lapor.directory.readers_for`):
    the officer a head handed it to (`how` "handed", ALIHKAN) while at work, else the agency's officers at work
    ("officers"), else its heads at work ("heads"); nobody at work: "" and no one. A head checking what was late
    saw which complaints but not which officer to chase."""

    disposition: Disposition
    people: tuple[Contact, ...]
    how: str
    # the officer it was handed to (ALIHKAN), on leave now: `people` read it meanwhile, as its reminders go
    away: Contact | None = None


def holders(session: Session, dispositions: list[Disposition], now: datetime) -> dict[int, Holder]:
    """Who holds each of these open dispositions (by disposition id): two queries for any number of them, plus one
    per agency whose officers are all away."""
    if not dispositions:
        return {}
    agency_ids = {d.agency_id for d in dispositions}
    handed_ids = {d.assignee_id for d in dispositions if d.assignee_id is not None}
    handed = {c.id: c for c in session.scalars(select(Contact).where(Contact.id.in_(handed_ids)))} if handed_ids else {}
    officers: dict[int, list[Contact]] = {agency_id: [] for agency_id in agency_ids}
    for person in session.scalars(_OFFICERS_AT_WORK, {"agency_ids": list(agency_ids), "now": now}):
        officers[person.agency_id].append(person)
    heads: dict[int, list[Contact]] = {}
    found = {}
    for disposition in dispositions:
        assignee = handed.get(disposition.assignee_id)
        serves = (assignee is not None and assignee.role in AGENCY_ROLES and assignee.agency_id == disposition.agency_id
                  and assignee.active)
        away = assignee if serves and assignee.on_leave(now) else None
        if serves and away is None:
            found[disposition.id] = Holder(disposition, (assignee,), "handed")
        elif officers[disposition.agency_id]:
            found[disposition.id] = Holder(disposition, tuple(officers[disposition.agency_id]), "officers", away)
        else:
            if disposition.agency_id not in heads:
                heads[disposition.agency_id] = present_staff(session, disposition.agency_id, now, roles=(Role.HEAD,))
            people = tuple(heads[disposition.agency_id])
            found[disposition.id] = Holder(disposition, people, "heads" if people else "", away)
    return found


READS_HOLDERS = (Role.HEAD, *REGION_ROLES)  # who reads, beside a late complaint, whom to chase for it
LATE_BATCH = 500  # complaints whose late dispositions one query looks up (a download's list may hold 100,000)


def late_dispositions(session: Session, complaints: list[Complaint], reader, now: datetime,
                      agency: str = "") -> dict[int, list[Disposition]]:
    """Each complaint's open dispositions past their deadline as the «terlambat» filter counts them (`past_deadline`:
    a question to the citizen stops the clock), whose holders `reader` reads (by complaint id, those with any): none
    for an officer, an agency's head its own agency's only; `agency` (a code) narrows them to that agency's."""
    if reader.role not in READS_HOLDERS:
        return {}
    candidates = [c for c in complaints if any(d.status == DispositionStatus.OPEN and d.due_at is not None
                                               and d.due_at < now for d in c.dispositions)]
    late: set[int] = set()
    for start in range(0, len(candidates), LATE_BATCH):
        ids = [c.id for c in candidates[start:start + LATE_BATCH]]
        late.update(session.scalars(select(Disposition.id).where(
            Disposition.complaint_id.in_(ids), Disposition.status == DispositionStatus.OPEN, past_deadline(now))))
    found = {}
    for complaint in candidates:
        mine = [d for d in complaint.dispositions if d.id in late
                and (reader.role not in AGENCY_ROLES or d.agency_id == reader.agency_id)
                and (not agency or d.agency.code == agency)]
        if mine:
            found[complaint.id] = mine
    return found


def late_holders(session: Session, complaints: list[Complaint], reader, now: datetime,
                 agency: str = "") -> dict[int, tuple[Holder, ...]]:
    """Who holds each complaint's late dispositions (`late_dispositions`), by complaint id: a download's column,
    the queue's late rows."""
    late = late_dispositions(session, complaints, reader, now, agency)
    held = holders(session, [d for found in late.values() for d in found], now)
    return {number: tuple(held[d.id] for d in found) for number, found in late.items()}


def _with_holders(session: Session, viewer: Contact, filters: QueueFilters, found: QueuePage,
                  now: datetime) -> QueuePage:
    """The page with each late row's late dispositions and who holds them (only the rows past a deadline: the rest
    of the list stays as short as it was), the row's own first. An agency's reader: its own dispositions only."""
    late = [item for item in found.items if item.overdue and item.disposition is not None
            and item.disposition.status == DispositionStatus.OPEN]
    if viewer.role not in READS_HOLDERS or not late:
        return found
    others = late_dispositions(session, [item.complaint for item in late], viewer, now, filters.agency)
    shown = {id(item): [item.disposition, *(d for d in others.get(item.complaint.id, ()) if d is not item.disposition)]
             for item in late}
    held = holders(session, [d for ds in shown.values() for d in ds], now)
    items = [replace(item, late_with=tuple(held[d.id] for d in shown[id(item)])) if id(item) in shown else item
             for item in found.items]
    return replace(found, items=items)


def _with_away(session: Session, found: QueuePage, now: datetime) -> QueuePage:
    """The page with each row whose open disposition a head handed to one officer now on leave saying who reads it
    meanwhile (`QueueItem.handed_away`): an officer's list said «Dialihkan kepala ke Sari» while Sari's reminders
    came to them. Two queries, only when a row is handed to someone."""
    handed = [item.disposition for item in found.items if item.disposition is not None
              and item.disposition.assignee_id is not None and item.disposition.status == DispositionStatus.OPEN]
    away = {key: held for key, held in holders(session, handed, now).items() if held.away is not None}
    if not away:
        return found
    return replace(found, items=[replace(item, handed_away=away[item.disposition.id])
                                 if item.disposition is not None and item.disposition.id in away else item
                                 for item in found.items])


@dataclass(frozen=True)
class QueueItem:
    """One row of the queue: the complaint, why it is there, its deadline and how far off it is."""

    complaint: Complaint
    reason: Reason
    due_at: datetime | None
    days_left: float | None  # working days; negative when overdue
    disposition: Disposition | None = None
    finished_at: datetime | None = None  # when nothing is due: the final answer (the agency's, or the complaint's)
    answered_by: tuple[str, ...] = ()  # the codes of the agencies whose final answer it has, first answer first
    forwarded_to: tuple[str, ...] = ()  # external agencies it went to through SP4N-LAPOR! (no deadline here)
    late_with: tuple[Holder, ...] = ()  # its late dispositions and who holds each (for heads and the region's staff)
    # its disposition handed to one officer (ALIHKAN) who is on leave now: who reads it meanwhile
    handed_away: Holder | None = None

    @property
    def overdue(self) -> bool:
        """Past its deadline."""
        return self.days_left is not None and self.days_left < 0


@dataclass(frozen=True)
class QueuePage:
    """One page of the queue and where it stands in the whole list."""

    items: list[QueueItem]
    total: int
    page: int
    per_page: int
    fuzzy: bool = False  # found by the typo-tolerant search (the exact one found nothing)

    @property
    def pages(self) -> int:
        """How many pages the whole list has (at least one)."""
        return max(1, -(-self.total // self.per_page))


def verification_days(region: Region) -> int:
    """Working days a verifier has for a new complaint (DESIGN: 3; the last rung of the verification ladder)."""
    rungs = region.settings.verification
    return rungs[-1].after_days if rungs else 3


def promised_by(session: Session, complaint: Complaint, region: Region) -> tuple[str, datetime] | None:
    """What the citizen waits for and by when, as the ladders count it: ("verification", the verifier's deadline
    from when the complaint came to them) or ("completion", the last deadline of its open dispositions); None when
    it waits for the citizen's own answer or is no longer open."""
    if complaint.status == NEW:
        since = waiting_since(session, [complaint.id]).get(complaint.id) or complaint.created_at
        return "verification", region.calendar.due_after(since, verification_days(region))
    if complaint.status not in (DISPOSITIONED, IN_PROGRESS):
        return None
    dues = [d.due_at for d in complaint.dispositions if d.status == DispositionStatus.OPEN and d.due_at]
    return ("completion", max(dues)) if dues else None


def late_chased(complaint: Complaint, now: datetime, region: Region) -> bool:
    """Whether the ladders already chased the deadline `promised_by` gives, once it went by: the verification
    ladder's last rung (due at the verifier's deadline), or the overdue notice of every open disposition past its
    deadline. Between the deadline and the rung (the scheduler's next tick, or the next working morning for one at
    the close of the day or after a Ramadan office closed) the citizen is not told a reminder went out."""
    if complaint.status == NEW:
        return complaint.verify_rung >= len(region.settings.verification)
    late = [d for d in complaint.dispositions
            if d.status == DispositionStatus.OPEN and d.due_at is not None and d.due_at < now]
    return bool(late) and all(d.completion_rung >= 2 for d in late)


def queue(session: Session, viewer: Contact, filters: QueueFilters, now: datetime, region: Region,
          per_page: int = PER_PAGE, who_holds: bool = True) -> QueuePage:
    """One page of this person's queue under `filters`, soonest deadline first; a word search that finds nothing
    is tried again tolerating typos where the database can (`QueuePage.fuzzy` says so); `who_holds`: each late row
    names who holds it (`Holder`), for a page that shows it."""
    found = _one_queue(session, viewer, filters, now, region, per_page)
    if found.total == 0 and may_retry_fuzzy(session, filters):
        found = replace(_one_queue(session, viewer, replace(filters, fuzzy=True), now, region, per_page), fuzzy=True)
    return _with_away(session, _with_holders(session, viewer, filters, found, now), now) if who_holds else found


def _one_queue(session: Session, viewer: Contact, filters: QueueFilters, now: datetime, region: Region,
               per_page: int) -> QueuePage:
    if viewer.role in AGENCY_ROLES and filters.view == "perlu":
        return _agency_queue(session, viewer, filters, now, region, per_page)
    return _complaint_queue(session, viewer, filters, now, region, per_page)


def _window(filters: QueueFilters, region: Region) -> list:
    """Conditions on the filing date, in the region's time zone (both ends included)."""
    zone = region.calendar.zone
    conditions = []
    if filters.since:
        conditions.append(Complaint.created_at >= datetime.combine(filters.since, time(), zone))
    if filters.until:
        conditions.append(Complaint.created_at < datetime.combine(filters.until + timedelta(days=1), time(), zone))
    return conditions


def _common(session: Session, filters: QueueFilters, viewer: Contact | None = None) -> list:
    """The conditions every view shares: kind, agency, dates, source, search (the reporter too, for a viewer who may
    see who reported)."""
    conditions = []
    if filters.kind:
        conditions.append(Complaint.kind == filters.kind)
    if filters.source:
        conditions.append(Complaint.source == filters.source)
    if filters.agency:  # its own alias: an agency's list selects from Disposition already (the same name was a 500)
        other = aliased(Disposition)
        conditions.append(exists().where(other.complaint_id == Complaint.id, other.agency_id.in_(
            select(Agency.id).where(Agency.code == filters.agency).scalar_subquery())))
    if filters.q:
        conditions.append(search_condition(filters.q, viewer, fuzzy=filters.fuzzy))
    return conditions


# What a word search reads: one expression, with its separators written in the SQL (not bound), so that PostgreSQL
# answers it from the trigram index built on the very same expression (migration 0025).
_SPACE = literal_column("' '", String)
SEARCHED = func.lower(Complaint.title + _SPACE + Complaint.description + _SPACE + Complaint.location_text)
_WORD = re.compile(r"[\w\-/#.]+", re.UNICODE)


MIN_FUZZY = 4  # shorter words are searched exactly even by the typo-tolerant search


def search_condition(q: str, viewer: Contact | None = None, fuzzy: bool = False):
    """SQL for a free-text search: a reference (LPR-12, #12, 12) matches its complaint; otherwise every word must
    appear (case-insensitive) in the reference, title, text or place, or in the reporter's name for a viewer who
    may see it (never an anonim reporter's but for verifiers); a phone number finds its reporter's complaints for
    verifiers. `fuzzy` (PostgreSQL) lets a word of MIN_FUZZY letters or more match a similar word (pg_trgm)."""
    if listed := searched_references(q):
        return Complaint.number.in_(listed[:MAX_REFERENCES])
    words = [word for word in _WORD.findall(q.lower()) if len(word) >= 2][:MAX_TERMS] or [q.lower()]
    texts = and_(*[_term_condition(typed, others, viewer, fuzzy) for typed, others in terms(words)])
    phone = _phone(q) if viewer is not None and viewer.role in VERIFIER_ROLES else None
    if phone is None:
        return texts
    return or_(texts, Complaint.citizen_id.in_(select(Contact.id).where(Contact.phone == phone)))


def searched_references(q: str) -> list[int]:
    """The complaints a search names when it is only references: one (`LPR-12`, `#12`, `12`, `nomor 12`, as the
    chat reads "no 3", `lapor 12`), or several pasted from a message (`LPR-12, LPR-15`); [] for words to search."""
    q = marked_reference(said_reference(q or ""))
    number, rest = split_reference(q)
    if number is not None and not rest.strip():
        return [number]
    return several_references(q)


MAX_NUMBER = 2**31 - 1  # the complaints' 32-bit column: a longer number is no complaint


def references_not_found(session: Session, viewer: Contact, q: str) -> list[str]:
    """The references a search names (`LPR-1, LPR-99`) that match no complaint the viewer may see, as typed back to
    them (`LPR-99`): a typo among pasted references was left out without a word. Another agency's complaint reads
    as one that does not exist, so an officer learns nothing of it."""
    wanted = searched_references(q)[:MAX_REFERENCES]
    if not wanted:
        return []
    found = set(session.scalars(select(Complaint.number).where(
        Complaint.number.in_([n for n in wanted if n <= MAX_NUMBER]), visible_complaints(viewer, session))))
    return [format_reference(n) for n in dict.fromkeys(wanted) if n not in found]


def _term_condition(typed: str, others: tuple[str, ...], viewer: Contact | None, fuzzy: bool):
    """A term of the search: as typed (each of a phrase's words), or any of its other forms as whole words (a short
    form such as "gg" or "got" as whole words even as typed: "tinggi", "gotong")."""
    if not others:
        return _word_condition(typed, viewer, fuzzy)
    if any(len(word) <= SHORT for word in typed.split()):
        return SEARCHED.regexp_match(as_words((typed, *others)))
    as_typed = and_(*[_word_condition(word, viewer, fuzzy) for word in typed.split()])
    return or_(as_typed, SEARCHED.regexp_match(as_words(others)))


def _word_condition(word: str, viewer: Contact | None, fuzzy: bool):
    pattern = f"%{_escape(word)}%"
    found = [SEARCHED.op("%>")(word) if fuzzy and len(word) >= MIN_FUZZY else SEARCHED.like(pattern)]
    if viewer is not None and viewer.role in SEARCHES_NAMES:
        named = func.lower(Complaint.reporter_name).like(pattern)
        found.append(named if viewer.role in VERIFIER_ROLES else and_(named, Complaint.privacy != "anonim"))
    return or_(*found) if len(found) > 1 else found[0]


# A number as WhatsApp or a phone hands it over when copied: a chat link (`wa.me/62…`, `api.whatsapp.com/send?
# phone=62…`, its text after it), a Twilio address (`whatsapp:+62…`), a dial link (`tel:`).
LINKED_NUMBER = re.compile(r"(?:https?://)?(?:wa\.me/|(?:api|web)\.whatsapp\.com/send/?\?(?:[^#]*&)?phone=|"
                           r"(?:whatsapp|tel):)\s*(\+?\d[\d\s().\-–]*)(?:[?&#].*)?", re.IGNORECASE)


def _phone(q: str) -> str | None:
    """The query as an E.164 number when it is one (`0812-3456-7890`, `+62 812…`, a pasted `wa.me/62…` link),
    normalised like every number."""
    q = q.strip()
    if linked := LINKED_NUMBER.fullmatch(q):
        q = linked.group(1)
    if sum(ch.isdigit() for ch in q) < 8 or any(ch.isalpha() for ch in q):
        return None
    try:
        return to_e164("".join(ch for ch in q if ch.isdigit() or ch == "+"))
    except InvalidPhone:
        return None


def found_by_identity(session: Session, viewer: Contact, filters: QueueFilters, now: datetime,
                      region: Region) -> list[Complaint]:
    """The anonim or rahasia complaints of the whole list (every page, not just the one shown) that a search found
    through their reporter's name or number: what the audit log records, as it records a view of that identity.
    A reference searched is no search by identity."""
    if not filters.q or viewer.role not in SEARCHES_NAMES:
        return []
    if searched_references(filters.q):
        return []
    words = [word for word in _WORD.findall(filters.q.lower()) if len(word) >= 2][:MAX_TERMS]
    found = [func.lower(Complaint.reporter_name).like(f"%{_escape(word)}%") for word in words]
    phone = _phone(filters.q) if viewer.role in VERIFIER_ROLES else None
    if phone is not None:
        found.append(Complaint.citizen_id.in_(select(Contact.id).where(Contact.phone == phone)))
    if not found:
        return []
    protected = ("anonim", "rahasia") if viewer.role in VERIFIER_ROLES else ("rahasia",)
    return list(session.scalars(select(Complaint).where(
        list_condition(session, viewer, filters, now, region), Complaint.privacy.in_(protected), or_(*found))
        .order_by(Complaint.number.desc())))


def may_retry_fuzzy(session: Session, filters: QueueFilters) -> bool:
    """Whether a search that found nothing may be tried again tolerating typos: words (not a reference), on
    PostgreSQL (pg_trgm's word similarity; SQLite stays exact)."""
    if not filters.q or filters.fuzzy or session.get_bind().dialect.name != "postgresql":
        return False
    if searched_references(filters.q):
        return False
    return any(len(w) >= MIN_FUZZY for w in _WORD.findall(filters.q))


def _escape(word: str) -> str:
    return word.replace("%", "").replace("_", " ").strip() or word


def _complaint_queue(session: Session, viewer: Contact, filters: QueueFilters, now: datetime, region: Region,
                     per_page: int) -> QueuePage:
    """The verifier's queue (new complaints, oldest first) or anyone's list over complaints ('semua')."""
    conditions = _complaint_conditions(session, viewer, filters, now, region)
    days = verification_days(region)
    order = list_order(session, viewer, filters, now, region)
    query = select(Complaint).where(*conditions)
    total, rows = _paged(session, query, order, filters.page, per_page)
    waiting = [c.id for c in rows if c.status == NEW]
    answered, since = _answered(session, waiting), waiting_since(session, waiting)
    paused = paused_since(session, [d.id for c in rows for d in c.dispositions if d.status == DispositionStatus.OPEN])
    agency = "" if viewer.role in AGENCY_ROLES else filters.agency  # an agency's rows: its own deadlines, always
    return QueuePage([_complaint_item(c, viewer, now, region, days, answered, agency, since.get(c.id), paused)
                      for c in rows], total, filters.page, per_page)


NO_DISTRICT = "-"  # the district filter's value for complaints placed in no kecamatan
WHENEVER = (date(2000, 1, 1), date(2999, 12, 31))


def _figure_condition(session: Session, filters: QueueFilters, now: datetime, region: Region):
    """The performance page's figure (and kecamatan) as a condition: exactly the complaints it counted."""
    first, last = filters.since or WHENEVER[0], filters.until or WHENEVER[1]
    zone = region.calendar.zone
    agency_id = session.scalar(select(Agency.id).where(Agency.code == filters.agency)) if filters.agency else None
    district = None if not filters.district else "" if filters.district == NO_DISTRICT else filters.district
    scope = performance.Filters(datetime.combine(first, time(), zone), datetime.combine(last + timedelta(days=1),
                                time(), zone), filters.kind or None, filters.source or None, district, agency_id)
    return performance.figure_condition(filters.figure or "received", scope, now, region.districts)


def _overdue_condition(now: datetime, region: Region, days: int):
    """Open complaints past their deadline: unverified ones waiting for a verifier (since filed, returned or back
    from a question: `verification_since`) more than `days` working days, or one with an open disposition past its
    due date."""
    cutoff = region.calendar.subtract_working_days(now, days)
    late_disposition = exists().where(Disposition.complaint_id == Complaint.id,
                                      Disposition.status == DispositionStatus.OPEN, past_deadline(now))
    return or_(and_(Complaint.status == NEW, verification_since() < cutoff),
               and_(Complaint.status.in_(OPEN_STATUSES), late_disposition))


def _paged(session: Session, query: Select, order, page: int, per_page: int) -> tuple[int, list]:
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    rows = session.scalars(query.order_by(*order).offset((page - 1) * per_page).limit(per_page)
                           .options(*_ROW_LOADS)).all()
    return total, list(rows)


# What a page's rows load with them, built once: each complaint's dispositions with their agencies, and a merged
# row's parent (it names it); an agency's rows, their complaints so, and whom each was handed to (ALIHKAN)
_ROW_LOADS = (selectinload(Complaint.dispositions).selectinload(Disposition.agency), selectinload(Complaint.parent))
_DISPOSITION_LOADS = (selectinload(Disposition.complaint).selectinload(Complaint.dispositions)
                      .selectinload(Disposition.agency), selectinload(Disposition.assignee))


def _complaint_item(complaint: Complaint, viewer: Contact, now: datetime, region: Region, days: int,
                    answered: set[int], agency: str = "", since: datetime | None = None,
                    paused: dict[int, datetime] | None = None) -> QueueItem:
    """A complaint's row: its verification deadline (`days` from when it came to the verifiers, `since`), or the
    soonest open disposition's (of `agency` when the list is filtered by one: its own deadline, not another
    agency's; its time left as of when its agency's question paused it, `paused`), or when it was answered."""
    if complaint.status == NEW:
        due = region.calendar.due_after(since or complaint.created_at, days)
        returned = any(d.status == DispositionStatus.RETURNED for d in complaint.dispositions)
        reason = Reason.RETURNED if returned else (Reason.ANSWERED if complaint.id in answered else Reason.NEW)
        return QueueItem(complaint, reason, due, days_between(region, now, due))
    mine = [d for d in complaint.dispositions if (viewer.role not in AGENCY_ROLES or d.agency_id == viewer.agency_id)
            and (not agency or d.agency.code == agency)]
    dated = sorted((d for d in mine if d.due_at and d.status == DispositionStatus.OPEN), key=lambda d: d.due_at)
    if dated:
        as_of = (paused or {}).get(dated[0].id, now)
        waiting = dated[0].id in (paused or {})  # marked as the queue marks it, not shown as plain work
        return QueueItem(complaint, Reason.WAITING if waiting else Reason.DISPOSITION, dated[0].due_at,
                         days_between(region, as_of, dated[0].due_at), dated[0])
    answered_by = [d for d in mine if d.status == DispositionStatus.FINAL and d.closed_at]
    # An agency's own answer while another agency still works on the complaint read «Tanpa batas waktu»: the list
    # is theirs as much as one filtered by their agency, so it says when they answered.
    if answered_by and (agency or (viewer.role in AGENCY_ROLES and complaint.finished_at is None)):
        last = max(answered_by, key=lambda d: d.closed_at)
        return QueueItem(complaint, Reason.OTHER, None, None, last, last.closed_at)
    answered_by.sort(key=lambda d: d.closed_at)  # «Selesai» alone did not say which agency answered
    # «Tanpa batas waktu» alone did not say the complaint had gone outside the region
    forwarded = tuple(dict.fromkeys(d.agency.code for d in mine if d.status == DispositionStatus.FORWARDED))
    return QueueItem(complaint, Reason.OTHER, None, None, finished_at=complaint.finished_at,
                     answered_by=tuple(dict.fromkeys(d.agency.code for d in answered_by)), forwarded_to=forwarded)


def waiting_since(session: Session, complaint_ids: list[int]) -> dict[int, datetime]:
    """When each of these complaints (waiting for verification) came to the verifiers: filed, returned by an
    agency or back from a question (one query)."""
    if not complaint_ids:
        return {}
    return dict(session.execute(_WAITING_SINCE, {"ids": complaint_ids}).all())


# Built once with the complaints' ids as an expanding parameter (each queue page built them anew)
_IDS = bindparam("ids", expanding=True)
_WAITING_SINCE = select(Complaint.id, verification_since()).where(Complaint.id.in_(_IDS))
_ANSWERED = select(Question.complaint_id).where(Question.complaint_id.in_(_IDS), Question.answer.is_not(None),
                                                Question.disposition_id.is_(None))


# `holders`' officers at work of some agencies, built once (each queue page and notice built it anew)
_OFFICERS_AT_WORK = select(Contact).where(
    Contact.agency_id.in_(bindparam("agency_ids", expanding=True)), Contact.role == Role.OFFICER,
    Contact.active.is_(True), Contact.at_work(bindparam("now", type_=UTCDateTime()))).order_by(Contact.id)


def _answered(session: Session, complaint_ids: list[int]) -> set[int]:
    """Which of these complaints had a verifier's question (TUNDA) answered by the citizen (one query)."""
    if not complaint_ids:
        return set()
    return set(session.scalars(_ANSWERED, {"ids": complaint_ids}))


def _complaint_conditions(session: Session, viewer: Contact, filters: QueueFilters, now: datetime,
                          region: Region) -> list:
    conditions = [visible_complaints(viewer, session), *_common(session, filters, viewer), *_window(filters, region)]
    if filters.view == "perlu":
        conditions.append(Complaint.status == NEW)
    elif filters.status:
        conditions.append(Complaint.status == filters.status)
    if filters.overdue:
        conditions.append(_overdue_condition(now, region, verification_days(region)))
    if filters.figure or filters.district:
        conditions.append(_figure_condition(session, filters, now, region))
    return conditions


def _agency_conditions(session: Session, viewer: Contact, filters: QueueFilters, now: datetime,
                       region: Region) -> list:
    conditions = [Disposition.agency_id == viewer.agency_id, Disposition.status == DispositionStatus.OPEN,
                  not_named(session, viewer, Disposition.complaint_id), *_common(session, filters, viewer),
                  *_window(filters, region)]
    if filters.status:
        conditions.append(Complaint.status == filters.status)
    if filters.overdue:
        conditions.append(past_deadline(now))
    return conditions


def list_condition(session: Session, viewer: Contact, filters: QueueFilters, now: datetime, region: Region):
    """The complaints of the list `queue` shows (every page of it) as one condition on Complaint: for exports."""
    if viewer.role in AGENCY_ROLES and filters.view == "perlu":
        return Complaint.id.in_(select(Disposition.complaint_id).join(
            Complaint, Complaint.id == Disposition.complaint_id).where(
            *_agency_conditions(session, viewer, filters, now, region)))
    return and_(*_complaint_conditions(session, viewer, filters, now, region))


def list_order(session: Session, viewer: Contact, filters: QueueFilters, now: datetime, region: Region) -> tuple:
    """The order `queue` lists complaints in, as ORDER BY terms on Complaint (the page and its downloads alike):
    the verifier's queue the longest wait first, an officer's or head's the soonest deadline of their agency's
    open disposition first (as `_agency_queue` orders the dispositions), any «Semua laporan» list newest first."""
    if viewer.role in AGENCY_ROLES and filters.view == "perlu":
        mine = [Disposition.complaint_id == Complaint.id, *_agency_conditions(session, viewer, filters, now, region)]
        due = select(func.min(Disposition.due_at)).where(*mine).correlate(Complaint).scalar_subquery()
        first = select(func.min(Disposition.id)).where(*mine).correlate(Complaint).scalar_subquery()
        return due.is_(None), due, first
    if filters.view == "perlu":
        return verification_since(), Complaint.id
    return Complaint.created_at.desc(), Complaint.id.desc()


def _agency_queue(session: Session, viewer: Contact, filters: QueueFilters, now: datetime, region: Region,
                  per_page: int) -> QueuePage:
    """An officer's or head's queue: their agency's open dispositions, soonest deadline first."""
    conditions = _agency_conditions(session, viewer, filters, now, region)
    query = select(Disposition).join(Complaint, Complaint.id == Disposition.complaint_id).where(*conditions)
    total = session.scalar(select(func.count()).select_from(query.subquery()))
    rows = session.scalars(query.order_by(Disposition.due_at.is_(None), Disposition.due_at, Disposition.id)
                           .offset((filters.page - 1) * per_page).limit(per_page).options(*_DISPOSITION_LOADS)).all()
    items, paused = [], paused_since(session, [d.id for d in rows])
    news, added = _answers_are_news(session, rows), _additions_are_news(session, rows)
    for disposition in rows:
        complaint = disposition.complaint
        if disposition.id in news:
            reason = Reason.ANSWERED
        elif disposition.id in added:
            reason = Reason.ADDED
        else:
            reason = Reason.WAITING if complaint.status == ON_HOLD else Reason.DISPOSITION
        as_of = paused.get(disposition.id, now)  # its own question waits: the time left stands still
        left = days_between(region, as_of, disposition.due_at) if disposition.due_at else None
        items.append(QueueItem(complaint, reason, disposition.due_at, left, disposition))
    return QueuePage(items, total, filters.page, per_page)


def _answers_are_news(session: Session, rows: list[Disposition]) -> set[int]:
    """The dispositions whose citizen's latest answer (to the agency's INFO) came after the agency's latest follow-up
    (two grouped queries for the page)."""
    ids = [d.id for d in rows]
    if not ids:
        return set()
    answered = dict(session.execute(select(Question.disposition_id, func.max(Question.answered_at)).where(
        Question.disposition_id.in_(ids), Question.answer.is_not(None)).group_by(Question.disposition_id)).all())
    if not answered:
        return set()
    followed = _last_words(session, [d for d in rows if d.id in answered])
    return {d for d, at in answered.items() if followed.get(d) is None or at > followed[d]}


def _additions_are_news(session: Session, rows: list[Disposition]) -> set[int]:
    """The dispositions whose complaint the citizen added to (`lapor.complaints.add_evidence`: «belum ada petugas
    yang datang» after a TL) since the disposition was made and since the agency's latest follow-up: the row said
    nothing of it, and the officer had to open each complaint to find it (two grouped queries for the page)."""
    if not rows:
        return set()
    added = dict(session.execute(select(TimelineEntry.complaint_id, func.max(TimelineEntry.at)).where(
        TimelineEntry.complaint_id.in_({d.complaint_id for d in rows}),
        TimelineEntry.event.in_((Event.EVIDENCE, Event.WITHDRAWAL)))
        .group_by(TimelineEntry.complaint_id)).all())
    fresh = [d for d in rows if d.complaint_id in added and added[d.complaint_id] > d.created_at]
    followed = _last_words(session, fresh)
    return {d.id for d in fresh if followed.get(d.id) is None or added[d.complaint_id] > followed[d.id]}


def _last_words(session: Session, rows: list[Disposition]) -> dict[int, datetime]:
    """When each of these dispositions' agency last followed up (progress or final answer), by disposition id."""
    if not rows:
        return {}
    return dict(session.execute(select(TimelineEntry.disposition_id, func.max(TimelineEntry.at)).where(
        TimelineEntry.complaint_id.in_({d.complaint_id for d in rows}),
        TimelineEntry.disposition_id.in_([d.id for d in rows]),
        TimelineEntry.event.in_((Event.FOLLOW_UP, Event.FINAL_ANSWER))).group_by(TimelineEntry.disposition_id)).all())


def days_between(region: Region, now: datetime, due: datetime) -> float:
    """Working days from `now` to `due`: positive while there is time, negative once it has passed."""
    if due >= now:
        return region.calendar.working_days_between(now, due)
    return -region.calendar.working_days_between(due, now)


def agencies(session: Session, reader: Contact | None = None) -> list[Agency]:
    """Active agencies by code, for the agency picker; for a reader's filter, only those whose complaints they
    may see (an officer or head: their own agency)."""
    query = select(Agency).where(Agency.active.is_(True)).order_by(Agency.code)
    if reader is not None and reader.role in AGENCY_ROLES:
        query = query.where(Agency.id == reader.agency_id)
    return list(session.scalars(query))
