"""A list's download leaves as it is written: its first bytes at once, the database read a chunk of rows at a time
in one snapshot, memory flat (a 100,000-row file was built whole in memory before its first byte); the bytes are
those of the file built whole, the audit entry is written before the first byte, and a failed or abandoned
download leaves no temporary file behind. The pace: bench/export_bench.py."""

from __future__ import annotations

import csv
import io
import runpy
import zipfile
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pytest
from sqlalchemy import select

from lapor import exports
from models import Agency, AuditEntry, Complaint, Contact, Disposition
from models.db import hand_back_kept_connection
from tests.web.conftest import DLH_1, SUPERVISOR, VERIFIER
from web import streaming

PRIVACIES = ("biasa", "anonim", "rahasia")
COUNT = 7


@pytest.fixture
def listed(app, world, svc, clock):
    """Seven complaints to DLH, their privacy in turn biasa, anonim, rahasia (LPR-2 and LPR-5 anonim), reported by
    Siti Aminah of 0812-3456-7890."""
    with svc.session_factory.begin() as session:
        dlh = session.scalars(select(Agency).where(Agency.code == "DLH")).one()
        citizen = Contact(phone="+6281234567890", profile_name="Siti Aminah")
        for number in range(1, COUNT + 1):
            session.add(Complaint(number=number, citizen=citizen, kind="pengaduan", title=f"Sampah {number}",
                                  description=f"Sampah menumpuk di pasar {number}",
                                  privacy=PRIVACIES[(number - 1) % 3], status="belum_ditindaklanjuti",
                                  reporter_name="Siti Aminah", created_at=clock.advance(minutes=1),
                                  updated_at=clock.now, dispositions=[Disposition(agency=dlh, created_at=clock.now)]))
    hand_back_kept_connection()  # the webhook's, kept between messages: the pool's count is then the downloads' own
    return app


@pytest.fixture
def small_chunks(monkeypatch):
    """Two rows read from the database at a time, and files sent in pieces of 4 KiB."""
    monkeypatch.setattr(exports, "CHUNK_ROWS", 2)
    monkeypatch.setattr(exports, "FILE_PIECE", 4096)


@pytest.fixture
def rows_written(monkeypatch):
    """The references of the rows built so far (the database read a chunk at a time, each row built as it comes)."""
    built = []
    original = exports.complaint_row

    def counted(complaint, *args, **kwargs):
        built.append(complaint.reference)
        return original(complaint, *args, **kwargs)

    monkeypatch.setattr(exports, "complaint_row", counted)
    return built


@pytest.fixture
def own_temp(monkeypatch, tmp_path):
    """A temporary folder of the test's own, to see what a download leaves in it."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(folder))
    return folder


def entries(svc, action: str = "ekspor") -> list[AuditEntry]:
    with svc.session_factory() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


@pytest.mark.parametrize("file_format", ["csv", "id.csv"])
def test_a_lists_csv_leaves_its_header_before_the_database_is_read_through(listed, login_as, small_chunks,
                                                                           rows_written, file_format):
    response = login_as(VERIFIER).get(f"/unduh/antrean.{file_format}?view=semua", buffered=False)
    assert response.is_streamed and response.status_code == 200
    assert "Content-Length" not in response.headers and response.headers["Cache-Control"] == "no-store"
    pieces = response.response
    first = next(pieces)
    assert first.startswith("\ufeffReferensi".encode()) and b"LPR-" not in first, "the header alone, at once"
    assert rows_written == [], "no row built before the header left"
    second = next(pieces)
    assert len(rows_written) <= 2, f"a chunk of rows at a time, not the whole list: {rows_written}"
    rest = b"".join(pieces)
    response.close()
    text = (first + second + rest).decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(text), delimiter=";" if file_format == "id.csv" else ","))
    assert [line[0] for line in lines[1:]] == [f"LPR-{n}" for n in range(COUNT, 0, -1)], "newest first, as listed"


@pytest.mark.parametrize("file_format", exports.FORMATS)
@pytest.mark.parametrize("phone", [VERIFIER, SUPERVISOR, DLH_1])
def test_a_streamed_file_holds_exactly_what_the_whole_file_held(listed, login_as, small_chunks, phone,
                                                               file_format, svc, clock):
    """The same bytes (CSV) or the same sheet (XLSX: cells, styles, widths, filter, frozen header) as the file built
    whole from every row first (`exports.complaint_export` and `exports.to_bytes`, what the page sent before)."""
    client = login_as(phone)
    streamed = client.get(f"/unduh/antrean.{file_format}?view=semua").get_data()
    with svc.session_factory() as session:
        reader = session.scalars(select(Contact).where(Contact.phone == phone)).one()
        condition = Complaint.id.is_not(None)
        rows, _ = exports.complaint_export(session, reader, condition, svc.region.calendar.zone, region=svc.region,
                                           order=(Complaint.created_at.desc(), Complaint.id.desc()))
        sheet = f"Antrean {clock.now.astimezone(svc.region.calendar.zone):%d.%m.%Y %H.%M}"
        whole = exports.to_bytes(exports.COMPLAINT_COLUMNS, rows, file_format, sheet)
    if file_format != exports.XLSX:
        assert streamed == whole
        return
    assert sheet_of(streamed) == sheet_of(whole)


def sheet_of(data: bytes) -> dict:
    """What a reader of the XLSX sees: each cell's value and look, the widths, the filter, the frozen header."""
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book.active
    return {"title": sheet.title, "freeze": sheet.freeze_panes, "filter": sheet.auto_filter.ref,
            "widths": {k: v.width for k, v in sheet.column_dimensions.items()},
            "cells": [[(c.value, c.number_format, c.font.bold, c.alignment.wrap_text, c.quotePrefix) for c in row]
                      for row in sheet.iter_rows()]}


@pytest.mark.parametrize("file_format", exports.FORMATS)
def test_an_anonymous_reporter_is_in_no_file_but_a_verifiers(listed, login_as, file_format):
    for phone in (SUPERVISOR, DLH_1, VERIFIER):
        data = login_as(phone).get(f"/unduh/antrean.{file_format}?view=semua").get_data()
        text = data.decode("utf-8-sig") if file_format != exports.XLSX else "".join(
            zipfile.ZipFile(io.BytesIO(data)).read(name).decode() for name in zipfile.ZipFile(io.BytesIO(data))
            .namelist() if name.endswith(".xml"))
        rows = text.count("(anonim)")
        if phone == VERIFIER:
            assert rows == 0 and "0812-3456-7890" in text
        else:
            assert rows == 2 and "0812-3456-7890" not in text and "3456" not in text, phone
            assert text.count("Siti Aminah") == 5, "the name of the biasa and rahasia complaints' reporter only"


@pytest.mark.parametrize("file_format", exports.FORMATS)
def test_the_download_is_logged_before_its_first_byte(listed, login_as, small_chunks, svc, file_format):
    response = login_as(VERIFIER).get(f"/unduh/antrean.{file_format}?view=semua", buffered=False)
    next(response.response)
    [entry] = entries(svc)
    assert entry.detail["count"] == 4 and entry.detail["references"] == ["LPR-6", "LPR-5", "LPR-3", "LPR-2"]
    response.close()
    assert len(entries(svc)) == 1


@pytest.mark.parametrize("file_format", exports.FORMATS)
@pytest.mark.parametrize("where", ["row", "sheet"])
def test_a_failed_download_leaves_no_temporary_file(listed, login_as, small_chunks, own_temp, monkeypatch,
                                                    file_format, where):
    """A row that cannot be built halfway (the database gone), or the sheet failing as it is written: the
    download stops, and nothing of it stays in the temporary folder (an XLSX spools its rows and its sheet there)."""
    if where == "row":
        original = exports.complaint_row

        def failing(complaint, *args, **kwargs):
            if complaint.number == 3:
                raise RuntimeError("the database went away")
            return original(complaint, *args, **kwargs)
        monkeypatch.setattr(exports, "complaint_row", failing)
    else:
        from lapor.bridge import manual

        original_write = manual._XlsxCells.write

        def failing_write(self, row, column, value):
            if value == "LPR-2":
                raise RuntimeError("the disk is full")
            return original_write(self, row, column, value)
        monkeypatch.setattr(manual._XlsxCells, "write", failing_write)
    client = login_as(VERIFIER)

    def download():
        response = client.get(f"/unduh/antrean.{file_format}?view=semua", buffered=False)  # (its first piece read)
        try:
            return b"".join(response.response)
        finally:
            response.close()
    if where == "sheet" and file_format != exports.XLSX:
        download()
    else:
        with pytest.raises(RuntimeError):
            download()
    assert list(own_temp.iterdir()) == []


@pytest.mark.parametrize("file_format", exports.FORMATS)
def test_a_download_given_up_halfway_leaves_nothing_open(listed, login_as, small_chunks, own_temp, svc,
                                                         file_format):
    """The browser closes the connection after the first piece: the rest is never built, the temporary files are
    gone and the snapshot's connection goes back to the pool."""
    response = login_as(SUPERVISOR).get(f"/unduh/antrean.{file_format}?view=semua", buffered=False)
    next(response.response)
    response.close()
    assert list(own_temp.iterdir()) == []
    assert svc.engine.pool.checkedout() == 0


def test_a_long_download_tells_gunicorn_its_worker_is_alive(listed, login_as, small_chunks, monkeypatch):
    """gunicorn's sync worker is killed when silent past its timeout (30 s) even while it sends a response; a
    download at work says it is alive between its chunks (gunicorn.conf.py gives each worker's heartbeat)."""
    beats = []
    monkeypatch.setattr(streaming, "_heartbeat", lambda: beats.append(1))
    monkeypatch.setattr(streaming, "_last", 0.0)
    monkeypatch.setattr(streaming, "EVERY_SECONDS", 0.0)
    for file_format in exports.FORMATS:
        beats.clear()
        login_as(VERIFIER).get(f"/unduh/antrean.{file_format}?view=semua").get_data()
        assert len(beats) >= COUNT // 2, (file_format, beats)


def test_gunicorns_workers_give_the_app_their_heartbeat(monkeypatch):
    monkeypatch.setattr(streaming, "_heartbeat", None)
    notified = []
    worker = SimpleNamespace(notify=lambda: notified.append(1))
    runpy.run_path(str(Path(__file__).resolve().parents[2] / "gunicorn.conf.py"))["post_worker_init"](worker)
    monkeypatch.setattr(streaming, "_last", 0.0)
    streaming.alive()
    assert notified == [1]
    streaming.alive()
    assert notified == [1], "at most once a second"


def test_a_download_reads_one_snapshot_while_others_write(listed, login_as, small_chunks, svc, clock):
    """On PostgreSQL the rows come from one REPEATABLE READ snapshot, taken by the audit entry's query before the
    first byte: a complaint filed and another changed while the file is being sent are not half in it; and the
    download's reading does not keep the others' writes waiting."""
    if svc.engine.dialect.name != "postgresql":
        pytest.skip("SQLite's transaction holds the write lock while the rows are read (development only)")
    response = login_as(SUPERVISOR).get("/unduh/antrean.csv?view=semua", buffered=False)
    first = next(response.response)
    with svc.session_factory.begin() as session:
        dlh = session.scalars(select(Agency).where(Agency.code == "DLH")).one()
        session.add(Complaint(number=99, citizen=session.scalars(select(Contact).where(
            Contact.phone == "+6281234567890")).one(), kind="pengaduan", title="Baru", description="Sampah baru",
            privacy="biasa", status="belum_ditindaklanjuti", created_at=clock.advance(minutes=1),
            updated_at=clock.now, dispositions=[Disposition(agency=dlh, created_at=clock.now)]))
        session.scalars(select(Complaint).where(Complaint.number == 1)).one().description = "Diubah sesudahnya"
    text = (first + b"".join(response.response)).decode("utf-8-sig")
    response.close()
    assert "LPR-99" not in text and "Diubah sesudahnya" not in text and "pasar 1," in text
    assert text.count("\r\nLPR-") == COUNT


# The SP4N-LAPOR! export (`/kinerja/lapor-ekspor.*`, verifiers): streamed as the lists are.

@pytest.fixture
def lapor_rows_written(monkeypatch):
    """The references of the SP4N-LAPOR! export's rows built so far."""
    from lapor.bridge import manual

    built = []
    original = manual.export_row

    def counted(complaint, *args, **kwargs):
        built.append(complaint.reference)
        return original(complaint, *args, **kwargs)

    monkeypatch.setattr(manual, "export_row", counted)
    return built


def lapor_file_whole(svc, file_format: str) -> bytes:
    """The SP4N-LAPOR! export as the page built it before: every complaint and row in memory, then the file."""
    from lapor.bridge.manual import EXPORT_COLUMNS, export_row, exportable
    from web.performance import _lapor_since

    with svc.session_factory() as session:
        zone = svc.region.calendar.zone
        rows = [export_row(complaint, zone) for complaint in exportable(session, _lapor_since(svc))]
        return exports.to_bytes(EXPORT_COLUMNS, rows, file_format)


@pytest.mark.parametrize("file_format", exports.FORMATS)
def test_the_lapor_export_is_streamed_and_holds_exactly_what_it_held(listed, login_as, small_chunks, svc,
                                                                     lapor_rows_written, file_format):
    """It was built whole in memory (every complaint not yet in SP4N-LAPOR!, since the first) before its first
    byte: a CSV's header now leaves before any row is built, the complaints are read a chunk at a time, and the
    file is the same, byte for byte (CSV) or cell for cell (XLSX)."""
    response = login_as(VERIFIER).get(f"/kinerja/lapor-ekspor.{file_format}", buffered=False)
    assert response.is_streamed and response.status_code == 200 and "Content-Length" not in response.headers
    assert response.headers["Cache-Control"] == "no-store"
    pieces = response.response
    first = next(pieces)
    if file_format != exports.XLSX:
        assert first.startswith("\ufeffReferensi".encode()) and b"LPR-" not in first, "the header alone, at once"
        assert lapor_rows_written == []
        second = next(pieces)
        assert len(lapor_rows_written) <= 2, f"a chunk of rows at a time: {lapor_rows_written}"
        first += second
    streamed = first + b"".join(pieces)
    response.close()
    assert lapor_rows_written == [f"LPR-{n}" for n in range(1, COUNT + 1)], "oldest first, each once"
    whole = lapor_file_whole(svc, file_format)
    if file_format == exports.XLSX:
        assert sheet_of(streamed) == sheet_of(whole)
    else:
        assert streamed == whole


def test_the_lapor_export_is_logged_before_its_first_byte(listed, login_as, small_chunks, svc):
    """The rahasia reporters it names are logged (an anonim one's identity is left out of it) before the first
    byte leaves; once."""
    response = login_as(VERIFIER).get("/kinerja/lapor-ekspor.csv", buffered=False)
    next(response.response)
    [entry] = entries(svc)
    assert entry.detail["count"] == 2 and entry.detail["references"] == ["LPR-3", "LPR-6"]
    assert entry.detail["file"].startswith("lapor-export-")
    b"".join(response.response)
    response.close()
    assert len(entries(svc)) == 1


@pytest.mark.parametrize("file_format", exports.FORMATS)
def test_the_lapor_export_given_up_or_failing_halfway_leaves_nothing_open(listed, login_as, small_chunks, own_temp,
                                                                          svc, monkeypatch, file_format):
    client = login_as(VERIFIER)
    response = client.get(f"/kinerja/lapor-ekspor.{file_format}", buffered=False)
    next(response.response)
    response.close()
    assert list(own_temp.iterdir()) == [] and svc.engine.pool.checkedout() == 0
    from lapor.bridge import manual

    original = manual.export_row

    def failing(complaint, *args, **kwargs):
        if complaint.number == 3:
            raise RuntimeError("the database went away")
        return original(complaint, *args, **kwargs)
    monkeypatch.setattr(manual, "export_row", failing)
    with pytest.raises(RuntimeError):  # (an XLSX's first piece is read as the response starts)
        response = client.get(f"/kinerja/lapor-ekspor.{file_format}", buffered=False)
        try:
            b"".join(response.response)
        finally:
            response.close()
    assert list(own_temp.iterdir()) == [] and svc.engine.pool.checkedout() == 0


def test_the_lapor_export_reads_one_snapshot_while_others_write(listed, login_as, small_chunks, svc, clock):
    if svc.engine.dialect.name != "postgresql":
        pytest.skip("SQLite's transaction holds the write lock while the rows are read (development only)")
    response = login_as(VERIFIER).get("/kinerja/lapor-ekspor.csv", buffered=False)
    first = next(response.response)
    with svc.session_factory.begin() as session:
        session.scalars(select(Complaint).where(Complaint.number == 1)).one().lapor_tracking_id = "LAPOR-1"
        session.scalars(select(Complaint).where(Complaint.number == 7)).one().description = "Diubah sesudahnya"
    text = (first + b"".join(response.response)).decode("utf-8-sig")
    response.close()
    assert text.count("\r\nLPR-") == COUNT and "Diubah sesudahnya" not in text
