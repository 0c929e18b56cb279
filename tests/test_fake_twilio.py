"""The real twilio client against the local fake: sends, listings, failures."""

import json
from datetime import UTC, datetime, timedelta

import pytest
import requests
from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from tests.fake_twilio import FakeTwilio

SENDER = "whatsapp:+14155238886"
CITIZEN = "whatsapp:+6281234567890"
OTHER_CITIZEN = "whatsapp:+6289876543210"
CLIENT_TIMEOUT = 0.5
SLOW_UPSTREAM = 1.0


class ManualClock:
    """A clock the test moves by hand."""

    def __init__(self):
        self.now = datetime(2025, 11, 23, 9, 0, tzinfo=UTC)

    def __call__(self):
        return self.now

    def advance(self, seconds):
        """Move the clock forward."""
        self.now += timedelta(seconds=seconds)


@pytest.fixture(autouse=True)
def loopback_host(monkeypatch):
    # An edge or region in the environment would rewrite the loopback host name.
    monkeypatch.delenv("TWILIO_EDGE", raising=False)
    monkeypatch.delenv("TWILIO_REGION", raising=False)


@pytest.fixture
def fake():
    with FakeTwilio() as server:
        yield server


def make_client(fake, auth_token=None):
    """Return a real twilio Client that talks to the fake with a short timeout."""
    client = Client(
        fake.account_sid,
        auth_token or fake.auth_token,
        http_client=TwilioHttpClient(timeout=CLIENT_TIMEOUT),
    )
    client.api.base_url = fake.base_url
    return client


@pytest.fixture
def twilio(fake):
    return make_client(fake)


def send_text(twilio, body="Laporan Anda sudah diterima", to=CITIZEN):
    """Send a plain text WhatsApp message through the real client."""
    return twilio.messages.create(to=to, from_=SENDER, body=body)


def test_created_message_is_recorded_and_parsed(fake, twilio):
    message = send_text(twilio)

    assert message.sid.startswith("SM") and len(message.sid) == 34
    assert (message.status, message.to, message.from_) == ("queued", CITIZEN, SENDER)
    assert message.error_code is None
    assert isinstance(message.date_created, datetime)
    [recorded] = fake.messages
    assert recorded["sid"] == message.sid
    assert recorded["body"] == "Laporan Anda sudah diterima"
    assert recorded["media_urls"] == [] and recorded["content_variables"] is None
    assert fake.requests == 1


def test_repeated_media_urls_are_all_recorded(fake, twilio):
    urls = ["https://example.org/a.jpg", "https://example.org/b.pdf"]

    message = twilio.messages.create(to=CITIZEN, from_=SENDER, media_url=urls)

    assert message.num_media == "2"
    assert fake.messages[0]["media_urls"] == urls


def test_template_with_variables_and_status_callback(fake, twilio):
    twilio.messages.create(
        to=CITIZEN,
        from_=SENDER,
        content_sid="HX" + "a" * 32,
        content_variables=json.dumps({"1": "Budi", "2": "LAP-17"}),
        status_callback="https://example.org/status",
    )

    [recorded] = fake.messages
    assert recorded["content_sid"] == "HX" + "a" * 32
    assert recorded["content_variables"] == {"1": "Budi", "2": "LAP-17"}
    assert recorded["status_callback"] == "https://example.org/status"
    assert recorded["body"].endswith(recorded["content_variables"]["1"])  # listed as rendered, as Twilio does


def test_message_without_content_is_rejected(fake, twilio):
    with pytest.raises(TwilioRestException) as caught:
        twilio.messages.create(to=CITIZEN, from_=SENDER)

    assert (caught.value.status, caught.value.code) == (400, 21619)
    assert fake.messages == []


@pytest.mark.parametrize(
    ("mode", "status", "code"),
    [
        ("http500", 500, 20500),
        ("http429", 429, 20429),
        ("error63016", 400, 63016),
        ("error63018", 429, 63018),
    ],
)
def test_injected_error_is_raised_once_then_sending_works(
    fake, twilio, mode, status, code
):
    fake.fail_next(1, mode)

    with pytest.raises(TwilioRestException) as caught:
        send_text(twilio)
    assert (caught.value.status, caught.value.code) == (status, code)
    assert fake.messages == []

    send_text(twilio)
    assert len(fake.messages) == 1 and fake.requests == 2


def test_outside_the_window_a_template_still_goes_through(fake, twilio):
    fake.fail_next(1, "error63016")

    twilio.messages.create(to=CITIZEN, from_=SENDER, content_sid="HX" + "b" * 32)

    assert fake.messages[0]["content_sid"] == "HX" + "b" * 32


def test_timeout_drop_records_nothing_then_sending_works(fake, twilio):
    fake.fail_next(1, "timeout_drop", delay=SLOW_UPSTREAM)

    with pytest.raises(requests.exceptions.ReadTimeout):
        send_text(twilio)
    assert fake.messages == []

    send_text(twilio)
    assert len(fake.messages) == 1


def test_timeout_accept_message_is_found_when_reconciling(fake, twilio):
    started = datetime.now(UTC)
    fake.fail_next(1, "timeout_accept", delay=SLOW_UPSTREAM)

    with pytest.raises(requests.exceptions.ReadTimeout):
        send_text(twilio, body="Balasan 1")

    found = twilio.messages.list(to=CITIZEN, date_sent_after=started)
    assert [m.sid for m in found] == [fake.messages[0]["sid"]]
    assert found[0].body == "Balasan 1" and found[0].date_sent is not None


def test_listing_filters_and_pages_newest_first():
    clock = ManualClock()
    with FakeTwilio(clock=clock) as fake:
        twilio = make_client(fake)
        for body in ("first", "second", "third"):
            send_text(twilio, body=body)
            clock.advance(60)
        send_text(twilio, body="elsewhere", to=OTHER_CITIZEN)

        listed = twilio.messages.list(to=CITIZEN, page_size=2)
        tomorrow = clock.now + timedelta(days=1)
        later = twilio.messages.list(to=CITIZEN, date_sent_after=tomorrow)

    assert [m.body for m in listed] == ["third", "second", "first"]
    assert later == []


def test_down_refuses_connections_and_up_recovers(fake, twilio):
    port = fake.port
    fake.down()

    with pytest.raises(requests.exceptions.ConnectionError):
        send_text(twilio)

    fake.up()
    send_text(twilio)
    assert fake.port == port and len(fake.messages) == 1


def test_wrong_auth_token_is_refused(fake):
    intruder = make_client(fake, auth_token="wrong-token")

    with pytest.raises(TwilioRestException) as caught:
        send_text(intruder)

    assert (caught.value.status, caught.value.code) == (401, 20003)
    assert fake.messages == [] and fake.requests == 1


def test_fail_for_fails_every_send_until_the_window_closes():
    clock = ManualClock()
    with FakeTwilio(clock=clock) as fake:
        twilio = make_client(fake)
        fake.fail_for(30, "error63018")
        for _ in range(2):
            with pytest.raises(TwilioRestException):
                send_text(twilio)
        clock.advance(31)
        send_text(twilio)

    assert len(fake.messages) == 1 and fake.requests == 3


def test_rate_view_counts_accepted_messages_per_second():
    clock = ManualClock()
    with FakeTwilio(clock=clock) as fake:
        twilio = make_client(fake)
        for _ in range(5):
            send_text(twilio)
            clock.advance(0.25)

    assert fake.messages_per_second() == pytest.approx(4.0)
