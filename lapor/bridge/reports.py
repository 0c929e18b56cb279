"""Reports as SP4N-LAPOR! knows them, applied to our complaints: the admin-export import and the HTTP status pull.

A report (tracking ID, dates, texts, status, agencies of disposition) creates a complaint with source `lapor`
or moves an existing one forward through the lifecycle. Dispositions go through `lapor.dispositions.assign`,
so officers are notified and the reminder ladder runs like for any other complaint. Applying the same report
twice changes nothing; a status behind ours is left alone (the officer answered on WhatsApp first), and so is one
that is not newer than what happened here and LAPOR was never told of: a return, a reopening, our own question
(`_stale`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from lapor import complaints, dispositions, ladders, routing_store
from lapor.agency_lookup import WRITTEN_CUTOFF, find_agency
from lapor.audit import CLI, SYSTEM, SystemAction, record_system
from lapor.complaints import ARCHIVED, DISPOSITIONED, DONE, IN_PROGRESS, NEW, ON_HOLD, for_change
from lapor.events import ComplaintSubmitted, PrivacyTightened, publish
from lapor.region import Region
from lapor.tables import ColumnMap, TableError, map_columns, normalise_header, parse_date, read_table
from lapor.wording import note
from models import Agency, Complaint, Disposition, DispositionStatus, TimelineEntry
from models.vocab import Event

SOURCE = "lapor"

# The importer's column mapping (documented in README "SP4N-LAPOR!"): field → header names it recognises.
REPORT_FIELDS: dict[str, tuple[str, ...]] = {
    "tracking_id": ("id tracking", "tracking id", "no tracking", "nomor tracking", "kode tracking", "id laporan",
                    "no laporan", "nomor laporan", "tracking"),
    "date": ("tanggal masuk", "tanggal laporan", "tgl masuk", "tanggal", "tgl", "waktu", "waktu laporan",
             "tanggal dibuat", "created at", "date"),
    "title": ("judul", "judul laporan", "perihal", "title", "subjek"),
    "content": ("isi", "isi laporan", "uraian", "uraian laporan", "deskripsi", "laporan", "content"),
    "kind": ("kategori", "jenis", "jenis laporan", "klasifikasi", "tipe laporan", "kind"),
    "status": ("status", "status laporan", "status tindak lanjut", "status terakhir"),
    "agency": ("disposisi", "instansi", "instansi tujuan", "instansi terdisposisi", "instansi disposisi",
               "disposisi instansi", "opd", "unit kerja", "agency"),
    "place": ("lokasi", "lokasi kejadian", "kecamatan", "alamat", "tempat", "wilayah", "desa kecamatan"),
    "privacy": ("kerahasiaan", "privasi", "sifat laporan", "sifat", "rahasia anonim"),
    "confidential": ("rahasia", "dirahasiakan", "laporan rahasia"),  # Ya/Tidak, as our own export writes it
    "anonymous": ("anonim", "anonymous", "laporan anonim"),            # Ya/Tidak
    "reporter": ("nama pelapor", "pelapor", "nama"),
}
REQUIRED_FIELDS = ("tracking_id", "date", "content", "status")

STATUS_NAMES = {
    "belum terverifikasi": NEW, "belum diverifikasi": NEW, "menunggu verifikasi": NEW, "baru": NEW,
    "belum ditindaklanjuti": DISPOSITIONED, "terverifikasi": DISPOSITIONED, "didisposisikan": DISPOSITIONED,
    "disposisi": DISPOSITIONED, "menunggu tindak lanjut": DISPOSITIONED,
    "proses": IN_PROGRESS, "diproses": IN_PROGRESS, "sedang diproses": IN_PROGRESS, "dalam proses": IN_PROGRESS,
    "ditindaklanjuti": IN_PROGRESS, "sudah ditindaklanjuti": IN_PROGRESS, "tindak lanjut": IN_PROGRESS,
    "selesai": DONE, "ditutup": DONE, "tuntas": DONE,
    "tertunda": ON_HOLD, "ditunda": ON_HOLD,
    "diarsipkan": ARCHIVED, "arsip": ARCHIVED, "ditolak": ARCHIVED,
}
KIND_NAMES = {
    "pengaduan": "pengaduan", "keluhan": "pengaduan", "complaint": "pengaduan",
    "aspirasi": "aspirasi", "usulan": "aspirasi", "saran": "aspirasi",
    "permintaan informasi": "informasi", "informasi": "informasi", "permohonan informasi": "informasi",
}
PRIVACY_FIELDS = ("privacy", "confidential", "anonymous")
YES = {"ya", "y", "iya", "yes", "true", "1", "benar", "v", "x"}
NO = {"tidak", "tdk", "t", "no", "n", "false", "0", "bukan"}
VALUE_FUZZY_CUTOFF = 80
AGENCY_SEPARATORS = re.compile(r"\s*(?:;|\||\n)\s*")
# Where each status sits on the main line of the lifecycle; a report only ever moves a complaint forward.
MAIN_LINE = (NEW, DISPOSITIONED, IN_PROGRESS, DONE)


@dataclass
class Report:
    """One report as SP4N-LAPOR! shows it, already parsed; `line` is its line in the file (None: HTTP)."""

    tracking_id: str
    status: str
    agencies: list[str] = field(default_factory=list)
    created_at: datetime | None = None
    title: str = ""
    content: str = ""
    kind: str = ""  # empty: unknown (a status pull); a new complaint is then a pengaduan
    place: str = ""
    privacy: str | None = None  # None: the report does not say (no privacy column, or an empty cell)
    reporter: str | None = None
    line: int | None = None

    @property
    def where(self) -> str:
        """`line 4` for a file row, the tracking ID otherwise."""
        return f"line {self.line}" if self.line is not None else f"tracking ID {self.tracking_id}"


@dataclass
class ApplyResult:
    """What applying reports did, for the operator."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    dispositions: int = 0
    status_changes: int = 0
    unmatched: list[str] = field(default_factory=list)   # agencies not found in the directory, not guessed
    notes: list[str] = field(default_factory=list)       # remote changes our lifecycle refused, left as is
    references: list[str] = field(default_factory=list)  # the complaints created or changed

    def __str__(self) -> str:
        return (f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged; "
                f"{self.dispositions} new disposition(s), {self.status_changes} status change(s)")


# Reading an admin export -------------------------------------------------------------------------------

def read_reports(path: Path, zone) -> tuple[ColumnMap, list[Report]]:
    """Read a LAPOR admin export (CSV or XLSX); a TableError lists every bad row with its line number."""
    table = read_table(path)
    mapping = map_columns(table.header, REPORT_FIELDS, REQUIRED_FIELDS)
    reports, errors, seen = [], [], {}
    for line, cells in table.rows:
        try:
            report = _report(mapping, cells, line, zone)
        except ValueError as exc:
            errors.append(f"line {line}: {exc}")
            continue
        if report.tracking_id in seen:
            errors.append(f"line {line}: tracking ID {report.tracking_id} already on line {seen[report.tracking_id]}")
        seen[report.tracking_id] = line
        reports.append(report)
    if errors:
        raise TableError(errors)
    return mapping, reports


def _report(mapping: ColumnMap, cells: list, line: int, zone) -> Report:
    tracking_id = _text(mapping.get(cells, "tracking_id"))
    if tracking_id.endswith(".0") and tracking_id[:-2].isdigit():  # a number cell in XLSX
        tracking_id = tracking_id[:-2]
    if not tracking_id:
        raise ValueError("no tracking ID")
    if len(tracking_id) > 40:
        raise ValueError(f"tracking ID longer than 40 characters: {tracking_id[:50]!r}")
    content = _text(mapping.get(cells, "content"))
    title = _text(mapping.get(cells, "title"))
    if not content and not title:
        raise ValueError(f"report {tracking_id} has no content")
    return Report(
        tracking_id=tracking_id, line=line, created_at=parse_date(mapping.get(cells, "date"), zone),
        status=parse_status(_text(mapping.get(cells, "status"))), content=content or title,
        title=(title or complaints.make_title(content))[:120], kind=parse_kind(_text(mapping.get(cells, "kind"))),
        agencies=split_agencies(_text(mapping.get(cells, "agency"))), place=_text(mapping.get(cells, "place"))[:500],
        privacy=_privacy(mapping, cells),
        reporter=_text(mapping.get(cells, "reporter"))[:200] or None)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _lookup(value: str, names: dict[str, str], what: str) -> str:
    key = normalise_header(value)
    if key in names:
        return names[key]
    found = process.extractOne(key, names.keys(), scorer=fuzz.ratio, score_cutoff=VALUE_FUZZY_CUTOFF)
    if found is None:
        raise ValueError(f"unknown {what} {value!r} (one of: {', '.join(sorted(set(names)))})")
    return names[found[0]]


def parse_status(value: str) -> str:
    """Our status for SP4N-LAPOR!'s status name ("Belum Ditindaklanjuti" → belum_ditindaklanjuti)."""
    if not value:
        raise ValueError("no status")
    return _lookup(value, STATUS_NAMES, "status")


def parse_kind(value: str) -> str:
    """Our kind for SP4N-LAPOR!'s category; empty means pengaduan."""
    return _lookup(value, KIND_NAMES, "category") if value else "pengaduan"


def parse_privacy(value: str) -> str:
    """anonim when the cell says anonim, rahasia when it says rahasia, biasa otherwise."""
    key = normalise_header(value)
    return "anonim" if "anonim" in key else "rahasia" if "rahasia" in key else "biasa"


def parse_flag(value: str, what: str) -> bool | None:
    """A yes/no cell (Ya/Tidak, Y/N, 1/0, TRUE/FALSE…); None when empty."""
    key = normalise_header(value)
    if not key:
        return None
    if key in YES or key in NO:
        return key in YES
    raise ValueError(f"unknown {what} value {value!r} (Ya or Tidak)")


def _privacy(mapping: ColumnMap, cells: list) -> str | None:
    """The strictest privacy the row's privacy columns state (Kerahasiaan, or Rahasia / Anonim flags)."""
    stated = []
    if text := _text(mapping.get(cells, "privacy")):
        stated.append(parse_privacy(text))
    for name, level in (("confidential", "rahasia"), ("anonymous", "anonim")):
        flag = parse_flag(_text(mapping.get(cells, name)), mapping.header_of(name) or name)
        if flag is not None:
            stated.append(level if flag else "biasa")
    return stricter(*stated) if stated else None


def stricter(*levels: str) -> str:
    """The most protective of the privacy levels given (biasa < rahasia < anonim)."""
    return max(levels, key=complaints.PRIVACY.index)  # PRIVACY runs from least to most protected


def privacy_unknown(mapping: ColumnMap) -> bool:
    """True when the file names reporters but has no privacy column: every report is then taken as biasa."""
    return "reporter" in mapping.columns and not any(name in mapping.columns for name in PRIVACY_FIELDS)


def split_agencies(value: str) -> list[str]:
    """Several agencies in one cell are separated by `;`, `|` or line breaks."""
    return [name for name in AGENCY_SEPARATORS.split(value or "") if name]


# Applying reports ---------------------------------------------------------------------------------------

def import_reports(session: Session, reports: list[Report], now: datetime, region: Region,
                   address: str = CLI) -> ApplyResult:
    """Apply every report in one go; a TableError (bad rows, refused changes) means nothing may be committed. Each
    complaint created or changed is an entry of the audit log from `address` (the command line's, by default)."""
    result, errors = ApplyResult(), []
    # Every complaint the file names, locked before the first change in the one lock order (`for_change_all`): a
    # file and another change to several complaints (a merge, `lapor record`) wait for each other, never deadlock.
    complaints.for_change_all(session, complaints.ids_where(
        session, Complaint.lapor_tracking_id, (report.tracking_id for report in reports)))
    for report in reports:
        try:
            apply_report(session, report, now, region, result, address)
        except complaints.LifecycleError as exc:
            errors.append(f"{report.where}: {exc}")
    if errors:
        raise TableError(errors)
    return result


def apply_report(session: Session, report: Report, now: datetime, region: Region, result: ApplyResult,
                 address: str = SYSTEM) -> Complaint:
    """Create or move forward the complaint a report describes; counts what happened in `result`, and records
    what changed in the audit log (no staff member: SP4N-LAPOR!'s, from `address`)."""
    agencies, unknown = _agencies(session, report, result)
    complaint = for_change(session, select(Complaint).where(Complaint.lapor_tracking_id == report.tracking_id))
    created = complaint is None
    if created:
        complaint = _create(session, report, now, region)
    before, had = _fingerprint(complaint), {d.agency_id for d in complaint.dispositions}
    if not created and complaint.source == SOURCE:
        _update_texts(complaint, report, now)
    if not created:
        _tighten_privacy(complaint, report, now, result)
    _assign(session, complaint, agencies, report.status, now, region, result)
    result.status_changes += _move(session, complaint, report, now, region, result, unknown)
    if created and complaint.status == NEW:  # the verifiers must act: tell them like for any new complaint
        if unknown:  # and where LAPOR sent it, on its page (the names were only in the import's output)
            _note(complaint, now, "note_lapor_unknown_agencies", agencies="; ".join(unknown))
        publish(session, ComplaintSubmitted(complaint.id, now))
    changed = before != _fingerprint(complaint)
    _count(result, complaint, created, changed)
    if created or changed:
        _audit(session, complaint, report, had, before[0], now, address)
    return complaint


def _audit(session: Session, complaint: Complaint, report: Report, had: set[int], status_before: str,
           now: datetime, address: str) -> None:
    """One audit entry for what one report changed, named as a person's same action would be: archived
    (`arsipkan`), forwarded to new agencies (`teruskan`), else created or moved forward (`lapor`)."""
    detail = {"tracking_id": report.tracking_id, "status": complaint.status}
    new = [d.agency.code for d in complaint.dispositions if d.agency_id not in had]
    if complaint.status == ARCHIVED and status_before != ARCHIVED:
        action, detail = "arsipkan", {**detail, "reason": note(session, "note_lapor_archived")}
    elif new:
        action, detail = "teruskan", {"agencies": new, **detail}
    else:
        action = SystemAction.LAPOR
    record_system(session, action, complaint, at=now, address=address, **detail)


def _count(result: ApplyResult, complaint: Complaint, created: bool, changed: bool) -> None:
    if created:
        result.created += 1
    elif changed:
        result.updated += 1
    else:
        result.unchanged += 1
        return
    result.references.append(complaint.reference)


def _fingerprint(complaint: Complaint) -> tuple:
    return (complaint.status, complaint.title, complaint.description, complaint.kind, complaint.location_text,
            complaint.privacy, tuple((d.agency_id, d.status) for d in complaint.dispositions))


def _agencies(session: Session, report: Report, result: ApplyResult) -> tuple[list[Agency], list[str]]:
    """The directory's agencies for the report's names, and the names matching none (listed, never guessed)."""
    found, unknown = [], []
    for name in report.agencies:
        lookup = find_agency(session, name, WRITTEN_CUTOFF)
        if lookup.agency is not None:
            if lookup.agency not in found:  # "DLH; Dinas Lingkungan Hidup": one agency, one disposition
                found.append(lookup.agency)
            continue
        hint = (" (could be " + ", ".join(a.code for a in lookup.candidates) + ")") if lookup.candidates else ""
        result.unmatched.append(f'{report.where}: "{name}" matches no agency in the directory{hint}')
        unknown.append(name)
    return found, unknown


def _create(session: Session, report: Report, now: datetime, region: Region) -> Complaint:
    created_at = report.created_at or now
    if not report.content:
        raise complaints.LifecycleError(f"SP4N-LAPOR! report {report.tracking_id} is unknown here and has no content")
    complaint = Complaint(
        number=complaints.next_number(session), kind=report.kind or "pengaduan", title=report.title or
        complaints.make_title(report.content), description=report.content[:complaints.MAX_DESCRIPTION_CHARS],
        location_text=report.place, privacy=report.privacy or "biasa", status=NEW, source=SOURCE,
        reporter_name=report.reporter, created_at=created_at, updated_at=now, lapor_tracking_id=report.tracking_id,
        lapor_recorded_at=now)
    complaint.timeline.append(TimelineEntry(at=now, event=Event.FILED, status_to=NEW, public=False,
                                            text=note(session, "note_lapor_imported", tracking_id=report.tracking_id)))
    ladders.start_verification(complaint, now, region)
    session.add(complaint)
    session.flush()
    return complaint


def _update_texts(complaint: Complaint, report: Report, now: datetime) -> None:
    """LAPOR is the source of truth for the texts of complaints it owns (its admins edit them)."""
    wanted = {"title": report.title, "description": report.content[:complaints.MAX_DESCRIPTION_CHARS],
              "kind": report.kind, "location_text": report.place}
    changed = [name for name, value in wanted.items() if value and getattr(complaint, name) != value]
    for name in changed:
        setattr(complaint, name, wanted[name])
    if changed:
        complaint.updated_at = now
        complaint.timeline.append(TimelineEntry(at=now, event=Event.LAPOR, public=False,
                                                status_from=complaint.status, status_to=complaint.status,
                                                text=note(Session.object_session(complaint), "note_lapor_updated",
                                                          fields=", ".join(changed))))


def _tighten_privacy(complaint: Complaint, report: Report, now: datetime, result: ApplyResult) -> None:
    """LAPOR may protect a reporter more (biasa → rahasia → anonim), never less: what officers see follows."""
    if report.privacy is None or report.privacy == complaint.privacy:
        return
    if stricter(report.privacy, complaint.privacy) == complaint.privacy:
        result.notes.append(f"{report.where}: {complaint.reference} is {complaint.privacy} here but "
                            f"{report.privacy} in SP4N-LAPOR!; kept {complaint.privacy}")
        return
    _note(complaint, now, "note_lapor_privacy", old=complaint.privacy, new=report.privacy)
    complaint.privacy, complaint.updated_at = report.privacy, now
    publish(Session.object_session(complaint), PrivacyTightened(complaint.id, now))


def _assign(session: Session, complaint: Complaint, agencies: list[Agency], target: str, now: datetime,
             region: Region, result: ApplyResult) -> None:
    """New agencies of disposition: dispositioned for real (officers told), or on record when LAPOR is done."""
    known = {d.agency_id for d in complaint.dispositions}
    new = [agency for agency in agencies if agency.id not in known]
    if not new or target in (NEW, ARCHIVED) or complaint.status in (DONE, ARCHIVED):
        return
    if target == DONE:  # finished in LAPOR before we heard of it: nothing for officers to do
        for agency in new:
            complaint.dispositions.append(Disposition(agency=agency, created_at=now, status=DispositionStatus.FINAL,
                                                      closed_at=now))
        session.flush()
        for agency in new:
            routing_store.record(session, complaint, agency, True, routing_store.LAPOR, now)
        result.dispositions += len(new)
        return
    result.dispositions += len(dispositions.assign(session, complaint, new, None, now, region))


def _move(session: Session, complaint: Complaint, report: Report, now: datetime, region: Region,
          result: ApplyResult, unknown: list[str]) -> int:
    """Walk the complaint forward to the report's status; returns how many status changes were made."""
    changes = _step(session, complaint, report, now, region, result)
    if changes and complaint.status == IN_PROGRESS and report.status == IN_PROGRESS:
        _note_followed_up(complaint, now, region)
    if changes and complaint.status in (DONE, ARCHIVED) and unknown:  # closed: the names stay on record
        _note(complaint, now, "note_lapor_unknown_agencies", agencies="; ".join(unknown))
    return changes


def _step(session: Session, complaint: Complaint, report: Report, now: datetime, region: Region,
          result: ApplyResult) -> int:
    """Apply the report's status unless what happened here is newer (see `_stale`)."""
    target, start = report.status, complaint.status
    if target == start:
        return 0
    if target == ARCHIVED:
        return _archive(session, complaint, report, now, result)
    if _stale(session, complaint, target):
        return 0
    if target == ON_HOLD:
        if start in (NEW, DISPOSITIONED, IN_PROGRESS):
            _change(session, complaint, ON_HOLD, now, region)
            return 1
        return 0
    changes = 0
    if start == ON_HOLD:  # held by LAPOR only (`_stale`): it goes on where it stands here
        changes += _change(session, complaint, dispositions.status_to_resume(complaint), now, region)
        if complaint.status == NEW:  # back with the verifier: a fresh round of the verification ladder
            ladders.start_verification(complaint, now, region)
    return changes + _walk(session, complaint, target, now, region)


def _stale(session: Session, complaint: Complaint, target: str) -> bool:
    """Whether LAPOR's status is not newer than what happened here, which then wins.

    LAPOR is told of dispositions and follow-ups, never of returns, reopenings or our questions, so the status it
    shows may predate them. It is stale when it is the status the bridge applied last (it was applied once; what
    happened since wins), when it would lift a hold our own questions keep (`holding_questions`: only a hold from
    LAPOR is lifted by LAPOR), and when it is Selesai for a complaint its citizen reopened here since the last LAPOR
    status applied to it. (A move from belum_terverifikasi needs an open disposition: see `_walk`.)
    """
    last = _last_applied(complaint)
    if last is not None and last.status_to == target:
        return True
    if complaint.status == ON_HOLD and target != DONE and complaints.holding_questions(session, complaint):
        return True
    if target == DONE:
        applied_at = complaint.timeline.index(last) if last is not None else -1
        return any(entry.event == Event.REOPENED for entry in complaint.timeline[applied_at + 1:])
    return False


def _last_applied(complaint: Complaint) -> TimelineEntry | None:
    """The timeline entry of the last status change the bridge made from a LAPOR status (None: never)."""
    return next((entry for entry in reversed(complaint.timeline)
                 if entry.event == Event.LAPOR and entry.status_from != entry.status_to), None)


def _note_followed_up(complaint: Complaint, now: datetime, region: Region) -> None:
    """LAPOR shows the report in progress: the agencies followed up there, so no "belum ditindaklanjuti" rungs.

    How long they took is counted only for a disposition we had before (up to now, when we learned of it);
    one made by this very report was answered before we knew of it, so it adds nothing to the averages.
    """
    waiting = [d for d in complaint.dispositions
               if d.status == DispositionStatus.OPEN and d.first_response_at is None]
    for disposition in waiting:
        disposition.first_response_at = now
        ladders.note_first_response(disposition, now, region, measured=disposition.created_at < now)
    if waiting:
        codes = ", ".join(d.agency.code for d in waiting)
        _note(complaint, now, "note_lapor_first_follow_up", agencies=codes)


def _note(complaint: Complaint, now: datetime, key: str, **values) -> None:
    """An internal timeline entry about what SP4N-LAPOR! says (catalogue text `key`), the status unchanged."""
    text = note(Session.object_session(complaint), key, **values)
    complaint.timeline.append(TimelineEntry(at=now, event=Event.LAPOR, public=False, status_from=complaint.status,
                                            status_to=complaint.status, text=text))


def _walk(session: Session, complaint: Complaint, target: str, now: datetime, region: Region) -> int:
    if complaint.status not in MAIN_LINE or MAIN_LINE.index(target) <= MAIN_LINE.index(complaint.status):
        return 0  # LAPOR is behind us (or the complaint is archived): keep ours
    if complaint.status == NEW and target != DONE and not any(
            d.status == DispositionStatus.OPEN for d in complaint.dispositions):
        return 0  # no agency has it here (none matched yet, or it was returned): it waits for a verifier's TERUSKAN
    # (finished in LAPOR by agencies we do not know: closed here too, no work left for a verifier)
    changes = 0
    if complaint.status == NEW:
        changes += _change(session, complaint, DISPOSITIONED, now, region)
    if target == IN_PROGRESS and complaint.status == DISPOSITIONED:
        changes += _change(session, complaint, IN_PROGRESS, now, region)
    if target == DONE:
        _close_dispositions(complaint, now, region)
        changes += _change(session, complaint, DONE, now, region)
    return changes


def _close_dispositions(complaint: Complaint, now: datetime, region: Region) -> None:
    """LAPOR says the complaint is finished: its open dispositions are answered there."""
    for disposition in complaint.dispositions:
        if disposition.status == DispositionStatus.OPEN:
            disposition.status, disposition.closed_at = DispositionStatus.FINAL, now
            ladders.stop_disposition(disposition)
    if complaint.citizen_id is not None:
        ladders.note_finished(complaint, now, region)
    else:
        complaint.closed_at = now  # nobody to rate it here: the rating happens in LAPOR


def _archive(session: Session, complaint: Complaint, report: Report, now: datetime, result: ApplyResult) -> int:
    """LAPOR archived the report: archived here too, unless an agency already followed it up here (in progress or
    finished: the lifecycle keeps it out of the archive). That is said once on its history, for the verifier, and
    once to the operator; later pulls and imports of the same archive add nothing."""
    if ARCHIVED not in complaints.TRANSITIONS.get(complaint.status, set()):
        kept = note(session, "note_lapor_archived_kept")
        if complaint.status != ARCHIVED and not any(entry.text == kept for entry in complaint.timeline):
            result.notes.append(f"{report.where}: {complaint.reference} is {complaint.status} here but archived in "
                                "SP4N-LAPOR!; left as it is")
            _note(complaint, now, "note_lapor_archived_kept")
        return 0
    dispositions.archive(session, complaint, None, note(session, "note_lapor_archived"), now, by_lapor=True)
    return 1


def _change(session: Session, complaint: Complaint, status: str, now: datetime, region: Region) -> int:
    complaints.change_status(session, complaint, status, now, event=Event.LAPOR, public=False,
                             text=note(session, "note_lapor_status", status=status), region=region)
    if status == DISPOSITIONED:
        complaint.verify_next_at = None
    return 1
