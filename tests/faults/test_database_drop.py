"""A dropped database connection mid-request: a 5xx (Twilio retries), nothing half-stored, then fine."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, func, select, text

import bot.conversation
from models import Complaint, Contact, InboundMessage, OutboxMessage, TimelineEntry
from services import services
from tests.conftest import WhatsApp
from tests.faults.conftest import needs_postgres
from tests.parties import DESCRIPTION

CITIZEN = "+6281234567890"


@pytest.fixture
def app(make_app):
    app = make_app()
    app.config["PROPAGATE_EXCEPTIONS"] = False  # as in production: an error is a 500 answer, not a crash
    return app


def counts(svc) -> dict[str, int]:
    with svc.session_factory() as session:
        return {model.__name__: session.scalar(select(func.count()).select_from(model))
                for model in (Complaint, TimelineEntry, InboundMessage, OutboxMessage)}


def ready_to_send(wa: WhatsApp) -> None:
    """Walk a citizen up to the summary, so that the next KIRIM files a complaint."""
    for body in ("1", "1", DESCRIPTION, "Jl. Raya Banyuanyar", "LEWATI", "1"):
        assert wa.send(CITIZEN, body).status == 200


def drop_connection_after_submit(monkeypatch, drop) -> list[int]:
    """Call `drop(session)` right after the complaint is written (flushed), before the request commits."""
    real, dropped = bot.conversation.filing.complaints.submit, []

    def submit_then_drop(session, *args, **kwargs):
        complaint = real(session, *args, **kwargs)
        if not dropped:
            dropped.append(complaint.number)
            drop(session)
        return complaint

    monkeypatch.setattr(bot.conversation.filing.complaints, "submit", submit_then_drop)
    return dropped


def terminate(database_url: str, pid: int) -> None:
    """Kill a PostgreSQL backend from another connection, as a failover or a restart would."""
    killer = create_engine(database_url)
    try:
        with killer.connect() as connection:
            assert connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar_one()
    finally:
        killer.dispose()


def terminate_backend(database_url: str):
    """Kill the request's backend."""
    def drop(session) -> None:
        terminate(database_url, session.execute(text("SELECT pg_backend_pid()")).scalar_one())
    return drop


def check_drop_then_retry(app, monkeypatch, drop) -> None:
    svc = services(app)
    wa = WhatsApp(app)
    ready_to_send(wa)
    before = counts(svc)
    form = wa.form(CITIZEN, "KIRIM")
    dropped = drop_connection_after_submit(monkeypatch, drop)
    reply = wa.post(form)
    assert dropped, "the drop point was not reached"
    assert reply.status >= 500, reply  # Twilio retries a 5xx (rp=5xx)
    assert counts(svc) == before, "nothing of the failed request is stored"
    retry = wa.post(form)  # Twilio's retry: same MessageSid
    assert retry.status == 200 and "LPR-1" in retry.text, retry
    again = wa.post(form)  # and a late duplicate of it changes nothing
    assert again.messages == retry.messages
    after = counts(svc)
    assert after["Complaint"] == 1 and after["InboundMessage"] == before["InboundMessage"] + 1
    with svc.session_factory() as session:
        [complaint] = session.scalars(select(Complaint)).all()
        assert complaint.number == 1 and complaint.citizen.phone == CITIZEN
        assert len(complaint.timeline) == 1
    assert "LPR-1" in wa.send(CITIZEN, "STATUS").text  # the citizen's conversation goes on


def test_postgres_backend_terminated_mid_request(app, database_url, monkeypatch):
    needs_postgres(database_url)
    check_drop_then_retry(app, monkeypatch, terminate_backend(database_url))


def test_postgres_backend_terminated_mid_request_leaves_other_people_unaffected(app, database_url, monkeypatch):
    needs_postgres(database_url)
    wa = WhatsApp(app)
    dropped = drop_connection_after_submit(monkeypatch, terminate_backend(database_url))
    ready_to_send(wa)
    assert wa.send(CITIZEN, "KIRIM").status >= 500 and dropped
    for i in range(5):  # the pool hands out a fresh connection: nobody else sees the dead one
        assert WhatsApp(app).send(f"+62812000000{i}", "halo").status == 200
    with services(app).session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Contact).where(Contact.phone.like("+62812000000%"))) == 5


def test_connection_error_mid_request_on_any_database(app, monkeypatch):
    """The same contract, with the driver's error raised where the drop would surface (SQLite too)."""
    from sqlalchemy.exc import OperationalError

    def drop(session) -> None:
        raise OperationalError("UPDATE conversations …", {}, Exception("server closed the connection unexpectedly"))

    check_drop_then_retry(app, monkeypatch, drop)


def kill_pooled_connection(app, database_url: str) -> None:
    """Terminate the backend of the connection the app's next message gets: the one the webhook keeps checked out
    between messages (`models.db.kept_session`), or else the pool's (its only one: requests here run in turn)."""
    from models.db import kept_connection

    kept = kept_connection(services(app).engine)
    if kept is not None:
        pid = kept.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
        kept.rollback()  # idle again, outside a transaction, as a message leaves it
    else:
        with services(app).engine.connect() as connection:
            pid = connection.execute(text("SELECT pg_backend_pid()")).scalar_one()
    terminate(database_url, pid)  # back in the pool (or kept) first


@pytest.mark.parametrize("idle", [True, False], ids=["idle-connection", "busy-connection"])
def test_a_connection_killed_in_the_pool(make_app, database_url, monkeypatch, idle):
    """A connection that died while idle in the pool (a restart while the service was quiet) is pinged and replaced
    before use; one that dies between two busy requests fails the next request with a 5xx, storing nothing, and
    Twilio's retry of it is handled."""
    needs_postgres(database_url)
    monkeypatch.setattr("models.db.IDLE_PING_SECONDS", 0.0 if idle else 3600.0)
    app = make_app(own_engine=True)
    app.config["PROPAGATE_EXCEPTIONS"] = False
    wa = WhatsApp(app)
    assert wa.send(CITIZEN, "halo").status == 200
    kill_pooled_connection(app, database_url)
    form = wa.form(CITIZEN, "1")
    first = wa.post(form)
    if idle:
        assert first.status == 200
    else:
        assert first.status >= 500
        assert wa.post(form).status == 200  # the retry, on a fresh connection
    with services(app).session_factory() as session:
        assert session.scalar(select(func.count()).select_from(InboundMessage)) == 2


def test_a_database_down_is_a_clear_503_and_the_service_recovers_without_a_restart(make_app, monkeypatch, caplog):
    """PostgreSQL restarted under the web processes: every request was a 500 (the dashboard's «ada kesalahan di
    sistem», the webhook's error page), the log a traceback with the statement; now a 503 that says the database
    is unavailable and when to retry, and the first request after it is back is served (no restart)."""
    app = make_app(own_engine=True)
    app.config["PROPAGATE_EXCEPTIONS"] = False
    wa = WhatsApp(app)
    assert wa.send(CITIZEN, "halo").status == 200
    engine = services(app).engine
    connect = engine.dialect.connect

    def refused(*args, **kwargs):
        raise engine.dialect.loaded_dbapi.OperationalError("connection refused: the server is starting up")

    monkeypatch.setattr(engine.dialect, "connect", refused)
    engine.dispose()  # the restart dropped every pooled connection
    form = wa.form(CITIZEN, "1")
    down = wa.post(form)
    assert down.status == 503, down
    client = app.test_client()
    answer = client.get("/metrics")
    assert answer.status_code == 200 and b"penghubung_database_up 0.0" in answer.data  # process metrics still served
    assert client.get("/healthz").status_code == 503 and client.get("/readyz").status_code == 503
    assert "halo" not in caplog.text and "INSERT" not in caplog.text  # no statement, no citizen's words
    monkeypatch.setattr(engine.dialect, "connect", connect)  # the database is back
    assert wa.post(form).status == 200  # Twilio's retry of the refused delivery
    assert b"penghubung_database_up 1.0" in client.get("/metrics").data
