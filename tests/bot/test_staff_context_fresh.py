"""Staff commands read against a world of their own (function-scoped `world`), not the shared table scene of
tests.bot.test_staff_context: the average first follow-up of a REKAP's own period, and "Laporan yang mana?"
answered with a bare yes.

Kept apart from that module because on PostgreSQL the shared scene lives in the worker's database, which any test
building its own `world` empties: in one module, every scene test after such a test read the other world's rows.
"""

from __future__ import annotations

import pytest

from tests.parties import complaint, file_and_read, make_people


@pytest.fixture
def people(world):
    return make_people(world)


# 3. The average first follow-up of a REKAP's period ----------------------------------------------------------------

def answered_in_october_and_november(people, clock) -> None:
    """LPR-1 forwarded on Monday 5 October and first followed up three working days later; LPR-2 forwarded and
    followed up on Monday 23 November, the same hour (the year's average 1,5, October's 3,0, November's 0,0)."""
    today = clock.now
    clock.now = today.replace(month=10, day=5)
    file_and_read(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    clock.advance(days=3)
    people["dlh1"].says("TL LPR-1 sudah kami cek ke lokasi")
    clock.now = today
    file_and_read(people["citizen2"], photo=False)
    people["verifier"].says("TERUSKAN LPR-2 DLH")
    people["dlh1"].says("TL LPR-2 truk sudah kami jadwalkan")


@pytest.mark.parametrize("who,typed,days", [
    ("supervisor", "REKAP NOVEMBER", "0,0"), ("supervisor", "rekap minggu ini", "0,0"),
    ("supervisor", "rekap bln oktober", "3,0"), ("head", "rekap bulan ini", "0,0"), ("head", "Rekap Oktober", "3,0"),
    ("supervisor", "rekap hari ini", "0,0"), ("supervisor", "rekap DLH nopember", "0,0"),
    ("supervisor", "rata2 berapa hari laporan ditindaklanjuti bulan ini?", "0,0"),
    ("supervisor", "rekap tahun ini", "1,5"),
])
def test_the_average_first_follow_up_of_a_rekap_is_the_periods(people, clock, who, typed, days):
    answered_in_october_and_november(people, clock)
    reply = people[who].says(typed)
    assert f"\nRata-rata tindak lanjut pertama: {days} hari kerja\n" in reply, reply
    assert "Rata-rata tindak lanjut pertama 2026" not in reply, reply


def test_a_period_with_no_first_follow_up_says_so(people, clock):
    answered_in_october_and_november(people, clock)
    reply = people["supervisor"].says("rekap bulan september")
    assert "\nRata-rata tindak lanjut pertama: - (belum ada pada periode ini)\n" in reply, reply


def test_the_daily_digest_keeps_the_years_average(people, clock):
    answered_in_october_and_november(people, clock)
    for who in ("supervisor", "head"):
        reply = people[who].says("REKAP")
        assert "\nRata-rata tindak lanjut pertama 2026: 1,5 hari kerja\n" in reply, reply


def weekly_summary(world, when, with_week=False) -> str:
    """The region's weekly summary as sent on `when` (alone, or with the daily digest as on the weekly day)."""
    from bot.digests import digest_text
    from services import services

    with services(world).session_factory() as session:
        return digest_text(session, services(world).region, when, None, weekly=not with_week, with_week=with_week)


def test_the_weekly_summary_gives_the_weeks_average_first_follow_up(people, world, clock):
    """The weekly summary read the year's average (1,5) under the week's heading; the week of 23-29 November had
    one first follow-up, the same hour (0,0); the week after had none."""
    answered_in_october_and_november(people, clock)
    week = weekly_summary(world, clock.now.replace(day=30))
    assert week.startswith("Rekap mingguan daerah · 23 Nov 2026–29 Nov 2026"), week
    assert "\nRata-rata tindak lanjut pertama: 0,0 hari kerja\n" in week, week
    assert "tindak lanjut pertama 2026" not in week, week
    quiet = weekly_summary(world, clock.now.replace(month=12, day=7))
    assert "\nRata-rata tindak lanjut pertama: - (belum ada pada periode ini)\n" in quiet, quiet


def test_the_daily_and_weekly_message_gives_the_weeks_average_beside_the_years(people, world, clock):
    answered_in_october_and_november(people, clock)
    both = weekly_summary(world, clock.now.replace(day=30), with_week=True)
    assert "\nRata-rata tindak lanjut pertama 2026: 1,5 hari kerja\n" in both, both
    assert "\nTindak lanjut pertama pekan itu: rata-rata 0,0 hari kerja\n" in both, both
    assert all(len(line) <= 60 for line in both.splitlines()), both


# 7. "Laporan yang mana?" answered yes: asked again, never dropped (staff12) ------------------------------------------

ROAD_WASTE = "Sampah liar dibuang di pinggir sungai dekat jembatan desa, sudah dua minggu tidak diangkut"


@pytest.fixture
def two_waiting(people, clock):
    """LPR-1 and LPR-2 waiting for the verifier, no notice fresh: which one a number-less act is about is asked."""
    file_and_read(people["citizen"], photo=False)
    file_and_read(people["citizen2"], description=ROAD_WASTE, photo=False)
    clock.advance(hours=4)
    return people


@pytest.mark.parametrize("asked,yes", [
    ("gabung ke lpr 1", "ya"), ("gabungkan dgn lpr 1", "iya"), ("dobel sm lpr 1 bu", "ok"),
    ("gabung ke lpr 1", "Iya pak"), ("gabung ke lpr 1", "oke siap"), ("gabung ke lpr 1", "YA 👍"),
    ("ke dlh aja bu", "ya"), ("tunda, mohon kirim foto", "iya bu"),
])
def test_which_one_answered_yes_is_asked_again_with_the_list(two_waiting, world, asked, yes):
    verifier = two_waiting["verifier"]
    first = verifier.says(asked)
    assert "yang mana" in first.lower() or "Laporan mana" in first, first
    again = verifier.says(yes)
    assert "Baik, terima kasih" not in again and "LPR-2 (" in again and "nomornya" in again, again
    assert complaint(world, 2).parent_id is None and complaint(world, 2).status == "belum_terverifikasi"
    assert "LPR-2" in verifier.says("2")  # the list still stands: the number answers it


@pytest.mark.parametrize("answer", ["tidak", "batal", "gak jadi"])
def test_which_one_answered_no_is_let_go(two_waiting, world, answer):
    verifier = two_waiting["verifier"]
    verifier.says("gabung ke lpr 1")
    assert "Laporan mana" not in verifier.says(answer)
    assert complaint(world, 2).parent_id is None
