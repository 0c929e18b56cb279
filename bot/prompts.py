"""What the bot waits for from a citizen besides a draft: answers to staff questions and ratings of finished
complaints ("prompts").

Each prompt is queued in the citizen's conversation when it arises, and its notice goes through the outbox. The
conversation only waits for a prompt the citizen has been shown: when its notice has left the outbox (not while it
waits out the quiet hours), or when a reply shows it; a notice still waiting is then cancelled, so nobody reads a
prompt twice. Every finished complaint is asked for its rating in turn.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy.orm import Session

from bot import outbox
from bot.conversation.states import FILING, RATING_STATES, Ask, Next, State, go
from bot.messages import excerpt, t
from lapor import complaints, dispositions
from models import Complaint, Contact, Conversation, Question
from models.vocab import Purpose, Role

QUESTION, RATING = "question", "rating"
ELSEWHERE = "elsewhere"  # a swipe-reply to a notice about a complaint with no open question: no answer to another
REPLY_ROUTED = RATING_STATES | {State.IDLE, State.ANSWER}  # where a swipe-reply to a prompt answers that prompt
# The moves these two calls make, from any state: to idle when a stale draft is dropped, to a question or a rating
# the citizen saw (the conversation's table declares them beside its handlers' own).
TRANSITIONS = frozenset((state, target) for state in State for target in (State.IDLE, State.ANSWER, State.RATING))


@dataclass
class Prompt:
    """One thing asked of the citizen: a question (by id) or the rating of a finished complaint (by id)."""

    kind: str
    id: int
    notice: str | None = None  # the outbox key of the notice that carries it
    reveals: bool = True       # the notice shows the prompt itself (not just "after your draft")
    shown: bool = False        # the citizen has seen it (the notice left, or a reply showed it)
    asked: bool = False        # the conversation has waited for its answer (entered its state) at least once


def load(conversation: Conversation) -> list[Prompt]:
    """The prompts queued in a conversation, oldest first."""
    stored = conversation.data.get("prompts")
    if stored is None:
        return _from_before_prompts(conversation)
    return [Prompt(**item) for item in stored]


def dump(prompts: list[Prompt]) -> list[dict]:
    """The prompts as stored in the conversation's data."""
    return [asdict(prompt) for prompt in prompts]


def queue(conversation: Conversation, kind: str, item_id: int, notice: str, reveals: bool = True) -> None:
    """Remember a new prompt (a complaint finished again replaces its earlier rating prompt)."""
    prompts = [p for p in load(conversation) if (p.kind, p.id) != (kind, item_id)]
    prompts.append(Prompt(kind, item_id, notice=notice, reveals=reveals))
    conversation.data = {**conversation.data, "prompts": dump(prompts)}


def awaits_rating(complaint: Complaint | None, citizen: Contact) -> bool:
    """Tell whether the citizen may still rate this complaint: theirs, finished and not closed for good."""
    return (complaint is not None and complaint.citizen_id == citizen.id and complaint.status == complaints.DONE
            and complaint.closed_at is None)


def settle(session: Session, citizen: Contact, conversation: Conversation, filing: bool = False) -> list[Prompt]:
    """The prompts still open: answered, lapsed, rated and closed ones are dropped.

    An open question the queue does not know (asked before prompts were queued) counts as shown and asked, unless
    the citizen is `filing` (the conversation is stored in a filing state): such a question was only announced as
    coming after the draft, so it is shown when the draft ends. An empty queue needs no look (every question since
    is queued): most messages cost no query here.
    """
    if conversation.data.get("prompts") == []:
        return []
    prompts = load(conversation)
    questions = [q.id for q in dispositions.open_questions(session, citizen)]
    kept = [p for p in prompts if (p.id in questions if p.kind == QUESTION
                                   else awaits_rating(session.get(Complaint, p.id), citizen))]
    known = {p.id for p in kept if p.kind == QUESTION}
    seen = not filing
    return kept + [Prompt(QUESTION, qid, reveals=seen, shown=seen, asked=seen) for qid in questions
                   if qid not in known]


def _from_before_prompts(conversation: Conversation) -> list[Prompt]:
    """A conversation stored before prompts were queued: its one pending rating, if any (its open questions are
    added by `settle`)."""
    data, rating = conversation.data, conversation.state == "rating"
    pending = data.get("rating_for") if rating else data.get("pending_rating")
    return [Prompt(RATING, pending, shown=True, asked=rating)] if pending else []


def newly_shown(session: Session, prompts: list[Prompt]) -> list[Prompt]:
    """Mark the prompts whose notice has left the outbox since the last look as shown, and return them."""
    fresh = [p for p in prompts if not p.shown and p.reveals and p.notice and outbox.delivered(session, p.notice)]
    for prompt in fresh:
        prompt.shown = True
    return fresh


def shown_in_reply(session: Session, prompt: Prompt) -> None:
    """A reply shows the prompt: it is shown and asked, and its notice, if still waiting, is not sent any more."""
    if prompt.notice:
        outbox.cancel(session, prompt.notice)
    prompt.shown = prompt.asked = True


def question_prompt(session: Session, question: Question) -> str:
    """The question as the citizen reads it, with how to answer when several questions are open."""
    reference = question.complaint.reference
    text = t("citizen_question", asker=asker_name(question), reference=reference, question=question.text)
    if len(dispositions.open_questions(session, question.complaint.citizen)) > 1:
        text += "\n" + t("citizen_question_several", reference=reference)
    return text


def asker_name(question: Question) -> str:
    """Who asked, as the citizen reads it: the agency's name, or the verification desk."""
    asker = question.asker
    if asker.role == Role.VERIFIER or asker.agency is None:
        return t("asker_verifier")
    return asker.agency.name


def rating_prompt(complaint: Complaint) -> str:
    """The request to rate a finished complaint (the answer itself reached the citizen in its own notice)."""
    return t("ask_rating", reference=complaint.reference, title=complaint.title)


# Before and after the conversation's turn -----------------------------------------------------------

def before(turn, expired: bool, routed: bool, offer_answered: bool = False) -> Next | None:
    """Settle the prompts and tell in which state this message is read (None: where the citizen is).

    A prompt whose notice reached an idle citizen since their last message is waited for now (a question also when
    they were asked a rating: the rating comes back after the answer); so too after a message offered as a
    complaint, unless this one is the yes or no to the offer (`offer_answered`: the prompt then comes after). After
    an expired draft (`expired`: its notice is said already) the prompts seen meanwhile are shown, and the message
    is read as their answer; after a photo kept while idle lapsed, the fresh prompts wait as they would (a rating
    asked meanwhile was only marked asked, and "belum pak, masih ada lubangnya" began a new story). A swipe-reply
    (`routed`) to a question or rating prompt answers that one, whatever
    was asked last.
    """
    state = turn.state
    turn.prompts = settle(turn.session, turn.contact, turn.conversation, filing=state in FILING)
    fresh = newly_shown(turn.session, turn.prompts)
    catch_up = (state == State.IDLE or (state == State.OFFER and not offer_answered)
                or (any(p.kind == QUESTION for p in fresh) and state in (State.ANSWER, State.RATING)))
    if expired and state in FILING:  # a draft's: what was kept while idle (a photo) lapsing changes nothing here
        seen = _waited([p for p in turn.prompts if p.shown and not p.asked])
        _show(turn, seen)
        result = _state_for(turn, seen) or go(State.IDLE)
    else:
        waited = _waited(fresh) if catch_up else []
        result = _state_for(turn, waited, held=turn.data.get("held_answer") if state == State.ANSWER else None)
    if routed:
        result = _route_reply(turn, result) or result
    return result


def replied_before_its_photo(turn, replies_to_answer) -> Next | None:
    """A rating whose notice still waits behind the answer's photo (being fetched), when an idle citizen who read the
    answer's text replies to it (`replies_to_answer(text)`: "masih ada pak sampahnya di pojok"): shown by this reply
    and waited for, as if its notice had left; the message is then read as the rating's reply (it was taken as the
    start of a new story). The photo still follows."""
    if turn.state != State.IDLE:
        return None
    waiting = [p for p in turn.prompts if p.kind == RATING and not p.shown and p.notice]
    if not waiting or not replies_to_answer(turn.text):  # cheap first: no database unless both hold
        return None
    behind = [p for p in waiting if outbox.waits_behind(turn.session, p.notice)][:1]
    for prompt in behind:
        shown_in_reply(turn.session, prompt)
    return _state_for(turn, behind)


def after(turn, ask: Ask) -> Next | None:
    """Show what is pending to a citizen the turn left idle and wait for it: the open questions, else the next
    rating (`Ask.UNASKED`: only what this message could not have been an answer to). A prompt whose notice still
    waits for what comes before it (the answer's photo being fetched) is not shown: it goes after it."""
    if turn.state != State.IDLE or ask == Ask.NOTHING:
        return None
    return _wait_for(turn, [p for p in turn.prompts if (ask == Ask.ALL or not p.asked)
                            and (p.shown or not p.notice or not outbox.waits_behind(turn.session, p.notice))])


def _wait_for(turn, candidates: list[Prompt]) -> Next | None:
    """Show the questions among `candidates` (else the first rating) in the reply, withdraw their notices still in
    the outbox, and wait for them."""
    waited = _waited(candidates)
    _show(turn, waited)
    return _state_for(turn, waited)


def _waited(candidates: list[Prompt]) -> list[Prompt]:
    """The questions among `candidates`, else the first rating."""
    questions = [p for p in candidates if p.kind == QUESTION]
    return questions or [p for p in candidates if p.kind == RATING][:1]


def _mark_asked(waited: list[Prompt]) -> None:
    for prompt in waited:
        prompt.asked = True


def _state_for(turn, waited: list[Prompt], held: dict | None = None) -> Next | None:
    """The state that waits for these prompts: ANSWER (keeping a `held` answer) or RATING; they count as asked."""
    if not waited:
        return None
    _mark_asked(waited)
    if waited[0].kind == QUESTION:
        return go(State.ANSWER, **({"held_answer": held} if held else {}))  # "which complaint?" still waits
    return go(State.RATING, rating_for=waited[0].id)


def _show(turn, waited: list[Prompt]) -> None:
    """Show the prompts in the reply; their notices, if still in the outbox, are withdrawn."""
    if waited and waited[0].kind == QUESTION:
        show_questions(turn, [turn.session.get(Question, p.id) for p in waited])
    elif waited:
        complaint = turn.session.get(Complaint, waited[0].id)
        turn.replies.append(t("rating_reminder", reference=complaint.reference) if waited[0].shown
                            else rating_prompt(complaint))
    for prompt in waited:
        shown_in_reply(turn.session, prompt)


def show_questions(turn, questions: list[Question]) -> None:
    """Add the open questions to the replies: one as it was asked, several as a list to pick from."""
    if len(questions) == 1:
        turn.replies.append(question_prompt(turn.session, questions[0]))
    else:
        turn.say("citizen_questions", count=len(questions), items=question_items(questions),
                 reference=questions[0].complaint.reference)


def question_items(questions: list[Question]) -> str:
    """The questions as list lines: complaint, asker, question."""
    return "\n".join(t("question_item", reference=q.complaint.reference, asker=asker_name(q),
                       question=excerpt(q.text, 120)) for q in questions)


def settled(turn, kind: str, item_id: int | None) -> None:
    """The prompt is answered, rated or skipped: it is not asked again, and its notice, if still waiting in the
    outbox (held for the night), is not sent any more."""
    for prompt in turn.prompts:
        if (prompt.kind, prompt.id) == (kind, item_id) and prompt.notice:
            outbox.cancel(turn.session, prompt.notice, "settled before it was sent")
    turn.prompts = [p for p in turn.prompts if (p.kind, p.id) != (kind, item_id)]


def open_questions(turn, shown_only: bool = False) -> list[tuple[Prompt, Question]]:
    """The open questions of this turn's prompts (only those the citizen has seen, with `shown_only`)."""
    return [(p, turn.session.get(Question, p.id)) for p in turn.prompts
            if p.kind == QUESTION and (p.shown or not shown_only)]


def _route_reply(turn, result: Next | None) -> Next | None:
    """A swipe-reply to a question or to a rating prompt is read in that prompt's state."""
    state = result.state if result is not None else turn.state
    data = result.data if result is not None else turn.data
    if state not in REPLY_ROUTED:
        return None
    turn.replied = _replied_prompt(turn)
    if turn.replied is None:
        return None
    kind, target = turn.replied
    if kind == RATING and not (state in RATING_STATES and data.get("rating_for") == target.id):
        return go(State.RATING, rating_for=target.id)
    if kind == QUESTION and state != State.ANSWER:
        return go(State.ANSWER)
    return None


def _replied_prompt(turn) -> tuple[str, object] | None:
    """The question or finished complaint whose message (sent through the outbox) this message swipe-replies to;
    ELSEWHERE for a message about a complaint with nothing to answer (with the complaint's id when no question of it
    waits at all: the message is about that complaint), None for a message the outbox did not send.

    Only a question the citizen has been shown is answered so: a swipe-reply to the notice that it comes after the
    draft, or to an older message while it waits out the night, was written without it (it is shown in the reply).
    """
    sid = turn.message.replied_to_sid
    row = outbox.by_sid(turn.session, sid) if sid else None
    if row is None or row.recipient not in turn.contact.addresses or row.subject_type != "complaint":
        return None
    if row.purpose == Purpose.RATING:
        complaint = turn.session.get(Complaint, row.subject_id)
        return (RATING, complaint) if awaits_rating(complaint, turn.contact) else None
    notice = outbox.queued_key(turn.session, row)
    pairs = open_questions(turn)
    found = ([(p, q) for p, q in pairs if notice and p.notice == notice]
             or [(p, q) for p, q in pairs if q.complaint_id == row.subject_id])  # any message about that complaint
    shown = [q for p, q in found if p.shown]
    return (QUESTION, shown[0]) if shown else (ELSEWHERE, None if found else row.subject_id)
