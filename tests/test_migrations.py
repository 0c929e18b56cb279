"""Schema migrations: they build exactly the schema the models describe, and go down and up again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, inspect, select, text
from sqlalchemy.orm import Session

from app import create_app
from lapor.directory import present_staff
from models import Base, Contact, InboundMessage
from models.base import UTCDateTime
from models.cli import migrating, upgrade
from models.complaint import REPORTER_INDEX, SEARCH_INDEX, compared_by_autogenerate
from models.db import make_engine
from services import services
from tests.conftest import WhatsApp


@pytest.fixture
def engine(database_url):
    """An engine on an empty test database (no tables, no Alembic version)."""
    engine = make_engine(database_url)
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    yield engine
    engine.dispose()


def schema_drift(engine) -> list:
    """What `flask db revision` would autogenerate now: empty when models and migrations agree."""
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True,
                                                               "include_object": compared_by_autogenerate})
        return compare_metadata(context, Base.metadata)


def tables(engine) -> set[str]:
    return set(inspect(engine).get_table_names()) - {"alembic_version"}


def test_migrations_build_the_schema_the_models_describe(engine):
    upgrade(engine)
    assert tables(engine) == set(Base.metadata.tables)
    assert schema_drift(engine) == [], "a model changed without a migration: run flask db revision"
    if engine.dialect.name == "postgresql":  # made by its migration, outside autogenerate's eye
        assert {SEARCH_INDEX, REPORTER_INDEX} <= {index["name"] for index in inspect(engine).get_indexes("complaints")}


@pytest.fixture
def app(engine):
    """An app on the same database as `engine`, to drive `flask db` as an operator does."""
    app = create_app({"DATABASE_URL": engine.url.render_as_string(hide_password=False), "LOG_LEVEL": "WARNING",
                      "TWILIO_ACCOUNT_SID": "", "TWILIO_AUTH_TOKEN": "", "TWILIO_WHATSAPP_FROM": ""})
    yield app
    services(app).engine.dispose()


def test_migrations_go_down_and_up_again(engine, app):
    upgrade(engine)
    upgrade(engine)  # already at head: nothing to do, no error
    cli = app.test_cli_runner()
    down = cli.invoke(args=["db", "downgrade", "base"])
    assert down.exit_code == 0, down.output
    assert tables(engine) == set()
    up = cli.invoke(args=["db", "upgrade"])
    assert up.exit_code == 0, up.output
    assert tables(engine) == set(Base.metadata.tables)
    assert schema_drift(engine) == []


def test_flask_db_upgrade_prepares_a_working_service(engine, app):
    result = app.test_cli_runner().invoke(args=["db", "upgrade"])
    assert result.exit_code == 0, result.output
    assert "Database at head" in result.output
    url = services(app).engine.url  # which database: run without the env file, it upgraded a new SQLite file
    assert url.render_as_string(hide_password=True) in result.output  # (`instance/`) and said only this, as if done
    assert WhatsApp(app).send("+6281234567890", "halo").status == 200
    with services(app).session_factory() as session:
        assert session.scalar(select(func.count()).select_from(InboundMessage)) == 1


def test_leave_recorded_before_the_first_day_existed_stays_in_force(engine):
    upgrade(engine, "0027")
    contacts = sa.table("contacts", sa.column("phone"), sa.column("role"), sa.column("name"), sa.column("active"),
                        sa.column("opted_out"), sa.column("created_at", UTCDateTime(timezone=True)),
                        sa.column("away_until", UTCDateTime(timezone=True)))
    back = datetime(2026, 12, 21, tzinfo=UTC)
    with engine.begin() as connection:
        connection.execute(sa.insert(contacts).values(phone="+6281100000020", role="verifier", name="Dewi",
                                                      active=True, opted_out=False, created_at=back, away_until=back))
    upgrade(engine)
    with Session(engine) as session:
        dewi = session.scalars(select(Contact)).one()
        assert dewi.away_from is None and not dewi.present(back - timedelta(days=1)) and dewi.present(back)
        assert dewi.away_kind is None  # leave recorded before its kind was kept: cuti
        assert present_staff(session, None, back - timedelta(days=1), roles=("verifier",)) == []


def test_leave_moves_to_staff_leaves_and_back(engine):
    """0031: each contact's leave becomes a row of staff_leaves (the contact keeps it as its cache); going down, the
    current or next leave not called off stays on the contact."""
    upgrade(engine, "0030")
    contacts = sa.table("contacts", sa.column("id"), sa.column("phone"), sa.column("role"), sa.column("name"),
                        sa.column("active"), sa.column("opted_out"),
                        sa.column("created_at", UTCDateTime(timezone=True)),
                        sa.column("away_from", UTCDateTime(timezone=True)),
                        sa.column("away_until", UTCDateTime(timezone=True)), sa.column("away_kind"))
    now = datetime.now(UTC)
    start, back = now + timedelta(days=30), now + timedelta(days=40)
    with engine.begin() as connection:
        connection.execute(sa.insert(contacts).values(
            id=1, phone="+6281100000020", role="officer", name="Dewi", active=True, opted_out=False, created_at=now,
            away_from=start, away_until=back, away_kind="dinas luar"))
        connection.execute(sa.insert(contacts).values(
            id=2, phone="+6281100000021", role="officer", name="Eko", active=True, opted_out=False, created_at=now))
    upgrade(engine)
    leaves = sa.table("staff_leaves", sa.column("id"), sa.column("contact_id"),
                      sa.column("starts_at", UTCDateTime(timezone=True)),
                      sa.column("until", UTCDateTime(timezone=True)), sa.column("kind"),
                      sa.column("created_at", UTCDateTime(timezone=True)),
                      sa.column("cancelled_at", UTCDateTime(timezone=True)))
    with engine.begin() as connection:
        rows = connection.execute(select(leaves.c.contact_id, leaves.c.starts_at, leaves.c.until, leaves.c.kind,
                                         leaves.c.cancelled_at)).all()
        assert rows == [(1, start, back, "dinas luar", None)]
        # Eko: izin tomorrow (cancelled) and cuti later; only the cuti is the next one
        connection.execute(sa.insert(leaves).values(contact_id=2, starts_at=now + timedelta(days=1),
                                                    until=now + timedelta(days=2), kind="izin", created_at=now,
                                                    cancelled_at=now))
        connection.execute(sa.insert(leaves).values(contact_id=2, starts_at=now - timedelta(days=1),
                                                    until=now + timedelta(days=3), kind="sakit", created_at=now))
    with migrating(engine) as cfg:
        command.downgrade(cfg, "0030")
    with engine.begin() as connection:
        got = connection.execute(select(contacts.c.id, contacts.c.away_from, contacts.c.away_until,
                                        contacts.c.away_kind).order_by(contacts.c.id)).all()
    assert got[0] == (1, start, back, "dinas luar")
    assert got[1][1:] == (None, now + timedelta(days=3), "sakit")  # under way: no first day ahead
    upgrade(engine)
    assert tables(engine) == set(Base.metadata.tables)


def test_template_titles_get_their_unique_key_and_look_alikes_saved_before_it_are_numbered(engine):
    """0032: one agency's «Survei» and «SURVEI» (and «Sur vei») saved before the code checked titles would refuse
    the unique index on the title's key: the later ones get a number and keep their text; another agency's
    «Survei» is not a look-alike. Going down drops the index only."""
    upgrade(engine, "0031")
    agencies = sa.table("agencies", sa.column("id"), sa.column("code"), sa.column("name"), sa.column("active"),
                        sa.column("aliases", sa.JSON()), sa.column("keywords", sa.JSON()), sa.column("external"))
    templates = sa.table("answer_templates", sa.column("id"), sa.column("agency_id"), sa.column("title"),
                         sa.column("body"), sa.column("created_at", UTCDateTime(timezone=True)),
                         sa.column("updated_at", UTCDateTime(timezone=True)))
    now = datetime.now(UTC)
    with engine.begin() as connection:
        connection.execute(sa.insert(agencies), [dict(id=number, code=code, name=code, active=True, aliases=[],
                                                      keywords=[], external=False)
                                                 for number, code in ((1, "DLH"), (2, "PUPR"))])
        for number, (agency_id, title) in enumerate([(1, "Survei"), (1, "SURVEI"), (1, "Sur vei"), (1, "Survei (2)"),
                                                     (2, "Survei"), (1, "Selesai")], start=1):
            connection.execute(sa.insert(templates).values(id=number, agency_id=agency_id, title=title, body="Teks.",
                                                           created_at=now, updated_at=now))
    upgrade(engine)
    with engine.begin() as connection:
        titles = dict(connection.execute(select(templates.c.id, templates.c.title)).all())
    assert titles == {1: "Survei", 2: "SURVEI (3)", 3: "Sur vei (4)", 4: "Survei (2)", 5: "Survei", 6: "Selesai"}
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as connection:
        connection.execute(sa.insert(templates).values(id=10, agency_id=1, title="SEL ESAI", body="x",
                                                       created_at=now, updated_at=now))
    with migrating(engine) as cfg:
        command.downgrade(cfg, "0031")
    with engine.begin() as connection:
        connection.execute(sa.insert(templates).values(id=11, agency_id=1, title="SEL ESAI", body="x",
                                                       created_at=now, updated_at=now))
        connection.execute(sa.delete(templates).where(templates.c.title == "SEL ESAI"))
        assert dict(connection.execute(select(templates.c.id, templates.c.title)).all()) == titles
    upgrade(engine)
    assert schema_drift(engine) == []


def test_the_audit_logs_action_filter_has_its_index(engine):
    """0033: the /audit page's `?tindakan=` filter (count and page, newest first) reads an index, not the whole log,
    which grows with every staff command since the chat's were recorded."""
    upgrade(engine)
    indexes = {index["name"]: index["column_names"] for index in inspect(engine).get_indexes("audit_log")}
    assert indexes["ix_audit_log_action_at"] == ["action", "at", "id"]
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            connection.execute(text("SET LOCAL enable_seqscan = off"))
            plan = "\n".join(connection.execute(text(
                "EXPLAIN SELECT id FROM audit_log WHERE action = 'identity_view' ORDER BY at DESC, id DESC LIMIT 50"
            )).scalars())
        assert "ix_audit_log_action_at" in plan and "Sort" not in plan


def test_the_file_notes_of_media_clean_move_from_last_error_to_their_table_and_back(engine):
    """0034: the notes a killed `flask media clean` left in items' `last_error` (`; new copy <sha> written`, `; old
    copy <sha> to delete`) become rows of media_file_pending, and `last_error` keeps only what it said before them,
    on items of any status; text that merely looks like a note stays. Going down, the notes go back on the first
    item (the old sweep read every item's), so the next run of the old code still deletes those files."""
    upgrade(engine, "0033")
    items = sa.table("media_items", sa.column("id"), sa.column("source_url"), sa.column("declared_type"),
                     sa.column("status"), sa.column("attempts"), sa.column("last_error"),
                     sa.column("next_attempt_at", UTCDateTime(timezone=True)),
                     sa.column("created_at", UTCDateTime(timezone=True)))
    a, b, c, d = ("a" * 64, "b" * 64, "0123456789abcdef" * 4, "d" * 64)
    errors = {
        1: f"copy without metadata checked (scrubber 3); old copy {a} to delete",
        2: f"stored file missing (0123456789ab) at 2026-12-07 08:00; new copy {b} written; old copy {c} to delete",
        3: f"; new copy {d} written",  # a purged item's, noted before its purge
        4: "no copy without metadata (encrypted) at 2026-12-07 08:00",
        5: "old copy 1234 to delete; new copy ABC written",  # no key of 64 hex digits: not a note
        6: None,
    }
    now = datetime.now(UTC)
    with engine.begin() as connection:
        connection.execute(sa.insert(items), [
            dict(id=number, source_url=f"https://api.twilio.com/x/Media/ME{number}", declared_type="application/pdf",
                 status="purged" if number == 3 else "stored", attempts=1, last_error=error, next_attempt_at=now,
                 created_at=now) for number, error in errors.items()])
    upgrade(engine, "0034")
    pending = sa.table("media_file_pending", sa.column("key"), sa.column("reason"),
                       sa.column("noted_at", UTCDateTime(timezone=True)))
    with engine.begin() as connection:
        rows = connection.execute(select(pending.c.key, pending.c.reason, pending.c.noted_at)).all()
        kept = dict(connection.execute(select(items.c.id, items.c.last_error)).all())
    assert {key: reason for key, reason, _ in rows} == {a: "replaced", b: "written", c: "replaced", d: "written"}
    assert all(at is not None for *_, at in rows)
    assert kept == {1: "copy without metadata checked (scrubber 3)",
                    2: "stored file missing (0123456789ab) at 2026-12-07 08:00", 3: None, 4: errors[4],
                    5: errors[5], 6: None}
    with migrating(engine) as cfg:
        command.downgrade(cfg, "0033")
    assert "media_file_pending" not in tables(engine)
    with engine.begin() as connection:
        back = dict(connection.execute(select(items.c.id, items.c.last_error)).all())
    assert back[1].startswith(kept[1] + "; ") and {key: back[1].count(key) for key in (a, b, c, d)} == dict.fromkeys(
        (a, b, c, d), 1)
    assert f"; old copy {a} to delete" in back[1] and f"; new copy {b} written" in back[1]
    assert {number: error for number, error in back.items() if number != 1} == {
        number: error for number, error in kept.items() if number != 1}
    upgrade(engine, "0034")
    with engine.begin() as connection:
        assert {key for key, in connection.execute(select(pending.c.key))} == {a, b, c, d}
        assert dict(connection.execute(select(items.c.id, items.c.last_error)).all()) == kept
    upgrade(engine)
    assert schema_drift(engine) == []


def test_the_checkpoint_of_media_clean_redo_moves_from_last_error_to_its_column_and_back(engine):
    """0035: `copy without metadata checked (scrubber N)` in a stored item's `last_error` (the checkpoint of
    `flask media clean --redo`) becomes `media_items.scrubber` = N and `last_error` NULL; errors, and text that only
    looks like the checkpoint, stay. Going down, the checkpoint goes back into `last_error` of the stored items
    with a copy and no error, so the old code's next run still skips them."""
    upgrade(engine, "0034")
    items = sa.table("media_items", sa.column("id"), sa.column("source_url"), sa.column("declared_type"),
                     sa.column("status"), sa.column("attempts"), sa.column("last_error"), sa.column("clean_sha256"),
                     sa.column("next_attempt_at", UTCDateTime(timezone=True)),
                     sa.column("created_at", UTCDateTime(timezone=True)))
    errors = {
        1: ("copy without metadata checked (scrubber 3)", "c" * 64),
        2: ("copy without metadata checked (scrubber 2)", "c" * 64),
        3: ("no copy without metadata (encrypted or unreadable), found 2026-12-07 08:00", None),
        4: ("stored file missing (0123456789ab) at 2026-12-07 08:00", "c" * 64),
        5: ("copy without metadata checked (scrubber x)", "c" * 64),  # not a number: not the checkpoint
        6: (None, "c" * 64),
    }
    now = datetime.now(UTC)
    with engine.begin() as connection:
        connection.execute(sa.insert(items), [
            dict(id=number, source_url=f"https://api.twilio.com/x/Media/ME{number}", declared_type="application/pdf",
                 status="failed" if number == 4 else "stored", attempts=1, last_error=error, clean_sha256=copy,
                 next_attempt_at=now, created_at=now) for number, (error, copy) in errors.items()])
    upgrade(engine)
    with_column = sa.table("media_items", sa.column("id"), sa.column("last_error"), sa.column("scrubber"))
    with engine.begin() as connection:
        after = {number: (error, scrubber) for number, error, scrubber in connection.execute(
            select(with_column.c.id, with_column.c.last_error, with_column.c.scrubber))}
    assert after == {1: (None, 3), 2: (None, 2), 3: (errors[3][0], None), 4: (errors[4][0], None),
                     5: (errors[5][0], None), 6: (None, None)}
    assert schema_drift(engine) == []
    with migrating(engine) as cfg:
        command.downgrade(cfg, "0034")
    assert "scrubber" not in {column["name"] for column in inspect(engine).get_columns("media_items")}
    with engine.begin() as connection:
        back = dict(connection.execute(select(items.c.id, items.c.last_error)).all())
    assert back == {number: error for number, (error, _) in errors.items()}
    upgrade(engine)
    assert schema_drift(engine) == []
