"""An officer's words without a command: work said done (SELESAI asked about), progress (offered as TL), a complaint
said not the agency's (KEMBALIKAN asked about), not yet, more time asked.
"""

from __future__ import annotations

import re
from datetime import timedelta

from bot.commands import after_words, disputes_authority, words
from bot.messages import DISPOSITION_CLOSED, REFERENCE_PLACEHOLDER, and_list, excerpt, t
from bot.progress import (
    DONE_MARKERS,
    DONE_WORDS,
    is_question,
    on_the_way_only,
    says_done,
    says_safe,
    sounds_like_progress,
    staff_words,
)
from bot.staff.agencies import OR_BETWEEN, TRAILING_COURTESY
from bot.staff.citizen_text import (
    _citizens_words,
    _done_for_citizen,
    _for_the_citizen,
    _only_done_said,
    _without_courtesy,
    without_closing_address,
)
from bot.staff.confirm import _ask_to_confirm, _held_here
from bot.staff.finding import _own_open, _replied_complaint_number, _which_one, example_reference
from bot.staff.hints import HINT_MIN_WORDS, _hinted
from bot.staff.office_talk import _asks_to_ask, only_acknowledges
from bot.staff.reading import (
    JOINED_NEXT,
    MORE_TO_COME,
    STATUS_FILLER,
    STATUS_NOT_YET,
    _joined_references,
    _more_to_come,
    _named_inside,
    _percent_told,
    asks_what_if,
)
from bot.staff.turn import ECHO_CHARS, LIST_ITEMS, OFFICER_ROLES, VERIFIER_ROLES, StaffTurn, _remember, _remembered
from bot.staff.vocabulary import COURTESY, NOT_YET, RETURNING
from lapor import complaints
from lapor.agency_lookup import find_agencies, only_agency_words
from lapor.references import (
    AND_WORDS,
    COUNTED,
    format_reference,
    marked_reference,
    mentioned_reference,
    split_reference,
)
from models.vocab import ComplaintStatus

# An officer asking for more time on a complaint ("mohon perpanjangan waktu", "minta tambahan waktu 1 minggu",
# "bisa diperpanjang?", "mhn dispensasi waktu"): no command extends a deadline.
# ("perpanjangan pipa sudah dipasang" is the work: the lengthening asked is of the time or the deadline)
MORE_TIME = re.compile(r"\b(?:(?:di)?perpanjang\w*\s+(?:\w+\s+)?(?:waktu|wkt|batas|deadline|tenggat|tempo)"
                       r"|(?:bisa|bs|boleh|mohon|mhn|minta|izin|ijin)\s+(?:\w+\s+)?(?:di)?perpanjang\w*"
                       r"|(?:tambahan|penambahan|tambah|extra|ekstra|dispensasi)\s+(?:waktu|wkt|hari|batas)"
                       r"|waktu\s+tambahan|undur\s+batas)\w*\b", re.IGNORECASE)


def _asks_more_time(turn: StaffTurn) -> bool:
    """Answers an officer's request for more time on a complaint (with no command) with what gives it: SURVEI (a
    field inspection: 60 working days), and TL to tell the citizen why."""
    if not MORE_TIME.search(turn.message.text):
        return False
    number = _hinted(turn)[0] or _replied_complaint_number(turn)
    turn.say("staff_more_time", reference=format_reference(number) if number else example_reference(turn))
    return True


def _not_yet_said(turn: StaffTurn) -> bool:
    """Answers a complaint's reference with words of not yet alone ("lpr 2 blm", "#2 belum pak", after another
    complaint's answer in the same message): nothing to record or relay, and how to tell its citizen progress."""
    number, rest = split_reference(marked_reference(turn.message.text.strip()), bare=False)
    said = set(words(rest))
    if number is None or not said & STATUS_NOT_YET or not said <= STATUS_NOT_YET | STATUS_FILLER:
        return False
    if turn.staff.role in VERIFIER_ROLES:  # not yet forwarded: what sends it on, or asks its citizen
        complaint = complaints.by_number(turn.session, number)
        if complaint is None:
            return False
        waiting = complaint.status == ComplaintStatus.NEW
        turn.say("staff_not_yet_verifier" if waiting else "staff_not_yet_noted", reference=complaint.reference)
        return True
    if not _held_here(turn, number):
        return False
    turn.say("staff_not_yet", reference=format_reference(number))
    return True


def _not_held(turn: StaffTurn) -> bool:
    """Whether an officer's words name a complaint their agency does not hold ("lpr 1 udh aman pak" from PUPR for a
    complaint at DLH): said so, instead of a hint to send them as its TL."""
    if turn.staff.role not in OFFICER_ROLES or turn.message.replied_to_sid:
        return False
    number = _hinted(turn)[0]
    return number is not None and not _held_here(turn, number)


def _ask_final(turn: StaffTurn, number: int, text: str, media: list[dict] | None = None) -> None:
    """Asks whether work said done in other words is the final answer; of two complaints joined ("lpr 1 dan 3 sudah
    beres", "LPR-1 & LPR-2 sdh selesai") it is asked once for both, as for one: YA records it for each."""
    numbers, text = _joined_references(number, text) if JOINED_NEXT.match(text) else ([number], text)
    text = without_closing_address(_for_the_citizen(text))  # as the citizen will read it: no thanks to the office
    if len(numbers) > 1 and _only_done_said(text):
        text = ""  # "lpr 1 dan 2 sdh beres": no answer for the citizens yet
    references = " ".join(format_reference(n) for n in numbers)
    _ask_to_confirm(turn, "SELESAI", f"{references} {text}".strip(),
                    "staff_confirm_final" if text else "staff_confirm_final_empty", media=media,
                    reference=and_list([format_reference(n) for n in numbers]),
                    text=excerpt(_done_for_citizen(text), 300))


# Work said finished without a command ("rampung lpr 1 …", "sudah beres lpr 1", "done lpr 1"; `bot.progress.says_done`):
# maybe the final answer, maybe a step done ("pengukuran rampung"): the officer is asked before the complaint is closed.
BARE_PAIR = re.compile(r"^\s*(\d{1,9})\s*(?:[&+/,]|" + AND_WORDS + r")\s*(\d{1,9})\b" + COUNTED, re.IGNORECASE)


def _sounds_final(turn: StaffTurn) -> tuple[int, str] | None:
    """The complaint and the text of an officer's message that says its work is done in other words than SELESAI
    (or with SELESAI after other words): the text is "" when the message says nothing more than that."""
    text = turn.message.text
    typed, said = words(text), staff_words(text)  # "sampun dipun resiki", "wes didandani": "sudah diresiki"
    pair = BARE_PAIR.match(text)
    if pair and set(said) & (DONE_MARKERS | DONE_WORDS) and _only_done_said(text[pair.end():]) and not (
            turn.message.replied_to_sid or is_question(text)):
        return int(pair.group(1)), text[pair.end(1):]  # "1 & 2 sudah pak": two numbers and nothing but done
    done = says_done(said)
    if not (done or says_safe(said) and not is_question(text)) or _more_to_come(text) or (
            turn.message.replied_to_sid) or _asks_it_done(typed) or _sent_elsewhere(turn, text):
        return None  # "sdh diserahkan ke pupr": handed to another agency, a return (`_sounds_not_ours`)
    found = _named_inside(after_words(text, 1) if typed[0] in DONE_WORDS else text)  # "done lpr 1 …": its word
    if found is None and (done or set(said) & DONE_MARKERS):  # "aman pak" alone may answer anything
        found = _described(turn, text)  # "yg di terminal lama sudah beres", or the officer's only open one
    if found is None and done and _only_done_said(text):  # "udh kelar" holding several: which one ("2" answers)
        _which_one(turn, _own_open(turn)[1], t("staff_which_done"))
    if found is None:
        return None
    number, answer = found
    if _only_done_said(answer):
        answer = ""  # "lpr 1 done", "sudah beres pak 👍", "lpr 3 udh aman": no answer for the citizen yet
    return number, answer


# Words that only say how far the work is ("progres 100%", "pekerjaan sdh 100 persen"): no answer for the citizen
PROGRESS_ONLY = {"progres", "progress", "progresnya", "kemajuan", "pekerjaan", "pengerjaan", "persen", "prsn",
                 "prosen", "sudah", "sdh", "udah", "udh", "dah", "telah", "tlh", "mencapai", "capai", "pak", "bu",
                 "ya", "nggih", "ndan", "lpr"}


# "maaf salah kirim", "sorry pak salah ketik, abaikan": the officer's own last message was a slip (not the
# disposition: that one is said with the complaint, swiped, or with where it should go)
SLIPPED = {"kirim", "krm", "ketik", "ktk", "chat", "pesan", "reply", "kepencet", "pencet", "typo"}
SLIP_WORDS = SLIPPED | {"salah", "slh", "keliru", "maaf", "mf", "maap", "sorry", "sori", "abaikan",
                        "saja", "aja", "sj", "pak", "bu", "ya", "tadi", "td", "sy", "saya", "ndan", "mas", "mbak",
                        "nggih", "eh", "waduh", "wah", "yg", "yang", "barusan", "itu", "tsb", "mohon", "mhn"}
SLIP_SINCE = timedelta(hours=1)
SLIP_ALONE = {"kepencet", "typo", "abaikan"}


def _own_slip(turn: StaffTurn) -> bool:
    """An officer's "maaf salah kirim" with no complaint named, nothing else said: about their own last message,
    acknowledged; when that was relayed to a citizen within the hour (TL, SELESAI, INFO), how to correct it (it
    cannot be taken back). False for anything else ("salah kirim, ini urusan dinsos" returns it)."""
    from sqlalchemy import select

    from models import Complaint, TimelineEntry
    from models.vocab import Event

    text, meant = _meant_for(turn.message.text)
    typed = set(words(text))
    if turn.staff.role not in OFFICER_ROLES or not typed <= SLIP_WORDS or not (
            typed & {"salah", "slh", "keliru"} and (typed & SLIPPED or meant) or typed & SLIP_ALONE):
        return False
    sent = turn.session.scalars(select(TimelineEntry).where(
        TimelineEntry.actor_id == turn.staff.id, TimelineEntry.at >= turn.now - SLIP_SINCE,
        TimelineEntry.event.in_([Event.FOLLOW_UP, Event.FINAL_ANSWER, Event.QUESTION]))
        .order_by(TimelineEntry.id.desc()).limit(1)).first()
    if sent is None:
        if meant:  # "maaf salah, itu utk lpr 2" with nothing of theirs relayed: read as the other readers read it
            return False
        turn.say("staff_slip")
        return True
    command = {Event.FOLLOW_UP: "TL", Event.FINAL_ANSWER: "SELESAI"}.get(sent.event, "INFO")
    reference = turn.session.get(Complaint, sent.complaint_id).reference
    turn.say("staff_slip_sent", command=command, reference=reference, text=excerpt(sent.text or "-", 80),
             fix=t("staff_slip_fix_final" if command == "SELESAI" else "staff_slip_fix", command=command,
                   reference=reference))
    if meant and (target := format_reference(meant)) != reference and sent.text:  # the same text for the one meant
        _ask_to_confirm(turn, command, f"{target} {sent.text}", "staff_slip_resend", asked=command,
                        reference=target, text=excerpt(sent.text, 300))
    return True


# The complaint a correction says was meant ("maaf salah, itu utk lpr 2", "keliru, harusnya no 2", "yg benar laporan
# 2"): a marked reference after a word of what was meant, at the end of the message.
MEANT_FOR = re.compile(r"\b(?:utk|untuk|buat|bwt|harusnya|hrsnya|seharusnya|mestinya|maksudnya|maksud\s+(?:sy|saya)|"
                       r"(?:yg|yang)\s+(?:benar|bener|betul))\s+(?:(?:yg|yang|ke|ini|itu)\s+)?"
                       r"(?P<reference>(?:lpr|no|nomor|laporan|#)\s*[-–.:#]?\s*\d+)\W*$", re.IGNORECASE)
SLIPPED_NUMBER = {"nomor", "nomer", "no", "nmr"}  # "salah nomor": the complaint's number was the slip


def _meant_for(text: str) -> tuple[str, int | None]:
    """`text` without the complaint a correction says was meant, and that complaint's number (None: none said)."""
    found = MEANT_FOR.search(text)
    if found is None:
        return text, None
    number = split_reference(marked_reference(found.group("reference")), bare=False)[0]
    rest = " ".join(w for w in words(text[:found.start()]) if w not in SLIPPED_NUMBER)
    return (rest, number) if number is not None else (text, None)


DUPLICATE_WORDS = {"dobel", "double", "dobol", "duplikat", "duplikasi", "ganda", "kembar", "dabel"}
DUPLICATE_MAX_WORDS = 12


def _duplicate_said(turn: StaffTurn) -> bool:
    """An officer's short word that a complaint repeats another ("lpr 2 dobel", "LPR-2 duplikat dgn lpr 1"): only
    the verifier merges (GABUNG), so returning it with that reason is asked about (KEMBALIKAN on YA); never offered
    as progress for the citizen. False for anything else."""
    text = turn.message.text
    typed = words(text)
    if turn.message.replied_to_sid or len(typed) > DUPLICATE_MAX_WORDS or not set(typed) & DUPLICATE_WORDS or (
            is_question(text)):
        return False
    number, after = split_reference(marked_reference(_without_courtesy(text)), bare=False)  # "mbak rina, ini lpr 1
    if number is None or not _duplicate_first(words(after)):  # double …": a colleague's, told so elsewhere
        return False
    reference = format_reference(number)
    reason = after.strip(" ,.:;-") or text
    _ask_to_confirm(turn, "KEMBALIKAN", f"{reference} {reason}", "staff_confirm_return_duplicate",
                    reference=reference, text=excerpt(reason, 200))
    return True


SAME_AS_NEXT = {"dgn", "dengan", "dg", "sama", "sm", "spt", "seperti", "kyk", "kayak", "lpr", "laporan", "no", "nomor"}
DUPLICATE_LEAD = {"ini", "itu", "ternyata", "sepertinya", "kayaknya", "kyknya", "laporan", "lap", "aduan", "pak",
                  "bu", "ndan", "sdh", "sudah", "udah", "udh"}


def _duplicate_first(after: list[str]) -> bool:
    """Whether the words after a complaint's reference open with a word for a duplicate ("dobel", "ini duplikat
    dgn lpr 1"), or name it before the other complaint ("… double sama lpr 1"), not a thing doubled ("perlu truk
    double gardan")."""
    lead = next((i for i, w in enumerate(after) if w not in DUPLICATE_LEAD), len(after))
    if lead < len(after) and after[lead] in DUPLICATE_WORDS:
        return True
    return any(w in DUPLICATE_WORDS and nxt in SAME_AS_NEXT for w, nxt in zip(after, after[1:], strict=False))


FINISH_ASKED = {"tolong", "tlg", "segera", "harap", "agar", "supaya", "dipercepat", "percepat", "secepatnya"}
COURTESY_AFTER_MOHON = {"izin", "ijin", "maaf", "mf", "ampun"}


def _asks_it_done(typed: list[str]) -> bool:
    """Whether words of completion are asked for, not said ("tolong lpr 1 segera diselesaikan ya", "mohon lpr 1
    dituntaskan minggu ini"): a request with nothing said done ("sudah"); "mohon izin, …" is courtesy."""
    asked = set(typed) & FINISH_ASKED or any(
        word in {"mohon", "mhn"} and after not in COURTESY_AFTER_MOHON
        for word, after in zip(typed, [*typed[1:], ""], strict=False))
    return bool(asked) and not set(typed) & DONE_MARKERS


DESCRIBING_MIN = 2  # words of a complaint's own description that name it ("yg di terminal lama …")


def _described(turn: StaffTurn, text: str, asked: bool = False) -> tuple[int, str] | None:
    """The complaint an officer's message names by the words of its description (the one of their open
    dispositions sharing the most, at least two, and more than any other), or their only open one; with the text.
    A question ("udah kelar belum?") names none, unless `asked` (the complaint a question is about)."""
    if not asked and (is_question(text) or set(words(text)) & NOT_YET):  # "udah kelar belum?": asked, not said
        return None
    count, rows = _own_open(turn)
    if (sole := _sole_open(turn, count, rows)) is not None:
        return sole, text.strip()
    typed = _content_words(text)
    shared = sorted(((len(typed & _content_words(row.complaint.description)), row.complaint.number) for row in rows),
                    reverse=True)
    if not shared or shared[0][0] < DESCRIBING_MIN or len(shared) > 1 and shared[1][0] == shared[0][0]:
        return None
    return shared[0][1], text.strip()


def _sole_open(turn: StaffTurn, count: int, rows: list) -> int | None:
    """The officer's only open disposition's complaint, which words naming none are about; None when they hold
    several, or just sent a TL to another complaint (taken back since: the words are more of that one, never news
    for this one's citizen)."""
    if len(rows) != 1 or count > LIST_ITEMS:
        return None
    number = rows[0].complaint.number
    sent = _remembered(turn, SENT_KEY, SENT_LIFETIME)
    return number if sent is None or sent["complaint"] == number else None


def _sounds_not_ours(turn: StaffTurn) -> tuple[int, str] | None:
    """The complaint and reason of an officer's sentence saying a complaint is not their agency's ("laporan no 1
    bukan wewenang kami, mohon dialihkan", "lpr 1 itu urusan perkim, bukan tupoksi kami"): the one it names, or
    with none named the officer's only open disposition; KEMBALIKAN is asked about, not done. Holding several and
    naming none, the officer is asked which (None, said); so is a duplicate (`_duplicate_said`)."""
    text = turn.message.text
    if (turn.message.replied_to_sid or _duplicate_said(turn) or _own_slip(turn) or asks_what_if(text)
            or not _disputes(turn, text)):  # "kalo laporan … bukan wilayah kita gimana ya": the help
        return None  # "lpr 2 dobel": asked; "maaf salah kirim": the officer's own message
    found = _named_inside(text)
    if found is not None:
        return found
    count, rows = _own_open(turn)
    if (sole := _sole_open(turn, count, rows)) is not None:
        return sole, text.strip()
    if (described := _described(turn, text, asked=True)) is not None:  # "laporan jalan rusak depan SDN itu …"
        return described
    _which_one(turn, rows, f"KEMBALIKAN {REFERENCE_PLACEHOLDER} {excerpt(text.strip(), ECHO_CHARS)}")
    return None


def returned_instead(turn: StaffTurn) -> bool:
    """Asks about KEMBALIKAN when an officer's (or head's) ALIHKAN names another agency in a sentence, not a
    colleague ("lpr1 pindahin ke pupr aja bu"): only the verifier sends a complaint elsewhere. False, saying
    nothing, otherwise (the formal `TERUSKAN LPR-1 PUPR` is refused with KEMBALIKAN to send instead)."""
    if turn.staff.role not in OFFICER_ROLES or (disputed := _sounds_not_ours(turn)) is None:
        return False
    number, text = disputed
    reference = format_reference(number)
    _ask_to_confirm(turn, "KEMBALIKAN", f"{reference} {text}", "staff_confirm_return", reference=reference,
                    text=excerpt(text, 300))
    return True


def _disputes(turn: StaffTurn, text: str) -> bool:
    """Whether the staff member's text says the complaint is not their agency's (naming it: "…, bukan DLH"), asks
    for it to go to another agency ("tolong dialihkan ke pupr pak") or returns it ("lpr 1 kami kembalikan")."""
    agency = turn.staff.agency
    own = {agency.code.lower(), *(w for alias in agency.aliases or [] for w in words(alias)[:1])} if agency else set()
    return (disputes_authority(text, own) or _sent_elsewhere(turn, text)
            or bool(set(words(text)) & RETURNING and turn.staff.role in OFFICER_ROLES and not is_question(text)))


# "lpr 1 tolong dialihkan ke pupr", "mhn dilimpahkan ke dinas PU", "sebaiknya diteruskan ke satpol pp aja": an
# officer asking for the complaint to go to another agency, which only the verifier can do (KEMBALIKAN).
MOVED_TO = re.compile(r"\b(?:di)?(?:alihkan|alihin|pindahkan|pindahin|limpahkan|limpahin|teruskan|terusin|oper|operin|"
                      r"lempar|lemparin|lemparkan|arahkan|arahin|serahkan|kirim|kirimin|kirimkan)\s+"
                      r"(?:(?:saja|aja|sj)\s+)?(?:ke|kpd|kepada)\s+(.+)$", re.IGNORECASE)
# Where the agencies after "ke" end: a comma or stop before a remark ("dioper ke pupr aja, itu jalan kabupaten")
REMARK_AFTER = re.compile(r"\s*[,.;!(]\s*.*$")


def _sent_elsewhere(turn: StaffTurn, text: str) -> bool:
    found = MOVED_TO.search(text)
    if turn.staff.agency is None:
        return False
    if found is None:  # "lpr 3 dishub aja", "LPR-3 ke dinas pu": a complaint and another agency alone
        return _named_elsewhere(turn, text)
    named = REMARK_AFTER.sub("", OR_BETWEEN.sub(" ", found.group(1)))  # "ke Dishub atau PUPR", "ke pupr aja, itu …"
    named = TRAILING_COURTESY.sub("", named).strip()
    if not named or not only_agency_words(turn.session, named):
        return False
    agencies = find_agencies(turn.session, named)[0]
    return bool(agencies) and all(agency.id != turn.staff.agency_id for agency in agencies)


NAMED_MAX_WORDS = 7  # "ke dinas pekerjaan umum ya pak": the longest read as an agency alone


def _named_elsewhere(turn: StaffTurn, text: str) -> bool:
    """Whether the message is a complaint's reference and nothing but another agency's words after it ("lpr 3
    dishub aja", "LPR-3 ke dinas pu ya pak"): where it should go, which only the verifier can send it."""
    from bot.staff.agencies import LEADING_FILLER

    number, rest = split_reference(marked_reference(text.strip()), bare=False)
    if number is None or len(words(rest)) > NAMED_MAX_WORDS:  # a sentence: no directory read
        return False
    named = TRAILING_COURTESY.sub("", LEADING_FILLER.sub("", rest)).strip(" ,.!")
    if not named or not only_agency_words(turn.session, named):
        return False
    agencies = find_agencies(turn.session, named)[0]
    return bool(agencies) and all(agency.id != turn.staff.agency_id for agency in agencies)


# Two words are enough to be offered (asked, never sent unasked) as progress: a verb of the work with a time or
# aspect ("sdh dicek", "bsk diangkut", "lg dikerjain"; firsts10: they got «Perintah tidak dikenali»)
PROGRESS_MIN_WORDS = 2


def _progress_offered(turn: StaffTurn) -> bool:
    """Offers an officer's words of the work without a command ("sudah kami survei, minggu depan dikerjakan") as
    TL of the complaints they name ("lpr 1 sama lpr 2 …": both), or of their only open disposition: `YA` sends it
    (`_ask_to_confirm`). Holding several and naming none, they are asked which."""
    text = turn.message.text
    if turn.message.replied_to_sid or turn.staff.role not in OFFICER_ROLES:
        return False
    number, rest = _hinted(turn)
    offered = len(words(text)) >= PROGRESS_MIN_WORDS or on_the_way_only(text)
    if number is None and len(words(text)) >= HINT_MIN_WORDS and sounds_like_progress(
            text) and (found := _described(turn, text)) is not None:
        number, rest = found  # "untuk laporan jalan rusak depan SDN tim kami …": the one its description names
    if number is None and offered and sounds_like_progress(text):
        said = _citizens_words(excerpt(text.strip(), ECHO_CHARS))
        _which_one(turn, _own_open(turn)[1], f"TL {REFERENCE_PLACEHOLDER} {said}")
        return bool(turn.replies)
    if number is not None and _answers_information(turn, number, rest):
        _ask_final(turn, number, _for_the_citizen(rest))  # "lpr 1 cukup bawa surat kehilangan …": the answer
        return True
    if number is None or not sounds_like_progress(rest) or _asks_to_ask(rest):
        return False
    numbers, rest = _joined_references(number, rest)
    # "lpr 1 maaf malam2 pak, sdh diangkut": the apology was for the office; "otw pak": the catalogue's words;
    # "lpr 1 40 persen": "Progres 40 persen"
    rest = _percent_told(_citizens_words(_for_the_citizen(rest)))
    references = [format_reference(n) for n in numbers]
    _ask_to_confirm(turn, "TL", f"{' '.join(references)} {rest}", "staff_confirm_progress",
                    references=and_list(references), reference=" ".join(references), text=excerpt(rest, 300))
    return True


# An answer split over bubbles ("TL LPR-1 tim sudah ke lokasi …", then "lubangnya 2 x 1 meter …", then "penambalan
# hari Kamis …"): the bubbles after a TL with no reference are more of it, offered for the same complaint (they got
# "Perintah tidak dikenali" or "Laporan yang mana?" and never reached the citizen). `SENT_KEY` keeps the last TL.
SENT_KEY, SENT_LIFETIME = "staff_sent", timedelta(minutes=10)
MORE_MIN_WORDS = 4


def sent_remembered(turn: StaffTurn, number: int) -> None:
    """Keeps the complaint a TL just went to, for the bubbles that follow it."""
    _remember(turn, SENT_KEY, {"complaint": number, "at": turn.now.isoformat()})


def _continues_sent(turn: StaffTurn) -> bool:
    """Offers an officer's words without a command or a reference, soon after their TL, as more of that TL (`YA`
    sends it) when they are news of that complaint (`_about_the_work`); False, saying nothing, for talk to the office,
    a question, anything naming a complaint, or words describing another open one (offered for it, if news). When the
    complaint left the officer's hands since (taken back, closed), they are told, and it is forgotten."""
    from bot.commands import is_thanks
    from bot.staff.citizen_text import says_nothing

    text = turn.message.text
    if turn.message.replied_to_sid or turn.staff.role not in OFFICER_ROLES:
        return False
    sent = _remembered(turn, SENT_KEY, SENT_LIFETIME)
    if sent is None or len(words(text)) < MORE_MIN_WORDS or is_question(text) or is_thanks(text):
        return False
    if (split_reference(marked_reference(text), bare=False)[0] is not None or mentioned_reference(text) is not None
            or only_acknowledges(text) or says_nothing(text) or _asks_to_ask(text) or _office_only_said(turn, text)):
        return False
    said = _citizens_words(_for_the_citizen(text))
    number = sent["complaint"]
    if len(words(said)) < MORE_MIN_WORDS or not _about_the_work(turn, text, number):
        return False
    count, rows = _own_open(turn)
    if _names_another(turn, text, number, rows):
        return False  # "untuk lampu pju di jl mawar …" after the road's TL: the lamp's news (`_progress_offered`)
    if _left_hands(turn, number):
        return True
    if sounds_like_progress(text) and len(rows) == 1:
        return False  # the officer's only open one: offered as its progress (`_progress_offered`), the same question
    reference = format_reference(number)
    _ask_to_confirm(turn, "TL", f"{reference} {said}", "staff_confirm_more", reference=reference,
                    text=excerpt(said, 300))
    return bool(turn.replies)


# What an officer finds on site, told after a TL ("lubang berukuran 2 x 1 meter", "penyebabnya saluran tersumbat",
# "sampahnya ternyata dari pedagang pasar"): news of the complaint, though no step of the work is said.
FINDINGS = {"ternyata", "penyebab", "penyebabnya", "disebabkan", "akibat", "akibatnya", "ukuran", "ukurannya",
            "berukuran", "kedalaman", "kedalamannya", "dalamnya", "lebar", "lebarnya", "panjang", "panjangnya",
            "luas", "luasnya", "diameter", "kondisi", "kondisinya", "hasil", "hasilnya", "kerusakan", "kerusakannya",
            "volume", "volumenya", "sumber", "sumbernya", "asalnya"}
MEASURED = re.compile(r"\d\s*(?:x\s*\d+(?:[.,]\d+)?\s*)?(?:m|cm|mm|km|meter|m2|m3|titik|unit|buah|rit|ton|kg|liter)\b",
                      re.IGNORECASE)
DESCRIBING_STOP = {"dan", "yang", "itu", "ini", "dari", "untuk", "utk", "kami", "kmi", "tim", "sdh", "udh", "dgn",
                   "dengan", "ada", "tsb", "juga", "jga", "pak", "bu", "sekitar", "dekat", "dkt", "sampai", "kemarin",
                   "jalan", "jln", "lagi", "nanti", "besok", "sedang", "sdg"}  # "sy lagi di jalan": the typist's
MATCHED_MIN_LENGTH = 3  # "pju", "pos": short words name a thing as well


def _content_words(text: str) -> set[str]:
    """The words of a text that may name what a complaint is about ("lampunya" as "lampu")."""
    typed = {w.removesuffix("nya") if len(w) > 5 else w for w in words(text) if len(w) >= MATCHED_MIN_LENGTH}
    return typed - DONE_WORDS - DONE_MARKERS - COURTESY - MORE_TO_COME - DESCRIBING_STOP


def _about_the_work(turn: StaffTurn, text: str, number: int) -> bool:
    """Whether words without a command are news of the complaint: progress (`sounds_like_progress`), a finding or a
    measure, or a word of its description; not the officer's own time ("saya sedang rapat, nanti saya kabari")."""
    if sounds_like_progress(text) or set(words(text)) & FINDINGS or MEASURED.search(text):
        return True
    complaint = complaints.by_number(turn.session, number)
    return complaint is not None and bool(_content_words(text) & _content_words(complaint.description))


def _names_another(turn: StaffTurn, text: str, number: int, rows: list) -> bool:
    """Whether words describe another of the officer's open complaints than `number` (at least two words of its
    description, more than `number`'s share)."""
    typed = _content_words(text)
    complaint = complaints.by_number(turn.session, number)
    own = len(typed & _content_words(complaint.description)) if complaint is not None else 0
    return any(len(shared := typed & _content_words(row.complaint.description)) >= DESCRIBING_MIN and len(shared) > own
               for row in rows if row.complaint.number != number)


def _left_hands(turn: StaffTurn, number: int) -> bool:
    """Tells an officer whose TL's complaint is no longer theirs to answer (taken back, closed, handed to a
    colleague) that their words went to no citizen, and forgets the TL; False while it is still theirs."""
    from lapor.dispositions import state_of
    from models import DispositionStatus

    complaint = complaints.by_number(turn.session, number)
    own = [d for d in (complaint.dispositions if complaint else []) if d.agency_id == turn.staff.agency_id]
    if any(d.status == DispositionStatus.OPEN and d.assignee_id in (None, turn.staff.id) for d in own):
        return False
    _remember(turn, SENT_KEY, None)
    latest = max(own, key=lambda d: d.id, default=None)
    state = (DISPOSITION_CLOSED[state_of(latest)] if latest is not None and latest.status != DispositionStatus.OPEN
             else t("staff_sent_handed"))
    turn.say("staff_sent_gone", reference=format_reference(number), agency=turn.staff.agency.code, state=state)
    return True


def _office_only_said(turn: StaffTurn, text: str) -> str | None:
    """Why an officer's words are for the office, never for a citizen: "kept" (said not to be passed on), "errand"
    (someone asked to fetch or prepare something), "called" (a colleague called by name: "Pak Eko tolong …",
    "dewi, …"), "away" (the typist's own time: "saya sedang rapat, nanti saya kabari"); None otherwise."""
    from bot.staff.office_talk import asks_an_errand, kept_from_citizen, own_time_only

    if kept_from_citizen(text):
        return "kept"
    if asks_an_errand(text):
        return "errand"
    if _calls_a_colleague(turn, text):
        return "called"
    return "away" if own_time_only(text) and not set(words(text)) & FINDINGS else None


def _calls_a_colleague(turn: StaffTurn, text: str) -> bool:
    """Whether a message opens by calling a colleague from the directory (after pak/bu/mas…), with a comma or a
    request after the name ("Pak Eko tolong …", "dewi, tlg …"); "sudah kami koordinasikan dgn pak Eko" tells."""
    from sqlalchemy import select

    from bot.handover import ADDRESS_WORDS, NAME_MIN_LENGTH
    from bot.staff.office_talk import ASKING_SOMEONE
    from models import Contact

    typed = words(text)
    at = 1 if typed and typed[0] in ADDRESS_WORDS else 0
    if len(typed) <= at + 1 or len(name := typed[at]) < NAME_MIN_LENGTH:
        return False
    if typed[at + 1] not in ASKING_SOMEONE and not re.match(rf"^\W*(?:\w+\s+)?{re.escape(name)}\s*,", text,
                                                              re.IGNORECASE):
        return False
    staff = turn.session.scalars(select(Contact.name).where(
        Contact.role.is_not(None), Contact.active.is_(True), Contact.id != turn.staff.id))
    return any((words(person or "") or [""])[0] == name for person in staff)


def office_only(turn: StaffTurn) -> bool:
    """Answers an officer's words without a command that are for the office (`_office_only_said`): said not to be
    passed on or their own time, told nothing went to the citizen; an errand or a colleague called, told nobody
    got it. False, saying
    nothing, for anything else (a return's reason goes to the verifier: `_disputes`)."""
    from bot.handover import colleague_hint
    from bot.staff.hints import _hint

    text = turn.message.text
    if turn.message.replied_to_sid or turn.staff.role not in OFFICER_ROLES or _disputes(turn, text):
        return False
    why = _office_only_said(turn, text)
    if why is None:
        return False
    sent = _remembered(turn, SENT_KEY, SENT_LIFETIME)
    reference = format_reference(sent["complaint"]) if sent else (
        format_reference(number) if (number := _hinted(turn)[0]) else example_reference(turn))
    if why in ("kept", "away"):  # "…, jangan disampaikan ke warga dulu"; "saya sedang rapat, nanti saya kabari"
        turn.say("staff_kept_from_citizen" if why == "kept" else "staff_away_noted", reference=reference)
    elif (named := colleague_hint(turn, reference)) is not None:
        turn.replies.append(named)
    else:
        turn.say("staff_office_errand", hint=_hint(turn))
    return True


def _answers_information(turn: StaffTurn, number: int, text: str) -> bool:
    """Whether an officer's words about a request for information (kind `informasi`) are its answer: a few words that
    neither ask nor only acknowledge (what the citizen asked is answered by telling, not by work done)."""
    if len(words(text)) < HINT_MIN_WORDS or is_question(text) or _asks_to_ask(text) or only_acknowledges(text):
        return False
    complaint = complaints.by_number(turn.session, number)
    return complaint is not None and complaint.kind == "informasi"


DELAY_FILLER = COURTESY | {"dulu", "dl", "sementara", "sebentar", "bentar", "ya", "yaa", "pak", "bu", "ndan", "nggih",
                           "njih", "ok", "oke", "aja", "saja", "sj"}


PUT_OFF = re.compile(r"\b(?:di|ter)tunda\b", re.IGNORECASE)  # "ditunda": is put off, never a question


def _delay_told(turn: StaffTurn) -> bool:
    """An officer's word of putting the work off ("ditunda dulu ya", "lpr 1 tunda dulu, nunggu anggaran"), read as
    TUNDA: the verifier's question to the citizen is no officer's, and nothing in it asks: it is news of a delay,
    offered as TL of the complaint named, swiped, or the officer's only open one (holding several, asked which).
    False for a question or request (`TUNDA LPR-1 mohon kirim foto` is their INFO) or with nothing to offer it for."""
    from bot.staff.citizen_text import tells_not_asks

    if turn.command != "TUNDA" or turn.staff.role not in OFFICER_ROLES:
        return False
    number, text = split_reference(turn.rest)
    meant = [w for w in words(text) if w not in DELAY_FILLER]  # "ditunda dl ya pak": nothing asked
    if meant and not PUT_OFF.search(turn.message.text) and not tells_not_asks(text):
        return False
    if number is None and turn.message.replied_to_sid:
        number = _replied_complaint_number(turn)
    said = _for_the_citizen(without_closing_address(text, to_citizen=True)).strip(" ,.")
    while words(said) and words(said)[0] in DELAY_FILLER:  # "dulu ya, nunggu anggaran": the reason
        said = after_words(said, 1).strip(" ,.")
    said = t("tl_delayed", reason=f": {said}" if words(said) else "")
    if number is None:
        count, rows = _own_open(turn)
        if len(rows) != 1 or count > LIST_ITEMS:
            _which_one(turn, rows, f"TL {REFERENCE_PLACEHOLDER} {said}")
            return bool(turn.replies)
        number = rows[0].complaint.number
    reference = format_reference(number)
    _ask_to_confirm(turn, "TL", f"{reference} {said}", "staff_confirm_progress", references=reference,
                    reference=reference, text=excerpt(said, 300))
    return True
