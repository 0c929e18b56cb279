"""`flask --app app directory …`: import agencies and staff from CSV, list who is reachable for each agency."""

from __future__ import annotations

from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup

from cli import transaction
from lapor.audit import CLI, record_system
from lapor.directory import REGION_WIDE_ROLES, DirectoryError, Roster, import_agencies, import_staff, rosters
from lapor.directory_preview import AGENCIES, STAFF
from models import Contact
from models.vocab import Role
from services import services

directory_cli = AppGroup("directory", help="The directory of agencies and staff: import from CSV, list.")

CSV_FILE = click.Path(exists=True, dir_okay=False, readable=True, path_type=Path)
ROLE_ORDER = {role: rank for rank, role in enumerate(Role)}
WARNING = "⚠"


def _run_import(importer, file: Path, kind: str):
    """Run an importer in one transaction, recorded in the audit log as the dashboard's «Perbarui direktori» is
    (from the command line, no staff member); on bad rows print every error to stderr and exit non-zero."""
    try:
        with transaction() as session:
            result = importer(session, file)
            record_system(session, "direktori", at=services(current_app).clock(), address=CLI, kind=kind,
                          source_file=file.name, created=result.created, updated=result.updated,
                          unchanged=result.unchanged, deactivated=result.deactivated,
                          reactivated=result.reactivated)
            return result
    except DirectoryError as exc:
        for error in exc.errors:
            click.echo(f"{file.name}: {error}", err=True)
        raise click.ClickException(f"{len(exc.errors)} error(s) in {file}; nothing was imported.") from exc


@directory_cli.command("import-agencies")
@click.argument("file", type=CSV_FILE)
def import_agencies_command(file: Path) -> None:
    """Create or update agencies from FILE (CSV: code,name,aliases,keywords,external).

    Agencies are matched by code, so the file can be imported again after edits without duplicates.
    aliases and keywords are lists separated by ';' (or ','); external is 'yes' for bodies outside the region
    (PLN, Polres, BPJS), whose complaints are forwarded through SP4N-LAPOR!. Bad rows are listed with
    their line numbers and nothing is imported.

    Agencies not in the file are kept as they are (an import never removes or deactivates an agency,
    and there is no option to): they are listed after the counts, each with its open dispositions, so
    an agency left out by mistake, or renamed under a new code, is seen. Their staff, dispositions
    and history stay; a renamed agency's open dispositions remain with its old code.
    """
    result = _run_import(import_agencies, file, AGENCIES)
    click.echo(f"Agencies: {result}.")
    if result.not_in_file:
        count = len(result.not_in_file)
        click.echo(f"{count} agenc{'y is' if count == 1 else 'ies are'} not in {file.name} and "
                   f"{'was' if count == 1 else 'were'} kept as {'it is' if count == 1 else 'they are'}:")
        for code, name, open_count in result.not_in_file:
            click.echo(f"    {code}  {name}: {_open_dispositions(open_count)}")


def _open_dispositions(count: int) -> str:
    if not count:
        return "no open disposition"
    return f"{count} open disposition{'' if count == 1 else 's'}"


@directory_cli.command("import-staff")
@click.argument("file", type=CSV_FILE)
def import_staff_command(file: Path) -> None:
    """Synchronise staff with FILE (CSV: phone,name,role,agency).

    \b
    role is officer, head, verifier or supervisor; agency is an agency code, empty for the
    region-wide roles verifier and supervisor. Numbers may be written 08…, 628… or +628….
    The file is the list of who serves each agency it names:
    - staff of an agency that appears in the file but whose number is not in it are deactivated:
      they get no more notices and are treated as citizens; their role and agency are kept, so
      the history they wrote stays attached;
    - if the file has region-wide rows, region-wide staff not in it are deactivated too;
    - a deactivated number that appears again is reactivated;
    - agencies that do not appear in the file are left as they are, so a file may cover one agency.

    To replace an officer's number, add a row with the new number and remove the old row: the
    agency's dispositions and history belong to the agency, not to a number, and stay. Bad rows are
    listed with their line numbers and nothing is imported.
    """
    result = _run_import(import_staff, file, STAFF)
    click.echo(f"Staff: {result.created} created, {result.updated} updated, {result.unchanged} unchanged, "
               f"{result.deactivated} deactivated, {result.reactivated} reactivated.")


@directory_cli.command("list")
@click.option("--all", "include_inactive", is_flag=True, help="Also show deactivated staff and agencies.")
def list_command(include_inactive: bool) -> None:
    """Show each agency with its officers and heads and their numbers, then the region-wide staff.

    \b
    Regional agencies with no active officer (or whose officers all sent STOP) are flagged with ⚠:
    their dispositions would reach nobody. External agencies (PLN, Polres, BPJS) are not flagged:
    their complaints are forwarded through SP4N-LAPOR!, so an officer there is optional.
    A region without an active verifier is flagged too.
    """
    with transaction() as session:
        agencies, region_wide = rosters(session, include_inactive)
        lines = [line for roster in agencies for line in _roster_lines(roster)]
        lines += _region_lines(region_wide)
        lines.append(_summary(agencies))
    click.echo("\n".join(lines))


def _roster_lines(roster: Roster) -> list[str]:
    agency = roster.agency
    title = click.style(f"{agency.code}", bold=True) + f"  {agency.name}"
    if agency.external:
        title += "  [external]"
    if not agency.active:
        title += "  (inactive)"
    lines = [title] + [_staff_line(c) for c in sorted(roster.staff, key=_staff_order)]
    if roster.needs_officer:
        reason = "officers sent STOP" if roster.officers else "no active officer"
        lines.append(click.style(f"    {WARNING} {reason}", fg="yellow"))
    elif not roster.staff:
        lines.append("    (no staff: forwarded through SP4N-LAPOR!)")
    return lines + [""]


def _region_lines(staff: list[Contact]) -> list[str]:
    lines = [click.style("Region-wide", bold=True)] + [_staff_line(c) for c in sorted(staff, key=_staff_order)]
    if not any(c.role == Role.VERIFIER and c.active for c in staff):
        lines.append(click.style(f"    {WARNING} no active verifier: new complaints reach nobody", fg="yellow"))
    return lines + [""]


def _staff_order(contact: Contact) -> tuple:
    return (not contact.active, ROLE_ORDER.get(contact.role, 9), contact.name or "", contact.id)


def _staff_line(contact: Contact) -> str:
    notes = []
    if contact.role in REGION_WIDE_ROLES and contact.agency is not None:
        notes.append(f"at {contact.agency.code}")
    if not contact.active:
        notes.append("inactive")
    if contact.opted_out:
        notes.append("sent STOP: not reachable")
    suffix = f"  ({'; '.join(notes)})" if notes else ""
    return f"    {contact.role:<10} {contact.phone:<16} {contact.name or ''}{suffix}"


def _summary(agencies: list[Roster]) -> str:
    flagged = [r.agency.code for r in agencies if r.needs_officer and r.agency.active]
    external = sum(r.agency.external for r in agencies)
    text = f"{len(agencies)} agencies ({external} external); "
    if flagged:
        return text + f"{WARNING} {len(flagged)} without a reachable officer: {', '.join(flagged)}"
    return text + "every regional agency has a reachable officer."
