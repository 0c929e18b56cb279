"""HTTP mode's sync queue: dispositioned complaints are submitted, later dispositions, their withdrawals,
follow-ups, archives and merges pushed, statuses pulled.

The queue has the outbox's guarantees. Items are queued in the transaction of the change they announce
(domain events), once per key; a sender claims due items with `FOR UPDATE SKIP LOCKED` (PostgreSQL;
SQLite serialises writers) and a lease, calls SP4N-LAPOR! with no transaction open, retries with
exponential backoff and gives up loudly after LAPOR_SYNC_MAX_ATTEMPTS. Each item carries its own
Idempotency-Key on every attempt, so a submit whose answer was lost (timeout) is recognised by the server
when retried and the report exists once.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import case, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from lapor.audit import SystemAction, record_system
from lapor.bridge.gateway import Gateway, GatewayError
from lapor.bridge.privacy import reporter_identity, safe_title, strip_nik
from lapor.bridge.reports import ApplyResult, apply_report
from lapor.complaints import OPEN_STATUSES, LifecycleError, as_verifier_wrote, for_change
from lapor.dispositions import GONE
from lapor.events import (
    ComplaintArchived,
    ComplaintMerged,
    Dispositioned,
    DispositionReturned,
    DispositionWithdrawn,
    EventBus,
    FollowUpGiven,
)
from lapor.region import Region
from lapor.retry import CREDENTIALS_WAIT, Holder, Queue, backoff, claim, never, release, work_through
from lapor.textnorm import normalize
from lapor.wording import note
from media.links import outside_links
from models import Complaint, Disposition, DispositionStatus, LaporSyncItem, SyncStatus, TimelineEntry
from models.vocab import Event

MEDIA_WAIT = timedelta(seconds=30)  # a report whose photo is still being fetched is looked at again after this
# A merge into a complaint LAPOR never had waits for that one's own submit, at its first disposition (which wakes the
# merge up); meanwhile it is looked at every PARENT_LOOK and given up, loudly, after PARENT_WAIT.
PARENT_LOOK = timedelta(hours=1)
PARENT_WAIT = timedelta(days=14)

logger = logging.getLogger(__name__)

SUBMIT, DISPOSITION, FOLLOW_UP, WITHDRAWAL = "submit", "disposition", "follow_up", "withdrawal"
ARCHIVE, MERGE = "archive", "merge"
AGENCY_CHANGES = (DISPOSITION, WITHDRAWAL)  # a report's agencies change in the order they changed here
REPORT_CLOSINGS = (ARCHIVE, MERGE)  # a report closed here is closed there after everything queued before it
BATCH = 50


def subscribe(events: EventBus, mode: str) -> None:
    """Queue sync items on dispositions, their withdrawals, follow-ups, archives and merges when the app runs in
    HTTP mode (`LAPOR_MODE`)."""
    if mode == "http":
        events.subscribe(Dispositioned, on_dispositioned)
        events.subscribe(FollowUpGiven, on_follow_up)
        events.subscribe(DispositionWithdrawn, on_withdrawn)
        events.subscribe(DispositionReturned, on_withdrawn)
        events.subscribe(ComplaintArchived, on_archived_here)
        events.subscribe(ComplaintMerged, on_merged_here)


def on_dispositioned(session: Session, event: Dispositioned) -> None:
    """A verified complaint goes to SP4N-LAPOR! at its first disposition (unless it came from there); an agency
    added here afterwards is pushed to the report. Dispositions that came from SP4N-LAPOR! are not sent back."""
    disposition = session.get(Disposition, event.disposition_id)
    complaint = disposition.complaint
    submit = session.scalars(select(LaporSyncItem).where(LaporSyncItem.key == f"submit:{complaint.id}")).first()
    if complaint.lapor_tracking_id is None and submit is None:
        queue(session, SUBMIT, complaint, f"submit:{complaint.id}", event.at)
        _wake_merges_into(session, complaint, event.at)
    elif disposition.created_by_id is None:
        return  # pulled or imported from SP4N-LAPOR!: it is there already
    elif submit is not None and submit.attempts == 0:
        return  # the submit has not been sent yet: its payload, built when it goes, carries this agency
    else:
        queue(session, DISPOSITION, complaint, f"disposition:{disposition.id}", event.at,
              disposition_id=disposition.id)


def on_follow_up(session: Session, event: FollowUpGiven) -> None:
    """Every follow-up an agency gives on WhatsApp is pushed to SP4N-LAPOR!."""
    entry = session.get(TimelineEntry, event.entry_id)
    complaint = session.get(Complaint, entry.complaint_id)
    queue(session, FOLLOW_UP, complaint, f"follow_up:{entry.id}", event.at, entry_id=entry.id)


def on_withdrawn(session: Session, event: DispositionWithdrawn | DispositionReturned) -> None:
    """A disposition SP4N-LAPOR! has (or will have: its submit or push already went) that a verifier took back
    (TARIK) or its agency returned (KEMBALIKAN) is withdrawn there too; one taken back before the submit first went
    is simply left out of it (`submit_payload`)."""
    disposition = session.get(Disposition, event.disposition_id)
    complaint = disposition.complaint
    if complaint.lapor_tracking_id is None:
        submit = session.scalars(select(LaporSyncItem).where(LaporSyncItem.key == f"submit:{complaint.id}")).first()
        if submit is None or submit.attempts == 0:
            return
    queue(session, WITHDRAWAL, complaint, f"withdrawal:{disposition.id}", event.at, disposition_id=disposition.id)


def on_archived_here(session: Session, event: ComplaintArchived) -> None:
    """A complaint SP4N-LAPOR! has (or will have: its submit is queued) that a verifier archived here (ARSIPKAN) is
    closed there with the archive's reason category; one LAPOR archived itself (a pull, an import) is not told back,
    and one LAPOR never had needs no call."""
    complaint = session.get(Complaint, event.complaint_id)
    if event.by_lapor or not _known_to_lapor(session, complaint):
        return
    queue(session, ARCHIVE, complaint, f"archive:{complaint.id}", event.at,
          entry_id=_entry_of(complaint, Event.ARCHIVED).id)


def on_merged_here(session: Session, event: ComplaintMerged) -> None:
    """A duplicate SP4N-LAPOR! has (or will have) that a verifier merged here (GABUNG) is told there as the duplicate
    of the other's report. When LAPOR never had the other (it still waits for its verification, say), the merge waits
    for that one's own submit at its first disposition: an unverified complaint is never sent early for a merge."""
    child = session.get(Complaint, event.child_id)
    if not _known_to_lapor(session, child):
        return
    queue(session, MERGE, child, f"merge:{child.id}", event.at, entry_id=_entry_of(child, Event.MERGED).id)


def _wake_merges_into(session: Session, parent: Complaint, now: datetime) -> None:
    """Merges waiting for this complaint's submit, just queued, are due again: they go right after it."""
    session.execute(update(LaporSyncItem).where(
        LaporSyncItem.kind == MERGE, LaporSyncItem.status == SyncStatus.PENDING,
        LaporSyncItem.complaint_id.in_(select(Complaint.id).where(Complaint.parent_id == parent.id)))
        .values(next_attempt_at=now).execution_options(synchronize_session=False))


def _known_to_lapor(session: Session, complaint: Complaint) -> bool:
    """Whether SP4N-LAPOR! has the complaint, or will: it has a tracking ID, or its submit is still to be sent (one
    given up will not bring it there)."""
    return complaint.lapor_tracking_id is not None or _submit_pending(session, complaint)


def _submit_pending(session: Session, complaint: Complaint) -> bool:
    return session.scalar(select(LaporSyncItem.id).where(
        LaporSyncItem.complaint_id == complaint.id, LaporSyncItem.kind == SUBMIT,
        LaporSyncItem.status.in_((SyncStatus.PENDING, SyncStatus.SENDING))).limit(1)) is not None


def _entry_of(complaint: Complaint, event: str) -> TimelineEntry:
    """The complaint's latest timeline entry of this kind (the archive or merge just written)."""
    Session.object_session(complaint).flush()
    return next(entry for entry in reversed(complaint.timeline) if entry.event == event)


def queue(session: Session, kind: str, complaint: Complaint, key: str, now: datetime,
          entry_id: int | None = None, disposition_id: int | None = None) -> LaporSyncItem:
    """Queue one call, once per key (a concurrent caller's row wins)."""
    existing = session.scalars(select(LaporSyncItem).where(LaporSyncItem.key == key)).one_or_none()
    if existing is not None:
        return existing
    item = LaporSyncItem(kind=kind, complaint_id=complaint.id, entry_id=entry_id, disposition_id=disposition_id,
                         key=key, idempotency_key=uuid.uuid4().hex, created_at=now, next_attempt_at=now)
    try:
        with session.begin_nested():
            session.add(item)
    except IntegrityError:
        return session.scalars(select(LaporSyncItem).where(LaporSyncItem.key == key)).one()
    return item



# Payloads (docs/lapor-contract.md) ----------------------------------------------------------------------

def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z") if moment else None


def submit_payload(complaint: Complaint) -> dict:
    """The report as submitted: no identity for anonim, no NIK anywhere, rahasia flagged."""
    name, phone = reporter_identity(complaint)
    agencies = [{"code": d.agency.code, "name": d.agency.name, "external": d.agency.external}
                for d in complaint.dispositions if d.status not in GONE]
    return {
        "reference": complaint.reference, "kind": complaint.kind, "title": safe_title(complaint),
        "content": strip_nik(complaint.description), "submitted_at": _iso(complaint.created_at),
        "channel": complaint.source,
        "location": {"text": strip_nik(complaint.location_text) or None, "latitude": complaint.latitude,
                     "longitude": complaint.longitude},
        "confidential": complaint.privacy == "rahasia", "anonymous": complaint.privacy == "anonim",
        "reporter": None if complaint.privacy == "anonim" else {"name": strip_nik(name) or None, "phone": phone},
        "agencies": agencies, "attachments": [m.url for m in complaint.media],
    }


def disposition_payload(complaint: Complaint, disposition: Disposition) -> dict:
    """An agency added to a report after its submit: which one, when, and its deadline."""
    agency = disposition.agency
    return {"reference": complaint.reference,
            "agency": {"code": agency.code, "name": agency.name, "external": agency.external},
            "dispositioned_at": _iso(disposition.created_at), "due_at": _iso(disposition.due_at),
            "field_inspection": disposition.field_inspection}


def withdrawal_payload(complaint: Complaint, disposition: Disposition) -> dict:
    """An agency taken off a report: which one, when, by whom (`verifier`: TARIK, sent by mistake; `agency`: its
    return) and why, without NIK or an anonymous reporter's identity."""
    agency = disposition.agency
    by = "agency" if disposition.status == DispositionStatus.RETURNED else "verifier"
    return {"reference": complaint.reference,
            "agency": {"code": agency.code, "name": agency.name, "external": agency.external},
            "withdrawn_at": _iso(disposition.closed_at), "by": by,
            "reason": strip_nik(as_verifier_wrote(complaint, disposition.return_reason or "")) or None}


# An archive's reason, as SP4N-LAPOR! counts it: the first category whose words the verifier's reason holds
# (normalised: "tdk jelas", "gk jelas" read "tidak jelas"), else `lainnya`.
ARCHIVE_CATEGORIES = (
    ("spam", re.compile(r"\b(?:spam|hoax|hoaks|iseng|prank|fiktif|bohong|iklan|promosi|promo|jualan|endorse"
                        r"|penawaran|pinjol)\b")),
    ("duplikat", re.compile(r"\b(?:duplikat|duplikasi|dobel|double|ganda|kembar|sama dengan (?:laporan|lpr|no))\b")),
    ("di_luar_kewenangan", re.compile(r"\b(?:di ?luar|bukan|tidak termasuk|tdk termasuk) (?:kewenangan|wewenang"
                                      r"|wilayah|tupoksi|ranah|urusan)|\bout of scope\b")),
    ("bukan_pengaduan", re.compile(r"\b(?:bukan|bkn|tidak termasuk) (?:pengaduan|aduan|laporan|keluhan|komplain)\b"
                                   r"|\bsalah (?:kirim|input|ketik)\b|\b(?:hanya|cuma|cm) (?:bertanya|tanya|nanya"
                                   r"|salam|menyapa|tes|test|coba)\b|\b(?:salam kenal|uji coba)\b"
                                   r"|\btidak ada hubungan(?:nya)? dengan pelayanan\b")),
    ("tidak_jelas", re.compile(r"\b(?:tidak|kurang|belum) (?:jelas|lengkap|spesifik)\b|\bterlalu umum\b")),
)


def archive_category(reason: str) -> str:
    """The category of an archive's reason (docs/lapor-contract.md): spam, duplikat, di_luar_kewenangan,
    bukan_pengaduan, tidak_jelas or lainnya."""
    read = normalize(reason)
    return next((name for name, words in ARCHIVE_CATEGORIES if words.search(read)), "lainnya")


def archive_payload(complaint: Complaint, entry: TimelineEntry) -> dict:
    """A report closed as archived: when, the reason's category, and the reason without NIK (none for an anonymous
    complaint: a verifier's words may name its reporter in ways no mask catches)."""
    anonymous = complaint.privacy == "anonim"
    return {"reference": complaint.reference, "archived_at": _iso(entry.at),
            "category": archive_category(entry.text or ""),
            "reason": None if anonymous else strip_nik(entry.text) or None}


def merge_payload(complaint: Complaint, entry: TimelineEntry, parent: Complaint) -> dict:
    """A report closed as the duplicate of another report (the one it was merged into here)."""
    return {"reference": complaint.reference, "duplicate_of": parent.lapor_tracking_id,
            "duplicate_of_reference": parent.reference, "merged_at": _iso(entry.at)}


def follow_up_payload(complaint: Complaint, entry: TimelineEntry, agency) -> dict:
    """A follow-up as pushed: the agency's text without NIK, its photos, progress or final."""
    return {"reference": complaint.reference, "agency": {"code": agency.code, "name": agency.name},
            "final": entry.event == Event.FINAL_ANSWER, "text": strip_nik(entry.text), "given_at": _iso(entry.at),
            "attachments": [m["url"] for m in entry.media or []]}


# The sender ---------------------------------------------------------------------------------------------

@dataclass
class SyncReport:
    """What one sync pass did; `failures` are the items given up in this pass (for the supervisors)."""

    sent: int = 0
    retried: int = 0
    deferred: int = 0
    failed: int = 0
    handed_back: int = 0  # claimed, then left for another worker: this one was stopping
    failures: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return (f"sent={self.sent} retried={self.retried} deferred={self.deferred} failed={self.failed}"
                + (f" handed_back={self.handed_back}" if self.handed_back else ""))


@dataclass
class _Call:
    kind: str
    payload: dict
    key: str
    tracking_id: str | None = None


# The sync items as a queue (`lapor.retry`), its statements built once: a report first, then its agencies, then
# their follow-ups.
SENDING = Queue(LaporSyncItem, due=SyncStatus.PENDING, working=SyncStatus.SENDING,
                first=(case((LaporSyncItem.kind == SUBMIT, 0), (LaporSyncItem.kind.in_(AGENCY_CHANGES), 1),
                            (LaporSyncItem.kind.in_(REPORT_CLOSINGS), 3), else_=2),))


class SyncRunner:
    """Claims due sync items and sends them through a gateway."""

    def __init__(self, session_factory: sessionmaker[Session], gateway: Gateway, config: dict):
        self.session_factory = session_factory
        self.gateway = gateway
        self.config = config
        self.max_attempts = config["LAPOR_SYNC_MAX_ATTEMPTS"]
        self.backoff_seconds = config["LAPOR_SYNC_BACKOFF_SECONDS"]

    def run_once(self, now: datetime, stopping: Callable[[], bool] = never) -> SyncReport:
        """Send every item due at `now`, batch after batch; once `stopping()`, the item in hand is finished and the
        rest are handed back."""
        report = SyncReport()
        holder = Holder(now)  # the batch's leases, renewed while this pass lives

        def keep(ids: list[int]) -> None:
            if holder.due():
                with self.session_factory.begin() as session:
                    holder.keep(session, SENDING, ids)

        def hand_back(ids: list[int]) -> None:
            with self.session_factory.begin() as session:
                report.handed_back += release(session, SENDING, ids)

        work_through(lambda: self.claim(now, holder), lambda item_id: self._process(item_id, now, report, holder),
                     BATCH, stopping, hand_back, keep)
        return report

    def claim(self, now: datetime, holder: Holder | None = None) -> list[int]:
        """Mark a batch of due items as being sent by this worker (one attempt each) and return their ids; the
        `holder` of the pass remembers their leases."""
        now = holder.now() if holder is not None else now
        with self.session_factory.begin() as session:  # a report, then its agencies, then their follow-ups
            items = claim(session, SENDING, now, BATCH, taken_over=_taken_over)
            if holder is not None:
                holder.took(items)
                holder.claimed()
            return [item.id for item in items]

    def _process(self, item_id: int, now: datetime, report: SyncReport, holder: Holder | None = None) -> None:
        """Send one claimed item; no transaction stays open during the network call. An item another worker took
        over (this one stalled past its lease) is left to it."""
        with self.session_factory.begin() as session:
            if holder is not None and not holder.keep(session, SENDING, [item_id]):
                return
            item = session.get(LaporSyncItem, item_id)
            call = self._prepare(session, item, now, report)
        if call is None:
            return
        try:
            tracking_id = self._send(call)
        except GatewayError as exc:
            with self.session_factory.begin() as session:
                if self._still_ours(session, item_id, holder):
                    self._failed(session.get(LaporSyncItem, item_id), exc, now, report)
            return
        with self.session_factory.begin() as session:
            if not self._still_ours(session, item_id, holder):
                return
            self._done(session, session.get(LaporSyncItem, item_id), tracking_id, now)
        report.sent += 1

    @staticmethod
    def _still_ours(session: Session, item_id: int, holder: Holder | None) -> bool:
        """Whether this pass may record the call's outcome: not when the worker froze during the call past its
        lease and another took the item over, which records its own (a failure here turned the taker's done item
        pending again, or gave it up and told the supervisors)."""
        if holder is None or holder.keep(session, SENDING, [item_id]):
            return True
        logger.warning("lapor sync %s: taken over by another worker during the call; its outcome is the taker's",
                       item_id)
        return False

    def _prepare(self, session: Session, item: LaporSyncItem, now: datetime, report: SyncReport) -> _Call | None:
        """The call for an item, its media references as the signed links the service serves; None when it does
        not go now (waiting for its submit or for its media to be fetched, or given up)."""
        call = self._call(session, item, now, report)
        if call is None or not call.payload.get("attachments"):
            return call
        links = outside_links(session, self.config, call.payload["attachments"], item.complaint.privacy, now)
        if links is None:  # a photo still being fetched: the report goes with it, shortly
            item.attempts -= 1
            _retry_at(item, now + MEDIA_WAIT)
            report.deferred += 1
            return None
        return replace(call, payload={**call.payload, "attachments": links})

    def _call(self, session: Session, item: LaporSyncItem, now: datetime, report: SyncReport) -> _Call | None:
        complaint = item.complaint
        if item.kind == SUBMIT:
            return _Call(SUBMIT, submit_payload(complaint), item.idempotency_key)
        if complaint.lapor_tracking_id is None:  # its submit has not gone through yet
            if _submit_pending(session, complaint):
                item.attempts -= 1  # waiting for the submit is not a failed attempt
                _retry_at(item, now + backoff(1, self.backoff_seconds))
                report.deferred += 1
            else:
                self._give_up(item, f"{complaint.reference} is not in SP4N-LAPOR! (its submit failed)", report)
            return None
        if self._earlier_change_pending(session, item):
            item.attempts -= 1  # what was queued before it goes first: not a failed attempt
            _retry_at(item, now + backoff(1, self.backoff_seconds))
            report.deferred += 1
            return None
        if item.kind in REPORT_CLOSINGS:
            return self._closing(session, item, now, report)
        if item.kind in AGENCY_CHANGES:
            disposition = session.get(Disposition, item.disposition_id)
            build = disposition_payload if item.kind == DISPOSITION else withdrawal_payload
            return _Call(item.kind, build(complaint, disposition), item.idempotency_key, complaint.lapor_tracking_id)
        entry = session.get(TimelineEntry, item.entry_id)
        disposition = session.get(Disposition, entry.disposition_id)
        return _Call(FOLLOW_UP, follow_up_payload(complaint, entry, disposition.agency), item.idempotency_key,
                     complaint.lapor_tracking_id)

    def _closing(self, session: Session, item: LaporSyncItem, now: datetime, report: SyncReport) -> _Call | None:
        """An archive, or a merge once the report it names as the original has its tracking ID."""
        complaint, entry = item.complaint, session.get(TimelineEntry, item.entry_id)
        if item.kind == ARCHIVE:
            return _Call(ARCHIVE, archive_payload(complaint, entry), item.idempotency_key, complaint.lapor_tracking_id)
        parent = complaint.parent
        if parent.lapor_tracking_id is None:
            self._wait_for_parent(session, item, parent, now, report)
            return None
        return _Call(MERGE, merge_payload(complaint, entry, parent), item.idempotency_key, complaint.lapor_tracking_id)

    def _wait_for_parent(self, session: Session, item: LaporSyncItem, parent: Complaint, now: datetime,
                         report: SyncReport) -> None:
        """A merge whose original LAPOR does not have yet: deferred (not a failed attempt) while the original's
        submit is queued, or while it may still get one at its first disposition; given up once it cannot (its
        submit failed, it was closed or merged here unsubmitted) or after PARENT_WAIT."""
        submit = session.scalars(select(LaporSyncItem).where(LaporSyncItem.complaint_id == parent.id,
                                                             LaporSyncItem.kind == SUBMIT).limit(1)).first()
        why = None
        if submit is not None and submit.status not in (SyncStatus.PENDING, SyncStatus.SENDING):
            why = f"{parent.reference} is not in SP4N-LAPOR! (its submit failed)"
        elif submit is None and (parent.status not in OPEN_STATUSES or parent.parent_id is not None):
            why = (f"{parent.reference} was closed here ({parent.status}) before SP4N-LAPOR! had it: the merge names "
                   "no report")
        elif submit is None and now - item.created_at >= PARENT_WAIT:
            why = (f"{parent.reference} was not dispositioned within {PARENT_WAIT.days} days, so SP4N-LAPOR! never "
                   "had it: the merge names no report")
        if why is not None:
            self._give_up(item, why, report)
            return
        item.attempts -= 1  # the original's submit goes first: not a failed attempt
        _retry_at(item, now + (backoff(1, self.backoff_seconds) if submit is not None else PARENT_LOOK))
        report.deferred += 1

    @staticmethod
    def _earlier_change_pending(session: Session, item: LaporSyncItem) -> bool:
        """Whether a change of the complaint's agencies queued before this one is still to be sent: a withdrawal
        must not overtake the push of the agency it withdraws, nor an agency sent again its withdrawal; and an
        archive or a merge, which closes the report, waits for everything queued before it."""
        if item.kind not in AGENCY_CHANGES + REPORT_CLOSINGS:
            return False
        earlier = AGENCY_CHANGES if item.kind in AGENCY_CHANGES else (DISPOSITION, WITHDRAWAL, FOLLOW_UP)
        return session.scalar(select(LaporSyncItem.id).where(
            LaporSyncItem.complaint_id == item.complaint_id, LaporSyncItem.kind.in_(earlier),
            LaporSyncItem.id < item.id,
            LaporSyncItem.status.in_((SyncStatus.PENDING, SyncStatus.SENDING))).limit(1)) is not None

    def _send(self, call: _Call) -> str | None:
        if call.kind == SUBMIT:
            return self.gateway.submit(call.payload, call.key)
        if call.kind == DISPOSITION:
            self.gateway.push_disposition(call.tracking_id, call.payload, call.key)
        elif call.kind == WITHDRAWAL:
            self.gateway.push_withdrawal(call.tracking_id, call.payload, call.key)
        elif call.kind == ARCHIVE:
            self.gateway.push_archive(call.tracking_id, call.payload, call.key)
        elif call.kind == MERGE:
            self.gateway.push_merge(call.tracking_id, call.payload, call.key)
        else:
            self.gateway.push_follow_up(call.tracking_id, call.payload, call.key)
        return None

    def _done(self, session: Session, item: LaporSyncItem, tracking_id: str | None, now: datetime) -> None:
        item.status, item.done_at, item.lease_until, item.last_error = SyncStatus.DONE, now, None, None
        if tracking_id is None:
            return
        # Read under the lock of every change to a complaint: a tracking ID recorded meanwhile (`lapor record`, a
        # second worker after a lease ran out) is seen, never overwritten or noted twice.
        complaint = for_change(session, select(Complaint).where(Complaint.id == item.complaint_id))
        if complaint.lapor_tracking_id == tracking_id:
            return
        if complaint.lapor_tracking_id is not None:
            logger.error("lapor sync %s: %s already has tracking ID %s, SP4N-LAPOR! answered %s",
                         item.id, complaint.reference, complaint.lapor_tracking_id, tracking_id)
            return
        complaint.lapor_tracking_id, complaint.lapor_recorded_at = tracking_id, now
        complaint.timeline.append(TimelineEntry(at=now, event=Event.LAPOR, public=False, status_from=complaint.status,
                                                status_to=complaint.status,
                                                text=note(session, "note_lapor_sent", tracking_id=tracking_id)))
        record_system(session, SystemAction.LAPOR_RECORDED, complaint, at=now, tracking_id=tracking_id)

    def _failed(self, item: LaporSyncItem, exc: GatewayError, now: datetime, report: SyncReport) -> None:
        item.last_error = str(exc)[:1000]
        if exc.credentials:  # a wrong or rotated token: the operator's to fix, the item waits for it
            item.attempts -= 1
            _retry_at(item, now + CREDENTIALS_WAIT)
            logger.error("lapor sync %s (%s): %s", item.id, item.kind, exc)
            report.retried += 1
            return
        if exc.retryable and item.attempts < self.max_attempts:
            _retry_at(item, now + backoff(item.attempts, self.backoff_seconds))
            logger.warning("lapor sync %s (%s): attempt %s failed (%s); retrying", item.id, item.kind,
                           item.attempts, exc)
            report.retried += 1
            return
        self._give_up(item, item.last_error, report)

    @staticmethod
    def _give_up(item: LaporSyncItem, error: str, report: SyncReport) -> None:
        item.status, item.lease_until, item.last_error = SyncStatus.FAILED, None, error
        logger.error("lapor sync %s (%s of %s) given up after %s attempts: %s", item.id, item.kind,
                     item.complaint.reference, item.attempts, error)
        report.failed += 1
        report.failures.append(f"{item.complaint.reference} ({item.kind}): {error[:160]}")


def _taken_over(item: LaporSyncItem) -> None:
    logger.warning("lapor sync %s: lease expired, sending again (same idempotency key)", item.id)


def _retry_at(item: LaporSyncItem, when: datetime) -> None:
    item.status, item.next_attempt_at, item.lease_until = SyncStatus.PENDING, when, None


# Pulling statuses ---------------------------------------------------------------------------------------

UNREACHABLE_AFTER = 3  # passing failures in a row that end a pull: SP4N-LAPOR! is down, the rest can wait


@dataclass
class PullReport:
    """What one status pull did."""

    checked: int = 0
    errors: int = 0
    stopped: str = ""
    result: ApplyResult = field(default_factory=ApplyResult)

    def __str__(self) -> str:
        return (f"checked={self.checked} changed={self.result.updated} "
                f"status_changes={self.result.status_changes} errors={self.errors}"
                + (f" stopped: {self.stopped}" if self.stopped else ""))


def pull_statuses(session_factory: sessionmaker[Session], gateway: Gateway, region: Region,
                  now: datetime, batch: int) -> PullReport:
    """Ask SP4N-LAPOR! about up to `batch` open tracked complaints and apply what changed there (agencies, statuses).

    The complaints asked about longest ago (or never) go first, so successive pulls cover them all in turn,
    however many there are. A complaint counts as asked once its answer is applied, or once the answer failed
    for good (a 404, a status nobody knows): it goes to the back. A passing failure (timeout, refused, 5xx)
    leaves it in front for the next pull, and UNREACHABLE_AFTER of them in a row end this one: SP4N-LAPOR!
    is unreachable, and asking the rest now would only wait on their timeouts.
    """
    report = PullReport()
    with session_factory() as session:
        tracked = session.execute(select(Complaint.id, Complaint.lapor_tracking_id).where(
            Complaint.lapor_tracking_id.is_not(None), Complaint.status.in_(OPEN_STATUSES))
            .order_by(Complaint.lapor_pulled_at.asc().nulls_first(), Complaint.id).limit(batch)).all()
    failing = 0
    for complaint_id, tracking_id in tracked:
        report.checked += 1
        try:
            remote = gateway.fetch(tracking_id)
            with session_factory.begin() as session:
                apply_report(session, remote, now, region, report.result)
                _mark_pulled(session, complaint_id, now)
        except (GatewayError, LifecycleError) as exc:
            report.errors += 1
            logger.warning("lapor pull of complaint %s failed: %s", complaint_id, exc)
            if isinstance(exc, GatewayError) and exc.retryable:
                failing += 1
                if failing >= UNREACHABLE_AFTER:
                    report.stopped = f"{failing} failures in a row, the last: {exc}"
                    break
                continue
            with session_factory.begin() as session:
                _mark_pulled(session, complaint_id, now)
        failing = 0
    for line in report.result.unmatched + report.result.notes:
        logger.warning("lapor pull: %s", line)
    return report


def _mark_pulled(session: Session, complaint_id: int, now: datetime) -> None:
    session.execute(update(Complaint).where(Complaint.id == complaint_id).values(lapor_pulled_at=now))
