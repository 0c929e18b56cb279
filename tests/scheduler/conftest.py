"""The scheduler tests' clock and cast: Thursday 13 August 2026 in Jakarta, four days before Independence Day."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.parties import CITIZEN, DLH_1, DLH_2, DLH_HEAD, PUPR_1, SUPERVISOR, VERIFIER, Party

JAKARTA = ZoneInfo("Asia/Jakarta")


def at(year, month, day, hour=10, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=JAKARTA)


@pytest.fixture
def people(world, clock):
    clock.now = at(2026, 8, 13)  # Thursday; Monday 17 August is Independence Day
    return {name: Party(world, phone, name) for name, phone in [
        ("citizen", CITIZEN), ("verifier", VERIFIER), ("supervisor", SUPERVISOR), ("dlh1", DLH_1),
        ("dlh2", DLH_2), ("head", DLH_HEAD), ("pupr", PUPR_1)]}
