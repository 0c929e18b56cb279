"""Manual mode: export what an admin types into SP4N-LAPOR!'s form, and record the tracking IDs they get back.

The export lists the complaints not yet recorded in SP4N-LAPOR! with the form's fields; its last column,
"ID Tracking LAPOR", is left empty for the admin to fill in, so the same file can be fed to `record`. The media
to attach in LAPOR's form are listed beside it as signed links (a sheet "Lampiran" in XLSX, a file
`<name>-lampiran.csv` beside a CSV), so the form's table keeps its columns.
"""

from __future__ import annotations

import csv
import io
import os
import pickle
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from copy import copy
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from lapor.audit import CLI, SystemAction, record
from lapor.bridge.privacy import CONFIDENTIAL_MARK, reporter_identity, safe_title, strip_nik
from lapor.complaints import ARCHIVED, by_number, for_change_all, ids_where
from lapor.dispositions import GONE
from lapor.phones import national
from lapor.references import parse_reference
from lapor.tables import TableError, map_columns, read_table
from lapor.wording import note
from models import Complaint, Disposition, TimelineEntry
from models.vocab import Event

KIND_LABELS = {"pengaduan": "Pengaduan", "aspirasi": "Aspirasi", "informasi": "Permintaan Informasi"}
# The status words SP4N-LAPOR!'s own pages use (what an admin picks in its form), not our column values: the
# national system's exact names, capitals included («Belum Ditindaklanjuti», docs/lapor-contract.md), kept apart
# from the dashboard's `bot.messages.STATUS_LABELS` («Belum ditindaklanjuti»), which every page and list uses.
LAPOR_STATUS_NAMES = {"belum_terverifikasi": "Belum Terverifikasi", "belum_ditindaklanjuti": "Belum Ditindaklanjuti",
                 "proses": "Proses", "tertunda": "Tertunda", "selesai": "Selesai", "diarsipkan": "Diarsipkan"}
EXPORT_COLUMNS = ("Referensi", "Tanggal", "Jenis", "Judul", "Isi", "Lokasi", "Koordinat", "Instansi", "Rahasia",
                  "Anonim", "Nama Pelapor", "Nomor Pelapor", "Status", "ID Tracking LAPOR")
DATE_FORMAT = "%d/%m/%Y %H:%M"
XLSX_DATE_FORMAT = "dd/mm/yyyy hh:mm"
DAY_FORMAT, XLSX_DAY_FORMAT = "%d/%m/%Y", "dd/mm/yyyy"  # a day without its time (a deadline's date)
# A CSV carries no cell types: a spreadsheet guesses a date by its own locale, and an English-locale Excel opened
# «13/04/2026» as text and «05/04/2026» as 4 May. ISO 8601 reads the same in every locale and sorts as text.
CSV_DATE_FORMAT, CSV_DAY_FORMAT = "%Y-%m-%d %H:%M", "%Y-%m-%d"
MAX_WIDTH, MIN_WIDTH = 60, 8
# A cell starting with one of these is a formula to Excel and LibreOffice (OWASP "CSV injection"); a citizen's
# "=== Jalan rusak ===" must stay text. The CSV export puts an apostrophe before it; `tables` takes it off again.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A number, a map pin (ours, or one a citizen or a GPS app wrote with a space or spaces between latitude and
# longitude: southern latitudes start with "-"), or a phone number in E.164 (a plus and digits only): no formula,
# no apostrophe needed (it made the numbers text for Excel).
PLAIN_NUMBERS = re.compile(r"-?\d+(?:\.\d+)?(?:(?:,[ ]*|[ ]+)-?\d+(?:\.\d+)?)?|\+\d{4,15}")
# XML 1.0, so XLSX, cannot hold these control characters (openpyxl refuses the whole workbook).
XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
ATTACHMENT_COLUMNS = ("Referensi", "Jenis", "Tautan")
RECORD_FIELDS = {
    "reference": ("referensi", "reference", "no referensi", "nomor referensi", "ref", "lpr", "nomor lpr"),
    "tracking_id": ("id tracking lapor", "id tracking", "tracking id", "no tracking", "nomor tracking",
                    "kode tracking", "tracking"),
}


def _exportable(since: datetime) -> tuple:
    return Complaint.lapor_tracking_id.is_(None), Complaint.status != ARCHIVED, Complaint.created_at >= since


def exportable_count(session: Session, since: datetime) -> int:
    """How many complaints `exportable` would list (the page says it beside the export's buttons)."""
    return session.scalar(select(func.count()).select_from(Complaint).where(*_exportable(since)))


def exportable(session: Session, since: datetime) -> list[Complaint]:
    """Complaints filed since `since`, not archived and not yet recorded in SP4N-LAPOR!, oldest first."""
    return list(session.scalars(select(Complaint).where(*_exportable(since))
        .options(selectinload(Complaint.dispositions).selectinload(Disposition.agency),
                 selectinload(Complaint.citizen)).order_by(Complaint.number)))


def export_row(complaint: Complaint, zone) -> list:
    """One complaint as the export's cells (identity omitted for anonim, content marked for rahasia)."""
    name, phone = reporter_identity(complaint)
    content = strip_nik(complaint.description)
    if complaint.privacy == "rahasia":
        content = CONFIDENTIAL_MARK + content
    place = complaint.location_text or ""
    pin = f"{complaint.latitude:.6f}, {complaint.longitude:.6f}" if complaint.latitude is not None else ""
    agencies = "; ".join(d.agency.name for d in complaint.dispositions if d.status not in GONE)
    return [complaint.reference, complaint.created_at.astimezone(zone).replace(tzinfo=None, second=0, microsecond=0),
            KIND_LABELS[complaint.kind], safe_title(complaint), content, strip_nik(place), pin, agencies,
            "Ya" if complaint.privacy == "rahasia" else "Tidak", "Ya" if complaint.privacy == "anonim" else "Tidak",
            strip_nik(name), national(phone or ""), LAPOR_STATUS_NAMES[complaint.status], ""]


def write_export(rows: list[list], path: Path, file_format: str, attachments: list[list] = ()) -> Path | None:
    """Write the rows as CSV (UTF-8 with BOM, for Excel) or as a real XLSX workbook, and the `attachments`
    (reference, kind, signed link) beside them; returns the attachments' own file when there is one (CSV)."""
    if file_format == "xlsx":
        _write_xlsx(rows, path, attachments)
        return None
    _write_csv(EXPORT_COLUMNS, rows, path)
    if not attachments:
        return None
    beside = path.with_name(f"{path.stem}-lampiran.csv")
    _write_csv(ATTACHMENT_COLUMNS, attachments, beside)
    return beside


def _write_csv(columns: tuple[str, ...], rows: list[list], path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        write_csv(columns, rows, handle)


class DatedText(str):
    """A cell of text with dates in it (several agencies' deadlines): day first as the sheet's date cells show
    them, and `iso` the same text with ISO 8601 dates, which a CSV writes."""

    iso: str

    def __new__(cls, shown: str, iso: str) -> DatedText:
        cell = super().__new__(cls, shown)
        cell.iso = iso
        return cell


def write_csv(columns: Sequence[str], rows: Iterable[list], handle, *, delimiter: str = ",",
              decimal: str = ".") -> None:
    """Write a header and rows to a text stream as CSV (`csv_pieces`)."""
    for piece in csv_pieces(columns, rows, delimiter=delimiter, decimal=decimal):
        handle.write(piece)


def csv_pieces(columns: Sequence[str], rows: Iterable[list], *, delimiter: str = ",", decimal: str = ".",
               every: int = 500) -> Iterator[str]:
    """A header and rows as CSV text, the header alone first, then `every` rows a piece (a download sends each as it
    is written): moments and days in ISO 8601 (CSV_DATE_FORMAT, CSV_DAY_FORMAT), formulas kept text (`csv_text`);
    `delimiter` and `decimal` (the decimal mark of fractional numbers) as the spreadsheet that opens it expects (an
    Excel set to Indonesian: `;` and `,`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(columns)
    yield _taken(buffer)
    for count, row in enumerate(rows, 1):
        writer.writerow([_csv_cell(cell, decimal) for cell in row])
        if count % every == 0:
            yield _taken(buffer)
    if buffer.tell():
        yield _taken(buffer)


def _taken(buffer: io.StringIO) -> str:
    """What the buffer holds, which it then forgets."""
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def _csv_cell(cell, decimal: str = "."):
    if isinstance(cell, float):
        return str(cell).replace(".", decimal)
    if isinstance(cell, datetime):
        return cell.strftime(CSV_DATE_FORMAT)
    if isinstance(cell, date):
        return cell.strftime(CSV_DAY_FORMAT)
    if isinstance(cell, DatedText):
        return csv_text(cell.iso)
    return csv_text(cell)


def csv_text(value):
    """A CSV cell that a spreadsheet cannot run: a leading apostrophe before a formula's first character."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not PLAIN_NUMBERS.fullmatch(value):
        return "'" + value
    return value


def xlsx_text(value):
    """An XLSX cell value without the control characters XML cannot hold (vertical tab, form feed… → space)."""
    if not isinstance(value, str):
        return value
    return XLSX_ILLEGAL.sub(lambda match: " " if match.group().isspace() else "", value)


def _write_xlsx(rows: list[list], path: Path, attachments: list[list] = ()) -> None:
    write_xlsx(EXPORT_COLUMNS, rows, path, attachments=attachments)


def write_xlsx(columns: Sequence[str], rows: Iterable[list], target, sheet_title: str = "Laporan",
               attachments: list[list] = ()) -> None:
    """Write a real XLSX workbook (`xlsx_built`) to a path or a binary stream. The workbook is whole before the
    target is opened: a target that cannot be written (a folder that does not exist) stopped the save halfway and
    left each sheet's temporary file behind until the process ended."""
    with xlsx_built(columns, rows, sheet_title, attachments) as built:
        if isinstance(target, (str, Path)):
            with Path(target).open("wb") as handle:
                shutil.copyfileobj(built, handle)
        else:
            shutil.copyfileobj(built, target)


@contextmanager
def xlsx_built(columns: Sequence[str], rows: Iterable[list], sheet_title: str = "Laporan",
               attachments: list[list] = (), progress: Callable[[], None] | None = None,
               every: int = 500) -> Iterator[BinaryIO]:
    """A real XLSX workbook, read from its start: bold frozen header, filters, readable widths, wrapped text, dates
    as dates, and no cell a spreadsheet would run as a formula. Its memory stays flat whatever the rows: they are
    read once (their widths measured) into an unnamed temporary file, `every` rows at a time, then written row by
    row (openpyxl's write-only mode, whose widths come before the first row) into a file spooled to disk past
    SPOOL_BYTES. `progress` is called every `every` rows (a download's heartbeat). Nothing stays behind when it
    fails or when the reader stops early: the unnamed files are gone when closed, and openpyxl's named sheet file
    is removed (it stayed until the process ended)."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    progress = progress or (lambda: None)
    with tempfile.TemporaryFile() as spool, tempfile.SpooledTemporaryFile(SPOOL_BYTES) as built:
        longest, count, batch = [_longest(header) for header in columns], 0, []
        for row in rows:
            row = [xlsx_text(cell) for cell in row]
            for column, value in enumerate(row[:len(longest)]):
                longest[column] = max(longest[column], _longest(value))
            batch.append(row)
            count += 1
            if len(batch) == every:
                pickle.dump(batch, spool, pickle.HIGHEST_PROTOCOL)
                batch = []
                progress()
        if batch:
            pickle.dump(batch, spool, pickle.HIGHEST_PROTOCOL)
        spool.seek(0)
        workbook = Workbook(write_only=True)
        try:
            sheet = workbook.create_sheet(sheet_title)
            for column, length in enumerate(longest, 1):  # widths before the first row: a write-only sheet's rule
                sheet.column_dimensions[get_column_letter(column)].width = _bounded(length)
            sheet.freeze_panes = "A2"
            sheet.auto_filter.ref = f"A1:{get_column_letter(max(len(columns), 1))}{count + 1}"
            styles = _XlsxStyles(sheet)
            sheet.append([styles.header(header) for header in columns])
            for batch in _batches(spool):
                for row in batch:
                    sheet.append([styles.cell(value) for value in row])
                progress()
            if attachments:
                _attachment_sheet(workbook, attachments)
            workbook.save(built)
        finally:
            _remove_sheet_files(workbook)
        built.seek(0)
        yield built


SPOOL_BYTES = 4 * 2**20  # a workbook up to this size is built in memory, a larger one in an unnamed temporary file


def _batches(spool: BinaryIO) -> Iterator[list[list]]:
    while True:
        try:
            yield pickle.load(spool)
        except EOFError:
            return


def _remove_sheet_files(workbook) -> None:
    """Remove the temporary file openpyxl writes each sheet's rows to (a saved workbook's are gone already)."""
    from openpyxl.worksheet import _writer

    for sheet in workbook._sheets:
        writer = getattr(sheet, "_writer", None)
        path = getattr(writer, "out", None)
        if not isinstance(path, str) or not os.path.exists(path):
            continue
        for stream in (getattr(sheet, "_rows", None), writer):  # the sheet's XML streams, stopped halfway
            with suppress(Exception):
                stream.close()
        os.remove(path)
        if path in _writer.ALL_TEMP_FILES:
            _writer.ALL_TEMP_FILES.remove(path)


class _XlsxStyles:
    """The cells of a written sheet: a bold header; wrapped text at the top of its cell, dates shown day first, and
    text that starts like a formula kept as text (openpyxl takes any text starting with "=" for a formula). Each
    style is made once and copied to its cells (setting a style looks it up in the workbook's list: half the time
    of a large sheet)."""

    def __init__(self, sheet):
        from openpyxl.styles import Alignment, Font

        self.sheet, self.made = sheet, {}
        wrapped = Alignment(wrap_text=True, vertical="top")
        self.looks = {"header": {"font": Font(bold=True)}, "text": {"alignment": wrapped},
                      "formula": {"alignment": wrapped, "quotePrefix": True},
                      "moment": {"alignment": wrapped, "number_format": XLSX_DATE_FORMAT},
                      "day": {"alignment": wrapped, "number_format": XLSX_DAY_FORMAT}}

    def header(self, value):
        """A bold header cell."""
        return self._styled(value, "header")

    def cell(self, value):
        """A body cell (None: no cell at all, as openpyxl writes an empty one)."""
        if value is None:
            return None
        look = "moment" if isinstance(value, datetime) else "day" if isinstance(value, date) else "text"
        return self._styled(value, look)

    def _styled(self, value, look: str):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(self.sheet, value)
        if cell.data_type == "f":
            cell.data_type, look = "s", "formula"
        if look not in self.made:
            for name, setting in self.looks[look].items():
                setattr(cell, name, setting)
            self.made[look] = copy(cell._style)
        else:
            cell._style = copy(self.made[look])
        return cell


def _attachment_sheet(workbook, attachments: list[list]) -> None:
    """A second sheet "Lampiran": reference, kind and signed link of each media item (the form's table unchanged)."""
    links = workbook.create_sheet("Lampiran")
    for letter, width in zip("ABC", (12, 12, MAX_WIDTH * 2), strict=True):  # before the rows (write-only)
        links.column_dimensions[letter].width = width
    links.append(list(ATTACHMENT_COLUMNS))
    for row in attachments:
        links.append([xlsx_text(cell) for cell in row])


def _longest(value) -> int:
    """The length of a cell's longest line as the sheet shows it (0 for no value): its column's readable width is
    that of its longest, within bounds (`_bounded`; long texts wrap)."""
    if value is None:
        return 0
    text = value.strftime(DATE_FORMAT) if isinstance(value, datetime) else str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def _bounded(longest: int) -> int:
    return max(MIN_WIDTH, min(MAX_WIDTH, longest + 2))


# Recording tracking IDs ----------------------------------------------------------------------------------

@dataclass
class RecordResult:
    """What `record` did."""

    recorded: int = 0
    unchanged: int = 0
    skipped: int = 0  # rows without a tracking ID yet
    references: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.recorded} recorded, {self.unchanged} already recorded, {self.skipped} without a tracking ID"


def record_tracking_ids(session: Session, path: Path, now: datetime, *, actor_id: int | None = None,
                        address: str = CLI) -> tuple[list[str], RecordResult]:
    """Store each reference → tracking ID pair of a CSV/XLSX file; a TableError lists every bad row. Each complaint
    recorded is an audit entry of `actor_id` (None: the command line's operator) from `address`."""
    table = read_table(path)
    mapping = map_columns(table.header, RECORD_FIELDS, ("reference", "tracking_id"))
    result, errors, seen = RecordResult(), [], {}
    _lock_named(session, [mapping.get(cells, "reference") for _, cells in table.rows])
    for line, cells in table.rows:
        problem = _record_row(session, mapping.get(cells, "reference"), mapping.get(cells, "tracking_id"), now,
                              result, seen, (actor_id, address))
        if problem:
            errors.append(f"line {line}: {problem}")
    if errors:
        raise TableError(errors)
    session.flush()
    return mapping.describe(), result


def _lock_named(session: Session, references: list) -> None:
    """Lock the complaints the file names before reading them (the one lock order, `for_change_all`): a tracking ID
    recorded meanwhile (by SP4N-LAPOR!'s answer to a submit) is seen, never overwritten."""
    numbers = {parse_reference(_cell(reference)) for reference in references} - {None}
    for_change_all(session, ids_where(session, Complaint.number, numbers))


def _record_row(session: Session, raw_reference, raw_tracking, now: datetime, result: RecordResult,
                seen: dict, by: tuple[int | None, str]) -> str | None:
    tracking = _cell(raw_tracking)
    number = parse_reference(_cell(raw_reference))
    if number is None:
        return f"not a reference: {_cell(raw_reference)!r} (expected LPR-<n>)"
    if not tracking:
        result.skipped += 1
        return None
    if len(tracking) > 40:
        return f"tracking ID longer than 40 characters: {tracking[:50]!r}"
    if seen.setdefault(tracking, number) != number:
        return f"tracking ID {tracking} is given to LPR-{seen[tracking]} too"
    complaint = by_number(session, number)
    if complaint is None:
        return f"LPR-{number} does not exist"
    return _store(session, complaint, tracking, now, result, by)


def _store(session: Session, complaint: Complaint, tracking: str, now: datetime, result: RecordResult,
           by: tuple[int | None, str]) -> str | None:
    if complaint.lapor_tracking_id == tracking:
        result.unchanged += 1
        return None
    if complaint.lapor_tracking_id is not None:
        return f"{complaint.reference} already has tracking ID {complaint.lapor_tracking_id}, not {tracking}"
    owner = session.scalars(select(Complaint).where(Complaint.lapor_tracking_id == tracking)).one_or_none()
    if owner is not None:
        return f"tracking ID {tracking} already belongs to {owner.reference}"
    complaint.lapor_tracking_id, complaint.lapor_recorded_at = tracking, now
    complaint.timeline.append(TimelineEntry(at=now, event=Event.LAPOR, public=False, status_from=complaint.status,
                                            status_to=complaint.status,
                                            text=note(session, "note_lapor_recorded", tracking_id=tracking)))
    actor_id, address = by
    record(session, SystemAction.LAPOR_RECORDED, actor_id=actor_id, at=now, address=address,
           complaint_id=complaint.id, tracking_id=tracking)
    session.flush()
    result.recorded += 1
    result.references.append(complaint.reference)
    return None


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()
