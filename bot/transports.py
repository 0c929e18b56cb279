"""How outbox messages leave the building: the real Twilio client, or the console."""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import requests
from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from lapor.retry import CREDENTIALS_REFUSED

logger = logging.getLogger(__name__)

# Twilio error codes the outbox reacts to (https://www.twilio.com/docs/api/errors).
OPTED_OUT = 21610          # the person sent STOP
OUTSIDE_WINDOW = 63016     # free-form message outside the 24-hour window: use a template
THROTTLED = 63018          # WhatsApp sender rate limit: retry later
TOO_MANY_REQUESTS = 20429  # REST API rate limit: retry later
AUTHENTICATION = 20003     # the account SID or auth token refused: the operator's setting, retried once it is fixed
# The web checks webhooks' signatures with the same token, and gunicorn's HUP keeps the environment it started with.
RESTART_AFTER_CREDENTIALS = ("then restart the worker and the web processes (they check webhooks with the token; "
                             "gunicorn in full: its HUP keeps the old setting)")
CREDENTIALS_HINT = ("check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (the Twilio Console's Account Info), "
                    f"{RESTART_AFTER_CREDENTIALS}: nothing is given up meanwhile")
# The message's media could not be sent, at once or in a status callback (twilio.com/docs/api/errors): 21620 an
# invalid media URL, 12300 a Content-Type Twilio cannot process, 11751 over the channel's size limit (WhatsApp's
# 16 MB), 63019 Twilio could not download it, 63021 content the channel does not support, 63005 content WhatsApp did
# not accept (its media, or a number without WhatsApp: the send without it tells them apart), 63034 over a size
# limit. The message goes again without it, saying so. Not among them: 63037 (a warning: Twilio retries the upload
# itself), 12301 (uploads to Twilio, which the service does not make), 11200 (Twilio's webhooks, not media).
MEDIA_REFUSED = (21620, 12300, 11751, 63019, 63021, 63005, 63034)
# Codes that give a message up for good, as `penghubung_outbox_failed{reason}` names them (ops.metrics): a number
# nothing can be sent to (21211 an invalid To, 21614 not a mobile number, 63003 no WhatsApp at the number, 63024 an
# invalid recipient, 30005 an unknown destination, 30006 a landline), and a message WhatsApp or the carrier did not
# deliver (30003 the phone unreachable, 30004 blocked, 30007 filtered, 30008 unknown). Any other 4xx is given up
# too, as `other`.
BAD_NUMBER = (21211, 21614, 63003, 63024, 30005, 30006)
UNDELIVERABLE = (30003, 30004, 30007, 30008)

NO_TEXT = "-"  # a template's variable for a message with no text of its own


@dataclass(frozen=True)
class Outgoing:
    """One message for a transport: free text or a template, at most one media URL."""

    to: str  # E.164
    body: str = ""
    media_url: str | None = None
    content_sid: str | None = None
    content_variables: dict | None = None
    status_callback: str | None = None


class TransportError(Exception):
    """A send failed; `retryable` says whether to try again, `ambiguous` whether it may have gone out."""

    def __init__(self, message: str, *, code: int | None = None, retryable: bool = True,
                 ambiguous: bool = False):
        super().__init__(message)
        self.code = code
        self.retryable = retryable
        self.ambiguous = ambiguous


class TwilioTransport:
    """Sends through the real twilio client; `api_base_url` redirects it (staging, tests)."""

    def __init__(self, account_sid: str, auth_token: str, sender: str, *,
                 api_base_url: str = "", timeout: float = 10.0):
        self.sender = sender
        http_client = TwilioHttpClient(timeout=timeout)
        self.client = Client(account_sid, auth_token, http_client=http_client)
        if api_base_url:
            self.client.api.base_url = api_base_url.rstrip("/")

    def send(self, message: Outgoing) -> str:
        """Create the message on Twilio and return its SID, or raise TransportError."""
        try:
            created = self.client.messages.create(**self._params(message))
        except TwilioRestException as exc:
            raise _rest_error(exc) from exc
        except (TwilioException, requests.RequestException) as exc:
            raise _connection_error(exc) from exc
        return created.sid

    def find_sent(self, message: Outgoing, since: datetime) -> list[str]:
        """SIDs of messages to the same person with the same content created since `since`, newest first.

        Twilio lists newest first; we page back until the messages are older than `since` (no DateSent
        filter: a message still queued has no date_sent and would be missed).
        """
        earliest = since - timedelta(minutes=2)  # allow for clock skew between us and Twilio
        found = []
        try:
            for candidate in self.client.messages.stream(to=f"whatsapp:{message.to}", from_=self.sender,
                                                         page_size=100):
                created = candidate.date_created
                if created is not None and created < earliest:
                    break
                if _same_content(candidate, message):
                    found.append(candidate.sid)
        except TwilioRestException as exc:
            raise _rest_error(exc) from exc
        except (TwilioException, requests.RequestException) as exc:
            raise _connection_error(exc) from exc
        return found

    def _params(self, message: Outgoing) -> dict:
        params = {"from_": self.sender, "to": f"whatsapp:{message.to}"}
        if message.content_sid:
            params["content_sid"] = message.content_sid
            params["content_variables"] = json.dumps(message.content_variables or {})
        else:
            params["body"] = message.body
        if message.media_url:
            params["media_url"] = [message.media_url]
        if message.status_callback:
            params["status_callback"] = message.status_callback
        return params


def _same_content(candidate, message: Outgoing) -> bool:
    """Whether a listed message is this one: same text, or for a template its rendered text holds our variable (a
    real one: the placeholder of a message with no text would be found in almost any message)."""
    listed = candidate.body or ""
    if message.content_sid:
        variable = str((message.content_variables or {}).get("1", ""))
        return variable.strip() not in ("", NO_TEXT) and variable in listed
    return listed == message.body


def _rest_error(exc: TwilioRestException) -> TransportError:
    code = exc.code
    status = exc.status or 0
    if code in (THROTTLED, TOO_MANY_REQUESTS) or status == 429:
        return TransportError(f"throttled ({code})", code=code, retryable=True)
    if status >= 500:
        return TransportError(f"Twilio {status}", code=code, retryable=True, ambiguous=True)
    if status == 401 or code == AUTHENTICATION:
        return TransportError(f"{CREDENTIALS_REFUSED} (Twilio {status} {code}): {CREDENTIALS_HINT}",
                              code=AUTHENTICATION)
    return TransportError(f"Twilio {status} {code}: {exc.msg}", code=code, retryable=False)


def _connection_error(exc: Exception) -> TransportError:
    """A failed connection is retried; it is ambiguous unless the request surely never left."""
    text = str(exc)
    never_sent = isinstance(exc, requests.ConnectTimeout) or (
        isinstance(exc, requests.ConnectionError)
        and ("refused" in text.lower() or "NewConnectionError" in text))
    return TransportError(f"connection: {type(exc).__name__}: {text[:200]}", retryable=True,
                          ambiguous=not never_sent)


@dataclass
class ConsoleTransport:
    """Logs what it would send and keeps it in `sent`; used when no Twilio account is configured."""

    sent: list[Outgoing] = field(default_factory=list)

    def send(self, message: Outgoing) -> str:
        """Log the message and return a made-up SID."""
        self.sent.append(message)
        text = message.body
        if message.content_sid:
            text = f"[template {message.content_sid}] {message.content_variables}"
        media = f" [media {message.media_url}]" if message.media_url else ""
        logger.info("console → %s: %s%s", message.to, text, media)
        return "SMconsole" + uuid.uuid4().hex[:23]

    def find_sent(self, message: Outgoing, since: datetime) -> list[str]:
        """The console keeps no remote record: nothing to reconcile."""
        return []


def build_transport(config: dict):
    """Return the Twilio transport when credentials are configured, else the console transport."""
    if config["TWILIO_ACCOUNT_SID"]:
        return TwilioTransport(
            config["TWILIO_ACCOUNT_SID"], config["TWILIO_AUTH_TOKEN"], config["TWILIO_WHATSAPP_FROM"],
            api_base_url=config["TWILIO_API_BASE_URL"], timeout=config["TWILIO_TIMEOUT_SECONDS"])
    return ConsoleTransport()
