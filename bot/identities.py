"""One person behind a phone number and a business-scoped user ID (BSUID): linking them, and `TAUTKAN`, which ties a
staff member's BSUID-only identity to their registered number with a one-time code sent to that number.

The rules (docs/identities.md): the provider giving a phone number and a BSUID in one message is authoritative for
linking them, but only while the number's contact has no BSUID yet (or this one); a number already linked to another
BSUID (a changed or recycled number) is never merged by guesswork: the new BSUID becomes a contact of its own.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
from datetime import datetime, timedelta

from sqlalchemy import UniqueConstraint, delete, select, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot import outbox
from bot.commands import leading_keyword
from bot.inbound import Identity, Inbound
from bot.messages import t
from lapor.phones import InvalidPhone, masked, to_e164
from models import Base, Contact, Conversation, LinkCode
from models.vocab import Purpose
from services import Services

logger = logging.getLogger(__name__)

LINK_WORD = "tautkan"  # exactly: a near miss such as "tautan" (a link) is a citizen's word
STAFF_ONLY = ("ANTREAN", "REKAP")  # staff commands no citizen types with no complaint reference
REFERENCE = re.compile(r"(?:lpr\s*-?\s*|#\s*)?\d", re.IGNORECASE)
MERGED = "merged_contacts"  # session.info: {merged contact id: the id it lives on as}
CODE_DIGITS = 6
CODE_LIFETIME = timedelta(minutes=5)
CODE_TRIES = 5
CODE_INTERVAL = timedelta(minutes=1)  # at most one code a minute per requester


# Linking in one message -------------------------------------------------------------------------------

def link(session: Session, identity: Identity, profile: dict, now: datetime) -> Contact:
    """The (locked) contact of a message carrying both a phone number and a BSUID, linking them where the rules
    allow; a concurrent first message of the same person is waited for and then joined (retried once)."""
    try:
        return _linked_in_savepoint(session, identity, profile, now)
    except IntegrityError:  # the other message created a row first: it is there (and locked for us) now
        session.info.pop(MERGED, None)
        return _linked_in_savepoint(session, identity, profile, now)


def _linked_in_savepoint(session: Session, identity: Identity, profile: dict, now: datetime) -> Contact:
    with session.begin_nested():
        contact = _linked(session, identity, now)
        _touch(contact, profile, now)
        session.flush()
    return contact


def _linked(session: Session, identity: Identity, now: datetime) -> Contact:
    by_phone = _locked(session, Contact.phone == identity.phone)
    by_bsuid = _locked(session, Contact.bsuid == identity.bsuid)
    if by_phone is not None and by_phone.bsuid in (None, identity.bsuid):
        if by_bsuid is not None and by_bsuid is not by_phone:
            if by_bsuid.phone is not None:  # the BSUID already goes with another number: nothing to guess
                return by_bsuid
            merge(session, by_bsuid, into=by_phone)
        by_phone.bsuid = identity.bsuid
        return by_phone
    if by_bsuid is not None:
        if by_bsuid.phone is None and by_phone is None:
            by_bsuid.phone = identity.phone
        return by_bsuid
    # A number already linked to another BSUID keeps it; the new BSUID is someone of its own until proven otherwise.
    contact = Contact(phone=None if by_phone is not None else identity.phone, bsuid=identity.bsuid, created_at=now)
    session.add(contact)
    session.flush()
    return contact


def _locked(session: Session, condition) -> Contact | None:
    return session.scalars(select(Contact).where(condition).with_for_update()).one_or_none()


def _touch(contact: Contact, profile: dict, now: datetime) -> None:
    """What every message does to its sender: lifts a STOP, refreshes the 24-hour window, keeps the latest names."""
    contact.last_inbound_at, contact.opted_out = now, False
    for name, value in profile.items():
        if value:
            setattr(contact, name, value)


def merge(session: Session, source: Contact, into: Contact) -> None:
    """Make `source` part of `into`: everything that refers to it (complaints, follows, messages, the conversation
    last used) moves over, then `source` is deleted. Its BSUID is left for the caller to give to `into`."""
    conversations = {c.contact_id: c for c in session.scalars(
        select(Conversation).where(Conversation.contact_id.in_([source.id, into.id])))}
    older = min(conversations.values(), key=lambda c: c.updated_at) if len(conversations) == 2 else None
    if older is not None:  # one person, one conversation: the one they used last
        session.delete(older)
    session.flush()
    for table in Base.metadata.sorted_tables:
        for key in table.foreign_keys:
            if key.column is Contact.__table__.c.id:
                _move(session, table, key.parent, source.id, into.id)
    kept = {"profile_name": into.profile_name or source.profile_name, "username": into.username or source.username,
            "wa_id": into.wa_id or source.wa_id,
            "last_inbound_at": max(filter(None, (into.last_inbound_at, source.last_inbound_at)), default=None)}
    session.execute(delete(Contact.__table__).where(Contact.__table__.c.id == source.id))
    session.info.setdefault(MERGED, {})[source.id] = into.id
    session.expunge(source)
    session.expire_all()  # rows moved under the ORM's feet: read them again
    for name, value in kept.items():
        setattr(into, name, value)
    logger.info("contact %s merged into contact %s", source.id, into.id)


def _move(session: Session, table, column, source_id: int, into_id: int) -> None:
    """Point `column` from source to into, first dropping the source's rows a unique constraint would refuse (a
    complaint both followed)."""
    for others in _unique_partners(table, column):
        clash = column == source_id
        if others:
            key = others[0] if len(others) == 1 else tuple_(*others)
            clash = clash & key.in_(select(*others).where(column == into_id))
        else:
            clash = clash & select(column).where(column == into_id).exists()
        session.execute(delete(table).where(clash))
    session.execute(update(table).where(column == source_id).values({column.name: into_id}))


def _unique_partners(table, column) -> list[list]:
    """For each unique constraint or index holding `column`, its other columns."""
    groups = [list(c.columns) for c in table.constraints if isinstance(c, UniqueConstraint)]
    groups += [list(index.columns) for index in table.indexes if index.unique]
    groups += [[column]] if column.unique else []
    return [[c for c in group if c is not column] for group in groups if column in group]


def current_id(session: Session, contact_id: int) -> int:
    """The id a contact has after this transaction's merges (itself when it was not merged)."""
    return session.info.get(MERGED, {}).get(contact_id, contact_id)


# TAUTKAN: a staff member's BSUID-only identity tied to their registered number ------------------------

def wants_linking(session: Session, contact: Contact, message: Inbound) -> bool:
    """Whether the message is for linking: `TAUTKAN …`, the code while one is pending, or a staff command typed
    by someone known only by a BSUID (who is told how to link)."""
    if contact.is_staff:
        return False
    if _link_request(message.text) is not None:
        return True
    if _looks_like_code(message.text) and _pending(session, contact) is not None:
        return True
    return contact.phone is None and _staff_command(message.text) and (
        contact.conversation is None or contact.conversation.state == "idle")


def handle(session: Session, svc: Services, contact: Contact, message: Inbound, now: datetime) -> list[str]:
    """Start a link (`TAUTKAN <nomor>`), check a code, or explain how to link; returns the replies."""
    rest = _link_request(message.text)
    if rest is not None:
        return [_start(session, contact, rest, now)]
    pending = _pending(session, contact)
    if _looks_like_code(message.text) and pending is not None:
        return [_check(session, contact, pending, message.text, now)]
    return [t("link_how")]


def _start(session: Session, contact: Contact, rest: str, now: datetime) -> str:
    """Sends a code to the named staff number and asks for it (the same answer whether or not it is staff)."""
    if contact.phone is not None:
        return t("link_not_needed")
    try:
        phone = to_e164(rest)
    except InvalidPhone:
        return t("link_how")
    pending = _pending(session, contact)
    if pending is not None and now < pending.expires_at - CODE_LIFETIME + CODE_INTERVAL:
        return t("link_sent", phone=masked(phone))  # no second code within the minute: nobody's phone is flooded
    staff = session.scalars(select(Contact).where(Contact.phone == phone, Contact.role.is_not(None),
                                                  Contact.active.is_(True))).one_or_none()
    session.execute(delete(LinkCode).where(LinkCode.contact_id == contact.id))
    if staff is None:
        logger.info("contact %s asked to link a number that is no staff number", contact.id)
        session.add(LinkCode(contact_id=contact.id, staff_id=contact.id, code_hash="", expires_at=now + CODE_LIFETIME))
        return t("link_sent", phone=masked(phone))  # no hint whether a number is staff (a code nobody can type)
    code = f"{secrets.randbelow(10 ** CODE_DIGITS):0{CODE_DIGITS}d}"
    session.add(LinkCode(contact_id=contact.id, staff_id=staff.id, code_hash=_hash(code, contact.id),
                         expires_at=now + CODE_LIFETIME))
    outbox.enqueue(session, staff.phone, t("link_code", code=code), purpose=Purpose.LINK_CODE, now=now)
    return t("link_sent", phone=masked(phone))


def _check(session: Session, contact: Contact, pending: LinkCode, text: str, now: datetime) -> str:
    """Links the identity to the staff number when the code is right, in time and within the tries."""
    if pending.expires_at <= now or pending.tries >= CODE_TRIES:
        session.delete(pending)
        return t("link_expired")
    if not hmac.compare_digest(pending.code_hash, _hash(_digits(text), contact.id)):
        pending.tries += 1
        left = CODE_TRIES - pending.tries
        if left <= 0:
            session.delete(pending)
            return t("link_expired")
        return t("link_wrong", left=left)
    staff = session.scalars(select(Contact).where(Contact.id == pending.staff_id).with_for_update()).one()
    bsuid = contact.bsuid
    session.delete(pending)
    session.flush()
    merge(session, contact, into=staff)
    staff.bsuid = bsuid
    staff.last_inbound_at = now
    session.flush()
    logger.info("staff contact %s linked to a BSUID", staff.id)
    return t("link_done", name=staff.name or "")


def _pending(session: Session, contact: Contact) -> LinkCode | None:
    return session.scalars(select(LinkCode).where(LinkCode.contact_id == contact.id)).one_or_none()


def _digits(text: str) -> str:
    return "".join(ch for ch in (text or "") if ch.isdigit() and ch.isascii())


def _looks_like_code(text: str) -> bool:
    stripped = (text or "").replace(" ", "").replace("-", "")
    return len(stripped) == CODE_DIGITS and stripped.isascii() and stripped.isdigit()


def _hash(code: str, contact_id: int) -> str:
    return hashlib.sha256(f"{contact_id}:{code}".encode()).hexdigest()


def _link_request(text: str) -> str | None:
    """What follows `TAUTKAN` (the number), or None when the message is no link request."""
    first, _, rest = (text or "").strip().partition(" ")
    return rest.strip() if first.lower() == LINK_WORD else None


def _staff_command(text: str) -> bool:
    """A staff command as staff type it: about a complaint (`TL LPR-12 …`), or one no citizen has a use for."""
    from bot.staff import COMMAND_WORDS  # the staff table imports much of the bot

    command, rest = leading_keyword(text, COMMAND_WORDS)
    if command in (None, "STATUS", "BANTUAN"):
        return False
    return command in STAFF_ONLY or REFERENCE.match(rest) is not None
