"""One staff message being handled (`StaffTurn`), the roles commands are given to, and what the staff member's
conversation row keeps between messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.inbound import Inbound
from bot.messages import deadline_words, phone_label, t
from lapor import complaints
from lapor.directory import stands_in_for
from models import Contact, Conversation
from models.vocab import Role
from services import Services

OFFICER_ROLES = (Role.OFFICER, Role.HEAD)
VERIFIER_ROLES = (Role.VERIFIER,)
LOOKING_ROLES = (Role.OFFICER, Role.HEAD, Role.VERIFIER, Role.SUPERVISOR)
LEADER_ROLES = (Role.HEAD, Role.SUPERVISOR)
ECHO_CHARS = 60  # what a staff member typed, quoted back in a reply, is cut to this
LIST_ITEMS = 15  # DAFTAR and ANTREAN show this many, with the total
QUEUE_ROLES = (Role.VERIFIER, Role.SUPERVISOR)
ROLE_NAMES = {OFFICER_ROLES: t("who_officers"), VERIFIER_ROLES: t("who_verifiers"), LEADER_ROLES: t("who_leaders"),
              LOOKING_ROLES: t("who_staff"), (Role.HEAD,): t("who_heads"), QUEUE_ROLES: t("who_queue")}


@dataclass
class StaffTurn:
    """One staff message being handled."""

    session: Session
    svc: Services
    staff: Contact
    message: Inbound
    now: datetime
    command: str
    rest: str
    replies: list[str] = field(default_factory=list)
    implied: bool = False  # the command was read from a swipe-reply without its word (plain text → TL)
    held: dict | None = None  # photos (and their caption) sent earlier without a command, for TL or SELESAI
    confirmed: bool = False  # the staff member answered YA to a question about this command (`_ask_to_confirm`)
    role: str = ""  # the role the staff member acts in: a head's stand-in (Plh) while the head is on leave, HEAD

    def __post_init__(self) -> None:
        if not self.role:
            self.role = Role.HEAD if stands_in_for(self.session, self.staff, self.now) else self.staff.role

    def say(self, key: str, **values) -> None:
        """Add a catalogue text to the replies."""
        self.replies.append(t(key, **values))

    @property
    def zone(self) -> ZoneInfo:
        """The region's time zone."""
        return self.svc.zone

    def deadline(self, due: datetime) -> str:
        """A deadline as this reply says it (`bot.messages.deadline_words`): «hari ini pukul 10.00», «besok», a date."""
        return deadline_words(due, self.now, self.svc.region.calendar)

    @property
    def media(self) -> list[dict]:
        """Photos (and other kept media: voice notes, videos, PDFs) attached to this message, after those held from
        the officer's earlier messages without a command (TL and SELESAI)."""
        own = [{"url": m.url, "content_type": m.content_type} for m in self.message.kept_media]
        return ((self.held["media"] if self.held else []) + own)[:complaints.MAX_PHOTOS]


def _named_people(people: list[Contact], nobody: str = "-") -> str:
    """Staff as a reply names them for reaching: "Dewi 0811-0000-0020, Eko 0811-0000-0021" (`nobody` for none)."""
    return ", ".join(" ".join(filter(None, (person.name, person.phone and phone_label(person.phone))))
                     for person in people) or nobody


def _remembered(turn: StaffTurn, key: str, lifetime: timedelta) -> dict | None:
    """What the staff member's conversation row keeps under `key` (with its "at"), while it is fresh."""
    conversation = turn.staff.conversation
    kept = (conversation.data or {}).get(key) if conversation is not None else None
    if not kept or datetime.fromisoformat(kept["at"]) < turn.now - lifetime:
        return None
    return kept


def _remember(turn: StaffTurn, key: str, value: dict | None) -> None:
    """Keep `value` (None: forget it) under `key` on the staff member's conversation row."""
    conversation = turn.staff.conversation
    if conversation is None:
        if value is None:
            return
        conversation = Conversation(contact=turn.staff, state="idle", data={"prompts": []})
        turn.session.add(conversation)
    data = dict(conversation.data or {})
    if value is None and key not in data:
        return
    data.pop(key, None)
    if value is not None:
        data[key] = value
    conversation.data = data
