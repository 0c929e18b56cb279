"""A citizen who disputes an agency's final answer a second time ("belum selesai kok", "masih rusak"): the complaint
is reopened back to the same officers, as the first time, and now its agency head hears it too, and the dashboard's
timeline shows that the head was told (staff20). The first dispute stays the officers' alone."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lapor.timeline import timeline
from models import Complaint, Contact
from services import services
from tests.parties import complaint, file_and_read, filed_and_forwarded, walked_once

FIRST = "belum selesai kok, sampahnya masih numpuk di pojok pasar"


def heads_told(person) -> list[str]:
    return [m.body for m in person.inbox() if "belum puas" in m.body and m.purpose == "reminder"]


def reopened_notices(person) -> list[str]:
    return [m.body for m in person.inbox() if m.purpose == "reopened"]


@walked_once
def answered_and_disputed(people, *disputes: str) -> None:
    """LPR-1 at DLH, answered with SELESAI and disputed by its citizen once per text given, answered again after
    each."""
    filed_and_forwarded(people, photo=False)
    people["dlh1"].says("SELESAI LPR-1 sampah sudah diangkut semua")
    for text in disputes:
        assert "buka kembali" in people["citizen"].says(text), text
        people["dlh1"].says("SELESAI LPR-1 sudah kami angkut lagi sisanya")


def test_a_first_dispute_reaches_the_officers_only(people, world):
    answered_and_disputed(people, FIRST)
    assert complaint(world, 1).status == "selesai"
    assert len(reopened_notices(people["dlh1"])) == 1 and len(reopened_notices(people["dlh2"])) == 1
    assert heads_told(people["head"]) == [] and reopened_notices(people["head"]) == []


@pytest.mark.parametrize("second", [
    "masih rusak pak, masih ada tumpukan di belakang los ikan",
    "TIDAK PUAS LPR-1 sampahnya cuma dipindah ke samping",
    "belum selesai kok, baunya masih sampai ke sekolah",
    "bohong pak, saya baru lewat sana sampahnya masih ada",
])
def test_a_second_dispute_reaches_the_head_too(people, world, second):
    answered_and_disputed(people, FIRST)
    assert "buka kembali" in people["citizen"].says(second)
    assert complaint(world, 1).status == "proses"
    assert len(reopened_notices(people["dlh1"])) == 2, "back to the same officers"
    [told] = heads_told(people["head"])
    assert "LPR-1" in told and "kedua" in told and "Dewi" in told, told
    assert second.split()[-1] in told, "the citizen's reason"
    assert "kepala instansi ikut diberi tahu" in reopened_notices(people["dlh1"])[-1].lower()
    assert heads_told(people["pupr"]) == [] and heads_told(people["supervisor"]) == []


def test_a_third_dispute_reaches_the_head_again(people, world):
    answered_and_disputed(people, FIRST, "masih rusak pak, masih ada tumpukan di belakang los ikan")
    people["citizen"].says("TIDAK PUAS LPR-1 tetap belum bersih, sudah tiga kali dijawab selesai")
    told = heads_told(people["head"])
    assert len(told) == 2 and "ketiga" in told[-1], told


def test_a_satisfied_rating_after_the_second_answer_tells_the_head_nothing(people, world):
    answered_and_disputed(people, FIRST)
    people["citizen"].says("5 makasih pak sudah bersih")
    assert heads_told(people["head"]) == []


def test_the_heads_word_is_on_the_dashboard_timeline(people, world):
    answered_and_disputed(people, FIRST)
    people["citizen"].says("masih rusak pak, masih ada tumpukan di belakang los ikan")
    with services(world).session_factory() as session:
        complaint_ = session.scalars(select(Complaint).where(Complaint.number == 1)).one()
        verifier = session.scalars(select(Contact).where(Contact.role == "verifier")).first()
        items = [item for item in timeline(session, complaint_, verifier) if item.event == "belum_puas_lagi"]
    [item] = items
    assert [r.name for r in item.recipients] == ["Yusuf"] and "LPR-1" in item.text


def test_a_second_dispute_while_the_head_is_on_leave_without_a_stand_in_reaches_the_supervisor(people, world):
    answered_and_disputed(people, FIRST)
    people["head"].says("CUTI SAYA sampai jumat")
    people["citizen"].says("masih rusak pak, masih ada tumpukan di belakang los ikan")
    assert heads_told(people["head"]) == []
    [told] = heads_told(people["supervisor"])
    assert "LPR-1" in told and "kedua" in told, told
    assert "pimpinan daerah (Sekda) ikut diberi tahu" in reopened_notices(people["dlh1"])[-1]


HEAD_NAMED = "Sampah pasar menumpuk, petugas DLH dan kepala dinasnya pak Yusuf malah minta uang rokok ke pedagang"


@walked_once
def head_named_and_disputed(people) -> None:
    """LPR-1, naming the DLH head, at DLH, answered and disputed once."""
    file_and_read(people["citizen"], description=HEAD_NAMED, photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says("SELESAI LPR-1 sampah sudah diangkut semua")
    people["citizen"].says(FIRST)
    people["dlh1"].says("SELESAI LPR-1 sudah kami angkut lagi sisanya")


@pytest.mark.parametrize("second", ["masih rusak pak, masih ada tumpukan di belakang los ikan",
                                    "TIDAK PUAS LPR-1 sampahnya cuma dipindah ke samping"])
def test_a_second_dispute_about_the_head_reaches_the_supervisor_instead(people, world, second):
    head_named_and_disputed(people)
    assert "buka kembali" in people["citizen"].says(second)
    assert heads_told(people["head"]) == [] and reopened_notices(people["head"]) == []
    [told] = heads_told(people["supervisor"])
    assert "LPR-1" in told and "kedua" in told, told
    notice = reopened_notices(people["dlh1"])[-1]
    assert "kedua" in notice and "Sekda" in notice and "menyebut kepala" in notice and "cuti" not in notice, notice


def test_a_second_dispute_read_by_the_head_alone_says_it_is_the_second(people, world):
    answered_and_disputed(people, FIRST)
    for officer in ("dlh1", "dlh2"):
        people[officer].says("CUTI SAYA sampai jumat")
    people["citizen"].says("masih rusak pak, masih ada tumpukan di belakang los ikan")
    [notice] = reopened_notices(people["head"])
    assert "kedua kalinya" in notice and "ikut diberi tahu" not in notice, notice
    assert heads_told(people["supervisor"]) == []
