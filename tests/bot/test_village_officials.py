"""Village officials are nobody's staff in the directory ("aparat desa pungli", "oknum perangkat desa minta uang"):
no complaint of the regency's officers' conduct, so a citizen's answer naming them reaches the asker as the answer,
where one about the officers themselves ("petugas dinas minta uang rokok") never does."""

from __future__ import annotations

import pytest

from bot.conversation import understanding
from tests.parties import file

LEVY = "Pembagian bantuan beras di balai desa dipotong, tiap karung dikurangi lima kilo"


@pytest.mark.parametrize("typed", [
    "aparat desa pungli",
    "aparat desanya yg pungli pak, minta 50rb per KK",
    "oknum pegawai desa minta uang 20 ribu buat surat pengantar",
    "petugas dari desa yang malak warga",
    "Staf kantor desa minta pelicin utk tanda tangan",
    "oknum aparat kampung minta duit ke warga",
    "pegawai dusun memalak pedagang",
])
def test_village_officials_are_no_conduct_complaint_of_the_regencys_staff(typed):
    assert not understanding.accuses_staff(typed)


@pytest.mark.parametrize("typed", [
    "aparat dinas pungli waktu pembagian",  # the regency's officers
    "petugas yang datang minta uang rokok, katanya dari desa sebelah kami dilayani duluan",  # a regency officer
    "oknum pegawai kecamatan minta uang 50rb",
    "aparat pungli ke warga desa",  # the village is whose people paid, not whose officers
    # officers working in the village ("di"), not its own: still the regency's
    "petugas di desa kami minta uang pungli",
    "oknum petugas di kampung kami malak warga",
    "pegawai di rt kami minta pungli",
    "petugas di dusun sini minta uang rokok tiap truk lewat",
    "Petugas di Desa kami minta duit pelicin",
])
def test_the_regencys_officers_are_still_accused(typed):
    assert understanding.accuses_staff(typed)


@pytest.mark.parametrize("typed", [
    "aparat desa pak yg motongin, katanya buat ongkos angkut",
    "oknum perangkat desa, pegawai desa jg minta uang ke warga",
])
def test_an_answer_naming_village_officials_reaches_the_asker(people, typed):
    file(people["citizen"], description=LEVY, photo=False)
    people["verifier"].says("TUNDA LPR-1 siapa yang memotong berasnya pak?")
    reply = people["citizen"].says(typed)
    assert "sudah kami teruskan" in reply, reply
    assert [m for m in people["verifier"].inbox() if m.purpose == "answer"]
