"""Figures per agency asked with a word that is also a command ("data per skpd ada?", "rekap per opd bisa?"): each
agency's count, never DAFTAR with "per skpd" as an agency nor REKAP refusing "per"."""

from __future__ import annotations

import pytest

from tests.parties import file


@pytest.fixture
def forwarded(people):
    file(people["citizen"])
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    return people


@pytest.mark.parametrize("who", ["supervisor", "verifier"])
@pytest.mark.parametrize("typed", ["data per skpd ada?", "rekap per opd bisa?", "REKAP PER OPD", "Data per dinas dong",
                                   "rekapan per instansi ada pak?", "rekap per opd bulan ini"])
def test_figures_per_agency_with_a_command_word_are_each_agencys_count(forwarded, who, typed):
    reply = forwarded[who].says(typed)
    assert "per instansi" in reply and "DLH 1" in reply and "tidak dikenali" not in reply, reply


@pytest.mark.parametrize("typed,expected", [
    ("DAFTAR DLH", "LPR-1"),  # one agency's list, as ever
    ("daftar", "Disposisi terbuka per instansi"),  # the open dispositions by agency
    ("rekap dlh", "DLH"),  # one agency's digest
])
def test_commands_without_per_agency_stay_themselves(forwarded, typed, expected):
    reply = forwarded["supervisor"].says(typed)
    assert expected in reply and "Laporan masuk per instansi" not in reply, reply


def test_a_plain_rekap_is_still_the_digest(forwarded):
    reply = forwarded["supervisor"].says("rekap")
    assert "Laporan masuk per instansi" not in reply and "DLH" in reply, reply


@pytest.mark.parametrize("who", ["dlh1", "head"])
@pytest.mark.parametrize("typed", ["daftar laporan per dinas", "DAFTAR laporan per OPD", "Daftar per skpd",
                                   "daftar laporan per instansi dong"])
def test_an_agencys_daftar_per_agency_stays_their_list(forwarded, who, typed):
    """Officers and heads get no ranking: their DAFTAR with "per dinas" is their list, as before, never «tidak
    dikenali» nor the ranking refused."""
    reply = forwarded[who].says(typed)
    assert "LPR-1" in reply and "tidak dikenali" not in reply and "peringkat" not in reply, reply


@pytest.mark.parametrize("typed", ["rekap per opd bisa?", "laporan per dinas berapa?"])
def test_a_heads_figures_per_agency_are_his_own_agencys(forwarded, typed):
    reply = forwarded["head"].says(typed)
    assert "Laporan masuk ke DLH" in reply and "tidak dikenali" not in reply, reply
