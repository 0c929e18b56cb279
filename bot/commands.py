"""Recognising what people type: numbers, keywords with typos, case and punctuation ignored."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from functools import lru_cache

from rapidfuzz import fuzz, process

from lapor.references import DIGIT_WORDS

WORD = re.compile(r"[0-9a-z]+")
# Where a message's clauses part: a comma, a sentence's end, a semicolon, a line. The readers that part otherwise
# build on CLAUSE_MARKS and say why (a slash, a colon, the spaces after, a time's dot).
CLAUSE_MARKS = r",.;!?\n"
CLAUSE_BREAK = re.compile(f"[{CLAUSE_MARKS}]+")
# A message made only of these, with at least one word of GREETING_CORE, is a greeting (or thanks).
GREETING_CORE = {"halo", "hallo", "helo", "hello", "hai", "hi", "hay", "selamat", "assalamualaikum",
                 # ... and the greeting returned ("wa'alaikumsalam" is read without its apostrophe: is_greeting)
                 "waalaikumsalam", "walaikumsalam", "waalaikumussalam", "alaikumsalam", "waalaikum", "walaikum",
                 "wassalam", "wassalamualaikum",
                 "asalamualaikum", "assalamu", "salam", "permisi", "p", "ping", "tes", "test", "terima", "kasih",
                 "makasih", "trims", "thanks", "thx",
                 "sugeng", "wilujeng", "sampurasun", "rahayu"}  # Javanese, Sundanese greetings
TIMES_OF_DAY = {"pagi", "siang", "sore", "malam"}  # a greeting alone from staff; for a citizen maybe an answer
GREETING_WORDS = GREETING_CORE | TIMES_OF_DAY | {"alaikum", "wr", "wb", "pak", "bu", "bapak", "ibu", "kak", "mas",
                                                 "mbak", "min", "admin", "semua", "om", "swastiastu", "shalom",
                                                 "sugeng", "enjing", "enjang", "sonten", "dalu", "ndalu",
                                                 "wengi", "sore", "dinten", "rahina"}
# ... and the other ways to address the reader, in the region's languages and in chat ("makasih bang", "nuhun teh")
GREETING_WORDS |= {"bang", "abang", "kang", "akang", "aa", "teh", "teteh", "cak", "ning", "neng", "gan", "agan",
                   "bro", "sis", "bos", "boss", "lur", "dulur", "mba", "kakak", "ka", "mimin", "dik", "adik", "dek",
                   "pakde", "bude", "mbah", "tante", "bpk", "ibuk", "bunda", "sob", "sobat", "kawan", "pa", "nak",
                   "nduk", "cong"}
# Words that only acknowledge ("ok siap pak 👍"): said to a notice, they report nothing.
ACKNOWLEDGEMENTS = GREETING_WORDS | {"ok", "oke", "okey", "okay", "okee", "siap", "baik", "noted", "sip", "mantap",
                                     "iya", "ya", "y", "yes", "laksanakan", "diterima", "terimakasih", "tks", "nggih",
                                     "injih", "inggih", "baiklah", "dimengerti", "paham", "mengerti",
                                     # chat slang: "oke sip mantul", "wokeh siap bos"
                                     "mantul", "mantab", "mantabs", "wokeh", "woke", "okeh", "oce", "sipp", "siip"}
FUZZY_MIN_LENGTH = 4   # shorter words must match exactly ("ya" is not "ga")
FUZZY_CUTOFF = 80      # BTAL → batal, STATSU → status, LEWAT → lewati


def words(text: str) -> list[str]:
    """Lowercase words and numbers of a message, without punctuation or emoji (a new list each time)."""
    return list(_typed_words(text or ""))


@lru_cache(maxsize=64)  # a turn's readings split the same message seven or eight times
def _typed_words(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(text.lower()))


def normalize(text: str) -> str:
    """The message as lowercase words separated by single spaces."""
    return " ".join(words(text))


# Everyday words within a typo of a keyword ("nanti sore tim ke lokasi" is not ANTRI, "kembali ke lokasi" not
# KEMBALIKAN, "rekan kami" not REKAP): never read as one.
NOT_TYPOS = {"nanti", "antar", "antara", "antaran", "kembali", "kembalian", "rekan", "rekam", "pindah", "statis",
             "ingin", "ingatan", "ingkang",  # "want", "memory", Javanese "which": within a typo of INGATKAN
             "tarif", "tarikan", "tarian"}  # a fee, a levy, a dance: within a typo of TARIK


def match_word(word: str, vocabulary: dict[str, str]) -> str | None:
    """Map one typed word to its canonical keyword, exactly, as spoken ("selese" for "selesai"), or (for longer
    words) with typos."""
    if word in vocabulary:
        return vocabulary[word]
    spoken = as_written(word)
    if spoken != word and spoken in vocabulary:
        return vocabulary[spoken]
    if len(word) < FUZZY_MIN_LENGTH or word in NOT_TYPOS:
        return None
    candidates = [key for key in vocabulary if len(key) >= FUZZY_MIN_LENGTH]
    for form in dict.fromkeys([word, spoken]):
        found = process.extractOne(form, candidates, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if found:
            return vocabulary[found[0]]
    return None


def match_phrase(text: str, vocabulary: dict[str, str], max_words: int = 3) -> str | None:
    """Match a whole short message (at most `max_words` words) against keywords and multi-word phrases."""
    typed = words(text)
    if not typed or len(typed) > max_words:
        return None
    joined = " ".join(typed)
    if joined in vocabulary:
        return vocabulary[joined]
    if len(typed) == 1:
        return match_word(typed[0], vocabulary)
    phrases = [key for key in vocabulary if " " in key]
    found = process.extractOne(joined, phrases, scorer=fuzz.ratio, score_cutoff=85) if phrases else None
    return vocabulary[found[0]] if found else None


def as_written(word: str) -> str:
    """A word as spoken in chat brought back to its written form: a final "ai" said and typed "e" ("selese",
    "slese", "sampe"), a final "au" typed "o" ("kalo")."""
    if len(word) >= FUZZY_MIN_LENGTH and word.endswith("e"):
        return word[:-1] + "ai"
    if len(word) >= FUZZY_MIN_LENGTH and word.endswith("o"):
        return word[:-1] + "au"
    return word


# "tl1", "selesai12", "tllpr1": a keyword typed against its number (or against the reference's LPR)
GLUED_NUMBER = re.compile(r"^([a-z]+?)((?:lpr)?\d+)$")


def leading_keyword(text: str, vocabulary: dict[str, str]) -> tuple[str | None, str]:
    """Match the first word (or two) as a keyword; return it with the rest of the original text. A number typed
    against the keyword ("tl1 sudah dipatroli") is the rest's start."""
    stripped = (text or "").strip()
    typed = words(stripped)
    glued = GLUED_NUMBER.match(typed[0]) if typed else None
    if glued and (keyword := match_word(glued.group(1), vocabulary)):
        start = stripped.lower().index(typed[0]) + len(glued.group(1))
        return keyword, stripped[start:].strip()
    for count in (2, 1):
        if len(typed) >= count:
            head = " ".join(typed[:count])
            keyword = vocabulary.get(head) if count == 2 else match_word(head, vocabulary)
            if keyword:
                return keyword, after_words(stripped, count)
    return None, stripped


def after_words(text: str, count: int) -> str:
    """The original text after its first `count` words (keeping the rest's case and punctuation)."""
    position = 0
    for _ in range(count):
        match = re.compile(r"[0-9A-Za-z]+").search(text, position)
        if not match:
            return ""
        position = match.end()
    return text[position:].strip(" \t\n:,.-")


def is_greeting(text: str, time_alone: bool = True) -> bool:
    """Tell whether a message is only a greeting or thanks ("selamat pagi pak", "assalamualaikum wr wb"); with
    `time_alone` False a bare "pagi" is not one (a citizen may be answering "when?")."""
    typed = words(text.replace("'", "").replace("\u2019", "") if "alaikum" in text.lower() else text)
    core = GREETING_CORE | TIMES_OF_DAY if time_alone else GREETING_CORE
    return bool(typed) and all(w in GREETING_WORDS for w in typed) and any(w in core for w in typed)


THANKS = {"terima", "kasih", "makasih", "makasi", "mksh", "trims", "thanks", "thx", "terimakasih", "tks", "suwun",
          "nuwun", "matur", "hatur", "nuhun", "kasi", "tengkyu", "alhamdulillah", "alhamdulilah", "thank",
          "thankyou", "tq", "ty", "tqsm", "sakalangkong", "kalangkong", "makasii", "mks", "trimakasih", "trmksh",
          # in one word ("maturnuwun"), Javanese "kesuwun", Madurese "mator sakalangkong", Arabic "syukron"
          "maturnuwun", "matursuwun", "maturswun", "kesuwun", "mator", "sembah", "tengkiu", "syukron", "syukran",
          "jazakallah"}
# ... and what goes with them: "hatur nuhun pisan", "matur suwun sanget", Madurese "se bennyak", "nuhun nya"
THANKS_AROUND = {"banyak", "ya", "yaa", "you", "so", "much", "very", "a", "lot", "sekali", "bgt", "banget", "bnyk",
                 "byk", "pisan", "sanget", "dhalem", "sadayana", "se", "bennyak", "nya", "sir", "khairan",
                 # what is thanked for: "terima kasih atas bantuannya", Madurese "ampon ebantu" (helped already)
                 "atas", "bantuannya", "bantuan", "dibantu", "ebantu", "ampon", "infonya", "informasinya",
                 "responnya", "pelayanannya", "kerjasamanya"}


# Words of a pleasantry that comes before the real reply: "pagi pak, maaf baru sempat balas", "maaf baru buka hp".
PLEASANTRY = {"maaf", "mohon", "baru", "sempat", "bisa", "balas", "bales", "membalas", "buka", "hp", "lama", "telat",
              "terlambat", "lagi", "sibuk", "tadi", "sudah", "udah", "udh", "sdh", "nih", "ini", "ya", "saya", "sy",
              "aku", "kerja", "di", "jalan", "pesan", "chat", "wa", "nya", "dulu", "pa", "bu", "pak",
              # as typed in a hurry ("sori br bls, td lg di lapangan") and in Javanese and Sundanese ("nyuwun sewu,
              # nembe saged bales", "punten, nembe tiasa ngawaler")
              "br", "bls", "blz", "td", "tdi", "lg", "lgi", "lapangan", "rapat", "sewu", "nembe", "saged", "tiasa",
              "ngawaler", "ngabales", "kulo", "abdi", "nggih",
              # writing late at night ("maaf mengganggu malam2 pak")
              "ganggu", "mengganggu", "menganggu", "malam", "larut", "mas", "mbak"}
# Asking for the reader's time or leave ("mohon izin, maaf ganggu waktu istirahatnya", "boleh minta waktunya
# sebentar?"): courtesy in a first message, but an answer beside a greeting ("pagi pak, sudah boleh", "malam pak,
# sebentar lagi"), so only is_pleasantry(…, leave_asked=True) reads them
LEAVE_ASKED = frozenset({"waktu", "waktunya", "sebentar", "bentar", "sejenak", "istirahat", "istirahatnya", "boleh",
                         "minta", "izin", "ijin", "permisi", "numpang", "sebelumnya"})
APOLOGIES = {"maaf", "mf", "sori", "sorry", "punten", "nyuwun", "ngapunten", "pangapunten"}


def said_once(word: str) -> str:
    """One of `words`' words without the 2 that says it twice, after a letter ("malam2", "cepat2": "malam",
    "cepat"; "2", "22", "covid19" as typed). A string test: the pattern `(?<=[a-z])2$` it replaced ran for every
    word of every message tested for a pleasantry."""
    return word[:-1] if word[-1:] == "2" and "a" <= word[-2:-1] <= "z" else word


def is_pleasantry(text: str, leave_asked: bool = False) -> bool:
    """Tell whether a message is only greetings, thanks or an apology for answering late (no content of its own);
    with `leave_asked`, or asking for the reader's time or leave (LEAVE_ASKED: courtesy in a first message)."""
    typed = [said_once(w) for w in words(text)]  # "malam2": "malam"
    return (bool(typed) and all(w in PLEASANTRY_WORDS or leave_asked and w in LEAVE_ASKED for w in typed)
            and any(w in PLEASANTRY_CORE for w in typed))


def is_thanks(text: str) -> bool:
    """Tell whether a message only thanks ("makasih pak", "matur nuwun", "terima kasih banyak 🙏")."""
    typed = words(text)
    return (bool(typed) and any(w in THANKS for w in typed)
            and all(w in THANKS_ONLY for w in typed))


# Praise of the service beside thanks ("mantap, makasih min. cepet jg", "suwun, gercep tenan", "thx, fast response"):
# still only thanks. A request or a grievance beside them ("makasih, tolong cepet ya", "tapi kok lambat") is not.
SERVICE_PRAISE = {"cepat", "cepet", "cpt", "gercep", "sigap", "tanggap", "responsif", "ramah", "juga", "jg", "jga",
                  "pelayanan", "respon", "respons", "responnya", "fast", "response", "mantap", "mantab", "mantul",
                  "keren", "top", "bagus", "memuaskan", "luar", "biasa", "tenan", "pol", "sekali", "bgt", "banget",
                  "pisan", "sanget"}


# The word sets of is_pleasantry and is_thanks, made once (a union was made for every word they tested)
PLEASANTRY_WORDS = GREETING_WORDS | THANKS | PLEASANTRY | APOLOGIES
PLEASANTRY_CORE = GREETING_CORE | TIMES_OF_DAY | THANKS | APOLOGIES
THANKS_ONLY = ACKNOWLEDGEMENTS | THANKS | THANKS_AROUND | SERVICE_PRAISE


# Saying one will wait for what comes next ("oke pak ditunggu", "siap, ditunggu kabarnya"): an acknowledgement too
WAITING = {"ditunggu", "tunggu", "menunggu", "nunggu", "ditenggo", "dienteni", "ditungguin"}
WAITING_FOR = WAITING | {"kabarnya", "infonya", "informasinya", "selanjutnya", "kabar", "saya", "kami", "sy", "aja",
                         "deh", "nggih", "kabare"}


# Praise that only acknowledges, from a citizen ("goood", "mantul", "nice min", "joss"); staff words keep theirs
PRAISE = {"good", "nice", "mantul", "mantab", "manteb", "jos", "joss", "keren", "cakep", "sae", "apik", "great",
          "cool", "oce", "okeh", "oklah", "okelah", "sipp", "jiwa", "alhamdulillah", "top", "markotop"}
PARTICLES = {"deh", "dah", "lah", "yah", "dong", "nih", "kok", "sih"}  # beside a word of acknowledgement only
STRETCHED = re.compile(r"(\w)\1{2,}")


def _acknowledges(word: str) -> bool:
    """A word of acknowledgement, its letters stretched or not ("goood", "siaaap", "okeee", "sippp")."""
    return any(w in ACKNOWLEDGEMENTS or w in PRAISE
               for w in (word, STRETCHED.sub(r"\1", word), STRETCHED.sub(r"\1\1", word)))


def is_acknowledgement(text: str) -> bool:
    """Tell whether a message only acknowledges (words like "ok", "siap", "terima kasih", "oke ditunggu", "goood",
    "mantul", or emoji alone)."""
    typed = words(text)
    waits = bool(set(typed) & WAITING)
    plain = [w for w in typed if w not in PARTICLES] if len(typed) > 1 else typed  # "oke deh", "siap dah"
    return all(_acknowledges(w) or (waits and w in WAITING_FOR) for w in plain)


# "bukan kewenangan kami", "ini bukan tupoksi dinas kami", "di luar kewenangan", "salah disposisi", "tidak berwenang":
# an officer saying the complaint is not their agency's (what KEMBALIKAN is for).
AUTHORITY_WORDS = {"kewenangan", "wewenang", "kewenangannya", "wewenangnya", "tupoksi", "tugas", "tugasnya", "urusan",
                   "urusannya", "ranah", "bidang", "tanggung", "domain", "kewajiban"}
MISROUTED_WORDS = {"disposisi", "kirim", "alamat", "instansi", "dinas", "opd", "sasaran", "tujuan", "teruskan",
                   "diteruskan", "dikirim", "didisposisikan"}
NEGATIONS = {"bukan", "bkn", "bukn", "tidak", "tdk", "gak", "ga", "gk", "nggak", "ngga", "enggak", "luar",
             "sanes", "mboten", "ndak", "teu"}  # ... and in Javanese, Sundanese: "niki sanes tupoksi kami"


# "bukan" before the writer's agency ("…, bukan DLH", "bkn dinas kami yg tangani"): not theirs to handle.
NOT_US = {"bukan", "bkn", "bukn", "sanes"}
US = {"kami", "kita", "dinas", "instansi", "opd", "bidang", "kantor"}
# "bukan jalan kabupaten, itu jalan provinsi", "bkn aset pemda": not the region's, so no agency of it handles it
HELD_BY = {"jalan", "jln", "jl", "aset", "asset", "milik", "wilayah", "saluran", "lahan", "tanah", "gedung"}
THE_REGION = {"kabupaten", "kab", "kota", "pemkab", "pemkot", "pemda", "daerah", "kita", "kami"}
# "bukan jatah kita", "bukan bagian kami", "bkn porsi dlh": a share of the work said not the writer's, when "us" (or
# the writer's agency) follows; "bukan bagian jalan yg rusak" names a part of the place
SHARE_WORDS = {"jatah", "jatahnya", "bagian", "bagiannya", "porsi", "porsinya", "gawean", "gaweane"}


def disputes_authority(text: str, own: Iterable[str] = ()) -> bool:
    """Tell whether a message says the complaint is not the writer's agency's to handle ("bukan kewenangan kami",
    "di luar tupoksi kami", "salah disposisi", "kami tidak berwenang", "…, bukan DLH" with `own` the words that
    name the writer's agency)."""
    typed = words(text)
    for index, word in enumerate(typed):
        after = typed[index + 1:index + 4]
        if word in NEGATIONS and (set(after) & AUTHORITY_WORDS or (after and after[0] == "berwenang")):
            return True
        if word in NOT_US and after and (after[0] in US or after[0] in own):
            return True
        if word in NOT_US and after[:1] and after[0] in HELD_BY and set(after[1:3]) & THE_REGION:
            return True
        if word in NOT_US and after[:1] and after[0] in SHARE_WORDS and after[1:2] and (
                after[1] in US or after[1] in own):
            return True
        if word in ("salah", "keliru") and set(after[:2]) & MISROUTED_WORDS:
            return True
    return False


PICK = re.compile(r"^(?:(?:no|nomor|nmr|pilih|pilihan|yang|yg)\s+)*(\d{1,2}(?:\s*(?:\+|,|&|dan|\s)\s*\d{1,2})*)$")


def pick_numbers(text: str) -> list[int] | None:
    """The numbers of a pick from a numbered list ("3", "1+3", "no 2", "1 dan 3", "3️⃣"), or None for other text."""
    typed = " ".join(re.sub(r"[^0-9a-z+,&]+", " ", (text or "").lower()).split())
    found = PICK.match(typed)
    return [int(number) for number in re.findall(r"\d{1,2}", found.group(1))] if found else None


_MONTH_FULL = (("januari", "january"), ("februari", "pebruari", "february"), ("maret", "march"), ("april",),
               ("mei", "may"), ("juni", "june"), ("juli", "july"), ("agustus", "august"), ("september",),
               ("oktober", "october"), ("november", "nopember"), ("desember", "december"))
# Every start of a month's name of three letters or more ("agus", "sept", "okto", "des") and the short forms
# written without vowels ("agt", "agst", "mrt", "pbr", "nop").
MONTH_WORDS = {name[:length]: number for number, names in enumerate(_MONTH_FULL, 1) for name in names
               for length in range(3, len(name) + 1)} | {
    "agt": 8, "ags": 8, "agst": 8, "agts": 8, "mrt": 3, "pbr": 2, "fbr": 2, "spt": 9, "sptr": 9, "okt": 10,
    "nop": 11, "nvb": 11, "dsm": 12}
RELATIVE_DAYS = {"kemarin": -1, "kmrn": -1, "kemaren": -1, "hari ini": 0, "hr ini": 0, "hri ini": 0, "besok": 1,
                 "bsk": 1, "lusa": 2}
WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
            "ahad": 6}
COUNT_WORDS = {"se": 1, **DIGIT_WORDS, "sepuluh": 10}
UNIT_DAYS = {"hari": 1, "minggu": 7, "pekan": 7, "bulan": 30}
_MONTH_NAMES = "|".join(sorted(MONTH_WORDS, key=len, reverse=True))
_COUNTS = "|".join(sorted(COUNT_WORDS, key=len, reverse=True))
# Words that lead to a day ("sampai 20 Des", "s/d tgl 20", "selama 3 hari") belong to it, never to a name.
_LEAD = r"(?:\b(?:sampai|sampe|smp|hingga|s/d|sd|selama|until|tgl|tanggal|tg|hari)\b\.?\s*)*"
DATE_FORMS = tuple(re.compile(_LEAD + form, re.IGNORECASE) for form in (
    r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b",
    r"\b(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})(?:[/.-](?P<y>\d{4}|\d{2}))?\b",
    rf"\b(?P<d>\d{{1,2}})\s*(?P<name>{_MONTH_NAMES})\.?(?:\s+(?P<y>\d{{4}}))?\b",
    rf"\b(?:(?P<n>\d{{1,3}})\s*|(?P<nw>{_COUNTS})\s*)(?P<unit>hari|minggu|pekan|bulan)\b(?:\s+kerja\b)?",
    r"\b(?P<rel>hari ini|hr ini|hri ini|besok|bsk|lusa|kemarin|kemaren|kmrn)\b",
    # "senin depan", "jumat besok", "rabu ini": the next one, as a weekday alone
    r"\b(?P<wd>senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\b(?:\s+(?:depan|dpn|besok|bsk|nanti|ini)\b)?",
    r"\b(?:tgl|tanggal|tg)\b\.?\s*(?P<dom>\d{1,2})\b",
))


def find_date(text: str, today: date, working_day: Callable[[date], bool] | None = None) -> tuple[date | None, str]:
    """A day as people type it and the text without it: "2026-12-20", "20/12/2026", "20-12", "20 Des",
    "20 desember 2026", "tgl 20", "besok", "hari ini", "sampai Senin" (the next one), or a length of leave counted
    from today ("3 hari", "3 hari kerja": with `working_day`, that many working days, as leave is counted;
    "seminggu", "2 minggu": its last day). A day without a year is the nearer of this year's and next year's (a
    day just past is past, not next year's); None when there is none or it does not exist (31/02)."""
    for form in DATE_FORMS:
        found = form.search(text or "")
        if found is None:
            continue
        rest = " ".join((text[:found.start()] + " " + text[found.end():]).split())
        return _found_day(found.groupdict(), today, working_day), rest
    return None, text


MAX_WORKING_DAYS = 400  # a count of working days of leave is read up to this many


def _found_day(parts: dict, today: date, working_day: Callable[[date], bool] | None = None) -> date | None:
    if parts.get("rel"):
        return today + timedelta(days=RELATIVE_DAYS[" ".join(parts["rel"].lower().split())])
    if parts.get("unit"):
        count = int(parts["n"]) if parts.get("n") else COUNT_WORDS[parts["nw"].lower()]
        if count and working_day is not None and parts["unit"].lower() == "hari":
            return _last_working_day(today, count, working_day)
        return today + timedelta(days=count * UNIT_DAYS[parts["unit"].lower()] - 1) if count else None
    if parts.get("wd"):
        ahead = (WEEKDAYS[parts["wd"].lower().replace("'", "")] - today.weekday() - 1) % 7 + 1
        return today + timedelta(days=ahead)
    if parts.get("dom"):
        this_month = _day(today.year, today.month, int(parts["dom"]), today)
        if this_month is not None and this_month >= today:
            return this_month
        following = today.replace(day=1) + timedelta(days=32)
        return _day(following.year, following.month, int(parts["dom"]), today)
    month = MONTH_WORDS[parts["name"].lower()] if parts.get("name") else int(parts["m"])
    return _day(int(parts["y"]) if parts["y"] else None, month, int(parts["d"]), today)


def _last_working_day(today: date, count: int, working_day: Callable[[date], bool]) -> date | None:
    """The last of `count` working days from today on (today included when it is one)."""
    day, left = today, min(count, MAX_WORKING_DAYS)
    while True:
        if working_day(day):
            left -= 1
            if left == 0:
                return day
        day += timedelta(days=1)


def _day(year: int | None, month: int, day: int, today: date) -> date | None:
    if year is not None and year < 100:
        year += 2000
    try:
        if year is not None:
            return date(year, month, day)
        found = date(today.year, month, day)
    except ValueError:
        return None
    if found >= today:
        return found
    try:
        following = date(today.year + 1, month, day)
    except ValueError:  # 29 Feb
        return found
    return following if following - today <= today - found else found


# Leave as a span ---------------------------------------------------------------------------------------------------

_DAY_SEP = r"(?:s/d|s\.d\.?|sd|sampai|sampe|smp|hingga|until|[-–—])"
# Days of one month typed as a range ("20-22 des", "tgl 9 s/d 10 desember 2026"): each day gets the month.
_MONTH_RANGE = re.compile(
    rf"\b(?P<d1>\d{{1,2}})\s*{_DAY_SEP}\s*(?:(?:tgl|tanggal|tg)\.?\s*)?(?P<d2>\d{{1,2}})\s*"
    rf"(?P<name>{_MONTH_NAMES})\b\.?(?:\s+(?P<y>\d{{4}}))?", re.IGNORECASE)
# Days without a month after "tgl" ("tgl 20 sd 22", "tgl 3-5"): each day is a "tgl" day. "tgl 20-12" is a date.
_DAY_RANGE = re.compile(rf"\b(?:tgl|tanggal|tg)\.?\s*(?P<d1>\d{{1,2}})\s*(?P<sep>{_DAY_SEP})\s*"
                        rf"(?:(?:tgl|tanggal|tg)\.?\s*)?(?P<d2>\d{{1,2}})\b(?![/.-]\d)", re.IGNORECASE)
_NEXT_WEEK = re.compile(_LEAD + r"\b(?P<week>(?:minggu|mgg|pekan)\s+(?:depan|dpn|besok|bsk))\b", re.IGNORECASE)
LEAVE_FORMS = (_NEXT_WEEK, *DATE_FORMS)
_START_LEAD = re.compile(r"\b(?:mulai|mulai\s+dari|dari|dr|sejak|start|per)\W*$", re.IGNORECASE)
_END_LEAD = re.compile(r"^\W*(?:sampai|sampe|smp|hingga|s/d|sd|until)\b", re.IGNORECASE)


# A weekday written with its date ("senin tanggal 14", "Jumat, 18 Des", "rabu 16/12") names one day, the date's: the
# weekday was a day of its own, and the span's real last day was dropped. Not before a length ("senin 3 hari").
_WEEKDAY_DATED = re.compile(
    r"\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\s*,?\s*"
    r"(?=(?:(?:tgl|tanggal|tg)\.?\s*)?\d{1,2}(?!\d)(?!\s*(?:hari|hr|minggu|mgg|pekan|bulan|bln)\b))", re.IGNORECASE)


def _spread_ranges(text: str) -> str:
    """`text` with a range of days written as two days ("20-22 des" → "20 des s/d 22 des")."""
    def month(found: re.Match) -> str:
        tail = f"{found['name']} {found['y'] or ''}".strip()
        return f"{found['d1']} {tail} s/d {found['d2']} {tail}"

    def days(found: re.Match) -> str:
        if found["sep"] in "-–—" and int(found["d2"]) <= max(int(found["d1"]), 12):
            return found.group()  # "tgl 20-12": the 20th of December
        return f"tgl {found['d1']} s/d tgl {found['d2']}"

    return _DAY_RANGE.sub(days, _MONTH_RANGE.sub(month, text or ""))


def _mentions(text: str) -> list[re.Match]:
    """Every day named in `text`, in the order typed (a form listed earlier wins where two overlap)."""
    taken: list[re.Match] = []
    for form in LEAVE_FORMS:
        for found in form.finditer(text):
            if not any(found.start() < other.end() and other.start() < found.end() for other in taken):
                taken.append(found)
    return sorted(taken, key=lambda found: found.start())


def _undated_weekdays(text: str) -> str:
    """`text` without the weekdays written with their dates, when it names a span ("senin tgl 14 sampai jumat 18
    des", "sampai jumat 18 des"); a lone dated weekday ("izin kamis 10 des") stays: it is that day alone."""
    undated = _WEEKDAY_DATED.sub("", text)
    if undated == text:
        return text
    found = _mentions(undated)
    return undated if len(found) >= 2 or (found and _END_LEAD.match(found[0].group())) else text


def _next_monday(today: date) -> date:
    return today + timedelta(days=7 - today.weekday())


def _mentioned_day(found: re.Match, today: date, working_day, base: date | None = None) -> date | None:
    """The day a mention names; a weekday after `base` (the leave's first day) is the one on or after it."""
    parts = found.groupdict()
    if parts.get("week"):
        return _next_monday(today)
    if parts.get("wd") and base is not None:
        return base + timedelta(days=(WEEKDAYS[parts["wd"].lower().replace("'", "")] - base.weekday()) % 7)
    return _found_day(parts, today, working_day)


def find_leave(text: str, today: date, working_day: Callable[[date], bool] | None = None
               ) -> tuple[date | None, date | None, str]:
    """A leave's first day (None: from now), its last day (None: not named) and the text without them.

    One day alone is the last day ("20/12", "sampai jumat", "3 hari"), except a weekday or "besok"/"lusa" without
    "sampai" before it, which is that day alone ("izin besok", "cuti jumat"), and "minggu depan" (next week, Monday
    to Friday). Two days are the first and the last, whatever their order ("mulai senin depan sampai jumat",
    "20-22 des", "tgl 9 s/d 10 des"); a length after a day is counted from it ("besok cuti 3 hari")."""
    text = _undated_weekdays(_spread_ranges(text))
    found = _mentions(text)[:2]
    rest = text
    for mention in reversed(found):
        before = _START_LEAD.sub("", rest[:mention.start()])
        rest = before + " " + rest[mention.end():]
    rest = " ".join(rest.split())
    if not found:
        return None, None, text
    first, last = _span(found, today, working_day)
    if first is not None and first <= today:
        first = None
    return first, last, rest


def _span(found: list[re.Match], today: date, working_day) -> tuple[date | None, date | None]:
    lengths = [m for m in found if m.groupdict().get("unit")]
    days = [m for m in found if not m.groupdict().get("unit")]
    if not days:  # "3 hari", "seminggu": from today
        return None, _found_day(lengths[0].groupdict(), today, working_day)
    first = _mentioned_day(days[0], today, working_day)
    if first is None:
        return None, None
    relative = days[0].groupdict().get("rel")
    if relative and RELATIVE_DAYS[" ".join(relative.lower().split())] > 0 and not _END_LEAD.match(days[0].group()):
        first = _working_from(first, working_day)  # "izin besok" typed on a Saturday: Monday
    if lengths:  # "besok cuti 3 hari", "mulai 21 des selama seminggu": counted from the first day
        return first, _found_day(lengths[0].groupdict(), first, working_day)
    if len(days) == 2:
        other = _mentioned_day(days[1], today, working_day, base=first)
        if other is None:
            return None, None
        if days[1].groupdict().get("week"):
            other += timedelta(days=4)
        return min(first, other), max(first, other)
    return _one_day(days[0], first, today)


def _working_from(day: date, working_day: Callable[[date], bool] | None) -> date:
    """`day`, or the first working day after it: "besok" said on a Saturday or before a holiday is leave from the
    next day the officer would have worked, not a day off (with no calendar, `day`)."""
    for _ in range(MAX_WORKING_DAYS if working_day is not None else 0):
        if working_day(day):
            break
        day += timedelta(days=1)
    return day


def _one_day(found: re.Match, day: date, today: date) -> tuple[date | None, date | None]:
    """One day named: the last day, a day alone ("izin besok", "cuti jumat"), or next week ("minggu depan")."""
    parts = found.groupdict()
    if parts.get("week"):
        return day, day + timedelta(days=4)
    if _START_LEAD.search(found.string[:found.start()]):
        return day, None  # "mulai senin": the last day is still to be asked
    if (parts.get("wd") or parts.get("rel")) and not _END_LEAD.match(found.group()):
        return day, day
    return None, day
