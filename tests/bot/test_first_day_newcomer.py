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
    "sy petugas penghubung PLN yg baru pak",
    "Saya penghubung dari DLH, nomor ini mau didaftarkan",
    "saya admin opd dishub, gmn cara jawab disposisi",
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


@pytest.mark.parametrize("typed", [
    "gimana cara lihat disposisi laporan saya?",
    "gmn caranya liat disposisi aduan sy",
    "bagaimana cara melihat disposisi laporanku",
    "saya ketua rt jadi penghubung warga, jalan rusak",
    "saya verifikator dana desa sukamaju, honor saya belum dibayar 3 bulan",
    "sy verifikator bansos di desa",
    "saya penghubung RT, lampu jalan mati",
    "aku penghubung warga kampung, banjir tiap hujan",
    "saya penghubung warga rw 05",
    "sy staff lapor covid dulu, insentif belum cair",
    "saya staf opd dinkes, gaji sy blm dibayar",
    "saya guru honorer, gimana cara melihat disposisi surat di sekolah",
    "Bagaimana cara membuka disposisi surat masuk?",
])
def test_a_role_of_no_agency_or_with_a_problem_told_is_a_citizens(world, typed):
    """A citizen who is a village's or a neighbourhood's liaison, tells a problem after their role, or asks about
    their own report's or a letter's disposition was told the number is no officer's (firsts10's reading)."""
    newcomer, verifier = Party(world, NEWCOMER, "Rudi"), Party(world, VERIFIER, "Rina")
    reply = newcomer.says(typed)
    assert "belum terdaftar sebagai nomor petugas" not in reply, reply
    assert all("0813-7777-0001" not in sent.body for sent in verifier.inbox()), typed
