"""Likely duplicates offered to the citizen: follow someone else's public complaint instead of filing it again."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lapor import complaints
from models import Complaint, ComplaintFollower, Contact
from tests.conftest import count
from tests.parties import CITIZEN, CITIZEN_NAME, WASTE, complaint, file, shows_number

PLACE = "Pasar Srimangunan, Kec. Sampang"
SAME_PROBLEM = "Tumpukan sampah TPS pasar Srimangunan sampai ke jalan, bau sekali sudah seminggu"



def start_filing(person, description=SAME_PROBLEM, place=PLACE) -> str:
    """Walk up to the place and return the reply to it (where the offer comes)."""
    person.says("1")
    person.says("1")
    person.says(description)
    return person.says(place)


def test_similar_public_complaint_is_offered_and_followed_instead_of_filed(people, world):
    file(people["citizen"])
    offer = start_filing(people["citizen2"])
    assert "sudah dilaporkan warga lain" in offer and "LPR-1" in offer and "IKUTI LPR-1" in offer
    assert "Kirim foto" in offer or "LEWATI" in offer, "the filing goes on: the photo question follows the offer"
    assert not shows_number(offer, CITIZEN) and CITIZEN_NAME not in offer, "the reporter stays unknown"
    reply = people["citizen2"].says("ikuti lpr-1")
    assert "Anda sekarang mengikuti LPR-1" in reply and "STATUS LPR-1" in reply
    assert people["citizen2"].state() == "idle" and people["citizen2"].draft() == {}
    assert count(world, Complaint) == 1, "no second complaint"
    listing = people["citizen2"].says("STATUS")
    assert "LPR-1" in listing and "Anda mengikuti" in listing
    assert "LPR-1" in people["citizen2"].says("STATUS LPR-1")


def test_followers_hear_dispositions_and_follow_ups_but_are_not_asked_to_rate(people, world):
    file(people["citizen"])
    start_filing(people["citizen2"])
    people["citizen2"].says("IKUTI")  # one offer: the reference may be left out
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert "diteruskan ke Dinas Lingkungan Hidup" in people["citizen2"].last().body
    people["dlh1"].says("TL LPR-1 Petugas kebersihan dijadwalkan mengangkut besok pagi")
    assert "dijadwalkan mengangkut" in people["citizen2"].last().body
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut seluruhnya")
    assert "diangkut seluruhnya" in people["citizen2"].last().body
    assert [m.purpose for m in people["citizen2"].inbox()].count("rating") == 0
    assert [m.purpose for m in people["citizen"].inbox()].count("rating") == 1
    assert people["citizen2"].state() == "idle"
    people["citizen2"].says("TIDAK PUAS LPR-1 sampahnya masih ada")  # only the reporter may reopen it
    assert complaint(world, 1).status == "selesai"
    for message in people["citizen2"].inbox():
        assert not shows_number(message.body, CITIZEN) and CITIZEN_NAME not in message.body


@pytest.mark.parametrize("privacy", ["2", "3"])
def test_confidential_and_anonymous_complaints_are_never_offered(people, world, privacy):
    file(people["citizen"], privacy=privacy)
    offer = start_filing(people["citizen2"])
    assert "LPR-1" not in offer and "IKUTI" not in offer
    assert "mengikuti" not in people["citizen2"].says("IKUTI LPR-1")  # nothing was offered: a bad photo answer
    assert people["citizen2"].state() == "photo" and count(world, ComplaintFollower) == 0
    assert people["citizen2"].says("STATUS LPR-1").startswith("Laporan LPR-1 tidak ditemukan")


def test_an_offer_never_shows_a_national_id_number(people):
    file(people["citizen"], description="NIK 3527012345678901 saya lapor: sampah TPS pasar Srimangunan menumpuk")
    offer = start_filing(people["citizen2"])
    assert "LPR-1" in offer and "3527" not in offer


def test_ignoring_the_offer_files_as_usual(people, world):
    file(people["citizen"])
    start_filing(people["citizen2"])
    people["citizen2"].says("LEWATI")
    people["citizen2"].says("1")
    assert "LPR-2" in people["citizen2"].says("KIRIM")
    assert count(world, ComplaintFollower) == 0
    assert complaint(world, 2).description == SAME_PROBLEM


def test_own_and_unrelated_complaints_are_not_offered(people):
    file(people["citizen"])
    assert "IKUTI" not in start_filing(people["citizen"]), "one's own complaint is not offered"
    people["citizen"].says("BATAL")
    other = "Lampu penerangan jalan di perempatan Jrengik mati total sejak minggu lalu, gelap sekali malam hari"
    assert "IKUTI" not in start_filing(people["citizen2"], other, "Perempatan Jrengik, Kec. Jrengik")


def test_following_only_what_was_offered(people, world):
    file(people["citizen"])
    file(people["citizen"], description="Jalan kabupaten di Desa Banyuanyar berlubang besar dan membahayakan")
    start_filing(people["citizen2"])
    reply = people["citizen2"].says("IKUTI LPR-2")
    assert "IKUTI disertai salah satu nomor" in reply and "LPR-1" in reply
    assert people["citizen2"].state() == "photo" and count(world, ComplaintFollower) == 0


def test_a_complaint_closed_meanwhile_cannot_be_followed(people, world):
    file(people["citizen"])
    start_filing(people["citizen2"])
    people["verifier"].says("ARSIPKAN LPR-1 Sudah ditangani dinas sebelum laporan masuk")
    reply = people["citizen2"].says("IKUTI LPR-1")
    assert "sudah tidak dapat diikuti" in reply and people["citizen2"].state() == "photo"
    assert count(world, ComplaintFollower) == 0


def test_following_twice_is_harmless_and_merging_keeps_followers(people, world):
    file(people["citizen"])
    file(people["citizen"], description=WASTE + " (laporan kedua)")
    svc = world.extensions["penghubung"]
    start_filing(people["citizen2"])
    people["citizen2"].says("IKUTI LPR-2")
    with svc.session_factory.begin() as session:
        second = complaints.by_number(session, 2)
        citizen2 = session.scalars(select(Contact).where(Contact.phone == people["citizen2"].phone)).one()
        complaints.follow(session, citizen2, second, svc.clock())  # again: nothing new
    assert count(world, ComplaintFollower) == 1
    people["verifier"].says("GABUNG LPR-2 LPR-1")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert "diteruskan ke Dinas Lingkungan Hidup" in people["citizen2"].last().body
    assert "LPR-1" in people["citizen2"].last().body


def follow_first(people):
    """citizen2 follows citizen's LPR-1 (offered while filing the same problem)."""
    start_filing(people["citizen2"])
    assert "mengikuti LPR-1" in people["citizen2"].says("IKUTI LPR-1")
    return people["citizen2"]


def test_status_of_a_followed_complaint_never_shows_the_reporters_national_id_number(people):
    file(people["citizen"], description="NIK 3527012345678901 saya lapor: sampah TPS pasar Srimangunan menumpuk")
    follower = follow_first(people)
    listing, detail = follower.says("STATUS"), follower.says("STATUS LPR-1")
    assert "LPR-1" in listing and "3527" not in listing, listing
    assert "Jenis: Pengaduan" in detail and "3527" not in detail, detail
    assert "3527012345678901" in people["citizen"].says("STATUS LPR-1"), "the reporter reads their own title whole"


def test_status_of_a_followed_complaint_shows_the_agencies_words_never_the_reporters(people, world):
    file(people["citizen"])
    follower = follow_first(people)
    people["verifier"].says("TUNDA LPR-1 Mohon kirim nama dan alamat rumah Anda untuk dihubungi petugas")
    people["citizen"].says("Siti Rahma, Gang Mawar no 3 RT 02, HP 081234567890")
    detail = follower.says("STATUS LPR-1")
    assert "Gang Mawar" not in detail and not shows_number(detail, CITIZEN) and "Perkembangan terakhir" not in detail
    assert "Gang Mawar" in people["citizen"].says("STATUS LPR-1"), "the reporter still sees their own answer"
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says("TL LPR-1 Truk sampah dijadwalkan besok pagi")
    people["citizen"].says("TIDAK PUAS LPR-1 alamat saya Gang Mawar")  # not finished: nothing is reopened
    assert "Truk sampah dijadwalkan" in follower.says("STATUS LPR-1")


@pytest.mark.parametrize("look", ["STATUS", "STATUS LPR-1", "offer", "merged"])
def test_a_question_put_to_the_reporter_is_never_said_to_await_the_reader(people, look):
    """Found by hand: a follower (or a citizen offered the complaint, or one whose duplicate was merged into it) read
    «Menunggu keterangan tambahan dari Anda» about a question put to the original reporter."""
    file(people["citizen"])
    people["verifier"].says("TUNDA LPR-1 Mohon kirim foto tumpukan sampahnya")
    if look == "offer":
        seen = start_filing(people["citizen2"])
    elif look == "merged":
        file(people["citizen2"], description=WASTE + " (laporan kedua)")
        people["verifier"].says("GABUNG LPR-2 LPR-1")
        seen = people["citizen2"].says("STATUS LPR-2")
    else:
        seen = follow_first(people).says(look)
    assert "LPR-1" in seen and "keterangan tambahan dari pelapor" in seen and "dari Anda" not in seen, seen
    assert "keterangan tambahan dari Anda" in people["citizen"].says("STATUS LPR-1"), "the reporter is the one asked"


@pytest.mark.parametrize("typed,shown", [("kapan diangkut pak?", True), ("udah ada kabar belum?", True),
                                         ("kok lama banget sih, belum ada tanggapan", True),
                                         ("gmn perkembangannya min", True),
                                         # near misses: thanks, and a new problem
                                         ("ok makasih", False),
                                         ("lampu jalan di gang kenari mati sudah seminggu", False)])
def test_a_follower_asking_after_progress_sees_the_followed_complaint(people, typed, shown):
    """Found by hand: a follower (no complaint of their own) asking "kapan dibenerin pak?" got the menu."""
    file(people["citizen"])
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    reply = follow_first(people).says(typed)
    assert ("LPR-1" in reply and "Status:" in reply) is shown, reply


@pytest.mark.parametrize("step_answers", [["1"], ["1", "1"]])
def test_ikuti_with_a_reference_while_filing_follows_it_without_an_offer(people, step_answers):
    """Found by hand: a second citizen who knew the reference typed "ikuti lpr-1" at the kind question and got
    "Mohon balas 1, 2 atau 3" (IKUTI worked only while similar complaints were offered)."""
    file(people["citizen"])
    for answer in step_answers:
        people["citizen2"].says(answer)
    reply = people["citizen2"].says("ikuti lpr-1")
    assert "Anda sekarang mengikuti LPR-1" in reply and people["citizen2"].state() == "idle"
