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
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import chain
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
# XML 1.0, so XLSX, cannot hold these control characters (openpyxl refused the whole workbook) nor the two
# noncharacters U+FFFE and U+FFFF (openpyxl wrote them, and no spreadsheet could open the file).
XLSX_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# A carriage return: a line break as any XML reader reads it («a\r\nb» and «a\rb» read «a\nb» in the files openpyxl
# wrote); XlsxWriter would keep it as the escape «_x000D_», which openpyxl reads as those seven characters.
XLSX_RETURNS = re.compile(r"\r\n?")
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
    return list(session.scalars(_exportable_query(since)))


def _exportable_query(since: datetime):
    return (select(Complaint).where(*_exportable(since))
            .options(selectinload(Complaint.dispositions).selectinload(Disposition.agency),
                     selectinload(Complaint.citizen)).order_by(Complaint.number))


def exportable_rows(session: Session, since: datetime, zone, chunk: int = 500,
                    progress: Callable[[], None] | None = None,
                    each: Callable[[Complaint], None] | None = None, options: Sequence = (),
                    each_chunk: Callable[[list[Complaint]], None] | None = None) -> Iterator[list]:
    """The export's rows (`export_row`) of `exportable`'s complaints, read from the database `chunk` complaints at a
    time (each chunk's dispositions and citizens with it) and built as they are asked for: a download's memory
    stays flat and its first rows leave before the last are read; `progress` is called after each chunk, `each`
    with each complaint before its row (the command line notes its media links and privacy), `each_chunk` with each
    chunk's complaints before their rows (the command line reads their media items at once), and `options` load
    more of each chunk at once (what `each` reads: `MEDIA_READ`)."""
    query = _exportable_query(since).options(*options).execution_options(yield_per=chunk)
    for complaints in session.scalars(query).partitions():
        if each_chunk is not None:
            each_chunk(complaints)
        for complaint in complaints:
            if each is not None:
                each(complaint)
            yield export_row(complaint, zone)
        if progress is not None:
            progress()


# What `media.links.complaint_links` reads of a complaint (`lapor.media.complaint_urls`), loaded a chunk at a time:
# read one complaint at a time, two queries each, they were most of the command line's export.
MEDIA_READ = (selectinload(Complaint.media), selectinload(Complaint.timeline))


def exportable_confidential(session: Session, since: datetime) -> list[Complaint]:
    """The rahasia complaints among `exportable`'s, oldest first: the reporters the export names that are logged
    (an anonim complaint's identity is left out of it)."""
    return list(session.scalars(_exportable_query(since).where(Complaint.privacy == "rahasia")))


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


def write_export(rows: Iterable[list], path: Path, file_format: str, attachments: Iterable[list] = ()
                 ) -> Path | None:
    """Write the rows as CSV (UTF-8 with BOM, for Excel) or as a real XLSX workbook, and the `attachments`
    (reference, kind, signed link) beside them; returns the attachments' own file when there is one (CSV). Rows may
    come one at a time (`exportable_rows`) and attachments fill meanwhile (`KeptRows`): each is written as it comes.
    Each file is written beside its name and put in its place once every file is whole: an export stopped halfway
    (the database gone, a full disk) leaves an earlier file of that name as it was, and no part behind."""
    parts: list[tuple[Path, Path]] = []
    try:
        beside = None
        if file_format == "xlsx":
            with _part(path, parts) as handle, xlsx_built(EXPORT_COLUMNS, rows, attachments=attachments) as built:
                shutil.copyfileobj(built, handle)
        else:
            with _part(path, parts) as handle:
                _csv_to(handle, EXPORT_COLUMNS, rows)
            if attachments:
                beside = path.with_name(f"{path.stem}-lampiran.csv")
                with _part(beside, parts) as handle:
                    _csv_to(handle, ATTACHMENT_COLUMNS, attachments)
        for part, target in parts:
            part.replace(target)
    except BaseException:
        for part, _ in parts:
            part.unlink(missing_ok=True)
        raise
    return beside


@contextmanager
def _part(target: Path, parts: list[tuple[Path, Path]]) -> Iterator[BinaryIO]:
    """A new file beside `target` to write it in (noted in `parts`), with the permissions a new file gets."""
    handle = tempfile.NamedTemporaryFile("wb", dir=target.parent, prefix=f".{target.name}.", suffix=".part",
                                         delete=False)
    parts.append((Path(handle.name), target))
    with handle:
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(handle.name, 0o666 & ~mask)  # as `open` makes it: not the temporary file's 0600
        yield handle


def _csv_to(handle: BinaryIO, columns: Sequence[str], rows: Iterable[list]) -> None:
    """Write a header and rows as CSV in UTF-8 with BOM (`csv_pieces`), a piece at a time."""
    handle.write("\ufeff".encode())
    for piece in csv_pieces(columns, rows):
        handle.write(piece.encode("utf-8"))


class KeptRows:
    """Rows of text kept in an unnamed temporary file as they come, and read back in order as often as asked: an
    export's media links, noted while its rows are written and written after them, whatever their number."""

    def __init__(self):
        self._file = tempfile.TemporaryFile("w+", encoding="utf-8", newline="")
        self._writer = csv.writer(self._file)
        self._count = 0

    def add(self, row: list[str]) -> None:
        """Keep one more row."""
        self._writer.writerow(row)
        self._count += 1

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[list[str]]:
        self._file.seek(0)
        yield from csv.reader(self._file)
        self._file.seek(0, os.SEEK_END)

    def __enter__(self) -> KeptRows:
        return self

    def __exit__(self, *exc) -> None:
        self._file.close()


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
    return XLSX_ILLEGAL.sub(lambda match: " " if match.group().isspace() else "", XLSX_RETURNS.sub("\n", value))


def write_xlsx(columns: Sequence[str], rows: Iterable[list], target, sheet_title: str = "Laporan",
               attachments: Iterable[list] = ()) -> None:
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
               attachments: Iterable[list] = (), progress: Callable[[], None] | None = None,
               every: int = 500) -> Iterator[BinaryIO]:
    """A real XLSX workbook, read from its start: bold frozen header, filters, readable widths, wrapped text, dates
    as dates, and no cell a spreadsheet would run as a formula. Its memory stays flat whatever the rows: XlsxWriter's
    constant-memory mode writes each row to its sheet's temporary file as the next one starts (its widths and
    filter, measured meanwhile, are set after the last row: the sheet is put together on closing), and the
    workbook goes into a file spooled to disk past SPOOL_BYTES. `progress` is called every `every` rows (a
    download's heartbeat). Nothing stays behind when it fails or when the reader stops early: XlsxWriter's named
    files are in a temporary folder of their own, removed with them, and the workbook's file is unnamed."""
    import xlsxwriter

    progress = progress or (lambda: None)
    with tempfile.SpooledTemporaryFile(SPOOL_BYTES) as built:
        with tempfile.TemporaryDirectory(prefix="xlsx-") as folder:
            workbook = xlsxwriter.Workbook(built, {"constant_memory": True, "tmpdir": folder})
            try:
                sheet = workbook.add_worksheet(sheet_title[:31])  # Excel's longest sheet name
                cells = _XlsxCells(workbook, sheet)
                longest = [_longest(header) for header in columns]
                for column, header in enumerate(columns):
                    cells.header(column, header)
                count = 0
                measured = len(longest)
                for count, row in enumerate(rows, 1):
                    for column, value in enumerate(row):
                        value = xlsx_text(value)
                        if column < measured and (length := _longest(value)) > longest[column]:
                            longest[column] = length
                        cells.write(count, column, value)
                    if count % every == 0:
                        progress()
                for column, length in enumerate(longest):
                    sheet.set_column(column, column, _xlsxwriter_width(_bounded(length)))
                sheet.freeze_panes(1, 0)
                sheet.autofilter(0, 0, count, max(len(columns), 1) - 1)
                if attachments:
                    _attachment_sheet(workbook, attachments)
                workbook.close()
            finally:
                for written in workbook.worksheets():  # a sheet's rows file, left open when it failed halfway
                    if written.row_data_fh is not None:
                        written.row_data_fh.close()
        built.seek(0)
        yield built


SPOOL_BYTES = 4 * 2**20  # a workbook up to this size is built in memory, a larger one in an unnamed temporary file


def _xlsxwriter_width(width: float) -> float:
    """The width to give XlsxWriter for a column whose stored width is `width` characters, as openpyxl stored it
    before: XlsxWriter adds Excel's 5 pixels of padding (a character being 7 pixels), so the columns are as wide
    as the files written before."""
    return width - 5 / 7


class _XlsxCells:
    """The cells of a written sheet: a bold header; wrapped text at the top of its cell, dates shown day first, and
    text that starts like a formula kept as text (a quote prefix, as Excel marks a typed «'=…»), as openpyxl wrote
    them: None is no cell at all, and only text of two characters or more starting with «=» was a formula to it."""

    def __init__(self, workbook, sheet):
        wrapped = {"text_wrap": True, "valign": "top"}
        self.sheet = sheet
        self.looks = {"header": workbook.add_format({"bold": True}), "text": workbook.add_format(wrapped),
                      "formula": workbook.add_format({**wrapped, "quote_prefix": True}),
                      "moment": workbook.add_format({**wrapped, "num_format": XLSX_DATE_FORMAT}),
                      "day": workbook.add_format({**wrapped, "num_format": XLSX_DAY_FORMAT})}

    def header(self, column: int, value: str) -> None:
        """A bold header cell."""
        self.sheet.write_string(0, column, value, self.looks["header"])

    def write(self, row: int, column: int, value) -> None:
        """A body cell."""
        sheet, looks = self.sheet, self.looks
        if value is None:
            return
        if isinstance(value, str):
            self._text(row, column, value, looks["formula" if value.startswith("=") and len(value) > 1 else "text"])
        elif isinstance(value, bool):
            sheet.write_boolean(row, column, value, looks["text"])
        elif isinstance(value, (int, float)):
            sheet.write_number(row, column, value, looks["text"])
        elif isinstance(value, datetime):
            sheet.write_datetime(row, column, value, looks["moment"])
        elif isinstance(value, date):
            sheet.write_datetime(row, column, value, looks["day"])
        else:
            self._text(row, column, str(value), looks["text"])

    def _text(self, row: int, column: int, text: str, look) -> None:
        if not text:  # an empty cell with its look (an empty string read back as "", openpyxl's as nothing)
            self.sheet.write_blank(row, column, None, look)
        elif text.startswith("<r>") and text.endswith("</r>"):
            # XlsxWriter's constant-memory sheet writes such a string as its own XML (rich text), unescaped: a
            # citizen's «<r>…</r>» would break the workbook. Plain runs (it asks for three) hold the same text.
            self.sheet.write_rich_string(row, column, text[:1], text[1:2], text[2:], look)
        else:
            self.sheet.write_string(row, column, text, look)


def _attachment_sheet(workbook, attachments: Iterable[list]) -> None:
    """A second sheet "Lampiran": reference, kind and signed link of each media item (the form's table unchanged)."""
    links = workbook.add_worksheet("Lampiran")
    for column, width in enumerate((12, 12, MAX_WIDTH * 2)):
        links.set_column(column, column, _xlsxwriter_width(width))
    for row, cells in enumerate(chain([list(ATTACHMENT_COLUMNS)], attachments)):
        for column, value in enumerate(cells):
            value = xlsx_text(value)
            if isinstance(value, str):
                links.write_string(row, column, value)
            elif value is not None:
                links.write(row, column, value)


def _longest(value) -> int:
    """The length of a cell's longest line as the sheet shows it (0 for no value): its column's readable width is
    that of its longest, within bounds (`_bounded`; long texts wrap)."""
    if value is None:
        return 0
    if isinstance(value, str):
        if value.isprintable():  # one line (every line break is unprintable): most cells
            return len(value)
    elif isinstance(value, datetime):
        return len(value.strftime(DATE_FORMAT))
    else:  # a number or a day: one line
        return len(str(value))
    return max((len(line) for line in value.splitlines()), default=0)


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
