"""One of our own messages sent back: a citizen forwards or pastes a notice they got ("Laporan LPR-1 sudah
diverifikasi dan diteruskan ke …"), often with a word of asking ("ini gmn min?"). It is no story to file: it asks
about the complaint the notice was about."""

from __future__ import annotations

import re
from datetime import timedelta
from difflib import SequenceMatcher

from bot import outbox
from bot.commands import normalize
from bot.conversation.turn import Turn
from models import Complaint

SENT_WITHIN = timedelta(days=90)
MIN_ECHO_CHARS = 60  # shorter bits of a notice ("sampah sudah diangkut semua") may well be the citizen's own words
MIN_SHARE = 0.6  # the notice is most of the message: a remark may come with it, not a story
# Every notice about a complaint names it ("Laporan LPR-1 sudah …", "Tindak lanjut LPR-1 dari …"), and a forward
# carries the whole bubble; a citizen's own story seldom does.
CITED = re.compile(r"\blpr-\d", re.IGNORECASE)


def echoed_complaint(turn: Turn, *, cited: bool = True) -> Complaint | None:
    """The complaint one of our messages sent back is about (STATUS shows it only if it is theirs or followed),
    or None when the message is no echo. With `cited`, only a message naming a reference is looked at (at idle,
    where most long messages are stories: the messages sent are not read for them); at the rating question an
    agency's answer pasted alone carries none."""
    if cited and not CITED.search(turn.text):
        return None
    typed = normalize(turn.text)
    if len(typed) < MIN_ECHO_CHARS:
        return None
    for row in outbox.sent_lately(turn.session, turn.contact.addresses, turn.now - SENT_WITHIN):
        if row.subject_type != "complaint" or row.subject_id is None or not _echoes(typed, normalize(row.body)):
            continue
        return turn.session.get(Complaint, row.subject_id)
    return None


def _echoes(typed: str, sent: str) -> bool:
    """Whether the words typed are (most of them) a message we sent, whole or in part, as forwarded or pasted."""
    if MIN_SHARE * len(typed) > len(sent) or not _shingles(typed) & _shingles(sent):  # cheap ones first
        return False
    same = SequenceMatcher(None, typed, sent, autojunk=False).find_longest_match().size
    return same >= MIN_ECHO_CHARS and same >= MIN_SHARE * len(typed)


def _shingles(text: str) -> set[tuple[str, ...]]:
    """The message's runs of four words."""
    said = text.split()
    return set(zip(said, said[1:], said[2:], said[3:], strict=False))
