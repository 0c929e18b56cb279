"""Downloads for staff: any list of complaints (one row per complaint, its dispositions in its cells) and the
performance table, as CSV or XLSX through lapor.bridge.manual's writers (formula-safe, readable widths).

Privacy as everywhere: the reporter as `lapor.access.reporter_seen_by` lets the reader see them (an `anonim`
reporter's identity only for verifiers, a number only for verifiers), national ID numbers masked (`strip_nik`),
a `rahasia` complaint's text marked as not to be published.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, date, datetime

from sqlalchemy import case, select
from sqlalchemy.orm import Session, selectinload

from lapor.access import VERIFIER_ROLES, Reader, reporter_seen_by, visible_complaints
from lapor.audit import PROTECTED, protected_identities
from lapor.bridge.manual import (
    CSV_DATE_FORMAT,
    CSV_DAY_FORMAT,
    DATE_FORMAT,
    DAY_FORMAT,
    KIND_LABELS,
    DatedText,
    csv_pieces,
    xlsx_built,
)
from lapor.bridge.privacy import CONFIDENTIAL_MARK, safe_title, strip_nik
from lapor.complaints import NEW
from lapor.districts import District
from lapor.ladders import verification_since
from lapor.performance import Report
from lapor.phones import national
from lapor.queue import SOURCES, verification_days
from lapor.region import Region
from lapor.routing_store import shown_suggestions
from lapor.wording import note
from models import Complaint, Disposition, DispositionStatus
from models.vocab import ComplaintStatus

# CSV_ID: the CSV an Excel set to Indonesian opens in columns (its list separator is «;», its decimal mark «,»: the
# plain CSV's rows sat in one column, and «33.3» read as text or as a date). The plain CSV stays as other programs
# read it (commas, decimal points).
CSV, XLSX, CSV_ID = "csv", "xlsx", "id.csv"
FORMATS = (CSV, XLSX, CSV_ID)
CONTENT_TYPES = {CSV: "text/csv; charset=utf-8",
                 XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 CSV_ID: "text/csv; charset=utf-8"}
MAX_ROWS = 100_000  # one download; a larger list is cut (the caller says so)
CHUNK_ROWS = 500  # a download's complaints read from the database, and its CSV rows sent, this many at a time
FILE_PIECE = 64 * 1024  # an XLSX download is sent in pieces of this many bytes
COMPLAINT_COLUMNS = (
    "Referensi", "Tanggal", "Jenis", "Sumber", "Status", "Batas Verifikasi", "Saran Instansi", "Judul", "Isi", "Lokasi",
    "Kecamatan", "Koordinat",
    "Privasi", "Nama Pelapor", "Nomor Pelapor", "Instansi", "Status Disposisi", "Batas Waktu",
    "Pemegang Disposisi Terlambat", "Tindak Lanjut Pertama (hari kerja)", "Penyelesaian (hari kerja)", "Tepat Waktu",
    "Selesai", "Penilaian",
    "ID Tracking LAPOR")
DISPOSITION_LABELS = {DispositionStatus.OPEN: "Terbuka", DispositionStatus.FINAL: "Selesai",
                      DispositionStatus.RETURNED: "Dikembalikan", DispositionStatus.FORWARDED: "Diteruskan",
                      DispositionStatus.WITHDRAWN: "Ditarik"}
PERFORMANCE_COLUMNS = (
    "Kode", "Instansi", "Masuk", "Selesai", "% Selesai", "Selesai Tepat Waktu", "Selesai Terlambat",
    "Selesai Tanpa Batas Waktu Daerah", "Lewat Batas Sekarang", "% Tepat Waktu", "Median TL Pertama (hari kerja)",
    "Median Penyelesaian (hari kerja)", "Rata-rata Penilaian", "Jumlah Penilaian", "Dikembalikan", "Dibuka Kembali")


def complaint_rows(session: Session, reader: Reader, condition, zone,
                   districts: tuple[District, ...] = (), limit: int = MAX_ROWS, *,
                   region: Region | None = None) -> list[list]:
    """The complaints `condition` selects that `reader` may see, one row each (COMPLAINT_COLUMNS), by number."""
    return complaint_export(session, reader, condition, zone, limit, region=region)[0]


def complaint_export(session: Session, reader: Reader, condition, zone, limit: int = MAX_ROWS, *,
                     region: Region | None = None,
                     holders: Callable[[list[Complaint]], Mapping[int, str]] | None = None,
                     order: tuple = (Complaint.number,)) -> tuple[list[list], list[Complaint]]:
    """As `complaint_rows`, with the complaints the rows show (for the audit log of protected identities), every
    row in memory: a download streams them (`complaint_stream`)."""
    found = session.execute(_export_query(session, reader, condition, limit, order)).all()
    return list(_rows(session, [found], reader, zone, region, holders)), [c for c, _, _ in found]


def complaint_stream(session: Session, reader: Reader, condition, zone, limit: int = MAX_ROWS, *,
                     region: Region | None = None,
                     holders: Callable[[list[Complaint]], Mapping[int, str]] | None = None,
                     order: tuple = (Complaint.number,),
                     progress: Callable[[], None] | None = None) -> Iterator[list]:
    """The rows of `complaint_export`, read from the database CHUNK_ROWS complaints at a time (each chunk's
    dispositions and citizens with it) and built as they are asked for: a download's memory stays flat and its
    first rows leave before the last are read. With `region`, a complaint waiting for verification carries the
    verifier's deadline, as their queue counts it; `holders` writes who holds each complaint's late dispositions,
    as the queue's late row says it (by id); `order`: ORDER BY terms (a queue list's download follows its page:
    `lapor.queue.list_order`), by number else; `progress` is called after each chunk."""
    query = _export_query(session, reader, condition, limit, order).execution_options(yield_per=CHUNK_ROWS)
    yield from _rows(session, session.execute(query).partitions(), reader, zone, region, holders, progress)


def _export_query(session: Session, reader: Reader, condition, limit: int, order: tuple):
    waiting = case((Complaint.status == NEW, verification_since()), else_=None)
    return (select(Complaint, Complaint.district, waiting).where(condition, visible_complaints(reader, session))
            .options(selectinload(Complaint.dispositions).selectinload(Disposition.agency),
                     selectinload(Complaint.citizen))
            .order_by(*order).limit(limit))


def _rows(session: Session, chunks, reader: Reader, zone, region: Region | None, holders,
          progress: Callable[[], None] | None = None) -> Iterator[list]:
    statuses, sources = status_labels(session), source_labels(session)
    for chunk in chunks:
        held = holders([c for c, _, _ in chunk]) if holders is not None else {}
        for complaint, district, since in chunk:
            yield complaint_row(complaint, reader, zone, district, _verification_due(since, region, zone),
                                held.get(complaint.id, ""), statuses, sources)
        if progress is not None:
            progress()


def protected_listed(session: Session, reader: Reader, condition, limit: int = MAX_ROWS,
                     order: tuple = (Complaint.number,)) -> list[Complaint]:
    """The anonim and rahasia complaints whose reporter the reader is shown in the list `complaint_stream` writes
    (the same condition, order and limit), in its order: what a download's audit entry names before its first
    byte leaves."""
    listed = select(Complaint.id).where(condition, visible_complaints(reader, session)).order_by(*order).limit(limit)
    found = session.scalars(select(Complaint).where(Complaint.id.in_(listed), Complaint.privacy.in_(PROTECTED))
                            .order_by(*order))
    return protected_identities(reader, found)


def _verification_due(since: datetime | None, region: Region | None, zone) -> datetime | None:
    """The verifier's deadline of a complaint that came to them at `since` (None: not waiting for them)."""
    if since is None or region is None:
        return None
    if since.tzinfo is None:  # SQLite hands the stored UTC moment back without its zone
        since = since.replace(tzinfo=UTC)
    return _local(region.calendar.due_after(since, verification_days(region)), zone)


def status_labels(session: Session) -> dict[str, str]:
    """Each status as staff read it on every page and list (the catalogue's `bot.messages.STATUS_LABELS`, through
    the session's wording: «Belum ditindaklanjuti»; the SP4N-LAPOR! export keeps LAPOR's own names)."""
    return {status: note(session, f"status_label_{status}") for status in ComplaintStatus}


def source_labels(session: Session) -> dict[str, str]:
    """Each source as the pages name it (the catalogue's `bot.messages.SOURCE_NAMES`, through the session's
    wording: «SP4N-LAPOR!»)."""
    return {source: note(session, f"source_label_{source}") for source in SOURCES}


def complaint_row(complaint: Complaint, reader: Reader, zone, district: str = "",
                  verification_due: datetime | None = None, held: str = "",
                  statuses: Mapping[str, str] | None = None, sources: Mapping[str, str] | None = None) -> list:
    """One complaint as the reader may see it, its dispositions joined in their cells ("DLH: …; PUPR: …"), and
    `held`: who holds its late dispositions; `statuses`: `status_labels`; `sources`: `source_labels`."""
    seen = reporter_seen_by(reader, complaint)
    text = strip_nik(complaint.description)
    if complaint.privacy == "rahasia":
        text = CONFIDENTIAL_MARK + text
    pin = f"{complaint.latitude:.6f}, {complaint.longitude:.6f}" if complaint.latitude is not None else ""
    shown = [d for d in complaint.dispositions if d.status != DispositionStatus.WITHDRAWN]
    return [
        complaint.reference, _local(complaint.created_at, zone), KIND_LABELS.get(complaint.kind, complaint.kind),
        (sources or {}).get(complaint.source, complaint.source),
        (statuses or {}).get(complaint.status, complaint.status),
        verification_due, suggestion_cell(complaint, reader), safe_title(complaint), text,
        strip_nik(complaint.location_text), district, pin,
        (complaint.privacy or "").capitalize(),  # "Biasa", as the pages and every other column write it
        "(anonim)" if seen.withheld else strip_nik(seen.name or ""), national(seen.address or ""),
        "; ".join(d.agency.code for d in shown),
        _each(shown, lambda d: DISPOSITION_LABELS.get(d.status, d.status)),
        # with its time: a deadline ends at a time of day (docs/deadlines.md), and an answer later on its date is late
        _each(shown, lambda d: _local(d.due_at, zone) if d.due_at else None),
        held,
        _each(shown, lambda d: d.first_response_days),
        _each(shown, lambda d: d.completion_days),
        _each(shown, _on_time),
        _local(complaint.finished_at, zone) if complaint.finished_at else None,
        complaint.rating, complaint.lapor_tracking_id or "",
    ]


SUGGESTION_PENDING, NO_SUGGESTION = "Sedang disiapkan", "Tidak ada"


def suggestion_cell(complaint: Complaint, reader: Reader) -> str:
    """The agency suggested first, as the verifier's queue row shows it ("DLH (87%)"), for a complaint waiting for
    verification; "Sedang disiapkan" before the announce pass scored it (an SP4N-LAPOR! import is listed at once,
    its suggestion a pass later). Empty for other complaints and other roles, whose queue shows none."""
    if complaint.status != NEW or reader.role not in VERIFIER_ROLES:
        return ""
    if complaint.announced_at is None and not complaint.routing_suggestions:
        return SUGGESTION_PENDING
    first = shown_suggestions(complaint)[:1]
    if not first:
        return NO_SUGGESTION
    returned = " – dikembalikan instansi ini" if first[0].get("returned") else ""
    return f"{first[0]['code']} ({first[0]['score']:.0%}){returned}"


def _local(moment: datetime, zone) -> datetime:
    return moment.astimezone(zone).replace(tzinfo=None, second=0, microsecond=0)


def _each(dispositions: list[Disposition], value):
    """One disposition: its value as it is (numbers stay numbers); several: "CODE: value" joined by "; " (with
    dates: a `DatedText`, whose CSV form writes them in ISO 8601 as the CSV's date cells are)."""
    if len(dispositions) == 1:
        return value(dispositions[0])
    values = [(d.agency.code, value(d)) for d in dispositions]
    shown = "; ".join(f"{code}: {_text(v)}" for code, v in values)
    if not any(isinstance(v, date) for _, v in values):
        return shown
    return DatedText(shown, "; ".join(f"{code}: {_text(v, CSV_DAY_FORMAT, CSV_DATE_FORMAT)}" for code, v in values))


def _text(value, day_format: str = DAY_FORMAT, moment_format: str = DATE_FORMAT) -> str:
    """A value inside a cell of text, as Indonesian readers write it: a day first (a moment with its time), a
    decimal comma (a dot reads as the thousands separator: «1.5» hari kerja looked like fifteen)."""
    if isinstance(value, datetime):
        return value.strftime(moment_format)
    if isinstance(value, date):
        return value.strftime(day_format)
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return "-" if value is None else str(value)


def _on_time(d: Disposition) -> str | None:
    if d.due_at is None or d.status != DispositionStatus.FINAL or d.closed_at is None:
        return None
    return "Ya" if d.closed_at <= d.due_at else "Tidak"


def performance_rows(report: Report, total_label: str = "Total daerah") -> list[list]:
    """The performance table (PERFORMANCE_COLUMNS): the totals first (the region's, or one agency's for a head:
    `total_label` names them), then each agency."""
    t = report.totals
    rows = [["", total_label, t.received, t.finished, _percent(t.share_finished), t.on_time, t.late, t.no_deadline,
             t.overdue, _percent(t.on_time_share), t.median_first_response, t.median_completion, t.avg_rating,
             t.ratings, t.returned, t.reopened]]
    for r in report.agencies:
        rows.append([r.code, r.name, r.received, r.finished, _percent(r.share_finished), r.on_time, r.late,
                     r.no_deadline, r.overdue, _percent(r.on_time_share), r.median_first_response,
                     r.median_completion, r.avg_rating, r.ratings, r.returned, r.reopened])
    return rows


def _percent(share: float | None) -> float | None:
    return None if share is None else round(share * 100, 1)


def to_bytes(columns, rows: Iterable[list], file_format: str, sheet_title: str = "Laporan") -> bytes:
    """The rows as a downloadable file, whole (`file_pieces`)."""
    return b"".join(file_pieces(columns, rows, file_format, sheet_title))


def file_pieces(columns, rows: Iterable[list], file_format: str, sheet_title: str = "Laporan",
                progress: Callable[[], None] | None = None) -> Iterator[bytes]:
    """The rows as a downloadable file, in pieces as it is written: CSV (UTF-8 with BOM, for Excel; CSV_ID for an
    Excel set to Indonesian), its header first and then CHUNK_ROWS rows a piece as they come; or XLSX, which is
    whole only once every row is read (its column widths come before its first row, and a zip's directory after
    its last), so built first in temporary files (`xlsx_built`: memory stays flat) and then sent FILE_PIECE bytes
    a piece. `progress` is called as the work goes on (a download's heartbeat)."""
    if file_format == XLSX:
        yield from _xlsx_pieces(columns, rows, sheet_title, progress)
        return
    if file_format not in (CSV, CSV_ID):
        raise ValueError(f"unknown format {file_format!r}; use one of {', '.join(FORMATS)}")
    marks = {"delimiter": ";", "decimal": ","} if file_format == CSV_ID else {}
    for number, piece in enumerate(csv_pieces(columns, rows, every=CHUNK_ROWS, **marks)):
        yield (piece if number else "\ufeff" + piece).encode("utf-8")


def _xlsx_pieces(columns, rows: Iterable[list], sheet_title: str, progress) -> Iterator[bytes]:
    with xlsx_built(columns, rows, sheet_title, progress=progress, every=CHUNK_ROWS) as built:
        while piece := built.read(FILE_PIECE):
            yield piece
