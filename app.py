"""The application factory: configuration, database, transport, blueprints and CLI commands."""

from __future__ import annotations

from itertools import chain
from pathlib import Path

from flask import Flask, request
from flask.globals import request_ctx
from sqlalchemy import Engine, make_url
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter

from bot.transports import build_transport
from config import INSTANCE_DIR, ConfigError, load_config
from lapor.region import Region
from models.db import make_engine, make_session_factory
from ops.logs import configure_logging
from services import Services, services

MAX_REQUEST_BYTES = 256 * 1024  # Twilio's form is a few KB; anything larger is not Twilio


class RowNumberConverter(IntegerConverter):
    """`<int:…>` in this app's addresses: a row's id or a complaint's number, both 32-bit integer columns. A larger
    number typed in the address matches no route (404) instead of reaching the database, where PostgreSQL refused
    it (integer out of range) and SQLite could not bind one beyond 64 bits: a 500 either way."""

    def __init__(self, map, fixed_digits: int = 0, min: int | None = None, max: int | None = 2**31 - 1,  # noqa: A002
                 signed: bool = False) -> None:
        super().__init__(map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


class App(Flask):
    """Flask, with each function's async check made once: Flask asks `inspect.iscoroutinefunction` again for every
    request hook and view on every request (eleven hooks and a view per webhook message, about 1% of one).

    And app-wide request hooks a blueprint's requests skip (`skip_hooks`): the staff pages' own (CSRF, Flask-Login's
    remember cookie, the pages' headers and upload limit) are nothing to Twilio's webhooks, and ran for every
    message. Every other hook (the request id, the metrics) runs for every request."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._synced: dict = {}
        self._skipped: dict[str, frozenset] = {}

    def skip_hooks(self, blueprint: str, hooks) -> None:
        """Let requests to `blueprint`'s views skip these app-wide before- and after-request hooks."""
        self._skipped[blueprint] = self._skipped.get(blueprint, frozenset()) | frozenset(hooks)

    def preprocess_request(self):
        """Flask's, less the hooks this request's blueprint skips."""
        req = request._get_current_object()  # read once: each read through the proxy costs more than the read
        skipped = self._skipped.get(req.blueprint) if self._skipped else None
        if skipped is None:
            return super().preprocess_request()
        names = (None, *reversed(req.blueprints))
        for name in names:
            for url_func in self.url_value_preprocessors.get(name, ()):
                url_func(req.endpoint, req.view_args)
        for name in names:
            for before_func in self.before_request_funcs.get(name, ()):
                if before_func not in skipped:
                    answer = self.ensure_sync(before_func)()
                    if answer is not None:
                        return answer
        return None

    def process_response(self, response):
        """Flask's, less the hooks this request's blueprint skips."""
        ctx = request_ctx._get_current_object()
        skipped = self._skipped.get(ctx.request.blueprint) if self._skipped else None
        if skipped is None:
            return super().process_response(response)
        for func in ctx._after_request_functions:
            response = self.ensure_sync(func)(response)
        for name in chain(ctx.request.blueprints, (None,)):
            for func in reversed(self.after_request_funcs.get(name, ())):
                if func not in skipped:
                    response = self.ensure_sync(func)(response)
        if not self.session_interface.is_null_session(ctx._session):
            self.session_interface.save_session(self, ctx._session, response)
        return response

    def ensure_sync(self, func):
        try:
            return self._synced[func]
        except KeyError:
            synced = self._synced[func] = super().ensure_sync(func)
            return synced
        except TypeError:  # an unhashable callable: checked every time, as Flask does
            return super().ensure_sync(func)


def create_app(config: dict | None = None, *, transport=None, engine: Engine | None = None) -> Flask:
    """Build the app from the environment, with `config` overriding it (tests); `engine`, when given, is one already
    made for DATABASE_URL (tests build hundreds of apps on one database, and an engine's compiled SQL is its own)."""
    settings = load_config()
    settings.update(config or {})
    app = App(__name__, instance_relative_config=True)
    app.url_map.converters["int"] = RowNumberConverter  # before any route is added
    app.config.update(settings, MAX_CONTENT_LENGTH=MAX_REQUEST_BYTES)
    configure_logging(settings)
    from bot.front import WebhookFront

    app.wsgi_app = WebhookFront(app, app.wsgi_app)  # inside ProxyFix: it reads the URL as Flask would
    if settings["TRUSTED_PROXIES"]:
        hops = settings["TRUSTED_PROXIES"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops, x_port=hops)
    _ensure_sqlite_folder(settings["DATABASE_URL"])
    engine = engine or make_engine(settings["DATABASE_URL"])
    app.extensions["penghubung"] = Services(
        config=app.config, engine=engine, session_factory=make_session_factory(engine),
        transport=transport or build_transport(app.config),
        region=_region(settings), media_storage=_media_storage(settings))
    _register(app)
    return app


def _ensure_sqlite_folder(url: str) -> None:
    """Create the folder of a SQLite file: `instance/` is not in git, and SQLite will not create it."""
    database = make_url(url).database if url.startswith("sqlite") else None
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).parent.mkdir(parents=True, exist_ok=True)


def _region(settings: dict) -> Region:
    try:
        return Region.load(settings["REGION_SETTINGS"], settings["APP_TIMEZONE"])
    except (OSError, ValueError) as exc:
        raise ConfigError(f"REGION_SETTINGS: {exc}") from exc


def _media_storage(settings: dict):
    from media.storage import from_url

    try:
        return from_url(settings["MEDIA_STORAGE_URL"], instance_dir=INSTANCE_DIR,
                        endpoint_url=settings["MEDIA_S3_ENDPOINT_URL"])
    except ValueError as exc:
        raise ConfigError(f"MEDIA_STORAGE_URL: {exc}") from exc


def _register(app: Flask) -> None:
    import ops
    import web
    from bot import notices
    from bot.webhook import bp as twilio_bp
    from cli.chat import chat_command, serve_command
    from cli.directory import directory_cli
    from cli.lapor import lapor_cli
    from cli.performance import performance_cli
    from cli.routing import routing_cli
    from lapor.bridge import sync as lapor_sync
    from media.cli import media_cli
    from media.web import bp as media_bp
    from models.cli import db_cli
    from scheduler.cli import tick_command

    ops.init_app(app)
    notices.init_app(app)
    lapor_sync.subscribe(services(app).events, app.config["LAPOR_MODE"])
    web.init_app(app)
    app.register_blueprint(twilio_bp)
    app.register_blueprint(media_bp)
    for command in (db_cli, tick_command, chat_command, serve_command, directory_cli, routing_cli,
                    lapor_cli, media_cli, performance_cli):
        app.cli.add_command(command)
