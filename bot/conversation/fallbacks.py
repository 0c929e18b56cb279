"""What works in every state: BATAL, MENU, BANTUAN and STATUS (and IKUTI while similar complaints are offered)."""

from __future__ import annotations

from bot import prompts
from bot.commands import leading_keyword, match_phrase
from bot.conversation.answers import remind_open
from bot.conversation.filing import repeat_question
from bot.conversation.states import FILING, STAY, Ask, Next, State, back_to_idle
from bot.conversation.status import show_status
from bot.conversation.turn import Turn, reference
from bot.conversation.vocabulary import GLOBAL
from lapor.complaints import Draft


def global_command(text: str) -> str | None:
    """BATAL, MENU, BANTUAN or STATUS (also `STATUS LPR-12`), typos tolerated; None for anything else."""
    if not text:
        return None
    command = match_phrase(text, GLOBAL)
    if command:
        return command
    keyword, rest = leading_keyword(text, {"status": "STATUS"})
    return "STATUS" if keyword and reference(rest)[0] is not None and not reference(rest)[1] else None


def on_cancel(turn: Turn) -> Next:
    """Drops the draft (or the rating question) and confirms nothing was sent; a dropped draft lets what waited for
    it be asked."""
    busy = turn.state != State.IDLE or turn.draft != Draft()
    filing = turn.state in FILING
    turn.draft = Draft()
    _skip_rating(turn)
    turn.say("cancelled" if busy else "nothing_to_cancel")
    return back_to_idle(Ask.ALL if filing else Ask.NOTHING)


def on_menu(turn: Turn) -> Next:
    """Drops the draft and shows the menu; nothing else is asked (an open question can still be answered)."""
    turn.draft = Draft()
    _skip_rating(turn)
    turn.say_menu()
    return back_to_idle(Ask.NOTHING)


def _skip_rating(turn: Turn) -> None:
    """A rating being asked is skipped by leaving it (TIDAK PUAS still works)."""
    if turn.state == State.RATING:
        prompts.settled(turn, prompts.RATING, turn.data.get("rating_for"))


def on_help(turn: Turn) -> Next:
    """Explains the service, then repeats the pending question."""
    turn.say("help")
    if turn.contact.phone is None:  # maybe staff writing under a username: how to be recognised
        turn.say("help_link")
    _repeat(turn)
    return STAY


def on_status(turn: Turn) -> Next:
    """Shows the citizen's complaints (or one of them), then repeats the pending question."""
    _, rest = leading_keyword(turn.text, GLOBAL)
    show_status(turn, rest)
    _repeat(turn)
    return STAY


def _repeat(turn: Turn) -> None:
    if turn.state == State.ANSWER:
        remind_open(turn)
    else:
        repeat_question(turn)
