"""Liveness (`/healthz`: the process and its database answer) and readiness (`/readyz`: the scheduler is alive too)."""

from __future__ import annotations

from datetime import datetime

from flask import Blueprint, current_app, jsonify
from sqlalchemy import select, text

from models import JobHeartbeat
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
    """Ready when the database answers and some scheduler process ran a job recently; 503 with the reason if not."""
    svc = services(current_app)
    now = svc.clock()
    try:
        with svc.session_factory() as session:
            beats = session.scalars(select(JobHeartbeat).order_by(JobHeartbeat.job)).all()
    except Exception as exc:
        return jsonify(status="error", database=type(exc).__name__, reason="the database does not answer"), 503
    report = scheduler_report(beats, now, current_app.config["READY_HEARTBEAT_MAX_AGE_SECONDS"])
    code = 200 if report["status"] == "ok" else 503
    return jsonify(database="ok", **report), code


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
        return {"status": "error", "reason": f"the scheduler has been silent for {age:.0f} s (limit {max_age} s)",
                "scheduler": scheduler}
    return {"status": "ok", "scheduler": scheduler}
