"""`/direktori` for verifiers: agencies and staff listed; an agencies or staff CSV (the same files as `flask directory
import-agencies/import-staff`, or the same list as an XLSX) is previewed first — created, changed, deactivated, or
every bad line — and written only when the verifier applies it."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user

from bot.messages import t
from lapor import answer_templates, directory
from lapor.directory_preview import AGENCIES, STAFF, preview
from lapor.phones import national
from lapor.tables import TableError, decode_text, is_xlsx, xlsx_as_csv
from models.vocab import Role
from services import services
from web import db, expired_form, kept_forms
from web.audit import log_action
from web.auth import login_manager, staff_required

bp = Blueprint("direktori", __name__)

MAX_BYTES = 1_000_000  # a region's directory is a few hundred lines
KIND_NAMES = {AGENCIES: "Instansi", STAFF: "Petugas"}
FIELD_NAMES = {"name": "Nama", "role": "Peran", "agency": "Instansi", "aliases": "Nama lain", "keywords": "Kata kunci",
               "external": "Instansi luar daerah"}
KEPT, KEPT_NUMBER = "direktori", 0  # a previewed file in `web.kept_forms` (kept for its preview page)
ROLE_WORDS = {Role.OFFICER: "petugas", Role.HEAD: "kepala instansi", Role.VERIFIER: "verifikator",
              Role.SUPERVISOR: "pimpinan"}


def problem_text(problem: str) -> str:
    """A bad line as staff read it (the import's own English text when it has no wording here)."""
    if not isinstance(problem, directory.Problem):
        return problem
    values = dict(problem.values)
    if "role" in values:
        values["role"] = ROLE_WORDS.get(values["role"], values["role"])
    if "phone" in values:  # a number the file gave twice, as the page's table writes numbers
        values["phone"] = national(values["phone"])
    return t("dir_line", line=problem.line, problem=t(f"dir_{problem.key}", **values))


def field_value(name: str, value: str) -> str:
    """A previewed field's value in the page's words (roles as the dashboard names them, external as ya)."""
    if name == "role":
        return ROLE_WORDS.get(value, value)
    if name == "external":
        return "ya" if value else ""
    return value


@bp.get("/direktori")
@staff_required(Role.VERIFIER)
def index():
    """Agencies with their staff, region-wide staff, and the upload form (`?jenis=` picks the file's kind)."""
    rosters, region_wide = directory.rosters(db(), include_inactive=False)
    return render_template("direktori/index.html", rosters=rosters, region_wide=region_wide, kinds=KIND_NAMES,
                           kind=request.args.get("jenis"), template_counts=answer_templates.counts(db()),
                           not_in_file=_applied_not_in_file(request.args.get("diterapkan")))


def _applied_not_in_file(token: str | None) -> list:
    """The agencies the file applied under `token` (`?diterapkan=`, this person's) left out, as the preview listed
    them: what its import kept as they were (the page says so after the counts, as the CLI's import does)."""
    found = _kept_file(token) if token else None
    return (found.messages.get("not_in_file") or []) if found is not None else []


@bp.post("/direktori/pratinjau")
@staff_required(Role.VERIFIER)
def check():
    """Preview an uploaded file; nothing is written. The file is kept on the server (a row of `web.kept_forms`,
    this person's, for a day) under a token; the browser is sent to the preview's page (Post/Redirect/Get: Back and
    Refresh on the preview never ask to resend the file), and applying it names the token, not the file."""
    kind = request.form.get("jenis", "")
    upload = request.files.get("berkas")
    if kind not in KIND_NAMES or upload is None or not upload.filename:
        flash(t("web_directory_pick"), "error")
        return redirect(url_for("direktori.index", jenis=kind if kind in KIND_NAMES else None), code=303)
    raw = upload.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        flash(t("web_directory_too_large"), "error")
        return redirect(url_for("direktori.index", jenis=kind), code=303)
    try:  # a list kept in Excel may come as it is: its first sheet is read as the CSV it would save
        text = xlsx_as_csv(raw) if is_xlsx(raw) else decode_text(raw)
    except TableError:
        flash(t("web_directory_bad_xlsx"), "error")
        return redirect(url_for("direktori.index", jenis=kind), code=303)
    session = db()
    token = kept_forms.keep(session, current_user.web_session.id, KEPT_NUMBER, KEPT,
                            {"jenis": [kind], "isi": [text]}, [], 200, _now(), longest=MAX_BYTES)
    session.commit()
    return redirect(url_for("direktori.preview_page", ulang=token), code=303)


def _now():
    return services(current_app).clock()


def _kept_file(token: str | None, lock: bool = False):
    """The uploaded file kept under `token` for this person (less than a day ago), or None."""
    return kept_forms.kept(db(), current_user.id, KEPT_NUMBER, token, [KEPT], now=_now(), lock=lock)


def _gone():
    """Back to the directory: the file is no longer kept (expired), or was never this person's."""
    flash(t("web_directory_preview_gone"), "info")
    return redirect(url_for("direktori.index"), code=303 if request.method == "POST" else 302)


def _applied_before(found):
    """Back to the directory saying what applying the file did (Back to its preview, a second click)."""
    flash(t("web_directory_applied_before", summary=found.messages["applied"]), "info")
    return redirect(url_for("direktori.index", diterapkan=found.token), code=303 if request.method == "POST" else 302)


@bp.get("/direktori/pratinjau")
@staff_required(Role.VERIFIER)
def preview_page():
    """The preview of the file kept under `?ulang=`, read against the directory as it is now (a file no longer
    kept, or an address typed without one: back to the directory with what to do; a file applied already: back
    to the directory with what it did)."""
    found = _kept_file(request.args.get("ulang"))
    kind, text = _field(found, "jenis"), _field(found, "isi")
    if found is None or kind not in KIND_NAMES or not text:
        return _gone()
    if found.messages.get("applied"):
        return _applied_before(found)
    result = preview(db(), kind, text)
    return render_template("direktori/pratinjau.html", result=result, kind=kind, kinds=KIND_NAMES,
                           token=found.token, problem_text=problem_text, field_names=FIELD_NAMES,
                           field_value=field_value), found.status


def _field(found, name: str) -> str:
    values = (found.fields.get(name) or [""]) if found is not None else [""]
    return values[0] if values else ""


@bp.post("/direktori/terapkan")
@staff_required(Role.VERIFIER)
def apply():
    """Write the previewed file the form names (`pratinjau`: its token), checked again: a directory changed
    meanwhile so that the file no longer fits shows its new preview. The kept row is locked and marked applied,
    so that a second click applies nothing more and says what the first did."""
    session = db()
    found = _kept_file(request.form.get("pratinjau"), lock=True)
    kind, text = _field(found, "jenis"), _field(found, "isi")
    if found is None or kind not in KIND_NAMES or not text:
        return _gone()
    if found.messages.get("applied"):
        return _applied_before(found)
    if not preview(session, kind, text).ok:
        found.status = 422
        session.commit()
        return redirect(url_for("direktori.preview_page", ulang=found.token), code=303)
    result = (directory.import_agencies if kind == AGENCIES else directory.import_staff)(session, text)
    log_action(session, "direktori", kind=kind, created=result.created, updated=result.updated,
               unchanged=result.unchanged, deactivated=result.deactivated, reactivated=result.reactivated)
    summary = t("web_directory_applied", kind=KIND_NAMES[kind].lower(), created=result.created,
                updated=result.updated, unchanged=result.unchanged, deactivated=result.deactivated,
                reactivated=result.reactivated)
    found.messages = {**found.messages, "applied": summary,
                      "not_in_file": [list(agency) for agency in result.not_in_file]}
    session.commit()
    flash(summary, "success")
    return redirect(url_for("direktori.index", diterapkan=found.token), code=303)


@expired_form("direktori.check")
def _expired_upload():
    """An upload with an expired CSRF token: the file is not read; back to the form (the kind still picked; a
    browser never refills a file input), saying to pick the file again."""
    _verifier_only()
    flash(t("web_directory_upload_expired"), "error")
    kind = request.form.get("jenis")
    return redirect(url_for("direktori.index", jenis=kind if kind in KIND_NAMES else None), code=303)


@expired_form("direktori.apply")
def _expired_apply():
    """Applying with an expired CSRF token: nothing is written; back to the preview (Post/Redirect/Get), which
    asks to check it and apply again."""
    _verifier_only()
    found = _kept_file(request.form.get("pratinjau"))
    if found is None:
        return _gone()
    flash(t("web_directory_apply_expired"), "error")
    return redirect(url_for("direktori.preview_page", ulang=found.token), code=303)


def _verifier_only() -> None:
    """The role check of the directory's views, for a form refused before its view ran."""
    if not current_user.is_authenticated:
        abort(login_manager.unauthorized())
    if current_user.role != Role.VERIFIER:
        abort(403)
