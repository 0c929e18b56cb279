"""Who sees which complaint and which identity: the rules of `lapor.access`, called directly, and the same rules
as a list filter."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lapor import access
from models import Agency, Complaint, Contact, Disposition
from tests.parties import CITIZEN, DLH_1, DLH_HEAD, PUPR_1, SUPERVISOR, VERIFIER


@pytest.fixture
def cases(world, svc, clock):
    """Three complaints by one citizen: biasa to DLH, anonim to DLH, rahasia to PUPR; and one not dispositioned."""
    with svc.session_factory.begin() as session:
        citizen = Contact(phone=CITIZEN, profile_name="Siti")
        dlh, pupr = (session.scalars(select(Agency).where(Agency.code == code)).one() for code in ("DLH", "PUPR"))
        made = ((1, "biasa", dlh), (2, "anonim", dlh), (3, "rahasia", pupr), (4, "anonim", None))
        for number, privacy, agency in made:
            complaint = Complaint(number=number, citizen=citizen, kind="pengaduan", title=f"Aduan {number}",
                                  description="Sampah menumpuk", privacy=privacy, status="belum_terverifikasi",
                                  reporter_name="Siti Rahma", created_at=clock.now, updated_at=clock.now)
            if agency is not None:
                complaint.status = "belum_ditindaklanjuti"
                complaint.dispositions.append(Disposition(agency=agency, created_at=clock.now))
            session.add(complaint)
    return svc


def staff(session, phone):
    return session.scalars(select(Contact).where(Contact.phone == phone)).one()


def visible_numbers(session, reader) -> list[int]:
    query = select(Complaint.number).where(access.visible_complaints(reader, session)).order_by(Complaint.number)
    return list(session.scalars(query))


# reader -> complaint numbers they may open
SEES = {VERIFIER: [1, 2, 3, 4], SUPERVISOR: [1, 2, 3, 4], DLH_1: [1, 2], DLH_HEAD: [1, 2], PUPR_1: [3],
        CITIZEN: []}


@pytest.mark.parametrize("phone", list(SEES))
def test_each_role_sees_its_complaints_and_the_list_filter_agrees(cases, phone):
    with cases.session_factory() as session:
        reader = staff(session, phone)
        opened = [c.number for c in session.scalars(select(Complaint).order_by(Complaint.number))
                  if access.may_see_complaint(reader, c)]
        assert opened == SEES[phone]
        assert visible_numbers(session, reader) == SEES[phone]


def test_an_officer_without_an_agency_sees_nothing(cases):
    with cases.session_factory() as session:
        lost = Contact(phone="+6281100000099", role="officer", name="Tanpa instansi")
        session.add(lost)
        session.flush()
        assert visible_numbers(session, lost) == []
        assert not any(access.may_see_complaint(lost, c) for c in session.scalars(select(Complaint)))


# (reader, complaint number) -> (name shown, number shown, withheld)
IDENTITY = [
    (VERIFIER, 1, ("Siti Rahma", CITIZEN, False)),
    (VERIFIER, 2, ("Siti Rahma", CITIZEN, False)),   # the verifier sees an anonim reporter
    (VERIFIER, 3, ("Siti Rahma", CITIZEN, False)),
    (SUPERVISOR, 1, ("Siti Rahma", None, False)),     # a name, never a number
    (SUPERVISOR, 2, (None, None, True)),              # never an anonim reporter
    (SUPERVISOR, 3, ("Siti Rahma", None, False)),
    (DLH_1, 1, ("Siti Rahma", None, False)),
    (DLH_1, 2, (None, None, True)),
    (DLH_HEAD, 2, (None, None, True)),
    (DLH_1, 3, (None, None, True)),                   # not their agency's complaint: nothing at all
    (PUPR_1, 3, ("Siti Rahma", None, False)),
    (CITIZEN, 1, (None, None, True)),
]


@pytest.mark.parametrize("phone, number, expected", IDENTITY)
def test_the_reporter_as_each_reader_may_see_them(cases, phone, number, expected):
    with cases.session_factory() as session:
        reader = staff(session, phone)
        complaint = session.scalars(select(Complaint).where(Complaint.number == number)).one()
        seen = access.reporter_seen_by(reader, complaint)
        assert (seen.name, seen.address, seen.withheld) == expected
        assert access.may_see_identity(reader, complaint) is not expected[2]


def test_acting_needs_the_role_and_the_complaint(cases):
    with cases.session_factory() as session:
        first, third = (session.scalars(select(Complaint).where(Complaint.number == n)).one() for n in (1, 3))
        officer, verifier, supervisor = staff(session, DLH_1), staff(session, VERIFIER), staff(session, SUPERVISOR)
        assert access.may_act(officer, first, access.AGENCY_ROLES)
        assert not access.may_act(officer, third, access.AGENCY_ROLES)       # another agency's complaint
        assert not access.may_act(officer, first, access.VERIFIER_ROLES)     # not an officer's action
        assert access.may_act(verifier, third, access.VERIFIER_ROLES)
        assert not access.may_act(supervisor, third, access.VERIFIER_ROLES)  # supervisors look, they do not act


@pytest.mark.parametrize("change, allowed", [({}, True), ({"active": False}, False), ({"role": None}, False),
                                             ({"role": "citizen"}, False)])
def test_who_may_use_the_dashboard(world, svc, change, allowed):
    with svc.session_factory() as session:
        person = staff(session, DLH_1)
        for name, value in change.items():
            setattr(person, name, value)
        assert access.may_use_dashboard(person) is allowed
    assert access.may_use_dashboard(None) is False
