"""Citizens met end to end with `flask chat --local` (firsts9): an elder typing in capitals, a young woman sending
voice notes, a Javanese farmer, a Madurese fisherman, a Sundanese shopkeeper, a teacher writing a letter, a story in
tiny bubbles, a photo and a pin with no words, an angry man threatening to go viral."""

from __future__ import annotations

import pytest

from models.vocab import Event
from services import services
from tests.parties import PHOTO, Citizen, complaint, filed_and_forwarded, said

# A message offered (as an addition or a new report) and left a day: the rating asked meanwhile still answered

@pytest.mark.parametrize("left", [
    "halah omdo. liat aja besok",  # after progress news: offered as the complaint's addition
    "rabu jam brp",  # a follow-up question offered to the agency
    "di rt sebelah juga ada tumpukan sampah liar deket kali",  # another matter offered as a new report
])
@pytest.mark.parametrize("typed,score", [("4", 4), ("yaudah lah. 3. telat banget tapi", 3), ("5 mantap pak", 5)])
def test_a_rating_asked_after_an_offer_lapsed_takes_the_next_message(people, world, left, typed, score):
    """Found by hand: the angry citizen sneered at the progress note (offered to the officer as an addition), the
    final answer came the next day, and his "yaudah lah. 3. telat banget tapi" got the menu: the lapsed offer took
    the rating question with it, never asked again, and the complaint closed unrated."""
    filed_and_forwarded(people)
    said(people["dlh1"], "TL LPR-1 Truk akan mengangkut sampah besok pagi")
    people["citizen"].says(left)
    services(world).clock.advance(hours=25)
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut seluruhnya")
    reply = people["citizen"].says(typed)
    assert "Buat pengaduan" not in reply, reply
    assert complaint(world, 1).rating == score, reply


def test_a_lapsed_offer_with_no_rating_waiting_still_gets_the_menu(people, world):
    """The near miss: nothing asked, "4" a day after an offer is the menu's stray number, no rating."""
    filed_and_forwarded(people)
    said(people["dlh1"], "TL LPR-1 Truk akan mengangkut sampah besok pagi")
    people["citizen"].says("halah omdo. liat aja besok")
    services(world).clock.advance(hours=25)
    reply = people["citizen"].says("4")
    assert complaint(world, 1).rating is None, reply


# A score given in a sentence, with thanks or praise before it ("… matur nuwun sanget. tak kei 5")

@pytest.mark.parametrize("typed,score", [
    ("pupuke wis teko, matur nuwun sanget. tak kei 5", 5),
    ("Alhamdulillah, terima kasih banyak. Pekerjaan sangat baik dan cepat. Nilai saya 5.", 5),
    ("udah beres min, aku kasih 5 deh", 5),
    ("sampahnya udah diangkut semua, sy beri nilai 4 ya pak", 4),
    ("alhamdulillah sudah bersih, saya kasih bintang 4", 4),
    ("lumayan lah, kasih 3 aja soalnya telat", 3),
    ("wis resik kabeh, tak wenehi 5 lur", 5),
])
def test_a_score_given_in_a_sentence_is_the_rating(people, world, typed, score):
    """Found by hand: the farmer's "pupuke wis teko, matur nuwun sanget. tak kei 5" was asked for a number 1 to 5,
    and the teacher's letter with "Nilai saya 5." was offered as a new report, the rating lost."""
    filed_and_forwarded(people)
    said(people["dlh1"], "SELESAI LPR-1 Sampah sudah diangkut seluruhnya")
    reply = people["citizen"].says(typed)
    assert complaint(world, 1).rating == score, reply
    assert "Sepertinya Anda ingin melapor" not in reply and "angka 1 sampai 5" not in reply, reply


@pytest.mark.parametrize("typed", [
    "makasih pak, tapi warga cuma dikasih 2 karung doang",
    "petugasnya kasih 2 hari lagi katanya",
    "sudah diangkut tapi baru 3 truk, masih ada sisanya",
])
def test_a_number_counting_something_is_no_score(people, world, typed):
    filed_and_forwarded(people)
    said(people["dlh1"], "SELESAI LPR-1 Sampah sudah diangkut seluruhnya")
    reply = people["citizen"].says(typed)
    assert complaint(world, 1).rating is None, reply


# A photo with words of what it shows, sent right after an addition that announced it

def added_media(citizen) -> int:
    return sum(len(entry.media) for entry in citizen.complaints()[0].timeline if entry.event == Event.EVIDENCE)


ANNOUNCED = ("Terima kasih atas tanggapannya. Sebagai tambahan informasi, berikut saya lampirkan foto tumpukan "
             "sampahnya.")


@pytest.mark.parametrize("caption", [
    "Foto tumpukan sampah sisi barat pasar",
    "kondisi pagi ini, makin tinggi",
    "ini yg di pojok dekat parkiran",
    "sampah yang di belakang los ikan",
])
def test_a_captioned_photo_after_an_announced_one_goes_to_the_complaint(people, world, caption):
    """Found by hand: the teacher wrote "berikut saya lampirkan foto kondisi papan yang patah" (passed on), then sent
    the photo captioned "Foto papan lantai jembatan sisi barat": it was offered as a new report, the photo held from
    the officer; only a photo with no caption went."""
    filed_and_forwarded(people, photo=False)
    said(people["dlh1"], "TL LPR-1 Truk akan mengangkut sampah besok pagi")
    people["citizen"].says(ANNOUNCED)
    reply = people["citizen"].says(caption, **PHOTO)
    assert "Sepertinya Anda ingin melapor" not in reply and "LPR-1" in reply, reply
    assert added_media(people["citizen"]) == 1, reply
    assert any(caption in m.body for m in people["dlh1"].inbox() if m.purpose == "evidence"), reply


@pytest.mark.parametrize("caption", ["puskesmas pembantu di desa kami tutup terus pak", "bansos ibu saya belum cair"])
def test_a_photo_of_another_matter_after_an_announced_one_is_not_added(people, world, caption):
    filed_and_forwarded(people, photo=False)
    said(people["dlh1"], "TL LPR-1 Truk akan mengangkut sampah besok pagi")
    people["citizen"].says(ANNOUNCED)
    reply = people["citizen"].says(caption, **PHOTO)
    assert not any(caption in m.body for m in people["dlh1"].inbox()), reply
    assert added_media(people["citizen"]) == 0, reply


# The place offered from the story: not the office reported to before, nor "the whole village"

@pytest.mark.parametrize("story,place,not_place", [
    ("udah 3x lapor ke kelurahan soal sampah numpuk di depan pasar baru ga ada yg ngurus", "pasar baru", "soal"),
    ("sudah lapor ke kecamatan tentang jalan rusak di gang mawar tapi belum ada tindakan", "gang mawar", "tentang"),
    ("sy udh ngadu ke desa masalah lampu jalan mati di jl kenanga, gelap bgt", "jl kenanga", "desa masalah"),
    ("pernah lapor ke kelurahan terkait got mampet di perum griya asri, ga digubris", "griya asri", "terkait"),
])
def test_the_office_a_report_went_to_is_not_the_place(app, story, place, not_place):
    """Found by hand: the angry citizen's "udah 3x lapor ke kelurahan soal sampah numpuk di depan pasar baru" was
    offered "Lokasinya di kelurahan soal?", and his "ya" sent that to the agency as the place."""
    citizen = Citizen(app)
    citizen.says(story)
    citizen.says("ya")
    reply = citizen.says("1")
    assert place in reply.lower() and not_place not in reply.lower(), reply


@pytest.mark.parametrize("story,not_place", [
    ("pupuk subsidi nang kios tani wis sewulan ora teko, padahal wis nduwe kartu tani. petani sak desa podo bingung",
     "podo bingung"),
    ("air pdam mati udah seminggu, warga satu kampung kelabakan cari air bersih", "kelabakan"),
    ("bansos beras telat 3 bulan, warga se-desa bingung mau nanya kemana", "bingung"),
    ("bansos beras telat 3 bulan, warga se desa bingung mau nanya kemana", "bingung"),
    ("air pdam mati seminggu, warga di seluruh desa kelabakan cari air", "kelabakan"),
])
def test_a_whole_village_is_no_place(app, story, not_place):
    """Found by hand: the farmer's "petani sak desa podo bingung" (the whole village's farmers are at a loss) was
    offered back as the place "desa podo bingung"."""
    citizen = Citizen(app)
    citizen.says(story)
    citizen.says("ya")
    reply = citizen.says("1")
    assert not_place not in reply, reply
    assert "Di mana lokasinya" in reply or "lokasi" in reply.lower(), reply


@pytest.mark.parametrize("story,place", [
    ("jalan rusak parah di kelurahan sukamulya, sudah 2 bulan ga diperbaiki", "kelurahan sukamulya"),
    ("sampah numpuk di dusun krajan soalnya truk ga dateng seminggu", "dusun krajan"),
    ("warga se-desa resah, jalan di dusun krajan rusak parah sudah sebulan", "dusun krajan"),
])
def test_a_place_named_in_the_story_is_still_offered(app, story, place):
    citizen = Citizen(app)
    citizen.says(story)
    citizen.says("ya")
    reply = citizen.says("1")
    assert f"Lokasinya di {place}?" in reply, reply


# Consent to the story offered is no part of it

IRRIGATION = "saluran irigasi di desa ngrowo jebol sejak bulan lalu, sawah warga kekeringan"


@pytest.mark.parametrize("typed", [
    "Ya, silakan.",
    "iya pak, silakan diproses",
    "ya, tolong diteruskan",
    "kalau begitu saya lapor ulang saja di sini",
    "ya udah sy lapor disini aja",
    "klo gitu lapor baru aja deh",
    "oke saya laporkan lagi disini",
])
def test_consent_to_the_offered_story_files_it_as_told(app, typed):
    """Found by hand: the teacher's "Ya, silakan." filed his letter ending "silakan."; "kalau begitu saya lapor ulang
    saja di sini" was glued to the story; "ya udah sy lapor disini aja" dropped it and began a new filing with
    "disini aja" as the story ("Ceritanya masih terlalu singkat")."""
    citizen = Citizen(app)
    citizen.says(IRRIGATION)
    reply = citizen.says(typed)
    assert "Jenis laporan" in reply, reply
    assert citizen.draft()["description"] == IRRIGATION, citizen.draft()


@pytest.mark.parametrize("typed,kept", [
    ("iya pak, soalnya udah 2 hektar gagal panen", "2 hektar gagal panen"),
    ("ya, tolong segera diperbaiki sebelum musim tanam", "musim tanam"),
])
def test_a_reason_after_the_yes_still_joins_the_story(app, typed, kept):
    citizen = Citizen(app)
    citizen.says(IRRIGATION)
    citizen.says(typed)
    assert kept in citizen.draft()["description"], citizen.draft()


def test_another_story_told_with_a_wish_to_file_is_not_consent(app):
    citizen = Citizen(app)
    citizen.says(IRRIGATION)
    reply = citizen.says("mau lapor juga jembatan di dusun krajan ambrol kemarin sore")
    assert "Jenis laporan" not in reply or "jembatan" in (citizen.draft().get("description") or ""), reply


# Anonymity asked in the region's languages at the privacy question

def at_privacy(citizen) -> None:
    for body in ["1", "1", "Perahu nelayan tidak bisa labuh karena muara dangkal penuh lumpur sudah tiga bulan",
                 "Muara Branta Pesisir, Kec. Tlanakan", "LEWATI"]:
        citizen.says(body)
    assert citizen.state() == "privacy"


@pytest.mark.parametrize("typed", [
    "sengko' tak terro nyamana ekaoneng",  # Madurese: I don't want my name known
    "aku ora gelem jenengku dingerteni",  # Javanese ngoko
    "ojo disebut jenengku yo",
    "abdi teu hoyong nami abdi dipikanyaho",  # Sundanese
])
def test_anonymity_asked_in_regional_words_is_anonim(app, typed):
    """Found by hand: the fisherman's "sengko' tak terro nyamana ekaoneng" at the privacy question was added to the
    story the agency reads, and no privacy chosen."""
    citizen = Citizen(app)
    at_privacy(citizen)
    reply = citizen.says(typed)
    assert citizen.draft().get("privacy") == "anonim", reply
    assert typed not in citizen.draft()["description"], citizen.draft()


@pytest.mark.parametrize("typed", ["jenengku Slamet, nelayan desa branta", "nami abdi Asep ti kampung cibeureum"])
def test_ones_name_told_is_no_wish_to_hide_it(app, typed):
    citizen = Citizen(app)
    at_privacy(citizen)
    citizen.says(typed)
    assert citizen.draft().get("privacy") != "anonim", citizen.draft()


# A score typed right after a rating read from words corrects it

@pytest.mark.parametrize("typed,score", [("5 mantul pokoknya 💯", 5), ("5", 5), ("⭐⭐⭐⭐⭐", 5),
                                         ("eh 5 deh kak", 5), ("nilainya 3 aja, agak lama soalnya", 3)])
def test_a_score_typed_after_a_rating_in_words_replaces_it(people, world, typed, score):
    """Found by hand: "wihh udh beres kak 😍 makasih bgtt" was rated 4 for her; her "5 mantul pokoknya 💯" right
    after got the menu, and then began a new story with her next message."""
    filed_and_forwarded(people)
    said(people["dlh1"], "SELESAI LPR-1 Sampah sudah diangkut seluruhnya")
    people["citizen"].says("wihh udh beres kak 😍 makasih bgtt")
    assert complaint(world, 1).rating == 4
    reply = people["citizen"].says(typed)
    assert "Buat pengaduan" not in reply and f"{score}" in reply, reply
    assert complaint(world, 1).rating == score and complaint(world, 1).status == "selesai", reply


@pytest.mark.parametrize("typed,later", [("3", 0), ("2 lampu lagi mati kak", 0), ("5 mantap", 3)])
def test_a_number_long_after_or_not_a_score_leaves_the_rating(people, world, typed, later):
    filed_and_forwarded(people)
    said(people["dlh1"], "SELESAI LPR-1 Sampah sudah diangkut seluruhnya")
    people["citizen"].says("wihh udh beres kak 😍 makasih bgtt")
    services(world).clock.advance(hours=later)
    people["citizen"].says(typed)
    assert complaint(world, 1).rating == 4


# A short new message within the hour of a rating given at the rating step is no rating typed again

@pytest.mark.parametrize("typed", [
    "gang 4 banjir", "lantai 4 bocor", "jl mawar 5", "rw 5 pak", "5 orang", "5 menit lg sy kirim", "besok jam 4",
    "LPR-5 pak", "Gg 5 gelap", "rt 4 sampah numpuk", "kasih 5 tp gang 4 banjir lagi",
])
def test_a_short_story_after_a_rating_keeps_the_rating(people, world, typed):
    """Found in review: "5 mantap cepat" at the rating question, then "gang 4 banjir" ten minutes later got "nilai
    untuk LPR-1 kami catat 4 dari 5", the 5 and its comment replaced by 4 and "banjir", the new problem lost."""
    filed_and_forwarded(people)
    said(people["dlh1"], "SELESAI LPR-1 Sampah sudah diangkut seluruhnya")
    people["citizen"].says("5 mantap cepat")
    assert complaint(world, 1).rating == 5
    comment = complaint(world, 1).rating_comment
    services(world).clock.advance(minutes=10)
    reply = people["citizen"].says(typed)
    assert "nilai untuk LPR-1" not in reply, reply
    assert complaint(world, 1).rating == 5 and complaint(world, 1).rating_comment == comment, reply


@pytest.mark.parametrize("typed,score", [("5!", 5), ("4 🙏", 4), ("⭐⭐⭐⭐", 4), ("eh 4 aja deh", 4),
                                         ("aku kasih 4 aja", 4), ("nilai 4 ya pak", 4)])
def test_a_bare_or_given_score_after_a_rating_at_the_question_corrects_it(people, world, typed, score):
    filed_and_forwarded(people)
    said(people["dlh1"], "SELESAI LPR-1 Sampah sudah diangkut seluruhnya")
    people["citizen"].says("5 mantap cepat")
    services(world).clock.advance(minutes=10)
    reply = people["citizen"].says(typed)
    assert complaint(world, 1).rating == score, reply


@pytest.mark.parametrize("typed", [
    "saya sudah lapor", "udah lapor kok pak", "sudah saya laporkan", "laporan saya udah?", "saya sudah buat laporan",
    "aduan saya sudah", "sy udh lapor kemarin", "Sudah Lapor Pak",
])
def test_already_reported_to_the_offer_files_nothing(app, typed):
    """Found in review: "saya sudah lapor" to "Sepertinya Anda ingin melapor … Balas YA" asked "Jenis laporan
    Anda?", a second filing begun for one who said it was filed already."""
    citizen = Citizen(app)
    citizen.says(IRRIGATION)
    reply = citizen.says(typed)
    assert "Jenis laporan" not in reply, reply


@pytest.mark.parametrize("typed", ["yaudah lapor aja", "ya udh sy lapor di sini", "iya udah laporkan aja"])
def test_so_be_it_and_a_wish_to_file_files_the_offer(app, typed):
    citizen = Citizen(app)
    citizen.says(IRRIGATION)
    reply = citizen.says(typed)
    assert "Jenis laporan" in reply, reply
    assert citizen.draft()["description"] == IRRIGATION, citizen.draft()


@pytest.mark.parametrize("typed", ["iya pak, soalnya tolong", "ya, soalnya boleh", "iya krn mohon dibantu",
                                   "nggih, soale monggo"])
def test_a_go_ahead_after_a_word_of_reason_adds_nothing(app, typed):
    citizen = Citizen(app)
    citizen.says(IRRIGATION)
    citizen.says(typed)
    assert (citizen.draft().get("description") or IRRIGATION) == IRRIGATION, citizen.draft()


ANNOUNCED_LATER = "tambahan LPR-1: sampahnya makin tinggi, nanti fotonya saya kirim"


@pytest.mark.parametrize("caption", [
    "yang ini di gang sebelah, beda lagi", "ini di jl melati, tumpukan baru", "ada lagi yg di depan sdn 3",
    "ini tempat lain pak", "di depan masjid al ikhlas jg numpuk", "Ini Di Gang Mawar",
])
def test_a_photo_captioned_as_another_place_or_another_one_is_not_added(people, world, caption):
    """Found in review: after "tambahan LPR-1: …, nanti fotonya saya kirim", a photo captioned "yang ini di gang
    sebelah, beda lagi" was added to LPR-1 and sent to its officer as the same heap."""
    filed_and_forwarded(people, photo=False)
    said(people["dlh1"], "TL LPR-1 Truk akan mengangkut sampah besok pagi")
    people["citizen"].says(ANNOUNCED_LATER)
    reply = people["citizen"].says(caption, **PHOTO)
    assert not any(caption in m.body for m in people["dlh1"].inbox()), reply
    assert added_media(people["citizen"]) == 0, reply


@pytest.mark.parametrize("caption", ["ini fotonya pak", "sampah di pasar srimangunan sisi timur",
                                     "kondisi sore ini, makin tinggi"])
def test_a_photo_captioned_as_the_same_place_after_an_announced_one_is_added(people, world, caption):
    filed_and_forwarded(people, photo=False)
    said(people["dlh1"], "TL LPR-1 Truk akan mengangkut sampah besok pagi")
    people["citizen"].says(ANNOUNCED_LATER)
    reply = people["citizen"].says(caption, **PHOTO)
    assert added_media(people["citizen"]) == 1, reply


@pytest.mark.parametrize("story,place", [
    ("pelayanan di kantor urusan agama kecamatan sukamaju lambat, sudah 3 kali bolak balik", "kantor urusan agama"),
    ("antrian di kantor urusan agama sukamaju lama banget, dari pagi sampai siang", "kantor urusan agama sukamaju"),
    ("banjir di rt satu kampung baru sudah 3 hari belum surut", "kampung baru"),
    ("jalan antar desa sukamaju rusak parah, banyak lubang besar", "desa sukamaju"),
    ("banjir di satu kampung cibeureum, air setinggi lutut sejak semalam", "kampung cibeureum"),
])
def test_a_place_with_a_word_of_a_whole_or_of_an_errand_is_still_offered(app, story, place):
    """Found in review: the words ending a place at the office reported to ("urusan") and the words of a whole
    village ("satu", "antar") cut real places: the KUA was offered as "kecamatan sukamaju", "rt satu kampung baru"
    and "jalan antar desa sukamaju" as no place at all."""
    citizen = Citizen(app)
    citizen.says(story)
    citizen.says("ya")
    reply = citizen.says("1")
    assert "Lokasinya di" in reply and place in reply.lower(), reply


@pytest.mark.parametrize("typed", ["gang 4 banjir", "rw 5 pak", "5 orang", "besok jam 4", "LPR-5 pak"])
def test_a_short_story_after_a_complaint_closed_unrated_is_no_late_rating(people, world, typed):
    """The same reader took "gang 4 banjir" for a late rating of a complaint closed unrated: rated 4, "banjir"."""
    from scheduler.jobs import close_finished

    filed_and_forwarded(people, photo=False)
    people["dlh1"].says("SELESAI LPR-1 sampah sudah diangkut semua")
    close_finished(services(world), services(world).clock.advance(days=16))
    reply = people["citizen"].says(typed)
    assert complaint(world, 1).rating is None, reply
