"""`flask --app app lapor …`: export to, record from and import from SP4N-LAPOR! (manual mode), and sync status."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import click
from flask import current_app
from flask.cli import AppGroup
from sqlalchemy import func, select

from bot.messages import MEDIA_KIND_NAMES
from cli import transaction
from lapor import exports
from lapor.audit import CLI, SystemAction, record_system
from lapor.bridge.manual import MEDIA_READ, KeptRows, exportable_rows, record_tracking_ids, write_export
from lapor.bridge.reports import import_reports, privacy_unknown, read_reports
from lapor.complaints import unname_stored
from lapor.media import items_of
from lapor.tables import TableError, parse_date
from media.links import complaint_links
from models import Complaint, LaporSyncItem, SyncStatus
from services import services

lapor_cli = AppGroup("lapor", help="SP4N-LAPOR!: export complaints, record tracking IDs, import LAPOR's exports; "
                                  "mask anonymous complaints stored under older rules again.")

TABLE_FILE = click.Path(exists=True, dir_okay=False, readable=True, path_type=Path)


class _DryRun(Exception):
    """Raised inside the transaction to roll back a dry run."""


def _zone() -> ZoneInfo:
    return services(current_app).zone


def _fail(file: Path, exc: TableError, action: str) -> click.ClickException:
    for error in exc.errors:
        click.echo(f"{file.name}: {error}", err=True)
    return click.ClickException(f"{len(exc.errors)} error(s) in {file}; nothing was {action}.")


@lapor_cli.command("export")
@click.option("--since", help="Only complaints filed on or after this date (e.g. 2026-11-01 or 01/11/2026).")
@click.option("--format", "file_format", type=click.Choice(["csv", "xlsx"]),
              help="csv or xlsx; default: the output file's extension, else xlsx.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write; default lapor-export-<date>.<format> in the current folder.")
def export_command(since: str | None, file_format: str | None, output: Path | None) -> None:
    """Write the complaints not yet recorded in SP4N-LAPOR!, with the fields of LAPOR's manual form.

    \b
    One row per complaint: reference, date, kind, title, content, place, map pin, agencies of
    disposition, Rahasia/Anonim flags, reporter name and number, status, and an empty
    "ID Tracking LAPOR" column. For anonim complaints the reporter's name and number are left out;
    rahasia complaints have their content marked "[RAHASIA - jangan dipublikasikan]". National ID
    numbers (16 digits) are masked. Signed links to the complaints' photos and files (valid
    MEDIA_EXPORT_LINK_DAYS days), to attach in LAPOR's form, go to a sheet "Lampiran" (XLSX) or a
    file <name>-lampiran.csv beside the CSV.
    Texts starting with = + - @ stay text (in CSV behind an apostrophe,
    which record and import drop again). Archived complaints are not exported. After typing them into
    LAPOR, fill in the tracking IDs and feed the file to `flask --app app lapor record`.
    """
    zone = _zone()
    try:
        start = parse_date(since, zone) if since else datetime(2000, 1, 1, tzinfo=zone)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--since") from exc
    if file_format is None:  # `-o laporan.csv` means CSV
        file_format = "csv" if output is not None and output.suffix.lower() == ".csv" else "xlsx"
    stamp = services(current_app).clock().astimezone(zone).strftime("%Y%m%d-%H%M")
    output = output or Path(f"lapor-export-{stamp}.{file_format}")
    privacy: Counter[str] = Counter()
    with transaction() as session, KeptRows() as attachments:
        now, lifetime = services(current_app).clock(), timedelta(days=current_app.config["MEDIA_EXPORT_LINK_DAYS"])

        media: dict = {}  # the media items of the chunk being written, read at once (`items_of`)

        def read_media(complaints) -> None:
            media.clear()
            media.update(items_of(session, complaints))

        def noted(complaint) -> None:  # each complaint as its row is written: its privacy and its media's links
            privacy[complaint.privacy] += 1
            for kind, link in complaint_links(session, current_app.config, complaint, now, lifetime, None, found=media):
                attachments.add([complaint.reference, MEDIA_KIND_NAMES[kind], link])

        rows = exportable_rows(session, start, zone, exports.CHUNK_ROWS, each=noted, options=MEDIA_READ,
                               each_chunk=read_media)
        try:
            beside = write_export(rows, output, file_format, attachments)
        except OSError as exc:  # no such folder, no permission, disk full: say so, not a traceback
            raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}; nothing was exported.") from exc
        links = len(attachments)
    click.echo(f"Exported {privacy.total()} complaint(s) not yet in SP4N-LAPOR! to {output} "
               f"(anonim, identity left out: {privacy['anonim']}; rahasia, marked: {privacy['rahasia']}).")
    if links:
        where = beside or f"sheet Lampiran of {output}"
        click.echo(f"{links} media link(s) to attach in LAPOR's form, valid "
                   f"{current_app.config['MEDIA_EXPORT_LINK_DAYS']} days: {where}")


@lapor_cli.command("record")
@click.argument("file", type=TABLE_FILE)
def record_command(file: Path) -> None:
    """Store SP4N-LAPOR! tracking IDs from FILE (CSV or XLSX: our reference and LAPOR's tracking ID).

    The export's own file works once its "ID Tracking LAPOR" column is filled in; rows still without a
    tracking ID are skipped. Column names are matched flexibly (Referensi/reference, ID Tracking/tracking
    ID…). A reference that does not exist or a tracking ID given twice is an error, and then nothing is
    recorded.
    """
    now = services(current_app).clock()
    try:
        with transaction() as session:
            columns, result = record_tracking_ids(session, file, now)
    except TableError as exc:
        raise _fail(file, exc, "recorded") from exc
    click.echo("Columns: " + "; ".join(columns))
    click.echo(f"Tracking IDs: {result}.")


@lapor_cli.command("import")
@click.argument("file", type=TABLE_FILE)
@click.option("--dry-run", is_flag=True, help="Show what would change, change nothing.")
def import_command(file: Path, dry_run: bool) -> None:
    """Create or update complaints from a report list exported from SP4N-LAPOR!'s admin pages (CSV or XLSX).

    \b
    Columns are matched by name, whatever their order (see README "SP4N-LAPOR!" for every name known):
      tracking ID (ID Tracking, No Tracking…), date (Tanggal Masuk, Tanggal…), content (Isi, Uraian…),
      status (Status) are required; title (Judul), category (Kategori: Pengaduan, Aspirasi, Permintaan
      Informasi), agency (Disposisi, Instansi, OPD…; several separated by ';'), place (Lokasi, Kecamatan…),
      privacy (Kerahasiaan: Biasa/Rahasia/Anonim, or separate Rahasia and Anonim columns with Ya/Tidak)
      and reporter (Nama Pelapor) are optional. A newer file may make a report's privacy stricter, never
      looser; a file with reporters but no privacy column is imported as biasa, with a warning.
    Dates may be 12/10/2026 08:15 (day first), 2026-10-12 08:15, 12 Oktober 2026 or Excel dates.
    Agencies are matched to the directory (code, alias or close name); the others are listed, not
    guessed, and their complaints wait for a verifier (unless LAPOR already finished or archived them:
    then they are closed here too). New dispositions reach the agencies' officers on
    WhatsApp and start the reminder ladder. Importing the same file again changes nothing; a newer file
    moves statuses forward (never back). Bad rows are listed with line numbers and nothing is imported.
    """
    svc = services(current_app)
    try:
        with transaction() as session:
            mapping, reports = read_reports(file, _zone())
            click.echo("Columns: " + "; ".join(mapping.describe()))
            result = import_reports(session, reports, svc.clock(), svc.region)
            if dry_run:
                raise _DryRun
    except TableError as exc:
        raise _fail(file, exc, "imported") from exc
    except _DryRun:
        click.echo("Dry run: nothing was changed.")
    _print_import(result, dry_run)
    if privacy_unknown(mapping):
        click.echo("Warning: the file names reporters but has no privacy column (Kerahasiaan, or Rahasia and "
                   "Anonim): every report is taken as biasa, so officers see the reporter's name. Export the list "
                   "again with its privacy column, then import it again (privacy only ever gets stricter).")


def _print_import(result, dry_run: bool) -> None:
    verb = "would be" if dry_run else "were"
    click.echo(f"Reports: {result}.")
    if result.references:
        click.echo(f"Complaints that {verb} created or changed: {', '.join(result.references)}")
    if result.unmatched:
        click.echo(f"Agencies not found in the directory ({len(result.unmatched)}); add them or an alias with "
                   "`flask --app app directory import-agencies`, then import again:")
        for line in result.unmatched:
            click.echo(f"  {line}")
    for line in result.notes:
        click.echo(f"  note: {line}")


@lapor_cli.command("status")
def status_command() -> None:
    """Show the HTTP-mode sync queue: items per kind and status, and the last errors."""
    with transaction() as session:
        counts = session.execute(select(LaporSyncItem.kind, LaporSyncItem.status, func.count())
                                 .group_by(LaporSyncItem.kind, LaporSyncItem.status)
                                 .order_by(LaporSyncItem.kind, LaporSyncItem.status)).all()
        failed = session.scalars(select(LaporSyncItem).where(LaporSyncItem.status == SyncStatus.FAILED)
                                 .order_by(LaporSyncItem.id.desc()).limit(10)).all()
        lines = [f"{kind:<10} {status:<8} {count}" for kind, status, count in counts] or ["(queue empty)"]
        lines += [f"failed #{item.id} {item.complaint.reference} {item.kind}: {item.last_error}" for item in failed]
    click.echo(f"Mode: {current_app.config['LAPOR_MODE']}")
    click.echo("\n".join(lines))




REMASK_BATCH = 200


@lapor_cli.command("remask")
@click.option("--apply", "apply_", is_flag=True, help="Write the masked texts (without it: a dry run).")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=REMASK_BATCH, show_default=True,
              help="Complaints read and written per transaction.")
def remask_command(apply_: bool, batch_size: int) -> None:
    """Mask the stored texts agencies read of anonymous complaints filed under older masking rules with today's
    (docs/privacy.md): a dry run by default, listing the references that would change (never their text)."""
    now = services(current_app).clock()
    after, references, fields = 0, [], Counter()
    while after is not None:
        after, changed = _remask_batch(after, batch_size, apply_, now)
        references += [reference for reference, _ in changed]
        fields.update(name for _, names in changed for name in names)
        if apply_ and changed:
            click.echo(f"... {len(references)} changed so far")
    verb = "changed" if apply_ else "would change"
    click.echo(f"{len(references)} complaint(s) {verb}" + (f": {', '.join(references)}" if references else "."))
    if fields:
        click.echo("fields: " + ", ".join(f"{name} {count}" for name, count in sorted(fields.items())))
    if references and not apply_:
        click.echo("Dry run: nothing written. Run again with --apply to write them (audited as samarkan_ulang).")


def _remask_batch(after: int, size: int, apply_: bool, now: datetime) -> tuple[int | None, list[tuple[str, list]]]:
    """Mask the anonymous complaints after id `after`, `size` of them, in one transaction (rolled back in a dry
    run): the last id read (None: none left) and the references and fields that changed."""
    changed, last = [], None
    try:
        with transaction() as session:
            query = (select(Complaint).where(Complaint.privacy == "anonim", Complaint.id > after)
                     .order_by(Complaint.id).limit(size))
            for found in session.scalars(query.with_for_update() if apply_ else query).all():
                last, names = found.id, unname_stored(session, found)
                if names:
                    changed.append((found.reference, names))
                    record_system(session, SystemAction.REMASKED, found, at=now, address=CLI, fields=names)
            if not apply_:
                raise _DryRun
    except _DryRun:
        pass
    return last, changed
