"""`flask --app app performance …`: re-place complaints when the region's districts change; rewrite the facts."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import AppGroup

from cli import transaction
from lapor import facts
from services import services

performance_cli = AppGroup("performance", help="The performance page's stored figures: districts and facts.")


@performance_cli.command("place-districts")
def place_districts_command() -> None:
    """Place every complaint in the region's kecamatan (districts_csv) again, with its figures.

    Run it after changing the districts file: complaints are placed when their place is written, so older ones
    keep the kecamatan of the list they were filed under until then.
    """
    with transaction() as session:
        moved = facts.place_all(session, services(current_app).region.districts)
    click.echo(f"Districts placed: {moved} complaint(s) moved.")


@performance_cli.command("rebuild-facts")
def rebuild_facts_command() -> None:
    """Rewrite every complaint's performance facts (after rows were written outside the service, e.g. a restore)."""
    with transaction() as session:
        written = facts.rebuild(session)
    click.echo(f"Performance facts rewritten: {written} row(s).")
