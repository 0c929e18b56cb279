"""The conversation's table (state → handler and the states it may go to) and the one loop that applies what the
handlers return."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from bot import prompts
from bot.conversation import answers, fallbacks, filing, idle, rating, understanding
from bot.conversation.states import FILING, RATING_STATES, Ask, Next, State, go
from bot.conversation.turn import Turn, greeting_back, menu_text
from bot.inbound import Inbound
from bot.messages import excerpt, t
from lapor.complaints import Draft, description_problem
from lapor.dictation import punctuated
from lapor.references import PLACEHOLDER, spoken_reference_numbers
from models import Contact, Conversation
from models.db import Prepared, bound_insert, loaded
from services import Services

logger = logging.getLogger(__name__)

MAX_READS = 5  # a message is read again at most this often (ANSWER → ANSWER → RATING → IDLE is the longest)


class UndeclaredTransition(RuntimeError):
    """A handler went to a state its row of the table does not declare (the diagram would be wrong)."""


@dataclass(frozen=True)
class Step:
    """One row of the table: the handler and the states it may go to (staying is always allowed)."""

    handler: Callable[[Turn], Next]
    to: frozenset[State]


def _step(handler: Callable[[Turn], Next], *to: State | frozenset[State]) -> Step:
    states = set()
    for item in to:
        states |= item if isinstance(item, frozenset) else {item}
    return Step(handler, frozenset(states))


IDLE, ANSWER, RATING, REASON = State.IDLE, State.ANSWER, State.RATING, State.RATING_REASON
# Where people type free text: a command there is the command itself, never a word one typo away from it
FREE_TEXT = frozenset({State.DESCRIPTION, State.LOCATION, ANSWER, REASON, State.RATING_COMMENT})
HANDLERS: dict[State, Step] = {
    State.IDLE: _step(idle.on_idle, State.KIND, State.DESCRIPTION, State.OFFER, IDLE, ANSWER, REASON,
                      filing.later_steps(State.KIND)),  # a cancel taken back: where the draft was
    State.OFFER: _step(idle.on_offer, State.KIND, State.LOCATION, State.PHOTO, State.PRIVACY, State.CONFIRM, IDLE),
    State.KIND: _step(filing.on_kind, filing.later_steps(State.KIND)),
    State.DESCRIPTION: _step(filing.on_description, filing.later_steps(State.DESCRIPTION)),
    State.LOCATION: _step(filing.on_location, filing.later_steps(State.LOCATION)),
    State.PHOTO: _step(filing.on_photo, filing.later_steps(State.PHOTO)),
    State.PRIVACY: _step(filing.on_privacy, State.CONFIRM),
    State.CONFIRM: _step(filing.on_confirm, IDLE, State.OFFER, State.EDIT, frozenset(filing.STEPS)),
    State.EDIT: _step(filing.on_edit, frozenset(filing.STEPS), State.CONFIRM, IDLE, State.OFFER),
    State.RATING: _step(rating.on_rating, IDLE, REASON, State.RATING_COMMENT, RATING, ANSWER),
    State.RATING_REASON: _step(rating.on_rating_reason, IDLE, REASON),
    State.RATING_COMMENT: _step(rating.on_rating_comment, IDLE, REASON, State.RATING_COMMENT),
    State.ANSWER: _step(answers.on_answer, IDLE, ANSWER, RATING, State.OFFER),
}
EVERY_STATE = frozenset(State)
# Fallbacks: from every state (IKUTI: from the filing steps while similar complaints are offered; ULANG: a filing
# asked to start over, read once by `handle`).
FALLBACKS: dict[str, Step] = {
    "BATAL": _step(fallbacks.on_cancel, IDLE),
    "ULANG": _step(fallbacks.on_restart, IDLE),
    "MENU": _step(fallbacks.on_menu, IDLE),
    "BANTUAN": _step(fallbacks.on_help),
    "STATUS": _step(fallbacks.on_status),
    "IKUTI": _step(filing.on_follow, IDLE),
    "UNSURE": _step(fallbacks.on_unsure),
    "ASIDE": _step(fallbacks.on_aside),
    "EMERGENCY": _step(fallbacks.on_emergency),
}
# Where an emergency is no answer (the story is told at DESCRIPTION, the place at LOCATION, and another problem told
# at the summary is kept for the next report: read there as ever)
EMERGENCY_ASIDE = frozenset({State.OFFER, State.KIND})  # photo, privacy: more of the story joins it there
FALLBACK_FROM = {"IKUTI": FILING, "ULANG": FILING, "UNSURE": FILING | {State.OFFER}, "ASIDE": FILING,
                 "EMERGENCY": EMERGENCY_ASIDE}


def transitions() -> set[tuple[State, State]]:
    """Every move the conversation may make, as (from, to): the handlers', the fallbacks' and the prompts'."""
    moves = {(state, target) for state, step in HANDLERS.items() for target in step.to}
    moves |= {(state, target) for name, step in FALLBACKS.items()
              for state in FALLBACK_FROM.get(name, EVERY_STATE) for target in step.to}
    return moves | set(prompts.TRANSITIONS)


def _filing_aside(text: str) -> str | None:
    """The fallback for a message while filing that is no part of the draft: "udah sampai mana ya laporan saya?"
    is STATUS; "tolong hapus data saya", "I don't speak Indonesian" an aside (fallbacks.ASIDES)."""
    if fallbacks.asks_after_a_report_while_filing(text):
        return "STATUS"
    return "ASIDE" if fallbacks.aside_while_filing(text) else None


def handle(session: Session, svc: Services, contact: Contact, message: Inbound, now: datetime) -> list[str]:
    """Handle one message from a (locked) contact and return the replies."""
    turn = _start_turn(session, svc, contact, message, now)
    expired, story, answers = _drop_stale_draft(turn)
    command = None if expired else ("IKUTI" if filing.follows(turn) else None)
    editing = turn.state == State.EDIT or bool(turn.data.get("editing"))
    command = fallbacks.global_command(turn.text, free_text=turn.state in FREE_TEXT, editing=editing) or command
    if command in (None, "MENU") and turn.state in FILING and understanding.restart_asked(turn.text):
        command = "ULANG"  # "ulangi dari awal": the draft dropped and filing begun again (fallbacks.on_restart)
    if command == "BATAL" and turn.data.get(idle.CANCELLED_DRAFT) and understanding.undo_cancel_asked(turn.text):
        command = None  # "gak jadi batal" right after BATAL: the cancel taken back (idle.on_idle)
    if command == "UNSURE" and turn.state not in FALLBACK_FROM["UNSURE"]:
        command = None  # "btl" answering an officer's question or a rating: the words themselves
    if command is None and turn.state in FILING:
        command = _filing_aside(turn.text)
    command = _emergency_first(turn, command)
    offer_answered = turn.state == State.OFFER and idle.answers_offer(turn.text)
    _apply(turn, prompts.before(turn, expired=expired, routed=command is None, offer_answered=offer_answered),
           prompts.TRANSITIONS)
    if command is None:
        _apply(turn, prompts.replied_before_its_photo(turn, rating.says_not_fixed), prompts.TRANSITIONS)
    if story and command is None and turn.state == State.IDLE:  # the story told before is offered again
        _apply(turn, go(State.OFFER, offer=story, **{idle.RESUMES: answers}), {(State.IDLE, State.OFFER)})
    result = _read(turn, FALLBACKS[command] if command else HANDLERS[turn.state], keeps=command is None)
    if turn.state == State.IDLE:
        _apply(turn, prompts.after(turn, result.ask), prompts.TRANSITIONS)
    _finish_turn(turn)
    return _with_refusal(turn, _salam_answered(turn.text, turn.replies or [menu_text(svc, turn.text)]))


def _emergency_first(turn: Turn, command: str | None) -> str | None:
    """The command to run, none for an emergency read as BANTUAN ("🆘 🔥 tolong": "tolong" is BANTUAN's word): it got
    the help menu. While a story is offered or at a question whose answer is no story (the kind),
    EMERGENCY: the numbers, then the offer or question as it stood (it was glued onto the offered story, or got
    «Mohon balas 1, 2 atau 3»). At the story, the place or the summary it gets the emergency numbers first, then is
    read there (it got "Ceritanya masih terlalu singkat"); while idle the idle handler says them."""
    if command not in (None, "BANTUAN") or not turn.text or not understanding.emergency(turn.text):
        return command
    if turn.state == State.KIND and description_problem(turn.text) is None:
        turn.say("emergency")  # "pohon tumbang … ada orang terjepit" at the kind: the story, kept as any told there
        return None
    if turn.state in EMERGENCY_ASIDE:
        return "EMERGENCY"
    if turn.state in FILING:
        turn.say("emergency")
    return None


SALAM_HINTS = ("alam", "slm", "skum", "samle", "mikum", "ass", "ل")  # cheap first: a salam has one of these


def _salam_answered(text: str, replies: list[str]) -> list[str]:
    """The replies, the first opening with «Waalaikumsalam» when the message opens with a salam and no reply answers
    it already (the menu does): "Assalamualaikum pak, nomor saya yang lama hilang …" was answered with no salam."""
    opening = (text or "")[:40].lower()
    if not any(hint in opening for hint in SALAM_HINTS) or greeting_back(text) != t("greeting_salam"):
        return replies
    if any(reply.startswith(t("greeting_salam")) for reply in replies):
        return replies
    return [t("salam_before", reply=replies[0]), *replies[1:]]


def _with_refusal(turn: Turn, replies: list[str]) -> list[str]:
    """The replies, saying (once) that a file of a type not kept went nowhere when no step said it already (an
    answer to a question, a rating's comment: the rest of the message is handled all the same)."""
    if not turn.message.refused_media:
        return replies
    refusal = filing.not_kept(turn)
    return replies if any(refusal in reply for reply in replies) else [*replies, refusal]


def _read(turn: Turn, step: Step, keeps: bool) -> Next:
    """Run the handler, apply what it returns, and read the message again where it says so (a photo or pin is kept
    in the draft first at a filing step)."""
    for _ in range(MAX_READS):
        if keeps and turn.state in filing.KEEPS_ATTACHMENTS:
            filing.keep_attachments(turn)
        result = step.handler(turn)
        _apply(turn, result, {(turn.state, target) for target in step.to})
        if not result.again:
            return result
        step, keeps = HANDLERS[turn.state], True
    raise RuntimeError(f"message read more than {MAX_READS} times")


def _apply(turn: Turn, result: Next | None, allowed: set[tuple[State, State]] | frozenset) -> None:
    """Move to the state a handler returned (remembering its data), after checking the table declares the move."""
    if result is None or result.state is None:
        return
    move = (turn.state, result.state)
    if move not in allowed:
        logger.error("undeclared transition %s -> %s", *move)
        if turn.svc.config.get("TESTING"):
            raise UndeclaredTransition(f"{move[0]} -> {move[1]}")
    turn.conversation.state = result.state.value
    data = turn.conversation.data
    # the draft and the prompts queue are the conversation's, not the state's: an offer lapsing before the prompts
    # were settled dropped the queue, and the rating asked meanwhile with it (its answer got the menu)
    queue = {"prompts": data["prompts"]} if "prompts" in data else {}
    turn.conversation.data = {"draft": data.get("draft"), **queue, **result.data}


def _start_turn(session, svc, contact, message, now) -> Turn:
    conversation = contact.conversation or _new_conversation(session, contact, now)
    if message.body and (body := punctuated(message.body)) != message.body:  # voice typing's "titik", "koma"
        message = replace(message, body=body)
    if message.body and (body := spoken_reference_numbers(message.body)) != message.body:  # "laporan nomor satu"
        message = replace(message, body=body)  # as staff's are read (bot.staff.handling)
    if message.body and "<" in message.body and (found := COPIED_PLACEHOLDER.match(message.body)):
        message = replace(message, body=message.body[found.end():])  # "LPR-<nomor> tambahan" copied from a hint
    turn = Turn(session, svc, contact, conversation, message, now)
    turn.draft = Draft.from_data(conversation.data.get("draft"))
    turn.listed = list(conversation.data.get("listed") or [])
    return turn


# The placeholder of a reference in the catalogue's hints ("… dengan pesan: LPR-<nomor> tambahan"), copied as it
# reads: no number at all, so the words after it ask about the only complaint, or which one
COPIED_PLACEHOLDER = re.compile(rf"\s*{PLACEHOLDER}[\s,.:]*", re.IGNORECASE)


def _new_conversation(session: Session, contact: Contact, now: datetime) -> Conversation:
    """A person's first conversation, written at once by a Core INSERT: the turn's state is then saved as any
    conversation's is (with the log, `bot.dispatch.log`), where a new one added to the session cost a unit of work
    at commit for its INSERT. Nothing queued yet: a new conversation is not one from before prompts (see
    bot.prompts.settle)."""
    [row] = _NEW_CONVERSATION.execute(session, {
        "contact_id": contact.id, "state": State.IDLE.value, "data": {"prompts": []}, "updated_at": now})
    conversation = loaded(session, Conversation, row)
    set_committed_value(conversation, "contact", contact)
    set_committed_value(contact, "conversation", conversation)
    return conversation


_NEW_CONVERSATION = Prepared(bound_insert(Conversation.__table__, ("contact_id", "state", "data", "updated_at"))
                             .returning(*Conversation.__table__.c))


def _finish_turn(turn: Turn) -> None:
    has_content = turn.state in FILING or turn.draft != Draft()
    kept = {key: value for key, value in turn.conversation.data.items() if key not in NEXT_MESSAGE_ONLY}
    listed = {"listed": turn.listing} if turn.listing else {}  # for the next message only
    # a photo without words, for the next message: one more seconds later is a burst (filing.photo_burst)
    photo = {filing.PHOTO_AT: turn.now.isoformat()} if turn.received and not turn.text.strip() else {}
    photo |= {filing.MEDIA_AT: turn.now.isoformat()} if turn.received else {}  # a caption's photo too
    turn.conversation.data = {**kept, "draft": turn.draft.as_data() if has_content else None,
                              "prompts": prompts.dump(turn.prompts), **listed, **photo}
    turn.conversation.updated_at = turn.now


NEXT_MESSAGE_ONLY = frozenset({"listed", filing.PHOTO_AT, filing.MEDIA_AT})


# What was sent while idle (a photo, a pin; no filing begun) waits longer than a draft for the words that say where
# it goes: a photo offered to an open complaint is often answered ("tambahan: …") the next morning
KEPT_TIMEOUT = timedelta(hours=24)


def _drop_stale_draft(turn: Turn) -> tuple[bool, str | None, dict | None]:
    """Drop a draft nobody touched for DRAFT_TIMEOUT_MINUTES (what was kept while idle: KEPT_TIMEOUT) and say so
    (the prompts then say where the message is read: idle, or a prompt the citizen saw meanwhile); the story typed
    for it is returned, to be offered again (it had to be typed again), with the draft's other answers (kind, place
    or pin, photos, privacy: taken up again with it, `idle.RESUMES`). A message offered as a complaint and left so
    long lapses unsaid."""
    drafting = turn.state in FILING
    timeout = timedelta(minutes=turn.svc.config["DRAFT_TIMEOUT_MINUTES"]) if drafting else KEPT_TIMEOUT
    left = turn.now - turn.conversation.updated_at
    # a draft's wait leaves out the citizens' quiet hours (no reminder comes then): one left at 20:40 lasts till 07:40
    stale = left > timeout and not (drafting and turn.svc.region.calendar.citizen_awake(
        turn.conversation.updated_at, turn.now) <= timeout)
    if stale and turn.state == State.CONFIRM and left <= KEPT_TIMEOUT and filing.sends_summary(turn.text):
        return False, None, None  # KIRIM to the summary shown hours ago: it files what the summary showed
    if stale and turn.state == State.OFFER:  # an offer is no draft: it lapses without a notice
        turn.draft.location_text = None  # the place typed for the story offered ("alun alun kota") goes with it
        turn.draft.place_before = None  # ... and the place of the complaint before it
        _apply(turn, go(State.IDLE), prompts.TRANSITIONS)
        return False, None, None
    if not (stale and (drafting or turn.draft != Draft())):
        return False, None, None
    told = turn.draft.description or ""
    story = told if drafting and told and t("description_voice_note") not in told else None  # a voice note's is gone
    answers = idle.answers_kept(turn.draft) if story else None
    if answers:  # its photos are held by the offer (not skipped): taken up with the story, or left to retention
        turn.draft = Draft()
    else:
        turn.drop_draft()
    hours = f"{timeout.total_seconds() / 3600:g}"
    if story:
        turn.say("draft_expired_answers" if answers else "draft_expired_story", hours=hours,
                 excerpt=excerpt(story, 300))
    else:  # a photo or pin sent alone while idle was kept, no filing begun: what is gone is what was sent
        turn.say("draft_expired" if drafting else "kept_expired", hours=hours)
    return True, story, answers


def is_filing(conversation: Conversation) -> bool:
    """Tell whether the citizen is in the middle of a draft (a question or a rating waits for it to end)."""
    return State(conversation.state) in FILING


def awaits_reply(session: Session, contact: Contact) -> bool:
    """Tell whether the citizen's conversation waits for their reply: an answer to a question, a rating, its reason
    or comment, or a prompt queued for them."""
    conversation = contact.conversation
    if conversation is None:
        return False
    return State(conversation.state) in RATING_STATES | {ANSWER} or bool(
        prompts.settle(session, contact, conversation))


__all__ = ["FALLBACKS", "HANDLERS", "Ask", "awaits_reply", "handle", "is_filing", "transitions"]
