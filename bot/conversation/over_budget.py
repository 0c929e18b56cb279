"""A number past its budget of new complaints (lapor.budget): no complaint is made, the story is kept as a note for
the verifiers, and the citizen is told what happened, that their reports are safe, when they may file again, and 112
for an emergency (the emergency numbers first when the story tells of one). Told when a new complaint begins
(`refuse_at_start`: it was learned only at KIRIM, after the whole story, place, photo and privacy), and at KIRIM."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.commands import is_acknowledgement, is_thanks
from bot.conversation import understanding
from bot.conversation.states import Ask, Next, State, back_to_idle
from bot.conversation.turn import Turn, is_greeting
from bot.messages import KIND_NAMES, t
from lapor import budget
from lapor.complaints import Draft, description_problem
from models import Complaint

REFUSED = "over_budget"  # session.info: the window a refusal filled, counted once the turn is committed (dispatch)
# Conversation data: a number told at the start of a complaint that it is past its budget; its next message telling a
# story is kept as the note (`note_next`), with the story begun before it (the value). For the next message only.
NOTE_NEXT = "over_budget_note"
STORY_MIN_WORDS = 8  # a story naming no problem word is told in this many words at least


def refuse(turn: Turn) -> Next | None:
    """Keep the draft as a note and tell the citizen, when their number has used up its budget; None when it may
    file."""
    over = budget.over_budget(turn.session, turn.contact, turn.now, turn.svc.region.settings)
    if over is None:
        return None
    return _kept(turn, over)


def _kept(turn: Turn, over: budget.OverBudget) -> Next:
    """Keep the draft as the note, tell the citizen (the emergency numbers first for an emergency, once), go idle."""
    draft = turn.draft
    kind = draft.kind or understanding.stated_kind(draft.description or "") or "pengaduan"
    newest = budget.keep_story(turn.session, turn.contact, draft, over, turn.now, KIND_NAMES[kind])
    _emergency_first(turn, draft.description)
    turn.say("over_budget", filed=over.filed, window=t(f"over_budget_{over.window}"), reference=newest.reference,
             when=_when(over.until, turn.now, turn))
    turn.session.info[REFUSED] = over.window
    turn.draft = Draft()  # its photos stay: the note holds them
    return back_to_idle()


def _emergency_first(turn: Turn, story: str | None) -> None:
    """The emergency numbers before anything else when the story tells of one (unless said this turn already)."""
    if understanding.emergency(story or "") and t("emergency") not in turn.replies:
        turn.say("emergency")


def refuse_at_start(turn: Turn) -> Next | None:
    """A new complaint begun from a number past its budget, told at once: the story told with the start is kept as
    the note; without one, the citizen is told to write it if they still wish (kept as the note: `note_next`). None
    when the number may file (read once a turn)."""
    if turn.budget_read:
        return None
    turn.budget_read = True
    over = budget.over_budget(turn.session, turn.contact, turn.now, turn.svc.region.settings)
    if over is None:
        return None
    if turn.draft.description:
        return _kept(turn, over)
    _emergency_first(turn, turn.text)
    newest = turn.session.get(Complaint, over.newest_id)
    turn.say("over_budget_start", filed=over.filed, window=t(f"over_budget_{over.window}"),
             reference=newest.reference, when=_when(over.until, turn.now, turn))
    turn.session.info[REFUSED] = over.window
    begun = turn.data.get("story_begun") or ""
    turn.draft = Draft(photos=turn.draft.photos)  # photos sent with the start go with the story, if it comes
    return Next(State.IDLE, {NOTE_NEXT: begun}, ask=Ask.ALL)


def note_next(turn: Turn, begun: str | None) -> Next | None:
    """The story typed right after being told the number is past its budget (`refuse_at_start`): kept as the note,
    said so in a line; None for anything else (thanks, a question, a command: read as when idle), or when the number
    may file again meanwhile."""
    text = turn.text.strip()
    if begun is None or not text or is_thanks(text) or is_acknowledgement(text) or is_greeting(text):
        return None
    story = f"{begun}\n{text}".strip()
    said = understanding.content(text)
    if description_problem(story) is not None or understanding.intent(text) is not None or (
            not understanding.names_a_problem(text) and len(said) < STORY_MIN_WORDS):
        return None
    over = budget.over_budget(turn.session, turn.contact, turn.now, turn.svc.region.settings)
    if over is None:
        return None
    draft = Draft(description=story, photos=[*turn.draft.photos, *turn.media()])
    kind = understanding.stated_kind(story) or "pengaduan"
    newest = budget.keep_story(turn.session, turn.contact, draft, over, turn.now, KIND_NAMES[kind])
    _emergency_first(turn, story)
    turn.say("over_budget_noted", reference=newest.reference, when=_when(over.until, turn.now, turn))
    turn.draft = Draft()
    return back_to_idle()


def _when(until: datetime, now: datetime, turn: Turn) -> str:
    """When the number may file again, to the minute after (never a minute too early): «hari ini pukul 11.05»,
    «besok pukul 09.30»."""
    zone = turn.zone
    moment = (until + timedelta(minutes=1)).astimezone(zone).replace(second=0, microsecond=0)
    key = "over_budget_today" if moment.date() == now.astimezone(zone).date() else "over_budget_tomorrow"
    return t(key, time=f"{moment:%H.%M}")
