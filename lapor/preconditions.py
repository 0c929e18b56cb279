"""Why a staff action cannot be taken on a complaint as it is now: one answer for the chat commands and the
dashboard's buttons (each function returns None when the action may go ahead, else the reason)."""

from __future__ import annotations

from lapor.access import may_see_identity
from lapor.bridge.privacy import asks_identity, requests_identity
from lapor.complaints import ARCHIVED, DONE, OPEN_STATUSES, TRANSITIONS
from lapor.dispositions import disposition_for
from models import Complaint, Disposition, DispositionStatus

NOT_YOURS = "not_yours"          # the agency has no disposition on it
DISPOSITION_CLOSED = "disposition_closed"  # the agency's disposition is answered, returned or withdrawn
CLOSED = "closed"                # the complaint is finished or archived
NO_REPORTER = "no_reporter"      # imported from SP4N-LAPOR!: no citizen on WhatsApp to ask
IN_PROGRESS = "in_progress"      # an agency has followed it up: it can no longer be merged away
IDENTITY_WITHHELD = "identity_withheld"  # an agency asking an anonymous reporter who they are


def agency_disposition(complaint: Complaint, agency_id: int | None) -> tuple[Disposition | None, str | None]:
    """The agency's open disposition to answer on (TL, SELESAI, INFO, KEMBALIKAN, SURVEI), or why there is none."""
    disposition = disposition_for(complaint, agency_id)
    if disposition is None:
        return None, NOT_YOURS
    if disposition.status != DispositionStatus.OPEN:
        return disposition, DISPOSITION_CLOSED
    return disposition, None


def why_not_dispose(complaint: Complaint) -> str | None:
    """A finished or archived complaint is dispositioned no more."""
    return CLOSED if complaint.status in (DONE, ARCHIVED) else None


def why_not_ask(complaint: Complaint) -> str | None:
    """A question (TUNDA, INFO) needs an open complaint and a citizen on WhatsApp."""
    if complaint.status not in OPEN_STATUSES:
        return CLOSED
    return NO_REPORTER if complaint.citizen_id is None else None


def why_not_ask_this(complaint: Complaint, asker, question: str) -> str | None:
    """A question that asks the reporter who they are (name, number, NIK, home) goes only from someone who may see
    their identity: an agency asking an `anonim` reporter would undo the choice with the answer."""
    if not may_see_identity(asker, complaint) and asks_identity(question):
        return IDENTITY_WITHHELD
    return None


def why_not_say_this(complaint: Complaint, sayer, text: str) -> str | None:
    """An agency's news to the reporter (TL, SELESAI, SURVEI) that asks who they are is held back as its INFO would
    be: the reporter's answer would undo an `anonim` choice."""
    if not may_see_identity(sayer, complaint) and requests_identity(text):
        return IDENTITY_WITHHELD
    return None


def why_not_archive(complaint: Complaint) -> str | None:
    """Only an open complaint that the lifecycle lets go to the archive is archived."""
    if complaint.status not in OPEN_STATUSES or ARCHIVED not in TRANSITIONS[complaint.status]:
        return CLOSED
    return None


def why_not_merge(complaint: Complaint) -> str | None:
    """A duplicate is merged only while open and not yet followed up by an agency."""
    if complaint.status not in OPEN_STATUSES:
        return CLOSED
    return IN_PROGRESS if ARCHIVED not in TRANSITIONS[complaint.status] else None
