"""Engine and session factory; sessions are opened at the edges (request, job, command)."""

from __future__ import annotations

import time

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, configure_mappers, make_transient_to_detached, sessionmaker

IDLE_PING_SECONDS = 10.0


def make_engine(url: str, idle_ping_seconds: float | None = None, **kwargs) -> Engine:
    """Create an engine; on SQLite, writers take the lock at BEGIN so one person's messages serialise; elsewhere a
    connection idle in the pool for longer than `idle_ping_seconds` is checked before it is handed out."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False}, **kwargs)
        _serialise_sqlite_writers(engine)
        return engine
    engine = create_engine(url, **kwargs)
    _ping_after_idle(engine, IDLE_PING_SECONDS if idle_ping_seconds is None else idle_ping_seconds)
    return engine


def _ping_after_idle(engine: Engine, seconds: float) -> None:
    """Ping a pooled connection before reuse only when it sat idle for `seconds` (a database restarted while the
    service was quiet): pool_pre_ping's round trip on every checkout was a sixth of a webhook message's. One that
    dies under traffic fails a request with a 5xx that stores nothing, and Twilio's retry gets a fresh one."""

    @event.listens_for(engine, "checkin")
    def _returned(_dbapi_connection, record):
        record.info["returned_at"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_connection, record, _proxy):
        returned = record.info.get("returned_at")
        if returned is None or time.monotonic() - returned < seconds:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as error:
            raise exc.DisconnectionError(str(error)) from error  # the pool opens a new connection instead
        if not alive:
            raise exc.DisconnectionError("ping failed")


def _serialise_sqlite_writers(engine: Engine) -> None:
    """Make every transaction BEGIN IMMEDIATE (SQLite has no row locks; this is its FOR UPDATE)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # let SQLAlchemy's BEGIN below be the only one
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Return the session factory used by requests, jobs and commands."""
    return sessionmaker(engine, expire_on_commit=False)


def is_postgres(session: Session) -> bool:
    """Tell whether the session talks to PostgreSQL (row locks, SKIP LOCKED)."""
    return session.get_bind().dialect.name == "postgresql"


def upsert_insert(session: Session, entity):
    """An INSERT with `on_conflict_do_nothing` / `on_conflict_do_update`, in the session's dialect."""
    return (postgresql if is_postgres(session) else sqlite).insert(entity)


def loaded(session: Session, model, row):
    """The session's instance of `model` for a row just read or written (RETURNING), as if loaded by a query: the
    values go straight into the new instance's dict, as the ORM's own loading puts them (the constructor fires an
    event per attribute). For the hot path's Core statements."""
    mapper = model.__mapper__
    if not mapper.configured:  # a fresh process: what its first query or constructor would have done
        configure_mappers()
    instance = mapper.class_manager.new_instance()
    instance.__dict__.update(row._mapping)
    make_transient_to_detached(instance)
    session.add(instance)
    return instance
