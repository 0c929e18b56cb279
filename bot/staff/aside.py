"""A message that is no command and nothing to record: an acknowledgement, an opening before the report, a citizen's
complaint that came another way, a notice passed on outside the chat, a staff member filing as a citizen.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from bot import handover
from bot.commands import normalize, words
from bot.conversation import understanding
from bot.messages import REFERENCE_PLACEHOLDER, person_label, t
from bot.progress import is_question, sounds_like_progress
from bot.staff.citizen_text import salutes_the_office_alone
from bot.staff.confirm import CALL_OFF, CONFIRM_KEY, CONFIRM_LIFETIME
from bot.staff.finding import _own_open, _replied_complaint_number, example_reference
from bot.staff.hints import _hinted, acknowledged
from bot.staff.leader_words import HAND_FILLER
from bot.staff.leave import DIRECTORY_CHANGE
from bot.staff.office_talk import _acknowledges_one
from bot.staff.reading import _named_inside
from bot.staff.turn import OFFICER_ROLES, StaffTurn, _named_people, _remember, _remembered
from bot.staff.vocabulary import CONFIRM_MAX_WORDS, COURTESY, DIGIT, NO_WORDS, REPORTING, YES_WORDS
from lapor.references import format_reference, mentioned_reference
from models.vocab import Role

# Notices asked after ("lpr 1 kok sy gak dpt notif ya pak?", "notifnya blm masuk bu"): how they reach staff.
NOTICES_MISSED = re.compile(r"\bnotif\w*\b.*\b(?:masuk|dapat|dpt|terima|nyampe|sampai|sampe|"
                            r"muncul|ada)\b|\b(?:tidak|tdk|gak|ga|gk|nggak|ngga|belum|blm|kok)\b.*\b(?:notif\w*|"
                            r"pemberitahuan\w*)\b", re.IGNORECASE)


def _verifiers_named(turn: StaffTurn) -> str:
    """The verifiers at work, named with their numbers (who records a change of the directory)."""
    from lapor.directory import region_readers

    return _named_people(region_readers(turn.session, Role.VERIFIER, turn.now))


def _said_in_passing(turn: StaffTurn) -> bool:
    """Answers a message that is no command and nothing to record: an acknowledgement, an opening before the report
    ("Izin lapor pak:": told to go ahead, and kept for the next bubble), or a citizen's filing (which the opening
    kept, "izin lapor pak" then "lampu depan rumah saya mati", may have begun)."""
    message, opening = turn.message, _remembered(turn, OPENING_KEY, OPENING_LIFETIME)
    _remember(turn, OPENING_KEY, None)
    said = f"{opening['text']} {message.text}" if opening and not message.replied_to_sid else message.text
    if _acknowledges_one(message.text) and not message.replied_to_sid:
        acknowledged(turn)
    elif (story := _came_another_way(message.text)) is not None and not message.replied_to_sid:
        if story:  # kept for YA: it goes on as ADUAN WARGA with the story would
            _remember(turn, CONFIRM_KEY, {"command": WALK_IN_FILING, "rest": story, "at": turn.now.isoformat()})
        turn.say("staff_walk_in_told" if story else "staff_walk_in", story=story or t("example_story"))
    elif _opens_a_report(message.text) and not message.replied_to_sid:
        _remember(turn, OPENING_KEY, {"text": message.text, "at": turn.now.isoformat()})
        if turn.staff.role in OFFICER_ROLES:
            turn.say("staff_go_ahead_officer", reference=example_reference(turn))
        else:
            turn.say("staff_go_ahead")
    elif _wants_to_file(said) and _named_inside(message.text) is None and not sounds_like_progress(said):
        # ("mohon izin melaporkan laporan no 1 sudah kami tangani" names a complaint: its officer's news)
        _own_story_told(turn, said)
    elif PASSED_ON.search(message.text) and not sounds_like_progress(PASSED_ON.sub("", message.text)):
        _passed_on(turn)  # "sdh sy forward ke eko ya", "sdh sy fwd ke kabid": done outside the chat
    elif DIRECTORY_CHANGE.search(message.text) and mentioned_reference(message.text) is None:
        turn.say("staff_directory_change", verifiers=_verifiers_named(turn))
    elif NOTICES_MISSED.search(message.text) and not sounds_like_progress(message.text):  # "kok sy gak dpt
        # notif?": about the service, not for a citizen
        turn.say("staff_notices_how", verifiers=_verifiers_named(turn))
    return bool(turn.replies)


def _own_story_told(turn: StaffTurn, said: str) -> None:
    """A staff member writing as a citizen would ("saya mau lapor, lampu jalan depan rumah saya mati …"): the story
    is shown back and kept, YA (or ADUAN WARGA) files it as their own complaint; told too little, the words that
    file from this number."""
    story = (understanding.intent(said) or understanding.Intent("FILE")).rest.strip()
    if len(words(story)) < WALK_IN_STORY_MIN_WORDS:
        turn.say("staff_file_elsewhere")
        return
    _remember(turn, CONFIRM_KEY, {"command": WALK_IN_FILING, "rest": story, "own": True, "at": turn.now.isoformat()})
    turn.say("staff_own_story_told", story=story)


# A citizen's complaint that reached a staff member another way ("ada warga datang ke kantor lapor jalan rusak …",
# "tadi ada ibu2 telpon mengeluh …", "wonten warga rawuh, wadul …"): someone, then their reporting, then the story.
# What they said may be told with "katanya", "bilang", "cerita" after someone who came or called ("ada warga datang
# ke kantor, katanya …"); after "warga sekitar" alone it is news of a complaint ("warga sekitar bilang sdh diangkut").
WALK_IN = re.compile(
    r"\b(?:warga|masyarakat|penduduk|pengadu|ibu2|bapak2|ibu-ibu|bapak-bapak|tamu|(?:ada|wonten|onten|aya)\s+"
    r"(?:(?:seorang|seorg|satu|sa|se)\s+)?(?:bapak|ibu|pak|bu|orang|org|yg|yang|tiyang))\b.{0,60}?"
    r"\b(?:lapor|melapor|melaporkan|mengadu|ngadu|mengadukan|mengeluh|ngeluh|mengeluhkan|komplain|complain|protes|"
    r"sambat|wadul|ngawadul|alapor|nglaporaken|ngaturaken|"
    r"(?:datang|dtg|telpon|telp|telepon|nelpon|japri|wa|chat|sms|ketemu|rawuh)\b.{0,30}?"
    r"\b(?:katanya|katane|jarene|bilang|cerita|ngomong|menyampaikan|nyampein))\b[\s,:;.-]*"
    r"(?:(?:bahwa|bhw|kalau|kalo|klo|soal|tentang|ttg|masalah|perihal|yen|menawi)\b[\s,:;-]*)?",
    re.IGNORECASE | re.DOTALL)
WALK_IN_STORY_MIN_WORDS = 3
WALK_IN_FILING = "ADUAN WARGA"  # the question kept for the story told: YA files it as that command with the story would


def _walk_in_answered(turn: StaffTurn) -> str | None:
    """The story of a citizen's complaint that came another way, when the staff member answers YA to filing it
    from their number ("ya pak, catat aja", "nggih"); a no ("tidak usah, warganya lapor sendiri") calls it off,
    said. None for anything else."""
    pending = _remembered(turn, CONFIRM_KEY, CONFIRM_LIFETIME)
    typed = words(turn.message.text)
    if pending is None or pending["command"] != WALK_IN_FILING or turn.message.replied_to_sid or not typed:
        return None
    if files_as_citizen(turn.message.text) and _citizen_story(turn.message.text) == "":  # "ADUAN WARGA": the story
        _remember(turn, CONFIRM_KEY, None)
        return pending["rest"]
    if typed[0] in NO_WORDS or CALL_OFF.match(normalize(turn.message.text)):
        _remember(turn, CONFIRM_KEY, None)
        turn.say("staff_walk_in_dropped")
        return None
    if len(typed) > CONFIRM_MAX_WORDS or not (set(typed) <= WALK_IN_YES or understanding.means_yes(
            turn.message.text)):
        return None
    _remember(turn, CONFIRM_KEY, None)
    return pending["rest"]


def _filed_as_citizen(turn: StaffTurn) -> list[str] | None:
    """The citizen's conversation's replies to ADUAN WARGA (and a story told after it), or to YA to filing the
    story of a citizen's complaint that came another way; None for any other message."""
    own = (_remembered(turn, CONFIRM_KEY, CONFIRM_LIFETIME) or {}).get("own", False)
    if (story := _walk_in_answered(turn)) is not None:  # before ADUAN WARGA alone, which may answer it
        return _file_walk_in(turn, story, own)
    if (story := _citizen_story(turn.message.text)) is not None:
        from bot.conversation import handle as converse  # the citizen's conversation, from its first step

        return converse(turn.session, turn.svc, turn.staff, replace(turn.message, body=story or "ADUAN", media=()),
                        turn.now)
    return None


def _file_walk_in(turn: StaffTurn, story: str, own: bool = False) -> list[str]:
    """Files the story told as the staff member's own complaint, as ADUAN WARGA with it would, past the question
    whether it is the description (the YA said so): the reply goes on with its next step."""
    from bot.conversation import handle as converse  # the citizen's conversation, from its first step

    staff, message = turn.staff, turn.message
    offered = converse(turn.session, turn.svc, staff, replace(message, body=story, media=()), turn.now)
    if staff.conversation is None or staff.conversation.state != "offer":
        return offered
    filing = t("staff_own_filing" if own else "staff_walk_in_filing")
    return [filing] + converse(turn.session, turn.svc, staff, replace(message, body="YA", media=()), turn.now)


def _came_another_way(text: str) -> str | None:
    """The story of a citizen's complaint a staff member says reached them another way (at the office, by phone, in
    a private chat), "" when too little of it is told; None for anything else (a reference named, a question)."""
    found = WALK_IN.search(text)
    if found is None or mentioned_reference(text) is not None or is_question(text):
        return None
    story = text[found.end():].strip()
    return story if len(words(story)) >= WALK_IN_STORY_MIN_WORDS else ""


# A notice passed on to someone outside the chat ("sdh sy forward ke eko ya", "sampun kulo terasaken dhateng mas
# eko"): done already, by WhatsApp; the person after "ke" is who it went to.
PASSED_ON = re.compile(r"\b(?:sudah|sdh|udah|udh|dh|telah|tlh|sampun|wis|wes|uwis)\s+(?:(?:saya|sy|aku|ak|kulo|"
                       r"kami|gw|gue)\s+)?(?:di)?(?:forward|fwd|teruskan|terusin|teruske|terusake|terasaken|"
                       r"sampaikan|sampekne|share|kirim|kirimkan|oper|lempar|japri)\w*\s+(?:ke|kpd|kepada|dhateng|"
                       r"marang|menyang|nang|ka)\s+(.+)$", re.IGNORECASE)


def _passed_on(turn: StaffTurn) -> None:
    """Answers words saying a notice was passed on outside the chat: nothing recorded; a head who names one of the
    agency's officers is shown the ALIHKAN that makes its notices theirs alone, anyone else is thanked."""
    found = PASSED_ON.search(turn.message.text)
    named = " ".join(w for w in words(found.group(1)) if w not in HAND_FILLER)
    officer = handover._agency_member(turn, named) if named and turn.role == Role.HEAD else None
    if officer is None:
        acknowledged(turn)
        return
    number = _hinted(turn)[0] or _replied_complaint_number(turn)
    if number is None and turn.staff.agency_id is not None:
        count, rows = _own_open(turn)
        number = rows[0].complaint.number if len(rows) == 1 and count == 1 else None
    turn.say("staff_passed_on", reference=format_reference(number) if number else REFERENCE_PLACEHOLDER,
             name=person_label(officer))


# An opening before the report in the next bubble ("Izin lapor pak:", "mohon ijin melaporkan ndan", "izin pak"):
# courtesy and words of reporting alone, no command, no reference.
OPENING_FILLER = COURTESY | REPORTING | {"mau", "ingin", "hendak", "akan", "sedikit", "berikut", "sbb", "dulu", "nggih"}
OPENING_MAX_WORDS = 8
OPENING_KEY, OPENING_LIFETIME = "staff_opening", timedelta(minutes=15)


def _opens_a_report(text: str) -> bool:
    typed = words(text)
    return (0 < len(typed) <= OPENING_MAX_WORDS and all(w in OPENING_FILLER for w in typed)
            and bool(set(typed) & REPORTING)) or salutes_the_office_alone(text)  # "Kepada Yth. Bapak Admin,"


# "ya pak, catat aja", "iya tolong dicatat": yes to filing the story told
WALK_IN_YES = YES_WORDS | {"catat", "catatkan", "dicatat", "dicatatkan", "aja", "saja", "wae", "ae", "tolong", "tlg",
                           "mohon", "mhn", "dulu", "nggih", "injih", "iya"}


# A staff member filing as a citizen says so ("ADUAN WARGA", "lapor sebagai warga", "aduan pribadi"): a word for
# filing and one for themselves as a citizen, in a short message without a number. Anything less ("mau lapor pak")
# is told these words: an officer's "izin lapor" is more often progress than a complaint of their own.
FILING_WORDS = {"aduan", "adukan", "mengadu", "ngadu", "lapor", "melapor", "laporan", "pengaduan", "keluhan"}
AS_CITIZEN_WORDS = {"warga", "pribadi", "masyarakat", "umum"}
AS_CITIZEN_MAX_WORDS = 7


# The citizen word says who files only right after the filing word or "sebagai" ("aduan warga", "lapor sebagai
# warga"): "laporan saya sudah terkirim ke warga?", "ada laporan dari warga?" name the citizen as who gets or sent it.
# "laporan warga", "pengaduan masyarakat" are the citizens' complaints the staff member handles ("cara balas laporan
# warga gmn?"); after those nouns only "pribadi" is their own.
AS_WORDS = FILING_WORDS | {"sebagai", "sbg", "selaku", "atas"}
COMPLAINT_NOUNS = {"laporan", "pengaduan", "keluhan"}


def _as_citizen_at(before: str, word: str) -> bool:
    return word in AS_CITIZEN_WORDS and before in AS_WORDS and (before not in COMPLAINT_NOUNS or word == "pribadi")


def files_as_citizen(text: str) -> bool:
    """Whether a staff member asks to file a complaint of their own as a citizen."""
    typed = words(text)
    return (len(typed) <= AS_CITIZEN_MAX_WORDS and bool(set(typed) & FILING_WORDS) and any(
        _as_citizen_at(before, word) for before, word in zip(typed, typed[1:], strict=False))
        and not DIGIT.search(text))


OPENING_CLAUSE = re.compile(r"^([^,:;.\n]+)[,:;.\n]+\s*(.+)$", re.DOTALL)
STORY_MIN_WORDS = 5


def _citizen_story(text: str) -> str | None:
    """For a staff member asking to file as a citizen: "" to start from the first step ("ADUAN WARGA"), or the
    story told after the opening that asks it ("mau lapor sebagai warga, lampu jalan depan rumah saya mati …"),
    which the citizen's conversation takes as its first message; None for anything else."""
    if files_as_citizen(text):
        return ""
    opening = OPENING_CLAUSE.match(text.strip())
    if opening is None or not files_as_citizen(opening.group(1)) or len(words(opening.group(2))) < STORY_MIN_WORDS:
        return None
    return opening.group(2).strip()


def _wants_to_file(text: str) -> bool:
    """A staff number writing as a citizen would ("mau lapor pak, sampah di depan rumah saya…")."""
    wanted = understanding.intent(text)
    return wanted is not None and wanted.name == "FILE"
