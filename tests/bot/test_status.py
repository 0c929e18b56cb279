"""The one rule of delivery states: a message's state only moves forward, whatever order Twilio reports in."""

from __future__ import annotations

from functools import reduce

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.status import ORDER, later


@pytest.mark.parametrize("current,reported,state", [
    ("sent", "queued", "sent"),                  # late progress changes nothing
    ("sent", "sending", "sent"),
    ("sent", "sent", "sent"),                    # a repeat changes nothing
    ("sent", "delivered", "delivered"),
    ("sent", "read", "read"),                    # delivered may never be reported at all
    ("delivered", "read", "read"),
    ("read", "delivered", "read"),               # out of order
    ("sent", "failed", "failed"),                # a failure counts while nothing later than sent was heard
    ("sent", "undelivered", "undelivered"),
    ("delivered", "failed", "delivered"),        # after delivery a failure is an event, not the state
    ("delivered", "undelivered", "delivered"),
    ("read", "undelivered", "read"),             # the late 30008 of issue 14
    ("read", "failed", "read"),
    ("failed", "undelivered", "undelivered"),    # two failures: the same answer in either order
    ("undelivered", "failed", "undelivered"),
    ("undelivered", "delivered", "delivered"),   # the failure was told first, the delivery happened
    ("failed", "read", "read"),
    ("sent", "partially_delivered", "sent"),     # statuses of other channels change nothing
    ("sent", "canceled", "sent"),
    ("sent", "receiving", "sent"),
])
def test_the_state_only_moves_forward(current, reported, state):
    assert later(current, reported) == state


reports = st.lists(st.sampled_from([*ORDER, "partially_delivered", "canceled"]), max_size=12)


@given(told=reports, shuffle=st.randoms())
def test_the_state_is_the_same_whatever_order_and_repeats_twilio_reports_in(told, shuffle):
    state = reduce(later, told, "sent")
    assert reduce(later, shuffle.sample(told, len(told)) + told[:3], "sent") == state
    if {"delivered", "read"} & set(told):
        assert state in ("delivered", "read")
