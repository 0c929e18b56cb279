"""Staff journeys an exploratory tester found broken: what a citizen adds before the disposition reaching the
agency, a returned disposition whose other agency already finished, counting who was told, CUTI for oneself and
unknown days, partial agency names, command typos, one notice for several agencies, followers of a reopened
complaint, and the chat tool's quiet hours."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models import Contact
from tests.parties import PHOTO, WASTE, complaint, file, file_and_read, make_people, shows_number, walked_once

SECOND_PHOTO = {**PHOTO, "MediaUrl0": PHOTO["MediaUrl0"].replace("ME1", "ME2")}


@pytest.fixture
def people(world):
    return make_people(world)


@walked_once
def forward(people, agencies: str = "DLH", number: int = 1) -> str:
    return people["verifier"].says(f"TERUSKAN LPR-{number} {agencies}")


# Officer command typos -------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed,final", [
    ("selese 1 sampah sudah diangkut", True), ("slese lpr 1 sampah sudah diangkut", True),
    ("tl1 sudah kami jadwalkan", False), ("TL1: sudah kami jadwalkan", False), ("selesai1 sampah diangkut", True)])
def test_command_words_typed_as_spoken_or_against_the_number(people, world, typed, final):
    file(people["citizen"])
    forward(people)
    reply = people["dlh1"].says(typed)
    assert ("Jawaban akhir LPR-1 tercatat" if final else "Tindak lanjut LPR-1 tercatat") in reply


@pytest.mark.parametrize("typed", ["TL. LPR-1. Patroli lanjutan besok", "TL LPR-1; Patroli lanjutan besok",
                                   "tl lpr 1 .. Patroli lanjutan besok", "TL #1) Patroli lanjutan besok"])
def test_punctuation_after_the_reference_is_not_sent_to_the_citizen(people, world, typed):
    file(people["citizen"])
    forward(people)
    people["dlh1"].says(typed)
    assert people["citizen"].last().body.endswith("\nPatroli lanjutan besok")


def test_a_weekday_first_is_still_no_command(people, world):
    file(people["citizen"])
    forward(people)
    assert "Catat sebagai kemajuan (TL) LPR-1?" in people["dlh1"].says("selasa besok kami ke lokasi")  # no SELESAI
    assert complaint(world, 1).status == "belum_ditindaklanjuti"


# Who was told of a new disposition --------------------------------------------------------------------------

def test_teruskan_counts_only_the_officers_at_work(people, world):
    file(people["citizen"])
    people["dlh2"].says("cuti saya sampai 20/12/2026")
    reply = forward(people)
    assert "1 petugas diberi tahu (1 sedang cuti)" in reply and "2 petugas" not in reply


def test_teruskan_says_the_head_was_told_when_every_officer_is_away(people, world):
    file(people["citizen"])
    people["head"].says("CUTI Dewi 20/12/2026")
    people["head"].says("CUTI Eko 20/12/2026")
    reply = forward(people)
    assert "petugas diberi tahu" not in reply
    assert "Semua petugas DLH sedang cuti: kepala instansi (Yusuf) yang diberi tahu" in reply
    assert "Disposisi baru LPR-1" in people["head"].last().body


# CUTI for oneself and days the bot does not know ------------------------------------------------------------

@pytest.mark.parametrize("typed,said", [
    ("cuti sy sampai tgl 20", "Eko dicatat cuti sampai 20 Des 2026"),
    ("cuti saya sampai 20/12/2026", "Eko dicatat cuti sampai 20 Des 2026"),
    ("cuti aku besok", "Eko dicatat cuti pada Selasa, 24 Nov 2026"),  # that day alone: at work today
    ("izin saya 3 hari", "Eko dicatat izin sampai 25 Nov 2026"),
    ("cuti saya sampai natal", 'Tanggal "natal" tidak dikenali'),
    ("cuti sampai lebaran", 'Tanggal "lebaran" tidak dikenali'),
    ("cuti saya kemarin", "sudah lewat")])
def test_an_officer_puts_themselves_on_leave_with_saya(people, world, typed, said):
    reply = people["dlh2"].says(typed)
    assert said in reply and "bukan petugas" not in reply


@pytest.mark.parametrize("typed,said", [
    ("cuti eko kemarin", "sudah lewat"), ("cuti eko kmrn", "sudah lewat"),
    ("cuti eko sampai natal", 'Tanggal "natal" tidak dikenali. Sampai tanggal berapa Eko cuti?'),
    ("cuti pak eko sampai akhir tahun", 'Tanggal "akhir tahun" tidak dikenali'),
    ("cuti budiman sampai natal", '"budiman sampai natal" bukan petugas DLH')])
def test_a_day_the_head_typed_that_the_bot_cannot_read_is_asked_again(people, world, typed, said):
    assert said in people["head"].says(typed)


# Partial agency names -----------------------------------------------------------------------------------------

def test_a_generic_word_alone_gets_the_pick_list_and_its_number_forwards(people, world):
    file(people["citizen"])
    shown = forward(people, "dinas")
    assert "1. DINKES" in shown and "2. DINSOS" in shown and "3. DLH" in shown and "4. PUPR" in shown
    assert "PLN" not in shown and "Balas angkanya" in shown
    assert "diteruskan ke Dinas Sosial" in people["verifier"].says("2")
    assert [d.agency.code for d in complaint(world, 1).dispositions] == ["DINSOS"]


@pytest.mark.parametrize("typed,listed", [("dinas p", ["PUPR"]), ("dinas s", ["DINSOS"]), ("dinas ke", ["DINKES"]),
                                          ("Dinas Ling", ["DLH"])])
def test_a_name_begun_gets_a_pick_list_never_unknown(people, world, typed, listed):
    file(people["citizen"])
    shown = forward(people, typed)
    assert "tidak dikenali" not in shown
    if "diteruskan ke" not in shown:  # a word long enough is taken as before; a letter or two is asked
        assert all(f". {code} – " in shown for code in listed)
        people["verifier"].says("1")
    assert [d.agency.code for d in complaint(world, 1).dispositions] == listed


def test_a_name_nothing_begins_is_still_unknown(people, world):
    file(people["citizen"])
    assert 'Instansi "dinas xyz" tidak dikenali' in forward(people, "dinas xyz")


# One notice for several agencies ------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["DLH dan PUPR", "dlh, pu", "DLH PUPR"])
def test_a_complaint_forwarded_to_two_agencies_at_once_gets_one_notice_naming_both(people, world, typed):
    file(people["citizen"])
    forward(people, typed)
    told = [m.body for m in people["citizen"].inbox() if m.purpose == "dispositioned"]
    assert len(told) == 1
    assert "diteruskan ke Dinas Lingkungan Hidup dan Dinas Pekerjaan Umum dan Penataan Ruang" in told[0]
    forward(people, "DINKES")  # a later TERUSKAN is news of its own
    told = [m.body for m in people["citizen"].inbox() if m.purpose == "dispositioned"]
    assert len(told) == 2 and "diteruskan ke Dinas Kesehatan." in told[1]


# The chat tool sends as production does --------------------------------------------------------------------------

def test_chat_local_keeps_the_quiet_hours_for_citizens(app, clock, monkeypatch):
    import bot.webhook
    from bot.outbox import enqueue
    from models import OutboxMessage
    from services import services

    clock.advance(hours=12)  # 22:00 in Jakarta
    original = bot.webhook.receive

    def receive_and_notify(svc, message, now):
        """Meanwhile a follow-up is queued for another citizen (as an officer's TL would)."""
        replies = original(svc, message, now)
        with services(app).session_factory.begin() as session:
            enqueue(session, "+6281298765432", "Tindak lanjut LPR-1: sudah diperbaiki", now=now)
        return replies

    monkeypatch.setattr(bot.webhook, "receive", receive_and_notify)
    result = app.test_cli_runner().invoke(args=["chat", "--as", "081234567890", "--local"], input="halo\n/keluar\n")
    assert result.exit_code == 0, result.output
    with services(app).session_factory() as session:
        row = session.scalars(select(OutboxMessage).where(OutboxMessage.recipient == "+6281298765432")).one()
        assert row.status == "pending" and row.attempts == 0  # it waits for the morning


# A returned disposition whose other agency already finished --------------------------------------------------------

def test_a_return_after_the_other_agency_finished_offers_no_teruskan_that_would_be_refused(people, world):
    file(people["citizen"])
    forward(people, "DLH, PUPR")
    people["pupr"].says("SELESAI LPR-1 sampah di bahu jalan sudah kami angkut")
    people["dlh1"].says("KEMBALIKAN LPR-1 bukan DLH, ini wewenang pasar")
    notice = people["verifier"].last().body
    assert "dikembalikan oleh Dinas Lingkungan Hidup" in notice and "wewenang pasar" in notice
    assert "PUPR sudah memberi jawaban akhir" in notice and "pelapor diminta menilai" in notice
    assert "TERUSKAN LPR-1 <instansi>" not in notice
    assert "Seberapa puas" in people["citizen"].inbox()[-1].body
    reply = people["verifier"].says("TERUSKAN LPR-1 DINKES")
    assert "sudah selesai: PUPR memberi jawaban akhir" in reply and "tidak bisa diteruskan lagi" in reply
    assert "tidak ada yang diubah" in reply


def test_a_return_while_another_agency_still_works_still_offers_teruskan(people, world):
    file(people["citizen"])
    forward(people, "DLH, PUPR")
    people["dlh1"].says("KEMBALIKAN LPR-1 bukan DLH")
    assert "Teruskan ke instansi lain: TERUSKAN LPR-1 <instansi>" in people["verifier"].last().body
    assert "diteruskan ke Dinas Kesehatan" in people["verifier"].says("TERUSKAN LPR-1 DINKES")


# What the citizen added before the disposition reaches the agency -------------------------------------------------

def test_answers_and_additions_before_the_disposition_reach_the_officer_and_staff_status(people, world):
    file(people["citizen"], photo=False, privacy="3")
    people["verifier"].says("TUNDA LPR-1 Di sebelah mana persisnya TPS itu?")
    people["citizen"].says("di belakang los ikan, dekat pintu timur", **PHOTO)
    people["citizen"].says("LPR-1 tambahan baunya sampai ke sekolah sebelah", **SECOND_PHOTO)
    forward(people)
    notices = [m for m in people["dlh1"].inbox()]
    body = notices[0].body
    assert body.startswith("Disposisi baru LPR-1")
    assert "Tambahan dari pelapor:" in body
    assert 'jawaban atas "Di sebelah mana persisnya TPS itu?": di belakang los ikan, dekat pintu timur [1 foto]' in body
    assert "baunya sampai ke sekolah sebelah [1 foto]" in body
    assert "Lampiran: 2 foto" in body
    assert len([m for m in notices if m.media_url]) == 2  # the photos follow, one a message
    assert not shows_number(body, people["citizen"].phone) and "Siti" not in body  # anonim: no identity
    status = people["dlh1"].says("STATUS LPR-1")
    assert "Tambahan dari pelapor:" in status and "dekat pintu timur" in status and "sekolah sebelah" in status
    assert "Siti" not in status and not shows_number(status, people["citizen"].phone)


# Followers of a reopened complaint ---------------------------------------------------------------------------------

@walked_once
def reopened_with_a_follower(people, description=WASTE):
    file(people["citizen"], description=description)
    assert "mengikuti" in people["citizen2"].says("IKUTI LPR-1")
    forward(people)
    people["dlh1"].says("SELESAI LPR-1 sampah sudah diangkut semua")
    people["citizen"].says("TIDAK PUAS LPR-1 masih menumpuk di belakang, Ahmad tetangga saya juga lihat")


def test_followers_hear_of_a_reopening_without_the_reporters_reason(people, world):
    reopened_with_a_follower(people)
    assert complaint(world, 1).status == "proses"
    told = people["citizen2"].last().body
    assert "LPR-1" in told and "dibuka kembali karena pelapor belum puas" in told
    assert "Dinas Lingkungan Hidup menindaklanjutinya lagi" in told
    assert "menumpuk di belakang" not in told and "Ahmad" not in told
    status = people["citizen2"].says("STATUS LPR-1")
    assert "Dibuka kembali karena pelapor belum puas" in status
    assert "sampah sudah diangkut semua" not in status and "menumpuk di belakang" not in status


def test_a_followers_notice_of_a_reopening_masks_a_national_id_number(people, world):
    reopened_with_a_follower(people, description="Sampah menumpuk di TPS pasar, NIK saya 3527012345678901 tolong")
    told = people["citizen2"].last().body
    assert "dibuka kembali" in told and "3527012345678901" not in told


def test_a_followers_tidak_puas_is_answered_by_reopen_refusal(people, world):
    from bot.following import reopen_refusal
    from models import Contact
    from tests.parties import CITIZEN, CITIZEN_2

    reopened_with_a_follower(people)
    people["dlh1"].says("SELESAI LPR-1 sudah bersih sekarang")
    with world.extensions["penghubung"].session_factory() as session:
        follower = session.scalars(select(Contact).where(Contact.reached_at(CITIZEN_2))).one()
        reporter = session.scalars(select(Contact).where(Contact.reached_at(CITIZEN))).one()
        for number in (1, None):
            said = reopen_refusal(session, follower, number)
            assert "LPR-1 bukan laporan Anda" in said and "hanya pelapornya" in said and "ketik 1" in said
        assert reopen_refusal(session, follower, 7) is None
        assert reopen_refusal(session, reporter, 1) is None and reopen_refusal(session, reporter, None) is None


def test_a_follower_typing_tidak_puas_is_told_only_the_reporter_can_reopen(people, world):
    reopened_with_a_follower(people)
    people["dlh1"].says("SELESAI LPR-1 sudah bersih sekarang")
    reply = people["citizen2"].says("tidak puas lpr-1 masih ada lubang")
    assert "hanya pelapornya yang dapat membukanya kembali" in reply
    assert complaint(world, 1).status == "selesai"


def test_staff_writing_as_a_citizen_are_told_how_to_file(people):
    reply = people["head"].says("mau lapor pak, ini pribadi: sampah di depan rumah saya tidak diangkut seminggu")
    assert "ADUAN WARGA" in reply and "tidak dikenali" not in reply


@pytest.mark.parametrize("typed", ["TERUSKAN LPR-O1 DLH", "teruskan lrp-1 dlh", "Teruskan lpr-l dlh"])
def test_a_reference_with_a_letter_for_a_digit_or_its_letters_swapped_is_read(people, typed):
    file(people["citizen"])
    assert "LPR-1 diteruskan ke Dinas Lingkungan Hidup" in people["verifier"].says(typed)


# Words of courtesy around a command (a fourth exploratory round) ---------------------------------------------

@pytest.mark.parametrize("typed,expected", [
    ("tolong teruskan lpr-1 ke dinas lingkungan ya", ["DLH"]),
    ("Mohon izin, fwd LPR1 ke dlh dan pupr ya bu, makasih 🙏", ["DLH", "PUPR"]),
    ("pagi bu, teruskan lpr 1 dlh segera", ["DLH"])])
def test_courtesy_before_teruskan_and_after_its_agencies_is_no_agency(people, world, typed, expected):
    file(people["citizen"])
    assert "diteruskan ke" in people["verifier"].says(typed)
    assert sorted(d.agency.code for d in complaint(world, 1).dispositions) == expected


@pytest.mark.parametrize("typed,said,relayed", [
    ("pak, selesai lpr 1 sampah sudah diangkut semua", "Jawaban akhir LPR-1 tercatat", "sampah sudah diangkut semua"),
    ("siap, tl lpr 1 truk dikirim besok pagi", "Tindak lanjut LPR-1 tercatat", "truk dikirim besok pagi"),
    ("izin pak tl lpr 1 petugas sudah di lokasi", "Tindak lanjut LPR-1 tercatat", "petugas sudah di lokasi")])
def test_courtesy_before_an_officers_command_is_skipped(people, world, typed, said, relayed):
    file(people["citizen"])
    forward(people)
    assert said in people["dlh1"].says(typed)
    assert any(m.body.endswith("\n" + relayed) for m in people["citizen"].inbox() if m.purpose == "follow_up")


def test_izin_before_a_date_is_still_leave(people, world):
    assert "dicatat izin sampai" in people["dlh1"].says("izin sampai 20/12/2026")
    assert "Bila kembali lebih awal: CUTI SAYA SELESAI" in people["dlh1"].says("cuti sy 21/12/2026")
    assert "aktif lagi" in people["dlh1"].says("CUTI SAYA SELESAI")


@pytest.mark.parametrize("typed", ["Izin lapor pak:", "ijin bu, mau menyampaikan", "izin pak",
                                   "mohon ijin melaporkan ndan", "lapor komandan",
                                   "Assalamualaikum pak, izin lapor 🙏"])
def test_izin_as_courtesy_alone_is_no_leave_and_gets_a_short_go_ahead(people, world, typed):
    # "Izin lapor pak:" opens a report in the next bubble: it named nobody on leave ("lapor pak" bukan petugas), and
    # it is no citizen filing either (it got the long advice to file from another number).
    said = people["dlh1"].says(typed)
    assert "cuti" not in said.lower() and "bukan petugas" not in said
    assert said.startswith("Silakan") and "ADUAN WARGA" not in said and "tidak dikenali" not in said
    with people["dlh1"].factory() as session:
        assert session.scalars(select(Contact).where(Contact.reached_at(people["dlh1"].phone))).one().away_until is None


def test_the_bubble_after_izin_lapor_is_read_as_its_continuation(people, world):
    file(people["citizen"])
    forward(people)
    people["dlh1"].says("Izin lapor pak:")
    assert "Catat sebagai kemajuan (TL) LPR-1?" in people["dlh1"].says("sdh kami cek ke lokasi, besok diangkut")
    people["dlh1"].says("tidak")
    people["dlh1"].says("izin lapor pak")
    # what the opening said ("lapor") goes with the bubble: words of a citizen's own complaint get ADUAN WARGA
    assert "ADUAN WARGA" in people["dlh1"].says("lampu jalan depan rumah saya mati sudah seminggu, gelap")


@pytest.mark.parametrize("cut", [None, 4])
def test_a_notice_forwarded_back_to_the_bot_records_nothing_and_says_how_to_answer_it(people, world, cut):
    file(people["citizen"])
    forward(people)
    notice = people["dlh1"].last().body
    pasted = "\n".join(notice.splitlines()[:cut])  # the whole notice, or its first lines
    reply = people["dlh1"].says(pasted)
    assert "salinan pesan dari kami" in reply and "TL LPR-1" in reply and "hanya untuk" not in reply, reply
    assert complaint(world, 1).status == "belum_ditindaklanjuti"


def test_izin_before_a_command_with_its_reference_last_is_that_command(people, world):
    # "IJIN PAK, TL: … laporan no 1" was leave (its digit), for a person named "PAK, TL: tim …"
    file(people["citizen"])
    forward(people)
    said = people["dlh1"].says("IJIN PAK, TL: tim sdh meluncur ke lokasi utk laporan no 1")
    assert "Tindak lanjut LPR-1 tercatat" in said


def test_an_officers_leave_with_its_reason_is_their_own(people, world):
    # ", ada hajatan" was taken for the name of an officer on leave
    assert "dicatat cuti mulai Kamis, 10 Des" in people["dlh1"].says("ijin cuti tgl 10 s/d 11 des, ada hajatan")
    assert "bukan petugas" in people["head"].says("cuti tgl 10 s/d 11 des, ada hajatan")  # a head names whom


@pytest.mark.parametrize("typed,kind", [("izin sakit hari ini", "sakit"), ("izin saya 2 hari", "izin"),
                                        ("ijin tidak masuk besok", "izin")])
def test_izin_naming_a_day_or_sickness_is_still_leave(people, world, typed, kind):
    assert f"Dewi dicatat {kind}" in people["dlh1"].says(typed)  # illness said is kept as its kind


# Swipe-replies that are no progress for the citizen --------------------------------------------------------------

@pytest.mark.parametrize("typed", ["ini sebenarnya jembatan desa, bukan kewenangan kami",
                                   "mohon maaf, ini di luar tupoksi dinas kami", "salah disposisi pak",
                                   "mohon maaf ini ranah BPBD/perkim pak, bukan DLH",
                                   "sepertinya bkn dinas kami yg tangani, itu milik provinsi"])
def test_an_officer_disputing_by_swipe_is_asked_kembalikan_and_the_citizen_hears_nothing(people, world, typed):
    file(people["citizen"])
    forward(people)
    before = len(people["citizen"].inbox())
    reply = people["dlh1"].swipe(people["dlh1"].last(), typed)
    assert "Kembalikan LPR-1 ke verifikator" in reply and f'"{typed}"' in reply, reply
    assert len(people["citizen"].inbox()) == before
    assert complaint(world, 1).status == "belum_ditindaklanjuti"
    assert "LPR-1 dikembalikan ke verifikator" in people["dlh1"].says("ya")
    assert len(people["citizen"].inbox()) == before and complaint(world, 1).status == "belum_terverifikasi"


def second_reminder(people, world, clock):
    """LPR-1 forwarded to DLH and left unanswered until the rung that tells the head (2 working days)."""
    _left_unanswered(people)
    return [m for m in people["head"].inbox() if m.purpose == "reminder"][-1]


@walked_once
def _left_unanswered(people):
    from scheduler.jobs import run_all
    from services import services

    svc = services(people["citizen"].app)
    file(people["citizen"])
    forward(people)
    for _ in range(2):
        svc.clock.advance(days=1)
        run_all(svc, svc.clock.now)


def test_a_heads_words_swiped_onto_the_morning_digest_reach_no_one_and_name_the_officers(people, world, clock):
    second_reminder(people, world, clock)
    digest = [m for m in people["head"].inbox() if m.purpose == "digest"][-1]
    before = len(people["citizen"].inbox())
    reply = people["head"].swipe(digest, "tolong segera ditindaklanjuti")
    assert "tidak diteruskan" in reply and "Dewi 0811-0000-0020" in reply and "DAFTAR" in reply, reply
    assert "Baik, terima kasih" in people["head"].swipe(digest, "ok")
    assert "LPR-1 –" in people["head"].swipe(digest, "lpr 1 gimana?")  # a question of its own: as if typed
    assert len(people["citizen"].inbox()) == before


def test_a_heads_swipe_onto_a_reminder_nudging_the_officers_is_not_sent_to_the_citizen(people, world, clock):
    reminder = second_reminder(people, world, clock)
    before = len(people["citizen"].inbox())
    reply = people["head"].swipe(reminder, "tolong segera ditindaklanjuti ya")
    assert "tidak dikirim ke pelapor LPR-1" in reply and "Dewi 0811-0000-0020" in reply and "Eko" in reply
    assert "ALIHKAN LPR-1" in reply
    assert len(people["citizen"].inbox()) == before and complaint(world, 1).status == "belum_ditindaklanjuti"


@pytest.mark.parametrize("typed", ["sdh saya cek sendiri tadi, sampahnya sudah diangkut sebagian",
                                   "tim sudah saya kerahkan ke lokasi pagi ini"])
def test_a_heads_swipe_onto_a_reminder_telling_the_work_is_progress(people, world, clock, typed):
    # the head answering for the officers: the work itself, not a nudge to them
    reminder = second_reminder(people, world, clock)
    assert "Tindak lanjut LPR-1 tercatat" in people["head"].swipe(reminder, typed)
    assert people["citizen"].last().body.endswith(typed)


def test_a_supervisors_swipe_onto_an_escalation_names_who_holds_it_and_reaches_no_citizen(people, world, clock):
    from scheduler.jobs import run_all
    from services import services

    second_reminder(people, world, clock)
    clock.advance(days=1)
    run_all(services(world), clock.now)
    escalation = [m for m in people["supervisor"].inbox() if m.purpose == "reminder"][-1]
    before = len(people["citizen"].inbox())
    for typed in ("pak kadis tolong atensi", "piye iki kok durung ditindaklanjuti?"):
        reply = people["supervisor"].swipe(escalation, typed)
        assert "LPR-1" in reply and "Yusuf" in reply and "Dewi" in reply and "tidak diteruskan" in reply, reply
    assert len(people["citizen"].inbox()) == before
    # who is late, asked after the escalation: the unanswered one escalated and who holds it, never "none late"
    for typed in ("yg telat siapa aja", "DAFTAR TERLAMBAT", "dlh kok lambat bgt sih"):
        reply = people["supervisor"].says(typed)
        assert "belum ditanggapi lewat 3 hari kerja (1)" in reply and "LPR-1" in reply, reply
        assert "Dewi 0811-0000-0020" in reply and "Tidak ada disposisi" not in reply, reply


def test_an_officers_swipe_opening_with_siap_pak_reaches_the_citizen_without_it(people, world):
    file(people["citizen"])
    forward(people)
    people["dlh1"].swipe(people["dlh1"].last(), "siap pak, sudah kami jadwalkan minggu depan")
    assert people["citizen"].last().body.endswith("\nsudah kami jadwalkan minggu depan")


def test_a_heads_swipe_onto_a_reminder_is_progress_when_no_officer_is_at_work(people, world, clock):
    reminder = second_reminder(people, world, clock)
    people["head"].says("cuti dewi 31/12/2026")
    people["head"].says("cuti eko 31/12/2026")
    assert "Tindak lanjut LPR-1 tercatat" in people["head"].swipe(reminder, "truk sudah kami kirim ke lokasi")
    assert people["citizen"].last().body.endswith("\ntruk sudah kami kirim ke lokasi")


# The reference first, questions about what is late and how, what to type instead ------------------------------

def test_a_command_word_after_the_reference_is_the_command(people, world):
    file(people["citizen"])
    forward(people)
    assert "Tindak lanjut LPR-1 tercatat" in people["dlh1"].says("LPR1 tl truk dijadwalkan besok")
    assert people["citizen"].last().body.endswith("\ntruk dijadwalkan besok")
    reply = people["dlh1"].says("LPR-1 info dari warga sekitar TPS sudah bersih")  # news, not a question to ask
    assert "TL LPR-1 info dari warga" in reply and complaint(world, 1).status == "proses"


def test_selesai_after_the_reference_with_work_still_to_come_is_not_the_final_answer(people, world):
    file(people["citizen"])
    forward(people)
    reply = people["dlh1"].says("LPR-1 selesai diukur, besok dikerjakan")
    assert "TL LPR-1 selesai diukur, besok dikerjakan" in reply and complaint(world, 1).status != "selesai"
    assert "Jawaban akhir LPR-1 tercatat" in people["dlh1"].says("LPR-1 selesai, sampah sudah diangkut semua")
    assert complaint(world, 1).status == "selesai"


def test_an_officers_text_after_a_reference_gets_the_command_to_send_and_nothing_is_relayed(people, world):
    file(people["citizen"])
    forward(people)
    before = len(people["citizen"].inbox())
    reply = people["dlh1"].says("lpr 1 besok tim kami ke lokasi")
    assert "TL LPR-1 besok tim kami ke lokasi" in reply and "SELESAI LPR-1" in reply
    assert len(people["citizen"].inbox()) == before
    assert "Teruskan LPR-1 ke PUPR?" in people["verifier"].says("LPR-1 ke pupr")  # a forward without its word: asked


@pytest.mark.parametrize("who,hint", [("dlh1", "TL LPR-<nomor> <kemajuan>"),
                                      ("verifier", "TERUSKAN LPR-<nomor> <instansi>"), ("supervisor", "REKAP")])
def test_an_unknown_message_names_the_roles_usual_commands(people, who, hint):
    assert hint in people[who].says("tolong dibantu dong")


def test_what_is_late_lists_the_dispositions_past_their_deadline(people, world, clock):
    file(people["citizen"])
    forward(people)
    reply = people["head"].says("apa yang telat?")
    assert "Tidak ada disposisi DLH yang melewati batas" in reply and "Disposisi terbuka DLH (1)" in reply
    assert "Perintah tidak dikenali" in people["head"].says("maaf telat balas pak")  # an apology, no question
    clock.advance(days=30)
    for who in ("head", "dlh1"):
        reply = people[who].says("ada yang terlambat?")
        assert "Disposisi DLH yang melewati batas penyelesaian (1)" in reply and "TERLAMBAT" in reply
    reply = people["supervisor"].says("yg telat apa aja")
    assert "Disposisi yang melewati batas penyelesaian (1)" in reply and "LPR-1 DLH" in reply
    assert "Disposisi DLH yang melewati batas" in people["supervisor"].says("daftar terlambat dlh")


@pytest.mark.parametrize("typed", ["gimana caranya?", "bingung pak", "cara balasnya bagaimana"])
def test_asking_how_gets_the_roles_commands(people, typed):
    reply = people["dlh1"].says(typed)
    assert "Balas dengan salah satu perintah" in reply and "TL LPR-<nomor> <kemajuan>" in reply


# Two officers on one complaint; an answer written at night --------------------------------------------------------

def test_an_officer_answering_after_a_colleagues_final_answer_is_told_who_answered_and_what(people, world):
    file(people["citizen"])
    forward(people)
    people["dlh1"].says("SELESAI LPR-1 sampah sudah diangkut semua")
    reply = people["dlh2"].says("tl lpr 1 kami cek dulu ke lokasi")
    assert "sudah dijawab selesai" in reply and "Tidak ada yang diubah" in reply
    assert 'Jawaban akhirnya dikirim Dewi, 23 Nov 2026 pukul 10.00: "sampah sudah diangkut semua"' in reply


@pytest.mark.parametrize("who, night, morning", [
    ("dlh1", "TL LPR-1 besok pagi truk datang", "TL LPR-1 truk sudah berangkat"),
    ("dlh1", "info lpr 1 tpsnya yg dkt masjid ato pasar pak?", "INFO LPR-1 Sejak kapan menumpuk?"),
    ("verifier", "TUNDA LPR-1 mohon kirim foto lokasinya", "TUNDA LPR-1 Di RT berapa?"),
    ("verifier", "arsipkan lpr1 bukan pengaduan, hanya tes", None),
])
def test_a_message_for_the_citizen_written_at_night_says_when_they_get_it(people, world, clock, who, night, morning):
    """An answer, a question or an archiving reason written at 23:00 waits for the citizens' quiet hours to end:
    the reply says when the citizen gets it."""
    file(people["citizen"])
    if who != "verifier":
        forward(people)
    clock.advance(hours=13)  # 23:00 in Jakarta
    reply = people[who].says(night)
    assert "Pelapor menerimanya 24 Nov 2026 pukul 06.00" in reply, reply
    if morning:
        clock.advance(hours=8)  # 07:00
        assert "Pelapor menerimanya" not in people[who].says(morning)


# A command and its text in two bubbles ----------------------------------------------------------------------------

def test_the_text_of_a_command_sent_in_the_next_bubble_completes_it(people, world):
    file(people["citizen"])
    forward(people)
    assert "balas dengan isinya saja" in people["dlh1"].says("selesai lpr 1")
    assert "Tidak ada yang dicatat" not in people["dlh1"].says("ok")  # an acknowledgement is not the text
    assert "Jawaban akhir LPR-1 tercatat" in people["dlh1"].says("Sampah sudah diangkut semua, TPS bersih")
    assert people["citizen"].inbox()[-2].body.endswith("\nSampah sudah diangkut semua, TPS bersih")
    thanked = people["dlh1"].says("terima kasih pak atas kerjasamanya semua")  # used up: thanks, nothing recorded
    assert "tercatat" not in thanked and "Sama-sama" in thanked, thanked


def test_a_message_about_another_complaint_is_not_the_awaited_text(people, world):
    file(people["citizen"])
    forward(people)
    people["verifier"].says("ARSIPKAN LPR-1")
    assert "LPR-2 tidak ditemukan" in people["verifier"].says("LPR-2 ke dlh")  # about LPR-2, not LPR-1's reason
    assert complaint(world, 1).status == "belum_ditindaklanjuti"
    assert "LPR-1 diarsipkan" in people["verifier"].says("laporan ganda, sudah ditangani di LPR lain")


@pytest.mark.parametrize("typed", ["gabung lpr2 ke lpr1", "gabungkan lpr 2 dengan lpr 1",
                                   "GABUNG LPR-2 dgn induk LPR-1"])
def test_gabung_with_a_word_before_the_parent(people, world, typed):
    file(people["citizen"])
    file(people["citizen2"])
    assert "LPR-2 digabung ke LPR-1" in people["verifier"].says(typed)


@pytest.mark.parametrize("typed", ["tolong alihkan lpr 1 ke bu dewi ya", "alihkan lpr1 ke dewi saja, makasih"])
def test_courtesy_around_the_officers_name_in_alihkan(people, world, typed):
    """Directory names carry more than the first name ("Dewi (Penghubung DLH)"): the courtesy words around the
    typed name must not count against it."""
    from models import Contact
    from tests.parties import DLH_1

    with world.extensions["penghubung"].session_factory.begin() as session:
        session.scalars(select(Contact).where(Contact.phone == DLH_1)).one().name = "Dewi (Penghubung DLH)"
    file(people["citizen"])
    forward(people)
    assert "LPR-1 dialihkan ke Dewi (Penghubung DLH)" in people["head"].says(typed)


@pytest.mark.parametrize("typed,said", [("dlh", "Teruskan LPR-1 ke DLH?"),
                                        ("ke dinas lh aja bu", "Teruskan LPR-1 ke DLH?"),
                                        ("sudah saya cek", "TERUSKAN LPR-1 <instansi>")])  # no agency in the words
def test_a_verifiers_swipe_without_a_command_is_asked_about_or_shows_the_teruskan_to_send(people, world, typed, said):
    file(people["citizen"])
    notice = [m for m in people["verifier"].inbox() if m.purpose == "verification"][0]
    assert said in people["verifier"].swipe(notice, typed)
    assert complaint(world, 1).dispositions == []


@pytest.mark.parametrize("typed,progress", [("baik pak, info sudah kami terima", False),  # a receipt: nothing recorded
                                            ("siap, tanya dulu ke kepala bidang", True)])
def test_a_command_word_inside_a_swiped_sentence_after_courtesy_is_no_command(people, world, typed, progress):
    file(people["citizen"])
    forward(people)
    reply = people["dlh1"].swipe(people["dlh1"].last(), typed)
    assert ("Tindak lanjut LPR-1 tercatat" in reply) is progress
    assert complaint(world, 1).status == ("proses" if progress else "belum_ditindaklanjuti")
    assert not [m for m in people["citizen"].inbox() if m.purpose in ("question", "follow_up") and not progress]
    assert not [m for m in people["citizen"].inbox() if m.purpose == "question"]


def test_a_reason_saying_the_disposition_was_misrouted_is_no_call_off(people, world):
    file(people["citizen"])
    forward(people)
    people["dlh1"].says("kembalikan lpr 1")
    assert "dikembalikan ke verifikator" in people["dlh1"].says("salah kirim, ini urusan dinsos saja")
    assert "urusan dinsos" in people["verifier"].last().body


@pytest.mark.parametrize("typed", ["gak jadi", "batal pak", "eh salah ketik"])
def test_a_command_awaiting_its_text_can_be_called_off(people, world, typed):
    file(people["citizen"])
    forward(people)
    people["dlh1"].says("SELESAI LPR-1")
    assert "SELESAI LPR-1 tidak jadi dikirim" in people["dlh1"].says(typed)
    assert complaint(world, 1).status == "belum_ditindaklanjuti"
    reply = people["dlh1"].says("sampah sudah diangkut semua")  # nothing awaits any more: asked, not recorded
    assert "tercatat" not in reply and complaint(world, 1).status == "belum_ditindaklanjuti"


# REKAP on demand for one period or one agency --------------------------------------------------------------------

@pytest.mark.parametrize("typed,label", [
    ("rekap minggu ini", "minggu ini (23 Nov 2026)"), ("REKAP pekan ini", "minggu ini"),
    ("rekap mingguan", "minggu ini"),
    ("Rekap minggu lalu dong pak", "minggu lalu (16 Nov 2026–22 Nov 2026)"), ("rekap bln kemarin", "bulan lalu"),
    ("rekap seminggu terakhir", "7 hari terakhir (17 Nov 2026–23 Nov 2026)"), ("tolong rekap tahun ini", "tahun ini"),
    ("rkp bulan ini", "bulan ini (1 Nov 2026–23 Nov 2026)"),
    ("rekap tahun lalu", "tahun lalu (1 Jan 2025–31 Des 2025)"), ("rekap thn kmrn pak", "tahun lalu"),
    ("rekap bulan oktober", "Oktober 2026 (1 Okt 2026–31 Okt 2026)"),
    ("REKAP DESEMBER", "Desember 2025 (1 Des 2025–31 Des 2025)"),  # December has not come yet this year
    ("minta rekap bln sept 2026 ya pak", "September 2026 (1 Sep 2026–30 Sep 2026)"),
    ("rekap nopember", "November 2026 (1 Nov 2026–23 Nov 2026)"),
    ("rekap thn 2025", "tahun 2025 (1 Jan 2025–31 Des 2025)"),
    ("rekap hari ini", "hari ini (23 Nov 2026)"), ("REKAP HR INI PAK", "hari ini")])  # today so far
def test_a_head_asks_rekap_for_a_period_in_words(people, world, typed, label):
    file(people["citizen"], photo=False)
    forward(people)
    assert people["head"].says(typed).startswith(f"Rekap DLH · {label}")


def test_rekap_of_this_week_and_last_week_count_what_came_and_was_answered_in_them(people, world, clock):
    file(people["citizen"], photo=False)
    forward(people)
    people["dlh1"].says("SELESAI LPR-1 sampah sudah diangkut")
    week = people["head"].says("rekap minggu ini")
    assert "Baru pada periode ini: 1" in week and "Selesai pada periode ini: 1" in week
    # the yearly lines of a week's rekap name their year: under «minggu ini» they read as the week's figures; the
    # average first follow-up is the week's own (staff10: it was the year's), so it names none
    assert "Rata-rata tindak lanjut pertama: 0,0 hari kerja" in week and "Penilaian warga 2026: " in week, week
    assert "Peringkat instansi 2026 (selesai · terlambat):" in people["supervisor"].says("rekap minggu ini")
    today = people["supervisor"].says("rekap hari ini")  # at noon: what came this morning, not the digest's window
    assert "Baru pada periode ini: 1" in today and "Selesai pada periode ini: 1" in today
    assert "Baru sejak rekap lalu: 0" in people["supervisor"].says("rekap harian")  # the morning digest, as sent
    clock.advance(days=7)
    assert "Baru pada periode ini: 0" in people["head"].says("rekap minggu ini")
    last = people["head"].says("rekap minggu lalu")
    assert "Baru pada periode ini: 1" in last and "Selesai pada periode ini: 1" in last


def test_a_rekap_of_last_month_or_year_asked_in_january_gives_that_years_completion(people, world, clock):
    """Asked on 4 January, a rekap of December or of last year counts that year's complaints, not the new year's
    (which has none yet)."""
    file(people["citizen"], photo=False)
    forward(people)
    clock.now = clock.now.replace(year=2027, month=1, day=4)
    for typed, label in (("rekap bulan lalu", "bulan lalu (1 Des 2026–31 Des 2026)"),
                         ("rekap tahun lalu", "tahun lalu (1 Jan 2026–31 Des 2026)")):
        text = people["supervisor"].says(typed)
        assert text.startswith(f"Rekap daerah · {label}") and "Penyelesaian 2026: 0% (0/1)" in text, text
    # nothing came in 2027 yet, but December's is still open: it read "Penyelesaian 2027: - (belum ada laporan masuk
    # pada 2027)" beside "Disposisi terbuka: 1"; the year counts what it began with still open
    today = people["supervisor"].says("rekap")
    assert "Disposisi terbuka: 1" in today and "Penyelesaian 2027: 0% (0/1, termasuk 1 sisa tahun lalu)" in today, today
    assert "Penyelesaian 2027: 0% (0/1, termasuk 1 sisa tahun lalu)" in people["head"].says("rekap")
    people["dlh1"].says("SELESAI LPR-1 sampah sudah diangkut")
    for reader in ("supervisor", "head"):
        assert "Penyelesaian 2027: 100% (1/1, termasuk 1 sisa tahun lalu)" in people[reader].says("rekap")


def test_a_rekap_in_early_january_carries_last_years_open_work_into_every_yearly_line(people, world, clock):
    """A December complaint answered and rated in January: the year's first answers, ratings and ranking counted
    only complaints filed in the new year, so all of early January read "-", "belum ada" and no ranking at all,
    beside the completion line that carries it ("termasuk 1 sisa tahun lalu")."""
    file(people["citizen"], photo=False)
    forward(people)
    clock.now = clock.now.replace(year=2027, month=1, day=4)
    people["dlh1"].says("SELESAI LPR-1 sampah sudah diangkut")
    people["citizen"].says("4")
    for reader in ("supervisor", "head"):
        text = people[reader].says("rekap")
        assert "Penyelesaian 2027: 100% (1/1, termasuk 1 sisa tahun lalu)" in text, text
        assert "Rata-rata tindak lanjut pertama 2027: -" not in text and "rata-rata 4,0 dari 1 penilaian" in text, text
    ranking = people["supervisor"].says("rekap")
    assert "Peringkat instansi" in ranking and "1. DLH 100% · 0" in ranking, ranking

def test_a_supervisor_asks_rekap_for_one_agency_by_any_name(people, world):
    file(people["citizen"], photo=False)
    forward(people, "DLH, PUPR")
    assert people["supervisor"].says("rekap dinas pu").startswith("Rekap harian PUPR")
    text = people["supervisor"].says("REKAP lingkungan hidup minggu ini ya")
    assert text.startswith("Rekap DLH · minggu ini") and "Peringkat instansi" not in text
    assert people["supervisor"].says("rekap seluruh daerah bulan ini").startswith("Rekap daerah · bulan ini")
    unknown = people["supervisor"].says("rekap kantor pos")
    assert "tidak dikenali untuk REKAP" in unknown and "REKAP minggu ini" in unknown and "Rekap" not in unknown[:5]


def test_a_head_asking_rekap_of_another_agency_is_told_it_shows_their_own(people, world):
    file(people["citizen"], photo=False)
    forward(people)
    other = people["head"].says("rekap pupr")
    assert "berisi instansi Anda, DLH" in other and "Rekap harian DLH" in other
    assert "berisi instansi Anda" not in people["head"].says("rekap dlh minggu ini")


@pytest.mark.parametrize("typed", ["siapa yg pegang lpr 1?", "tolong pak kadis dlh segera tindaklanjuti lpr 1"])
def test_a_supervisor_asking_who_holds_a_complaint_or_chasing_it_is_told_its_holders(people, world, typed):
    file(people["citizen"])
    forward(people)
    reply = people["supervisor"].says(typed)
    assert "LPR-1 ditangani" in reply and "Dewi" in reply and "Yusuf" in reply, reply
    assert complaint(world, 1).status == "belum_ditindaklanjuti"


def test_an_answer_typed_under_a_copied_notice_is_read_for_its_complaint(people, world):
    file(people["citizen"])
    forward(people)
    notice = people["dlh1"].last().body
    reply = people["dlh1"].says("\n".join(notice.splitlines()[:4]) + "\nsdh kami cek pak, besok diangkut")
    assert "Catat sebagai kemajuan (TL) LPR-1?" in reply and "TL LPR-1 sdh kami cek pak, besok diangkut" in reply


# A supervisor asking for one complaint's history ---------------------------------------------------------------

@pytest.mark.parametrize("typed", ["riwayat lpr 1", "minta kronologi lpr 1 pak", "histori laporan no 1",
                                   "lpr 1 riwayatnya gmn", "STATUS LPR-1 riwayat"])
def test_one_complaints_history_asked_is_shown_in_order(people, world, typed):
    file(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH PUPR")
    people["pupr"].says("KEMBALIKAN LPR-1 bukan kewenangan kami, ini urusan sampah")
    people["dlh1"].says("TL LPR-1 armada dijadwalkan besok pagi")
    reply = people["supervisor"].says(typed)
    assert "LPR-1" in reply and "Perintah tidak dikenali" not in reply
    history = reply[reply.index("Riwayat"):]
    assert history.index("Disposisi") < history.index("Dikembalikan") < history.index("armada dijadwalkan")
    assert "PUPR" in history and "bukan kewenangan kami" in history


# Where a complaint is now, asked in words (staff14) -------------------------------------------------------------

def test_where_a_complaint_waiting_or_forwarded_is(people, world):
    """'lpr 1 skrg di siapa' and the like got "Perintah tidak dikenali" once the complaint was forwarded: each
    state says where it is, who holds it, who returned it and why, and what it waits for."""
    file(people["citizen"], photo=False)
    forward(people, "DLH PUPR")
    reply = people["verifier"].says("lpr 1 kemana ya bu?")
    assert "• Di DLH (Dewi, Eko): belum ada tindak lanjut, batas" in reply, reply
    assert "• Di PUPR (Budi)" in reply and "Rinciannya: STATUS LPR-1" in reply, reply


@walked_once
def returned_and_asked(people) -> None:
    """LPR-1 forwarded to DLH and PUPR, returned by PUPR, its reporter asked a question by DLH."""
    file(people["citizen"], photo=False)
    forward(people, "DLH PUPR")
    people["pupr"].says("KEMBALIKAN LPR-1 bukan kewenangan kami, itu jalan provinsi")
    people["dlh1"].says("INFO LPR-1 di sebelah mana tepatnya?")


def test_where_a_returned_complaint_waiting_for_its_reporter_is(people, world):
    returned_and_asked(people)
    reply = people["verifier"].says("lpr 1 sdh diteruskan ke mana?")
    assert 'PUPR mengembalikannya (' in reply and '"bukan kewenangan kami, itu jalan provinsi"' in reply, reply
    assert "menunggu jawaban pelapor atas pertanyaan DLH" in reply, reply
    assert "PUPR mengembalikannya" in people["pupr"].says("lpr 1 skrg di siapa ya pak?")  # the agency it left


@walked_once
def answered_in_full(people) -> None:
    returned_and_asked(people)
    people["citizen"].says("di sebelah timur pasar")
    people["dlh1"].says("SELESAI LPR-1 sampah sudah diangkut semua")


def test_where_a_finished_complaint_is(people, world):
    answered_in_full(people)
    reply = people["supervisor"].says("posisi lpr 1 dmn")
    assert "LPR-1: Selesai" in reply and "DLH sudah memberi jawaban akhir" in reply, reply
    assert "Menunggu penilaian pelapor" in reply, reply
    people["citizen"].says("5")
    assert "Dinilai pelapor 5/5" in people["verifier"].says("LPR 1 SKRG DI SIAPA?")


def test_where_an_archived_or_merged_complaint_is_says_why(people, world):
    file(people["citizen"], photo=False)
    file(people["citizen2"], description="Jalan berlubang di depan pasar, sudah ada motor jatuh", photo=False)
    verifier = people["verifier"]
    assert "Belum diteruskan ke instansi mana pun" in verifier.says("lpr 1 skrg di siapa")
    verifier.says("TERUSKAN LPR-1 DLH")
    verifier.says("ARSIPKAN LPR-2 bukan kewenangan pemda, jalan nasional")
    assert 'Alasan diarsipkan: "bukan kewenangan pemda, jalan nasional"' in verifier.says("lpr 2 skrg di siapa")
    file(people["citizen2"], photo=False)
    verifier.says("GABUNG LPR-3 LPR-1")
    reply = verifier.says("lpr 3 sekarang dipegang siapa?")
    assert "Digabung ke LPR-1" in reply and "• Di DLH (Dewi, Eko)" in reply and "STATUS LPR-1" in reply, reply


@pytest.mark.parametrize("who,typed,said", [
    ("dlh1", "lpr 1 lokasinya di mana ya?", "LPR-1: Sudah diteruskan"),  # the place asked: not where it is
    ("dlh1", "TL LPR-1 sampahnya dibawa ke mana? sudah ke TPA", "Tindak lanjut LPR-1 tercatat"),
])
def test_words_of_where_inside_other_messages_are_not_where_it_is(people, world, who, typed, said):
    file(people["citizen"], photo=False)
    forward(people)
    reply = people[who].says(typed)
    assert "Rinciannya: STATUS" not in reply, reply


# Where a complaint is, asked of one waiting or of none (staff15) ------------------------------------------------

@pytest.mark.parametrize("typed", ["lpr1 kmn ya bu", "LPR 1 kemana ya?", "lpr 1 ke mana bu", "no 1 kmn pak"])
def test_a_verifiers_where_of_a_complaint_waiting_says_it_waits_and_the_suggestions(people, world, typed):
    """'lpr1 kmn ya bu' before the forward: where it is (with the verifier, not forwarded) and where it may go."""
    file(people["citizen"], photo=False)
    reply = people["verifier"].says(typed)
    assert reply.startswith("LPR-1: Menunggu verifikasi"), reply
    assert "\n• Belum diteruskan ke instansi mana pun\n" in reply, reply
    assert "Saran instansi untuk LPR-1" in reply, reply
    assert "tidak dikenali" not in reply, reply


@pytest.mark.parametrize("who,typed", [
    ("verifier", "lpr7 kmn ya bu"), ("verifier", "lpr 7 kemana ya?"), ("verifier", "lpr 7 skrg di siapa"),
    ("verifier", "posisi laporan no 7 dmn"), ("supervisor", "lpr 7 sdh diteruskan ke mana?"),
    ("dlh1", "lpr 7 skrg di siapa"),
    ("head", "LPR-7 SKRG DI SIAPA?")])
def test_where_a_complaint_that_does_not_exist_is_says_so_and_what_to_type(people, world, who, typed):
    file(people["citizen"], photo=False)
    reply = people[who].says(typed)
    assert "LPR-7 tidak ditemukan" in reply and ("ANTREAN" in reply or "DAFTAR" in reply), reply
    assert "tidak dikenali" not in reply, reply


@pytest.mark.parametrize("who,typed", [("supervisor", "lpr 1 kmn ya pak?"), ("supervisor", "Lpr1 kemana?"),
                                       ("verifier", "lpr 1 kemana ya bu")])
def test_where_to_of_a_forwarded_complaint_from_anyone_is_where_it_is(people, world, who, typed):
    file(people["citizen"], photo=False)
    forward(people)
    reply = people[who].says(typed)
    assert "• Di DLH (Dewi, Eko): belum ada tindak lanjut" in reply, reply


@pytest.mark.parametrize("who,typed", [
    ("dlh1", "lpr 1 sampahnya dibuang kemana ya?"),  # a question of the work, not of the complaint's place
    ("supervisor", "lpr 1 jalannya ke mana arahnya"),
])
def test_where_to_inside_a_question_of_the_work_is_not_where_the_complaint_is(people, world, who, typed):
    file(people["citizen"], photo=False)
    forward(people)
    assert "Rinciannya: STATUS" not in people[who].says(typed)


# Examples in hints: never a number that may be someone's complaint (staff15) ------------------------------------

def test_no_catalogue_text_shows_a_made_up_complaint_number():
    """'LPR-12' in a hint was taken for a real complaint (and `TERUSKAN LPR-12 …` copied would forward one): the
    catalogue writes a placeholder, LPR-<nomor>; a real reference only ever comes filled in."""
    import re

    from bot.messages import MESSAGES

    made_up = {key: text for key, text in MESSAGES.items() if re.search(r"LPR-(?:\d|n\b)", text)}
    assert made_up == {}


@pytest.mark.parametrize("who,typed,shown", [
    ("dlh1", "bantuan", "TL LPR-<nomor> <kemajuan>"), ("verifier", "bantuan", "TERUSKAN LPR-<nomor> <instansi>"),
    ("verifier", "bantuan", "GABUNG LPR-<nomor> LPR-<induk>"), ("supervisor", "bantuan", "STATUS LPR-<nomor>"),
    ("head", "bantuan", "ALIHKAN LPR-<nomor>"), ("citizen", "bantuan", "STATUS LPR-<nomor>"),
    ("citizen", "bantuan", "IKUTI LPR-<nomor>")])
def test_help_writes_the_reference_as_a_placeholder(people, world, who, typed, shown):
    reply = people[who].says(typed)
    assert shown in reply and "LPR-12" not in reply, reply


@pytest.mark.parametrize("who,typed,shown", [
    ("dlh1", "tolong dibantu dong", "TL LPR-1 <kemajuan>"),       # the officer's one open disposition
    ("dlh1", "izin pak", "TL LPR-1 <kemajuan>"),
    ("verifier", "tolong dibantu dong", "TERUSKAN LPR-2 <instansi>"),  # the one complaint waiting
    ("supervisor", "tolong dibantu dong", "STATUS LPR-<nomor>"),  # no queue of their own
])
def test_a_hint_shows_the_one_complaint_in_the_readers_queue(people, world, who, typed, shown):
    file(people["citizen"], photo=False)
    forward(people)
    file(people["citizen2"], photo=False)
    reply = people[who].says(typed)
    assert shown in reply and "LPR-12" not in reply, reply


def test_a_hint_with_several_in_the_queue_or_a_number_nobody_has_shows_the_placeholder(people, world):
    file(people["citizen"], photo=False)
    file(people["citizen2"], photo=False)
    reply = people["verifier"].says("tolong dibantu dong")
    assert "TERUSKAN LPR-<nomor> <instansi>" in reply, reply
    reply = people["verifier"].says("lpr 9 gimana ini bu")  # LPR-9 does not exist: not shown as if it did
    assert "TERUSKAN LPR-9" not in reply and "LPR-9 tidak ditemukan" in reply, reply


def test_which_one_lists_show_a_listed_number_as_the_example(people, world):
    file(people["citizen"], photo=False)
    file(people["citizen2"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["verifier"].says("TERUSKAN LPR-2 DLH")
    reply = people["dlh1"].says("sdh kami cek semua pak, besok diangkut")
    assert "(contoh: LPR-1)" in reply and "TL LPR-<nomor> sdh kami cek semua pak, besok diangkut" in reply, reply
    reply = people["dlh1"].says("siapa pelapornya ya pak?")
    assert "siapa pelapor LPR-<nomor>?" in reply and "LPR-12" not in reply, reply


@pytest.mark.parametrize("typed,command", [
    ("TL LPR-<nomor> sudah kami cek lokasi", "TL"), ("tl lpr-n sudah kami cek lokasi", "TL"),
    ("TL LPR-nomor: sudah kami cek lokasi", "TL"), ("TL LPR-<n> sudah kami cek lokasi", "TL"),
    ("TL LPR-... sudah kami cek lokasi", "TL"), ("SELESAI LPR-<nomor> sudah kami cek lokasi", "SELESAI")])
def test_a_placeholder_copied_from_a_hint_never_reaches_the_citizen(people, world, typed, command):
    """`TL LPR-<nomor> …` copied from the help was asked about for the one open complaint, and YA sent
    "LPR-<nomor> sudah kami cek lokasi" to its reporter: the placeholder is read as no number."""
    file(people["citizen"], photo=False)
    forward(people)
    asked = people["dlh1"].says(typed)
    assert f"{command} LPR-1 (" in asked, asked
    people["dlh1"].says("YA")
    bodies = [message.body for message in people["citizen"].inbox()]
    assert any("\nsudah kami cek lokasi" in body for body in bodies), bodies
    assert not any("<nomor>" in body or "LPR-n" in body or "LPR-." in body for body in bodies), bodies


@pytest.mark.parametrize("typed,recorded", [
    ("TL LPR-1 nomor rumah 5 sudah kami cek", "nomor rumah 5 sudah kami cek"),  # a real number, text with "nomor"
    ("TL LPR-1 n sudah kami cek", "n sudah kami cek"),
    ("TL laporan nomor 1 sudah kami cek", "sudah kami cek"),
])
def test_a_real_number_near_the_placeholder_words_is_still_read(people, world, typed, recorded):
    file(people["citizen"], photo=False)
    forward(people)
    assert "Tindak lanjut LPR-1 tercatat" in people["dlh1"].says(typed)
    assert people["citizen"].last().body.rstrip().endswith(recorded)


def test_a_verifiers_copied_placeholder_asks_about_the_one_waiting(people, world):
    file(people["citizen"], photo=False)
    reply = people["verifier"].says("TERUSKAN LPR-<nomor> dlh")
    assert "Teruskan LPR-1 (" in reply and "ke DLH?" in reply, reply


# A follow-up typed in several bubbles (staff15) -----------------------------------------------------------------

def _progress_asked(people, clock) -> str:
    """LPR-1 at DLH; the officer's TL in bubbles: the command, its text, then more work news (asked about)."""
    file(people["citizen"], photo=False)
    forward(people)
    officer = people["dlh1"]
    officer.says("tl lpr 1")
    officer.says("tim kami sdh ke lokasi td pagi pak")
    clock.advance(seconds=40)
    return officer.says("truknya dijadwalkan angkut hari kamis")


def test_a_bubble_after_an_unanswered_progress_question_joins_its_text(people, world, clock):
    """'mohon warga bersabar 🙏', a bubble after the question about the bubble before, got "Perintah tidak
    dikenali" and the question stood with half the news: it is asked again with both, and YA sends them as one."""
    assert "Catat sebagai kemajuan (TL) LPR-1?" in _progress_asked(people, clock)
    clock.advance(seconds=30)
    reply = people["dlh1"].says("mohon warga bersabar 🙏")
    assert "tidak dikenali" not in reply, reply
    assert "TL LPR-1 truknya dijadwalkan angkut hari kamis. mohon warga bersabar 🙏" in reply, reply
    people["dlh1"].says("ya")
    body = people["citizen"].last().body
    assert body.rstrip().endswith("truknya dijadwalkan angkut hari kamis. mohon warga bersabar 🙏"), body


@pytest.mark.parametrize("later,typed", [
    (20, "mohon warga bersabar 🙏"),          # long after the question: no bubble of it
    (0, "itu yg bayar retribusi siapa ya pak?"),  # a question for the office
    (0, "lpr 2 jg sdh kami cek"),              # another complaint's
    (0, "ok"),                                 # its yes
])
def test_what_is_no_further_bubble_of_the_progress_asked_about(people, world, clock, later, typed):
    _progress_asked(people, clock)
    clock.advance(minutes=later, seconds=10)
    reply = people["dlh1"].says(typed)
    assert "truknya dijadwalkan angkut hari kamis. " + typed not in reply, reply


# An officer asking in casual words for a complaint to go to another agency (staff15) ----------------------------

@pytest.mark.parametrize("who,typed", [
    ("dlh1", "pak lpr 1 itu kyknya bukan jatah kita deh, mending dioper ke pupr aja, itu jalan kabupaten"),
    ("dlh1", "lpr1 pindahin ke pupr aja bu"),
    ("dlh1", "lpr 1 lempar ke pupr aja pak, bukan bagian kami"),
    ("dlh1", "lpr 1 operin ke pln ya, itu kabel listrik"),
    ("dlh1", "lpr 1 bukan bagian kami pak"),
    ("dlh1", "lpr 1 bkn jatah dlh"),
    ("head", "lpr1 pindahin ke pupr aja"),
])
def test_an_officers_casual_words_for_another_agency_ask_to_return_it(people, world, who, typed):
    """'… bukan jatah kita deh, mending dioper ke pupr aja' got "Perintah tidak dikenali" and was offered as a TL
    for the citizen; 'lpr1 pindahin ke pupr' was refused as the head's ALIHKAN: both mean KEMBALIKAN, asked."""
    file(people["citizen"], photo=False)
    forward(people)
    reply = people[who].says(typed)
    assert "Kembalikan LPR-1 ke verifikator" in reply and "TL LPR-1" not in reply, reply
    assert [d.status for d in complaint(world, 1).dispositions] == ["open"]


@pytest.mark.parametrize("who,typed,said", [
    ("dlh1", "lpr 1 bukan bagian jalan yg rusak, tp trotoarnya", "Kembalikan"),  # a part of the place, not ours
    ("dlh1", "TL LPR-1 sampah sdh dioper ke truk besar", "Kembalikan"),
    ("head", "ALIHKAN LPR-1 Eko", "Kembalikan"),
])
def test_words_near_a_request_for_another_agency_are_no_return(people, world, who, typed, said):
    file(people["citizen"], photo=False)
    forward(people)
    assert said not in people[who].says(typed)


# A verifier rejecting a complaint with a reason in slang (staff15) ----------------------------------------------

@pytest.mark.parametrize("typed,reason", [
    ("lpr 1 dibuang aja bu, isinya cm iklan pinjol", "isinya cm iklan pinjol"),
    ("lpr1 gak usah diproses, spam pinjol doang", "spam pinjol doang"),
    ("tolak aja no 1 itu, ngawur isinya", "ngawur isinya"),
    ("LPR 1 abaikan aja, iseng doang itu", "iseng doang itu"),
    ("lpr 1 ga perlu ditindaklanjuti, cuma promosi jualan", "cuma promosi jualan"),
])
def test_a_verifiers_slang_rejection_asks_to_archive_with_its_reason(people, world, typed, reason):
    """'lpr 1 dibuang aja bu, isinya cm iklan pinjol' got "Perintah tidak dikenali": ARSIPKAN is asked about, the
    words after it its reason."""
    file(people["citizen"], photo=False)
    reply = people["verifier"].says(typed)
    assert "Arsipkan LPR-1" in reply and f'"{reason}"' in reply, reply
    assert complaint(world, 1).status == "belum_terverifikasi"


@pytest.mark.parametrize("typed,said", [
    ("lpr 9 dibuang aja, spam", "LPR-9 tidak ditemukan"),            # no such complaint: said so
    ("lpr 1 gak usah diproses dulu, tunggu fotonya", "Arsipkan"),    # not yet, not never: no archive
    ("lpr 1 sampahnya dibuang sembarangan", "Arsipkan"),             # the complaint's own words
])
def test_near_misses_of_a_slang_rejection(people, world, typed, said):
    file(people["citizen"], photo=False)
    reply = people["verifier"].says(typed)
    assert (said in reply) == (said != "Arsipkan"), reply


@pytest.mark.parametrize("who,typed", [("dlh1", "TERUSKAN LPR-1 PUPR"), ("head", "teruskan lpr 1 ke pupr")])
def test_an_officers_formal_forward_stays_refused_with_kembalikan_to_send(people, world, who, typed):
    """Unlike the sentences above, the verifier's command typed by an officer is refused, saying what to send."""
    file(people["citizen"], photo=False)
    forward(people)
    reply = people[who].says(typed)
    assert "hanya untuk verifikator" in reply and "KEMBALIKAN LPR-1 <alasan>" in reply, reply


def test_an_unknown_message_naming_a_complaint_nobody_has_says_so(people, world):
    file(people["citizen"], photo=False)
    reply = people["verifier"].says("lpr 9 udah aman kok")
    assert "LPR-9 tidak ditemukan" in reply and "TERUSKAN LPR-9" not in reply, reply


@pytest.mark.parametrize("typed", ["TL LPR-7 sampah sudah diangkut", "selesai lpr 7 sdh bersih"])
def test_an_officers_command_about_a_number_nobody_has_lists_their_own(people, world, typed):
    """An officer typing the wrong number was told it does not exist, and not which one is theirs (as a complaint
    of another agency's is)."""
    file(people["citizen"], photo=False)
    forward(people)
    reply = people["dlh1"].says(typed)
    assert "LPR-7 tidak ditemukan" in reply and "Laporan terbuka DLH Anda: LPR-1 (" in reply, reply


@pytest.mark.parametrize("typed", ["mas, yg kelewat batas di dlh ada apa aja sih", "yg kelewatan deadline apa aja pak",
                                   "ada yg terlewat batas waktunya?"])
def test_a_head_asking_casually_what_went_past_its_deadline_gets_the_late_list(people, world, clock, typed):
    """'yg kelewat batas … ada apa aja sih' got "Perintah tidak dikenali" and was offered as an INFO to the reporter."""
    file(people["citizen"], photo=False)
    forward(people)
    clock.advance(days=30)
    reply = people["head"].says(typed)
    assert "Disposisi DLH yang melewati batas penyelesaian (1)" in reply and "INFO" not in reply, reply


def test_too_much_said_with_kelewat_is_no_late_list(people, world, clock):
    file(people["citizen"], photo=False)
    forward(people)
    clock.advance(days=30)
    assert "melewati batas" not in people["head"].says("sampahnya kelewat banyak pak, truknya kurang")


# "lpr nomor 1" and its kin in every command (staff16) ------------------------------------------------------------

NUMBERED = ["lpr nomor 1", "lpr no 1", "lpr no. 1", "LPR No.1", "lpr nmr 1", "laporan no 1", "Lpr. No. 1"]


@pytest.mark.parametrize("named", NUMBERED)
def test_a_follow_up_with_the_word_for_number_after_lpr_is_read(people, world, named):
    """`TL lpr nomor 1 …` read no number (asked which one) while `TL laporan nomor 1 …` was read."""
    file(people["citizen"], photo=False)
    forward(people)
    assert "Tindak lanjut LPR-1 tercatat" in people["dlh1"].says(f"TL {named} sudah kami cek lokasi")
    assert people["citizen"].last().body.rstrip().endswith("sudah kami cek lokasi")


@pytest.mark.parametrize("named", NUMBERED)
def test_status_and_teruskan_read_the_word_for_number_after_lpr(people, world, named):
    file(people["citizen"], photo=False)
    assert "LPR-1" in people["verifier"].says(f"STATUS {named}")
    reply = people["verifier"].says(f"TERUSKAN {named} DLH")
    assert "LPR-1" in reply and ("DLH" in reply or "Lingkungan Hidup" in reply), reply
    assert "Sebutkan nomor" not in reply and "tidak dikenali" not in reply, reply


@pytest.mark.parametrize("named", ["lpr nomor 1", "lpr no 1", "lpr no. 1"])
def test_a_complaint_named_with_the_word_for_number_inside_a_sentence_is_read(people, world, named):
    file(people["citizen"], photo=False)
    forward(people)
    reply = people["dlh1"].says(f"izin pak, untuk {named} sudah kami survei tadi pagi")
    assert "LPR-1" in reply and "LPR-<nomor>" not in reply, reply


@pytest.mark.parametrize("typed,recorded", [
    ("TL LPR-1 no hp pelapor tidak aktif", "no hp pelapor tidak aktif"),   # "no" followed by words: text
    ("TL lpr 1 nomor rumah 5 sudah dicek", "nomor rumah 5 sudah dicek"),  # a number of the text after the reference
])
def test_the_word_for_number_after_a_reference_stays_text(people, world, typed, recorded):
    file(people["citizen"], photo=False)
    forward(people)
    assert "Tindak lanjut LPR-1 tercatat" in people["dlh1"].says(typed)
    assert people["citizen"].last().body.rstrip().endswith(recorded)


# Thanks about a complaint nobody has (staff16) -------------------------------------------------------------------

@pytest.mark.parametrize("who", ["supervisor", "head", "dlh1", "verifier"])
@pytest.mark.parametrize("typed", ["lpr 9 mantap bu", "LPR-9 makasih pak", "mantap bu lpr 9", "lpr no 9 oke siap",
                                   "tq bu utk lpr 9"])
def test_thanks_about_a_complaint_nobody_has_says_it_is_not_found(people, world, who, typed):
    file(people["citizen"], photo=False)
    forward(people)
    reply = people[who].says(typed)
    assert "LPR-9 tidak ditemukan" in reply and "terima kasih" not in reply, reply  # no thanks for what is not


@pytest.mark.parametrize("typed", ["lpr 1 mantap bu", "makasih bu", "mantap bu", "LPR-1 makasih pak"])
def test_thanks_about_a_real_complaint_or_none_is_still_thanks(people, world, typed):
    file(people["citizen"], photo=False)
    forward(people)
    reply = people["supervisor"].says(typed)
    assert "tidak ditemukan" not in reply and "tidak dikenali" not in reply, reply
    assert "terima kasih" in reply or "Sama-sama" in reply, reply


# What is late in a time window (staff16) ------------------------------------------------------------------------

def _late_in_two_weeks(people, world, clock) -> None:
    """LPR-1 and LPR-2 forwarded to DLH on Mon 23 Nov; LPR-1 fell due on Fri 27 Nov, LPR-2 on Tue 8 Dec (deadlines
    set so); the clock on Thu 10 Dec, both late."""
    from datetime import UTC, datetime

    from models import Complaint, Disposition
    from services import services

    file(people["citizen"], photo=False)
    forward(people)
    file_and_read(people["citizen2"], photo=False)
    people["verifier"].says("TERUSKAN LPR-2 DLH")
    with services(world).session_factory() as session:
        for number, due in ((1, datetime(2026, 11, 27, 9, tzinfo=UTC)), (2, datetime(2026, 12, 8, 9, tzinfo=UTC))):
            complaint_id = session.scalar(select(Complaint.id).where(Complaint.number == number))
            session.scalar(select(Disposition).where(Disposition.complaint_id == complaint_id)).due_at = due
        session.commit()
    clock.advance(days=17)


@pytest.mark.parametrize("who,typed", [
    ("supervisor", "brp yg telat minggu ini"), ("supervisor", "yg telat pekan ini apa aja bu?"),
    ("supervisor", "daftar terlambat minggu ini"), ("supervisor", "yang molor mgg ini mana aja"),
    ("supervisor", "brp yg telat bulan ini"), ("supervisor", "yg telat di dlh minggu ini brp"),
    ("head", "ada yg telat minggu ini?"), ("head", "yg terlambat bulan ini apa aja"), ("dlh1", "yg telat minggu ini")])
def test_what_is_late_in_a_window_lists_only_those_due_in_it(people, world, clock, who, typed):
    """"brp yg telat minggu ini" listed every disposition late now, whatever week it fell due in."""
    _late_in_two_weeks(people, world, clock)
    reply = people[who].says(typed)
    assert "LPR-2" in reply and "LPR-1" not in reply, reply
    assert "(1)" in reply and ("minggu ini" in reply or "bulan ini" in reply), reply
    assert "Semua yang terlambat saat ini: 2" in reply, reply  # the whole count is said beside


@pytest.mark.parametrize("typed,window", [("yg telat bulan lalu apa aja", "bulan lalu"),
                                          ("yg telat november brp", "November 2026")])
def test_what_is_late_in_an_earlier_window(people, world, clock, typed, window):
    _late_in_two_weeks(people, world, clock)
    reply = people["supervisor"].says(typed)
    assert "LPR-1 " in reply and "LPR-2" not in reply and window in reply, reply


def test_nothing_late_in_the_window_says_so_and_how_many_are_late_now(people, world, clock):
    _late_in_two_weeks(people, world, clock)
    reply = people["supervisor"].says("yg telat minggu lalu ada?")
    assert "Tidak ada disposisi yang jatuh tempo minggu lalu" in reply, reply
    assert "Semua yang terlambat saat ini: 2" in reply and "DAFTAR terlambat" in reply, reply


@pytest.mark.parametrize("typed", ["yg telat lebih dari seminggu apa aja", "yg telat 3 hari apa aja"])
def test_a_window_not_read_says_plainly_the_list_is_all_late_now(people, world, clock, typed):
    _late_in_two_weeks(people, world, clock)
    reply = people["supervisor"].says(typed)
    assert "LPR-1 " in reply and "LPR-2" in reply, reply
    assert "semua disposisi yang terlambat saat ini" in reply, reply


@pytest.mark.parametrize("typed", ["yg telat apa aja", "daftar terlambat", "ada yang terlambat?"])
def test_what_is_late_without_a_window_is_still_every_late_one(people, world, clock, typed):
    _late_in_two_weeks(people, world, clock)
    reply = people["supervisor"].says(typed)
    assert "Disposisi yang melewati batas penyelesaian (2)" in reply and "semua disposisi" not in reply, reply


# A head handing a complaint to an officer with the reason beside (staff16) --------------------------------------

@pytest.mark.parametrize("typed,name", [
    ("lpr 1 biar dipegang mbak dewi aja ya, eko lg byk kerjaan", "Dewi"),
    ("lpr 1 dewi aja yg pegang soalnya eko lagi dinas luar", "Dewi"),
    ("lpr 1 dihandle eko ya krn dewi lg cuti", "Eko"),
    ("lpr 1 biar dipegang eko. dewi sdh kebanyakan", "Eko"),
    # staff19, a new head by hand: the one away named first ("Alihkan LPR-1 ke Budi?" for the officer off sick)
    ("pak eko lg sakit, lpr 1 tolong dipegang dewi", "Dewi"),
    ("eko cuti, lpr 1 dihandle dewi ya", "Dewi"),
    ("mas eko izin hari ini, lpr 1 biar dewi yg pegang", "Dewi"),
    ("lpr 1 tolong dipegang ya, eko lg sakit, dewi saja", "Dewi")])
def test_a_heads_casual_handover_with_a_reason_names_the_first_officer(people, world, typed, name):
    """The reason after the officer's name ("…, budi lg byk kerjaan") was read as part of it: no one was found and
    the head got the holders' list instead of the handover asked about."""
    file(people["citizen"])
    forward(people)
    reply = people["head"].says(typed)
    assert f"Alihkan LPR-1 ke {name}" in reply, reply


@pytest.mark.parametrize("typed", [
    "lpr 1 sy serahkan ke eko", "lpr 1 sy oper ke mas eko ya", "lpr 1 dilimpahkan ke eko aja pak",
    "lpr 1 biar eko yg pegang", "lpr 1 sy alihkan ke eko krn sy dinas luar"])
def test_an_officer_handing_a_complaint_to_a_colleague_is_told_who_can_and_the_citizen_hears_nothing(
        people, world, typed):
    """A new officer's hand-over in words ("lpr 2 sy serahkan ke sari") was offered as a TL for the citizen; only a
    head hands a disposition (ALIHKAN): the officer is told so, with the colleague's number."""
    file(people["citizen"])
    forward(people)
    reply = people["dlh1"].says(typed)
    assert "ALIHKAN LPR-1 Eko" in reply and "tidak dikirim ke pelapor" in reply and "TL LPR-1 sy" not in reply, reply
    assert "0812" in reply or "+62" in reply or "08" in reply
    assert [m for m in people["citizen"].inbox() if m.purpose == "follow_up"] == []


@pytest.mark.parametrize("typed", ["lpr 1 sudah dikerjakan eko tadi pagi", "lpr 1 besok dikerjakan tim"])
def test_an_officer_telling_who_does_the_work_is_no_hand_over(people, world, typed):
    file(people["citizen"])
    forward(people)
    assert "ALIHKAN" not in people["dlh1"].says(typed)


# A verifier asking for the reporter to be asked, with the question beside (staff16) ------------------------------

@pytest.mark.parametrize("typed,question", [
    ("lpr 1 coba tanyain ke warganya dong, sampahnya persis di depan rumah no brp",
     "TUNDA LPR-1 sampahnya persis di depan rumah no brp?"),
    ("lpr 1 tlg tanyain pelapor ya: ada fotonya gak?", "TUNDA LPR-1 ada fotonya gak?"),
])
def test_a_verifiers_ask_the_reporter_in_slang_shows_the_question_to_send(people, world, typed, question):
    """The question after the request was dropped: the hint showed `TUNDA LPR-1 <pertanyaan>` to fill in again."""
    file(people["citizen"], photo=False)
    reply = people["verifier"].says(typed)
    assert question in reply and "Tidak ada yang dicatat" in reply, reply  # shown to send, nothing sent


@pytest.mark.parametrize("typed", ["lpr 1 tolong ditanyakan ke pelapor lokasinya", "lpr 1 minta nik ke pelapor"])
def test_a_verifiers_ask_the_reporter_without_a_question_apart_keeps_the_placeholder(people, world, typed):
    file(people["citizen"], photo=False)
    assert "TUNDA LPR-1 <pertanyaan>" in people["verifier"].says(typed)


# A head asking why a complaint is late (staff16) ------------------------------------------------------------------

@pytest.mark.parametrize("who,typed", [
    ("head", "lpr1 knp bs lewat batas gini? tolong dijelaskan"), ("head", "lpr 1 kok blm ada yg nanganin, knp?"),
    ("supervisor", "kenapa lpr 1 molor terus?")])
def test_a_leader_asking_why_is_told_what_waits_and_who_holds_it(people, world, clock, who, typed):
    """A head asking why LPR-1 is late got its STATUS alone: nothing of how long it had waited without a follow-up
    nor of its officer away."""
    file(people["citizen"], photo=False)
    forward(people)
    people["dlh2"].says("sy cuti sampai jumat")
    clock.advance(days=9)
    reply = people[who].says(typed)
    assert "DLH: belum ada tindak lanjut sejak 23 Nov 2026" in reply, reply
    assert "Dewi" in reply and ("ALIHKAN LPR-1" in reply if who == "head" else "INGATKAN DLH" in reply), reply


def test_status_without_why_has_no_waiting_lines(people, world, clock):
    file(people["citizen"], photo=False)
    forward(people)
    clock.advance(days=9)
    assert "belum ada tindak lanjut sejak" not in people["head"].says("STATUS LPR-1")


def test_an_officers_ask_the_reporter_with_the_question_apart_shows_info_with_it(people, world):
    file(people["citizen"], photo=False)
    forward(people)
    reply = people["dlh1"].says("lpr 1 tlg tanyain ke pelapornya ya, tumpukannya segede apa")
    assert "INFO LPR-1 tumpukannya segede apa?" in reply, reply
    assert "INFO LPR-1 <pertanyaan>" in people["dlh1"].says("lpr 1 tolong ditanyakan ke pelapor lokasinya")


def test_an_officer_asking_another_agencys_late_in_a_window_gets_their_own(people, world, clock):
    _late_in_two_weeks(people, world, clock)
    reply = people["pupr"].says("yg telat di dlh minggu ini apa aja")
    assert "LPR-2" not in reply and "PUPR" in reply, reply


# What falls due in a window to come (staff17) -------------------------------------------------------------------

def _due_around(people, world, clock) -> None:
    """LPR-1 late since Fri 27 Nov, LPR-2 due tomorrow (Fri 11 Dec), LPR-3 next week (Tue 15 Dec), LPR-4 on Mon 28
    Dec, all at DLH; the clock on Thu 10 Dec."""
    from datetime import UTC, datetime

    from models import Complaint, Disposition
    from services import services

    file(people["citizen"], photo=False)
    forward(people)
    for number, who in ((2, "citizen2"), (3, "citizen"), (4, "citizen2")):
        people[who].file(description=f"Sampah menumpuk di TPS blok {number} pasar, sudah lama tidak diangkut")
        people["verifier"].says(f"TERUSKAN LPR-{number} DLH")
    dues = {1: datetime(2026, 11, 27, 9, tzinfo=UTC), 2: datetime(2026, 12, 11, 9, tzinfo=UTC),
            3: datetime(2026, 12, 15, 9, tzinfo=UTC), 4: datetime(2026, 12, 28, 9, tzinfo=UTC)}
    with services(world).session_factory() as session:
        for number, due in dues.items():
            complaint_id = session.scalar(select(Complaint.id).where(Complaint.number == number))
            session.scalar(select(Disposition).where(Disposition.complaint_id == complaint_id)).due_at = due
        session.commit()
    clock.advance(days=17)


@pytest.mark.parametrize("who,typed,listed", [
    ("supervisor", "yg bakal telat minggu depan", [3]), ("supervisor", "mana aja yg jatuh tempo minggu depan", [3]),
    ("supervisor", "yg deadline besok apa aja", [2]), ("head", "yg jatuh tempo besok apa aja bu", [2]),
    ("dlh1", "deadline minggu depan apa aja ya", [3]), ("supervisor", "DAFTAR jatuh tempo minggu depan", [3]),
    ("supervisor", "yg telat minggu depan brp", [3]), ("head", "pekan depan ada yg jatuh tempo?", [3]),
    ("supervisor", "yg jatuh tempo 7 hari ke depan", [2, 3]), ("supervisor", "yg hampir telat apa aja", [2, 3]),
    ("dlh1", "yg deadline bsk apa", [2]), ("head", "sing deadline sesuk opo wae", [2]),
    ("supervisor", "dlh yg jatuh tempo bulan ini apa aja", [2, 3, 4]),
    ("supervisor", "Yg Mau Jatuh Tempo Mgg Dpn Mana Aja", [3])])
def test_what_falls_due_in_a_window_to_come_lists_it_not_what_is_late(people, world, clock, who, typed, listed):
    """"yg bakal telat minggu depan" got every disposition late now; "yg deadline besok apa aja" was not understood."""
    _due_around(people, world, clock)
    reply = people[who].says(typed)
    for number in range(1, 5):
        assert (f"LPR-{number} " in reply) == (number in listed), reply
    assert "akan jatuh tempo" in reply and f"({len(listed)})" in reply, reply
    assert "Sudah terlambat saat ini: 1" in reply and "DAFTAR terlambat" in reply, reply  # LPR-1, said beside


def test_nothing_falling_due_in_the_window_says_so(people, world, clock):
    _due_around(people, world, clock)
    reply = people["supervisor"].says("yg jatuh tempo lusa apa aja")  # Saturday 12 Dec
    assert "Tidak ada disposisi yang akan jatuh tempo lusa" in reply and "LPR-2 " not in reply, reply


@pytest.mark.parametrize("who,typed,said", [
    ("dlh1", "TL LPR-2 material datang minggu depan", "Tindak lanjut LPR-2 tercatat"),
    ("supervisor", "deadline lpr 2 kapan?", "LPR-2 – "),
    ("dlh1", "besok deadline laporan keuangan pak", None),
    ("dlh1", "mohon maaf bakal telat balas pak", None),
])
def test_words_of_deadlines_to_come_inside_other_messages_are_not_the_list(people, world, clock, who, typed, said):
    _due_around(people, world, clock)
    reply = people[who].says(typed)
    assert "akan jatuh tempo" not in reply, reply
    if said:
        assert said in reply, reply


# The late list of a window keeps the ladder's section (staff17) --------------------------------------------------

def _escalated_in_two_windows(people, world, clock) -> None:
    """`_late_in_two_weeks`, and LPR-3 and LPR-4 at DLH without a first answer, escalated (the ladder's last rung
    reached): LPR-3's limit passed on Tue 8 Dec (this week), LPR-4's on Thu 26 Nov (last month); both due on 28 Dec."""
    from datetime import UTC, datetime

    from models import Complaint, Disposition
    from services import services

    _late_in_two_weeks(people, world, clock)
    for number, who in ((3, "citizen"), (4, "citizen2")):
        people[who].file(description=f"Sampah menumpuk di TPS blok {number} pasar, sudah lama tidak diangkut")
        people["verifier"].says(f"TERUSKAN LPR-{number} DLH")
    made = {3: datetime(2026, 12, 3, 2, tzinfo=UTC), 4: datetime(2026, 11, 23, 2, tzinfo=UTC)}
    with services(world).session_factory() as session:
        for number, at in made.items():
            complaint_id = session.scalar(select(Complaint.id).where(Complaint.number == number))
            disposition = session.scalar(select(Disposition).where(Disposition.complaint_id == complaint_id))
            disposition.created_at, disposition.response_rung = at, 3
            disposition.due_at, disposition.response_next_at = datetime(2026, 12, 28, 9, tzinfo=UTC), None
        session.commit()


@pytest.mark.parametrize("who,typed,listed", [
    ("supervisor", "brp yg telat minggu ini", [2, 3]), ("supervisor", "yg telat pekan ini apa aja bu?", [2, 3]),
    ("head", "ada yg telat minggu ini?", [2, 3]), ("dlh1", "DAFTAR terlambat minggu ini", [2, 3]),
    ("supervisor", "yg telat bulan lalu apa aja", [1, 4]), ("supervisor", "yg molor november brp", [1, 4])])
def test_the_late_list_of_a_window_has_the_ladders_section_for_that_window(people, world, clock, who, typed, listed):
    """"brp yg telat minggu ini" left out the dispositions escalated for want of a first answer, which the plain
    late list shows: a window's list shows those whose first-answer limit passed in it."""
    _escalated_in_two_windows(people, world, clock)
    reply = people[who].says(typed)
    for number in range(1, 5):
        assert (f"LPR-{number} " in reply) == (number in listed), reply
    assert "belum ditanggapi lewat 3 hari kerja" in reply and "Petugas: Dewi" in reply, reply
    assert "Semua yang terlambat saat ini: 4" in reply, reply  # two past their deadline, two escalated


def test_the_plain_late_list_still_shows_every_escalated_one(people, world, clock):
    _escalated_in_two_windows(people, world, clock)
    reply = people["supervisor"].says("yg telat apa aja")
    assert all(f"LPR-{number} " in reply for number in range(1, 5)), reply
    assert "belum ditanggapi lewat 3 hari kerja (2)" in reply, reply


def _statements_of(world, say) -> int:
    """How many statements the service sends while `say()` runs."""
    from sqlalchemy import event

    from services import services

    engine, sent = services(world).engine, []

    def note(connection, cursor, statement, *args):
        sent.append(statement)

    event.listen(engine, "before_cursor_execute", note)
    try:
        say()
    finally:
        event.remove(engine, "before_cursor_execute", note)
    return len(sent)


def test_a_windows_late_list_reads_the_first_answer_limits_in_a_fixed_number_of_statements(people, world, clock):
    """Each escalated disposition read for a window cost one or two queries of its own (its first-answer limit),
    and the late count now was read a second time: more escalated ones, outside the window, add none."""
    from datetime import UTC, datetime

    from models import Agency, Complaint, Disposition, Question
    from services import services

    _escalated_in_two_windows(people, world, clock)
    supervisor = people["supervisor"]
    supervisor.says("yg telat minggu ini")
    before = _statements_of(world, lambda: supervisor.says("yg telat minggu ini"))
    with services(world).session_factory() as session:
        pupr = session.scalar(select(Agency.id).where(Agency.code == "PUPR"))
        for number in (1, 2, 3):  # escalated in November, due on 28 Dec: late now, not in this week
            complaint_id = session.scalar(select(Complaint.id).where(Complaint.number == number))
            session.add(Disposition(complaint_id=complaint_id, agency_id=pupr, response_rung=3,
                                    created_at=datetime(2026, 11, 2, 2, tzinfo=UTC),
                                    due_at=datetime(2026, 12, 28, 9, tzinfo=UTC)))
        session.flush()
        answered = session.scalar(select(Disposition).where(Disposition.agency_id == pupr))
        asker = session.scalar(select(Contact.id).limit(1))
        session.add(Question(complaint_id=answered.complaint_id, disposition_id=answered.id, text="Di mana?",
                             asker_id=asker, resume_status="diproses",
                             asked_at=datetime(2026, 11, 3, 2, tzinfo=UTC),
                             answered_at=datetime(2026, 11, 4, 2, tzinfo=UTC)))
        session.commit()
    reply = []
    after = _statements_of(world, lambda: reply.append(supervisor.says("yg telat minggu ini")))
    assert "Semua yang terlambat saat ini: 7" in reply[0] and "LPR-3 " in reply[0], reply[0]
    assert after == before


# Where a complaint is, asked as how far it got (staff17) ---------------------------------------------------------

@pytest.mark.parametrize("who", ["supervisor", "head", "dlh1", "verifier"])
@pytest.mark.parametrize("typed", ["posisi no 1 dmn", "lpr 1 udh sampe mana", "no 1 gmn kabarnya",
                                   "Posisi No.1 dimana ya pak", "lpr1 udah nyampe mana?", "no 1 sdh smp mn?",
                                   "gimana kabarnya laporan no 1 bu", "nomor 1 posisinya dmn"])
def test_where_a_complaint_is_asked_as_how_far_it_got(people, world, who, typed):
    """"posisi no 7 dmn" was not understood, and "lpr 7 udh sampe mana" / "no 7 gmn kabarnya" showed the whole
    STATUS without where it is or what it waits for."""
    file(people["citizen"], photo=False)
    forward(people)
    reply = people[who].says(typed)
    assert "• Di DLH (Dewi, Eko): belum ada tindak lanjut" in reply and "Rinciannya: STATUS LPR-1" in reply, reply


def test_how_far_it_got_says_the_latest_follow_up_too(people, world):
    file(people["citizen"], photo=False)
    forward(people)
    people["dlh1"].says("TL LPR-1 armada sudah dijadwalkan besok pagi")
    reply = people["supervisor"].says("no 1 gmn kabarnya")
    assert "sudah ditindaklanjuti, menunggu jawaban akhir" in reply, reply
    assert "armada sudah dijadwalkan besok pagi" in reply, reply


@pytest.mark.parametrize("who,typed", [("supervisor", "posisi no 7 dmn"), ("dlh1", "no 7 gmn kabarnya"),
                                       ("head", "lpr 7 udh sampe mana")])
def test_how_far_a_complaint_nobody_has_got_says_it_is_not_found(people, world, who, typed):
    file(people["citizen"], photo=False)
    forward(people)
    reply = people[who].says(typed)
    assert "LPR-7 tidak ditemukan" in reply and "tidak dikenali" not in reply, reply


@pytest.mark.parametrize("who,typed", [
    ("dlh1", "lokasinya di gang melati no 7 sebelah mana ya"),  # the place, a house number
    ("supervisor", "no hp pelapor lpr 1 brp?"),                  # the reporter
    ("supervisor", "gmn perkembangan lpr 1?"),                   # progress: STATUS as before
    ("dlh1", "TL LPR-1 sampahnya sudah sampai mana2 kami angkut"),
])
def test_other_questions_are_not_where_a_complaint_is(people, world, who, typed):
    file(people["citizen"], photo=False)
    forward(people)
    assert "Rinciannya: STATUS" not in people[who].says(typed)


# Journeys played by hand (staff17) ------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", [
    "izin melaporkan laporan nomor 1 sampah sudah kami angkut tadi pagi",
    "izin melaporkan untuk laporan nomor satu sampah sudah kami angkut tadi pagi terima kasih",  # voice typing
    "mohon izin melaporkan laporan no 1 sudah kami tangani",
    "ijin lapor laporan no. 1 sampah sdh diangkut semua"])
def test_reporting_on_a_complaint_named_with_a_word_after_izin_is_no_leave(people, world, typed):
    """"izin melaporkan laporan nomor 1 …" asked "Sampai tanggal berapa … cuti?": the number was read as a day."""
    file(people["citizen"], photo=False)
    forward(people)
    reply = people["dlh1"].says(typed)
    assert "cuti" not in reply.lower() and "LPR-1" in reply, reply
    with world.extensions["penghubung"].session_factory() as session:
        assert session.scalar(select(Contact.away_until).where(Contact.phone == "+6281100000020")) is None


@pytest.mark.parametrize("typed", ["izin tgl 20 ada acara keluarga", "mohon izin tidak masuk besok"])
def test_izin_with_a_day_is_still_leave(people, world, typed):
    file(people["citizen"], photo=False)
    forward(people)
    reply = people["dlh1"].says(typed)
    assert "cuti" in reply.lower() or "izin" in reply.lower(), reply
    assert "LPR-1" not in reply or "Dicatat" in reply or "dicatat" in reply, reply


@pytest.mark.parametrize("typed,reference", [
    ("mohon izin melaporkan laporan no 1 sudah kami tangani", "LPR-1"),
    ("izin lapor pak, laporan nomor 1 tim sdh ke lokasi tadi pagi", "LPR-1")])
def test_news_of_a_complaint_named_with_a_word_after_courtesy_is_offered_as_tl(people, world, typed, reference):
    """It got "Perintah tidak dikenali" with no TL to send, where "lpr 1 sudah kami tangani" is offered."""
    file(people["citizen"], photo=False)
    forward(people)
    reply = people["dlh1"].says(typed)
    assert f"Catat sebagai kemajuan (TL) {reference}?" in reply or f"jawaban akhir {reference}?" in reply, reply


@pytest.mark.parametrize("who,typed", [
    ("dlh1", "assalamualaikum pak, sy dewi dr dlh, baru pegang wa ini"),
    ("dlh1", "selamat pagi bapak ibu, perkenalkan saya dewi dari dlh"),
    ("dlh2", "salam kenal pak, sy eko penghubung dlh yg baru"),
    ("pupr", "siang pak, saya budi dari dinas pu, baru ditunjuk jadi admin"),
    ("head", "perkenalkan sy yusuf kepala dlh"),
    # staff18, found by hand: an agency whose code has a digit (DP3A) read as a number, no introduction
    ("dlh1", "selamat pagi bapak ibu, sy anggita dr dp3a, baru pegang wa ini"),
    ("pupr", "salam kenal, sy admin p2kb yg baru")])
def test_a_new_officer_introducing_themselves_gets_the_help(people, world, who, typed):
    """A first message introducing oneself got "Perintah tidak dikenali"."""
    file(people["citizen"], photo=False)
    forward(people)
    reply = people[who].says(typed)
    assert "tidak dikenali" not in reply and "TL LPR-<nomor>" in reply, reply


@pytest.mark.parametrize("typed", ["sy dari lokasi, sampah sudah diangkut semua", "saya dr kantor kecamatan td"])
def test_saying_where_one_comes_from_is_no_introduction(people, world, typed):
    file(people["citizen"], photo=False)
    forward(people)
    assert "Halo" not in people["dlh1"].says(typed)


@pytest.mark.parametrize("typed,relayed", [
    ("SELESAI LPR-1 ini fotonya pak sdh bersih", "sdh bersih"),
    ("TL LPR-1 berikut fotonya bu sampah sudah kami angkut sebagian", "sampah sudah kami angkut sebagian"),
    ("TL LPR-1 terlampir dokumentasi tim sdh di lokasi", "tim sdh di lokasi"),
    ("TL LPR-1 foto lokasi sudah kami kirim ke kelurahan", "foto lokasi sudah kami kirim ke kelurahan"),  # the news
])
def test_a_photo_announced_before_the_news_stays_out_of_the_citizens_text(people, world, typed, relayed):
    """"lpr 1 ini fotonya pak sdh bersih" with a photo reached the reporter as "ini fotonya pak sdh bersih"."""
    file(people["citizen"], photo=False)
    forward(people)
    people["dlh1"].says(typed)
    told = [m.body for m in people["citizen"].inbox() if "LPR-1 dari Dinas" in m.body][-1]
    assert told.rstrip().endswith("\n" + relayed), told


@pytest.mark.parametrize("typed", ["TL LPR-1 sudah kami cek", "lpr 1 sdh kami perbaiki",
                                   "SELESAI LPR-1 sudah ditambal"])
def test_an_officer_of_another_agency_is_told_who_holds_the_complaint(people, world, typed):
    """An officer of the wrong agency was told only that it was not theirs, not that DLH has it in hand."""
    file(people["citizen"], photo=False)
    forward(people)
    reply = people["pupr"].says(typed)
    assert "tidak didisposisikan ke Dinas Pekerjaan Umum" in reply and "ditangani DLH" in reply, reply
    assert complaint(world, 1).status == "belum_ditindaklanjuti"


@pytest.mark.parametrize("typed,asked", [("lpr 2 kedlh", "Teruskan LPR-2 ke DLH?"),
                                         ("lpr 2 kepupr ya bu", "Teruskan LPR-2 ke PUPR?"),
                                         ("lpr 2 kedinsos aja", "Teruskan LPR-2 ke DINSOS?")])
def test_a_verifiers_forward_with_ke_typed_against_the_agency_is_asked(people, world, typed, asked):
    """"lpr 2 kedlh" (no space after "ke") got "Perintah tidak dikenali"."""
    file(people["citizen"], photo=False)
    file_and_read(people["citizen2"], photo=False)
    assert asked in people["verifier"].says(typed)


@pytest.mark.parametrize("typed", ["lpr 2 kesehatan warga terganggu krn bau", "lpr 2 kemarin sdh sy cek"])
def test_a_word_opening_with_ke_is_no_forward(people, world, typed):
    file(people["citizen"], photo=False)
    file_and_read(people["citizen2"], photo=False)
    assert "Teruskan LPR-2" not in people["verifier"].says(typed)


@pytest.mark.parametrize("who,typed", [("dlh1", "lpr 1 itu yg di pasar baru ya pak"),
                                       ("dlh1", "no 1 itu yg sampah di tps kan bu?"),
                                       ("supervisor", "lpr 1 ini yang soal sampah pasar ya?"),
                                       ("head", "laporan no 1 itu yg di srimangunan bukan")])
def test_checking_which_complaint_a_number_is_shows_it(people, world, who, typed):
    """"lpr 1 itu yg di pasar baru ya pak" (which one is it?) was hinted as a TL with those words for the citizen."""
    file(people["citizen"], photo=False)
    forward(people)
    before = len(people["citizen"].inbox())
    reply = people[who].says(typed)
    assert reply.startswith("LPR-1 – ") and "TL LPR-1" not in reply, reply
    assert len(people["citizen"].inbox()) == before


@pytest.mark.parametrize("typed", ["lpr 1 itu yg kami angkut kemarin sudah bersih",
                                   "TL LPR-1 itu yg di pasar sudah bersih ya pak"])
def test_news_with_itu_yg_is_not_a_check_of_which_complaint(people, world, typed):
    file(people["citizen"], photo=False)
    forward(people)
    assert not people["dlh1"].says(typed).startswith("LPR-1 – ")


@pytest.mark.parametrize("typed", ["tidak", "batal", "gak jadi", "eh salah, batal", "waduh keliru"])
def test_a_verifiers_no_right_after_a_forward_is_told_it_went_and_how_to_correct_it(people, world, clock, typed):
    """"tidak" right after TERUSKAN (second thoughts) got "Perintah tidak dikenali"; the forward stays as done until
    the verifier confirms taking it back (verifier2: TARIK, asked)."""
    file(people["citizen"], photo=False)
    forward(people)
    clock.advance(minutes=2)
    reply = people["verifier"].says(typed)
    assert "LPR-1 sudah diteruskan ke DLH" in reply and "TARIK LPR-1 DLH KE <instansi" in reply, reply
    assert "YA" in reply and complaint(world, 1).status == "belum_ditindaklanjuti", reply


def test_a_verifiers_no_long_after_a_forward_is_not_about_it(people, world, clock):
    file(people["citizen"], photo=False)
    forward(people)
    clock.advance(minutes=40)
    assert "sudah diteruskan ke DLH" not in people["verifier"].says("tidak")
