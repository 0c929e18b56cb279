"""What the local fake servers (Twilio, SP4N-LAPOR!) share: JSON answers to a client that may have given up."""

from __future__ import annotations

import json
import logging
import socket
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


def port_held(port: int) -> socket.socket:
    """A socket bound to `port` and not listening, for a fake server that is down: connections are refused, as by a
    server that is down, and no other test process takes the port meanwhile. Closing the socket let another
    process's free port be this one: a test of an outage then reached that process's pages (a 404) instead of a
    refusal (found in CI: the SP4N-LAPOR! weekend-outage test)."""
    held = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    held.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    held.bind(("127.0.0.1", port))
    return held
