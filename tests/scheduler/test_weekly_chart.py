"""The supervisors' weekly summary carries one chart (on-time share per agency, worst first) as a PNG the service
serves by a signed, expiring link; the summary's text is the same as without it."""

from __future__ import annotations

import io
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from PIL import Image
from sqlalchemy import select

from bot.digests import digest_text
from models import Disposition, MediaItem
from scheduler.jobs import run_all
from services import services
from tests.conftest import app_through_twilio
from tests.parties import SUPERVISOR, file, make_people

JAKARTA = ZoneInfo("Asia/Jakarta")
BASE = "http://localhost"
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@pytest.fixture
def fake(media_fake):
    return media_fake


@pytest.fixture
def app(make_app, fake):
    return app_through_twilio(make_app, fake, TWILIO_API_BASE_URL=fake.base_url, MEDIA_LINK_SECONDS=3600)


def at(day, hour=10):
    return datetime(2026, 8, day, hour, tzinfo=JAKARTA)


def test_weekly_summary_carries_the_chart_by_a_signed_expiring_link(app, world, fake, clock):
    people = make_people(world)
    clock.now = at(19)  # Wednesday
    for _ in range(3):
        file(people["citizen"], photo=False)
    for command in ("TERUSKAN LPR-1 DLH", "TERUSKAN LPR-2 PUPR", "TERUSKAN LPR-3 DINKES"):
        people["verifier"].says(command)
    clock.now = at(20)
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut")  # DLH on time
    with services(app).session_factory.begin() as session:     # PUPR's deadline passed (set back by hand)
        session.scalars(select(Disposition).where(Disposition.complaint_id == 2)).one().due_at = at(21)
    clock.now = at(24, 8)                                         # Monday: daily digest and weekly summary
    run_all(services(app), clock.now)
    to_supervisor = [m for m in fake.messages if m["to"] == f"whatsapp:{SUPERVISOR}"]
    weekly = [m for m in to_supervisor if m["body"].startswith("Rekap harian & mingguan daerah")]
    assert len(weekly) == 1 and len(to_supervisor) == 1  # the daily digest and the week's: one message
    (link,) = weekly[0]["media_urls"]
    with services(app).session_factory() as session:
        assert weekly[0]["body"] == digest_text(session, services(app).region, clock.now, None, with_week=True)
        [item] = session.scalars(select(MediaItem).where(MediaItem.source_url.like("chart:%"))).all()
        assert item.source_url == "chart:weekly:2026-W35"
    parts = urlsplit(link)
    assert link.startswith(BASE + f"/media/{item.id}?t=") and len(parts.query) > 40
    response = app.test_client().get(f"{parts.path}?{parts.query}")
    assert response.status_code == 200 and response.mimetype == "image/png"
    image = Image.open(io.BytesIO(response.data))
    assert image.width == 1080
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "weekly-chart.png").write_bytes(response.data)
    assert app.test_client().get(f"{parts.path}?t=x{parts.query[3:]}").status_code == 403  # guessed: refused
    clock.now += timedelta(hours=2)                                                       # past its lifetime
    assert app.test_client().get(f"{parts.path}?{parts.query}").status_code == 403


def test_chart_is_worst_first_and_says_when_there_is_nothing(app, world, clock):
    from bot.digests import weekly_chart

    people = make_people(world)
    svc = services(app)
    clock.now = at(24, 8)
    with svc.session_factory() as session:
        empty = weekly_chart(session, svc.region, clock.now)
    assert empty.bars == () and empty.empty_text.startswith("Belum ada")
    clock.now = at(19)
    for _ in range(3):
        file(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["verifier"].says("TERUSKAN LPR-2 PUPR")
    people["verifier"].says("TERUSKAN LPR-3 DLH")
    clock.now = at(20)
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut")
    with svc.session_factory.begin() as session:  # PUPR's and DLH's second deadlines passed (set back by hand)
        for disposition in session.scalars(select(Disposition).where(Disposition.status == "open")):
            disposition.due_at = at(21).astimezone(JAKARTA)
    clock.now = at(24, 8)
    with svc.session_factory() as session:
        chart = weekly_chart(session, svc.region, clock.now)
    assert chart.labels == ["PUPR", "DLH"]
    assert [bar.text for bar in chart.bars] == ["0% (0/1)", "50% (1/2)"]
    assert chart.title == "Tepat waktu per instansi · 18 Agu 2026–23 Agu 2026"  # 17 August was a holiday


def test_a_full_media_disk_sends_the_weekly_summary_without_its_chart(app, world, fake, clock, monkeypatch):
    # The chart's write failed the whole digest job: no supervisor had a digest until the disk had room again.
    import errno

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    from tests import factories

    make_people(world)
    svc = services(app)
    with svc.session_factory.begin() as session:  # a complaint waiting for the verifier: the digest has news
        factories.complaint(session, at(19), svc.region)
    clock.now = at(24, 8)  # Monday: daily digest and weekly summary
    monkeypatch.setattr("media.storage.os.replace", full)
    run_all(svc, clock.now)
    weekly = [m for m in fake.messages if m["to"] == f"whatsapp:{SUPERVISOR}"
              and m["body"].startswith("Rekap harian & mingguan daerah")]
    assert len(weekly) == 1 and weekly[0]["media_urls"] == []
