"""The webhook benchmark's second reference: the least a webhook that loses nothing must do.

Issue 2's promise (a message Twilio was told is handled is stored; a repeated delivery changes nothing) means a
request must reach the database and commit before the 200 goes out. This app does only that, with no ORM and
no conversation: check the signature, parse the form, INSERT the MessageSid and body (ON CONFLICT DO NOTHING)
through psycopg in autocommit (one round trip, committed), answer a fixed TwiML reply. Served exactly like the
product and the bare app (`gunicorn -w 2 'floor_app:create_app()'`, run from bench/), its requests/second beside
the bare app's is the highest ratio any such design reaches on the machine, whatever it does after the commit.

Environment (bench/webhook_bench.py sets it): DATABASE_URL, the service's (an SQLAlchemy URL); BENCH_FLOOR_TABLE,
a table there with columns message_sid (unique) and body; BENCH_SIGNING_TOKEN, the auth token requests are signed with.
"""

from __future__ import annotations

import os

import psycopg
from bare_app import REPLY
from flask import Flask, Response, request
from sqlalchemy import make_url
from twilio.request_validator import RequestValidator


def create_app() -> Flask:
    """A Flask app with POST /twilio/whatsapp that stores each signed message once and answers fixed TwiML."""
    app = Flask(__name__)
    dsn = make_url(os.environ["DATABASE_URL"]).set(drivername="postgresql").render_as_string(hide_password=False)
    validator = RequestValidator(os.environ["BENCH_SIGNING_TOKEN"])
    insert = (f"INSERT INTO {os.environ['BENCH_FLOOR_TABLE']} (message_sid, body) VALUES (%s, %s) "
              "ON CONFLICT (message_sid) DO NOTHING")
    connection: list[psycopg.Connection] = []  # one per worker, opened after gunicorn forks

    @app.post("/twilio/whatsapp")
    def whatsapp():
        """Refuse a bad signature, store the message once, answer."""
        if not validator.validate(request.url, request.form, request.headers.get("X-Twilio-Signature", "")):
            return Response(status=403)
        if not connection:
            connection.append(psycopg.connect(dsn, autocommit=True))  # the INSERT commits: one round trip
        connection[0].execute(insert, (request.form["MessageSid"], request.form.get("Body", "")))
        return Response(REPLY, mimetype="text/xml")

    return app
