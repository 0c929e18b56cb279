"""Routing as citizens really type on WhatsApp: place names that contain topic words, regional languages and
English, words run together or typed without vowels, very short complaints, and word order."""

from __future__ import annotations

import pytest

from lapor.learned import LearnedRouter, prepare, shipped_corpus
from lapor.routing import Router, complaint_text, evaluate, load_profiles_csv, read_rows_csv
from lapor.textnorm import Lexicon, content_tokens, is_harm, normalize, without_place_names, words_with_places
from tests.lapor.test_routing import ROOT, _data_file


@pytest.fixture(scope="module")
def learned() -> LearnedRouter:
    """The router a region without history gets: the reference directory and the shipped corpus (train only)."""
    return LearnedRouter(load_profiles_csv(_data_file("agencies.csv")), shipped_corpus())


@pytest.fixture(scope="module")
def keywords() -> Router:
    return Router(load_profiles_csv(_data_file("agencies.csv")))


@pytest.fixture(scope="module")
def demo() -> LearnedRouter:
    """The router `make run`'s demo regency gets (lapor/demo_data/agencies.csv)."""
    return LearnedRouter(load_profiles_csv(ROOT / "lapor" / "demo_data" / "agencies.csv"), shipped_corpus())


def _top(router, text: str) -> str | None:
    suggestions = router.suggest(text)
    return suggestions[0].code if suggestions else None


# --- a street, village or estate named after something is an address, not a topic -----------------------

@pytest.mark.parametrize("text, expected", [
    ("Jl. Pasar Ikan depan toko emas ada lubang gede, semalem ada yg jatuh dr motor", "PUPR"),
    ("Jalan Rumah Sakit no 5 ada pohon tumbang nutup jalan", "BPBD"),
    ("banjir di Kampung Nelayan sedalam pinggang", "BPBD"),
    ("sampah di Jl. Pemuda gak diangkut udh 5 hari", "DLH"),
])
def test_a_topic_word_in_a_street_or_village_name_does_not_decide(learned, text, expected):
    assert _top(learned, text) == expected


def test_the_location_line_does_not_vote_with_its_street_name(demo):
    """bot.notices routes description + location; with the demo directory "Jl. Rumah Sakit" made RSUD the
    verifier's first suggestion for a broken traffic light."""
    text = "lampu merah di perempatan mati dari kemarin, semrawut Jl. Rumah Sakit, Desa Sumberapi, Kec. Kota"
    assert _top(demo, text) == "DISHUB"
    assert "RSUD" not in [s.code for s in demo.suggest(text)]


def test_only_the_capitalised_name_after_a_place_marker_is_dropped():
    assert without_place_names("lampu mati di Gang Sekolah sebulan") == "lampu mati di Gang   sebulan"
    assert without_place_names("Kepala Desa Sukamaju gak pernah ngantor").split() == \
        ["Kepala", "Desa", "gak", "pernah", "ngantor"]
    # Lower case is what the citizen complains about; in Title Case Text capitals tell nothing.
    for text in ("jalan rusak di desa kami", "Jalan Rusak Parah Di Desa Kami", "kantor desa tutup"):
        assert without_place_names(text) == text


# --- regional languages and English mixed in ----------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("dalane bolong bolong", "jalan berlubang berlubang"),        # Javanese -ne on a known word
    ("banyune mati wis telung dino", "air mati sudah tiga hari"),
    ("jhalanna rosak", "jalan rusak"),                            # Madurese -na
    ("cai teu ngocor tos tilu dinten", "air tidak mengalir sudah tiga hari"),  # Sundanese
    ("the bridge is broken since yesterday", "the jembatan is rusak sejak kemarin"),
    ("no electricity, traffic jam everywhere", "listrik padam macet everywhere"),
])
def test_normalize_reads_regional_words_and_english(raw, expected):
    assert normalize(raw) == expected


def test_a_known_word_is_not_mistaken_for_a_regional_form():
    # "tanya" is not "ta" + "-nya" (Madurese "not"), "arena" is not "are" + "-na" (Madurese "day").
    assert normalize("mau tanya soal arena") == "mau tanya soal arena"


@pytest.mark.parametrize("text, expected", [
    ("jalan di lembur abdi ruksak pisan, seueur liang", "PUPR"),   # "lembur" is a village here, not overtime
    ("cai ledeng teu ngocor tos tilu dinten", "PDAM"),
    ("sorry nih the road near my house is so bad, banyak potholes", "PUPR"),
    ("garbage not collected for a week near my house", "DLH"),
    ("streetlight depan gang broken udah lama, very dark at night", "PERKIM"),
    ("no electricity since this morning", "PLN"),
])
def test_regional_and_english_complaints_are_routed(learned, text, expected):
    assert _top(learned, text) == expected


# --- words run together, vowels left out ----------------------------------------------------------------

def test_words_typed_without_spaces_are_split_into_the_likeliest_words():
    lexicon = Lexicon(["jalan rusak parah di desa kami", "tolong lampu jalan mati", "sampah numpuk tidak diangkut",
                       "di desa kami tolong"], ["rusak", "parah", "desa", "tolong", "lampu", "mati", "desak"])
    assert lexicon.expand("jalanrusakparahdidesakamitolong") == "jalan rusak parah di desa kami tolong"
    assert lexicon.expand("lampujalanmati, sampahnumpuk") == "lampu jalan mati, sampah numpuk"
    # Known words, capitalised names and short unknown words stay as typed.
    assert lexicon.expand("Sumberapi kebanjiran xyzq") == "Sumberapi kebanjiran xyzq"


def test_a_word_typed_without_vowels_is_the_collections_word_with_those_consonants():
    lexicon = Lexicon(["sekolah rusak", "sekolah bocor", "jembatan putus", "jembatan ambrol", "sakral"])
    assert lexicon.expand("sklh rusak, jmbtn putus") == "sekolah rusak, jembatan putus"
    assert lexicon.expand("pdm") == "pdm"  # three letters are too few to guess from


@pytest.mark.parametrize("text, expected", [
    ("jalanrusakparahdidesakamitolongdiperbaiki", "PUPR"),
    ("lampujalanmati", "PERKIM"),
    ("ktpsayabelumjadi", "DISDUKCAPIL"),
    ("jmbtn putus", "PUPR"),
])
def test_run_together_and_vowelless_complaints_are_routed(learned, text, expected):
    assert _top(learned, text) == expected


# --- a short complaint is still a complaint -------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [("sekolah rusak", "DISDIK"), ("pasar becek", "DISPERINDAG")])
def test_a_two_word_complaint_is_not_taken_for_chit_chat(learned, text, expected):
    assert _top(learned, text) == expected


@pytest.mark.parametrize("text", ["assalamualaikum", "ok siap", "makasih min sudah dibantu 🙏", "wkwkwk", "tes"])
def test_greetings_and_thanks_are_still_abstained_on(learned, text):
    assert learned.suggest(text) == []


# --- word order: "lampu ... mati" is a lamp that is off, "mati lampu" a power cut --------------------------

def test_a_phrase_in_its_own_order_beats_one_whose_words_are_reversed(keywords):
    assert _top(keywords, "lampu lorong desa sudah mati sebulan") == "PERKIM"
    assert _top(keywords, "mati lampu dari sore") == "PLN"


# --- another agency's thing named as the place: "dijambret di lampu merah" is a theft --------------------

def _places(text: str) -> list[str]:
    return [word for word, is_place in words_with_places(text) if is_place]


def test_the_words_after_a_locative_word_are_the_place():
    # A typed word counts once however many words it stands for ("bangjo" is "lampu merah").
    assert _places("dompetnya jatuh di bangjo depan pasar, gak ketemu") == ["lampu", "merah", "depan", "pasar"]
    # The place ends at a function word or the end of a clause.
    assert _places("sampah di pasar yang sudah lama numpuk") == ["pasar"]
    assert _places("kabel listrik putus dkt sekolah. anak2 takut") == ["dekat", "sekolah"]
    # A message that opens with its place is about that place.
    assert _places("di puskesmas kami obatnya sering kosong") == []
    for text in ("mohon izin bertanya, di rs ada pungli", "jalan rusak parah", "pohon tumbang ke atap puskesmas"):
        assert [word for word, _ in words_with_places(text)] == content_tokens(text)


@pytest.mark.parametrize("text, accepted", [
    ("maling motor beraksi di parkiran rsud", {"POLRES"}),
    ("jukir liar narik duit di depan rumah sakit", {"DISHUB"}),
    ("banjir sampai ke halaman puskesmas", {"BPBD"}),
    ("ada pengamen anak2 di bangjo tiap sore", {"DINSOS", "SATPOLPP"}),
    ("anak sd dibully di lapangan bola desa", {"DP3A"}),
    ("pohon besar tumbang ke atap puskesmas", {"BPBD", "DLH"}),
])
def test_a_thing_of_another_agency_named_as_the_place_does_not_decide(learned, text, accepted):
    assert _top(learned, text) in accepted


def test_a_child_named_by_their_school_is_who_it_happened_to():
    assert _places("anak sd sering bolos main game") == ["sd"]
    assert _places("anak2 SMP nongkrong sampai subuh") == ["smp"]
    assert _places("anak kelas 5 sd belum dapat pip") == ["kelas", "sd"]
    assert _places("sekolah rusak, anak kami takut") == []


@pytest.mark.parametrize("text, accepted", [
    ("anak sd sering dipukuli bapak tirinya", {"DP3A", "POLRES"}),  # was DISDIK
    ("anak smp tetangga mau dikawinkan sama om2", {"DP3A"}),
    ("anak kelas 5 sd belum dapat pip", {"DISDIK"}),  # a school matter stays the school's
    ("anak sd disuruh beli buku lks 200rb", {"DISDIK"}),
])
def test_school_words_that_only_say_who_do_not_make_it_a_school_matter(learned, text, accepted):
    """"anak sd" is a child; the school words weigh like a place, and decide only when nothing else does."""
    assert _top(learned, text) in accepted


def test_what_was_stolen_is_not_the_topic():
    assert _places("sapi warga hilang digondol maling") == ["sapi", "warga", "hilang"]
    assert _places("ada maling ayam tiap malam") == ["ayam"]


@pytest.mark.parametrize("text", ["sapi sy dicuri semalam", "kambing tetangga dicuri orang", "laptop sekolah dicuri",
                                  "tabung gas dicuri"])
def test_a_theft_goes_to_the_police_whatever_was_stolen(learned, text):
    """Before, the stolen animal or thing all but tied with the theft ("sapi sy dicuri": POLRES 0.33, DINKANNAK 0.27;
    "kambing saya dicuri tadi malam" went to DINKANNAK); now what was stolen weighs like a place."""
    first, second = learned.suggest(text)[:2]
    assert first.code == "POLRES" and second.score < first.score / 2, (first, second)


def test_who_was_harmed_and_by_whom_is_not_the_topic():
    assert _places("murid smp dilecehkan sama tukang ojek") == ["murid", "smp", "tukang", "ojek"]
    # (a Koran teacher reads "ustaz" since session 31: no school's "guru")
    assert _places("keponakan saya dicabuli guru ngajinya") == ["keponakan", "ustaznya"]
    # violence as well as abuse ("bapak" and "sering" are function words)
    assert _places("anak sd sering dipukuli bapak tirinya") == ["anak", "sd", "tirinya"]
    assert _places("murid kelas 3 ditampar kepsek") == ["murid", "kelas", "kepsek"]
    assert _places("listrik padam dari pukul 3 sore") == ["pukul", "sore"]  # a time of day: "dari" marks it


@pytest.mark.parametrize("text", [
    "keponakan sy dicabuli guru ngajinya",      # was DISDIK (fresh10): the doer's "guru" decided
    "ponakan sy dilecehin guru les privatnya",
    "anak tetangga diraba2 sama penjaga sekolah",  # "diraba" was nobody's word
])
def test_sexual_abuse_goes_to_child_protection_whoever_the_victim_or_doer(learned, text):
    assert _top(learned, text) in {"DP3A", "POLRES"}


@pytest.mark.parametrize("text", [
    "anak sy dipukul guru olahraganya sampe memar",     # DISDIK, DISPORA: "guru", "olahraga" decided
    "murid kelas 3 ditampar kepsek di depan temen2nya",  # DISDIK alone
    "adek sy ditendang kakak kelasnya sampe pingsan",
    "siswi digrepe guru les",                           # DISDIK (docs/routing.md, session 13: still wrong)
    "cewek smk dipegang2 trus digodain satpam sekolahnya",
    "santri dipukulin ustadznya pake rotan",
    "bini sy dijambak sama mertua sampe rambutnya copot",
    "cah cilik digebuki bapake nganti getihen",          # Javanese "cah" (bocah): POLRES, DP3A third at 0.04
    "siswi sd dicium paksa sama guru olahraga",         # DISDIK, DISPORA: a forced kiss was nobody's
    "murid cewe diciumi paksa kepsek di ruangannya",
    "murid smp hamil dihamili pacarnya, dikeluarin dr sekolah",  # DISDIK, DINKES (session 14: left)
    "siswi kelas 9 dihamilin guru honorer, skrg ga boleh sekolah lagi",
    "bu guru njambak rambut murid sampe nangis",        # Javanese "nj-": DISDIK, DISHUB ("rambut" as "rambu")
    "bocahe dijiwiti gurune nganti biru",               # Javanese "jiwit" (pinch): DISDIK alone
])
def test_violence_against_a_child_or_a_woman_reaches_their_protection_whatever_the_school_words(learned, text):
    """A violence word the corpus hardly knows lost to the school words around it: the victim's ("murid", "siswi")
    and the doer's ("guru", "kepsek") decided, and neither DP3A nor POLRES was among the three."""
    codes = [s.code for s in learned.suggest(text)]
    assert "DP3A" in codes, codes


@pytest.mark.parametrize("text", [
    "bocah smp dipukuli satpam sekolah sampe lebam",          # DISDIK first, DP3A second
    "guru ngaji di kampung suka nyolek santri cewe, ortu ga berani ngomong",  # DISDIK first
    "om2 suka godain trus pegang2 anak sd di gang pas pulang sekolah",
])
def test_violence_done_to_a_child_is_read_as_such_by_the_classifier_too(learned, text):
    """The classifier knew the school words around a violence word well and the many words for violence hardly:
    it reads the text's sense as the keyword router does ("kekerasan anak"), and cites only words typed."""
    suggestions = learned.suggest(text)
    assert suggestions[0].code in ("DP3A", "POLRES"), suggestions
    assert not [s for s in suggestions if "kekerasan" in s.reason], suggestions


@pytest.mark.parametrize("text", [
    "murid sd dicabuli guru privat",                        # DISDIK 0.51, DP3A 0.23
    "keponakan sy kls 2 sd diraba2 tukang kebun sekolah",
    "siswi mts dilecehin pembina pramuka",
    "murid smp ditampar kepsek krn telat",
    "guru les privat nyolek2 murid cewe",
])
def test_a_child_harmed_goes_to_child_protection_first_whoever_the_doer(learned, text):
    """The school words of the victim ("murid sd") and the doer ("guru les", "kepsek") outweighed the harm, so the
    education office came first: who harmed a child, and the child, are now no topic at all (docs/routing.md,
    session 16)."""
    assert _top(learned, text) in {"DP3A", "POLRES"}, learned.suggest(text)


@pytest.mark.parametrize("text", [
    "anak sy dicabuli tetangga",
    "ponakan diperkosa pacarnya, umurnya br 14",
    "ada pencabulan di pondok, santri2 jadi korban",
    "adik sy yg masih smp dirudapaksa om nya",
])
def test_a_child_raped_or_molested_has_the_police_beside_child_protection(demo, text):
    """A rape or molestation is a crime to report as well as harm to protect the child from: the directory gave
    the police no word of it, and the verifier was offered DP3A alone (or DISDIK beside it)."""
    codes = [s.code for s in demo.suggest(text)]
    assert "DP3A" in codes and "POLRES" in codes, codes


@pytest.mark.parametrize("text, cited", [
    ("anak perempuan sy umur 12 dicabuli guru ngaji, mau lapor kemana", "dicabuli"),  # was "perempuan, lapor"
    ("anak sy dicabuli tetangga", "dicabuli"),                                        # was "anak"
    ("mau lapor anak tetangga tiap hari dipukuli bapaknya", "dipukuli"),
    ("min mau ngadu, adek sy dilecehkan tetangga", "dilecehkan"),
])
def test_the_first_suggestion_s_reason_names_what_points_to_it_not_a_filing_word(demo, text, cited):
    first = demo.suggest(text)[0]
    words = first.reason.removeprefix("kata: ").split(", ")
    assert first.code == "DP3A" and cited in words and not {"lapor", "anak", "ngadu", "warga"} & set(words), first


@pytest.mark.parametrize("text, accepted", [
    ("ponakan sy umur 15 dijual ke mucikari", {"DP3A", "POLRES"}),   # abstained on
    ("anak tetangga dijualin ortunya ke org kota buat kerja di karaoke", {"DP3A", "POLRES"}),  # SATPOLPP
    ("gadis desa kami diperjualbelikan ke luar pulau", {"DP3A", "POLRES"}),  # BAPENDA
    ("buku lks dijual ke murid 150rb", {"DISDIK"}),  # goods sold to a child are no child sold
    ("seragam dijual ke siswa 2x lipat harga pasar", {"DISDIK", "DISPERINDAG"}),
])
def test_a_child_or_a_woman_sold_is_trafficking(learned, text, accepted):
    """"dijual" said of a child or a woman before it is trafficking, the child and women's protection office's;
    said of goods sold to pupils it stays what it was."""
    assert _top(learned, text) in accepted, learned.suggest(text)


@pytest.mark.parametrize("text, topic", [
    ("anak sy ditampar gurunya", "kekerasan anak"),
    ("guru mukulin murid pake penggaris", "kekerasan anak"),
    ("istrinya digebukin tiap malem", "kekerasan perempuan"),
    ("cewe dijambak preman di pasar", "kekerasan perempuan"),
    ("kakak kelas ngehajar adek sy", "kekerasan anak"),  # Jakarta "nge-"
    ("bapake njambak rambute bocah kuwi", "kekerasan anak"),  # Javanese nasal "nj-" for j-
    ("ibune mbanting bocah cilik nganti nangis", "kekerasan anak"),  # "mb-" for b-
    ("pak guru ndupak murid sing telat", "kekerasan anak"),  # "nd-" for d-
    ("murid smp dihamili pacarnya", "kekerasan anak"),  # made pregnant: done to her
    ("siswi sma dihamili guru olahraganya", "kekerasan anak"),
    ("om nya menghamili keponakan sendiri", "kekerasan anak"),
    ("pacarnya ngehamilin anak orang terus kabur", "kekerasan anak"),
    ("istri sy hamil 7 bulan, bidan desa susah dihubungi", None),  # pregnant: no harm
    ("periksa kehamilan anak pertama di puskesmas antri lama", None),
    ("tukang parkir dipukuli preman", None),   # no child or woman named
    ("mamak ambo dipukul urang mabuak", "kekerasan perempuan"),  # Minang "mamak" for ibu
    ("bapak mukulin ibu tiap malam", "kekerasan perempuan"),
    ("istri nampar suaminya", None),  # the woman hits
    ("Ibu, suami saya dipukuli preman", None),  # "ibu" calls the officer
    ("listrik padam dari pukul 3 sore, anak2 kepanasan", None),  # a time of day
    ("anak sy sakit panas, dokternya galak", None),  # no violence
])
def test_violence_said_of_a_child_or_a_woman_is_violence_against_them(keywords, text, topic):
    found = {t for t in keywords.topics(text) if t in ("kekerasan anak", "kekerasan perempuan")}
    assert found == ({topic} if topic else set())


@pytest.mark.parametrize("text, expected", [
    ("pemuda kampung dipukuli preman pasar", "POLRES"),
    ("guru honorer dipecat kepsek tanpa alasan", "DISDIK"),
    ("listrik padam dari pukul 3 sore", "PLN"),
])
def test_violence_to_no_child_or_woman_and_a_time_of_day_stay_where_they_were(learned, text, expected):
    assert _top(learned, text) == expected


@pytest.mark.parametrize("text", [
    "ombak gede gerus pantai, 3 rumah udah ambruk",  # was PERKIM (fresh10): "ombak gede" was no abrasion
    "rumah warga pesisir rusak dihantam ombak",
    "pantai makin terkikis, jalan kampung putus",
])
def test_the_sea_eating_the_coast_is_a_disaster_however_it_is_told(learned, text):
    assert _top(learned, text) == "BPBD"


@pytest.mark.parametrize("raw, expected", [
    ("jalan ka lembur abdi", "jalan ke desa abdi"),   # Sundanese: the village
    ("ti lembur kuring", "dari desa kuring"),
    ("lembur kuring caah", "desa saya banjir"),
    ("uang lembur ga dibayar", "uang lembur tidak dibayar"),       # Indonesian: overtime
    ("karyawan di lembur tiap hari", "karyawan di lembur tiap hari"),  # "dilembur", made to work overtime
])
def test_lembur_is_the_village_only_where_sundanese_grammar_says_so(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize("text, expected", [
    ("jalan ka lembur abdi raksak pisan, loba lombang", "PUPR"),  # was DISNAKER (fresh10)
    ("jalan di lembur kuring ruksak pisan", "PUPR"),
    ("karyawan pabrik di lembur sampe malem ga dibayar", "DISNAKER"),
])
def test_a_sundanese_village_is_no_overtime(learned, text, expected):
    assert _top(learned, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("jukir liar narik duit di depan rumah sakit", "DISHUB"),
    ("ada pengamen anak2 di bangjo tiap sore", "DINSOS"),
    ("antri lama bgt di puskesmas", "DINKES"),  # nothing but the place is named: the place is the topic
])
def test_the_keyword_router_weighs_the_place_down_too(keywords, text, expected):
    assert _top(keywords, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("antri lama bgt di puskesmas", "DINKES"),
    ("di puskesmas kami obatnya sering kosong", "DINKES"),
    ("sampah numpuk di depan sekolah", "DLH"),
])
def test_the_place_still_decides_when_nothing_else_does(learned, text, expected):
    assert _top(learned, text) == expected


def test_a_complaint_about_the_place_itself_keeps_its_confidence(learned):
    """Verifiers see the score: waiting at the puskesmas is the puskesmas's business, not a place to discount."""
    assert learned.suggest("antri lama bgt di puskesmas")[0].score >= 0.6


# --- words written as they are spoken; the domain's everyday words ------------------------------------------

@pytest.mark.parametrize("word, root", [
    ("mukulin", "pukul"),      # Jakarta -in for -kan/-i, and m- for p-
    ("dijadiin", "jadi"),
    ("dapet", "dapat"),        # e for a in the last syllable
    ("nyatet", "catat"),       # ny- for c-, and e for a
    ("sampe", "sampai"),       # final e for ai
    ("ijo", "hijau"),          # a dropped h, and o for au
    ("sekolahe", "sekolah"),   # Javanese possessive after a consonant
    ("jalanna", "jalan"),      # Madurese/Sundanese possessive
    ("dibenerke", "benar"),    # Javanese -ke for -kan
    ("dibereskeun", "beres"),  # Sundanese -keun for -kan
])
def test_a_word_written_as_spoken_is_read_as_its_root(word, root):
    assert prepare(word) == root


@pytest.mark.parametrize("word", ["mesin", "dingin", "ingin", "tempe", "kabel", "lele", "pasien", "tanya"])
def test_a_known_word_is_never_read_as_a_spoken_form_of_another(word):
    assert prepare(word) == word


@pytest.mark.parametrize("raw, expected", [
    ("lestrek mate", "listrik mati"),                       # Madurese
    ("bajaran tak ebajar", "bajaran tidak dibayar"),
    ("griya kulo ambruk", "rumah saya roboh"),              # Javanese krama
    ("budak abdi teu kenging sakola", "anak abdi tidak dapat sekolah"),  # Sundanese
    ("sengko' maso' sakola'an", "saya masuk sekolah"),      # glottal stops written with an apostrophe
    ("sengko’ maso’ sakola’an", "saya masuk sekolah"),      # ... a phone's curly one (was "sekolah an")
    # "ana'" (child) of Madurese, Bugis, Makassar, with its glottal stop typed, was Javanese "ana" (there is)
    ("ana’ bine' tretan kaula", "anak perempuan tretan saya"),
    ("kana'-kana' tak sakola", "anak anak tidak sekolah"),
    ("ana'ku sakit", "anakku sakit"),
    ("ana sing ngurus", "ana sing ngurus"),                 # Javanese "there is": no apostrophe, not a child
    # a doubled word with a Javanese ending: the ending was glued on and unknown ("lara laranan")
    ("mbah lara2nen", "nenek sakit sakit"),
    ("bocah2ne ora sekolah", "anak anak tidak sekolah"),
])
def test_normalize_reads_more_regional_words(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize("text, accepted", [
    ("dompet saya dicopet di pasar minggu", {"POLRES"}),          # not the market's business
    ("hp ibu kecopetan pas belanja di pasar", {"POLRES"}),
    ("dipalak preman tiap mangkal di terminal", {"POLRES"}),      # was abstained on
    ("tetangga sering mukulin istrinya, teriak2 tiap malam", {"DP3A"}),  # "pukul": was POLRES by a hair
    ("lestrek mate sabben malem", {"PLN"}),                         # was abstained on
    # an old person living alone is neglect, however said (session 15; fresh8, fresh11, fresh12 each had one)
    ("kakek di rt 4 tinggal sendirian, rumahnya bocor ga ada yg bantu", {"DINSOS"}),
    ("mbah putri urip dewekan, ora ono sing ngopeni", {"DINSOS"}),
    ("aki-aki hirup nyalira di saung sawah, teu aya nu ngurus", {"DINSOS"}),
    ("simbah kakung urip ijen neng gubuk, lara2nan", {"DINSOS"}),  # Javanese "ijen", "dhewe" (alone): abstained on
    ("embahku manggon dhewe, anake nang kutha kabeh, ora ono sing ngurus", {"DINSOS"}),
    # ... and ailing: the sickness is how they live, not a patient (RSUD won by a hair, or it was abstained on)
    ("kakek di rt 4 tinggal sendirian, sakit2an ga ada yg ngurus", {"DINSOS"}),
    ("nenek sebelah hidup sendiri, udah sakit2an, makan aja susah", {"DINSOS"}),
    ("mbah kakung urip dewe, lara2nen, ora ono sing ngopeni", {"DINSOS"}),
    ("kakek tinggal sendiri, sakit parah, ditolak igd rsud", {"RSUD"}),   # the hospital named: its
    ("nenek sy sakit di rsud ga dilayani", {"RSUD"}),
    # wind storms by their other names
    ("angin puyuh semalem, seng2 rumah warga pada lepas", {"BPBD"}),
    ("ada angin besar td siang, 5 rumah rusak atapnya", {"BPBD"}),
    # the village head by the region's title
    ("keuchik gampong kami tidak pernah umumkan penggunaan dana", {"DPMD"}),
    ("pambakal ulun kada mau tanda tangan surat pengantar", {"DPMD"}),
    ("wali nagari jarang di kantor, urusan warga terbengkalai", {"DPMD"}),
    # fish by their kind (left: "gurame di kolam ... mati, airnya bau" goes to PDAM; a fish's seed: below)
    ("ikan lele bantuan dinas mati semua", {"DINKANNAK"}),
    # Madurese "kabin" (marry) made causative: a child married off
    ("bine' tetangga gi' kelas 2 smp la epakabin", {"DP3A"}),
    # Madurese "ana'" (child), read as Javanese "ana" (there is) once the apostrophe was dropped: abstained on
    ("ana'na tetangga epokol bapakna", {"DP3A"}),
])
def test_everyday_and_regional_words_of_the_domain_are_routed(learned, text, accepted):
    assert _top(learned, text) in accepted


@pytest.mark.parametrize("text, expected", [
    ("benih lele dr dinas jelek, sebagian udh mati", "DINKANNAK"),  # DISPERTAN 0.28, DINKANNAK 0.15
    ("bibit gurame bantuan kecil2 bgt", "DINKANNAK"),
    ("benih ikan mas dr pemkab mati smua pas ditebar", "DINKANNAK"),
    ("bibit patin yg dijanjikan blm dibagi ke pokdakan", "DINKANNAK"),
    ("benur udang buat petambak telat datang", "DINKANNAK"),
    ("bibit sapi bantuan kurus2 dan sakit", "DINKANNAK"),
    ("benih padi bantuan ga tumbuh, petani rugi", "DISPERTAN"),      # a crop's seed stays the farm office's
    ("bibit jagung dr dinas palsu, ga keluar tongkol", "DISPERTAN"),
])
def test_a_seed_is_the_office_of_what_it_grows_into(learned, text, expected):
    """"benih" and "bibit" are the agriculture office's keywords; the seed of a fish or of livestock is the
    fisheries and livestock office's (the reference directory's DINKANNAK)."""
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("kk anak ga valid waktu ppdb", "DISDUKCAPIL"),                 # DISDIK 0.26, DISDUKCAPIL 0.24
    ("nik anak ga terdaftar pas mau daftar smp", "DISDUKCAPIL"),
    ("akta lahir anak salah tgl, ketahuan waktu daftar sd", "DISDUKCAPIL"),
    ("anak ga lolos zonasi ppdb", "DISDIK"),                         # the school's own problem stays its own
    ("pas daftar sekolah online, webnya error trs", "DISDIK"),       # an occasion that opens the message is the topic
    ("hp sy dijambret waktu pulang kerja", "POLRES"),
])
def test_the_occasion_it_happened_on_is_not_the_topic(learned, text, expected):
    """What follows a word saying when ("pas", "waktu", "saat", "ketika") is the occasion, weighed like a place: a
    registry document's problem found while enrolling a child is the registry's, not the school's."""
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("dompet dicopet di pasar", "POLRES"),
    ("dipalak preman di terminal", "POLRES"),
    ("tetangga mukulin istrinya", "DP3A"),
])
def test_the_keyword_router_knows_them_too(keywords, text, expected):
    assert _top(keywords, text) == expected


@pytest.mark.parametrize("text, word", [
    ("dompet sy kecopetan pas belanja di pasar, tolong dibantu", "kecopetan"),
    ("dipalak preman tiap mangkal di terminal", "dipalak"),
])
def test_when_the_directory_s_words_decide_the_reason_quotes_them(learned, text, word):
    """The classifier hardly knows "kecopetan": the POLRES suggestion it owes to the keywords read "kata: desa"
    (the classifier's heaviest words for POLRES), which tells a verifier nothing."""
    top = learned.suggest(text)[0]
    assert top.code == "POLRES" and word in top.reason


@pytest.mark.parametrize("text, wrong", [
    ("pkl di trotoar makin banyak, pejalan kaki turun ke jalan", "PUPR"),  # "turun" alone says nothing of a road
    ("DAPATKAN BONUS 200% DEPOSIT PERTAMA, SITUS TERPERCAYA", "DISPARBUD"),  # a website, not a heritage site
])
def test_a_loose_everyday_word_does_not_pull_to_a_far_agency(learned, text, wrong):
    """Words left out of the vocabulary above on purpose ("jalan turun", "situs"): with them these went astray."""
    assert _top(learned, text) != wrong


@pytest.mark.parametrize("text", [
    "akun wa ngaku2 pak camat minta transfer duit ke warga",
    "akun ig palsu atas nama bupati minta uang ke warga",
    "orang ngaku petugas pln minta uang buat ganti meteran",
])
def test_money_asked_by_someone_posing_as_an_official_is_no_extortion_by_one(learned, text):
    """The words "minta uang" are left out of the inspectorate's: an impostor's request is a fraud (with them the
    inspectorate was among the suggestions of every such message)."""
    assert "INSPEKTORAT" not in [s.code for s in learned.suggest(text)]


@pytest.mark.parametrize("text, expected", [
    ("wc di terminal ga ada airnya, jorok", "DISHUB"),                 # was DLH, PDAM close
    ("wc sekolah airnya ga ngalir seminggu", "DISDIK"),                # was PDAM
    ("kamar mandi rmh sy ga ada air 3 hari, pdam mati", "PDAM"),       # a home's: the water utility's
    ("air pdam mati 3 hari, ga bisa mandi", "PDAM"),
    # its tap, smell and dirt, and its being "umum" (PERKIM's public toilets), are the place's too (session 17)
    ("wc stasiun kotor bgt, airnya ga keluar", "DISHUB"),                          # was PDAM
    ("WC umum pasar induk bau pesing, airnya ga ngalir", "DISPERINDAG"),          # was PERKIM
    ("wc umum pasar kota kotor, keran rusak", "DISPERINDAG"),                      # was PDAM
    ("kamar mandi puskesmas bau pesing, kerannya bocor", "DINKES"),
    ("mck umum di dusun kami kerannya ga ngalir", "PERKIM"),                       # no public place: PERKIM's
    ("palang pintu perlintasan kereta ga berfungsi, hampir ketabrak", "DISHUB"),
])
def test_a_public_place_s_toilet_without_water_is_the_place_s(learned, text, expected):
    """The classifier knows "air", "ngalir" as the water utility's; a terminal's or a school's toilet without
    water is the terminal's or the school's to mend."""
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("kos2an bebas di blkg pasar, laki perempuan nginep bareng", "SATPOLPP"),  # was DISPARBUD ("nginep")
    ("ada yg kumpul kebo di kontrakan rt 5", "SATPOLPP"),                       # was DISNAKER
    ("kostan campur di gang 3, tiap malem rame laki perempuan", "SATPOLPP"),   # was abstained on
    ("anak perempuan sy dilecehkan penghuni kos sebelah", "DP3A"),             # harm to a girl stays hers
])
def test_immorality_in_lodgings_is_public_order(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


# --- the fresh held-out sets --------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["routing-fresh.csv", "routing-fresh2.csv", "routing-fresh3.csv",
                                  "routing-fresh4.csv", "routing-fresh5.csv", "routing-fresh6.csv",
                                  "routing-fresh7.csv", "routing-fresh8.csv", "routing-fresh9.csv",
                                  "routing-fresh10.csv", "routing-fresh11.csv", "routing-fresh12.csv",
                                  "routing-fresh13.csv", "routing-fresh14.csv", "routing-fresh15.csv",
                                  "routing-fresh16.csv", "routing-fresh17.csv", "routing-fresh19.csv",
                                  "routing-fresh20.csv", "routing-fresh21.csv", "routing-fresh22.csv",
                                  "routing-fresh23.csv", "routing-fresh24.csv", "routing-fresh25.csv",
                                  "routing-fresh26.csv", "routing-fresh27.csv", "routing-fresh28.csv",
                                  "routing-fresh29.csv", "routing-fresh30.csv", "routing-fresh31.csv",
                                  "routing-fresh32.csv"])
def test_fresh_held_out_sets_are_never_learned_from_and_meet_the_targets(learned, name):
    """bench/data/routing-fresh*.csv were written like WhatsApp messages, apart from the labelled files; each
    after the fixes for the one before. They are benchmarks: the shipped corpus must never contain them."""
    rows = read_rows_csv(ROOT / "bench" / "data" / name)
    learned_texts = {normalize(example.text) for example in shipped_corpus()}
    # An emoji-only message ("🙏🙏") has no words to learn: it reads as every other one.
    assert not [row["id"] for row in rows if normalize(row["text"]) in learned_texts - {""}]
    metrics = evaluate(learned, rows)
    assert metrics["top1"] >= 0.9 and metrics["top3"] >= 0.97, metrics["misses"]
    if name == "routing-fresh6.csv":
        # 3 greetings/spam, and one complaint abstained on ("akun fb ngaku2 bupati minta transfer duit"): 0.75,
        # left so (docs/routing.md) rather than fixed on the set meant to stay unread
        assert metrics["abstain_precision"] >= 0.75 and metrics["abstain_recall"] >= 0.8, metrics["misses"]
        return
    if name == "routing-fresh14.csv":
        # 4 that are no complaint, one a question of office hours naming Dukcapil ("pak min mau tanya jam buka
        # kantor dukcapil hari sabtu?"), suggested to it: 0.75, left (docs/routing.md, session 16 round 2)
        assert metrics["abstain_precision"] >= 0.8 and metrics["abstain_recall"] >= 0.75, metrics["misses"]
        return
    if name == "routing-fresh26.csv":
        # only complaints (vowelless chat, session 26): none may be abstained on
        assert not [m for m in metrics["misses"] if m["got"] == "NONE"], metrics["misses"]
        return
    assert metrics["abstain_precision"] >= 0.8 and metrics["abstain_recall"] >= 0.8, metrics["misses"]


def test_the_demo_directory_routes_as_well_as_the_reference_one_on_its_agencies(demo):
    """`make run` loads the demo regency's thirteen agencies: with only a handful of keywords each, the fresh sets'
    complaints for those agencies reached 0.86 top-1 (0.97 with the reference directory), and "bangunan liar di
    bantaran sungai" went to DINSOS. Its agencies carry the reference directory's aliases and keywords."""
    codes = set(demo.codes)
    rows = [row for name in ("routing-fresh.csv", "routing-fresh3.csv", "routing-fresh5.csv", "routing-fresh6.csv")
            for row in read_rows_csv(ROOT / "bench" / "data" / name) if row["agency"] in codes]
    metrics = evaluate(demo, rows)
    assert metrics["top1"] >= 0.93 and metrics["top3"] >= 0.97, metrics["misses"]
    assert _top(demo, "lapor pak, ada bangunan liar di bantaran sungai desa karanganyar") == "SATPOLPP"


def test_the_regency_s_name_in_its_agencies_names_is_no_topic(demo):
    """The demo's RSUD, PDAM, PLN and Polres are all "... Sukamaju": a place line naming the regency gave each of
    them evidence, and the verifier read "POLRES – kata: dipukuli, sukamaju"."""
    assert not demo.keywords.evidence("sukamaju")
    suggestions = demo.suggest(complaint_text("anak sy dipukuli gurunya pake penggaris", "SD Negeri 2 Sukamaju"))
    assert not [s for s in suggestions if "sukamaju" in s.reason], suggestions
    assert _top(demo, "rsud sukamaju antriannya lama bgt") == "RSUD"  # the alias still names it


@pytest.mark.parametrize("text", [
    "suami sy tiap mabok mukulin sy, sy takut pulang ke rumah",
    "anak tetangga sering dipukuli bapaknya pake sabuk",
    "ponakan sy umur 14 mau dinikahin paksa sama juragan",
    "anak sy dicabuli tetangganya pas main",
])
def test_the_demo_directory_sends_violence_against_women_and_children_to_their_protection(demo, text):
    """The demo directory had no DP3A: such stories reached the verifier as DISDIK or POLRES, or abstained on."""
    assert "DP3A" in [s.code for s in demo.suggest(text)]


@pytest.mark.parametrize("description, place, expected", [
    ("motor saya hilang dicuri waktu saya periksa", "parkiran puskesmas banyuanyar", "POLRES"),
    # the place line voting fully made these the place's agency (DISHUB, DISPORA)
    ("hp saya dijambret orang naik motor", "lampu merah perempatan pasar kota", "POLRES"),
    ("anjing liar gigit anak kecil", "lapangan sepak bola desa", "DINKANNAK"),
    # the place's own problem: the place line still decides
    ("obatnya kosong terus, pasien disuruh beli di luar", "Puskesmas Banyuanyar", "DINKES"),
    ("lampunya mati sudah 3 hari", "perempatan lampu merah jl veteran", "DISHUB"),
    ("dokternya galak dan antrinya lama", "RSUD dr. Mohammad Zyn", "RSUD"),
])
def test_the_location_line_is_read_as_the_place(learned, description, place, expected):
    assert _top(learned, complaint_text(description, place)) == expected


def test_the_complaint_text_marks_its_place_line_and_keeps_a_complaint_without_one():
    assert complaint_text("jalan rusak", "Desa Kamoning") == "jalan rusak\nLokasi: Desa Kamoning"
    assert [place for _, place in words_with_places(complaint_text("jalan rusak", "lampu merah, pasar kota"))] == [
        False, False, True, True, True, True]
    assert complaint_text("syarat akta kelahiran apa saja", None) == "syarat akta kelahiran apa saja"


@pytest.mark.parametrize("word, read", [
    ("berani", None),        # was "bertani" (DISPERTAN): "istri ... dianiaya suami ..., ga berani lapor" went there
    ("tetangga", None), ("diperiksa", None), ("pemeriksaan", None), ("gudang", None), ("ditolong", None),
    ("kadang", None), ("nganti", None), ("pertemuan", None),
    ("santri", "santri"),  # a word of child marriage's phrases since session 31 ("nikahin santri"): read as itself
    ("kerendam", "terendam"),  # a typo of a word of the same root is still read
    ("puskesms", "puskesmas"), ("skolah", "sekolah"),
])
def test_a_dictionary_word_is_no_typo_of_a_keyword(learned, word, read):
    """The keyword router reads a longer word it does not know as the keyword it most looks like: "tetangga" was
    "tangga", "gudang" "udang", "diperiksa" "diperkosa", "pengendara" "pengedar" (narcotics)."""
    assert learned.keywords.vocabulary.resolve(word) == read


def test_a_wife_beaten_who_dares_not_report_is_violence_against_a_woman(learned):
    assert _top(learned, "istri tetangga dianiaya suaminya sampe patah kaki, ga berani lapor") == "DP3A"


# --- East Java: Suroboyoan, Malang's walikan, Mataraman krama, Osing, Madurese (session 17, fresh15) ----

@pytest.mark.parametrize("raw, expected", [
    ("omahku kebanjiran", "rumah kebanjiran"),                    # "-ku" on a regional word, as "-ne", "-na"
    ("dalanmu bolong", "jalan berlubang"),
    ("saben bengi krungu bengok2", "setiap malam dengar teriak teriak"),   # Javanese ngoko
    ("ndek omah gak onok banyu", "di rumah tidak ada air"),        # Suroboyoan
    ("ilang ndhek parkiran", "hilang di parkiran"),
    ("jaluk duwit sepuluh ewu", "minta uang sepuluh ribu"),
    ("lare kula dereng kebak", "anak saya belum penuh"),          # krama
    ("songaina bennyak juko mate", "sungai banyak ikan mati"),    # Madurese
    ("isun gurung dibayar", "saya belum dibayar"),                     # Osing, Suroboyoan
])
def test_normalize_reads_east_java_speech(raw, expected):
    assert normalize(raw) == expected


def test_a_word_of_malang_s_walikan_is_the_word_reversed():
    """Malang reverses its words ("halokes" sekolah, "ayas" saya, "nawak" kawan, "kadit" tidak): an unknown word
    whose reverse the collection knows is read so; a known word ("kera", monkey) stays."""
    lexicon = Lexicon(["sekolah rusak", "sekolah bocor", "saya minta", "saya lapor", "tidak ada", "tidak bisa",
                       "kera masuk rumah"])
    assert lexicon.expand("halokes ayas kadit ono gurune") == "sekolah saya tidak ono gurune"
    assert lexicon.expand("kera halokes") == "kera sekolah"
    assert lexicon.expand("Halokes") == "Halokes"  # a capitalised name is never touched


@pytest.mark.parametrize("text, expected", [
    ("halokes ayas narik uang gedung 3 juta, kadit iso nyicil", "DISDIK"),      # walikan: was abstained on
    ("bojone dijotosi lakine saben mabuk", "DP3A"),                               # a spouse beaten: domestic
    ("tonggoku nggebuki bojone nganti bonyok", "DP3A"),
    ("motorku ilang ndek parkiran pasar", "POLRES"),                             # a vehicle gone is stolen
    ("mobil pick up ilang dari garasi tadi subuh", "POLRES"),
])
def test_east_java_complaints_are_routed(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("word, root", [
    ("ngurus", "urus"), ("pengurus", "urus"), ("mengurus", "urus"),  # were "kurus" (thin): the longer root won
    ("ngasih", "kasih"), ("pengunjung", "kunjung"), ("ngirim", "kirim"),  # ... where the "k" is the root's
    ("katanya", "kata"), ("bukunya", "buku"), ("ibuku", "ibu"),     # "katanya" was "ka-" + "tanya"
])
def test_a_nasal_prefix_and_a_clitic_hide_the_root_people_write(word, root):
    """A nasal prefix drops a "k" ("ngirim") and also stands before a vowel ("ngurus"): of two dictionary roots the
    one the corpus writes where its first letter shows; a clitic ("-nya", "-ku") hides a root before any prefix."""
    assert prepare(word) == root


@pytest.mark.parametrize("text", ["dokter kandungan di rsud cuma praktik seminggu sekali",
                                  "jadwal kontrol ke dokter saraf diundur terus"])
def test_a_specialist_named_by_their_field_is_the_hospital_s(learned, text):
    assert _top(learned, text) == "RSUD", learned.suggest(text)


# --- West Java, Jakarta and Banyumas; a public place's own lamps and toilets; what blocks a road (session 18) --

@pytest.mark.parametrize("raw, expected", [
    ("salaki neunggeul abdi, abdi sieun", "suami memukul abdi abdi takut"),  # Sundanese
    ("jalan ka pasar", "jalan ke pasar"),                                     # Sundanese and Madurese "ka"
    ("urug di lembur", "longsor di lembur"),
    ("aye udeh kagak tahan", "saya sudah tidak tahan"),                      # Betawi
    ("inyong dikon ngenteni", "saya disuruh menunggu"),                      # Banyumas
    ("truk tanah urug", "truk tanah timbunan"),                              # Javanese "urug" fills
])
def test_normalize_reads_west_java_jakarta_and_banyumas_speech(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize("word, root", [
    ("gurunye", "guru"), ("bapaknye", "bapak"),                  # Betawi "-nye" for "-nya"
    ("tetangge", "tetangga"), ("semue", "semua"), ("kerje", "kerja"),  # Betawi final "e" for "a"
    ("sampe", "sampai"),                                          # final "e" for "ai" still first
])
def test_betawi_endings_hide_the_root(word, root):
    assert prepare(word) == root


@pytest.mark.parametrize("text, expected", [
    ("salaki sok neunggeul abdi mun keur mabok", "DP3A"),         # was DISHUB ("keur")
    ("pamajikan tatangga ditajong ku salakina", "DP3A"),          # was SATPOLPP
    ("bojone inyong sering digebugi, inyong wedi", "DP3A"),       # was POLRES
    ("lini karasa tarik pisan, imah retak", "BPBD"),              # was abstained on
    ("urug ti gunung, tilu imah katimbun taneuh", "BPBD"),        # was DISDIK: walikan read "urug" as "guru"
    ("lindu gedhe, tembok omah ambruk", "BPBD"),                  # was PERKIM
    ("jalanan kite udeh ancur semue", "PUPR"),                    # was abstained on
    ("gurunye sering kagak masuk, anak aye kagak belajar", "DISDIK"),
    ("tetangge aye bakar sampe tiap ari, asepnye kemane-mane", "DLH"),
    ("lakik gue suka mukulin kalo mabok", "DP3A"),                # Betawi "lakik": a husband who hits
    ("ana wong gendeng ngamuk nang pasar", "DINSOS"),             # was DISPERINDAG ("gendeng": crazy)
])
def test_west_java_jakarta_and_banyumas_complaints_are_routed(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("warung liar nutup saluran air", "SATPOLPP"),          # was PUPR: what is blocked is where
    ("pedagang nutupin trotoar depan pasar", "SATPOLPP"),
    ("mobil parkir nutupin jalan kampung", "DISHUB"),
    ("pohon tumbang menutup jalan", "BPBD"),
])
def test_what_something_blocks_is_where_not_what(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("kamar mandi umum di stasiun kereta jorok", "DISHUB"),     # was PERKIM (its "kamar mandi umum")
    ("toilet umum pelabuhan ga ada air", "DISHUB"),             # was PERKIM
    ("gor kabupaten lampune mati separo", "DISPORA"),           # PERKIM was a hair behind
    ("lampu di dalam stadion banyak yg mati", "DISPORA"),       # was PERKIM
    ("lampu lorong rsud mati", "RSUD"),                         # was PERKIM
    ("lampu ruang kelas mati semua", "DISDIK"),
    ("lampu jalan depan gor mati", "PERKIM"),                   # a street light is still PERKIM's
    ("mck umum di dusun kami kerannya ga ngalir", "PERKIM"),    # no public place: PERKIM's
])
def test_a_public_place_s_own_lamps_and_toilets_are_the_place_s(learned, text, expected):
    """A public place's lamps are no street lights (PERKIM's "lampu mati"), nor its public toilet PERKIM's "wc
    umum": the place's agency mends them; the first suggestion clearly ahead."""
    suggestions = learned.suggest(text)
    assert suggestions[0].code == expected, suggestions
    assert len(suggestions) == 1 or suggestions[1].score < 0.8 * suggestions[0].score, suggestions


@pytest.mark.parametrize("text, typed, standard", [
    ("tonggoku saben bengi ngantemi bojone", "bojone", "istri"),
    ("aer ledeng kagak ngalir dari subuh", "ledeng", "pdam"),
    ("salaki abdi sok nampiling, abdi sieun", "nampiling", "menampar"),
    ("aku ditampar laki aku tiap pulang", "laki", "suami"),                # Malay "laki" with its wife: her husband
])
def test_the_reason_quotes_the_word_the_citizen_wrote(learned, text, typed, standard):
    """A verifier reads the citizen's message beside the reason: "kata: istri" for "bojone" points at nothing."""
    reason = learned.suggest(text)[0].reason
    assert typed in reason and standard not in reason.split(), reason


# --- Minang, Banjar, Acehnese, Bugis/Makassar; numbers as letters; what blocks, and who hits (session 19) ----

@pytest.mark.parametrize("raw, expected", [
    ("ambo indak dapek bantuan", "saya tidak dapek bantuan"),            # Minang (its "-ek" is a spoken form)
    ("ulun kada kawa bayar, cenah sistem rusak", "saya tidak bisa bayar katanya sistem rusak"),  # Banjar
    ("lampu jalan pajah haja", "lampu jalan mati saja"),
    ("lon hana peng, rumoh reuloh", "saya tidak ada peng rumah rusak"),   # Acehnese
    ("ie raya lam gampong", "banjir lam desa"),
    ("pete-pete ugal2an", "angkot ugal ugalan"),                          # Makassar
    ("urang gilo di pasa", "orang gila di pasar"),                        # Minang "urang" a person only so
    ("urang mah teu boga duit", "urang mah tidak boga uang"),             # Sundanese "urang" (we) untouched
])
def test_normalize_reads_sumatra_kalimantan_and_sulawesi_speech(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize("word, root", [
    ("mamukua", "pukul"), ("mamukul", "pukul"),                   # Minang/Banjar "ma-" for "me-", "-ua" for "-ul"
    ("anaknyo", "anak"), ("pajaknyo", "pajak"),                   # Minang "-nyo" for "-nya"
    ("masuak", "masuk"), ("lapuak", "lapuk"), ("pupuak", "pupuk"),  # "-uak" for "-uk"
    ("anjiang", "anjing"), ("gunuang", "gunung"),                  # "-iang", "-uang"
    ("mangalia", "alir"), ("habih", "habis"), ("dapek", "dapat"),  # "-ia" for "-ir", "-ih" for "-is", "-ek" "-at"
    ("tatunda", "tunda"), ("padagang", "dagang"),                  # "ta-" for "ter-", "pa-" for "pe-"
    ("kedua", "kedua"), ("madura", "madura"), ("tamberu", "tamberu"),  # no Minang "-ua", no "ma-" or "ta-" there
    ("mesin", "mesin"), ("pasien", "pasien"), ("tempe", "tempe"),  # known words stay
])
def test_minang_and_banjar_sounds_hide_the_root(word, root):
    assert prepare(word) == root


def test_numbers_typed_for_letters_are_read_as_the_letters():
    """Numbers for letters ("j4l4n rus4k", "t4gih4n 41r n41k"): a message with a digit between letters has such words
    read with letters, when that makes a known word; a number, an amount or an acronym with a digit stays."""
    lexicon = Lexicon(["jalan rusak parah", "lampu mati", "tagihan air naik", "sekolah roboh", "rt 05",
                       "sk p3k belum keluar"])
    assert lexicon.expand("j4l4n rus4k p4r4h") == "jalan rusak parah"
    assert lexicon.expand("t4gih4n 41r n41k") == "tagihan air naik"
    assert lexicon.expand("s3k0l4h r0b0h di rt05, p3k 5rb") == "sekolah roboh di rt05, p3k 5rb"
    assert lexicon.expand("41r mati 3x") == "41r mati 3x"  # no digit between letters: no such message


@pytest.mark.parametrize("text, expected", [
    ("s3k0l4h r0b0h", "DISDIK"), ("l4mpu j4l4n m4t1", "PERKIM"),     # were abstained on
    ("k4rtu k3lu4rg4 s4l4h", "DISDUKCAPIL"), ("t4gih4n 41r n41k", "PDAM"),
    ("s4mp4h numpuk 3 h4r1", "DLH"), ("j3mb4t4n put0s", "PUPR"),
])
def test_complaints_typed_with_numbers_for_letters_are_routed(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("sarok meutumpok di keude, hana diangkut", "DLH"),                  # Acehnese
    ("ie raya sampe pinggang, rumoh ureueng terendam", "BPBD"),
    ("keuchik hana transparan peng gampong", "DPMD"),
    ("urang gilo mangamuak di simpang", "DINSOS"),                        # Minang
    ("urang tu mamukua bininyo tiok malam", "DP3A"),                     # Minang: a woman hit
    ("aia indak mangalia ka rumah, alah saminggu", "PDAM"),
    ("lakinya mamukul bininya, inya bakuciak", "DP3A"),                  # Banjar
    ("banyu ledeng hirang, kada kawa dipakai", "PDAM"),
    ("lampu jalan pajah di gang, gelap banar", "PERKIM"),
    ("pete-pete ngetem sembarang di depan pasar", "DISHUB"),             # Makassar
    ("dottoro puskesmas tena datang", "DINKES"),
])
def test_sumatra_kalimantan_and_sulawesi_complaints_are_routed(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("longsor tutup jalan", "BPBD"),                                     # was PUPR ("jalan longsor" in reverse)
    ("longsor tutup jalan ke dusun atas, warga terisolasi", "BPBD"),
    ("jalan desa tertimbun longsor", "BPBD"),                            # was DISPERINDAG ("timbun": hoarding)
    ("material longsor menutupi badan jalan provinsi", "BPBD"),
    ("jalan longsor di pinggir sungai, aspalnya ambrol separo", "PUPR"),  # the road's own landslide: PUPR's
    ("agen menimbun gas melon", "DISPERINDAG"),                          # hoarding is still hoarding
    ("gerobak bakso menuhin trotoar depan sekolah", "SATPOLPP"),
    ("pedagang buah nutupin trotoar depan pasar", "SATPOLPP"),
    ("trotoar rusak, paving copot", "PUPR"),                             # the sidewalk itself: PUPR's
])
def test_what_blocks_and_what_it_blocks_are_no_phrase_together(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    # the sidewalk blocked or taken by vendors, told passive, with the pedestrians' plight after it
    ("trotoar ditutup tenda pedagang, orang terpaksa jalan di aspal", "SATPOLPP"),  # was PUPR
    ("trotoar dijadikan lapak, pejalan kaki lewat aspal", "SATPOLPP"),
    ("trotoar dijadikan lapak, pejalan kaki lewat aspal\nLokasi: depan pasar baru, desa sukamaju", "SATPOLPP"),
    ("trotoar dipakai buat dagang sayur", "SATPOLPP"),                   # was abstained on
    ("TROTOAR DIPAKE JUALAN PKL SEMUA 😡", "SATPOLPP"),
    ("trotoar depan stasiun dipenuhi gerobak pkl", "SATPOLPP"),
    ("pedagang buah jualan di atas trotoar alun2 pake tenda, pejalan kaki lewat aspal", "SATPOLPP"),  # fresh6's M031
    ("trotoar rusak dipakai buat jalan", "PUPR"),                        # the sidewalk itself
    ("trotoar sempit, pejalan kaki jalan di aspal", "PUPR"),
    ("pejalan kaki terpaksa lewat jalan berlubang", "PUPR"),            # more is said of the road
    ("lampu mati, gelap buat orang jalan", "PERKIM"),
])
def test_the_sidewalk_taken_by_vendors_is_public_order_told_any_way(learned, text, expected):
    """"trotoar ditutup lapak pedagang, pejalan kaki jalan di aspal" was PUPR (the vendors' phrase lost its words to
    "lapak pedagang", the pedestrians' road was PUPR's) and "trotoar dipake jualan semua" was abstained on."""
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("emak gw dipukulin bapak tiap mabok", "DP3A"),                     # was POLRES
    ("bapak nampar ibu di depan kami", "DP3A"),                         # was POLRES
    ("nyokap ditampar bokap semalem", "DP3A"),                          # was abstained on
    ("ibu kandung sy sering dianiaya suaminya", "DP3A"),
    ("ibu saya mukulin adik pake sapu", "DP3A"),                        # the mother hits: the child is hit
    ("dagangan ibu sy dibanting satpol pp", "SATPOLPP"),                # her goods, not her
    ("bu, bapak saya dipukuli orang mabuk", "POLRES"),                  # "bu" calls the officer
    ("ibu ibu arisan ribut", "SATPOLPP"),
    ("jalan ke ibu kota rusak", "PUPR"),
])
def test_a_mother_hit_is_a_woman_hit(learned, text, expected):
    """"ibu" is dropped as an address or a title; said of a mother in a clause telling violence it is a woman."""
    assert _top(learned, text) == expected, learned.suggest(text)


def test_vendors_blocking_the_sidewalk_are_clearly_public_order(learned):
    """fresh16's "pkl nutup trotoar depan alun2, pejalan kaki turun ke jalan" was SATPOLPP 0.29 / PUPR 0.26 (the
    sidewalk's keyword, the pedestrians' words); "pkl trotoar" is now one phrase of the vendors'."""
    first, second = learned.suggest("pkl nutup trotoar depan alun2, pejalan kaki turun ke jalan")[:2]
    assert first.code == "SATPOLPP" and second.score < 0.7 * first.score, (first, second)


@pytest.mark.parametrize("text, expected", [
    ("laki laki mabuk mukulin orang di warung", "POLRES"),               # was DINSOS ("warung")
    ("orang mabok ngamuk mukul warga", "POLRES"),                        # was abstained on
    ("pemuda mabuk ngeroyok tukang ojek di pangkalan", "POLRES"),
    ("warung tuak buka sampe pagi, sering ribut", "SATPOLPP"),           # was DINSOS
    ("suami mabuk mukulin saya", "DP3A"),                                # a woman hit: her protection's
    ("tetangga tiap malam mukulin istrinya", "DP3A"),
    ("bantuan bpnt di e-warung dikurangi", "DINSOS"),                    # the aid's stall is still the aid's
])
def test_assault_told_from_the_doer_s_side_is_the_police_s(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


# --- violence to one's family: by an outsider the police's, in the household a woman's or child's protection -----

@pytest.mark.parametrize("text, accepted", [
    ("suami saya dipukuli preman", {"POLRES"}),                          # was abstained on ("dipukuli suami")
    ("suami sy dihajar orang mabuk di pangkalan", {"POLRES"}),
    ("laki gue dikeroyok pemuda kampung sebelah", {"POLRES"}),
    ("abang aye dibacok preman pasar", {"POLRES"}),
    ("bapak mertua sy ditusuk orang tak dikenal", {"POLRES"}),
    ("istri saya dipukuli preman", {"POLRES", "DP3A"}),                 # was abstained on: a woman hit, outside
    ("suami sy sering mukulin saya", {"DP3A"}),                          # the husband hits: unchanged
    ("sy dipukuli suami tiap malam", {"DP3A"}),
    ("istri tetangga dianiaya suaminya", {"DP3A"}),
    ("suami pukul istri pake gagang sapu", {"DP3A"}),
])
def test_violence_to_one_s_family_by_an_outsider_is_the_police_s(learned, text, accepted):
    """A directory phrase saying who hits whom ("dipukuli suami") read in the other order ("suami ... dipukuli") said
    the husband hits, and took the police's "dipukuli": "suami saya dipukuli preman" was abstained on."""
    assert _top(learned, text) in accepted, learned.suggest(text)


@pytest.mark.parametrize("text, accepted", [
    ("nenek saya dipukuli", {"DP3A"}),                                   # was POLRES, DINSOS second
    ("nenek sy sering ditampar menantunya", {"DP3A"}),                   # was abstained on
    ("oma dipukul cucunya pake rotan", {"DP3A"}),
    ("nini abdi ditampiling incuna", {"DP3A"}),                          # Sundanese
    ("mbah wedok digebuki putune dhewe", {"DP3A"}),                      # by her grandchild: the household's
    ("nenek saya dipukuli preman", {"POLRES", "DP3A"}),                  # outside the household: either
    ("nenek sy dijambret di pasar", {"POLRES"}),                         # a theft, not violence to her
    ("kakek saya dipukuli preman", {"POLRES"}),
    ("nenek hidup sendiri, sakit2an, ga ada yg ngurus", {"DINSOS"}),     # an elder alone stays the social office's
])
def test_a_grandmother_hit_is_a_woman_hit(learned, text, accepted):
    """A grandmother is a woman: hit, she is the women's protection's as a mother is, not the elders' welfare."""
    suggestions = learned.suggest(text)
    assert suggestions and suggestions[0].code in accepted, suggestions
    if accepted == {"DP3A", "POLRES"}:  # violence to a woman: both, whichever leads
        assert {s.code for s in suggestions[:2]} == accepted, suggestions


# --- Papuan and Kupang Malay, Pontianak Malay, Palembang (session 20, fresh19) ---------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("sa pu motor su hilang", "saya punya motor sudah hilang"),            # Papuan: "pu" is no Dinas PU here
    ("torang pu jalan tra pernah diperbaiki", "kami punya jalan tidak pernah diperbaiki"),
    ("beta pung rumah sonde dapat listrik", "saya punya rumah tidak dapat listrik"),  # Kupang
    ("dorang bilang trada uang", "mereka bilang tidak ada uang"),
    ("kamek takot masok", "saya takut masuk"),                              # Pontianak
    ("aek naek sampai rumah", "air naik sampai rumah"),
    ("wong dak biso tiduk, galo keno", "orang tidak bisa tidur semua kena"),  # Palembang
    ("laki kamek mukul kamek", "suami saya mukul saya"),                    # "laki" with its wife: her husband
    ("anak laki laki saya dipukul", "anak laki laki saya dipukul"),         # a boy stays a boy
    ("lapor ke dinas pu", "lapor ke dinas pu"),                              # the agency is still named
])
def test_normalize_reads_eastern_malay_pontianak_and_palembang_speech(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize("text, expected", [
    ("sa pu anak dipukul guru sampe bengkak", "DP3A"),                     # "pu" no PUPR's alias here
    ("ko pu anak kena demam tiap malam, mantri tra ada", "DINKES"),
    ("kamek dipukul laki kamek tiap malam", "DP3A"),                        # was POLRES
    ("laki aku mukulin aku terus", "DP3A"),
    ("aek pasang naek, kampong kitak tenggelam", "BPBD"),                    # was abstained on
    ("banyak warga kena malaria, obat di pustu habis", "DINKES"),
    ("kerbau dan babi warga mati mendadak", "DINKANNAK"),                   # was DINKES ("penyakit")
    ("speedboat ke kota cuma seminggu sekali, penumpang berdesakan", "DISHUB"),
    ("jalan ke distrik rusak, dinas pu tra pernah datang", "PUPR"),         # "pu" still names the agency
])
def test_eastern_malay_pontianak_and_palembang_complaints_are_routed(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("opa di sebelah tinggal sendiri, sakit2an, tra ada yang jenguk", "DINSOS"),
    ("bapak tua itu hidup sendirian, sudah sakit-sakitan, makan dari tetangga", "DINSOS"),
    ("lampu di rumah sering mati, tv sama kipas angin rusak semua", "PLN"),    # appliances burnt by power cuts
    ("listrik byarpet terus, barang elektronik warga pada rusak", "PLN"),
    ("lampu jalan depan gang mati, gelap", "PERKIM"),                          # a street lamp stays PERKIM's
    ("anak sy sakit, tinggal sendiri di kos, rs nolak", "RSUD"),              # no elder: the hospital's
])
def test_an_elder_alone_and_appliances_burnt_by_power_cuts(learned, text, expected):
    """fresh19: an old woman named "mama tua" living alone, ailing, went to RSUD; "lampu mati terus, ... kulkas rusak"
    (a power cut that broke the fridge) to PERKIM."""
    assert _top(learned, text) == expected, learned.suggest(text)


# --- round 2 of session 20: street lights, the arts, violence at home (fresh20) --------------------------------

@pytest.mark.parametrize("text, expected", [
    ("tiang listrik PJU di depan masjid miring mau roboh", "PERKIM"),        # was PLN 0.34 / PERKIM 0.27
    ("tiang listrik pju mati semua di jalan desa", "PERKIM"),
    ("penerangan jalan umum rusak, tiang listriknya karatan", "PERKIM"),
    ("listrik pju korslet, tiangnya nyetrum kalo pegang", "PERKIM"),
    ("kabel lampu jalan putus menjuntai ke bawah", "PERKIM"),
    ("TIANG LAMPU PENERANGAN DEPAN SD DOYONG", "PERKIM"),
    ("pju depan rumah sy mati, tiang listriknya miring", "PERKIM"),        # a house named as where: no home power
    ("lampu merah perempatan padam, kabelnya putus", "DISHUB"),                # traffic lights are DISHUB's
    ("listrik rumah padam dari sore", "PLN"),                                  # household power stays PLN's
    ("token listrik udah diisi tapi gak masuk", "PLN"),
    ("tiang listrik roboh menimpa rumah warga", "PLN"),
    ("listrik padam sekampung, lampu jalan ikut mati", "PLN"),               # a power cut, street lamps with it
])
def test_a_street_light_s_pole_cable_and_power_are_the_street_light_s(learned, text, expected):
    """Street lights (PJU) are the regency's (PERKIM, "pemilik PJU/lampu jalan"), not PLN's: "tiang listrik PJU" was
    suggested to PLN. With a street light named, its pole, cable and power are its own; a power cut stays PLN's."""
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("sanggar tari kami butuh bantuan kostum, pakaian adat sudah robek", "DISPARBUD"),   # was DINSOS ("pakaian")
    ("baju adat buat pentas anak2 udah lusuh, mohon bantuan", "DISPARBUD"),
    ("grup reog kami tidak pernah dapat pembinaan", "DISPARBUD"),                       # was DISPORA
    ("alat gamelan karawitan desa rusak, minta bantuan", "DISPARBUD"),
    ("kelompok jaranan kampung kami butuh bantuan kostum", "DISPARBUD"),
    ("grup tari kami ga pernah dpt bantuan, pakaian adat penari udah sobek2", "DISPARBUD"),  # no "bantuan pakaian"
    ("korban kebakaran butuh bantuan pakaian", "DINSOS"),                              # clothes as aid: DINSOS
    ("bantuan pakaian bekas buat warga miskin tidak dibagi", "DINSOS"),
    ("seragam sekolah anak saya belum dibagi", "DISDIK"),
])
def test_the_arts_costumes_and_troupes_are_culture_s(learned, text, expected):
    """fresh19's "sanggar tari kami sonde dapat bantuan, pakaian adat su robek" went to DINSOS: a troupe's costumes
    and instruments are the arts', DISPARBUD's ("kesenian", "sanggar seni")."""
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text", [
    "air sumur jadi kuning, ga berani dipake masak",
    "trotoar dipakai parkir mobil",
    "kami pakai air sungai buat mandi",
])
def test_used_is_no_clothes(keywords, text):
    """"dipake"/"pakai" (used) was read as the vocabulary's "pakaian" (clothes: the aid's, the arts'), which gave
    those agencies a loose word's evidence in any text saying something was used."""
    codes = {keywords.profiles[i].code for i in keywords.evidence(text)}
    assert not codes & {"DINSOS", "DISPARBUD"}, codes


@pytest.mark.parametrize("text, accepted", [
    ("nenek dianiaya cucunya", {"DP3A"}),                                 # was POLRES 0.35 / DP3A 0.18
    ("ibu saya dianiaya bapak", {"DP3A"}),                                # was POLRES 0.25 / DP3A 0.20
    ("ibu sy dihajar bapak tiri tiap mabuk", {"DP3A"}),
    ("mertua perempuan sy dianiaya menantunya", {"DP3A"}),
    ("kakak perempuan sy digebukin abangnya sendiri", {"DP3A"}),
    ("simbok dipukuli anake dhewe", {"DP3A"}),
    ("anaknya sering mukulin ibunya sendiri", {"DP3A"}),
    ("ibu saya dianiaya preman pasar", {"POLRES", "DP3A"}),               # outside the household: either
    ("istri saya dianiaya orang tak dikenal di jalan", {"POLRES", "DP3A"}),
    ("nenek sy dipukul tetangga gara2 ayam", {"POLRES", "DP3A"}),
    ("kakek saya dipukuli preman", {"POLRES"}),                           # a man beaten outside: the police's
])
def test_a_woman_hit_by_her_household_is_her_protection_s_first(learned, text, accepted):
    """A woman hit by one of her household told with the police's own words ("dianiaya", "digebuki") led POLRES with
    DP3A second: violence at home against a woman is DP3A's first (the police second is fine)."""
    suggestions = learned.suggest(text)
    assert suggestions and suggestions[0].code in accepted, suggestions


# --- session 21: who hits whom in a family, a boyfriend, Papuan bare "pukul" (the lead's cases) ------------------

@pytest.mark.parametrize("text, accepted", [
    ("anak laki2 saya memukul bapaknya", {"POLRES"}),                     # was DP3A: read as a child hit
    ("anak sy mukulin bapaknya sampai berdarah", {"POLRES"}),
    ("putra sulung saya menganiaya ayahnya sendiri", {"POLRES"}),
    ("bapak saya dianiaya anaknya sendiri", {"POLRES"}),                  # the doer after a passive word
    ("ayah sy digebukin anak tirinya", {"POLRES"}),
    ("anak saya dipukuli bapaknya", {"DP3A"}),                            # the child hit: unchanged
    ("bapak tiri mukulin anak sy", {"DP3A"}),
    ("guru olahraga nampar murid kelas 5", {"DP3A"}),
    ("anak sy mukulin adiknya sampai memar", {"DP3A"}),                   # a child hit by a child
    ("anak2 tetangga suka memukuli kucing", {"POLRES", "DINKANNAK"}),      # "anak anak": one child word twice
    ("pacar anak gadis saya suka mukul", {"DP3A"}),                       # the daughter's boyfriend hits
    ("anaknya sering mukulin ibunya sendiri", {"DP3A"}),                  # a woman hit by her son
])
def test_a_child_who_hits_is_no_child_hit(learned, text, accepted):
    """"anak laki2 saya memukul bapaknya" (a man hit by his son) was DP3A's, a child hit: a child before an active
    violence word, or after a passive one, did it. A man hit is the police's."""
    suggestions = learned.suggest(text)
    assert suggestions and suggestions[0].code in accepted, suggestions


@pytest.mark.parametrize("text, first, second", [
    ("adik perempuan saya dianiaya pacarnya", "DP3A", "POLRES"),          # was POLRES 0.36 / DP3A 0.12
    ("kakak perempuan sy dihajar mantan pacarnya", "DP3A", None),          # as "digebuki" at home: DP3A alone
    ("adik cewek gw digebukin tunangannya", "DP3A", None),
    ("keponakan perempuan saya sering dianiaya kekasihnya", "DP3A", None),
    ("adik perempuan saya dianiaya preman", "POLRES", "DP3A"),            # outside: as before
    ("kakak laki2 saya dipukuli pacarnya", "POLRES", None),               # no woman hit
])
def test_a_woman_hit_by_her_boyfriend_is_her_protection_s_first(learned, text, first, second):
    """Dating violence against a woman is the UPTD PPA's (DP3A) first, the police second, as violence at home is."""
    codes = [s.code for s in learned.suggest(text)]
    assert codes[:1] == [first] and (second is None or second in codes[:2]), codes


@pytest.mark.parametrize("text, accepted", [
    ("bapa dong pukul sa pu mama", {"DP3A"}),                             # was abstained on
    ("de pu suami pukul de sampe bengkak", {"DP3A"}),
    ("bapa tiri pukul sa pu ade perempuan", {"DP3A"}),
    ("orang mabuk pukul sa pu kaka laki-laki di pasar", {"POLRES"}),
    ("guru pukul murid pake rotan", {"DP3A"}),
])
def test_bare_pukul_before_someone_is_hitting(learned, text, accepted):
    """Papuan and everyday Malay say "pukul" bare for hitting ("bapa dong pukul sa pu mama"); it was read as the
    time of day only."""
    suggestions = learned.suggest(text)
    assert suggestions and suggestions[0].code in accepted, suggestions


@pytest.mark.parametrize("text", [
    "kantor kelurahan sudah tutup pukul 12 siang",
    "dibuka pukul 8 tapi petugasnya datang pukul 10",
    "antre dari pukul setengah tujuh belum dipanggil",
    "jadwal posyandu pukul berapa ya",
    "harganya dipukul rata semua",
])
def test_pukul_as_the_time_of_day_is_no_violence(text):
    assert not [w for w in normalize(text).split() if is_harm(w)], normalize(text)


# --- session 21: fresh21's regional words (Acehnese, Balinese, Minang "ta-") --------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("rumoh ureueng di gampong kamoe teutot, apui rayek", "DAMKAR"),          # Acehnese fire
    ("tolong, umah jiran tiang terbakar", "DAMKAR"),
    ("kuluk liar sube ngutgut pianak tiang", "DINKANNAK"),                    # Balinese dog bite
    ("yeh tukad di desa tiang nyansan kotor, ada limbah", "DLH"),
    ("jalan ka jorong tatimbun tabiang runtuah", "BPBD"),                     # Minang "ta-" for "ter-"
    ("pedagang menimbun minyak goreng di gudang", "DISPERINDAG"),            # hoarding stays hoarding
    ("perbekel ngangkat ponakannya jadi kaur tanpa seleksi", "DPMD"),        # a village official
])
def test_acehnese_balinese_and_minang_words(learned, text, expected):
    """fresh21: Acehnese "apui" (fire), "teutot" (burnt), Balinese "cicing"/"kuluk" (dog), "ngutgut" (bite), "tukad"
    (river), Minang "tatimbun" (buried: "tertimbun", not hoarded) and "kaur" (a village official) were not read."""
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("penambangan pasir liar di kali pake mesin sedot, tebingnya makin tergerus", "DLH"),   # was BPBD
    ("tambang emas tanpa izin di hulu, air sungai jadi kuning", "DLH"),
    ("penambangan liar di bukit belakang kampung, sawah tertutup lumpur", "DLH"),
    ("truk tambang muatan lebih lewat jalan desa tiap malem", "DISHUB"),      # the trucks stay DISHUB's
    ("ajb tanah sy di kecamatan belum ditandatangani 3 bulan", "KECAMATAN"),  # the camat as land-deed official
    ("akta jual beli rumah di ppat camat ga selesai2", "KECAMATAN"),
    ("akta kelahiran anak saya salah nama", "DISDUKCAPIL"),                   # a birth certificate stays
])
def test_mining_is_the_environment_s_and_a_deed_of_sale_the_camat_s(learned, text, expected):
    """fresh21: mining (sand pumped from a river, gold dug without a permit) had no reading, and "akta jual beli" at the
    camat went to the civil registry by its "akta"."""
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("bocah2 kecil dipaksa ngamen di lampu merah sampai tengah malam", "DP3A"),
    ("anak umur 9 tahun disuruh jualan kerupuk keliling sampai malam sama ortunya", "DP3A"),
    ("anak2 disuruh ngemis di perempatan sama orang tuanya", "DP3A"),
    ("pedagang jualan di trotoar bikin macet", "SATPOLPP"),                   # selling, no child
])
def test_a_child_made_to_sell_or_beg_is_child_labour(learned, text, expected):
    """fresh21: a child made to sell tissues until night ("disuruh jualan") was no child labour ("pekerja anak")."""
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("pohon besar di depan sekolah batangnya bolong, takut tumbang", "DLH"),   # was PUPR ("bolong": a road's hole)
    ("POHON BERINGIN DI ALUN2 BATANGNYA KEROPOS BGT", "DLH"),
    ("wit gedhe ngarep omah growong, wedi ambruk", "DLH"),                     # Javanese, a hollow tree
    ("dahan pohon ketapang lapuk hampir patah di atas jalan", "DLH"),
    ("jalan berlubang gara2 akar pohon", "PUPR"),                              # the road's hole stays the road's
    ("jalan desa berlubang besar, motor sering jatuh", "PUPR"),
    ("pohon tumbang menimpa rumah warga", "BPBD"),                             # a fallen tree stays a disaster
])
def test_a_tree_s_hole_and_rot_are_the_tree_s(learned, text, expected):
    """A hollow or rotten trunk ("batangnya bolong", "keropos") was read as PUPR's "jalan berlubang": PUPR 0.22,
    DLH (trees) 0.17."""
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("petugas pasar narik uang tiap hari gk dikasih karcis", "INSPEKTORAT"),   # money taken with no ticket
    ("oknum pegawai minta 50rb utk urus surat, tanpa kwitansi", "INSPEKTORAT"),
    ("retribusi pasar naik jadi 5 ribu sehari", "DISPERINDAG"),               # the levy itself stays the market's
    ("karcis parkir mahal", "DISHUB"),
    ("kantor distrik selalu tutup, kepala distrik tra pernah ada", "KECAMATAN"),   # Papua's kecamatan
    ("kapitalaung angkat perangkat kampung dari keluarga sendiri", "DPMD"),    # Sangihe's village head
    ("kepala tiyuh ga pernah ngantor", "DPMD"),                                # Tulang Bawang's
    ("pesen baju di ig udah bayar barangnya ga sampe2 penjual ngilang", "POLRES"),  # fraud told without "tipu"
    ("udh trf 2jt beli motor di fb, brg gk dikirim2", "POLRES"),
    ("bantuan air bersih dari bpbd tidak dikirim ke dusun kami", "BPBD"),     # aid not sent is no fraud
    ("paket bansos tidak sampai ke rumah kami", "DINSOS"),
    ("dapet surat etle padahal motor udah dijual", "POLRES"),                 # an e-ticket is a ticket
])
def test_money_taken_without_a_ticket_and_other_regions_offices(learned, text, expected):
    """fresh22 and session 21's leftovers: a market official's daily levy "tanpa karcis" was the market's office
    first; Papua's "kepala distrik" (the camat) and Sangihe's "kapitalaung" (the village head) were not read; a
    purchase paid for and never sent went to BAPENDA or BPBD (by "dikirim")."""
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text", [
    "suami saya dipukuli istrinya",                                          # was DP3A 0.42 alone
    "abang sy dianiaya bininya pake panci",
    "adik laki2 saya sering dihajar istrinya",
    "SUAMI SY TIAP HARI DIPUKULI ISTRINYA 😢",
    "bapak saya dianiaya anaknya sendiri",                                   # was POLRES 0.42 alone
    "ayah sy digebukin anak tirinya",
    "anak laki2 saya memukul bapaknya",
    "suami sy digebukin istrinya sampe masuk rs",                            # the hospital first, both offered
    "tiang kena pukul ring somah tiang",                                     # Balinese: hit by my spouse
    "sy sering kena tampar sama bojo sy",
    "tiang sering kena tampar ring somah tiang",                             # session 23: was POLRES 0.08 alone
])
def test_a_man_hit_at_home_is_offered_to_the_police_and_to_protection_from_violence_at_home(learned, text):
    """Violence at home against a man is an assault and violence at home both (UU PKDRT): a man hit by his wife
    went to DP3A alone (the wife after a passive violence word was read as the one hit), a man hit by his child
    to POLRES alone."""
    codes = [s.code for s in learned.suggest(text)]
    assert {"DP3A", "POLRES"} <= set(codes), learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("suami saya dipukuli preman", "POLRES"),                                # outside the household: the police's
    ("kakek saya dipukuli tetangga", "POLRES"),
    ("istri saya dipukuli suaminya", "DP3A"),                                # a woman hit stays hers
    ("ibu saya dianiaya bapak", "DP3A"),
])
def test_a_man_hit_outside_the_household_and_a_woman_hit_at_home_keep_their_first(learned, text, expected):
    """Near the above: who is hit, and by whom, still decides the first suggestion."""
    assert _top(learned, text) == expected, learned.suggest(text)


# --- session 23: walkways over water, "how are you" in regional speech, a hospital as what violence did, Balinese --

@pytest.mark.parametrize("text, accepted", [
    ("pelantar depan rumah kami dah reput, papan banyak yg lepas", {"PUPR", "PERKIM"}),   # was DINSOS
    ("jerambah kayu depan rumah patah, anak2 susah lewat", {"PUPR", "PERKIM"}),          # was DLH
    ("pelantar penghubung rumah2 di kampung laut udah goyang, papannya copot", {"PUPR", "PERKIM"}),
    ("titian ulin di kampung ulun sudah lapuk, papannya patah", {"PUPR", "PERKIM"}),
    ("dermaga kayu di pelabuhan desa lapuk, kapal penyeberangan susah sandar", {"DISHUB"}),  # a pier stays a pier
    ("dahan pohon ketapang lapuk hampir patah di atas jalan", {"DLH"}),                   # rot of a tree stays DLH's
])
def test_a_wooden_walkway_over_water_is_a_bridge(learned, text, accepted):
    """Riau's "pelantar" and Kalimantan's "jerambah" (the wooden walkways of villages built over water) were unknown
    words: "pelantar kayu ... dah lapuk" went to DISHUB, neither PUPR nor PERKIM among three."""
    assert _top(learned, text) in accepted, learned.suggest(text)


@pytest.mark.parametrize("text", [
    "tabik pun, api kabar pak?",          # Lampung "api" is "apa": was DAMKAR ("api", fire)
    "api kabar min",
    "apo kaba pak, sehat?",               # Minang: was DINKES ("sehat")
    "apa habar pian, ulun handak batakun haja",
    "aga kareba puang?",
])
def test_how_are_you_in_regional_speech_is_a_greeting(learned, text):
    assert learned.suggest(text) == []


@pytest.mark.parametrize("text, expected", [
    ("api kabar? rumah sebelah kebakaran", "DAMKAR"),    # a fire told after the greeting is still a fire
    ("ada api di dapur tetangga, tolong", "DAMKAR"),
    ("apinya besar, gudang kebakaran", "DAMKAR"),
])
def test_fire_after_or_without_a_greeting_stays_a_fire(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, accepted", [
    ("istri sy dipukuli suaminya sampe masuk rumah sakit", {"DP3A"}),        # was RSUD 0.40 / DP3A 0.18
    ("kakak sy dianiaya suaminya sampai dirawat di rsud", {"DP3A"}),         # was RSUD 0.39
    ("suami saya dihajar istrinya smp masuk ugd", {"DP3A", "POLRES"}),
    ("ibu sy dihajar bapak sampe opname 3 hari", {"DP3A"}),
    ("anak sy masuk rs karena dbd, pelayanannya lambat", {"RSUD"}),          # the hospital as the topic stays
    ("bapak sy masuk rs, perawatnya kasar", {"RSUD"}),
    ("pasien kecelakaan sampai di igd dibiarkan 3 jam", {"RSUD"}),           # no violence: the hospital's
])
def test_a_hospital_reached_after_violence_is_what_it_did(learned, text, accepted):
    """"suami sy digebukin istrinya sampe masuk rs" led with RSUD: the treatment after "sampai" is what the violence
    did, not the complaint."""
    assert _top(learned, text) in accepted, learned.suggest(text)


@pytest.mark.parametrize("text, accepted", [
    ("tiang kena tendang ajak somah tiang", {"DP3A"}),                    # Balinese "tiang": I
    ("tiang sering kena tonjok ring kurenan tiang", {"DP3A"}),
    ("sy kena gampar sama suami sy", {"DP3A"}),
    ("tiang listrik kena tabrak truk, miring ke rumah", {"PLN"}),         # a pole stays a pole
    ("tiange doyong arep ambruk, kabele nggantung", {"PLN"}),             # Javanese "the pole"
])
def test_balinese_i_and_a_blow_after_kena(learned, text, accepted):
    """"tiang sering kena tampar ring somah tiang" (Balinese: I am often slapped by my spouse) was POLRES 0.08, DP3A
    not among three: "tiang" was a pole, and "kena tampar" no violence the directory reads."""
    codes = [s.code for s in learned.suggest(text)]
    assert codes[:1] and codes[0] in accepted, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("jambatan di kampung kami putus, budak2 ka sekolah harus basampan", "PUPR"),      # Malay "jambatan"
    ("rumah gadang tuo di nagari kami alah lapuak, indak ado perhatian", "DISPARBUD"),  # a traditional house
    ("rumah betang di kampung kami atapnya bocor, tidak ada yang merawat", "DISPARBUD"),
    ("rumah warga di kampung kami mau roboh, minta bedah rumah", "PERKIM"),           # a house stays housing
    ("e-warung tutup, bpnt tidak bisa dicairkan", "DINSOS"),                          # the aid's shop stays DINSOS
    ("pns pemkab tiap hari nongkrong di warung kopi pas jam kerja", "BKPSDM"),     # any warung is not DINSOS's
    ("sa pu kaka parampuan dapa pukul dia pung laki", "DP3A"),                        # Ambon: her husband hits her
    ("akun ig ngaku2 pejabat pemkab minta transfer ke warga", "DISKOMINFO"),      # an account that claims to be
])
def test_regional_bridges_traditional_houses_any_warung_and_eastern_husbands(learned, text, expected):
    """fresh23's misses, by cause: Malay "jambatan" unknown (→ DISDIK); a Toraja "tongkonan" (→ DLH, DISPARBUD not
    among three); "e-warung" read as "warung" alone, so an official idling "di warung" went to DINSOS; Ambon's "dia pung
    laki" (her husband) and "dapa pukul" (got hit) unread (→ POLRES)."""
    assert _top(learned, text) == expected, learned.suggest(text)


# --- session 24: two problems in one message, a pier at a harbour, fresh24's causes ---------------------------------

@pytest.mark.parametrize("text, first, second", [
    ("jalan kampung bolong bolong parah, lampu jalan jg mati semua", "PUPR", "PERKIM"),
    ("aspal gang kami ancur, trus lampu pju nya juga padam, gelap bgt", "PUPR", "PERKIM"),
    ("JALAN KE SAWAH RUSAK DAN LAMPU JALAN JUGA MATI", "PUPR", "PERKIM"),
    ("air pdam ga keluar 2 hari, listriknya juga padam terus", "PDAM", "PLN"),
    ("cai pdam teu ngocor, listrik oge pareum", "PDAM", "PLN"),                       # Sundanese "oge": also
    ("banyune pdam mati, listrike uga mati", "PDAM", "PLN"),                          # Javanese "uga"
    ("got depan gang mampet bau, ditambah sampah ga diangkut seminggu", "PUPR", "DLH"),
    ("zebra cross depan sd ilang catnya, udah gitu jalannya berlubang", "DISHUB", "PUPR"),
    # the other order leads with its own first
    ("lampu jalan di gang mati semua, jalannya juga bolong bolong", "PERKIM", "PUPR"),
    ("listrik padam dari subuh, air pdam juga ga ngalir", "PLN", "PDAM"),
])
def test_two_problems_lead_with_the_first_named(learned, text, first, second):
    """A message naming two problems led with its second ("jalan desa rusak parah dan lampu jalan juga mati semua" →
    PERKIM 0.60 / PUPR 0.13; "air pdam mati tiga hari, listrik juga byarpet" → PLN): the lamps' and the power's words
    are stronger than a road's or the water's. The first named leads, the second stays among three."""
    codes = [s.code for s in learned.suggest(text)]
    assert codes[:1] == [first] and second in codes, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("sampah numpuk di pinggir jalan, baunya juga menyengat", "DLH"),       # one problem told twice
    ("pak tolong, rumah saya juga kebanjiran", "BPBD"),                    # "also" with nothing before it
    ("jalan rusak parah, tolong juga segera diperbaiki", "PUPR"),
    ("sudah lapor ke kantor desa juga, tapi jalan tetap rusak", "PUPR"),
    ("anak saya juga kena dbd, puskesmas penuh", "DINKES"),
    ("lampu jalan mati sebulan, warga juga sudah lapor ke rt", "PERKIM"),
])
def test_also_in_a_message_of_one_problem_moves_nothing(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, first", [
    ("pelabuhan kapal pelantar rusak, kapal susah sandar", "DISHUB"),
    ("pelantar pelabuhan dah reput, penumpang pompong takut naik", "DISHUB"),
    ("pelantar tempat kapal bersandar patah papannya", "DISHUB"),
    ("pelantar kayu di kampung atas air dah lapuk, orang tua hampir jatuh", "PUPR"),   # a walkway stays PUPR's
    ("pelantar depan rumah kami patah, budak2 takut lalu", "PUPR"),
])
def test_a_pelantar_at_a_harbour_is_a_pier(learned, text, first):
    """Riau's "pelantar" is a wooden walkway over water (read "jembatan", PUPR's) and also the pier boats berth at: the
    directory gives piers ("dermaga") and ferries to DISHUB. With a harbour or a berthing boat in its clause it is the
    pier ("pelabuhan kapal pelantar rusak, kapal susah sandar" was PUPR 0.26 / DISHUB 0.17); one over water between
    houses stays PUPR's."""
    assert _top(learned, text) == first, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("jambatan gantung ke seberang dah putus, budak2 sekolah tak boleh lalu", "PUPR"),
    ("jalan tanah ke dusun becek bukan main, budak sekolah jatuh tiap hari", "PUPR"),
    ("kapal penyeberangan tak jalan seminggu, budak sekolah tak boleh ke pulau", "DISHUB"),
    ("budak sekolah naik motor tak pakai helm, kebut kebutan kat jalan raya", "POLRES"),
    ("budak sekolah tak dapat buku paket dari sekolah", "DISDIK"),             # a school matter stays one
    ("budak2 sekolah kena pungut duit seragam", "DISDIK"),
])
def test_school_children_named_are_who_not_what(learned, text, expected):
    """Malay "budak sekolah" (school children) is who it happened to: the school is not the topic."""
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("posyandu e kampong tadak timbangan bayi, ana' tak etimbang", "DINKES"),          # Madurese
    ("timbangan di posyandu rusak, balita ga bisa ditimbang", "DINKES"),
    ("timbangan pedagang beras di pasar kurang 2 ons", "DISPERINDAG"),                 # a trader's scale stays
    ("saya pakai kursi roda, di kantor capil tidak ada jalur landai, harus digotong", "DISDUKCAPIL"),
    ("ibu saya pengguna kursi roda, toilet rsud tidak ada pegangan, lift mati", "RSUD"),
    ("mohon bantuan kursi roda untuk bapak saya yang lumpuh", "DINSOS"),               # asking for one stays
    ("sungai keruh kuning gara2 PETI di hulu, ikan habis", "DLH"),                    # illegal gold mining
    ("aktivitas peti di sungai bikin air keruh", "DLH"),
    ("peti es nelayan dari bantuan dinas sudah rusak", "DINKANNAK"),                  # a box stays a box
    ("kades minta duit buat tanda tangan sporadik", "INSPEKTORAT"),                  # paying for a signature
    ("kades tidak mau tanda tangan surat pengantar", "DPMD"),                         # refusing one is the village's
])
def test_fresh24_causes(learned, text, expected):
    """fresh24's misses, by cause: a posyandu's scale read as a trader's ("timbangan": DISPERINDAG); a wheelchair user
    telling who they are read as asking for a wheelchair (DINSOS); "PETI" (gold mined without a permit) unread, so a
    muddy river's fish went to DINKANNAK; a village official's price for a signature read as the village's."""
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text", [
    "perangkat desa minta uang 300rb buat tanda tangan surat",
    "sekdes minta uang tanda tangan 150 ribu per surat",
    "staf kecamatan minta uang 100rb buat tanda tangan surat pindah",
    "kadus minta duit 50rb buat tanda tangan surat keterangan",
])
def test_a_price_for_a_signature_is_extortion_beside_the_office(learned, text):
    """fresh24's J083 ("perangkat desa minta uang 200 ribu untuk tanda tangan surat tanah") was DPMD 0.31 with
    INSPEKTORAT third at 0.06: money asked for a signature is "pungli". The office named may still lead (as in
    earlier sets: the office and the inspectorate are both accepted); the inspectorate is among the first two."""
    codes = [s.code for s in learned.suggest(text)]
    assert "INSPEKTORAT" in codes[:2], learned.suggest(text)


@pytest.mark.parametrize("text", [
    "ibu sy di igd rsud dibiarin 4 jam ga ditangani",
    "pasien kecelakaan dibiarkan sejam tanpa ditangani dokter jaga",
    "perawat bangsal lambat nanganin pasien",
])
def test_a_patient_handled_is_no_signature(learned, text):
    """"ditangani" (handled) was read as its root "tangan" (hand), the "tanda tangan" of the camat's and, with the
    signature's price above, of the inspectorate's: a patient left unhandled drew KECAMATAN or INSPEKTORAT."""
    codes = [s.code for s in learned.suggest(text)]
    assert codes[:1] == ["RSUD"] and not {"KECAMATAN", "INSPEKTORAT"} & set(codes), learned.suggest(text)


# --- session 25: money asked by an official, a price for the camat's signature, Sundanese "-ana", English places ----

@pytest.mark.parametrize("text", [
    "pak lurah minta uang 300 ribu buat ngurus surat tanah",
    "pak lurah minta duit 500rb katanya buat administrasi surat pindah",
    "pak kades njaluk duit sejuta kanggo ngurus akta tanah",                     # Javanese
    "kuwu menta artos 200 rebu pikeun ngurus surat pindah",                      # Sundanese (Cirebon's village head)
    "sekdes minta uang 150rb tiap ngurus surat keterangan",
    "wali nagari mintak pitih untuak urus surek tanah",                          # Minang
    "staf kelurahan minta bayar 100rb buat legalisir",
    "kades minta uang 1 juta buat ngurus sertifikat ptsl",
    "lurah minta sumbangan 17an ke warga",  # was DPMD: "sumbangan" was no money word (session 27 made it one)
])
def test_money_asked_by_an_official_for_a_service_is_extortion(learned, text):
    """"pak lurah minta uang ..." went to the office named (DPMD 0.20, INSPEKTORAT 0.04): "minta uang" alone is no
    extortion (an impostor, a beggar, a child asking a parent), so it was left out. Money asked by an official of the
    regency or for an office's service (`textnorm.extorted`) is "pungli", the inspectorate's; the official is who did
    it, not the topic."""
    assert _top(learned, text) == "INSPEKTORAT", learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("akun fb ngaku2 bupati minta transfer duit", "DISKOMINFO"),          # an impostor
    ("pengamen maksa minta uang di warung2", None),                       # no official, no service: unread
    ("preman minta uang keamanan ke pedagang pasar tiap malam", "POLRES"),
    ("bidan desa minta bayaran buat lahiran padahal pake bpjs", "DINKES"),
    ("sekolah minta uang gedung 2 juta padahal negeri", "DISDIK"),
    ("rt minta uang iuran sampah tiap bulan", "DLH"),
    ("petugas pln minta duit biar pasang baru cepet", "PLN"),
    ("uang bansos belum cair padahal sudah diurus ke desa", "DINSOS"),      # no asking
    ("anak sy minta uang buat bayar study tour", "DISDIK"),
    ("pak lurah ga pernah di kantor, surat saya ga diurus", "DPMD"),
    ("kades tidak transparan soal dana desa", "DPMD"),
])
def test_money_asked_by_others_moves_nothing(learned, text, expected):
    if expected is None:
        assert "INSPEKTORAT" not in [s.code for s in learned.suggest(text)][:1], learned.suggest(text)
        return
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text", [
    "staf kecamatan minta bayar tanda tangan camat",
    "harus bayar 100rb buat dapat tanda tangan camat",
    "pegawai kecamatan minta duit buat tanda tangan camat di surat saya",
    "biaya tanda tangan camat 50 ribu, katanya sudah biasa",
])
def test_a_price_for_the_camat_s_signature_is_extortion(learned, text):
    """The directory's "tanda tangan camat" (KECAMATAN) claimed the words of a signature's price ("bayar tanda
    tangan", the inspectorate's "pungli"): "staf kecamatan minta bayar tanda tangan camat" was KECAMATAN 0.86 alone.
    A price for the camat's signature leads with the inspectorate, the kecamatan among three."""
    codes = [s.code for s in learned.suggest(text)]
    assert codes[:1] == ["INSPEKTORAT"] and "KECAMATAN" in codes, learned.suggest(text)


@pytest.mark.parametrize("text", [
    "mau minta tanda tangan camat tapi camatnya ga pernah ada di kantor",
    "surat saya belum ditanda tangan camat sudah 2 minggu",
    "tanda tangan camat lama banget keluarnya",
])
def test_the_camat_s_signature_without_a_price_stays_the_kecamatan_s(learned, text):
    assert _top(learned, text) == "KECAMATAN", learned.suggest(text)


def test_the_sundanese_possessive_ana_is_read():
    """Sundanese "pamajikanana" (his wife) was not read, "pamajikanna" was: the ending "-ana" after a consonant is a
    possessive as "-na" is. Indonesian words ending in "-ana" stay as they are."""
    assert normalize("pamajikanana") == normalize("pamajikanna") == "istri"
    assert normalize("salakiana") == "salakiana"  # a vowel before: no such ending
    for word in ("bencana", "rencana", "sederhana", "bijaksana", "celana", "istana", "dimana"):
        assert normalize(word) == word


@pytest.mark.parametrize("text, expected", [
    ("salakina sok neunggeul pamajikanana", "DP3A"),
    ("pamajikanana sering ditajong ku salakina", "DP3A"),
    ("tatangga abdi sok nampiling pamajikanana mun keur mabok", "DP3A"),
    ("bencana banjir tiap tahun di desa kami", "BPBD"),                               # near misses
    ("rencana pelebaran jalan gak jelas, rumah warga mau digusur", "PUPR"),
])
def test_a_wife_told_with_ana_is_hers(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("landslide near the tourist beach, road closed", "BPBD"),
    ("broken street light in front of the hospital", "PERKIM"),
    ("garbage piling up behind the school for a week", "DLH"),
    ("big pothole next to the bus stop, two motorbikes fell", "PUPR"),
    ("flood near the terminal every time it rains", "BPBD"),
    ("the bus terminal is dirty and dark at night", "DISHUB"),                       # the terminal itself
    ("the hospital's emergency room made my father wait 5 hours", "RSUD"),
])
def test_english_places_say_where(learned, text, expected):
    """English mixed in ("near the tourist beach", "in front of the hospital") was read word by word, so the place's
    agency was the topic: "landslide near the tourist beach, road closed" → DISPARBUD 0.51. "near", "behind",
    "beside", "in front of", "next to" are read as Indonesian's place words."""
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("akun fb mengatasnamakan camat minta transfer", "DISKOMINFO"),
    ("akun wa ngatasnamain bupati minta pulsa", "DISKOMINFO"),
    ("ada akun ig atasnamakan dinas sosial, katanya ada hadiah asal transfer dulu", "DISKOMINFO"),
    ("sertifikat rumah atas nama orang lain, mau urus gimana", None),                 # a name on a deed: no account
])
def test_an_account_acting_in_someone_s_name_is_an_impostor(learned, text, expected):
    codes = [s.code for s in learned.suggest(text)]
    if expected is None:
        assert "DISKOMINFO" not in codes, learned.suggest(text)
        return
    assert codes[:1] == [expected], learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("jambatan ka sawah alah ancua", "PUPR"),                                         # Minang "ancua": ruined
    ("jalan kampuang ancua bana, oto indak bisa lewat", "PUPR"),
    ("bocah2 ora iso bal-balan, lapangane dienggo parkir", "DISPORA"),                 # Javanese football
    ("lapang bal desa dipager, barudak teu bisa ulin", "DISPORA"),                    # Sundanese
    ("barudak maen bal di jalan raya, bahaya ku treuk", "DISPORA"),
])
def test_regional_words_for_ruin_and_football(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("longsor semalam, jalan ke desa tertutup total", "BPBD"),
    ("ada longsor, jalan putus", "BPBD"),
    ("tebing longsor tadi subuh. jalan kabupaten ketutup tanah", "BPBD"),
    ("jalan longsor di km 5", "PUPR"),                                             # the road's own slide stays
    ("jalan amblas karena longsor", "PUPR"),
])
def test_a_landslide_then_the_road_it_closed_is_the_disaster_s(learned, text, expected):
    """"longsor semalam, jalan ke desa tertutup total" was PUPR 0.28 / BPBD 0.08: PUPR's "jalan longsor" was read in
    the other order across the clause's end and claimed the disaster's word. A phrase read in another order across a
    clause's end is none (in its order it is still read loosely); earlier sets label such messages BPBD (PUPR
    accepted)."""
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("tolong pak anak saya hilang dari tadi pagi blm pulang", "POLRES"),
    ("orang hilang sejak kemarin belum ketemu", "POLRES"),
    ("kakek saya hilang belum pulang 2 hari, pikun", "POLRES"),
    ("nama anak hilang dari data pip", "DISDIK"),                                   # a name gone from a list
    ("akta anak hilang waktu banjir", "DISDUKCAPIL"),                               # a document lost
    ("sinyal hilang total di desa", "DISKOMINFO"),
])
def test_a_person_missing_is_the_police_s(learned, text, expected):
    """A missing person was read by no directory word ("tolong ada anak hilang sejak kemarin": POLRES and DAMKAR tied at
    0.06). "orang hilang", "anak hilang", "hilang belum pulang" are the police's; a name "hilang dari data" is no person
    missing (read "terhapus")."""
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, first, second", [
    ("got depan rumah mampet tiap hujan banjir, sekalian mau tanya cara daftar bedah rumah", "PUPR", "PERKIM"),
    ("jalan desa rusak parah, sekalian mau lapor lampu jalan mati", "PUPR", "PERKIM"),
    ("air pdam mati 3 hari, sekalian mau nanya tagihan listrik kok naik", "PDAM", "PLN"),
])
def test_sekalian_opens_a_second_matter(learned, text, first, second):
    """"..., sekalian mau tanya ..." ("while I'm at it") opens a second matter, as "ditambah" does: the stronger
    agency's words of the second led ("jalan desa rusak parah, sekalian mau lapor lampu jalan mati" → PERKIM 0.45)."""
    codes = [s.code for s in learned.suggest(text)]
    assert codes[:1] == [first] and second in codes, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("jalan rusak tolong sekalian diperbaiki saluran airnya", "PUPR"),   # one matter, done at once
    ("sampah numpuk, sekalian dibersihkan juga ya pak", "DLH"),
])
def test_sekalian_in_one_matter_moves_nothing(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


# --- session 26: vowelless chat ("jln rsk parh d dpn sdn 1"), the landmark near the problem -----------------------

def test_a_vowelless_word_is_read_by_its_consonants_when_one_word_clearly_leads():
    lexicon = Lexicon(["jalan rusak parah", "jalan rusak banyak lubang", "lampu mati", "lampu jalan mati",
                       "rusak berat", "lubang besar", "pasar becek", "pasar kotor", "lampu pasar",
                       "perahu nelayan", "perahu rusak", "perahu tenggelam", "motor hilang", "meter air"] * 2)
    # three letters without a vowel; "ng" typed as "g"; a typed vowel must be the word's ("parh" is no perahu)
    assert lexicon.expand("jln rsk parh, bnyk lbg") == "jln rusak parah, bnyk lubang"
    assert lexicon.expand("lmp d psr mati") == "lampu d pasar mati"
    # a capital the phone puts first is no name; one inside the message is, and a name's tail is not read
    assert lexicon.expand("Lmp psr mati. Rsk") == "lampu pasar mati. rusak"
    assert lexicon.expand("pak\nLmp psr mati") == "pak\nlampu pasar mati"
    assert lexicon.expand("jalan ke Psr Ptgs") == "jalan ke Psr Ptgs"
    # too rare, or two words about as likely: left as typed
    assert lexicon.expand("mtr hlg") == "mtr hlg"


@pytest.mark.parametrize("word", ["umr", "mts", "lpk", "sdn", "smpn", "pkh", "bst", "kjp"])
def test_a_public_service_s_acronym_is_never_read_as_a_vowelless_word(learned, word):
    """"umr" was read "umur", "mts" "mutasi", "lpk" "lapak" once three-letter words were read by their consonants."""
    assert learned.lexicon.expand(f"soal {word} gmn") == f"soal {word} gmn"


@pytest.mark.parametrize("raw, expected", [
    ("jln rusak d dpn sdn 1", "jalan rusak di depan sdn 1"),
    ("d blkg pasar", "di belakang pasar"),
    ("lmp mati d smpg msjd", "lmp mati di samping msjd"),
    ("jalan rusak di blok d no 5", "jalan rusak di blok d no 5"),  # a block's letter
    ("kelas 5 d sdn 2", "kelas 5 d sdn 2"),
    ("kurang vitamin d", "kurang vitamin d"),
    ("tgl 1 s/d 5", "tanggal 1 s d 5"),
])
def test_a_lone_d_is_chat_s_di_but_not_a_letter_that_names(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize("text, expected", [
    ("jln rsk d dkt sdn, tlg dprbki", "PUPR"),                 # was DISDIK 0.31 / PUPR 0.13
    ("Jln d dpn sdn 4 rsk parh", "PUPR"),                      # was DISDIK 0.43
    ("lmp jln mati d blkg sdn 2", "PERKIM"),                   # was DISDIK 0.43
    ("Lmp jln d dpn msjd mati", "PERKIM"),                     # was PERKIM 0.07 (SATPOLPP 0.06 close behind)
    ("lmp jln d smpg kntr desa mati trs", "PERKIM"),           # was DPMD 0.56
    ("lmp merah mati d dkt sdn, rawan", "DISHUB"),             # was DISDIK 0.29
    ("mtr sy dcr d dpn puskesmas", "POLRES"),                  # was DINKES 0.60
    ("ank sy hlg, trkhr d liat d dpn sdn", "POLRES"),          # was DISDIK 0.33
    ("anjg liar bnyk d dkt sklh, ggt ank", "DINKANNAK"),       # was abstained on
    ("smph numpk d smpg puskesmas, bau", "DLH"),
    ("pipa air pdam bcr d dpn kntr desa", "PDAM"),
])
def test_a_vowelless_complaint_near_a_landmark_goes_to_the_problem_s_agency(learned, text, expected):
    """"jln rsk parh d dpn sdn 1 ..., bnyk lbg" went to DISDIK (0.46, on "sdn"): "rsk", "lbg", "d", "smpg" were read as
    nothing, so the only words the router knew were the landmark's, and with no "di" before it nothing marked it as
    the place. Three-letter vowelless words are read by their consonants, "ng" as "g", a lone "d" as "di"."""
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("guru sdn 1 sering bolos", "DISDIK"),        # a school's problem at a school stays the school's
    ("guru d sdn 1 srg bolos", "DISDIK"),
    ("atap kls sdn 2 bcr", "DISDIK"),
    ("kelas 5 d sdn 2 atapnya bocor", "DISDIK"),
    ("antri lm bgt d puskesmas", "DINKES"),       # the place opens nothing else: it is the topic
    ("obt d puskesmas hbs trs", "DINKES"),
    ("kntr desa tutup trs, gk ad plyn", "DPMD"),
    ("kpl sklh smpn 2 mnt uang gdg", "DISDIK"),
    ("ank sy blm dpt kip dr sklh", "DISDIK"),
])
def test_a_vowelless_complaint_about_the_place_itself_stays_the_place_s(learned, text, expected):
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("trotoar dpn sdn dpk jualan, murid2 jln d aspal", "SATPOLPP"),   # was PUPR 0.37 / DISDIK 0.30
    ("trotoar depan sdn dipakai jualan, anak2 terpaksa jalan di aspal", "SATPOLPP"),
    ("siswa terpaksa jalan kaki ke sekolah karena jembatan putus", "PUPR"),  # walking is not the topic; no sidewalk
])
def test_pupils_walking_on_the_road_are_who_walks(learned, text, expected):
    """Session 19 read pedestrians (`pejalan`, `orang`) forced onto the road as who walks; pupils, children and
    residents are too."""
    assert _top(learned, text) == expected, learned.suggest(text)


# --- session 27: typos one edit away, officials' money in more forms, Minang "pun" --------------------------------

def test_an_unknown_word_one_typo_from_a_collection_word_is_read_as_it():
    """Letters swapped ("lmapu", "banjri", "skeolah", "tumbnag"), one letter wrong, missing or doubled ("jalam",
    "sampa", "sekolahh"): an unknown lower-case word is read as the collection's most frequent word one edit away with
    the same first letter, when one word clearly leads."""
    lexicon = Lexicon(["lampu jalan mati", "jalan rusak", "jalan berlubang", "banjir besar", "sampah numpuk",
                       "sekolah rusak", "pohon tumbang", "pasar becek", "malam gelap", "puskesmas tutup",
                       "makam umum", "makan siang", "pasir laut"] * 4)
    assert lexicon.expand("lmapu jalam mati") == "lampu jalan mati"
    assert lexicon.expand("banjri, sampha numpuk") == "banjir, sampah numpuk"
    assert lexicon.expand("skeolah rusak, pohon tumbnag") == "sekolah rusak, pohon tumbang"
    assert lexicon.expand("puksesmas tutup, pasra becek") == "puskesmas tutup, pasar becek"
    # known words, names, short words, two edits away, or two words equally near: as typed
    assert lexicon.expand("malam di makam") == "malam di makam"
    assert lexicon.expand("jalan ke Lmapu") == "jalan ke Lmapu"
    assert lexicon.expand("lamu lmpau") == "lamu lmpau"
    assert lexicon.expand("makaj") == "makaj"  # makam or makan


@pytest.mark.parametrize("word", ["urang", "capek", "ancua", "pasa", "kodong", "banya", "palsy"])
def test_a_common_or_regional_word_is_no_typo(learned, word):
    """Minang "urang" (a person) was read "udang" (shrimp) one key away, Makassar "kodong" (poor thing) "kosong"
    (empty), Manado "banya" (many) "baunya", English "palsy" (of cerebral palsy) "palsu" (fake): a word common in
    writing or a regional word is no typo, and neither is a word shorter than five letters."""
    assert learned.lexicon.expand(f"{word} kampuang") == f"{word} kampuang"


def test_a_word_typed_with_some_of_its_vowels_is_read_by_its_consonants():
    """"pgwai" (pegawai), "pngntr" (pengantar): more than one vowel typed but some left out; read as the collection's
    most frequent word with the same first letter and consonants that holds every typed letter in order."""
    lexicon = Lexicon(["pegawai kantor desa", "pegawai dinas", "surat pengantar rt", "surat pengantar desa",
                       "pagi tadi", "pagi hari"] * 3)
    assert lexicon.expand("pgwai kntr desa, srt pngntr") == "pegawai kantor desa, surat pengantar"
    assert lexicon.expand("pagi2 pgi") == "pagi2 pgi"  # a three-letter skeleton needs the vowelless rule's lead


@pytest.mark.parametrize("text, expected", [
    ("lmapu jalan di gang sebelah mati sebulan", "PERKIM"),
    ("banjri sampe lutut di rt 3", "BPBD"),
    ("atap skeolah anak saya bocor", "DISDIK"),
    ("sampha di pinggir kali numpuk bau", "DLH"),
    ("ada pohon tumbnag di jalan desa", "BPBD"),
    ("jalam ke sawah rusak berat", "PUPR"),
    ("atap los pasra bocor kalo hujan", "DISPERINDAG"),
    ("antrian di puksesmas lama sekali", "DINKES"),
])
def test_a_complaint_with_a_typo_in_its_subject_goes_to_its_agency(learned, text, expected):
    """fresh27: a transposed or mistyped subject word was read as nothing: "lmapu jalan mati" and "banjri" were
    abstained on, "skeolah ... bocor" went to PDAM, "pohon tumbnag" to DLH."""
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text", [
    "pgwai kecamatan mnt uang buat legalisir",
    "pegawai kelurahan minta duit 100rb utk surat keterangan",
    "kades minta sumbangan buat acara desa, tiap rumah 50rb",
    "pak lurah minta sumbangan wajib ke warga buat hut kelurahan",
    "ngurus kk disuruh bayar biar cepet jadi",
    "bikin ktp harus bayar 100rb supaya cepat selesai",
    "kadus narik uang 20rb per kk buat bantuan",
    "harus setor 50rb ke sekdes biar dapat blt",
    "bansos kami dipotong perangkat desa 100 ribu",
    "staf kantor camat mangido hepeng laho mangurus surat",
    "pegawai kantor desa minta doi 100 ribu untuk surat",
    "petugas minta uang damai waktu razia",
    "bayar 5 juta biar anak lolos cpns, katanya ada orang dalam",
    "ngasih 500rb biar sertifikat cepat keluar",
    "kades minta uang ke warga buat perbaikan jalan",           # of whom and what for: the pretext
    "pak camat minta sumbangan ke pemilik toko buat hut kabupaten",
])
def test_money_an_official_asks_or_takes_in_more_forms_is_extortion(learned, text):
    """fresh27's officials: a typo'd "pgwai ... mnt uang", a "sumbangan" asked by a lurah or a camat, paying "biar
    cepet", a levy ("narik uang", "setor ... ke kadus"), aid cut by an official, Batak "mangido hepeng", Bugis "doi",
    "uang damai": INSPEKTORAT first."""
    assert _top(learned, text) == "INSPEKTORAT", learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("sekolah minta sumbangan buat perpisahan kelas 6", "DISDIK"),
    ("preman minta uang keamanan ke pedagang", "POLRES"),
    ("akun fb ngaku lurah minta sumbangan", None),   # an impostor (DPMD, DISKOMINFO second, as before)
    ("rsud suruh bayar dulu baru pasien ditangani", "RSUD"),
    ("pbb sy nunggak, harus bayar denda", "BAPENDA"),
    ("tolong jalan diperbaiki biar cepat, sudah parah", "PUPR"),
    ("bayar tagihan pdam tiap bulan tapi air mati terus", "PDAM"),
    ("lurah jarang ngantor, surat2 warga numpuk", None),  # conduct without money (BKPSDM, as before)
    ("kades minta warga kerja bakti bersihin selokan", None),
    ("balik nama sertifikat harus bayar bphtb dulu", "BAPENDA"),  # told to pay for a service: its fee
    ("pdam suruh bayar denda 100rb, tolong airnya diperbaiki biar lancar", "PDAM"),  # a plea for speed, not a price
    ("sudah bayar 2 juta ke developer tapi rumah belum jadi", None),
])
def test_money_or_speed_without_an_official_s_hand_is_not_extortion(learned, text, expected):
    """Near misses: a school's or a thug's or an impostor's ask, a bill, a plea for speed with no payment; None: any
    agency but the inspectorate."""
    top = _top(learned, text)
    assert top == expected if expected else top != "INSPEKTORAT", learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("jalan ka kampuang ancua, lampu jalan pun mati", "PUPR"),
    ("lampu jalan di gang mati, jalannyo pun ancua", "PERKIM"),
    ("sampah di pasa indak diangkuik, banda pun tasumbat", "DLH"),
    ("jalan rusak parah, sampai sekarang pun belum diperbaiki", "PUPR"),
])
def test_minang_pun_opens_a_second_matter_and_the_first_leads(learned, text, expected):
    """Minang and Malay "pun" ("also"), as "juga": the first matter named leads (fresh25's K026 and fresh27)."""
    assert _top(learned, text) == expected, learned.suggest(text)


@pytest.mark.parametrize("text, expected", [
    ("sawah sy diserobot tetangga, patoknya dipindah", "POLRES"),
    ("ada penyerobotan tanah warisan kami sama orang kampung sebelah", "POLRES"),
    ("lahan kebun bapak diserobot, tiba2 sudah ditanami orang lain", "POLRES"),
    ("fasum di perumahan diserobot developer buat ruko", "PERKIM"),     # a housing estate's common land
    ("trotoar diserobot pedagang kaki lima", "SATPOLPP"),
])
def test_land_taken_by_another_is_a_crime(learned, text, expected):
    """fresh27: "tanah kebun kami diserobot orang, patok batas dicabut" was abstained on: the directory has no land
    office, and taking land is the penal code's "penyerobotan" (the police's); a public space
    taken stays its owner's."""
    assert _top(learned, text) == expected, learned.suggest(text)
