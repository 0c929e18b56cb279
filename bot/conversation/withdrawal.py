"""A wish to withdraw one's complaint ("cabut aja laporan saya, udah beres"): passed to whoever handles it, who
closes it; while a question to the citizen waits, the wish is asked first (it may be the answer)."""

from __future__ import annotations

from bot.commands import match_phrase
from bot.conversation import understanding
from bot.conversation.states import STAY, Next
from bot.conversation.turn import Turn
from bot.conversation.understanding import Intent
from bot.conversation.vocabulary import YES_CHOICES
from bot.messages import STATUS_NAMES, t
from lapor import complaints
from lapor.routing import complaint_text
from models import Complaint
from models.vocab import Event


def open_complaints(turn: Turn) -> list[Complaint]:
    """The citizen's own complaints still open (to be added to), newest first."""
    return [c for c in complaints.citizen_complaints(turn.session, turn.contact, limit=20)
            if c.status in complaints.OPEN_STATUSES]


def complaint_items(found: list[Complaint]) -> str:
    """The complaints as list lines: reference, title, status."""
    return "\n".join(t("similar_item", reference=c.reference, title=c.title, status=STATUS_NAMES[c.status])
                     for c in found)


NOVEL_MATTER_MIN = 4  # words a message shares none of with the complaint, when no agency's words were found
OWN_WORDS_MIN = 2  # the same in a message with no sign of being about the complaint (no "still not done")


def tells_another_matter(turn: Turn, complaint: Complaint, own_words: int | None = NOVEL_MATTER_MIN,
                         text: str | None = None) -> bool:
    """Whether a message tells of a matter other than `complaint`'s: a thing complained of that the complaint does
    not name or names only as its place ("jalan … masih rusak" beside rubbish spilling onto the road), words of
    another agency than the complaint's (the directory's keyword router: "lampu jalan … mati"
    beside a rubbish complaint is the transport agency's), or, when no agency's words are found, several words of
    its own (`own_words`) and none of the complaint's ("klaim JKM almarhum suami sudah 2 bulan belum cair"). A
    question after progress passes None: its words of its own are a grievance ("WOY KAPAN DIBERESIN!!! …, bayar pajak
    tiap taun"), and only another thing or another agency's words tell another matter. `text`: the words to read,
    when not the whole message's."""
    text = turn.text if text is None else text
    about = f"{complaint.title} {complaint.description}"
    if understanding.tells_of_another_thing(text, about) or understanding.troubles_its_place(text, about):
        return True
    if _answers_its_news(complaint, text):  # "tapi kapan dikeruk? airnya tetap tidak mengalir" after "… dikeruk"
        return False
    found = another_agencys_words(turn, complaint, text)
    if found is not None:
        return found
    if own_words is None:
        return False
    # the report's own words ("mas laporan saya itu sebenarnya sudah diperbaiki sebagian") tell no other matter
    told = " ".join(w for w in text.split() if w.lower().strip(",.?!") not in understanding.REPORT_WORDS)
    shared, own = understanding.words_against(told, about)
    return not shared and own >= own_words


AGENCY_NEWS = frozenset({Event.FOLLOW_UP, Event.FINAL_ANSWER, Event.QUESTION})


def _answers_its_news(complaint: Complaint, text: str) -> bool:
    """Whether a message takes up the words of the agency's latest news on the complaint ("makasih pak, tapi kapan
    dikeruk?" after "minggu depan saluran dikeruk"): it speaks of that complaint, whatever other agency's words it
    holds besides ("airnya tetap tidak mengalir" read as the water company's, and offered as a new report)."""
    news = next((entry.text for entry in reversed(complaint.timeline)
                 if entry.event in AGENCY_NEWS and entry.text), None)
    return bool(news) and understanding.words_against(text, news)[0] > 0


def another_agencys_words(turn: Turn, complaint: Complaint, text: str) -> bool | None:
    """Whether the directory's keyword router finds another agency's words in a message than `complaint`'s
    agencies; None when it finds no agency's words."""
    from lapor.directory import keyword_router_for  # the web's first open complaint read this way builds it

    router = keyword_router_for(turn.session)
    found = router.suggest(text, limit=1)
    return found[0].code not in _agencies_of(router, complaint) if found else None


def _agencies_of(router, complaint: Complaint) -> set[str]:
    """The agencies a complaint is with or was suggested for: its dispositions and the suggestions kept when it was
    announced; its text routed only when it has neither yet (not routed again on every message)."""
    codes = {d.agency.code for d in complaint.dispositions}
    codes |= {s["code"] for s in complaint.routing_suggestions or []}
    return codes or {s.code for s in router.suggest(complaint_text(complaint.description, complaint.location_text))}


def complaint_in_words(candidates: list[Complaint], text: str) -> Complaint | None:
    """Of several complaints, the only one sharing most words with a message ("gimana yg jalan rusak"), or None."""
    found = complaints_in_words(candidates, text)
    return found[0] if len(found) == 1 else None


def complaints_in_words(candidates: list[Complaint], text: str) -> list[Complaint]:
    """The complaints sharing most words with a message, alike: one, several when its words cannot tell, or none."""
    return [candidates[at] for at in understanding.all_most_alike(text, [f"{c.title} {c.description}"
                                                                         for c in candidates])]


def withdraw(turn: Turn, wanted: Intent) -> Next:
    """Passes the citizen's wish to withdraw their open complaint (the one named, else the only one) to whoever
    handles it, with how to close it: a person decides and closes it, as every archive has a reason someone gave."""
    open_ = open_complaints(turn)
    named = [c for c in open_ if c.number == wanted.number]
    if wanted.number is None and len(open_) > 1:  # "yg sampah dicabut aja": the one its words are about
        named = [found] if (found := complaint_in_words(open_, wanted.rest)) is not None else []
    if wanted.number is not None and not named:
        turn.say("withdrawal_unknown", reference=f"LPR-{wanted.number}")
    elif not open_:
        turn.say("withdrawal_none")
    elif not named and len(open_) > 1:
        turn.say("withdrawal_which", items=complaint_items(open_), reference=open_[0].reference)
    else:
        complaint = (named or open_)[0]
        complaints.add_evidence(turn.session, complaint, wanted.rest, turn.now, withdrawal=True)
        turn.say("withdrawal_relayed", reference=complaint.reference)
    return STAY


ASKED = "withdrawal_asked"  # the wish to withdraw asked about while a question waits: {"number", "text"}
# The cheap look before the wish is read: the stems of WITHDRAW_VERBS ("cabut", "dibatalin", "ditarik", "dihapus")
WITHDRAW_STEMS = ("cabut", "batal", "tarik", "hapus")


def wish_while_asked(turn: Turn, text: str, about: Complaint | None) -> dict | None:
    """While a question to the citizen waits (about `about`'s complaint), a message wishing to withdraw a complaint
    ("cabut aja laporan saya pak, udah saya tambal sendiri") is asked about before it goes anywhere, as it may be
    the answer (it was relayed to the officer as one): the wish to remember ({"number", "text"}) once asked, else
    None."""
    lowered = turn.text.lower()
    if not any(stem in lowered for stem in WITHDRAW_STEMS):
        return None
    wanted = understanding.intent(turn.text)
    if wanted is None or wanted.name != "WITHDRAW":
        return None
    open_ = open_complaints(turn)
    named = [c for c in open_ if c.number == wanted.number] if wanted.number is not None else []
    if not named and wanted.number is None:
        found = open_[0] if len(open_) == 1 else complaint_in_words(open_, text) if open_ else None
        named = [found or about] if (found or about) in open_ else []
    if not named:
        return None
    complaint = named[0]
    turn.say("withdrawal_confirm", reference=complaint.reference, title=complaint.title)
    return {"number": complaint.number, "text": turn.text.strip()}


KEEP_WORDS = frozenset({"jangan", "gak", "ga", "nggak", "enggak", "tidak", "tdk", "batal", "gajadi", "ndak"})


def confirmed(turn: Turn, asked: dict | None) -> Next | None:
    """The yes to a wish to withdraw asked about (wish_while_asked): the wish goes on; a no ("tidak pak", "jangan
    dulu") keeps the complaint (it was relayed to the officer as the answer); None for anything else (read as it
    would be: the answer the question waits for)."""
    if not asked:
        return None
    if match_phrase(turn.text, YES_CHOICES) or understanding.means_yes(turn.text):
        return withdraw(turn, Intent("WITHDRAW", asked["number"], asked["text"]))
    said = understanding.content(turn.text)
    if understanding.means_no(turn.text, frozenset({"jadi", "dulu", "jangan"})) or (
            said and said[0] in KEEP_WORDS and len(said) <= 3):
        return kept_asked(turn, asked)
    return None


def kept_asked(turn: Turn, asked: dict) -> Next:
    """A no to the withdrawal asked about: nothing is withdrawn, and the question still waits for its answer."""
    turn.say("withdrawal_kept", reference=f"LPR-{asked['number']}")
    return STAY
