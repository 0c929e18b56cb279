"""Reading what citizens mean, the way they type on WhatsApp: abbreviations (gk, tdk, sdh, yg), typos, capitals,
emoji, stretched letters and everyday Javanese, Madurese and Sundanese words are first brought to standard words;
intents are then recognised by classes of words (a negation, a verb of reporting, a word for evidence…), never by
a list of whole phrases."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.commands import (
    APOLOGIES,
    CLAUSE_BREAK,
    CLAUSE_MARKS,
    GREETING_CORE,
    GREETING_WORDS,
    PLEASANTRY_WORDS,
    THANKS,
    TIMES_OF_DAY,
    after_words,
    said_once,
)
from bot.commands import words as message_words
from lapor import textnorm
from lapor.common_words import may_be_typo
from lapor.complaints import OATHS, only_wrapping, softened, without_wrapping
from lapor.references import NAMED, numbers_named, split_reference
from lapor.textnorm import ABBREVIATIONS, known_word

# Chat words of the conversation beyond lapor.textnorm's (which reads complaint texts: there "buat" is "untuk").
CHAT_WORDS = {
    **{key: value for key, value in ABBREVIATIONS.items() if key not in ("buat", "info", "tak", "ta", "g")},
    "tak": "tidak", "g": "tidak", "gx": "tidak", "ga": "tidak", "gaada": "tidak ada", "gada": "tidak ada",
    "kagak": "tidak", "kaga": "tidak", "sajo": "saja", "bls": "balas", "nggih": "ya", "inggih": "ya", "enggih": "ya",
    "njih": "ya", "injih": "ya",
    "mboten": "tidak", "boten": "tidak", "ndak": "tidak", "enjek": "tidak", "enje": "tidak", "henteu": "tidak",
    "teu": "tidak", "moal": "tidak", "ono": "ada", "onok": "ada", "enek": "ada", "tadha": "tidak ada",
    "tadhe": "tidak ada", "fotone": "foto", "potone": "foto", "muhun": "ya", "sumuhun": "ya", "enya": "ya", "iye": "ya",
    "iyeh": "ya", "enggi": "ya", "leres": "ya", "bener": "benar",
    "atos": "sudah", "parantos": "sudah", "tos": "sudah", "iya": "ya", "iyaa": "ya", "iy": "ya", "yoi": "ya",
    "yup": "ya", "y": "ya", "ok": "ya", "oke": "ya", "okey": "ya", "okay": "ya", "sip": "ya", "siap": "ya",
    "gpp": "tidak apa", "lapur": "lapor", "lapar": "lapor", "adukan": "aduan", "pengaduan": "aduan",
    "complain": "komplain", "komplen": "komplain", "foto2": "foto", "poto": "foto", "photo": "foto",
    "gambar": "foto", "gbr": "foto", "pict": "foto", "pic": "foto", "fotonya": "foto", "potonya": "foto",
    "puass": "puas", "kcewa": "kecewa", "kecewa": "kecewa", "tmbhn": "tambahan", "tmbahan": "tambahan",
    "tambahin": "tambahkan", "nambahin": "tambahkan", "nambah": "tambah",
    "stat": "status", "sts": "status", "cek": "cek", "cekin": "cek", "lht": "lihat", "liat": "lihat",
    "gmn": "gimana", "gmna": "gimana", "piye": "gimana", "kepriye": "gimana", "kumaha": "gimana",
    "laporanku": "laporan saya", "lprn": "laporan", "lapran": "laporan", "lporan": "laporan", "aya": "ada",
    "badhe": "mau", "bade": "mau", "ajeng": "mau", "arep": "mau", "terro": "mau", "hoyong": "mau",
    "pengin": "ingin", "pingin": "ingin", "pgn": "ingin", "pngn": "ingin", "pngen": "ingin", "mw": "mau",
    "mlm": "malam", "pgi": "pagi", "siank": "siang",
    "ngadu": "mengadu", "ngeluh": "mengeluh", "nglapor": "lapor", "ngelapor": "lapor",
    "wadul": "mengadu", "ngewadul": "mengadu",  # Javanese, Sundanese: "kulo badhe wadul", "abdi bade wadul"
    # "report it" in chat, Javanese, Madurese, Sundanese ("laporin lagi dong", "laporno wae", "laporagi"): it was read
    # "laporan", a report asked after
    "tny": "tanya", "tnya": "tanya", "nnya": "nanya", "cr": "cara", "crnya": "caranya", "bkin": "bikin",
    "gbs": "tidak bisa", "gabisa": "tidak bisa", "gbisa": "tidak bisa",
    "krm": "kirim", "kintun": "kirim", "kintunaken": "kirim", "dikintun": "dikirim", "dikintunaken": "dikirim",
    "laporin": "laporkan", "lapurin": "laporkan", "laporim": "laporkan", "laporno": "laporkan", "laporne": "laporkan",
    "laporaken": "laporkan", "laporagi": "laporkan", "laporaghi": "laporkan",
    "ngelaporin": "melaporkan", "nglaporin": "melaporkan", "ngelaporkan": "melaporkan", "dilaporin": "dilaporkan",
    "aduin": "aduan", "ngaduin": "mengadukan",
    "aduanku": "laporan saya", "trims": "terima kasih", "abdi": "saya", "kaulo": "saya",
    # Minang and Madurese: "ambo nio mangadu", "engko' terro lapor", "iyo"
    "ambo": "saya", "nio": "mau", "mangadu": "mengadu", "malapor": "lapor", "engko": "saya", "sengko": "saya",
    # Madurese "sapora pak, kaule terro alapor" (excuse me sir, I want to report): the a- of its active verbs
    "kaule": "saya", "kaula": "saya", "alapor": "lapor", "alaporaghi": "laporkan", "alaporagi": "laporkan",
    "sapora": "maaf", "saporana": "maaf",
    # One's name and being known ("aku ora gelem jenengku dingerteni", Madurese "sengko' tak terro nyamana ekaoneng",
    # Sundanese "abdi teu hoyong nami abdi dipikanyaho"): anonymity asked, which was added to the story instead
    "jeneng": "nama", "jenengku": "nama saya", "jenenge": "namanya", "nyama": "nama", "nyamana": "namanya",
    "nami": "nama", "namina": "namanya", "dingerteni": "diketahui", "dingertene": "diketahui",
    "ekaoneng": "diketahui", "dipikanyaho": "diketahui", "dipikawanoh": "dikenali", "ojo": "jangan", "gelem": "mau",
    "dhapa": "sampai",  # "laporan kaule ampon dhapa'?": has it arrived (Madurese)
    # ... and "has my report been followed up?" there and in Javanese krama: "laporan kula sampun dipun …"
    "kula": "saya", "ponapa": "apa", "ampon": "sudah", "lapuran": "laporan",
    "iyo": "ya", "indak": "tidak", "ado": "ada", "aia": "air",  # Minang: "indak ado foto"
    # Banjar and Bugis/Makassar: "ulun handak melapor", "kada ada foto", "tabe pak, mau ka lapor", "de' ada foto"
    # Balinese: "tiang jagi ngadu", "titiang jagi melapor" ("tiang" alone is a pole: see FILING_SMALL)
    "titiang": "saya", "jagi": "mau",
    "ulun": "saya", "handak": "mau", "kada": "tidak", "kadada": "tidak ada", "pian": "bapak", "tabe": "permisi",
    "de": "tidak", "tena": "tidak",
    # Javanese krama: "kulo badhe nyuwun pirsa", "syarat damel akta menopo nggih"
    "nyuwun": "mohon", "pirsa": "tanya", "tanglet": "tanya", "pirso": "tanya",
    "damel": "bikin", "menopo": "apa", "nopo": "apa",
    # Sundanese: "punten bapa, …", "jalan … ruksak pisan"
    "bapa": "bapak", "ruksak": "rusak", "raksak": "rusak",
    "gt": "gitu", "gtu": "gitu",  # "udh gt aja"
    "gausah": "tidak usah", "gusah": "tidak usah", "dibatalin": "dibatalkan",  # "gausah dilanjut", "dibatalin aja"
    "msh": "masih", "msih": "masih",  # "tp msh ada lubang"
    "kbr": "kabar", "kbar": "kabar", "kabare": "kabar",  # "gmn kbr laporan kmrn"
    "bgs": "bagus", "mantep": "mantap", "mntp": "mantap",  # a rating typed short: "ok bgs"
    # numbers as words, for the menus and the rating ("satu", "yang kedua", "bintang lima")
    "satu": "1", "kesatu": "1", "pertama": "1", "dua": "2", "kedua": "2", "tiga": "3", "ketiga": "3",
    "empat": "4", "keempat": "4", "lima": "5", "kelima": "5",
    # ... and in the region's other languages: Javanese, Madurese, Sundanese
    "siji": "1", "setunggal": "1", "kalih": "2", "telu": "3", "settong": "1", "sittong": "1", "duwa": "2",
    "tello": "3", "hiji": "1", "tilu": "3", "opat": "4", "sekawan": "4", "lema": "5", "gangsal": "5",
    "ngalaporkeun": "melaporkan", "ngalapor": "lapor", "laporkeun": "laporkan", "ngadukeun": "mengadukan",
    # "not yet", "already", "done", "not": the words a step's yes, no or progress question turns on
    "acan": "belum", "dereng": "belum", "geus": "sudah", "beres": "selesai", "rampung": "selesai",
    "sanes": "bukan", "banne": "bukan", "bunten": "tidak", "euweuh": "tidak ada", "fotona": "foto",
    "potona": "foto",
    # English, for the choices and small words of the steps ("anonymous please", "no photo sorry")
    "anonymous": "anonim", "anonymously": "anonim", "confidential": "rahasia", "please": "mohon", "pls": "mohon",
    "plis": "mohon", "sorry": "maaf", "report": "lapor", "complaint": "keluhan",
    # chat spellings: "nama saya jgn dicantumkan", "jangan sampai kades tau", "ga usah pake nama"
    "jgn": "jangan", "jngn": "jangan", "jgan": "jangan", "tau": "tahu", "ketauan": "ketahuan", "ketawan": "ketahuan",
    "pake": "pakai", "privat": "rahasia",
    # English possessives, for a status asked in English ("how is my report going?")
    "my": "saya", "our": "kami", "mn": "mana", "sampe": "sampai", "hows": "how is", "how's": "how is",
    # Javanese "yo wes" ("alright then") and "already"
    "yo": "ya", "wes": "sudah", "uwes": "sudah", "bkn": "bukan",
    "mateh": "mati", "pejah": "mati", "sampun": "sudah",  # Madurese, Javanese krama: the story's state
    "yes": "ya", "yeah": "ya", "yep": "ya", "correct": "benar", "right": "benar",
    # Betawi: "bang, aye mau ngadu nih", "biasa aje" ("gua" is left: a cave, in place names)
    "aye": "saya", "gue": "saya", "ane": "saya", "aje": "saja", "ajah": "saja", "udeh": "sudah", "nyang": "yang",
    "kenape": "kenapa", "gimane": "gimana", "begimane": "bagaimana",
    "ad": "ada",  # "gk ad"
    "jd": "jadi", "jdi": "jadi", "jdnya": "jadinya",  # "gak jd deh", "g jdi lapor"
    # more yeses: Javanese "enggeh", "nggeh", "inggeh", "ngge"; "hooh", "heeh" said; "iyes"
    "enggeh": "ya", "nggeh": "ya", "inggeh": "ya", "ngge": "ya", "hooh": "ya", "heeh": "ya", "iyes": "ya",
    "yy": "ya",
    # not knowing, typed as one word: "gatau", "gtw", "gak tw"
    "gatau": "tidak tahu", "gtau": "tidak tahu", "gktau": "tidak tahu", "gatahu": "tidak tahu", "gtw": "tidak tahu",
    "gatw": "tidak tahu", "gktw": "tidak tahu", "tw": "tahu",
}
# A yes said in two syllables and typed apart: "ho oh", "ho'oh", "he eh", "hu um" (read as one "ya")
SPOKEN_YES = re.compile(r"\b(?:ho+[\s'’`-]*o+h|he+[\s'’`-]*e+h|hu+[\s'’`-]*u+m)\b")
# "alright then" typed as one word: yaudah, yasudah, ywdh, yowes, yawis, okdeh… (read as a yes)
YES_THEN = re.compile(r"(?:ya|yo|y|ok|oke)(?:u?dah|sudah|sdh|udh|dh|wes|wis|uwes)(?:lah)?|okdeh")
# After one of these an English "report" is the noun, a report made ("my report", "the report"), not the verb
DETERMINERS = frozenset({"my", "the", "our", "this", "that", "your"})
# Words asking after a thing, as typed right after "report" ("the road report udh smp mn?", "report gmn pak?")
ASKED_AFTER_REPORT = frozenset("""udah udh sudah sdh dah gimana gmn gmna bagaimana status nya kok belum blm sampai
    sampe smp kapan""".split())
WORD = re.compile(r"[0-9a-z]+")
STRETCHED = re.compile(r"([a-z])\1{2,}")


APPROVING = re.compile("[\U0001F44D\U0001F44C\u2705\U0001F197]")  # 👍 👌 ✅ 🆗 (any skin tone): read as "ok"


@lru_cache(maxsize=64)  # chat_words and standard_words read one turn's text several times
def _lowered(text: str) -> str:
    """The text in lowercase, stretched letters cut ("pakkk"), a yes typed apart joined ("ho oh") and an approving
    emoji as the "ok" it says (👍 alone answered "Balas YA" got the menu)."""
    approving = text and not text.isascii() and APPROVING.search(text)  # cheap first: most messages are plain ASCII
    lowered = APPROVING.sub(" ok ", text) if approving else (text or "")
    unstretched = STRETCHED.sub(r"\1", lowered.lower())
    # every yes typed apart starts "ho", "he" or "hu": the cheap test before the pattern
    if "ho" in unstretched or "he" in unstretched or "hu" in unstretched:
        return SPOKEN_YES.sub("ya", unstretched)
    return unstretched
# Laughter, read as an interjection ("wkwk bang mau ngadu nih" was filed with the story "wkwk")
LAUGHTER = re.compile(r"(?:h[aeiu]){2,}h?|(?:wk)+w?|(?:kw)+k?|xi(?:xi)+|(?:awok)+|(?:ck)+k?")
STARS = re.compile("[⭐★🌟]")
# Small words of politeness and emphasis; "nak", "nduk", "cong" are an elder's address to the young ("MAU LAPOR NAK"
# told the story "NAK")
FILLER = frozenset("""aja saja wae bae ae mawon deh dong ya yah sih kok nah lah kak pak bu bapak ibu mas mbak mba
    min admin gan om bang kakak mimin tolong mohon dulu nya nih tuh kan sj yang ka mi ji doang
    nak nduk ndhuk le cong ncong
    beih haja
    eh ehh oh ohh hm hmm ehm em wah lho loh duh hehe""".split())  # the last line: interjections ("eh anonim aja deh");
# the one before, Madurese and Banjar "saja" ("biasa beih", "biasa haja")
NEGATION = frozenset({"tidak", "belum", "bukan"})
# Greetings and ways to address the reader that open a message before what it asks.
OPENING = FILLER | frozenset("""halo hallo helo hai hi selamat pagi siang sore malam assalamualaikum asalamualaikum
    assalamu alaikum salam wr wb permisi punten bismillah
    bismillahirrahmanirrahim sugeng enjang enjing sonten dalu wengi siyang malem met slmt
    wilujeng sampurasun rahayu maaf izin hello hey woy woi oy oi
    hoi bos boss bro sis lur dulur cak kang akang teh ning
    bentar sebentar tunggu btw""".split())  # "eh bentar, ini bayar gak sih?": a wait before the question
# Classes of words for each intent (standard forms: CHAT_WORDS and typos lead to them).
FILE_VERBS = frozenset({"lapor", "laporkan", "melapor", "melaporkan", "aduan", "mengadu", "mengadukan", "adu",
                        "keluhan", "mengeluh", "mengeluhkan", "komplain", "pengaduan", "protes", "memprotes",
                        "protesin", "ngeprotes"})
WANT = frozenset({"mau", "ingin", "akan", "hendak", "pengin", "pengen", "mo", "minta", "bikin", "buat", "membuat",
                  "want", "wanna"})
TRY = frozenset({"coba", "nyoba", "mencoba", "cobain", "try"})  # "ya udah deh coba lapor"
# Verbs that put a report forward ("menyampaikan keluhan", "ajukan aduan", "kirim laporan").
CONVEY = frozenset({"menyampaikan", "sampaikan", "nyampaikan", "nyampein", "mengajukan", "ajukan", "ngajuin",
                    "kirim", "mengirim", "ngirim", "masukkan", "memasukkan", "masukin",
                    "matur"})  # Javanese krama "to tell": "kulo badhe matur" ("matur nuwun" wants nothing)
STATUS_WORDS = frozenset({"status", "perkembangan", "progres", "progress", "kabar", "sampai", "update", "updates",
                          # not "lanjutan": the typo rule read "lanjut" ("lanjut yg tadi") as it
                          "news", "going", "kelanjutan", "kelanjutannya", "tindaklanjut"})
REPORT_WORDS = frozenset({"laporan", "aduan", "pengaduan", "lpr", "keluhan", "komplain", "laporkan", "adukan"})
ASKING = frozenset({"gimana", "bagaimana", "cek", "lihat", "mana", "apa", "kapan", "diapakan", "diapain",
                    "ditindaklanjuti", "diproses", "ditangani", "how", "what", "whats", "where", "when",
                    "done", "finished", "fixed", "solved", "resolved",  # "is my complaint done?"
                    # "how" in Javanese krama and East Java's ngoko, Madurese: "laporan no 1 pripun?"
                    "pripun", "priye", "kepriye", "yopo", "yaopo", "kados", "pundi", "dhimma", "deremma"})
FOLLOW_VERBS = frozenset({"ikuti", "ikut", "follow", "dukung", "mengikuti"})
# Asking to be protected more after filing: "tolong nama saya dirahasiakan", "ganti jadi anonim", "ANONIM LPR-2",
# "jangan sebut nama saya".
PROTECT_VERBS = frozenset({"rahasiakan", "dirahasiakan", "merahasiakan", "anonimkan", "sembunyikan", "disembunyikan",
                           "samarkan", "disamarkan", "dianonimkan", "menganonimkan", "anonimin", "dianonimin"})
# Removing one's name or number from the report ("nama saya dihapus dari laporan", "nomor sy dihilangkan aja")
REMOVING = frozenset({"hapus", "dihapus", "hapuskan", "menghapus", "hapusin", "dihapusin", "hilangkan",
                      "dihilangkan", "ilangin", "diilangin", "coret", "dicoret", "cabut", "dicabut"})
OPEN_WORDS = frozenset({"publik", "umum", "terbuka", "public", "normal", "biasa"})  # no protection asked
IDENTITY_WORDS = frozenset({"nama", "namanya", "identitas", "identitasnya", "nomor"})
# A wish to withdraw one's complaint: "laporan saya dibatalkan saja", "cabut aduan saya", "lpr 3 batalin aja" (a verb
# with the complaint named or "laporan"), or "gak usah dilanjutkan/diproses lagi"; never "kenapa … dibatalkan?" nor
# "jangan dibatalkan".
WITHDRAW_VERBS = frozenset({"batal", "batalkan", "dibatalkan", "membatalkan", "cabut", "dicabut", "mencabut",
                            "cabutkan", "tarik", "ditarik", "tarikkan",
                            "hapus", "dihapus", "hapuskan", "menghapus", "hapusin", "dihapusin"})  # "delete"
# The same verbs with the complaint not named: followed only by small words ("cabut aja", "dicabut aja pak", "tolong
# dibatalin ya min"), the citizen's own is meant; "cabut dulu ya" is leaving, "kabelnya dicabut warga" a story, and
# "batal" alone the command that drops a draft.
UNNAMED_WITHDRAW_VERBS = frozenset({"cabut", "dicabut", "cabutkan", "dibatalkan", "ditarik"})
GO_ON_WORDS = frozenset({"dilanjutkan", "dilanjut", "diproses", "ditindaklanjuti", "diteruskan", "diurus",
                         "ditangani"})
WHY_WORDS = frozenset({"kenapa", "mengapa", "kok", "knp", "napa"})
EVIDENCE_WORDS = frozenset({"tambahan", "bukti", "susulan", "lampiran", "menambahkan", "tambah", "tambahkan"})
SATISFIED_NEG = frozenset({"tidak", "kurang", "belum", "gak"})
DISAPPOINTED = frozenset({"kecewa", "mengecewakan"})
VOCABULARY = sorted(FILE_VERBS | STATUS_WORDS | REPORT_WORDS | FOLLOW_VERBS | EVIDENCE_WORDS | DISAPPOINTED
                    | {"puas", "biasa", "rahasia", "anonim", "lewati", "foto", "kirim", "bantuan", "batal"})
# Standard words that are never read as a typo of another (tidak is not tindak, ada is not aduan).
KNOWN = frozenset(CHAT_WORDS.values()) | NEGATION | FILLER | WANT | ASKING | frozenset(
    "ada tidak saya kami aku untuk yang sudah belum masih sangat tolong jalan rusak sampah lampu air laporan".split())
KNOWN_WORDS = KNOWN | frozenset(VOCABULARY)  # the conversation's own words: never split nor corrected
FUZZY_MIN_LENGTH = 4
FUZZY_CUTOFF = 80
FUZZY_CUTOFF_SHORT = 85  # a four-letter word: one letter dropped (lapr, stat) but not another word


def standard_words(text: str) -> list[str]:
    """The message as standard lowercase words: abbreviations and regional words replaced, typos of the
    conversation's own words corrected, emoji and stretched letters gone."""
    return list(_standard_words(text or ""))


def words_read_once(text: str) -> tuple[str, ...]:
    """`standard_words` of a text read only once (one word of a message), left out of its cache of messages."""
    return _read_standard_words(text or "")


def _read_standard_words(text: str) -> tuple[str, ...]:
    raw = WORD.findall(_lowered(text))
    # most words are read alone (_standard): only these, or those after these, are read with their neighbours
    return tuple(part for before, word, after in zip(["", *raw], raw, [*raw[1:], ""], strict=False)
                 for part in (_in_context(before, word, after) if word in _READ_IN_CONTEXT or before in _CONTEXT_BEFORE
                              else _standard(word)).split())


# the checks of one turn read the same message this way three or four times (the cache is the reading itself: no
# call more on a miss)
_standard_words = lru_cache(maxsize=64)(_read_standard_words)


# "who" as chat spells it ("yg ngurus sapa sih", "sp yg bales ini"): "sapa" also greets ("sapa warga"), "sp" is a
# warning letter ("dikasih sp"), "spa" a place; each is "siapa" only where it asks: before "yang" or a particle, or at
# the end; "sp"/"spa" only after nothing, "this" or a verb of handling or answering
SPOKEN_WHO = frozenset({"sapa", "spa", "sp"})
WHO_BEFORE_WORDS = frozenset({"", "yang", "yg", "nyang", "sing", "ya", "sih", "si", "nih", "ni", "tuh", "tu", "pak",
                              "bu", "kak", "min", "mas", "mbak", "mba", "bang", "gan", "dong", "deh", "kah", "toh"})
WHO_ASKED_AFTER = frozenset({"", "ini", "itu", "ni", "tu", "iki", "trus", "terus", "jadi", "skrg", "sekarang", "nanti",
                             "ngurus", "ngurusin", "nanganin", "menangani", "pegang", "megang", "memegang", "handle",
                             "urus", "bales", "balas", "bls", "jawab", "jwb", "dateng", "datang", "dtg", "benerin",
                             "tanggung", "tanggungjawab"})


NOT_OR_STILL = frozenset({"tidak", "belum", "masih", "sudah"})


def _spoken_in_context(before: str, word: str, after: str) -> str | None:
    """A chat spelling read by its neighbours: "yg ngurus sapa sih" asks who (SPOKEN_WHO); Betawi "kagak ade" is
    "ada" ("ade saya sakit" is a younger sibling); None for any other word."""
    if word in SPOKEN_WHO and _asks_who(before, word, after):
        return "siapa"
    if word == "ade" and before and _standard(before) in NOT_OR_STILL:
        return "ada"
    return None


def _asks_who(before: str, word: str, after: str) -> bool:
    """Whether a chat spelling of "who" asks who (see SPOKEN_WHO)."""
    return after in WHO_BEFORE_WORDS and (word == "sapa" or before in WHO_ASKED_AFTER)


BETAWI_NYE_MIN = 4  # letters of a word ending in Betawi "-nye" ("nye" alone, "anye" are none)
REDUPLICATED_MIN = 3  # letters before the "2" ("ke2" is no word said twice)


def _in_context(before: str, word: str, after: str) -> str:
    """A word read with its neighbours where they decide it: "my report" is a report made, "smp mn" is "sampai
    mana" (a lone "smp" is a school)."""
    if word == "report" and (before in DETERMINERS or after in ASKED_AFTER_REPORT):  # "that rubbish report, udah
        return "laporan"  # sampe mana?": the report made, asked after
    if word == "smp" and after in {"mn", "mana"}:
        return "sampai"
    spoken = _spoken_in_context(before, word, after)
    if spoken is not None:
        return spoken
    if word == "tindak" and after in FOLLOWED_UP:  # "sudah di tindak lanjuti?", "ada tindak lanjutnya?"
        return "ditindaklanjuti"
    if before == "tindak" and word in FOLLOWED_UP:
        return ""
    if word in PASSIVE_APART and (after in SPLIT_PASSIVES or after == "tindak"):  # "KOK BELUM DI PROSES": the
        return ""  # passive typed apart; Javanese krama "dipun proses", Madurese "ampon e proses"
    if before in PASSIVE_APART and word in SPLIT_PASSIVES:
        return "di" + word
    if word == "during" and (after.startswith("di") or after in NOT_YET_AFTER):  # "durung" mistyped
        return "belum"
    if word in {"gi", "ghi"} and after in {"tadha", "tadhe", "tadek", "tade", "ta", "tak", "enjek"}:  # Madurese
        return "masih"
    return _standard(word)


def chat_words(text: str) -> list[str]:
    """The message as lowercase words with chat abbreviations replaced, but no typo corrected: for free text such
    as a place, where a word near one of the conversation's own may be a name."""
    return list(_chat_words(text or ""))


@lru_cache(maxsize=64)  # the readings of one turn read the same message this way four or five times
def _chat_words(text: str) -> tuple[str, ...]:
    raw = WORD.findall(_lowered(text))
    return tuple(part for word in raw for part in CHAT_WORDS.get(word, word).split())


@lru_cache(maxsize=4096)  # a pure function of the word: most words of a message were read in earlier messages
def _standard(word: str) -> str:
    if word in CHAT_WORDS:
        return CHAT_WORDS[word]
    if word[-1] == "2" and len(word) > REDUPLICATED_MIN and word[:-1].isalpha():
        return _standard(word[:-1])  # "bolong2", "rusak2": a word said twice ("bolong-bolong") is the word
    if YES_THEN.fullmatch(word):
        return "ya"
    if LAUGHTER.fullmatch(word):
        return "hehe"
    if word.endswith("nya") and word[:-3] in CHAT_WORDS:
        return CHAT_WORDS[word[:-3]]
    if word.endswith("nye") and len(word) > BETAWI_NYE_MIN:  # Betawi "fotonye", "rumahnye": its "-nya"
        return _standard(word[:-1] + "a")
    if word.isdigit() or len(word) < FUZZY_MIN_LENGTH or word in VOCABULARY or word in KNOWN:
        return word
    # A typo keeps the first letter (lapoor, staus, bantuaan, puass); another first letter is another word.
    candidates = [known for known in VOCABULARY if known[0] == word[0]]
    cutoff = FUZZY_CUTOFF if len(word) > FUZZY_MIN_LENGTH else FUZZY_CUTOFF_SHORT
    found = process.extractOne(word, candidates, scorer=fuzz.ratio, score_cutoff=cutoff)
    return found[0] if found and may_be_typo(word, found[0]) else word  # "kamar" is a room, not "kabar"


def content(text: str) -> list[str]:
    """The standard words without the small words of politeness and emphasis (aja, dong, pak, min…)."""
    return list(_content(text or ""))


@lru_cache(maxsize=64)  # a turn's readings ask for the same text's content words five times or more
def _content(text: str) -> tuple[str, ...]:
    return tuple(w for w in _standard_words(text) if w not in FILLER)


INQUIRING = frozenset({"tanya", "bertanya", "menanyakan", "nanya", "informasi", "info"})
# A bare wish to ask, with nothing asked yet: the question comes in the next message
WISH_TO_ASK = INQUIRING | WANT | FILLER | frozenset({"saya", "aku", "kami", "izin", "ijin", "boleh", "bisa", "sedikit",
                                                    "sesuatu", "numpang", "mohon", "cuma", "cuman", "hanya",
                                                    "sekedar", "sekadar", "mung",  # "tanya doang", "cuma mau nanya"
                                                    "maaf", "mengganggu", "ganggu", "ngganggu", "waktunya",
                                                    "sebentar"})  # "mohon maaf mengganggu pak, mau tanya"
SUGGESTING = frozenset({"usul", "usulan", "mengusulkan", "saran", "menyarankan", "aspirasi", "masukan"})
# A wish to suggest with nothing suggested yet: its text is asked next, as an aspiration ("ijin menyampaikan aspirasi")
# Verbs of telling, as standard words ("sampaikan" is "sampai" there): they open a story in a clause of their own
# ("badhe matur, …", "mau menyampaikan: …") or before "that" (TELLING_THAT_VERBS)
TELLING_VERBS = frozenset({"menyampaikan", "sampai", "nyampaikan", "nyampein", "sampein", "utarakan", "mengutarakan",
                           "matur"})  # Javanese krama: "nyuwun sewu, kulo badhe matur"
# A wish to suggest or to tell with nothing told yet ("ijin menyampaikan aspirasi", "ada yang mau saya sampaikan",
# "mau cerita sedikit pak"): what it is is asked next
TELLING = SUGGESTING | TELLING_VERBS | frozenset({"cerita", "bercerita", "curhat", "omongin", "bicarakan"})
TOLD_WITH_A_WISH = frozenset({"sampai", "matur"})  # "until", and "matur nuwun" (thank you): told only after a wish
KRAMA_PARDON = frozenset({"sewu", "nuwun", "ngapunten", "pangapunten"})  # "(nyuwun|nuwun) sewu": excuse me
WISH_TO_TELL = (WISH_TO_ASK | TELLING | KRAMA_PARDON
                | {"ada", "hal", "kasih", "ngasih", "memberi", "memberikan", "kasi", "beri"}) - INQUIRING
# A question that is a complaint: "mau tanya kenapa jalannya tidak pernah diperbaiki", "kapan lampunya dipasang?"
COMPLAINING = NEGATION | frozenset({"kenapa", "mengapa", "kok", "kapan", "rusak", "mati", "macet", "bocor",
                                    "hilang", "lambat", "pungli", "dipersulit", "dipungut", "masih", "disuruh",
                                    "ditarik"})
# Money demanded of one ("dimintai uang 150rb", "dipalak 50rb pas ngurus surat"): a complaint, even told with the
# procedure it came with
EXTORTED = frozenset({"pungli", "dipungut", "dimintai", "dimintain", "dipalak", "diperas", "dipaksa"})


# Words that name a problem: a short message with one tells a story ("lampu jalan mati", "got mampet")
PROBLEM_WORDS = frozenset("""rusak mati macet bocor banjir kotor bau gelap licin becek mampet mampat numpuk menumpuk
    jebol ambrol amblas ambles longsor putus tumbang roboh retak pecah padam hancur berlubang bolong lubang keruh
    rawan bahaya pungli hilang kering meluap meluber tersumbat ambruk runtuh rubuh penuh
    kebanjiran tergenang""".split())
# "penuh" before these is no fault: "dengan penuh hormat", "penuh harap", "penuh tanggung jawab"
FULL_OF_GOOD = frozenset("hormat harap harapan rasa syukur semangat kasih cinta perhatian tanggung".split())


def names_a_problem(text: str) -> bool:
    """Tell whether a message names a problem ("lampu jalan mati", "selokannya mampet", "tps nya penuh")."""
    said = standard_words(text)
    named = set(said) & PROBLEM_WORDS or {w.removesuffix("nya") for w in said} & PROBLEM_WORDS
    if named == {"penuh"}:  # "dengan penuh hormat", "terima kasih penuh": full of something good, or of nothing
        return any(w == "penuh" and after not in FULL_OF_GOOD and before not in {"kasih", "dengan"}
                   for before, w, after in zip(["", *said], said, [*said[1:], ""], strict=False))
    return bool(named)


def names_a_problem_mixed(text: str) -> bool:
    """Whether a message names a problem, in Indonesian or in the English or regional words the router reads ("the
    road is also broken", "lampu jalan pareum")."""
    return names_a_problem(text) or bool(set(_with_regional(standard_words(text))) & PROBLEM_WORDS)


# What is most often reported, told alone as the first bubble of a story ("sampah", then "numpuk di sini")
TROUBLES = frozenset("""sampah limbah pungli calo selokan drainase gorong parit jalan lampu jembatan listrik
    pdam tps tpa""".split())


_PROBLEM_OR_TROUBLE = PROBLEM_WORDS | TROUBLES


def problem_told_in(text: str, told: list[str]) -> bool:
    """Whether the problem a message names is told in one of `told` (complaints' titles and descriptions): half
    its words of problems and troubles are there at least ("sampahnya masih numpuk" in "Sampah di TPS menumpuk");
    "pungli" or "lampu jalan mati" are not in "Sampah di TPS menumpuk sampai ke jalan". A message naming none is
    told anywhere."""
    said = {w for w in chat_words(text) if w.removesuffix("nya") in _PROBLEM_OR_TROUBLE}
    return not said or any(2 * _shared(said, set(chat_words(one))) >= len(said) for one in told)


def first_trouble_told_in(text: str, told: str) -> bool:
    """Whether the first thing of trouble a message names ("lampu" of "lampu jalan mati") is in `told` (a
    complaint's title and description); False when it names none."""
    first = next((w for w in chat_words(text) if w.removesuffix("nya") in TROUBLES), None)
    return first is not None and _shared({first.removesuffix("nya")}, set(chat_words(told))) > 0


def begins_a_story(text: str) -> bool:
    """Tell whether a short message may begin a story told in bubbles: it names a problem, says something has not
    happened, or names what is most often reported ("sampah")."""
    words = content(text)
    said = {w.removesuffix("nya") for w in words}
    asked_money = any(w in ASKING_MONEY and after in MONEY
                      for w, after in zip(words, words[1:], strict=False))  # "lurah minta uang buat bikin surat"
    return names_a_problem(text) or tells_a_lack(text) or not STORY_BEGINNERS.isdisjoint(said) or asked_money


# Wrongs done to people, not things broken: a short message with one begins a story ("anak saya dibully di
# sekolah", "pelayanan di puskesmas lambat sekali")
WRONGS = frozenset("""lambat lamban lelet dipersulit diusir dipalak ditelantarkan diabaikan dicuekin suap sogok
    pungutan jorok kumuh bising berisik judes galak kasar dibentak dimarahi dilecehkan dianiaya dipukuli bullying
    dibuli dibully jelek dicoret langka mahal""".split())
# Asking for money and the money asked ("lurah minta uang", "dimintai ongkos", "petugas malak duit", "ada
# permintaan uang rokok"): begins_a_story reads them word after word, accuses_staff after a word of staff. Once
# two pairs bound the same names (a story's and an accusation's), and both functions read the later pair.
ASKING_MONEY = frozenset({"minta", "meminta", "mintain", "dimintai", "dimintain", "permintaan", "malak", "memalak",
                          "dipalak", "narik", "menarik", "dipungut"})
MONEY = frozenset({"uang", "duit", "biaya", "bayaran", "imbalan", "pelicin", "rokok", "dana", "kopi", "bensin",
                   "ongkos", "tip", "amplop", "jatah", "fee", "setoran", "komisi", "upeti", "persenan"})


# What follows a negation without naming a lack ("gak tau", "belum paham", "tidak usah", "gak jadi"); "gak mau
# nyala", "gak bisa dicetak" name one
NOT_A_LACK = frozenset("tahu paham mengerti ngerti usah perlu apa jadi mudeng mudheng ngarte ngartos ngarti".split())
# (Javanese "ra mudeng", Madurese "tak ngarte", Sundanese "teu ngartos", Betawi "kagak ngarti": not understanding)


# Who a person says they are before their story ("saya guru di SDN 3", "sy petani dari desa …", "perkenalkan saya
# ketua RT 02"): an introduction, no complaint yet
SELF = frozenset({"saya", "aku", "kami", "perkenalkan", "kenalkan"})
ROLES = frozenset("""guru pedagang petani nelayan mahasiswa mahasiswi siswa pelajar warga ketua kepala rt rw kades
    perangkat kader bidan perawat buruh karyawan pegawai sopir supir ojek driver pensiunan penjual peternak
    pengusaha tukang orang tua wali murid irt tangga janda duda lansia difabel disabilitas santri ustadz ustad takmir
    marbot honorer pns asn satpam nakes dokter penduduk wargi tiyang
    pemilik smp sma smk mts kelas pemudik perantau pendatang wisatawan turis pengunjung""".split())  # "ibu rumah
# tangga", "lansia"; a pupil, a shop owner, a visitor ("kak aku masih SMP, mau lapor …", "saya pemilik toko di pasar
# baru, mau lapor …", "saya pemudik dari Surabaya, mau lapor …": the opener was filed with the story)
INTRODUCTION_MAX_WORDS = 15


def introduces_oneself(text: str) -> bool:
    """A message only saying who its writer is ("Selamat siang pak, saya guru di SDN 3 Karangrejo"): a word of self
    and a role, no problem, lack or question."""
    said = set(standard_words(text))
    return (len(said) <= INTRODUCTION_MAX_WORDS and bool(said & SELF) and bool(said & ROLES) and "?" not in text
            and not names_a_problem(text) and not tells_a_lack(text) and stated_kind(text) is None
            and not said & (FILE_VERBS | NEGATION))


def tells_a_lack(text: str) -> bool:
    """Tell whether a message says something has not happened or does not work ("ktp sy blm jadi", "bansos gak
    cair2", "truk sampah ga dateng"): a negation with a word after it that is no "know" or "need" (for "belum"
    "jadi" is a lack: "belum jadi" is not ready, "gak jadi" is changing one's mind)."""
    said = content(text)
    return any(word in NEGATION and i + 1 < len(said)
               and (said[i + 1] not in NOT_A_LACK or (word == "belum" and said[i + 1] == "jadi"))
               for i, word in enumerate(said))


# An emergency happening now: the service is not watched at every hour, so the emergency number comes first
EMERGENCY = frozenset("""kebakaran terbakar kebakar kecelakaan tenggelam hanyut darurat gawat pingsan sekarat
    perampokan dirampok rampok begal dibegal penculikan diculik pembunuhan tawuran kejang sesak melahirkan
    tersengat tertimpa tertabrak ditabrak longsor
    terjepit kejepit menimpa terjebak terperangkap tertimbun terseret terluka berdarah kesetrum tersetrum
    evakuasi dievakuasi mengevakuasi terkepung terkurung
    ngamuk mengamuk parang celurit clurit golok""".split())  # a man running amok, armed
# Violence or a thief, an emergency while it goes on ("suami saya mukulin saya sekarang", "maling masih di dalam") or
# in a short cry for help ("saya dipukuli suami tolong"); "kemarin anak saya dipukul guru" is a complaint
VIOLENCE = frozenset("""dipukul dipukuli mukul mukulin memukul memukuli dianiaya menganiaya disiksa menyiksa kdrt
    maling kemalingan pencuri""".split())
CRY_MAX_WORDS = 8
PAST = frozenset("""kemarin kemaren kmrn lalu dulu sudah pernah bekas tadi minggu bulan tahun sejak waktu""".split())
# A hazard is an emergency when it is happening now ("banjir … air masih naik", "kabel putus sedang memercik api"),
# not when it comes back ("banjir tiap hujan", "kalau hujan banjir")
HAZARDS = frozenset("banjir bandang kebanjiran putus api meluap jebol tumbang roboh ambrol".split())
NOW = frozenset("sekarang skrg sedang masih naik barusan darurat".split())
# Water this deep is a danger while it stands ("banjir sudah sepinggang"), and people who cannot get out of it
DEEP = frozenset("sepinggang sepinggul sedada seleher seatap".split())
TRAPPED = re.compile(r"\b(?:tidak|belum) (?:bisa|dapat|sempat) (?:keluar|mengungsi|pergi|menyelamatkan)")
RECURRING = frozenset("tiap setiap sering selalu kalau kalo klo jika bila musim".split())
# Someone gravely ill now ("anak saya demam tinggi dari semalam", "bayi saya muntah terus"): an illness, how bad it
# is, and who; "since last night" is still now, "kemarin" told of before is a complaint
SICK = frozenset("demam panas muntah muntaber diare mencret step sakit meriang".split())
SEVERE = frozenset("tinggi terus parah banget lemas lemes kritis keras".split())
PATIENT = frozenset("""anak anakku bayi balita ibu bapak istri suami nenek kakek adik mertua ortu orangtua""".split())
SICK_BEFORE = frozenset("kemarin kemaren kmrn lalu dulu pernah bekas minggu bulan tahun waktu".split())
# Someone missing now ("PAK TOLONG ANAK SAYA HILANG SEJAK TADI SORE", "adik saya belum pulang dari kemarin, hpnya
# tidak aktif"): the person opens the message and goes missing within a few words; "since this afternoon" is still
# now, and a thing of theirs lost ("ktp ibu saya hilang") or a person found or lost years ago is no emergency
MISSING = frozenset("hilang ilang menghilang kabur minggat".split())
NOT_BACK = frozenset("pulang kembali balik ketemu ditemukan".split())
NOT_YET = frozenset("belum blm tidak tak gak ga nggak enggak ndak".split())
WORRY = frozenset("sejak kabar aktif dihubungi semalam kemarin kemaren kmrn hari jam".split())
FOUND_AGAIN = frozenset("ketemu ditemukan pulang kembali".split())
DONE = frozenset("sudah udah udh sdh sempat".split())
LONG_AGO = frozenset("tahun bulan pernah dulu".split())
BEFORE_PERSON = frozenset({"saya", "ada", "mau", "lapor", "melapor", "help"})
MISSING_NEAR = 6
EMERGENCY_MAX_WORDS = 25  # a person in danger is told in a breath: "PAK TOLONG ADA POHON TUMBANG MENIMPA RUMAH …"


# Emoji that cry for help, alone or with a word or two ("🔥🔥🔥🚒😭😭", "🚑🚑", "🆘 🔥 tolong"): a fire engine, an
# ambulance or SOS; fire only beside fear or tears, or a plea ("tolong 🔥🔥"; "🔥🔥🔥" alone, "mantap 🔥" praise). An
# alarm "🚨" dresses chain messages and is read only beside a plea in a word or two ("🚨🚨 tolong"): "tolong" alone
# was BANTUAN, the help menu.
HELP_EMOJI = frozenset("🚒🚑🆘")
FIRE_EMOJI = frozenset("🔥💥🚨")
FEAR_EMOJI = frozenset("😭😱😨😰😢🥺")
HELP_EMOJI_MAX_WORDS = 2
CRY_WORDS = frozenset({"tolong", "tulung", "toloong", "help", "sos", "darurat", "bantu"})


def emoji_cry_for_help(text: str) -> bool:
    """Whether a message of emoji (and at most a word or two) cries for help (see HELP_EMOJI)."""
    felt = set(text)
    if not felt & (HELP_EMOJI | FIRE_EMOJI):
        return False
    said = chat_words(text)
    if len(said) > HELP_EMOJI_MAX_WORDS:
        return False
    return bool(felt & HELP_EMOJI or felt & FEAR_EMOJI or set(said) & CRY_WORDS)


REPORT_ARRIVED = frozenset({"sampai", "sampe", "nyampe", "nyampai", "diterima", "terima", "masuk", "tekan", "dugi"})
REPORT_ARRIVED_MAX_WORDS = 10


def asks_arrived(text: str) -> bool:
    """Whether a short message asks if one's report arrived ("SUDAH SAMPAI BELUM?", "laporan saya udah nyampe belum
    ya", "sdh diterima blm pak"); not how far it went ("sudah sampai mana?") nor when someone arrives ("kapan
    petugasnya sampai?")."""
    said = standard_words(text)
    if not said or len(said) > REPORT_ARRIVED_MAX_WORDS or not set(said) & REPORT_ARRIVED:
        return False
    if not {"sudah", "belum"} & set(said) or set(said) & {"mana", "kapan", "petugas", "petugasnya"}:
        return False
    own = set(said) - REPORT_ARRIVED - {"sudah", "belum", "saya", "aku", "kami", "kita"} - FILLER - ADDRESS_TERMS
    return bool(set(said) & ARRIVING_REPORT) or not own  # "truk sampah sudah sampai belum?" asks after the truck


# What may have arrived: the report ("laporan mbah sudah sampai?", "pesan saya sdh diterima blm")
ARRIVING_REPORT = REPORT_WORDS | frozenset({"laporannya", "aduannya", "pesan", "pesannya", "lapora", "wa", "chat"})


POISONED = frozenset({"keracunan", "keracunen", "diracun"})
TWICE = re.compile(r"\b([a-z]{4,})(?:2|-\1)\b")  # "muntah2", "muntah-muntah": again and again


def sick_now(text: str) -> bool:
    """Whether a story tells of someone ill now, not gravely enough to be an emergency (`emergency`): a person, and
    poisoning, two signs of illness, or one again and again ("anak saya muntah2 habis makan MBG di sekolah", "…
    muntah dan diare", "anak saya keracunan makanan"); not one told as past ("kemarin sempat muntah, sekarang sudah
    sehat") nor an illness beside a question ("ibu saya sakit, mau tanya syarat bpjs")."""
    words = standard_words(text)
    said = set(words)
    if not said & PATIENT or said & SICK_BEFORE or "sehat" in said:
        return False
    signs = said & SICK
    again = any(found.group(1) in SICK for found in TWICE.finditer(text.lower())) or any(
        words.count(sign) > 1 for sign in signs)
    return bool(said & POISONED or len(signs) > 1 or signs and (again or said & SEVERE))


def emergency(text: str) -> bool:
    """Tell whether a message tells of an emergency happening now ("tolong pak!!! ada kebakaran di pasar",
    "darurat, ada orang tenggelam"; a long one see _emergency_told_long); one told as past ("kemarin ada kebakaran
    …") is a complaint. Emoji alone may cry for help too (emoji_cry_for_help)."""
    if not text.isascii() and emoji_cry_for_help(text):
        return True
    if len((text or "").split()) > EMERGENCY_MAX_WORDS:
        return _emergency_told_long(standard_words(text))
    words = standard_words(text)
    said = set(words)
    if said & PATIENT and said & (MISSING | NOT_BACK) and _missing_now(words):
        return True
    if said & EMERGENCY or {"bunuh", "diri"} <= said:  # "ada orang mau bunuh diri di jembatan"
        return not said & PAST
    if said & VIOLENCE and (said & NOW or ("tolong" in said and len(words) <= CRY_MAX_WORDS)):
        return not said & (RECURRING | NEGATION | (PAST - {"sudah"}))
    if said & SICK and said & SEVERE and said & PATIENT:  # "anak saya demam tinggi dari semalam"
        return not said & SICK_BEFORE
    if said & HAZARDS and (said & DEEP or TRAPPED.search(" ".join(words))):  # "… sepinggang, lansia gak bisa keluar"
        return not said & (RECURRING | (PAST - {"sudah"}))
    # "banjir masuk rumah, air masih naik", "pohonnya udah roboh skrg": "sudah" is done, not past; "masih belum
    # diangkat" is slowness, not danger
    return bool(said & HAZARDS and said & NOW) and not said & (RECURRING | NEGATION | (PAST - {"sudah"}))


# Violence against a woman or a child, told as a complaint ("suami saya KDRT", "anak saya dipukuli gurunya",
# "keponakan saya dicabuli tetangga"): where victims get help the same day is said beside filing
HARM_STEMS = ("kdrt", "pukul", "tampar", "aniaya", "siksa", "cabul", "perkosa", "leceh", "kekerasan", "gebuk",
              "hajar", "tendang", "mukul", "nampar", "nyiksa", "nendang")  # "suami saya mukul saya": spoken forms
# the regional words lapor.textnorm reads as harm done to a child or a woman ("bu guru e sd dhibi' mukol ana'na
# sengko'", "anakku dijotos", "budak abdi digebug"): the cheap test before textnorm.harmed reads who was harmed
REGIONAL_HARM_STEMS = ("mukol", "pokol", "mokol", "gebug", "peupeuh", "tempiling", "tampiling", "jotos", "tabok",
                       "keplak", "jitak", "tonjok", "gampar", "jambak", "tempeleng", "antem", "gitik")
HARMED = frozenset("""istri isteri anak adik ibu mama nenek cucu keponakan ponakan putri perempuan wanita cewek murid
    siswa siswi santri santriwati kdrt""".split())


def violence_against_women_or_children(text: str) -> bool:
    """Whether a message tells of violence against a woman or a child (beaten, slapped, abused, harassed): a word of
    harm and a woman or child named; "rapat pukul 7" names no one."""
    lowered = (text or "").lower()
    if any(stem in lowered for stem in REGIONAL_HARM_STEMS):
        return bool(textnorm.harmed(textnorm.normalize(text).split()))
    if not any(stem in lowered for stem in HARM_STEMS):  # cheap: most messages name no harm
        return False
    words = standard_words(text)
    harmed = any(any(stem in w for stem in HARM_STEMS) and not w.isdigit() for w in words if w != "pukul")
    return (harmed and bool(set(words) & HARMED) or _harmed_by_partner(words)
            or bool(textnorm.harmed(textnorm.normalize(text).split())))


# A husband or partner harming the one who writes ("suami saya mukul saya tiap hari", "sy dipukuli pacar sy"): the
# woman is "saya", no woman named (it was offered as a plain complaint, without where victims get help)
PARTNERS = frozenset("suami suamiku pacar pacarku mantan cowok cowokku laki lakiku".split())
HARMED_SELF = frozenset({"saya", "aku", "gue", "gua", "ku"})
HARM_THEN = frozenset("tiap setiap terus sering kalau kalo klo pas sampai sampe".split())  # "mukul terus", no one named
PARTNER_NEAR = 4


def _harmed_by_partner(words: list[str]) -> bool:
    """Whether a partner is the doer of harm done to the writer: after a passive harm word ("dipukul suami"), or
    before an active one whose object is the writer or unnamed ("suami aku suka nampar aku"); "suami saya dipukul
    orang" harms the husband."""
    if not set(words) & PARTNERS:
        return False
    for i, word in enumerate(words):
        if word == "pukul" or word.isdigit() or not any(stem in word for stem in HARM_STEMS):
            continue
        if word.startswith("di"):
            if set(words[i + 1:i + 1 + PARTNER_NEAR]) & PARTNERS:
                return True
        elif set(words[max(i - PARTNER_NEAR, 0):i]) & PARTNERS and (
                i + 1 == len(words) or words[i + 1] in HARMED_SELF | HARM_THEN):
            return True
    return False


# More than one problem to report: a count of matters ("ada 2 masalah", "mau lapor 2 hal", "beberapa keluhan"), or a
# wish to file another one besides ("sekalian mau lapor lampu juga", "satu lagi pak mau lapor …")
MATTERS = frozenset("""hal masalah laporan keluhan aduan pengaduan perkara persoalan soal kasus problem problems things
    issues""".split())
SEVERAL = frozenset("beberapa bbrp dua tiga empat loro telu kalih duwa tello two three several".split())
# "many things", right after the wish ("mau mengadukan banyak hal. pertama …"); "jalan … banyak hal yang rusak" tells
MANY = frozenset("banyak byk bnyk bnyak berbagai".split())
ANOTHER = frozenset("juga sekalian lagi lain pula also another".split())
# Before the verb, a report made already ("warga juga sudah lapor ke desa") is part of a story, no wish
REPORTED_BEFORE = frozenset("sudah pernah tadi kemarin".split())
BEFORE_ANOTHER = OPENING | WANT | ANOTHER | frozenset({"saya", "aku", "kami", "1", "satu", "terus", "trus", "and"})


def several_matters(text: str) -> bool:
    """Tell whether a message counts more than one matter to report ("ada 2 masalah", "mau lapor 2 hal pak")."""
    said = standard_words(text)
    return any((word in SEVERAL or word.isdigit() and 2 <= int(word) <= 9) and after in MATTERS
               or word in MANY and after == "hal" and (i == 0 or said[i - 1] in FILE_VERBS | CONVEY | {"ada"})
               for i, (word, after) in enumerate(itertools.pairwise(said)))


def another_matter(text: str) -> bool:
    """Tell whether a message asks to report more than one problem, or another one besides the one being told
    ("sekalian mau lapor lampu juga", "lapor juga ada kabel putus di …"): one complaint is filed at a time."""
    if several_matters(text):
        return True
    said = [w for w in standard_words(text) if w not in FILLER]
    verb = next((i for i, w in enumerate(said[:6]) if w in FILE_VERBS), None)
    if verb is None or set(said[:verb]) & REPORTED_BEFORE or not set(said[:verb]) <= BEFORE_ANOTHER:
        return False
    return bool((set(said[:verb + 2]) | set(said[-1:])) & ANOTHER)


# A question about something else asked while filing ("eh btw saya mau tanya cara bikin ktp gimana ya", "sekalian
# nanya pak, syarat akta lahir apa aja"): a word of turning to another matter before the wish to ask, then the question
TURNING = frozenset("btw oiya ohiya oh sekalian lain juga lagi".split())
ASKING_VERBS = frozenset({"tanya", "bertanya", "menanyakan", "nanya"})
QUESTION_AFTER_WORDS = 2


def another_question(text: str) -> str | None:
    """The question about something else a message turns to ("eh btw saya mau tanya cara bikin ktp gimana ya": "cara
    bikin ktp gimana ya"), or None (not "mau tanya, alamatnya harus lengkap?", about the step itself)."""
    lowered = (text or "").lower()
    if "tanya" not in lowered and "nanya" not in lowered:  # cheap: tanya, nanya, menanyakan
        return None
    said = [w for w in standard_words(text) if w not in FILLER or w in TURNING]  # "oh" of "oh iya"
    verb = next((i for i, w in enumerate(said[:6]) if w in ASKING_VERBS), None)
    if verb is None or not set(said[:verb]) & TURNING or not set(said[:verb]) <= BEFORE_ANOTHER | TURNING:
        return None
    found = re.search(r"\b(?:tanya|bertanya|menanyakan|nanya)\b(?:\W+(?:pak|bu|min|kak|mas|mbak|dong|ya))*\W*", text,
                      re.IGNORECASE)
    asked = text[found.end():].strip(" ,.;:-") if found else ""
    return asked if len(asked.split()) >= QUESTION_AFTER_WORDS else None


# Another problem told in the same story ("jalan berlubang, lampu juga mati", "… satu lagi pak, sampah ga
# diangkut"): a clause of its own, with a word of "also", naming a problem of something the story has not spoken of
CONNECTORS = "dan|serta|terus|trus|lalu|and"  # words that join clauses (no "also": they open nothing)
CLAUSE_END = re.compile(rf"[{CLAUSE_MARKS}]+|\s(?:{CONNECTORS})\s", re.IGNORECASE)
ALSO = frozenset("juga sekalian pula also oge uga ugi juo jua".split())  # Sundanese, Javanese, Minang, Banjar
ALSO_OPENING = re.compile(r"^\W*(?:(?:satu|1|ada)\s+lagi|selain\s+itu|sekalian|(?:yang\s+|yg\s+)?"
                          r"(?:kedua|ke-?2|ketiga|ke-?3|keempat|ke-?4))\b"
                          r"(?:\s+(?:pak|bu|min|kak|mas|mbak|bang|ya))?[\s,.:;-]*", re.IGNORECASE)
# A state that follows from a problem rather than a thing broken ("lampu mati, jalan juga gelap"), and who or what
# suffers one ("motor juga jatuh"): one complaint
FOLLOWING_STATES = frozenset("gelap bau licin becek rawan bahaya kotor meluap meluber kering".split())
SUFFERERS = frozenset("""motor mobil kendaraan orang warga anak pengendara pejalan saya kami kita rumah banyak
    korban penduduk masyarakat hp handphone kulkas tv televisi barang""".split())  # ... and one's own things
NO_SUBJECT = ALSO | FILLER | frozenset("satu 1 lagi ada selain itu ini di yang".split())
# A clause opening with when or so ("kalau hujan juga banjir", "jadi juga …") tells more of the same problem
WHEN_OR_SO = frozenset("""kalau kalo jika bila tiap setiap saat waktu pas ketika apalagi bahkan sampai jadi sehingga
    makanya akibatnya""".split())


# The count that opens problems told together ("2 hal pak.", "ada 2 masalah: pertama …"): no problem's words
COUNTED_OPENING = re.compile(
    r"^\W*(?:ada\s+)?(?:\d|dua|tiga|empat|beberapa|bbrp|banyak|byk|bnyk|bnyak|berbagai)\s+(?:hal|masalah|laporan|keluhan|aduan|pengaduan|perkara|"
    r"persoalan|soal)\b(?:\s+(?:pak|bu|min|kak|mas|mbak|bang|nih|ya|yang|yg|mau|ingin|saya|sy|laporkan|sampaikan))*"
    r"[\s,.:;-]*(?:(?:yang\s+|yg\s+)?(?:pertama|satu|1)\b[\s,.:;)-]*)?", re.IGNORECASE)


CONNECTOR = re.compile(rf"^\W*(?:{CONNECTORS})\b\s*", re.IGNORECASE)  # one opening the second's words
FIRST_OPENING = re.compile(r"^\W*(?:yang\s+|yg\s+)?pertama\b[\s,.:;)-]*", re.IGNORECASE)  # "pertama lampu …"


def another_problem(story: str, counted: bool = False) -> tuple[str, str] | None:
    """The story split where it tells another problem besides the first ("jalan berlubang, lampu juga mati" →
    "jalan berlubang", "lampu juga mati"): one complaint is filed at a time; None when it tells one. Problems
    `counted` before ("mau lapor 2 hal pak: …") need no "juga" between them, and the count is no part of either."""
    story = COUNTED_OPENING.sub("", story or "") if counted else story or ""
    for found in CLAUSE_OR_AND.finditer(story):
        first, rest = story[:found.start()].strip(), story[found.end():].strip()
        told = ALSO_OPENING.sub("", rest)  # "satu lagi pak, sampah ga diangkut": its words from "sampah"
        opened = counted or told != rest
        told = CONNECTOR.sub("", told)  # "…, terus lampu juga mati": the second's words from "lampu"
        clause = CLAUSE_END.split(told, maxsplit=1)[0]
        joined = found.group().strip().lower()
        if joined in AND_ALSO_WORDS and not _thing_first(clause):
            continue  # "sama tetangga", "sama kayak kemarin": with, or like; no second thing
        if joined not in AND_ALSO_WORDS and _another_in(first, clause, opened=opened) or (
                (joined in AND_WORDS or joined in AND_ALSO_WORDS) and _two_things_broken(first, clause)):
            return FIRST_OPENING.sub("", first).strip(" ,.;"), ALSO_FIRST.sub("", told).strip(" ,.;")
    return None


# Words that join a second thing in chat besides "dan" ("jalanan rusak sama sampah numpuk", "plus lampu mati",
# "ditambah got mampet"): read as "and" only right before a thing of TROUBLES ("sama tetangga", "sama aja", "sama
# kayak kemarin" say with, alike)
AND_ALSO_WORDS = frozenset({"sama", "ama", "plus", "ditambah", "tambah"})
CLAUSE_OR_AND = re.compile(rf"{CLAUSE_END.pattern}|\s(?:sama|ama|plus|ditambah|tambah)\s", re.IGNORECASE)
ALSO_FIRST = re.compile(r"^\W*(?:juga|jg|pula)\b[\s,]*", re.IGNORECASE)  # "… dan juga sampah numpuk": from "sampah"


def _thing_first(clause: str) -> bool:
    """Whether a clause opens with a thing of TROUBLES ("sampah numpuk", "lampu pju mati"), "juga" aside."""
    said = [w.removesuffix("nya") for w in _with_regional(standard_words(ALSO_FIRST.sub("", clause)))]
    return bool(said) and said[0] in TROUBLES


# Two things broken joined by "and" with no "juga" ("jalan rusak dan sampah numpuk di gang 5", "jalan berlubang dan
# lampu mati"): each clause names a thing most often reported, none named by both, each with a fault of its own; a
# state that follows from the first ("… dan jalan jadi gelap", "… dan jalan banjir") or a cause is one problem
AND_WORDS = frozenset({"dan", "serta", "and"})
CONSEQUENCES = FOLLOWING_STATES | frozenset({"banjir", "kebanjiran", "tergenang"})
PLACE_CUT = frozenset({"di", "depan", "dekat", "dkt", "sekitar", "samping", "belakang", "sebelah", "dalam"})
CAUSING = frozenset({"bikin", "bikinan", "membuat", "menyebabkan", "akibat", "karena", "krn", "gara"})


def _two_things_broken(first: str, clause: str) -> bool:
    """Whether `first` and `clause` (joined by "and") each name a different thing of TROUBLES with its own fault."""
    def read(text: str) -> list[str]:
        return [w.removesuffix("nya") for w in _with_regional(standard_words(text))]

    def things(said: list[str]) -> set[str]:  # named before where they are ("lampu mati di jl kenanga": lampu)
        cut = next((i for i, w in enumerate(said) if w in PLACE_CUT), len(said))
        return set(said[:cut]) & TROUBLES

    said_before, said_after = read(first), read(clause)
    before, after = set(said_before), set(said_after)
    things_before, things_after = things(said_before), things(said_after)
    return (bool(things_before) and bool(things_after) and not things_before & things_after
            and bool(before & PROBLEM_WORDS) and bool(after & (PROBLEM_WORDS - CONSEQUENCES))
            and not after & (WHEN_OR_SO | CAUSING | ALSO))


def _another_in(first: str, clause: str, opened: bool) -> bool:
    """Whether a clause after the story's first part tells a problem of its own: a word of "also" (or it was
    `opened` by "satu lagi", "selain itu"), a problem (not one that follows from another), and a subject the first
    part does not name."""
    said = _with_regional(standard_words(clause))  # "lampu pju na oge pareum": pareum is mati
    if not (set(said) & ALSO or opened) or not (names_a_problem(first) or tells_a_lack(first)):
        return False
    broken = {w.removesuffix("nya") for w in said} & (PROBLEM_WORDS - FOLLOWING_STATES)
    if not broken and not tells_a_lack(clause):
        return False
    subject = next((w.removesuffix("nya") for w in said if w not in NO_SUBJECT), None)
    told = {w.removesuffix("nya") for w in _with_regional(standard_words(first))}
    return subject is not None and subject not in told | SUFFERERS | PROBLEM_WORDS | WHEN_OR_SO


def _with_regional(words: list[str]) -> list[str]:
    """Words with the regional ones the router reads (`lapor.textnorm.known_word`: "pareum" → "mati", "kreteg" →
    "jembatan") in Indonesian: the conversation's own words leave them, since a short one may be a command."""
    return [part for word in words for part in known_word(word).split()]


def after_filing_verb(text: str) -> str:
    """What a wish to report tells after its verb ("satu lagi pak mau lapor got mampet" → "got mampet"), as typed;
    "" when it has no such verb."""
    for found in re.finditer(r"[0-9A-Za-z]+", text or ""):
        if set(standard_words(found.group())) & FILE_VERBS:
            return text[found.end():].strip(" ,.:;-")
    return ""


# Declining what is offered ("gak usah pak, itu aja", "nanti aja", "tidak perlu", "udah cukup")
DECLINE_WORDS = frozenset("tidak usah perlu itu gitu sudah cukup nanti besok lain kali dulu".split())
DECLINE_CORE = frozenset("tidak usah perlu cukup nanti besok".split())


def declines(text: str) -> bool:
    """Tell whether a short message declines an offer: a no, that is all, or not now."""
    said = set(content(text))
    return (means_no(text) or says_thats_all(text)
            or bool(said) and said <= DECLINE_WORDS and bool(said & DECLINE_CORE))


# Ways to address the reader ("pak", "bu", "min", "kak", "teh"), and words that call for attention ("permisi")
ADDRESS_TERMS = frozenset(GREETING_WORDS - GREETING_CORE - TIMES_OF_DAY
                          - {"alaikum", "wr", "wb", "semua", "swastiastu", "shalom", "sugeng", "enjing"})
CALLING = frozenset({"permisi", "punten", "misi", "spada", "sampurasun", "tabe", "tabik"})
_ADDRESS_OR_CALLING = ADDRESS_TERMS | CALLING


def calls_for_attention(text: str) -> bool:
    """Tell whether a message only calls the reader ("pak", "bu?", "paaak", "min min", "permisi pak", "punten
    teh"): someone waiting to be asked what they need, no "ok"."""
    said = chat_words(text)
    return bool(said) and len(said) <= 3 and all(w in _ADDRESS_OR_CALLING for w in said)


# Asking where one had got to ("td sampai mana ya", "lanjut yg tadi", "yg tadi gimana?"): a word of earlier with a
# word of where or of going on, and no word of a report or a problem ("laporan saya sampai mana", "yg kmrn udh smp
# mn ya?" ask how far a complaint has got)
EARLIER = frozenset("tadi td kemarin kemaren kmrn barusan".split())
WHERE_LEFT = frozenset("""sampai mana lanjut lanjutin lanjutkan melanjutkan terusin teruskan gimana bagaimana
    piye kumaha""".split())
WHERE_LEFT_MAX_WORDS = 8


def asks_where_left(text: str) -> bool:
    """Tell whether a short message asks where the citizen had got to with what they were telling."""
    said = [w for w in standard_words(text) if w not in OPENING]
    if len(said) > WHERE_LEFT_MAX_WORDS or set(said) & (REPORT_WORDS | PROBLEM_WORDS | {"sudah"}):  # "udh smp mn"
        return False
    return bool(set(said) & EARLIER) and bool(set(said) & WHERE_LEFT)


# What a citizen says of the work when asked to rate a finished complaint: "sudah diangkut, makasih" (done),
# "blm diangkut sampahnya, bohong itu" (not done). Passive verbs (di-) and these states after "sudah" say it is done
# ("sampun murup": the lamp is lit); a negation before a passive verb or a word of completion, "belum", "masih" or
# "tetap" before anything, a problem back again ("rusak lagi") or a word for a lie say it is not.
DONE_STATES = frozenset("""selesai bersih resik beresih nyala menyala murup hidup urip terang padang padhang caang
    lancar mengalir ngalir mulus rapi bagus baik apik sae normal aman kering surut diangkut""".split())
NOT_DONE_AFTER_NEGATION = frozenset("""selesai ada berubah datang jalan nyala menyala hidup idup mengalir ngalir murup
    urip""".split())  # "airnya blm ngalir", Javanese "durung murup"
STILL = frozenset({"belum", "masih", "tetap", "tetep", "isih", "esih", "tasih", "taseh", "masih2"})
# After "belum" these say the citizen has not looked yet ("belum sempat cek"), not that the work is undone
NOT_LOOKED = frozenset("pernah sempat tahu cek dicek lihat dilihat melihat ngecek mengecek".split())
LIE = frozenset("bohong boong bohongan hoax hoaks palsu dusta ngibul tipu menipu ditipu omdo pencitraan".split())
PARTLY = frozenset("sebagian separuh setengah sedikit".split())
CONTRAST = frozenset("tapi tetapi tp tpi namun cuma cuman hanya sayangnya".split())
# "now", after what was before: the words after it decide, as after "tapi" ("kemarin masih rusak, sekarang sudah
# diperbaiki"; "sampai sekarang masih rusak")
NOW_TURNS = frozenset("sekarang kini saiki saiki2 ayeuna ayena now akhirnya".split())
# Most of it done, some left ("sebagian besar sudah bersih", "hampir semua sudah diangkut"): neither a thanks nor
# a reopening with no word; the citizen is asked which (an officer would rather hear what is left than a bare 4 or
# a reopening)
MOSTLY = (("sebagian", "besar"), ("hampir", "semua"), ("hampir", "semuanya"), ("hampir", "seluruh"),
          ("hampir", "selesai"), ("tinggal", "dikit"), ("tinggal", "sedikit"), ("kari", "sithik"))
REPORTED = frozenset({"dilaporkan", "diadukan", "dibilang", "dikatakan", "dijanjikan", "janji"})  # no work done
# Someone else's word that it is done ("katanya udah beres", "kata petugas sdh diangkut", "dibilang selesai",
# Javanese "jarene", Sundanese "cenah"): a "sudah" just after one is what the citizen was told, not what they saw
HEARSAY = frozenset({"katanya", "kata", "katane", "dibilang", "bilang", "bilangnya", "ngakunya", "ngaku", "mengaku",
                     "jarene", "jare", "jarenya", "cenah", "ceunah", "konon", "infonya", "ngomongnya", "diklaim",
                     "klaim", "klaimnya", "jawabannya", "dikatakan"})
HEARSAY_REACH = 3  # words between the hearsay and its "sudah" ("kata petugas dinas sudah …")


def work_done(text: str) -> bool | None:
    """What a message at the rating question says of the work: True when it says it is done ("sudah diangkut,
    makasih", "sampun murup, matur nuwun", "sudah pak terimakasih"), False when it says it is not ("belum beres
    pak", "sudah diperbaiki tapi masih bocor", "cuma sebagian"), None when it says neither or both. After "tapi"
    (cuma, namun…) or a sentence's end the words after it decide ("lho kok sudah selesai? … masih sama")."""
    verdicts = []
    for sentence in SENTENCE_END.split(text or ""):
        clause: list[str] = []
        only = False  # the clause opened with "cuma": "sudah ditambal tapi cuma ditutup tanah" is done badly
        for word in standard_words(sentence):
            turns = word in CONTRAST or (word in NOW_TURNS and bool(clause))
            if turns:
                verdicts.append(_clause_done(clause, only))
                only = word in ONLY
            clause = [] if turns else [*clause, word]
        verdicts.append(_clause_done(clause, only))
    return next((verdict for verdict in reversed(verdicts) if verdict is not None), None)


SPLIT_PASSIVES = frozenset("proses verifikasi tindaklanjuti teruskan tanggapi respon tangani".split())
PASSIVE_APART = frozenset({"di", "dipun", "e"})  # Indonesian, Javanese krama, Madurese
FOLLOWED_UP = frozenset({"lanjut", "lanjuti", "lanjutin", "lanjutnya", "lanjutan"})  # after "tindak"
# Javanese "durung" typed "during" (English "during" otherwise): before these it is "not yet"
NOT_YET_AFTER = frozenset("ada ono onok enek beres rampung selesai teko datang mari".split())
# The words _in_context reads with their neighbours, and the words after which the next one is: any other word is
# read alone, as _in_context would (_standard), without its call (a story's every word is read this way)
_READ_IN_CONTEXT = frozenset({"report", "smp", "ade", "tindak", "during", "gi", "ghi"}) | SPOKEN_WHO | PASSIVE_APART
_CONTEXT_BEFORE = frozenset({"tindak"}) | PASSIVE_APART


def says_fixed(text: str) -> bool:
    """Whether a citizen says the problem was fixed ("udah diangkut sendiri sama warga"), not asking whether the
    report moved on ("laporan saya sudah diverifikasi pak?", "sudah diteruskan ke dinas?")."""
    said = standard_words(text)
    return (work_done(text) is True and not asks_about(text, ASKING_WHETHER)  # "udah beres, siapa yg benerin?"
            and not set(said) & NEWS_WORDS and not done_alone(text))


def done_alone(text: str) -> bool:
    """Whether a message is a word of done and nothing else ("sudah", "udah pak", "sampun", "sudah, makasih"), not
    asked ("sudah?")."""
    said = set(standard_words(text))
    return "sudah" in said and said <= DONE_ALONE and "?" not in text  # "sudah?" asks whether it happened


# A word of done with nothing done named ("sudah", "udah pak", Javanese "sampun", "sudah, makasih"): an
# acknowledgement of one's own part, not the problem fixed ("sampun" a minute after the receipt was told
# "Syukurlah bila masalahnya sudah beres"); "alhamdulillah sudah" is good news
DONE_ALONE = frozenset({"sudah"}) | FILLER | (THANKS - {"alhamdulillah", "alhamdulilah"})


def still_not_done(text: str) -> bool:
    """Whether a message says a problem is still not dealt with ("sampahnya belum diangkut juga", "masih belum
    beres", "sampai skrg blm ada yg ngangkut", Javanese "kok suwe, durung diangkut", Madurese "gi' tadha' se
    ngangkut"): a word of "not yet" or "still" about the work, or slowness asked about ("kok suwe")."""
    said = standard_words(text)
    return work_done(text) is False or bool(set(said) & SLOW and set(said) & WHY_WORDS) or worsened(said)


# Worse than before, told with little else ("tambah parah pak", "makin parah min, skrg baunya kemana2", Javanese
# "sangsaya parah", Sundanese "beuki parah"): a word of growing before a word of degree, in a short message
GROWING = frozenset({"tambah", "makin", "semakin", "mangkin", "tmbh", "mkin", "mkn", "sangsaya", "beuki",
                     "malah", "lebih"})
DEGREE = frozenset({"parah", "buruk", "jelek", "besar", "gede", "lebar", "dalam", "dalem", "banyak", "bau",
                    "bahaya", "rusak", "ancur", "hancur", "luas", "tinggi", "sering", "numpuk", "kotor"})
WORSE_MAX_WORDS = 8


def worsened(said: list[str]) -> bool:
    """Whether a short message (its standard words) says the problem grew worse: a word of growing right before a
    word of degree ("tambah parah", "makin gede lubangnya")."""
    return len(said) <= WORSE_MAX_WORDS and any(
        w in GROWING and said[i + 1] in DEGREE for i, w in enumerate(said[:-1]))


# The things complaints are about, to tell "still not done" of one's complaint from a new problem ("lampu jalan …
# belum diperbaiki juga" is no more of a rubbish complaint)
THINGS = TROUBLES | frozenset("""air got kali sungai pohon pju kabel pipa trotoar tiang ktp kk akta bansos blt sinyal
    sekolah guru puskesmas bidan dokter obat bus angkot parkir pedagang kandang asap""".split())


def _things(text: str, mixed: bool = False) -> set[str]:
    """The things a text names; `mixed`: in English or regional words too ("the streetlight", "dalane")."""
    found = set()
    for word in chat_words(text):
        stem = _thing_stem(word)
        if stem is None and mixed:  # the thing the router reads
            found.update(filter(None, map(_thing_stem, known_word(word).split())))
        elif stem is not None:
            found.add(stem)
    return found


def _thing_stem(word: str) -> str | None:
    """The thing a word names, its ending of "the"/"its" dropped ("sampahnya", Javanese "sampahe", "lampune",
    Sundanese and Madurese "sampahna"), or None."""
    for stem in (word, word.removesuffix("nya"), word.removesuffix("e"), word.removesuffix("ne"),
                 word.removesuffix("na")):
        if stem in THINGS:
            return stem
    return None


def things_in(text: str) -> set[str]:
    """The things a text names ("Sampah di TPS pasar …" → sampah, tps, pasar, …)."""
    return _things(text)


def first_thing(text: str) -> str | None:
    """The first thing a message names ("lampu jalan mati lagi" → "lampu"), or None."""
    return next((stem for word in chat_words(text) if (stem := _thing_stem(word)) is not None), None)


def disputes_answer(text: str, said: set[str]) -> bool:
    """Whether a message (`said`, its standard words) disputes the answer it was given and names no thing of its
    own ("petugasnya bohong pak, katanya sudah diperbaiki padahal belum", "ngakunya udah dibersihin"): of the
    complaint just answered."""
    return bool(said & (HEARSAY | LIE)) and not _things(text)


def names_another_thing(text: str, about: str, mixed: bool = False) -> bool:
    """Whether a message names a thing complained about ("lampu", "jalan") that the text `about` does not;
    `mixed`: named in English or regional words too ("the streetlight")."""
    return bool(_things(text, mixed) - _things(about, mixed))


def tells_of_another_thing(text: str, about: str) -> bool:
    """Whether a message tells of a thing complained about that the text `about` does not name (`names_another_thing`),
    leaving out a thing named only as where the problem still is when the message names no problem of its own ("blm
    bersih smua pak, msh numpuk dkt tiang" beside rubbish piling up: the pole is where, not another matter; "lampu
    dekat masjid mati" names the lamp, "tiangnya miring" another problem)."""
    other = _things(text) - _things(about)
    if "air" in other and {w.removesuffix("nya") for w in chat_words(about)} & WATERWAYS:
        other.discard("air")  # "airnya tetap tidak mengalir" beside a blocked irrigation channel: what it carries
    if not other or names_another_problem(text, about):
        return bool(other)
    said = chat_words(text)
    placed = {t for before, word in zip(["", *said], said, strict=False) if before in PLACING for t in _things(word)}
    unplaced = {t for before, word in zip(["", *said], said, strict=False) if before not in PLACING
                for t in _things(word)}
    return bool(other - (placed - unplaced))


def troubles_its_place(text: str, about: str) -> bool:
    """Whether a message tells a problem of a thing the text `about` names only as a place, not as what it is about
    ("jalan depan sd masih rusak" beside "Sampah di TPS … menumpuk sampai ke jalan": the road is where the rubbish
    spills, and its damage another matter; "jalannya makin rusak" beside "Jalan … berlubang" is the same one)."""
    said = _things(text)
    if not said or not names_another_problem(text, about):
        return False
    first = next((t for w in chat_words(about) for t in _things(w)), None)  # what it is about: its first thing
    return first is not None and first not in said


# Things that carry water: the water in a message beside them is theirs ("saluran irigasi mampet", then "airnya tidak
# mengalir"), no other thing
WATERWAYS = frozenset("saluran irigasi selokan drainase gorong parit got kali sungai pipa sumur".split())
PLACING = frozenset({"di", "ke", "depan", "dekat", "sekitar", "samping", "belakang", "pinggir", "dpn", "dkt"})


def troubles_a_place_named(text: str, about: str) -> bool:
    """Whether a message tells a problem of what it names first, a thing the text `about` names only as where its
    problem is ("the road near the market is also broken" beside "got sampah di jalan mawar mampet"; not "sampahnya
    juga meluber ke jalan", whose rubbish the story names as its own)."""
    first = next((t for w in chat_words(text) for t in _things(w, mixed=True)), None)
    if first is None or not names_another_problem(text, about, mixed=True):
        return False
    said = chat_words(about)
    placed = {t for before, word in zip(["", *said], said, strict=False) for t in _things(word, mixed=True)
              if before in PLACING}
    unplaced = {t for before, word in zip(["", *said], said, strict=False) for t in _things(word, mixed=True)
                if before not in PLACING}
    return first in placed and first not in unplaced


def names_another_problem(text: str, about: str, mixed: bool = False) -> bool:
    """Whether a message names a problem ("berlubang", "mati") that the text `about` holds in no form of its own
    ("numpuk" is its "menumpuk"); `mixed`: in English or regional words too ("broken", "pareum")."""
    read = _with_regional(standard_words(text)) if mixed else standard_words(text)
    said = {w.removesuffix("nya") for w in read} & PROBLEM_WORDS
    held = set(_long_words(about)) | set(standard_words(about))
    if held & PILED_UP:  # "tps nya masih penuh" about "sampah di TPS menumpuk": one problem in other words
        said -= PILED_UP
    return any(not _shared({word}, held) for word in said)


PILED_UP = frozenset({"penuh", "numpuk", "menumpuk", "meluber", "meluap"})


# A job done slowly, said at the rating question ("kurang puas krn lama", "lama bgt baru dikerjain", "telat tp udh
# beres", "seminggu baru diangkut"): a low rating with its comment, not a reopening, as nothing is left to do. The
# message says nothing but the slowness (SLOW, or "baru" before what was done), how it felt and how long it took.
SLOW = frozenset({"lama", "kelamaan", "lamanya", "lamban", "lambat", "lambatnya", "lelet", "lemot", "telat",
                  "terlambat", "keterlambatan", "molor", "ngaret", "kelambatan", "slow", "late",
                  "suwe", "suwi", "sui", "lami", "lila", "abit", "alon"})  # Javanese, Sundanese, Madurese
SLOW_TALK = frozenset("""kurang puas kecewa tidak karena soalnya sebab sangat sekali banget amat baru sudah tapi cuma
    namun selesai beres rampung hari minggu seminggu sebulan bulan tahun jam dua tiga empat lima penanganan
    penanganannya proses prosesnya respon responnya pengerjaan pengerjaannya kerjanya datang datangnya tanggapan
    tanggapannya terlalu agak juga yang saya aku memuaskan too very benar nian pisan tenan ngerjain ngerjainnya
    nunggu nungguin menunggu nunggunya""".split())


def only_slow(text: str) -> bool:
    """Whether a message complains only that the work was slow, not that it is undone (see SLOW)."""
    said = [w for w in standard_words(text) if w not in FILLER and w not in THANKS]
    late = [w for w in said if w in SLOW] or [b for a, b in zip(said, said[1:], strict=False)
                                              if a == "baru" and b.startswith("di") and len(b) > 4]
    others = [w for w in said if w not in SLOW and w not in SLOW_TALK and not w.isdigit()
              and not (w.startswith("di") and len(w) > 4)]  # what was done: "dikerjain", "diangkut"
    return bool(late) and not others and len(said) <= 15 and work_done(text) is not False


# Words of address and emphasis that stand between the words read together ("sudah pak terimakasih")
BETWEEN = frozenset("""pak bu bapak ibu mas mbak mba min admin kak kakak bang om gan mimin dong deh sih kok nih tuh
    lah kan yah nah wah eh oh lho loh duh""".split())


ONLY = frozenset({"cuma", "cuman", "hanya"})
ONLY_TOLD = frozenset({"dikasih", "dikasi", "diberi", "dikabari", "dikabarin", "diinfo", "diinfokan"})


def _clause_done(clause: list[str], only: bool = False) -> bool | None:
    """work_done for one clause (no "tapi" in it); `only`: it opened with "cuma", and a thing done in it ("cuma
    ditutup tanah", "hanya ditimbun batu") is the work done badly, not done."""
    said = [w for w in clause if w not in BETWEEN]
    if only and said and said[0].startswith("di") and len(said[0]) > 5 and said[0] not in REPORTED | ONLY_TOLD and (
            not set(said) & SLOW):  # "cuma lama dikerjainnya" is slowness
        return False
    signals = {_work_signal(said, i) for i in range(len(said))} - {None}
    if any(pair in MOSTLY for pair in zip(said, said[1:], strict=False)):  # "sebagian besar sudah bersih"
        return None
    if set(said) & PARTLY and not set(said) & NEGATION:  # "sudah diangkut sebagian", "cuma sebagian"
        return False
    return signals.pop() if len(signals) == 1 else None


def _work_signal(said: list[str], i: int) -> bool | None:
    """What the word at `i`, read with the word after it, says of the work: done, not done, or nothing."""
    word, after = said[i], said[i + 1] if i + 1 < len(said) else ""
    stem = after.removesuffix("nya")
    passive = stem.startswith("di") and len(stem) > 4 and stem not in REPORTED
    endured = after in NEGATION and i + 2 < len(said) and said[i + 2] in ENDURE  # "warga sudah ga tahan"
    if word == "sudah" and set(said[max(i - HEARSAY_REACH, 0):i]) & HEARSAY:
        return None  # "… blm diangkut pak, katanya udah beres": told done, not seen done
    if word == "sudah" and (i == 0 or said[i - 1] != "ya" or passive or stem in DONE_STATES) and not endured and (
            passive or stem in DONE_STATES or after in NEGATION or after in THANKS | {""}):  # "ya sudah": "oh well"
        return True
    if word in NEGATION and not passive and "lagi" in said[i + 2:i + 4]:
        return True  # "lampunya gak mati lagi", "tidak ada sampah lagi"
    if word in NEGATION and (passive or stem in NOT_DONE_AFTER_NEGATION):  # "gak diangkut", "tidak beres"
        return False
    if word in STILL and after not in NOT_LOOKED | DONE_STATES | {"sudah"}:  # "belum pak": not yet
        return False
    if word.removesuffix("nya") in PROBLEM_WORDS and after == "lagi":  # "rusak lagi" ("gak mati lagi": above)
        return False if not set(said[max(i - 2, 0):i]) & NEGATION else None
    return False if word in LIE or (word == "sama" and after == "saja") else None  # "sama aja pak": as before


ENDURE = frozenset("tahan kuat sabar betah sanggup bisa".split())  # "sudah ga tahan": no work done


# In a long message only these say "now" ("masih" may be slowness: "masih belum diangkat"), and not after "sampai"
RIGHT_NOW = frozenset("sekarang skrg sedang barusan darurat".split())
UNTIL = frozenset({"sampai", "hingga", "sampe", "smp"})
NEAR_WORDS = 6


def _missing_now(words: list[str]) -> bool:
    """Whether a message opens with someone of the family gone missing and not found again."""
    said = set(words)
    found = any(a in DONE and b in FOUND_AGAIN for a, b in zip(words, words[1:], strict=False))
    if found or said & LONG_AGO:
        return False
    for i, word in enumerate(words):
        if word not in PATIENT or not set(words[:i]) <= OPENING | BEFORE_PERSON:
            continue
        after = words[i + 1:i + 1 + MISSING_NEAR]
        not_back = any(a in NOT_YET and b in NOT_BACK for a, b in zip(after, after[1:], strict=False))
        return bool(set(after) & MISSING) or (not_back and bool(said & WORRY))
    return False


_DANGER_OR_HAZARD = EMERGENCY | HAZARDS


def _emergency_told_long(said: list[str]) -> bool:
    """A long message tells of an emergency when a danger or a hazard has a word for "right now" within a few words
    of it and no word of the past or of coming back ("… SEKARANG AIR SUNGAI MELUAP MASUK KE RUMAH …"); a long
    story that speaks of "rawan kecelakaan" or "banjir tiap hujan … sampai sekarang" is a complaint."""
    for i, word in enumerate(said):
        if word not in _DANGER_OR_HAZARD:
            continue
        near = said[max(i - NEAR_WORDS, 0):i + NEAR_WORDS + 1]
        now = any(w in RIGHT_NOW and (j == 0 or near[j - 1] not in UNTIL) for j, w in enumerate(near))
        if now and not set(near) & (RECURRING | (PAST - {"sudah"})):
            return True
    return False


# What a question about a procedure asks: "cara mengurus KTP yang hilang" asks how, whatever was lost
PROCEDURE = frozenset({"cara", "caranya", "syarat", "syaratnya", "persyaratan", "prosedur", "prosedurnya", "alur",
                       "biaya", "biayanya", "tarif", "jadwal", "formulir", "mengurus", "urus", "ngurus", "pengurusan",
                       "mendaftar", "pendaftaran", "berkas", "dokumen", "daftar", "daftarnya", "pendaftarannya",
                       "registrasi", "jadwalnya", "dibuka", "ditutup", "batas"})  # "daftarnya kapan?": when, no lack
WHY = frozenset({"kenapa", "mengapa", "kok"})
OBJECT_STATES = frozenset({"rusak", "hilang", "mati"})  # "cara urus akta yg hilang": what a procedure is for


# Greetings and apologies a first message opens with before saying what it is ("selamat siang, maaf mengganggu,
# saya mau tanya …", "Good morning. I would like to ask …"): the first words are counted after them
BEFORE_SAYING = OPENING | frozenset({"good", "morning", "afternoon", "evening", "mengganggu", "ganggu", "wr", "wb"})
# Asking in English ("may I ask", "I would like to enquire"), and a request for data ("boleh minta data …")
ASKING_IN_ENGLISH = frozenset({"ask", "asking", "enquire", "inquire", "enquiry", "inquiry"})
ASKING_FOR = frozenset({"minta", "meminta", "permintaan", "permohonan", "request", "requesting"})


def _after_opening(said: list[str]) -> list[str]:
    """The words after the greetings and apologies a message opens with."""
    start = next((i for i, w in enumerate(said) if w not in BEFORE_SAYING), len(said))
    return said[start:]


def _asks_for_data(said: list[str]) -> bool:
    """Whether the opening words ask for data ("boleh minta data jumlah …", "meminta data penduduk")."""
    return any(w in ASKING_FOR and after == "data" for w, after in zip(said[:8], said[1:9], strict=False))


# Asking where or to whom a problem is reported ("… itu ngadu kmn ya", "lapornya ke dinas apa?", "yg ngurus siapa?",
# "tanggung jawab dinas mana"): a complaint brought to the right door, no request for information. A verb of handling
# that also names a procedure ("ngurus ktp ke dinas apa") counts only as "the one who handles" ("yang ngurus")
HANDLED_BY = frozenset({"ngurus", "mengurus", "ngurusin", "mengurusi", "menangani", "nanganin", "berwenang", "jawab",
                        "urusan", "wewenang", "kewenangan", "tupoksi"})
WHOM = frozenset({"kemana", "kesiapa", "siapa"})
OFFICE_ASKED = frozenset({"dinas", "instansi", "pihak", "opd", "bagian", "kantor", "ke"})  # "ke mana"
WHICH_ONE = frozenset({"apa", "mana"})


# Words before "laporannya kemana" that make it one's own report gone somewhere ("kemarin saya sudah kirim laporan
# kemana ya sekarang"), not where a problem is reported
SENT_BEFORE = frozenset({"saya", "aku", "ku", "kami", "gue", "sy", "sudah", "udah", "dah", "kirim", "dikirim", "ngirim",
                         "mengirim", "sent"})
TOLD_BEFORE = 3  # "… pohon tumbang nutup jalan lapornya kemana": the problem is told before the report word
# Where, right after a verb or word of reporting ("lapornya kemana", "ngadunya dmn", "lapornya kmana"); "lapor dimana
# mana" (everywhere) is no question
WHERE_NEXT = frozenset({"kemana", "kesiapa", "dimana", "kmana"})


def _where_after_the_problem(said: list[str], i: int) -> bool:
    """Whether the reporting word at i is followed by where or to whom after a problem was told, and nothing before
    it makes it one's own report sent ("got mampet depan rumah laporannya kemana ya", "… ngadunya dmn")."""
    told = [w for w in _after_opening(said[:i]) if w not in INQUIRING and w not in FILLER]
    where = said[i + 1:i + 2] and said[i + 1] in WHERE_NEXT and said[i + 2:i + 3] != ["mana"]
    return bool(where) and len(told) >= TOLD_BEFORE and not set(told) & SENT_BEFORE


def asks_whom_to_report(said: list[str]) -> bool:
    """Whether standard words ask where or to whom a problem is reported or who handles it (see HANDLED_BY); "saya
    sudah lapor ke kelurahan" tells, "laporan saya sampai mana" asks after a report."""
    for i, word in enumerate(said):
        reported = word in FILE_VERBS or word.removesuffix("nya") in REPORT_WORDS and said[i + 1:i + 2] == ["ke"]
        if (word in FILE_VERBS or word.removesuffix("nya") in REPORT_WORDS) and _where_after_the_problem(said, i):
            return True  # "aduannya kesiapa", "lapornya dimana ya"
        handled = word in HANDLED_BY and (word not in PROCEDURE or said[i - 1:i] == ["yang"])
        if not (reported or handled):
            continue
        near = said[max(0, i - 2):i + 5]
        # "udah ngadu kemana mana" (everywhere) tells of reports made, it asks nothing
        whom = any(w in WHOM and after != "mana" for w, after in zip(near, [*near[1:], ""], strict=True))
        if whom or any(a in OFFICE_ASKED and b in WHICH_ONE for a, b in zip(near, near[1:], strict=False)):
            return True
    return False


def stated_kind(text: str) -> str | None:
    """The kind a story says it is in its first words (after a greeting): "mau tanya syarat akta …" is a request for
    information, "usul pak, taman …" an aspiration; None for anything else (a complaint, a question that complains,
    or not said). A question about a procedure asks for information even when it names a problem ("cara mengurus KTP
    yang hilang"); one that asks why complains. A chain's wrapping ("*INFO PENTING*") says none."""
    if only_wrapping(text):
        return None
    text = without_wrapping(text)
    said = _after_opening(content(text))
    if set(said[:6]) & (INQUIRING | ASKING_IN_ENGLISH) or _asks_for_data(said):
        words = set(said)
        complains = (set(standard_words(text)) & (WHY | {"why"}) or (words & COMPLAINING and not words & PROCEDURE)
                     or asks_whom_to_report(standard_words(text)))
        extorted = words & EXTORTED or _afraid_to_report(standard_words(text))
        return None if complains or extorted or _news_headed_info(text, said) else "informasi"
    how = [w for w in said[:3] if w not in _QUESTION_OR_GIMANA][:1]  # "bagaimana cara …", "syarat …"
    english = said[:1] == ["how"] and said[1:2] in (["to"], ["do"], ["can"])  # "how to make new KTP?"
    # "akta anak saya hilang, gimana ngurusnya", "jadwalnya kapan nggih": asked at the end, its "kapan" no complaint
    tail = {w.removesuffix("nya") for w in said[-3:]} | set(said[-3:])
    at_end = bool(tail & (QUESTION_WORDS | {"gimana"}) and tail & PROCEDURE)
    if how and how[0] in PROCEDURE or english or at_end:  # asked without saying so; what it is for may be lost
        told = said[:-3] if at_end else said
        complains = set(standard_words(text)) & WHY or set(told) & (COMPLAINING - OBJECT_STATES)
        return None if complains else "informasi"
    return "aspirasi" if set(said[:6]) & SUGGESTING else None


INFO_HEADINGS = frozenset({"info", "informasi"})


def _news_headed_info(text: str, said: list[str]) -> bool:
    """A message headed "INFO" ("*INFO PENTING* 📢 …", "Info warga: got di jl mawar mampet …", a group's notice
    forwarded) that tells a problem and asks nothing: news of a problem, no request for information (it was offered
    as one, with no place asked)."""
    if said[:1] != ["info"] and said[:1] != ["informasi"] or "?" in text or not names_a_problem(text):
        return False
    return not set(said[1:]) & (ASKING | QUESTION_WORDS | (INQUIRING - INFO_HEADINGS) | PROCEDURE | WHY_WORDS)


INFO_NEWS_MIN_WORDS = 3


def info_headed_news(text: str) -> bool:
    """A message headed "info" that tells and asks nothing ("info pak, di situ sekarang malah banyak tikus
    berkeliaran", "Info: tps nya tadi malam malah kebakar"): news, no request for information ("info jadwal posyandu
    kapan?", "info dong, syarat bikin ktp"). Whether a request headed "info" with no question ("info lowongan kerja")
    is news is for the caller to judge by what it points back at."""
    said = _after_opening(content(without_wrapping(text)))
    if said[:1] != ["info"] and said[:1] != ["informasi"] or "?" in text:
        return False
    asked = ASKING | QUESTION_WORDS | (INQUIRING - INFO_HEADINGS) | PROCEDURE | WHY_WORDS | {"dong", "donk"}
    return len(said) > INFO_NEWS_MIN_WORDS and not set(standard_words(text)) & asked


# A heading of news told ("info pak, …", "kabar terbaru: …", "update min, …", "infonya …"), and the words that may
# follow it before the news ("info terkini pak", "kabar terbaru nih")
NEWS_HEADINGS = INFO_HEADINGS | frozenset({"infonya", "informasinya", "kabar", "kabarnya", "update", "updatenya",
                                           "berita"})
NEWS_HEADING_TAIL = frozenset({"terbaru", "terkini", "baru", "aja", "saja", "nih", "ya", "pak", "bu", "min", "kak",
                               "mas", "mbak", "bapak", "ibu", "admin", "sedikit", "dikit"})
NEWS_MIN_WORDS = 2


def news_heading_rest(text: str) -> str | None:
    """The news after a heading that asks nothing ("kabar terbaru: jalannya udah ditambal": «jalannya udah
    ditambal»); None for a message with no such heading, or one that asks ("info dong, syarat bikin ktp", "kabar
    laporan saya gimana?")."""
    typed = message_words(text)
    start = next((i for i, w in enumerate(typed) if w not in BEFORE_SAYING), len(typed))
    if start == len(typed) or typed[start] not in NEWS_HEADINGS or "?" in text:
        return None
    end = start + 1
    while end < len(typed) and typed[end] in NEWS_HEADING_TAIL:
        end += 1
    rest = after_words(text, end).strip(" :,.-*!")
    asked = ASKING | QUESTION_WORDS | (INQUIRING - INFO_HEADINGS) | PROCEDURE | WHY_WORDS | {"dong", "donk"}
    if len(content(rest)) < NEWS_MIN_WORDS or set(standard_words(text)) & asked:
        return None
    return rest


def tells_a_problem(text: str) -> bool:
    """Tell whether a text given where a question was asked for tells a problem and asks nothing ("di jalan raya
    omben ada pohon tumbang, bahaya kalo malam"): a complaint, though the chat opened by asking to ask ("numpang
    tanya"); "kapan diperbaiki?", "syarat …", "hari apa ya" ask."""
    if "?" in text or not names_a_problem(text):
        return False
    return not set(standard_words(text)) & (ASKING | QUESTION_WORDS | INQUIRING | PROCEDURE | WHY_WORDS)


# "Ini pak", "itu min" point at what was sent (only_points); around a short answer, address, emphasis and thanks
POINTING = frozenset("ini itu nih tuh gini begini".split())
COURTESY = (BETWEEN - POINTING) | THANKS | {"ya", "nya"}  # "udah itu aja pak, makasih"


# "That is all": nothing more to tell ("udah itu aja pak", "cukup", "sekian", "that's all"), with courtesy around it,
# in regional words too: Javanese "wis iku wae", "sampun niku mawon", Sundanese "geus eta wae", "tos cekap", Madurese
# "la cokop", Minang "itu sajo da", "alah cukuik"
THAT_WORDS = frozenset("itu gitu begitu iku kuwi kui niku eta jiah jia".split())  # Madurese "cokop jiah"
ONLY_WORDS = frozenset("saja doang wae bae ae mawon tok thok sajo beih hungkul".split())
ENOUGH_WORDS = frozenset("cukup cekap cokop cukuik segitu sakitu sekian all".split())
ALL_WORDS = frozenset("semua smua semuanya smuanya kabeh sedaya sadaya sadayana".split())
ALREADY_WORDS = frozenset("sudah mpun la alah".split())  # "la": Madurese, "alah": Minang, after "sudah" read as such
THATS_ALL_WORDS = (THAT_WORDS | ONLY_WORDS | ENOUGH_WORDS | ALL_WORDS | ALREADY_WORDS
                   | frozenset("dulu that s thats".split()))
# Ways of addressing around a short answer besides courtesy's: "nak" from an elder, Minang "da", "uda", "uni"
THATS_ALL_AROUND = COURTESY | ADDRESS_TERMS | frozenset("da uda uni".split())
# A word of the photos sent ("itu aja fotonya", "udah dikirim semua pak")
PHOTOS_SENT = frozenset("foto fotonya gambar gambarnya dikirim terkirim".split())  # not "kirim": KIRIM


# Asking for a moment ("bentar ya pak", "tunggu sebentar", Javanese "sek", Sundanese "antosan sakedap")
WAIT = frozenset("""bentar bntar bntr sebentar sbntar sbntr tunggu tungguin tggu tgu entar ntar sek sik sekedap
    sekedhap sakedap sakedik antosan wait moment dulu sedikit""".split())
WAIT_CORE = WAIT - {"dulu", "sedikit"}


def asks_to_wait(text: str) -> bool:
    """A short message asking for a moment, nothing else ("bentar ya pak", "sebentar", "sek yo")."""
    said = {w for w in content(text) if w not in {"yo", "ya", "saya", "aku", "lagi", "mau"}}
    return bool(said & WAIT_CORE) and said <= WAIT


def says_thats_all(text: str) -> bool:
    """A short message saying there is nothing more to tell."""
    return _thats_all({w for w in standard_words(text) if w not in THATS_ALL_AROUND})


def _thats_all(said: set[str]) -> bool:
    if not said or not said <= THATS_ALL_WORDS or len(said) > 4:
        return False
    that_only = said & THAT_WORDS and said & ONLY_WORDS  # "itu aja", "gitu doang", "iku wae"
    return bool(said & ENOUGH_WORDS or that_only or said & ALREADY_WORDS and said & ALL_WORDS)


def photos_done(text: str) -> bool:
    """A short message saying the photos sent are all there is ("itu aja fotonya", "fotonya udah semua", "udah
    dikirim semua pak"): that is all, with words of the photos or of sending them."""
    said = {w for w in standard_words(text) if w not in THATS_ALL_AROUND}
    return bool(said & PHOTOS_SENT) and _thats_all(said - PHOTOS_SENT)


def done_sending(text: str) -> bool:
    """A short message saying what was sent is all there is ("udah itu aja", "itu aja fotonya", "wis iku wae")."""
    return says_thats_all(text) or photos_done(text)


# "Ini pak", "itu min, liat aja", "ini fotonya": pointing at a photo or pin just sent, nothing else said; a voice
# note, a video or a document too ("itu vn nya pak", "ini rekamannya", "itu pesan suara saya")
POINTED_AT = POINTING | frozenset("""foto fotonya gambar gambarnya bukti buktinya lokasi lokasinya kondisi kondisinya
    keadaan keadaannya kayak seperti liat lihat saja yang vn vnnya voice note voicenote rekaman rekamannya suara
    suaranya pesan video videonya vidio vidionya dokumen dokumennya berkas berkasnya file filenya nya saya
    dengar dengerin""".split())


def only_points(text: str) -> bool:
    """A short message that only points at what was sent with or before it."""
    return _only(text, POINTING, POINTED_AT, 4)


def _only(text: str, needed: frozenset, allowed: frozenset, most: int) -> bool:
    """Whether a short message (at most `most` words besides courtesy) says one of `needed` and nothing outside
    `allowed`."""
    said = {w for w in standard_words(text) if w not in COURTESY}
    return bool(said & needed) and said <= allowed and len(said) <= most


# A caption that only shows the photo it came with ("ini fotonya pak", "berikut foto kondisinya", "foto kondisi
# terkini"): no part of the story
SHOWN = frozenset("""foto fotonya gambar gambarnya bukti buktinya kondisi kondisinya keadaan keadaannya video
    videonya vidio vidionya dokumentasi dokumentasinya""".split())
CAPTION_AROUND = POINTED_AT | frozenset("""berikut terlampir terkini sekarang saat kirim kirimkan dikirim kami dulu
    dokumentasi dokumentasinya lampiran""".split())


# Words saying the photos sent are more of them ("tambahan foto", "ini fotonya lagi", "foto susulan", "ini foto
# lainnya"): still only a caption of the photos ("lagi banjir" keeps its own word, so tells something)
MORE_OF_THEM = frozenset("lagi tambahan tambah lain lainnya juga susulan".split())
_SHOWN_AROUND = CAPTION_AROUND | MORE_OF_THEM
_MORE_AROUND = POINTING | MORE_OF_THEM


def only_shows_photo(text: str) -> bool:
    """Whether a photo's caption only says it is the photo ("ini fotonya pak", "fotonya ya pak", "INI BUKTINYA BU
    🙏", "tambahan foto", "ini fotonya lagi", "tambahan lagi"); "ini kondisinya pak, parah sekali" tells something.
    (`_only` twice, its words read once.)"""
    said = {w for w in standard_words(text) if w not in COURTESY}
    if said & SHOWN:
        return said <= _SHOWN_AROUND and len(said) <= 5
    return bool(said & MORE_OF_THEM) and said <= _MORE_AROUND and len(said) <= 3


def points_then_tells(text: str) -> str | None:
    """What a message tells after a first clause that only points at what was sent ("ini fotonya pak, lubangnya
    makin besar" → "lubangnya makin besar"), or None."""
    found = CLAUSE_MARK.search(text or "")
    if found is None:
        return None
    rest = text[found.end():].strip(" .,;!-")
    return rest if len(rest.split()) >= 2 and only_points(text[:found.start()]) else None


CLAUSE_MARK = re.compile(r"[,.;!\n]")


# A person who would rather speak than type ("sy gk bs ngetik pak", "boleh pakai vn aja?", "tolong dengerin aja")
WRITING = frozenset({"ketik", "ngetik", "mengetik", "ketikan", "nulis", "menulis", "tulis", "baca", "membaca"})
UNABLE = NEGATION | frozenset({"susah", "sulit", "kurang", "gaptek"})
LISTENING = frozenset({"dengar", "dengarkan", "dengerin", "denger", "didengar", "didengarkan", "dengarin"})
VOICE_NOTES = frozenset({"vn", "voice", "voicenote", "rekaman", "suara"})
SPEAKING = frozenset({"kirim", "pakai", "pake", "lewat", "via", "boleh", "bisa", "rekam", "ngomong"})
SPEECH_CUES = WRITING | LISTENING | VOICE_NOTES
# What the people ask to have heard ("mohon didengar aspirasi kami", "dengarkan keluhan warga"): the story, no voice
HEARD = SUGGESTING | FILE_VERBS | frozenset({"warga", "masyarakat", "rakyat", "pendapat", "keinginan", "jeritan"})


def would_rather_speak(text: str) -> bool:
    """A short message saying its writer cannot type or would rather send a voice note, naming no problem ("suara
    knalpot brong tiap malam" is a complaint). Read by structure: a word of listening not negated ("usulan warga tdk
    pernah didengar" is a grievance, "kami dengar …" hearsay) nor of the people's suggestions or complaints
    ("mohon didengar aspirasi kami"), a voice note next to a verb of sending or using
    ("kirim suara", "vn boleh?"; not "suara warga gk bisa sampai", the people's voice), or the writer unable to type
    or read ("sy gk bs ngetik"; not "taman baca …, biar ga main hp" nor "warga gk bisa baca papannya")."""
    every = standard_words(text)
    said = set(every)
    if not said & SPEECH_CUES:  # the cheap test before the order of the words is read
        return False
    listen = said & LISTENING and not {w.removesuffix("nya") for w in said} & HEARD and any(
        w in LISTENING and (i == 0 or every[i - 1] not in HEARERS) and not set(every[max(i - 3, 0):i]) & NEGATION
        for i, w in enumerate(every))
    by_voice = said & SPEAKING and any(w in VOICE_NOTES and set(every[max(i - 2, 0):i + 3]) & SPEAKING
                                       for i, w in enumerate(every))
    unable = said & WRITING and said & UNABLE and (said & HEARERS or every[0] in UNABLE) and any(
        w in WRITING and set(every[max(i - 3, 0):i]) & UNABLE for i, w in enumerate(every))
    return bool(listen or by_voice or unable) and len(said) <= 15 and not names_a_problem(text)


HEARERS = frozenset({"saya", "aku", "kami", "kita", "gue", "gua", "ku"})  # "sy denger …": what one heard


MACHINE = frozenset({"bot", "robot", "mesin", "otomatis", "chatbot"})
TALK = frozenset({"bicara", "berbicara", "ngobrol", "ngomong", "omong", "bertemu", "ketemu", "hubungi", "menghubungi",
                  "telepon", "telpon", "nelpon", "chat", "sambungkan", "disambungkan", "langsung",
                  "hubungkan", "dihubungkan", "telp", "tlp", "ditelpon", "ditelepon",
                  "sambungin", "disambungin", "nyambungin", "hubungin", "dihubungin", "connect"})
PEOPLE = frozenset({"petugas", "admin", "orang", "manusia", "operator", "cs", "pegawai", "staf", "staff"})
THERE = frozenset("ada tidak apa apakah gak kah yang jaga online aktif di sini disini sana piket".split())


# A plea for help with nothing told yet ("bisa bantu saya?", "mau minta tolong", "mohon bantuannya pak", Javanese
# "nyuwun pitulung", Sundanese "tiasa dibantos?"): the problem comes next (it got the whole menu)
HELP_WORDS = frozenset({"bantu", "bantuan", "dibantu", "bantuin", "dibantuin", "tolong", "tulung", "pitulung",
                        "dibantos", "bantos", "help"})
HELP_PLEA_SMALL = OPENING | frozenset("""bisa bisakah boleh bolehkah mau ingin pengen minta meminta mohon butuh perlu
    saya aku kami sy me please tiasa nyuwun punten kah apa apakah""".split())
HELP_PLEA_MAX_WORDS = 8


def _not_known_to_me(said: list[str]) -> bool:
    """Whether the writer says they do not know ("sy gak tau", "saya tidak tahu"): no one else knowing asked."""
    return any(w in {"saya", "aku"} and said[i + 1:i + 2] and said[i + 1] in NEGATION | {"gak", "ga", "nggak"}
               and said[i + 2:i + 3] and said[i + 2] in {"tau", "tahu"} for i, w in enumerate(said))


def asks_for_help(text: str) -> bool:
    """Whether a message only asks for help ("tolong bantu sy pak", "bisa dibantu?"): a word of help with words of
    asking, politeness and greeting alone; a story, a thing asked or thanks beside it is none."""
    said = standard_words(text)
    return (0 < len(said) <= HELP_PLEA_MAX_WORDS and bool(set(said) & HELP_WORDS)
            and set(said) <= HELP_WORDS | HELP_PLEA_SMALL)


def asks_for_a_person(text: str) -> bool:
    """A message asking whether a machine answers, to reach a person, or for an officer's number ("ini bot ya?",
    "bisa bicara dengan petugas?", "minta no hp petugas dlh dong pak biar sy telpon langsung"), read by what its
    words do, whatever its length: "no 7 pak sebelah pos petugas" (a number follows), "saya sudah telpon petugas
    kelurahan" (done) and "petugasnya langsung datang" (no wish) ask for nobody."""
    every = [w.removesuffix("nya") if len(w) > 6 else w for w in standard_words(text)]  # "sm petugasnya"
    said = set(every)
    if _who_is_this(said, text):
        return True
    if not said & PERSON_CUES:  # the cheap test before the order of the words is read
        return False
    someone_there = said & PEOPLE and said <= OPENING | PEOPLE | THERE  # "ada orang?", "ada admin yg jaga?"
    return (bool(said & MACHINE and len(said) <= MACHINE_MAX_WORDS) or bool(someone_there and "ada" in said)
            or bool("siapa" in said and said & OFFICIALS)  # "siapa petugas yg nanganin laporan sy?"
            or _asks_contact(every, said) or _wishes_to_reach(every))


NUMBER_WORDS = frozenset({"nomor", "nomer", "no", "nmr", "wa", "whatsapp", "hp"})


def names_this_number(text: str) -> bool:
    """Whether a message speaks of this very number ("boleh sy telpon nomor ini?", "wa ini bisa telp ga")."""
    said = chat_words(text)
    return any(w in NUMBER_WORDS and said[i + 1] in THIS for i, w in enumerate(said[:-1]))


def asks_who_answers(text: str) -> bool:
    """Whether a message asks who or what answers this number ("ini bot ya?", "ada orang?", "ini siapa ya?"), never
    a question for an agency (a contact to reach, "klo petugasnya dtg sy kontak siapa ya", may be)."""
    said = {w.removesuffix("nya") if len(w) > 6 else w for w in standard_words(text)}
    return (bool(said & MACHINE) or _who_is_this(said, text)
            or bool(said & PEOPLE and said <= OPENING | PEOPLE | THERE and "ada" in said))


def _asks_contact(every: list[str], said: set[str]) -> bool:
    """"boleh minta nomornya", "minta no hp petugas dlh", "nomor telpon dlh berapa": a word of contact that is no
    house number, nobody's own and no report's ("no 7", "no hp saya 0812…", "nomor laporan saya berapa"), with a
    request or a question, and an officer or an office, or a phone's number asked ("berapa")."""
    if not said & CONTACT_ASKING:
        return False
    officer = bool(said & OFFICIALS_OR_OFFICES)
    for i, word in enumerate(every):
        if word in CONTACT_WORDS and (i == 0 or every[i - 1] not in CONTACT_WORDS):
            run = set(every[i:i + 3]) & CONTACT_WORDS
            after = next((w for w in every[i + 1:] if w not in CONTACT_WORDS), "")
            if (not after[:1].isdigit() and after not in ONESELF_OR_HOME and after not in REPORT_WORDS
                    and after not in NUMBERED_THINGS  # "nomor tiangnya tidak ada pak": the pole's number
                    and (officer or run & TELEPHONE_WORDS and "berapa" in said)):
                return True
    return False


def wishes_to_talk(text: str) -> bool:
    """Whether a message wishes to talk to a person ("bisa bicara dengan petugas?", "sambungin ke orang aja"): right
    after an agency's news it is no question for that agency, which cannot be talked to here either."""
    return _wishes_to_reach([w.removesuffix("nya") if len(w) > 6 else w for w in standard_words(text)])


def _wishes_to_reach(every: list[str]) -> bool:
    """"biar sy telpon langsung", "bisa bicara dengan petugas?", "sambungkan ke admin": a verb of talking or meeting
    wished for (not done: "sudah telpon petugas"; not the officer's own: "kalau petugas mau telpon"), with an officer
    or "langsung" after it."""
    for i, word in enumerate(every):
        if word not in TALK or word == "langsung":
            continue
        before, after = every[:i], every[i + 1:]
        wish = max((j for j, w in enumerate(before) if w in WISHING), default=None)
        asked = word in CONNECT or wish is not None and not set(before[wish:]) & DONE_WORDS
        if asked and not set(before[:wish] if wish is not None else before) & OFFICIALS and (
                set(after) & REACHED):  # "mau ngomong sama orang aja": not a machine
            return True
    return False


MACHINE_MAX_WORDS = 10
# Who this is, asked ("bapak ini orang dinas ya?", "yg bales ini siapa", "iki sing bales sopo?", "ieu saha?"): "this",
# a word of who or of an officer or office, and nothing else but words of answering and asking
THIS = frozenset({"ini", "ni", "iki", "ieu", "niki"})  # "ni": chat for "ini" ("sp ni")
WHO = frozenset({"siapa", "sopo", "saha", "sinten"})
WHO_TALK = OPENING | THIS | WHO | frozenset("""yang sing bales balas membalas dibalas jawab menjawab ngetik nulis
    dari apa apakah kah bukan atau sama dengan ya lagi nya pemerintah daerah""".split())
WHO_MAX_WORDS = 8


def _who_is_this(said: set[str], text: str) -> bool:
    """Whether a short message only asks who this is: an officer, an office's, the region's ("mas ini pegawai pemda
    bukan?"), or who answers ("ini siapa ya?"); "ini orang dinas yg nambal jalan asal2an" tells a story."""
    if not said & THIS or len(said) > WHO_MAX_WORDS:
        return False
    named = said & WHO_NAMED
    asked = "?" in text or bool(said & WHO_ASKING)
    return bool(named) and asked and said <= WHO_SAID


OFFICIALS = PEOPLE - {"orang", "manusia"}  # "siapa orang yang buang sampah" asks after no officer
# an office or its head, whose contact is asked or who is to be reached ("minta no hp kadis", "nomor kabid berapa",
# "minta no wa desa", "nomor pak rt berapa")
OFFICES_AND_HEADS = frozenset({"dinas", "instansi", "kantor", "kepala", "kadis", "kabid", "bidang", "lurah", "camat",
                               "kelurahan", "kecamatan", "desa", "kades", "dprd", "ombudsman", "bupati", "rt", "rw"})
OFFICIALS_OR_OFFICES = OFFICIALS | OFFICES_AND_HEADS  # an officer or an office whose contact is asked
REACHED = PEOPLE | OFFICES_AND_HEADS | {"langsung"}  # who a wish to talk reaches ("sama orang", "langsung")
CONTACT_WORDS = frozenset({"nomor", "nomer", "no", "nohp", "kontak", "hp", "hape", "whatsapp", "telp", "telpon",
                           "telepon", "tlp", "tlpn", "telfon", "handphone", "ponsel"})
TELEPHONE_WORDS = CONTACT_WORDS - {"nomor", "nomer", "no"}  # a phone named: "hp-nya berapa", not "nomor berapa"
# Things with a number of their own, never a contact ("nomor tiang", "no meteran", "nomor pelanggan PDAM")
NUMBERED_THINGS = THINGS | frozenset("""tiang meteran meter pelanggan rekening plat polisi kendaraan kios lapak los
    blok antrian antrean tiket token kwh nik kk ktp sertifikat surat registrasi pendaftaran induk""".split())
CONTACT_ASKING = frozenset({"minta", "kasih", "kasi", "bagi", "share", "boleh", "bisa", "tolong", "mohon", "berapa",
                            "mana", "ada", "punya", "siapa", "dikasih", "diberi"})
ONESELF_OR_HOME = frozenset({"saya", "aku", "kami", "gue", "anak", "suami", "istri", "rumah", "rmh", "ini", "ya",
                             "sy", "ane"})  # "no hp saya …", "nomor rumah"
WISHING = frozenset({"mau", "ingin", "biar", "supaya", "agar", "spy", "bisa", "boleh", "tolong", "mohon", "minta",
                     "perlu", "pengen"})
CONNECT = frozenset({"sambungkan", "disambungkan", "hubungkan", "dihubungkan", "sambungin", "disambungin",
                     "nyambungin", "hubungin", "dihubungin", "connect"})  # a request in itself ("pliss sambungin ke
# orang aja pak")
DONE_WORDS = frozenset({"sudah", "udah", "pernah", "tadi", "kemarin", "sempat", "sering"})
PERSON_CUES = MACHINE | PEOPLE | TALK | CONTACT_WORDS | {"siapa"}


# Questions about the service itself ("ini gratis kan?", "berapa lama diprosesnya?", "nomor saya aman?"): a short
# question made only of words about reporting here, with a word of its topic. A story or a place that speaks of
# money or time ("kenapa bikin KTP harus bayar?", "depan kantor desa lama") has words of its own.
SEEN = frozenset({"muncul", "kelihatan", "keliatan", "terlihat", "tampil", "ditampilkan"})  # "nama sy muncul ga?"
WHO_HANDLES = frozenset({"petugas", "instansi", "dinas"})  # words of two topics below: whom one is seen by or called by
CALLS = frozenset({"telpon", "telepon", "telp", "tlp", "telfon", "tilpon", "nelpon", "nelfon", "menelpon",
                   "menelepon", "ditelpon", "ditelepon", "ditelfon", "call", "vc", "videocall", "telponan",
                   "tlpn", "tlfn", "telpn", "telpun", "tilpun", "telpone", "hotline", "callcenter"})
CHANNELS = CALLS | frozenset({"sms", "email",
                      "web", "website", "situs", "aplikasi", "app", "kantor", "datang", "langsung", "lewat", "via",
                      "instagram", "ig", "facebook", "fb", "twitter", "medsos", "dihubungi", "hubungi", "menghubungi",
                      "offline", "lewati"})  # "lewat", read as the command word
# Who a reporter fears may learn of the report ("kak ini ortu aku bakal tau ga?", "guru saya bakal tau ga kalau
# saya yang lapor?", "orang tua saya nanti dikabari ga?"): asked with a word of knowing or being told, it asks of
# the service's privacy (a teenager's question got the status of their report)
WHO_MAY_LEARN = frozenset({"ortu", "orangtua", "orang", "tua", "guru", "sekolah", "keluarga", "suami", "istri",
                           "atasan", "bos", "kades", "dilaporin", "dilaporkan", "dilapor", "yg", "yang"})
SERVICE_TOPICS = {
    # whether this number is the region's own: "ini nomor resmi pemkab bukan ya?", "ini bukan penipuan kan?"
    "official": frozenset({"resmi", "asli", "official", "penipuan", "tipu", "menipu", "hoax", "hoaks", "palsu",
                           "pemkab", "pemda", "pemkot", "pemprov", "pemerintah", "kabupaten", "bupati", "walikota",
                           "daerah", "diskominfo", "bukan", "dari"}),
    # before "channels": "apakah sy akan ditelpon petugas?" asks whether one is contacted, not how to report
    "contacted": frozenset({"ditelpon", "ditelepon", "ditelfon", "dihubungi", "didatangi", "dikunjungi",
                            "disamperin", "dipanggil", "petugas", "instansi", "dinas"}),
    # a call: "bisa telp?", "boleh nelpon?", "bisa lapor lewat telpon aja?" (calls are not taken here; it was told
    # the other ways to report, calls not said)
    "calls": CALLS | CHANNELS | {"boleh", "dong", "ga", "nomornya", "nomer", "no", "mana", "kemana", "center",
                                 "dinas", "pengaduan", "pinten", "piro", "brapa", "gak"},
    # before "how": "gimana cara lapor lewat aplikasi?" asks for another way, not how to report here
    "channels": CHANNELS,
    # where the office is ("kantornya dimana?", "alamat kantornya dimana min"; it got the menu): after "channels",
    # which takes going there to report ("kalau mau lapor langsung ke kantor bisa?"); its hours ("kapan kantornya
    # buka?") are some agency's, a request for information
    "office": frozenset({"kantor", "alamat", "dimana", "mana", "lokasi", "letak", "datang", "langsung", "ke"}),
    "cost": frozenset({"gratis", "bayar", "dibayar", "membayar", "mbayar", "biaya", "berbayar", "dipungut",
                       "pungutan", "tarif", "ongkos", "free", "cost", "charge", "pay", "uang", "duit"}),
    "duration": frozenset({"lama", "diproses", "proses", "ditanggapi", "ditindaklanjuti", "dibalas", "direspon",
                           "dijawab", "dikerjakan", "selesai", "waktu", "long", "ditindak", "langsung"}),
    # whether the report can be changed later ("bisa diubah nanti ga?", "kalau salah bisa diedit?")
    "changing": frozenset({"diubah", "dirubah", "diedit", "edit", "diralat", "ralat", "dikoreksi", "koreksi",
                           "dibetulkan", "dibenerin", "salah"}),
    # ... in other words: "mau tanya prosedur pengaduan", "alur pengaduannya gimana", "langkah2 lapor di sini"
    "how": frozenset({"cara", "caranya", "how", "prosedur", "alur", "langkah", "mekanisme", "tahapan", "step",
                      "steps"}),
    "privacy": frozenset({"aman", "terjamin", "dijamin", "dijaga", "ketahuan", "disebar", "disebarkan", "bocor",
                          "dilindungi", "safe", "disebut", "disebutkan", "dicantumkan", "diketahui", "dikenali",
                          "dibocorkan", "tersebar", "dikasih", "diberikan", "dibuka", "known", "petugas", "instansi",
                          "tahu", "tau", "tetangga", "pelaku", "terlapor", "warga", "dia", "mereka", "dikabari",
                          "dikabarin", "dikasihtau"})
               | SEEN | WHO_MAY_LEARN,
    # ... "nanti nama sy muncul ga?", "nomor sy keliatan ga sama petugas?"
    "readers": frozenset({"baca", "membaca", "dibaca", "lihat", "melihat", "dilihat", "menangani", "ditangani",
                          "mengurus", "diurus", "menerima", "diterima", "read", "reads", "see", "sees", "handles",
                          "nanganin", "ngurus", "ngurusin",
                          # ... by the public: "laporan saya bisa dilihat orang lain?", "dipublikasikan ga?"
                          "umum", "publik", "dipublikasikan", "dipublikasi", "dipublish", "diumumkan"}),
}
CHANGING_VERBS = SERVICE_TOPICS["changing"] - {"salah"}
READ_BY_OTHERS = frozenset({"siapa", "who", "lain", "umum", "publik", "dipublikasikan", "dipublikasi", "dipublish",
                            "diumumkan"})
SERVICE_TALK = frozenset("""ini itu layanan pelayanan lapor laporan melapor aduan pengaduan mengadu di sini disini
    wa whatsapp ada apa apakah berapa kapan gimana bagaimana saya aku kami harus perlu wajib kena dikenakan tidak
    belum untuk kalau kalo mau bisa akan bakal nanti kah benar betul beneran biasanya kira sampai atau dan jadi
    hari minggu bulan nomor nama identitas data hp sama oleh siapa pun sepeser keluar is it this how my number name
    does do i to report take takes much will be need a an the problem complaint can here masalah keluhan who
    saja tapi bingung tahu pasti yakin serius tanya nanya bertanya ke atau cara caranya pelapor orang lain
    emang memang emangnya""".split())
DOUBT = frozenset({"beneran", "benar", "betul", "pasti", "yakin", "serius", "emang", "memang", "emangnya"})
RULERS = frozenset({"pemkab", "pemda", "pemkot", "pemprov", "pemerintah", "kabupaten", "bupati", "walikota",
                    "diskominfo"})
WHO_NAMED = WHO | PEOPLE | OFFICES_AND_HEADS | RULERS  # who "ini" may be asked to be (`_who_is_this`)
WHO_ASKING = WHO | frozenset({"bukan", "apa", "apakah", "kah", "ya"})
WHO_SAID = WHO_TALK | WHO_NAMED
QUESTION_WORDS = frozenset({"apa", "apakah", "berapa", "kapan", "gimana", "bagaimana", "kah", "siapa", "how", "is",
                            "does", "do", "who"})
_QUESTION_OR_GIMANA = QUESTION_WORDS | {"gimana"}
# Making a report, asked how ("cara membuat laporan", "cara bikin aduan", "cara nyampein keluhan"); "cara bikin KTP"
# asks how to get one of the region's services (a request for information)
MAKING = frozenset({"membuat", "buat", "bikin", "bkin", "mengirim", "kirim", "ngirim", "menyampaikan", "sampaikan",
                    "nyampein", "nyampaikan", "mengajukan", "ajukan", "ngajuin", "menulis", "nulis", "tulis"})
SERVICE_MAX_WORDS = 10  # "mau tanya, kalau lapor di sini nanti yg nanganin siapa?"


def service_question(text: str) -> str | None:
    """The topic of a short question about the service itself: "cost" ("ini gratis kan pak?", "lapor di sini bayar
    gak?"), "duration" ("berapa lama diprosesnya?"), "how" ("gimana cara lapor?"), "privacy" ("nomor saya aman
    kan?") or "readers" ("siapa yg baca laporan ini?"); None for anything else."""
    asked, mark, remark = (text or "").strip().partition("?")
    if len(asked.split()) > 2 * SERVICE_MAX_WORDS:  # cheap: stories and places are not read word by word
        return None
    if len(text.split()) <= 2 * SERVICE_MAX_WORDS and _whose_number_asked(text):
        return "whose"
    topic = _service_topic(text) if len(text.split()) <= 2 * SERVICE_MAX_WORDS else None
    if topic is None and mark and remark.strip(" ?!"):  # "berapa lama prosesnya? saya butuh cepet": then a remark
        topic = _service_topic(asked + mark)
    return topic


# English's small words: a message most of whose words are these is written in English ("the road near my house is
# broken"), not Indonesian with an English word in it ("pothole di jalan kenanga")
ENGLISH_SMALL = frozenset("""the a an is are was were be been has have had there theres it its this that my our your
    i we you he she they of in on at to for from near and or but not no nobody any some with by front has been
    hi hello please can could would will do does did here what where when how who which very""".split())
ENGLISH_MIN_WORDS = 4
ENGLISH_SHARE = 0.3


def written_in_english(text: str) -> bool:
    """Whether a message is written in English: four words or more, and enough of them English's small words."""
    said = re.findall(r"[a-z]+", (text or "").lower().replace("'", ""))
    if len(said) < ENGLISH_MIN_WORDS:
        return False
    return sum(w in ENGLISH_SMALL for w in said) >= ENGLISH_SHARE * len(said)


TOLD_AFTER_MIN_WORDS = 4


def told_after_question(text: str) -> str | None:
    """The problem told after a question about the service in the same message ("ini nomor pengaduan ya? ada
    lubang besar di jalan diponegoro", "is this the complaint line? There's a huge pothole …"), or None: a remark
    naming no problem ("berapa lama? saya butuh cepet") tells none."""
    _, mark, remark = (text or "").strip().partition("?")
    remark = remark.strip(" ?!")
    if not mark or len(remark.split()) < TOLD_AFTER_MIN_WORDS or not names_a_problem_mixed(remark):
        return None
    return remark


def _unsure(words: list[str]) -> bool:
    """Not knowing, said: "bingung", "tidak tahu"."""
    return "bingung" in words or any(a == "tidak" and b == "tahu" for a, b in zip(words, words[1:], strict=False))


# What may follow a question's tag ("gratis ga sih", "aman kan ya pak")
TAG_PARTICLES = frozenset("sih ya yah dong deh nih tuh pak bu kak min gan bang mas mbak".split())


SERVICE_NOUNS = frozenset({"nomor", "nomer", "no", "wa", "whatsapp", "layanan", "pelayanan", "admin", "kontak"})
COMPLAINT_NOUNS = frozenset({"aduan", "pengaduan", "lapor", "keluhan", "komplain", "complaints"})


def _this_service_asked(said: set[str]) -> bool:
    """"ini nomor pengaduan ya?", "bener ini wa pengaduan pemkab?": whether this is the complaints' service (it got
    the menu, and the story told next began with the question); "ini nomor laporan saya?" asks after one's own."""
    if {"is", "this"} <= said:  # "hello, is this the complaint service?" (it was offered as a request)
        return (bool(said & ENGLISH_SERVICE_NOUNS) and bool(said & COMPLAINT_NOUNS)
                and said <= ENGLISH_SERVICE_TALK | COMPLAINT_NOUNS | SERVICE_TOPICS["official"])
    return ("ini" in said and bool(said & SERVICE_NOUNS) and bool(said & COMPLAINT_NOUNS)
            and said <= SERVICE_NOUNS | COMPLAINT_NOUNS | SERVICE_TOPICS["official"] | SERVICE_TALK - {"saya", "aku"})


ENGLISH_SERVICE_NOUNS = frozenset({"service", "number", "line", "hotline", "channel", "whatsapp", "wa"})
ENGLISH_SERVICE_TALK = ENGLISH_SERVICE_NOUNS | frozenset(
    "is this the a an of for public official regency city government local here".split())


# Whose number this is, asked by someone who found it or got a broadcast from it ("ini nomor pribadi pak bupati?",
# "ini nomer apa ya", "kok saya dapat pesan dari nomor ini"): the number, a word of whose or of a message got, and
# nothing else but words about this service and the region's rulers
NUMBER_NOUNS = frozenset({"nomor", "nomer", "no", "wa", "whatsapp"})
WHOSE = frozenset({"siapa", "apa", "pribadi", "punya", "milik", "mana"})
GOT_FROM = frozenset({"dapat", "dapet", "terima", "menerima", "pesan", "chat", "sms", "kirim", "dikirimi", "dichat"})


def _whose_number_asked(text: str) -> bool:
    """Whether a short message asks whose number this is, not whether it is the complaints' number (asked with
    "kok" and no "?" too)."""
    if "ini" not in text.lower():  # cheap: most messages never say "this"
        return False
    said = {w for w in standard_words(text) if w not in OPENING}
    return (len(said) <= SERVICE_MAX_WORDS and "ini" in said and bool(said & NUMBER_NOUNS)
            and bool(said & (WHOSE | GOT_FROM)) and not said & COMPLAINT_NOUNS
            and said <= WHOSE_TALK)


# Where the number was found: "min aku dapet nomor ini dari grup wa desa" (it was offered as a complaint)
FOUND_IN = frozenset({"grup", "group", "grp", "teman", "temen", "tetangga", "desa", "kelurahan", "rt", "rw",
                      "broadcast", "status", "facebook", "fb", "ig", "instagram", "tiktok", "spanduk", "poster",
                      "brosur", "baliho", "website", "web", "internet", "google", "aku", "saya", "sy"})
WHOSE_TALK = NUMBER_NOUNS | WHOSE | GOT_FROM | RULERS | SERVICE_TALK - REPORT_WORDS | FOUND_IN | {"dari", "kok"}


WHERE_TO = frozenset({"kemana", "pinten", "piro",  # "kalo mau nelpon kemana pak", "nomer telpone pinten": asking
                      "dimana", "mana"})  # "kantornya dimana", "kantor pengaduannya di mana ya pak"


def _service_topic(text: str) -> str | None:
    every = standard_words(text)
    said = [w.removesuffix("nya") if len(w) > len("tanya") else w for w in every if w not in OPENING]  # "tanya"
    tagged = [w for w in every if w not in TAG_PARTICLES]  # "ini gratis ga sih": a tag question, no "?"
    asked = ("?" in text or bool(set(every) & (QUESTION_WORDS | WHERE_TO | INQUIRING))  # "mau tanya cara lapor"
             or tagged[-1:] in (["kan"], ["tidak"], ["belum"])
             or _unsure(every))  # "mau lapor tapi bingung caranya": asking how
    if not said or len(said) > SERVICE_MAX_WORDS or not asked:
        return None
    if said[:2] == ["how", "is"] and set(said) & REPORT_WORDS:  # "how is my report": how it stands, not how to
        return None
    if _this_service_asked(set(said)):
        return "official"
    named = set(said) - WHO_HANDLES  # "petugas" names no topic: "ditelpon petugas?", "keliatan sama petugas?"
    topics = [name for name, words in SERVICE_TOPICS.items() if named & words
              and (name != "contacted" or named & {"saya", "aku", "kami"})  # "nomor yg bisa dihubungi"
              and (name != "calls" or named & CALLS)]
    reported = {w for before, w in zip(said, said[1:], strict=False) if before in FILE_VERBS}  # "lapor pungli"
    if topics[:1] == ["how"] and set(said) & (FILE_VERBS | REPORT_WORDS):  # "cara bikin aduan soal sampah gmn?"
        first = next(i for i, w in enumerate(said) if w in FILE_VERBS or w in REPORT_WORDS)
        reported |= set(said[first + 1:]) | (set(said[:first]) & MAKING)
    # the first topic whose words, with the service's, say all; a word two topics share ("langsung": going to the
    # office in person, or acted on at once) leaves the next one its turn
    topic = next((name for name in topics if set(said) - reported <= SERVICE_TALK | SERVICE_TOPICS[name]), None)
    return topic if topic is not None and _topic_borne_out(topic, said) else None


# Where an agency's office is, asked without "kantor" ("alamat dinas pupr dimana ya", "dinsos alamatnya dmn?"): a
# word of an address, an agency's (or an office's) and of where
ADDRESS_WORDS = frozenset({"alamat", "alamatnya", "letak", "letaknya", "lokasi", "lokasinya"})
WHERE_WORDS = frozenset({"dimana", "mana", "dmn", "mn", "manakah"})


def _agency_address_asked(said: set[str]) -> bool:
    """Whether the words ask where an agency is ("alamat dinas pupr dimana"), not tell an address nor ask where
    someone lives ("alamat rumah pak kades dimana": a home is no office)."""
    return bool(said & ADDRESS_WORDS and said & WHERE_WORDS and said & (OFFICES_AND_HEADS | AGENCY_CODES)
                and not said & RESIDENCE)



def _topic_borne_out(topic: str, words: list[str]) -> bool:
    """Whether the words found for a topic of the service ask of it, not of something else (below)."""
    said = set(words)
    if topic == "privacy" and (not said & {"nomor", "nama", "identitas", "data", "number", "name"} and not (
            said & (KNOWING | {"aman"}) and said & FILE_VERBS)  # "tetangga saya tahu yg lapor saya?"
            and not (said & (KNOWING | {"dikabari", "dikabarin"}) and said & (WHO_MAY_LEARN - {"yg", "yang"}))
            or _not_known_to_me(words)):  # "nomornya brp ya sy gak tau": a number not known, asked
        return False  # "aman": whose safety? ("lapor pungli aman ga?": the reporter's)
    if topic == "official" and not said & {"resmi", "asli", "official", "penipuan", "tipu", "menipu", "hoax",
                                           "hoaks", "palsu"} and not (said & DOUBT and said & RULERS):
        return False  # "ini dari pemda?" alone may be anything; "ini beneran dari pemda?" doubts it
    if topic == "office" and "kantor" not in said and not _agency_address_asked(said):
        return False  # "jam berapa?", "dimana?" alone: of anything
    if topic == "readers" and not said & READ_BY_OTHERS:
        return False  # "sudah dibaca belum?" asks after a complaint
    if topic == "changing" and not said & (CHANGING_VERBS | ABLE):
        return False  # "salah?" alone says nothing of changing the report
    if topic == "duration" and not said & ({"lama", "berapa", "kapan", "long"} | DOUBT):
        return False  # "diproses?" alone may ask after a complaint filed; "beneran diproses gak?" doubts it will be
    return True


# Asking why one's complaint went to another agency or back to the verifier ("kenapa dialihkan ke dinas lain?",
# "maksudnya dikembalikan ke verifikator itu apa?", "kok dinasnya ganti?"): a word of moving, with a question.
MOVED = frozenset({"dialihkan", "dialihin", "dilimpahkan", "verifikator"})
# ... or said of one's report or its agency ("laporan sy kok dipindah2?", "kok dinasnya ganti?"; "rumah sy dilempar
# batu" and "surat sy dikembalikan" tell a story)
MOVED_IF_AGENCY = frozenset({"pindah", "dipindah", "dipindahkan", "dipindahin", "dilempar", "dioper", "dioperkan",
                             "dikembalikan", "dibalikin", "dibalikan", "ganti", "diganti", "beda", "lain", "berubah"})
AGENCY_WORDS = REPORT_WORDS | frozenset({"dinas", "dinasnya", "instansi", "instansinya", "opd", "opdnya",
                                         "laporannya", "aduannya"})
MEANING = frozenset({"maksudnya", "maksud", "artinya", "arti", "gimana", "bagaimana"})
MOVED_MAX_WORDS = 14


# A complaint about the officers themselves ("petugas yang datang minta uang rokok", "oknum pegawai dinas minta
# duit", "petugasnya kasar, saya dibentak"): a word of staff (or an agency's official by title, below) and a word of
# misconduct, or asking for money; it is a new report for the verifier, never an answer or addition relayed to the
# officers it is about.
STAFF_NOUNS = frozenset({"petugas", "petugasnya", "pegawai", "pegawainya", "oknum", "staf", "stafnya", "staff",
                         "mandor", "mandornya", "pejabat", "pejabatnya", "aparat", "aparatnya"})
# An agency's officials by title, the one reading of them (bot.accused reads which head a story names with these):
# - a head's title: "kadis…" ("kadisnya", "kadishub"), "kadin…" ("kadinkes", "kadinsos"; not "ketua kadin", the
#   chamber of commerce), "kaban"; or a head word before "dinas", "badan", "kantor", "upt" or an agency's code
#   ("kepala DLH", "kpl dinas", "pimpinan dinas lingkungan hidup"). "kepala desa/sekolah/dusun/puskesmas", "pimpinan
#   pabrik", "kepala saya" are no agency's head in the directory, and "kades" is a village's.
# - an official under a head: "kabid", "kabag", "kasubag", "sekdis", "kasie"; a head word before a unit ("kepala
#   bidang", "kepala seksi"); "kasi" only after a form of address or before a unit or an agency ("pak kasi", "kasi
#   trantib", "kasi DLH"): "kasi" is "kasih" too ("kalau ga kasi marah2", "kasi uang 50rb").
HEAD_WORDS = frozenset({"kepala", "kpl", "kplnya", "kepalanya", "pimpinan", "pimpinannya"})
HEAD_OF = frozenset({"dinas", "din", "badan", "kantor", "dinasnya", "upt", "uptd"})
HEAD_TITLES = frozenset({"kaban", "kabannya"})
HEAD_TITLE_STARTS = ("kadis", "kadin")
NOT_HEAD_BEFORE = frozenset({"ketua", "kamar", "anggota", "pengurus"})  # "ketua kadin": the chamber of commerce
UNDER_HEAD_TITLES = frozenset({"kabid", "kabidnya", "kabag", "kabagnya", "sekdis", "sekdisnya", "kasubag",
                               "kasubbag", "kasubid", "kasubbid", "kasie", "kasienya"})
GIVE_OR_TITLE = frozenset({"kasi", "kasinya"})
UNITS = frozenset({"bidang", "bid", "seksi", "sie", "bagian", "bag", "subbag", "subbagian", "sub", "trantib",
                   "pelayanan", "pemerintahan", "kesra", "perizinan", "penindakan", "pengawasan", "umum"})
# ... what "kasi" (kasih) gives or to whom ("pak kasi tau", "kasi uang", "bu kasi saya nomornya")
GIVEN = frozenset("""tau tahu tw taw dia saya aku kami kita mereka beliau kabar info informasi nomor no nomer jalan
    izin ijin solusi jawaban bantuan contoh waktu makan minum amplop sumbangan semangat masukan saran liat lihat
    paham ngerti surat tanda""".split())
ADDRESS = frozenset({"pak", "pk", "bpk", "bapak", "bp", "bu", "ibu", "bunda", "mas", "mbak", "sang", "si",
                     "oknum", "seorang"})
# Agencies' codes and one-word names a title names without the directory (bot.accused adds the directory's own)
AGENCY_CODES = frozenset("""dlh pupr pu dpupr dinkes dinsos disdik dikbud dishub dukcapil disdukcapil satpol satpolpp
    pdam bpbd bappeda bapeda dp3a dpmd dpmptsp disperindag diskominfo kominfo disnaker disperkim perkim bpkad bapenda
    bkpsdm bkd inspektorat distan dkp dispora disbudpar dispar damkar rsud dispendukcapil disperkimtan""".split())
OFFICIAL_PARTS = ("kepala", "kpl", "pimpinan", "kadis", "kadin", "kaban", "kabid", "kabag", "kasi", "kasub", "sekdis")
STAFF_NOUN_PARTS = ("petugas", "pegawai", "oknum", "staf", "mandor", "pejabat", "aparat") + OFFICIAL_PARTS
MISCONDUCT = frozenset({"pungli", "pungutan", "pelicin", "suap", "sogok", "nyogok", "memeras", "pemerasan", "peras",
                        "kasar", "galak", "membentak", "bentak", "dibentak", "ngebentak", "mengancam", "ngancam",
                        "diancam", "memaki", "dimaki", "mabuk", "cabul", "melecehkan", "dilecehkan",
                        "malak", "memalak", "dipalak", "palak", "korupsi", "gratifikasi", "markup"})
# Asking for money: ASKING_MONEY and MONEY, begins_a_story's words too (above).


def official_titles(said: list[str], agencies: Iterable[str] = ()) -> list[tuple[int, bool]]:
    """Where (word index) the words (chat_words) name an agency's official by title, and whether as its head; an
    agency's word is a code of AGENCY_CODES or one of `agencies` (the directory's, lowercase)."""
    agency = AGENCY_CODES.union(agencies)
    found = []
    for i, word in enumerate(said):
        after = said[i + 1] if i + 1 < len(said) else ""
        before = said[i - 1] if i else ""
        if word in HEAD_WORDS:
            if after in HEAD_OF or after in agency:
                found.append((i, True))
            elif after in UNITS:
                found.append((i, False))
        elif word in HEAD_TITLES or word.startswith(HEAD_TITLE_STARTS) and before not in NOT_HEAD_BEFORE:
            found.append((i, True))
        elif word in UNDER_HEAD_TITLES:
            found.append((i, False))
        elif word in GIVE_OR_TITLE and after not in GIVEN and after not in MONEY and (
                before in ADDRESS or after in UNITS or after in agency):
            found.append((i, False))
    return found


# A village's own people ("aparat desa", "oknum pegawai desa", "petugas dari desa", "staf kantor desa", "oknum
# perangkat desa"): a village is no agency of the directory, so its officials are nobody's staff, as "kades" is no
# agency's head (official_titles)
VILLAGE = frozenset({"desa", "dusun", "kampung", "pemdes", "nagari", "gampong", "pekon", "rt", "rw", "kades", "kadus",
                     "sekdes", "kaur", "kasun"})
VILLAGE_LINKS = frozenset({"dari", "dr", "kantor", "balai", "pemerintah", "pemerintahan", "perangkat"})
# (not "di": "petugas di desa kami minta uang" tells where the regency's officers work, not whose they are)
VILLAGE_REACH = 3  # words after a staff noun that may say whose


def regency_staff_named(said: list[str]) -> bool:
    """Whether the words (chat_words) name the regency's staff by a staff noun (STAFF_NOUNS) not followed by whose
    village they are (VILLAGE)."""
    return any(word in STAFF_NOUNS and not _of_a_village(said[i + 1:i + 1 + VILLAGE_REACH])
               for i, word in enumerate(said))


def _of_a_village(after: list[str]) -> bool:
    """Whether the words after a staff noun say it is a village's ("desa", "dari desa", "aparat kampung")."""
    for word in after:
        if word.removesuffix("nya") in VILLAGE:
            return True
        if word not in VILLAGE_LINKS and word not in STAFF_NOUNS:
            return False
    return False


def accuses_staff(text: str, agencies: Iterable[str] = ()) -> bool:
    """Whether a message complains of the officers' own conduct, or an agency official's by title (see STAFF_NOUNS;
    `agencies`: the directory's one-word agency names, as official_titles reads them)."""
    lowered = (text or "").lower()
    if not any(noun in lowered for noun in STAFF_NOUN_PARTS):
        return False  # cheap first
    said = chat_words(text)
    if not regency_staff_named(said) and not official_titles(said, agencies):
        return False
    if set(said) & MISCONDUCT:
        return True
    return any(w in ASKING_MONEY and set(said[i + 1:i + 4]) & MONEY for i, w in enumerate(said))


# Manners, at a low rating ("1, petugasnya gak ramah pak", "petugasnya judes bgt", "pegawainya ga sopan"): of the
# officers, not of the work (it reopened the finished complaint, back to the officers complained of)
RUDE = frozenset({"judes", "jutek", "ketus", "sombong", "songong", "sinis", "cuek", "galak", "kasar"})
POLITE = frozenset({"ramah", "sopan", "santun", "sabar"})


def rude_staff(text: str) -> bool:
    """Whether a message says the officers were rude (a word of staff and of rudeness, or of manners negated), or
    complains of their conduct otherwise (accuses_staff)."""
    if accuses_staff(text):
        return True
    said = chat_words(text)
    if not {w.removesuffix("nya") for w in said} & {n.removesuffix("nya") for n in STAFF_NOUNS} \
            and not official_titles(said):
        return False
    every = standard_words(text)
    return bool(set(every) & RUDE) or any(w in POLITE and i and every[i - 1] in NEGATION | {"kurang"}
                                          for i, w in enumerate(every))


# The citizen moving house after filing ("saya sudah pindah rumah, laporan saya tetap jalan?", "sy mau pindahan",
# "aku wis pindah omah", "sy sdh ga tinggal di situ lagi"): one's own move, and one's report asked about; "warga
# dipaksa pindah rumah" tells a story, "laporan sy kok dipindah" a complaint moved.
HOME = frozenset({"rumah", "alamat", "domisili", "kos", "kost", "kosan", "kontrakan", "omah", "imah", "tempat"})
# Where someone lives, not where an office is (`_agency_address_asked`)
RESIDENCE = (HOME - {"alamat", "tempat"}) | {"rmh", "kediaman"}
MOVING_HOUSE = frozenset({"pindah", "pindahan", "boyongan"})
# oneself, as chat_words and standard_words write it (they make "sy", "gw", "ane", "kula" "saya" or "aku"); read by
# asks_why_not_contacted too
ONESELF = frozenset({"saya", "sy", "aku", "kami", "gue", "gw", "ane", "abdi", "kula"})


def moved_house(text: str) -> bool:
    """Whether a message says its writer moved (or will move) house and asks after their report."""
    lowered = (text or "").lower()
    if "pindah" not in lowered and "tinggal" not in lowered and "boyongan" not in lowered:
        return False  # cheap first
    said = chat_words(text)
    if not set(said) & ONESELF or set(said) & FILE_VERBS or not any(w.startswith(("lapor", "aduan")) for w in said):
        return False
    for i, word in enumerate(said):
        if word in MOVING_HOUSE and (word != "pindah" or set(said[i + 1:i + 3]) & HOME):
            return True
        if word == "tinggal" and set(said[max(i - 3, 0):i]) & (NEGATION | {"ga", "gak", "nggak", "enggak", "ndak"}) \
                and "lagi" in said[i + 1:i + 5]:
            return True
    return False


def asks_why_moved(text: str) -> bool:
    """Whether a short question asks why one's complaint was moved to another agency or back to the verifier."""
    if len((text or "").split()) > MOVED_MAX_WORDS:
        return False
    said = set(standard_words(text))
    if said & HOME and said & MOVING_HOUSE:
        return False  # "sy sudah pindah rumah, laporan saya gmn?": moving house (moved_house)
    moved = said & MOVED or (said & MOVED_IF_AGENCY and said & AGENCY_WORDS)
    asked = "?" in text or said & (WHY_WORDS | QUESTION_WORDS | MEANING)
    return bool(moved) and bool(asked) and not said & FILE_VERBS


# Asking why the officers do not contact one ("kenapa petugas gak bisa hubungi saya?", "kok petugasnya ga nelpon
# sy ya", "sy blm dihubungi petugas"): a verb of contacting with oneself its object (after it, or the verb passive);
# "sy udah telpon petugas tp ga diangkat" tells of one's own call.
CONTACTING = CALLS | frozenset({"hubungi", "menghubungi", "hubungin", "ngehubungin", "sms", "chat", "ngechat",
                                "kontak", "mengontak", "japri", "datangi", "mendatangi", "samperin", "nyamperin"})
CONTACTED = frozenset({"dihubungi", "ditelpon", "ditelepon", "ditelfon", "dikontak", "dijapri", "didatangi",
                       "disamperin", "dichat", "di-sms", "dihubungin"})
CONTACT_MAX_WORDS = 14


def asks_why_not_contacted(text: str) -> bool:
    """Whether a short message asks whether or why the officers contact oneself (see CONTACTING)."""
    if len((text or "").split()) > CONTACT_MAX_WORDS:
        return False
    said = standard_words(text)
    if set(said) & FILE_VERBS or not set(said) & ONESELF:
        return False
    verb = next((i for i, w in enumerate(said) if w in CONTACTING or w in CONTACTED), None)
    if verb is None:
        return False
    return said[verb] in CONTACTED or bool(set(said[verb + 1:]) & ONESELF)


# A chain message asks to be spread: a verb of spreading with an audience ("sebarkan ke 10 grup", "bagikan ke
# semua kontak") or a call to make it viral. "tolong diteruskan ke dinas terkait" asks for a complaint to be passed on.
SPREAD = frozenset({"sebarkan", "sebarluaskan", "bagikan", "share", "forward", "broadcast", "sebar"})
AUDIENCE = frozenset({"grup", "group", "grub", "kontak", "contact", "teman", "kawan", "saudara", "keluarga", "semua",
                      "sebanyak", "orang2"})
VIRAL = frozenset({"viralkan", "viralin", "sebarluaskan"})


# WhatsApp's label on a message forwarded on and on, or what the message calls itself
FORWARDED_LABEL = re.compile(r"^\W*(?:diteruskan\s+berkali|forwarded\s+many\s+times)|pesan\s+berantai",
                             re.IGNORECASE)
SPREAD_TAIL = frozenset({"ya", "yah", "mohon", "tolong", "bantu", "segera", "lagi", "dong", "guys", "gaes",
                         "semua", "semuanya", "luas", "gan", "sis"})


# A message in a script the service cannot read ("أريد تقديم شكوى", Chinese, Thai): more letters of other scripts
# than Latin ones. A salam in Arabic script ("السلام عليكم ورحمة الله وبركاته", vowel marks or not) is a greeting,
# answered in kind; a name in Arabic inside an Indonesian story is read as the story.
ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # vowel marks and the tatweel
ARABIC_SALAM = re.compile(r"(?:ال)?سلام(?:\s+عليكم)?(?:\s+ورحمة\s+الله(?:\s+وبركاته)?)?")


def script_not_read(text: str) -> bool:
    """Whether a message is written mostly in a script other than Latin, beyond a salam in Arabic script."""
    if text.isascii():
        return False  # cheap first: Latin letters, digits and signs only
    rest = ARABIC_SALAM.sub(" ", ARABIC_MARKS.sub("", text))
    other = sum(1 for ch in rest if ch.isalpha() and not _latin(ch))
    return other > 0 and other > sum(1 for ch in rest if _latin(ch))


def _latin(ch: str) -> bool:
    """Whether a character is a Latin letter (accented ones too: "café", "Đà Nẵng")."""
    return ch.isalpha() and (ch.isascii() or "LATIN" in unicodedata.name(ch, ""))


# Deletion of one's own data asked ("tolong hapus data saya dari sistem", "saya mau data pribadi saya dihapus", "hapus
# nomor saya dari database kalian", "please delete my data"): a verb of removing with one's data, account or number,
# asked (a plea, a wish, or the verb first), and no report named ("hapus nama saya dari laporan"
# asks for anonymity, "laporan saya dihapus" withdraws). "data bansos saya dihapus dari dtks" tells a story.
DATA_WORDS = frozenset({"data", "datanya", "akun", "account", "nomor", "nomer", "number"})
DATA_BETWEEN = frozenset({"pribadi", "diri", "hp", "wa", "whatsapp", "telepon", "telpon"})
DELETING = REMOVING | frozenset({"delete", "deleted", "erase", "remove", "removed", "hapuskan", "menghapusnya",
                                 "dihapuskan"})
DELETION_ASKED = frozenset({"tolong", "mohon", "minta", "mau", "ingin", "pengen", "please", "dong", "can", "could"})
DELETION_MAX_WORDS = 14
# One's data spread or misused by others ("data pribadi saya disebar pinjol, tolong dihapus"): a complaint about
# them, no request that the service delete what it holds
MISUSED = frozenset("""disebar disebarkan disebarin tersebar menyebar bocor dibocorkan bocorin disalahgunakan
    disalahgunain dicuri dicolong dijual diperjualbelikan diretas dihack hack hacked pinjol leaked stolen""".split())


def data_deletion_asked(text: str) -> bool:
    """Whether a message asks for its writer's own data to be deleted (see DATA_WORDS)."""
    lowered = text.lower()
    if not any(verb in lowered for verb in ("hapus", "delete", "erase", "remove", "ilang", "coret")):
        return False  # cheap first
    said = standard_words(text)
    if len(said) > DELETION_MAX_WORDS or set(said) & (REPORT_WORDS | MISUSED) or not set(said) & DELETING:
        return False
    owned = any(w in DATA_WORDS and any(o in ONESELF for o in said[i + 1:i + 4] if o not in DATA_BETWEEN)
                and all(o in DATA_BETWEEN | ONESELF for o in said[i + 1:_next_oneself(said, i)])
                or w in DATA_WORDS and i and said[i - 1] in ONESELF and "delete" in said  # "delete my data"
                for i, w in enumerate(said))
    return owned and bool(set(said) & DELETION_ASKED or said[0] in DELETING)


def _next_oneself(said: list[str], at: int) -> int:
    """The index of the first word of oneself after `at` (or the end)."""
    return next((i for i in range(at + 1, len(said)) if said[i] in ONESELF), len(said))


# A link shared with at most a few words that tell nothing ("cek ini pak https://vt.tiktok.com/…", "liat nih
# videonya min https://youtu.be/…"): the service cannot open it, so nothing of a complaint is told. A link beside a
# story ("jalan … rusak parah, videonya https://…") or a site named in words ("lapor.go.id") is no such message.
LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
LINK_WORDS_MAX = 6


def link_only(text: str) -> bool:
    """Whether a message is a link with at most a few words beside it and no problem named."""
    if "http" not in text and "www." not in text and "HTTP" not in text and "WWW." not in text:
        return False  # cheap first
    rest = LINK.sub(" ", text)
    if rest == text:
        return False
    return len(chat_words(rest)) <= LINK_WORDS_MAX and not names_a_problem_mixed(rest) and not emergency(rest)


def chain_message(text: str) -> bool:
    """Tell whether a message asks to be spread, as chain messages do ("Sebarkan ke 10 grup!!!", "viralkan!!",
    "… Sebarkan!!!", "bantu share ya"), or carries WhatsApp's "Diteruskan berkali-kali" label."""
    said = chat_words(text)
    if set(said) & VIRAL or FORWARDED_LABEL.search(text or ""):
        return True
    told = {"saya", "aku", "kami", "sudah", "pernah", "sering", "telah", "yang", "dia", "mereka", "warga"}  # not asked
    return any(word in SPREAD and (_once(said[i + 1:i + 5]) & AUDIENCE or set(said[i + 1:]) <= SPREAD_TAIL)
               and not set(said[max(i - 2, 0):i]) & told for i, word in enumerate(said))


# Asking whether something heard is true ("ini bener gak?", "hoax bukan min", "itu asli apa hoax?", Javanese "iku
# temenan ta?"): a word of truth or of a hoax, in a few words, nothing else told
TRUE_OR_HOAX = frozenset("""bener benar beneran bnr bnran asli valid fakta betul temenan tenan leres saestu hoax hoaks
    hoks palsu""".split())
ASKING_IF_TRUE = TRUE_OR_HOAX | frozenset("""ini itu iku niku gak ga nggak enggak tidak tdk engga apa apakah atau
    ato bukan bkn kah ta to ya sih nih tuh info infonya berita beritanya pesan pesannya kabar kabarnya mau tanya nanya
    pak bu min kak mas mbak ndak mboten""".split())
ASKING_IF_TRUE_WORDS = 8


def asks_if_true(text: str) -> bool:
    """Whether a short message asks if what was heard is true, saying nothing else."""
    said = chat_words(text)
    return (0 < len(said) <= ASKING_IF_TRUE_WORDS and bool(set(said) & TRUE_OR_HOAX)
            and set(said) <= ASKING_IF_TRUE)


def _once(said: list[str]) -> set[str]:
    """Words said twice with a "2" read once ("saudara2", "grup2": to relatives, to groups)."""
    return {w[:-1] if w.endswith("2") and len(w) > REDUPLICATED_MIN + 1 else w for w in said}


# A choice with its reason after it ("3 aja pak, sy gak enak sm pak kades", "rahasia soalnya tetangga sendiri"):
# the words before the reason are the choice.
REASON_AFTER = re.compile(r",|\b(?:soalnya|soale|karena|karna|krn|sebab|biar|supaya|takut)\b", re.IGNORECASE)


# ... and "se" beside a choice: Minang "saja" ("biaso se"), Madurese "yang" ("se rahasia")
_WANT_OR_CHOOSER = WANT | {"saya", "aku", "kami", "pilih", "nomor", "no", "se"}
_NEGATION_GAK = NEGATION | {"gak"}
_NO_OR_SMALL = NEGATION | {"ada", "punya", "apa", "usah", "perlu", "sudah"}


def choice_text(text: str) -> str:
    """The message without small words, "mau" or "saya": what is left to match a menu's choice ("biasa aja",
    "yg rahasia pak", "mau tanya")."""
    return " ".join(w for w in content(text) if w not in _WANT_OR_CHOOSER)


def means_no(text: str, about: frozenset[str] = frozenset()) -> bool:
    """A short "no" (gak, tdk, nggak, mboten, henteu, "gak ada fotonya", "tidak ada"): a negation with nothing else
    but "ada", "punya" and the words of the thing asked about."""
    words = content(text)
    return (bool(words) and words[0] in _NEGATION_GAK and len(words) <= 5
            and all(w in _NO_OR_SMALL or w in about for w in words))


def means_yes(text: str) -> bool:
    """A short "yes" (ya, iya pak, y, ok, nggih, muhun, iyeh…; thanks after it not counted: "iya betul pak
    makasih"), or a go-ahead (mangga, monggo, silakan, sok atuh)."""
    words = [w for w in standard_words(text) if w == "ya" or w not in FILLER and w not in THANKS]
    return (bool(words) and len(words) <= 3 and "tapi" not in words
            and words[0] in {"ya", "benar", "betul", "boleh", "setuju", "lanjut"}) or goes_ahead(text) or (
        btl_reading(text) == "YA")


# "btl" is typed for both "batal" and "betul": the words around it decide. Words that soften a cancel ("btl aja
# deh", "btl dulu"; "betul aja" is not said), words that only a yes says ("ya btl", "btl bgt", "btl kok"), and the
# forms that can only be a cancel ("btlin", "dibtl", "btlkan").
BTL = "btl"
BTL_CANCEL_ONLY = frozenset({"btlin", "btlkan", "dibtl", "dibtlin", "dibtlkan"})
BTL_CANCELLING = frozenset("aja saja sj aj ajah aje deh dah lah ae wae bae mawon dulu jadi lapor laporannya".split())
BTL_YES_BEFORE = frozenset("ya sudah udah benar memang emang".split())
BTL_YES_AFTER = frozenset("sekali banget bgt sangat itu tuh kok sih semua semuanya pisan tenan".split())
BTL_MAX_WORDS = 5


def btl_reading(text: str) -> str | None:
    """What a short message with "btl" means: "BATAL" ("btl aja deh", "btlin", "btl, gak jd"), "YA" ("ya btl",
    "btl bgt pak"), or "?" when nothing around it decides ("btl", "btl pak"); None without "btl" (or when long)."""
    said = chat_words(text)
    if not said or len(said) > BTL_MAX_WORDS:
        return None
    if set(said) & BTL_CANCEL_ONLY:
        return "BATAL"
    if BTL not in said:
        return None
    at = said.index(BTL)
    before, after = said[:at], said[at + 1:]
    if set(before + after) & BTL_CANCELLING:
        return "BATAL"
    if set(before) & BTL_YES_BEFORE or set(after) & BTL_YES_AFTER:
        return "YA"
    return "?"


# Someone else's phone a report or photo comes from: "sy kirim lewat anak sy", "fotonya dikirim suami ya"
OTHER_PEOPLE = frozenset("""anak suami istri bini laki adik adek kakak cucu keponakan ponakan tetangga saudara sodara
    menantu mantu putra putri teman temen kawan ipar""".split())
PHONES = frozenset("hp hape handphone henpon nomor nomer no wa whatsapp".split())
_PERSON_OR_PHONE = OTHER_PEOPLE | PHONES
THROUGH = frozenset("lewat via pakai pake make dari".split())
SENDING = frozenset("kirim dikirim kirimkan dikirimkan ngirim kirimin dikirimin ngirimin send lapor melapor "
                    "lapornya laporkan".split())
SENT_BY = frozenset({"dikirim", "dikirimkan", "dikirimin"})
BY_ANOTHER_MAX_WORDS = 10
KNOWING = frozenset({"tahu", "tau", "ketahuan", "diketahui", "kenal", "mengenali", "dikenali"})


def sent_by_another(text: str) -> bool:
    """Whether a short message says a report or photo will come from someone else's phone ("sy kirim lewat anak sy
    ya pak", "fotonya dikirim anak saya", "nanti yg kirim suami sy", "dari hp istri"); a story never is."""
    said = [w.removesuffix("nya") if w.removesuffix("nya") in _PERSON_OR_PHONE else w for w in chat_words(text)]
    if not said or len(said) > BY_ANOTHER_MAX_WORDS or names_a_problem(text):
        return False
    if not (set(said) & OTHER_PEOPLE or "lain" in said) or set(said) & KNOWING:
        return False  # "apakah tetangga saya tahu yang lapor saya?" asks whether one is known
    through = any(word in THROUGH and said[i + 1] in _PERSON_OR_PHONE for i, word in enumerate(said[:-1]))
    by = any(word in SENT_BY and said[i + 1] in OTHER_PEOPLE for i, word in enumerate(said[:-1]))
    # "anak saya yg kirim", "yg ngirim nanti cucu"; not "lapor tetangga yang berisik"
    sender = any(word == "yang" and set(said[i + 1:i + 3]) & SENDING for i, word in enumerate(said))
    to_somewhere = any(word in SENDING and said[i + 1] == "ke" for i, word in enumerate(said[:-1]))
    return (through or by or sender) and not to_somewhere


# A go-ahead, in Indonesian and the region's languages: Sundanese "mangga", "sok", Javanese "monggo", "gas"
GO_AHEAD = frozenset("""silakan silahkan silakeun silahkeun sumangga mangga manga monggo mongo sok mangga gas gass
    lanjut lanjutkan lanjutkeun teruskan terus ayo ayok hayu hayuk yuk""".split())
# What may follow a go-ahead and still leave it one: "mangga atuh kang", "sok we teh", "monggo mas"
GO_AHEAD_TAIL = GO_AHEAD | OPENING | frozenset("""atuh we wae mawon weh ae kang akang aa teh eceu neng
    mas mbak mbok mbakyu dik uda uni daeng ces""".split())
GO_AHEAD_MAX_WORDS = 4


def goes_ahead(text: str) -> bool:
    """A go-ahead alone ("mangga", "monggo mas", "sok atuh", "silahkan pak"): a yes to the step's question; "sok
    tau", "pohon mangga tumbang" or "silakan cek dulu" say something else."""
    said = chat_words(text)
    return (0 < len(said) <= GO_AHEAD_MAX_WORDS and said[0] in GO_AHEAD
            and all(w in GO_AHEAD_TAIL for w in said[1:]))


@dataclass(frozen=True)
class Intent:
    """What a free-text message asks for: FILE (with the words that describe the problem), STATUS or FOLLOW (with
    the complaint named, if any), EVIDENCE (for a complaint named, with the rest of the text), PROTECT (more
    privacy for a complaint named, if any; `rest` is the privacy asked for), WITHDRAW (a wish to withdraw the
    complaint named, if any; `rest` is the message)."""

    name: str
    number: int | None = None
    rest: str = ""
    asked: bool = False  # FILE asked as a question ("bisa lapor di sini?", "mau lapor jalan rusak boleh ga?")


# What one adds ("mau tambah foto", "tambah keterangan"): after other words "tambah" is "more and more" ("sampahnya
# tambah banyak", "tambah mambu", "tambah parah pak jalannya")
ADDABLE = frozenset("""foto fotonya gambar video vidio bukti keterangan info informasi data lokasi lampiran dokumen
    rekaman vn satu""".split())


ADDED_TO = frozenset({"ke", "untuk", "utk", "buat", "pada", "di"})
# A noun of evidence after another word adds to a complaint only after a word of giving or of what is given ("ada
# bukti susulan", "info tambahan", "mau kirim foto tambahan"): "biaya tambahan", "les tambahan" tell of the problem
EVIDENCE_NOUNS = frozenset({"tambahan", "bukti", "susulan", "lampiran"})
ADDS_BEFORE = (ADDABLE | REPORT_WORDS | WANT | EVIDENCE_WORDS | frozenset(
    "ada ini sedikit kirim kirimkan kasih ngasih izin ijin mohon lagi sebagai berikut untuk buat eh oh nah".split())
               ) - {"minta"}  # "minta tambahan 20rb": money asked for


def _adds(words: list[str]) -> bool:
    """Whether the opening words ask to add to a complaint (TAMBAHAN, bukti, "mau tambah foto")."""
    for i, word in enumerate(words):
        if word not in EVIDENCE_WORDS:
            continue
        if i and word in EVIDENCE_NOUNS and words[i - 1] not in ADDS_BEFORE and not words[i - 1].isdigit():
            continue  # "les tambahan …", "biaya tambahan", "minta tambahan 20rb": extra in the story, no addition
        after = words[i + 1] if i + 1 < len(words) else ""
        if (word != "tambah" or after in ADDABLE | REPORT_WORDS | ADDED_TO  # "tambah lpr-1 …", "tambah ke lpr 1"
                or (i == 0 and after in FILLER | {""})  # "tambah pak, …"
                or (i > 0 and words[i - 1] in WANT | {"izin", "ijin", "mohon"})):
            return True
    return False


RELATIVE = frozenset({"yang", "yg"})


def _what_was_reported(before: list[str]) -> bool:
    """Whether a filing verb closes a clause of what was reported (`before`: the words before it): "yang saya
    laporkan", "yg sy laporin", "yang kami adukan"; "yang mau saya laporkan" is a wish."""
    return bool(before) and (before[-1] in RELATIVE or len(before) >= 2 and before[-2] in RELATIVE
                             and before[-1] in SELF)


# A reference typed with a hash at the start ("#2 udah sampai mana", "# 2 gmn"): read as "lpr 2", a word of a report
HASH_OPENING = re.compile(r"^\s*#\s*(?=\d)")


def intent(text: str) -> Intent | None:
    """The intent a free-text message states, or None."""
    if "#" in text:
        text = HASH_OPENING.sub("lpr ", text, count=1)
    every = standard_words(text)
    skipped = next((i for i, w in enumerate(every) if w not in OPENING), len(every))  # greetings, "pak", "min"
    while skipped < len(every) and every[skipped] == "sudah" and skipped and every[skipped - 1] == "ya":
        skipped += 1  # "ya sudah, lapor aja": "alright then", not "already"
    words = every[skipped:]
    if not words:
        return None
    head = words[:4]
    number = _number(text)
    if set(head) & FOLLOW_VERBS and number is not None:
        return Intent("FOLLOW", number)
    wish = _wish_to_file(text, every, skipped)
    filing_noun = words[0] in REPORT_WORDS  # "aduan sy dicabut aja": the complaint, not a wish to file
    designated = "yang" in every[:skipped + 1]  # "yg sampah batalin aja", "yg no 2 …": the one about, the one numbered
    if ((wish is None or filing_noun) and _withdrawal(words, number, designated)
            and _complaint_withdrawn(text)):
        return Intent("WITHDRAW", number if number is not None else _numbered_one(every), text.strip())
    protect = _protection(words) if wish is None else None  # with a filing verb: filing
    if protect is not None:
        return Intent("PROTECT", number, protect)
    if _adds(words[:6]) or _corrects_place(words):
        return Intent("EVIDENCE", number, _after_reference(text))
    several = numbers_named(text)
    named = number if number is not None else next(iter(several), None)  # "gimana laporan 1 dan 2?"
    if _asks_status(words, named) or ((number is not None or len(several) > 1) and only_reference(text)):
        return Intent("STATUS", named)
    numbered = _numbered_asked(every)
    if numbered is not None:
        return Intent("STATUS", numbered)
    return _filing(text, every, skipped, wish)




# "may I?" closing a wish to file ("mau lapor jalan rusak boleh ga?", "lapor soal tetangga yang ribut bisa?"): a
# question about filing, no part of what is filed
# ... with "here" ("bisa disini?", "boleh lewat wa ini ga?", "bisa di sini juga?"); "here" alone closes it only after a
# question asked before the verb ("bolehkah saya melaporkan jalan berlubang di sini?")
# ... in Javanese krama and ngoko ("saged mriki?", "saget ten mriki nggih?", "iso neng kene?") and Sundanese ("tiasa
# didieu?"): "saged" is "bisa", "(ten|teng|dhateng) mriki" "(di|ke) sini"
_HERE = (r"(?:di\s*sini|d\s*si?ni|ke\s*sini|(?:lewat|lwt|via)\s+sini|here|(?:di|lewat|lwt|via|ke)\s+"
         r"(?:wa|whatsapp|nomor|nomer|no|nmr|layanan)(?:\s+ini)?"
         r"|(?:(?:ten|teng|ting|dhateng|dateng|ing|wonten|neng|nang)\s+)?(?:mriki|ngriki|kene)|di\s*dieu|ka\s*dieu)")
_MAY_I_TAGS = (r"(?:\s+(?:ga|gak|gk|nggak|ngga|tidak|tdk|enggak|kah|ya|yah|kan|dong|sih|min|pak|bu|kak|gan|mas|mbak|"
               r"juga|jg|gitu|nggih|mboten|nopo|napa|ora|teu|henteu))*\s*[?!.]*\s*$")
MAY_I_TAG = re.compile(r"(?:^|[\s,]+)(?:" + _HERE + r"\s+)?(?:bisa|bs|boleh|blh|bisakah|bolehkah|saged|saget|iso|tiasa)"
                       r"(?:\s+(?:lapor|melapor|ngadu|mengadu|matur))?(?:\s+" + _HERE + r")?" + _MAY_I_TAGS,
                       re.IGNORECASE)
HERE_TAG = re.compile(r"(?:^|[\s,]+)" + _HERE + _MAY_I_TAGS, re.IGNORECASE)
# Words that ask whether one may file, before the verb ("bisa lapor …?", "apakah boleh mengadu", "kalau mau lapor
# …", "can i report …"): a word of being able is needed, or a wish after "if" ("kalau mau lapor"): "apa lapor saya
# sudah diproses?" and "kalau lapor ke desa gak ditanggapi" ask or tell something else
ABLE = frozenset({"bisa", "bs", "bisakah", "boleh", "blh", "bolehkah", "can", "could", "may", "saged", "saget", "iso",
                  "tiasa"})  # Javanese krama, ngoko, Sundanese
IF_WORDS = frozenset({"kalau", "kalo", "klo", "kl", "kalu", "jika", "jikalau", "bila", "apabila", "seandainya",
                      "misal", "if"})
MAY_I_SMALL = ABLE | IF_WORDS | frozenset({"apa", "apakah", "disini", "dsini", "dsni", "disni", "sini", "here",
                                          "nopo", "napa", "menapa", "punapa", "mriki", "ngriki"})  # krama "apa", "here"


def _without_may_i(rest: str, asked: bool = False) -> tuple[str, bool]:
    """What is filed without a closing "may I?" ("tetangga yang ribut bisa?" → "tetangga yang ribut"), and whether
    the wish was asked as a question (`asked`: already asked before the verb, when "here" alone closes it too);
    "motor tidak bisa" says what cannot be done, and stays."""
    found = MAY_I_TAG.search(rest) or (HERE_TAG.search(rest) if asked else None)
    if found is None:
        return (rest.rstrip(" ?") if asked else rest), asked  # "bisa lapor lampu mati?": the story, not the "?"
    if not rest[:found.start()].split():  # "mau lapor bisa?": nothing told yet
        return "", True
    before = rest[:found.start()].split()[-1].lower().strip(",")
    if before in NEGATION or before in NOT_YET or before in {"ga", "gak", "gk", "tdk", "nggak"}:
        return rest, asked
    return rest[:found.start()].rstrip(" ,"), True


# "how?" closing a wish to file opened by "if" ("kalau mau lapor lampu mati caranya gimana?", "klo mau ngadu soal
# jalan rusak gmn caranya min"): a question about filing, no part of what is filed
_HOW = r"(?:bagaimana|bgmn|bgaimana|gimana|gmn|gmna|gimna|gemana|apa)"
HOW_TAG = re.compile(r"[\s,]+(?:" + _HOW + r"\s+)?cara\s*nya(?:\s+" + _HOW + r")?" + _MAY_I_TAGS, re.IGNORECASE)
# Where a report is made elsewhere ("kalau mau lapor ke polisi gimana caranya?"): no story told
ELSEWHERE_OPENING = frozenset({"ke", "kepada", "kpd", "lewat", "lwt", "via", "langsung", "online", "di"})


def _without_how(rest: str) -> tuple[str, bool]:
    """What is filed without a closing "how?" ("pungli di kelurahan bagaimana caranya ya?" → "pungli di
    kelurahan"), and whether one was found; a report made elsewhere ("ke polisi gimana caranya?") stays as it is."""
    found = HOW_TAG.search(rest)
    told = rest[:found.start()].rstrip(" ,") if found else ""
    if not told or told.split()[0].lower() in ELSEWHERE_OPENING:
        return rest, False
    return told, True


def _filing(text: str, every: list[str], skipped: int, verb: int | None) -> Intent | None:
    """The wish to file a message states (`every`: its standard words, the first `skipped` of them greetings; `verb`:
    where its wish to file ends among the rest, see _wish_to_file): a filing verb, a wish told next, a story before
    the wish; None for what was reported ("yang saya laporkan …")."""
    words = every[skipped:]
    if verb is not None and _what_was_reported(every[:skipped + verb]):
        return None  # "yang saya laporkan kemarin makin parah": what was reported, no wish to file
    if verb is not None:
        rest = _without_leading_filler(_after_words(text, _raw_index(text, skipped + verb + 1)))
        rest, asked = _without_may_i(rest, bool(set(every[:skipped + verb]) & ABLE))
        if not asked and set(every[:skipped + verb]) & IF_WORDS:
            rest, asked = _without_how(rest)
        return Intent("FILE", rest=rest, asked=asked)
    if _wish_told_next(set(words)):
        return Intent("FILE", rest="")
    told = _wish_to_tell_then_story(text)
    if told:
        return Intent("FILE", rest=told)
    described = _described_then_wished(text, words, skipped)
    return Intent("FILE", rest=described) if described else None


STORY_CLAUSE = re.compile(f"[{CLAUSE_MARKS}:]+\\s*")  # a colon too ("mau menyampaikan: …"); the spaces after


def _wish_to_tell_then_story(text: str) -> str | None:
    """The story after a wish to tell said in clauses of its own ("nyuwun sewu, badhe matur, dalan ing desa kulo
    rusak", "permisi, mau menyampaikan: lampu jalan mati"): what follows, when it names a problem; else None (it
    was offered whole, the wish as the story's first words)."""
    if not set(standard_words(text)) & TELLING_VERBS:  # cheap first: most messages tell no wish to tell
        return None
    said: set[str] = set()
    before = 0
    for found in STORY_CLAUSE.finditer(text):
        said |= set(standard_words(text[before:found.start()]))
        before = found.end()
        if not said <= WISH_TO_TELL | OPENING:
            return None
        rest = text[found.end():].strip()
        if said & TELLING_VERBS and said & WANT and rest and names_a_problem(rest):
            return rest
    return None


def _wish_told_next(words: set[str]) -> bool:
    """A wish to ask, suggest or tell with nothing told yet, its question or text asked next: "pak mau tanya",
    "izin bertanya", "mau usul pak", "sy mau kasih saran", "ada yg mau sy sampaikan pak"."""
    if words & INQUIRING and words <= WISH_TO_ASK:
        return True
    told = words & TELLING
    return bool(told) and words <= WISH_TO_TELL and bool(told - TOLD_WITH_A_WISH or words & WANT)


def _withdrawal(words: list[str], number: int | None, designated: bool = False) -> bool:
    """Whether the words ask for one's complaint to be withdrawn (see WITHDRAW_VERBS)."""
    if set(words) & WHY_WORDS:
        return False
    named = number is not None or bool(set(words) & REPORT_WORDS) or designated or words[:1] == ["yang"]
    for i, word in enumerate(words):
        if word in WITHDRAW_VERBS and words[i + 1:i + 2] == ["yang"]:  # "batalkan yg sampah"
            named = True
        before = set(words[max(i - 2, 0):i])
        if word in WITHDRAW_VERBS and named and not before & (NEGATION | {"jangan"}):
            return True
        if word in UNNAMED_WITHDRAW_VERBS and not before & (NEGATION | {"jangan"}) and _bare_request(words, i):
            return True
        if word in GO_ON_WORDS and "usah" in before and set(words[max(i - 3, 0):i]) & NEGATION:
            return True
    return False


# What may stand before a withdrawal verb in its clause when the complaint is what is withdrawn: asking, small
# words, who asks ("mohon maaf pak, sy minta dicabut aja"), the complaint itself ("laporan sy yg kemarin dicabut",
# "lpr 1 batalin aja") or the one about something ("yg sampah dicabut aja"). A thing named first is what the agency
# is asked to remove or revoke: "baliho itu dicabut aja", "spanduk liar di depan sekolah dicabut saja", "izin
# karaoke itu dicabut" (they withdrew the complaint about it).
ASKING_BEFORE = OPENING | WANT | frozenset({"saya", "aku", "kami", "gue", "tolong", "mohon", "minta", "maaf", "izin",
                                            "ini", "itu", "ya", "iya", "jadi", "langsung", "tidak", "usah", "perlu",
                                            "lagi"})


_WITHDRAW_OR_GO_ON = WITHDRAW_VERBS | UNNAMED_WITHDRAW_VERBS | GO_ON_WORDS


def _complaint_withdrawn(text: str) -> bool:
    """Whether the clause with the withdrawal verb has the complaint as its object, not a thing of the story."""
    for clause in CLAUSE_BREAK.split(text or ""):
        said = standard_words(clause)
        verb = next((i for i, w in enumerate(said) if w in _WITHDRAW_OR_GO_ON), None)
        if verb is None:
            continue
        if _identity_removed(said, verb):  # "bisa nama saya dihapus dari laporan?": anonymity, not a withdrawal
            return False
        after = said[verb + 1:]
        after = after[:next((i for i, w in enumerate(after) if w in REASON_OPENERS), len(after))]
        if any(_names_complaint(w) for w in after):  # "sampahnya dicabut aja laporannya"
            return True
        thing = next((i for i, w in enumerate(after) if w not in ASKING_BEFORE), None)  # "tolong dicabut kabelnya"
        if thing is not None and after[thing - 1:thing] != ["yang"]:  # "batalkan yg sampah": the one about it
            return False
        before = [(i, w) for i, w in enumerate(said[:verb]) if w not in ASKING_BEFORE]
        if not before:
            return True
        first, word = before[0]
        return _names_complaint(word) or (first > 0 and said[first - 1] == "yang")
    return True


def _owned_identity(said: list[str]) -> list[int]:
    """Where one's own name, identity or number is named ("nama saya", "nomor sy", "identitas aku")."""
    return [i for i, w in enumerate(said[:-1]) if w in IDENTITY_WORDS and said[i + 1] in ONESELF]


def _identity_removed(said: list[str], verb: int) -> bool:
    """Whether the verb at `verb` removes one's own name or number rather than the complaint: named before it ("nama
    saya dihapus dari laporan") or after it before any complaint ("hapus nomor saya dari laporan")."""
    return any(i < verb or not any(_names_complaint(w) for w in said[verb + 1:i]) for i in _owned_identity(said))


def _names_complaint(word: str) -> bool:
    return word.removesuffix("nya") in REPORT_WORDS or word.isdigit() or word.startswith("lpr")


def _numbered_one(words: list[str]) -> int | None:
    """The complaint named "yg no 2" ("the one numbered 2") in a withdrawal, or None."""
    for i, word in enumerate(words[:-2]):
        if word == "yang" and words[i + 1] in ("no", "nomor", "nmr", "nomer") and words[i + 2].isdigit():
            return int(words[i + 2])
    return None


# A reporter writing from a new number ("ini nomor baru saya", "sy ganti nomor", "hp saya hilang", "no wa saya yg
# lama sudah tidak aktif", "my number changed"): a word of one's number or phone, near a word of changing or losing
# it and a word saying whose ("saya", "ini", "ganti"); "lapor jalan rusak di jl baru no 5" and "kartu KIS saya
# hilang" tell a story.
OWN_NUMBER = frozenset({"nomor", "nomer", "no", "nmr", "hp", "wa", "whatsapp", "number", "simcard"})
CHANGED = frozenset({"baru", "ganti", "diganti", "berganti", "gantinya", "pindah", "lama", "hilang", "ilang",
                     "dicuri", "kecopetan", "rusak", "changed", "new", "lost"})
WHOSE_NUMBER = frozenset({"saya", "aku", "kami", "ini", "ganti", "pindah", "changed", "new"})
NEW_NUMBER_NEAR, NEW_NUMBER_MAX_WORDS = 3, 30


def _own_number_changed(said: list[str]) -> bool:
    """Whether the standard words say the writer's number changed: a word of one's number with a word of changing
    it and of whose it is within NEW_NUMBER_NEAR words, in a short message."""
    if not set(said) & OWN_NUMBER or not set(said) & CHANGED or len(said) > NEW_NUMBER_MAX_WORDS:
        return False
    near = (set(said[max(i - NEW_NUMBER_NEAR, 0):i + NEW_NUMBER_NEAR + 1]) for i, w in enumerate(said)
            if w in OWN_NUMBER)
    return any(window & CHANGED and window & WHOSE_NUMBER for window in near)


def new_number(text: str) -> bool:
    """Whether a message says its writer reports from a new number (see OWN_NUMBER)."""
    said = standard_words(text)
    told = _own_number_changed(said)
    reported = any(w in FILE_VERBS and said[i - 1:i] == ["yang"] for i, w in enumerate(said))  # "sy yg lapor …"
    return told and (reported or bool(set(said) & (REPORT_WORDS | {"pelapor"})) or _number(text) is not None
                     or _new_number_alone(said))


NEW_NUMBER_ALONE_WORDS = 8
NUMBER_NEW = frozenset({"baru", "ganti", "diganti", "berganti", "gantinya", "new", "changed"})


def _new_number_alone(said: list[str]) -> bool:
    """"hp saya hilang, nomor baru ini", "saya ganti nomor": a new number told with nothing else, no report named; not
    a house's ("nomor rumah saya baru")."""
    return len(said) <= NEW_NUMBER_ALONE_WORDS and "rumah" not in said and any(
        w in OWN_NUMBER - {"hp"} and set(said[max(i - 2, 0):i + 3]) & NUMBER_NEW for i, w in enumerate(said))


# The reporter, from the number that filed, telling of a new number for the news ("saya ganti nomor hp, nanti kabarnya
# ke nomor baru ya 0812…", "nanti hubungi nomor baru saya aja"): a new number named beside a word of news or reaching.
NEWS_TO = frozenset({"kabar", "kabarnya", "info", "infonya", "informasinya", "hubungi", "dihubungi", "menghubungi",
                     "kirim", "kirimkan", "dikirim", "balas", "dibalas", "jawaban", "jawabannya", "update",
                     "pakai", "memakai", "gunakan", "menggunakan"})  # "nanti pake nomor istri": used from now on


def moving_number(text: str, phone_typed: Callable[[], bool]) -> bool:
    """Whether a message tells of the writer's new number: a word of one's number beside a word of changing it, and
    the news asked to go there or the new number typed (`phone_typed`, asked only then): "hp saya hilang, fotonya
    nyusul" is none."""
    said = standard_words(text)
    return _own_number_changed(said) and (bool(set(said) & NEWS_TO) or phone_typed())


# Correcting the place of a complaint filed: "lokasinya salah pak, yg bener jl diponegoro 45", "ralat alamat: gg
# mawar 3", "maaf lokasi yg sy tulis kurang tepat, harusnya dkt pasar" (a word of the place near the start, and a
# word of correction); "surat undangan salah alamat terus" tells a problem.
PLACE_NOUNS = frozenset({"lokasi", "lokasinya", "alamat", "alamatnya", "tempat", "tempatnya", "titik", "titiknya",
                         "posisi", "posisinya"})
CORRECTING = frozenset({"salah", "keliru", "ralat", "revisi", "harusnya", "seharusnya", "mestinya", "sebenarnya",
                        "koreksi"})


# A part of an address corrected "A bukan B" or after a word of correction ("maaf nomor rumahnya 15 bukan 51", "rt nya
# 03 bukan 05", "ralat, no rumah 15", "eh salah, gang kenari bukan gang mawar"): a house, a neighbourhood or a street
# named in a short message; "jalan rusak bukan main" is none (what follows "bukan" must be a number or a place part)
ADDRESS_PARTS = frozenset({"rumah", "rumahnya", "rmh", "rt", "rtnya", "rw", "rwnya", "gang", "gg", "gangnya", "blok",
                           "bloknya", "jalan", "jl", "jln", "jalannya", "desa", "desanya", "dusun", "dusunnya",
                           "kelurahan", "kel", "kecamatan", "kec", "perum", "perumahan"})
ADDRESS_CORRECTED_MAX_WORDS = 12
NOT_AN_ADDRESS = frozenset({"hp", "wa", "telepon", "telpon", "telp", "ktp", "kk", "nik", "rekening", "laporan"})


CORRECTION_TALK = frozenset("""maaf mohon sorry sori punten pak bu min mas mbak kak bang ya yah tadi td yang yg
    saya sy aku tulis ditulis ketik kirim kirimkan itu ini nya eh ternyata kayaknya sepertinya agak kurang tepat benar
    laporan lpr""".split())


def bare_place_correction(text: str) -> bool:
    """Whether a message only says the place of a complaint filed was wrong, with no place given ("salah alamat pak",
    "lokasinya salah min", "maaf pak alamatnya keliru"): the right one is still to come."""
    said = standard_words(text)
    if not said or any(ch.isdigit() for ch in text) or not _corrects_place(said):
        return False
    return all(w in PLACE_NOUNS or w in CORRECTING or w in CORRECTION_TALK for w in said)


def _corrects_address(words: list[str]) -> bool:
    """Whether a short message corrects a part of the complaint's address (see ADDRESS_PARTS)."""
    if len(words) > ADDRESS_CORRECTED_MAX_WORDS or not set(words) & ADDRESS_PARTS or set(words) & NOT_AN_ADDRESS:
        return False
    swapped = any(w == "bukan" and 0 < i < len(words) - 1
                  and (words[i + 1][:1].isdigit() or words[i + 1] in ADDRESS_PARTS)
                  and (words[i - 1][:1].isdigit() or words[i - 1] not in NEGATION | {"ya", "iya"})
                  for i, w in enumerate(words))
    corrected = bool(set(words[:4]) & (CORRECTING - {"sebenarnya"})) and any(w[:1].isdigit() for w in words)
    return swapped or corrected


def _corrects_place(words: list[str]) -> bool:
    """Whether the words correct the place of a complaint filed (see PLACE_NOUNS and ADDRESS_PARTS)."""
    if _corrects_address(words):
        return True
    place = next((i for i, w in enumerate(words[:6]) if w in PLACE_NOUNS), None)
    if place is None or (place > 2 and not words[place].endswith("nya")):
        return False
    head = words[:8]
    pairs = set(zip(head, head[1:], strict=False))
    corrected = {w for i, w in enumerate(head) if w in CORRECTING and head[i + 1:i + 2] != ["1"]}  # "salah satu"
    return bool(corrected or pairs & {("yang", "benar"), ("kurang", "tepat"), ("tidak", "tepat")})


# Where the reason for a request begins ("cabut aja, udh diangkut", "dicabut aja pak soalnya sudah dibersihkan")
REASON_OPENERS = frozenset({"karena", "soalnya", "sebab", "sudah", "masalahnya"})


def _bare_request(words: list[str], verb: int) -> bool:
    """Whether only small words follow the verb at `verb` (up to a reason: "cabut aja, udh diangkut"), with one of
    them or a word of asking there at all ("cabut aja", "tolong dicabut"; not "cabut dulu ya": leaving, nor
    "kabelnya dicabut sudah 3 hari": a story)."""
    after = words[verb + 1:]
    small = after[:next((i for i, w in enumerate(after) if w in REASON_OPENERS), len(after))]
    asked = bool(small) or bool(set(words[max(verb - 2, 0):verb]) & {"tolong", "mohon", "minta"})
    return asked and all(w in FILLER and w != "dulu" for w in small)


_FILLER_OR_PRONOUN = FILLER | {"saya", "aku", "kami"}


def _described_then_wished(text: str, words: list[str], skipped: int) -> str | None:
    """The description of a message that ends with the wish to file ("Jalan rusak, mau lapor pak"), or None."""
    for verb in range(2, len(words)):
        if not (words[verb] in FILE_VERBS and words[verb - 1] in WANT
                and all(w in _FILLER_OR_PRONOUN for w in words[verb + 1:])):
            continue
        start = verb - 1
        while start > 0 and words[start - 1] in _FILLER_OR_PRONOUN:
            start -= 1
        if start == 0:
            return None
        found = list(WORD.finditer((text or "").lower()))  # the greeting before and the wish after are left out
        begin = found[_raw_index(text, skipped)].start() if skipped else 0
        return text[begin:found[_raw_index(text, skipped + start) - 1].end()].strip(" ,.-:") or None
    return None


# How an elder speaks of themself to a younger admin ("nak, mbah mau lapor …", "nenek mau lapor …")
ELDER_SELF = frozenset({"mbah", "simbah", "embah", "nenek", "kakek", "eyang", "uti", "akung", "nini", "emak", "mak",
                        "abah", "opa", "oma"})  # not "nek" (Javanese "if") nor "aki" (a battery)
FILING_SMALL = WANT | CONVEY | FILLER | TRY | ELDER_SELF | KRAMA_PARDON | {
    "saya", "aku", "kami", "untuk", "ada", "sebuah", "1",  # 1: "satu"
    "tiang",  # Balinese "I" before a wish: "tiang jagi ngadu"
    "i", "to", "a", "would", "like", "make"}  # "i want to …"; KRAMA_PARDON: "nyuwun sewu, saged ngadu mriki?"


# Words an opening clause may hold before the wish to file: greetings and apologies ("maaf mengganggu min, sy mau
# lapor"), an address in English ("Hello good morning sir, I want to report …", "I would like to report an issue")
ADDRESS_IN_ENGLISH = frozenset("""sir madam maam mam dear team officer hello hey good morning afternoon evening day
    d file lodge submit waktunya ngganggu numpang""".split())  # "i'd like to file a complaint"
BEFORE_WISH = (FILING_SMALL | BEFORE_SAYING | ADDRESS_IN_ENGLISH
               | KRAMA_PARDON | {"swastiastu"})  # "Nyuwun sewu, kula badhe lapor", "Om swastiastu, tiang jagi …"
ASKING_FIRST = frozenset({"tanya", "nanya", "bertanya", "menanyakan"})  # an opening clause "mau tanya"
OPENING_CLAUSES = 3  # "Assalamualaikum wr wb. Mohon maaf mengganggu. Saya mau mengadukan …"
INTRODUCTION_WORDS = 8  # "saya warga desa sukamaju ingin melaporkan …": who one is, told with no comma
_CLAUSE_GAP = re.compile(r"[,.;:!?\n]")


# A clause of having understood before the wish ("oh bisa disini? ya udah sy lapor", "o gitu ya, mau lapor deh"): the
# answer to one's own question, no story; ACKNOWLEDGING words open the clause of the wish too ("oke deh saya lapor")
ACKNOWLEDGING = frozenset({"o", "oo", "ooh", "owh", "oalah", "gitu", "gtu", "begitu", "bgitu", "oke", "ok", "okay",
                           "okey", "sip", "siap", "baik", "ternyata", "yaudah", "yasudah"})
HERE_SAID = frozenset({"lewat", "lewati", "via", "sini", "wa", "ini", "juga", "jg"})  # "bisa lewat wa ini juga?"

# What an opening clause before the wish may hold: greetings, who one is, "mau tanya", understood, "bisa di sini?"
OPENING_CLAUSE_WORDS = BEFORE_WISH | ROLES | ASKING_FIRST | ACKNOWLEDGING | HERE_SAID | MAY_I_SMALL


def _after_acknowledging(clause: list[str]) -> int:
    """How many words open a clause only saying one has understood ("oke", "oh gitu", "ya udah": "sudah" only after
    "ya", alright then; "sudah lapor" reported already)."""
    at = 0
    while at < len(clause):
        if clause[at] in ACKNOWLEDGING:
            at += 1
        elif clause[at:at + 2] == ["ya", "sudah"]:
            at += 2
        else:
            break
    return at


def _wish_to_file(text: str, every: list[str], skipped: int) -> int | None:
    """Where the wish to file ends among `every[skipped:]` (the words after the greetings), wherever the opening
    clauses put it: after greetings, apologies and addresses ("maaf mengganggu min, sy mau lapor", "I would like to
    report an issue"), or after who one is ("permisi bapak ibu, saya warga desa sukamaju ingin melaporkan …"). A
    clause that tells anything else ends the opening: "pak rt sudah lapor ke kelurahan", "kemarin saya lapor …" and
    "tetangga saya mau lapor" tell a story. None when no wish is told there."""
    words = every[skipped:]
    verb = _filing_verb(words[:4])
    if verb is not None or len(words) <= 4 and not set(words) & ACKNOWLEDGING:
        return verb
    begin = 0
    for end in [*_clause_starts(text, skipped, len(words)), len(words)][:OPENING_CLAUSES]:
        clause = words[begin:end]
        understood = _after_acknowledging(clause)
        at = _filing_verb(clause[understood:], BEFORE_WISH)
        if at is None:
            at = _introduced_then_wished(clause)
        elif understood:
            at += understood
        if at is not None:
            return begin + at
        if not (set(clause) <= OPENING_CLAUSE_WORDS or _who_one_is(clause)):
            return None  # "mau tanya, kalau mau lapor … bisa di sini?": a question about filing, opened as one
        begin = end
    return None


# Who one is by name: "saya mbah darmi dari desa sumberejo", "nama saya Budi dari RT 3", "sy bu ani warga rt 2"
NAMED_AS = ELDER_SELF | frozenset("nama bu ibu pak bapak mas mbak seorang".split())


def _who_one_is(clause: list[str]) -> bool:
    """Whether a clause only says who its writer is: by a role (`introduces_oneself`) or by name."""
    if not clause:
        return False
    told = " ".join(clause)
    named = (clause[0] in SELF and clause[1:2] and clause[1] in NAMED_AS) or clause[:2] == ["nama", "saya"]
    return introduces_oneself(told) or bool(named) and not names_a_problem(told) and not tells_a_lack(told)


def _clause_starts(text: str, skipped: int, count: int) -> list[int]:
    """Where the clauses after the first begin, as indices among the standard words after the first `skipped`."""
    lowered = _lowered(text)
    found = list(WORD.finditer(lowered))
    starts, total = [], 0
    for index, token in enumerate(found):
        if index and _CLAUSE_GAP.search(lowered, found[index - 1].end(), token.start()) and skipped < total:
            starts.append(total - skipped)
        total += len(_standard(token.group()).split())
    return [start for start in starts if 0 < start < count]


def _introduced_then_wished(clause: list[str]) -> int | None:
    """The wish after who one is, typed with no comma ("saya warga desa sukamaju ingin melaporkan …"): a word of self
    and a role first, a wish right before the verb, and no problem told between; None otherwise."""
    for i, word in enumerate(clause[:INTRODUCTION_WORDS + 2]):
        if word in FILE_VERBS and i >= 3 and clause[i - 1] in WANT:
            before = clause[:i - 1]
            told = " ".join(before)
            return i if before[0] in SELF and set(before) & ROLES and introduces_oneself(told) else None
    return None


def _filing_verb(head: list[str], small: frozenset[str] = FILING_SMALL) -> int | None:
    """Where a wish to file ends: a filing verb ("lapor", "mengadu") after small words only (who files among them:
    "mbah mau lapor"), or a report noun ("laporan", "keluhan") after a wish or a verb that puts it forward ("mau
    bikin laporan", "ingin menyampaikan keluhan"); None for anything else ("laporan jalan rusak", a description, is
    not asked to file). One's own report named ("mau laporan saya dianonimkan") wants something done to a report
    filed already; making or conveying one ("ingin menyampaikan keluhan saya tentang …") still files."""
    for i, word in enumerate(head):
        before = head[:i]
        if _tells_that(head, i):
            return i + 1  # "saya mau menyampaikan bahwa …": the story follows "that"
        if not all(w in small or w in MAY_I_SMALL or (w == "di" and head[j + 1:j + 2] == ["sini"])
                   for j, w in enumerate(before)):
            return None
        if word in REPORT_WORDS and head[i + 1:i + 2] and head[i + 1] in ONESELF and not set(before) & MAKING:
            return None  # "mau laporan saya dianonimkan", "aduan gw dicabut": one's report, filed already
        if word in FILE_VERBS or (word in REPORT_WORDS and set(before) & (WANT | CONVEY)):
            asking = set(before) - small
            licensed = set(before) & ABLE or (set(before) & IF_WORDS and set(before) & WANT)
            return i if not asking or licensed else None
    return None


# Words that join a verb of reporting to what is reported: "lapor tentang …", "melaporkan bahwa …", "lapor kalau …"
ABOUT = frozenset("""tentang soal mengenai terkait ttg perihal bahwa kalau kalo klo yaitu yakni about that regarding
    bilih""".split())  # "i want to complain about …", "report that …", Javanese krama "lapor bilih …"
# A verb of telling that a wish puts before "that" and a story ("saya mau menyampaikan bahwa jalan … rusak", krama
# "kulo badhe matur bilih …", "mau ngasih tau kalau …", "ingin menginformasikan bahwa …"): they were offered with
# the opener kept as the story. "tahu" tells only after a word of giving ("kasih tau").
TELLING_THAT_VERBS = TELLING_VERBS | frozenset({
    "memberitahukan", "memberitahu", "memberitau", "menginformasikan", "informasikan", "infokan", "mengabarkan",
    "ngabarin", "kabarin"})
TELLING_THAT = frozenset({"bahwa", "bahwasanya", "kalau", "kalo", "klo", "bilih", "yen", "that"})
GIVING = frozenset({"kasih", "ngasih", "kasi", "ngasi", "memberi", "beri"})


def _tells_that(head: list[str], at: int) -> bool:
    """Whether `head[at]` is a verb of telling after a wish, with small words only before it and "that" after it."""
    word, before = head[at], head[:at]
    if word == "tahu" and before[-1:] and before[-1] in GIVING:
        before = before[:-1]
    elif word not in TELLING_THAT_VERBS:
        return False
    return (head[at + 1:at + 2] and head[at + 1] in TELLING_THAT and bool(set(before) & WANT)
            and all(w in BEFORE_WISH for w in before))
AGAIN = frozenset({"lagi", "juga"})  # "mau lapor lagi, kali ini …", "lapor juga, …": a second report
# Exclamations that open no story after a wish ("gw mo lapor nih anjir jalan …", "mau lapor min, astaga sampahnya …")
INTERJECTIONS = frozenset("""anjir anjay anjrit anjrot buset busyet busett astaga astagfirullah astaghfirullah
    waduh wadoh alamak gila gilak""".split())
_FILLER_ABOUT_AGAIN = FILLER | ABOUT | AGAIN


def _without_leading_filler(text: str) -> str:
    """The text without the small words it opens with ("pak, jalan rusak" → "jalan rusak"; "lagi, kali ini …")."""
    words = text.split()
    while words and (all(w in _FILLER_ABOUT_AGAIN or w in INTERJECTIONS for w in standard_words(words[0]) or ["-"])
                     or [*standard_words(" ".join(words[:2])), ""][:2] == ["kali", "ini"]):
        del words[:2 if standard_words(words[0]) == ["kali"] else 1]
    return _without_vague_object(" ".join(words).lstrip(" :,.-!?;").rstrip(" :,.-"))  # "LAPOR!!! …": "!!!" go


# What is reported named by no more than "a problem" ("I want to report a problem. The water …", "mau lapor sesuatu
# pak, jalan …", "ada masalah pak: …"): the clause closes the opener, the story follows it
VAGUE_OBJECTS = frozenset("""a an the some one problem problems issue issues something complaint matter masalah
    permasalahan sesuatu hal keluhan""".split())
_VAGUE_CLAUSE = re.compile(r"([^.,:;!?\n]{1,40})[.,:;!?\n]+\s*")
VAGUE_NOUNS = VAGUE_OBJECTS - {"a", "an", "the", "some", "one"}
_VAGUE_OR_SMALL = VAGUE_OBJECTS | FILLER | {"ada", "sedikit", "satu", "saya", "mau", "ini", "nih"}
_LETTERS = re.compile(r"[a-z]+")


# ... or frames it, a word of "about" joining it to the problem ("an issue with the street lights …", "a problem
# regarding …", "masalah tentang …", "ada masalah soal …"); "masalah dengan tetangga" names whom, and stays
_FRAMED = re.compile(r"(?:(?:ada|an?|some|one|sebuah|sedikit|satu)\s+)?(?:issues?|problems?|complaints?|matters?|"
                     r"permasalahan|masalah|keluhan|hal)\s+(?:with|about|regarding|concerning|tentang|soal|mengenai|"
                     r"terkait|ttg|perihal)\s+(?=\S)", re.IGNORECASE)


def _without_vague_object(rest: str) -> str:
    """The story after a clause that names what is reported only as "a problem" (all of it when nothing would
    follow, or when the clause names the problem: "masalah jalan rusak"), or after words framing the problem ("an
    issue with …", "masalah tentang …")."""
    framed = _FRAMED.match(rest)
    if framed is not None:
        rest = rest[framed.end():]
    found = _VAGUE_CLAUSE.match(rest)
    if found is None and len(rest) <= VAGUE_ALONE_CHARS and _vague_only(rest):
        return ""  # "I would like to report an issue", "mau lapor sesuatu": nothing told yet, asked next
    if found is None or not rest[found.end():].strip():
        return rest
    return rest[found.end():] if _vague_only(found.group(1)) else rest


VAGUE_ALONE_CHARS = 40


def _vague_only(clause: str) -> bool:
    """Whether a clause names what is reported only as "a problem" ("an issue", "sesuatu pak", "ada masalah")."""
    said = set(_LETTERS.findall(clause.lower()))
    return bool(said & VAGUE_NOUNS) and (said | set(standard_words(clause))) <= _VAGUE_OR_SMALL


def protection_asked(text: str) -> str | None:
    """The privacy a message asks for ("tolong nama saya dirahasiakan": "anonim"; "rahasia" when only the text is
    to be kept from the public), or None."""
    every = standard_words(text)
    return _protection(every[next((i for i, w in enumerate(every) if w not in OPENING), len(every)):])


# The safest privacy asked for ("yg aman aja pak", "yang paling aman", "sing aman wae", Madurese "se aman beih",
# "biar aman"): a word of safety with only words that choose around it; "aman pak" alone says all is well.
SAFE = frozenset({"aman", "teraman", "amannya", "safe", "safest", "safer"})
CHOOSING = frozenset("""yang sing seng se paling lebih pilih pilihkan pilihin pilihan biar supaya agar penting
    pokoknya pokoke the most""".split())
SAFE_SMALL = CHOOSING | frozenset("beih bei bhai mawon mana apa gimana saya aku kulo sama untuk buat".split())
_FILLER_OR_SAFE = FILLER | SAFE | SAFE_SMALL


def safest_asked(text: str) -> str | None:
    """"wish" for a short message asking for the safest privacy ("yg aman aja pak"), "question" for one asking which
    it is ("yg aman yg mana?"), None for anything else ("jalannya gak aman", "aman pak")."""
    said = standard_words(text)
    if not said or len(said) > 8 or not set(said) & SAFE:
        return None
    if any(w not in _FILLER_OR_SAFE for w in said):
        return None
    if not set(said) & (CHOOSING | {"teraman", "safest"}):
        return None
    return "question" if "?" in text or set(said) & (QUESTION_WORDS | {"mana", "apa"}) else "wish"


_ONES_NAME = re.compile(r"\b(?:nama|identitas)(?:nya)? (?:saya|aku|kami)\b|\bnamanya\b|\bdisebut nama")
_WITHOUT_NAME = re.compile(r"\btanpa (?:nama|identitas)\b")
# One's name kept back: "jangan", "usah" or fear beside it, or a "not" with a wish ("tidak mau/perlu …") or a verb of
# showing it ("tidak … ditampilkan/disebut/diketahui"); a "not" alone tells of one's name in a list ("nama saya tidak
# ada di dtks", "… tapi tidak pernah cair": the commonest welfare complaint, filed as anonymous)
NAME_KEPT_BACK = frozenset({"jangan", "usah", "takut"})
NOT_WISHED = frozenset({"mau", "perlu", "ingin", "pengen", "pingin"})
NAME_SHOWN = frozenset({"ditampilkan", "ditampilin", "tampilkan", "disebut", "disebutkan", "sebutkan", "diketahui",
                        "ketahuan", "dipublikasikan", "dibocorkan", "diberitahukan", "diekspos", "dibuka"})


def _protection(words: list[str]) -> str | None:
    """protection_asked on the message's standard words, greetings and addresses dropped."""
    words = _it_is_fine(words)
    if len(words) > 1 and words[-1] in NEGATION and words[-1] not in words[:-1]:
        words = words[:-1]  # "nama saya kelihatan gak?": a question's tag, no "not"
    said = set(words)
    if not words or len(words) > 15 or _protection_declined(words):
        return None
    joined = " ".join(words)
    mine = bool(_ONES_NAME.search(joined))
    asked = (bool(said & PROTECT_VERBS) or (words[0] in ("anonim", "rahasia") and len(words) >= 2)
             or any(w in ("anonim", "rahasia") and set(words[max(0, i - CHOICE_NEAR):i]) & CHOOSE_PRIVACY
                    for i, w in enumerate(words))  # "minta anonim"; not "minta salinan …, dokumen rahasia"
             or ("jangan" in said and bool(said & IDENTITY_WORDS))
             or bool(_WITHOUT_NAME.search(joined))  # "laporannya tanpa nama saja"
             or (mine and _name_kept_back(said))  # "nama saya tidak usah ditampilkan"
             or bool(said & REMOVING and said & REPORT_WORDS and _owned_identity(words))  # "hapus nama saya dari
             # laporan"; "hapus nomor saya dari database" asks for one's data deleted (data_deletion_asked)
             or _found_out_feared(words))

    if not asked:
        return None
    return "rahasia" if "isi" in said and not said & (IDENTITY_WORDS | {"anonim", "saya"}) else "anonim"


def _name_kept_back(said: set[str]) -> bool:
    """Whether words beside one's name ask it kept back (see NAME_KEPT_BACK)."""
    return bool(said & NAME_KEPT_BACK or said & NEGATION and said & (NOT_WISHED | NAME_SHOWN))


CHOOSE_PRIVACY = frozenset({"ganti", "ubah", "jadi", "jadikan", "minta", "dijadikan", "jadiin", "dijadiin", "diganti",
                            "diubah", "dibuat", "dibikin"})  # "laporan saya dijadikan anonim", "diganti anonim"
CHOICE_NEAR = 2  # "minta dibuat anonim", "ganti jadi rahasia"


SENTENCE_END = re.compile(r"[.!?\n]+")
MY_NAME = re.compile(r"\b(?:nama|identitas)(?:nya)? (?:saya|aku|kami)\b")


def protection_in_story(text: str) -> str | None:
    """The privacy a sentence of a longer story asks for ("… Tolong nama saya jangan disebut ya pak, takut sama
    tetangga."): only a sentence that speaks of the writer's own name, of anonymity or of hiding the reporter
    ("jangan sampai nama desa kami jelek" asks nothing); a clause after a comma too ("…, foto nyusul, anonim ya")."""
    found = story_protection(text)
    return found[0] if found else None


def story_protection(text: str) -> tuple[str, bool] | None:
    """The privacy a story asks for (protection_in_story), and whether it is only read from fear told in it ("…,
    sy takut diteror", "takut anak sy dibedakan") rather than asked in words ("jangan sebut nama saya")."""
    sentences = SENTENCE_END.split(text or "")
    clauses = [clause for whole in sentences if "," in whole for clause in whole.split(",")]
    for sentence in sentences + clauses:
        said = standard_words(sentence)
        if not said or len(said) > PRIVACY_SENTENCE_WORDS:
            continue
        strong = (MY_NAME.search(" ".join(said)) or set(said) & (PROTECT_VERBS | {"anonim"})
                  or set(said) & KNOWN_AS_REPORTER and set(said) & ({"saya", "aku", "kami"} | FILE_VERBS)
                  or _reporter_hidden(said))
        if strong and (found := protection_asked(sentence)):
            return found, not _protection_worded(said)
    return None


_HIDING_WORDS = (NEGATION | {"jangan", "usah", "tanpa"}) - {"takut"}


def _protection_worded(said: list[str]) -> bool:
    """Whether a sentence asks in words to stay unknown: secrecy or anonymity named, one's name or number not to be
    shown ("jangan sebut nama saya", "ga usah pake nama"), who reported not to be told, or unwillingness to be known
    ("tp saya gamau ketahuan"); fear alone ("saya takut ketahuan", "sy takut diteror") asks nothing."""
    words = set(said)
    return bool(words & (PROTECT_VERBS | {"anonim", "rahasia"})
                or words & IDENTITY_WORDS and words & _HIDING_WORDS
                or "jangan" in words and words & TELL_VERBS
                or words & BEING_KNOWN and (words & UNWILLING or words & NEGATION and words & WILLING))


PRIVACY_SENTENCE_WORDS = 16  # protection_asked reads at most 15 words past the greetings
KNOWN_AS_REPORTER = frozenset({"tahu", "ketahuan", "diketahui", "dikenali", "dikenal"})


FEAR = frozenset({"takut", "khawatir", "was", "ngeri", "wedi", "ajrih", "sieun", "tako"})  # Jv, Su, Mad.
# Between a verb of reporting and the fear of it: "mau lapor tapi takut", "takut mau lapor", "ngadu tp sy khawatir"
FEAR_BETWEEN = frozenset({"tapi", "namun", "cuma", "saya", "aku", "sih", "juga", "mau", "untuk", "buat", "ingin"})


def _afraid_to_report(words: list[str]) -> bool:
    """Fear of reporting itself, said right beside the verb ("mau lapor tapi takut", "sy takut lapor pak"); "…
    lapor, takut anak saya jatuh" fears something else."""
    verbs = [i for i, w in enumerate(words) if w in FILE_VERBS]
    fears = [i for i, w in enumerate(words) if w in FEAR]
    return any(set(words[min(i, j) + 1:max(i, j)]) <= FEAR_BETWEEN and abs(i - j) <= 3 and (
        j < i or all(w in FILLER for w in words[j + 1:])) for i in verbs for j in fears)


# The reporter's own unwillingness to be known, said before it ("tp saya gamau ketahuan", "aku ora gelem
# ketahuan"); "pelakunya ga mau ketahuan" is someone else's, "sy gamau tau" does not care
UNWILLING = frozenset({"gamau", "gamao", "gakmau", "ogah", "emoh", "moh", "jangan"})
WILLING = frozenset({"mau", "gelem", "ingin", "pengen", "pingin", "purun", "hoyong", "daek"})
OWN_LEAD = frozenset("""tapi tetapi namun cuma tolong mohon pokoknya soalnya karena sebab saya aku kami abdi kulo
    sampai tidak usah""".split()) | UNWILLING | WILLING
BEING_KNOWN = frozenset({"ketahuan", "diketahui", "dikenali"})
# Telling who reported ("jgn bilang sy yg lapor"), threats feared by the reporter ("sy takut diteror")
TELL_VERBS = frozenset({"bilang", "bilangin", "kasih", "sebut", "disebut", "bocorkan", "dibocorkan", "kabari"})
THREATS = frozenset("""diteror diancam dimusuhi diintimidasi dikucilkan dipecat dibully dicelakai dipukul digebukin
    dilabrak disantet dikeroyok""".split())


def _reporter_hidden(words: list[str]) -> bool:
    """The reporter's own wish to stay unknown, said without a name or a word of secrecy: unwilling to be known ("tp
    saya gamau ketahuan", "saya tidak mau diketahui"), the reporter not to be told ("tolong jgn bilang sy yg lapor"),
    or a threat feared by oneself ("sy takut diteror"; "anak saya takut dibully" is the child's)."""
    said = set(words)
    for at, word in enumerate(words):
        lead = set(words[:at])
        if word in BEING_KNOWN and lead <= OWN_LEAD and (lead & UNWILLING or lead & NEGATION and lead & WILLING):
            return True
        if word in FEAR and lead <= OWN_LEAD and lead & {"saya", "aku", "kami", "abdi", "kulo"} and set(
                words[at + 1:at + 3]) & THREATS:
            return True
    return ("jangan" in said and bool(said & TELL_VERBS) and bool(said & FILE_VERBS) and bool(
        said & {"saya", "aku", "kami"})) or fears_for_family(words)


# One's family, whom the reporter fears for as for oneself ("takut anak sy dibedakan di sekolah", "nanti istri sy
# diancam", "takut keluarga sy kena"): a word of kin, then whose ("saya", or "-ku"), then what would be done to them
# ("tua": "ortu" is read "orang tua")
KIN = frozenset("""anak anakku istri istriku suami suamiku keluarga keluargaku ortu orangtua ortuku bapak ibu
    tua bapakku ibuku ayah ayahku emak adik adikku kakak kakakku cucu cucuku mertua ponakan keponakan bojo bojoku garwo
    putra putri barudak budak pamajikan salaki incu putu anake""".split())  # Sundanese, Javanese
# What would be done to them for the report: threats, being set apart or made trouble for ("dipersulit"), and
# "kena" with nothing after it or its fallout ("kena imbasnya"; "kena demam berdarah" is an illness)
RETALIATION = THREATS | frozenset("""dibedakan dibeda dianaktirikan dipersulit dikucilkan dimusuhi dikeluarkan
    diapa diapain disakiti diganggu dijahati dibalas dikerjai dikerjain dipojokkan diincar dipindah dimutasi
    dijauhi""".split())
FALLOUT = frozenset("imbas imbasnya dampak dampaknya getah getahnya masalah sasaran batunya akibatnya".split())
# What says the harm is feared: fear, "later" (lest), "jangan sampai" (may it not come to)
FEARING = FEAR | frozenset({"nanti", "ntar", "kuatir", "cemas", "sampai"})
KIN_NEAR = 4  # "takut nanti anak saya …": the fear, then the kin within four words
HARM_NEAR = 3  # "anak saya bisa dipersulit", "keluarga sy nanti kena"


def fears_for_family(words: list[str], feared: bool = True) -> bool:
    """Whether the words fear harm done to one's family for the report ("takut anak sy dibedakan", "nanti istri sy
    diancam", "jangan sampai keluarga saya kena"); without `feared` (at the privacy question, where any reason to
    hide is one) the harm alone is enough ("keluarga sy bisa kena masalah"). "anak saya takut dibully" is the
    child's own fear, "takut anak saya jatuh" fears the problem."""
    for at, word in enumerate(words):
        if word not in KIN or not _whose(words, at):
            continue
        if feared and not set(words[max(at - KIN_NEAR, 0):at]) & FEARING:
            continue
        if _harmed(words, at + 1):
            return True
    return False


def _harmed(words: list[str], start: int) -> bool:
    """Whether harm is done within a few words from `start` ("saya dibedakan", "saya bisa kena masalah")."""
    for i in range(start, min(start + HARM_NEAR + 1, len(words))):
        if words[i] in RETALIATION:
            return True
        if words[i] == "kena":
            rest = words[i + 1:]
            return not rest or rest[0] in FALLOUT or all(w in FILLER for w in rest)
    return False


def _whose(words: list[str], at: int) -> bool:
    """Whether the kin word at `at` is the writer's: "-ku", or "saya"/"aku"/"kami" after it."""
    return words[at].endswith("ku") or words[at + 1:at + 2] in (["saya"], ["aku"], ["kami"])


def _found_out_feared(words: list[str]) -> bool:
    """Fear of being known as the reporter: "saya takut ketahuan", "jangan sampai kades tau saya yg lapor", "ga usah
    pake nama", "tp saya gamau ketahuan"."""
    said = set(words)
    known = bool(said & KNOWN_AS_REPORTER)
    if _reporter_hidden(words):
        return True
    return ((bool(said & FEAR) and (known or bool(said & IDENTITY_WORDS) or _afraid_to_report(words)))
            or ("jangan" in said and known and bool(said & ({"saya", "aku", "kami"} | FILE_VERBS)))
            or (bool(said & {"usah", "perlu"}) and bool(said & NEGATION) and "nama" in said and "pakai" in said))


_PROTECTING = PROTECT_VERBS | {"rahasia", "anonim"}


def _protection_declined(words: list[str]) -> bool:
    """Protection said not to be needed: "tidak usah dirahasiakan", "gak perlu anonim", "bukan rahasia"."""
    protected = [i for i, w in enumerate(words) if w in _PROTECTING]
    if not protected:
        return False
    before = words[max(0, protected[0] - 3):protected[0]]
    return bool(set(before) & (NEGATION | {"usah", "perlu"})) or before[-1:] == ["jangan"]


def _it_is_fine(words: list[str]) -> list[str]:
    """ "tidak apa-apa" and "tidak masalah" as the one word "gpp": their "tidak" negates nothing."""
    fine = [i for i, w in enumerate(words[:-1]) if w in NEGATION and words[i + 1] in {"apa", "apa2", "papa", "masalah"}]
    return [("gpp" if i in fine else w) for i, w in enumerate(words) if i - 1 not in fine]


def openness_asked(text: str) -> bool:
    """The citizen asks for no protection, in words of their own: "publik", "umum saja", "tidak usah dirahasiakan",
    "gpp pakai nama saya", "nama saya boleh ditampilkan"."""
    words = _it_is_fine([w for w in standard_words(text) if w not in OPENING])
    said = set(words)
    if not words or len(words) > 10 or _protection(words) is not None:
        return False
    if said <= OPEN_WORDS | FILLER | {"laporan", "laporannya", "saja", "biar"}:  # "publik", "terbuka saja"
        return True
    allowed = bool(said & {"boleh", "silakan", "gpp"}) and bool(said & IDENTITY_WORDS)
    return _protection_declined(words) or allowed


# The words of asking one's report's number; another ("nomor pengaduan pdam berapa") names whose line is asked
REPORT_NUMBER_ASKED = OPENING | FILLER | frozenset("""nomor nomer no nmr berapa keberapa lupa saya aku kami sy punya
    ya yang ini itu ke tadi kemarin kemaren lagi sudah udah dapat dapet""".split())  # "ini laporan ke berapa ya"


def _asks_status(words: list[str], number: int | None) -> bool:
    """STATUS, "cek status", "gimana laporan saya", "sampai mana aduan saya", "status lpr 1", "cek laporan",
    "laporan saya kok belum ada kabar"; "cek status bpjs gmn" asks the status of something else."""
    if "status" in words[:5]:
        return not _status_of_another(words)
    said = set(words)
    if not said & (REPORT_WORDS - {"laporkan", "adukan"}) and said & WANT:  # "mau laporkan …, bagaimana caranya"
        return False
    mine = bool(said & {"saya", "aku", "kami", "the"}) or _owned_by_self_or_day(words)  # "…yang saya laporkan …"
    if (said & REPORT_WORDS and said & {"berapa", "keberapa", "lupa"} and len(words) <= 8
            and not said & (WANT | {"lama"})
            and {w for w in said if not w.isdigit()} <= REPORT_NUMBER_ASKED | REPORT_WORDS):
        return True  # "nomor laporan saya berapa ya?", "lpr brp ya sy lupa": the list shows the numbers
    # "jalan yg sy laporin kok blm dibenerin": what one reported, not done yet, asks how it stands
    not_yet = mine and "belum" in said and "yang" in said
    if _reported_before(words):  # "masih ingat saya? yg lapor sampah kemarin": who they are, by their report
        return True
    asked = [w for w in words if w not in WISH_TO_ASK and w not in THANKS]  # "saya mau tanya …, terima kasih"
    return bool(said & REPORT_WORDS) and bool(said & (ASKING | STATUS_WORDS) or not_yet) and (
        len(asked) <= (14 if mine else 8)) and (number is not None or mine or len(words) <= 3)


# A report one's own without "saya": an elder naming themself after it ("laporan bapak kemarin gimana nak", "laporan
# mbah …") or its day ("laporan kemarin gimana ya"); "laporan bapak saya" is one's father's (asks_after_anothers_report)
ELDER_SELF_AFTER = ELDER_SELF | frozenset({"bapak", "ibu"})
REPORT_DAY = frozenset({"kemarin", "kemaren", "kmrn", "kmarin", "tadi", "barusan"})


def _owned_by_self_or_day(words: list[str]) -> bool:
    """Whether a report word is followed by an elder's word for themself or by its day (see ELDER_SELF_AFTER)."""
    for i, word in enumerate(words[:-1]):
        if word in REPORT_WORDS:
            after = words[i + 1:i + 3]
            if after[0] in REPORT_DAY or after[0] in ELDER_SELF_AFTER and "saya" not in after:
                return True
    return False


# What may follow "status" when it is one's report's ("status laporan saya", "cek status lpr 2 dong", "status?")
STATUS_OF_MINE = (REPORT_WORDS | ASKING | QUESTION_WORDS | OPENING | FILLER | NEGATION | FOLLOWED_UP | frozenset(
    """saya aku kami sy ku nomor no nmr ini itu sudah udah terakhir terbaru sekarang kemarin dong ya yg
    yang of my the for on""".split()))


def _status_of_another(words: list[str]) -> bool:
    """Whether "status" is followed by a thing other than one's report ("cek status bpjs gmn", "status pajak
    kendaraan saya"): the first word after it is none of a report's, a reference's or of courtesy."""
    after = words[words.index("status") + 1:][:1]
    return bool(after) and not after[0].isdigit() and after[0] not in STATUS_OF_MINE and len(after[0]) > 1


# When one reported, closing a message that names oneself by one's report ("yg lapor sampah kemarin")
PAST_TIMES = frozenset({"kemarin", "lalu", "dulu", "tadi", "itu", "kapan"})
REPORTED_MAX_WORDS = 12


def _reported_before(words: list[str]) -> bool:
    """Whether a short message ends naming what one reported before: a verb of reporting after "yang" (and "saya"),
    what was reported, then when ("yg lapor sampah kemarin", "yang saya laporkan minggu lalu"; not "jalan yg sy
    laporkan kemarin rusak lagi": news of it)."""
    if len(words) > REPORTED_MAX_WORDS or not words or words[-1] not in PAST_TIMES or set(words) & WANT:
        return False
    verbs = [i for i, w in enumerate(words) if w in FILE_VERBS and "yang" in words[max(i - 2, 0):i]]
    return bool(verbs) and len(words) - verbs[-1] <= 5


PROGRESS_MAX_WORDS = 6
NAMED_WORDS = 4  # more words when they name which complaint the question after news is about
PROGRESS_WORDS = frozenset({"kapan", "kabar", "perkembangan", "progres", "progress", "status",
                            "update", "updates", "apdet", "news", "yet"})  # "pls update min", "any news?"
# How much longer, asked with "berapa" ("berapa lama lagi?", "masih brp hari lg pak", "kira2 selesai tgl brp"): a
# span of time and a word of what is left or of its end ("berapa lama bikin ktp?" asks how a service goes)
HOW_LONG_SPANS = frozenset({"lama", "hari", "minggu", "bulan", "tanggal"})
HOW_LONG_LEFT = frozenset({"lagi", "masih", "selesai", "kelar", "rampung", "jadi"})


# "nomor 2 gmn", "nmr 2 udh smp mn", "yg nomer 2 pripun": a number named with a word of number and nothing but a
# question of how it stands is one's complaint's (a house's or a street's number comes with what it numbers)
COMPLAINT_NUMBER_NOUNS = frozenset({"no", "nomor", "nomer", "nmr", "nomornya", "nomernya"})
HOW_IT_STANDS = ASKING | STATUS_WORDS | PROGRESS_WORDS | {"diapain", "dibales", "dibalas", "dijawab", "beres",
                                                          "selesai"}
AROUND_NUMBERED = HOW_IT_STANDS | OPENING | FILLER | NEGATION | frozenset(
    "yang sudah udah ada ini itu saya aku punya kabarnya sekarang skrg".split())


def _numbered_asked(words: list[str]) -> int | None:
    """The number in "nomor 2 gmn" when the rest only asks how it stands; None otherwise."""
    at = next((i for i, w in enumerate(words[:-1]) if w in COMPLAINT_NUMBER_NOUNS and words[i + 1].isdigit()), None)
    if at is None:
        return None
    rest = [w.removesuffix("nya") for w in words[:at] + words[at + 2:]]
    if set(rest) & HOW_IT_STANDS and set(rest) <= AROUND_NUMBERED:
        return int(words[at + 1])
    return None


WHERE_IT_IS = frozenset({"posisi", "tahap", "tahapan"})  # of a report only: "posisinya di depan sd" answers "where?"
ASKING_WHETHER = frozenset({"gimana", "bagaimana", "kapan", "apakah", "sudahkah", "jadi"})
# ... and what or who, typed without a question mark ("kamis jam brp ya pak", "nanti yg dateng siapa pak")
ASKING_ABOUT = ASKING_WHETHER | {"berapa", "siapa"}
A_FEW_AGO = frozenset({"lalu", "silam", "kemarin"})  # "brp hari yg lalu": "brp" is "beberapa" (a few), no question
ASKING_ABOUT_MAX_WORDS = 14


def asks_about(text: str, asking: frozenset[str] = ASKING_ABOUT) -> bool:
    """A short question ("pak gmn sampah yg di pasar, jadi diangkut?", "kapan diangkutnya ya pak?", "kamis jam brp
    ya pak"): a question mark, a word of `asking` or "sudah … belum"; no wish to file. Which complaint it is about
    its words say."""
    if len((text or "").split()) > 2 * ASKING_ABOUT_MAX_WORDS:
        return False
    said = [w for w in content(text) if w not in OPENING]
    filing = set(said) & FILE_VERBS and not set(said) & (REPORTED_BEFORE | EARLIER)  # "kemarin sy lapor …, gmn?"
    if not said or len(said) > ASKING_ABOUT_MAX_WORDS or filing:
        return False
    return "?" in text or bool(_asking_in(said, asking)) or ("sudah" in said and said[-1] == "belum")


def _asking_in(said: list[str], asking: frozenset[str]) -> set[str]:
    """The words of `asking` said, "berapa" left out when a time ago follows it ("udah diangkut brp hari lalu")."""
    asked = set(said) & asking
    return asked - {"berapa"} if "berapa" in asked and _a_few_ago(said) else asked


def _a_few_ago(said: list[str]) -> bool:
    """Whether "berapa" tells a time ago ("brp hari yg lalu": a few days ago), not how many."""
    return bool(set(said[said.index("berapa"):]) & A_FEW_AGO)


# Whose report a person asks after: a family member or a neighbour of theirs ("laporan ibu saya", "laporan suami
# sy", "aduan bapakku"): news goes only to the number that filed it
FAMILY = OTHER_PEOPLE | frozenset("""ibu bapak ayah mama mamah mami papa papi emak mak ortu nenek kakek mbah mertua
    bapake ibuk""".split())
MINE = frozenset({"saya", "aku", "ku", "kami", "gue"})


def asks_after_anothers_report(text: str) -> bool:
    """Whether a message asks after a report filed by someone of one's family ("mau tanya laporan ibu saya …",
    "laporan bapak saya sudah sampai mana", "cek laporan suami sy LPR-1")."""
    said = standard_words(text)  # read once per text (cached): "lapuran" is a report too
    if not set(said) & REPORT_NAMED_OR_FILED:
        return False
    if _filed_by_another(said) and ("?" in text or asks_progress(text) or set(said) & (HOW_IT_GOES | NEWS_WORDS)
                                    or {"sampai", "mana"} <= set(said)):
        return True  # "anak sy kemarin laporin lampu depan rumah sy, sudah sampai mana ya?"
    if not set(said) & REPORT_WORDS:
        return False
    if not any(_names_anothers_report(standard_words(clause)) for clause in OWNER_CLAUSE_BREAK.split(text)):
        return False
    if sent_by_another(text):  # "lapornya lewat hp ponakan sy gpp kan?": sent from their phone, not theirs
        return False
    # "ini laporan ibu saya pak, lampu jalan depan rumahnya mati …": a story told for them, asking nothing
    told = names_a_problem(text) or bool(_things(text))
    # "mau tanya laporan ibu saya yg soal sampah pasar": a wish to ask names its thing, no story told
    wanted = intent(text)  # a wish to file with the story ("mau laporkan atas nama tetangga saya …") files it
    return (not told or "?" in text or asks_about(text) or bool(set(said) & INQUIRING)
            or wanted is not None and wanted.name != "FILE")


# Who filed named before the filing ("anak sy kemarin laporin …", "sy tetangganya yg lapor LPR-1", "tetangga sy udh
# ngelaporin …"): one of the family or a neighbour, then within a few words a verb of filing, no wish between
FILED_BY_NEAR = 4
# the words as read: "laporin", "ngelaporin", "ngadu" are FILE_VERBS already, "dilaporin" is "dilaporkan"
FILING_DONE = FILE_VERBS | frozenset({"dilaporkan"})
REPORT_NAMED_OR_FILED = REPORT_WORDS | FILING_DONE  # none of them: nobody else's report is asked after


def _filed_by_another(said: list[str]) -> bool:
    for at, word in enumerate(said):
        if word not in FAMILY and word.removesuffix("nya") not in FAMILY:
            continue
        after = said[at + 1:at + 1 + FILED_BY_NEAR]
        verb = next((i for i, w in enumerate(after) if w in FILING_DONE), None)
        if verb is not None and not set(after[:verb]) & (WANT | {"soal", "tentang"}):
            return True
    return False


# A report's owner is looked for within a clause, and a slash parts clauses too: "bapak/ibu, saya mau menyampaikan
# keluhan …" addresses the office, and its "ibu" owns no report
OWNER_CLAUSE_BREAK = re.compile(f"[{CLAUSE_MARKS}/]+")
OWNER_NEAR = 3  # "laporan ibu saya", "aduan punya bapak saya", "laporan dari ibu saya"


def _names_anothers_report(said: list[str]) -> bool:
    """Whether a clause's report word is followed closely by one of the family's ("laporan ibu saya"): a form of
    address before one's own complaint ("bapak/ibu, saya … keluhan") or a relative who wants to file ("ibu saya
    mau lapor") names nobody's report."""
    for at, word in enumerate(said):
        if word not in REPORT_WORDS:
            continue
        owner = said[at + 1:at + 1 + OWNER_NEAR]
        if any(person in FAMILY and (after in MINE or after == "nya" and person != "anak")
               or person.endswith("ku") and person[:-2] in FAMILY
               for person, after in zip(owner, [*said[at + 2:at + 2 + OWNER_NEAR], ""], strict=False)):
            return True
    return False


def asks_after_a_report(text: str) -> bool:
    """A question of how one's report is doing, naming no reference: STATUS in words ("laporan saya sudah sampai
    mana") or a question after progress (asks_progress: "udah sampai mana ya", "kapan selesainya?")."""
    wanted = intent(text)
    return wanted.name == "STATUS" and not wanted.number if wanted is not None else asks_progress(text)


def asks_progress(text: str) -> bool:
    """A short question after progress that names no report ("kapan selesainya pak?", "sudah ada kabar belum",
    "gmn perkembangannya?", "kapan petugasnya datang"): about the citizen's open complaint, if they have one."""
    if len((text or "").split()) > 2 * PROGRESS_MAX_WORDS:  # cheap: a story is not read word by word here
        return False
    said = [w for w in content(text) if w not in OPENING]  # "assalamualaikum pak, …"
    stems = set(said) | {w.removesuffix("nya") for w in said}
    # a question after news may name the complaint by its words ("yg lampu di gg melati gimana ya kabarnya")
    limit = PROGRESS_MAX_WORDS + (NAMED_WORDS if stems & NEWS_WORDS and stems & QUESTION_WORDS else 0)
    if said and _asked_in_english(said):  # "hi admin, I reported the rubbish yesterday. any news?"
        return True
    if not said or len(said) > limit or set(said) & FILE_VERBS or "status" in said and _status_of_another(said):
        return False  # "cek status bpjs gmn": the status of another thing
    return (bool(stems & PROGRESS_WORDS) or {"sampai", "mana"} <= stems  # "sampai sekarang …" tells, not asks
            or ("sudah" in stems and said[-1] == "belum")  # "udah beres belum?", "tos beres acan?"
            or _anyone_came_asked(text, said, stems)  # "opo wis ono sing teko pak", "udah ada yg ngecek ga"
            or "berapa" in stems and bool(stems & HOW_LONG_SPANS and stems & HOW_LONG_LEFT)  # "brp lama lg?", not
            and "berapa" in said and not _a_few_ago(said)  # "brp hari yg lalu ada yg jatuh lagi"
            or bool(stems & WHERE_IT_IS and stems & REPORT_WORDS))  # "dimana posisi laporan saya sekarang"


# A report pointed at by its words ("yg soal sampah itu …", "yang tentang lampu mati …", "sampah itu …") asked after
POINTING_BACK = frozenset({"itu", "tsb", "tersebut", "kemarin", "kemaren", "tadi"})
ABOUT_WORDS = frozenset({"soal", "tentang", "masalah", "urusan", "perihal", "terkait"})
HOW_IT_GOES = frozenset({"gimana", "bagaimana", "pripun"})  # as read: "piye", "kepriye", "kumaha" are "gimana"


def asks_after_a_report_in_words(text: str) -> bool:
    """Whether a short message asks how a report pointed at in its words stands ("yg soal sampah itu udah sampai
    mana", "yg soal jalan rusak kmrn gmn ya"): not a question of something else ("yg soal bansos itu syaratnya
    apa?", "kapan pasar malam dibuka?")."""
    said = standard_words(text)
    if not said or len(said) > 2 * PROGRESS_MAX_WORDS:
        return False
    pointed = (said[0] in {"yang", "yg"} and said[1:2] and said[1] in ABOUT_WORDS) or bool(set(said) & POINTING_BACK)
    stems = set(said) | {w.removesuffix("nya") for w in said}
    return bool(pointed) and (asks_progress(text) or bool(stems & NEWS_WORDS or stems & HOW_IT_GOES))


# A question of progress in English ("when will it be fixed?", "when are they coming", "how long will it take"):
# "when" or "how long" with a verb of the work getting done; "when is the office open?" asks something else
ENGLISH_PROGRESS = frozenset("""fixed fix repaired repair done finished handled handle come coming came cleaned clean
    collected picked solved resolved respond responded processed answered finish start started""".split())


ENGLISH_AUXILIARIES = frozenset({"will", "is", "are", "would", "can", "do", "does", "did", "should", "could",
                                 "it", "they", "the"})
ENGLISH_REPORTED = frozenset({"reported", "report", "complaint", "complained", "submitted"})
ENGLISH_NEWS = frozenset({"news", "update", "updates", "progress"})


def _asked_in_english(said: list[str]) -> bool:
    """"when will it be fixed", "how long will it take", "I reported it last week, any update?"."""
    words = set(said)
    # "when will …", "when are they …"; "when i come home the lamp is off" tells
    asked = any(w == "when" and set(said[i + 1:i + 2]) & ENGLISH_AUXILIARIES for i, w in enumerate(said)) or (
        {"how", "long"} <= words)
    return (asked and bool(words & ENGLISH_PROGRESS or {"how", "long", "take"} <= words)
            or bool(words & ENGLISH_REPORTED and words & ENGLISH_NEWS))


# Whether anyone came (to look, to fix), asked: "opo wis ono sing teko pak", "tos aya nu datang can", "apa sudah ada
# petugas yg ngecek", "udah ada yg ngecek ke lokasi ga pak"; "udah ada yg dateng kemarin tapi …" tells it
COMING = frozenset({"datang", "dateng", "dtg", "teko", "tekan", "rawuh", "sumping", "ngecek", "dicek", "cek", "survei",
                    "survey", "meninjau", "ninjau", "ditinjau", "kesini", "kesana", "mampir"})
YES_NO_OPENERS = frozenset({"apa", "apakah", "opo", "napa", "naha"})
YES_NO_TAGS = frozenset({"belum", "tidak", "can"})  # "can": Sundanese "not yet"


def _anyone_came_asked(text: str, said: list[str], stems: set[str]) -> bool:
    if "sudah" not in stems or "ada" not in stems or not stems & COMING:
        return False
    return said[0] in YES_NO_OPENERS or said[-1] in YES_NO_TAGS or text.rstrip().endswith("?")


NEWS_WORDS = frozenset({"kabar", "kabarnya", "perkembangan", "progres", "progress", "tanggapan", "respon", "respons",
                        "ditanggapi", "direspon", "ditindaklanjuti", "jawaban", "balasan", "dibalas",
                        # a report's handling: "kok belum diverifikasi pak?", "kok blm diteruskan ke dinas"
                        "diverifikasi", "verifikasi", "diteruskan", "diproses", "ditangani",
                        # the action awaited: "udah 2 minggu ga ada tindakan"
                        "tindakan", "tindaklanjut", "tindaklanjutnya"})
WAITING_WORDS = frozenset({"lama", "belum", "tidak", "kapan", "kok", "masa", "masak"})
IMPATIENT_MAX_WORDS = 12


def impatient(text: str) -> bool:
    """Impatience at hearing nothing ("kok lama banget sih, udah 3 hari ga ada kabar!!!", "sudah seminggu belum ada
    tanggapan sama sekali", "WOY KAPAN DIBERESIN!!! …, bayar pajak tiap taun"): a word for news with a word of
    waiting, in a message too short to tell a new problem or naming none (about the citizen's open complaint, if
    they have one)."""
    if len((text or "").split()) > 2 * IMPATIENT_MAX_WORDS:  # cheap: a story is not read word by word here
        return False
    said = standard_words(text)
    short = len(said) <= IMPATIENT_MAX_WORDS or not names_a_problem(text)  # an angry remark after it tells nothing new
    filing = any(w in FILE_VERBS and (i == 0 or said[i - 1] not in IN_VAIN) for i, w in enumerate(said))
    return short and bool(set(said) & NEWS_WORDS) and bool(set(said) & WAITING_WORDS) and not filing


IN_VAIN = frozenset({"percuma", "sia", "useless", "gunanya"})  # "percuma lapor ke sini" wishes to file nothing



# Impatience told in nothing but words of slowness or urging ("kok lama banget sih", "kok suwe men", "pak tolong dong
# ditindak", "cepetan dong min"): about one's open complaints, since it tells nothing else
URGING = frozenset({"ditindak", "ditindaklanjuti", "dipercepat", "dipercepet", "percepat", "segera", "cepat", "cepet",
                    "cepetan", "buruan", "gercep", "diproses", "diurus", "ditangani", "dikerjakan", "dikerjain",
                    "dibereskan", "diberesin", "ditanggapi", "direspon", "asap", "diperbaiki", "dibenerin",
                    "dibetulkan", "diselesaikan", "diberesi", "diangkut", "ditambal"})
# ... and hope for it ("semoga cepat ditangani ya pak", "mudah2an segera diperbaiki"; it got the menu, then began a
# story)
IMPATIENCE_TALK = frozenset("""kok ko masa masak sih banget amat sekali bener benar nian pisan temen men tenan
    sudah proses prosesnya penanganan penanganannya pelayanan pelayanannya kenapa napa ini gini nih tuh woi woy
    tolong mohon dong ya pak bu min parah udah masih msh kira semoga smoga moga mudah mudahan insyaallah amin aamiin
    berharap harap bisa mudah2an muga mugi lebih""".split())  # "bisa lebih cepat?"
SLOW_TYPED = frozenset({"lm", "lmbt", "lamban"})  # "kok lm bgt"
URGING_MAX_WORDS = 8


def only_impatience(text: str) -> bool:
    """Whether a short message is nothing but impatience or urging on ("kok lama banget sih", "lelet banget
    prosesnya", "pak tolong dong ditindak"): a word of slowness or of urging, and only words of emphasis, asking
    and address beside it (not "lama banget nunggu KTP jadi", "tolong ditindak pedagang liar": a new problem)."""
    if len((text or "").split()) > URGING_MAX_WORDS:  # cheap: a story is not read word by word here
        return False
    said = [re.sub(r"([a-z])\1+$", r"\1", w) for w in standard_words(text) if w not in OPENING]  # "lamaa"
    moving = [w for w in said if w in SLOW or w in SLOW_TYPED or w in URGING]
    # "masih lama ga?": a question's tag right after the word of slowness
    # ... or closing a question ("bisa dipercepat gak pak?", "bisa segera ga min")
    tagged = {i for i, w in enumerate(said) if w == "tidak" and i and (said[i - 1] in SLOW or i == len(said) - 1)}
    return bool(moving) and all(w in SLOW or w in SLOW_TYPED or w in URGING or w in IMPATIENCE_TALK or i in tagged
                                for i, w in enumerate(said))


# Impatience with the filing's questions ("udah lah langsung aja", "gak usah ribet pak", "banyak tanya bgt sih"):
# a word of hurry, and only words of emphasis, negation and address beside it
HURRY = frozenset({"langsung", "cepetan", "buruan", "ribet", "ribed", "kelamaan", "bertele", "rempong", "repot"})
ASKING_MUCH = frozenset({"tanya", "nanya", "ditanya", "ditanyain"})  # with "banyak", "mulu": "banyak tanya bgt"
HURRY_TALK = IMPATIENCE_TALK | NEGATION | ASKING_MUCH | frozenset(
    "usah perlu amat ah deh dah lah banyak mulu melulu terus plis please gitu aja".split())


def hurried(text: str) -> bool:
    """Whether a short message only hurries the filing on ("udah lah langsung aja", "ribet amat sih", "banyak tanya
    bgt sih"): no answer, no story and no place (not "langsung kirim aja", a wish to send, nor "cepetan diperbaiki
    jalannya")."""
    if len((text or "").split()) > URGING_MAX_WORDS:  # cheap: a story or a place is not read word by word here
        return False
    said = content(text)
    much = bool(set(said) & ASKING_MUCH) and bool(set(said) & {"banyak", "mulu", "melulu", "terus"})
    return (bool(set(said) & HURRY) or much) and all(w in HURRY or w in HURRY_TALK for w in said)


# Impatience at the chat itself ("kok ga dibales", "min kok gak dijawab2", "ko blm d bls", "woi kok diem aja"): a
# word for a reply with a word of waiting, or a word of silence after "kok"
REPLY_STEMS = frozenset({"bales", "balas", "bls", "jawab", "jwb", "respon", "respons", "rspn", "sahut", "tanggap"})
SILENCE = frozenset({"diem", "diam", "sepi", "slow", "lemot", "lambat", "hening"})
WAITING_FOR_REPLY = frozenset({"kok", "ko", "belum", "tidak", "lama", "kapan", "masih", "tadi"})


def _reply_stem(word: str) -> str:
    """A word of replying without its digits, prefix and suffix ("dijawab2" → "jawab", "balesnya" → "bales")."""
    word = word.rstrip("0123456789")
    for suffix in ("nya", "in", "i"):
        if word.removesuffix(suffix) in REPLY_STEMS:
            return word.removesuffix(suffix)
    for prefix in ("di", "d", "ter", "nge", "me", "mem"):
        if word.startswith(prefix) and _reply_stem(word[len(prefix):]) in REPLY_STEMS:
            return _reply_stem(word[len(prefix):])
    return word


def awaits_a_reply(text: str) -> bool:
    """A short message of impatience at the chat ("kok ga dibales", "halo?? ada orang? kok dari tadi ga dibalas
    sih", "woi kok diem aja"): no problem named, nothing asked to be filed."""
    if len((text or "").split()) > IMPATIENT_MAX_WORDS:
        return False
    said = set(standard_words(text))
    replying = {_reply_stem(w) for w in said} & REPLY_STEMS
    waiting = said & WAITING_FOR_REPLY
    silent = said & SILENCE and said & {"kok", "ko"}
    words = standard_words(text)
    filed = [i for i, w in enumerate(words) if w in FILE_VERBS]
    told_done = all(set(words[max(i - 2, 0):i]) & CALLED_WHEN for i in filed)  # "sy udh lapor kok ga dibales"
    return (bool(replying and waiting or silent) and told_done and not names_a_problem(text)
            and not _things(text))  # "ktp sy blm jd2, tiap ditanya jwbnya sabar trs": an office's answer


REFERENCE = re.compile(r"(?:lpr|#)\s*[-–—.:]?\s*(\d{1,9})\b", re.IGNORECASE)


# "laporan no 1", "aduan saya nomor 1": a report named by its number in words (a bare "no 2" may be a house's)
REPORT_NUMBER = re.compile(r"\b(?:laporan|lapran|lprn|aduan|pengaduan|keluhan)(?:\s+(?:saya|sy|aku|kami))?\s+"
                           r"(?:no|nomor|nomer|nmr)\b\.?\s*(\d{1,9})\b", re.IGNORECASE)


def _number(text: str) -> int | None:
    """The complaint a message names (`LPR-4`, `lpr 4`, `#4`, "laporan no 4") anywhere in it."""
    found = REFERENCE.search(text or "") or REPORT_NUMBER.search(text or "")
    return int(found.group(1)) if found else None


def names_complaint(text: str) -> bool:
    """Whether a message names a complaint (`LPR-4`, `lpr 4`, `#4`) anywhere in it."""
    return _number(text) is not None


def reference_alone(text: str, allowed: frozenset[str] = frozenset()) -> int | None:
    """The complaint a message names when it says little else than which one ("lpr 2", "untuk LPR-2 ya", "ke lpr 2
    aja"; words in `allowed` may come too): the answer to "which complaint?"."""
    number = _number(text)
    if number is None:
        return None
    left = set(content(REFERENCE.sub(" ", text))) - BEFORE_REFERENCE - REPORT_WORDS - allowed
    return None if left else number


_OPENING_OR_REPORT = OPENING | REPORT_WORDS | {"nomor", "no"}


def only_reference(text: str) -> bool:
    """A message that is a complaint's reference, or several ("lpr 1 & 2?", "laporan 1 ama 2"), and little else
    ("LPR-3", "lpr 3?", "LPR3 pak", "no LPR-3"): their status is asked."""
    rest = REFERENCE.sub(" ", NAMED.sub(" ", text or ""))
    return not [w for w in content(rest) if w not in _OPENING_OR_REPORT]


# Words that may come before a complaint's reference in an addition ("tambahan untuk laporan saya LPR-4: …"), and
# those that may open what follows it ("LPR-4 tambahan: …", "#4 berikut buktinya").
BEFORE_REFERENCE = EVIDENCE_WORDS | OPENING | {"untuk", "buat", "berikut", "laporan", "saya", "aku", "kami", "ini",
                                               "nomor", "no", "ke", "pada", "dari"}
# What opens an addition before the addition itself ("eh tambahin pak, …", "mau nambahin info pak, …"); a small
# word of address only when a comma or colon ends it ("pak RT bilang …" is the addition).
OPENS_ADDITION = EVIDENCE_WORDS | WANT | {"untuk", "buat", "berikut", "info", "informasi", "eh", "ehh", "oh", "wah",
                                          "nah", "hm", "hmm"}
FIRST_WORD = re.compile(r"\s*([^\s:,.;-]+)[\s:,.;-]*")


def _after_reference(text: str) -> str:
    """The addition itself: the text without the reference and the words for evidence that open it
    (`LPR-4 tambahan: …`, `tambahan untuk LPR-4 …` → `…`); the words of the addition are never touched."""
    rest = text or ""
    found = REFERENCE.search(rest)
    if found and all(set(chat_words(w)) <= BEFORE_REFERENCE for w in rest[:found.start()].split()):
        rest = rest[found.end():]
    while (first := FIRST_WORD.match(rest)) and chat_words(first.group(1)) and (
            set(chat_words(first.group(1))) <= OPENS_ADDITION  # as typed: "susunan" is no "susulan"
            or set(chat_words(first.group(1))) <= FILLER and set(first.group(0)) & set(",:;")):
        rest = rest[first.end():]
    return rest.strip(" :,.;-\n")


def _raw_index(text: str, count: int) -> int:
    """How many raw words of `text` make its first `count` standard words."""
    total = 0
    for index, raw in enumerate(WORD.findall((text or "").lower())):
        total += len(_standard(raw).split())
        if total >= count:
            return index + 1
    return len(WORD.findall((text or "").lower()))


def _after_words(text: str, count: int) -> str:
    """What `after_words` leaves, or "" when no word is left in it."""
    rest = after_words(text, count)
    return rest if WORD.search(rest.lower()) else ""


def unsatisfied(text: str) -> str | None:
    """The reason after a "not satisfied" (tidak/tdk/gak/nggak/kurang/belum puas, typos too, or kecewa), or None
    when the message does not open with one ("" when it gives no reason)."""
    raw = WORD.findall(_lowered(text))
    for index in range(min(len(raw), 3)):
        word = _standard(raw[index])
        if word in DISAPPOINTED:  # the reason starts at its words: "kecewa bu, masih bau" → "masih bau"
            return _without_leading_filler(_after_words(text, index + 1))
        if index + 1 < len(raw) and (word in SATISFIED_NEG or word == "tidak") and _is_puas(raw[index + 1]):
            return _without_leading_filler(_after_words(text, index + 2))
        if word not in FILLER and word not in {"saya", "aku", "masih", "sangat", "sungguh", "jujur"}:
            return None
    return None


def _is_puas(word: str) -> bool:
    return word.startswith("puas") or fuzz.ratio(word, "puas") >= 75


# "4", "nilai 5", "skor 3", "bintang 2", "rating 4", out of five: "4/5", "4 dr 5", "4 out of 5"
RATING_NUMBER = re.compile(r"(?:(?:nilai(?:nya)?|skor|score|bintang(?:nya)?|rating|rate)\s*)?"
                           r"([1-5])(?:\s*(?:/|dari|dr|out\s+of|of)\s*5)?(?![0-9])\W*", re.IGNORECASE)


def score(text: str) -> tuple[int, str] | None:
    """A rating given as a number 1–5 (or as stars) at the start of a message, with what follows it as the comment
    or reason: "4", "4 ⭐⭐⭐⭐ lumayan cepat", "1 masih bau", "nilai 5", "⭐⭐⭐", out of five "4/5", "4 dr 5"."""
    stripped = (text or "").strip()
    found = RATING_NUMBER.match(stripped)
    if found and not re.match(r"\d+\s*(?:cm|m|km|hari|jam|minggu|bulan|tahun|kali|x)\b", stripped, re.IGNORECASE):
        rest = STARS.sub("", stripped[found.end():]).strip(" \t\n,.-:!")
        return int(found.group(1)), rest
    stars = len(STARS.findall(stripped))
    if 1 <= stars <= 5 and STARS.match(stripped):
        return stars, STARS.sub("", stripped).strip(" \t\n,.-:!")
    return None


def names_reference(text: str) -> int | None:
    """The complaint a message names with `LPR-n` or `#n` (a bare number is not a reference here)."""
    number, _ = split_reference(text or "", bare=False)
    return number if number is not None else _number(text)


def most_alike(text: str, candidates: list[str]) -> int | None:
    """Which of several texts (complaints' titles and descriptions) is the only one sharing most words of four
    letters or more with a message ("sampahnya masih ada" and "sampah di TPS tidak diangkut"); None when it cannot
    tell."""
    found = all_most_alike(text, candidates)
    return found[0] if len(found) == 1 else None


def all_most_alike(text: str, candidates: list[str]) -> list[int]:
    """The texts sharing most words with a message, alike (several when it cannot tell which; none when none
    shares a word). As many words shared, the one whose opening words (what it is about: "Jalan kabupaten …")
    share most; then the one they open ("yang jalan gimana": the road's "Jalan di depan SD …", not "Lampu jalan
    …", where the road names the lamp's place; it showed the lamp, heard of last)."""
    said = {w for w in _long_words(text) if w not in NAMES_NO_COMPLAINT}  # "yang", "banget" name no complaint
    if not said:
        return []
    shared = []
    for candidate in candidates:
        words = _long_words(candidate)
        opening = words[:OPENING_WORDS]
        first = next((at for at, w in enumerate(opening) if _shared(said, {w})), OPENING_WORDS)
        shared.append((_shared(said, set(words)), _shared(said, set(opening)), -first))
    best = max(shared, default=(0, 0, 0))
    return [at for at, key in enumerate(shared) if key == best] if best[0] else []


OPENING_WORDS = 5


def words_against(text: str, about: str) -> tuple[int, int]:
    """How many of a message's words of four letters or more (less those any complaint may hold) the text `about`
    (a complaint's title and description) shares, and how many it does not: whether the message speaks of that
    complaint or of a matter of its own ("klaim JKM almarhum suami belum cair" shares nothing of a rubbish one)."""
    said = {w for w in _long_words(text) if w not in NAMES_NO_COMPLAINT}
    shared = _shared(said, set(_long_words(about)))
    return shared, len(said) - shared


# Words of how long, how much and how one feels, and of no need, which any complaint may hold: "kok lama banget, udah
# 2 hari ga ada kabar" showed the lamp complaint (its "gelap banget kalau malam") of a road and a lamp one.
NAMES_NO_COMPLAINT = frozenset("""banget bgt sekali sangat lama hari minggu bulan tahun seminggu sebulan setahun
    kabar sudah udah belum masih tidak
    kalau kalo sampai sampe sekarang tolong mohon terima kasih gimana bagaimana kapan kenapa juga tapi karena soalnya
    saya kami warga pagi siang sore malam tadi kemarin besok lagi
    usah perlu kedah""".split())  # "no need": "udah beres sendiri pak, gausah" tells no matter of its own
# ("tidak", where "ga"/"gak" are read: "yg jalan ga usah dilanjut" showed the rubbish one "ga diangkut")
# Affixes that leave the word's stem ("berlubang", "lubangnya": "lubang"), so either form names the same thing
_AFFIXES = re.compile(r"^(?:ber|ter|di|ke|se|pe|me)?(\w{4,}?)(?:nya|kan|an)?$")


def _shared(said: set[str], words: set[str]) -> int:
    """How many of the words `said` share a root with one of `words`: one's stem begins the other's ("lubangnya",
    "berlubang"), or their stems with the affixes of standard and spoken Indonesian removed meet ("bagiin",
    "membagikan": lapor.textnorm.affix_stems)."""
    stems = {_stem(b) for b in words}
    roots = set().union(*(_roots(b) for b in words)) if words else set()
    return sum(any(_stem(a).startswith(b) or b.startswith(_stem(a)) for b in stems) or not roots.isdisjoint(_roots(a))
               for a in said)


def _roots(word: str) -> frozenset[str]:
    """The word's stems of four letters or more (shorter ones meet by chance)."""
    return frozenset(stem for stem in textnorm.affix_stems(word) if len(stem) >= 4)


def _stem(word: str) -> str:
    found = _AFFIXES.match(word)
    return found.group(1) if found else word


SHORT_THINGS = frozenset("got air pju ktp blt bus wc".split())  # "yg got gimana": short, and still what it is about


def _long_words(text: str) -> list[str]:
    return [w for w in chat_words(text) if (len(w) >= 4 or w.removesuffix("nya") in SHORT_THINGS) and w not in FILLER]


CANCEL_WORDS = frozenset({"batal", "dibatalkan", "dibatalin", "batalin", "batalkan", "btl", "cancel"})
# A cancel said to be a slip: "kepencet", "tidak sengaja", "salah pencet"
SLIP = frozenset({"kepencet", "kepencét", "kepijet", "keteken", "sengaja", "pencet", "kepencet2"})
UNDO_MAX_WORDS = 6


def undo_cancel_asked(text: str) -> bool:
    """A cancel taken back ("eh jangan batal", "gak jadi batal pak", "jgn dibatalin", "kepencet", "tidak sengaja"):
    a word of cancelling denied, or a slip of the finger, in a short message."""
    said = [w for w in standard_words(text) if w not in FILLER]
    if not said or len(said) > UNDO_MAX_WORDS:
        return False
    denied = bool(set(said) & (NEGATION | {"jangan"}))
    going_ahead = set(said) <= GOING_AHEAD_AFTER_ALL and bool(set(said) & GOING_ON)  # "eh jadi deh", "lanjut aja"
    return denied and bool(set(said) & CANCEL_WORDS) or bool(set(said) & SLIP) and set(said) <= SLIP | NEGATION | {
        "salah", "jangan", "saya", "aku", "maaf", "tadi", "itu"} or going_ahead


# Going ahead after all, right after BATAL ("eh jadi deh", "jadi aja", "lanjut aja pak", "jadi lapor kok")
GOING_ON = frozenset({"jadi", "lanjut", "lanjutkan", "lanjutin", "terusin", "teruskan", "sido"})
GOING_AHEAD_AFTER_ALL = GOING_ON | frozenset({"lapor", "kok", "saya", "aku", "tetap", "tetep", "wae", "ae",
                                             # "eh jadi deh, kirim aja": the draft back (it got the menu)
                                             "kirim", "kirimkan", "kirimin", "dikirim", "proses", "diproses"})


# Starting over asked mid-filing ("ulang", "ulangi dari awal", "eh salah semua, ulang ya pak", "mulai lagi dari awal",
# Javanese "baleni", Sundanese "ti awal deui", "start over"): a verb of doing again, "from the start" or "start
# again", with only small words around it ("ulang tahun", "mulai lagi banjirnya", "ulangan" tell other things)
RESTART_VERBS = frozenset({"ulang", "ulangi", "ulangin", "mengulang", "mengulangi", "ngulang", "ngulangi", "diulang",
                           "diulangi", "restart", "reset", "baleni", "mbaleni", "dibaleni"})
FROM_THE = frozenset({"dari", "ti", "soko", "seko", "teko", "from"})
STARTING = frozenset({"mulai", "start", "wiwit"})
RESTART_AROUND = RESTART_VERBS | FROM_THE | STARTING | frozenset("""awal lagi maneh deui over again isi ngisi semua
    semuanya salah tadi laporan lapor laporannya saya aku mau bisa boleh tidak kah ae wae""".split())
AGAIN_WORDS = frozenset({"lagi", "maneh", "over", "again", "deui"})  # "mulai lagi", "start over"


def restart_asked(text: str) -> bool:
    """Whether a short message asks to start filing over (see RESTART_VERBS)."""
    said = content(text)
    if not said or len(said) > UNDO_MAX_WORDS or not set(said) <= RESTART_AROUND:
        return False
    return bool(set(said) & RESTART_VERBS) or any(
        (first in FROM_THE and second == "awal") or (first in STARTING and second in AGAIN_WORDS)
        for first, second in itertools.pairwise(said))


# A question by its mark or its words, about anything the region may answer ("jam berapa kantor bupati buka",
# "perpusda buka hari minggu gk?", "libur nasional kah?", "perpanjang sim dimana"): the words that ask, and the words
# around it that name no topic ("bisa bantu saya?" asks for help, "apa ini" what this is)
ASKING_ANY = QUESTION_WORDS | frozenset({"dimana", "dmn", "mana", "kemana", "boleh", "bisa", "bisakah", "bolehkah",
                                         "adakah", "bagaimanakah", "kapankah", "berapakah", "apakah", "where", "when",
                                         "what", "can"})
NO_TOPIC = (ASKING_ANY | OPENING | FILLER | INQUIRING | WANT | NEGATION | frozenset(
    """saya aku kami kita sy ini itu ada di ke dari untuk buat bantu bantuan membantu dibantu help orang tanya nanya
    bertanya sesuatu hal mau nyambung tersambung terhubung resmi benar bener""".split()) | RULERS)  # "ini nyambung
# kan ke pemkab?" asks about this service
QUESTION_TOPIC_MIN = 2


# A negation closing a message is a question's tag ("kantor dukcapil buka sabtu ga": or not)
TAGS = frozenset({"ga", "gak", "gk", "nggak", "ngga", "enggak", "engga", "kagak", "ndak", "nda", "tidak", "ora",
                  "henteu"})
# Asking when something is mended or cleared is a complaint ("kapan jalan di desa sukamaju diperbaiki")
MENDING = frozenset({"diperbaiki", "diperbaikin", "dibenerin", "dibetulin", "dibetulkan", "diangkut", "dibersihkan",
                     "diaspal", "ditambal", "dicor", "ditindak", "ditertibkan", "ditangani", "diselesaikan"})


def asks_a_question(text: str) -> bool:
    """Tell whether a message asks about something, by a question mark or its words, and complains of nothing (no
    problem named, no lack, no "why"): a negation closing it is a tag ("buka sabtu ga?": or not), and "kapan" asks
    when ("kapan pendaftaran cpns dibuka"). "bisa bantu saya?", "apa ini" name no topic."""
    said, typed = standard_words(text), chat_words(text)
    tagged = bool(typed) and typed[-1] in TAGS
    if not said or not ("?" in text or tagged or _asking_in(said, ASKING_ANY)  # "brp hari yg lalu": no asking
                        or any(len(w) > 5 and w.endswith("kah") for w in said)):
        return False
    body = said[:-1] if said[-1] in NEGATION else said
    if (set(body) & ((COMPLAINING - {"kapan"}) | MENDING) or names_a_problem(text) or tells_a_lack(text)
            or "why" in said):
        return False
    return len([w for w in body if w not in NO_TOPIC and not w.isdigit()]) >= QUESTION_TOPIC_MIN


# Whether the region offers a programme or aid, asked ("apakah pemda ada program beasiswa untuk anak kurang mampu?",
# "min ada bantuan modal usaha gak buat umkm", Sundanese "aya bantuan modal teu"): a request for information, however
# long, when it tells no lack, wrong or problem beside the question's own tag ("gak buat umkm": or not, for …)
PROGRAMMES = frozenset("""program programnya bantuan bantuannya beasiswa beasiswanya bansos blt pkh kip kis bpnt
    subsidi subsidinya pelatihan pelatihannya modal pinjaman kredit hibah santunan insentif sembako bedah rehab
    kursus magang pembinaan""".split())
THERE_IS = frozenset({"ada", "adakah"})
# What may follow a question's tag inside the sentence ("ada bantuan gak buat umkm", "ada program ga tahun ini")
AFTER_TAG = FILLER | OPENING | frozenset("""buat untuk utk bagi kagem kanggo di dari tahun taun ini sekarang skrg
    ya kah""".split())
PROGRAMME_MAX_WORDS = 20


def asks_after_a_programme(text: str) -> bool:
    """Whether a message asks whether a programme or aid is offered ("ada bantuan modal usaha gak buat umkm",
    "adakah pelatihan kerja gratis …?"), complaining of nothing: no problem, no "why", and every negation the tag
    of the question ("gak buat umkm"), never a lack ("tidak cair", "gak sampai ke warga")."""
    if len((text or "").split()) > PROGRAMME_MAX_WORDS:  # cheap: a story is not read word by word here
        return False
    said = standard_words(text)
    words = set(said)
    if not words & PROGRAMMES or not words & THERE_IS or names_a_problem(text) or words & (WHY_WORDS | MENDING):
        return False
    tags = [i for i, w in enumerate(said) if w in NEGATION or w in TAGS]
    if any(i + 1 < len(said) and said[i + 1] not in AFTER_TAG for i in tags):
        return False  # "gak sampai ke warga", "belum ada kabar": a lack
    return "?" in text or bool(tags) or bool(words & (ASKING_ANY | {"apa"}))


# A time waited, told alone ("udah 5 hari nih", "dah seminggu lho pak", "udh 3hr", "sampun kalih minggu"): impatience,
# about the citizen's open complaint; "sudah 5 hari jalannya tergenang" tells what happened meanwhile
SPAN_UNITS = frozenset({"hari", "minggu", "bulan", "tahun", "jam", "pekan", "hr", "mgg", "bln", "thn"})
WHOLE_SPANS = frozenset({"seminggu", "sebulan", "setahun", "sepekan", "seharian", "berhari", "berminggu", "berbulan",
                         "bertahun", "semingguan", "sebulanan", "seminggon",
                         "saminggu", "sabulan", "sataun"})  # Sundanese
COUNTS = frozenset("satu dua tiga empat lima enam tujuh delapan sembilan sepuluh beberapa bbrp".split())
SPAN_RUN_TOGETHER = re.compile(r"\d+(?:hr|hri|hari|mg|mgg|minggu|bln|bulan|thn|tahun|jam)")
WAITED_TALK = IMPATIENCE_TALK | NEWS_WORDS | WAITING_WORDS | NEGATION | TAGS | THIS | frozenset(
    "ada lebih hampir nunggu menunggu ditunggu lho loh sama sekali juga lagi".split())
WAITED_MAX_WORDS = 8


def waited_only(text: str) -> bool:
    """Whether a short message tells nothing but a time waited ("udah 5 hari nih", "sdh seminggu blm ada kabar"):
    a span of days, weeks or months, and only words of waiting, news, emphasis and address beside it."""
    if len((text or "").split()) > WAITED_MAX_WORDS:  # cheap: a story is not read word by word here
        return False
    said = [w for w in standard_words(text) if w not in OPENING]
    counted = [w.isdigit() or w in COUNTS for w in said]
    spans = [w in WHOLE_SPANS or bool(SPAN_RUN_TOGETHER.fullmatch(w)) or (w in SPAN_UNITS and i > 0 and counted[i - 1])
             for i, w in enumerate(said)]
    return any(spans) and all(span or count or w in SPAN_UNITS or w in WAITED_TALK
                              for w, span, count in zip(said, spans, counted, strict=True))

# Nobody come yet, told with little else ("udah 3 hari kok blm ada yg dtg", "sdh seminggu gak ada yg dateng", "blm ada
# petugas yg dateng pak", Javanese "durung ono sing teko", Sundanese "can aya nu datang"): impatience about one's open
# complaints, however many; "udah ada yg dateng kemarin tapi …" tells, "… gak ada bidan yg dateng ke posyandu" is a
# story of its own
WHO_COMES = frozenset({"yang", "sing", "nu", "se", "petugas", "petugasnya", "orang", "orangnya", "siapapun", "siapa",
                       "pun", "dari", "dinas", "pemda", "sampai", "hingga", "sampe", "sekarang", "ke", "sini", "lokasi",
                       "tempat", "kesini", "kemari", "mriki", "dieu", "ngecek", "liat", "lihat", "melihat"})
NOT_COME_YET = NEGATION | TAGS | frozenset({"can", "durung", "dereng", "acan"})
NOBODY_MAX_WORDS = 12


def nobody_came(text: str) -> bool:
    """Whether a short message says only that nobody has come yet (about the citizen's open complaints): a "not yet"
    before a word of coming within a few words ("blm ada yg dtg"), and only words of waiting, of who comes and of
    time beside them."""
    if len((text or "").split()) > NOBODY_MAX_WORDS:  # cheap: a story is not read word by word here
        return False
    said = [w for w in standard_words(text) if w not in OPENING]
    came = [i for i, w in enumerate(said) if w in COMING]
    if not came or not any(w in NOT_COME_YET for w in said[max(came[0] - 4, 0):came[0]]):
        return False
    return all(w in WAITED_TALK or w in COMING or w in WHO_COMES or w in NOT_COME_YET or w in SPAN_UNITS
               or w in WHOLE_SPANS or w in COUNTS or w.isdigit() or SPAN_RUN_TOGETHER.fullmatch(w) for w in said)


# A time of worship asked ("jam berapa sholat ied di alun2?", "jadwal imsakiyah", "kapan idul adha"): not the region's
WORSHIP_CUES = ("sholat", "salat", "shalat", "solat", "imsak", "puasa", "ied", "idul", "adzan", "azan", "tarawih",
                "jumatan", "lebaran", "maghrib", "magrib", "subuh", "dzuhur", "zuhur", "ashar", "isya")
# the hours of prayer ("subuh", "maghrib") tell a time of day as well: a prayer's word is asked with them
WORSHIP = frozenset({"sholat", "salat", "shalat", "solat", "imsak", "imsakiyah", "puasa", "ied", "idul", "idulfitri",
                     "iduladha", "adzan", "azan", "tarawih", "jumatan", "lebaran", "ramadhan", "ramadan", "sahur",
                     "berbuka"})
WORSHIP_ASKED_WORDS = 6  # "jam buka puasa hari ini": asked without a mark
TIMES_ASKED = frozenset({"jam", "kapan", "jadwal", "jadwalnya", "tanggal", "waktu", "hari", "berapa"})


def worship_time_asked(text: str) -> bool:
    """Tell whether a question asks when a prayer, a fast or a feast is ("jam berapa sholat ied di alun2 besok?",
    "jadwal imsakiyah ramadhan", "kapan idul adha"); a complaint about a mosque's loudspeaker at dawn asks nothing."""
    lowered = text.lower()
    if not any(cue in lowered for cue in WORSHIP_CUES):  # cheap first
        return False
    said = set(standard_words(text))
    if len(said) > OFFICIALS_NUMBER_WORDS:  # a story that passes a night till dawn asks no prayer's time
        return False
    asked = "?" in text or bool(said & ASKING_ANY) or "jadwal" in said or len(said) <= WORSHIP_ASKED_WORDS
    return bool(said & WORSHIP and said & TIMES_ASKED) and asked and not names_a_problem(text)


# An official's own number asked ("nomor WA pak bupati berapa ya?", "minta kontak kepala dinas", "no wa pak lurah");
# an office's number is public information ("nomor telepon kantor camat")
NUMBER_CUES = ("nomor", "nomer", "no ", "no.", "nmr", "kontak", "wa ", "hp ", "telp", "telepon", "whatsapp")
NUMBER_NAMES = frozenset({"nomor", "nomer", "no", "nmr", "kontak", "contact", "wa", "whatsapp", "hp", "telp", "telepon",
                          "telpon", "handphone", "pribadi"})
HIGH_OFFICIALS = frozenset({"bupati", "wabup", "camat", "lurah", "kades", "kadis", "sekda", "dprd", "dewan",
                            "walikota", "gubernur", "pejabat", "kapolres", "kapolsek", "danramil", "sekdes"})
HEADED = frozenset({"dinas", "desa", "daerah", "bidang", "bagian", "sekolah", "puskesmas", "kua", "badan", "kantor"})
OFFICIALS_NUMBER_WORDS = 12  # asked in a line; a story naming a phone call and a head is longer
PLACES_OF_OFFICE = frozenset({"kantor", "kantornya", "layanan", "pengaduan", "laporan", "call", "center", "darurat"})


def officials_number_asked(text: str) -> bool:
    """Tell whether a message asks for an official's own phone number; "nomor laporan saya", "nomor kantor camat"
    ask no such thing."""
    lowered = f"{text.lower()} "
    if not any(cue in lowered for cue in NUMBER_CUES):  # cheap first
        return False
    typed = chat_words(text)
    said = set(standard_words(text)) | set(typed)
    headed = any(w == "kepala" and after in HEADED for w, after in zip(typed, typed[1:], strict=False))  # not a head
    return (len(typed) <= OFFICIALS_NUMBER_WORDS and bool(said & NUMBER_NAMES) and bool(said & HIGH_OFFICIALS or headed)
            and not said & PLACES_OF_OFFICE and not names_a_problem(text))


# A report made elsewhere: on SP4N-LAPOR!, a website, by letter, at an office ("laporan saya di SP4N LAPOR sudah 2
# bulan tidak direspon", "saya lapor lewat lapor.go.id", "sudah kirim surat ke bupati belum dibalas", "sudah lapor ke
# kelurahan tapi ga ditanggapi"); "surat pengantar dari desa belum keluar" is a letter not given, no report
ELSEWHERE_CUES = ("sp4n", "lapor.go", "lapor go", "web", "situs", "surat", "email", "kelurahan", "kecamatan", "desa",
                  "ombudsman", "dprd", "instagram", "facebook", "aplikasi", "online", "kantor", "lurah", "camat",
                  "kades", "bupati", "dinas", "rt", "rw")
ONLINE = frozenset({"website", "web", "situs", "email", "instagram", "ig", "facebook", "fb", "aplikasi", "online"})
REPORTED_THROUGH = frozenset({"di", "lewat", "melalui", "via", "ke", "pake", "pakai"})
LOCAL_OFFICES = frozenset({"kelurahan", "kecamatan", "desa", "kantor", "dprd", "ombudsman", "bupati", "dinas",
                           "lurah", "camat", "kades", "rt", "rw"})
LETTER_SENT = frozenset({"kirim", "mengirim", "dikirim", "ngirim", "kirimkan", "ajukan", "mengajukan", "diajukan"})
REPORTING = REPORT_WORDS | frozenset({"lapor", "melapor", "mengadu", "ngadu"})
UNANSWERED = frozenset({"tidak", "belum", "respon", "direspon", "tanggapan", "ditanggapi", "dibalas", "balasan",
                        "kabar", "jawaban", "dijawab", "ditindaklanjuti", "diproses", "lama"})


def reported_elsewhere(text: str) -> bool:
    """Tell whether a message tells of a report made elsewhere that went unanswered: a report made on SP4N-LAPOR! or
    on line, to an office, or a letter sent, and no news of it; "laporan saya kemarin gimana" names no other place."""
    lowered = text.lower()
    if not any(cue in lowered for cue in ELSEWHERE_CUES):  # cheap first
        return False
    said = chat_words(text)
    every = set(said) | set(standard_words(text))
    if not every & UNANSWERED:
        return False
    before = [set(said[max(i - 2, 0):i]) for i in range(len(said))]
    letter = any(w == "surat" and before[i] & LETTER_SENT for i, w in enumerate(said))
    reported = bool(every & REPORTING)
    online = "sp4n" in lowered or "lapor.go" in lowered or any(
        w in ONLINE and before[i] & REPORTED_THROUGH for i, w in enumerate(said))
    office = any(w in LOCAL_OFFICES and ("ke" in before[i] or before[i] & BETWEEN and "ke" in said[max(i - 3, 0):i])
                 for i, w in enumerate(said))  # "ke lurah", "ke pak RT"
    return letter or reported and (online or office)


# Crimes and their victims: a short message with one begins a story ("saya korban penipuan online pak", "ada yang
# jual sabu di kampung saya"; both got the menu)
CRIMES = frozenset("""penipuan penipu ditipu tertipu korban sabu narkoba narkotika ganja pil koplo judi judol togel
    miras oplosan prostitusi pencurian dicuri kecurian begal dibegal jambret dijambret curanmor pinjol rentenir preman
    premanisme tawuran pemerasan diperas""".split())
STORY_BEGINNERS = TROUBLES | WRONGS | THREATS | CRIMES


# Another language asked for ("bisa bahasa inggris?", "can you speak english", "bs pake bhs jawa gk"): a word of
# language with a language's name, in a short message telling no problem. "bahasa inggrisnya jalan rusak apa ya"
# asks a word, not the service's language: a word of translating ("nya" on the language, "artinya") says so.
LANGUAGE_CUES = ("bahasa", "bhs", "basa", "english", "inggris", "speak", "language")
LANGUAGE_WORDS = frozenset({"bahasa", "bhs", "basa", "speak", "language", "pakai", "pake", "bisa", "bs", "please",
                            "pls", "plis", "only", "mohon", "tolong"})
LANGUAGE_NAMES = frozenset({"inggris", "english", "eng", "jawa", "sunda", "madura", "arab", "mandarin", "cina",
                            "china", "jepang", "korea", "melayu", "malay", "belanda", "indonesian"})
LANGUAGE_MAX_WORDS = 8
# ... a few words more when one's own language is told ("sorry I don't speak Indonesian, is it a complaint?",
# "i only speak english, can someone help me"): they joined the story of a draft
NOT_SPOKEN = frozenset({"speak", "understand", "only"})
LANGUAGE_MORE_WORDS = 6


def language_asked(text: str) -> bool:
    """Tell whether a short message asks to be served in another language ("bisa bahasa inggris?", "English
    please"); not a word's translation asked ("bahasa inggrisnya jalan rusak apa ya")."""
    lowered = text.lower()
    if not any(cue in lowered for cue in LANGUAGE_CUES):  # cheap first
        return False
    said = chat_words(text)
    longest = LANGUAGE_MAX_WORDS + (LANGUAGE_MORE_WORDS if set(said) & NOT_SPOKEN else 0)
    if len(said) > longest or any(w.endswith("nya") or w in {"artinya", "arti"} for w in said):
        return False
    named = set(said) & LANGUAGE_NAMES or set(said) & NOT_SPOKEN and "bahasa" in said  # "I don't understand bahasa"
    return bool(named) and bool(set(said) & LANGUAGE_WORDS)


# A question about a matter no government service holds ("cuaca besok gimana", "besok hujan ga ya?", "skor bola
# semalam"): a word of that matter in a short message asking, telling no problem ("pohon tumbang krn cuaca buruk")
OFF_TOPIC_CUES = ("cuaca", "hujan", "weather", "skor", "bola", "togel", "zodiak", "ramalan", "resep", "kurs", "lagu")
OFF_TOPICS = frozenset({"cuaca", "cuacanya", "hujan", "weather", "prakiraan", "skor", "skornya", "bola", "togel",
                        "zodiak", "ramalan", "resep", "kurs", "lagu", "film"})
OFF_TOPIC_MAX_WORDS = 8


def off_topic_asked(text: str) -> bool:
    """Tell whether a short question asks about a matter outside government services (the weather, a match's
    score, a recipe): never one telling a problem."""
    lowered = text.lower()
    if not any(cue in lowered for cue in OFF_TOPIC_CUES):  # cheap first
        return False
    said = chat_words(text)
    if len(said) > OFF_TOPIC_MAX_WORDS or not set(said) & OFF_TOPICS or names_a_problem(text):
        return False
    asked = "?" in text or bool(set(said) & ASKING_ANY) or bool(set(said) & {"ga", "gak", "gk", "nggak", "tidak",
                                                                              "brp", "gmn", "gimana", "kah"})
    return asked


# A report made by phone ("saya kemarin lapor lewat telepon", "sudah nelpon call center"): a word of calling and one
# of reporting (or the calling itself), in a message telling no problem: it cannot be seen here
PHONE_CUES = ("telp", "telep", "tlp", "nelp", "call")
PHONING = frozenset({"telepon", "telpon", "telp", "tlp", "tilpun", "nelpon", "nelepon", "menelepon", "menelpon",
                     "ditelpon", "ditelepon", "telfon", "nelfon", "call", "callcenter"})
CALLED = frozenset({"nelpon", "nelepon", "menelepon", "menelpon", "nelfon", "call"})  # calling is the reporting
CALLED_WHEN = frozenset({"sudah", "udah", "udh", "sdh", "kemarin", "kemaren", "tadi", "td", "pernah", "barusan",
                         "lalu"})  # told as done
CALL_WISHED = frozenset({"boleh", "bisa", "bs", "mau", "ingin", "pengen", "minta", "nomor", "nomer", "no"})
BY_PHONE_MAX_WORDS = 14


def reported_by_phone(text: str) -> bool:
    """Tell whether a message says the citizen reported by phone (told, no problem named): "saya kemarin lapor lewat
    telepon", "td pagi sy udh lapor via telpon ke kantor camat"."""
    lowered = text.lower()
    if not any(cue in lowered for cue in PHONE_CUES):  # cheap first
        return False
    said = chat_words(text)
    every = set(said) | set(standard_words(text))
    if len(said) > BY_PHONE_MAX_WORDS or not every & PHONING or names_a_problem(text):
        return False
    if not every & CALLED_WHEN or every & CALL_WISHED:  # "boleh saya telpon petugas …?" asks for a person
        return False
    return bool(every & REPORTING or every & CALLED)


# A message sent by mistake ("maaf salah kirim", "sori min kepencet", "salah nomor ya"): a word of mistaking with
# what was mistaken, and only courtesy around it
MISTAKE_CUES = ("salah", "pencet", "keliru")
MISTAKEN = frozenset({"kirim", "krm", "kirm", "chat", "cht", "nomor", "nomer", "no", "orang", "kontak", "grup",
                      "group", "pencet", "kepencet", "kepncet", "tekan", "kirimnya", "ketik"})
MISTAKE_TALK = frozenset("""maaf mohon sorry sori sory punten nuwun ngapunten pak bu min mas mbak kak bang ya yah
    ya tadi td barusan ini itu saya sy aku pesan pesannya abaikan aja saja kok hehe wkwk maap mf salah keliru
    kepencet kepncet tidak ga gak jadi""".split())
MISTAKE_MAX_WORDS = 8


def sent_by_mistake(text: str) -> bool:
    """Tell whether a short message says the one before was sent by mistake ("maaf salah kirim", "maaf pak salah
    chat", "sori kepencet"): not a story of something sent wrong ("rekening air saya salah kirim tagihannya")."""
    lowered = text.lower()
    if not any(cue in lowered for cue in MISTAKE_CUES):  # cheap first
        return False
    said = chat_words(text)
    if len(said) > MISTAKE_MAX_WORDS:
        return False
    mistaken = {"kepencet", "kepncet"} & set(said) or (
        {"salah", "keliru"} & set(said) and MISTAKEN & set(said))
    return bool(mistaken) and all(w in MISTAKE_TALK or w in MISTAKEN for w in said)


# Whether one's message got through, asked by someone trying the line ("tes masuk ga", "oke masuk ya", "chat sy
# nyampe ga pak"): words of arriving and of a message or a test, nothing else ("air masuk rumah" tells a story,
# "laporan saya udah masuk belum?" asks after a report)
ARRIVED = frozenset({"masuk", "nyampe", "nyampai", "terkirim", "kekirim", "diterima"})
ARRIVED_TALK = ARRIVED | TAG_PARTICLES | frozenset("""tes test testing tst coba cek pesan pesannya chat chatnya wa sms
    ini itu saya aku ya tidak belum sudah apa apakah kah halo hallo min admin kak pak bu""".split())
ARRIVED_MAX_WORDS = 8


def asks_if_through(text: str) -> bool:
    """Tell whether a short message asks whether the writer's message got through ("pesan saya masuk gak?")."""
    said = standard_words(text)
    return 0 < len(said) <= ARRIVED_MAX_WORDS and bool(set(said) & ARRIVED) and set(said) <= ARRIVED_TALK


# An insult with nothing else told ("dasar pemda lelet", "anjing lama bgt", "goblok semua petugasnya"): a coarse word
# (lapor.complaints.softened's, or an oath opening it), "dasar" before whom it scorns, or scorn itself ("ga becus"),
# in a short message
INSULT_MAX_WORDS = 8
# "anjing lama bgt", "asu suwe men", "babi kok lama"; "anjing lama bener, udh seminggu", "… udah 2 minggu"
OATH_TALK = SLOW | IMPATIENCE_TALK | URGING | WAITING_WORDS | WHOLE_SPANS | SPAN_UNITS


def insults(text: str) -> bool:
    """Tell whether a short message (no digits: "2 meter") insults, with a coarse word, "dasar …" or scorn ("ga
    becus")."""
    if len(text.split()) > INSULT_MAX_WORDS:
        return False
    said = chat_words(text)
    # a number answers ("2 meter"), unless it counts the time waited ("udah 2 minggu", "udh 3hr")
    waited = {i for i, w in enumerate(said) if SPAN_RUN_TOGETHER.fullmatch(w)
              or w.isdigit() and said[i + 1:i + 2] and said[i + 1] in SPAN_UNITS}
    if not said or any(ch.isdigit() for i, w in enumerate(said) if i not in waited for ch in w):
        return False
    # "anjing lama bgt": sworn first; not a dog's story ("anjing liar gigit anak saya")
    oath = said[0] in OATHS and len(said) > 1 and all(w in OATH_TALK or i in waited for i, w in enumerate(said) if i)
    return (oath or softened(text) != text or said[0] == "dasar" or "becus" in said
            or "gaji" in said and "buta" in said)


# Venting with nothing told ("aku mau curhat aja sih min", "lagi galau pengen cerita", "butuh temen ngobrol"): a word
# of venting, or a friend to talk to wished, in a short message naming no problem, thing or report
VENT_CUES = ("curhat", "curcol", "galau", "sedih", "stres", "stress", "depresi", "kesepian", "sumpek", "temen", "teman")
VENTING = frozenset({"curhat", "curhatan", "curcol", "galau", "sedih", "stres", "stress", "setres", "depresi",
                     "kesepian", "sumpek", "bete", "gundah", "mumet"})
FRIENDS = frozenset({"teman", "temen", "temán", "kawan", "konco"})
CHATTING = frozenset({"cerita", "ngobrol", "curhat", "ngomong", "bicara", "bercerita", "ngobrol2"})
VENT_MAX_WORDS = 10


def venting(text: str) -> bool:
    """Tell whether a short message only wishes to vent ("mau curhat aja min", "lagi galau"): not a story ("mau
    curhat soal jalan rusak depan rumah", "anak saya sedih dibully di sekolah")."""
    lowered = text.lower()
    if not any(cue in lowered for cue in VENT_CUES):  # cheap first
        return False
    said = set(standard_words(text)) | set(chat_words(text))
    if len(chat_words(text)) > VENT_MAX_WORDS or names_a_problem(text) or _things(text):
        return False
    wished = said & VENTING or said & FRIENDS and said & CHATTING
    return bool(wished) and not said & (REPORTING | WRONGS | THREATS | {"soal", "tentang", "masalah", "anak"})


# Job openings asked ("min ada loker gak", "info lowongan kerja dong", "cari kerjaan ada?"): a word of a job sought in a
# short message naming no problem ("loker sekolah rusak" is a locker; "melamar kerja dimintai uang" a story)
JOB_CUES = ("loker", "lowker", "lowongan", "kerja")
JOB_WORDS = frozenset({"loker", "lowker", "lowongan", "lowongannya", "kerjaan", "pekerjaan",
                       "rekrutmen", "rekrutan"})
JOB_SEEKING = frozenset({"cari", "nyari", "mencari", "butuh", "info", "informasi", "ada", "buka", "dibuka", "lamar",
                         "melamar", "daftar", "mendaftar"})
JOB_MAX_WORDS = 10
JOB_WRONGED = frozenset({"dimintai", "dimintain", "dipungut", "ditipu", "penipuan"})
_JOB_WRONGS = WRONGS | JOB_WRONGED | REPORTING


def _short_cued(text: str, cues: tuple[str, ...], max_words: int, wrongs: frozenset[str]) -> set[str] | None:
    """The words (as typed and standard) of a short message holding one of `cues` (a substring test first, cheap)
    that names no problem and none of `wrongs`; None for any other."""
    lowered = text.lower()
    if not any(cue in lowered for cue in cues):
        return None
    typed = chat_words(text)
    said = set(typed) | set(standard_words(text))
    return None if len(typed) > max_words or names_a_problem(text) or said & wrongs else said


def jobs_asked(text: str) -> bool:
    """Tell whether a short message asks for job openings ("min ada loker gak", "butuh kerja pak, ada info?"): never
    one telling a problem or a wrong ("tes cpns dimintai uang")."""
    said = _short_cued(text, JOB_CUES, JOB_MAX_WORDS, _JOB_WRONGS)
    if said is None or said & (RULERS | LOCAL_OFFICES):  # "ada lowongan kerja di pemda?": the region's own hiring, a
        return False  # request for information
    work_sought = "kerja" in said and said & (JOB_SEEKING | {"lowongan"})  # "cari kerja", "butuh kerja"
    return bool(said & JOB_WORDS and said & (JOB_SEEKING | ASKING_ANY) or work_sought)


# A message meant for someone else: a religious teacher or a congregation's business ("assalamualaikum ustadz, mau
# tanya jadwal pengajian", "pak kyai besok ada yasinan?"), which no government service holds
ANOTHERS_CUES = ("ustad", "ustaz", "kyai", "kiai", "habib", "pengajian", "yasinan", "tahlilan", "majelis", "kajian")
ADDRESSED_ELSEWHERE = frozenset({"ustadz", "ustad", "ustaz", "ustadzah", "ustazah", "ustadzh", "kyai", "kiai", "habib",
                                 "gus", "abah"})
CONGREGATION = frozenset({"pengajian", "yasinan", "tahlilan", "majelis", "taklim", "kajian", "arisan", "khataman"})
ANOTHERS_MAX_WORDS = 12
_ANOTHERS_WRONGS = WRONGS | THREATS | REPORTING


def meant_for_another(text: str) -> bool:
    """Tell whether a short message is meant for a religious teacher or a congregation, naming no problem ("speaker
    masjid …" and "ustadz di pondok memukul santri" are stories)."""
    said = _short_cued(text, ANOTHERS_CUES, ANOTHERS_MAX_WORDS, _ANOTHERS_WRONGS)
    return said is not None and bool(said & CONGREGATION
                                     or said & ADDRESSED_ELSEWHERE and said & (ASKING_ANY | INQUIRING | WANT))


def agency_contact_asked(text: str) -> bool:
    """Tell whether a message asks for an agency's own number or contact ("berapa nomor wa dinas sosial?", "nomor
    telpon dlh berapa"), no officer's ("minta no hp petugas dlh") nor a machine's."""
    every = [w.removesuffix("nya") if len(w) > 6 else w for w in standard_words(text)]
    said = set(every)
    if not said & CONTACT_WORDS or said & (OFFICIALS | MACHINE):
        return False
    return _asks_contact(every, said) and not any(w.endswith("nya") for w in chat_words(text) if w[:2] in {"no", "ko"})


# An answer promised for later while a question waits ("sebentar ya pak sy ukur dulu", "nanti saya kirim fotonya",
# "sy cek dulu ya", "besok sy fotoin pak"): a word of later before a verb of finding out or sending, or "dulu" after
# it, in a short message telling nothing else (no digit, no problem); "dulu sy lihat lubangnya kecil" tells the past
LATER = frozenset({"sebentar", "bentar", "bntar", "sebntar", "tunggu", "tggu", "nanti", "ntar", "entar",
                   "nnti", "nti", "besok", "bsk", "ntr", "otw", "segera"})
FINDING_OUT = frozenset("""kirim kirimin kirimkan krm ngirim ukur ukurin mengukur ngukur cek ngecek dicek lihat liat
    lihatin liatin melihat foto fotoin fotokan motret moto potoin ambil ambilin ambilkan tanya tanyain tanyakan
    nanya cari cariin carikan survei survey kesana cek2 kabari kabarin kabarkan info infoin infokan hitung itung
    hitungin itungin share kasih kasi""".split())
PROMISE_MAX_WORDS = 10


def answer_promised(text: str) -> bool:
    """Tell whether a short message promises the answer later ("sebentar ya pak sy ukur dulu", "nanti saya kirim
    fotonya"): nothing told yet."""
    if any(ch.isdigit() for ch in text):
        return False
    typed = [w.removesuffix("nya") if len(w) > 5 else w for w in chat_words(text)]
    if not typed or len(typed) > PROMISE_MAX_WORDS or names_a_problem(text):
        return False
    doing = [i for i, w in enumerate(typed) if w in FINDING_OUT]
    if any(set(typed[:i]) & LATER or "dulu" in typed[i + 1:] or "dl" in typed[i + 1:] for i in doing):
        return True
    later = set(typed) & LATER
    if later and set(content(text)) <= LATER | {"dulu", "dl", "ya", "yah"}:  # "sebentar ya pak", "tunggu bentar"
        return True
    busy = any(w in NOW_BUSY and set(typed[i + 1:i + 4]) & BUSY for i, w in enumerate(typed))
    return bool(later) and busy  # "bentar pak, saya lagi di jalan", "nanti ya, sy masih kerja"


NOW_BUSY = frozenset({"lagi", "lg", "masih", "msh", "sedang", "sdg", "lgi"})
BUSY = frozenset({"sibuk", "kerja", "nyetir", "rapat", "jalan", "luar", "kantor", "sawah", "pasar", "repot", "masak",
                  "ngajar", "perjalanan", "dijalan", "kerjo", "nyambut"})


# An objection to a decision ("saya ga terima", "gk setuju pak", "saya protes", "keberatan"): a word of objecting, or
# of accepting or agreeing denied; "terima" is also "receive" ("saya ga terima bansos"), so the caller checks what it
# is about
OBJECTING = frozenset({"protes", "keberatan", "sanggah", "menyanggah", "banding", "complain"})
ACCEPTING = frozenset({"terima", "trima", "nerima", "menerima", "setuju", "stuju", "sepakat", "ikhlas", "rela"})


def objects(text: str) -> bool:
    """Tell whether a message objects to a decision ("saya ga terima, itu lampu pemda bukan pln", "gak setuju")."""
    said = standard_words(text)
    return bool(set(said) & OBJECTING) or any(
        w in ACCEPTING and set(said[max(i - 2, 0):i]) & NEGATION for i, w in enumerate(said))


# Going to the office in person ("besok saya ke kantor dinas aja ya", "sy dtg langsung ke kelurahan aja deh", "tak
# parani kantore wae"): a visit, an office, and a word of intent, no past, no problem and no question
OFFICE_CUES = ("kantor", "dinas", "kelurahan", "kecamatan", "balai", "pendopo", "pemda", "pemkab", "desa")
OFFICE_PLACES = frozenset({"kantor", "kantornya", "kantore", "dinas", "dinasnya", "kelurahan", "kecamatan", "balai",
                           "pendopo", "pemda", "pemkab", "desa", "pemerintah"})
VISITING = frozenset({"ke", "datang", "dateng", "dtg", "datangi", "datengin", "mendatangi", "mampir", "samperin",
                      "nyamperin", "menghadap", "sowan", "parani", "kesana", "kesitu", "kono", "mrono"})
INTENDING = frozenset({"besok", "bsk", "nanti", "ntar", "mau", "akan", "aja", "saja", "wae", "ae", "langsung",
                       "mending", "sendiri", "coba", "rencana", "insyaallah", "insya", "tak", "tk"})
VISITED = frozenset({"sudah", "udah", "udh", "sdh", "kemarin", "kemaren", "kmrn", "tadi", "td", "pernah", "lalu"})
VISIT_MAX_WORDS = 12


def goes_in_person(text: str) -> bool:
    """Tell whether a short message says its writer will go to the office in person ("besok saya ke kantor dinas
    aja ya"): not a visit told as done ("sudah ke kantor dinas tapi ditolak") nor asked ("kantor dinas dimana?")."""
    lowered = text.lower()
    if not any(cue in lowered for cue in OFFICE_CUES) or "?" in text:  # cheap first
        return False
    typed = chat_words(text)
    said = set(typed) | set(standard_words(text))
    if len(typed) > VISIT_MAX_WORDS or names_a_problem(text) or said & (VISITED | ASKING_ANY | WRONGS):
        return False
    return bool(said & OFFICE_PLACES and said & VISITING and said & INTENDING)


# Words that only announce an addition ("saya mau nambahin foto", "izin tambah info", "tambahan pak"): nothing told
# yet to pass on; with a word of a photo or video, the photo is to come
ANNOUNCING = frozenset("""saya sy aku kami mau ingin pengen izin ijin mohon tambah tambahan nambah nambahin tambahin
    menambahkan tambahkan menambah ditambah ditambahin kirim kirimin ngirim mengirim krm lagi info infonya informasi
    keterangan keterangannya data bukti buktinya ya dulu nih ini itu sedikit dikit satu ada
    susulan lampirkan upload unggah
    cara caranya gimana bagaimana gmn pripun kumaha bisa boleh bisakah bolehkah tapi tp dong""".split())
# ... or asking how ("sy mau nambahin foto tapi gimana caranya", "boleh tambah bukti?"): told how, nothing attached
MEDIA_WORDS = frozenset("""foto fotonya poto potonya gambar gambarnya video videonya vidio rekaman rekamannya vn
    dokumentasi dokumentasinya screenshot ss""".split())


# Media announced before it is sent ("sy mau kirim video banjirnya", "bentar sy kirim fotonya", "aku ada video
# kejadiannya"): a word of sending or having one, the medium, what it shows, and nothing else told
SENDING_MEDIA = frozenset({"kirim", "kirimin", "kirimkan", "ngirim", "mengirim", "krm", "upload", "unggah",
                           "lampirkan", "ada", "punya"})
MEDIA_COMING = ANNOUNCING | SENDING_MEDIA | frozenset({"bentar", "sebentar", "tunggu", "nanti", "ntar", "ntr", "entar",
                                                       "besok", "nyusul", "menyusul"})
MEDIA_NOUNS = (("videonya", frozenset({"video", "videonya", "vidio"})),
               ("rekamannya", frozenset({"rekaman", "rekamannya", "vn"})))
MEDIA_ANNOUNCED_MAX_WORDS = 8
POINTING_AT = frozenset({"ini", "nih", "berikut", "niki", "ieu"})  # "ini fotonya … buat yg kemarin": it comes now


def announces_media(text: str) -> str | None:
    """The medium a short message says is about to be sent, as the reply names it ("videonya", "rekamannya",
    "fotonya"), or None: "sy mau kirim video banjirnya", "ini ada foto jalan rusaknya"; not a story beside it
    ("…, lampu jalan mati di gg 3"), nor one sent before ("udah kirim video kemarin")."""
    named = FOR_THE_REPORT.search(text or "") is not None  # "ini fotonya pak buat yg kemarin": sent for it
    said = content(FOR_THE_REPORT.sub(" ", text)) if named else content(text)
    sending = SENDING_MEDIA | FOLLOWING | (POINTING_AT if named else frozenset())
    if len(said) > MEDIA_ANNOUNCED_MAX_WORDS or not set(said) & MEDIA_WORDS or not set(said) & sending:
        return None
    first = next(i for i, w in enumerate(said) if w in MEDIA_WORDS)
    shown = said[first + 1:]  # what it shows: "banjirnya", "jalan rusaknya"
    pictured = set(shown) if 0 < len(shown) <= 2 and shown[-1].endswith("nya") else set()
    if set(said) - MEDIA_COMING - MEDIA_WORDS - pictured:
        return None
    return next((name for name, nouns in MEDIA_NOUNS if set(said) & nouns), "fotonya")


# Which report an addition is for, said at the end of its clause ("… buat laporan lampu", "… utk aduan sy yg kemarin"):
# it tells nothing to add (the complaint is then chosen by its words)
FOR_THE_REPORT = re.compile(
    r"\b(?:buat|untuk|utk|bwt|tuk|ke)\s+(?:(?:laporan|laporannya|aduan|pengaduan|lpr)\b[^,.;!?\n]*"
    # ... or by when it was filed ("buat yg kemarin", "utk yang td")
    r"|(?:yg|yang)\s+(?:kemarin|kemaren|kmrn|kmarin|kmaren|tadi|td|barusan|sebelumnya|lalu)\b)", re.IGNORECASE)
FOR_A_REPORT = frozenset({"buat", "untuk", "utk", "bwt", "tuk"})
# One of one's reports named by its topic ("foto buat yang lampu", "kirim foto utk yg sampah"): which one it is for
FOR_THE_ONE = re.compile(r"\b(?:buat|untuk|utk|bwt|tuk)\s+(?:yg|yang)\s+\w{3,}[^,.;:!?\n]*", re.IGNORECASE)
# A photo said to follow ("fotonya nyusul ya", "FOTONYA MENYUSUL PAK"): for something told before
FOLLOWING = frozenset({"nyusul", "menyusul", "susul", "disusulkan", "disusul"})


def announces_media_for_one(text: str) -> str | None:
    """The medium a short message says is about to be sent for one of one's reports named by its topic ("mau kirim
    foto utk yg lampu jalan", "mau nambah foto buat yang sampah"), as announces_media names it; None otherwise."""
    if FOR_THE_ONE.search(text or "") is None:
        return None
    return announces_media(FOR_THE_ONE.sub(" ", text))


def for_the_report(text: str) -> bool:
    """Whether a message announcing a photo says it is for a report told before: which report ("… buat laporan
    td", "… buat yg kemarin") or that it follows ("fotonya nyusul")."""
    return FOR_THE_REPORT.search(text or "") is not None or bool(set(chat_words(text)) & FOLLOWING)


def announces_addition(text: str, about: str = "") -> str | None:
    """What a message announcing an addition and telling nothing says is to come: "media" ("saya mau nambahin foto",
    "pak ini sy tambahin fotonya ya buat laporan lampu"), "words" ("izin tambah info", "tambahan pak"), or None when
    it tells something. `about`: the text of the complaint it is for, whose words only name it ("mau nambah foto
    buat yang lampu")."""
    typed = content(FOR_THE_REPORT.sub(" ", text))
    said = set(typed)
    if about:
        known = set(_long_words(about))
        said -= {w for w in said if w in FOR_A_REPORT or (len(w) >= 4 and _shared({w}, known))}
    pictured = {w for before, w in zip(typed, typed[1:], strict=False)  # "foto lubangnya": what the photo shows
                if before in MEDIA_WORDS and w.endswith("nya") and len(w) > len("nya") + 2}
    if said - ANNOUNCING - MEDIA_WORDS - pictured:
        return None
    return "media" if said & MEDIA_WORDS else "words"


# A threat to go public or higher up ("sy viralin di tiktok", "sy laporin ke wartawan aja", "lapor ke ombudsman aja
# kalo gini"): a verb of making it public, or "ke" before the media or a higher office, in a short message naming no
# thing or problem and asking nothing ("gimana caranya lapor ke ombudsman?" asks how; "saya wartawan dari koran …"
# says who one is)
PUBLICITY_CUES = ("viral", "post", "upload", "uplod", "aplod", "unggah", "spill", "wartawan", "media", "koran", "tv",
                  "berita", "fb", "facebook", "tiktok", "ig", "instagram", "twitter", "youtube", "ombudsman", "dprd",
                  "dewan", "gubernur", "bupati", "walikota", "presiden", "menteri", "kpk")
GOING_PUBLIC = frozenset("""viral viralin viralkan viralkn diviralkan diviralin ngeviralin memviralkan posting post
    dipost diposting postingin upload diupload uplod aplod unggah diunggah spill dispill""".split())
PUBLIC_PLACES = frozenset("""wartawan media koran tv televisi berita medsos sosmed fb facebook tiktok ig instagram
    twitter youtube yt ombudsman dprd dewan gubernur bupati walikota presiden menteri kpk""".split())
PUBLIC_HONORIFICS = frozenset({"pak", "bapak", "bu", "ibu", "para", "mas", "mbak"})  # "ke pak bupati"
HOW_ASKED = frozenset({"gimana", "bagaimana", "gmn", "cara", "caranya", "apakah", "bisakah", "bolehkah", "dimana",
                       "berapa", "brp", "nomor", "alamat", "alamatnya"})
PUBLICITY_MAX_WORDS = 16
TOLD_AS_DONE = frozenset({"sudah", "pernah", "lalu", "kemarin", "kemaren", "tadi"})  # a step told, no threat
THREAT_CUES = frozenset({"awas", "biar", "tunggu", "nanti", "ntar", "besok", "gue", "gw", "sy"})


def threatens_publicity(text: str) -> bool:
    """Tell whether a short message threatens to make the matter public or take it higher ("kalau ga diberesin saya
    viralin di tiktok", "sy laporin ke wartawan aja", "mau sy bawa ke dprd"): not a story naming its thing ("sampah
    di pasar udah viral di tiktok …"), nor a question of how ("gimana caranya lapor ke ombudsman?")."""
    lowered = (text or "").lower()
    if not any(cue in lowered for cue in PUBLICITY_CUES):  # cheap first
        return False
    said = chat_words(text)
    if not said or len(said) > PUBLICITY_MAX_WORDS or set(said) & HOW_ASKED:
        return False
    if set(said) & TOLD_AS_DONE and not set(said) & IF_WORDS:  # "sudah kirim surat ke bupati 3 minggu lalu …"
        return False
    if not set(said) & (MINE | IF_WORDS | THREAT_CUES):  # "… di sukamaju, viralkan!!" asks others: a chain message
        return False
    going = bool(set(said) & GOING_PUBLIC)
    toward = any(w == "ke" and any(n in PUBLIC_PLACES for n in said[i + 1:i + 3])
                 and (said[i + 1] in PUBLIC_PLACES or said[i + 1] in PUBLIC_HONORIFICS)
                 for i, w in enumerate(said))
    return (going or toward) and not names_a_problem(text) and not _things(text)


# A grumble about how the complaint is handled, naming nothing new ("tolong dong pak jangan cuma diterusin doang, saya
# bayar pajak", "jgn cm ditampung doang min"): a taxpayer's remark, or "not only" before a verb of passing it on
TAXES = frozenset({"pajak", "pajaknya"})
PAYING = frozenset({"bayar", "membayar", "bayarin", "byr"})
MERELY = frozenset({"cuma", "cm", "hanya", "doang", "saja", "aja"})
PASSED_ON = frozenset("""diteruskan diterusin diforward diforwad dioper dilempar dicatat ditampung dibaca dijanjikan
    dijanjiin janji dilimpahkan""".split())
GRUMBLE_MAX_WORDS = 14
PASSED_ON_CUES = ("terus", "forw", "oper", "lempar", "catat", "tampung", "baca", "janji", "limpah")


def grumbles(text: str) -> bool:
    """Tell whether a short message only grumbles about the handling ("kami ini bayar pajak lho pak", "jangan cuma
    dicatat aja pak"): not a question of paying a tax, nor a story of one ("pajak … kok naik")."""
    lowered = (text or "").lower()
    if "pajak" not in lowered and not any(cue in lowered for cue in PASSED_ON_CUES):  # cheap first
        return False
    said = standard_words(text)
    if not said or len(said) > GRUMBLE_MAX_WORDS or set(said) & HOW_ASKED or "tanya" in said:
        return False
    words = set(said)
    taxpayer = any(w in PAYING and said[i + 1:i + 2] and said[i + 1] in TAXES for i, w in enumerate(said))
    not_only = bool(words & (NEGATION | {"jangan", "jgn"})) and bool(words & MERELY) and bool(words & PASSED_ON)
    return (taxpayer or not_only) and not names_a_problem(text) and not _things(text)


# An apology for one's temper ("maaf pak tadi emosi", "sori tadi ngegas", "mohon maaf tadi saya kasar"): a short
# message of nothing else
TEMPER = frozenset({"emosi", "kasar", "ngegas", "marah", "marah2", "kesel", "kesal", "nyolot", "ketus", "esmosi"})
TEMPER_TALK = MISTAKE_TALK | frozenset("kebawa terbawa kebablasan banget bgt agak ya".split())
TEMPER_MAX_WORDS = 10
TEMPER_CUES = ("emosi", "kasar", "gas", "marah", "kesel", "kesal", "nyolot", "ketus")


def apologises_for_temper(text: str) -> bool:
    """Tell whether a short message apologises for one's temper ("maaf ya min sy kebawa emosi"): not a story
    ("maaf pak, anak saya emosi terus kalau lampunya mati")."""
    lowered = (text or "").lower()
    if not any(cue in lowered for cue in TEMPER_CUES):  # cheap first
        return False
    said = chat_words(text)
    if not said or len(said) > TEMPER_MAX_WORDS or not set(said) & TEMPER:
        return False
    sorry = set(said) & {"maaf", "mohon", "sorry", "sori", "sory", "maap", "mf", "punten", "ngapunten"}
    return bool(sorry) and all(w in TEMPER or w in TEMPER_TALK for w in said)


# firsts10: someone saying they are an agency's liaison officer, admin or operator ("saya Rudi petugas penghubung
# baru dari Dinkes", "sy admin OPD dinas kesehatan yg baru", "baru ditunjuk jadi admin penghubung"), or asking how
# dispositions are received or answered ("bagaimana cara saya menerima disposisi?"), from a number the directory
# lacks: a new officer not registered yet, not a complaint. Never a complaint about one ("petugas penghubung dinkes
# tidak membalas", "saya mau lapor petugas penghubung …"), nor a citizen's other work ("saya petugas kebersihan").
# mends: the role is an agency's: "penghubung" with an agency right after it (the directory's code or alias, one of
# AGENCY_CODES or a word of AGENCY_NOUNS: "penghubung baru dari Dinkes", "pejabat penghubung dinas kesehatan"), or an
# admin/operator/verifier of the OPD or SP4N ("admin OPD", "operator SP4N Lapor"). A village's or a neighbourhood's
# liaison ("saya ketua rt jadi penghubung warga", "saya penghubung RT"), a village fund's verifier and a "staff lapor
# covid" are citizens.
STAFF_ROLE = (r"(?:(?:petugas|pejabat|admin|operator|staf|staff)\s+)?(?P<liaison>penghubung)|"
              r"(?:admin|operator|staf|staff|verifikator)\s+(?:opd|sp4n|skpd)")
STAFF_SELF = re.compile(rf"\b(?:sy|saya|aku|kulo|abdi)\b[\s,]+((?:[^\W\d_]+[\s,]+){{0,3}}?)(?:{STAFF_ROLE})\b",
                        re.IGNORECASE)
STAFF_APPOINTED = re.compile(r"\bbaru\s+(?:ditunjuk|ditugaskan|ditugasi|dilantik|diangkat)\s+(?:sbg|sebagai|jadi|"
                             r"menjadi)\s+(?:admin|operator|petugas|pejabat|penghubung|verifikator)\b", re.IGNORECASE)
# How dispositions are received or answered, not of one's own report ("gimana cara lihat disposisi laporan saya?")
# nor of a letter's at school or an office ("cara melihat disposisi surat di sekolah"): see NOT_STAFF_DISPOSITION.
DISPOSITION_HOW = re.compile(r"\b(?:cara|caranya|bagaimana|gimana|gmn|gmna)\b.{0,30}\b(?:terima|menerima|balas|"
                             r"membalas|bales|jawab|menjawab|tindak\s*lanjuti|menindaklanjuti|buka|membuka|lihat|"
                             r"melihat)\s+disposisi\b", re.IGNORECASE)
# Words between "saya" and the role that make it someone else's ("saya sudah chat petugas penghubung …")
NOT_ONESELF = FILE_VERBS | WANT | frozenset({
    "sudah", "udah", "sdh", "dah", "telah", "pernah", "tidak", "tdk", "gak", "ga", "nggak", "belum", "blm", "sedang",
    "sdg", "lagi", "ke", "kpd", "kepada", "dengan", "dgn", "sama", "sm", "oleh", "dari", "pada", "dan", "tanya",
    "nanya", "tanyakan", "hubungi", "menghubungi", "chat", "wa", "telpon", "telepon", "nelpon", "sms", "kirim",
    "ketemu", "bertemu", "dimarahi", "ditolak", "dipersulit", "dimintai", "diminta", "dibentak", "cari", "mencari",
    "kenal", "punya", "dilayani", "bukan", "bkn"})
NOT_STAFF_DISPOSITION = re.compile(r"\b(?:(?:laporan|aduan|pengaduan|keluhan)(?:ku|\s+(?:saya|sy|aku|kami|ku))|"
                                   r"surat|sekolah|sekolahan)\b", re.IGNORECASE)
STAFF_CLAIM_MAX_WORDS = 40
# An agency's words after "penghubung" besides its code or alias; and what may stand between ("baru dari Dinkes")
AGENCY_NOUNS = frozenset({"opd", "skpd", "dinas", "badan", "kantor", "instansi", "sp4n", "upt", "uptd"})
BEFORE_AGENCY = frozenset({"baru", "br", "dari", "dr", "di", "pada", "utk", "untuk", "yang", "yg", "resmi"})


def _liaison_of_agency(text: str, end: int, agencies: Callable[[], Iterable[str]]) -> bool:
    """Whether an agency is named right after "penghubung" (ending at `end` in `text`), a few words of BEFORE_AGENCY
    allowed between: see STAFF_ROLE."""
    agency = AGENCY_CODES.union(agencies()) | AGENCY_NOUNS
    for word in chat_words(text[end:])[:4]:
        if word in agency:
            return True
        if word not in BEFORE_AGENCY:
            return False
    return False


# Every claim holds one of these (STAFF_ROLE, STAFF_APPOINTED, DISPOSITION_HOW): the cheap test on every idle message
STAFF_CUES = ("penghubung", "opd", "sp4n", "skpd", "disposisi", "ditunjuk", "ditugas", "dilantik", "diangkat")


def claims_to_be_staff(text: str, agencies: Callable[[], Iterable[str]] = tuple) -> bool:
    """Whether a message from a number that is not staff says its writer is an agency's liaison officer (or admin,
    operator, verifier), or asks how dispositions are handled, and tells no problem of their own (see STAFF_SELF;
    `agencies` gives the directory's one-word agency names, lowercase, read only when a liaison is named)."""
    lowered = (text or "").lower()
    if not any(cue in lowered for cue in STAFF_CUES) or len(text.split()) > STAFF_CLAIM_MAX_WORDS:
        return False
    if names_a_problem(text) or tells_a_lack(text) and "disposisi" not in lowered:
        return False  # "saya penghubung RT, lampu jalan mati", "sy staff …, insentif belum cair": a citizen's
    if STAFF_APPOINTED.search(text) or DISPOSITION_HOW.search(text) and not NOT_STAFF_DISPOSITION.search(text):
        return True
    return any(not (set(standard_words(found.group(1))) | set(found.group(1).lower().split())) & NOT_ONESELF
               and (found.group("liaison") is None or _liaison_of_agency(text, found.end(), agencies))
               for found in STAFF_SELF.finditer(text))


# An apology for replying late that opens a message ("maaf baru bales", "sori br buka hp", "punten nembe tiasa
# ngawaler", "maaf telat"): the words saying "only now" with one of replying, or "late" alone
ONLY_NOW = frozenset({"baru", "br", "nembe"})
REPLIED_LATE = frozenset({"balas", "bales", "bls", "blz", "membalas", "sempat", "sempet", "buka", "bukak", "ngawaler",
                          "ngabales", "saged", "tiasa", "respon", "liat", "lihat", "baca", "cek"})
# What an apology for replying late says besides a pleasantry's words: why ("td ketiduran", "hpnya lowbat"), to whom
LATE_TALK = REPLIED_LATE | frozenset({"kak", "min", "ketiduran", "tidur", "hpnya", "sinyal", "lowbat", "pesannya",
                                      "wanya", "kemarin", "kmrn", "semalam"})
LATE_SAID = frozenset({"telat", "terlambat"})
# Words of a pleasantry that may also open what follows it when no comma parts them ("maaf baru bales jalan di
# depan …"): the apology typed without a mark stops before them
OPENS_CONTENT = frozenset({"jalan", "di", "ini", "nih", "sudah", "udah", "udh", "sdh", "lagi", "lg", "tadi", "td"})


def _apologises_late(said: list[str]) -> bool:
    """Whether the words apologise for replying late (an apology, and "late" or "only now" with replying)."""
    told = set(said)
    return bool(told & APOLOGIES) and bool(told & LATE_SAID or told & ONLY_NOW and told & REPLIED_LATE)


def late_reply_rest(text: str) -> str | None:
    """What follows an apology for replying late that opens a message ("sori br buka hp, lubangnya di depan
    sekolah": «lubangnya di depan sekolah»; "" when nothing does: "maaf pak baru sempat"); None when it opens with
    no such apology ("maaf pak, lampu jalan mati", "maaf mengganggu")."""
    lowered = (text or "").lower()
    if not any(cue in lowered for cue in ("baru", "br", "nembe", "telat", "lambat")):  # cheap first
        return None
    said: list[str] = []
    position = 0
    for found in CLAUSE_BREAK.finditer(text + "\n"):  # the leading clauses that are only a pleasantry
        clause = [said_once(w) for w in message_words(text[position:found.start()])]
        if not set(clause) <= PLEASANTRY_WORDS | LATE_TALK:
            break
        said += clause
        position = found.end()
    if _apologises_late(said):
        return text[position:].strip()
    typed = [said_once(w) for w in message_words(text)]  # no mark after it: "maaf baru bales pak jalannya makin parah"
    count = next((i for i, w in enumerate(typed) if w not in PLEASANTRY_WORDS | LATE_TALK or w in OPENS_CONTENT),
                 len(typed))
    return after_words(text, count).strip() if _apologises_late(typed[:count]) else None


# Filing for someone else: "atas nama ibu saya", "mewakili warga rt 3", "buat tetangga saya yg sudah tua" (after
# "buat"/"untuk" only a person: "buat laporan", "untuk jalan di desa" are no one)
FILED_FOR_PEOPLE = frozenset("""ibu bapak ayah bpk mama mamah papa emak mak nenek kakek mbah orang ortu orangtua mertua
    adik adek kakak anak suami istri saudara paman bibi om tante tetangga warga teman kawan keluarga lansia""".split())
_FILED_FOR = re.compile(
    r"(?<![\w])(?:atas\s+nama|(?:me)?wakil(?:i|in|kan)|ngewakilin|(?:buat|untuk|utk|bwt)(?=\s+(?:"
    + "|".join(sorted(FILED_FOR_PEOPLE, key=len, reverse=True)) + r")\b))\s+(?P<who>[^,.;:!?\n]+)", re.IGNORECASE)
FILED_FOR_MAX_WORDS = 8
# What a message saying whom one files for may say besides: the wish to file, greetings and addresses
FILED_FOR_BESIDE = WANT | OPENING | frozenset("""saya sy aku kami lapor melapor laporan ngadu mengadu pengaduan aduan
    ini mau ingin pengen mo buat membuat bikin""".split())


def filed_for(text: str) -> str | None:
    """Whom a message that only says so files for ("saya lapor atas nama ibu saya": «ibu saya»; "mewakili warga rt
    3"; "sy mau lapor buat tetangga saya yg sudah tua"), as typed; None when it tells more (a story) or names no one
    ("atas nama siapa?", "buat laporan")."""
    found = _FILED_FOR.search(text or "")
    if found is None or "?" in text:
        return None
    who = found.group("who").strip()
    said = message_words(who)
    if not said or said[0] in {"siapa", "sapa"} or len(said) > FILED_FOR_MAX_WORDS:
        return None
    beside = message_words(text[:found.start()] + " " + text[found.end():])
    return who if set(standard_words(" ".join(beside))) <= FILED_FOR_BESIDE else None
