"""Spreadsheets in and out: CSV or XLSX files read as (line number, cells), with flexibly named columns.

SP4N-LAPOR!'s admin exports differ from region to region in column names, order and spelling, so a file's
header is matched to the fields we need: first by normalised name against a list of known names, then
fuzzily (rapidfuzz). Each header is used for at most one field, and the caller can print the mapping.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from rapidfuzz import fuzz, process

HEADER_FUZZY_CUTOFF = 86
XLSX_SUFFIXES = (".xlsx", ".xlsm")
NOT_CSV = "not readable as CSV (a broken line, or not a text file)"
# A cell the CSV export wrote as '=… (so that a spreadsheet shows it as text) is read back without the apostrophe.
FORMULA_CHARS = "=+-@\t\r"


class TableError(ValueError):
    """A file could not be used; `errors` lists every problem (with line numbers), and nothing was written."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class Table:
    """A file's header and its non-empty rows, each with the line (row) number people see."""

    header: list[str]
    rows: list[tuple[int, list]]


@dataclass
class ColumnMap:
    """Which header column feeds which field, and the headers left unused."""

    columns: dict[str, int] = field(default_factory=dict)
    header: list[str] = field(default_factory=list)

    def get(self, cells: list, name: str):
        """The cell of field `name` in a row (None when the file has no such column or the row is short)."""
        index = self.columns.get(name)
        if index is None or index >= len(cells):
            return None
        value = cells[index]
        return value.strip() if isinstance(value, str) else value

    def header_of(self, name: str) -> str | None:
        """The header of the column that feeds field `name` (None when the file has none)."""
        index = self.columns.get(name)
        return None if index is None else self.header[index]

    def describe(self) -> list[str]:
        """Lines such as `tracking_id ← "ID Tracking"`, then the ignored columns."""
        lines = [f'{name} ← "{self.header[index]}"' for name, index in self.columns.items()]
        used = set(self.columns.values())
        ignored = [name for index, name in enumerate(self.header) if index not in used and name]
        if ignored:
            lines.append("ignored: " + ", ".join(f'"{name}"' for name in ignored))
        return lines


def normalise_header(text: str) -> str:
    """Lowercase ASCII words: "ID  Tracking#" → "id tracking"."""
    ascii_text = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", ascii_text.lower()).split())


def read_table(path: Path) -> Table:
    """Read a CSV (`,` `;` or tab separated; UTF-8, UTF-16 with a BOM or Windows-1252) or an XLSX file (first sheet)."""
    if path.suffix.lower() in XLSX_SUFFIXES:
        return _read_xlsx(path)
    return _read_csv(path)


def _read_csv(path: Path) -> Table:
    text = decode_text(path.read_bytes())
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    rows = []
    try:
        for row in reader:
            rows.append((reader.line_num, row))
    except csv.Error as exc:
        raise TableError([f"line {reader.line_num}: {NOT_CSV}; export the list again as CSV or XLSX"]) from exc
    return _table(rows)


def decode_text(raw: bytes) -> str:
    """Text from a CSV file's bytes: UTF-16 when it starts with a byte order mark (Excel's "Unicode text"), else
    UTF-8 (with or without a BOM), else Windows-1252 (Excel's "CSV" on Windows)."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _read_xlsx(path: Path) -> Table:
    return _table(_xlsx_rows(path))


def _xlsx_rows(source) -> list[tuple[int, list]]:
    """The first sheet's rows (line number, cell values) of an XLSX file (a path or a binary file object)."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(source, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged or foreign file
        raise TableError([f"not a readable XLSX file ({type(exc).__name__}: {exc})"]) from exc
    try:
        sheet = workbook.worksheets[0]
        return [(number, list(values)) for number, values in enumerate(sheet.iter_rows(values_only=True), 1)]
    finally:
        workbook.close()


XLSX_MAGIC = b"PK\x03\x04"  # an XLSX file is a zip archive


def is_xlsx(raw: bytes) -> bool:
    """Whether a file's bytes are an XLSX (zip) file rather than text."""
    return raw.startswith(XLSX_MAGIC)


def xlsx_as_csv(raw: bytes) -> str:
    """The first sheet of an XLSX file's bytes as CSV text, row for row (so line numbers stay the sheet's), a
    number cell of digits written as its digits (`6281100000099`, never `6.2811E+12`); TableError if unreadable."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for _, cells in _xlsx_rows(io.BytesIO(raw)):
        writer.writerow([_cell_text(cell) for cell in cells])
    return out.getvalue()


def _cell_text(cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime | date):
        return cell.isoformat()
    return _clean(cell) if isinstance(cell, str) else str(cell)


def _table(rows: list[tuple[int, list]]) -> Table:
    rows = [(line, [_clean(cell) for cell in cells]) for line, cells in rows]
    filled = [(line, cells) for line, cells in rows if any(_filled(cell) for cell in cells)]
    if not filled:
        raise TableError(["the file is empty"])
    (_, header), body = filled[0], filled[1:]
    return Table([str(cell).strip() if cell is not None else "" for cell in header], body)


def _clean(cell):
    if not isinstance(cell, str):
        return cell
    text = without_nul(cell)
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_CHARS:  # our CSV export's formula guard
        return text[1:]
    return text


def without_nul(text: str) -> str:
    """Text without NUL characters (PostgreSQL stores none, and no complaint or name needs them)."""
    return text.replace("\x00", "")


def _filled(cell) -> bool:
    return cell is not None and (not isinstance(cell, str) or bool(cell.strip()))


def map_columns(header: list[str], fields: dict[str, tuple[str, ...]], required: tuple[str, ...]) -> ColumnMap:
    """Match header columns to `fields` (field → known names); a TableError names the required ones missing."""
    names = [normalise_header(name) for name in header]
    mapping = ColumnMap(header=header)
    free = {index: name for index, name in enumerate(names) if name}
    for field_name, known in fields.items():  # exact names first, for every field
        index = next((i for i, name in free.items() if name in {normalise_header(k) for k in known}), None)
        if index is not None:
            mapping.columns[field_name] = index
            del free[index]
    for field_name, known in fields.items():  # then fuzzy, for what is still missing
        if field_name in mapping.columns or not free:
            continue
        index = _fuzzy_column(free, known)
        if index is not None:
            mapping.columns[field_name] = index
            del free[index]
    missing = [name for name in required if name not in mapping.columns]
    if missing:
        raise TableError([f"line 1: no column for {', '.join(missing)} (columns found: "
                          + ", ".join(f'"{h}"' for h in header if h) + ")"])
    mapping.columns = dict(sorted(mapping.columns.items(), key=lambda item: item[1]))
    return mapping


def _fuzzy_column(free: dict[int, str], known: tuple[str, ...]) -> int | None:
    best = None
    for name in known:
        found = process.extractOne(normalise_header(name), free, scorer=fuzz.token_sort_ratio,
                                   score_cutoff=HEADER_FUZZY_CUTOFF)
        if found and (best is None or found[1] > best[1]):
            best = found
    return best[2] if best else None


# Dates ----------------------------------------------------------------------------------------------

MONTHS = {"jan": 1, "januari": 1, "feb": 2, "februari": 2, "mar": 3, "maret": 3, "apr": 4, "april": 4,
          "mei": 5, "may": 5, "jun": 6, "juni": 6, "jul": 7, "juli": 7, "agu": 8, "agt": 8, "agustus": 8,
          "aug": 8, "august": 8, "sep": 9, "september": 9, "okt": 10, "oktober": 10, "oct": 10, "october": 10,
          "nov": 11, "november": 11, "des": 12, "desember": 12, "dec": 12, "december": 12,
          "january": 1, "february": 2, "march": 3, "june": 6, "july": 7,
          # the old spellings still on letterheads and stamps, and the shortenings of office registers
          "peb": 2, "pebruari": 2, "mrt": 3, "ags": 8, "sept": 9, "nop": 11, "nopember": 11}
NUMERIC_DATE = re.compile(r"^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[ T,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?")
WORD_DATE = re.compile(r"^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})(?:[ ,]+(?:pukul\s+)?(\d{1,2})[:.](\d{2}))?")


def parse_date(value, zone) -> datetime:
    """Read a date as LAPOR exports write it, in the region's zone: 12/10/2026 08:15, 2026-10-12, 12 Oktober 2026.

    Day-first for slashes and dots (Indonesian usage); year-first only when the first number has 4 digits.
    """
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=zone)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=zone)
    text = " ".join(str(value or "").strip().lower().split())
    if not text:
        raise ValueError("no date")
    match = NUMERIC_DATE.match(text)
    if match:
        first, second, third, hour, minute, second_ = match.groups()
        year, month, day = (first, second, third) if len(first) == 4 else (third, second, first)
        return _moment(year, month, day, hour, minute, second_, zone, text)
    match = WORD_DATE.match(text)
    if match and match.group(2) in MONTHS:
        day, month_name, year, hour, minute = match.groups()
        return _moment(year, MONTHS[month_name], day, hour, minute, None, zone, text)
    raise ValueError(f"unreadable date {value!r} (expected e.g. 12/10/2026 08:15)")


YEARLESS_DAY = re.compile(r"^(\d{1,2})(?:[/.-](\d{1,2})|\s*([a-z]+)\.?)$")
# A day typed on a phone's number pad (the date boxes' inputmode="decimal"): no slash there, so numbers apart by
# a comma (iOS in Indonesian), a space, a dot or a dash, or digits alone (05122026, 051226).
NUMBER_PAD_DAY = re.compile(r"^\d+(?:\s*[/.,\s-]\s*\d+){0,2}$")


# A weekday before a day, as the service, calendars and registers write it: «Kamis, 10 Des 2026», «Sen, 7 Des
# 2026», «Rab. 9/12/2026»; a day box reads the day and leaves the weekday.
LEADING_WEEKDAY = re.compile(r"^(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|sen|sel|rab|kam|jum|sab|min)"
                             r"\.?[,\s]+")
# A day in words as people and the service write it (its weekday gone): «10 Des 2026», «10 Des, 2026», «10 Des 2026
# pukul 08.00» or «pkl 08.00 WIB» (a page's «Batas», a WhatsApp message: the time is left, a day box keeps the
# day), «1-Nov-2026» (Excel's d-mmm-yyyy), «5 des 26», «5 des».
WORDED_DAY = re.compile(r"^(\d{1,2})[\s./-]*([a-z]+)\.?(?:[\s,./-]*'?(\d{4}|\d{2}))?"
                        r"(?:[ ,]+(?:(?:pukul|pkl|jam)\.?\s*)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:wib|wita|wit))?)?$")


def parse_day(text: str, today: date | None = None) -> date:
    """A day as staff type it in a date box, whatever their browser's language: 05/12/2026, 5-12-26, 5.12.2026,
    5 Des 2026, or 2026-12-05 (the links' ISO form); given `today`, also without the year (5/12, 5 des); ValueError
    otherwise. On a phone's number pad: 5,12,2026, 5 12 26, 05122026, 051226 (ISO 20261205 too). In words with
    its weekday, a time or Excel's dashes too (`WORDED_DAY`); a weekday before numbers too (Senin, 7/12/2026)."""
    text = LEADING_WEEKDAY.sub("", " ".join(str(text or "").lower().split()), count=1)
    if re.search(r"[a-z]{3}", text):
        return _worded_day(text, today)
    text = _number_pad_day(text)
    try:
        return parse_date(text, UTC).date()
    except ValueError:
        if today is None:
            raise
        return _yearless_day(text, today)


def _number_pad_day(text: str) -> str:
    """Numbers typed apart by whatever sign the keypad had, as the slashes `parse_date` reads (day first, year
    first when it has 4 digits); digits alone split as day, month and year. Anything else is left as it is."""
    if not NUMBER_PAD_DAY.match(text):
        return text
    numbers = re.findall(r"\d+", text)
    if len(numbers) == 1 and len(numbers[0]) in (6, 8):
        digits = numbers[0]
        year_first = len(digits) == 8 and int(digits[2:4]) > 12  # 20261205: no 26th month, so ISO
        numbers = [digits[:4], digits[4:6], digits[6:]] if year_first else [digits[:2], digits[2:4], digits[4:]]
    return "/".join(numbers)


def _worded_day(text: str, today: date | None) -> date:
    """A day written with its month's name (`WORDED_DAY`), the year 20xx when given in two digits, else the latest
    such day (`_yearless_day`); a text with words it cannot place («10 Desember 2026 2027») is refused whole."""
    match = WORDED_DAY.match(text.lower())
    if not match or match.group(2) not in MONTHS:
        raise ValueError(f"unreadable date {text!r} (expected e.g. 05/12/2026)")
    day, month, year = match.group(1), MONTHS[match.group(2)], match.group(3)
    if year:
        return _moment(year, month, day, None, None, None, UTC, text).date()
    if today is None:
        raise ValueError(f"unreadable date {text!r}: no year")
    return _yearless_day(f"{day}/{month}", today)


def _yearless_day(text: str, today: date) -> date:
    """A day typed without its year: the latest such day up to the end of `today`'s month (this month's end is
    still this year; in January, "15/12" is last December)."""
    match = YEARLESS_DAY.match(" ".join(str(text or "").strip().lower().split()))
    month = match and (match.group(2) or MONTHS.get(match.group(3) or ""))
    if not month:
        raise ValueError(f"unreadable date {text!r} (expected e.g. 05/12/2026)")
    year = today.year if int(month) <= today.month else today.year - 1
    return _moment(year, month, match.group(1), None, None, None, UTC, text).date()


def _moment(year, month, day, hour, minute, second, zone, text) -> datetime:
    year = int(year)
    if year < 100:
        year += 2000
    try:
        return datetime(year, int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0), tzinfo=zone)
    except ValueError as exc:
        raise ValueError(f"unreadable date {text!r}: {exc}") from exc
