"""tests/fake_twilio.py's FakeTwilio in a process of its own, so the sender under test keeps its CPU and GIL.

Prints `port <n>` once listening, then answers commands on stdin, one a line: `reset` (forget messages) and
`stats` (a line `count <n> rate <messages/second between the first and the last accepted>`). It stops at EOF.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fake_twilio import FakeTwilio  # noqa: E402


def main() -> None:
    """Serve until stdin closes."""
    with FakeTwilio() as fake:
        print(f"port {fake.port}", flush=True)
        for line in sys.stdin:
            command = line.strip()
            if command == "reset":
                fake.reset()
                print("ok", flush=True)
            elif command == "stats":
                print(f"count {len(fake.accepted_times)} rate {fake.messages_per_second():.3f}", flush=True)


if __name__ == "__main__":
    main()
