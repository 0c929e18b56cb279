"""`/direktori` for verifiers: agencies and staff listed; an agencies or staff CSV (the same files as `flask directory
import-agencies/import-staff`) is previewed first — created, changed, deactivated, or every bad line — and written
only when the verifier applies it."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user

from bot.messages import t
from lapor import answer_templates, directory
from lapor.directory_preview import AGENCIES, STAFF, preview
from lapor.tables import decode_text
from models.vocab import Role
from services import services
from web import db, kept_forms
from web.audit import log_action
from web.auth import staff_required

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
    """Agencies with their staff, region-wide staff, and the upload form."""
    rosters, region_wide = directory.rosters(db(), include_inactive=False)
    return render_template("direktori/index.html", rosters=rosters, region_wide=region_wide, kinds=KIND_NAMES,
                           template_counts=answer_templates.counts(db()))


@bp.post("/direktori/pratinjau")
@staff_required(Role.VERIFIER)
def check():
    """Preview an uploaded file; nothing is written. The file is kept for the preview's page, where the browser is
    sent (Post/Redirect/Get: Back and Refresh on the preview never ask to resend the file)."""
    kind = request.form.get("jenis", "")
    upload = request.files.get("berkas")
    if kind not in KIND_NAMES or upload is None or not upload.filename:
        flash(t("web_directory_pick"), "error")
        return redirect(url_for("direktori.index"), code=303)
    raw = upload.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        flash(t("web_directory_too_large"), "error")
        return redirect(url_for("direktori.index"), code=303)
    return _to_preview(kind, decode_text(raw), 200)


def _to_preview(kind: str, text: str, status: int):
    """Keep the file for the preview's page and send the browser there."""
    session = db()
    token = kept_forms.keep(session, current_user.web_session.id, KEPT_NUMBER, KEPT, {"jenis": [kind], "isi": [text]},
                            [], status, services(current_app).clock(), longest=MAX_BYTES)
    session.commit()
    return redirect(url_for("direktori.preview_page", ulang=token), code=303)


@bp.get("/direktori/pratinjau")
@staff_required(Role.VERIFIER)
def preview_page():
    """The preview of the file kept under `?ulang=`, read against the directory as it is now (a file no longer
    kept, or an address typed without one: back to the directory with what to do)."""
    found = kept_forms.kept(db(), current_user.id, KEPT_NUMBER, request.args.get("ulang"), [KEPT])
    kind, text = _field(found, "jenis"), _field(found, "isi")
    if found is None or kind not in KIND_NAMES or not text:
        flash(t("web_directory_preview_gone"), "info")
        return redirect(url_for("direktori.index"))
    return _preview_page(kind, text, found.status)


def _field(found, name: str) -> str:
    values = (found.fields.get(name) or [""]) if found is not None else [""]
    return values[0] if values else ""


def _preview_page(kind: str, text: str, status: int = 200):
    result = preview(db(), kind, text)
    return render_template("direktori/pratinjau.html", result=result, kind=kind, kinds=KIND_NAMES,
                           text=text, problem_text=problem_text, field_names=FIELD_NAMES,
                           field_value=field_value), status


@bp.post("/direktori/terapkan")
@staff_required(Role.VERIFIER)
def apply():
    """Write the previewed file (checked again: a directory changed meanwhile shows its new preview)."""
    kind, text = request.form.get("jenis", ""), request.form.get("isi", "")
    if kind not in KIND_NAMES or not text or len(text) > MAX_BYTES:
        flash(t("web_directory_again"), "error")
        return redirect(url_for("direktori.index"), code=303)
    session = db()
    if not preview(session, kind, text).ok:
        return _to_preview(kind, text, 422)
    result = (directory.import_agencies if kind == AGENCIES else directory.import_staff)(session, text)
    log_action(session, "direktori", kind=kind, created=result.created, updated=result.updated,
               unchanged=result.unchanged, deactivated=result.deactivated, reactivated=result.reactivated)
    kept_forms.forget(session, current_user.id, KEPT_NUMBER, [KEPT])
    session.commit()
    flash(f"Direktori {KIND_NAMES[kind].lower()} diperbarui: {result.created} baru, {result.updated} diubah, "
          f"{result.unchanged} tetap, {result.deactivated} dinonaktifkan, {result.reactivated} diaktifkan lagi.",
          "success")
    return redirect(url_for("direktori.index"), code=303)
