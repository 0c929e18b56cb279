"""Routing of fresh28's kinds of writing (session 28): Sundanese plurals, Bugis and Batak words, chat's "smp" for
"sampai", a daughter harmed, thugs' extortion, phishing, rumours in chat groups, a project's cut. None of the texts
here is fresh28's."""

from __future__ import annotations

import pytest

from lapor.learned import LearnedRouter, shipped_corpus
from lapor.routing import load_profiles_csv
from lapor.textnorm import content_tokens, extorted_by_thugs, harmed, normalize, spoken_forms
from tests.lapor.test_routing import _data_file


@pytest.fixture(scope="module")
def learned() -> LearnedRouter:
    """The router a region without history gets: the reference directory and the shipped corpus (train only)."""
    return LearnedRouter(load_profiles_csv(_data_file("agencies.csv")), shipped_corpus())


def _top(router, text: str) -> str | None:
    suggestions = router.suggest(text)
    return suggestions[0].code if suggestions else None


def _codes(router, text: str) -> list[str]:
    return [suggestion.code for suggestion in router.suggest(text)]


@pytest.mark.parametrize("word, base", [("rarusak", "rusak"), ("barudak", "budak"), ("karotor", "kotor")])
def test_a_sundanese_plural_is_read_without_its_infix(word, base):
    """Sundanese puts "-ar-" after the first consonant of a plural ("rarusak": many broken)."""
    assert base in spoken_forms(word)


@pytest.mark.parametrize("word, not_base", [("partai", "ptai"), ("kartu", "ktu"), ("marbot", "mbot")])
def test_an_ar_before_a_consonant_or_a_vowel_first_is_no_plural_infix(word, not_base):
    assert not_base not in spoken_forms(word)


@pytest.mark.parametrize("raw, expected", [
    ("jambatang rusak", "jembatan rusak"),
    ("oto de'na ulle lalo", "oto tidak ulle lewat"),
    ("horbo ni halak ditangko", "kerbau ni orang dicuri"),
    ("anak nai marsikkola", "anak nai sekolah"),
    ("wae mattama ri bola", "air masuk di bola"),  # Bugis "ri" is "di" since session 29
    ("labuh tina tangga", "jatuh dari tangga"),
    ("boru ni tulang dijama", "anak perempuan tulang dijamah"),
    ("nunggu smp malam", "nunggu sampai malam"),
    ("antri smpe sore", "antri sampai sore"),
    ("anak smp bolos", "anak smp bolos"),          # the school level stays
    ("guru smp malas", "guru smp malas"),
    ("anak smp hari ini bolos", "anak smp hari ini bolos"),
])
def test_bugis_batak_sundanese_and_chat_words_are_read(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize("text, expected", [
    ("jalan ka lembur kuring rarusak, barudak sakola susah", "PUPR"),
    ("jambatang di kampong runtu'ni, motor de'na ulle lalo", "PUPR"),
    ("kerbau ni tulang ditangko halak tadi malam", "POLRES"),
    ("bosi maraja sejak subuh, engka lima bola lennye", "BPBD"),
    ("budak dipaksa ngamen di lampu merah smp malam ku bapana", "DP3A"),
])
def test_regional_complaints_are_routed(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text", [
    "anak perempuan tetangga dicabuli pelatih silat",
    "anak perempuan kami digerayangi guru privatnya",
    "boru ni tulang dijama-jama supir angkot",
])
def test_a_daughter_harmed_is_a_child_harmed(learned, text):
    """"anak perempuan" is a girl: her protection's first, not the school or the trade of who did it."""
    words = content_tokens(text)
    assert any(kind == "anak" for _, _, kind in harmed(words))
    assert _top(learned, text) == "DP3A", learned.suggest(text)


def test_a_place_untouched_by_building_is_no_harm():
    assert harmed(content_tokens("dusun kami belum terjamah pembangunan, anak perempuan sekolah jauh")) == []


@pytest.mark.parametrize("text", [
    "preman terminal malak kernet bus tiap pagi",
    "sopir bus dipalak preman terminal bayangan",
    "pedagang sayur di pasar diperas preman tiap minggu",
    "ormas narik uang keamanan ke pemilik ruko",
    "ada preman minta jatah keamanan ke tukang parkir",
])
def test_thugs_extorting_are_the_police_s_whoever_pays_and_wherever(learned, text):
    """Brief item 3: "preman terminal palak sopir angkot" went to DISHUB by its terminal and its driver."""
    assert _top(learned, text) == "POLRES", learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("jukir liar malak pengendara di depan bank", "DISHUB"),       # a parking attendant's levy: no thug
    ("terminal kotor, banyak preman nongkrong", "DISHUB"),         # thugs named, nothing extorted
    ("petugas keamanan pasar galak ke pedagang", "DISPERINDAG"),   # "keamanan" without money
])
def test_near_misses_of_thugs_extorting_keep_their_agency(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


def test_whose_thugs_and_whom_they_extort_are_the_place():
    words = content_tokens("preman pasar narik uang keamanan pedagang sayur")
    assert [words[i] for i in extorted_by_thugs(words)] == ["pasar", "pedagang", "sayur"]
    assert extorted_by_thugs(content_tokens("jukir liar malak pengendara")) == []


@pytest.mark.parametrize("text, expected", [
    ("ditelpon ngaku kurir paket, disuruh klik link, rekening langsung terkuras", "POLRES"),
    ("dapet wa undangan nikah file apk, pas dibuka saldo terkuras", "POLRES"),
    ("kabar beredar di grup fb katanya air pdam beracun, warga panik", "DISKOMINFO"),
    ("kontraktor bilang harus setor jatah proyek 15 persen ke orang dinas", "INSPEKTORAT"),
    ("website kabupaten error terus, ga bisa diakses", "DISKOMINFO"),
])
def test_fraud_rumour_project_cut_and_the_regency_s_site(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text", [
    "mau cairin blt dana desa disuruh setor 50rb ke kadus",
    "ambil blt dd wajib setor 100rb ke pak kasun",
    "blt dana desa dipotong 50 ribu sama kadus",
])
def test_an_officials_ask_leads_over_its_pretext_named_twice(learned, text):
    """Brief item 2 of session 28 (fresh27's O021): the aid and the official who asked are one pretext however many of
    the village office's words name them; the village office stays second."""
    assert _codes(learned, text)[:2] == ["INSPEKTORAT", "DPMD"], learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("blt dd belum cair, kadus bilang tunggu", "DPMD"),      # no money asked: the village office's
    ("kades dan sekdes jarang ngantor, blt dd telat", "DPMD"),
])
def test_village_matters_without_money_asked_stay_the_village_office_s(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


def test_a_rumour_s_channel_is_its_medium_but_a_photo_s_is_a_place():
    from lapor.textnorm import rumour_channels

    words = content_tokens("beredar di grup wa katanya pdam beracun")
    assert [words[i] for i in rumour_channels(words)] == ["grup", "whatsapp"]
    assert rumour_channels(content_tokens("fotonya beredar di facebook, asn ikut kampanye")) == []
