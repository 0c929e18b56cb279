"""One suite, both storages: a local folder and S3-compatible object storage (moto's server, through boto3)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from media.storage import LocalStorage, S3Storage, content_key, from_url
from tests.media_samples import jpeg_with_exif, pdf


def test_bytes_are_stored_under_their_hash_and_read_back(storage):
    data = jpeg_with_exif()
    key = storage.put(data, "image/jpeg")
    assert key == hashlib.sha256(data).hexdigest() == content_key(data)
    assert storage.exists(key) and storage.get(key) == data


def test_the_same_file_twice_is_kept_once(storage):
    first, second = storage.put(pdf(), "application/pdf"), storage.put(pdf(), "application/pdf")
    assert first == second and storage.get(first) == pdf()


def test_a_deleted_file_is_gone_and_deleting_again_is_harmless(storage):
    key = storage.put(b"%PDF-1.4 letter", "application/pdf")
    storage.delete(key)
    assert not storage.exists(key)
    with pytest.raises(KeyError):
        storage.get(key)
    storage.delete(key)


@pytest.mark.parametrize("key", ["../../etc/passwd", "a" * 63, "A" * 64, "", "0" * 64 + "/x"])
def test_only_content_hashes_are_keys(storage, key):
    with pytest.raises(KeyError):
        storage.get(key)


def test_local_files_are_spread_over_folders_and_written_whole(tmp_path):
    storage = LocalStorage(tmp_path)
    key = storage.put(b"x" * 10, "application/pdf")
    assert (tmp_path / key[:2] / key[2:4] / key).read_bytes() == b"x" * 10
    assert not list(tmp_path.rglob(".part-*"))


def test_a_full_disk_is_a_storage_error_naming_the_folder_and_leaves_no_part_file(tmp_path, monkeypatch):
    import errno

    from media.storage import StorageUnwritable

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("media.storage.os.replace", full)
    with pytest.raises(StorageUnwritable, match=f"No space left on device.*{tmp_path}"):
        LocalStorage(tmp_path).put(b"x" * 10, "application/pdf")
    assert not list(tmp_path.rglob(".part-*"))


def test_a_bucket_refusing_the_credentials_is_the_operators_to_fix():
    from botocore.exceptions import ClientError

    from media.storage import StorageError, StorageUnwritable

    class Refusing:
        def __init__(self, code):
            self.code = code

        def head_object(self, **params):
            raise ClientError({"Error": {"Code": "404"}}, "HeadObject")

        def put_object(self, **params):
            raise ClientError({"Error": {"Code": self.code}}, "PutObject")

    with pytest.raises(StorageUnwritable, match="InvalidAccessKeyId.*penghubung-media"):
        S3Storage("penghubung-media", client=Refusing("InvalidAccessKeyId")).put(b"x", "application/pdf")
    with pytest.raises(StorageError) as caught:  # a passing fault: the file's attempts count as before
        S3Storage("penghubung-media", client=Refusing("SlowDown")).put(b"x", "application/pdf")
    assert not isinstance(caught.value, StorageUnwritable)


def test_the_storage_url_chooses_the_implementation(tmp_path):
    assert from_url("", instance_dir=tmp_path).root == tmp_path / "media"
    assert from_url(f"file://{tmp_path}/m", instance_dir=tmp_path).root == Path(f"{tmp_path}/m")
    s3 = from_url("s3://bucket/some/prefix", instance_dir=tmp_path, endpoint_url="http://127.0.0.1:9")
    assert isinstance(s3, S3Storage) and (s3.bucket, s3.prefix) == ("bucket", "some/prefix")
    with pytest.raises(ValueError):
        from_url("ftp://host/x", instance_dir=tmp_path)


def test_readiness_names_a_bucket_this_machine_does_not_share(make_app, s3_bucket, s3_endpoint, clock):
    """Machines on one bucket but another prefix (or another bucket, endpoint): the worker's photos were 404 here."""
    from models import MediaItem, MediaStatus
    from services import services

    app = make_app(MEDIA_STORAGE_URL=f"s3://{s3_bucket}/here", MEDIA_S3_ENDPOINT_URL=s3_endpoint)
    svc = services(app)
    elsewhere = S3Storage(s3_bucket, "elsewhere", endpoint_url=s3_endpoint)
    for index, (store, data) in enumerate([(svc.media_storage, b"photo one"), (elsewhere, b"photo two")]):
        with svc.session_factory.begin() as session:
            session.add(MediaItem(source_url=f"https://api.twilio.com/m/{index}", declared_type="image/jpeg",
                                  sha256=store.put(data, "image/jpeg"), status=MediaStatus.STORED, stored_at=clock()))
        warnings = app.test_client().get("/readyz").get_json()["warnings"]
        assert bool(warnings) == (store is elsewhere), warnings
    assert f"s3://{s3_bucket}/here" in warnings[0] and "MEDIA_S3_ENDPOINT_URL" in warnings[0], warnings


def test_a_stored_file_is_opened_and_read_from_anywhere_without_reading_it_whole(storage):
    import io

    data = bytes(range(256)) * 1000
    key = storage.put(data, "video/mp4")
    with storage.open(key) as stored:
        assert stored.seekable() and stored.seek(0, io.SEEK_END) == len(data)
        stored.seek(1000)
        assert stored.read(10) == data[1000:1010] and stored.tell() == 1010
        assert stored.read(5) == data[1010:1015], "reading on continues where it was"
        stored.seek(-3, io.SEEK_END)
        assert stored.read() == data[-3:] and stored.read(1) == b""
        stored.seek(0)
        assert stored.read() == data
    with pytest.raises(KeyError):
        storage.open(content_key(b"never stored"))
    with pytest.raises(KeyError):
        storage.open("../../etc/passwd")


def test_an_ogg_file_sent_on_is_looked_at_by_its_first_page_only(storage):
    """Whether an Ogg file is a voice note (Opus) reads its first 64 bytes: on a bucket the ranged GET asked for the
    whole file from its start (`S3Object` streams to the end it was given), only to close the stream after 64."""
    from types import SimpleNamespace

    from lapor.media import ORIGINAL
    from media.outgoing import OPUS_HEAD, _not_opus

    ranges = []
    if isinstance(storage, S3Storage):
        storage.client.meta.events.register(
            "before-call.s3.GetObject", lambda params, **kwargs: ranges.append(params["headers"].get("Range")))
    voice = storage.put(b"OggS" + bytes(24) + OPUS_HEAD + bytes(4000), "audio/ogg")
    other = storage.put(b"OggS" + bytes(24) + b"\x01vorbis" + bytes(4000), "audio/ogg")
    item = SimpleNamespace(id=1, content_type="audio/ogg", clean_sha256=None, sha256=voice)
    assert _not_opus(storage, item, ORIGINAL) is None
    item.sha256 = other
    assert _not_opus(storage, item, ORIGINAL).on_page
    if isinstance(storage, S3Storage):
        assert ranges == ["bytes=0-63", "bytes=0-63"]
