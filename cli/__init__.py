"""Operator commands (`flask --app app directory …`, `… routing …`): thin Flask CLI edges over `lapor/`.

`lapor/` imports no Flask, so its commands live here; each opens one session, calls one domain
function and prints the result.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click
from flask import current_app
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session

from services import services


@contextmanager
def transaction() -> Iterator[Session]:
    """A session in one transaction: committed when the block succeeds, rolled back on any error."""
    try:
        with services(current_app).session_factory.begin() as session:
            yield session
    except (OperationalError, ProgrammingError) as exc:  # typically: schema not created yet
        first_line = str(exc.orig if exc.orig is not None else exc).splitlines()[0]
        raise click.ClickException(
            f"database error: {first_line}\n(Is the schema up to date? Run `flask --app app db upgrade`.)") from exc
