"""One inbound message being handled, and the small readings of it that every conversation area shares."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot import commands
from bot.conversation.states import STATE_BY_VALUE, State
from bot.inbound import Inbound
from bot.messages import t
from lapor.complaints import Draft
from lapor.media import skip_unused
from lapor.references import split_reference
from models import Contact, Conversation

if TYPE_CHECKING:
    from bot.prompts import Prompt
    from services import Services

@dataclass
class Turn:
    """One inbound message being handled: what came in, the state, and the replies so far."""

    session: Session
    svc: Services
    contact: Contact
    conversation: Conversation
    message: Inbound
    now: datetime
    replies: list[str] = field(default_factory=list)
    draft: Draft = field(default_factory=Draft)
    kept_attachment: str | None = None  # "photo", "location", "sticker" or "other" when one came in
    attachments_taken: bool = False  # this message's photos and pin are in the draft already
    received: list[str] = field(default_factory=list)  # content types of this message's media kept in the draft
    dropped: int = 0  # this message's media past the draft's limit
    prompts: list[Prompt] = field(default_factory=list)  # questions and ratings waiting (bot.prompts)
    replied: tuple[str, object] | None = None  # the prompt a swipe-reply answers: (kind, question or complaint)
    listed: list[int] = field(default_factory=list)  # complaints the last reply listed ("2" may name one of them)
    listing: list[int] = field(default_factory=list)  # complaints this turn's replies list, for the next message
    budget_read: bool = False  # the number's budget of new complaints was read this turn (over_budget)

    # `state` and `data` run about 40 times a message: each reads the conversation's loaded value from the
    # instance's dict, where SQLAlchemy's attribute would find it (through a Python call of its own), and reads it
    # through the attribute only when it is not there (never loaded, or expired).

    @property
    def state(self) -> State:
        """The current state."""
        conversation = self.conversation
        found = vars(conversation).get("state")
        return STATE_BY_VALUE[conversation.state if found is None else found]

    @property
    def text(self) -> str:
        """What the citizen typed (or the button they tapped): `Inbound.text` (worked out once per message)."""
        return self.message.text

    @property
    def data(self) -> dict:
        """Everything but the draft that the conversation remembers."""
        conversation = self.conversation
        found = vars(conversation).get("data")
        return conversation.data if found is None else found

    def drop_draft(self) -> None:
        """Start afresh; the dropped draft's media is never fetched (`lapor.media.skip_unused`)."""
        dropped, self.draft = self.draft.photos, Draft()
        self.drop_photos(dropped)

    def drop_photos(self, photos: list[dict]) -> None:
        """Media (`{"url", "content_type"}`) of a dropped draft or of this message that nothing will use: those
        the draft still holds aside (a reference sent again)."""
        held = {photo.get("url") for photo in self.draft.photos}
        skip_unused(self.session, self.contact.id, [(p.get("url", ""), p.get("content_type", "")) for p in photos
                                                    if p.get("url") not in held], self.now)

    def say(self, key: str, **values) -> None:
        """Add a catalogue text to the replies."""
        self.replies.append(t(key, **values))

    def say_menu(self) -> None:
        """Add the menu, greeting in the region's name when the region has one."""
        self.replies.append(menu_text(self.svc, self.text))

    def say_about_service(self, topic: str) -> None:
        """Answer a question about the service itself (its cost, how long it takes, who sees one's number), with
        the region's own deadlines."""
        settings = self.svc.region.settings
        self.say(f"service_{topic}", verification=settings.verification[-1].after_days, **settings.completion_days,
                 region=f" {settings.name}" if settings.name else "")

    @property
    def zone(self) -> ZoneInfo:
        """The region's time zone, for dates people read."""
        return self.svc.zone

    def media(self) -> list[dict]:
        """The media kept from this message (photos, voice notes, videos, PDFs; no stickers), as stored with
        complaints and answers."""
        return [{"url": m.url, "content_type": m.content_type} for m in self.message.kept_media]


def menu_text(svc: Services, text: str = "") -> str:
    """The menu, greeting in the region's name when its settings have one, and answering the greeting it follows
    in kind ("assalamualaikum": "Waalaikumsalam", "selamat pagi": "Selamat pagi")."""
    name = svc.region.settings.name
    return t("menu", greeting=greeting_back(text), region=f" {name}" if name else "")


SALAM = re.compile(r"\b(?:as+alamu|as+alam|asalam|aslm|askum|salamualaikum|samlekum|samlekom|mikum|ass\s+wr"
                   r"|(?:ال)?سلام\s+عليكم)", re.IGNORECASE)  # in Arabic script too, its vowel marks left out
# A time of day in a greeting, in Indonesian, Javanese ("sugeng enjing/sonten/dalu") and Sundanese ("wilujeng wengi").
TIMES = {"pagi": "pagi", "enjing": "pagi", "siang": "siang", "sore": "sore", "sonten": "sore", "malam": "malam",
         "malem": "malam", "mlm": "malam", "dalu": "malam", "wengi": "malam"}
GREETING_OPENERS = commands.GREETING_WORDS | {"selamat", "slmt", "slamat", "selamet", "met", "mat", "sugeng",
                                             "wilujeng", "sampurasun"}


def time_greeted(text: str) -> str | None:
    """The time of day a message's opening greeting names, however many greetings and ways of address come before
    it ("halo min, selamat malam": "malam"; it was answered "Halo", the time lost)."""
    for word in commands.words(text)[:8]:
        if word in TIMES:
            return TIMES[word]
        if word not in GREETING_OPENERS:
            return None
    return None


def greeting_back(text: str) -> str:
    """The greeting that answers the one a message opens with: a salam is answered "Waalaikumsalam", a time of day
    with the same time ("met sore min", "halo, sugeng dalu": "Selamat sore", "Selamat malam"), anything else with
    "Halo"."""
    plain = re.sub(r"['’`\u064b-\u065f\u0670\u0640]", "", text or "")  # Arabic vowel marks too
    if SALAM.search(plain[:40]):
        return t("greeting_salam")
    if time := time_greeted(plain):
        return t("greeting_time", time=time)
    return t("greeting_hello")


def reference(text: str) -> tuple[int | None, str]:
    """The complaint number a text opens with (`LPR-12`, `#12`, `12`) and the rest."""
    return split_reference(text)


def is_greeting(text: str) -> bool:
    """Tell whether a citizen's message is only a greeting or thanks (a bare "pagi" may answer "when?")."""
    return commands.is_greeting(text, time_alone=False)
