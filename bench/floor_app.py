"""The webhook benchmark's references between the bare app and the service: the least a webhook can do.

Issue 2's promise (a message Twilio was told is handled is stored; a repeated delivery changes nothing) means a
request must reach the database and commit before the 200 goes out. This app does only that, with no ORM and
no conversation: check the signature, parse the form, INSERT the MessageSid and body (ON CONFLICT DO NOTHING)
through psycopg in autocommit (one round trip, committed), answer a fixed TwiML reply. Served exactly like the
product and the bare app (`gunicorn -w 2 'floor_app:create_app()'`, run from bench/), its requests/second beside
the bare app's is the highest ratio any such design reaches on the machine, whatever it does after the commit.

BENCH_FLOOR_MODE picks how much of that it does, so the bench can show where the floor's time goes:
- `store` (default): all of the above;
- `sign`: the signature check and the form only, nothing stored (the price of refusing forged requests);
- `store-async`: `store` on a connection with synchronous_commit=off, so the commit does not wait for the WAL to
  reach the disk. PostgreSQL may then lose the last fraction of a second of answered messages if it crashes:
  the product never does this; the row shows what the wait for the disk costs.

Environment (bench/webhook_bench.py sets it): DATABASE_URL, the service's (an SQLAlchemy URL); BENCH_FLOOR_TABLE,
a table there with columns message_sid (unique) and body; BENCH_SIGNING_TOKEN, the auth token requests are signed
with; BENCH_FLOOR_MODE.
"""

from __future__ import annotations

import os

import psycopg
from bare_app import REPLY
from flask import Flask, Response, request
from sqlalchemy import make_url
from twilio.request_validator import RequestValidator

MODES = {"store": "", "sign": None, "store-async": "-c synchronous_commit=off"}  # mode -> libpq options


def create_app() -> Flask:
    """A Flask app with POST /twilio/whatsapp: check the signature, store the message once, answer fixed TwiML."""
    app = Flask(__name__)
    options = MODES[os.environ.get("BENCH_FLOOR_MODE", "store")]
    validator = RequestValidator(os.environ["BENCH_SIGNING_TOKEN"])
    insert = (f"INSERT INTO {os.environ['BENCH_FLOOR_TABLE']} (message_sid, body) VALUES (%s, %s) "
              "ON CONFLICT (message_sid) DO NOTHING")
    connection: list[psycopg.Connection] = []  # one per worker, opened after gunicorn forks

    @app.post("/twilio/whatsapp")
    def whatsapp():
        """Refuse a bad signature, store the message once, answer."""
        if not validator.validate(request.url, request.form, request.headers.get("X-Twilio-Signature", "")):
            return Response(status=403)
        if options is not None:
            if not connection:
                dsn = make_url(os.environ["DATABASE_URL"]).set(drivername="postgresql")
                connection.append(psycopg.connect(dsn.render_as_string(hide_password=False), autocommit=True,
                                                  options=options))  # the INSERT commits: one round trip
            connection[0].execute(insert, (request.form["MessageSid"], request.form.get("Body", "")))
        return Response(REPLY, mimetype="text/xml")

    return app
