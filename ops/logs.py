"""Logging: readable text in development, one JSON object a line in production, each line with its request id."""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Mapping
from contextvars import ContextVar
from datetime import UTC, datetime

from flask import Flask, Response, g, has_request_context, request
from gunicorn.glogging import Logger as GunicornBaseLogger
from pythonjsonlogger.json import JsonFormatter

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
JSON_FIELDS = "%(asctime)s %(levelname)s %(name)s %(message)s"
# Libraries that log every run, plugin or request at INFO: the twilio client eleven lines a request, and the
# query of the outbox's reconciliation (`To=whatsapp:+62…`, a person's number) among them.
QUIET_AT_INFO = ("apscheduler", "alembic", "twilio.http_client")


def configure_logging(config: dict) -> None:
    """Give the root logger one handler of ours with the configured format and level."""
    root = logging.getLogger()
    root.setLevel(config["LOG_LEVEL"])
    ours = [handler for handler in root.handlers if getattr(handler, "penghubung", False)]
    if not ours and root.handlers:
        return  # someone else (a test runner, an embedding server) configured logging already
    for handler in ours:
        root.removeHandler(handler)
    root.addHandler(make_handler(config))
    if config["LOG_LEVEL"].upper() != "DEBUG":
        for noisy in QUIET_AT_INFO:
            logging.getLogger(noisy).setLevel(logging.WARNING)


def make_handler(config: dict, stream=None) -> logging.Handler:
    """A stream handler with the configured format whose records carry the request id and MessageSid."""
    handler = logging.StreamHandler(stream)
    handler.penghubung = True
    handler.setFormatter(JsonLineFormatter(JSON_FIELDS) if json_logs(config) else TextLineFormatter(TEXT_FORMAT))
    handler.addFilter(RequestFilter())
    return handler


def json_logs(config: dict) -> bool:
    """JSON lines when asked, or in production when LOG_FORMAT is auto."""
    fmt = config["LOG_FORMAT"]
    return fmt == "json" or (fmt == "auto" and config["APP_ENV"] == "production")


def utc_time(record: logging.LogRecord) -> str:
    """A record's time in ISO 8601, UTC, to the millisecond (`2026-12-07T01:02:03.456Z`): the same on every machine
    whatever its zone (before, the machine's local time without a zone, beside APScheduler's times in WIB)."""
    stamp = datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds")
    return stamp.removesuffix("+00:00") + "Z"


class TextLineFormatter(logging.Formatter):
    """The readable line, its time in UTC with its zone."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802 (logging's)
        return utc_time(record)


class JsonLineFormatter(JsonFormatter):
    """One JSON object a line, its `asctime` in UTC with its zone."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802 (logging's)
        return utc_time(record)


# The request id and the form fields of a webhook message answered in front of Flask (bot.front), while it is
# answered: RequestFilter's request id and MessageSid where there is no Flask request context.
FRONT_REQUEST: ContextVar[tuple[str, dict] | None] = ContextVar("front_request", default=None)


class RequestFilter(logging.Filter):
    """Add the request id and Twilio's MessageSid (never the text or the number) to records logged in a request."""

    def filter(self, record: logging.LogRecord) -> bool:
        if has_request_context():
            record.request_id = g.get("request_id", "")
            fields = g.get("form_fields")  # the webhook's form as it read it: werkzeug's form not parsed again
            if fields is not None:
                sid = (fields.get("MessageSid") or [None])[0]
            elif request.mimetype == "application/x-www-form-urlencoded":
                sid = request.form.get("MessageSid")
            else:
                sid = None
        elif (front := FRONT_REQUEST.get()) is not None:
            record.request_id, fields = front
            sid = (fields.get("MessageSid") or [None])[0]
        else:
            return True
        if sid:
            record.message_sid = sid[:64]
        return True


class GunicornLogger(GunicornBaseLogger):
    """gunicorn's logger (gunicorn.conf.py) whose lines are JSON when the service's are (LOG_FORMAT, APP_ENV)."""

    def setup(self, cfg) -> None:
        """Set gunicorn's handlers up, then give them the JSON formatter when the service logs JSON."""
        super().setup(cfg)
        environ = {"LOG_FORMAT": os.environ.get("LOG_FORMAT", "").strip().lower() or "auto",
                   "APP_ENV": os.environ.get("APP_ENV", "").strip().lower()}
        if environ["LOG_FORMAT"] not in ("auto", "json", "text") or not json_logs(environ):
            return  # a bad LOG_FORMAT is refused by the app's own start, which names it
        for log in (self.error_log, self.access_log):
            for handler in log.handlers:
                handler.setFormatter(JsonLineFormatter(JSON_FIELDS))
        for handler in self.access_log.handlers:
            handler.addFilter(_access_request_id)


def _access_request_id(record: logging.LogRecord) -> bool:
    """Give gunicorn's access line the `request_id` field the app's lines of that request have (the response's
    X-Request-Id, among the atoms gunicorn formats the line with)."""
    atoms = record.args if isinstance(record.args, Mapping) else {}
    request_id = atoms.get("{x-request-id}o")
    if request_id and request_id != "-":
        record.request_id = request_id
    return True


def init_app(app: Flask) -> None:
    """Give every request an id (the proxy's X-Request-Id when it sends one) and echo it in the response."""
    app.before_request(_assign_request_id)
    app.after_request(_echo_request_id)


# Flask's context locals are read by `_get_current_object()`, once a hook: each read through their proxies costs
# several times the read itself, and these hooks run for every request (docs/hot-path.md)
def _assign_request_id() -> None:
    g._get_current_object().request_id = request_id_for(request._get_current_object().environ)


def request_id_for(environ: dict) -> str:
    """A request's id: the proxy's X-Request-Id when it sends a printable one (its first 64 characters), else a new
    one of 32 random hex digits."""
    # `headers.get("X-Request-Id", "")` read where werkzeug reads it (a missing header was a KeyError caught)
    given = environ.get("HTTP_X_REQUEST_ID", "")
    # a new one: uuid4().hex built a UUID object around the same digits, a fifth of this hook's cost
    return given[:64] if given.isprintable() and given else secrets.token_hex(16)


def _echo_request_id(response: Response) -> Response:
    found = g._get_current_object().get("request_id")
    if found is not None:
        response.headers["X-Request-Id"] = found
    return response
