"""What a citizen is told about when: the filing reply and STATUS give the day, counted on the real calendar
(weekends, national holidays and cuti bersama left out), and a day gone by is never shown as one to come."""

from __future__ import annotations

from tests.parties import file, file_and_read, filed_and_forwarded
from tests.scheduler.conftest import at
from tests.scheduler.test_ladders import tick


def test_filed_on_friday_evening_before_nyepi_and_idul_fitri_the_citizen_is_given_the_day(people, clock):
    clock.now = at(2027, 3, 5, 19, 40)  # Mon 8 Mar Nyepi, 9–15 Mar Idul Fitri and cuti bersama
    reply = file_and_read(people["citizen"], photo=False)
    assert "paling lambat Jumat, 19 Mar 2027 (3 hari kerja)" in reply
    status = people["citizen"].says("STATUS LPR-1")
    assert "Diverifikasi paling lambat: Jumat, 19 Mar 2027" in status


def test_status_gives_the_agencys_deadline_and_says_when_it_is_today_or_gone_by(people, world, clock):
    clock.now = at(2026, 12, 23, 18, 10)  # Wednesday, before Christmas and its cuti bersama (24–25 Dec)
    file(people["citizen"], photo=False)
    clock.now = at(2026, 12, 28, 9, 0)
    people["verifier"].says("TERUSKAN LPR-1 DLH")  # 14 working days: 1 and 5 Jan 2027 are holidays too
    assert "Batas penyelesaian: Selasa, 19 Jan 2027" in people["citizen"].says("STATUS LPR-1")
    clock.now = at(2027, 1, 19, 11, 0)
    assert "Batas penyelesaian: hari ini, 19 Jan 2027" in people["citizen"].says("STATUS LPR-1")
    tick(world, clock, at(2027, 1, 20, 9, 0))
    status = people["citizen"].says("STATUS LPR-1")
    assert "Batas penyelesaian 19 Jan 2027 sudah lewat; instansi sudah kami ingatkan." in status
    assert "Batas penyelesaian:" not in status


def test_status_of_a_late_verification_says_it_is_late(people, world, clock):
    clock.now = at(2026, 8, 13, 10, 0)  # Thursday; Monday 17 Aug is Independence Day
    file(people["citizen"], photo=False)
    assert "Diverifikasi paling lambat: Rabu, 19 Agu 2026" in people["citizen"].says("STATUS LPR-1")
    tick(world, clock, at(2026, 8, 20, 10, 0))
    status = people["citizen"].says("STATUS LPR-1")
    assert "Verifikasi melewati batas 19 Agu 2026; petugas sudah kami ingatkan." in status


def test_status_of_a_finished_or_waiting_complaint_gives_no_deadline(people, clock):
    filed_and_forwarded(people, photo=False)
    people["dlh1"].says("INFO LPR-1 Di sebelah mana persisnya?")
    status = people["citizen"].says("STATUS LPR-1")
    assert "Menunggu keterangan tambahan dari Anda" in status and "paling lambat" not in status
    assert "Batas" not in status
    people["citizen"].says("Di samping pos kamling")
    people["dlh1"].says("SELESAI LPR-1 Sudah diangkut")
    assert "Batas" not in people["citizen"].says("STATUS LPR-1")


def test_a_reopened_complaint_tells_the_citizen_its_new_deadline(people, clock):
    clock.now = at(2027, 4, 5, 10, 0)
    filed_and_forwarded(people, photo=False)
    clock.now = at(2027, 4, 21, 14, 0)
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut")
    clock.now = at(2027, 4, 22, 7, 0)
    reply = people["citizen"].says("tidak puas, sampahnya masih menumpuk di belakang pasar")
    assert "LPR-1 kami buka kembali" in reply
    assert "Batas penyelesaian baru: Kamis, 13 Mei 2027" in reply  # 14 working days; 6 May is Ascension Day
