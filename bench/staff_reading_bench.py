"""Side by side: what staff19's reading adds to a staff message, against what reading it cost already.

Run:  .venv/bin/python bench/staff_reading_bench.py

For every phrase of tests/bot/test_staff_table.py's STAFF_TABLE (what staff type), the time of `split_commands` (the
cut every staff message already goes through) beside the time of what an officer's message now adds: the cut per
numbered clause (`bot.staff.mixed.numbered_clauses`, when `split_commands` finds one part) and the day a promise
names (`bot.promised.promised_words`, run on each TL recorded and each follow-up relayed). Printed as ratios to
`split_commands`; the machine's speed cancels out.
"""

from __future__ import annotations

import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.commands import _typed_words  # noqa: E402
from bot.promised import promised_words  # noqa: E402
from bot.staff.mixed import numbered_clauses  # noqa: E402
from bot.staff.reading import split_commands  # noqa: E402
from lapor.workcal import WorkCalendar  # noqa: E402
from tests.bot.test_staff_table import STAFF_TABLE  # noqa: E402

ROUNDS = 20
NOW = datetime(2026, 12, 7, 10, tzinfo=ZoneInfo("Asia/Jakarta"))


def timed(function, phrases: list[str]) -> float:
    """Seconds for ROUNDS passes of `function` over the phrases (the words' cache emptied each pass, as each
    message is new)."""
    start = time.perf_counter()
    for _ in range(ROUNDS):
        _typed_words.cache_clear()
        for phrase in phrases:
            function(phrase)
    return time.perf_counter() - start


def main() -> None:
    phrases = [row[1] for row in STAFF_TABLE]
    calendar = WorkCalendar()
    timed(split_commands, phrases)  # warm up the regular expressions
    base = timed(split_commands, phrases)
    clauses = timed(numbered_clauses, phrases)
    promised = timed(lambda text: promised_words(text, NOW, calendar), phrases)
    print(f"{len(phrases)} phrases x {ROUNDS}: split_commands {1e6 * base / ROUNDS / len(phrases):.1f} us a message")
    print(f"numbered_clauses / split_commands: {clauses / base:.2f}x")
    print(f"promised_words / split_commands:   {promised / base:.2f}x")


if __name__ == "__main__":
    main()
