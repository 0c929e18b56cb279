"""What people are told when something happens to a complaint: domain events turned into outbox messages.

Privacy: messages to agencies and supervisors show the reporter through `reporter_for`, which asks
`lapor.access` (the rules the web uses too): never an anonymous reporter's name or number; only verifiers see numbers.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bot import outbox, prompts
from bot.accused import accused_staff
from bot.conversation import is_filing
from bot.messages import (
    KIND_NAMES,
    PRIVACY_NAMES,
    and_list,
    deadline_words,
    excerpt,
    person_label,
    phone_label,
    short_date,
    t,
)
from bot.outbox import QUEUED_COLUMNS, enqueue
from bot.promised import promised_words
from bot.reminders import first_time, heads_accused, heads_or_above, holders_line
from bot.staff.shown import (
    additions_for_staff,
    answered_by,
    attachments_for_staff,
    citizen_additions,
    place_for_staff,
    reporter_for,
)
from bot.staff.turn import OFFICER_ROLES
from lapor import access, complaints, dispositions, stats
from lapor.bridge.privacy import safe_title, strip_nik
from lapor.directory import (
    REGION_WIDE_ROLES,
    back_from_leave,
    not_accused,
    officers_for,
    present_staff,
    readers_for,
    region_readers,
    start_due_leave,
    verifiers_unreachable,
)
from lapor.dispositions import agency_dispositions, citizens_to_tell, taken_back_from, withdrawn
from lapor.events import (
    ComplaintArchived,
    ComplaintMerged,
    ComplaintReopened,
    Dispositioned,
    DispositionHandedOver,
    DispositionReturned,
    DispositionWithdrawn,
    EvidenceAdded,
    FollowUpGiven,
    NewNumberClaimed,
    PrivacyTightened,
    QuestionAnswered,
    QuestionAsked,
    ReporterMoved,
    StaffAway,
    StaffChanged,
    StaffClaimed,
    StaffStopped,
    StatusChanged,
    StoryOverLimit,
)
from lapor.ladders import batched_rungs
from models import (
    Complaint,
    ComplaintFollower,
    Contact,
    Conversation,
    Disposition,
    DispositionStatus,
    OutboxMessage,
    OutboxStatus,
    Question,
    TimelineEntry,
)
from models.vocab import Event, Purpose, Role
from services import calendar_of, services, settings_of, zone_of


def init_app(app) -> None:
    """Subscribe the notices to the app's domain events."""
    for event_type, handler in SUBSCRIPTIONS.items():
        services(app).events.subscribe(event_type, handler)


def _date(session: Session, moment) -> str:
    """A date in a notice, in the time zone of the app the session belongs to."""
    return short_date(moment, zone_of(session)) if moment else "-"


def _send(session: Session, contact: Contact, body: str, *, purpose: str, complaint: Complaint, key: str,
          at, media: list[dict] | None = None) -> None:
    enqueue(session, contact.address, body, purpose=purpose, subject=("complaint", complaint.id),
            media_urls=[m["url"] for m in media or []], dedupe_key=_key(key, contact), now=at)


def _key(key: str, contact: Contact) -> str:
    """The outbox key of a notice to one person."""
    return f"{key}:{contact.id}"


def _staff(session: Session, role: str, agency_id: int | None = None) -> list[Contact]:
    query = select(Contact).where(Contact.role == role, Contact.active.is_(True))
    if agency_id is not None:
        query = query.where(Contact.agency_id == agency_id)
    return list(session.scalars(query.order_by(Contact.id)))


def _conversation(session: Session, contact: Contact) -> Conversation:
    """The contact's conversation, read under the lock their own messages are handled under (see
    lapor.complaints.for_change): a question or a rating prompt set here never races a message being handled."""
    complaints.lock_contact(session, contact.id)
    conversation = session.scalars(select(Conversation).where(Conversation.contact_id == contact.id)
                                   .execution_options(populate_existing=True)).one_or_none()
    if conversation is None:
        # Nothing queued yet: a new conversation is not one from before prompts (see bot.prompts.settle).
        conversation = Conversation(contact=contact, state="idle", data={"prompts": []})
        session.add(conversation)
        session.flush()
    return conversation


# New complaint → verifiers ---------------------------------------------------------------------------

def suggestions(session: Session, complaint: Complaint) -> list:
    """The routing engine's ranked agencies for a complaint (empty when it abstains), kept on the complaint so
    that `TERUSKAN LPR-12 1` takes what the verifier was shown."""
    from lapor.directory import router_for
    from lapor.routing import complaint_text

    ranked = router_for(session).suggest(complaint_text(complaint.description, complaint.location_text))
    complaint.routing_suggestions = [{"code": s.code, "score": s.score, "reason": s.reason} for s in ranked]
    return ranked


def _suggestion_lines(ranked: list) -> str:
    lines = []
    for number, s in enumerate(ranked, 1):
        key = "verifier_suggestion_item" if s.reason else "verifier_suggestion_item_plain"
        lines.append(t(key, number=number, code=s.code, score=f"{s.score:.0%}", reason=s.reason))
    return "\n".join(lines)


ANNOUNCE_BATCH = 100


def announce_new_complaints(session: Session, now, limit: int = ANNOUNCE_BATCH) -> int:
    """Tell every verifier about each complaint not announced yet, with suggested agencies and duplicates.

    Run by the scheduler, not in the citizen's request: routing and the duplicate search read the open
    complaints, and the citizen's KIRIM must stay fast however many there are. The scoring runs first, holding
    no row lock (a verifier's TERUSKAN on one of these complaints never waits for it); then the batch is claimed
    with SKIP LOCKED, checked again and announced. The outbox keys make a repeated pass harmless. Returns how
    many complaints were claimed.

    One number's complaints are announced at most once in the region's `notice_burst_minutes`: the first at once,
    those filed meanwhile wait (unclaimed, unscored) and then go together in one notice (`_held_back`).
    """
    waiting = session.scalars(select(Complaint).where(Complaint.announced_at.is_(None))
                              .order_by(Complaint.id).limit(limit)).all()
    if not waiting:  # the pass of almost every tick: one query
        return 0
    verifiers = region_readers(session, Role.VERIFIER, now)
    if not verifiers:  # nobody to tell yet: the complaints wait for the directory to name a verifier
        return 0
    held = _held_back(session, waiting, now)
    waiting = [complaint for complaint in waiting if complaint.id not in held]
    findings = {complaint.id: _findings(session, complaint) for complaint in waiting
                if complaint.status in (complaints.NEW, complaints.ON_HOLD)}
    claimed = session.scalars(select(Complaint).where(Complaint.id.in_([c.id for c in waiting]),
                                                      Complaint.announced_at.is_(None))
                              .order_by(Complaint.id).with_for_update(skip_locked=True)
                              .execution_options(populate_existing=True)).all()
    told = []
    for complaint in claimed:
        waits = complaint.status in (complaints.NEW, complaints.ON_HOLD)
        if waits and complaint.id not in findings:
            continue  # it came back to the verifiers while this pass scored: the next pass announces it
        complaint.announced_at = now
        if not waits:
            continue  # nothing waits for a verifier: one forwarded it from ANTREAN, or SP4N-LAPOR! had it handled
        ranked, duplicates = findings[complaint.id]
        complaint.duplicate_suggestions = [{"number": other.number, "score": round(score)}
                                           for other, score in duplicates]
        told.append(complaint)
    grouped = settings_of(session).notice_burst_minutes > 0
    for group in _by_citizen(told) if grouped else [[complaint] for complaint in told]:
        _announce(session, verifiers, group, findings, now)
        _release_over_limit(session, group, now)
    return len(claimed)


def _held_back(session: Session, waiting: list[Complaint], now) -> set[int]:
    """The ids of the waiting complaints whose number the verifiers heard of less than the region's
    `notice_burst_minutes` ago: they wait for the next notice about that number. Heard of: told in a notice (its
    `duplicate_suggestions` are written then, [] for none), not a complaint forwarded from ANTREAN before its notice,
    which is marked announced all the same and told nobody anything."""
    burst = timedelta(minutes=settings_of(session).notice_burst_minutes)
    citizens = {complaint.citizen_id for complaint in waiting if complaint.citizen_id is not None}
    if not burst or not citizens:
        return set()
    recent = set(session.scalars(select(Complaint.citizen_id).where(
        Complaint.citizen_id.in_(citizens), Complaint.announced_at > now - burst,
        Complaint.duplicate_suggestions.is_not(None)).distinct()))
    if recent:  # a number past its budget of new complaints can add none to its burst: it waits for nothing
        recent -= set(session.scalars(select(Complaint.citizen_id).join(TimelineEntry).where(
            Complaint.id.in_([c.id for c in waiting if c.citizen_id in recent]),
            TimelineEntry.event == Event.OVER_LIMIT).distinct()))
    return {complaint.id for complaint in waiting if complaint.citizen_id in recent}


def _by_citizen(told: list[Complaint]) -> list[list[Complaint]]:
    """The complaints announced in one pass, one group per number (oldest first); one without a number alone."""
    groups: dict = {}
    for complaint in told:
        groups.setdefault(complaint.citizen_id or f"alone:{complaint.id}", []).append(complaint)
    return list(groups.values())


def _announce(session: Session, verifiers: list[Contact], group: list[Complaint], findings: dict, now) -> None:
    """Tell every verifier about one number's new complaints: one alone with its full notice, several (a burst)
    together in one."""
    if len(group) == 1:
        [complaint] = group
        ranked, duplicates = findings[complaint.id]
        media, accused = _evidence(complaint), accused_staff(session, complaint)
        for verifier in verifiers:
            _send(session, verifier, _verifier_notice(verifier, complaint, ranked, duplicates, accused),
                  purpose=Purpose.VERIFICATION, complaint=complaint, key=f"new:{complaint.id}", at=now, media=media)
        return
    accused = {complaint.id: accused_staff(session, complaint) for complaint in group[:BURST_LISTED]}
    for verifier in verifiers:  # no subject: a TERUSKAN of one of them must not take the notice of the others back
        enqueue(session, verifier.address, _burst_notice(verifier, group, findings, accused),
                purpose=Purpose.VERIFICATION,
                dedupe_key=_key(f"new-burst:{group[0].id}", verifier), now=now)


def _burst_notice(verifier: Contact, group: list[Complaint], findings: dict, accused: dict | None = None) -> str:
    """One notice for a number's complaints filed close together: a line each, with its first suggestion, and the
    staff a complaint about conduct names (`accused`, by complaint id: the warning a lone notice carries)."""
    items = []
    for number, complaint in enumerate(group[:BURST_LISTED], 1):
        ranked, duplicates = findings[complaint.id]
        suggestion = t("verifier_burst_suggestion", code=ranked[0].code, score=f"{ranked[0].score:.0%}") \
            if ranked else ""
        similar = t("verifier_burst_duplicates",
                    duplicates=", ".join(other.reference for other, _ in duplicates[:2])) if duplicates else ""
        named = (accused or {}).get(complaint.id)
        warning = t("verifier_burst_accused", names=_accused_names(named)) if named else ""
        items.append(t("verifier_burst_item", number=number, reference=complaint.reference,
                       kind=KIND_NAMES[complaint.kind], title=excerpt(complaint.description, 60),
                       place=excerpt(place_for_staff(complaint), 40), suggestion=suggestion, duplicates=similar)
                     + warning)
    if len(group) > BURST_LISTED:
        items.append(t("verifier_burst_more", more=len(group) - BURST_LISTED))
    return t("verifier_burst", count=len(group), reporter=reporter_for(verifier, group[0]), items="\n".join(items),
             reference=group[0].reference)


BURST_LISTED = 6  # lines of one burst notice (each about 200 characters at most: the notice stays one message)


def _findings(session: Session, complaint: Complaint) -> tuple[list, list]:
    """The suggested agencies and the likely duplicates of a complaint (reads only: no lock is taken)."""
    from lapor.duplicates import find_duplicates

    return suggestions(session, complaint), find_duplicates(session, complaint, complaint.created_at)


def _verifier_notice(verifier: Contact, complaint: Complaint, ranked: list, duplicates: list,
                     accused: list[Contact] = ()) -> str:
    lines = [t("verifier_new_complaint", reference=complaint.reference, kind=KIND_NAMES[complaint.kind],
               privacy=PRIVACY_NAMES[complaint.privacy], description=complaint.description,
               place=place_for_staff(complaint), attachments=attachments_for_staff(complaint),
               reporter=reporter_for(verifier, complaint))]
    lines.append(t("verifier_suggestion", suggestions=_suggestion_lines(ranked), reference=complaint.reference)
                 if ranked else t("verifier_no_suggestion"))
    if duplicates:
        listed = ", ".join(f"{other.reference} ({score:.0f}%)" for other, score in duplicates)
        lines.append(t("verifier_duplicates", duplicates=listed, reference=complaint.reference))
    if accused:
        lines.append(t("verifier_staff_accused", names=_accused_names(accused)))
    lines.append(t("verifier_reply_hint", reference=complaint.reference))
    return "\n".join(lines)


def _accused_names(accused: list[Contact]) -> str:
    """The staff a complaint about conduct names, each with their agency ("Dewi (DLH) dan Yusuf (DLH)")."""
    return and_list([p.name if "(" in (p.name or "") else f"{p.name} ({p.agency.code})" for p in accused])


# Disposition → officers and the citizen -------------------------------------------------------------

def on_dispositioned(session: Session, event: Dispositioned) -> None:
    """Tell the agency's officers what to do and by when, and the citizen where the complaint went."""
    disposition = session.get(Disposition, event.disposition_id)
    complaint = disposition.complaint
    batch = _same_batch(disposition, event.batch)
    if batch[0].id == disposition.id:  # one notice to the citizen for the agencies forwarded to at once
        key = "forwarded" if disposition.status == DispositionStatus.FORWARDED else "dispositioned"
        names = and_list(sorted(d.agency.name for d in batch))  # the same words whichever was made first
        wrong = and_list(sorted({d.agency.name for d in taken_back_from(complaint)} - {d.agency.name for d in batch}))
        for citizen in citizens_to_tell(complaint):
            moved = key == "dispositioned" and wrong and _told_forwarded(session, citizen, complaint)
            _send(session, citizen, t("citizen_dispositioned_moved" if moved else f"citizen_{key}",
                                      reference=complaint.reference, agency=names, previous=wrong,
                                      due=_date(session, disposition.due_at)),
                  purpose=Purpose.DISPOSITIONED, complaint=complaint, key=f"disp:{disposition.id}", at=event.at)
    if disposition.status == DispositionStatus.OPEN:
        _tell_readers(session, disposition, event.at)


def _told_forwarded(session: Session, citizen: Contact, complaint: Complaint) -> bool:
    """Whether the citizen was already told (or is about to be) where their complaint went: a correction then says
    where it is handled now, never "verified and forwarded" again."""
    return session.scalar(select(OutboxMessage.id).where(
        OutboxMessage.recipient.in_(citizen.addresses), OutboxMessage.purpose == Purpose.DISPOSITIONED,
        OutboxMessage.subject_type == "complaint", OutboxMessage.subject_id == complaint.id,
        OutboxMessage.status != OutboxStatus.SKIPPED).limit(1)) is not None


def on_disposition_withdrawn(session: Session, event: DispositionWithdrawn) -> None:
    """A verifier took a disposition back (sent by mistake): its notices and reminders not sent yet are taken back;
    its readers who saw it are told they need do nothing; the citizen's notice still waiting (held for the night) is
    taken back too, so that only the right one goes (`_told_forwarded`)."""
    disposition = session.get(Disposition, event.disposition_id)
    complaint, agency = disposition.complaint, disposition.agency
    reason = "a verifier took the disposition back before the notice went out"
    staff = [c.address for c in session.scalars(select(Contact).where(Contact.agency_id == agency.id))]
    taken = outbox.take_back(session, reason, OutboxMessage.dedupe_key.like(f"disp:{disposition.id}:%"),
                             OutboxMessage.purpose == Purpose.DISPOSITION)
    outbox.cancel_about(session, tuple(staff), Purpose.REMINDER, ("complaint", complaint.id), reason)
    unseen = {row.recipient for row in taken if row.body and row.part_of is None}
    body = t("officer_withdrawn_mistake", reference=complaint.reference, agency=agency.code)
    for reader in readers_for(session, disposition, event.at):
        if reader.address not in unseen:
            _send(session, reader, body, purpose=Purpose.WITHDRAWN, complaint=complaint,
                  key=f"withdrawn:{disposition.id}", at=event.at)
    _citizen_notice_taken_back(session, complaint, event.at, reason)


def _citizen_notice_taken_back(session: Session, complaint: Complaint, at, reason: str) -> None:
    """Takes back the citizen's notice of the forward still waiting; the agencies that keep the complaint are named
    in a new one."""
    taken = outbox.cancel_about(session, None, Purpose.DISPOSITIONED, ("complaint", complaint.id), reason)
    still = [d for d in complaint.dispositions if d.status == DispositionStatus.OPEN]
    if not taken or not still:
        return
    names = and_list(sorted(d.agency.name for d in still))
    for citizen in citizens_to_tell(complaint):
        _send(session, citizen, t("citizen_dispositioned", reference=complaint.reference, agency=names,
                                  due=_date(session, min(d.due_at for d in still))),
              purpose=Purpose.DISPOSITIONED, complaint=complaint, key=f"disp:{still[0].id}:again", at=at)


def _same_batch(disposition: Disposition, batch: tuple[int, ...]) -> list[Disposition]:
    """The dispositions made by the same TERUSKAN as this one and handled the same way (open, or forwarded through
    SP4N-LAPOR!), oldest first."""
    forwarded = disposition.status == DispositionStatus.FORWARDED
    return sorted((d for d in disposition.complaint.dispositions if d.id in batch or d.id == disposition.id
                   if (d.status == DispositionStatus.FORWARDED) == forwarded), key=lambda d: d.id)


def _tell_readers(session: Session, disposition: Disposition, at, note: str = "") -> list[Contact]:
    """Give the disposition's notice to whoever reads it at `at`, each once (`disp:` key): its officers at work;
    when every officer is away (CUTI) or none is registered, the heads, else the verifiers. Returns the readers."""
    complaint, agency = disposition.complaint, disposition.agency
    officers = officers_for(session, disposition, at)  # never staff the complaint accuses (directory.not_accused)
    for officer in officers:
        _tell_officer(session, disposition, officer, f"disp:{disposition.id}", at, note=note)
    if officers:
        return officers
    readers = readers_for(session, disposition, at)  # the verifiers when only the accused are there
    accused = accused_staff(session, complaint, agency.id) if readers else []  # why the verifiers read it
    for reader in readers:
        key = "officer_disposition_no_officer" if reader.role == Role.HEAD else (
            "verifier_disposition_accused" if accused else "verifier_disposition_nobody")
        lines = (note, t(key, agency=agency.code, reference=complaint.reference))
        _tell_officer(session, disposition, reader, f"disp:{disposition.id}", at, note="\n".join(filter(None, lines)))
    return readers


def _tell_officer(session: Session, disposition: Disposition, officer: Contact, key: str, at,
                  note: str = "") -> None:
    complaint, agency = disposition.complaint, disposition.agency
    body = t("officer_disposition", reference=complaint.reference, agency=agency.name,
             kind=KIND_NAMES[complaint.kind], reporter=reporter_for(officer, complaint),
             description=complaint.description, place=place_for_staff(complaint),
             additions=_line(additions_for_staff(complaint, zone_of(session))),
             attachments=attachments_for_staff(complaint), due=_date(session, disposition.due_at))
    _send(session, officer, f"{note}\n\n{body}" if note else body, purpose=Purpose.DISPOSITION,
          complaint=complaint, key=key, at=at, media=_evidence(complaint))


def on_handed_over(session: Session, event: DispositionHandedOver) -> None:
    """Give the officer a head handed a disposition to the whole complaint, saying who handed it over."""
    disposition = session.get(Disposition, event.disposition_id)
    officer, head = session.get(Contact, event.officer_id), session.get(Contact, event.by_id)
    note = t("officer_handed_over", head=person_label(head), reference=disposition.complaint.reference)
    _tell_officer(session, disposition, officer, f"handover:{disposition.id}:{len(disposition.complaint.timeline)}",
                  event.at, note=note)


def _line(text: str) -> str:
    return f"{text}\n" if text else ""


def _evidence(complaint: Complaint) -> list[dict]:
    """What the citizen filed with the complaint and sent since in answers and additions (photos, voice notes,
    videos, documents): each goes as a message of its own after the notice, every one of them."""
    urls = [m.url for m in complaint.media]
    urls += [m["url"] for entry in citizen_additions(complaint) for m in entry.media or [] if m.get("url")]
    return [{"url": url} for url in dict.fromkeys(urls)]


def on_privacy_tightened(session: Session, event: PrivacyTightened) -> None:
    """The reporter is protected more now: officers' notices not sent yet are written again as they would be now
    (an anonim reporter's name no longer in them), and what was queued for its public followers is not sent."""
    complaint = session.get(Complaint, event.complaint_id)
    unsent = outbox.take_back(session, "written again: the reporter is protected more now",
                              OutboxMessage.subject_type == "complaint", OutboxMessage.subject_id == complaint.id,
                              OutboxMessage.purpose == Purpose.DISPOSITION, OutboxMessage.body != "")
    officers = {row.recipient for row in unsent}
    # no longer its public followers
    told = {address for person in citizens_to_tell(complaint) for address in person.addresses}
    outbox.take_back(session, "the complaint is no longer public", OutboxMessage.subject_type == "complaint",
                     OutboxMessage.subject_id == complaint.id, OutboxMessage.purpose.not_in(outbox.STAFF_PURPOSES),
                     OutboxMessage.recipient.not_in(told))
    for disposition in complaint.dispositions:
        if disposition.status == DispositionStatus.OPEN:
            for officer in _staff(session, Role.OFFICER, disposition.agency_id):
                if officers.intersection(officer.addresses):
                    _tell_officer(session, disposition, officer, f"disp:{disposition.id}:{complaint.privacy}",
                                  event.at)
    if complaint.timeline and complaint.timeline[-1].event == Event.PROTECTED:
        _ask_verifiers_to_protect(session, complaint, event.at)
    if complaint.privacy != "biasa":
        _tell_followers_it_is_private(session, complaint, event.at)


def _tell_followers_it_is_private(session: Session, complaint: Complaint, at) -> None:
    """Those following the complaint hear, once, that it is no longer public (nothing of it is sent to them any
    more) and how to file the problem as their own."""
    followers = session.scalars(select(Contact).join(ComplaintFollower, ComplaintFollower.contact_id == Contact.id)
                                .where(ComplaintFollower.complaint_id == complaint.id).order_by(Contact.id))
    for follower in followers:
        if follower.id != complaint.citizen_id:
            _send(session, follower, t("follower_no_longer_public", reference=complaint.reference),
                  purpose=Purpose.NOTICE, complaint=complaint, key=f"private:{complaint.id}", at=at)


def _ask_verifiers_to_protect(session: Session, complaint: Complaint, at) -> None:
    """The citizen asked for more privacy after agencies had the notice with their identity: the verifiers are
    asked to have those agencies keep it to themselves (a message sent cannot be taken back)."""
    shown = session.scalars(select(OutboxMessage.recipient).where(
        OutboxMessage.subject_type == "complaint", OutboxMessage.subject_id == complaint.id,
        OutboxMessage.purpose == Purpose.DISPOSITION, OutboxMessage.status.in_(outbox.SHOWN))).all()
    told = [d.agency.name for d in complaint.dispositions
            if any(set(shown) & set(person.addresses) for person in _staff(session, Role.OFFICER, d.agency_id)
                   + _staff(session, Role.HEAD, d.agency_id))]
    if not told:
        return
    body = t("verifier_protected", reference=complaint.reference, privacy=PRIVACY_NAMES[complaint.privacy],
             agencies=and_list(told))
    for verifier in region_readers(session, Role.VERIFIER, at):
        _send(session, verifier, body, purpose=Purpose.NOTICE, complaint=complaint,
              key=f"protected:{complaint.id}:{complaint.privacy}", at=at)


# Messages queued for staff whose place the directory changed ---------------------------------------------

def on_staff_changed(session: Session, event: StaffChanged) -> None:
    """Someone left their post or moved: what was queued for them there and not sent yet is taken back (only a
    move between officer and head of the same agency keeps it). A citizen's answer meant for them goes to whoever
    now reads it in their place."""
    contact = session.get(Contact, event.contact_id)
    same_desk = (contact.active and contact.agency_id == event.old_agency_id
                 and {contact.role, event.old_role} <= set(OFFICER_ROLES))
    if same_desk:
        return
    taken = outbox.take_back(session, "no longer for this recipient", OutboxMessage.recipient.in_(contact.addresses),
                             OutboxMessage.purpose.in_(outbox.STAFF_PURPOSES))
    _answers_again(session, taken, None)


def _answers_again(session: Session, taken: list, at) -> None:
    """Relay again the citizens' answers among `taken` (rows taken back from one person) to whoever reads them at
    `at` (None: when they were answered) in that person's place."""
    answers = {}
    for row in taken:
        key = outbox.queued_key(session, row) if row.purpose == Purpose.ANSWER else ""  # a:<question>:<contact>
        if key:
            answers.setdefault(int(key.split(":")[1]), []).extend([row.media_url] if row.media_url else [])
    for question_id, media in answers.items():
        question = session.get(Question, question_id)
        on_question_answered(session, QuestionAnswered(question_id, tuple({"url": url} for url in media),
                                                       at or question.answered_at))


def on_staff_stopped(session: Session, event: StaffStopped) -> None:
    """A staff member's WhatsApp replied STOP: everything for them is skipped until they write again, so the
    verifiers and supervisors at work, and their agency's heads, are told once that day (in working hours), with
    how it ends. Before, only `flask directory list` showed it, and a disposition to them went unread unnoticed."""
    person = session.get(Contact, event.contact_id)
    readers = present_staff(session, None, event.at, roles=REGION_WIDE_ROLES)
    if person.agency_id is not None and person.role not in REGION_WIDE_ROLES:
        readers += present_staff(session, person.agency_id, event.at, roles=(Role.HEAD,))
    role = t(f"role_{person.role}") if person.role in REGION_WIDE_ROLES else t(
        f"stopped_{person.role}", agency=person.agency.code if person.agency else "-")
    body = t("staff_stopped", name=person_label(person), role=role, phone=phone_label(person.phone))
    if person.role == Role.VERIFIER and verifiers_unreachable(session):  # the last verifier: what waits unread
        body += "\n" + t("staff_stopped_no_verifier", waiting=stats.waiting_verification(session))
    day = event.at.astimezone(zone_of(session)).date()
    for reader in {reader.id: reader for reader in readers if reader.id != person.id}.values():
        enqueue(session, reader.address, body, purpose=Purpose.ROSTER, now=event.at,
                dedupe_key=f"stopped:{person.id}:{day:%Y-%m-%d}:{reader.id}")


# What was queued for staff going on leave (CUTI): disposition notices, reminders, answers -----------------

AWAY_PURPOSES = (Purpose.DISPOSITION, Purpose.REMINDER, Purpose.ANSWER, Purpose.REOPENED, Purpose.EVIDENCE,
                 Purpose.WITHDRAWN)


def on_staff_away(session: Session, event: StaffAway) -> None:
    """Someone went on leave: what was queued for them about dispositions and not sent yet is taken back. Whoever
    reads each of their agency's open dispositions in their place (those with something taken back, and those handed
    to them alone by ALIHKAN) gets its notice (once, saying why) and the reminders, and a citizen's answer meant for
    them goes to a colleague at work."""
    person = session.get(Contact, event.contact_id)
    if person.role in REGION_WIDE_ROLES:
        _to_colleagues(session, person, event.at)
        return
    taken = outbox.take_back(session, "the recipient is on leave (CUTI)",
                             OutboxMessage.recipient.in_(person.addresses), OutboxMessage.purpose.in_(AWAY_PURPOSES))
    _answers_again(session, taken, event.at)
    about = {row.subject_id for row in taken if row.subject_type == "complaint" and row.purpose != Purpose.ANSWER}
    batched = {rung.subject_id for row in taken if row.purpose == Purpose.REMINDER and not row.part_of
               for rung in batched_rungs(outbox.queued_key(session, row)) if rung.subject == "d"}
    if batched:  # reminders of several dispositions in one message (`bot.reminders.send_rungs`)
        about |= set(session.scalars(select(Disposition.complaint_id).where(Disposition.id.in_(batched))))
    handed = Disposition.assignee_id == person.id  # handed to them alone (ALIHKAN): someone else reads it now
    open_here = select(Disposition).where(
        or_(Disposition.complaint_id.in_(about), handed), Disposition.agency_id == person.agency_id,
        Disposition.status == DispositionStatus.OPEN).order_by(Disposition.id)
    for disposition in session.scalars(open_here):
        note = t("officer_covering", name=person_label(person), reference=disposition.complaint.reference,
                 away=person.away_kind or t("away_leave"))
        readers = _tell_readers(session, disposition, event.at, note=note)
        _reminders_again(session, taken, disposition, [r for r in readers if r.role in OFFICER_ROLES], event.at)


def _to_colleagues(session: Session, person: Contact, at) -> None:
    """A verifier or supervisor went on leave: what was queued for them and not sent yet goes to the colleagues of
    their role at work, each once; with none at work it stays theirs."""
    colleagues = [c for c in present_staff(session, None, at, roles=(person.role,)) if c.id != person.id]
    if not colleagues:
        return
    taken = outbox.take_back(session, "the recipient is on leave (CUTI)", OutboxMessage.recipient.in_(person.addresses))
    media: dict[str, list[str]] = {}
    for row in taken:  # a message's further photos are rows of their own, under its key
        media.setdefault(outbox.queued_key(session, row), []).extend([row.media_url] if row.media_url else [])
    for row in taken:
        if row.part_of:
            continue
        key = outbox.queued_key(session, row)
        subject = (row.subject_type, row.subject_id) if row.subject_type else None
        for colleague in colleagues:
            enqueue(session, colleague.address, row.body, media_urls=media.get(key, []) if key else
                    [row.media_url] if row.media_url else [], purpose=row.purpose, subject=subject, now=at,
                    dedupe_key=f"{key or _digest(row.body)}:cover:{colleague.id}")


def _digest(body: str) -> str:
    """A short stable name for a message queued without a key."""
    return hashlib.sha1(body.encode()).hexdigest()[:16]


def start_planned_leave(session: Session, now: datetime) -> int:
    """Start the leave recorded ahead whose first day has come (`lapor.directory.start_due_leave`); an agency left
    without an officer at work tells its heads at work. Returns how many leaves started."""
    started = start_due_leave(session, now)
    for agency_id in {person.agency_id for person in started if person.role == Role.OFFICER}:
        if present_staff(session, agency_id, now):
            continue
        for head in present_staff(session, agency_id, now, roles=(Role.HEAD,)):
            code = head.agency.code
            enqueue(session, head.address, t("agency_no_officer", agency=code), purpose=Purpose.ROSTER,
                    dedupe_key=f"{NO_OFFICER_KEY}{agency_id}:leave:{now:%Y-%m-%d}:{head.id}", now=now)
    return len(started)


NO_OFFICER_KEY = "no-officer:"  # the dedupe keys of the roster notice "no officer is left", then the agency's id


def withdraw_roster_notices(session: Session, now: datetime) -> int:
    """Take back the notices "no officer of the agency is at work" still waiting for the office to open when an
    officer of that agency is at work again (leave that ended at midnight, a Saturday's or a holiday's): by the time
    the head would read it, it is no longer true. Returns how many were taken back."""
    keys = session.scalars(select(OutboxMessage.dedupe_key).where(
        OutboxMessage.purpose == Purpose.ROSTER, OutboxMessage.status == OutboxStatus.PENDING,
        OutboxMessage.dedupe_key.like(f"{NO_OFFICER_KEY}%"))).all()
    agencies = {int(key.split(":")[1]) for key in keys if key.split(":")[1].isdigit()}
    withdrawn_count = 0
    for agency_id in sorted(agencies):
        if present_staff(session, agency_id, now):
            withdrawn_count += len(outbox.take_back(session, "an officer is at work again",
                                                    OutboxMessage.purpose == Purpose.ROSTER,
                                                    OutboxMessage.dedupe_key.like(f"{NO_OFFICER_KEY}{agency_id}:%")))
    return withdrawn_count


BACK_WITHIN = timedelta(days=7)  # a leave that ended longer ago (the scheduler was down) is old news


def welcome_back(session: Session, now: datetime, calendar) -> int:
    """On the first working morning after an officer's leave, tell them how many of their agency's dispositions are
    open and late: their reminders went to others meanwhile, and nothing else would say so until the next rung.
    Once per leave (nothing when none is open). Returns how many were told."""
    if not calendar.is_working_time(now):  # leave ends at midnight: the morning, not the night
        return 0
    told = 0
    for officer, ended in back_from_leave(session, now, BACK_WITHIN):
        key = f"back:{officer.id}:{ended:%Y-%m-%d}"
        if officer.agency_id is None or not first_time(session, key, now):
            continue
        count = agency_dispositions(session, officer.agency_id, 0)[0]
        if count:
            late = agency_dispositions(session, officer.agency_id, 0, due_before=now)[0]
            body = t("officer_back_late" if late else "officer_back", agency=officer.agency.code, count=count,
                     late=late)
            enqueue(session, officer.address, body, purpose=Purpose.NOTICE, dedupe_key=key, now=now)
            told += 1
    return told


def _reminders_again(session: Session, taken: list, disposition: Disposition, readers: list[Contact], at) -> None:
    """Queue the reminders about `disposition` among `taken` for `readers` who did not get that rung."""
    for row in taken:
        if row.purpose != Purpose.REMINDER or row.part_of:
            continue
        rung = outbox.queued_key(session, row).rpartition(":")[0]  # <rung key>:<contact>
        batch = any(r.subject == "d" and r.subject_id == disposition.id for r in batched_rungs(rung))  # (whole)
        if not batch and (row.subject_id != disposition.complaint_id or f":d{disposition.id}:" not in rung):
            continue
        for reader in readers:
            enqueue(session, reader.address, row.body, purpose=Purpose.REMINDER, now=at,
                    subject=None if batch else ("complaint", disposition.complaint_id),
                    dedupe_key=f"{rung}:{reader.id}")


# Follow-ups → citizens -------------------------------------------------------------------------------

def on_follow_up(session: Session, event: FollowUpGiven) -> None:
    """Relay an agency's follow-up (with its photos) to the citizen and those following the complaint."""
    entry = session.get(TimelineEntry, event.entry_id)
    disposition = session.get(Disposition, entry.disposition_id)
    complaint = disposition.complaint
    key = "citizen_final_answer" if event.final else "citizen_follow_up"
    # "besok kami tangani": the day it names as a date, read as of when it was written (not when it reaches them)
    day = None if event.final else promised_words(entry.text, entry.at, calendar_of(session))
    for citizen in citizens_to_tell(complaint):
        text = entry.text if citizen.id == complaint.citizen_id else strip_nik(entry.text)  # as STATUS shows it
        body = t("citizen_follow_up_promised" if day else key, reference=complaint.reference,
                 agency=disposition.agency.name, text=text, day=day)
        _send(session, citizen, body, purpose=Purpose.FOLLOW_UP, complaint=complaint, key=f"fu:{entry.id}",
              at=event.at, media=entry.media)


def on_status_changed(session: Session, event: StatusChanged) -> None:
    """When a complaint no longer waits for a verifier, its announcement still held for the night is not sent any
    more; when it is finished, ask its citizen to rate the answer (after the ratings asked before it); its
    questions, lapsed, are not sent any more."""
    verifying = (complaints.NEW, complaints.ON_HOLD)  # (as `announce_new_complaints` announces)
    if event.old in verifying and event.new not in verifying:  # a verifier dealt with it at night (or SP4N-LAPOR!)
        outbox.cancel_about(session, None, Purpose.VERIFICATION, ("complaint", event.complaint_id),
                            "a verifier dealt with the complaint before its announcement went out")
    if event.new != complaints.DONE:
        return
    complaint = session.get(Complaint, event.complaint_id)
    _cancel_prompts(session, complaint, Purpose.QUESTION, "its complaint was finished")
    citizen = complaint.citizen
    if citizen is None:
        return
    conversation = _conversation(session, citizen)
    key = f"rating:{complaint.id}:{len(complaint.timeline)}"
    body = prompts.rating_prompt(complaint)
    if is_filing(conversation):
        body += "\n" + t("rating_after_draft")
    elif any(p.kind == prompts.RATING for p in prompts.settle(session, citizen, conversation)):
        body += "\n" + t("rating_several", reference=complaint.reference)
    prompts.queue(conversation, prompts.RATING, complaint.id, _key(key, citizen))
    _send(session, citizen, body, purpose=Purpose.RATING, complaint=complaint, key=key, at=event.at)


# Returns, questions, archive, merge, reopen ----------------------------------------------------------

def on_returned(session: Session, event: DispositionReturned) -> None:
    """Tell the verifiers that an agency returned a complaint, and why."""
    disposition = session.get(Disposition, event.disposition_id)
    complaint = disposition.complaint
    # The other agencies had already answered: the complaint is finished and cannot be forwarded any more.
    key = "verifier_returned_finished" if complaint.status == complaints.DONE else "verifier_returned"
    body = t(key, reference=complaint.reference, agency=disposition.agency.name,
             reason=disposition.return_reason, answered=answered_by(complaint))
    for verifier in region_readers(session, Role.VERIFIER, event.at):
        _send(session, verifier, body, purpose=Purpose.RETURNED, complaint=complaint, key=f"ret:{disposition.id}",
              at=event.at)


def on_question_asked(session: Session, event: QuestionAsked) -> None:
    """Relay a verifier's or officer's question to the citizen (a citizen who is filing is told it comes after the
    draft); the conversation waits for the answer once they have seen it."""
    question = session.get(Question, event.question_id)
    complaint, citizen = question.complaint, question.complaint.citizen
    conversation = _conversation(session, citizen)
    later = is_filing(conversation)
    body = (t("citizen_question_later", reference=complaint.reference) if later
            else prompts.question_prompt(session, question))
    key = f"q:{question.id}"
    prompts.queue(conversation, prompts.QUESTION, question.id, _key(key, citizen), reveals=not later)
    _send(session, citizen, body, purpose=Purpose.QUESTION, complaint=complaint, key=key, at=event.at)


def on_question_answered(session: Session, event: QuestionAnswered) -> None:
    """Relay the citizen's answer (and photos) to whoever asked, without the citizen's identity."""
    question = session.get(Question, event.question_id)
    complaint = question.complaint
    if event.more:  # more of an answer already relayed: only what was added
        body = t("asker_answer_more", reference=complaint.reference, answer=complaints.softened(event.more))
    else:
        body = t("asker_answer", reference=complaint.reference, question=excerpt(question.text, 200),
                 answer=complaints.softened(question.answer)) + _deadline_after_wait(session, question, event.at)
    key = f"a:{question.id}:{event.part}" if event.more else f"a:{question.id}"
    for reader in answer_readers(session, question, event.at):
        _send(session, reader, body, purpose=Purpose.ANSWER, complaint=complaint, key=key, at=event.at,
              media=list(event.media))


def _deadline_after_wait(session: Session, question: Question, at) -> str:
    """For an agency's question: the disposition's deadline, which the wait for this answer did not use up, said
    as the officer reads it (`deadline_words`, from when it reaches them: an answer at night waits for the
    staff's morning); a question asked just before its deadline moves it to today or tomorrow."""
    disposition = session.get(Disposition, question.disposition_id) if question.disposition_id else None
    if disposition is None or disposition.status != DispositionStatus.OPEN or disposition.due_at is None:
        return ""
    passed = disposition.due_at < (question.answered_at or disposition.due_at)  # asked once it was missed
    calendar = calendar_of(session)
    return "\n" + t("asker_answer_due_passed" if passed else "asker_answer_due", reference=question.complaint.reference,
                    due=deadline_words(disposition.due_at, calendar.next_staff_moment(at), calendar))


def answer_readers(session: Session, question: Question, at: datetime | None = None) -> list[Contact]:
    """Who gets the answer at `at` (None: when it was answered): the asker while they still hold the role they
    asked in and are at work; otherwise their colleagues.

    An officer's or head's question (it has a disposition) goes to the active officers of that disposition's
    agency, a verifier's to the verifiers at work (`region_readers`); staff removed by the directory import never
    get it. When no officer of the agency is at work, whoever reads its disposition meanwhile gets it
    (`readers_for`: its heads, who get its reminders), and the verifiers at work rather than nobody.
    """
    asker = question.asker
    disposition = session.get(Disposition, question.disposition_id) if question.disposition_id else None
    at = at or question.answered_at or question.asked_at
    if disposition is None:  # a verifier's question: the asker at work, else a colleague at work
        readers = region_readers(session, Role.VERIFIER, at)
        return [asker] if asker.active and asker.role == Role.VERIFIER and (asker.present(at) or asker in readers) \
            else readers
    if asker.present(at) and access.works_for(asker, disposition.agency_id):
        return [asker]
    return (not_accused(present_staff(session, disposition.agency_id, at), disposition)
            or readers_for(session, disposition, at) or region_readers(session, Role.VERIFIER, at))


def on_archived(session: Session, event: ComplaintArchived) -> None:
    """Tell the citizen their complaint was archived, and why (its questions, lapsed, are not sent any more); and
    the officers whose disposition it closed."""
    complaint = session.get(Complaint, event.complaint_id)
    _tell_withdrawn(session, complaint, "officer_withdrawn", event.at,
                    reason=complaints.as_verifier_wrote(complaint, event.reason))  # the reporter: as written
    _cancel_prompts(session, complaint, Purpose.QUESTION, "its complaint was archived")
    if complaint.parent_id is not None or complaint.citizen is None:
        return  # a merge has its own notice
    _send(session, complaint.citizen, t("citizen_archived", reference=complaint.reference, reason=event.reason),
          purpose=Purpose.ARCHIVED, complaint=complaint, key=f"arch:{complaint.id}", at=event.at)


def on_merged(session: Session, event: ComplaintMerged) -> None:
    """Tell the duplicate's citizen which complaint they follow from now on (its questions, lapsed, are not sent any
    more); and the officers whose disposition of the duplicate it closed."""
    child, parent = session.get(Complaint, event.child_id), session.get(Complaint, event.parent_id)
    _tell_withdrawn(session, child, "officer_withdrawn_merged", event.at, parent=parent.reference)
    _cancel_prompts(session, child, Purpose.QUESTION, "its complaint was merged")
    if child.citizen is None:
        return
    _send(session, child.citizen, t("citizen_merged", reference=child.reference, parent=parent.reference),
          purpose=Purpose.MERGED, complaint=parent, key=f"merge:{child.id}", at=event.at)


def _tell_withdrawn(session: Session, complaint: Complaint, key: str, at, **values) -> None:
    """Tell those who read a disposition the archive or merge closed; not those whose notice of it still waited (held
    for the night) and is taken back with the citizen's: that it was forwarded is no longer true, and a disposition
    followed by its withdrawal at 06:00 told them of work they never had. Nor when it was forwarded just then."""
    reason = "the complaint was archived or merged before the notice went out"
    taken = outbox.cancel_about(session, None, Purpose.DISPOSITION, ("complaint", complaint.id), reason)
    unseen = {row.recipient for row in taken if row.body and row.part_of is None}  # (not photos after a text sent)
    outbox.cancel_about(session, None, Purpose.DISPOSITIONED, ("complaint", complaint.id), reason)
    for disposition in withdrawn(complaint, at):
        body = t(key, reference=complaint.reference, agency=disposition.agency.code, **values)
        for officer in readers_for(session, disposition, at):
            if officer.address in unseen:
                continue
            _send(session, officer, body, purpose=Purpose.WITHDRAWN, complaint=complaint,
                  key=f"withdrawn:{disposition.id}", at=at)


def _cancel_prompts(session: Session, complaint: Complaint, purpose: str, reason: str) -> None:
    """Take back the citizen's question (or rating) notices about the complaint still waiting in the outbox (held
    for the night): what they ask can no longer be answered."""
    if complaint.citizen is not None:
        outbox.cancel_about(session, complaint.citizen.addresses, purpose, ("complaint", complaint.id), reason)


def on_reopened(session: Session, event: ComplaintReopened) -> None:
    """Tell the officers of the reopened dispositions what the citizen still misses (a rating question still
    waiting in the outbox is not sent any more)."""
    complaint = session.get(Complaint, event.complaint_id)
    _cancel_prompts(session, complaint, Purpose.RATING, "its complaint was reopened")
    _tell_followers_reopened(session, complaint, event)
    times = sum(1 for entry in complaint.timeline if entry.event == Event.REOPENED)
    for disposition in complaint.dispositions:
        if disposition.status != DispositionStatus.OPEN:
            continue
        above = _tell_above_reopened(session, disposition, event, times) if times > 1 else []
        told = t(_above_told(session, disposition, above, event)) if above else ""
        again = t("officer_reopened_again", times=_nth(times), told=told) if above else t(
            "officer_reopened_again_alone", times=_nth(times)) if times > 1 else ""  # (the head reads it: no officer)
        for officer in readers_for(session, disposition, event.at):
            body = t("officer_reopened", reference=complaint.reference, reason=complaints.softened(event.reason),
                     due=_date(session, disposition.due_at), again=again)
            _send(session, officer, body, purpose=Purpose.REOPENED, complaint=complaint,
                  key=f"reopen:{disposition.id}:{len(complaint.timeline)}", at=event.at, media=list(event.media))


REOPENED_AGAIN_KEY = "again"  # the head's word of a second reopening: `again:d<disposition>:<times>` (the timeline's)


def _tell_above_reopened(session: Session, disposition: Disposition, event: ComplaintReopened,
                         times: int) -> list[Contact]:
    """A citizen who is not satisfied a second time (or more) after the agency's final answer: its head hears it
    too (a head on leave with no Plh: the supervisors, `heads_or_above`), as a reminder (working hours, and on the
    complaint's timeline); never the staff the complaint accuses. Returns who was told."""
    complaint = disposition.complaint
    readers = {person.id for person in readers_for(session, disposition, event.at)}
    above = [person for person in heads_or_above(session, disposition, event.at) if person.id not in readers]
    body = t("head_reopened_again", reference=complaint.reference, agency=disposition.agency.code,
             times=_nth(times), reason=complaints.softened(event.reason), due=_date(session, disposition.due_at),
             holders=holders_line(session, disposition, event.at))
    for person in above:
        _send(session, person, body, purpose=Purpose.REMINDER, complaint=complaint,
              key=f"{REOPENED_AGAIN_KEY}:d{disposition.id}:{times}", at=event.at, media=list(event.media))
    return above


def _above_told(session: Session, disposition: Disposition, above: list[Contact], event: ComplaintReopened) -> str:
    """The officers' words for who above them heard of a second dispute: the head, or the supervisors (the head
    accused by the complaint, or on leave with no Plh)."""
    if any(person.role != Role.SUPERVISOR for person in above):
        return "reopened_heads_told"
    return "reopened_head_named_told" if heads_accused(session, disposition, event.at) else "reopened_supervisors_told"


def _nth(times: int) -> str:
    """«kedua», «ketiga» … as in «untuk kedua kalinya»; «ke-11» past ten."""
    return NTH[times] if times < len(NTH) else f"ke-{times}"


NTH = ("", "pertama", "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan", "kesembilan",
       "kesepuluh")


def _tell_followers_reopened(session: Session, complaint: Complaint, event: ComplaintReopened) -> None:
    """Those following the complaint (and citizens of duplicates merged into it) hear that it is handled again, as
    of any public update: never the reporter's reason, the title with national ID numbers masked."""
    reopened = [d for d in complaint.dispositions if d.status == DispositionStatus.OPEN]
    if not reopened:
        return
    body = t("follower_reopened", reference=complaint.reference, title=safe_title(complaint),
             agencies=and_list([d.agency.name for d in reopened]),
             due=_date(session, max(d.due_at for d in reopened if d.due_at) if any(d.due_at for d in reopened)
                       else None))
    for citizen in citizens_to_tell(complaint):
        if citizen.id != complaint.citizen_id:
            _send(session, citizen, body, purpose=Purpose.FOLLOW_UP, complaint=complaint,
                  key=f"reopen-follower:{complaint.id}:{len(complaint.timeline)}", at=event.at)


def on_evidence_added(session: Session, event: EvidenceAdded) -> None:
    """Pass what the citizen added after filing (and its media) to whoever reads the open dispositions (their
    officers at work; with every officer on leave, the heads, else the verifiers), or to the verifiers while no
    agency has it; never with the citizen's identity."""
    complaint = session.get(Complaint, event.complaint_id)
    open_ = [d for d in complaint.dispositions if d.status == DispositionStatus.OPEN]
    readers = list({reader.id: reader for d in open_ for reader in readers_for(session, d, event.at)}.values())
    key = "evidence_to_staff"
    if event.withdrawal:  # the officers close it with an answer; the verifiers, before it is forwarded, archive it
        key = "withdrawal_to_officers" if readers else "withdrawal_to_verifiers"
    # the citizen's words reach staff with their oaths softened, as the story's do (`complaints.as_filed`)
    body = t(key, reference=complaint.reference, title=complaint.title, text=complaints.softened(event.text))
    for reader in readers or region_readers(session, Role.VERIFIER, event.at):
        _send(session, reader, body, purpose=Purpose.EVIDENCE, complaint=complaint,
              key=f"evidence:{complaint.id}:{len(complaint.timeline)}", at=event.at, media=list(event.media))


def on_story_over_limit(session: Session, event: StoryOverLimit) -> None:
    """Tell the verifiers once that a number used up its budget of new complaints (the first story past it, and
    how to lift the limit); the stories after it are notes on the same complaint, under the same outbox key."""
    citizen = session.get(Contact, event.contact_id)
    # under the row lock the announce pass claims it with: its notice is queued either before this reads it, or
    # after this commits (and then finds the notice held here)
    complaint = session.scalars(select(Complaint).where(Complaint.id == event.complaint_id).with_for_update()
                                .execution_options(populate_existing=True)).one()
    at = event.at if complaint.announced_at is not None else event.at + OVER_LIMIT_HELD
    for verifier in region_readers(session, Role.VERIFIER, event.at):
        body = t("verifier_over_limit", reporter=reporter_for(verifier, complaint), filed=event.filed,
                 window=t(f"over_budget_{event.window}"), reference=complaint.reference,
                 text=excerpt(event.story, 300), phone=phone_label(citizen.address))
        _send(session, verifier, body, purpose=Purpose.EVIDENCE, complaint=complaint,
              key=f"over-limit:{complaint.id}", at=at)


# An over-limit notice about a complaint no notice named yet (one of a burst still waiting) is held until the
# announce pass has queued that notice (`_release_over_limit`); at the latest it goes after this.
OVER_LIMIT_HELD = timedelta(hours=1)


def _release_over_limit(session: Session, group: list[Complaint], now) -> None:
    """Queue again, after the notice just queued that names them, the over-limit notices held for the group's
    complaints (`on_story_over_limit`): the verifiers read «ceritanya dicatat di riwayat LPR-5» only after a notice
    told them of LPR-5. The held rows never went out; their copies take their keys."""
    held = session.scalars(select(OutboxMessage).where(
        or_(*[OutboxMessage.dedupe_key.like(f"over-limit:{complaint.id}:%") for complaint in group]),
        OutboxMessage.status == OutboxStatus.PENDING, OutboxMessage.next_attempt_at > now)
        .order_by(OutboxMessage.id)).all()
    if not held:
        return
    copies = [{column: getattr(row, column) for column in QUEUED_COLUMNS} for row in held]
    for row in held:
        session.delete(row)
    session.flush()
    session.add_all([OutboxMessage(**{**values, "created_at": now, "next_attempt_at": now}) for values in copies])
    session.flush()


def on_new_number_claimed(session: Session, event: NewNumberClaimed) -> None:
    """Tell the verifiers that a number which did not file a complaint says it is its reporter's new one, or that
    the number it was moved from questions the move (it read as the claim of a new number)."""
    complaint, claimant = session.get(Complaint, event.complaint_id), session.get(Contact, event.contact_id)
    key = "verifier_move_disputed" if event.disputed else "verifier_new_number"
    body = t(key, reference=complaint.reference, phone=phone_label(claimant.address),
             name=claimant.display_name or "-", text=_line(event.text),
             reporter=complaint.reporter_name or "-", old=phone_label(complaint.citizen.address),
             current=phone_label(complaint.citizen.address))
    for verifier in region_readers(session, Role.VERIFIER, event.at):
        _send(session, verifier, body, purpose=Purpose.NOTICE, complaint=complaint,
              key=f"new-number:{complaint.id}:{claimant.id}:{event.at.isoformat()}", at=event.at)


def on_staff_claimed(session: Session, event: StaffClaimed) -> None:
    """Tell the verifiers that a number the directory lacks says it is an agency's officer, once a day per number."""
    claimant = session.get(Contact, event.contact_id)
    body = t("verifier_staff_claimed", phone=phone_label(claimant.address), name=claimant.display_name or "-",
             text=_line(event.text))
    day = event.at.date().isoformat()
    for verifier in region_readers(session, Role.VERIFIER, event.at):
        enqueue(session, verifier.address, body, purpose=Purpose.NOTICE,
                dedupe_key=_key(f"staff-claim:{claimant.id}:{day}", verifier), now=event.at)


def on_reporter_moved(session: Session, event: ReporterMoved) -> None:
    """Tell the new number that the complaint is followed from it now, and the old one (unnamed) that it moved: a
    reporter who did not ask for it learns of it there. A question or the rating still waiting for the old number
    is asked at the new one (it stayed with the old number, and the new one could not answer it)."""
    complaint = session.get(Complaint, event.complaint_id)
    new, old = session.get(Contact, event.new_contact_id), session.get(Contact, event.old_contact_id or 0)
    key = f"reporter-moved:{complaint.id}:{event.at.isoformat()}"
    _send(session, new, t("reporter_moved_new", reference=complaint.reference), purpose=Purpose.NOTICE,
          complaint=complaint, key=key, at=event.at)
    if old is not None:  # held for the night: the old number can answer it no more
        for purpose in (Purpose.QUESTION, Purpose.RATING):
            outbox.cancel_about(session, old.addresses, purpose, ("complaint", complaint.id),
                                "its complaint moved to the reporter's new number")
    _prompts_moved(session, complaint, new, key, event.at)
    if old is not None and old.address:
        _send(session, old, t("reporter_moved_old", reference=complaint.reference), purpose=Purpose.NOTICE,
              complaint=complaint, key=key, at=event.at)


def _prompts_moved(session: Session, complaint: Complaint, new: Contact, key: str, at) -> None:
    """Ask the new number of a complaint moved to it the questions of it still open and its rating still awaited;
    the old number's conversation drops them by itself (bot.prompts.settle keeps only its own complaints')."""
    waiting = [q for q in dispositions.open_questions(session, new) if q.complaint_id == complaint.id]
    rating = prompts.awaits_rating(complaint, new) and complaint.rating is None
    if not waiting and not rating:
        return
    conversation = _conversation(session, new)
    later = is_filing(conversation)
    for question in waiting:
        body = (t("citizen_question_later", reference=complaint.reference) if later
                else prompts.question_prompt(session, question))
        prompts.queue(conversation, prompts.QUESTION, question.id, _key(f"{key}:q:{question.id}", new),
                      reveals=not later)
        _send(session, new, body, purpose=Purpose.QUESTION, complaint=complaint, key=f"{key}:q:{question.id}", at=at)
    if rating:
        body = prompts.rating_prompt(complaint) + ("\n" + t("rating_after_draft") if later else "")
        prompts.queue(conversation, prompts.RATING, complaint.id, _key(f"{key}:rating", new))
        _send(session, new, body, purpose=Purpose.RATING, complaint=complaint, key=f"{key}:rating", at=at)


SUBSCRIPTIONS = {
    Dispositioned: on_dispositioned,
    FollowUpGiven: on_follow_up,
    StatusChanged: on_status_changed,
    DispositionReturned: on_returned,
    DispositionWithdrawn: on_disposition_withdrawn,
    QuestionAsked: on_question_asked,
    QuestionAnswered: on_question_answered,
    ComplaintArchived: on_archived,
    ComplaintMerged: on_merged,
    ComplaintReopened: on_reopened,
    EvidenceAdded: on_evidence_added,
    NewNumberClaimed: on_new_number_claimed,
    StaffClaimed: on_staff_claimed,
    ReporterMoved: on_reporter_moved,
    PrivacyTightened: on_privacy_tightened,
    StaffChanged: on_staff_changed,
    StaffStopped: on_staff_stopped,
    StaffAway: on_staff_away,
    DispositionHandedOver: on_handed_over,
    StoryOverLimit: on_story_over_limit,
}
