"""A head's stand-in (Plh): named by the head beside their own leave ("CUTI SAYA sampai jumat, eko yg handle") or
by the officer who stands in ("kadis lagi cuti, sy yg handle ya pak"); while the head is on leave the stand-in
gets what goes to the agency's heads (the morning digest) and may send the head's commands."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from models import Contact
from models.vocab import Purpose
from scheduler.jobs import run_all
from services import services
from tests.parties import DLH_1, DLH_2, DLH_HEAD, Party, filed_and_forwarded, make_people

JAKARTA = ZoneInfo("Asia/Jakarta")


@pytest.fixture
def people(world, clock):
    clock.now = datetime(2026, 12, 7, 9, 0, tzinfo=JAKARTA)  # Monday
    return make_people(world)


def stand_in_of_head(world) -> str | None:
    with services(world).session_factory() as session:
        head = session.scalars(select(Contact).where(Contact.phone == DLH_HEAD)).one()
        return head.stand_in.phone if head.stand_in else None


def digests(person) -> list[str]:
    return [m.body for m in person.inbox() if m.purpose == Purpose.DIGEST]


@pytest.mark.parametrize("typed", [
    "kadis lagi cuti, sy yg handle ya pak",
    "Mohon izin Bapak, selama pak kadis DL sementara saya yang pegang",
    "pimpinan sdg umroh, plh nya saya pak",
    "Kepala dinas izin sakit, sy gantikan dulu nggih",
    "sy plh kadis slm beliau diklat",
    "bapak kadis nembe cuti, kulo ingkang ngasta rumiyin",
    "Pak Kadis sakit, utk sementara sy yg urus disposisi DLH",
])
def test_an_officer_saying_they_stand_in_for_the_head_is_recorded_and_the_head_told(people, world, typed):
    people["head"].says("CUTI SAYA sampai jumat")
    reply = people["dlh1"].says(typed)
    assert "tercatat sebagai pengganti (Plh)" in reply and "aktif lagi Senin, 14 Des 2026" in reply, reply
    assert stand_in_of_head(world) == DLH_1
    assert "mencatat diri sebagai pengganti (Plh) Anda" in people["head"].last().body


@pytest.mark.parametrize("typed", ["kadis lagi cuti pak", "sy cuti besok, kadis sdh tau", "sy yg handle lpr 1 ya"])
def test_the_head_away_or_handling_alone_names_no_stand_in(people, world, typed):
    people["head"].says("CUTI SAYA sampai jumat")
    assert "pengganti (Plh)" not in people["dlh1"].says(typed)
    assert stand_in_of_head(world) is None


def test_named_before_the_heads_leave_is_recorded_and_says_the_leave_is_not(people, world):
    reply = people["dlh1"].says("kadis besok dinas luar, sy yg handle ya pak")
    assert "berlaku selama" in reply and "CUTI SAYA <tanggal terakhir>" in reply
    assert stand_in_of_head(world) == DLH_1


@pytest.mark.parametrize("typed", ["CUTI SAYA sampai jumat, eko yg handle", "cuti sy s/d jumat, plh eko",
                                   "CUTI SAYA 11/12/2026 sementara dipegang eko",
                                   # who to turn to meanwhile, said casually (staff16)
                                   "pak sy cuti smp jumat, kalo ada apa2 ke pak eko dulu ya",
                                   "sy cuti sampai jumat, klo ada perlu hubungi eko aja",
                                   "sy dinas luar smp jumat, sementara hubungi eko"])
def test_a_head_names_the_stand_in_beside_their_own_leave(people, world, typed):
    reply = people["head"].says(typed)
    assert "Eko" in reply and "tercatat sebagai pengganti (Plh)" in reply, reply
    assert stand_in_of_head(world) == DLH_2
    assert "digantikan Eko" in people["dlh1"].says("daftar petugas")  # the roster says who stands in


def test_the_stand_in_gets_the_heads_digest_and_may_send_the_heads_commands_while_the_head_is_away(
        people, world, clock):
    filed_and_forwarded(people, photo=False)
    assert "hanya untuk kepala" in people["dlh2"].says("REKAP")
    people["head"].says("CUTI SAYA sampai jumat, eko yg handle")
    assert "Rekap harian DLH" in people["dlh2"].says("REKAP")
    assert "dialihkan" in people["dlh2"].says("ALIHKAN LPR-1 dewi").lower()
    clock.now = datetime(2026, 12, 8, 8, 30, tzinfo=JAKARTA)
    run_all(services(world), clock.now)
    assert digests(people["dlh2"]) and not digests(people["head"])
    people["head"].says("CUTI SAYA SELESAI")  # back: the stand-in acts no more
    assert "hanya untuk kepala" in people["dlh2"].says("REKAP")
    assert stand_in_of_head(world) is None


def test_heads_at_work_are_the_stand_in_only_while_the_head_is_away_and_the_stand_in_at_work(people, world, clock):
    from lapor.directory import present_staff

    def heads(when) -> list[str]:
        with services(world).session_factory() as session:
            agency = session.scalars(select(Contact).where(Contact.phone == DLH_HEAD)).one().agency_id
            return [p.phone for p in present_staff(session, agency, when, roles=("head",))]

    people["head"].says("CUTI SAYA sampai jumat, eko yg handle")
    assert heads(clock.now) == [DLH_2]
    assert heads(datetime(2026, 12, 14, 9, 0, tzinfo=JAKARTA)) == [DLH_HEAD]  # back on Monday
    people["head"].says("CUTI eko 9/12/2026")  # the stand-in away too: nobody acts as head meanwhile
    assert heads(clock.now) == []


def reminders(person) -> list[str]:
    return [m.body for m in person.inbox() if m.purpose == Purpose.REMINDER]


@pytest.mark.parametrize("leave,reads", [("CUTI SAYA sampai jumat", "supervisor"),  # nobody named: those above
                                         ("CUTI SAYA sampai jumat, eko yg handle", "dlh2")])  # the stand-in
def test_the_second_reminder_meant_for_a_head_on_leave_reaches_the_stand_in_or_else_the_supervisors(
        people, world, clock, leave, reads):
    filed_and_forwarded(people, photo=False)
    people["head"].says(leave)
    clock.now = datetime(2026, 12, 9, 9, 30, tzinfo=JAKARTA)  # Wednesday: two working days without a follow-up
    run_all(services(world), clock.now)
    assert not reminders(people["head"])
    told = [body for body in reminders(people[reads]) if "LPR-1" in body]
    assert told, reminders(people[reads])
    if reads == "supervisor":
        assert "Kepala Dinas Lingkungan Hidup sedang cuti tanpa Plh" in told[0] and "Petugas: " in told[0], told[0]
        assert "Balas: TL" not in told[0]  # not theirs to answer
    else:
        assert not [body for body in reminders(people["supervisor"]) if "LPR-1" in body]


@pytest.mark.parametrize("first,second,said", [
    ("CUTI SAYA sampai jumat", "sy diklat sampai jumat", ["Yusuf (cuti)", "Wati (diklat)"]),
    ("izin pak, sy DL sampai jumat", "mhn izin sy sakit sampai jumat", ["Yusuf (dinas luar)", "Wati (sakit)"]),
    # near miss: the same kind for both is said once, as for one head
    ("sy diklat sampai jumat", "saya diklat sampai jumat", ["selama diklat"]),
])
def test_several_heads_away_are_each_said_with_their_own_kind_of_absence(people, world, first, second, said):
    with services(world).session_factory.begin() as session:
        dlh = session.scalars(select(Contact).where(Contact.phone == DLH_HEAD)).one().agency
        session.add(Contact(phone="+6281100000023", role="head", name="Wati", agency=dlh))
    wati = Party(world, "+6281100000023", "Wati")
    people["head"].says(first)
    wati.says(second)
    reply = people["dlh1"].says("kadis lagi cuti, sy yg handle ya pak")
    assert "tercatat sebagai pengganti (Plh)" in reply and all(s in reply for s in said), reply
    assert "selama cuti" not in reply, reply


def test_an_officer_naming_who_to_turn_to_beside_their_leave_is_on_leave_themselves(people, world):
    """"kalo ada apa2 ke eko" beside an officer's own leave names no one on leave but the officer."""
    reply = people["dlh1"].says("sy cuti sampai jumat, kalo ada apa2 ke mas eko ya")
    assert "Dewi dicatat cuti sampai" in reply and "Eko dicatat" not in reply, reply
