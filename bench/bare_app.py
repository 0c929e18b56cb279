"""The webhook benchmark's baseline: a bare Flask app whose one endpoint returns a fixed TwiML reply.

Served exactly like the product (`gunicorn -w 2 'bare_app:create_app()'`, run from bench/), so the ratio
between the two shows what the product's own work costs, not what Flask, gunicorn and the loopback cost.
"""

from __future__ import annotations

from flask import Flask, Response

REPLY = ('<?xml version="1.0" encoding="UTF-8"?><Response><Message>Terima kasih, pesan Anda sudah kami '
         'terima.</Message></Response>')


def create_app() -> Flask:
    """A Flask app with POST /twilio/whatsapp answering one fixed TwiML message."""
    app = Flask(__name__)

    @app.post("/twilio/whatsapp")
    def whatsapp():
        """Answer every message with the same TwiML, without reading or storing anything."""
        return Response(REPLY, mimetype="text/xml")

    return app
