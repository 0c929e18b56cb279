"""What the local fake servers (Twilio, SP4N-LAPOR!) share: JSON answers to a client that may have given up."""

from __future__ import annotations

import json
import logging
from http.server import BaseHTTPRequestHandler

logger = logging.getLogger(__name__)


class JSONHandler(BaseHTTPRequestHandler):
    """A request handler that answers JSON and keeps quiet in the test output."""

    def _reply(self, status, payload):
        """Write a JSON response; the client may already have given up (a timeout test)."""
        body = json.dumps(payload).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            logger.debug("fake server: the client went away before the %d answer", status)

    def log_message(self, format, *args):
        logger.debug("fake server: " + format, *args)
