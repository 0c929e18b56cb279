"""The fetch job: download each noted media item from Twilio (account credentials, redirects, a timeout, a size cap
enforced while streaming), check its type by its bytes, strip an image's metadata, store it under its hash.

Items are claimed like outbox rows (`lapor.media.claim_due`: `SKIP LOCKED`, a lease), retried with backoff and
given up loudly; the sender hears of a file that is too large or of a type we do not keep, and of one given up
(to send it again).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import requests
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from bot.messages import t
from bot.outbox import enqueue
from bot.transports import CREDENTIALS_HINT, CREDENTIALS_REFUSED
from lapor.media import FETCHING, claim_due, complaints_of
from lapor.references import format_reference
from lapor.retry import CREDENTIALS_WAIT, Holder, backoff, never, release
from media.content import COPIED, WrongType, clean_copy, sniff
from media.scrub import SCRUBBED, SCRUBBER, uncleanable_note
from media.storage import Storage, StorageError, StorageUnwritable
from models import Contact, MediaItem, MediaStatus
from models.vocab import Purpose

logger = logging.getLogger(__name__)

BATCH = 20
TWILIO_API = "https://api.twilio.com"
GONE = (400, 404, 410)  # the media was deleted (with its message) or the URL is not one
# Twilio may answer 404 (or a 200 with no bytes) for a while after its webhook, its media not propagated yet
# (Twilio's support: "treat an initial 404 as transient"): such an answer is final only for an item noted longer ago.
NOT_THERE_YET = timedelta(minutes=10)
CHUNK = 64 * 1024


def credentials_for(url: str, auth: tuple[str, str] | None, base_url: str = "") -> tuple[str, str] | None:
    """The account's credentials for a media URL on Twilio's API host (`https://api.twilio.com`, a regional
    `https://api.<edge>.<region>.twilio.com`) or on TWILIO_API_BASE_URL's scheme, host and port (staging, tests);
    None for any other URL, so a MediaUrl naming another host never gets the account's basic auth."""
    if auth is None:
        return None
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme == "https" and parts.port in (None, 443) and parts.username is None and (
            host == "api.twilio.com" or (host.startswith("api.") and host.endswith(".twilio.com"))):
        return auth
    base = urlsplit(base_url) if base_url else None
    if base is not None and parts.username is None and (parts.scheme, host, parts.port) == (
            base.scheme, (base.hostname or "").lower(), base.port):
        return auth
    return None


class TooLarge(ValueError):
    """The file is larger than MEDIA_MAX_BYTES (found out before or while downloading it)."""


class FetchError(RuntimeError):
    """The download failed; `retryable` says whether trying again later may help, `credentials` whether Twilio
    refused the account's credentials (the operator's setting: no attempt is counted)."""

    def __init__(self, message: str, retryable: bool = True, credentials: bool = False, not_yet: bool = False):
        super().__init__(message)
        self.retryable = retryable
        self.credentials = credentials
        self.not_yet = not_yet  # maybe not there yet (404, no bytes): retried while the item is new


def download(url: str, auth: tuple[str, str] | None, max_bytes: int, timeout: float,
             http: requests.Session | None = None) -> bytes:
    """The bytes at `url` (HTTP basic auth, redirects followed), never more than `max_bytes` read, in at most
    about `timeout` seconds all told (`requests`' own timeout is per read: an upstream trickling bytes would hold
    the worker for ever)."""
    deadline = time.monotonic() + timeout
    try:
        with (http or requests).get(url, auth=auth, stream=True, timeout=timeout, allow_redirects=True) as response:
            if response.status_code == 401 and auth is None:  # another host than Twilio's wants credentials
                raise FetchError("HTTP 401 from a host not Twilio's (its credentials are not sent there)",
                                 retryable=False)
            if response.status_code == 401:
                raise FetchError(f"{CREDENTIALS_REFUSED} (HTTP 401): {CREDENTIALS_HINT}", credentials=True)
            if response.status_code >= 400:
                # Gone or malformed is final; anything else (an outage) may pass.
                raise FetchError(f"HTTP {response.status_code}", retryable=response.status_code not in GONE,
                                 not_yet=response.status_code == 404)
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise TooLarge(f"{declared} bytes announced")
            data = bytearray()
            for chunk in response.iter_content(CHUNK):
                data += chunk
                if len(data) > max_bytes:
                    raise TooLarge(f"more than {max_bytes} bytes")  # closing the response drops the rest
                if time.monotonic() > deadline:
                    raise FetchError(f"timed out after {timeout:g} s ({len(data)} bytes read)")
            if not data:
                raise FetchError("HTTP 200 with no bytes", retryable=False, not_yet=True)
            return bytes(data)
    except requests.RequestException as exc:
        raise FetchError(f"{type(exc).__name__}: {exc}") from exc


@dataclass
class FetchReport:
    """What one fetch pass did."""

    stored: int = 0
    retried: int = 0
    refused: int = 0
    failed: int = 0
    handed_back: int = 0  # claimed, then left for another worker: this one was stopping
    credentials_refused: int = 0  # Twilio refused the account's credentials: every due file waits for the setting

    def __str__(self) -> str:
        return (f"stored={self.stored} retried={self.retried} refused={self.refused} failed={self.failed}"
                + (f" handed_back={self.handed_back}" if self.handed_back else "")
                + (f" credentials_refused={self.credentials_refused}" if self.credentials_refused else ""))


class MediaFetcher:
    """Claims noted media items and stores their bytes; no transaction is open during a download."""

    def __init__(self, session_factory: sessionmaker[Session], storage: Storage, config: dict,
                 http: requests.Session | None = None):
        self.session_factory, self.storage, self.config = session_factory, storage, config
        self.http = http or requests.Session()
        sid, token = config["TWILIO_ACCOUNT_SID"], config["TWILIO_AUTH_TOKEN"]
        self.auth = (sid, token) if sid and token else None

    def run_once(self, now: datetime, stopping: Callable[[], bool] = never) -> FetchReport:
        """Fetch every item due at `now`, batch after batch, MEDIA_FETCH_WORKERS downloads at a time; once
        `stopping()`, the downloads under way are finished and the items not begun are handed back. The first
        refusal of the account's credentials stops the pass (as the sender's): every due item waits a minute."""
        report = FetchReport()
        refused = threading.Event()  # one 401 says every download would get one: the rest are not tried
        holder = Holder(now)  # the batch's leases, renewed while this pass lives (a download may take 30 s)
        batch: list[int] = []

        def fetch(item_id: int, url: str, declared: str) -> str:
            if stopping():
                return "handed_back"
            if refused.is_set():
                return "not_tried"
            with self.session_factory.begin() as session:  # still this pass's (a full lease for it), the rest too
                waiting = batch if holder.due() else [item_id]
                if item_id not in holder.keep(session, FETCHING, waiting):
                    return "lost"
            outcome = self._fetch(item_id, url, declared, now)
            if outcome == "credentials_refused":
                refused.set()
            return outcome

        with ThreadPoolExecutor(self.config["MEDIA_FETCH_WORKERS"], thread_name_prefix="media-fetch") as pool:
            while True:
                with self.session_factory.begin() as session:
                    items = claim_due(session, holder.now(), BATCH)
                    holder.took(items)
                    holder.claimed()
                    claimed = [(item.id, item.source_url, item.declared_type) for item in items]
                    batch[:] = [job[0] for job in claimed]
                self._tally(claimed, list(pool.map(lambda job: fetch(*job), claimed)), report)
                if len(claimed) < BATCH or stopping() or refused.is_set():
                    break
        if refused.is_set():
            with self.session_factory.begin() as session:
                report.credentials_refused = wait_for_credentials(session, now)
        return report

    def _tally(self, claimed: list[tuple], outcomes: list[str], report: FetchReport) -> None:
        """Count what became of a batch and hand back the items it did not try (stopping, or refused credentials)."""
        for outcome in outcomes:
            if outcome not in ("not_tried", "lost"):
                setattr(report, outcome, getattr(report, outcome) + 1)
        left = [job[0] for job, outcome in zip(claimed, outcomes, strict=True)
                if outcome in ("handed_back", "not_tried")]
        if left:
            with self.session_factory.begin() as session:
                release(session, FETCHING, left)

    def _fetch(self, item_id: int, url: str, declared: str, now: datetime) -> str:
        """Fetch and store one claimed item; returns what became of it (a FetchReport field)."""
        source = self._source(url)
        auth = credentials_for(source, self.auth, self.config["TWILIO_API_BASE_URL"])
        if auth is None and self.auth is not None:
            logger.warning("media %s: %s is not Twilio's media host; fetched without the account's credentials",
                           item_id, urlsplit(source).netloc)
        try:
            data = download(source, auth, self.config["MEDIA_MAX_BYTES"],
                            self.config["MEDIA_FETCH_TIMEOUT_SECONDS"], self.http)
            content_type = sniff(data, declared)
            keys = self._store(data, content_type)
        except TooLarge as exc:
            return self._refuse(item_id, "media_too_large", str(exc), now)
        except WrongType as exc:
            return self._refuse(item_id, "media_wrong_type", str(exc), now)
        except (FetchError, StorageError) as exc:
            return self._retry_or_give_up(item_id, exc, now)
        except Exception as exc:  # one broken item never stops the pass: it is retried, then given up loudly
            logger.exception("media %s: unexpected error", item_id)
            return self._retry_or_give_up(item_id, exc, now)
        with self.session_factory.begin() as session:
            self._stored(session, session.get(MediaItem, item_id), content_type, len(data), keys, now)
        return "stored"

    @staticmethod
    def _stored(session: Session, item: MediaItem, content_type: str, size: int, keys: tuple[str, str | None],
                now: datetime) -> None:
        """Note an item stored; one of a type that should have a copy without metadata and has none is noted
        uncleanable, so that `flask media clean` does not read it again, and its copy's scrubber (the checkpoint
        of `--redo`)."""
        item.status, item.content_type, item.size = MediaStatus.STORED, content_type, size
        item.sha256, item.clean_sha256 = keys
        item.stored_at, item.lease_until = now, None
        item.last_error = uncleanable_note(now) if keys[1] is None and content_type in SCRUBBED else None
        item.scrubber = SCRUBBER if content_type in COPIED else None  # `flask media clean --redo` need not read it

    def _source(self, url: str) -> str:
        """Where to fetch a media URL: Twilio's own, or the same path on TWILIO_API_BASE_URL (staging, tests)."""
        base = self.config["TWILIO_API_BASE_URL"].rstrip("/")
        if base and url.startswith(TWILIO_API):
            return base + url[len(TWILIO_API):]
        return url

    def _store(self, data: bytes, content_type: str) -> tuple[str, str | None]:
        """Store the bytes as sent and, for an image, a PDF or a video, a copy without metadata (the same key when
        there was none to remove; None when it could not be made); return both keys."""
        clean = clean_copy(data, content_type)
        original = self.storage.put(data, content_type)
        return original, None if clean is None else self.storage.put(clean, content_type)

    def _refuse(self, item_id: int, key: str, reason: str, now: datetime) -> str:
        """Keep nothing of the file and tell the sender what is accepted (once: the item is settled)."""
        with self.session_factory.begin() as session:
            item = session.get(MediaItem, item_id)
            item.status, item.last_error, item.lease_until = MediaStatus.REFUSED, reason[:1000], None
            sender = session.get(Contact, item.sender_id) if item.sender_id else None
            if sender is not None:
                limit = self.config["MEDIA_MAX_BYTES"] // (1024 * 1024)
                enqueue(session, sender.address, t(key, max_mb=limit, accepted=t("media_accepted")),
                        purpose=Purpose.NOTICE, dedupe_key=f"media-refused:{item_id}", now=now)
        logger.warning("media %s refused: %s", item_id, reason)
        return "refused"

    def _retry_or_give_up(self, item_id: int, exc: Exception, now: datetime) -> str:
        with self.session_factory.begin() as session:
            item = session.get(MediaItem, item_id)
            item.last_error, item.lease_until = str(exc)[:1000], None
            if getattr(exc, "credentials", False) or isinstance(exc, StorageUnwritable):  # the operator's: waits
                item.attempts -= 1
                item.status, item.next_attempt_at = MediaStatus.PENDING, now + CREDENTIALS_WAIT
                logger.error("media %s: %s", item_id, exc)
                return "credentials_refused" if getattr(exc, "credentials", False) else "retried"
            retryable = getattr(exc, "retryable", True) or (
                getattr(exc, "not_yet", False) and now - item.created_at < NOT_THERE_YET)
            if retryable and item.attempts < self.config["MEDIA_FETCH_MAX_ATTEMPTS"]:
                item.status = MediaStatus.PENDING
                item.next_attempt_at = now + backoff(item.attempts, self.config["OUTBOX_BACKOFF_SECONDS"])
                logger.warning("media %s: attempt %s failed (%s); retrying", item_id, item.attempts, exc)
                return "retried"
            item.status = MediaStatus.FAILED
            attempts = item.attempts
            _tell_given_up(session, item, now)
        logger.error("media %s given up after %s attempts: %s", item_id, attempts, exc)
        return "failed"


def wait_for_credentials(session: Session, now: datetime) -> int:
    """Put every item due now behind CREDENTIALS_WAIT, saying why (one refused download says they would all be
    refused: no attempt is used up and Twilio is not asked once per file); returns how many wait for the setting."""
    reason = f"{CREDENTIALS_REFUSED} (HTTP 401): {CREDENTIALS_HINT}"
    session.execute(update(MediaItem).where(MediaItem.status == MediaStatus.PENDING, MediaItem.next_attempt_at <= now)
                    .values(next_attempt_at=now + CREDENTIALS_WAIT, last_error=reason))
    return session.scalar(select(func.count()).where(MediaItem.status == MediaStatus.PENDING,
                                                     MediaItem.last_error.startswith(CREDENTIALS_REFUSED)))


def _tell_given_up(session: Session, item: MediaItem, now: datetime) -> None:
    """Tell the sender once that a file of theirs could not be fetched, and how to send it again: staff with
    `TL`, a citizen with `TAMBAHAN` (for the complaint it belongs to, when it belongs to one), else again as
    before."""
    sender = session.get(Contact, item.sender_id) if item.sender_id else None
    if sender is None:
        return
    complaints = complaints_of(session, item)
    if not complaints:
        text = t("media_fetch_failed")
    else:
        reference = format_reference(complaints[0].number)
        text = t("media_fetch_failed_staff" if sender.is_staff else "media_fetch_failed_for", reference=reference)
    enqueue(session, sender.address, text, purpose=Purpose.NOTICE, dedupe_key=f"media-failed:{item.id}", now=now)
