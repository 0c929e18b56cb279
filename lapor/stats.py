"""Figures for digests and REKAP, computed by SQL aggregation (never by looping over rows in Python).

Completion percentage follows Kemendagri's count: complaints finished (selesai) ÷ all complaints filed this
year, plus those the year began with still open (carried over: filed before 1 January, finished on or after it
or not yet), so that a December complaint still open in January counts in the new year's figure: without them
January read "Penyelesaian 2027: -" beside an open disposition. For an agency the denominator is the
complaints dispositioned to it this year, plus its dispositions of earlier years still unanswered when the year
began. A duplicate merged into another complaint (GABUNG) is counted once, as its parent: never as unfinished.
Every other yearly figure carries the same way: the first answers (the year's dispositions, and earlier ones
first answered in it), the citizens' ratings (of the year's complaints and the carried ones), and the agencies'
ranking (each agency's completion as its head's digest counts it, and what it has overdue now): counted only
from 1 January they read "-", "belum ada" and no ranking all of early January.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Integer, and_, bindparam, case, func, or_, select
from sqlalchemy.orm import Session

from lapor.complaints import DONE, NEW, OPEN_STATUSES
from lapor.ladders import past_deadline, paused_by_question, verification_since
from models import Agency, Complaint, Disposition, DispositionStatus, TimelineEntry
from models.base import UTCDateTime
from models.vocab import Event

OVERDUE_LISTED = 5


@dataclass
class AgencyRank:
    """One agency's line in the supervisors' ranking."""

    code: str
    total: int
    done: int
    overdue: int
    avg_first_response: float | None

    @property
    def completion(self) -> float:
        """Share of this year's dispositions with a final answer."""
        return self.done / self.total if self.total else 0.0


@dataclass
class Figures:
    """What a digest says, for one agency or for the whole region."""

    new_since: int
    waiting_verification: int
    open_dispositions: int
    overdue: int
    overdue_oldest: list[tuple[str, str, datetime]]  # (reference, agency code, due)
    finished_in_window: int
    done_this_year: int
    total_this_year: int              # with the carried over ones (`carried_this_year` of them)
    avg_first_response: float | None
    ranking: list[AgencyRank] = field(default_factory=list)
    avg_rating: float | None = None  # citizens' ratings (1–5) of this year's complaints
    ratings: int = 0
    reopenings: int = 0              # 'tidak puas' reopenings this year
    carried_this_year: int = 0       # of total_this_year: filed in earlier years, still open when this one began
    unanswered: int = 0              # open dispositions escalated for want of a first answer (not yet overdue)
    unanswered_oldest: list[tuple[str, str]] = field(default_factory=list)  # (reference, agency code)
    verification_late: int = 0       # complaints waiting for a verifier past the verification deadline

    @property
    def completion(self) -> float:
        """Finished ÷ all this year (0 when nothing was filed)."""
        return self.done_this_year / self.total_this_year if self.total_this_year else 0.0


def figures(session: Session, now: datetime, since: datetime, window: tuple[datetime, datetime],
            year_start: datetime, agency_id: int | None = None, ranking: bool = False,
            until: datetime | None = None, escalated_rung: int | None = None,
            verification_cutoff: datetime | None = None, period_first_responses: bool = False,
            hidden: Collection[int] = ()) -> Figures:
    """Compute a digest's figures: new since `since` (and before `until`: the digest's own time, so a digest sent
    late counts nothing twice), finished inside `window`, this year from `year_start`; with `escalated_rung`, the
    dispositions whose first-response ladder reached it (escalated, still unanswered); with `verification_cutoff`,
    the complaints waiting for a verifier since before it. The average first follow-up is the year's, or with
    `period_first_responses` that of the first follow-ups given inside `window` (a REKAP of a period). An agency's
    figures leave out the complaints `hidden` from their reader (an accused head's)."""
    built = _BUILT[agency_id is not None]
    values = {"now": now, "since": since, "until": until or now, "start": window[0], "end": window[1],
              "year_start": year_start, "agency_id": agency_id, "rung": escalated_rung,
              "cutoff": verification_cutoff, "hidden": list(hidden)}
    result = Figures(
        new_since=_count(session, built.new_since, values),
        waiting_verification=_count(session, _WAITING_VERIFICATION, values) if agency_id is None else 0,
        open_dispositions=_count(session, built.open, values),
        overdue=_count(session, built.overdue, values),
        overdue_oldest=[(f"LPR-{number}", code, due) for number, code, due in
                        session.execute(built.overdue_oldest, values)],
        finished_in_window=_count(session, built.finished, values),
        done_this_year=0, total_this_year=0,
        avg_first_response=_average(session, built.first_response_in if period_first_responses
                                    else built.first_response, values),
    )
    row = session.execute(built.year, values).one()
    result.done_this_year, result.total_this_year, result.carried_this_year = (int(row[1] or 0), int(row[0] or 0),
                                                                               int(row[2] or 0))
    average, count = session.execute(built.ratings, values).one()
    result.avg_rating, result.ratings = (float(average) if average is not None else None), int(count or 0)
    result.reopenings = _count(session, built.reopenings, values)
    if ranking:
        result.ranking = _ranking(session, values)
    if escalated_rung:
        result.unanswered = _count(session, built.unanswered, values)
        result.unanswered_oldest = [(f"LPR-{number}", code) for number, code in
                                    session.execute(built.unanswered_oldest, values)]
    if verification_cutoff is not None and agency_id is None:
        result.verification_late = _count(session, _VERIFICATION_LATE, values)
    return result


def window_counts(session: Session, window: tuple[datetime, datetime], agency_id: int | None = None,
                  hidden: Collection[int] = ()) -> tuple[int, int]:
    """How many came in and how many were finished inside `window` (an agency's dispositions less those `hidden`
    from the reader, or the region's complaints): the two figures a summary of those days adds to today's."""
    built = _BUILT[agency_id is not None]
    values = {"since": window[0], "until": window[1], "start": window[0], "end": window[1], "agency_id": agency_id,
              "hidden": list(hidden)}
    return _count(session, built.new_since, values), _count(session, built.finished, values)


def first_response_in(session: Session, window: tuple[datetime, datetime], agency_id: int | None = None,
                      hidden: Collection[int] = ()) -> float | None:
    """The average working days to the first follow-ups given inside `window` (an agency's, less those `hidden`
    from the reader, or the region's)."""
    return _average(session, _BUILT[agency_id is not None].first_response_in,
                    {"start": window[0], "end": window[1], "agency_id": agency_id, "hidden": list(hidden)})


def _count(session: Session, query, values: dict) -> int:
    return session.scalar(query, values) or 0


def waiting_verification(session: Session) -> int:
    """How many complaints wait for a verifier."""
    return _count(session, _WAITING_VERIFICATION, {})


def _average(session: Session, query, values: dict) -> float | None:
    value = session.scalar(query, values)
    return float(value) if value is not None else None


def _ranking(session: Session, values: dict) -> list[AgencyRank]:
    """Every active internal agency (and any other with dispositions this year, or carried into it): completion as
    its head's digest counts it, what it has overdue now (the region's «Terlambat», split), speed of first answer;
    those with nothing this year last, by code (/kinerja lists them too: an idle agency is not left out)."""
    year = {agency_id: (total, int(done or 0)) for agency_id, total, done, _ in session.execute(_RANKED_YEAR, values)}
    overdue = dict(session.execute(_RANKED_OVERDUE, values).all())
    speed = dict(session.execute(_RANKED_SPEED, values).all())
    codes = dict(session.execute(_CODES, {"ids": list(set(year) | set(overdue))}).all())
    codes.update(session.execute(_ACTIVE_CODES).all())
    ranks = [AgencyRank(code, *year.get(agency_id, (0, 0)), overdue.get(agency_id, 0),
                        float(speed[agency_id]) if speed.get(agency_id) is not None else None)
             for agency_id, code in codes.items()]
    return sorted(ranks, key=lambda r: (not (r.total or r.overdue), -r.completion, r.overdue,
                                        r.avg_first_response or 0, r.code))


# The statements, built once (every digest and REKAP built each anew, twice for a head's): the moments, the agency,
# the rung and the cutoff are bound parameters, one set of them for the region and one for an agency.
_NOW, _SINCE, _UNTIL, _START, _END, _YEAR_START, _CUTOFF = (
    bindparam(name, type_=UTCDateTime()) for name in ("now", "since", "until", "start", "end", "year_start", "cutoff"))
_AGENCY, _RUNG = bindparam("agency_id", type_=Integer()), bindparam("rung", type_=Integer())
# The complaints the reader may not see (an accused head's: lapor.access.named_ids), left out of an agency's counts
_HIDDEN = bindparam("hidden", expanding=True, type_=Integer())


def _carried_complaint(year_start):
    """A complaint filed before the year that was still open when it began (finished in it, or not yet)."""
    return and_(Complaint.created_at < year_start, or_(
        Complaint.status.in_(OPEN_STATUSES), and_(Complaint.status == DONE, Complaint.finished_at >= year_start)))


def _carried_disposition(year_start):
    """A disposition given before the year still unanswered when it began (answered in it, or not yet)."""
    return and_(Disposition.created_at < year_start, or_(
        Disposition.status == DispositionStatus.OPEN,
        and_(Disposition.status == DispositionStatus.FINAL, Disposition.closed_at >= year_start)))


def _year_dispositions(year_start, counted):
    """`counted` (a select of its first columns) with (finished, carried) over the year's dispositions: given in
    it, or carried into it; a merged duplicate's left out (its parent's count), and so is one withdrawn when its
    complaint was archived: an archive is the verifier's doing, not the agency's (/kinerja counts the same way,
    `lapor.performance`; the ranking counted them as never answered)."""
    carried = _carried_disposition(year_start)
    return (counted.add_columns(func.sum(case((Disposition.status == DispositionStatus.FINAL, 1), else_=0)),
                                func.sum(case((carried, 1), else_=0)))
            .select_from(Disposition).where(or_(Disposition.created_at >= year_start, carried), _not_merged(),
                                            Disposition.status != DispositionStatus.WITHDRAWN))


def _not_merged():
    """A disposition whose complaint was not merged into another (the parent's dispositions count instead)."""
    merged = select(Complaint.id).where(Complaint.parent_id.is_not(None))
    return Disposition.complaint_id.not_in(merged)


def _first_answered_in(year_start):
    """A disposition given in the year, or given before it and first answered in it."""
    return and_(Disposition.first_response_days.is_not(None),
                or_(Disposition.created_at >= year_start, Disposition.first_response_at >= year_start))


def _scoped(query, scope):
    return query.where(scope) if scope is not None else query


@dataclass(frozen=True)
class _Statements:
    """A digest's statements for the region (`scope` None) or for one agency (`scope`: its dispositions)."""

    new_since: object
    open: object
    overdue: object
    overdue_oldest: object
    finished: object
    first_response: object
    first_response_in: object
    year: object
    ratings: object
    reopenings: object
    unanswered: object
    unanswered_oldest: object

    @classmethod
    def build(cls, scope) -> _Statements:
        """Build the statements once for `scope`."""
        handled = None if scope is None else and_(Complaint.id.in_(  # complaints the agency had a disposition on
            select(Disposition.complaint_id).where(Disposition.agency_id == _AGENCY)), Complaint.id.not_in(_HIDDEN))
        open_ = _scoped(select(func.count()).select_from(Disposition)
                        .where(Disposition.status == DispositionStatus.OPEN), scope)
        unanswered = [Disposition.status == DispositionStatus.OPEN, Disposition.first_response_at.is_(None),
                      Disposition.response_rung >= _RUNG, ~paused_by_question(),
                      or_(Disposition.due_at.is_(None), ~past_deadline(_NOW)), *([scope] if scope is not None else [])]
        first_in_window = and_(Disposition.first_response_days.is_not(None), Disposition.first_response_at >= _START,
                               Disposition.first_response_at < _END)
        carried = _carried_complaint(_YEAR_START)
        return cls(
            new_since=(select(func.count()).select_from(Complaint)
                       .where(Complaint.created_at >= _SINCE, Complaint.created_at < _UNTIL) if scope is None else
                       select(func.count()).select_from(Disposition)
                       .where(scope, Disposition.created_at >= _SINCE, Disposition.created_at < _UNTIL)),
            open=open_,
            overdue=open_.where(past_deadline(_NOW)),
            overdue_oldest=_scoped(select(Complaint.number, Agency.code, Disposition.due_at)
                                   .join(Disposition.complaint).join(Disposition.agency)
                                   .where(Disposition.status == DispositionStatus.OPEN, past_deadline(_NOW))
                                   .order_by(Disposition.due_at).limit(OVERDUE_LISTED), scope),
            finished=(select(func.count()).select_from(Complaint).where(
                Complaint.status == DONE, Complaint.finished_at >= _START, Complaint.finished_at < _END)
                if scope is None else select(func.count()).select_from(Disposition).where(
                scope, Disposition.status == DispositionStatus.FINAL, Disposition.closed_at >= _START,
                Disposition.closed_at < _END)),
            first_response=_scoped(select(func.avg(Disposition.first_response_days))
                                   .where(_first_answered_in(_YEAR_START)), scope),
            first_response_in=_scoped(select(func.avg(Disposition.first_response_days)).where(first_in_window),
                                      scope),
            year=(select(func.count(), func.sum(case((Complaint.status == DONE, 1), else_=0)),
                         func.sum(case((carried, 1), else_=0)))
                  .where(or_(Complaint.created_at >= _YEAR_START, carried), Complaint.parent_id.is_(None))
                  if scope is None else _year_dispositions(_YEAR_START, select(func.count())).where(scope)),
            ratings=_scoped(select(func.avg(Complaint.rating), func.count(Complaint.rating))
                            .where(or_(Complaint.created_at >= _YEAR_START, carried), Complaint.rating.is_not(None)),
                            handled),
            reopenings=_scoped(select(func.count()).select_from(TimelineEntry).join(Complaint)
                               .where(TimelineEntry.event == Event.REOPENED, TimelineEntry.at >= _YEAR_START),
                               handled),
            unanswered=select(func.count()).select_from(Disposition).where(*unanswered),
            unanswered_oldest=(select(Complaint.number, Agency.code).join(Disposition.complaint)
                               .join(Disposition.agency).where(*unanswered)
                               .order_by(Disposition.created_at, Disposition.id).limit(OVERDUE_LISTED)),
        )


_BUILT = {False: _Statements.build(None),  # by agency: less what the reader may not see
          True: _Statements.build(and_(Disposition.agency_id == _AGENCY, Disposition.complaint_id.not_in(_HIDDEN)))}
_WAITING_VERIFICATION = select(func.count()).select_from(Complaint).where(Complaint.status == NEW)
_VERIFICATION_LATE = select(func.count()).select_from(Complaint).where(Complaint.status == NEW,
                                                                      verification_since() < _CUTOFF)
_INTERNAL = select(Agency.id).where(Agency.external.is_(False))
_RANKED_YEAR = (_year_dispositions(_YEAR_START, select(Disposition.agency_id, func.count()))
                .where(Disposition.agency_id.in_(_INTERNAL)).group_by(Disposition.agency_id))
_RANKED_OVERDUE = (select(Disposition.agency_id, func.count())
                   .where(Disposition.status == DispositionStatus.OPEN, past_deadline(_NOW),
                          Disposition.agency_id.in_(_INTERNAL)).group_by(Disposition.agency_id))
_RANKED_SPEED = (select(Disposition.agency_id, func.avg(Disposition.first_response_days))
                 .where(_first_answered_in(_YEAR_START)).group_by(Disposition.agency_id))
_CODES = select(Agency.id, Agency.code).where(Agency.id.in_(bindparam("ids", expanding=True)))
_ACTIVE_CODES = select(Agency.id, Agency.code).where(Agency.active.is_(True), Agency.external.is_(False))
