"""A reviewer's findings in the citizen conversation at the summary and after it (mendA).

Each section says what went wrong before."""
from __future__ import annotations

import pytest

from bot.conversation import understanding
from tests.bot.test_citizens18 import at_summary, photo
from tests.parties import Citizen


@pytest.fixture
def citizen(app):
    return Citizen(app)


# M1. A second thanks sends only right after the hint ----------------------------------------------------------------
# "makasih" at the summary was told it is not sent; the flag then survived any message that was answered before the
# count started again (the place taken back, a correction, STATUS, the privacy told, a caption): a later "makasih"
# (for the status, or for the fix) sent a summary that was never confirmed as changed.

@pytest.mark.parametrize("between", [
    "eh bukan di situ, maksudnya di jl. melati depan puskesmas",
    "STATUS LPR-1",
    "status",
    "rahasiakan nama saya ya",
    "anonim aja pak",
    "ganti jadi rahasia",
])
def test_thanks_after_anything_answered_between_sends_nothing(citizen, between):
    at_summary(citizen)
    citizen.says("makasih")
    citizen.says(between)
    reply = citizen.says("makasih")
    assert not citizen.complaints(), reply
    assert "KIRIM" in reply, reply


def test_thanks_after_a_photo_with_the_summary_again_sends_nothing(citizen):
    at_summary(citizen)
    citizen.says("makasih")
    citizen.says(**photo(1, "ini lubangnya sedalam lutut"))
    reply = citizen.says("makasih")
    assert not citizen.complaints(), reply


@pytest.mark.parametrize("first,then", [("makasih", "makasih"), ("ok", "ok"), ("makasih pak", "siap")])
def test_thanks_right_after_the_hint_still_sends(citizen, first, then):
    at_summary(citizen)
    told = citizen.says(first)
    assert "KIRIM untuk mengirim" in told, told
    assert "LPR-1" in citizen.says(then)


# M3. A mend written as a photo's caption at the summary ------------------------------------------------------------
# "ubah lokasinya ke jl melati" typed alone mended the place; as the caption of a photo it was kept in the story as
# «Keterangan foto: ubah lokasinya ke jl melati», the place unchanged. A caption of thanks was kept the same way.

@pytest.mark.parametrize("caption", ["ubah lokasinya ke jl kenanga", "ganti lokasinya jadi jl kenanga",
                                     "eh salah lokasinya, jl kenanga",
                                     "eh bukan di situ, maksudnya di jl. kenanga depan puskesmas"])
def test_a_caption_that_mends_the_place_mends_it(citizen, caption):
    at_summary(citizen)
    reply = citizen.says(**photo(1, caption))
    draft = citizen.draft()
    assert "kenanga" in draft["location_text"] and "melati" not in draft["location_text"], (reply, draft)
    assert "Keterangan foto" not in (draft["description"] or ""), draft["description"]
    assert len(draft["photos"]) == 1 and "1 foto" in reply, reply


@pytest.mark.parametrize("caption", ["makasih pak", "terima kasih", "ok pak", "siap"])
def test_a_caption_of_thanks_is_kept_out_of_the_story(citizen, caption):
    at_summary(citizen)
    citizen.says(**photo(1, caption))
    assert "Keterangan foto" not in citizen.draft()["description"], citizen.draft()["description"]
    assert not citizen.complaints()


@pytest.mark.parametrize("caption", ["lubangnya sedalam lutut", "ini pas hujan kemarin, airnya meluber",
                                     "makasih pak, ini lubangnya sedalam lutut"])
def test_a_caption_that_tells_more_is_still_kept(citizen, caption):
    at_summary(citizen)
    citizen.says(**photo(1, caption))
    assert caption in citizen.draft()["description"]


# M4. News about one's open complaint headed "info" -----------------------------------------------------------------
# "info pak, di situ sekarang malah banyak tikus berkeliaran" a day after filing a rubbish complaint was offered as a
# new «permintaan informasi», and the answers after it went into that draft. Headed "info" and asking nothing, it is
# news: with the complaint open it is offered to pass on, as other news of it is.

RUBBISH = "sampah di TPS pasar lama tidak diangkut sudah seminggu, bau sekali"


@pytest.mark.parametrize("news", ["info pak, di situ sekarang malah banyak tikus berkeliaran",
                                  "info min, sampahnya skrg makin numpuk sampai ke jalan",
                                  "informasi aja pak, disitu masih bau bgt sampai ke rumah warga",
                                  "Info: tps nya tadi malam malah kebakar"])
def test_news_headed_info_about_ones_open_complaint_is_offered_to_pass_on(citizen, news):
    citizen.file(description=RUBBISH, place="TPS pasar lama")
    reply = citizen.says(news)
    assert "permintaan informasi" not in reply and "LPR-1" in reply and "Balas YA" in reply, reply
    reply = citizen.says("ya")
    assert "LPR-1" in reply and citizen.state() == "idle", reply


@pytest.mark.parametrize("asked", ["info lowongan kerja di pemda", "info beasiswa kuliah dari pemkab",
                                   "info dong, syarat bikin ktp apa aja"])
def test_a_request_for_information_headed_info_is_still_one(citizen, asked):
    citizen.file(description=RUBBISH, place="TPS pasar lama")
    assert "permintaan informasi" in citizen.says(asked)


def test_news_headed_info_with_nothing_open_is_offered_as_before(citizen):
    reply = citizen.says("info pak, di situ sekarang malah banyak tikus berkeliaran")
    assert "LPR-" not in reply, reply


# L. "sudah sampai belum?" asks after the report only when nothing else may have arrived ------------------------------
# "truk sampah sudah sampai belum?" and "airnya sudah masuk belum" were answered «Sudah sampai …» of the report.

@pytest.mark.parametrize("typed", ["SUDAH SAMPAI BELUM?", "sudah sampai belum nak??", "LAPORAN MBAH SUDH SAMPAI BLM",
                                   "pesan saya sdh diterima blm pak", "aduan sy udh nyampe belum?",
                                   "udah masuk belum ya bu", "laporannya udh nyampe blm min"])
def test_asking_whether_the_report_arrived(typed):
    assert understanding.asks_arrived(typed)


@pytest.mark.parametrize("typed", ["truk sampah sudah sampai belum?", "airnya sudah masuk belum",
                                   "petugas pln udah nyampe blm ya", "bantuan beras sudah diterima belum sama warga",
                                   "sudah sampai mana laporan saya?"])
def test_asking_whether_something_else_arrived_is_no_such_question(typed):
    assert not understanding.asks_arrived(typed)


# L. A wish to stay unknown told with who one is ---------------------------------------------------------------------
# "fyi sy guru di sekolah dekat situ, pls jgn tampilin nama sy ya" at the summary made the report anonymous, and "sy
# guru di sekolah dekat situ" stayed in the story the agency reads, said nowhere. It is now said, with UBAH to mend it.

@pytest.mark.parametrize("typed", ["fyi sy guru di sekolah dekat situ, pls jgn tampilin nama sy ya",
                                   "saya pedagang di pasar itu, tolong nama saya dirahasiakan",
                                   "aku kader posyandu di situ, jgn tampilin nama aku ya"])
def test_a_wish_to_stay_unknown_with_who_one_is_says_it_stays_readable(citizen, typed):
    at_summary(citizen)
    reply = citizen.says(typed)
    assert citizen.draft()["privacy"] == "anonim", reply
    assert "tentang diri Anda" in reply and "UBAH" in reply, reply


@pytest.mark.parametrize("typed", ["pls jgn tampilin nama sy ya", "tolong nama saya dirahasiakan",
                                   "lubangnya makin lebar, jangan sebut nama saya ya"])
def test_a_wish_to_stay_unknown_alone_says_nothing_of_who_one_is(citizen, typed):
    at_summary(citizen)
    reply = citizen.says(typed)
    assert citizen.draft()["privacy"] == "anonim", reply
    assert "tentang diri Anda" not in reply, reply


def test_the_same_wish_in_the_story_says_it_too(citizen):
    for body in ["1", "1", "sy guru di SDN 3 sukamaju, atap kelas bocor parah kalau hujan. tolong nama saya jangan "
                 "disebut", "SDN 3 sukamaju desa sukamaju"]:
        reply = citizen.says(body)
    reply = citizen.says("LEWATI")
    assert "anonim" in reply.lower() and "tentang diri Anda" in reply, reply
