"""Rating a finished complaint: 1–5, then a reason (1–2: reopens it) or a comment (3–5); TIDAK PUAS reopens."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot import outbox, prompts
from bot.clarify import leading_reference
from bot.commands import THANKS, after_words, is_acknowledgement, is_thanks, match_phrase, pick_numbers, words
from bot.conversation import story_place, understanding
from bot.conversation import vocabulary as vocab
from bot.conversation.echo import echoed_complaint
from bot.conversation.states import STAY, Ask, Next, State, again, back_to_idle, go
from bot.conversation.status import show_status
from bot.conversation.turn import Turn, reference
from bot.conversation.vocabulary import FILE_WORDS, RATING_SKIP, SKIP_CHOICES
from bot.conversation.withdrawal import tells_another_matter
from bot.following import reopen_refusal
from bot.messages import deadline_words, excerpt, received, t
from lapor import complaints, dispositions, queue
from lapor.media import kind_counts
from lapor.references import split_reference
from models import Complaint, Question
from models.vocab import Event

MIN_REASON_WORDS = 2


def rated_complaint(turn: Turn, allow_closed: bool = False) -> Complaint | None:
    """The finished complaint being rated; a complaint closed for good takes only the rating's comment."""
    complaint = turn.session.get(Complaint, turn.data.get("rating_for") or 0)
    if complaint is None or complaint.status != complaints.DONE:
        return None
    return complaint if allow_closed or complaint.closed_at is None else None


def on_rating(turn: Turn) -> Next:
    """Stores the 1–5 rating and asks for a reason (1–2) or a comment (3–5); TIDAK PUAS [LPR-n] reopens; LEWATI
    skips to what is pending next."""
    complaint = rated_complaint(turn)
    rest = understanding.unsatisfied(turn.text)
    if complaint is None:
        closed = rest is not None and _closed_meanwhile(turn, rest)
        return closed or again(State.IDLE)
    said = turn.data.get("said_instead", "")  # a sentence typed before instead of a rating (see below)
    if said and rest is not None and not understanding.content(rest) and not turn.data.get("thanked"):
        rest = said  # a bare TIDAK PUAS after it: that sentence is the reason
    if said and understanding.means_yes(turn.text) and not turn.data.get("thanked"):
        rest = said  # "iya" to "… balas TIDAK PUAS …" after a sentence; after thanks "ok" reopens nothing
    rated = score_with_words(turn.text)
    if not said and understanding.only_slow(turn.text) and (rated is None or rated[0] in complaints.UNSATISFIED_SCORES):
        return _rated_slowly(turn, complaint, rated[0] if rated else SLOW_SCORE)
    if rest is not None and split_reference(rest, bare=False)[0] is None:
        return _reopen_meant(turn, [complaint, *_ratings_shown(turn, complaint)], rest)
    if rest is not None:
        return _reopen_named_or(turn, complaint, rest)
    if match_phrase(turn.text, RATING_SKIP):
        prompts.settled(turn, prompts.RATING, complaint.id)
        turn.say("rating_skipped", reference=complaint.reference)
        return back_to_idle()
    if rated is None:
        return _no_rating(turn, complaint)
    score, comment = rated
    return _rated(turn, complaint, score, comment or said)


# Words of a number moved (NOMORBARU) that its old number may speak of: "saya tidak pernah minta pindah nomor"
MOVE_WORDS = frozenset("""nomor nomer no hp wa pindah dipindah dipindahkan dipindahin ganti diganti minta meminta
    permintaan""".split())
MOVED_NEWS = timedelta(days=14)  # the notice of the move heard within it


def moved_away(turn: Turn) -> Complaint | None:
    """The complaint last heard of, when a verifier moved it from this number to its reporter's new one."""
    heard = outbox.latest_subject(turn.session, turn.contact.addresses, "complaint", turn.now - MOVED_NEWS)
    complaint = turn.session.get(Complaint, heard) if heard is not None else None
    if (complaint is None or complaint.citizen_id == turn.contact.id
            or not any(entry.event == Event.NEW_NUMBER for entry in complaint.timeline)):
        return None
    return complaint


def about_rated(text: str, rated: Complaint, questions: list[Question]) -> bool:
    """Whether a message's words are about the complaint being rated rather than those with a question open
    ("lubangnya masih ada pak" rating the road while the rubbish's question waits)."""
    others = [q.complaint for q in questions if q.complaint_id != rated.id]
    told = [f"{c.title} {c.description}" for c in [rated, *others]]
    return bool(others) and understanding.most_alike(text, told) == 0


def _no_rating(turn: Turn, complaint: Complaint) -> Next:
    """A message at the rating question that gives no rating: the menu's words, STATUS, an addition or a new
    complaint are read when idle; a sentence while a question waits is its answer; another sentence ("belum
    diperbaiki pak, masih rusak") is kept for TIDAK PUAS or the rating that follows; anything else asks again."""
    asked = _no_rating_but_asked(turn, complaint)
    if asked is not None:
        return asked
    elsewhere = understanding.intent(turn.text)
    if elsewhere is not None and elsewhere.name in ("FILE", "STATUS", "EVIDENCE", "FOLLOW", "WITHDRAW"):
        return again(State.IDLE)
    if (set(understanding.chat_words(turn.text)) & MOVE_WORDS and moved_away(turn) is not None
            or _another_matter(turn, [complaint, *_ratings_shown(turn, complaint)])):
        # "lho kok laporan saya dipindah ke nomor lain?": the move questioned; "lampu jalan … mati" at a rubbish
        # complaint's rating: a new report
        return again(State.IDLE)
    questions = [q for _, q in prompts.open_questions(turn, shown_only=True)]
    if questions and len(words(turn.text)) >= 3 and not about_rated(turn.text, complaint, questions):
        return again(State.ANSWER)
    done = understanding.work_done(turn.text)
    waiting = [complaint, *_ratings_shown(turn, complaint)]  # the words say which, when several wait
    if done is False:  # "belum beres pak", "blm diangkut sampahnya, bohong itu": not satisfied, in other words
        said = turn.data.get("said_instead", "")
        told = turn.text if len(understanding.content(turn.text)) >= MIN_REASON_WORDS else ""  # "belum pak": why?
        return _reopen_meant(turn, waiting, "\n".join(filter(None, (said, told))))
    if done:  # "sampun murup, matur nuwun": satisfied, in other words
        return _done_and_thanked(turn, _meant(turn, waiting, turn.text) or complaint)
    if _grateful(turn.text):  # "makasih infonya pak": thanks, which is no rating and no complaint either
        turn.say("rating_thanked", reference=complaint.reference)
        return go(State.RATING, rating_for=complaint.id, said_instead=turn.text[:1000], media_instead=kept_media(turn),
                  thanked=True)
    if len(understanding.content(turn.text)) >= MIN_REASON_WORDS:
        turn.say("rating_said", text=excerpt(turn.text, 200), reference=complaint.reference)
        return go(State.RATING, rating_for=complaint.id, said_instead=turn.text[:1000], media_instead=kept_media(turn))
    if turn.media():  # the place as it is now, sent instead of a rating: kept for the rating or TIDAK PUAS
        turn.say("photo_received", received=received(kind_counts(m["content_type"] for m in turn.media())))
        turn.say("bad_rating")
        return go(State.RATING, rating_for=complaint.id, said_instead=turn.data.get("said_instead", ""),
                  media_instead=kept_media(turn))
    turn.say("bad_rating")
    return STAY


ANOTHER_MATTER_MIN_WORDS = 4  # fewer words are about the rated work ("jalannya kotor"), whatever they name


def _another_matter(turn: Turn, rated: list[Complaint]) -> bool:
    """Whether a message at the rating question tells of another matter than every complaint whose rating it may
    give: another thing or another agency's words ("banjir lagi di rt 04 …" at a rubbish complaint's reopened it,
    and "lampu jalan … mati" was kept as the rating's comment)."""
    if turn.media() or len(words(turn.text)) < ANOTHER_MATTER_MIN_WORDS:
        return False
    return all(tells_another_matter(turn, complaint, None) for complaint in rated)


SLOW_SCORE = 2  # a job done, but slowly, with no score given: "kurang puas krn lama"


def _rated_slowly(turn: Turn, complaint: Complaint, score: int | None) -> Next:
    """A job done slowly ("kurang puas krn lama", "telat tp udh beres"): the low rating (`score`, None when it is
    stored already) with the message as its comment; nothing is reopened, as nothing is left to do (it was reopened
    with the reason "krn lama")."""
    if score is not None:
        complaints.rate(turn.session, complaint, score, turn.now)
    complaints.add_comment(turn.session, complaint, turn.text, turn.now, media=kept_media(turn))
    prompts.settled(turn, prompts.RATING, complaint.id)
    turn.say("rating_slow", reference=complaint.reference, score=score or complaint.rating)
    return back_to_idle()


def _no_rating_but_asked(turn: Turn, complaint: Complaint) -> Next | None:
    """Our own message sent back, a question after progress ("any update?") or a wish to withdraw ("cabut aja") at
    the rating question: none is a sentence to keep as a reason (each was); None for anything else."""
    echoed = echoed_complaint(turn, cited=False)
    if echoed is not None:  # our notice or the agency's answer sent back
        turn.say("echo_rating", reference=echoed.reference, rated=complaint.reference)
        return STAY
    if understanding.asks_progress(turn.text):  # where it stands (finished, and the answer), then asked again
        show_status(turn, complaint.reference)
        turn.say("bad_rating")
        return STAY
    wanted = understanding.intent(turn.text)
    if wanted is not None and wanted.name == "WITHDRAW" and wanted.number in (None, complaint.number):
        return _withdrawn_when_done(turn, complaint)
    return None


def _withdrawn_when_done(turn: Turn, complaint: Complaint) -> Next:
    """A wish to withdraw the complaint being rated ("cabut aja"): it is finished, so nothing is withdrawn and the
    rating is let go, with how to reopen it if the problem is back (it was asked for a rating again)."""
    prompts.settled(turn, prompts.RATING, complaint.id)
    turn.say("withdrawal_finished", reference=complaint.reference)
    return back_to_idle()


def kept_media(turn: Turn) -> list[dict]:
    """The media sent at the rating question before (kept in the conversation) and with this message."""
    return [*turn.data.get("media_instead", []), *turn.media()][:complaints.MAX_PHOTOS]


SATISFIED_IN_WORDS = 4  # the score "puas" reads as
UNSATISFIED_IN_WORDS = 2  # the score "tidak puas" reads as ("kurang memuaskan")
LATE_RATING_MAX_WORDS = 12  # a rating typed late is short: "mantap pak sampahnya udah bersih"


def _done_and_thanked(turn: Turn, complaint: Complaint) -> Next:
    """The work said to be done ("sudah diangkut, makasih") is a satisfied rating, with the words as its comment."""
    said = "\n".join(filter(None, (turn.data.get("said_instead", ""), turn.text)))
    complaints.rate(turn.session, complaint, SATISFIED_IN_WORDS, turn.now)
    complaints.add_comment(turn.session, complaint, said, turn.now, media=kept_media(turn))
    prompts.settled(turn, prompts.RATING, complaint.id)
    turn.say("rating_done_in_words", reference=complaint.reference, score=SATISFIED_IN_WORDS)
    return back_to_idle()


PRAYING_HANDS = frozenset("🙏\ufe0f\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff ")


def _grateful(text: str) -> bool:
    """A message that opens with thanks and says nothing unhappy ("makasih infonya pak", "terima kasih atas
    bantuannya"), or praying hands alone ("🙏", "🙏🏻🙏🏻")."""
    if text.strip() and set(text) <= PRAYING_HANDS:
        return True
    typed = words(text)
    said = set(understanding.standard_words(text))
    return (bool(set(typed[:2]) & THANKS) and len(typed) <= 12
            and not said & (understanding.NEGATION | understanding.DISAPPOINTED | {"masih", "tapi", "kurang"}))


def _rated(turn: Turn, complaint: Complaint, score: int, said: str) -> Next:
    """Store the rating; what was typed after the number is the reason (1–2: reopened when it says enough) or the
    comment (3–5), else it is asked for."""
    complaints.rate(turn.session, complaint, score, turn.now)
    return _after_rating(turn, complaint, score, said)


def _after_rating(turn: Turn, complaint: Complaint, score: int, said: str) -> Next:
    """What follows a rating stored: its reason (1–2: reopened when it says enough) or comment (3–5), else asked."""
    prompts.settled(turn, prompts.RATING, complaint.id)
    if score in complaints.UNSATISFIED_SCORES and len(words(said)) >= MIN_REASON_WORDS and _fine_after_all(said):
        return _rated_slowly(turn, complaint, None)  # "pelayanan lambat tapi hasilnya oke": nothing left to do
    if score in complaints.UNSATISFIED_SCORES and _about_the_officers(said):
        return _rated_for_manners(turn, complaint, said)
    if score in complaints.UNSATISFIED_SCORES and len(words(said)) >= MIN_REASON_WORDS:
        return unsatisfied(turn, complaint, said, asked_before=False)
    if score in complaints.UNSATISFIED_SCORES:
        turn.say("ask_unsatisfied_reason", reference=complaint.reference)
        return go(State.RATING_REASON, rating_for=complaint.id, media_instead=kept_media(turn))
    if said:
        complaints.add_comment(turn.session, complaint, said, turn.now, media=kept_media(turn))
        if left_undone(said, score):  # "3 tapi masih bau", "3, redup bgt": asked once whether to reopen
            return _ask_reopen(turn, complaint, said)
        turn.say("rating_thanks", reference=complaint.reference)
        return back_to_idle()
    if score >= SATISFIED_IN_WORDS and _thanked_with_rating(turn.text):  # "puas bgt makasih": all they meant to say
        turn.say("rating_thanked_back", reference=complaint.reference, score=score)
        return back_to_idle()
    turn.say("ask_rating_comment", score=score)
    return go(State.RATING_COMMENT, rating_for=complaint.id, media_instead=kept_media(turn),
              comment_asked_at=turn.now.isoformat())


# Thanks beside a rating: a word of thanks ("makasih", "tq", "matur nuwun", "alhamdulillah"), "terima kasih" (not
# "kasih" alone: "saya kasih 5" gives), or praying hands
THANKED = frozenset(THANKS) - {"kasih", "kasi", "terima"}
THANKS_SAID = re.compile(r"\b(?:terima|trima|trimo)\s*kasi?h?\b|🙏", re.IGNORECASE)


def _thanked_with_rating(text: str) -> bool:
    """Whether a rating comes with thanks ("puas bgt makasih", "👍 makasih", "terima kasih, sangat puas") or with
    approval besides its own word ("sip puas", "oke mantap"): the citizen has said all they meant to."""
    typed = words(text)
    if not THANKED.isdisjoint(typed) or THANKS_SAID.search(text or ""):
        return True
    rated = [w for w in map(_rating_word, typed) if w in vocab.RATING_WORDS]
    return "sip" in rated and len(rated) >= 2


BUT = re.compile(r"^\W*(?:tapi|tp|tpi|namun|cuma|cm|tetapi)\b\W*", re.IGNORECASE)


def _about_the_officers(said: str) -> bool:
    """Whether the words after a low rating are about the officers' manners or conduct and say nothing is left
    undone ("1, petugasnya gak ramah pak"; not "lampu belum nyala, petugasnya cuek")."""
    return (understanding.rude_staff(said) and not says_not_fixed(said)
            and understanding.work_done(said) is not False and not understanding.still_not_done(said))


def _rated_for_manners(turn: Turn, complaint: Complaint, said: str) -> Next:
    """A low rating for the officers' manners: kept with its words; nothing is reopened, as the words would go back
    to the officers they are about (it was reopened, "Alasan: petugasnya gak ramah" sent to them), and how to report
    them to the verifiers is said."""
    complaints.add_comment(turn.session, complaint, said, turn.now, media=kept_media(turn))
    prompts.settled(turn, prompts.RATING, complaint.id)
    turn.say("rating_for_manners", reference=complaint.reference, score=complaint.rating)
    return back_to_idle()


def _fine_after_all(said: str) -> bool:
    """Whether the words after a low rating say the result is fine ("tapi hasilnya oke", "tp udah beres"): a low
    mark for the wait, not a reason to reopen."""
    rest = BUT.sub("", said)
    found = _score_in_words(rest)
    return understanding.work_done(rest) is True or (found is not None and found[0] >= 3)


# Out of ten ("8/10", "nilai 9 dari 10"): halved, rounded up
OUT_OF_TEN = re.compile(r"^\W*(?:nilai(?:nya)?|skor|score|rating)?\s*(10|[0-9])\s*(?:/|dari|dr|out\s+of)\s*10\b"
                        r"\W*(.*)$", re.IGNORECASE | re.DOTALL)


def score_with_words(text: str) -> tuple[int, str] | None:
    """The 1–5 rating a message gives ("4", "nilai 4", "⭐⭐⭐⭐", "saya kasih 4") and the words typed after it
    (the comment or reason; "" when only small words follow)."""
    tenth = OUT_OF_TEN.match(text or "")
    if tenth is not None:
        return max(1, (int(tenth.group(1)) + 1) // 2), tenth.group(2).strip() if understanding.content(
            tenth.group(2)) else ""
    found = understanding.score(text)
    if found is not None:
        score, said = found
        return score, said if understanding.content(said) else ""
    typed = understanding.standard_words(text)  # "lima", "bintang lima" too
    digits = [w for w in typed if w.isdigit()]
    thanked = [w for w in typed if w not in THANKED_HEARTILY and w not in SCORE_AROUND]  # "hatur nuhun pisan, 5"
    if len(digits) == 1 and (len(typed) <= 3 or thanked == digits) and 1 <= int(digits[0]) <= 5:
        return int(digits[0]), _after_number_word(text, typed)
    return (_score_in_words(text) or _score_in_emoji(text) or _score_then_comment(text) or _score_after_thanks(text)
            or _score_given(text))


# A score given in words of giving or of "my mark", anywhere in a message: "… matur nuwun sanget. tak kei 5", "aku
# kasih 5 deh", "Nilai saya 5." (Javanese "kei", "wenehi", "paringi", Sundanese "masihan", Madurese "berri'"); the
# number then ends the clause or only a word of address or of rating follows it ("kasih 3 aja soalnya telat"), so
# what is counted ("dikasih 2 karung", "kasih 2 hari lagi") gives none
GIVEN_SCORE = re.compile(
    r"(?:(?<![\w'])(?:(?:saya|sy|aku|ak|tak|tk|kulo|abdi|sengko'?|gw|gue|kami)\s+)?"
    r"(?:kasih|kasi|ksh|ngasih|ngasi|beri|berikan|kei|ke'i|wenehi|weneh|paringi|caosi|masihan|berri'?)"
    r"(?:\s+(?:nilai|bintang|skor|rating|angka))?"
    r"|(?<![\w'])(?:nilai|skor|rating|bintang)\s+(?:dari\s+)?(?:saya|sy|aku|kulo|abdi|kami))"
    r"\s*([1-5])(?![\d.,:/]\d|\s*(?:%|persen))(?:\s*(?:/|dari|dr)\s*5)?(?!\w)", re.IGNORECASE)
SCORE_TAIL = understanding.FILLER | frozenset({"bintang", "nilai", "buat", "untuk", "utk", "dari", "lur", "cak",
                                               "kang", "min", "mimin", "kakak", "dulu", "pokoknya"})


def _score_given(text: str) -> tuple[int, str] | None:
    """The score a message gives in words of giving or of one's mark (`GIVEN_SCORE`), and the rest as its comment."""
    found = GIVEN_SCORE.search(text or "")
    if found is None:
        return None
    tail = text[found.end():]
    first = words(tail)[:1]
    if first and not re.match(r"\s*[.,;!🙏]", tail) and first[0] not in SCORE_TAIL:
        return None
    tail = after_words(tail, next((i for i, w in enumerate(words(tail)) if w not in SCORE_TAIL), len(words(tail))))
    comment = f"{text[:found.start()].strip(' ,.;:-')} {tail.strip(' ,.;:-!')}".strip()
    return int(found.group(1)), comment if understanding.content(_without_thanks(comment)) else ""


SET_OFF_SCORE = re.compile(r"^[1-5]\s*[,.;!]")  # "5, cepet tenan": a comment set off after the score


def _score_after_thanks(text: str) -> tuple[int, str] | None:
    """A score typed after thanks or an address, with praise, thanks or a comment set off after it ("thx min, 5
    mantap", "makasih, 4 cukup bagus", "suwun pak, 5, cepet tenan"): it got "Boleh beri nilai …?" as thanks alone.
    A number counting something ("makasih pak, 2 lampu masih mati") is none."""
    typed = (text or "").split()
    at = 0
    while at < len(typed) and (said := understanding.standard_words(typed[at])) and set(said) <= THANKS_OPENING:
        at += 1
    rest = " ".join(typed[at:])
    found = understanding.score(rest) if at else None
    if found is None:
        return None
    score, comment = found
    if (understanding.content(comment) and _score_in_words(comment) is None and not is_thanks(comment)
            and not (SET_OFF_SCORE.match(rest) and understanding.work_done(comment) is not False)):
        return None
    return score, comment if understanding.content(_without_thanks(comment)) else ""


THANKS_AROUND_RATING = frozenset({"terima", "kasih", "banyak", "thank", "you", "much", "nuwun", "nuhun"})
SCORE_AROUND = understanding.FILLER | frozenset({"bintang", "nilai", "nilainya", "skor", "rating", "aja", "saja"})
THANKS_OPENING = frozenset(THANKS) | THANKS_AROUND_RATING | understanding.OPENING  # before a score: "thx min, 5 mantap"
# Thanks with how much ("hatur nuhun pisan", "terima kasih banyak ya pak") beside a bare score: the score alone
THANKED_HEARTILY = frozenset(THANKS) | {"terima", "kasih", "banyak", "pisan", "sanget", "banget", "bgt", "sekali",
                                       "thank", "you", "much", "very", "so"}


def _after_number_word(text: str, typed: list[str]) -> str:
    """The comment after a short rating in a number word ("tiga, redup": "redup"; it was dropped, and "Ada
    komentar?" asked), "" when only words of rating or address stand beside it ("bintang tiga", "tiga pak")."""
    at = next(i for i, w in enumerate(typed) if w.isdigit())
    if all(w in SCORE_AROUND for w in typed[:at] + typed[at + 1:]):
        return ""
    return after_words(text, at + 1).strip(" ,.;:-")


# Where a rating in words ends and a comment begins: "lumayan, tp agak lama", "mantap pak cuma agak lama", and
# thanks typed with no comma ("puas bgt makasih ya pak sudah cepet")
_THANKS_BEGIN = "|".join(sorted((re.escape(w) for w in THANKS if w not in ("kasih", "kasi")), key=len, reverse=True))
COMMENT_BEGINS = re.compile(rf"\s*,\s*|\s+(?=(?:tapi|tp|tpi|cuma|cm|namun|hanya|{_THANKS_BEGIN})\b)",
                            re.IGNORECASE)


def _score_then_comment(text: str) -> tuple[int, str] | None:
    """A short rating in words, then a comment after a comma or a "but" ("ya lumayan, tp agak lama" 3), unless the
    comment says the work is not done ("bagus, tapi masih bocor": that reopens it)."""
    found = COMMENT_BEGINS.search(text or "")
    if found is None:
        return None
    rated, comment = _score_in_words(text[:found.start()]), text[found.end():].strip()
    if rated is None or not understanding.content(comment) or understanding.work_done(comment) is False:
        return None
    return rated[0], comment if understanding.content(_without_thanks(comment)) else ""  # "matur nuwun pak": none


# What rides on an emoji without changing it: skin tones, the emoji presentation selector, the joiner
EMOJI_MODIFIERS = re.compile("[\U0001F3FB-\U0001F3FF\uFE0E\uFE0F\u200D]")


# Thanks around a rating ("makasih pak, mantap", "👍 makasih") leave the rating as it is
THANKS_AROUND = frozenset(THANKS) | {"terima", "kasih", "banyak", "sudah", "thank", "you", "much"}


def _without_thanks(text: str) -> str:
    """The message without its words of thanks."""
    return " ".join(w for w in (text or "").split() if not (set(words(w)) and set(words(w)) <= THANKS_AROUND))


def _score_in_emoji(text: str) -> tuple[int, str] | None:
    """A rating given as emoji alone, all of one score ("👍", "👍🏽👍🏽", "😡😡"); None for anything else."""
    typed = [ch for ch in EMOJI_MODIFIERS.sub("", _without_thanks(text)) if not ch.isspace()]
    scores = {vocab.RATING_EMOJI.get(ch) for ch in typed}
    return (scores.pop(), "") if len(scores) == 1 and None not in scores else None


RATING_NEGATION = frozenset({"tidak", "kurang", "belum"})


# Letters typed more than once ("mantull", "joss", "goood"): read once, or twice ("good")
REPEATED = re.compile(r"(.)\1+")


def _rating_word(word: str) -> str:
    """The word of the rating vocabulary a word typed is, its letters doubled or not ("mantull", "siip"), or itself."""
    if word in vocab.RATING_WORDS or word in vocab.RATING_STRONGER:
        return word
    if word == "b":  # "B aja": "biasa aja", so-so
        return "biasa"
    for once in (REPEATED.sub(r"\1", word), REPEATED.sub(r"\1\1", word)):
        if once in vocab.RATING_WORDS or once in vocab.RATING_STRONGER:
            return once
    return "sip" if REPEATED.sub(r"\1", word) in vocab.RATING_APPROVAL else word


def _approved(text: str) -> bool:
    """Whether a word of approval was typed ("sip", "oke deh"), which the chat's standard words read as a yes."""
    return any(_rating_word(w) == "sip" for w in words(text))


def _score_in_words(text: str) -> tuple[int, str] | None:
    """A short rating in words: "puas" 4, "sangat puas" 5, "cukup puas" 3, "jelek" 2, "jelek banget" 1; approval
    ("sip", "oke deh") 4."""
    said = [_rating_word(w) for w in understanding.content(text)  # "sae pisan kang": the address counts for nothing
            if w not in THANKS_AROUND and w not in vocab.RATING_SUBJECTS and w not in understanding.OPENING]
    if not said and _approved(text):  # "oke deh", "sip makasih min": small words and thanks around it
        return vocab.RATING_WORDS["sip"], ""
    rated = [vocab.RATING_WORDS[w] for w in said if w in vocab.RATING_WORDS]
    negated = bool(set(said) & RATING_NEGATION)  # "kurang memuaskan", "tidak bagus"
    if not rated or len(said) > 3 or not set(said) <= set(vocab.RATING_WORDS) | vocab.RATING_STRONGER | (
            RATING_NEGATION if negated else frozenset()):
        return None
    if negated:  # a good word denied is a low rating; a bad one denied says nothing sure ("tidak jelek")
        return ((1 if set(said) & vocab.RATING_STRONGER else 2), "") if min(rated) > 3 else None
    if 3 in rated:  # "cukup puas", "lumayan bagus": the middle
        return 3, ""
    low, strong = min(rated) < 3, bool(set(said) & vocab.RATING_STRONGER)
    if low:
        return (1 if strong else min(rated)), ""
    return (5 if strong else max(rated)), ""


def score_in(text: str) -> int | None:
    """The 1–5 rating a message gives, or None."""
    found = score_with_words(text)
    return found[0] if found else None


def _closed_meanwhile(turn: Turn, rest: str) -> Next | None:
    """A 'tidak puas' about the complaint being rated, which was closed for good meanwhile (it went unanswered for
    too long): say so plainly; None when the message names another complaint or the rated one is not closed."""
    closed = rated_complaint(turn, allow_closed=True)
    number, _ = split_reference(rest, bare=False)
    if closed is None or closed.closed_at is None or number not in (None, closed.number):
        return None
    prompts.settled(turn, prompts.RATING, closed.id)
    turn.say("reopen_closed", reference=closed.reference)
    return back_to_idle()


def _reopen_named_or(turn: Turn, complaint: Complaint, rest: str) -> Next:
    """TIDAK PUAS while rating: reopen the complaint named (LPR-n), else the one being rated."""
    number, _ = split_reference(rest, bare=False)
    if number is None or number == complaint.number:
        return unsatisfied(turn, complaint, reference(rest)[1] if number else rest, asked_before=False)
    started = start_reopen(turn, rest)
    if started is None:
        turn.say("reopen_unknown", reference=f"LPR-{number}")
    return started or STAY


def _reopens_named(turn: Turn) -> Next | None:
    """TIDAK PUAS LPR-n typed while giving a reason or comment for another complaint reopens the one named."""
    rest = understanding.unsatisfied(turn.text)
    number, _ = split_reference(rest or "", bare=False)
    rated = turn.session.get(Complaint, turn.data.get("rating_for") or 0)
    if rest is None or number is None or (rated is not None and rated.number == number):
        return None
    started = start_reopen(turn, rest)
    if started is None:
        turn.say("reopen_unknown", reference=f"LPR-{number}")
    return started or STAY


def _menu_words(turn: Turn) -> Next | None:
    """The menu's word for filing (BUAT PENGADUAN, ADUAN, "mau lapor lagi") typed instead of a reason or comment:
    read when idle."""
    wanted = understanding.intent(turn.text)
    short_wish = wanted is not None and wanted.name == "FILE" and len(words(wanted.rest)) <= 2
    return again(State.IDLE) if match_phrase(turn.text, FILE_WORDS) or short_wish else None


def _ratings_shown(turn: Turn, but: Complaint) -> list[Complaint]:
    """The other finished complaints whose rating question the citizen has seen."""
    shown = [turn.session.get(Complaint, p.id) for p in turn.prompts
             if p.kind == prompts.RATING and p.shown and p.id != but.id]
    return [c for c in shown if c is not None and c.status == complaints.DONE and c.closed_at is None]


def _reopen_meant(turn: Turn, candidates: list[Complaint], reason: str) -> Next:
    """TIDAK PUAS without a number while several finished complaints wait: reopen the one meant (swiped onto, or
    the only one whose words the reason uses), else ask which, keeping the reason."""
    meant = _meant(turn, candidates, reason)
    if meant is not None:
        return unsatisfied(turn, meant, reason, asked_before=False)
    items = "\n".join(t("reopen_which_item", number=i, reference=c.reference, title=excerpt(c.title, 60))
                      for i, c in enumerate(candidates, 1))
    turn.say("reopen_which", items=items, reference=candidates[-1].reference)
    return go(State.RATING_REASON, reopen_reason=reason, reopen_choices=[c.id for c in candidates],
              media_instead=kept_media(turn))  # a photo sent at the rating question goes with the reason


def _meant(turn: Turn, candidates: list[Complaint], reason: str) -> Complaint | None:
    """Of the finished complaints, the one a reason is about: the only one, the one swiped onto, or the only one
    sharing words with it ("sampahnya masih ada" and "sampah di TPS tidak diangkut"); None when it cannot tell."""
    if len(candidates) == 1:
        return candidates[0]
    if turn.replied is not None and turn.replied[0] == prompts.RATING and turn.replied[1] in candidates:
        return turn.replied[1]
    found = understanding.most_alike(reason, [f"{c.title} {c.description}" for c in candidates])
    return candidates[found] if found is not None else None


def _reopen_chosen(turn: Turn) -> Next:
    """The answer to "which complaint?" after TIDAK PUAS: its reference, its place in the list, or words of it;
    anything else is read when idle (the reason is dropped)."""
    choices = [c for c in (turn.session.get(Complaint, i) for i in turn.data["reopen_choices"]) if c is not None]
    number, _ = leading_reference(turn.text)
    picked = pick_numbers(understanding.choice_text(turn.text)) or []
    chosen = ([c for c in choices if c.number == number]
              or ([choices[picked[0] - 1]] if len(picked) == 1 and 1 <= picked[0] <= len(choices) else [])
              or [c for c in [_meant(turn, choices, turn.text)] if c is not None and turn.text.strip()])
    if not chosen:
        return again(State.IDLE)
    return unsatisfied(turn, chosen[0], turn.data["reopen_reason"], asked_before=False)


def on_rating_reason(turn: Turn) -> Next:
    """Stores the citizen's reason and reopens the complaint (LEWATI keeps it closed), then asks what is pending."""
    if turn.data.get("reopen_choices"):
        return _reopen_chosen(turn)
    named = _reopens_named(turn) or _menu_words(turn)
    if named is not None:
        return named
    complaint = rated_complaint(turn)
    skipped = match_phrase(turn.text, SKIP_CHOICES)
    closed = complaint is None and not skipped and _closed_meanwhile(turn, "")
    if closed:
        return closed
    if complaint is not None and _asks_of_another(turn, complaint):
        return again(State.IDLE)
    if complaint is not None and not skipped and understanding.only_slow(turn.text):  # "1", then "kelamaan"
        return _rated_slowly(turn, complaint, None)
    if complaint is None or skipped:
        if complaint is not None and turn.data.get("media_instead"):  # no reason given, but not dropped either
            complaints.add_comment(turn.session, complaint, t("answer_photos_only"), turn.now,
                                   media=turn.data["media_instead"])
        turn.say("rating_thanks", reference=complaint.reference if complaint else "")
        return back_to_idle()
    if turn.text.strip() and is_acknowledgement(turn.text) and not turn.message.media:
        return _no_reason_given(turn, complaint)
    if complaint.rating is not None and _about_the_officers(turn.text):  # "1", then "petugasnya judes bgt"
        return _rated_for_manners(turn, complaint, turn.text)
    return unsatisfied(turn, complaint, turn.text, asked_before=bool(turn.text.strip()))


def _no_reason_given(turn: Turn, complaint: Complaint) -> Next:
    """Thanks or an acknowledgement at the reason question ("🙏", "makasih pak", "ok pak") gives no reason (it got
    «Mohon tulis alasannya», or reopened the complaint with "makasih pak" as the reason): nothing reopens, the
    rating stays, and how to reopen later is said."""
    if complaint.rating is not None:
        turn.say("rating_thanks", reference=complaint.reference)
    turn.say("reopen_not_asked", reference=complaint.reference)
    return back_to_idle()


def _asks_of_another(turn: Turn, complaint: Complaint) -> bool:
    """Whether a message at the reason question asks about another of the citizen's complaints ("gimana yg
    sampah?" while the street lights' reason is asked): no reason to reopen this one."""
    if not understanding.asks_about(turn.text) and not understanding.asks_after_a_report(turn.text):
        return False  # cheap first: a reason is seldom a question
    others = [c for c in complaints.citizen_complaints(turn.session, turn.contact, limit=20) if c.id != complaint.id]
    told = [f"{c.title} {c.description}" for c in [complaint, *others]]
    return bool(others) and understanding.most_alike(turn.text, told) not in (None, 0)


def unsatisfied(turn: Turn, complaint: Complaint, reason: str, asked_before: bool) -> Next:
    """Reopen the complaint with the citizen's reason, or ask for one (again, `asked_before`) when it is too
    short."""
    if len(words(reason)) < MIN_REASON_WORDS:
        if asked_before and reason.strip():
            turn.say("reason_too_short")
        else:
            turn.say("ask_unsatisfied_reason", reference=complaint.reference)
        return go(State.RATING_REASON, rating_for=complaint.id, media_instead=kept_media(turn))
    media = kept_media(turn)
    try:
        dispositions.reopen(turn.session, complaint, reason, turn.now, turn.svc.region, media=media)
    except complaints.LifecycleError:  # closed (or moved on) while the citizen wrote: that change stands
        prompts.settled(turn, prompts.RATING, complaint.id)
        turn.say("reopen_closed", reference=complaint.reference)
        return back_to_idle()
    prompts.settled(turn, prompts.RATING, complaint.id)
    promised = queue.promised_by(turn.session, complaint, turn.svc.region)
    turn.say("reopened", reference=complaint.reference,
             due=t("reopened_due", day=deadline_words(promised[1], turn.now, turn.svc.region.calendar, weekday=True))
             if promised else "")
    if turn.media():
        turn.say("photo_received", received=received(kind_counts(m["content_type"] for m in turn.media())))
    return Next(State.IDLE, {JUST_REOPENED: complaint.number}, ask=Ask.ALL)


JUST_REOPENED = "just_reopened"  # conversation data: the complaint reopened by the message before (read once)


def score_after_reopening(turn: Turn, number: int | None) -> Next | None:
    """A bare score right after the citizen's reopening ("1", "nilai 1": the score they meant along with it) is no
    menu choice: told the complaint is reopened and the rating comes after the next answer (a "1" began a new
    complaint, and the next angry words were taken as its kind). None for anything else."""
    found = understanding.score(turn.text) if number is not None and not turn.media() else None
    if found is None or understanding.content(found[1]):
        return None
    turn.say("score_after_reopening", reference=f"LPR-{number}")
    return STAY


def _comment_lapsed(turn: Turn) -> Next | None:
    """A message days after "Ada komentar?" is read as when idle (COMMENT_LAPSES); None within it."""
    asked = turn.data.get("comment_asked_at")
    return again(State.IDLE) if asked and turn.now - datetime.fromisoformat(asked) > COMMENT_LAPSES else None


def on_rating_comment(turn: Turn) -> Next:
    """Stores an optional comment on the rating (LEWATI skips), thanks the citizen and asks what is pending; an
    addition to a complaint, STATUS, IKUTI or a wish to file is no comment: read when idle (the rating stays). A
    comment saying the problem is not fixed ("tapi masih bau") asks once whether to reopen, answered here."""
    named = _comment_lapsed(turn) or _reopens_named(turn) or _menu_words(turn) or _corrected(turn)
    if named is not None:
        return named
    complaint = rated_complaint(turn, allow_closed=True)
    if turn.data.get("not_fixed") and complaint is not None:
        return _reopen_answered(turn, complaint, turn.data["not_fixed"])
    wanted = understanding.intent(turn.text)
    if wanted is not None or complaint is not None and _another_matter(turn, [complaint]):
        return again(State.IDLE)  # "lampu jalan … mati" after rating the rubbish: a new report, not its comment
    media = kept_media(turn)
    score = _bare_score(turn.text)
    if complaint is not None and score is not None and not media:  # the number after a rating read from words
        if score != complaint.rating:
            complaints.rate(turn.session, complaint, score, turn.now)
        turn.say("rating_thanks", reference=complaint.reference)
        return back_to_idle()
    said = turn.text and not match_phrase(turn.text, SKIP_CHOICES)
    if complaint is not None and (said or media):
        complaints.add_comment(turn.session, complaint, turn.text if said else t("answer_photos_only"), turn.now,
                               media=media)
    if complaint is not None and said and left_undone(turn.text, complaint.rating):  # "tapi masih bau": asked once
        if turn.media():
            turn.say("photo_received", received=received(kind_counts(m["content_type"] for m in turn.media())))
        return _ask_reopen(turn, complaint, turn.text)
    turn.say("rating_thanks", reference=complaint.reference if complaint else "")
    if complaint is not None and turn.media():
        turn.say("photo_received", received=received(kind_counts(m["content_type"] for m in turn.media())))
    return back_to_idle()


# What a comment names when it says the problem is still there ("masih bau", "numpuk sebagian", "masih ada sisa",
# Javanese "isih mambu"), as against the people or the wait ("petugasnya masih muda", "masih kurang cepat")
NOT_FIXED_SIGNS = understanding.PROBLEM_WORDS | understanding.TROUBLES | understanding.PARTLY | frozenset(
    "sisa tersisa nyisa mambu ambu kedip kedap genangan tergenang".split())
STILL_OR_BUT = understanding.STILL | understanding.PARTLY | understanding.CONTRAST | understanding.NEGATION


def says_not_fixed(text: str) -> bool:
    """The one reading of "the problem is not (fully) fixed", at the rating's comment question and after it: the work
    said not done (`understanding.work_done`), and either a thing or a state of the problem still there ("tapi
    masih bau", "sampahnya masih numpuk sebagian", Sundanese "masih bau keneh") or words told as the rating's
    feedback, a "but" opening them or a rating in words before them ("tapi kok belum semua ya", "lumayan tapi masih
    ada yang kurang"). Not praise, a wish or the wait ("petugasnya ramah, tapi agak lama", "semoga tidak numpuk
    lagi", "masih kurang cepat": the work is not said undone), nor the problem back again (BACK_AGAIN, a new report)
    unless it worked only a moment first ("nyala sebentar terus mati lagi": never fixed).
    It replaces the idle check's own reading (`_rating_not_fixed`, which took only the feedback's form)."""
    if BRIEFLY_WORKING.search(text):  # "lampunya nyala cuma sebentar", "… terus mati lagi": a while is not fixed
        return True
    said = set(understanding.standard_words(text))
    if said & BACK_AGAIN:
        return False
    left = bool(said & STILL_OR_BUT) and any(w.removesuffix("nya") in NOT_FIXED_SIGNS for w in said)
    if not left and not _told_as_feedback(text):  # cheap first: most messages say nothing of the sort
        return False
    return understanding.work_done(text) is False


# Working for a while only ("nyala cuma sebentar", "cuma ngalir sebentar", "hanya hidup sebentar", "nyala semalam doang
# trus mati lagi", Javanese "murup sedhela", Sundanese "hurung sakedap"): a state of working and "only a moment" (or a
# few hours) together, in either order; "cuma sebentar kok pengerjaannya" is the work's speed, "jalan 2 jam" a walk
_LIT = r"(?:nyala|menyala|hidup|idup|ngalir|mengalir|murup|urip|hurung|berfungsi)"
_WORKING = rf"(?:{_LIT}|jalan)"
_ONLY_A_MOMENT = r"(?:cuma|cm|cuman|hanya|doang|aja|saja)"
_MOMENT = r"(?:(?:se)?bentar(?:an)?|sedhela|sedela|sedilut|sakedap|sakeudeung)"
_HOURS = r"(?:sejam|semalam|semenit|\d+\s*(?:jam|menit|mnt)|beberapa\s+(?:jam|menit))"
BRIEFLY_WORKING = re.compile(rf"\b{_WORKING}(?:nya)?\s+(?:{_ONLY_A_MOMENT}\s+)?{_MOMENT}\b"
                             rf"|\b{_ONLY_A_MOMENT}\s+{_WORKING}(?:nya)?\s+{_MOMENT}"
                             rf"|\b{_LIT}(?:nya)?\s+(?:{_ONLY_A_MOMENT}\s+)?{_HOURS}\b", re.IGNORECASE)
# A fault of the thing fixed, still there, that a middling rating's words may tell with no "still" ("3, redup bgt",
# "3 lampunya kedip2"): the problems' words and the faults of work done halfway
FAULTS = understanding.PROBLEM_WORDS | frozenset("""redup remang kedip berkedip kedap kelap rembes merembes netes
    menetes ngerembes miring goyang goyah surem burem buram remeng""".split())  # "surem": Javanese, dim
WISHING = frozenset("semoga smoga moga mudah mudahan jangan biar supaya agar harap berharap".split())
_COUNTED = r"(?:\d+|satu|dua|tiga|empat|sebagian|separuh|setengah|sebelah)"
# Working only in part ("cuma nyala satu", "yg nyala cuma 2", "baru nyala separuh"): a state of working and "only" a
# count, in either order
PARTLY_WORKING = re.compile(rf"\b(?:{_ONLY_A_MOMENT}|baru)\s+{_LIT}(?:nya)?\s+{_COUNTED}\b"
                            rf"|\b{_LIT}(?:nya)?\s+(?:{_ONLY_A_MOMENT}|baru)\s+{_COUNTED}\b", re.IGNORECASE)


def left_undone(comment: str, score: int | None) -> bool:
    """Whether a rating's words say the problem is not (fully) fixed: `says_not_fixed`, or, after a middling or low
    score or as feedback ("4 bagus tp agak redup"), a fault of the thing named with no "still" ("3, redup bgt",
    "3 lampunya kedip2") or working only in part ("3 cuma nyala satu"); they were thanked and closed. Not a fault
    denied or wished away ("udah gak redup", "semoga gak rusak lagi"), nor one come back (a new report)."""
    if says_not_fixed(comment):
        return True
    if not (score is not None and score <= 3 or _told_as_feedback(comment)):
        return False
    said = understanding.standard_words(comment)
    if set(said) & (BACK_AGAIN | WISHING) or understanding.work_done(comment) is True:
        return False
    if PARTLY_WORKING.search(comment):
        return True
    return any(w.rstrip("0123456789").removesuffix("nya") in FAULTS
               and not set(said[max(i - 2, 0):i]) & understanding.NEGATION for i, w in enumerate(said))


# Thanks or small words right before a "but" ("makasih tp …", "udah sih tapi …"): told as the rating's feedback too
THANKS_BEFORE_BUT = frozenset(THANKS) | understanding.FILLER | frozenset({"terima", "kasih", "sudah", "ya"})


def _told_as_feedback(text: str) -> bool:
    """Whether words are told as a rating's feedback: a "but" opening them, or a rating in words or thanks before them
    ("lumayan tapi …", "bagus pak, tapi …", "makasih tp …")."""
    found = COMMENT_BEGINS.search(text)
    if BUT.match(text):
        return True
    if found is None:
        return False
    before = text[:found.start()]
    thanked = (BUT.match(text[found.end():]) and (said := understanding.standard_words(before))
               and set(said) <= THANKS_BEFORE_BUT)  # "makasih, masih ada laporan lain" is no feedback
    return bool(thanked) or _score_in_words(before) is not None


def _ask_reopen(turn: Turn, complaint: Complaint, comment: str) -> Next:
    """A satisfied rating's comment says the problem is not fixed: kept as the comment, the complaint stays closed,
    and the citizen is asked once whether to reopen it (BUKA) or leave it (SELESAI)."""
    turn.say("rating_not_fixed_asked", reference=complaint.reference)
    return go(State.RATING_COMMENT, rating_for=complaint.id, not_fixed=comment[:1000], asked_at=turn.now.isoformat())


OK_WORDS = frozenset("ok oke okay okey okeh oce sip siip siap".split())  # an acknowledgement, not a "yes, open it"
ENOUGH = frozenset("selesai cukup sudah lewati skip tutup".split())


def _reopen_wanted(text: str) -> bool | None:
    """The answer to "Apakah masalahnya belum selesai? Balas BUKA … atau SELESAI": True to reopen (BUKA, "iya
    belum", "masih bau banget"), False to leave it closed (SELESAI, "cukup", "ok", "gak usah", thanks, LEWATI), None
    for anything else."""
    said = [w for w in understanding.standard_words(text) if w not in understanding.FILLER or w == "ya"]
    typed = words(text)
    if not said:
        return None
    if "buka" in said[:3] or "belum" in said or understanding.unsatisfied(text) is not None:
        return True
    if says_not_fixed(text) or understanding.work_done(text) is False and not understanding.means_no(text):
        return True
    if (set(said) & ENOUGH or said[0] in understanding.NEGATION or typed[:1] and typed[0] in OK_WORDS
            or match_phrase(text, SKIP_CHOICES) or is_acknowledgement(text) and said[0] != "ya"):
        return False
    return True if understanding.means_yes(text) else None


def _reopen_answered(turn: Turn, complaint: Complaint, comment: str) -> Next:
    """The citizen's answer to whether the problem the comment told of is not fixed: reopened with the comment (and
    what this message adds) as the reason, or left closed with thanks; anything else is read when idle (the
    comment and the rating stay)."""
    asked = turn.data.get("asked_at")
    late = asked and turn.now - datetime.fromisoformat(asked) > RATED_RECENTLY  # "iya" days later: something else
    wanted = None if late else _reopen_wanted(turn.text)
    if wanted is None:
        return again(State.IDLE)
    if not wanted:
        turn.say("rating_thanks", reference=complaint.reference)
        return back_to_idle()
    rest = understanding.unsatisfied(turn.text)  # "TIDAK PUAS masih bau": its words after TIDAK PUAS
    told = turn.text if rest is None else rest
    more = told if says_not_fixed(told) or understanding.work_done(told) is False else ""
    return _not_fixed_after_all(turn, complaint, "\n".join(filter(None, (comment, more))))


# A rating taken back at its comment question: "eh maaf salah, harusnya 1", "ga jadi puas, jelek", "ralat: 2"
CORRECTION_WORDS = frozenset("salah keliru ralat koreksi harusnya seharusnya hrsnya maksudnya maksud mksdnya mksd "
                             "jadi".split())
CORRECTION = re.compile(
    r"\b(?:(?:salah|keliru)(?:\s+(?:pencet|ketik|tekan|kirim|klik|kasih|nilai|input))?|ralat|koreksi|(?:se)?harusnya"
    r"|hrsnya|maksudnya|maksud\s+(?:saya|sy|aku)|mksdnya|mksd"
    r"|(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|ndak|nda)\s*jadi(?:\s+(?:puas|bagus|mantap|oke|ok|sip|deh|dong))?)\b",
    re.IGNORECASE)


def _corrected(turn: Turn) -> Next | None:
    """A rating corrected at its comment question ("eh maaf salah, harusnya 1"): the score after the words taking
    the first one back replaces it, and what follows a rating follows it (a low one asks why, or reopens with the
    reason typed after it). None for anything else ("salah satu petugasnya ramah")."""
    if not set(words(turn.text)) & CORRECTION_WORDS:  # cheap: most comments take nothing back
        return None
    said = [*CORRECTION.finditer(turn.text)]
    rated = score_with_words(turn.text[said[-1].end():]) if said else None
    complaint = rated_complaint(turn, allow_closed=True)
    if rated is None or complaint is None:
        return None
    dispositions.correct_rating(turn.session, complaint, rated[0], turn.now, turn.svc.region)
    return _after_rating(turn, complaint, *rated)


def _bare_score(text: str) -> int | None:
    """A satisfied score and nothing else ("4", "5 bintang", "⭐⭐⭐"), typed at the comment question after a rating
    read from words ("mantap pak" is 4): the number the rating question asked for, not a comment. None for anything
    else ("3 hari sudah beres", "mantap"); a 1 or 2 there is the comment it was (the satisfied rating closed the
    complaint)."""
    found = score_with_words(text or "")
    if found is None or found[0] < 3 or not (any(ch.isdigit() for ch in text) or understanding.STARS.search(text)):
        return None
    return found[0] if set(words(found[1])) <= {"bintang", "bntg"} else None


# "Ada komentar?" left unanswered: a message this long after it is read as when idle ("jalannya rusak lagi" a week
# later was kept as the comment)
COMMENT_LAPSES = timedelta(days=1)
RATED_RECENTLY = timedelta(days=1)  # a satisfied rating this recent is taken back by "… tapi masih bau"
NOT_FIXED_MAX_WORDS = 25  # a longer message tells a story of its own
# The problem back after it was fixed ("numpuk lagi sejak kemarin sore"): a new report of it, never its reopening
BACK_AGAIN = frozenset({"lagi", "kembali", "kmbali", "kambuh", "maneh", "meneh", "deui", "again"})


# The answer disputed rather than the work left unfinished ("sampahnya blm diangkut sama sekali", "katanya sudah
# diperbaiki padahal belum"): after the rating it is offered again as a new report linked to the closed one
AT_ALL = re.compile(r"\bsama\s+sekali\b|\bbabar\s+blas\b|\bacan\s+pisan\b", re.IGNORECASE)


DISPUTING = understanding.HEARSAY | understanding.LIE | frozenset({"ngasal", "asal", "asalan", "jawaban"})


def _disputed(text: str) -> bool:
    """Whether a message disputes the answer (AT_ALL, words of hearsay, a lie or a careless answer: "jawaban
    petugasnya ngasal pak, sampahnya belum diangkut kok dibilang selesai") instead of telling what is left."""
    return AT_ALL.search(text) is not None or bool(set(understanding.standard_words(text)) & DISPUTING)


def _not_fixed_after_all(turn: Turn, complaint: Complaint, reason: str | None = None) -> Next:
    """The problem said not fully fixed ("lumayan tapi baunya masih ada") after a satisfied rating closed the
    complaint: the rating becomes the low one "tidak puas" reads as, which lifts the closing, and the complaint is
    reopened with the words (or `reason`: the comment, after BUKA or TIDAK PUAS) as the reason, as at the rating
    question (it was offered as a new report of a closed complaint, its story opening "lumayan"). The satisfied
    rating's comment stays."""
    comment = complaint.rating_comment
    if complaint.rating not in complaints.UNSATISFIED_SCORES:
        dispositions.correct_rating(turn.session, complaint, UNSATISFIED_IN_WORDS, turn.now, turn.svc.region)
        complaint.rating_comment = comment
    return unsatisfied(turn, complaint, reason or turn.text, asked_before=False)


def not_fixed_after_rating(turn: Turn, earlier: str | None = None) -> Next | None:
    """Words on a satisfied rating given within a day, saying its problem is not fully fixed (`says_not_fixed`:
    "lumayan tapi baunya masih ada", "tapi kok masih bau ya", "isih mambu pak"; not the answer disputed, `_disputed`):
    the complaint rated is reopened (see _not_fixed_after_all). Not when
    it tells another matter, or is about an open complaint rather than the rated one. At the comment question such
    words are the rating's comment, and the citizen is asked whether to reopen (on_rating_comment). None
    otherwise."""
    if earlier or turn.message.media or len(turn.text.split()) > NOT_FIXED_MAX_WORDS:  # cheap first
        return None
    if not says_not_fixed(turn.text) or _disputed(turn.text):  # the word test first: the database is seldom asked
        return None
    mine = complaints.citizen_complaints(turn.session, turn.contact, limit=5)
    rated = next((c for c in mine if c.status == complaints.DONE and c.closed_at is not None
                  and c.rating is not None and c.rating not in complaints.UNSATISFIED_SCORES
                  and turn.now - c.closed_at <= RATED_RECENTLY
                  and any(e.event == Event.RATING and e.at == c.closed_at for e in c.timeline)), None)
    if rated is None or tells_another_matter(turn, rated, None):
        return None
    still_open = [c for c in mine if c.status in complaints.OPEN_STATUSES]
    if still_open and understanding.most_alike(turn.text, [f"{c.title} {c.description}"
                                                           for c in [rated, *still_open]]) != 0:
        return None  # "masih bau" beside an open rubbish complaint may be about it
    return _not_fixed_after_all(turn, rated)


def rated_late(turn: Turn, earlier: str | None = None) -> Next | None:
    """A rating typed after its complaint was closed for good unrated ("4" the day after the closing notice,
    "mantap pak sampahnya udah bersih"): stored as its rating, the complaint left closed (it got the menu, or was
    kept as a story's first bubble). The menu's digits, thanks and "ok" stay what they were. None otherwise."""
    starred = "⭐" in turn.text  # stars are a rating, though they read as "ok" too
    if (earlier or turn.message.media or len(turn.text.split()) > LATE_RATING_MAX_WORDS  # cheap: stories are long
            or turn.text.strip() in ("1", "2", "3") or (is_acknowledgement(turn.text) and not starred)):
        return None
    rated = None if SCORE_TYPED.search(turn.text) and _told_with_a_number(turn.text) else score_with_words(turn.text)
    if rated is None and understanding.work_done(turn.text):  # "sudah beres pak, makasih": satisfied, in words
        rated = SATISFIED_IN_WORDS, turn.text
    if rated is None:  # the word test comes first: most messages ask nothing of the database here
        return None
    complaint = complaints.closed_unrated(turn.session, turn.contact, turn.now)
    if complaint is None:
        return None
    score, comment = rated
    complaints.rate_late(turn.session, complaint, score, turn.now, comment=comment or None)
    low = score in complaints.UNSATISFIED_SCORES
    turn.say("late_rating_low" if low else "late_rating_thanks", reference=complaint.reference, score=score)
    return STAY


SCORE_TYPED = re.compile("[1-5]|⭐")  # a score typed, not read from words of thanks


def rating_corrected(turn: Turn, earlier: str | None = None) -> Next | None:
    """A satisfied score typed within complaints.RERATE_WINDOW of a satisfied rating ("wihh udh beres kak makasih"
    read as 4, then "5 mantul pokoknya 💯"): it replaces that rating (it got the menu, then began a story). The
    menu's bare digits, a low score (TIDAK PUAS reopens) and a number counting something stay as they were."""
    if (earlier or turn.message.media or turn.text.strip() in ("1", "2", "3")
            or len(turn.text.split()) > LATE_RATING_MAX_WORDS or not SCORE_TYPED.search(turn.text)):
        return None
    rated = score_with_words(turn.text) if _only_a_score(turn.text) else None
    if rated is None or rated[0] in complaints.UNSATISFIED_SCORES:
        return None
    complaint = complaints.rated_just_now(turn.session, turn.contact, turn.now)
    if complaint is None:
        return None
    score, comment = rated
    if score != complaint.rating or comment:
        complaints.rerate(turn.session, complaint, score, turn.now, comment=comment or None)
    turn.say("rating_corrected", reference=complaint.reference, score=score)
    return STAY


# A score given in so many words outside the rating question: "nilainya 3 aja", "nilai 4 ya pak" (and GIVEN_SCORE)
SCORE_NAMED = re.compile(r"(?<!\w)(?:nilai(?:nya)?|skor|score|bintang(?:nya)?|rating|rate)\s*[1-5](?![\d.,:/]\d)",
                         re.IGNORECASE)
# Words beside a bare score typed again ("5!", "eh 5 deh kak", "5 mantul pokoknya 💯", "4 makasih bgt"): small
# words, thanks and words of rating, nothing else
BESIDE_A_BARE_SCORE = SCORE_AROUND | SCORE_TAIL | THANKED_HEARTILY | THANKS_AROUND | vocab.RATING_STRONGER | frozenset(
    "saya sy aku ak gw gue ralat koreksi maksudnya maksud salah".split())
# A place, a time or a count beside a number: "gang 4 banjir", "rw 5 pak", "5 orang", "besok jam 4" tell a story or
# a plan, never a score
TOLD_WITH_A_NUMBER = (understanding.ADDRESS_PARTS | story_place.MARKERS | story_place.DURATION_UNITS
                      | complaints.COUNTED | frozenset("besok lusa nanti tadi kemarin kemaren lantai no nomor".split()))


def _only_a_score(text: str) -> bool:
    """Whether a message typed outside the rating question can only be a score: a bare one ("5", "5!", "5 🙏", "eh 5
    deh kak"), stars, or one given in words ("nilainya 3 aja, agak lama soalnya", "aku kasih 5"); never with a
    problem, a place, a time, a count or a complaint's reference beside it ("gang 4 banjir", "5 menit lg sy kirim",
    "LPR-5 pak": the rating step's reader took any digit in three words for a score and replaced the rating)."""
    if _told_with_a_number(text):
        return False
    typed = understanding.standard_words(text)
    if GIVEN_SCORE.search(text) or SCORE_NAMED.search(text):
        return True
    return sum(w.isdigit() for w in typed) <= 1 and all(
        w.isdigit() or _rating_word(w) in vocab.RATING_WORDS or _rating_word(w) in BESIDE_A_BARE_SCORE for w in typed)


def _told_with_a_number(text: str) -> bool:
    """Whether a number comes with a problem, a place, a time, a count or a complaint's reference ("gang 4 banjir",
    "rw 5 pak", "5 orang", "besok jam 4", "LPR-5 pak"): a story or a plan, no score typed outside the question."""
    return (split_reference(text, bare=False)[0] is not None or understanding.names_a_problem(text)
            or bool(set(understanding.standard_words(text)) & TOLD_WITH_A_NUMBER)
            or bool(set(words(text)) & TOLD_WITH_A_NUMBER))


THANKED_MAX_WORDS = 12


def thanked_when_done(turn: Turn) -> Next | None:
    """Thanks for the work done ("makasih pak sudah dibenerin", "matur suwun, dalane wis apik") from a citizen whose
    complaint is finished, or who has none here (filed from another number, said how to follow it): a welcome,
    never a new complaint nor the menu. None otherwise ("makasih, tapi numpuk lagi")."""
    typed = words(turn.text)
    if turn.message.media or len(typed) > THANKED_MAX_WORDS or not set(typed) & THANKS:  # cheap first
        return None
    if understanding.work_done(turn.text) is not True:
        return None
    mine = complaints.citizen_complaints(turn.session, turn.contact, limit=5)
    if mine and not any(c.status == complaints.DONE for c in mine):
        return None
    turn.say("welcome_done" if mine else "welcome_done_elsewhere")  # none here: it may be another number's
    return STAY


def start_reopen(turn: Turn, rest: str) -> Next | None:
    """TIDAK PUAS typed while idle: reopen the citizen's latest finished complaint (or the one named); None when
    there is none."""
    number, reason = reference(rest)
    done = [c for c in complaints.citizen_complaints(turn.session, turn.contact, limit=20)
            if c.status == complaints.DONE and (number is None or c.number == number)]
    finished = [c for c in done if c.closed_at is None]
    if not finished and done and _rated_not_fixed(turn, done[0]):  # "3", "tapi masih bau", later TIDAK PUAS
        return _not_fixed_after_all(turn, done[0], reason or done[0].rating_comment)
    if not finished and done:  # closed for good (rated, or no reaction): said plainly
        late = complaints.closed_unrated(turn.session, turn.contact, turn.now)
        if late is not None and late is done[0]:  # never rated: "tidak puas" is its (low) rating
            complaints.rate_late(turn.session, late, UNSATISFIED_IN_WORDS, turn.now, comment=reason or None)
        turn.say("reopen_closed", reference=done[0].reference)
        return STAY
    if not finished:
        refused = reopen_refusal(turn.session, turn.contact, number)  # a complaint they follow: not theirs to reopen
        if refused is None:
            return None
        turn.replies.append(refused)
        return STAY
    if number is None and len(finished) > 1:
        return _reopen_meant(turn, finished, reason)
    return unsatisfied(turn, finished[0], reason, asked_before=True)


def _rated_not_fixed(turn: Turn, complaint: Complaint) -> bool:
    """Whether a complaint was closed within a day by a satisfied rating whose comment said the problem is not
    fixed ("3", then "tapi masih bau"): TIDAK PUAS may still reopen it."""
    return (complaint.closed_at is not None and complaint.rating is not None
            and complaint.rating not in complaints.UNSATISFIED_SCORES
            and turn.now - complaint.closed_at <= RATED_RECENTLY and says_not_fixed(complaint.rating_comment or "")
            and any(e.event == Event.RATING and e.at == complaint.closed_at for e in complaint.timeline))
