"""Count the instructions one webhook message costs, under valgrind's callgrind: a figure that stays put where CPU
time does not (a shared machine with two cores), for comparing the hot path before and after a change.

Run:  valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/webhook.%p.out \
          .venv/bin/python bench/webhook_instructions.py [messages]      (default 700: 100 whole conversations)
      PYTHONHASHSEED=0 and BENCH_PROFILE_DATABASE_URL as for bench/webhook_profile.py (its schema is DROPPED)

The messages are bench/webhook_profile.py's (bench/webhook_bench.py's conversations, signed, every step in the mix,
sent to the app's WSGI callable as gunicorn hands it a request). After the unmeasured warm-up, callgrind counts only
while the measured messages are sent (switched on and read with callgrind_control). Printed: instructions per
message of this process (PostgreSQL's work not counted). Until session 13 the messages went through Flask's test
client, whose request building was counted too: those figures are higher by its share. Two runs of the same code
differ by about 2%: compare runs of the same session, the code before and after.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.webhook_profile import WARMUP, warmed_up  # noqa: E402

MESSAGES = 700


def callgrind(*arguments: str) -> str:
    """Run callgrind_control on this process (it waits until callgrind has done it)."""
    return subprocess.run(["callgrind_control", *arguments, str(os.getpid())], check=True, capture_output=True,
                          text=True, timeout=600).stdout


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else MESSAGES
    _, messages, send = warmed_up(count)
    callgrind("--zero")
    callgrind("--instr=on")
    for message in messages[WARMUP:WARMUP + count]:
        send(message)
    counters = callgrind("-e", "Ir")
    callgrind("--instr=off")
    found = re.findall(r"^\s*Th \d+\s+([\d,]+)", counters, re.MULTILINE)  # "Totals: Ir", then a line a thread
    if not found:
        raise SystemExit(f"no instruction count from callgrind_control (run under valgrind --tool=callgrind):\n"
                         f"{counters}")
    instructions = sum(int(value.replace(",", "")) for value in found)
    print(f"{instructions / count:,.0f} instructions per message ({count:,} messages, {instructions:,} in all)")


if __name__ == "__main__":
    main()
