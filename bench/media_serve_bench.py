"""Benchmark `/media/<id>`: the memory a link takes to serve a large item, streamed now vs. read whole before.

Run:  .venv/bin/python bench/media_serve_bench.py [MEGABYTES]   (default 16: WhatsApp's and MEDIA_MAX_BYTES' limit)

A video of that size is stored in a local folder and in a bucket on moto's S3 server (a process of its own, so its
memory is not counted), then its signed link is opened through Flask's test client with the body read as it comes
(`buffered=False`, as gunicorn writes it out): a whole GET and a player's seek (`Range` of 1 MB from the middle).
Peak memory is Python's (tracemalloc) during each request. "Before" is the same route with the storage's file
read whole first (`Storage.get`, what `/media` did before it streamed); "after" is the route as it is. The ratio
after/before is what the section reports; the bytes served are checked equal both ways.
"""

from __future__ import annotations

import hashlib
import io
import os
import socket
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import create_app  # noqa: E402
from media import links  # noqa: E402
from media.storage import LocalStorage, S3Storage  # noqa: E402
from models import MediaItem  # noqa: E402
from models.cli import upgrade  # noqa: E402
from services import services  # noqa: E402


def moto_server() -> tuple[subprocess.Popen, str]:
    """moto's S3 server in a process of its own on a free port of 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([str(Path(sys.executable).with_name("moto_server")), "-H", "127.0.0.1", "-p",
                               str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError("moto_server did not start")


def peak(client, link: str, headers: dict) -> tuple[int, bytes]:
    """Python's peak memory (bytes, above what was held before) while the link is answered and read, and the
    body's SHA-256."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    response = client.get(link, headers=headers, buffered=False)
    digest = hashlib.sha256()  # the body checked as it comes, not kept (that would be the bench's own memory)
    for chunk in response.response:
        digest.update(chunk)
    response.close()
    top = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    return top, digest.digest()


def measure(megabytes: int = 16) -> list[tuple[str, str, int, int]]:
    """(storage, request, peak before, peak after) for each storage and request."""
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "bench")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "bench")
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    work = Path(tempfile.mkdtemp(prefix="media-serve-bench-"))
    app = create_app({"DATABASE_URL": f"sqlite:///{work / 'bench.db'}", "MEDIA_SIGNING_KEY": "bench",
                      "MEDIA_STORAGE_URL": f"file://{work / 'media'}", "TESTING": True})
    svc = services(app)
    upgrade(svc.engine)
    video = b"\x00\x00\x00\x18ftypmp42" + os.urandom(megabytes * 1024 * 1024 - 12)
    server, endpoint = moto_server()
    rows = []
    try:
        import boto3

        boto3.client("s3", endpoint_url=endpoint).create_bucket(Bucket="bench")
        storages = {"local": LocalStorage(work / "media"), "s3": S3Storage("bench", "media", endpoint_url=endpoint)}
        middle = len(video) // 2
        requests = {"whole": {}, "seek 1 MB": {"Range": f"bytes={middle}-{middle + 1024 * 1024 - 1}"}}
        for number, (name, storage) in enumerate(storages.items()):
            svc.media_storage = storage
            key = storage.put(video, "video/mp4")
            with svc.session_factory.begin() as session:
                item = MediaItem(source_url=f"bench:{number}", declared_type="video/mp4", status="stored",
                                 content_type="video/mp4", size=len(video), sha256=key, clean_sha256=key,
                                 stored_at=svc.clock(), next_attempt_at=svc.clock())
                session.add(item)
                session.flush()
                item_id = item.id
            link = links.url(svc.config, item_id, "clean", svc.clock(), timedelta(hours=1))
            client = app.test_client()
            streamed_open = storage.open
            for label, headers in requests.items():
                client.get(link, headers=headers).close()  # warm: imports, the first connection
                storage.open = lambda key, storage=storage: io.BytesIO(storage.get(key))  # before: read whole
                before, body_before = peak(client, link, headers)
                storage.open = streamed_open
                after, body_after = peak(client, link, headers)
                assert body_before == body_after, (name, label)
                rows.append((name, label, before, after))
    finally:
        server.kill()
        server.wait()
    return rows


def main() -> None:
    megabytes = int(sys.argv[1]) if len(sys.argv) > 1 else 16
    print(f"/media serving a {megabytes} MB video: Python's peak memory per request (tracemalloc)")
    print(f"{'storage':8} {'request':10} {'before (read whole)':>20} {'after (streamed)':>17} {'after/before':>13}")
    for name, label, before, after in measure(megabytes):
        print(f"{name:8} {label:10} {before / 1e6:>17.2f} MB {after / 1e6:>14.3f} MB {after / before:>13.4f}")


if __name__ == "__main__":
    main()
