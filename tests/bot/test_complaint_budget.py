"""One number's budget of new complaints (lapor.budget): past it the citizen is answered politely and nothing is
filed, the story is kept for the verifiers (told once), a verifier lifts the limit with BUKA BATAS, and the verifiers
hear of one number's complaints filed close together in one notice (bot.notices)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import func, select

from lapor import budget
from lapor.complaints import Draft
from lapor.timeline import timeline
from models import AuditEntry, Complaint, Contact, Conversation, Event, InboundMessage, TimelineEntry
from models.vocab import Purpose
from scheduler.jobs import announce_complaints
from tests import factories
from tests.conftest import reading
from tests.parties import CITIZEN, CITIZEN_2, DLH_1, PHOTO, ROAD, VERIFIER, WASTE, deliver

FIRE = "Tolong ada kebakaran di pasar Srimangunan sekarang, apinya masih besar"


def filed(world, phone: str, *minutes_ago: int) -> None:
    """Complaints filed from `phone` that many minutes before now, as the chat files them."""
    svc = world.extensions["penghubung"]
    with svc.session_factory.begin() as session:
        citizen = session.scalars(select(Contact).where(Contact.phone == phone)).one_or_none()
        if citizen is None:
            citizen = Contact(phone=phone, profile_name="Siti Rahma")
            session.add(citizen)
            session.flush()
        for minutes in sorted(minutes_ago, reverse=True):
            factories.complaint(session, svc.clock() - timedelta(minutes=minutes), svc.region, citizen,
                                description=f"{ROAD} ({minutes})")


def at_summary(world, phone: str, description: str = WASTE, **fields) -> None:
    """The citizen's draft complete, its summary shown: the next KIRIM files it."""
    svc = world.extensions["penghubung"]
    draft = Draft(kind="pengaduan", description=description, location_text="Pasar Srimangunan, Sampang",
                  photo_step_done=True, privacy="biasa", **fields)
    with svc.session_factory.begin() as session:
        citizen = session.scalars(select(Contact).where(Contact.phone == phone)).one()
        session.add(Conversation(contact=citizen, state="confirm", data={"draft": draft.as_data(), "prompts": []},
                                 updated_at=svc.clock()))


def numbers(world) -> list[int]:
    with reading(world) as session:
        return list(session.scalars(select(Complaint.number).order_by(Complaint.number)))


def notes(world) -> list[TimelineEntry]:
    with reading(world) as session:
        return list(session.scalars(select(TimelineEntry).where(TimelineEntry.event == Event.OVER_LIMIT)))


def over_limit_notices(person) -> list[str]:
    return [m.body for m in person.inbox() if m.body.startswith("Batas laporan tercapai")]


@pytest.mark.parametrize("minutes_ago, window, again", [
    ((50, 40, 30, 20, 10), "5 laporan dalam 1 jam", "hari ini pukul 10.11"),  # the oldest of the hour leaves at 10:10
    ((59, 1, 1, 1, 1), "5 laporan dalam 1 jam", "hari ini pukul 10.02"),
    ((1200, 1080, 960, 840, 720, 600, 480, 360, 240, 120), "10 laporan dalam 24 jam", "hari ini pukul 14.01"),
    ((590, 540, 480, 420, 360, 300, 240, 180, 120, 61), "10 laporan dalam 24 jam", "besok pukul 00.11"),
])
def test_past_the_budget_nothing_is_filed_and_the_citizen_is_told_when_to_file_again(people, world, minutes_ago,
                                                                                     window, again):
    filed(world, CITIZEN, *minutes_ago)
    at_summary(world, CITIZEN)
    reply = people["citizen"].says("KIRIM")
    assert "belum bisa kami catat sebagai laporan baru" in reply and window in reply
    assert "Laporan Anda sebelumnya tetap aman" in reply and "STATUS" in reply
    assert f"mulai {again}" in reply and "telepon 112" in reply
    assert len(numbers(world)) == len(minutes_ago) and people["citizen"].state() == "idle"
    with reading(world) as session:  # the message is logged as every message is
        assert session.scalar(select(func.count()).select_from(InboundMessage)
                              .where(InboundMessage.body == "KIRIM")) == 1


@pytest.mark.parametrize("minutes_ago", [
    (50, 40, 30, 20),                              # four in the hour: the fifth is filed
    (61, 40, 30, 20, 10),                          # the oldest left the hour a minute ago
    (1300, 1080, 960, 840, 720, 600, 480, 360, 240),  # nine in the day
    (1500, 1440, 1080, 960, 840, 720, 600, 480, 360, 240),  # ten, but the oldest two are older than a day
])
def test_within_the_budget_the_complaint_is_filed_as_ever(people, world, minutes_ago):
    filed(world, CITIZEN, *minutes_ago)
    at_summary(world, CITIZEN)
    reply = people["citizen"].says("KIRIM")
    assert f"tercatat dengan nomor LPR-{len(minutes_ago) + 1}" in reply and "112" not in reply


def test_the_story_past_the_budget_is_a_note_for_the_verifiers_who_are_told_once(people, world):
    filed(world, CITIZEN, 50, 40, 30, 20, 10)
    at_summary(world, CITIZEN, description="Lampu jalan di gang Melati mati sudah seminggu, gelap sekali")
    reply = people["citizen"].says("KIRIM")
    assert "catatan pada LPR-5" in reply
    [note] = notes(world)
    assert note.complaint_id == 5 and not note.public and "Lampu jalan di gang Melati" in note.text
    [notice] = over_limit_notices(people["verifier"])
    assert "5 laporan dalam 1 jam" in notice and "Lampu jalan di gang Melati" in notice
    assert "BUKA BATAS 0812-3456-7890" in notice
    at_summary_again(world, CITIZEN, "Saluran air di perumahan Griya Asri mampet, meluap ke jalan")
    assert "catatan pada LPR-5" in people["citizen"].says("kirim")
    assert len(notes(world)) == 2 and len(over_limit_notices(people["verifier"])) == 1  # told once
    assert over_limit_notices(people["dlh1"]) == []


def at_summary_again(world, phone: str, description: str) -> None:
    svc = world.extensions["penghubung"]
    draft = Draft(kind="pengaduan", description=description, location_text="Perumahan Griya Asri",
                  photo_step_done=True, privacy="biasa")
    with svc.session_factory.begin() as session:
        conversation = session.scalars(select(Conversation).join(Contact).where(Contact.phone == phone)).one()
        conversation.state, conversation.data = "confirm", {"draft": draft.as_data(), "prompts": []}


def test_an_emergency_past_the_budget_gets_the_emergency_numbers_first(people, world):
    filed(world, CITIZEN, 50, 40, 30, 20, 10)
    at_summary(world, CITIZEN, description=FIRE)
    reply = people["citizen"].says("KIRIM")
    assert reply.index("segera telepon 112") < reply.index("belum bisa kami catat")


def test_only_verifiers_see_the_story_kept_past_the_budget(people, world):
    filed(world, CITIZEN, 50, 40, 30, 20, 10)
    at_summary(world, CITIZEN, description="Lampu jalan di gang Melati mati sudah seminggu, gelap sekali")
    people["citizen"].says("KIRIM")
    people["verifier"].says("TERUSKAN LPR-5 DLH")
    with reading(world) as session:
        complaint = session.scalars(select(Complaint).where(Complaint.number == 5)).one()
        officer, verifier = (session.scalars(select(Contact).where(Contact.phone == phone)).one()
                             for phone in (DLH_1, VERIFIER))
        assert Event.OVER_LIMIT in {item.event for item in timeline(session, complaint, verifier)}
        assert Event.OVER_LIMIT not in {item.event for item in timeline(session, complaint, officer)}
    assert "gang Melati" not in people["dlh1"].says("STATUS LPR-5")
    assert "gang Melati" not in people["citizen"].says("STATUS LPR-5")


def lifts(world) -> int:
    with reading(world) as session:
        return session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == budget.LIFT))


@pytest.mark.parametrize("typed", ["BUKA BATAS 081234567890", "buka batas 0812-3456-7890", "bukabatas +6281234567890",
                                   "Buka Batas LPR-5", "tolong buka batas 0812 3456 7890", "lepas batas 081234567890",
                                   "buka batas lpr 3 ya", "buka batasnya 081234567890", "lepas batasnya 0812 3456 7890",
                                   "tolong bukain batasnya 081234567890", "buka limitnya lpr 5",
                                   "hapus batasnya lpr 5"])
def test_a_verifier_lifts_a_numbers_limit_for_a_day(people, world, typed):
    filed(world, CITIZEN, 50, 40, 30, 20, 10)
    reply = people["verifier"].says(typed)
    assert "Batas laporan nomor 0812-3456-7890 dibuka sampai 24 Nov 2026 pukul 10.00" in reply
    at_summary(world, CITIZEN)
    assert "tercatat dengan nomor LPR-6" in people["citizen"].says("KIRIM")
    assert lifts(world) == 1


def test_a_lift_ends_after_a_day(people, world):
    filed(world, CITIZEN, 50, 40, 30, 20, 10)
    people["verifier"].says("BUKA BATAS 081234567890")
    world.extensions["penghubung"].clock.advance(hours=24)
    filed(world, CITIZEN, 50, 40, 30, 20, 10)
    at_summary(world, CITIZEN)
    assert "belum bisa kami catat" in people["citizen"].says("KIRIM")


def test_a_swipe_reply_to_the_notice_lifts_its_numbers_limit(people, world):
    filed(world, CITIZEN, 50, 40, 30, 20, 10)
    at_summary(world, CITIZEN)
    people["citizen"].says("KIRIM")
    [notice] = [m for m in people["verifier"].inbox() if m.body.startswith("Batas laporan tercapai")]
    assert "dibuka sampai" in people["verifier"].swipe(notice, "buka batas")


@pytest.mark.parametrize("typed, answer", [
    ("BUKA BATAS", "Tulis nomor pelapor yang batas laporannya mau dibuka"),
    ("buka batas pak rudi", "bukan nomor HP yang sah"),
    ("BUKA BATAS 085799988877", "Nomor 0857-9998-8877 belum pernah menghubungi layanan ini"),
    ("BUKA BATAS 081100000020", "adalah nomor petugas"),
])
def test_a_lift_without_a_citizens_number_changes_nothing(people, world, typed, answer):
    filed(world, CITIZEN, 10)
    assert answer in people["verifier"].says(typed)
    assert lifts(world) == 0


@pytest.mark.parametrize("typed", ["buka batas lpr 99", "BUKA BATAS LPR-99", "buka batasnya no 99", "bukabatas lpr99"])
def test_a_lift_for_a_complaint_that_does_not_exist_says_so(people, world, typed):
    filed(world, CITIZEN, 10)
    reply = people["verifier"].says(typed)
    assert "LPR-99" in reply and "tidak ditemukan" in reply.lower(), reply
    assert "bukan nomor HP" not in reply and "  " not in reply, reply
    assert lifts(world) == 0


def test_a_lift_naming_no_number_is_worded_with_single_spaces(people, world):
    reply = people["verifier"].says("buka batas pak rudi")
    assert "  " not in reply and "(\"pak rudi\" bukan nomor HP yang sah)" in reply, reply


@pytest.mark.parametrize("who", ["dlh1", "head", "supervisor"])
def test_other_staff_are_refused_a_lift_politely(people, world, who):
    filed(world, CITIZEN, 10)
    assert "BUKA BATAS hanya untuk verifikator" in people[who].says("BUKA BATAS 081234567890")
    assert lifts(world) == 0


def test_staff_filing_as_citizens_have_no_budget(world):
    svc = world.extensions["penghubung"]
    with svc.session_factory.begin() as session:
        staff = session.scalars(select(Contact).where(Contact.phone == DLH_1)).one()
        for minutes in (50, 40, 30, 20, 10):
            factories.complaint(session, svc.clock() - timedelta(minutes=minutes), svc.region, staff)
        assert budget.over_budget(session, staff, svc.clock(), svc.region.settings) is None


def test_the_count_does_not_flush_what_it_does_not_read(world):
    """Measured (callgrind, session 30): asked at every filing start, the count's flush wrote the turn's other
    changes early, an ORM flush (+5% instructions a message); only a complaint not yet sent could change it."""
    filed(world, CITIZEN, 50, 40)
    svc = world.extensions["penghubung"]
    with svc.session_factory.begin() as session:
        citizen = session.scalars(select(Contact).where(Contact.phone == CITIZEN)).one()
        citizen.profile_name = "Siti R."
        assert budget.over_budget(session, citizen, svc.clock(), svc.region.settings) is None
        assert citizen in session.dirty  # left for the turn's own write
        factories.complaint(session, svc.clock() - timedelta(minutes=5), svc.region, citizen)
        factories.complaint(session, svc.clock() - timedelta(minutes=4), svc.region, citizen)
        factories.complaint(session, svc.clock() - timedelta(minutes=3), svc.region, citizen)
        assert budget.over_budget(session, citizen, svc.clock(), svc.region.settings) is not None


def test_the_refusals_are_counted_for_the_metrics(people, world):
    def refused() -> float:
        text = world.test_client().get("/metrics").get_data(as_text=True)
        return next(sample.value for family in text_string_to_metric_families(text) for sample in family.samples
                    if sample.name == "penghubung_complaints_refused_total" and sample.labels == {"window": "hour"})

    before = refused()
    filed(world, CITIZEN, 50, 40, 30, 20, 10)
    at_summary(world, CITIZEN)
    people["citizen"].says("KIRIM")
    assert refused() - before == 1


# Verifier notices of a burst ---------------------------------------------------------------------------------------

def announce(world, **later) -> None:
    svc = world.extensions["penghubung"]
    svc.clock.advance(**later)
    announce_complaints(svc, svc.clock())


def verification_notices(person) -> list[str]:
    return [m.body for m in person.inbox() if m.purpose == Purpose.VERIFICATION]


def test_one_numbers_complaints_close_together_reach_the_verifiers_in_one_notice(people, world):
    filed(world, CITIZEN, 0)
    announce(world)
    [first] = verification_notices(people["verifier"])
    assert first.startswith("Laporan baru LPR-1")  # the first at once, whole
    for _ in range(3):
        announce(world, minutes=2)
        filed(world, CITIZEN, 0)
    announce(world, minutes=3)
    assert len(verification_notices(people["verifier"])) == 1  # nine minutes after the first: they wait
    announce(world, minutes=1)
    [_, burst] = verification_notices(people["verifier"])
    assert burst.startswith("3 laporan baru dari pelapor yang sama")
    assert all(f"LPR-{n}" in burst for n in (2, 3, 4)) and "Siti Rahma" in burst
    assert "TERUSKAN LPR-2 1" in burst


def test_a_burst_marks_the_complaint_that_names_staff_as_a_lone_notice_warns(people, world):
    svc = world.extensions["penghubung"]
    filed(world, CITIZEN, 0)
    announce(world)
    with svc.session_factory.begin() as session:
        citizen = session.scalars(select(Contact).where(Contact.phone == CITIZEN)).one()
        for description in (ROAD, "Petugas DLH bernama Dewi minta uang rokok setiap kali truk sampah datang ke pasar"):
            factories.complaint(session, svc.clock(), svc.region, citizen, description=description)
    announce(world, minutes=10)
    [_, burst] = verification_notices(people["verifier"])
    [road] = [line for line in burst.splitlines() if line.startswith("1. LPR-2")]
    [conduct] = [line for line in burst.splitlines() if line.startswith("2. LPR-3")]
    assert "⚠ menyebut petugas Dewi (DLH)" in conduct and "⚠" not in road, burst


def test_a_complaint_forwarded_before_its_notice_holds_back_no_later_one(people, world):
    filed(world, CITIZEN, 0)
    people["verifier"].says("TERUSKAN LPR-1 DLH")  # from ANTREAN, before any notice told of it
    announce(world)
    assert verification_notices(people["verifier"]) == []
    announce(world, minutes=2)
    filed(world, CITIZEN, 0)
    announce(world)
    [notice] = verification_notices(people["verifier"])
    assert notice.startswith("Laporan baru LPR-2"), notice


def test_a_single_complaint_after_a_wait_gets_its_whole_notice(people, world):
    filed(world, CITIZEN, 0)
    announce(world)
    announce(world, minutes=3)
    filed(world, CITIZEN, 0)
    announce(world)
    announce(world, minutes=7)
    notices = verification_notices(people["verifier"])
    assert [n.split("\n")[0] for n in notices] == ["Laporan baru LPR-1 menunggu verifikasi.",
                                                    "Laporan baru LPR-2 menunggu verifikasi."]


def test_another_numbers_complaint_is_never_held_for_a_burst(people, world):
    filed(world, CITIZEN, 0)
    announce(world)
    filed(world, CITIZEN_2, 0)
    announce(world, minutes=1)
    assert [n.split("\n")[0] for n in verification_notices(people["verifier"])] == [
        "Laporan baru LPR-1 menunggu verifikasi.", "Laporan baru LPR-2 menunggu verifikasi."]


def off(world, monkeypatch, **settings) -> None:
    svc = world.extensions["penghubung"]
    monkeypatch.setattr(svc, "region", replace(svc.region, settings=replace(svc.region.settings, **settings)))


def test_a_region_may_turn_the_limits_off(world, monkeypatch):
    off(world, monkeypatch, complaints_per_hour=0, complaints_per_day=0)
    filed(world, CITIZEN, *range(11, 0, -1))
    svc = world.extensions["penghubung"]
    with reading(world) as session:
        citizen = session.scalars(select(Contact).where(Contact.phone == CITIZEN)).one()
        assert budget.over_budget(session, citizen, svc.clock(), svc.region.settings) is None


def test_a_region_may_turn_the_grouping_off(people, world, monkeypatch):
    off(world, monkeypatch, notice_burst_minutes=0)
    filed(world, CITIZEN, 3, 2, 1)
    announce(world)
    assert [n.split("\n")[0] for n in verification_notices(people["verifier"])] == [
        f"Laporan baru LPR-{n} menunggu verifikasi." for n in (1, 2, 3)]


def test_a_long_burst_lists_six_and_counts_the_rest(people, world):
    filed(world, CITIZEN, *range(10, 0, -1))
    announce(world)
    [burst] = verification_notices(people["verifier"])
    assert "6. LPR-6" in burst and "7. LPR-7" not in burst and "dan 4 laporan lagi" in burst and len(burst) <= 1600


def test_the_photos_of_a_story_past_the_budget_stay_with_its_note(people, world):
    filed(world, CITIZEN, 50, 40, 30, 20, 10)
    at_summary(world, CITIZEN, photos=[{"url": PHOTO["MediaUrl0"], "content_type": "image/jpeg"}])
    people["citizen"].says("KIRIM")
    [note] = notes(world)
    assert note.media == [{"url": PHOTO["MediaUrl0"], "content_type": "image/jpeg"}]


def test_another_problem_told_with_the_story_is_kept_too(people, world):
    filed(world, CITIZEN, 50, 40, 30, 20, 10)
    at_summary(world, CITIZEN, next_story="Lampu jalan di gang Melati juga mati sudah seminggu")
    people["citizen"].says("KIRIM")
    [note] = notes(world)
    assert WASTE[:40] in note.text
    assert "Masalah lain yang diceritakan bersamanya: Lampu jalan di gang Melati" in note.text


def test_when_both_windows_are_full_the_later_one_is_said(world):
    svc = world.extensions["penghubung"]
    filed(world, CITIZEN, 1000, 900, 800, 700, 600, 50, 40, 30, 20, 10)
    with reading(world) as session:
        citizen = session.scalars(select(Contact).where(Contact.phone == CITIZEN)).one()
        over = budget.over_budget(session, citizen, svc.clock(), svc.region.settings)
    assert (over.window, over.filed, over.until) == ("day", 10, svc.clock() + timedelta(minutes=440))


def test_the_over_limit_notice_comes_after_the_notice_that_first_names_its_complaint(people, world):
    """Five complaints in a few minutes: the first is told at once, the next four wait for one burst notice; the
    sixth story goes over the budget and is kept on LPR-5. The verifiers read «ceritanya dicatat di riwayat LPR-5»
    before any notice had named LPR-5: the over-limit notice was queued at once, the burst ten minutes later."""
    filed(world, CITIZEN, 0)
    announce(world)
    for _ in range(4):
        announce(world, minutes=1)
        filed(world, CITIZEN, 0)
    at_summary(world, CITIZEN, description="Lampu jalan di gang Melati mati sudah seminggu, gelap sekali")
    assert "catatan pada LPR-5" in people["citizen"].says("KIRIM")
    deliver(world)  # the number can file no more: its burst waits for nothing, the over-limit notice after it
    told = [m.body for m in people["verifier"].inbox() if m.purpose in (Purpose.VERIFICATION, Purpose.EVIDENCE)]
    first_naming = next(i for i, body in enumerate(told) if "LPR-5" in body)
    assert told[first_naming].startswith("4 laporan baru dari pelapor yang sama"), told
    assert told[first_naming + 1].startswith("Batas laporan tercapai") and len(told) == first_naming + 2, told


def test_an_over_limit_notice_about_a_complaint_already_told_goes_at_once(people, world):
    filed(world, CITIZEN, 50, 40, 30, 20, 10)
    announce(world)
    at_summary(world, CITIZEN, description="Lampu jalan di gang Melati mati sudah seminggu, gelap sekali")
    people["citizen"].says("KIRIM")
    [notice] = over_limit_notices(people["verifier"])
    assert "LPR-5" in notice
