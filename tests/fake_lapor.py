"""Local fake of an SP4N-LAPOR! endpoint speaking this project's contract (docs/lapor-contract.md).

Serves on 127.0.0.1 only (stdlib ThreadingHTTPServer): `POST /reports`, `POST /reports/{id}/dispositions`,
`POST /reports/{id}/withdrawals`, `POST /reports/{id}/follow-ups`, `POST /reports/{id}/archive`,
`POST /reports/{id}/merge`, `GET /reports/{id}`, with a bearer token and
`Idempotency-Key` replay (a repeated key gets the first answer and creates nothing). It fails on demand: HTTP 500,
a timeout before processing (`timeout_drop`), a timeout after processing (`timeout_accept`: the answer is lost,
the report exists), and connection refused (`down()`).
"""

from __future__ import annotations

import json
import re
import threading
from collections import deque
from http.server import ThreadingHTTPServer

from tests.fakehttp import JSONHandler, port_held

TOKEN = "fake-lapor-token"
REPORT = re.compile(r"^/reports/(?P<id>[^/]+)$")
FOLLOW_UPS = re.compile(r"^/reports/(?P<id>[^/]+)/follow-ups$")
DISPOSITIONS = re.compile(r"^/reports/(?P<id>[^/]+)/dispositions$")
WITHDRAWALS = re.compile(r"^/reports/(?P<id>[^/]+)/withdrawals$")
ARCHIVE = re.compile(r"^/reports/(?P<id>[^/]+)/archive$")
MERGE = re.compile(r"^/reports/(?P<id>[^/]+)/merge$")
MODES = ("http500", "timeout_drop", "timeout_accept")


class FakeLapor:
    """An SP4N-LAPOR! endpoint that records reports and follow-ups and injects failures."""

    def __init__(self, token: str = TOKEN, delay: float = 1.0):
        self.token, self.delay = token, delay
        self.lock = threading.Lock()
        self.wake = threading.Event()
        self.reports: dict[str, dict] = {}
        self.follow_ups: dict[str, list[dict]] = {}
        self.archived: dict[str, int] = {}  # tracking ID → how many times it was closed (archived or merged)
        self.requests: list[dict] = []  # every request that reached the fake: method, path, headers, body
        self.replies: dict[str, tuple[int, dict]] = {}  # idempotency key → first answer
        self.failures: deque[str] = deque()
        self.next_id = 7800001
        self.server = self.thread = self.held = None
        self.port = None

    # lifecycle
    def start(self) -> FakeLapor:
        """Serve on a free port (the same one after `down()` / `up()`)."""
        self.wake.clear()
        self.up()
        return self

    def stop(self) -> None:
        """Stop serving; wake requests sleeping in a timeout mode."""
        self.wake.set()
        self.down()
        self._release()

    def up(self) -> None:
        """Listen again on the same port."""
        if self.server is not None:
            return
        self._release()
        self.server = _Server(("127.0.0.1", self.port or 0), _Handler, self)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()

    def down(self) -> None:
        """Close the socket: connections are refused until `up()` (the port kept: `port_held`)."""
        server, self.server = self.server, None
        if server is not None:
            server.shutdown()
            server.server_close()
            self.thread.join()
            self.held = port_held(self.port)

    def _release(self) -> None:
        held, self.held = self.held, None
        if held is not None:
            held.close()

    @property
    def base_url(self) -> str:
        """The URL to put in LAPOR_API_URL."""
        return f"http://127.0.0.1:{self.port}/api/v1"

    # control
    def fail_next(self, count: int, mode: str) -> None:
        """Make the next `count` requests fail in `mode` (one of MODES)."""
        assert mode in MODES, mode
        with self.lock:
            self.failures.extend([mode] * count)

    def set_status(self, tracking_id: str, status: str, agencies: list[str] | None = None) -> None:
        """Change a report as a LAPOR admin would (status name as LAPOR shows it, agency names)."""
        with self.lock:
            report = self.reports.setdefault(tracking_id, {"tracking_id": tracking_id})
            report["status"] = status
            if agencies is not None:
                report["agencies"] = [{"name": name} for name in agencies]

    # handling
    def handle(self, method: str, path: str, headers, body: dict | None) -> tuple[int, dict]:
        """Answer one request (after an injected failure, if any)."""
        with self.lock:
            self.requests.append({"method": method, "path": path, "headers": dict(headers), "body": body})
            failure = self.failures.popleft() if self.failures else None
        if headers.get("Authorization") != f"Bearer {self.token}":
            return 401, {"error": "unauthorized"}
        if failure == "http500":
            return 500, {"error": "internal"}
        if failure == "timeout_drop":
            self.wake.wait(self.delay)
            return 500, {"error": "too late"}
        answer = self._answer(method, path.removeprefix("/api/v1"), headers.get("Idempotency-Key"), body)
        if failure == "timeout_accept":
            self.wake.wait(self.delay)
        return answer

    def _answer(self, method, path, key, body) -> tuple[int, dict]:
        with self.lock:
            if method == "POST" and key in self.replies:
                status, reply = self.replies[key]
                return (200 if status == 201 else status), reply
            status, reply = self._route(method, path, body)
            if method == "POST" and key and status < 300:
                self.replies[key] = (status, reply)
            return status, reply

    def _route(self, method, path, body) -> tuple[int, dict]:
        if method == "POST" and path == "/reports":
            tracking_id = str(self.next_id)
            self.next_id += 1
            self.reports[tracking_id] = dict(body, tracking_id=tracking_id, status="Belum Ditindaklanjuti")
            return 201, {"tracking_id": tracking_id}
        for pattern, change in ((DISPOSITIONS, self._add_agency), (WITHDRAWALS, self._withdraw),
                                (FOLLOW_UPS, self._follow_up), (ARCHIVE, self._close), (MERGE, self._close)):
            match = pattern.match(path)
            if method == "POST" and match:
                if match["id"] not in self.reports:
                    return 404, {"error": "unknown report"}
                return change(match["id"], body, path)
        match = REPORT.match(path)
        if method == "GET" and match and match["id"] in self.reports:
            report = self.reports[match["id"]]
            return 200, {"tracking_id": match["id"], "status": report.get("status"),
                         "agencies": report.get("agencies", report.get("agencies_sent", []))}
        return 404, {"error": "not found"}

    def _add_agency(self, tracking_id: str, body: dict, path: str) -> tuple[int, dict]:
        agencies = self.reports[tracking_id].setdefault("agencies", [])
        if any(a.get("code") == body["agency"]["code"] for a in agencies):
            return 200, {"agencies": len(agencies)}  # already there: nothing changes
        agencies.append(body["agency"])
        return 201, {"agencies": len(agencies)}

    def _withdraw(self, tracking_id: str, body: dict, path: str) -> tuple[int, dict]:
        report = self.reports[tracking_id]
        agencies = report.setdefault("agencies", [])
        kept = [a for a in agencies if a.get("code") != body["agency"]["code"]]
        changed = len(kept) != len(agencies)
        report["agencies"] = kept
        return (201 if changed else 200), {"agencies": len(kept)}  # not there: nothing changes

    def _follow_up(self, tracking_id: str, body: dict, path: str) -> tuple[int, dict]:
        self.follow_ups.setdefault(tracking_id, []).append(body)
        return 201, {"id": len(self.follow_ups[tracking_id])}

    def _close(self, tracking_id: str, body: dict, path: str) -> tuple[int, dict]:
        """Archive a report, or close it as the duplicate of another one it has; one closed already stays as is."""
        report, merged = self.reports[tracking_id], path.endswith("/merge")
        if merged and body.get("duplicate_of") not in self.reports:
            return 422, {"error": "unknown original report"}
        if report.get("status") == "Diarsipkan":
            return 200, {"status": "Diarsipkan"}
        report["status"] = "Diarsipkan"
        report["archive"] = body
        if merged:
            report["duplicate_of"] = body["duplicate_of"]
        self.archived[tracking_id] = self.archived.get(tracking_id, 0) + 1
        return 201, {"status": "Diarsipkan"}


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, handler, fake):
        self.fake = fake
        super().__init__(address, handler)

    def handle_error(self, request, client_address):
        pass  # a client that gave up (timeout) is expected here


class _Handler(JSONHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        self._reply(*self.server.fake.handle("POST", self.path, self.headers, json.loads(raw) if raw else None))

    def do_GET(self):
        self._reply(*self.server.fake.handle("GET", self.path, self.headers, None))


