"""The Twilio webhooks: signature check, parsing, one call into the bot, TwiML out."""

from __future__ import annotations

import logging
from functools import wraps
from urllib.parse import unquote
from xml.sax.saxutils import escape

from flask import Blueprint, Request, Response, abort, current_app, g, request
from twilio.request_validator import RequestValidator, compare

from bot.dispatch import receive
from bot.inbound import NOT_XML, InvalidMessage, parse_form
from bot.outbox import split_body
from bot.status import record_status
from config import previous_signing_token, signing_token
from services import services

logger = logging.getLogger(__name__)

bp = Blueprint("twilio", __name__, url_prefix="/twilio")


def signed_url(req: Request, config) -> str:
    """The URL Twilio signed: PUBLIC_BASE_URL + path when set, else the request URL (after ProxyFix)."""
    base = config["PUBLIC_BASE_URL"].rstrip("/")
    if not base:
        return req.url
    query = req.query_string.decode()
    return f"{base}{req.path}" + (f"?{query}" if query else "")


def twilio_signed(view):
    """Refuse (403) any request whose X-Twilio-Signature does not match its URL and parameters; hand the view the
    fields signed (`posted_fields`: each name with its list of values)."""

    @wraps(view)
    def checked(*args, **kwargs):
        # Flask's context locals read once: each attribute read through their proxies costs about as much as a
        # dict's copy (a missing attribute's AttributeError, then the proxy's `__getattr__`)
        req, config = request._get_current_object(), current_app._get_current_object().config
        signature = req.environ.get("HTTP_X_TWILIO_SIGNATURE", "")  # `req.headers.get`, without its key's spelling
        if not signature:
            logger.warning("refused a request to %s without X-Twilio-Signature", req.path)
            abort(403)
        url = signed_url(req, config)
        # the log's MessageSid reads them too (ops.logs.RequestFilter)
        fields = g._get_current_object().form_fields = posted_fields(req)
        # a request the front handed over after `receive` failed (`FAILED`): the front checked it and logged a
        # rotation's token already, once a request
        if not is_signed(signing_token(config), url, fields, signature) \
                and not _signed_with_previous(url, fields, signature, noted=FAILED in req.environ):
            abort(403)
        return view(fields, *args, **kwargs)

    return checked


def _signed_with_previous(url: str, fields, signature: str, noted: bool = False) -> bool:
    """Whether a request the current token refuses is signed with TWILIO_AUTH_TOKEN_PREVIOUS (a rotation under way:
    Twilio signs with the account's primary token, the old one until the new one is promoted); logs which, so the
    operator knows when the rotation is over and when every webhook is refused, what to check (`noted`: its
    acceptance was logged already, by the front)."""
    previous = previous_signing_token(current_app.config)
    if signed_with_previous(previous, request.path, url, fields, signature, noted=noted):
        return True
    # Every message refused is the operator's setting, far more often than a forgery: say what to check.
    tokens = "TWILIO_AUTH_TOKEN (nor with TWILIO_AUTH_TOKEN_PREVIOUS)" if previous else "TWILIO_AUTH_TOKEN"
    logger.warning("refused a request to %s: its X-Twilio-Signature does not match %s signed with %s; when every "
                   "webhook is refused, check TWILIO_AUTH_TOKEN (the account's primary token) and PUBLIC_BASE_URL (or "
                   "TRUSTED_PROXIES) against the URL set in the Twilio Console", request.path, url, tokens)
    return False


def signed_with_previous(previous: str | None, path: str, url: str, fields, signature: str,
                         noted: bool = False) -> bool:
    """Whether a request is signed with the previous token (`previous_signing_token`, None: no rotation under way);
    logs that it is, unless that was `noted` for this request already."""
    if previous is None or not is_signed(previous, url, fields, signature):
        return False
    if not noted:
        note_previous_token(path)
    return True


def note_previous_token(path: str) -> None:
    """Log that a request to `path` was accepted with the previous token: the operator knows the rotation is not
    over while Twilio still signs with it."""
    logger.info("accepted a request to %s signed with TWILIO_AUTH_TOKEN_PREVIOUS: Twilio still signs with the "
                "token before the rotation", path)


URLENCODED = "application/x-www-form-urlencoded"


class Fields(dict):
    """A request's fields, each name with its list of values in the order sent (werkzeug's `MultiDict.lists()`),
    read by twilio's validator through `getall`."""

    def getall(self, name: str) -> list[str]:
        return self[name]

    def first(self) -> dict:
        """Each name with its first value (werkzeug's `MultiDict.to_dict()`)."""
        return {name: values[0] for name, values in self.items()}


def posted_fields(req: Request) -> Fields:
    """The request's form fields, as werkzeug reads them into `req.form`.

    A url-encoded body (the form Twilio posts) is read the way werkzeug 3.1's form parser reads one (`parse_qsl`
    of the body decoded as UTF-8, blanks kept, an undecodable escape kept as written; a body that is no UTF-8 has no
    fields), without its machinery around that call: the parser's making, the input stream's wrapping and the
    MultiDict, about 2% of a message. The body is read within the request's size limit (413), as for the form.
    Any other body (multipart: its part limits apply) is werkzeug's `request.form`."""
    # Twilio's content type exactly, as werkzeug's `mimetype` reads it: that property parses the header every time
    if req.environ.get("CONTENT_TYPE") != URLENCODED and req.mimetype != URLENCODED:
        return Fields(req.form.lists())
    try:
        text = req.get_data().decode()
    except UnicodeDecodeError:  # werkzeug's parser reads such a body as an empty form (its ValueError, silenced)
        return Fields()
    return url_fields(text)


def url_fields(text: str) -> Fields:
    """The fields of a url-encoded text: `parse_qsl(text, keep_blank_values=True, errors="werkzeug.url_quote")`,
    each name with its values in order. parse_qsl's own loop called `unquote` and a no-op coercion for every name and
    value (about 45 calls a message); here `unquote` is called only for a part with an escape in it (for any other,
    it returns the part as given)."""
    fields = Fields()
    for pair in text.split("&"):
        if not pair:
            continue
        name, _, value = pair.partition("=")  # no "=": a blank value
        name, value = name.replace("+", " "), value.replace("+", " ")
        if "%" in name:
            name = unquote(name, errors="werkzeug.url_quote")
        if "%" in value:
            value = unquote(value, errors="werkzeug.url_quote")
        if name in fields:
            fields[name].append(value)
        else:
            fields[name] = [value]
    return fields


def is_signed(token: str, url: str, fields, signature: str) -> bool:
    """Tell whether `signature` is Twilio's for the URL and the fields (`Fields`, or a werkzeug MultiDict), by
    twilio's RequestValidator: the URL as requested first, and only when that fails its `validate` (the URL with its
    port written and left out).

    `validate` computes the HMAC for both forms of the URL every time, and reads Flask's form by raising and
    catching an AttributeError per field; the fields are handed over as the `getall` it looks for first.

    A field without a name (werkzeug reads none from a multipart part whose name holds a line break) is in no form
    Twilio signs; the validator's sort of the names was a 500 on it."""
    if None in fields:
        return False
    validator = RequestValidator(token)
    if not isinstance(fields, Fields):
        fields = Fields(fields.lists())
    return compare(validator.compute_signature(url, fields), signature) or validator.validate(url, fields, signature)


# The environ's key of the error `receive` raised for a message answered in front of Flask (bot.front): handed here
# to be answered as any error of a request is (ops.database's 503, the logged 500), after the same signature check.
FAILED = "penghubung.front.failed"


@bp.post("/whatsapp")
@twilio_signed
def whatsapp(fields: Fields):
    """Receive one WhatsApp message and answer it with TwiML."""
    failed = request.environ.pop(FAILED, None)
    if failed is not None:
        raise failed
    try:
        # A plain dict: werkzeug's MultiDict.get raises and catches an HTTP exception for every field not sent,
        # and most of the optional ones parse_form looks for are not
        message = parse_form(fields.first())
    except InvalidMessage as exc:
        logger.warning("refused inbound message: %s", exc)  # the reason only, never what was sent
        return Response(f"Bad request: {exc}\n", status=400, mimetype="text/plain")
    svc = services(current_app._get_current_object())
    replies = receive(svc, message, svc.clock())
    return twiml(replies)


@bp.post("/status")
@twilio_signed
def status(fields: Fields):
    """Record a delivery status callback."""
    svc = services(current_app)
    try:
        with svc.session_factory.begin() as session:
            record_status(session, fields.first(), current_app.config, svc.clock())
    except ValueError as exc:
        return Response(f"Bad request: {exc}\n", status=400, mimetype="text/plain")
    return Response(status=204)


TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response>{}</Response>'


def twiml(replies: list[str]) -> Response:
    """Render replies as TwiML messages, each within WhatsApp's 1,600 characters (none: an empty response)."""
    return Response(twiml_document(replies), mimetype="text/xml")


def twiml_document(replies: list[str]) -> str:
    """The TwiML document of the replies: the one twilio's MessagingResponse writes, built as a string (its
    ElementTree round trip cost more). Text from elsewhere (an SP4N-LAPOR! import) may hold characters XML cannot
    carry: they are dropped here too."""
    messages = "".join(f"<Message>{escape(part)}</Message>" for text in replies
                       for part in split_body(NOT_XML.sub("", text)))
    return TWIML.format(messages)
