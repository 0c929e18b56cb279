"""The outbox through the real twilio client against a local fake Twilio: retries, outages, exactly once."""

from __future__ import annotations

import logging
import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from bot.outbox import LEASE, SENDING, OutboxSender, SendReport, enqueue, split_body
from bot.transports import Outgoing, TwilioTransport
from lapor.retry import Holder
from models import Contact, DeliveryStatus, MediaItem, MediaStatus, OutboxMessage, OutboxStatus
from models.vocab import Purpose
from services import services
from tests import factories
from tests.conftest import WhatsApp
from tests.fake_twilio import FakeTwilio
from tests.faults.conftest import needs_postgres
from tests.faults.test_close_and_reopen_race import waiting_for_a_lock

CITIZEN = "+6281234567890"
OFFICER = "+6281100000010"
TEMPLATE = "HX" + "a" * 32


@pytest.fixture
def fake():
    with FakeTwilio() as server:
        yield server


@pytest.fixture
def twilio_app(make_app, fake):
    """An app whose transport is the real twilio client pointed at the fake server."""
    transport = TwilioTransport(fake.account_sid, fake.auth_token, "whatsapp:+14155238886",
                                api_base_url=fake.base_url, timeout=0.5)
    return make_app(transport=transport, TWILIO_CONTENT_SIDS={"default": TEMPLATE},
                    OUTBOX_BACKOFF_SECONDS=30, OUTBOX_MAX_ATTEMPTS=5)


@pytest.fixture
def svc(twilio_app):
    return services(twilio_app)


def queue(svc, recipient, body, wrote_recently=True, **kwargs):
    """Queue a message to a contact who wrote 1 hour ago (inside the 24-hour window) or never."""
    now = svc.clock()
    with svc.session_factory.begin() as session:
        if session.scalars(select(Contact).where(Contact.phone == recipient)).one_or_none() is None:
            session.add(Contact(phone=recipient, last_inbound_at=now - timedelta(hours=1) if wrote_recently else None))
        return [row.id for row in enqueue(session, recipient, body, now=now, **kwargs)]


def tick(svc):
    return OutboxSender(svc.session_factory, svc.transport, svc.config, storage=svc.media_storage).run_once(svc.clock())


def rows(svc):
    with svc.session_factory() as session:
        return session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()


def drain(svc, clock, ticks=12, minutes=10):
    """Tick the sender repeatedly, moving the clock on, as the scheduler would."""
    for _ in range(ticks):
        tick(svc)
        clock.advance(minutes=minutes)


def test_message_goes_out_through_twilio(svc, fake):
    queue(svc, CITIZEN, "Laporan LPR-1 sudah diteruskan.")
    report = tick(svc)
    assert report.sent == 1
    assert [m["body"] for m in fake.messages] == ["Laporan LPR-1 sudah diteruskan."]
    assert fake.messages[0]["to"] == f"whatsapp:{CITIZEN}"
    row = rows(svc)[0]
    assert row.status == OutboxStatus.SENT and row.twilio_sid == fake.messages[0]["sid"]


@pytest.mark.parametrize("mode", ["http500", "http429", "error63018", "timeout_drop", "timeout_accept", "http401"])
def test_failures_then_recovery_deliver_each_message_exactly_once(svc, fake, clock, mode):
    bodies = [f"pesan {i}" for i in range(4)]
    for body in bodies:
        queue(svc, CITIZEN, body)
    fake.fail_next(3, mode, delay=1.0)
    drain(svc, clock)
    assert sorted(m["body"] for m in fake.messages) == bodies
    assert {row.status for row in rows(svc)} == {OutboxStatus.SENT}


def test_refused_credentials_keep_the_messages_and_name_the_setting(svc, fake, clock, caplog):
    # A wrong auth token gave every message up at its first attempt: fixing the token sent none of them.
    for i in range(3):
        queue(svc, OFFICER, f"disposisi {i}")
    fake.fail_for(3600, "http401")
    with caplog.at_level(logging.ERROR, logger="bot.outbox"):
        tick(svc)
    assert {row.status for row in rows(svc)} == {OutboxStatus.PENDING}
    assert "TWILIO_AUTH_TOKEN" in caplog.text and "disposisi" not in caplog.text


def test_a_token_wrong_for_hours_uses_up_no_attempts_and_every_message_goes_once_it_is_fixed(svc, fake, clock):
    # A 401 counted toward OUTBOX_MAX_ATTEMPTS (5 here): a token rotated in the Console for an hour gave every queued
    # message up, and fixing the token sent none of them. It is the operator's setting, not the messages' fault.
    for i in range(6):
        queue(svc, OFFICER, f"disposisi {i}")
    fake.auth_token = "rotated-in-the-console"
    drain(svc, clock, ticks=18)  # three hours of passes
    assert {(row.status, row.attempts) for row in rows(svc)} == {(OutboxStatus.PENDING, 0)}
    assert all("TWILIO_AUTH_TOKEN" in row.last_error for row in rows(svc))
    assert fake.requests <= 18  # one refused try a pass stops it: not one per message
    fixed = TwilioTransport(fake.account_sid, fake.auth_token, "whatsapp:+14155238886", api_base_url=fake.base_url,
                            timeout=0.5)  # the worker restarted with the new token
    for _ in range(3):
        OutboxSender(svc.session_factory, fixed, svc.config).run_once(svc.clock())
        clock.advance(minutes=1)
    assert sorted(m["body"] for m in fake.messages) == [f"disposisi {i}" for i in range(6)]
    assert {(row.status, row.last_error) for row in rows(svc)} == {(OutboxStatus.SENT, None)}


def test_outage_then_recovery_loses_nothing_and_sends_nothing_twice(svc, fake, clock):
    for i in range(5):
        queue(svc, OFFICER, f"disposisi {i}")
    fake.down()
    report = tick(svc)
    assert report.retried == 5 and report.sent == 0
    assert all(row.status == OutboxStatus.PENDING and row.next_attempt_at > clock.now for row in rows(svc))
    assert tick(svc).sent == 0  # not due yet: backoff
    fake.up()
    drain(svc, clock)
    assert sorted(m["body"] for m in fake.messages) == [f"disposisi {i}" for i in range(5)]


def test_a_send_twilio_took_is_not_sent_again_when_its_check_meets_an_outage(svc, fake, clock):
    # Twilio took the message but its answer was lost; the check of Twilio's list before the retry met a refused
    # connection, which cleared the "may have gone" mark: the retry after the outage sent the message a second time.
    queue(svc, OFFICER, "Disposisi baru LPR-9")
    fake.fail_next(1, "timeout_accept", delay=1.0)
    tick(svc)
    fake.down()
    drain(svc, clock, ticks=3, minutes=5)
    fake.up()
    drain(svc, clock, ticks=3, minutes=5)
    assert [m["body"] for m in fake.messages] == ["Disposisi baru LPR-9"]
    assert [(row.status, row.twilio_sid) for row in rows(svc)] == [(OutboxStatus.SENT, fake.messages[0]["sid"])]


def test_backoff_grows_between_attempts(svc, fake, clock):
    queue(svc, CITIZEN, "halo")
    fake.fail_next(2, "http500")
    tick(svc)
    first = rows(svc)[0].next_attempt_at - clock.now
    clock.advance(seconds=first.total_seconds())
    tick(svc)
    second = rows(svc)[0].next_attempt_at - clock.now
    assert first == timedelta(seconds=30) and second == timedelta(seconds=60)


def test_gives_up_after_max_attempts_and_says_so(svc, fake, clock, caplog):
    queue(svc, CITIZEN, "halo")
    fake.fail_next(10, "http500")
    with caplog.at_level(logging.ERROR, logger="bot.outbox"):
        drain(svc, clock, ticks=10, minutes=60)
    row = rows(svc)[0]
    assert row.status == OutboxStatus.FAILED and row.attempts == 5
    assert "given up" in caplog.text
    assert fake.messages == []



def test_outside_window_uses_template(svc, fake):
    queue(svc, OFFICER, "Ada disposisi baru LPR-7.", wrote_recently=False)
    tick(svc)
    sent = fake.messages[0]
    assert sent["content_sid"] == TEMPLATE
    assert sent["content_variables"] == {"1": "Ada disposisi baru LPR-7."}


def long_answer(words=400) -> str:
    """An officer's answer of about 3,600 characters (three 1,600-character pieces in the outbox)."""
    return " ".join(f"kata{i:04d}" for i in range(words))


def template_text(fake) -> list[str]:
    assert all(m["content_sid"] == TEMPLATE for m in fake.messages)
    return [m["content_variables"]["1"] for m in fake.messages]


def test_a_long_message_outside_the_window_goes_whole_as_several_templates_in_order(svc, fake):
    body = long_answer()
    queue(svc, CITIZEN, body, wrote_recently=False)
    report = tick(svc)
    parts = template_text(fake)
    assert all(len(part) <= 900 for part in parts) and len(parts) == report.sent >= 4
    assert " ".join(parts).split() == body.split()  # every word, once, in order
    assert {row.status for row in rows(svc)} == {OutboxStatus.SENT}
    assert sorted(row.twilio_sid for row in rows(svc)) == sorted(m["sid"] for m in fake.messages)


def test_a_long_template_interrupted_mid_way_sends_each_part_once_and_in_order(svc, fake, clock, monkeypatch):
    body = long_answer()
    queue(svc, CITIZEN, body, wrote_recently=False)
    real, calls = svc.transport.send, []

    def send(message):
        calls.append(message)
        if len(calls) == 2:  # the second part reaches Twilio but the answer is lost
            fake.fail_next(1, "timeout_accept")
        if len(calls) == 4:  # the fourth part meets an outage
            fake.fail_next(1, "http500")
        return real(message)

    monkeypatch.setattr(svc.transport, "send", send)
    drain(svc, clock)
    assert " ".join(template_text(fake)).split() == body.split()
    assert {row.status for row in rows(svc)} == {OutboxStatus.SENT}


PHOTO = "https://example.org/bukti.jpg"


def writes_again(svc, phone):
    """The person sends a message: the 24-hour window opens again."""
    with svc.session_factory.begin() as session:
        session.scalars(select(Contact).where(Contact.phone == phone)).one().last_inbound_at = svc.clock()


def test_a_photo_outside_the_window_follows_once_the_person_writes_again(svc, fake, clock):
    queue(svc, CITIZEN, "Tindak lanjut LPR-1: sampah sudah diangkut", wrote_recently=False, media_urls=[PHOTO])
    fake.fail_next(1, "http500")                         # the text's first try fails: it keeps one photo aside
    drain(svc, clock, ticks=2)
    [text] = fake.messages
    assert text["content_sid"] == TEMPLATE and text["media_urls"] == []  # Twilio refuses media with a template
    assert "sampah sudah diangkut" in text["content_variables"]["1"]
    assert "Fotonya menyusul" in text["content_variables"]["1"]
    clock.advance(hours=30)
    drain(svc, clock, ticks=2)
    assert len(fake.messages) == 1                      # the photo waits: it is neither lost nor sent as a template
    assert [row.status for row in rows(svc)] == [OutboxStatus.SENT, OutboxStatus.WAITING]
    writes_again(svc, CITIZEN)
    drain(svc, clock, ticks=3)
    photo = fake.messages[1]
    assert photo["media_urls"] == [PHOTO] and not photo["content_sid"] and len(fake.messages) == 2
    assert {row.status for row in rows(svc)} == {OutboxStatus.SENT}


def test_photos_of_a_message_turned_into_a_template_by_63016_wait_too(svc, fake, clock):
    queue(svc, CITIZEN, "Jawaban pelapor LPR-2 dengan dua foto", media_urls=[PHOTO, PHOTO + "?2"])
    fake.fail_next(2, "error63016")                      # the window closed: both the text and the second photo
    drain(svc, clock, ticks=3)
    assert [(m["content_sid"], m["media_urls"]) for m in fake.messages] == [(TEMPLATE, [])]
    assert sorted(row.status for row in rows(svc)) == [OutboxStatus.SENT, OutboxStatus.WAITING, OutboxStatus.WAITING]
    writes_again(svc, CITIZEN)
    drain(svc, clock, ticks=3)
    assert sorted(url for m in fake.messages[1:] for url in m["media_urls"]) == [PHOTO, PHOTO + "?2"]
    assert len(fake.messages) == 3 and not any(m["content_sid"] for m in fake.messages[1:])


def test_a_photo_that_reached_twilio_before_the_window_closed_is_not_sent_again(svc, fake, clock):
    with svc.session_factory.begin() as session:  # wrote almost 24 hours ago: the window closes in a minute
        session.add(Contact(phone=CITIZEN, last_inbound_at=clock.now - timedelta(hours=23, minutes=59)))
    queue(svc, CITIZEN, "Tindak lanjut LPR-3 dengan foto", media_urls=[PHOTO])
    fake.fail_next(1, "timeout_accept")                  # Twilio takes it, but its answer is lost
    drain(svc, clock, ticks=3)                           # the retry comes after the window closed
    assert [(m["content_sid"], m["media_urls"]) for m in fake.messages] == [(None, [PHOTO])]
    assert [row.status for row in rows(svc)] == [OutboxStatus.SENT]


def test_a_photo_whose_send_failed_is_not_taken_for_another_listed_message(svc, fake, clock):
    queue(svc, CITIZEN, "", media_urls=[PHOTO])          # a photo of its own (a message's second one)
    fake.fail_next(1, "http500")                         # maybe sent: reconciled before it is tried again
    tick(svc)
    assert fake.messages == [] and rows(svc)[0].ambiguous
    svc.transport.send(Outgoing(to=CITIZEN, body="Laporan LPR-1: sedang diproses."))  # Twilio lists another message
    clock.advance(minutes=5)
    tick(svc)
    assert [m["media_urls"] for m in fake.messages] == [[], [PHOTO]], "the photo never reached Twilio"
    [row] = rows(svc)
    assert row.status == OutboxStatus.SENT and row.twilio_sid == fake.messages[1]["sid"]


def test_a_template_with_no_text_of_its_own_is_never_found_in_twilios_list(svc, fake, clock):
    svc.transport.send(Outgoing(to=CITIZEN, body="Laporan LPR-1 - sedang diproses."))
    placeholder = Outgoing(to=CITIZEN, content_sid=TEMPLATE, content_variables={"1": "-"})
    assert svc.transport.find_sent(placeholder, clock.now - timedelta(minutes=5)) == []


def test_a_long_text_whose_first_part_reached_twilio_before_the_window_closed_goes_on_from_the_next(svc, fake, clock):
    with svc.session_factory.begin() as session:  # wrote almost 24 hours ago: the window closes in a minute
        session.add(Contact(phone=CITIZEN, last_inbound_at=clock.now - timedelta(hours=23, minutes=59)))
    body = long_answer()
    queue(svc, CITIZEN, body)
    fake.fail_next(1, "timeout_accept")                  # the first 1,600 characters reach Twilio, the answer is lost
    drain(svc, clock, ticks=3)                           # the rest goes after the window closed: as templates
    texts = [m["content_variables"]["1"] if m["content_sid"] else m["body"] for m in fake.messages]
    assert not fake.messages[0]["content_sid"] and all(m["content_sid"] for m in fake.messages[1:])
    assert " ".join(texts).split() == body.split()       # nothing twice, nothing missing, in order


def test_63016_makes_the_message_go_again_as_template(svc, fake, clock):
    queue(svc, CITIZEN, "Tindak lanjut LPR-3")
    fake.fail_next(1, "error63016")
    drain(svc, clock, ticks=2)
    assert len(fake.messages) == 1
    assert fake.messages[0]["content_sid"] == TEMPLATE


def test_63016_without_template_fails_loudly(make_app, fake, clock):
    transport = TwilioTransport(fake.account_sid, fake.auth_token, "whatsapp:+14155238886",
                                api_base_url=fake.base_url, timeout=0.5)
    svc = services(make_app(transport=transport))
    queue(svc, CITIZEN, "halo")
    fake.fail_next(1, "error63016")
    drain(svc, clock, ticks=2)
    assert rows(svc)[0].status == OutboxStatus.FAILED
    assert fake.messages == []


def test_long_body_is_split_and_media_go_one_per_message(svc, fake):
    body = ("Paragraf panjang tentang tindak lanjut. " * 30 + "\n\n") * 3
    queue(svc, CITIZEN, body, media_urls=["https://example.org/a.jpg", "https://example.org/b.jpg"])
    tick(svc)
    assert all(len(m["body"] or "") <= 1600 for m in fake.messages)
    assert [len(m["media_urls"]) for m in fake.messages].count(1) == 2
    assert all(len(m["media_urls"]) <= 1 for m in fake.messages)
    text = " ".join((m["body"] or "") for m in fake.messages)
    assert text.split() == body.split()


def test_split_body_prefers_paragraphs_and_keeps_every_word():
    body = "a" * 1000 + "\n\n" + "b" * 1000 + " " + "c" * 2000
    parts = split_body(body)
    assert all(len(part) <= 1600 for part in parts)
    assert parts[0] == "a" * 1000
    assert "".join(parts).replace(" ", "") == body.replace("\n\n", "").replace(" ", "")


def test_dedupe_key_queues_once(svc):
    first = queue(svc, CITIZEN, "pengingat 1", dedupe_key="rung:1:7")
    second = queue(svc, CITIZEN, "pengingat 1", dedupe_key="rung:1:7")
    assert first == second and len(rows(svc)) == 1


def test_a_message_queued_again_with_more_photos_is_still_the_first_one(svc):
    first = queue(svc, CITIZEN, "jawaban", media_urls=["https://x/1.jpg"], dedupe_key="answer:3:7")
    again = queue(svc, CITIZEN, "jawaban", media_urls=["https://x/1.jpg", "https://x/2.jpg"], dedupe_key="answer:3:7")
    assert again == first and [row.dedupe_key for row in rows(svc)] == ["answer:3:7#0"]


def test_a_message_whose_later_part_is_queued_already_is_not_queued_in_part(svc):
    queue(svc, CITIZEN, "", media_urls=["https://x/2.jpg"], dedupe_key="answer:3:7#1#x")
    with svc.session_factory.begin() as session:  # only the second part's key is taken
        session.execute(update(OutboxMessage).values(dedupe_key="answer:3:7#1"))
    assert queue(svc, CITIZEN, "jawaban", media_urls=["https://x/1.jpg", "https://x/2.jpg"],
                 dedupe_key="answer:3:7") == []
    assert [row.dedupe_key for row in rows(svc)] == ["answer:3:7#1"]


def test_two_callers_queueing_one_notice_at_once_queue_it_once(svc):
    """The second waits for the first's row (PostgreSQL's unique index), then gets it as its own answer."""
    needs_postgres(svc.config["DATABASE_URL"])
    got = []

    def again() -> None:
        with svc.session_factory.begin() as session:
            got.append([row.id for row in enqueue(session, CITIZEN, "pengingat", dedupe_key="rung:1:7")])

    with svc.session_factory.begin() as session:
        first = [row.id for row in enqueue(session, CITIZEN, "pengingat", dedupe_key="rung:1:7")]
        second = threading.Thread(target=again)
        second.start()
        assert waiting_for_a_lock(svc.engine)
    second.join(timeout=30)
    assert got == [first] and len(rows(svc)) == 1


def test_opted_out_contact_gets_nothing(svc, fake):
    queue(svc, CITIZEN, "halo")
    with svc.session_factory.begin() as session:
        session.scalars(select(Contact)).one().opted_out = True
    tick(svc)
    assert fake.messages == [] and rows(svc)[0].status == OutboxStatus.SKIPPED


def test_worker_killed_after_twilio_accepted_does_not_send_twice(svc, fake, clock):
    queue(svc, CITIZEN, "hanya sekali")
    sender = OutboxSender(svc.session_factory, svc.transport, svc.config)
    [row_id] = sender.claim(clock.now)
    with svc.session_factory() as session:  # the dead worker got as far as Twilio…
        row = session.get(OutboxMessage, row_id)
        contact = session.scalars(select(Contact)).one()
        svc.transport.send(sender.outgoing(row, contact, clock.now))
    assert tick(svc).sent == 0  # …its lease still holds
    clock.advance(seconds=LEASE.total_seconds() + 1)
    tick(svc)
    assert len(fake.messages) == 1
    assert rows(svc)[0].status == OutboxStatus.SENT
    assert rows(svc)[0].twilio_sid == fake.messages[0]["sid"]


def test_worker_killed_before_twilio_sends_after_lease(svc, fake, clock):
    queue(svc, CITIZEN, "belum terkirim")
    OutboxSender(svc.session_factory, svc.transport, svc.config).claim(clock.now)
    clock.advance(seconds=LEASE.total_seconds() + 1)
    tick(svc)
    assert [m["body"] for m in fake.messages] == ["belum terkirim"]


def test_a_pass_that_lives_keeps_its_leases_and_a_dead_ones_are_taken_over_within_a_minute(svc, fake, clock):
    # The lease was 5 minutes: a worker killed with SIGKILL held up to OUTBOX_BATCH_SIZE messages that long.
    assert LEASE <= timedelta(minutes=1)
    for i in range(3):
        queue(svc, CITIZEN, f"antrean {i}")
    ran = [0.0]
    holder = Holder(clock.now, clock=lambda: ran[0])
    sender = OutboxSender(svc.session_factory, svc.transport, svc.config)
    claimed = sender.claim(clock.now, holder)
    ran[0] = 50.0  # the pass has been busy 50 s (a backlog, a slow Twilio) and lives: it renews what it holds
    with svc.session_factory.begin() as session:
        assert holder.keep(session, SENDING, claimed[1:]) == set(claimed[1:])
    later = clock.now + LEASE + timedelta(seconds=10)
    assert sender.claim(later) == [claimed[0]]  # the one it did not renew is taken over; the others are its own


def test_a_worker_whose_lease_ran_out_while_it_stalled_sends_nothing_another_took_over(svc, fake, clock):
    queue(svc, CITIZEN, "sekali saja")
    stalled = OutboxSender(svc.session_factory, svc.transport, svc.config)
    holder = Holder(clock.now, clock=lambda: 0.0)
    [row_id] = stalled.claim(clock.now, holder)
    other = OutboxSender(svc.session_factory, svc.transport, svc.config)
    assert other.claim(clock.now + LEASE + timedelta(seconds=1)) == [row_id]  # presumed dead: taken over
    assert stalled._deliver(row_id, clock.now, SendReport(), holder) is False  # it wakes up: no longer its row
    assert fake.messages == []
    clock.advance(seconds=LEASE.total_seconds() * 3)
    tick(svc)  # the taker's lease ran out too: reconciled, then sent once
    assert [m["body"] for m in fake.messages] == ["sekali saja"]


def test_a_sender_asked_to_stop_finishes_the_message_in_hand_and_hands_the_rest_back(svc, fake, clock):
    for i in range(5):
        queue(svc, CITIZEN, f"antrean {i}")

    def stopping() -> bool:  # the stop arrives while the second message is with Twilio
        return len(fake.messages) >= 2

    report = OutboxSender(svc.session_factory, svc.transport, svc.config).run_once(clock.now, stopping)
    assert (report.sent, report.handed_back) == (2, 3)
    assert str(report).endswith("handed_back=3")
    left = rows(svc)[2:]
    assert [(row.status, row.attempts, row.lease_until) for row in left] == [(OutboxStatus.PENDING, 0, None)] * 3
    tick(svc)  # another worker, at once: no lease to wait out
    assert [m["body"] for m in fake.messages] == [f"antrean {i}" for i in range(5)]


def test_concurrent_senders_send_each_message_once(svc, fake):
    for i in range(30):
        queue(svc, CITIZEN, f"pesan {i}")
    threads = [threading.Thread(target=tick, args=(svc,)) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(m["body"] for m in fake.messages) == sorted(f"pesan {i}" for i in range(30))


def test_tick_command_runs_outbox(twilio_app, svc, fake):
    queue(svc, CITIZEN, "lewat tick")
    result = twilio_app.test_cli_runner().invoke(args=["tick", "--at", "2026-11-23T10:00:00+07:00"])
    assert result.exit_code == 0, result.output
    assert "outbox: sent=1" in result.output
    assert [m["body"] for m in fake.messages] == ["lewat tick"]


def test_tick_rejects_a_bad_instant(twilio_app):
    result = twilio_app.test_cli_runner().invoke(args=["tick", "--at", "kemarin"])
    assert result.exit_code != 0 and "ISO-8601" in result.output


# Status callbacks ---------------------------------------------------------------------------------

def callback(app, **fields):
    wa = WhatsApp(app)
    return wa.client.post("/twilio/status", data=fields, headers={
        "X-Twilio-Signature": wa.validator.compute_signature("http://localhost/twilio/status", fields)})


def sent_row(svc, fake, body="halo", **kwargs):
    queue(svc, CITIZEN, body, **kwargs)
    tick(svc)
    return rows(svc)[-1]


def test_status_callback_records_progress_and_ignores_repeats(twilio_app, svc, fake):
    row = sent_row(svc, fake)
    assert callback(twilio_app, MessageSid=row.twilio_sid, MessageStatus="delivered").status_code == 204
    assert callback(twilio_app, MessageSid=row.twilio_sid, MessageStatus="delivered").status_code == 204
    assert callback(twilio_app, MessageSid=row.twilio_sid, MessageStatus="sent").status_code == 204  # late
    assert rows(svc)[-1].status == "delivered"


def test_status_callback_needs_signature(twilio_app, svc, fake):
    row = sent_row(svc, fake)
    response = twilio_app.test_client().post("/twilio/status", data={
        "MessageSid": row.twilio_sid, "MessageStatus": "failed", "ErrorCode": "21610"})
    assert response.status_code == 403
    assert rows(svc)[-1].status == OutboxStatus.SENT


def test_status_callback_without_fields_or_with_malformed_ones_is_a_400(twilio_app, svc):
    assert callback(twilio_app, MessageSid="SMx").status_code == 400
    assert callback(twilio_app, MessageSid="SM\x00x", MessageStatus="delivered").status_code == 400
    assert callback(twilio_app, MessageSid="SMx", MessageStatus="deliv\x00ered").status_code == 400
    with svc.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(DeliveryStatus)) == 0


def test_21610_opts_the_contact_out_until_they_write_again(twilio_app, svc, fake, clock):
    row = sent_row(svc, fake)
    callback(twilio_app, MessageSid=row.twilio_sid, MessageStatus="failed", ErrorCode="21610")
    queue(svc, CITIZEN, "pesan berikutnya")
    tick(svc)
    assert len(fake.messages) == 1 and rows(svc)[-1].status == OutboxStatus.SKIPPED
    WhatsApp(twilio_app).send(CITIZEN, "halo lagi")
    queue(svc, CITIZEN, "setelah menulis lagi")
    tick(svc)
    assert fake.messages[-1]["body"] == "setelah menulis lagi"


def test_63016_callback_resends_as_template(twilio_app, svc, fake, clock):
    row = sent_row(svc, fake, "Tindak lanjut LPR-9")
    callback(twilio_app, MessageSid=row.twilio_sid, MessageStatus="undelivered", ErrorCode="63016")
    tick(svc)
    assert len(fake.messages) == 2 and fake.messages[1]["content_sid"] == TEMPLATE
    resent = rows(svc)[-1]
    callback(twilio_app, MessageSid=resent.twilio_sid, MessageStatus="delivered")
    assert rows(svc)[-1].status == "delivered"


def test_63018_callback_retries_later(twilio_app, svc, fake, clock):
    row = sent_row(svc, fake, "terlalu cepat")
    callback(twilio_app, MessageSid=row.twilio_sid, MessageStatus="failed", ErrorCode="63018")
    assert tick(svc).sent == 0
    clock.advance(minutes=5)
    tick(svc)
    assert [m["body"] for m in fake.messages] == ["terlalu cepat", "terlalu cepat"]
    assert rows(svc)[-1].status == OutboxStatus.SENT


@pytest.mark.parametrize("fetched, photo_sent", [(MediaStatus.STORED, True), (MediaStatus.REFUSED, False),
                                                 (MediaStatus.FAILED, False)])
def test_a_rating_question_goes_after_the_photo_of_the_answer_it_asks_about(svc, fake, clock, fetched, photo_sent):
    """An officer's SELESAI with a photo not fetched yet: the answer's text goes at once, the photo once stored, and
    the rating question after it (a citizen asked to rate has seen the proof); a photo never stored holds nothing,
    and the citizen is told it could not be sent."""
    with svc.session_factory.begin() as session:
        session.add(MediaItem(source_url=PHOTO, declared_type="image/jpeg"))
        citizen = factories.person(session, last_inbound_at=svc.clock() - timedelta(hours=1))
        subject, phone = ("complaint", factories.complaint(session, svc.clock(), svc.region, citizen).id), citizen.phone
    queue(svc, phone, "Jawaban akhir LPR-1: jalan sudah ditambal", purpose=Purpose.FOLLOW_UP, subject=subject,
          media_urls=[PHOTO])
    queue(svc, phone, "Seberapa puas Anda? Balas angka 1 sampai 5", purpose=Purpose.RATING, subject=subject)
    drain(svc, clock, ticks=2, minutes=0.2)
    to_citizen = [m for m in fake.messages if m["to"] == f"whatsapp:{phone}"]
    assert [m["body"] for m in to_citizen] == ["Jawaban akhir LPR-1: jalan sudah ditambal"]
    with svc.session_factory.begin() as session:
        item = session.scalars(select(MediaItem)).one()
        item.status, item.content_type = fetched, "image/jpeg"
        item.sha256 = svc.media_storage.put(b"the photo", "image/jpeg")
    drain(svc, clock, ticks=4, minutes=0.5)
    sent = [m["media_urls"] and "photo" or " ".join(m["body"].split()[:2]) for m in fake.messages
            if m["to"] == f"whatsapp:{phone}"]
    assert sent == ["Jawaban akhir", "photo" if photo_sent else "📎 Lampiran", "Seberapa puas"]


def test_an_answer_whose_photo_was_never_stored_says_so_in_its_text(svc, fake):
    with svc.session_factory.begin() as session:
        session.add(MediaItem(source_url=PHOTO, declared_type="image/jpeg", status=MediaStatus.FAILED))
        citizen = factories.person(session, last_inbound_at=svc.clock() - timedelta(hours=1))
        subject, phone = ("complaint", factories.complaint(session, svc.clock(), svc.region, citizen).id), citizen.phone
    queue(svc, phone, "Tindak lanjut LPR-1: sedang ditambal", purpose=Purpose.FOLLOW_UP, subject=subject,
          media_urls=[PHOTO])
    tick(svc)
    [answer] = [m for m in fake.messages if m["to"] == f"whatsapp:{phone}"]
    assert answer["media_urls"] == [] and answer["body"].startswith("Tindak lanjut LPR-1: sedang ditambal\n\n📎")
    assert "LPR-1 tidak dapat kami kirim" in answer["body"]


def notice_with_photos(svc, item_statuses, purpose=Purpose.DISPOSITION, body="Disposisi baru LPR-1: sampah menumpuk"):
    """A notice to an officer carrying the citizen's photos, each noted as a media item in the given status (a
    stored one with its bytes under `storage_key`, "missing": stored, but its file is not there)."""
    urls = [f"{PHOTO}?{index}" for index in range(len(item_statuses))]
    with svc.session_factory.begin() as session:
        officer = factories.person(session, role="officer", last_inbound_at=svc.clock() - timedelta(hours=1))
        citizen = factories.person(session)
        subject = ("complaint", factories.complaint(session, svc.clock(), svc.region, citizen).id)
        for url, status in zip(urls, item_statuses, strict=True):
            key = svc.media_storage.put(b"photo " + url.encode(), "image/jpeg") if status == MediaStatus.STORED \
                else "0" * 64
            session.add(MediaItem(source_url=url, declared_type="image/jpeg", content_type="image/jpeg",
                                  status=MediaStatus.STORED if status == "missing" else status, sha256=key))
        phone = officer.phone
    queue(svc, phone, body, purpose=purpose, subject=subject, media_urls=urls)
    return phone


def to(fake, phone):
    return [m for m in fake.messages if m["to"] == f"whatsapp:{phone}"]


@pytest.mark.parametrize("statuses, sent_photos", [
    ([MediaStatus.FAILED], 0),
    ([MediaStatus.REFUSED], 0),
    ([MediaStatus.PURGED], 0),
    (["missing"], 0),
    ([MediaStatus.STORED, MediaStatus.FAILED], 1),
    ([MediaStatus.FAILED, MediaStatus.STORED, "missing"], 1),
])
def test_an_officer_whose_notice_lost_a_photo_is_told_once_and_where_to_see_it(svc, fake, clock, caplog, statuses,
                                                                              sent_photos):
    """A citizen's photo that cannot reach the officer (fetch failed, refused, purged, its stored file gone) is not
    dropped silently: the notice says once that an attachment could not be sent and where to see it, and the
    operators find it in the log."""
    phone = notice_with_photos(svc, statuses)
    with caplog.at_level(logging.ERROR, logger="bot.outbox"):
        drain(svc, clock, ticks=3, minutes=1)
    received = to(fake, phone)
    assert received[0]["body"].startswith("Disposisi baru LPR-1: sampah menumpuk")
    assert len([m for m in received if m["media_urls"]]) == sent_photos
    said = [m["body"] for m in received if "tidak dapat dikirim" in m["body"]]
    assert len(said) == 1 and "LPR-1" in said[0] and "halaman pengaduan" in said[0]
    assert any("not sent" in r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR)


def test_the_line_names_the_complaint_page_when_the_service_has_a_public_url(make_app, fake, clock):
    transport = TwilioTransport(fake.account_sid, fake.auth_token, "whatsapp:+14155238886",
                                api_base_url=fake.base_url, timeout=0.5)
    svc = services(make_app(transport=transport, PUBLIC_BASE_URL="https://lapor.example.go.id/"))
    phone = notice_with_photos(svc, [MediaStatus.FAILED])
    tick(svc)
    [notice] = to(fake, phone)
    assert "https://lapor.example.go.id/pengaduan/1" in notice["body"]


# Twilio's media refusals (twilio.com/docs/api/errors): 21620 invalid media URL, 12300 a Content-Type Twilio cannot
# process, 11751 over the channel's size limit (WhatsApp: 16 MB), 63019 media failed to download, 63021 content the
# channel does not support, 63005 content WhatsApp did not accept (its media, or no WhatsApp user: told apart by
# the send without it), 63034 media over a size limit.
REFUSALS = [21620, 12300, 11751, 63019, 63021, 63005, 63034]


@pytest.mark.parametrize("code", REFUSALS)
def test_a_photo_twilio_refuses_when_sent_goes_again_as_text_saying_so(svc, fake, clock, caplog, code):
    phone = notice_with_photos(svc, [MediaStatus.STORED])
    fake.fail_next(1, f"error{code}")
    with caplog.at_level(logging.ERROR, logger="bot.outbox"):
        drain(svc, clock, ticks=3, minutes=1)
    [notice] = to(fake, phone)
    assert notice["media_urls"] == [] and notice["body"].startswith("Disposisi baru LPR-1: sampah menumpuk\n\n📎")
    assert "tidak dapat dikirim" in notice["body"]
    assert any("not sent" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("code", REFUSALS)
def test_a_photo_twilio_could_not_deliver_goes_again_as_text_saying_so(twilio_app, svc, fake, clock, code):
    """Twilio took the message, then could not fetch or pass on its media (a status callback says so): the text
    goes again with the line, without the photo, once."""
    phone = notice_with_photos(svc, [MediaStatus.STORED])
    tick(svc)
    [first] = to(fake, phone)
    assert first["media_urls"]
    callback(twilio_app, MessageSid=first["sid"], MessageStatus="failed", ErrorCode=str(code))
    callback(twilio_app, MessageSid=first["sid"], MessageStatus="undelivered", ErrorCode=str(code))
    drain(svc, clock, ticks=3, minutes=1)
    again = to(fake, phone)[1:]
    assert len(again) == 1 and again[0]["media_urls"] == [] and "tidak dapat dikirim" in again[0]["body"]
    assert again[0]["body"].startswith("Disposisi baru LPR-1: sampah menumpuk")


def test_a_refusal_the_text_gets_too_fails_once_more_and_is_given_up(svc, fake, clock):
    """63005 is also WhatsApp's answer for a number with no WhatsApp account: the send without the photo tells the
    two apart, and is the last (no loop of sends, the row failed)."""
    phone = notice_with_photos(svc, [MediaStatus.STORED])
    fake.fail_next(2, "error63005")
    drain(svc, clock, ticks=4, minutes=1)
    assert to(fake, phone) == [] and fake.requests == 2
    assert rows(svc)[-1].status == OutboxStatus.FAILED


@pytest.mark.parametrize("code", [30008, 63016])
def test_a_failure_that_is_no_media_refusal_keeps_the_photo(svc, fake, clock, code):
    """Near misses: an unknown error (30008) or the 24-hour window (63016) says nothing about the photo."""
    phone = notice_with_photos(svc, [MediaStatus.STORED])
    fake.fail_next(1, f"error{code}")
    drain(svc, clock, ticks=3, minutes=1)
    assert not [m for m in to(fake, phone) if "tidak dapat dikirim" in m["body"]]
    assert all(row.last_error is None or not row.last_error.startswith("media not sent") for row in rows(svc))


def test_operators_see_the_items_that_failed_and_the_messages_that_went_without_them(twilio_app, svc, fake, clock):
    from tests.ops.test_metrics import scrape, value

    notice_with_photos(svc, [MediaStatus.FAILED, MediaStatus.STORED, "missing"])
    drain(svc, clock, ticks=2, minutes=1)
    samples = scrape(twilio_app)
    assert value(samples, "penghubung_media_items", status="failed") == 2  # the file gone is failed now
    assert value(samples, "penghubung_media_items", status="stored") == 1
    assert value(samples, "penghubung_outbox_media_not_sent", purpose="disposition") == 2


def test_a_digest_whose_chart_file_is_gone_goes_without_it_and_without_a_line_about_no_complaint(svc, fake):
    with svc.session_factory.begin() as session:
        session.add(MediaItem(source_url="chart:weekly-2026-49", declared_type="image/png", content_type="image/png",
                              status=MediaStatus.STORED, sha256="0" * 64))
    queue(svc, OFFICER, "Rekap mingguan: 12 laporan baru", purpose=Purpose.DIGEST, media_urls=["chart:weekly-2026-49"])
    tick(svc)
    [digest] = to(fake, OFFICER)
    assert digest["body"] == "Rekap mingguan: 12 laporan baru" and digest["media_urls"] == []


def test_a_one_row_message_is_queued_as_the_orms_insert_queues_it(svc, clock):
    """A message of one row is queued by a statement built once on the session's connection (`bot.outbox
    ._ONE_INSERTED_ONCE`), one of several rows by the ORM's INSERT of its entities: the rows are alike column for
    column (a JSON `null` where no template variables were given, the columns' defaults), the row returned is the
    session's instance of it, and a key taken before gives back the first caller's row, inserting nothing."""
    from sqlalchemy import text

    from models.base import utcnow

    options = {"purpose": Purpose.NOTICE, "subject": ("complaint", 7)}
    with svc.session_factory.begin() as session:
        [one] = enqueue(session, CITIZEN, "satu", dedupe_key="k:1", **options)
        assert session.get(OutboxMessage, one.id) is one
        several = enqueue(session, CITIZEN, "dua", media_urls=["https://x/1.jpg", "https://x/2.jpg"],
                          dedupe_key="k:2", **options)
        [timed] = enqueue(session, CITIZEN, "", media_urls=["https://x/3.jpg"], dedupe_key="k:3",
                          template_variables={"1": "Siti"}, now=clock.now, **options)
        before = utcnow()
        [untimed] = enqueue(session, CITIZEN, "tanpa waktu", dedupe_key="k:4", **options)
        assert before <= untimed.created_at == untimed.next_attempt_at <= utcnow()
        assert enqueue(session, CITIZEN, "lagi", dedupe_key="k:1", **options) == [one]
    with svc.session_factory() as session:
        stored = {row.dedupe_key: row for row in session.scalars(select(OutboxMessage))}
        nulls = dict(session.execute(text(
            "SELECT dedupe_key, template_variables IS NULL FROM outbox")).all())
    assert len(stored) == 5 and nulls == {"k:1#0": False, "k:2#0": False, "k:2#1": False, "k:3#0": False,
                                          "k:4#0": False}
    columns = [c.key for c in OutboxMessage.__table__.c if c.key not in (
        "id", "body", "media_url", "dedupe_key", "created_at", "next_attempt_at", "template_variables")]
    for key in ("k:1#0", "k:3#0", "k:4#0"):
        assert {c: getattr(stored[key], c) for c in columns} == {c: getattr(stored["k:2#0"], c) for c in columns}
    assert (stored["k:1#0"].body, stored["k:1#0"].media_url, stored["k:1#0"].template_variables) == (
        "satu", None, None)
    assert (stored["k:3#0"].media_url, stored["k:3#0"].template_variables, stored["k:3#0"].created_at) == (
        "https://x/3.jpg", {"1": "Siti"}, clock.now)
    assert [row.id for row in several] == sorted(row.id for row in several)
    for row in (one, timed, untimed):
        key = row.dedupe_key
        assert {c.key: getattr(row, c.key) for c in OutboxMessage.__table__.c} == {
            c.key: getattr(stored[key], c.key) for c in OutboxMessage.__table__.c}
