"""A verifier taking back a wrong forward (verifier2): the correction moves the complaint, the wrong agency is told it
was sent by mistake and chased no more, the citizen gets one accurate notice; the digest asked as a question."""

from __future__ import annotations

from datetime import timedelta

import pytest

from models import DispositionStatus
from models.vocab import Purpose
from tests.parties import complaint, deliver, file


def pupr_holds_one(people) -> None:
    """LPR-1 filed and forwarded by the verifier to PUPR, the wrong agency, a moment ago."""
    file(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 PUPR")


def told_forwarded(person) -> list[str]:
    """The notices a citizen got that their complaint went to an agency."""
    return [m.body for m in person.inbox() if m.purpose == Purpose.DISPOSITIONED and m.status != "skipped"]


def statuses(world, number: int = 1) -> dict[str, str]:
    return {d.agency.code: d.status for d in complaint(world, number).dispositions}


CORRECTIONS = ["eh salah, harusnya dlh bukan pu", "maaf keliru, mestinya ke dlh", "ralat: dlh",
               "eh salah bukan pu tapi dlh", "koreksi, ke dlh bukan pupr"]


@pytest.mark.parametrize("typed", CORRECTIONS)
def test_a_correction_confirmed_moves_the_complaint_and_the_citizen_hears_it_once(people, world, typed):
    """Found by hand: after TERUSKAN to PUPR and the correction to Dishub, the citizen got "sudah diverifikasi dan
    diteruskan ke …" twice, and PUPR kept the disposition until it returned it."""
    pupr_holds_one(people)
    reply = people["verifier"].says(typed)
    assert "LPR-1" in reply and "DLH" in reply and "PUPR" in reply and "YA" in reply, reply
    assert "KEMBALIKAN" not in reply, reply  # nothing is left for PUPR to do
    reply = people["verifier"].says("ya")
    assert "ditarik" in reply and "Dinas Lingkungan Hidup" in reply, reply
    assert statuses(world) == {"PUPR": DispositionStatus.WITHDRAWN, "DLH": DispositionStatus.OPEN}
    notices = told_forwarded(people["citizen"])
    assert sum("sudah diverifikasi" in body for body in notices) == 1, notices
    assert "kini ditangani Dinas Lingkungan Hidup" in notices[-1], notices
    assert "LPR-1" in people["dlh1"].last().body
    told = people["pupr"].last()
    assert told.purpose == Purpose.WITHDRAWN and "salah kirim" in told.body and "tidak perlu" in told.body, told.body


def test_a_correction_adding_an_agency_still_forwards_only(people, world):
    pupr_holds_one(people)
    reply = people["verifier"].says("eh harusnya dlh juga")
    assert "Teruskan LPR-1 ke DLH?" in reply, reply
    people["verifier"].says("ya")
    assert statuses(world) == {"PUPR": DispositionStatus.OPEN, "DLH": DispositionStatus.OPEN}


def test_the_wrong_agency_gets_no_reminder_after_the_correction(people, world, clock):
    from scheduler.jobs import run_ladders
    from services import services

    pupr_holds_one(people)
    people["verifier"].says("eh salah, harusnya dlh bukan pu")
    people["verifier"].says("ya")
    before = len(people["pupr"].inbox())
    for days in (1, 2, 3, 4):
        clock.now = clock.now + timedelta(days=days)
        run_ladders(services(world), clock.now)
    deliver(world)
    assert len(people["pupr"].inbox()) == before, [m.body for m in people["pupr"].inbox()[before:]]
    assert any(m.purpose == Purpose.REMINDER for m in people["dlh1"].inbox())


def test_a_correction_at_night_sends_only_the_right_notice_in_the_morning(people, world, clock):
    """The first notice still waits for the morning (no message to a citizen between 21:00 and 06:00): it is taken
    back and only the right one goes, in the usual words."""
    file(people["citizen"], photo=False)
    clock.now = clock.now.replace(hour=15)  # 22:00 in Jakarta
    people["verifier"].says("TERUSKAN LPR-1 PUPR")
    people["verifier"].says("eh salah, harusnya dlh bukan pu")
    people["verifier"].says("ya")
    clock.now = clock.now + timedelta(hours=10)  # 08:00
    deliver(world)
    notices = told_forwarded(people["citizen"])
    assert len(notices) == 1 and "Dinas Lingkungan Hidup" in notices[0] and "Pekerjaan Umum" not in notices[0], notices


def test_a_verifiers_withdrawal_is_in_the_audit_log(people, world):
    from sqlalchemy import select

    from models import AuditEntry
    from tests.conftest import reading

    pupr_holds_one(people)
    people["verifier"].says("TARIK LPR-1 PUPR")
    with reading(world) as session:
        actions = [e.action for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert "tarik" in actions, actions


# A verifier taking a forward back in words, with the complaint named: the withdrawal is asked, then done, and the
# verifier asked where it goes now
TAKEN_BACK = ["batalkan disposisi lpr-1", "tarik lagi lpr 1 dari pu", "LPR-1 salah kirim", "lpr 1 salah dispo",
              "tolong tarik disposisi lpr 1", "cabut disposisi lpr1 dr pupr", "LPR-1 salah disposisi pak",
              "batalin dispo lpr 1 ke pu"]


@pytest.mark.parametrize("typed", TAKEN_BACK)
def test_a_forward_taken_back_in_words_is_withdrawn_and_the_verifier_asked_where_it_goes(people, world, typed):
    """Found by hand: these got "Perintah tidak dikenali"."""
    pupr_holds_one(people)
    reply = people["verifier"].says(typed)
    assert "tidak dikenali" not in reply and "LPR-1" in reply, reply
    if statuses(world)["PUPR"] == DispositionStatus.OPEN:  # asked first
        assert "PUPR" in reply and "YA" in reply, reply
        reply = people["verifier"].says("ya")
    assert statuses(world) == {"PUPR": DispositionStatus.WITHDRAWN}
    assert "TERUSKAN LPR-1" in reply, reply
    assert complaint(world, 1).status == "belum_terverifikasi"
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    notices = told_forwarded(people["citizen"])
    assert sum("sudah diverifikasi" in body for body in notices) == 1, notices
    assert "kini ditangani Dinas Lingkungan Hidup" in notices[-1], notices


def test_an_officers_salah_kirim_is_still_their_return(people, world):
    pupr_holds_one(people)
    reply = people["pupr"].says("LPR-1 salah kirim")
    assert "KEMBALIKAN" in reply or "Kembalikan" in reply, reply
    assert statuses(world) == {"PUPR": DispositionStatus.OPEN}


def test_taking_back_a_complaint_not_forwarded_says_so(people, world):
    file(people["citizen"], photo=False)
    reply = people["verifier"].says("TARIK LPR-1 PUPR")
    assert "belum" in reply and "TERUSKAN LPR-1" in reply, reply


def test_an_officer_cannot_take_a_disposition_back(people, world):
    pupr_holds_one(people)
    reply = people["pupr"].says("TARIK LPR-1 PUPR")
    assert "verifikator" in reply.lower(), reply
    assert statuses(world) == {"PUPR": DispositionStatus.OPEN}


# How things stand today, asked by a leader: the digest
TODAY_ASKED = ["kondisi pagi ini gmn", "gimana hari ini", "laporan hari ini gmn", "kondisi hari ini gimana pak",
               "gmn kondisi skrg?", "gimana pagi ini bu", "pripun dinten niki", "kondisi hari ini?"]


@pytest.mark.parametrize("typed", TODAY_ASKED)
def test_a_supervisor_asking_how_today_is_gets_the_digest(people, typed):
    reply = people["supervisor"].says(typed)
    assert "Rekap" in reply and "Perintah pimpinan" not in reply, reply


@pytest.mark.parametrize("typed", ["kondisi pagi ini gmn", "gimana hari ini"])
def test_a_head_asking_how_today_is_gets_the_agencys_digest(people, typed):
    reply = people["head"].says(typed)
    assert "Rekap" in reply and "DLH" in reply and "Perintah pimpinan" not in reply, reply


@pytest.mark.parametrize("typed", ["pagi pak", "gimana caranya", "selamat pagi bu"])
def test_a_greeting_or_how_to_is_not_the_digest(people, typed):
    assert "Rekap" not in people["supervisor"].says(typed)


def test_an_officer_asking_how_today_is_gets_no_digest(people):
    assert "Rekap" not in people["dlh1"].says("gimana hari ini")


def test_the_wrong_agency_acting_after_the_take_back_is_told_why_it_is_closed(people):
    pupr_holds_one(people)
    people["verifier"].says("TARIK LPR-1 PUPR KE DLH")
    reply = people["pupr"].says("TL LPR-1 sudah kami cek ke lokasi")
    assert "ditarik verifikator" in reply and "diarsipkan" not in reply, reply
    assert "PUPR (ditarik verifikator)" in people["verifier"].says("STATUS LPR-1")


@pytest.mark.parametrize("typed", ["batal", "gak jadi", "eh salah, batal", "waduh keliru", "tidak"])
def test_second_thoughts_right_after_a_forward_ask_to_take_it_back(people, world, typed):
    pupr_holds_one(people)
    reply = people["verifier"].says(typed)
    assert "Tarik disposisinya" in reply and "TARIK LPR-1 PUPR KE" in reply, reply
    assert statuses(world) == {"PUPR": DispositionStatus.OPEN}  # nothing undone before YA
    people["verifier"].says("ya")
    assert statuses(world) == {"PUPR": DispositionStatus.WITHDRAWN}


def test_second_thoughts_called_off_leave_the_forward(people, world):
    pupr_holds_one(people)
    people["verifier"].says("batal")
    people["verifier"].says("tidak")
    assert statuses(world) == {"PUPR": DispositionStatus.OPEN}


@pytest.mark.parametrize("typed", ["lpr 1 salah dispo, harusnya ke dlh", "lpr 1 seharusnya ke dlh bukan pupr",
                                   "lpr 1 pindah ke dlh aja", "lpr 1 dialihkan ke dlh aja"])
def test_a_complaint_named_with_where_it_should_go_is_moved_from_the_one_holding_it(people, world, typed):
    pupr_holds_one(people)
    reply = people["verifier"].says(typed)
    assert "Pindahkan LPR-1 dari PUPR ke DLH?" in reply, reply
    people["verifier"].says("ya")
    assert statuses(world) == {"PUPR": DispositionStatus.WITHDRAWN, "DLH": DispositionStatus.OPEN}


def test_with_two_agencies_holding_it_a_correction_only_adds_and_names_tarik(people, world):
    file(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 PUPR, DINKES")
    reply = people["verifier"].says("lpr 1 seharusnya ke dlh bukan pupr")
    assert "Teruskan LPR-1 ke DLH?" in reply and "TARIK LPR-1" in reply, reply


def test_taking_back_towards_an_agency_that_already_holds_it_says_it_stays_there(people, world):
    """Found by hand (staff21): TARIK LPR-1 PUPR KE DLH with DLH already holding it said only that PUPR's was taken
    back, and nothing of where the complaint is now."""
    pupr_holds_one(people)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    reply = people["verifier"].says("TARIK LPR-1 PUPR KE DLH")
    assert "Disposisi LPR-1 ke PUPR ditarik" in reply and "LPR-1 tetap ditangani DLH." in reply, reply
    assert statuses(world) == {"PUPR": DispositionStatus.WITHDRAWN, "DLH": DispositionStatus.OPEN}


def test_a_disposition_taken_back_is_said_taken_back_where_the_complaint_is_asked(people, world):
    """Found by hand (staff21): «DISDUKCAPIL: disposisinya ditutup» where a verifier had taken it back, and the day's
    list named the agency taken back as if it held the complaint («belum terverifikasi · PUPR»)."""
    pupr_holds_one(people)
    people["verifier"].says("TARIK LPR-1 PUPR KE DLH")
    where = people["verifier"].says("posisi lpr 1 skrg dmn")
    assert "PUPR: ditarik verifikator (salah kirim" in where and "ditutup" not in where, where
    people["verifier"].says("TARIK LPR-1 DLH")
    listed = people["verifier"].says("laporan yg masuk hari ini apa aja bu")
    assert "LPR-1 (belum terverifikasi) –" in listed, listed


@pytest.mark.parametrize("typed", ["TARIK LPR-1 PUPR", "tarik lagi lpr 1 dari pu"])
def test_taking_back_twice_says_it_was_taken_back_already(people, world, typed):
    pupr_holds_one(people)
    people["verifier"].says("TARIK LPR-1 PUPR KE DLH")
    reply = people["verifier"].says(typed)
    assert "Disposisi LPR-1 ke PUPR sudah ditarik" in reply and "kini ditangani DLH" in reply, reply


@pytest.mark.parametrize("typed", ["TARIK LPR-1 PUPR KE PLN", "tarik lpr 1 pu ke pln", "TARIK LPR-1 KE PLN UP3"])
def test_taking_back_towards_an_agency_outside_the_region_says_it_goes_through_sp4n_lapor(people, world, typed):
    """Found in review: «diteruskan ke PLN UP3, batas penyelesaian -», and on the page also «kembali menunggu
    verifikasi», for a complaint sent on to PLN: an agency outside the region has no deadline of the region's."""
    pupr_holds_one(people)
    reply = people["verifier"].says(typed)
    assert "Disposisi LPR-1 ke PUPR ditarik" in reply, reply
    assert "LPR-1 ditandai untuk diteruskan ke PLN UP3 (di luar kewenangan daerah) melalui SP4N-LAPOR!" in reply
    assert "batas penyelesaian" not in reply and "menunggu verifikasi" not in reply, reply
    assert statuses(world) == {"PUPR": DispositionStatus.WITHDRAWN, "PLN": DispositionStatus.FORWARDED}


def test_taking_back_towards_an_agency_of_the_region_says_its_deadline(people, world):
    pupr_holds_one(people)
    reply = people["verifier"].says("TARIK LPR-1 PUPR KE DLH")
    assert "LPR-1 diteruskan ke Dinas Lingkungan Hidup, batas penyelesaian " in reply, reply
    assert "batas penyelesaian -" not in reply and "SP4N-LAPOR!" not in reply, reply


def test_taking_back_the_last_open_one_after_the_others_answered_says_it_is_finished(people, world):
    """Found in review: with DLH's final answer in, taking PUPR's back finished the complaint, and the reply said
    it waited for a verifier again («Ke instansi mana seharusnya?»)."""
    file(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH, PUPR")
    people["dlh1"].says("SELESAI LPR-1 sampah sudah diangkut")
    reply = people["verifier"].says("TARIK LPR-1 PUPR")
    assert complaint(world, 1).status == "selesai"
    assert "LPR-1 selesai" in reply and "DLH" in reply, reply
    assert "menunggu verifikasi" not in reply and "TERUSKAN" not in reply, reply
