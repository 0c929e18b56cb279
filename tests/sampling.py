"""How many examples a randomised (Hypothesis) test draws on this run.

CI runs the suite twice: on SQLite, every test in full; then on PostgreSQL (`--database-tests-only`,
tests/conftest.py), the tests that reach the database, with two rows of each parametrized table. A randomised
test's examples are its rows: drawn from the same strategies (with the same seeds where a test is derandomized),
they send PostgreSQL the statements the first run already searched through, and they were most of that run's time
(tests/faults: 27% of its worker time in 66 tests). On the PostgreSQL run such a test draws a third of its examples
(never fewer than `FLOOR`), still every rule and step.
"""

from __future__ import annotations

import os

SAMPLED_RUN = "PENGHUBUNG_SAMPLED_RUN"  # set by tests/conftest.py's pytest_configure on the PostgreSQL run
SHARE = 3
FLOOR = 5


def examples(count: int) -> int:
    """`count` on a full run; a third of it (at least FLOOR) on the sampled PostgreSQL run."""
    if os.environ.get(SAMPLED_RUN) != "1":
        return count
    return max(FLOOR, count // SHARE)
