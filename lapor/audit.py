"""The audit log's writer: who did what to which complaint, when and from where (Flask-free, so that any door,
web or chat, records the same way). The chat's address is `whatsapp`; the web's is the caller's IP address."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy.orm import Session

from lapor import access
from models import AuditEntry, Complaint

PROTECTED = ("anonim", "rahasia")  # privacy levels whose reporter's identity is logged when shown


class AuditAction(StrEnum):
    """What the log records besides complaint actions (those are named by their command: `teruskan`, `tl`…)."""

    LOGIN = "login"
    LOGOUT = "logout"
    IDENTITY_VIEW = "identity_view"
    EXPORT = "ekspor"  # a download that held protected reporters' identities
    IDENTITY_SEARCH = "cari_identitas"  # a search that found protected complaints by their reporter
    STAND_IN_PAGE = "halaman_plh"  # a head's page opened by their stand-in (Plh) while the head is on leave


class SystemAction(StrEnum):
    """Changes the product makes by itself (staff's own are named by their command; SP4N-LAPOR!'s forwarding and
    archiving by `teruskan` and `arsipkan`, as a person's)."""

    AUTO_CLOSE = "tutup_otomatis"  # a finished complaint its citizen did not react to, closed for good
    WAIT_LAPSED = "tunggu_habis"  # a question unanswered too long stops holding the complaint
    LAPOR = "lapor"  # a complaint created or moved forward from SP4N-LAPOR! (its export or its status pull)
    LAPOR_RECORDED = "lapor_tercatat"  # a complaint's SP4N-LAPOR! tracking ID stored (a file, or LAPOR's answer)
    REMASKED = "samarkan_ulang"  # an anonymous complaint's stored texts masked again with today's rules (CLI)


CHAT = "whatsapp"  # the chat's address in the log (the web's is the caller's IP address)
SYSTEM = "sistem"  # what the product does by itself: the scheduler, the SP4N-LAPOR! status pull
CLI = "cli"  # an operator's `flask --app app …` command (a directory or SP4N-LAPOR! import): no staff member
AUTOMATIC = (SYSTEM, CLI)  # addresses of entries without a staff member: /audit names their actor «Sistem»
MAX_LOGGED_REFERENCES = 100  # an export's entry names this many complaints, then only counts them


def record(session: Session, action: str, *, actor_id: int | None, at: datetime, address: str = "",
           complaint_id: int | None = None, **detail) -> AuditEntry:
    """Add one entry to the log (the caller's transaction commits it with what it records)."""
    entry = AuditEntry(action=str(action), actor_id=actor_id, at=at, address=address[:64],
                       complaint_id=complaint_id, detail=detail)
    session.add(entry)
    return entry


def record_chat_action(session: Session, staff, action: str, complaint: Complaint, *, at: datetime,
                       **detail) -> AuditEntry:
    """Record a staff command done on WhatsApp (TERUSKAN, TL…) as the dashboard records the same action
    (`web.audit.log_action`: the action's name, the complaint, the same details), from the address `whatsapp`:
    the log listed the dashboard's actions only, and most are done in the chat."""
    return record(session, action, actor_id=staff.id, at=at, address=CHAT, complaint_id=complaint.id, **detail)


def record_system(session: Session, action: str, complaint: Complaint | None = None, *, at: datetime,
                  address: str = SYSTEM, **detail) -> AuditEntry:
    """Record a change nobody on the staff made (an auto-close, a status from SP4N-LAPOR!, a directory import from
    the command line), in the transaction that makes it: the log claimed every action but held only people's."""
    return record(session, action, actor_id=None, at=at, address=address,
                  complaint_id=complaint.id if complaint is not None else None, **detail)


def record_identity_view(session: Session, reader, complaint: Complaint, *, at: datetime,
                         address: str = "") -> AuditEntry | None:
    """Record that `reader` was shown the reporter of an anonim or rahasia complaint (nothing for a `biasa` one, or
    when the identity is withheld from this reader: then nothing was seen)."""
    if complaint.privacy not in PROTECTED or not access.may_see_identity(reader, complaint):
        return None
    return record(session, AuditAction.IDENTITY_VIEW, actor_id=reader.id, at=at, address=address,
                  complaint_id=complaint.id, privacy=complaint.privacy)


def protected_identities(reader, complaints) -> list[Complaint]:
    """The anonim and rahasia complaints among `complaints` whose reporter this reader is shown."""
    return [c for c in complaints if c.privacy in PROTECTED and access.may_see_identity(reader, c)]


def record_export(session: Session, reader, complaints, *, at: datetime, address: str = "", file: str = "",
                  filters: str = "") -> AuditEntry | None:
    """Record that `reader` downloaded a list showing the reporters of these anonim or rahasia complaints: how many,
    which (the first MAX_LOGGED_REFERENCES), the file and the list's filters (its query string, in the order typed);
    nothing when none was shown."""
    shown = protected_identities(reader, complaints)
    if not shown:
        return None
    references = [c.reference for c in shown]
    return record(session, AuditAction.EXPORT, actor_id=reader.id, at=at, address=address, file=file,
                  count=len(shown), references=references[:MAX_LOGGED_REFERENCES], filters=filters)


def record_identity_search(session: Session, reader, complaints, *, at: datetime, address: str = "",
                           query: str = "") -> AuditEntry | None:
    """Record that a search of `reader` found these anonim or rahasia complaints by their reporter's name or number
    (what was typed, and which); nothing when it found none that way."""
    shown = protected_identities(reader, complaints)
    if not shown:
        return None
    return record(session, AuditAction.IDENTITY_SEARCH, actor_id=reader.id, at=at, address=address, query=query[:100],
                  count=len(shown), references=[c.reference for c in shown][:MAX_LOGGED_REFERENCES])
