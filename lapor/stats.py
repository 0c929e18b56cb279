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

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from lapor.complaints import DONE, NEW, OPEN_STATUSES
from lapor.ladders import past_deadline, paused_by_question, verification_since
from models import Agency, Complaint, Disposition, DispositionStatus, TimelineEntry
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
            verification_cutoff: datetime | None = None, period_first_responses: bool = False) -> Figures:
    """Compute a digest's figures: new since `since` (and before `until`: the digest's own time, so a digest sent
    late counts nothing twice), finished inside `window`, this year from `year_start`; with `escalated_rung`, the
    dispositions whose first-response ladder reached it (escalated, still unanswered); with `verification_cutoff`,
    the complaints waiting for a verifier since before it. The average first follow-up is the year's, or with
    `period_first_responses` that of the first follow-ups given inside `window` (a REKAP of a period)."""
    scope = (Disposition.agency_id == agency_id) if agency_id is not None else None
    result = Figures(
        new_since=_new_since(session, since, until or now, scope),
        waiting_verification=_count(session, select(func.count()).select_from(Complaint)
                                    .where(Complaint.status == NEW)) if agency_id is None else 0,
        open_dispositions=_count(session, _open(scope)),
        overdue=_count(session, _open(scope).where(past_deadline(now))),
        overdue_oldest=_overdue_oldest(session, now, scope),
        finished_in_window=_finished(session, window, scope),
        done_this_year=0, total_this_year=0,
        avg_first_response=(_avg_first_response_in(session, window, scope) if period_first_responses
                            else _avg_first_response(session, year_start, scope)),
    )
    result.done_this_year, result.total_this_year, result.carried_this_year = _year(session, year_start, scope)
    result.avg_rating, result.ratings = _ratings(session, year_start, agency_id)
    result.reopenings = _reopenings(session, year_start, agency_id)
    if ranking:
        result.ranking = _ranking(session, now, year_start)
    if escalated_rung:
        result.unanswered, result.unanswered_oldest = _unanswered(session, now, escalated_rung, scope)
    if verification_cutoff is not None and agency_id is None:
        result.verification_late = _count(session, select(func.count()).select_from(Complaint).where(
            Complaint.status == NEW, verification_since() < verification_cutoff))
    return result


def _unanswered(session: Session, now: datetime, rung: int, scope) -> tuple[int, list[tuple[str, str]]]:
    """Open dispositions past the first-response escalation (`rung`, in this round of their ladder: a wait for the
    citizen's answer or a reopening starts a new one) with no answer, and not already counted as overdue."""
    conditions = [Disposition.status == DispositionStatus.OPEN, Disposition.first_response_at.is_(None),
                  Disposition.response_rung >= rung, ~paused_by_question(),
                  or_(Disposition.due_at.is_(None), ~past_deadline(now))]
    if scope is not None:
        conditions.append(scope)
    count = _count(session, select(func.count()).select_from(Disposition).where(*conditions))
    oldest = session.execute(select(Complaint.number, Agency.code).join(Disposition.complaint)
                             .join(Disposition.agency).where(*conditions)
                             .order_by(Disposition.created_at, Disposition.id).limit(OVERDUE_LISTED))
    return count, [(f"LPR-{number}", code) for number, code in oldest]


def _count(session: Session, query) -> int:
    return session.scalar(query) or 0


def _open(scope):
    query = select(func.count()).select_from(Disposition).where(Disposition.status == DispositionStatus.OPEN)
    return query.where(scope) if scope is not None else query


def _new_since(session: Session, since: datetime, until: datetime, scope) -> int:
    if scope is None:
        return _count(session, select(func.count()).select_from(Complaint)
                      .where(Complaint.created_at >= since, Complaint.created_at < until))
    return _count(session, select(func.count()).select_from(Disposition)
                  .where(scope, Disposition.created_at >= since, Disposition.created_at < until))


def _overdue_oldest(session: Session, now: datetime, scope) -> list[tuple[str, str, datetime]]:
    query = (select(Complaint.number, Agency.code, Disposition.due_at).join(Disposition.complaint)
             .join(Disposition.agency).where(Disposition.status == DispositionStatus.OPEN, past_deadline(now))
             .order_by(Disposition.due_at).limit(OVERDUE_LISTED))
    if scope is not None:
        query = query.where(scope)
    return [(f"LPR-{number}", code, due) for number, code, due in session.execute(query)]


def window_counts(session: Session, window: tuple[datetime, datetime], agency_id: int | None = None
                  ) -> tuple[int, int]:
    """How many came in and how many were finished inside `window` (an agency's dispositions, or the region's
    complaints): the two figures a summary of those days adds to the ones of today."""
    scope = (Disposition.agency_id == agency_id) if agency_id is not None else None
    return _new_since(session, window[0], window[1], scope), _finished(session, window, scope)


def first_response_in(session: Session, window: tuple[datetime, datetime], agency_id: int | None = None
                      ) -> float | None:
    """The average working days to the first follow-ups given inside `window` (an agency's, or the region's)."""
    return _avg_first_response_in(session, window, (Disposition.agency_id == agency_id) if agency_id is not None
                                  else None)


def _finished(session: Session, window: tuple[datetime, datetime], scope) -> int:
    start, end = window
    if scope is None:
        return _count(session, select(func.count()).select_from(Complaint).where(
            Complaint.status == DONE, Complaint.finished_at >= start, Complaint.finished_at < end))
    return _count(session, select(func.count()).select_from(Disposition).where(
        scope, Disposition.status == DispositionStatus.FINAL, Disposition.closed_at >= start,
        Disposition.closed_at < end))


def _year(session: Session, year_start: datetime, scope) -> tuple[int, int, int]:
    """(finished, counted, carried over) of the year: filed in it, or filed before and still open when it began."""
    if scope is None:
        carried = _carried_complaint(year_start)
        row = session.execute(select(func.count(), func.sum(case((Complaint.status == DONE, 1), else_=0)),
                                     func.sum(case((carried, 1), else_=0)))
                              .where(or_(Complaint.created_at >= year_start, carried),
                                     Complaint.parent_id.is_(None))).one()
    else:
        row = session.execute(_year_dispositions(year_start, select(func.count())).where(scope)).one()
    return int(row[1] or 0), int(row[0] or 0), int(row[2] or 0)


def _carried_complaint(year_start: datetime):
    """A complaint filed before the year that was still open when it began (finished in it, or not yet)."""
    return and_(Complaint.created_at < year_start, or_(
        Complaint.status.in_(OPEN_STATUSES), and_(Complaint.status == DONE, Complaint.finished_at >= year_start)))


def _carried_disposition(year_start: datetime):
    """A disposition given before the year still unanswered when it began (answered in it, or not yet)."""
    return and_(Disposition.created_at < year_start, or_(
        Disposition.status == DispositionStatus.OPEN,
        and_(Disposition.status == DispositionStatus.FINAL, Disposition.closed_at >= year_start)))


def _year_dispositions(year_start: datetime, counted):
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


def _handled_by(agency_id: int | None):
    """Complaints the agency had a disposition on (every complaint for the region)."""
    if agency_id is None:
        return None
    return Complaint.id.in_(select(Disposition.complaint_id).where(Disposition.agency_id == agency_id))


def _ratings(session: Session, year_start: datetime, agency_id: int | None) -> tuple[float | None, int]:
    query = select(func.avg(Complaint.rating), func.count(Complaint.rating)).where(
        or_(Complaint.created_at >= year_start, _carried_complaint(year_start)), Complaint.rating.is_not(None))
    handled = _handled_by(agency_id)
    average, count = session.execute(query.where(handled) if handled is not None else query).one()
    return (float(average) if average is not None else None), int(count or 0)


def _reopenings(session: Session, year_start: datetime, agency_id: int | None) -> int:
    query = select(func.count()).select_from(TimelineEntry).join(Complaint).where(
        TimelineEntry.event == Event.REOPENED, TimelineEntry.at >= year_start)
    handled = _handled_by(agency_id)
    return _count(session, query.where(handled) if handled is not None else query)


def _first_answered_in(year_start: datetime):
    """A disposition given in the year, or given before it and first answered in it."""
    return and_(Disposition.first_response_days.is_not(None),
                or_(Disposition.created_at >= year_start, Disposition.first_response_at >= year_start))


def _avg_first_response(session: Session, year_start: datetime, scope) -> float | None:
    return _average_first_response(session, _first_answered_in(year_start), scope)


def _avg_first_response_in(session: Session, window: tuple[datetime, datetime], scope) -> float | None:
    """The average working days to the first follow-ups given inside `window`."""
    return _average_first_response(session, and_(
        Disposition.first_response_days.is_not(None), Disposition.first_response_at >= window[0],
        Disposition.first_response_at < window[1]), scope)


def _average_first_response(session: Session, answered, scope) -> float | None:
    """The average working days to the first follow-up of the dispositions `answered` selects (within `scope`)."""
    query = select(func.avg(Disposition.first_response_days)).where(answered)
    value = session.scalar(query.where(scope) if scope is not None else query)
    return float(value) if value is not None else None


def _ranking(session: Session, now: datetime, year_start: datetime) -> list[AgencyRank]:
    """Every internal agency with dispositions this year (or carried into it): completion as its head's digest
    counts it, what it has overdue now (the region's «Terlambat», split), speed of first answer."""
    internal = select(Agency.id).where(Agency.external.is_(False))
    year = {agency_id: (total, int(done or 0)) for agency_id, total, done, _ in session.execute(
        _year_dispositions(year_start, select(Disposition.agency_id, func.count()))
        .where(Disposition.agency_id.in_(internal)).group_by(Disposition.agency_id))}
    overdue = dict(session.execute(
        select(Disposition.agency_id, func.count()).where(Disposition.status == DispositionStatus.OPEN,
                                                          past_deadline(now), Disposition.agency_id.in_(internal))
        .group_by(Disposition.agency_id)).all())
    speed = dict(session.execute(select(Disposition.agency_id, func.avg(Disposition.first_response_days))
                                 .where(_first_answered_in(year_start)).group_by(Disposition.agency_id)).all())
    codes = dict(session.execute(select(Agency.id, Agency.code).where(Agency.id.in_(set(year) | set(overdue)))).all())
    ranks = [AgencyRank(code, *year.get(agency_id, (0, 0)), overdue.get(agency_id, 0),
                        float(speed[agency_id]) if speed.get(agency_id) is not None else None)
             for agency_id, code in codes.items()]
    return sorted(ranks, key=lambda r: (-r.completion, r.overdue, r.avg_first_response or 0, r.code))
