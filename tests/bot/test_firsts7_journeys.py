"""Citizens met end to end with `flask chat --local` (firsts7): a farmer in Javanese ngoko, a student in code-mix, an
anxious mother, a voice-to-text elder, a shop owner reporting levies, and others who change their mind mid-filing,
answer hours late, or dispute the agency's answer in anger."""

from __future__ import annotations

import pytest

from tests.parties import Citizen


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
    assert "melati" in (draft.get("location_text") or "").lower(), draft
    assert draft["description"].startswith("lampu jalan mati") and "Ralat: " in draft["description"], draft
    assert "lokasi sudah kami perbaiki" in reply and "Jenis laporan" in reply, reply
    reply = citizen.says("1")
    assert "mawar" not in reply and "foto" in reply.lower(), reply


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
