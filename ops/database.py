"""A database that does not answer (restarted, failing over, unreachable) is a 503 that says so, not a 500.

The pool replaces the dead connections by itself (SQLAlchemy invalidates the pool on a disconnect; `models.db`
pings a connection idle for a while), so the first request after the database is back is served: no restart.
"""

from __future__ import annotations

import logging

from flask import Flask, current_app, g, request
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import ServiceUnavailable

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 5  # a restart or a failover takes seconds; Twilio retries a 5xx webhook (docs/deploying.md)


def init_app(app: Flask) -> None:
    """Answer a request the database failed with a 503 (the dashboard's page in Bahasa Indonesia, plain text to
    the webhooks) and a Retry-After."""
    app.register_error_handler(OperationalError, database_unavailable)


def database_unavailable(error: OperationalError):
    """The 503 for a request whose database went away; the log names the driver's error, never the statement
    (its parameters may be a citizen's words)."""
    from ops.metrics import ERRORS

    ERRORS.labels(endpoint=request.endpoint or "unknown").inc()
    reason = str(error.orig).strip().splitlines()[0][:200] if error.orig is not None else "no answer"
    logger.error("the database does not answer (%s: %s): answered 503", type(error.orig).__name__, reason)
    session = g.get("db_session")
    if session is not None:
        try:
            session.rollback()
        except Exception:  # noqa: BLE001 - the connection is gone; the pool replaces it
            logger.debug("rollback after a lost connection failed", exc_info=True)
    unavailable = ServiceUnavailable("The database is unavailable for a moment; retry shortly.",
                                     retry_after=RETRY_AFTER_SECONDS)
    response = current_app.make_response(current_app.handle_http_exception(unavailable))
    response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
