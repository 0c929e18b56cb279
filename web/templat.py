"""Answer templates ("templat jawaban"): list, add, edit, remove. An officer or head keeps their own agency's at
`/templat`; a verifier keeps any agency's from the directory, at `/direktori/<code>/templat` (the same views)."""

from __future__ import annotations

from functools import wraps

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask import session as browser_session
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import select
from werkzeug.datastructures import MultiDict
from wtforms import StringField, TextAreaField
from wtforms.validators import DataRequired

from bot.messages import t
from lapor import access, answer_templates
from lapor.answer_templates import MAX_BODY, MAX_TITLE, TemplateError
from models import Agency
from models.vocab import Role
from services import services
from web import WithinLength, db, expired_form, kept_forms, one_newline, sessions, written_count
from web.audit import log_action
from web.auth import login_manager, staff_required

bp = Blueprint("templat", __name__)
KEEPERS = (*access.AGENCY_ROLES, Role.VERIFIER)


def _kept_action(agency: Agency) -> str:
    """A refused form's action in `web.kept_forms`, one per agency (its number: the template's id, 0 for a new
    one): a verifier's refused form for DLH never shows on PUPR's page."""
    return f"templat:{agency.code}"[:20]


class TemplateForm(FlaskForm):
    """A template's title and text."""

    # Refused whole in Bahasa Indonesia, kept to shorten: the page renders no `maxlength`, which cut a pasted answer
    # without a word (and WTForms' own message read «Field cannot be longer than 100 characters.»).
    title = StringField("Judul", validators=[DataRequired("Isi judul templat."),
                                             WithinLength(MAX_TITLE, "web_template_title_too_long")])
    body = TextAreaField("Teks jawaban", filters=[one_newline], validators=[
        DataRequired("Isi teks templat."), WithinLength(MAX_BODY, "web_text_too_long")])


def _agency(code: str | None) -> Agency:
    """The agency whose templates the page keeps: the reader's own (`/templat`) or the one in a verifier's URL."""
    me = current_user.contact
    if code is None:
        if me.role not in access.AGENCY_ROLES or me.agency is None:
            abort(403)  # a verifier picks the agency in the directory
        return me.agency
    if me.role != Role.VERIFIER:
        abort(403)  # the directory is the verifiers'; staff of an agency keep theirs at /templat
    agency = db().scalar(select(Agency).where(Agency.code == code.upper()))
    if agency is None or not answer_templates.may_manage(me, agency.id):
        abort(404)
    return agency


def _url(endpoint: str, code: str | None, **values) -> str:
    return url_for(endpoint, code=code, **values) if code else url_for(endpoint, **values)


def _kept_after_the_session_ended(view):
    """A template sent after the session ended (idle): nothing is saved; what was typed is kept for its owner and
    is back in the form after they log in again (as a complaint page's answer is)."""
    @wraps(view)
    def wrapped(template_id: int | None = None, code: str | None = None):
        if request.method != "POST" or current_user.is_authenticated:
            return view(template_id=template_id, code=code)
        session = db()
        ended = sessions.row_of(session, browser_session.get("_user_id"))  # Flask-Login's token, kept after it
        staff = ended.staff if ended is not None else None
        agency = (staff.agency if code is None else session.scalar(select(Agency).where(Agency.code == code.upper()))
                  ) if staff is not None else None
        typed = request.form.get("title", "").strip() or request.form.get("body", "").strip()
        if agency is None or not typed or not answer_templates.may_manage(staff, agency.id):
            return view(template_id=template_id, code=code)  # to the login, and back to this page after it
        token = kept_forms.keep(session, ended.id, template_id or 0, _kept_action(agency),
                                request.form.to_dict(flat=False), [("info", t("web_template_form_back"))], 200,
                                services(current_app).clock())
        session.commit()
        flash(t("web_session_over"), "info")
        return redirect(url_for("auth.login_page", next=_url(".index", code, template_id=template_id, ulang=token)))
    return wrapped


@bp.route("/templat", methods=["GET", "POST"])
@bp.route("/templat/<int:template_id>", methods=["GET", "POST"])
@bp.route("/direktori/<code>/templat", methods=["GET", "POST"])
@bp.route("/direktori/<code>/templat/<int:template_id>", methods=["GET", "POST"])
@_kept_after_the_session_ended
@staff_required(*KEEPERS)
def index(template_id: int | None = None, code: str | None = None):
    """The agency's templates, with a form to add one (or edit the one in the URL)."""
    session, me, agency = db(), current_user.contact, _agency(code)
    template = answer_templates.get(session, me, template_id, agency.id) if template_id is not None else None
    if template_id is not None and template is None:
        abort(404)
    if request.method == "GET":
        form, status = _kept_or_new(template, template_id or 0, _kept_action(agency))
    else:
        form, status = TemplateForm(obj=template), 200
    if request.method == "POST" and form.validate_on_submit():
        try:
            saved = answer_templates.save(session, me, form.title.data, form.body.data,
                                          services(current_app).clock(), template, agency.id)
        except TemplateError as refused:
            session.rollback()
            form.title.errors = [*form.title.errors, t(f"web_template_{refused.reason}", title=refused.title)]
        else:
            log_action(session, "templat", None, title=saved.title, agency=agency.code)
            kept_forms.forget(session, me.id, template_id or 0, [_kept_action(agency)])
            session.commit()
            flash(t("web_template_saved", title=saved.title), "success")
            return redirect(_url(".index", code), code=303)
    if request.method == "POST":  # refused: kept for the page the browser is sent to (Post/Redirect/Get)
        token = kept_forms.keep(session, current_user.web_session.id, template_id or 0, _kept_action(agency),
                                request.form.to_dict(flat=False), [], 400, services(current_app).clock(),
                                errors={name: list(errors) for name, errors in form.errors.items()})
        session.commit()
        return redirect(_url(".index", code, template_id=template_id, ulang=token), code=303)
    return render_template("templat/index.html", form=form, template=template, agency=agency, code=code,
                           limits={"title": written_count(MAX_TITLE), "body": written_count(MAX_BODY)},
                           link=lambda endpoint, **values: _url(endpoint, code, **values),
                           templates=answer_templates.for_agency(session, agency.id)), status


def _kept_or_new(template, number: int, action: str) -> tuple[TemplateForm, int]:
    """The form as a refused POST left it (`?ulang=`: what was typed, and why, 400), or the template's own."""
    found = kept_forms.kept(db(), current_user.id, number, request.args.get("ulang"), [action],
                            now=services(current_app).clock())
    if found is None:
        return TemplateForm(formdata=None, obj=template), 200
    for category, message in found.messages.get("shown", []):
        flash(message, category)
    form = TemplateForm(formdata=MultiDict([(name, value) for name, values in found.fields.items()
                                            for value in values]))
    for name, errors in (found.messages.get("errors") or {}).items():
        if name in form:
            form[name].errors = list(errors)
    return form, found.status


@bp.post("/templat/<int:template_id>/hapus")
@bp.post("/direktori/<code>/templat/<int:template_id>/hapus")
@staff_required(*KEEPERS)
def remove(template_id: int, code: str | None = None):
    """Remove one of the agency's templates."""
    session, me, agency = db(), current_user.contact, _agency(code)
    template = answer_templates.get(session, me, template_id, agency.id)
    if template is None or not FlaskForm().validate_on_submit():
        abort(404 if template is None else 400)
    title = template.title
    answer_templates.delete(session, me, template)
    log_action(session, "templat_hapus", None, title=title, agency=agency.code)
    session.commit()
    flash(t("web_template_removed", title=title), "success")
    return redirect(_url(".index", code), code=303)


@expired_form("templat.index")
def _expired_save():
    """A template sent with an expired CSRF token: nothing is saved; what was typed is kept for the form's page,
    where the browser is sent with why (Post/Redirect/Get, as a refused template)."""
    code, template_id, agency = _expired_target()
    token = kept_forms.keep(db(), current_user.web_session.id, template_id or 0, _kept_action(agency),
                            request.form.to_dict(flat=False), [("error", t("web_template_expired"))], 400,
                            services(current_app).clock())
    db().commit()
    return redirect(_url(".index", code, template_id=template_id, ulang=token), code=303)


@expired_form("templat.remove")
def _expired_remove():
    """A removal sent with an expired CSRF token: nothing is removed; back to the templates, saying so."""
    code, _template_id, _agency_ = _expired_target()
    flash(t("web_template_remove_expired"), "error")
    return redirect(_url(".index", code), code=303)


def _expired_target() -> tuple[str | None, int | None, Agency]:
    """The page an expired form came from, checked as its view checks it (403 or 404 for what the person may not
    keep); a visitor (logged out) is sent to log in, and back to that page after it."""
    if not current_user.is_authenticated:
        abort(login_manager.unauthorized())
    if current_user.role not in KEEPERS:
        abort(403)
    code, template_id = request.view_args.get("code"), request.view_args.get("template_id")
    agency = _agency(code)
    if template_id is not None and answer_templates.get(db(), current_user.contact, template_id, agency.id) is None:
        abort(404)
    return code, template_id, agency
