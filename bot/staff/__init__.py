"""Staff commands in the chat: officers answer dispositions, verifiers disposition, heads and supervisors look.

A command is a keyword (typos tolerated), usually a reference and a text. A swipe-reply to a notice about
a complaint may leave the reference out. Every refusal is a polite message that changes nothing.
"""

from __future__ import annotations

from bot.staff.citizen_text import tells_not_asks
from bot.staff.handling import former_staff_command, handle, handle_former
from bot.staff.office_talk import only_acknowledges
from bot.staff.reading import COMMAND_WORDS, read_command
from bot.staff.shown import (
    additions_for_staff,
    answered_by,
    attachments_for_staff,
    citizen_additions,
    place_for_staff,
    reporter_for,
)
from bot.staff.table import COMMANDS
from bot.staff.turn import OFFICER_ROLES
from bot.staff.verifier import who_was_told

__all__ = ["COMMANDS", "COMMAND_WORDS", "OFFICER_ROLES", "additions_for_staff", "answered_by", "attachments_for_staff",
           "citizen_additions", "former_staff_command", "handle", "handle_former", "only_acknowledges",
           "place_for_staff", "read_command", "reporter_for", "tells_not_asks", "who_was_told"]
