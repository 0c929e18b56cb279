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
- `conversation`: the least a conversation needs on the service's own tables, with no ORM and no conversation
  logic: in one transaction, the sender's upsert that locks its row, the read of its conversation (a statement of
  its own: one joined to the upsert reads a snapshot taken before the lock was granted, so a person's second
  message would miss what the first wrote), then the new state written by the statement that logs the message.
  Five round trips (BEGIN, three statements, COMMIT): what a design that keeps the service's promises pays before
  any work of its own.

Environment (bench/webhook_bench.py sets it): DATABASE_URL, the service's (an SQLAlchemy URL); BENCH_FLOOR_TABLE,
a table there with columns message_sid (unique) and body; BENCH_SIGNING_TOKEN, the auth token requests are signed
with; BENCH_FLOOR_MODE.
"""

from __future__ import annotations

import os

import psycopg
from bare_app import REPLY
from flask import Flask, Response, request
from psycopg.types.json import Jsonb
from sqlalchemy import make_url
from twilio.request_validator import RequestValidator

MODES = {"store": "", "sign": None, "store-async": "-c synchronous_commit=off", "conversation": ""}  # libpq options
SENDER = """INSERT INTO contacts (phone, created_at, last_inbound_at, opted_out, active, profile_name, wa_id)
    VALUES (%(phone)s, now(), now(), false, true, %(name)s, %(wa_id)s)
    ON CONFLICT (phone) DO UPDATE SET last_inbound_at = excluded.last_inbound_at, opted_out = false,
        profile_name = coalesce(excluded.profile_name, contacts.profile_name),
        wa_id = coalesce(excluded.wa_id, contacts.wa_id)
    RETURNING *"""
CONVERSATION = "SELECT id, state, data FROM conversations WHERE contact_id = %s"
LOG = """INSERT INTO inbound_messages (message_sid, contact_id, body, num_media, payload, replies, received_at)
VALUES (%(sid)s, %(contact)s, %(body)s, 0, %(payload)s, %(replies)s, now())"""
SAVE_AND_LOG = ("WITH saved AS (UPDATE conversations SET state = %(state)s, data = %(data)s, updated_at = now() "
                "WHERE id = %(conversation)s) " + LOG)
NEW_CONVERSATION = ("INSERT INTO conversations (contact_id, state, data, updated_at) "
                    "VALUES (%(contact)s, %(state)s, %(data)s, now())")


def create_app() -> Flask:
    """A Flask app with POST /twilio/whatsapp: check the signature, store the message once, answer fixed TwiML."""
    app = Flask(__name__)
    mode = os.environ.get("BENCH_FLOOR_MODE", "store")
    options = MODES[mode]
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
                connection.append(psycopg.connect(  # `store`: the INSERT commits, one round trip
                    dsn.render_as_string(hide_password=False), autocommit=mode != "conversation", options=options))
            if os.environ.get("BENCH_FLOOR_MODE") == "conversation":
                converse(connection[0], request.form)
            else:
                connection[0].execute(insert, (request.form["MessageSid"], request.form.get("Body", "")))
        return Response(REPLY, mimetype="text/xml")

    return app


def converse(connection: psycopg.Connection, form) -> None:
    """`conversation`: lock the sender and read its conversation, then save the next state with the log; commit."""
    phone = form["From"].removeprefix("whatsapp:")
    contact = connection.execute(SENDER, {"phone": phone, "name": form.get("ProfileName"),
                                          "wa_id": form.get("WaId")}).fetchone()[0]
    conversation, _state, data = connection.execute(CONVERSATION, (contact,)).fetchone() or (None, None, None)
    data = {"draft": {**((data or {}).get("draft") or {}), "last": form.get("Body", "")}, "prompts": []}
    values = {"contact": contact, "conversation": conversation, "state": "bench", "data": Jsonb(data),
              "sid": form["MessageSid"], "body": form.get("Body", ""),
              "payload": Jsonb({"profile_name": form.get("ProfileName"), "media": []}), "replies": Jsonb([REPLY])}
    try:
        if conversation is None:
            connection.execute(NEW_CONVERSATION, values)
            connection.execute(LOG, values)
        else:
            connection.execute(SAVE_AND_LOG, values)
    except psycopg.errors.UniqueViolation:  # a repeated delivery: logged before, so nothing changes
        connection.rollback()
        return
    connection.commit()
