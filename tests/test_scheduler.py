"""The scheduler: every job is scheduled in the region's time zone, and one failing job never stops the rest."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from apscheduler.schedulers.background import BackgroundScheduler

import scheduler.jobs
import scheduler.runner
from scheduler.jobs import JOBS, Job, run_all
from scheduler.runner import build_scheduler

NOW = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)  # Monday 10:00 in Jakarta, 11:00 in Makassar


def test_every_job_is_scheduled_in_the_region_time_zone(make_app):
    app = make_app(APP_TIMEZONE="Asia/Makassar")
    built = build_scheduler(app, BackgroundScheduler)
    jobs = {job.id: job for job in built.get_jobs()}
    assert set(jobs) == {job.name for job in JOBS}
    assert built.timezone == ZoneInfo("Asia/Makassar")
    for job in jobs.values():
        assert job.trigger.timezone == ZoneInfo("Asia/Makassar"), job.id


def test_interval_comes_from_the_configuration(make_app):
    app = make_app(OUTBOX_INTERVAL_SECONDS=17)
    outbox = build_scheduler(app, BackgroundScheduler).get_job("outbox")
    assert outbox.trigger.interval.total_seconds() == 17


def test_daily_job_runs_at_the_regional_hour(make_app, monkeypatch):
    digest = Job("digest", lambda svc, now: "ok", cron={"hour": 7, "minute": 0})
    monkeypatch.setattr(scheduler.runner, "JOBS", [digest])
    app = make_app(APP_TIMEZONE="Asia/Makassar")
    trigger = build_scheduler(app, BackgroundScheduler).get_job("digest").trigger
    fire = trigger.get_next_fire_time(None, NOW)
    assert (fire.hour, fire.tzinfo) == (7, ZoneInfo("Asia/Makassar"))
    assert fire.astimezone(UTC) == datetime(2026, 11, 23, 23, 0, tzinfo=UTC)  # 07:00 WITA next morning


def failing_and_good_jobs(ran: list):
    def broken(svc, now):
        raise RuntimeError("database went away")

    def good(svc, now):
        ran.append(now)
        return "done"

    return [Job("broken", broken, interval_setting="OUTBOX_INTERVAL_SECONDS"),
            Job("good", good, interval_setting="OUTBOX_INTERVAL_SECONDS")]


def test_tick_runs_the_other_jobs_when_one_fails(svc, monkeypatch, caplog):
    ran = []
    monkeypatch.setattr(scheduler.jobs, "JOBS", failing_and_good_jobs(ran))
    with caplog.at_level(logging.ERROR, logger="scheduler.jobs"):
        results = run_all(svc, NOW)
    assert results == {"broken": "error", "good": "done"}
    assert ran == [NOW]
    [record] = [r for r in caplog.records if "broken" in r.getMessage()]
    assert record.levelno == logging.ERROR
    assert record.exc_info and "database went away" in str(record.exc_info[1])


def test_scheduled_job_failure_is_logged_and_the_next_job_still_runs(make_app, monkeypatch, caplog):
    ran = []
    monkeypatch.setattr(scheduler.runner, "JOBS", failing_and_good_jobs(ran))
    built = build_scheduler(make_app(), BackgroundScheduler)
    with caplog.at_level(logging.ERROR, logger="scheduler.runner"):
        for name in ("broken", "good"):
            built.get_job(name).func()  # what APScheduler calls on each tick
    assert len(ran) == 1
    assert any(r.exc_info and "job broken failed" in r.getMessage() for r in caplog.records)


def test_flask_tick_runs_the_jobs_at_the_given_instant(app, monkeypatch):
    ran = []
    monkeypatch.setattr(scheduler.jobs, "JOBS", failing_and_good_jobs(ran))
    result = app.test_cli_runner().invoke(args=["tick", "--at", "2026-11-23T10:00"])
    assert result.exit_code == 0, result.output
    assert "broken: error" in result.output and "good: done" in result.output
    assert ran == [datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Asia/Jakarta"))]


@pytest.mark.parametrize("bad", ["besok pagi", "2026-13-01"])
def test_flask_tick_refuses_a_bad_instant(app, bad):
    result = app.test_cli_runner().invoke(args=["tick", "--at", bad])
    assert result.exit_code == 2
    assert "not an ISO-8601 instant" in result.output


def test_a_stop_while_the_worker_is_still_being_built_is_a_clean_exit(monkeypatch):
    """SIGTERM during the slow start (imports, create_app) already exits cleanly: the handler comes first."""
    import signal

    import app
    import scheduler.__main__ as worker

    seen = []

    def stopped_while_building(*_args, **_kwargs):
        seen.append(signal.getsignal(signal.SIGTERM))
        raise SystemExit(0)  # what the handler raises when the stop arrives here

    monkeypatch.setattr(app, "create_app", stopped_while_building)
    previous = signal.getsignal(signal.SIGTERM)
    try:
        worker.main()  # returns: the stop is handled, nothing half-started is left
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert [type(handler) for handler in seen] == [worker.StopSignal]


@pytest.mark.parametrize(("schema", "said"), [
    ("DROP TABLE job_heartbeats", "no tables"),  # as a database nobody migrated fails
    ("CREATE TABLE alembic_version (version_num VARCHAR(32)); INSERT INTO alembic_version VALUES ('0027')",
     "older than this code"),
])
def test_the_worker_refuses_to_start_on_a_schema_that_is_not_its_own(monkeypatch, make_app, schema, said):
    """A worker started before `db upgrade` logged a traceback for every job every few seconds, forever."""
    import signal

    import app
    import scheduler.__main__ as worker
    from services import services

    built = make_app()
    with services(built).engine.begin() as connection:
        for statement in schema.split("; "):
            connection.exec_driver_sql(statement)
    monkeypatch.setattr(app, "create_app", lambda: built)
    previous = {signum: signal.getsignal(signum) for signum in (signal.SIGTERM, signal.SIGINT)}
    try:
        with pytest.raises(SystemExit, match=f"{said}.*db upgrade"):
            worker.main()
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if "DROP" in schema:
            from models import JobHeartbeat

            JobHeartbeat.__table__.create(services(built).engine)


@pytest.mark.parametrize(("environment", "said"), [
    # A setting refused, or a database that does not answer: a traceback of 18 and 111 lines (found starting
    # the worker on ops5's database with SECRET_KEY unset, then a DATABASE_URL naming a database not created).
    ({"APP_ENV": "production", "SECRET_KEY": ""}, "scheduler not started: APP_ENV=production needs "),
    ({"OUTBOX_INTERVAL_SECONDS": "abc"}, "scheduler not started: OUTBOX_INTERVAL_SECONDS: expected a whole"),
    ({"DATABASE_URL": "postgresql+psycopg://penghubung:pa55word@127.0.0.1:1/penghubung"},
     "scheduler not started: the database does not answer \\(OperationalError: .*\\): check DATABASE_URL"),
])
def test_the_worker_refuses_to_start_in_one_line_saying_why(monkeypatch, environment, said):
    import signal

    import scheduler.__main__ as worker

    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    previous = {signum: signal.getsignal(signum) for signum in (signal.SIGTERM, signal.SIGINT)}
    try:
        with pytest.raises(SystemExit, match=said) as refused:
            worker.main()
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    message = str(refused.value.code)
    assert "\n" not in message and "pa55word" not in message and "Traceback" not in message
    assert refused.value.__suppress_context__ or refused.value.__cause__ is None


def test_a_stop_that_lands_while_apscheduler_submits_a_job_still_stops_the_worker(monkeypatch, make_app):
    """A signal lands wherever the main thread is; APScheduler catches every exception while it submits a job, so
    the stop must not depend on one (a SystemExit raised there was logged and the worker ran on)."""
    import os
    import signal
    import threading

    from apscheduler.executors.pool import ThreadPoolExecutor

    import app
    import scheduler.__main__ as worker

    monkeypatch.setattr(app, "create_app", lambda: make_app(LADDER_INTERVAL_SECONDS=1, OUTBOX_INTERVAL_SECONDS=1))
    submitted, original = [], ThreadPoolExecutor._do_submit_job
    # Should the stop be lost, a second SIGTERM in 3 s (most likely in the scheduler's wait) ends the worker.
    backstop = threading.Timer(3, os.kill, (os.getpid(), signal.SIGTERM))

    def submit_as_the_signal_lands(self, job, run_times):
        submitted.append(job.name)
        if len(submitted) == 1:
            backstop.start()
            signal.getsignal(signal.SIGTERM)(signal.SIGTERM, None)  # the handler, in the middle of a submission
        return original(self, job, run_times)

    monkeypatch.setattr(ThreadPoolExecutor, "_do_submit_job", submit_as_the_signal_lands)
    previous = {signum: signal.getsignal(signum) for signum in (signal.SIGTERM, signal.SIGINT)}
    try:
        worker.main()
    finally:
        backstop.cancel()
        backstop.join()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    assert len(submitted) <= 11, f"the worker ran on after the stop: {len(submitted)} jobs submitted"


def test_the_first_scheduler_after_an_upgrade_rewrites_the_performance_facts_once(make_app):
    """When a release changes what a figure counts (facts.RULES), the stored facts are rewritten by the first
    scheduler to start, not by an operator who has to remember a command; the next start leaves them alone."""
    from sqlalchemy import func, select, text

    from lapor import facts
    from models import Disposition, PerformanceFact
    from services import services
    from tests import factories

    app = make_app()
    svc = services(app)
    with svc.session_factory.begin() as session:
        complaint = factories.complaint(session, NOW, svc.region)
        session.add(Disposition(complaint=complaint, agency=factories.agency(session), created_at=NOW))
    count = select(func.count()).select_from(PerformanceFact)
    with svc.session_factory.begin() as session:
        kept = session.scalar(count)
        session.execute(text("DELETE FROM performance_facts"))  # as figures counted by an older rule: wrong
    assert kept > 0
    build_scheduler(app, BackgroundScheduler)
    with svc.session_factory.begin() as session:
        assert session.scalar(count) == kept, "rewritten at the first start"
        session.execute(text("DELETE FROM performance_facts"))
    build_scheduler(make_app(), BackgroundScheduler)  # another machine's scheduler, or a restart
    with svc.session_factory() as session:
        assert session.scalar(count) == 0, f"rewritten once per rule ({facts.RULES}), not at every start"


def test_a_worker_restarted_after_the_operator_fixed_a_setting_tries_what_waited_for_it_at_once(make_app, clock):
    """The operator fixed TWILIO_AUTH_TOKEN and restarted the worker, as /readyz said: the messages and files still
    waited out the minute of their last refusal, the warning standing meanwhile."""
    from sqlalchemy import select

    from bot.outbox import enqueue, wait_for_credentials
    from media.fetch import wait_for_credentials as files_wait
    from models import MediaItem, OutboxMessage
    from services import services

    app = make_app()
    svc = services(app)
    with svc.session_factory.begin() as session:
        enqueue(session, "+6281100000010", "disposisi", now=clock())
        session.add(MediaItem(source_url="https://api.twilio.com/m/1", declared_type="image/jpeg",
                              next_attempt_at=clock()))
        session.flush()
        assert wait_for_credentials(session, clock()) == files_wait(session, clock()) == 1
    build_scheduler(app, BackgroundScheduler)
    with svc.session_factory() as session:
        due = [session.scalar(select(model.next_attempt_at)) for model in (OutboxMessage, MediaItem)]
    assert all(when <= clock() for when in due), due


def started_with(make_app, clock, region):
    """The services of a worker started on `region`'s hours that has delivered once: a restart after the hours
    changed, then another machine's worker with the same settings."""
    from scheduler.jobs import deliver_outbox
    from services import services

    for _start in range(2):
        app = make_app(REGION_SETTINGS=str(region))
        build_scheduler(app, BackgroundScheduler)
        deliver_outbox(services(app), clock.now)
        yield services(app)


@pytest.mark.parametrize(("quiet_end", "goes_at"), [
    ("05:00", datetime(2026, 11, 23, 22, 0, tzinfo=UTC)),  # earlier: 05:00 WIB, not the old 06:00
    ("07:30", datetime(2026, 11, 24, 0, 30, tzinfo=UTC)),  # later: 07:30 WIB
    ("06:00", datetime(2026, 11, 23, 23, 0, tzinfo=UTC)),  # unchanged: still 06:00 WIB
])
def test_messages_held_for_the_quiet_hours_follow_new_quiet_hours_at_the_next_start(
        make_app, clock, tmp_path, quiet_end, goes_at):
    """The operator moved the citizens' quiet hours to end at 05:00 and restarted the worker: what was held the
    evening before still waited for 06:00, the old end. A message backing off after a failure keeps its time."""
    from datetime import timedelta

    from sqlalchemy import select

    from bot.outbox import enqueue
    from models import OutboxMessage, OutboxStatus
    from scheduler.jobs import deliver_outbox
    from services import services

    clock.now = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)  # Monday 22:00 WIB: quiet hours
    svc = services(make_app())
    backoff_until = clock.now + timedelta(minutes=7)
    with svc.session_factory.begin() as session:
        [held] = enqueue(session, "+6281234567890", "pengaduan Anda diteruskan", now=clock.now)
        [failing] = enqueue(session, "+6281234567891", "pengaduan Anda diteruskan", now=clock.now)
        failing.attempts, failing.last_error, failing.next_attempt_at = 1, "Twilio 500", backoff_until
    deliver_outbox(svc, clock.now)
    with svc.session_factory() as session:
        assert session.get(OutboxMessage, held.id).next_attempt_at == datetime(2026, 11, 23, 23, 0, tzinfo=UTC)

    region = tmp_path / "region.toml"
    region.write_text(f'quiet_end = "{quiet_end}"\nstaff_quiet_end = "{quiet_end}"\n', encoding="utf-8")
    clock.advance(minutes=5)
    for started in started_with(make_app, clock, region):
        with started.session_factory() as session:
            rows = {row.id: row for row in session.scalars(select(OutboxMessage))}
        assert rows[held.id].status == OutboxStatus.PENDING and rows[held.id].attempts == 0
        assert rows[held.id].next_attempt_at == goes_at
        assert rows[failing.id].next_attempt_at == backoff_until and rows[failing.id].attempts == 1


@pytest.mark.parametrize(("ends", "goes_at"), [
    # quiet_end, staff_quiet_end, work_start → the citizen's, the verifier's and the reminder's next try (UTC)
    (("05:00", "05:30", "07:00"), ((11, 23, 22, 0), (11, 23, 22, 30), (11, 24, 0, 0))),  # earlier
    (("07:30", "06:45", "09:15"), ((11, 24, 0, 30), (11, 23, 23, 45), (11, 24, 2, 15))),  # later
    (("06:00", "06:00", "08:00"), ((11, 23, 23, 0), (11, 23, 23, 0), (11, 24, 1, 0))),  # unchanged
])
def test_messages_backing_off_and_held_for_the_hours_follow_new_hours_at_the_next_start(make_app, clock, tmp_path,
                                                                                     ends, goes_at):
    """A message whose send failed and whose retry then fell in the quiet hours (or outside working hours) kept the
    old end of those hours after the operator changed them: only messages without a failed try were held again.
    One still backing off keeps its time, and neither uses up an attempt."""
    from datetime import timedelta

    from bot.outbox import enqueue
    from models import OutboxMessage, Purpose, Role
    from scheduler.jobs import deliver_outbox
    from services import services
    from tests.factories import person

    clock.now = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)  # Monday 22:00 WIB: everyone's quiet hours
    app = make_app()
    build_scheduler(app, BackgroundScheduler)  # the worker that ran with the old hours
    svc = services(app)
    with svc.session_factory.begin() as session:
        verifier = person(session, Role.VERIFIER).phone
        rows = [enqueue(session, "+6281234567890", "pengaduan Anda diteruskan", now=clock.now)[0],
                enqueue(session, verifier, "LPR-3 baru", purpose=Purpose.VERIFICATION, now=clock.now)[0],
                enqueue(session, verifier, "LPR-2 belum ditindaklanjuti", purpose=Purpose.REMINDER, now=clock.now)[0],
                enqueue(session, "+6281234567891", "pengaduan Anda diteruskan", now=clock.now)[0]]
        for row in rows:  # each failed once (Twilio 500); the first three's retries are due now, in the night
            row.attempts, row.last_error = 1, "Twilio 500 Internal Server Error"
            row.next_attempt_at = clock.now - timedelta(seconds=12.345)
        rows[-1].next_attempt_at = backoff_until = clock.now + timedelta(minutes=7, seconds=3.5)
    deliver_outbox(svc, clock.now)
    with svc.session_factory() as session:
        held = [session.get(OutboxMessage, row.id) for row in rows]
        assert [row.next_attempt_at for row in held[:3]] == [
            datetime(2026, 11, 23, 23, 0, tzinfo=UTC), datetime(2026, 11, 23, 23, 0, tzinfo=UTC),
            datetime(2026, 11, 24, 1, 0, tzinfo=UTC)]
        assert all(row.attempts == 1 and row.last_error for row in held)

    region = tmp_path / "region.toml"
    region.write_text('quiet_end = "{}"\nstaff_quiet_end = "{}"\nwork_start = "{}"\n'.format(*ends), encoding="utf-8")
    clock.advance(minutes=5)
    for started in started_with(make_app, clock, region):
        with started.session_factory() as session:
            now_held = [session.get(OutboxMessage, row.id) for row in rows]
        assert [row.next_attempt_at for row in now_held] == [
            *(datetime(2026, *when, tzinfo=UTC) for when in goes_at), backoff_until]
        assert all(row.attempts == 1 for row in now_held)


def test_the_first_worker_on_a_new_database_does_not_say_the_hours_changed(make_app, caplog, tmp_path):
    """`make run` on a fresh checkout logged «the hours changed (…): 0 held message(s) …», and a new operator
    looked for what had changed them; a later start with other hours says so."""
    caplog.set_level("INFO", logger="scheduler.runner")
    build_scheduler(make_app(), BackgroundScheduler)
    assert "the hours changed" not in caplog.text and "hours recorded (Asia/Jakarta quiet=21:00-06:00" in caplog.text
    caplog.clear()
    build_scheduler(make_app(), BackgroundScheduler)  # the same hours: nothing to say
    assert "hours" not in caplog.text
    region = tmp_path / "region.toml"
    region.write_text('quiet_end = "05:00"\n', encoding="utf-8")
    build_scheduler(make_app(REGION_SETTINGS=str(region)), BackgroundScheduler)
    assert "the hours changed (Asia/Jakarta quiet=21:00-05:00" in caplog.text
    assert "from Asia/Jakarta quiet=21:00-06:00" in caplog.text
