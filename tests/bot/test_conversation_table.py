"""The diagram beside the conversation draws exactly the states and moves its table declares."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.conversation import FILING, State, machine, transitions
from bot.conversation.states import go
from tests.conftest import WhatsApp

DIAGRAM = Path(__file__).parents[2] / "bot" / "conversation.mmd"
ARROW = re.compile(r"^\s*(\S+)\s*-->\s*([^\s:]+)")
GROUPS = {"any": set(State), "filing": set(FILING)}


def drawn() -> set[tuple[str, str]]:
    moves = set()
    for line in DIAGRAM.read_text(encoding="utf-8").splitlines():
        found = ARROW.match(line)
        if found and found.group(1) != "[*]":
            source, target = found.groups()
            moves |= {(s, target) for s in GROUPS.get(source, {source})}
    return moves


def test_the_diagram_draws_every_state():
    drawn_states = {state for move in drawn() for state in move}
    assert drawn_states == {state.value for state in State}


def test_the_diagram_draws_exactly_the_moves_the_table_declares():
    declared = {(source.value, target.value) for source, target in transitions()}
    assert drawn() - declared == set(), "drawn but not in the table"
    assert declared - drawn() == set(), "in the table but not drawn"


def test_a_handler_going_where_its_row_does_not_say_is_caught(app, monkeypatch):
    monkeypatch.setitem(machine.HANDLERS, State.IDLE, machine.Step(lambda turn: go(State.CONFIRM), frozenset()))
    with pytest.raises(machine.UndeclaredTransition, match="idle -> confirm"):
        WhatsApp(app).send("+6281234567890", "halo")


@pytest.mark.parametrize("stored", [*State, *(state.value for state in State)])
def test_a_turn_reads_its_state_as_the_tables_member_whether_stored_as_text_or_member(stored):
    from types import SimpleNamespace

    from bot.conversation.turn import Turn

    turn = Turn(None, None, None, SimpleNamespace(state=stored), None, None)
    assert turn.state is State(stored)


def test_a_turn_reads_its_conversations_state_and_data_as_loaded_changed_or_expired(app, session):
    """A turn's state and data are the conversation's: as loaded, as a step changed them, and as read again when
    they were expired (not in the instance's dict)."""
    from sqlalchemy import select

    from bot.conversation.turn import Turn
    from models import Conversation

    WhatsApp(app).send("+6281234567890", "halo")
    WhatsApp(app).send("+6281234567890", "1")
    conversation = session.scalars(select(Conversation)).one()
    turn = Turn(session, None, None, conversation, None, None)
    assert turn.state is State.KIND and turn.data is conversation.data and "prompts" in turn.data
    conversation.state, conversation.data = State.LOCATION.value, {"editing": True}
    assert turn.state is State.LOCATION and turn.data == {"editing": True}
    session.rollback()  # expired: read again from the database
    assert "state" not in vars(conversation) and "data" not in vars(conversation)
    assert turn.state is State.KIND and "prompts" in turn.data
