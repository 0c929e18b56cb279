"""Multi-party conversations: citizens, a verifier, officers of two agencies, a head and a supervisor."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models import Contact, OutboxMessage
from scheduler.jobs import run_all
from services import services
from tests import factories
from tests.parties import (
    CITIZEN,
    CITIZEN_NAME,
    DLH_2,
    PHOTO,
    ROAD,
    WASTE,
    Party,
    complaint,
    deliver,
    file,
    filed_and_forwarded,
    follow_ups,
    shows_number,
)


def test_new_complaint_reaches_verifier_with_suggestion(people):
    file(people["citizen"])
    notice = people["verifier"].last()
    assert "LPR-1" in notice.body and "menunggu verifikasi" in notice.body
    assert "Saran instansi" in notice.body and "\n1. DLH " in notice.body and "%" in notice.body
    assert "TERUSKAN LPR-1 1" in notice.body  # the numbered suggestions are taken with one tap
    assert "kata: sampah" in notice.body or "mirip LPR-" in notice.body  # each with a reason a person can check
    assert "Siti Rahma (0812-3456-7890)" in notice.body  # the verifier sees who reported, as pages write numbers
    assert CITIZEN not in notice.body and CITIZEN[1:] not in notice.body
    assert "TERUSKAN LPR-1" in notice.body and notice.media_url == PHOTO["MediaUrl0"]


def test_teruskan_by_suggestion_number_takes_what_the_verifier_was_shown(people, world):
    file(people["citizen"])
    shown = complaint(world, 1).routing_suggestions
    assert shown[0]["code"] == "DLH" and len(shown) >= 2
    reply = people["verifier"].says("TERUSKAN LPR-1 1+2")
    assert "diteruskan ke Dinas Lingkungan Hidup" in reply
    assert {d.agency.code for d in complaint(world, 1).dispositions} == {"DLH", shown[1]["code"]}


def test_teruskan_by_a_number_that_is_no_suggestion_is_refused(people, world):
    file(people["citizen"])
    reply = people["verifier"].says("TERUSKAN LPR-1 7")
    assert "7" in reply and complaint(world, 1).dispositions == []


def test_possible_duplicate_is_shown_to_the_verifier(people):
    file(people["citizen"])
    file(people["citizen2"], description="Sampah TPS pasar Srimangunan menumpuk sampai jalan, bau menyengat seminggu")
    notice = people["verifier"].last()
    assert "LPR-2" in notice.body and "Mungkin sama dengan: LPR-1" in notice.body
    kept = complaint(people["verifier"].app, 2).duplicate_suggestions
    assert [found["number"] for found in kept] == [1] and kept[0]["score"] >= 55, "kept for the dashboard's queue"


def test_disposition_reaches_every_officer_of_the_agency(people, world):
    file(people["citizen"])
    reply = people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert "diteruskan ke Dinas Lingkungan Hidup" in reply and "2 petugas" in reply
    for officer in ("dlh1", "dlh2"):
        notice = people[officer].last()
        assert "Disposisi baru LPR-1" in notice.body and "Pengaduan" in notice.body
        assert "Srimangunan" in notice.body and "Batas penyelesaian" in notice.body
        assert "TL" in notice.body and "SELESAI" in notice.body and notice.media_url == PHOTO["MediaUrl0"]
    assert people["pupr"].inbox() == []
    assert "diteruskan ke Dinas Lingkungan Hidup" in people["citizen"].last().body
    assert complaint(world, 1).status == "belum_ditindaklanjuti"


def test_swipe_reply_follow_up_with_photo_reaches_the_citizen(people, world):
    filed_and_forwarded(people)
    notice = people["dlh1"].last()
    reply = people["dlh1"].swipe(notice, "TL Tim kebersihan dijadwalkan mengangkut sampah besok pagi", **PHOTO)
    assert "tercatat" in reply and "Lampiran: 1 foto" in reply
    relayed = people["citizen"].last()
    assert "Tindak lanjut LPR-1 dari Dinas Lingkungan Hidup" in relayed.body and "besok pagi" in relayed.body
    assert relayed.media_url == PHOTO["MediaUrl0"]
    assert complaint(world, 1).status == "proses"


def test_info_round_trip_goes_back_to_the_officer_who_asked(people, world):
    filed_and_forwarded(people)
    assert "dikirim" in people["dlh2"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    question = people["citizen"].last()
    assert "Pertanyaan dari Dinas Lingkungan Hidup" in question.body and "sisi mana" in question.body
    assert complaint(world, 1).status == "tertunda"
    assert "Menunggu keterangan tambahan dari pelapor" in people["dlh1"].says("STATUS LPR-1")  # not "dari Anda"
    assert "teruskan" in people["citizen"].says("Di sisi timur pasar, dekat pintu masuk parkir")
    answer = people["dlh2"].last()
    assert "Jawaban pelapor LPR-1" in answer.body and "sisi timur" in answer.body
    assert not shows_number(answer.body, CITIZEN) and CITIZEN_NAME not in answer.body
    assert not any("sisi timur" in m.body for m in people["dlh1"].inbox())
    assert complaint(world, 1).status == "belum_ditindaklanjuti"


def test_selesai_finishes_and_asks_the_citizen_to_rate(people, world):
    filed_and_forwarded(people)
    reply = people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut seluruhnya dan TPS dibersihkan")
    assert "Jawaban akhir LPR-1 tercatat" in reply and "pelapor diminta menilai" in reply
    bodies = [m.body for m in people["citizen"].inbox()]
    assert any("Jawaban akhir LPR-1" in b for b in bodies) and "Seberapa puas" in bodies[-1]
    assert complaint(world, 1).status == "selesai"
    people["citizen"].says("5")
    assert complaint(world, 1).rating == 5


def test_several_dispositions_finish_when_every_agency_has_answered(people, world):
    file(people["citizen"], description=WASTE + " dan jalan di depannya berlubang")
    people["verifier"].says("TERUSKAN LPR-1 DLH, dinas pu")
    assert "Laporan selesai setelah instansi lain (PUPR)" in people["dlh1"].says("SELESAI LPR-1 Sampah diangkut")
    assert complaint(world, 1).status == "proses"
    people["pupr"].says("SELESAI LPR-1 Lubang jalan sudah ditambal")
    finished = complaint(world, 1)
    assert finished.status == "selesai"
    told = [m.body for m in people["citizen"].inbox()]
    assert any("Sampah diangkut" in b for b in told) and any("ditambal" in b for b in told)
    assert "Sampah diangkut" not in told[-1] and "ditambal" not in told[-1], "the rating question repeats no answer"


def test_kembalikan_goes_back_to_the_verifier_and_can_be_redispositioned(people, world):
    file(people["citizen"], description=ROAD, photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert "dikembalikan" in people["dlh1"].says("KEMBALIKAN LPR-1 Jalan rusak kewenangan Dinas PU")
    returned = people["verifier"].last()
    assert "dikembalikan oleh Dinas Lingkungan Hidup" in returned.body and "kewenangan Dinas PU" in returned.body
    assert complaint(world, 1).status == "belum_terverifikasi"
    assert "sudah dikembalikan" in people["dlh2"].says("TL LPR-1 kami cek")
    people["verifier"].says("TERUSKAN LPR-1 PUPR")
    assert "Disposisi baru LPR-1" in people["pupr"].last().body
    people["pupr"].says("TL LPR-1 Survei lokasi hari Kamis")
    assert complaint(world, 1).status == "proses"


def test_gabung_makes_the_duplicates_citizen_follow_the_parent(people, world):
    file(people["citizen"])
    file(people["citizen2"], description="Sampah TPS pasar menumpuk dan bau sekali sejak minggu lalu")
    assert "digabung ke LPR-1" in people["verifier"].says("GABUNG LPR-2 LPR-1")
    assert "sama dengan laporan LPR-1" in people["citizen2"].last().body
    assert complaint(world, 2).status == "diarsipkan"
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says("TL LPR-1 Truk sampah dikirim hari ini")
    assert "Truk sampah" in people["citizen2"].last().body and "Truk sampah" in people["citizen"].last().body
    assert "Digabung dengan LPR-1 (Sedang ditindaklanjuti" in people["citizen2"].says("STATUS")
    assert "Truk sampah" in people["citizen2"].says("STATUS LPR-1")  # they may follow the parent
    assert "tidak ditemukan" in Party(world, "+6281311112222").says("STATUS LPR-1")


def test_tunda_question_and_answer(people, world):
    file(people["citizen"])
    assert "tertunda" in people["verifier"].says("TUNDA LPR-1 Mohon sebutkan nama pasar dan desanya")
    assert "Pertanyaan dari petugas verifikasi" in people["citizen"].last().body
    people["citizen"].says("Pasar Srimangunan, Kelurahan Banyuanyar")
    assert "Kelurahan Banyuanyar" in people["verifier"].last().body
    assert complaint(world, 1).status == "belum_terverifikasi"


def test_question_while_citizen_is_filing_waits_for_the_draft(people, world):
    file(people["citizen"])
    citizen = people["citizen"]
    citizen.says("1")
    citizen.says("1")
    people["verifier"].says("TUNDA LPR-1 Sejak kapan sampahnya menumpuk?")
    assert "selesaikan dulu" in citizen.last().body
    citizen.says(ROAD)
    citizen.says("Desa Banyuanyar RT 02")
    citizen.says("LEWATI")
    citizen.says("1")
    reply = citizen.says("KIRIM")
    assert "LPR-2" in reply and "Sejak kapan" in reply
    citizen.says("Sejak hari Senin minggu lalu")
    assert "Senin minggu lalu" in people["verifier"].last().body


def test_arsipkan_sends_the_reason(people, world):
    file(people["citizen"], photo=False)
    assert "diarsipkan" in people["verifier"].says("ARSIPKAN LPR-1 Bukan pengaduan layanan publik")
    assert "Bukan pengaduan layanan publik" in people["citizen"].last().body
    assert complaint(world, 1).status == "diarsipkan"
    assert "berstatus" in people["verifier"].says("TERUSKAN LPR-1 DLH")


def test_archiving_a_dispositioned_complaint_closes_its_dispositions_and_stops_chasing_them(people, world):
    file(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH, PUPR")
    people["verifier"].says("TUNDA LPR-1 Sejak kapan sampahnya menumpuk?")
    people["verifier"].says("ARSIPKAN LPR-1 Sudah ditangani lewat laporan kelurahan")
    archived = complaint(world, 1)
    assert archived.status == "diarsipkan" and {d.status for d in archived.dispositions} == {"withdrawn"}
    for officer in ("dlh1", "dlh2", "pupr"):
        assert "tidak perlu ditindaklanjuti" in people[officer].last().body, officer
    assert "Tidak ada disposisi terbuka" in people["dlh1"].says("DAFTAR")
    assert "ditutup karena laporannya diarsipkan" in people["dlh1"].says("TL LPR-1 Kami cek besok")
    svc = services(world)
    for _ in range(20):  # past every rung and the due date: nobody is reminded of an archived complaint
        svc.clock.advance(hours=24)
        run_all(svc, svc.clock())
    deliver(world)
    with svc.session_factory() as session:
        assert session.scalars(select(OutboxMessage).where(OutboxMessage.purpose == "reminder")).all() == []
    people["citizen"].says("Sejak hari Senin")  # the question lapsed with the archive: nothing is relayed
    assert "Sejak hari Senin" not in people["verifier"].last().body


def test_merging_a_dispositioned_duplicate_closes_its_dispositions(people, world):
    file(people["citizen"])
    file(people["citizen2"], description="Sampah TPS pasar menumpuk dan bau sekali sejak minggu lalu")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["verifier"].says("TERUSKAN LPR-2 DLH")
    people["verifier"].says("GABUNG LPR-2 LPR-1")
    assert [d.status for d in complaint(world, 2).dispositions] == ["withdrawn"]
    assert [d.status for d in complaint(world, 1).dispositions] == ["open"]
    assert "LPR-2 digabung ke LPR-1" in people["dlh1"].last().body
    listing = people["dlh1"].says("DAFTAR")
    assert "LPR-1" in listing and "LPR-2" not in listing


def test_daftar_and_antrean_show_fifteen_and_say_how_many_there_are(people, world):
    svc = services(world)
    with svc.session_factory.begin() as session:  # filed as the chat files them, without 119 webhook messages
        citizen = factories.person(session)
        for _ in range(17):
            factories.complaint(session, svc.clock(), svc.region, citizen=citizen)
    deliver(world)
    queue = people["verifier"].says("ANTREAN")
    assert "Menunggu verifikasi (17):" in queue
    assert "LPR-15" in queue and "LPR-16" not in queue and "LPR-17" not in queue  # the oldest fifteen
    for number in range(1, 18):
        people["verifier"].says(f"TERUSKAN LPR-{number} DLH")
    listing = people["dlh1"].says("DAFTAR")
    assert "Disposisi terbuka DLH (17):" in listing and listing.count("• LPR-") == 15


WASTE_AND_ROAD = WASTE + ", jalannya juga berlubang dan rusak"


def test_antrean_does_not_suggest_first_the_agency_that_returned_the_complaint(people, world):
    file(people["citizen"], description=WASTE_AND_ROAD)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says("KEMBALIKAN LPR-1 Bukan kewenangan kami, ini jalan kabupaten")
    queue = people["verifier"].says("ANTREAN")
    assert "LPR-1" in queue and "→ DLH" not in queue and "→ PUPR" in queue


def test_antrean_counts_a_returned_complaint_from_its_return_not_its_filing(people, world, clock):
    """Filed, forwarded, and given back by the agency six weeks later: it waits 0 working days, not 30."""
    filed_and_forwarded(people)
    clock.advance(days=42)
    people["dlh1"].says("KEMBALIKAN LPR-1 Bukan kewenangan kami")
    file(people["citizen2"], description=ROAD, photo=False)
    clock.advance(days=1)  # Tuesday: the new one waited a day, the returned one too
    queue = people["verifier"].says("ANTREAN")
    assert "LPR-1 (dikembalikan, 1 hari kerja)" in queue and "LPR-2 (1 hari kerja)" in queue, queue
    assert "30 hari kerja" not in queue


def test_antrean_daftar_status_rekap(people, world):
    file(people["citizen"])
    file(people["citizen2"], description=ROAD, photo=False)
    queue = people["verifier"].says("ANTREAN")
    assert "LPR-1" in queue and "LPR-2" in queue and "→ DLH" in queue
    # a verifier's DAFTAR with nothing dispositioned yet names the queue rather than saying there is nothing
    listing = people["verifier"].says("DAFTAR")
    assert "2 laporan menunggu verifikasi" in listing and "ANTREAN" in listing, listing
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    listing = people["supervisor"].says("DAFTAR")
    assert "1 laporan menunggu verifikasi" in listing and "ANTREAN" in listing, listing
    assert "LPR-1" in people["dlh1"].says("DAFTAR") and "batas" in people["dlh1"].says("DAFTAR")
    assert "Tidak ada disposisi" in people["pupr"].says("DAFTAR")
    assert "DLH: 1 terbuka" in people["supervisor"].says("DAFTAR")
    assert "LPR-1" in people["supervisor"].says("DAFTAR lingkungan hidup")
    status = people["head"].says("STATUS LPR-1")
    assert "DLH (terbuka, batas " in status and not shows_number(status, CITIZEN)
    assert "Disposisi terbuka: 1" in people["head"].says("REKAP")
    assert "Menunggu verifikasi: 1" in people["supervisor"].says("REKAP")


def test_external_agency_is_marked_for_sp4n_lapor(people, world):
    outage = "Listrik padam tiga hari di Dusun Krajan, trafo meledak belum diganti"
    file(people["citizen"], description=outage, photo=False)
    reply = people["verifier"].says("TERUSKAN LPR-1 PLN")
    assert "SP4N-LAPOR!" in reply
    assert "melalui SP4N-LAPOR!" in people["citizen"].last().body
    [disposition] = complaint(world, 1).dispositions
    assert disposition.status == "forwarded" and disposition.due_at is None


def test_ambiguous_and_unknown_agency_names(people, world):
    file(people["citizen"])
    reply = people["verifier"].says("TERUSKAN LPR-1 dinas")
    assert "tidak dikenali" in reply or "cocok dengan beberapa" in reply
    assert "tidak dikenali" in people["verifier"].says("TERUSKAN LPR-1 kantor pos")
    assert "Sebutkan instansinya" in people["verifier"].says("TERUSKAN LPR-1")
    long_name = "kantor " + "x" * 4000  # quoted back cut short, not as a 4,000-character reply
    assert len(people["verifier"].says(f"TERUSKAN LPR-1 {long_name}")) < 200
    assert len(people["supervisor"].says(f"DAFTAR {long_name}")) < 200
    assert complaint(world, 1).dispositions == []


# Authorisation ---------------------------------------------------------------------------------------

def test_officer_of_another_agency_is_refused_and_nothing_changes(people, world):
    filed_and_forwarded(people)
    before = len(complaint(world, 1).timeline)
    for command in ("TL LPR-1 sudah", "SELESAI LPR-1 beres", "INFO LPR-1 dimana?", "KEMBALIKAN LPR-1 bukan",
                    "STATUS LPR-1"):
        assert "tidak didisposisikan ke Dinas Pekerjaan Umum" in people["pupr"].says(command)
    assert len(complaint(world, 1).timeline) == before and complaint(world, 1).status == "belum_ditindaklanjuti"


@pytest.mark.parametrize("command", ["TERUSKAN LPR-1 DLH", "TUNDA LPR-1 kapan?", "ARSIPKAN LPR-1 spam",
                                     "GABUNG LPR-1 LPR-2", "ANTREAN"])
def test_verifier_commands_are_refused_to_officers_and_heads(people, world, command):
    """(An officer's or head's TUNDA is their INFO, asked of their own dispositions only.)"""
    file(people["citizen"])
    for who in ("dlh1", "head") if command == "ANTREAN" else ("dlh1", "head", "supervisor"):  # supervisors: ANTREAN
        own_info = command.startswith("TUNDA") and who != "supervisor"
        assert ("tidak didisposisikan ke" if own_info else "hanya untuk verifikator") in people[who].says(command)
    assert complaint(world, 1).status == "belum_terverifikasi" and complaint(world, 1).dispositions == []


def test_citizen_typing_staff_commands_gets_the_citizen_menu(people, world):
    file(people["citizen"])
    for command in ("TERUSKAN LPR-1 DLH", "SELESAI LPR-1 beres", "ANTREAN", "REKAP"):
        reply = people["citizen"].says(command)  # the whole menu, or its short form right after it
        assert "1 Buat pengaduan" in reply or "Balas 1 untuk membuat pengaduan" in reply
    assert complaint(world, 1).status == "belum_terverifikasi"


def test_officer_cannot_rekap_and_unknown_command_is_helped(people):
    assert "hanya untuk kepala instansi" in people["dlh1"].says("REKAP")
    greeted = people["dlh1"].says("halo pak")  # a greeting gets the staff help, not "Perintah tidak dikenali"
    assert "TL LPR-<nomor>" in greeted and "tidak dikenali" not in greeted
    assert "BANTUAN" in people["dlh1"].says("tolong kirim laporannya")
    assert "TL LPR-<nomor>" in people["dlh1"].says("bantuan")
    assert "ANTREAN" in people["verifier"].says("bantuan")


def test_replaced_officer_gets_nothing_and_is_a_citizen_again(people, world, svc):
    file(people["citizen"], description=ROAD)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    old_notice = people["dlh2"].last()
    with svc.session_factory.begin() as session:
        session.scalars(select(Contact).where(Contact.phone == DLH_2)).one().active = False
    swiped = people["dlh2"].swipe(old_notice, "sdh kami tambal semua pak, aspal baru")  # their old notice
    assert "tidak lagi terdaftar sebagai petugas" in swiped and "Jenis laporan" not in swiped, swiped
    file(people["citizen2"])
    assert "1 petugas diberi tahu" in people["verifier"].says("TERUSKAN LPR-2 DLH")
    assert [m.id for m in people["dlh2"].inbox()] == [old_notice.id]  # nothing since
    assert "1 Buat pengaduan" in people["dlh2"].says("halo pak")
    for typed in ("TL LPR-1 sudah kami cek", "selesai lpr 1 sdh diangkut", "DAFTAR"):  # a staff command: told why
        reply = people["dlh2"].says(typed)
        assert "tidak lagi terdaftar sebagai petugas" in reply and "Rina" in reply, reply
    assert complaint(world, 1).status == "belum_ditindaklanjuti" and follow_ups(people["citizen"]) == []
    assert complaint(world, 2).status == "belum_ditindaklanjuti"


def test_anonymous_reporter_never_reaches_an_agency_or_supervisor(people, world):
    file(people["citizen"], privacy="3")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says("INFO LPR-1 Apakah ada foto tambahan?")
    people["citizen"].says("Ada, sampahnya sampai menutup saluran air", **PHOTO)
    people["dlh1"].says("TL LPR-1 Sedang diangkut")
    people["dlh1"].says("STATUS LPR-1")
    people["head"].says("STATUS LPR-1")
    people["supervisor"].says("STATUS LPR-1")
    people["dlh1"].says("SELESAI LPR-1 Sudah bersih")
    for who in ("dlh1", "dlh2", "head", "pupr", "supervisor"):
        person = people[who]
        for message in person.inbox():
            assert not shows_number(message.body, CITIZEN) and CITIZEN_NAME not in message.body, (who, message.body)
    for who in ("dlh1", "supervisor"):
        text = people[who].says("STATUS LPR-1")
        assert "Anonim" in text and not shows_number(text, CITIZEN) and CITIZEN_NAME not in text, who
    assert shows_number(people["verifier"].says("STATUS LPR-1"), CITIZEN)  # identity is visible to the verifier only


@pytest.mark.parametrize("script,hint", [
    ((WASTE, "YA", "1", "Pasar Srimangunan, Kec. Sampang", "LEWATI", "1", "KIRIM"),
     "Bila pekerjaannya sudah tuntas, kirim SELESAI LPR-1"),
    (("mau tanya syarat bikin akta kelahiran apa aja ya?", "YA", "1", "KIRIM"),
     "Bila pertanyaan pelapor sudah terjawab, kirim SELESAI LPR-1"),  # its answer is the final one
    (("usul pak, sebaiknya ada tong sampah terpilah di pasar", "YA", "Pasar Srimangunan, Kec. Sampang", "LEWATI", "1",
      "KIRIM"),
     "Bila usul pelapor sudah ditanggapi, kirim SELESAI LPR-1"),
])
def test_a_progress_note_says_when_to_finish_in_the_words_of_the_complaints_kind(people, script, hint):
    replies = [people["citizen"].says(typed) for typed in script]
    assert "LPR-1" in replies[-1], replies
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert hint in people["dlh1"].says("TL LPR-1 sudah kami catat dan kami cek")


def _reminders(world, phone: str) -> list[str]:
    with services(world).session_factory() as session:
        return list(session.scalars(select(OutboxMessage.body).where(
            OutboxMessage.recipient == phone, OutboxMessage.purpose == "reminder").order_by(OutboxMessage.id)))


def test_ingatkan_reminds_the_agency_officers_at_work_once_a_day(people, world):
    from tests.parties import DLH_1

    filed_and_forwarded(people)
    people["head"].says("CUTI Eko sampai besok")
    reply = people["supervisor"].says("INGATKAN DLH")
    assert "Pengingat terkirim ke Dewi 0811-0000-0020 (DLH): 1 laporan menunggu" in reply, reply
    assert "sedang cuti: Eko" in reply, reply
    sent = _reminders(world, DLH_1)
    assert len(sent) == 1 and "Pengingat dari Sekda" in sent[0]
    assert "LPR-1 untuk DLH belum ditindaklanjuti sejak diteruskan hari ini" in sent[0], sent  # not "(0 hari kerja)"
    assert "TL LPR-1 <kemajuan>" in sent[0] and CITIZEN_NAME not in sent[0]
    assert _reminders(world, DLH_2) == []  # on leave
    again = people["verifier"].says("tolong colek dlh")  # the same day, by someone else: not sent twice
    assert "sudah dikirim hari ini pukul 10.00" in again, again
    assert len(_reminders(world, DLH_1)) == 1
    services(world).clock.advance(hours=24)
    assert "Pengingat terkirim ke Dewi" in people["supervisor"].says("INGATKAN DLH")
    assert len(_reminders(world, DLH_1)) == 2
    assert "(1 hari kerja)" in _reminders(world, DLH_1)[1]


def test_a_complaint_said_valid_is_forwarded_to_its_first_suggestion_on_yes(people, world):
    file(people["citizen"])
    first = complaint(world, 1).routing_suggestions[0]["code"]
    assert f"ke {first}, saran pertama" in people["verifier"].says("LPR-1 valid")
    assert "diteruskan ke" in people["verifier"].says("YA")
    assert {d.agency.code for d in complaint(world, 1).dispositions} == {first}


def test_a_complaint_said_valid_without_a_suggestion_asks_where(people, world):
    file(people["citizen"])
    with services(world).session_factory() as session:
        from models import Complaint

        session.get(Complaint, complaint(world, 1).id).routing_suggestions = []
        session.commit()
    assert "belum punya saran instansi" in people["verifier"].says("valid lpr 1")
    assert complaint(world, 1).dispositions == []


def test_a_duplicate_said_without_its_parent_lists_the_likely_ones(people, world):
    file(people["citizen"])
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    file(people["citizen2"], description="Sampah TPS pasar Srimangunan menumpuk sampai jalan, bau menyengat seminggu")
    reply = people["verifier"].says("ini sama dengan laporan kemarin")
    assert "• LPR-1 – Sampah di TPS pasar Srimangunan" in reply and "Gabungkan LPR-2 ke LPR-1?" in reply, reply
    assert "digabung ke LPR-1" in people["verifier"].says("YA")
    assert complaint(world, 2).parent_id == complaint(world, 1).id
