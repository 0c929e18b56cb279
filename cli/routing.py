"""`flask --app app routing …`: suggest agencies for a text and measure the router, over the imported directory."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click
from flask.cli import AppGroup

from cli import transaction
from lapor import routing_store
from lapor.directory import router_for
from lapor.routing import evaluate, normalize, read_rows_csv
from models import utcnow

routing_cli = AppGroup("routing", help="Suggest agencies (OPD) for complaint texts; measure the suggestions.")

EVALUATION_COLUMNS = ("id", "text", "agency")


def _router():
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


def _read_rows(file: Path) -> list[dict]:
    """The labelled rows of FILE; a clear error for a file that is not UTF-8 or lacks the columns."""
    try:
        rows = read_rows_csv(file)
    except UnicodeDecodeError as exc:
        raise click.ClickException(f"{file} is not UTF-8 text") from exc
    missing = [name for name in EVALUATION_COLUMNS if rows and name not in rows[0]]
    if not rows or missing:
        raise click.ClickException(f"{file}: no rows, or missing column(s) {', '.join(missing)} "
                                   "(expected id,text,agency,also_ok)")
    return rows


_FILE = click.Path(exists=True, dir_okay=False, readable=True, path_type=Path)


@routing_cli.command("evaluate")
@click.argument("file", type=_FILE)
@click.option("--learn-from", "train", type=_FILE,
              help="First replay this file's rows (same columns) as decisions, then evaluate FILE.")
@click.option("--folds", type=click.IntRange(2, 50),
              help="K-fold cross-validation within FILE: each row is judged by a router that learned the others.")
def evaluate_command(file: Path, train: Path | None, folds: int | None) -> None:
    """Print, as JSON, the router's accuracy on FILE (CSV: id,text,agency,also_ok).

    \b
    agency is the expected agency code, NONE when the router should abstain; also_ok lists other
    acceptable codes separated by ';'. Printed: top1 and top3 (share of rows with an agency whose
    expected or acceptable agency is first / among the first three), abstain_precision and
    abstain_recall (on NONE rows), ms_per_message, rows, routable, per_agency_recall, confusions
    (expected → got, most frequent first) and the misses (top-1 wrong).

    \b
    The router learns from the shipped corpus, the directory and the region's decisions in the database.
    --learn-from replays TRAIN in memory (the database is not changed). With --folds, rows of FILE are
    left out of the shipped corpus too, so no row is judged by a router that saw it.
    """
    from lapor.learned import LearnedRouter, cross_validate, rows_as_decisions, shipped_corpus

    router = _router()
    rows = _read_rows(file)
    extra = rows_as_decisions(_read_rows(train)) if train else []
    with transaction() as session:
        examples = [*shipped_corpus(), *routing_store.decisions(session), *extra]
    if folds:
        if folds > len(rows):
            raise click.ClickException(f"{file} has {len(rows)} rows: fewer than --folds {folds}")
        _echo_json({"folds": folds, **cross_validate(router.profiles, rows, folds, examples)})
        return
    if extra:
        router = LearnedRouter(router.profiles, examples)
    _echo_json(evaluate(router, rows))


@routing_cli.command("learn")
@click.option("--from-history", is_flag=True, required=True,
              help="Rebuild what the router learned from the dispositions and KEMBALIKAN on record.")
def learn_command(from_history: bool) -> None:
    """Make the router's learning store say what the dispositions in the database say (idempotent).

    Prints, as JSON, the decisions added and replaced and how many the store holds now.
    """
    with transaction() as session:
        added, removed = routing_store.learn_from_history(session, utcnow())
        count = routing_store.version(session)[0]
    _echo_json({"added": added, "replaced": removed, "decisions": count})
