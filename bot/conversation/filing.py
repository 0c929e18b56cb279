"""Filing a complaint: kind → what happened → where → photo → privacy → summary (KIRIM / UBAH), and IKUTI of a
similar complaint instead. Photos and pins are kept at any step."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import datetime, timedelta

from bot.commands import (
    CLAUSE_MARKS,
    THANKS_ONLY,
    is_acknowledgement,
    is_pleasantry,
    is_thanks,
    leading_keyword,
    match_phrase,
    words,
)
from bot.conversation import corrections, over_budget, understanding
from bot.conversation import vocabulary as vocab
from bot.conversation.states import FILING, STAY, Next, State, back_to_idle, go
from bot.conversation.status import show_status
from bot.conversation.story_place import (
    AFTER_PLACE,
    BEFORE_PLACE,
    LANDMARKS,
    MAX_PLACE_WORDS,
    STORY_VERB,
    only_owned_place,
    place_as_stored,
    place_in_story,
    place_words,
    repeats_story,
    said_with_di,
    vague_place,
)
from bot.conversation.story_place import GENERIC as GENERIC_PLACE
from bot.conversation.story_place import MARKERS as PLACE_MARKS
from bot.conversation.story_place import NEAR as NEAR_PLACE
from bot.conversation.turn import Turn, reference
from bot.conversation.withdrawal import complaint_in_words, open_complaints
from bot.messages import KIND_NAMES, OTHERS_STATUS_NAMES, PRIVACY_NAMES, day_and_date, excerpt, received, t
from lapor import complaints, queue
from lapor.bridge.privacy import safe_title
from lapor.common_words import is_common, may_be_typo
from lapor.complaints import Draft
from lapor.duplicates import similar_to_draft
from lapor.media import kind_counts, refused_kind
from lapor.phones import typed_phone
from lapor.references import format_reference, split_reference
from lapor.textnorm import rt_rw_normalised

STEPS = (State.KIND, State.DESCRIPTION, State.LOCATION, State.PHOTO, State.PRIVACY)
STEP_STATE = dict(zip(("kind", "description", "location", "photo", "privacy"), STEPS, strict=True))
QUESTION = {State.KIND: "ask_kind", State.DESCRIPTION: "ask_description", State.LOCATION: "ask_location",
            State.PHOTO: "ask_photo", State.PRIVACY: "ask_privacy", State.EDIT: "ask_edit",
            State.RATING: "bad_rating"}
MIN_LOCATION_CHARS = 5
PHOTO_WORDS = frozenset({"foto", "bukti", "lampiran", "video", "rekaman", "dokumentasi"})
# Words that name no place: what people type at the place step when they mean something else ("kembali", "kan sudah
# saya tulis di atas", "gak tau alamatnya", "di situ"). A place has at least one word outside them.
NOT_A_PLACE = frozenset("""kembali balik ubah ganti edit kirim lewati lewat skip batal menu bantuan status ya tidak
    belum sudah ada saya aku kami kamu anda tulis tuliskan ditulis nulis sebut disebut sebutkan atas bawah tadi
    sebelumnya barusan sama seperti situ sana sini itu ini tersebut tahu tau paham lupa kurang pokoknya di ke dari
    dan atau apa mana dimana gimana bagaimana yang juga lokasi lokasinya lokasine alamat alamatnya alamate tempat
    tempatnya nanti dulu saja aja kan sih deh dong pak bu mas mbak min kak lihat liat cek baca pesan chat pokok pas
    persis benar betul intinya tanya bisa mau cari gak nggak nama namanya jalannya nak dik adik mbah kang teh cak
    ning neng bang om tante gan sis bro biasa rahasia anonim publik""".split())  # "biasa wae": a privacy choice,
# no place
# ... nor do the small words of chat and a question back ("lho tadi sampai mana ya", "terus apa lagi pak?",
# "maksudnya gimana?", "kenapa harus alamat?")
NOT_A_PLACE |= understanding.OPENING | frozenset("""apa apaan siapa kenapa mengapa berapa kapan maksud maksudnya terus
    trus lanjut lanjutkan lagi sampai harus perlu hah he ha emang memang sebentar bentar tunggu otw share dishare
    shareloc sharelok sharelock send sent kirimkan dikirim maps map gmaps google gps pin titik koordinat usah gausah
    jadi pasti pastinya persis persisnya lengkap lengkapnya jelas jelasnya detail detailnya tepat tepatnya ngerti
    mengerti mudeng mudheng ngarte ngartos ngarti""".split())  # "gak tau alamat pastinya": how well it is known, no
# place; "kagak ngarti" to a place offered was read as a no and "ngarti" kept as the place
# ... nor a vague or evasive answer ("ya gitu", "terserah", "sekitar situ lah", "entahlah", "ga hafal alamatnya")
VAGUE = frozenset("""gitu begitu gini begini gitulah begitulah terserah serah kayaknya kayanya sepertinya mungkin
    sekitar sekitaran deket dekat biasa boleh""".split())
NOT_A_PLACE |= VAGUE | frozenset("lah kok disitu disana disini hafal apal inget ingat".split())
# ... nor an answer to the photo question typed too early ("no photo", "fotonya nyusul"), in English too
NOT_A_PLACE |= PHOTO_WORDS | frozenset("""no none yes yeah photos picture pictures pics image images maaf nyusul
    menyusul susul""".split())
# Taking the photo ("saya fotoin dulu", "motret", "difoto"): no place
TAKING_A_PHOTO = re.compile(r"(?:di|me|ng)?(?:foto|poto|potret|motret|mfoto|moto)(?:in|kan|nya|ne)?$")
UNKNOWN_PLACE = frozenset({"tahu", "tau", "lupa", "paham", "ngerti", "mengerti", "hafal", "apal", "inget", "ingat",
                           "mudeng", "mudheng", "ngarte", "ngartos", "ngarti"})  # Javanese, Madurese, Sundanese, Betawi
# "not" in the region's languages, beside understanding.NEGATION: "ra mudeng", "tak ngarte", "teu ngartos", "kagak
# ngarti", "ndak paham" (Javanese "ra mudeng" to the place question was kept as the place)
REGIONAL_NOT = frozenset({"ra", "ora", "tak", "teu", "kagak", "ndak", "nda", "hanteu", "henteu"})
# "Who knows" alone, no negation needed: Indonesian, Javanese ("embuh"), Sundanese ("duka teuing")
NOT_KNOWN = frozenset({"lupa", "entah", "entahlah", "embuh", "mboh", "teuing"})
NOT_A_PLACE |= NOT_KNOWN
PLACE_OPTIONAL = complaints.PLACE_OPTIONAL  # "syarat akta kelahiran": a question may be about no place
NO_PLACE_WORDS = frozenset({"lokasi", "lokasinya", "alamat", "alamatnya", "tempat", "tempatnya", "tertentu",
                            "khusus", "spesifik"})
# Idle, a photo may be an answer (on_idle keeps it otherwise); at a filing step or an offer it is the draft's
KEEPS_ATTACHMENTS = FILING | {State.OFFER}


def later_steps(state: State) -> frozenset[State]:
    """Where `advance` may go from a step: any later step (the known ones are skipped) or the summary."""
    after = STEPS[STEPS.index(state) + 1:] if state in STEPS else STEPS
    return frozenset({*after, State.CONFIRM})


DRAFT_BEGINS = frozenset({State.IDLE, State.OFFER})  # where `advance` runs, a new complaint begins


def advance(turn: Turn) -> Next:
    """Ask for the first missing part, or show the summary (after an edit too, unless it left a part missing: a
    question without a place changed into a complaint is asked its place).

    Once the problem and the place are known, similar public complaints are offered to follow instead.
    """
    if turn.state in DRAFT_BEGINS and (refused := over_budget.refuse_at_start(turn)) is not None:
        return refused  # a number past its budget told at once, not after the whole story at KIRIM
    draft = turn.draft
    if draft.filed_for and draft.description:  # whom it is for, told before the story: staff read it with it
        told = t("story_filed_for", who=draft.filed_for, story=draft.description)
        draft.description, draft.filed_for = told[:complaints.MAX_DESCRIPTION_CHARS], None
    _one_problem_at_a_time(turn)
    if draft.kind and not draft.description and not turn.data.get("editing") and draft.has_voice_note:
        # a voice note sent before was the story
        draft.description = t("description_voice_note")
        turn.say("voice_note_is_story")
    if not draft.similar_checked and draft.description and draft.has_location and not turn.data.get("editing"):
        _offer_similar(turn)
    missing = turn.draft.missing()
    if missing[:1] == ["photo"] and not turn.data.get("editing") and _no_photo_in_story(draft.description):
        draft.photo_step_done = True  # "…, tdk ada foto": answered in the story (it was asked all the same)
        turn.say("photo_skipped")
        missing = missing[1:]
    if missing == ["privacy"] and (found := understanding.story_protection(draft.description)):
        draft.privacy, feared = found  # "… Tolong nama saya jangan disebut": asked in the story, not asked again
        turn.say("privacy_from_fear" if feared and draft.privacy == "anonim" else f"privacy_from_story_{draft.privacy}")
        _self_told_readable(turn, draft.description)
        missing = []
    later = {ANONIM_LATER: True} if turn.data.get(ANONIM_LATER) else {}  # kept until the privacy step comes
    if not missing and later and _anonim_asked_late(turn):
        return go(State.PRIVACY, **{ANONIM_OFFERED: True})
    if not missing:
        say_summary(turn)
        return go(State.CONFIRM)
    state = STEP_STATE[missing[0]]
    begun = turn.data.get("story_begun") if state in (State.KIND, State.DESCRIPTION) else None
    if begun and state == State.DESCRIPTION:  # the story begun before (idle, at the kind step) goes on
        turn.say("description_continue", excerpt=excerpt(begun, 200))
        return go(state, story_begun=begun, **later)
    ask(turn, state)
    return go(state, story_begun=begun, **later) if begun else go(state, **later)


NO_PHOTO_CLAUSE_WORDS = 6  # "hp saya gak ada kameranya": a clause saying only that


def _no_photo_in_story(story: str | None) -> bool:
    """Whether a short clause of the story says there is no photo ("…, tdk ada foto", "foto gak ada ya pak", "hp
    saya gak ada kameranya"); a photo promised ("fotonya nyusul") or told of in the story is none."""
    clauses = [c for whole in understanding.SENTENCE_END.split(story or "") for c in whole.split(",")]
    return any(len(understanding.content(c)) <= NO_PHOTO_CLAUSE_WORDS and no_photo(c) and not _photo_later(c)
               and not understanding.names_a_problem(c) for c in clauses if c.strip())


# A closing that only ends the story ("sekian", "itu aja pak", "demikian laporan saya", "cukup itu saja")
CLOSINGS = frozenset({"sekian", "demikian", "itu", "aja", "saja", "doang", "cukup", "dan", "laporan", "saya", "dari",
                      "kami", "yang", "ini", "mawon", "wae"})
CLOSING_SIGNS = frozenset({"sekian", "demikian"})
# Where a story's clauses part (`bot.commands.CLAUSE_MARKS`), with the spaces after: a clause kept begins at its
# first word
STORY_BREAK = re.compile(f"[{CLAUSE_MARKS}]+\\s*")
CLOSING_MARKS = frozenset(")]}\"'»”’")  # a bracket or quote closing the story is the sentence's own
ANSWER_CLAUSE_WORDS = 8  # "tolong dirahasiakan nama saya ya": an answer is said in a few words
KEPT_STORY_WORDS = 3  # nothing is cut that would leave less than this


def without_answers(story: str) -> str:
    """The story without the answers written at its end or start as clauses of their own: anonymity or secrecy asked
    ("anonim ya pak", "tolong nama saya dirahasiakan"), no photo ("Tidak ada foto", "fotonya gak ada pak"), a
    closing ("itu aja", "sekian") or thanks ("terima kasih"). They were read as the answers to their steps and left in
    the text the summary shows and the agency reads. Words of the problem stay ("foto tidak jelas dari kamera cctv
    rusak": the clause names a problem), as does fear told ("saya takut ada begal"), which is the story's."""
    parts, at = [], 0
    for found in STORY_BREAK.finditer(story):
        parts.append((at, found.start(), found.end()))
        at = found.end()
    if at < len(story):
        parts.append((at, len(story), len(story)))
    lead, end = 0, len(parts)
    while end > lead and _answer_clause(story[parts[end - 1][0]:parts[end - 1][1]]):
        end -= 1
    while lead < end and _greeting_clause(story[parts[lead][0]:parts[lead][1]]):
        lead += 1  # "Selamat malam pak, mohon maaf mengganggu. anonim ya. …": the greeting stays, the answer goes
    start = lead
    while start < end and _answer_clause(story[parts[start][0]:parts[start][1]]):
        start += 1
    if (start == lead and end == len(parts)) or end <= start:
        return story
    kept = (story[:parts[lead][0]] if lead else "") + story[parts[start][0]:parts[end - 1][1]].strip()
    mark = story[parts[end - 1][1]:parts[end - 1][2]].strip()[:1]
    kept += mark if mark in (".", "!", "?") else ""  # "… sudah 2 minggu. sekian": the sentence keeps its end
    return kept if len(understanding.content(kept)) >= KEPT_STORY_WORDS else story


GREETING_WORDS = understanding.OPENING | frozenset({"mengganggu", "ganggu", "waktunya", "sebelumnya", "bapak", "ibu",
                                                   "yth", "yang", "terhormat"})


def _greeting_clause(clause: str) -> bool:
    """Whether a clause only greets or apologises for disturbing ("Selamat malam pak", "mohon maaf mengganggu")."""
    said = understanding.standard_words(clause)
    return bool(said) and set(said) <= GREETING_WORDS


def _answer_clause(clause: str) -> bool:
    """Whether a clause of a story only answers a step to come or closes it (without_answers)."""
    said = understanding.content(clause)
    if not said:  # "🙏" closes a story; a bracket or quote closed ("… terlampir.)") is the sentence's own
        bare = clause.strip()
        return bool(bare) and not any(ch.isalnum() for ch in clause) and not set(bare) <= CLOSING_MARKS
    if len(said) > ANSWER_CLAUSE_WORDS or understanding.names_a_problem(clause):
        return False
    words = set(understanding.standard_words(clause))
    if is_thanks(clause) or words & CLOSING_SIGNS and words <= CLOSINGS | THANKS_ONLY | understanding.FILLER:
        return True
    if {"itu"} <= words and words & {"aja", "saja", "doang"} and words <= CLOSINGS | understanding.FILLER:
        return True
    if no_photo(clause) and not _photo_later(clause):
        return True
    found = understanding.story_protection(clause)  # asked in words: fear told ("sy takut diteror") is the story's
    return found is not None and not found[1]


def _anonim_asked_late(turn: Turn) -> bool:
    """Rahasia told before its question for a reason of being known ("2, krn saya guru di sekolah itu" at the place
    question): once the other steps are answered, whether Anonim is meant is asked, as at the privacy step (it was
    kept as Rahasia, the name seen by the agency, and never asked)."""
    if turn.draft.privacy != "rahasia" or turn.data.get("editing") or turn.state not in STEPS:
        return False
    turn.say("privacy_anonim_offered")
    return True


def _one_problem_at_a_time(turn: Turn) -> None:
    """A story that tells two problems ("jalan berlubang, lampu juga mati") is this complaint's first; the other's
    words are kept and offered after KIRIM (it was filed as one, or the citizen had to type it again)."""
    draft = turn.draft
    split = None if draft.next_story or turn.data.get("editing") else understanding.another_problem(draft.description)
    if split is None:
        return
    draft.description, draft.next_story = split[0], split[1][:complaints.MAX_DESCRIPTION_CHARS]
    turn.say("two_problems", first=excerpt(split[0], 150), second=excerpt(split[1], 150))


def ask(turn: Turn, state: State) -> None:
    """Ask a step's question (`asked`)."""
    key, values = asked(turn.draft, turn.data, state)
    turn.say(key, **values)


AHEAD_AT_KIND = "ahead_at_kind"  # answers given at the kind question to questions still to come


def ask_again(turn: Turn) -> Next:
    """This step's question asked again after an answer to one still to come (a place, "gak ada foto", the privacy).
    At the kind question, the second such answer to a story naming a problem takes Pengaduan, said so and changeable
    at the summary: the citizen answers what comes, not the kind (it was asked again after each, four times in a
    row)."""
    if turn.state == State.KIND and turn.draft.description and not turn.data.get("editing"):
        count = turn.data.get(AHEAD_AT_KIND, 0) + 1
        turn.conversation.data = {**turn.data, AHEAD_AT_KIND: count}  # a new dict: a change in place is not saved
        if count >= 2 and understanding.names_a_problem(turn.draft.description):
            turn.draft.kind = "pengaduan"
            turn.say("kind_assumed")
            return advance(turn)
    ask(turn, turn.state)
    return STAY


def asked(draft: Draft, data: dict, state: State) -> tuple[str, dict]:
    """The catalogue key and values of a step's question, as the step asks it and the draft's reminder recalls it
    (`bot.drafts`; it asked the bare "Di mana lokasinya?" while a place from the story waited for its YA): the
    place's names the address the story already gives, to be confirmed with YA, or the place it tells without an
    address ("depan rumah saya"), whose address is asked."""
    told = place_offered(draft, data) if state == State.LOCATION else None
    vague = None if told or state != State.LOCATION or draft.kind in PLACE_OPTIONAL or draft.has_location \
        else vague_place(draft.description)
    if told:  # its RT and RW as they will be filed ("rt tiga rw lima": RT 03/RW 05), as the summary shows them
        return "ask_location_told", {"place": rt_rw_normalised(told)}
    if vague:  # "ini pak di depan rumah saya": said where, with no address; in small letters when shouted
        return "ask_location_vague", {"place": vague.lower() if vague.isupper() else vague}
    return question_key(draft.kind, state), {}


def place_offered(draft: Draft, data: dict) -> str | None:
    """The address the description names (or, when it names none, the second problem kept from its message: "jalan
    rusak parah. terus lampu juga mati di jl ahmad yani"), while the draft has no place and no part is being
    changed; it is offered to be confirmed with YA."""
    if draft.has_location or data.get("editing"):
        return None
    told = (place_in_story(draft.description, said_near=True) or draft.place_before  # "lampu juga mati": where the
            or (place_in_story(draft.next_story, said_near=True) if draft.next_story else None))  # first one was
    told = _as_corrected(told, draft.description) if told else told
    return complaints.name_case(told) if told and told.isupper() else told  # "DUSUN KRAJAN": a name, not a shout


def _as_corrected(place: str, story: str | None) -> str:
    """The place offered with the story's corrections of its words ("Ralat: blok d bukan blok c" beside "perum
    griya indah blok c"; it was offered as first told)."""
    pairs = CORRECTED_WORDS.findall(story or "") + [(right, wrong) for wrong, right in WRONG_THEN_RIGHT.findall(
        story or "")]
    for right, wrong in pairs:
        place = re.sub(rf"(?i)\b{re.escape(wrong.strip())}\b", right.strip(), place, count=1)
        place = NEAR_TWICE.sub(r"\1", place)  # "depan balai desa" → "depan depan masjid": "depan" once
    return place


# A correction line of the story: "Ralat: <right> bukan <wrong>", "Ralat: bukan <wrong> tapi <right>"
CORRECTED_WORDS = re.compile(rf"^{t('correction_label')}:\s*([^\n]+?)\s+bukan\s+([^\n]+?)\s*$", re.MULTILINE)
WRONG_THEN_RIGHT = re.compile(rf"^{t('correction_label')}:\s*bukan\s+([^\n]+?),?\s+(?:tapi|tetapi|tp|melainkan)"
                              rf"\s+([^\n]+?)\s*$", re.MULTILINE | re.IGNORECASE)
NEAR_TWICE = re.compile(r"(?i)\b(depan|dekat|samping|sebelah|belakang|seberang|di)\s+\1\b")


def question_key(kind: str | None, state: State) -> str:
    """The catalogue key of a step's question; the description's fits the kind (a problem, a suggestion, a
    question)."""
    if state == State.DESCRIPTION and kind in PLACE_OPTIONAL:
        return f"ask_description_{kind}"
    if state == State.LOCATION and kind in PLACE_OPTIONAL:
        return "ask_location_optional"
    return QUESTION[state]


def _offer_similar(turn: Turn) -> None:
    """Offer other people's likely duplicates (public, open, nearby) to follow; the filing goes on regardless."""
    turn.draft.similar_checked = True
    found = similar_to_draft(turn.session, turn.contact, turn.draft, turn.now)
    if not found:
        return
    turn.draft.offered = [complaint.number for complaint in found]
    items = "\n".join(t("similar_item", reference=format_reference(c.number), title=safe_title(c),
                        status=OTHERS_STATUS_NAMES[c.status])
                      for c in found)  # another person's complaint: no national ID number, even cut
    turn.say("similar_offer", items=items, reference=format_reference(found[0].number))


def follows(turn: Turn) -> bool:
    """Tell whether the message is IKUTI [LPR-n] while similar complaints are offered (one of them: a number
    mistyped would drop the draft), or IKUTI LPR-n at a filing step where none is offered (the citizen knows it)."""
    if turn.state not in FILING:
        return False
    keyword, rest = leading_keyword(turn.text, vocab.FOLLOW_WORDS)
    if not turn.draft.offered:  # "ikuti lpr-1" with nothing offered: the citizen knows the complaint
        return bool(keyword) and reference(rest)[0] is not None
    return bool(keyword) or _same_as_offered(turn.text)


FOLLOW_SAID = frozenset(vocab.FOLLOW_WORDS) | {"mengikuti", "gabung"}  # "ikut aja", "saya gabung yg itu"
SAME_MAX_WORDS = 4


_FILLER_OR_POINTING = understanding.FILLER | {"saya", "aku", "itu", "ini", "juga"}


def _same_as_offered(text: str) -> bool:
    """The offered complaint said to be the same in words ("oh iya itu sama pak, saya ikut aja", "iya sama",
    "ikut yg LPR-1 aja"): a word for following, or "sama" in a few words; never with a negation or "beda"."""
    if len((text or "").split()) > 3 * SAME_MAX_WORDS:  # cheap: a story told at a step is not read here
        return False
    every = understanding.standard_words(text)
    said = [w for w in every if w not in _FILLER_OR_POINTING]
    if set(said) & (understanding.NEGATION | {"beda", "berbeda", "lain", "bukan"}):
        return False
    pointed = bool({"ya", "itu"} & set(every))  # "iya sama", "itu sama pak"; "sama aja" is "whatever"
    return bool(set(said) & FOLLOW_SAID) or ("sama" in said and pointed and len(said) <= SAME_MAX_WORDS)


def on_follow(turn: Turn) -> Next:
    """IKUTI [LPR-n]: follows an offered complaint (or the one named) instead of filing (the draft is dropped) and
    asks what is pending."""
    offered = turn.draft.offered
    named, _ = reference(leading_keyword(turn.text, vocab.FOLLOW_WORDS)[1])
    number = named if named is not None else understanding.names_reference(turn.text)  # "ikut yg LPR-1 aja"
    if number is None and len(offered) == 1:
        number = offered[0]
    if number not in offered and (offered or named is None):  # with nothing offered, the one named
        turn.say("follow_unknown", references=", ".join(f"LPR-{n}" for n in offered))
        repeat_question(turn)
        return STAY
    complaint = complaints.by_number(turn.session, number)
    if complaint is None or not complaints.can_follow(turn.contact, complaint):
        turn.draft.offered = [n for n in offered if n != number]
        turn.say("follow_closed", reference=f"LPR-{number}")
        repeat_question(turn)
        return STAY
    complaints.follow(turn.session, turn.contact, complaint, turn.now)
    turn.drop_draft()
    turn.say("following", reference=complaint.reference)
    return back_to_idle()


def repeat_question(turn: Turn) -> None:
    """Ask the question of the current step again (the summary at CONFIRM)."""
    if turn.state == State.CONFIRM:
        say_summary(turn)
    elif turn.state in QUESTION:
        ask(turn, turn.state)


HURRIED_AT = frozenset({State.DESCRIPTION, State.LOCATION})  # at the kind, "langsung aja" goes ahead as Pengaduan


def editable(handler: Callable[[Turn], Next]) -> Callable[[Turn], Next]:
    """A step that may be reached from UBAH: there KEMBALI (tetap, tidak jadi, LEWATI, a bare "no") keeps the part
    as it is and shows the summary again."""
    @functools.wraps(handler)
    def step(turn: Turn) -> Next:
        if photo_burst(turn) and not turn.data.get(VOICE_PLACE_ASKED):  # the question was asked after the first
            return _burst_counted(turn)  # photo of the burst (a voice note after the place was asked by voice: read)
        if turn.state == State.PRIVACY and (aside := caption_aside(turn)) is not None:
            return aside
        if turn.data.get("editing") and keeps_as_is(turn):
            return back_to_summary(turn)
        mended = _mended(turn)
        if mended is not None:
            return mended
        if _only_courtesy(turn):  # "makasih pak 🙏", "selamat siang": no answer, and no place or kind either
            turn.say("filing_courtesy")
            ask(turn, turn.state)
            return STAY
        if turn.state in HURRIED_AT and not turn.kept_attachment and understanding.hurried(turn.text):
            turn.say("filing_hurried")  # "udah lah langsung aja": it joined the story, or was stored as the place
            ask(turn, turn.state)
            return STAY
        corrected = (_kind_after_yes(turn) or _place_taken_back_later(turn) or _corrected(turn) or _kind_changed(turn)
                     or _privacy_told(turn)
                     or _photo_asked_early(turn)
                     or _photo_promised_early(turn)
                     or _place_asked_early(turn)
                     or _no_photo_told(turn)
                     or service_asked(turn)
                     or status_asked(turn) or own_asked_by_topic(turn) or _another_told(turn)
                     or _where_left_asked(turn))
        return corrected or handler(turn)
    return step


# Photos sent together reach the webhook one message each, seconds apart
PHOTO_AT = "photo_at"  # conversation data: when the message before, a photo without words, came in
MEDIA_AT = "media_at"  # ... when the message before brought media, with words or without
BURST = timedelta(seconds=45)


def photo_burst(turn: Turn) -> bool:
    """Whether this message is a photo without words that came seconds after the one before, itself a photo (with
    its caption or without words): one of several sent together, which need no question each."""
    before = turn.data.get(PHOTO_AT) or turn.data.get(MEDIA_AT)
    if not before or turn.text.strip() or not turn.received or turn.dropped or turn.message.refused_media:
        return False
    return turn.now - datetime.fromisoformat(before) <= BURST


def caption_aside(turn: Turn) -> Next | None:
    """A photo with a caption at a question the caption does not answer (the privacy, the summary): the caption is
    kept with the story as at the photo step (photos sent one by one with a caption each lost all captions but the
    first, and each got «Mohon balas 1 …» or the summary again); within a burst only the count is said. None when
    the message brings no photo, its caption only shows it ("ini fotonya"), or it answers the question ("anonim aja",
    KIRIM)."""
    if (turn.kept_attachment != "photo" or not _caption_tells(turn.text) or _shows_this_media(turn)
            or _answers_step(turn)):
        return None
    _keep_caption(turn)
    before = turn.data.get(MEDIA_AT)
    if before and turn.now - datetime.fromisoformat(before) <= BURST and not turn.dropped:
        return _burst_counted(turn)
    acknowledge_attachment(turn)
    if turn.state == State.CONFIRM:
        say_summary(turn)
    else:
        ask(turn, turn.state)
    return STAY


def _caption_mends(turn: Turn) -> Next | None:
    """A photo at the summary whose caption mends it ("ubah lokasinya ke jl melati", "eh bukan di situ, maksudnya di
    jl. melati"): the photo is counted and the mend made as if typed alone (it was kept as «Keterangan foto», the
    mend lost). None for any other message."""
    if turn.kept_attachment != "photo" or not turn.text.strip():
        return None
    meant = place_taken_back(turn.text)
    if corrections.correction(turn, caption=True) is None and (meant is None or understanding.names_a_problem(meant)):
        return None
    acknowledge_attachment(turn)
    mended = _place_taken_back_later(turn) or _corrected(turn, caption=True)
    if mended is None:
        _keep_caption(turn)
        say_summary(turn)
    return STAY


def _caption_tells(caption: str) -> bool:
    """Whether a photo's caption says more than "ini fotonya", "foto lagi pak", "makasih pak", "ok"."""
    if is_thanks(caption) or is_acknowledgement(caption) or understanding.means_yes(caption):
        return False
    return bool([w for w in understanding.content(caption) if w not in _PHOTO_OR_POINTING])


def _answers_step(turn: Turn) -> bool:
    """Whether a caption answers the privacy question or the summary's choice."""
    if turn.state == State.PRIVACY:
        return _chosen(turn.text, vocab.PRIVACY_CHOICES) is not None
    return (match_phrase(turn.text, vocab.CONFIRM_CHOICES) or _confirm_words(turn.text)) is not None


def _burst_counted(turn: Turn) -> Next:
    """Says how many photos are attached so far, and nothing else: the step's question is just above."""
    turn.say("photo_burst", received=received(kind_counts(p["content_type"] for p in turn.draft.photos)))
    turn.kept_attachment = None
    return STAY


def _another_told(turn: Turn) -> Next | None:
    """Another problem to report besides this one ("sekalian mau lapor lampu juga", "ada 2 masalah pak") waits
    until this one is sent, said so; it joined the story or was taken as the place."""
    if turn.kept_attachment or turn.data.get("editing"):
        return None
    if (asked := understanding.another_question(turn.text)) is not None:  # "eh btw saya mau tanya cara bikin ktp…"
        if turn.draft.next_story is None:  # it joined the story: kept, offered after KIRIM
            turn.draft.next_story = asked[:complaints.MAX_DESCRIPTION_CHARS]
        turn.say("another_question_kept", excerpt=excerpt(asked, 150))
        repeat_question(turn)
        return STAY
    if not understanding.another_matter(turn.text):
        return None
    return _another_complaint(turn)


def _another_complaint(turn: Turn) -> Next:
    """Says one complaint is filed at a time; the other's words ("… mau lapor got mampet depan rumah") are kept
    and offered after KIRIM."""
    acknowledge_attachment(turn)
    told = ALSO_WORDS.sub("", understanding.after_filing_verb(turn.text)).strip(" ,.;")
    if turn.draft.next_story is None and (understanding.names_a_problem(told) or understanding.tells_a_lack(told)):
        turn.draft.next_story = told[:complaints.MAX_DESCRIPTION_CHARS]
        turn.say("another_complaint_kept", excerpt=excerpt(told, 150))
    else:
        turn.say("another_complaint_next")
    repeat_question(turn)
    return STAY


# What opens another matter told at a step: "oh iya satu lagi, …", "btw pak, …", "sekalian …"
ONE_MORE = re.compile(r"^\W*(?:(?:oh|eh|ah|o|oiya|oya|iya|ya|pak|bu|min|mas|mbak|kak|btw|terus|trus|satu|1|hal|lagi|lg"
                      r"|mohon|maaf|sorry|sory|sori|punten|ngapunten|permisi|nyuwun\s+sewu"  # "sorry pak, …"
                      r"|sekalian|juga|jg|selain|itu|sama|dan|barusan"  # "ada lagi", "onok maneh", "aya deui"; not
                      r"|(?:ada|onok|ono|ana|enek|siji|setunggal)\s+(?:lagi|lg|maneh|meneh|maning|malih)"  # "ada" alone
                      r"|(?:aya|hiji)\s+deui)\b\W*)+", re.IGNORECASE)


def another_matter_kept(turn: Turn, text: str) -> bool:
    """A problem told at the place, photo or privacy step or the summary, with a word of "also", about a thing the
    story does not name ("oh iya satu lagi, lampu jalan depan rumah juga mati" beside a road's holes): it is another
    matter, kept and offered as the next
    report after KIRIM, said so (it joined this complaint's story). False for more of this story ("lubangnya makin
    lebar") or anything that names no problem."""
    story = turn.draft.description
    if not story or turn.data.get("editing") or not ALSO_SAID.search(text):  # "airnya keruh" beside a road: its own
        return False
    if not (understanding.names_another_thing(text, story, mixed=True)  # "the streetlight … juga mati"
            or understanding.troubles_a_place_named(text, story)):  # "the road … also broken" beside a drain
        return False
    if not understanding.names_another_thing(story, "", mixed=True):  # a story that was only an address: its problem
        return False
    told = ALSO_WORDS.sub("", ONE_MORE.sub("", text)).strip(" ,.;")
    if not told or not (understanding.names_a_problem_mixed(told) or understanding.tells_a_lack(told)):
        return False
    kept = turn.draft.next_story
    turn.draft.next_story = (f"{kept}\n{told}" if kept else told)[:complaints.MAX_DESCRIPTION_CHARS]
    turn.say("another_complaint_kept", excerpt=excerpt(told, 150))
    return True


# The cheap test at the place: "juga", "satu lagi", "ada lagi", "selain itu"; Javanese "onok maneh", "siji maneh",
# Sundanese "aya deui", "hiji deui"
ALSO_SAID = re.compile(r"\b(?:juga|jg|also|sekalian|btw|(?:satu|1|ada)\s+(?:lagi|lg)|selain\s+itu"
                       r"|(?:onok|ono|ana|enek|ada|siji|setunggal)\s+(?:maneh|meneh|maning|malih)"
                       r"|(?:aya|hiji)\s+deui)\b", re.IGNORECASE)

# "juga", "sekalian" around the other problem's words ("… lapor lampu juga"): no part of its story
ALSO_WORDS = re.compile(r"^(?:(?:juga|jg|sekalian|lagi)\b\W*)+|(?:\W+(?:juga|jg|sekalian|lagi))+$", re.IGNORECASE)


def _where_left_asked(turn: Turn) -> Next | None:
    """"td sampai mana ya", "lanjut yg tadi": the question waiting is asked again (it joined the story begun)."""
    if turn.kept_attachment or not understanding.asks_where_left(turn.text):
        return None
    turn.say("where_left_filing")
    repeat_question(turn)
    return STAY


def _only_courtesy(turn: Turn) -> bool:
    """A message at a step that only thanks, greets or apologises (nothing sent with it), or at the story's step
    only acknowledges ("oke" to "too short": it joined the story); a yes with thanks to the place offered is none."""
    if turn.state == State.LOCATION and understanding.means_yes(turn.text) and place_offered(turn.draft, turn.data):
        return False  # "iya, makasih pak" to «Lokasinya di …? Balas YA»: a yes with thanks is a yes
    return (turn.state in QUESTION and turn.state != State.RATING and not turn.kept_attachment
            and (is_thanks(turn.text) or is_pleasantry(turn.text)
                 or turn.state == State.DESCRIPTION and any(ch.isalpha() for ch in turn.text)  # "😡": no words
                 and is_acknowledgement(turn.text)))


# The privacy choices said in words ("biasa" is left out: "biasa aja" says many things before its question)
PRIVACY_WORDS = {word: choice for word, choice in vocab.PRIVACY_CHOICES.items() if choice != "biasa" and
                 not word.isdigit()}
PRIVACY_WISH_MAX_WORDS = 6  # "tolong nama saya dirahasiakan ya pak"; a longer message is a story or a place


def _privacy_told(turn: Turn) -> Next | None:
    """Privacy told before its question ("anonim", "yg rahasia aja pak", "tolong nama saya dirahasiakan") is the
    draft's (a place or a story it was taken for would be wrong) and this step's question is asked again; at the
    summary, it changes the privacy."""
    if turn.state == State.PRIVACY or turn.data.get("editing") or turn.kept_attachment:
        return None
    if turn.state == State.KIND:  # its own menu: "3, krn sy perangkat desa" may be the question's kind
        numbered = numbered_privacy(turn.text, HIDING_REASONS)
        if numbered is not None:
            return _privacy_before_kind(turn, numbered)
    else:
        numbered = numbered_privacy(turn.text, HIDING_REASONS | POSITION_REASONS)
    if understanding.safest_asked(turn.text) == "question":  # "yg aman yg mana pak?" before the privacy question
        turn.say("privacy_safest_later")
        repeat_question(turn)
        return STAY
    lowered = turn.text.lower()  # cheap: a privacy choice's name typed at all
    said = set(understanding.chat_words(turn.text)) if any(n in lowered for n in PRIVACY_NAMES_TYPED) else set()
    if (numbered is None and said & PRIVACY_NAMES_TYPED and (_asks_back(turn.text) or said & DIFFERENCE)
            and _asks_about_choices(turn, PRIVACY_NAMES_TYPED)):  # "apa itu anonim?"; "salah maksud saya anonim" no
        turn.say("privacy_explained")
        repeat_question(turn)
        return STAY
    asked = corrections.changed_mind_to_privacy(turn.text) or privacy_wish(turn.text) or numbered or (
        "biasa" if turn.state == State.CONFIRM and _biasa_named(turn.text) else None)
    if asked is None:
        return None
    turn.draft.privacy = asked
    if asked == "rahasia" and turn.state != State.CONFIRM and hiding_reason(turn.text):
        turn.conversation.data = {**turn.data, ANONIM_LATER: True}  # a new dict: a change in place is not saved
    if turn.state == State.CONFIRM:
        say_summary(turn)
    elif turn.state == State.PHOTO and no_photo(turn.text):  # "gak ada foto, takut ketahuan": both answered
        turn.draft.photo_step_done = True
        turn.say("privacy_noted", privacy=PRIVACY_NAMES[asked].lower())
        return advance(turn)
    else:
        turn.say("privacy_noted", privacy=PRIVACY_NAMES[asked].lower())
        return ask_again(turn)
    return STAY


def _privacy_before_kind(turn: Turn, numbered: str) -> Next:
    """A number with a reason of safety at the kind question ("2 aja pak biar aman", "3, takut ketahuan") answers
    the privacy question early (it was taken as the kind): the protection is kept, the kind asked again; "1 … biar
    aman" asks for none, so privacy is asked at its step."""
    if numbered == "biasa":
        turn.say("kind_privacy_later")
    else:
        turn.draft.privacy = numbered
        if numbered == "rahasia" and hiding_reason(turn.text):  # "2, takut ketahuan": Anonim asked about later
            turn.conversation.data = {**turn.data, ANONIM_LATER: True}
        turn.say("kind_privacy_kept", privacy=PRIVACY_NAMES[numbered].lower())
    return ask_again(turn)


def _no_photo_told(turn: Turn) -> Next | None:
    """"gak ada foto" said before the photo question (at the kind, story or place step): the photo step is answered,
    and this step's question asked again (it got "Mohon balas 1, 2 atau 3", and the photo was asked later)."""
    if (turn.state not in (State.KIND, State.DESCRIPTION, State.LOCATION) or turn.data.get("editing")
            or turn.kept_attachment or not no_photo(turn.text) or understanding.names_a_problem(turn.text)
            or not any(w.removesuffix("nya") in NO_CAMERA for w in understanding.content(turn.text))):
        return None
    turn.draft.photo_step_done = True
    turn.say("photo_skipped")
    return ask_again(turn)


def _photo_asked_early(turn: Turn) -> Next | None:
    """Whether a photo is a must, asked before its question ("fotonya wajib ga?" at the place step): answered, said
    that it is asked next, and this step's question asked again (it was stored as the place, or the story)."""
    if (turn.state not in (State.KIND, State.DESCRIPTION, State.LOCATION) or turn.data.get("editing")
            or turn.kept_attachment or not turn.text or turn.draft.photo_step_done
            or not {w.removesuffix("nya") for w in understanding.chat_words(turn.text)} & PHOTO_WORDS
            or not asks_if_photo_needed(turn.text)):
        return None
    turn.say("photo_asked_later")
    ask(turn, turn.state)
    return STAY


def _photo_promised_early(turn: Turn) -> Next | None:
    """A photo promised before its question ("ntar sy kirim fotonya buat aduan sy" at the story or place step):
    it may follow, and this step's question is asked again (it was stored as the place, or the story)."""
    if (turn.state not in (State.KIND, State.DESCRIPTION, State.LOCATION) or turn.data.get("editing")
            or turn.kept_attachment or not turn.text or understanding.announces_media(turn.text) is None):
        return None
    turn.say("photo_later")
    ask(turn, turn.state)
    return STAY


PLACE_ASKED = frozenset({"alamat", "lokasi", "tempat", "titik", "patokan", "address", "location"})
PLACE_QUESTION_WORDS = 10


def _place_asked_early(turn: Turn) -> Next | None:
    """A question about the place before its question ("harus detail ya alamatnya?", "kalo ga tau alamatnya gmn?"
    at the kind or story step): said that it is asked next and what helps, and this step's question asked again (it
    joined the story)."""
    if (turn.state not in (State.KIND, State.DESCRIPTION) or turn.data.get("editing") or turn.kept_attachment
            or not turn.text or turn.draft.location_text or turn.draft.latitude is not None):
        return None
    said = understanding.chat_words(turn.text)
    if (len(said) > PLACE_QUESTION_WORDS or not {w.removesuffix("nya") for w in said} & PLACE_ASKED
            or not _asks_back(turn.text) and "?" not in turn.text or understanding.names_a_problem(turn.text)
            or place_in_story(turn.text)):
        return None
    turn.say("place_asked_later")
    ask(turn, turn.state)
    return STAY


# A reason that speaks of being known or of one's name: "2 aja krn takut pak", "3, sy gak enak sm pak kades"
# Fear of being known ("saya takut diteror", "takut ketahuan pak kades"): a reason to hide even with no number
FEAR = frozenset("""takut khawatir kuatir cemas ketahuan ketauan diketahui malu sungkan pekewuh ancam diancam teror
    diteror dendam""".split()) | understanding.FEAR  # Javanese "wedi", Sundanese "sieun" (at the privacy question too)
# Trouble with the people around, feared as retaliation is, whether wished or not ("gak mau ribut sm tetangga",
# "nanti dimusuhi", Javanese "mundak dadi padu"): a reason of being known, never denied by a "not" before it
STRIFE = frozenset("""ribut keributan musuh musuhan dimusuhi memusuhi bermusuhan permusuhan cekcok konflik
    bertengkar berantem diberantem gelut padu gegeran dibenci dikucilkan dijauhi diomongin digunjing digosipin dicap
    dibalas pembalasan dilabrak disatroni dikeroyok""".split())
HIDING_REASONS = FEAR | STRIFE | frozenset("enak nama identitas rahasia anonim aman".split())


# One's position near the problem, a reason to hide as fear is ("3, krn sy perangkat desa", "2 aja soalnya sy guru
# di situ"): at a step with no menu of its own the number is the privacy's
POSITION_REASONS = frozenset("""perangkat aparat aparatur pegawai pns asn honorer guru staf staff karyawan kerja
    bekerja kerjo nyambut pejabat kades lurah carik sekdes kadus kasun bawahan atasan bos tetangga saudara keluarga
    kenal dikenal kenalan warga
    sedulur dulur paman om bibi tante ipar kakak adik sepupu mertua pakde bude pakdhe budhe keponakan ponakan
    tonggo""".split())  # kin, in Indonesian and Javanese ("soale sing mbangun sedulur kulo"), and neighbours


HIDING_MAX_WORDS = 15
BECAUSE = re.compile(r"\b(?:soalnya|soale|karena|karna|krn|krna|sebab|mergo|merga|polae|coz)\b", re.IGNORECASE)


def hiding_reason(text: str) -> bool:
    """Whether a short message gives a reason to hide without naming a choice: fear not denied ("gak takut sy"),
    awkwardness ("gak enak sama tetangga"), trouble with the people around ("gak mau ribut sm tetangga", "nanti
    dimusuhi"), or one's position near the problem after a "because" ("krn sy perangkat desa", "soalnya yg mungut
    tetangga sy"; not "sy kerja di pasar")."""
    said = understanding.standard_words(text)
    if not said or len(said) > HIDING_MAX_WORDS:
        return False
    feared = any(word in FEAR and (at == 0 or said[at - 1] not in understanding.NEGATION)
                 or word == "enak" and at and said[at - 1] in understanding.NEGATION  # "gak enak sm pak kades"
                 for at, word in enumerate(said)) or bool(set(said) & STRIFE)
    placed = bool(set(said) & POSITION_REASONS) and BECAUSE.search(text) is not None
    return feared or placed or understanding.fears_for_family(said, feared=False)  # "keluarga sy bisa kena masalah"


def numbered_privacy(text: str, reasons: frozenset[str]) -> str | None:
    """The privacy menu's choice typed by its number with a reason among `reasons` (of fear, of one's name: "2 aja
    krn takut pak") at a step with no menu of its own; None for anything else ("2 aja, soalnya ketua rt nya …")."""
    if not _number_with_reason(text):
        return None
    reason = text[understanding.REASON_AFTER.search(text).start():]
    number = understanding.choice_text(text[:len(text) - len(reason)]).split()[0]
    hiding = set(understanding.standard_words(reason)) & reasons
    return vocab.PRIVACY_CHOICES.get(number) if hiding else None


def service_asked(turn: Turn) -> Next | None:
    """A question about the service ("ini gratis kan?", "berapa lama diprosesnya?", "nomor saya aman?") is answered
    and the step's question asked again, instead of being taken for its answer (a place, a choice)."""
    topic = None if turn.kept_attachment else understanding.service_question(turn.text)
    if topic is None or (topic == "privacy" and turn.state == State.PRIVACY  # "nama saya kelihatan gak?" there:
                         and set(understanding.standard_words(turn.text)) & understanding.SEEN):  # each choice
        return None
    turn.say_about_service(topic)
    repeat_question(turn)
    return STAY


def status_asked(turn: Turn) -> Next | None:
    """A question after one's complaints ("laporan saya sampai mana", "how is my report going?") at a step other
    than the story's shows them and asks the step's question again (it was taken for a kind's story or a place).
    At the story's step only a message opening with a marked reference asks ("lpr-0002", "#2 udah sampai mana":
    the first was taken as the story)."""
    if turn.kept_attachment or turn.data.get("editing"):
        return None
    marked = split_reference(turn.text, bare=False)[0] is not None  # "LPR-2 …", "#2 …" opening it
    if turn.state == State.DESCRIPTION and not marked:
        return None
    said = set(understanding.standard_words(turn.text))
    numbered = understanding.REPORT_NUMBER.search(turn.text) is not None  # "laporan sy no 1": no house's number
    if not (said & understanding.REPORT_WORDS or marked) or said & (PLACE_MARKS | BEFORE_PLACE) and not numbered:
        return None  # cheap: most are answers; "laporan saya di jl. …" tells a place
    wanted = understanding.intent(turn.text)
    if wanted is None or wanted.name != "STATUS":
        return None
    show_status(turn, turn.text)
    repeat_question(turn)
    return STAY


def own_asked_by_topic(turn: Turn) -> Next | None:
    """A question after a complaint filed before, named by its topic ("yg sampah udah sampe mana?", "gimana laporan
    yg sampah kemarin?") at a step other than the story's: its status, and the step's question again (it joined the
    story at the summary, or got the privacy choices explained). None when it names none of them, or the draft's own
    thing ("gimana, lampunya udah mati 2 minggu")."""
    if turn.kept_attachment or turn.data.get("editing") or turn.state == State.DESCRIPTION:
        return None
    if not (understanding.asks_progress(turn.text) or understanding.asks_after_a_report_in_words(turn.text)):
        return None
    named = complaint_in_words(open_complaints(turn), turn.text)
    if named is None or understanding.words_against(turn.text, turn.draft.description or "")[0]:
        return None  # the draft's own thing, or none filed
    show_status(turn, named.reference)
    repeat_question(turn)
    return STAY


def privacy_wish(text: str) -> str | None:
    """The privacy a short message asks for ("anonim", "rahasia aja", "nama saya jangan disebut"), or None."""
    if len(words(text)) > 2 * PRIVACY_WISH_MAX_WORDS or len(understanding.content(text)) > PRIVACY_WISH_MAX_WORDS:
        return None  # the first check is cheap: most texts at these steps are stories and places
    if _protection_declined(text):  # "gak jadi anonim", "pake nama saya aja": a change of mind, no wish
        return "biasa"
    wish = (match_phrase(understanding.choice_text(text), PRIVACY_WORDS) or _choice_named(text)
            or understanding.protection_asked(text))
    if wish is None and understanding.safest_asked(text) == "wish":  # "yg aman aja pak": the one that hides one's name
        wish = "anonim"
    if wish is None and "," in text:  # "tidak ada fotonya pak, rahasiakan saja": the no is the photo's, not the wish's
        wish = next((found for clause in text.split(",") if (found := privacy_wish(clause))), None)
    return wish


def _protection_declined(text: str) -> bool:
    """No protection asked, read in the clause that names one ("eh jangan anonim deh, pake nama saya aja"), else in
    a message naming one's name ("pakai nama saya aja"; "biasa aja" before its question says many things): "tidak
    ada fotonya pak, rahasiakan saja" asks for it."""
    naming = [clause for clause in text.split(",") if any(
        w.startswith(("rahasi", "anonim")) or w in understanding.PROTECT_VERBS
        for w in understanding.standard_words(clause))]
    if naming:
        return understanding.openness_asked(naming[0])
    named = set(understanding.standard_words(text)) & understanding.IDENTITY_WORDS  # "biasa aja" says many things
    return bool(named) and understanding.openness_asked(text)


TO_BIASA = frozenset({"biasa", "ganti", "jadi", "ubah", "diganti", "diubah", "pakai", "pake", "aja", "saja"})


def _biasa_named(text: str) -> bool:
    """"biasa aja deh", "ganti jadi biasa" at the summary: the privacy changed to biasa (it was asked again)."""
    said = set(understanding.content(text))
    return "biasa" in said and said <= TO_BIASA


def _choice_named(text: str) -> str | None:
    """The one privacy choice a short message names by its name, saying nothing of one's name ("rahasia bisa?": it
    was read as a wish to hide one's name, anonim)."""
    said = set(understanding.standard_words(text))
    named = said & {"rahasia", "anonim"}
    return named.pop() if len(named) == 1 and not said & understanding.IDENTITY_WORDS else None


THERE_TAKEN_BACK = re.compile(r"\b(?:bukan|bkn|salah)\s+(?:di\s*)?(?:situ|sana|sini)\b", re.IGNORECASE)
PLACE_TAKEN_BACK_AT = frozenset({State.KIND, State.PRIVACY, State.CONFIRM})  # the place step and the photo step
# read it themselves (`_place_answer`, `_more_of_place`)


def _place_taken_back_later(turn: Turn) -> Next | None:
    """The place the story named (or the one given) taken back at a later question ("eh bukan di situ, maksudnya di
    jl. melati depan puskesmas" at the kind question or the summary): the place meant is the draft's, said so, and
    the question asked again. It was added to the story, and the wrong place offered or filed. None for anything
    else ("bukan jalan rusak, tapi jembatan putus di desa X" takes back the story, not its place)."""
    draft = turn.draft
    if (turn.state not in PLACE_TAKEN_BACK_AT or turn.kept_attachment or turn.data.get("editing")
            or not (draft.location_text or place_in_story(draft.description or ""))):
        return None
    if corrections.correction(turn) is not None and not THERE_TAKEN_BACK.search(turn.text):
        return None  # "eh salah, maksudnya jl. mawar no 7": `_corrected` mends the place given (its village kept), or
        # the story whose place is then offered; "bukan disitu" names no place there to mend
    meant = place_taken_back(turn.text)
    if meant is None or understanding.names_a_problem(meant):
        return None
    draft.location_text = place_as_stored(meant)[:500]
    draft.latitude = draft.longitude = None
    if place_in_story(draft.description or ""):  # the story's wrong place is read by the officers: the taking back too
        line = f"{t('correction_label')}: {turn.text.strip()}"
        draft.description = f"{draft.description}\n{line}"[: complaints.MAX_DESCRIPTION_CHARS]
    turn.say("correction_applied", part=t("part_location"))
    if turn.state == State.CONFIRM:
        say_summary(turn)
    else:
        ask(turn, turn.state)
    return STAY


def _corrected(turn: Turn, *, caption: bool = False) -> Next | None:
    """A correction ("eh salah, maksud saya …") mends the answer before (at the summary, the part it is about) and
    the question of this step is asked again; one that says only "salah" is asked what to mend."""
    said = corrections.correction(turn, caption=caption)
    if said is None or (turn.state == State.LOCATION and place_offered(turn.draft, turn.data) and place_in_story(said)):
        return None  # "salah, depan masjid al ikhlas" to the place the story named: the place told instead
    if turn.state == State.LOCATION and not turn.draft.has_location and place_taken_back(turn.text):
        return None  # "salah, maksudnya di desa X" typed as the place: the place meant (it was a "Ralat" of the story)
    asked = corrections.part_only(turn, said)  # "eh salah tempat": which place, then?
    if asked is not None and turn.state == State.CONFIRM:
        return _edit(turn, asked)
    if asked is not None:
        turn.say("correction_ask", part=t(f"part_{corrections.PART_KEYS[asked]}"))
        turn.conversation.data = {**turn.data, "mending": asked.value}  # a new dict: a change in place is not saved
        return STAY
    part = corrections.apply(turn, said)
    if part is not None:
        turn.say("correction_applied", part=t(f"part_{corrections.PART_KEYS[part]}"))
    else:
        turn.say("correction_unclear")
    if turn.state == State.CONFIRM:
        say_summary(turn)
    else:
        ask(turn, turn.state)
    return STAY


# The kinds by the names people give them when changing their mind ("ini usulan", "jadi permintaan informasi");
# "tanya", "info" or "masalah" say other things in a sentence
KIND_SAID = corrections.KIND_NAMES
# A word that the kind chosen is being changed: "tadi salah, itu aspirasi", "bukan pengaduan, ini usulan", "ganti
# jadi permintaan informasi"
KIND_CHANGING = frozenset("""salah keliru bukan ganti ubah diganti diubah jadi jadiin ralat maksud maksudnya
    harusnya seharusnya sebenarnya sebetulnya""".split()) | understanding.NEGATION
KIND_CHANGE_MAX_WORDS = 7
# What else such a change says: "tadi", "itu", "laporan", "jenisnya", "permintaan" (informasi)
KIND_CHANGE_SMALL = frozenset("""tadi td itu ini yang yg saya sy aku mau ingin laporan laporannya jenis jenisnya
    permintaan minta pilih pilihan nomor kok lho loh aja saja deh dong sih kan""".split())


def _kind_changed(turn: Turn) -> Next | None:
    """The kind chosen changed in words at a later step ("tadi salah, itu aspirasi", "bukan pengaduan, ini
    usulan", "ganti jadi permintaan informasi"): the kind named last is stored, said so, and the step asked again
    (or, when the new kind needs it no more, the next one); it joined the story or was stored as the place."""
    if turn.kept_attachment or not turn.draft.kind or len(turn.text.split()) > 2 * KIND_CHANGE_MAX_WORDS:
        return None  # the cheap tests first: a story is longer, and most messages name no kind
    lowered = turn.text.lower()
    if not any(name in lowered for name in KIND_SAID):
        return None
    said = understanding.standard_words(turn.text)
    named = [KIND_SAID[w] for w in said if w in KIND_SAID]
    if not named or not set(said) & KIND_CHANGING or len(said) > KIND_CHANGE_MAX_WORDS + 3:
        return None
    own = set(understanding.content(turn.text)) - KIND_SAID.keys() - KIND_CHANGING - KIND_CHANGE_SMALL
    if len(own) > 1:  # "usulan warga tidak pernah didengar": a story that names a kind
        return None
    kind = named[-1]  # "bukan pengaduan, ini usulan": the one after the no
    if understanding.names_a_problem(turn.text):
        return None
    turn.say("kind_changed" if kind != turn.draft.kind else "kind_already", kind=KIND_NAMES[kind])  # said twice:
    turn.draft.kind = kind  # it was stored as the place
    step = {State.LOCATION: "location", State.PHOTO: "photo", State.DESCRIPTION: "description"}.get(turn.state)
    if turn.state == State.CONFIRM and not turn.draft.missing():
        say_summary(turn)
        return STAY
    if step is not None and step in turn.draft.missing() or turn.state == State.PRIVACY:
        ask(turn, turn.state)
        return STAY
    return advance(turn)


def _mended(turn: Turn) -> Next | None:
    """The message after "eh salah tempat" is the right place (or text): it replaces the wrong one and this step's
    question is asked again; anything else is read as usual."""
    mending = turn.data.get("mending")
    if mending is None:
        return None
    turn.conversation.data = {key: value for key, value in turn.data.items() if key != "mending"}
    text = turn.text.strip()
    step_answer = (match_phrase(text, vocab.SKIP_CHOICES) or no_photo(text) or _chosen(text, vocab.PRIVACY_CHOICES)
                   or _chosen(text, vocab.KIND_CHOICES))  # LEWATI, "gak ada foto", "3": this step's own answer
    no_place = State(mending) == State.LOCATION and not names_a_place(text)
    if turn.kept_attachment or step_answer or no_place or not corrections.mend(turn, State(mending)):
        return None
    turn.say("correction_applied", part=t(f"part_{corrections.PART_KEYS[State(mending)]}"))
    ask(turn, turn.state)
    return STAY


def keeps_as_is(turn: Turn) -> bool:
    """Tell whether a message while changing a part says to leave it (no photo or pin came with it)."""
    if turn.message.media or turn.message.location is not None:
        return False
    said = understanding.content(turn.text)
    return (match_phrase(" ".join(said), vocab.BACK_CHOICES) is not None
            or match_phrase(turn.text, vocab.BACK_CHOICES) is not None or understanding.means_no(turn.text))


def back_to_summary(turn: Turn) -> Next:
    say_summary(turn)
    return go(State.CONFIRM)


@editable
def on_kind(turn: Turn) -> Next:
    """Stores the kind (pengaduan, aspirasi, informasi) and asks for the next missing part. The problem told here
    instead is the description, as a pengaduan; after a second answer that is no kind, pengaduan is taken (both said,
    and changeable at the summary)."""
    if _asks_about_choices(turn, KIND_NAMES_TYPED):  # "bedanya pengaduan sama aspirasi apa?" ("bedanya" ≈ bertanya)
        return _kinds_explained(turn)
    at_once = _plain_kind(turn) or _kind_with_place(turn) or _kind_at_once(turn)
    if at_once is not None:
        return at_once
    acknowledge_attachment(turn)
    placed = _only_shown_at_kind(turn) or _place_at_kind(turn)
    if placed is not None:
        return placed
    kind, rest = _kind_keyword(turn.text)  # "aspirasi: taman kota perlu lampu"
    begun = turn.data.get("story_begun")  # the bubbles before, too short on their own ("sampah", "numpuk")
    rest = go_on(begun, rest.strip(' :,.-')) if begun else rest
    told = not turn.draft.description and complaints.description_problem(rest) is None
    if turn.draft.description and not kind and complaints.description_problem(turn.text) is None:
        return _more_story_at_kind(turn)  # the story filed before was a start; this one goes on with it
    if not told and not turn.draft.description and (_story_bubble(turn) or begun and _small_bubble(turn)):
        turn.say("kind_story_kept", excerpt=excerpt(rest, 200))
        turn.say("ask_kind")
        turn.conversation.data = {**turn.data, "story_begun": rest[: complaints.MAX_DESCRIPTION_CHARS]}
        return STAY
    if told or _unclear_again(turn):
        if told:
            turn.draft.description = rest.strip(" :,.-")[: complaints.MAX_DESCRIPTION_CHARS]
        if told and begun:  # the bubbles together: shown whole
            turn.say("description_noted", excerpt=excerpt(turn.draft.description, 200))
        turn.draft.kind = kind or "pengaduan"
        if kind is None:
            turn.say("kind_assumed")
        return advance(turn)
    return _choose(turn, vocab.KIND_CHOICES, "kind")


def _only_shown_at_kind(turn: Turn) -> Next | None:
    """Photos with a caption only showing them ("ini dokumentasi tambahan", "tambahan foto"): the question again,
    the caption no story and no unclear answer; None otherwise."""
    if not _shows_this_media(turn):
        return None
    turn.say("ask_kind")
    return STAY


def _kind_keyword(text: str) -> tuple[str | None, str]:
    """The kind a story opens with and the story after it ("aspirasi: taman kota perlu lampu", "aspirsi …"); a common
    word of its own near a kind's name ("saluran", "sarana" are not "saran") names none."""
    kind, rest = leading_keyword(text, vocab.KIND_CHOICES)
    first = (words(text) or [""])[0]
    if kind and first not in vocab.KIND_CHOICES and is_common(first) and not any(
            may_be_typo(first, name) for name, chosen in vocab.KIND_CHOICES.items() if chosen == kind):
        return None, text
    return kind, rest


def _place_at_kind(turn: Turn) -> Next | None:
    """The place typed before its question ("di jl diponegoro depan sd 3"), or its next bubble ("dekat masjid"
    after "di desa bunten barat": it joined the story), is kept and the kind asked again; None for anything else."""
    if turn.draft.location_text and _more_of_place(turn):
        turn.say("location_added", place=turn.draft.location_text)
    elif (not turn.draft.location_text and _looks_like_a_place(turn.text)  # not the story: "jalan depan sd
            and not understanding.names_a_problem(turn.text)  # sering banjir"
            and (turn.draft.description or _addressed(turn.text) and not _thing_at(turn.text))):
        # "saluran air", "jalan di desa kami" first: what the story is about
        turn.draft.location_text = place_as_stored(turn.text)[:500]
        turn.say("location_received", place=turn.draft.location_text)
    else:
        return None
    return ask_again(turn)


# The plain kind in words ("BIASA SAJA", "yg biasa aja", "standar aja"): the ordinary one, a pengaduan
PLAIN_KIND = frozenset({"biasa", "standar", "standard", "umum", "normal"})
PLAIN_KIND_AROUND = PLAIN_KIND | frozenset({"laporan", "lapor", "jenis", "pilih", "aduan"})


def _plain_kind(turn: Turn) -> Next | None:
    """The ordinary kind asked for in words ("BIASA SAJA", "biasa wae", "laporan biasa aja"): a pengaduan, said so
    (changeable at the summary); it got "Mohon balas 1, 2 atau 3". None for anything else ("biasanya lampu
    nyala", "tidak biasa", a question)."""
    said = understanding.content(turn.text)
    if turn.kept_attachment or "?" in turn.text or not set(said) & PLAIN_KIND or not set(said) <= PLAIN_KIND_AROUND:
        return None
    turn.draft.kind = "pengaduan"
    turn.say("kind_assumed")
    return advance(turn)


KIND_TYPED = frozenset({"1", "2", "3", "pengaduan", "aduan", "aspirasi", "informasi", "saran", "usul"})  # before a
# place ("1, di gang mawar", "pengaduan, di jl melati")


def _kind_with_place(turn: Turn) -> Next | None:
    """The place typed at the kind question with the kind's number or name before it ("1, lokasinya depan SDN 3",
    "1 di gang mawar rt 2"), or named as the place ("lokasinya di depan sdn 3 pak", "tempatnya dekat masjid al
    ikhlas"): kept as the place, the kind chosen or asked again (it was added to the story, and offered back as a
    place to confirm). None for anything else: a reason after the number ("1 krn tiap ujan banjir") stays the
    story's, and a place with no kind nor its name is `_place_at_kind`'s."""
    if turn.kept_attachment or turn.draft.has_location or turn.data.get("editing"):
        return None
    typed = words(turn.text)
    kind, rest = leading_keyword(turn.text, vocab.KIND_CHOICES) if typed[:1] and typed[0] in KIND_TYPED else (
        None, turn.text)
    rest = rest.strip(" ,.:;-")
    named = corrections.PART_LEAD.match(rest)
    place = rest[named.end():] if named else rest
    if (kind is None and named is None or not place or understanding.names_a_problem(place)
            or not names_a_place(place) or not (named or _looks_like_a_place(place))):
        return None
    turn.draft.location_text = place_as_stored(place)[:500]
    turn.say("location_received", place=turn.draft.location_text)
    if kind is None:
        return ask_again(turn)
    turn.draft.kind = kind
    return advance(turn)


def _thing_at(text: str) -> bool:
    """Whether a text names one thing, then where it is ("jalan di desa kami", "masjid di rt 3"): the story's
    subject with its place, no address ("jl melati no 5", "di gang mawar")."""
    said = place_words(text)
    return len(said) > 2 and said[1] == "di" and said[0] not in BEFORE_PLACE


def _addressed(text: str) -> bool:
    """Tell whether a text gives an address, not only a thing that may be the story's subject: a "di"/"depan"
    before it, an address's marker ("jl", "desa", "rt") or a number ("sd 3")."""
    said = place_words(text)
    return (bool(said) and said[0] in BEFORE_PLACE or bool(set(said) & corrections.PLACE_MARKERS)
            or any(ch.isdigit() for ch in text) or _named_place(text) and not set(said[:1]) & LANDMARKS)


def _kind_at_once(turn: Turn) -> Next | None:
    """A kind chosen (or a photo alone, a word of being done with nothing told, or a change from the summary) is
    asked about as a choice; a voice note that tells the story, or a yes or "that is all" to the story noted before
    ("ya", "udah itu aja"), is a pengaduan; None otherwise."""
    # a photo alone (a caption may tell the problem), or the steps' own words ("foto", "lokasi": they joined the
    # story begun) tell no story
    told = turn.draft.description or turn.draft.has_voice_note
    no_story = (turn.kept_attachment and not _tells_a_story(turn.text)
                or not told and _only_step_words(turn.text)
                # "udah itu aja" after the photos, nothing told: no story (it was kept as one), no reproach
                or not told and not turn.data.get("story_begun") and understanding.done_sending(turn.text))
    told_by_voice = not turn.data.get("editing") and _told_by_voice(turn)
    if not told_by_voice and (_chosen(turn.text, vocab.KIND_CHOICES) or no_story or turn.data.get("editing")):
        return _choose(turn, vocab.KIND_CHOICES, "kind")
    go_ahead = understanding.means_yes(turn.text)  # "ya", "lanjut", "mangga", "monggo", "sok atuh"
    if not told and go_ahead and not turn.kept_attachment and not _unclear_again(turn):
        turn.say("kind_go_ahead")  # nothing told to go on with: what each number is for, once
        return STAY
    done = understanding.done_sending(turn.text) or _confirm_words(turn.text) == "KIRIM"  # "kirim aja pak"
    if told_by_voice or go_ahead or told and done:  # a second go-ahead too
        if done and _done_only(turn.text):  # "udah itu aja" after the photos: said received
            say_photos_done(turn)
        turn.draft.kind = "pengaduan"
        turn.say("kind_assumed")
        result = advance(turn)
        if go_ahead and result.state is not None:  # the citizen's own answer to the kind may come next ("1 krn …")
            result.data[KIND_BY_YES] = turn.now.isoformat()
        return result
    return None


KIND_BY_YES = "kind_by_yes"  # conversation data: when a yes at the kind question took Pengaduan
KIND_LATE = timedelta(minutes=10)  # the kind answered after that yes comes within it


def _kind_after_yes(turn: Turn) -> Next | None:
    """The kind's number with its reason right after a yes at the kind question took Pengaduan ("1 krn jalannya
    rusak", "2 karena sebaiknya dicor"): the citizen's own answer to it; that kind is stored, the reason kept as
    more of the story, and this step asked again (it was read at the place question and the reason lost). The
    next message only; None for anything else ("2 aja, soalnya …" at the place question with no yes before)."""
    taken = turn.data.get(KIND_BY_YES)
    if taken is None:
        return None
    turn.conversation.data = {key: value for key, value in turn.data.items() if key != KIND_BY_YES}
    found = understanding.REASON_AFTER.search(turn.text or "")
    if (turn.kept_attachment or found is None or found.start() == 0
            or turn.now - datetime.fromisoformat(taken) > KIND_LATE):
        return None
    kind = vocab.KIND_CHOICES.get(turn.text[:found.start()].strip(" .").lower())
    reason = turn.text[found.start():].strip(" ,")
    if kind is None or not understanding.content(reason):
        return None
    if kind != turn.draft.kind:
        turn.say("kind_changed", kind=KIND_NAMES[kind])
    turn.draft.kind = kind
    add_to_story(turn, reason)
    ask(turn, turn.state)
    return STAY


def _more_story_at_kind(turn: Turn) -> Next:
    """Adds a story told at the kind step to the description taken before, and asks for the kind again; another
    problem told with "also" ("sorry pak, the streetlight … juga mati") is kept for the next report, as at the
    later steps (it joined this story)."""
    text = turn.text.strip()
    if not another_matter_kept(turn, text):
        add_to_story(turn, text)
    turn.say("ask_kind")
    return STAY


# The conversation's own answers, which tell no story when typed at the wrong step ("lewati", "kirim", "biasa")
STEP_ANSWERS = {**vocab.SKIP_CHOICES, **vocab.CONFIRM_CHOICES, **vocab.PRIVACY_CHOICES, **vocab.YES_CHOICES}
NO_STORY = understanding.WANT | understanding.FILE_VERBS | {"saya", "aku", "kami", "ya", "tidak", "ada"}
# The names of the steps' parts, typed at the wrong step ("foto", "lokasinya", "alamat"): no word of a story
STEP_NAMES = frozenset("""foto fotonya gambar gambarnya photo picture lokasi lokasinya location alamat alamatnya
    tempat tempatnya""".split())


def _only_step_words(text: str) -> bool:
    """A message made only of the steps' own answers and parts' names ("foto", "lokasi", "LEWATI dulu")."""
    said = [w for w in understanding.content(text) if w not in NO_STORY]
    return bool(said) and all(w in STEP_NAMES or w in STEP_ANSWERS for w in said)


def _story_bubble(turn: Turn) -> bool:
    """A short message at the kind step that begins the story instead of choosing ("sampah", "lampu jalan", "numpuk
    di pasar"): words of its own, no question, no yes or no, and none of the steps' own answers."""
    said = [w for w in understanding.content(turn.text) if w not in NO_STORY]
    return (not turn.kept_attachment and "?" not in turn.text and any(len(w) >= 3 and w.isalpha() for w in said)
            and not understanding.means_yes(turn.text) and not understanding.means_no(turn.text)
            and not understanding.only_points(turn.text)  # "itu pak" after a photo and a voice note: no story
            and not match_phrase(understanding.choice_text(turn.text), STEP_ANSWERS)
            and not set(said) & CHOICE_QUESTION)


def _small_bubble(turn: Turn) -> bool:
    """A small word alone after the story's first bubbles ("sampah" / "numpuk" / "di" / "pasar"): one word of
    letters, no yes or no nor a step's answer; "di" got "Mohon balas 1, 2 atau 3" and the story lost it."""
    typed = (turn.text or "").split()
    return (len(typed) == 1 and typed[0].isalpha() and not turn.kept_attachment
            and not understanding.means_yes(turn.text) and not understanding.means_no(turn.text)
            and not match_phrase(understanding.choice_text(turn.text), STEP_ANSWERS))


# A question about a step's choices: "bedanya pengaduan sama aspirasi apa ya?", "maksudnya gimana?", "yg mana ya?"
CHOICE_QUESTION = frozenset("""beda bedanya perbedaan maksud maksudnya arti artinya apa apaan gimana bagaimana mana
    contoh contohnya bingung ngerti mengerti paham
    bedane bedana bedae bidana bedone naon opo pripun piye kumaha mudeng mudheng ngarte ngartos ngarti""".split())
# "tp bingung", "ga ngerti", "kurang paham": lost at the choice; Javanese "bedane opo?", "pripun niku?", "ra mudeng",
# Sundanese "naon bedana?", "teu ngartos", Madurese "tak ngarte", Betawi "kagak ngarti"
CHOICE_NAMES = frozenset({"jenis", "pilihan", "nomor", "angka", "1", "2", "3"})
KIND_NAMES_TYPED = frozenset({"pengaduan", "aduan", "aspirasi", "informasi", "saran", "usul"})
PRIVACY_NAMES_TYPED = frozenset({"biasa", "rahasia", "anonim", "privasi", "kerahasiaan"})
CHOICE_QUESTION_MAX_WORDS = 10


# Words that alone say "understood" ("paham pak", "ok mudeng"); after a negation ("kurang paham", "ra mudeng") lost
UNDERSTOOD = frozenset({"paham", "mudeng", "mudheng", "ngarte", "ngartos", "ngarti", "ngerti", "mengerti"})
NOT_UNDERSTOOD = frozenset({"kurang", "ga", "gak", "gk", "g", "nggak", "ngga", "enggak", "tidak", "tdk", "ra", "ora",
                            "tak", "teu", "kagak", "ndak", "belum", "blm", "durung"})


def _choice_question_words(said: list[str]) -> set[str]:
    """The words of a message asking about the choices; one saying "understood" counts only after a negation."""
    asking = set(said) & CHOICE_QUESTION
    for word in asking & UNDERSTOOD:
        if not set(said[:said.index(word)]) & (NOT_UNDERSTOOD | understanding.NEGATION):
            asking.discard(word)
    return asking


def _asks_about_choices(turn: Turn, names: frozenset[str]) -> bool:
    """A question about the step's choices instead of one ("bedanya rahasia sama anonim apa pak?", "maksudnya
    gimana?"): a word asking what, naming the choices or in three words at most ("apa syarat bikin KTP?" asks
    something else)."""
    if turn.kept_attachment:
        return False
    said = understanding.chat_words(turn.text)
    which_fits = set(said) & HOW_MANY and set(said) & CHOICE_NAMES and set(said) & FITTING  # "masuk nomor berapa?"
    if which_fits and _told_before_fitting(turn.text):  # the problem told first: only the question's words count
        said = understanding.chat_words(FITTING_WORD.split(turn.text, maxsplit=1)[-1])
    if not said or len(said) > CHOICE_QUESTION_MAX_WORDS or not (_choice_question_words(said) or which_fits):
        return False
    if which_fits:
        return True
    if _choice_meant(turn.text, {**vocab.KIND_CHOICES, **vocab.PRIVACY_CHOICES}):  # "2 eh maksud saya 1": no question
        return False
    short = [w for w in said if w not in understanding.FILLER]  # "yg mana ya pak?": two words of its own
    return bool(set(said) & (names | CHOICE_NAMES)) or len(short) <= 3


# Which number fits, asked ("jalan rusak cocoknya yang nomor berapa ya?", "ini masuk nomor berapa?", "pilih angka
# berapa?"): a word of fitting or choosing with "which number"; "nomor berapa yang harus saya hubungi?" asks no choice
HOW_MANY = frozenset({"berapa", "brp", "brapa"})
FITTING = frozenset({"cocok", "cocoknya", "masuk", "termasuk", "pilih", "dipilih", "milih", "pas", "pasnya"})
FITTING_WORD = re.compile(r"[\s,.;:]*\b(?:ini\s+|itu\s+)?(?:"
                          + "|".join(sorted(FITTING, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _kinds_explained(turn: Turn) -> Next:
    """The kinds explained and asked again; a problem told before asking which fits is kept as the story."""
    told = _told_before_fitting(turn.text)  # "jalan rusak cocoknya nomor berapa?"
    if told and not turn.draft.description:
        turn.draft.description = told[: complaints.MAX_DESCRIPTION_CHARS]
    turn.say("kind_explained")
    turn.say("ask_kind")
    return STAY


def _told_before_fitting(text: str) -> str | None:
    """A problem told before asking which number fits ("jalan rusak cocoknya yang nomor berapa ya?"), or None."""
    head = FITTING_WORD.split(text, maxsplit=1)[0].strip(" ,.;:-")
    return head if head != text.strip(" ,.;:-") and understanding.names_a_problem(head) else None


# "bedanya apa?", "bedane opo" (Javanese), "bedana naon" (Sundanese): a question about how the choices differ
DIFFERENCE = frozenset({"beda", "bedanya", "perbedaan", "bedane", "bedana", "bedae", "bidana", "bedone"})


def _asks_kinds_difference(turn: Turn) -> bool:
    """A short question, at the step after the kind, about how the kinds differ ("bedanya apa?", "apa bedanya sama
    aspirasi", "1 2 3 nya itu beda gimana?"), or one naming a kind with a word asking what ("aspirasi itu apa?")."""
    said = set(understanding.chat_words(turn.text))
    own = said - DIFFERENCE - CHOICE_QUESTION - KIND_NAMES_TYPED - CHOICE_NAMES - understanding.FILLER - ASKING_SMALL
    if turn.kept_attachment or not said or own:  # "perbedaan tarif pdam kota dan desa" is a question of its own
        return False
    return bool(said & DIFFERENCE) or bool(said & CHOICE_QUESTION and said & KIND_NAMES_TYPED and "?" in turn.text)


ASKING_SMALL = frozenset("""itu ini nya sama dengan dan antara yang yg sih dong ya opo naon apaan kah tadi jenis
    pilihan""".split())


_PHOTO_OR_POINTING = PHOTO_WORDS | {"ini", "itu", "berikut", "lagi", "tambahan", "juga", "berikutnya", "selanjutnya"}


def _tells_a_story(text: str) -> bool:
    """Tell whether a photo's caption says more than "ini fotonya": words enough to be the problem or a place."""
    said = [w for w in understanding.content(text) if w not in _PHOTO_OR_POINTING]
    return bool(said) and (complaints.description_problem(text) is None or _looks_like_a_place(text))


NOT_NAMING = PLACE_MARKS | BEFORE_PLACE | GENERIC_PLACE  # words of an address that name no place of their own
PLACE_OPENING_SMALL = NEAR_PLACE | {"di", "ke"}  # "dpn masjid jl kenari": "near" typed short too


_MARKER_OR_LANDMARK = corrections.PLACE_MARKERS | LANDMARKS


def _looks_like_a_place(text: str) -> bool:
    """A short text opening with (or made of) the words of an address: "di jl diponegoro depan sd 3", "RT 3 RW 5
    Desa Kamoning", "wonten ing dusun Krajan" (the region's "at" read as "di")."""
    words = place_words(said_with_di(text))
    opening = [w for w in words[:3] if w not in PLACE_OPENING_SMALL]
    named = [w for w in words if w not in NOT_NAMING and not w.isdigit()]
    return ((len(words) <= 10 or _address_of_parts(words)) and bool(opening)
            and opening[0] in _MARKER_OR_LANDMARK
            and (bool(named) or _named_place(text)) and names_a_place(text.strip()))  # "jalan" alone names none


LONG_PLACE_WORDS = 20


def _address_of_parts(words: list[str]) -> bool:
    """A long address in several parts, each with its marker ("depan masjid al ikhlas, rt 3 rw 2 desa sumberejo kec.
    pakis"): three markers or more, no word of a story, and a few words a part at most (it was taken for the story
    and the place offered later lost its RT/RW and kecamatan)."""
    marks = sum(w in corrections.PLACE_MARKERS for w in words)
    return (len(words) <= LONG_PLACE_WORDS and marks >= 3 and len(words) <= (marks + 1) * MAX_PLACE_WORDS // 2
            and not set(words) & STORY_SIGNS)


def _unclear_again(turn: Turn) -> bool:
    """Count an answer the step could not use; True from the second one on (the step then takes its default)."""
    count = turn.data.get("unclear", 0) + 1
    turn.conversation.data = {**turn.data, "unclear": count}  # a new dict: a change in place would not be saved
    return count >= 2


# A choice corrected in the same message ("2 eh maksud saya 1", "2, eh salah, 1", "3 ralat 1"): the one after
CHOICE_MEANT = re.compile(r"\b(?:maksud(?:nya|ku|\s+(?:saya|aku|sy))|salah(?:\s+ketik)?|ralat|koreksi|(?:yg|yang)\s+"
                          r"ben[ae]r)\b\W*(.+)$", re.IGNORECASE)


def _choice_meant(text: str, choices: dict[str, str]) -> str | None:
    """The choice a message corrects itself to after another ("2 eh maksud saya 1": 1), or None."""
    meant = CHOICE_MEANT.search(text or "") if any(ch.isdigit() for ch in text or "") else None
    if meant is None or not understanding.content(text[:meant.start()]):
        return None
    after = meant.group(1)
    return match_phrase(after, choices) or match_phrase(understanding.choice_text(after), choices)


# Verbs of giving or putting forward before a choice's name ("mau kasih saran aja", "mau menyampaikan usulan")
GIVING = frozenset("""kasih kasi ngasih ngasi memberi memberikan beri berikan kasihkan menyampaikan sampaikan
    nyampaikan nyampaiin nyampein ajukan mengajukan ngajuin ngajukan""".split())


def _chosen(text: str, choices: dict[str, str]) -> str | None:
    if (meant := _choice_meant(text, choices)) is not None:
        return meant
    chosen = understanding.choice_text(text)
    found = match_phrase(text, choices) or match_phrase(chosen, choices)
    if found is None and set(chosen.split()) & GIVING:
        found = match_phrase(" ".join(w for w in chosen.split() if w not in GIVING), choices)
    reason = understanding.REASON_AFTER.search(text or "") if found is None else None
    if reason is not None and reason.start() > 0:
        head = text[:reason.start()]
        found = match_phrase(head, choices) or match_phrase(understanding.choice_text(head), choices)
    return found


def _choose(turn: Turn, choices: dict[str, str], part: str) -> Next:
    """Store a numbered choice in the draft and move on, or explain the choices and ask again."""
    chosen = _chosen(turn.text, choices)
    if chosen and part == "kind" and _kind_out_of_step(turn, chosen):
        turn.say("kind_informasi_checked")
        turn.conversation.data = {**turn.data, "kind_checked": chosen}
        return STAY
    if chosen:
        setattr(turn.draft, part, chosen)
        if part == "kind" and (reason := _story_in_reason(turn)) is not None:  # "1 krn tiap ujan pasti banjir"
            if turn.draft.description:
                add_to_story(turn, reason)
            elif _whole_story(turn.text, reason) and not turn.data.get("story_begun"):  # "2, usul pasang lampu di
                turn.draft.description = reason[: complaints.MAX_DESCRIPTION_CHARS]  # taman … biar ga gelap"
            else:  # no story yet: the reason begins it, shown at the story's question
                begun = turn.data.get("story_begun")
                turn.conversation.data = {**turn.data, "story_begun": go_on(begun, reason) if begun else reason}
        return advance(turn)
    acknowledge_attachment(turn)
    shown = _shows_this_media(turn)  # "tambahan foto" with the photos: the question again, no reproach
    if turn.text and not shown and _done_only(turn.text) and turn.data.get(DONE_READ) != part:  # "udah itu aja"
        say_photos_done(turn)  # after the photos: the question again, no reproach
        turn.conversation.data = {**turn.data, DONE_READ: part}
    elif turn.text and not shown:  # a second one ("👍", "👍"): how to answer (it looped on "Baik, 1 foto sudah
        turn.say(f"bad_{part}")  # kami terima.")
    turn.say(f"ask_{part}")
    return STAY


DONE_READ = "done_read_at"  # the choice where a word of being done was read once already


def say_photos_done(turn: Turn) -> None:
    """Say the photos held are all received, to a word of being done sent after them ("udah itu aja nak")."""
    if turn.draft.photos and not turn.received:
        turn.say("photos_done", received=received(kind_counts(p["content_type"] for p in turn.draft.photos)))


# A reason that speaks of the choice or of the handling, not of the problem ("1 aja soalnya ini pengaduan", "1 biar
# cepet ditangani"): nothing to add to the story
CHOICE_REASONS = frozenset("""masalah layanan pelayanan pengaduan aduan ngadu mengadu aspirasi usul
    usulan saran informasi info tanya nanya bertanya pertanyaan penting urgent darurat cepat cepet segera ditangani
    ditanggapi ditindaklanjuti diproses diurus lapor laporan melapor komplain keluhan jenis pilih pilihan nomor
    biar supaya agar karena soalnya sebab ini itu yg yang saya aku kami sudah sangat banget sekali ada""".split())
CONNECTIVE = re.compile(r"^[\s,.;:-]*(?:soalnya|soale|karena|karna|krn|krna|sebab|mergo|merga|polae)?[\s,.;:-]*",
                        re.IGNORECASE)


def _story_in_reason(turn: Turn) -> str | None:
    """The reason typed after a kind's number that tells more of the problem ("1 krn tiap ujan pasti banjir", "1,
    udah 3 kali ada yg jatuh"): it belongs to the story (it was dropped); None when it tells nothing new of it ("1
    aja soalnya ini pengaduan", "1 krn jalannya rusak" told before)."""
    text = turn.text or ""
    reason = understanding.REASON_AFTER.search(text)
    if (reason is None or reason.start() == 0 or _chosen(text[:reason.start()], vocab.KIND_CHOICES) is None
            or _choice_meant(text, vocab.KIND_CHOICES)):  # "2, eh salah, 1": no reason
        return None
    told = text[reason.start():].lstrip(" ,")
    told = told[CONNECTIVE.match(told).end():].strip()
    said = {w.removesuffix("nya") for w in understanding.content(told)}  # "jalannya rusak" after "jalan rusak"
    known = {w.removesuffix("nya") for w in understanding.standard_words(turn.draft.description or "")}
    return told if said - CHOICE_REASONS - known and len(understanding.content(told)) >= 2 else None


WHOLE_STORY_WORDS = 5  # "usul pasang lampu di taman kota": a story of its own after the kind's number


def _whole_story(text: str, told: str) -> bool:
    """Whether the words after a kind's number, before any story, are a story of their own ("aspirasi aja, usul
    pasang lampu di taman kota biar ga gelap", "1, lampu jalan di gang mawar mati sudah seminggu"): long enough to
    file and no reason for the choice ("1 krn tiap ujan pasti banjir" begins the story, shown back to go on)."""
    reason = understanding.REASON_AFTER.search(text)
    after = text[reason.end():] if reason else ""
    because = CONNECTIVE.match(after.lstrip(" ,")).group().strip(" ,.;:-") if reason else ""
    return (not because and reason is not None and reason.group() == ","
            and complaints.description_problem(told) is None and len(understanding.content(told)) >= WHOLE_STORY_WORDS)


def _kind_out_of_step(turn: Turn, chosen: str) -> bool:
    """A request for information chosen after a pin, or a photo of a problem told, was sent: maybe "3 Anonim" of the
    privacy list, typed early; asked once ("3" again keeps it)."""
    if chosen != "informasi" or turn.data.get("kind_checked") == chosen:
        return False
    draft = turn.draft
    return draft.latitude is not None or (bool(draft.photos) and understanding.names_a_problem(draft.description or ""))


def _shows_this_media(turn: Turn) -> bool:
    """A caption that only shows the media it came with ("ini fotonya", "tambahan foto", "ini fotonya lagi"):
    no answer to the step, and no story."""
    return bool(turn.received) and understanding.only_shows_photo(turn.text)


def _done_only(text: str) -> bool:
    """A message saying only that the last part is done or sent ("udah", "ok", "udah itu aja", "itu fotonya")."""
    return (is_acknowledgement(text) or understanding.done_sending(text) or understanding.only_points(text)
            or set(understanding.content(text)) == {"sudah"})


def _told_by_voice(turn: Turn) -> bool:
    """A voice note alone, with no description yet, tells the story: it is the description (after the bubbles
    begun before)."""
    if turn.text or turn.draft.description or not any(kind.startswith("audio/") for kind in turn.received):
        return False
    begun, voice = turn.data.get("story_begun"), t("description_voice_note")
    turn.draft.description = f"{begun}\n{voice}" if begun else voice
    acknowledge_attachment(turn)
    return True


def go_on(begun: str, told: str) -> str:
    """The story begun before, then what was just told; only what was just told when it says all the begun part
    said again ("mau ngadu soal sampah", then "sampah di pinggir kali …")."""
    said = set(understanding.content(told))
    return told if set(understanding.content(begun)) <= said else f"{begun}\n{told}"


@editable
def on_description(turn: Turn) -> Next:
    """Stores what happened (long enough, in words, or told in a voice note) and asks for the place."""
    begun = turn.data.get("story_begun")  # the bubbles before, too short on their own ("jalan di desa saya")
    if _told_by_voice(turn):
        return advance(turn)
    if understanding.would_rather_speak(turn.text):  # "sy gk bisa ngetik panjang pak" is no description
        turn.say("speak_instead")
        return STAY
    if (_by_another(turn, State.DESCRIPTION) or _sent_too_soon(turn, begun)  # "sy kirim lewat anak sy": no story
            or not begun and _place_for_the_story(turn)):  # "jl. merdeka no 12": the place, the story asked again
        return STAY
    if turn.kept_attachment and (not turn.text or understanding.only_shows_photo(turn.text)):  # "ini fotonya pak"
        acknowledge_attachment(turn)
        ask(turn, State.DESCRIPTION)
        return STAY
    if _wish_to_file_instead(turn):  # "mau lapor" at the question of a request for information
        turn.draft.kind = "pengaduan"
        turn.say("kind_now_complaint")
        ask(turn, State.DESCRIPTION)
        return STAY
    if _asks_kinds_difference(turn):  # "bedanya apa?" right after choosing 3: what each kind is for
        turn.say("kind_explained")
        turn.say("kind_explained_chosen", kind=KIND_NAMES[turn.draft.kind or "pengaduan"])
        ask(turn, State.DESCRIPTION)
        return STAY
    text = go_on(begun, turn.text.strip()) if begun and turn.text.strip() else turn.text
    problem = complaints.description_problem(text)
    if "no_words" in (problem, complaints.description_problem(turn.text)):  # "😡😡😡 !!!": nothing to keep
        turn.say("description_no_words")
    elif (problem and (len(understanding.content(text)) >= STORY_BEGUN_WORDS or _story_bubble(turn))  # "jalan"
          and not _asks_about_choices(turn, frozenset())):  # "maksudnya gimana pak?" begins no story
        acknowledge_attachment(turn)
        turn.say("description_continue", excerpt=excerpt(text, 200))
        turn.conversation.data = {**turn.data, "story_begun": text[: complaints.MAX_DESCRIPTION_CHARS]}
    elif problem:
        turn.say("description_too_short", min_chars=complaints.MIN_DESCRIPTION_CHARS)
    else:
        return _keep_description(turn, text)
    return STAY


def _place_for_the_story(turn: Turn) -> bool:
    """An address alone typed at the story question ("jl. merdeka no 12 kel. sukamaju kec. kota", "di depan sdn 2
    sukamaju"): it is the place, kept, and the story asked again (it became the story, the complaint's title, and was
    offered back as the place). The problem told with its place ("jalan di depan sdn 2 rusak parah") is the story."""
    text = turn.text.strip()
    if (len(text.split()) > LONG_PLACE_WORDS or turn.draft.has_location or turn.kept_attachment  # cheap: a story
            or turn.draft.kind == "informasi" or not _looks_like_a_place(text)
            or understanding.names_a_problem(text) or not _addressed(text) or set(place_words(text)) & STORY_SIGNS
            or not (_named_place(text) or place_in_story(text))):  # "jalan di desa saya": the story begun
        return False
    turn.draft.location_text = place_as_stored(text)[:500]
    turn.say("location_received", place=turn.draft.location_text)
    ask(turn, State.DESCRIPTION)
    return True


def _sent_too_soon(turn: Turn, begun: str | None) -> bool:
    """"KIRIM", "udah itu aja" after a story too short ("got mampet"): it cannot be sent yet, said with the story so
    far (it was joined to the story)."""
    if not begun or turn.kept_attachment or not (_send_said(turn.text) or understanding.says_thats_all(turn.text)):
        return False
    turn.say("description_not_sendable", excerpt=excerpt(begun, 200))
    return True


def _keep_description(turn: Turn, text: str) -> Next:
    """Stores the description and goes on; a problem told where a question was asked for (after "numpang tanya")
    is a complaint, whose place and photo are asked: an agency must find the problem."""
    turn.draft.description = text[: complaints.MAX_DESCRIPTION_CHARS]
    if turn.draft.kind == "informasi" and understanding.tells_a_problem(text):
        turn.draft.kind = "pengaduan"
        turn.say("kind_assumed")
    acknowledge_attachment(turn)
    return advance(turn)


def _wish_to_file_instead(turn: Turn) -> bool:
    """A bare wish to file ("mau lapor", "sy mau ngadu aja pak") where a question or a suggestion is asked for, with
    nothing told yet: the kind was chosen by asking ("mau tanya"); it was kept as the question's first words."""
    if turn.draft.kind == "pengaduan" or turn.draft.description or turn.data.get("story_begun") or not turn.text:
        return False
    found = understanding.intent(turn.text)
    return (found is not None and found.name == "FILE" and not found.rest.strip()
            and bool(set(understanding.standard_words(turn.text)) & understanding.FILE_VERBS))


VAGUE_ASKED = "vague_place_asked"  # conversation data: the address of "depan rumah saya" was asked once
MENU_NUMBERS = frozenset("12345")  # a step's choice, never a place's confirmation nor an address of its own
STORY_BEGUN_WORDS = 2  # "jalan rusak", "lampu di gang kami": the start of a story told in bubbles; "pak" is none


@editable
def on_location(turn: Turn) -> Next:
    """Stores the place (typed address or a WhatsApp pin) and asks for a photo; a text that names no place (too
    short, "kembali", "sudah saya tulis di atas", "gak tau") is explained and asked again."""
    early = _before_the_place(turn) or _place_by_voice(turn)
    if early is not None:
        return early
    pinned = turn.kept_attachment == "location"
    if not turn.kept_attachment and ALSO_SAID.search(turn.text) and place_in_story(turn.text) is None and (
            another_matter_kept(turn, turn.text)):  # "oh iya satu lagi, lampu … juga mati": no yes to the place
        ask(turn, State.LOCATION)
        return STAY
    if not pinned and not turn.kept_attachment and story_sent_again(turn.draft.description, turn.text):
        turn.say("story_resent")  # the first looked lost: it was the place, whole
        ask(turn, State.LOCATION)
        return STAY
    text = _after_place_begun(turn, place_after_question(turn.text.strip()), pinned)
    told = None if pinned or not text else place_offered(turn.draft, turn.data)
    answered = _place_told_answered(turn, told, text) if told else None  # "bukan disitu pak": a no, no place
    text = place_taken_back(text) or (place_after_refusal(text) if told else text)  # "bukan, di gg mawar 2": the
    # no is no part of it; "bkn jl mawar tp jl melati": nor the place taken back
    text = place_meant(text)  # "eh maksud saya jalan dahlia gang 3, bukan jalan dahlia utama"
    text = text if pinned else _with_the_street(_without_own_name(text), told, turn.draft.description)
    typed = names_a_place(text)
    if answered is not None:
        return answered
    sent = not told and _send_said(text)  # "gas kirim" to "Di mana lokasinya?": no place, a wish to be done
    if not pinned and (_no_place(text) or sent) and (turn.draft.kind in PLACE_OPTIONAL or not _only_emoji(text)):
        return _place_skipped(turn, told)
    if (typed or turn.kept_attachment == "photo") and not pinned and (other := _place_or_story(turn, text)) is not None:
        return other
    if typed and not pinned and not told and only_owned_place(text) and not turn.data.get(VAGUE_ASKED):
        turn.conversation.data = {**turn.data, VAGUE_ASKED: True}  # asked once: a second time, it is the place
        vague = place_as_stored(text)
        turn.say("ask_location_vague", place=vague.lower() if vague.isupper() else vague)  # "DEPAN RUMAH SAYA"
        return STAY
    if typed and not pinned:
        turn.draft.location_text = place_as_stored(text)[:500]  # "teng desa Sumberrejo": desa Sumberrejo
        turn.draft.latitude = turn.draft.longitude = None
    acknowledge_attachment(turn)
    if pinned or typed:
        return advance(turn)
    _no_place_told(turn, text, told)
    return STAY


VOICE_PLACE_ASKED = "voice_place_asked"  # conversation data: a voice note at the place question was asked to type


def _place_by_voice(turn: Turn) -> Next | None:
    """A voice note alone at the place question: the first is asked, once and clearly, for a typed place or a pin
    (what finds the place for the officer and the duplicate search); the next is taken to say the place, noted so
    (`location_voice_note`) for the verifier to hear, and the filing goes on. A person who cannot type was asked the
    place again after every note. None for anything else."""
    if turn.text.strip() or not turn.received or not all(kind.startswith("audio/") for kind in turn.received):
        return None
    turn.kept_attachment = None  # kept in the draft already; what is said below tells it was received
    if not turn.data.get(VOICE_PLACE_ASKED):
        turn.conversation.data = {**turn.data, VOICE_PLACE_ASKED: True}  # for this question only (a move clears it)
        turn.say("voice_at_place")
        return STAY
    turn.draft.location_text, turn.draft.latitude, turn.draft.longitude = t("location_voice_note"), None, None
    turn.say("voice_place_taken")
    return advance(turn)


# A street's words: a place typed with one has its own street (STREET_PLACE: the story's, offered or not)
STREET_WORDS = frozenset({"jl", "jln", "jalan", "gang", "gg", "lorong", "blok", "perum", "perumahan", "komplek",
                          "kompleks", "gg.", "jl."})
STREET_PLACE = re.compile(r"^(?:jl|jln|jalan|gang|gg|lorong)\b", re.IGNORECASE)
RT_RW = re.compile(r"\b(?:rt|rw)\s*\.?\s*\d+", re.IGNORECASE)


RT_RW_ONLY = re.compile(r"^\W*(?:(?:rt|rw)\s*\.?\s*\d+[\s,/.-]*)+$", re.IGNORECASE)


def rt_rw_only(text: str) -> bool:
    """Whether a message is an RT/RW alone ("rt 4", "RT 05 RW 02", "rt 3/rw 1"): a place's part, too short to be
    a place of its own; said in words too, "erte tiga erwe lima", "rt telu": it was taken for no photo and lost)."""
    return RT_RW_ONLY.match(text or "") is not None or RT_RW_ONLY.match(rt_rw_normalised(text or "")) is not None


def _with_the_street(text: str, told: str | None, story: str | None) -> str:
    """RT/RW typed at the place question (with the village, or alone: "rt 5", "rt 05 rw 02 desa sukamaju") after the
    street the story names ("… di jl kenanga", offered back or not): the street with them. The RT was lost ("rt 5"
    was too short a place, and the question asked again) or the street was ("rt 05 rw 02" stored alone). A place
    with its own street, or without RT/RW, is as typed."""
    if not RT_RW.search(text) or set(understanding.chat_words(text)) & STREET_WORDS:
        return text
    street = told or place_in_story(story)
    if not street or not STREET_PLACE.match(street) or RT_RW.search(street):
        return text
    return f"{street} {text.strip()}"


HONORIFICS = frozenset("pak bu ibu bapak mas mbak bang kak hj haji hajah".split())


def _without_own_name(text: str) -> str:
    """The place told after one's own name ("saya bu siti, rt 3 rw 1": rt 3 rw 1), "" when the text only gives the
    name ("nama saya budi santoso"); the text when it opens with no name of oneself ("rumah pak budi rt 3"). The
    name was stored as the place, which an agency reads even when the report is anonymous."""
    if "nama" not in text.lower() and not text.lower().startswith(("saya", "sy", "aku")):  # cheap: most places
        return text
    said = understanding.chat_words(text)
    named = said[:1] == ["nama"] and said[1:2] and said[1] in understanding.SELF
    titled = said[:1] and said[0] in understanding.SELF and said[1:2] and said[1] in HONORIFICS
    return (place_in_story(text) or "") if named or titled else text


def add_to_story(turn: Turn, more: str) -> None:
    """Adds more of the story, said so; what the story says already ("sejak kemarin pagi" after "… sejak kemarin")
    is acknowledged, not added (it read twice to the agency); so is a plea ("mohon segera ditindaklanjuti ya pak"),
    no part of the story."""
    if _only_plea(more):
        turn.say("plea_noted")
        return
    if understanding.moving_number(more, lambda: typed_phone(more) not in (None, turn.contact.phone)):
        turn.say("number_moving_draft")  # "kbrnya kirim ke 0857… aja": another number is no part of the story
        return
    if repeats_story(turn.draft.description, more):
        turn.say("story_told_already", excerpt=excerpt(more, 200))
        return
    turn.draft.description = f"{turn.draft.description or ''}\n{more}".strip()[: complaints.MAX_DESCRIPTION_CHARS]
    turn.say("story_added", excerpt=excerpt(more, 200))
    _privacy_raised(turn, more)


PRIVACY_RANK = {"biasa": 0, "rahasia": 1, "anonim": 2}


def _privacy_raised(turn: Turn, more: str) -> None:
    """A wish to stay unknown told with more of the story once the privacy is chosen ("fyi sy mahasiswa, pls jgn
    tampilin nama sy ya" at the summary) raises it, said so: the wish was left out of the story the summary shows,
    and the report filed as Biasa with the name shown to the agency. It never lowers it."""
    chosen = turn.draft.privacy
    found = understanding.story_protection(more) if chosen else None
    if found is None or PRIVACY_RANK[found[0]] <= PRIVACY_RANK.get(chosen, 0):
        return
    turn.draft.privacy, feared = found
    turn.say("privacy_from_fear" if feared and found[0] == "anonim" else f"privacy_from_story_{found[0]}")
    _self_told_readable(turn, more)


def _self_told_readable(turn: Turn, told: str) -> None:
    """Says that who one is, told in the story with a wish to stay unknown ("fyi sy guru di sekolah dekat situ, pls
    jgn tampilin nama sy ya"), stays readable to the agency: anonymity hides the name and the number only."""
    said = set(understanding.standard_words(told))
    if (turn.draft.privacy == "anonim" and said & understanding.SELF
            and said & (understanding.ROLES | POSITION_REASONS)):
        turn.say("privacy_self_told")


def story_sent_again(story: str | None, text: str) -> bool:
    """Whether a text is the story sent again (people resend what looked lost): its words all told in the story and
    nearly all of the story's; a few of its words ("depan SDN 2 Banyuanyar") are an answer, not a resend. The story's
    length is the cheap test first."""
    if not story or len(text) < len(story) * 0.8:
        return False
    said, told = set(understanding.content(text)), set(understanding.content(story))
    return len(said) >= 4 and said <= told and len(said) >= 0.8 * len(told)


def _no_place_told(turn: Turn, text: str, told: str | None) -> None:
    """Says why a text at the place step is no place and asks again: an address too short, a place not known; a
    question back ("lho kok ditanya lagi?", "hah?") after a place was offered asks that one again."""
    unknown = bool(set(understanding.chat_words(text)) & (UNKNOWN_PLACE | NOT_KNOWN))
    numbered = understanding.choice_text(text) in MENU_NUMBERS  # "1" to the kind list seen before: no short address
    if numbered and not told and turn.draft.kind not in PLACE_OPTIONAL:  # "1" to "Di mana lokasinya?": why asked
        turn.say("location_number")
    elif told and not unknown and set(understanding.chat_words(text)) & VAGUE:  # "terserah", "biasa aja": why
        turn.say("location_needed_told", place=told)
    elif not text or numbered or (told and not unknown and not _only_emoji(text)):  # the place offered asked again
        ask(turn, State.LOCATION)
    elif (len(text) < MIN_LOCATION_CHARS and any(ch.isalnum() for ch in text)  # emoji alone: no short address
          and not understanding.means_yes(text)):  # "ya": asked where, not short
        turn.say("location_too_short")
    elif not unknown and turn.data.get(PLACE_HELPED):  # the same unclear answer again ("y", "👍"): an example,
        turn.say("location_example")  # not the same words for ever
    else:
        if not unknown:
            turn.conversation.data = {**turn.data, PLACE_HELPED: True}
        turn.say(("location_unknown_told" if told else "location_unknown") if unknown else "location_unclear",
                 place=told)


PLACE_HELPED = "place_helped"  # conversation data: an unclear answer at the place question was explained once


def _place_told_answered(turn: Turn, told: str, text: str) -> Next | None:
    """The answer to "Lokasinya di …? Balas YA": a yes stores it, a no asks the address, a menu's number ("1" to
    the kind list seen before) asks again, saying YA confirms; None for anything else (an address typed instead)."""
    if understanding.choice_text(text) in MENU_NUMBERS:  # said why it is asked again: YA confirms, not a number
        turn.say("location_told_number", place=rt_rw_normalised(told))
        return STAY
    pointed = _pointing_at_the_place(text)  # "iya betul itu lokasinya", "bukan itu lokasinya"
    if pointed == "no":
        turn.say("ask_location")
        return STAY
    more = "" if pointed == "yes" else _after_yes(text)
    if more is not None or _send_said(text):  # "ya", "kirim aja pak" to "Lokasinya di …?"
        turn.draft.location_text = told[:500]
        if more:
            _more_after_yes(turn, told, more)
        return advance(turn)
    if _place_unknown(text) or (_no_place(text) and "ada" in understanding.chat_words(text)):
        return None  # "gatau", "gk ada": no address known, the place offered is offered again ("tidak": a no)
    rest = _after_yes_word(text)  # "iya tapi bukan di situ": the yes taken back
    if _refused(text) or rest is not None and _refused(REFINING.sub("", rest)):  # "bukan itu", "salah alamat"
        turn.say("ask_location")
        return STAY
    return None


# Words pointing at the place offered, beside a yes or a no to it ("iya betul itu lokasinya", "ya betul di situ",
# "bukan itu lokasinya", krama "niku panggenanipun"): a yes or a no all the same
PLACE_POINTING = frozenset("""itu ini tu lokasi lokasinya tempat tempatnya alamat alamatnya titik titiknya di situ
    disitu sana disana sini disini pas persis tepat memang emang yang yg niku nika panggenan panggenanipun panggenane
    nggone enggone""".split())
PLACE_DENYING = frozenset({"bukan", "bkn", "salah", "tidak", "tdk", "gak", "ga", "nggak", "enggak", "sanes", "dudu"})
POINTING_MAX_WORDS = 8


def _pointing_at_the_place(text: str) -> str | None:
    """"yes" or "no" for a yes or a no to the place offered said with words pointing at it, which hid the yes (the
    question came again) or the no (it was stored as the place); None for anything else."""
    typed = understanding.chat_words(text)
    if not typed or len(typed) > POINTING_MAX_WORDS:
        return None
    left = [w for w in typed if w not in PLACE_POINTING]
    if not left or len(left) == len(typed):
        return None
    if _nothing_wrong(left):  # "gak salah, itu lokasinya": a yes
        return "yes"
    if set(left) & PLACE_DENYING and set(left) <= PLACE_DENYING | understanding.FILLER | understanding.COURTESY:
        return "no"
    return "yes" if _after_yes(" ".join(left)) == "" else None  # a yes alone: "ya di gang mawar" names a place


NOT_WRONG = frozenset({"tidak", "tdk", "gak", "ga", "nggak", "enggak", "bukan"})


def _nothing_wrong(said: list[str]) -> bool:
    """Whether the words besides the pointing say nothing is wrong ("gak salah", "tidak salah kok"): a negation
    right before "salah", and only address or courtesy besides."""
    at = said.index("salah") if "salah" in said else -1
    return at > 0 and said[at - 1] in NOT_WRONG and all(
        w in understanding.FILLER or w in understanding.COURTESY or w == "kok" for w in said[at + 1:] + said[:at - 1])


CONTRAST = re.compile(r"\s(?:tapi|tp|tpi|tetapi|namun|cuma|cuman|cm|hanya)\b", re.IGNORECASE)
YES_LEAD = frozenset({"ya", "benar", "betul", "boleh", "setuju", "lanjut"})


def _after_yes_word(text: str) -> str | None:
    """What follows a yes ended by a mark or a "but" ("iya pak, lubangnya banyak", "bener pak cuma persisnya …"),
    or None."""
    for found in (REFUSAL_END.search(text), CONTRAST.search(text)):
        if found and found.start() and understanding.means_yes(text[:found.start()]):
            return text[found.end():].strip(" ,.;:!-")
    return None


def _refused(text: str) -> bool:
    """"bukan itu", "salah alamat": the place offered is refused."""
    return understanding.means_no(text, PLACE_DENIED) or _place_wrong(text)


def _after_yes(text: str) -> str | None:
    """What follows a yes to the place offered ("iya pak, lubangnya banyak" → "lubangnya banyak"; "" for a yes
    alone), or None when the text says no yes."""
    rest = _after_yes_word(text)
    if rest is not None:
        return None if _refused(REFINING.sub("", rest)) else _not_only_alright(rest)  # "iya tapi bukan di situ": a no
    if not understanding.means_yes(text):
        return None
    typed, at = text.split(), 0
    lead = YES_LEAD | understanding.FILLER | understanding.COURTESY
    while at < len(typed) and set(understanding.standard_words(typed[at])) <= lead:
        at += 1
    return _not_only_alright(" ".join(typed[at:]))


ALRIGHT = frozenset({"sudah", "deh", "lah", "oke", "ok"})  # "ya udah", "yo wis", "ya wes lah": alright then


def _not_only_alright(rest: str) -> str:
    """What follows a yes, or "" when it only says "alright then" ("udah", Javanese "wis", "wes lah"): no more of
    the story or of the place."""
    said = set(understanding.standard_words(rest))
    return "" if said <= ALRIGHT | understanding.FILLER | understanding.COURTESY else rest


def _more_after_yes(turn: Turn, told: str, more: str) -> None:
    """What a yes to the place offered goes on with: more of the story ("betul pak banyak yg jatuh") joins it, more
    of the place ("bener, sebelah masjid") is added to the place; thanks and the like are left."""
    more = REFINING.sub("", more)  # "tp lebih tepatnya depan toko emas": the landmark is what follows
    if _only_plea(more) or _more_of_story_not_place(more):  # "tolong cepat ya": acknowledged, no part of either
        add_to_story(turn, more)
    elif names_a_place(more) and set(place_words(more)) & (PLACE_MARKS | BEFORE_PLACE):
        turn.draft.location_text = f"{told}, {more}"[:500]
        turn.say("location_added", place=turn.draft.location_text)


# The contrast and the precision leading a refinement of a place said yes to ("tp lebih tepatnya …", "cuma
# persisnya …", "namun posisinya lebih ke …"): no part of the landmark
REFINING = re.compile(r"^(?:(?:tapi|tp|tpi|tetapi|namun|cuma|cuman|cm|hanya|lebih|lbh|tepat|tepatnya|persis|persisnya"
                      r"|pastinya|lengkapnya|jelasnya|detailnya|detilnya|spesifiknya|posisinya|lokasinya|titiknya"
                      r"|tempatnya|nya|lagi|sih|ke|agak)\b\W*)+", re.IGNORECASE)
PLEAS = frozenset({"tolong", "mohon", "tulung", "nyuwun", "nyuhun"})  # "tolong dibantu ya pak": no more of the story
# A plea for speed or help, hope and thanks ("tolong cepat ya", "mohon segera diperbaiki 🙏", "semoga cepet
# ditangani"): nothing told; one word of pleading or urging must be there
PLEADING = PLEAS | understanding.URGING | frozenset({"semoga", "harap", "berharap", "diharapkan", "moga", "mugi",
                                                    "dibantu", "bantu", "diperbaiki", "dibenahi", "diperhatikan",
                                                    # Javanese, Sundanese: soon, quick, mended
                                                    "enggal", "gage", "gancang", "geura", "didandani",
                                                    "dibenakke", "dibenerake", "dibenerkeun"})
PLEA_TALK = PLEADING | understanding.IMPATIENCE_TALK | understanding.COURTESY | understanding.FILLER


def _only_plea(text: str) -> bool:
    """Only a plea for speed or help, a hope or thanks ("tolong cepat ya", "mohon segera diperbaiki 🙏")."""
    said = understanding.content(text)
    return bool(set(said) & PLEADING) and set(said) <= PLEA_TALK


SEND_AROUND = frozenset({"langsung", "sekarang", "lanjut", "lanjutkan", "ok", "oke", "sudah", "gitu", "begitu",
                         "gas", "gass", "gaskeun", "gaskan"})  # Jakarta, Sundanese "go ahead"


SEND_CHOICES = {word: choice for word, choice in vocab.CONFIRM_CHOICES.items() if word != "ya"}  # a yes is no send


def _send_said(text: str) -> bool:
    """"krm", "krim", "kirim aja pak", "dikirim mawon": go on with what is offered; "kirim lokasi" names a thing
    still to be sent."""
    if match_phrase(text, SEND_CHOICES) == "KIRIM":  # the word alone, typos too
        return True
    said = set(understanding.content(text))
    others = {w for w in said if SEND_CHOICES.get(w) != "KIRIM"}
    return _confirm_words(text) == "KIRIM" and not others - SEND_AROUND


def sends_summary(text: str) -> bool:
    """Whether a message at the summary says to send it with a word of sending ("KIRIM", "kirm", "sip kirim", "kirim
    ya pak"), not with a bare yes."""
    if match_phrase(text, SEND_CHOICES) == "KIRIM":
        return True
    sent = any(SEND_CHOICES.get(word) == "KIRIM" for word in understanding.choice_text(text).split())
    return sent and _confirm_words(text) == "KIRIM"


# What may follow a "no" to the place offered ("bukan itu", "bukan di situ pak", "salah alamat")
# ("gak ada alamatnya" is no place at all: _place_skipped)
PLACE_DENIED = frozenset("itu situ disitu di sana disana salah keliru".split())
WRONG = frozenset({"salah", "keliru", "ralat"})
PLACE_NAMED = frozenset("tempatnya lokasinya alamatnya tempat lokasi alamat".split())


def _place_wrong(text: str) -> bool:
    """"salah", "keliru pak", "salah alamat": the place offered is wrong (nothing else said)."""
    words = understanding.content(text)
    return bool(words) and words[0] in WRONG and len(words) <= 3 and set(words) <= PLACE_DENIED | WRONG | PLACE_NAMED


def _before_the_place(turn: Turn) -> Next | None:
    """Another complaint told at the place step ("lapor ada kabel putus di …"), or an address's marker typed alone
    ("desa", then "tlanakan": one place told a word at a time, kept for the next bubble), or a word of being done
    after photos ("cokop jiah", "udah itu aja": no place, it was stored as one); None for anything else."""
    text = turn.text.strip()
    if not turn.kept_attachment and understanding.done_sending(text):
        say_photos_done(turn)
        ask(turn, State.LOCATION)
        return STAY
    filing_word = bool(set(understanding.chat_words(text)) & understanding.FILE_VERBS)  # cheap: most texts are places
    wanted = understanding.intent(text) if filing_word else None
    if wanted is not None and wanted.name == "FILE" and complaints.description_problem(wanted.rest) is None:
        return _another_complaint(turn)
    if _by_another(turn, State.LOCATION):  # "lewat hp istri sy aja ya": no place
        return STAY
    if which_address_asked(text):  # "alamat rumah saya atau alamat jalannya?": the problem's place is meant
        turn.say("location_which")
        ask(turn, State.LOCATION)
        return STAY
    text = place_after_question(text)
    if turn.kept_attachment != "location" and _place_marker_alone(text):
        turn.say("location_go_on", place=text)
        turn.conversation.data = {**turn.data, "place_begun": text}
        return STAY
    return None


# Which address is meant, asked at the place step ("alamat rumah saya atau alamat jalannya?", "alamat yg mana pak?",
# "alamat ktp atau alamat kejadian?"): an address word, with a home or a choice asked, and nothing else said
ADDRESS_WORDS = frozenset({"alamat", "lokasi", "address"})
WHICH_ADDRESS = frozenset({"rumah", "rmh", "ktp", "domisili", "tinggal", "mana", "manakah", "atau", "ato", "apa"})
WHICH_ADDRESS_AROUND = ADDRESS_WORDS | WHICH_ADDRESS | understanding.FILLER | frozenset("""saya sy aku gw kami yg
    yang maksudnya maksud jalan jalannya kejadian kejadiannya masalah masalahnya tempat lengkap ya pak bu kak mas mbak
    min""".split())
WHICH_ADDRESS_MAX_WORDS = 10


def which_address_asked(text: str) -> bool:
    """Whether a short message asks which address is meant at the place step (no place named)."""
    said = [w.removesuffix("nya") for w in understanding.chat_words(text)]
    if not said or len(said) > WHICH_ADDRESS_MAX_WORDS or not set(said) & ADDRESS_WORDS:
        return False
    asked = "?" in text or bool(set(said) & {"mana", "manakah", "atau", "ato"})
    return asked and bool(set(said) & WHICH_ADDRESS) and set(said) <= WHICH_ADDRESS_AROUND


def _by_another(turn: Turn, state: State) -> bool:
    """A short message that the report will come from someone else's phone ("sy kirim lewat anak sy ya pak"): what
    reaches which number is said and the step's question asked again."""
    if turn.message.media or not turn.text or not understanding.sent_by_another(turn.text):
        return False
    turn.say("by_another")
    ask(turn, state)
    return True


def _after_place_begun(turn: Turn, text: str, pinned: bool) -> str:
    """The place typed, after its marker typed alone in the bubble before ("desa" + "tlanakan")."""
    begun = turn.data.get("place_begun")
    return f"{begun} {text}" if begun and text and not pinned else text


def _place_marker_alone(text: str) -> bool:
    """An address's marker typed alone ("desa", "dusun", "Jl", "gang"): the place's name follows in the next bubble
    (the name alone was taken for the place, "desa" dropped)."""
    said = understanding.chat_words(text)
    return len(said) == 1 and said[0] in corrections.PLACE_MARKERS - NO_MARKER_ALONE


NO_MARKER_ALONE = frozenset({"alamat", "alamatnya", "lokasi", "lokasinya", "no", "nomor"})  # "no" may say no


def _only_emoji(text: str) -> bool:
    """No letter, digit or dash: "🙏", "😭😭" ("-" is a skip)."""
    return not any(ch.isalnum() or ch in "-–—" for ch in text)


def _place_skipped(turn: Turn, told: str | None) -> Next:
    """"tidak ada lokasinya", LEWATI, "-": a question or an aspiration may be about nowhere in particular; a
    complaint is about somewhere, so it is told why and offered again the place its story named."""
    acknowledge_attachment(turn)
    if turn.draft.kind in PLACE_OPTIONAL:
        turn.draft.place_skipped = True
        return advance(turn)
    turn.say("location_needed_told" if told else "location_needed", place=told)
    return STAY


def _caption_at_place_step(turn: Turn, caption: str) -> Next:
    """A photo sent at the place step with a caption: the caption is the place when it names one ("Jl. Melati no 4",
    "pertigaan pasar lama"; only the address when it says more: "airnya keruh di depan masjid al ikhlas"), else
    it is kept with the story ("ini kondisinya pak, parah sekali") and the place asked again."""
    place = caption if caption_is_address(caption) else place_in_story(caption)
    if place != caption:
        _keep_caption(turn)  # the story told with it, or around the address, is kept
    if place is None:
        acknowledge_attachment(turn)
        ask(turn, State.LOCATION)
        return STAY
    turn.draft.location_text = place_as_stored(place)[:500]
    turn.draft.latitude = turn.draft.longitude = None
    acknowledge_attachment(turn)
    return advance(turn)


def _place_or_story(turn: Turn, text: str) -> Next | None:
    """A text at the place step that may tell the story instead: a photo's caption is the place only if it names
    one, and the story's next bubble ("banyak yg jatuh") is added to it; None when the text is the place."""
    if turn.kept_attachment == "photo":
        return _caption_at_place_step(turn, text)
    if not (_more_of_story_not_place(text) or _story_after_an_address(turn, text) or _story_told_as_place(text)):
        return None
    if place_in_story(text) is None and another_matter_kept(turn, text):  # "lampu jalan … juga mati": the next one
        ask(turn, State.LOCATION)
        return STAY
    add_to_story(turn, text)
    acknowledge_attachment(turn)
    ask(turn, State.LOCATION)
    return STAY


def _story_after_an_address(turn: Turn, text: str) -> bool:
    """The problem told after a story that was only an address ("Di kampung kami, Perum … RT 05/RW 07", then
    "saluran air mampet"): a thing that names a landmark ("saluran", "jembatan") with no "di" or "depan" before it
    and no address marker, with a word of a problem, is the story, not the place."""
    if understanding.names_a_problem(turn.draft.description or "") or not understanding.names_a_problem(text):
        return False
    said = place_words(text)
    introduced = any(w in LANDMARKS and i > 0 and said[i - 1] in BEFORE_PLACE for i, w in enumerate(said))
    return not introduced and not set(said) & (PLACE_MARKS - LANDMARKS) and place_in_story(text) is None


STORY_AT_PLACE_WORDS = 6
NOWHERE_WORDS = 8  # "dmn ya.. dpn skolah sd 4" is a place, typed loosely


def _story_told_as_place(text: str) -> bool:
    """A whole story typed at the place question ("banjir kiriman dari kali Kamoning, air sepinggang di Kelurahan
    Dalpenang, lansia perlu dievakuasi"): six words or more, and no address named, or a word of a problem or of a
    story's state or time with the place it names under half of it; a long address ("jl raya pakis km 5 dekat pom
    bensin, sebelah warung bu tini") names no problem. It was stored as the place, whole, and never reached the
    story."""
    typed = text.split()
    if len(typed) < STORY_AT_PLACE_WORDS or _place_unknown(text):  # cheap: most places are a few words
        return False  # "gak tau nama jalannya, dekat pasar kliwon": the place as known
    said = place_words(text)
    place = place_in_story(text)
    if place is None and len(typed) >= NOWHERE_WORDS and not set(said) & (PLACE_MARKS - LANDMARKS):
        return True  # "PETUGAS PERPUS GALAK BANGET, ANAK SD DIUSIR CUMA …": no address in a sentence
    if not (understanding.names_a_problem(text) or set(said) & STORY_SIGNS
            or any(STORY_VERB.fullmatch(w) for w in said)):
        return False
    return place is None or 2 * len(place.split()) < len(typed)


# Words of a story's state and time that no place is made of alone ("rusak parah sudah 3 bulan", "banyak yg jatuh")
STORY_SIGNS = frozenset("""rusak mati macet bocor banjir rawan bahaya parah kotor jorok bau gelap licin becek mahal
    lambat pungli numpuk mampet jebol ambrol amblas ambles ambruk rubuh runtuh miring longsor putus tumbang roboh
    retak pecah padam hancur jatuh celaka
    kecelakaan hilang sudah sejak selama sering kemarin tolong mohon belum tidak
    tiap setiap kalau kalo jika bila hujan deras musim
    tadi barusan semalam semalem kemaren hampir nyaris tabrakan nabrak ditabrak tertabrak nyungsep terjatuh
    meluap meluber luber mluber mbludak
    yen nek lek menawi manawi upami lamun udan jawoh ojhan mlebu kebanjiran
    """.split())  # when it happens: "tiap hujan deras", "yen udan banyune mlebu omah" (Javanese, Sundanese and
# Madurese "if" and "rain"); lately: "tadi pagi hampir tabrakan"


REASON_OPENERS = frozenset({"biar", "supaya", "agar", "karena", "soalnya", "sebab", "soale", "mergo", "amarga"})


def _more_of_story_not_place(text: str) -> bool:
    """A text at the place step that names no place but goes on with the story ("rusak parah sudah 3 bulan",
    "banyak yg jatuh", one word of it told alone: "lubang"): a word of a story's state or time, and no word of a
    place (an address marker, a landmark, "di", "depan"…)."""
    said = place_words(text)
    signs = (set(said) & STORY_SIGNS or any(STORY_VERB.fullmatch(w) for w in said)
             or said[:1] and said[0] in REASON_OPENERS  # "biar anak muda betah": the story's why
             or _problem_described(said, text))
    # a marker that names no address in a sentence of the story ("dana desa dipotong, …", "jalan rusak parah …")
    # ... or where the problem goes, after a word of it ("meluap ke jalan", "meluber ke rumah warga": the next
    # bubble of the story, stored as the place)
    unnamed = ((len(said) >= LOOSE_MARKER_WORDS or signs and set(said) & TOWARDS)
               and not set(said) & (BEFORE_PLACE - TOWARDS) and place_in_story(text) is None)
    one_word = len(said) == 1 and (said[0] in STORY_SIGNS or understanding.names_a_problem(text))  # "lubang"
    if understanding.waited_only(text) and not set(said) & PLACE_MARKS:
        return True  # how long, told alone ("seminggu", "3 bulan"): it was stored as the place
    return ((len(said) >= 2 or one_word) and bool(signs or one_word)
            and (not set(said) & (PLACE_MARKS | BEFORE_PLACE) or unnamed)
            and not any(ch.isdigit() for ch in text.split()[0]))


# How much or how bad, said of the problem's thing ("banyak lubang", "airnya keruh", "lubang besar2"); "Lubang Buaya"
# is a place's name
MEASURES = frozenset("""banyak byk bnyk bnyak besar gede gedhe dalam dalem keruh meluap lebar luas tinggi
    kecil""".split())
_NOT_A_PLACE_OR_MARKER = NOT_A_PLACE | corrections.PLACE_MARKERS


def _problem_described(said: list[str], text: str) -> bool:
    """A problem's thing with how much or how bad it is ("banyak lubang", "ada 5 lubang"), or the thing the story
    told said back with "-nya" ("lubangnya dalam bgt", "aspalnya ngelupas"): more of the story, no place."""
    if not understanding.names_a_problem(text):
        return False
    counted = "ada" in said or any(w.isdigit() for w in said)  # "ada 5 lubang"; "gang 5" has a marker
    return counted or bool({w.rstrip("2") for w in said} & MEASURES) or any(
        w.endswith("nya") and w not in _NOT_A_PLACE_OR_MARKER for w in said)


LOOSE_MARKER_WORDS = 4
TOWARDS = frozenset({"ke", "arah", "menuju"})  # "dikasih ke keluarganya": no place's "di", "depan"


def caption_is_address(caption: str) -> bool:
    """A short caption made of an address: opening (after "di", "depan"…) with a marker of one ("jalan raya
    sokobanah km 3", "pertigaan pasar lama"), and no word of a story ("jalan rusak parah" is the photo's)."""
    said = place_words(caption)
    opening = [w for w in said if w not in BEFORE_PLACE][:1]
    return (len(said) <= MAX_PLACE_WORDS and bool(opening) and opening[0] in PLACE_MARKS
            and not set(said) & STORY_WORDS and names_a_place(caption))


STORY_WORDS = AFTER_PLACE - {"lama"}  # "pasar lama", "jalan lama": a name


def _no_place(text: str) -> bool:
    """"No place" in everyday words: LEWATI, "tidak ada lokasinya", "gak ada alamat khusus", a bare "-", also
    when more follows the no ("ga ada alamatnya, cuma nanya")."""
    if text and not any(ch.isalnum() for ch in text):
        return True
    if match_phrase(text, vocab.SKIP_CHOICES) or understanding.means_no(text, NO_PLACE_WORDS):
        return True
    return _no_then_no_place(text)


def _no_then_no_place(text: str) -> bool:
    """A no to the place question with more after a comma that names no place ("ga ada alamatnya, cuma nanya"; "gak
    ada alamatnya, dekat pasar" names one)."""
    first, comma, rest = text.partition(",")
    return (bool(comma) and understanding.means_no(first, NO_PLACE_WORDS)
            and not set(place_words(rest)) & PLACE_MARKS)


def names_a_place(text: str) -> bool:
    """Tell whether a typed text can be a place: long enough, with letters, and a word that is not one of the
    conversation's own or a reference back to what was said; neither a menu's number with its reason ("2 aja,
    soalnya ketua rt nya …") nor a question back that names no place ("terus dikirim ke rt juga?")."""
    if len(text) < MIN_LOCATION_CHARS or sum(ch.isalpha() for ch in text) < 3:
        return False
    if "," in text and _no_then_no_place(text):  # "gak ada alamatnya, cuma nanya"
        return False
    if all(word.isdigit() for word in understanding.choice_text(text).split()):
        return False  # "nomor satu", "pilih yg kedua": a menu's number, said in words
    if _only_kind_words(text):
        return False  # "pengaduan", "mau komplain", "saran": a kind's name (it replaced the place offered)
    if _place_unknown(text) and not _named_place(text):
        return False  # "waduh lupa nama jalannya pak": the nearest landmark is asked
    if _number_with_reason(text) or (_asks_back(text) and not _named_place(text)
                                     and not set(place_words(text)) & LANDMARKS):  # "dkt balai desa?", "dkt msjid?"
        return False
    return any(not word.isdigit() and word not in NOT_A_PLACE and not TAKING_A_PHOTO.match(word)
               for word in understanding.chat_words(text))


# The words of the kinds' names and of filing ("pengaduan", "saran", "komplain", "nanya info")
KIND_WORDS = frozenset(w for name in vocab.KIND_CHOICES for w in name.split() if not w.isdigit()) | (
    understanding.FILE_VERBS | {"nanya", "ngadu", "usul", "aduan"})


def _only_kind_words(text: str) -> bool:
    """A text made only of a kind's name, a wish and a menu's number ("1 pengaduan", "mau komplain", "usul aja")."""
    said = [w for w in understanding.content(text) if w not in understanding.WANT and not w.isdigit()]
    return bool(said) and all(w in KIND_WORDS for w in said)


def _place_unknown(text: str) -> bool:
    """Not knowing the address: "lupa …", or "tahu"/"paham" denied ("gak tau alamatnya"; "pabrik tahu" is tofu)."""
    said = set(understanding.chat_words(text))
    return bool(said & NOT_KNOWN) or bool(said & UNKNOWN_PLACE and said & (understanding.NEGATION | REGIONAL_NOT
                                                                          | {"kurang"}))


QUESTION_OPENERS = frozenset({"siapa", "kenapa", "mengapa", "apa", "apakah", "berapa", "kapan", "gimana",
                              "bagaimana", "maksudnya"})
NUMBERED = frozenset({"rt", "rw", "no", "nomor", "blok", "km"})  # markers that take a number ("rt 3"), not a name


def _number_with_reason(text: str) -> bool:
    """A menu's number with its reason after it ("2 aja, soalnya …", "3 pak krn takut"): a choice, no place."""
    reason = understanding.REASON_AFTER.search(text)
    head = understanding.choice_text(text[:reason.start()]).split() if reason is not None and reason.start() else []
    return len(head) == 1 and head[0].isdigit() and len(head[0]) == 1  # "no 2 krn …", "pilih 3 aja, …" too


def _asks_back(text: str) -> bool:
    """A question back: a question mark, or a question word first ("siapa yg baca laporan ini")."""
    said = understanding.content(text)
    return "?" in text or bool(said[:1]) and said[0] in QUESTION_OPENERS


def _named_place(text: str) -> bool:
    """Tell whether a text names a place: a marker followed by its name or number ("gg mawar", "rt 3", "depan
    masjid al ikhlas"); "ke rt juga", "ketua rt nya" name none."""
    said = understanding.chat_words(text)
    for word, after in zip(said, said[1:], strict=False):
        if word in NUMBERED and after.isdigit():
            return True
        if word in PLACE_MARKS and word not in NUMBERED and after not in (
                NOT_A_PLACE | AFTER_PLACE | GENERIC_PLACE | PLACE_MARKS) and not after.isdigit():
            return True
    return False


def place_after_question(text: str) -> str:
    """The place typed after a question to oneself ("dmn ya? di gg mawar deket pos ronda", "dimana ya.. dkt balai
    desa", "mana ya… depan pasar"), else the text. Trailing off ("..", "…") ends the question only when what comes
    before it is nothing but asking ("jl. mawar.. no 5" is one address)."""
    head, mark, tail = text.rpartition("?")
    tail = tail.strip(" ,.-")
    if mark and tail and not _named_place(head) and _named_place(tail) and names_a_place(tail):
        return tail
    hedged = _after_not_knowing(text)
    if hedged is not None:
        return hedged
    found = TRAILING_OFF.search(text)
    if found is None:
        return text
    head, tail = text[:found.start()], text[found.end():].strip(" ,.-")
    said = understanding.standard_words(head)
    return tail if said and set(said) <= SELF_ASKING and names_a_place(tail) else text


# Not knowing the exact address, said before the place ("gatau alamat pastinya, pokoknya …", "lupa nama gangnya
# pokoknya …", "sy kurang tau nama jalannya pak. yg jelas …")
NOT_KNOWING_ADDRESS = understanding.FILLER | frozenset("""saya sy aku gw gue gua kami tidak tahu kurang paham hafal
    apal ingat inget lupa pasti pastinya persis persisnya lengkap lengkapnya detail detailnya jelas alamat alamatnya
    nama namanya jalan jalannya gang gangnya nomor nomornya pak bu mas mbak kak min""".split())
HEDGE_BREAK = re.compile(r"\s*[,.;:]+\s*(?:(?:pokoknya|pokoke|yg jelas|yang jelas|intinya)\b\s*)?"
                         r"|\s+(?:pokoknya|pokoke|yg jelas|yang jelas|intinya)\b\s*", re.IGNORECASE)


def _after_not_knowing(text: str) -> str | None:
    """The place told after saying the exact address is not known, or None."""
    found = HEDGE_BREAK.search(text)
    if found is None or not found.start():
        return None
    head, tail = text[:found.start()], text[found.end():].strip(" ,.-")
    said = set(understanding.standard_words(head))
    if not said & {"tahu", "paham", "hafal", "apal", "ingat", "inget", "lupa"} or not said <= NOT_KNOWING_ADDRESS:
        return None
    return tail if tail and names_a_place(tail) else None


TRAILING_OFF = re.compile(r"\s*(?:\.{2,}|…+)\s*")
# A question to oneself before the place ("dimana ya", "mana ya kalo gak salah", "apa ya namanya", "hmm dmn sih")
SELF_ASKING = understanding.FILLER | frozenset("""dimana mana apa ya yah namanya tempatnya lokasinya alamatnya kalau
    kalo tidak salah hmm hm eh sih itu tuh kira sebentar bentar tunggu""".split())


# What a no to the place the story named may say of it ("bukan di situ", "salah alamatnya", "kurang tepat pak")
REFUSAL_WORDS = understanding.NEGATION | frozenset("""gak salah keliru kurang tepat pas itu situ sana sini di lokasi
    lokasinya alamat alamatnya tempat tempatnya""".split())
REFUSAL_END = re.compile(r"[,.;:!]+")


def place_after_refusal(text: str) -> str:
    """The place typed after a no to the place the story named ("bukan, di gg mawar 2", "salah pak, yg bener jl
    veteran 9", "bkn di gg kenari"), else the text."""
    found = REFUSAL_END.search(text)
    head, tail = (text[:found.start()], text[found.end():]) if found else (text.split(" ", 1) + [""])[:2]
    said = understanding.content(head)
    tail = corrections.AFTER.sub("", tail.strip(" ,.;:!-")).strip()
    refused = bool(said) and said[0] in REFUSAL_WORDS - {"di", "itu"} and set(said) <= REFUSAL_WORDS
    return tail if refused and tail and names_a_place(tail) else text


# A place said as what was meant ("eh maksud saya jl dahlia gang 3", "maksudnya gg 3"), and what it is not after it
# (", bukan jalan dahlia utama"): neither is part of the address
PLACE_MEANT = re.compile(r"^\W*(?:" + corrections.OPENERS + r"\W+)*" + corrections.MEANT + r"\b\W*", re.IGNORECASE)
NOT_THAT = re.compile(r"\s*[,;.]\s*(?:bukan|bkn|bukane|sanes)\b.*$", re.IGNORECASE | re.DOTALL)


# A place taken back in the same message, then the right one: "bukan di pakis, di tumpang", "bkn jl mawar tp jl
# melati", "salah, maksudnya di desa X", "eh bukan, di pasar baru", "di pakis eh bukan, di tumpang". What comes
# before the "no" is only a slip's words, or ends in one ("eh", "maaf"): "jl mawar, bukan jl melati, dekat sd" is
# no taking back (its place comes first)
TAKEN_BACK = re.compile(
    r"^(?P<before>(?:.*?\b(?:eh|ehh|oh|ah|aduh|waduh|duh|astaga|maaf|sorry|loh|lho|upps?|ups|halah|wait)\W+)?"
    r"(?:(?:" + corrections.OPENERS + r")\W+)*)"
    r"(?:bukan|bkn|bkan|bukane|sanes|banne|salah|keliru|ralat)\b(?P<wrong>[^,;.!?]*?)"
    r"(?:\s*[,;.!]+\s*(?:(?:tapi|tp|tpi|tetapi|namun|melainkan|tapine)\b\W*)?"
    r"|\s+(?:tapi|tp|tpi|tetapi|namun|melainkan|tapine)\b\W*)(?P<meant>\S.*)$", re.IGNORECASE | re.DOTALL)


# Every TAKEN_BACK holds one of these ("bukane" holds "bukan"): an ASCII text without any, in any case, is not read by
# the pattern (its lazy opening tries the words of a slip at every character: about 30 µs for a place of 40)
TAKEN_BACK_WORDS = ("bukan", "bkn", "bkan", "sanes", "banne", "salah", "keliru", "ralat")


def place_taken_back(text: str) -> str | None:
    """The place after one taken back in the same message ("bukan di pakis, di tumpang": di tumpang), or None."""
    lowered = text.lower()
    if text.isascii() and not any(word in lowered for word in TAKEN_BACK_WORDS):
        return None  # the pattern's own case folding reads other letters ("ſalah")
    found = TAKEN_BACK.match(text)
    if found is None:
        return None
    if not found.group("wrong").strip() and (again := place_taken_back(found.group("meant"))) is not None:
        return again  # "eh salah, bukan disitu, yg bener di jl melati": taken back twice
    meant = corrections.AFTER.sub("", found.group("meant")).strip(" ,.;:-")  # "salah, maksudnya di desa X"
    if len(meant.split()) < 2 or not names_a_place(meant):  # "tapi gangnya": read beside the other
        return None
    wrong = " ".join(w for w in understanding.content(found.group("wrong")) if w not in {"ketik", "tulis"})
    # "salah ketik pak, maksud saya saluran irigasi bukan got" mends the story, no place
    return meant if corrections.whole_place(meant) or wrong and names_a_place(wrong) else None


def place_meant(text: str) -> str:
    """The address a correction means ("eh maksud saya jalan dahlia gang 3, bukan jalan dahlia utama": jalan
    dahlia gang 3; "bukan di pakis, di tumpang": di tumpang); the text when what is left names no place (the cheap
    test first)."""
    lowered = text.lower()
    if not any(word in lowered for word in ("maksud", "bukan", "bkn", "bkan", "harus", "ben", "sebet", "leres",
                                            "salah", "keliru", "ralat", "sanes", "banne")):
        return text
    if (taken_back := place_taken_back(text)) is not None:
        return place_meant(taken_back) if taken_back != text else text
    meant = NOT_THAT.sub("", PLACE_MEANT.sub("", text)).strip(" ,.;:-")
    return meant if meant != text and names_a_place(meant) else text


@editable
def on_photo(turn: Turn) -> Next:
    """Stores the photo (or LEWATI) and asks for privacy."""
    if turn.kept_attachment == "photo":
        turn.draft.photo_step_done = True
        _keep_caption(turn)
        acknowledge_attachment(turn)
        return advance(turn)
    if turn.data.get("editing") and match_phrase(turn.text, vocab.REMOVE_PHOTOS):
        dropped, turn.draft.photos = turn.draft.photos, []
        turn.drop_photos(dropped)
        return advance(turn)
    if turn.text and asks_if_photo_needed(turn.text):  # "fotonya harus ya?", "kalo gak ada foto gmn?"
        turn.say("photo_optional")
        return STAY
    if match_phrase(turn.text, vocab.SKIP_CHOICES) or no_photo(turn.text):
        turn.draft.photo_step_done = True
        return advance(turn)
    if turn.kept_attachment in ("other", "sticker"):
        turn.say("photo_not_image", accepted=t("media_accepted"))
    elif turn.text and understanding.sent_by_another(turn.text):  # "sy kirim lewat anak sy": not this number
        turn.say("photo_by_another")
    elif turn.text and not turn.data.get("editing") and _more_of_place(turn):
        turn.say("location_added", place=turn.draft.location_text)
        turn.say("ask_photo")
    elif turn.text and not turn.data.get("editing"):
        return _no_photo_yet(turn)
    elif turn.text and _photo_coming(turn.text):
        turn.say("photo_waiting")
    else:
        acknowledge_attachment(turn)
        turn.say("ask_photo_edit" if turn.data.get("editing") else "ask_photo")
    return STAY


PLACE_BUBBLE_WORDS = 8
# The place named again by its part's name at a later step ("oh iya lokasinya tepatnya di gg kenari no 3", "eh
# alamatnya jl raya …", "lokasi tepatnya depan masjid …"): what follows is the place
NAMED_AGAIN = re.compile(r"^\W*(?:(?:oh|eh|ah|iya|iy|ya|oiya|oya|btw|maaf|pak|bu|min|mas|mbak|kak)\W+)*"
                         r"(?:lokasi|alamat|tempat|posisi|letak)(?:nya|nye|na|e)?\W+"
                         r"(?:(?:tepatnya|persisnya|lengkapnya|itu|yaitu|adalah|ada|di|yang|yg|benar|bener)\W+)*",
                         re.IGNORECASE)


def _more_of_place(turn: Turn) -> bool:
    """The place's next bubble at the photo step ("rt 3 rw 2", "dekat masjid al ikhlas" after "desa sukamaju"; the
    street after a bare pin): a short text that names a place and no problem is added to the typed place (it was an
    unclear photo answer)."""
    text, told = turn.text.strip(), turn.draft.location_text  # a pin without an address: the street typed after it
    if told and not turn.kept_attachment and (meant := place_taken_back(text)) is not None:
        turn.draft.location_text = place_as_stored(meant)[:500]  # "eh bukan jl mawar, jl melati": it replaces it
        turn.draft.latitude = turn.draft.longitude = None
        return True
    named = NAMED_AGAIN.match(text) if told and not turn.kept_attachment else None
    again = text[named.end():] if named else ""
    if again and _looks_like_a_place(again) and not understanding.names_a_problem(again):  # "oh iya lokasinya
        turn.draft.location_text = place_as_stored(again)[:500]  # tepatnya di gg kenari no 3": it replaces it
        turn.draft.latitude = turn.draft.longitude = None  # (it was added to the story)
        return True
    fuller = bool(told) and set(understanding.chat_words(told)) <= set(understanding.chat_words(text))
    if (not told and turn.draft.latitude is None or turn.kept_attachment
            or len(text.split()) > PLACE_BUBBLE_WORDS + (len(told.split()) if fuller else 0)  # the place typed fuller
            or understanding.names_a_problem(text) or not (names_a_place(text) or rt_rw_only(text))):
        return False
    if set(place_words(text)) & STORY_SIGNS:  # "kemarin ada anak sekolah jatuh di situ": the story's
        text = place_in_story(text) or ""  # "maaf tadi salah ketik, maksudnya rt 4": only "rt 4" is the place's
        if not text:
            return False
    if not (_named_place(text) or place_in_story(text) or _looks_like_a_place(text) or _near_a_landmark(text)
            or rt_rw_only(text)):
        return False
    turn.draft.location_text = _place_joined(told, text.strip(" ,."))[:500]
    return True


def _place_joined(told: str | None, more: str) -> str:
    """The typed place with its next bubble: the bubble alone when it holds every word of the place ("gang melati
    rt 5 desa sukamaju" after "gang melati"), the place alone when the bubble only repeats part of it, else both."""
    if not told:
        return more
    before, after = set(understanding.chat_words(told)), set(understanding.chat_words(more))
    if before <= after:
        return more
    return told if after <= before else f"{told}, {more}"


NEAR_WORDS = BEFORE_PLACE - {"di", "ke", "arah", "menuju", "on", "at"}
NEAR_LANDMARK_WORDS = 4


def _near_a_landmark(text: str) -> bool:
    """A short bubble saying what the place already told is near ("dekat masjid", "dpn balai desa"): no name is
    needed, the place told before says which."""
    said = place_words(text)
    return (len(said) <= NEAR_LANDMARK_WORDS and bool(said) and said[0] in NEAR_WORDS
            and bool(set(said[1:]) & LANDMARKS))


def _no_photo_yet(turn: Turn) -> Next:
    """A text at the photo step that is neither a photo nor LEWATI: the photo coming now ("ya ada", "sebentar pak")
    is waited for, one promised for later ("fotonya nanti ya") goes on without it, more of the story is kept; the
    second answer that is no photo goes on without one, saying so."""
    if _photo_later(turn.text):
        turn.draft.photo_step_done = True
        turn.say("photo_later")
        return advance(turn)
    if photo_how_asked(turn.text):  # "fotonya dikirim kemana?": it got "Belum ada foto yang kami terima"
        turn.say("photo_how")
        return STAY
    if _photo_coming(turn.text):
        return _photo_waited(turn)
    if _only_plea(turn.text):  # "tolong cepat ya pak": acknowledged (it got "Belum ada foto …")
        turn.say("plea_noted")
        turn.say("ask_photo")
        return STAY
    told = _story_at_photo_step(turn)
    if _unclear_again(turn):
        turn.draft.photo_step_done = True
        turn.say("photo_skipped")
        return advance(turn)
    acknowledge_attachment(turn)
    turn.say("ask_photo" if told else "photo_unclear")
    return STAY


PHOTO_YESES = "photo_yeses"  # conversation data: how many bare yeses the photo question got with no photo after them
PHOTO_YESES_WAITED = 2


def _photo_waited(turn: Turn) -> Next:
    """A yes to "Ada foto pendukung?" ("ya", "ada pak", "bentar saya cari"): the photo is waited for; a bare yes
    ("y", "ok", "👍") twice, told how to send it and that it is still missing; a third goes on without it (it was
    «Silakan kirim fotonya sekarang …» for ever)."""
    yeses = turn.data.get(PHOTO_YESES, 0) + 1 if bare_assent(turn) else 0
    if yeses > PHOTO_YESES_WAITED:
        turn.draft.photo_step_done = True
        turn.say("photo_skipped")
        return advance(turn)
    turn.conversation.data = {**turn.data, PHOTO_YESES: yeses}
    turn.say("photo_still_waiting" if yeses == PHOTO_YESES_WAITED else "photo_waiting")
    return STAY


# How or where to send the photo ("fotonya dikirim kemana?", "cara kirim fotonya gimana?", "upload gambarnya gmn")
WHERE_OR_HOW = frozenset("""kemana kmn dimana dmn mana gimana bagaimana cara caranya how where""".split())
HOW_TO_SEND_WORDS = 8


def photo_how_asked(text: str) -> bool:
    """A short question of how or where to send the photo: a word of a photo and of where or how, no "not" and no
    "later" ("fotonya nanti ya" promises it)."""
    said = understanding.chat_words(text)
    if not said or len(said) > HOW_TO_SEND_WORDS or set(said) & understanding.NEGATION:
        return False
    stems = {stem for w in said if w.endswith("nya") for stem in understanding.chat_words(w.removesuffix("nya"))}
    photo = bool((stems | set(said)) & PHOTO_WORDS)  # "gambarnya": gambar, a photo
    return photo and bool(set(said) & WHERE_OR_HOW) and not _photo_later(text)


NEEDED = frozenset("""harus wajib perlu mesti musti kudu kedah kodu kodhu must need needed required necessary
    mandatory compulsory diwajibkan diharuskan""".split())
WITHOUT = frozenset({"tanpa", "without"})
NEED_QUESTION_WORDS = 8


def asks_if_photo_needed(text: str) -> bool:
    """A question whether the photo is a must: a word of need ("fotonya harus ya?", "wajib foto?", "haruskah pakai
    foto", "is a photo required?"), going on without one ("bisa tanpa foto?"), or what if there is none ("kalo gak
    ada foto gmn?"); "gak ada foto" alone says there is none and is no question."""
    said = understanding.chat_words(text)
    stems = {w.removesuffix("kah") for w in said}
    if not said or len(said) > NEED_QUESTION_WORDS or understanding.names_a_problem(text):
        return False
    photo = bool({w.removesuffix("nya") for w in said} & PHOTO_WORDS)
    if stems & NEEDED:
        return photo or len(said) <= 3  # "harus ya?": at the photo question, about the photo
    asking = "?" in text or bool(stems & (understanding.QUESTION_WORDS | {"bisa", "boleh", "gimana"}))
    unless = set(said) & understanding.IF_WORDS and set(said) & understanding.NEGATION  # "kalo gak ada foto"
    return photo and asking and bool(set(said) & WITHOUT or unless)


ENGLISH_NO = frozenset({"no", "none", "not", "dont", "don", "haven", "havent", "without", "nothing"})
NO_CAMERA = PHOTO_WORDS | {"kamera", "kameranya", "hp", "handphone", "jadul", "photo", "picture", "pictures"}


def no_photo(text: str) -> bool:
    """"No photo" in everyday words: "gak ada", "maaf nak saya tidak punya foto", "hp saya tidak ada kameranya",
    "no photo"."""
    said = [w for w in understanding.content(text) if w not in {"maaf", "i", "a", "any", "have", "t"}]
    if understanding.means_no(text, PHOTO_WORDS) or (said[:1] in (["no"], ["none"]) and set(said[1:]) <= NO_CAMERA):
        return True  # "no photo sorry", "i don't have any photo"
    if set(said) & ENGLISH_NO and set(said) & NO_CAMERA and len(said) <= 6:
        return True
    camera = {w.removesuffix("nya") for w in said} | set(said)
    return len(said) <= 10 and bool(set(said) & understanding.NEGATION) and bool(camera & NO_CAMERA)


# "Later" in the region's languages: "fotonya nanti ya", "besok saya kirim", "mengko", "engke", "nyusul"
LATER = frozenset({"nanti", "ntar", "entar", "nanti2", "ntr", "menyusul", "nyusul", "susul", "disusulkan",
                   "belakangan", "besok", "lusa", "mengko", "engko", "engke", "mangke", "later", "tomorrow"})
LATER_MAX_WORDS = 4  # "nanti ya pak", "mengko tak kirim": short enough to be about the photo without naming it


def _photo_later(text: str) -> bool:
    """The photo promised for later ("fotonya nanti ya, sekarang lagi di jalan", "ntar sy kirim", "besok aja
    fotonya"): a word for "later" with a word for the photo or in a few words ("kalau hujan nanti banjir lagi"
    tells the story)."""
    said = understanding.chat_words(text)
    if not set(said) & LATER:
        return False
    stems = set(said) | {w.removesuffix("nya") for w in said}
    return bool(stems & (PHOTO_WORDS | {"foto"})) or len(understanding.content(text)) <= LATER_MAX_WORDS


SINCE = frozenset({"sudah", "sejak", "dari", "selama", "hampir"})
TIME_SPANS = frozenset("""hari minggu bulan tahun thn bln mgg jam seminggu sebulan setahun berhari berminggu berbulan
    bertahun lama""".split())


def _how_long(said: list[str]) -> bool:
    """Words telling how long the problem has lasted ("sudah 3 bulan", "udh seminggu", "dari tahun lalu")."""
    return len(said) <= STORY_MIN_WORDS and bool(set(said) & SINCE) and bool(set(said) & TIME_SPANS)


def _story_at_photo_step(turn: Turn) -> bool:
    """A sentence at the photo step that is no answer to it ("oh iya lubangnya tambah lebar kalau hujan") is more
    of the story: it is added to the description and shown back, so nothing the citizen wrote is lost."""
    said = understanding.content(turn.text)
    stems = set(said) | {w.removesuffix("nya") for w in said}
    if stems & (PHOTO_WORDS | {"foto"}):  # "fotonya harus yg jelas ya?"
        return False
    if len(said) < STORY_MIN_WORDS and not _how_long(said):  # "sudah 3 bulan": how long, more of the story
        return False
    asking = turn.text.rstrip().endswith("?") or bool(stems & (CHOICE_QUESTION | understanding.ASKING))
    if asking and len(said) <= SHORT_QUESTION_WORDS:  # "kalau gak ada gimana pak?": a question back, no story
        return False
    more = turn.text.strip()
    if complaints.description_problem(more) is not None and not _how_long(said):
        return False
    if story_sent_again(turn.draft.description, more):  # it said "ditambahkan" and added nothing
        turn.say("story_resent")
        return True
    if another_matter_kept(turn, more):  # "oh iya, got depan rumah juga mampet": the next report
        return True
    add_to_story(turn, more)
    return True


SHORT_QUESTION_WORDS = 6

PHOTO_COMING = frozenset({"ada", "punya", "sebentar", "bentar", "tunggu", "kirim", "dikirim", "saya", "aku", "lagi",
                          "otw", "proses", "cari", "dicari", "segera"}) | PHOTO_WORDS


def _photo_coming(text: str) -> bool:
    """A short "yes, I have one" to "Ada foto pendukung?" ("ya", "ada pak", "sebentar saya kirim"), not a no."""
    said = [w for w in understanding.content(text) if w != "ya"]
    return (len(said) <= 5 and not set(said) & understanding.NEGATION
            and (understanding.means_yes(text) or (bool(said) and set(said) <= PHOTO_COMING and said[0] != "kirim")))


def _keep_caption(turn: Turn) -> None:
    """A photo's caption at the photo step ("lubangnya sedalam lutut") is kept with the description, so nothing the
    citizen wrote is lost; a bare "ini fotonya" is not."""
    caption = turn.text.strip()
    if not _caption_tells(caption):
        return
    story = with_caption(turn.draft.description or "", caption)
    turn.draft.description = story.strip()[: complaints.MAX_DESCRIPTION_CHARS]


def with_caption(story: str, caption: str) -> str:
    """The story with one more photo's caption: the first on a line «Keterangan foto: …», the next ones after it on
    that line under the one label (each caption had a label of its own: ten photos, ten labels; the summary and
    the notices show the story's lines run together)."""
    lines = story.split("\n") if story else []
    label, caption = t("photo_caption", caption=""), " ".join(caption.split())  # a caption's lines on one line
    at = next((i for i, line in enumerate(lines) if line.startswith(label)), None)
    if at is None:
        return "\n".join([*lines, t("photo_caption", caption=caption)])
    lines[at] = t("photo_captions_more", captions=lines[at], caption=caption)
    return "\n".join(lines)


@editable
def on_privacy(turn: Turn) -> Next:
    """Stores the privacy choice (biasa, rahasia, anonim; "tanpa nama ya pak" is anonim, "publik saja" biasa) and
    shows the summary;
    KIRIM typed here is told that one choice is still needed."""
    asked_about = _safest_or_choices_asked(turn) or _privacy_changed_mind(turn)
    if asked_about is not None:
        return asked_about
    chosen = _chosen(turn.text, vocab.PRIVACY_CHOICES)
    known = _anonim_offer(turn, chosen) or _assent_at_privacy(turn, chosen)
    if known is not None:
        return known
    if not chosen and "?" in turn.text and (answered := _privacy_question(turn)) is not None:
        return answered  # "rahasia bisa?", "kalau anonim nanti petugas bisa hubungi saya?"
    asked = None if chosen else understanding.protection_asked(turn.text)
    if asked is None and understanding.openness_asked(turn.text):  # "publik", "gak usah dirahasiakan"
        asked = "biasa"
    if asked is not None:
        turn.draft.privacy = asked
        return advance(turn)
    if _confirm_words(turn.text) == "KIRIM" and not understanding.photos_done(turn.text):  # "udah dikirim semua"
        turn.say("privacy_before_sending")
        return STAY
    if not chosen and hiding_reason(turn.text):  # "krn sy perangkat desa juga, takut": anonymity, said so
        turn.draft.privacy = "anonim"
        turn.say("privacy_safest_chosen")
        return advance(turn)
    if not chosen and not turn.data.get("editing") and _more_of_place(turn):  # "rt 3" after "kp cibeureum"
        turn.say("location_added", place=turn.draft.location_text)
        turn.say("ask_privacy")
        return STAY
    if not chosen and not turn.data.get("editing") and _story_at_privacy_step(turn):
        turn.say("ask_privacy")
        return STAY
    return _choose(turn, vocab.PRIVACY_CHOICES, "privacy")




ASSENT_HINTED = "assent_hinted"  # conversation data: a bare "ok" at this question was told what to type


ASSENT_EMOJI = frozenset("👍👌✅🆗🙏")
ASSENT_MAX_CHARS = 30
ASSENT_EMOJI_AROUND = frozenset("\ufe0f\u200d🏻🏼🏽🏾🏿 !.")  # a skin tone, a variation selector, "👍!!"


def bare_assent(turn: Turn) -> bool:
    """A message that only agrees or thanks ("y", "yy", "iya", "ok", "siap", "sip pak", "👍", "🙏", "nggih"): no
    answer to a question that is no yes/no question. Emoji only of approval or thanks ("😀🔥🙏😡" is no assent)."""
    text = turn.text.strip()
    if not text or len(text) > ASSENT_MAX_CHARS or turn.kept_attachment or any(ch.isdigit() for ch in text):
        return False
    if not any(ch.isalpha() for ch in text):
        return set(text) - ASSENT_EMOJI_AROUND <= ASSENT_EMOJI
    return understanding.means_yes(text) or is_acknowledgement(text)


def assent_hinted(turn: Turn) -> bool:
    """Whether a bare assent was answered at this question already, the flag dropped when another message came
    between (the count starts again)."""
    if not turn.data.get(ASSENT_HINTED):
        return False
    if bare_assent(turn):
        return True
    turn.conversation.data = {key: value for key, value in turn.data.items() if key != ASSENT_HINTED}
    return False


def _forget_hint(turn: Turn) -> None:
    """The count of bare assents starts again (another message came, or the question is shown again)."""
    if turn.data.get(ASSENT_HINTED):
        turn.conversation.data = {key: value for key, value in turn.data.items() if key != ASSENT_HINTED}


def _count_again_unless_assent(turn: Turn) -> None:
    """Any message but thanks or a bare yes starts the count of bare assents again, whatever answers it."""
    if turn.kept_attachment or not (is_thanks(turn.text) or bare_assent(turn)):
        _forget_hint(turn)


def _hint_once(turn: Turn, key: str) -> None:
    """Say what to type at this question, and remember it was said."""
    turn.conversation.data = {**turn.data, ASSENT_HINTED: True}
    turn.say(key)


def _assent_at_privacy(turn: Turn, chosen: str | None) -> Next | None:
    """A bare "ok", "y" or "👍" to the privacy choices (no yes/no question): the first is told the choices are typed
    by number, once; the second takes Rahasia (the content not published, the name seen by the agency as ever), said
    so and changeable at the summary, as a second unclear answer to the kind takes Pengaduan (it was the question
    again, then «Mohon balas 1 …», for ever). Not Biasa: "ok" twice is no consent to the name shown as Biasa shows
    it. While changing the privacy from the summary, the second keeps the one chosen. None for anything else."""
    if chosen or not bare_assent(turn):
        return None
    if not assent_hinted(turn):
        say_photos_done(turn)  # "👍" after the photos: they are received, said once
        _hint_once(turn, "privacy_by_number")
        return STAY
    if turn.draft.privacy:
        turn.say("privacy_noted", privacy=PRIVACY_NAMES[turn.draft.privacy].lower())
    else:
        turn.draft.privacy = "rahasia"
        turn.say("privacy_assent_rahasia")
    return advance(turn)


def _privacy_changed_mind(turn: Turn) -> Next | None:
    """A change of mind naming the choice wanted ("gajadi deh, rahasia aja", "ga jadi biasa, anonim aja"): that
    choice (it got "Mohon balas 1 …", or "gak jadi" dropped the draft); None for anything else."""
    changed = corrections.changed_mind_to_privacy(turn.text)
    if changed is None or turn.data.get(ANONIM_OFFERED):
        return None
    turn.draft.privacy = changed
    return advance(turn)


def _story_at_privacy_step(turn: Turn) -> bool:
    """More of the story typed at the privacy question ("jalan berlubang besar, sudah 2 bulan, banyak motor
    jatuh"): a sentence that tells a problem, its state or its time, no question and no choice, is added to the
    description and shown back (it was answered "Mohon balas 1, 2 atau 3" and lost)."""
    if turn.kept_attachment or len(turn.text.split()) < STORY_MIN_WORDS or turn.text.rstrip().endswith("?"):
        return False  # the cheap tests first: a choice is a word or two
    said = understanding.content(turn.text)
    if len(said) < STORY_MIN_WORDS:
        return False
    stems = set(said) | {w.removesuffix("nya") for w in said}
    if not (understanding.names_a_problem(turn.text) or stems & (STORY_SIGNS - PLEAS)):
        return False
    more = turn.text.strip()
    if another_matter_kept(turn, more):  # "oh iya satu lagi, lampu jalan depan rumah juga mati": the next report
        return True
    add_to_story(turn, more)
    return True


def _safest_or_choices_asked(turn: Turn) -> Next | None:
    """The safest choice wished ("yg aman aja pak": Anonim, said so) or asked about ("yg paling aman yg mana?"), or
    the choices' difference asked ("bedanya rahasia sama anonim apa pak?"): answered; None for anything else. (A
    bare "ok" counted before is forgotten by any other message.)"""
    if not bare_assent(turn):
        assent_hinted(turn)
    safest = understanding.safest_asked(turn.text)
    if safest == "wish":  # it was asked again, naming no choice
        turn.draft.privacy = "anonim"
        turn.say("privacy_safest_chosen")
        return advance(turn)
    if safest == "question":
        turn.say("privacy_safest")
        return STAY
    if _asks_about_choices(turn, PRIVACY_NAMES_TYPED):
        turn.say("privacy_explained")
        turn.say("ask_privacy")
        return STAY
    return None


ANONIM_OFFERED = "anonim_offered"  # conversation data: Rahasia was chosen for a reason only Anonim answers
ANONIM_LATER = "anonim_later"  # conversation data: such a Rahasia told before its question, to be asked about


def _anonim_offer(turn: Turn, chosen: str | None) -> Next | None:
    """Rahasia chosen for a reason of being known ("rahasia aja pak soalnya yg pasang lampu itu saudara saya"):
    Rahasia hides the content, not the name, so whether Anonim is meant is asked once; a yes to that question is
    Anonim, a no Rahasia; None for anything else (a number or a choice's name is read as usual)."""
    if turn.data.get(ANONIM_OFFERED):
        named = set(understanding.standard_words(turn.text)) & {"rahasia", "anonim", "biasa"}
        if len(named) == 1 and named != {"biasa"}:  # "tidak, rahasia saja": no "not secret" (biasa) meant there
            chosen = named.pop()
        elif chosen or not (yes := understanding.means_yes(turn.text)) and not understanding.means_no(turn.text):
            return None
        else:
            chosen = "anonim" if yes else "rahasia"
        turn.draft.privacy = chosen
        return advance(turn)
    if chosen != "rahasia" or turn.data.get("editing") or not hiding_reason(turn.text):
        return None
    turn.conversation.data = {**turn.data, ANONIM_OFFERED: True}  # a new dict: one changed in place is not saved
    turn.say("privacy_anonim_offered")
    return STAY


CAN = frozenset({"bisa", "boleh", "bisakah", "bolehkah", "dong", "kah"})


# Asking whether one's name is seen ("nama saya kelihatan gak?") names no choice and asks for none
SEEN = frozenset({"kelihatan", "terlihat", "dilihat", "tampil", "ditampilkan", "muncul", "diketahui", "ketahuan",
                  "tahu", "dibaca", "tercantum", "dicantumkan", "disebut"})


def _privacy_question(turn: Turn) -> Next | None:
    """A question naming a privacy choice: the choice, when it says nothing else ("rahasia bisa?"); else what each
    choice means ("kalau anonim nanti petugas bisa hubungi saya gak?", "nama saya kelihatan gak?"); None when it
    names none."""
    said = [w for w in understanding.content(turn.text) if w not in CAN]
    named = [w for w in said if w in vocab.PRIVACY_CHOICES and not w.isdigit()]
    if len(named) == 1 and said == named:
        turn.draft.privacy = vocab.PRIVACY_CHOICES[named[0]]
        return advance(turn)
    asks_seen = set(said) & SEEN and set(said) & understanding.IDENTITY_WORDS and not set(said) & (
        understanding.PROTECT_VERBS | {"jangan", "usah"})  # "nama saya jangan ditampilkan ya?" is a wish
    if named or asks_seen:
        turn.say("privacy_explained")
        turn.say("ask_privacy")
        return STAY
    return None


def on_confirm(turn: Turn) -> Next:
    """Files the complaint on KIRIM, asks what to change on UBAH, else repeats the choice."""
    _count_again_unless_assent(turn)  # a thanks sends only right after the hint: never after STATUS, a fix, a photo
    # the summary was shown after the first photo of the burst; a caption is kept with the story, one that mends
    # the summary ("ubah lokasinya ke jl melati") mends it
    aside = _burst_counted(turn) if photo_burst(turn) else (_caption_mends(turn) or caption_aside(turn))
    if aside is not None:
        return aside
    corrected = (_privacy_told(turn) or _place_taken_back_later(turn) or _corrected(turn)
                 or _kind_changed(turn)  # "ganti jadi biasa aja": no edit
                 or _number_swapped(turn) or service_asked(turn) or status_asked(turn) or own_asked_by_topic(turn)
                 or _another_told(turn))
    if corrected is not None:
        return corrected
    courtesy = _courtesy_at_summary(turn)
    if courtesy is not None:
        return courtesy
    if not turn.kept_attachment and _photo_to_come(turn.text):  # "sy kirim gambarnya dulu": not sent, no story
        turn.say("summary_photo_waiting")
        return STAY
    choice = match_phrase(turn.text, vocab.CONFIRM_CHOICES) or _confirm_words(turn.text) or _yes(turn.text)
    if choice is None and bare_assent(turn):  # "ok", "siap", "👍", "🙏": told it is not sent, once; the second sends
        if assent_hinted(turn):  # (it was «Balas KIRIM, UBAH, atau BATAL» for ever)
            return _submit(turn)
        _hint_once(turn, "summary_acknowledged")
        return STAY
    assent_hinted(turn)  # anything else: the count starts again
    if choice == "KIRIM":
        return _submit(turn)
    if choice == "UBAH":
        target = edit_target(turn.text)  # "ubah lokasi": straight to it
        if target is not None:
            return _edit(turn, target)
        turn.say("ask_edit")
        return go(State.EDIT)
    _neither_choice(turn)
    return STAY


def _courtesy_at_summary(turn: Turn) -> Next | None:
    """Thanks at the summary ("makasih", "sakalangkong") are a bare yes there, as "ok" and "🙏" are: the first is told
    it is not sent, the second sends (it was «Sama-sama 🙏 … belum terkirim» word for word, each time); a pleasantry
    ("selamat siang") is told it is not sent. A message neither thanks nor a bare yes starts the count again."""
    thanked = not turn.kept_attachment and is_thanks(turn.text)
    if not thanked and not bare_assent(turn):
        assent_hinted(turn)
    if thanked:
        if turn.data.get(ASSENT_HINTED):
            return _submit(turn)
        _hint_once(turn, "summary_thanked")
        return STAY
    if not turn.kept_attachment and is_pleasantry(turn.text):
        turn.say("summary_courtesy")
        return STAY
    return None


NUMBER_SWAP = re.compile(r"(\d+)\s*,?\s*(?:bukan|bkn|bukane|sanes)\s+(?:(?:no|nomor|nomer|rt|rw|blok)\s*\.?\s*)?"
                         r"(\d+)\b", re.IGNORECASE)  # "9 bukan 7", "15 bkn no 12"


ADDRESS_NUMBER_WORDS = frozenset({"no", "nomor", "nomornya", "nomer", "nomernya", "rt", "rw", "rtnya", "rwnya", "blok",
                                  "bloknya", "rumah", "rumahnya", "alamat", "alamatnya", "nya"})
NUMBER_SWAP_MAX_WORDS = 9


def _number_swapped(turn: Turn) -> Next | None:
    """A number of the place corrected at the summary ("nomornya 9 bukan 7", "rt nya 03 bukan 05"): the old number,
    found once in the place, is replaced and the summary shown again (it got "Balas KIRIM, UBAH, atau BATAL"); None
    for anything else, or when the old number is not the place's alone."""
    place = turn.draft.location_text
    found = NUMBER_SWAP.search(turn.text or "") if place and not turn.kept_attachment else None
    said = set(understanding.chat_words(turn.text))
    if found is None or not said & ADDRESS_NUMBER_WORDS or len(said) > NUMBER_SWAP_MAX_WORDS:
        return None  # "sudah 3 minggu bukan 3 hari": the story's
    old = re.compile(rf"(?<!\d){re.escape(found.group(2))}(?!\d)")
    if len(old.findall(place)) != 1:
        return None
    turn.draft.location_text = old.sub(found.group(1), place)
    turn.say("correction_applied", part=t("part_location"))
    say_summary(turn)
    return STAY


def _neither_choice(turn: Turn) -> None:
    """What answers a message at the summary that is neither KIRIM nor UBAH: an attachment or a plea ("TOLONG
    CEPAT DIPERBAIKI PAK 🙏🙏") acknowledged with the summary again (nothing is sent without KIRIM), more of the
    story added, else the choice asked again."""
    if turn.kept_attachment:
        acknowledge_attachment(turn)
        say_summary(turn)
    elif _only_plea(turn.text):  # it got "Balas KIRIM, UBAH, atau BATAL."
        turn.say("plea_noted")
        say_summary(turn)
    elif not _more_of_story(turn):
        turn.say("bad_confirm")


PHOTO_TO_COME_MAX_WORDS = 8


def _photo_to_come(text: str) -> bool:
    """A short message that speaks of a photo still to be sent ("mau tambah foto lagi", "fotonya nyusul ya", "sy
    kirim gambarnya dulu"), with no negation ("gak ada foto lagi")."""
    said = understanding.content(text)
    return (len(said) <= PHOTO_TO_COME_MAX_WORDS and any(w.removesuffix("nya") in PHOTO_WORDS for w in said)
            and not set(said) & (understanding.NEGATION | CHANGING) and not understanding.names_a_problem(text))


CHANGING = frozenset({"ubah", "ganti", "hapus", "edit", "diganti", "dihapus", "diubah"})  # "ganti fotonya": UBAH


STORY_MIN_WORDS = 4  # a sentence at the summary; "ok", "jangan kirim dulu" are not one
OPENS_MORE = understanding.EVIDENCE_WORDS | understanding.FILLER | {"lagi", "juga", "ke", "untuk", "isi", "cerita",
                                                                    "laporan", "laporannya", "isinya", "ceritanya"}


HOLD_ON = frozenset({"eh", "tunggu", "bentar", "sebentar", "oh", "oiya", "oya", "iya"})  # before "tambahin"


def _more_of_story(turn: Turn) -> bool:
    """A sentence at the summary that is no choice ("tambahin ya pak, kemarin ada 2 motor jatuh di situ", "oh iya
    satu lagi, …") is more of the story: it is added to the description, without the words asking to add it, and
    the summary shown again (so nothing the citizen wrote is lost)."""
    said = understanding.content(turn.text)
    fact = _short_fact(turn.text, said)  # "sejak kemarin sore", "tadi ada yg jatuh lagi": short, yet of the story
    if len(said) < STORY_MIN_WORDS and not fact:
        return False
    typed = turn.text.split()
    opening = 0  # "tambahin ya pak, …", "eh tunggu, tambahin …": the words asking to add it
    while opening < len(typed) and set(understanding.chat_words(typed[opening])) <= OPENS_MORE | HOLD_ON:
        opening += 1
    if any(set(understanding.chat_words(word)) & understanding.EVIDENCE_WORDS for word in typed[:opening]):
        typed = typed[opening:]
    more = " ".join(typed).strip(" ,.:;-")
    if complaints.description_problem(more) is not None and not (fact and more):
        return False
    if story_sent_again(turn.draft.description, more):
        turn.say("story_resent")
    elif not another_matter_kept(turn, more):  # "barusan juga ada kabel listrik putus": the next report
        add_to_story(turn, more)
    say_summary(turn)
    return True


# A short fact added at the summary: since when, how bad, what happened lately ("sejak kemarin sore", "udah 3 hari",
# "makin parah", "tadi ada yg jatuh"); "belum benar", "nanti dulu", "tunggu bentar" are none
SUMMARY_FACTS = (STORY_SIGNS - {"sudah", "tolong", "mohon", "belum", "tidak", "kalau", "kalo", "jika", "bila"}) | (
    TIME_SPANS | {"sejak", "selama", "kemarin", "kmrn", "pagi", "siang", "sore", "malam", "malem", "subuh", "wingi",
                  "makin", "semakin", "tambah", "tmbh", "bertambah", "kian"} | MEASURES)
SHORT_FACT_MIN_WORDS = 2
SUMMARY_OWN = frozenset("""kirim krm send batal lewati skip ubah menu status tunggu bentar sebentar dulu nanti
    foto fotonya gambar lokasi lokasinya alamat alamatnya benar betul sesuai cocok tepat lengkap""".split()) | CHANGING


def _short_fact(text: str, said: list[str]) -> bool:
    """A short message at the summary that adds a fact to the story ("sejak kemarin sore", "udah 3 hari", "makin
    parah"): two words or more, one of them a word of time, degree or a problem, no question and nothing of the
    summary's own ("belum benar", "ok kirim" are read as before)."""
    if len(said) < SHORT_FACT_MIN_WORDS or "?" in text or set(said) & SUMMARY_OWN:
        return False
    return bool(set(said) & SUMMARY_FACTS) or understanding.names_a_problem(text)


ONLY_ACKNOWLEDGING = frozenset({"ok", "oke", "okey", "okay", "okee", "sip", "siap", "baik"})


def _yes(text: str) -> str | None:
    """KIRIM for a yes in everyday words, as "ya" is one ("iya pak", "nggih", "y"), or for saying the summary is
    right ("udah bener", "sudah sesuai pak"); "ok" and "siap" only acknowledge the summary, unless a word of going
    ahead comes with them ("oke gas")."""
    said = set(words(understanding.APPROVING.sub(" ok ", text)))  # 👍 acknowledges as "ok" does
    if understanding.means_yes(text) and not said & ONLY_ACKNOWLEDGING:
        return "KIRIM"
    told = set(understanding.content(text))
    if told & GO_AHEAD and not told - GO_AHEAD - ONLY_ACKNOWLEDGING - SEND_AROUND:  # "oke gas", "ok proses aja pak"
        return "KIRIM"
    # "udah bener", "sudah sesuai pak", "betul semua": it is right
    return "KIRIM" if told & SUMMARY_RIGHT and told <= SUMMARY_RIGHT | RIGHT_AROUND else None


# Going ahead, beside an acknowledgement at the summary ("oke gas", "sip lanjut", "siap, diproses aja"); with any
# other word it is not ("oke lanjut besok aja", "jangan diproses dulu", "oke lanjut ubah lokasinya")
GO_AHEAD = frozenset({"lanjut", "lanjutkan", "gas", "gass", "gaskeun", "gaskan", "proses", "prosesin", "proseskan",
                      "diproses", "teruskan", "go"})
SUMMARY_RIGHT = frozenset({"benar", "betul", "sesuai", "pas", "cocok", "tepat", "lengkap"})
RIGHT_AROUND = frozenset({"sudah", "semua", "semuanya", "itu", "ya", "insyaallah", "sih"})


def _confirm_words(text: str) -> str | None:
    """KIRIM or UBAH in a short message with small words around it ("ok kirim", "kirim aja pak", "mau ubah"),
    as long as it says neither both nor "not" ("jangan kirim dulu" is no KIRIM)."""
    said = understanding.content(text)
    if len(said) > 4 or set(said) & (understanding.NEGATION | {"jangan", "batal"}):
        return None
    found = {vocab.CONFIRM_CHOICES.get(word) for word in understanding.choice_text(text).split()} - {None}
    return found.pop() if len(found) == 1 else None


def on_edit(turn: Turn) -> Next:
    """Stores which part to change and asks for it again (KEMBALI: none, back to the summary; KIRIM: file it)."""
    first = " ".join(words(turn.text)[:1])
    target = vocab.EDIT_CHOICES.get(first) or edit_target(turn.text)
    if target is None and keeps_as_is(turn):
        return back_to_summary(turn)
    if target is None and (_confirm_words(turn.text) == "KIRIM" or _taken_back_then_sent(turn.text)):
        return _submit(turn)
    if target is None:
        acknowledge_attachment(turn)
        turn.say("bad_edit")
        turn.say("ask_edit")
        return STAY
    return _edit(turn, target)


CLAUSE_ENDS = re.compile(r"[,.;!?]+")
CHANGE_VERBS = frozenset({"ubah", "diubah", "rubah", "dirubah", "ganti", "diganti", "edit", "diedit", "ubahnya"})


def _taken_back_then_sent(text: str) -> bool:
    """The change taken back, then KIRIM, in clauses of one message ("eh ga jadi, kirim aja", "nggak usah diubah,
    kirim aja"): it was asked for a part's number. "gak jadi kirim" (one clause) sends nothing."""
    clauses = [clause for clause in CLAUSE_ENDS.split(text) if clause.strip()]
    if len(clauses) < 2 or _confirm_words(clauses[-1]) != "KIRIM":
        return False
    return all(match_phrase(" ".join(w for w in understanding.content(clause) if w not in CHANGE_VERBS),
                            vocab.BACK_CHOICES) is not None  # "nggak usah diubah": "tidak usah"
               or understanding.means_no(clause) for clause in clauses[:-1])


def _edit(turn: Turn, target: State) -> Next:
    """Ask for one part again, to change it."""
    if target == State.PHOTO:
        turn.say("ask_photo_edit")
    else:
        ask(turn, target)
        turn.say("edit_back")
    return go(target, editing=True)


def edit_target(text: str) -> State | None:
    """The one part of the draft a short message names ("lokasi", "yg lokasinya", "ubah jenis", "ganti foto"),
    or None."""
    said = understanding.choice_text(text).split()
    if len(said) > 4:
        return None
    named = {vocab.EDIT_NAMES.get(word) or vocab.EDIT_NAMES.get(word.removesuffix("nya")) for word in said} - {None}
    return named.pop() if len(named) == 1 else None


def _submit(turn: Turn) -> Next:
    """File the draft and give the reference; what waited for the draft is asked next (a number past its budget
    of new complaints files nothing: `over_budget`)."""
    if (refused := over_budget.refuse(turn)) is not None:
        return refused
    complaint = complaints.submit(turn.session, turn.contact, turn.draft, turn.now, turn.svc.region)
    region = turn.svc.region
    days = queue.verification_days(region)
    turn.say("submitted", reference=complaint.reference, days=days,
             day=day_and_date(region.calendar.due_after(complaint.created_at, days), turn.zone))
    if complaint.privacy == "anonim":
        turn.say("submitted_anonymous")
    following, place = turn.draft.next_story, turn.draft.location_text
    turn.draft = Draft()
    if following:  # the other problem told while filing this one: its words are offered as the next complaint
        turn.draft.place_before = place  # most often at the same place: asked to confirm it
        from bot.conversation.idle import offered_kind  # (idle imports this module)

        asked = offered_kind(following) == "informasi"  # a question kept while a complaint was filed
        turn.say("next_question_offered" if asked else "next_story_offered", excerpt=excerpt(following, 300))
        return go(State.OFFER, offer=following, told_before=True)
    return back_to_idle()


IDENTITY_MASKED = "pelapor disembunyikan]"  # an anonymous reporter's name or number as the agency reads it


def say_summary(turn: Turn) -> None:
    """Add the draft's summary (with KIRIM / UBAH / BATAL) to the replies. The answers written in the story ("…,
    anonim ya pak. Tidak ada foto"), read by their steps by now, leave it here: what the summary shows is filed."""
    draft = turn.draft
    _forget_hint(turn)  # what was hinted at was the summary before: a thanks now is no yes to this one
    if draft.description:
        draft.description = without_answers(draft.description)
    place = complaints.place_as_filed(draft, turn.contact) or ""  # as stored: an anonymous reporter unnamed
    if draft.latitude is not None:
        place = t("summary_pin", place=place, latitude=draft.latitude, longitude=draft.longitude).strip()
    turn.say("summary", kind=KIND_NAMES[draft.kind],
             description=excerpt(complaints.as_filed(draft, turn.contact), 300),  # no "Yth. Bapak Bupati, …"
             place=place or "-",
             photos=(received(kind_counts(p["content_type"] for p in draft.photos)) if draft.photos
                     else t("summary_no_photos")),
             privacy=PRIVACY_NAMES[draft.privacy])
    if complaints.softened(draft.description or "") != (draft.description or ""):  # "… anjing bgt": read by officers
        turn.say("summary_softened")
    if draft.privacy == "anonim" and IDENTITY_MASKED in complaints.as_filed(draft, turn.contact):
        turn.say("summary_identity_masked")  # "saya Hendra pemilik toko …": the name hidden, the shop still read
    if complaints.others_numbers_masked(draft.description or "") != (draft.description or ""):  # "Ttd … (0812-…)"
        turn.say("summary_forwarded")


# Attachments kept at any step ----------------------------------------------------------------------

def keep_attachments(turn: Turn) -> None:
    """Keep photos and a location pin in the draft whatever the step (nothing sent is lost), once."""
    if turn.attachments_taken:
        return
    turn.attachments_taken = True
    message = turn.message
    if message.location is not None:
        _keep_pin(turn, message.location)
    photos = message.kept_media  # photos, voice notes, videos, PDF documents
    if turn.state == State.PHOTO and turn.data.get("editing") and photos:
        dropped, turn.draft.photos = turn.draft.photos, []
        turn.drop_photos(dropped)
    room = max(complaints.MAX_PHOTOS - len(turn.draft.photos), 0)
    for media in photos[:room]:
        turn.draft.photos.append({"url": media.url, "content_type": media.content_type})
        turn.received.append(media.content_type)
    turn.dropped = len(photos) - len(turn.received)
    turn.drop_photos([{"url": media.url, "content_type": media.content_type} for media in photos[room:]])
    if photos:
        turn.kept_attachment = "photo"
    elif message.media and turn.kept_attachment is None:
        turn.kept_attachment = "sticker" if any(m.is_sticker for m in message.media) else "other"


def _keep_pin(turn: Turn, pin) -> None:
    """A pin gives the draft its coordinates. An address typed before is kept with the pin's own name beside it
    (a pin's label is rarely as precise as what people write), unless the pin is the new answer to UBAH > Lokasi."""
    draft = turn.draft
    replacing = turn.state == State.LOCATION and turn.data.get("editing")
    typed = draft.location_text if draft.latitude is None and not replacing else None
    named = pin.place
    if typed and named and named.lower() not in typed.lower():
        place = f"{typed} ({named})"
    else:
        place = typed or named or ("" if replacing else draft.location_text) or ""
    draft.latitude, draft.longitude = pin.latitude, pin.longitude
    draft.location_text = place[:500]
    turn.kept_attachment = "location"


def not_kept(turn: Turn) -> str:
    """What the citizen is told of this message's files of types not kept (`lapor.media.refused_kind`): a contact
    card to write the name and number, a Word or Excel file to send it as a PDF or a photo, anything else which
    files are kept."""
    kind = refused_kind(media.content_type for media in turn.message.refused_media)
    return t("not_kept" if kind == "other" else f"not_kept_{kind}", accepted=t("media_accepted"))


def say_not_kept(turn: Turn) -> None:
    """Say `not_kept` once in a turn."""
    refusal = not_kept(turn)
    if refusal not in turn.replies:
        turn.replies.append(refusal)


def acknowledge_attachment(turn: Turn) -> None:
    """Say what was kept from this message's media or pin (once)."""
    kept = turn.kept_attachment
    if kept == "photo":
        if turn.received and len(turn.draft.photos) > len(turn.received):  # more came before: how many in all
            turn.say("photo_received_total", received=received(kind_counts(turn.received)),
                     total=received(kind_counts(p["content_type"] for p in turn.draft.photos)))
        elif turn.received:
            turn.say("photo_received", received=received(kind_counts(turn.received)))
        if turn.dropped:
            turn.say("media_full", count=complaints.MAX_PHOTOS)
        if turn.message.refused_media:  # the rest of the message is handled all the same
            say_not_kept(turn)
    elif kept == "location":
        turn.say("location_received", place=turn.draft.location_text or
                 f"{turn.draft.latitude:.5f}, {turn.draft.longitude:.5f}")
    elif kept == "sticker":
        turn.say("sticker")
    elif kept == "other":
        say_not_kept(turn)
    turn.kept_attachment = None
