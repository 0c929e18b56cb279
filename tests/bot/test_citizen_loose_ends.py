"""Loose ends of the citizens' conversation left by session 26 (branch citizens15): answers written inside the story,
photos promised for the report, corrections of a street at the summary, RT/RW told beside a street the story names,
a report filed from another number, a plea for help, Javanese krama, and "ancur"."""

from __future__ import annotations

import pytest

from tests.parties import Citizen


@pytest.fixture
def citizen(app):
    return Citizen(app)


def _summary_story(reply: str) -> str:
    """The "Isi:" line of a summary."""
    return next(line for line in reply.splitlines() if "Isi:" in line).split("Isi:", 1)[1].strip()


# 1. Answers written inside the story -------------------------------------------------------------------------

ANSWERS_IN_STORY = [
    ("jalan di depan rumah saya rusak parah sudah sebulan, anonim ya pak. Tidak ada foto",
     "jalan di depan rumah saya rusak parah sudah sebulan"),
    ("lampu jalan di gang melati mati sudah 2 minggu. sekian terima kasih",
     "lampu jalan di gang melati mati sudah 2 minggu."),
    ("sampah numpuk di pinggir jalan dekat pasar legi sudah seminggu, bau banget. itu aja pak, makasih",
     "sampah numpuk di pinggir jalan dekat pasar legi sudah seminggu, bau banget."),
    ("got depan sd 2 mampet kalau hujan meluap ke jalan, fotonya gak ada pak, tolong dirahasiakan nama saya ya",
     "got depan sd 2 mampet kalau hujan meluap ke jalan"),
    ("anonim aja ya pak. jalan kampung berlubang besar di depan masjid, banyak motor jatuh",
     "jalan kampung berlubang besar di depan masjid, banyak motor jatuh"),
    ("Selamat malam pak, mohon maaf mengganggu. anonim ya. Ada warung remang2 di ujung gang 5 buka sampai subuh",
     "Ada warung remang2 di ujung gang 5 buka sampai subuh"),  # the greeting left out by the summary, found playing
    ("Jalan desa rusak parah banyak lubang sudah 3 bulan\nTerimakasih",
     "Jalan desa rusak parah banyak lubang sudah 3 bulan"),
]


@pytest.mark.parametrize("story,kept", ANSWERS_IN_STORY)
def test_answers_written_inside_the_story_leave_its_text(citizen, story, kept):
    """Found by hand: "jalan … rusak parah, anonim ya pak. Tidak ada foto" was read for its answers (no photo asked,
    anonim chosen) but the summary and the agency still read "anonim ya pak. Tidak ada foto" as the problem."""
    citizen.says("1")
    citizen.says("1")
    citizen.says(story)
    reply = citizen.says("Jl. Raya Banyuanyar no 4, Kec. Sampang")
    for _ in range(3):
        if "Periksa laporan" in reply:
            break
        reply = citizen.says("LEWATI" if citizen.state() == "photo" else "1")
    assert _summary_story(reply).lower() == kept.lower(), reply
    citizen.says("KIRIM")
    assert citizen.complaints()[0].description.lower() == kept.lower()


@pytest.mark.parametrize("story", [
    "foto tidak jelas dari kamera cctv rusak, jadi pelaku pencurian kabel lampu jalan tidak ketahuan",
    "lampu jalan mati sudah seminggu, saya takut ada begal kalau lewat malam",  # fear is the story's
    "lampu jalan mati sudah seminggu, tidak ada penerangan sama sekali",
    "kamera cctv di perempatan rusak, tidak ada yang memantau",
    "terima kasih sudah diperbaiki kemarin, tapi sekarang lampu jalan di gang 3 mati lagi",
    "sudah difoto warga tapi tidak ada tanggapan, jalan di desa kalisari rusak parah",
])
def test_words_of_the_problem_stay_in_the_story(story):
    """Near misses: a clause naming the problem, a fear, thanks with more words than thanks, a photo told of."""
    from bot.conversation.filing import without_answers

    assert without_answers(story) == story


# 2. Photos promised for the report ---------------------------------------------------------------------------

PHOTOS_PROMISED = ["ntar sy kirim fotonya buat aduan sy", "nanti fotonya saya kirim utk laporan saya",
                   "bentar sy kirimin fotonya buat pengaduan saya ya pak", "ntr sy krm potonya bwt laporan sy"]


@pytest.mark.parametrize("typed", PHOTOS_PROMISED)
def test_photos_promised_for_the_complaint_filed_are_awaited(people, typed):
    """Found by hand: "ntar sy kirim fotonya buat aduan sy" with a complaint open began a new filing ("buat aduan"
    read as "make a complaint")."""
    from tests.parties import filed_and_forwarded

    filed_and_forwarded(people, photo=False)
    reply = people["citizen"].says(typed)
    assert "Jenis laporan" not in reply and "LPR-1" in reply, reply
    assert people["citizen"].state() == "idle"


@pytest.mark.parametrize("typed", PHOTOS_PROMISED[:3])
@pytest.mark.parametrize("step", ["description", "location"])
def test_photos_promised_at_an_early_step_are_no_story_nor_place(citizen, typed, step):
    """Found by hand: at the place question "ntar sy kirim fotonya buat aduan sy" was stored as the place."""
    citizen.says("1")
    citizen.says("1")
    if step == "location":
        citizen.says("lampu jalan mati sudah seminggu, gelap sekali kalau malam")
    reply = citizen.says(typed)
    assert citizen.state() == step, reply
    assert "fotonya boleh menyusul" in reply, reply
    draft = citizen.draft()
    assert not draft.get("location_text") and "foto" not in (draft.get("description") or ""), draft


@pytest.mark.parametrize("typed", ["mau kirim foto buat aduan jalan rusak di desa kalisari",
                                   "saya mau buat aduan, ada fotonya"])
def test_a_wish_to_file_with_a_photo_and_no_complaint_still_files(citizen, typed):
    """Near miss: with no complaint open, naming a photo beside the wish to file is filing (or asked for the photo
    and the story), never awaited for a complaint."""
    reply = citizen.says(typed)
    assert "LPR-" not in reply and ("Jenis laporan" in reply or "ceritakan masalahnya" in reply), reply


# 6. A plea for help -------------------------------------------------------------------------------------------

PLEAS = ["bisa bantu saya?", "tolong bantu sy pak", "mau minta tolong", "bisa dibantu?", "halo pak, bisa bantu?",
         "mohon bantuannya pak", "minta tolong dong pak", "bantuin dong min", "bisa minta tolong?",
         "saya butuh bantuan pak", "assalamualaikum pak, mohon bantuannya", "tulung pak", "nyuwun pitulung",
         "punten, tiasa dibantos?", "help me please"]
NOT_PLEAS = [
    "bantuan pkh saya belum cair padahal sudah 3 bulan",  # a story
    "bisa bantu carikan nomor dinas sosial?",  # something asked
    "terima kasih atas bantuannya",  # thanks
    "gimana cara minta bantuan bedah rumah?",
    "tolong lampu jalan di gang 3 mati",
]


@pytest.mark.parametrize("typed", PLEAS)
def test_a_plea_for_help_is_answered_as_one_about_to_tell_a_problem(citizen, typed):
    """Found by hand: "bisa bantu saya?", "mau minta tolong" got the whole menu; the person is about to tell what
    happened, so they are asked to tell it."""
    from bot.conversation import understanding

    assert understanding.asks_for_help(typed), typed
    reply = citizen.says(typed)
    assert "ceritakan masalahnya" in reply and "Balas dengan angka" not in reply, reply
    assert citizen.state() == "idle"
    reply = citizen.says("lampu jalan di depan sd 2 kalisari mati sudah seminggu, gelap kalau malam")
    assert "lampu jalan di depan sd 2" in reply and citizen.state() in ("offer", "kind"), reply


@pytest.mark.parametrize("typed", NOT_PLEAS)
def test_a_story_question_or_thanks_naming_help_is_no_plea(typed):
    from bot.conversation import understanding

    assert not understanding.asks_for_help(typed), typed


def test_a_plea_with_a_complaint_open_says_how_to_see_it(people):
    from tests.parties import filed_and_forwarded

    filed_and_forwarded(people, photo=False)
    reply = people["citizen"].says("pak bisa bantu saya?")
    assert "ceritakan masalahnya" in reply and "STATUS" in reply, reply


# 5. A report filed from another number -------------------------------------------------------------------------

ANOTHERS_UNNUMBERED = [
    "laporan yg dibuat anak saya kemarin gimana?",
    "anak sy kemarin laporin lampu depan rumah sy, sudah sampai mana?",
    "mau tanya laporan ibu saya yg soal sampah pasar",
    "cek laporan suami sy kemarin dong pak",
]


@pytest.mark.parametrize("typed", ANOTHERS_UNNUMBERED)
def test_a_report_filed_from_another_number_is_found_by_the_reporters_whatsapp(people, typed):
    """Found by hand: "laporan yg dibuat anak saya kemarin gimana?" was told to type "IKUTI LPR-<nomor>" by someone
    who does not know the number: where to find it is said (the reporter got it in WhatsApp), and no complaint of
    another number is shown, even one that may be it."""
    from tests.parties import file

    file(people["citizen2"], photo=False)  # the son's LPR-1 about the market's rubbish, from his own number
    reply = people["citizen"].says(typed)
    assert "LPR-<nomor>" not in reply and "LPR-1" not in reply and "Sampah" not in reply, reply
    assert "WhatsApp" in reply and "pelapor" in reply and "IKUTI" in reply, reply
    assert people["citizen"].state() == "idle"


def test_a_report_named_by_its_number_from_another_number_keeps_its_number(people):
    """Near miss: with the number named the reply says IKUTI with it, as before (nothing of it is shown)."""
    from tests.parties import file

    file(people["citizen2"], photo=False)
    reply = people["citizen"].says("laporan LPR-1 anak saya gimana ya pak?")
    assert "IKUTI LPR-1" in reply and "Sampah" not in reply and "Srimangunan" not in reply, reply


# 7. Javanese krama "may I report here?" --------------------------------------------------------------------------

@pytest.mark.parametrize("typed,rest", [
    ("badhe lapor dalan rusak, saged mriki?", "dalan rusak"),
    ("kulo badhe lapor dalan rusak, saged lapor mriki?", "dalan rusak"),
    ("saged lapor mriki mboten?", ""),
    ("nopo saged lapor teng mriki?", ""),
    ("badhe lapor lampu pejah, saget ten mriki nggih?", "lampu pejah"),
    ("nyuwun sewu, saged ngadu mriki mboten?", ""),
])
def test_krama_may_i_report_here_is_read_as_bisa_lapor_disini(typed, rest):
    """Found by hand: "badhe lapor dalan rusak, saged mriki?" stored «dalan rusak, saged mriki?» as the story;
    "saged lapor mriki mboten?" was offered as a request for information."""
    from bot.conversation import understanding

    found = understanding.intent(typed)
    assert found is not None and found.name == "FILE" and found.asked, found
    assert found.rest.lower().strip(" ,") == rest


@pytest.mark.parametrize("typed,story", [
    ("badhe lapor dalan rusak, saged mriki?", "dalan rusak"),
    ("nyuwun sewu, badhe matur, dalan ing desa kulo rusak", "dalan ing desa kulo rusak"),
    ("nuwun sewu pak, badhe matur: lampu dalan ing dusun kulo pejah sedoyo", "lampu dalan ing dusun kulo pejah sedoyo"),
])
def test_krama_wish_to_report_keeps_only_the_story(citizen, typed, story):
    """Found by hand: "nyuwun sewu, badhe matur, dalan ing desa kulo rusak" was offered whole as the story."""
    reply = citizen.says(typed)
    assert "Jenis laporan" in reply and citizen.state() == "kind", reply
    if "saged" in typed:  # a short story is kept as begun, asked for more after the kind
        reply = citizen.says("1")
        assert f'"{story}"' in reply and "saged" not in reply, reply
    else:
        assert citizen.draft()["description"].lower() == story, citizen.draft()


@pytest.mark.parametrize("typed,rest", [
    ("badhe lapor dalan mboten saged dilewati, rusak parah", "dalan mboten saged dilewati, rusak parah"),
    ("badhe lapor kali mriki mampet", "kali mriki mampet"),  # "here" told, nothing asked
])
def test_krama_able_or_here_inside_the_story_stays(typed, rest):
    from bot.conversation import understanding

    found = understanding.intent(typed)
    assert found is not None and found.name == "FILE" and not found.asked and found.rest == rest, found


# 4. RT/RW told beside a street the story names ------------------------------------------------------------------

@pytest.mark.parametrize("story,typed,place", [
    ("jalan rusak parah di jl kenanga, sudah 2 minggu", "rt 5", "jl kenanga rt 5"),
    ("jalan rusak parah di jl kenanga, sudah 2 minggu", "rt 05 rw 02", "jl kenanga rt 05 rw 02"),
    ("lampu jalan di gang melati mati sudah seminggu", "RT 3 RW 1 desa sukamaju",
     "gang melati RT 3 RW 1 desa sukamaju"),
    ("jl. mawar berlubang besar, banyak motor jatuh", "rt 2 rw 4 kel. sukamaju", "jl. mawar rt 2 rw 4 kel. sukamaju"),
])
def test_rt_rw_told_at_the_place_question_joins_the_street_of_the_story(citizen, story, typed, place):
    """Found by hand: the story named "jl kenanga", offered back; "rt 5" typed as the answer was lost (the question
    asked again), and "rt 05 rw 02 desa sukamaju" replaced the street."""
    citizen.says("1")
    citizen.says("1")
    citizen.says(story)
    reply = citizen.says(typed)
    assert citizen.draft().get("location_text") == place, (reply, citizen.draft())


@pytest.mark.parametrize("story,typed,place", [
    ("jalan rusak parah di jl kenanga, sudah 2 minggu", "jl melati rt 5", "jl melati rt 5"),  # another street
    ("jalan rusak parah di jl kenanga, sudah 2 minggu", "desa sukamaju", "desa sukamaju"),  # no RT/RW: as before
    ("lampu jalan mati di depan masjid al ikhlas", "rt 3 rw 1 desa sukamaju", "rt 3 rw 1 desa sukamaju"),  # no street
])
def test_a_place_with_its_own_street_or_without_rt_is_kept_as_typed(citizen, story, typed, place):
    citizen.says("1")
    citizen.says("1")
    citizen.says(story)
    reply = citizen.says(typed)
    assert citizen.draft().get("location_text") == place, (reply, citizen.draft())


# 3. The street corrected at the summary --------------------------------------------------------------------------

OLD_PLACE = "jl kenanga no 12 rt 3 rw 2 desa sukamaju, depan masjid al ikhlas"


@pytest.mark.parametrize("old,typed,place", [
    (OLD_PLACE, "ubah alamatnya jd jl mawar no 7", "jl mawar no 7 rt 3 rw 2 desa sukamaju, depan masjid al ikhlas"),
    (OLD_PLACE, "alamatnya salah, harusnya jl mawar 7", "jl mawar 7 rt 3 rw 2 desa sukamaju, depan masjid al ikhlas"),
    ("Jl. Kenanga 12, Desa Sukamaju", "eh salah, maksudnya jl. mawar no 7", "jl. mawar no 7, Desa Sukamaju"),
    ("gang melati 3 rt 1 rw 4", "ganti alamatnya jadi gg mawar 2", "gg mawar 2 rt 1 rw 4"),
    # near misses: a new place with its own village or RT, or a landmark, replaces the old one whole
    (OLD_PLACE, "ubah alamatnya jd jl mawar no 7 desa sukasari", "jl mawar no 7 desa sukasari"),
    (OLD_PLACE, "alamatnya salah, harusnya jl mawar 7 rt 1", "jl mawar 7 rt 1"),
    (OLD_PLACE, "alamatnya salah, harusnya depan pasar legi", "depan pasar legi"),
    ("depan masjid al ikhlas, desa sukamaju", "ubah alamatnya jd jl mawar no 7", "jl mawar no 7"),  # no street before
])
def test_a_street_corrected_at_the_summary_keeps_the_rest_of_the_place(citizen, old, typed, place):
    """Found by hand: "ubah alamatnya jd jl mawar no 7" at the summary replaced the whole place, the village, RT/RW
    and the landmark lost; a reasonable person corrects the street they got wrong and means the rest to stay."""
    citizen.says("1")
    citizen.says("1")
    citizen.says("jalan berlubang besar sudah 2 minggu, banyak motor jatuh")
    citizen.says(old)
    citizen.says("LEWATI")
    citizen.says("1")
    assert citizen.state() == "confirm"
    reply = citizen.says(typed)
    assert citizen.draft()["location_text"] == place, (reply, citizen.draft())
    assert citizen.state() == "confirm"


# 8. "ancur" --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", [
    "jalan di depan rumah saya ancur pak", "jalan di depan rumah saya ajur pak",  # Javanese
    "jalan di depan rumah kami ancur pak",
])
def test_a_story_with_a_regional_word_is_offered_as_its_standard_form_is(citizen, typed):
    """Found by hand: "jalan di depan rumah saya ancur pak" was kept as a first bubble ("Lanjutkan ceritanya") and
    offered only at the next one, while "… hancur pak" was offered at once: a message's length was counted in the
    letters typed, and "ancur" is one letter short of "hancur" (29 letters for 30)."""
    reply = citizen.says(typed)
    assert "Sepertinya Anda ingin melapor" in reply, reply
    assert citizen.state() == "offer"


def test_counting_a_storys_letters_leaves_the_messages_reading_cache_alone():
    """Each word was read through `standard_words`, whose cache keeps the last 64 messages a turn reads again: a
    story's words took their places."""
    from bot.conversation import idle, understanding

    story = "jalan di depan rumah saya ancur pak"
    understanding._standard_words.cache_clear()
    understanding.standard_words(story)
    assert idle._letters_read(story) == 30  # "ancur" counted as "hancur"
    assert understanding._standard_words.cache_info().currsize == 1


@pytest.mark.parametrize("typed", ["jalan ancur", "ancur pak", "jalan rusak parah bgt udah lama"])
def test_a_short_bubble_with_a_regional_word_is_still_a_bubble(citizen, typed):
    reply = citizen.says(typed)
    assert "Sepertinya Anda ingin melapor" not in reply, reply


@pytest.mark.parametrize("typed", ["nomornya brp ya sy gak tau", "no laporannya berapa pak?", "nomer lpr nya apa ya"])
def test_the_number_asked_after_is_never_given(people, typed):
    """Found playing: "nomornya brp ya sy gak tau" right after was told who sees one's own number (read as asking
    about privacy)."""
    from tests.parties import file

    file(people["citizen2"], photo=False)
    people["citizen"].says("laporan yg dibuat anak saya kemarin gimana?")
    reply = people["citizen"].says(typed)
    assert "tidak bisa kami berikan" in reply and "LPR-1" not in reply and "verifikator" not in reply, reply


@pytest.mark.parametrize("typed", ["rt 4", "RT 05 RW 02", "rt 3/rw 1"])
def test_rt_rw_typed_at_the_photo_question_joins_the_place(citizen, typed):
    """Found playing: "ya" to the place the story named, then "rt 4" at the photo question got "Belum ada foto yang
    kami terima" and was lost ("rt 03 rw 05 kel sukamaju" there was joined to the place)."""
    citizen.says("1")
    citizen.says("1")
    citizen.says("sampah di pinggir kali dekat jembatan merah numpuk bgt udh seminggu, bau")
    citizen.says("ya")
    reply = citizen.says(typed)
    assert "Belum ada foto" not in reply, reply
    assert citizen.draft()["location_text"] == f"pinggir kali dekat jembatan merah, {typed}", citizen.draft()


@pytest.mark.parametrize("typed,place", [
    ("nomornya 9 bukan 12", "jl kenanga no 9 rt 3 rw 2 desa sukamaju, depan masjid al ikhlas"),
    ("no rumahnya 15 bukan 12 pak", "jl kenanga no 15 rt 3 rw 2 desa sukamaju, depan masjid al ikhlas"),
    ("rt nya 4 bukan 3", "jl kenanga no 12 rt 4 rw 2 desa sukamaju, depan masjid al ikhlas"),
    ("sudah 3 minggu bukan 2 minggu", OLD_PLACE),  # near miss: the story's number, no address word
    ("rt nya 5 bukan 7", OLD_PLACE),  # near miss: the old number is not in the place
])
def test_a_number_of_the_place_corrected_at_the_summary_replaces_that_number(citizen, typed, place):
    """Found playing: "nomornya 9 bukan 7" at the summary got "Balas KIRIM, UBAH, atau BATAL"."""
    citizen.says("1")
    citizen.says("1")
    citizen.says("jalan berlubang besar sudah 2 minggu, banyak motor jatuh")
    citizen.says(OLD_PLACE)
    citizen.says("LEWATI")
    citizen.says("1")
    reply = citizen.says(typed)
    assert citizen.draft()["location_text"] == place, (reply, citizen.draft())
    assert citizen.state() == "confirm"
