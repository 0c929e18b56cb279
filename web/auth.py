"""Logging in with a WhatsApp code (`/masuk`), logging out (`/keluar`), and the role check every page uses."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import cached_property, wraps
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import LoginManager, UserMixin, current_user, login_url, login_user, logout_user
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import DataRequired, Length, ValidationError

from bot.messages import t
from lapor.audit import AuditAction, record
from lapor.directory import stands_in_for
from lapor.phones import InvalidPhone, national, to_e164
from models import Contact, Role, WebSession
from services import services
from web import db, expired_form, login, session_idle, sessions
from web.ratelimit import Limit, exceeded, over_limit

bp = Blueprint("auth", __name__)

login_manager = LoginManager()
login_manager.login_view = "auth.login_page"
login_manager.login_message = "Silakan masuk dahulu untuk membuka halaman itu."
login_manager.login_message_category = "info"

# Asking for codes: per number (nobody's phone is flooded) and per address (nobody sweeps the directory). A whole
# office logs in from one address (NAT) at the start of the day, so the address ceiling is an office's, not a
# person's: every staff member of a large office asking a code, and some twice.
ASK_PER_NUMBER = Limit("code:phone", 3, login.CODE_LIFETIME * 3)
ASK_PER_ADDRESS = Limit("code:ip", 200, login.CODE_LIFETIME * 3)
# Typing codes: wrong codes per address, on top of each code's own tries (right codes cost nothing: an office
# logging in is not guessing).
WRONG_PER_ADDRESS = Limit("wrong:ip", 30, login.CODE_LIFETIME * 3)
# and per number, over a day: a guesser who changes address and asks a new code every 5 minutes had 1,440 guesses a
# day at one number (5 tries a code); now 20, after which even the right code waits for the day to pass (asking codes
# for someone's number, which anyone may do, already keeps them out for 15 minutes at a time).
WRONG_PER_NUMBER = Limit("wrong:phone", 20, timedelta(days=1))


class StaffUser(UserMixin):
    """The logged-in staff member as Flask-Login sees them; `get_id` is the session token, so that ending the
    session's row logs them out everywhere."""

    def __init__(self, web_session: WebSession, token: str):
        self.web_session = web_session
        self.contact: Contact = web_session.staff
        self._token = token

    def get_id(self) -> str:
        return self._token

    @property
    def id(self) -> int:
        """The staff member's contact id (for audit entries and `actor_id` columns)."""
        return self.contact.id

    @cached_property
    def acting_for(self) -> Contact | None:
        """The head on leave whom this officer stands in for now (Plh, `lapor.directory.stands_in_for`), once a
        request: the chat lets them act as the head meanwhile, and so do the pages."""
        return stands_in_for(db(), self.contact, services(current_app).clock())

    @property
    def role(self) -> str:
        """The role the pages serve: the head's while standing in for them, else the person's own."""
        return Role.HEAD if self.acting_for is not None else self.contact.role

    @property
    def reader(self):
        """Who the agency's lists are read as: the contact, or while standing in the contact read as their head."""
        return self.contact if self.acting_for is None else ActingHead(self.contact)

    @property
    def agency_id(self) -> int | None:
        return self.contact.agency_id

    @property
    def agency(self):
        return self.contact.agency

    @property
    def name(self) -> str:
        return self.contact.name or self.contact.phone or ""


class ActingHead:
    """A stand-in's contact as the queue's rules read it: the head's role, the rest their own (`StaffUser.reader`)."""

    role = Role.HEAD

    def __init__(self, contact: Contact):
        self.contact = contact

    def __getattr__(self, name: str):
        return getattr(self.contact, name)


@login_manager.user_loader
def _load(token: str) -> StaffUser | None:
    """Resume the session on every request (ends it when idle or when the person was deactivated)."""
    svc = services(current_app)
    found = sessions.resume(db(), token, svc.clock(), session_idle(current_app))
    db().commit()  # an ended or touched session row
    return StaffUser(found, token) if found is not None else None


@login_manager.unauthorized_handler
def _to_login():
    """Visitors (and those whose session ended, told that it did) go to `/masuk`, and after logging in back to the
    page they wanted: for a form posted after the session ended, the page the form was on (its action's address
    takes only forms, and opening it after the login answered 405)."""
    ended = bool(session.get("_user_id"))  # Flask-Login's token stays in the cookie of a session that ended
    flash(t("web_session_over") if ended else login_manager.login_message, login_manager.login_message_category)
    wanted = request.full_path.rstrip("?") if request.method == "GET" else _referring_page()
    target = _safe_next(wanted)
    return redirect(login_url(login_manager.login_view, next_url=target) if target else url_for("auth.login_page"))


def _referring_page() -> str | None:
    """The path (and query) of this site's page a form was posted from, if the browser said so."""
    referrer = urlsplit(request.referrer or "")
    if referrer.netloc != request.host:
        return None
    return referrer.path + (f"?{referrer.query}" if referrer.query else "")


def staff_required(*roles: str, read_as_head: bool = False):
    """A view for logged-in staff (any role, or only `roles`): others are sent to `/masuk`, or get 403. A page
    opened only as a head's stand-in (Plh) is in the audit log (`_log_seen_as_stand_in`): one of `roles` the person
    holds only as the stand-in, or, `read_as_head`, any officer's page that reads the agency's lists as the head's
    for a stand-in (`StaffUser.reader`: the queue, its downloads)."""
    def decorate(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if roles and current_user.role not in roles:
                abort(403)
            if (roles and current_user.contact.role not in roles) or (
                    read_as_head and current_user.acting_for is not None):
                _log_seen_as_stand_in(current_user)
            return view(*args, **kwargs)
        return wrapped
    return decorate


STAND_IN_PAGES_LOGGED = "plh_pages"  # the session's key: the pages already logged as seen by a stand-in


def _log_seen_as_stand_in(user: StaffUser) -> None:
    """Log a page that this person opens only as a head's stand-in (the head's, their agency, the page's path),
    once a page a login: the filters and reloads of one page are not the log's."""
    page = request.path
    logged = session.get(STAND_IN_PAGES_LOGGED, [])
    if page in logged:
        return
    head = user.acting_for
    record(db(), AuditAction.STAND_IN_PAGE, actor_id=user.id, at=services(current_app).clock(), address=_address(),
           agency=user.agency.code if user.agency else None, head=head.name or national(head.phone or ""), page=page)
    db().commit()
    session[STAND_IN_PAGES_LOGGED] = [*logged, page]


class PhoneForm(FlaskForm):
    """Step 1: the staff member's registered WhatsApp number."""

    phone = StringField("Nomor WhatsApp", validators=[DataRequired("Isi nomor WhatsApp Anda."), Length(max=30)])


DIGIT_RUN = re.compile(r"\d(?:[ \t-]?\d)*")  # digits, perhaps grouped by single spaces or dashes (`670 531`)


def code_in(typed: str) -> str | None:
    """The 6-digit code in what was typed: the digits of `670 531` or `670-531`, or, when the whole WhatsApp
    message was pasted (`Kode masuk dasbor Penghubung: 670531 Berlaku 5 menit…`), its one run of 6 digits."""
    if re.fullmatch(r"[\d\s-]*", typed):
        digits = re.sub(r"\D", "", typed)
        return digits if len(digits) == 6 else None
    runs = [run for found in DIGIT_RUN.findall(typed) if len(run := re.sub(r"\D", "", found)) == 6]
    return runs[0] if len(runs) == 1 else None


def _a_code(form, field) -> None:
    if code_in(field.data or "") is None:
        raise ValidationError("Kode terdiri dari 6 angka.")


class CodeForm(FlaskForm):
    """Step 2: the code that came on WhatsApp."""

    code = StringField("Kode 6 angka", validators=[DataRequired("Isi kode 6 angka dari WhatsApp."), _a_code])

    def digits(self) -> str:
        """The code as typed without its spaces and dashes, or found in the pasted WhatsApp message."""
        return code_in(self.code.data) or ""


def _address() -> str:
    return request.remote_addr or ""


def _too_many(target: str, code_asked: bool = False, number_held: bool = False):
    """Over a rate limit: the form's page says so (429), where the browser is sent (Post/Redirect/Get, as for the
    other refusals: Refresh on it never asks to resend the form, which would count one more try). `code_asked`:
    a code request, whose page points to the code this browser asked for last, if it may still live.
    `number_held`: the number's wrong codes of the day are spent (`WRONG_PER_NUMBER`): held for a day, not 15
    minutes, and no code is sent meanwhile (none could be used)."""
    session["login_refused"] = {"too_many": True, "code_asked": code_asked and not number_held,
                                "number_held": number_held}
    return redirect(target, code=303)


def _code_maybe_alive() -> str | None:
    """The number (as the person reads it) this browser last asked a code for, while a code asked then may still
    live: the fourth request was told to wait 15 minutes while the third code, arriving on the phone, worked. Said
    for any number asked, staff or not, so it tells nothing of the directory."""
    phone, asked = session.get("login_phone"), session.get("login_asked_at")
    if not phone or not isinstance(asked, int | float):
        return None
    alive = services(current_app).clock().timestamp() - asked < login.CODE_LIFETIME.total_seconds()
    return national(phone) if alive else None


@bp.route("/masuk", methods=["GET", "POST"])
def login_page():
    """Asks for the number and sends a code; the answer is the same whether or not the number is staff."""
    if current_user.is_authenticated:
        return _already_in()
    form = PhoneForm()
    here = url_for("auth.login_page", next=request.args.get("next"))
    if not form.is_submitted():
        form.phone.data = session.pop("login_prefill", None) or form.phone.data
        return _shown_again(form.phone, "auth/masuk.html", form=form)
    if not form.validate():
        return _refused(form.phone, here)
    svc, store = services(current_app), db()
    now = svc.clock()
    phone = _phone(form.phone.data)
    limits = [(ASK_PER_ADDRESS, _address())] + ([(ASK_PER_NUMBER, phone)] if phone else [])
    if exceeded(store, limits, now):
        store.commit()
        return _too_many(here, code_asked=True)
    if phone is None:
        store.commit()
        form.phone.errors.append(t("web_phone_unknown"))
        return _refused(form.phone, here)
    if over_limit(store, WRONG_PER_NUMBER, phone, now):  # a code could not be used today: none is sent
        store.commit()
        return _too_many(here, code_asked=True, number_held=True)
    login.tidy(store, now)
    login.request_code(store, phone, now, current_app.config["SECRET_KEY"])  # sent or not: one answer
    store.commit()
    # «Kirim kode baru»: the page says a new one went and the earlier one no longer works; only while that earlier
    # code could still have worked (back hours later, the earlier one is long dead and no "new" is worth saying)
    session["login_again"] = session.get("login_phone") == phone and _code_maybe_alive() is not None
    session["login_phone"] = phone
    session["login_asked_at"] = now.timestamp()
    session["login_next"] = _safe_next(request.args.get("next"))
    return redirect(url_for("auth.code_page"))


@bp.route("/masuk/kode", methods=["GET", "POST"])
def code_page():
    """Takes the code; a right one opens a session, anything else gets one answer that tells nothing more."""
    phone = session.get("login_phone")
    if current_user.is_authenticated or not phone:
        return redirect(url_for("auth.login_page"))
    form = CodeForm()
    if not form.is_submitted():
        return _shown_again(form.code, "auth/kode.html", form=form, phone=national(phone), asked=_asked_at(),
                            again=session.get("login_again", False))
    if not form.validate():
        return _refused(form.code, url_for("auth.code_page"), keep=False)
    svc, store = services(current_app), db()
    now = svc.clock()
    if over_limit(store, WRONG_PER_NUMBER, phone, now):
        return _too_many(url_for("auth.code_page"), number_held=True)
    if over_limit(store, WRONG_PER_ADDRESS, _address(), now):
        return _too_many(url_for("auth.code_page"))
    staff = login.check_code(store, phone, form.digits(), now, current_app.config["SECRET_KEY"])
    if staff is None:
        exceeded(store, [(WRONG_PER_ADDRESS, _address()), (WRONG_PER_NUMBER, phone)], now)
        store.commit()  # the try it cost
        why = login.why_refused(store, phone, form.digits(), now, current_app.config["SECRET_KEY"])
        form.code.errors.append(t({login.EXPIRED: "web_code_expired", login.REPLACED: "web_code_replaced",
                                   login.OUT_OF_TRIES: "web_code_out_of_tries"}.get(why, "web_code_wrong")))
        return _refused(form.code, url_for("auth.code_page"), keep=False)
    return _open_session(store, staff, now)


def _asked_at() -> str:
    """When this browser asked its code, as the region's clock reads (`10.02`), to match with the WhatsApp message."""
    asked = session.get("login_asked_at")
    if not isinstance(asked, int | float):
        return ""
    zone = ZoneInfo(current_app.config["APP_TIMEZONE"])
    return f"{datetime.fromtimestamp(asked, zone):%H.%M}"


def _phone(typed: str) -> str | None:
    """The typed number in E.164, or None: not a number, or with letters (`0811 000 000 2O`: a typo that the
    phone keypad's letters would turn into another person's number, who gets nothing, while the page waits)."""
    if any(ch.isalpha() for ch in typed):
        return None
    try:
        return to_e164(typed)
    except InvalidPhone:
        return None


def _refused(field, target: str, keep: bool = True):
    """A refused login form: why (and the typed number, never a code) kept for the form's page, where the browser
    is sent (Post/Redirect/Get: Back after logging in never asks to resend a form)."""
    session["login_refused"] = {"typed": (field.data or "")[:40] if keep else "", "errors": list(field.errors)}
    return redirect(target, code=303)


def _shown_again(field, template: str, **context):
    """A login form's page; after a refusal with why (400), and the number as it was typed; after too many tries
    the page that says to wait (429)."""
    refused = session.pop("login_refused", None)
    if not refused:
        return render_template(template, **context)
    if refused.get("too_many"):
        waiting = _code_maybe_alive() if refused.get("code_asked") else None
        return render_template("auth/terlalu_sering.html", waiting=waiting,
                               number_held=refused.get("number_held", False)), 429
    field.data, field.errors = refused.get("typed") or None, list(refused.get("errors") or [])
    return render_template(template, **context), 400


def _already_in():
    """The login page of a browser where someone is logged in. Their own number typed again (a second tab) leads on,
    as the page itself does; another number (a colleague at the same computer, a login tab left open from before)
    is told whose session this is and offered to log out first (Post/Redirect/Get): it led to that session's queue
    without a word, and the colleague worked in it as someone else. Nothing is sent to the number typed."""
    if request.method == "POST":
        typed = (request.form.get("phone") or "")[:40]
        if _phone(typed) == current_user.contact.phone:
            return redirect(_safe_next(request.args.get("next")) or url_for("home.index"))
        session["login_other"] = typed
        return redirect(url_for("auth.login_page"), code=303)
    typed = session.pop("login_other", None)
    if typed is None:
        return redirect(url_for("home.index"))
    phone = _phone(typed)
    return render_template("auth/sudah_masuk.html", form=FlaskForm(), typed=typed,
                           other=national(phone) if phone else typed.strip())


def _open_session(store, staff: Contact, now):
    token = sessions.start(store, staff, now, _address(), request.user_agent.string or "")
    record(store, AuditAction.LOGIN, actor_id=staff.id, at=now, address=_address())
    store.commit()
    target = session.get("login_next") or url_for("home.index")
    session.clear()  # nothing from before the login is carried into the session
    found = sessions.resume(store, token, now, session_idle(current_app))
    login_user(StaffUser(found, token))
    session.permanent = True
    return redirect(target)


def _safe_next(target: str | None) -> str | None:
    """A `next` address only when it stays on this site (no open redirect)."""
    if not target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    return target


@bp.route("/keluar", methods=["GET", "POST"])
def logout_page():
    """GET asks to confirm (a link cannot log anyone out); POST ends the session everywhere."""
    if not current_user.is_authenticated:
        return redirect(url_for("auth.login_page"))
    if request.method == "GET":
        return render_template("auth/keluar.html", form=FlaskForm())
    store, now = db(), services(current_app).clock()
    sessions.end(store, current_user.get_id(), now)
    record(store, AuditAction.LOGOUT, actor_id=current_user.id, at=now, address=_address())
    store.commit()
    logout_user()
    session.clear()
    if then := (request.form.get("then") or "").strip()[:40]:  # the number typed while still logged in
        session["login_prefill"] = then
    flash(t("web_logged_out"), "info")
    return redirect(url_for("auth.login_page"))


@expired_form("auth.login_page", "auth.code_page")
def _expired_login():
    """A login form whose token no longer holds (a page opened before logging out in another tab, whose token went
    with that session): nothing is sent or checked; the form again, with the number as typed (never a code) and
    why (Post/Redirect/Get, as any refused login form)."""
    if current_user.is_authenticated:
        return _already_in() if request.endpoint == "auth.login_page" else redirect(url_for("home.index"))
    if request.endpoint == "auth.login_page":
        session["login_refused"] = {"typed": request.form.get("phone", "")[:40], "errors": [t("web_login_expired")]}
        return redirect(url_for("auth.login_page", next=request.args.get("next")), code=303)
    session["login_refused"] = {"typed": "", "errors": [t("web_code_expired_form")]}
    return redirect(url_for("auth.code_page"), code=303)


@expired_form("auth.logout_page")
def _expired_logout():
    """A logout whose token no longer holds: the confirmation again, saying so (a visitor: the login page)."""
    if not current_user.is_authenticated:
        return redirect(url_for("auth.login_page"), code=303)
    flash(t("web_logout_expired"), "error")
    return redirect(url_for("auth.logout_page"), code=303)
