"""Readiness: the database answers and a scheduler process ran a job recently, wherever it runs."""

from __future__ import annotations

import socket

import pytest
from sqlalchemy import select

import scheduler.heartbeat
import scheduler.jobs
from models import JobHeartbeat
from models.db import upsert_insert
from scheduler.jobs import run_all
from services import services
from tests.test_scheduler import failing_and_good_jobs


def ready(app):
    response = app.test_client().get("/readyz")
    return response.status_code, response.get_json()


def test_not_ready_until_a_scheduler_has_run(app, svc):
    code, body = ready(app)
    assert code == 503 and "no scheduler" in body["reason"] and body["database"] == "ok"
    run_all(svc, svc.clock())
    code, body = ready(app)
    assert code == 200 and body["status"] == "ok"
    assert set(body["scheduler"]["jobs"]) == {job.name for job in scheduler.jobs.JOBS}


def test_a_stale_heartbeat_makes_the_service_unready_with_the_reason(app, svc, clock):
    run_all(svc, clock())
    clock.advance(seconds=app.config["READY_HEARTBEAT_MAX_AGE_SECONDS"] - 1)
    assert ready(app)[0] == 200
    clock.advance(seconds=2)
    code, body = ready(app)
    assert code == 503 and "silent for 301 s" in body["reason"]
    # what to do, as the other reasons say (found stopping the worker on the walk of 7 December): which machine
    assert "python -m scheduler" in body["reason"] and socket.gethostname() in body["reason"]
    run_all(svc, clock())  # the worker comes back
    assert ready(app)[0] == 200


def test_the_heartbeat_age_limit_is_a_setting(make_app, clock):
    app = make_app(READY_HEARTBEAT_MAX_AGE_SECONDS=30)
    run_all(services(app), clock())
    clock.advance(seconds=31)
    assert ready(app)[0] == 503


def test_not_ready_when_the_database_is_down(make_app):
    make_app()
    broken = make_app(DATABASE_URL="postgresql+psycopg://nobody@127.0.0.1:1/none")
    code, body = ready(broken)
    assert code == 503 and body["database"] == "OperationalError"


def test_heartbeats_count_runs_and_failures_and_keep_the_last_success(svc, clock, monkeypatch):
    monkeypatch.setattr(scheduler.jobs, "JOBS", failing_and_good_jobs([]))
    first = clock()
    run_all(svc, first)
    clock.advance(minutes=1)
    run_all(svc, clock())
    with svc.session_factory() as session:
        beats = {beat.job: beat for beat in session.scalars(select(JobHeartbeat))}
    assert (beats["good"].runs, beats["good"].failures, beats["good"].last_success_at) == (2, 0, clock())
    assert (beats["broken"].runs, beats["broken"].failures, beats["broken"].last_success_at) == (2, 2, None)
    assert "database went away" in beats["broken"].last_error
    assert beats["broken"].last_run_at == clock()


def test_a_heartbeat_builds_its_upsert_once_per_database_kind(svc, clock, monkeypatch):
    # Every job run beats (11 a tick): building the upsert each time was about 1 ms of CPU per beat.
    built = []
    monkeypatch.setattr(scheduler.heartbeat, "upsert_insert", lambda session, entity: built.append(entity) or
                        upsert_insert(session, entity))
    monkeypatch.setattr(scheduler.heartbeat, "_UPSERTS", {})
    monkeypatch.setattr(scheduler.jobs, "JOBS", failing_and_good_jobs([]))
    run_all(svc, clock())
    clock.advance(minutes=1)
    run_all(svc, clock())
    assert len(built) == 1
    with svc.session_factory() as session:
        beats = {beat.job: (beat.runs, beat.failures) for beat in session.scalars(select(JobHeartbeat))}
    assert beats == {"good": (2, 0), "broken": (2, 2)}


@pytest.mark.parametrize("at", ["2026-01-05T10:00", "2030-06-01T10:00"])
def test_tick_at_another_instant_still_beats_with_the_wall_clock(app, svc, clock, at):
    result = app.test_cli_runner().invoke(args=["tick", "--at", at])
    assert result.exit_code == 0, result.output
    with svc.session_factory() as session:
        assert {beat.last_run_at for beat in session.scalars(select(JobHeartbeat))} == {clock()}


@pytest.mark.parametrize(("stored", "reason"), [
    # A machine on a newer commit started before `flask db upgrade`: /readyz said ok, every webhook was a 500.
    ("0027", "run `flask --app app db upgrade`"),
    ("0001", "run `flask --app app db upgrade`"),
])
def test_a_schema_older_than_the_codes_makes_the_service_unready(app, svc, clock, stored, reason):
    run_all(svc, clock())
    with svc.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.exec_driver_sql(f"INSERT INTO alembic_version VALUES ('{stored}')")
    code, body = ready(app)
    assert code == 503 and reason in body["reason"] and body["schema"]["database"] == stored
    with svc.engine.begin() as connection:
        connection.exec_driver_sql(f"UPDATE alembic_version SET version_num = '{body['schema']['code']}'")
    assert ready(app)[0] == 200


def test_a_machine_on_the_older_commit_stays_ready_once_the_database_is_upgraded(app, svc, clock):
    """docs/operations.md's upgrade runs `db upgrade` once, then restarts the machines one by one: a machine still on
    the older commit between those steps serves on (the migrations add, they do not take away), so a 503 would have
    taken every machine out of the balancer at once. It says so in `schema` and stays ready."""
    run_all(svc, clock())
    with svc.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.exec_driver_sql("INSERT INTO alembic_version VALUES ('0099_from_a_newer_commit')")
    code, body = ready(app)
    assert code == 200 and body["status"] == "ok", body
    assert "newer than this code" in body["schema"]["note"] and body["schema"]["database"] == "0099_from_a_newer_commit"


def test_a_database_without_tables_says_to_migrate(app, svc):
    # An operator who skipped `db upgrade` read «the database does not answer» while /healthz said ok.
    with svc.engine.begin() as connection:
        connection.exec_driver_sql("ALTER TABLE job_heartbeats RENAME TO job_heartbeats_away")
    try:
        code, body = ready(app)
    finally:
        with svc.engine.begin() as connection:
            connection.exec_driver_sql("ALTER TABLE job_heartbeats_away RENAME TO job_heartbeats")
    assert code == 503 and "db upgrade" in body["reason"]


def test_twilio_refusing_the_credentials_is_named_by_readiness_and_metrics(make_app, clock):
    """A rotated token made the messages wait (or, before, given up) with nothing but a worker's log line saying why."""
    from bot.outbox import enqueue
    from bot.transports import TwilioTransport
    from tests.fake_twilio import FakeTwilio
    from tests.ops.test_metrics import scrape, value

    with FakeTwilio(clock=clock) as fake:
        app = make_app(transport=TwilioTransport(fake.account_sid, "rotated-in-the-console", "whatsapp:+14155238886",
                                                 api_base_url=fake.base_url, timeout=0.5))
        svc = services(app)
        with svc.session_factory.begin() as session:
            for i in range(2):
                enqueue(session, "+6281100000010", f"disposisi {i}", now=clock())
        run_all(svc, clock())
        code, body = ready(app)
        assert code == 200, body  # the web still answers people: out of the balancer nobody's message is read
        assert any("TWILIO_AUTH_TOKEN" in warning and "2" in warning for warning in body["warnings"]), body
        # The web checks every webhook's signature with the same token: restarting the worker alone (as the
        # warning said) left every citizen's message refused with 403 once Twilio signed with the new token, and
        # gunicorn's HUP keeps the environment it started with (found rotating the token on ops5's deployment).
        [warning] = body["warnings"]
        assert "web" in warning and "HUP" in warning, warning
        samples = scrape(app)
        assert value(samples, "penghubung_waiting_for_operator", queue="outbox", cause="credentials") == 2
        assert value(samples, "penghubung_waiting_for_operator", queue="media", cause="storage") == 0


def test_a_media_folder_this_machine_does_not_share_is_named_by_readiness(app, svc, clock):
    """Several machines on `instance/media/` each: the worker stored a photo the web machines answered 404 for."""
    from models import MediaItem, MediaStatus

    run_all(svc, clock())
    kept = svc.media_storage.put(b"a photo on this machine", "image/jpeg")
    with svc.session_factory.begin() as session:
        session.add(MediaItem(source_url="https://api.twilio.com/m/1", declared_type="image/jpeg", sha256=kept,
                              status=MediaStatus.STORED, stored_at=clock()))
    assert ready(app)[1]["warnings"] == []
    with svc.session_factory.begin() as session:  # stored by a worker on another machine, into its own folder
        session.add(MediaItem(source_url="https://api.twilio.com/m/2", declared_type="image/jpeg", sha256="ab" * 32,
                              status=MediaStatus.STORED, stored_at=clock()))
    code, body = ready(app)
    assert code == 200 and any("MEDIA_STORAGE_URL" in warning for warning in body["warnings"]), body


@pytest.mark.parametrize("offset, said", [(0, None), (90, "ahead of"), (-75, "behind")])
def test_a_machine_clock_out_of_step_with_the_database_is_named_by_readiness(app, svc, clock, offset, said):
    """Leases are compared with each machine's own clock: one ahead by more than about 40 s took over messages
    another worker was still sending, and nothing told the operator the clocks were out of step."""
    from datetime import UTC, datetime, timedelta

    import time_machine

    run_all(svc, clock())
    with time_machine.travel(datetime.now(UTC) + timedelta(seconds=offset), tick=True):
        code, body = ready(app)
    assert code == 200, body  # a warning: the web keeps answering people
    skewed = [warning for warning in body["warnings"] if "clock" in warning]
    if said is None:
        assert skewed == []
    else:
        assert len(skewed) == 1 and said in skewed[0] and "NTP" in skewed[0], skewed
        assert f"{abs(offset) // 10}" in skewed[0]  # about how far, in seconds
