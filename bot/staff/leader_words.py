"""A head's or supervisor's words without a command: who holds a complaint, chasing it, handing it to an officer
(ALIHKAN asked about), a supervisor's word swiped onto a notice.
"""

from __future__ import annotations

import re
from datetime import timedelta

from bot import handover
from bot.commands import CLAUSE_BREAK, words
from bot.messages import and_list, person_label, phone_label, t
from bot.staff.confirm import _ask_to_confirm
from bot.staff.finding import _not_found, _own_disposition, _replied_complaint_number
from bot.staff.questions import ASKING_TO, TO_BE_DONE, _first_and_named
from bot.staff.reading import _named_inside
from bot.staff.turn import OFFICER_ROLES, StaffTurn, _named_people, _remember, _remembered
from bot.staff.vocabulary import COURTESY, WHO_ASKED
from lapor import access, complaints, dispositions
from lapor.references import (
    AND_WORDS,
    NAMED,
    format_reference,
    marked_reference,
    mentioned_reference,
    reference_last,
    split_reference,
)
from models import Contact, DispositionStatus
from models.vocab import Role


def _holders_asked(turn: StaffTurn) -> bool:
    """Answers who holds a complaint, asked or chased in words: a head or an officer of the agency ("siapa yang
    pegang LPR-1?", "tolong lpr 1 dikerjakan segera") is told its officers at work, a supervisor ("siapa yg pegang
    lpr 1?", "tolong pak kadis dlh segera tindaklanjuti lpr 1") each open disposition's holders and head."""
    if turn.staff.role in OFFICER_ROLES and (held := _head_chases(turn)):
        _remember(turn, WHO_ASKED_KEY, {"reference": held["reference"], "at": turn.now.isoformat()})
        turn.say("staff_head_who" if turn.staff.role == Role.HEAD else "staff_officer_who", **held)
        return True
    if turn.replies:  # a complaint the reader may not see: said so
        return True
    typed = set(words(turn.message.text))
    if turn.staff.role != Role.SUPERVISOR:
        return False
    if not (typed & WHO_WORDS or typed & ATTENTION or typed & SLOW and typed & WHY
            or typed & ASKING_TO and typed & TO_BE_DONE):
        return _supervisor_forward(turn)  # "lpr 3 ke dishub": the verifiers' act
    found = _named_inside(turn.message.text)
    return found is not None and _leader_swiped(turn, found[0])


# A supervisor asking for attention to a complaint ("mohon atensi lpr 2", "lpr 2 tolong dikawal"): its holders
ATTENTION = {"atensi", "atensinya", "diatensi", "perhatian", "perhatiannya", "diperhatikan", "dikawal", "kawal",
             "dipantau", "pantau", "dimonitor", "monitor", "dipercepat", "percepat", "dikejar", "kejar", "ingatkan",
             "diingatkan", "ingetin", "diingetin", "tegur", "ditegur", "eskalasi", "dieskalasi", "prioritaskan",
             "diprioritaskan"}
# Slowness complained of ("lpr 2 kok lama", "knp lpr 2 lambat bgt"): who holds it
SLOW = {"lama", "lambat", "lelet", "telat", "molor", "lemot"}
WHY = {"kok", "knp", "kenapa", "mengapa", "napa", "ngapa"}


def _supervisor_forward(turn: StaffTurn) -> bool:
    """A supervisor's forward said in words ("lpr 3 ke dishub", "lpr 3 dispo ke pupr aja"): only the verifiers
    disposition, so the reply names them with their numbers and the complaint's STATUS; nothing is recorded.
    False for anything else."""
    from bot.staff.verifier_words import _sounds_forwarded
    from bot.staff.worded import forward_said
    from lapor.directory import region_readers

    sent = _sounds_forwarded(turn) or forward_said(turn)
    if sent is None:
        return False
    reference, agencies = sent
    reference = reference.split()[0]
    if complaints.by_number(turn.session, split_reference(reference)[0]) is None:
        _not_found(turn, split_reference(reference)[0])
        return True
    turn.say("supervisor_forward", reference=reference, agencies=", ".join(a.code for a in agencies),
             verifiers=_named_people(region_readers(turn.session, Role.VERIFIER, turn.now)))
    return True


def _leader_swiped(turn: StaffTurn, number: int | None = None) -> bool:
    """A supervisor's words swiped onto a notice about one complaint (an escalation: "pak kadis tolong atensi",
    "piye iki kok durung ditindaklanjuti?"), or naming it (`number`), reach nobody: they are told who holds each of
    its open dispositions, to reach them, and its STATUS. False for anything else (a head's own agency is read as
    its officers' swipe)."""
    from lapor.directory import present_staff, readers_for

    if number is None and turn.staff.role == Role.SUPERVISOR:
        number = _replied_complaint_number(turn)
    complaint = complaints.by_number(turn.session, number) if number is not None else None
    open_ones = [d for d in complaint.dispositions if d.status == DispositionStatus.OPEN] if complaint else []
    if not open_ones:
        return False
    holders = "\n".join(
        f"• {d.agency.code}: {_named_people(readers_for(turn.session, d, turn.now))}; kepala: "
        f"{_named_people(present_staff(turn.session, d.agency_id, turn.now, (Role.HEAD,)))}" for d in open_ones)
    turn.say("staff_leader_swipe", reference=complaint.reference, holders=holders)
    return True


# A head asking who holds a complaint ("siapa yang pegang LPR-1?") or chasing it ("tolong lpr 1 dikerjakan segera"):
# told its officers, not shown a TL that would send the words to the citizen.
# Who (WHO_ASKED) holding it, in the region's words: "lpr 1 dipegang sopo?", "sinten ingkang ngasta?", "sapa nu
# nyekel lpr 1", "PIC lpr 1 siapa".
HOLDING = {"pegang", "megang", "dipegang", "pic", "picnya", "handle", "dihandle", "penanggung", "petugasnya",
           "ngasta", "ngastani", "diasta", "nyekel", "dicekel", "nyepeng", "dicepeng", "nyekeli"}
WHO_WORDS = WHO_ASKED | HOLDING


# A head handing a complaint to an officer in words ("lpr 1 tolong dipegang sari ya", "LPR-1 biar dihandle bu dewi").
HAND_WORDS = {"pegang", "dipegang", "pegangin", "handle", "dihandle", "handel", "dihandel", "tangani", "ditangani",
              "serahkan", "diserahkan", "kasih", "dikasih", "kasihkan", "limpahkan", "dilimpahkan", "alihkan",
              "dialihkan", "garap", "digarap", "urus", "diurus", "kerjakan", "dikerjakan",
              # passed on ("diteruskan ke eko", "oper ke dewi"): to an agency instead, it is returned (KEMBALIKAN)
              "teruskan", "diteruskan", "terusin", "diterusin", "oper", "dioper", "operkan", "dioperkan",
              # Javanese (krama "dipun asta", "dipuncepeng"; ngoko "dicekel", "diurusi") and Sundanese ("dicepeng")
              "asta", "dipunasta", "diasta", "cepeng", "dipuncepeng", "dicepeng", "dicekel", "cekel", "dicekeli",
              "diurusi", "urusi", "dipunurus", "dipuntangani", "digarapi"}
HAND_FILLER = HAND_WORDS | ASKING_TO | COURTESY | {"biar", "supaya", "agar", "saja", "aja", "ya", "yaa", "dong", "sama",
                                                   "oleh", "ke", "kpd", "kepada", "nanti", "ini", "itu", "yg", "yang",
                                                   # the region's: please, let, only, by
                                                   "nyuwun", "tulung", "tulungi", "mangga", "monggo", "dipun",
                                                   "kersane", "ben", "men", "wae", "bae", "mawon", "kemawon", "nggih",
                                                   "njih",
                                                   "ku", "ka", "ning", "dening", "punten"}


# The reason a head gives beside the officer's name ("…, budi lg byk kerjaan", "… soalnya eko lagi dinas luar"):
# the name is in the first clause before it that names anyone.
REASON_GIVEN = re.compile(r"\b(?:karena|krn|karna|soalnya|soale|sebab|sbb|berhubung|lantaran|mengingat)\b",
                          re.IGNORECASE)


# Someone said away beside the handover ("pak budi lg sakit, lpr 1 tolong dipegang sari"): not the one it goes to.
AWAY_SAID = {"sakit", "cuti", "izin", "ijin", "libur", "absen", "berhalangan", "halangan", "off"}


def _first_named(rest: str) -> str:
    """The words naming someone in `rest` (before a reason): the clause that hands it first ("… dipegang sari"),
    then the first other that names anyone and says nobody is away."""
    clauses = CLAUSE_BREAK.split(REASON_GIVEN.split(rest, maxsplit=1)[0])
    handing = [clause for clause in clauses if set(words(clause)) & HAND_WORDS]
    for clause in handing + [clause for clause in clauses if not set(words(clause)) & (HAND_WORDS | AWAY_SAID)]:
        if named := " ".join(w for w in words(clause) if w not in HAND_FILLER):
            return named
    return ""


def _sounds_handed(turn: StaffTurn) -> tuple[list[int], Contact] | None:
    """The complaints ("lpr 1 dan lpr 4 dihandle sari") and officer of a head's message that hands them to one of
    the agency's staff in words; ALIHKAN is asked about, not done."""
    text = turn.message.text
    found = _named_inside(text) if set(words(text)) & HAND_WORDS and not turn.message.replied_to_sid else None
    if found is None:
        return None
    numbers = _first_and_named(found[0], text)
    rest = found[1] if len(numbers) == 1 else re.sub(AND_WORDS, " ", NAMED.sub(" ", found[1]), flags=re.IGNORECASE)
    named = _first_named(rest)
    officer = handover._agency_member(turn, named) if named else None
    if officer is None and named:  # "tolong eko yang pegang lpr 1", Eko being another agency's: said so
        officer = handover.staff_elsewhere(turn, named)
    return (numbers, officer) if officer is not None and officer.phone else None


# An officer passing a complaint on to a colleague in words ("lpr 2 sy serahkan ke sari", "biar sari yg pegang"):
# only a head hands a disposition (ALIHKAN). Not the work done by someone ("sudah dikerjakan eko").
PASSED_ON = {"serahkan", "diserahkan", "oper", "dioper", "operkan", "dioperkan", "limpahkan", "dilimpahkan",
             "alihkan", "dialihkan", "pegang", "dipegang", "handle", "dihandle", "handel", "dihandel"}


def handed_in_words(turn: StaffTurn) -> bool:
    """Answers a complaint handed to a colleague in words: a head's is asked as ALIHKAN, an officer's is told only
    a head hands one (`officer_hands_over`); False for anything else."""
    if turn.role == Role.HEAD and (handed := _sounds_handed(turn)):
        _ask_handover(turn, *handed)
        return True
    return officer_hands_over(turn)


def officer_hands_over(turn: StaffTurn) -> bool:
    """Answers an officer's hand-over of a complaint to a colleague of the agency said in words: nothing is
    recorded nor sent to the citizen, the head's ALIHKAN is the way, the colleague's number given. False when
    the message is no such hand-over."""
    if turn.staff.role != Role.OFFICER or not set(words(turn.message.text)) & PASSED_ON:
        return False
    handed = _sounds_handed(turn)
    if handed is None or handed[1].id == turn.staff.id or handed[1].agency_id != turn.staff.agency_id:
        return False
    numbers, officer = handed
    turn.say("staff_officer_hands_over", reference=and_list([format_reference(n) for n in numbers]),
             first=format_reference(numbers[0]), name=officer.name or person_label(officer),
             phone=phone_label(officer.phone))
    return True


def _ask_handover(turn: StaffTurn, numbers: list[int], officer: Contact) -> None:
    """Asks whether to hand the complaints to the officer, those that are the agency's open dispositions; says why
    for the others ("lpr 3 tolong dihandle sari ya" for another agency's complaint is refused, not asked about)."""
    handed = []
    for number in numbers:
        complaint = complaints.by_number(turn.session, number)
        if complaint is None:
            _not_found(turn, number)
        elif _own_disposition(turn, complaint) is not None:
            handed.append(complaint.reference)
    if handed and officer.agency_id != turn.staff.agency_id:
        handover.say_elsewhere(turn, and_list(handed), officer)
    elif handed:
        _ask_to_confirm(turn, "ALIHKAN", f"{' '.join(handed)} {officer.phone}", "staff_confirm_handover",
                        reference=and_list(handed), name=person_label(officer))


# The complaint a head or officer was last told the holders of: a head's bare chase right after ("tolong segera",
# "mohon segera dikerjakan") is of it, not «Perintah tidak dikenali» nor a TL for the citizen
WHO_ASKED_KEY = "staff_who_asked"
WHO_ASKED_LIFETIME = timedelta(minutes=30)
BARE_CHASE = ASKING_TO | TO_BE_DONE | COURTESY | {"ya", "yaa", "dong", "pak", "bu", "dik", "mas", "mbak", "secepatnya",
                                                 "cepat", "cepet", "cpt", "ditindak", "lanjuti", "lanjut"}


def _chased_after_asking(turn: StaffTurn, typed: set[str]) -> tuple[int, str] | None:
    """The complaint (number, "") of a head's bare chase (`typed`: words of BARE_CHASE only, one of ASKING_TO among
    them) soon after being told who holds it; None otherwise."""
    if turn.staff.role != Role.HEAD or not typed & ASKING_TO or not typed <= BARE_CHASE:
        return None
    asked = _remembered(turn, WHO_ASKED_KEY, WHO_ASKED_LIFETIME)
    return (split_reference(asked["reference"])[0], "") if asked else None


def _head_chases(turn: StaffTurn) -> dict | None:
    """For a head's message about one of the agency's open dispositions that asks who holds it or chases it (an
    officer's that asks who holds it): what the reply says (the complaint and the officers at work on it, but the
    one asking); None for any other message."""
    text = turn.message.text
    typed = set(words(text))
    head = turn.staff.role == Role.HEAD
    chases = head and typed & ASKING_TO and typed & TO_BE_DONE  # an officer's is their TL
    # an officer's "siapa" is more often about the reporter ("nama pelapornya siapa?"): only "who holds it"
    chased = _chased_after_asking(turn, typed)  # "tolong segera" right after "siapa yg pegang lpr 1?"
    if not (typed & (WHO_WORDS if head else HOLDING) or chases or chased):
        return None
    number, _ = split_reference(marked_reference(text), bare=False)
    found = (number, "") if number is not None else reference_last(text) or mentioned_reference(text) or chased
    complaint = complaints.by_number(turn.session, found[0]) if found else None
    disposition = dispositions.disposition_for(complaint, turn.staff.agency_id) if complaint else None
    if disposition is None or disposition.status != DispositionStatus.OPEN:
        return None
    if not access.may_see_complaint(turn.staff, complaint):  # a conduct complaint naming the head: nothing of it,
        turn.say("staff_not_visible", reference=complaint.reference, agency=turn.staff.agency.name)  # not who holds
        return None  # it (nor ALIHKAN offered)
    from lapor.directory import officers_for

    holders = officers_for(turn.session, disposition, turn.now)
    officers = [o for o in holders if o.id != turn.staff.id]
    alone = t("staff_who_only_you") if turn.staff in holders else t("staff_head_nobody")
    names = _named_people(officers, alone)
    return {"reference": complaint.reference, "officers": names}
