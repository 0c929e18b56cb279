"""A new officer writing to the number before the directory lists them (firsts10): told how to be registered,
and the verifiers hear of it; a citizen speaking of officers is still a citizen."""

from __future__ import annotations

import pytest

from tests.parties import VERIFIER, Party

NEWCOMER = "+6281377770001"


@pytest.mark.parametrize("typed", [
    "selamat pagi, saya Rudi petugas penghubung baru dari Dinkes, mohon arahannya",
    "sy rudi, pejabat penghubung dinkes",
    "Assalamualaikum, perkenalkan saya admin OPD Dinas Kesehatan yang baru",
    "saya operator SP4N Lapor di dinsos pak, kok belum dapat disposisi ya",
    "pak sy baru ditunjuk jadi admin penghubung di dishub",
    "bagaimana cara saya menerima disposisi?",
    "gimana caranya balas disposisi pak",
])
def test_a_new_officer_not_in_the_directory_is_told_how_to_be_registered(world, typed):
    """A new officer writing from a number the directory lacks was offered their introduction as a complaint."""
    newcomer, verifier = Party(world, NEWCOMER, "Rudi"), Party(world, VERIFIER, "Rina")
    reply = newcomer.says(typed)
    assert "belum terdaftar sebagai nomor petugas" in reply and "Sepertinya Anda ingin melapor" not in reply, reply
    assert "0813-7777-0001" in verifier.last().body and typed[:30] in verifier.last().body


@pytest.mark.parametrize("typed", [
    "petugas penghubung dinkes tidak pernah membalas laporan saya",
    "saya mau lapor petugas penghubung dishub minta uang",
    "saya admin grup RT, mau lapor jalan rusak di gang mawar",
    "saya petugas kebersihan pasar, gaji belum dibayar 3 bulan",
    "saya pegawai baru di dinkes, gaji belum keluar",
    "kenapa disposisi laporan saya lama sekali?",
    "saya sudah chat petugas penghubung dinkes tapi tidak dibalas",
    "sy dimarahi admin opd pas tanya laporan",
])
def test_a_citizen_speaking_of_officers_is_no_newcomer(world, typed):
    """Near misses: a complaint about an officer, or a citizen who works somewhere, is read as a citizen's."""
    reply = Party(world, NEWCOMER, "Rudi").says(typed)
    assert "belum terdaftar sebagai nomor petugas" not in reply, reply
