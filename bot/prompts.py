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
from bot.messages import excerpt, t
from lapor import complaints, dispositions
from models import Complaint, Contact, Conversation, Question
from models.vocab import Role

QUESTION, RATING = "question", "rating"


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
    """The request to rate a finished complaint, with the agencies' answer."""
    latest = complaints.latest_public_entry(complaint)
    return t("ask_rating", reference=complaint.reference, title=complaint.title,
             answer=excerpt(latest.text if latest else "-", 600))
