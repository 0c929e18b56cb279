"""One officer message about several complaints with a different act for each ("LPR-4 sdh selesai, LPR-5 masih
dikerjakan", "yg 12 udh beres yg 13 blm", "no 2 sama no 3 lagi kami proses, no 2 salah kirim"): each complaint
named gets what was said about it, whatever word names it (`no`, `nomor`, `yg`, `laporan`, a list of numbers); a
complaint given two different acts in one message is asked about, never guessed."""

from __future__ import annotations

import pytest

from tests.conftest import built_once
from tests.parties import ROAD, complaint, file, follow_ups, two_at_dlh


@pytest.fixture
def three(people):
    """LPR-1 and LPR-2 (two_at_dlh) and LPR-3 (the first citizen's second) all at DLH."""
    two_at_dlh(people)

    def build():
        file(people["citizen"], description="Sampah liar di bantaran sungai dekat jembatan Kali Jagir", photo=False)
        people["verifier"].says("teruskan lpr 3 dlh")

    built_once(people["citizen"].app.extensions["penghubung"], build)
    return people


@pytest.mark.parametrize("typed", [
    "no 1 sdh beres, no 2 msh dikerjakan",
    "yg 1 udh beres yg 2 msh dikerjakan",
    "yang 1 sudah beres, yang 2 masih dikerjakan",
    "nomor 1 sudah rampung; nomor 2 sedang dikerjakan",
    "laporan 1 sdh kelar, laporan 2 lagi dikerjakan",
    "no 1 sdh beres sedangkan no 2 masih dikerjakan",
    "izin pak, no 1 sdh beres, no 2 msh dikerjakan",
])
def test_a_finish_and_progress_of_two_complaints_each_go_to_their_own(three, world, typed):
    reply = three["dlh1"].says(typed)
    asked = reply.split("LPR-1", 1)[1]
    assert "jawaban akhir LPR-1" in reply or "Apakah LPR-1 sudah tuntas" in reply, reply
    assert "TL LPR-2" in reply and "dikerjakan" in reply, reply
    assert "no 2" not in asked and "yg 2" not in asked and "yang 2" not in asked, reply
    assert follow_ups(three["citizen"]) == [] and complaint(world, 1).status != "selesai"


@pytest.mark.parametrize("typed", [
    "yg 1 udh beres yg 2 blm", "no 1 sdh kami angkut, no 2 belum", "nomor 1 sudah beres, nomor 2 belum pak"])
def test_done_and_not_yet_said_with_words_for_the_numbers(three, world, typed):
    reply = three["dlh1"].says(typed)
    assert "LPR-1" in reply and "LPR-2 belum selesai" in reply, reply
    assert "TL LPR-2 blm" not in reply and "2 blm" not in reply.split("LPR-2 belum selesai")[0], reply


@pytest.mark.parametrize("typed", [
    "no 1, 2 dan 3 sdh kami cek ke lokasi",
    "no 1, 2 & 3 sdh kami cek ke lokasi",
])
def test_numbers_in_a_list_each_get_the_progress(three, world, typed):
    reply = three["dlh1"].says(typed)
    assert "LPR-1" in reply and "LPR-2" in reply and "LPR-3" in reply, reply
    assert "TL LPR-1 2" not in reply, reply
    three["dlh1"].says("YA")
    assert all(complaint(world, n).status == "proses" for n in (1, 2, 3))


@pytest.mark.parametrize("typed", [
    "no 1, 2 dan 3 sdh kami cek, no 3 salah kirim",
    "no 2 sama no 3 lagi kami proses, no 2 salah kirim",
    "lpr 2 dan lpr 3 sedang dikerjakan, lpr 2 salah kirim bukan wewenang kami",
    "yg 2 sdh beres, yg 2 msh dikerjakan",
])
def test_a_complaint_given_two_acts_is_asked_about_and_the_others_keep_theirs(three, world, typed):
    officer = three["dlh1"]
    doubled = 3 if "no 3 salah" in typed else 2
    other = 5 - doubled
    reply = officer.says(typed)
    assert f"LPR-{doubled} disebut dua kali" in reply, reply
    assert f"KEMBALIKAN LPR-{doubled} <alasan>" in reply and f"TL LPR-{doubled} <kemajuan>" in reply
    assert f"Kembalikan LPR-{doubled}" not in reply and f"TL LPR-{doubled} " not in reply.replace(
        f"TL LPR-{doubled} <", ""), reply
    if "beres" in typed:  # the other act of the same complaint: nothing else offered
        return
    assert f"LPR-{other}" in reply, reply
    officer.says("YA")
    assert complaint(world, other).status == "proses"
    assert complaint(world, doubled).status == "belum_ditindaklanjuti"
    assert complaint(world, doubled).dispositions[0].return_reason is None


@pytest.mark.parametrize("typed", [
    "no 1 sdh kami cek, jl melati no 5 masih bocor",       # an address's number is no complaint's
    "no 1 sdh kami cek, 2 rit sudah diangkut",              # a count
    "lpr 1 sama 2 petugas sudah dicek ke lokasi",
])
def test_numbers_that_are_no_complaint_stay_the_text(three, world, typed):
    reply = three["dlh1"].says(typed)
    assert "LPR-5" not in reply and "LPR-2" not in reply and "disebut dua kali" not in reply, reply


def test_a_verifiers_forward_of_two_numbers_is_not_cut(people, world):
    file(people["citizen"], description=ROAD, photo=False)
    file(people["citizen2"], photo=False)
    reply = people["verifier"].says("no 1 ke pupr, no 2 ke dlh")
    assert "disebut dua kali" not in reply and "LPR-1" in reply, reply
