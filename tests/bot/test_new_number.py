"""A reporter who lost their phone: the verifier moves the complaint to the new number (NOMORBARU LPR-n 08…), asked
to confirm first; everyone else is refused; the agency never sees either number."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models import Complaint, Contact
from tests.parties import CITIZEN, Party, complaint, file, shows_number

NEW = "+6281377778888"


def reporter(people) -> str:
    """The number LPR-1 belongs to."""
    with people["citizen"].factory() as session:
        return session.scalar(select(Contact.phone).join(Complaint, Complaint.citizen_id == Contact.id)
                              .where(Complaint.number == 1))


def moved(people) -> Party:
    """LPR-1 (anonymous, the citizen's) forwarded to DLH; its reporter writes from a new number."""
    file(people["citizen"], privacy="3", photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    new = Party(people["citizen"].app, NEW, "Siti HP baru")
    new.says("hp saya hilang pak, ini nomor baru saya. laporan saya LPR-1")
    return new


def test_the_verifier_moves_a_complaint_to_the_new_number_after_confirming(people):
    new = moved(people)
    claim = [m.body for m in people["verifier"].inbox() if "nomor baru" in m.body][-1]
    assert "NOMORBARU LPR-1 0813-7777-8888" in claim, claim  # the claim says how to move it
    asked = people["verifier"].says("NOMORBARU LPR-1 0813-7777-8888")
    assert "YA" in asked and "LPR-1" in asked and shows_number(asked, NEW) and shows_number(asked, CITIZEN), asked
    assert reporter(people) == CITIZEN  # nothing moved before the yes
    done = people["verifier"].says("ya")
    assert "LPR-1" in done and shows_number(done, NEW), done
    moved_one = complaint(people["citizen"].app, 1)
    assert reporter(people) == NEW
    [entry] = [e for e in moved_one.timeline if e.event == "nomor_baru"]
    assert not any(ch.isdigit() for ch in entry.text.replace("LPR-1", "")), entry.text  # staff read it: no numbers
    told = [m.body for m in new.inbox() if "LPR-1" in m.body and "nomor ini" in m.body]
    assert told, [m.body for m in new.inbox()]
    assert [m for m in people["citizen"].inbox() if "nomor lain" in m.body]  # the old number is told, unnamed
    assert "LPR-1 –" in new.says("status lpr 1")
    officers = [m.body for m in people["dlh1"].inbox()] + [people["dlh1"].says("STATUS LPR-1")]
    assert not any(shows_number(body, NEW) or shows_number(body, CITIZEN) for body in officers)


@pytest.mark.parametrize("who", ["dlh1", "head", "supervisor"])
def test_anyone_but_a_verifier_is_refused_politely(people, who):
    moved(people)
    reply = people[who].says("NOMORBARU LPR-1 081377778888")
    assert "Maaf" in reply and "verifikator" in reply, reply
    assert reporter(people) == CITIZEN


@pytest.mark.parametrize("typed,said", [
    ("NOMORBARU LPR-1", "nomor baru"),  # no number: what to type
    ("nomor baru LPR-1 12345", "nomor baru"),  # no valid number
    ("NOMORBARU LPR-1 081234567890", "sudah"),  # the number it has
    ("NOMORBARU LPR-9 081377778888", "tidak ditemukan"),
    ("NOMORBARU LPR-1 081100000020", "petugas"),  # a staff number
])
def test_bad_input_gets_a_helpful_reply_and_moves_nothing(people, typed, said):
    moved(people)
    reply = people["verifier"].says(typed)
    assert said in reply and "Perintah tidak dikenali" not in reply, reply
    assert reporter(people) == CITIZEN


def test_a_no_calls_it_off(people):
    moved(people)
    people["verifier"].says("ganti nomor LPR-1 0813 7777 8888")
    assert "tidak" in people["verifier"].says("tidak").lower()
    assert reporter(people) == CITIZEN


@pytest.mark.parametrize("typed", ["nomor baru saya 081377778888 pak", "ganti nomor wa ya pak mulai besok"])
def test_an_officers_own_new_number_is_still_the_directorys(people, typed):
    """NOMORBARU's words without a complaint's reference are an officer's own number: the verifiers record it."""
    reply = people["dlh1"].says(typed)
    assert "direktori" in reply and "hanya untuk" not in reply, reply


@pytest.mark.parametrize("typed", ["saya tidak pernah minta pindah nomor pak", "lho kok dipindah ke hp lain?"])
def test_the_old_number_objecting_reaches_the_verifiers(people, typed):
    """Found by hand: the old number's "saya tidak pernah minta pindah nomor pak" after the move was offered as a
    new complaint."""
    moved(people)
    people["verifier"].says("NOMORBARU LPR-1 081377778888")
    people["verifier"].says("ya")
    reply = people["citizen"].says(typed)
    assert "petugas verifikasi" in reply and "Sepertinya Anda ingin melapor" not in reply, reply
    assert [m for m in people["verifier"].inbox() if typed in m.body and shows_number(m.body, CITIZEN)]


def test_the_old_numbers_objection_reaches_the_verifiers_as_an_objection(people):
    """Found by hand: it reached them in a new number's claim's words ("menyatakan sebagai pelapor … dengan nomor
    baru", and NOMORBARU to move it to the old number as if it were the new one)."""
    moved(people)
    people["verifier"].says("NOMORBARU LPR-1 081377778888")
    people["verifier"].says("ya")
    people["citizen"].says("saya tidak pernah minta pindah nomor pak")
    [told] = [m.body for m in people["verifier"].inbox() if "tidak pernah minta" in m.body]
    assert "dengan nomor baru" not in told and "nomor lama" in told, told
    assert shows_number(told, CITIZEN) and shows_number(told, NEW), told


def move(people) -> None:
    people["verifier"].says("NOMORBARU LPR-1 081377778888")
    people["verifier"].says("ya")


@pytest.mark.parametrize("answer", ["di sebelah utara pasar, dekat pos ronda", "gak tau pak"])
def test_a_question_waiting_for_the_old_number_is_asked_and_answered_at_the_new_one(people, answer):
    """Found by hand: the officer's question asked before NOMORBARU stayed with the old number; the new one's answer
    was read as a new story."""
    new = moved(people)
    people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    move(people)
    assert any("sisi mana" in m.body for m in new.inbox()), [m.body for m in new.inbox()]
    new.says(answer)
    assert any(answer in m.body for m in people["dlh1"].inbox()), [m.body for m in people["dlh1"].inbox()]


def test_a_rating_waiting_for_the_old_number_is_asked_and_given_at_the_new_one(people):
    new = moved(people)
    people["dlh1"].says("SELESAI LPR-1 sampah sudah diangkut semua")
    move(people)
    assert any("sudah dinyatakan selesai" in m.body for m in new.inbox()), [m.body for m in new.inbox()]
    new.says("5")
    assert complaint(people["citizen"].app, 1).rating == 5


def test_the_old_number_objecting_while_asked_for_another_rating_reaches_the_verifiers(people):
    """Found by hand: the old number, asked to rate another complaint of theirs, wrote "lho kok laporan saya dipindah
    ke nomor lain?": it was kept as that rating's comment, and the verifiers never heard of it."""
    moved(people)
    people["citizen"].file(description="Lampu jalan di gang mawar RT 3 mati sudah dua minggu, gelap sekali")
    people["verifier"].says("TERUSKAN LPR-2 PUPR")
    people["pupr"].says("SELESAI LPR-2 Lampu sudah diganti")
    move(people)
    typed = "lho kok laporan saya dipindah ke nomor lain?"
    reply = people["citizen"].says(typed)
    assert "petugas verifikasi" in reply, reply
    assert [m for m in people["verifier"].inbox() if typed in m.body and "Nomor lama" in m.body]


@pytest.mark.parametrize("typed", ["saya ganti nomor hp, nanti kabarnya ke nomor baru ya 081299998888",
                                   "pak no wa saya mau ganti, ini nomor baru saya 0813 1111 2222",
                                   "nanti hubungi nomor baru saya aja ya pak, yg ini mau hilang"])
def test_a_reporter_telling_of_a_new_number_from_the_old_one_is_told_how_to_move(people, typed):
    """Found by hand: from the number that filed LPR-1, "saya ganti nomor hp, nanti kabarnya ke nomor baru ya 0812…"
    was offered as a new complaint."""
    file(people["citizen"], photo=False)
    said = people["citizen"].says(typed)
    assert "LPR-1" in said and "nomor baru" in said and "Sepertinya Anda ingin melapor" not in said, said
    assert reporter(people) == CITIZEN


def test_a_lost_phone_said_beside_photos_to_come_is_not_a_move(people):
    file(people["citizen"], photo=False)
    assert "pindah" not in people["citizen"].says("hp saya hilang pak, fotonya nyusul ya")
