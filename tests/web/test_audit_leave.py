"""Leave recorded, ended or called off (CUTI and its everyday wordings, on WhatsApp) is in the audit log as the other
staff actions are: who typed it, whose leave, its kind, first day and return, from the address `whatsapp`. It was in
no log at all: a head who put an officer on leave (no notices, no reminders to them meanwhile) left no trace."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from models import AuditEntry
from tests.parties import DLH_1, DLH_HEAD, SUPERVISOR, VERIFIER, make_people
from tests.web.conftest import VERIFIER as WEB_VERIFIER

JAKARTA = ZoneInfo("Asia/Jakarta")


@pytest.fixture
def people(world, clock):
    clock.now = datetime(2026, 12, 7, 9, 0, tzinfo=JAKARTA)  # Monday
    return make_people(world)


def logged(svc) -> list[tuple]:
    """The leave entries: (action, actor's number, address, detail), oldest first."""
    with svc.session_factory() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.action.like("cuti%")).order_by(AuditEntry.id))
        return [(row.action, row.actor.phone if row.actor else None, row.address, row.detail) for row in rows]


@pytest.mark.parametrize("who, typed, detail", [
    ("dlh1", "cuti sampai jumat", {"staff": "Dewi", "away": "cuti", "back": "14/12/2026"}),
    ("dlh1", "CUTI SAMPAI JUMAT", {"staff": "Dewi", "away": "cuti", "back": "14/12/2026"}),
    ("dlh1", "izin besok s/d jumat ya pak", {"staff": "Dewi", "away": "izin", "from": "08/12/2026",
                                             "back": "14/12/2026"}),
    ("dlh1", "sy sakit hari ini", {"staff": "Dewi", "away": "sakit", "back": "08/12/2026"}),
    ("head", "cuti dewi mulai senin depan s/d rabu", {"staff": "Dewi", "away": "cuti", "from": "14/12/2026",
                                                      "back": "17/12/2026"}),
    ("head", "kadis cuti sampai jumat", {"staff": "Yusuf", "away": "cuti", "back": "14/12/2026"}),
    ("verifier", "cuti smp jumat", {"staff": "Rina", "away": "cuti", "back": "14/12/2026"}),
])
def test_leave_recorded_on_whatsapp_is_in_the_log(people, svc, who, typed, detail):
    reply = people[who].says(typed)
    assert "dicatat" in reply, reply
    assert logged(svc) == [("cuti", people[who].phone, "whatsapp", detail)]


@pytest.mark.parametrize("first, then, detail", [
    ("cuti mulai senin depan sampai jumat", "tidak jadi cuti", {"staff": "Dewi", "from": "14/12/2026",
                                                                "ended": "dibatalkan"}),
    ("cuti mulai senin depan sampai jumat", "CUTI SAYA BATAL", {"staff": "Dewi", "from": "14/12/2026",
                                                                "ended": "dibatalkan"}),
    ("cuti sampai jumat", "sy sudah masuk kembali pak", {"staff": "Dewi", "back": "07/12/2026",
                                                         "ended": "diakhiri"}),
    ("cuti sampai jumat", "CUTI SELESAI", {"staff": "Dewi", "back": "07/12/2026", "ended": "diakhiri"}),
])
def test_leave_ended_or_called_off_is_in_the_log(people, svc, first, then, detail):
    people["dlh1"].says(first)
    people["dlh1"].says(then)
    assert [entry[0] for entry in logged(svc)] == ["cuti", "cuti_selesai"]
    assert logged(svc)[1] == ("cuti_selesai", DLH_1, "whatsapp", detail)


def test_a_head_ending_an_officers_leave_is_named_as_the_one_who_did_it(people, svc):
    people["head"].says("cuti dewi sampai jumat")
    people["head"].says("cuti dewi selesai")
    assert [(action, actor, detail["staff"]) for action, actor, _, detail in logged(svc)] == [
        ("cuti", DLH_HEAD, "Dewi"), ("cuti_selesai", DLH_HEAD, "Dewi")]


@pytest.mark.parametrize("who, typed", [
    ("dlh1", "cuti saya sampai kapan?"),  # asked, nothing recorded
    ("dlh1", "tidak jadi cuti"),  # no leave to call off
    ("dlh1", "sudah masuk pak"),  # at work already
    ("dlh1", "cuti eko sampai jumat"),  # an officer records only their own leave
    ("dlh1", "cuti mulai tgl 14"),  # no last day: asked for it
    ("supervisor", "cuti rina sampai jumat"),  # a verifier's or supervisor's leave is their own
])
def test_nothing_recorded_nothing_logged(people, svc, who, typed):
    people[who].says(typed)
    assert logged(svc) == []


def test_the_log_names_leave_in_words_and_filters_it(people, svc, login_as):
    people["head"].says("cuti dewi mulai senin depan s/d rabu")
    people["head"].says("cuti dewi batal")
    for phone in (WEB_VERIFIER, SUPERVISOR):
        page = login_as(phone).get("/audit?tindakan=cuti").get_data(as_text=True)
        assert "Catat cuti petugas (CUTI)" in page and "Yusuf" in page and "WhatsApp" in page
        assert "Petugas yang cuti: Dewi; Jenis: cuti; Mulai: 14/12/2026; Aktif lagi: 17/12/2026" in page, page
        assert "Akhiri atau batalkan cuti" not in page.split("</select>")[1], "the filter holds recorded leave only"
        ended = login_as(phone).get("/audit?tindakan=cuti_selesai").get_data(as_text=True)
        assert "Petugas yang cuti: Dewi; Mulai: 14/12/2026; Cuti: dibatalkan" in ended, ended
    assert VERIFIER == WEB_VERIFIER


# A head's stand-in (Plh), named by the head beside their own leave or by the officer who stands in: the stand-in
# then gets the head's digest and may send the head's commands (ALIHKAN), and it was in no log.

def stand_ins_logged(svc) -> list[tuple]:
    """The stand-in entries: (actor's number, address, detail), oldest first."""
    with svc.session_factory() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.action == "pengganti").order_by(AuditEntry.id))
        return [(row.actor.phone if row.actor else None, row.address, row.detail) for row in rows]


@pytest.mark.parametrize("typed", ["CUTI SAYA sampai jumat, eko yg handle", "cuti sy s/d jumat, plh eko",
                                   "pak sy cuti smp jumat, kalo ada apa2 ke pak eko dulu ya",
                                   "sy dinas luar smp jumat, sementara hubungi eko"])
def test_a_head_naming_a_stand_in_is_in_the_log(people, svc, typed):
    assert "tercatat sebagai pengganti (Plh)" in people["head"].says(typed)
    assert stand_ins_logged(svc) == [(DLH_HEAD, "whatsapp", {"agency": "DLH", "head": "Yusuf", "stand_in": "Eko",
                                                              "back": "14/12/2026"})]


@pytest.mark.parametrize("typed", ["kadis lagi cuti, sy yg handle ya pak", "pimpinan sdg umroh, plh nya saya pak",
                                   "sy plh kadis slm beliau diklat"])
def test_an_officer_standing_in_for_the_head_is_in_the_log(people, svc, typed):
    people["head"].says("CUTI SAYA sampai jumat")
    assert "tercatat sebagai pengganti (Plh)" in people["dlh1"].says(typed)
    assert stand_ins_logged(svc) == [(DLH_1, "whatsapp", {"agency": "DLH", "head": "Yusuf", "stand_in": "Dewi",
                                                           "back": "14/12/2026"})]
    people["dlh1"].says(typed)  # said again: recorded already, logged once
    assert len(stand_ins_logged(svc)) == 1


def test_a_stand_in_named_before_the_heads_leave_is_logged_without_a_return_day(people, svc):
    people["dlh1"].says("kadis besok dinas luar, sy yg handle ya pak")
    assert stand_ins_logged(svc) == [(DLH_1, "whatsapp", {"agency": "DLH", "head": "Yusuf", "stand_in": "Dewi"})]


@pytest.mark.parametrize("who, typed", [
    ("head", "CUTI SAYA sampai jumat"),  # nobody named
    ("head", "CUTI SAYA sampai jumat, joko yg handle"),  # nobody of that name: asked again
    ("dlh1", "kadis lagi cuti pak"),  # the head away, nobody standing in
    ("dlh1", "sy yg handle lpr 1 ya"),  # handling a complaint, not standing in
    ("dlh1", "sy cuti sampai jumat, kalo ada apa2 ke mas eko ya"),  # an officer's own leave: nobody's Plh
])
def test_no_stand_in_recorded_none_logged(people, svc, who, typed):
    people[who].says(typed)
    assert stand_ins_logged(svc) == []


def test_the_log_names_a_stand_in_in_words_and_filters_it(people, svc, login_as):
    people["head"].says("CUTI SAYA sampai jumat, eko yg handle")
    for phone in (WEB_VERIFIER, SUPERVISOR):
        page = login_as(phone).get("/audit?tindakan=pengganti").get_data(as_text=True)
        assert "Catat pengganti kepala (Plh)" in page and "WhatsApp" in page
        assert ("Instansi: DLH; Kepala yang digantikan: Yusuf; Pengganti (Plh): Eko; Aktif lagi: 14/12/2026"
                in page), page
        assert "Catat cuti petugas" not in page.split("</select>")[1], "the filter holds stand-ins only"
        assert 'value="pengganti"' in page, "offered in the action's box"
