"""Retry timing shared by the queues that talk to the outside world (outbox, SP4N-LAPOR! sync)."""

from __future__ import annotations

from datetime import timedelta

LEASE = timedelta(minutes=5)        # a claimed item not finished by then is taken over (its worker died)
MAX_BACKOFF = timedelta(hours=1)


def backoff(attempts: int, base_seconds: int) -> timedelta:
    """Delay before the next attempt: base, 2×base, 4×base… capped at one hour."""
    return min(timedelta(seconds=base_seconds * 2 ** max(attempts - 1, 0)), MAX_BACKOFF)
