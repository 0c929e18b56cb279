"""The command table: who may use each command and what runs (`COMMANDS`), and what a role sends instead of another
role's command. BANTUAN lists a role's commands.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot import handover
from bot.messages import REFERENCE_PLACEHOLDER, t
from bot.staff.limits import cmd_bukabatas
from bot.staff.lists import cmd_antrean, cmd_daftar, cmd_rekap
from bot.staff.officer import cmd_info, cmd_kembalikan, cmd_selesai, cmd_survei, cmd_tl
from bot.staff.officer_words import returned_instead
from bot.staff.reminding import cmd_ingatkan
from bot.staff.status import cmd_status
from bot.staff.turn import (
    LEADER_ROLES,
    LOOKING_ROLES,
    OFFICER_ROLES,
    QUEUE_ROLES,
    ROLE_NAMES,
    VERIFIER_ROLES,
    StaffTurn,
    _named_people,
)
from bot.staff.verifier import cmd_arsipkan, cmd_gabung, cmd_nomorbaru, cmd_teruskan, cmd_tunda
from bot.staff.verifier_words import rerouted
from bot.staff.withdrawing import cmd_tarik
from lapor.references import format_reference, split_reference
from models.vocab import Role


def _asked_as_own_role(command: str, role: str) -> str:
    """INFO and TUNDA both ask the citizen: a verifier's INFO is their TUNDA, an officer's TUNDA their INFO (or they
    are told TL, to put it off)."""
    if command == "INFO" and role in VERIFIER_ROLES:
        return "TUNDA"
    if command == "TUNDA" and role in OFFICER_ROLES:
        return "INFO"
    return command


def _refuse(turn: StaffTurn, command: str, roles, rest: str) -> None:
    """A command of another role: refused, with what this role sends instead when there is such a command."""
    from bot.staff import worded
    from bot.staff.leader_words import _ask_handover

    if command == "TERUSKAN" and turn.role == Role.HEAD and (handed := worded.forwarded_to_colleague(turn, rest)):
        _ask_handover(turn, *handed)  # "disposisi lpr 1 ke dewi": the agency's own officer, handed over
        return
    if command == "ALIHKAN" and turn.role == Role.VERIFIER and rerouted(turn, rest):
        return  # "lpr 1 alihkan ke dinas pu": sent to that agency, asked about
    if command == "ALIHKAN" and turn.role in OFFICER_ROLES and returned_instead(turn):
        return  # an officer's "lpr1 pindahin ke pupr aja": returned to the verifier, asked about
    turn.say("staff_not_allowed", command=WRITTEN.get(command, command), who=ROLE_NAMES[roles])
    if command == "INGATKAN" and turn.role in OFFICER_ROLES and (held := _held_by(turn, rest)):
        turn.replies[-1] += "\n" + held  # "tolong ingatkan petugas lpr 1": who holds it, to reach them
        return
    if instead := INSTEAD[turn.staff.role].get(command):
        number = split_reference(rest)[0]
        turn.replies[-1] += "\n" + t(instead, reference=format_reference(number) if number else REFERENCE_PLACEHOLDER)


WRITTEN = {"BUKABATAS": "BUKA BATAS"}  # commands named in a reply as staff type them (BANTUAN lists them so)


def _held_by(turn: StaffTurn, rest: str) -> str:
    """For an agency's INGATKAN naming one of its open complaints: who holds it (its officers at work); "" else."""
    from lapor import complaints, dispositions
    from lapor.directory import officers_for
    from lapor.references import numbers_named
    from models import DispositionStatus

    numbers = numbers_named(rest)
    complaint = complaints.by_number(turn.session, numbers[0]) if len(numbers) == 1 else None
    disposition = dispositions.disposition_for(complaint, turn.staff.agency_id) if complaint is not None else None
    if disposition is None or disposition.status != DispositionStatus.OPEN:
        return ""
    officers = [o for o in officers_for(turn.session, disposition, turn.now) if o.id != turn.staff.id]
    return t("staff_officer_who", reference=complaint.reference,
             officers=_named_people(officers, t("staff_who_only_you")))


def cmd_bantuan(turn: StaffTurn) -> None:
    """Lists the commands of this staff member's role."""
    role = turn.staff.role
    extra = {Role.OFFICER: ("staff_help_cuti",), Role.HEAD: ("staff_help_head",),
             Role.SUPERVISOR: ("staff_help_antrean", "staff_help_ingatkan")}
    if role in OFFICER_ROLES:
        turn.say("staff_help_officer", agency=turn.staff.agency.code if turn.staff.agency else "")
    if role == Role.VERIFIER:
        turn.say("staff_help_verifier")
    if role in LEADER_ROLES:
        turn.say("staff_help_supervisor")
    for key in extra.get(role, ()):
        turn.replies[-1] += "\n" + t(key)


# What a role sends instead of another role's command: an officer cannot forward but can give it back, a verifier
# cannot answer for an agency but can follow it (an officer's TUNDA is their INFO: `_asked_as_own_role`).
_AGENCY_INSTEAD = {"TERUSKAN": "staff_instead_return", "TARIK": "staff_instead_return",
                   "ARSIPKAN": "staff_instead_return", "GABUNG": "staff_instead_return", "REKAP": "staff_instead_list",
                   "ANTREAN": "staff_instead_list", "ALIHKAN": "staff_instead_head", "INGATKAN": "staff_instead_list"}
_FOLLOWING = dict.fromkeys(["TL", "SELESAI", "INFO", "KEMBALIKAN", "SURVEI", "ALIHKAN"], "staff_instead_status")
INSTEAD = {Role.OFFICER: _AGENCY_INSTEAD, Role.HEAD: _AGENCY_INSTEAD,
           Role.VERIFIER: {**_FOLLOWING, "REKAP": "staff_instead_queue", "ALIHKAN": "staff_instead_reroute"},
           Role.SUPERVISOR: {**_FOLLOWING, **dict.fromkeys(["TERUSKAN", "TUNDA", "ARSIPKAN", "GABUNG", "TARIK"],
                                                           "staff_instead_verifier")}}


@dataclass(frozen=True)
class Command:
    """A staff command: who may use it and what runs."""

    roles: tuple[str, ...]
    run: Callable[[StaffTurn], None]


COMMANDS: dict[str, Command] = {
    "TL": Command(OFFICER_ROLES, cmd_tl),
    "SELESAI": Command(OFFICER_ROLES, cmd_selesai),
    "INFO": Command(OFFICER_ROLES, cmd_info),
    "KEMBALIKAN": Command(OFFICER_ROLES, cmd_kembalikan),
    "SURVEI": Command(OFFICER_ROLES, cmd_survei),
    "DAFTAR": Command(LOOKING_ROLES, cmd_daftar),
    "STATUS": Command(LOOKING_ROLES, cmd_status),
    "TERUSKAN": Command(VERIFIER_ROLES, cmd_teruskan),
    "TUNDA": Command(VERIFIER_ROLES, cmd_tunda),
    "ARSIPKAN": Command(VERIFIER_ROLES, cmd_arsipkan),
    "GABUNG": Command(VERIFIER_ROLES, cmd_gabung),
    "NOMORBARU": Command(VERIFIER_ROLES, cmd_nomorbaru),
    "ANTREAN": Command(QUEUE_ROLES, cmd_antrean),
    "REKAP": Command(LEADER_ROLES, cmd_rekap),
    "BANTUAN": Command(LOOKING_ROLES, cmd_bantuan),
}

COMMANDS["ALIHKAN"] = Command((Role.HEAD,), handover.cmd_alihkan)
COMMANDS["INGATKAN"] = Command(QUEUE_ROLES, cmd_ingatkan)  # an agency's officers reminded of what waits
COMMANDS["CUTI"] = Command(LOOKING_ROLES, handover.cmd_cuti)  # verifiers and supervisors: their own leave
COMMANDS["TARIK"] = Command(VERIFIER_ROLES, cmd_tarik)  # a disposition sent by mistake taken back
COMMANDS["BUKABATAS"] = Command(VERIFIER_ROLES, cmd_bukabatas)  # a number's budget of new complaints lifted
