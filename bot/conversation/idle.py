"""The idle citizen and the first message: the menu, filing, status, help, the answer to a question, TIDAK PUAS,
or a long message offered as the complaint's description."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from bot import outbox, prompts
from bot.commands import (
    APOLOGIES,
    THANKS,
    is_acknowledgement,
    is_pleasantry,
    is_thanks,
    match_phrase,
    words,
)
from bot.conversation import offices, over_budget, understanding
from bot.conversation import vocabulary as vocab
from bot.conversation.answers import (
    ANSWER_FOR,
    answers_question,
    continues_answer,
    offered_answer,
    only_acknowledges,
    remind_open,
)
from bot.conversation.echo import echoed_complaint
from bot.conversation.evidence import (
    MEDIA_AWAITED,
    PENDING_ADDITION,
    PLACE_AWAITED,
    add_evidence,
    await_media,
    awaited_media_added,
    awaited_place_given,
    list_complaints,
    protect,
)
from bot.conversation.filing import (
    BURST,
    MEDIA_AT,
    PHOTO_AT,
    PHOTO_WORDS,
    advance,
    caption_is_address,
    keep_attachments,
    no_photo,
    photo_burst,
    say_not_kept,
    say_photos_done,
    story_sent_again,
)
from bot.conversation.rating import (
    JUST_REOPENED,
    MOVE_WORDS,
    moved_away,
    not_fixed_after_rating,
    rated_late,
    rating_corrected,
    score_after_reopening,
    start_reopen,
    thanked_when_done,
)
from bot.conversation.states import STAY, Next, State, again, back_to_idle, go
from bot.conversation.status import show_named, show_status
from bot.conversation.story_place import place_as_stored, place_in_story
from bot.conversation.turn import Turn, greeting_back, is_greeting
from bot.conversation.vocabulary import IDLE_CHOICES, YES_CHOICES
from bot.conversation.withdrawal import (
    OWN_WORDS_MIN,
    another_agencys_words,
    complaint_in_words,
    complaint_items,
    complaints_in_words,
    open_complaints,
    tells_another_matter,
    withdraw,
)
from bot.messages import REFERENCE_PLACEHOLDER, STATUS_NAMES, and_list, excerpt, received, t
from lapor import complaints
from lapor.media import CANCELLED_DRAFT, kind_counts
from lapor.phones import typed_phone
from lapor.references import marked_reference, split_reference
from lapor.spacing import spaced
from models import Complaint
from models.vocab import DispositionStatus

# The words of the filing steps' answers ("no photo", "skip", "public", "kirim"): typed after an offer, they are
# answers to questions not asked yet, never more of the story.
STEP_WORDS = (frozenset(vocab.SKIP_CHOICES) | frozenset(vocab.PRIVACY_CHOICES) | frozenset(vocab.CONFIRM_CHOICES)
              | frozenset(vocab.KIND_CHOICES) | understanding.NEGATION
              | {"no", "none", "foto", "photo", "skip", "public", "publik", "private", "send", "yes", "ada"})
NEW_NUMBER_CLAIM = "new_number_claim"  # the words of a claim of a new number while asked which complaint it means
CLAIM_PASSED = "claim_passed"  # the complaint a claim of a new number was just passed on for (its number)
# What may come with the reference answering it: "lpr 1 pak", "laporan no 12", "nomor laporannya LPR-12"
NAMING_A_CLAIM = frozenset({"nomor", "nomer", "no", "nmr", "laporannya", "laporan", "saya", "sy", "ini", "itu",
                            "yang", "yg", "lama"})
ABOUT_FILED = {"EVIDENCE": add_evidence, "PROTECT": protect, "WITHDRAW": withdraw}  # about a complaint filed before
OFFER_TAKEN = {"kirim": "YES", "send": "YES", "lanjut": "YES", "pakai": "YES", "boleh": "YES"}
# What may come with TAMBAHAN after an offer besides more words of the story ("iya tambahan ke laporan saya aja")
OFFER_ADDITION_WORDS = understanding.EVIDENCE_WORDS | {"ya", "ke", "untuk", "laporan", "saya", "aku", "yang", "itu",
                                                       "ini", "lpr", "nomor", "no"}
OFFER_MIN_WORDS = 6
# What a wish to file may name without telling anything yet ("i want to report a problem", "mau lapor masalah")
NAMES_NO_PROBLEM = frozenset({"a", "an", "the", "problem", "issue", "masalah", "hal", "sesuatu", "something",
                              "keluhan", "aduan", "lapor", "laporan", "pengaduan", "saya", "aku", "kami", "ini",
                              "beberapa", "banyak", "macam", "things"}  # "mau lapor 2 hal", "beberapa hal"
                             # "this" and words of address after the wish ("aku arep lapor iki lur", "mau lapor ni
                             # bro"): they were the start of the story told next ("iki lur saluran irigasi …")
                             | understanding.THIS | {"itu", "iku", "kuwi", "nih", "tuh", "lur", "dulur", "bro", "sis"})
PRIVACY_FIRST_MAX_WORDS = 25  # a wish to report asking to stay unknown first; a longer message tells a story
RUN_ON_MAX_WORDS = 3  # a short message with a word typed without spaces is read spaced ("lampujalanmati")
OFFER_MIN_CHARS = 30
# A reply to photos offered to an open complaint asking for a new one instead ("buat yg baru", "bukan, laporan lain")
NEW_ONE = frozenset({"baru", "lain", "beda", "berbeda"})
NEW_ONE_WORDS = (NEW_ONE | understanding.NEGATION | understanding.WANT | understanding.FILE_VERBS
                 | understanding.REPORT_WORDS | {"yang", "yg", "ini", "itu", "untuk", "jadi", "masalah", "hal", "soal"})
RECENT_NEWS = timedelta(days=14)  # a message without a reference is about the complaint last heard of within it
# The data key of an offer of what was sent while idle (photos, voice notes, documents: kept in the draft) to the
# citizen's open complaint: {"caption": what came with it}. It holds for the next message only.
PHOTOS_OFFERED = "photos_offered"
RESUMES = "resumes"  # an expired draft's answers besides its story, offered again with it (`answers_kept`)
# The parts of a draft a citizen answered besides the story: kept when the draft expires, to be taken up again
ANSWERS = ("kind", "location_text", "latitude", "longitude", "photos", "photo_step_done", "place_skipped", "privacy")
MENU_SHOWN = timedelta(minutes=10)  # a message within it that no intent reads gets the short menu
BUBBLES_WINDOW = timedelta(minutes=30)  # short bubbles of one story ("di desa kami", "lampu jalan mati") come within it


# CANCELLED_DRAFT: a draft just cancelled (fallbacks.on_cancel), for the next message only


def _cancel_undone(turn: Turn, cancelled: dict | None) -> Next | None:
    """"eh jangan batal", "kepencet" right after BATAL: the draft dropped comes back where it was (it was lost)."""
    if not cancelled or turn.draft != complaints.Draft() or not understanding.undo_cancel_asked(turn.text):
        return None
    turn.draft = complaints.Draft.from_data(cancelled)
    turn.say("cancel_undone")
    return advance(turn)


def on_idle(turn: Turn) -> Next:
    """Starts filing, shows status or help, takes the answer to a question, offers a long message as a complaint,
    or shows the menu."""
    # The offers this message came after (a story, see on_offer; photos, see _offer_photos): this read only
    earlier, offered = turn.data.get("earlier"), turn.data.get(PHOTOS_OFFERED)
    addition = turn.data.get(PENDING_ADDITION)  # an addition's words while asked which complaint: this read only
    cancelled = turn.data.get(CANCELLED_DRAFT)  # the draft BATAL dropped just before: this read only
    claim = turn.data.get(NEW_NUMBER_CLAIM)  # a new number asked which complaint it claims: this read only
    passed = turn.data.get(CLAIM_PASSED)  # a claim of a new number passed on just before: this read only
    resumes = turn.data.get(RESUMES)  # the expired draft's answers, with the story `earlier`: this read only
    place = turn.data.get(PLACE_AWAITED)  # "salah alamat pak" just before: this read only
    chain = turn.data.get(CHAIN_TOLD)  # a chain message answered just before: this read only
    past_budget = turn.data.get(over_budget.NOTE_NEXT)  # told the number is past its budget: this read only
    reopened = turn.data.get(JUST_REOPENED)  # the complaint the message before reopened: this read only
    turn.conversation.data = {key: value for key, value in turn.data.items() if key not in (
        "earlier", PHOTOS_OFFERED, PENDING_ADDITION, CANCELLED_DRAFT, NEW_NUMBER_CLAIM, RESUMES, PLACE_AWAITED,
        CHAIN_TOLD, CLAIM_PASSED, over_budget.NOTE_NEXT, JUST_REOPENED)}
    _read_first(turn)
    _sickness_told(turn, earlier)
    continued = (over_budget.note_next(turn, past_budget) or score_after_reopening(turn, reopened)
                 or _cancel_undone(turn, cancelled) or _claim_named(turn, claim) or _claim_told_more(turn, passed)
                 or awaited_place_given(turn, place) or _awaited_with_caption(turn)
                 or _chain_truth_asked(turn, chain) or _echo(turn) or continues_answer(turn)
                 or _listed_picked(turn, earlier, offered, addition)
                 or _story_not_filed(turn, earlier, offered))
    if continued is not None:
        return continued
    choice = _menu_choice(turn.text, earlier)
    rest = understanding.unsatisfied(turn.text)
    reopened = start_reopen(turn, rest) if rest is not None else None
    if reopened is STAY and earlier:  # closed for good: the story offered before is still offered, as a new one
        return _offer(turn, earlier)
    # "lapor di sini bayar gak?" is answered before it is read as a wish to file
    free = reopened is None and choice is None
    answered = (_staff_claimed(turn) or _reference_named_alone(turn) or answers_question(turn)
                or _filing_for_told(turn) or _number_moving(turn)
                or (_threatened(turn) if not earlier else None)
                or _temper_regretted(turn, earlier, offered)
                or _not_the_regions(turn)  # an official's own number before any person's
                or (_person_asked(turn) if not earlier else None) or _contact_asked(turn) or _handler_asked(turn)
                or _office_asked(turn, earlier) or _about_service(turn, earlier) or _help_asked(turn, earlier)
                or _anothers_asked(turn)
                or _by_another(turn) or _reported_elsewhere(turn, earlier)
                or _privacy_first(turn) or _rather_speak(turn, offered) or _where_left(turn, earlier)
                or _moved_house(turn) or _moved_asked(turn) or rating_corrected(turn, earlier)
                or rated_late(turn, earlier) or not_fixed_after_rating(turn, earlier) or _new_number(turn)
                or thanked_when_done(turn) or _thanked_for_handling(turn) or _signed_or_going(turn)
                or (_archived_argued(turn) or _done_alone(turn) if not earlier else None)) if free else None
    if reopened or answered:
        return reopened or answered
    choice, told = (choice, "") if choice else _number_then_more(turn.text)  # "1 krn udh parah", "2, mau cek"
    wanted = understanding.intent(turn.text) if choice is None else None
    about = _about_filed(turn, wanted, earlier, offered) if choice is None else None
    if about is not None:
        return about
    swiped = _swiped_onto(turn) if choice is None and wanted is None else None
    if swiped is not None:
        return _reply_to_notice(turn, swiped, earlier, offered)
    keep_attachments(turn)
    several = (choice is None and wanted is None and understanding.several_matters(turn.text)  # "ada 2 masalah"
               and not _looks_like_complaint(turn.text))
    if choice == "FILE" or several or (wanted is not None and wanted.name == "FILE"):
        return _start_filing(turn, wanted.rest if wanted else told, earlier, resumes,
                             asked=wanted is not None and wanted.asked)
    if wanted is not None and wanted.name == "FOLLOW":
        return _follow(turn, wanted.number)
    if choice == "STATUS" or (wanted is not None and wanted.name == "STATUS"):
        return _status(turn, wanted, earlier, offered)
    if choice == "BANTUAN":
        turn.say("help")
        return STAY
    return _otherwise(turn, earlier, offered) if choice is None else _kept_then_menu(turn, offered)


LISTED_SMALL = frozenset({"ke", "itu", "yang", "lpr", "laporan", "untuk", "utk", "buat"})

CHAIN_TOLD = "chain_told"  # conversation data: the chain message just answered ({"text", "at"})
CHAIN_KEPT_CHARS = 1000
CHAIN_WINDOW = timedelta(hours=1)


def _chain_truth_asked(turn: Turn, chain: dict | None) -> Next | None:
    """Whether the chain message just answered is true, asked right after it ("ini bener gak pak?", "hoax bukan
    min"): no one here can say, the agency can: offered as a request for information quoting it (it got the menu,
    or was offered as a report of its own words). None for anything else."""
    if not chain or turn.message.media or turn.now - datetime.fromisoformat(chain["at"]) > CHAIN_WINDOW:
        return None
    if not understanding.asks_if_true(turn.text):
        return None
    question = t("chain_question", chain=chain["text"])
    turn.say("chain_truth_unknown")
    return _offer(turn, question)


def _echo(turn: Turn) -> Next | None:
    """Our notice forwarded or pasted back ("ini gmn min? Laporan LPR-1 sudah diverifikasi …"): the status of the
    complaint it is about (it was offered as a new complaint); None for anything else."""
    echoed = echoed_complaint(turn)
    if echoed is None:
        return None
    turn.say("echo_status", reference=echoed.reference)
    show_status(turn, echoed.reference)
    return STAY


def _listed_picked(turn: Turn, earlier: str | None, offered: dict | None, addition: str | None) -> Next | None:
    """A bare number ("2", "yg 2 pak", "no 2") right after a reply listed the citizen's complaints names one of
    them, not the menu's choice: the story, photos or addition offered are added to it, else it is shown. "1"
    to a story or photos offered still files a new complaint (as YA). None for anything else."""
    if not turn.listed or turn.message.media:
        return None
    said = [w for w in understanding.choice_text(turn.text).split() if w not in LISTED_SMALL]
    if len(said) != 1 or not said[0].isdigit() or int(said[0]) not in turn.listed:
        return None
    number = int(said[0])
    if number == 1 and (earlier or offered) and not addition:  # YA to the offer ("ketik 1"), as it says
        return None
    if addition:  # "Tambahan ini untuk laporan yang mana?" answered "2": the words told go to LPR-2
        return add_evidence(turn, understanding.Intent("EVIDENCE", number, addition))
    if earlier or offered:
        return _add_offered(turn, understanding.Intent("EVIDENCE", number, ""), earlier, offered)
    show_status(turn, f"LPR-{number}")
    return STAY


REPORT_NUMBERED = re.compile(r"^\W*(?:(?:no|nomor|nmr|nomer)\W*)?(?:laporan|lap|aduan|pengaduan|tiket)\b",
                             re.IGNORECASE)


def _reference_named_alone(turn: Turn) -> Next | None:
    """A reference typed with a word and nothing else ("no 12345", "nomor laporan 12", "laporan no. 7 ?"): that
    complaint's status, or that it is not found here (it got «Maaf, kami belum paham»). None for anything else ("no
    3 rumah" counts houses)."""
    text = turn.text.strip()
    marked = marked_reference(text)
    if marked == text:
        return None
    number, rest = split_reference(marked, bare=False)
    if number is None or [w for w in words(rest) if w not in understanding.FILLER]:
        return None
    show_named(turn, [number])
    return STAY


def _status(turn: Turn, wanted: understanding.Intent | None, earlier: str | None, offered: dict | None) -> Next:
    """The citizen's complaints (or those named); a story offered before stands, said so (it was dropped)."""
    named = (understanding.numbers_named(turn.text) or [wanted.number]) if wanted and wanted.number else []
    if not named and not earlier and understanding.names_a_problem(turn.text):
        # "mohon laporan warga soal pungli di desa kami ditindaklanjuti" from a number with none, or none about
        # pungli: the report itself
        mine = complaints.citizen_complaints(turn.session, turn.contact, limit=20, following=True)
        if not understanding.problem_told_in(turn.text, [f"{c.title} {c.description}" for c in mine]):
            offer = turn.text[:complaints.MAX_DESCRIPTION_CHARS]
            references = and_list([c.reference for c in mine[:3]])
            turn.say("status_other_offer" if mine else "status_none_offer", excerpt=excerpt(offer, 300),
                     references=references)
            return go(State.OFFER, offer=offer)
    if named:  # "ini lpr 1 sama lpr 2 gimana": each one named
        show_named(turn, named)
    else:
        show_status(turn, "")
    if earlier:
        remind_offer(turn, earlier)
        return _offer_stands(earlier, offered)
    return STAY


def _story_not_filed(turn: Turn, earlier: str | None, offered: dict | None) -> Next | None:
    """A story offered or told in bubbles that the citizen takes for filed: "kirim" or "iya" after bubbles files
    it; an answer to a step to come after bubbles ("lewati", "gak ada foto"), or a question of a report's progress
    with none open ("udah sampai mana laporan saya?"), says it is not filed yet and offers it. None otherwise."""
    if (turn.message.media or _menu_choice(turn.text, earlier) == "FILE"  # "1", ADUAN: filed as asked
            or understanding.asks_where_left(turn.text)):  # "lanjut yg tadi": shown where it was (_where_left)
        return None
    if not earlier and takes_offer(turn.text) and _bubbles_told(turn):
        # "iya", "kirim" to "… ketik 1 untuk membuat pengaduan": the bubbles filed, when they tell a problem ("sip"
        # after "pokoknya gitu deh", which got the menu, began a complaint with it as the story)
        return _start_filing(turn, "")
    told = earlier or _bubbles_told(turn)
    if not told:
        return None
    progress = (not turn.text.strip().isdigit() and understanding.asks_after_a_report(turn.text)
                and not open_complaints(turn))  # STATUS typed as a command: fallbacks.on_status
    later_step = not earlier and not turn.text.strip().isdigit() and _answers_a_later_step(turn)  # the menu's digits
    if not (progress or later_step):
        return None
    turn.conversation.data = {key: value for key, value in turn.data.items() if key not in ("bubbles", "bubbles_at")}
    turn.say("offer_still", excerpt=excerpt(told, 300))
    return go(State.OFFER, offer=told, **{PHOTOS_OFFERED: offered})


def _bubbles_told(turn: Turn) -> str:
    """The story told in short bubbles when it names a problem (shown back with how to file it), else ""."""
    told = _bubbles(turn)
    return told if told and (understanding.names_a_problem(told) or understanding.tells_a_lack(told)) else ""


def _menu_choice(text: str, earlier: str | None) -> str | None:
    """The menu's choice the message makes; after a story offered (the offer shows no menu) a bare "2" or "3"
    answers a step to come (anonim), not the menu. A number marked as a reference ("#1") is no choice."""
    if "#" in text and split_reference(text, bare=False)[0] is not None:
        return None
    if REPORT_NUMBERED.match(text) and marked_reference(text) != text:  # "laporan no 1", "nomor laporan 2": a
        return None  # reference ("no 1" alone may pick the menu's first line)
    choice = match_phrase(text, IDLE_CHOICES) or _number_word_choice(text)
    return None if earlier and choice in ("STATUS", "BANTUAN") and text.strip().isdigit() else choice


def _read_first(turn: Turn) -> None:
    """A short message with words typed without spaces ("lampujalanmati", "sayamaulapor") is read spaced; one that
    tells of an emergency happening now ("tolong!!! ada kebakaran di pasar") gets the emergency numbers first."""
    split = spaced_reading(turn.text)
    if split is not None:
        turn.message = replace(turn.message, body=split)
    if understanding.emergency(turn.text):
        if t("emergency") not in turn.replies:  # said already where filing read it first
            turn.say("emergency")
    elif understanding.violence_against_women_or_children(turn.text):
        turn.say("violence_help")


def _sickness_told(turn: Turn, earlier: str | None) -> None:
    """Someone ill now, told in this message or with the bubbles or the story offered before it ("anak saya muntah2
    habis makan MBG di sekolah", "badannya panas", "saya harus gimana ini"): where to take them, said once, when this
    message makes it so (the story was offered as a report, and nothing said of the child)."""
    if t("emergency") in turn.replies or not turn.text:
        return
    before = "\n".join(filter(None, (earlier, _bubbles(turn))))
    if understanding.sick_now(f"{before}\n{turn.text}") and not (before and understanding.sick_now(before)):
        turn.say("sickness_help")


def spaced_reading(text: str) -> str | None:
    """A short message read with its words typed without spaces split ("lampujalanmati" → "lampu jalan mati"), or
    None; the conversation's own long words stay as they are ("ditindaklanjuti", "perkembangannya")."""
    if len(text.split()) > RUN_ON_MAX_WORDS or set(understanding.chat_words(text)) & understanding.KNOWN_WORDS:
        return None
    return spaced(text)


REACHING = frozenset({"calls", "channels", "contacted"})  # service topics of reaching someone


def _help_asked(turn: Turn, earlier: str | None) -> Next | None:
    """A plea for help with nothing told ("bisa bantu saya?", "mau minta tolong"): asked to tell the problem, as one
    about to tell it (it got the whole menu); with a complaint open, STATUS named for it. None for anything else."""
    if earlier or turn.message.media or not understanding.asks_for_help(turn.text):
        return None
    turn.say("help_plea_filed" if open_complaints(turn) else "help_plea")
    return STAY


def _office_asked(turn: Turn, earlier: str | None) -> Next | None:
    """Where an agency's office is ("alamat dinas pupr dimana ya"): its name and how to reach it here."""
    return STAY if not turn.message.media and not earlier and offices.told_office(turn) else None


def _about_service(turn: Turn, earlier: str | None) -> Next | None:
    """A question about the service (its cost, how long it takes, who sees one's number) is answered with what to
    type next (a story offered before is offered again); "kapan ditanggapi?" with a complaint open asks its
    status."""
    topic = None if turn.message.media else understanding.service_question(turn.text)
    if topic is None or (topic == "duration" and open_complaints(turn)):
        return None
    wanted = understanding.intent(turn.text) if topic == "how" else None
    if wanted is not None and wanted.name == "FILE" and wanted.asked and wanted.rest:
        return None  # "kalo mau lapor lampu mati caranya gimana?": shown by filing it (the lamp was dropped)
    if (topic in REACHING and not understanding.names_this_number(turn.text)  # "boleh sy telpon nomor ini?": us
            and _question_to_agency(turn, turn.text) is not None):  # "siapa yg harus sy hubungi nanti"
        return None  # right after the agency's news: a question to it (offered as one), not how to reach us
    if topic in ("privacy", "readers") and not earlier and (mine := open_complaints(turn)):  # "nama saya kelihatan
        if topic == "readers":  # ga?"; "laporan saya bisa dilihat orang lain?": who reads, and what they see of one
            turn.say_about_service(topic)
        anonymous = mine[0].privacy == complaints.PRIVACY[-1]
        turn.say("privacy_filed_anonim" if anonymous else "privacy_filed_named", reference=mine[0].reference)
        return STAY
    turn.say_about_service(topic)
    told = understanding.told_after_question(turn.text)  # "ini nomor pengaduan ya? ada lubang besar di …"
    earlier = joined(earlier, told) if earlier and told else told or earlier
    if topic == "calls":  # "bisa telpon aja ga": a person asked for next gets more than how the service works
        turn.conversation.data = {**turn.data, PERSON_ASKED: turn.now.isoformat()}  # a new dict: kept
    if earlier:
        return _offer(turn, earlier)
    mine = open_complaints(turn) if topic == "calls" else []
    if mine:  # "bisa telpon aja ga" days after filing: how its officers are reached (it got the menu's line)
        turn.say("calls_filed", reference=mine[0].reference)
    elif topic != "how":  # that answer says what to type already
        turn.say("service_next")
    return STAY


def _by_another(turn: Turn) -> Next | None:
    """A report or photo to come from someone else's phone ("sy kirim lewat anak sy ya pak") is no complaint: what
    reaches which number is said, with what to type next. None for anything else."""
    if turn.message.media or not understanding.sent_by_another(turn.text):
        return None
    mine = open_complaints(turn)
    turn.say("by_another")
    turn.say("by_another_open" if mine else "service_next", reference=mine[0].reference if mine else "")
    return STAY


# Messages about nothing the service holds, each with its reply (answers.not_for_the_service keeps them from an asker)
NOT_THE_SERVICES = (("sent_by_mistake", understanding.sent_by_mistake),
                    ("message_through", understanding.asks_if_through),  # "tes masuk ga", "oke masuk ya"
                    ("language_asked", understanding.language_asked),
                    ("script_not_read", understanding.script_not_read),  # "أريد تقديم شكوى": it got the menu
                    ("data_deletion_asked", understanding.data_deletion_asked),  # "hapus data saya": the menu
                    ("off_topic_asked", understanding.off_topic_asked),
                    ("reported_by_phone", understanding.reported_by_phone),
                    ("venting", understanding.venting), ("jobs_asked", understanding.jobs_asked),
                    ("meant_for_another", understanding.meant_for_another))


def _not_the_regions(turn: Turn) -> Next | None:
    """A time of worship asked ("jam berapa sholat ied di alun2 besok?") or an official's own number ("nomor WA pak
    bupati berapa ya?"): said kindly what this service is for. None for anything else."""
    if turn.message.media:
        return None
    if understanding.worship_time_asked(turn.text):
        turn.say("worship_asked")
        return STAY
    said = next((key for key, reads in NOT_THE_SERVICES if reads(turn.text)), None)
    if said is not None:  # "maaf salah kirim", "bisa bahasa inggris?", "cuaca besok gimana", "lapor lewat telepon"
        turn.say(said)
        remind_open(turn)  # a question waiting is still asked
        return STAY
    if understanding.officials_number_asked(turn.text) and understanding.service_question(turn.text) != "whose":
        # "ini nomor pribadi pak bupati ya?" asks whose this number is: answered by _about_service
        turn.say("officials_number_asked")
        return STAY
    return None


def _reported_elsewhere(turn: Turn, earlier: str | None) -> Next | None:
    """A report made elsewhere and unanswered ("laporan saya di SP4N LAPOR sudah 2 bulan tidak direspon") from a
    number with no complaint here: it cannot be seen here, said so, and its words offered to be filed here. With a
    complaint here (it may have gone to SP4N-LAPOR! from here) it is read as usual. None for anything else."""
    if turn.message.media or earlier or not understanding.reported_elsewhere(turn.text):
        return None
    if complaints.citizen_complaints(turn.session, turn.contact, limit=1):
        return None
    if _wished_before_story(turn.text):  # "mau lapor, … sudah telp ke kantor PDAM tapi tidak diangkat": filed here,
        return None  # the office tried before is part of its story
    offer = turn.text[:complaints.MAX_DESCRIPTION_CHARS]
    turn.say("reported_elsewhere", excerpt=excerpt(offer, 300))
    return go(State.OFFER, offer=offer)


def _wished_before_story(text: str) -> bool:
    """Whether a message opens with a wish to file ("sy mau lapor pak, …", "saya ingin melaporkan …") and tells a
    story after it; "saya lapor lewat lapor.go.id tapi …" tells of a report made."""
    wanted = understanding.intent(text)
    if wanted is None or wanted.name != "FILE" or not wanted.rest:
        return False
    opening = text[:max(text.find(wanted.rest), 0)]
    return bool(set(understanding.standard_words(opening)) & understanding.WANT)


def _privacy_first(turn: Turn) -> Next | None:
    """A wish to report that asks, before telling anything, to stay unknown ("sy mau lapor tp takut ketauan
    tetangga, bisa ga nama sy ga dikasih tau?") is answered, and filing starts with that privacy: the question is no
    part of the story the agency reads. None for anything else."""
    text = turn.text
    said = set(understanding.standard_words(text))
    if (turn.message.media or not said & understanding.FILE_VERBS
            or len(words(text)) > PRIVACY_FIRST_MAX_WORDS or place_in_story(text) is not None):
        return None  # a story that asks for protection too ("… di SDN 1 Sukamaju, … tolong nama saya dirahasiakan")
    asked = understanding.protection_in_story(text) or understanding.protection_asked(text) or _choice_named(text)
    if asked is None:
        return None
    wanted = understanding.intent(text)
    told = wanted.rest if wanted is not None and wanted.name == "FILE" else ""
    if understanding.names_a_problem(text) and (not told or _story_beside_protection(told)):
        return None
    if told and _story_beside_protection(told):  # "sy mau lapor tetangga sy buang sampah …, tp sy gamau ketahuan"
        turn.draft.description = told.strip()[:complaints.MAX_DESCRIPTION_CHARS]
    elif topic := _topic_beside_protection(told):  # "mau lapor pungli pak, tp saya gak mau ketahuan namanya": the
        turn.conversation.data = {**turn.data, "story_begun": topic}  # topic begins the story told next (it was
        # filed with the wish in it, the privacy not said; or it was dropped)
    turn.draft.privacy = asked
    turn.say(f"privacy_first_{asked}")
    return advance(turn)


def _topic_beside_protection(told: str) -> str:
    """What a short wish to file names besides its wish for protection ("pungli pak", "soal pungutan liar"): the
    clauses that ask nothing of one's name, "" when they name nothing."""
    rest = " ".join(clause.strip() for clause in PROTECTION_CLAUSES.split(told or "")
                    if clause and clause.strip() and understanding.protection_asked(clause) is None
                    and _choice_named(clause) is None)
    named = {w for w in understanding.content(rest) if not w.isdigit()} - NAMES_NO_PROBLEM - understanding.FEARING
    return rest.strip(" ,.")[:complaints.MAX_DESCRIPTION_CHARS] if named else ""  # "tapi takut pak": no topic


def _choice_named(text: str) -> str | None:
    """The one privacy choice a wish to report names, not asked about ("sy mau lapor tp anonim ya"), or None."""
    named = set(understanding.standard_words(text)) & {"anonim", "rahasia"}
    return named.pop() if len(named) == 1 and "?" not in text else None


def _otherwise(turn: Turn, earlier: str | None, offered: dict | None = None) -> Next:
    """A message no intent reads: answers to later steps keep an offer standing; a story (or more of one) is offered
    as a complaint; a message opening with one's own complaint ("lpr 3 kok airnya mati lagi") shows it; else the
    menu."""
    followed = _followed_swiped_onto(turn)
    if followed is not None and not _looks_like_complaint(turn.text):  # "kapan diangkutnya pak?" to an update
        return _status_not_passed(turn, followed)
    stands = _wrapping_alone(turn, earlier, offered) or _reply_awaited(turn, earlier, offered) or (
        _document_labelled(turn, earlier)) or (
        _media_announced(turn) if not earlier else None) or (
        _offer_kept(turn, earlier, offered) if earlier else _kept_with_bubbles(turn)) or (
        _media_for_named(turn, offered) or _introduced(turn, earlier)) or _archived_argued(turn) or _person_asked(turn)
    if stands is not None:
        return stands
    asked = (_filed_story_again(turn, earlier) or _insulted(turn) or (_news_of_several(turn) if not earlier else None)
             or _progress_asked(turn, earlier)
             or (_still_not_done(turn) if not earlier else None))
    if asked is not None:
        return asked
    opened = _opens_with_own(turn, earlier, offered)
    if opened is not None:
        return opened
    shared = _shared_not_told(turn, earlier) or _complaint_after_question(turn, earlier)
    if shared is not None:
        return shared
    if (_looks_like_complaint(turn.text) or (earlier and _more_of_story(turn)) or _short_question(turn.text)
            or not turn.message.media and understanding.emergency(turn.text)):  # "pak ada orang tenggelam di kali":
        # it got the menu after the emergency numbers. A story told in several bubbles: each one joins what was
        # offered (or told in short bubbles) before it
        return _offer(turn, joined(earlier or _bubbles(turn), turn.text))
    number, _ = split_reference(turn.text, bare=False)  # opening with it: "TERUSKAN LPR-1" stays the menu
    if number is not None and complaints.citizen_complaint(turn.session, turn.contact, number) is not None:
        show_status(turn, f"LPR-{number}")
        return STAY
    talked = _talked_about(turn) or _closed_back(turn, earlier)
    if talked is not None:
        return talked
    if _is_bubble(turn):  # "di desa kami", "lampu jalan mati semua": a story told a few words at a time
        return _keep_bubble(turn)
    return _upset_met(turn, earlier) or _kept_then_menu(turn, offered)


def _wrapping_alone(turn: Turn, earlier: str | None, offered: dict | None) -> Next | None:
    """A bubble that is only a forward's header or footer ("*INFO PENTING*", "Diteruskan dari grup RT", "sebarkan!!")
    is no story and joins none: said so, what was offered stands (it was kept as a bubble and offered as a report
    once joined to the next). None for anything else."""
    if turn.message.media or not complaints.only_wrapping(turn.text):
        return None
    turn.say("forward_wrapping_only")
    return _offer_stands(earlier, offered)


def _question_then_complaint(earlier: str, text: str) -> bool:
    """Whether a message after a question offered as a request for information files a complaint of its own
    ("sekalian mau lapor, saluran air depan rumah mampet …" after "mau nanya jam buka dukcapil"): a wish to report
    and a problem, told at length; more of the question ("soalnya ktp saya rusak, syaratnya apa") is not."""
    return (offered_kind(earlier) == "informasi" and offered_kind(text) is None and _looks_like_complaint(text)
            and bool(set(understanding.standard_words(text)) & understanding.FILE_VERBS)
            and (understanding.names_a_problem(text) or understanding.tells_a_lack(text)))


def _complaint_after_question(turn: Turn, question: str | None) -> Next | None:
    """Offers the complaint told after a question offered, from the words after its verb of reporting ("sekalian
    mau lapor, saluran …": "saluran …"), and keeps the question to offer once the complaint is sent (firsts5: the
    two were offered as one question). None when the message is no such complaint."""
    if not question or not _question_then_complaint(question, turn.text):
        return None
    told = understanding.after_filing_verb(turn.text)
    told = told if told and complaints.description_problem(told) is None else turn.text
    turn.draft.next_story = question[:complaints.MAX_DESCRIPTION_CHARS]
    result = _offer(turn, told[:complaints.MAX_DESCRIPTION_CHARS])
    turn.say("another_question_kept", excerpt=excerpt(question, 150))
    return result


def _shared_not_told(turn: Turn, earlier: str | None) -> Next | None:
    """Something shared rather than told: a link alone ("cek ini pak https://vt.tiktok.com/…", which the service
    cannot open: it was offered as the report) or a chain message ("… Sebarkan ke 10 grup!!!"); each is said so,
    with how to report in one's own words. None for anything else."""
    if not earlier and understanding.link_only(turn.text):
        turn.say("link_only")
        return STAY
    if _looks_like_complaint(turn.text) and understanding.chain_message(turn.text):
        turn.say("chain_message")
        turn.conversation.data = {**turn.data, CHAIN_TOLD: {"text": turn.text[:CHAIN_KEPT_CHARS],
                                                            "at": turn.now.isoformat()}}  # a new dict
        return STAY
    return None


# A document's label ("surat pengantar RT", "ktp saya", "ini surat keterangan tidak mampu saya"): a kind of paper
# first, then only words that say which (its purpose, who issued it, whose it is), pointing and courtesy
DOCUMENTS = frozenset("""surat ktp kk sktm akta akte ijazah berkas dokumen scan scanan fotokopi fotocopy fc copy
    kopian lampiran formulir sertifikat sertipikat npwp kartu paspor sim stnk bpkb nota kwitansi kuitansi struk bukti
    skck piagam rapor raport proposal""".split())
DOCUMENT_SAYS_WHICH = frozenset("""pengantar keterangan tidak mampu domisili usaha kelahiran kematian lahir nikah cerai
    pindah permohonan rekomendasi kuasa pernyataan tanah rumah persyaratan syarat pembayaran undangan asli keluarga
    tanda penduduk resmi bpjs kis kip pkh sehat pintar dari dr rt rw desa kelurahan kel kecamatan kec dinas sekolah
    kantor kepala lurah camat saya sy aku kami anak istri suami ibu bapak ayah ortu orang tua nya ini itu berikut
    lampirkan saya kirim kirimkan sekalian juga pak bu min kak mas mbak ya""".split())
DOCUMENT_LABEL_WORDS = 8


def labels_a_document(text: str) -> bool:
    """Whether a short text only names a document ("surat pengantar RT 05", "scan KK", "ini sktm nya bu"): a kind of
    paper among its words, the others saying which; no problem told ("ktp saya sudah 3 bulan belum jadi", "kk saya
    salah nama" are stories)."""
    said = [w.removesuffix("nya") or w for w in understanding.chat_words(text)]
    if not said or len(said) > DOCUMENT_LABEL_WORDS or not DOCUMENTS & set(said):
        return False
    return all(w in DOCUMENTS or w in DOCUMENT_SAYS_WHICH or w.isdigit() for w in said) and (
        not understanding.names_a_problem(text))


def _document_labelled(turn: Turn, earlier: str | None) -> Next | None:
    """A document (or a photo of one) sent while idle with no complaint open, its caption only naming it, or named
    just after it came: it is kept for the next complaint and the citizen is asked what they want to report (the
    label was kept as a story's first bubble, or offered as a complaint). With a complaint open, or a story offered
    or told in bubbles, the usual offers take it. None for anything else."""
    sent = turn.media()
    if earlier or _bubbles(turn) or not labels_a_document(turn.text):
        return None
    if sent and all(media["content_type"].startswith("audio/") for media in sent):
        return None
    if not sent and not (turn.draft.photos and turn.data.get(PHOTO_AT) and not turn.message.media):
        return None  # named in words: only right after the file came, alone
    if open_complaints(turn):
        return None
    turn.say("document_labelled", received=received(kind_counts(p["content_type"] for p in turn.draft.photos)))
    return STAY


def _filed_story_again(turn: Turn, earlier: str | None) -> Next | None:
    """The story of an open complaint sent again (people resend what they think was lost; `story_sent_again`): it is
    filed already, shown with its status (it was offered as a new report). None for anything else."""
    if earlier or turn.kept_attachment or not _looks_like_complaint(turn.text):
        return None
    filed = next((c for c in open_complaints(turn) if story_sent_again(c.description, turn.text)), None)
    if filed is None:
        return None
    turn.say("story_filed_already", reference=filed.reference)
    show_status(turn, filed.reference)
    return STAY


def _upset_met(turn: Turn, earlier: str | None) -> Next | None:
    """Upset emoji alone ("😡😡😡", "😭") are met with care and how to report (they got the plain menu)."""
    upset = None if earlier or turn.message.media else _upset(turn.text)
    if upset is None:
        return None
    turn.say(f"upset_{upset}")
    return STAY


# Emoji alone that say how one feels: anger, or sadness; with any other emoji or a word they are read as usual
ANGRY_EMOJI = frozenset("😡🤬😠👿💢😤")
SAD_EMOJI = frozenset("😭😢😞😔😩😫🥺☹🙁😿")
EMOJI_MODIFIERS = frozenset("\ufe0f\u200d🏻🏼🏽🏾🏿 !.\n\t")
PLEADING_EMOJI = frozenset("🙏")  # beside an upset one it pleads; alone it thanks


def _upset(text: str) -> str | None:
    """"angry" or "sad" for a message of such emoji alone ("😡😡😡", "🤬", "😭😭"; anger when both), else None."""
    felt = {ch for ch in (text or "") if ch not in EMOJI_MODIFIERS} - PLEADING_EMOJI  # "😭😭🙏": pleading too
    if not felt or not felt <= ANGRY_EMOJI | SAD_EMOJI:
        return None
    return "angry" if felt & ANGRY_EMOJI else "sad"


def _media_announced(turn: Turn) -> Next | None:
    """A photo or video announced before it is sent ("sy mau kirim video banjirnya", "bentar sy kirim fotonya"):
    asked for, with what follows it (it was kept as a story's first words, or got the menu). None otherwise."""
    if turn.kept_attachment or _bubbles(turn):
        return None
    by_topic = understanding.announces_media_for_one(turn.text)  # "mau kirim foto utk yg lampu": which one
    media = understanding.announces_media(turn.text) or by_topic
    if media is None:
        return None
    for_one = by_topic is not None
    mine = open_complaints(turn)
    meant = (mine[0] if len(mine) == 1 else complaint_in_words(mine, turn.text)) if mine and (
        for_one or understanding.for_the_report(turn.text)) else None
    if meant is not None:  # "ini fotonya pak buat yg kemarin", "fotonya nyusul ya": for it (it got the menu)
        turn.say("evidence_media_awaited", reference=meant.reference)
        await_media(turn, meant)
        return STAY
    turn.say("media_announced_open" if mine else "media_announced", media=media,
             reference=mine[0].reference if len(mine) == 1 else and_list([c.reference for c in mine[:3]]))
    return STAY


def _one_filed_meant(turn: Turn, said: str) -> Next | None:
    """A wish to file that speaks of one's complaint filed: photos promised for it (_photos_promised), or its number
    typed with a word of reporting ("lapor 3", "aduan no 2?"; its status shown); None for anything else."""
    promised = _photos_promised(turn)
    if promised is not None:
        return promised
    own = _own_by_number(turn, said)
    if own is None:
        return None
    show_status(turn, own.reference)
    turn.say("new_complaint_hint")
    return STAY


def _photos_promised(turn: Turn) -> Next | None:
    """Photos promised for one's report ("ntar sy kirim fotonya buat aduan sy", "nanti fotonya saya kirim utk
    laporan saya") with a complaint open: awaited for it (_media_announced), not a wish to file ("buat aduan" read
    as "make a complaint" began a new filing). None with none open: "mau kirim foto buat aduan jalan rusak" files."""
    if turn.kept_attachment or not understanding.for_the_report(turn.text) or not open_complaints(turn):
        return None
    return _media_announced(turn)


def _closed_back(turn: Turn, earlier: str | None) -> Next | None:
    """A short message of a closed complaint's problem back ("lampune mati maneh pak" after the lamp's was rated
    and closed) is offered as a new complaint naming that one at once (it was kept as a story's first bubble, "ketik
    1"). None for anything else."""
    if earlier or _bubbles(turn) or turn.kept_attachment or _closed_alike(turn, turn.text) is None:
        return None
    return _offer(turn, turn.text)


# Words saying what a photo's caption is for ("ini buat yg lampu", "utk laporan lampu mati", "fotonya yg PJU")
FOR_WORDS = frozenset({"buat", "untuk", "utk", "yg", "yang", "soal", "tentang", "laporan", "aduan", "punya"})
NAMING_SMALL = FOR_WORDS | PHOTO_WORDS | frozenset({"ini", "itu", "fotonya", "gambar", "gambarnya", "saya", "kami"})
NAMING_MAX_WORDS = 8


def _introduced(turn: Turn, earlier: str | None) -> Next | None:
    """An introduction before the story ("Selamat siang pak, saya guru di SDN 3 Karangrejo") is kept as its first
    bubble, shown back with how to go on (it was offered alone as the complaint); None for anything else."""
    if earlier or turn.kept_attachment or _bubbles(turn) or not understanding.introduces_oneself(turn.text):
        return None
    return _keep_bubble(turn, introduced=True)


def _media_for_named(turn: Turn, offered: dict | None) -> Next | None:
    """A photo sent while idle with a short caption saying which open complaint it is for ("ini buat yg lampu" with
    a lamp and a road complaint open) is added to that one, with the photos offered just before (it was kept for the
    next complaint and the caption taken for a story); when it names none or several alike, which one is asked. None
    for a caption that says nothing of what it is for."""
    if turn.kept_attachment != "photo" or not turn.text:
        return None
    said, typed = understanding.content(turn.text), set(understanding.chat_words(turn.text))
    if not typed & FOR_WORDS or len(said) > NAMING_MAX_WORDS or not (mine := open_complaints(turn)):
        return None
    named = complaint_in_words(mine, " ".join(w for w in said if w not in NAMING_SMALL))
    if named is None:  # "ini buat yg jalan" with two about streets: which one is asked (it was kept as a story)
        return _offer_photos(turn, mine[:3], offered)
    sent = turn.media()  # kept in the draft already: added once, as this message's
    before = [photo for photo in turn.draft.photos if photo not in sent] if offered else []
    result = add_evidence(turn, understanding.Intent("EVIDENCE", named.number, ""), kept=before)
    turn.draft.photos = [photo for photo in turn.draft.photos if photo not in sent]
    return result


def _reply_awaited(turn: Turn, earlier: str | None, offered: dict | None) -> Next | None:
    """Impatience at the chat ("kok ga dibales", "woi kok diem aja"): with complaints open, how they are doing; else
    that the chat answers by itself at once and what to type (it was kept as the first bubble of a story, or offered
    as a complaint). A story offered before stands. None for anything else."""
    if turn.kept_attachment or not understanding.awaits_a_reply(turn.text):
        return None
    mine = open_complaints(turn)
    if mine:
        named = mine[0] if len(mine) == 1 else complaint_in_words(mine, turn.text)
        show_status(turn, named.reference if named else "")
        if understanding.waited_only(turn.text):  # "3 hari gak ada respon": sorry, and what they can do
            turn.say("waited_sorry", reference=named.reference if named else "LPR-<nomor>")
    elif not set(understanding.standard_words(turn.text)) & understanding.REPORTING:
        turn.say("reply_awaited")
    elif complaints.citizen_complaints(turn.session, turn.contact, limit=1):  # a report of theirs, finished
        show_status(turn, "")
    else:  # "laporan saya kemarin kok belum dibalas": none was filed from this number
        turn.say("reply_awaited_no_report")
    if earlier:
        remind_offer(turn, earlier)
        return _offer_stands(earlier, offered)
    return STAY


def _where_left(turn: Turn, earlier: str | None) -> Next | None:
    """"td sampai mana ya", "lanjut yg tadi": where the citizen had got to (it joined the story begun): the story
    offered, or told in bubbles, shown again with how to go on; else the status of one's open complaints; else that
    nothing is being filed (after the notice of a draft dropped, the menu alone). None for anything else."""
    if turn.message.media or not understanding.asks_where_left(turn.text):
        return None
    if earlier:
        return _offer(turn, earlier)
    told = _bubbles(turn)
    if told:
        turn.conversation.data = {**turn.data, "bubbles_at": turn.now.isoformat()}  # a new dict: the window goes on
        turn.say("bubbles_kept", excerpt=excerpt(told, 300))
        return STAY
    if open_complaints(turn):  # "tadi sampai mana ya" after filing: how far it has got
        show_status(turn, "")
        return STAY
    if not turn.replies:  # a draft dropped just now says so already
        turn.say("where_left_nothing")
    turn.say_menu()
    turn.conversation.data = {**turn.data, "menu_at": turn.now.isoformat()}
    return STAY


def _bubbles(turn: Turn) -> str:
    """What the citizen told in short bubbles while idle, the last within BUBBLES_WINDOW ("" when none)."""
    told_at = turn.data.get("bubbles_at")
    if not told_at or turn.now - datetime.fromisoformat(told_at) > BUBBLES_WINDOW:
        return ""
    return turn.data.get("bubbles", "")


# A question back at what was said ("itu maksudnya apa?", "maksudnya gimana?", "harus ya?", "terus gmn?"): it joined
# the story told next («Isi: itu maksudnya apa? jalan rusak»)
ASKING_WHAT = frozenset("""itu ini maksud maksudnya apa apaan apakah gimana bagaimana arti artinya naon opo piye
    pripun kumaha harus wajib perlu emang memang gitu begitu kah terus trus lalu caranya""".split())


def _is_bubble(turn: Turn) -> bool:
    """A short message that may be part of a story: two words or more (one that names a problem, or follows
    bubbles: "lampu jalan", then "mati"), none of them a greeting, thanks, a yes or a no, nor a reference (a staff
    command typed by a citizen)."""
    text = turn.text
    if no_photo(text):  # "gak ada foto pak": the photo question answered early, no lack a story tells
        return False
    if turn.kept_attachment and understanding.only_shows_photo(text):  # "ini fotonya pak": the photo's, no story
        return False
    said = [w for w in understanding.content(text) if w not in understanding.OPENING]
    if said and set(said) <= ASKING_WHAT:  # "itu maksudnya apa?", "harus ya?": a question back, no story's start
        return False
    one_word = (len(said) == 1 and said[0] not in STEP_WORDS  # "LEWATI" after the draft expired tells nothing
                and (bool(_bubbles(turn)) or understanding.names_a_problem(text)
                     or not turn.kept_attachment and understanding.begins_a_story(text)))  # "jalannya pak" + photo
    return ((len(said) >= 2 and sum(ch.isalpha() for ch in text) >= 6 or one_word and len(said[0]) >= 3)
            and not is_greeting(text) and not is_pleasantry(text, leave_asked=True)  # "boleh minta waktunya sebentar?"
            and not is_acknowledgement(text) and not is_thanks(text) and not understanding.means_yes(text)
            and not understanding.means_no(text) and not understanding.names_complaint(text))


def joined(before: str | None, text: str) -> str:
    """The story told so far with the next message after it; a message sent again (all its words told already:
    "it did not go through", so it is sent twice) is not told twice."""
    said = understanding.content(text)
    if before and said and set(said) <= set(understanding.content(before)):
        return before
    return "\n".join(filter(None, (before, text)))


def _keep_bubble(turn: Turn, introduced: bool = False) -> Next:
    """Keep a short bubble with those before it: once they tell enough they are offered as a complaint; until then
    the first gets the menu and the next ones are shown back, with how to go on (an introduction too)."""
    before = _bubbles(turn)
    told = joined(before, turn.text.strip())[:complaints.MAX_DESCRIPTION_CHARS]
    # "jalan rusak parah bgt", "depan sd 3": what and where, short as they are; "PKH saya kok gak cair2 ya", "udah 3
    # bulan": one's own lack, with no place to tell (it was kept as bubbles over and over)
    lack = before and understanding.tells_a_lack(told)
    if (_looks_like_complaint(told) or before and _what_and_where(told) or lack) and not introduced:
        return _offer(turn, told)
    turn.conversation.data = {**turn.data, "bubbles": told, "bubbles_at": turn.now.isoformat()}  # a new dict
    if not before and not introduced and not understanding.begins_a_story(told):
        # "di desa kami" may be anything; "lampu mati", "ktp sy blm jadi" not
        return _kept_then_menu(turn)
    _say_kept(turn)
    turn.say("bubbles_kept", excerpt=excerpt(told, 300))
    return STAY


def _what_and_where(told: str) -> bool:
    """Whether bubbles name a problem and the place of it ("jalan rusak parah bgt" / "depan sd 3")."""
    return understanding.names_a_problem(told) and place_in_story(told) is not None


def _kept_with_bubbles(turn: Turn) -> Next | None:
    """A photo, voice note, document or pin sent on its own right after a story begun in short bubbles goes with
    it (it got the menu, as if nothing had been told), and the story is shown back with how to go on (a yes files
    the story: _story_not_filed); None for anything else."""
    told = _bubbles(turn) if not turn.text.strip() and turn.kept_attachment in ("photo", "location") else ""
    if not told:
        return None
    turn.conversation.data = {**turn.data, "bubbles_at": turn.now.isoformat()}  # a new dict: the window goes on
    turn.say("bubbles_kept_attachment", received=_kept_received(turn, turn.kept_attachment == "location"),
             excerpt=excerpt(told, 300))
    return STAY


def _person_asked(turn: Turn) -> Next | None:
    """Asking whether a machine answers, or to talk to a person ("ini bot ya?", "sy mau ketemu langsung sm
    petugasnya", "nomor telpon petugasnya brp?"): how the service works; with a complaint open, that the officers are
    reached by TAMBAHAN (it was offered as a new complaint, or got the status and "belum kami teruskan"). A story
    naming a problem is none. None for anything else."""
    if not understanding.asks_for_a_person(turn.text) or (
            _looks_like_complaint(turn.text) and understanding.begins_a_story(turn.text)):
        return None
    if understanding.emergency(turn.text):  # "nomor darurat ambulans brp": the numbers were given first
        return STAY
    if not understanding.asks_who_answers(turn.text) and not understanding.wishes_to_talk(turn.text) and (
            _question_to_agency(turn, turn.text) is not None):  # "klo petugasnya dtg sy kontak siapa ya" right after
        # the agency's news ("ada orang?", "bisa bicara dengan petugas?" there ask who answers us, or to talk: they
        # were offered as a question for the agency)
        return None
    mine = open_complaints(turn)
    if not mine and understanding.agency_contact_asked(turn.text):  # "berapa nomor wa dinas sosial?"
        turn.say("agency_contact_asked")
        return STAY
    asked_at = turn.data.get(PERSON_ASKED)
    again = bool(asked_at) and turn.now - datetime.fromisoformat(asked_at) <= PERSON_ASKED_AGAIN
    times = turn.data.get(PERSON_ASKED_TIMES, 1) + 1 if again else 1
    if again:  # "ini bot ya?", then "sy mau ngomong sm orang": the same answer twice helped no one; a third time,
        # a short one that says they asked again (the second's list, word for word, was no answer)
        agencies = _open_agencies(mine[0]) if mine else []
        shape = "again" if times == 2 else "more"
        turn.say(f"who_answers_{shape}_filed" if mine else f"who_answers_{shape}",
                 reference=mine[0].reference if mine else "",
                 office=t("office_of", agencies=and_list(agencies)) if agencies else t("office_handling"))
    else:
        turn.say("who_answers_filed" if mine else "who_answers", reference=mine[0].reference if mine else "")
    # an officer's question waiting is shown again: it is how they reach the citizen; the time of the ask is kept
    return replace(back_to_idle(), data={PERSON_ASKED: turn.now.isoformat(), PERSON_ASKED_TIMES: times})


PERSON_ASKED = "person_asked_at"  # when a person (or a call) was last asked for: the next ask gets more
PERSON_ASKED_TIMES = "person_asked_times"  # how often within PERSON_ASKED_AGAIN of each other
PERSON_ASKED_AGAIN = timedelta(hours=1)


# Who handles one's complaint: "siapa yang menangani laporan saya", "laporan sy dipegang dinas apa ya", "sudah
# diteruskan ke mana?": a word of handling or of passing on, and whom or where asked
HANDLING = frozenset({"menangani", "ditangani", "nanganin", "ngurus", "ngurusin", "mengurus", "diurus", "pegang",
                      "megang", "memegang", "dipegang", "handle", "menghandle", "dihandle", "diteruskan", "diterusin",
                      "diterusken", "dilimpahkan", "dilimpahin", "dioper", "dialihkan", "diserahkan", "didisposisi",
                      "didisposisikan"})
WHICH_OFFICE = frozenset({"siapa", "dinas", "instansi", "opd", "who", "mana", "kemana", "kmn", "manakah"})
# ... asked in a few words without naming the report ("yg nanganin siapa ya", "ini dinas apa yg ngurus pak?"): only
# these words besides; "kalau lapor di sini nanti yg nanganin siapa?" asks how reports go in general
HANDLER_SMALL = understanding.FILLER | frozenset({"ini", "itu", "apa", "apakah", "ke", "sudah", "telah", "sekarang",
                                                  "skrg", "saat", "yang", "saya", "kami", "kah", "sih", "dah"})
HANDLER_ASKED = HANDLING | WHICH_OFFICE | HANDLER_SMALL


def _handler_asked(turn: Turn) -> Next | None:
    """Asking who handles one's complaint (a word of handling or passing on, whom or where asked, and one's report or
    nothing else): the agencies it is with and its status, or the verifiers still reading it (it got how reports are
    handled in general, or was offered as a question or a new complaint). The complaint its words name, else the
    latest open one. None for anything else."""
    said = set(understanding.standard_words(turn.text))
    if not said & HANDLING or not said & WHICH_OFFICE:  # cheap first
        return None
    if not said & understanding.REPORT_WORDS and not said <= HANDLER_ASKED:
        return None
    mine = open_complaints(turn)
    if not mine:
        return None
    named = complaint_in_words(mine, turn.text) if len(mine) > 1 else mine[0]
    if named is None:  # several, none named ("yg jalan" of a road and a street lamp): each with who handles it
        turn.say("handled_by_each", items="\n".join(_handled_item(c) for c in mine[:5]))
        return STAY
    agencies = _open_agencies(named)
    turn.say("handled_by" if agencies else "handled_by_verifier", reference=named.reference,
             title=excerpt(named.title, 60), agencies=and_list(agencies), status=STATUS_NAMES[named.status])
    return STAY


def _handled_item(complaint: Complaint) -> str:
    agencies = _open_agencies(complaint)
    return t("handled_by_item", reference=complaint.reference, title=excerpt(complaint.title, 60),
             handler=and_list(agencies) if agencies else t("handled_by_verifiers"))


# The handling one thanks for ("makasih pak sudah dibantu", "terima kasih atas responnya"), not the work done
HANDLED = frozenset({"dibantu", "bantuan", "bantuannya", "ditindaklanjuti", "direspon", "respon", "responnya",
                     "ditanggapi", "tanggapan", "tanggapannya", "diproses", "dikabari", "kabarnya", "infonya",
                     "informasinya", "diperhatikan", "perhatiannya", "dilayani", "pelayanannya", "diteruskan",
                     "diverifikasi", "diterusin", "diterusken", "dilanjutkan", "dilanjutin", "diurus", "diurusin",
                     "ditangani", "dibantuin", "dicek", "dicatat"})
THANKED_AROUND = frozenset(understanding.FILLER | {"banyak", "sudah", "telah", "atas", "untuk", "buat", "laporan",
                                                   "saya", "kami", "semua", "sangat", "sekali", "cepat", "nggih"})


def _thanked_for_handling(turn: Turn) -> Next | None:
    """Thanks for the handling of one's open complaint, nothing more ("terima kasih pak sudah dibantu", "makasih atas
    responnya"): acknowledged (it was told how to withdraw a complaint "fixed meanwhile", or got the status and
    "belum kami teruskan"). None for anything else ("makasih, kapan diangkutnya?")."""
    said = set(understanding.standard_words(turn.text))
    if not said & HANDLED or not said & THANKS or turn.media():  # cheap first
        return None
    if not said <= HANDLED | THANKS | THANKED_AROUND:
        return None
    mine = open_complaints(turn)
    if not mine:
        return None
    turn.say("notice_acknowledged", reference=mine[0].reference)
    return STAY


# Words of a complaint archived or refused: "kok diarsipkan?", "sy keberatan laporan sy ditolak"
ARCHIVE_WORDS = frozenset({"arsip", "diarsip", "diarsipkan", "arsipkan", "diarsipin", "ditolak", "tolak", "menolak",
                           "keberatan"})
# ... said of one's report: a reference, a word of the report, a "why", what it means or an objection ("bansos saya
# ditolak" is a story)
ARGUING_WORDS = understanding.REPORT_WORDS | understanding.WHY_WORDS | understanding.MEANING | {"keberatan"}


SIGN_MARKS = frozenset("\ufe0f\u200d\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff")  # variants, skin tones


def only_thanking_signs(text: str) -> bool:
    """Whether a message is signs of thanks or approval alone ("🙏🙏", "👍🏽", "🙏 🙏"), none of another kind."""
    return bool(text.strip()) and all(ch in THANKING_SIGNS or ch in SIGN_MARKS or ch.isspace() for ch in text)


def _signed_or_going(turn: Turn) -> Next | None:
    """With complaints open, a sign of thanks alone ("🙏", "👍🏻") is acknowledged with when news comes, and going to
    the office in person ("besok saya ke kantor dinas aja ya") with how to add what they learn there (both got the
    menu). None for anything else."""
    if turn.message.media or not turn.text.strip():
        return None
    signed = only_thanking_signs(turn.text)
    if not signed and not understanding.goes_in_person(turn.text):
        return None
    mine = open_complaints(turn)
    if not mine:
        return None
    named = mine[0] if len(mine) == 1 else complaint_in_words(mine, turn.text)
    references = named.reference if named else and_list([c.reference for c in mine[:3]])
    turn.say("notice_acknowledged" if signed else "going_in_person", reference=references,
             example=named.reference if named else mine[0].reference)
    return STAY


def _archived_argued(turn: Turn) -> Next | None:
    """An objection to one's complaint archived ("loh kok diarsipkan pak? lokasinya jelas kok di pasar kliwon", "sy
    keberatan laporan sy ditolak"): its status (with the reason) and an offer to send it again with the message
    added, as the archived notice says (it was offered as a new complaint, or as an addition to another one open).
    None for anything else."""
    said = set(understanding.standard_words(turn.text))
    if said & SENT_ON and (where := _where_it_should_go(turn)) is not None:
        return where
    if not said & ARCHIVE_WORDS:  # cheap first: it is read for every message when idle
        return _archived_objected(turn)
    number, _ = split_reference(turn.text, bare=False)
    if not (said & ARGUING_WORDS or number is not None):
        return None
    complaint = _archived_meant(turn, number)
    if complaint is None:
        return None
    return _refile_offer(turn, complaint)


# Where a complaint should go, asked or remarked on ("kenapa gak diteruskan ke satpol pp aja", "harusnya dioper ke
# kecamatan dong", "terus sy harus lapor kemana?"): a verb of sending it on or of reporting, only words of why,
# should, then, self and the report before it, and where after it
SENT_ON = frozenset("""diteruskan teruskan diterusin terusin meneruskan dioper oper dioperin dilimpahkan limpahkan
    melimpahkan dikirim dikirimkan dialihkan alihkan diserahkan serahkan ditangani lapor melapor mengadu laporkan
    adukan""".split())
SHOULD = frozenset("harusnya seharusnya mestinya semestinya harus mesti kudune mestine sebaiknya".split())
THEN = frozenset("terus trus lalu jadi terusnya lha lah".split())
WHERE = frozenset({"kemana", "kmn", "mana"})
WHY_OR_SHOULD = understanding.WHY_WORDS | SHOULD  # "kenapa gak diteruskan", "harusnya dioper"
ROUTING_LEAD = (understanding.WHY_WORDS | understanding.NEGATION | understanding.FILLER | understanding.SELF
                | understanding.REPORT_WORDS | understanding.ELDER_SELF | SHOULD | THEN | ARCHIVE_WORDS
                | frozenset("itu ini kan mau".split()))  # "terus mbah harus lapor kemana nak"
_ROUTING_CLAUSE = re.compile(r"[,.;!?\n]+")


def _where_it_should_go(turn: Turn) -> Next | None:
    """A question or remark on where one's archived complaint should have gone ("kenapa gak diteruskan ke satpol pp
    aja", "kok ditolak? harusnya ke kecamatan dong", "terus sy harus lapor kemana?"): its status, with the reason,
    and how to report it anew; it was offered as a new report, or joined to the whole archived story as one. None
    for anything else ("surat pindah saya kenapa gak diteruskan ke kecamatan" tells a story of its own)."""
    clauses = [understanding.standard_words(c) for c in _ROUTING_CLAUSE.split(turn.text)]
    clauses = [c for c in clauses if c]
    routed = [c for c in clauses if _routing(c)]
    if not routed or any(not _routing(c) and not set(c) <= ROUTING_LEAD for c in clauses):
        return None
    complaint = _archived_meant(turn, None)
    if complaint is None or open_complaints(turn) and outbox.latest_subject(
            turn.session, turn.contact.addresses, "complaint", turn.now - RECENT_NEWS) != complaint.id:
        return None  # with one open too, the archived one only when its news came last
    show_status(turn, complaint.reference)
    turn.say("archived_where", reference=complaint.reference)
    return STAY


def _routing(said: list[str]) -> bool:
    """Whether a clause asks or remarks where a complaint goes (see SENT_ON)."""
    verb = next((i for i, w in enumerate(said) if w in SENT_ON), None)
    if verb is None or not set(said[:verb]) <= ROUTING_LEAD:
        return False
    after = said[verb + 1:]
    asked = bool(set(said[:verb]) & WHY_OR_SHOULD or set(after[:2]) & WHERE)
    return asked and (after[:1] in (["ke"], ["kemana"], ["kmn"]))


OBJECTION_ALONE_WORDS = 4  # "saya ga terima pak", "gak setuju": nothing else told


def _archived_objected(turn: Turn) -> Next | None:
    """An objection naming no archiving ("saya ga terima, itu lampu pemda bukan pln", "gk setuju pak") to one's
    complaint archived: its words, or nothing else told, say it is about that one (it was offered as a new
    complaint); "saya ga terima bansos 3 bulan" names another matter. None for anything else."""
    if not understanding.objects(turn.text):
        return None
    number, _ = split_reference(turn.text, bare=False)
    complaint = _archived_meant(turn, number)
    if complaint is None:
        return None
    alone = len(understanding.content(turn.text)) <= OBJECTION_ALONE_WORDS
    if not alone and number is None and complaint_in_words([complaint], turn.text) is None:
        return None
    return _refile_offer(turn, complaint)


def _archived_meant(turn: Turn, number: int | None) -> Complaint | None:
    """The citizen's archived complaint a message is about: the one named, else the one last heard of, else the only
    one archived among the recent ones."""
    if number is not None:
        named = complaints.citizen_complaint(turn.session, turn.contact, number)
        return named if named is not None and named.status == complaints.ARCHIVED else None
    heard = outbox.latest_subject(turn.session, turn.contact.addresses, "complaint", turn.now - RECENT_NEWS)
    complaint = turn.session.get(Complaint, heard) if heard is not None else None
    if complaint is not None and complaint.status == complaints.ARCHIVED and complaint.citizen_id == turn.contact.id:
        return complaint
    archived = [c for c in complaints.citizen_complaints(turn.session, turn.contact, limit=20)
                if c.status == complaints.ARCHIVED]
    return archived[0] if len(archived) == 1 else None


def _refile_offer(turn: Turn, complaint: Complaint) -> Next:
    """The archived complaint's status, and its story with the message added offered as a new complaint."""
    show_status(turn, complaint.reference)
    turn.say("archived_refile", reference=complaint.reference)
    story = joined(complaint.description, turn.text)[:complaints.MAX_DESCRIPTION_CHARS]
    return go(State.OFFER, offer=story, refile_of=complaint.reference)


def _status_not_passed(turn: Turn, complaint: Complaint) -> Next:
    """The status of the complaint a message is about, and why the message was not passed on: a follower may not add
    to it; the reporter may, with TAMBAHAN. The reporter saying the problem was fixed meanwhile ("udah dibenerin
    sendiri pak") is told how to withdraw it instead (it got the status and "belum kami teruskan")."""
    mine = complaint.citizen_id == turn.contact.id
    if mine and complaint.status not in complaints.OPEN_STATUSES:  # archived or finished: no addition reaches anyone
        show_status(turn, complaint.reference)
        closed = "archived" if complaint.status == complaints.ARCHIVED else "closed"
        turn.say(f"{closed}_not_passed", reference=complaint.reference)
        return STAY
    if mine and understanding.says_fixed(turn.text):
        turn.say("fixed_meanwhile", reference=complaint.reference)
        return STAY
    if mine and _tells_more(turn.text):  # "temen2 sekelasnya juga ada yg sakit": YA passes it on (it was to be
        return _offer_addition(turn, complaint)  # typed again after TAMBAHAN LPR-n)
    show_status(turn, complaint.reference)
    turn.say("about_own_not_passed" if mine else "follower_reply", reference=complaint.reference)
    return STAY


TELLS_MORE_WORDS = 3


def _tells_more(text: str) -> bool:
    """Whether a message about one's open complaint tells something rather than asks: no question mark or word,
    three words or more of content."""
    said = understanding.standard_words(text)
    return ("?" not in text and not set(said) & understanding.QUESTION_WORDS
            and len(understanding.content(text)) >= TELLS_MORE_WORDS)


def _opens_with_own(turn: Turn, earlier: str | None, offered: dict | None) -> Next | None:
    """A long message opening with one's own reference ("LPR-1 tolong dipercepat pak, warga sudah ga tahan") shows
    that complaint (after a story offered, the offer stands; it joined the story, or was offered as a new one)."""
    number, _ = split_reference(turn.text, bare=False)
    own = complaints.citizen_complaint(turn.session, turn.contact, number) if number is not None else None
    if own is not None and earlier:
        show_status(turn, own.reference)
        remind_offer(turn, earlier)
        return _offer_stands(earlier, offered)
    return _status_not_passed(turn, own) if own is not None and _looks_like_complaint(turn.text) else None


def _insulted(turn: Turn) -> Next | None:
    """An insult with nothing else told ("dasar pemda lelet") from a citizen with complaints open: a polite reply and
    their status (it was kept as a story's first bubble). None for anything else."""
    if turn.message.media or not understanding.insults(turn.text):
        return None
    mine = open_complaints(turn)
    if not mine:
        return None
    turn.say("insulted")
    show_status(turn, mine[0].reference if len(mine) == 1 else "")
    return STAY


def _temper_regretted(turn: Turn, earlier: str | None, offered: dict | None) -> Next | None:
    """An apology for one's temper ("maaf pak tadi emosi") is accepted, joining no story (it joined the angry remark
    before it as one story offered as a report); an offer made before stands. None for anything else."""
    if turn.message.media or not understanding.apologises_for_temper(turn.text):
        return None
    turn.say("temper_regretted_open" if open_complaints(turn) else "temper_regretted")
    return _offer_stands(earlier, offered) if earlier or offered else STAY


def _threatened(turn: Turn) -> Next | None:
    """A threat to go public or higher up ("sy laporin ke wartawan aja", "saya viralin di tiktok"): met calmly, with
    one's open complaints and how to add to them, or asked for the problem when none is open (it began a complaint
    whose story was "ke wartawan aja ya biar cepet", was told it was a chain message, or got the menu)."""
    if turn.message.media or not understanding.threatens_publicity(turn.text):
        return None
    mine = open_complaints(turn)
    if not mine:
        turn.say("threatened_none")
        return STAY
    turn.say("threatened")
    show_status(turn, mine[0].reference if len(mine) == 1 else "")
    turn.say("threatened_more", reference=mine[0].reference if len(mine) == 1 else "LPR-<nomor>")
    return STAY


def _none_open_asked(turn: Turn, waiting: bool) -> Next | None:
    """A question of progress with none of one's own open: the one they follow ("kapan diangkut pak?" got the menu),
    or, with none at all, that none was filed here ("yg soal sampah itu udah sampai mana" was offered as a request
    for information). None for anything else."""
    if waiting:
        followed = [c for c in complaints.citizen_complaints(turn.session, turn.contact, limit=20, following=True)
                    if c.status in complaints.OPEN_STATUSES]
        named = followed[0] if len(followed) == 1 else complaint_in_words(followed, turn.text) if followed else None
        if named is not None:
            return _status_not_passed(turn, named)
    if understanding.asks_after_a_report_in_words(turn.text) and not complaints.citizen_complaints(
            turn.session, turn.contact, limit=1, following=True):
        turn.say("status_none")
        return STAY
    return None


def _progress_asked(turn: Turn, earlier: str | None = None) -> Next | None:
    """A question after progress or impatience ("kapan selesainya pak?"), or one naming an open complaint in its
    words ("pak gmn sampah yg di pasar, jadi diangkut?"), shows the open complaint it is about."""
    if is_acknowledgement(turn.text):  # "ok ditunggu kabarnya"
        return None
    # "udah 5 hari nih", "sdh seminggu blm ada kabar"; after a story offered, how long is more of that story
    waited = not earlier and (understanding.waited_only(turn.text)  # "blm ada yg dtg": nobody came, sorry too
                              or understanding.nobody_came(turn.text))
    waiting = (understanding.asks_progress(turn.text) or understanding.impatient(turn.text)  # "kapan selesainya?"
               or understanding.only_impatience(turn.text) or waited  # "kok lama banget sih", "tolong dong ditindak"
               or understanding.grumbles(turn.text))  # "jangan cuma diterusin doang, saya bayar pajak"
    mine = open_complaints(turn)
    if not mine:
        return _none_open_asked(turn, waiting)
    if waiting:
        named = mine[0] if len(mine) == 1 else complaint_in_words(mine, turn.text)  # "yg jalan rusak gimana?"
        if named is not None and tells_another_matter(turn, named, STORY_OWN_WORDS):  # "kapan lampu jalan …?"
            return None
        show_status(turn, named.reference if named else "")
        if waited or not understanding.asks_progress(turn.text):  # impatience: sorry, and what they can do
            turn.say("waited_sorry", reference=named.reference if named else "LPR-<nomor>")
        return STAY
    alike = complaints_in_words(mine, turn.text) if understanding.asks_about(turn.text) else []
    if len(alike) > 1 and not any(tells_another_matter(turn, c, None) for c in alike):  # "yg jalan gmn" of two roads
        turn.say("which_complaint_asked", items=complaint_items(alike), reference=alike[0].reference)
        turn.listing = [c.number for c in alike]  # "2" next names LPR-2
        return STAY
    named = alike[0] if len(alike) == 1 else None
    if named is None or tells_another_matter(turn, named, None):
        return None
    show_status(turn, named.reference)
    return STAY


# Words of its own (none of the complaint's) that make a message with a word of waiting a story of another matter
# ("karang taruna desa ngajuin proposal alat olahraga 2 tahun lalu gak ada jawaban"); fewer are a grievance about
# the complaint ("WOY KAPAN DIBERESIN!!! udah 5 hari ga ada kabar, bayar pajak tiap taun"). Either way the offer
# of a story keeps TAMBAHAN to the open complaint.
STORY_OWN_WORDS = 7


def _still_not_done(turn: Turn) -> Next | None:
    """"sampahnya belum diangkut juga": the complaint it is about, shown, and the message offered as an addition to
    it (YA) before a new complaint (1); it was offered as a new complaint first. "udah diangkut sendiri sama warga
    pak sampahnya": how to withdraw it (it was offered as a new complaint too)."""
    done = understanding.says_fixed(turn.text)
    meant = _open_meant(turn) if done or understanding.still_not_done(turn.text) else None
    if meant is None:
        return None
    if done:
        turn.say("fixed_meanwhile", reference=meant.reference)
        return STAY
    if prompts.open_questions(turn):  # a question waits for the citizen: the next message may answer it
        show_status(turn, meant.reference)
        return STAY
    return _offer_addition(turn, meant)


# Words of news that point at one's complaint being handled ("barusan petugas datang ke lokasi"), besides INFO_BACK
HANDLING_NEWS = frozenset({"barusan", "petugas", "petugasnya", "lokasi", "lokasinya", "dicek", "dikerjakan",
                           "diperbaiki", "ditangani"})


def _news_of_several(turn: Turn) -> Next | None:
    """News under a heading that asks nothing ("info pak, sekarang airnya udah ngalir", "kabar terbaru: jalannya
    udah ditambal", "update min, …") from a citizen with several complaints open: news of the one its words are
    about, as the only one's is (fixed: how to withdraw it; else offered to pass on), or, when its words fit
    either, which one is asked (the answer's number passes it on). It was offered as a new «permintaan informasi»
    or got the list. None for anything else (a new problem told so: "info pak, ada pohon tumbang …")."""
    told = understanding.news_heading_rest(turn.text) if not turn.message.media else None
    mine = open_complaints(turn) if told is not None else []
    if len(mine) < 2:
        return None
    alike = [c for c in (complaints_in_words(mine, told) or mine) if not tells_another_matter(turn, c, None, told)]
    fixed = understanding.says_fixed(told)
    if len(alike) == 1:
        if fixed:
            turn.say("fixed_meanwhile", reference=alike[0].reference)
            return STAY
        return _offer_addition(turn, alike[0])
    pointing = set(understanding.standard_words(told)) | set(words(told))
    if not alike or not (fixed or understanding.still_not_done(told) or pointing & (INFO_BACK | HANDLING_NEWS)):
        return None
    turn.say("news_which", items=list_complaints(turn, alike), number=alike[-1].number)
    turn.conversation.data = {**turn.data, PENDING_ADDITION: turn.text[:complaints.MAX_DESCRIPTION_CHARS]}
    return STAY


def _open_meant(turn: Turn) -> Complaint | None:
    """The citizen's open complaint a message about the work is about ("sampahnya belum diangkut juga", "kok suwe,
    durung diangkut"): the one its words are about, or the only one when it names no other thing; None for anything
    else (a new problem: "lampu jalan … belum diperbaiki juga" beside a rubbish complaint)."""
    if (turn.kept_attachment is not None or is_acknowledgement(turn.text) or understanding.names_complaint(turn.text)
            or is_thanks(turn.text)):
        return None
    mine = open_complaints(turn)
    meant = complaint_in_words(mine, turn.text) if mine else None
    meant = meant or (mine[0] if len(mine) == 1 else None)
    if meant is None or tells_another_matter(turn, meant):  # "klaim JKM … belum cair" beside a rubbish complaint
        return None
    return meant


def _offer_addition(turn: Turn, complaint: Complaint) -> Next:
    """Show the complaint a message is about and offer to pass the message on to its handlers (YA or TAMBAHAN), or
    to file it as a new one (1)."""
    show_status(turn, complaint.reference)
    turn.say("still_open_addition", reference=complaint.reference)
    offer = turn.text.strip()[:complaints.MAX_DESCRIPTION_CHARS]
    return go(State.OFFER, offer=offer, addition_for=complaint.number)


def _talked_about(turn: Turn) -> Next | None:
    """A question to the agency that just sent news ("trs klo ktp sy hilang bisa pak?" after Dukcapil's answer) is
    offered to its complaint as it is; a message about one's open complaint ("kapan diangkutnya pak?", "2 minggu
    belum dipasang juga", typed without a swipe) shows it; None for anything else."""
    if _question_to_agency(turn, turn.text) is not None:
        return _offer(turn, turn.text)
    about = _complaint_talked_about(turn)
    return _status_not_passed(turn, about) if about is not None else None


def _complaint_talked_about(turn: Turn) -> Complaint | None:
    """The open complaint a short message with no reference is most likely about: the one the citizen last heard
    of (their own, or one they follow), else their only open one. None for a greeting, thanks, a word, a file, or a
    message naming a complaint (a staff command typed by a citizen)."""
    text = turn.text
    if (turn.kept_attachment is not None or sum(ch.isalpha() for ch in text) < 2 or len(words(text)) < 2
            or is_greeting(text) or is_acknowledgement(text) or is_thanks(text) or understanding.names_complaint(text)
            or understanding.calls_for_attention(text)):  # "punten teh": asked what they need (_kept_then_menu)
        return None
    recent = complaints.citizen_complaints(turn.session, turn.contact, limit=20)
    worded = complaint_in_words(recent, text) if len(recent) > 1 else None  # "yg sampah gmn": the archived one
    if worded is not None:  # before the one last heard of: "yg lampu gimana" after news of the road
        return worded
    heard = outbox.latest_subject(turn.session, turn.contact.addresses, "complaint", turn.now - RECENT_NEWS)
    complaint = turn.session.get(Complaint, heard) if heard is not None else None
    if complaint is None or complaint.status not in complaints.OPEN_STATUSES:
        mine = open_complaints(turn)
        complaint = mine[0] if len(mine) == 1 else None
    elif not complaints.citizen_complaint(turn.session, turn.contact, complaint.number):
        return None
    # "lampu jalan di gang kenanga mati", "perpusda buka hari minggu?" beside a rubbish complaint: their own; one
    # adding "also" with no other thing or agency's words tells more of it ("temen2 sekelasnya juga ada yg sakit")
    if complaint is None or tells_another_matter(turn, complaint, None):
        return None
    also = bool(set(understanding.standard_words(text)) & ALSO) and not _looks_like_complaint(text)
    return complaint if also or not tells_another_matter(turn, complaint, OWN_WORDS_MIN) else None


ALSO = frozenset({"juga", "jg", "pula", "ikut", "ikutan"})


def _offer(turn: Turn, story: str) -> Next:
    """Offer the message as a complaint: one that opens by asking or suggesting as what it says it is; else a
    citizen with complaints still open may add it to one of them instead (it is often about one: "sampai sekarang
    airnya belum mengalir")."""
    offer = story[:complaints.MAX_DESCRIPTION_CHARS]
    if turn.received:  # photos sent with the story ("5 foto diterima."), before the question: they did arrive
        turn.say("photo_received", received=received(kind_counts(turn.received)))
    if understanding.accuses_staff(offer):  # of the officers themselves: never TAMBAHAN to them
        turn.say("offer_description_staff" if open_complaints(turn) else "offer_description_staff_first",
                 excerpt=excerpt(offer, 300))  # with none open, no officer of one's own (it said there was)
        return go(State.OFFER, offer=offer)
    kind = understanding.stated_kind(offer)
    info_news = _info_news_of_own(turn, offer)
    kind = None if info_news else kind  # headed "info", it asked for nothing: a new «permintaan informasi» it was
    mine = open_complaints(turn)[:3] if kind is None else []
    recurring = _closed_alike(turn, offer) if kind is None and not mine else None
    if recurring is not None:  # "gotnya mampet lagi pak" after LPR-1 was closed: a new one, at its place, linked
        turn.draft.place_before = recurring.location_text
        turn.say("offer_description_again", excerpt=excerpt(offer, 300), reference=recurring.reference)
        return go(State.OFFER, offer=offer, again_of=recurring.reference)
    asked_of = _question_to_agency(turn, offer, mine)
    if kind is None and asked_of is None and not info_news and offered_kind(offer):  # "perpusda buka hari minggu
        # gk?": no addition
        kind, mine = offered_kind(offer), []
    _reported_here(turn, offer, kind)
    if kind:
        turn.say(f"offer_description_{kind}", excerpt=excerpt(offer, 300))
    elif asked_of is not None:  # "kalau KK saya masih alamat lama gimana?" after Dukcapil's answer
        turn.say("offer_question_or_addition", excerpt=excerpt(offer, 300), reference=asked_of.reference,
                 title=excerpt(asked_of.title, 60), agency=_handlers(asked_of),
                 command="TAMBAHAN" if len(mine) == 1 else f"TAMBAHAN {asked_of.reference}")
    elif len(mine) == 1 and (_refers_back(turn, mine[0], offer)  # "tadi ada motor jatuh lagi di lubang itu"
                             or info_news):  # "info pak, di situ sekarang malah banyak tikus berkeliaran"
        show_status(turn, mine[0].reference)
        turn.say("still_open_addition", reference=mine[0].reference)
        return go(State.OFFER, offer=offer, addition_for=mine[0].number,
                  **{PHOTOS_OFFERED: {"caption": ""} if turn.draft.photos else None})
    elif len(mine) == 1:
        turn.say("offer_description_or_addition", excerpt=excerpt(offer, 300), reference=mine[0].reference,
                 title=excerpt(mine[0].title, 60))
    elif mine:
        turn.say("offer_description_or_additions", excerpt=excerpt(offer, 300), items=list_complaints(turn, mine),
                 reference=mine[0].reference)
    else:
        _offer_plainly(turn, offer)
    # What came with the story (or before it) goes where the story goes: a new complaint, or TAMBAHAN to one
    return go(State.OFFER, offer=offer, **{PHOTOS_OFFERED: {"caption": ""} if mine and turn.draft.photos else None})


def _info_news_of_own(turn: Turn, offer: str) -> bool:
    """News headed "info" about one's only open complaint: pointing back at it, or naming its thing."""
    if not understanding.info_headed_news(offer):
        return False
    mine = open_complaints(turn)[:2]
    if len(mine) != 1:
        return False
    pointing = set(understanding.standard_words(offer)) | set(words(offer.lower()))
    about = f"{mine[0].title} {mine[0].description}"
    return bool(pointing & INFO_BACK) or understanding.words_against(offer, about)[0] > 0


def _offer_plainly(turn: Turn, offer: str) -> None:
    """The story offered as a new complaint; written in English, with a line in English (it got Indonesian only)."""
    turn.say("offer_description", excerpt=excerpt(offer, 300))
    if understanding.written_in_english(offer):
        turn.say("offer_in_english")


def _reported_here(turn: Turn, offer: str, kind: str | None) -> None:
    """A complaint told with the question where it is reported ("… itu ngadu kmn ya"): here, said before the offer."""
    if kind is None and understanding.asks_whom_to_report(understanding.standard_words(offer)):
        turn.say("where_to_report_here")


QUESTION_NEWS = timedelta(days=3)  # a question this soon after news of an open complaint is most often to its agency
# Words pointing back at a thing told before ("di lubang itu", "tps tsb", "jatuh lagi")
BACK = frozenset({"itu", "tsb", "tersebut", "lagi", "maneh", "deui", "pula",
                  "ternyata", "trnyata", "rupanya", "sebenarnya"})  # "ternyata lubangnya ada 3": more of it
# Words pointing back at the place or the thing of one's complaint in news headed "info" ("di situ", "skrg malah")
INFO_BACK = BACK | frozenset({"situ", "disitu", "sana", "disana", "tadi", "td", "sekarang", "skrg", "malah", "makin",
                              "tambah", "masih", "msh", "nya"})


def _refers_back(turn: Turn, complaint: Complaint, story: str) -> bool:
    """Whether a story speaks of the open complaint's thing again, pointing back at it ("tadi ada motor jatuh lagi
    di lubang itu" beside "Jalan … berlubang besar"): a word back, words shared and no other matter told; it was
    offered as a new report first."""
    if not BACK & set(understanding.standard_words(story)):
        return False
    about = f"{complaint.title} {complaint.description}"
    return understanding.words_against(story, about)[0] > 0 and not tells_another_matter(
        turn, complaint, OWN_WORDS_MIN, story)


BARE_ASKING = understanding.ASKING_ANY | understanding.ASKING_ABOUT | frozenset({"kabar", "kabarnya", "nih", "ini",
                                                                                "itu", "sekarang", "skrg", "ya"})


def _question_to_agency(turn: Turn, text: str, mine: list[Complaint] | None = None) -> Complaint | None:
    """The open complaint a question is most likely asked of: the one the citizen heard of within QUESTION_NEWS (an
    agency's answer prompts the next question); None for a message that asks nothing, asks after the report itself
    ("laporan kulo pripun?": its status answers it), swipes onto a notice or may answer a question waiting, or with
    no such news."""
    if (not understanding.asks_about(text) or understanding.asks_after_a_report(text) or turn.prompts
            or turn.message.replied_to_sid or set(understanding.standard_words(text)) & understanding.REPORT_WORDS
            or set(understanding.content(text)) <= BARE_ASKING):  # "gimana pak": how it stands, nothing asked
        return None
    mine = open_complaints(turn)[:3] if mine is None else mine
    heard = outbox.latest_subject(turn.session, turn.contact.addresses, "complaint",
                                  turn.now - QUESTION_NEWS) if mine else None
    asked_of = next((complaint for complaint in mine if complaint.id == heard), None)
    # "min air pdam mati total dr kmrn, gmn nih" after news of a road: another matter, no question to PUPR
    return None if asked_of is None or another_agencys_words(turn, asked_of, text) else asked_of


def _open_agencies(complaint: Complaint) -> list[str]:
    """The names of the agencies a complaint is open with."""
    return [d.agency.name for d in complaint.dispositions if d.status == DispositionStatus.OPEN]


def _handlers(complaint: Complaint) -> str:
    """The agencies a complaint is with, as the citizen reads them ("petugas" before it reaches one)."""
    names = _open_agencies(complaint)
    return and_list(names) if names else t("the_officers")


RECURS = frozenset({"lagi", "kembali", "kmbali", "masih", "kambuh", "maneh", "deui", "again", "still"})


def _closed_alike(turn: Turn, story: str) -> Complaint | None:
    """The citizen's complaint closed for good that a story told again is about ("sampahnya numpuk lagi pak", or
    said not done: "sampahnya belum diangkut kok dibilang selesai"): a word of coming back or of work not done, and
    words it shares with that one; None otherwise."""
    said = set(understanding.standard_words(story))
    recurs = bool(said & RECURS)
    if not recurs and understanding.work_done(story) is not False:
        return None
    closed = [c for c in complaints.citizen_complaints(turn.session, turn.contact, limit=5)
              if c.status == complaints.DONE and c.closed_at is not None]
    if not recurs:  # said not done: of the thing that complaint was about ("lampu …" is not of "Sampah … ke jalan")
        if closed and understanding.disputes_answer(story, said):  # "petugasnya bohong pak, katanya sudah diperbaiki …"
            return max(closed, key=lambda c: c.closed_at)
        closed = [c for c in closed if understanding.first_trouble_told_in(story, f"{c.title} {c.description}")]
    elif (thing := understanding.first_thing(story)) is not None:  # "lampu jalan mati lagi" is not "Sampah … ke jalan"
        closed = [c for c in closed if thing in understanding.things_in(c.title)]
    return complaint_in_words(closed, story) if closed else None


def _about_filed(turn: Turn, wanted: understanding.Intent | None, earlier: str | None,
                 offered: dict | None) -> Next | None:
    """An addition or a wish for more privacy about a complaint filed before (TAMBAHAN after an offer: the story
    or the photos offered are the addition), or the answer to an offer naming which complaint it is for, or (photos)
    a yes or a no; None for anything else."""
    if wanted is not None and wanted.name == "EVIDENCE" and (earlier or offered):
        return _add_offered(turn, wanted, earlier, offered)
    if wanted is not None and wanted.name == "PROTECT" and wanted.number is None and not complaints.citizen_complaints(
            turn.session, turn.contact, limit=1):  # "anonim ya pak" before any complaint: the one to come
        turn.draft.privacy = wanted.rest
        if _story_beside_protection(turn.text):  # "ponakan sy … dicabuli guru les, tolong dirahasiakan": kept
            turn.draft.description = turn.text.strip()[:complaints.MAX_DESCRIPTION_CHARS]
        turn.say(f"privacy_first_{wanted.rest}")
        return advance(turn)
    if wanted is not None and wanted.name in ABOUT_FILED:
        return ABOUT_FILED[wanted.name](turn, wanted)
    if (wanted is None or wanted.name == "STATUS") and (earlier or offered):
        return _names_own_complaint(turn, earlier, offered) or _answers_offered_photos(turn, offered)
    return None


PROTECTION_CLAUSES = re.compile(r"[,.;!?\n]+|\b(?:tapi|tp|tetapi|namun|soalnya|karena|krn)\b", re.IGNORECASE)
STORY_BESIDE_MIN_WORDS = 4


def _story_beside_protection(text: str) -> bool:
    """Tell whether a message asking for protection tells the story too ("anak saya dipukuli wali kelasnya. Tolong
    nama saya jgn disebut"): what its other clauses say is long enough for a complaint's story."""
    rest = " ".join(clause for clause in PROTECTION_CLAUSES.split(text)
                    if clause and clause.strip() and understanding.protection_asked(clause) is None)
    return (len(understanding.content(rest)) >= STORY_BESIDE_MIN_WORDS
            and complaints.description_problem(rest) is None)


def _add_offered(turn: Turn, wanted: understanding.Intent, story: str | None, offered: dict | None) -> Next:
    """TAMBAHAN [LPR-n] after a story or photos were offered: the story, the photos kept with it and what this
    message adds go to that open complaint of the citizen's (the only one when none is named); while it is not
    known which, or the complaint named is not one of theirs, the offer stands. A swipe onto a complaint's notice
    names it ("ini pak" swiped after a photo alone)."""
    swiped = _swiped_onto(turn) if wanted.number is None else None
    wanted = replace(wanted, number=swiped.number) if swiped is not None else wanted
    if wanted.number is None and len(mine := open_complaints(turn)) > 1 and wanted.rest.strip():
        found = complaint_in_words(mine, wanted.rest)  # "ini fotonya, lampu jalannya msh mati": the lamp's
        wanted = replace(wanted, number=found.number) if found is not None else wanted
    if wanted.number is None and len(mine) > 1:
        turn.say("offer_addition_which", items=list_complaints(turn, mine[:3]), reference=mine[0].reference)
        return _offer_stands(story, offered)
    more = wanted.rest if set(understanding.content(wanted.rest)) - OFFER_ADDITION_WORDS and (
        understanding.announces_addition(wanted.rest) is None) else ""  # "saya mau nambahin foto" adds no words
    more = "" if story and more.strip() == story.strip() else more  # the story typed again after TAMBAHAN
    text = "\n".join(filter(None, (story, (offered or {}).get("caption"), more)))
    photos = list(turn.draft.photos) if offered else []
    pinned = bool((offered or {}).get("pin")) and turn.draft.latitude is not None
    result = add_evidence(turn, understanding.Intent("EVIDENCE", wanted.number, text), kept=photos, kept_pin=pinned)
    taken = (photos and turn.draft.photos != photos) or (pinned and turn.draft.latitude is None)
    return result if not (photos or pinned) or taken else _offer_stands(story, offered)


def remind_offer(turn: Turn, story: str) -> None:
    """Say that the story offered is not filed yet and how to file it (or add it to an open complaint), after
    something else was shown meanwhile (STATUS)."""
    mine = open_complaints(turn)
    if mine:
        turn.say("offer_reminder_or_addition", excerpt=excerpt(story, 300), reference=mine[0].reference)
    else:
        turn.say("offer_reminder", excerpt=excerpt(story, 300))


def _offer_stands(story: str | None, offered: dict | None) -> Next:
    """The story or the photos stay offered for the next message."""
    if story:
        return go(State.OFFER, offer=story, **{PHOTOS_OFFERED: offered})
    return go(State.IDLE, **{PHOTOS_OFFERED: offered})


def _answers_offered_photos(turn: Turn, offered: dict | None) -> Next | None:
    """A yes to photos offered to the open complaint adds them to it; a no keeps them for the next complaint."""
    if not offered:
        return None
    said = set(understanding.content(turn.text))
    if said & NEW_ONE and said <= NEW_ONE_WORDS:  # "buat yg baru", "bukan, laporan lain": a new complaint
        return _start_filing(turn, "")
    if takes_offer(turn.text) or understanding.only_points(turn.text):  # "ini fotonya pak": for it, yes
        return _add_offered(turn, understanding.Intent("EVIDENCE", None, ""), None, offered)
    told = understanding.points_then_tells(turn.text)  # "ini fotonya pak, lubangnya makin besar": it, with words
    if told is not None:
        return _add_offered(turn, understanding.Intent("EVIDENCE", None, told), None, offered)
    about = _photos_told_about(turn)
    if about is not None:  # "ini foto lubangnya pak makin parah", with a road and a lamp complaint open
        return _add_offered(turn, understanding.Intent("EVIDENCE", about.number, turn.text), None, offered)
    named = _photos_named(turn)
    if named is not None:  # "yg lampu pak": it names which, and says nothing more
        return _add_offered(turn, understanding.Intent("EVIDENCE", named.number, ""), None, offered)
    if understanding.means_no(turn.text) and not turn.message.kept_media:
        turn.say("kept_media", received=_kept_received(turn, bool(offered.get("pin"))))
        turn.say_menu()
        return STAY
    return None


NAMING_WORDS_MAX = 4


def _photos_named(turn: Turn) -> Complaint | None:
    """The open complaint a few words after photos offered name ("yg lampu pak", "buat yg got"); None otherwise."""
    said = understanding.content(turn.text)
    if turn.media() or not said or len(said) > NAMING_WORDS_MAX or understanding.names_a_problem(turn.text):
        return None  # a photo more ("jalannya pak" with it) joins the offer
    mine = open_complaints(turn)
    return complaint_in_words(mine, turn.text) if len(mine) > 1 else None


def _photos_told_about(turn: Turn) -> Complaint | None:
    """The open complaint whose words a message about the photos offered names ("ini foto lubangnya pak makin
    parah", "foto lampunya yg mati"): it opens with a word of a photo; None otherwise."""
    if not {w.removesuffix("nya") for w in understanding.chat_words(turn.text)[:3]} & (PHOTO_WORDS | {"gambar"}):
        return None
    mine = open_complaints(turn)
    return mine[0] if len(mine) == 1 else complaint_in_words(mine, turn.text)


def _names_own_complaint(turn: Turn, earlier: str | None, offered: dict | None) -> Next | None:
    """Only a reference to one's own open complaint ("lpr 2", "untuk LPR-2 ya") after a story or photos were offered
    to the open complaints: the addition is for it."""
    number = understanding.reference_alone(turn.text, OFFER_ADDITION_WORDS | frozenset(YES_CHOICES))
    if number is None or number not in {c.number for c in open_complaints(turn)}:
        return None
    return _add_offered(turn, understanding.Intent("EVIDENCE", number, ""), earlier, offered)


def _number_word_choice(text: str) -> str | None:
    """A menu number said in words, in any of the region's languages ("satu", "hiji", "settong"), or a menu word
    with small words around it ("cek dong", "cek laporan pak")."""
    if len(words(text)) > 3:  # a menu pick is short: longer messages are not read word by word here
        return None
    said = understanding.choice_text(text)
    if said.isdigit():
        return IDLE_CHOICES.get(said)
    return match_phrase(said, IDLE_CHOICES) if said and said != " ".join(words(text)) else None


def _number_then_more(text: str) -> tuple[str | None, str]:
    """A menu's number with more after a comma or a reason ("1 krn udh parah bgt", "2, mau cek laporan"): the choice,
    and what it tells of a problem ("1, jalan depan rumah rusak parah", or any story long enough; "" for a reason
    alone); else (None, "")."""
    found = understanding.REASON_AFTER.search(text or "")
    choice = _number_word_choice(text[:found.start()]) if found is not None and found.start() > 0 else None
    if choice in (None, "MENU"):  # "halo min, …": a greeting before the message, no choice
        return None, ""
    rest = text[found.start():].strip(" ,")
    told = (understanding.names_a_problem(rest) or understanding.tells_a_lack(rest)
            or complaints.description_problem(rest) is None)  # "rt minta uang 50rb buat …": long enough
    return choice, rest if choice == "FILE" and text[found.start()] == "," and told else ""


def _contact_asked(turn: Turn) -> Next | None:
    """"kenapa petugas gak bisa hubungi saya?", "kok petugasnya ga nelpon sy ya" with a complaint open: officers
    reach the citizen through questions sent here, and never see an anonymous reporter's number (it was offered as a
    new complaint, or told officers cannot be called); None for anything else."""
    mine = open_complaints(turn) if understanding.asks_why_not_contacted(turn.text) else []
    if not mine:
        return None
    complaint = mine[0]
    anonymous = complaint.privacy == complaints.PRIVACY[-1]  # anonim: identity never shown to agencies
    turn.say("contacted_anonymous" if anonymous else "contacted_filed", reference=complaint.reference)
    return STAY


def _number_moving(turn: Turn) -> Next | None:
    """The reporter, writing from the number that filed, tells of a new number ("saya ganti nomor hp, nanti kabarnya
    ke nomor baru ya 0812…"): news goes to the number that filed, and a new number takes a complaint over only from
    that number, checked by the verifiers (it was offered as a new complaint). None for anything else."""
    def another_phone() -> bool:
        return typed_phone(turn.text) not in (None, turn.contact.phone)

    if not understanding.moving_number(turn.text, another_phone) or not (mine := open_complaints(turn)):
        return None
    turn.say("number_moving", reference=mine[0].reference if len(mine) == 1 else REFERENCE_PLACEHOLDER)
    return STAY


def _staff_claimed(turn: Turn) -> Next | None:
    """A new officer writing from a number the directory lacks ("saya Rudi petugas penghubung baru dari Dinkes",
    "bagaimana cara saya menerima disposisi?"): told the number is not registered and the verifiers hear of it
    (it was offered as a complaint). None for anything else, or from a number with complaints of its own."""
    from bot.accused import _agency_words

    if (turn.message.media or not understanding.claims_to_be_staff(turn.text, lambda: _agency_words(turn.session))
            or open_complaints(turn)):
        return None
    from lapor.directory import staff_claimed

    staff_claimed(turn.session, turn.contact, turn.text.strip(), turn.now)
    turn.say("staff_unregistered")
    return STAY


def _new_number(turn: Turn) -> Next | None:
    """"saya yg lapor LPR-1 kemarin, ini nomor baru saya": someone whose number filed none of the complaint named
    is told why it is not shown here, and the verifiers hear of it to check and call back (it began a new complaint
    with that sentence as its story). None for anything else, or when the complaint named is this number's own."""
    disputed = _move_disputed(turn)
    if disputed is not None or not understanding.new_number(turn.text):
        return disputed
    number = understanding.names_reference(turn.text)
    if number is not None and complaints.citizen_complaint(turn.session, turn.contact, number) is not None:
        return None  # their own: read as it would be otherwise
    claimed = complaints.by_number(turn.session, number) if number is not None else None
    if claimed is None:
        if number is None and open_complaints(turn):
            return None  # "hp saya hilang, fotonya nyusul ya": one's own complaints are here
        turn.say("new_number_which")
        return Next(State.IDLE, {NEW_NUMBER_CLAIM: turn.text.strip()[:complaints.MAX_DESCRIPTION_CHARS]})
    complaints.claim_from_new_number(turn.session, claimed, turn.contact, turn.text, turn.now)
    turn.say("new_number_told", reference=claimed.reference)
    return Next(State.IDLE, {CLAIM_PASSED: claimed.number})


def _claim_named(turn: Turn, claim: str | None) -> Next | None:
    """The answer to "which complaint?" after a claim of a new number with none named (`claim`, its words): the
    reference (LPR-12) or the old number it was filed from takes the claim, with both messages, to the verifiers
    (the citizen was only told to write again, and nothing reached anyone). Found by the old number, nothing of the
    complaint is said, nor whether that number filed one. None for anything else."""
    if claim is None:
        return None
    phone = typed_phone(turn.text)
    if phone is not None and phone != turn.contact.phone:
        claimed = _filed_from(turn, phone, claim)
        if claimed is not None:
            complaints.claim_from_new_number(turn.session, claimed, turn.contact, f"{claim}\n{turn.text}", turn.now)
        turn.say("new_number_told_by_phone")
        return Next(State.IDLE, {CLAIM_PASSED: claimed.number}) if claimed is not None else STAY
    number = understanding.reference_alone(turn.text, NAMING_A_CLAIM) if phone is None else None
    if number is None:
        return None
    claimed = complaints.by_number(turn.session, number)
    if claimed is None:
        turn.say("new_number_unknown", reference=f"LPR-{number}")
        return Next(State.IDLE, {NEW_NUMBER_CLAIM: claim})
    complaints.claim_from_new_number(turn.session, claimed, turn.contact, f"{claim}\n{turn.text}", turn.now)
    turn.say("new_number_told", reference=claimed.reference)
    return Next(State.IDLE, {CLAIM_PASSED: claimed.number})


CLAIMANTS_NAME = frozenset({"nama", "namanya"})  # "atas nama Siti Rahma", "nama saya …"


def _claim_told_more(turn: Turn, passed: int | None) -> Next | None:
    """Who one is, told right after a claim of a new number was passed on ("saya Siti Rahma, nomor lama saya
    0812…", "atas nama …"): passed on to the verifiers with the claim (it got the menu, or was offered as a
    complaint). A command, a question or thanks is read as ever: None."""
    if passed is None or turn.media() or not turn.text.strip():
        return None
    phone = typed_phone(turn.text)
    if not (phone is not None and phone != turn.contact.phone
            or set(understanding.standard_words(turn.text)) & CLAIMANTS_NAME):
        return None
    if understanding.intent(turn.text) is not None or is_thanks(turn.text):
        return None
    claimed = complaints.by_number(turn.session, passed)
    if claimed is None:
        return None
    complaints.claim_from_new_number(turn.session, claimed, turn.contact, turn.text, turn.now)
    turn.say("new_number_more_told")
    return Next(State.IDLE, {CLAIM_PASSED: claimed.number})


def _filed_from(turn: Turn, phone: str, claim: str) -> Complaint | None:
    """The complaint a claim most likely means of those filed from `phone`: the one its words are about, else the
    newest open one, else the newest."""
    filed = complaints.filed_from(turn.session, phone)
    if not filed:
        return None
    about = complaint_in_words(filed, claim) if len(filed) > 1 else None
    open_ = [c for c in filed if c.status in complaints.OPEN_STATUSES]
    return about or (open_ or filed)[0]


def _anothers_asked(turn: Turn) -> Next | None:
    """Asking after a family member's report from one's own phone ("mau tanya laporan ibu saya …") with no report of
    one's own named: news goes only to the number that filed it, and IKUTI follows a public one (it got "Anda belum
    punya laporan"); None for anything else."""
    if not understanding.asks_after_anothers_report(turn.text):
        return _anothers_number_asked(turn)
    number = understanding.names_reference(turn.text)
    own = (complaints.citizen_complaint(turn.session, turn.contact, number) if number is not None
           else complaints.citizen_complaints(turn.session, turn.contact, limit=1))
    if own:
        return None
    if number is None:  # the number unknown to the one asking: where the reporter got it (and nothing shown)
        turn.say("anothers_report_unnumbered")
        turn.conversation.data = {**turn.data, ANOTHERS_TOLD: turn.now.isoformat()}  # a new dict: saved
    else:
        turn.say("anothers_report", reference=f"LPR-{number}")
    return STAY




ANOTHERS_TOLD = "anothers_told_at"  # when a report filed from another number was asked after with no number
ANOTHERS_NUMBER_WORDS = frozenset({"nomor", "nomornya", "nomer", "nomernya", "no", "nmr", "lpr"})
ANOTHERS_NUMBER_MAX_WORDS = 10


def _anothers_number_asked(turn: Turn) -> Next | None:
    """Its number asked for within the hour after a report filed from another number was asked after ("nomornya brp
    ya sy gak tau"): never given from here, the reporter has it (it got the menu, or the privacy of one's number);
    None for anything else."""
    told_at = turn.data.get(ANOTHERS_TOLD)
    if not told_at or turn.now - datetime.fromisoformat(told_at) > PERSON_ASKED_AGAIN or turn.message.media:
        return None
    said = understanding.standard_words(turn.text)
    if not set(said) & ANOTHERS_NUMBER_WORDS or len(said) > ANOTHERS_NUMBER_MAX_WORDS or (
            understanding.names_a_problem(turn.text)):
        return None
    turn.say("anothers_number_asked")
    return STAY


def _move_disputed(turn: Turn) -> Next | None:
    """The old number of a complaint a verifier moved to a new one (NOMORBARU) speaking of it ("saya tidak pernah
    minta pindah nomor pak", a swipe-reply to the notice): the verifiers hear of it with both numbers, as a claim
    (it was offered as a new complaint); None for anything else."""
    complaint = moved_away(turn)
    if complaint is None:
        return None
    if not (set(understanding.chat_words(turn.text)) & MOVE_WORDS or _swiped_complaint(turn) is complaint):
        return None
    complaints.claim_from_new_number(turn.session, complaint, turn.contact, turn.text, turn.now, disputed=True)
    turn.say("moved_disputed", reference=complaint.reference)
    return STAY


def _moved_house(turn: Turn) -> Next | None:
    """"saya sudah pindah rumah, laporan saya tetap jalan kan?": the complaint is about the place reported, not the
    reporter's home, so it goes on, its news to this number (it was told how complaints move between agencies);
    None for anything else, or with no open complaint."""
    if not understanding.moved_house(turn.text):
        return None
    mine = open_complaints(turn)
    if not mine:
        return None
    turn.say("moved_house", references=and_list([c.reference for c in mine[:3]]))
    return STAY


def _moved_asked(turn: Turn) -> Next | None:
    """"kenapa dialihkan ke dinas lain?", "maksudnya dikembalikan ke verifikator itu apa?": which agency has the
    complaint now and why complaints move (it got the status and "belum kami teruskan", or was offered as a new
    complaint); None for anything else, or with no open complaint to speak of."""
    if not understanding.asks_why_moved(turn.text):
        return None
    number, _ = split_reference(turn.text, bare=False)
    mine = [c for c in open_complaints(turn) if number in (None, c.number)]
    moved = [c for c in mine if any(d.status == DispositionStatus.RETURNED for d in c.dispositions)]
    complaint = (moved or mine or [None])[0]
    if complaint is None:
        return None
    agencies = _open_agencies(complaint)
    where = t("moved_now_at", agencies=and_list(agencies)) if agencies else t("moved_at_verifier")
    turn.say("moved_explained", reference=complaint.reference, where=where)
    return STAY


def _rather_speak(turn: Turn, offered: dict | None) -> Next | None:
    """"sy gk bs ngetik pak, tolong dengerin aja": told to send a voice note, which starts a complaint; not when the
    voice note was just sent and offered ("itu pesan suara saya pak, tolong didengar": it is for the complaint)."""
    if offered or not understanding.would_rather_speak(turn.text):
        return None
    turn.say("speak_instead")
    return STAY


NUMBER_ALONE = re.compile(r"\s*(?:no\.?|nomor|nmr|nomer|#)?\s*(\d{1,7})\b(.*)", re.IGNORECASE | re.DOTALL)


def _own_by_number(turn: Turn, said: str) -> Complaint | None:
    """The citizen's own complaint named by a number alone after a word of reporting ("lapor 3" for LPR-3, "aduan no
    2?", "lapor 1 gmn"), or None (a number that is none of theirs is the menu's choice, as before)."""
    found = NUMBER_ALONE.fullmatch(said or "")
    if found is None or set(understanding.standard_words(found.group(2))) - understanding.ASKING - understanding.FILLER:
        return None
    complaint = complaints.citizen_complaint(turn.session, turn.contact, int(found.group(1)))
    return complaint if complaint is not None and complaint.citizen_id == turn.contact.id else None


def _start_filing(turn: Turn, said: str, earlier: str | None = None, resumes: dict | None = None,
                  asked: bool = False) -> Next:
    """Start filing; what the first message already says of the problem (with what short bubbles before it told) is
    the description when it is enough; a bare "1" or ADUAN to a story offered just before files that story (with
    its expired draft's answers, `resumes`). A wish `asked` as a question ("bisa lapor di sini?") is answered yes
    first."""
    filed = None if earlier or _bubbles(turn) else _one_filed_meant(turn, said)
    if filed is not None:
        return filed
    if asked:
        turn.say("may_report_here")
    if understanding.several_matters(turn.text):  # "mau lapor 2 hal pak": one complaint at a time
        said = _first_of_several(turn, said)
    named, said = _kind_named(said)
    if named and not earlier:  # "mau lapor, pengaduan ya. lampu pju …": the kind, not the story's start
        turn.draft.kind = named
    told = "\n".join(filter(None, (_bubbles(turn), said)))
    if earlier and told:  # another story than the one offered: the place typed for that one is not its place
        turn.draft.location_text = None
    elif earlier:
        _take_up_answers(turn, resumes)
    said = told or (earlier or "")
    refused = _story_told(turn, said)
    if refused is not None:
        return refused
    turn.draft.privacy = understanding.protection_asked(turn.text)  # "…, tolong nama saya dirahasiakan"
    if not said:  # "pak mau tanya": a request for information, its question asked next
        turn.draft.kind = turn.draft.kind or understanding.stated_kind(turn.text)
    return advance(turn)


def _filing_for_told(turn: Turn) -> Next | None:
    """Whom the citizen files for, said with no story yet ("saya lapor atas nama ibu saya", "mewakili warga rt 3"):
    noted for the story told next (staff read it with it; the citizen stays the reporter, told so) and filing
    begun. It was kept as the story begun ("Ceritanya masih terlalu singkat"), or got the menu. None for anything
    else."""
    who = understanding.filed_for(turn.text) if not turn.message.media else None
    if who is None:
        return None
    turn.draft.filed_for = who
    yours = " ".join("Anda" if w.lower() in {"saya", "sy", "aku", "ku"} else w for w in who.split())
    turn.say("filed_for_noted", who=yours)
    return _start_filing(turn, "")


def _story_told(turn: Turn, said: str) -> Next | None:
    """The story told with the wish to file: the description when it is enough (said so, not asked for again), else
    the story begun ("lampu jalan mati"; "a problem", "2 hal" not). A number past its budget is told at once, the
    story kept as a note (never said noted as the report's story first): what to do next, else None."""
    if said and complaints.description_problem(said) is None:
        turn.draft.description = said[: complaints.MAX_DESCRIPTION_CHARS]
        if (refused := over_budget.refuse_at_start(turn)) is not None:
            return refused
        turn.say("description_noted", excerpt=excerpt(turn.draft.description, 200))
        turn.draft.place_before = turn.draft.place_before or _home_introduced(turn.text, said)
    elif said and complaints.description_problem(said) == "too_short" and {
            w for w in understanding.content(said) if not w.isdigit()} - NAMES_NO_PROBLEM:
        turn.conversation.data = {**turn.data, "story_begun": said[: complaints.MAX_DESCRIPTION_CHARS]}
    return None


SELF_INTRODUCED = frozenset({"saya", "aku", "kami", "warga"})


def _home_introduced(text: str, story: str) -> str | None:
    """Where the writer lives, told in the introduction before the story ("saya Siti warga RT 03 RW 02 Desa
    Karangrejo. Mau melaporkan …"), to offer as the place when the story names none (it was dropped with the
    greeting, and the citizen asked for RT/RW and village again); None when the introduction names no place."""
    at = text.find(story)
    opening = text[:at] if at > 0 else ""
    if not set(understanding.standard_words(opening)) & SELF_INTRODUCED:
        return None
    return place_in_story(opening)


def _first_of_several(turn: Turn, said: str) -> str:
    """The first of several problems told at once ("…: jalan berlubang dan lampu mati"), the second kept for after
    it; told how it goes either way."""
    split = understanding.another_problem(said, counted=True)
    if split is None:
        turn.say("several_one_at_a_time")
        return understanding.COUNTED_OPENING.sub("", said)
    turn.draft.next_story = split[1][: complaints.MAX_DESCRIPTION_CHARS]
    turn.say("two_problems", first=excerpt(split[0], 150), second=excerpt(split[1], 150))
    return split[0]


# The kind named right after the wish to file, before the story ("pengaduan ya. lampu pju …", "aduan jalan rusak
# …", "aspirasi: taman desa …"); not a complaint made before ("pengaduan saya kemarin belum ditanggapi")
KIND_NAMED = re.compile(
    r"^\W*(?P<kind>pengaduan|aduan|aspirasi|permintaan\s+informasi)"
    r"(?:\s+(?:ya|yaa|yah|aja|saja|nih|pak|bu|min|kak|mas|mbak|bang))*"
    r"(?:\s*[:,.;!\-]+\s*|\s+(?!(?:saya|sy|aku|kami|kmi|yang|yg|kemarin|kmrn|kemaren|tadi|lalu|sebelumnya|dulu|"
    r"lama|lain|ini|itu|nya|no|nomor|nmr)\b)(?=\w))", re.IGNORECASE)
KIND_NAMED_AS = {"pengaduan": "pengaduan", "aduan": "pengaduan", "aspirasi": "aspirasi"}


def _kind_named(said: str) -> tuple[str | None, str]:
    """The kind named before the story told after a wish to file, and the story after it; (None, said) when none
    is (see KIND_NAMED) or too little would be left."""
    found = KIND_NAMED.match(said or "")
    if found is None or len(said[found.end():].split()) < 2:
        return None, said
    return KIND_NAMED_AS.get(found.group("kind").lower(), "informasi"), said[found.end():]


def _swiped_complaint(turn: Turn) -> Complaint | None:
    """The complaint whose notice (an update, a disposition) this message swipe-replies to, when no question of it
    waits (prompts' ELSEWHERE)."""
    if turn.replied is None or turn.replied[0] != prompts.ELSEWHERE or turn.replied[1] is None:
        return None
    return turn.session.get(Complaint, turn.replied[1])


def _swiped_onto(turn: Turn) -> Complaint | None:
    """The citizen's own open complaint whose notice this message swipe-replies to: what they write is about that
    complaint, never a new one."""
    complaint = _swiped_complaint(turn)
    mine = complaint is not None and complaint.citizen_id == turn.contact.id
    return complaint if mine and complaint.status in complaints.OPEN_STATUSES else None


def _followed_swiped_onto(turn: Turn) -> Complaint | None:
    """Someone else's complaint, followed, whose update this message swipe-replies to."""
    complaint = _swiped_complaint(turn)
    if complaint is None or complaint.citizen_id == turn.contact.id:
        return None
    return complaint if complaints.citizen_complaint(turn.session, turn.contact, complaint.number) else None


# A filing step's word to skip or send, swiped alone onto a notice: no news for the officers.
NO_NEWS_STEP_WORDS = frozenset({"lewati", "lewat", "skip", "kirim", "kirimkan", "dikirim", "dikirimkan", "kirimin",
                                "send"})
# Signs that thank or approve when swiped alone onto a notice; any other (😡, 😭, "?!") is no thanks to welcome.
THANKING_SIGNS = frozenset("🙏👍👌✅🆗❤♥😊🙂😁😀👏🤗🥰😍💪")


def _reply_to_notice(turn: Turn, complaint: Complaint, earlier: str | None = None,
                     offered: dict | None = None) -> Next:
    """Thanks are acknowledged; anything else (a word, a sentence, a photo, a pin) is added to the complaint and
    passed to whoever handles it, with the photos sent just before and offered to the open complaints."""
    if only_acknowledges(turn):
        thanked = any(ch.isalnum() for ch in turn.text) or any(ch in THANKING_SIGNS for ch in turn.text)
        turn.say("notice_acknowledged" if thanked else "notice_seen", reference=complaint.reference)
        return STAY
    said = set(understanding.content(turn.text))
    if said and said <= NO_NEWS_STEP_WORDS and not turn.media() and turn.message.location is None:
        turn.say("notice_seen", reference=complaint.reference)  # "LEWATI" reached the officer as an addition
        return STAY
    if offered:  # a photo alone, then "ini foto terbaru pak" swiped onto the complaint's notice: it goes too
        return _add_offered(turn, understanding.Intent("EVIDENCE", complaint.number, turn.text), earlier, offered)
    return add_evidence(turn, understanding.Intent("EVIDENCE", complaint.number, turn.text))


def _follow(turn: Turn, number: int) -> Next:
    """IKUTI LPR-n while idle: follow another citizen's public open complaint."""
    complaint = complaints.by_number(turn.session, number)
    if complaint is None or not complaints.can_follow(turn.contact, complaint):
        turn.say("follow_unavailable", reference=f"LPR-{number}")
        return STAY
    complaints.follow(turn.session, turn.contact, complaint, turn.now)
    turn.say("now_following", reference=complaint.reference)
    return STAY


def _done_alone(turn: Turn) -> Next | None:
    """"sudah", "udah pak", "sampun" with an open complaint: an acknowledgement of one's own part (it got the menu,
    or the status and "Pesan Anda belum kami teruskan"); the work named ("sudah diangkut") is read elsewhere. Not
    while a story is offered (the offer was dropped and YA after it lost the story)."""
    if turn.kept_attachment is None and understanding.done_alone(turn.text) and open_complaints(turn):
        turn.say("acknowledged")
        return STAY
    return None


def _kept_then_menu(turn: Turn, offered: dict | None = None) -> Next:
    """The menu, after saying what was kept of a photo or a bare pin sent while idle (a photo offered to the
    citizen's open complaint instead); thanks get a welcome."""
    if turn.kept_attachment is None and is_thanks(turn.text):
        turn.say("welcome")
        return STAY
    if (turn.kept_attachment is None and not offered and (turn.draft.photos or turn.draft.latitude is not None)
            and (understanding.only_points(turn.text) or understanding.done_sending(turn.text))
            and not open_complaints(turn)):  # "ini pak", "udah itu aja" after a photo kept: its complaint, started
        say_photos_done(turn)
        return _start_filing(turn, "")
    if turn.kept_attachment is None and _calls(turn.text) and (
            mine := open_complaints(turn)):  # "pak", "bu?", "?": what they can do, not "ok" nor the menu
        turn.say("called", reference=mine[0].reference)
        return STAY
    if (turn.kept_attachment is None and words(turn.text) and is_acknowledgement(turn.text)
            and not is_greeting(turn.text) and open_complaints(turn)):  # "ok siap" to a notice: nothing to do
        turn.say("acknowledged")
        return STAY
    if turn.kept_attachment in ("photo", "location") and (mine := open_complaints(turn)):
        return _offer_photos(turn, mine[:3], offered)  # a pin sent days later is most likely for it too
    if _sticker_alone(turn) and open_complaints(turn):  # a reaction: it got "Stiker tidak kami simpan …" and the menu
        turn.say("sticker_filed")
        return STAY
    if not turn.text and turn.received and all(kind.startswith("audio/") for kind in turn.received):
        turn.say("voice_starts_filing")  # a person who speaks rather than types: the note is the story
        return _start_filing(turn, "")
    _say_kept(turn)
    if photo_burst(turn):  # photos sent together: the menu is just above, after the first
        return STAY
    _menu_or_its_line(turn)
    return STAY


def _menu_or_its_line(turn: Turn) -> None:
    """The whole menu, or one line of it when it is just above: to a sentence the menu does not read, a greeting again
    or signs of thanks alone."""
    shown_at = turn.data.get("menu_at")
    sentence = len(words(turn.text)) >= 2 and not is_greeting(turn.text)  # "P", "halo": the menu is wanted
    just_shown = shown_at and turn.now - datetime.fromisoformat(shown_at) <= MENU_SHOWN
    if sentence and just_shown:
        turn.say("menu_short")  # the whole menu is the message just above
    elif just_shown and turn.kept_attachment is None and only_thanking_signs(turn.text):  # "🙏🙏", "👍" to the menu
        turn.say("menu_thanked")
    elif just_shown and turn.kept_attachment is None and _greets_or_calls(turn.text):  # "P", then "halo min", "woi"
        turn.say("menu_greeted_again", greeting=greeting_back(turn.text))
    elif just_shown and turn.kept_attachment is None and _begins_a_sentence(turn.text):  # "min", "mau", "lapor"
        turn.say("menu_go_on")
    elif just_shown and turn.kept_attachment in ("photo", "location") and not words(turn.text):  # a pin, then a
        turn.say("menu_after_kept")  # photo: the whole menu again, where what happened is what is missing
    else:
        turn.say_menu()
    turn.conversation.data = {**turn.data, "menu_at": turn.now.isoformat()}  # a new dict: a change in place is lost


# A sentence's first word sent alone, one word per bubble ("mau", "saya", "jadi gini", Javanese "kulo"): more is coming
SENTENCE_OPENERS = frozenset("""mau mo mw pengen pingin ingin saya sy aku gue gw kami ini itu jadi jd gini begini
    anu nah terus trus kulo kula abdi kaule engko ulun tiang aye ane""".split())


def _begins_a_sentence(text: str) -> bool:
    """Whether a message is only a word or two that open a sentence (see SENTENCE_OPENERS)."""
    typed = words(text)
    return 0 < len(typed) <= 2 and set(typed) <= SENTENCE_OPENERS


def _greets_or_calls(text: str) -> bool:
    """Only a greeting, a call or an opening word ("p", "halo min", "woi", "?"); not a word the menu does not know
    ("REKAP", a staff command typed by a citizen: `menu_short` says it was not understood)."""
    said = set(understanding.chat_words(text))
    return is_greeting(text) or _calls(text) or bool(said) and said <= understanding.OPENING


def _calls(text: str) -> bool:
    """A message that only calls the reader, or asks with no words ("pak", "permisi pak", "?"); a greeting gets the
    menu, as from anyone."""
    bare = text.strip()
    if bare and not bare.strip("? "):
        return True  # "?", "??": what now?
    return understanding.calls_for_attention(text)


def _place_of_story(place: str, story: str) -> bool:
    """Whether a place typed alone after a story offered is its place: the story names none, or the place is the
    story's own told fuller ("pasar lama kelurahan kauman" after "sampah di TPS pasar lama …", typed hours later to
    the place question of the draft that lapsed: it was glued onto the story, the place asked again)."""
    told = place_in_story(story)
    if told is None:
        return True
    named = {w for w in understanding.chat_words(told) if len(w) > 2} - understanding.PLACING
    return bool(named & set(understanding.chat_words(place)))


def _offer_kept(turn: Turn, earlier: str, offered: dict | None) -> Next | None:
    """The offer of a story stands after an answer to a later step ("no photo", "skip"), after its place typed
    alone when it names none ("alun alun kota", kept as the place), and after a photo, voice note or pin sent on
    its own, which goes with the story (the menu would drop it, and "iya" after it filed
    nothing); None for anything else."""
    if _answers_a_later_step(turn):
        turn.say("offer_still", excerpt=excerpt(earlier, 300))
        return go(State.OFFER, offer=earlier)
    if (not turn.kept_attachment and not turn.draft.location_text and caption_is_address(turn.text)
            and _place_of_story(turn.text, earlier)):  # "alun alun kota" after a story naming no place: its place
        turn.draft.location_text = place_as_stored(turn.text)[:500]
        turn.say("location_received", place=turn.draft.location_text)
        return _offer(turn, earlier)
    if turn.text or turn.kept_attachment not in ("photo", "location"):
        return None
    if turn.kept_attachment == "photo":
        turn.say("offer_kept_media", received=received(kind_counts(p["content_type"] for p in turn.draft.photos)))
    else:
        turn.say("offer_kept_location")
    photos = offered or ({"caption": ""} if turn.draft.photos and open_complaints(turn) else None)
    return go(State.OFFER, offer=earlier, **{PHOTOS_OFFERED: photos})


def _say_kept(turn: Turn) -> None:
    """Say what was kept of a photo or a bare pin sent while idle (or why a file was not)."""
    if turn.kept_attachment == "photo":  # all that is held, with what came before ("2 foto", not "1 foto" again)
        kept = kind_counts(p["content_type"] for p in turn.draft.photos)
        voiced = set(kept) == {"audio"}  # a story told by voice: how to file it with the note
        turn.say("kept_voice" if voiced else "kept_media", received=received(kept))
    elif turn.kept_attachment == "location" and not turn.text:
        turn.say("kept_location")
    elif turn.kept_attachment == "sticker":
        turn.say("sticker")
    elif turn.kept_attachment == "other":  # a contact card, a Word file, an unknown file: what to send instead
        say_not_kept(turn)


def _awaited_with_caption(turn: Turn) -> Next | None:
    """A photo with words of what it shows ("Foto papan lantai jembatan sisi barat"), sent soon after an addition
    that announced it: added to that complaint with its words before the words are read as a story (it was offered
    as a new report, the photo held from the officer). None when nothing was announced or the words tell another
    matter (`awaited_media_added`)."""
    if not turn.data.get(MEDIA_AWAITED) or not turn.message.kept_media or not turn.text.strip():
        return None
    keep_attachments(turn)
    return awaited_media_added(turn)


def _offer_photos(turn: Turn, mine: list[Complaint], offered: dict | None) -> Next:
    """Offer what was sent while idle (kept in the draft, with what was offered before) to the citizen's open
    complaint, as a story about it is offered: TAMBAHAN (or YA) adds it there, 1 starts a new complaint with it;
    a photo just announced for one of them goes there."""
    if (awaited := awaited_media_added(turn)) is not None:  # "saya mau nambahin foto", then the photo
        return awaited
    pinned = turn.kept_attachment == "location" or bool((offered or {}).get("pin"))
    counts = _kept_received(turn, pinned)
    caption = "\n".join(filter(None, ((offered or {}).get("caption"), turn.text.strip())))
    if len(mine) == 1:
        turn.say("photo_offer_addition", received=counts, reference=mine[0].reference, title=excerpt(mine[0].title, 60))
    else:
        turn.say("photo_offer_additions", received=counts, items=list_complaints(turn, mine),
                 reference=mine[0].reference)
    return go(State.IDLE, **{PHOTOS_OFFERED: {"caption": caption[:complaints.MAX_DESCRIPTION_CHARS], "pin": pinned}})


def _kept_received(turn: Turn, pinned: bool) -> str:
    """What was kept in the draft while idle, counted by kind: "1 foto, 1 lokasi"."""
    counts = kind_counts(photo["content_type"] for photo in turn.draft.photos)
    return received({**counts, "location": int(pinned and turn.draft.latitude is not None)})


def _answers_a_later_step(turn: Turn) -> bool:
    if turn.text.strip() in ("2", "3"):  # a kind or privacy answer typed before its question
        return True
    said = set(understanding.content(turn.text))
    return bool(said) and said <= STEP_WORDS and not understanding.means_no(turn.text)


def _more_of_story(turn: Turn) -> bool:
    """A short message right after a story was offered ("sudah 2 minggu", "di depan SD 3") is more of it, unless it
    says no, thanks or greets."""
    text = turn.text
    said = set(understanding.content(text))
    return (sum(ch.isalpha() for ch in text) >= 3 and not understanding.means_no(text)
            and not is_greeting(text) and not is_acknowledgement(text) and not is_thanks(text)
            and not said <= STEP_WORDS)


QUESTION_MIN_WORDS = 3
QUESTION_MAX_WORDS = 8  # a longer message that asks ("…, apa boleh begitu?") most often tells a story and complains


def _short_question(text: str) -> bool:
    """A question too short to look like a complaint, about a procedure ("cara bikin KTP baru?", "how to make new
    KTP?") or anything else that complains of nothing ("jam berapa kantor bupati buka", "perpusda buka hari minggu
    gk?"): it is offered as a request for information."""
    return len(words(text)) >= QUESTION_MIN_WORDS and offered_kind(text) == "informasi"


def offered_kind(text: str) -> str | None:
    """The kind a message offered is offered as: the kind it says it is, else a request for information when it
    is short, asks something and complains of nothing ("jam berapa kantor bupati buka"), else None (a complaint;
    a long story asking "apa boleh begitu?" most often complains)."""
    kind = understanding.stated_kind(text)
    lines = [line for line in text.splitlines() if line.strip()]
    asks = _asks_only(text) or len(lines) > 1 and all(map(_asks_only, lines))  # bubbles that each ask
    return kind or ("informasi" if asks or understanding.asks_after_a_programme(text) else None)


def _asks_only(text: str) -> bool:
    """A short question that complains of nothing; a longer one most often tells a story."""
    return len(words(text)) <= QUESTION_MAX_WORDS and understanding.asks_a_question(text)


def _looks_like_complaint(text: str) -> bool:
    """A message long enough to be offered as a complaint: its words and letters as read ("jalan di depan rumah saya
    ancur pak" is as long as "… hancur pak": one letter short, it was kept as a first bubble and offered a message
    late), not a salutation alone."""
    return (len(words(text)) >= OFFER_MIN_WORDS and _letters_read(text) >= OFFER_MIN_CHARS
            and not complaints.only_salutation(text)  # "Selamat pagi Bapak/Ibu admin yang terhormat"
            and not is_pleasantry(text, leave_asked=True))  # "assalamualaikum pak, mohon maaf mengganggu waktunya"


def _letters_read(text: str) -> int:
    """The letters of a message, a regional or shortened word of a problem counted as its standard form ("ancur",
    "ajur": "hancur"); other words as typed ("bgt", "yg" are no longer told as "banget", "yang")."""
    typed = sum(ch.isalpha() for ch in text)
    if typed >= OFFER_MIN_CHARS or not understanding.names_a_problem(text):  # cheap first: its words read once
        return typed
    for word in words(text):
        read = understanding.words_read_once(word)  # the turn's messages keep their places in the cache
        if len(read) == 1 and read[0] in understanding.PROBLEM_WORDS and len(read[0]) > len(word):
            typed += len(read[0]) - len(word)
    return typed


def takes_offer(text: str) -> bool:
    """A yes to the offer of a message as a complaint (YA, iya pak, nggih, kirim, lanjut; "iya tambahan" is
    TAMBAHAN)."""
    if set(understanding.standard_words(text)) & understanding.EVIDENCE_WORDS or understanding.asks_to_wait(text):
        return False  # "bentar" (a moment) is no "benar"
    if _thanks_first(text):  # "makasih ya pak", "nuwun nggih": the "ya" of thanks
        return False
    return bool(match_phrase(text, YES_CHOICES) or understanding.means_yes(text)
                or match_phrase(understanding.choice_text(text), OFFER_TAKEN))


def _thanks_first(text: str) -> bool:
    """Whether a message only thanks, beginning with the thanks ("makasih ya pak"; not "iya pak, makasih")."""
    typed = words(text)
    return bool(typed) and typed[0] in THANKS and is_thanks(text)


def answers_offer(text: str) -> bool:
    """A yes or a short no to the offer: a question or rating that reached the citizen since waits for it."""
    return takes_offer(text) or understanding.means_no(text)


def _taken_with_reason(text: str) -> str | None:
    """What follows a yes (or the menu's 1) to an offered story with its reason after it ("1 krn udh parah bgt",
    "iya pak, soalnya udah 2 motor jatuh"): the reason, more of the story; else None. A go-ahead after the yes
    ("Ya, silakan.", "iya pak, silakan diproses", "ya, tolong diteruskan") is none: it was filed as the story's end."""
    found = understanding.REASON_AFTER.search(text or "")
    if found is None or found.start() == 0:
        return None
    head, reason = text[:found.start()], text[found.start():].strip(" ,")
    taken = takes_offer(head) or "FILE" in (match_phrase(head, IDLE_CHOICES), _number_word_choice(head))
    told = [w for w in understanding.content(reason)  # "iya pak, soalnya tolong": a go-ahead, no reason told
            if w not in GO_AHEAD_ONLY and not understanding.REASON_AFTER.fullmatch(w)]
    return reason if taken and told and understanding.WORD.search(reason.lower()) else None


# Words that only let the offered story go on ("silakan diproses", "tolong diteruskan ya pak", "mohon dibantu")
GO_AHEAD_ONLY = understanding.GO_AHEAD | understanding.GO_ON_WORDS | frozenset(
    "tolong mohon dibantu bantu boleh bisa ya iya".split())
# ... and a wish to file that tells nothing more ("ya udah sy lapor disini aja", "kalau begitu saya lapor ulang saja
# di sini", "klo gitu lapor baru aja deh"): the offered story is what is filed
FILED_HERE_ONLY = understanding.WANT | GO_AHEAD_ONLY | frozenset("""kalau kalo klo begitu gitu gtu gt yaudah yauda
    oke ok okay okey saya sy aku gw gue kami di sini disini ulang lagi baru sekarang skrg langsung ini lewat
    wa whatsapp laporan laporannya aduan pengaduan aduannya""".split())
# "ya udah", "iya udh": so be it; "sudah" anywhere else says it was filed already ("saya sudah lapor")
SO_BE_IT = re.compile(r"\b(?:ya+|iya+|yo)\s*(?:sudah|udah|udh|uda|dah)\b", re.IGNORECASE)


def _files_it_here(text: str) -> bool:
    """A wish to file while a story is offered that tells nothing more: a yes to the offer (it joined the story,
    or began a new filing with "disini aja" as its story, the one offered lost). "Already" only as "ya udah" (so be
    it): "saya sudah lapor", "aduan saya sudah" say it was filed, and began a filing."""
    said = understanding.content(SO_BE_IT.sub("yaudah", text))
    return (bool(set(said) & (understanding.FILE_VERBS | understanding.REPORT_WORDS)) and set(said) <= (
        FILED_HERE_ONLY | understanding.FILE_VERBS) and not understanding.names_a_problem(text))


def _sticker_alone(turn: Turn) -> bool:
    """A sticker without a caption: a reaction, not kept (the offer, said again, tells what to do)."""
    return turn.kept_attachment == "sticker" and not turn.text.strip()


def _no_words(text: str) -> bool:
    """Emoji or marks alone, no letter or digit ("🙏", "😡😡", "??"); a photo or location without a caption is not."""
    return bool(text.strip()) and not any(ch.isalnum() for ch in text)


ASKING_BACK = frozenset("""apa apaan maksud maksudnya gimana bagaimana mana yang terus trus lalu kenapa hah he
    ha""".split())
ASKING_BACK_WORDS = 4


def _asks_back(text: str) -> bool:
    """A short question back to the offer ("yg mana ya pak?", "maksudnya gmn?", "terus gimana?"): no story, no
    question about the service."""
    said = understanding.content(text)
    return (0 < len(said) <= ASKING_BACK_WORDS and said[0] in ASKING_BACK and not understanding.names_a_problem(text)
            and understanding.service_question(text) is None and set(said) <= ASKING_BACK | {"itu", "ini", "ya"})


def _addition_taken(turn: Turn, reason: str | None) -> understanding.Intent | None:
    """A yes (with a reason after it) or TAMBAHAN with no other number, to a message offered as an addition to the
    complaint it was about (see _still_not_done): the addition, with its number; None for anything else."""
    number = turn.data["addition_for"]
    wanted = understanding.intent(turn.text)
    if wanted is not None and wanted.name == "EVIDENCE" and wanted.number in (None, number):
        return replace(wanted, number=number)
    if takes_offer(turn.text) or reason is not None:
        return understanding.Intent("EVIDENCE", number, reason or "")
    return None


ADDITION_MORE_MIN_WORDS = 3


def _after_addition_offer(turn: Turn, offered: str) -> Next:
    """Neither a yes nor TAMBAHAN to a message offered as an addition (_still_not_done): `1` files it as a new
    complaint; more words about the same ("tolong segera ditindaklanjuti ya pak, warga sudah resah") join the
    addition, offered again; anything else is read when idle, the offer dropped (it joined the offer as a new
    complaint)."""
    number = turn.data["addition_for"]
    if _menu_choice(turn.text, offered) == "FILE":
        return again(State.IDLE, earlier=offered)
    if prompts.open_questions(turn):  # a question came meanwhile: this may answer it
        return again(State.IDLE)
    complaint = complaints.citizen_complaint(turn.session, turn.contact, number)
    more = (complaint is not None and understanding.intent(turn.text) is None and not turn.media()
            and split_reference(turn.text, bare=False)[0] is None  # "LPR-1 tolong dipercepat": shown as when idle
            and len(understanding.content(turn.text)) >= ADDITION_MORE_MIN_WORDS and not is_thanks(turn.text)
            and not is_acknowledgement(turn.text) and understanding.service_question(turn.text) is None
            and not understanding.names_another_thing(turn.text, f"{complaint.title} {complaint.description}")
            and not understanding.moving_number(turn.text, lambda: typed_phone(turn.text) is not None))
    if not more:
        return again(State.IDLE)
    if understanding.impatient(turn.text) or understanding.only_impatience(turn.text):  # "kok lama banget sih pak …"
        turn.say("waited_sorry_short")
    turn.say("still_open_addition", reference=complaint.reference)
    turn.conversation.data = {**turn.data, "offer": joined(offered, turn.text)[:complaints.MAX_DESCRIPTION_CHARS]}
    return STAY


def _late_reply_to_offer(turn: Turn) -> Next | None:
    """An apology for replying late to the story offered, or to a draft that lapsed overnight ("maaf baru bales",
    "sori br buka hp, …"), is no part of the story (it was glued onto it): alone, the offer stands (said again
    unless the lapsed draft's notice just said it); what follows it is read as the message. None for anything
    else, the message unchanged."""
    if turn.message.media or turn.data.get("addition_for") or turn.data.get(ANSWER_FOR):
        return None  # a message offered to an open complaint or as an answer: read as before
    rest = understanding.late_reply_rest(turn.text)
    if rest is None and is_pleasantry(turn.text) and set(words(turn.text)) & APOLOGIES:
        rest = ""  # "maaf pak": an apology alone
    if rest is None:
        return None
    if rest and not is_pleasantry(rest) and not is_thanks(rest):
        turn.message = replace(turn.message, body=rest)  # "lanjut" takes the offer; more of the story joins it
        return None
    if not turn.replies:  # the lapsed draft's notice, when it came with this message, asks the same
        turn.say("offer_after_late_reply", excerpt=excerpt(turn.data.get("offer") or "", 300))
    return STAY


def _offer_said_again(turn: Turn) -> Next | None:
    """The offer said again to a message that answers none of it: a wish to wait, a call, a question back, signs
    alone, a sticker, or a word of being done after the photos sent with the story ("udah itu aja": it joined the
    story); None for anything else."""
    if understanding.asks_to_wait(turn.text):  # "bentar ya pak": the offer stands as it is
        turn.say("offer_wait")
        return STAY
    if (turn.draft.photos and not turn.kept_attachment and not turn.data.get("addition_for")
            and understanding.done_sending(turn.text) and not takes_offer(turn.text)):
        turn.say("offer_kept_media", received=received(kind_counts(p["content_type"] for p in turn.draft.photos)))
        return STAY
    if not (understanding.calls_for_attention(turn.text) or _asks_back(turn.text)  # "pak", "yg mana ya?"
            or is_greeting(turn.text) and not is_thanks(turn.text)  # "halo", "pagi pak": no answer, the offer stands
            or _no_words(turn.text) and not takes_offer(turn.text)  # "🙏", "😡", "??" (but "👍" is a yes)
            or not turn.message.media and complaints.only_wrapping(turn.text)  # a forward's "sebarkan!!" after it
            or _sticker_alone(turn)):  # a sticker: no answer either
        return None
    if _sticker_alone(turn):
        turn.kept_attachment = None  # "Stiker tidak kami simpan" is no answer to the offer: the offer again
    if turn.data.get("addition_for"):
        turn.say("still_open_addition", reference=f"LPR-{turn.data['addition_for']}")
        return STAY
    turn.say("offer_still", excerpt=excerpt(turn.data.get("offer") or "", 300))
    return STAY


def _caption_joins_offer(turn: Turn) -> Next | None:
    """A photo with its caption seconds after the one before, while a story is offered (photos sent one by one with a
    caption each): the caption joins the story offered, and only the photos are counted (the growing story was
    offered again after each); None for anything else."""
    before = turn.data.get(MEDIA_AT)
    text = turn.text.strip()
    if (not before or not turn.received or not text or turn.data.get("addition_for") or takes_offer(text)
            or turn.now - datetime.fromisoformat(before) > BURST or _taken_with_reason(text) is not None
            or understanding.intent(text) is not None):
        return None
    if not understanding.only_shows_photo(text):
        offer = joined(turn.data.get("offer") or "", text)[:complaints.MAX_DESCRIPTION_CHARS]
        turn.conversation.data = {**turn.data, "offer": offer}
    turn.kept_attachment = None
    turn.say("photo_burst", received=received(kind_counts(p["content_type"] for p in turn.draft.photos)))
    return STAY


def answers_kept(draft: complaints.Draft) -> dict | None:
    """What a draft dropped for its age was answered besides its story (the kind, the place or pin, photos, the
    privacy), or None: offered again with the story, so that a person who comes back the next morning to answer
    the privacy question is not asked the kind and the place again, and the pin and photos sent are not lost."""
    data = draft.as_data()
    answers = {name: data[name] for name in ANSWERS if data[name] not in (None, False, [])}
    return answers or None


def _take_up_answers(turn: Turn, answers: dict | None) -> None:
    """Give the story taken up again the answers its expired draft had, where this message gave none of its own
    (a photo sent with the yes joins those sent before)."""
    if not answers:
        return
    draft = turn.draft
    for name, value in answers.items():
        if name == "photos":
            before = {photo.get("url") for photo in value}
            draft.photos = [*value, *(photo for photo in draft.photos if photo.get("url") not in before)]
        elif name == "latitude" and draft.latitude is None:  # a pin is its two numbers, or none
            draft.latitude, draft.longitude = value, answers.get("longitude")
        elif name not in ("latitude", "longitude") and not getattr(draft, name):
            setattr(draft, name, value)


def on_offer(turn: Turn) -> Next:
    """Stores the offered message as the description when the citizen says YA (iya pak, nggih…) and asks for the
    kind; anything else is read as when idle, where more of the story joins what was offered."""
    said_again = _late_reply_to_offer(turn) or _offer_said_again(turn) or _caption_joins_offer(turn)
    if said_again is not None:
        return said_again
    if turn.data.get("told_before") and understanding.declines(turn.text):  # "gak usah pak, itu aja"
        turn.draft.place_before = None
        turn.say("next_story_declined")
        return back_to_idle()
    reason = _taken_with_reason(turn.text)
    offered = turn.data.get("offer") or ""
    answered = offered_answer(turn, offered) if turn.data.get(ANSWER_FOR) else None
    if answered is not None:  # JAWAB: the message offered as a new report answers the question after all
        return answered
    added = _addition_taken(turn, reason) if turn.data.get("addition_for") else None
    if added is not None:  # "iya pak", TAMBAHAN: the message goes to the complaint it was about
        result = _add_offered(turn, added, offered, turn.data.get(PHOTOS_OFFERED))
        return back_to_idle() if result is STAY else result
    if turn.data.get("addition_for"):
        return _after_addition_offer(turn, offered)
    # "1" to "… sebagai aspirasi? Balas YA": the menu's number takes the story as the kind it was offered as
    numbered = understanding.choice_text(turn.text) == "1" and offered_kind(offered) is not None
    here = _files_it_here(turn.text) and _menu_choice(turn.text, offered) != "FILE"  # "aduan": the menu's, as ever
    if not takes_offer(turn.text) and reason is None and not numbered and not here:
        turn.draft.place_before = None  # another story: the place of the one before is not its place
        # another problem after an archived one offered again ("lampu jalan … mati" after the rubbish): its own story
        another = turn.data.get("refile_of") and understanding.names_another_thing(turn.text, offered)
        return again(State.IDLE, earlier=None if another else turn.data.get("offer"), **{
            PHOTOS_OFFERED: turn.data.get(PHOTOS_OFFERED), RESUMES: None if another else turn.data.get(RESUMES)})
    linked = t("story_again_of", reference=turn.data["again_of"]) if turn.data.get("again_of") else None
    told = "\n".join(filter(None, (offered, reason, linked)))
    _take_up_answers(turn, turn.data.get(RESUMES))
    turn.draft.description = told[:complaints.MAX_DESCRIPTION_CHARS]
    turn.draft.kind = turn.draft.kind or offered_kind(turn.draft.description)  # as it was offered
    return advance(turn)
