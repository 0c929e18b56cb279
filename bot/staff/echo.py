"""A notice sent back: a staff member forwards or pastes one of the last notices, maybe with an answer under it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.commands import words
from bot.messages import REFERENCE_PLACEHOLDER
from lapor.references import format_reference
from models import Complaint, Contact, OutboxMessage

ECHO_MIN_WORDS = 8  # fewer words may be a staff member's own ("TL LPR-1 tim ke lokasi")
ECHO_WORD_LENGTH = 4  # words that tell a copy: a command's own ("lpr 1 ke dlh, lpr 2 ke pupr") are shorter
ECHO_SHARE = 0.9  # a message this much made of one of the last notices' words is a copy of it
ECHO_LOOKBACK = 20  # the last notices sent to the staff member that a copy is compared with


def _echoed_notice(session: Session, staff: Contact, text: str) -> tuple[str, str] | None:
    """The reference (or the placeholder) of one of the last notices sent to the staff member when a message copies it,
    forwarded or pasted back (whole or its first lines: its words hold "Disposisi", "TL <kemajuan>"), and the lines
    of the message's own typed around the copy ("" for none). None for a message that copies none."""
    if sum(len(w) >= ECHO_WORD_LENGTH and w.isalpha() for w in words(text)) < ECHO_MIN_WORDS:
        return None  # too few words to be a copy: no query of the notices for "TL LPR-1 sudah dicek"
    lines = text.splitlines() or [text]
    rows = session.scalars(select(OutboxMessage).where(OutboxMessage.recipient.in_(staff.addresses))
                           .order_by(OutboxMessage.id.desc()).limit(ECHO_LOOKBACK))
    for row in rows:
        sent = set(words(row.body))
        copied = [_copied_words(line, sent) for line in lines]
        if sum(len(found) for found in copied) < ECHO_MIN_WORDS:
            continue
        number = None
        if row.subject_type == "complaint":
            number = session.scalar(select(Complaint.number).where(Complaint.id == row.subject_id))
        own = "\n".join(line for line, found in zip(lines, copied, strict=True) if not found).strip()
        return (format_reference(number) if number is not None else REFERENCE_PLACEHOLDER), own
    return None


def _copied_words(line: str, sent: set[str]) -> list[str]:
    """The words that tell a copy (four letters or more) of a line that is one of a notice's; [] for a line of the
    staff member's own."""
    typed = [w for w in words(line) if len(w) >= ECHO_WORD_LENGTH and w.isalpha()]  # not "lpr", "1", "ke"
    return typed if typed and sum(w in sent for w in typed) >= ECHO_SHARE * len(typed) else []
