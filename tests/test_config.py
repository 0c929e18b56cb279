"""Configuration: sensible defaults, and a service that refuses to start when a setting is wrong."""

from __future__ import annotations

import pytest

from app import create_app
from bot.transports import ConsoleTransport, TwilioTransport, build_transport
from config import INSTANCE_DIR, SETTINGS, ConfigError, load_config
from services import services

SID, TOKEN, SENDER = "AC" + "1" * 32, "secret-token", "whatsapp:+6281100000999"
TWILIO = {"TWILIO_ACCOUNT_SID": SID, "TWILIO_AUTH_TOKEN": TOKEN, "TWILIO_WHATSAPP_FROM": SENDER}
PRODUCTION = {**TWILIO, "APP_ENV": "production", "PUBLIC_BASE_URL": "https://aduan.sukamaju.go.id",
              "DATABASE_URL": "postgresql+psycopg://penghubung@db.internal/penghubung", "SECRET_KEY": "k" * 40,
              "MEDIA_STORAGE_URL": "file:///srv/penghubung/media"}


def test_defaults_run_locally_without_any_setting():
    settings = load_config({})
    assert settings["DATABASE_URL"] == f"sqlite:///{INSTANCE_DIR / 'penghubung.db'}"
    assert INSTANCE_DIR.name == "instance"
    assert settings["APP_TIMEZONE"] == "Asia/Jakarta"
    assert settings["APP_ENV"] == "development"
    assert isinstance(build_transport(settings), ConsoleTransport)


def test_empty_variables_mean_the_default():
    settings = load_config({"APP_TIMEZONE": "", "OUTBOX_MAX_ATTEMPTS": "", "DATABASE_URL": ""})
    assert settings["APP_TIMEZONE"] == "Asia/Jakarta"
    assert settings["OUTBOX_MAX_ATTEMPTS"] == 8
    assert settings["DATABASE_URL"].startswith("sqlite:///")


def test_values_are_parsed_to_their_types():
    settings = load_config({"OUTBOX_MAX_ATTEMPTS": "3", "OUTBOX_RATE_PER_SECOND": "2.5", "DEMO_DIRECTORY": "no",
                            "TWILIO_CONTENT_SIDS": "default=HX1; reminder=HX2", "APP_TIMEZONE": "Asia/Makassar"})
    assert settings["OUTBOX_MAX_ATTEMPTS"] == 3
    assert settings["OUTBOX_RATE_PER_SECOND"] == 2.5
    assert settings["DEMO_DIRECTORY"] is False
    assert settings["TWILIO_CONTENT_SIDS"] == {"default": "HX1", "reminder": "HX2"}
    assert settings["APP_TIMEZONE"] == "Asia/Makassar"


@pytest.mark.parametrize("environ, expected", [
    ({"TWILIO_ACCOUNT_SID": SID, "TWILIO_AUTH_TOKEN": TOKEN}, "TWILIO_WHATSAPP_FROM"),
    ({"TWILIO_AUTH_TOKEN": TOKEN}, "half-configured"),
    ({**TWILIO, "TWILIO_WHATSAPP_FROM": "+6281100000999"}, "must look like whatsapp:"),
    ({**TWILIO, "TWILIO_WHATSAPP_FROM": "whatsapp:081100000999"}, "must look like whatsapp:"),
    ({"APP_TIMEZONE": "Asia/Sukamaju"}, "APP_TIMEZONE"),
    ({"APP_TIMEZONE": "../../etc/passwd"}, "APP_TIMEZONE"),
    ({"OUTBOX_MAX_ATTEMPTS": "delapan"}, "OUTBOX_MAX_ATTEMPTS"),
    ({"OUTBOX_BATCH_SIZE": "0"}, "OUTBOX_BATCH_SIZE"),
    ({"OUTBOX_INTERVAL_SECONDS": "-5"}, "OUTBOX_INTERVAL_SECONDS"),
    ({"TRUSTED_PROXIES": "satu"}, "TRUSTED_PROXIES"),
    ({"DEMO_DIRECTORY": "mungkin"}, "DEMO_DIRECTORY"),
    ({"TWILIO_CONTENT_SIDS": "reminder"}, "TWILIO_CONTENT_SIDS"),
    ({"TWILIO_CONTENT_SIDS": "reminder=SM123"}, "TWILIO_CONTENT_SIDS"),
    ({"PUBLIC_BASE_URL": "aduan.sukamaju.go.id"}, "PUBLIC_BASE_URL"),
    # A misspelt APP_ENV ran as development: SQLite, the demo regency, no checks, text logs.
    ({"APP_ENV": "prod"}, "APP_ENV"),
    ({"APP_ENV": "produksi"}, "APP_ENV"),
    ({"APP_ENV": "staging"}, "APP_ENV"),
    ({"LOG_LEVEL": "verbose"}, "LOG_LEVEL"),
    ({"LOG_LEVEL": "informasi"}, "LOG_LEVEL"),
    ({"TWILIO_TIMEOUT_SECONDS": "-1"}, "TWILIO_TIMEOUT_SECONDS"),
    ({"LAPOR_TIMEOUT_SECONDS": "0"}, "LAPOR_TIMEOUT_SECONDS"),
    ({"MEDIA_FETCH_TIMEOUT_SECONDS": "sepuluh"}, "MEDIA_FETCH_TIMEOUT_SECONDS"),
    ({"WEB_SESSION_IDLE_HOURS": "-8"}, "WEB_SESSION_IDLE_HOURS"),
    ({"OUTBOX_RATE_PER_SECOND": "-1"}, "OUTBOX_RATE_PER_SECOND"),
    ({"TRUSTED_PROXIES": "-1"}, "TRUSTED_PROXIES"),
    ({"DATABASE_URL": "mysql://penghubung@db.internal/penghubung"}, "DATABASE_URL"),
    ({"DATABASE_URL": "db.internal/penghubung"}, "DATABASE_URL"),
    ({**TWILIO, "TWILIO_ACCOUNT_SID": "SK" + "1" * 32}, "TWILIO_ACCOUNT_SID"),
    ({**TWILIO, "TWILIO_ACCOUNT_SID": " AC" + "1" * 32}, "TWILIO_ACCOUNT_SID"),
    # Docker's --env-file keeps quotes, and a pasted token may carry a newline: every signature would fail.
    ({**TWILIO, "TWILIO_AUTH_TOKEN": '"0123456789abcdef0123456789abcdef"'}, "TWILIO_AUTH_TOKEN.*quotes"),
    ({**TWILIO, "TWILIO_AUTH_TOKEN": "'0123456789abcdef0123456789abcdef'"}, "TWILIO_AUTH_TOKEN.*quotes"),
    ({**TWILIO, "TWILIO_AUTH_TOKEN": "0123456789abcdef 0123456789abcdef"}, "TWILIO_AUTH_TOKEN.*space"),
    ({**TWILIO, "TWILIO_AUTH_TOKEN": "0123456789abcdef0123456789abcdef\n"}, "TWILIO_AUTH_TOKEN.*space"),
    ({"METRICS_TOKEN": '"rahasia-metrik"'}, "METRICS_TOKEN"),
    ({"SECRET_KEY": "'" + "k" * 40 + "'"}, "SECRET_KEY"),
    ({"LAPOR_API_TOKEN": " token-lapor"}, "LAPOR_API_TOKEN"),
])
def test_bad_setting_is_refused_with_its_name(environ, expected):
    with pytest.raises(ConfigError, match=expected):
        load_config(environ)


def test_production_settings_that_pass():
    assert load_config(PRODUCTION)["APP_ENV"] == "production"
    assert load_config({**PRODUCTION, "APP_ENV": " Production"})["APP_ENV"] == "production"
    assert load_config({**PRODUCTION, "LOG_LEVEL": "warning"})["LOG_LEVEL"] == "WARNING"
    # The form hosting platforms and `psql` print; SQLAlchemy has no dialect named `postgres`.
    heroku = {**PRODUCTION, "DATABASE_URL": "postgres://penghubung:rahasia@db.internal:5433/penghubung"}
    assert load_config(heroku)["DATABASE_URL"] == "postgresql+psycopg://penghubung:rahasia@db.internal:5433/penghubung"
    behind_proxy = {**PRODUCTION, "PUBLIC_BASE_URL": "", "TRUSTED_PROXIES": "1"}
    assert load_config(behind_proxy)["TRUSTED_PROXIES"] == 1
    assert load_config({**PRODUCTION, "MEDIA_STORAGE_URL": "s3://penghubung-media/foto"})["MEDIA_STORAGE_URL"]


@pytest.mark.parametrize("change, expected", [
    ({"PUBLIC_BASE_URL": ""}, "PUBLIC_BASE_URL"),
    ({"DATABASE_URL": "sqlite:///instance/penghubung.db"}, "PostgreSQL"),
    ({"DATABASE_URL": ""}, "PostgreSQL"),
    ({"TWILIO_ACCOUNT_SID": "", "TWILIO_AUTH_TOKEN": "", "TWILIO_WHATSAPP_FROM": ""}, "TWILIO_ACCOUNT_SID"),
    ({"SECRET_KEY": ""}, "SECRET_KEY"),
    ({"SECRET_KEY": "short"}, "SECRET_KEY"),
    # Several machines need one media storage (a photo the worker fetched is served by every web machine): the
    # default `instance/media/` of each machine's checkout let the web answer 404 for what the worker stored.
    ({"MEDIA_STORAGE_URL": ""}, "MEDIA_STORAGE_URL.*s3://"),
    # A relative folder is each process's working directory's: gunicorn and the worker wrote to different ones.
    ({"MEDIA_STORAGE_URL": "file://instance/media"}, "MEDIA_STORAGE_URL.*absolute"),
    ({"MEDIA_STORAGE_URL": "file:media"}, "MEDIA_STORAGE_URL.*absolute"),
    ({"MEDIA_STORAGE_URL": "/srv/penghubung/media"}, "MEDIA_STORAGE_URL"),
    ({"MEDIA_STORAGE_URL": "s3://"}, "MEDIA_STORAGE_URL"),
])
def test_production_refuses_an_unsafe_setup(change, expected):
    with pytest.raises(ConfigError, match=expected):
        load_config({**PRODUCTION, **change})


@pytest.fixture
def environment(monkeypatch, tmp_path):
    """A clean process environment (only a throw-away SQLite file) that a test then spoils."""
    for setting in SETTINGS:
        monkeypatch.delenv(setting.name, raising=False)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'x.db'}")
    monkeypatch.setenv("LOG_LEVEL", "WARNING")
    return monkeypatch


@pytest.mark.parametrize("environ, expected", [
    ({"TWILIO_ACCOUNT_SID": SID, "TWILIO_AUTH_TOKEN": TOKEN}, "TWILIO_WHATSAPP_FROM"),
    ({"APP_TIMEZONE": "Jakarta"}, "APP_TIMEZONE"),
    ({"OUTBOX_MAX_ATTEMPTS": "8x"}, "OUTBOX_MAX_ATTEMPTS"),
    ({**TWILIO, "APP_ENV": "production", "PUBLIC_BASE_URL": "https://aduan.sukamaju.go.id"}, "PostgreSQL"),
])
def test_service_refuses_to_start_half_configured(environment, environ, expected):
    for name, value in environ.items():
        environment.setenv(name, value)
    with pytest.raises(ConfigError, match=expected):
        create_app()


def test_service_starts_from_the_environment(environment):
    environment.setenv("APP_TIMEZONE", "Asia/Jayapura")
    app = create_app()
    try:
        assert app.config["APP_TIMEZONE"] == "Asia/Jayapura"
        assert isinstance(services(app).transport, ConsoleTransport)
        assert app.test_client().get("/healthz").status_code == 200
    finally:
        services(app).engine.dispose()


def test_fresh_checkout_without_instance_folder_starts(environment, tmp_path):
    missing = tmp_path / "instance" / "penghubung.db"
    environment.setenv("DATABASE_URL", f"sqlite:///{missing}")
    app = create_app()
    try:
        assert app.test_client().get("/healthz").status_code == 200
    finally:
        services(app).engine.dispose()


def test_twilio_credentials_select_the_twilio_transport():
    settings = load_config({**TWILIO, "TWILIO_API_BASE_URL": "http://127.0.0.1:8999/", "TWILIO_TIMEOUT_SECONDS": "3"})
    transport = build_transport(settings)
    assert isinstance(transport, TwilioTransport)
    assert transport.sender == SENDER
    assert transport.client.api.base_url == "http://127.0.0.1:8999"
    assert transport.client.username == SID
    assert transport.client.http_client.timeout == 3.0


def test_twilio_transport_talks_to_twilio_by_default():
    transport = build_transport(load_config(TWILIO))
    assert transport.client.api.base_url == "https://api.twilio.com"


@pytest.mark.parametrize("typed, meant", [
    ("METRIC_TOKEN", "METRICS_TOKEN"), ("TWILIO_AUTHTOKEN", "TWILIO_AUTH_TOKEN"), ("DATABASE_URI", "DATABASE_URL"),
    ("TWILLIO_ACCOUNT_SID", "TWILIO_ACCOUNT_SID"), ("SECRETKEY", "SECRET_KEY"),
    ("MEDIA_STORAGE_URI", "MEDIA_STORAGE_URL"),
    # The token accepted beside the current one during a rotation, as operators name it
    *[(typed, "TWILIO_AUTH_TOKEN_PREVIOUS") for typed in (
        "TWILIO_AUTH_TOKEN_PREVOIUS", "TWILIO_AUTH_TOKEN_PREV", "TWILIO_PREVIOUS_AUTH_TOKEN", "TWILIO_AUTH_TOKEN_OLD",
        "TWILIO_OLD_AUTH_TOKEN", "TWILIO_SECONDARY_AUTH_TOKEN")],
    ("TOKEN_METRICS", "METRICS_TOKEN"),
])
def test_a_misspelt_setting_is_named_with_the_one_meant(typed, meant, caplog):
    with pytest.raises(ConfigError, match=f"{typed} is not a setting.*{meant}"):
        load_config({**PRODUCTION, typed: "x"})  # production refuses to start without the setting it thinks it has
    caplog.set_level("WARNING", logger="config")
    load_config({typed: "x"})  # development starts, saying so
    assert f"{typed} is not a setting" in caplog.text and meant in caplog.text


@pytest.mark.parametrize("other", ["TEST_DATABASE_URL", "BENCH_PROFILE_DATABASE_URL", "AWS_ACCESS_KEY_ID", "PATH",
                                   "FUZZ_EXAMPLES", "LOGNAME", "APP_NAME", "PGHOST", "TWILIO_API_KEY",
                                   "OLD_PWD", "TWILIO_TOKEN_URL", "PREVIOUS_TOKEN"])
def test_other_programs_variables_are_not_taken_for_misspelt_settings(other, caplog):
    caplog.set_level("WARNING", logger="config")
    load_config({**PRODUCTION, other: "x"})
    assert "is not a setting" not in caplog.text


def test_the_previous_twilio_token_is_read_and_production_refuses_it_equal_to_the_current_one():
    assert load_config(PRODUCTION)["TWILIO_AUTH_TOKEN_PREVIOUS"] == ""
    assert load_config({**PRODUCTION, "TWILIO_AUTH_TOKEN_PREVIOUS": "old-token"})["TWILIO_AUTH_TOKEN_PREVIOUS"] == \
        "old-token"
    # The same token twice rotates nothing: the old one, whose webhooks were to be accepted, is still refused.
    with pytest.raises(ConfigError, match="TWILIO_AUTH_TOKEN_PREVIOUS is TWILIO_AUTH_TOKEN"):
        load_config({**PRODUCTION, "TWILIO_AUTH_TOKEN_PREVIOUS": TOKEN})
    with pytest.raises(ConfigError, match="TWILIO_AUTH_TOKEN_PREVIOUS.*quotes"):
        load_config({**PRODUCTION, "TWILIO_AUTH_TOKEN_PREVIOUS": '"old-token"'})
    assert load_config({**TWILIO, "TWILIO_AUTH_TOKEN_PREVIOUS": TOKEN})["TWILIO_AUTH_TOKEN_PREVIOUS"] == TOKEN


def test_half_configured_twilio_in_production_is_not_told_to_use_the_console():
    with pytest.raises(ConfigError) as refused:
        load_config({**PRODUCTION, "TWILIO_AUTH_TOKEN": ""})
    assert "half-configured" in str(refused.value) and "console" not in str(refused.value)
    with pytest.raises(ConfigError, match="none of them for the console transport"):
        load_config({"TWILIO_AUTH_TOKEN": TOKEN})
