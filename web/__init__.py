"""Staff pages: the dashboard served by the same Flask app as the webhook, a blueprint per area.

`init_app` sets up the cookie session, Flask-Login (a session row per login, see `web.sessions`), CSRF on every
form (the Twilio webhooks, signed by Twilio, are the only exemption) and registers the blueprints.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from flask import (
    Blueprint,
    Flask,
    Request,
    abort,
    current_app,
    g,
    get_flashed_messages,
    redirect,
    render_template,
    request,
    url_for,
)
from flask.sessions import SecureCookieSessionInterface
from flask_wtf import FlaskForm
from flask_wtf.csrf import CSRFError, CSRFProtect
from jinja2 import pass_context
from sqlalchemy.orm import Session
from werkzeug.datastructures import ImmutableMultiDict, iter_multi_items
from werkzeug.exceptions import HTTPException
from wtforms.validators import ValidationError

from bot.messages import (
    EVENT_NAMES,
    KIND_NAMES,
    PRIVACY_NAMES,
    SOURCE_NAMES,
    STATUS_LABELS,
    deadline_words,
    holder_label,
    t,
)
from config import DEV_SECRET_KEY
from lapor import access, complaints
from lapor.audit import AuditAction
from lapor.charts import whole_percent
from lapor.phones import national
from models import Complaint, Role
from services import services

csrf = CSRFProtect()

# The static files and the base layout (web/static, web/templates), shared by every area's blueprint.
ASSETS_PATH = "/assets"
assets = Blueprint("web", __name__, static_folder="static", static_url_path=ASSETS_PATH, template_folder="templates")


def init_app(app: Flask) -> None:
    """Configure sessions, login and CSRF, and register the staff pages. The doors that are not pages (NOT_PAGES:
    Twilio's webhooks, the signed media links, the probes and metrics) skip the app-wide request hooks added here
    (CSRF, the filters' redirect, Flask-Login's remember cookie, the pages' headers and upload limit): they are the
    pages', and do nothing for a request to those doors, which ran a few thousand times an hour (a load balancer's
    checks, Twilio fetching photos)."""
    from bot.webhook import bp as twilio_bp
    from lapor.events import StaffChanged
    from web import audit, auth, home, sessions
    from web import directory as direktori
    from web import performance as kinerja

    before = _request_hooks(app)
    _configure_cookies(app)
    app.request_class = PageRequest
    PageRequest.untouched = f"{twilio_bp.url_prefix}/"
    app.session_interface = PageSessions(f"{twilio_bp.url_prefix}/")
    csrf.init_app(app)
    csrf.exempt(twilio_bp)
    auth.login_manager.init_app(app)
    services(app).events.subscribe(StaffChanged, sessions.on_staff_changed)
    app.teardown_appcontext(_close_db)
    for code in ERROR_TEXTS:
        app.register_error_handler(code, _error_page)
    app.register_error_handler(CSRFError, _expired_form)
    app.before_request(_without_empty_filters)
    app.after_request(_page_headers)
    app.context_processor(_template_names)
    app.jinja_env.globals["EVENT_NAMES"] = EVENT_NAMES  # also read by imported macros (pengaduan/_labels.html)
    app.jinja_env.globals["STATUS_LABELS"] = STATUS_LABELS  # the downloads and /audit use the same words
    # a complaint's kind, source and privacy as every page names them (pengaduan/_labels.html, /kinerja): the
    # queue and /kinerja each had their own copy, and named the SP4N-LAPOR! source two ways
    app.jinja_env.globals.update(KIND_NAMES=KIND_NAMES, SOURCE_NAMES=SOURCE_NAMES, PRIVACY_NAMES=PRIVACY_NAMES)
    app.jinja_env.globals["form_refused"] = _form_refused  # the layout's title says so first
    app.add_template_filter(_local_time, "local_time")
    app.add_template_filter(_deadline, "deadline")  # as WhatsApp says it: «hari ini pukul 10.00»
    app.jinja_env.globals["holder_label"] = _holder_label  # the same words in a download (web.performance)
    app.add_template_filter(whole_percent, "whole_percent")  # halves up, as the charts and the digests round
    app.add_template_filter(national, "phone")  # one format for a number on every page (lapor.phones.national)
    for blueprint in (assets, auth.bp, home.bp, audit.bp, kinerja.bp, direktori.bp):
        app.register_blueprint(blueprint)
    _register_queue_area(app)
    pages_own = _request_hooks(app) - before
    for door in NOT_PAGES:
        app.skip_hooks(door, pages_own)


def _request_hooks(app: Flask) -> set:
    """The app-wide before- and after-request hooks registered so far."""
    return {*app.before_request_funcs.get(None, ()), *app.after_request_funcs.get(None, ())}


class TextWithoutNul(ImmutableMultiDict):
    """URL arguments and form fields with no NUL character in their text (files are left as they are), and no field
    without a name: werkzeug reads none from a multipart part whose name holds a line break, and Flask-WTF's search
    for the CSRF token (`key.endswith`) was a 500 on it."""

    def __init__(self, mapping=None):
        if mapping is not None:
            mapping = [(_without_nul(key), _without_nul(value)) for key, value in iter_multi_items(mapping)
                       if key is not None]
        super().__init__(mapping)


def _without_nul(value):
    return value.replace("\x00", "") if isinstance(value, str) else value


class PageRequest(Request):
    """A request whose URL arguments and form fields carry no NUL: one pasted from a PDF or a spreadsheet cell (or
    sent by a scanner) into the queue's search, an action's text or a template was a 500 on PostgreSQL ("text
    fields cannot contain NUL"), the typed text lost. Twilio's webhooks get their form exactly as signed."""

    untouched = "/twilio/"  # the webhooks' prefix (init_app)

    @property
    def parameter_storage_class(self):
        """The class werkzeug parses the URL arguments and the form into."""
        return ImmutableMultiDict if self.path.startswith(self.untouched) else TextWithoutNul


def one_newline(text: str | None) -> str | None:
    """Browsers send a line break as CRLF but count it as one character (`maxlength`): count it as one too (a
    WTForms filter of every text box with a limit: the complaint page's, the answer templates')."""
    return text.replace("\r\n", "\n") if text else text


class WithinLength:
    """A WTForms check of a text box's limit whose refusal says how long the text is and by how much it is over
    (`message_key`'s {max}, {size} and {over}, written as the page writes numbers): a 5,000-character answer was
    told only «Teks paling panjang 4.000 huruf», and its writer cut blindly and sent it again to learn more. Run
    after `one_newline`, it counts as the browser does."""

    def __init__(self, limit: int, message_key: str):
        self.limit, self.message_key = limit, message_key

    def __call__(self, form, field) -> None:
        size = len(field.data or "")
        if size > self.limit:
            raise ValidationError(t(self.message_key, max=written_count(self.limit), size=written_count(size),
                                    over=written_count(size - self.limit)))


def written_count(number: int) -> str:
    """A number as the pages write it: `2.000`."""
    return f"{number:,}".replace(",", ".")


def _register_queue_area(app: Flask) -> None:
    """The complaint page with its actions, and the agencies' answer templates (the queue is `home`)."""
    from web import complaint, templat

    complaint.init_app(app)
    app.register_blueprint(templat.bp)


# How long the browser keeps the cookie after the session's idle time: the server ends the session (its row), the
# cookie only carries its token. A cookie that expired with the idle time took the token and the CSRF token with
# it (the browser drops it by its own clock): a form typed before a night away could not be kept for its owner,
# and the login page could not say the session had ended.
COOKIE_OUTLIVES_IDLE = timedelta(days=7)


def session_idle(app: Flask) -> timedelta:
    """A dashboard session ends after this long without a request (`WEB_SESSION_IDLE_HOURS`)."""
    return timedelta(hours=app.config["WEB_SESSION_IDLE_HOURS"])


def _configure_cookies(app: Flask) -> None:
    """Session cookie: HttpOnly, SameSite=Lax, Secure in production, and kept a week past the idle expiry (which
    the server enforces on the session's row)."""
    config = app.config
    config["SECRET_KEY"] = config.get("SECRET_KEY") or DEV_SECRET_KEY
    config.update(SESSION_COOKIE_NAME="penghubung_sesi", SESSION_COOKIE_HTTPONLY=True,
                  SESSION_COOKIE_SAMESITE="Lax", SESSION_COOKIE_SECURE=config["APP_ENV"] == "production",
                  PERMANENT_SESSION_LIFETIME=session_idle(app) + COOKIE_OUTLIVES_IDLE,
                  SESSION_REFRESH_EACH_REQUEST=True, REMEMBER_COOKIE_DURATION=timedelta(0),
                  WTF_CSRF_TIME_LIMIT=None, WTF_CSRF_SSL_STRICT=True)


# Doors no page's session is for, by path (the session is opened before the request is routed, so not by
# blueprint as NOT_PAGES): signed media links (media.web) and the load balancer's and Prometheus's probes (ops).
SESSIONLESS_PREFIXES = ("/media/",)
SESSIONLESS_PATHS = frozenset({"/healthz", "/readyz", "/metrics"})


class PageSessions(SecureCookieSessionInterface):
    """Flask's signed-cookie sessions for the pages only: Twilio's webhooks (under `webhooks`), the pages' assets,
    signed media links and the health and metrics probes get Flask's null session (empty, never saved) instead of
    a cookie read, a serializer made and a cookie written back on every answer."""

    def __init__(self, webhooks: str, assets: str = ASSETS_PATH):
        self.webhooks, self.assets = webhooks, assets
        self.prefixes = (webhooks, assets + "/", *SESSIONLESS_PREFIXES)

    def open_session(self, app: Flask, request):
        """The request's session; None (Flask then uses its null session) for a Twilio webhook, and for what a
        logged-in browser fetches while the page's own requests run (a stylesheet, script or icon, a complaint's
        photo through its signed `/media/` link) or a probe asks (`/healthz`, `/readyz`, `/metrics`): their answers
        (a permanent session is written back on every answer) could put back a session from before a redirect's
        notice was added to it, which was then never shown."""
        if self.sessionless(request.path):
            return None
        return super().open_session(app, request)

    def sessionless(self, path: str) -> bool:
        """Whether a request to `path` gets no session (so its error answer cannot use the pages' layout either)."""
        return path.startswith(self.prefixes) or path in SESSIONLESS_PATHS


ROLE_NAMES = {Role.VERIFIER: "Verifikator", Role.SUPERVISOR: "Pimpinan", Role.HEAD: "Kepala instansi",
              Role.OFFICER: "Petugas penghubung"}
ACTION_NAMES = {AuditAction.LOGIN: "Masuk", AuditAction.LOGOUT: "Keluar",
                AuditAction.IDENTITY_VIEW: "Melihat identitas pelapor"}


# Doors that are not pages: their errors keep Werkzeug's plain answers (Twilio, signed media links, probes, metrics),
# and the pages' request hooks skip them (init_app).
NOT_PAGES = ("twilio", "media", "ops_health", "ops_metrics")
ERROR_TEXTS = {
    400: ("Permintaan tidak dapat diproses", "Formulir kedaluwarsa atau tidak lengkap. Muat ulang halaman, lalu coba "
          "lagi."),
    403: ("Tidak berhak", "Halaman ini bukan untuk peran Anda. Kembali ke antrean Anda."),
    404: ("Tidak ditemukan", "Halaman atau laporan ini tidak ada. Periksa alamatnya, atau kembali ke antrean."),
    405: ("Tidak dapat diproses", "Cara membuka halaman ini tidak didukung. Kembali ke antrean."),
    413: ("Kiriman terlalu besar", "Berkas atau isian yang dikirim terlalu besar, jadi tidak ada yang disimpan. "
          "Kembali ke halaman sebelumnya, lalu kirim berkas yang lebih kecil."),
    503: ("Layanan sementara tidak tersedia", "Data sedang tidak dapat dibuka, biasanya hanya sebentar. Tidak ada "
          "yang diubah. Coba lagi dalam beberapa detik."),
    500: ("Terjadi kesalahan", "Maaf, ada kesalahan di sistem dan permintaan ini tidak selesai. Tidak ada yang "
          "diubah. Coba lagi sebentar lagi; bila terus terjadi, hubungi pengelola Penghubung."),
}
# The answer when even the layout cannot be rendered (the database is down during a 500).
BARE_ERROR = ('<!doctype html><html lang="id"><meta charset="utf-8"><title>{title} · Penghubung</title>'
              "<h1>{title}</h1><p>{text}</p><p><a href=\"/\">Kembali ke antrean</a></p></html>")


def _error_page(error: HTTPException):
    """Staff pages explain an error in Bahasa Indonesia (a CSRF refusal is a 400 too); other doors do not. A page's
    address typed with a slash at its end leads to the page (`_without_end_slash`)."""
    if request.blueprint in NOT_PAGES or current_app.session_interface.sessionless(request.path):
        return error  # (the webhooks', assets', media links' and probes' addresses have no session for the layout)
    if error.code == 404 and (page := _without_end_slash()) is not None:
        return redirect(page, code=308)
    title, text = ERROR_TEXTS[error.code]
    if error.code in (500, 503):  # the database may be what failed: the layout reads the logged-in person
        return _server_error_page(title, text, error.code)
    way = _forbidden_way() if error.code == 403 else None
    if way is not None:
        text, back, back_text = way
        return render_template("error.html", title=title, text=text, code=403, back=back,
                               back_text=back_text), 403
    return render_template("error.html", title=title, text=text, code=error.code), error.code


def _forbidden_way() -> tuple[str, str | None, str | None] | None:
    """What a page this person's role may not open says instead of «bukan untuk peran Anda»: whose page it is, and a
    link to where they do what they came for (None: the plain text). A verifier at /templat was sent to the queue,
    though every agency's templates are theirs to keep, from the directory."""
    from flask_login import current_user

    if not current_user.is_authenticated:
        return None
    role, area = current_user.role, request.blueprint
    agency = current_user.agency.code if current_user.agency else "-"
    if area == "templat" and (request.view_args or {}).get("code") is None:
        if role == Role.VERIFIER:
            return t("web_forbidden_templates_verifier"), url_for("direktori.index"), t("web_forbidden_to_directory")
        return t("web_forbidden_templates_region"), None, None
    if area == "templat" and role in access.AGENCY_ROLES and current_user.agency:
        return (t("web_forbidden_templates_agency", agency=agency), url_for("templat.index"),
                t("web_forbidden_to_templates"))
    if area in ("templat", "direktori"):
        return t("web_forbidden_directory"), None, None
    if area == "audit":
        return t("web_forbidden_audit"), None, None
    if area == "kinerja" and (request.endpoint or "").startswith("kinerja.lapor_"):
        return t("web_forbidden_lapor"), url_for("kinerja.index"), t("web_forbidden_to_performance")
    if area == "kinerja" and role == Role.OFFICER:
        return (t("web_forbidden_performance", agency=agency), url_for("home.index", view="semua"),
                t("web_forbidden_to_all", agency=agency))
    number = (request.view_args or {}).get("number")
    if area == "pengaduan" and number is not None:
        return (t("web_forbidden_action"), url_for("pengaduan.page", number=number),
                t("web_forbidden_to_complaint", number=number))
    return None


# The areas whose pages an address ending in a slash leads to (not the doors that are not pages, nor assets).
PAGE_AREAS = ("home", "auth", "audit", "kinerja", "direktori", "pengaduan", "templat")


def _without_end_slash() -> str | None:
    """The dashboard page a GET address ending in slashes means (`/pengaduan/3/` → `/pengaduan/3`, its query kept),
    None for none: `/pengaduan/3/` was a 404. The address is built from the page's rule, never from what was typed
    («//host/» means another host), and the page's own rules (roles, who may see a complaint) then apply."""
    path = request.path
    if request.method not in ("GET", "HEAD") or not path.endswith("/"):
        return None
    adapter = current_app.url_map.bind("", url_scheme=request.scheme)
    try:
        endpoint, values = adapter.match(path.rstrip("/") or "/", method="GET")
    except HTTPException:  # no page there (or one that redirects itself)
        return None
    if endpoint.partition(".")[0] not in PAGE_AREAS or path.rstrip("/") == "":  # «//»: the queue's own «/»
        return None
    return url_for(endpoint, **{**request.args.to_dict(flat=False), **values})


# The pages with a filter form sent by GET: a browser sends every box, left empty too (`?kind=&agency=&source=`).
FILTER_PAGES = ("home.index", "kinerja.index", "audit.index")


def _without_empty_filters():
    """A filter page's address with empty boxes (or a search of spaces only) leads to the address of the filters
    chosen, which a person can read, bookmark and share (`/?view=semua&q=sampah`, not `…&kind=&agency=&source=
    &since=&until=`); with or without JavaScript. None (the page itself) for an address without any."""
    if request.method not in ("GET", "HEAD") or request.endpoint not in FILTER_PAGES:
        return None
    asked = list(request.args.items(multi=True))
    kept = [(name, value) for name, value in asked if value.strip()]
    if len(kept) == len(asked):
        return None
    return redirect(request.script_root + request.path + ("?" + urlencode(kept) if kept else ""))


def _server_error_page(title: str, text: str, code: int = 500):
    """A 500 (or a 503: the database is away) in the dashboard's own layout; its transaction is given up first,
    and when the layout itself fails (it reads the logged-in person) a bare page says the same."""
    session = g.get("db_session")
    try:
        if session is not None:
            session.rollback()
        return render_template("error.html", title=title, text=text, code=code), code
    except Exception:  # noqa: BLE001 - the error page must answer whatever else is broken
        if code == 500:
            current_app.logger.exception("the error page itself failed")
        return BARE_ERROR.format(title=title, text=text), code


# A form refused for its CSRF token (expired, or missing) is taken back by its page when the page registered how
# (endpoint -> handler, `expired_form`): what was typed is kept and the browser is redirected to the form's page
# (Post/Redirect/Get: Refresh never posts it again). Other forms get the 400 page.
EXPIRED_FORMS: dict[str, Callable] = {}


def expired_form(*endpoints: str):
    """Register the decorated function as what `endpoints` do with a form refused for its CSRF token."""
    def register(handler: Callable) -> Callable:
        for endpoint in endpoints:
            EXPIRED_FORMS[endpoint] = handler
        return handler
    return register


def _expired_form(error: CSRFError):
    handler = EXPIRED_FORMS.get(request.endpoint or "")
    if handler is None:
        return _error_page(error)
    try:
        return handler()
    except HTTPException as refused:  # a page the person may not open: its own error page, nothing kept
        return refused.response or _error_page(refused)


# Pages load only their own files (vendored scripts included, no inline script), are never framed, and are not kept
# in caches: they show people's complaints. Inline styles are allowed: the performance page's SVG charts carry them.
PAGE_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
               "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'")


def _page_headers(response):
    if request.blueprint in NOT_PAGES or response.mimetype != "text/html":
        return response
    response.headers.setdefault("Content-Security-Policy", PAGE_POLICY)
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("Cache-Control", "no-store")
    return response


def _template_names() -> dict:
    from web.audit import READERS

    return {"role_names": ROLE_NAMES, "action_names": ACTION_NAMES, "audit_readers": READERS,
            "BESIDE_CATEGORIES": ("error", "info"), "flashes_beside": False, "excel_hint": EXCEL_HINT}


# Beside every set of downloads. A CSV opened in Excel takes Windows' list separator and decimal mark, which are
# «;» and «,» on a computer set to Indonesian: the rows sat in one column and «33.3» read as text or a date. An XLSX
# holds its columns, dates and numbers as such in every Excel; «CSV (Excel Indonesia)» (`lapor.exports.CSV_ID`)
# is the CSV such an Excel opens in columns. The CSVs' dates are ISO 8601 (`lapor.bridge.manual.CSV_DATE_FORMAT`:
# an English Excel read dd/mm as mm/dd), which the hint shows, as they look unlike the rest of the dashboard's.
EXCEL_HINT = ("Untuk dibuka di Excel, pilih «Excel (XLSX)»: kolom, tanggal dan angkanya langsung rapi. "
              "«CSV (Excel Indonesia)» memakai titik koma dan koma desimal (3,5), untuk Excel berbahasa Indonesia. "
              "CSV (pemisah koma, titik desimal, UTF-8) untuk aplikasi lain. Tanggal di CSV ditulis "
              "tahun-bulan-hari: 2026-12-05.")


@pass_context
def _form_refused(context) -> bool:
    """Whether the page shows a form refused (the layout's title then starts «Perbaiki isian: »): a refusal
    flashed (an action, an upload, an expired form), a field with its errors (the login's number or code, a
    template), or a filter box to correct (`boxes_refused`, set by the page's template). A refused form kept its
    page's own title, and a screen reader, which reads the title first, heard nothing of it."""
    if context.get("boxes_refused"):
        return True
    if any(category == "error" for category, _ in get_flashed_messages(with_categories=True)):
        return True
    return any(isinstance(value, FlaskForm) and value.errors for value in context.get_all().values())


def _local_time(moment: datetime | None) -> str:
    """A moment in the region's time zone, as staff read it: `23 Nov 2026 10.05`."""
    if moment is None:
        return "-"
    local = moment.astimezone(ZoneInfo(current_app.config["APP_TIMEZONE"]))
    return f"{local.day} {MONTHS[local.month - 1]} {local.year} {local:%H.%M}"


def _deadline(due: datetime) -> str:
    """A deadline in a queue row or a complaint's Batas cell, worded as WhatsApp words it (`deadline_words`), with
    its time on other days too unless it is the close of the working day: «hari ini pukul 10.00», «besok»,
    «11 Des 2026 pukul 10.00», «11 Des 2026»."""
    svc = services(current_app)
    return deadline_words(due, svc.clock(), svc.region.calendar, timed=True)


def _holder_label(holder, late: bool = False, by_head: bool = False) -> str:
    """Whom a disposition is with, in the region's time zone (`bot.messages.holder_label`)."""
    return holder_label(holder, ZoneInfo(current_app.config["APP_TIMEZONE"]), late, by_head)


MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


def db() -> Session:
    """The request's database session (opened on first use, closed at the end of the request)."""
    if "db_session" not in g:
        g.db_session = services(current_app).session_factory()
    return g.db_session


def complaint_or_404(number: int, reader=None) -> Complaint:
    """The complaint LPR-<number> if the reader (default: the logged-in staff member) may see it, else 404: a
    complaint of another agency answers exactly as one that does not exist."""
    from flask_login import current_user

    complaint = complaints.by_number(db(), number)
    if complaint is None or not access.may_see_complaint(reader or current_user, complaint):
        abort(404)
    return complaint


def _close_db(_exc) -> None:
    session = g._get_current_object().pop("db_session", None)  # every request: the proxy's attribute read costs more
    if session is not None:
        session.close()
