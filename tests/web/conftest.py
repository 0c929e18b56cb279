"""Fixtures for the staff pages: a client that logs in as a staff member through the real WhatsApp-code flow.

Shared by every area's page tests (queue, complaint page, audit, performance). The browser fixtures (a real
headless Chromium driving the app served on a loopback port) are in `tests/web/browser.py`'s fixtures below.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from models import OutboxMessage
from tests.parties import DLH_1, DLH_2, DLH_HEAD, PUPR_1, SUPERVISOR, VERIFIER  # noqa: F401 (re-exported)

CODE_IN_MESSAGE = re.compile(r"\b(\d{6})\b")
CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]+)"')
CSRF_FIELD = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


def csrf_from(html: str) -> str:
    """The CSRF token of a page (its hidden form field, or the layout's meta tag)."""
    found = CSRF_FIELD.search(html) or CSRF_META.search(html)
    assert found, "no CSRF token on the page"
    return found.group(1)


def last_code(app, phone: str) -> str | None:
    """The 6-digit code last queued on WhatsApp for `phone` (as the console transport or fake Twilio gets it)."""
    factory = app.extensions["penghubung"].session_factory
    with factory() as session:
        row = session.scalars(select(OutboxMessage).where(OutboxMessage.recipient == phone,
                                                          OutboxMessage.purpose == "login")
                              .order_by(OutboxMessage.id.desc()).limit(1)).one_or_none()
    found = CODE_IN_MESSAGE.search(row.body) if row else None
    return found.group(1) if found else None


class StaffClient:
    """Flask's test client with the dashboard's manners: CSRF tokens taken from the pages, login by code."""

    def __init__(self, app):
        self.app = app
        self.client = app.test_client()

    def get(self, path: str, **kwargs):
        return self.client.get(path, **kwargs)

    def post(self, path: str, data: dict | None = None, token_from: str | None = None, **kwargs):
        """POST a form with a valid CSRF token (read from `token_from`, default the page itself)."""
        page = self.client.get(token_from or path)
        return self.client.post(path, data={"csrf_token": csrf_from(page.get_data(as_text=True)), **(data or {})},
                                **kwargs)

    def ask_code(self, phone: str):
        """Step 1 of the login: ask for a code for `phone`."""
        return self.post("/masuk", {"phone": phone})

    def type_code(self, code: str):
        """Step 2 of the login: type a code."""
        return self.post("/masuk/kode", {"code": code})

    def login(self, phone: str):
        """Log in as the staff member with this number, reading the code from the outbox; returns the response."""
        self.ask_code(phone)
        code = last_code(self.app, phone)
        assert code, f"no login code was queued for {phone}"
        return self.type_code(code)

    def logout(self):
        return self.post("/keluar")


@pytest.fixture
def staff_client(app, world):
    """A not-yet-logged-in dashboard client on the app with the small directory (`world`)."""
    return StaffClient(app)


@pytest.fixture
def login_as(app, world):
    """`login_as(phone)`: a fresh dashboard client logged in as that staff member."""
    def login(phone: str) -> StaffClient:
        client = StaffClient(app)
        response = client.login(phone)
        assert response.status_code == 302, response.get_data(as_text=True)
        return client
    return login
