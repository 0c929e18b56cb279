"""Local fake of Twilio's REST Messages API for tests that use the real twilio client.

Point a real ``twilio.rest.Client`` at it with ``client.api.base_url = fake.base_url``.
It serves ``/2010-04-01/Accounts/{AccountSid}/Messages.json`` on 127.0.0.1 only, records
accepted messages and can inject the failures the product has to survive (HTTP 500/429,
WhatsApp errors 63016/63018, timeouts before and after acceptance, connection refused).
"""

import base64
import binascii
import json
import logging
import re
import secrets
import sys
import threading
from collections import deque
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from http.server import ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

from tests.fakehttp import JSONHandler, port_held

logger = logging.getLogger(__name__)

DEFAULT_ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
DEFAULT_AUTH_TOKEN = "fake-auth-token"
API_VERSION = "2010-04-01"
DEFAULT_PAGE_SIZE = 50
DEFAULT_DELAY = 2.0

# A recipient Twilio takes: an E.164 number, on WhatsApp also a business-scoped user ID (`whatsapp:ID.1349…`).
VALID_TO = re.compile(r"(?:whatsapp:)?\+[1-9][0-9]{6,14}|whatsapp:[A-Z]{2}\.(?:ENT\.)?[A-Za-z0-9]{1,128}")
MESSAGES_PATH = re.compile(r"^/2010-04-01/Accounts/(?P<sid>[^/]+)/Messages\.json$")
# A media item of a received message (Twilio answers it with a redirect to its CDN) and the CDN's copy.
MEDIA_PATH = re.compile(r"^/2010-04-01/Accounts/(?P<sid>[^/]+)/Messages/[^/]+/Media/(?P<me>ME[0-9a-f]+)$")
CDN_PATH = re.compile(r"^/cdn/(?P<me>ME[0-9a-f]+)$")

# mode -> (HTTP status, Twilio error code, message) answered instead of accepting.
FAILURES = {
    "http500": (500, 20500, "Internal Server Error"),
    "http429": (429, 20429, "Too Many Requests"),
    # A wrong TWILIO_AUTH_TOKEN or TWILIO_ACCOUNT_SID (or a token rotated in the Console): nothing was accepted.
    "http401": (401, 20003, "Authenticate"),
    "error63016": (
        400,
        63016,
        (
            "Failed to send freeform message because you are outside the allowed "
            "window. If you are using WhatsApp, please use a Message Template."
        ),
    ),
    "error63018": (429, 63018, "Rate limit exceeded for Channel Sender"),
    # The message's media refused (WhatsApp answers most of these in a status callback; Twilio may answer at once).
    "error21620": (400, 21620, "Invalid media URL(s)"),
    "error12300": (400, 12300, "Invalid Content-Type"),
    "error63019": (400, 63019, "Media failed to download"),
    "error63021": (400, 63021, "Channel invalid content error"),
    "error11751": (400, 11751, "Media Message - Media exceeds messaging provider size limit"),
    "error63005": (400, 63005, "Channel did not accept given content. Please see Channel specific error message "
                               "for more information"),
    "error63034": (400, 63034, "Media exceeds size limit"),
    "error30008": (400, 30008, "Unknown error"),
    # The recipient replied STOP: Twilio refuses every message to them until they write again.
    "error21610": (400, 21610, "Attempt to send to unsubscribed recipient"),
    "error21211": (400, 21211, "Invalid 'To' Phone Number"),
    "error63003": (400, 63003, "Channel could not find To address"),
    "timeout_drop": (500, 20500, "Internal Server Error"),
    "timeout_accept": None,
}


def utc_now():
    """Return the current time as an aware UTC datetime."""
    return datetime.now(UTC)


def twilio_error(status, code, message):
    """Return a ``(status, payload)`` pair shaped like a Twilio REST error."""
    return status, {
        "code": code,
        "message": message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }


def _first(form, name):
    """Return the first non-empty value of a form field, or None."""
    value = form.get(name, [""])[0]
    return value or None


def _parse_content_variables(raw):
    """Return ContentVariables as a dict, or None when absent."""
    if raw is None:
        return None
    parsed = json.loads(raw)
    if not isinstance(parsed, dict):
        raise TypeError("ContentVariables must be a JSON object")
    return parsed


def _parse_date(raw):
    """Return the calendar date of a ``DateSent`` filter value."""
    return date.fromisoformat(raw[:10])


class FakeTwilio:
    """Twilio Messages API on 127.0.0.1 that records messages and injects failures."""

    def __init__(
        self,
        account_sid=DEFAULT_ACCOUNT_SID,
        auth_token=DEFAULT_AUTH_TOKEN,
        clock=utc_now,
        media_auth=True,
        default_media=None,
    ):
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.clock = clock
        # Media of received messages (`add_media`): behind basic auth like Twilio's (HTTP authentication of media
        # on), or open; `default_media` (bytes, type) answers any media URL not added.
        self.media_auth = media_auth
        self.default_media = default_media
        self._media = {}
        self._media_fetches = {}
        self.media_refused = 0  # media GETs answered 401 (wrong or no credentials)
        self._pauses = {}
        self._before = {}  # ME id -> what its next authorised GETs get before the bytes (404, "empty")
        self._media_written = {}
        # Called with each accepted message before Twilio's answer leaves: what Twilio does meanwhile (a status
        # callback that reaches the app before the sender has the SID).
        self.on_accept = None
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._server = None
        self._thread = None
        self._port = None
        self._held = None
        self._reset_state()

    # -- lifecycle ---------------------------------------------------------

    def start(self):
        """Serve on 127.0.0.1, on a free port the first time and the same one after."""
        self._wake.clear()
        self.up()
        return self

    def stop(self):
        """Stop serving and wake any request that is sleeping in a timeout mode."""
        self._wake.set()
        self.down()
        self._release()

    def up(self):
        """Open the listening socket again on the same port after ``down()``."""
        if self._server is not None:
            return
        self._release()
        self._server = _Server(("127.0.0.1", self._port or 0), _Handler, self)
        self._port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"fake-twilio-{self._port}",
            daemon=True,
        )
        self._thread.start()
        logger.debug("Fake Twilio listening on %s", self.base_url)

    def down(self):
        """Close the listening socket so new connections are refused."""
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        self._thread.join()
        self._held = port_held(self._port)  # refused, and no other test process takes the port meanwhile
        logger.debug("Fake Twilio on port %d is down", self._port)

    def _release(self):
        held, self._held = self._held, None
        if held is not None:
            held.close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()

    @property
    def port(self):
        """Return the TCP port, fixed once ``start()`` has run."""
        return self._port

    @property
    def base_url(self):
        """Return the URL to assign to ``client.api.base_url``."""
        return f"http://127.0.0.1:{self._port}"

    # -- inspection --------------------------------------------------------

    @property
    def messages(self):
        """Return copies of the accepted messages, oldest first."""
        with self._lock:
            return [dict(m, media_urls=list(m["media_urls"])) for m in self._messages]

    @property
    def requests(self):
        """Return how many POSTs arrived, failed ones included."""
        with self._lock:
            return self._requests

    @property
    def accepted_times(self):
        """Return the ``created_at`` of every accepted message, oldest first."""
        with self._lock:
            return [m["created_at"] for m in self._messages]

    def messages_per_second(self):
        """Return accepted messages per second between the first and the last."""
        times = self.accepted_times
        span = (times[-1] - times[0]).total_seconds() if len(times) > 1 else 0.0
        return (len(times) - 1) / span if span > 0 else 0.0

    def reset(self):
        """Forget messages, the request count and pending failures."""
        with self._lock:
            self._reset_state()

    def _reset_state(self):
        self._messages = []
        self._requests = 0
        self._failures = deque()
        self._fail_until = None
        self._fail_window = None

    # -- media -------------------------------------------------------------

    def add_media(self, data, content_type, *, with_length=True, chunk=64 * 1024, pause=0.0, before=()):
        """Serve `data` as the media of a received message and return its URL (as Twilio posts it in MediaUrl0);
        without `with_length` it is streamed with no Content-Length, `chunk` bytes at a time (`pause` seconds
        apart: an upstream trickling bytes). `before` lists what the first authorised GETs get instead, one each:
        an HTTP status (404: Twilio's media not propagated yet, right after its webhook) or "empty" (a 200 with
        no bytes)."""
        me = "ME" + secrets.token_hex(16)
        path = f"/{API_VERSION}/Accounts/{self.account_sid}/Messages/MM{secrets.token_hex(16)}/Media/{me}"
        with self._lock:
            self._media[me] = (data, content_type, with_length, chunk)
            self._before[me] = deque(before)
            if pause:
                self._pauses[me] = pause
        return self.base_url + path

    def media_fetches(self, url):
        """How many authorised GETs of a media URL arrived (the CDN copy that follows is not counted)."""
        match = MEDIA_PATH.match(urlsplit(url).path)
        with self._lock:
            return self._media_fetches.get(match["me"], 0) if match else 0

    def media_written(self, url):
        """How many bytes of a media item reached the client's socket before it stopped reading."""
        match = MEDIA_PATH.match(urlsplit(url).path)
        with self._lock:
            return self._media_written.get(match["me"], 0) if match else 0

    def handle_media(self, path, authorization):
        """Answer a media GET: ("redirect", location), ("bytes", me, item) or an error pair."""
        match = MEDIA_PATH.match(path)
        if match:
            if self.media_auth and not self._authorized(authorization):
                with self._lock:
                    self.media_refused += 1
                return twilio_error(401, 20003, "Authenticate")
            if match["sid"] != self.account_sid and self.media_auth:
                return twilio_error(404, 20404, f"The requested resource {path} was not found")
            with self._lock:
                self._media_fetches[match["me"]] = self._media_fetches.get(match["me"], 0) + 1
                before = self._before.get(match["me"])
                instead = before.popleft() if before else None
            if isinstance(instead, int):
                return twilio_error(instead, 20404 if instead == 404 else instead, f"HTTP {instead} for {path}")
            if instead == "empty":
                return "bytes", match["me"], (b"", self._media[match["me"]][1], True, 64 * 1024)
            return "redirect", f"/cdn/{match['me']}"
        match = CDN_PATH.match(path)
        with self._lock:
            item = self._media.get(match["me"]) if match else None
        if item is None and match and self.default_media:
            item = (*self.default_media, True, 64 * 1024)
        if item is None:
            return twilio_error(404, 20404, f"The requested resource {path} was not found")
        return "bytes", match["me"], item

    def _wrote(self, me, count):
        with self._lock:
            self._media_written[me] = self._media_written.get(me, 0) + count

    # -- failure injection -------------------------------------------------

    def fail_next(self, count, mode, delay=DEFAULT_DELAY):
        """Make the next ``count`` POSTs fail in ``mode``, one per POST in order."""
        _check_mode(mode)
        with self._lock:
            self._failures.extend([(mode, delay)] * count)

    def fail_for(self, seconds, mode, delay=DEFAULT_DELAY):
        """Make every POST fail in ``mode`` for ``seconds`` on the fake's clock."""
        _check_mode(mode)
        with self._lock:
            self._fail_until = self.clock() + timedelta(seconds=seconds)
            self._fail_window = (mode, delay)

    def _take_failure(self):
        """Return the failure for this POST: queued ones first, then an open window."""
        with self._lock:
            if self._failures:
                return self._failures.popleft()
            if self._fail_until is not None and self.clock() < self._fail_until:
                return self._fail_window
        return None

    def _sleep(self, seconds):
        """Wait like a slow upstream, but return early when the fake stops."""
        self._wake.wait(seconds)

    # -- request handling --------------------------------------------------

    def handle_post(self, path, authorization, form):
        """Return ``(status, payload)`` for a POST to the Messages list."""
        with self._lock:
            self._requests += 1
        error = self._check_request(path, authorization)
        if error:
            return error
        message, error = self._parse_message(form)
        if error:
            return error
        failure = self._take_failure()
        if failure:
            return self._fail(failure, message)
        return 201, self._resource(self._accept(message), sent=False)

    def handle_get(self, path, authorization, query):
        """Return ``(status, payload)`` for a GET of the Messages list."""
        error = self._check_request(path, authorization)
        if error:
            return error
        return 200, self._page(path, query)

    def _check_request(self, path, authorization):
        """Return an error pair for a bad path or bad credentials, else None."""
        match = MESSAGES_PATH.match(path)
        if match is None:
            return twilio_error(
                404, 20404, f"The requested resource {path} was not found"
            )
        if not self._authorized(authorization):
            return twilio_error(401, 20003, "Authentication Error - invalid username")
        if match["sid"] != self.account_sid:
            return twilio_error(
                404, 20404, f"The requested resource {path} was not found"
            )
        return None

    def _authorized(self, authorization):
        """Tell whether Basic auth carries this fake's account SID and auth token."""
        scheme, _, encoded = (authorization or "").partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            user, _, password = base64.b64decode(encoded).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return False
        return secrets.compare_digest(
            user, self.account_sid
        ) and secrets.compare_digest(password, self.auth_token)

    def _parse_message(self, form):
        """Return ``(message, None)`` for a valid form, else ``(None, error)``."""
        message = {
            "to": _first(form, "To"),
            "from_": _first(form, "From"),
            "body": _first(form, "Body"),
            "media_urls": [url for url in form.get("MediaUrl", []) if url],
            "content_sid": _first(form, "ContentSid"),
            "status_callback": _first(form, "StatusCallback"),
        }
        if not message["to"]:
            return None, twilio_error(400, 21604, "A 'To' phone number is required.")
        if not VALID_TO.fullmatch(message["to"]):
            return None, twilio_error(400, 21211, f"Invalid 'To' Phone Number: {message['to']}")
        if not message["from_"]:
            return None, twilio_error(400, 21603, "A 'From' phone number is required.")
        if not (message["body"] or message["media_urls"] or message["content_sid"]):
            return None, twilio_error(
                400, 21619, "A text message body or media urls must be specified."
            )
        try:
            message["content_variables"] = _parse_content_variables(
                _first(form, "ContentVariables")
            )
        except (TypeError, ValueError):
            return None, twilio_error(
                400, 21656, "The ContentVariables Parameter is invalid."
            )
        return message, None

    def _fail(self, failure, message):
        """Answer with the injected failure; timeout_accept and templates record."""
        mode, delay = failure
        logger.debug("Fake Twilio injecting %s", mode)
        if mode == "error63016" and message["content_sid"]:
            return 201, self._resource(self._accept(message), sent=False)
        if mode == "timeout_accept":
            resource = self._resource(self._accept(message), sent=False)
            self._sleep(delay)
            return 201, resource
        if mode == "timeout_drop":
            self._sleep(delay)
        return twilio_error(*FAILURES[mode])

    def _accept(self, message):
        """Record a message as accepted and return the stored dict.

        A template message is listed with its rendered text, as real Twilio shows it (the first variable
        stands for the rendered template here).
        """
        if message.get("content_sid") and not message.get("body"):
            variables = message.get("content_variables") or {}
            message = dict(message, body=f"[{message['content_sid'][:6]}] {variables.get('1', '')}")
        message = dict(
            message, sid="SM" + secrets.token_hex(16), created_at=self.clock()
        )
        with self._lock:
            self._messages.append(message)
        if self.on_accept is not None:
            self.on_accept(dict(message))
        return message

    def _page(self, path, query):
        """Return one page of matching messages in Twilio's paging envelope."""
        size = int(_first(query, "PageSize") or DEFAULT_PAGE_SIZE)
        number = int(_first(query, "Page") or 0)
        found = self._matching(query)
        records = found[number * size : (number + 1) * size]
        filters = {
            k: v[0]
            for k, v in query.items()
            if k not in ("Page", "PageSize", "PageToken")
        }

        def page_uri(n):
            return f"{path}?{urlencode(dict(filters, PageSize=size, Page=n))}"

        return {
            "messages": [self._resource(m, sent=True) for m in records],
            "page": number,
            "page_size": size,
            "start": number * size,
            "end": number * size + max(len(records) - 1, 0),
            "uri": page_uri(number),
            "first_page_uri": page_uri(0),
            "previous_page_uri": page_uri(number - 1) if number > 0 else None,
            "next_page_uri": page_uri(number + 1)
            if len(found) > (number + 1) * size
            else None,
        }

    def _matching(self, query):
        """Return recorded messages matching To, From and DateSent, newest first."""
        checks = [
            ("To", lambda m, v: m["to"] == v),
            ("From", lambda m, v: m["from_"] == v),
            ("DateSent", lambda m, v: m["created_at"].date() == _parse_date(v)),
            ("DateSent<", lambda m, v: m["created_at"].date() <= _parse_date(v)),
            ("DateSent>", lambda m, v: m["created_at"].date() >= _parse_date(v)),
        ]
        active = [
            (check, _first(query, name))
            for name, check in checks
            if _first(query, name)
        ]
        with self._lock:
            found = [
                m
                for m in reversed(self._messages)
                if all(check(m, v) for check, v in active)
            ]
        return sorted(found, key=lambda m: m["created_at"], reverse=True)

    def _resource(self, message, sent):
        """Return the Twilio JSON representation of a recorded message."""
        uri = (
            f"/{API_VERSION}/Accounts/{self.account_sid}/Messages/{message['sid']}.json"
        )
        created = format_datetime(message["created_at"].astimezone(UTC))
        return {
            "account_sid": self.account_sid,
            "api_version": API_VERSION,
            "body": message["body"] or "",
            "date_created": created,
            "date_updated": created,
            # Like Twilio, a freshly created message is queued and not yet sent.
            "date_sent": created if sent else None,
            "direction": "outbound-api",
            "error_code": None,
            "error_message": None,
            "from": message["from_"],
            "messaging_service_sid": None,
            "num_media": str(len(message["media_urls"])),
            "num_segments": "1",
            "price": None,
            "price_unit": "USD",
            "sid": message["sid"],
            "status": "sent" if sent else "queued",
            "subresource_uris": {"media": uri[: -len(".json")] + "/Media.json"},
            "to": message["to"],
            "uri": uri,
        }


def _check_mode(mode):
    """Raise ValueError for an unknown failure mode."""
    if mode not in FAILURES:
        raise ValueError(
            f"unknown failure mode {mode!r}; expected one of {sorted(FAILURES)}"
        )


class _Server(ThreadingHTTPServer):
    """ThreadingHTTPServer that knows its fake and keeps disconnects off stderr."""

    daemon_threads = True

    def __init__(self, address, handler, fake):
        self.fake = fake
        super().__init__(address, handler)

    def handle_error(self, request, client_address):
        # Called from socketserver's except block; a client that timed out lands here.
        logger.debug(
            "Fake Twilio request from %s failed: %s", client_address, sys.exc_info()[1]
        )


class _Handler(JSONHandler):
    """Turns HTTP requests into FakeTwilio calls and writes JSON answers."""

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        form = parse_qs(self.rfile.read(length).decode(), keep_blank_values=True)
        path = urlsplit(self.path).path
        self._reply(
            *self.server.fake.handle_post(path, self.headers.get("Authorization"), form)
        )

    def do_GET(self):
        url = urlsplit(self.path)
        if MEDIA_PATH.match(url.path) or CDN_PATH.match(url.path):
            self._media(self.server.fake.handle_media(url.path, self.headers.get("Authorization")))
            return
        query = parse_qs(url.query, keep_blank_values=True)
        self._reply(
            *self.server.fake.handle_get(
                url.path, self.headers.get("Authorization"), query
            )
        )



    def _media(self, answer):
        """Write a media answer: a redirect to the CDN copy, the bytes (in chunks), or a JSON error."""
        if answer[0] == "redirect":
            self.send_response(307)
            self.send_header("Location", answer[1])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if answer[0] != "bytes":
            self._reply(*answer)
            return
        _, me, (data, content_type, with_length, chunk) = answer
        try:
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            if with_length:
                self.send_header("Content-Length", str(len(data)))
            else:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            pause = self.server.fake._pauses.get(me, 0.0)
            for start in range(0, len(data), chunk):
                if pause and start:
                    self.server.fake._sleep(pause)
                self.wfile.write(data[start:start + chunk])
                self.wfile.flush()
                self.server.fake._wrote(me, len(data[start:start + chunk]))
        except (BrokenPipeError, ConnectionResetError):
            logger.debug("fake server: the client stopped reading media %s", me)
