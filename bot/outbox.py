"""The outbox: everything that is not a direct reply is queued here and sent exactly once.

Rows are claimed with `FOR UPDATE SKIP LOCKED` (PostgreSQL; SQLite serialises writers), sent one by one
through a transport, retried with exponential backoff and given up loudly after the configured attempts.
A send that may have reached Twilio (timeout, 5xx, a worker killed mid-send) is marked ambiguous and
reconciled against Twilio's message list before it is tried again, so a retry never sends twice.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from sqlalchemy import String, and_, bindparam, case, delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, object_session, sessionmaker

from bot.messages import complaint_page, t
from bot.transports import (
    AUTHENTICATION,
    CREDENTIALS_HINT,
    CREDENTIALS_REFUSED,
    MEDIA_REFUSED,
    NO_TEXT,
    OPTED_OUT,
    OUTSIDE_WINDOW,
    Outgoing,
    TransportError,
)
from lapor.events import StaffStopped, publish
from lapor.ladders import chases_nothing
from lapor.phones import masked
from lapor.references import format_reference
from lapor.retry import CREDENTIALS_WAIT, LEASE, Holder, Queue, backoff, claim, never, release, work_through
from media.outgoing import WAIT as MEDIA_WAIT
from media.outgoing import MediaDecision, decide
from models import Complaint, Contact, OutboxMessage, OutboxStatus
from models.base import UTCDateTime, utcnow
from models.db import Prepared, bound_insert, loaded, per_dialect, session_connection
from models.vocab import Purpose

logger = logging.getLogger(__name__)

MAX_CHARS = 1600                    # WhatsApp/Twilio limit per message
WINDOW = timedelta(hours=24)        # free-form messages only within 24 h of the person's last message
TEMPLATE_VARIABLE_CHARS = 900
# Sent only inside working hours, retries included: ladder rungs, and news nobody acts on before the office opens
# (a head told on a holiday at 06:00 that the agency's officers are all on leave could do nothing about it).
WORKING_HOURS_PURPOSES = (Purpose.REMINDER, Purpose.ROSTER, Purpose.LAPOR_SYNC)  # the sync's: one per working day
# What a staff member asked for this minute (a login code) goes at once; what their role brings them waits out the
# staff's quiet hours (the region's `staff_quiet_start`/`_end`, default 21:00–06:00): a complaint filed at 02:00 on
# Sunday does not wake the verifier, it is read at 06:00.
STAFF_AT_NIGHT_PURPOSES = (Purpose.LOGIN, Purpose.LINK_CODE)
# What a person is sent about their own complaint, as a citizen (a staff member who filed one too): the citizens'
# quiet hours apply, whatever the staff's are.
CITIZEN_PURPOSES = (Purpose.DISPOSITIONED, Purpose.FOLLOW_UP, Purpose.RATING, Purpose.QUESTION, Purpose.ARCHIVED,
                    Purpose.MERGED, Purpose.CLOSED)
# What asks the citizen for an answer: it goes after what was queued before it about the same complaint (`_behind`).
PROMPT_PURPOSES = (Purpose.RATING, Purpose.QUESTION)
# What staff are sent because of their role (a citizen's own messages are not among them).
STAFF_PURPOSES = (Purpose.VERIFICATION, Purpose.DISPOSITION, Purpose.REMINDER, Purpose.DIGEST, Purpose.ANSWER,
                  Purpose.RETURNED, Purpose.WITHDRAWN, Purpose.REOPENED, Purpose.LAPOR_SYNC, Purpose.EVIDENCE,
                  Purpose.ROSTER)


def split_body(body: str, limit: int = MAX_CHARS) -> list[str]:
    """Cut a long text into parts of at most `limit` characters, at paragraph, line or word breaks."""
    part, rest = first_part(body, limit)
    parts = [part]
    while rest:
        part, rest = first_part(rest, limit)
        parts.append(part)
    return parts


def first_part(body: str, limit: int) -> tuple[str, str]:
    """The first part of a text (at most `limit` characters, cut at a paragraph, line or word break) and the rest."""
    body = body.strip()
    if len(body) <= limit:
        return body, ""
    cut = max(body.rfind(sep, 0, limit) for sep in ("\n\n", "\n", " "))
    cut = cut if cut > limit // 2 else limit
    return body[:cut].rstrip(), body[cut:].lstrip()


def enqueue(session: Session, recipient: str, body: str = "", *, media_urls: Iterable[str] = (),
            purpose: str = Purpose.NOTICE, subject: tuple[str, int] | None = None,
            dedupe_key: str | None = None, template_variables: dict | None = None,
            now: datetime | None = None) -> list[OutboxMessage]:
    """Queue a message (one row for the text with the first media item, one per further media item); idempotent
    per dedupe_key. A long text stays one row: it goes out part after part, in order (see `_sent`)."""
    return _queue(session, recipient, body, media_urls=media_urls, purpose=purpose, subject=subject,
                  dedupe_key=dedupe_key, template_variables=template_variables, now=now)[0]


def enqueue_new(session: Session, recipient: str, body: str = "", *, dedupe_key: str,
                **options) -> list[OutboxMessage]:
    """`enqueue` under a dedupe key, returning only the rows this call queued: none when the key was taken before
    (`enqueue` returns the first caller's rows then), so that a job counts what it queued, not what it found."""
    rows, fresh = _queue(session, recipient, body, dedupe_key=dedupe_key, **options)
    return rows if fresh else []


def _queue(session: Session, recipient: str, body: str, *, media_urls: Iterable[str] = (),
           purpose: str = Purpose.NOTICE, subject: tuple[str, int] | None = None, dedupe_key: str | None = None,
           template_variables: dict | None = None,
           now: datetime | None = None) -> tuple[list[OutboxMessage], bool]:
    """`enqueue`'s work: the rows queued under the message's key, and whether this call inserted them."""
    pieces = _pieces(body, list(media_urls))
    if dedupe_key:
        return _insert_once(session, [
            dict(recipient=recipient, body=text, media_url=media_url, purpose=purpose,
                 subject_type=subject[0] if subject else None, subject_id=subject[1] if subject else None,
                 dedupe_key=f"{dedupe_key}#{index}", template_variables=template_variables,
                 **({"created_at": now, "next_attempt_at": now} if now is not None else {}))
            for index, (text, media_url) in enumerate(pieces)], dedupe_key)
    rows = []
    for text, media_url in pieces:
        row = OutboxMessage(
            recipient=recipient, body=text, media_url=media_url, purpose=purpose,
            subject_type=subject[0] if subject else None, subject_id=subject[1] if subject else None,
            template_variables=template_variables)
        if now is not None:
            row.created_at = row.next_attempt_at = now
        rows.append(row)
    session.add_all(rows)
    session.flush()
    return rows, bool(rows)


def _pieces(body: str, media_urls: list[str]) -> list[tuple[str, str | None]]:
    pieces = [(body.strip(), None)] if body.strip() else []
    for index, url in enumerate(media_urls):
        if index == 0 and pieces:
            pieces[0] = (pieces[0][0], url)
        else:
            pieces.append(("", url))
    return pieces


def _insert_once(session: Session, values: list[dict], dedupe_key: str) -> tuple[list[OutboxMessage], bool]:
    """Insert a message's rows unless one of its keys is taken; returns the rows now queued under the key (those
    of a caller that queued it first, or none when only a later part's key was taken, as before), and whether
    this call inserted them.

    One statement: `INSERT … ON CONFLICT (dedupe_key) DO NOTHING RETURNING` (the unique `uq_outbox_dedupe_key`),
    where a SELECT, a SAVEPOINT, the INSERT and its RELEASE were four round trips. A concurrent caller's row not
    committed yet makes PostgreSQL wait for it, then skip: `_queued` reads it in a statement of its own. Rows
    inserted beside a taken key (a message queued again with more media than the first time) are taken out again,
    as the savepoint's rollback did: a message is queued whole or not at all.
    """
    if not values:
        return _queued(session, dedupe_key, 0), False
    dialect = session_connection(session).dialect.name
    if len(values) == 1:  # a text, or one photo: the common case, by a statement built once on the connection
        inserted = [loaded(session, OutboxMessage, row) for row in _ONE_INSERTED_ONCE[dialect].execute(
            session, _with_times(values[0]))]
    else:
        inserted = session.scalars(_INSERTED_ONCE[dialect], values).all()
    if len(inserted) == len(values):
        return sorted(inserted, key=lambda row: row.id), True
    if inserted:
        session.execute(delete(OutboxMessage).where(OutboxMessage.id.in_([row.id for row in inserted])))
    return _queued(session, dedupe_key, len(values)), False


def _queued(session: Session, dedupe_key: str, pieces: int) -> list[OutboxMessage]:
    """The rows already queued under a dedupe key, none unless its first part's is (exact keys: the unique index
    answers, not a scan). One statement: the parts and the first's presence are read together."""
    keys = [f"{dedupe_key}#{index}" for index in range(max(pieces, 1))]
    rows = session.scalars(_QUEUED, {"keys": keys}).all()
    return list(rows) if any(row.dedupe_key == keys[0] for row in rows) else []


# `_insert_once`'s statement in each dialect, built once: the rows (a list of values, one statement) that took their
# dedupe key come back as the session's instances; a taken key makes its row come back as nothing.
_INSERTED_ONCE = per_dialect(lambda dialect: dialect.insert(OutboxMessage).on_conflict_do_nothing(
    index_elements=[OutboxMessage.dedupe_key]).returning(OutboxMessage))


def _insert_one_once(dialect):
    """`_INSERTED_ONCE` for a message of one row, as a Core statement run on the session's connection
    (`models.db.Prepared`) and returning the whole row, which becomes the session's instance (`models.db.loaded`):
    the ORM's INSERT of its entities, with its cache key and bulk machinery, cost about 1.7 M instructions an
    enqueue (as much as a third of a webhook message). Unlike the ORM's, it does not flush the session first: what
    the turn changed is flushed at commit, in the same transaction."""
    outbox = OutboxMessage.__table__
    return Prepared(bound_insert(outbox, QUEUED_COLUMNS, dialect)
                    .on_conflict_do_nothing(index_elements=[outbox.c.dedupe_key]).returning(*outbox.c))


def _with_times(values: dict) -> dict:
    """A row's values with the times the columns' defaults (`utcnow`) give when the caller gave none."""
    if "created_at" in values:
        return values
    now = utcnow()
    return {**values, "created_at": now, "next_attempt_at": now}


QUEUED_COLUMNS = ("recipient", "body", "media_url", "purpose", "subject_type", "subject_id", "dedupe_key",
                  "template_variables", "created_at", "next_attempt_at")
_ONE_INSERTED_ONCE = per_dialect(_insert_one_once)
_QUEUED = (select(OutboxMessage).where(OutboxMessage.dedupe_key.in_(bindparam("keys", expanding=True)))
           .order_by(OutboxMessage.id))


# A notice is never queued as more rows than this: its text (one row, however long) and each of a complaint's media
# items (lapor.complaints.MAX_PHOTOS, 10), with room to spare.
MAX_PIECES = 12
SHOWN = (OutboxStatus.SENT, OutboxStatus.DELIVERED, OutboxStatus.READ)


def delivered(session: Session, dedupe_key: str) -> bool:
    """Tell whether the message queued under `dedupe_key` has left for WhatsApp, every part of it."""
    rows = _queued(session, dedupe_key, MAX_PIECES)
    return bool(rows) and all(row.status in SHOWN for row in rows)


def waits_behind(session: Session, dedupe_key: str) -> bool:
    """Whether the prompt queued under `dedupe_key` still waits for a photo queued before it (`_behind`): the proof
    of the answer it asks about has not left yet. (A text before it held for the night does not count: a reply may
    show the prompt to a citizen who writes at night, as before.)"""
    return any(row.status in (OutboxStatus.PENDING, OutboxStatus.SENDING)
               and _behind(session, row, row.next_attempt_at, media_only=True) is not None
               for row in _queued(session, dedupe_key, 1))


def cancel(session: Session, dedupe_key: str, reason: str = "shown in a reply") -> None:
    """Take back the parts of a queued message not sent yet (its content was shown another way, or what it asks
    is settled)."""
    take_back(session, reason, OutboxMessage.dedupe_key.in_([f"{dedupe_key}#{index}" for index in range(MAX_PIECES)]))


def cancel_about(session: Session, addresses: tuple[str, ...] | None, purpose: str, subject: tuple[str, int],
                 reason: str) -> list:
    """Take back the messages of one purpose about one subject not sent yet to one person, at any of their
    `addresses` (None: to anyone), as what they ask can no longer be answered; returns them (`take_back`)."""
    to = () if addresses is None else (OutboxMessage.recipient.in_(addresses),)
    return take_back(session, reason, OutboxMessage.subject_type == subject[0], OutboxMessage.subject_id == subject[1],
              OutboxMessage.purpose == purpose, *to)


def take_back(session: Session, reason: str, *where) -> list:
    """Take back the messages `where` selects that are not sent yet and return them (recipient, purpose,
    dedupe_key, part_of, media_url, subject_type, subject_id, body): waiting to be sent, photos waiting for the
    person to write, and those a sender is sending right now. One of those may still reach Twilio (the sender
    records it as sent); if its try fails, it is not tried again (`_failed`), so what the caller queues in its place
    is all that goes.
    """
    unsent = (OutboxStatus.PENDING, OutboxStatus.WAITING, OutboxStatus.SENDING)
    return session.execute(
        update(OutboxMessage).where(*where, OutboxMessage.status.in_(unsent))
        .values(status=OutboxStatus.SKIPPED, last_error=f"{WITHDRAWN}{reason}")
        .returning(OutboxMessage.recipient, OutboxMessage.purpose, OutboxMessage.dedupe_key, OutboxMessage.part_of,
                   OutboxMessage.media_url, OutboxMessage.subject_type, OutboxMessage.subject_id, OutboxMessage.body)
    ).all()


def by_sid(session: Session, sid: str) -> OutboxMessage | None:
    """The message Twilio knows as `sid` (what a swipe-reply replies to), if it went out through the outbox."""
    return session.scalars(select(OutboxMessage).where(OutboxMessage.twilio_sid == sid)).one_or_none()


def latest_subject(session: Session, addresses: Iterable[str], subject_type: str, since: datetime) -> int | None:
    """The subject of the newest message queued for these addresses since `since` about a `subject_type` (the
    complaint a citizen last heard of), or None."""
    return session.scalar(select(OutboxMessage.subject_id)
                          .where(OutboxMessage.recipient.in_(tuple(addresses)),
                                 OutboxMessage.subject_type == subject_type, OutboxMessage.created_at >= since)
                          .order_by(OutboxMessage.id.desc()).limit(1))


def sent_lately(session: Session, addresses: Iterable[str], since: datetime, limit: int = 40) -> list[OutboxMessage]:
    """The newest messages queued for these addresses since `since` (newest first)."""
    return list(session.scalars(select(OutboxMessage)
                                .where(OutboxMessage.recipient.in_(tuple(addresses)),
                                       OutboxMessage.created_at >= since)
                                .order_by(OutboxMessage.id.desc()).limit(limit)))


def queued_key(session: Session, row: OutboxMessage) -> str:
    """The dedupe key the message was queued under ("" for none), for a part of a long message the key of the
    message it was cut from."""
    queued = session.get(OutboxMessage, row.part_of) if row.part_of else row
    return ((queued.dedupe_key if queued else None) or "").rpartition("#")[0]


# What `_prepared` returns: the send, the forms an earlier try may have had, and since when; None: not now.
PreparedSend = tuple[Outgoing, list[Outgoing], datetime] | None
UNPREPARED = object()  # `_deliver`'s row not prepared yet


@dataclass
class SendReport:
    """What one sender pass did."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    skipped: int = 0
    held: int = 0
    handed_back: int = 0  # claimed, then left for another worker: this one was stopping
    refused: int = 0  # Twilio refused the account's credentials: every due message waits for the setting
    ids: list[int] = field(default_factory=list)

    def __str__(self) -> str:
        return (f"sent={self.sent} retried={self.retried} failed={self.failed} skipped={self.skipped} "
                f"held={self.held}" + (f" handed_back={self.handed_back}" if self.handed_back else "")
                + (f" credentials_refused={self.refused}" if self.refused else ""))


class RateLimiter:
    """Spaces sends so that one process stays under `per_second` (WhatsApp's per-sender rate)."""

    def __init__(self, per_second: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.interval = 1.0 / per_second if per_second > 0 else 0.0
        self.clock, self.sleep = clock, sleep
        self.next_at = 0.0

    def wait(self) -> None:
        """Block until the next send is allowed."""
        now = self.clock()
        if now < self.next_at:
            self.sleep(self.next_at - now)
            now = self.next_at
        self.next_at = now + self.interval


# The outbox as a queue (`lapor.retry`), its statements built once: also claimed, a photo kept for the person to
# write (WAITING) once they have, inside the window (`window_opened`: the claim's moment less WINDOW).
SENDING = Queue(OutboxMessage, due=OutboxStatus.PENDING, working=OutboxStatus.SENDING, also=and_(
    OutboxMessage.status == OutboxStatus.WAITING,
    select(Contact.id).where(Contact.reached_at(OutboxMessage.recipient),
                             Contact.last_inbound_at > OutboxMessage.next_attempt_at,
                             Contact.last_inbound_at > bindparam("window_opened", type_=UTCDateTime())).exists()))


class OutboxSender:
    """Claims due outbox rows and sends them through a transport."""

    def __init__(self, session_factory: sessionmaker[Session], transport, config: dict,
                 limiter: RateLimiter | None = None, calendar=None, storage=None, region=None):
        self.session_factory = session_factory
        self.transport = transport
        self.config = config
        self.storage = storage  # with one, a stored item whose file is gone is not sent as a link Twilio gets 404 on
        self.limiter = limiter or RateLimiter(config["OUTBOX_RATE_PER_SECOND"])
        self.region = region  # with one, a rung message sent on a later day than written is worded for that day
        self.calendar = calendar or (region.calendar if region is not None else None)  # with one, citizens get
        #                                                                    nothing during the quiet hours

    def run_once(self, now: datetime, stopping: Callable[[], bool] = never) -> SendReport:
        """Send every message due at `now` (batch after batch) and report what happened; once `stopping()`, the
        message in hand is finished and the rest are handed back."""
        report = SendReport()
        holder = Holder(now)  # the batch's leases, renewed while this pass lives
        ready: dict[int, PreparedSend] = {}  # a batch's first row, prepared in the claim's transaction

        def deliver(row_id: int) -> None:
            prepared = ready.pop(row_id) if row_id in ready else UNPREPARED
            while self._deliver(row_id, now, report, holder, prepared):  # a long template: part after part, in order
                prepared = UNPREPARED

        def keep(ids: list[int]) -> None:
            if holder.due():
                with self.session_factory.begin() as session:
                    holder.keep(session, SENDING, ids)

        def hand_back(ids: list[int]) -> None:
            with self.session_factory.begin() as session:
                report.handed_back += release(session, SENDING, ids)

        def halted() -> bool:  # credentials refused once are refused for every message: the pass stops there
            return stopping() or report.refused > 0

        work_through(lambda: self.claim(now, holder, (report, ready)), deliver, self.config["OUTBOX_BATCH_SIZE"],
                     halted, hand_back, keep)
        if report.refused:
            with self.session_factory.begin() as session:
                report.refused += wait_for_credentials(session, now)
        return report

    def claim(self, now: datetime, holder: Holder | None = None,
              prepare: tuple[SendReport, dict[int, PreparedSend]] | None = None) -> list[int]:
        """Mark a batch of due rows as being sent by this worker (one attempt each) and return their ids; the
        `holder` of the pass remembers their leases. With `prepare` (the pass's report and a place for it), the
        batch's first row, unless it carries media, is prepared in the same transaction (`_prepared`): what its
        own transaction would have done a moment later, with the row just claimed and still locked."""
        claimed_at = holder.now() if holder is not None else now
        with self.session_factory.begin() as session:
            rows = claim(session, SENDING, claimed_at, self.config["OUTBOX_BATCH_SIZE"], taken_over=_taken_over,
                         window_opened=claimed_at - WINDOW)
            if holder is not None:
                holder.took(rows)
                holder.claimed()
            if prepare is not None and rows and rows[0].media_url is None:
                (report, ready), first = prepare, rows[0]
                ready[first.id] = self._prepared(session, first, contact_at(session, first.recipient), now, report)
            return [row.id for row in rows]

    def _deliver(self, row_id: int, now: datetime, report: SendReport, holder: Holder | None = None,
                 prepared: PreparedSend | object = UNPREPARED) -> bool:
        """Send one claimed row (or its next part); True when more parts of it are to go now, still claimed.
        `prepared`: what `_prepare` returned for it in the claim's transaction (UNPREPARED: prepare it now).

        No transaction stays open during the network call.
        """
        if prepared is UNPREPARED:
            prepared = self._prepare(row_id, now, report, holder)
        if prepared is None:
            return False
        outgoing, earlier, since = prepared
        checking = bool(earlier)  # a failure while checking Twilio's list leaves the earlier try as uncertain
        try:
            sid, tried = self._earlier_try(row_id, earlier, since)
            checking = False
            if sid is not None:
                outgoing = tried  # what reached Twilio is what was sent (a long text: which part)
            elif earlier:  # no earlier try reached Twilio: send as things are now
                prepared = self._prepare(row_id, now, report, holder, reconciled=True)
                if prepared is None:
                    return False
                outgoing = prepared[0]
            if sid is None:
                self.limiter.wait()
                sid = self.transport.send(outgoing)
        except TransportError as exc:
            with self.session_factory.begin() as session:
                self._failed(*_load(session, row_id), outgoing, exc, now, report, checking)
            return False
        try:
            sent_id, more = self._store(row_id, outgoing, sid, now, holder)
        except IntegrityError:  # the SID is already another row's: never abort the whole pass for one row
            logger.exception("outbox %s: Twilio SID %s already recorded on another message", row_id, sid)
            with self.session_factory.begin() as session:
                error = TransportError(f"SID {sid} already recorded", retryable=True, ambiguous=True)
                self._failed(*_load(session, row_id), outgoing, error, now, report)
            return False
        report.sent += 1
        report.ids.append(sent_id)
        return more

    def _store(self, row_id: int, outgoing: Outgoing, sid: str, now: datetime,
               holder: Holder | None = None) -> tuple[int, bool]:
        """Record a send (`_sent`) and, in the same transaction, the status callbacks about its SID that reached
        us before it (Twilio's callback can overtake its answer to the send): see `bot.status.hold`."""
        from bot import status  # status builds on this module

        with self.session_factory.begin() as session:
            status.hold(session, sid)
            row = session.get(OutboxMessage, row_id)  # not _load: the recipient's contact is not read here
            sent_id, more = _sent(session, row, outgoing, sid, now)
            if more and holder is not None:  # still this pass's for the next part, from now on
                row.lease_until = holder.now() + LEASE
                holder.took([row])
            status.catch_up(session, session.get(OutboxMessage, sent_id), self.config, now)
        return sent_id, more

    def _prepare(self, row_id: int, now: datetime, report: SendReport, holder: Holder | None = None,
                 reconciled: bool = False) -> PreparedSend:
        """Prepare a claimed row in a transaction of its own (`_prepared`), if it is still this pass's."""
        with self.session_factory.begin() as session:
            # Still this pass's (not taken over by another worker after a stall), and a full lease for the send.
            if holder is not None and not holder.keep(session, SENDING, [row_id]):
                return None
            row, contact = _load(session, row_id)
            if row.status != OutboxStatus.SENDING:  # taken back since it was claimed (or between two parts)
                return None
            return self._prepared(session, row, contact, now, report, reconciled)

    def _prepared(self, session: Session, row: OutboxMessage, contact: Contact | None, now: datetime,
                  report: SendReport, reconciled: bool = False) -> PreparedSend:
        """What to send for a claimed row, the forms an earlier try that may have reached Twilio could have had
        (to reconcile first) and since when; None when it does not go now: the recipient opted out, the hour is
        wrong, or it is a photo waiting for the person to write.

        A photo bound for a template is kept aside (`_keep_media`) before the send, except on a row whose last try
        may have reached Twilio as it was: that one is reconciled as it was first (`reconciled` after). The earlier
        try may have gone free-form or as a template, whatever the window is now.
        """
        if _dropped(session, row, contact, report):
            return None
        held_until = self._held_until(row, contact, now)
        if held_until is not None:
            row.attempts -= 1  # waiting out the night is not a failed attempt
            _retry_at(row, held_until)
            report.held += 1
            return None
        behind = _behind(session, row, now)
        if behind is not None:
            row.attempts -= 1  # waiting for the message before it is not a failed attempt
            _retry_at(row, behind)
            report.held += 1
            return None
        if not (row.ambiguous and not reconciled) and not self._restated(session, row, now, report):
            return None  # (a try that may have reached Twilio is reconciled with the text it had first)
        media = decide(session, row.media_url, contact, self.config, now, self.storage)
        if not _settle_media(session, row, media, self.config, now, report):
            return None
        outgoing = self._with_media(self.outgoing(row, contact, now), media)
        if row.ambiguous and not reconciled:
            # A row with no text (a photo) never goes as a template (it cannot carry media): only free-form.
            template = (row.template_sid or template_for(self.config, row.purpose)) if row.body.strip() else None
            earlier = [self._with_media(self.build(row, None), media)] + (
                [self._with_media(self.build(row, template), media)] if template else [])
            return outgoing, earlier, row.created_at
        if outgoing.content_sid and outgoing.media_url:
            if not _keep_media(session, row, now):
                row.attempts -= 1  # waiting for the person to write is not a failed attempt
                report.held += 1
                return None
            outgoing = self._with_media(self.outgoing(row, contact, now), media)
        return outgoing, [], row.created_at

    def _restated(self, session: Session, row: OutboxMessage, now: datetime, report: SendReport) -> bool:
        """Word a rung message again when it goes on a later day than it was written (`bot.reminders.restated`:
        «batas besok» read the next day is «hari ini»), stored on the row before the send, so a retry or a
        reconciliation compares what was tried; skip one with nothing left to say. False when it does not go."""
        if row.purpose != Purpose.REMINDER or self.region is None:
            return True
        from bot.reminders import restated  # the reminders queue through this module

        text = restated(session, row, now, self.region)
        if text == "":
            _finish(row, OutboxStatus.SKIPPED, GONE_BY)
            report.skipped += 1
            return False
        if text is not None and text != row.body:
            logger.info("outbox %s: reminder written on an earlier day, worded again for today", row.id)
            row.body = text
        return True

    @staticmethod
    def _with_media(outgoing: Outgoing, media: MediaDecision) -> Outgoing:
        """The send with the row's media as the link the service serves (none when the row has none now)."""
        return replace(outgoing, media_url=media.url if outgoing.media_url else None)

    def _held_until(self, row: OutboxMessage, contact: Contact | None, now: datetime) -> datetime | None:
        """When a row may go if it may not go now: reminders and escalations only inside working hours (a
        retry after an outage too), nothing in the citizens' quiet hours; to staff, what their role brings them
        nothing in the staff's quiet hours, and what they asked for (a login code) at once."""
        if self.calendar is None:
            return None
        if row.purpose in WORKING_HOURS_PURPOSES:
            return None if self.calendar.is_working_time(now) else self.calendar.next_working_time(now)
        staff = contact is not None and contact.is_staff
        if staff and row.purpose in STAFF_AT_NIGHT_PURPOSES:
            return None
        if staff and row.purpose not in CITIZEN_PURPOSES:
            return self.calendar.next_staff_moment(now) if self.calendar.in_staff_quiet_hours(now) else None
        return self.calendar.next_citizen_moment(now) if self.calendar.in_quiet_hours(now) else None

    def _earlier_try(self, row_id: int, earlier: list[Outgoing], since: datetime
                     ) -> tuple[str | None, Outgoing | None]:
        """The SID and form of an earlier try of this row that reached Twilio, if any."""
        for tried in earlier:
            sid = self._reconcile(row_id, tried, since)
            if sid is not None:
                return sid, tried
        return None, None

    def _reconcile(self, row_id: int, outgoing: Outgoing, since: datetime) -> str | None:
        """The SID of this row's earlier attempt if Twilio has it (not one another row already owns)."""
        candidates = self.transport.find_sent(outgoing, since)
        if not candidates:
            return None
        with self.session_factory() as session:
            owned = set(session.scalars(select(OutboxMessage.twilio_sid).where(
                OutboxMessage.twilio_sid.in_(candidates), OutboxMessage.id != row_id)))
        for sid in candidates:
            if sid not in owned:
                logger.info("outbox %s: an earlier attempt reached Twilio as %s; not sending again", row_id, sid)
                return sid
        return None

    def outgoing(self, row: OutboxMessage, contact: Contact | None, now: datetime) -> Outgoing:
        """Build what the transport sends: free text inside the 24-hour window, else a template."""
        content_sid = row.template_sid
        if content_sid is None and not _inside_window(contact, now):
            content_sid = template_for(self.config, row.purpose)
        return self.build(row, content_sid)

    def build(self, row: OutboxMessage, content_sid: str | None) -> Outgoing:
        """The next send of a row as free text (`content_sid` None) or as that template. A photo of its own about a
        complaint carries the complaint's reference as its caption: it may arrive after other messages."""
        body, variables = _head(row, bool(content_sid))[0], None
        if not body and row.media_url and not content_sid:
            body = _caption(row)
        if content_sid:
            variables = row.template_variables or {"1": body or NO_TEXT}
        base = self.config["PUBLIC_BASE_URL"].rstrip("/")
        return Outgoing(to=row.recipient, body=body, media_url=row.media_url, content_sid=content_sid,
                        content_variables=variables,
                        status_callback=f"{base}/twilio/status" if base else None)

    def _failed(self, row, contact, outgoing: Outgoing, exc: TransportError, now, report,
                checking: bool = False) -> None:
        """Record a failed try: retried later, switched to a template or without its media, or given up. A try that
        failed while `checking` whether an earlier one reached Twilio leaves that one as uncertain as it was."""
        if row.status == OutboxStatus.SKIPPED:  # taken back while it was being sent: never tried again
            report.skipped += 1
            return
        row.last_error = str(exc)[:1000]
        row.ambiguous = exc.ambiguous or (checking and row.ambiguous)
        row.template_sid = outgoing.content_sid
        if exc.code == AUTHENTICATION:  # the operator's setting, not this message's fault: no attempt is used up
            row.attempts -= 1
            _retry_at(row, now + CREDENTIALS_WAIT)
            logger.error("outbox %s: %s", row.id, exc)
            report.refused += 1
            return
        if exc.code == OPTED_OUT and contact is not None:
            opt_out(object_session(row), contact, now)
            exc.retryable = False
        if exc.code == OUTSIDE_WINDOW and switch_to_template(row, self.config):
            _retry_at(row, now)
            report.retried += 1
            return
        if exc.code in MEDIA_REFUSED and outgoing.media_url and row.media_url:
            row.ambiguous = False  # refused: nothing went
            if without_media(object_session(row), row, self.config, f"Twilio refused it: {exc}"):
                _retry_at(row, now)
                report.retried += 1
            else:
                report.skipped += 1
            return
        if exc.retryable and row.attempts < self.config["OUTBOX_MAX_ATTEMPTS"]:
            _retry_at(row, now + backoff(row.attempts, self.config["OUTBOX_BACKOFF_SECONDS"]))
            logger.warning("outbox %s: attempt %s failed (%s); retrying", row.id, row.attempts, exc)
            report.retried += 1
            return
        _finish(row, OutboxStatus.FAILED, row.last_error)
        logger.error("outbox %s to %s (%s) given up after %s attempts: %s",
                     row.id, masked(row.recipient), row.purpose, row.attempts, exc)
        report.failed += 1


def opt_out(session: Session, contact: Contact, now: datetime) -> None:
    """Stop writing to a person whose WhatsApp replied STOP (Twilio's 21610, at a send or in its callback) until
    they write again (`bot.dispatch`); a staff member's STOP is news to those who rely on them (`StaffStopped`):
    everything for them is skipped from now on, and nothing else would say so."""
    if contact.opted_out:
        return
    contact.opted_out = True
    logger.info("contact %s opted out (21610)", contact.id)
    if contact.is_staff:
        publish(session, StaffStopped(contact.id, now))


def wait_for_credentials(session: Session, now: datetime) -> int:
    """Put every message due now behind CREDENTIALS_WAIT, saying why (one refused try says they would all be refused:
    nobody's attempts are used up and Twilio is not asked once per message); returns how many."""
    reason = f"{CREDENTIALS_REFUSED} (Twilio 401): {CREDENTIALS_HINT}"
    keep = OutboxMessage.last_error.startswith(MEDIA_NOT_SENT)  # the media metric counts those
    return session.execute(
        update(OutboxMessage).where(OutboxMessage.status == OutboxStatus.PENDING, OutboxMessage.next_attempt_at <= now)
        .values(next_attempt_at=now + CREDENTIALS_WAIT, last_error=case((keep, OutboxMessage.last_error), else_=reason))
    ).rowcount


def _dropped(session: Session, row: OutboxMessage, contact: Contact | None, report: SendReport) -> bool:
    """Skip a row that must not go at all: its recipient sent STOP, or it is a reminder whose every rung chased what
    happened since it was queued (one held by an outage over a long weekend, answered on Sunday: it would chase
    the officer for a follow-up they gave, `lapor.ladders.chases_nothing`)."""
    if contact is not None and contact.opted_out:
        reason = STOPPED
    elif row.purpose == Purpose.REMINDER and chases_nothing(session, row.dedupe_key):
        reason = CHASED_NOTHING
    else:
        return False
    _finish(row, OutboxStatus.SKIPPED, reason)
    report.skipped += 1
    return True


def _settle_media(session: Session, row: OutboxMessage, media: MediaDecision, config: dict, now: datetime,
                  report: SendReport) -> bool:
    """Whether the row goes now, as far as its media goes. A photo not fetched yet: a text goes now and the photo
    follows in a row of its own once stored; a photo alone waits (not a failed attempt). A photo that will never
    be there (refused, given up, purged, its file gone): the row goes without it, saying so (`without_media`)."""
    if media.wait and row.body.strip():
        session.add(OutboxMessage(recipient=row.recipient, media_url=row.media_url, purpose=row.purpose,
                                  subject_type=row.subject_type, subject_id=row.subject_id, part_of=row.id,
                                  created_at=now, next_attempt_at=now + MEDIA_WAIT))
        row.media_url = None
    elif media.wait:
        row.attempts -= 1
        _retry_at(row, now + MEDIA_WAIT)
        report.held += 1
        return False
    elif row.media_url and media.url is None and not without_media(session, row, config, media.reason,
                                                                   on_page=media.on_page):
        report.skipped += 1
        return False
    return True


# The `last_error` of a row skipped for its recipient's STOP, or for a reminder whose rungs chased what happened
# since (ops.metrics counts skipped rows by these, `penghubung_outbox_skipped`)
STOPPED = "recipient opted out (STOP)"
WITHDRAWN = "withdrawn: "  # the start of a row's taken back (`take_back`) or withdrawn before it went
CHASED_NOTHING = WITHDRAWN + "what the reminder chased happened meanwhile"
GONE_BY = WITHDRAWN + "the deadline it reminded of went by before it went; the overdue notice says so"
MEDIA_NOT_SENT = "media not sent"  # the start of `last_error` on a row whose media was left out (ops.metrics counts)
MEDIA_ON_PAGE = "media left to the page"  # …of a type WhatsApp cannot carry: as intended, not counted as a failure


def without_media(session: Session, row: OutboxMessage, config: dict, reason: str, *, on_page: bool = False) -> bool:
    """Take a media item that will never reach the recipient off its row, loudly (an error in the log, the row
    marked for the metrics), and put in its place a line saying so: to staff where to see it (the complaint's
    page), to a citizen that the agency's attachment could not be sent (before the rating question). The line is
    said once per notice: a photo of its own whose line was already said is skipped. Returns whether the row still
    has something to send. (A row whose last try may have reached Twilio as it was gets no line: it is reconciled
    as it was.) `on_page`: a type WhatsApp cannot carry (a MOV), left to the complaint's page as intended: logged
    at INFO and not counted among media that failed."""
    logger.log(logging.INFO if on_page else logging.ERROR, "outbox %s (%s) to %s: media %s not sent: %s", row.id,
               row.purpose, masked(row.recipient), row.media_url, reason)
    line = None if row.ambiguous else _missing_line(row, config)
    if line and not _said(session, row, line):
        row.body = f"{row.body.strip()}\n\n{line}" if row.body.strip() else line
    row.media_url, row.last_error = None, f"{MEDIA_ON_PAGE if on_page else MEDIA_NOT_SENT}: {reason}"[:1000]
    if not row.body.strip():
        _finish(row, OutboxStatus.SKIPPED)
        return False
    return True


def _missing_line(row: OutboxMessage, config: dict) -> str | None:
    """What the recipient of a row is told in place of its media (None: nothing to tell, as for a digest's chart:
    no complaint to name)."""
    number = _complaint_number(row)
    if number is None:
        return None
    reference = format_reference(number)
    if row.purpose == Purpose.FOLLOW_UP:
        return t("media_missing", reference=reference)
    if row.purpose not in STAFF_PURPOSES:
        return None
    return t("media_missing_staff", reference=reference, page=complaint_page(config, number))


def _said(session: Session, row: OutboxMessage, line: str) -> bool:
    """Whether another row of the same notice (same person, complaint and purpose, sent or being sent since this
    one was queued) already carries the line."""
    return session.scalar(select(OutboxMessage.id).where(
        OutboxMessage.recipient == row.recipient, OutboxMessage.subject_type == row.subject_type,
        OutboxMessage.subject_id == row.subject_id, OutboxMessage.purpose == row.purpose,
        OutboxMessage.id != row.id, OutboxMessage.last_attempt_at >= row.created_at,
        OutboxMessage.status.not_in((OutboxStatus.SKIPPED, OutboxStatus.FAILED)),
        OutboxMessage.body.contains(line, autoescape=True)).limit(1)) is not None


def _behind(session: Session, row: OutboxMessage, now: datetime, media_only: bool = False) -> datetime | None:
    """When a prompt (a rating or a question) may go if a message queued before it to the same person about the
    same complaint has not left yet (its text after an outage, or its photo still being fetched): the citizen reads
    the answer and sees its proof before being asked about it. Just after that message's next try, so that it is
    claimed first; None when nothing is before it. A photo that will never be stored is skipped (`_settle_media`)
    and one waiting for the person to write (`_keep_media`) holds nothing: the prompt is not held for ever."""
    if row.purpose not in PROMPT_PURPOSES or row.subject_id is None:
        return None
    count, due = session.execute(select(func.count(), func.max(OutboxMessage.next_attempt_at)).where(
        OutboxMessage.subject_type == row.subject_type, OutboxMessage.subject_id == row.subject_id,
        OutboxMessage.recipient == row.recipient, OutboxMessage.id != row.id,
        OutboxMessage.status.in_((OutboxStatus.PENDING, OutboxStatus.SENDING)),
        or_(OutboxMessage.id < row.id, OutboxMessage.part_of < row.id),
        *((OutboxMessage.media_url.is_not(None),) if media_only else ()))).one()
    return max(due, now) + timedelta(seconds=1) if count else None


def _keep_media(session: Session, row: OutboxMessage, now: datetime) -> bool:
    """A template cannot carry media (Twilio rejects it, 63030): the photo waits for the 24-hour window to open
    again, that is for the person to write after it was kept (`next_attempt_at`: a 63016 says the window is
    closed even when their last message seemed recent), and is then sent once. Returns whether the row still has
    a text to send now as the template (with a line saying a photo follows), or is itself the photo and waits.

    The photo's own row is made in the transaction that takes the photo off the text's row, so a retry of the
    text never makes a second one.
    """
    if not row.body.strip():
        row.status, row.lease_until, row.template_sid, row.twilio_sid = OutboxStatus.WAITING, None, None, None
        row.next_attempt_at = now
        return False
    session.add(OutboxMessage(recipient=row.recipient, media_url=row.media_url, purpose=row.purpose,
                              subject_type=row.subject_type, subject_id=row.subject_id, status=OutboxStatus.WAITING,
                              part_of=row.id, created_at=now, next_attempt_at=now))
    row.media_url = None
    row.body = f"{row.body}\n\n{t('photo_follows')}"
    return True


def _head(row: OutboxMessage, template: bool) -> tuple[str, str]:
    """The text the next send of this row carries (what fits a message, or a template's variable) and the rest."""
    if template and row.template_variables:
        return row.body, ""  # the template's own variables: one send
    return first_part(row.body, TEMPLATE_VARIABLE_CHARS if template else MAX_CHARS)


def _sent(session: Session, row: OutboxMessage, outgoing: Outgoing, sid: str, now: datetime) -> tuple[int, bool]:
    """Record a successful send; returns the id of the row that holds its SID and whether more parts are to go.

    A message carries at most MAX_CHARS of text, a template's variable TEMPLATE_VARIABLE_CHARS, so a longer row
    goes part after part, never cut: each sent part becomes a row of its own (SENT, with its SID and media, for
    status callbacks and reconciliation; a later id than the row, and `part_of` naming the row, so a swipe-reply to
    the part replies to the message) in the same transaction that takes it off the row, which keeps the rest and
    stays claimed by this worker. A retry or a reconciliation after a failure or a crash therefore only ever
    concerns the part at the head of the row, and the parts go in order.
    """
    rest = _head(row, bool(outgoing.content_sid))[1]
    if not rest:
        row.twilio_sid, row.sent_at, row.ambiguous = sid, now, False
        row.last_error = row.last_error if (row.last_error or "").startswith(MEDIA_NOT_SENT) else None
        row.template_sid = outgoing.content_sid
        _finish(row, OutboxStatus.SENT)
        return row.id, False
    part = OutboxMessage(
        recipient=row.recipient, body=outgoing.body, media_url=outgoing.media_url, purpose=row.purpose,
        subject_type=row.subject_type, subject_id=row.subject_id, part_of=row.id,
        template_sid=outgoing.content_sid, template_variables=outgoing.content_variables,
        status=OutboxStatus.SENT, attempts=row.attempts, next_attempt_at=row.next_attempt_at,
        last_attempt_at=now, twilio_sid=sid, created_at=row.created_at, sent_at=now)
    session.add(part)
    session.flush()
    row.body, row.media_url, row.template_sid = rest, None, outgoing.content_sid
    row.ambiguous, row.last_error = False, None
    row.attempts, row.last_attempt_at, row.lease_until = 1, now, now + LEASE  # claimed again for the next part
    return part.id, True


def _caption(row: OutboxMessage) -> str:
    """The caption of a media item sent on its own: the reference of the complaint it belongs to ("" for others)."""
    reference = _reference(row)
    return t("media_caption", reference=reference) if reference else ""


def shown_text(row: OutboxMessage) -> str:
    """The text a sent row's recipient reads: its body, or for a media item sent on its own the caption it went
    with (free-form sends; `flask chat` prints it)."""
    return row.body or (_caption(row) if row.media_url and not row.template_sid else "")


def _reference(row: OutboxMessage) -> str | None:
    """The reference of the complaint a row is about (None for others)."""
    number = _complaint_number(row)
    return format_reference(number) if number is not None else None


def _complaint_number(row: OutboxMessage) -> int | None:
    """The number of the complaint a row is about (None for others)."""
    session = object_session(row)
    if row.subject_type != "complaint" or row.subject_id is None or session is None:
        return None
    return session.scalar(select(Complaint.number).where(Complaint.id == row.subject_id))


def _load(session: Session, row_id: int) -> tuple[OutboxMessage, Contact | None]:
    row = session.get(OutboxMessage, row_id)
    return row, contact_at(session, row.recipient)


def contact_at(session: Session, address: str) -> Contact | None:
    """The contact messages to `address` go to, if known."""
    return session.scalars(_CONTACT_AT, {"address": address}).one_or_none()


_CONTACT_AT = select(Contact).where(Contact.reached_at(bindparam("address", type_=String())))  # built once


def _inside_window(contact: Contact | None, now: datetime) -> bool:
    return bool(contact and contact.last_inbound_at and now - contact.last_inbound_at < WINDOW)


def template_for(config: dict, purpose: str) -> str | None:
    """Return the approved template's Content SID for a purpose (or the default one), if configured."""
    sids = config["TWILIO_CONTENT_SIDS"]
    return sids.get(purpose) or sids.get("default")


def switch_to_template(row: OutboxMessage, config: dict) -> bool:
    """Make a row go again as a template after 63016; False when it already was one or none exists."""
    sid = template_for(config, row.purpose)
    if row.template_sid or not sid:
        return False
    row.template_sid = sid
    row.twilio_sid = None
    return True


def _taken_over(row: OutboxMessage) -> None:
    row.ambiguous = True  # the worker that held it died mid-send
    logger.warning("outbox %s: lease expired, reconciling before retry", row.id)


def _retry_at(row: OutboxMessage, when: datetime) -> None:
    row.status = OutboxStatus.PENDING
    row.next_attempt_at = when
    row.lease_until = None


def _finish(row: OutboxMessage, status: str, error: str | None = None) -> None:
    row.status = status
    row.lease_until = None
    if error:
        row.last_error = error
