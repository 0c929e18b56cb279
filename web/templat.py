"""Answer templates ("templat jawaban") of the logged-in officer's or head's agency: list, add, edit, remove."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms import StringField, TextAreaField
from wtforms.validators import DataRequired, Length

from bot.messages import t
from lapor import answer_templates
from lapor.answer_templates import MAX_BODY, MAX_TITLE, TemplateError
from services import services
from web import db
from web.audit import log_action
from web.auth import staff_required

bp = Blueprint("templat", __name__)
AGENCY = ("officer", "head")


class TemplateForm(FlaskForm):
    """A template's title and text."""

    title = StringField("Judul", validators=[DataRequired("Isi judul templat."), Length(max=MAX_TITLE)])
    body = TextAreaField("Teks jawaban", validators=[DataRequired("Isi teks templat."), Length(max=MAX_BODY)])


@bp.route("/templat", methods=["GET", "POST"])
@bp.route("/templat/<int:template_id>", methods=["GET", "POST"])
@staff_required(*AGENCY)
def index(template_id: int | None = None):
    """The agency's templates, with a form to add one (or edit the one in the URL)."""
    session, me = db(), current_user.contact
    template = answer_templates.get(session, me, template_id) if template_id is not None else None
    if template_id is not None and template is None:
        abort(404)
    form = TemplateForm(obj=template)
    status = 200
    if form.validate_on_submit():
        try:
            saved = answer_templates.save(session, me, form.title.data, form.body.data,
                                          services(current_app).clock(), template)
        except TemplateError as refused:
            session.rollback()
            form.title.errors = [*form.title.errors, t(f"web_template_{refused.reason}")]
            status = 400
        else:
            log_action(session, "templat", None, title=saved.title)
            session.commit()
            flash(t("web_template_saved", title=saved.title), "success")
            return redirect(url_for(".index"), code=303)
    elif form.errors:
        status = 400
    return render_template("templat/index.html", form=form, template=template,
                           templates=answer_templates.for_agency(session, me.agency_id)), status


@bp.post("/templat/<int:template_id>/hapus")
@staff_required(*AGENCY)
def remove(template_id: int):
    """Remove one of the agency's templates."""
    session, me = db(), current_user.contact
    template = answer_templates.get(session, me, template_id)
    if template is None or not FlaskForm().validate_on_submit():
        abort(404 if template is None else 400)
    title = template.title
    answer_templates.delete(session, me, template)
    log_action(session, "templat_hapus", None, title=title)
    session.commit()
    flash(t("web_template_removed", title=title), "success")
    return redirect(url_for(".index"), code=303)
