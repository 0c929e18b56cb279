"""What the page benchmarks (bench/web_bench.py, bench/stats_bench.py) share: the app at the seeded clock, a
logged-in test client, a seeded database per size, and the median of repeated calls."""

from __future__ import annotations

import logging
import statistics
import time
from collections.abc import Callable, Iterator

from sqlalchemy import select

from app import create_app
from bench.scheduler_bench import NOW, ensure_database
from models import Contact
from services import services


def app_for(url: str):
    """The app as the service builds it, its clock at the seeded NOW."""
    app = create_app({"DATABASE_URL": url, "LOG_LEVEL": "WARNING", "TWILIO_ACCOUNT_SID": "", "TWILIO_AUTH_TOKEN": "",
                      "TWILIO_WHATSAPP_FROM": "", "DEMO_DIRECTORY": False})
    services(app).clock = lambda: NOW
    return app


def seeded(url: str, sizes: tuple[int, ...], seed: Callable) -> Iterator[tuple[int, object]]:
    """For each size: a fresh app on the database at `url`, after `seed(engine, size)`; its engine is disposed
    when the caller moves on."""
    ensure_database(url)
    logging.getLogger("penghubung").setLevel(logging.WARNING)
    for size in sizes:
        app = app_for(url)
        engine = services(app).engine
        print(f"  seeding {size:,} complaints ...", flush=True)
        seed(engine, size)
        yield size, app
        engine.dispose()


def client_as(app, role: str, agency_id: int | None = None):
    """A test client with a dashboard session of the first active staff member of that role (and agency)."""
    from web import sessions

    with services(app).session_factory.begin() as session:
        query = select(Contact).where(Contact.role == role, Contact.active.is_(True))
        if agency_id is not None:
            query = query.where(Contact.agency_id == agency_id)
        staff = session.scalars(query.order_by(Contact.id).limit(1)).one()
        token = sessions.start(session, staff, NOW)
    client = app.test_client()
    with client.session_transaction() as cookie:
        cookie["_user_id"], cookie["_fresh"] = token, True
    return client


def median_ms(call: Callable[[], object], warmup: int, reps: int) -> float:
    """Median milliseconds of `call()` over `reps` runs after `warmup` unmeasured ones."""
    times = []
    for rep in range(warmup + reps):
        started = time.perf_counter()
        call()
        if rep >= warmup:
            times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def get_ok(client, path: str, marker: bytes = b"") -> Callable[[], None]:
    """A call that GETs `path` and raises unless it answers 200 (with `marker` in the page)."""
    def call() -> None:
        response = client.get(path)
        if response.status_code != 200 or marker not in response.data:
            raise RuntimeError(f"GET {path}: HTTP {response.status_code}")
    return call
