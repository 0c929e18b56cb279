"""The signed WhatsApp webhook's common answer, served in front of Flask (issue 20, hot25).

`WebhookFront` wraps Flask's own WSGI callable (`app.wsgi_app`, inside ProxyFix when proxies are trusted). A POST to
`/twilio/whatsapp` whose form is Twilio's url-encoded one, signed with the current token and a valid message, is
answered here: the same form reading (`bot.webhook.url_fields`), the same signature check (`is_signed`), the same
`parse_form`, `receive` and TwiML as the blueprint's view, with the request id (`X-Request-Id`, and on every log line
of the request through `ops.logs.FRONT_REQUEST`) and the latency metric that Flask's hooks give every request. What
it skips is Flask's machinery around them: the request and app contexts, URL routing, the hooks' loops, the
response object (about a tenth of a message's instructions: docs/performance.md, hot25).

Every other request goes to Flask untouched, and so does anything unusual about this one (a query string, another
content type, no or a chunked length, a body over the limit or not UTF-8, a refused signature, an
invalid message, `SERVER_NAME` or `TRUSTED_HOSTS` set, a test client keeping the context): the body read is given
back as the input stream, and Flask answers exactly as it did before the front existed (403, 413, 400, its logs).
Once `receive` has started, an error it raises is handed to Flask too (`FAILED`): the blueprint's view raises it
again, so a database that went away is the 503 with Retry-After and anything else the logged 500 (or, when Flask
propagates exceptions, raised), with the same request id, counted in the metrics as before. `receive` rolls its
transaction back before it raises: nothing half-written either way.
"""

from __future__ import annotations

import io
import re
from time import perf_counter

from bot import webhook
from bot.inbound import parse_form
from bot.webhook import FAILED, URLENCODED, is_signed, note_previous_token, twiml_document, url_fields
from config import previous_signing_token, signing_token
from ops.logs import FRONT_REQUEST, request_id_for
from ops.metrics import STARTED, observe_request
from services import services

WHATSAPP = "/twilio/whatsapp"
ENDPOINT = "twilio.whatsapp"  # the blueprint's endpoint: the metrics' label for this door


class WebhookFront:
    """A WSGI callable answering the signed WhatsApp webhook's common request, and handing every other to Flask."""

    def __init__(self, app, flask_wsgi) -> None:
        self.app, self.flask = app, flask_wsgi

    def __call__(self, environ: dict, start_response):
        if environ.get("PATH_INFO") != WHATSAPP or environ.get("REQUEST_METHOD") != "POST" \
                or not utf8_form(environ.get("CONTENT_TYPE")) or environ.get("QUERY_STRING") \
                or "werkzeug.debug.preserve_context" in environ:
            return self.flask(environ, start_response)
        started = perf_counter()
        config = self.app.config
        signature = environ.get("HTTP_X_TWILIO_SIGNATURE")
        if not signature or config["SERVER_NAME"] or config["TRUSTED_HOSTS"] is not None \
                or self.app.url_map.host_matching:
            return self.flask(environ, start_response)
        body = read_body(environ, config["MAX_CONTENT_LENGTH"])
        if body is None:
            return self.flask(environ, start_response)
        try:
            fields = url_fields(body.decode())
            with_previous = self.signed_with(environ, config, fields, signature)
            message = parse_form(fields.first()) if with_previous is not None else None
        except Exception:  # noqa: BLE001 - not UTF-8, an invalid message (the view's 400), anything else: Flask reads
            message = None  # it again as before, and raises, logs and counts what it raises
        if message is None:
            environ["wsgi.input"] = io.BytesIO(body)
            return self.flask(environ, start_response)
        request_id = request_id_for(environ)
        token = FRONT_REQUEST.set((request_id, fields))
        try:
            if with_previous:
                note_previous_token(WHATSAPP)  # as the view logs it, with the request's ids
            svc = services(self.app)
            replies = webhook.receive(svc, message, svc.clock())  # the view's own, read when called as it reads it
        except Exception as error:  # noqa: BLE001 - answered by Flask, as every error of a request is
            failed = error
        else:
            failed = None
        finally:
            FRONT_REQUEST.reset(token)
        if failed is not None:
            environ.update({"wsgi.input": io.BytesIO(body), "HTTP_X_REQUEST_ID": request_id, FAILED: failed,
                            STARTED: started})
            return self.flask(environ, start_response)
        answer = twiml_document(replies).encode()
        observe_request(ENDPOINT, 200, started)
        start_response("200 OK", [("Content-Type", "text/xml; charset=utf-8"), ("X-Request-Id", request_id),
                                  ("Content-Length", str(len(answer)))])
        return [answer]

    def signed_with(self, environ: dict, config, fields, signature: str) -> bool | None:
        """Whether the request is signed with the previous token (in a rotation) rather than the current one; None
        when it is signed with neither (a refusal, Flask's to answer and log)."""
        url = self.signed_url(environ, config)
        if is_signed(signing_token(config), url, fields, signature):
            return False
        previous = previous_signing_token(config)
        return True if previous is not None and is_signed(previous, url, fields, signature) else None

    def signed_url(self, environ: dict, config) -> str:
        """The URL Twilio signed, as `bot.webhook.signed_url` reads it (the front takes no query string)."""
        base = config["PUBLIC_BASE_URL"].rstrip("/")
        if base:
            return base + WHATSAPP
        return self.app.request_class(environ).url


FORM_CHARSET = re.compile(r"\s*charset\s*=\s*\"?utf-?8\"?\s*", re.IGNORECASE)


def utf8_form(content_type: str | None) -> bool:
    """Whether a Content-Type is Twilio's url-encoded form, bare or with its charset named as UTF-8 ("…;
    charset=utf-8"); any other charset or parameter is Flask's to read."""
    if content_type == URLENCODED:
        return True
    kind, _, params = (content_type or "").partition(";")
    return kind.strip().lower() == URLENCODED and FORM_CHARSET.fullmatch(params) is not None


def read_body(environ: dict, limit: int | None) -> bytes | None:
    """The request's body as werkzeug's `get_data` reads it (`get_input_stream`), or None when Flask is to read it:
    no plain Content-Length, one over `limit` (its 413), a chunked one. A body shorter than its length, or a body
    past the limit on a stream the server ends (gunicorn's `wsgi.input_terminated`), is given back as the input
    stream, for werkzeug to answer as it does."""
    length = environ.get("CONTENT_LENGTH")
    if not length or not length.isascii() or not length.isdigit() or "HTTP_TRANSFER_ENCODING" in environ:
        return None
    size = int(length)
    if limit is not None and size > limit:
        return None
    stream = environ["wsgi.input"]
    if "wsgi.input_terminated" in environ:  # werkzeug reads such a stream to its end, up to the limit
        body = stream.read() if limit is None else stream.read(limit + 1)
        if limit is not None and len(body) > limit:
            environ["wsgi.input"] = io.BytesIO(body)
            return None
        return body
    body = b""
    while len(body) < size:
        chunk = stream.read(size - len(body))
        if not chunk:  # the client went away: werkzeug's own answer
            environ["wsgi.input"] = io.BytesIO(body)
            return None
        body += chunk
    return body
