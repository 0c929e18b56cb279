"""A complaint's page (`/pengaduan/<n>`) and the actions staff take from it.

Every action calls the same `lapor` function as its chat command (bot/staff/) and is refused for the same
reasons (`lapor.preconditions`, `lapor.access`), so the citizen, the officers and the ladders hear of it exactly
as of the command: the domain events queue the same outbox notices. Each action is written to the audit log in
its own transaction.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    g,
    get_flashed_messages,
    redirect,
    render_template,
    request,
    url_for,
)
from flask import session as browser_session
from flask_login import current_user
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from sqlalchemy import func, select
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import RequestEntityTooLarge
from wtforms import BooleanField, HiddenField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import Length, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from bot.messages import COMMAND_EXAMPLES, DISPOSITION_CLOSED, STAFF_STATUS_NAMES, short_date, short_datetime, t
from bot.staff.shown import answered_by
from bot.staff.verifier import who_was_told
from bot.staff.withdrawing import where_now
from lapor import access, answer_templates, complaints, dispositions, preconditions
from lapor.access import may_act, may_see_complaint, reporter_seen_by
from lapor.complaints import LifecycleError
from lapor.dispositions import state_of
from lapor.media import items_seen_by, mark_missing, served_key, variant_for
from lapor.queue import Holder, days_between, holders, searched_references
from lapor.queue import agencies as active_agencies
from lapor.references import MARK, format_reference, marked_reference, said_reference, split_reference
from lapor.routing_store import shown_suggestions
from lapor.timeline import timeline
from media import links
from media.storage import StorageError
from media.uploads import UploadRefused, store_upload
from models import (
    Agency,
    AuditEntry,
    Complaint,
    Contact,
    Disposition,
    DispositionStatus,
    MediaStatus,
    OutboxMessage,
)
from services import services
from web import ROLE_NAMES, WithinLength, db, expired_form, kept_forms, one_newline, sessions
from web.audit import ACTION_LABELS, SUBMISSION, log_action, log_identity_view
from web.auth import staff_required
from web.home import next_in_list, queue_carry

logger = logging.getLogger(__name__)

bp = Blueprint("pengaduan", __name__)

VERIFIER, AGENCY = access.VERIFIER_ROLES, access.AGENCY_ROLES
TEXT_LIMIT = 4000
UPLOAD_SLACK = 1024 * 1024  # the form around an uploaded photo
LONG_REFERENCE = re.compile(rf"(?:{MARK}|#\s*)?(\d{{10,}})", re.IGNORECASE)  # beyond any complaint number
REASON_LIMIT = 500  # characters of a take-back's reason (TARIK): the agency reads it in its dispositions table
# A take-back's reason kept for its confirmation page (never shown as a refused form), until an action goes through
WITHDRAW_CHECKED = "tarik:periksa"
UPLOAD_ROOM = 4  # a request may carry a file this many times MEDIA_MAX_BYTES (refused by the page, text kept)


class TextForm(FlaskForm):
    """One text for the citizen or the verifier (TL, INFO, KEMBALIKAN, SURVEI, TUNDA, ARSIPKAN)."""

    text = TextAreaField("Teks", filters=[one_newline], validators=[
        WithinLength(TEXT_LIMIT, "web_text_too_long")])


class AnswerForm(TextForm):
    """A follow-up (TL) or final answer (SELESAI), with a photo or document."""

    photo = FileField("Foto atau dokumen (boleh dikosongkan)")


class MultiCheckbox(SelectMultipleField):
    """Several choices as checkboxes (the agency picker)."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class DisposeForm(FlaskForm):
    """TERUSKAN: one or more agencies, and whether a field inspection is needed."""

    agencies = MultiCheckbox("Instansi tujuan", choices=[], validate_choice=False)
    field_inspection = BooleanField("Perlu survei lapangan (batas penyelesaian lebih panjang)")


class MergeForm(FlaskForm):
    """GABUNG: the complaint this one duplicates (a candidate, or a typed reference)."""

    parent = StringField("Laporan induk", validators=[Optional(), Length(max=30, message=t("web_reference_too_long"))])
    typed = StringField("Nomor laporan induk", validators=[Optional(), Length(max=30,
                                                                          message=t("web_reference_too_long"))])

    def chosen(self) -> str:
        """The parent as the verifier gave it: a typed reference wins over the preselected candidate."""
        return (self.typed.data or "").strip() or (self.parent.data or "")
    confirm = HiddenField()  # "1" once the verifier saw both complaints side by side


class WithdrawForm(FlaskForm):
    """TARIK: one open disposition taken back (its agency's code), the agency it goes on to (none: it waits for a
    forward again) and why (the chat's «salah kirim» when left empty)."""

    agency = HiddenField()
    to = StringField("Teruskan ke instansi yang tepat (boleh dikosongkan)",
                     validators=[Optional(), Length(max=30, message=t("web_form_invalid"))])
    text = TextAreaField("Alasan penarikan (boleh dikosongkan: «salah kirim»)", filters=[one_newline], validators=[
        WithinLength(REASON_LIMIT, "web_text_too_long")])
    confirm = HiddenField()  # "1" once the verifier saw what the take-back does


@dataclass(frozen=True)
class Action:
    """A button on the complaint page: who may press it, its form and what it does."""

    roles: tuple[str, ...]
    form: type[FlaskForm]
    run: Callable[[Contact, Complaint, FlaskForm], str | None]  # returns the confirmation, or None (refused)


def _svc():
    return services(current_app)


def _now():
    return _svc().clock()


def _me() -> Contact:
    return current_user.contact


def _visible(number: int, lock: bool = False) -> Complaint:
    """The complaint LPR-<number> if the logged-in person may see it; 404 otherwise (never a hint it exists)."""
    complaint = complaints.by_number(db(), number, lock=lock)
    if complaint is None or not may_see_complaint(current_user, complaint):
        abort(404)
    return complaint


def _refuse(key: str, **values) -> None:
    flash(t(key, **values), "error")


def _text(form: FlaskForm, example: str) -> str | None:
    """The form's text, or None after saying what is missing (letters are needed, as in the chat)."""
    text = (form.text.data or "").strip()
    if text and any(ch.isalpha() for ch in text):
        return text
    flash(t("web_need_text", example=example), "error")
    return None


# Verifier actions --------------------------------------------------------------------------------------------

def do_teruskan(staff: Contact, complaint: Complaint, form: DisposeForm) -> str | None:
    """TERUSKAN from the agency picker: several agencies, optionally with a field inspection."""
    codes = [code for code in form.agencies.data or [] if code]
    chosen = list(db().scalars(select(Agency).where(Agency.code.in_(codes), Agency.active.is_(True))))
    gone = set(codes) - {agency.code for agency in chosen}
    inactive = sorted(db().scalars(select(Agency.code).where(Agency.code.in_(gone)))) if gone else []
    if inactive:  # taken out of the directory while the page was open
        flash(t("web_agency_inactive", codes=", ".join(inactive)), "error")
        return None
    if not chosen or gone:
        flash(t("web_need_agency"), "error")
        return None
    if complaint.status == complaints.DONE:
        return _refuse("teruskan_finished", reference=complaint.reference, answered=answered_by(complaint))
    if preconditions.why_not_dispose(complaint):
        return _refuse_closed(complaint)
    created = dispositions.assign(db(), complaint, chosen, staff, _now(), _svc().region,
                                   field_inspection=bool(form.field_inspection.data))
    lines = []
    for agency in chosen:
        made = next((d for d in created if d.agency_id == agency.id), None)
        if made is None:
            lines.append(t("teruskan_already", reference=complaint.reference, agency=agency.code))
        elif made.due_at is None:
            lines.append(t("teruskan_external", reference=complaint.reference, agency=agency.name))
        else:
            lines.append(t("teruskan_done", reference=complaint.reference, agency=agency.name,
                           due=short_date(made.due_at, _svc().region.calendar.zone),
                           told=who_was_told(db(), made, _now())))
    log_action(db(), "teruskan", complaint, agencies=[a.code for a in chosen],
               field_inspection=bool(form.field_inspection.data))
    return " ".join(lines)


def _refuse_closed(complaint: Complaint) -> None:
    """Refuse an action on a complaint its status closes to it, the status in staff words (a question waiting is
    the reporter's, never «dari Anda»)."""
    return _refuse("staff_complaint_closed", reference=complaint.reference, status=STAFF_STATUS_NAMES[complaint.status])


def do_tunda(staff: Contact, complaint: Complaint, form: TextForm) -> str | None:
    """TUNDA: ask the citizen; the complaint waits (tertunda) for the answer."""
    text = _text(form, "Mohon sebutkan RT/RW dan patokan terdekat.")
    if text is None or _question_refused(complaint):
        return None
    dispositions.ask_citizen(db(), complaint, staff, text, _now())
    log_action(db(), "tunda", complaint)
    return _confirm("tunda_done", complaint, reference=complaint.reference,
                    days=_svc().region.settings.question_wait_days)


def _question_refused(complaint: Complaint) -> bool:
    reason = preconditions.why_not_ask(complaint)
    if reason == preconditions.NO_REPORTER:
        _refuse("staff_no_reporter", reference=complaint.reference)
    elif reason:
        _refuse_closed(complaint)
    return reason is not None


def do_arsipkan(staff: Contact, complaint: Complaint, form: TextForm) -> str | None:
    """ARSIPKAN with the reason the citizen is told."""
    text = _text(form, "Bukan pengaduan pelayanan publik.")
    if text is None:
        return None
    if preconditions.why_not_archive(complaint):
        return _refuse_closed(complaint)
    dispositions.archive(db(), complaint, staff, text, _now())
    log_action(db(), "arsipkan", complaint, reason=text[:200])
    return _confirm("arsipkan_done", complaint, reference=complaint.reference)


def merge_target(complaint: Complaint, typed: str | None) -> Complaint | None:
    """The complaint the verifier typed or picked as the parent, or None after saying (flashed, in the
    dashboard's words) why it cannot be: nothing typed, not found, itself, archived, or this one is in progress."""
    number, rest = split_reference(marked_reference(said_reference((typed or "").strip())))  # "nomor 12", "lapor 12"
    if number is None and (longer := LONG_REFERENCE.fullmatch((typed or "").strip())):
        return _refuse("web_merge_not_found", typed=format_reference(int(longer.group(1))))
    if number is None or rest:
        return _refuse("web_merge_need_parent")
    parent = complaints.by_number(db(), number)
    if parent is None:
        return _refuse("web_merge_not_found", typed=format_reference(number))
    root = merge_root(parent)
    if complaint.id in (parent.id, root.id):
        return _refuse("web_merge_same", reference=complaint.reference)
    if root.status == complaints.ARCHIVED:
        return _refuse("web_merge_parent_archived", parent=root.reference)
    return parent if _mergeable(complaint) else None


def merge_root(parent: Complaint) -> Complaint:
    """The complaint a merge into `parent` really joins: the end of its own chain of merges."""
    seen = set()
    while parent.parent is not None and parent.id not in seen:
        seen.add(parent.id)
        parent = parent.parent
    return parent


def _mergeable(complaint: Complaint) -> bool:
    reason = preconditions.why_not_merge(complaint)
    if reason == preconditions.IN_PROGRESS:
        _refuse("gabung_in_progress", reference=complaint.reference, status=STAFF_STATUS_NAMES[complaint.status])
    elif reason:
        _refuse_closed(complaint)
    return reason is None


def do_gabung(staff: Contact, complaint: Complaint, form: MergeForm) -> str | None:
    """GABUNG into a parent, once confirmed: the duplicate's citizen follows the parent from now on."""
    parent = merge_target(complaint, form.chosen())
    if parent is None:
        return None
    dispositions.lock_for_merge(db(), complaint, parent)
    if not _mergeable(complaint):
        return None
    try:
        dispositions.merge(db(), complaint, parent, staff, _now())
    except LifecycleError:
        return _refuse_closed(parent)
    log_action(db(), "gabung", complaint, parent=complaint.parent.reference)
    return t("gabung_done", reference=complaint.reference, parent=complaint.parent.reference)


def merge_preview(complaint: Complaint, form: MergeForm, seen: int | None = None):
    """The confirmation step of a merge: both complaints side by side (reference, title, status, agencies; never
    a reporter), what the merge does, and warnings when the parent is finished or was never a suggested duplicate."""
    parent = merge_target(complaint, form.chosen())
    if parent is None:
        return None
    root = merge_root(parent)
    warnings = []
    if root.id != parent.id:
        warnings.append(t("web_merge_via_root", typed=parent.reference, parent=root.reference,
                          reference=complaint.reference))
    if root.status not in complaints.OPEN_STATUSES:
        warnings.append(t("web_merge_parent_finished", parent=root.reference, reference=complaint.reference))
    suggested = {shown["number"] for shown in complaint.duplicate_suggestions or []}
    if root.number not in suggested and parent.number not in suggested:
        warnings.append(t("web_merge_not_suggested", parent=root.reference))
    return render_template("pengaduan/gabung.html", complaint=complaint, parent=root, warnings=warnings,
                           seen=last_seen_entry(complaint) if seen is None else seen,
                           submission=secrets.token_urlsafe(12),
                           what=t("web_merge_what_happens", reference=complaint.reference, parent=root.reference),
                           form=form)


def withdraw_target(complaint: Complaint, form: WithdrawForm) -> tuple[Disposition, Agency | None, str] | None:
    """The open disposition to take back, the agency it goes on to (None) and the reason; None after saying (flashed)
    why it cannot be: the agency no longer holds it, or the agency to go on to is unknown or the same."""
    code = (form.agency.data or "").strip()
    disposition = next((d for d in complaint.dispositions
                        if d.agency.code == code and d.status == DispositionStatus.OPEN), None)
    if disposition is None:
        return _refuse("web_tarik_not_open", reference=complaint.reference, agency=code[:30] or "-")
    going = None
    if (wanted := (form.to.data or "").strip()):
        going = db().scalars(select(Agency).where(Agency.code == wanted, Agency.active.is_(True))).first()
        if going is None:  # switched off in the directory while the page was open (or never in it)
            return _refuse("web_tarik_to_inactive", reference=complaint.reference, agency=code, codes=wanted[:30])
        if going.id == disposition.agency_id:
            return _refuse("web_tarik_same", reference=complaint.reference, agency=code)
    return disposition, going, (form.text.data or "").strip() or t("tarik_reason")


def do_tarik(staff: Contact, complaint: Complaint, form: WithdrawForm) -> str | None:
    """TARIK once confirmed: the disposition taken back as the chat's TARIK takes it back (and sent on)."""
    target = withdraw_target(complaint, form)
    if target is None:
        return None
    disposition, going, reason = target
    done = dispositions.take_back(db(), complaint, [disposition], staff, reason, _now(), _svc().region,
                                  to=[going] if going else [])
    for action, detail in done.actions:
        log_action(db(), action, complaint, **detail)
    lines = [t("tarik_done", reference=complaint.reference, agencies=disposition.agency.code)]
    lines += where_now(complaint, done.made, _svc().region.calendar.zone, "web_tarik_where_now")
    return " ".join(lines)


def withdraw_preview(complaint: Complaint, form: WithdrawForm, seen: int | None):
    """The take-back's confirmation step: which agency, where it goes on to, why, and what it does."""
    target = withdraw_target(complaint, form)
    if target is None:
        return None
    disposition, going, reason = target
    reference, code = complaint.reference, disposition.agency.code
    others = [d.agency.code for d in complaint.dispositions
              if d.status == DispositionStatus.OPEN and d is not disposition]
    if going is not None:
        then = t("web_tarik_then", reference=reference, agency=going.name)
    elif others:
        then = t("web_tarik_then_nowhere", reference=reference, agencies=", ".join(others))
    else:
        then = t("web_tarik_then_wait", reference=reference)
    return render_template("pengaduan/tarik.html", complaint=complaint, disposition=disposition, going=going,
                           reason=reason, typed=(form.text.data or "").strip(), form=form, then=then,
                           what=t("web_tarik_what_happens", reference=reference, agency=code),
                           seen=last_seen_entry(complaint) if seen is None else seen,
                           submission=secrets.token_urlsafe(12))


# Officer and head actions ------------------------------------------------------------------------------------

def _own(staff: Contact, complaint: Complaint):
    disposition, reason = preconditions.agency_disposition(complaint, staff.agency_id)
    if reason == preconditions.NOT_YOURS:
        abort(404)
    if reason:
        _refuse("staff_disposition_closed", reference=complaint.reference, agency=staff.agency.code,
                state=DISPOSITION_CLOSED[state_of(disposition)])
        return None
    return disposition


def _upload(staff: Contact, form: AnswerForm) -> list[dict] | None:
    """The uploaded file as the follow-up's media ([] without one); None after saying why it was refused."""
    upload = form.photo.data
    if upload is None or not getattr(upload, "filename", ""):
        return []
    svc = _svc()
    try:
        return [store_upload(db(), svc.media_storage, upload.read(svc.config["MEDIA_MAX_BYTES"] + 1),
                             upload.mimetype or "", staff, _now(), svc.config["MEDIA_MAX_BYTES"])]
    except UploadRefused as refused:
        flash(t(f"web_upload_{refused.reason}", max_mb=svc.config["MEDIA_MAX_BYTES"] // (1024 * 1024),
                accepted=t("media_accepted")), "error")
        return None
    except StorageError as exc:  # a full disk, an unreachable bucket: the officer's text is kept, nothing is sent
        logger.error("an upload could not be stored: %s", exc)
        flash(t("web_upload_unavailable"), "error")
        return None


def _answer(staff: Contact, complaint: Complaint, form: AnswerForm, final: bool) -> str | None:
    disposition = _own(staff, complaint)
    if disposition is None:
        return None
    if _identity_asked(staff, complaint, (form.text.data or "").strip(), "SELESAI" if final else "TL"):
        return None
    media = _upload(staff, form)
    if media is None:
        return None
    text = (form.text.data or "").strip()
    if not (text and any(ch.isalpha() for ch in text)) and not media:
        flash(t("web_need_text", example=_example("web_example_final" if final else "web_example_progress", staff)),
              "error")
        return None
    dispositions.follow_up(db(), disposition, staff, text or "(foto)", _now(), _svc().region, final=final,
                           media=media)
    log_action(db(), "selesai" if final else "tl", complaint, media=len(media))
    photos = f" Lampiran: {len(media)} berkas." if media else ""
    if not final:
        return _confirm("tl_done", complaint, reference=complaint.reference, photos=photos)
    others = [d.agency.code for d in complaint.dispositions if d.status == DispositionStatus.OPEN]
    rest = t("selesai_waiting", others=", ".join(others)) if others else t("selesai_all_done")
    return _confirm("selesai_done", complaint, reference=complaint.reference, photos=photos, rest=rest)


def _identity_asked(staff: Contact, complaint: Complaint, text: str, command: str) -> bool:
    """News for an anonymous reporter that asks who they are is refused, as on WhatsApp (`why_not_say_this`)."""
    if not preconditions.why_not_say_this(complaint, staff, text):
        return False
    _refuse("answer_identity_withheld", command=command, reference=complaint.reference,
            example=t(COMMAND_EXAMPLES[command]))
    return True


def do_tl(staff: Contact, complaint: Complaint, form: AnswerForm) -> str | None:
    """TL: progress, relayed to the citizen."""
    return _answer(staff, complaint, form, final=False)


def do_selesai(staff: Contact, complaint: Complaint, form: AnswerForm) -> str | None:
    """SELESAI: the agency's final answer; the complaint is done when every disposition has one."""
    return _answer(staff, complaint, form, final=True)


def agency_work(agency) -> str:
    """The agency's own kind of work as its directory row names it: its first keyword that is words, not an
    abbreviation («jalan berlubang», «sampah», «kartu keluarga»; not «tps», «ktp», «e-ktp»); "" for none."""
    for keyword in (agency.keywords or []) if agency is not None else []:
        word = str(keyword).strip()
        if " " in word or (len(word) >= 5 and word.isalpha()):
            return word
    return ""


def _example(key: str, staff: Contact) -> str:
    """An example answer of the officer's agency's own work, or a neutral one: every officer read «Petugas sudah
    mengangkut sampah», also PUPR's road officer."""
    work = agency_work(staff.agency)
    return t(key, work=work) if work else t(f"{key}_neutral")


def _own_with_text(staff: Contact, complaint: Complaint, form: TextForm, example: str):
    """The agency's open disposition and the typed reason (text None, with the problem flashed, when either is
    missing)."""
    disposition = _own(staff, complaint)
    return disposition, _text(form, example) if disposition else None


def do_info(staff: Contact, complaint: Complaint, form: TextForm) -> str | None:
    """INFO: ask the citizen; the answer comes back to the asker."""
    disposition, text = _own_with_text(staff, complaint, form, "Mohon kirim foto lokasi yang lebih dekat.")
    if text is None or _question_refused(complaint):
        return None
    if preconditions.why_not_ask_this(complaint, staff, text):
        _refuse("info_identity_withheld", reference=complaint.reference)
        return None
    dispositions.ask_citizen(db(), complaint, staff, text, _now(), disposition)
    log_action(db(), "info", complaint)
    return _confirm("info_done", complaint, reference=complaint.reference)


def do_kembalikan(staff: Contact, complaint: Complaint, form: TextForm) -> str | None:
    """KEMBALIKAN: not this agency's authority; back to the verifiers with the reason."""
    own = staff.agency.code if staff.agency else "instansi ini"
    disposition, text = _own_with_text(staff, complaint, form, t("web_example_return", agency=own))
    if text is None:
        return None
    dispositions.return_disposition(db(), disposition, staff, text, _now(), _svc().region)
    log_action(db(), "kembalikan", complaint, reason=text[:200])
    return t("kembalikan_done", reference=complaint.reference)


def do_survei(staff: Contact, complaint: Complaint, form: TextForm) -> str | None:
    """SURVEI: a field inspection is needed; the longer deadline applies and the citizen is told why."""
    disposition, text = _own_with_text(staff, complaint, form, _example("web_example_inspection", staff))
    if text is None or _identity_asked(staff, complaint, text, "SURVEI"):
        return None
    region, zone = _svc().region, _svc().region.calendar.zone
    due = dispositions.due_at(region, complaint.kind, disposition.created_at, True)
    note = t("survei_note", reason=text, due=short_date(due, zone))
    dispositions.mark_field_inspection(db(), disposition, staff, note, _now(), region)
    log_action(db(), "survei", complaint)
    return _confirm("survei_done", complaint, reference=complaint.reference, due=short_date(due, zone),
             days=region.settings.field_inspection_days)


ACTIONS: dict[str, Action] = {
    "teruskan": Action(VERIFIER, DisposeForm, do_teruskan),
    "tunda": Action(VERIFIER, TextForm, do_tunda),
    "arsipkan": Action(VERIFIER, TextForm, do_arsipkan),
    "gabung": Action(VERIFIER, MergeForm, do_gabung),
    "tarik": Action(VERIFIER, WithdrawForm, do_tarik),
    "tl": Action(AGENCY, AnswerForm, do_tl),
    "selesai": Action(AGENCY, AnswerForm, do_selesai),
    "info": Action(AGENCY, TextForm, do_info),
    "kembalikan": Action(AGENCY, TextForm, do_kembalikan),
    "survei": Action(AGENCY, TextForm, do_survei),
}


@bp.post("/pengaduan/<int:number>/<action>")
def act(number: int, action: str):
    """Run one action on the complaint and come back to its page with the confirmation; a refused action shows
    the page again with what was typed kept and why it was refused. A merge first shows a confirmation step."""
    spec = ACTIONS.get(action)
    if spec is None:
        abort(404)
    if not current_user.is_authenticated:  # the session ended while the form was open (idle, or logged out)
        return _session_ended(number, action)
    complaint = _visible(number, lock=action != "gabung")  # a merge locks both complaints in the one order
    if current_user.role not in spec.roles or not may_act(current_user, complaint, spec.roles):
        abort(403)
    if _sent_before(complaint, action):
        return _sent_once(complaint)
    form = spec.form()
    if not form.validate_on_submit():
        flash(" ".join(e for errors in form.errors.values() for e in errors) or t("web_form_invalid"), "error")
        return _again(number, action, form)
    changed = _changed_since_seen(complaint)
    if changed:  # another tab, another staff member, the citizen or a double click got there first
        flash(changed, "error")
        return _again(number, action, form, status=409)
    if action == "gabung" and form.confirm.data != "1":
        return _to_merge_check(complaint, form)
    if action == "tarik" and form.confirm.data != "1":
        return _to_withdraw_check(complaint, form)
    g.outbox_before = db().scalar(select(func.max(OutboxMessage.id))) or 0
    done = spec.run(_me(), complaint, form)
    if done is None:
        return _again(number, action, form)
    kept_forms.forget(db(), current_user.id, number, [*ACTIONS, WITHDRAW_CHECKED])
    db().commit()
    flash(done, "success")
    return redirect(url_for(".page", number=number, **queue_carry()), code=303)


def _to_merge_check(complaint: Complaint, form: MergeForm):
    """A merge's first step: a parent that cannot be is refused on the page; else the browser is sent to the
    confirmation page (a GET, so that Back and Refresh on it never resend a form), with the `seen` of the page
    the verifier came from (a change in between still stops the merge)."""
    parent = merge_target(complaint, form.chosen())
    if parent is None:
        return _again(complaint.number, "gabung", form)
    return redirect(url_for(".merge_check", number=complaint.number, induk=parent.reference,
                            seen=request.form.get("seen", ""), **queue_carry()), code=303)


def _to_withdraw_check(complaint: Complaint, form: WithdrawForm):
    """A take-back's first step: one that cannot be is refused on the page; else the browser is sent to the
    confirmation page (a GET: Back and Refresh never resend a form), with the `seen` of the page it came from.
    The reason typed stays on the server (`kept_forms`, `?periksa=<token>`): in the address it went to access
    logs and the browser's history, an anonymous reporter's name with it when the verifier wrote it."""
    if withdraw_target(complaint, form) is None:
        return _again(complaint.number, "tarik", form)
    reason, token = (form.text.data or "").strip(), None
    if reason:
        token = kept_forms.keep(db(), current_user.web_session.id, complaint.number, WITHDRAW_CHECKED,
                                {"text": [reason]}, [], 200, _now())
        db().commit()
    return redirect(url_for(".withdraw_check", number=complaint.number, instansi=form.agency.data,
                            ke=(form.to.data or "").strip() or None, periksa=token,
                            seen=request.form.get("seen", ""), **queue_carry()), code=303)


@bp.get("/pengaduan/<int:number>/tarik")
@staff_required(*VERIFIER)
def withdraw_check(number: int):
    """The take-back's confirmation page; a disposition no longer open (taken back already, answered, returned)
    is said so on the complaint's page, with nothing offered again; a reason no longer kept (a day later, or
    after an action on the complaint went through) is asked for again in the disposition's fold, opened."""
    complaint = _visible(number)
    if not may_act(current_user, complaint, VERIFIER):
        abort(403)
    typed, token = "", request.args.get("periksa")
    if token:
        kept = kept_forms.kept(db(), current_user.id, number, token, [WITHDRAW_CHECKED], now=_now())
        typed = (kept.fields.get("text") or [""])[0] if kept is not None else None
    form = WithdrawForm(formdata=MultiDict({"agency": request.args.get("instansi", ""),
                                            "to": request.args.get("ke", ""), "text": typed or ""}))
    if typed is None:  # kept a day, or until an action on the complaint went through
        if withdraw_target(complaint, form) is not None:  # else it said why nothing is offered
            flash(t("web_tarik_reason_gone"), "info")
        return render_page(number, bound=("tarik", form))
    preview = withdraw_preview(complaint, form, seen=request.args.get("seen", type=int))
    return preview if preview is not None else render_page(number, bound=("tarik", form))


@bp.get("/pengaduan/<int:number>/gabung")
@staff_required(*VERIFIER)
def merge_check(number: int):
    """The merge's confirmation page: both complaints side by side, what the merge does, and its warnings."""
    complaint = _visible(number)
    if not may_act(current_user, complaint, VERIFIER):
        abort(403)
    if complaint.parent is not None:  # Back to the confirmation after the merge: say so, offer nothing again
        flash(t("web_merge_already", reference=complaint.reference, parent=merge_root(complaint).reference), "info")
        return render_page(number)
    form = MergeForm(formdata=MultiDict({"typed": request.args.get("induk", "")}))
    preview = merge_preview(complaint, form, seen=request.args.get("seen", type=int))
    return preview if preview is not None else (render_page(number, bound=("gabung", form)), 400)


def _sent_before(complaint: Complaint, action: str) -> bool:
    """Whether this very form (its page's `kirim` id) already went through: a double click, or a request the
    browser sent again. Two tabs are two pages with two ids: the second still waits for a look (409)."""
    submission = request.form.get(SUBMISSION, "")[:32]
    if not submission:
        return False
    done = db().scalars(select(AuditEntry.detail).where(
        AuditEntry.complaint_id == complaint.id, AuditEntry.actor_id == current_user.id, AuditEntry.action == action)
        .order_by(AuditEntry.id.desc()).limit(20))
    return any((detail or {}).get(SUBMISSION) == submission for detail in done)


def _sent_once(complaint: Complaint):
    """The page after a form that already went through: said so, nothing done again (the browser dropped the
    first answer, and with it the confirmation)."""
    db().rollback()
    flash(t("web_sent_once", reference=complaint.reference), "success")
    return redirect(url_for(".page", number=complaint.number, **queue_carry()), code=303)


def last_seen_entry(complaint: Complaint) -> int:
    """The newest timeline entry of the complaint (its page's forms carry it as `seen`)."""
    return max((entry.id for entry in complaint.timeline), default=0)


def _changed_since_seen(complaint: Complaint) -> str | None:
    """Why the action waits, when the complaint's timeline grew after its page was shown (`seen`, posted by the
    page's forms): who changed it and when, so the person looks before acting on what they did not see."""
    seen = request.form.get("seen", type=int)
    newer = [entry for entry in complaint.timeline if seen is not None and entry.id > seen]
    if not newer:
        return None
    last = newer[-1]
    actor = db().get(Contact, last.actor_id) if last.actor_id else None
    when = _when(last.at, _svc().region.calendar.zone)
    if actor is not None and actor.id == current_user.id:
        return t("web_changed_by_you", reference=complaint.reference, when=when)
    if actor is None:
        who = t("web_changed_by_system")
    else:
        who = actor.name or ROLE_NAMES.get(actor.role, "") if actor.role else t("web_changed_by_citizen")
    return t("web_changed_since", reference=complaint.reference, who=who, when=when)


def _when(moment, zone) -> str:
    """`pukul 07.14` today, else `5 Des 2026 pukul 07.14` (timeline times are UTC-aware: `UTCDateTime`)."""
    local = moment.astimezone(zone)
    if local.date() == _now().astimezone(zone).date():
        return f"pukul {local:%H.%M}"
    return short_datetime(local, zone)


def _again(number: int, action: str, form: FlaskForm, status: int = 400):
    """After a refused action nothing changed; what was typed and why it was refused are kept for the complaint's
    page, where the browser is sent (Post/Redirect/Get: Back and Refresh never resend the form). The page shows
    the action's section open with the text (a file cannot be kept by the browser: it is asked for again)."""
    db().rollback()
    complaint = _visible(number)  # a complaint the person may not see: 404, nothing kept
    if _sent_before(complaint, action):  # the first click was still running when this one was checked
        get_flashed_messages()
        return _sent_once(complaint)
    if getattr(form, "photo", None) is not None and getattr(form.photo.data, "filename", ""):
        flash(t("web_upload_pick_again"), "info")
    token = kept_forms.keep(db(), current_user.web_session.id, number, action, request.form.to_dict(flat=False),
                            get_flashed_messages(with_categories=True), status, _now())
    db().commit()
    section = _section(complaint, action, form)
    return redirect(url_for(".page", number=number, ulang=token, **queue_carry()) + f"#{section}", code=303)


def _section(complaint: Complaint, action: str, form: FlaskForm) -> str:
    """The id of the page's section a refused form comes back in: a take-back's is its disposition's fold
    (`tarik-<code>`, while it is still open to take back; else the dispositions, where the refusal says why)."""
    if action != "tarik":
        return action
    code = (form.agency.data or "").strip()
    held = {d.agency.code for d in complaint.dispositions if d.status == DispositionStatus.OPEN}
    return f"tarik-{code}" if code in held else "disposisi-h"


def _kept_form(number: int) -> tuple[tuple[str, FlaskForm], int] | None:
    """The refused form `?ulang=` names (this session's, this complaint's), rebuilt, with its messages shown again."""
    found = kept_forms.kept(db(), current_user.id, number, request.args.get("ulang"), ACTIONS, now=_now())
    if found is None or found.action not in ACTIONS:
        return None
    for category, message in found.messages.get("shown", []):
        flash(message, category)
    return (found.action, ACTIONS[found.action].form(formdata=MultiDict(
        [(name, value) for name, values in found.fields.items() for value in values]))), found.status


# Confirmations: a message for the citizen held for their quiet hours is said to be queued, with its time -------

HELD = {"tunda_done", "arsipkan_done", "info_done", "survei_done", "tl_done", "selesai_done"}


def _confirm(key: str, complaint: Complaint, **values) -> str:
    """The action's confirmation; when what it queued for the reporter waits for their quiet hours, the variant
    that says it is queued and when it goes."""
    when = _held_until(complaint) if key in HELD else None
    if when is None:
        return t(key, **values)
    zone = _svc().region.calendar.zone
    local, today = when.astimezone(zone), _now().astimezone(zone).date()
    said = t("web_held_when_today" if local.date() == today else "web_held_when_tomorrow", time=f"{local:%H.%M}")
    return t(f"web_held_{key}", when=said, **values)


def _held_until(complaint: Complaint):
    """When the first message this request queued for the complaint's reporter will go, if later than now."""
    citizen = complaint.citizen
    if citizen is None or citizen.is_staff:
        return None
    rows = db().scalars(select(OutboxMessage).where(OutboxMessage.id > g.get("outbox_before", 0),
                                                    OutboxMessage.recipient.in_(citizen.addresses))).all()
    if not rows:
        return None
    calendar = _svc().region.calendar
    when = min(calendar.next_citizen_moment(row.next_attempt_at) for row in rows)
    return when if when > _now() + timedelta(minutes=1) else None


# The page ------------------------------------------------------------------------------------------------------

@bp.get("/pengaduan/<int:number>")
@staff_required()
def page(number: int):
    """Everything about one complaint, and the actions the person may take on it (with a refused action's form
    as it was typed, `?ulang=`)."""
    refused = _kept_form(number)
    if refused is None:
        return render_page(number)
    return render_page(number, bound=refused[0]), refused[1]


@bp.get("/pengaduan/<string:typed>")
@staff_required()
def typed_page(typed: str):
    """A reference typed or pasted into the address bar as the search reads it (`/pengaduan/LPR-3`, `lpr3`,
    `LPR–3,`): redirected to its page's address, where the usual rule answers (404 for one the person may not
    see, exactly as for one that does not exist). Anything but one reference is not found: /pengaduan/LPR-3 was
    a 404 where /pengaduan/3 worked."""
    numbers = searched_references(typed)
    if len(numbers) != 1:
        abort(404)
    return redirect(url_for("pengaduan.page", number=numbers[0], **request.args.to_dict(flat=False)))


def render_page(number: int, bound: tuple[str, FlaskForm] | None = None) -> str:
    """The complaint's page; `bound` is a refused action's form (its section open, what was typed kept)."""
    session, svc, now = db(), _svc(), _now()
    complaint = _visible(number)
    reporter = reporter_seen_by(current_user, complaint)
    if not reporter.withheld and complaint.citizen_id is not None:
        log_identity_view(session, complaint)
        session.commit()
        complaint = _visible(number)
    me = _me()
    forms = _forms(me, complaint)
    if bound is not None and bound[0] in forms:
        forms[bound[0]] = bound[1]
    withdrawable = _withdrawable(me, complaint, bound)
    context = {
        "complaint": complaint, "reporter": reporter, "now": now,
        "dispositions": [(d, days_between(svc.region, now, d.due_at)
                          if d.due_at and d.status == DispositionStatus.OPEN else None)
                         for d in complaint.dispositions],
        "held": _held(complaint, me, now),
        "media": _numbered(_media(complaint, now)), "timeline": timeline(session, complaint, me),
        "action_labels": ACTION_LABELS,  # a dashboard action on the timeline in words, as /audit names it
        "merged": [(m, may_see_complaint(current_user, m)) for m in complaints.merged_into(session, complaint)],
        "forms": forms, "opened": bound[0] if bound else None, "seen": last_seen_entry(complaint),
        "next_up": next_in_list(complaint),
        # the refusal beside its form, not at the top
        "flashes_beside": bound is not None and (bound[0] in forms or any(w[2] for w in withdrawable.values())),
        "submission": secrets.token_urlsafe(12),  # this page's id: the same form sent twice is done once
        "templates": answer_templates.for_agency(session, me.agency_id),
        "text_limit": f"{TEXT_LIMIT:,}".replace(",", "."),  # no `maxlength`: it cut a pasted text without a word
        "reason_limit": REASON_LIMIT,
        "upload_limit": t("web_upload_limit", max_mb=svc.config["MEDIA_MAX_BYTES"] // (1024 * 1024)),
        "upload_max_bytes": svc.config["MEDIA_MAX_BYTES"],
        "upload_too_large": t("web_upload_too_large", max_mb=svc.config["MEDIA_MAX_BYTES"] // (1024 * 1024)),
    }
    if "teruskan" in forms:
        context.update(_verifier_context(complaint))
    context["withdrawable"] = withdrawable
    context["states"] = {d.id: state_of(d) for d in complaint.dispositions}
    return render_template("pengaduan/halaman.html", **context)


def _held(complaint: Complaint, me: Contact, now) -> dict[int, Holder]:
    """Who holds each open disposition (ALIHKAN's officer, else the agency's officers at work): for a head or the
    region's staff checking what is late, and an agency's own staff for its own dispositions only."""
    shown = [d for d in complaint.dispositions if d.status == DispositionStatus.OPEN
             and (me.role in access.REGION_ROLES or (me.role in AGENCY and d.agency_id == me.agency_id))]
    return holders(db(), shown, now)


def _forms(me: Contact, complaint: Complaint) -> dict[str, FlaskForm]:
    """The forms of the actions this person may take on this complaint now."""
    names = []
    if me.role in VERIFIER:
        if not preconditions.why_not_dispose(complaint):
            names.append("teruskan")
        if not preconditions.why_not_ask(complaint):
            names.append("tunda")
        if not preconditions.why_not_archive(complaint):
            names.append("arsipkan")
        if not preconditions.why_not_merge(complaint):
            names.append("gabung")
    elif me.role in AGENCY and preconditions.agency_disposition(complaint, me.agency_id)[1] is None:
        names.extend(["tl", "selesai", "info", "kembalikan", "survei"])
        if preconditions.why_not_ask(complaint):
            names.remove("info")
    forms = {name: ACTIONS[name].form(formdata=None) for name in names}
    for name, body in _prefill(me).items():
        if name in forms and hasattr(forms[name], "text"):
            forms[name].text.data = body
    return forms


def _withdrawable(me: Contact, complaint: Complaint, bound: tuple[str, FlaskForm] | None = None) -> dict:
    """For a verifier, each open disposition's take-back form (TARIK) by its id, the agencies it may go on to, and
    whether it is the refused one (`bound`, kept as typed: its fold opened); {} for anyone else."""
    if me.role not in VERIFIER or not may_act(current_user, complaint, VERIFIER):
        return {}
    held = {d.agency_id for d in complaint.dispositions if d.status in (DispositionStatus.OPEN,
                                                                       DispositionStatus.FORWARDED)}
    choices = [a for a in active_agencies(db()) if a.id not in held]
    refused = bound[1] if bound is not None and bound[0] == "tarik" else None
    forms = {}
    for d in complaint.dispositions:
        if d.status == DispositionStatus.OPEN:
            kept = refused is not None and (refused.agency.data or "").strip() == d.agency.code
            forms[d.id] = (refused if kept else WithdrawForm(formdata=None, agency=d.agency.code), choices, kept)
    return forms


def _prefill(me: Contact) -> dict[str, str]:
    """A picked answer template's text for one action's form (`?templat=<id>&untuk=selesai`)."""
    wanted = request.args.get("untuk", "")
    template_id = request.args.get("templat", type=int)
    if wanted not in ACTIONS or template_id is None:
        return {}
    template = answer_templates.get(db(), me, template_id)
    return {wanted: template.body} if template else {}


def _verifier_context(complaint: Complaint) -> dict:
    """The routing suggestions first in the agency picker, then every other agency; the duplicate candidates."""
    suggested = shown_suggestions(complaint)  # an agency that returned it comes last, marked
    codes = [s["code"] for s in suggested]
    everyone = active_agencies(db())
    ordered = [a for code in codes for a in everyone if a.code == code] + [a for a in everyone if a.code not in codes]
    candidates = _candidates(complaint)
    holding = {d.agency.code for d in complaint.dispositions if d.status == DispositionStatus.OPEN}
    return {"agency_choices": ordered, "suggestions": {s["code"]: s for s in suggested}, "candidates": candidates,
            "holding": holding, **_forwarded_to(complaint)}


def _forwarded_to(complaint: Complaint) -> dict[str, list[str]]:
    """For the likely-duplicate notice: the agencies that still have the complaint (`sent_to`), and those that
    answered it (`answered_by`), each once in the order it was forwarded (an agency answered and given it again
    is still working on it)."""
    def agencies(*statuses: DispositionStatus) -> list[str]:
        return list(dict.fromkeys(d.agency.code for d in complaint.dispositions if d.status in statuses))

    sent_to = agencies(DispositionStatus.OPEN, DispositionStatus.FORWARDED)
    return {"sent_to": sent_to, "answered_by": [code for code in agencies(DispositionStatus.FINAL)
                                                if code not in sent_to]}


def _candidates(complaint: Complaint) -> list[tuple[Complaint, float]]:
    """The likely duplicates the verifiers were shown (kept at announce time), still open."""
    found = []
    for shown in complaint.duplicate_suggestions or []:
        other = complaints.by_number(db(), shown["number"])
        if other is not None and other.id != complaint.id and other.status in complaints.OPEN_STATUSES:
            found.append((other, shown["score"]))
    return found


def _media(complaint: Complaint, now) -> list[tuple[str, str, str, str, str]]:
    """(kind, link, name, sender, media kind) of the complaint's media: short-lived signed links in the form this
    reader gets (verifiers the original image, others the copy without metadata), and who sent each one (the
    reporter, never by name, or the agency). An anonymous reporter's file whose metadata could not be removed (an
    encrypted PDF) is `withheld` from all but verifiers. An item not stored (still fetched, failed, refused,
    purged) has its status as its kind and no link: the page says so, naming what it is (a photo, a voice note…),
    where it showed nothing though the WhatsApp notice counted the photo."""
    config = _svc().config
    variant = variant_for(current_user.role, complaint.privacy, config["MEDIA_STRIP_METADATA"])
    expires = now + timedelta(seconds=config["MEDIA_LINK_SECONDS"])
    senders = _senders(complaint)
    items = items_seen_by(db(), complaint, current_user)  # a story kept past the number's budget: verifiers only
    _mark_gone(items, variant, now)
    return [(item.kind, url_for("media.serve", item_id=item.id, t=links.token(config, item.id, variant, expires)),
             f"lampiran-{item.id}", senders.get(item.source_url, ""), item.kind)
            if item.status == MediaStatus.STORED and served_key(item, variant)
            else (_not_stored(item) if item.status != MediaStatus.STORED else "withheld", "", f"lampiran-{item.id}",
                  senders.get(item.source_url, ""), item.kind)
            for item in items]


def _numbered(media: list[tuple[str, str, str, str, str]]) -> list[tuple[str, str, str, str, str, str]]:
    """The media with their numbers (`3`), a run of neighbours not stored alike (same state, sender and kind)
    folded into one with its range (`1–10`): an album WhatsApp had not given yet read ten lines of the same words."""
    shown: list[tuple[str, str, str, str, str, str]] = []
    for number, (kind, link, name, sender, what) in enumerate(media, 1):
        last = shown[-1] if shown else None
        if not link and last and not last[1] and (last[0], last[3], last[4]) == (kind, sender, what):
            shown[-1] = (*last[:5], f"{last[5].split('–')[0]}–{number}")
        else:
            shown.append((kind, link, name, sender, what, str(number)))
    return shown


def _mark_gone(items: list, variant: str, now) -> None:
    """Mark missing the stored items whose file this reader's link would serve is gone (deleted outside the
    service), found by the storage's cheap look (a local file's stat; never a read): the first view after the
    deletion showed a broken image, as only the link's own request found it out."""
    storage = _svc().media_storage
    gone = {key for item in items if item.status == MediaStatus.STORED
            and (key := served_key(item, variant))
            and storage.known_missing(key)}
    for key in gone:
        logger.error("media: stored file %s is missing; marked failed", key[:12])
        mark_missing(db(), key, now)
    if gone:
        db().commit()


def _not_stored(item) -> str:
    """What became of a media item not stored: its status, `retrying` for a fetch that failed and waits to be
    tried again (not merely "still being fetched"), or `missing` for one stored whose file was found gone (by its
    link or a send: `lapor.media.mark_missing`), not a fetch that failed."""
    if item.status == MediaStatus.FAILED and item.stored_at is not None:
        return "missing"
    return "retrying" if item.status == MediaStatus.PENDING and item.attempts else item.status


def _senders(complaint: Complaint) -> dict[str, str]:
    """Who sent each media reference of the complaint, as the page labels it."""
    found = {m.url: t("web_media_from_citizen") for m in complaint.media}
    for entry in complaint.timeline:
        for item in entry.media or []:
            if item.get("url") and item["url"] not in found:
                found[item["url"]] = _sender(complaint, entry)
    return found


def _sender(complaint: Complaint, entry) -> str:
    """An agency's follow-up photo carries the agency's name; the reporter's answers and evidence say `pelapor`."""
    disposition = db().get(Disposition, entry.disposition_id) if entry.disposition_id else None
    actor = db().get(Contact, entry.actor_id) if entry.actor_id else None
    if disposition is not None and (actor is None or actor.role is not None):
        return t("web_media_from_staff", who=disposition.agency.name)
    if actor is None:
        return ""
    if actor.role is None or actor.id == complaint.citizen_id:
        return t("web_media_from_citizen")
    who = actor.agency.name if actor.agency else ROLE_NAMES.get(actor.role, actor.role)
    return t("web_media_from_staff", who=who)


def init_app(app) -> None:
    """Register the page; uploads with an answer may be larger than the rest of the app's small request limit
    (checked before CSRF reads the form): a few times the largest media file kept, so that a file somewhat over it
    is refused by the page itself, with the typed text kept, and only a far larger one by the 413 page."""
    app.register_blueprint(bp)
    app.register_error_handler(RequestEntityTooLarge, _too_large)

    def _upload_limit() -> None:
        if request.method == "POST" and request.blueprint == bp.name:
            request.max_content_length = app.config["MEDIA_MAX_BYTES"] * UPLOAD_ROOM + UPLOAD_SLACK

    app.before_request_funcs.setdefault(None, []).insert(0, _upload_limit)


def _action_posted() -> tuple[int, str] | None:
    """(number, action) when the request is an action posted from a complaint's page."""
    if request.endpoint != "pengaduan.act" or not request.view_args:
        return None
    return request.view_args["number"], request.view_args["action"]


@expired_form("pengaduan.act")
def _expired():
    """A form whose CSRF token no longer holds (the session was renewed in another tab, or it ended): the
    complaint's page comes back with the text kept (a fresh token, ready to send again); when the session ended,
    a page with the text to copy and a way to log in again."""
    number, action = _action_posted()
    spec = ACTIONS.get(action)
    if spec is None:
        abort(400)
    if not current_user.is_authenticated:
        return _session_ended(number, action)
    if current_user.role not in spec.roles:
        abort(403)
    flash(t("web_form_expired"), "error")
    return _again(number, action, spec.form())


def _session_ended(number: int, action: str):
    """A form posted after the session ended: nothing is done; the typed text to copy, and a way to log in again
    that leads back to the complaint (not to the action's address, which only takes forms). When the session
    ended by itself (idle), the form is kept for its owner: after logging in again it is back in its box."""
    reference = format_reference(number)
    next_url = url_for(".page", number=number, **queue_carry())
    ended = sessions.row_of(db(), browser_session.get("_user_id"))  # Flask-Login's token, kept after an idle end
    message = t("web_session_ended", reference=reference)
    if ended is not None and request.form.get("text", "").strip():
        # it said to copy the text by hand, which then came back in its box anyway; a file is never kept
        picked = request.files.get("photo")
        dropped = t("web_session_ended_file", name=picked.filename) if picked and picked.filename else ""
        back = " ".join(filter(None, (t("web_session_form_back", reference=reference), dropped)))
        token = kept_forms.keep(db(), ended.id, number, action, request.form.to_dict(flat=False), [("info", back)],
                                200, _now())
        db().commit()
        next_url = url_for(".page", number=number, ulang=token, **queue_carry()) + f"#{action}"
        message = " ".join(filter(None, (t("web_session_ended_kept", reference=reference), dropped)))
    return render_template("pengaduan/sesi_berakhir.html", text=request.form.get("text", ""), reference=reference,
                           message=message, next_url=next_url), 400


def _too_large(error: RequestEntityTooLarge):
    """A file far over the limit on a complaint's page: the page that says how large a file may be (the form
    itself cannot be read, so what was typed is lost; the form states the limit beforehand)."""
    from web import _error_page

    posted = _action_posted()
    if posted is None:
        return _error_page(error)
    max_mb = _svc().config["MEDIA_MAX_BYTES"] // (1024 * 1024)
    reference = format_reference(posted[0])
    return render_template("error.html", title="Berkas terlalu besar", code=413,
                           text=t("web_upload_far_too_large", max_mb=max_mb, reference=reference),
                           back=url_for(".page", number=posted[0], **queue_carry()),
                           back_text=f"Kembali ke {reference}"), 413
