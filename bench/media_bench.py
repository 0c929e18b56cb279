"""Benchmark media: fetch throughput from a fake Twilio into each storage, and the webhook's rate with media.

Run:  .venv/bin/python bench/media_bench.py        (a section of `make bench`)

Database: MEDIA_BENCH_DATABASE_URL (default PostgreSQL penghubung_bench_media, migrated to head, its tables
emptied). FakeTwilio (tests/fake_twilio.py) serves the photos behind basic auth in this process; the S3 storage is
moto's server mode on 127.0.0.1, through boto3.
1. Fetch: ITEMS photos (JPEG with EXIF, about 60 KB) noted as the webhook notes them, then `MediaFetcher.run_once`:
   download with credentials, redirect, type check, EXIF-free copy, store; items/s into the local folder and into
   S3. Baseline: the same downloads alone in a loop (requests, no checks, no storage).
2. Webhook, in process (Flask's test client, no wrk, no gunicorn: it does not load the shared machine): REQUESTS
   signed messages from idle citizens, text only vs. the same with three media items; the media rate must be at
   least 90 % of the text rate (the webhook only notes media, one INSERT).
"""

from __future__ import annotations

import io
import logging
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402
from PIL import Image  # noqa: E402
from twilio.request_validator import RequestValidator  # noqa: E402

from app import create_app  # noqa: E402
from bench.scheduler_bench import database_url, ensure_database, fresh_schema  # noqa: E402
from lapor.media import record_references  # noqa: E402
from media.fetch import MediaFetcher  # noqa: E402
from media.storage import LocalStorage, S3Storage  # noqa: E402
from models.base import utcnow  # noqa: E402
from services import services  # noqa: E402
from tests.fake_twilio import DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN, FakeTwilio  # noqa: E402
from tests.media_samples import jpeg_with_exif  # noqa: E402

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/penghubung_bench_media"
ITEMS, REQUESTS, MEDIA_PER_MESSAGE = 200, 400, 3
WEBHOOK_FLOOR = 0.9
SENDER = "whatsapp:+14155238886"


logging.getLogger("werkzeug").setLevel(logging.WARNING)  # moto's server logs every request


def bench_url() -> str:
    """This bench's database URL (MEDIA_BENCH_DATABASE_URL or the default; see database_url)."""
    return database_url("MEDIA_BENCH_DATABASE_URL", DEFAULT_URL)


def photo(seed: int) -> bytes:
    """A phone-like JPEG (noise compresses badly, like a real photo) with EXIF, different for every seed."""
    rng = random.Random(seed)
    image = Image.frombytes("RGB", (320, 240), bytes(rng.getrandbits(8) for _ in range(320 * 240 * 3)))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=70, exif=Image.open(io.BytesIO(jpeg_with_exif())).getexif())
    return out.getvalue()


def build_app(url: str, storage_url: str, fake: FakeTwilio | None = None):
    """The app as deployed, with Twilio credentials (media behind basic auth) and a public URL."""
    return create_app({"DATABASE_URL": url, "LOG_LEVEL": "WARNING", "TWILIO_ACCOUNT_SID": DEFAULT_ACCOUNT_SID,
                       "TWILIO_AUTH_TOKEN": DEFAULT_AUTH_TOKEN, "TWILIO_WHATSAPP_FROM": SENDER,
                       "PUBLIC_BASE_URL": "http://localhost", "MEDIA_STORAGE_URL": storage_url,
                       "TWILIO_API_BASE_URL": fake.base_url if fake else ""})


def fetch_rate(svc, fake: FakeTwilio, storage, urls: list[str]) -> float:
    """Note the items as the webhook does and time one fetch pass that stores them all."""
    with svc.engine.begin() as connection:
        connection.exec_driver_sql("TRUNCATE media_items RESTART IDENTITY CASCADE")
    now = utcnow()
    with svc.session_factory.begin() as session:
        record_references(session, None, [type("M", (), {"url": u, "content_type": "image/jpeg"}) for u in urls],
                          now)
    fetcher = MediaFetcher(svc.session_factory, storage, svc.config)
    started = time.perf_counter()
    report = fetcher.run_once(now)
    elapsed = time.perf_counter() - started
    if report.stored != len(urls):
        raise RuntimeError(f"expected {len(urls)} stored: {report}")
    return len(urls) / elapsed


def download_rate(urls: list[str]) -> float:
    """The downloads alone: the ceiling the fake and the network set."""
    http = requests.Session()
    started = time.perf_counter()
    for url in urls:
        http.get(url, auth=(DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN), timeout=10).raise_for_status()
    return len(urls) / (time.perf_counter() - started)


def measure_fetch(url: str) -> dict:
    """Items/s into the local folder and into S3 (moto server), beside the raw download rate."""
    from moto.server import ThreadedMotoServer

    os.environ.setdefault("AWS_ACCESS_KEY_ID", "bench")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "bench")
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    with FakeTwilio() as fake, tempfile.TemporaryDirectory() as folder:
        svc = services(build_app(url, f"file://{folder}", fake))
        fresh_schema(svc.engine)
        urls = [fake.add_media(photo(n), "image/jpeg") for n in range(ITEMS)]
        result = {"download": download_rate(urls), "size": sum(len(photo(n)) for n in range(3)) / 3}
        urls = [fake.add_media(photo(n), "image/jpeg") for n in range(ITEMS, 2 * ITEMS)]  # fresh bytes
        result["local"] = fetch_rate(svc, fake, LocalStorage(folder), urls)
        server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        server.start()
        try:
            host, port = server.get_host_and_port()
            s3 = S3Storage("bench-media", "m", endpoint_url=f"http://{host}:{port}")
            s3.client.create_bucket(Bucket="bench-media")
            urls = [fake.add_media(photo(n), "image/jpeg") for n in range(2 * ITEMS, 3 * ITEMS)]
            result["s3"] = fetch_rate(svc, fake, s3, urls)
        finally:
            server.stop()
            svc.engine.dispose()
    return result


def webhook_rate(client, validator, forms: list[dict]) -> float:
    """Post signed forms one after the other; requests/s."""
    signed = [(form, validator.compute_signature("http://localhost/twilio/whatsapp", form)) for form in forms]
    started = time.perf_counter()
    for form, signature in signed:
        response = client.post("/twilio/whatsapp", data=form, headers={"X-Twilio-Signature": signature})
        if response.status_code != 200:
            raise RuntimeError(f"webhook answered {response.status_code}")
    return len(forms) / (time.perf_counter() - started)


def form(n: int, media: int) -> dict:
    """A citizen's message (a different idle citizen each time), with `media` photos or none."""
    fields = {"MessageSid": "SM" + uuid.uuid4().hex, "AccountSid": DEFAULT_ACCOUNT_SID,
              "From": f"whatsapp:+62857{n:08d}", "To": SENDER, "Body": "halo, ini fotonya",
              "NumMedia": str(media), "ProfileName": "Warga", "WaId": f"62857{n:08d}"}
    for index in range(media):
        fields[f"MediaUrl{index}"] = (f"https://api.twilio.com/2010-04-01/Accounts/{DEFAULT_ACCOUNT_SID}/Messages/"
                                      f"MM{n:032x}/Media/ME{index:02d}{uuid.uuid4().hex[:30]}")
        fields[f"MediaContentType{index}"] = "image/jpeg"
    return fields


def measure_webhook(url: str) -> dict:
    """Text-only vs. media messages through the same app, interleaved in rounds to share any drift."""
    with tempfile.TemporaryDirectory() as folder:
        app = build_app(url, f"file://{folder}")
        svc = services(app)
        fresh_schema(svc.engine)
        client, validator = app.test_client(), RequestValidator(DEFAULT_AUTH_TOKEN)
        webhook_rate(client, validator, [form(90_000_000 + n, 0) for n in range(50)])  # warm up
        rates = {"text": [], "media": []}
        for round_ in range(4):
            base = round_ * 2 * REQUESTS
            rates["text"].append(webhook_rate(client, validator, [form(base + n, 0) for n in range(REQUESTS)]))
            rates["media"].append(webhook_rate(client, validator, [form(base + REQUESTS + n, MEDIA_PER_MESSAGE)
                                                                   for n in range(REQUESTS)]))
        svc.engine.dispose()
    return {kind: sorted(values)[len(values) // 2] for kind, values in rates.items()}


def measure() -> dict:
    """Both measurements."""
    url = bench_url()
    if url.startswith("postgresql"):
        ensure_database(url)
    return {"fetch": measure_fetch(url), "webhook": measure_webhook(url)}


def rows(result: dict) -> list[list[str]]:
    """Table rows (measurement, value, baseline, ratio, target, ok)."""
    fetch, hook = result["fetch"], result["webhook"]
    size = fetch["size"] / 1024
    lines = []
    for name in ("local", "s3"):
        where = "instance/media folder" if name == "local" else "S3 (moto server, boto3)"
        lines.append([f"media fetch items/s, {ITEMS} JPEGs of ~{size:.0f} KB from FakeTwilio (basic auth, redirect) "
                      f"-> {where}, type check + EXIF-free copy (baseline: the downloads alone)",
                      f"{fetch[name]:.0f}/s", f"{fetch['download']:.0f}/s", f"{fetch[name] / fetch['download']:.2f}x",
                      "-", "ok"])
    ratio = hook["media"] / hook["text"]
    lines.append([f"webhook req/s in process, messages with {MEDIA_PER_MESSAGE} media items (baseline: text-only "
                  f"messages, same app; median of 4 rounds of {REQUESTS})", f"{hook['media']:.0f}/s",
                  f"{hook['text']:.0f}/s", f"{ratio:.2f}x", f">= {WEBHOOK_FLOOR:.2f}x",
                  "ok" if ratio >= WEBHOOK_FLOOR else "MISSED"])
    return lines


if __name__ == "__main__":
    from bench.run_all import table

    print(table(rows(measure())))
