"""Citizens met end to end with `flask chat --local` (firsts7): a farmer in Javanese ngoko, a student in code-mix, an
anxious mother, a voice-to-text elder, a shop owner reporting levies, and others who change their mind mid-filing,
answer hours late, or dispute the agency's answer in anger."""

from __future__ import annotations

import pytest

from tests.parties import PHOTO, Citizen


@pytest.fixture
def citizen(app):
    return Citizen(app)


IRRIGATION = "saluran irigasi nang sawahku mampet wis rong minggu, banyune ora iso mili, pari ne podo garing kabeh"


# A wish to file ending in "this" (and a word of address): no part of the story told next
@pytest.mark.parametrize("opening", [
    "sugeng enjing, aku arep lapor iki lur",
    "aku arep lapor iki",
    "kulo badhe lapor niki",
    "punten, abdi bade lapor ieu",
    "mau lapor ni bro",
    "mau ngadu iki dulur",
    "aku arep wadul kuwi lur",
])
def test_this_after_a_wish_to_file_is_no_part_of_the_story(app, opening):
    """Found by hand: "aku arep lapor iki lur" then the story filed "iki lur saluran irigasi …" (to the agency too)."""
    citizen = Citizen(app)
    citizen.says(opening)
    citizen.says(IRRIGATION)
    story = citizen.draft()["description"]
    assert story.startswith("saluran irigasi"), story


@pytest.mark.parametrize("opening", ["aku arep lapor iki dalan rusak parah nang dusun krajan",
                                     "mau lapor ini lampu jalan mati di gang melati"])
def test_a_story_opening_with_this_is_still_the_story(app, opening):
    citizen = Citizen(app)
    citizen.says(opening)
    story = citizen.draft().get("description") or ""
    assert "rusak" in story or "lampu" in story, story


LAMP_AT_MAWAR = "mau lapor lampu jalan mati di jl. mawar dekat alun2 udah 5 hari"
PLACE_TAKEN_BACK = [
    "eh bukan di situ, maksudnya di jl. melati depan puskesmas",
    "bukan di jl mawar pak, tapi di jl melati depan puskesmas",
    "eh salah, bukan disitu, yg bener di jl melati depan puskesmas",
    "eh maaf bukan di situ, di jalan melati dekat puskesmas",
]


@pytest.mark.parametrize("typed", PLACE_TAKEN_BACK)
def test_a_place_taken_back_at_the_kind_question_is_the_place(app, typed):
    """Found by hand: "eh bukan di situ, maksudnya di jl. melati …" at the kind question was added to the story, and
    the place offered next was still the wrong one, jl. mawar."""
    citizen = Citizen(app)
    citizen.says(LAMP_AT_MAWAR)
    reply = citizen.says(typed)
    draft = citizen.draft()
    assert draft["description"].startswith("lampu jalan mati") and "Ralat: " in draft["description"], draft
    assert "sudah kami perbaiki" in reply and "Jenis laporan" in reply, reply
    reply = citizen.says("1")
    assert "mawar" not in reply, reply
    if "Balas YA" in reply:  # the place offered from the story mended
        reply = citizen.says("ya")
    assert "melati" in (citizen.draft().get("location_text") or "").lower(), citizen.draft()
    assert "foto" in reply.lower(), reply


@pytest.mark.parametrize("typed", PLACE_TAKEN_BACK[:2])
def test_a_place_taken_back_at_the_photo_question_is_the_place(app, typed):
    citizen = Citizen(app)
    citizen.says(LAMP_AT_MAWAR)
    citizen.says("1")
    citizen.says("ya")
    reply = citizen.says(typed)
    assert "melati" in (citizen.draft().get("location_text") or "").lower(), citizen.draft()
    assert "foto" in reply.lower(), reply


def test_a_place_taken_back_at_the_summary_is_the_place(app):
    citizen = Citizen(app)
    citizen.says(LAMP_AT_MAWAR)
    for typed in ("1", "ya", "lewati", "1"):
        citizen.says(typed)
    reply = citizen.says(PLACE_TAKEN_BACK[0])
    assert "Lokasi: jl. melati depan puskesmas" in reply, reply


@pytest.mark.parametrize("typed", ["bukan jalan rusak, tapi jembatan putus di desa sukamaju",
                                   "eh bukan lampu jalan, maksudnya lampu taman yang mati di alun2"])
def test_the_story_taken_back_is_no_place(app, typed):
    citizen = Citizen(app)
    citizen.says(LAMP_AT_MAWAR)
    citizen.says(typed)
    assert not citizen.draft().get("location_text"), citizen.draft()


STUDENT_LAMP = "hi min, btw mau report nih, lampu PJU di jl. kaliurang km 5 udah mati 2 weeks, gelap bgt pls fix asap"


@pytest.mark.parametrize(("typed", "privacy"), [
    ("fyi sy mahasiswa, pls jgn tampilin nama sy ya", "Anonim"),
    ("btw sy kerja di situ, tolong nama saya jangan disebut", "Anonim"),
    ("oh iya, saya tetangganya pak, nama saya jangan sampai ketahuan ya", "Anonim"),
])
def test_a_wish_to_stay_unknown_beside_more_at_the_summary_changes_the_privacy(app, typed, privacy):
    """Found by hand: "fyi sy mahasiswa, pls jgn tampilin nama sy ya" at the summary was added to the story (its wish
    left out of it) and the report filed as Biasa: the name went to the agency."""
    citizen = Citizen(app)
    citizen.says(STUDENT_LAMP)
    for step in ("ya", "ya", "skip", "1"):
        citizen.says(step)
    reply = citizen.says(typed)
    assert f"Kerahasiaan: {privacy}" in reply, reply
    assert citizen.draft()["privacy"] == privacy.lower()


def test_a_story_without_a_wish_at_the_summary_keeps_the_privacy(app):
    citizen = Citizen(app)
    citizen.says(STUDENT_LAMP)
    for step in ("ya", "ya", "skip", "1"):
        citizen.says(step)
    reply = citizen.says("fyi sy mahasiswa, tiap malam pulang kuliah lewat situ gelap banget")
    assert "Kerahasiaan: Biasa" in reply, reply


# A score after thanks or an address, with praise or a comment set off after it
@pytest.mark.parametrize(("typed", "score"), [
    ("thx min, 5 mantap", 5),
    ("makasih, 4 cukup bagus", 4),
    ("suwun pak, 5, cepet tenan", 5),
    ("tq min 5", 5),
    ("matur nuwun, 4 lumayan", 4),
])
def test_a_score_after_thanks_is_the_rating(citizen, typed, score):
    """Found by hand: "thx min, 5 mantap" to the rating question got "Sama-sama 🙏 Boleh beri nilai …?"."""
    from tests.bot.test_conversation import finished

    finished(citizen)
    citizen.says(typed)
    assert citizen.complaints()[0].rating == score


@pytest.mark.parametrize("typed", ["makasih pak, 2 lampu masih mati", "makasih, 3 rumah belum kebagian airnya"])
def test_a_count_after_thanks_is_no_rating(citizen, typed):
    from tests.bot.test_conversation import finished

    finished(citizen)
    citizen.says(typed)
    assert citizen.complaints()[0].rating is None


# Oaths typed after filing reach the officers softened, as the story's do
@pytest.mark.parametrize("typed", [
    "bangsat, boong ini, sampahnya masih numpuk, petugas gak pernah dateng",
    "TIDAK PUAS bajingan, sampahnya masih numpuk",
    "1 goblok, sampahnya masih numpuk gak diangkut",
])
def test_a_reopening_reason_reaches_the_officers_softened(people, typed):
    """Found by hand: "bangsat, boong ini, gotnya masih mampet …" reopened the complaint and reached both officers
    word for word, where the story's oaths are softened before staff read them."""
    from tests.parties import filed_and_forwarded

    filed_and_forwarded(people, photo=False)
    people["dlh1"].says("SELESAI LPR-1 sampah sudah diangkut semua")
    people["citizen"].says(typed)
    [reopened] = [m for m in people["dlh1"].inbox() if m.purpose == "reopened"]
    assert "sampahnya masih numpuk" in reopened.body, reopened.body
    for oath in ("bangsat", "bajingan", "goblok"):
        assert oath not in reopened.body.lower(), reopened.body


@pytest.mark.parametrize("typed", ["di belakang pasar, bangsat, udah seminggu gak diangkut",
                                   "di belakang pasar bangsat",
                                   "goblok, ya di belakang pasar lah, deket parkiran"])
def test_an_answer_with_an_oath_reaches_the_officers_softened(people, typed):
    """Found by hand: an answer to "di sebelah mana?" with an oath in it was not relayed at all ("Pesan tadi tidak
    kami teruskan"): its place was lost, and the citizen asked again."""
    from tests.parties import filed_and_forwarded

    filed_and_forwarded(people, photo=False)
    people["dlh1"].says("INFO LPR-1 sampahnya di sebelah mana pak?")
    reply = people["citizen"].says(typed)
    assert "sudah kami teruskan" in reply, reply
    [answer] = [m for m in people["dlh1"].inbox() if m.purpose == "answer"]
    assert "belakang pasar" in answer.body and "bangsat" not in answer.body and "goblok" not in answer.body, answer.body


@pytest.mark.parametrize("typed", ["bangsat lama bgt", "dasar pemda lelet", "goblok semua"])
def test_an_oath_alone_is_still_no_answer(people, typed):
    from tests.parties import filed_and_forwarded

    filed_and_forwarded(people, photo=False)
    people["dlh1"].says("INFO LPR-1 sampahnya di sebelah mana pak?")
    reply = people["citizen"].says(typed)
    assert "tidak kami teruskan" in reply, reply


def test_an_addition_reaches_the_officers_softened(people):
    from tests.parties import filed_and_forwarded

    filed_and_forwarded(people, photo=False)
    people["citizen"].says("TAMBAHAN LPR-1 bajingan, tadi malah ditambah sampah kiriman truk")
    [added] = [m for m in people["dlh1"].inbox() if m.purpose == "evidence"]
    assert "ditambah sampah" in added.body and "bajingan" not in added.body, added.body


@pytest.mark.parametrize("score", ["1", "2", "1 ⭐", "nilai 1"])
def test_a_low_score_right_after_reopening_starts_no_new_complaint(people, score):
    """Found by hand: "bangsat, boong ini, gotnya masih mampet …" reopened LPR-1, then "1" (the score he meant) began a
    new complaint, and his next angry words were taken as its kind."""
    from tests.parties import filed_and_forwarded

    filed_and_forwarded(people, photo=False)
    people["dlh1"].says("SELESAI LPR-1 sampah sudah diangkut semua")
    people["citizen"].says("boong ini, sampahnya masih numpuk, petugas gak pernah dateng")
    reply = people["citizen"].says(score)
    assert "Jenis laporan" not in reply and "LPR-1" in reply and "buka kembali" in reply, reply
    assert people["citizen"].state() == "idle"


def test_one_later_after_reopening_still_starts_a_complaint(people):
    from tests.parties import filed_and_forwarded

    filed_and_forwarded(people, photo=False)
    people["dlh1"].says("SELESAI LPR-1 sampah sudah diangkut semua")
    people["citizen"].says("boong ini, sampahnya masih numpuk, petugas gak pernah dateng")
    people["citizen"].says("ok ditunggu")
    assert "Jenis laporan" in people["citizen"].says("1")


@pytest.fixture
def with_pdam(people):
    """The cast's directory with a drinking-water company, whose words ("air", "mengalir") an irrigation channel's
    complaint shares."""
    from models import Agency

    factory = people["citizen"].app.extensions["penghubung"].session_factory
    with factory.begin() as session:
        session.add(Agency(code="PDAM", name="Perumda Air Minum", aliases=["pdam"],
                           keywords=["air", "air mati", "mengalir", "pipa"]))
    return people


@pytest.mark.parametrize("typed", [
    "makasih pak, tapi kapan dikeruk? airnya tetap tidak mengalir",
    "suwun pak, tapi kapan dikeruke? banyune tetep ora mili, airnya ga mengalir",
    "lho katanya mau dikeruk, sampai sekarang air tetap tidak mengalir ke sawah",
])
def test_a_reaction_to_the_agencys_news_is_about_its_complaint(with_pdam, typed):
    """Found by hand: after "minggu depan saluran dikeruk", "makasih pak, tapi kapan dikeruk? airnya tetap tidak
    mengalir" was offered as a new report first (its water words are the drinking-water company's), though it
    answers the agency's own words."""
    people = with_pdam
    people["citizen"].file(description="saluran irigasi di desa sumberrejo mampet, sawah kering semua",
                           place="desa sumberrejo")
    people["verifier"].says("TERUSKAN LPR-1 PUPR")
    people["pupr"].says("TL LPR-1 sudah kami cek ke lokasi, minggu depan saluran dikeruk")
    reply = people["citizen"].says(typed)
    assert "membuat laporan baru" not in reply and "LPR-1" in reply, reply


def test_another_matter_after_the_agencys_news_is_still_offered_as_a_report(with_pdam):
    people = with_pdam
    people["citizen"].file(description="saluran irigasi di desa sumberrejo mampet, sawah kering semua",
                           place="desa sumberrejo")
    people["verifier"].says("TERUSKAN LPR-1 PUPR")
    people["pupr"].says("TL LPR-1 sudah kami cek ke lokasi, minggu depan saluran dikeruk")
    reply = people["citizen"].says("pak air pdam di rumah saya mati sudah 3 hari, pipanya bocor di depan rumah")
    assert "laporan baru" in reply, reply


@pytest.mark.parametrize(("text", "about", "other"), [
    ("airnya tetap tidak mengalir", "Saluran irigasi di desa sumberrejo mampet", False),
    ("airnya masih menggenang, ga ngalir", "Got depan rumah mampet", False),
    ("air pdam di rumah saya mati, pipanya bocor", "Saluran irigasi di desa sumberrejo mampet", True),
    ("airnya bau dan keruh", "Lampu jalan mati di gang melati", True),
])
def test_water_beside_a_waterway_is_its_own(text, about, other):
    from bot.conversation import understanding

    assert understanding.tells_of_another_thing(text, about) is other


RUBBISH_AT_THE_MARKET = "pagi, mau lapor sampah di TPS pasar lama sudah seminggu tidak diangkut, baunya menyengat"


@pytest.mark.parametrize("place", ["pasar lama kelurahan kauman", "TPS pasar lama, kel. kauman samping masjid",
                                   "di pasar lama kelurahan kauman"])
def test_a_fuller_place_typed_hours_later_is_the_place_of_the_story_kept(citizen, clock, place):
    """Found by hand: asked "Lokasinya di TPS pasar lama?", the citizen answered four hours later with the fuller
    place; the draft had lapsed and the place was glued onto the story offered again ("… menyengat pasar lama
    kelurahan kauman"), the place still to be asked."""
    citizen.says(RUBBISH_AT_THE_MARKET)
    citizen.says("1")
    clock.advance(hours=4)
    reply = citizen.says(place)
    assert citizen.state() == "offer" and "kauman" in (citizen.draft().get("location_text") or ""), reply
    assert "menyengat" in reply and "kauman\"" not in reply, reply
    citizen.says("ya")
    assert "kauman" not in citizen.draft()["description"], citizen.draft()


def test_more_of_the_story_typed_hours_later_still_joins_it(citizen, clock):
    citizen.says(RUBBISH_AT_THE_MARKET)
    citizen.says("1")
    clock.advance(hours=4)
    citizen.says("lalatnya banyak banget sampai ke warung warung")
    assert not citizen.draft().get("location_text") or "lalat" not in citizen.draft()["location_text"]


# Someone sick now, told in bubbles or at once: where to take them comes first, once
@pytest.mark.parametrize("bubbles", [
    ["bu tolong", "anak saya muntah2 habis makan MBG di sekolah", "dari tadi siang", "badannya panas",
     "saya harus gimana ini"],
    ["pak, anak saya keracunan makanan dari sekolah", "skrg lemes di rumah"],
    ["anak sy abis makan siang gratis di sekolah", "trus muntah dan diare", "gmn ini pak"],
])
def test_a_child_sick_now_is_told_where_to_go_once(citizen, bubbles):
    """Found by hand: a mother writing "anak saya muntah2 habis makan MBG di sekolah", "badannya panas", "saya harus
    gimana ini" got her words offered as a report and nothing about her child."""
    replies = [citizen.says(bubble) for bubble in bubbles]
    told = [reply for reply in replies if "puskesmas" in reply and "119" in reply]
    assert len(told) == 1, replies


@pytest.mark.parametrize("story", [
    "kemarin anak saya sempat muntah habis makan di sekolah, sekarang sudah sehat, tolong kateringnya dicek",
    "ibu saya sakit, mau tanya syarat bpjs gimana",
    "jalan rusak parah, bikin pusing tiap lewat",
])
def test_sickness_past_or_beside_is_not_told_where_to_go(citizen, story):
    assert "puskesmas" not in citizen.says(story)


SICK_AFTER_LUNCH = "anak saya muntah habis makan siang gratis di SDN 3 Sukamaju, badannya panas"


@pytest.mark.parametrize("more", ["temen2 sekelasnya juga ada yg sakit",
                                  "ternyata 5 anak lain juga dibawa ke puskesmas", "anak tetangga juga muntah2 semua"])
def test_news_of_ones_open_complaint_is_offered_to_pass_on(citizen, more):
    """Found by hand: "temen2 sekelasnya juga ada yg sakit" an hour after filing got the status and «ketik TAMBAHAN
    LPR-1 diikuti keterangannya»: the mother had to type it all again."""
    citizen.file(description=SICK_AFTER_LUNCH, place="SDN 3 Sukamaju")
    reply = citizen.says(more)
    assert "Balas YA" in reply and "LPR-1" in reply, reply
    reply = citizen.says("ya")
    assert "LPR-1" in reply and citizen.state() == "idle", reply


@pytest.mark.parametrize("asked", ["sudah sampai ke dinas belum bu?", "kapan dicek pak?"])
def test_a_question_about_ones_open_complaint_gets_its_status(citizen, asked):
    citizen.file(description=SICK_AFTER_LUNCH, place="SDN 3 Sukamaju")
    reply = citizen.says(asked)
    assert "LPR-1" in reply and "Balas YA" not in reply, reply


@pytest.mark.parametrize(("typed", "shown"), [
    ("gotnya masih mampet anjing, petugas gak pernah dateng", "gotnya masih mampet a*****, petugas"),
    ("masih mampet tai, foto aja sendiri kesini", "masih mampet t**, foto"),
    ("jalannya tetep rusak asu.", "jalannya tetep rusak a**."),
    ("lampunya mati anjing!", "lampunya mati a*****!"),
])
def test_an_oath_ending_a_clause_after_a_fault_is_softened(typed, shown):
    """Found by hand: "gotnya masih mampet anjing, …" reached the officers with its oath (the reopening reason)."""
    from lapor.complaints import softened

    assert softened(typed).startswith(shown), softened(typed)


@pytest.mark.parametrize("typed", ["ada anjing mati di jalan, baunya menyengat", "ayam mati anjing juga mati",
                                   "rumahnya bau anjing, tetangga pelihara banyak", "kandang rusak anjing lepas"])
def test_an_animal_in_the_story_is_not_softened(typed):
    from lapor.complaints import softened

    assert "anjing" in softened(typed)


@pytest.mark.parametrize("first", ["mau lapor pungli pak, tp saya gak mau ketahuan namanya",
                                   "sy mau ngadu soal pungutan liar, nama saya jangan disebut ya",
                                   "mau lapor pungli, anonim aja pak"])
def test_a_wish_to_stay_unknown_with_the_wish_to_file_is_said_and_left_out_of_the_story(citizen, first):
    """Found by hand: "mau lapor pungli pak, tp saya gak mau ketahuan namanya" was filed Anonim without a word, and
    the story the agency read opened with "pungli pak, tp saya gak mau ketahuan namanya"."""
    reply = citizen.says(first)
    assert "anonim" in reply.lower(), reply
    citizen.says("1")
    citizen.says("tiap hari petugas pasar minta uang keamanan 10 ribu ke pedagang tapi gak ada karcisnya")
    draft = citizen.draft()
    assert draft["privacy"] == "anonim" and "pung" in draft["description"].lower(), draft
    for wish in ("ketahuan", "jangan disebut", "anonim"):
        assert wish not in draft["description"], draft


LEVIES = "tiap hari petugas pasar minta uang keamanan 10 ribu ke pedagang, tapi gak ada karcisnya"


@pytest.mark.parametrize("more", ["saya Hendra pemilik toko Sumber Rezeki blok C no 12, sudah 3 bulan begini",
                                  "nama saya Bu Tini, saya jualan sayur di los 4 sejak 2019"])
def test_an_anonymous_reporter_naming_themselves_is_told_at_the_summary(citizen, more):
    """Found by hand: a shop owner who asked to stay unknown then wrote "saya Hendra pemilik toko Sumber Rezeki blok C
    no 12": the name was masked without a word, the shop that tells who he is left for the agency to read."""
    citizen.says("mau lapor pungli pak, tp saya gak mau ketahuan namanya")
    citizen.says("1")
    citizen.says(LEVIES)
    citizen.says("pasar induk sukamaju blok C")
    citizen.says(more)
    reply = citizen.says("lewati")
    assert "Kerahasiaan: Anonim" in reply and "samarkan" in reply and "UBAH" in reply, reply


def test_an_anonymous_report_naming_nobody_gets_no_such_word(citizen):
    citizen.says("mau lapor pungli pak, tp saya gak mau ketahuan namanya")
    for typed in ("1", LEVIES, "pasar induk sukamaju blok C"):
        citizen.says(typed)
    reply = citizen.says("lewati")
    assert "Kerahasiaan: Anonim" in reply and "samarkan" not in reply, reply


@pytest.mark.parametrize("asked", ["SUDAH SAMPAI BELUM?", "SUDAH SAMPAI BELUM NAK??", "LAPORAN MBAH SUDH SAMPAI BLM",
                                   "laporan saya udah nyampe belum ya", "udah sampe blm laporannya pak"])
def test_asked_whether_it_arrived_the_answer_opens_with_yes(citizen, asked):
    """Found by hand: an elder asking "SUDAH SAMPAI BELUM?" again and again got the status card, with no plain yes."""
    citizen.file(description="Jalan depan rumah saya rusak parah banyak lubang sudah lama", place="desa karang anyar")
    reply = citizen.says(asked)
    assert reply.startswith("Sudah sampai") and "LPR-1" in reply, reply


@pytest.mark.parametrize("asked", ["sudah sampai mana laporan saya?", "kapan petugasnya sampai ke lokasi?"])
def test_asked_how_far_it_went_gets_no_such_yes(citizen, asked):
    citizen.file(description="Jalan depan rumah saya rusak parah banyak lubang sudah lama", place="desa karang anyar")
    reply = citizen.says(asked)
    assert not reply.startswith("Sudah sampai"), reply


@pytest.mark.parametrize(("first", "second"), [
    ({"Latitude": "-7.2001", "Longitude": "113.2402", "Address": "Jl. Melati"}, PHOTO),
    (PHOTO, {"Latitude": "-7.2001", "Longitude": "113.2402", "Address": "Jl. Melati"}),
])
def test_a_second_attachment_before_any_words_gets_no_second_menu(citizen, first, second):
    """Found by hand: a pin, then a photo, each got the whole menu; the second is told to write what happened."""
    assert "1 Buat pengaduan" in citizen.says(**first)
    reply = citizen.says(**second)
    assert "kami simpan" in reply and "1 Buat pengaduan" not in reply and "tulis" in reply.lower(), reply
    assert citizen.says("pohon tumbang nutupin jalan dari subuh tadi, motor gak bisa lewat")
