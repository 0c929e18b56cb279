"""A complaint accusing an agency's head is hidden from him (bot.accused): his REKAP and morning digest count only
what he may see, so the figures match his DAFTAR, while his officers and the supervisor count it as ever."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.digests import send_due_digests
from services import services
from tests.parties import file

STORY = "kadis DLH minta fee proyek pengangkutan sampah ke kontraktor, sampah pasar dibiarkan menumpuk"
OTHER = "Sampah di TPS terminal lama menumpuk, lalat di mana-mana"
NOT_ACCUSING = "kepala DLH sudah datang kemarin tapi sampah di pasar masih menumpuk"


def _two_at_dlh(people, story):
    file(people["citizen"], description=story, photo=False)
    file(people["citizen2"], description=OTHER, photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["verifier"].says("TERUSKAN LPR-2 DLH")


def _open(text: str) -> int:
    return int(re.search(r"Disposisi terbuka: (\d+)", text).group(1))


@pytest.mark.parametrize("typed", ["REKAP", "rekap hari ini", "REKAP minggu ini"])
def test_the_accused_heads_rekap_counts_only_what_he_sees(people, typed):
    _two_at_dlh(people, STORY)
    assert "LPR-1" not in people["head"].says("DAFTAR")
    assert _open(people["head"].says(typed)) == 1
    assert _open(people["supervisor"].says(f"{typed} DLH" if typed == "REKAP" else typed)) == 2


def test_a_head_named_without_misconduct_counts_it(people):
    _two_at_dlh(people, NOT_ACCUSING)
    assert _open(people["head"].says("REKAP")) == 2


def test_the_accused_heads_morning_digest_counts_only_what_he_sees(people, world, clock):
    _two_at_dlh(people, STORY)
    svc = services(world)
    morning = datetime(2026, 11, 24, 8, 0, tzinfo=ZoneInfo("Asia/Jakarta"))  # Tuesday, digest time
    with svc.session_factory.begin() as session:
        send_due_digests(session, svc.region, morning)
    digest = [m.body for m in people["head"].inbox() if m.purpose == "digest"]
    assert digest and _open(digest[-1]) == 1, digest


def _received(reply: str) -> int:
    return int(re.search(r"Laporan masuk ke DLH [^:]*\): (\d+)", reply).group(1))


@pytest.mark.parametrize("typed", ["rekap per opd bisa?", "laporan per dinas berapa?", "Rekapan per instansi ada pak?",
                                   "instansi mana yg paling banyak laporannya?"])
def test_the_accused_heads_counts_in_words_leave_out_what_he_may_not_see(people, typed):
    _two_at_dlh(people, STORY)
    assert _received(people["head"].says(typed)) == 1
    assert "DLH 2" in people["supervisor"].says(typed), "region staff count it as ever"


def test_a_head_named_without_misconduct_counts_it_in_words(people):
    _two_at_dlh(people, NOT_ACCUSING)
    assert _received(people["head"].says("laporan per dinas berapa?")) == 2
