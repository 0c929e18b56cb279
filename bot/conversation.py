"""The citizen's conversation: a declarative state machine (diagram: conversation.mmd beside this file).

Each state has one handler that stores what it got and asks the next question. `BATAL`, `MENU`,
`BANTUAN` and `STATUS` work in every state; a draft idle longer than DRAFT_TIMEOUT_MINUTES expires with a
notice. A photo or location sent at any step is kept in the draft. Domain rules live in lapor.complaints.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot import Services
from bot.commands import leading_keyword, match_phrase, words
from bot.inbound import Inbound
from bot.messages import KIND_NAMES, PRIVACY_NAMES, STATUS_NAMES, excerpt, short_date, t
from lapor import complaints, dispositions
from lapor.bridge.privacy import safe_title, strip_nik
from lapor.complaints import Draft
from lapor.duplicates import similar_to_draft
from lapor.references import split_reference
from models import Complaint, Contact, Conversation, Question


class State(StrEnum):
    """Where a citizen is in the conversation."""

    IDLE = "idle"
    OFFER = "offer"                    # a long first message offered as the description
    KIND = "kind"
    DESCRIPTION = "description"
    LOCATION = "location"
    PHOTO = "photo"
    PRIVACY = "privacy"
    CONFIRM = "confirm"
    EDIT = "edit"
    RATING = "rating"
    RATING_REASON = "rating_reason"
    RATING_COMMENT = "rating_comment"
    ANSWER = "answer"                  # answering a question from a verifier (TUNDA) or an officer (INFO)


FILING = {State.OFFER, State.KIND, State.DESCRIPTION, State.LOCATION, State.PHOTO, State.PRIVACY,
          State.CONFIRM, State.EDIT}
RATING_STATES = {State.RATING, State.RATING_REASON, State.RATING_COMMENT}
KEEPS_ATTACHMENTS = FILING | {State.IDLE}  # elsewhere a photo belongs to the answer, not to a new draft
STEP_STATE = {"kind": State.KIND, "description": State.DESCRIPTION, "location": State.LOCATION,
              "photo": State.PHOTO, "privacy": State.PRIVACY}
QUESTION = {State.KIND: "ask_kind", State.DESCRIPTION: "ask_description", State.LOCATION: "ask_location",
            State.PHOTO: "ask_photo", State.PRIVACY: "ask_privacy", State.EDIT: "ask_edit",
            State.RATING: "bad_rating"}

GLOBAL = {"batal": "BATAL", "cancel": "BATAL", "menu": "MENU", "mulai": "MENU", "bantuan": "BANTUAN",
          "help": "BANTUAN", "status": "STATUS", "cek status": "STATUS"}
IDLE_CHOICES = {"1": "FILE", "aduan": "FILE", "pengaduan": "FILE", "lapor": "FILE", "buat pengaduan": "FILE",
                "2": "STATUS", "3": "BANTUAN", "halo": "MENU", "hai": "MENU"}
KIND_CHOICES = {"1": "pengaduan", "pengaduan": "pengaduan", "aduan": "pengaduan", "2": "aspirasi",
                "aspirasi": "aspirasi", "saran": "aspirasi", "usul": "aspirasi", "usulan": "aspirasi",
                "3": "informasi", "informasi": "informasi", "info": "informasi",
                "permintaan informasi": "informasi"}
PRIVACY_CHOICES = {"1": "biasa", "biasa": "biasa", "2": "rahasia", "rahasia": "rahasia",
                   "3": "anonim", "anonim": "anonim", "anonym": "anonim"}
CONFIRM_CHOICES = {"kirim": "KIRIM", "kirimkan": "KIRIM", "ya": "KIRIM", "send": "KIRIM", "ubah": "UBAH",
                   "edit": "UBAH", "ganti": "UBAH", "perbaiki": "UBAH"}
SKIP_CHOICES = {"lewati": "SKIP", "lewat": "SKIP", "skip": "SKIP", "tidak ada": "SKIP", "tidak": "SKIP",
                "gak ada": "SKIP", "ga ada": "SKIP", "nggak ada": "SKIP", "hapus": "SKIP"}
YES_CHOICES = {"ya": "YES", "iya": "YES", "y": "YES", "yes": "YES", "ok": "YES", "oke": "YES", "betul": "YES",
               "benar": "YES", "boleh": "YES"}
UNSATISFIED = {"tidak puas": "TIDAK_PUAS", "gak puas": "TIDAK_PUAS", "ga puas": "TIDAK_PUAS",
               "kurang puas": "TIDAK_PUAS", "belum puas": "TIDAK_PUAS"}
FOLLOW_WORDS = {"ikuti": "IKUTI", "ikut": "IKUTI", "follow": "IKUTI", "dukung": "IKUTI"}
EDIT_CHOICES = {"1": State.KIND, "2": State.DESCRIPTION, "3": State.LOCATION, "4": State.PHOTO,
                "5": State.PRIVACY}

OFFER_MIN_WORDS = 6
OFFER_MIN_CHARS = 30
MIN_LOCATION_CHARS = 5
MIN_REASON_WORDS = 2


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

    @property
    def state(self) -> State:
        """The current state."""
        return State(self.conversation.state)

    @property
    def text(self) -> str:
        """What the citizen typed (or the button they tapped)."""
        return self.message.text

    @property
    def data(self) -> dict:
        """Everything but the draft that the conversation remembers."""
        return self.conversation.data

    def say(self, key: str, **values) -> None:
        """Add a catalogue text to the replies."""
        self.replies.append(t(key, **values))

    def goto(self, state: State, **data) -> None:
        """Move to `state`, replacing the remembered data other than the draft."""
        self.conversation.state = state.value
        self.conversation.data = {"draft": self.conversation.data.get("draft"), **data}

    def remember(self, **data) -> None:
        """Add to the remembered data without changing state."""
        self.conversation.data = {**self.conversation.data, **data}

    @property
    def zone(self) -> ZoneInfo:
        """The region's time zone, for dates people read."""
        return ZoneInfo(self.svc.config["APP_TIMEZONE"])


def handle(session: Session, svc: Services, contact: Contact, message: Inbound, now: datetime) -> list[str]:
    """Handle one message from a (locked) contact and return the replies."""
    turn = _start_turn(session, svc, contact, message, now)
    _expire_stale_draft(turn)
    command = global_command(turn.text)
    if command:
        FALLBACKS[command](turn)
    elif turn.state in FILING and turn.draft.offered and leading_keyword(turn.text, FOLLOW_WORDS)[0]:
        on_follow(turn)
    else:
        if turn.state in KEEPS_ATTACHMENTS:
            _keep_attachments(turn)
        HANDLERS[turn.state](turn)
    _finish_turn(turn)
    return turn.replies or [t("menu")]


def global_command(text: str) -> str | None:
    """BATAL, MENU, BANTUAN or STATUS (also `STATUS LPR-12`), typos tolerated; None for anything else."""
    if not text:
        return None
    command = match_phrase(text, GLOBAL)
    if command:
        return command
    keyword, rest = leading_keyword(text, {"status": "STATUS"})
    return "STATUS" if keyword and _reference(rest)[0] is not None and not _reference(rest)[1] else None


def _start_turn(session, svc, contact, message, now) -> Turn:
    conversation = contact.conversation
    if conversation is None:
        conversation = Conversation(contact=contact, state=State.IDLE.value, data={}, updated_at=now)
        session.add(conversation)
    turn = Turn(session, svc, contact, conversation, message, now)
    # A deep copy: mutating the loaded JSON in place would hide the change from SQLAlchemy.
    turn.draft = Draft(**copy.deepcopy(conversation.data.get("draft") or {}))
    return turn


def _finish_turn(turn: Turn) -> None:
    turn.conversation.data = {**turn.conversation.data, "draft": asdict(turn.draft) if _has_content(turn) else None}
    turn.conversation.updated_at = turn.now


def _has_content(turn: Turn) -> bool:
    return turn.state in FILING or turn.draft != Draft()


def _expire_stale_draft(turn: Turn) -> None:
    """Drop a draft nobody touched for DRAFT_TIMEOUT_MINUTES, and say so."""
    timeout = timedelta(minutes=turn.svc.config["DRAFT_TIMEOUT_MINUTES"])
    stale = turn.now - turn.conversation.updated_at > timeout
    if stale and (turn.state in FILING or turn.draft != Draft()):
        turn.draft = Draft()
        turn.goto(State.IDLE)
        turn.say("draft_expired", hours=_hours(timeout))


def _hours(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    return f"{hours:g}"


# Fallbacks: work in every state --------------------------------------------------------------------

def on_cancel(turn: Turn) -> None:
    """Drops the draft (or the rating question) and confirms nothing was sent."""
    busy = turn.state != State.IDLE or turn.draft != Draft()
    turn.draft = Draft()
    _back_to_idle(turn)
    turn.say("cancelled" if busy else "nothing_to_cancel")


def on_menu(turn: Turn) -> None:
    """Drops the draft and shows the menu."""
    turn.draft = Draft()
    _back_to_idle(turn)
    turn.say("menu")


def on_help(turn: Turn) -> None:
    """Explains the service, then repeats the pending question."""
    turn.say("help")
    _repeat_question(turn)


def on_status(turn: Turn) -> None:
    """Shows the citizen's complaints (or one of them), then repeats the pending question."""
    _, rest = leading_keyword(turn.text, GLOBAL)
    show_status(turn, rest)
    _repeat_question(turn)


def _repeat_question(turn: Turn) -> None:
    if turn.state == State.CONFIRM:
        _say_summary(turn)
    elif turn.state in QUESTION:
        turn.say(QUESTION[turn.state])


def _back_to_idle(turn: Turn) -> None:
    """Go idle; a rating question that waited for the draft to end is asked now."""
    pending = turn.data.get("pending_rating")
    turn.goto(State.IDLE)
    question = dispositions.open_question(turn.session, turn.contact)
    if question is not None:
        turn.goto(State.ANSWER, question_id=question.id, pending_rating=pending)
        turn.say("citizen_question", asker=asker_name(question), reference=question.complaint.reference,
                 question=question.text)
        return
    if pending:
        complaint = turn.session.get(Complaint, pending)
        if complaint is not None and complaint.status == complaints.DONE:
            turn.goto(State.RATING, rating_for=complaint.id)
            turn.say("rating_reminder", reference=complaint.reference)


# Idle and the first message ------------------------------------------------------------------------

def on_idle(turn: Turn) -> None:
    """Starts filing, shows status or help, offers a long message as a complaint, or shows the menu."""
    choice = match_phrase(turn.text, IDLE_CHOICES)
    keyword, rest = leading_keyword(turn.text, UNSATISFIED)
    if choice == "FILE":
        advance(turn)
    elif choice == "STATUS":
        show_status(turn, "")
    elif choice == "BANTUAN":
        turn.say("help")
    elif keyword == "TIDAK_PUAS" and _start_reopen(turn, rest):
        return
    elif choice is None and _answers_open_question(turn):
        return
    elif choice is None and _looks_like_complaint(turn.text):
        turn.goto(State.OFFER, offer=turn.text)
        turn.say("offer_description", excerpt=excerpt(turn.text, 200))
    elif turn.kept_attachment in ("photo", "location") and not turn.text:
        turn.say("kept_media" if turn.kept_attachment == "photo" else "kept_location")
        turn.say("menu")
    else:
        turn.say("menu")


def _looks_like_complaint(text: str) -> bool:
    return len(words(text)) >= OFFER_MIN_WORDS and sum(ch.isalpha() for ch in text) >= OFFER_MIN_CHARS


def on_offer(turn: Turn) -> None:
    """Stores the offered message as the description when the citizen says YA, and asks for the kind."""
    if match_phrase(turn.text, YES_CHOICES):
        turn.draft.description = turn.data.get("offer")
        turn.goto(State.IDLE)
        advance(turn)
        return
    turn.goto(State.IDLE)
    on_idle(turn)


# Filing steps --------------------------------------------------------------------------------------

def advance(turn: Turn) -> None:
    """Ask for the first missing part, or show the summary (always the summary after an edit).

    Once the problem and the place are known, similar public complaints are offered to follow instead.
    """
    draft = turn.draft
    if not draft.similar_checked and draft.description and draft.has_location and not turn.data.get("editing"):
        _offer_similar(turn)
    missing = turn.draft.missing()
    if turn.data.get("editing") or not missing:
        turn.goto(State.CONFIRM, pending_rating=turn.data.get("pending_rating"))
        _say_summary(turn)
        return
    state = STEP_STATE[missing[0]]
    turn.goto(state, pending_rating=turn.data.get("pending_rating"))
    turn.say(QUESTION[state])


def _offer_similar(turn: Turn) -> None:
    """Offer other people's likely duplicates (public, open, nearby) to follow; the filing goes on regardless."""
    turn.draft.similar_checked = True
    found = similar_to_draft(turn.session, turn.contact, turn.draft, turn.now)
    if not found:
        return
    turn.draft.offered = [complaint.number for complaint in found]
    items = "\n".join(t("similar_item", reference=c.reference, title=safe_title(c), status=STATUS_NAMES[c.status])
                      for c in found)  # another person's complaint: no national ID number, even cut
    turn.say("similar_offer", items=items, reference=found[0].reference)


def on_follow(turn: Turn) -> None:
    """IKUTI [LPR-n]: follow an offered complaint instead of filing; the draft is dropped."""
    offered = turn.draft.offered
    number, _ = _reference(leading_keyword(turn.text, FOLLOW_WORDS)[1])
    if number is None and len(offered) == 1:
        number = offered[0]
    if number not in offered:
        turn.say("follow_unknown", references=", ".join(f"LPR-{n}" for n in offered))
        _repeat_question(turn)
        return
    complaint = complaints.by_number(turn.session, number)
    if complaint is None or not complaints.can_follow(turn.contact, complaint):
        turn.draft.offered = [n for n in offered if n != number]
        turn.say("follow_closed", reference=f"LPR-{number}")
        _repeat_question(turn)
        return
    complaints.follow(turn.session, turn.contact, complaint, turn.now)
    turn.draft = Draft()
    _back_to_idle(turn)
    turn.replies.insert(0, t("following", reference=complaint.reference))


def on_kind(turn: Turn) -> None:
    """Stores the kind (pengaduan, aspirasi, informasi) and asks for the next missing part."""
    _choose(turn, KIND_CHOICES, "kind")


def _choose(turn: Turn, choices: dict[str, str], part: str) -> None:
    """Store a numbered choice in the draft and move on, or explain the choices and ask again."""
    chosen = match_phrase(turn.text, choices)
    if chosen:
        setattr(turn.draft, part, chosen)
        advance(turn)
        return
    _acknowledge_attachment(turn)
    if turn.text:
        turn.say(f"bad_{part}")
    turn.say(f"ask_{part}")


def on_description(turn: Turn) -> None:
    """Stores what happened (long enough, in words) and asks for the place."""
    if not turn.text and turn.kept_attachment:
        _acknowledge_attachment(turn)
        turn.say("ask_description")
        return
    problem = complaints.description_problem(turn.text)
    if problem == "no_words":
        turn.say("description_no_words")
    elif problem:
        turn.say("description_too_short", min_chars=complaints.MIN_DESCRIPTION_CHARS)
    else:
        turn.draft.description = turn.text[: complaints.MAX_DESCRIPTION_CHARS]
        _acknowledge_attachment(turn)
        advance(turn)


def on_location(turn: Turn) -> None:
    """Stores the place (typed address or a WhatsApp pin) and asks for a photo."""
    if turn.kept_attachment == "location":
        _acknowledge_attachment(turn)
        advance(turn)
        return
    text = turn.text.strip()
    if len(text) >= MIN_LOCATION_CHARS and sum(ch.isalpha() for ch in text) >= 3:
        turn.draft.location_text = text[:500]
        turn.draft.latitude = turn.draft.longitude = None
        _acknowledge_attachment(turn)
        advance(turn)
        return
    _acknowledge_attachment(turn)
    turn.say("location_too_short" if text else "ask_location")


def on_photo(turn: Turn) -> None:
    """Stores the photo (or LEWATI) and asks for privacy."""
    if turn.kept_attachment == "photo":
        turn.draft.photo_step_done = True
        _acknowledge_attachment(turn)
        advance(turn)
    elif match_phrase(turn.text, SKIP_CHOICES):
        if turn.data.get("editing"):
            turn.draft.photos = []
        turn.draft.photo_step_done = True
        advance(turn)
    elif turn.kept_attachment in ("other", "sticker"):
        turn.say("photo_not_image")
    else:
        _acknowledge_attachment(turn)
        turn.say("ask_photo_edit" if turn.data.get("editing") else "ask_photo")


def on_privacy(turn: Turn) -> None:
    """Stores the privacy choice (biasa, rahasia, anonim) and shows the summary."""
    _choose(turn, PRIVACY_CHOICES, "privacy")


def on_confirm(turn: Turn) -> None:
    """Files the complaint on KIRIM, asks what to change on UBAH, else repeats the choice."""
    choice = match_phrase(turn.text, CONFIRM_CHOICES)
    if choice == "KIRIM":
        _submit(turn)
    elif choice == "UBAH":
        turn.goto(State.EDIT, pending_rating=turn.data.get("pending_rating"))
        turn.say("ask_edit")
    elif turn.kept_attachment:
        _acknowledge_attachment(turn)
        _say_summary(turn)
    else:
        turn.say("bad_confirm")


def on_edit(turn: Turn) -> None:
    """Stores which part to change and asks for it again."""
    target = EDIT_CHOICES.get(" ".join(words(turn.text)[:1])) or _edit_by_name(turn.text)
    if target is None:
        turn.say("bad_edit")
        turn.say("ask_edit")
        return
    turn.goto(target, editing=True, pending_rating=turn.data.get("pending_rating"))
    turn.say("ask_photo_edit" if target == State.PHOTO else QUESTION[target])


def _edit_by_name(text: str) -> State | None:
    names = {"jenis": State.KIND, "isi": State.DESCRIPTION, "cerita": State.DESCRIPTION,
             "lokasi": State.LOCATION, "alamat": State.LOCATION, "foto": State.PHOTO,
             "kerahasiaan": State.PRIVACY, "privasi": State.PRIVACY}
    return match_phrase(text, names, max_words=2)


def _submit(turn: Turn) -> None:
    complaint = complaints.submit(turn.session, turn.contact, turn.draft, turn.now, turn.svc.region)
    turn.say("submitted", reference=complaint.reference)
    if complaint.privacy == "anonim":
        turn.say("submitted_anonymous")
    turn.draft = Draft()
    _back_to_idle(turn)


def _say_summary(turn: Turn) -> None:
    draft = turn.draft
    place = draft.location_text or ""
    if draft.latitude is not None:
        place = f"{place} (titik {draft.latitude:.5f}, {draft.longitude:.5f})".strip()
    turn.say("summary", kind=KIND_NAMES[draft.kind], description=excerpt(draft.description, 300),
             place=place or "-", photos=f"{len(draft.photos)} foto" if draft.photos else "tidak ada",
             privacy=PRIVACY_NAMES[draft.privacy])


# Attachments kept at any step ----------------------------------------------------------------------

def _keep_attachments(turn: Turn) -> None:
    """Keep photos and a location pin in the draft whatever the step (nothing sent is lost)."""
    message = turn.message
    if message.location is not None:
        pin = message.location
        turn.draft.latitude, turn.draft.longitude = pin.latitude, pin.longitude
        turn.draft.location_text = (pin.address or pin.label or turn.draft.location_text or "")[:500]
        turn.kept_attachment = "location"
    photos = [m for m in message.images if not m.is_sticker]
    if turn.state == State.PHOTO and turn.data.get("editing") and photos:
        turn.draft.photos = []
    room = complaints.MAX_PHOTOS - len(turn.draft.photos)
    for media in photos[:max(room, 0)]:
        turn.draft.photos.append({"url": media.url, "content_type": media.content_type})
    if photos:
        turn.kept_attachment = "photo"
    elif message.media and turn.kept_attachment is None:
        turn.kept_attachment = "sticker" if any(m.is_sticker for m in message.media) else "other"


def _acknowledge_attachment(turn: Turn) -> None:
    kept = turn.kept_attachment
    if kept == "photo":
        turn.say("photo_received", count=len(turn.draft.photos))
    elif kept == "location":
        turn.say("location_received", place=turn.draft.location_text or
                 f"{turn.draft.latitude:.5f}, {turn.draft.longitude:.5f}")
    elif kept == "sticker":
        turn.say("sticker")
    elif kept == "other":
        turn.say("not_kept")
    turn.kept_attachment = None


# Status --------------------------------------------------------------------------------------------

def show_status(turn: Turn, rest: str) -> None:
    """List the citizen's complaints, or show one of theirs in detail (never anyone else's)."""
    number, _ = _reference(rest)
    if number is not None:
        _status_detail(turn, number)
        return
    found = complaints.citizen_complaints(turn.session, turn.contact, following=True)
    if not found:
        turn.say("status_none")
        return
    lines = [t("status_list_head")] + [
        t("status_list_item", reference=c.reference, title=_title_for(c, turn.contact),
          status=_status_words(c, turn.contact), updated=short_date(c.updated_at, turn.zone)) for c in found]
    turn.replies.append("\n".join(lines + [t("status_list_tail")]))


def _reference(text: str) -> tuple[int | None, str]:
    return split_reference(text)


def _status_detail(turn: Turn, number: int) -> None:
    complaint = complaints.citizen_complaint(turn.session, turn.contact, number)
    if complaint is None:
        turn.say("status_not_found", reference=f"LPR-{number}")
        return
    own = complaint.citizen_id == turn.contact.id
    place = complaint.location_text if own else strip_nik(complaint.location_text)
    text = t("status_detail", reference=complaint.reference, title=_title_for(complaint, turn.contact),
             kind=KIND_NAMES[complaint.kind], status=_status_words(complaint, turn.contact),
             created=short_date(complaint.created_at, turn.zone), place=place or "-")
    # Someone else's complaint (followed, or the one a duplicate was merged into): only what the agencies wrote,
    # never the reporter's answers to questions, comments or reasons.
    latest = complaints.latest_public_entry(complaint) if own else complaints.latest_agency_entry(complaint)
    if latest is not None:
        shown = latest.text if own else strip_nik(latest.text)
        text += "\n\n" + t("status_latest", when=short_date(latest.at, turn.zone), text=excerpt(shown, 500))
    turn.replies.append(text)


def _title_for(complaint: Complaint, citizen: Contact) -> str:
    """The complaint's title as this citizen may read it: someone else's never shows a national ID number."""
    return complaint.title if complaint.citizen_id == citizen.id else safe_title(complaint)


def _status_words(complaint: Complaint, citizen: Contact) -> str:
    """The status in plain words; a merged duplicate shows the complaint it follows, a followed one says so."""
    if complaint.parent is not None:
        return t("status_merged", parent=complaint.parent.reference, status=STATUS_NAMES[complaint.parent.status])
    if complaint.citizen_id != citizen.id:
        return t("status_followed", status=STATUS_NAMES[complaint.status])
    return STATUS_NAMES[complaint.status]


# Rating --------------------------------------------------------------------------------------------

def _rated_complaint(turn: Turn, allow_closed: bool = False) -> Complaint | None:
    """The finished complaint being rated; a complaint closed for good takes only the rating's comment."""
    complaint = turn.session.get(Complaint, turn.data.get("rating_for") or 0)
    if complaint is None or complaint.status != complaints.DONE:
        return None
    return complaint if allow_closed or complaint.closed_at is None else None


def on_rating(turn: Turn) -> None:
    """Stores the 1–5 rating and asks for a reason (1–2) or a comment (3–5); TIDAK PUAS reopens."""
    complaint = _rated_complaint(turn)
    if complaint is None:
        turn.goto(State.IDLE)
        on_idle(turn)
        return
    keyword, rest = leading_keyword(turn.text, UNSATISFIED)
    if keyword == "TIDAK_PUAS":
        _unsatisfied(turn, complaint, rest)
        return
    score = _score(turn.text)
    if score is None:
        turn.say("bad_rating")
        return
    complaints.rate(turn.session, complaint, score, turn.now)
    if score in complaints.UNSATISFIED_SCORES:
        turn.goto(State.RATING_REASON, rating_for=complaint.id)
        turn.say("ask_unsatisfied_reason", reference=complaint.reference)
    else:
        turn.goto(State.RATING_COMMENT, rating_for=complaint.id)
        turn.say("ask_rating_comment", score=score)


def _score(text: str) -> int | None:
    typed = words(text)
    digits = [w for w in typed if w.isdigit()]
    if len(digits) == 1 and len(typed) <= 3 and 1 <= int(digits[0]) <= 5:
        return int(digits[0])
    return None


def on_rating_reason(turn: Turn) -> None:
    """Stores the citizen's reason and reopens the complaint (LEWATI keeps it closed)."""
    complaint = _rated_complaint(turn)
    if complaint is None or match_phrase(turn.text, SKIP_CHOICES):
        turn.goto(State.IDLE)
        turn.say("rating_thanks", reference=complaint.reference if complaint else "")
        return
    _unsatisfied(turn, complaint, turn.text)


def _unsatisfied(turn: Turn, complaint: Complaint, reason: str) -> None:
    if len(words(reason)) < MIN_REASON_WORDS:
        asked_before = turn.state == State.RATING_REASON and reason.strip()
        turn.goto(State.RATING_REASON, rating_for=complaint.id)
        if asked_before:
            turn.say("reason_too_short")
        else:
            turn.say("ask_unsatisfied_reason", reference=complaint.reference)
        return
    dispositions.reopen(turn.session, complaint, reason, turn.now, turn.svc.region)
    turn.goto(State.IDLE)
    turn.say("reopened", reference=complaint.reference)


def on_rating_comment(turn: Turn) -> None:
    """Stores an optional comment on the rating (LEWATI skips) and thanks the citizen."""
    complaint = _rated_complaint(turn, allow_closed=True)
    if complaint is not None and turn.text and not match_phrase(turn.text, SKIP_CHOICES):
        complaints.add_comment(turn.session, complaint, turn.text, turn.now)
    turn.goto(State.IDLE)
    turn.say("rating_thanks", reference=complaint.reference if complaint else "")


def _start_reopen(turn: Turn, rest: str) -> bool:
    """TIDAK PUAS typed while idle: reopen the citizen's latest finished complaint (or the one named)."""
    number, reason = _reference(rest)
    finished = [c for c in complaints.citizen_complaints(turn.session, turn.contact, limit=20)
                if c.status == complaints.DONE and c.closed_at is None and (number is None or c.number == number)]
    if not finished:
        return False
    turn.goto(State.RATING_REASON, rating_for=finished[0].id)
    _unsatisfied(turn, finished[0], reason)
    return True


# Answering a question -------------------------------------------------------------------------------

def on_answer(turn: Turn) -> None:
    """Stores the citizen's answer (text and/or photos), relays it to the asker and goes idle."""
    question = turn.session.get(Question, turn.data.get("question_id") or 0)
    if question is None or question.answered_at is not None:
        turn.goto(State.IDLE, pending_rating=turn.data.get("pending_rating"))
        on_idle(turn)
        return
    photos = _photos(turn)
    if not any(ch.isalpha() for ch in turn.text) and not photos:
        turn.say("ask_answer", reference=question.complaint.reference)
        return
    _store_answer(turn, question, photos)


def _store_answer(turn: Turn, question: Question, photos: list[dict]) -> None:
    dispositions.answer_question(turn.session, question, turn.text or "(foto)", turn.now, media=photos)
    turn.say("citizen_answer_thanks", reference=question.complaint.reference, asker=asker_name(question))
    _back_to_idle(turn)


def _answers_open_question(turn: Turn) -> bool:
    """While idle, a real sentence (or a swipe-reply) from a citizen with an open question is the answer."""
    question = dispositions.open_question(turn.session, turn.contact)
    if question is None or not (turn.message.replied_to_sid or len(words(turn.text)) >= 3):
        return False
    photos = _photos(turn)
    turn.draft.photos = [p for p in turn.draft.photos if p not in photos]
    _store_answer(turn, question, photos)
    return True


def _photos(turn: Turn) -> list[dict]:
    """The pictures in this message (stickers excluded), as stored with complaints and answers."""
    return [{"url": m.url, "content_type": m.content_type} for m in turn.message.images if not m.is_sticker]


def asker_name(question: Question) -> str:
    """Who asked, as the citizen reads it: the agency's name, or the verification desk."""
    asker = question.asker
    if asker.role == "verifier" or asker.agency is None:
        return t("asker_verifier")
    return asker.agency.name


def ask_question(conversation: Conversation, question: Question) -> bool:
    """Put the citizen in the answering state (unless they are filing); True when they can answer now."""
    if State(conversation.state) in FILING:
        return False
    conversation.state = State.ANSWER.value
    pending = conversation.data.get("pending_rating") or conversation.data.get("rating_for")
    conversation.data = {"draft": conversation.data.get("draft"), "question_id": question.id,
                         "pending_rating": pending}
    return True


def ask_rating(session: Session, conversation: Conversation, complaint: Complaint) -> bool:
    """Put the citizen in the rating state (or remember to, if they are filing); True when asked now."""
    if State(conversation.state) in FILING or State(conversation.state) == State.ANSWER:
        conversation.data = {**conversation.data, "pending_rating": complaint.id}
        return False
    conversation.state = State.RATING.value
    conversation.data = {"draft": conversation.data.get("draft"), "rating_for": complaint.id}
    return True


HANDLERS: dict[State, Callable[[Turn], None]] = {
    State.IDLE: on_idle,
    State.OFFER: on_offer,
    State.KIND: on_kind,
    State.DESCRIPTION: on_description,
    State.LOCATION: on_location,
    State.PHOTO: on_photo,
    State.PRIVACY: on_privacy,
    State.CONFIRM: on_confirm,
    State.EDIT: on_edit,
    State.RATING: on_rating,
    State.RATING_REASON: on_rating_reason,
    State.RATING_COMMENT: on_rating_comment,
    State.ANSWER: on_answer,
}
FALLBACKS: dict[str, Callable[[Turn], None]] = {
    "BATAL": on_cancel,
    "MENU": on_menu,
    "BANTUAN": on_help,
    "STATUS": on_status,
}
