"""Days at random (hypothesis stateful): citizens file, answer, rate and change their minds; the verifier, the
officers, a head and the supervisor give every command on any complaint; time passes and the scheduler runs.
After every step every complaint obeys the lifecycle, every reply fits WhatsApp, and the anonymous citizen's
identity has reached nobody but the verifier."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, seed, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import func, select

from models import Complaint, Contact, Disposition, OutboxMessage, Question
from scheduler.jobs import run_all
from services import services
from tests.conftest import WhatsApp, _reset_schema, _tables
from tests.parties import (
    CITIZEN,
    CITIZEN_2,
    DLH_1,
    DLH_2,
    DLH_HEAD,
    PUPR_1,
    ROAD,
    SUPERVISOR,
    VERIFIER,
    WASTE,
    deliver,
    make_world,
)
from tests.sampling import examples

ANONYMOUS, ANONYMOUS_NAME = CITIZEN, "Wulan Anonimah"  # files only `anonim` complaints
# files only `anonim` complaints too, known to WhatsApp's business API by a BSUID and a username, no number
HIDDEN, HIDDEN_USERNAME = "ID.13491208655302741918", "wulan.rahasia"
NAMED, NAMED_NAME = CITIZEN_2, "Ahmad Terbuka"
NOT_VERIFIERS = (DLH_1, DLH_2, DLH_HEAD, PUPR_1, SUPERVISOR)
STAFF = (VERIFIER, *NOT_VERIFIERS)
VERIFIER_COMMANDS = ("TERUSKAN LPR-{n} {agencies}", "TERUSKAN LPR-{n} {agencies}",
                     "TUNDA LPR-{n} Mohon jelaskan lebih rinci", "ARSIPKAN LPR-{n} Bukan pengaduan",
                     "GABUNG LPR-{n} LPR-{m}", "ANTREAN", "TARIK LPR-{n} {agencies}")
OFFICER_COMMANDS = ("TL LPR-{n} Petugas sudah ke lokasi", "SELESAI LPR-{n} Sudah diperbaiki",
                    "SELESAI LPR-{n} Sudah diperbaiki", "INFO LPR-{n} Mohon kirim patokan lokasinya",
                    "KEMBALIKAN LPR-{n} Bukan kewenangan kami", "DAFTAR")
LEADER_COMMANDS = ("STATUS LPR-{n}", "DAFTAR", "DAFTAR DLH", "REKAP")
OFFICERS = (DLH_1, DLH_2, PUPR_1)
CITIZEN_WORDS = ("1", "2", "3", "4", "5", "KIRIM", "UBAH", "BATAL", "MENU", "STATUS", "LEWATI", "TIDAK PUAS",
                 "IKUTI", "ya", "Patokannya di depan pasar Srimangunan dekat pos ronda",
                 "Penanganannya lambat sekali dan belum tuntas", WASTE)
# Derandomized: the same 20 days on every run (they reach every command and every status, and change only with the
# code). LIFECYCLE_EXAMPLES=200 hunts instead: that many fresh random days (give pytest -p no:timeout).
HUNT = int(os.environ.get("LIFECYCLE_EXAMPLES", "0"))
MACHINE = settings(max_examples=HUNT or examples(20), stateful_step_count=40, deadline=None, derandomize=not HUNT,
                   database=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
# Complaints filed in one day at most. Filing is eight messages: uncapped, a day filed ten and they were 83% of its
# messages; five leave the steps to what is done to them (more commands a complaint, as many statuses reached).
FILINGS = 5


class Days(RuleBasedStateMachine):
    """The region through random steps; `app` and `clock` are set by the test."""

    app = clock = start = None

    @initialize()
    def a_fresh_region(self):
        svc = services(self.app)
        if svc.engine.dialect.name == "sqlite":  # emptied as PostgreSQL's (dropping and building the schema: 4x)
            with svc.engine.begin() as connection:
                for table in _tables()[::-1]:
                    connection.execute(table.delete())
        else:
            _reset_schema(svc.engine)
        self.clock.now = self.start
        make_world(self.app, svc)
        self.wa = WhatsApp(self.app)
        self.filings = 0

    def send(self, phone: str, body: str, name: str = "Warga") -> list[str]:
        fields = {"ProfileName": "", "Username": HIDDEN_USERNAME, "WaId": ""} if phone == HIDDEN else {}
        reply = self.wa.send(phone, body, **{"ProfileName": name, **fields})
        assert reply.status == 200 and reply.messages, (phone, body, reply)
        assert all(len(message) <= 1600 for message in reply.messages), (phone, body)
        return reply.messages

    @precondition(lambda self: self.filings < FILINGS)
    @rule(who=st.sampled_from(["anonymous", "hidden", "named"]), description=st.sampled_from([WASTE, ROAD]),
          privacy=st.sampled_from("12"))
    def file_a_complaint(self, who, description, privacy):
        phone, name = _person(who)
        anonymous = who != "named"
        self.filings += 1
        for body in ("MENU", "1", "1", description, "Pasar Srimangunan, Kec. Sampang", "LEWATI",
                     "3" if anonymous else privacy, "KIRIM"):
            self.send(phone, body, name)  # a citizen with a question open answers it instead: fine too

    @rule(who=st.sampled_from(["anonymous", "hidden", "named"]), body=st.sampled_from(CITIZEN_WORDS))
    def a_citizen_writes(self, who, body):
        phone, name = _person(who)
        self.send(phone, body, name)

    def staff_says(self, phone: str, command: str, data) -> None:
        """`command` about complaints that exist (an officer's mostly about their agency's), from `phone`; only the
        verifier may see who filed."""
        with services(self.app).session_factory() as session:
            filed = session.scalar(select(func.count()).select_from(Complaint))
            mine = session.scalars(select(Complaint.number).join(Disposition).join(
                Contact, Contact.agency_id == Disposition.agency_id).where(
                Contact.phone == phone, Disposition.status == "open")).all()
        numbers = st.integers(1, filed + 1)
        if mine:
            numbers = st.one_of(st.sampled_from(mine), st.sampled_from(mine), numbers)
        agencies = st.sampled_from(["DLH", "PUPR", "DLH, PUPR", "dinas kesehatan"])
        text = command.format(n=data.draw(numbers), m=data.draw(numbers), agencies=data.draw(agencies))
        replies = self.send(phone, text)
        if phone != VERIFIER:
            assert not _identity_in(replies), (text, replies)

    @rule(command=st.sampled_from(VERIFIER_COMMANDS), data=st.data())
    def the_verifier_acts(self, command, data):
        self.staff_says(VERIFIER, command, data)

    @rule(phone=st.sampled_from(OFFICERS), command=st.sampled_from(OFFICER_COMMANDS), data=st.data())
    def an_officer_acts(self, phone, command, data):
        self.staff_says(phone, command, data)

    @rule(phone=st.sampled_from((DLH_HEAD, SUPERVISOR)), command=st.sampled_from(LEADER_COMMANDS), data=st.data())
    def a_leader_looks(self, phone, command, data):
        self.staff_says(phone, command, data)

    @rule(phone=st.sampled_from(STAFF), command=st.sampled_from(VERIFIER_COMMANDS + OFFICER_COMMANDS + LEADER_COMMANDS),
          data=st.data())
    def anyone_tries_anything(self, phone, command, data):
        self.staff_says(phone, command, data)

    @rule()
    def the_outbox_runs(self):
        deliver(self.app)

    @rule(hours=st.sampled_from([2, 20, 50, 170]))
    def time_passes(self, hours):
        self.clock.advance(hours=hours)
        run_all(services(self.app), self.clock())

    @invariant()
    def every_complaint_obeys_the_lifecycle(self):
        with services(self.app).session_factory() as session:
            # Columns, not entities, in three statements built once (they were built at each of ~750 checks a run,
            # and each complaint and disposition loaded as an object: most of the check's time).
            waiting = session.execute(WAITING).all()
            statuses: dict[int, list[str]] = {}
            for complaint_id, status in session.execute(DISPOSITION_STATUSES):
                statuses.setdefault(complaint_id, []).append(status)
            for complaint_id, number, status in session.execute(COMPLAINTS):
                mine = [row for row in waiting if row.complaint_id == complaint_id]
                _check_lifecycle(f"LPR-{number}", status, statuses.get(complaint_id, []), [row.id for row in mine],
                                 [row.id for row in mine if row.lifted_at is None])

    @invariant()
    def the_anonymous_citizen_reached_no_agency(self):
        with services(self.app).session_factory() as session:
            assert not _identity_in(session.scalars(BODIES_TO_NOT_VERIFIERS))
            assert set(session.scalars(ANONYMOUS_PRIVACIES)) <= {"anonim"}


# The invariants' statements (checked after every step: built once, not at each check).
WAITING = (select(Question.complaint_id, Question.id, Question.lifted_at).where(Question.answered_at.is_(None))
           .order_by(Question.id))  # every unanswered question in one query (two a complaint were most statements)
DISPOSITION_STATUSES = select(Disposition.complaint_id, Disposition.status).order_by(Disposition.id)
COMPLAINTS = select(Complaint.id, Complaint.number, Complaint.status).order_by(Complaint.id)
BODIES_TO_NOT_VERIFIERS = select(OutboxMessage.body).where(OutboxMessage.recipient.in_(NOT_VERIFIERS))
ANONYMOUS_PRIVACIES = select(Complaint.privacy).where(Complaint.citizen_id.in_(
    select(Contact.id).where(Contact.reached_at(ANONYMOUS) | Contact.reached_at(HIDDEN))))


# The 20 days are those this seed draws: the digest of the machine's source when they were chosen (hypothesis seeds a
# derandomized state machine with its class's source, so any edit of the class drew 20 other days: the invariants'
# rewrite drew days of 891 messages instead of 716). Pinned, the days change when this number does.
DAYS_SEED = int("138803238826489875533824965299070775013301276401634471329781"
                "74497111383160724064399823055941720234619460850093541815")
if not HUNT:
    seed(DAYS_SEED)(Days)  # sets the class's seed in place


@pytest.mark.timeout(240)  # 20 examples of 40 steps: ~10 s alone, several times that beside another test worker
def test_random_days_keep_every_complaint_consistent_and_the_anonymous_citizen_hidden(make_app, clock):
    Days.app, Days.clock, Days.start = make_app(), clock, clock.now
    run_state_machine_as_test(Days, settings=MACHINE)


def _check_lifecycle(reference: str, status: str, statuses: list[str], unanswered: list[int],
                     holding: list[int]) -> None:
    """What each status promises about dispositions and questions. A question may outlive its hold (someone went on
    without the answer: it is lifted, and the citizen's answer still reaches the asker) until the complaint is
    archived; a complaint is tertunda exactly while a question holds it."""
    where = (reference, status, statuses, unanswered, holding)
    assert bool(holding) == (status == "tertunda"), where
    if status == "selesai":
        assert "open" not in statuses and "final" in statuses, where
    elif status in ("belum_ditindaklanjuti", "proses"):
        assert "open" in statuses, where
    elif status == "belum_terverifikasi":
        assert "open" not in statuses, where
    elif status == "diarsipkan":  # nobody is asked or chased about it any more
        assert "open" not in statuses and not unanswered, where


def _person(who: str) -> tuple[str, str]:
    return {"anonymous": (ANONYMOUS, ANONYMOUS_NAME), "hidden": (HIDDEN, ""), "named": (NAMED, NAMED_NAME)}[who]


def _identity_in(texts) -> bool:
    text = "\n".join(texts)
    return any(secret in text for secret in (ANONYMOUS_NAME, ANONYMOUS.removeprefix("+62"), HIDDEN.removeprefix("ID."),
                                             HIDDEN_USERNAME))
