"""`GET /metrics` in the Prometheus text format.

Two sources: counters and histograms kept by the web processes (in gunicorn's multiprocess mode when
PROMETHEUS_MULTIPROC_DIR is set), and gauges read from the database at scrape time for everything the scheduler
does, so that any web machine reports the whole service whatever machine its workers run on.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import os
import re
import time
from datetime import datetime

from flask import Blueprint, Flask, Response, current_app, g, request
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector
from sqlalchemy import case, func, select
from sqlalchemy.exc import SQLAlchemyError

from bot.outbox import CHASED_NOTHING, MEDIA_NOT_SENT, MEDIA_ON_PAGE, STOPPED, WITHDRAWN
from bot.transports import (
    BAD_NUMBER,
    CREDENTIALS_REFUSED,
    MEDIA_REFUSED,
    OPTED_OUT,
    OUTSIDE_WINDOW,
    THROTTLED,
    TOO_MANY_REQUESTS,
    UNDELIVERABLE,
)
from lapor.complaints import OPEN_STATUSES
from models import (
    Complaint,
    Contact,
    DeliveryStatus,
    Disposition,
    DispositionStatus,
    JobHeartbeat,
    LaporSyncItem,
    LedgerEntry,
    MediaItem,
    OutboxMessage,
    OutboxStatus,
    SyncStatus,
)
from models.vocab import Role
from ops.health import waiting_for_operator
from services import services

logger = logging.getLogger(__name__)

INBOUND = Counter("penghubung_inbound_messages_total", "Inbound WhatsApp messages by sender kind, step and outcome.",
                  ["kind", "step", "outcome"])
REQUEST_SECONDS = Histogram("penghubung_http_request_seconds", "Time to answer an HTTP request, by endpoint.",
                            ["endpoint", "status"],
                            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15))
ERRORS = Counter("penghubung_http_errors_total", "Requests that ended in an unhandled exception, by endpoint.",
                 ["endpoint"])
COMPLAINTS_REFUSED = Counter("penghubung_complaints_refused_total",
                             "New complaints not made: their number had used up its budget, by the window it filled.",
                             ["window"])
for _window in ("hour", "day"):  # served at 0 from the start: the dashboard's panel reads both
    COMPLAINTS_REFUSED.labels(_window)
LADDERS = ("verification", "first_response", "completion_reminder", "overdue")
QUEUED = (OutboxStatus.PENDING, OutboxStatus.SENDING, OutboxStatus.WAITING)


# /metrics's own blueprint (a door that is no page: the pages' request hooks skip it, web.NOT_PAGES).
bp = Blueprint("ops_metrics", __name__)


def init_app(app: Flask) -> None:
    """Time every request and serve /metrics."""
    app.before_request(_start_timer)
    app.after_request(_observe)
    app.teardown_request(_count_error)
    app.register_blueprint(bp)


def count_inbound(kind: str, step: str, outcome: str) -> None:
    """Count one inbound message: `kind` citizen or staff, `step` the state or command, `outcome` what happened."""
    _child(INBOUND, (kind, step or "-", outcome)).inc()


def count_refused(window: str) -> None:
    """Count one new complaint refused to a number past its budget (`window`: hour or day), once committed."""
    _child(COMPLAINTS_REFUSED, (window,)).inc()


def _child(metric, values: tuple[str, ...]):
    """`metric.labels(*values)`: the child prometheus_client keeps for these label values (made by it at first use),
    remembered here by the values as given (strings). `labels` checks its arguments, builds the tuple of their
    `str()` and takes the metric's lock for every call: twice a webhook message."""
    try:
        return _CHILDREN[metric, values]
    except KeyError:
        child = _CHILDREN[metric, values] = metric.labels(*values)
        return child


_CHILDREN: dict = {}


# Flask's context locals are read by `_get_current_object()`, once a hook: each read through their proxies costs
# several times the read itself, and these hooks run for every request (docs/hot-path.md)
def _start_timer() -> None:
    # a webhook message handed over by the front (bot.front) after it started: its time counts from there
    g._get_current_object().metrics_started = request._get_current_object().environ.get(STARTED) \
        or time.perf_counter()


def observe_request(endpoint: str, status: int, started: float) -> None:
    """Count one answer's time since `started` (`time.perf_counter()`), as the hooks count every Flask request's: for
    the webhook messages answered in front of Flask (bot.front)."""
    _child(REQUEST_SECONDS, (endpoint, str(status))).observe(time.perf_counter() - started)


STARTED = "penghubung.front.started"  # the environ's key of when bot.front started on a request it handed to Flask


def _observe(response: Response) -> Response:
    started = g._get_current_object().pop("metrics_started", None)
    endpoint = request._get_current_object().endpoint
    if started is not None:
        _child(REQUEST_SECONDS, (endpoint or "unknown", str(response.status_code))).observe(
            time.perf_counter() - started)
    if endpoint == "twilio.whatsapp" and response.status_code in (400, 403):
        count_inbound("unknown", "-", "invalid" if response.status_code == 400 else "forbidden")
    return response


def _count_error(exc: BaseException | None) -> None:
    if exc is not None:
        ERRORS.labels(endpoint=request.endpoint or "unknown").inc()


# Headers a reverse proxy adds: with none trusted (TRUSTED_PROXIES=0), a request bearing one came through a proxy
# whose own address (often 127.0.0.1) says nothing of the caller's.
PROXY_HEADERS = ("X-Forwarded-For", "Forwarded", "X-Real-IP")


@bp.get("/metrics")
def metrics_view() -> Response:
    """The metrics, for a caller with METRICS_TOKEN as a bearer token (or, without a token, from this machine)."""
    refused = _refusal()
    if refused:
        return Response(refused + "\n", status=403, mimetype="text/plain")
    registry = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        MultiProcessCollector(registry)
        registries = [registry]
    else:
        registries = [REGISTRY, registry]
    registry.register(DatabaseCollector(services(current_app)))
    body = b"".join(generate_latest(each) for each in registries)
    # As prometheus_client writes it: `mimetype=` made Flask add a second charset, and Prometheus 3 cannot parse
    # a Content-Type with a parameter twice (the scrape failed unless fallback_scrape_protocol was set).
    return Response(body, content_type=CONTENT_TYPE_LATEST)


def _refusal() -> str | None:
    """Why this caller may not read the metrics, in words an operator's curl shows (None: it may)."""
    token = current_app.config["METRICS_TOKEN"]
    if token:
        scheme, _, given = request.headers.get("Authorization", "").strip().partition(" ")
        if scheme.lower() != "bearer":
            return "send the METRICS_TOKEN setting as a header: Authorization: Bearer <token>"
        if not hmac.compare_digest(given.strip().encode(), token.encode()):
            return "the bearer token is not the METRICS_TOKEN setting"
        return None
    if not current_app.config["TRUSTED_PROXIES"]:
        forwarded = next((name for name in PROXY_HEADERS if name in request.headers), None)
        if forwarded:  # a reverse proxy on this machine makes every caller a loopback one
            return (f"METRICS_TOKEN is not set: only this machine may read the metrics, and this request came "
                    f"through a proxy ({forwarded}): set METRICS_TOKEN")
    try:
        if ipaddress.ip_address(request.remote_addr or "").is_loopback:
            return None
    except ValueError:
        pass
    return "METRICS_TOKEN is not set: only this machine may read the metrics"


class DatabaseCollector:
    """Gauges read from the database at scrape time: queues, sends, rungs, jobs, complaints, dispositions."""

    def __init__(self, svc):
        self.svc = svc

    def collect(self):
        """Yield every database-backed metric family (a few grouped COUNT queries), and whether the database
        answered: when it does not, the process's own metrics are still served (a failed scrape would hide them)."""
        now = self.svc.clock()
        try:
            with self.svc.session_factory() as session:
                families = [*outbox_metrics(session, now), *delivery_metrics(session), *media_metrics(session),
                            *rung_metrics(session), *job_metrics(session), *sync_metrics(session),
                            *complaint_metrics(session, now), *operator_metrics(session), *staff_metrics(session)]
        except SQLAlchemyError as exc:
            logger.error("metrics: the database does not answer (%s)", type(exc).__name__)
            families = []
        yield from families
        yield _family("penghubung_database_up", "Whether the database answered this scrape (1) or not (0).", [],
                      [(1 if families else 0,)])


def _family(name: str, documentation: str, labels: list[str], rows) -> GaugeMetricFamily:
    family = GaugeMetricFamily(name, documentation, labels=labels)
    for *values, count in rows:
        family.add_metric([str(value) for value in values], float(count or 0))
    return family


SKIP_REASONS = ("answered", "opted_out", "withdrawn", "no_media", "other")


GIVEN_UP = (OutboxStatus.FAILED, OutboxStatus.UNDELIVERED)
FAILED_REASONS = ("opted_out", "no_template", "bad_number", "undelivered", "media", "gave_up", "other")
_BY_CODE = {OPTED_OUT: "opted_out", OUTSIDE_WINDOW: "no_template", THROTTLED: "gave_up", TOO_MANY_REQUESTS: "gave_up",
            **dict.fromkeys(BAD_NUMBER, "bad_number"), **dict.fromkeys(UNDELIVERABLE, "undelivered"),
            **dict.fromkeys(MEDIA_REFUSED, "media")}
# The code in a given-up row's `last_error`: Twilio's refusal of the send (`Twilio 400 21610: …`, bot.transports),
# or its status callback (`undelivered 30008`, bot.status)
_CODE = re.compile(r"Twilio \d+ (\d+):|(?:failed|undelivered) (\d+)$")
_RETRIES_USED_UP = ("Twilio 5", "connection:", "throttled")  # what the outbox retries, till OUTBOX_MAX_ATTEMPTS
# What `failed_reason` reads of an error, its kind: "Twilio 400 21610:", "undelivered 30008" (the whole callback's),
# "connection:"; the words after (Twilio's text, a timeout's seconds) vary from message to message
ERROR_KIND_CHARS = 24


def failed_reason(last_error: str | None) -> str:
    """Why a message was given up, from its `last_error`: the Twilio code's meaning, `gave_up` when every attempt
    failed on what is retried (Twilio's 5xx, the connection, a rate limit), else `other`."""
    error = last_error or ""
    found = _CODE.match(error)
    if found:
        return _BY_CODE.get(int(found.group(1) or found.group(2)), "other")
    return "gave_up" if error.startswith(_RETRIES_USED_UP) else "other"


def outbox_metrics(session, now: datetime):
    """Outbox rows by status (sends by result), and how late the oldest due message is."""
    yield _family("penghubung_outbox_messages", "Outbox messages by status.", ["status"],
                  session.execute(select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)))
    # Skipped rows by why (the status's index finds them): a reminder withdrawn because what it chased was answered
    # meanwhile is a good thing; a STOP, a message taken back, or one whose media could not go is another
    why = case((OutboxMessage.last_error == STOPPED, "opted_out"),
               (OutboxMessage.last_error == CHASED_NOTHING, "answered"),
               (OutboxMessage.last_error.startswith(WITHDRAWN), "withdrawn"),
               (OutboxMessage.last_error.startswith(MEDIA_NOT_SENT), "no_media"),
               (OutboxMessage.last_error.startswith(MEDIA_ON_PAGE), "no_media"), else_="other")
    skipped = dict.fromkeys(SKIP_REASONS, 0) | dict(session.execute(
        select(why, func.count()).where(OutboxMessage.status == OutboxStatus.SKIPPED).group_by(why)).all())
    yield _family("penghubung_outbox_skipped", "Outbox messages skipped, by reason (answered: a reminder whose "
                  "chase was answered before it went).", ["reason"], skipped.items())
    given_up = dict.fromkeys(FAILED_REASONS, 0)
    kind = func.substr(OutboxMessage.last_error, 1, ERROR_KIND_CHARS)  # a row per kind, not per free text
    for error, count in session.execute(select(kind, func.count()).where(
            OutboxMessage.status.in_(GIVEN_UP)).group_by(kind)):
        given_up[failed_reason(error)] += count
    yield _family("penghubung_outbox_failed", "Outbox messages given up (failed or undelivered), by reason "
                  "(opted_out: the recipient sent STOP).", ["reason"], given_up.items())
    oldest_due = session.scalar(select(func.min(OutboxMessage.next_attempt_at)).where(
        OutboxMessage.status == OutboxStatus.PENDING, OutboxMessage.next_attempt_at <= now))
    queued = session.scalar(select(func.count()).where(OutboxMessage.status.in_(QUEUED)))
    yield _family("penghubung_outbox_queue_depth", "Messages not sent yet (pending, sending, waiting).", [],
                  [(queued,)])
    age = (now - oldest_due).total_seconds() if oldest_due else 0
    yield _family("penghubung_outbox_oldest_due_age_seconds",
                  "How long the oldest due message has waited to be sent (0: none is due).", [], [(max(age, 0),)])
    # A Twilio outage: every failed try backs off, so no message is due and the lateness above stays 0.
    failing = session.scalar(select(func.count()).where(
        OutboxMessage.status == OutboxStatus.PENDING, OutboxMessage.last_error.is_not(None),
        ~OutboxMessage.last_error.startswith(MEDIA_NOT_SENT),
        ~OutboxMessage.last_error.startswith(CREDENTIALS_REFUSED)))
    yield _family("penghubung_outbox_failing",
                  "Messages whose last try failed, waiting to be tried again (a Twilio outage, a rate limit).", [],
                  [(failing,)])


def delivery_metrics(session):
    """Twilio's delivery callbacks by status and error code."""
    yield _family("penghubung_delivery_callbacks", "Twilio delivery status callbacks by status and error code.",
                  ["status", "error_code"],
                  session.execute(select(DeliveryStatus.status, func.coalesce(DeliveryStatus.error_code, 0),
                                         func.count()).group_by(DeliveryStatus.status, DeliveryStatus.error_code)))


def media_metrics(session):
    """Media items by status (failed: a fetch given up or a stored file gone), and messages that went, or were
    skipped, without their media (`bot.outbox.without_media`), by purpose."""
    from bot.outbox import MEDIA_NOT_SENT

    yield _family("penghubung_media_items", "Media items people sent, by status.", ["status"],
                  session.execute(select(MediaItem.status, func.count()).group_by(MediaItem.status)))
    yield _family("penghubung_outbox_media_not_sent",
                  "Outbox messages whose media could not be sent (the recipient was told where to see it), by purpose.",
                  ["purpose"], session.execute(select(OutboxMessage.purpose, func.count()).where(
                      OutboxMessage.last_error.startswith(MEDIA_NOT_SENT)).group_by(OutboxMessage.purpose)))


def rung_metrics(session):
    """Reminder and escalation rungs sent, by ladder (their ledger keys)."""
    ladder = case(*((LedgerEntry.key.like(f"rung:{name}:%"), name) for name in LADDERS), else_=None)
    rows = session.execute(select(ladder, func.count()).where(ladder.is_not(None)).group_by(ladder)).all()
    counts = dict.fromkeys(LADDERS, 0) | dict(rows)
    yield _family("penghubung_rungs_sent", "Reminder and escalation rungs sent, by ladder.", ["ladder"],
                  counts.items())


def job_metrics(session):
    """Scheduled jobs: runs, failures, last success and last duration (from the heartbeat rows)."""
    beats = session.scalars(select(JobHeartbeat)).all()
    yield _family("penghubung_job_runs", "Runs of each scheduled job.", ["job"], [(b.job, b.runs) for b in beats])
    yield _family("penghubung_job_failures", "Failed runs of each scheduled job.", ["job"],
                  [(b.job, b.failures) for b in beats])
    yield _family("penghubung_job_last_run_timestamp_seconds", "When each job last ran (Unix time).", ["job"],
                  [(b.job, b.last_run_at.timestamp()) for b in beats])
    yield _family("penghubung_job_last_success_timestamp_seconds", "When each job last succeeded (Unix time).",
                  ["job"], [(b.job, b.last_success_at.timestamp()) for b in beats if b.last_success_at])
    yield _family("penghubung_job_last_duration_seconds", "How long each job's last run took.", ["job"],
                  [(b.job, b.last_duration_ms / 1000) for b in beats])


def sync_metrics(session):
    """The SP4N-LAPOR! sync queue by status (failed: given up)."""
    counts = dict.fromkeys((SyncStatus.PENDING, SyncStatus.SENDING, SyncStatus.FAILED), 0) | dict(session.execute(
        select(LaporSyncItem.status, func.count()).where(LaporSyncItem.status != SyncStatus.DONE)
        .group_by(LaporSyncItem.status)).all())
    yield _family("penghubung_lapor_sync_items", "SP4N-LAPOR! sync items not done, by status.", ["status"],
                  counts.items())


def complaint_metrics(session, now: datetime):
    """Open complaints by status, and open dispositions past their completion deadline."""
    counts = dict.fromkeys(OPEN_STATUSES, 0) | dict(session.execute(
        select(Complaint.status, func.count()).where(Complaint.status.in_(OPEN_STATUSES))
        .group_by(Complaint.status)).all())
    yield _family("penghubung_open_complaints", "Open complaints by status.", ["status"], counts.items())
    overdue = session.scalar(select(func.count()).where(
        Disposition.status == DispositionStatus.OPEN, Disposition.due_at < now))
    yield _family("penghubung_overdue_dispositions", "Open dispositions past their completion deadline.", [],
                  [(overdue,)])


def operator_metrics(session):
    """Items waiting for the operator (a wrong or rotated TWILIO_AUTH_TOKEN, a full media disk), not using up their
    attempts meanwhile."""
    yield _family("penghubung_waiting_for_operator",
                  "Items whose last try failed for what the operator must fix, by queue and cause (credentials: "
                  "Twilio refused the account's; storage: the media storage refused to write).",
                  ["queue", "cause"], [(queue, cause, count) for (queue, cause), count in
                                       waiting_for_operator(session).items()])


def staff_metrics(session):
    """Active staff whose WhatsApp replied STOP (Twilio's 21610): everything for them is skipped until they write
    again (`bot.outbox.opt_out`; their supervisors were told once), by role."""
    counts = dict.fromkeys(Role, 0) | dict(session.execute(
        select(Contact.role, func.count()).where(Contact.role.is_not(None), Contact.active.is_(True),
                                                 Contact.opted_out.is_(True)).group_by(Contact.role)).all())
    yield _family("penghubung_staff_stopped", "Active staff whose WhatsApp replied STOP: they get nothing till they "
                  "write again, by role.", ["role"], [(str(role), count) for role, count in counts.items()])
