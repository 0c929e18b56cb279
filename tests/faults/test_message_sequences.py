"""Sequences of messages at random (hypothesis): citizens and staff, each in whatever state the earlier messages left
them, write junk, commands with junk numbers, odd media and locations, from odd-looking senders, and Twilio delivers
some messages twice (at once, or again later, out of order). Every answer is a reply or a 4xx, never a 5xx; a
repeated delivery changes nothing; no complaint is ever left half-written."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from bot.messages import KIND_NAMES, PRIVACY_NAMES, STATUS_NAMES
from models import Complaint, Contact, Conversation, InboundMessage, OutboxMessage, TimelineEntry
from scheduler.jobs import run_all
from services import services
from tests.conftest import WhatsApp
from tests.faults.test_webhook_fuzz import content_types, coordinates, numbers, unicode_text, urls
from tests.parties import (
    CITIZEN,
    CITIZEN_2,
    DESCRIPTION,
    DLH_1,
    DLH_HEAD,
    PIN,
    PUPR_1,
    SUPERVISOR,
    VERIFIER,
    WASTE,
    deliver,
    make_people,
    one_forwarded_one_anonymous,
)
from tests.sampling import examples

# Bounded and derandomized: the same examples on every run, a few seconds in all. FUZZ_EXAMPLES=500 hunts instead:
# that many fresh random examples (give pytest -p no:timeout).
HUNT = int(os.environ.get("FUZZ_EXAMPLES", "0"))
SEQUENCES = settings(max_examples=HUNT or examples(40), derandomize=not HUNT, deadline=None, database=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
NEWCOMER = "+6285700000001"
PEOPLE = (CITIZEN, CITIZEN_2, NEWCOMER, VERIFIER, SUPERVISOR, DLH_1, DLH_HEAD, PUPR_1)


def _forms_of(phone: str) -> list[str]:
    """The ways a number may reach the webhook in From: Twilio's own and what a proxy or a test might send."""
    local = "0" + phone.removeprefix("+62")
    return [f"whatsapp:{phone}", f"whatsapp:{phone}", f"whatsapp:{phone}", phone, phone.lstrip("+"),
            f"whatsapp:{local}", f" whatsapp:{phone} ", f"WhatsApp:{phone}"]


senders = st.one_of(
    st.sampled_from(PEOPLE).flatmap(lambda phone: st.sampled_from(_forms_of(phone))),
    st.sampled_from(["whatsapp:+14155550123", "whatsapp:+447911123456", "whatsapp:ID.13491208655302741918",
                     "whatsapp:ID.ENT.11815799212886844830", "whatsapp:", "", "whatsapp:+62", "whatsapp:+6200000",
                     "whatsapp:+62" + "8" * 40, "whatsapp:+6281234567890\u200b", "whatsapp:\u202e+6281234567890"]))
# What moves people through the flow (so that later messages meet every step) and what breaks parsers.
flow_words = st.sampled_from(["1", "2", "3", "4", "KIRIM", "UBAH", "BATAL", "MENU", "LEWATI", "YA", "TIDAK", "STATUS",
                              "5", "TIDAK PUAS", "IKUTI", "halo", DESCRIPTION, WASTE, "Pasar Srimangunan, Kec. Sampang",
                              "TERUSKAN LPR-1 DLH", "TL LPR-1 Petugas sudah ke lokasi", "SELESAI LPR-1 beres",
                              "INFO LPR-2 dimana?", "TUNDA LPR-2 kurang jelas", "ARSIPKAN LPR-3 spam",
                              "GABUNG LPR-2 LPR-1", "KEMBALIKAN LPR-1 bukan kami", "DAFTAR", "ANTREAN", "REKAP"])
junk_commands = st.sampled_from([
    "TL LPR-99999999999999999999", "STATUS LPR-0", "lpr-1e9", "STATUS LPR--1", "TL LPR-1.5 ok", "SELESAI LPR-",
    "TERUSKAN LPR-1 " + "DLH " * 300, "GABUNG LPR-1 LPR-1", "GABUNG LPR-99999999999999999999 LPR-1",
    "INFO LPR-2147483648 ?", "TUNDA LPR-٣ kapan", "STATUS LPR-１", "status lpr 9" * 50, "#0", "#-1", "LPR-\x00",
    "TL\x00LPR-1", "KIRIM\u200b", "\u200b", "\u202eKIRIM", " \t\r\n ", "", "0", "-1", "1e309", "NaN", "99999999999999",
    "1" * 5000, "🙏" * 2000, "👍🏽", "ya" + "\u0301" * 200, "مرحبا", "שלום", "\x07\x1b[31m", "<Message>x</Message>",
    "]]><!--", "%s %d {0} {name}", "'; DROP TABLE complaints; --"])
bodies = st.one_of(flow_words, flow_words, junk_commands, unicode_text,
                   st.builds(lambda a, b: f"{a} {b}", st.one_of(flow_words, junk_commands), unicode_text),
                   st.text(max_size=2000))


@st.composite
def extras(draw) -> dict:
    """Media fields (often not agreeing with NumMedia), a location (often not a number), a reply's SID."""
    fields: dict = {}
    how = draw(st.sampled_from(["none", "none", "none", "media", "location", "both"]))
    if how in ("media", "both"):
        count = draw(st.integers(0, 11))
        fields["NumMedia"] = draw(st.one_of(st.just(str(count)), st.integers(-2, 12).map(str), numbers,
                                            st.sampled_from(["abc", "", " 1", "1.0", "0x1"])))
        for index in range(draw(st.one_of(st.just(count), st.integers(0, 11)))):
            if draw(st.integers(0, 5)):
                fields[f"MediaUrl{index}"] = draw(urls)
            if draw(st.integers(0, 5)):
                fields[f"MediaContentType{index}"] = draw(content_types)
    if how in ("location", "both"):
        fields["Latitude"] = draw(st.one_of(coordinates, st.sampled_from(["abc", "91", "NaN", "-90", "inf", ""])))
        fields["Longitude"] = draw(st.one_of(coordinates, st.sampled_from(["abc", "181", "NaN", PIN["Longitude"]])))
        if draw(st.booleans()):
            fields["Address"] = draw(unicode_text)
    if draw(st.integers(0, 9)) == 0:
        fields["OriginalRepliedMessageSid"] = draw(st.one_of(unicode_text, st.just("SM" + "0" * 32)))
    return fields


# Filing from wherever the person is: BATAL leaves any step, then the whole flow up to KIRIM.
WALK = ("BATAL", "1", "1", DESCRIPTION, "Jl. Raya Banyuanyar, Kec. Sampang", "LEWATI", "1", "KIRIM")


@st.composite
def steps(draw) -> list[tuple]:
    """A sequence of deliveries: ("new", form, twice at once?), ("again", index of an earlier new one), or
    ("later", hours passing, the scheduler's jobs and the outbox running)."""
    made: list[tuple] = []
    main = f"whatsapp:{draw(st.sampled_from(PEOPLE))}"  # most messages from one person, to walk a flow
    walked = draw(st.one_of(st.just(len(WALK)), st.integers(0, len(WALK))))
    for body in WALK[:walked]:  # all or part of the way through filing first, then the junk
        made.append(("new", {"MessageSid": "SM" + draw(st.uuids(version=4)).hex, "AccountSid": "AC" + "0" * 32,
                             "From": main, "To": "whatsapp:+14155238886", "Body": body, "ProfileName": "Warga"},
                     draw(st.integers(0, 5)) == 0))
    for _ in range(draw(st.integers(1, 8))):
        news = [i for i, step in enumerate(made) if step[0] == "new"]
        if news and draw(st.integers(0, 4)) == 0:
            made.append(("again", draw(st.sampled_from(news))))
            continue
        if draw(st.integers(0, 9)) == 0:
            made.append(("later", draw(st.sampled_from([1, 3, 26]))))
            continue
        form = {"MessageSid": "SM" + draw(st.uuids(version=4)).hex, "AccountSid": "AC" + "0" * 32,
                "From": draw(st.one_of(st.just(main), st.just(main), senders)), "To": "whatsapp:+14155238886",
                "Body": draw(bodies),
                "ProfileName": draw(st.one_of(st.just("Warga"), unicode_text)), **draw(extras())}
        for name in ("From", "Body", "MessageSid"):
            if draw(st.integers(0, 19)) == 0:  # rarely: a field Twilio always sends is missing
                form.pop(name)
        made.append(("new", form, draw(st.integers(0, 3)) == 0))
    return made


@pytest.fixture
def region(world):
    """LPR-1 forwarded to DLH, LPR-2 private and waiting, so that staff commands have something to act on."""
    people = make_people(world)
    one_forwarded_one_anonymous(people)
    return world


@pytest.mark.timeout(240)  # 40 examples: 12 s alone on SQLite, 32 s on PostgreSQL beside three test workers
@SEQUENCES
@given(sequence=steps())
def test_sequences_of_odd_messages_get_replies_change_nothing_twice_and_leave_whole_complaints(region, clock,
                                                                                              sequence):
    wa = WhatsApp(region)
    sent: dict[int, tuple[dict, int, list[str]]] = {}  # by the step's index
    for index, step in enumerate(sequence):
        if step[0] == "later":  # the jobs meet what was typed: none of them fails on it
            clock.advance(hours=step[1])
            results = run_all(services(region), clock())
            assert "error" not in results.values(), (results, sequence[:index])
            deliver(region)
            continue
        if step[0] == "again":  # Twilio delivers an earlier message again, after others
            form, status, messages = sent[step[1]]
            _repeated(region, wa, form, status, messages)
            continue
        _, form, twice = step
        reply = wa.post(form)
        assert reply.status == 200 or 400 <= reply.status < 500, (reply.status, form)
        if reply.status == 200:
            assert reply.messages, form  # never silence
            assert all(len(message) <= 1600 for message in reply.messages), form
        sent[index] = (form, reply.status, reply.messages)
        if twice:
            _repeated(region, wa, form, reply.status, reply.messages)
        _every_complaint_is_whole(region)
    with services(region).session_factory() as session:  # what the examples reach (--hypothesis-show-statistics)
        event(f"complaints: {session.scalar(select(func.count()).select_from(Complaint))}")
        for state in session.scalars(select(Conversation.state).distinct()):
            event(f"a conversation at {state}")


def _repeated(app, wa: WhatsApp, form: dict, status: int, messages: list[str]) -> None:
    """Deliver `form` again: the same status and replies as the first time, and nothing in the database changes."""
    before = _snapshot(app)
    again = wa.post(form)
    assert (again.status, again.messages) == (status, messages), form
    assert _snapshot(app) == before, form


def _snapshot(app) -> tuple:
    """What a delivery could change: complaints, conversations, contacts, and the counts of logged and sent rows."""
    with services(app).session_factory() as session:
        return tuple(session.execute(statement).all() for statement in SNAPSHOT)


def _every_complaint_is_whole(app) -> None:
    """Each complaint has what the staff and the citizen read: a number, a kind, a title, a story, a known privacy
    and status, its citizen, and its first timeline entry."""
    with services(app).session_factory() as session:
        with_entries = set(session.scalars(COMPLAINTS_WITH_ENTRIES))
        for complaint in session.execute(WHOLE):
            where = (complaint.number, complaint.kind, complaint.title, complaint.status, complaint.privacy)
            assert complaint.number and complaint.number > 0, where
            assert complaint.kind in KIND_NAMES, where
            assert complaint.title.strip() and complaint.description.strip(), where
            assert complaint.privacy in PRIVACY_NAMES and complaint.status in STATUS_NAMES, where
            assert complaint.citizen_id is not None, where
            assert complaint.id in with_entries, where


# The checks' statements, built once: they run after every message (two snapshots around each repeat), and were
# built there each time, with one count a complaint for the timeline (columns and one query now).
SNAPSHOT = (select(Complaint.id, Complaint.status, Complaint.updated_at, Complaint.privacy).order_by(Complaint.id),
            select(Conversation.id, Conversation.state, Conversation.data).order_by(Conversation.id),
            select(Contact.id, Contact.phone, Contact.name).order_by(Contact.id),
            select(*(select(func.count()).select_from(model).scalar_subquery()
                     for model in (InboundMessage, OutboxMessage, TimelineEntry))))
WHOLE = select(Complaint.id, Complaint.number, Complaint.kind, Complaint.title, Complaint.description,
               Complaint.privacy, Complaint.status, Complaint.citizen_id)
COMPLAINTS_WITH_ENTRIES = select(TimelineEntry.complaint_id).distinct()


@pytest.mark.parametrize("path", ["/twilio/whatsapp", "/twilio/status"])
def test_a_multipart_field_without_a_name_is_refused(wa, path):
    """Twilio posts url-encoded forms; a multipart one whose part's name holds a line break (read as no name)."""
    response = wa.client.post(path, data={"\n": "x", "Body": "halo"}, content_type="multipart/form-data",
                              headers={"X-Twilio-Signature": "x"})
    assert response.status_code == 403
