"""Fixtures of the media tests: a local S3-compatible server (moto in server mode), storages on it and on disk,
and a fake Twilio serving media behind basic auth."""

from __future__ import annotations

import pytest

from media.storage import LocalStorage, S3Storage
from tests.fake_twilio import FakeTwilio


@pytest.fixture(scope="session")
def s3_endpoint():
    """A moto S3 server on 127.0.0.1 (a real HTTP endpoint boto3 talks to; nothing of boto3 is mocked)."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def s3_env(monkeypatch):
    """Credentials and region as a deployment sets them (the usual AWS_* variables)."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")


@pytest.fixture
def s3_bucket(s3_endpoint, s3_env, request):
    """A fresh bucket on the local S3 server."""
    import boto3

    name = "media-" + request.node.name.lower().replace("_", "-")[:40].strip("-[]") + "-b"
    name = "".join(ch if ch.isalnum() or ch == "-" else "-" for ch in name)
    boto3.client("s3", endpoint_url=s3_endpoint).create_bucket(Bucket=name)
    return name


@pytest.fixture(params=["local", "s3"])
def storage(request, tmp_path):
    """Each storage implementation in turn: a folder, and a bucket on the local S3 server."""
    if request.param == "local":
        return LocalStorage(tmp_path / "store")
    bucket = request.getfixturevalue("s3_bucket")
    return S3Storage(bucket, "penghubung/media", endpoint_url=request.getfixturevalue("s3_endpoint"))


@pytest.fixture
def twilio(clock):
    """A fake Twilio whose media needs the account's credentials (HTTP authentication of media on)."""
    with FakeTwilio(clock=lambda: clock.now) as fake:
        yield fake
