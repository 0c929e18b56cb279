"""What a citizen is told about when: the filing reply and STATUS give the day, counted on the real calendar
(weekends, national holidays and cuti bersama left out), and a day gone by is never shown as one to come."""

from __future__ import annotations

from tests.parties import file, file_and_read, filed_and_forwarded
from tests.scheduler.conftest import at
from tests.scheduler.test_ladders import tick


def bodies(person) -> list[str]:
    return [message.body for message in person.inbox()]


def test_filed_on_friday_evening_before_nyepi_and_idul_fitri_the_citizen_is_given_the_day(people, clock):
    clock.now = at(2027, 3, 5, 19, 40)  # Mon 8 Mar Nyepi, 9–15 Mar Idul Fitri and cuti bersama
    reply = file_and_read(people["citizen"], photo=False)
    # Counted from Tuesday 16 Mar 08:00: the 3 working days are 16, 17 and 18 Mar ("Jumat, 19 Mar" read as four).
    assert "paling lambat Kamis, 18 Mar 2027 (3 hari kerja)" in reply
    status = people["citizen"].says("STATUS LPR-1")
    assert "Diverifikasi paling lambat: Kamis, 18 Mar 2027" in status


def test_status_gives_the_agencys_deadline_and_says_when_it_is_today_or_gone_by(people, world, clock):
    clock.now = at(2026, 12, 23, 18, 10)  # Wednesday, before Christmas and its cuti bersama (24–25 Dec)
    file(people["citizen"], photo=False)
    clock.now = at(2026, 12, 28, 9, 0)
    people["verifier"].says("TERUSKAN LPR-1 DLH")  # 14 working days: 1 and 5 Jan 2027 are holidays too
    assert "Batas penyelesaian: Selasa, 19 Jan 2027" in people["citizen"].says("STATUS LPR-1")
    clock.now = at(2027, 1, 19, 8, 30)  # forwarded at 09:00: due at 09:00, which the citizen is told
    assert "Batas penyelesaian: hari ini, 19 Jan 2027 pukul 09.00" in people["citizen"].says("STATUS LPR-1")
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
    # 14 working days from 22 Apr 08:00 (6 May is Ascension Day): the 14th is Wednesday 12 May
    assert "Batas penyelesaian baru: Rabu, 12 Mei 2027" in reply


def test_a_complaint_filed_on_the_evening_before_christmas_is_promised_the_day_its_third_working_day_ends(
        people, world, clock):
    clock.now = at(2026, 12, 23, 19, 30)  # Wednesday; 24 Dec cuti bersama, 25 Dec Christmas
    reply = file_and_read(people["citizen"], photo=False)
    assert "paling lambat Rabu, 30 Des 2026 (3 hari kerja)" in reply  # 28, 29 and 30 Dec
    clock.now = at(2026, 12, 30, 10, 0)
    assert "Diverifikasi paling lambat: hari ini, 30 Des 2026" in people["citizen"].says("STATUS LPR-1")
    tick(world, clock, at(2026, 12, 31, 8, 0))  # the supervisors' escalation: 3 working days went by
    assert any("Eskalasi: LPR-1 belum diverifikasi" in body for body in bodies(people["supervisor"]))
    clock.now = at(2026, 12, 31, 10, 0)
    status = people["citizen"].says("STATUS LPR-1")
    assert "Verifikasi melewati batas 30 Des 2026; petugas sudah kami ingatkan." in status


def test_a_disposition_forwarded_on_christmas_eve_evening_is_due_the_day_its_fourteenth_working_day_ends(
        people, world, clock):
    clock.now = at(2026, 12, 23, 19, 30)
    file(people["citizen"], photo=False)
    clock.now = at(2026, 12, 23, 20, 10)
    assert "batas 18 Jan 2027" in people["verifier"].says("TERUSKAN LPR-1 DLH")  # 1 and 5 Jan are holidays
    assert any("Batas penyelesaian: 18 Jan 2027" in body for body in bodies(people["dlh1"]))
    clock.now = at(2026, 12, 28, 9, 0)
    assert "Batas penyelesaian: Senin, 18 Jan 2027" in people["citizen"].says("STATUS LPR-1")
    people["dlh1"].says("TL LPR-1 Sedang dijadwalkan")
    tick(world, clock, at(2027, 1, 14, 15, 59))
    assert not any("harus selesai" in body for body in bodies(people["dlh1"]))
    tick(world, clock, at(2027, 1, 15, 8, 0))  # 2 working days before: 15 and 18 Jan
    assert any("harus selesai 18 Jan 2027, 2 hari kerja lagi" in body for body in bodies(people["dlh1"]))
    tick(world, clock, at(2027, 1, 18, 16, 0))  # the deadline, as working hours end: no rung out of them
    assert not any(body.startswith("⚠") for body in bodies(people["dlh1"]))
    tick(world, clock, at(2027, 1, 19, 8, 0))  # the first working moment after the deadline: it went by
    overdue = [body for body in bodies(people["dlh1"]) if body.startswith("⚠")]
    assert overdue
    assert overdue[-1].startswith("⚠ LPR-1 (Dinas Lingkungan Hidup) melewati batas penyelesaian 18 Jan 2027")
