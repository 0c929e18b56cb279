"""Staff typing as people do: pick lists answered with their number, agency lists without commas, a plain swipe-reply
taken as progress, greetings, and a table of what staff type → what happens."""

from __future__ import annotations

import pytest

from tests.parties import complaint, file, make_people


@pytest.fixture
def people(world):
    return make_people(world)


def codes(world, number: int) -> list[str]:
    return sorted(d.agency.code for d in complaint(world, number).dispositions)


# Pick lists ------------------------------------------------------------------------------------------------

def test_a_bare_number_after_an_ambiguous_name_picks_from_that_list(people, world):
    file(people["citizen"])
    shown = people["verifier"].says("TERUSKAN LPR-1 dins")
    assert "1. DINKES" in shown and "2. DINSOS" in shown and "Balas angkanya" in shown
    assert "diteruskan ke Dinas Sosial" in people["verifier"].says("2")
    assert codes(world, 1) == ["DINSOS"]
    assert "tidak dikenali" in people["verifier"].says("2")  # the list is used up: a second "2" is no pick


def test_teruskan_with_the_lists_number_picks_from_it_not_from_the_suggestions(people, world):
    file(people["citizen"])
    assert complaint(world, 1).routing_suggestions[0]["code"] == "DLH"
    people["verifier"].says("TERUSKAN LPR-1 dins")
    assert "Dinas Kesehatan" in people["verifier"].says("TERUSKAN LPR-1 1")
    assert codes(world, 1) == ["DINKES"]


def test_a_pick_keeps_the_agencies_named_before_and_after_the_ambiguous_one(people, world):
    file(people["citizen"])
    people["verifier"].says("TERUSKAN LPR-1 dlh, dins, pupr SURVEI")
    reply = people["verifier"].says("pilih 1")
    assert "Dinas Kesehatan" in reply and "Dinas Lingkungan Hidup" in reply and "Pekerjaan Umum" in reply
    assert codes(world, 1) == ["DINKES", "DLH", "PUPR"]
    assert all(d.field_inspection for d in complaint(world, 1).dispositions)


def test_a_number_outside_the_list_is_refused_and_the_list_stays(people, world):
    file(people["citizen"])
    people["verifier"].says("TERUSKAN LPR-1 dins")
    assert "tidak ada dalam pilihan" in people["verifier"].says("7")
    assert codes(world, 1) == []
    people["verifier"].says("1")
    assert codes(world, 1) == ["DINKES"]


def test_a_bare_number_from_an_officer_or_with_no_list_is_not_a_pick(people, world):
    file(people["citizen"])
    assert "tidak dikenali" in people["verifier"].says("3")
    assert "tidak dikenali" in people["dlh1"].says("1")
    assert codes(world, 1) == []


@pytest.mark.parametrize("typed,expected", [
    ("dlh pupr", ["DLH", "PUPR"]), ("DLH dan PUPR", ["DLH", "PUPR"]), ("dinas kesehatan dlh", ["DINKES", "DLH"]),
    ("dinas pekerja umum", ["PUPR"]), ("Dinas Lingkungan", ["DLH"]), ("dlh;dinsos", ["DINSOS", "DLH"])])
def test_agency_lists_without_commas_and_partial_names(people, world, typed, expected):
    file(people["citizen"])
    people["verifier"].says(f"TERUSKAN LPR-1 {typed}")
    assert codes(world, 1) == expected


# Swipe-replies --------------------------------------------------------------------------------------------

def test_a_plain_text_swipe_reply_to_a_disposition_notice_is_progress(people, world):
    file(people["citizen"])
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    reply = people["dlh1"].swipe(people["dlh1"].last(), "Truk sampah sudah dijadwalkan besok pagi jam 7")
    assert "Tindak lanjut LPR-1 tercatat" in reply and "dicatat sebagai kemajuan (TL)" in reply
    assert "SELESAI LPR-1" in reply
    assert "besok pagi jam 7" in people["citizen"].last().body
    assert complaint(world, 1).status == "proses"


@pytest.mark.parametrize("typed", ["ok siap", "👍", "Terima kasih pak", "siap laksanakan 🙏"])
def test_an_acknowledgement_swiped_onto_a_notice_records_nothing(people, world, typed):
    file(people["citizen"])
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    reply = people["dlh1"].swipe(people["dlh1"].last(), typed)
    assert "Tidak ada yang dicatat untuk LPR-1" in reply and "SELESAI LPR-1" in reply
    assert complaint(world, 1).status == "belum_ditindaklanjuti"


def test_a_plain_swipe_onto_another_agencys_or_a_closed_disposition_is_not_progress(people, world):
    file(people["citizen"])
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    notice = people["dlh1"].last()
    people["dlh2"].says("SELESAI LPR-1 Sampah sudah diangkut semua")
    reply = people["dlh1"].swipe(notice, "Truk sampah sudah dijadwalkan besok")
    assert "tidak dikenali" in reply and complaint(world, 1).status == "selesai"


# DAFTAR, ANTREAN ------------------------------------------------------------------------------------------

def test_daftar_of_another_agency_from_a_head_says_why_it_shows_their_own(people, world):
    file(people["citizen"])
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    reply = people["head"].says("DAFTAR PUPR")
    assert "hanya menampilkan disposisi DLH" in reply and "LPR-1" in reply
    assert "hanya menampilkan" not in people["head"].says("DAFTAR DLH")
    assert "hanya menampilkan" not in people["head"].says("DAFTAR")


def test_supervisors_may_read_the_queue(people, world):
    file(people["citizen"])
    assert "Menunggu verifikasi (1)" in people["supervisor"].says("ANTREAN")
    assert "ANTREAN" in people["supervisor"].says("BANTUAN")
