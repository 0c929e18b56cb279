"""The harness's scenes (tests.conftest.built_once): built once per worker, on SQLite and on PostgreSQL, and given
back whole (rows, the ids the next rows get, sent messages, stored media, clock) only to a test that starts as the
first one did; and the worker's plain app, handed to the next test as new unless a test changed it."""

from __future__ import annotations

import copy
import os
from datetime import timedelta

import pytest
from sqlalchemy import event, inspect, select, text
from werkzeug.middleware.proxy_fix import ProxyFix

from models import Agency, Base
from services import services
from tests import sampling
from tests.conftest import (
    Clock,
    _keep_if_untouched,
    _PostgresScene,
    _reset_schema,
    _reused_app,
    _settings,
    built_once,
    count,
)


def _fresh(svc, clock, start) -> None:
    """Put the test's database, console, media and clock back as a new test would find them."""
    engine = svc.engine
    if engine.dialect.name == "postgresql":
        _reset_schema(engine)
    else:
        engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(engine.url.database + suffix):
                os.remove(engine.url.database + suffix)
        _reset_schema(engine)
    svc.transport.sent.clear()
    for path in sorted(svc.media_storage.root.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    clock.now = start


def _state(svc, clock) -> tuple:
    """What a test sees after the scene: the rows, the id a new row gets, sent messages, media, clock."""
    with svc.session_factory.begin() as session:
        session.add(Agency(code="NEXT", name="Agency added after the scene"))
    with svc.session_factory() as session:
        rows = [(a.id, a.code, a.name) for a in session.scalars(select(Agency).order_by(Agency.id))]
    media = sorted((str(p.relative_to(svc.media_storage.root)), p.read_bytes())
                   for p in svc.media_storage.root.rglob("*") if p.is_file())
    return rows, list(svc.transport.sent), media, clock.now


def test_a_scene_is_built_once_and_given_whole_to_a_test_that_starts_the_same(make_app, clock):
    svc = services(make_app())
    start, builds = clock.now, []

    def build():
        builds.append(1)
        with svc.session_factory.begin() as session:
            session.add_all([Agency(code="DLH", name="Dinas Lingkungan Hidup"), Agency(code="TMP", name="Temporary")])
        with svc.session_factory.begin() as session:  # on PostgreSQL the deleted row's id stays used
            session.delete(session.scalars(select(Agency).where(Agency.code == "TMP")).one())
        svc.transport.sent.append("a message the scene sent")
        (svc.media_storage.root / "scene").mkdir(parents=True, exist_ok=True)
        (svc.media_storage.root / "scene" / "photo.jpg").write_bytes(b"photo")
        clock.advance(hours=2)

    built_once(svc, build)
    built = _state(svc, clock)
    for _ in range(2):  # kept from its second build on, then given back
        _fresh(svc, clock, start)
        built_once(svc, build)
        assert _state(svc, clock) == built
    assert len(builds) == 2

    _fresh(svc, clock, start)
    with svc.session_factory.begin() as session:
        session.add(Agency(code="PUPR", name="Dinas PUPR"))  # another starting state: the scene is built for it
    built_once(svc, build)
    assert len(builds) == 3


def test_a_scene_gives_back_the_reply_its_build_returned_and_nothing_else(make_app, clock):
    """A walk's last reply (text) is kept with the scene; anything else a build returns (rows, objects a test could
    change) is given to no test, built or given back."""
    svc = services(make_app())
    start, builds = clock.now, []

    def build(result):
        builds.append(1)
        with svc.session_factory.begin() as session:
            session.add(Agency(code="DLH", name="Dinas Lingkungan Hidup"))
        return result(len(builds))

    replies = []
    for _ in range(3):
        _fresh(svc, clock, start)
        replies.append(built_once(svc, lambda: build(lambda n: f"reply {n}")))
    assert replies == ["reply 1", "reply 2", "reply 2"] and len(builds) == 2
    for _ in range(3):
        _fresh(svc, clock, start)
        assert built_once(svc, lambda: build(lambda n: [n]), key=("rows",)) is None
    assert len(builds) == 4


def test_a_test_that_patches_or_configures_otherwise_gets_its_own_build(make_app, clock, monkeypatch):
    svc = services(make_app(DRAFT_TIMEOUT_MINUTES=7))
    builds = []
    for _ in range(3):
        _fresh(svc, clock, clock.now)
        built_once(svc, lambda: builds.append(1))
    assert len(builds) == 3  # with monkeypatch, what the build runs may be patched: built every time
    monkeypatch.undo()
    assert _settings(svc) != _settings(services(make_app()))


def _route(app) -> None:
    app.add_url_rule("/probe", "probe", lambda: "ok")


def _listener(app) -> None:
    event.listen(services(app).session_factory, "before_commit", lambda session: None)


def _subscriber(app) -> None:
    services(app).events.subscribe(Agency, lambda session, happened: None)


@pytest.mark.parametrize("change", [
    None,
    lambda app: app.config.update(DRAFT_TIMEOUT_MINUTES=7),
    lambda app: app.config["TWILIO_CONTENT_SIDS"].update(menu="HX1"),  # a setting changed in place
    lambda app: app.before_request(lambda: None),
    _route,
    _subscriber,
    _listener,
    lambda app: setattr(services(app), "region", copy.copy(services(app).region)),
    lambda app: setattr(app, "wsgi_app", ProxyFix(app.wsgi_app)),
    lambda app: services(app).stopping.set(),
], ids=["untouched", "setting", "setting-in-place", "hook", "route", "subscriber", "listener", "service", "attribute",
        "stopped"])
def test_a_plain_app_goes_to_the_next_test_as_new_unless_a_test_changed_it(make_app, database_url, sqlite_template,
                                                                           clock, tmp_path, change):
    app = make_app()
    svc = services(app)
    with svc.session_factory.begin() as session:
        session.add(Agency(code="DLH", name="Dinas Lingkungan Hidup"))
    svc.transport.sent.append("a message of this test")
    if change is not None:
        change(app)
    app.test_client().get("/healthz")  # after a request, as after most tests
    _keep_if_untouched(app, database_url)  # this test's end (make_app)
    if svc.engine.dialect.name == "sqlite":  # the next test's file (the database_url fixture)
        svc.engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(svc.engine.url.database + suffix):
                os.remove(svc.engine.url.database + suffix)
    later = Clock(clock.now + timedelta(days=1))
    handed = _reused_app(database_url, later, tmp_path / "later", sqlite_template)  # the next test's start
    if change is not None:
        assert handed is None  # the next test builds its own
        return
    assert handed is app and svc.clock is later and svc.transport.sent == []
    assert svc.media_storage.root == tmp_path / "later" / "media"
    assert app.config["MEDIA_STORAGE_URL"] == f"file://{tmp_path / 'later' / 'media'}"
    assert count(svc, Agency) == 0
    _route(app)  # a new app's routes may still be added before its first request


def test_a_postgresql_reset_empties_every_table_restarts_the_ids_and_drops_the_migrations_version(make_app):
    svc = services(make_app())
    engine = svc.engine
    if engine.dialect.name != "postgresql":
        pytest.skip("an SQLite test's database is a new file")
    for _ in range(2):  # the second time after the schema was built again without the harness (as a migration test)
        with svc.session_factory.begin() as session:
            session.add_all([Agency(code="DLH", name="Dinas Lingkungan Hidup"), Agency(code="PUPR", name="PUPR")])
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)"))
        _reset_schema(engine)
        assert count(svc, Agency) == 0
        assert "alembic_version" not in inspect(engine).get_table_names()
        with svc.session_factory.begin() as session:
            session.add(Agency(code="NEXT", name="Agency added after the reset"))
        with svc.session_factory() as session:
            assert session.scalars(select(Agency.id)).all() == [1]
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        Base.metadata.create_all(engine)


@pytest.fixture
def round_trips(monkeypatch):
    """A counter of the test process's round trips to PostgreSQL: each statement psycopg sends (a query, a prepare,
    a transaction's BEGIN, COMMIT or ROLLBACK)."""
    from psycopg._connection_base import BaseConnection
    from psycopg._cursor_base import BaseCursor

    counted = []
    senders = ((BaseConnection, "_exec_command"), (BaseCursor, "_execute_send"), (BaseCursor, "_send_prepare"))
    for owner, name in senders:
        sent = getattr(owner, name)
        monkeypatch.setattr(owner, name, lambda self, *a, _sent=sent, _name=name, **k: counted.append(_name)
                            or _sent(self, *a, **k))
    return counted


def test_a_postgresql_reset_digest_and_restore_are_one_round_trip_each(make_app, clock, round_trips):
    svc = services(make_app())
    if svc.engine.dialect.name != "postgresql":
        pytest.skip("an SQLite scene is a file")
    with svc.session_factory.begin() as session:
        session.add(Agency(code="DLH", name="Dinas Lingkungan Hidup"))
    store = _PostgresScene(svc.engine)
    saved = store.save()
    for step in (lambda: _reset_schema(svc.engine), store.digest, lambda: store.restore(saved)):
        round_trips.clear()
        step()
        assert len(round_trips) == 1  # a BEGIN and a COMMIT each were one more, under load ~2 ms each
    assert count(svc, Agency) == 1  # the restore gave the row back
    filled = store.digest()
    assert filled == store.digest_as_sent()  # a schema without the harness's functions is digested the same
    _reset_schema(svc.engine)
    assert store.digest() == store.digest_as_sent() != filled


def test_the_postgresql_run_draws_a_third_of_a_randomised_tests_examples(monkeypatch):
    """CI's PostgreSQL run (--database-tests-only sets SAMPLED_RUN) repeats a sample of the first run's search."""
    monkeypatch.delenv(sampling.SAMPLED_RUN, raising=False)
    assert sampling.examples(150) == 150
    monkeypatch.setenv(sampling.SAMPLED_RUN, "1")
    assert sampling.examples(150) == 50 and sampling.examples(10) == sampling.FLOOR
