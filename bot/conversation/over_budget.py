"""KIRIM from a number past its budget of new complaints (lapor.budget): no complaint is made, the story is kept as
a note for the verifiers, and the citizen is told what happened, that their reports are safe, when they may file
again, and 112 for an emergency (the emergency numbers first when the story tells of one)."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.conversation import understanding
from bot.conversation.states import Next, back_to_idle
from bot.conversation.turn import Turn
from bot.messages import KIND_NAMES, t
from lapor import budget
from lapor.complaints import Draft

REFUSED = "over_budget"  # session.info: the window a refusal filled, counted once the turn is committed (dispatch)


def refuse(turn: Turn) -> Next | None:
    """Keep the draft as a note and tell the citizen, when their number has used up its budget; None when it may
    file."""
    over = budget.over_budget(turn.session, turn.contact, turn.now, turn.svc.region.settings)
    if over is None:
        return None
    draft = turn.draft
    newest = budget.keep_story(turn.session, turn.contact, draft, over, turn.now, KIND_NAMES[draft.kind])
    if understanding.emergency(draft.description or ""):
        turn.say("emergency")
    turn.say("over_budget", filed=over.filed, window=t(f"over_budget_{over.window}"), reference=newest.reference,
             when=_when(over.until, turn.now, turn))
    turn.session.info[REFUSED] = over.window
    turn.draft = Draft()  # its photos stay: the note holds them
    return back_to_idle()


def _when(until: datetime, now: datetime, turn: Turn) -> str:
    """When the number may file again, to the minute after (never a minute too early): «hari ini pukul 11.05»,
    «besok pukul 09.30»."""
    zone = turn.zone
    moment = (until + timedelta(minutes=1)).astimezone(zone).replace(second=0, microsecond=0)
    key = "over_budget_today" if moment.date() == now.astimezone(zone).date() else "over_budget_tomorrow"
    return t(key, time=f"{moment:%H.%M}")
