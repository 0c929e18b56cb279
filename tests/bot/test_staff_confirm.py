"""Staff asked before something they may not mean is done: work said finished in other words than SELESAI
("rampung lpr 1 …", "sudah beres lpr 1", "done lpr 1") is asked about before it closes the disposition."""

from __future__ import annotations

import pytest

from tests.parties import CITIZEN, PHOTO, complaint, file, filed_and_forwarded, follow_ups, shows_number, two_at_dlh

VOICE = {"NumMedia": "1", "MediaUrl0": "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM2/Media/ME2",
         "MediaContentType0": "audio/ogg"}


@pytest.fixture
def two(people):
    """Two complaints, LPR-1 from citizen and LPR-2 from citizen2, both at DLH."""
    return two_at_dlh(people)


# Work said done in other words ---------------------------------------------------------------------------------

@pytest.mark.parametrize("typed,text", [
    ("rampung lpr 1 sampah sudah diangkut semua", "sampah sudah diangkut semua"),
    ("sudah beres lpr 1, sampah diangkut", "sudah beres, sampah diangkut"),
    ("done lpr 1, sudah bersih", "sudah bersih"),
    ("LPR-1 sudah tuntas pak, sampah diangkut semua", "sudah tuntas, sampah diangkut semua"),  # "pak": the office
    ("Kelar #1 bu, TPS sudah bersih", "TPS sudah bersih"),  # "bu," was said to the office
    ("lpr1 lampu sdh diganti baru, sdh nyala", "lampu sdh diganti baru, sdh nyala"),  # "baru": new, not "only"
    ("lpr 1 pipa sdh kami ganti baru pak", "pipa sdh kami ganti baru"),
    # thanks and apologies to the office are not the citizen's answer
    ("lpr 1 lampu sudah nyala lagi pak, terima kasih", "lampu sudah nyala lagi"),
    ("Mohon maaf baru lapor, LPR-1 TPS sudah bersih. Makasih", "TPS sudah bersih"),
    ("Assalamualaikum pak, izin melaporkan LPR-1 sudah selesai dikerjakan, sampah diangkut semua",
     "sudah selesai dikerjakan, sampah diangkut semua"),
])
def test_work_said_done_in_other_words_is_asked_about_and_closes_only_on_ya(two, world, typed, text):
    asked = two["dlh1"].says(typed)
    assert "Apakah ini jawaban akhir LPR-1?" in asked and f'"{text}"' in asked
    assert follow_ups(two["citizen"]) == [] and complaint(world, 1).status == "belum_ditindaklanjuti"
    assert "Jawaban akhir LPR-1 tercatat" in two["dlh1"].says("ya pak")
    assert follow_ups(two["citizen"])[0].rstrip().endswith(text)
    assert complaint(world, 1).status == "selesai"


@pytest.mark.parametrize("answer,said,status", [
    ("TL", "Tindak lanjut LPR-1 tercatat", "proses"),
    ("tidak", "tidak dikirim. Tidak ada yang dicatat", "belum_ditindaklanjuti"),
    ("bukan pak, belum", "tidak dikirim. Tidak ada yang dicatat", "belum_ditindaklanjuti"),
])
def test_the_question_answered_tl_is_progress_and_no_records_nothing(two, world, answer, said, status):
    two["dlh1"].says("sudah beres lpr 1, sampah diangkut")
    assert said in two["dlh1"].says(answer)
    assert complaint(world, 1).status == status
    assert "Baik, terima kasih" in two["dlh1"].says("ya")  # the question is used up: only thanks
    assert complaint(world, 1).status == status


def test_another_command_leaves_the_question_and_a_later_ya_closes_nothing(two, world):
    two["dlh1"].says("sudah beres lpr 1")
    assert "Tindak lanjut LPR-2 tercatat" in two["dlh1"].says("TL LPR-2 armada berangkat")
    two["dlh1"].says("ya")
    assert complaint(world, 1).status == "belum_ditindaklanjuti"


@pytest.mark.parametrize("typed", ["rampung lpr 1 pengukuran, besok dikerjakan",
                                   "LPR-1 pengukuran beres, lanjut pengecoran"])
def test_a_step_done_with_more_to_come_is_not_offered_as_the_final_answer(two, world, typed):
    reply = two["dlh1"].says(typed)
    assert "jawaban akhir LPR-1?" not in reply and "TL LPR-1" in reply


@pytest.mark.parametrize("typed", ["lpr 1 done", "LPR-1 sudah beres pak 👍", "rampung lpr 1"])
def test_work_said_done_without_an_answer_asks_for_the_answer_after_ya(two, world, typed):
    asked = two["dlh1"].says(typed)
    assert "Apakah LPR-1 sudah tuntas?" in asked and "SELESAI LPR-1 <jawaban akhir>" in asked
    assert "Tuliskan isinya" in two["dlh1"].says("ya")
    assert "Jawaban akhir LPR-1 tercatat" in two["dlh1"].says("Sampah sudah diangkut semua, TPS bersih")
    assert follow_ups(two["citizen"])[0].rstrip().endswith("Sampah sudah diangkut semua, TPS bersih")


@pytest.mark.parametrize("typed,asked", [("yg sampah di TPS itu sudah selesai diangkut pak", True),
                                         ("sudah beres semua pak, TPS bersih", True),
                                         ("udah kelar belum ya?", False),
                                         # done said by a passive verb after "sudah" (it got the TL hint)
                                         ("sampahnya sudah diangkut tadi pagi pak", True),
                                         ("sdh dibersihkan semua bu", True),
                                         # ... but a step on the way, or a message received, is not
                                         ("sudah dicek pak, besok dikerjakan", False),
                                         ("laporannya sudah diterima pak", False),
                                         ("sudah dikoordinasikan dengan kecamatan", False),
                                         ("sdg ditangani pak", False),
                                         # "sudah ditangani" is handled, done (perfective): asked as final
                                         ("sdh ditangani pak", True),
                                         ("material sudah dipesan", False), ("sudah diukur pak", False),
                                         ("tim sdh dikerahkan ke lokasi", False),
                                         ("sudah diangkut tp baru separuh", False),
                                         # done said by an active verb after "sudah" and who did it
                                         ("sdh kami angkut semua", True), ("tlh kami tambal pak", True),
                                         ("udh kmi bersihkan bu, sdh rapi", True),
                                         ("Mohon izin, sudah kami perbaiki tadi siang", True),
                                         ("telah tim ganti lampunya", True), ("sampun kulo sedot", True),
                                         ("sudah kami cek pak", False), ("sdh kami angkut sebagian", False),
                                         ("sudah kami tegur pemiliknya", False),
                                         ("tlh kami tambal, besok dicat", False),
                                         # the place said as it should be again, after "sudah"
                                         ("sdh bersih pak", True), ("airnya sudah lancar kembali", True),
                                         ("lampu sdh nyala lagi bu", True), ("udh normal lg pak", True),
                                         ("sudah bersih sebagian", False), ("apa sudah bersih?", False),
                                         ("blm bersih pak, besok lanjut", False)])
def test_work_said_done_without_a_reference_by_an_officer_with_one_open_is_asked_about(people, world, typed, asked):
    filed_and_forwarded(people, photo=False)
    assert ("Apakah ini jawaban akhir LPR-1?" in people["dlh1"].says(typed)) is asked
    assert follow_ups(people["citizen"]) == []


def test_work_said_done_naming_the_complaint_by_its_words_is_asked_about_for_that_one(two, world):
    asked = two["dlh1"].says("yg di terminal lama sudah beres diangkut semua")
    assert "Apakah ini jawaban akhir LPR-2?" in asked, asked
    assert "Jawaban akhir LPR-2 tercatat" in two["dlh1"].says("ya")


# Not ours, said in a sentence ------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", [
    "Mohon maaf pak, laporan no 1 ini sepertinya bukan wewenang DLH krn lahannya milik pengembang, mohon dialihkan",
    "lpr 1 itu urusan perkim pak, bukan tupoksi kami",
    "izin ndan, LPR-1 salah disposisi, itu ranahnya satpol pp",
    "nyuwun sewu pak, lpr 1 niki sanes tupoksi DLH, saluran lingkungan urusan perkim",
    # asking for it to go to another agency is saying it is not ours
    "lpr 1 tolong dialihkan ke pupr pak", "LPR-1 mhn dilimpahkan ke dinas PU",
    "lpr 1 sebaiknya diteruskan ke dinas sosial aja",
    # "kembalikan" inside the sentence, the reason after it
    "mohon maaf, lpr 1 kami kembalikan, itu jalan provinsi", "lpr 1 sy balikin ya pak, itu saluran milik PU",
])
def test_not_ours_said_in_a_sentence_is_offered_as_kembalikan_and_returns_on_ya(two, world, typed):
    asked = two["dlh1"].says(typed)
    assert "Kembalikan LPR-1 ke verifikator" in asked and "YA" in asked
    assert [d.status for d in complaint(world, 1).dispositions] == ["open"]
    assert "LPR-1 dikembalikan ke verifikator" in two["dlh1"].says("ya")
    assert [d.status for d in complaint(world, 1).dispositions] == ["returned"]
    assert any("LPR-1" in m.body and "dikembalikan" in m.body for m in two["verifier"].inbox())
    assert follow_ups(two["citizen"]) == []  # the citizen hears nothing of the dispute


@pytest.mark.parametrize("typed", ["lpr 1 sampah sudah dialihkan ke TPS baru",
                                   "lpr 1 dialihkan ke dlh bidang kebersihan"])
def test_moved_somewhere_that_is_no_other_agency_is_not_a_return(two, world, typed):
    assert "Kembalikan LPR-1" not in two["dlh1"].says(typed)


def test_not_ours_from_an_officer_with_one_open_disposition_needs_no_reference(people, world):
    file(people["citizen"], photo=False)
    people["verifier"].says("teruskan lpr 1 dlh")
    asked = people["dlh1"].says("mohon maaf pak, yg ini bukan kewenangan kami, itu saluran milik PU")
    assert "Kembalikan LPR-1 ke verifikator" in asked
    assert "dikembalikan" in people["dlh1"].says("iya")


@pytest.mark.parametrize("typed,command", [
    ("ini bukan wewenang kami pak, pohon di jalan itu urusan PUPR", "KEMBALIKAN LPR-<nomor>"),
    ("mohon maaf, bukan tupoksi DLH, mohon dialihkan", "KEMBALIKAN LPR-<nomor>"),
    ("siapa pelapornya? minta no hp nya", "siapa pelapor LPR-<nomor>?"),
    ("nama pelapornya siapa ya pak", "siapa pelapor LPR-<nomor>?"),
])
def test_not_ours_or_who_reported_with_several_open_asks_which_one(two, world, typed, command):
    reply = two["dlh1"].says(typed)
    assert "Laporan yang mana?" in reply and "LPR-1 (" in reply and "LPR-2 (" in reply and command in reply, reply
    assert not shows_number(reply, CITIZEN) and "Siti" not in reply  # no reporter shown for a complaint nobody named
    assert complaint(world, 1).status == complaint(world, 2).status == "belum_ditindaklanjuti"


def test_not_ours_answered_no_returns_nothing(two, world):
    two["dlh1"].says("lpr 1 kayaknya bukan tupoksi dlh pak")
    assert "tidak dikirim" in two["dlh1"].says("tidak")
    assert [d.status for d in complaint(world, 1).dispositions] == ["open"]


# A forward said without its command word -----------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["lpr 1 ke dlh ya", "LPR-1 ke dinas lingkungan hidup pak", "lpr 1 kpd dlh",
                                   "Selamat pagi. Mohon ijin, LPR 1 dispo ke DLH ya", "dispo lpr 1 ke dlh",
                                   "tlg lpr 1 didisposisikan ke dinas LH bu", "no 1 lempar kpd DLH aja",
                                   "LPR 1 -> dlh", "lpr1 => DLH", "lpr 1 dlh", "#1 dinas lingkungan hidup ya bu",
                                   "LPR-1 DLH segera",
                                   # who forwards it between the reference and its word
                                   "Selamat pagi Bapak/Ibu, mohon izin LPR1 kami teruskan ke DLH",
                                   "no.1 sy dispo ke dlh ya", "#1 akan kami disposisikan kpd DLH"])
def test_a_forward_without_its_word_is_asked_about_and_done_on_ya(people, world, typed):
    file(people["citizen"], photo=False)
    asked = people["verifier"].says(typed)
    assert "Teruskan LPR-1 ke DLH?" in asked and complaint(world, 1).dispositions == []
    assert "LPR-1 diteruskan ke" in people["verifier"].says("nggih")  # yes in Javanese too
    assert [d.agency.code for d in complaint(world, 1).dispositions] == ["DLH"]


@pytest.mark.parametrize("typed", ["lpr 1 dan 2 ke dlh", "lpr 1 & lpr 2 dlh ya", "dispo lpr 1 sama lpr 2 ke DLH"])
def test_a_forward_in_words_of_two_complaints_to_one_agency_is_asked_for_both(people, world, typed):
    file(people["citizen"], photo=False)
    file(people["citizen2"], photo=False)
    asked = people["verifier"].says(typed)
    assert "Teruskan LPR-1 dan LPR-2 ke DLH?" in asked, asked
    people["verifier"].says("ya")
    assert [d.agency.code for d in complaint(world, 1).dispositions] == ["DLH"]
    assert [d.agency.code for d in complaint(world, 2).dispositions] == ["DLH"]


@pytest.mark.parametrize("typed", ["lpr1 dlh lpr2 pupr", "lpr 1 ke dlh, lpr 2 ke pupr", "#1 dlh #2 dinas pu ya",
                                   "mohon ijin, dispo lpr 1 ke DLH dan lpr 2 ke PUPR", "TERUSKAN LPR-1 dlh lpr2 pupr"])
def test_two_complaints_each_with_its_agency_in_one_sentence_go_each_to_its_own(people, world, typed):
    file(people["citizen"], photo=False)
    file(people["citizen2"], description="Jalan berlubang di depan pasar, sudah ada motor jatuh", photo=False)
    asked = people["verifier"].says(typed)
    if not typed.startswith("TERUSKAN"):
        assert "Teruskan LPR-1 ke DLH, LPR-2 ke PUPR?" in asked, asked
        assert complaint(world, 1).dispositions == complaint(world, 2).dispositions == []
        people["verifier"].says("ya")
    assert [d.agency.code for d in complaint(world, 1).dispositions] == ["DLH"]
    assert [d.agency.code for d in complaint(world, 2).dispositions] == ["PUPR"]


@pytest.mark.parametrize("typed,agencies", [
    ("lpr 1 ke pupr lagi ya, itu jalan kabupaten", "PUPR"),
    ("lpr 1 ke dlh aja krn sampahnya di pasar", "DLH"),
    ("dispo lpr 1 ke dinsos, pemulungnya warga miskin", "DINSOS"),
    ("lpr 1 ke dlh, pupr ya", "DLH, PUPR"),
])
def test_a_forward_in_words_with_its_reason_after_the_agencies_is_asked(people, world, typed, agencies):
    file(people["citizen"], photo=False)
    assert f"Teruskan LPR-1 ke {agencies}?" in people["verifier"].says(typed)


@pytest.mark.parametrize("typed", ["lpr 1 dikembalikan 2 dinas, enaknya ke mana ya", "lpr 1 kemana ya bu?",
                                   "lpr 1 ini instansi apa yg pas?", "saran instansi utk lpr 1 apa ya"])
def test_a_verifier_asking_where_a_returned_complaint_goes_gets_the_suggestions(people, world, typed):
    file(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH PUPR")
    people["dlh1"].says("KEMBALIKAN LPR-1 bukan kewenangan kami")
    people["pupr"].says("KEMBALIKAN LPR-1 bukan kewenangan kami juga")
    reply = people["verifier"].says(typed)
    assert "Saran instansi untuk LPR-1" in reply and "DLH" in reply and "dikembalikan instansi ini" in reply
    assert "Semuanya sudah mengembalikan" in reply and "TERUSKAN LPR-1 <instansi>" in reply
    assert "hanya untuk" not in reply


def test_a_verifier_asking_where_a_new_complaint_goes_gets_the_suggestions_to_take(people, world):
    file(people["citizen"], photo=False)
    reply = people["verifier"].says("lpr 1 enaknya ke mana ya bu")
    assert "Saran instansi untuk LPR-1" in reply and "TERUSKAN LPR-1 1" in reply


@pytest.mark.parametrize("typed", ["lpr 1 ke mana ya enaknya", "lpr 1 lingkungannya kotor", "lpr 1 dlh atau pupr?"])
def test_a_reference_with_words_that_name_no_agency_still_gets_the_hint(people, world, typed):
    file(people["citizen"], photo=False)
    assert "Teruskan" not in people["verifier"].says(typed)
    assert complaint(world, 1).dispositions == []


@pytest.mark.parametrize("typed", ["lpr 99 ke pupr ya", "LPR-99 kpd dinas lingkungan hidup pak", "#99 ke dlh"])
def test_a_forward_of_a_complaint_that_does_not_exist_says_so_at_once(people, world, typed):
    file(people["citizen"], photo=False)
    reply = people["verifier"].says(typed)
    assert "LPR-99 tidak ditemukan" in reply and "Teruskan" not in reply and "ANTREAN" in reply
    assert "Baik, terima kasih" in people["verifier"].says("ya")  # nothing waits for a YA
    assert complaint(world, 1).dispositions == []


@pytest.mark.parametrize("typed", ["lpr 1 -> dlh", "lpr 1 ke dinas lingkungan hidup ya", "dispo lpr 1 ke DLH"])
def test_a_forward_in_words_to_where_the_complaint_already_is_says_so_at_once(people, world, typed):
    file(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    reply = people["verifier"].says(typed)
    assert "LPR-1 sudah ada di DLH" in reply and "Teruskan" not in reply
    assert "Baik, terima kasih" in people["verifier"].says("ya")  # nothing waits for a YA
    assert [d.agency.code for d in complaint(world, 1).dispositions] == ["DLH"]


def test_a_forward_in_words_partly_to_where_it_already_is_asks_only_about_the_new_agency(people, world):
    file(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    reply = people["verifier"].says("lpr 1 ke dlh dan pupr")
    assert "LPR-1 sudah ada di DLH" in reply and "Teruskan LPR-1 ke PUPR?" in reply
    people["verifier"].says("ya")
    assert sorted(d.agency.code for d in complaint(world, 1).dispositions) == ["DLH", "PUPR"]


@pytest.mark.parametrize("typed", ["LPR-2 dobel dgn LPR-1, gabungkan sj", "lpr 1 sama lpr 2 itu laporan ganda bu",
                                   "#2 duplikat #1", "lpr 2 sama dengan lpr 1", "LPR 2 sama dgn lpr 1 ya bu",
                                   "lpr 2 identik dg lpr 1"])
def test_a_duplicate_said_in_a_sentence_is_asked_about_and_merged_on_ya(people, world, typed):
    file(people["citizen"], photo=False)
    file(people["citizen2"], photo=False)
    asked = people["verifier"].says(typed)
    assert "Gabungkan LPR-2 ke LPR-1?" in asked, asked
    assert complaint(world, 2).status == "belum_terverifikasi"
    assert "LPR-2 digabung ke LPR-1" in people["verifier"].says("ya")


@pytest.mark.parametrize("typed", ["lpr 2 arsip saja, dobel dgn lpr 1", "ARSIPKAN LPR-2 duplikat laporan no 1",
                                   "arsipkan #2 sama dengan #1, laporan ganda"])
@pytest.mark.parametrize("answer,merged", [("ya", True), ("arsip saja", False), ("ARSIPKAN", False)])
def test_archiving_a_duplicate_of_another_complaint_offers_the_merge_first(people, world, typed, answer, merged):
    file(people["citizen"], photo=False)
    file(people["citizen2"], photo=False)
    asked = people["verifier"].says(typed)
    assert "Gabungkan LPR-2 ke LPR-1?" in asked and "ARSIP" in asked, asked
    assert complaint(world, 2).status == "belum_terverifikasi"  # nothing sent to the citizen yet
    people["verifier"].says(answer)
    assert complaint(world, 2).status == "diarsipkan" and (complaint(world, 2).parent_id is not None) is merged


@pytest.mark.parametrize("typed,reason", [("lpr 2 tolak aja, bukan kewenangan pemda", "bukan kewenangan pemda"),
                                          ("LPR-2 ditolak krn iklan", "krn iklan"),
                                          ("tolak lpr 2 duplikat", "duplikat"), ("Tolak LPR-2, iklan", "iklan"),
                                          ("lpr 2 spam", "spam"), ("LPR-2 hoax bu", "hoax"),
                                          ("lpr 2 iseng kayaknya", "iseng kayaknya")])
def test_a_rejection_in_words_is_asked_about_as_arsipkan(people, world, typed, reason):
    file(people["citizen"], photo=False)
    file(people["citizen2"], photo=False)
    asked = people["verifier"].says(typed)
    assert "Arsipkan LPR-2" in asked and f'"{reason}"' in asked, asked
    assert complaint(world, 2).status == "belum_terverifikasi"
    people["verifier"].says("ya")
    assert complaint(world, 2).status == "diarsipkan"


@pytest.mark.parametrize("typed", ["lpr 2 sama lpr 1 ke pupr", "lpr 2 lokasinya sama, beda rt dgn lpr 1",
                                   "tolak", "lpr 2 warga bilang spam terus di grup, tolong dicek"])
def test_words_near_a_merge_or_a_rejection_are_neither(people, world, typed):
    file(people["citizen"], photo=False)
    file(people["citizen2"], photo=False)
    asked = people["verifier"].says(typed)
    assert "Gabungkan" not in asked and "Arsipkan" not in asked, asked


# A question about who the reporter is ---------------------------------------------------------------------------

@pytest.mark.parametrize("who,typed", [
    ("dlh1", "siapa nama pelapornya pak? minta no hp nya"),
    ("head", "lpr 1 pelapornya siapa ya, biar tim kami telpon langsung"),
    ("dlh1", "Izin, no hp pelapor lpr 1 brp ya?"),
])
@pytest.mark.parametrize("privacy", ["1", "3"])
def test_a_question_about_the_reporter_says_what_the_reader_may_see_and_how_to_ask(people, world, who, typed,
                                                                                   privacy):
    from tests.parties import CITIZEN_NAME

    file(people["citizen"], privacy=privacy, photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    reply = people[who].says(typed)
    assert "Pelapor LPR-1:" in reply and "INFO LPR-1 <pertanyaan>" in reply and "ditangani" not in reply
    assert not shows_number(reply, CITIZEN)  # a number is never given to an agency
    assert (CITIZEN_NAME in reply) is (privacy == "1") and ("Anonim" in reply) is (privacy == "3")
    assert complaint(world, 1).status == "belum_ditindaklanjuti"


def test_a_question_about_the_reporter_swiped_onto_the_disposition_is_no_progress_for_the_citizen(people, world):
    file(people["citizen"], privacy="3", photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    reply = people["dlh1"].swipe(people["dlh1"].last(), "ini pelapornya siapa ya pak?")
    assert "Pelapor LPR-1: Anonim" in reply and follow_ups(people["citizen"]) == []


# A command without a reference from an officer with one open disposition --------------------------------------

@pytest.mark.parametrize("typed,answer,text", [
    ("SELESAI sampah sudah diangkut semua", None, "sampah sudah diangkut semua"),
    ("selesai", "sudah diangkut semua pak", "sudah diangkut semua")])  # "pak" was said to the office
def test_a_command_without_a_reference_is_asked_about_the_only_open_disposition(people, world, typed, answer, text):
    filed_and_forwarded(people, photo=False)
    assert "SELESAI LPR-1 (" in people["dlh1"].says(typed) and follow_ups(people["citizen"]) == []
    people["dlh1"].says("ya")
    if answer:
        people["dlh1"].says(answer)
    assert follow_ups(people["citizen"])[0].rstrip().endswith(text)


@pytest.mark.parametrize("typed,answer", [
    ("selesai", "sudah diperbaiki tadi pagi, aspal baru"),
    ("SELESAI", "sdh beres"),
    ("lpr 1 done", "TPS sudah bersih, sampah diangkut 3 rit"),
    ("selesai pak", "LPR-1 sampah sudah diangkut semua"),
])
def test_the_answer_typed_instead_of_ya_is_kept_and_asked_about(people, world, typed, answer):
    filed_and_forwarded(people, photo=False)
    people["dlh1"].says(typed)
    asked = people["dlh1"].says(answer)  # what was done, instead of YA: kept, shown back, asked about
    text = answer.removeprefix("LPR-1 ")
    assert "Apakah ini jawaban akhir LPR-1?" in asked and f'"{text}"' in asked, asked
    assert follow_ups(people["citizen"]) == []
    assert "Jawaban akhir LPR-1 tercatat" in people["dlh1"].says("ya")
    assert follow_ups(people["citizen"])[0].rstrip().endswith(text)


@pytest.mark.parametrize("typed,answer,said,sent", [
    ("tl", "truk sudah berangkat ke lokasi", 'TL LPR-1 dengan isi ini?', "Tindak lanjut LPR-1 tercatat"),
    ("selesai", "ok siap", "Tuliskan isinya", None),                  # a yes: the answer is asked for
    ("selesai", "maaf pak baru balas", "TL LPR-1 <kemajuan>", None),  # an apology is no answer
])
def test_other_words_instead_of_ya(people, world, typed, answer, said, sent):
    filed_and_forwarded(people, photo=False)
    people["dlh1"].says(typed)
    assert said in people["dlh1"].says(answer)
    if sent:
        assert sent in people["dlh1"].says("ya")
        assert follow_ups(people["citizen"])[0].rstrip().endswith(answer)
    else:
        assert follow_ups(people["citizen"]) == []


@pytest.mark.parametrize("typed", ["truk sudah mengangkut sebagian", "sudah kami survei, minggu depan dikerjakan",
                                   "sdh kmi cek td pagi, mgg dpn dikerjain", "nunggu alat berat dulu pak"])
def test_progress_without_a_command_from_an_officer_with_one_open_disposition_is_offered_as_tl(people, world, typed):
    file(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    offered = people["dlh1"].says(typed)
    assert "Catat sebagai kemajuan (TL) LPR-1?" in offered and f"TL LPR-1 {typed}" in offered
    assert follow_ups(people["citizen"]) == []
    assert "Tindak lanjut LPR-1 tercatat" in people["dlh1"].says("ya pak")
    assert follow_ups(people["citizen"])[0].rstrip().endswith(typed.removesuffix(" pak"))  # said to the office


@pytest.mark.parametrize("typed", ["tolong dibantu dong", "hp saya baru ganti", "mohon arahannya pak",
                                   "sy lagi rapat, nanti sy balas"])
def test_words_that_are_no_progress_are_never_offered_as_tl(people, world, typed):
    file(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    reply = people["dlh1"].says(typed)
    assert "kemajuan (TL) LPR-1?" not in reply and f"TL LPR-1 {typed}" not in reply
    people["dlh1"].says("ya")
    assert follow_ups(people["citizen"]) == []


@pytest.mark.parametrize("typed,text", [
    ("lpr 2 sdg kami kerjakan, besok rampung", "sdg kami kerjakan, besok rampung"),
    ("lpr 2 siap kami tindak lanjuti besok pagi", "\nkami tindak lanjuti besok pagi"),  # a promise with its day
    ("LPR-2: tim sudah meluncur ke lokasi", "Petugas sedang menuju lokasi."),  # the catalogue's words
])
def test_progress_after_a_reference_is_offered_and_tl_on_ya(two, world, typed, text):
    offered = two["dlh1"].says(typed)
    assert "Catat sebagai kemajuan (TL) LPR-2?" in offered
    two["dlh1"].says("iya")
    assert follow_ups(two["citizen2"])[0].rstrip().endswith(text)
    assert follow_ups(two["citizen"]) == []


@pytest.mark.parametrize("typed", ["izin pak, lpr 1 sama lpr 2 sdh kami cek, besok dikerjakan",
                                   "lpr 1 dan lpr 2 sdh kami cek, besok dikerjakan"])
def test_progress_naming_two_complaints_is_offered_for_both(two, world, typed):
    offered = two["dlh1"].says(typed)
    assert "Catat sebagai kemajuan (TL) LPR-1 dan LPR-2?" in offered
    assert "TL LPR-1 LPR-2 sdh kami cek, besok dikerjakan" in offered
    two["dlh1"].says("ya")
    for citizen in (two["citizen"], two["citizen2"]):
        assert follow_ups(citizen)[0].rstrip().endswith("\nsdh kami cek, besok dikerjakan")


def test_progress_naming_no_complaint_from_an_officer_holding_several_asks_which(two, world):
    reply = two["dlh1"].says("sdh kami cek semua pak, besok diangkut")
    assert "Laporan yang mana?" in reply and "LPR-1" in reply and "LPR-2" in reply
    assert "TL LPR-<nomor> sdh kami cek semua pak, besok diangkut" in reply
    assert follow_ups(two["citizen"]) == follow_ups(two["citizen2"]) == []


@pytest.mark.parametrize("typed,pick,asked", [
    ("sdh kami cek semua pak, besok diangkut", "2", "Catat sebagai kemajuan (TL) LPR-2?"),
    ("sudah kami cek, minggu depan diangkut", "lpr 2", "Catat sebagai kemajuan (TL) LPR-2?"),
    ("ini bukan wewenang kami pak, harusnya PLN", "LPR-1", "Kembalikan LPR-1 ke verifikator"),
    ("nama pelapornya siapa ya pak", "no 2", "Pelapor LPR-2"),
    ("sdh selesai pak", "2", "Apakah LPR-2 sudah tuntas?"),  # done said short: which one, then asked as ever
    ("udh kelar", "lpr 1", "Apakah LPR-1 sudah tuntas?"),
])
def test_which_one_answered_with_its_number_reads_the_message_again(two, world, typed, pick, asked):
    """The answer to "Laporan yang mana?" is the number alone: the message it asked about is read with it (what
    sends anything is still asked first), never "Perintah tidak dikenali"."""
    assert "Laporan yang mana?" in two["dlh1"].says(typed)
    assert asked in two["dlh1"].says(pick)
    assert follow_ups(two["citizen"]) == follow_ups(two["citizen2"]) == []
    assert "Laporan yang mana?" not in two["dlh1"].says("7")  # not one of them, nor asked again: no loop


def test_a_bare_reference_after_a_held_voice_note_names_its_complaint(two, world):
    assert "yang mana" in two["dlh1"].says(**VOICE)
    named = two["dlh1"].says("lpr 2")
    assert "untuk LPR-2 kami simpan" in named and "TL LPR-2" in named
    assert "Lampiran: 1 pesan suara" in two["dlh1"].says("TL LPR-2")
    assert follow_ups(two["citizen2"]) and follow_ups(two["citizen"]) == []


# A complaint the officer's agency does not hold ------------------------------------------------------------------

@pytest.mark.parametrize("typed", [
    "lpr 1 sudah dicek, minggu depan diganti",  # progress: it was offered as TL
    "LPR-2 sdh kami cek pak, besok tim turun",
    "lpr 1 udh aman pak",  # a hint "TL LPR-1 …"
    "no 2 sudah beres pak, jalannya sudah ditambal",  # work done: it was asked as the final answer
    "sudah kami survei lpr 1, bsk dikerjakan",
    "lpr 2 besok diperbaiki",
])
def test_words_about_a_complaint_another_agency_holds_say_it_is_not_theirs(two, world, typed):
    reply = two["pupr"].says(typed)
    assert "LPR-" in reply and "tidak didisposisikan ke Dinas Pekerjaan Umum" in reply
    assert "TL LPR-" not in reply and "Balas YA" not in reply and "SELESAI LPR-" not in reply
    assert "Baik, terima kasih" in two["pupr"].says("ya")
    assert follow_ups(two["citizen"]) == follow_ups(two["citizen2"]) == []


# "aman" said of a complaint: maybe the final answer, maybe progress ---------------------------------------------

@pytest.mark.parametrize("typed", ["lpr 1 udh aman pak", "LPR-1 aman pak", "no 1 sdh aman terkendali ndan",
                                   "lpr 1 skrg sudah aman bu"])
def test_aman_said_of_a_complaint_asks_whether_it_is_done(two, world, typed):
    asked = two["dlh1"].says(typed)
    assert "Apakah LPR-1 sudah tuntas?" in asked and "TL LPR-1" in asked
    assert "Perintah tidak dikenali" not in asked
    assert "Tuliskan isinya" in two["dlh1"].says("ya")
    assert follow_ups(two["citizen"]) == []


@pytest.mark.parametrize("typed", ["lpr 1 aman gak pak?", "lpr 1 belum aman pak, pohonnya masih miring"])
def test_aman_asked_or_denied_is_no_final_answer(two, world, typed):
    assert "sudah tuntas?" not in two["dlh1"].says(typed)


# A voice note swiped onto a disposition: confirmed before it reaches the citizen --------------------------------

def test_a_voice_note_swiped_onto_a_disposition_is_asked_about_before_it_reaches_the_citizen(two, world):
    notice = next(m for m in two["dlh1"].inbox() if m.purpose == "disposition" and "LPR-1" in m.body)
    asked = two["dlh1"].swipe(notice, **VOICE)
    assert "pesan suara" in asked.lower() and "LPR-1" in asked and "Balas YA" in asked
    assert follow_ups(two["citizen"]) == []
    assert "Lampiran: 1 pesan suara" in two["dlh1"].says("ya")
    assert follow_ups(two["citizen"]) and two["citizen"].last().media_url == VOICE["MediaUrl0"]


def test_a_voice_note_swiped_and_refused_is_not_sent_with_the_next_tl(two, world):
    notice = next(m for m in two["dlh1"].inbox() if m.purpose == "disposition" and "LPR-1" in m.body)
    two["dlh1"].swipe(notice, **VOICE)
    assert "tidak dikirim" in two["dlh1"].says("tidak")
    reply = two["dlh1"].says("TL LPR-1 sudah kami cek, besok diangkut")
    assert "tercatat" in reply and "Lampiran" not in reply
    assert all(m.media_url is None for m in two["citizen"].inbox() if m.purpose == "follow_up")


def test_a_voice_note_swiped_then_written_out_goes_with_the_words(two, world):
    notice = next(m for m in two["dlh1"].inbox() if m.purpose == "disposition" and "LPR-1" in m.body)
    two["dlh1"].swipe(notice, **VOICE)
    assert "TL LPR-1 dengan isi ini?" in two["dlh1"].says("sdh kami cek pak, besok diangkut")
    assert "Lampiran: 1 pesan suara" in two["dlh1"].says("ya")
    assert follow_ups(two["citizen"])[0].rstrip().endswith("sdh kami cek, besok diangkut")  # "pak": the office


# An apology to the office for writing late is not sent to the citizen -------------------------------------------

@pytest.mark.parametrize("typed", ["maaf malam2 pak, lpr 1 sdh diangkut sebagian, sisanya besok",
                                   "lpr 1 mohon maaf mengganggu malam pak, sdh diangkut sebagian, sisanya besok",
                                   "sori br bls pak. LPR-1 sdh diangkut sebagian, sisanya besok",
                                   "malam pak, lpr 1 sdh diangkut sebagian, sisanya besok. mohon maaf baru lapor",
                                   "lpr 1 sdh diangkut sebagian, sisanya besok, maaf mengganggu malam2 pak"])
def test_an_apology_before_progress_is_left_out_of_the_tl_offered(two, world, typed):
    offered = two["dlh1"].says(typed)
    assert "TL LPR-1 sdh diangkut sebagian, sisanya besok" in offered, offered
    two["dlh1"].says("ya")
    relayed = follow_ups(two["citizen"])[0]
    assert "maaf" not in relayed.lower() and "sori" not in relayed.lower()


# A photo the citizen sent the officer privately, forwarded with a note ----------------------------------------

@pytest.mark.parametrize("caption", ["foto kiriman pelapor lewat wa pribadi sy", "ini dari warga yg lapor pak",
                                     "foto dr pelapornya bu, dikirim ke wa sy"])
def test_a_caption_saying_the_photo_came_from_the_reporter_is_not_sent_to_them(two, world, caption):
    held = two["dlh1"].says(f"lpr 1 {caption}", **PHOTO)
    assert "keterangannya tidak dikirim ke pelapor" in held and caption not in held
    assert "Lampiran: 1 foto" in two["dlh1"].says("TL LPR-1")
    relayed = follow_ups(two["citizen"])[0]
    assert caption not in relayed


def test_a_photo_from_the_reporter_swiped_onto_a_disposition_is_held_without_its_note(two, world):
    notice = next(m for m in two["dlh1"].inbox() if m.purpose == "disposition" and "LPR-1" in m.body)
    held = two["dlh1"].swipe(notice, "ini foto dr pelapor pak, dikirim ke wa sy", **PHOTO)
    assert "untuk LPR-1 kami simpan" in held and "keterangannya tidak dikirim ke pelapor" in held
    assert follow_ups(two["citizen"]) == []
    two["dlh1"].says("TL LPR-1 sudah kami cek ke lokasi")
    assert "wa sy" not in follow_ups(two["citizen"])[0]


@pytest.mark.parametrize("typed", ["sdh kami angkut semua pak", "siap pak, sampun kulo resiki sedaya",
                                   "sudah bersih bu", "tlh kami tambal, sdh mulus"])
def test_work_said_done_swiped_onto_the_notice_is_asked_about_not_recorded_as_progress(people, world, typed):
    filed_and_forwarded(people, photo=False)
    asked = people["dlh1"].swipe(people["dlh1"].last(), typed)
    assert "Apakah ini jawaban akhir LPR-1?" in asked, asked
    assert follow_ups(people["citizen"]) == []
    assert "Jawaban akhir LPR-1 tercatat" in people["dlh1"].says("ya")
    assert complaint(world, 1).status == "selesai"


@pytest.mark.parametrize("typed", ["sudah kami cek, besok diangkut", "sdh kami angkut sebagian pak"])
def test_a_step_swiped_onto_the_notice_is_still_progress(people, world, typed):
    filed_and_forwarded(people, photo=False)
    assert "Tindak lanjut LPR-1 tercatat" in people["dlh1"].swipe(people["dlh1"].last(), typed)


def test_a_photo_swiped_with_work_said_done_goes_with_the_final_answer_on_ya(people, world):
    filed_and_forwarded(people, photo=False)
    asked = people["dlh1"].swipe(people["dlh1"].last(), "sdh kami bersihkan semua pak", **PHOTO)
    assert "Apakah ini jawaban akhir LPR-1?" in asked, asked
    assert "Lampiran: 1 foto" in people["dlh1"].says("ya")
    assert PHOTO["MediaUrl0"] in [m.media_url for m in people["citizen"].inbox()]
    assert complaint(world, 1).status == "selesai"


def test_a_question_about_words_of_the_work_names_the_attachments_held_that_go_with_yes(people, world):
    filed_and_forwarded(people, photo=False)
    named = "1 pesan suara"
    people["dlh1"].says("", **VOICE)  # sent first from the field (maybe talk for the office), held for the answer
    asked = people["dlh1"].says("sdh kami angkut semua pak")
    assert "Apakah ini jawaban akhir LPR-1?" in asked and f"{named} yang tersimpan ikut terkirim" in asked, asked


@pytest.mark.parametrize("typed", ["maaf salah, belum pak", "eh keliru pak", "ternyata belum bu"])
def test_a_correction_or_not_yet_after_a_final_answer_asked_calls_it_off(people, world, typed):
    filed_and_forwarded(people, photo=False)
    assert "Apakah LPR-1 sudah tuntas?" in people["dlh1"].says("lpr 1 sdh beres pak")
    reply = people["dlh1"].says(typed)
    assert "SELESAI LPR-1 tidak dikirim" in reply and "jawaban akhir" not in reply, reply
    assert "tercatat" not in people["dlh1"].says("ya") and follow_ups(people["citizen"]) == []


def test_an_answer_to_an_information_request_without_a_command_is_asked_as_its_final_answer(people, world):
    for typed in ("1", "3", "Bagaimana cara mengurus KTP yang hilang di kecamatan kota?", "LEWATI", "1", "KIRIM"):
        people["citizen"].says(typed)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    reply = people["dlh1"].says("lpr 1 itu cukup bawa surat kehilangan dr polsek + KK ke kantor, gratis")
    assert "Apakah ini jawaban akhir LPR-1?" in reply and follow_ups(people["citizen"]) == [], reply
    assert "Jawaban akhir LPR-1 tercatat" in people["dlh1"].says("YA")
    assert follow_ups(people["citizen"])[0].rstrip().endswith("cukup bawa surat kehilangan dr polsek + KK ke kantor, "
                                                              "gratis")


# A no sent right after a progress recorded from a swipe ("siap pak, besok pagi kami tindaklanjuti", then "TIDAK"):
# the officer did not mean it as TL; it was relayed already, so they are told how to correct it.
@pytest.mark.parametrize("no", ["TIDAK", "tidak pak", "bukan", "gak gitu bu", "jgn dulu"])
def test_a_no_right_after_a_swiped_tl_says_how_to_correct_it(people, world, no):
    filed_and_forwarded(people, photo=False)
    people["dlh1"].swipe(people["dlh1"].last(), "siap pak, besok pagi kami tindaklanjuti")
    reply = people["dlh1"].says(no)
    assert "sudah terkirim ke pelapor" in reply and "TL LPR-1 <keterangan yang benar>" in reply, reply
    assert "tidak dikenali" not in reply
    assert len(follow_ups(people["citizen"])) == 1  # nothing more relayed


@pytest.mark.parametrize("first", ["TL LPR-1 besok pagi kami tindaklanjuti", None])
def test_a_no_after_a_typed_tl_or_with_nothing_swiped_is_not_read_as_correcting_it(people, world, first):
    filed_and_forwarded(people, photo=False)
    if first:
        people["dlh1"].says(first)
    assert "sudah terkirim ke pelapor" not in people["dlh1"].says("TIDAK")


def test_a_no_after_a_swiped_tl_with_an_earlier_question_open_says_the_swipe_went_too(people, world):
    filed_and_forwarded(people, photo=False)
    notice = people["dlh1"].last()
    assert "Catat sebagai kemajuan (TL) LPR-1?" in people["dlh1"].says("LPR 1 SDH DICEK YA PAK BESOK DIANGKUT")
    people["dlh1"].swipe(notice, "ok pak siap, nanti sore tim meluncur")
    reply = people["dlh1"].says("tidak jadi")
    assert "tidak dikirim" in reply and "sudah terkirim ke pelapor" in reply, reply  # not «nothing recorded» alone
    assert len(follow_ups(people["citizen"])) == 1


# A no answers the swiped TL only when it follows it: anything the officer sent between ("DAFTAR", thanks, another
# complaint's command) is what the no answers, if anything, never the TL.
@pytest.mark.parametrize("between", ["DAFTAR", "makasih pak", "STATUS LPR-1", "tim sdg makan siang dulu"])
def test_a_no_after_another_message_does_not_correct_the_swiped_tl(people, world, between):
    filed_and_forwarded(people, photo=False)
    people["dlh1"].swipe(people["dlh1"].last(), "siap pak, besok pagi kami tindaklanjuti")
    people["dlh1"].says(between)
    reply = people["dlh1"].says("TIDAK")
    assert "sudah terkirim ke pelapor" not in reply, reply
    assert len(follow_ups(people["citizen"])) == 1


# A photo sent after the question about one complaint's answer ("sudah diperbaiki, ini fotonya", then the photo) ----

@pytest.mark.parametrize("typed,command", [
    ("lpr 1 sudah beres pak, ini fotonya", "SELESAI"),
    ("lpr 1 sdh kami angkut sebagian, besok dilanjut. foto menyusul", "TL"),
])
def test_a_photo_after_the_question_goes_with_its_answer_without_asking_which(two, world, typed, command):
    """An officer holding several complaints who is asked about one and sends the photo next is told it goes with
    that answer on YA, never asked which complaint it is for."""
    assert "LPR-1" in two["dlh1"].says(typed)
    held = two["dlh1"].says("", **PHOTO)
    assert "yang mana" not in held and "LPR-1" in held and "YA" in held, held
    assert "Lampiran: 1 foto" in two["dlh1"].says("ya")
    assert PHOTO["MediaUrl0"] in [m.media_url for m in two["citizen"].inbox()]
    assert complaint(world, 1).status == ("selesai" if command == "SELESAI" else "proses")


def test_a_photo_after_a_question_about_two_complaints_still_asks_which(two, world):
    two["dlh1"].says("lpr 1 dan lpr 2 sudah beres")
    assert "yang mana" in two["dlh1"].says("", **PHOTO)


# A TL sent to the wrong complaint, said so with the right one ("maaf salah, itu utk lpr 2") -------------------------

@pytest.mark.parametrize("typed", [
    "maaf salah, itu utk lpr 2",
    "eh keliru pak, harusnya lpr 2",
    "sorry salah nomor, maksudnya no 2",
    "maaf pak salah ketik, yg benar laporan 2",
])
def test_a_tl_meant_for_another_complaint_is_offered_for_it_and_never_quoted(two, world, typed):
    assert "Tindak lanjut LPR-1 tercatat" in two["dlh1"].says("TL LPR-1 tim sdh di lokasi")
    said = two["dlh1"].says(typed)
    assert "tidak dapat ditarik" in said and "TL LPR-2" in said and "YA" in said, said
    assert f"TL LPR-2 {typed.split()[0]}" not in said, said  # the correction is no text for the citizen
    assert complaint(world, 2).status == "belum_ditindaklanjuti"
    assert "Tindak lanjut LPR-2 tercatat" in two["dlh1"].says("ya")
    assert follow_ups(two["citizen2"])[-1].rstrip().endswith("tim sdh di lokasi")


def test_a_correction_naming_the_same_complaint_offers_nothing_new(two, world):
    two["dlh1"].says("TL LPR-1 tim sdh di lokasi")
    said = two["dlh1"].says("maaf salah, itu utk lpr 1")
    assert "Kirim" not in said and complaint(world, 2).status == "belum_ditindaklanjuti", said
