"""Routing of fresh29's kinds of writing (session 29): rumours told without "katanya", Bugis "ri", English sentences
("got", "blocked", "laid off"), floods told by the water's depth, the sea eating the shore, Eastern Malay "-ng" and
Minang/Banjar "sa-", Javanese krama. None of the texts here is fresh29's."""

from __future__ import annotations

import pytest

from lapor.learned import LearnedRouter, _stem, shipped_corpus
from lapor.routing import load_profiles_csv
from lapor.textnorm import content_tokens, normalize, rumoured, spoken_forms, tells_rumour
from tests.lapor.test_routing import _data_file


@pytest.fixture(scope="module")
def learned() -> LearnedRouter:
    """The router a region without history gets: the reference directory and the shipped corpus (train only)."""
    return LearnedRouter(load_profiles_csv(_data_file("agencies.csv")), shipped_corpus())


def _top(router, text: str) -> str | None:
    suggestions = router.suggest(text)
    return suggestions[0].code if suggestions else None


# --- rumours (brief item 2) -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "kabarnya bantuan pkh mau distop, udah nyebar di wa keluarga",
    "dengar-dengar ktp lama ga berlaku lagi tahun depan, heboh di grup ibu2",
    "ada yang bilang listrik bakal padam seminggu, tersebar di facebook",
    "isu di medsos kalau air sumur warga tercemar limbah pabrik",
    "gosip di grup wa katanya puskesmas mau ditutup",
    "ada isu di grup wa kalau bansos mau dihapus",
    "denger denger sekolah negeri bakal bayar mulai tahun depan, rame di grup wali murid",
    "beredar pesan di wa kalau pendaftaran cpns dibuka lewat link ini, bener ga min",
    "kata orang di grup wa pasar mau direlokasi, pedagang resah",
])
def test_a_rumour_going_round_is_the_communication_office_s_whatever_it_claims(learned, text):
    """A rumour told with "kabarnya", "dengar-dengar", "ada yang bilang", "kalau", or spread ("nyebar", "tersebar",
    "rame di grup") went to what it claims about (DINSOS, DISDUKCAPIL, PLN, DLH)."""
    assert _top(learned, text) == "DISKOMINFO", learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("katanya blangko ktp habis, udah 3 bulan nunggu", "DISDUKCAPIL"),        # hearsay, nothing going round
    ("dbd menyebar di kampung kami, sudah 5 orang kena", "DINKES"),            # a disease spreads, no rumour
    ("rame orang mabuk tiap malam di pos ronda", "POLRES"),                    # "rame" without a channel
    ("pupuk subsidi langka, kabarnya ditimbun pengecer", "DISPERTAN"),         # hearsay of the complaint's own matter
    ("petugas bilang sistem offline terus, akta anak sy belum jadi", "DISDUKCAPIL"),
    ("minta informasi jadwal imunisasi di posyandu bulan ini", "DINKES"),     # a question, nothing going round
    ("foto anak saya disebar di grup wa sama teman sekolahnya, anak saya malu", "DP3A"),  # a photo, no claim
])
def test_hearsay_or_spreading_alone_is_no_rumour(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


def test_what_a_rumour_claims_is_read_after_its_hearsay_or_its_name():
    words = content_tokens("isu di grup wa kalau bansos mau dihapus")
    assert [words[i] for i in rumoured(words)] == ["bansos", "dihapus"]
    words = content_tokens("kabarnya bantuan pkh mau distop, udah nyebar di wa")
    assert [words[i] for i in rumoured(words)] == ["bantuan", "pkh", "distop"]
    assert tells_rumour(content_tokens("kabarnya bantuan pkh mau distop, udah nyebar di wa"))
    assert not tells_rumour(content_tokens("obat keras beredar di warung, katanya dari luar negeri"))
    assert not tells_rumour(content_tokens("rame orang jualan di trotoar, katanya dapat izin"))


# --- Bugis and Makassar "ri" ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("laleng ri kampong", "jalan di kampung"),
    ("sampah ri depan sikola", "sampah di depan sekolah"),
    ("hut ri ke 80", "hut ri ke 80"),              # the republic's
    ("bendera merah putih presiden ri", "bendera merah putih presiden ri"),
    ("Surat dari Kementerian Kesehatan RI", "surat dari kementerian kesehatan ri"),
    ("ri 1 datang", "ri 1 datang"),
])
def test_bugis_ri_is_di_but_the_republic_stays(raw, expected):
    assert normalize(raw) == expected


def test_bugis_ri_marks_the_place(learned):
    """After "ri" the school is where the rubbish lies: read as "di", the place rule weighs it down."""
    assert _top(learned, "engka sampah maraja ri sikolae, mabau sanna") == "DLH"


# --- English sentences ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("my brother got robbed near the market last night", "POLRES"),
    ("we got scammed by a fake online shop, already transferred 2 million", "POLRES"),
    ("the seller blocked my number after I paid for the goods", "POLRES"),
    ("our factory laid off 50 workers without severance pay", "DISNAKER"),
    ("the company fired me and never paid my overtime", "DISNAKER"),
    ("the bridge to our hamlet is cracked, already reported to the village head", "PUPR"),
    ("got depan rumah mampet", "PUPR"),                     # the Indonesian ditch stays
    ("the drain in front of my house is blocked", "PUPR"),  # a blocked drain stays
    ("got di gang mawar penuh sampah, airnya ga jalan", "PUPR"),
])
def test_english_got_blocked_and_off_are_read_as_english_says(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("raw, expected", [
    ("i got scammed", "i kena ditipu"),
    ("my son got bitten by a dog", "my son kena digigit by a anjing"),
    ("got depan rumah mampet", "got depan rumah mampet"),
    ("they laid off 20 workers", "they phk 20 pekerja"),
    ("he blocked me", "he memblokir saya"),
])
def test_english_phrases_are_read(raw, expected):
    assert normalize(raw) == expected


# --- floods by the water's depth, the sea eating the shore ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "air sapinggang masuk rumah warga sejak subuh",
    "rumah kami tergenang air selutut dari semalam, perabot basah semua",
    "air sedada di kampung bawah, orang tua susah keluar",
    "ombak besar makang rumah di pesisir, dua su roboh",
    "pantai di kampung nelayan dimakan ombak, tiap tahun makin dekat ke rumah",
    "rumah pinggir laut diterjang ombak semalam, dindingnya jebol",
])
def test_water_at_the_waist_or_the_sea_eating_houses_is_a_disaster(learned, text):
    assert _top(learned, text) == "BPBD", learned.suggest(text)


@pytest.mark.parametrize("word, base", [
    ("makang", "makan"), ("ikang", "ikan"), ("hujang", "hujan"),       # Eastern Malay final "-ng" for "-n"
    ("sapinggang", "sepinggang"), ("sabulan", "sebulan"), ("saminggu", "seminggu"),  # Minang and Banjar "sa-"
])
def test_eastern_malay_final_ng_and_minang_sa_are_spoken_forms(word, base):
    assert base in spoken_forms(word)


@pytest.mark.parametrize("word, root", [
    ("makang", "makan"), ("ikang", "ikan"), ("sabulan", "bulan"), ("sapinggang", "pinggang"),
    ("pulang", "pulang"), ("barang", "barang"), ("sandang", "sandang"), ("sanggar", "sanggar"),  # words of their own
])
def test_the_classifier_reads_the_root_of_the_spoken_form_only_for_an_unknown_word(word, root):
    assert _stem(word) == root


# --- Javanese krama -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("tiyang sepuh piyambakan", "orang tua sendirian"),
    ("mboten wonten ingkang ngopeni", "tidak ada yang mengurus"),
    ("kadang mboten dhahar", "kadang tidak makan"),
])
def test_javanese_krama_words_are_read(raw, expected):
    assert normalize(raw) == expected


def test_an_old_person_alone_told_in_krama_is_the_social_office_s(learned):
    text = "simbah kula sepuh piyambakan, sakit-sakitan mboten wonten ingkang ngopeni"
    assert _top(learned, text) == "DINSOS", learned.suggest(text)
