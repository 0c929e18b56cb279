"""Shared pieces of the fault suite: a Fake Twilio on the test clock, the real twilio client, PostgreSQL-only tests."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.transports import TwilioTransport
from tests.fake_twilio import FakeTwilio

SENDER = "whatsapp:+14155238886"
TEMPLATE = "HX" + "f" * 32
# Each fault test is bounded in time (pytest-timeout): a hang fails it, not the run. 60 s failed a test that was only
# slow: the message sequences' 40 Hypothesis examples on PostgreSQL beside three other test processes on a machine
# 1.4 times slower than the one the bound was set on (session 18; 32 s there on a quieter run).
FAULT_TEST_SECONDS = 120


def pytest_collection_modifyitems(items):
    """Give every test of the fault suite FAULT_TEST_SECONDS, unless it names its own bound."""
    here = Path(__file__).resolve().parent
    for item in items:
        if here in item.path.parents and item.get_closest_marker("timeout") is None:
            item.add_marker(pytest.mark.timeout(FAULT_TEST_SECONDS))


def needs_postgres(database_url: str) -> None:
    """Skip the calling test unless the suite runs on PostgreSQL (row locks, several processes, backends)."""
    if not database_url.startswith("postgresql"):
        pytest.skip("needs PostgreSQL: set TEST_DATABASE_URL=postgresql+psycopg://…")


class RunningClock:
    """A clock that starts at a chosen instant and runs at real speed (for a fake shared with other processes)."""

    def __init__(self, start: datetime):
        self.start, self.began = start, time.monotonic()

    def __call__(self) -> datetime:
        return self.start + timedelta(seconds=time.monotonic() - self.began)


@pytest.fixture
def fake(clock):
    """A Fake Twilio on 127.0.0.1 whose notion of 'now' is the test's injected clock."""
    with FakeTwilio(clock=clock) as server:
        yield server


def twilio_transport(fake: FakeTwilio, timeout: float = 0.5) -> TwilioTransport:
    """The real twilio client pointed at the fake, with a short timeout."""
    return TwilioTransport(fake.account_sid, fake.auth_token, SENDER, api_base_url=fake.base_url, timeout=timeout)
