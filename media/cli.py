"""`flask media …`: purge a complaint's media on an erasure request, and make the copies without metadata that files
stored before `media.scrub` lack."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import select

from bot.messages import t
from lapor.media import base_type
from media.backfill import CLEAN_BATCH, RunUnderWay, clean_stored, redo_stored
from media.content import COPIED
from media.retention import purge_complaint
from models import Complaint
from models.vocab import Event
from services import services

media_cli = click.Group("media", help="Photos, voice notes, videos and documents people sent.")


@media_cli.command("purge")
@click.option("--complaint", "reference", required=True, help="The complaint, e.g. LPR-12.")
@click.option("--reason", default=t("note_erasure_reason"),
              help="Recorded in the complaint's timeline.")
@with_appcontext
def purge_command(reference: str, reason: str) -> None:
    """Delete every stored media file of one complaint (a citizen's erasure request); recorded in its timeline."""
    number = reference.strip().upper().removeprefix("LPR-").removeprefix("LPR")
    if not number.isdigit():
        raise click.BadParameter(f"expected LPR-<number>, got {reference!r}", param_hint="--complaint")
    svc = services(current_app)
    with svc.session_factory.begin() as session:
        complaint = session.scalars(select(Complaint).where(Complaint.number == int(number))).one_or_none()
        if complaint is None:
            raise click.ClickException(f"no complaint LPR-{int(number)}")
        count = purge_complaint(session, svc.media_storage, complaint, svc.clock(), event=Event.MEDIA_ERASED,
                                note=reason)
    click.echo(f"LPR-{int(number)}: {count} media file(s) purged")


def _redo_types(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    """The types asked for by --redo, by their registered names (`application/ogg` is `audio/ogg`, `image/jpg`
    `image/jpeg`); only those a copy without metadata is made of (`media.content.COPIED`)."""
    kinds = tuple(base_type(value) for value in values)
    for value, kind in zip(values, kinds, strict=True):
        if kind not in COPIED:
            raise click.BadParameter(f"{value!r}: expected one of {', '.join(sorted(COPIED))}")
    return kinds


@media_cli.command("clean")
@click.option("--dry-run", is_flag=True, help="Read and count; write nothing.")
@click.option("--batch", default=CLEAN_BATCH, show_default=True, type=click.IntRange(1, 1000),
              help="Items per committed batch.")
@click.option("--again", is_flag=True,
              help="Read again the files found uncleanable before (encrypted, broken), after an upgrade.")
@click.option("--redo", "redo", multiple=True, metavar="TYPE", callback=_redo_types,
              help="Make again the copies items of this type already have (e.g. application/pdf, image/jpeg), "
                   "after an upgrade that cleans more of it; repeatable.")
@click.option("--after", default=0, type=click.IntRange(0), metavar="ID",
              help="With --redo: start after this media item (not needed to resume: a run skips the items "
                   "the same scrubber checked).")
@with_appcontext
def clean_command(dry_run: bool, batch: int, again: bool, redo: tuple[str, ...], after: int) -> None:
    """Make the copy without metadata of each stored PDF and video that has none (stored before it was made):
    until then an anonymous complaint's agencies do not get it. Safe to stop and run again. With --redo TYPE,
    make again the copies of that type's items that have one (not those this scrubber checked before), and delete
    the old files no item uses."""
    try:
        _clean(dry_run, batch, again, redo, after)
    except RunUnderWay as exc:
        raise click.ClickException(str(exc)) from exc


def _clean(dry_run: bool, batch: int, again: bool, redo: tuple[str, ...], after: int) -> None:
    svc = services(current_app)

    def progress(last_id: int, report) -> None:
        click.echo(f"up to media item {last_id}: {report}")

    if redo:
        if again:
            raise click.UsageError("--again reads the files without a copy; --redo those with one: one at a time")
        report = redo_stored(svc.session_factory, svc.media_storage, svc.clock(), redo, dry_run=dry_run,
                             batch=batch, after=after, progress=progress)
        for item_id in report.now_uncleanable:
            click.echo(f"media item {item_id}: no copy without metadata any more (encrypted or unreadable); "
                       "verifiers only, withheld from an anonymous complaint's agencies")
        click.echo(f"{'dry run, nothing written: ' if dry_run else ''}{report}")
        return
    if after:
        raise click.UsageError("--after goes with --redo")
    report = clean_stored(svc.session_factory, svc.media_storage, svc.clock(), dry_run=dry_run, batch=batch,
                          again=again, progress=progress)
    click.echo(f"{'dry run, nothing written: ' if dry_run else ''}{report}")
