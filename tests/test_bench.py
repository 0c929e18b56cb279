"""The webhook benchmark's load is what its docstring says (real conversations, in order, every step in the mix),
and its floor app does what it claims in each mode (checks the signature; stores each signed message once)."""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import partial
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from sqlalchemy import create_engine
from twilio.request_validator import RequestValidator

from bench.webhook_bench import CHATS, FLOOR_MODES, STEPS, Citizens, conversations
from config import DEV_AUTH_TOKEN
from tests.faults.conftest import needs_postgres


def walks(messages) -> dict[str, list[tuple[int, str]]]:
    """Each sender's (position, body) in the order sent."""
    by_sender = defaultdict(list)
    for position, message in enumerate(messages):
        form = {k: v[0] for k, v in parse_qs(message.body, keep_blank_values=True).items()}
        by_sender[form["From"]].append((position, form["Body"]))
    return by_sender


def test_every_citizen_walks_the_whole_conversation_in_order_and_signed():
    messages = conversations(5000, 1, 120)
    people = walks(messages)
    assert len(people) == 120 and len(messages) == 120 * len(STEPS)
    for sender, sent in people.items():
        n = int(sender.removeprefix("whatsapp:+62857"))
        assert [body for _, body in sent] == [step.format(n=n) for step in STEPS]
    form = {k: v[0] for k, v in parse_qs(messages[0].body, keep_blank_values=True).items()}
    url = "http://127.0.0.1:5000/twilio/whatsapp"
    assert RequestValidator(DEV_AUTH_TOKEN).validate(url, form, messages[0].signature)
    assert sum(m.final for m in messages) == 120


def test_the_measured_part_mixes_every_step_and_keeps_a_round_between_one_persons_messages():
    lead, steady = Citizens(5000).steady(2000)
    assert len(steady) == 2000
    for start in range(0, len(steady) - CHATS, CHATS):  # any window of one round
        steps = Counter(body for body in (parse_qs(m.body)["Body"][0] for m in steady[start:start + CHATS]))
        assert steps["KIRIM"] <= CHATS // len(STEPS) + 1, "KIRIMs spread out, not sent in a burst"
    for sent in walks(lead + steady).values():
        positions = [position for position, _ in sent if position >= len(lead)]
        assert all(b - a >= CHATS - len(STEPS) for a, b in zip(positions, positions[1:], strict=False))


@pytest.mark.parametrize("mode", FLOOR_MODES)
def test_the_floor_app_stores_a_signed_message_once_and_refuses_a_bad_signature(database_url, monkeypatch, mode,
                                                                                 make_app):
    needs_postgres(database_url)
    make_app()  # the service's tables, which the `conversation` floor writes
    engine = create_engine(database_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE IF EXISTS floor_test; "
                                   "CREATE TABLE floor_test (message_sid varchar(64) PRIMARY KEY, body text)")
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "bench"))
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("BENCH_FLOOR_TABLE", "floor_test")
    monkeypatch.setenv("BENCH_SIGNING_TOKEN", DEV_AUTH_TOKEN)
    monkeypatch.setenv("BENCH_FLOOR_MODE", mode)
    from floor_app import create_app

    client = create_app().test_client()
    message = conversations(80, 1, 1)[0]
    headers = {"X-Twilio-Signature": message.signature, "Content-Type": "application/x-www-form-urlencoded"}
    post = partial(client.post, "/twilio/whatsapp", base_url="http://127.0.0.1:80")
    assert [post(data=message.body, headers=headers).status_code for _ in range(2)] == [200, 200]
    assert post(data=message.body.replace("Body=1", "Body=2"), headers=headers).status_code == 403
    with engine.begin() as connection:
        table = "inbound_messages" if mode == "conversation" else "floor_test"
        stored = connection.exec_driver_sql(f"SELECT body FROM {table}").scalars().all()
        assert stored == ([] if mode == "sign" else ["1"])
        if mode == "conversation":
            assert connection.exec_driver_sql("SELECT count(*) FROM conversations").scalar() == 1
        connection.exec_driver_sql("DROP TABLE floor_test")
    engine.dispose()


def test_the_profile_sends_each_message_to_the_service_as_gunicorn_would_and_stops_at_a_refused_one(make_app):
    from bench.webhook_profile import sender
    from models import InboundMessage
    from services import services

    app = make_app(PUBLIC_BASE_URL="http://127.0.0.1:80")
    first, second = conversations(80, 1, 1)[:2]
    send = sender(app)
    send(first)
    send(first)  # a repeated delivery: answered, stored once
    with services(app).session_factory() as session:
        assert session.query(InboundMessage).count() == 1
    with pytest.raises(RuntimeError, match="HTTP 403"):
        send(type(second)("forged", second.body, second.final))
