"""Unfinished complaints: a citizen who stops halfway through filing is reminded once, while the draft is still
kept, of what is left to answer (a draft untouched for DRAFT_TIMEOUT_MINUTES is dropped at their next message)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, contains_eager

from bot.conversation.filing import QUESTION, STEPS, asked
from bot.conversation.states import State
from bot.messages import t
from bot.outbox import enqueue_new
from lapor.complaints import Draft
from lapor.workcal import WorkCalendar
from models import Contact, Conversation, OutboxMessage
from models.vocab import Purpose

REMINDED_STATES = (*STEPS, State.CONFIRM)  # a question of the filing steps, or the summary, waits for them
LAST_CHANCE = timedelta(minutes=15)  # no reminder when less than this is left before the draft expires
NIGHT = timedelta(hours=24)  # longer than any quiet hours: what a draft's wait may leave out


def remind_unfinished(session: Session, config: dict, calendar: WorkCalendar, now: datetime) -> int:
    """Queue the reminder of each draft untouched for DRAFT_REMINDER_MINUTES, once per draft (the outbox key
    holds the draft's last change: two schedulers queue it once), never in the citizens' quiet hours, which its
    wait leaves out (one left in the evening is recalled the next morning). Returns how many this call queued
    (not those queued before, whose drafts still wait)."""
    if calendar.in_quiet_hours(now):
        return 0
    timeout = timedelta(minutes=config["DRAFT_TIMEOUT_MINUTES"])
    remind_after = timedelta(minutes=config["DRAFT_REMINDER_MINUTES"])
    waiting = session.scalars(
        select(Conversation).join(Contact).where(
            Conversation.state.in_([state.value for state in REMINDED_STATES]),
            Conversation.updated_at <= now - remind_after, Conversation.updated_at > now - timeout - NIGHT,
            Contact.role.is_(None), Contact.opted_out.is_(False))
        .options(contains_eager(Conversation.contact))  # the join's contact: no query a draft
        .order_by(Conversation.id))
    # a draft's wait leaves the quiet hours out (bot.conversation.machine): one left at 20.45 is recalled at 06.15
    # and kept till 07.45
    due = {f"draft:{conversation.id}:{int(conversation.updated_at.timestamp())}": conversation
           for conversation in waiting
           if remind_after <= calendar.citizen_awake(conversation.updated_at, now) < timeout - LAST_CHANCE}
    taken = reminded(session, due)
    count = 0
    for key, conversation in due.items():
        if key in taken:
            continue
        state = State(conversation.state)
        if state in QUESTION:  # as the step asked it: the place from the story to confirm, the kind's own words
            wording, values = asked(Draft.from_data(conversation.data.get("draft")), conversation.data, state)
            question = t(wording, **values)
        else:
            question = t("bad_confirm")
        until = calendar.citizen_awake_after(conversation.updated_at, timeout)
        body = t("draft_reminder", until=f"{until:%H.%M}", question=question)
        # counted when this tick queued it: a draft reminded by another scheduler meanwhile finds its key taken
        count += bool(enqueue_new(session, conversation.contact.address, body, purpose=Purpose.NOTICE,
                                  dedupe_key=key, now=now))
    return count


def reminded(session: Session, keys) -> set[str]:
    """The drafts' keys whose reminder is queued already (one statement a tick, the unique index answers): trying
    them again took an outbox id at every tick on PostgreSQL (`INSERT … ON CONFLICT DO NOTHING` takes its sequence's
    next value before it finds the key taken), 74 a draft with the default settings, and one statement each."""
    if not keys:
        return set()
    first = {f"{key}#0": key for key in keys}
    return {first[taken] for taken in session.scalars(select(OutboxMessage.dedupe_key).where(
        OutboxMessage.dedupe_key.in_(list(first))))}
