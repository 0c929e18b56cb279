"""Staff commands at the lifecycle's edges: questions that an agency goes on without or whose asker left, merges
of merges, returns after the others answered, a second TERUSKAN, swipe-replies that start with a number, imported
complaints."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models import Agency, Complaint, Contact
from services import services
from tests.parties import (
    CITIZEN,
    CITIZEN_NAME,
    DLH_1,
    DLH_2,
    DLH_HEAD,
    PUPR_1,
    ROAD,
    SUPERVISOR,
    WASTE,
    Citizen,
    Party,
    complaint,
    file,
    filed_and_forwarded,
    import_staff,
    shows_number,
)

CITIZEN_3 = "+6281277788899"
NEW_VERIFIER = "+6281100000003"



def test_info_answer_reaches_the_officer_even_after_a_progress_follow_up(people, world):
    """An officer asks (INFO), then the agency posts a progress (TL) without waiting: the answer still comes back."""
    filed_and_forwarded(people)
    people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    people["dlh2"].says("TL LPR-1 Truk sampah dijadwalkan besok pagi")
    people["citizen"].says("Di sisi timur pasar, dekat pintu masuk parkir")
    assert any("sisi timur" in m.body for m in people["dlh1"].inbox()), "the answer never reached the asker"
    assert complaint(world, 1).status == "proses"


def test_another_agencys_follow_up_does_not_swallow_a_question(people, world):
    file(people["citizen"], description=WASTE + " dan jalan di depannya berlubang")
    people["verifier"].says("TERUSKAN LPR-1 DLH, PUPR")
    people["pupr"].says("INFO LPR-1 Berapa lebar lubang jalannya kira-kira?")
    people["dlh1"].says("TL LPR-1 Sampah sudah diangkut sebagian")
    people["citizen"].says("Lubangnya kira-kira satu meter lebarnya")
    assert any("satu meter" in m.body for m in people["pupr"].inbox()), "PUPR's question was silently dropped"


def test_gabung_of_a_complaint_in_progress_is_refused_and_changes_nothing(people, world):
    """GABUNG of a duplicate an agency already answered: refused (proses cannot be archived), naming it."""
    file(people["citizen"])
    file(people["citizen2"], description="Sampah TPS pasar menumpuk dan bau sekali sejak minggu lalu")
    people["verifier"].says("TERUSKAN LPR-2 DLH")
    people["dlh1"].says("TL LPR-2 Kami cek ke lokasi")
    reply = people["verifier"].says("GABUNG LPR-2 LPR-1")
    child = complaint(world, 2)
    assert child.status == "proses" and child.parent_id is None
    assert "LPR-2" in reply and "tidak bisa digabung" in reply


def test_gabung_keeps_the_citizens_of_earlier_merged_duplicates(people, world):
    """LPR-3 merged into LPR-2, then LPR-2 into LPR-1: LPR-3's citizen must still hear about LPR-1."""
    third = Party(world, CITIZEN_3, "Wati")
    file(people["citizen"])
    file(people["citizen2"], description="Sampah TPS pasar menumpuk dan bau sekali sejak minggu lalu")
    file(third, description="Tumpukan sampah di TPS pasar Srimangunan bau dan meluber ke jalan")
    people["verifier"].says("GABUNG LPR-3 LPR-2")
    people["verifier"].says("GABUNG LPR-2 LPR-1")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says("TL LPR-1 Truk sampah dikirim hari ini")
    assert "Truk sampah" in people["citizen2"].last().body
    assert any("Truk sampah" in m.body for m in third.inbox()), "LPR-3's citizen hears nothing any more"
    assert "LPR-1" in third.says("STATUS LPR-1") and "tidak ditemukan" not in third.says("STATUS LPR-1")


def test_teruskan_twice_to_an_external_agency_forwards_once(people, world):
    file(people["citizen"], description="Listrik padam tiga hari di Dusun Krajan, trafo meledak belum diganti",
         photo=False)
    people["verifier"].says("TERUSKAN LPR-1 PLN")
    second = people["verifier"].says("TERUSKAN LPR-1 PLN")
    dispositions = complaint(world, 1).dispositions
    told = [m for m in people["citizen"].inbox() if "SP4N-LAPOR" in m.body]
    assert len(dispositions) == 1 and len(told) == 1, (second, [d.status for d in dispositions], len(told))


def test_last_agency_returning_after_the_others_answered_finishes_the_complaint(people, world):
    """PUPR answered; DLH returns: every disposition is closed and one carries a final answer, so it is finished
    (not sent back to the verification queue, where nothing could finish it)."""
    file(people["citizen"], description=WASTE + " dan jalan di depannya berlubang")
    people["verifier"].says("TERUSKAN LPR-1 DLH, PUPR")
    people["pupr"].says("SELESAI LPR-1 Lubang jalan sudah ditambal")
    people["dlh1"].says("KEMBALIKAN LPR-1 Sampah pasar dikelola Disperindag, bukan kami")
    assert complaint(world, 1).status == "selesai"


def test_last_agency_returning_while_its_question_waits_finishes_the_complaint_the_others_answered(people, world):
    """PUPR answered; DLH asked the citizen (tertunda), then returns: the complaint is finished, not a 500."""
    file(people["citizen"], description=WASTE + " dan jalan di depannya berlubang")
    people["verifier"].says("TERUSKAN LPR-1 DLH, PUPR")
    people["pupr"].says("SELESAI LPR-1 Saluran di depan pasar sudah kami bersihkan")
    assert "dikirim" in people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    assert complaint(world, 1).status == "tertunda"
    answer = people["dlh1"].says("KEMBALIKAN LPR-1 Ternyata bukan sampah rumah tangga, bukan kewenangan kami")
    assert "dikembalikan" in answer
    assert complaint(world, 1).status == "selesai"
    assert any("Saluran di depan pasar" in m.body for m in people["citizen"].inbox())


def _pulled(world, status: str, agencies=("DLH",)) -> None:
    """SP4N-LAPOR! shows LPR-1 (tracked as TRK-1) with this status, as a status pull reads it."""
    from lapor.bridge.reports import ApplyResult, Report, apply_report

    svc = services(world)
    with svc.session_factory.begin() as session:
        lpr = session.scalars(select(Complaint).where(Complaint.number == 1)).one()
        lpr.lapor_tracking_id = lpr.lapor_tracking_id or "TRK-1"
        apply_report(session, Report("TRK-1", status, agencies=list(agencies)), svc.clock(), svc.region,
                     ApplyResult())


@pytest.mark.parametrize("followed_up,resumed", [(False, "belum_ditindaklanjuti"), (True, "proses")])
def test_an_answer_to_info_on_a_complaint_held_in_lapor_keeps_it_with_the_agency(people, world, followed_up,
                                                                                   resumed):
    """LAPOR's admin put it on hold (no question of ours holds it); DLH asks, the citizen answers: it goes on with
    DLH (proses once DLH followed up), not back to the verification queue."""
    filed_and_forwarded(people)
    if followed_up:
        people["dlh1"].says("TL LPR-1 Petugas dijadwalkan ke lokasi")
    _pulled(world, "tertunda")
    assert complaint(world, 1).status == "tertunda"
    assert "dikirim" in people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    people["citizen"].says("Di sisi timur pasar, dekat pintu masuk parkir")
    assert complaint(world, 1).status == resumed
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut")
    assert complaint(world, 1).status == "selesai"


def _imported_complaint(svc) -> None:
    """A complaint that came in through the SP4N-LAPOR! import: no citizen contact, dispositioned to DLH."""
    from lapor import complaints, dispositions

    with svc.session_factory.begin() as session:
        verifier = session.scalars(select(Contact).where(Contact.role == "verifier")).first()
        c = Complaint(number=complaints.next_number(session), kind="pengaduan", title="Sampah menumpuk",
                      description=WASTE, location_text="Pasar", privacy="biasa", status=complaints.NEW,
                      source="lapor", reporter_name="Pelapor LAPOR", created_at=svc.clock(),
                      updated_at=svc.clock(), lapor_tracking_id="LAPOR-77")
        session.add(c)
        session.flush()
        dlh = session.scalars(select(Agency).where(Agency.code == "DLH")).one()
        dispositions.assign(session, c, [dlh], verifier, svc.clock(), svc.region)


@pytest.mark.parametrize("who,command", [("verifier", "TUNDA LPR-1 Mohon sebutkan alamat lengkapnya"),
                                         ("dlh1", "INFO LPR-1 Di sisi mana tepatnya?")])
def test_question_on_an_imported_complaint_is_answered_not_a_500(people, world, who, command):
    svc = services(world)
    _imported_complaint(svc)
    reply = people[who].wa.send(people[who].phone, command)
    assert reply.status == 200 and "SP4N-LAPOR" in reply.text and "tidak ada yang diubah" in reply.text.lower()
    assert complaint(world, 1).status == "belum_ditindaklanjuti"


def test_teruskan_while_on_hold_keeps_proses(people, world):
    """DLH followed up (proses), asked the citizen (tertunda); adding PUPR must not turn it back into
    belum_ditindaklanjuti, and the citizen's answer must bring it back to proses."""
    file(people["citizen"], description=WASTE + " dan jalan di depannya berlubang")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says("TL LPR-1 Tim sudah ke lokasi")
    people["dlh1"].says("INFO LPR-1 Apakah jalannya juga rusak?")
    people["verifier"].says("TERUSKAN LPR-1 PUPR")
    people["citizen"].says("Ya, jalannya berlubang di depan pasar")
    assert complaint(world, 1).status == "proses"


def test_swipe_reply_starting_with_a_number_goes_to_the_swiped_complaint(people, world):
    """A swipe-reply 'TL 2 truk dikirim' on LPR-1's notice is about LPR-1; a marked LPR-2 would name another one."""
    file(people["citizen"])
    file(people["citizen2"], description=ROAD, photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["verifier"].says("TERUSKAN LPR-2 DLH")
    notice = next(m for m in people["dlh1"].inbox() if "LPR-1" in m.body and "Disposisi baru" in m.body)
    people["dlh1"].swipe(notice, "TL 2 truk sampah dikirim ke lokasi hari ini")
    assert any("truk sampah" in m.body for m in people["citizen"].inbox()), "LPR-1's citizen got nothing"
    assert not any("truk sampah" in m.body for m in people["citizen2"].inbox()), "relayed to LPR-2's citizen"


def test_tunda_then_teruskan_goes_on_without_the_answer_which_still_reaches_the_verifier(people, world):
    file(people["citizen"])
    people["verifier"].says("TUNDA LPR-1 Di pasar mana tepatnya?")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert complaint(world, 1).status == "belum_ditindaklanjuti"
    people["citizen"].says("Pasar Srimangunan, sisi timur dekat parkiran")
    assert "Srimangunan, sisi timur" in people["verifier"].last().body
    assert complaint(world, 1).status == "belum_ditindaklanjuti"
    people["dlh1"].says("INFO LPR-1 Sejak kapan menumpuk?")
    people["citizen"].says("Sudah seminggu lebih menumpuk di sana")
    assert "seminggu" in people["dlh1"].last().body
    assert complaint(world, 1).status == "belum_ditindaklanjuti", "the earlier question holds nothing any more"


def test_answer_to_a_removed_officers_question_goes_to_the_agencys_other_officers(people, world, tmp_path):
    """DLH_2 asked (INFO), then left DLH (import-staff): the answer reaches Dewi, never the old number."""
    file(people["citizen"], privacy="3")  # anonim: the answer still carries no identity to the agency
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh2"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    assert "1 deactivated" in import_staff(world, tmp_path, f"{DLH_1},Dewi,officer,DLH\n{DLH_HEAD},Yusuf,head,DLH\n")
    before = len(people["dlh2"].inbox())
    people["citizen"].says("Di sisi timur pasar, dekat pintu masuk parkir")
    assert [m.body for m in people["dlh2"].inbox()[before:]] == []
    [answer] = [m.body for m in people["dlh1"].inbox() if "sisi timur" in m.body]
    assert not shows_number(answer, CITIZEN) and CITIZEN_NAME not in answer


def test_answer_to_an_officer_moved_to_another_agency_stays_with_the_asking_agency(people, world, tmp_path):
    filed_and_forwarded(people)
    people["dlh2"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    import_staff(world, tmp_path, f"{DLH_2},Eko,officer,PUPR\n{PUPR_1},Budi,officer,PUPR\n")
    people["citizen"].says("Di sisi timur pasar, dekat pintu masuk parkir")
    assert not any("sisi timur" in m.body for m in people["dlh2"].inbox())
    assert any("sisi timur" in m.body for m in people["dlh1"].inbox())


def test_answer_to_an_agency_without_officers_left_goes_to_its_head(people, world, tmp_path):
    """The head reads the agency's dispositions and reminders while it has no officer: the answer too."""
    filed_and_forwarded(people)
    people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    import_staff(world, tmp_path, f"{DLH_HEAD},Yusuf,head,DLH\n")  # both DLH officers leave
    people["citizen"].says("Di sisi timur pasar, dekat pintu masuk parkir")
    assert not any("sisi timur" in m.body for who in ("dlh1", "dlh2", "verifier") for m in people[who].inbox())
    assert "sisi timur" in people["head"].last().body


def test_answer_to_a_removed_verifiers_question_goes_to_the_active_verifiers(people, world, tmp_path):
    new_verifier = Party(world, NEW_VERIFIER, "Lina")
    file(people["citizen"])
    people["verifier"].says("TUNDA LPR-1 Di pasar mana tepatnya?")
    import_staff(world, tmp_path, f"{NEW_VERIFIER},Lina,verifier,\n{SUPERVISOR},Sekda,supervisor,\n")
    before = len(people["verifier"].inbox())
    people["citizen"].says("Pasar Srimangunan, sisi timur dekat parkiran")
    assert people["verifier"].inbox()[before:] == []
    assert "sisi timur" in new_verifier.last().body


def test_answer_to_a_heads_question_comes_back_to_the_head(people, world):
    filed_and_forwarded(people)
    people["head"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    people["citizen"].says("Di sisi timur pasar, dekat pintu masuk parkir")
    assert "sisi timur" in people["head"].last().body


def test_a_complaint_dispositioned_before_the_announcement_is_not_announced_as_waiting(people, world):
    """The verifier saw it in ANTREAN and forwarded it before the scheduler's announce job ran."""
    Citizen(world, CITIZEN).file(description=WASTE, place="Pasar Srimangunan, Kec. Sampang")
    people["verifier"].says("TERUSKAN LPR-1 DLH")  # delivers: the announce job runs after the TERUSKAN
    assert not [m for m in people["verifier"].inbox() if "menunggu verifikasi" in m.body]
    assert [m for m in people["dlh1"].inbox() if "LPR-1" in m.body]


@pytest.mark.parametrize("typed,reason", [
    ("lpr 1 arsipkan saja, dobel dengan laporan kemarin", "dobel dengan laporan kemarin"),
    ("ARSIPKAN LPR-1 ya pak, bukan wilayah kabupaten", "bukan wilayah kabupaten")])
def test_the_words_of_courtesy_before_a_reason_do_not_reach_the_citizen(people, world, typed, reason):
    """Found by hand: "lpr 1 arsipkan saja, dobel" sent the citizen "Alasan: saja, dobel"."""
    file(people["citizen"])
    people["verifier"].says(typed)
    assert f"Alasan: {reason}\n" in people["citizen"].last().body


@pytest.mark.parametrize("again,photo,told", [
    ("tl lpr 1  Truk berangkat jam 9", False, 1),  # resent, thinking the first did not go through
    ("TL LPR-1 truk berangkat jam 9.", False, 1),
    ("TL LPR-1 truk sudah sampai di lokasi", False, 2),  # new progress
    ("TL LPR-1 truk berangkat jam 9", True, 2),  # the same words with a photo: the photo is news
])
def test_the_same_progress_sent_twice_reaches_the_citizen_once(people, world, again, photo, told):
    """Found by hand: an officer who sent the same TL again got "tercatat" twice and the citizen read it twice."""
    from tests.parties import PHOTO, follow_ups

    filed_and_forwarded(people, photo=False)
    people["dlh1"].says("TL LPR-1 truk berangkat jam 9")
    reply = people["dlh1"].says(again, **(PHOTO if photo else {}))
    assert len(follow_ups(people["citizen"])) == told
    assert ("sudah tercatat" in reply and "tidak kami kirim lagi" in reply) == (told == 1), reply
