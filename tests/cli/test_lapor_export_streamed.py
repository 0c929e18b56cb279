"""`flask lapor export` streams its file as the dashboard's SP4N-LAPOR! export does: the complaints read a chunk at
a time, each row written as it comes, the media links kept on disk until their sheet or file, and the file the
same as the one it built whole in memory before (and, for CSV, as the dashboard's download)."""

from __future__ import annotations

from datetime import timedelta

import openpyxl
import pytest

from bot.messages import MEDIA_KIND_NAMES
from lapor import exports
from lapor.bridge import manual
from media.links import complaint_links
from scheduler.jobs import fetch_media
from services import services
from tests.conftest import run_cli
from tests.parties import ROAD, WASTE, file, make_people
from tests.web.conftest import VERIFIER, logged_in


@pytest.fixture
def exported(world, svc):
    """Five complaints: plain ones with a stored photo, an anonymous one, a confidential one, one forwarded to DLH."""
    people = make_people(world)
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    file(people["citizen2"], description="NIK saya 3527012345678901, jalan desa berlubang besar", privacy="3")
    file(people["citizen"], description=ROAD, privacy="2", photo=False)
    file(people["citizen2"], description="=== Lampu jalan mati === di depan balai desa sudah seminggu")
    file(people["citizen"], description="Saluran air tersumbat sampah di Jl. Melati, banjir tiap hujan deras")
    assert fetch_media(svc, svc.clock()).startswith("stored=")
    return world


def built_whole(app, file_format: str, path):
    """The export as the command built it before: every complaint, row and link in lists, then the files."""
    svc, config = services(app), app.config
    zone, lifetime = svc.zone, timedelta(days=config["MEDIA_EXPORT_LINK_DAYS"])
    with app.app_context(), svc.session_factory() as session:
        complaints = manual.exportable(session, manual.datetime(2000, 1, 1, tzinfo=zone))
        rows = [manual.export_row(complaint, zone) for complaint in complaints]
        links = [[c.reference, MEDIA_KIND_NAMES[kind], link] for c in complaints
                 for kind, link in complaint_links(session, config, c, svc.clock(), lifetime, None)]
    if file_format == "xlsx":
        manual.write_xlsx(manual.EXPORT_COLUMNS, rows, path, attachments=links)
        return
    path.write_bytes(exports.to_bytes(manual.EXPORT_COLUMNS, rows, "csv"))
    if links:
        path.with_name(f"{path.stem}-lampiran.csv").write_bytes(exports.to_bytes(manual.ATTACHMENT_COLUMNS, links,
                                                                                 "csv"))


def workbook(path) -> dict:
    """Every sheet of an XLSX as a reader sees it: cells with their looks, widths, filter, frozen header."""
    book = openpyxl.load_workbook(path)
    return {sheet.title: {"freeze": sheet.freeze_panes, "filter": sheet.auto_filter.ref,
                          "widths": {k: v.width for k, v in sheet.column_dimensions.items()},
                          "cells": [[(c.value, c.number_format, c.font.bold, c.alignment.wrap_text, c.quotePrefix)
                                     for c in row] for row in sheet.iter_rows()]} for sheet in book.worksheets}


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_the_streamed_export_is_the_file_it_built_whole(exported, tmp_path, monkeypatch, file_format):
    monkeypatch.setattr(exports, "CHUNK_ROWS", 2)  # two complaints read at a time
    before, now = tmp_path / "before", tmp_path / "now"
    before.mkdir(), now.mkdir()
    built_whole(exported, file_format, before / f"lapor.{file_format}")
    result = run_cli(exported, "lapor", "export", "-o", str(now / f"lapor.{file_format}"))
    assert result.exit_code == 0, result.output
    assert "Exported 5 complaint(s)" in result.output and "anonim, identity left out: 1" in result.output
    assert "rahasia, marked: 1" in result.output and "4 media link(s)" in result.output
    assert sorted(p.name for p in now.iterdir()) == sorted(p.name for p in before.iterdir()), "no part left"
    for written in before.iterdir():
        if file_format == "xlsx":
            assert workbook(now / written.name) == workbook(written)
            assert set(workbook(written)) == {"Laporan", "Lampiran"}
        else:
            assert (now / written.name).read_bytes() == written.read_bytes(), written.name


def test_the_commands_csv_is_the_dashboards_download_byte_for_byte(exported, tmp_path):
    assert run_cli(exported, "lapor", "export", "-o", str(tmp_path / "lapor.csv")).exit_code == 0
    downloaded = logged_in(exported, VERIFIER).get("/kinerja/lapor-ekspor.csv").get_data()
    assert (tmp_path / "lapor.csv").read_bytes() == downloaded


def test_the_command_reads_the_complaints_a_chunk_at_a_time(exported, tmp_path, monkeypatch):
    """The whole list (`exportable`) is not read; rows are built as the file takes them: when the file holds its
    first row, the last complaint has not been read yet."""
    monkeypatch.setattr(exports, "CHUNK_ROWS", 2)
    built, original, pieces = [], manual.export_row, manual.csv_pieces
    monkeypatch.setattr(manual, "export_row", lambda complaint, zone: built.append(complaint.reference)
                        or original(complaint, zone))

    def written(columns, rows, **options):  # a piece a row, each noted as the file takes it
        for piece in pieces(columns, rows, **{**options, "every": 1}):
            built.append("written")
            yield piece

    monkeypatch.setattr(manual, "csv_pieces", written)
    assert run_cli(exported, "lapor", "export", "-o", str(tmp_path / "lapor.csv")).exit_code == 0
    assert [b for b in built if b != "written"] == [f"LPR-{n}" for n in range(1, 6)]
    # the review of session 28: the test read only the order built, which a list built whole before writing keeps
    assert built.index("LPR-5") > built.index("written", built.index("LPR-1")), built


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_a_failed_export_leaves_an_earlier_file_as_it_was(exported, tmp_path, monkeypatch, file_format):
    """A file is written beside its name and put in its place once whole: an export stopped halfway (the database
    gone, a full disk) left half a file over the one the admin had."""
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / f"lapor.{file_format}"
    out.write_bytes(b"the file of last week")

    def broken(complaint, zone):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(manual, "export_row", broken)
    result = run_cli(exported, "lapor", "export", "-o", str(out))
    assert result.exit_code == 1 and "nothing was exported" in result.output, result.output
    assert out.read_bytes() == b"the file of last week"
    assert [p.name for p in out.parent.iterdir()] == [out.name]



def _with_media(app, count: int) -> None:
    """`count` complaints, each with a stored photo at filing and one with a follow-up (stored straight in the
    database: the chat's walk is not what is measured)."""
    from models import ComplaintMedia, MediaItem, TimelineEntry
    from models.vocab import Event, MediaStatus
    from tests import page_factories as make

    svc = services(app)
    with svc.session_factory.begin() as session:
        for n in range(count):
            complaint = make.complaint(session, svc.clock(), region=svc.region)
            urls = [f"https://api.twilio.com/m/{n}/filed", f"https://api.twilio.com/m/{n}/answer"]
            complaint.media.append(ComplaintMedia(url=urls[0], content_type="image/jpeg"))
            complaint.timeline.append(TimelineEntry(at=svc.clock(), event=Event.FOLLOW_UP, text="Sudah dicek",
                                                    media=[{"url": urls[1], "content_type": "image/jpeg"}]))
            session.add_all(MediaItem(source_url=url, declared_type="image/jpeg", content_type="image/jpeg",
                                      status=MediaStatus.STORED, sha256=f"{n:032x}{i:032x}", stored_at=svc.clock())
                            for i, url in enumerate(urls))


def _media_queries(app, *args) -> tuple[int, object]:
    """The statements on media items the command runs, and its result."""
    from sqlalchemy import event

    engine, seen = services(app).engine, []

    def note(conn, cursor, statement, parameters, context, executemany):
        if "media_items" in statement:
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", note)
    try:
        result = run_cli(app, "lapor", "export", *args)
    finally:
        event.remove(engine, "before_cursor_execute", note)
    return len(seen), result


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_the_media_links_are_read_a_chunk_at_a_time_the_same_file_out(world, tmp_path, monkeypatch, file_format):
    """One query for the media of a chunk of complaints, not one a complaint (staff20: 20 complaints, 20 queries)."""
    _with_media(world, 20)
    before, now = tmp_path / "before", tmp_path / "now"
    before.mkdir(), now.mkdir()
    built_whole(world, file_format, before / f"lapor.{file_format}")
    queries, result = _media_queries(world, "-o", str(now / f"lapor.{file_format}"))
    assert result.exit_code == 0 and "40 media link(s)" in result.output, result.output
    assert queries == 1
    for written in before.iterdir():
        if file_format == "xlsx":
            assert workbook(now / written.name) == workbook(written)
        else:
            assert (now / written.name).read_bytes() == written.read_bytes(), written.name
    monkeypatch.setattr(exports, "CHUNK_ROWS", 6)
    assert _media_queries(world, "-o", str(tmp_path / f"again.{file_format}"))[0] == 4  # chunks of 6, 6, 6, 2
