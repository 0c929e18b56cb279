"""More whole journeys walked with `flask chat` (session 28, firsts4), of people and situations the first table
(tests/bot/test_whole_journeys.py) did not hold: someone who asks for anonymity or for their name to be removed
after filing, a first message that is only a link, a greeting in Arabic script, a complaint about an officer's
conduct. Each defect found is a table of the ways people say it, with the near misses that must stay as they were."""

from __future__ import annotations

import pytest

from bot.conversation import understanding
from tests.parties import CITIZEN, CITIZEN_NAME, Citizen, file, shows_number


@pytest.fixture
def citizen(app):
    return Citizen(app)


# 1. Anonymity asked after filing in the words of one's own report ("saya mau laporan saya dianonimkan", "laporan
# saya dijadikan anonim", "bisa laporan sy diganti anonim?", "lpr 1 dianonimkan ya"), or one's name asked to be
# removed from it ("bisa nama saya dihapus dari laporan?", "hapus nama saya dari laporan"). "mau laporan saya …"
# was read as a wish to file (a new draft began with "saya dianonimkan saja" as its story, and what followed joined
# it), the passive forms were not read at all, and a name to be removed withdrew the complaint.
ANONYMITY_AFTER_FILING = [
    "pak saya mau laporan saya dianonimkan saja, nama saya jangan ditunjukkan",
    "saya mau laporan saya dianonimkan",
    "mau laporan sy dirahasiakan aja",
    "min aku mau laporanku dijadikan anonim",
    "laporan saya dianonimkan saja",
    "tolong laporan saya dijadikan anonim",
    "bisa laporan sy diganti anonim?",
    "laporan saya dibuat anonim aja pak",
    "aduan gw dianonimin dong min",
    "lpr 1 dianonimkan ya pak",
    "hapus nama saya dari laporan",
    "bisa nama saya dihapus dari laporan?",
    "tolong nomor saya dihapus dari laporan itu",
    "saya takut ketahuan, bisa nama saya dihapus dari laporan?",
    "nama saya dihilangkan saja dari laporannya pak",
]


@pytest.mark.parametrize("typed", ANONYMITY_AFTER_FILING)
def test_anonymity_asked_in_the_words_of_ones_report_is_read(typed):
    found = understanding.intent(typed)
    assert found is not None and found.name == "PROTECT" and found.rest == "anonim", found


@pytest.mark.parametrize("typed,name", [
    ("saya mau laporan jalan rusak di desa sukamaju", "FILE"),  # a wish to file, no report owned
    ("saya ingin menyampaikan keluhan saya tentang jalan rusak", "FILE"),  # conveying one's complaint: filing
    ("mau bikin laporan saya sendiri pak", "FILE"),
    ("saya mau melaporkan kepala desa yang merahasiakan anggaran", "FILE"),  # secrecy told in a story
    ("mau laporan saya dicabut", "WITHDRAW"),  # one's report withdrawn, not a new one
    ("laporan saya dihapus saja", "WITHDRAW"),  # the report removed, not the name
    ("hapus laporan saya", "WITHDRAW"),
    ("lpr 1 batalin aja", "WITHDRAW"),
])
def test_near_misses_of_anonymity_asked_after_filing(typed, name):
    found = understanding.intent(typed)
    assert found is not None and found.name == name, found


@pytest.mark.parametrize("typed", [
    "pak saya mau laporan saya dianonimkan saja, nama saya jangan ditunjukkan",
    "bisa nama saya dihapus dari laporan?",
    "tolong laporan saya dijadikan anonim",
])
def test_anonymity_asked_after_filing_protects_the_filed_complaint(app, typed):
    from tests.parties import Party
    person = Party(app, CITIZEN, CITIZEN_NAME)
    file(person)
    reply = person.says(typed)
    assert "tidak lagi diperlihatkan" in reply, reply
    assert person.state() == "idle", "no new draft began"
    [complaint] = person.complaints()
    assert complaint.privacy == "anonim" and complaint.status != "dicabut"
    assert CITIZEN_NAME not in reply and not shows_number(reply, CITIZEN)


# 2. A first message that is only a link, or a link with a few words that tell nothing ("cek ini pak
# https://vt.tiktok.com/…", "liat nih videonya"), was offered as the report ("Sepertinya Anda ingin melapor:
# "https://www.facebook.com/…""). The service cannot open it: the person is asked to tell the problem in words and
# to send the photo or video itself. A story with a link beside it is offered as before.
LINKS_ONLY = [
    "https://www.facebook.com/share/p/1abcDEF/",
    "https://vt.tiktok.com/ZSabc123/",
    "cek ini pak https://www.instagram.com/reel/Cxyz/",
    "liat nih videonya min https://youtu.be/abcdEFG",
    "www.detik.com/jatim/berita/d-123456",
    "Pak, tolong dilihat 🙏 https://bit.ly/3xYz",
    "https://twitter.com/warga/status/123 viral pak",
]


@pytest.mark.parametrize("typed", LINKS_ONLY)
def test_a_link_alone_is_read(typed):
    assert understanding.link_only(typed)


@pytest.mark.parametrize("typed", [
    "jalan di desa sukamaju rusak parah, videonya https://vt.tiktok.com/ZSabc123/",  # a story beside the link
    "sampah numpuk di pasar kliwon https://www.facebook.com/share/p/1abc/",
    "jalan rusak",  # no link
    "cara lapor lewat lapor.go.id gimana?",  # a site named in a question, no link to open
    "saya sudah lapor di www.lapor.go.id tapi belum dibalas",
])
def test_near_misses_of_a_link_alone(typed):
    assert not understanding.link_only(typed)


@pytest.mark.parametrize("typed", LINKS_ONLY[:3])
def test_a_link_alone_first_asks_for_the_story_in_words(citizen, typed):
    reply = citizen.says(typed)
    assert "tautan" in reply.lower() and "Sepertinya Anda ingin melapor" not in reply, reply
    assert citizen.state() == "idle" and not citizen.complaints()


def test_a_story_with_a_link_is_still_offered(citizen):
    reply = citizen.says("jalan di desa sukamaju rusak parah, videonya https://vt.tiktok.com/ZSabc123/")
    assert "Sepertinya Anda ingin melapor" in reply, reply


# 3. A salam in Arabic script ("السلام عليكم", with or without its vowel marks) is answered "Waalaikumsalam" as
# "assalamualaikum" is (it got "Halo"); anything else in a script the service cannot read ("أريد تقديم شكوى",
# Chinese, Thai) is told the service reads Indonesian and English in Latin letters (it got the bare menu).
@pytest.mark.parametrize("typed", ["السلام عليكم", "السلام عليكم ورحمة الله وبركاته", "اَلسَّلَامُ عَلَيْكُمْ",
                                   "السلام عليكم 🙏"])
def test_a_salam_in_arabic_script_is_answered_in_kind(citizen, typed):
    reply = citizen.says(typed)
    assert reply.startswith("Waalaikumsalam"), reply


@pytest.mark.parametrize("typed", ["لو سمحت أريد تقديم شكوى عن الطريق", "我想投诉这里的道路", "ผมต้องการร้องเรียน",
                                   "السلام عليكم، أريد تقديم شكوى"])
def test_a_script_the_service_cannot_read_is_told_so(citizen, typed):
    reply = citizen.says(typed)
    assert "huruf Latin" in reply and "Bahasa Indonesia" in reply, reply
    assert citizen.state() == "idle" and not citizen.complaints()


@pytest.mark.parametrize("typed", [
    "السلام عليكم",  # a greeting only
    "pak jalan di depan masjid Al-Ikhlas (مسجد الإخلاص) rusak parah",  # a name in Arabic inside an Indonesian story
    "assalamualaikum pak mau lapor",
    "😡😡😡",
    "jalan rusak 🙏",
])
def test_near_misses_of_a_script_not_read(typed):
    assert not understanding.script_not_read(typed)


# 4. Emoji alone that cry for help ("🔥🔥🔥🚒😭😭", "🚑🚑", "🆘🆘") get the emergency numbers first (they got the bare
# menu); a fire emoji alone is praise, an alarm beside words is a chain message's decoration.
@pytest.mark.parametrize("typed", ["🔥🔥🔥🚒😭😭", "🚑🚑🚑", "🆘🆘", "🔥🔥😱😱", "🔥🔥 😭 pak", "🚒🚒🚒🙏"])
def test_emoji_crying_for_help_get_the_emergency_numbers(citizen, typed):
    reply = citizen.says(typed)
    assert "112" in reply and "113" in reply, reply


@pytest.mark.parametrize("typed", ["🔥🔥🔥", "mantap 🔥", "😭😭", "👍",
                                   "🚨🚨 PENTING: besok pemadaman listrik se-kabupaten, sebarkan 🚨"])
def test_near_misses_of_emoji_crying_for_help(typed):
    assert not understanding.emergency(typed)


# 5. Deletion of one's data asked ("tolong hapus data saya dari sistem", "saya mau data pribadi saya dihapus",
# "hapus nomor saya dari database kalian", "delete my data please") is told what can and cannot be done here: it
# got the menu, or started a draft as a wish for anonymity, or joined the story of a draft.
DATA_DELETION = [
    "tolong hapus data saya dari sistem",
    "saya mau data pribadi saya dihapus",
    "hapus nomor saya dari database kalian",
    "min tolong hapusin data2 gw ya",
    "saya minta semua data saya dihapus pak",
    "please delete my data",
    "saya tidak mau nomor saya disimpan, tolong dihapus",
]


@pytest.mark.parametrize("typed", DATA_DELETION)
def test_deletion_of_ones_data_asked_is_read(typed):
    assert understanding.data_deletion_asked(typed)


@pytest.mark.parametrize("typed", [
    "hapus nama saya dari laporan",  # anonymity (above)
    "laporan saya dihapus saja",  # a withdrawal
    "data bansos saya dihapus dari dtks tanpa alasan",  # a complaint about data removed
    "nomor saya diblokir",
    "tolong data KK saya diperbaiki, nama ibu salah",
    "tolong data KTP saya dihapus dari sistem dukcapil karena ganda",
])
def test_near_misses_of_deletion_of_ones_data(typed):
    assert not understanding.data_deletion_asked(typed)


@pytest.mark.parametrize("typed", DATA_DELETION[:3])
def test_deletion_of_ones_data_is_answered_with_what_can_be_done(citizen, typed):
    reply = citizen.says(typed)
    assert "hapus" in reply and "ANONIM" in reply, reply
    assert citizen.state() == "idle" and not citizen.complaints()


def test_deletion_of_ones_data_asked_while_filing_does_not_join_the_story(citizen):
    citizen.says("lampu jalan di gang mawar rt 2 desa sukamaju mati sudah 2 minggu")
    citizen.says("YA")
    reply = citizen.says("tolong hapus data saya dari sistem")
    assert "hapus data saya" not in citizen.draft().get("description", ""), reply


@pytest.mark.parametrize("typed", ["sorry I don't speak Indonesian, is it a complaint?",
                                   "i only speak english, can someone help me please",
                                   "I don't understand bahasa, sorry"])
def test_not_speaking_indonesian_while_filing_is_no_part_of_the_story(citizen, typed):
    citizen.says("Hi, I would like to report a broken streetlight near my hotel on Jalan Merdeka")
    reply = citizen.says(typed)
    assert "we reply in Indonesian" in reply and "Jenis laporan" in reply, reply
    assert citizen.draft()["description"] == "a broken streetlight near my hotel on Jalan Merdeka"


def test_a_near_miss_of_a_language_told_in_a_story():
    assert not understanding.language_asked("the officer at the kelurahan did not speak english and shouted at me "
                                            "when I asked about my KTP")


# 6. A complaint about an officer's conduct that names them ("petugas DLH namanya bu Dewi minta uang …") reached
# the officer named with the rest of the agency: the disposition notice, then every reminder (a trader's complaint
# of Satpol PP's "pak Joko" went to Joko, the agency's only officer). Now the verifier is told who is named, and
# every notice and reminder of the disposition goes to the colleagues (else heads, else verifiers) not named.
CONDUCT_NAMING_DEWI = [
    "petugas DLH namanya bu Dewi minta uang 20rb tiap ambil sampah di rumah saya, sampah di gang mawar",
    "oknum pegawai dlh bernama Dewi memungut pungli ke warga pasar srimangunan soal sampah",
    "petugas sampah bu dewi kasar sekali, warga dibentak waktu tanya jadwal angkut sampah di TPS pasar",
]


@pytest.mark.parametrize("story", CONDUCT_NAMING_DEWI)
def test_a_conduct_complaint_naming_an_officer_never_reaches_them(people, story):
    from models.vocab import Purpose
    from tests.parties import complaint as complaint_row
    people["citizen"].file(description=story, place="Pasar Srimangunan, Kec. Sampang")
    people["verifier"].says("ANTREAN")
    warned = [m.body for m in people["verifier"].inbox() if m.purpose == Purpose.VERIFICATION]
    assert warned and "Dewi" in warned[0] and "perilaku petugas" in warned[0], warned
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert not [m for m in people["dlh1"].inbox() if m.purpose == Purpose.DISPOSITION], "the accused got it"
    assert [m for m in people["dlh2"].inbox() if m.purpose == Purpose.DISPOSITION], "a colleague handles it"
    [disposition] = complaint_row(people["citizen"].app, 1).dispositions
    # not handed to one colleague: every route to the agency leaves the accused out (lapor.directory.not_accused)
    assert disposition.assignee_id is None


@pytest.mark.parametrize("story", [
    "sampah di TPS pasar srimangunan numpuk lagi, kemarin bu Dewi sudah bantu angkut tapi sekarang penuh lagi",
    "petugas DLH minta uang 20rb tiap ambil sampah di rumah saya di gang mawar",  # conduct, nobody named
])
def test_near_misses_reach_the_whole_agency(people, story):
    from models.vocab import Purpose
    people["citizen"].file(description=story, place="Pasar Srimangunan, Kec. Sampang")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    for officer in ("dlh1", "dlh2"):
        assert [m for m in people[officer].inbox() if m.purpose == Purpose.DISPOSITION], officer


def test_a_conduct_complaint_naming_every_officer_goes_to_the_head_and_naming_all_to_the_verifier(people):
    from models.vocab import Purpose
    people["citizen"].file(description="petugas DLH bu Dewi dan pak Eko minta uang 20rb tiap angkut sampah pasar",
                           place="Pasar Srimangunan, Kec. Sampang")
    people["citizen2"].file(description="petugas DLH bu Dewi, pak Eko dan kepalanya pak Yusuf minta uang ke pedagang "
                                        "pasar tiap angkut sampah", place="Pasar Srimangunan, Kec. Sampang")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["verifier"].says("TERUSKAN LPR-2 DLH")
    for officer in ("dlh1", "dlh2"):
        assert not [m for m in people[officer].inbox() if m.purpose == Purpose.DISPOSITION], officer
    assert [m.body for m in people["head"].inbox() if m.purpose == Purpose.DISPOSITION and "LPR-1" in m.body]
    assert not [m for m in people["head"].inbox() if m.purpose == Purpose.DISPOSITION and "LPR-2" in m.body]
    assert [m for m in people["verifier"].inbox() if m.purpose == Purpose.DISPOSITION and "LPR-2" in m.body]


# 7. A person named after an office ("petugas kelurahan bernama pak Joko …") was offered as the place: «Lokasinya di
# kelurahan bernama?». "bernama", "namanya" end a place (a name of a person follows).
@pytest.mark.parametrize("story,place", [
    ("petugas kelurahan bernama pak Joko yang minta uang 500 ribu buat ngurus KTP saya", None),
    ("staf kelurahan kauman bernama pak Joko minta uang", "kelurahan kauman"),
    ("pegawai desa sukamaju namanya bu Sri galak sekali", "desa sukamaju"),
    ("jalan di desa sukamaju rusak parah", "desa sukamaju"),  # as before
])
def test_a_person_named_after_an_office_is_no_part_of_the_place(story, place):
    from bot.conversation.story_place import place_in_story
    assert place_in_story(story) == place


# 8. A teenager who filed asks whether their parents (or teacher, or the one reported) will learn of it ("kak ini
# ortu aku bakal tau ga?", "guru saya bakal tau ga kalau saya yang lapor?"): it got the status of the report. It is
# a question about privacy, answered with who sees the name and number.
WHO_LEARNS = ["kak ini ortu aku bakal tau ga?", "guru saya bakal tau ga kalau saya yang lapor?",
              "nanti yang dilaporin tau ga kalo saya yg lapor?", "orang tua saya nanti dikabari ga?"]


@pytest.mark.parametrize("typed", WHO_LEARNS)
def test_who_may_learn_of_a_report_is_a_privacy_question(typed):
    assert understanding.service_question(typed) == "privacy"


@pytest.mark.parametrize("typed", ["orang tua saya tau kok jalan itu rusak", "apakah dinas sudah tahu?",
                                   "kapan guru itu ditindak?"])
def test_near_misses_of_who_may_learn(typed):
    assert understanding.service_question(typed) != "privacy"


@pytest.mark.parametrize("typed", WHO_LEARNS[:2])
def test_who_may_learn_asked_after_filing_is_answered(citizen, typed):
    citizen.file(description="guru aku sering minta uang buat les, kalo ga ikut nilainya dijelekin", privacy="3")
    reply = citizen.says(typed)
    assert "tidak diperlihatkan kepada instansi" in reply and "Status:" not in reply, reply


def test_reminders_of_a_conduct_complaint_never_reach_the_only_officer_named(people, world, clock):
    """PUPR's only officer (Budi, no head registered) is accused: the notice and the rungs go to the verifiers."""
    from datetime import timedelta

    from models.vocab import Purpose
    from scheduler.jobs import run_ladders
    from services import services
    people["citizen"].file(description="petugas PU pak Budi minta uang 100rb biar jalan desa kami diaspal duluan",
                           place="Desa Banyuanyar, Kec. Sampang")
    people["verifier"].says("TERUSKAN LPR-1 PUPR")
    for days in (1, 2, 3, 4):
        clock.now = clock.now + timedelta(days=days)
        run_ladders(services(world), clock.now)
    from tests.parties import deliver
    deliver(world)
    assert not people["pupr"].inbox(), [m.body for m in people["pupr"].inbox()]
    told = [m for m in people["verifier"].inbox() if "LPR-1" in m.body and m.purpose in (
        Purpose.DISPOSITION, Purpose.REMINDER)]
    assert {m.purpose for m in told} == {Purpose.DISPOSITION, Purpose.REMINDER}, [m.body for m in told]


# 9. Who one is told as a pupil, a shop owner or a visitor before the wish ("kak aku masih SMP, mau lapor …", "saya
# pemilik toko di pasar baru, mau lapor …", "saya pemudik dari surabaya, mau lapor …") was filed with the story;
# the story now begins after the wish, as "saya guru di SDN 3, mau lapor …" did.
@pytest.mark.parametrize("typed,rest", [
    ("kak aku masih SMP, mau lapor guru aku sering minta uang buat les", "guru aku sering minta uang buat les"),
    ("saya pemilik toko di pasar baru, mau lapor sampah numpuk", "sampah numpuk"),
    ("saya anak kelas 8, mau ngadu soal pungutan di sekolah", "pungutan di sekolah"),
    ("saya pemudik dari surabaya, mau lapor jalan berlubang di jalur mudik", "jalan berlubang di jalur mudik"),
    ("saya pedagang di pasar legi, mau lapor pungutan liar tiap hari", "pungutan liar tiap hari"),  # as before
])
def test_who_one_is_as_a_pupil_shop_owner_or_visitor_is_left_out_of_the_story(typed, rest):
    found = understanding.intent(typed)
    assert found is not None and found.name == "FILE" and found.rest == rest, found


@pytest.mark.parametrize("typed", ["smp 2 sukamaju atapnya bocor mau roboh",
                                   "saya kelas 8 smp 2 minta uang seragam terus"])  # a story, offered whole
def test_near_misses_of_who_one_is_as_a_pupil(typed):
    assert understanding.intent(typed) is None
