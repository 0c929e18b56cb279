"""Fixtures: an app on SQLite (or PostgreSQL via TEST_DATABASE_URL), an injected clock, signed webhooks."""

from __future__ import annotations

import copy
import functools
import hashlib
import os
import re
import shutil
import sqlite3
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from jinja2 import FileSystemBytecodeCache
from sqlalchemy import Engine, create_engine, event, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from twilio.request_validator import RequestValidator
from werkzeug.routing import Rule
from werkzeug.utils import cached_property

import bot.accused  # noqa: F401 - gives lapor.access its readers of conduct complaints, as create_app does
from app import App, _media_storage, create_app
from bot.transports import ConsoleTransport
from config import DEV_AUTH_TOKEN, SETTINGS
from lapor import charts
from models import Base
from models.db import hand_back_kept_connection, make_engine
from ops.logs import configure_logging
from services import Services, services
from tests import sampling

# How fast Hypothesis draws inputs says nothing of the code under test: on a loaded machine (CI with its browsers, the
# xdist workers) one draw stalled 1.35 s and failed tests/bot/test_status.py's ordering test. Tests that set their own
# settings name the checks they suppress.
settings.register_profile("penghubung", suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("penghubung")

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL", "")

# The modules whose tests take seconds each (Chromium, several processes, fault injection, learning a router):
# spread evenly through the run (_spread_long_modules).
_LONG_TESTS = ("tests/web/test_browser_", "tests/faults/", "tests/test_serve.py", "tests/lapor/test_learned.py",
               "tests/cli/test_routing_cli.py", "tests/web/test_form_fuzz.py")


def pytest_addoption(parser):
    parser.addoption("--database-tests-only", action="store_true",
                     help="run only the tests that reach the test database (CI's PostgreSQL run: the others ran "
                          "on SQLite already and would run the same again)")


def pytest_configure(config):
    """Tell the randomised tests' settings (tests/sampling.py) when this is the PostgreSQL run, which repeats only a
    sample of what the first run searched; set before any test module is imported, in xdist's workers too."""
    if config.getoption("database_tests_only"):
        os.environ[sampling.SAMPLED_RUN] = "1"


# On the second database, a parametrized test (a table of the ways people type a thing, of roles, of inputs) runs its
# first row: the rows vary what the first run read in full (every row, on SQLite), and send the second database the
# same statements; a table's first row is most often the plain case, which goes furthest through the database.
# Session 21 kept the first and last rows (2,921 -> 2,412 tests); session 22's suite grew by 740 tests and CI reached
# 10 min 08 s on two cores, so one row (docs/development.md).
_ROWS_AGAIN = 1


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """With --database-tests-only, leave out every test whose fixtures never reach `worker_database_url` (the only
    way a test gets TEST_DATABASE_URL) and all but the first row of each parametrized test; then spread the long
    modules through the run."""
    if config.getoption("database_tests_only"):
        elsewhere = [item for item in items if "worker_database_url" not in getattr(item, "fixturenames", ())]
        left = set(elsewhere)
        elsewhere += _rows_read_before([item for item in items if item not in left])
        if elsewhere:
            config.hook.pytest_deselected(items=elsewhere)
            left = set(elsewhere)
            items[:] = [item for item in items if item not in left]
    items[:] = _spread_long_modules(items)


def _rows_read_before(items: list) -> list:
    """The rows of parametrized tests beyond each one's first (`_ROWS_AGAIN`)."""
    tables: dict[str, list] = {}
    for item in items:
        if getattr(item, "callspec", None) is not None:
            tables.setdefault(item.nodeid.split("[", 1)[0], []).append(item)
    dropped = []
    for rows in tables.values():
        if len(rows) > _ROWS_AGAIN:
            dropped += rows[_ROWS_AGAIN:]
    return dropped


def _spread_long_modules(items: list) -> list:
    """The items with the long modules (`_LONG_TESTS`, each kept whole) placed at even intervals among the others.
    pytest-xdist hands each worker a run of consecutive tests: in collection order tests/web's browser tests came
    last and ran on whichever workers were left at the end; all put first, one worker got every long test in its
    first run (SQLite, two cores: 334 s against 212 s)."""
    modules: dict[str, list] = {}
    for item in items:
        modules.setdefault(item.nodeid.split("::")[0], []).append(item)
    long = [tests for name, tests in modules.items() if name.startswith(_LONG_TESTS)]
    rest = [item for name, tests in modules.items() if not name.startswith(_LONG_TESTS) for item in tests]
    if not long or not rest:
        return items
    spread, step, placed = [], len(rest) / len(long), 0
    for index, item in enumerate(rest):
        while placed < len(long) and placed * step <= index:  # the k-th long module before rest[k * step]
            spread.extend(long[placed])
            placed += 1
        spread.append(item)
    return spread + [item for tests in long[placed:] for item in tests]


def _share_url_builders() -> None:
    """Let the apps of a worker share werkzeug's URL builders. Each app compiles two Python functions per URL rule
    (through the ast module) when its routes are registered: about half of building an app, and a test builds one
    or more. A builder depends only on the rule's text, its parts and defaults (it reads the rule's converters when
    called), so one compiled for an identical rule is the same function."""
    compile_builder = Rule._compile_builder
    builders: dict[tuple, object] = {}

    def shared(self, append_unknown: bool = True):
        key = (self.rule, tuple(self._trace), repr(sorted((self.defaults or {}).items())), append_unknown)
        if key not in builders:
            builders[key] = compile_builder(self, append_unknown)
        return builders[key]

    Rule._compile_builder = shared


_share_url_builders()


def _share_chart_pngs() -> None:
    """Let a worker draw each weekly chart's PNG once. matplotlib takes about 0.1 s a drawing and every weekly
    summary a scheduler test sends draws one; a `Chart` is plain frozen data and the drawing depends only on it
    and the width (tests/lapor/test_charts.py draws its own)."""
    draw = charts.to_png
    drawn: dict[tuple, bytes] = {}

    def shared(chart, width_px: int = charts.PNG_WIDTH_PX) -> bytes:
        try:
            key = (chart, width_px)
            hash(key)
        except TypeError:  # a chart built with lists: drawn every time
            return draw(chart, width_px)
        if key not in drawn:
            drawn[key] = draw(chart, width_px)
        return drawn[key]

    charts.to_png = shared


_share_chart_pngs()


class Clock:
    """A settable clock injected into the app; tests move it, nothing sleeps."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> datetime:
        """Move the clock forward and return the new time."""
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock() -> Clock:
    """A clock at Monday 2026-11-23 10:00 in Jakarta (03:00 UTC)."""
    return Clock(datetime(2026, 11, 23, 3, 0, tzinfo=UTC))


@pytest.fixture(scope="session")
def worker_database_url() -> str:
    """TEST_DATABASE_URL, or under pytest-xdist a database of its own per worker (`<name>_gw0`, created once)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not TEST_DATABASE_URL or not worker:
        return TEST_DATABASE_URL
    url = make_url(TEST_DATABASE_URL)
    mine = url.set(database=f"{url.database}_{worker}")
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        if not connection.execute(text("SELECT 1 FROM pg_database WHERE datname = :name"),
                                  {"name": mine.database}).scalar():
            connection.execute(text(f'CREATE DATABASE "{mine.database}"'))
        # A test's database is thrown away: no connection to it (the test processes' included) waits for the WAL to
        # reach the disk at each commit. What a commit makes visible to other connections is unchanged.
        connection.execute(text(f'ALTER DATABASE "{mine.database}" SET synchronous_commit = off'))
    admin.dispose()
    return mine.render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> str:
    """An SQLite file with the models' schema, built once and copied for each test (building it costs ~60 ms)."""
    path = tmp_path_factory.mktemp("schema") / "template.db"
    engine = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    engine.dispose()
    return str(path)


@pytest.fixture(scope="session")
def engines():
    """One engine per database URL for all the apps a worker builds: an engine compiles each SQL statement once, and
    building a new one per test compiled them all again (about a quarter of the suite's time)."""
    made: dict[str, Engine] = {}
    yield made
    for engine in made.values():
        engine.dispose()


@pytest.fixture
def database_url(tmp_path_factory, worker_database_url, engines) -> str:
    """The test database: PostgreSQL when TEST_DATABASE_URL is set, else a fresh SQLite file (at the same path for
    every test of a worker, so that its engine is reused; the previous test's file is removed first)."""
    if worker_database_url:
        return worker_database_url
    path = tmp_path_factory.getbasetemp() / "sqlite" / "test.db"
    path.parent.mkdir(exist_ok=True)
    url = f"sqlite:///{path}"
    if url in engines:
        engines[url].dispose()
    for leftover in (path, path.with_name("test.db-wal"), path.with_name("test.db-shm")):
        leftover.unlink(missing_ok=True)
    return url


_schema_built: set[str] = set()  # databases whose schema this process built from the models


def _reset_schema(engine) -> None:
    """An empty database with the models' schema. On PostgreSQL the schema is built afresh once per run (an earlier
    run's may be stale); after that the tables a test left are emptied with DELETE and their sequences restarted
    (TRUNCATE costs ~50x more on tables this small), and built afresh when that fails (a test dropped or moved it)."""
    if engine.dialect.name == "postgresql":
        key = engine.url.render_as_string()
        try:
            if key in _schema_built:
                with _one_round_trip(engine) as connection:
                    _empty_tables(connection)
                return
        except DBAPIError:
            pass
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        Base.metadata.create_all(engine)
        with engine.begin() as connection:
            connection.exec_driver_sql(_emptying_function())
            connection.exec_driver_sql(_DIGEST_FUNCTION.replace("%", "%%"))  # psycopg reads % as a placeholder
        _schema_built.add(key)
        return
    Base.metadata.create_all(engine)


def _one_round_trip(engine: Engine):
    """A connection whose statement is sent alone: no BEGIN before it, no COMMIT or ROLLBACK after it (each one more
    round trip, ~2 ms under load against the statement's ~0.3 ms of the server's). For the harness's single
    statements: a string of several statements sent at once still runs as one transaction (PostgreSQL's simple
    query protocol), all or nothing."""
    return engine.connect().execution_options(isolation_level="AUTOCOMMIT")


@contextmanager
def reading(source) -> Iterator[Session]:
    """A session for a helper's reads on an app's (or its services') database. On PostgreSQL its statements are
    sent alone, with no BEGIN before and no ROLLBACK after (_one_round_trip): a one-statement read is one round trip,
    not three. Each statement sees what was committed when it ran, as in a transaction at READ COMMITTED."""
    svc = source if isinstance(source, Services) else services(source)
    if svc.engine.dialect.name != "postgresql":
        with svc.session_factory() as session:
            yield session
        return
    with _one_round_trip(svc.engine) as connection, svc.session_factory(bind=connection) as session:
        yield session


def _test_engine(url: str) -> Engine:
    """The service's engine for `url`; on SQLite without waiting for the disk at each commit (a test's database is
    thrown away: what a commit makes visible to the next connection is all a test needs)."""
    engine = make_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", lambda dbapi_connection, _record: dbapi_connection.execute(
            "PRAGMA synchronous=OFF"))
    return engine


def _empty_tables(connection) -> None:
    """DELETE every table's rows and set every sequence back to its start: one call of the function
    `_emptying_function` made beside the schema (its statements planned once per backend; as statements sent each
    time the backend parsed and planned 28 of them a test: 1.1 ms of its time against 0.47 ms). The Alembic version a
    migration test left goes too, as on SQLite, where each test starts from the models' schema. A schema a test
    dropped takes the function with it: the call fails and the schema is built again (_reset_schema)."""
    connection.exec_driver_sql(f"SELECT public.{_EMPTYING}()")


_EMPTYING = "test_empty_tables"


@functools.cache
def _emptying_function() -> str:
    """The function _empty_tables calls, created with the models' schema: every table's DELETE (built once: sorting
    the models' tables by their foreign keys is ~1 ms), the Alembic version dropped when there is one, and every
    sequence set back with one `setval` SELECT (an ALTER SEQUENCE … RESTART per sequence cost 10 ms a test)."""
    deletes = "".join(f'DELETE FROM public."{table.name}";\n' for table in _tables()[::-1])
    return (f"CREATE FUNCTION public.{_EMPTYING}() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n{deletes}"
            "IF to_regclass('public.alembic_version') IS NOT NULL THEN DROP TABLE public.alembic_version; END IF;\n"
            "PERFORM setval(quote_ident(schemaname) || '.' || quote_ident(sequencename), start_value, false) "
            "FROM pg_sequences WHERE schemaname = 'public';\nEND $$")


@functools.cache
def _tables() -> tuple:
    """The models' tables, each after those it refers to (Base.metadata.sorted_tables sorts them at every call)."""
    return tuple(Base.metadata.sorted_tables)


def _copy_template(database_url: str, template: str) -> bool:
    """Give a test's new SQLite file the schema by copying the template; False when the URL is not such a file."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or not url.database or os.path.exists(url.database):
        return False
    shutil.copyfile(template, url.database)
    return True


@pytest.fixture(scope="session")
def compiled_templates(tmp_path_factory) -> FileSystemBytecodeCache:
    """One cache of compiled page templates for all the apps a worker builds (compiling them anew for each test's
    app was about a tenth of the suite's time)."""
    return FileSystemBytecodeCache(str(tmp_path_factory.mktemp("templates")))


@pytest.fixture(scope="session")
def media_host():
    """A fake Twilio serving any media URL (PHOTO's included: the fetch job is pointed at it) as a JPEG photo."""
    from tests.fake_twilio import FakeTwilio
    from tests.media_samples import jpeg_with_exif

    with FakeTwilio(media_auth=False, default_media=(jpeg_with_exif(), "image/jpeg")) as fake:
        yield fake


@pytest.fixture
def make_app(request, database_url, clock, tmp_path, media_host, sqlite_template, compiled_templates, engines):
    """Build apps on the test database with the test clock; config overrides as keyword arguments. The apps share the
    worker's engine for the database, unless `own_engine` (a test of the engine's own settings)."""
    assert not _uses_shared_world(request), (
        f"{request.module.__name__} uses shared_world: on PostgreSQL its scene lives in the worker's database, which "
        "a test building its own app empties, so every later scene test reads the other world's rows. Put this test "
        "in another module.")
    built = []

    def build(transport=None, *, own_engine=False, **overrides):
        plain = not built and transport is None and not own_engine and not overrides
        app = _reused_app(database_url, clock, tmp_path, sqlite_template) if plain else None
        if app is None:
            app = _build_app(database_url, clock, tmp_path, media_host, sqlite_template, compiled_templates, engines,
                             first=not built, transport=transport, own_engine=own_engine, **overrides)
            if plain:
                _plain_apps[database_url] = (app, _app_state(app))
        built.append(app)
        return app

    yield build
    if built and _plain_apps.get(database_url, (None,))[0] is built[0]:
        _keep_if_untouched(built[0], database_url)
    _dispose_apps(built, database_url, engines)


# The worker's app of the tests that build one as it comes (make_app() first, no transport, engine or settings of their
# own), by database URL, and what it was when built (_app_state). create_app was most of a test's setup
# (2-3 ms of CPU: Flask registering ~30 routes and their werkzeug rules); such a test is handed the previous such test's
# app, with its own clock, console, media folder and emptied database, when that test left the app as it found it.
_plain_apps: dict[str, tuple] = {}


def _reused_app(database_url: str, clock: Clock, folder: Path, sqlite_template: str):
    """The worker's plain app for `database_url` made ready for this test, or None (none yet, or the environment the
    settings are read from changed since)."""
    entry = _plain_apps.get(database_url)
    if entry is None:
        return None
    app, state = entry
    if state[0] != _environment():
        del _plain_apps[database_url]
        return None
    svc = services(app)
    media_url = f"file://{folder / 'media'}"
    app.config["MEDIA_STORAGE_URL"] = media_url
    svc.media_storage = _media_storage({**app.config, "MEDIA_STORAGE_URL": media_url})
    svc.transport = ConsoleTransport()
    svc.clock = clock
    app._got_first_request = False  # as a new app: a route or hook added before the first request is allowed
    configure_logging(app.config)  # as create_app does
    if not _copy_template(database_url, sqlite_template):
        _reset_schema(svc.engine)
    return app


def _keep_if_untouched(app, database_url: str) -> None:
    """Drop the worker's plain app when the test changed it (its settings, hooks, routes, services, subscribers or
    session listeners) from what it was when built: the next such test builds a new one."""
    if _app_state(app) != _plain_apps[database_url][1]:
        del _plain_apps[database_url]


def _environment() -> tuple:
    """The environment variables create_app reads its settings from (config.load_config)."""
    return tuple(os.environ.get(setting.name) for setting in SETTINGS)


# Attributes Flask sets on an app at its first request or template (cached properties), and the first request's flag.
_LAZY_APP_ATTRIBUTES = {"_got_first_request"} | {name for name in dir(App) if isinstance(getattr(App, name, None), (
    cached_property, functools.cached_property))}


def _app_state(app) -> tuple:
    """What a test could change in an app and a later test see: the environment it was built in, its settings (the
    media folder, a test's own, aside), the objects it holds, the counts of its hooks, routes, error handlers,
    template globals and filters, the event subscribers of its services and the listeners of its sessions."""
    svc = services(app)
    factory = svc.session_factory.class_
    listeners = factory.dispatch
    return (
        _environment(),
        {name: copy.copy(value) if isinstance(value, dict | list | set) else value
         for name, value in app.config.items() if name != "MEDIA_STORAGE_URL"},
        {name: id(value) for name, value in vars(app).items() if name not in _LAZY_APP_ATTRIBUTES},
        tuple(sorted((name, id(value)) for name, value in vars(svc).items()
                     if name not in ("transport", "clock", "media_storage"))),
        svc.stopping.is_set(), repr(svc.region.settings),
        tuple(sum(len(handlers) for handlers in hooks.values()) for hooks in (
            app.before_request_funcs, app.after_request_funcs, app.teardown_request_funcs,
            app.url_value_preprocessors, app.url_default_functions, app.template_context_processors)),
        len(app.teardown_appcontext_funcs), len(app.view_functions),
        sum(len(handlers) for codes in app.error_handler_spec.values() for handlers in codes.values()),
        len(list(app.url_map.iter_rules())), len(app.blueprints), tuple(app.extensions),
        tuple(app.jinja_env.globals), tuple(app.jinja_env.filters), tuple(app.cli.commands),
        tuple((kind, len(handlers)) for kind, handlers in svc.events.subscribers.items() if handlers),
        tuple(len(getattr(listeners, name)._clslevel.get(factory, ())) for name in listeners._event_names),
    )


def _build_app(database_url: str, clock: Clock, folder: Path, media_host, sqlite_template: str,
               compiled_templates: FileSystemBytecodeCache, engines: dict, *, first: bool, transport=None,
               own_engine: bool = False, **overrides):
    """An app on the test database with the test clock (make_app); the `first` of a test empties the database."""
    config = {"DATABASE_URL": database_url, "TWILIO_ACCOUNT_SID": "", "TWILIO_AUTH_TOKEN": "",
              "TWILIO_WHATSAPP_FROM": "", "PUBLIC_BASE_URL": "", "LOG_LEVEL": "WARNING",
              "TWILIO_CONTENT_SIDS": {}, "OUTBOX_RATE_PER_SECOND": 0.0,
              "MEDIA_STORAGE_URL": f"file://{folder / 'media'}", "TWILIO_API_BASE_URL": media_host.base_url,
              **overrides}
    copied = first and _copy_template(database_url, sqlite_template)
    engine = None
    if not own_engine and config["DATABASE_URL"] == database_url:
        if database_url not in engines:
            engines[database_url] = _test_engine(database_url)
        engine = engines[database_url]
    app = create_app(config, transport=transport or ConsoleTransport(), engine=engine)
    app.config["TESTING"] = True
    app.jinja_env.bytecode_cache = compiled_templates
    services(app).clock = clock
    if first and not copied:
        _reset_schema(services(app).engine)
    return app


def _dispose_apps(built: list, database_url: str, engines: dict) -> None:
    for app in built:
        engine = services(app).engine
        if engine is not engines.get(database_url) or engine.dialect.name == "sqlite":
            engine.dispose()  # the next test's SQLite file is a new one; PostgreSQL keeps its connections open


_SHARED_WORLD_MODULES: dict[str, bool] = {}  # module: whether any of its tests uses `shared_world`


def _uses_shared_world(request) -> bool:
    """Whether a test of the requesting module (of those collected) uses `shared_world`; read once a module."""
    name = request.module.__name__
    if name not in _SHARED_WORLD_MODULES:
        _SHARED_WORLD_MODULES[name] = any(
            "shared_world" in item.fixturenames for item in request.session.items
            if getattr(item, "module", None) is request.module)
    return _SHARED_WORLD_MODULES[name]


@pytest.fixture(scope="module")
def shared_world(tmp_path_factory, worker_database_url, media_host, sqlite_template, compiled_templates, engines):
    """An app with the small directory (`world`) built once for a module's tests, on a database of its own (on
    PostgreSQL the worker's, emptied first: only for a module whose every test uses it, as any other test empties
    it again). For tables whose rows each run in a session they roll back (`rolled_back`): a row costs what it
    runs, not an app, a directory and a scene (about 12 ms each)."""
    from tests.parties import make_world

    folder = tmp_path_factory.mktemp("shared")
    database_url = worker_database_url or f"sqlite:///{folder / 'shared.db'}"
    clock = Clock(datetime(2026, 11, 23, 3, 0, tzinfo=UTC))  # as the `clock` fixture
    app = _build_app(database_url, clock, folder, media_host, sqlite_template, compiled_templates, engines,
                     first=True)
    yield make_world(app, services(app))
    _dispose_apps([app], database_url, engines)


@contextmanager
def rolled_back(app) -> Iterator[Session]:
    """A session on the app's database whose work is rolled back at the end, whatever it flushed."""
    with services(app).session_factory() as session:
        try:
            yield session
        finally:
            session.rollback()


_scenes: dict[tuple, tuple] = {}  # (build, key, database before it, clock, sent, media) -> what it left
_seen: set[tuple] = set()  # the same, for the scenes built once so far


def built_once(svc: Services, build: Callable[[], object], *, key: tuple = ()) -> str | None:
    """Run a fixture's `build()` (a scene: complaints filed and forwarded through the webhook) on the test's database;
    a later test of the worker with the same `key` (what the build reads besides the database: who is walked to
    which step) whose database (less its dates and times), clock, console and stored media are the same before it
    gets the database rows, the stored media, the sent messages and the clock `build` left, without running it
    again (a scene of two filed complaints costs ~120 ms on SQLite, more on PostgreSQL; giving it back costs the
    test ~1 ms: a copy of the SQLite file, or one round trip that copies PostgreSQL's rows back from a snapshot
    schema, 10-30 ms of the server's). A build that runs while a connection is open runs every time, and a scene
    is kept from its second build on. Returns what `build()` returned when it is text (a walk's last reply, kept with
    the scene), else None."""
    store = _scene_store(svc)
    sent = getattr(svc.transport, "sent", None)
    media = getattr(svc.media_storage, "root", None)
    if (_patching or store is None or not isinstance(sent, list) or not isinstance(svc.clock, Clock)
            or media is None):
        return _text(build())
    before = (build.__code__, key, _settings(svc), store.key(), store.digest(), svc.clock.now, len(sent),
              _files(media))
    if before in _scenes:
        saved, files, messages, now, reply = _scenes[before]
        if store.restore(saved):
            for name, content in files.items():
                (media / name).parent.mkdir(parents=True, exist_ok=True)
                (media / name).write_bytes(content)
            sent.extend(messages)
            svc.clock.now = now
            return reply
        del _scenes[before]  # the snapshot is gone (a test dropped it): build again
    reply = _text(build())
    if before not in _seen:  # a scene met once is not kept: a walk after a test's own steps is met once only
        _seen.add(before)
    elif _scene_store(svc) == store:
        saved = store.save()
        if saved is not None:
            files = {name: (media / name).read_bytes() for name in _files(media)}
            _scenes[before] = (saved, files, sent[before[6]:], svc.clock.now, reply)
    return reply


def _text(result: object) -> str | None:
    """A build's result as built_once gives it back: text (a reply) as it is, anything else (rows, objects a test
    could change) not at all."""
    return result if isinstance(result, str) else None


_PER_TEST_SETTINGS = {"DATABASE_URL", "MEDIA_STORAGE_URL"}  # the store's key; a folder of the test


def _settings(svc: Services) -> str:
    """What a build reads besides the database: the app's configuration (less what differs from test to test
    anyway), the region's settings and the transport's kind; a test that changes any of them gets its own scene."""
    config = sorted((name, repr(value)) for name, value in svc.config.items() if name not in _PER_TEST_SETTINGS)
    return repr((config, svc.region.settings, type(svc.transport)))


_patching: list = []  # the monkeypatch of the running test, while it has one


@pytest.fixture
def monkeypatch(monkeypatch):
    """pytest's monkeypatch. While a test has it, every scene is built (built_once): what it patches may be what
    the build runs."""
    _patching.append(monkeypatch)
    yield monkeypatch
    _patching.remove(monkeypatch)


def _files(root: Path) -> tuple[str, ...]:
    """The files under a folder, as relative paths."""
    return tuple(sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())) if root.is_dir() else ()


_WALL_CLOCK = re.compile(rb"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?")


def _scene_store(svc: Services) -> _SqliteScene | _PostgresScene | None:
    """Where a scene's database is saved and restored; None when the database is neither, or a connection is in use
    (what it holds open could differ from test to test). The connection the webhook keeps between messages
    (`models.db.kept_session`; idle, in no transaction) is handed back first."""
    engine = svc.engine
    hand_back_kept_connection()
    if engine.pool.checkedout():
        return None
    if engine.dialect.name == "postgresql":
        return _PostgresScene(engine)
    path = _quiet_sqlite_file(svc)
    return _SqliteScene(path) if path is not None else None


_row_digests: dict[bytes, bytes] = {}  # an SQLite file's bytes (their sha256) -> _SqliteScene.digest of its rows


@dataclass(frozen=True)
class _SqliteScene:
    """A scene's SQLite database: the file's bytes."""

    path: Path

    def key(self) -> str:
        return ""  # the bytes are kept in memory, whichever file they came from

    def digest(self) -> bytes:
        """A digest of every row of the file, less every date and time in it: the `utcnow` defaults read the real
        clock and differ from test to test. The test clock's time is part of the key beside it, so a scene is meant
        to start from a database that only the fixtures before it wrote. Worked out once for the same bytes (the
        schema's template, a scene given back: most digests; hashing the file costs a tenth of reading its rows)."""
        raw = hashlib.sha256(self.path.read_bytes()).digest()
        rows = _row_digests.get(raw)
        if rows is None:
            rows = _row_digests[raw] = self._rows_digest()
        return rows

    def _rows_digest(self) -> bytes:
        connection = sqlite3.connect(self.path)
        try:
            tables = [name for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
            rows = repr([(table, connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall())
                         for table in tables]).encode()
        finally:
            connection.close()
        return hashlib.sha256(_WALL_CLOCK.sub(b"", rows)).digest()

    def save(self) -> bytes:
        return self.path.read_bytes()

    def restore(self, saved: bytes) -> bool:
        self.path.write_bytes(saved)
        return True


_SCENE_SCHEMA = "test_scenes"  # beside `public` in a worker's PostgreSQL database, emptied once per process
_PG_WALL_CLOCK = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?([+-]\d\d(:\d\d)?)?"
_pg_snapshots: list[str] = []  # snapshot names this process made (the schema is dropped before the first)


_DIGEST = "test_digest_rows"
# The rows `_PostgresScene.digest_as_sent` reads, made by one function created with the schema (its queries planned by
# the backend, as the emptying function's).
_DIGEST_FUNCTION = (
    f"CREATE FUNCTION public.{_DIGEST}() RETURNS SETOF text LANGUAGE plpgsql AS $$\nDECLARE tbl text;\nBEGIN\n"
    "FOR tbl IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename LOOP\n"
    "RETURN QUERY EXECUTE format('SELECT %L || '':'' || coalesce(string_agg(regexp_replace(t::text, %L, '''', ''g''), "
    "E''\\n'' ORDER BY t::text), '''') FROM public.%I t', tbl, $re$" + _PG_WALL_CLOCK + "$re$, tbl);\n"
    "END LOOP;\n"
    "RETURN QUERY SELECT coalesce(string_agg(sequencename || ':' || coalesce(last_value::text, '-'), ',' "
    "ORDER BY sequencename), '') FROM pg_sequences WHERE schemaname = 'public';\nEND $$")


@functools.cache
def _model_columns() -> dict[str, str]:
    """Each table's columns as the models name them, quoted and comma-separated (a schema built by the migrations may
    order them otherwise than the models)."""
    return {table.name: ", ".join(f'"{column.name}"' for column in table.columns)
            for table in _tables()}


@dataclass(frozen=True)
class _PostgresScene:
    """A scene's PostgreSQL database: the rows of the tables that have any, copied into tables of a snapshot schema,
    and every sequence's value."""

    engine: Engine

    def key(self) -> str:
        return self.engine.url.render_as_string()  # the snapshot lives in that database

    def digest(self) -> str:
        """A digest of every table's rows in `public` (each row's text less its dates and times, as on SQLite) and
        of every sequence's value (a sequence does not go back when rows are deleted): one call of the function
        made with the schema (_DIGEST_FUNCTION), or `digest_as_sent` where a schema was built without it."""
        try:
            with _one_round_trip(self.engine) as connection:
                rows = connection.exec_driver_sql(f"SELECT * FROM public.{_DIGEST}()").scalars().all()
        except DBAPIError:
            return self.digest_as_sent()
        return hashlib.sha256("\n".join(sorted(rows)).encode()).hexdigest()

    def digest_as_sent(self) -> str:
        """The digest from statements sent from here (two round trips besides the transaction's)."""
        with self.engine.connect() as connection:
            tables = connection.exec_driver_sql(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename").scalars().all()
            parts = [f"SELECT '{name}' || ':' || coalesce(string_agg(regexp_replace(t::text, '{_PG_WALL_CLOCK}', "
                     f"'', 'g'), E'\\n' ORDER BY t::text), '') FROM public.\"{name}\" t" for name in tables]
            parts.append("SELECT coalesce(string_agg(sequencename || ':' || coalesce(last_value::text, '-'), ',' "
                         "ORDER BY sequencename), '') FROM pg_sequences WHERE schemaname = 'public'")
            rows = connection.exec_driver_sql(" UNION ALL ".join(f"({part})" for part in parts)).scalars()
        return hashlib.sha256("\n".join(sorted(rows)).encode()).hexdigest()

    def save(self) -> tuple[str, tuple[str, ...]] | None:
        """Copy the rows of the tables that have any, and the sequences' values, into the snapshot schema; None when
        `public` holds tables the models do not describe (they would not be restored)."""
        tables = [table.name for table in _tables()]
        columns = _model_columns()
        name = f"s{len(_pg_snapshots)}"
        with self.engine.begin() as connection:
            present = set(connection.exec_driver_sql(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'").scalars())
            if present != set(tables):
                return None
            statements = [f"DROP SCHEMA IF EXISTS {_SCENE_SCHEMA} CASCADE",
                          f"CREATE SCHEMA {_SCENE_SCHEMA}"] if not _pg_snapshots else []
            filled = set(connection.exec_driver_sql(" UNION ALL ".join(
                f"(SELECT '{table}' WHERE EXISTS (SELECT FROM public.\"{table}\"))" for table in tables)).scalars())
            statements += [f'CREATE TABLE {_SCENE_SCHEMA}."{name}_{table}" AS SELECT {columns[table]} '
                           f'FROM public."{table}"' for table in tables if table in filled]
            statements.append(f"CREATE TABLE {_SCENE_SCHEMA}.{name}_sequences AS SELECT sequencename, last_value "
                              "FROM pg_sequences WHERE schemaname = 'public'")
            connection.exec_driver_sql("; ".join(statements))
        _pg_snapshots.append(name)
        return name, tuple(table for table in tables if table in filled)

    def restore(self, saved: tuple[str, tuple[str, ...]]) -> bool:
        """Empty the tables and copy the snapshot's rows and sequence values back, in one round trip; False when
        the snapshot is gone."""
        name, filled = saved
        columns = _model_columns()
        statements = [f'DELETE FROM public."{table.name}"' for table in _tables()[::-1]]
        statements += [f'INSERT INTO public."{table}" ({columns[table]}) OVERRIDING SYSTEM VALUE '
                       f'SELECT {columns[table]} FROM {_SCENE_SCHEMA}."{name}_{table}"' for table in filled]
        statements.append("SELECT setval(quote_ident(s.schemaname) || '.' || quote_ident(s.sequencename), "
                          "coalesce(saved.last_value, s.start_value), saved.last_value IS NOT NULL) "
                          f"FROM pg_sequences s JOIN {_SCENE_SCHEMA}.{name}_sequences saved USING (sequencename) "
                          "WHERE s.schemaname = 'public'")
        try:
            with _one_round_trip(self.engine) as connection:
                connection.exec_driver_sql("; ".join(statements))
        except DBAPIError:
            return False
        return True


def _quiet_sqlite_file(svc: Services) -> Path | None:
    """The app's SQLite file with every connection closed and the write-ahead log folded in; None when it is no such
    file or a connection is in use."""
    engine = svc.engine
    if engine.dialect.name != "sqlite" or not engine.url.database or engine.pool.checkedout():
        return None
    engine.dispose()
    path = Path(engine.url.database)
    wal = path.with_name(path.name + "-wal")
    return path if path.exists() and not (wal.exists() and wal.stat().st_size) else None


@pytest.fixture
def app(make_app):
    """An app with the console transport."""
    return make_app()


@pytest.fixture
def svc(app):
    """The app's services (session factory, transport, clock)."""
    return services(app)


@pytest.fixture
def session(svc):
    """A session for assertions; tests commit nothing through it unless they mean to."""
    with svc.session_factory() as session:
        yield session


@dataclass
class Reply:
    """A webhook response: HTTP status and the TwiML messages in it."""

    status: int
    messages: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """All reply messages joined, for `in` assertions."""
        return "\n".join(self.messages)


class WhatsApp:
    """Posts Twilio-signed webhook requests to the app, exactly as Twilio does."""

    url = "http://localhost/twilio/whatsapp"

    def __init__(self, app, token: str = DEV_AUTH_TOKEN):
        self.client = app.test_client()
        self.validator = RequestValidator(token)

    def form(self, phone: str, body: str = "", **fields) -> dict:
        """A Twilio inbound form from `phone` with a fresh MessageSid."""
        return {"MessageSid": "SM" + uuid.uuid4().hex, "AccountSid": "AC" + "0" * 32,
                "From": f"whatsapp:{phone}", "To": "whatsapp:+14155238886", "Body": body,
                "NumMedia": "0", "ProfileName": "Warga", "WaId": phone.lstrip("+"), **fields}

    def post(self, form: dict, path: str = "/twilio/whatsapp", signature: str | None = None) -> Reply:
        """Sign and post a form; parse the TwiML reply."""
        url = "http://localhost" + path
        if signature is None:
            signature = self.validator.compute_signature(url, form)
        response = self.client.post(path, data=form, headers={"X-Twilio-Signature": signature})
        return Reply(response.status_code, _messages(response))

    def send(self, phone: str, body: str = "", **fields) -> Reply:
        """Send one message from `phone` and return the reply."""
        return self.post(self.form(phone, body, **fields))


def _messages(response) -> list[str]:
    if response.status_code != 200 or not response.data:
        return []
    root = ET.fromstring(response.get_data(as_text=True))
    return [(m.findtext("Body") or m.text or "").strip() for m in root.iter("Message")]


@pytest.fixture
def wa(app) -> WhatsApp:
    """A signed-webhook client for the app."""
    return WhatsApp(app)


@pytest.fixture
def world(app, svc):
    """An app with a small directory: DLH (two officers, a head), PUPR, PLN (external), a verifier, a supervisor."""
    from tests.parties import make_world

    if svc.engine.dialect.name == "sqlite":  # a scene (built_once): a file copied back costs half the inserts
        built_once(svc, lambda: make_world(app, svc))  # (on PostgreSQL a snapshot given back costs as much)
        return app
    return make_world(app, svc)


@pytest.fixture
def unlimited_filing(svc, monkeypatch):
    """The region's per-number budget of new complaints turned off (lapor.budget), for a test that files more than
    an hour's five from one citizen to fill pages; tests/bot/test_complaint_budget.py tests the budget itself."""
    from dataclasses import replace

    settings = replace(svc.region.settings, complaints_per_hour=0, complaints_per_day=0)
    monkeypatch.setattr(svc, "region", replace(svc.region, settings=settings))


@pytest.fixture
def people(world):
    """The cast (tests.parties): two citizens, the verifier, the supervisor, DLH's officers and head, PUPR's officer."""
    from tests.parties import make_people

    return make_people(world)


def count(source, model) -> int:
    """How many rows of `model` the database holds; `source` is an app, its services or an open session."""
    if isinstance(source, Session):
        return source.scalar(select(func.count()).select_from(model))
    with reading(source) as session:
        return count(session, model)


def run_cli(app, *args: str, **kwargs):
    """Run `flask --app app <args>` against the app, as an operator would; returns click's result."""
    return app.test_cli_runner().invoke(args=list(args), **kwargs)


def app_through_twilio(make_app, fake, **overrides):
    """An app sending through the real twilio client to a Fake Twilio, public URL http://localhost."""
    from bot.transports import TwilioTransport

    transport = TwilioTransport(fake.account_sid, fake.auth_token, "whatsapp:+14155238886",
                                api_base_url=fake.base_url, timeout=2)
    return make_app(transport=transport, **{"PUBLIC_BASE_URL": "http://localhost", **overrides})


@pytest.fixture
def twilio_app(make_app, media_fake):
    """An app that sends, and fetches media, through the real twilio client at the Fake Twilio `media_fake`."""
    return app_through_twilio(make_app, media_fake, TWILIO_API_BASE_URL=media_fake.base_url)


@pytest.fixture
def media_fake():
    """A Fake Twilio that serves media without authentication."""
    from tests.fake_twilio import FakeTwilio

    with FakeTwilio(media_auth=False) as server:
        yield server

