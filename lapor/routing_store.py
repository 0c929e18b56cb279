"""The router's learning store: every agency decision staff make on a complaint, and the router built from it.

A disposition (TERUSKAN, a re-disposition, an SP4N-LAPOR! import with its agencies) says "this agency";
a KEMBALIKAN says "not this agency". ``record`` keeps the latest verdict per (complaint, agency), called
from the domain functions in ``lapor.dispositions`` and the bridge; ``learn_from_history`` rebuilds the
store from the dispositions on record, idempotently. ``router_for`` returns the learned router for the
directory and the decisions, cached per process and rebuilt only when either changed (two scheduler
processes each build their own from the same rows). scikit-learn is imported only there, never by the
web workers' import of this module.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from lapor.references import format_reference
from lapor.routing import Example, complaint_text
from models import Agency, Complaint, Disposition, DispositionStatus, RoutingDecision

ASSIGNED, RETURNED, LAPOR, HISTORY = "disposisi", "kembalikan", "lapor", "riwayat"


RETURNED_NOTE = "dikembalikan instansi ini"


def shown_suggestions(complaint: Complaint) -> list[dict]:
    """The routing suggestions kept on the complaint as staff should see them now: an agency that returned the
    complaint (KEMBALIKAN) comes last, marked `returned` with a note, however high it scored. The stored list keeps
    its order: `TERUSKAN LPR-12 1` still means what the verifiers' notice listed first."""
    returned = {d.agency.code for d in complaint.dispositions if d.status == DispositionStatus.RETURNED}
    shown = []
    for suggestion in complaint.routing_suggestions or []:
        if suggestion.get("code") in returned:
            reason = "; ".join(filter(None, [RETURNED_NOTE, suggestion.get("reason")]))
            suggestion = {**suggestion, "returned": True, "reason": reason}
        shown.append(suggestion)
    return sorted(shown, key=lambda s: bool(s.get("returned")))


def record(session: Session, complaint: Complaint, agency: Agency, positive: bool, source: str,
           now: datetime) -> None:
    """Keep the region's latest verdict on this complaint and agency (a changed verdict gets a new row)."""
    current = session.scalars(select(RoutingDecision).where(
        RoutingDecision.complaint_id == complaint.id, RoutingDecision.agency_id == agency.id)).one_or_none()
    if current is not None and current.positive == positive:
        return
    if current is not None:
        session.delete(current)
        session.flush()
    session.add(RoutingDecision(complaint_id=complaint.id, agency_id=agency.id, positive=positive,
                                source=source, decided_at=now))
    session.flush()


def _history_verdicts(session: Session) -> dict[tuple[int, int], bool]:
    """What the dispositions on record say per (complaint, agency): the latest disposition's verdict."""
    verdicts: dict[tuple[int, int], bool] = {}
    query = (select(Disposition.complaint_id, Disposition.agency_id, Disposition.status)
             .where(Disposition.status != DispositionStatus.WITHDRAWN).order_by(Disposition.id))
    for complaint_id, agency_id, status in session.execute(query):
        verdicts[(complaint_id, agency_id)] = status != DispositionStatus.RETURNED
    return verdicts


def learn_from_history(session: Session, now: datetime) -> tuple[int, int]:
    """Make the store say what the dispositions on record say; returns (rows added, rows removed).

    Running it twice changes nothing the second time. Decisions with no disposition behind them stay."""
    wanted = _history_verdicts(session)
    stored = {(d.complaint_id, d.agency_id): d for d in session.scalars(select(RoutingDecision))}
    added = removed = 0
    for pair, positive in wanted.items():
        current = stored.get(pair)
        if current is not None and current.positive == positive:
            continue
        if current is not None:
            session.delete(current)
            removed += 1
            session.flush()
        session.add(RoutingDecision(complaint_id=pair[0], agency_id=pair[1], positive=positive, source=HISTORY,
                                    decided_at=now))
        added += 1
    session.flush()
    return added, removed


def version(session: Session) -> tuple:
    """A cheap fingerprint of the store: rows, highest id, positive verdicts, the latest decision time, and sums of
    the complaints and agencies decided on.

    (SQLite may give a replaced row the id it had, so the id alone does not show a changed verdict; and two stores
    decided at the same moment with as many rows, such as two tests' databases in one process, differ only in
    which complaint went to which agency.)"""
    positives = func.sum(case((RoutingDecision.positive.is_(True), 1), else_=0))
    count, top, positive, latest, complaints, agencies = session.execute(select(
        func.count(RoutingDecision.id), func.max(RoutingDecision.id), positives,
        func.max(RoutingDecision.decided_at), func.sum(RoutingDecision.complaint_id),
        func.sum(RoutingDecision.agency_id))).one()
    return int(count), int(top or 0), int(positive or 0), str(latest or ""), int(complaints or 0), int(agencies or 0)


def decisions(session: Session) -> list[Example]:
    """The region's decisions as examples: the complaint's text, the agency and the verdict (oldest first)."""
    query = (select(Complaint.description, Complaint.location_text, Complaint.number, Agency.code,
                    RoutingDecision.positive)
             .join(Complaint, Complaint.id == RoutingDecision.complaint_id)
             .join(Agency, Agency.id == RoutingDecision.agency_id).order_by(RoutingDecision.id))
    return [Example(complaint_text(description, place), code, positive=positive,
                    reference=format_reference(number), region=True)
            for description, place, number, code, positive in session.execute(query)]

