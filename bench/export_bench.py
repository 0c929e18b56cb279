"""Write the complaint list's files (lapor.exports) at two sizes, N and 2N rows: whole in memory as the page sent
them before (every row in a list, then the file's bytes) and streamed as it sends them now (`file_pieces` over rows
that come one at a time, as `complaint_stream` reads them a chunk at a time from the database).

Run:  .venv/bin/python bench/export_bench.py [ROWS]      (default 5,000; nothing but the CPU is used)
      .venv/bin/python bench/export_bench.py --sizes 20000 100000   (each size once: XLSX and CSV streamed, their
      seconds to the last byte, the file's size and the peak of Python's memory; a year's list is 100,000 rows)

A supervisor's year of complaints comes as one file, up to 100,000 rows (`exports.MAX_ROWS`). The figures, each a
ratio against a baseline of the same run:
- XLSX's seconds for 2N rows against N rows (about 2 when the writer is linear), and XLSX against CSV;
- the time to the first byte, streamed against whole, for each format at 2N rows (CSV: its header leaves at once;
  XLSX: its first byte only once every row is read, a zip's sheet needing its column widths first);
- the peak of Python's memory (tracemalloc) for 2N rows against N rows, streamed and whole (flat: about 1; grows
  with the rows: about 2).
Times are the best of three; memory is measured in a separate pass (tracemalloc slows the code down).

      .venv/bin/python bench/export_bench.py --cli [COMPLAINTS]   (default 2,000; a SQLite file of its own)
      `flask lapor export` (CSV and XLSX) at N and 2N complaints in the database: the command as it streams the file
      now (`lapor.bridge.manual.exportable_rows`, links kept on disk, each file put in place once whole) beside
      the way it built the file before, in the same run (every complaint, row and link in lists, then the file):
      the peak of Python's memory (tracemalloc) and the seconds, each a ratio against its baseline. The complaints
      have no media (their links are kept on disk either way; the rows are the memory).
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lapor import exports  # noqa: E402


def rows(count: int) -> Iterator[list]:
    """Rows shaped like the complaint list's, made one at a time: a reference, a time, words, a date, numbers."""
    width = len(exports.COMPLAINT_COLUMNS)
    for n in range(1, count + 1):
        yield [f"LPR-{n}", datetime(2026, 12, 1, 9, 30), "Pengaduan", f"Sampah menumpuk di pasar {n} " * 3,
               date(2026, 12, 18)] + [n] * (width - 5)


def whole(file_format: str, count: int) -> tuple[float, int]:
    """The file as the page built it before: every row in a list, then the file's bytes. (seconds to the first
    byte, which is the whole time, and the file's size)."""
    started = time.perf_counter()
    data = exports.to_bytes(exports.COMPLAINT_COLUMNS, list(rows(count)), file_format, "Laporan")
    return time.perf_counter() - started, len(data)


def streamed(file_format: str, count: int) -> tuple[float, float]:
    """The file as the page sends it now: (seconds to the first piece, seconds to the last)."""
    started = time.perf_counter()
    pieces = exports.file_pieces(exports.COMPLAINT_COLUMNS, rows(count), file_format, "Laporan")
    next(pieces)
    first = time.perf_counter() - started
    for _ in pieces:
        pass
    return first, time.perf_counter() - started


def best(measure, *args) -> tuple:
    return min((measure(*args) for _ in range(3)), key=lambda result: result[0])


def peak(measure, *args) -> int:
    """The peak of Python's allocations while `measure` runs, in bytes."""
    tracemalloc.start()
    try:
        measure(*args)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def sizes(counts: list[int]) -> None:
    """Each size once (a large XLSX takes minutes with a slow writer): seconds, file size, peak memory."""
    mb = 2**20
    print("| file | rows | seconds to the last byte | size | peak memory (tracemalloc) |")
    print("| --- | --- | --- | --- | --- |")
    for count in counts:
        for file_format in (exports.XLSX, exports.CSV):
            started = time.perf_counter()
            size = sum(len(p) for p in exports.file_pieces(exports.COMPLAINT_COLUMNS, rows(count), file_format))
            seconds = time.perf_counter() - started
            top = peak(lambda f, n: sum(len(p) for p in exports.file_pieces(exports.COMPLAINT_COLUMNS, rows(n), f)),
                       file_format, count)
            print(f"| {file_format.upper()} | {count:,} | {seconds:.2f} s | {size / mb:.1f} MB | {top / mb:.1f} MB |",
                  flush=True)


def cli_app(count: int):
    """An app on a new SQLite file holding `count` complaints not yet in SP4N-LAPOR!, each to one agency."""
    import tempfile
    from datetime import timedelta

    from app import create_app
    from models import Agency, Complaint, Contact, Disposition
    from models.cli import upgrade
    from services import services

    url = f"sqlite:///{Path(tempfile.mkdtemp(prefix='penghubung-export-')) / 'bench.db'}"
    app = create_app({"DATABASE_URL": url, "LOG_LEVEL": "WARNING", "TWILIO_ACCOUNT_SID": "", "TWILIO_AUTH_TOKEN": "",
                      "TWILIO_WHATSAPP_FROM": "", "PUBLIC_BASE_URL": ""})
    svc = services(app)
    upgrade(svc.engine)
    start = datetime(2026, 1, 5, 9, 0, tzinfo=svc.zone)
    with svc.session_factory.begin() as session:
        agency = Agency(code="DLH", name="Dinas Lingkungan Hidup")
        reporter = Contact(phone="+6285800000000", profile_name="Siti Aminah")
        for n in range(1, count + 1):
            at = start + timedelta(minutes=n)
            session.add(Complaint(number=n, citizen=reporter, kind="pengaduan", title=f"Sampah menumpuk {n}",
                                  description=f"Sampah menumpuk di pasar {n}, baunya sampai ke jalan " * 4,
                                  location_text=f"Pasar {n}, Kec. Sampang",
                                  privacy=("biasa", "anonim", "rahasia")[n % 3],
                                  status="belum_ditindaklanjuti", reporter_name="Siti Aminah", created_at=at,
                                  updated_at=at, dispositions=[Disposition(agency=agency, created_at=at)]))
    return app


def cli_before(app, path: Path) -> None:
    """The command as it was: every complaint, row and link in lists, then the files."""
    from datetime import timedelta

    from bot.messages import MEDIA_KIND_NAMES
    from lapor.bridge import manual
    from media.links import complaint_links
    from services import services

    svc, config = services(app), app.config
    zone, lifetime = svc.zone, timedelta(days=config["MEDIA_EXPORT_LINK_DAYS"])
    file_format = path.suffix[1:]
    with app.app_context(), svc.session_factory() as session:
        complaints = manual.exportable(session, datetime(2000, 1, 1, tzinfo=zone))
        rows = [manual.export_row(complaint, zone) for complaint in complaints]
        links = [[c.reference, MEDIA_KIND_NAMES[kind], link] for c in complaints
                 for kind, link in complaint_links(session, config, c, svc.clock(), lifetime, None)]
    if file_format == exports.XLSX:
        manual.write_xlsx(manual.EXPORT_COLUMNS, rows, path, attachments=links)
    else:
        path.write_bytes(exports.to_bytes(manual.EXPORT_COLUMNS, rows, file_format))


def cli_now(app, path: Path) -> None:
    """The command as it is (`flask lapor export -o PATH`)."""
    result = app.test_cli_runner().invoke(args=["lapor", "export", "-o", str(path)])
    assert result.exit_code == 0, result.output


def timed(run, *args) -> float:
    started = time.perf_counter()
    run(*args)
    return time.perf_counter() - started


def cli(count: int) -> None:
    """`flask lapor export`: memory and time, streamed now against built whole before, at N and 2N complaints."""
    import tempfile

    mb, double = 2**20, 2 * count
    apps = {count: cli_app(count), double: cli_app(double)}
    folder = Path(tempfile.mkdtemp(prefix="penghubung-export-files-"))
    print("| measurement | value | baseline | ratio |")
    print("| --- | --- | --- | --- |")
    for file_format in (exports.CSV, exports.XLSX):
        measured = {}
        for run in (cli_now, cli_before):  # warmed up: imports and statements built once per process
            run(apps[count], folder / f"warm.{file_format}")
        for way, run in (("now", cli_now), ("before", cli_before)):
            for n, app in apps.items():
                path = folder / f"{way}-{n}.{file_format}"
                measured[way, n, "peak"] = peak(run, app, path)
                measured[way, n, "seconds"] = min(timed(run, app, path) for _ in range(2))
            assert (folder / f"now-{double}.{file_format}").stat().st_size > 0
        if file_format == exports.CSV:
            same = (folder / f"now-{double}.csv").read_bytes() == (folder / f"before-{double}.csv").read_bytes()
            print(f"| CSV {double:,} complaints: the same bytes now as before | {same} | - | - |")
        for n in (count, double):
            now, before = measured["now", n, "peak"], measured["before", n, "peak"]
            print(f"| {file_format.upper()} {n:,} complaints: peak memory now (baseline: before) | {now / mb:.1f} MB "
                  f"| {before / mb:.1f} MB | {now / before:.2f}x |")
        for way in ("now", "before"):
            grown, small = measured[way, double, "peak"], measured[way, count, "peak"]
            print(f"| {file_format.upper()} peak memory {way}, {double:,} complaints (baseline: {count:,}) | "
                  f"{grown / mb:.1f} MB | {small / mb:.1f} MB | {grown / small:.2f}x |")
        now, before = measured["now", double, "seconds"], measured["before", double, "seconds"]
        print(f"| {file_format.upper()} {double:,} complaints: seconds now (baseline: before) | {now:.2f} s | "
              f"{before:.2f} s | {now / before:.2f}x |")


def main() -> None:
    if sys.argv[1:2] == ["--sizes"]:
        sizes([int(n) for n in sys.argv[2:]])
        return
    if sys.argv[1:2] == ["--cli"]:
        cli(int(sys.argv[2]) if len(sys.argv) > 2 else 2_000)
        return
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5_000
    double = 2 * count
    mb = 2**20
    print("| measurement | value | baseline | ratio | target |")
    print("| --- | --- | --- | --- | --- |")
    xlsx, xlsx_double = best(streamed, exports.XLSX, count)[1], best(streamed, exports.XLSX, double)[1]
    csv = best(streamed, exports.CSV, count)[1]
    print(f"| XLSX {double:,} rows, streamed (baseline: {count:,} rows) | {xlsx_double:.2f} s | {xlsx:.2f} s | "
          f"{xlsx_double / xlsx:.2f}x | <= 2.5x (linear) |")
    print(f"| XLSX {count:,} rows (baseline: CSV, same rows) | {xlsx:.2f} s | {csv:.2f} s | {xlsx / csv:.1f}x | - |")
    for file_format in (exports.CSV, exports.XLSX):
        first, last = best(streamed, file_format, double)
        built, size = best(whole, file_format, double)
        print(f"| {file_format.upper()} {double:,} rows ({size / mb:.1f} MB): first byte streamed (baseline: whole) "
              f"| {first * 1000:.1f} ms | {built * 1000:.0f} ms | {first / built:.3f}x | "
              f"{'<= 0.01x' if file_format == exports.CSV else '~1x (widths need every row)'} |")
        print(f"| {file_format.upper()} {double:,} rows: last byte streamed (baseline: whole) | {last:.2f} s | "
              f"{built:.2f} s | {last / built:.2f}x | <= 1.2x |")
    for file_format in (exports.CSV, exports.XLSX):
        flat = peak(lambda f, n: sum(len(p) for p in exports.file_pieces(exports.COMPLAINT_COLUMNS, rows(n), f)),
                    file_format, double)
        flat_small = peak(lambda f, n: sum(len(p) for p in exports.file_pieces(exports.COMPLAINT_COLUMNS, rows(n),
                                                                                f)), file_format, count)
        grown, grown_small = peak(whole, file_format, double), peak(whole, file_format, count)
        print(f"| {file_format.upper()} peak memory streamed, {double:,} rows (baseline: {count:,} rows) | "
              f"{flat / mb:.1f} MB | {flat_small / mb:.1f} MB | {flat / flat_small:.2f}x | <= 1.2x (flat) |")
        print(f"| {file_format.upper()} peak memory whole, {double:,} rows (baseline: {count:,} rows) | "
              f"{grown / mb:.1f} MB | {grown_small / mb:.1f} MB | {grown / grown_small:.2f}x | (was ~2x) |")
        print(f"| {file_format.upper()} peak memory {double:,} rows: streamed (baseline: whole) | {flat / mb:.1f} MB "
              f"| {grown / mb:.1f} MB | {flat / grown:.2f}x | - |")


if __name__ == "__main__":
    main()
