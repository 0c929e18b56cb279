"""What staff are shown of a complaint, in a notice (bot.notices), STATUS or the dashboard: where it is, who
answered, what the citizen sent, how the reporter is named.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.messages import MAPS_LINK, STAFF_STATUS_NAMES, and_list, excerpt, received, reporter_label, short_date, t
from lapor import access
from lapor.media import kind_counts
from models import Complaint, Contact, DispositionStatus, TimelineEntry
from models.vocab import Event


def place_for_staff(complaint: Complaint) -> str:
    """Where it is, whole: the place as typed and, when the citizen shared a pin, its coordinates and a maps link."""
    place = complaint.location_text or "-"
    if complaint.latitude is None or complaint.longitude is None:
        return place
    coordinates = {"latitude": complaint.latitude, "longitude": complaint.longitude}
    return t("staff_pin", place=place, link=MAPS_LINK.format(**coordinates), **coordinates)


def status_for_staff(complaint: Complaint) -> str:
    """The complaint's status in staff's words; a merged duplicate (archived by GABUNG) names the complaint it went
    into and that one's status, never "tidak diproses" as if dropped."""
    if complaint.parent is not None:
        return t("staff_status_merged", parent=complaint.parent.reference,
                 status=STAFF_STATUS_NAMES[complaint.parent.status])
    return STAFF_STATUS_NAMES[complaint.status]


def answered_by(complaint: Complaint) -> str:
    """The agencies that gave the complaint a final answer, by code ("SATPOLPP dan DLH")."""
    return and_list([d.agency.code for d in complaint.dispositions if d.status == DispositionStatus.FINAL]) or "-"


def attachments_for_staff(complaint: Complaint) -> str:
    """What the citizen filed with the complaint and sent since (answers, additions), counted by kind (each item
    follows the notice on its own)."""
    types = [m.content_type for m in complaint.media]
    types += [m.get("content_type") or "image/jpeg" for entry in citizen_additions(complaint)
              for m in entry.media or []]
    if not types:
        return t("staff_attachments_none")
    return t("staff_attachments", received=received(kind_counts(types)))


# What the citizen sent after filing: answers to questions (TUNDA, INFO) and additions (LPR-n tambahan …).
CITIZEN_ADDITIONS = (Event.CITIZEN_ANSWER, Event.EVIDENCE, Event.WITHDRAWAL)
ADDITIONS_SHOWN, ADDITION_CHARS, QUESTION_CHARS = 5, 300, 80


def citizen_additions(complaint: Complaint) -> list[TimelineEntry]:
    """The citizen's answers and additions to the complaint, oldest first."""
    return [entry for entry in complaint.timeline if entry.event in CITIZEN_ADDITIONS and (entry.text or entry.media)]


def additions_for_staff(complaint: Complaint, zone: ZoneInfo) -> str:
    """The citizen's answers and additions, briefly (the latest few, each cut short, answers with their question),
    as lines for a staff notice or STATUS; "" when there are none. Never the reporter's identity."""
    lines, question = [], ""
    for entry in complaint.timeline:
        if entry.event == Event.QUESTION:
            question = entry.text or ""
        if entry.event not in CITIZEN_ADDITIONS or not (entry.text or entry.media):
            continue
        media = f" [{received(kind_counts(m.get('content_type') or 'image/jpeg' for m in entry.media))}]" \
            if entry.media else ""
        key = "staff_addition_answer" if entry.event == Event.CITIZEN_ANSWER and question else "staff_addition"
        lines.append(t(key, when=short_date(entry.at, zone), question=excerpt(question, QUESTION_CHARS),
                       text=excerpt(entry.text or "-", ADDITION_CHARS), media=media))
    if not lines:
        return ""
    earlier = len(lines) - ADDITIONS_SHOWN
    shown = ([t("staff_additions_more", count=earlier, reference=complaint.reference)] if earlier > 0 else []) \
        + lines[-ADDITIONS_SHOWN:]
    return t("staff_additions", lines="\n".join(shown))


def reporter_for(reader: Contact, complaint: Complaint) -> str:
    """How the reporter is shown to a staff reader (what the reader may see is `lapor.access`'s rule)."""
    return reporter_label(access.reporter_seen_by(reader, complaint))
