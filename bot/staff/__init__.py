"""Staff commands in the chat: officers answer dispositions, verifiers disposition, heads and supervisors look.

A command is a keyword (typos tolerated), usually a reference and a text. A swipe-reply to a notice about
a complaint may leave the reference out. Every refusal is a polite message that changes nothing.

`handling.handle` reads a message (`reading`), runs its command from the table (`table`: `officer`, `verifier`,
`lists`, `status`, and bot.handover's ALIHKAN and CUTI) on the complaint it names (`target`, `finding`), or reads
what a message without a command means (`implied`, `swiped`, `questions`, `officer_words`, `verifier_words`,
`leader_words`, `aside`, `hints`); what waits for the next message is `confirm` and `held`; the words a citizen
reads of it are `citizen_text`'s. `shown` is what staff see of a complaint (notices, STATUS, the dashboard).
"""

from __future__ import annotations

from bot.staff.handling import former_staff_command, handle, handle_former
from bot.staff.reading import COMMAND_WORDS, read_command
from bot.staff.table import COMMANDS

__all__ = ["COMMANDS", "COMMAND_WORDS", "former_staff_command", "handle", "handle_former", "read_command"]
