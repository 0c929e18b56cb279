"""Agency performance for a period: the figures of the /kinerja page, its charts and exports, and the digests.

Everything is one SQL aggregation per figure group over the complaints filed in the period (the cohort), with the
same filters (kind, source, district, agency) applied everywhere, so a figure and the queue list behind it agree:
- per agency (dispositions made to it, withdrawn ones left out: an archive or a merge is no agency's doing):
  received, finished (final answer), finished on time (final answer by its deadline), overdue now (open past its
  deadline), returned (KEMBALIKAN), reopenings (TIDAK PUAS after the agency had it), median working days to the
  first response and to the final answer, the citizens' average rating and the number of ratings;
- for the region: complaints filed (merged duplicates left out), dispositioned, finished (selesai), overdue now.
The working-day calendar decides "on time" through each disposition's deadline and the stored working-day counts.
External agencies have no local deadline: their on-time figures stay empty.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, case, distinct, func, literal, or_, select
from sqlalchemy.orm import Session

from lapor.complaints import DONE, REOPENED_EVENT
from lapor.districts import District, district_of
from lapor.workcal import WorkCalendar
from models import Agency, Complaint, Disposition, DispositionStatus, TimelineEntry

SOURCES = ("whatsapp", "lapor")
FILED, ANSWERED = "filed", "answered"  # what the period applies to (see Filters.basis)


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


@dataclass
class AgencyRow:
    """One agency's figures for the period."""

    agency_id: int
    code: str
    name: str
    external: bool
    received: int = 0
    finished: int = 0
    on_time: int = 0
    late: int = 0            # final answer after the deadline
    overdue: int = 0
    returned: int = 0
    reopened: int = 0
    ratings: int = 0
    avg_rating: float | None = None
    median_first_response: float | None = None
    median_completion: float | None = None
    avg_first_response: float | None = None

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


@dataclass
class Totals:
    """The region's figures for the period."""

    received: int = 0
    dispositioned: int = 0
    finished: int = 0
    overdue: int = 0
    on_time: int = 0
    late: int = 0
    returned: int = 0
    reopened: int = 0
    ratings: int = 0
    avg_rating: float | None = None
    median_first_response: float | None = None
    median_completion: float | None = None

    @property
    def share_finished(self) -> float | None:
        """Selesai ÷ all filed, None when nothing was filed."""
        return self.finished / self.received if self.received else None

    @property
    def judged(self) -> int:
        """Complaints whose deadline was met or missed (finished on time, finished late, overdue now)."""
        return self.on_time + self.late + self.overdue

    @property
    def on_time_share(self) -> float | None:
        """On time ÷ judged over the region's dispositions with a local deadline."""
        return self.on_time / self.judged if self.judged else None


@dataclass
class Report:
    """Everything the performance page shows for one period and filter set."""

    filters: Filters
    now: datetime
    totals: Totals
    agencies: list[AgencyRow]
    weeks: list[tuple[date, int, int]] = field(default_factory=list)  # (Monday, received, finished)
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


def report(session: Session, filters: Filters, now: datetime, calendar: WorkCalendar,
           districts: tuple[District, ...] = ()) -> Report:
    """The whole performance report: totals, agencies, weekly series, kinds, sources and districts."""
    agencies = agency_rows(session, filters, now, districts)
    return Report(filters, now, totals(session, filters, now, districts), agencies,
                  weekly(session, filters, calendar, districts), breakdown(session, filters, Complaint.kind, districts),
                  breakdown(session, filters, Complaint.source, districts), by_district(session, filters, districts))


def cohort(filters: Filters, districts: tuple[District, ...] = ()) -> list:
    """The SQL conditions on Complaint that pick the period's complaints under the filters (merged ones left out)."""
    return [Complaint.created_at >= filters.start, Complaint.created_at < filters.end,
            *_attributes(filters, districts)]


def _attributes(filters: Filters, districts: tuple[District, ...]) -> list:
    """The filters other than the period (and the agency, which concerns dispositions)."""
    conditions = [Complaint.parent_id.is_(None)]
    if filters.kind:
        conditions.append(Complaint.kind == filters.kind)
    if filters.source:
        conditions.append(Complaint.source == filters.source)
    if filters.district is not None:
        conditions.append(district_of(districts) == filters.district)
    return conditions


def _disposition_conditions(filters: Filters, districts: tuple[District, ...], now: datetime) -> list:
    if filters.basis == ANSWERED:
        answered = and_(Disposition.status == DispositionStatus.FINAL, Disposition.closed_at >= filters.start,
                        Disposition.closed_at < filters.end)
        overdue = and_(Disposition.status == DispositionStatus.OPEN, Disposition.due_at < now)
        conditions = [*_attributes(filters, districts), or_(answered, overdue)]
    else:
        conditions = [*cohort(filters, districts), Disposition.status != DispositionStatus.WITHDRAWN]
    if filters.agency_id is not None:
        conditions.append(Disposition.agency_id == filters.agency_id)
    return conditions


def _flag(condition) -> object:
    """The complaint's id when `condition` holds (counted distinct: a complaint counts once per agency)."""
    return func.count(distinct(case((condition, Disposition.complaint_id))))


def _figures(now: datetime) -> list:
    final = Disposition.status == DispositionStatus.FINAL
    with_deadline = Disposition.due_at.is_not(None)
    return [
        func.count(distinct(Disposition.complaint_id)),
        _flag(final),
        _flag(and_(final, with_deadline, Disposition.closed_at <= Disposition.due_at)),
        _flag(and_(final, with_deadline, Disposition.closed_at > Disposition.due_at)),
        _flag(and_(Disposition.status == DispositionStatus.OPEN, Disposition.due_at < now)),
        _flag(Disposition.status == DispositionStatus.RETURNED),
        func.count(case((final, Complaint.rating))),
        func.avg(case((final, Complaint.rating))),
        func.avg(Disposition.first_response_days),
    ]


FIGURE_NAMES = ("received", "finished", "on_time", "late", "overdue", "returned", "ratings", "avg_rating",
                "avg_first_response")
AVERAGES = ("avg_rating", "avg_first_response")


def agency_rows(session: Session, filters: Filters, now: datetime,
                districts: tuple[District, ...] = ()) -> list[AgencyRow]:
    """Every agency with dispositions on the period's complaints, with its figures (by code)."""
    conditions = _disposition_conditions(filters, districts, now)
    query = (select(Agency.id, Agency.code, Agency.name, Agency.external, *_figures(now))
             .select_from(Disposition).join(Complaint, Complaint.id == Disposition.complaint_id)
             .join(Agency, Agency.id == Disposition.agency_id).where(*conditions)
             .group_by(Agency.id, Agency.code, Agency.name, Agency.external).order_by(Agency.code))
    rows = {}
    for agency_id, code, name, external, *values in session.execute(query):
        row = AgencyRow(agency_id, code, name, bool(external), **_named(values))
        rows[agency_id] = row
    group = Disposition.agency_id
    for agency_id, value in _median(session, Disposition.first_response_days, conditions, group):
        rows[agency_id].median_first_response = value
    for agency_id, value in _median(session, Disposition.completion_days, conditions, group,
                                    Disposition.status == DispositionStatus.FINAL):
        rows[agency_id].median_completion = value
    for agency_id, count in _reopenings(session, conditions, group):
        rows[agency_id].reopened = count
    return list(rows.values())


def totals(session: Session, filters: Filters, now: datetime, districts: tuple[District, ...] = ()) -> Totals:
    """The region's figures: complaints filed, dispositioned and finished, and its dispositions' figures."""
    if filters.agency_id is not None:  # a head's view: the agency's own row is the total
        rows = agency_rows(session, filters, now, districts)
        return _totals_of(rows[0]) if rows else Totals()
    conditions = cohort(filters, districts)
    received, finished = session.execute(select(
        func.count(), func.count(case((Complaint.status == DONE, 1)))).where(*conditions)).one()
    dispositioned = session.scalar(select(func.count()).where(*conditions, Complaint.dispositions.any()))
    result = Totals(received=received, dispositioned=dispositioned or 0, finished=finished)
    dconditions = _disposition_conditions(filters, districts, now)
    everything = literal(0)
    values = session.execute(select(*_figures(now)).select_from(Disposition)
                             .join(Complaint, Complaint.id == Disposition.complaint_id).where(*dconditions)).one()
    named = _named(values)
    result.on_time, result.late, result.overdue, result.returned = (
        named["on_time"], named["late"], named["overdue"], named["returned"])
    rating = session.execute(select(func.count(Complaint.rating), func.avg(Complaint.rating))
                             .where(*conditions)).one()
    result.ratings, result.avg_rating = rating[0], _float(rating[1])
    result.median_first_response = _single(_median(session, Disposition.first_response_days, dconditions,
                                                    everything))
    result.median_completion = _single(_median(session, Disposition.completion_days, dconditions, everything,
                                                Disposition.status == DispositionStatus.FINAL))
    result.reopened = session.scalar(select(func.count()).select_from(TimelineEntry)
                                     .join(Complaint, Complaint.id == TimelineEntry.complaint_id)
                                     .where(*conditions, TimelineEntry.event == REOPENED_EVENT)) or 0
    return result


def _totals_of(row: AgencyRow) -> Totals:
    return Totals(received=row.received, dispositioned=row.received, finished=row.finished, overdue=row.overdue,
                  on_time=row.on_time, late=row.late, returned=row.returned, reopened=row.reopened,
                  ratings=row.ratings, avg_rating=row.avg_rating, median_first_response=row.median_first_response,
                  median_completion=row.median_completion)


def _named(values) -> dict:
    named = dict(zip(FIGURE_NAMES, values, strict=True))
    return {key: _float(value) if key in AVERAGES else int(value or 0) for key, value in named.items()}


def _float(value) -> float | None:
    return None if value is None else round(float(value), 2)


def _single(pairs: list[tuple[object, float]]) -> float | None:
    return pairs[0][1] if pairs else None


def _median(session: Session, column, conditions: list, group, *extra) -> list[tuple[object, float]]:
    """The median of `column` per `group`, in SQL on every backend (window functions, no percentile_cont)."""
    ranked = (select(group.label("grp"), column.label("value"),
                     func.row_number().over(partition_by=group, order_by=column).label("rank"),
                     func.count().over(partition_by=group).label("size"))
              .select_from(Disposition).join(Complaint, Complaint.id == Disposition.complaint_id)
              .where(*conditions, column.is_not(None), *extra).subquery())
    middle = (ranked.c.rank == (ranked.c.size + 1) // 2) | (ranked.c.rank == (ranked.c.size + 2) // 2)
    query = select(ranked.c.grp, func.avg(ranked.c.value)).where(middle).group_by(ranked.c.grp)
    return [(grp, round(float(value), 2)) for grp, value in session.execute(query)]


def _reopenings(session: Session, conditions: list, group) -> list[tuple[object, int]]:
    """TIDAK PUAS reopenings per `group`, each counted for the dispositions made before it."""
    query = (select(group, func.count(TimelineEntry.id)).select_from(Disposition)
             .join(Complaint, Complaint.id == Disposition.complaint_id)
             .join(TimelineEntry, and_(TimelineEntry.complaint_id == Disposition.complaint_id,
                                       TimelineEntry.event == REOPENED_EVENT,
                                       TimelineEntry.at > Disposition.created_at))
             .where(*conditions).group_by(group))
    return [(grp, int(count)) for grp, count in session.execute(query)]


def weekly(session: Session, filters: Filters, calendar: WorkCalendar,
           districts: tuple[District, ...] = ()) -> list[tuple[date, int, int]]:
    """Complaints received and finished per week (weeks start on Monday, local time) over the period."""
    first_monday = _monday(calendar, filters.start)
    weeks, monday = [], first_monday
    while monday < filters.end:
        weeks.append(monday)
        monday += timedelta(days=7)
    if not weeks:
        return []
    received = _per_week(session, Complaint.created_at, weeks, cohort(filters, districts), filters)
    finished = _per_week(session, Complaint.finished_at, weeks, [
        *_attributes(filters, districts), Complaint.status == DONE, Complaint.finished_at >= filters.start,
        Complaint.finished_at < filters.end], filters)
    return [(week.date(), received.get(i, 0), finished.get(i, 0)) for i, week in enumerate(weeks)]


def _monday(calendar: WorkCalendar, moment: datetime) -> datetime:
    local = calendar.localize(moment).replace(hour=0, minute=0, second=0, microsecond=0)
    return local - timedelta(days=local.weekday())


def _per_week(session: Session, column, weeks: list[datetime], conditions: list, filters: Filters) -> dict[int, int]:
    """Counts per week index of `column` (a CASE over the week boundaries: the same SQL on every backend)."""
    bucket = case(*[(column < week + timedelta(days=7), index) for index, week in enumerate(weeks)], else_=-1)
    query = select(bucket.label("week"), func.count()).where(*_scoped(filters, conditions)).group_by("week")
    return {int(week): count for week, count in session.execute(query) if week is not None and week >= 0}


def breakdown(session: Session, filters: Filters, column,
              districts: tuple[District, ...] = ()) -> list[tuple[str, int]]:
    """Complaints of the period counted by `column` (kind or source), largest first."""
    conditions = _scoped(filters, cohort(filters, districts))
    query = select(column, func.count()).where(*conditions).group_by(column).order_by(func.count().desc(), column)
    return [(value, count) for value, count in session.execute(query)]


def by_district(session: Session, filters: Filters, districts: tuple[District, ...]) -> list[tuple[str, int, int]]:
    """Complaints received and finished per district (the region's list, then those placed in none)."""
    place = district_of(districts).label("district")
    query = (select(place, func.count(), func.count(case((Complaint.status == DONE, 1))))
             .where(*_scoped(filters, cohort(filters, districts))).group_by(place))
    found = {name: (received, finished) for name, received, finished in session.execute(query)}
    names = [d.name for d in districts] + [""]
    return [(name, *found.get(name, (0, 0))) for name in names if name in found or name]


def _scoped(filters: Filters, conditions: list) -> list:
    if filters.agency_id is None:
        return conditions
    return [*conditions, Complaint.dispositions.any(and_(
        Disposition.agency_id == filters.agency_id, Disposition.status != DispositionStatus.WITHDRAWN))]


# The complaints behind a figure ----------------------------------------------------------------------------

FIGURES = ("received", "dispositioned", "finished", "on_time", "late", "overdue", "returned", "reopened", "judged",
           "completed")


def figure_condition(figure: str, filters: Filters, now: datetime, districts: tuple[District, ...] = ()):
    """SQL condition on Complaint selecting exactly the complaints a figure counts (for `filters.agency_id`'s row,
    or the region's totals without one): the list behind every number on the page. ValueError for an unknown one.
    """
    if figure not in FIGURES:
        raise ValueError(f"unknown figure {figure!r}; use {', '.join(FIGURES)}")
    if figure == "completed":  # the weekly series' "finished": complaints finished in the period, filed whenever
        return and_(*_scoped(filters, [*_attributes(filters, districts), Complaint.status == DONE,
                                       Complaint.finished_at >= filters.start, Complaint.finished_at < filters.end]))
    conditions = cohort(filters, districts)
    if filters.agency_id is None and figure in ("received", "dispositioned", "finished"):
        extra = {"received": [], "dispositioned": [Complaint.dispositions.any()],
                 "finished": [Complaint.status == DONE]}[figure]
        return and_(*conditions, *extra)
    if figure == "reopened" and filters.agency_id is None:
        return and_(*conditions, Complaint.timeline.any(TimelineEntry.event == REOPENED_EVENT))
    mine = [Disposition.status != DispositionStatus.WITHDRAWN]
    if filters.agency_id is not None:
        mine.append(Disposition.agency_id == filters.agency_id)
    return and_(*conditions, Complaint.dispositions.any(and_(*mine, _disposition_figure(figure, now))))


def _disposition_figure(figure: str, now: datetime):
    final = Disposition.status == DispositionStatus.FINAL
    deadline = Disposition.due_at.is_not(None)
    return {
        "received": literal(True), "dispositioned": literal(True), "finished": final,
        "on_time": and_(final, deadline, Disposition.closed_at <= Disposition.due_at),
        "late": and_(final, deadline, Disposition.closed_at > Disposition.due_at),
        "overdue": and_(Disposition.status == DispositionStatus.OPEN, Disposition.due_at < now),
        "returned": Disposition.status == DispositionStatus.RETURNED,
        "judged": and_(deadline, or_(final, and_(Disposition.status == DispositionStatus.OPEN,
                                                  Disposition.due_at < now))),
        "reopened": select(TimelineEntry.id).where(
            TimelineEntry.complaint_id == Disposition.complaint_id, TimelineEntry.event == REOPENED_EVENT,
            TimelineEntry.at > Disposition.created_at).exists(),
    }[figure]
