"""The idle citizen and the first message: the menu, filing, status, help, the answer to a question, TIDAK PUAS,
or a long message offered as the complaint's description."""

from __future__ import annotations

from bot.commands import leading_keyword, match_phrase, words
from bot.conversation.answers import answers_question
from bot.conversation.filing import advance, keep_attachments
from bot.conversation.rating import start_reopen
from bot.conversation.states import STAY, Next, State, again, go
from bot.conversation.status import show_status
from bot.conversation.turn import Turn
from bot.conversation.vocabulary import IDLE_CHOICES, UNSATISFIED, YES_CHOICES
from bot.messages import excerpt, received
from lapor.media import kind_counts

OFFER_MIN_WORDS = 6
OFFER_MIN_CHARS = 30


def on_idle(turn: Turn) -> Next:
    """Starts filing, shows status or help, takes the answer to a question, offers a long message as a complaint,
    or shows the menu."""
    choice = match_phrase(turn.text, IDLE_CHOICES)
    keyword, rest = leading_keyword(turn.text, UNSATISFIED)
    reopened = start_reopen(turn, rest) if keyword == "TIDAK_PUAS" else None
    answered = answers_question(turn) if reopened is None and choice is None else None
    if reopened or answered:
        return reopened or answered
    keep_attachments(turn)
    if choice == "FILE":
        return advance(turn)
    if choice == "STATUS":
        show_status(turn, "")
    elif choice == "BANTUAN":
        turn.say("help")
    elif choice is None and _looks_like_complaint(turn.text):
        turn.say("offer_description", excerpt=excerpt(turn.text, 200))
        return go(State.OFFER, offer=turn.text)
    else:
        _kept_then_menu(turn)
    return STAY


def _kept_then_menu(turn: Turn) -> None:
    """The menu, after saying what was kept of a photo or a bare pin sent while idle."""
    if turn.kept_attachment == "photo":
        turn.say("kept_media", received=received(kind_counts(turn.received)))
    elif turn.kept_attachment == "location" and not turn.text:
        turn.say("kept_location")
    turn.say("menu")


def _looks_like_complaint(text: str) -> bool:
    return len(words(text)) >= OFFER_MIN_WORDS and sum(ch.isalpha() for ch in text) >= OFFER_MIN_CHARS


def on_offer(turn: Turn) -> Next:
    """Stores the offered message as the description when the citizen says YA and asks for the kind; anything else
    is read as when idle."""
    if not match_phrase(turn.text, YES_CHOICES):
        return again(State.IDLE)
    turn.draft.description = turn.data.get("offer")
    return advance(turn)
