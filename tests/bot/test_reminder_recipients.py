"""Who reads a rung meant for a disposition's officers (`bot.reminders.recipients`) is who reads its notices
(`lapor.directory.readers_for`): one rule, the accused left out once (`lapor.directory.not_accused`), and the same
fallback to the verifiers when nobody at the agency can read it: those at work, or all of them when every verifier is
on leave, so that a reminder is never read by nobody (staff20)."""

from __future__ import annotations

from datetime import timedelta

import pytest

import bot.notices  # noqa: F401 - registers the conduct readers (lapor.access.named_in)
from bot.reminders import recipients
from lapor.directory import mark_away, readers_for
from tests import page_factories as make

CONDUCT = "Petugas DLH bernama Dewi dan Eko minta uang rokok setiap kali truk sampah datang ke pasar"


@pytest.fixture
def agency_world(svc, clock):
    """DLH (officers Dewi and Eko, head Yusuf), two verifiers, a supervisor; makes a complaint forwarded to DLH."""
    def made(session, description=None):
        dlh = make.agency(session, "DLH")
        people = {name: make.staff(session, role, dlh if role in ("officer", "head") else None, name)
                  for name, role in [("Dewi", "officer"), ("Eko", "officer"), ("Yusuf", "head"),
                                     ("Rina", "verifier"), ("Tono", "verifier"), ("Sekda", "supervisor")]}
        kwargs = {"description": description} if description else {}
        complaint = make.complaint(session, clock.now, region=svc.region, **kwargs)
        [disposition] = make.assign(session, complaint, [dlh], people["Rina"], clock.now, svc.region)
        return people, disposition
    return made


def _away(session, people, names, clock):
    for name in names:
        mark_away(session, people[name], clock.now + timedelta(days=7), clock.now)


def _names(people) -> list[str]:
    return sorted(person.name for person in people)


@pytest.mark.parametrize("description, away, expected", [
    (None, [], ["Dewi", "Eko"]),
    (None, ["Dewi", "Eko"], ["Yusuf"]),  # no officer at work: the head
    (None, ["Dewi", "Eko", "Yusuf"], ["Rina", "Tono"]),  # nobody at the agency: the verifiers at work
    (None, ["Dewi", "Eko", "Yusuf", "Rina"], ["Tono"]),
    (None, ["Dewi", "Eko", "Yusuf", "Rina", "Tono"], ["Rina", "Tono"]),  # every verifier away: all of them
    (CONDUCT, [], ["Yusuf"]),  # the officers accused: the head
    (CONDUCT, ["Yusuf"], ["Rina", "Tono"]),  # only the accused at work: the verifiers
    (CONDUCT, ["Yusuf", "Rina", "Tono"], ["Rina", "Tono"]),
])
def test_the_officers_rung_reaches_whoever_reads_the_dispositions_notices(agency_world, svc, clock, description,
                                                                         away, expected):
    with svc.session_factory.begin() as session:
        people, disposition = agency_world(session, description)
        _away(session, people, away, clock)
        now = clock.now + timedelta(hours=1)
        assert _names(readers_for(session, disposition, now)) == expected
        assert _names(recipients(session, ("officers",), disposition, now)) == expected


@pytest.mark.parametrize("description", [
    "Petugas DLH bernama Dewi dan kepala dinas pak Yusuf minta uang rokok setiap truk datang",
    "Petugas DLH minta pungli, kadisnya pak yusuf juga ikut",
    "oknum pegawai DLH pak Yusuf minta uang rokok ke pedagang",
])
def test_the_heads_rung_passes_an_accused_head_to_the_supervisors(agency_world, svc, clock, description):
    with svc.session_factory.begin() as session:
        people, disposition = agency_world(session, description)
        now = clock.now + timedelta(hours=1)
        officers = ["Eko"] if "Dewi" in description else ["Dewi", "Eko"]
        assert _names(recipients(session, ("officers", "heads"), disposition, now)) == sorted(officers + ["Sekda"])
        assert _names(recipients(session, ("heads",), disposition, now)) == ["Sekda"]
        assert _names(recipients(session, ("heads", "supervisors"), disposition, now)) == ["Sekda"]


def test_the_heads_rung_reaches_the_head_the_complaint_does_not_name(agency_world, svc, clock):
    with svc.session_factory.begin() as session:
        people, disposition = agency_world(session, "kepala pasar pak Joko diam saja, sampah menumpuk sebulan")
        assert _names(recipients(session, ("heads",), disposition, clock.now + timedelta(hours=1))) == ["Yusuf"]
