"""Agency performance for a period: the figures of the /kinerja page, its charts and exports, and the digests.

Everything is one SQL aggregation per figure group over the complaints filed in the period (the cohort), with the
same filters (kind, source, district, agency) applied everywhere, so a figure and the queue list behind it agree:
- per agency (dispositions made to it, withdrawn ones left out: an archive or a merge is no agency's doing):
  received, finished (final answer; for an external agency, its forwarded complaint finished), finished on time
  (final answer by its deadline), finished with no local deadline, overdue now (open past its
  deadline, its clock stopped while its agency's question to the citizen waits, as the queue and digests count),
  returned (KEMBALIKAN), reopenings (TIDAK PUAS after the agency had it), median working days to the
  first response and to the final answer, the citizens' average rating and the number of ratings;
- for the region: complaints filed (merged duplicates left out), dispositioned, finished (selesai), overdue now.
The working-day calendar decides "on time" through each disposition's deadline and the stored working-day counts.
External agencies have no local deadline: their on-time figures stay empty, and what they finished is counted as
finished without a local deadline (out of the on-time base: the region could not act on it), so that «Selesai» is
always on time + late + without a deadline.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import DateTime, and_, case, func, literal, or_, select, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from lapor.complaints import DONE
from lapor.districts import District
from lapor.ladders import past_deadline, paused_by_question
from lapor.workcal import WorkCalendar
from models import Agency, Complaint, Disposition, DispositionStatus, PerformanceFact, TimelineEntry
from models.vocab import Event

SOURCES = ("whatsapp", "lapor")
FILED, ANSWERED = "filed", "answered"  # what the period applies to (see Filters.basis)
WEEK, MONTH, QUARTER = "week", "month", "quarter"  # what one pair of the received/finished series counts (`grain_of`)
MAX_WEEKS = 16  # a longer period is drawn per month: 53 weekly pairs were a pixel wide each on a phone
MAX_MONTHS = 24  # a period touching more months is drawn per quarter: 36 monthly pairs were 3.4 px each at 390 px


@dataclass(frozen=True)
class Filters:
    """Which complaints count: filed in [start, end), optionally of one kind, source, district or agency."""

    start: datetime
    end: datetime
    kind: str | None = None
    source: str | None = None
    district: str | None = None
    agency_id: int | None = None
    # FILED: complaints filed in the period. ANSWERED (agency rows only, for the weekly chart): final answers given
    # in the period, with the dispositions overdue now, whenever their complaints were filed.
    basis: str = FILED
    # the complaints hidden from the reader (an accused head's, `lapor.access.named_ids`): counted nowhere for them
    hidden: tuple[int, ...] = ()


class _Shares:
    """The indicators derived from an agency's or the region's counts (external agencies have no deadline here)."""

    external = False

    @property
    def share_finished(self) -> float | None:
        """Finished ÷ received (the Kemendagri indicator), None with nothing received."""
        return self.finished / self.received if self.received else None

    @property
    def judged(self) -> int:
        """Those whose deadline was met or missed: finished on time, finished late, overdue now."""
        return self.on_time + self.late + self.overdue

    @property
    def on_time_share(self) -> float | None:
        """On time ÷ judged (None for external agencies and when nothing is judged)."""
        return None if self.external or not self.judged else self.on_time / self.judged


@dataclass(kw_only=True)
class _Figures(_Shares):
    """What an agency's row and the region's totals both count."""

    received: int = 0
    finished: int = 0
    on_time: int = 0
    late: int = 0            # final answer after the deadline
    no_deadline: int = 0     # finished with no local deadline (forwarded outside the region, finished in LAPOR)
    overdue: int = 0
    returned: int = 0
    reopened: int = 0
    ratings: int = 0
    avg_rating: float | None = None
    median_first_response: float | None = None
    median_completion: float | None = None


@dataclass
class AgencyRow(_Figures):
    """One agency's figures for the period."""

    agency_id: int
    code: str
    name: str
    external: bool
    avg_first_response: float | None = None


@dataclass
class Totals(_Figures):
    """The region's figures for the period."""

    dispositioned: int = 0


@dataclass
class Report:
    """Everything the performance page shows for one period and filter set."""

    filters: Filters
    now: datetime
    totals: Totals
    agencies: list[AgencyRow]
    # (the week's Monday or the month's or quarter's first day, received, finished), per `grain`
    series: list[tuple[date, int, int]] = field(default_factory=list)
    grain: str = WEEK
    kinds: list[tuple[str, int]] = field(default_factory=list)
    sources: list[tuple[str, int]] = field(default_factory=list)
    districts: list[tuple[str, int, int]] = field(default_factory=list)  # (name or "", received, finished)


def month_period(calendar: WorkCalendar, now: datetime) -> tuple[datetime, datetime]:
    """This month in the region's time zone, as [first day 00:00, first day of next month 00:00)."""
    local = calendar.localize(now)
    start = local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    following = (start + timedelta(days=32)).replace(day=1)
    return start, following


def day_period(calendar: WorkCalendar, first: date, last: date) -> tuple[datetime, datetime]:
    """The local days first..last (inclusive) as [first 00:00, day after last 00:00)."""
    return (datetime.combine(first, time(), tzinfo=calendar.zone),
            datetime.combine(last + timedelta(days=1), time(), tzinfo=calendar.zone))


def grain_of(filters: Filters) -> str:
    """WEEK for a period of at most MAX_WEEKS weeks, MONTH for one touching at most MAX_MONTHS calendar months (a
    calendar year is 12, two are 24), else QUARTER (calendar quarters). Months are counted in the time zone the
    period's start is given in (the region's, `day_period`)."""
    if filters.end - filters.start <= timedelta(weeks=MAX_WEEKS):
        return WEEK
    first = filters.start
    last = (filters.end - timedelta(microseconds=1)).astimezone(first.tzinfo)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    return MONTH if months <= MAX_MONTHS else QUARTER


def quarter_start(day: date) -> date:
    """The first day of the calendar quarter holding `day` (1 Jan, 1 Apr, 1 Jul, 1 Oct)."""
    return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)


def _next_bucket(day: date, grain: str) -> date:
    if grain == WEEK:
        return day + timedelta(days=7)
    months = day.year * 12 + day.month - 1 + (3 if grain == QUARTER else 1)
    return date(months // 12, months % 12 + 1, 1)


def report(session: Session, filters: Filters, now: datetime, calendar: WorkCalendar,
           districts: tuple[District, ...] = (), *, reader: Callable[[], Session] | None = None,
           grain: str | None = None) -> Report:
    """The whole performance report: totals, agencies, the received/finished series per week, month or quarter
    (`grain`, by default `grain_of` the period), kinds, sources and districts (four queries: the period's
    complaints grouped once, the finished ones per bucket, the agencies' and the region's figures in one pass over
    the performance facts, and the agencies' names).

    `reader` makes sessions with their own connection: given one, on PostgreSQL the pass over the facts runs on
    one of them in a thread while `session` groups the complaints, so a long period costs the longer of the two
    halves instead of their sum (each statement already reads its own snapshot, so nothing is less consistent).
    Its session sees only what is committed."""
    _tune(session)
    figures = _alongside(session, reader, lambda other: _figures(other, filters, now))
    grain = grain or grain_of(filters)
    starts = bucket_starts(calendar, filters, grain)
    groups = _complaint_groups(session, filters, starts)
    series = _series(session, filters, starts, groups)
    figures = figures()
    result = Report(filters, now, _totals(session, filters, groups, figures),
                    _agency_rows(session, figures, every=True, only=filters.agency_id))
    result.series, result.grain = series, grain
    result.kinds, result.sources = _breakdown(groups, 0), _breakdown(groups, 1)
    result.districts = _districts(groups, districts)
    return result


def _alongside(session: Session, reader: Callable[[], Session] | None, work: Callable[[Session], dict]):
    """Start `work` on a session of `reader` in a thread and return the function that waits for its result; with
    no reader, or on SQLite (where every transaction takes the write lock this session may hold), do it here."""
    if reader is None or not _postgres(session):
        result = work(session)
        return lambda: result

    def run() -> dict:
        with reader() as other:
            _tune(other)
            return work(other)

    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="performance")
    future = pool.submit(run)
    pool.shutdown(wait=False)  # the thread ends with its work
    return future.result


def cohort(filters: Filters, districts: tuple[District, ...] = ()) -> list:
    """The SQL conditions on Complaint that pick the period's complaints under the filters (merged ones left out).
    A complaint's kecamatan is its stored one (`Complaint.district`, placed by `lapor.facts`)."""
    return [Complaint.created_at >= filters.start, Complaint.created_at < filters.end, *_attributes(filters)]


def privacy_count(session: Session, filters: Filters, privacy: str) -> tuple[int, int]:
    """How many of the period's complaints (the cohort, as every figure counts them) were filed with `privacy`, and
    how many there are in all: counts only, no one's identity."""
    found, total = session.execute(select(func.count(case((Complaint.privacy == privacy, 1))), func.count())
                                   .select_from(Complaint).where(*_scoped(filters, cohort(filters)))).one()
    return int(found or 0), int(total or 0)


def _attributes(filters: Filters) -> list:
    """The filters other than the period (and the agency, which concerns dispositions)."""
    hidden = [Complaint.id.not_in(filters.hidden)] if filters.hidden else []
    return [Complaint.parent_id.is_(None), *_kind_source_district(filters, Complaint), *hidden]


def _kind_source_district(filters: Filters, entity) -> list:
    """The kind, source and kecamatan filters on `entity` (Complaint, or the facts that copy those columns)."""
    conditions = [getattr(entity, name) == getattr(filters, name) for name in ("kind", "source")
                  if getattr(filters, name)]
    if filters.district is not None:
        conditions.append(entity.district == filters.district)
    return conditions


def _answered_conditions(filters: Filters, now: datetime) -> list:
    answered = and_(Disposition.status == DispositionStatus.FINAL, Disposition.closed_at >= filters.start,
                    Disposition.closed_at < filters.end)
    overdue = and_(Disposition.status == DispositionStatus.OPEN, past_deadline(now))
    conditions = [*_attributes(filters), or_(answered, overdue)]
    if filters.agency_id is not None:
        conditions.append(Disposition.agency_id == filters.agency_id)
    return conditions


def _reopens_after():
    """Per disposition: the TIDAK PUAS reopenings after it was made (the agency had the complaint then; an agency
    added after the first reopening answers only for the later ones). One probe of the reopenings' partial index."""
    return (select(func.count()).where(TimelineEntry.complaint_id == Disposition.complaint_id,
                                       TimelineEntry.event == Event.REOPENED, TimelineEntry.at > Disposition.created_at)
            .correlate(Disposition).scalar_subquery())


def pair_figures(conditions: list):
    """SELECT one row per (agency, complaint) under `conditions` (on Disposition and Complaint): what the agency's
    dispositions on it came to, in `PerformanceFact`'s columns (a complaint returned and dispositioned to the same
    agency again counts once, with both outcomes). The one definition of the figures: `lapor.facts` stores it."""
    final = Disposition.status == DispositionStatus.FINAL
    finished = _finished()
    deadline = Disposition.due_at.is_not(None)
    after = _reopens_after()

    def one(condition):
        return func.max(case((condition, 1), else_=0))

    return (select(
        Disposition.complaint_id.label("complaint_id"), Disposition.agency_id.label("agency_id"),
        Complaint.created_at, Complaint.kind, Complaint.source, Complaint.district,
        one(finished).label("finished"),
        one(and_(final, deadline, Disposition.closed_at <= Disposition.due_at)).label("on_time"),
        one(and_(final, deadline, Disposition.closed_at > Disposition.due_at)).label("late"),
        one(Disposition.status == DispositionStatus.RETURNED).label("returned"),
        # an open disposition's deadline, none while its agency's question stops its clock (`ladders.past_deadline`)
        func.min(case((and_(Disposition.status == DispositionStatus.OPEN, ~paused_by_question()),
                       Disposition.due_at))).label("open_due_at"),
        func.max(case((finished, Complaint.rating))).label("rating"),
        func.max(Disposition.first_response_days).label("first_response"),
        func.max(case((final, Disposition.completion_days))).label("completion"),
        func.max(after).label("reopened"))
        .select_from(Disposition).join(Complaint, Complaint.id == Disposition.complaint_id)
        .where(*conditions)
        .group_by(Disposition.agency_id, Disposition.complaint_id, Complaint.created_at, Complaint.kind,
                  Complaint.source, Complaint.district))


def _finished():
    """SQL on Disposition (with its Complaint): the agency finished its part — its final answer, or, for an external
    agency (forwarded through SP4N-LAPOR!, no answer here), the complaint finished (SP4N-LAPOR! said so)."""
    return or_(Disposition.status == DispositionStatus.FINAL,
               and_(Disposition.status == DispositionStatus.FORWARDED, Complaint.status == DONE))


def _figure_rows(filters: Filters, now: datetime):
    """The rows the figures sum: the stored facts of the period's complaints (agency rows, and the region's rows
    with no agency); for the weekly chart (ANSWERED), the pairs of the answers given in the period, live."""
    if filters.basis == ANSWERED:
        return pair_figures(_answered_conditions(filters, now)).subquery("pairs")
    f = PerformanceFact
    conditions = [f.created_at >= filters.start, f.created_at < filters.end, *_kind_source_district(filters, f)]
    if filters.agency_id is not None:
        conditions.append(f.agency_id == filters.agency_id)
    if filters.hidden:
        conditions.append(f.complaint_id.not_in(filters.hidden))
    return select(f).where(*conditions).subquery("facts")


FIGURE_SUMS = ("finished", "on_time", "late", "overdue", "returned", "reopened")


def _aggregates(rows, postgres: bool, now: datetime) -> list:
    """Counts, sums, averages (and on PostgreSQL the medians) over `rows` (facts or live pairs)."""
    overdue = func.sum(case((rows.c.open_due_at < now, 1), else_=0)).label("overdue")
    unjudged = and_(rows.c.finished == 1, rows.c.on_time == 0, rows.c.late == 0)
    no_deadline = func.sum(case((unjudged, 1), else_=0)).label("no_deadline")
    columns = [func.count().label("received"), overdue, no_deadline,
               *[func.sum(rows.c[name]).label(name) for name in FIGURE_SUMS if name != "overdue"],
               func.count(rows.c.rating).label("ratings"), func.avg(rows.c.rating).label("avg_rating"),
               func.avg(rows.c.first_response).label("avg_first_response")]
    if postgres:
        columns += [func.percentile_cont(0.5).within_group(rows.c.first_response).label("median_first_response"),
                    func.percentile_cont(0.5).within_group(rows.c.completion).label("median_completion")]
    return columns


def _values(row, postgres: bool) -> dict:
    values = {name: int(row._mapping[name] or 0) for name in ("received", "ratings", "no_deadline", *FIGURE_SUMS)}
    values |= {name: _float(row._mapping[name]) for name in ("avg_rating", "avg_first_response")}
    if postgres:
        values |= {name: _float(row._mapping[name]) for name in ("median_first_response", "median_completion")}
    return values


def _postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


REPORT_WORK_MEM = "128MB"


def _tune(session: Session) -> None:
    """PostgreSQL, for this transaction only: no JIT (its compile time exceeds these queries' run time) and enough
    memory to sort a year's facts for the medians in memory instead of on disk."""
    if _postgres(session):
        session.execute(text("SET LOCAL jit = off"))
        session.execute(text(f"SET LOCAL work_mem = '{REPORT_WORK_MEM}'"))


def _figures(session: Session, filters: Filters, now: datetime) -> dict[int | None, dict]:
    """Every agency's figures and the region's (key None), one pass over the facts (medians: see `_median`)."""
    postgres, rows = _postgres(session), _figure_rows(filters, now)
    found = session.execute(select(rows.c.agency_id, *_aggregates(rows, postgres, now)).group_by(rows.c.agency_id))
    values = {row.agency_id: _values(row, postgres) for row in found}
    if values and not postgres:
        for name, column in (("median_first_response", "first_response"), ("median_completion", "completion")):
            for agency_id, median in _median(session, rows, column, rows.c.agency_id):
                values[agency_id][name] = median
    return values


def agency_rows(session: Session, filters: Filters, now: datetime,
                districts: tuple[District, ...] = (), every: bool = False) -> list[AgencyRow]:
    """Every agency with dispositions on the period's complaints, with its figures (by code); `every`: each active
    regional agency too, with zeros (as /kinerja lists them)."""
    _tune(session)
    return _agency_rows(session, _figures(session, filters, now), every=every)


def _agency_rows(session: Session, figures: dict[int | None, dict], every: bool = False,
                 only: int | None = None) -> list[AgencyRow]:
    """The rows of the agencies with figures; `every`: also each active regional agency that had nothing (zeros),
    or the one agency `only` asked for. The page and its downloads list them so a supervisor sees who received
    nothing, and an agency with nothing new but overdue work from before does not vanish from the table; an
    external body (PLN, Polres) is listed only when it received something (the region does not supervise it)."""
    values = {agency_id: value for agency_id, value in figures.items() if agency_id is not None}
    if every:
        idle = Agency.id == only if only is not None else and_(Agency.active.is_(True), Agency.external.is_(False))
        wanted = or_(Agency.id.in_(values), idle) if values else idle
    elif not values:
        return []
    else:
        wanted = Agency.id.in_(values)
    agencies = session.execute(select(Agency.id, Agency.code, Agency.name, Agency.external)
                               .where(wanted).order_by(Agency.code))
    return [AgencyRow(agency_id, code, name, bool(external), **values.get(agency_id, {}))
            for agency_id, code, name, external in agencies]


def totals(session: Session, filters: Filters, now: datetime, districts: tuple[District, ...] = ()) -> Totals:
    """The region's figures: complaints filed, dispositioned and finished, and its dispositions' figures."""
    _tune(session)
    return _totals(session, filters, _complaint_groups(session, filters, None), _figures(session, filters, now))


def _totals(session: Session, filters: Filters, groups: list, figures: dict[int | None, dict]) -> Totals:
    if filters.basis == ANSWERED:  # the weekly chart's basis has agency rows only (its figures are read live)
        raise ValueError("the region's totals are about complaints filed in the period (basis FILED)")
    if filters.agency_id is not None:  # a head's view: the agency's own row is the total
        rows = _agency_rows(session, figures)
        return _totals_of(rows[0]) if rows else Totals()
    result = Totals(received=sum(g.received for g in groups), finished=sum(g.finished for g in groups),
                    ratings=sum(g.ratings for g in groups))
    rated = sum(g.rating_sum or 0 for g in groups)
    result.avg_rating = _float(rated / result.ratings) if result.ratings else None
    values = figures.get(None)
    if values is None:  # no complaint of the period was dispositioned here (one finished in SP4N-LAPOR! may be)
        result.no_deadline = result.finished
        return result
    result.dispositioned = values["received"]
    result.on_time, result.late, result.overdue, result.returned, result.reopened = (
        values["on_time"], values["late"], values["overdue"], values["returned"], values["reopened"])
    # the region's on time and late are of finished complaints only, one of the two each: the rest of the finished
    # had no local deadline (also one finished in SP4N-LAPOR! by agencies unknown here, which has no facts)
    result.no_deadline = result.finished - result.on_time - result.late
    result.median_first_response = values.get("median_first_response")
    result.median_completion = values.get("median_completion")
    return result


def _totals_of(row: AgencyRow) -> Totals:
    return Totals(received=row.received, dispositioned=row.received, finished=row.finished, overdue=row.overdue,
                  on_time=row.on_time, late=row.late, no_deadline=row.no_deadline, returned=row.returned,
                  reopened=row.reopened,
                  ratings=row.ratings, avg_rating=row.avg_rating, median_first_response=row.median_first_response,
                  median_completion=row.median_completion)


def _float(value) -> float | None:
    return None if value is None else round(float(value), 2)


def _median(session: Session, rows, column: str, group) -> list[tuple[object, float]]:
    """The median of `rows.<column>` per `group`, with window functions (SQLite has no percentile_cont)."""
    value = rows.c[column]
    ranked = (select(group.label("grp"), value.label("value"),
                     func.row_number().over(partition_by=group, order_by=value).label("rank"),
                     func.count().over(partition_by=group).label("size"))
              .where(value.is_not(None)).subquery())
    middle = (ranked.c.rank == (ranked.c.size + 1) // 2) | (ranked.c.rank == (ranked.c.size + 2) // 2)
    query = select(ranked.c.grp, func.avg(ranked.c.value)).where(middle).group_by(ranked.c.grp)
    return [(grp, round(float(value), 2)) for grp, value in session.execute(query)]



# The period's complaints, grouped once -------------------------------------------------------------------

@dataclass(frozen=True)
class _Group:
    kind: str
    source: str
    district: str
    bucket: int | None  # which week, month or quarter of the series (`bucket_starts`)
    received: int
    finished: int
    ratings: int
    rating_sum: int | None


def bucket_starts(calendar: WorkCalendar, filters: Filters, grain: str) -> list[datetime]:
    """Where each week (Monday), calendar month or quarter (its first day) of the series starts, at local midnight,
    from the one holding the period's start up to the period's end. A bucket counts only its days inside the
    period. Every grain is a key of the same grouped queries (`_bucket_index`): a quarter adds no query."""
    day = calendar.localize(filters.start).date()
    day = {WEEK: day - timedelta(days=day.weekday()), MONTH: day.replace(day=1)}.get(grain) or quarter_start(day)
    starts = []
    while (start := datetime.combine(day, time(), tzinfo=calendar.zone)) < filters.end:
        starts.append(start)
        day = _next_bucket(day, grain)
    return starts


def _bucket_index(session: Session, column, starts: list[datetime]):
    """SQL: which bucket (0, 1, …) of `starts` holds `column`: how many later starts it has reached. PostgreSQL's
    width_bucket binary-searches the bounds (cheaper than the week arithmetic it replaced, and exact for months);
    SQLite compares them in turn."""
    bounds = [start.astimezone(UTC) for start in starts[1:]]
    if not bounds:
        return literal(0)
    if _postgres(session):
        return func.width_bucket(column, literal(bounds, ARRAY(DateTime(timezone=True))))
    return case(*[(column < bound, index) for index, bound in enumerate(bounds)], else_=len(bounds))


def _complaint_groups(session: Session, filters: Filters, starts: list[datetime] | None) -> list[_Group]:
    """The period's complaints counted per kind, source, kecamatan and bucket of the series (one scan; every breakdown,
    the series' "received" and the region's received, finished and ratings come from it)."""
    place = Complaint.district
    bucket = (_bucket_index(session, Complaint.created_at, starts) if starts is not None
              else literal(None)).label("bucket")
    query = (select(Complaint.kind, Complaint.source, place, bucket, func.count(),
                    func.count(case((Complaint.status == DONE, 1))), func.count(Complaint.rating),
                    func.sum(Complaint.rating))
             .where(*_scoped(filters, cohort(filters)))
             .group_by(Complaint.kind, Complaint.source, place, bucket))
    return [_Group(kind, source, district, None if index is None else int(index), received, finished, ratings,
                   rating_sum) for kind, source, district, index, received, finished, ratings, rating_sum
            in session.execute(query)]


def _breakdown(groups: list[_Group], position: int) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for group in groups:
        key = (group.kind, group.source)[position]
        counts[key] = counts.get(key, 0) + group.received
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def _districts(groups: list[_Group], districts: tuple[District, ...]) -> list[tuple[str, int, int]]:
    found: dict[str, list[int]] = {}
    for group in groups:
        figures = found.setdefault(group.district, [0, 0])
        figures[0] += group.received
        figures[1] += group.finished
    names = [d.name for d in districts] + [""]
    return [(name, *found.get(name, (0, 0))) for name in names if name in found or name]


def weekly(session: Session, filters: Filters, calendar: WorkCalendar,
           districts: tuple[District, ...] = ()) -> list[tuple[date, int, int]]:
    """Complaints received and finished per week (weeks start on Monday, local time) over the period."""
    starts = bucket_starts(calendar, filters, WEEK)
    return _series(session, filters, starts, _complaint_groups(session, filters, starts))


def _series(session: Session, filters: Filters, starts: list[datetime],
            groups: list[_Group]) -> list[tuple[date, int, int]]:
    """(bucket start, received, finished) for each bucket: received from the groups, finished in one more grouped
    query (complaints finished in the period, whenever filed)."""
    received: dict[int, int] = {}
    for group in groups:
        received[group.bucket] = received.get(group.bucket, 0) + group.received
    index = _bucket_index(session, Complaint.finished_at, starts).label("bucket")
    finished = dict(session.execute(select(index, func.count()).where(*_scoped(filters, [
        *_attributes(filters), Complaint.status == DONE, Complaint.finished_at >= filters.start,
        Complaint.finished_at < filters.end])).group_by(index)).all())
    finished = {int(bucket): count for bucket, count in finished.items() if bucket is not None}
    return [(start.date(), received.get(i, 0), finished.get(i, 0)) for i, start in enumerate(starts)]


def breakdown(session: Session, filters: Filters, column,
              districts: tuple[District, ...] = ()) -> list[tuple[str, int]]:
    """Complaints of the period counted by `column` (Complaint.kind or Complaint.source), largest first."""
    position = 0 if column is Complaint.kind else 1
    return _breakdown(_complaint_groups(session, filters, None), position)


def by_district(session: Session, filters: Filters, districts: tuple[District, ...]) -> list[tuple[str, int, int]]:
    """Complaints received and finished per district (the region's list, then those placed in none)."""
    return _districts(_complaint_groups(session, filters, None), districts)


def _scoped(filters: Filters, conditions: list) -> list:
    if filters.agency_id is None:
        return conditions
    return [*conditions, Complaint.dispositions.any(and_(
        Disposition.agency_id == filters.agency_id, Disposition.status != DispositionStatus.WITHDRAWN))]


# The complaints behind a figure ----------------------------------------------------------------------------

FIGURES = ("received", "dispositioned", "finished", "on_time", "late", "no_deadline", "overdue", "returned",
           "reopened", "judged", "completed")


def figure_condition(figure: str, filters: Filters, now: datetime, districts: tuple[District, ...] = ()):
    """SQL condition on Complaint selecting exactly the complaints a figure counts (for `filters.agency_id`'s row,
    or the region's totals without one): the list behind every number on the page. ValueError for an unknown one.
    """
    if figure not in FIGURES:
        raise ValueError(f"unknown figure {figure!r}; use {', '.join(FIGURES)}")
    if figure == "completed":  # the series' "finished" (any grain): finished in the period, filed whenever
        return and_(*_scoped(filters, [*_attributes(filters), Complaint.status == DONE,
                                       Complaint.finished_at >= filters.start, Complaint.finished_at < filters.end]))
    conditions = cohort(filters, districts)
    if filters.agency_id is None and figure in ("received", "finished"):
        extra = {"received": [], "finished": [Complaint.status == DONE]}[figure]
        return and_(*conditions, *extra)
    if figure == "reopened" and filters.agency_id is None:
        return and_(*conditions, Complaint.timeline.any(TimelineEntry.event == Event.REOPENED))
    if filters.agency_id is None and figure in ("on_time", "late", "judged", "no_deadline"):
        return and_(*conditions, _region_deadline_figure(figure, now))
    mine = [Disposition.status != DispositionStatus.WITHDRAWN]
    if filters.agency_id is not None:
        mine.append(Disposition.agency_id == filters.agency_id)

    def any_(name: str):
        return Complaint.dispositions.any(and_(*mine, _disposition_figure(name, now)))

    if figure == "no_deadline":  # the agency's part finished, neither by nor after a deadline of its own
        return and_(*conditions, any_("finished"), ~any_("on_time"), ~any_("late"))
    return and_(*conditions, any_(figure))


def _region_deadline_figure(figure: str, now: datetime):
    """A complaint across its agencies (`lapor.facts._region_rows`): on time or late once finished, late if any
    final answer was; judged also while any open disposition is past its deadline; finished without a local
    deadline when neither."""
    counted = Disposition.status != DispositionStatus.WITHDRAWN

    def any_(figure_name: str):
        return Complaint.dispositions.any(and_(counted, _disposition_figure(figure_name, now)))

    late = and_(Complaint.status == DONE, any_("late"))
    on_time = and_(Complaint.status == DONE, any_("on_time"), ~any_("late"))
    if figure == "no_deadline":  # finished, neither on time nor late: no agency of it had a local deadline met
        return and_(Complaint.status == DONE, ~any_("on_time"), ~any_("late"))
    return {"on_time": on_time, "late": late, "judged": or_(on_time, late, any_("overdue"))}[figure]


def _disposition_figure(figure: str, now: datetime):
    final = Disposition.status == DispositionStatus.FINAL
    deadline = Disposition.due_at.is_not(None)
    return {
        "received": literal(True), "dispositioned": literal(True), "finished": _finished(),
        "on_time": and_(final, deadline, Disposition.closed_at <= Disposition.due_at),
        "late": and_(final, deadline, Disposition.closed_at > Disposition.due_at),
        "overdue": and_(Disposition.status == DispositionStatus.OPEN, past_deadline(now)),
        "returned": Disposition.status == DispositionStatus.RETURNED,
        "judged": and_(deadline, or_(final, and_(Disposition.status == DispositionStatus.OPEN, past_deadline(now)))),
        "reopened": select(TimelineEntry.id).where(
            TimelineEntry.complaint_id == Disposition.complaint_id, TimelineEntry.event == Event.REOPENED,
            TimelineEntry.at > Disposition.created_at).exists(),
    }[figure]
