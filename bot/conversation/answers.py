"""Answering a question from a verifier (TUNDA) or an officer (INFO): text, photos or a pin, relayed to the asker;
with several questions open, the answer is held until the citizen names its complaint (docs/held-answers.md)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot import prompts
from bot.clarify import Clarification, clarification, leading_reference
from bot.commands import is_acknowledgement, is_pleasantry, is_thanks, match_phrase, words
from bot.conversation import understanding, withdrawal
from bot.conversation.rating import about_rated, score_in, score_with_words
from bot.conversation.states import STAY, Ask, Next, State, again, back_to_idle, go
from bot.conversation.status import show_status
from bot.conversation.story_place import place_in_story
from bot.conversation.turn import Turn, is_greeting
from bot.conversation.vocabulary import FILE_WORDS, IDLE_CHOICES, RATING_SKIP
from bot.messages import excerpt, received, t
from lapor import complaints, dispositions
from lapor.media import kind_counts
from lapor.references import numbers_named
from models import Complaint, Question

MAPS_LINK = "https://maps.google.com/?q={latitude:.6f},{longitude:.6f}"
ANSWER_CONTINUES = timedelta(minutes=10)  # a message this soon after an answer is read as more of it


def on_answer(turn: Turn) -> Next:
    """Stores the citizen's answer (text, photos or a location) to the question it is meant for, relays it to the
    asker and asks what is pending; with several questions open and none named, asks which complaint it is for."""
    asked = turn.data.get(withdrawal.ASKED)  # a wish to withdraw asked about: this read only
    turn.conversation.data = {key: value for key, value in turn.data.items() if key != withdrawal.ASKED}
    held = withdrawal.confirmed(turn, asked) or _answers_held(turn)
    if held is not None:
        return held
    if _no_answer(turn.text) or _objects_to_archived(turn):
        return again(State.IDLE)
    question, text = _named_question(turn)
    waiting = [q for _, q in prompts.open_questions(turn, shown_only=True)]
    wish = _withdrawal_wished(turn, question, text, waiting)
    if wish is not None:
        return wish
    progress = (_insulted(turn, text, [question] if question else waiting)
                or _progress_asked(turn, text, [question] if question else waiting)
                or _promised(turn, text, [question] if question else waiting))
    if progress is not None:
        return progress
    if question is None and understanding.unsatisfied(text) is not None and _rated_seen(turn):
        return _rates_instead(turn)  # "kurang puas krn lama": the rating's (a note on the wait, not a reopening)
    if question is None and _meant_for_idle(turn, text, waiting):
        return again(State.IDLE)  # the question can still be answered later
    bare_score = text.strip() in {"1", "2", "3", "4", "5"}  # the rating's own word, never an answer to relay
    rates = _rates_instead(turn) if question is None and (match_phrase(text, RATING_SKIP) or bare_score
                                                          or _rating_words(turn, text, waiting)) else None
    if rates is not None:
        return rates
    answer = None if _greeting_only(turn, text) else message_content(turn, text)
    if answer is not None:
        return _another_matter(turn, question, text, waiting) or _take_answer(turn, question, answer, waiting)
    rates = _rates_instead(turn) if score_in(text) else None
    if rates is not None:
        return rates
    return _unanswered(turn, text, [question] if question else waiting)


def _unanswered(turn: Turn, text: str, questions: list[Question]) -> Next:
    """Nothing to relay: thanks are thanked ("makasih banyak min"), and the question is asked again."""
    if is_thanks(text):
        turn.say("thanked_while_asked")
    _remind(turn, questions)
    return STAY


def _insulted(turn: Turn, text: str, questions: list[Question]) -> Next | None:
    """An insult or a threat to go public while a question waits ("dasar pemda lelet", "anjing lama bgt", "sy
    viralin aja") is no answer: a polite reply, the complaint's status and the question asked again; the asker never
    reads it (it was relayed to them as the answer). One sharing words with the question ("tolol, lubangnya ya di
    depan sd") answers it: None."""
    threat = understanding.threatens_publicity(text)  # "sy laporin ke wartawan aja": no answer either
    if (turn.media() or turn.message.location is not None or not questions
            or not (threat or understanding.insults(text))
            or any(understanding.words_against(text, _asked_words(q.text))[0] for q in questions)
            or not threat and _told_beside_oaths(text)):
        return None
    turn.say("threatened_while_asked" if threat else "insult_while_asked")
    show_status(turn, questions[0].complaint.reference if len(questions) == 1 else "")
    _remind(turn, questions)
    return STAY


MASKED = re.compile(r"\b\w\*+")  # a coarse word as `complaints.softened` shows it ("b******")
TOLD_BESIDE_OATHS_WORDS = 3
# Whom an oath is aimed at ("goblok semua petugasnya", "bangsat kalian pemda"): nothing told
INSULTED = frozenset("""semua semuanya petugas petugasnya pegawai pegawainya pejabat pejabatnya pemda pemkab dinas
    kalian lu lo loe elu kau kamu orang orangnya kerja kerjanya""".split())


def _told_beside_oaths(text: str) -> bool:
    """Whether a message still tells something once its coarse words are set aside ("di belakang pasar, bangsat, udah
    seminggu gak diangkut" to "di sebelah mana?"): an answer, relayed with its oaths softened. It was not relayed,
    and the place it told was lost. "bangsat lama bgt", "dasar pemda lelet" tell nothing."""
    rest = MASKED.sub(" ", complaints.softened(text))
    if rest == text or understanding.insults(rest):
        return False
    told = [w for w in understanding.content(rest) if w not in understanding.OATH_TALK and w not in INSULTED]
    return (len(told) >= TOLD_BESIDE_OATHS_WORDS
            or place_in_story(rest) is not None)


def _promised(turn: Turn, text: str, questions: list[Question]) -> Next | None:
    """An answer promised for later ("sebentar ya pak sy ukur dulu", "nanti saya kirim fotonya") is acknowledged and
    the question keeps waiting (it was relayed as the answer, and the question counted as answered)."""
    if (turn.media() or turn.message.location is not None or not questions or not understanding.answer_promised(text)
            or match_phrase(text, RATING_SKIP)):  # "nanti saja" puts off the rating shown
        return None
    turn.say("answer_promised")
    _remind(turn, questions)
    return STAY


def _meant_for_idle(turn: Turn, text: str, waiting: list[Question], held: bool = False) -> bool:
    """No question to answer, a swipe-reply to a message about another complaint, the menu's word for filing
    (ADUAN) or TIDAK PUAS: handled as when idle. With an answer `held` for "which complaint?", a bare reference to
    another ("LPR-30") is a wrong answer to that question, not a turn to something else."""
    return (not waiting or _replied_elsewhere(turn) or match_phrase(text, FILE_WORDS) is not None
            or understanding.unsatisfied(text) is not None
            or _names_another(turn, text, waiting) and not (held and understanding.only_reference(text)))


def _names_another(turn: Turn, text: str, waiting: list[Question]) -> bool:
    """The message names a complaint no waiting question is about, by its number ("lpr 2 kok ditolak sih" while PUPR
    asks about LPR-1) or asking after it in its words ("yg lampu gimana"): both were relayed to PUPR as the
    answer."""
    asked = {q.complaint.number for q in waiting}
    if any(number not in asked for number in numbers_named(text)):
        return True
    if not understanding.asks_about(text) or any(
            understanding.words_against(text, _asked_words(q.text))[0] for q in waiting):
        return False
    named = withdrawal.complaint_in_words(complaints.citizen_complaints(turn.session, turn.contact, limit=20), text)
    return named is not None and named.number not in asked


def _progress_asked(turn: Turn, text: str, questions: list[Question]) -> Next | None:
    """A question of progress or impatience while a question waits ("udah sampe mana pak", "kok lama banget sih",
    swiped onto a progress note days later) is no answer: the complaint's status, and the question asked again (it
    was relayed to the asker as the answer). None for anything else."""
    if turn.message.media or not questions or not (
            understanding.asks_progress(text) or understanding.impatient(text) or understanding.only_impatience(text)):
        return None
    show_status(turn, questions[0].complaint.reference if len(questions) == 1 else "")
    _remind(turn, questions)
    return STAY


def _rating_words(turn: Turn, text: str, waiting: list[Question]) -> bool:
    """Whether a message meant for the rating question the citizen saw reads as it, not as an answer: a mark in
    words alone ("lumayan", "bagus pak") with the rating asked after every open question, or words about the rated
    complaint's thing rather than the questions' ("mantap pak lubangnya udah ditambal", "lubangnya masih ada")."""
    seen = [p for p in turn.prompts if p.kind == prompts.RATING and p.shown]
    rated = turn.session.get(Complaint, seen[0].id) if seen and waiting else None
    if rated is None:
        return False
    order = [(p.kind, p.id) for p in turn.prompts]
    last = all(order.index((prompts.RATING, rated.id)) > order.index((prompts.QUESTION, q.id))
               for q in waiting if (prompts.QUESTION, q.id) in order)
    found = score_with_words(text)
    if last and found is not None and not found[1].strip() and not understanding.means_yes(text):
        return True
    return about_rated(text, rated, waiting)


def _rated_seen(turn: Turn) -> bool:
    return any(p.kind == prompts.RATING and p.shown for p in turn.prompts)


def _rates_instead(turn: Turn) -> Next | None:
    """A bare 1–5, LEWATI or NANTI while a question is open goes to the rating question the citizen saw (the word
    of the rating, never an answer to relay)."""
    seen = [p for p in turn.prompts if p.kind == prompts.RATING and p.shown]
    if not seen:
        return None
    seen[0].asked = True
    return again(State.RATING, rating_for=seen[0].id)


def answers_question(turn: Turn) -> Next | None:
    """While idle, a message starting with the reference of a complaint with an open question, or a real sentence
    (3+ words, not a greeting) or a swipe-reply once the citizen has seen a question, is the answer."""
    question, text = _named_question(turn)
    waiting = [q for _, q in prompts.open_questions(turn, shown_only=True)]
    loose = len(words(text)) >= 3 or bool(turn.message.replied_to_sid)
    if _greeting_only(turn, text) or (question is None and (not waiting or _replied_elsewhere(turn) or not loose
                                                            or _names_another(turn, text, waiting))):
        return None
    if _no_answer(turn.text) or _objects_to_archived(turn):
        return None
    progress = (_insulted(turn, text, [question] if question else waiting)
                or _progress_asked(turn, text, [question] if question else waiting)
                or _promised(turn, text, [question] if question else waiting))
    if progress is not None:
        return progress
    wish = _withdrawal_wished(turn, question, text, waiting)
    if wish is not None:
        return wish
    answer = message_content(turn, text)
    if answer is None:
        return None
    return _another_matter(turn, question, text, waiting) or _take_answer(turn, question, answer, waiting)


ANSWER_FOR = "answer_for"  # the question a message offered as a new report may answer instead (JAWAB): its id
NEW_MATTER_MIN_WORDS = 4  # fewer words are an answer ("dekat jembatan"), whatever they name


def _another_matter(turn: Turn, question: Question | None, text: str, waiting: list[Question]) -> Next | None:
    """A message telling of another matter than the complaints asked about ("lampu jalan di jl merdeka mati" while
    DLH asks where the rubbish is; it was relayed to DLH as the answer): offered as a new report, JAWAB sending it
    to the asker after all; so is a wish to file ("saya ingin melaporkan kebisingan …"), violence or an emergency.
    One naming its question (a swipe, its reference), with a photo or a pin, sharing words with a question
    ("tumpukannya di pojok" to "di mana tumpukan sampahnya?") or too short to tell a matter is the answer; None
    then."""
    if (question is not None or not waiting or turn.media() or turn.message.location is not None
            or len(words(text)) < NEW_MATTER_MIN_WORDS):
        return None
    told = without_landmarks(text)
    wanted = understanding.intent(text)
    filing = (wanted is not None and wanted.name == "FILE"  # "saya ingin melaporkan kebisingan …", "mau lapor kdrt"
              or understanding.violence_against_women_or_children(text) or bool(understanding.emergency(text)))
    if not filing and (any(understanding.words_against(text, _asked_words(q.text))[0] for q in waiting) or not all(
            understanding.names_another_problem(told, f"{q.complaint.title} {q.complaint.description}")
            or withdrawal.tells_another_matter(turn, q.complaint, None, told) for q in waiting)):
        return None
    offer = text.strip()[:complaints.MAX_DESCRIPTION_CHARS]
    turn.say("offer_description_or_answer", excerpt=excerpt(offer, 300), reference=waiting[0].complaint.reference)
    return go(State.OFFER, offer=offer, **{ANSWER_FOR: waiting[0].id})


# Words placing a thing beside another ("dekat lampu jalan yang mati", "samping jembatan"): what follows is a landmark
BESIDE = frozenset("""dekat deket dkt samping sebelah sblh depan dpn belakang blkg seberang sebrang pojok ujung
    arah sekitar antara pas persis""".split())  # "pas tikungan": right at
LANDMARK_WORDS = 3  # a landmark's words after BESIDE, at most, up to a comma or a full stop
LANDMARK_END = frozenset({"yang", "yg"})  # "dekat lampu jalan yang mati itu": the clause is the landmark's


def without_landmarks(text: str) -> str:
    """A message without the landmarks it places things by ("di sebelah utara pasar, dekat lampu jalan yang mati
    itu" → "di sebelah , dekat"): an answer to "where?" names other agencies' things only as them. A clause of
    "yang" right after a landmark describes it too ("depan warung bu sri, yg ada tiang listrik")."""
    kept: list[str] = []
    skip, ended = 0, False  # ended: a landmark's clause just ended at a mark
    for token in text.split():
        word = token.lower().strip(",.!?;:")
        if (skip or ended) and word in LANDMARK_END:  # "… yang mati itu": the landmark's, to the clause's end
            skip = len(text)
        ended = False
        if skip and word in BESIDE:  # "pas tikungan dekat tiang listrik": the next landmark's words
            skip = 0
        if skip:
            skip -= 1
            if token[-1:] in ",.!?;:":
                skip, ended = 0, True
                kept.append(token[-1])
            continue
        skip = LANDMARK_WORDS if word in BESIDE and token[-1:] not in ",.!?;:" else 0
        kept.append(token)
    return " ".join(kept)


# The words of asking, which an answer shares with its question by chance ("lampu jalan … mati sejak minggu lalu" to
# "sejak kapan …?")
ASKING_WORDS = frozenset("""sejak dari kapan mana dimana berapa apakah tepatnya persisnya sekitar kira bagaimana
    gimana siapa""".split())


def _asked_words(question: str) -> str:
    """A question's words less those of asking: what an answer shares with it is what it asked about."""
    return " ".join(w for w in question.split() if w.lower().strip("?,.!") not in ASKING_WORDS)


ANSWER_WORDS = frozenset({"jawab", "jawaban", "jawabannya", "jawabane"})
ANSWER_SMALL = frozenset({"itu", "ini", "ya", "iya", "untuk", "utk", "buat", "petugas", "pertanyaan", "kirim",
                          "teruskan", "saja", "aja", "pak", "bu", "min", "kak", "mas", "mbak", "yang", "yg", "saya"})


def offered_answer(turn: Turn, offered: str) -> Next | None:
    """JAWAB ("jawaban pak", "itu jawaban utk petugas") to a message offered as a new report while a question waited
    (_another_matter): the message goes to the asker as the answer. None for anything else, or when the question no
    longer waits (answered or lapsed meanwhile)."""
    said = set(understanding.standard_words(turn.text))
    if not said & ANSWER_WORDS or not said <= ANSWER_WORDS | ANSWER_SMALL:
        return None
    question = turn.session.get(Question, turn.data[ANSWER_FOR])
    if question is None or question.answered_at is not None:
        return None
    return _store_answer(turn, question, {"text": offered, "photos": []})


def _no_answer(text: str) -> bool:
    """A message read as when idle whatever question waits: a complaint of the officers themselves ("petugasnya
    minta uang rokok", offered as a new report, never relayed to them), news of moving house ("sy sudah pindah
    rumah, laporan sy tetap jalan kan?") or asking for a person ("bisa minta nomor petugasnya?", "ini bot ya?":
    how officers are reached; it was relayed as the answer), or a short wish for more privacy alone ("ANONIM LPR-1",
    "tolong nama saya dirahasiakan": it was relayed to the verifier as the answer, and the complaint stayed as it
    was; a longer message that says it too is an answer, and is relayed)."""
    return (understanding.accuses_staff(text) or understanding.moved_house(text)
            or understanding.asks_for_a_person(text) or not_for_the_service(text)
            or len(text.split()) <= PROTECTION_ALONE_WORDS and understanding.protection_asked(text) is not None)


PROTECTION_ALONE_WORDS = 6


def _objects_to_archived(turn: Turn) -> bool:
    """An objection ("saya ga terima, itu lampu pemda bukan pln") from a citizen with a complaint archived: read as
    when idle, where it is weighed against the archived one (it was offered as a new report, or relayed)."""
    return understanding.objects(turn.text) and any(
        c.status == complaints.ARCHIVED for c in complaints.citizen_complaints(turn.session, turn.contact, limit=20))


def not_for_the_service(text: str) -> bool:
    """A message about nothing the service holds: sent by mistake ("maaf salah kirim"), another language asked
    ("bisa bahasa inggris?"), another matter asked ("cuaca besok gimana"), a report made by phone, venting ("mau
    curhat aja"), job openings asked or a message meant for a religious teacher."""
    return (understanding.sent_by_mistake(text) or understanding.language_asked(text)
            or understanding.off_topic_asked(text) or understanding.reported_by_phone(text)
            or understanding.venting(text) or understanding.jobs_asked(text) or understanding.meant_for_another(text))


def _withdrawal_wished(turn: Turn, question: Question | None, text: str, waiting: list[Question]) -> Next | None:
    """A wish to withdraw a complaint where an answer is awaited: asked about first (withdrawal.wish_while_asked),
    the question still waiting."""
    asked_about = question or (waiting[0] if len({q.complaint_id for q in waiting}) == 1 else None)
    wish = withdrawal.wish_while_asked(turn, text, asked_about.complaint if asked_about else None)
    return go(State.ANSWER, **{withdrawal.ASKED: wish}) if wish is not None else None


def _named_question(turn: Turn) -> tuple[Question | None, str]:
    """The question a message names (by a swipe-reply, or by opening with its complaint's reference: `LPR-n …`,
    `untuk #n: …`, `nomor n …`) and the text that answers it."""
    if turn.replied is not None and turn.replied[0] == prompts.QUESTION:
        return turn.replied[1], turn.text
    number, rest = leading_reference(turn.text)
    named = [q for _, q in prompts.open_questions(turn) if number is not None and q.complaint.number == number]
    return (named[0], rest) if named else (None, turn.text)


def _replied_elsewhere(turn: Turn) -> bool:
    return turn.replied is not None and turn.replied[0] == prompts.ELSEWHERE


def _answers_held(turn: Turn) -> Next | None:
    """After "which complaint?" (an answer is held): a short clarification naming one complaint with an open
    question (`untuk LPR-28`, `28`, `yang pertama`, a swipe onto its question) sends the held answer there, with any
    photo or pin it carries; an answer naming a complaint is relayed to it while the held one still waits; more of
    the answer (a photo, a pin, sentences) joins the held one; anything else keeps it and asks again. The held
    answer is dropped only when no question is open any more, or the citizen turns to something else (a swipe onto
    another notice, ADUAN, TIDAK PUAS, MENU): the message is then read afresh."""
    held = turn.data.get("held_answer")
    if not held:
        return None
    waiting = [q for _, q in prompts.open_questions(turn, shown_only=True)]
    if not waiting:  # every question lapsed or was answered meanwhile: the held answer has nobody to go to
        return again(State.IDLE)
    if _meant_for_idle(turn, turn.text, waiting, held=True):
        return again(State.ANSWER)  # something else: read afresh, the held answer is dropped
    said = clarification(turn.text)
    if said is not None:
        return _clarified(turn, held, said, waiting)
    question, text = _named_question(turn)
    more = message_content(turn, text)
    if question is not None and more is not None:
        return _answer_beside_held(turn, question, more, held, waiting)
    if more is not None and (turn.media() or turn.message.location or len(words(text)) >= 3):
        return _ask_which(turn, waiting, held=_joined(held, more))  # more of the same answer, still for nobody yet
    return _ask_which(turn, waiting, held=held)


def _clarified(turn: Turn, held: dict, said: Clarification, waiting: list[Question]) -> Next:
    """Send the held answer, with the photo or pin this message carries, to the one complaint named, or keep both
    and ask again."""
    open_ = [q for _, q in prompts.open_questions(turn)]
    number = said.choose([q.complaint.number for q in waiting], [q.complaint.number for q in open_])
    if turn.replied is not None and turn.replied[0] == prompts.QUESTION:  # swiped onto a question: that one
        chosen = turn.replied[1] if number in (None, turn.replied[1].complaint.number) else None
    else:
        named = [q for q in open_ if q.complaint.number == number]
        if len(named) > 1:  # several questions about the complaint named: the answer goes to each asker
            return _store_answers(turn, named, _joined(held, message_content(turn, "")))
        chosen = named[0] if named else None
    held = _joined(held, message_content(turn, ""))  # a photo or a pin sent with it belongs to the held answer
    if chosen is None:
        return _ask_which(turn, waiting, held=held)
    return _store_answer(turn, chosen, held)


def _answer_beside_held(turn: Turn, question: Question, answer: dict, held: dict, waiting: list[Question]) -> Next:
    """An answer naming its complaint while another waits for one: relay it, then ask again where the held one goes
    (dropped when no other question is open). An answer that repeats the held one with its reference (typed again,
    pasted) is that one: relayed once, with the held photos."""
    if " ".join(held["text"].lower().split()) in " ".join(answer["text"].lower().split()):
        return _store_answer(turn, question, {"text": answer["text"], "photos": held["photos"] + answer["photos"]})
    _relay_answer(turn, question, answer)
    remaining = [q for q in waiting if q.id != question.id and q.answered_at is None]
    if remaining:
        return _ask_which(turn, remaining, held=held)
    return back_to_idle()


def _ask_which(turn: Turn, waiting: list[Question], held: dict) -> Next:
    """Keep the held answer and ask which complaint it is for."""
    turn.say("answer_which_held", answer=excerpt(held["text"], 120), items=prompts.question_items(waiting),
             reference=waiting[0].complaint.reference)
    return go(State.ANSWER, held_answer=held)


def _joined(held: dict, more: dict | None) -> dict:
    """The held answer with more of it (text, photos, a pin) added, in the order they came."""
    if more is None:
        return held
    placeholder = t("answer_photos_only")
    texts = [text for text in (held["text"], more["text"]) if text != placeholder]
    return {"text": "\n".join(texts) or placeholder, "photos": held["photos"] + more["photos"]}


def _take_answer(turn: Turn, question: Question | None, answer: dict, waiting: list[Question]) -> Next:
    if question is None and len(waiting) > 1 and len({q.complaint_id for q in waiting}) == 1:
        return _store_answers(turn, waiting, answer)  # every question is about one complaint: each asker hears it
    if question is None and len(waiting) > 1:
        turn.say("answer_which", items=prompts.question_items(waiting), reference=waiting[0].complaint.reference)
        return go(State.ANSWER, held_answer=answer)
    return _store_answer(turn, question or waiting[0], answer)


def _remind(turn: Turn, questions: list[Question]) -> None:
    """Ask again for the answer to the open question (or list the open questions)."""
    if len(questions) == 1:
        turn.say("ask_answer", reference=questions[0].complaint.reference)
    elif questions:
        prompts.show_questions(turn, questions)


def remind_open(turn: Turn) -> None:
    """Repeat what an ANSWER state waits for (after BANTUAN or STATUS)."""
    _remind(turn, [q for _, q in prompts.open_questions(turn, shown_only=True)])


def _store_answer(turn: Turn, question: Question, answer: dict) -> Next:
    _relay_answer(turn, question, answer)
    return Next(State.IDLE, {"answered": _answered(turn, question)}, ask=Ask.ALL)


def _answered(turn: Turn, question: Question) -> dict:
    """What the next messages remember of the answer just relayed: its question, when, and whether it carried a
    photo, a voice note or a pin (words pointing at it then add nothing)."""
    return {"question": question.id, "at": turn.now.isoformat(),
            "attached": bool(turn.media()) or turn.message.location is not None}


def _store_answers(turn: Turn, questions: list[Question], answer: dict) -> Next:
    """One answer to several questions about the same complaint (the verifier's and an agency's): each asker gets
    it; what follows soon after joins the last one."""
    for question in questions:
        _relay_answer(turn, question, answer)
    return Next(State.IDLE, {"answered": _answered(turn, questions[-1])}, ask=Ask.ALL)


def continues_answer(turn: Turn) -> Next | None:
    """While idle, a message soon after an answer was relayed (its second bubble, the photo or the pin asked for)
    is more of that answer: passed to the asker as such. A command, a filing wish, thanks, a swipe onto another
    message, or a question of the complaint closed meanwhile: None (read as usual)."""
    last = turn.data.get("answered")
    if not last or turn.now - datetime.fromisoformat(last["at"]) > ANSWER_CONTINUES:
        return None
    if (turn.message.replied_to_sid and (turn.replied is None or turn.replied[0] != prompts.QUESTION)) or (
            match_phrase(turn.text, IDLE_CHOICES) or understanding.intent(turn.text) is not None
            or understanding.unsatisfied(turn.text) is not None or _no_answer(turn.text)):
        return None
    if only_acknowledges(turn) or _no_more_of_it(turn.text):
        return None
    attached = bool(turn.media()) or turn.message.location is not None
    if last.get("attached") and not attached and understanding.only_points(turn.text):  # "itu fotonya pak"
        question = turn.session.get(Question, last["question"])
        turn.say("citizen_answer_pointed", reference=question.complaint.reference if question else "")
        return Next(State.IDLE, {"answered": {**last, "at": turn.now.isoformat()}}, ask=Ask.NOTHING)
    if understanding.answer_promised(turn.text) and not turn.media() and turn.message.location is None:
        turn.say("answer_more_promised")  # "nanti saya kirim fotonya": what follows soon still joins the answer
        return STAY
    question = turn.session.get(Question, last["question"])
    more = message_content(turn, turn.text)
    if question is None or more is None or question.complaint.status not in complaints.OPEN_STATUSES:
        return None
    if not more["photos"] and _given_already(question, more["text"]):  # resent: the first looked lost
        turn.say("citizen_answer_again", reference=question.complaint.reference, asker=prompts.asker_name(question))
        return Next(State.IDLE, {"answered": {**last, "at": turn.now.isoformat()}}, ask=Ask.NOTHING)
    dispositions.add_to_answer(turn.session, question, more["text"], turn.now, media=more["photos"])
    turn.say("citizen_answer_more", reference=question.complaint.reference, asker=prompts.asker_name(question))
    if more["photos"]:
        turn.say("photo_received", received=received(kind_counts(m["content_type"] for m in more["photos"])))
    return Next(State.IDLE, {"answered": {**last, "at": turn.now.isoformat(), "attached": last.get("attached")
                                          or attached}}, ask=Ask.NOTHING)


def _no_more_of_it(text: str) -> bool:
    """A question of progress, impatience or an insult soon after an answer ("kapan dikerjain pak?", "tolong cepet
    ya pak") is no more of the answer: read as when idle (it reached the asker as "Tambahan jawaban")."""
    return (understanding.asks_progress(text) or understanding.impatient(text) or understanding.only_impatience(text)
            or understanding.insults(text))


def _given_already(question: Question, text: str) -> bool:
    """Whether the answer holds these words already (case, spacing and end punctuation aside), as the asker read
    them: the same answer typed again reached the asker a second time as its "more"."""
    def plain(words: str) -> str:
        return " ".join(words.casefold().split()).rstrip(" .!")

    said = {plain(line) for line in (question.answer or "").split("\n")}
    return plain(complaints.as_agencies_read(question.complaint, text)) in said


def _relay_answer(turn: Turn, question: Question, answer: dict) -> None:
    """Store the answer (the asker hears of it) and thank the citizen."""
    dispositions.answer_question(turn.session, question, answer["text"], turn.now, turn.svc.region,
                                 media=answer["photos"])
    prompts.settled(turn, prompts.QUESTION, question.id)
    turn.say("citizen_answer_thanks", reference=question.complaint.reference, asker=prompts.asker_name(question))
    if answer["photos"]:
        turn.say("photo_received", received=received(kind_counts(m["content_type"] for m in answer["photos"])))


def message_content(turn: Turn, text: str, kept: list[dict] = ()) -> dict | None:
    """The answer in this message: its text (words or a number: "12" answers "nomor berapa?"), photos (after `kept`:
    ones sent before) and a shared location (its name and address, coordinates and a maps link, written into the text);
    None when it holds nothing to relay."""
    photos, pin, typed = [*kept, *turn.media()], turn.message.location, text.strip()
    parts = [typed] if typed and (any(ch.isalnum() for ch in typed) or photos or pin) else []  # "12": a number
    if pin is not None:
        parts.append(pin_line(pin.latitude, pin.longitude, pin.place))
    if not parts and not photos:
        return None
    return {"text": "\n".join(parts) or t("answer_photos_only"), "photos": photos}


def pin_line(latitude: float, longitude: float, place: str | None) -> str:
    """A shared location as staff read it: its name and address, the coordinates and a maps link."""
    coordinates = f"{latitude:.6f}, {longitude:.6f}"
    return t("answer_location", place=f"{place} ({coordinates})" if place else coordinates,
             link=MAPS_LINK.format(latitude=latitude, longitude=longitude))


def only_acknowledges(turn: Turn) -> bool:
    """The message only thanks, greets or says "ok" (no photo, no pin): nothing to relay or record."""
    return is_acknowledgement(turn.text) and not turn.media() and turn.message.location is None


def _greeting_only(turn: Turn, text: str) -> bool:
    """The message is only a greeting, thanks or an apology for answering late ("pagi pak, maaf baru sempat balas"; no
    photo, no pin): never an answer, even swiped onto a question."""
    return (is_greeting(text) or is_pleasantry(text) or is_thanks(text)) and not turn.media() and (
        turn.message.location is None)
