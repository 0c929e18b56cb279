"""Twilio's retries and impatient thumbs: the same webhook three times, two messages from one person at once.

Threads against the WSGI app on any database, and a real gunicorn (2 workers) on PostgreSQL.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import uuid
import xml.etree.ElementTree as ET
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import event, func, select
from twilio.request_validator import RequestValidator

from bot.messages import t
from config import DEV_AUTH_TOKEN, SETTINGS
from models import Complaint, Contact, Conversation, InboundMessage, OutboxMessage
from scheduler.jobs import announce_complaints
from services import services
from tests.bot.test_conversation import DESCRIPTION
from tests.conftest import WhatsApp
from tests.faults.conftest import needs_postgres
from tests.parties import CITIZEN, DLH_1, PUPR_1, VERIFIER, WASTE, complaint, file, make_people

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = str(Path(sys.executable).parent / "gunicorn")
PEOPLE = 10
TO_CONFIRM = ("1", "1", DESCRIPTION, "Jl. Raya Banyuanyar", "LEWATI", "1")


def form(phone: str, body: str) -> dict:
    return {"MessageSid": "SM" + uuid.uuid4().hex, "AccountSid": "AC" + "0" * 32, "From": f"whatsapp:{phone}",
            "To": "whatsapp:+14155238886", "Body": body, "NumMedia": "0", "ProfileName": "Warga",
            "WaId": phone.lstrip("+")}


def all_at_once(posts: list, post) -> list:
    """Run every post at the same instant (a barrier releases them together); return the results in order."""
    barrier = threading.Barrier(len(posts))

    def run(item):
        barrier.wait(timeout=10)
        return post(item)

    with ThreadPoolExecutor(max_workers=len(posts)) as pool:
        return list(pool.map(run, posts, timeout=60))


def double_taps(phones: list[str]) -> list[tuple[str, dict]]:
    """Per person: KIRIM delivered three times by Twilio (one MessageSid), and a second KIRIM tapped at once."""
    posts = []
    for phone in phones:
        first, second = form(phone, "KIRIM"), form(phone, "KIRIM")
        posts += [(phone, first), (phone, first), (phone, first), (phone, second)]
    return posts


def check_one_effect_each(posts: list[tuple[str, dict]], replies: list[tuple[int, list[str]]], svc, inbound_before):
    by_sid = defaultdict(list)
    for (phone, sent), (status, messages) in zip(posts, replies, strict=True):
        assert status == 200, (phone, status)
        assert messages, "never silence"
        by_sid[(phone, sent["MessageSid"])].append(messages)
    for key, answers in by_sid.items():
        assert all(a == answers[0] for a in answers), f"a repeated delivery got another reply: {key}"
    for phone in {phone for phone, _ in posts}:
        filed = [answers[0] for (p, _), answers in by_sid.items() if p == phone and "LPR-" in "".join(answers[0])]
        assert len(filed) == 1, (phone, by_sid)
    with svc.session_factory() as session:
        numbers = session.scalars(select(Complaint.number).order_by(Complaint.number)).all()
        assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) == len(by_sid) // 2
        owners = session.scalars(select(func.coalesce(Contact.phone, Contact.bsuid)).join(Complaint.citizen)).all()
        assert sorted(owners) == sorted({phone for phone, _ in posts}), "one complaint per person"
        assert session.scalar(select(func.count()).select_from(InboundMessage)) == inbound_before + len(by_sid)
    announce_complaints(svc, svc.clock())
    announce_complaints(svc, svc.clock())
    with svc.session_factory() as session:
        to_verifier = session.scalar(select(func.count()).select_from(OutboxMessage).where(
            OutboxMessage.recipient == VERIFIER))
        assert to_verifier == len(numbers), "the verifier hears of each complaint once"


@pytest.mark.parametrize("identity", ["phone", "bsuid"])
def test_retries_and_double_taps_through_the_wsgi_app_from_threads(world, identity):
    svc = services(world)
    phones = [f"+62812{i:08d}" if identity == "phone" else f"ID.{i:020d}" for i in range(PEOPLE)]
    for phone in phones:
        for body in TO_CONFIRM:
            assert WhatsApp(world).send(phone, body).status == 200
    with svc.session_factory() as session:
        inbound_before = session.scalar(select(func.count()).select_from(InboundMessage))
    posts = double_taps(phones)

    def post(item):
        reply = WhatsApp(world).post(item[1])
        return reply.status, reply.messages

    check_one_effect_each(posts, all_at_once(posts, post), svc, inbound_before)


@pytest.mark.parametrize("extra", [{}, {"From": "whatsapp:ID.13491208655302741918", "WaId": ""},
                                   {"BusinessScopedUserId": "ID.13491208655302741918"}],
                         ids=["phone", "bsuid", "phone and bsuid"])
def test_first_message_of_a_new_person_delivered_three_times_with_another_at_once(world, extra):
    svc = services(world)
    hello = {**form("+6285712345678", "halo"), **extra}
    other = {**form("+6285712345678", "selamat pagi"), **extra}
    posts = [hello, hello, hello, other]

    def post(sent):
        reply = WhatsApp(world).post(sent)
        return reply.status, reply.messages

    replies = all_at_once(posts, post)
    assert [status for status, _ in replies] == [200] * 4
    assert replies[0][1] == replies[1][1] == replies[2][1] and replies[3][1]
    with svc.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Contact).where(
            Contact.reached_at("+6285712345678") | Contact.reached_at("ID.13491208655302741918"))) == 1
        assert session.scalar(select(func.count()).select_from(InboundMessage)) == 2


def test_two_agencies_answering_selesai_at_the_same_instant_finish_the_complaint(world):
    """Each answer checks whether every disposition is now answered: unless the complaint is locked first, each
    sees the other's disposition still open and neither finishes it (on PostgreSQL; SQLite serialises writers)."""
    svc = services(world)
    people = make_people(world)
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH, PUPR")
    barrier = threading.Barrier(2)

    def hold(_session) -> None:
        """Before committing, wait (briefly) for the other answer to have read the dispositions too."""
        try:
            barrier.wait(timeout=1)
        except threading.BrokenBarrierError:
            pass  # the other one is waiting for this one's lock: go on

    answers = [(DLH_1, "SELESAI LPR-1 Sampah sudah diangkut"), (PUPR_1, "SELESAI LPR-1 Saluran sudah dibersihkan")]
    event.listen(svc.session_factory, "before_commit", hold)
    try:
        replies = all_at_once(answers, lambda answer: WhatsApp(world).send(*answer).status)
    finally:
        event.remove(svc.session_factory, "before_commit", hold)
    assert replies == [200, 200]
    finished = complaint(world, 1)
    assert finished.status == "selesai" and {d.status for d in finished.dispositions} == {"final"}


def test_an_officers_question_and_the_citizens_next_message_at_the_same_instant_lose_nothing(world):
    """Both change the citizen's conversation: the question puts it in the answering state, the citizen's `1`
    starts a new complaint. Unless the question waits for the citizen's lock, it overwrites the step the citizen
    was just asked (it read the conversation before the citizen's message was saved)."""
    people = make_people(world)
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    who, loaded = threading.local(), threading.Barrier(2)

    def on_load(conversation, _context) -> None:
        """Once both have read the conversation, the citizen saves first and the question second."""
        if conversation.contact_id != citizen_id:
            return
        try:
            loaded.wait(timeout=1)
        except threading.BrokenBarrierError:
            return  # one waits for the other's lock: nothing to line up
        if who.name == "officer":
            time.sleep(0.3)

    def send(item):
        who.name, phone, body = item
        return WhatsApp(world).send(phone, body).messages

    with services(world).session_factory() as session:
        citizen_id = session.scalar(select(Contact.id).where(Contact.phone == CITIZEN))
    event.listen(Conversation, "load", on_load)
    try:
        citizen_reply, _ = all_at_once([("citizen", CITIZEN, "1"),
                                        ("officer", DLH_1, "INFO LPR-1 Mohon kirim foto yang lebih jelas")], send)
    finally:
        event.remove(Conversation, "load", on_load)
    with services(world).session_factory() as session:
        state = session.scalar(select(Conversation.state).where(Conversation.contact_id == citizen_id))
    one_after_the_other = [([t("ask_kind")], "kind"),  # the citizen's `1` first: filing; the question waits
                           ([t("ask_answer", reference="LPR-1")], "answer")]  # the question first: `1` is no answer
    assert (citizen_reply, state) in one_after_the_other


# Real gunicorn -----------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def gunicorn(world, database_url, tmp_path):
    """The service under gunicorn as the Procfile runs it (2 workers), on the test's PostgreSQL database."""
    needs_postgres(database_url)
    with serve_gunicorn(database_url, tmp_path) as url:
        yield url


@contextmanager
def serve_gunicorn(database_url: str, folder: Path, threads: int = 8, **env_extra):
    """Serve the app under gunicorn from the project root (its gunicorn.conf.py included) until the block ends."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in {s.name for s in SETTINGS} and not k.startswith("FLASK_")}
    env.update(DATABASE_URL=database_url, LOG_LEVEL="WARNING", DEMO_DIRECTORY="no", **env_extra)
    log = folder / f"gunicorn-{port}.log"
    with log.open("wb") as out:
        server = subprocess.Popen([GUNICORN, "--workers", "2", "--threads", str(threads),
                                   "--bind", f"127.0.0.1:{port}", "--timeout", "30", "app:create_app()"],
                                  cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(server, url, log)
        yield url
    finally:  # also when it never became healthy: no stray server outlives the test
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)


def wait_until_healthy(server: subprocess.Popen, url: str, log: Path) -> None:
    deadline = time.monotonic() + 20
    while True:
        assert server.poll() is None, log.read_text(errors="replace")
        assert time.monotonic() < deadline, "gunicorn did not start:\n" + log.read_text(errors="replace")
        try:
            if requests.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except requests.RequestException:  # not listening yet, or a worker still booting
            time.sleep(0.1)


def http_post(url: str, sent: dict) -> tuple[int, list[str]]:
    signature = RequestValidator(DEV_AUTH_TOKEN).compute_signature(f"{url}/twilio/whatsapp", sent)
    response = requests.post(f"{url}/twilio/whatsapp", data=sent, headers={"X-Twilio-Signature": signature},
                             timeout=20)
    if response.status_code != 200:
        return response.status_code, []
    return 200, [(m.findtext("Body") or m.text or "").strip() for m in ET.fromstring(response.text).iter("Message")]


def test_retries_and_double_taps_against_gunicorn_on_postgres(world, gunicorn):
    svc = services(world)
    phones = [f"+62812{i:08d}" for i in range(PEOPLE)]
    for phone in phones:  # through the server: its clock is the real one, drafts must not look stale
        for body in TO_CONFIRM:
            assert http_post(gunicorn, form(phone, body))[0] == 200
    with svc.session_factory() as session:
        inbound_before = session.scalar(select(func.count()).select_from(InboundMessage))
    posts = double_taps(phones)
    replies = all_at_once(posts, lambda item: http_post(gunicorn, item[1]))
    check_one_effect_each(posts, replies, svc, inbound_before)


def test_metrics_add_up_every_gunicorn_worker_in_multiprocess_mode(world, database_url, tmp_path):
    """Messages spread over two single-threaded workers are counted once each, whichever worker answers the scrape."""
    needs_postgres(database_url)
    folder = tmp_path / "metrics"
    with serve_gunicorn(database_url, tmp_path, threads=1, PROMETHEUS_MULTIPROC_DIR=str(folder)) as url:
        sent = 0
        while sent < 100 and len(list(folder.glob("counter_*.db"))) < 2:  # until both workers answered some
            phones = [f"+62812{sent + i:08d}" for i in range(10)]
            replies = all_at_once([(phone, form(phone, "halo")) for phone in phones],
                                  lambda item: http_post(url, item[1]))
            assert [code for code, _ in replies] == [200] * 10
            sent += 10
        scrapes = [requests.get(f"{url}/metrics", timeout=5).text for _ in range(4)]
    assert len(list(folder.glob("counter_*.db"))) == 2, "both workers should have answered some of the messages"
    for text in scrapes:
        counted = sum(sample.value for family in text_string_to_metric_families(text)
                      for sample in family.samples if sample.name == "penghubung_inbound_messages_total"
                      and sample.labels["kind"] == "citizen")
        assert counted == sent
