"""What a reader of an XLSX file sees, read with openpyxl: each column's width (a `<col>` element may stand for a
range of columns of the same width, which openpyxl keys by its first column's letter), each cell's value and look."""

from __future__ import annotations

from openpyxl.utils import get_column_letter


def column_widths(sheet) -> dict[str, float]:
    """The width of each column given one, by its letter."""
    return {get_column_letter(column): dimension.width for dimension in sheet.column_dimensions.values()
            if dimension.customWidth for column in range(dimension.min, dimension.max + 1)}


def cell_looks(sheet) -> list[list[tuple]]:
    """Each cell as (value, number format, bold, wrapped, vertical alignment, quote prefix), row by row."""
    return [[(c.value, c.number_format, bool(c.font.bold), bool(c.alignment.wrap_text), c.alignment.vertical,
              bool(c.quotePrefix)) for c in row] for row in sheet.iter_rows()]
