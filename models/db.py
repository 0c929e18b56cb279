"""Engine and session factory; sessions are opened at the edges (request, job, command)."""

from __future__ import annotations

import json
import re
import threading
import time
import weakref
from collections import namedtuple
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from json.encoder import c_make_encoder, encode_basestring_ascii

from psycopg import OperationalError, RawCursor
from psycopg.adapt import PyFormat, Transformer
from psycopg.errors import error_from_result
from psycopg.pq import ConnStatus, DiagnosticField, ExecStatus, TransactionStatus
from sqlalchemy import Connection, Engine, bindparam, create_engine, event, exc, insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, configure_mappers, sessionmaker
from sqlalchemy.orm.attributes import instance_state
from sqlalchemy.orm.session import SessionTransactionState

IDLE_PING_SECONDS = 10.0


def make_engine(url: str, idle_ping_seconds: float | None = None, **kwargs) -> Engine:
    """Create an engine; on SQLite, writers take the lock at BEGIN so one person's messages serialise; elsewhere a
    connection idle in the pool for longer than `idle_ping_seconds` is checked before it is handed out."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False}, **kwargs)
        _serialise_sqlite_writers(engine)
        return engine
    engine = create_engine(url, **{"json_serializer": json_dumps, **kwargs})
    _ping_after_idle(engine, IDLE_PING_SECONDS if idle_ping_seconds is None else idle_ping_seconds)
    if engine.dialect.driver == "psycopg":
        _commit_by_libpq(engine.dialect)
    _PING_AFTER[engine] = IDLE_PING_SECONDS if idle_ping_seconds is None else idle_ping_seconds  # kept_session's
    return engine


def _not_serializable(value):
    raise TypeError(f"Object of type {value.__class__.__name__} is not JSON serializable")  # json's own message


# `json.dumps` with its defaults, by the C encoder it ends in, made once: `json.dumps`, `JSONEncoder.encode` and
# `iterencode` made a new encoder (and a closure) for each value, three Python calls around the C one, for every
# JSON column written on PostgreSQL (a webhook message writes three: the log's payload and replies, the
# conversation's data). Without the circular-reference check's bookkeeping: the service's JSON is built from plain
# dicts and lists, and a cycle still fails (RecursionError instead of ValueError).
_JSON_ENCODER = c_make_encoder(None, _not_serializable, encode_basestring_ascii, None, ": ", ", ", False, False, True) \
    if c_make_encoder is not None else None


def json_dumps(value) -> str:
    """`json.dumps(value)`, the same text (the engine's JSON serializer on PostgreSQL)."""
    if _JSON_ENCODER is None or isinstance(value, str):
        return json.dumps(value)
    return "".join(_JSON_ENCODER(value, 0))


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


def _commit_by_libpq(dialect) -> None:
    """Send the engine's COMMIT as psycopg's `Connection.commit` sends it (`PQexec` of `COMMIT` when a transaction is
    open, nothing when none is), without its lock, generator and wait loop around the one call: about 15 K
    instructions of a webhook message's. Anything else psycopg's commit handles (a `transaction()` block, two-phase,
    a pipeline, a connection already lost) goes to it. An error is psycopg's, as its commit raises it
    (`_raise_for`), and SQLAlchemy wraps it as before (a lost connection is seen as a disconnect)."""
    commit = dialect.do_commit

    def do_commit(dbapi_connection) -> None:
        driver = getattr(dbapi_connection, "dbapi_connection", dbapi_connection)  # the pool's proxy → psycopg's
        pgconn = getattr(driver, "pgconn", None)
        if pgconn is None or driver._num_transactions or driver._tpc or driver._pipeline is not None \
                or pgconn.status != _CONNECTION_OK:
            commit(dbapi_connection)
        elif pgconn.transaction_status != _IDLE:
            _raise_for(pgconn.exec_(b"COMMIT"), driver)

    dialect.do_commit = do_commit


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


class FilledSession(Session):
    """A Session whose event dispatch is filled when it is made. SQLAlchemy fills a new session's dispatch one event
    at a time, at the event's first use: each a missing slot's AttributeError (its message formatted) and
    `_Dispatch.__getattr__`, a dozen a message (begin, attach, commit, detach…). The same listener objects are set
    here, all 25 at once (`_Dispatch.__getattr__` sets the one asked for from the same mapping)."""

    def __init__(self, *args, **kwargs):
        dispatch = self.dispatch
        for name, listener in dispatch._empty_listeners.items():
            setattr(dispatch, name, listener)
        super().__init__(*args, **kwargs)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Return the session factory used by requests, jobs and commands."""
    return sessionmaker(engine, class_=FilledSession, expire_on_commit=False)


@contextmanager
def kept_session(factory: sessionmaker[Session]) -> Iterator[Session]:
    """`with factory() as session`, with the session kept for the thread's next use instead of made again, and, in
    the main thread (a sync worker's), its connection kept checked out between uses. The session is closed at the
    end of the block as before (its transaction committed or rolled back, its objects let go, its `info` set back to
    the factory's); the connection stays with it, idle, outside any transaction.

    A new session's making (identity map, event dispatch, registration) was about 2% of a webhook message's
    instructions, the pool's checkout and checkin with the `Connection` around them about 3%. What the pool does at
    checkout is done here as well: a connection idle for longer than the engine's ping interval (`make_engine`) is
    handed back and a fresh one checked out (pinged); one from a pool since replaced (`engine.dispose()`) is let go.
    After an error (the block's, or one closing the session) the connection is handed back to the pool, which
    resets it or replaces it, and the next use checks out another. Other threads keep only the session: a thread that
    ends would leave its connection checked out. A use inside another (the same thread, the kept one in hand) makes
    its own."""
    kept = getattr(_KEPT, "session", None)
    _KEPT.session = None  # in hand: a nested use makes a session of its own
    if kept is None or kept.factory is not factory:
        if kept is not None:
            kept.let_go()
        kept = _Kept(factory)
    failed = True
    try:
        session = kept.session_for_use()
        yield session
        failed = False
    finally:
        kept.after_use(failed)
        _KEPT.session = kept


class _Kept:
    """A thread's kept session of one factory, and its kept connection (`kept_session`)."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self.factory, self.session = factory, factory()
        engine = factory.kw.get("bind")
        self.engine = engine if isinstance(engine, Engine) and threading.current_thread() is threading.main_thread() \
            else None
        self.connection, self.pool, self.used_at = None, None, 0.0

    def session_for_use(self) -> Session:
        """The session, bound to a connection fit for use (checked out anew when the kept one may not be)."""
        engine, connection = self.engine, self.connection
        if engine is None:
            return self.session
        if connection is not None and (self.pool is not engine.pool or connection.invalidated or connection.closed
                                       or time.monotonic() - self.used_at >= _PING_AFTER.get(engine, _NEVER)):
            self.let_go()
            connection = None
        if connection is None:
            connection = engine.connect()  # the pool's checkout: its ping after idle, a new connection if need be
            self.connection, self.pool = connection, engine.pool
            self.session.bind = connection
        return self.session

    def after_use(self, failed: bool) -> None:
        """Close the session (its transaction ends) and set its `info` back; keep the connection unless anything
        failed or it is left in a transaction."""
        session = self.session
        try:
            session.close()
        except Exception:
            failed = True
            raise
        finally:
            info = session.info
            info.clear()
            info.update(self.factory.kw.get("info") or {})
            connection = self.connection
            if connection is not None:
                if failed or connection.invalidated or connection.in_transaction():
                    self.let_go()
                else:
                    self.used_at = time.monotonic()

    def let_go(self) -> None:
        """Hand the kept connection back to the pool (which resets it, or replaces it if it is broken)."""
        connection, self.connection, self.pool = self.connection, None, None
        self.session.bind = self.factory.kw.get("bind")
        if connection is not None:
            connection.close()


def kept_connection(engine: Engine) -> Connection | None:
    """The connection this thread keeps checked out of `engine` for its next message, if any (for tests)."""
    kept = getattr(_KEPT, "session", None)
    return kept.connection if kept is not None and kept.engine is engine else None


def hand_back_kept_connection() -> None:
    """Hand the connection this thread keeps (`kept_session`) back to its pool now; the next use checks one out.
    For whatever needs every connection of an engine back in its pool (a test harness copying the database)."""
    kept = getattr(_KEPT, "session", None)
    if kept is not None:
        kept.let_go()


_KEPT = threading.local()  # the thread's `_Kept`, for `kept_session`
_NEVER = float("inf")
_PING_AFTER: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # engine → its seconds idle before a ping


def session_connection(session: Session) -> Connection:
    """`session.connection()`: the connection the session's transaction holds once it has one, read from the
    transaction (`SessionTransaction._connections`, as its own `_connection_for_bind` reads it), without the walk
    through the bind's lookup, the transaction's checks and its state-change wrapper (six Python calls, for each of
    the hot path's statements). Anything else (no transaction yet, none active, no connection yet, a session
    bound elsewhere than to one engine) goes through `session.connection()`."""
    transaction, bind = session._transaction, session.bind
    if transaction is not None and transaction._state is _ACTIVE and bind is not None and not session.binds and (
            session._trans_context_manager is None or session._trans_context_manager._transaction_is_active()):
        found = transaction._connections.get(bind)
        if found is not None:
            return found[0]
    return session.connection()


_ACTIVE = SessionTransactionState.ACTIVE


def is_postgres(session: Session) -> bool:
    """Tell whether the session talks to PostgreSQL (row locks, SKIP LOCKED)."""
    return session.get_bind().dialect.name == "postgresql"


def upsert_insert(session: Session, entity):
    """An INSERT with `on_conflict_do_nothing` / `on_conflict_do_update`, in the session's dialect."""
    return (postgresql if is_postgres(session) else sqlite).insert(entity)


DIALECTS = {"postgresql": postgresql, "sqlite": sqlite}  # the databases the service runs on, by dialect name


def per_dialect(build) -> dict:
    """A statement built once for each dialect (`build(dialect module)`: an `ON CONFLICT` is written in the
    dialect's own `insert`), by the dialect's name, as a connection's `dialect.name` looks it up."""
    return {name: build(dialect) for name, dialect in DIALECTS.items()}


def bound_insert(table, names, dialect=None, prefix: str = ""):
    """A prebuilt INSERT of these columns of `table` (in the dialect's `insert` when one is given, for an `ON
    CONFLICT`), each value a bind parameter of the column's type named `prefix` + the column's name (a prefix keeps
    them apart from another statement's parameters in one WITH)."""
    return (dialect.insert if dialect is not None else insert)(table).values(bound_values(table, names, prefix))


def bound_values(table, names, prefix: str = "") -> dict:
    """`bound_insert`'s values, for an INSERT that adds values of its own (a SQL expression of these)."""
    return {name: bindparam(prefix + name, type_=table.c[name].type) for name in names}


def loaded(session: Session, model, row):
    """The session's instance of `model` for a row just read or written (RETURNING; a Row, or a dict from
    `Prepared`), as if loaded by a query: the values go straight into the new instance's dict, as the ORM's own
    loading puts them (the constructor fires an event per attribute). For the hot path's Core statements.

    What `make_transient_to_detached` and `Session.add` do, less their walks over every mapped attribute: a
    column the row lacks is expired (loaded when read), and the instance joins the session as `add` attaches a
    detached one (its checks and events), without `add`'s cascade, which walks the mapper's relationships and finds
    nothing on an instance made a moment ago. Those two walks were about half of the call's price, two or three
    times a message."""
    mapper = model.__mapper__
    if not mapper.configured:  # a fresh process: what its first query or constructor would have done
        configure_mappers()
    instance = mapper.class_manager.new_instance()
    values = instance.__dict__
    values.update(row if isinstance(row, dict) else row._mapping)
    state = instance_state(instance)
    try:  # the identity key from the row's primary key, as `Mapper._identity_key_from_state` reads it from the dict
        state.key = (mapper._identity_class, tuple(map(values.__getitem__, _identity_keys(mapper))), None)
    except KeyError:  # a row without its primary key: SQLAlchemy's own reading
        state.key = mapper._identity_key_from_state(state)
    missing = _column_keys(mapper).difference(values)
    if missing:
        state._expire_attributes(values, missing)
    session._update_impl(state)
    return instance


@cache
def _identity_keys(mapper) -> tuple[str, ...]:
    """The attributes of `mapper` its identity key is made of (the primary key's)."""
    return tuple(prop.key for prop in mapper._identity_key_props)


@cache
def _column_keys(mapper) -> frozenset[str]:
    """The attributes of `mapper` read from a row (expired, to be loaded when read, if a row lacks one)."""
    return frozenset(key for key in mapper.class_manager if mapper.class_manager[key].impl.accepts_scalar_loader)


_UNREAD = object()  # a result processor not looked up yet


def _listened(connection) -> bool:
    """Whether statements on the connection have listeners (a test or bench counting them). SQLAlchemy's own flag
    stays set after the last listener is removed, so the listeners themselves are looked at then."""
    if not (connection._has_events or connection.engine._has_events):
        return False
    dispatch = connection.dispatch
    return bool(dispatch.before_cursor_execute or dispatch.after_cursor_execute or dispatch.before_execute
                or dispatch.after_execute)


def _cursor(pooled, statement) -> _OnDriver:
    """One hot-path statement on a pooled connection's driver connection (`_OnDriver`), made once per driver
    connection and statement (kept in the pool record's `info`, with the connection they belong to: a connection
    replaced after a disconnect gets new ones). Each run's result replaces the last; the rows are read before the
    next runs. A cursor per run cost about 2% of a message (its adapters' map copied, its close); one cursor shared
    by every statement made psycopg build a new `Transformer` whenever the statement changed
    (`BaseCursor._start_query`), which looked each parameter's dumper and each column's loader up again."""
    dbapi_connection = pooled.dbapi_connection
    kept = pooled.info.get(_CURSORS)
    if kept is None or kept[0] is not dbapi_connection:
        kept = pooled.info[_CURSORS] = (dbapi_connection, {})
    found = kept[1].get(statement)
    if found is None or found.cursor.closed:
        found = kept[1][statement] = _OnDriver(dbapi_connection)
    return found


_CURSORS = "prepared_cursors"
_IDLE, _TUPLES_OK, _COMMAND_OK = TransactionStatus.IDLE, ExecStatus.TUPLES_OK, ExecStatus.COMMAND_OK
_CONNECTION_OK = ConnStatus.OK


def _raise_for(result, connection) -> None:
    """Raise psycopg's error for a failed libpq result, as its cursor would: the server's error by its SQLSTATE; one
    of the client's own (the connection lost mid-statement: no SQLSTATE) as an `OperationalError`."""
    status = result.status
    if status == _TUPLES_OK or status == _COMMAND_OK:
        return
    encoding = connection.info.encoding
    if status == ExecStatus.FATAL_ERROR and result.error_field(DiagnosticField.SQLSTATE):
        raise error_from_result(result, encoding=encoding)
    raise OperationalError(result.get_error_message(encoding) or f"unexpected result {ExecStatus(status).name}")


class _OnDriver:
    """A hot statement's driver cursor on one connection, and the same statement run by libpq underneath it once
    psycopg has prepared it on that connection.

    psycopg's cursor prepares a statement on the server after its fifth run (`PrepareManager`) and from then on
    sends it as `pgconn.send_query_prepared` inside its generator and wait loop, with its transaction start, its
    results' checks and its prepared statements' upkeep around it: about 35 K instructions a run over the 40 K of
    the libpq call, the values' dumping and the rows' loading. Once the statement (its text and its values' types,
    psycopg's key) is among the connection's prepared ones, the same call is made here: the values dumped by the
    cursor's own adapters, the connection's `BEGIN` first when no transaction is open (as the cursor sends it), the
    prepared statement by psycopg's name for it, the rows loaded by the same loaders, an error raised as psycopg
    raises it. Whatever is not that (not prepared yet, or no longer: psycopg forgets its prepared statements at a
    rollback, a `DISCARD ALL`, a `DROP`; a pipeline; an autocommitted connection) goes through the cursor, which
    does its own upkeep."""

    __slots__ = ("cursor", "connection", "pgconn", "names", "transformer", "formats")

    def __init__(self, dbapi_connection) -> None:
        self.cursor = RawCursor(dbapi_connection)
        self.connection, self.pgconn = dbapi_connection, dbapi_connection.pgconn
        self.names = getattr(getattr(dbapi_connection, "_prepared", None), "_names", None)  # psycopg's, by key
        self.transformer = Transformer(dbapi_connection)
        self.formats: list = []

    def run(self, sql: bytes | str, parameters: list) -> list | None:
        """Run the statement; its rows (as tuples), or None when the cursor ran it (its rows are the cursor's)."""
        connection, names = self.connection, self.names
        if names is None or not isinstance(sql, bytes) or connection._pipeline is not None \
                or connection._autocommit:
            self.cursor.execute(sql, parameters)
            return None
        transformer = self.transformer
        formats = self.formats
        if len(formats) != len(parameters):
            formats[:] = [PyFormat.AUTO] * len(parameters)
        values = transformer.dump_sequence(parameters, formats)
        key = (sql, transformer.types or ())
        name = names.get(key)
        if name is None:
            self.cursor.execute(sql, parameters)
            return None
        pgconn = self.pgconn
        if pgconn.status != _CONNECTION_OK:  # lost: the cursor raises what it raises then
            self.cursor.execute(sql, parameters)
            return None
        if pgconn.transaction_status == _IDLE:
            _raise_for(pgconn.exec_(connection._get_tx_start_command()), connection)
        result = pgconn.exec_prepared(name, values, param_formats=transformer.formats)
        status = result.status
        if status != _TUPLES_OK and status != _COMMAND_OK:
            _raise_for(result, connection)
        names.move_to_end(key)  # recently used, as psycopg's cache keeps it
        if status != _TUPLES_OK:
            return []
        transformer.set_pgresult(result)
        return transformer.load_rows(0, result.ntuples, tuple)


class Prepared:
    """A Core statement of the webhook's hot path, run on PostgreSQL by the driver's cursor on the session's own
    connection (the same transaction), with the column types' bind and result processing that SQLAlchemy applies:
    its execution path (execution context, result object, rows) cost about three times the driver's own work for
    these small statements. On SQLite, while the engine has statement event listeners (tests and benches that
    count statements), and for what it does not write itself (a Python default computed per row, an `onupdate`,
    an `IN` list given per call), the statement goes through SQLAlchemy like any other (docs/hot-path.md).

    A driver error is raised as the driver's (a psycopg error), not wrapped in SQLAlchemy's `DBAPIError`: callers
    of a prepared statement catch none."""

    def __init__(self, statement, columns: tuple[str, ...] | None = None):
        """`columns`: the values an INSERT without `.values()` is given (every call gives the same ones)."""
        self.statement, self.columns = statement, columns
        # dialect → (SQL, [(key, bind processor, fixed value)…] in the order of its $n, [(key, result processor)…]),
        # or () when the statement needs SQLAlchemy's own path there
        self._compiled: dict = {}

    def execute(self, session: Session, values: dict) -> list[dict]:
        """Run the statement; the rows it returns as dicts."""
        return self._run(session, values, named=False)

    def rows(self, session: Session, values: dict) -> list:
        """Run the statement; the rows it returns, read by attribute (`row.id`) as SQLAlchemy's are."""
        return self._run(session, values, named=True)

    def _run(self, session: Session, values: dict, named: bool) -> list:
        connection = session_connection(session)
        compiled = None
        if connection.dialect.name == "postgresql" and not _listened(connection):
            compiled = self._compiled.get(connection.dialect)
            if compiled is None:
                compiled = self._compile(connection.dialect)
        if not compiled:
            result = connection.execute(self.statement, values)
            if not result.returns_rows:
                return []
            return list(result) if named else [dict(row._mapping) for row in result]
        sql, slots, columns = compiled
        parameters = [fixed if key is None else values[key] if processor is None else processor(values[key])
                      for key, processor, fixed in slots]
        on_driver = _cursor(connection.connection, sql)
        if columns and columns[0][1] is _UNREAD:  # the first run: the types' result processors, as described
            cursor = on_driver.cursor
            cursor.execute(sql, parameters)
            columns[:] = [(key, column.type.dialect_impl(connection.dialect).result_processor(
                connection.dialect, described.type_code)) for (key, column), described
                in zip(self._returned, cursor.description, strict=True)]
            found = cursor.fetchall()
        else:
            found = on_driver.run(sql, parameters)
            if not columns:
                return []
            if found is None:  # run by the cursor
                found = on_driver.cursor.fetchall()
        if named:
            make = self._named._make
            return [make([value if processor is None else processor(value)
                          for (_, processor), value in zip(columns, row, strict=True)])
                    for row in found]
        return [{key: value if processor is None else processor(value)
                 for (key, processor), value in zip(columns, row, strict=True)} for row in found]

    def _compile(self, dialect):
        compiled = self.statement.compile(dialect=dialect, column_keys=self.columns)
        if compiled.update_prefetch:  # an `onupdate` computed in Python: SQLAlchemy's own path does it
            self._compiled[dialect] = ()
            return ()
        sql, fixed, binds = compiled.string, {}, {}
        for bind, name in compiled.bind_names.items():
            processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if bind.expanding:  # `IN` a constant list: its values written in, one parameter each, as SQLAlchemy does
                values = bind.value
                if bind.required or bind.callable or not values or isinstance(values[0], tuple):
                    self._compiled[dialect] = ()
                    return ()
                names = [f"{name}_{i}" for i in range(1, len(values) + 1)]
                sql = sql.replace(f"__[POSTCOMPILE_{name}]", ", ".join(f"%({each})s" for each in names))
                fixed.update({each: value if processor is None else processor(value)
                              for each, value in zip(names, values, strict=True)})
            elif bind.required:
                binds[name] = (bind.key, processor)
            else:  # a value written into the statement (`opted_out=False`)
                fixed[name] = bind.value if processor is None else processor(bind.value)
        for column in compiled.insert_prefetch:  # a column's default computed in Python, as the INSERT's value
            default = column.default
            if not (default is not None and default.is_scalar and column.key in fixed):
                self._compiled[dialect] = ()  # computed per row: likewise
                return ()
            processor = column.type.dialect_impl(dialect).bind_processor(dialect)
            fixed[column.key] = default.arg if processor is None else processor(default.arg)
        sql, order = numbered(sql)
        slots = tuple((None, None, fixed[name]) if name in fixed else (*binds[name], None) for name in order)
        self._returned = [(column.key, column) for column in self.statement.exported_columns]
        self._named = namedtuple("Row", [key for key, _ in self._returned])
        columns = [(key, _UNREAD) for key, _ in self._returned]
        self._compiled[dialect] = entry = (sql, slots, columns)
        return entry


_PLACEHOLDER = re.compile(r"%%|%\(([^)]+)\)s")


def numbered(sql: str) -> tuple[bytes | str, list[str]]:
    """A statement SQLAlchemy compiled for psycopg (`%(name)s` placeholders, `%%` for a percent sign) as psycopg
    sends it to PostgreSQL (`$1`, `$2`…, a name used twice the same number; `%`), and the names in the order of their
    numbers: what psycopg's cursor works out from the text and reorders the values by at every run
    (`psycopg._queries._query2pg`). The hot statements run it through a raw cursor (`psycopg.RawCursor`), given
    the values as a list. ASCII is encoded once (any other text: psycopg encodes it per run, in the connection's
    encoding)."""
    order: list[str] = []

    def placeholder(found: re.Match) -> str:
        name = found.group(1)
        if name is None:
            return "%"
        if name not in order:
            order.append(name)
        return f"${order.index(name) + 1}"

    text = _PLACEHOLDER.sub(placeholder, sql)
    return (text.encode() if text.isascii() else text), order
