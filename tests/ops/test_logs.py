"""Logs: JSON lines in production with the request id and MessageSid, never the citizen's words or number."""

from __future__ import annotations

import io
import json
import logging

import pytest

from ops.logs import json_logs, make_handler
from tests.conftest import WhatsApp
from tests.parties import CITIZEN, shows_number


@pytest.mark.parametrize(("log_format", "env", "expected"), [
    ("auto", "production", True), ("auto", "development", False), ("json", "development", True),
    ("text", "production", False)])
def test_json_lines_in_production_unless_told_otherwise(log_format, env, expected):
    assert json_logs({"LOG_FORMAT": log_format, "APP_ENV": env}) is expected


def test_a_webhook_log_line_carries_the_request_and_message_ids_but_no_text(app):
    stream = io.StringIO()
    handler = make_handler({"LOG_FORMAT": "json", "APP_ENV": "production"}, stream)
    watched = logging.getLogger("bot.webhook")
    watched.addHandler(handler)
    previous = watched.level
    watched.setLevel(logging.INFO)
    try:
        wa = WhatsApp(app)
        form = wa.form(CITIZEN, "rahasia sekali isi pesan ini")
        response = wa.client.post("/twilio/whatsapp", data=form, headers={
            "X-Twilio-Signature": "forged", "X-Request-Id": "req-abc-123"})
    finally:
        watched.removeHandler(handler)
        watched.setLevel(previous)
    assert response.status_code == 403 and response.headers["X-Request-Id"] == "req-abc-123"
    [line] = stream.getvalue().splitlines()
    record = json.loads(line)
    assert record["levelname"] == "WARNING" and record["name"] == "bot.webhook"
    assert record["request_id"] == "req-abc-123" and record["message_sid"] == form["MessageSid"]
    assert "rahasia" not in line and not shows_number(line, CITIZEN)


def test_every_response_gets_a_request_id(app):
    first, second = (app.test_client().get("/healthz").headers["X-Request-Id"] for _ in range(2))
    assert len(first) == 32 and first != second
