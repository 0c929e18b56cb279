"""Exports: one row per complaint with its dispositions, deadlines and working days, as the reader may see it;
the performance table; CSV and XLSX that open cleanly and run no formula."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from sqlalchemy import select

from lapor import exports, performance
from models import Complaint
from tests.lapor.test_performance import (  # noqa: F401  (fixtures)
    DISTRICTS,
    NOW,
    app,
    march,
    march_filters,
    region_file,
)
from tests.workbooks import cell_looks, column_widths

JAKARTA = ZoneInfo("Asia/Jakarta")
NIK = "3527012345678901"


@dataclass
class Reader:
    role: str
    agency_id: int | None = None
    name: str | None = None


@pytest.fixture
def secret(march, svc):  # noqa: F811
    """LPR-2 turned anonim, with a NIK and a formula in its text."""
    with svc.session_factory.begin() as s:
        complaint = s.scalars(select(Complaint).where(Complaint.number == 2)).one()
        complaint.privacy, complaint.reporter_name = "anonim", "Siti Rahma"
        complaint.description = f"=HYPERLINK(\"http://x\") jalan rusak, NIK saya {NIK}"
    return march


def rows_for(session, reader, region=None, **filters):
    condition = performance.figure_condition("received", march_filters(**filters), NOW, DISTRICTS)
    return {row[0]: dict(zip(exports.COMPLAINT_COLUMNS, row, strict=True))
            for row in exports.complaint_rows(session, reader, condition, JAKARTA, DISTRICTS, region=region)}


def test_rows_carry_dispositions_deadlines_and_working_days(secret, session, svc):
    rows = rows_for(session, Reader("verifier"), svc.region)
    assert list(rows) == ["LPR-1", "LPR-2", "LPR-3", "LPR-6"]
    # the verifier's deadline, as their queue shows it (a download of their queue had no deadline at all)
    assert rows["LPR-6"]["Batas Verifikasi"] == datetime(2026, 4, 2, 9, 0)
    assert {rows[ref]["Batas Verifikasi"] for ref in ("LPR-1", "LPR-2", "LPR-3")} == {None}
    a = rows["LPR-1"]
    # 14 working days from 16 March: 18–24 March (Nyepi, Lebaran, cuti bersama) and Good Friday 3 April are off
    assert (a["Instansi"], a["Status Disposisi"], a["Batas Waktu"]) == ("DLH", "Selesai", datetime(2026, 4, 13, 10, 0))
    assert (a["Tindak Lanjut Pertama (hari kerja)"], a["Penyelesaian (hari kerja)"], a["Tepat Waktu"]) == \
        (2.0, 3.5, "Ya")
    assert (a["Penilaian"], a["Kecamatan"], a["Selesai"]) == (5, "Srimangunan", datetime(2026, 3, 26, 14, 0))
    c = rows["LPR-3"]
    assert c["Instansi"] == "PUPR; PLN; DLH"
    assert c["Status Disposisi"] == "PUPR: Dikembalikan; PLN: Diteruskan; DLH: Terbuka"  # as every other column
    assert (a["Privasi"], rows["LPR-2"]["Privasi"]) == ("Biasa", "Anonim")
    # 14 working days, 18–24 March off
    assert c["Batas Waktu"] == "PUPR: 31/03/2026 10:00; PLN: -; DLH: 01/04/2026 11:00"
    assert rows["LPR-6"]["Sumber"] == "SP4N-LAPOR!" and rows["LPR-6"]["Instansi"] == ""


def test_working_days_of_several_agencies_are_written_with_a_decimal_comma(secret, session, svc):
    """«PUPR: 1.5; DLH: 12.25» in a cell of text: Indonesian readers take the dot for a thousands separator (1.500
    is fifteen hundred); a lone disposition's figure stays a number."""
    with svc.session_factory.begin() as s:
        complaint = s.scalars(select(Complaint).where(Complaint.number == 3)).one()
        for d, days in zip(sorted(complaint.dispositions, key=lambda d: d.id), (1.5, None, 12.25), strict=True):
            d.first_response_days = days
    row = rows_for(session, Reader("verifier"), svc.region)["LPR-3"]
    assert row["Tindak Lanjut Pertama (hari kerja)"] == "PUPR: 1,5; PLN: -; DLH: 12,25"


def test_anonim_identity_only_for_verifiers_and_nik_always_masked(secret, session):
    verifier = rows_for(session, Reader("verifier"))["LPR-2"]
    supervisor = rows_for(session, Reader("supervisor"))["LPR-2"]
    assert verifier["Nama Pelapor"] == "Siti Rahma" and verifier["Nomor Pelapor"] == "0812-3456-7890"
    assert (supervisor["Nama Pelapor"], supervisor["Nomor Pelapor"]) == ("(anonim)", "")
    for row in (verifier, supervisor):
        assert NIK not in row["Isi"] and "[NIK disembunyikan]" in row["Isi"]


def test_head_exports_only_their_agency(secret, session):
    head = Reader("head", secret["PUPR"])
    assert list(rows_for(session, head)) == ["LPR-3"]


def test_csv_and_xlsx_open_and_run_no_formula(secret, session):
    rows = [list(row.values()) for row in rows_for(session, Reader("verifier")).values()]
    data = exports.to_bytes(exports.COMPLAINT_COLUMNS, rows, exports.CSV)
    parsed = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert parsed[0] == list(exports.COMPLAINT_COLUMNS) and len(parsed) == 5
    text, phone = exports.COMPLAINT_COLUMNS.index("Isi"), exports.COMPLAINT_COLUMNS.index("Nomor Pelapor")
    assert parsed[2][text].startswith("'=HYPERLINK")
    phones = [row[phone] for row in parsed[1:] if row[phone]]
    # no formula, no apostrophe; and not +628…, which Excel opens as the number 6.28123E+12
    assert phones and all(phone == "0812-3456-7890" for phone in phones)
    book = openpyxl.load_workbook(io.BytesIO(exports.to_bytes(exports.COMPLAINT_COLUMNS, rows, exports.XLSX)))
    sheet = book.active
    cell = sheet.cell(row=3, column=text + 1)
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK") and cell.quotePrefix
    assert [c.value for c in sheet[2]][:2] == ["LPR-1", datetime(2026, 3, 16, 10, 0)]
    # A deadline is a date in the sheet (it sorts and filters as one; "13/04/2026" as text sorted by its day), with
    # its time: an answer later that day is late (it read «13/04/2026» beside a late «Selesai» of the same day)
    deadline = sheet.cell(row=2, column=exports.COMPLAINT_COLUMNS.index("Batas Waktu") + 1)
    assert deadline.is_date and deadline.value == datetime(2026, 4, 13, 10, 0)
    assert deadline.number_format == "dd/mm/yyyy hh:mm"
    column = {name: i for i, name in enumerate(exports.COMPLAINT_COLUMNS)}
    # ISO 8601 in a CSV: «13/04/2026» opened as 4 January in an English-locale Excel, «26/03/2026» as text
    assert (parsed[1][column["Tanggal"]], parsed[1][column["Batas Waktu"]], parsed[1][column["Selesai"]]) == \
        ("2026-03-16 10:00", "2026-04-13 10:00", "2026-03-26 14:00")
    assert parsed[3][column["Batas Waktu"]] == "PUPR: 2026-03-31 10:00; PLN: -; DLH: 2026-04-01 11:00", \
        "dates within text too"
    several = sheet.cell(row=4, column=column["Batas Waktu"] + 1).value
    assert several == "PUPR: 31/03/2026 10:00; PLN: -; DLH: 01/04/2026 11:00", \
        "the sheet's text as its date cells show them"
    with pytest.raises(ValueError):
        exports.to_bytes(exports.COMPLAINT_COLUMNS, rows, "pdf")


def test_performance_table(march, session, svc):  # noqa: F811
    report = performance.report(session, march_filters(), NOW, svc.region.calendar, DISTRICTS)
    rows = exports.performance_rows(report)
    assert rows[0][:5] == ["", "Total daerah", 4, 1, 25.0]
    dlh = next(row for row in rows if row[0] == "DLH")
    assert dict(zip(exports.PERFORMANCE_COLUMNS, dlh, strict=True)) | {} == {
        "Kode": "DLH", "Instansi": "Dinas Lingkungan Hidup", "Masuk": 3, "Selesai": 1, "% Selesai": 33.3,
        "Selesai Tepat Waktu": 1, "Selesai Terlambat": 0, "Selesai Tanpa Batas Waktu Daerah": 0,
        "Lewat Batas Sekarang": 1, "% Tepat Waktu": 50.0,
        "Median TL Pertama (hari kerja)": 4.0, "Median Penyelesaian (hari kerja)": 3.5, "Rata-rata Penilaian": 5.0,
        "Jumlah Penilaian": 1, "Dikembalikan": 0, "Dibuka Kembali": 1}



def test_the_csv_for_an_indonesian_excel_writes_semicolons_and_decimal_commas(march, session, svc):  # noqa: F811
    """An Excel set to Indonesian (list separator «;», decimal comma) opened the CSV's «33.3» as text or as a date
    (33 March) and its rows in one column: its own CSV writes «33,3» between semicolons; the plain CSV stays as
    other programs read it."""
    report = performance.report(session, march_filters(), NOW, svc.region.calendar, DISTRICTS)
    rows = exports.performance_rows(report)
    rows[1][1] = "Dinas; dengan titik koma"
    local = list(csv.reader(io.StringIO(exports.to_bytes(exports.PERFORMANCE_COLUMNS, rows, exports.CSV_ID)
                                        .decode("utf-8-sig")), delimiter=";"))
    plain = list(csv.reader(io.StringIO(exports.to_bytes(exports.PERFORMANCE_COLUMNS, rows, exports.CSV)
                                        .decode("utf-8-sig"))))
    assert local[0] == plain[0] == list(exports.PERFORMANCE_COLUMNS)
    local_dlh, plain_dlh = (dict(zip(exports.PERFORMANCE_COLUMNS, next(r for r in table if r[0] == "DLH"),
                                     strict=True)) for table in (local, plain))
    assert (local_dlh["% Selesai"], local_dlh["Median Penyelesaian (hari kerja)"], local_dlh["Masuk"]) == \
        ("33,3", "3,5", "3")
    assert (plain_dlh["% Selesai"], plain_dlh["Median Penyelesaian (hari kerja)"]) == ("33.3", "3.5")
    assert local[2][1] == "Dinas; dengan titik koma"


@pytest.mark.parametrize("cell, kept", [
    ("+6281234567890", True), ("+1+1", False), ("+62812 =1", False), ("=1+2", False), ("@SUM(1)", False),
    # A southern map pin or latitude (all of Indonesia south of the equator) stays numbers, however the citizen or
    # a GPS app separated the pair; an apostrophe made it text for Excel and for re-import.
    ("-7.1872, 113.2394", True), ("-7.187200,113.239400", True), ("-7.1872", True), ("-0.5", True),
    ("-7.1872 113.2394", True), ("-6.914744,  107.609810", True), ("-7.1872, -113.2394", True), ("-7,1872", True),
    # Near misses: arithmetic, references, functions or a second line after the numbers stay neutralised.
    ("-1+1", False), ("-2-3", False), ("-7.1872, 113.2394+1", False), ("-7.1872 113.2394 =1", False),
    ("-A1", False), ("-SUM(A1)", False), ("-", False), ("-7.1872\n=1", False), ("- 7", False),
    ("-7.1872 113.2394 -6.1 106.8", False), ("-1e5", False), ("=-7.1872", False),
])
def test_only_real_formulas_get_an_apostrophe(cell, kept):
    from lapor.bridge.manual import csv_text

    assert (csv_text(cell) == cell) is kept


def test_a_years_list_is_written_to_xlsx_row_by_row():
    """A supervisor's XLSX of a year's complaints (20,000 rows) never came: each row looked up the sheet's last
    row by scanning every cell written before it (20,000 rows took over two minutes, 2,000 nine seconds). The sheet
    is written row by row (the pace: bench/export_bench.py), and 1,500 rows of the complaint list's 25 columns read
    back whole: the formula guard, dates, the bold frozen header and the filter on every row."""
    rows = [[f"LPR-{n}", datetime(2026, 12, 1, 9, 30), "Pengaduan", "=HYPERLINK(\"x\")" if n == 7 else "Sampah " * 9,
             date(2026, 12, 18)] + [n] * (len(exports.COMPLAINT_COLUMNS) - 5) for n in range(1, 1501)]
    data = exports.to_bytes(exports.COMPLAINT_COLUMNS, rows, exports.XLSX, "Laporan 01.12.2026–31.12.2026")
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert sheet.title == "Laporan 01.12.2026–31.12.2026" and sheet.max_row == 1501
    assert [c.value for c in sheet[1]] == list(exports.COMPLAINT_COLUMNS) and sheet["A1"].font.bold
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:Y1501"
    formula = sheet["D8"]
    assert formula.data_type == "s" and formula.value.startswith("=HYPERLINK") and formula.quotePrefix
    assert sheet["B1501"].value == datetime(2026, 12, 1, 9, 30) and sheet["B1501"].number_format == "dd/mm/yyyy hh:mm"
    assert sheet["E2"].is_date and sheet["E2"].number_format == "dd/mm/yyyy" and sheet["D2"].alignment.wrap_text
    assert column_widths(sheet)["D"] > column_widths(sheet)["C"]


def test_the_lapor_exports_attachment_sheet_lists_each_link_beside_the_form(tmp_path):
    """SP4N-LAPOR!'s XLSX carries a second sheet «Lampiran» (reference, kind, signed link), its link column wide
    enough to read, written by the same row-by-row writer as the form's sheet."""
    from lapor.bridge.manual import EXPORT_COLUMNS, write_export

    row = ["LPR-1", datetime(2026, 12, 1, 9, 30), "Pengaduan", "Sampah", "Sampah menumpuk", "Pasar", "", "DLH",
           "Tidak", "Tidak", "Siti", "0812-3456-7890", "Belum Ditindaklanjuti", ""]
    assert len(row) == len(EXPORT_COLUMNS)
    links = [["LPR-1", "Foto", "https://contoh.id/m/1?sig=abc"], ["LPR-1", "Dokumen", "https://contoh.id/m/2?sig=d"]]
    write_export([row], tmp_path / "lapor.xlsx", "xlsx", links)
    book = openpyxl.load_workbook(tmp_path / "lapor.xlsx")
    assert book.sheetnames == ["Laporan", "Lampiran"] and book.active.title == "Laporan"
    sheet = book["Lampiran"]
    assert [[c.value for c in r] for r in sheet.iter_rows()] == [["Referensi", "Jenis", "Tautan"], *links]
    assert column_widths(sheet) == {"A": 12, "B": 12, "C": 120}


WRAPPED = ("General", False, True, "top", False)  # a body cell's look: wrapped text at the top of its cell
QUOTED = ("General", False, True, "top", True)  # text that starts like a formula: a quote prefix keeps it text
# Each kind of cell as it is written (left) and as a spreadsheet reads it back (right), with its look: what openpyxl
# wrote before XlsxWriter, cell for cell. None is no cell at all; an empty text an empty cell.
CELLS = [
    ("Sampah menumpuk", "Sampah menumpuk", WRAPPED), ("", None, WRAPPED), (None, None, ("General", False, False, None,
                                                                                  False)),
    ("  spasi di depan", "  spasi di depan", WRAPPED), ("spasi di belakang  ", "spasi di belakang  ", WRAPPED),
    ("baris satu\nbaris dua", "baris satu\nbaris dua", WRAPPED),
    ("baris satu\r\nbaris dua", "baris satu\nbaris dua", WRAPPED), ("a\rb", "a\nb", WRAPPED),
    ("a\x0bb\x0cc\x01d", "a b cd", WRAPPED), ("ünïcødé – “kutip” 😀", "ünïcødé – “kutip” 😀", WRAPPED),
    ("=", "=", WRAPPED), ("=HYPERLINK(\"http://x\")", "=HYPERLINK(\"http://x\")", QUOTED),
    ("==== Jalan rusak ====", "==== Jalan rusak ====", QUOTED),
    ("+6281234567890", "+6281234567890", WRAPPED), ("-7.187200, 113.239400", "-7.187200, 113.239400", WRAPPED),
    ("@camat", "@camat", WRAPPED), ("'kutip", "'kutip", WRAPPED), ("TRUE", "TRUE", WRAPPED), ("123", "123", WRAPPED),
    ("<b>tebal</b> & <i>miring</i>", "<b>tebal</b> & <i>miring</i>", WRAPPED), ("x" * 40_000, "x" * 32_767, WRAPPED),
    (3, 3, WRAPPED), (0, 0, WRAPPED), (-1.25, -1.25, WRAPPED), (10**15, 10**15, WRAPPED), (True, True, WRAPPED),
    (datetime(2026, 12, 1, 9, 30), datetime(2026, 12, 1, 9, 30), ("dd/mm/yyyy hh:mm", False, True, "top", False)),
    (date(2026, 12, 18), datetime(2026, 12, 18), ("dd/mm/yyyy", False, True, "top", False)),
    (exports.DatedText("PUPR: 31/03/2026 10:00; PLN: -", "PUPR: 2026-03-31 10:00; PLN: -"),
     "PUPR: 31/03/2026 10:00; PLN: -", WRAPPED),
]

# Each column's width: its longest line and two, within 8 and 60 (the dates' as shown day first, a day's as ISO)
WIDTHS = [17, 9, 9, 18, 21, 12, 12, 9, 9, 21, 10, 24, 23, 16, 23, 10, 10, 10, 10, 30, 60, 10, 10, 10, 18, 10, 18, 12,
          32]


def test_every_kind_of_cell_reads_back_as_the_files_openpyxl_wrote():
    """XlsxWriter writes the XLSX (openpyxl took minutes for 100,000 rows); a spreadsheet reads every kind of cell
    as it read openpyxl's: values, dates as dates shown day first, wrapped text, a formula kept text by its quote
    prefix, the bold frozen header, the filter, the sheet's name and every column's width (its longest line, 8 to
    60 characters)."""
    columns = [f"Kolom {n}" for n in range(len(CELLS))]
    data = exports.to_bytes(columns, [[written for written, _, _ in CELLS]], exports.XLSX,
                            "Laporan 01.12.2026–31.12.2026")
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert sheet.title == "Laporan 01.12.2026–31.12.2026" and sheet.freeze_panes == "A2"
    header, row = cell_looks(sheet)
    assert header == [(name, "General", True, False, None, False) for name in columns]
    assert row == [(read, *look) for _, read, look in CELLS]
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(row=1, column=len(CELLS)).column_letter}2"
    widths = column_widths(sheet)
    assert [widths[sheet.cell(row=1, column=n + 1).column_letter] for n in range(len(CELLS))] == WIDTHS


@pytest.mark.parametrize(("typed", "read"), [
    ("jalan\ufffe rusak\uffff", "jalan rusak"),  # noncharacters (a broken paste): openpyxl's file could not open
    ("#N/A", "#N/A"), ("#DIV/0!", "#DIV/0!"), ("#REF!", "#REF!"),  # an error value to openpyxl, text to the citizen
    ("<r>x</r>", "<r>x</r>"), ("<r><t>x</t></r>", "<r><t>x</t></r>"),  # XlsxWriter's own rich-text XML, unescaped
    ("<r>", "<r>"), ("tulisan </r>", "tulisan </r>"),  # near misses: plain text either way
])
def test_a_citizens_text_is_text_whatever_it_looks_like(typed, read):
    data = exports.to_bytes(["Isi"], [[typed], ["sesudahnya"]], exports.XLSX)
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert [(c.value, c.data_type) for c in sheet["A"]] == [("Isi", "s"), (read, "s"), ("sesudahnya", "s")]
