"""Keeping `performance_facts` and the complaints' kecamatan current, in the transaction that changes them.

A session made by the service's factory watches its own flushes (`keep_current`): a complaint whose place, pin,
kind, source, filing time, merge or rating changed, a disposition whose status, deadline, answer or agency
changed, an agency's question asked, answered or lifted (it stops the deadline's clock), and a new TIDAK PUAS
reopening rewrite that complaint's facts from `performance.pair_figures` (the one
definition of every figure). A changed place or pin is placed in its kecamatan first (`districts.district_of`,
the region's list from the session's info). A new districts CSV needs `place_all` (`flask --app app performance
place-districts`); rows written outside the ORM (set-based seeding, a restore) need `rebuild` (`… rebuild-facts`).
"""

from __future__ import annotations

import logging
from functools import lru_cache

from sqlalchemy import and_, bindparam, case, delete, event, func, insert, inspect, literal, select, text, update
from sqlalchemy.orm import Session

from lapor import performance
from lapor.complaints import DONE
from lapor.districts import District, district_of
from models import Complaint, Disposition, DispositionStatus, PerformanceFact, Question, TimelineEntry
from models.vocab import Event

logger = logging.getLogger(__name__)

# Raised by a release that changes what a stored figure counts: the first scheduler to start after it rewrites every
# complaint's facts once (scheduler.runner; the ledger's key `facts-rules:<n>` keeps the others out).
RULES = 3  # 2: a complaint on time or late only once finished, late when any agency answered late (session 16)
# 3: an external agency's forwarded complaint counts as its finished once the complaint is (SP4N-LAPOR! finished it)

PLACE = ("location_text", "latitude", "longitude")
COMPLAINT_FIGURES = (*PLACE, "created_at", "kind", "source", "parent_id", "parent", "rating")
DISPOSITION_FIGURES = ("complaint_id", "complaint", "agency_id", "agency", "status", "created_at", "due_at",
                       "closed_at", "first_response_days", "completion_days")
QUESTION_FIGURES = ("disposition_id", "asked_at", "answered_at", "lifted_at")
BATCH = 500  # complaint ids per statement (SQLite's bound-parameter limit is far above)
PENDING = "performance_facts_pending"


def keep_current(factory) -> None:
    """Make every session of `factory` keep the facts and districts of what it flushes current."""
    event.listen(factory, "after_flush", _collect)
    event.listen(factory, "after_flush_postexec", _apply)


def _changed(obj, names: tuple[str, ...]) -> bool:
    state = inspect(obj)
    return any(name in state.attrs and state.attrs[name].history.has_changes() for name in names)


def _finish_changed(complaint: Complaint) -> bool:
    """Whether the complaint became finished or stopped being so (the region's row counts finished complaints)."""
    history = inspect(complaint).attrs.status.history
    return DONE in (*history.added, *history.deleted)


def _collect(session: Session, _context) -> None:
    """Note the complaints whose facts (and places) this flush changed; the SQL runs once it is complete."""
    touched, placed = session.info.setdefault(PENDING, (set(), set()))
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Complaint) and obj in session.new:
            placed.add(obj)  # no facts before its first disposition (that flush rewrites them)
        elif isinstance(obj, Complaint) and (obj in session.deleted or _changed(obj, COMPLAINT_FIGURES)
                                             or _finish_changed(obj)):
            touched.add(obj.id)
            if _changed(obj, PLACE):
                placed.add(obj)
        elif isinstance(obj, Disposition) and (obj in session.new or obj in session.deleted
                                               or _changed(obj, DISPOSITION_FIGURES)):
            touched.add(obj.complaint_id)
            history = inspect(obj).attrs.complaint_id.history  # moved to another complaint: both change
            touched.update(value for value in history.deleted if value is not None)
        elif isinstance(obj, TimelineEntry) and obj in session.new and obj.event == Event.REOPENED:
            touched.add(obj.complaint_id)
        elif isinstance(obj, Question) and obj.disposition_id is not None and (
                obj in session.new or obj in session.deleted or _changed(obj, QUESTION_FIGURES)):
            touched.add(obj.complaint_id)  # an agency's question stops its deadline's clock while it waits


def _apply(session: Session, _context) -> None:
    """Place the complaints whose place changed, then rewrite the facts of every complaint the flush touched."""
    touched, placed = session.info.pop(PENDING, (set(), set()))
    touched.discard(None)
    if not touched and not placed:
        return
    districts = session.info.get("districts", ())
    place_ids = [obj.id for obj in placed if obj.id is not None and obj not in session.deleted]
    for ids in _batches(place_ids):
        session.connection().execute(_place(districts), {"ids": ids})
    for obj in placed:
        if obj.id is not None and inspect(obj).persistent:
            session.expire(obj, ["district"])
    if touched:
        refresh(session, touched)


@lru_cache(maxsize=4)  # built once per region's districts: the CASE has a branch per district name and alias
def _place(districts: tuple[District, ...]):
    """UPDATE placing the complaints `ids` (a parameter) in their district."""
    return (update(Complaint).where(Complaint.id.in_(bindparam("ids", expanding=True)))
            .values(district=district_of(districts)))


def _batches(ids) -> list[list[int]]:
    ordered = sorted(ids)
    return [ordered[i:i + BATCH] for i in range(0, len(ordered), BATCH)]


def refresh(session: Session, complaint_ids) -> None:
    """Rewrite the facts of these complaints (a merged or deleted one keeps none).

    The complaints' rows are locked first (PostgreSQL; SQLite writers are serialised already): two transactions
    rewriting one complaint's facts would otherwise each delete the rows they saw and insert their own, twice.
    """
    connection = session.connection()
    for ids in _batches(complaint_ids):
        for statement in (_LOCKED, *_REWRITE):
            connection.execute(statement, {"ids": ids})


def rebuild(session: Session) -> int:
    """Rewrite every complaint's facts (after set-based seeding or a restore); returns the rows written."""
    if session.get_bind().dialect.name == "postgresql":  # a whole table: no dead copy of it left to vacuum
        session.execute(text("TRUNCATE performance_facts"))
    connection = session.connection()
    for statement in _rewrite(literal(True), literal(True)):
        connection.execute(statement)
    return session.scalar(select(func.count()).select_from(PerformanceFact)) or 0


def place_all(session: Session, districts: tuple[District, ...]) -> int:
    """Place every complaint in the region's (new) districts and their facts with them; returns how many moved."""
    place = district_of(districts)
    moved = session.execute(update(Complaint).where(Complaint.district != place).values(district=place)).rowcount
    counted = select(Complaint.district).where(Complaint.id == PerformanceFact.complaint_id).scalar_subquery()
    session.execute(update(PerformanceFact).values(district=counted))
    logger.info("districts placed: %d complaints moved", moved)
    return moved


def _rewrite(complaints, facts) -> tuple:
    """The statements that rewrite the facts of the complaints `complaints` selects (`facts`: their rows), in order:
    delete them, insert each agency's rows, then the region's rows made from those."""
    pairs = performance.pair_figures([complaints, Complaint.parent_id.is_(None),
                                      Disposition.status != DispositionStatus.WITHDRAWN])
    region = _region_rows(and_(facts, PerformanceFact.agency_id.is_not(None)))
    return (delete(PerformanceFact).where(facts),
            insert(PerformanceFact).from_select(list(pairs.selected_columns.keys()), pairs),
            insert(PerformanceFact).from_select(list(region.selected_columns.keys()), region))


def _region_rows(condition):
    """Each complaint across its agencies, as a citizen sees it: finished when the complaint is (every agency
    answered), then late if any agency's final answer was, else on time; overdue while any open disposition is past
    its deadline; every reopening once. (An agency's on-time answer beside another's open disposition made the
    region count a complaint on time that was not finished.)"""
    f = PerformanceFact
    reopens = (select(TimelineEntry.complaint_id, func.count().label("events"))
               .where(TimelineEntry.event == Event.REOPENED,
                      TimelineEntry.complaint_id.in_(select(f.complaint_id).where(condition)))
               .group_by(TimelineEntry.complaint_id).subquery("reopens"))
    done = func.max(case((Complaint.status == DONE, 1), else_=0)) == 1
    late = func.max(f.late) == 1
    return (select(f.complaint_id, literal(None).label("agency_id"), f.created_at, f.kind, f.source, f.district,
                   _flag(done).label("finished"), _flag(and_(done, func.max(f.on_time) == 1, ~late)).label("on_time"),
                   _flag(and_(done, late)).label("late"), func.max(f.returned).label("returned"),
                   func.min(f.open_due_at).label("open_due_at"), func.max(f.rating).label("rating"),
                   func.max(f.first_response).label("first_response"),
                   case((done, func.max(f.completion))).label("completion"),
                   func.coalesce(func.max(reopens.c.events), 0).label("reopened"))
            .join(Complaint, Complaint.id == f.complaint_id)
            .outerjoin(reopens, reopens.c.complaint_id == f.complaint_id).where(condition)
            .group_by(f.complaint_id, f.created_at, f.kind, f.source, f.district))


def _flag(condition):
    return case((condition, 1), else_=0)


# `refresh`'s statements, built once (they were built anew at every flush that touched a complaint's facts): the
# complaints `ids` (an expanding parameter) locked, then their facts rewritten.
_IDS = bindparam("ids", expanding=True)
_LOCKED = select(Complaint.id).where(Complaint.id.in_(_IDS)).order_by(Complaint.id).with_for_update()
_REWRITE = _rewrite(Complaint.id.in_(_IDS), PerformanceFact.complaint_id.in_(_IDS))
