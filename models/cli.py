"""`flask db …`: schema migrations with Alembic, on the app's configured database."""

from __future__ import annotations

from pathlib import Path

import click
from alembic import command
from alembic.config import Config
from flask import current_app
from flask.cli import AppGroup

from bot import services

ALEMBIC_INI = Path(__file__).resolve().parent.parent / "alembic.ini"

db_cli = AppGroup("db", help="Database schema migrations (Alembic).")


def alembic_config() -> Config:
    """Alembic configuration pointing at the migrations folder."""
    return Config(str(ALEMBIC_INI))


def upgrade(engine, revision: str = "head") -> None:
    """Bring the schema of `engine`'s database to `revision`."""
    cfg = alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)


@db_cli.command("upgrade")
@click.argument("revision", default="head")
def upgrade_command(revision: str) -> None:
    """Upgrade the database schema (default: to the newest revision)."""
    upgrade(services(current_app).engine, revision)
    click.echo(f"Database at {revision}.")


@db_cli.command("downgrade")
@click.argument("revision")
def downgrade_command(revision: str) -> None:
    """Downgrade the database schema to REVISION."""
    cfg = alembic_config()
    with services(current_app).engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, revision)


@db_cli.command("revision")
@click.option("-m", "--message", required=True)
def revision_command(message: str) -> None:
    """Autogenerate a migration from the models (review it before committing)."""
    cfg = alembic_config()
    with services(current_app).engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.revision(cfg, message=message, autogenerate=True)
