"""The audit log: who logged in, who saw a protected reporter's identity, who did what from the dashboard.

`lapor.audit.record` is the Flask-free writer; `log_action` and `log_identity_view` are what views call (they take the
person, the time and the address from the request). Verifiers and supervisors list the log at `/audit`.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from functools import partial
from urllib.parse import parse_qsl

from flask import Blueprint, current_app, render_template, request
from flask_login import current_user
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from bot.messages import KIND_NAMES, SOURCE_NAMES, STATUS_LABELS, t
from lapor.audit import AUTOMATIC, CHAT, CLI, SYSTEM, AuditAction, SystemAction, record, record_identity_view
from lapor.budget import LIFT
from lapor.directory import LEAVE, LEAVE_ENDED, STAND_IN_NAMED
from lapor.queue import FILTER_LABELS
from lapor.references import marked_reference, parse_reference, said_reference
from models import AuditEntry, Complaint, Role
from services import services
from web import db
from web.auth import staff_required
from web.home import FIGURE_NAMES

bp = Blueprint("audit", __name__)

PAGE_SIZE = 50
READERS = (Role.VERIFIER, Role.SUPERVISOR)  # who may list the log

# What staff read for each action and detail the log stores (the stored values stay the commands' own names).
ACTION_LABELS = {
    AuditAction.LOGIN: "Masuk", AuditAction.LOGOUT: "Keluar", AuditAction.IDENTITY_VIEW: "Melihat identitas pelapor",
    AuditAction.EXPORT: "Mengunduh daftar berisi identitas pelapor",
    AuditAction.IDENTITY_SEARCH: "Mencari laporan lewat identitas pelapor", "teruskan": "Teruskan ke instansi",
    "tunda": "Tanya pelapor (TUNDA)", "arsipkan": "Arsipkan", "gabung": "Gabungkan duplikat",
    "tl": "Tindak lanjut (TL)", "selesai": "Jawaban akhir (SELESAI)", "info": "Tanya pelapor (INFO)",
    "kembalikan": "Kembalikan ke verifikator", "survei": "Perlu survei lapangan", "direktori": "Perbarui direktori",
    "tarik": "Tarik disposisi salah kirim (TARIK)",
    "templat": "Simpan templat jawaban", "templat_hapus": "Hapus templat jawaban",
    LEAVE: "Catat cuti petugas (CUTI)", LEAVE_ENDED: "Akhiri atau batalkan cuti petugas",
    STAND_IN_NAMED: "Catat pengganti kepala (Plh)",
    AuditAction.STAND_IN_PAGE: "Membuka halaman kepala sebagai pengganti (Plh)",
    SystemAction.AUTO_CLOSE: "Ditutup otomatis (pelapor tidak menanggapi)",
    SystemAction.WAIT_LAPSED: "Lanjut tanpa jawaban pelapor (batas tunggu habis)",
    SystemAction.LAPOR: "Perubahan dari SP4N-LAPOR!", SystemAction.LAPOR_RECORDED: "Catat ID tracking SP4N-LAPOR!",
    SystemAction.REMASKED: "Identitas pelapor anonim disamarkan ulang",
    LIFT: "Buka batas laporan baru satu nomor (BUKA BATAS)"}
# Who did an entry recorded without a staff member (`lapor.audit.AUTOMATIC`), and where from («Alamat IP»).
AUTOMATIC_ACTOR = "Sistem"
ADDRESS_NAMES = {CHAT: "WhatsApp", SYSTEM: "Sistem (otomatis)", CLI: "Baris perintah (CLI)"}
DETAIL_LABELS = {
    "agencies": "Instansi", "agency": "Instansi", "to": "Diteruskan ke", "field_inspection": "Perlu survei lapangan",
    "reason": "Alasan",
    "parent": "Laporan induk", "media": "Lampiran", "privacy": "Privasi", "kind": "Berkas", "result": "Hasil",
    "title": "Judul", "file": "Berkas", "count": "Jumlah laporan", "references": "Laporan", "filters": "Saringan",
    "query": "Kata pencarian", "created": "Baru", "updated": "Diubah", "unchanged": "Tetap",
    "deactivated": "Dinonaktifkan", "reactivated": "Diaktifkan lagi", "status": "Status",
    "tracking_id": "ID tracking SP4N-LAPOR!", "source_file": "Nama berkas",
    "contact_id": "Kontak warga (nomor urut)",  # BUKA BATAS: whose number (never the number: supervisors read this)
    # a head's stand-in (Plh): the head, who stands in (then the head's return, as leave says it)
    "head": "Kepala yang digantikan", "stand_in": "Pengganti (Plh)", "page": "Halaman",
    # leave (CUTI): whose, its kind, first day when ahead, return, and how it ended
    "staff": "Petugas yang cuti", "away": "Jenis", "from": "Mulai", "back": "Aktif lagi", "ended": "Cuti"}
DETAIL_ORDER = {key: n for n, key in enumerate(DETAIL_LABELS)}
VALUE_LABELS = {True: "ya", False: "tidak", "agencies": "instansi", "staff": "petugas"}
# the log's boxes and its pager, named when a value is ignored (as the queue names them)
FILTERS = {"laporan": "Laporan", "tindakan": "Tindakan", "hal": "Halaman"}
SUBMISSION = "kirim"  # the id of the page's form an action came from (a repeated click is recognised by it)


# A downloaded list's filters as the queue's form names them (the log keeps the list's URL query).
FILTER_NAMES = {**FILTER_LABELS, "q": "Cari", "overdue": "Hanya yang terlambat"}
# a chosen status or kind as the queue's boxes name it («Belum ditindaklanjuti», not the URL's belum_ditindaklanjuti)
# and a figure and «placed in no kecamatan» as /kinerja and the figure's list name them («Kecamatan «-»» read as none)
FILTER_VALUES = {"status": STATUS_LABELS, "kind": KIND_NAMES, "source": SOURCE_NAMES, "figure": FIGURE_NAMES,
                 "district": {"-": "tidak diketahui"}}
NOT_FILTERS = ("kinerja", "back", "page")  # the way back to /kinerja, and the page shown: no filter of the list


# What was typed into a search (an identity search's words, a download's `q`) may be a reporter's name or number:
# a supervisor's /audit read an anonymous reporter's number a verifier had searched by (DESIGN.md: verifiers only).
TYPED = ("query", "q")


def describe(detail: dict, typed_shown: bool = True) -> list[tuple[str, str]]:
    """An entry's details as (label, value) pairs staff can read: Indonesian labels, lists joined, yes/no words, a
    list's filters in words (they read «view=semua&kind=pengaduan»); what was typed into a search withheld unless
    `typed_shown` (the reader is a verifier)."""
    return [(DETAIL_LABELS.get(key, key), _filters(value, typed_shown) if key == "filters"
             else t("web_audit_typed_withheld") if key in TYPED and not typed_shown
             else STATUS_LABELS.get(value, value) if key == "status" else _readable(value))
            for key, value in sorted((detail or {}).items(), key=_detail_order) if key != SUBMISSION]


def _detail_order(item: tuple) -> int:
    """An entry's details in DETAIL_LABELS' order (others after): PostgreSQL's JSONB keeps keys by length, which
    read «Jenis: cuti; Aktif lagi: …; Mulai: …; Petugas yang cuti: Dewi»."""
    return DETAIL_ORDER.get(item[0], len(DETAIL_ORDER))


def _filters(query, typed_shown: bool = True) -> str:
    if not isinstance(query, str):
        return _readable(query)
    withheld = t("web_audit_typed_withheld")
    named = [f"{FILTER_NAMES.get(key, key)} «{value if typed_shown or key not in TYPED else withheld}»"
             for key, value in ((key, FILTER_VALUES.get(key, {}).get(value, value)) for key, value in parse_qsl(query))
             if key not in NOT_FILTERS]
    return ", ".join(named) or "-"


def _readable(value) -> str:
    if isinstance(value, bool) or (isinstance(value, str) and value in VALUE_LABELS):
        return VALUE_LABELS[value]
    if isinstance(value, list | tuple):
        return ", ".join(_readable(item) for item in value) or "-"
    if isinstance(value, dict):
        return ", ".join(f"{key}={_readable(item)}" for key, item in value.items()) or "-"
    return "-" if value is None else str(value)


def log_action(session: Session, action: str, complaint: Complaint | None = None, **detail) -> AuditEntry:
    """Record an action of the logged-in staff member in this request (e.g. `log_action(db(), "teruskan",
    complaint, agencies=["DLH"])`), in the same transaction as the action itself; with the id of the page's form
    it came from, when posted (`kirim`), so that the same form sent twice is recognised."""
    if request.form.get(SUBMISSION):
        detail = {**detail, SUBMISSION: request.form[SUBMISSION][:32]}
    return record(session, action, actor_id=current_user.id, at=services(current_app).clock(),
                  address=request.remote_addr or "", complaint_id=complaint.id if complaint else None, **detail)


def log_identity_view(session: Session, complaint: Complaint) -> None:
    """Record that the logged-in staff member was shown the reporter's identity of an anonim or rahasia complaint
    (call it where a page shows the reporter; see `lapor.audit.record_identity_view`)."""
    record_identity_view(session, current_user, complaint, at=services(current_app).clock(),
                         address=request.remote_addr or "")


@bp.get("/audit")
@staff_required(*READERS)
def index():
    """The log, newest first, a page at a time (the whole log from its last entry shown, `?sebelum=`; a filtered
    one by number, `?hal=2`), of one complaint (`?laporan=LPR-2`) and of one action (`?tindakan=identity_view`)
    when asked: every login is an entry, and a question such as «who saw LPR-2's reporter» was answered by paging
    through them."""
    session = db()
    typed, asked_action = request.args.get("laporan", "").strip()[:40], request.args.get("tindakan", "")
    action = asked_action.strip().lower() if asked_action.strip().lower() in ACTION_LABELS else ""
    conditions, unknown = _conditions(session, typed, action)
    asked_page = _asked_page(request.args.get("hal", ""))
    problems = (["laporan"] * unknown + (["tindakan"] if asked_action.strip() and not action else [])
                + (["hal"] if asked_page is None else []))
    keyset = not conditions and not request.args.get("hal", "").strip()  # the whole log (a page number: an old link)
    entries, older, total, pages, page, before = _entries(session, conditions, asked_page, keyset)
    if before is None and request.args.get("sebelum", "").strip() and keyset:
        problems.append("hal")  # a cursor typed or cut: the newest entries, said as a page number is
    numbers = dict(session.execute(select(Complaint.id, Complaint.number).where(
        Complaint.id.in_({e.complaint_id for e in entries if e.complaint_id}))).all())
    asked = {key: value for key, value in (("laporan", typed), ("tindakan", action)) if value}
    return render_template("audit/index.html", entries=entries, numbers=numbers, page=page, pages=pages,
                           total=total, keyset=keyset, older=older, newer=before is not None,
                           action_names=ACTION_LABELS, automatic=AUTOMATIC,
                           automatic_actor=AUTOMATIC_ACTOR, address_names=ADDRESS_NAMES, typed=typed, action=action,
                           describe=partial(describe, typed_shown=current_user.role == Role.VERIFIER),
                           asked=asked, unknown=unknown, problems=problems, labels=FILTERS,
                           past_end=asked_page if not keyset and asked_page and asked_page > pages else None,
                           ignored_values={"tindakan": " ".join(asked_action.split())[:40]})


def _entries(session: Session, conditions: list, asked_page: int | None, keyset: bool):
    """The entries shown, newest first: (entries, the «Lebih lama» cursor or None, count, pages, page, the cursor
    read). The whole log is paged by its last entry shown (`?sebelum=`, keyset on (at, id), the index on `at`):
    it was counted whole and paged by OFFSET, every login an entry, each page reading every entry before it. A
    filtered log (an action, a complaint: its indexes) keeps its count and page numbers."""
    query = (select(AuditEntry).where(*conditions).options(selectinload(AuditEntry.actor))
             .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()))
    if keyset:
        before = _cursor(request.args.get("sebelum", ""))
        if before is not None:
            at, entry_id = before  # (at, id) < (at, entry_id), written so that `at`'s index bounds the scan
            query = query.where(AuditEntry.at <= at, or_(AuditEntry.at < at, AuditEntry.id < entry_id))
        found = session.scalars(query.limit(PAGE_SIZE + 1)).all()
        shown = found[:PAGE_SIZE]
        return shown, (_cursor_of(shown[-1]) if len(found) > PAGE_SIZE else None), None, None, None, before
    total = session.scalar(select(func.count()).select_from(AuditEntry).where(*conditions))
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(asked_page or 1, pages)
    return (session.scalars(query.offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE)).all(), None, total, pages, page,
            None)


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
CURSOR = re.compile(r"(\d{1,17})-(\d{1,10})")  # microseconds since 1970, then the entry's id


def _cursor_of(entry: AuditEntry) -> str:
    """The «Lebih lama» link's cursor: the last entry's moment (microseconds since 1970, UTC) and id."""
    at = entry.at if entry.at.tzinfo else entry.at.replace(tzinfo=UTC)
    return f"{(at - EPOCH) // timedelta(microseconds=1)}-{entry.id}"


def _cursor(typed: str) -> tuple[datetime, int] | None:
    """The moment and id a cursor names (None: none, or none that can be read)."""
    found = CURSOR.fullmatch(typed.strip())
    if found is None or int(found.group(2)) >= 2**31:
        return None
    return EPOCH + timedelta(microseconds=int(found.group(1))), int(found.group(2))


def _asked_page(typed: str) -> int | None:
    """The page number asked for (`?hal=`; 1 when none), None when it is no page number (named as ignored)."""
    typed = typed.strip()
    if not typed:
        return 1
    return int(typed) if typed.isdigit() and 1 <= int(typed) <= 10**6 else None


def _conditions(session: Session, typed: str, action: str) -> tuple[list, bool]:
    """The log's filters as SQL conditions, and whether the typed reference was not understood (then ignored)."""
    conditions = [AuditEntry.action == action] if action else []
    if not typed:
        return conditions, False
    number = parse_reference(marked_reference(said_reference(typed)))  # "nomor 2", "lapor 2" as the queue reads them
    if number is None:
        return conditions, True
    complaint_id = session.scalar(select(Complaint.id).where(Complaint.number == number)) if number < 2**31 else None
    return [*conditions, AuditEntry.complaint_id == (complaint_id or -1)], False
