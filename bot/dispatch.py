"""One inbound message, handled once: lock the sender, route, log it with its reply (the log deduplicates)."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import NO_VALUE, instance_state, set_committed_value

from bot import conversation, identities, outbox, staff
from bot.conversation.over_budget import REFUSED
from bot.conversation.states import State
from bot.inbound import Inbound
from lapor.media import record_references
from lapor.references import split_reference
from models import Contact, Conversation, InboundMessage
from models.db import Prepared, bound_insert, is_postgres, kept_session, loaded, per_dialect, session_connection
from ops.metrics import count_inbound, count_refused
from services import Services

logger = logging.getLogger(__name__)


def receive(svc: Services, message: Inbound, now: datetime) -> list[str]:
    """Handle a message once and return the replies; a repeated delivery gets the stored replies, changing nothing.

    The MessageSid's uniqueness is the check: the message is logged in the transaction that handles it, so
    a repeat (even one racing the first delivery: the sender's row lock makes it wait) fails to log, is rolled
    back whole, and is answered with what the first delivery was answered. No lookup in the common case.
    """
    try:
        replies, kind, step = _handle(svc, message, now)
    except Exception:
        replies = stored_replies(svc, message.sid)
        if replies is None:
            count_inbound("unknown", "-", "error")
            raise
        logger.info("repeated delivery of %s: answering as before", message.sid)
        count_inbound("unknown", "-", "repeated")
        return replies
    count_inbound(kind, step, "handled")
    return replies


def _handle(svc: Services, message: Inbound, now: datetime) -> tuple[list[str], str, str]:
    """Four statements in the common case: lock-and-note the sender, load the conversation, save it, log.

    Returns the replies with who wrote (citizen, staff, or someone linking a number) and the step or command, for
    the metrics."""
    with kept_session(svc.session_factory) as session:
        contact, replies, kind = handle_in(session, svc, message, now)
        if message.media:  # noted for the fetch job in this transaction; the webhook never downloads
            record_references(session, contact.id, message.media, now)
        log(session, contact, {
            "message_sid": message.sid, "contact_id": identities.current_id(session, contact.id), "body": message.body,
            "num_media": len(message.media), "payload": message.as_payload(), "replies": replies,
            "received_at": now})
        session.commit()
        if session.info.get(REFUSED):  # a new complaint refused to a number past its budget (over_budget)
            count_refused(session.info.pop(REFUSED))
        if kind == "staff":
            return replies, kind, staff.read_command(message.text)[0] or "unknown"
        return replies, kind, _state_after(contact) if kind == "citizen" else "TAUTKAN"


def handle_in(session: Session, svc: Services, message: Inbound, now: datetime) -> tuple[Contact, list[str], str]:
    """The sender (locked), the replies and who wrote (citizen, staff, or someone linking a number): the message
    routed and handled in `session`, nothing committed and nothing logged."""
    contact = upsert_sender(session, message, now)
    if identities.wants_linking(session, contact, message):
        handler, kind = identities.handle, "link"
    elif contact.is_staff and not _answers_as_citizen(session, svc, contact, message, now):
        handler, kind = staff.handle, "staff"
    elif staff.former_staff_command(session, contact, message):  # "TL LPR-3 …" from an officer no longer listed
        handler, kind = staff.handle_former, "staff"
    else:
        handler, kind = conversation.handle, "citizen"
    return contact, handler(session, svc, contact, message, now), kind


def log(session: Session, contact: Contact, values: dict) -> None:
    """Log the message with its replies; on PostgreSQL the conversation's new state is written by the same
    statement (an UPDATE in a CTE), instead of a flush of its own at commit.

    Both go through the session's connection: the rest (a new complaint, say) is flushed at commit, after this
    statement. A conversation written here is left committed (not modified), so a turn that changed nothing else
    commits without running the unit of work (it found nothing to write, at a tenth of a message's CPU)."""
    conversation = _loaded_conversation(contact)
    # `inspect(conversation)`, without the inspection registry's lookups: a mapped instance's state
    state = instance_state(conversation) if isinstance(conversation, Conversation) else None
    values = {f"log_{name}": value for name, value in values.items()}
    if state is None or not state.persistent or not state.modified or not is_postgres(session):
        _LOG.execute(session, values)
        return
    _LOG_AND_SAVE.execute(session, {
        **values, "conversation_id": conversation.id,
        **{f"conversation_{name}": getattr(conversation, name) for name in _SAVED}})
    # Written: its values are now the committed ones, and nothing is left for the flush. (A turn changes only the
    # columns saved here; leaving the session, as it did before, walked the mapper's relationships to cascade.)
    state._commit_all(state.dict, session.identity_map)


def _log_and_save():
    conversations = Conversation.__table__
    saved = (update(conversations).where(conversations.c.id == bindparam("conversation_id"))
             .values({name: bindparam(f"conversation_{name}", type_=conversations.c[name].type) for name in _SAVED})
             .cte("saved"))
    return _LOG.statement.add_cte(saved)


_SAVED = ("state", "data", "updated_at")  # what a turn changes in a conversation
# Parameters named apart from the columns: an UPDATE in the statement would take same-named ones as more SETs.
_LOG = Prepared(bound_insert(InboundMessage.__table__, (
    "message_sid", "contact_id", "body", "num_media", "payload", "replies", "received_at"), prefix="log_"))
_LOG_AND_SAVE = Prepared(_log_and_save())


def _state_after(contact: Contact) -> str:
    """The citizen's conversation state after the message, when the conversation was loaded (no extra query)."""
    return getattr(_loaded_conversation(contact), "state", None) or "-"


def _loaded_conversation(contact: Contact):
    """The contact's conversation when loaded (None when it has none, NO_VALUE when never read), without loading
    it: the relationship's loaded value (`inspect(contact).attrs.conversation.loaded_value`) read from the instance's
    dict, where SQLAlchemy keeps it, without the inspection's attribute lookups."""
    return vars(contact).get("conversation", NO_VALUE)


def _answers_as_citizen(session: Session, svc: Services, contact: Contact, message: Inbound, now: datetime) -> bool:
    """A staff member who files a complaint themselves (`ADUAN WARGA`) fills it in, answers its questions and rates
    it like any citizen: while their conversation waits for them (a draft, a question or rating, a rating's reason
    or comment), a message that is no staff command and no swipe-reply to a staff notice goes to it. While they
    fill in a draft only a command naming a complaint is one ("Info saja, lampu jalan …" is its description); a
    draft left longer than DRAFT_TIMEOUT_MINUTES holds nothing back ("DAFTAR" a day later is the command)."""
    talk = contact.conversation
    if talk is None:
        return False
    recent = talk.updated_at is not None and (
        now - talk.updated_at <= timedelta(minutes=svc.config["DRAFT_TIMEOUT_MINUTES"]))
    filing = conversation.is_filing(talk) and recent
    # the story told with "lapor sebagai warga, …" offered as a complaint's description: YA (or MENU) answers it
    offered = talk.state == State.OFFER and recent
    command, rest = staff.read_command(message.text)
    if command is not None and not (filing and split_reference(rest)[0] is None):
        return False
    replied = outbox.by_sid(session, message.replied_to_sid) if message.replied_to_sid else None
    if replied is not None and replied.purpose in outbox.STAFF_PURPOSES:
        return False
    return filing or offered or conversation.awaits_reply(session, contact)


def stored_replies(svc: Services, sid: str) -> list[str] | None:
    """The replies a message was answered with, or None if it was never handled."""
    with svc.session_factory() as session:
        replies = session.scalars(select(InboundMessage.replies).where(InboundMessage.message_sid == sid)).first()
    return None if replies is None else list(replies)


def upsert_sender(session: Session, message: Inbound, now: datetime) -> Contact:
    """Create or update the sender's contact and lock its row until the transaction ends.

    The lock makes one person's messages run one at a time (SQLite serialises writers at BEGIN instead).
    Writing again lifts a STOP (opted_out), refreshes the 24-hour window and keeps the latest profile name.
    A phone number alone or a BSUID alone is one upsert statement; both together link them (`identities.link`).
    """
    identity = message.identity
    if identity.phone and identity.bsuid:
        return identities.link(session, identity, _profile(message), now)
    key = "phone" if identity.phone else "bsuid"
    values = {key: identity.address, "now": now, **_profile(message)}
    [row] = _UPSERTS[key][session_connection(session).dialect.name].execute(session, values)
    # The returned row becomes the session's Contact as if loaded by a query (the ORM's own upsert-returning path
    # costs this hot spot more than the statement itself). Its conversation is read by a statement of its own:
    # only a statement that starts after this one holds the lock sees what the previous message wrote.
    contact = loaded(session, Contact, row)
    _load_conversation(session, contact)
    return contact


def _load_conversation(session: Session, contact: Contact) -> None:
    """Read the contact's conversation with a statement of its own (after the upsert: it sees what the previous
    message wrote) and attach it as the relationship's loaded value: the ORM's lazy load sends the same SELECT
    through its query machinery, at about 1.6 times the CPU."""
    rows = _CONVERSATION.execute(session, {"contact_id": contact.id})
    conversation = loaded(session, Conversation, rows[0]) if rows else None
    set_committed_value(contact, "conversation", conversation)


def _profile(message: Inbound) -> dict:
    return {"profile_name": message.profile_name or None, "wa_id": message.wa_id or None,
            "username": message.identity.username or None}


def _contact_upsert(dialect, key: str):
    """The sender's upsert for one dialect and one identity column, built once (it runs for every message)."""
    contacts = Contact.__table__
    insert = dialect.insert(contacts)
    return (insert.values(**{key: bindparam(key)}, created_at=bindparam("now"), last_inbound_at=bindparam("now"),
                          opted_out=False, active=True, profile_name=bindparam("profile_name"),
                          wa_id=bindparam("wa_id"), username=bindparam("username"))
            .on_conflict_do_update(index_elements=[key], set_={
                "last_inbound_at": insert.excluded.last_inbound_at, "opted_out": False,
                "profile_name": func.coalesce(insert.excluded.profile_name, contacts.c.profile_name),
                "wa_id": func.coalesce(insert.excluded.wa_id, contacts.c.wa_id),
                "username": func.coalesce(insert.excluded.username, contacts.c.username)})
            .returning(*contacts.c))


_CONVERSATION = Prepared(select(Conversation.__table__)
                         .where(Conversation.__table__.c.contact_id == bindparam("contact_id")))
_UPSERTS = {key: per_dialect(lambda dialect, key=key: Prepared(_contact_upsert(dialect, key)))
            for key in ("phone", "bsuid")}
