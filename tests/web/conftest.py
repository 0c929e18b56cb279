"""Fixtures for the staff pages, shared by every area's page tests (queue, complaint page, audit, performance).

- `staff_client` / `login_as(phone)`: Flask's test client logging in through the real WhatsApp-code flow, with
  CSRF tokens taken from the pages.
- `live_server` / `serve(app)`: the real app served on a free loopback port in a thread; `page` (pytest-playwright)
  drives Debian's headless Chromium (/usr/bin/chromium) against it; `browser_login(page, server, phone)` gives the
  browser a logged-in session's cookie; `screenshot(page, name)` saves artifacts/screenshots/<name>.png.
  Without /usr/bin/chromium the browser tests skip (locally) or fail (in CI, where .ci/run installs it).
"""

from __future__ import annotations

import os
import re
import threading
import time
from pathlib import Path

import flask
import playwright
import pytest
from sqlalchemy import select
from werkzeug.serving import make_server

from lapor.phones import to_e164
from models import Contact, OutboxMessage
from services import services
from tests.parties import (  # noqa: F401 (the staff numbers are re-exported for the page tests)
    DLH_1,
    DLH_2,
    DLH_HEAD,
    PUPR_1,
    SUPERVISOR,
    VERIFIER,
    deliver,
)
from web import db
from web.auth import _open_session

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"

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
        """Step 1 of the login: ask for a code for `phone` (a refusal: the form's page again, as a browser shows
        it after the redirect)."""
        return self._login_step("/masuk", {"phone": phone})

    def type_code(self, code: str):
        """Step 2 of the login: type a code (a refusal: the form's page again)."""
        return self._login_step("/masuk/kode", {"code": code})

    def _login_step(self, path: str, data: dict):
        response = self.post(path, data)
        if response.status_code == 303:  # refused: back to the form with why (Post/Redirect/Get); a step done: 302
            return self.client.get(response.location)
        return response

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


def logged_in(app, phone: str) -> StaffClient:
    """A fresh dashboard client logged in as the staff member with this number. The session is opened as a right
    code opens it (`web.auth._open_session`: the session row, the audit entry, Flask-Login's cookie) without
    asking for and typing a code: four requests and a WhatsApp message a login, 241 logins in the page tests.
    The code flow is tests/web/test_login.py's (and `StaffClient.login`'s)."""
    client = StaffClient(app)
    with app.test_request_context("/masuk/kode", method="POST"):
        store = db()
        staff = store.scalars(select(Contact).where(Contact.phone == to_e164(phone))).one()
        response = _open_session(store, staff, services(app).clock())
        assert response.status_code == 302
        opened = dict(flask.session)
    with client.client.session_transaction() as cookie:
        cookie.update(opened)
        cookie.permanent = True
    return client


@pytest.fixture
def login_as(app, world):
    """`login_as(phone)`: `logged_in(app, phone)`, a fresh dashboard client logged in as that staff member."""
    return lambda phone: logged_in(app, phone)


# Browser tests ---------------------------------------------------------------------------------------------

def pytest_collection_modifyitems(items):
    """Mark the tests that drive Chromium `browser`: CI's PostgreSQL run leaves them out (-m "not browser"), as the
    pages' database work is tested there without a browser and a browser test costs seconds."""
    for item in items:
        if "page" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """pytest-playwright's launch arguments, pointed at Debian's Chromium (`playwright install` cannot download
    browsers here)."""
    if not CHROMIUM.exists():
        message = "browser tests need Debian's Chromium at /usr/bin/chromium: apt-get install -y chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "headless": True,
            "args": [*browser_type_launch_args.get("args", ()), "--disable-features=" + ",".join(
                (*playwrights_disabled_features(), *OMNIBOX_WEBUI))]}


# The full Chromium's headless mode builds a browser window for each context's first page, with its omnibox's two
# popups as WebUI pages in renderers of their own (chrome://omnibox-popup.top-chrome/, its AI-mode page): 1.3 s of
# Chromium's CPU a test, never shown headless. Off, a context's first page cost 0.28 s (docs/development.md).
OMNIBOX_WEBUI = ("WebUIOmniboxPopup", "WebUIOmniboxAimPopup")
PLAYWRIGHT_DISABLED = re.compile(r"disabledFeatures = \[(.*?)\]\.filter", re.DOTALL)


def playwrights_disabled_features() -> list[str]:
    """The features Playwright's driver turns off in its own `--disable-features` (chromiumSwitches.ts): Chromium
    reads only the last `--disable-features`, so ours repeats them."""
    driver = Path(playwright.__file__).parent / "driver" / "package" / "lib" / "coreBundle.js"
    found = PLAYWRIGHT_DISABLED.search(driver.read_text(encoding="utf-8"))
    assert found, f"Playwright's disabled Chromium features are no longer in {driver}: update the browser fixture"
    return re.findall(r'"([^"]+)"', found.group(1))


class LiveServer:
    """The app served by Werkzeug on 127.0.0.1 and a free port, in a thread."""

    def __init__(self, app):
        self.app = app
        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, name="live-server", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.thread.join(timeout=10)

    def deliver(self) -> None:
        """Run the outbox (and the jobs before it) once, as the scheduler would."""
        deliver(self.app)

    def whatsapp_to(self, phone: str) -> list[str]:
        """What the console transport sent to `phone` so far (the outbox is run first)."""
        self.deliver()
        return [m.body or str(m.content_variables) for m in services(self.app).transport.sent if m.to == phone]

    def code_for(self, phone: str) -> str:
        """The login code last sent on WhatsApp to `phone`."""
        codes = [found.group(1) for body in self.whatsapp_to(phone) if (found := CODE_IN_MESSAGE.search(body))]
        assert codes, f"no login code reached {phone}"
        return codes[-1]


@pytest.fixture
def serve():
    """`serve(app)`: start a live server for an app (stopped after the test)."""
    started = []

    def start(app) -> LiveServer:
        started.append(LiveServer(app))
        return started[-1]

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def live_server(serve, app, world):
    """The app with the small directory (`world`), served on a loopback port."""
    return serve(app)


def browser_login(page, server: LiveServer, phone: str) -> None:
    """Log the browser in as the staff member with this number and open the page a login lands on: the session a
    right code opens (`logged_in`), its cookie (as the app sets it: HttpOnly, SameSite=Lax, lasting the session's
    lifetime) given to the browser. Typing the number and the code cost six page loads and a run of the outbox
    a test; the code flow itself is driven in test_browser_login.py (by mouse, by keyboard, a wrong code, too
    many codes, the still-logged-in page), test_browser_back_refresh.py (a wrong code on a phone, the idle end's
    login) and test_browser_queue.py (the code through the real Twilio client)."""
    app = server.app
    cookie = logged_in(app, phone).client.get_cookie(app.config["SESSION_COOKIE_NAME"])
    lasts = app.permanent_session_lifetime.total_seconds()
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": server.url, "httpOnly": True,
                               "sameSite": "Lax", "expires": time.time() + lasts}])
    page.goto(server.url + "/")


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot as a test artefact: artifacts/screenshots/<name>.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def apart(first: dict, second: dict) -> float:
    """The space between two boxes (bounding boxes): below one another (stacked on a phone) or side by side;
    negative when they overlap."""
    if second["y"] >= first["y"] + first["height"] - 1 or first["y"] >= second["y"] + second["height"] - 1:
        top, bottom = sorted((first, second), key=lambda box: box["y"])
        return bottom["y"] - (top["y"] + top["height"])
    left, right = sorted((first, second), key=lambda box: box["x"])
    return right["x"] - (left["x"] + left["width"])


TAP_HEIGHT = 44  # px: the smallest tap target a thumb hits without a slip (the buttons' min-height in style.css)
TAP_SPACE = 8  # px between two tap targets side by side or stacked (the still-logged-in and logout pages' pairs)


def pair_problems(page, first, second) -> list[str]:
    """What is wrong with two tap targets (locators) next to each other on the page's screen: one beyond the
    screen's edge, lower than TAP_HEIGHT, or closer than TAP_SPACE to the other (overlapping)."""
    width = page.viewport_size["width"]
    boxes = [first.bounding_box(), second.bounding_box()]
    problems = []
    for locator, box in zip((first, second), boxes, strict=True):
        name = " ".join(locator.inner_text().split())
        if box["x"] < 0 or box["x"] + box["width"] > width + 0.5:
            problems.append(f"«{name}» beyond the screen's edge: {box}")
        if box["height"] < TAP_HEIGHT - 0.5:
            problems.append(f"«{name}» {box['height']:.0f} px high")
    if apart(*boxes) < TAP_SPACE:
        problems.append(f"«{' '.join(first.inner_text().split())}» and «{' '.join(second.inner_text().split())}» "
                        f"{apart(*boxes):.0f} px apart")
    return problems
