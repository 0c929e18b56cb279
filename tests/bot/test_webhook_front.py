"""The signed WhatsApp webhook's common answer in front of Flask (bot.front): the same answer, log lines and metrics
as Flask's, and every other request handed to Flask untouched."""

from __future__ import annotations

import io
import json
import logging

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from werkzeug.test import Client, EnvironBuilder, run_wsgi_app
from werkzeug.wrappers import Response

import bot.conversation
from bot.front import WebhookFront, read_body
from models import InboundMessage
from ops.logs import FRONT_REQUEST, make_handler
from services import services
from tests.conftest import WhatsApp, count
from tests.ops.test_metrics import scrape, value

CITIZEN, OTHER = "+6281234567890", "+6281234567891"
OLD_TOKEN, NEW_TOKEN = "a1" * 16, "b2" * 16


def front_of(app) -> WebhookFront:
    front = app.wsgi_app
    assert isinstance(front, WebhookFront)
    return front


@pytest.fixture
def handed(app, monkeypatch) -> list[str]:
    """The paths of the requests the front handed to Flask."""
    front, paths = front_of(app), []
    flask = front.flask

    def spy(environ, start_response):
        paths.append(environ["PATH_INFO"])
        return flask(environ, start_response)

    monkeypatch.setattr(front, "flask", spy)
    return paths


def signed_request(wa: WhatsApp, form: dict, **headers) -> dict:
    """The keyword arguments of a signed POST of `form` to the webhook, with `headers`."""
    return {"path": "/twilio/whatsapp", "data": form, "headers": {
        "X-Twilio-Signature": wa.validator.compute_signature(wa.url, form), **headers}}


def answer(wsgi, request: dict):
    response = Client(wsgi, Response).post(**request)
    return response.status, [(name, value) for name, value in response.headers if name != "X-Request-Id"], \
        response.headers.get("X-Request-Id"), response.get_data()


# A person's first message, a number chosen at the menu, a long story, a location, a photo, a button's payload, a
# text with characters XML cannot carry, and an empty one: each answered as Flask answers it.
CONVERSATIONS = {
    "first message": [{"Body": "halo"}],
    "menu choice": [{"Body": "halo"}, {"Body": "1"}],
    "long story": [{"Body": "halo"}, {"Body": "1"}, {"Body": "1"},
                   {"Body": "Lampu jalan di depan SD Negeri 2 mati sejak seminggu, gelap sekali kalau malam " * 6}],
    "location": [{"Body": "halo"}, {"Body": "", "Latitude": "-7.25", "Longitude": "112.75"}],
    "photo": [{"Body": "halo"}, {"Body": "", "NumMedia": "1", "MediaUrl0": "https://api.twilio.com/m/ME1",
                                 "MediaContentType0": "image/jpeg"}],
    "button": [{"Body": "Ya", "ButtonPayload": "ya"}],
    "control characters": [{"Body": "halo\x00\x1b\ufffe"}],
    "empty": [{"Body": ""}],
}


@pytest.mark.parametrize("steps", CONVERSATIONS.values(), ids=CONVERSATIONS)
def test_a_signed_message_is_answered_in_front_of_flask_as_flask_answers_it(app, handed, steps):
    wa, front = WhatsApp(app), front_of(app)
    for number, fields in enumerate(steps):
        ours, flasks = wa.form(CITIZEN, **fields), wa.form(OTHER, **fields)
        by_front = answer(front, signed_request(wa, ours, **{"X-Request-Id": f"req-{number}"}))
        assert handed == []
        by_flask = answer(front.flask, signed_request(wa, flasks, **{"X-Request-Id": f"req-{number}"}))
        assert by_front == by_flask and by_front[0] == "200 OK" and by_front[2] == f"req-{number}"
        assert handed == ["/twilio/whatsapp"]  # the one sent to Flask by the test
        handed.clear()
    assert FRONT_REQUEST.get() is None


def test_a_repeated_delivery_is_answered_in_front_as_before_and_changes_nothing(app, handed, session):
    wa = WhatsApp(app)
    form = wa.form(CITIZEN, "halo")
    first, again = wa.post(form), wa.post(form)
    assert first.status == again.status == 200 and again.messages == first.messages and handed == []
    assert count(session, InboundMessage) == 1


def test_log_lines_of_a_message_answered_in_front_carry_its_request_and_message_ids(app, handed):
    stream = io.StringIO()
    handler = make_handler({"LOG_FORMAT": "json", "APP_ENV": "production"}, stream)
    watched = logging.getLogger("bot.dispatch")  # a repeated delivery is logged at INFO
    watched.addHandler(handler)
    previous = watched.level
    watched.setLevel(logging.INFO)
    wa = WhatsApp(app)
    form = wa.form(CITIZEN, "rahasia sekali")
    try:
        for _ in range(2):
            wa.client.post(**signed_request(wa, form, **{"X-Request-Id": "req-abc-123"}))
    finally:
        watched.removeHandler(handler)
        watched.setLevel(previous)
    [line] = stream.getvalue().splitlines()
    record = json.loads(line)
    assert record["request_id"] == "req-abc-123" and record["message_sid"] == form["MessageSid"]
    assert "rahasia" not in line and handed == []


def test_a_message_answered_in_front_gets_a_new_request_id_unless_a_printable_one_is_given(app, handed):
    wa = WhatsApp(app)
    ids = [wa.client.post(**signed_request(wa, wa.form(CITIZEN, "halo"), **headers)).headers["X-Request-Id"]
           for headers in ({}, {}, {"X-Request-Id": "a\x7fb"}, {"X-Request-Id": "r" * 80})]
    assert len(set(ids[:3])) == 3 and all(len(found) == 32 for found in ids[:3]) and ids[3] == "r" * 64
    assert handed == []


def test_a_message_answered_in_front_is_counted_by_the_metrics_as_flask_counts_it(app, handed):
    wa = WhatsApp(app)
    before = scrape(app)
    wa.send(CITIZEN, "halo")
    wa.send(CITIZEN, "1")
    after = scrape(app)
    requests = "penghubung_http_request_seconds_count"
    assert value(after, requests, endpoint="twilio.whatsapp", status="200") \
        - value(before, requests, endpoint="twilio.whatsapp", status="200") == 2
    handled = sum(after[key] - before.get(key, 0) for key in after
                  if key[0] == "penghubung_inbound_messages_total" and ("kind", "citizen") in key[1]
                  and ("outcome", "handled") in key[1])
    assert handled == 2
    assert handed == ["/metrics", "/metrics"]


def test_the_previous_token_during_a_rotation_is_accepted_in_front_and_logged_with_the_requests_ids(make_app,
                                                                                                    monkeypatch):
    app = make_app(TWILIO_AUTH_TOKEN=NEW_TOKEN, TWILIO_AUTH_TOKEN_PREVIOUS=OLD_TOKEN)
    handed = []
    flask = front_of(app).flask
    monkeypatch.setattr(front_of(app), "flask", lambda environ, start: handed.append(1) or flask(environ, start))
    stream = io.StringIO()
    handler = make_handler({"LOG_FORMAT": "json", "APP_ENV": "production"}, stream)
    watched = logging.getLogger("bot.webhook")
    watched.addHandler(handler)
    previous = watched.level
    watched.setLevel(logging.INFO)
    wa = WhatsApp(app, token=OLD_TOKEN)
    form = wa.form(CITIZEN, "halo")
    try:
        response = wa.client.post(**signed_request(wa, form, **{"X-Request-Id": "req-old"}))
        refused = wa.client.post(**signed_request(WhatsApp(app, token="c3" * 16), form))
    finally:
        watched.removeHandler(handler)
        watched.setLevel(previous)
    assert response.status_code == 200 and refused.status_code == 403 and handed == [1]
    accepted, refusal = (json.loads(line) for line in stream.getvalue().splitlines())
    assert "signed with TWILIO_AUTH_TOKEN_PREVIOUS" in accepted["message"]
    assert accepted["request_id"] == "req-old" and accepted["message_sid"] == form["MessageSid"]
    assert "nor with TWILIO_AUTH_TOKEN_PREVIOUS" in refusal["message"]


@pytest.mark.parametrize("failure", [ZeroDivisionError, OperationalError])
def test_a_request_signed_with_the_previous_token_that_fails_in_receive_logs_the_rotation_once(make_app, monkeypatch,
                                                                                                failure):
    """The front logged the rotation, `receive` failed, Flask was handed the request to answer the error and its
    view's signature check logged it a second time (staff20)."""
    app = make_app(TWILIO_AUTH_TOKEN=NEW_TOKEN, TWILIO_AUTH_TOKEN_PREVIOUS=OLD_TOKEN)
    app.config["PROPAGATE_EXCEPTIONS"] = False

    def fails(*args):
        raise OperationalError("SELECT 1", {}, ConnectionError("gone")) if failure is OperationalError else 1 / 0

    monkeypatch.setattr(bot.conversation, "handle", fails)
    stream = io.StringIO()
    handler = make_handler({"LOG_FORMAT": "json", "APP_ENV": "production"}, stream)
    watched = logging.getLogger("bot.webhook")
    watched.addHandler(handler)
    previous = watched.level
    watched.setLevel(logging.INFO)
    wa = WhatsApp(app, token=OLD_TOKEN)
    try:
        response = wa.client.post(**signed_request(wa, wa.form(CITIZEN, "halo"), **{"X-Request-Id": "req-old"}))
        again = wa.client.post(**signed_request(wa, wa.form(OTHER, "halo")))  # another message, another line
    finally:
        watched.removeHandler(handler)
        watched.setLevel(previous)
    assert response.status_code in (500, 503) and again.status_code in (500, 503)
    rotation = [json.loads(line) for line in stream.getvalue().splitlines() if "PREVIOUS" in line]
    assert len(rotation) == 2, rotation
    assert rotation[0]["request_id"] == "req-old"


def _form_body(wa: WhatsApp, **fields) -> tuple[dict, bytes]:
    form = wa.form(CITIZEN, "halo", **fields)
    return form, EnvironBuilder(method="POST", data=form).get_environ()["wsgi.input"].read()


# Requests the front hands to Flask, each answered as Flask answers it: refused, too large, another door or method,
# a query string, another content type, a body with no length or one that is not UTF-8, an invalid message.
def _near_misses(wa: WhatsApp) -> dict:
    form, body = _form_body(wa)
    signature = wa.validator.compute_signature(wa.url, form)
    post = {"path": "/twilio/whatsapp", "method": "POST", "headers": {"X-Twilio-Signature": signature}}
    return {
        "unsigned": ({**post, "data": form, "headers": {}}, 403),
        "forged": ({**post, "data": form, "headers": {"X-Twilio-Signature": "forged"}}, 403),
        "signed for another address": ({**post, "data": form, "headers": {
            "X-Twilio-Signature": wa.validator.compute_signature(wa.url + "/lain", form)}}, 403),
        "too large": ({**post, "data": {**form, "Body": "x" * 300_000}}, 413),
        "trailing slash": ({**post, "path": "/twilio/whatsapp/", "data": form}, 404),
        "read, not posted": ({**post, "method": "GET"}, 405),
        "with a query string": ({**post, "query_string": "a=1", "data": form}, 403),
        "multipart": ({**post, "data": form, "content_type": "multipart/form-data"}, 200),
        "not UTF-8": ({**post, "data": body + b"&Extra=%FF\xff", "content_type": URLENCODED}, 403),
        "invalid sender": ({**post, "data": {**form, "From": "whatsapp:bukan-nomor"}, "headers": {
            "X-Twilio-Signature": wa.validator.compute_signature(wa.url, {**form, "From": "whatsapp:bukan-nomor"})}},
            400),
    }


URLENCODED = "application/x-www-form-urlencoded"
NEAR_MISSES = ["unsigned", "forged", "signed for another address", "too large", "trailing slash", "read, not posted",
               "with a query string", "multipart", "not UTF-8", "invalid sender"]


@pytest.mark.parametrize("case", NEAR_MISSES)
def test_any_other_request_is_handed_to_flask_untouched(app, handed, case):
    wa = WhatsApp(app)
    request, status = _near_misses(wa)[case]
    response = wa.client.open(**request)
    assert response.status_code == status and handed == [request["path"]]


@pytest.mark.parametrize("chunked", [False, True])
def test_a_body_without_a_length_is_handed_to_flask(app, handed, chunked):
    wa = WhatsApp(app)
    form, body = _form_body(wa)
    environ = EnvironBuilder(path="/twilio/whatsapp", method="POST", data=body, content_type=URLENCODED, headers={
        "X-Twilio-Signature": wa.validator.compute_signature(wa.url, form)}).get_environ()
    del environ["CONTENT_LENGTH"]
    if chunked:
        environ.update(HTTP_TRANSFER_ENCODING="chunked", CONTENT_LENGTH=str(len(body)))
    status = run_wsgi_app(app.wsgi_app, environ)[1]
    assert status == "403 FORBIDDEN" and handed == ["/twilio/whatsapp"]  # werkzeug reads no body: no fields


def test_a_body_is_read_as_werkzeug_reads_it_and_given_back_when_flask_is_to_read_it():
    environ = {"CONTENT_LENGTH": "5", "wsgi.input": io.BytesIO(b"abcdefgh")}
    assert read_body(environ, 10) == b"abcde"
    assert read_body({"CONTENT_LENGTH": "11", "wsgi.input": io.BytesIO(b"")}, 10) is None  # Flask's 413
    for length in ("", "-1", "+5", "5 ", "٥"):
        assert read_body({"CONTENT_LENGTH": length, "wsgi.input": io.BytesIO(b"abcde")}, 10) is None
    chunked = {"CONTENT_LENGTH": "5", "HTTP_TRANSFER_ENCODING": "chunked", "wsgi.input": io.BytesIO(b"abcde")}
    assert read_body(chunked, 10) is None
    short = {"CONTENT_LENGTH": "5", "wsgi.input": io.BytesIO(b"abc")}
    assert read_body(short, 10) is None and short["wsgi.input"].read() == b"abc"  # werkzeug's ClientDisconnected
    ended = {"CONTENT_LENGTH": "3", "wsgi.input_terminated": True, "wsgi.input": io.BytesIO(b"abcdef")}
    assert read_body(ended, 10) == b"abcdef"  # a server that ends the stream: read to its end, as werkzeug does
    over = {"CONTENT_LENGTH": "3", "wsgi.input_terminated": True, "wsgi.input": io.BytesIO(b"x" * 12)}
    assert read_body(over, 10) is None and over["wsgi.input"].read() == b"x" * 11  # werkzeug's 413


def test_an_error_after_the_message_was_taken_is_flasks_500_with_nothing_stored(make_app, monkeypatch, caplog):
    app = make_app()
    app.config["PROPAGATE_EXCEPTIONS"] = False  # as in production
    monkeypatch.setattr(bot.conversation, "handle", lambda *args: 1 / 0)
    wa = WhatsApp(app)
    before = scrape(app)
    response = wa.client.post(**signed_request(wa, wa.form(CITIZEN, "halo"), **{"X-Request-Id": "req-500"}))
    assert response.status_code == 500 and response.headers["X-Request-Id"] == "req-500"
    [logged] = [record for record in caplog.records if record.getMessage().startswith("Exception on /twilio/whatsapp")]
    assert logged.exc_info[0] is ZeroDivisionError
    after = scrape(app)
    assert value(after, "penghubung_http_errors_total", endpoint="twilio.whatsapp") \
        - value(before, "penghubung_http_errors_total", endpoint="twilio.whatsapp") == 1
    assert value(after, "penghubung_http_request_seconds_count", endpoint="twilio.whatsapp", status="500") \
        - value(before, "penghubung_http_request_seconds_count", endpoint="twilio.whatsapp", status="500") == 1
    assert value(after, "penghubung_inbound_messages_total", kind="unknown", step="-", outcome="error") \
        - value(before, "penghubung_inbound_messages_total", kind="unknown", step="-", outcome="error") == 1
    with services(app).session_factory() as session:
        assert session.scalars(select(InboundMessage)).all() == []


def test_an_error_is_raised_to_a_test_as_flask_propagates_it(app, monkeypatch):
    monkeypatch.setattr(bot.conversation, "handle", lambda *args: 1 / 0)
    wa = WhatsApp(app)
    with pytest.raises(ZeroDivisionError):
        wa.send(CITIZEN, "halo")


def test_a_database_gone_after_the_message_was_taken_is_the_503_with_retry_after(make_app, monkeypatch):
    app = make_app()
    app.config["PROPAGATE_EXCEPTIONS"] = False

    def gone(*args):
        raise OperationalError("SELECT 1", {}, ConnectionError("server closed the connection"))

    monkeypatch.setattr(bot.conversation, "handle", gone)
    wa = WhatsApp(app)
    response = wa.client.post(**signed_request(wa, wa.form(CITIZEN, "halo"), **{"X-Request-Id": "req-503"}))
    assert response.status_code == 503 and response.headers["Retry-After"] == "5"
    assert response.headers["X-Request-Id"] == "req-503"


@pytest.mark.parametrize("content_type", ["application/x-www-form-urlencoded; charset=utf-8",
                                          "application/x-www-form-urlencoded;charset=UTF-8"])
def test_the_form_with_its_charset_named_is_answered_in_front(app, handed, content_type):
    """The review of session 28: Twilio may name the charset ("…; charset=utf-8", as tests/bot/test_webhook.py sends
    it); the front took only the bare type, so every such message would have gone the slow way."""
    wa, front = WhatsApp(app), front_of(app)
    ours, flasks = wa.form(CITIZEN, "halo"), wa.form(OTHER, "halo")
    by_front = answer(front, {**signed_request(wa, ours, **{"X-Request-Id": "r1"}), "content_type": content_type})
    assert handed == []
    by_flask = answer(front.flask, {**signed_request(wa, flasks, **{"X-Request-Id": "r1"}),
                                    "content_type": content_type})
    assert by_front == by_flask and by_front[0] == "200 OK"


def test_a_form_in_another_charset_is_handed_to_flask(app, handed):
    wa = WhatsApp(app)
    form = wa.form(CITIZEN, "halo")
    response = Client(app.wsgi_app, Response).post(**{**signed_request(wa, form),
                                                      "content_type": f"{URLENCODED}; charset=latin-1"})
    assert handed == ["/twilio/whatsapp"] and response.status_code == 200
