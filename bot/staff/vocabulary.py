"""Words staff type that several of the staff readers know: courtesy, not, not yet, yes and no, the region's
words for them.
"""

from __future__ import annotations

import re

from bot.commands import ACKNOWLEDGEMENTS
from bot.progress import REGIONAL_WORDS

# Words of courtesy a busy officer puts before the command ("tolong teruskan …", "mohon izin, TL …", "pak, selesai …",
# "siap, tl …"): skipped to find it. "izin" alone before a date is leave (CUTI), before another command courtesy.
COURTESY = ACKNOWLEDGEMENTS | {"tolong", "tlg", "mohon", "mhn", "izin", "ijin", "maaf", "mf", "punten", "nuwun",
                               "sewu", "nyuwun", "pangapunten", "ngapunten", "permisi", "sapora", "sekalian", "skalian",
                               "langsung", "saya", "sy", "kami",
                               # reporting to a superior ("mohon ijin melaporkan tindak lanjut …", "izin ndan, TL …")
                               "lapor", "melaporkan", "laporkan", "menyampaikan", "sampaikan", "ndan", "komandan"}
NOT_WORDS = {"tidak", "tdk", "gak", "ga", "gk", "nggak", "ngga", "enggak", "ndak", "mboten", "belum", "blm"}


# bot.progress.REGIONAL_WORDS (leave, receipt, a promise) as one pattern, for the readers that take text
REGIONAL_WORD = re.compile(rf"\b({'|'.join(REGIONAL_WORDS)})\b", re.IGNORECASE)
# A question in Javanese ("piye kabare pupr?", "sing durung rampung piro?", "rekap sasi iki"), as the question
# readers and REKAP's period know it ("enggal" stays: "wonten laporan enggal?" asks for new ones).
ASKED_IN_JAVANESE = {"kabare": "kabarnya", "pripun": "bagaimana", "kepripun": "bagaimana", "sing": "yang",
                     "ingkang": "yang", "durung": "belum", "dereng": "belum", "piro": "berapa", "pira": "berapa",
                     "iki": "ini", "niki": "ini", "puniki": "ini", "sasi": "bulan", "wulan": "bulan",
                     "saiki": "sekarang", "sakniki": "sekarang"}
ASKED_IN_JAVANESE_WORD = re.compile(rf"\b({'|'.join(ASKED_IN_JAVANESE)})\b", re.IGNORECASE)
SELF = {"saya", "sy", "aku", "ak", "gw", "gue"}


def asked_in_standard_words(text: str) -> str:
    """`text` with the Javanese words of a question as the question readers know them."""
    return ASKED_IN_JAVANESE_WORD.sub(lambda found: ASKED_IN_JAVANESE[found.group(1).lower()], text)


def in_standard_words(text: str) -> str:
    """`text` with the region's words for days, coming in, "not", receipt and promises as the readers know them."""
    return REGIONAL_WORD.sub(lambda found: REGIONAL_WORDS[found.group(1).lower()], text)


NOT_YET = {"belum", "blm", "blom", "belom", "dereng", "durung", "acan"}  # "… sudah beres belum": a question


DIGIT = re.compile(r"\d")


# Words of reporting ("izin lapor pak", "mohon ijin melaporkan"): an opening before the report, not leave.
REPORTING = {"lapor", "melapor", "melaporkan", "laporkan", "lapur", "menyampaikan", "sampaikan", "izin", "ijin",
             "permisi", "nyuwun", "punten"}
# A short yes or no to a question asked before acting (bot.staff.confirm), a few words at most.
YES_WORDS = {"ya", "iya", "iyaa", "yaa", "y", "yes", "yup", "ok", "oke", "okey", "siap", "betul", "benar", "bener",
             "lanjut", "lanjutkan", "kirim", "kirimkan", "setuju", "sip", "yoi", "boleh", "silakan", "silahkan",
             "teruskan", "pak", "bu", "ndan", "min", "sudah", "sdh"}
NO_WORDS = NOT_WORDS | {"bukan", "bkn", "jangan", "jgn", "batal", "no", "cancel"}
CONFIRM_MAX_WORDS = 5


# "lpr 1 kami kembalikan, itu jalan provinsi", "sy balikin ya pak": the officer returning it in a sentence
# ("dikembalikan" stays out: "trotoar sudah dikembalikan seperti semula" is the work)
MOVED_WORDS = {"diteruskan", "didisposisikan", "didispo", "dialihkan", "dilimpahkan", "dipindahkan"}
RETURNING = {"kembalikan", "kembalikn", "balikin", "balikan", "kembaliin", "dikembalikan", "dibalikin", "dibalikan",
             "kembalikno", "dibalekno", "wangsulaken", "diwangsulaken", "dipunwangsulaken", "dibalikeun",
             "mulangaghi", "epabali"}  # Javanese ngoko and krama, Sundanese, Madurese


# "How" as chat spells it and in the region's languages: Javanese ngoko, krama and Banyumasan, Sundanese, Madurese
# (how it goes, how to use the service, what to do if …); each reader adds its own words ("cara", "sejauh")
HOW_WORDS = frozenset({"gimana", "gmn", "gmana", "gimn", "gimna", "bagaimana", "bgmn", "piye", "priye", "kepriye",
                       "pripun", "kepripun", "dospundi", "kadospundi", "priben", "kepriben", "kumaha", "baremma",
                       "beremma"})


# "Who" in the region's languages: Javanese ngoko and krama, Sundanese, Madurese (who reported, who holds it).
WHO_ASKED = {"siapa", "siapakah", "sapa", "sopo", "sinten", "saha", "sapah"}
