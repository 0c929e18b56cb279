"""`/metrics`: Prometheus text that moves when people write, jobs run and queues fill; closed to strangers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from scheduler.jobs import run_all
from services import services
from tests.conftest import WhatsApp
from tests.parties import CITIZEN, make_people, shows_number
from tests.scheduler.test_ladders import at, dispositioned, tick

DOCS = Path(__file__).resolve().parents[2] / "docs"


def scrape(app, **kwargs) -> dict[tuple, float]:
    """Every sample of /metrics as {(name, sorted labels): value}."""
    response = app.test_client().get("/metrics", **kwargs)
    assert response.status_code == 200, response.data
    assert response.mimetype == "text/plain"
    return {(sample.name, tuple(sorted(sample.labels.items()))): sample.value
            for family in text_string_to_metric_families(response.get_data(as_text=True))
            for sample in family.samples}


def value(samples, name, **labels) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def test_inbound_messages_and_webhook_latency_move_after_a_conversation(app):
    before = scrape(app)
    wa = WhatsApp(app)
    wa.send(CITIZEN, "halo")
    wa.send(CITIZEN, "1")
    form = wa.form(CITIZEN, "2")
    wa.post(form)
    wa.post(form)  # Twilio delivers it again
    wa.post(wa.form(CITIZEN, "x"), signature="forged")
    after = scrape(app)
    handled = sum(after[key] - before.get(key, 0) for key in after
                  if key[0] == "penghubung_inbound_messages_total" and ("kind", "citizen") in key[1]
                  and ("outcome", "handled") in key[1])
    assert handled == 3
    for outcome in ("repeated", "forbidden"):
        assert value(after, "penghubung_inbound_messages_total", kind="unknown", step="-", outcome=outcome) \
            - value(before, "penghubung_inbound_messages_total", kind="unknown", step="-", outcome=outcome) == 1
    requests = "penghubung_http_request_seconds_count"
    assert value(after, requests, endpoint="twilio.whatsapp", status="200") \
        - value(before, requests, endpoint="twilio.whatsapp", status="200") == 4


def test_staff_commands_are_counted_by_command(world, clock):
    people = make_people(world)
    before = scrape(world)
    people["verifier"].says("ANTREAN")
    after = scrape(world)
    key = dict(kind="staff", step="ANTREAN", outcome="handled")
    assert value(after, "penghubung_inbound_messages_total", **key) \
        - value(before, "penghubung_inbound_messages_total", **key) == 1


def test_database_gauges_follow_complaints_outbox_rungs_and_jobs(world, clock):
    people = make_people(world)
    clock.now = at(2026, 8, 13)
    dispositioned(people, world, clock)
    samples = scrape(world)
    assert value(samples, "penghubung_open_complaints", status="belum_ditindaklanjuti") == 1
    assert value(samples, "penghubung_open_complaints", status="belum_terverifikasi") == 0
    assert value(samples, "penghubung_outbox_messages", status="sent") >= 2  # verifier's notice, officers' notices
    assert value(samples, "penghubung_rungs_sent", ladder="first_response") == 0
    tick(world, clock, at(2026, 8, 14, 10, 0))  # the first reminder to the agency's officers
    tick(world, clock, at(2026, 9, 7, 10, 0))   # past the completion deadline of 4 September
    samples = scrape(world)
    assert value(samples, "penghubung_rungs_sent", ladder="first_response") >= 1
    assert value(samples, "penghubung_overdue_dispositions") == 1
    assert value(samples, "penghubung_job_runs", job="outbox") == 2
    assert value(samples, "penghubung_job_failures", job="outbox") == 0
    assert value(samples, "penghubung_job_last_success_timestamp_seconds", job="ladders") == clock().timestamp()
    assert value(samples, "penghubung_outbox_queue_depth") == 0
    assert value(samples, "penghubung_lapor_sync_items", status="failed") == 0


def test_the_oldest_due_message_shows_how_late_the_sender_is(world, clock):
    svc = services(world)
    from bot.outbox import enqueue

    with svc.session_factory.begin() as session:
        enqueue(session, CITIZEN.replace("90", "91"), "halo", purpose="notice", now=clock())
    clock.advance(minutes=12)
    samples = scrape(world)
    assert value(samples, "penghubung_outbox_queue_depth") == 1
    assert value(samples, "penghubung_outbox_oldest_due_age_seconds") == pytest.approx(720, abs=1)
    run_all(svc, clock())
    samples = scrape(world)
    assert value(samples, "penghubung_outbox_oldest_due_age_seconds") == 0
    assert value(samples, "penghubung_outbox_failing") == 0
    from datetime import timedelta

    from sqlalchemy import update

    from models import OutboxMessage

    with svc.session_factory.begin() as session:  # Twilio down: the last try failed, the next waits its backoff
        enqueue(session, CITIZEN.replace("90", "92"), "lagi", purpose="notice", now=clock())
        session.execute(update(OutboxMessage).where(OutboxMessage.status == "pending").values(
            attempts=2, last_error="Twilio 500", next_attempt_at=clock() + timedelta(minutes=2)))
    samples = scrape(world)  # nothing is due, so the lateness alone never told of an outage
    assert value(samples, "penghubung_outbox_oldest_due_age_seconds") == 0
    assert value(samples, "penghubung_outbox_failing") == 1


def test_metrics_are_refused_to_strangers_without_the_token(make_app):
    open_app = make_app()
    outside = {"REMOTE_ADDR": "203.0.113.9"}
    assert open_app.test_client().get("/metrics", environ_base=outside).status_code == 403
    assert open_app.test_client().get("/metrics").status_code == 200  # loopback
    guarded = make_app(METRICS_TOKEN="s3cret-token")
    assert guarded.test_client().get("/metrics").status_code == 403
    assert guarded.test_client().get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 403
    good = guarded.test_client().get("/metrics", environ_base=outside,
                                     headers={"Authorization": "Bearer s3cret-token"})
    assert good.status_code == 200 and b"penghubung_outbox_queue_depth" in good.data


@pytest.mark.parametrize(("proxies", "headers", "status"), [
    # Without a token, a reverse proxy on the same machine (nginx -> 127.0.0.1:5000, the usual setup with
    # PUBLIC_BASE_URL) made every caller on the internet a loopback caller: /metrics was public.
    (0, {"X-Forwarded-For": "203.0.113.9"}, 403),
    (0, {"X-Forwarded-For": "127.0.0.1"}, 403),  # spoofable: with no trusted proxy the header says nothing
    (0, {"Forwarded": "for=203.0.113.9;proto=https"}, 403),
    (0, {"X-Real-IP": "203.0.113.9"}, 403),
    (1, {"X-Forwarded-For": "203.0.113.9"}, 403),  # ProxyFix: the caller is the internet's
    (1, {"X-Forwarded-For": "127.0.0.1"}, 200),  # Prometheus on this machine through the proxy
    (0, {"X-Request-Id": "abc", "User-Agent": "Prometheus/2.53"}, 200),  # near miss: no proxy header
])
def test_metrics_without_a_token_are_refused_through_a_proxy(make_app, proxies, headers, status):
    reply = make_app(TRUSTED_PROXIES=proxies).test_client().get("/metrics", headers=headers)
    assert reply.status_code == status
    if status == 403:
        assert "METRICS_TOKEN" in reply.get_data(as_text=True)


@pytest.mark.parametrize(("token", "headers", "expected"), [
    ("s3cret-token", {}, "METRICS_TOKEN"),
    ("s3cret-token", {"Authorization": "Bearer wrong"}, "METRICS_TOKEN"),
    ("s3cret-token", {"Authorization": "s3cret-token"}, "Bearer"),
    ("", {}, "METRICS_TOKEN"),
])
def test_a_refused_scrape_says_why_in_plain_text(make_app, token, headers, expected):
    # An operator's curl got the dashboard's HTML error page, in Indonesian, with no word about the token.
    reply = make_app(METRICS_TOKEN=token).test_client().get("/metrics", headers=headers,
                                                            environ_base={"REMOTE_ADDR": "203.0.113.9"})
    assert reply.status_code == 403 and reply.mimetype == "text/plain" and expected in reply.get_data(as_text=True)


def test_the_bearer_scheme_is_read_in_any_case(make_app):
    app = make_app(METRICS_TOKEN="s3cret-token")
    for scheme in ("Bearer", "bearer", "BEARER"):
        reply = app.test_client().get("/metrics", headers={"Authorization": f"{scheme} s3cret-token"})
        assert reply.status_code == 200


def test_metrics_never_carry_a_citizens_number_or_words(app):
    WhatsApp(app).send(CITIZEN, "jalan rusak parah di desa kami")
    body = app.test_client().get("/metrics").get_data(as_text=True)
    assert not shows_number(body, CITIZEN) and "jalan rusak" not in body


def test_every_metric_the_service_exports_is_documented_for_operators():
    # the media round added two families that docs/operations.md's table did not list
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    exported = set(re.findall(r'"(penghubung_[a-z_]+)"', (root / "ops" / "metrics.py").read_text()))
    documented = (root / "docs" / "operations.md").read_text()
    assert exported and {name for name in exported if f"`{name}`" not in documented} == set()


SELECTOR = re.compile(r"\b(penghubung_[a-z_]*[a-z])\b(\{[^}]*\})?")
MATCHER = re.compile(r"([a-zA-Z_]\w*)\s*(?:=~|!~|!=|=)")
SUFFIXES = {"counter": ("_total",), "histogram": ("_bucket", "_count", "_sum"), "gauge": ()}


def queries() -> dict[str, str]:
    """Every PromQL query an operator is given, by where it is: the alert rules' `expr` and the Grafana panels'
    targets, read as YAML and JSON (a query in a description or a title is not one)."""
    import json

    import yaml  # PyYAML comes with the dev requirements (moto's `responses`)

    found = {}
    for group in yaml.safe_load((DOCS / "alerts.yml").read_text())["groups"]:
        for rule in group["rules"]:
            found[f"alert {rule['alert']}"] = rule["expr"]
    for panel in json.loads((DOCS / "grafana-dashboard.json").read_text())["panels"]:
        for target in panel.get("targets", []):
            found[f"panel {panel['title']!r} {target['refId']}"] = target["expr"]
    return found


def test_the_alerts_and_the_dashboard_read_every_metric_the_service_exports_and_nothing_else(people, world, clock):
    """After a conversation (a complaint filed and dispositioned, the jobs run, a reminder sent), every family
    `/metrics` serves is read by an alert rule or a dashboard panel, and every metric and label they read is one it
    serves. docs/grafana-dashboard.json had no panel for `penghubung_outbox_skipped` (a regex over the files only
    checked the second half)."""
    clock.now = at(2026, 8, 13, 15, 50)
    dispositioned(people, world, clock)
    tick(world, clock, at(2026, 8, 14, 10, 0))
    families = {family.name: family for family in
                text_string_to_metric_families(world.test_client().get("/metrics").get_data(as_text=True))
                if family.name.startswith("penghubung_")}
    by_series = {family.name + suffix: family for family in families.values()
                 for suffix in ("", *SUFFIXES[family.type])}
    read, wrong = set(), []
    for where, expr in queries().items():
        for name, matchers in SELECTOR.findall(expr):
            family = by_series.get(name)
            if family is None:
                wrong.append(f"{where}: {name} is not exported")
                continue
            read.add(family.name)
            labels = {label for sample in family.samples for label in sample.labels} | {"le", "__name__"}
            if family.samples:
                wrong += [f"{where}: {name} has no label {label}" for label in MATCHER.findall(matchers or "")
                          if label not in labels]
    assert wrong == []
    unread = sorted(name for name in set(families) - read if not name.endswith("_created"))  # prometheus_client's
    assert unread == [], "exported, but no panel or alert reads it"


@pytest.mark.parametrize("multiprocess", [False, True])
def test_the_scrape_says_its_format_once_as_prometheus_3_requires(app, tmp_path, monkeypatch, multiprocess):
    """Prometheus 3 fails a scrape whose Content-Type it cannot parse (Go's mime.ParseMediaType refuses a parameter
    named twice) unless `fallback_scrape_protocol` is set: the service sent `text/plain; version=1.0.0;
    charset=utf-8; charset=utf-8` (found on the walk of 7 December, by curl)."""
    if multiprocess:  # as under gunicorn (gunicorn.conf.py)
        monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    response = app.test_client().get("/metrics")
    media_type, *parameters = (part.strip() for part in response.headers["Content-Type"].split(";"))
    names = [parameter.partition("=")[0].strip().lower() for parameter in parameters]
    assert media_type == "text/plain" and sorted(names) == ["charset", "version"], response.headers["Content-Type"]
    assert dict(parameter.split("=") for parameter in parameters)["charset"].lower() == "utf-8"


def test_skipped_messages_are_counted_by_reason(people, world, clock, monkeypatch):
    """A reminder held by an outage and withdrawn once the officer answered (`lapor.ladders.chases_nothing`) is
    counted apart from messages skipped for a STOP or taken back: `skipped` alone did not say which."""
    from tests.scheduler.test_ladders import _outage

    clock.now = at(2026, 8, 13, 15, 50)
    dispositioned(people, world, clock)
    outage = _outage(world, monkeypatch)
    tick(world, clock, at(2026, 8, 14, 15, 55))  # rung 1 queued, the send fails
    outage["on"] = False
    clock.now = at(2026, 8, 16, 10, 0)
    people["dlh1"].says("TL LPR-1 Sudah kami jadwalkan pengangkutannya")
    tick(world, clock, at(2026, 8, 18, 8, 0))
    samples = scrape(world)
    skipped = value(samples, "penghubung_outbox_messages", status="skipped")
    assert value(samples, "penghubung_outbox_skipped", reason="answered") == 2  # DLH's two officers' reminders
    assert sum(count for (name, _), count in samples.items() if name == "penghubung_outbox_skipped") == skipped
    for reason in ("opted_out", "withdrawn", "no_media", "other"):  # every reason is exported, 0 when none
        assert ("penghubung_outbox_skipped", (("reason", reason),)) in samples


# Why a message was given up: a STOP (nobody's fault) read as one number with a wrong template or a dead number
# (found checking the outbox's permanent Twilio codes, 7 December: `penghubung_outbox_messages{status="failed"}` alone)
FAILED_BY_SEND = [  # (the Fake Twilio's answers to the sends, the reason the row is counted under)
    (["error21610"], "opted_out"),       # the person replied STOP
    (["error63016"], "no_template"),     # outside the 24 hours, and no approved template for it
    (["error21211"], "bad_number"),      # not a phone number Twilio can write to
    (["error63003"], "bad_number"),      # a number without WhatsApp
    (["http500", "http500"], "gave_up"),  # Twilio failing till OUTBOX_MAX_ATTEMPTS
    (["http429", "http429"], "gave_up"),  # throttled till then
]
FAILED_BY_CALLBACK = [  # (Twilio's status callback, the reason)
    ("failed", "21610", "opted_out"),
    ("undelivered", "63016", "no_template"),
    ("undelivered", "63024", "bad_number"),    # an invalid recipient
    ("undelivered", "30003", "undelivered"),   # the phone unreachable
    ("undelivered", "30008", "undelivered"),   # unknown: Twilio's catch-all
    ("failed", "", "other"),                   # no code given
    ("failed", "12345", "other"),              # a code the service does not know
]


def test_failed_messages_are_counted_by_why(make_app, clock):
    """Each message given up is counted under why (`penghubung_outbox_failed{reason}`), at the send or in Twilio's
    callback, so that a recipient's STOP does not read as a fault the operator should chase, nor hide one."""
    from tests.bot.test_outbox import callback, queue, rows
    from tests.bot.test_outbox import tick as send
    from tests.fake_twilio import FakeTwilio

    with FakeTwilio() as fake:
        from bot.transports import TwilioTransport

        app = make_app(transport=TwilioTransport(fake.account_sid, fake.auth_token, "whatsapp:+14155238886",
                                                 api_base_url=fake.base_url, timeout=0.5),
                       OUTBOX_BACKOFF_SECONDS=1, OUTBOX_MAX_ATTEMPTS=2, PUBLIC_BASE_URL="http://localhost")
        svc = services(app)
        for index, (answers, _) in enumerate(FAILED_BY_SEND):
            queue(svc, f"+62812000001{index:02d}", "Laporan LPR-1 sudah diteruskan.",
                  wrote_recently=answers != ["error63016"])
            for answer in answers:
                fake.fail_next(1, answer)
                send(svc)
                clock.advance(seconds=5)
        sent = []
        for index, _ in enumerate(FAILED_BY_CALLBACK):
            queue(svc, f"+62812000002{index:02d}", "Tindak lanjut LPR-1")
            send(svc)
            sent.append(rows(svc)[-1].twilio_sid)
        for sid, (status, code, _) in zip(sent, FAILED_BY_CALLBACK, strict=True):
            callback(app, MessageSid=sid, MessageStatus=status, **({"ErrorCode": code} if code else {}))
        samples = scrape(app)
    expected: dict[str, int] = {}
    for reason in [reason for _, reason in FAILED_BY_SEND] + [reason for *_, reason in FAILED_BY_CALLBACK]:
        expected[reason] = expected.get(reason, 0) + 1
    counted = {dict(labels)["reason"]: count for (name, labels), count in samples.items()
               if name == "penghubung_outbox_failed"}
    assert {reason: count for reason, count in counted.items() if count} == expected
    assert set(counted) >= {"opted_out", "no_template", "bad_number", "undelivered", "media", "gave_up", "other"}
    given_up = value(samples, "penghubung_outbox_messages", status="failed") \
        + value(samples, "penghubung_outbox_messages", status="undelivered")
    assert sum(counted.values()) == given_up == len(FAILED_BY_SEND) + len(FAILED_BY_CALLBACK)


def test_a_metrics_child_is_the_one_prometheus_client_keeps_for_its_labels():
    """`ops.metrics._child` remembers `metric.labels(…)`'s child: the same object prometheus_client returns for
    those values, given by position or by name, a state's StrEnum or its string alike."""
    from bot.conversation.states import State
    from ops.metrics import INBOUND, REQUEST_SECONDS, _child

    for values in [("citizen", State.KIND, "handled"), ("citizen", "kind", "handled"), ("staff", "DAFTAR", "handled"),
                   ("unknown", "-", "repeated")]:
        child = _child(INBOUND, values)
        assert child is INBOUND.labels(*values) is INBOUND.labels(kind=values[0], step=values[1], outcome=values[2])
        assert _child(INBOUND, values) is child
    assert _child(REQUEST_SECONDS, ("twilio.whatsapp", "200")) is REQUEST_SECONDS.labels(
        endpoint="twilio.whatsapp", status="200")


def test_given_up_messages_are_read_by_the_kind_of_their_error_not_its_text(svc, clock, monkeypatch):
    """The scrape grouped the messages given up by their whole `last_error`, free text (Twilio's words, a timeout's
    seconds): a row per distinct text to read and classify, more with every outage. It reads a row per kind."""
    from models import OutboxMessage, OutboxStatus
    from ops import metrics

    errors = [f"Twilio 400 21610: Attempt to send to unsubscribed recipient (request {n})" for n in range(5)]
    errors += [f"connection: timed out after {seconds} s" for seconds in (5.0, 5.5, 6.25)]
    errors += [f"Twilio 400 63016: Failed to send freeform message because you are outside the allowed window. {n}"
               for n in range(2)]
    with svc.session_factory.begin() as session:
        session.add_all(OutboxMessage(recipient=f"+6281200000{n:03d}", body="x", status=OutboxStatus.FAILED,
                                      last_error=error) for n, error in enumerate(errors))
    classified = []
    reason = metrics.failed_reason
    monkeypatch.setattr(metrics, "failed_reason", lambda error: classified.append(error) or reason(error))
    with svc.session_factory() as session:
        families = {family.name: family for family in metrics.outbox_metrics(session, clock.now)}
    counted = {sample.labels["reason"]: sample.value for sample in families["penghubung_outbox_failed"].samples}
    assert (counted["opted_out"], counted["gave_up"], counted["no_template"], counted["other"]) == (5, 3, 2, 0)
    assert len(classified) == 3
