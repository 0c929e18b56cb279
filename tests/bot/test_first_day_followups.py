"""A head's and an officer's follow-ups on their first day (firsts10's review): a bare chase right after asking who
holds a complaint, and an answer to a question whose complaint left the officer's agency."""

from __future__ import annotations

import pytest

from tests.parties import DLH_1, DLH_2, DLH_HEAD, PUPR_1, complaint, file, filed_and_forwarded, import_staff


@pytest.mark.parametrize("typed", ["tolong segera", "Tolong segera ya", "mohon segera dikerjakan", "tlg segera pak"])
def test_a_heads_bare_chase_after_asking_who_holds_it_is_of_that_complaint(people, world, typed):
    """A head's "tolong segera" right after asking who holds LPR-1 got «Perintah tidak dikenali»."""
    file(people["citizen"])
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert "LPR-1 ditangani" in people["head"].says("siapa yang pegang lpr 1?")
    reply = people["head"].says(typed)
    assert "LPR-1 ditangani" in reply and "Dewi" in reply and "tidak dikenali" not in reply, reply
    assert all("segera" not in sent.body for sent in people["citizen"].inbox()), typed


@pytest.mark.parametrize("typed", ["tolong segera", "siapa yang pegang?"])
def test_a_heads_bare_chase_of_nothing_asked_is_no_complaints(people, world, typed):
    """Near miss: with no complaint asked about just before, nothing is chased."""
    file(people["citizen"])
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert "LPR-1 ditangani" not in people["head"].says(typed)


def test_a_heads_chase_long_after_asking_is_of_no_complaint(people, world, clock):
    """Near miss: a day after asking who holds LPR-1, "tolong segera" is no longer of it."""
    file(people["citizen"])
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["head"].says("siapa yang pegang lpr 1?")
    clock.advance(days=1)
    assert "LPR-1 ditangani" not in people["head"].says("tolong segera")


MOVED_TO_PUPR = (f"{DLH_2},Eko,officer,DLH\n{DLH_HEAD},Yusuf,head,DLH\n{DLH_1},Dewi,officer,PUPR\n"
                 f"{PUPR_1},Budi,officer,PUPR\n")


@pytest.mark.parametrize("typed", ["ya", "Ya pak", "iya", "YA"])
def test_a_moved_officers_answer_to_a_question_of_her_old_agency_is_told_nothing_recorded(people, world, tmp_path,
                                                                                          typed):
    """Dewi was asked whether her words were LPR-1's final answer, then moved from DLH to PUPR: her "ya" got
    «Baik, terima kasih» and nothing was recorded, unsaid."""
    filed_and_forwarded(people)
    asked = people["dlh1"].says("lpr 1 sampah sudah diangkut semua, lokasi sudah bersih")
    assert "LPR-1" in asked and "YA" in asked, asked
    import_staff(world, tmp_path, MOVED_TO_PUPR)
    reply = people["dlh1"].says(typed)
    assert "LPR-1" in reply and "tidak dicatat" in reply and "DLH" in reply, reply
    assert complaint(world, 1).status == "belum_ditindaklanjuti"
    assert not any("bersih" in sent.body for sent in people["citizen"].inbox())


def test_an_officer_asked_and_still_there_has_her_answer_recorded(people, world, tmp_path):
    """Near miss: a directory import that keeps her in DLH leaves the question standing."""
    filed_and_forwarded(people)
    people["dlh1"].says("lpr 1 sampah sudah diangkut semua, lokasi sudah bersih")
    import_staff(world, tmp_path, MOVED_TO_PUPR.replace("Dewi,officer,PUPR", "Dewi,officer,DLH"))
    reply = people["dlh1"].says("ya")
    assert "tidak dicatat" not in reply and "LPR-1" in reply, reply
    assert complaint(world, 1).status != "belum_ditindaklanjuti"
