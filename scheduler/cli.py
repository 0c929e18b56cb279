"""`flask tick --at ISO-8601`: run every scheduled job that is due as of that instant, once."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import click
from flask import current_app
from flask.cli import with_appcontext

from scheduler.jobs import run_all
from services import services


def parse_instant(raw: str | None, zone: ZoneInfo) -> datetime:
    """Parse an ISO-8601 instant; a naive one is read in the region's time zone; none means now."""
    if not raw:
        return datetime.now(zone)
    try:
        instant = datetime.fromisoformat(raw)
    except ValueError as exc:
        raise click.BadParameter(f"not an ISO-8601 instant: {raw!r}") from exc
    return instant if instant.tzinfo else instant.replace(tzinfo=zone)


@click.command("tick")
@click.option("--at", "at", help="The instant to run as (ISO-8601); default: now.")
@with_appcontext
def tick_command(at: str | None) -> None:
    """Run every due scheduled job once as of --at, then exit."""
    svc = services(current_app)
    now = parse_instant(at, svc.zone)
    for name, result in run_all(svc, now).items():
        click.echo(f"{name}: {result}")
