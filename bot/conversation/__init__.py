"""The citizen's conversation: a declarative state machine (diagram: conversation.mmd beside this package; notes in
docs/conversation.md).

Each state has one handler that stores what it got, asks the next question and returns the next state (or "read
this message again in state X"); `machine.handle` is the one loop that applies it. `BATAL`, `MENU`, `BANTUAN` and
`STATUS` work in every state. Questions from staff and ratings are prompts (bot.prompts), settled before the turn
and asked after it. Areas: idle, filing, rating, answers, status; domain rules live in lapor.complaints.
"""

from bot.conversation.fallbacks import global_command
from bot.conversation.machine import FALLBACKS, HANDLERS, awaits_reply, handle, is_filing, transitions
from bot.conversation.states import FILING, RATING_STATES, State

__all__ = ["FALLBACKS", "FILING", "HANDLERS", "RATING_STATES", "State", "awaits_reply", "global_command", "handle",
           "is_filing", "transitions"]
