"""Write the complaint list's files (lapor.exports.to_bytes) at two sizes: XLSX beside CSV, and 2N rows beside N.

Run:  .venv/bin/python bench/export_bench.py [ROWS]      (default 10,000; nothing but the CPU is used)

A supervisor's year of complaints comes as one file. XLSX was written in time growing with the square of the rows
(20,000 rows past gunicorn's 30 s timeout); the figures that hold it: XLSX's seconds for 2N rows against N rows
(about 2 when the writer is linear) and XLSX's time against CSV's for the same rows (the plain file, the baseline
of the same run). Each is the best of three.
"""

from __future__ import annotations

import sys
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lapor import exports  # noqa: E402


def rows(count: int) -> list[list]:
    """Rows shaped like the complaint list's: a reference, a time, words, a date, then numbers."""
    width = len(exports.COMPLAINT_COLUMNS)
    return [[f"LPR-{n}", datetime(2026, 12, 1, 9, 30), "Pengaduan", "Sampah menumpuk di pasar " * 3,
             date(2026, 12, 18)] + [n] * (width - 5) for n in range(1, count + 1)]


def best(file_format: str, table: list[list]) -> float:
    """The best of three writes of the table, in seconds."""
    times = []
    for _ in range(3):
        started = time.perf_counter()
        exports.to_bytes(exports.COMPLAINT_COLUMNS, table, file_format, "Laporan")
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    small, large = rows(count), rows(2 * count)
    xlsx, xlsx_double, csv = best(exports.XLSX, small), best(exports.XLSX, large), best(exports.CSV, small)
    print("| measurement | value | baseline | ratio | target |")
    print("| --- | --- | --- | --- | --- |")
    print(f"| XLSX {2 * count:,} rows (baseline: {count:,} rows) | {xlsx_double:.2f} s | {xlsx:.2f} s | "
          f"{xlsx_double / xlsx:.2f}x | <= 2.5x (linear) |")
    print(f"| XLSX {count:,} rows (baseline: CSV, same rows) | {xlsx:.2f} s | {csv:.2f} s | {xlsx / csv:.1f}x | - |")


if __name__ == "__main__":
    main()
