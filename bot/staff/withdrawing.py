"""A verifier's TARIK: a disposition sent to the wrong agency taken back (and, with `KE <instansi>`, the complaint
sent where it belongs in the same step), and the same asked in words ("batalkan disposisi lpr-1", "LPR-1 salah
kirim")."""

from __future__ import annotations

import re

from bot.commands import words
from bot.messages import excerpt, short_date, t
from bot.staff.agencies import forward_names
from bot.staff.confirm import _ask_to_confirm
from bot.staff.finding import _not_found
from bot.staff.reading import _named_inside
from bot.staff.shown import answered_by, status_for_staff
from bot.staff.target import _target
from bot.staff.turn import ECHO_CHARS, StaffTurn
from lapor import complaints, dispositions
from lapor.agency_lookup import find_agencies
from lapor.audit import record_chat_action
from lapor.references import format_reference
from models import Agency, Complaint, Disposition, DispositionStatus

# "TARIK LPR-1 PUPR KE DLH": the agencies it is taken from, then the ones it goes to
TO_PART = re.compile(r"\s(?:ke|kepada|jadi|menjadi)\s", re.IGNORECASE)
FROM_FILLER = re.compile(r"^\W*(?:(?:lagi|lg|disposisi|disposisinya|dispo|disponya|dari|dr|drpd|daripada|yg|yang|"
                         r"di|ke|tadi|td)\b\W*)+", re.IGNORECASE)


def cmd_tarik(turn: StaffTurn) -> None:
    """Takes back the complaint's open dispositions from the agencies named (the only one when none is named): their
    readers are told it was sent by mistake, their reminders stop; with `KE <instansi>` it goes there at once."""
    found = _named_inside(turn.rest)
    if found is not None and found[1] != turn.rest:  # "tarik lagi lpr 1 dari pu": the complaint named inside
        turn.rest = f"{format_reference(found[0])} {found[1]}"
    complaint, text = _target(turn, "PUPR")
    if complaint is None:
        return
    parts = TO_PART.split(f" {text} ", maxsplit=1)
    taken_from, going_to = (parts[0], parts[1]) if len(parts) == 2 else (text, "")
    chosen = _chosen(turn, complaint, taken_from)
    if chosen is None:
        return
    targets = _agencies_named(turn, going_to) if going_to.strip() else []
    if targets is None:
        return
    done = dispositions.take_back(turn.session, complaint, chosen, turn.staff, t("tarik_reason"), turn.now,
                                  turn.svc.region, to=targets)
    for action, detail in done.actions:
        record_chat_action(turn.session, turn.staff, action, complaint, at=turn.now, **detail)
    codes = [d.agency.code for d in chosen]
    turn.say("tarik_done", reference=complaint.reference, agencies=", ".join(codes))
    turn.replies[-1] += "".join("\n" + line for line in where_now(complaint, done.made, turn.zone, "tarik_where_now"))


def _chosen(turn: StaffTurn, complaint: Complaint, typed: str) -> list[Disposition] | None:
    """The open dispositions to take back: the named agencies' (the only open one when none is named); None after
    saying why there is none."""
    held = [d for d in complaint.dispositions if d.status == DispositionStatus.OPEN]
    if not held:
        key = "tarik_not_forwarded" if complaint.status == complaints.NEW else "tarik_none_open"
        turn.say(key, reference=complaint.reference, status=status_for_staff(complaint))
        return None
    named = _agencies_named(turn, FROM_FILLER.sub("", typed)) if words(FROM_FILLER.sub("", typed)) else []
    if named is None:
        return None
    if not named and len(held) > 1:
        turn.say("tarik_which", reference=complaint.reference, agencies=", ".join(d.agency.code for d in held))
        return None
    chosen = [d for d in held if not named or d.agency_id in {a.id for a in named}]
    if not chosen and (gone := [d for d in dispositions.taken_back_from(complaint)
                                if d.agency_id in {a.id for a in named}]):  # the same TARIK sent again
        turn.say("tarik_already", reference=complaint.reference, agencies=", ".join(d.agency.code for d in gone),
                 when=short_date(gone[-1].closed_at, turn.zone), held=", ".join(d.agency.code for d in held))
        return None
    if not chosen:
        turn.say("tarik_not_there", reference=complaint.reference, agencies=", ".join(a.code for a in named),
                 held=", ".join(d.agency.code for d in held))
        return None
    return chosen


def _agencies_named(turn: StaffTurn, typed: str) -> list[Agency] | None:
    """The agencies a TARIK's words name; None after refusing a name the directory lacks."""
    found: list[Agency] = []
    for name in forward_names(turn.session, typed):
        agencies, _ = find_agencies(turn.session, name)
        if not agencies:
            turn.say("teruskan_unknown_agency", typed=excerpt(name, ECHO_CHARS))
            return None
        found.extend(agencies)
    return list({agency.id: agency for agency in found}.values())


def where_now(complaint: Complaint, made: list[Disposition], zone, waiting: str) -> list[str]:
    """Where a complaint taken back (TARIK) is now, the same words in the chat and on the page: each agency it went
    on to (by its deadline, or marked for SP4N-LAPOR! when outside the region), the agencies that still hold it,
    done when the others had all answered, else waiting for a verifier (`waiting`: how the reader forwards it)."""
    if made:
        return [sent_on(complaint, disposition, zone) for disposition in made]
    if complaint.status == complaints.DONE:
        return [t("tarik_finished", reference=complaint.reference, answered=answered_by(complaint))]
    held = [d.agency.code for d in complaint.dispositions
            if d.status in (DispositionStatus.OPEN, DispositionStatus.FORWARDED)]
    if held and complaint.status != complaints.NEW:
        return [t("tarik_still_held", reference=complaint.reference, agencies=", ".join(held))]
    return [t(waiting, reference=complaint.reference)]


def sent_on(complaint: Complaint, disposition: Disposition, zone) -> str:
    """Where a complaint taken back went (TARIK … KE): an agency of the region by its deadline; one outside it
    (forwarded through SP4N-LAPOR!) as TERUSKAN says it, with no deadline of the region's."""
    if disposition.status == DispositionStatus.FORWARDED:
        return t("teruskan_external", reference=complaint.reference, agency=disposition.agency.name)
    return t("tarik_sent_on", reference=complaint.reference, agency=disposition.agency.name,
             due=short_date(disposition.due_at, zone))


# Words taking a forward back with the complaint named ("batalkan disposisi lpr-1", "LPR-1 salah kirim", "cabut
# disposisi lpr1 dr pupr"): the withdrawal is asked about; an officer's "salah kirim" stays their return.
UNDOING = {"batal", "batalkan", "batalin", "tarik", "tarikkan", "cabut", "cabutkan", "cabutin", "anulir", "cancel"}
DISPOSITION_WORDS = {"disposisi", "disposisinya", "dispo", "disponya", "kiriman", "kirimannya"}
MISSENT = re.compile(r"\b(?:salah|slh|keliru)\s+(?:kirim|krm|dispo|disposisi|disposisinya|teruskan|terus|instansi)\b",
                     re.IGNORECASE)
WITHDRAWN_SAID_MAX_WORDS = 12
# ... unless where it should go is said ("lpr 1 salah dispo, harusnya ke pupr"): a move, asked by the forward's words
SHOULD_GO = {"harusnya", "seharusnya", "mestinya", "semestinya", "sebenarnya", "sebenernya", "maksudnya", "pindah",
             "pindahkan", "alihkan", "bener", "benar", "betul"}


def withdrawal_said(turn: StaffTurn) -> bool:
    """Asks a verifier whether to take back the disposition their words take back (TARIK); False for anything else."""
    text = turn.message.text
    typed = set(words(text))
    if len(words(text)) > WITHDRAWN_SAID_MAX_WORDS or typed & SHOULD_GO or not (
            typed & UNDOING and typed & DISPOSITION_WORDS or MISSENT.search(text)):
        return False
    found = _named_inside(text)
    if found is None:
        return False
    complaint = complaints.by_number(turn.session, found[0])
    if complaint is None:
        _not_found(turn, found[0])
        return True
    held = [d for d in complaint.dispositions if d.status == DispositionStatus.OPEN]
    named = _named_after(turn, found[1])
    chosen = [d for d in held if not named or d.agency_id in {a.id for a in named}]
    if len(chosen) != 1 and not named:
        turn.rest = complaint.reference  # none, or several: TARIK says which are held and how to name one
        _chosen(turn, complaint, "")
        return True
    if not chosen:
        _chosen(turn, complaint, " ".join(a.code for a in named))
        return True
    codes = ", ".join(d.agency.code for d in chosen)
    _ask_to_confirm(turn, "TARIK", f"{complaint.reference} {codes}", "staff_confirm_withdraw",
                    reference=complaint.reference, agencies=codes)
    return True


AGENCY_AFTER = re.compile(r"\b(?:dari|dr|ke|di)\s+(.+)$", re.IGNORECASE)


def _named_after(turn: StaffTurn, rest: str) -> list[Agency]:
    """The agencies named after "dari"/"ke" in a withdrawal said in words ("… dari pu"); none when nothing is."""
    after = AGENCY_AFTER.search(rest)
    if after is None:
        return []
    found: list[Agency] = []
    for name in forward_names(turn.session, after.group(1)):
        found.extend(find_agencies(turn.session, name)[0])
    return found
