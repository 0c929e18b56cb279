"""The place a citizen's story already names ("lampu jalan mati di Jl. Veteran depan Masjid Agung, gelap"), so the
place step can ask to confirm it instead of asking for it again."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from bot.commands import TIMES_OF_DAY
from bot.conversation.corrections import PLACE_MARKERS
from bot.conversation.understanding import CHAT_WORDS, COURTESY, LAUGHTER, PROBLEM_WORDS, THINGS, chat_words, content
from lapor.textnorm import REGIONAL_WORDS

# Javanese words for "in front of", "near", "beside", "behind" with the suffix of "of it" ("ngarepe masjid", krama
# "ngajengipun", "sangajengipun"): as the word they say, when the place is offered back
JAVANESE_NEAR_OF = {
    **dict.fromkeys(("ngarepe", "sangarepe", "ngajenge", "sangajenge", "ngajengipun", "sangajengipun"), "depan"),
    **dict.fromkeys(("cedhake", "cedake", "sacedhake", "sacedake", "celake", "celakipun", "caketipun"), "dekat"),
    **dict.fromkeys(("sandhinge", "sandhingipun", "sampinge", "sampingipun"), "samping"),
    **dict.fromkeys(("mburine", "wingkinge", "wingkingipun"), "belakang"),
}
# Words before an address: "di jl. veteran", "depan gang melati", "sekitar desa kamoning"
BEFORE_PLACE = frozenset("di depan dekat samping sebelah belakang sekitar seberang daerah kawasan wilayah area "
                         "arah menuju ke dpn dkt dket deket sblh sbl samping smpg blkg sekitaran pinggir tepi "
                         # ... typed as one word: "didepan masjid al ikhlas", "dibelakang pasar"
                         "didepan dibelakang disamping disebelah diseberang dipinggir didekat disekitar "
                         # ... in Javanese, Sundanese and Madurese: "teng ngajeng", "payun", "caket", "adha'"
                         "teng ing ngajeng ngarep cedhak cedak celak sandhing wingking mburi payun caket gigireun "
                         "tukangeun adha semma "
                         # ... and in English: "on Jalan Diponegoro near the mosque"
                         "on at near behind beside opposite".split()) | frozenset(JAVANESE_NEAR_OF)
NEAR = BEFORE_PLACE - frozenset("di ke arah menuju daerah kawasan wilayah area teng ing".split())  # "no 4 depan …"
# Markers that name nothing but a place, wherever they stand ("jl. veteran", unlike "lampu jalan mati")
ADDRESS_ONLY = frozenset("jl jln gg ds dsa dsn kec kel kelurahan kecamatan dusun desa rt rw perum perumahan kampung kp "
                         "kmp deso nagari jorong korong lorong gampong".split())  # "deso": Javanese; Minang's
# nagari and jorong, Makassar's lorong (an alley), Aceh's gampong
VERY = frozenset({"sekali", "banget", "bgt", "bngt", "amat", "pol", "nian", "sangat"})
OLD = frozenset({"lama"})  # right after a landmark, its name ("Pasar Lama", "Terminal Lama"); else "a long time"
DAY = frozenset({"minggu"})  # right after a landmark, its name ("Pasar Minggu"), unless a week is meant:
THIS_OR_LAST = frozenset("lalu ini kemarin kemaren kmrn kmarin kmaren depan tadi terakhir yang yg".split())  # "… lalu"
NUMBERED = frozenset("no nomor blok km".split())  # "no 14", "blok c2", "km 5": a part of an address of its own
ABBREVIATED = frozenset("jl jln gg ds dsn kec kel no dr h hj kh ir kp".split())  # their dot ends no sentence
# Words that end an address and start the rest of the story: time, state, a plea, a conjunction, a wish, a question
# word, and English verbs and conjunctions ("at Pantai Camplong is very dirty")
AFTER_PLACE = frozenset("""sudah udah udh sdh dah sejak dari sampai smp sampe karena krn soalnya tolong mohon yang yg
    dan tapi tetapi belum blm tidak tdk gak ga nggak enggak mulai selama kemarin kmrn tadi sekarang skrg hari minggu
    bulan tahun thn bln mgg pak bu min kak mas mbak rusak mati macet bocor banjir rawan bahaya sering terus masih
    jadi bikin membuat menyebabkan mengakibatkan akibatnya kalau kalo jika bila segera ada saya aku kami kita ini itu
    sini situ sana lama sekali sangat banget bgt banyak selalu suka kurang lebih parah kotor jorok bau gelap licin
    becek sepi ramai mahal lambat galak kasar judes pungli preman sampah numpuk mampet mampat meluber meluap jebol
    ambrol amblas ambles ambruk longsor putus tumbang roboh retak pecah padam hancur hampir nyaris agak juga lagi
    sedang akan pun tiap setiap mau ingin hendak pengen pengin sewaktu semalam
    setelah sesudah sebelum sehabis habis abis usai saat ketika waktu semenjak pas
    assalamualaikum assalamu asalamualaikum salam wr wb diberitahukan diteruskan permisi
    kapan apa apakah berapa gimana bagaimana siapa kenapa mengapa ya
    is are was were been has have had very and but it its this that since because please not also for
    sak wulan sasi dino taun akeh sing wis durung isih
    jauh susah sulit nyala menyala redup kedip miring condong kok kan
    tuh nih noh sih dong deh teh mah lho loh
    bahwa bhw agar supaya spy biar untuk utk namun padahal pdhl sehingga shg walau walaupun meski meskipun serta atau
    oleh bernama namanya
    seminggu sebulan setahun sepekan seharian semingguan sebulanan saminggu sabulan sataun
    buka bukanya tutup tutupnya beroperasi operasi jualan berjualan dagang berdagang mangkal nongkrong
    soal tentang mengenai perihal terkait masalah
    """.split())  # particles
# of speech ("pasar tuh ancur", Sundanese
# "kampung cibeureum teh ruksak"); conjunctions ("warga RT 03 bahwa air …", "gang mawar padahal …"); a span of time in
# one word ("pasar legi seminggu": the place offered kept it); Javanese
# ("… sak wulan", "akeh sing"); a business's hours or trade ("gang 5 buka sampai subuh", "alun2 jualan");
# "ke puskesmas jauh": far is no name; a lamp's state ("lampu jln nyala terus" names
# no street); what a report was about ("lapor ke kelurahan soal sampah …": the office, no place named "soal")
# Places named by what stands there, an address only after "di", "depan"…: "di tps pasar kliwon", "depan sdn 2"
LANDMARKS = frozenset("""tps pasar masjid mesjid musholla mushola langgar surau gereja pura vihara klenteng sekolah
    sd sdn smp smpn sma sman smk smkn mi mts ma madrasah pondok ponpes pesantren kampus puskesmas pustu polindes
    rsud rs klinik posyandu balai kantor terminal stasiun bandara pelabuhan alun lapangan taman makam spbu pom
    jembatan perempatan pertigaan bundaran simpang gor stadion pantai sungai kali bendungan waduk embung irigasi
    saluran kompleks komplek""".split())
# Junctions name nothing but a place: with their name they are one without "di" before them ("simpang" only as
# "simpang empat", since "simpang siur" is "confused")
JUNCTIONS = frozenset({"perempatan", "pertigaan", "prapatan", "perapatan", "bundaran"})
ROADS_MET = frozenset({"tiga", "empat", "lima", "3", "4", "5"})
MARKERS = PLACE_MARKERS | ADDRESS_ONLY | LANDMARKS | JUNCTIONS
VOWELS = re.compile("[aeiou]")
# Landmarks long enough to be typed short ("pasr", "msjid", "sklh"; not "sd", "pura", "kali"), in a fixed order
SHORTENED = sorted(landmark for landmark in LANDMARKS if len(landmark) >= 5)
ROAD = frozenset({"jalan", "jln", "jl", "jalanan"})
# Things of a road that "jalan" names together with them ("lampu jalan", "rambu jalan"): no address follows
ROAD_THINGS = frozenset({"lampu", "penerangan", "pju", "rambu", "marka", "bahu", "badan", "aspal", "lubang",
                         "perbaikan", "pengaspalan", "pelebaran"})
# A place with its owner in one word ("rumahku", "sekolahnya", "omahe"): whose it is, never a name ("di gang rumahku"
# was offered as a street's)
OWNED_FORMS = frozenset(place + owner for place in ("rumah", "rmh", "omah", "sekolah", "kantor", "toko", "warung",
                                                    "kampung", "gang") for owner in ("ku", "mu", "nya", "e"))
# "di jalan depan rumah", "depan sekolah anak saya" name none
GENERIC = BEFORE_PLACE | OWNED_FORMS | frozenset("rumah raya besar kecil utama umum anak".split())
STORY_VERB = re.compile(r"(?:ber|ter|men|mem|di)[a-z]{5,}|men[a-z]{4}")  # berlubang, terendam, menumpuk, dibiarkan,
# menutup, menimpa
# A word, or a mark; an RT or RW typed against its number ("rt03", "RW5") is the marker and the number, as spaced
TOKEN = re.compile(r"(?:rt|rw|RT|RW|Rt|Rw)(?=\d)|[0-9A-Za-z]+|[^\sA-Za-z0-9]")
MAX_PLACE_WORDS = 7  # in one part of an address (a street, a neighbourhood, a village…)
MAX_ADDRESS_WORDS = 24  # tokens of a whole address: street, number, rt, rw, kelurahan, kecamatan
OF_A_SCHOOL = frozenset({"negeri", "negri", "neg", "n", "swasta"})  # "SD Negeri 1 Ngampel", "SD N 3 x": its name
# goes on after the number
# Schools that a number alone names ("depan sdn 3", "samping smpn 1"): the number is the name
NUMBERED_SCHOOLS = frozenset("sd sdn smp smpn sma sman smk smkn mi mts ma".split())
SCHOOLS_BY_NUMBER = NUMBERED_SCHOOLS - {"mi", "ma"}  # "mi 2", "ma 1" may be other words
# Unions tested word by word, made once
_MARKER_OR_BEFORE = MARKERS | BEFORE_PLACE
_GENERIC_OR_MARKER = GENERIC | MARKERS
_OPENS_AN_ADDRESS_LINE = ADDRESS_ONLY | NUMBERED | BEFORE_PLACE
_AFTER_OR_BEFORE = AFTER_PLACE | BEFORE_PLACE
_ABBREVIATED_OR_MARKER = ABBREVIATED | MARKERS
_MARKER_OR_SCHOOL = MARKERS | OF_A_SCHOOL
_MARKER_NEAR_OR_DOT = MARKERS | NEAR | {"."}
_ADDRESS_PART = ADDRESS_ONLY | NUMBERED


@lru_cache(maxsize=64)  # a pure function of the text: the place step reads the same message two or three times
def place_in_story(story: str | None, said_near: bool = False) -> str | None:
    """The address a story names after "di", "depan", "dekat"… (or an address-only marker such as "jl.", "desa",
    "kec."), as typed, up to the first comma or sentence end, or the first word that goes back to the story; None
    when the story names no address. `said_near`: as the citizen is asked to confirm it, with the word saying where
    near it the problem is ("depan SD 3", not "sd 3") and a place's acronyms in capitals."""
    tokens = sorted([(m.group(), m.start(), m.end()) for m in TOKEN.finditer(story or "")]
                    + _line_breaks(story or ""), key=lambda token: token[1])
    lowered = [as_landmark(token.lower()) for token, _, _ in tokens]
    capitalized = frozenset() if (story or "").isupper() else frozenset(
        i for i, (token, _, _) in enumerate(tokens) if token[:1].isupper())  # "SD Diponegoro": a name
    neighbourhood = None  # an RT/RW alone ("dari grup warga RT 05"): a street named later is where, with it
    for i, word in enumerate(lowered):
        if word not in MARKERS or not _introduced(lowered, i):
            continue
        if word in {"rt", "rw"} and not _numbered(lowered, i):
            continue  # "pak rt minta uang …", "ketua rt nya": the person, no place
        if i + 1 < len(lowered) and lowered[i + 1] in BEFORE_PLACE - NEAR:
            continue  # "jalan desa di depan balai desa x": no name of its own ("gang sebelah masjid x" has one)
        end = _end_of_place(lowered, i, capitalized)
        if word in OPENING_PLACES and not set(lowered[i + 1:end]).isdisjoint(BEFORE_PLACE - NEAR):
            continue  # "gang sempit di desa x": the alley told of, the place after "di"
        while end - 1 > i and (lowered[end - 1] in _MARKER_OR_BEFORE or not lowered[end - 1].isalnum()) and (
                not _near_a_named_place(lowered, i, end)) and not _owner_named(lowered, end - 2):  # "rumah pak rt"
            end -= 1  # "di kec. tembelang jalan rusak", "di ds. x dkt": no name follows the last marker
        # a name, not only what stands there ("di kantor desa" says not which)
        named = [w for w in lowered[i + 1:end] if w.isalnum() and w not in _GENERIC_OR_MARKER]
        if _a_verb_not_a_name(lowered, i, named):
            continue  # "dana desa dipotong": the village's money, cut; no village named "dipotong"
        if named and any(not w.isdigit() for w in named) or (word in NUMBERED_SCHOOLS and named):
            place = " ".join(story[tokens[i][1]:tokens[end - 1][2]].split())  # bubbles' line breaks: one line
            own_rt = "rt" in lowered[i:end]  # "gang kenanga rt3 rw5" after "grup RT 03": its own, none added
            place = f"{place}, {neighbourhood}" if neighbourhood and not own_rt else place
            return _said_near(place, lowered[i - 1] if i else "") if said_near else place
        if word in {"rt", "rw"} and named and neighbourhood is None:
            neighbourhood = " ".join(story[tokens[i][1]:tokens[end - 1][2]].split())
            before = lowered[i - 1] if i else ""
    return _said_near(neighbourhood, before) if said_near and neighbourhood else neighbourhood


# Where near a place a problem is, as the place is offered back ("depan", "dkt" said "dekat", "didepan" said
# "depan"; English "near" is left to the place's name)
NEAR_SAID = frozenset("depan dekat samping sebelah belakang sekitar seberang pinggir tepi".split())
# A place's acronyms typed in lowercase, offered back in capitals ("depan SD 3"); "mi" and "ma" are words too
PLACE_ACRONYMS = frozenset("sd sdn smp smpn sma sman smk smkn mts tps spbu rsud rt rw pju".split())
_PLACE_WORD = re.compile(r"[A-Za-z]+")


def _said_near(place: str, before: str) -> str:
    """The place offered back: the word before it saying where near it kept, acronyms in capitals."""
    place = _PLACE_WORD.sub(lambda found: found.group().upper() if found.group() in PLACE_ACRONYMS
                            else found.group(), place)
    near = JAVANESE_NEAR_OF.get(before) or _standard(before)
    near = near[2:] if near.startswith("di") and near[2:] in NEAR_SAID else near
    return f"{near} {place}" if near in NEAR_SAID else place


NEIGHBOURHOODS = frozenset({"rt", "rw"})


def _numbered(words: list[str], at: int) -> bool:
    """Whether the word at `at` is an RT or RW followed by its number, with a dot or a slash between or none ("rt
    03", "rt.03", "RT03", "RT/RW 03/05"); "pak rt minta …" is the person."""
    if words[at] not in NEIGHBOURHOODS:
        return False
    after = words[at + 1:at + 4]
    while after and after[0] in {".", "/"} or after[:1] == ["rw"]:
        after = after[1:]
    return bool(after) and after[0].isdigit()


def _a_verb_not_a_name(words: list[str], at: int, named: list[str]) -> bool:
    """Whether the one word after a marker that nothing introduces is a verb of the story ("dana desa dipotong",
    "kantor desa ditutup"); a street's may look like one ("jl diponegoro") and is its name."""
    return (len(named) == 1 and words[at] not in ROAD and STORY_VERB.fullmatch(named[0]) is not None
            and not (at > 0 and _standard(words[at - 1]) in BEFORE_PLACE))


_NEWLINE = re.compile("\n")
LINE_OF_A_STORY = 3  # words: a bubble that tells, not a word told at a time ("jalan\nrusak\ndi\ndesa\nsukamaju")


def _line_breaks(story: str) -> list[tuple[str, int, int]]:
    """The line breaks that end an address, as tokens: those before a line of a story of its own ("… di kampung
    cibeureum\njalanna bolong-bolong ageung, …"), not before a word told at a time nor the next part of an
    address ("desa sukamaju\nrt 3 rw 2")."""
    breaks = []
    for found in _NEWLINE.finditer(story):
        after = chat_words(story[found.end():].split("\n", 1)[0])
        if len(after) >= LINE_OF_A_STORY and after[0] not in _OPENS_AN_ADDRESS_LINE:
            breaks.append(("¶", found.start(), found.end()))  # no word, no space: it ends the address
    return breaks


@lru_cache(maxsize=4096)
def as_landmark(word: str) -> str:
    """The landmark a word typed short is ("skolah" → "sekolah", "msjid" → "masjid", "pasr" → "pasar", "sklh",
    "pskms"): its first and last letters with one letter missing between them, or its consonants alone (one may be
    left out); else the word. Only letters missing: a word with another letter is a word of its own ("pasir")."""
    if REGIONAL_WORDS.get(word) in MARKERS:
        return REGIONAL_WORDS[word]  # "dhisa" (Madurese), "kampong": the marker they are
    if word in MARKERS or len(word) < 3 or not word.isalpha() or word in CHAT_WORDS or word in REGIONAL_WORDS:
        return word
    consonants = VOWELS.search(word) is None
    for landmark in SHORTENED:
        if (word[0], word[-1]) != (landmark[0], landmark[-1]):
            continue
        if len(word) == len(landmark) - 1 and Indel.distance(word, landmark) == 1:
            return landmark
        skeleton = VOWELS.sub("", landmark)
        if consonants and len(word) >= len(skeleton) - 1 and Indel.distance(word, skeleton) <= 1:
            return landmark
    return word


SHORT_PROBLEMS = sorted(word for word in PROBLEM_WORDS if len(word) >= 5)  # "rusak", "lubang"; not "mati", "bau"


@lru_cache(maxsize=4096)
def problem_typed_short(word: str) -> bool:
    """Whether a word is a word of a problem typed short, a letter missing or its vowels left out ("rsak", "rsk",
    "lbang"), as landmarks are (as_landmark)."""
    if len(word) < 3 or not word.isalpha() or word in PROBLEM_WORDS:
        return False
    consonants = VOWELS.search(word) is None
    return any((word[0], word[-1]) == (problem[0], problem[-1]) and (  # "koto" (Minang) is no "kotor"
        len(word) == len(problem) - 1 and Indel.distance(word, problem) == 1
        or consonants and word == VOWELS.sub("", problem)) for problem in SHORT_PROBLEMS)


def place_words(text: str) -> list[str]:
    """The message's words as chat_words reads them, with landmarks typed short read as the landmark."""
    return [as_landmark(word) for word in chat_words(text)]


ENGLISH_ARTICLES = frozenset({"the", "a", "an"})


def _near_a_named_place(words: list[str], start: int, end: int) -> bool:
    """Whether the address ends with what stands near a place already named ("ds. x dkt balai desa", "jl. raya
    km 5 dekat SPBU"): that one is no nameless landmark, the named place says which."""
    near = [j for j in range(start + 1, end) if _standard(words[j]) in NEAR or words[j] in NEAR]
    if not near:
        return False
    j = near[-1]
    after = [w for w in words[j + 1:end] if w not in ENGLISH_ARTICLES]  # "near the school"
    before = words[start + 1:j]
    return (bool(after) and set(after) <= LANDMARKS | ADDRESS_ONLY and bool(set(after) & LANDMARKS)
            and any(w.isalnum() and w not in _GENERIC_OR_MARKER for w in before))


def _standard(word: str) -> str:
    """A chat spelling's standard word ("sy" → "saya", "dket" → "dekat"), the first of several."""
    return (CHAT_WORDS.get(word) or REGIONAL_WORDS.get(word) or word).split()[0] if word else word


def _of_the_story(word: str) -> bool:
    """A word with "-nya" ("lubangnya", "airnya"): the story speaking of what it is about, never a place's name."""
    return word.endswith("nya") and len(word) > len("nya") + 2


# Before an address's marker, a whole or every one of its kind ("petani sak desa podo bingung", "warga satu
# kampung kelabakan", "seluruh desa"): who is affected, no place named (it offered "desa podo bingung"); "antar
# desa" is a road between villages, one of them named
WHOLE_OF = frozenset("sak se sa satu seluruh semua sekabeh kabeh sakabeh sadaya tiap setiap saban per".split())
ONE_OF = frozenset({"se", "sa", "satu"})  # "one": a whole ("se-desa"), or a number ("rt satu", "di satu kampung x")


def _a_whole_of(words: list[str], at: int) -> bool:
    """Whether the marker at `at` follows a word of a whole of its kind ("sak desa", "satu kampung", "se-desa"); not
    "one" as a marker's number or after "di" ("rt satu kampung baru", "di satu kampung cibeureum": a place)."""
    before = at - 2 if at > 1 and words[at - 1] == "-" else at - 1
    if before < 0 or words[before] not in WHOLE_OF:
        return False
    return not (words[before] in ONE_OF and before > 0 and words[before - 1] in MARKERS | BEFORE_PLACE)


def _introduced(words: list[str], at: int) -> bool:
    """A marker is an address when it names nothing else, or a word such as "di" or "depan" comes just before (a
    landmark: right before it); "lampu jalan", "penerangan jalan" name the thing, not its road, and "sak desa",
    "satu kampung" a whole of them."""
    if words[at] in ADDRESS_ONLY and _a_whole_of(words, at):
        return False
    if words[at] in ROAD and at > 0 and words[at - 1] in ROAD_THINGS:
        return _street_of_the_thing(words, at)
    if words[at] in ROAD and at + 1 < len(words) and _standard(words[at + 1]) in BEFORE_PLACE:
        return False  # "jalan dekat sekolah": the road spoken of; the address follows "dekat"
    if words[at] in JUNCTIONS or words[at] == "simpang" and words[at + 1:at + 2] and words[at + 1] in ROADS_MET:
        return True  # "lampu merah perempatan pasar manis mati": a junction is only a place ("simpang siur" none)
    if words[at] in SCHOOLS_BY_NUMBER and words[at + 1:at + 2] and words[at + 1].isdigit():
        return True  # "sekolah anak sy SDN 2 Karanganyar": a school by its number is a place with no "di"
    if words[at] in OPENING_PLACES and all(not w.isalnum() for w in words[:at]):
        return True  # "gang mawar rt.03/rw.05 sampah numpuk": an alley opening the story is where
    if words[at] in LANDMARKS:  # "nang kali jagir": Javanese "nang", "neng" are "di"
        return at > 0 and (words[at - 1] in BEFORE_PLACE or _standard(words[at - 1]) in BEFORE_PLACE)
    return words[at] in ADDRESS_ONLY or any(w in BEFORE_PLACE or _standard(w) == "di"  # Madurese "e jalan …"
                                            for w in words[max(0, at - 2):at])


OPENING_PLACES = frozenset({"gang", "perumahan", "perum"})  # markers that open a story only as its place


def _street_of_the_thing(words: list[str], at: int) -> bool:
    """Whether the road word after a road's thing begins the street it stands in ("pju jl veteran dpn masjid
    agung", "lampu jln merdeka samping sdn 2"), not the thing's own name ("lampu jalan mati", "lampu jalan umum"):
    a name follows, and the word is typed short ("jl", "jln") or a landmark near it follows the name."""
    name = at + 2 if words[at + 1:at + 2] == ["."] else at + 1  # "pju jl. veteran"
    following = words[name] if name < len(words) else ""
    if (len(following) < 3 or not following.isalpha() or following in _GENERIC_OR_MARKER
            or _standard(following) in _AFTER_OR_BEFORE or following in PROBLEM_WORDS
            or _of_the_story(following)):  # no STORY_VERB: "diponegoro" looks like one
        return False
    return words[at] != "jalan" or any(_standard(w) in NEAR for w in words[name + 1:_end_of_place(words, at)])


def _end_of_place(words: list[str], start: int, capitalized: frozenset[int] = frozenset()) -> int:
    """Where the address that starts at `start` ends (exclusive): a comma or a number followed by no other marker
    ("gg melati 3 air mati"), a sentence end, a word of the story (a verb after the name: "desa x berlubang"), or
    MAX_PLACE_WORDS words in one part; an address-only marker starts the next part ("gang mawar rt 03 rw 05 kel.
    sukamaju"), up to MAX_ADDRESS_WORDS in all."""
    i, count = start + 1, 1
    while i < len(words) and count < MAX_PLACE_WORDS and i - start < MAX_ADDRESS_WORDS:
        word = words[i]
        if _joins_parts(words, i):
            i += 1
            continue
        standard = word if word in _ABBREVIATED_OR_MARKER else _standard(word)  # "dr." is no "dari"
        after = _standard(words[i + 1]) if i + 1 < len(words) else None
        a_name = words[i - 1] in LANDMARKS and (  # "pasar lama", "pasar minggu": a name, no time
            word in OLD and after not in VERY or word in DAY and after not in THIS_OR_LAST)  # "puskesmas lama sekali"
        # a capitalised name right after an address's marker is the name ("desa Bunten": Madurese "no" too)
        a_name = a_name or i == start + 1 and i in capitalized and words[start] in ADDRESS_ONLY
        a_name = a_name or _owner_named(words, i)  # "sebelah warung bu tini": whose shop, no one addressed
        if not word.isalnum() and word not in {"-", "'"} or standard in AFTER_PLACE and not a_name and not (
                _village_named_regionally(words, i - 1, within=i - 1 > start)) or (
                standard.rstrip("2") in PROBLEM_WORDS  # "sy", "udh", "bolong2": chat spellings of the story
                or problem_typed_short(word)):  # "jln rsak", "jl mawar rsk parah"
            break
        if (word.isdigit() or word in COUNT_WORDS) and i + 1 < len(words) and (
                words[i + 1] in DURATION_UNITS or after in DURATION_UNITS):
            break  # "gang mawar 3 hari", "block C for 4 days": how long, never a part of the place
        marker = words[i - 3] if words[i - 2] == "." and i > 2 else words[i - 2]  # "rt.3 ds krajan" as "rt 3 …"
        if (words[i - 1].isdigit() and (marker not in _MARKER_OR_SCHOOL or marker in NUMBERED)
                and word not in _MARKER_NEAR_OR_DOT):
            break  # a house number ends it; "sdn 2 banyuanyar", "rt 3 ds krajan", "no 4 depan masjid" go on
        if (count > 1 or i not in capitalized) and word not in MARKERS and (
                count > 1 and STORY_VERB.fullmatch(word) or _of_the_story(word)):
            break  # after the name: the story ("desa x berlubang", "sdn 2 x lubangnya segede kolam")
        if count > 1 and i not in capitalized and word not in MARKERS and (word in THINGS or word in ASKED_FOR):
            break  # the thing complained of, or money asked, after the name ("desa x lampu …", "sdn 3 minta")
        if (word.startswith("di") and STORY_VERB.fullmatch(word) and i not in capitalized and words[start] not in ROAD
                and all(w in _GENERIC_OR_MARKER for w in words[start:i])):
            break  # a passive verb before any name: the story ("di SD dipungut biaya", "kantor desa dimintai uang")
        # a landmark near it starts another part ("… gang 3 sebelah warung bu tini": it was cut at seven words)
        i, count = i + 1, 1 if word in _ADDRESS_PART or standard in NEAR and count > 1 else count + 1
    return i


# What a landmark may be known by its owner's name ("warung bu tini", "toko pak haji", "rumah pak rt", "bengkel mas
# joko"): the title after it is the owner's, no one addressed (the place was cut before it: "… sebelah warung")
SHOPS_KNOWN_BY_OWNER = frozenset("""warung toko rumah kios bengkel kontrakan kos kost kedai lapak konter depot
    pangkalan salon apotek klinik praktek praktik gudang kandang sawah kebun pekarangan makam rm""".split())
OWNER_TITLES = frozenset("pak bu bapak ibu mas mbak kak bang cak mak mbok ibuk bpk".split())
TITLED_OWNERS = frozenset("rt rw haji hajjah kades lurah camat ustadz ustad kyai kiai guru bidan mantri".split())


def _owner_named(words: list[str], i: int) -> bool:
    """Whether the title at `i` names the owner of the landmark before it ("warung bu tini", "rumah pak rt"): a
    name follows it, no word of the story ("depan toko pak, tolong …" addresses the reader)."""
    owner = words[i + 1] if i + 1 < len(words) else ""
    return (words[i] in OWNER_TITLES and words[i - 1] in SHOPS_KNOWN_BY_OWNER and owner.isalpha() and (
        owner in TITLED_OWNERS or len(owner) >= 3 and _standard(owner) not in AFTER_PLACE
        and owner not in PROBLEM_WORDS and not STORY_VERB.fullmatch(owner) and not _of_the_story(owner)))


def _joins_parts(words: list[str], i: int) -> bool:
    """Whether the mark at `i` goes on with the address: an abbreviation's dot ("jl.", "rt.03"), a comma or slash
    before its next part ("kel. x, kec. y", "rt 03/rw 05"), a slash between two numbers ("RT/RW 03/05")."""
    word, after = words[i], words[i + 1] if i + 1 < len(words) else ""
    if word == ".":
        return words[i - 1] in ABBREVIATED or _numbered(words, i - 1)
    return word in {",", "/"} and after in ADDRESS_ONLY or word == "/" and words[i - 1].isdigit() and after.isdigit()


# A verb of asking for money or goods after a place's name: the story ("SDN 3 minta uang seragam", "kantor desa x
# narik biaya"); it was offered as part of the place
ASKED_FOR = frozenset("minta meminta mintain narik menarik nagih menagih malak memalak pungut memungut".split())


# How long something has gone on ("3 hari", "2 mgg", "4 days", Javanese "3 wulan"): a number before one of these
# counts time, never a house or an alley
DURATION_UNITS = frozenset("""detik menit jam hari hr minggu mgg mg pekan bulan bln tahun thn th taun tahunan wulan
    sasi dino minutes hours days weeks months years""".split())
COUNT_WORDS = frozenset("""satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belasan puluhan
    beberapa bbrp setengah two three four five six seven eight nine ten several few""".split())


# Markers of a village or a neighbourhood, whose name comes right after them
VILLAGES = frozenset("desa ds dsa deso dusun dsn kampung kp kmp kelurahan kel gampong nagari jorong".split())
# Words that end a village's name: the part of it it lies in ("Bunten Barat", Madurese "Laok", Javanese "Kulon")
COMPASS = frozenset("""utara selatan timur barat tengah lor kidul wetan kulon kaler laok lao daja dhaja daya temor
    bara""".split())
_ENDS_A_VILLAGE = COMPASS | ADDRESS_ONLY | {",", ".", "¶"}


def _village_named_regionally(words: list[str], start: int, within: bool = False) -> bool:
    """Whether the regional word right after a village's marker that "di" (or a word like it) introduces is the
    village's name ("di desa bunten barat": Madurese "no", a village in Sampang too; or a marker `within` an
    address begun: "dusun krajan desa bunten timur"): a name's end follows it (a
    compass word, a comma or the end, an address's next part); a short chat spelling ("di desa gk ada") or a word
    the story goes on after ("di desa ora ono") is none."""
    at = start + 1
    word, before = words[at], words[start - 1] if start else ""
    if (words[start] not in VILLAGES or word in AFTER_PLACE  # "di kampung kami, …": Indonesian, never a name
            or len(word) < 4 or not VOWELS.search(word)  # "gk", "tdk": chat spellings
            or not (within or before in _AT_A_PLACE or _standard(before) in BEFORE_PLACE)):
        return False
    after = words[at + 1] if at + 1 < len(words) else "."
    return after in _ENDS_A_VILLAGE or after.isdigit()


# "At" in the region's languages: Javanese krama "teng"/"wonten", ngoko "neng"/"nang"/"ning", literary "ing",
# East Java's "ndek", Sundanese "dina"; Madurese "e" and Osing "ring" (also a word: "Ring Road") before a marker only
REGIONAL_AT = frozenset({"teng", "wonten", "neng", "nang", "ning", "ing", "ndek", "dek", "dhek", "dina", "e", "ring"})
_AT_A_PLACE = BEFORE_PLACE | REGIONAL_AT
AT_OPENING = frozenset({"teng", "wonten", "neng", "nang", "ning", "ndek", "dhek", "dina"})  # a place's first word
ENGLISH_MARKERS = frozenset({"road", "street", "st", "avenue", "lane", "on", "at", "near", "behind", "beside"})  # "Ring
# Road Selatan": a name
AT_WORD = re.compile(r"(?<![\w.])(" + "|".join(sorted(REGIONAL_AT, key=len, reverse=True))
                     + r")\s+([A-Za-z]+)", re.IGNORECASE)


# Two words for "at" in a row ("wonten ing dusun Krajan", "teng ing", "neng di"): the first says nothing more
DOUBLE_AT = re.compile(r"(?<![\w.])(?:wonten|teng|neng|nang|ning|ndek)\s+(?=(?:ing|ning|di)\s)", re.IGNORECASE)


def said_with_di(place: str) -> str:
    """The place with the region's words for "at" as "di" ("teng desa Sumberrejo": di desa Sumberrejo), so the
    agency reads it plainly; before a word of a place only, or opening the place."""
    if place and DOUBLE_AT.search(place):
        place = DOUBLE_AT.sub("", place)
    def replaced(found: re.Match) -> str:
        at, after = found.group(1), found.group(2)
        before_a_place = after.lower() not in ENGLISH_MARKERS and as_landmark(after.lower()) in _MARKER_OR_BEFORE
        if not before_a_place and not (found.start() == 0 and at.lower() in AT_OPENING):
            return found.group()
        return ("DI" if at.isupper() and len(at) > 1 else "di") + found.group()[len(at):]
    return AT_WORD.sub(replaced, place) if place else place


# A preposition opening a typed place ("di gang mawar 3", "ke arah pasar", "at Jalan Diponegoro"): the agency reads
# the place itself; a word that describes it ("dekat masjid", "depan pasar") is part of it and stays.
LEADING_AT = re.compile(r"^(?:di|ke|pada|at)\s+(?=\w)", re.IGNORECASE)


# Spoken words around an address ("itu jl kenari … pak", "itu lho pak, perum …", "… desa kamoning ya min 🙏"): a
# pointing word (and the conversation's words of manners after it) before, those words after; not a name's own
# ("Jl. Pak Kasur"). "kasih" alone is a name's word ("Perum Griya Kasih"): only "makasih" ends a place.
_MANNERS = "|".join(sorted(COURTESY - {"terima", "kasih", "kasi"}, key=len, reverse=True))
SPOKEN_BEFORE = re.compile(rf"^(?:itu|ini|yaitu|yakni|tuh|iya|ya)(?:[\s,]+(?:{_MANNERS}))*[\s,:]+(?=\w)", re.IGNORECASE)
# ... and after it, laughter ("… sukamaju wkwk") and an elder's address to the young ("… DESA SUKAMAJU NAK")
_SAID_AFTER_OTHER = rf"nak|nduk|ndhuk|cong|{LAUGHTER.pattern}"  # (not a word of manners)
_SAID_AFTER = rf"{_MANNERS}|{_SAID_AFTER_OTHER}"
SPOKEN_AFTER = re.compile(rf"(?<=\w)(?:[\s,]+(?:{_SAID_AFTER}))+\b[\s.!,\U0001F300-\U0001FAFF\u2600-\u27BF]*$",
                          re.IGNORECASE)
_NAMED_AFTER = frozenset("jl jln jalan gang gg haji hj kampung kp dusun dsn desa perum blok kel kelurahan".split())
# The cheap test before SPOKEN_AFTER, whose alternatives are tried after every word: in an ASCII text it matches only
# where the last word, before the spaces, stops and commas that end the text, is one of those words
_MANNER_WORDS = frozenset(_MANNERS.split("|"))
_SAID_AFTER_WORD = re.compile(rf"(?:{_SAID_AFTER_OTHER})", re.IGNORECASE)
_ASCII_TAIL = "".join(ch for ch in map(chr, range(128)) if ch.isspace()) + ".!,"  # ASCII's \s, and .!,


def _spoken_after(place: str) -> re.Match | None:
    """SPOKEN_AFTER's match in a place (None without one, the pattern not run when an ASCII text's last word is
    none of its words)."""
    if place.isascii():
        last = place.rstrip(_ASCII_TAIL).replace(",", " ").split()[-1:]
        if not last or last[0].lower() not in _MANNER_WORDS and not _SAID_AFTER_WORD.fullmatch(last[0]):
            return None
    return SPOKEN_AFTER.search(place)


def place_as_stored(place: str) -> str:
    """A typed place as it is stored: the region's words for "at" said as "di", one opening the place dropped
    ("teng desa Sumberrejo", "di desa Sumberrejo": desa Sumberrejo), and the spoken words around it ("itu jl kenari
    rt 3 pak": jl kenari rt 3)."""
    plain = said_with_di(place.strip())
    plain = LEADING_AT.sub("", plain, count=1) or plain
    bare = LEADING_AT.sub("", SPOKEN_BEFORE.sub("", plain, count=1), count=1)
    after = _spoken_after(bare)
    if after is not None and bare[:after.start()].split()[-1].lower().rstrip(".") not in _NAMED_AFTER:
        bare = bare[:after.start()]
    return bare if len(bare.split()) >= 2 else plain


# A place told only by whose it is ("di depan rumah saya", "dkt rumah kami", "di gang rumahku", "dekat sekolah anak
# saya"): no address, but the person said where, so its address is what to ask for
# ... in Javanese and Sundanese too ("teng ngajeng griya kulo", "ning ngarep omah kulo", "di payun bumi abdi")
_NEAR_WORDS = (r"(?:depan|dpn|didepan|dekat|dkt|deket|dket|didekat|samping|sebelah|sblh|belakang|blkg|seberang|sekitar"
               r"|ngajeng|ngarep|cedhak|cedak|celak|sandhing|wingking|mburi|payun|caket|gigireun|tukangeun|"
               + "|".join(sorted(JAVANESE_NEAR_OF, key=len, reverse=True)) + ")")
_HOUSES = r"(?:rumah|rmh|omah|griya|griyo|bumi|gang|gg|kampung|sekolah|kantor|toko|warung)"
_OWNED = (rf"(?:{_HOUSES}\s+)?{_HOUSES}\s*"
          r"(?:saya|sy|aku|kami|kita|gue|gw|ku|kulo|kula|abdi|ambo|aye|ane|anak\s+(?:saya|sy|kami))")
VAGUE_PLACE = re.compile(rf"(?<!\w)(?:(?:di|ke|teng|ning|neng|nang|ing)\s+((?:{_NEAR_WORDS}\s+)?{_OWNED})"
                         rf"|({_NEAR_WORDS}\s+{_OWNED}))(?!\w)", re.IGNORECASE)
OWNED_PLACES = ("rumah", "rmh", "omah", "griya", "griyo", "bumi", "gang", "gg", "kampung", "sekolah", "kantor", "toko",
                "warung")


def vague_place(story: str | None) -> str | None:
    """The place a story tells only by whose it is ("ini pak di depan rumah saya": "depan rumah saya"), or None."""
    lowered = (story or "").lower()
    if not any(place in lowered for place in OWNED_PLACES):  # the cheap test before the pattern
        return None
    found = VAGUE_PLACE.search(story or "")
    return " ".join((found.group(1) or found.group(2)).split()) if found else None


# What a place told only by whose it is may say around it ("ya itu pak depan rumah", "di rumah sy pak")
OWNERS = frozenset("saya sy aku kami kita gue gw ku anak kulo kula abdi ambo aye ane".split())  # Betawi "aye"
AROUND_OWNED = frozenset("ya iya itu ini pak bu mas mbak situ sana tuh nih".split())


OWNED_NAMED = frozenset(OWNED_PLACES) | OWNED_FORMS
OWNED_ONLY = GENERIC | OWNERS | AROUND_OWNED | OWNED_NAMED  # one set, not a union made for every word


def only_owned_place(text: str) -> bool:
    """Whether a typed place says only whose it is, with no name, number or landmark ("depan rumah saya", "ya itu
    pak depan rumah", "di gang rumahku", "gg sebelah rumah sy"); "depan rumah no 5 gg kenari" names one."""
    said = (text or "").lower()
    if not any(place in said for place in OWNED_PLACES):  # the cheap test first
        return False
    words = chat_words(text)
    return bool(words) and not OWNED_NAMED.isdisjoint(words) and all(w in OWNED_ONLY for w in words)


# What an addition may say beyond the story and still only repeat it: when in the day, how much ("sejak kemarin
# pagi" after "sejak kemarin", "rusak parah bgt" after "rusak parah"); a number, a negation or a thing is news
SHARPENING = TIMES_OF_DAY | VERY | frozenset({"banget", "sekali", "pak", "bu", "min", "kak", "pisan", "tenan"})
SAME_WORD_SCORE = 80  # "dalem" is "dalam", "lubangnya" is "lubang"
REPEAT_MIN_WORDS = 2
SAME_WORD_MIN_CHARS = 5  # shorter words differ by a letter too often ("mati", "mata")


# "I said so already" before the story told again ("tadi sudah mbah bilang …", "kan udah saya bilang …", "sudah saya
# tulis tadi, …"): no part of what is said again
ALREADY_SAID = re.compile(r"^\W*(?:(?:kan|tadi|td|sudah|udah|udh|sdh|dah|kn)\s+){1,3}(?:\w+\s+)?(?:bilang|blg|sebut|"
                          r"sebutkan|tulis|ceritakan|cerita|crita|sampaikan|omong|ngomong|kasih\s+tau)(?:\s+tadi)?\b"
                          r"[\s,.:;-]*", re.IGNORECASE)


def repeats_story(story: str | None, more: str) -> bool:
    """Whether an addition only says again what the story says: at least two of its words told in the story (typos
    and "-nya" aside), the rest only sharpening when or how much; "I said so already" before it aside. The cheap
    test first: an addition is short."""
    more = ALREADY_SAID.sub("", more, count=1) if story else more
    if not story or len(more.split()) > len(story.split()):
        return False
    told = {w.removesuffix("nya") for w in content(story)}
    covered = 0
    for word in content(more):
        base = word.removesuffix("nya")
        if base in told or len(base) >= SAME_WORD_MIN_CHARS and not base.isdigit() and process.extractOne(
                base, told, scorer=fuzz.ratio, score_cutoff=SAME_WORD_SCORE):
            covered += 1
        elif word not in SHARPENING:
            return False
    return covered >= REPEAT_MIN_WORDS
