"""Where media bytes live: a local folder or S3-compatible object storage, keyed by the bytes' SHA-256."""

from __future__ import annotations

import hashlib
import io
import os
import re
import tempfile
import threading
import time
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

KEY = re.compile(r"[0-9a-f]{64}")


class StorageError(RuntimeError):
    """The storage could not be reached or refused the operation."""


# The start of the `last_error` of a media item the storage refused to write (ops.health counts them).
STORAGE_REFUSED = "storage refused writing"


class StorageUnwritable(StorageError):
    """The storage refuses to write (a full disk, a read-only folder, a bucket refusing the credentials): the
    operator's to fix, not the file's, so a file waits for it rather than using up its attempts."""


class Storage(Protocol):
    """What the fetch job, the media view and retention need from a storage."""

    def put(self, data: bytes, content_type: str) -> str:
        """Store `data` under its SHA-256 (a no-op when already there) and return that key."""

    def get(self, key: str) -> bytes:
        """The bytes stored under `key` (KeyError when there are none)."""

    def open(self, key: str) -> io.RawIOBase:
        """What is stored under `key` as a seekable binary file read as it goes, never whole (KeyError when there is
        nothing): `/media` streams it and answers ranges from it."""

    def exists(self, key: str) -> bool:
        """Tell whether something is stored under `key`."""

    def delete(self, key: str) -> None:
        """Delete what is stored under `key` (nothing when there is nothing)."""

    def known_missing(self, key: str) -> bool:
        """Tell, without a read or a request, that nothing is stored under `key` (False when it cannot tell)."""

    def unreadable_here(self, key: str) -> bool:
        """Tell that this machine cannot read what is stored under `key` (/readyz: a storage the machines do not
        share); False when it cannot tell."""


def content_key(data: bytes) -> str:
    """The key bytes are stored under: their SHA-256 in hex."""
    return hashlib.sha256(data).hexdigest()


def _checked(key: str) -> str:
    if not KEY.fullmatch(key):
        raise KeyError(key)  # never a path or an object name from outside
    return key


class LocalStorage:
    """A folder on this machine (`instance/media/` by default): `ab/cd/<sha256>`, written atomically."""

    def __init__(self, root: str | Path):
        self.root = Path(root)

    def path(self, key: str) -> Path:
        """The file a key is stored in."""
        key = _checked(key)
        return self.root / key[:2] / key[2:4] / key

    def put(self, data: bytes, content_type: str) -> str:
        """Store `data` under its SHA-256 (a no-op when already there) and return that key."""
        key = content_key(data)
        target = self.path(key)
        if target.exists():
            return key
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".part-")
        except OSError as exc:
            raise self._refused(exc) from exc
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, target)  # atomic: a reader never sees half a file
        except BaseException as exc:
            Path(temporary).unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise self._refused(exc) from exc
            raise
        return key

    def _refused(self, exc: OSError) -> StorageUnwritable:
        return StorageUnwritable(f"{STORAGE_REFUSED}: {exc.strerror or exc} (MEDIA_STORAGE_URL folder {self.root})")

    def get(self, key: str) -> bytes:
        """The bytes stored under `key` (KeyError when there are none)."""
        try:
            return self.path(key).read_bytes()
        except FileNotFoundError:
            raise KeyError(key) from None

    def open(self, key: str) -> io.RawIOBase:
        """The stored file, opened for reading (KeyError when there is none)."""
        try:
            return open(self.path(key), "rb", buffering=0)  # noqa: SIM115 (closed by whoever streams it)
        except FileNotFoundError:
            raise KeyError(key) from None

    def exists(self, key: str) -> bool:
        """Tell whether something is stored under `key`."""
        return self.path(key).is_file()

    def delete(self, key: str) -> None:
        """Delete what is stored under `key` (nothing when there is nothing)."""
        self.path(key).unlink(missing_ok=True)

    def known_missing(self, key: str) -> bool:
        """Tell, with one stat of the file, that nothing is stored under `key`."""
        return not self.exists(key)

    def unreadable_here(self, key: str) -> bool:
        """Tell, with one stat of the file, that this machine's folder has nothing under `key`."""
        return not self.exists(key)


class S3Storage:
    """A bucket (and prefix) on any S3-compatible endpoint, through boto3; for several web machines."""

    def __init__(self, bucket: str, prefix: str = "", *, endpoint_url: str | None = None, client=None):
        import boto3
        from botocore.config import Config

        self.bucket, self.prefix = bucket, prefix.strip("/")
        self.endpoint_url, self._given = endpoint_url or None, client is not None
        self._probe, self._probe_lock = None, threading.Lock()
        self._readable: set[str] = set()
        self._unreadable: dict[str, float] = {}  # key: when to ask again (time.monotonic)
        self.client = client or boto3.client(
            "s3", endpoint_url=endpoint_url or None,
            config=Config(connect_timeout=5, read_timeout=30, retries={"max_attempts": 3}))

    def name(self, key: str) -> str:
        """The object name of a key."""
        key = _checked(key)
        return f"{self.prefix}/{key}" if self.prefix else key

    def put(self, data: bytes, content_type: str) -> str:
        """Store `data` under its SHA-256 (a no-op when already there) and return that key."""
        key = content_key(data)
        if not self.exists(key):
            self._call("put_object", Bucket=self.bucket, Key=self.name(key), Body=data, ContentType=content_type)
        return key

    def get(self, key: str) -> bytes:
        """The bytes stored under `key` (KeyError when there are none)."""
        from botocore.exceptions import ClientError

        try:
            return self.client.get_object(Bucket=self.bucket, Key=self.name(key))["Body"].read()
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                raise KeyError(key) from None
            raise StorageError(str(exc)) from exc

    def open(self, key: str) -> io.RawIOBase:
        """The object as a seekable file: one HEAD for its length now (KeyError when there is none), then a ranged
        GET from wherever it is read, streamed (`S3Object`)."""
        size = self._head(key)
        if size is None:
            raise KeyError(key)
        return S3Object(self.client, self.bucket, self.name(key), size)

    def exists(self, key: str) -> bool:
        """Tell whether something is stored under `key`."""
        return self._head(key) is not None

    def _head(self, key: str) -> int | None:
        """The length of what is stored under `key`, None when there is nothing."""
        from botocore.exceptions import ClientError

        try:
            answer = self.client.head_object(Bucket=self.bucket, Key=self.name(key))
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("NoSuchKey", "404", "NotFound"):
                return None
            raise StorageError(str(exc)) from exc
        return int(answer["ContentLength"])

    def delete(self, key: str) -> None:
        """Delete what is stored under `key` (nothing when there is nothing)."""
        self._call("delete_object", Bucket=self.bucket, Key=self.name(key))

    def known_missing(self, key: str) -> bool:
        """Always False: telling would be a request per item on every page view; the item's link finds out."""
        return False

    def unreadable_here(self, key: str) -> bool:
        """Tell, with one HEAD request, that this machine cannot read `key` in its bucket and prefix (not there: another
        bucket, prefix or endpoint than the machine that stored it; or refused: credentials that may not read it).

        Asked by /readyz, which a load balancer probes every few seconds: a key found is remembered (stored under its
        hash, it only goes with its retention), a key not found is asked again after PROBE_AGAIN, and the request
        has short timeouts and no retries; a bucket that does not answer is not told as unshared (False).
        """
        with self._probe_lock:
            if key in self._readable or time.monotonic() < self._unreadable.get(key, 0.0):
                return key not in self._readable
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            self._probe_client().head_object(Bucket=self.bucket, Key=self.name(key))
            unreadable = False
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code")
            if code not in ("NoSuchKey", "404", "NotFound", "NoSuchBucket", "403", "AccessDenied"):
                return False
            unreadable = True
        except BotoCoreError:
            return False
        with self._probe_lock:
            if unreadable:
                self._unreadable[key] = time.monotonic() + PROBE_AGAIN
            else:
                self._readable.add(key)
                self._unreadable.pop(key, None)
        return unreadable

    def _probe_client(self):
        """The client /readyz asks through: short timeouts, no retries (the storage's own when one was given)."""
        if self._probe is None:
            import boto3
            from botocore.config import Config

            self._probe = self.client if self._given else boto3.client(
                "s3", endpoint_url=self.endpoint_url,
                config=Config(connect_timeout=2, read_timeout=2, retries={"max_attempts": 1}))
        return self._probe

    def _call(self, operation: str, **params) -> None:
        from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError

        try:
            getattr(self.client, operation)(**params)
        except (ClientError, NoCredentialsError) as exc:
            code = exc.response.get("Error", {}).get("Code") if isinstance(exc, ClientError) else "NoCredentials"
            if code in OPERATORS_S3_ERRORS:
                raise StorageUnwritable(f"{STORAGE_REFUSED}: {code} (MEDIA_STORAGE_URL bucket {self.bucket})") \
                    from exc
            raise StorageError(str(exc)) from exc
        except BotoCoreError as exc:
            raise StorageError(str(exc)) from exc


class S3Object(io.RawIOBase):
    """An object of a bucket read as a file: a GET with `Range: bytes=<position>-<end>` on the first read after
    a seek, its body then read as it comes (botocore's stream), so neither a whole file nor a skipped start is
    downloaded. `end` (`limit`) is what the reader said it needs: werkzeug's range answer seeks and then reads
    the range's length, so `/media` asks the bucket for exactly that range."""

    def __init__(self, client, bucket: str, name: str, size: int):
        super().__init__()
        self.client, self.bucket, self.name, self.size = client, bucket, name, size
        self.position, self.body, self.end = 0, None, size

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.position

    def limit(self, length: int | None) -> None:
        """Read at most `length` bytes from the current position (the rest of the file when None)."""
        self._drop()
        self.end = self.size if length is None else min(self.size, self.position + length)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self.position, io.SEEK_END: self.size}[whence]
        position = max(base + offset, 0)
        if position != self.position:
            self._drop()
            self.position, self.end = position, self.size
        return self.position

    def readinto(self, buffer) -> int:
        if self.position >= self.end:
            return 0
        if self.body is None:
            answer = self.client.get_object(Bucket=self.bucket, Key=self.name,
                                            Range=f"bytes={self.position}-{self.end - 1}")
            self.body = answer["Body"]
        data = self.body.read(min(len(buffer), self.end - self.position))
        if not data:
            raise StorageError(f"{self.name}: the bucket's answer ended at {self.position} of {self.size} bytes")
        buffer[:len(data)] = data
        self.position += len(data)
        return len(data)

    def close(self) -> None:
        self._drop()
        super().close()

    def _drop(self) -> None:
        if self.body is not None:
            self.body.close()
            self.body = None


PROBE_AGAIN = 60.0  # seconds: how long /readyz trusts "this machine cannot read the newest file" of a bucket


# What a bucket answers when its setting or account is wrong (not the file): the file waits for the operator.
OPERATORS_S3_ERRORS = {"AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "NoSuchBucket",
                       "QuotaExceeded", "NoCredentials"}


def from_url(url: str, *, instance_dir: Path, endpoint_url: str = "") -> Storage:
    """The storage MEDIA_STORAGE_URL names: empty (`instance/media/`), `file:///path` or `s3://bucket/prefix`."""
    parts = urlsplit(url)
    if not url:
        return LocalStorage(instance_dir / "media")
    if parts.scheme == "file":
        return LocalStorage(parts.netloc + parts.path if parts.netloc else parts.path)
    if parts.scheme == "s3" and parts.netloc:
        return S3Storage(parts.netloc, parts.path, endpoint_url=endpoint_url or None)
    raise ValueError(f"expected file:///folder or s3://bucket/prefix, got {url!r}")
