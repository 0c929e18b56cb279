"""`flask --app app routing …`: suggest agencies for a text and measure the router, over the imported directory."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click
from flask.cli import AppGroup

from cli import transaction
from lapor.directory import router_for
from lapor.routing import Router, evaluate, normalize, read_rows_csv

routing_cli = AppGroup("routing", help="Suggest agencies (OPD) for complaint texts; measure the suggestions.")

EVALUATION_COLUMNS = ("id", "text", "agency")


def _router() -> Router:
    """The router over the database directory; a clear error when no agency was imported."""
    with transaction() as session:
        router = router_for(session)
    if not router.profiles:
        raise click.ClickException("the directory has no agencies: import them first with "
                                   "`flask --app app directory import-agencies FILE.csv`.")
    return router


def _echo_json(document: dict) -> None:
    click.echo(json.dumps(document, ensure_ascii=False, indent=2))


@routing_cli.command("suggest")
@click.argument("text")
@click.option("--limit", default=3, show_default=True, type=click.IntRange(1, 10), help="At most this many.")
def suggest_command(text: str, limit: int) -> None:
    """Print, as JSON, the agencies suggested for TEXT with their confidence (0-1), best first.

    "abstain" is true when no agency fits or TEXT is not a complaint (a greeting, spam).
    """
    suggestions = _router().suggest(text, limit=limit)
    _echo_json({"text": text, "normalized": normalize(text),
                "suggestions": [asdict(s) for s in suggestions], "abstain": not suggestions})


@routing_cli.command("evaluate")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, readable=True, path_type=Path))
def evaluate_command(file: Path) -> None:
    """Print, as JSON, the router's accuracy on FILE (CSV: id,text,agency,also_ok).

    \b
    agency is the expected agency code, NONE when the router should abstain; also_ok lists other
    acceptable codes separated by ';'. Printed: top1 and top3 (share of rows with an agency whose
    expected or acceptable agency is first / among the first three), abstain_precision and
    abstain_recall (on NONE rows), ms_per_message, rows, routable and the misses (top-1 wrong).
    """
    router = _router()
    try:
        rows = read_rows_csv(file)
    except UnicodeDecodeError as exc:
        raise click.ClickException(f"{file} is not UTF-8 text") from exc
    missing = [name for name in EVALUATION_COLUMNS if rows and name not in rows[0]]
    if not rows or missing:
        raise click.ClickException(f"{file}: no rows, or missing column(s) {', '.join(missing)} "
                                   "(expected id,text,agency,also_ok)")
    _echo_json(evaluate(router, rows))
