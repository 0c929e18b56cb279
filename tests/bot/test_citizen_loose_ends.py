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
