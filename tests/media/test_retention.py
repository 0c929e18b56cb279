"""Media kept as long as the region says: retention of closed complaints, erasure on request (UU PDP 27/2022),
and signed links in the SP4N-LAPOR! export."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from lapor.region import Region
from models import Complaint, MediaItem, TimelineEntry
from scheduler.jobs import expire_media, fetch_media
from tests.parties import PHOTO, Citizen

OTHER_PHOTO = {**PHOTO, "MediaUrl0": PHOTO["MediaUrl0"].replace("ME1", "ME2")}


@pytest.fixture
def filed(app, svc):
    """LPR-1 filed with a photo, fetched and stored."""
    Citizen(app).file(photo=PHOTO)
    assert fetch_media(svc, svc.clock()).startswith("stored=1")
    return app


def stored_files(app) -> list:
    root = app.extensions["penghubung"].media_storage.root
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def close(svc, number: int, when) -> None:
    with svc.session_factory.begin() as session:
        complaint = session.scalars(select(Complaint).where(Complaint.number == number)).one()
        complaint.status, complaint.finished_at, complaint.closed_at = "selesai", when, when


def events(svc, event: str) -> list[TimelineEntry]:
    with svc.session_factory() as session:
        return session.scalars(select(TimelineEntry).where(TimelineEntry.event == event)).all()


def test_by_default_media_is_kept_as_long_as_the_complaint(filed, svc, clock):
    close(svc, 1, clock.now - timedelta(days=3650))
    assert expire_media(svc, clock.now) == "purged=0" and len(stored_files(filed)) == 2


def test_a_regions_retention_deletes_closed_complaints_media_once_and_records_it(filed, svc, clock):
    svc.region = Region(replace(svc.region.settings, media_retention_days=30), svc.region.calendar)
    close(svc, 1, clock.now - timedelta(days=29))
    assert expire_media(svc, clock.now) == "purged=0"
    clock.advance(days=2)
    assert expire_media(svc, clock.now) == "purged=1"
    assert stored_files(filed) == []
    with svc.session_factory() as session:
        item = session.scalars(select(MediaItem)).one()
    assert item.status == "purged" and item.purged_at == clock.now and item.sha256 is None
    (entry,) = events(svc, "media_kedaluwarsa")
    assert not entry.public and "30 hari" in entry.text
    assert expire_media(svc, clock.advance(days=1)) == "purged=0" and len(events(svc, "media_kedaluwarsa")) == 1


def test_erasure_request_purges_one_complaints_media_and_keeps_a_shared_file(filed, app, svc):
    Citizen(app, "+6281298765432").file(photo=OTHER_PHOTO)  # the same picture (the media host's photo) again
    fetch_media(svc, svc.clock())
    runner = app.test_cli_runner()
    result = runner.invoke(args=["media", "purge", "--complaint", "lpr-1"])
    assert result.exit_code == 0 and "1 media file(s) purged" in result.output
    assert len(stored_files(app)) == 2  # LPR-2 still has the same bytes
    (entry,) = events(svc, "media_dihapus")
    assert "UU PDP" in entry.text and not entry.public
    assert runner.invoke(args=["media", "purge", "--complaint", "LPR-2"]).exit_code == 0
    assert stored_files(app) == []
    assert "0 media file(s)" in runner.invoke(args=["media", "purge", "--complaint", "LPR-2"]).output


@pytest.mark.parametrize("reference", ["LPR-99", "sampah", ""])
def test_purge_of_an_unknown_complaint_says_so(filed, app, reference):
    result = app.test_cli_runner().invoke(args=["media", "purge", "--complaint", reference])
    assert result.exit_code != 0 and "Traceback" not in result.output and len(stored_files(app)) == 2


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_the_lapor_export_lists_signed_links_valid_for_the_exports_lifetime(filed, app, svc, clock, tmp_path,
                                                                           file_format):
    app.config["MEDIA_EXPORT_LINK_DAYS"] = 14
    out = tmp_path / f"export.{file_format}"
    result = app.test_cli_runner().invoke(args=["lapor", "export", "-o", str(out)])
    assert result.exit_code == 0 and "1 media link(s)" in result.output and "14 days" in result.output
    if file_format == "csv":
        with (tmp_path / "export-lampiran.csv").open(encoding="utf-8-sig") as handle:
            (row,) = list(csv.DictReader(handle))
        reference, link = row["Referensi"], row["Tautan"]
        assert "Lampiran" not in out.read_text(encoding="utf-8-sig")  # the form's table keeps its columns
    else:
        from openpyxl import load_workbook

        workbook = load_workbook(out)
        assert workbook.sheetnames == ["Laporan", "Lampiran"]
        (_, (reference, kind, link)) = list(workbook["Lampiran"].iter_rows(values_only=True))
        assert kind == "foto"
    assert reference == "LPR-1"
    parts = urlsplit(link)
    client = app.test_client()
    clock.advance(days=13, hours=23)
    assert client.get(f"{parts.path}?{parts.query}").status_code == 200
    clock.advance(hours=1)
    assert client.get(f"{parts.path}?{parts.query}").status_code == 403


def status_of(svc, url: str) -> str:
    with svc.session_factory() as session:
        return session.scalars(select(MediaItem.status).where(MediaItem.source_url == url)).one()


@pytest.mark.parametrize("cancel", ["BATAL", "ga jadi lapor"])
def test_a_cancelled_drafts_stored_photo_is_deleted_two_days_later(app, svc, clock, cancel):
    """Fetched before the citizen cancelled: nothing refers to it, so it goes after the grace period; unless
    another item (a complaint's) shares its bytes, the file goes too."""
    citizen = Citizen(app)
    citizen.says("1")
    citizen.says("1")
    citizen.says("Sampah menumpuk di depan pasar sudah seminggu", **PHOTO)
    assert fetch_media(svc, clock.now).startswith("stored=1")
    citizen.says(cancel)
    clock.advance(days=1)
    assert expire_media(svc, clock.now) == "purged=0" and len(stored_files(app)) == 2
    clock.advance(days=1, minutes=1)
    assert expire_media(svc, clock.now) == "purged=0 unused=1"
    assert stored_files(app) == [] and status_of(svc, PHOTO["MediaUrl0"]) == "purged"
    assert expire_media(svc, clock.advance(days=1)) == "purged=0"


def test_media_a_complaint_or_a_live_conversation_holds_is_kept(filed, app, svc, clock):
    other = Citizen(app, "+6281298765432")
    other.says("1")
    other.says("1")
    other.says("Lampu jalan mati di gang mawar", **OTHER_PHOTO)  # the same bytes as LPR-1's photo
    fetch_media(svc, clock.now)
    clock.advance(days=3)
    other.says("Sudah tiga hari lampunya mati")  # the stale draft is dropped: its photo is unused
    assert expire_media(svc, clock.now) == "purged=0 unused=1"
    assert len(stored_files(app)) == 2, "LPR-1's photo shares the file"
    assert status_of(svc, PHOTO["MediaUrl0"]) == "stored" and status_of(svc, OTHER_PHOTO["MediaUrl0"]) == "purged"
    third = {**PHOTO, "MediaUrl0": PHOTO["MediaUrl0"].replace("ME1", "ME3")}
    other.says("1")
    other.says("1")
    other.says("Got mampet di jalan melati", **third)
    fetch_media(svc, clock.now)
    clock.advance(days=3)
    with svc.session_factory.begin() as session:  # a draft still being written (touched every hour), days later
        from models import Conversation

        for conversation in session.scalars(select(Conversation)):
            conversation.updated_at = clock.now - timedelta(minutes=30)
    assert expire_media(svc, clock.now) == "purged=0" and status_of(svc, third["MediaUrl0"]) == "stored"
