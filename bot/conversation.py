"""The citizen's conversation: a declarative state machine (diagram: conversation.mmd beside this file).

Each state has one handler that stores what it got and asks the next question. `BATAL`, `MENU`,
`BANTUAN` and `STATUS` work in every state; a draft idle longer than DRAFT_TIMEOUT_MINUTES expires with a
notice. A photo or location sent at any step is kept in the draft. Domain rules live in lapor.complaints.

Questions from staff and ratings of finished complaints are prompts (bot.prompts): the conversation waits for
an answer (ANSWER, RATING) only once the citizen has seen the prompt, and never while they are filing; what waited
is asked when the draft ends (KIRIM, BATAL, expiry, IKUTI) or after the answer before it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot import outbox, prompts
from bot.clarify import Clarification, clarification, leading_reference
from bot.commands import leading_keyword, match_phrase, words
from bot.inbound import Inbound
from bot.messages import KIND_NAMES, PRIVACY_NAMES, STATUS_NAMES, excerpt, received, short_date, t
from bot.prompts import Prompt, asker_name
from lapor import complaints, dispositions
from lapor.bridge.privacy import safe_title, strip_nik
from lapor.complaints import Draft
from lapor.duplicates import similar_to_draft
from lapor.media import kind_counts
from lapor.references import split_reference
from models import Complaint, Contact, Conversation, Question
from models.vocab import Purpose
from services import Services


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
WAITS_FOR_REPLY = {State.ANSWER, *RATING_STATES}  # states that expect the citizen's reply
KEEPS_ATTACHMENTS = FILING  # idle, a photo may be an answer (on_idle keeps it otherwise); elsewhere it is one
REPLY_ROUTED = {State.IDLE, State.ANSWER} | RATING_STATES  # where a swipe-reply to a prompt answers that prompt
ELSEWHERE = "elsewhere"  # a swipe-reply to a notice about a complaint with no open question: no answer to another
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
RATING_SKIP = {"lewati": "SKIP", "lewat": "SKIP", "skip": "SKIP", "nanti": "SKIP", "nanti saja": "SKIP"}
FILE_WORDS = {key: value for key, value in IDLE_CHOICES.items() if value == "FILE" and not key.isdigit()}
# A message made only of these, with at least one word of GREETING_CORE, is a greeting (or thanks), never an answer.
GREETING_CORE = {"halo", "hallo", "helo", "hello", "hai", "hi", "hay", "selamat", "assalamualaikum",
                 "asalamualaikum", "assalamu", "salam", "permisi", "p", "ping", "tes", "test", "terima", "kasih",
                 "makasih", "trims", "thanks", "thx"}
GREETING_WORDS = GREETING_CORE | {"pagi", "siang", "sore", "malam", "alaikum", "wr", "wb", "pak", "bu",
                                  "bapak", "ibu", "kak", "mas", "mbak", "min", "admin", "semua"}
MAPS_LINK = "https://maps.google.com/?q={latitude:.6f},{longitude:.6f}"
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
    attachments_taken: bool = False  # this message's photos and pin are in the draft already
    received: list[str] = field(default_factory=list)  # content types of this message's media kept in the draft
    dropped: int = 0  # this message's media past the draft's limit
    prompts: list[Prompt] = field(default_factory=list)  # questions and ratings waiting (bot.prompts)
    replied: tuple[str, object] | None = None  # the prompt a swipe-reply answers: (kind, question or complaint)

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
        return self.svc.zone


def handle(session: Session, svc: Services, contact: Contact, message: Inbound, now: datetime) -> list[str]:
    """Handle one message from a (locked) contact and return the replies."""
    turn = _start_turn(session, svc, contact, message, now)
    _catch_up(turn)
    _expire_stale_draft(turn)
    command = global_command(turn.text)
    if command:
        FALLBACKS[command](turn)
    elif turn.state in FILING and turn.draft.offered and leading_keyword(turn.text, FOLLOW_WORDS)[0]:
        on_follow(turn)
    else:
        _route_reply(turn)
        if turn.state in KEEPS_ATTACHMENTS:
            _keep_attachments(turn)
        HANDLERS[turn.state](turn)
    if turn.state == State.IDLE and command not in ("BATAL", "MENU"):
        _ask_pending(turn, unasked_only=True)  # what this message could not have been an answer to
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
        # Nothing queued yet: a new conversation is not one from before prompts (see bot.prompts.settle).
        conversation = Conversation(contact=contact, state=State.IDLE.value, data={"prompts": []}, updated_at=now)
        session.add(conversation)
    turn = Turn(session, svc, contact, conversation, message, now)
    # A deep copy: mutating the loaded JSON in place would hide the change from SQLAlchemy.
    turn.draft = Draft(**copy.deepcopy(conversation.data.get("draft") or {}))
    return turn


def _finish_turn(turn: Turn) -> None:
    turn.conversation.data = {**turn.conversation.data, "draft": asdict(turn.draft) if _has_content(turn) else None,
                              "prompts": prompts.dump(turn.prompts)}
    turn.conversation.updated_at = turn.now


def _has_content(turn: Turn) -> bool:
    return turn.state in FILING or turn.draft != Draft()


def _expire_stale_draft(turn: Turn) -> None:
    """Drop a draft nobody touched for DRAFT_TIMEOUT_MINUTES, say so, and ask what waited for it.

    Only prompts the citizen saw meanwhile (a rating whose notice came mid-draft) are waited for before this message
    is read; one never shown is shown after it (a sentence written before it is no answer to it).
    """
    timeout = timedelta(minutes=turn.svc.config["DRAFT_TIMEOUT_MINUTES"])
    stale = turn.now - turn.conversation.updated_at > timeout
    if stale and (turn.state in FILING or turn.draft != Draft()):
        filing = turn.state in FILING
        turn.draft = Draft()
        turn.goto(State.IDLE)
        turn.say("draft_expired", hours=_hours(timeout))
        if filing:
            _ask_pending(turn, unasked_only=True, shown_only=True)


def _hours(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    return f"{hours:g}"


# Fallbacks: work in every state --------------------------------------------------------------------

def on_cancel(turn: Turn) -> None:
    """Drops the draft (or the rating question) and confirms nothing was sent; a dropped draft lets what waited for
    it be asked."""
    busy = turn.state != State.IDLE or turn.draft != Draft()
    filing = turn.state in FILING
    turn.draft = Draft()
    _leave(turn)
    turn.say("cancelled" if busy else "nothing_to_cancel")
    if filing:
        _ask_pending(turn)


def on_menu(turn: Turn) -> None:
    """Drops the draft and shows the menu; nothing else is asked (an open question can still be answered)."""
    turn.draft = Draft()
    _leave(turn)
    turn.say("menu")


def _leave(turn: Turn) -> None:
    """Go idle; a rating being asked is skipped (TIDAK PUAS still works)."""
    if turn.state == State.RATING:
        _settled(turn, prompts.RATING, turn.data.get("rating_for"))
    turn.goto(State.IDLE)


def on_help(turn: Turn) -> None:
    """Explains the service, then repeats the pending question."""
    turn.say("help")
    if turn.contact.phone is None:  # maybe staff writing under a username: how to be recognised
        turn.say("help_link")
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
    elif turn.state == State.ANSWER and _open_questions(turn, shown_only=True):
        _remind(turn, [q for _, q in _open_questions(turn, shown_only=True)])


def _back_to_idle(turn: Turn) -> None:
    """Go idle, then ask what is pending: open questions first, else the next rating."""
    turn.goto(State.IDLE)
    _ask_pending(turn)


# Prompts: questions and ratings waiting for the citizen ---------------------------------------------

def _catch_up(turn: Turn) -> None:
    """Settle the prompts; one whose notice the citizen received since their last message is waited for now when
    they are idle (a question also when they were asked a rating: the rating comes back after the answer)."""
    turn.prompts = prompts.settle(turn.session, turn.contact, turn.conversation, filing=turn.state in FILING)
    fresh = prompts.newly_shown(turn.session, turn.prompts)
    has_question = any(p.kind == prompts.QUESTION for p in fresh)
    if turn.state == State.IDLE or (has_question and turn.state in (State.ANSWER, State.RATING)):
        _wait_for(turn, fresh)


def _ask_pending(turn: Turn, unasked_only: bool = False, shown_only: bool = False) -> None:
    """Show what is pending in the reply and wait for it: the open questions, else the next rating."""
    _wait_for(turn, [p for p in turn.prompts if not (unasked_only and p.asked) and (p.shown or not shown_only)],
              say=True)


def _wait_for(turn: Turn, candidates: list[Prompt], say: bool = False) -> None:
    """Wait for the answer to the questions among `candidates` (ANSWER), else for the first rating (RATING).

    With `say` they are shown in the reply, and their notices still waiting in the outbox are withdrawn.
    """
    questions = [p for p in candidates if p.kind == prompts.QUESTION]
    waited = questions or [p for p in candidates if p.kind == prompts.RATING][:1]
    if questions:
        held = turn.data.get("held_answer") if turn.state == State.ANSWER else None
        turn.goto(State.ANSWER, **({"held_answer": held} if held else {}))  # "which complaint?" still waits
        if say:
            _show_questions(turn, [turn.session.get(Question, p.id) for p in questions])
    elif waited:
        complaint = turn.session.get(Complaint, waited[0].id)
        turn.goto(State.RATING, rating_for=complaint.id)
        if say and waited[0].shown:
            turn.say("rating_reminder", reference=complaint.reference)
        elif say:
            turn.replies.append(prompts.rating_prompt(complaint))
    for prompt in waited:
        prompt.asked = True
        if say:
            prompts.shown_in_reply(turn.session, prompt)


def _show_questions(turn: Turn, questions: list[Question]) -> None:
    if len(questions) == 1:
        turn.replies.append(prompts.question_prompt(turn.session, questions[0]))
    else:
        turn.say("citizen_questions", count=len(questions), items=_question_items(questions),
                 reference=questions[0].complaint.reference)


def _question_items(questions: list[Question]) -> str:
    return "\n".join(t("question_item", reference=q.complaint.reference, asker=asker_name(q),
                       question=excerpt(q.text, 120)) for q in questions)


def _settled(turn: Turn, kind: str, item_id: int | None) -> None:
    """The prompt is answered, rated or skipped: it is not asked again, and its notice, if still waiting in the
    outbox (held for the night), is not sent any more."""
    for prompt in turn.prompts:
        if (prompt.kind, prompt.id) == (kind, item_id) and prompt.notice:
            outbox.cancel(turn.session, prompt.notice, "settled before it was sent")
    turn.prompts = [p for p in turn.prompts if (p.kind, p.id) != (kind, item_id)]


def _open_questions(turn: Turn, shown_only: bool = False) -> list[tuple[Prompt, Question]]:
    return [(p, turn.session.get(Question, p.id)) for p in turn.prompts
            if p.kind == prompts.QUESTION and (p.shown or not shown_only)]


def _route_reply(turn: Turn) -> None:
    """A swipe-reply to a question or to a rating prompt answers that one, whatever was asked last."""
    if turn.state not in REPLY_ROUTED:
        return
    turn.replied = _replied_prompt(turn)
    if turn.replied is None:
        return
    kind, target = turn.replied
    if kind == prompts.RATING and not (turn.state in RATING_STATES and turn.data.get("rating_for") == target.id):
        turn.goto(State.RATING, rating_for=target.id)
    elif kind == prompts.QUESTION and turn.state != State.ANSWER:
        turn.goto(State.ANSWER)


def _replied_prompt(turn: Turn) -> tuple[str, object] | None:
    """The question or finished complaint whose message (sent through the outbox) this message swipe-replies to;
    ELSEWHERE for a message about a complaint with nothing to answer, None for a message the outbox did not send.

    Only a question the citizen has been shown is answered so: a swipe-reply to the notice that it comes after the
    draft, or to an older message while it waits out the night, was written without it (it is shown in the reply).
    """
    sid = turn.message.replied_to_sid
    row = outbox.by_sid(turn.session, sid) if sid else None
    if row is None or row.recipient not in turn.contact.addresses or row.subject_type != "complaint":
        return None
    if row.purpose == Purpose.RATING:
        complaint = turn.session.get(Complaint, row.subject_id)
        return (prompts.RATING, complaint) if prompts.awaits_rating(complaint, turn.contact) else None
    notice = outbox.queued_key(turn.session, row)
    pairs = _open_questions(turn)
    found = ([(p, q) for p, q in pairs if notice and p.notice == notice]
             or [(p, q) for p, q in pairs if q.complaint_id == row.subject_id])  # any message about that complaint
    shown = [q for p, q in found if p.shown]
    return (prompts.QUESTION, shown[0]) if shown else (ELSEWHERE, None)


# Idle and the first message ------------------------------------------------------------------------

def on_idle(turn: Turn) -> None:
    """Starts filing, shows status or help, takes the answer to a question, offers a long message as a complaint,
    or shows the menu."""
    choice = match_phrase(turn.text, IDLE_CHOICES)
    keyword, rest = leading_keyword(turn.text, UNSATISFIED)
    if keyword == "TIDAK_PUAS" and _start_reopen(turn, rest):
        return
    if choice is None and _answers_question(turn):
        return
    _keep_attachments(turn)
    if choice == "FILE":
        advance(turn)
    elif choice == "STATUS":
        show_status(turn, "")
    elif choice == "BANTUAN":
        turn.say("help")
    elif choice is None and _looks_like_complaint(turn.text):
        turn.goto(State.OFFER, offer=turn.text)
        turn.say("offer_description", excerpt=excerpt(turn.text, 200))
    elif turn.kept_attachment == "photo" or (turn.kept_attachment == "location" and not turn.text):
        if turn.kept_attachment == "photo":
            turn.say("kept_media", received=received(kind_counts(turn.received)))
        else:
            turn.say("kept_location")
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
        turn.goto(State.CONFIRM)
        _say_summary(turn)
        return
    state = STEP_STATE[missing[0]]
    turn.goto(state)
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
        turn.say("photo_not_image", accepted=t("media_accepted"))
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
        turn.goto(State.EDIT)
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
    turn.goto(target, editing=True)
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
        place = t("summary_pin", place=place, latitude=draft.latitude, longitude=draft.longitude).strip()
    turn.say("summary", kind=KIND_NAMES[draft.kind], description=excerpt(draft.description, 300),
             place=place or "-",
             photos=(received(kind_counts(p["content_type"] for p in draft.photos)) if draft.photos
                     else t("summary_no_photos")),
             privacy=PRIVACY_NAMES[draft.privacy])


# Attachments kept at any step ----------------------------------------------------------------------

def _keep_attachments(turn: Turn) -> None:
    """Keep photos and a location pin in the draft whatever the step (nothing sent is lost), once."""
    if turn.attachments_taken:
        return
    turn.attachments_taken = True
    message = turn.message
    if message.location is not None:
        pin = message.location
        turn.draft.latitude, turn.draft.longitude = pin.latitude, pin.longitude
        turn.draft.location_text = (pin.address or pin.label or turn.draft.location_text or "")[:500]
        turn.kept_attachment = "location"
    photos = message.kept_media  # photos, voice notes, videos, PDF documents
    if turn.state == State.PHOTO and turn.data.get("editing") and photos:
        turn.draft.photos = []
    room = complaints.MAX_PHOTOS - len(turn.draft.photos)
    for media in photos[:max(room, 0)]:
        turn.draft.photos.append({"url": media.url, "content_type": media.content_type})
        turn.received.append(media.content_type)
    turn.dropped = len(photos) - len(turn.received)
    if photos:
        turn.kept_attachment = "photo"
    elif message.media and turn.kept_attachment is None:
        turn.kept_attachment = "sticker" if any(m.is_sticker for m in message.media) else "other"


def _acknowledge_attachment(turn: Turn) -> None:
    kept = turn.kept_attachment
    if kept == "photo":
        if turn.received:
            turn.say("photo_received", received=received(kind_counts(turn.received)))
        if turn.dropped:
            turn.say("media_full", count=complaints.MAX_PHOTOS)
        if turn.message.refused_media:  # the rest of the message is handled all the same
            turn.say("not_kept", accepted=t("media_accepted"))
    elif kept == "location":
        turn.say("location_received", place=turn.draft.location_text or
                 f"{turn.draft.latitude:.5f}, {turn.draft.longitude:.5f}")
    elif kept == "sticker":
        turn.say("sticker")
    elif kept == "other":
        turn.say("not_kept", accepted=t("media_accepted"))
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
    """Stores the 1–5 rating and asks for a reason (1–2) or a comment (3–5); TIDAK PUAS [LPR-n] reopens; LEWATI
    skips to what is pending next."""
    complaint = _rated_complaint(turn)
    keyword, rest = leading_keyword(turn.text, UNSATISFIED)
    if complaint is None and not (keyword == "TIDAK_PUAS" and _closed_meanwhile(turn, rest)):
        turn.goto(State.IDLE)
        on_idle(turn)
    if complaint is None:
        return
    if keyword == "TIDAK_PUAS":
        _reopen_named_or(turn, complaint, rest)
        return
    if match_phrase(turn.text, RATING_SKIP):
        _settled(turn, prompts.RATING, complaint.id)
        turn.say("rating_skipped", reference=complaint.reference)
        _back_to_idle(turn)
        return
    score = _score(turn.text)
    if score is None:
        turn.say("bad_rating")
        return
    complaints.rate(turn.session, complaint, score, turn.now)
    _settled(turn, prompts.RATING, complaint.id)
    if score in complaints.UNSATISFIED_SCORES:
        turn.goto(State.RATING_REASON, rating_for=complaint.id)
        turn.say("ask_unsatisfied_reason", reference=complaint.reference)
    else:
        turn.goto(State.RATING_COMMENT, rating_for=complaint.id)
        turn.say("ask_rating_comment", score=score)


def _closed_meanwhile(turn: Turn, rest: str) -> bool:
    """A 'tidak puas' about the complaint being rated, which was closed for good meanwhile (it went unanswered for
    too long): say so plainly; False when the message names another complaint or the rated one is not closed."""
    closed = _rated_complaint(turn, allow_closed=True)
    number, _ = split_reference(rest, bare=False)
    if closed is None or closed.closed_at is None or number not in (None, closed.number):
        return False
    _settled(turn, prompts.RATING, closed.id)
    turn.say("reopen_closed", reference=closed.reference)
    _back_to_idle(turn)
    return True


def _reopen_named_or(turn: Turn, complaint: Complaint, rest: str) -> None:
    """TIDAK PUAS while rating: reopen the complaint named (LPR-n), else the one being rated."""
    number, _ = split_reference(rest, bare=False)
    if number is None or number == complaint.number:
        _unsatisfied(turn, complaint, _reference(rest)[1] if number else rest)
    elif not _start_reopen(turn, rest):
        turn.say("reopen_unknown", reference=f"LPR-{number}")


def _reopens_named(turn: Turn) -> bool:
    """TIDAK PUAS LPR-n typed while giving a reason or comment for another complaint reopens the one named."""
    keyword, rest = leading_keyword(turn.text, UNSATISFIED)
    number, _ = split_reference(rest, bare=False)
    rated = turn.session.get(Complaint, turn.data.get("rating_for") or 0)
    if keyword != "TIDAK_PUAS" or number is None or (rated is not None and rated.number == number):
        return False
    if not _start_reopen(turn, rest):
        turn.say("reopen_unknown", reference=f"LPR-{number}")
    return True


def _score(text: str) -> int | None:
    typed = words(text)
    digits = [w for w in typed if w.isdigit()]
    if len(digits) == 1 and len(typed) <= 3 and 1 <= int(digits[0]) <= 5:
        return int(digits[0])
    return None


def on_rating_reason(turn: Turn) -> None:
    """Stores the citizen's reason and reopens the complaint (LEWATI keeps it closed), then asks what is pending."""
    if _reopens_named(turn):
        return
    complaint = _rated_complaint(turn)
    if complaint is None and not match_phrase(turn.text, SKIP_CHOICES) and _closed_meanwhile(turn, ""):
        return
    if complaint is None or match_phrase(turn.text, SKIP_CHOICES):
        turn.say("rating_thanks", reference=complaint.reference if complaint else "")
        _back_to_idle(turn)
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
    media = _photos(turn)
    try:
        dispositions.reopen(turn.session, complaint, reason, turn.now, turn.svc.region, media=media)
    except complaints.LifecycleError:  # closed (or moved on) while the citizen wrote: that change stands
        _settled(turn, prompts.RATING, complaint.id)
        turn.say("reopen_closed", reference=complaint.reference)
        _back_to_idle(turn)
        return
    _settled(turn, prompts.RATING, complaint.id)
    turn.say("reopened", reference=complaint.reference)
    if media:
        turn.say("photo_received", received=received(kind_counts(m["content_type"] for m in media)))
    _back_to_idle(turn)


def on_rating_comment(turn: Turn) -> None:
    """Stores an optional comment on the rating (LEWATI skips), thanks the citizen and asks what is pending."""
    if _reopens_named(turn):
        return
    complaint = _rated_complaint(turn, allow_closed=True)
    if complaint is not None and turn.text and not match_phrase(turn.text, SKIP_CHOICES):
        complaints.add_comment(turn.session, complaint, turn.text, turn.now)
    turn.say("rating_thanks", reference=complaint.reference if complaint else "")
    _back_to_idle(turn)


def _start_reopen(turn: Turn, rest: str) -> bool:
    """TIDAK PUAS typed while idle: reopen the citizen's latest finished complaint (or the one named)."""
    number, reason = _reference(rest)
    done = [c for c in complaints.citizen_complaints(turn.session, turn.contact, limit=20)
            if c.status == complaints.DONE and (number is None or c.number == number)]
    finished = [c for c in done if c.closed_at is None]
    if not finished and done and number is not None:  # closed for good (rated, or no reaction): said plainly
        turn.say("reopen_closed", reference=done[0].reference)
        return True
    if not finished:
        return False
    turn.goto(State.RATING_REASON, rating_for=finished[0].id)
    _unsatisfied(turn, finished[0], reason)
    return True


# Answering a question -------------------------------------------------------------------------------

def on_answer(turn: Turn) -> None:
    """Stores the citizen's answer (text, photos or a location) to the question it is meant for, relays it to the
    asker and asks what is pending; with several questions open and none named, asks which complaint it is for."""
    if _answers_held(turn):
        return
    question, text = _named_question(turn)
    waiting = [q for _, q in _open_questions(turn, shown_only=True)]
    if question is None and _meant_for_idle(turn, text, waiting):
        turn.goto(State.IDLE)  # the question can still be answered later
        on_idle(turn)
        return
    if question is None and match_phrase(text, RATING_SKIP) and _rates_instead(turn):
        return
    answer = None if _greeting_only(turn, text) else _answer(turn, text)
    if answer is not None:
        _take_answer(turn, question, answer, waiting)
    elif not (_score(text) and _rates_instead(turn)):
        _remind(turn, [question] if question else waiting)


def _meant_for_idle(turn: Turn, text: str, waiting: list[Question]) -> bool:
    """No question to answer, a swipe-reply to a message about another complaint, the menu's word for filing
    (ADUAN) or TIDAK PUAS: handled as when idle."""
    return (not waiting or _replied_elsewhere(turn) or match_phrase(text, FILE_WORDS) is not None
            or leading_keyword(text, UNSATISFIED)[0] is not None)


def _rates_instead(turn: Turn) -> bool:
    """A bare 1–5, LEWATI or NANTI while a question is open goes to the rating question the citizen saw (the word
    of the rating, never an answer to relay)."""
    seen = [p for p in turn.prompts if p.kind == prompts.RATING and p.shown]
    if not seen:
        return False
    seen[0].asked = True
    turn.goto(State.RATING, rating_for=seen[0].id)
    on_rating(turn)
    return True


def _answers_question(turn: Turn) -> bool:
    """While idle, a message starting with the reference of a complaint with an open question, or a real sentence
    (3+ words, not a greeting) or a swipe-reply once the citizen has seen a question, is the answer."""
    question, text = _named_question(turn)
    waiting = [q for _, q in _open_questions(turn, shown_only=True)]
    loose = len(words(text)) >= 3 or bool(turn.message.replied_to_sid)
    if _greeting_only(turn, text) or (question is None and (not waiting or _replied_elsewhere(turn) or not loose)):
        return False
    answer = _answer(turn, text)
    if answer is None:
        return False
    _take_answer(turn, question, answer, waiting)
    return True


def _named_question(turn: Turn) -> tuple[Question | None, str]:
    """The question a message names (by a swipe-reply, or by opening with its complaint's reference: `LPR-n …`,
    `untuk #n: …`, `nomor n …`) and the text that answers it."""
    if turn.replied is not None and turn.replied[0] == prompts.QUESTION:
        return turn.replied[1], turn.text
    number, rest = leading_reference(turn.text)
    named = [q for _, q in _open_questions(turn) if number is not None and q.complaint.number == number]
    return (named[0], rest) if named else (None, turn.text)


def _replied_elsewhere(turn: Turn) -> bool:
    return turn.replied is not None and turn.replied[0] == ELSEWHERE


def _answers_held(turn: Turn) -> bool:
    """After "which complaint?" (an answer is held): a short clarification naming one complaint with an open
    question (`untuk LPR-28`, `28`, `yang pertama`, a swipe onto its question) sends the held answer there, with any
    photo or pin it carries; an answer naming a complaint is relayed to it while the held one still waits; more of
    the answer (a photo, a pin, sentences) joins the held one; anything else keeps it and asks again. The held
    answer is dropped only when no question is open any more, or the citizen turns to something else (a swipe onto
    another notice, ADUAN, TIDAK PUAS, MENU): the message is then read afresh."""
    held = turn.data.get("held_answer")
    if not held:
        return False
    waiting = [q for _, q in _open_questions(turn, shown_only=True)]
    if not waiting:  # every question lapsed or was answered meanwhile: the held answer has nobody to go to
        turn.goto(State.IDLE)
        on_idle(turn)
        return True
    if _meant_for_idle(turn, turn.text, waiting):
        turn.goto(State.ANSWER)  # something else: read afresh, the held answer is dropped
        return False
    said = clarification(turn.text)
    if said is not None:
        _clarified(turn, held, said, waiting)
        return True
    question, text = _named_question(turn)
    more = _answer(turn, text)
    if question is not None and more is not None:
        _answer_beside_held(turn, question, more, held, waiting)
    elif more is not None and (_photos(turn) or turn.message.location or len(words(text)) >= 3):
        _ask_which(turn, waiting, held=_joined(held, more))  # more of the same answer, still for nobody yet
    else:
        _ask_which(turn, waiting, held=held)
    return True


def _clarified(turn: Turn, held: dict, said: Clarification, waiting: list[Question]) -> None:
    """Send the held answer, with the photo or pin this message carries, to the one complaint named, or keep both
    and ask again."""
    open_ = [q for _, q in _open_questions(turn)]
    number = said.choose([q.complaint.number for q in waiting], [q.complaint.number for q in open_])
    if turn.replied is not None and turn.replied[0] == prompts.QUESTION:  # swiped onto a question: that one
        chosen = turn.replied[1] if number in (None, turn.replied[1].complaint.number) else None
    else:
        chosen = next((q for q in open_ if q.complaint.number == number), None)
    held = _joined(held, _answer(turn, ""))  # a photo or a pin sent with it belongs to the held answer
    if chosen is None:
        _ask_which(turn, waiting, held=held)
    else:
        _store_answer(turn, chosen, held)


def _answer_beside_held(turn: Turn, question: Question, answer: dict, held: dict, waiting: list[Question]) -> None:
    """An answer naming its complaint while another waits for one: relay it, then ask again where the held one goes
    (dropped when no other question is open). An answer that repeats the held one with its reference (typed again,
    pasted) is that one: relayed once, with the held photos."""
    if " ".join(held["text"].lower().split()) in " ".join(answer["text"].lower().split()):
        _store_answer(turn, question, {"text": answer["text"], "photos": held["photos"] + answer["photos"]})
        return
    _relay_answer(turn, question, answer)
    remaining = [q for q in waiting if q.id != question.id and q.answered_at is None]
    if remaining:
        _ask_which(turn, remaining, held=held)
    else:
        _back_to_idle(turn)


def _ask_which(turn: Turn, waiting: list[Question], held: dict) -> None:
    """Keep the held answer and ask which complaint it is for."""
    turn.goto(State.ANSWER, held_answer=held)
    turn.say("answer_which_held", answer=excerpt(held["text"], 120), items=_question_items(waiting),
             reference=waiting[0].complaint.reference)


def _joined(held: dict, more: dict | None) -> dict:
    """The held answer with more of it (text, photos, a pin) added, in the order they came."""
    if more is None:
        return held
    placeholder = t("answer_photos_only")
    texts = [text for text in (held["text"], more["text"]) if text != placeholder]
    return {"text": "\n".join(texts) or placeholder, "photos": held["photos"] + more["photos"]}


def _take_answer(turn: Turn, question: Question | None, answer: dict, waiting: list[Question]) -> None:
    if question is None and len(waiting) > 1:
        turn.goto(State.ANSWER, held_answer=answer)
        turn.say("answer_which", items=_question_items(waiting), reference=waiting[0].complaint.reference)
        return
    _store_answer(turn, question or waiting[0], answer)


def _remind(turn: Turn, questions: list[Question]) -> None:
    if len(questions) == 1:
        turn.say("ask_answer", reference=questions[0].complaint.reference)
    elif questions:
        _show_questions(turn, questions)


def _store_answer(turn: Turn, question: Question, answer: dict) -> None:
    _relay_answer(turn, question, answer)
    _back_to_idle(turn)


def _relay_answer(turn: Turn, question: Question, answer: dict) -> None:
    """Store the answer (the asker hears of it) and thank the citizen."""
    dispositions.answer_question(turn.session, question, answer["text"], turn.now, turn.svc.region,
                                 media=answer["photos"])
    _settled(turn, prompts.QUESTION, question.id)
    turn.say("citizen_answer_thanks", reference=question.complaint.reference, asker=asker_name(question))
    if answer["photos"]:
        turn.say("photo_received", received=received(kind_counts(m["content_type"] for m in answer["photos"])))


def _answer(turn: Turn, text: str) -> dict | None:
    """The answer in this message: its text, photos and a shared location (address or label, coordinates and a
    maps link, written into the text); None when it holds nothing to relay."""
    photos, pin, typed = _photos(turn), turn.message.location, text.strip()
    parts = [typed] if typed and (any(ch.isalpha() for ch in typed) or photos or pin) else []
    if pin is not None:
        coordinates = f"{pin.latitude:.6f}, {pin.longitude:.6f}"
        place = pin.address or pin.label
        parts.append(t("answer_location", place=f"{place} ({coordinates})" if place else coordinates,
                       link=MAPS_LINK.format(latitude=pin.latitude, longitude=pin.longitude)))
    if not parts and not photos:
        return None
    return {"text": "\n".join(parts) or t("answer_photos_only"), "photos": photos}


def _greeting_only(turn: Turn, text: str) -> bool:
    """The message is only a greeting or thanks (no photo, no pin): never an answer, even swiped onto a question."""
    return _is_greeting(text) and not _photos(turn) and turn.message.location is None


def _is_greeting(text: str) -> bool:
    typed = words(text)
    return bool(typed) and all(w in GREETING_WORDS for w in typed) and any(w in GREETING_CORE for w in typed)


def _photos(turn: Turn) -> list[dict]:
    """The media kept from this message (photos, voice notes, videos, PDFs; no stickers), as stored with complaints
    and answers."""
    return [{"url": m.url, "content_type": m.content_type} for m in turn.message.kept_media]


def is_filing(conversation: Conversation) -> bool:
    """Tell whether the citizen is in the middle of a draft (a question or a rating waits for it to end)."""
    return State(conversation.state) in FILING


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


def awaits_reply(session: Session, contact: Contact) -> bool:
    """Whether this person's conversation waits for their reply: a question's answer or a rating (its reason or
    comment too), or a prompt they have been shown."""
    conversation = contact.conversation
    if conversation is None:
        return False
    return conversation.state in WAITS_FOR_REPLY or bool(prompts.settle(session, contact, conversation))
