"""Logs: JSON lines in production with the request id and MessageSid, never the citizen's words or number."""

from __future__ import annotations

import io
import json
import logging
import re
import runpy

import pytest

from ops.logs import json_logs, make_handler
from tests.conftest import WhatsApp
from tests.parties import CITIZEN, shows_number


@pytest.mark.parametrize(("log_format", "env", "expected"), [
    ("auto", "production", True), ("auto", "development", False), ("json", "development", True),
    ("text", "production", False)])
def test_json_lines_in_production_unless_told_otherwise(log_format, env, expected):
    assert json_logs({"LOG_FORMAT": log_format, "APP_ENV": env}) is expected


def test_a_webhook_log_line_carries_the_request_and_message_ids_but_no_text(app):
    stream = io.StringIO()
    handler = make_handler({"LOG_FORMAT": "json", "APP_ENV": "production"}, stream)
    watched = logging.getLogger("bot.webhook")
    watched.addHandler(handler)
    previous = watched.level
    watched.setLevel(logging.INFO)
    try:
        wa = WhatsApp(app)
        form = wa.form(CITIZEN, "rahasia sekali isi pesan ini")
        response = wa.client.post("/twilio/whatsapp", data=form, headers={
            "X-Twilio-Signature": "forged", "X-Request-Id": "req-abc-123"})
    finally:
        watched.removeHandler(handler)
        watched.setLevel(previous)
    assert response.status_code == 403 and response.headers["X-Request-Id"] == "req-abc-123"
    [line] = stream.getvalue().splitlines()
    record = json.loads(line)
    assert record["levelname"] == "WARNING" and record["name"] == "bot.webhook"
    assert record["request_id"] == "req-abc-123" and record["message_sid"] == form["MessageSid"]
    assert "rahasia" not in line and not shows_number(line, CITIZEN)


def test_every_response_gets_a_request_id(app):
    first, second = (app.test_client().get("/healthz").headers["X-Request-Id"] for _ in range(2))
    assert re.fullmatch("[0-9a-f]{32}", first) and re.fullmatch("[0-9a-f]{32}", second) and first != second


def _gunicorn_access_line(tmp_path, monkeypatch, app_env: str) -> str:
    """The line gunicorn, configured by the project's gunicorn.conf.py, writes for one dashboard request."""
    from datetime import timedelta
    from pathlib import Path
    from types import SimpleNamespace

    from gunicorn.config import Config

    monkeypatch.setenv("APP_ENV", app_env)
    monkeypatch.delenv("LOG_FORMAT", raising=False)
    settings = runpy.run_path(str(Path(__file__).resolve().parents[2] / "gunicorn.conf.py"))
    cfg = Config()
    for name in ("access_log_format", "logger_class"):
        if name in settings:
            cfg.set(name, settings[name])
    cfg.set("accesslog", str(tmp_path / "access.log"))
    logger = cfg.logger_class(cfg)
    environ = {"REQUEST_METHOD": "GET", "RAW_URI": "/?q=081234567890+Budi", "PATH_INFO": "/",
               "QUERY_STRING": "q=081234567890+Budi", "SERVER_PROTOCOL": "HTTP/1.1", "REMOTE_ADDR": "10.0.0.5",
               "HTTP_REFERER": "https://aduan.example.go.id/?q=Budi+Santoso", "HTTP_USER_AGENT": "Firefox"}
    response = SimpleNamespace(status="200 OK", sent=512, headers=[("X-Request-Id", "req-abc-123")])
    logger.access(response, [], environ, timedelta(milliseconds=12))
    for handler in logger.access_log.handlers:
        handler.flush()
    return (tmp_path / "access.log").read_text()


@pytest.mark.parametrize("app_env", ["production", "development"])
def test_gunicorns_access_log_keeps_no_search_words(tmp_path, monkeypatch, app_env):
    # `--access-logfile -` (the Procfile) wrote `GET /?q=081234567890 …` and the referer's search at INFO.
    line = _gunicorn_access_line(tmp_path, monkeypatch, app_env)
    assert "GET / HTTP/1.1" in line and "200" in line
    assert "0812" not in line and "Budi" not in line


def test_gunicorns_own_lines_are_json_in_production(tmp_path, monkeypatch):
    line = _gunicorn_access_line(tmp_path, monkeypatch, "production")
    assert json.loads(line)["message"].startswith("10.0.0.5")


@pytest.mark.parametrize("app_env", ["production", "development"])
def test_gunicorns_access_line_carries_the_request_id(tmp_path, monkeypatch, app_env):
    # Every line the app logs in a request had its request_id, but the request's own access line had none: an
    # operator holding a request id from the app's log (or a citizen's X-Request-Id) could not find its status.
    line = _gunicorn_access_line(tmp_path, monkeypatch, app_env)
    assert "req-abc-123" in line
    if app_env == "production":
        assert json.loads(line)["request_id"] == "req-abc-123"


def test_the_twilio_clients_requests_leave_no_number_in_the_log_at_info(monkeypatch):
    """The outbox's reconciliation lists a person's messages (`To=whatsapp:+62…`): the twilio library logged the
    query at INFO, a number with every uncertain send, and eleven lines with every message sent."""
    from datetime import timedelta

    from bot.transports import Outgoing, TwilioTransport
    from ops.logs import QUIET_AT_INFO, configure_logging
    from tests.fake_twilio import FakeTwilio

    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [])  # as in a worker: nobody configured logging before us
    monkeypatch.setattr(root, "level", root.level)
    for name in (*QUIET_AT_INFO, "twilio.http_client"):
        monkeypatch.setattr(logging.getLogger(name), "level", logging.getLogger(name).level)
    configure_logging({"LOG_LEVEL": "INFO", "LOG_FORMAT": "json", "APP_ENV": "production"})
    stream = io.StringIO()
    root.handlers[0].setStream(stream)
    with FakeTwilio() as fake:
        transport = TwilioTransport(fake.account_sid, fake.auth_token, "whatsapp:+14155238886",
                                    api_base_url=fake.base_url, timeout=2)
        transport.send(Outgoing(to=CITIZEN, body="halo"))
        transport.find_sent(Outgoing(to=CITIZEN, body="halo"), fake.clock() - timedelta(minutes=1))
    assert not shows_number(stream.getvalue(), CITIZEN), stream.getvalue()


@pytest.mark.parametrize(("created", "stamp"), [
    (1796605323.456, "2026-12-07T01:02:03.456Z"),   # 08:02 WIB: a worker's machine on UTC wrote 01:02 without a zone
    (1796662799.999, "2026-12-07T16:59:59.999Z"),   # 23:59 WIB, the next day in WIB but not in UTC
    (1796605323.0, "2026-12-07T01:02:03.000Z"),     # whole seconds keep their milliseconds: one width to sort
])
@pytest.mark.parametrize("log_format", ["json", "text"])
def test_log_times_are_iso_8601_in_utc_whatever_the_machines_zone(monkeypatch, created, stamp, log_format):
    # JSON `asctime` was `2026-12-07 01:02:03,456`, the machine's local time without a zone, beside APScheduler's
    # `next run at: 2026-12-07 08:05:00 WIB`: an operator reading both was seven hours out.
    import time

    monkeypatch.setenv("TZ", "Asia/Jakarta")  # a machine set to WIB writes UTC all the same
    time.tzset()
    try:
        stream = io.StringIO()
        handler = make_handler({"LOG_FORMAT": log_format, "APP_ENV": "production"}, stream)
        record = logging.LogRecord("scheduler", logging.INFO, __file__, 1, "tick", None, None)
        record.created, record.msecs = created, (created % 1) * 1000
        handler.handle(record)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    line = stream.getvalue().strip()
    if log_format == "json":
        assert json.loads(line)["asctime"] == stamp
    else:
        assert line == f"{stamp} INFO scheduler: tick"


def test_the_audited_chat_commands_and_automatic_changes_log_no_citizens_words_or_number(world, caplog, tmp_path):
    """Since staff's chat commands (`lapor.audit.record_chat_action`) and the product's own changes
    (`record_system`: an auto-close, a question that waited too long, an SP4N-LAPOR! import) are written to the audit
    log, their paths run on every command and tick: none of their lines at INFO or above may carry what a citizen
    wrote (the complaint, an answer to a question, a rating's comment) or their number."""
    from sqlalchemy import select

    from models import AuditEntry
    from scheduler.jobs import close_finished, run_ladders
    from services import services
    from tests.conftest import run_cli
    from tests.parties import WASTE, complaint, file, make_people

    caplog.set_level(logging.INFO)
    people = make_people(world)
    citizen, svc = people["citizen"], services(world)
    file(citizen, description=WASTE)
    people["verifier"].says("TUNDA LPR-1 Di RT berapa tepatnya tumpukan sampahnya?")
    citizen.says("Di RT 04 RW 02 dekat rumah Pak Haji Mansur")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says("INFO LPR-1 Sejak tanggal berapa sampahnya menumpuk?")
    citizen.says("Sejak tanggal satu, tetangga saya Bu Warsini juga mengeluh")
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut seluruhnya")
    close_finished(svc, complaint(world, 1).autoclose_at)
    file(people["citizen2"], description="Lampu jalan di gang Kenari mati sejak Kamis malam")
    people["verifier"].says("TUNDA LPR-2 Gang Kenari di kelurahan mana?")
    run_ladders(svc, svc.region.calendar.add_working_days(svc.clock(), svc.region.settings.question_wait_days + 1))
    reports = tmp_path / "lapor.csv"
    reports.write_text("ID Tracking;Tanggal;Isi;Status;Disposisi\n"
                       "7730300;01/11/2026 09:00;Got mampet di depan rumah nomor 12 milik Bu Ratna;Proses;DLH\n",
                       encoding="utf-8")
    assert run_cli(world, "lapor", "import", str(reports)).exit_code == 0
    with svc.session_factory() as session:  # the paths under test ran
        actions = set(session.scalars(select(AuditEntry.action)))
    assert {"tunda", "teruskan", "info", "selesai", "tutup_otomatis", "tunggu_habis"} <= actions, actions
    said = ("menumpuk sampai", "Pak Haji Mansur", "Bu Warsini", "gang Kenari mati", "Bu Ratna")
    lines = [record.getMessage() for record in caplog.records if record.levelno >= logging.INFO]
    assert any(shows_number(line, CITIZEN) for line in lines), "the scan would pass blind: it caught nothing"
    # the console transport prints what it would send (development's stand-in for Twilio; production refuses to
    # start on it, config.py): the messages themselves, by design, and what showed the scan sees
    lines = [line for line in lines if not line.startswith("console → ")]
    assert [line for line in lines if any(words in line for words in said)] == []
    assert [line for line in lines if shows_number(line, CITIZEN)] == []
