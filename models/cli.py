"""`flask db …`: schema migrations with Alembic, on the app's configured database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from alembic import command
from alembic.config import Config
from flask import current_app
from flask.cli import AppGroup

from services import services

ALEMBIC_INI = Path(__file__).resolve().parent.parent / "alembic.ini"

db_cli = AppGroup("db", help="Database schema migrations (Alembic).")


def alembic_config() -> Config:
    """Alembic configuration pointing at the migrations folder."""
    return Config(str(ALEMBIC_INI))


@contextmanager
def migrating(engine) -> Iterator[Config]:
    """Alembic's configuration on one transaction of `engine`. On SQLite foreign keys are off meanwhile and checked
    before the commit (SQLite's own recipe for changing a table): a batch migration copies a table, drops the old one
    and renames the copy, and that drop would otherwise cascade to the rows that refer to it."""
    cfg = alembic_config()
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:  # outside any transaction: the pragma is a no-op inside one
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                cfg.attributes["connection"] = connection
                yield cfg
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise RuntimeError("the migration left rows referring to rows that do not exist")
        finally:
            if sqlite:
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")


def upgrade(engine, revision: str = "head") -> None:
    """Bring the schema of `engine`'s database to `revision`."""
    with migrating(engine) as cfg:
        command.upgrade(cfg, revision)


@db_cli.command("upgrade")
@click.argument("revision", default="head")
def upgrade_command(revision: str) -> None:
    """Upgrade the database schema (default: to the newest revision)."""
    engine = services(current_app).engine
    upgrade(engine, revision)
    # which database: without the settings (`-e /etc/penghubung.env`) it is a new SQLite file under instance/
    click.echo(f"Database at {revision}: {engine.url.render_as_string(hide_password=True)}")


@db_cli.command("downgrade")
@click.argument("revision")
def downgrade_command(revision: str) -> None:
    """Downgrade the database schema to REVISION."""
    with migrating(services(current_app).engine) as cfg:
        command.downgrade(cfg, revision)


@db_cli.command("revision")
@click.option("-m", "--message", required=True)
def revision_command(message: str) -> None:
    """Autogenerate a migration from the models (review it before committing)."""
    with migrating(services(current_app).engine) as cfg:
        command.revision(cfg, message=message, autogenerate=True)
