"""Liveness (`/healthz`: the process and its database answer) and readiness (`/readyz`: the scheduler is alive too)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache

from alembic.script import ScriptDirectory
from flask import Blueprint, current_app, jsonify
from sqlalchemy import func, inspect, select, text

from bot.transports import CREDENTIALS_REFUSED, RESTART_AFTER_CREDENTIALS
from media.storage import STORAGE_REFUSED
from models import JobHeartbeat, LaporSyncItem, MediaItem, MediaStatus, OutboxMessage, OutboxStatus, SyncStatus
from services import services

bp = Blueprint("ops_health", __name__)


@bp.get("/healthz")
def healthz():
    """Report whether the database answers."""
    try:
        with services(current_app).engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:  # any failure means "not healthy"; say which
        return jsonify(status="error", database=type(exc).__name__), 503
    return jsonify(status="ok", database="ok")


@bp.get("/readyz")
def readyz():
    """Ready when the database answers and some scheduler process ran a job recently; 503 with the reason if not.
    What the operator must fix without the web being out of service (Twilio refusing the credentials) is a warning."""
    svc = services(current_app)
    now = svc.clock()
    try:
        with svc.session_factory() as session:
            beats = session.scalars(select(JobHeartbeat).order_by(JobHeartbeat.job)).all()
            warnings = operator_warnings(session) + media_warnings(session, svc.media_storage, current_app.config)
            warnings += clock_warnings(session)
    except Exception as exc:
        return jsonify(status="error", database=type(exc).__name__, reason=_unanswered(svc.engine)), 503
    report = scheduler_report(beats, now, current_app.config["READY_HEARTBEAT_MAX_AGE_SECONDS"])
    report["warnings"] = warnings
    schema = schema_report(svc.engine)
    if schema.get("reason"):
        report.update(status="error", reason=schema.pop("reason"))
    code = 200 if report["status"] == "ok" else 503
    return jsonify(database="ok", schema=schema, **report), code


# Why an item waits for the operator rather than using up its attempts, by the start of its last error.
CAUSES = {"credentials": CREDENTIALS_REFUSED, "storage": STORAGE_REFUSED}


def waiting_for_operator(session) -> dict[tuple[str, str], int]:
    """Items whose last try failed for what the operator must fix, not for anything of theirs, by queue and cause:
    Twilio refused the account's credentials (messages, media downloads), the media storage refused to write."""
    outbox = session.scalar(select(func.count()).where(
        OutboxMessage.status == OutboxStatus.PENDING, OutboxMessage.last_error.startswith(CREDENTIALS_REFUSED)))
    lapor = session.scalar(select(func.count()).where(
        LaporSyncItem.status == SyncStatus.PENDING, LaporSyncItem.last_error.startswith(CREDENTIALS_REFUSED)))
    counts = {("outbox", "credentials"): outbox, ("lapor_sync", "credentials"): lapor}
    for cause, start in CAUSES.items():
        counts["media", cause] = session.scalar(select(func.count()).where(
            MediaItem.status == MediaStatus.PENDING, MediaItem.last_error.startswith(start)))
    return counts


def operator_warnings(session) -> list[str]:
    """What /readyz tells the operator about items waiting for them (nothing when none do)."""
    counts = waiting_for_operator(session)
    warnings = []
    refused = [f"{count} {what}" for (queue, cause), count in counts.items()
               if cause == "credentials" and queue != "lapor_sync" and count
               for what in [{"outbox": "messages wait to be sent", "media": "files people sent wait to be fetched"}
                            [queue]]]
    if counts["lapor_sync", "credentials"]:
        warnings.append(f"SP4N-LAPOR! refused LAPOR_API_TOKEN: {counts['lapor_sync', 'credentials']} sync items "
                        "wait; fix the setting, then restart the worker")
    if refused:
        warnings.append(f"Twilio refused the account's credentials: {' and '.join(refused)}; check "
                        "TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (the Twilio Console's Account Info), "
                        f"{RESTART_AFTER_CREDENTIALS}")
    if counts["media", "storage"]:
        error = session.scalar(select(MediaItem.last_error).where(
            MediaItem.status == MediaStatus.PENDING, MediaItem.last_error.startswith(STORAGE_REFUSED))
            .order_by(MediaItem.id.desc()).limit(1))
        warnings.append(f"the media {error}: {counts['media', 'storage']} files people sent wait to be stored; "
                        "free space or fix the folder's permissions (nothing is given up meanwhile)")
    return warnings


# How far this machine's clock may stray from the database server's before /readyz says so: leases are compared
# with each machine's own clock, and a worker ahead of another by more than about 40 s (the lease less its renewal)
# takes over messages the other is still sending (docs/operations.md, *Several machines*).
CLOCK_SKEW_WARNING = timedelta(seconds=10)


def clock_warnings(session) -> list[str]:
    """A warning when this machine's wall clock is out of step with the database server's (the one clock every
    machine reads; on SQLite, this machine's own)."""
    database = session.scalar(select(func.now()))
    if not isinstance(database, datetime):
        return []
    database = database if database.tzinfo else database.replace(tzinfo=UTC)
    skew = (datetime.now(UTC) - database).total_seconds()
    if abs(skew) <= CLOCK_SKEW_WARNING.total_seconds():
        return []
    where = "ahead of" if skew > 0 else "behind"
    return [f"this machine's clock is {abs(skew):.0f} s {where} the database server's: workers compare their queues' "
            "leases with their own clocks, and one ahead of another by more than about 40 s sends what the other "
            "is still sending; keep every machine's clock in step (NTP, e.g. systemd-timesyncd or chrony)"]


def media_warnings(session, storage, config: dict) -> list[str]:
    """A warning when the newest stored media file is not in this machine's storage (a folder on this machine's own
    disk while another machine stores; another bucket, prefix or endpoint): one stat of a file, or for a bucket one
    HEAD request per new file (`S3Storage.unreadable_here`)."""
    key = session.scalar(select(MediaItem.sha256).where(MediaItem.status == MediaStatus.STORED,
                                                        MediaItem.sha256.is_not(None))
                         .order_by(MediaItem.id.desc()).limit(1))
    try:
        missing = key is not None and storage is not None and storage.unreadable_here(key)
    except (KeyError, OSError):
        missing = True
    if not missing:
        return []
    where = config["MEDIA_STORAGE_URL"] or "instance/media/, the default"
    return [f"the newest stored media file is not in this machine's media storage ({where}): photos stored by "
            "another machine are not served here; set MEDIA_STORAGE_URL on every machine to one s3://bucket/prefix "
            "(the same MEDIA_S3_ENDPOINT_URL, and credentials that may read it) or to a folder they all mount"]


NO_TABLES = "the database answers but has no tables: run `flask --app app db upgrade`"


def schema_problem(engine) -> str | None:
    """What stops this code from working on the database's schema (no tables, another revision), or None."""
    with engine.connect() as connection:
        if not inspect(connection).has_table(JobHeartbeat.__tablename__):
            return NO_TABLES
    return schema_report(engine).get("reason")


def _unanswered(engine) -> str:
    """Why the heartbeats could not be read: no database, or a database nobody migrated."""
    try:
        with engine.connect() as connection:
            migrated = inspect(connection).has_table(JobHeartbeat.__tablename__)
    except Exception:
        return "the database does not answer"
    if not migrated:
        return NO_TABLES
    return "the scheduler's heartbeats could not be read"


@cache
def _code_revisions() -> tuple[frozenset[str], frozenset[str]]:
    """The migrations' heads and every revision this code knows."""
    from models.cli import alembic_config

    scripts = ScriptDirectory.from_config(alembic_config())
    return frozenset(scripts.get_heads()), frozenset(script.revision for script in scripts.walk_revisions())


def schema_report(engine) -> dict:
    """The database's Alembic revision beside this code's: a reason (not ready) when the database is older (a
    machine upgraded before `db upgrade`), a note when it is newer (a machine not yet restarted on the newer commit:
    it keeps serving, as docs/operations.md's upgrade steps need). A schema made without Alembic (tests' create_all)
    passes."""
    heads, known = _code_revisions()
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return {"code": ", ".join(sorted(heads))}
        stored = set(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())
    report = {"database": ", ".join(sorted(stored)) or None, "code": ", ".join(sorted(heads))}
    if stored - known:  # upgraded by a newer commit: the migrations add, so this code still serves (it says so)
        report["note"] = (f"the database schema ({report['database']}) is newer than this code "
                          f"({report['code']}): deploy the newer commit on this machine")
    elif stored != heads:
        report["reason"] = (f"the database schema ({report['database'] or 'empty'}) is older than this code "
                            f"({report['code']}): run `flask --app app db upgrade`")
    return report


def scheduler_report(beats: list[JobHeartbeat], now: datetime, max_age: int) -> dict:
    """The scheduler's state from its heartbeat rows: ok when the newest run is at most `max_age` seconds old."""
    jobs = {beat.job: {"last_run_at": beat.last_run_at.isoformat(), "host": beat.host,
                       "last_success_at": beat.last_success_at and beat.last_success_at.isoformat(),
                       "failures": beat.failures, "runs": beat.runs} for beat in beats}
    if not beats:
        return {"status": "error", "reason": "no scheduler has run a job yet (start `python -m scheduler`)",
                "scheduler": {"jobs": jobs}}
    age = (now - max(beat.last_run_at for beat in beats)).total_seconds()
    scheduler = {"heartbeat_age_seconds": round(age, 1), "max_age_seconds": max_age, "jobs": jobs}
    if age > max_age:
        last = max(beats, key=lambda beat: beat.last_run_at)
        return {"status": "error", "scheduler": scheduler,
                "reason": f"the scheduler has been silent for {age:.0f} s (limit {max_age} s): its last job ran on "
                          f"{last.host}; check `python -m scheduler` there (its log, then restart it)"}
    return {"status": "ok", "scheduler": scheduler}
