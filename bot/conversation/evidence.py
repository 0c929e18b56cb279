"""After filing: evidence (a message, photo or pin naming one of the citizen's open complaints, `LPR-4 tambahan: …`,
a photo captioned "bukti utk LPR-4") is attached to it and passed to whoever handles it; a request for more privacy
("tolong nama saya dirahasiakan") raises the complaint's privacy; a wish to withdraw it goes to whoever handles it."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.commands import is_thanks
from bot.conversation import story_place, understanding
from bot.conversation.answers import message_content, pin_line
from bot.conversation.states import STAY, Next
from bot.conversation.turn import Turn
from bot.conversation.understanding import Intent
from bot.conversation.withdrawal import complaint_in_words, complaint_items, open_complaints, tells_another_matter
from bot.messages import PRIVACY_NAMES, STATUS_NAMES, and_list, received, t
from lapor import complaints
from lapor.media import kind_counts
from models import Complaint

PENDING_ADDITION = "addition"  # the words of an addition while it is asked which complaint it is for
# Conversation data: the complaint a photo was just announced for ("saya mau nambahin foto", "ini tambahan foto
# lubangnya makin lebar") and when; a photo sent alone soon after goes to it without asking which
MEDIA_AWAITED = "media_awaited"
MEDIA_AWAITED_FOR = timedelta(minutes=30)
MEDIA_NAMED = frozenset({"foto", "gambar", "video", "vidio", "rekaman", "dokumentasi", "poto", "pict", "pic"})
# Conversation data: the complaint whose place was just said to be wrong with no place given ("salah alamat pak"),
# with those words: the next message (the right address, or a pin) goes to it with them. It holds for one message.
PLACE_AWAITED = "place_awaited"


def list_complaints(turn: Turn, found: list[Complaint]) -> str:
    """The complaints as list lines (complaint_items), remembered for the next message: a bare "2" then names LPR-2
    (it was the menu's "cek status")."""
    turn.listing = [c.number for c in found]
    return complaint_items(found)


def add_evidence(turn: Turn, wanted: Intent, kept: list[dict] | None = None, kept_pin: bool = False) -> Next:
    """Attaches what the message carries (and `kept`: photos sent before, kept in the draft, which then leave it;
    with `kept_pin`, the pin kept in the draft, which leaves it too) to the complaint it names (the only open one
    when it names none, else the only one its words are about), or asks which complaint it is for (its words kept
    for the number that answers)."""
    open_ = open_complaints(turn)
    named = [c for c in open_ if c.number == wanted.number]
    if wanted.number is not None and not named:
        turn.say("evidence_unknown", reference=f"LPR-{wanted.number}")
        return STAY
    if not open_:
        turn.say("evidence_none")
        return STAY
    if not named and len(open_) > 1 and wanted.rest.strip():  # "tambahan pak, lubangnya makin besar": the road's
        named = [found] if (found := complaint_in_words(open_, wanted.rest)) is not None else []
    if not named and len(open_) > 1:
        turn.say("evidence_which", items=list_complaints(turn, open_), reference=open_[0].reference)
        if wanted.rest.strip() and not kept and not turn.media():  # kept for the number that answers ("2")
            turn.conversation.data = {**turn.data, PENDING_ADDITION: wanted.rest[:complaints.MAX_DESCRIPTION_CHARS]}
        return STAY
    complaint = (named or open_)[0]
    if not (kept or kept_pin or turn.media() or turn.message.location) and _still_to_come(turn, complaint, wanted):
        return STAY
    draft = turn.draft
    has_pin = kept_pin and draft.latitude is not None
    pinned = pin_line(draft.latitude, draft.longitude, draft.location_text) if has_pin else ""
    words = wanted.rest
    if (kept or turn.media()) and understanding.only_shows_photo(words):  # "tambahan foto", "ini fotonya" with
        words = ""  # the photos: they are the addition, "(lampiran)" (officers read "foto" before)
    added = message_content(turn, "\n".join(filter(None, (words, pinned))), kept or [])
    if added is None:
        turn.say("evidence_empty", reference=complaint.reference)
        return STAY
    complaints.add_evidence(turn.session, complaint, added["text"], turn.now, media=added["photos"])
    turn.draft.photos = [photo for photo in turn.draft.photos if photo not in (kept or [])]
    if pinned:
        draft.latitude = draft.longitude = draft.location_text = None
    _thank(turn, complaint, added["photos"], wanted.rest)
    return STAY


def _still_to_come(turn: Turn, complaint: Complaint, wanted: Intent) -> bool:
    """Whether the words announce what is still to come, asked for: a photo or words ("saya mau nambahin foto"), or
    the right address ("salah alamat pak", passed on with these words once it comes)."""
    if understanding.bare_place_correction(wanted.rest):
        turn.say("place_correction_asked", reference=complaint.reference)
        turn.conversation.data = {**turn.data, PLACE_AWAITED: {"number": complaint.number, "said": wanted.rest}}
        return True
    coming = understanding.announces_addition(wanted.rest, f"{complaint.title} {complaint.description}")
    if coming is None:
        return False
    turn.say("evidence_media_awaited" if coming == "media" else "evidence_empty", reference=complaint.reference)
    if coming == "media":
        await_media(turn, complaint)
    return True


def _thank(turn: Turn, complaint: Complaint, photos: list[dict], words: str) -> None:
    """Say the addition was passed on; with a photo sent in this message, or words of one to follow ("ini tambahan
    foto …"), the next photo sent alone soon goes to the same complaint (photos kept from long before do not)."""
    turn.say("evidence_thanks", reference=complaint.reference)
    if photos:
        turn.say("photo_received", received=received(kind_counts(m["content_type"] for m in photos)))
    if turn.media() or {w.removesuffix("nya") for w in understanding.chat_words(words)} & MEDIA_NAMED:
        await_media(turn, complaint)


def await_media(turn: Turn, complaint: Complaint) -> None:
    turn.conversation.data = {**turn.data, MEDIA_AWAITED: {"number": complaint.number, "at": turn.now.isoformat()}}


def awaited_media_added(turn: Turn) -> Next | None:
    """A photo sent alone (or with words that only point at it or show it: "ini pak", "ini fotonya lagi") within
    MEDIA_AWAITED_FOR of an addition that announced one for an open complaint is added to it (it was asked "Apakah
    ini untuk laporan Anda LPR-1?" right after "Silakan kirim fotonya … kami lampirkan pada LPR-1"); None
    otherwise."""
    awaited = turn.data.get(MEDIA_AWAITED)
    if not awaited or turn.kept_attachment != "photo":
        return None
    if turn.now - datetime.fromisoformat(awaited["at"]) > MEDIA_AWAITED_FOR:
        return None
    complaint = next((c for c in open_complaints(turn) if c.number == awaited["number"]), None)
    if complaint is None:
        return None
    caption = _caption_of_awaited(turn, complaint)
    if caption is None:
        return None
    sent = turn.media()  # kept in the draft already: added once, as this message's
    result = add_evidence(turn, Intent("EVIDENCE", awaited["number"], caption))
    turn.draft.photos = [photo for photo in turn.draft.photos if photo not in sent]
    return result


def _caption_of_awaited(turn: Turn, complaint: Complaint) -> str | None:
    """The words to pass on with a photo awaited for `complaint`: none for a caption that only shows or points at it
    ("ini fotonya lagi"), the caption itself when it says what the photo shows ("Foto papan lantai jembatan sisi
    barat", "kondisi pagi ini, makin tinggi": it was offered as a new report, the photo held from the officer); None
    when it tells another matter or asks for something else (read as ever)."""
    text = turn.text.strip()
    if not text or understanding.only_points(text) or understanding.only_shows_photo(text):
        return ""
    if understanding.intent(text) is not None or understanding.asks_about(text):
        return None
    if tells_another_matter(turn, complaint) or _shows_another_one(text, complaint):
        return None
    return text


# Words saying a photo shows another one than the complaint's ("yang ini di gang sebelah, beda lagi", "ada lagi
# yg di depan pasar", "ini tempat lain pak")
ANOTHER_ONE = frozenset("lain lainnya lagi baru beda berbeda bedanya sebelah juga".split())


def _shows_another_one(text: str, complaint: Complaint) -> bool:
    """Whether a photo's caption says it shows another one, or names a place the complaint does not ("ini di jl
    melati": it was added to the complaint announced and relayed as the same)."""
    if set(understanding.content(text)) & ANOTHER_ONE:
        return True
    place = story_place.place_in_story(text)
    if place is None:
        return False
    known = set(understanding.chat_words(f"{complaint.location_text} {complaint.title} {complaint.description}"))
    named = [w for w in understanding.chat_words(place) if w not in story_place.MARKERS]
    return bool(named) and not set(named) & known


def awaited_place_given(turn: Turn, awaited: dict | None) -> Next | None:
    """The address typed (or the pin sent) right after the place of a complaint was said to be wrong with none
    given ("salah alamat pak", then "jl melati no 15"): added to it with those words (the address got the status and
    "Pesan Anda belum kami teruskan"). A command, a question or thanks is read as ever: None."""
    if not awaited or turn.media() or not any(c.number == awaited["number"] for c in open_complaints(turn)):
        return None
    pinned = turn.message.location is not None
    if not pinned and (not turn.text.strip() or understanding.intent(turn.text) is not None
                       or understanding.asks_about(turn.text) or is_thanks(turn.text)):
        return None
    text = awaited["said"] if pinned and not turn.text.strip() else f"{awaited['said']}\n{turn.text.strip()}"
    result = add_evidence(turn, Intent("EVIDENCE", awaited["number"], text))
    if pinned:  # kept in the draft on its way in: it went with the addition
        turn.draft.latitude = turn.draft.longitude = turn.draft.location_text = None
    return result


def protect(turn: Turn, wanted: Intent) -> Next:
    """More privacy for the complaint named (else the only one that can take it), or ask which: its privacy is raised
    and what is not sent yet is written again; agencies told before are named (the verifiers are asked to help)."""
    mine = [c for c in complaints.citizen_complaints(turn.session, turn.contact, limit=20)
            if c.status in (*complaints.OPEN_STATUSES, complaints.DONE) and c.closed_at is None]
    named = [c for c in mine if c.number == wanted.number] if wanted.number is not None else mine
    if not named:
        turn.say("protect_none" if wanted.number is None else "evidence_unknown", reference=f"LPR-{wanted.number}")
        return STAY
    if len(named) > 1:
        items = "\n".join(t("similar_item", reference=c.reference, title=c.title, status=STATUS_NAMES[c.status])
                          for c in named)
        turn.say("protect_which", items=items, reference=named[0].reference)
        return STAY
    complaint = named[0]
    if not complaints.protect_reporter(turn.session, complaint, wanted.rest, turn.now):
        turn.say("protected_already", reference=complaint.reference, privacy=PRIVACY_NAMES[complaint.privacy])
        return STAY
    told = [d.agency.name for d in complaint.dispositions]
    said = t(f"protected_{wanted.rest}", reference=complaint.reference)
    turn.replies.append(said + (t("protected_already_told", agencies=and_list(told)) if told else ""))
    return STAY
