"""A verifier's words without a command: a forward, a merge or a rejection said in a sentence (asked about before
anything is done), done said of a complaint, where one should go.
"""

from __future__ import annotations

import re

from bot.commands import after_words, words
from bot.messages import and_list, excerpt, t
from bot.progress import DONE_MARKERS, DONE_WORDS, is_question, staff_words
from bot.staff.agencies import (
    AGENCY_WORDS,
    LEADING_FILLER,
    TRAILING_COURTESY,
    _agencies_before_reason,
    forward_names,
    unread_name,
)
from bot.staff.citizen_text import FILLER_FIRST, _only_done_said, _without_courtesy
from bot.staff.confirm import _ask_to_confirm
from bot.staff.finding import _not_found, _replied_complaint_number
from bot.staff.office_talk import _asks_to_ask, question_apart
from bot.staff.reading import OPENING, WRITTEN_NUMBERED, _joined_references, _named_inside
from bot.staff.shown import status_for_staff
from bot.staff.turn import OFFICER_ROLES, VERIFIER_ROLES, StaffTurn
from bot.staff.vocabulary import COURTESY
from lapor import complaints, dispositions
from lapor.agency_lookup import find_agencies, only_agency_words
from lapor.references import MARK, REFERENCE_PUNCTUATION, format_reference, marked_reference, split_reference
from lapor.routing_store import shown_suggestions
from models import Agency, DispositionStatus
from models.vocab import ComplaintStatus, Role

WHERE_TO = re.compile(r"\bke\s*mana\b|\bkmn\b", re.IGNORECASE)
WHICH_WORDS = {"apa", "mana", "mn", "yg", "yang", "cocok", "pas", "tepat", "sesuai"}
SUGGESTION_WORDS = {"saran", "sarannya", "rekomendasi", "rekomendasinya", "usulan"}
WHERE_MAX_WORDS = 14


def _where_asked(turn: StaffTurn) -> bool:
    """Answers a short question of where one complaint is or should go: a verifier's of one waiting ("lpr 1 kemana
    ya bu?", "saran instansi utk lpr 1 apa ya", "lpr 1 dikembalikan 2 dinas, enaknya ke mana ya") with the
    suggestions the verifiers were shown (an agency that returned it last, marked) and how to take them; of one
    forwarded, or asked where it is now by anyone ("lpr 1 skrg di siapa", "lpr 1 sdh diteruskan ke mana?"), with
    where it is (`whereabouts`)."""
    from bot.staff.leader_words import WHO_WORDS, _head_chases
    from bot.staff.whereabouts import number_asked, say_where, waiting_where, where_now_asked, where_to_alone

    text = turn.message.text
    typed = set(words(text))
    now_asked = turn.command in ("", "STATUS") and (where_now_asked(text) or turn.staff.role not in VERIFIER_ROLES
                                                    and where_to_alone(text)) and not (
        typed & WHO_WORDS and (turn.staff.role == Role.SUPERVISOR or turn.staff.role in OFFICER_ROLES
                               and _head_chases(turn)))  # who holds it, to chase or hand on: `_holders_asked`
    if not now_asked and (turn.staff.role not in VERIFIER_ROLES or len(words(text)) > WHERE_MAX_WORDS or not (
            WHERE_TO.search(text) or typed & AGENCY_WORDS and typed & (WHICH_WORDS | SUGGESTION_WORDS)
            and (is_question(text) or typed & SUGGESTION_WORDS))):
        return False
    found = _named_inside(text)
    if found is None and now_asked and (number := number_asked(text)) is not None:
        found = (number, text)  # "posisi no 7 dmn": "no 7" inside the question
    complaint = complaints.by_number(turn.session, found[0]) if found else None
    if complaint is None:
        if found:  # "lpr 7 kmn ya bu" with no LPR-7: said so, and where to find the ones meant
            _not_found(turn, found[0])
        return found is not None
    if now_asked or complaint.status != complaints.NEW:
        say_where(turn, complaint)
        return True
    where = waiting_where(turn, complaint)  # "lpr1 kmn ya bu" before the forward: it is here, and may go there
    shown = shown_suggestions(complaint)
    lines = [t("verifier_suggestion_item" if s.get("reason") else "verifier_suggestion_item_plain", number=number,
               code=s["code"], score=f"{s['score']:.0%}", reason=s.get("reason")) for number, s in enumerate(shown, 1)]
    if lines and all(s.get("returned") for s in shown):  # each one suggested sent it back: another is needed
        turn.say("verifier_where_all_returned", reference=complaint.reference, suggestions="\n".join(lines),
                 where=where)
    else:
        turn.say("verifier_where_to" if lines else "verifier_where_none", reference=complaint.reference,
                 suggestions="\n".join(lines), where=where)
    return True


# Second thoughts right after a forward ("tidak", "batal", "gak jadi", "eh salah, batal", "waduh keliru"): it went
# at once (TERUSKAN asks nothing), so taking it back (TARIK) is asked; nothing is undone before YA.
TAKING_BACK = {"tidak", "tdk", "gak", "ga", "gk", "nggak", "ngga", "enggak", "batal", "batalkan", "cancel", "salah",
               "slh", "keliru", "jangan", "jgn"}
TAKEN_BACK = TAKING_BACK | {"jadi", "eh", "waduh", "wah", "lho", "loh", "maaf", "mf", "sorry", "sori", "pak", "bu",
                            "ya", "deh", "dong", "ding", "kirim", "dispo", "instansi", "instansinya", "tadi", "td"}
TAKEN_BACK_WITHIN_MINUTES = 15
TAKEN_BACK_MAX_WORDS = 6


def _forward_taken_back(turn: StaffTurn) -> bool:
    """Answers a verifier's short no or correction sent within `TAKEN_BACK_WITHIN_MINUTES` of their own forward
    (nothing else asked meanwhile): the agencies were told; taking it back is asked (TARIK, or TARIK … KE the right
    agency). False for anything else."""
    typed = words(turn.message.text)
    if (not typed or len(typed) > TAKEN_BACK_MAX_WORDS or not set(typed) <= TAKEN_BACK
            or not set(typed) & TAKING_BACK or turn.message.replied_to_sid):
        return False
    recent = _own_recent_forward(turn)
    if recent is None:
        return False
    complaint, codes = recent
    _ask_to_confirm(turn, "TARIK", f"{complaint.reference} {', '.join(codes)}", "verifier_forward_stands",
                    reference=complaint.reference, agencies=and_list(codes), first=codes[0])
    return True


def _own_recent_forward(turn: StaffTurn):
    """The complaint the verifier forwarded last, within `TAKEN_BACK_WITHIN_MINUTES` and as their latest act, with
    the codes of the agencies it went to then; None when there is none."""
    from datetime import timedelta

    from sqlalchemy import select

    from models import Complaint, TimelineEntry
    from models.vocab import Event

    since = turn.now - timedelta(minutes=TAKEN_BACK_WITHIN_MINUTES)
    latest = turn.session.scalars(select(TimelineEntry).where(
        TimelineEntry.actor_id == turn.staff.id, TimelineEntry.at >= since)
        .order_by(TimelineEntry.id.desc()).limit(1)).first()
    if latest is None or latest.event != Event.DISPOSITIONED:
        return None
    complaint = turn.session.get(Complaint, latest.complaint_id)
    codes = sorted({d.agency.code for d in complaint.dispositions
                    if d.status == DispositionStatus.OPEN and d.created_at >= since})
    return (complaint, codes) if codes else None


# A correction naming the right agency with no reference, right after one's own forward ("eh salah, harusnya dishub
# bukan pu", "maaf keliru, mestinya ke dlh", "ralat: dlh"): TERUSKAN to it is asked, the wrong one said to stay
CORRECTED = {"salah", "slh", "keliru", "ralat", "koreksi", "harusnya", "seharusnya", "mestinya", "semestinya",
             "maksudnya", "sebenarnya", "sebenernya"}
CORRECTED_OPENING = TAKEN_BACK | CORRECTED | {"maksud", "maksudku", "yg", "yang", "bener", "benar", "betul",
                                              "benernya", "sy", "saya", "itu", "ini", "mohon"}
NOT_THAT_ONE_FIRST = re.compile(r"^\W*(?:bukan|bkn)\b.*?\b(?:tapi|tp|tpi|tetapi|melainkan)\b\W*", re.IGNORECASE)
CORRECTED_MAX_WORDS = 12
ALSO_THERE = {"juga", "jg", "jga", "sekalian", "skalian"}  # "eh harusnya dlh juga": added, the first one right


def _forward_corrected(turn: StaffTurn) -> bool:
    """Asks TERUSKAN to the agency a verifier's correction names, sent within `TAKEN_BACK_WITHIN_MINUTES` of their
    own forward with no reference (the forward stands: its agency returns it). False for anything else."""
    text = turn.message.text
    typed = words(text)
    if (not typed or len(typed) > CORRECTED_MAX_WORDS or not set(typed) & CORRECTED or turn.message.replied_to_sid
            or any(ch.isdigit() for ch in text)):
        return False
    recent = _own_recent_forward(turn)
    if recent is None:
        return False
    lead = next((i for i, w in enumerate(typed) if w not in CORRECTED_OPENING), len(typed))
    rest = NOT_THAT_ONE_FIRST.sub("", after_words(text, lead) if lead else text)
    sent = _sounds_forwarded(turn, f"{recent[0].reference} salah, ke {rest}") if words(rest) else None
    if sent is None:
        return False
    if set(typed) & ALSO_THERE or " " in sent[0]:
        _ask_forward(turn, *sent, moved=False)
    else:
        _ask_move(turn, recent[1], *sent)
    return bool(turn.replies)


def _ask_move(turn: StaffTurn, wrong: list[str], reference: str, agencies: list[Agency]) -> None:
    """Asks whether to move the complaint from the agencies just forwarded to (`wrong`, codes) to the right ones:
    YA takes the wrong dispositions back and forwards it (TARIK … KE …), the citizen told once."""
    right = [agency for agency in agencies if agency.code not in wrong]
    if not right:  # "eh salah, harusnya pupr" when it went to PUPR: it is there already
        _not_there_yet(turn, reference, agencies)
        return
    codes = ", ".join(agency.code for agency in right)
    _ask_to_confirm(turn, "TARIK", f"{reference} {', '.join(wrong)} KE {codes}", "staff_confirm_move",
                    reference=reference, wrong=", ".join(wrong), agencies=codes)


def _verifier_said_done(turn: StaffTurn) -> bool:
    """Answers a verifier's reference with words of done alone ("lpr 2 sdh", "no 2 sampun nggih"): a verifier's own
    step is the forward, so a complaint waiting gets TERUSKAN (or ARSIPKAN, when it needs no agency); one forwarded is
    said to be answered by its agencies. Nothing is recorded."""
    number, rest = split_reference(marked_reference(turn.message.text.strip()), bare=False)
    said = set(staff_words(rest))
    if number is None or not said & (DONE_MARKERS | DONE_WORDS) or not _only_done_said(rest) or is_question(rest):
        return False
    complaint = complaints.by_number(turn.session, number)
    if complaint is None:
        return False
    _verifier_done_status(turn, complaint)
    return True


def _verifier_done_status(turn: StaffTurn, complaint) -> None:
    """Says what a verifier's step on a complaint is now: TERUSKAN (or ARSIPKAN) for one waiting, its agencies for
    one forwarded, its status for one closed."""
    if complaint.status == ComplaintStatus.NEW:
        turn.say("staff_done_verifier_new", reference=complaint.reference)
    elif complaint.status in (ComplaintStatus.DISPOSITIONED, ComplaintStatus.IN_PROGRESS):
        turn.say("staff_done_verifier_forwarded", reference=complaint.reference,
                 agencies=and_list([d.agency.code for d in complaint.dispositions]))
    else:
        turn.say("staff_complaint_closed", reference=complaint.reference, status=status_for_staff(complaint))


def _verifier_act_asked(turn: StaffTurn) -> bool:
    """Whether a verifier's sentence names a merge or a forward without its command word: it is asked about."""
    from bot.staff import worded

    if (rejected := _sounds_rejected(turn.message.text) or worded.rejected_said(turn.message.text)) is not None:
        reference, reason = rejected
        _ask_to_confirm(turn, "ARSIPKAN", f"{reference} {reason}", "staff_confirm_archive", reference=reference,
                        text=excerpt(reason, 300))
        return True
    if (pair := _sounds_merged(turn.message.text) or worded.merged_said(turn.message.text)) is not None:
        child, parent = (format_reference(n) for n in pair)
        _ask_to_confirm(turn, "GABUNG", f"{child} {parent}", "staff_confirm_merge", child=child, parent=parent)
        return True
    if _either_asked(turn):  # "lpr 3 lampu jalan itu urusan dishub apa pln ya": a question, not a forward
        return True
    if _each_unread(turn):  # "lpr 1 ke pu, lpr 2 ke pdma": never asked about LPR-1 alone
        return True
    if (each := _each_forwarded(turn)) is not None:
        each = [(ref, new) for ref, found in each if (new := _not_there_yet(turn, ref, found))]
        if each:
            _ask_to_confirm(turn, "TERUSKAN", ", ".join(f"{ref} {' '.join(a.code for a in found)}"
                                                        for ref, found in each),
                            "staff_confirm_forward_each", pairs=", ".join(
                                f"{ref} ke {', '.join(a.code for a in found)}" for ref, found in each))
        return True
    if (sent := _sounds_forwarded(turn) or worded.forward_said(turn)) is not None:  # worded: "lpr 2 urgent ke pupr"
        sent = sent[0], worded.every_destination(turn, *sent)  # "jalan ke pupr, sampahnya ke dlh": both
        if not _name_unread(turn, *sent):  # "lpr 2 ke pupr, bpbd": never asked about PUPR alone
            _ask_forward(turn, *sent, moved=said_wrong(turn.message.text))
        return True
    if _typo_forwarded(turn):  # "lpr 2 ke pupe segera ya": PUPR offered
        return True
    from bot.staff.waiting import act_said

    return _verifier_asks_reporter(turn) or act_said(turn)  # "ke dishub aja": the complaint waiting


def _each_unread(turn: StaffTurn) -> bool:
    """Says so when a verifier's sentence forwarding two or more complaints, each with its agencies, names for one
    an agency the directory lacks or likely mistyped ("lpr 1 ke pu, lpr 2 ke pdma"): nothing is asked, the name is
    said back (with the agency it likely means) and the forwards are to be typed again; False otherwise."""
    text = turn.message.text
    starts = [found.start() for found in WRITTEN_NUMBERED.finditer(text)]
    if len(starts) < 2 or turn.message.replied_to_sid:
        return False
    cuts = [PAIR_TAIL.sub("", text[a:b]) for a, b in zip([0, *starts[1:]], [*starts[1:], len(text)], strict=False)]
    if not any(_sounds_forwarded(turn, cut) for cut in cuts):
        return False
    for cut in cuts:
        said = _said_names(turn, cut)
        unread = unread_name(turn.session, said[1]) if said and said[1] and DESTINATION_WORD.search(cut) else None
        if unread is not None and (unread[1] is not None or _sounds_forwarded(turn, cut) is None):
            typed, closest = unread
            turn.say("teruskan_unknown_each", typed=excerpt(typed, 60), reference=format_reference(said[0]),
                     agency=closest.code if closest else "<instansi>")
            return True
    return False


DESTINATION_WORD = re.compile(r"\b(?:ke|kpd|kepada)\b", re.IGNORECASE)


def _said_names(turn: StaffTurn, text: str | None = None) -> tuple[int, list[str]] | None:
    """The complaint a verifier's sentence names and the agencies' names it gives after where it goes ("ke",
    "urusan" …; or right after the reference and the words for forwarding), each as typed (`forward_names`)."""
    from bot.staff.worded import CLAUSE_END, DESTINATION

    if (found := _named_inside(turn.message.text if text is None else text)) is None:
        return None
    number, rest = found
    towards = DESTINATION.search(rest)
    if towards is None:
        after = words(rest)
        rest = after_words(rest, next((i for i, w in enumerate(after) if w not in _FORWARD_OR_FORWARDER), len(after)))
        towards = DESTINATION.search(unglued := _unglued(turn, rest))  # "lpr 2 kedlh"
        rest = unglued if towards is not None else rest
    named = CLAUSE_END.sub("", towards.group("named") if towards else rest)
    return number, forward_names(turn.session, named)


def _name_unread(turn: StaffTurn, reference: str, agencies: list[Agency]) -> bool:
    """Says so when a forward said in a sentence names, beside the agencies read (`agencies`), one the directory
    lacks ("lpr 2 ke pupr, bpbd", "lpr 2 ke dinas pu dan dinas xyz": refused by name, as TERUSKAN does) or likely
    mistyped ("lpr 2 ke dlh, pupe": asked with it); False when every name was read."""
    from bot.staff.verifier import unknown_named

    said = _said_names(turn) if " " not in reference else None  # (two complaints joined: read as before)
    unread = unread_name(turn.session, said[1], first_too=False) if said else None
    if unread is None:
        return False
    unknown_named(turn, reference, *unread, agencies, [])
    return True


def _typo_forwarded(turn: StaffTurn) -> bool:
    """Offers the agency a verifier's sentence likely means when where it goes names none but comes near one
    ("lpr 2 ke pupe segera ya": PUPR, asked; YA forwards); False for anything else ("lpr 2 ke pelapor")."""
    from bot.staff.verifier import unknown_named

    if not DESTINATION_WORD.search(turn.message.text):  # (cheap first: a typo is offered only after "ke")
        return False
    said = _said_names(turn)
    if said is None or not said[1] or complaints.by_number(turn.session, said[0]) is None:
        return False
    unread = unread_name(turn.session, said[1][:1])
    if unread is not None and unread[1] is None:  # "lpr 2 ke pelapor": no agency meant, unless said to be one
        if not set(words(turn.message.text)) & FORWARD_MEANT:
            return False
        unknown_named(turn, format_reference(said[0]), *unread, [], [])  # "harusnya ke inspektorat": not listed
        return True
    found = [unread[1]] if unread else find_agencies(turn.session, said[1][0])[0]
    for name in said[1][1:]:  # "lpr 2 ke pupe, dlh": both; "…, bpbd": refused by name
        if (other := unread_name(turn.session, [name])) is not None and other[1] is None:
            unknown_named(turn, format_reference(said[0]), *other, [], [])
            return True
        found += [other[1]] if other else find_agencies(turn.session, name)[0]
    if unread is None:  # "ke dinas kesehtan ya, soalnya …": a name TERUSKAN takes at once, asked
        _ask_forward(turn, format_reference(said[0]), list({a.id: a for a in found}.values()), moved=False)
    else:
        unknown_named(turn, format_reference(said[0]), *unread, found[1:], [])
    return True


# Two agencies offered as a choice ("urusan dishub apa pln ya", "ke dlh atau pupr?"): asked, not said
EITHER = re.compile(r"(?P<first>[\w.-]+(?:\s+[\w.-]+){0,2}?)\s+(?:apa|atau|ato|ataukah|or)\s+"
                    r"(?P<second>[\w.-]+(?:\s+[\w.-]+){0,2}?)(?=\s*(?:ya+|yah|sih|nih|kah|pak|bu|mas|mbak)?\W*$)",
                    re.IGNORECASE)
EITHER_MAX_WORDS = 16


def _either_asked(turn: StaffTurn) -> bool:
    """Answers a verifier's question of which of two agencies a complaint goes to: the suggestions the verifiers
    were shown and the commands for one, the other or both; nothing is asked or recorded. False for anything
    else."""
    text = turn.message.text
    if len(words(text)) > EITHER_MAX_WORDS or (found := _named_inside(text)) is None:
        return False
    either = EITHER.search(found[1])
    if either is None:
        return False
    first, second = (_agencies_of(turn, either.group(name)) for name in ("first", "second"))
    if not first or not second:
        return False
    complaint = complaints.by_number(turn.session, found[0])
    if complaint is None:
        return False
    shown = shown_suggestions(complaint)
    lines = [t("verifier_suggestion_item" if s.get("reason") else "verifier_suggestion_item_plain", number=number,
               code=s["code"], score=f"{s['score']:.0%}", reason=s.get("reason")) for number, s in enumerate(shown, 1)]
    turn.say("verifier_either", reference=complaint.reference, first=first, second=second,
             suggestions="\n".join(lines) or "-")
    return True


def _agencies_of(turn: StaffTurn, said: str) -> str:
    """The codes of the agencies the end of `said` names alone ("urusan dishub": DISHUB); "" for none."""
    typed = words(said)
    for start in range(len(typed)):
        tail = " ".join(typed[start:])
        if only_agency_words(turn.session, tail) and (found := find_agencies(turn.session, tail)[0]):
            return ", ".join(agency.code for agency in found)
    return ""


def _ask_forward(turn: StaffTurn, reference: str, agencies: list[Agency], moved: bool) -> None:
    """Asks whether to forward the complaints (`reference`, "LPR-1 LPR-2" for both) to the agencies that do not
    have them yet; `moved` (the verifier said it goes elsewhere) says under it that the ones holding it keep it."""
    if " " not in reference and not (agencies := _not_there_yet(turn, reference, agencies)):
        return
    if moved and " " not in reference and len(held := _held_by(turn, reference)) == 1:
        _ask_move(turn, held, reference, agencies)  # "lpr 1 salah dispo, harusnya ke pupr": from the one holding it
        return
    codes = " ".join(agency.code for agency in agencies)
    _ask_to_confirm(turn, "TERUSKAN", f"{reference} {codes}", "staff_confirm_forward",
                    reference=and_list(reference.split()), agencies=", ".join(agency.code for agency in agencies))
    if moved and " " not in reference:
        _wrong_one_stays(turn, reference)


def rerouted(turn: StaffTurn, rest: str) -> bool:
    """A verifier's ALIHKAN (the head's hand-over to an officer) naming an agency ("lpr 1 alihkan ke dinas pu",
    "ALIHKAN LPR-1 DLH"): for a verifier it means sending the complaint there, so TERUSKAN is asked about (the
    agencies holding it keep it until they return it). False when no agency is named."""
    number, after = split_reference(rest)
    sent = _sounds_forwarded(turn, f"{format_reference(number)} {after}") if number is not None else None
    if sent is None:
        return False
    _ask_forward(turn, *sent, moved=True)
    return True


def _held_by(turn: StaffTurn, reference: str) -> list[str]:
    """The codes of the agencies holding the complaint (an open disposition)."""
    complaint = complaints.by_number(turn.session, split_reference(reference)[0])
    return [d.agency.code for d in complaint.dispositions if d.status == DispositionStatus.OPEN] if complaint else []


def _wrong_one_stays(turn: StaffTurn, reference: str) -> None:
    """Says, under the question, that the dispositions a verifier calls wrong stay open (several hold it: which
    one is wrong is not guessed) and how to take one back (TARIK)."""
    complaint = complaints.by_number(turn.session, split_reference(reference)[0])
    held = [d.agency.code for d in complaint.dispositions if d.status == DispositionStatus.OPEN] if complaint else []
    if held and turn.replies:
        turn.replies[-1] += "\n" + t("staff_forward_wrong_stays", agencies=", ".join(held), reference=reference)


def _verifier_asks_reporter(turn: StaffTurn) -> bool:
    """A verifier's sentence naming a complaint and asking someone to ask its reporter ("lpr 2 minta lokasi
    lengkapnya ke pelapor", "lpr 2 tolong ditanyakan ke pelapor ada fotonya?"): TUNDA with the question is shown,
    as its words speak of the reporter, not to them; nothing is recorded."""
    number, rest = split_reference(marked_reference(turn.message.text.strip()), bare=False)
    if number is None or not _asks_to_ask(rest):
        return False
    reference, question = format_reference(number), question_apart(rest)
    if question:  # "…, sampahnya persis di depan rumah no brp": the question, to send as it stands or reworded
        turn.say("staff_hint_verifier_ask_text", reference=reference, question=question)
    else:  # the words are for the office: the question the citizen reads is written as such
        turn.say("staff_hint_verifier_ask", reference=reference)
    return True




def _not_there_yet(turn: StaffTurn, reference: str, agencies: list[Agency]) -> list[Agency]:
    """The agencies a forward said in words names that do not have the complaint yet; of those that do, the
    verifier is told at once ("LPR-1 sudah ada di DLH"), never asked first and refused after YA."""
    complaint = complaints.by_number(turn.session, split_reference(reference)[0])
    if complaint is None:
        return agencies  # said not found when asked about
    working = dispositions.working_agencies(complaint)
    for agency in agencies:
        if agency.id in working:
            turn.say("teruskan_already", reference=complaint.reference, agency=agency.code)
    return [agency for agency in agencies if agency.id not in working]


# A verifier rejecting a complaint in words ("lpr 2 tolak aja, bukan kewenangan pemda", "LPR-2 ditolak krn iklan"):
# ARSIPKAN is asked about, with the words after as its reason.
REJECTING = {"tolak", "ditolak", "tolakan", "reject", "rejected"}


_FILLER_OR_COURTESY = FILLER_FIRST | COURTESY


# Rejecting in slang after the reference: thrown away or ignored ("lpr 1 dibuang aja bu, isinya iklan", "LPR 1
# abaikan aja, iseng doang"), or needing no processing ("lpr1 gak usah diproses, spam", "ga perlu ditindaklanjuti");
# "… dulu", "… tunggu …" is not yet, not never
DISCARDING = {"dibuang", "buang", "buang2", "abaikan", "diabaikan", "cuekin", "dicuekin", "hapus", "dihapus"}
NOT_PROCESSED = re.compile(
    r"^(?:gak|ga|gk|g|nggak|ngga|enggak|tidak|tdk|tak|ndak|nda)\s+(?:usah|usa|perlu|prlu|psl)\s+"
    r"(?:di)?(?:proses|prosès|tindaklanjuti|tindak\s+lanjuti|tl|teruskan|terusin|lanjutkan|lanjutin|lanjut)\b",
    re.IGNORECASE)
NOT_YET = {"dulu", "dl", "dlu", "sementara", "tunggu", "nunggu", "menunggu", "sambil", "belum", "blm"}
REASON_OPENING = {"itu", "ini"}  # "lpr 1 dibuang aja, itu iklan"; "krn iklan" keeps its "krn" as typed


def _sounds_rejected(text: str) -> tuple[str, str] | None:
    """The complaint and reason of a verifier's reference followed by a word for rejecting it (or for throwing it
    away, or needing no processing: `DISCARDING`, `NOT_PROCESSED`); None otherwise."""
    number, rest = split_reference(marked_reference(_without_courtesy(text)), bare=False)
    if number is None or not words(rest):
        return None
    if words(rest)[0] in REJECTING | DISCARDING:
        reason = after_words(rest, 1)
    elif (found := NOT_PROCESSED.match(rest.strip(REFERENCE_PUNCTUATION + " "))) is not None:
        reason = rest.strip(REFERENCE_PUNCTUATION + " ")[found.end():]
    else:
        return None
    if words(rest)[0] not in REJECTING and set(words(rest)) & NOT_YET:  # "gak usah diproses dulu": later
        return None
    while words(reason) and words(reason)[0] in _FILLER_OR_COURTESY | REASON_OPENING:
        reason = after_words(reason, 1)
    return (format_reference(number), reason.strip(REFERENCE_PUNCTUATION)) if words(reason) else None


# Words for forwarding a verifier puts before or after the reference ("dispo lpr 1 ke dlh", "LPR 1 dispo ke DLH ya",
# "no 1 diteruskan kpd DLH"): with where it goes, TERUSKAN is asked about.
# A disposition said wrong, and where it should have gone ("lpr 1 salah dispo, harusnya ke pupr", "pindah ke dishub")
CORRECTING = {"salah", "harusnya", "seharusnya", "mestinya", "semestinya", "pindah", "dipindah", "dipindahkan"}
# Words that make "ke <name>" a place the complaint goes ("harusnya ke inspektorat", "dispo ke bappeda", "mestinya
# diteruskan ke BPBD"): a name there that the directory lacks is said back, not answered «Perintah tidak dikenali»
FORWARD_MEANT = CORRECTING | {"dispo", "disposisi", "disposisikan", "didispo", "didisposisi", "didisposisikan",
                              "diteruskan", "teruskan", "terusin", "forward", "fwd", "diforward", "dilimpahkan",
                              "limpahkan", "dialihkan", "alihkan"}
NOT_THERE = re.compile(r"[\s,]+(?:bukan|bkn|dan\s+bukan)\b.*$", re.IGNORECASE)  # "ke dishub bukan dlh": not that one
FORWARD_WORDS = {"dispo", "disposisi", "disposisikan", "didispo", "didisposisi", "didisposisikan", "diteruskan",
                 "teruskan", "terusin", "terusan", "forward", "fwd", "diforward", "kirim", "kirimkan", "dikirim",
                 "lempar", "dilempar", "oper", "dioper", "arahkan", "diarahkan", "saja", "aja", "langsung", "ini",
                 *CORRECTING}
# Who forwards it and when, between the reference and the word ("LPR1 kami teruskan ke DLH", "#1 akan sy dispo")
FORWARDER_WORDS = {"kami", "kita", "sy", "saya", "aku", "akan", "mau", "sudah", "sdh", "segera", "langsung",
                   "juga", "jg", "jga", "sekalian", "skalian", "pun"}  # "lpr 6 jg ke dlh ya": also there
PAIR_TAIL = re.compile(r"(?:\s*(?:[,;&+/]|\b(?:dan|serta|lalu|terus)\b))+\s*$", re.IGNORECASE)


def _each_forwarded(turn: StaffTurn) -> list[tuple[str, list]] | None:
    """Each complaint and its agencies when a verifier's sentence names two or more, each written `LPR-n`/`#n`
    with where it goes ("lpr1 dlh lpr2 pupr", "dispo lpr 1 ke DLH dan lpr 2 ke PUPR"); None unless all do."""
    text = turn.message.text
    starts = [found.start() for found in WRITTEN_NUMBERED.finditer(text)]
    if len(starts) < 2 or turn.message.replied_to_sid:
        return None
    cuts = [0, *starts[1:], len(text)]
    each = [_sounds_forwarded(turn, PAIR_TAIL.sub("", text[a:b])) for a, b in zip(cuts, cuts[1:], strict=False)]
    if not all(each) or len({reference for reference, _ in each}) < len(each):
        return None
    return each


# Where a verifier says it should have gone after questioning where it went ("kok ke dlh, harusnya pu", "knp ke dlh?
# mestinya pupr", "bukan ke dlh tp ke pupr"): the agencies after the word are the right ones.
SHOULD_GO = re.compile(r"(?:^|[\s,.;:!?]+)(?:harusnya|seharusnya|hrsnya|mestinya|semestinya|sebenarnya"
                       r"|(?<=\S)\s*(?:tapi|tp|tpi|melainkan))\s+(?P<tail>\S.*)$", re.IGNORECASE)
NOT_BUT = re.compile(r"\b(?:bukan|bkn)\b.*\b(?:tapi|tp|tpi|melainkan)\b", re.IGNORECASE)
# A forward called off, then where it goes ("batal ke dlh, ke pupr aja", "gak jadi ke dlh, pupr aja")
CALLED_OFF_THEN = re.compile(r"\b(?:batal|batalkan|batalin|cancel|jangan|jgn|(?:gak|ga|gk|nggak|ngga|enggak|tidak|tdk)"
                             r"\s+jadi)\b[^,;]*[,;]\s*(?:(?:tapi|tp|tpi)\s+)?(?P<tail>\S.*)$", re.IGNORECASE)


def _where_it_should_go(turn: StaffTurn, rest: str) -> str:
    """`rest` as "ke <agencies>" when it names, after a word for "should" (or "not … but"), the agencies the
    complaint should go to; else `rest` unchanged ("harusnya cepat ya", "harusnya di jl melati": no agency)."""
    found = SHOULD_GO.search(rest) or CALLED_OFF_THEN.search(rest)
    if found is None or (found.group(0).strip(" ,.;:!?").lower().startswith(("tapi", "tp", "tpi", "melainkan"))
                         and not NOT_BUT.search(rest)):
        return rest
    tail = LEADING_FILLER.sub("", found.group("tail"))
    named = _agencies_before_reason(turn.session, TRAILING_COURTESY.sub("", tail).strip())
    return f"ke {tail}" if named else rest


def said_wrong(text: str) -> bool:
    """Whether a verifier's words say a disposition went to the wrong agency (a correction word, or "bukan … tapi")."""
    return bool(set(words(text)) & CORRECTING) or NOT_BUT.search(text) is not None or (
        CALLED_OFF_THEN.search(text) is not None)


# Surprise before the reference ("lho lpr 1 kok ke dlh, harusnya pu"): no answer is in it
INTERJECTIONS = {"lho", "loh", "lha", "lah", "eh", "ehh", "wah", "waduh", "aduh", "duh", "astaga", "walah"}
_OPENING_OR_FORWARD = OPENING | FORWARD_WORDS | INTERJECTIONS
_FORWARD_OR_FORWARDER = FORWARD_WORDS | FORWARDER_WORDS


GLUED_KE = re.compile(r"\s*ke([a-z0-9]{2,})\b", re.IGNORECASE)


def _unglued(turn: StaffTurn, rest: str) -> str:
    """Where a forward goes with "ke" typed against the agency's code or alias apart ("kedlh", "kepupr ya bu")."""
    glued = GLUED_KE.match(rest)
    if glued is None or not only_agency_words(turn.session, glued.group(1)):
        return rest
    return "ke " + rest[glued.start(1):]


def _sounds_forwarded(turn: StaffTurn, text: str | None = None) -> tuple[str, list] | None:
    """The complaint and agencies of a verifier's message that names a reference and where it goes, without
    TERUSKAN ("lpr 1 ke dlh ya", "Mohon ijin, LPR 1 dispo ke DLH", "dispo lpr 1 kpd dinas lingkungan hidup"; without
    "ke" only when nothing but agencies follows: "lpr 1 dlh", not "lpr 1 lingkungannya kotor"), after
    greetings and courtesy; TERUSKAN is asked about, not done. Where it goes is read as TERUSKAN reads it
    (LEADING_FILLER, TRAILING_COURTESY)."""
    text = turn.message.text if text is None else text
    typed = words(text)
    lead = next((i for i, w in enumerate(typed) if w not in _OPENING_OR_FORWARD), len(typed))
    number, rest = split_reference(marked_reference(after_words(text, lead) if lead else text), bare=False)
    if number is None and turn.message.replied_to_sid:  # "dlh" swiped onto the new-complaint notice
        number, rest = _replied_complaint_number(turn), after_words(text, lead) if lead else text
    bare = number is None  # "2 ke pupr juga" down the queue: LPR-2 only before agencies alone, and when it exists
    if bare:
        number, rest = split_reference(after_words(text, lead) if lead else text)
    if number is None or bare and complaints.by_number(turn.session, number) is None:
        return None
    numbers, rest = _joined_references(number, rest)  # "lpr 1 dan 2 ke dlh": both
    after = words(rest)
    skipped = next((i for i, w in enumerate(after) if w not in _FORWARD_OR_FORWARDER), len(after))
    rest = after_words(rest, skipped) if skipped else rest
    rest = _unglued(turn, rest)
    rest = _where_it_should_go(turn, rest)
    towards = LEADING_FILLER.match(rest)
    named = TRAILING_COURTESY.sub("", rest[towards.end():] if towards else rest).strip()
    named = NOT_THERE.sub("", named) if towards is not None and set(typed) & CORRECTING else named
    if towards is not None:  # "ke pupr lagi ya, itu jalan kabupaten": the agencies, then why
        named = _agencies_before_reason(turn.session, named) or named
    if (towards is None or bare) and not only_agency_words(turn.session, named):  # "lpr 1 dlh": nothing but agencies
        return None
    agencies = find_agencies(turn.session, named)[0] if named else []
    return (" ".join(format_reference(n) for n in numbers), agencies) if agencies else None


# A duplicate said in a sentence ("LPR-2 dobel dgn LPR-1, gabungkan sj", "#2 duplikat #1"): GABUNG is asked about.
MERGE_WORDS = {"gabung", "gabungkan", "digabung", "digabungkan", "dobel", "double", "dobol", "duplikat", "duplikasi",
               "ganda", "kembar", "merge"}
MERGE_MAX_WORDS = 14
NAMED_COMPLAINT = re.compile(rf"(?:\b{MARK}|#\s*)(\d{{1,9}})\b", re.IGNORECASE)


def _sounds_merged(text: str) -> tuple[int, int] | None:
    """The duplicate (the later complaint) and the one it repeats, of a verifier's short sentence naming two
    complaints and a word for a duplicate; None for anything else."""
    if len(words(text)) > MERGE_MAX_WORDS or not set(words(text)) & MERGE_WORDS:
        return None
    numbers = list(dict.fromkeys(int(found.group(1)) for found in NAMED_COMPLAINT.finditer(text)))
    return (max(numbers), min(numbers)) if len(numbers) == 2 else None
