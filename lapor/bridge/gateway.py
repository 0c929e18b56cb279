"""The gateway to SP4N-LAPOR!: one small interface, a manual implementation and a JSON-over-HTTP one.

SP4N-LAPOR! publishes no API specification, so HTTP mode speaks this project's own contract
(docs/lapor-contract.md) to whatever endpoint LAPOR_API_URL names: a regional integration service,
or LAPOR itself once a developer account gives its documents. Every call has explicit timeouts and an
`Idempotency-Key` header, so that a retried submit is recognised by the server and counted once.
"""

from __future__ import annotations

import logging
from typing import Protocol

import requests

from lapor.bridge.reports import Report, parse_status
from lapor.retry import CREDENTIALS_REFUSED

logger = logging.getLogger(__name__)

USER_AGENT = "Penghubung-LAPOR-bridge/1"
RETRYABLE_STATUSES = {408, 425, 429, 500, 502, 503, 504}
REFUSED_TOKEN = {401, 403}  # a wrong or rotated LAPOR_API_TOKEN: the operator's, the item waits (no attempt counted)


class GatewayError(Exception):
    """A call to SP4N-LAPOR! failed; `retryable` says whether trying again later may help."""

    def __init__(self, message: str, *, retryable: bool = True, status: int | None = None):
        super().__init__(message)
        self.retryable = retryable
        self.status = status

    @property
    def credentials(self) -> bool:
        """Whether SP4N-LAPOR! refused the token (the operator's setting, not the item's fault)."""
        return self.status in REFUSED_TOKEN


class Gateway(Protocol):
    """What the sync queue needs from SP4N-LAPOR!."""

    mode: str

    def submit(self, payload: dict, idempotency_key: str) -> str:
        """Create a report; return its tracking ID (the same one again for a repeated idempotency key)."""

    def push_disposition(self, tracking_id: str, payload: dict, idempotency_key: str) -> None:
        """Add an agency of disposition to a report (one it already has changes nothing)."""

    def push_withdrawal(self, tracking_id: str, payload: dict, idempotency_key: str) -> None:
        """Take an agency of disposition off a report (one it no longer has changes nothing)."""

    def push_follow_up(self, tracking_id: str, payload: dict, idempotency_key: str) -> None:
        """Add an agency's follow-up to a report."""

    def push_archive(self, tracking_id: str, payload: dict, idempotency_key: str) -> None:
        """Close a report as archived, with the reason's category (one already archived changes nothing)."""

    def push_merge(self, tracking_id: str, payload: dict, idempotency_key: str) -> None:
        """Close a report as the duplicate of another report (one already closed so changes nothing)."""

    def fetch(self, tracking_id: str) -> Report:
        """The report's current status and agencies of disposition."""


class ManualGateway:
    """Manual mode: nothing is sent; admins use `flask lapor export` / `record` / `import` instead."""

    mode = "manual"

    def submit(self, payload: dict, idempotency_key: str) -> str:
        """Refuse: in manual mode complaints reach SP4N-LAPOR! through the export file."""
        raise GatewayError("LAPOR_MODE=manual: use `flask --app app lapor export`", retryable=False)

    def push_disposition(self, tracking_id: str, payload: dict, idempotency_key: str) -> None:
        """Refuse: dispositions are typed into SP4N-LAPOR! by its admins in manual mode."""
        raise GatewayError("LAPOR_MODE=manual", retryable=False)

    def push_withdrawal(self, tracking_id: str, payload: dict, idempotency_key: str) -> None:
        """Refuse: dispositions are changed in SP4N-LAPOR! by its admins in manual mode."""
        raise GatewayError("LAPOR_MODE=manual", retryable=False)

    def push_follow_up(self, tracking_id: str, payload: dict, idempotency_key: str) -> None:
        """Refuse: follow-ups are typed into SP4N-LAPOR! by its admins in manual mode."""
        raise GatewayError("LAPOR_MODE=manual", retryable=False)

    def push_archive(self, tracking_id: str, payload: dict, idempotency_key: str) -> None:
        """Refuse: reports are archived in SP4N-LAPOR! by its admins in manual mode."""
        raise GatewayError("LAPOR_MODE=manual", retryable=False)

    def push_merge(self, tracking_id: str, payload: dict, idempotency_key: str) -> None:
        """Refuse: duplicates are marked in SP4N-LAPOR! by its admins in manual mode."""
        raise GatewayError("LAPOR_MODE=manual", retryable=False)

    def fetch(self, tracking_id: str) -> Report:
        """Refuse: statuses come from `flask --app app lapor import` in manual mode."""
        raise GatewayError("LAPOR_MODE=manual: use `flask --app app lapor import`", retryable=False)


class HttpGateway:
    """JSON client for LAPOR_API_URL with a bearer token and explicit timeouts."""

    mode = "http"

    def __init__(self, base_url: str, token: str, timeout: float, http: requests.Session | None = None):
        self.base_url = base_url.rstrip("/")
        self.timeout = (min(timeout, 5.0), timeout)  # (connect, read) seconds
        self.http = http or requests.Session()
        self.http.headers.update({"Authorization": f"Bearer {token}", "Accept": "application/json",
                                  "User-Agent": USER_AGENT})

    @classmethod
    def from_config(cls, config: dict) -> HttpGateway:
        """The gateway the settings describe."""
        return cls(config["LAPOR_API_URL"], config["LAPOR_API_TOKEN"], config["LAPOR_TIMEOUT_SECONDS"])

    def submit(self, payload: dict, idempotency_key: str) -> str:
        """POST /reports; 201 (created), 200 (replayed key) or 409 (already there) all carry the tracking ID."""
        body = self._call("POST", "/reports", payload, idempotency_key, accept=(200, 201, 409))
        tracking_id = str(body.get("tracking_id") or "").strip()
        if not tracking_id or len(tracking_id) > 40:
            raise GatewayError(f"answer without a usable tracking_id: {str(body)[:200]}", retryable=False)
        return tracking_id

    def push_disposition(self, tracking_id: str, payload: dict, idempotency_key: str) -> None:
        """POST /reports/{tracking_id}/dispositions."""
        self._call("POST", f"/reports/{tracking_id}/dispositions", payload, idempotency_key,
                   accept=(200, 201, 409))

    def push_withdrawal(self, tracking_id: str, payload: dict, idempotency_key: str) -> None:
        """POST /reports/{tracking_id}/withdrawals."""
        self._call("POST", f"/reports/{tracking_id}/withdrawals", payload, idempotency_key, accept=(200, 201, 409))

    def push_follow_up(self, tracking_id: str, payload: dict, idempotency_key: str) -> None:
        """POST /reports/{tracking_id}/follow-ups."""
        self._call("POST", f"/reports/{tracking_id}/follow-ups", payload, idempotency_key, accept=(200, 201, 409))

    def push_archive(self, tracking_id: str, payload: dict, idempotency_key: str) -> None:
        """POST /reports/{tracking_id}/archive."""
        self._call("POST", f"/reports/{tracking_id}/archive", payload, idempotency_key, accept=(200, 201, 409))

    def push_merge(self, tracking_id: str, payload: dict, idempotency_key: str) -> None:
        """POST /reports/{tracking_id}/merge."""
        self._call("POST", f"/reports/{tracking_id}/merge", payload, idempotency_key, accept=(200, 201, 409))

    def fetch(self, tracking_id: str) -> Report:
        """GET /reports/{tracking_id}: its status (LAPOR's names) and agencies of disposition."""
        body = self._call("GET", f"/reports/{tracking_id}", None, None, accept=(200,))
        try:
            status = parse_status(str(body.get("status") or ""))
        except ValueError as exc:
            raise GatewayError(f"report {tracking_id}: {exc}", retryable=False) from exc
        agencies = body.get("agencies") or []
        names = [a.get("name", "") if isinstance(a, dict) else str(a) for a in agencies]
        return Report(tracking_id=tracking_id, status=status, agencies=[n.strip() for n in names if n.strip()])

    def _call(self, method: str, path: str, payload: dict | None, key: str | None, accept: tuple) -> dict:
        headers = {"Idempotency-Key": key} if key else {}
        try:
            response = self.http.request(method, self.base_url + path, json=payload, headers=headers,
                                         timeout=self.timeout)
        except requests.Timeout as exc:
            raise GatewayError(f"{method} {path}: no answer within {self.timeout[1]:g} s") from exc
        except requests.RequestException as exc:  # refused, reset, DNS: the server may be down
            raise GatewayError(f"{method} {path}: {type(exc).__name__}") from exc
        if response.status_code in REFUSED_TOKEN:
            raise GatewayError(f"{CREDENTIALS_REFUSED} (SP4N-LAPOR! HTTP {response.status_code} on {method} {path}): "
                               "check LAPOR_API_TOKEN, then restart the worker: nothing is given up meanwhile",
                               status=response.status_code)
        if response.status_code not in accept:
            raise GatewayError(f"{method} {path}: HTTP {response.status_code} {response.text[:200]}",
                               retryable=response.status_code in RETRYABLE_STATUSES, status=response.status_code)
        try:
            body = response.json()
        except ValueError as exc:
            raise GatewayError(f"{method} {path}: answer is not JSON", retryable=True) from exc
        return body if isinstance(body, dict) else {}


def gateway_for(config: dict) -> Gateway:
    """HttpGateway in HTTP mode, ManualGateway otherwise."""
    return HttpGateway.from_config(config) if config["LAPOR_MODE"] == "http" else ManualGateway()
