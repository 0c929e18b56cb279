"""Normalisation of informal Indonesian chat text into canonical lowercase words.

WhatsApp complaints are written the way people talk: abbreviations (``yg``, ``gk``, ``sdh``),
reduplication with a digit (``anak2``), stretched letters (``rusakkkk``), emoji, and everyday
Javanese or Madurese words mixed in. Everything here is general language knowledge; nothing in
this module knows about agencies.
"""

from __future__ import annotations

import re
import unicodedata

# Chat abbreviations, spelling variants and common regional (Javanese/Madurese) words, mapped to
# standard Indonesian. A value may hold several words.
ABBREVIATIONS: dict[str, str] = {
    # function words and particles
    "yg": "yang", "yng": "yang", "dgn": "dengan", "dg": "dengan", "dng": "dengan",
    "utk": "untuk", "untk": "untuk", "tuk": "untuk", "buat": "untuk",
    "dr": "dari", "dri": "dari", "dlm": "dalam", "pd": "pada", "kpd": "kepada",
    "krn": "karena", "karna": "karena", "krna": "karena", "soalnya": "karena",
    "tp": "tapi", "jg": "juga", "jga": "juga", "aja": "saja", "aj": "saja", "sj": "saja",
    "sm": "sama", "ama": "sama", "spt": "seperti", "kyk": "kayak", "kaya": "kayak", "kek": "kayak",
    "lg": "lagi", "lgi": "lagi", "trs": "terus", "trus": "terus", "sll": "selalu",
    "bs": "bisa", "bsa": "bisa", "hrs": "harus", "mo": "mau", "pengen": "ingin", "pingin": "ingin",
    "gmn": "gimana", "gmna": "gimana", "bgmn": "bagaimana", "knp": "kenapa", "napa": "kenapa",
    "dmn": "dimana", "kmn": "kemana", "kpn": "kapan", "brp": "berapa",
    "sy": "saya", "sya": "saya", "aq": "aku", "gw": "aku", "gue": "aku", "ane": "aku",
    "kulo": "saya", "kula": "saya", "engkok": "saya", "kami2": "kami",
    # negation and aspect
    "gk": "tidak", "ga": "tidak", "gak": "tidak", "gag": "tidak", "nggak": "tidak", "ngga": "tidak",
    "ngak": "tidak", "enggak": "tidak", "engga": "tidak", "ndak": "tidak", "nda": "tidak",
    "tdk": "tidak", "tak": "tidak", "ta": "tidak", "ora": "tidak", "tida": "tidak", "g": "tidak",
    "sdh": "sudah", "udh": "sudah", "udah": "sudah", "dah": "sudah", "sudh": "sudah",
    "sampun": "sudah", "ampon": "sudah", "wis": "sudah", "uwis": "sudah",
    "blm": "belum", "blum": "belum", "belom": "belum", "durung": "belum",
    "bgt": "banget", "bngt": "banget", "bener": "benar", "bnr": "benar",
    # time, people, places
    "kmrn": "kemarin", "kmarin": "kemarin", "kemaren": "kemarin", "skrg": "sekarang",
    "skrng": "sekarang", "skg": "sekarang", "sekrg": "sekarang", "bsk": "besok",
    "thn": "tahun", "th": "tahun", "thun": "tahun", "bln": "bulan", "mgg": "minggu", "hr": "hari",
    "tgl": "tanggal", "jm": "jam", "org": "orang", "orng": "orang", "oreng": "orang", "wong": "orang",
    "ortu": "orang tua", "bpk": "bapak", "bp": "bapak", "ibuk": "ibu", "bnyk": "banyak", "byk": "banyak",
    "tlg": "tolong", "tolg": "tolong", "mhn": "mohon", "mksh": "terima kasih", "makasih": "terima kasih",
    "trmksh": "terima kasih", "tks": "terima kasih", "thx": "terima kasih", "info": "informasi",
    "jl": "jalan", "jln": "jalan", "jaln": "jalan", "dalan": "jalan", "gg": "gang",
    "kab": "kabupaten", "kec": "kecamatan", "kel": "kelurahan", "ds": "desa", "dsn": "dusun",
    "perum": "perumahan", "pemkab": "pemerintah kabupaten", "pemda": "pemerintah daerah",
    "omah": "rumah", "bedeh": "ada", "bede": "ada", "enten": "ada", "wonten": "ada",
    "aeng": "air", "aer": "air", "banyu": "air",
    # domain spellings that people shorten or misspell
    "ijin": "izin", "akte": "akta", "ektp": "ktp", "ktpel": "ktp",
    "rs": "rumah sakit", "rsu": "rumah sakit", "puskes": "puskesmas", "pusk": "puskesmas",
    "medsos": "media sosial", "wa": "whatsapp", "lstrk": "listrik", "listrk": "listrik",
    "setrum": "listrik", "strum": "listrik", "strom": "listrik", "ledeng": "pdam",
    "uwuh": "sampah", "sampa": "sampah", "runtah": "sampah", "kreteg": "jembatan", "jembtn": "jembatan",
    "ulo": "ular", "olar": "ular", "sape": "sapi", "kobong": "terbakar", "kobongan": "kebakaran",
    "rosak": "rusak", "rusk": "rusak", "ancur": "hancur", "ajur": "hancur", "peteng": "gelap",
    "bangjo": "lampu merah", "setopan": "lampu merah", "stopan": "lampu merah",
    "kerendem": "terendam", "kelelep": "terendam",
    "ambles": "amblas", "anjlok": "turun", "nyampah": "buang sampah",
    "polpp": "satpol pp", "satpolpp": "satpol pp",
}

# Words that carry no topic: they are dropped before any matching, in texts and in keywords alike.
FUNCTION_WORDS: frozenset[str] = frozenset("""
yang di ke dari dan atau dengan untuk pada dalam kepada oleh sama seperti kayak bagai
ini itu tersebut sini situ sana tidak bukan belum sudah telah masih sedang akan lagi juga saja
ada adalah ialah yaitu nya se tapi tetapi namun jadi kalau jika bila karena sebab agar supaya
kok ya yah sih dong deh lah kah pun kan nih tuh loh lho ko kog
saya aku kami kita kamu anda dia beliau mereka
apa apakah bagaimana gimana kenapa mengapa kapan siapa mana dimana kemana berapa
bisa dapat harus mau ingin akan boleh perlu tolong mohon minta harap
sangat sekali banget amat terlalu cuma hanya semua banyak sering selalu pernah terus pakai pake
tiap setiap per para the of
pak bu bapak ibu mas mbak kak dik min admin mimin gan om
""".split())

# Courtesy formulas that look like topic words ("izin bertanya" is not a licensing question).
_COURTESY = re.compile(r"\b(?:mohon |minta )?izin (?:bertanya|tanya|nanya|menyampaikan|lapor)\b|\bpermisi\b")

_EMOJI_AND_SYMBOLS = re.compile(r"[^\w\s'\-]", re.UNICODE)
_REDUPLICATION = re.compile(r"\b([a-z]{2,})2(nya|an|lah|kah|ku|mu)?\b")
_STRETCHED = re.compile(r"([a-z])\1{2,}")
_DIGIT_ONLY = re.compile(r"^\d+[a-z]{0,3}$")


def _strip_accents(text: str) -> str:
    if text.isascii():  # nothing to strip, and a long text is not walked character by character
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _expand_reduplication(text: str) -> str:
    # "anak2" and "anak-anak" are the same word form; keep both halves as separate tokens.
    text = _REDUPLICATION.sub(lambda m: f"{m.group(1)} {m.group(1)}{m.group(2) or ''}", text)
    return text.replace("-", " ")


def _clean(text: str) -> str:
    text = _strip_accents(text).lower()
    text = _EMOJI_AND_SYMBOLS.sub(" ", text).replace("_", " ")
    # Madurese/Javanese glottal stops are written with an apostrophe: "ta'" is one word.
    text = text.replace("'", "")
    text = _STRETCHED.sub(r"\1", text)
    return _expand_reduplication(text)


def normalize(text: str) -> str:
    """Return informal Indonesian text as canonical lowercase words separated by single spaces."""
    words = [ABBREVIATIONS.get(word, word) for word in _clean(text or "").split()]
    return " ".join(_COURTESY.sub(" ", " ".join(words)).split())


def content_tokens(text: str) -> list[str]:
    """Return the normalised words of a text that can carry a topic (no function words, no numbers)."""
    return [w for w in normalize(text).split()
            if w not in FUNCTION_WORDS and len(w) > 1 and not _DIGIT_ONLY.match(w)]


_SUFFIXES = ("nya", "lah", "kah", "pun", "kan", "an", "i", "ku", "mu")
_PREFIXES = ("meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "per", "pe",
             "ber", "be", "ter", "di", "ke", "se", "ng", "ny", "ka", "e")
_MIN_STEM = 4
_PREFIXES_BY_LETTER = {letter: tuple(p for p in _PREFIXES if p[0] == letter) for letter in {p[0] for p in _PREFIXES}}


def _without_suffix(word: str) -> list[str]:
    out = [word]
    for suffix in ("nya", "lah", "kah", "pun", "ku", "mu"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.append(word[: -len(suffix)])
    # Javanese possessive "-ne" after a vowel, the "-nya" of Indonesian: "lampune" is "lampunya".
    if word.endswith("ne") and len(word) >= 6 and word[-3] in "aiueo":
        out.append(word[:-2])
    for base in list(out):
        for suffix in ("kan", "an", "i"):
            if base.endswith(suffix) and len(base) - len(suffix) >= _MIN_STEM:
                out.append(base[: -len(suffix)])
    return out


def _without_prefix(word: str) -> list[str]:
    out = []
    for prefix in _PREFIXES_BY_LETTER.get(word[:1], ()):  # the same order as _PREFIXES
        if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_STEM:
            stem = word[len(prefix):]
            out.append(stem)
            if prefix in ("meny", "peny", "ny"):
                out.append("s" + stem)  # nyapu -> sapu
            elif prefix in ("mem", "pem"):
                out.append("p" + stem)  # memadamkan -> padam
            elif prefix in ("men", "pen"):
                out.append("t" + stem)  # menebang -> tebang
            elif prefix in ("meng", "peng", "ng"):
                out.append("k" + stem)  # ngirim -> kirim
    return out


def stem_candidates(word: str) -> list[str]:
    """Return the word and light stems of it (common affixes and colloquial nasal prefixes removed)."""
    seen: dict[str, None] = {}
    for base in _without_suffix(word):
        seen.setdefault(base, None)
        for stem in _without_prefix(base):
            seen.setdefault(stem, None)
    return [w for w in seen if len(w) >= 3]
