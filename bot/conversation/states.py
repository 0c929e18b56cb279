"""The conversation's states and what a handler returns: the next state, or "read this message again there"."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class State(StrEnum):
    """Where a citizen is in the conversation."""

    IDLE = "idle"
    OFFER = "offer"                    # a long first message offered as the description
    KIND = "kind"
    DESCRIPTION = "description"
    LOCATION = "location"
    PHOTO = "photo"
    PRIVACY = "privacy"
    CONFIRM = "confirm"
    EDIT = "edit"
    RATING = "rating"
    RATING_REASON = "rating_reason"
    RATING_COMMENT = "rating_comment"
    ANSWER = "answer"                  # answering a question from a verifier (TUNDA) or an officer (INFO)


class Ask(StrEnum):
    """What is pending (questions, ratings) is asked when a turn ends idle: all of it, only what was never asked,
    or nothing (MENU)."""

    ALL = "all"
    UNASKED = "unasked"
    NOTHING = "nothing"


STATE_BY_VALUE = {state.value: state for state in State}  # read many times a turn: a dict, not the Enum's call

# The states of a draft being written. An offer (OFFER) is no draft: the citizen has not said they want to file, so
# questions and ratings reach them as when idle, and an offer left unanswered lapses without a notice.
FILING = frozenset({State.KIND, State.DESCRIPTION, State.LOCATION, State.PHOTO, State.PRIVACY, State.CONFIRM,
                    State.EDIT})
RATING_STATES = frozenset({State.RATING, State.RATING_REASON, State.RATING_COMMENT})
WAITS_FOR_REPLY = RATING_STATES | {State.ANSWER}  # the states that expect the citizen's reply to a prompt


@dataclass(frozen=True)
class Next:
    """What a handler decided: stay (`state` None, remembered data kept), or go to `state` remembering only `data`
    (the draft aside); with `again` the same message is read there too."""

    state: State | None = None
    data: dict = field(default_factory=dict)
    again: bool = False
    ask: Ask = Ask.UNASKED


STAY = Next()


def go(state: State, **data) -> Next:
    """Go to `state`, remembering `data` (the draft is kept)."""
    return Next(state, data)


def again(state: State, **data) -> Next:
    """Read this message again in `state`, remembering `data`."""
    return Next(state, data, again=True)


def back_to_idle(ask: Ask = Ask.ALL) -> Next:
    """Go idle and ask what is pending: open questions first, else the next rating."""
    return Next(State.IDLE, ask=ask)
