"""A staff member whose WhatsApp replied STOP (Twilio 21610) gets nothing more from the service until they write
again: the people who rely on them are told once, not left to find out from a disposition nobody read."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from twilio.base.exceptions import TwilioRestException

from bot.outbox import enqueue
from bot.transports import ConsoleTransport, _rest_error
from models import Contact
from models.vocab import Purpose
from services import services
from tests.bot.test_outbox import callback
from tests.parties import CITIZEN, CITIZEN_NAME, DLH_1, DLH_HEAD, SUPERVISOR, VERIFIER, shows_number
from tests.parties import deliver as one_pass
from tests.scheduler.conftest import at

STOP = "STOP"  # the notice's word for it, as staff know it from WhatsApp


class Refusing(ConsoleTransport):
    """The console, but Twilio's 21610 for the numbers that replied STOP."""

    def __init__(self, stopped: set[str]):
        super().__init__()
        self.stopped = stopped

    def send(self, message):
        if message.to in self.stopped:
            raise _rest_error(TwilioRestException(400, "/Messages.json", "Attempt to send to unsubscribed recipient",
                                                  code=21610))
        return super().send(message)


def _told(people) -> dict[str, list[str]]:
    """The notices about a STOP each person got (their text; sent, not held for the night)."""
    return {name: [m.body for m in person.inbox() if STOP in m.body and m.purpose == Purpose.ROSTER and m.sent_at]
            for name, person in people.items()}


def deliver(world) -> None:
    """Two of the sender's passes: the one that meets the STOP, and the next, that sends what it queued."""
    one_pass(world)
    one_pass(world)


def _queue_to(world, phone: str, purpose=Purpose.DISPOSITION) -> None:
    svc = services(world)
    with svc.session_factory.begin() as session:
        enqueue(session, phone, "LPR-1 didisposisikan ke DLH", purpose=purpose, now=svc.clock())


@pytest.mark.parametrize("stopped,told", [
    (DLH_1, {"head", "verifier", "supervisor"}),      # an officer: their head, and who routes and oversees
    (DLH_HEAD, {"verifier", "supervisor"}),           # a head: never told of themselves
    (VERIFIER, {"supervisor"}),
    (SUPERVISOR, {"verifier"}),
])
def test_a_staff_members_stop_is_told_to_whoever_relies_on_them(people, world, clock, stopped, told):
    clock.now = at(2026, 8, 13, 10, 0)  # a working morning
    svc = services(world)
    svc.transport = Refusing({stopped})
    _queue_to(world, stopped)
    deliver(world)
    notices = _told(people)
    assert {name for name, bodies in notices.items() if bodies} == told
    body = next(bodies[0] for bodies in notices.values() if bodies)
    name = next(person.name for person in people.values() if person.phone == stopped)
    assert name in body and "mengirim pesan apa saja" in body
    _queue_to(world, stopped, purpose=Purpose.REMINDER)  # skipped for the STOP: nothing said again
    deliver(world)
    assert _told(people) == notices


def test_a_stop_heard_in_twilios_callback_is_told_too(people, world, clock):
    clock.now = at(2026, 8, 13, 10, 0)
    _queue_to(world, DLH_1)
    deliver(world)
    sid = people["dlh1"].last().twilio_sid
    assert callback(world, MessageSid=sid, MessageStatus="failed", ErrorCode="21610").status_code == 204
    deliver(world)
    assert {name for name, bodies in _told(people).items() if bodies} == {"head", "verifier", "supervisor"}


def test_a_citizens_stop_is_nobodys_business(people, world, clock):
    clock.now = at(2026, 8, 13, 10, 0)
    svc = services(world)
    people["citizen"].says("halo")
    svc.transport = Refusing({CITIZEN})
    _queue_to(world, CITIZEN, purpose=Purpose.FOLLOW_UP)
    deliver(world)
    with svc.session_factory() as session:
        assert session.scalars(select(Contact.opted_out).where(Contact.phone == CITIZEN)).one()
    assert not any(_told(people).values())


def test_a_stop_at_night_is_told_in_the_morning_and_again_after_writing_and_stopping_anew(people, world, clock):
    clock.now = at(2026, 8, 13, 22, 0)
    svc = services(world)
    svc.transport = Refusing({DLH_1})
    _queue_to(world, DLH_1, purpose=Purpose.LOGIN)  # a login code goes at night
    deliver(world)
    assert not any(_told(people).values())  # nobody is woken for it
    clock.now = at(2026, 8, 14, 8, 0)
    deliver(world)
    assert len(_told(people)["head"]) == 1
    people["dlh1"].says("DAFTAR")  # writing again lifts the STOP…
    clock.now = at(2026, 8, 18, 9, 0)
    _queue_to(world, DLH_1)  # …and a STOP days later is news again (17 August is a holiday)
    deliver(world)
    assert len(_told(people)["head"]) == 2


def test_the_operator_sees_how_many_staff_replied_stop(people, world, clock):
    """`penghubung_staff_stopped{role}`: the notice is said once; the gauge stands while the STOP does."""
    from tests.ops.test_metrics import scrape, value

    clock.now = at(2026, 8, 13, 10, 0)
    assert value(scrape(world), "penghubung_staff_stopped", role="officer") == 0
    svc = services(world)
    svc.transport = Refusing({DLH_1, CITIZEN})
    people["citizen"].says("halo")
    _queue_to(world, DLH_1)
    _queue_to(world, CITIZEN, purpose=Purpose.FOLLOW_UP)  # a citizen's STOP is not counted here
    deliver(world)
    samples = scrape(world)
    assert value(samples, "penghubung_staff_stopped", role="officer") == 1
    assert sum(count for (name, _), count in samples.items() if name == "penghubung_staff_stopped") == 1
    people["dlh1"].says("DAFTAR")  # writing again lifts it
    assert value(scrape(world), "penghubung_staff_stopped", role="officer") == 0


# The only verifier's STOP: the verifiers' notices reach nobody. They are not sent to the supervisor (they carry the
# reporter's identity, the verifiers' alone, and commands only a verifier may give); the supervisor is told that no
# verifier can be reached and what waits, in the STOP notice and in every digest until it ends.

def _stop_the_verifier(people, world, clock):
    clock.now = at(2026, 8, 13, 10, 0)
    people["citizen"].file()  # waits for a verifier
    services(world).transport = Refusing({VERIFIER})
    _queue_to(world, VERIFIER)
    deliver(world)


def test_the_only_verifiers_stop_tells_the_supervisor_that_no_verifier_reads_the_new_complaints(people, world,
                                                                                                  clock):
    _stop_the_verifier(people, world, clock)
    [notice] = _told(people)["supervisor"]
    assert "Tidak ada verifikator lain yang menerima pesan" in notice and "1 laporan menunggu verifikasi" in notice
    assert "ANTREAN" in notice, notice
    assert not any(CITIZEN_NAME in m.body or shows_number(m.body, CITIZEN) for m in people["supervisor"].inbox())


def test_a_verifiers_stop_with_another_verifier_at_hand_says_nothing_more(people, world, clock):
    svc = services(world)
    with svc.session_factory.begin() as session:
        session.add(Contact(phone="+6281100000003", role="verifier", name="Andi"))
    _stop_the_verifier(people, world, clock)
    [notice] = _told(people)["supervisor"]
    assert "Tidak ada verifikator lain" not in notice


def test_the_supervisors_digest_says_no_verifier_can_be_reached_while_it_lasts(people, world, clock):
    _stop_the_verifier(people, world, clock)
    rekap = people["supervisor"].says("REKAP")
    assert "Menunggu verifikasi: 1\n⚠ Verifikator membalas STOP: Rina\n" in rekap, rekap
    assert all(len(line) <= 60 for line in rekap.splitlines())
    people["verifier"].says("ANTREAN")  # writing again lifts the STOP
    assert "membalas STOP" not in people["supervisor"].says("REKAP")
    assert "membalas STOP" not in people["head"].says("REKAP")
