"""Normalisation of informal Indonesian chat text into canonical lowercase words.

WhatsApp complaints are written the way people talk: abbreviations (``yg``, ``gk``, ``sdh``),
reduplication with a digit (``anak2``), stretched letters (``rusakkkk``), emoji, and everyday
Javanese or Madurese words mixed in. Everything here is general language knowledge; nothing in
this module knows about agencies.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache

from lapor.common_words import is_common

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
    "kost": "kos", "kostan": "kosan", "kmrn": "kemarin", "kmarin": "kemarin", "kemaren": "kemarin", "skrg": "sekarang",
    "skrng": "sekarang", "skg": "sekarang", "sekrg": "sekarang", "bsk": "besok",
    "thn": "tahun", "th": "tahun", "thun": "tahun", "bln": "bulan", "mgg": "minggu", "hr": "hari",
    "tgl": "tanggal", "jm": "jam", "org": "orang", "orng": "orang", "oreng": "orang", "wong": "orang",
    "ortu": "orang tua", "bpk": "bapak", "bp": "bapak", "ibuk": "ibu", "bnyk": "banyak", "byk": "banyak",
    "tlg": "tolong", "tolg": "tolong", "mhn": "mohon", "mksh": "terima kasih", "makasih": "terima kasih",
    "trmksh": "terima kasih", "tks": "terima kasih", "thx": "terima kasih", "info": "informasi",
    "jl": "jalan", "jln": "jalan", "jaln": "jalan", "dalan": "jalan", "gg": "gang",
    "kab": "kabupaten", "kec": "kecamatan", "kel": "kelurahan", "ds": "desa", "dsa": "desa", "dsn": "dusun",
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

# Words of complaint texts beyond the chat abbreviations above (which the conversation also reads as
# commands): more Javanese, Madurese and Sundanese, and the English that people mix in. A word that is
# also an ordinary Indonesian word with another meaning is left out ("lembur": Sundanese village,
# Indonesian overtime; "air", "sore", "jam", "rob", "main", "abdi", "kali").
REGIONAL_WORDS: dict[str, str] = {
    # colloquial Indonesian and Javanese
    "ujan": "hujan", "udan": "hujan", "kudanan": "kehujanan", "jatoh": "jatuh", "item": "hitam",
    "ilang": "hilang", "geni": "api", "kabeh": "semua", "akeh": "banyak", "kathah": "banyak",
    "cedhak": "dekat", "cedak": "dekat", "nang": "di", "neng": "di", "ning": "di",
    "mboten": "tidak", "boten": "tidak", "dereng": "belum", "nyuwun": "mohon", "tulung": "tolong",
    "suwe": "lama", "wulan": "bulan", "sasi": "bulan", "mambu": "bau", "bocah": "anak", "cah": "anak",
    "tonggo": "tetangga", "dino": "hari", "telung": "tiga", "ra": "tidak", "lan": "dan", "karo": "dengan",
    "rubuh": "roboh", "dandani": "perbaiki", "didandani": "diperbaiki", "limo": "lima", "teng": "di",
    "ngajeng": "depan", "wingking": "belakang", "niki": "ini", "niku": "itu", "kaliyan": "dengan", "ingkang": "yang",
    "kangge": "untuk", "kanggo": "untuk", "nggo": "untuk", "saking": "dari", "ngarep": "depan",
    # krama "receive", "again", "this" ("simbok mboten angsal beras malih", "dereng pikantuk")
    "pikantuk": "dapat", "angsal": "dapat", "malih": "lagi", "puniki": "ini", "punika": "itu",
    # done, not rice ("terima kasih, sudah beres" read "beres" as "beras", the aid's "terima beras")
    "beres": "selesai", "eberes": "selesai", "diberesin": "diselesaikan", "dibereskan": "diselesaikan",
    # buried (by a landslide, mud) is covered, not hoarded ("menimbun", "ditimbun": the trade office's penimbunan)
    "tertimbun": "tertutup", "ketimbun": "tertutup", "katimbun": "tertutup", "tertimbunan": "tertutup",
    # where: "dpn puskesmas", "deket pasar"
    "dpn": "depan", "depn": "depan", "blkg": "belakang", "blakang": "belakang", "belakng": "belakang",
    "dkt": "dekat", "deket": "dekat", "sblh": "sebelah", "seblah": "sebelah", "smping": "samping",
    "smpg": "samping", "smpng": "samping", "sampng": "samping", "spg": "samping", "dpan": "depan", "dkat": "dekat",
    "blkng": "belakang", "blakng": "belakang", "sbrg": "seberang", "sbrng": "seberang", "pggr": "pinggir",
    "pnggr": "pinggir", "sktr": "sekitar", "skitar": "sekitar", "ujg": "ujung", "pjk": "pojok",
    # chat's short forms where the collection's likeliest word with those consonants is another ("tmn": taman)
    "tmn": "teman", "tmen": "teman", "brg": "barang", "brng": "barang", "ank": "anak",
    # Madurese
    "jhalan": "jalan", "lobang": "lubang", "bennyak": "banyak", "bannyak": "banyak", "tello": "tiga",
    "are": "hari", "bengko": "rumah", "dhisa": "desa", "kaula": "saya", "tadha": "tidak ada",
    "sabe": "sawah", "ajam": "ayam", "embi": "kambing", "mate": "mati",
    # Sundanese
    "deukeut": "dekat", "cai": "air", "teu": "tidak", "henteu": "tidak", "euweuh": "tidak ada", "aya": "ada",
    "tos": "sudah", "atos": "sudah", "parantos": "sudah", "geus": "sudah", "acan": "belum",
    "pisan": "sangat", "seueur": "banyak", "loba": "banyak", "imah": "rumah", "ruksak": "rusak",
    "liang": "lubang", "walungan": "sungai", "solokan": "selokan", "caah": "banjir", "hateup": "atap",
    "sakola": "sekolah", "barudak": "anak", "pareum": "mati", "hurung": "nyala", "ngocor": "mengalir",
    "laleur": "lalat", "tatangga": "tetangga", "dinten": "hari", "poe": "hari", "kamari": "kemarin",
    "ayeuna": "sekarang", "tilu": "tiga", "ti": "dari", "nu": "yang",
    # more words of complaints in regional speech (a word with another Indonesian meaning is left out:
    # "larang" forbid, "pari" stingray, "reng" roof batten, "kabin" cabin)
    # Javanese ngoko
    "tuku": "beli", "gawe": "buat", "jare": "katanya", "koyo": "kayak", "koyok": "kayak", "iso": "bisa",
    "duwit": "uang", "dhuwit": "uang", "rega": "harga", "urip": "hidup", "wedi": "takut", "nyolong": "mencuri",
    "dicolong": "dicuri", "colong": "curi", "bengi": "malam", "esuk": "pagi", "saiki": "sekarang", "wingi": "kemarin",
    "suwi": "lama", "ambruk": "roboh", "bolong": "berlubang", "bolongan": "lubang", "jugrug": "longsor",
    "reged": "kotor",
    "resik": "bersih", "numpak": "naik", "montor": "motor", "wedok": "perempuan", "lanang": "laki",
    "kerjo": "kerja", "mumet": "pusing", "ngene": "begini", "ngono": "begitu", "piye": "bagaimana",
    "dewekan": "sendirian", "dhewekan": "sendirian", "dewe": "sendiri", "dhewe": "sendiri", "dewek": "sendiri",
    "dhewek": "sendiri", "ijen": "sendiri", "manggon": "tinggal", "lara": "sakit", "kutha": "kota",
    # East Java: Suroboyoan and Malang ("sing" is Osing "not" but Javanese "which"; "kene" Javanese "here" but
    # Madurese "small"; "oleh" Javanese "get" but Indonesian "by"; "margi" krama "road" but also "because")
    "saben": "setiap", "krungu": "dengar", "ono": "ada", "onok": "ada", "ndek": "di", "ndhek": "di",
    "wes": "sudah", "uwes": "sudah", "gurung": "belum", "gurong": "belum", "ewu": "ribu",
    "ulan": "bulan", "entek": "habis", "enthek": "habis", "jaluk": "minta", "njaluk": "minta",
    "dijaluk": "diminta", "dijaluki": "dimintai", "maneh": "lagi", "meneh": "lagi", "soko": "dari", "seko": "dari",
    "iki": "ini", "iku": "itu", "kuwi": "itu", "arek": "anak", "cilik": "kecil", "gedhe": "besar", "adoh": "jauh",
    "mlebu": "masuk", "metu": "keluar", "bosok": "busuk", "bacin": "bau", "reget": "kotor", "pitik": "ayam",
    "wedus": "kambing", "kebo": "kerbau", "wit": "pohon", "uwit": "pohon", "godhong": "daun", "kalen": "selokan",
    "padhang": "terang", "piro": "berapa", "pira": "berapa", "opo": "apa", "kudu": "harus", "isok": "bisa",
    "bengok": "teriak", "mbengok": "teriak", "nggarai": "membuat", "ambek": "dengan", "mek": "cuma",
    "bojo": "istri",  # a spouse, whoever speaks: between spouses, violence is domestic violence whoever is hit
    # Osing (Banyuwangi) and Javanese krama of the east
    "isun": "saya", "riko": "kamu", "paran": "apa", "nong": "di", "lare": "anak", "panjenengan": "anda",
    "nanging": "tetapi", "kebak": "penuh", "rawuh": "datang", "kalih": "dua", "tigang": "tiga", "ewon": "ribu",
    # Javanese krama
    "griya": "rumah", "sepuh": "tua", "tiyang": "orang", "arta": "uang", "yatra": "uang", "ndamel": "membuat",
    "damel": "buat", "sakniki": "sekarang", "sakmenika": "sekarang", "dalu": "malam", "enjing": "pagi",
    "ajrih": "takut", "gadhah": "punya", "gadah": "punya", "menawi": "kalau", "supados": "supaya",
    "rampung": "selesai", "wangsul": "pulang", "toya": "air", "radinan": "jalan", "antem": "pukul", "nampi": "terima",
    "pados": "cari", "pejah": "mati", "risak": "rusak", "sanget": "sangat",  # "lampu … pejah", "margi risak"
    "murub": "nyala", "sedaya": "semua", "sedanten": "semua", "ageng": "besar", "prapatan": "perempatan",
    # ... an old person alone, told in krama (session 29: "tiyang sepuh piyambakan, mboten wonten ingkang ngopeni")
    "piyambak": "sendiri", "piyambakan": "sendirian", "ngopeni": "mengurus", "diopeni": "diurus",
    "dhahar": "makan", "nedha": "makan",
    # Madurese
    "maleng": "maling", "lestrek": "listrik", "lestrik": "listrik", "mera": "merah", "bulen": "bulan",
    "taon": "tahun", "omor": "umur", "bine": "perempuan", "lake": "laki", "due": "dua",
    "ta": "tidak", "akabin": "menikah", "ekabin": "dinikahkan", "pakabin": "dinikahkan", "epakabin": "dinikahkan",
    "makabin": "menikahkan", "lako": "kerja", "alako": "bekerja",
    "bajar": "bayar", "ebajar": "dibayar", "pesse": "uang", "robbhu": "roboh", "ancor": "hancur", "kalowar": "keluar",
    "maso": "masuk", "elang": "hilang", "tedung": "tidur", "sake": "sakit", "tana": "tanah", "sapeda": "sepeda",
    "sengko": "saya", "engko": "saya", "bennya": "banyak", "melle": "beli", "argha": "harga", "towa": "tua",
    "e": "di", "settong": "satu", "kene": "kecil", "ghi": "masih", "gi": "masih",
    "sakolaan": "sekolah", "kampong": "kampung", "jhembatan": "jembatan",
    "tadek": "tidak ada", "tade": "tidak ada", "songai": "sungai", "bhenjir": "banjir", "benjir": "banjir",
    "parao": "perahu", "juko": "ikan", "jhuko": "ikan", "kalebun": "klebun", "bhuto": "butuh", "obbhar": "bakar",
    "eobbhar": "dibakar", "ngakan": "makan", "sakek": "sakit", "pettogas": "petugas", "lesstrek": "listrik",
    "dhateng": "datang", "sabben": "setiap", "mored": "murid", "ghuru": "guru", "bannya": "banyak",
    "pokol": "pukul", "roma": "rumah", "binik": "istri", "lakek": "suami",
    # Sundanese
    "budak": "anak", "caket": "dekat", "kenging": "dapat", "tiasa": "bisa", "punten": "permisi",
    "nungguan": "menunggu", "kiruh": "keruh", "hese": "susah", "awon": "jelek", "gelo": "gila", "jalmi": "orang",
    "jelema": "orang", "awewe": "perempuan", "pamajikan": "istri", "salaki": "suami", "artos": "uang",
    "sasak": "jembatan", "leuweung": "hutan", "tangkal": "pohon", "ragrag": "jatuh", "kahuruan": "kebakaran",
    "seuneu": "api", "leutik": "kecil", "wengi": "malam", "diantos": "ditunggu",
    "hirup": "hidup", "nyalira": "sendiri", "nini": "nenek", "menta": "minta", "pikeun": "untuk",
    # Sundanese of West Java: violence and fear ("salaki neunggeul", "abdi sieun"), disasters ("urug", "lini"),
    # where ("ka", also Madurese "to"; "payun", "gigir", "handap", "luhur")
    "sieun": "takut", "neunggeul": "memukul", "diteunggeul": "dipukul", "nampiling": "menampar",
    "ditampiling": "ditampar", "najong": "menendang", "ditajong": "ditendang", "nyabok": "menampar",
    "disabok": "ditampar", "nyiksa": "menyiksa", "urug": "longsor", "lini": "gempa",
    "taneuh": "tanah", "katutup": "tertutup", "kaduruk": "terbakar", "tigubrag": "jatuh",
    "ka": "ke", "payun": "depan", "hareup": "depan", "gigir": "samping", "handap": "bawah", "luhur": "atas",
    "tukangeun": "belakang", "jero": "dalam", "lebet": "masuk", "asup": "masuk",
    # Minang ("urang" and "alah" are left out: Sundanese "we", Indonesian "oh")
    "ambo": "saya", "indak": "tidak", "aia": "air", "gadang": "besar", "masuak": "masuk", "putuih": "putus",
    "kampuang": "kampung", "nagari": "desa", "jorong": "dusun", "sakolah": "sekolah", "pitih": "uang",
    "pasa": "pasar", "harago": "harga", "naiak": "naik", "taruih": "terus", "surek": "surat", "amuah": "mau",
    "dakek": "dekat", "tigo": "tiga", "hiduik": "hidup", "surang": "sendiri", "banjia": "banjir",
    "galodo": "banjir bandang", "karuah": "keruh", "runtuah": "runtuh", "listriak": "listrik", "sakik": "sakit",
    "maliang": "maling", "kabau": "kerbau",
    # more Minang (its "-ua" for "-ul", "-uak" for "-uk", "-nyo" for "-nya", "ma-" for "me-" are spoken forms: see
    # ``spoken_forms``; its "-o" for "-a" is only listed words; "alun" is Minang "not yet" but also "alun-alun",
    # "awak" a crew, "mamak" an uncle but Sumatra's "mother")
    "gilo": "gila", "ado": "ada", "tiok": "tiap", "bana": "sangat", "kanai": "kena", "gaek": "tua", "tuo": "tua",
    "ketek": "kecil", "nan": "yang", "baa": "bagaimana", "cakak": "kelahi", "bacakak": "berkelahi",
    "bakalai": "berkelahi", "uwak": "paman", "kantua": "kantor", "padusi": "perempuan", "amak": "ibu",
    # Banjar
    "ulun": "saya", "kada": "tidak", "handak": "mau", "banar": "benar", "lakian": "suami", "kakanakan": "anak",
    "saurangan": "sendirian", "titian": "jembatan", "jukung": "perahu", "muha": "muka",
    "pajah": "mati", "hirang": "hitam", "kalahi": "kelahi", "bakalahi": "berkelahi", "tuha": "tua", "kawa": "bisa",
    "cenah": "katanya", "haja": "saja", "mun": "kalau", "inya": "dia", "dangar": "dengar", "kuciak": "teriak",
    "bakuciak": "berteriak", "banih": "padi", "pahumaan": "sawah", "pian": "anda", "tuntung": "selesai",
    "ganal": "besar", "hanyar": "baru", "rigat": "kotor", "suah": "pernah", "pembakal": "kepala desa",
    "bakaliaran": "berkeliaran",
    # Acehnese ("that" very is English, "le" more too short to tell, "blang" field a piece of "blangko"; Minang "jo"
    # with is the "jo" of "bang jo", "pade" paddy Betawi "pada")
    "lon": "saya", "kamoe": "kami", "hana": "tidak ada", "gampong": "desa", "keuchik": "kepala desa",
    "geuchik": "kepala desa", "ie": "air", "rumoh": "rumah", "ureueng": "orang", "sikula": "sekolah",
    "aneuk": "anak", "buleuen": "bulan", "uroe": "hari", "reuloh": "rusak", "peugot": "perbaiki",
    "dipeugot": "diperbaiki", "sarok": "sampah", "tumpok": "tumpuk",
    "meutumpok": "menumpuk", "pajoh": "makan", "geupajoh": "dimakan", "tikoh": "tikus", "keurija": "kerja",
    "bayeue": "bayar", "geubayeue": "dibayar", "trok": "sampai", "habeh": "habis", "geumpa": "gempa",
    "tanoh": "tanah", "jeumbatan": "jembatan", "guree": "guru", "saket": "sakit", "meunasah": "musala",
    "apui": "api", "teutot": "terbakar", "rayek": "besar", "tulong": "tolong", "keude": "warung", "bloe": "beli",
    "keudroe": "sendiri", "peugah": "bilang", "lhee": "tiga",
    # Bugis and Makassar, more (session 28: "jambatang ... runtu'ni, oto de'na ulle lalo", "bosi maraja, wae mattama
    # bola, engka pitu bola lennye"; "bola" house and "wae" water stay unread, as above; "oto", a car, too: Kupang's
    # "oto kol" is a country bus the classifier knows as it is)
    "jambatang": "jembatan", "runtuni": "runtuh", "lalo": "lewat", "dena": "tidak", "mattama": "masuk",
    "lennye": "tenggelam", "lennyek": "tenggelam", "maraja": "besar", "engka": "ada", "pitu": "tujuh",
    # Batak Toba ("horbo ni amang hu ditangko halak", "inang hu dirawat"; "boru" alone is also a clan marker, read
    # only as "boru ni", below; "olo" want, "marsikkola" go to school)
    "horbo": "kerbau", "tangko": "curi", "ditangko": "dicuri", "manangko": "mencuri", "panangko": "pencuri",
    "halak": "orang", "amang": "bapak", "inang": "ibu", "sikkola": "sekolah", "marsikkola": "sekolah",
    # "dijama-jama": touched as "dijamah", spoken without its h (Batak and Malay chat)
    "dijama": "dijamah", "jama": "jamah",
    # Malay "neighbour", and Minang words its spoken forms miss ("tabiang": its "a" for "e" too; "ateh" is short)
    "jiran": "tetangga", "tabiang": "tebing", "ateh": "atas", "gadih": "gadis",
    # the wooden walkways of Riau, Kalimantan and Bajo villages built over water ("pelantar", "jerambah"; "gertak" is
    # also "threaten") are bridges the public walks on, as Banjar "titian" is; Malay "reput" is rotten
    "pelantar": "jembatan", "jerambah": "jembatan", "reput": "lapuk",
    # Malay and Minang "jambatan" (bridge), Ambon and Kupang "parampuan" (woman)
    "jambatan": "jembatan", "parampuan": "perempuan", "parampuang": "perempuan", "ewarong": "ewarung",
    # Balinese, low and high ("tiang" I is a pole, "carik" a rice field a village secretary, "banjar" a hamlet the
    # Banjar people, "marga" a road a clan, "meme" mother the English word, "somah" a spouse of either sex)
    "cicing": "anjing", "kuluk": "anjing", "ngutgut": "menggigit", "cerik": "kecil", "umah": "rumah", "yeh": "air",
    "nenten": "tidak", "wenten": "ada", "sube": "sudah", "suba": "sudah", "dados": "jadi", "pianak": "anak",
    "tukad": "sungai", "nyansan": "makin", "menek": "naik", "wantah": "hanya", "rauh": "datang", "taler": "juga",
    "kantun": "masih", "abian": "kebun",
    # Bugis and Makassar ("bola" house is a ball, "wae" water is Javanese "just", "tau" person is "know"; "ta'"
    # "your" is Madurese "not", left as it was)
    "laleng": "jalan", "sikola": "sekolah", "massolo": "mengalir", "lompo": "besar", "ballak": "rumah",
    "balla": "rumah", "dottoro": "dokter", "jene": "air", "caddi": "kecil", "tena": "tidak ada",
    "jangang": "ayam", "tedong": "kerbau", "bembe": "kambing", "garring": "sakit", "bosi": "hujan",
    "bentor": "becak motor", "kodong": "kasihan",
    # (session 29: "masolang maneng" all broken, "mapettang sanna" very dark, "tadi wenni" last night; "galung" a
    # rice field)
    "maneng": "semua", "masolang": "rusak", "mapettang": "gelap", "sanna": "sangat", "wenni": "malam",
    "galung": "sawah", "salo": "sungai", "seddena": "samping", "nasaba": "karena",
    # Papuan, Maluku and Kupang Malay ("pu", their "punya", is Dinas PU's alias: read only after its owner, a phrase;
    # "tong" we is a barrel, "seng" not a zinc roof, "doi" money a sweetheart, "ana" child Javanese "there is")
    "sa": "saya", "su": "sudah", "tra": "tidak", "trada": "tidak ada", "tarada": "tidak ada", "sonde": "tidak",
    "de": "dia", "torang": "kami", "kitorang": "kami", "kitong": "kami", "katong": "kami", "botong": "kami",
    "dorang": "mereka", "beta": "saya", "pung": "punya", "mace": "ibu", "bemo": "angkot", "banya": "banyak",
    # Pontianak Malay
    "kamek": "saya", "kitak": "kamu", "aek": "air", "masok": "masuk", "naek": "naik", "lapok": "lapuk",
    "takot": "takut", "batok": "batuk", "tige": "tiga", "mane": "mana", "sikit": "sedikit", "die": "dia",
    # Palembang ("dak" is also a concrete roof: a roof's word adds nothing, the negation reads the rest)
    "dak": "tidak", "idak": "tidak", "galo": "semua", "nian": "sangat", "biso": "bisa", "jingok": "lihat",
    "tiduk": "tidur", "keno": "kena", "besak": "besar", "pacak": "bisa", "kagek": "nanti", "betino": "perempuan",
    # ("ancua": the spoken "-ua" for "-ur" needs six letters, so that "kedua" stays)
    "siring": "selokan", "balek": "pulang", "ancua": "hancur", "untuak": "untuk",
    # colloquial Indonesian
    # Jakarta's Betawi ("nyang" is also Javanese "to": a function word either way); its "-nye" and final "e" for
    # "a" on other words are spoken forms ("gurunye", "tetangge": see ``_spoken_sounds``)
    "aye": "saya", "udeh": "sudah", "ude": "sudah", "aje": "saja", "ame": "sama", "ape": "apa", "kite": "kita",
    "nyang": "yang", "kenape": "kenapa", "nape": "kenapa", "begimane": "bagaimana", "rebu": "ribu", "ampe": "sampai",
    "ntar": "nanti", "ente": "kamu", "semue": "semua", "jalanan": "jalan",
    # Banyumas (ngapak) and Javanese "where" ("mburi", "ngisor", "nduwur"), "earthquake" and "snake"
    "inyong": "saya", "nyong": "saya", "kepriwe": "bagaimana", "priwe": "bagaimana", "kiye": "ini", "dikon": "disuruh",
    "olih": "dapat", "ngenteni": "menunggu", "nunggoni": "menunggu", "ula": "ular", "lindu": "gempa",
    "mburi": "belakang", "ngisor": "bawah", "nduwur": "atas", "dhuwur": "atas", "njero": "dalam",
    "digebugi": "dipukuli", "nggebugi": "memukuli", "gendeng": "gila",
    "dienggo": "dipakai", "dinggo": "dipakai",  # Javanese: used for ("lapangane dienggo parkir")
    # acting in someone's name, as typed ("akun wa ngatasnamain bupati")
    "ngatasnamain": "mengatasnamakan", "ngatasnamakan": "mengatasnamakan", "atasnamakan": "mengatasnamakan",
    "mengatasnamai": "mengatasnamakan", "ngatasnamai": "mengatasnamakan",
    "kagak": "tidak", "kaga": "tidak", "gada": "tidak ada", "gaada": "tidak ada", "duit": "uang", "emak": "ibu",
    "mamak": "ibu", "simbah": "nenek", "mbah": "nenek", "bini": "istri", "mulu": "terus", "doang": "saja",
    "kalo": "kalau", "nyampe": "sampai", "gede": "besar",
    # English mixed into Indonesian chat
    "road": "jalan", "roads": "jalan", "street": "jalan", "pothole": "lubang jalan", "potholes": "lubang jalan",
    "hole": "lubang", "holes": "lubang", "broken": "rusak", "damaged": "rusak", "bridge": "jembatan",
    "flood": "banjir", "flooding": "banjir", "flooded": "kebanjiran", "landslide": "longsor", "palsy": "lumpuh",
    "fire": "kebakaran", "garbage": "sampah", "trash": "sampah", "rubbish": "sampah", "waste": "limbah",
    "smell": "bau", "smells": "bau", "smelly": "bau", "stink": "bau", "water": "air", "electricity": "listrik",
    "power": "listrik", "blackout": "listrik padam", "outage": "padam", "light": "lampu", "lights": "lampu",
    "lamp": "lampu", "streetlight": "lampu jalan", "streetlights": "lampu jalan", "dark": "gelap",
    "school": "sekolah", "teacher": "guru", "student": "murid", "students": "murid",
    "hospital": "rumah sakit", "doctor": "dokter", "nurse": "perawat", "patient": "pasien", "clinic": "klinik",
    "medicine": "obat", "police": "polisi", "thief": "maling", "stolen": "dicuri", "theft": "pencurian",
    "scam": "penipuan", "fraud": "penipuan", "drugs": "narkoba", "tax": "pajak", "permit": "izin",
    "license": "izin", "licence": "izin", "market": "pasar", "price": "harga", "prices": "harga",
    "salary": "gaji", "wage": "upah", "wages": "upah", "fired": "dipecat", "worker": "pekerja",
    "workers": "pekerja", "farmer": "petani", "farmers": "petani", "fertilizer": "pupuk", "fish": "ikan",
    "fisherman": "nelayan", "fishermen": "nelayan", "cow": "sapi", "cows": "sapi", "dog": "anjing",
    "dogs": "anjing", "stray": "liar", "illegal": "liar", "snake": "ular", "bees": "lebah", "wasp": "tawon",
    "tree": "pohon", "trees": "pohon", "fallen": "tumbang", "park": "taman", "parking": "parkir",
    "traffic": "lalu lintas", "village": "desa", "corruption": "korupsi", "bribe": "suap",
    "extortion": "pungli", "signal": "sinyal", "library": "perpustakaan", "tourist": "wisatawan",
    "tourism": "wisata", "beach": "pantai", "stadium": "stadion", "football": "sepak bola",
    "leak": "bocor", "leaking": "bocor", "pipe": "pipa", "clogged": "tersumbat", "blocked": "tersumbat",
    "drain": "selokan", "drainage": "drainase", "gutter": "selokan", "sewer": "selokan", "dirty": "kotor",
    "murky": "keruh", "bill": "tagihan", "violence": "kekerasan", "harassment": "pelecehan",
    "neighbor": "tetangga", "neighbour": "tetangga", "noise": "bising", "noisy": "bising", "smoke": "asap",
    "pollution": "pencemaran", "factory": "pabrik", "river": "sungai", "vendor": "pedagang",
    "vendors": "pedagang", "help": "tolong", "please": "mohon", "pls": "mohon", "plis": "mohon",
    "since": "sejak", "yesterday": "kemarin", "today": "hari ini", "week": "minggu", "month": "bulan",
    "off": "mati", "not": "tidak", "still": "masih", "already": "sudah", "collected": "diangkut",
    "vaccine": "vaksin", "dengue": "demam berdarah", "truck": "truk",
    "closed": "tertutup",
    # what happened to the writer, told in English (session 29: "got" is the passive's, see ``_ENGLISH_GOT``)
    "robbed": "dirampok", "scammed": "ditipu", "scammer": "penipu", "cheated": "ditipu", "bitten": "digigit",
    "severance": "pesangon", "overtime": "lembur", "layoff": "phk", "layoffs": "phk", "unpaid": "belum dibayar",
    "company": "perusahaan", "cracked": "retak", "crack": "retak", "cracks": "retak", "seller": "penjual",
    "buyer": "pembeli", "paid": "bayar", "goods": "barang", "transferred": "transfer", "wall": "tembok",
    "walls": "tembok", "roof": "atap", "kids": "anak", "children": "anak", "child": "anak",
    # a theft told in English (session 29, second round: "someone broke into my house ... and stole my laptop" was
    # abstained on)
    "stole": "mencuri", "steal": "mencuri", "steals": "mencuri", "stealing": "mencuri", "burglar": "maling",
    "burglars": "maling", "burglary": "pencurian", "robbery": "perampokan", "robber": "perampok",
    "robbers": "perampok", "house": "rumah", "shop": "toko", "warehouse": "gudang",
}

# Phrases whose words mean something else one by one (mostly English).
_PHRASES = {
    "traffic jam": "macet", "id card": "ktp", "family card": "kartu keluarga",
    "birth certificate": "akta kelahiran", "street vendor": "pedagang kaki lima",
    "street vendors": "pedagang kaki lima", "street light": "lampu jalan", "street lights": "lampu jalan",
    "power outage": "listrik padam", "no electricity": "listrik padam", "no water": "air mati",
    "in front of": "di depan", "next to": "di samping", "emergency room": "igd",
    # "off" alone is a light's ("lights off"), "blocked" alone a drain's ("the drain is blocked"); the one told of is
    # the place ("reported to the village head")
    "laid off": "phk", "lay off": "phk", "laid me off": "phk saya", "laid us off": "phk kami",
    "blocked me": "memblokir saya", "blocked us": "memblokir kami", "blocked my": "memblokir",
    "blocked our": "memblokir", "reported to": "lapor ke", "complained to": "mengadu ke",
    "village head": "kepala desa", "broke into": "membobol", "break into": "membobol", "broken into": "dibobol",
    "break in": "pembobolan", "broke in": "membobol",
    # a name gone from a list is no person missing ("nama anak hilang dari data pip": "anak hilang" is the police's)
    **{f"hilang {where} {what}": f"terhapus {where} {what}" for where in ("dari", "di")
       for what in ("data", "daftar", "sistem", "dtks")},
    # football as Sundanese and Javanese say it ("lapang bal", "maen bal", "bal-balan"); "bal" alone is left
    "lapang bal": "lapangan sepak bola", "lapangan bal": "lapangan sepak bola", "bal balan": "sepak bola",
    "maen bal": "main sepak bola", "main bal": "main sepak bola",
    # Sundanese "lembur" is a village, Indonesian "lembur" overtime: read as the village only where Sundanese
    # grammar says so (not "di lembur", which is also "dilembur", made to work overtime).
    "ka lembur": "ke desa", "ti lembur": "dari desa", "lembur abdi": "desa saya", "lembur kuring": "desa saya",
    "lembur simkuring": "desa saya", "lembur sim kuring": "desa saya", "lembur urang": "desa kita",
    # "jalanan" is the road ("jalanan depan rumah ancur"), but for street children
    "anak jalanan": "anjal", "anak anak jalanan": "anjal",
    # Minang "urang" is a person ("urang gilo"), Sundanese "we"; Acehnese "ie raya" (big water) a flood, Makassar's
    # "pete-pete" a minibus, Minang's "wali nagari" a village head
    "urang gilo": "orang gila", "urang gila": "orang gila", "ie raya": "banjir", "ie laot": "air laut",
    "pete pete": "angkot",
    # Bugis "bola" is a house, "wae" water, where a Bugis verb says so ("wae mattama bola", "bola lennye"); alone they
    # stay a ball and Javanese "just"
    "wae mattama": "air masuk", "mattama bola": "masuk rumah", "mattama ri bola": "masuk ke rumah",
    "bola lennye": "rumah tenggelam", "bola lennyek": "rumah tenggelam", "wali nagari": "kepala desa",
    # "how are you" however a region says it is a greeting (Lampung "api" is "apa", no fire: "tabik pun, api kabar?";
    # Minang and Palembang "apo", Banjar "habar", Bugis-Makassar "aga/apa kareba")
    # the social aid's shop: "e-warung" read "e warung" left "warung" alone, and every warung was the social office's
    "e warung": "ewarung", "e warong": "ewarung",
    # Medan's "pajak" is the market ("pajak ikan", "pajak sayur", "kios di pajak inpres"), the rest of the country's a
    # tax: read as the market only with the market's goods, hours or kind after it, or its stalls before it
    **{f"pajak {kind}": f"pasar {kind}" for kind in ("ikan", "sayur", "sayuran", "buah", "pagi", "inpres",
                                                     "tradisional", "induk", "tani")},
    **{f"{stall} pajak": f"{stall} pasar" for stall in ("kios", "los", "lapak")},
    # Eastern Malay "dia pung laki", "de pu laki": her husband (the owner before him, as "laki saya" after)
    "pung laki": "punya suami", "pu laki": "punya suami",
    **{f"{what} {news}": "apa kabar" for what in ("api", "apo", "apa", "aga") for news in ("kabar", "kaba", "habar",
                                                                                          "kareba")},
    # Sundanese "labuh" is to fall ("labuh tina motor"); Indonesian "labuh" anchors, so only before where from.
    # Batak "boru ni" is someone's daughter ("boru ni tetangga").
    "labuh tina": "jatuh dari", "labuh ti": "jatuh dari", "boru ni": "anak perempuan",
    # chat's "smp" is "sampai" before a time or a point reached ("jualan smp malam", "antri smp subuh"), else the
    # school level ("anak smp", "anak smp hari ini")
    **{f"{short} {when}": f"sampai {when}" for short in ("smp", "smpe", "smpai")
       for when in ("malam", "malem", "pagi", "siang", "sore", "subuh", "magrib", "maghrib", "skrg", "sekarang",
                    "besok", "kapan", "larut", "detik", "hbs", "habis", "lunas")},  # not "hari": "anak smp hari ini"
    # a Koran teacher teaches no school ("guru ngaji ... santri2 kecil" was the school's by "guru")
    "guru ngaji": "ustaz", "guru ngajinya": "ustaznya", "guru mengaji": "ustaz", "guru mengajinya": "ustaznya",
    # a green light given is a permission, not the traffic light's ("sudah dapat lampu hijau dari bupati")
    **{f"{given} lampu hijau": f"{given} izin" for given in ("dapat", "dapet", "mendapat", "mendapatkan", "diberi",
                                                            "dikasih", "kasih", "memberi", "beri", "ngasih")},
    # Javanese "urug" fills (Sundanese "urug" is a landslide): "tanah urug", "ngurug", "diurug"
    "tanah urug": "tanah timbunan", "tanah uruk": "tanah timbunan",
    # Papuan Malay's "pu" after its owner is "punya" ("sa pu motor", "de pu suami"); alone it is Dinas PU
    **{f"{owner} pu laki": f"{REGIONAL_WORDS.get(owner, owner)} punya suami"
       for owner in "sa saya de dia ko kam torang kitorang kitong dorang dong mama bapa ade kaka".split()},
    **{f"{owner} pu": f"{REGIONAL_WORDS.get(owner, owner)} punya"
       for owner in "sa saya de dia ko kam torang kitorang kitong dorang dong mama bapa ade kaka".split()},
}
_PHRASE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _PHRASES), key=len, reverse=True)) + r")\b")
# A cleaned text (words of \w and whitespace only, see _clean) holds a phrase only where its first two words are two
# words of the text in a row: most texts have none, and the pattern's ninety alternatives are not tried at each word
_PHRASE_FIRST_WORDS = frozenset(phrase.split()[0] for phrase in _PHRASES)
_PHRASE_OPENINGS = frozenset(tuple(phrase.split()[:2]) for phrase in _PHRASES)
_ONE_WORD_PHRASE = any(len(phrase.split()) < 2 for phrase in _PHRASES)  # none: then the first word is the test
_WORDS = {**REGIONAL_WORDS, **ABBREVIATIONS}

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
# A glottal stop is typed with whatever a keyboard gives: a phone's curly quote ("sengko’"), a backtick.
_APOSTROPHES = re.compile(r"[’‘`´ʼ]")
# "ana'" (child) of Madurese, Bugis, Makassar and Mandar, and Madurese "kana'": with its glottal stop it is no
# Javanese "ana" (there is), which it becomes once the apostrophe is dropped. Only as typed with the apostrophe.
_CHILD_WITH_GLOTTAL_STOP = re.compile(r"\bk?ana'(?=an\b|na\b|ku\b|\W|$)")
# Malay "laki" with its wife's word is her husband ("laki kamek", "laki aku", "dipukul laki saya"); "laki" alone is
# any man, and "anak laki laki saya" a boy.
_HUSBAND_LAKI = re.compile(r"(?<!laki )(?<!laki-)\blaki(?= (?:kamek|aku|saya|sy|gue|gw|ambo|ulun|beta|sa|ku)\b)")
# Bare "pukul" is the time of day ("tutup pukul 12", "pukul setengah tujuh", "pukul berapa") or, in Papuan and
# everyday Malay, hitting someone ("bapa dong pukul sa pu mama", "guru pukul murid"): before anything but a time it
# is read as "memukul", after "kena" as "dipukul". "(di)pukul rata" is an average.
# "kena" before a bare violence root is its passive ("kena tampar", "kena tendang", Minang "kanai tinju", Ambon and
# Manado "dapa tampar"), as "kena pukul" is "dipukul" (below).
_KENA_HARM = re.compile(r"\b(?:kena|kene|keno|kanai|dapa) (tampar|tendang|gebuk|gebug|hajar|jambak|cekik|sundut|tonjok"
                        r"|jotos|tabok|gampar|banting|keroyok|cambuk|tempeleng|keplak|bogem|tampol|tinju|tempiling|peupeuh)\b")
# Balinese "tiang" is "I" (Indonesian: a pole): read so where no pole can be meant, before a word said of a person
# ("tiang sering kena tampar", "tiang nenten polih") or after one's own ("somah tiang", "meme tiange", "ring tiang"),
# never before a pole's kind ("tiang listrik").
_BALINESE_I = re.compile(
    r"\btiang(?= (?:sering|kena|kene|nenten|ten|sampun|sube|suba|sedeng|jagi|lakar|mau|ingin|nunas|ngidih|mohon|tusing"
    r"|sing|ngelah|madue|kari|masih|baru|sudah|sdh|udah|tidak|ga|gak|nggak)\b)")
_BALINESE_MY = re.compile(
    r"\b(somah|umah|pianak|meme|bapa|bapan|rabi|kurenan|panak|cucu|nyama|ring|ajak|teken|keluarga) tiange?\b"
    r"(?! (?:listrik|lampu|telpon|telepon|bendera|pln|beton|kayu|besi|jembatan|rumah|jalan)\b)")
# Riau's "pelantar" is a walkway over water (read "jembatan") and the pier boats berth at: with a harbour or a
# berthing boat in its clause it is the pier ("pelabuhan kapal pelantar rusak, kapal susah sandar"), DISHUB's "dermaga".
_CLAUSE_PIECE = re.compile(r"[^,;:!?()\n.]+")
_BERTHING = re.compile(r"\b(?:pelabuhan|kapal|kpl|pompong|speedboat|spidbot|feri|ferry|sandar|bersandar|disandarkan"
                       r"|nyandar|merapat|berlabuh|tambat|ditambat|bertambat|penumpang)\b")


def _pier(match: re.Match) -> str:
    piece = match.group()
    return piece.replace("pelantar", "dermaga") if "pelantar" in piece and _BERTHING.search(piece) else piece


_GOLD_MINING = re.compile(r"\bPETI\b")
# Bugis and Makassar "ri" is "di" ("laleng ri kampongku", "sampah ri depan sikola"), typed in lower case; "RI" is the
# republic, and so is a lower-case "ri" after the state's words ("hut ri", "presiden ri", "kemenkes ri") or before a
# number ("ri 1"). Session 29.
_BUGIS_RI = re.compile(r"(?<![\w'])ri(?= +[A-Za-z])")
_REPUBLIC_BEFORE = frozenset("""
hut presiden wapres wakil negara republik pemerintah pemerintahan kementerian kementrian menteri menkes dpr mpr dpd
tni polri kbri kedutaan konsulat indonesia nkri bank uu kuhp ma mk kpk bpk bnn bpom perpres pp
""".split())
# English "got" is the passive's "kena" after its subject or before what befell ("i got scammed", "my son got bitten
# by a dog"); the Indonesian "got" is a ditch ("got depan rumah mampet"). Session 29.
_ENGLISH_GOT = re.compile(
    r"\b(?:(i|we|they|he|she|you|it|have|has|had|just|also|finally|never|already) got"
    r"|got(?= (?:[a-z]+ed|bitten|hit|stolen|stuck|beaten|caught|sick|hurt|a|an|the|my|our|his|her|no)\b))\b")
_PUKUL_RATA = re.compile(r"\b(?:di)?pukul rata\b")
_BARE_PUKUL = re.compile(
    r"\b(?:(kena|kene|keno|dapa) )?pukul\b(?! *(?:\d|satu\b|dua\b|tiga\b|empat\b|lima\b|enam\b|tujuh\b|delapan\b"
    r"|sembilan\b|sepuluh\b|sebelas\b|setengah\b|stgh\b|berapa\b|brp\b|jam\b))")
_REDUPLICATION = re.compile(r"\b([a-z]{2,})2(nya|an|nan|nen|en|ne|lah|kah|ku|mu)?\b")
# Javanese endings of a doubled word ("lara2nan", "lara2nen": sickly; "bocah2ne": the children) are not kept: the
# word twice says it ("sakit sakit"), and the ending glued on made an unknown word ("laranan").
_JAVANESE_DOUBLED_ENDINGS = frozenset({"nan", "nen", "en", "ne"})
_STRETCHED = re.compile(r"([a-z])\1{2,}")
_STRETCHED_WORD = re.compile(r"[a-z]*([a-z])\1{2,}[a-z]*")
_DIGIT_ONLY = re.compile(r"^\d+[a-z]{0,3}$")


def _strip_accents(text: str) -> str:
    if text.isascii():  # nothing to strip, and a long text is not walked character by character
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _expand_reduplication(text: str) -> str:
    # "anak2" and "anak-anak" are the same word form; keep both halves as separate tokens.
    text = _REDUPLICATION.sub(lambda m: f"{m.group(1)} {m.group(1)}" + (
        "" if m.group(2) in _JAVANESE_DOUBLED_ENDINGS else m.group(2) or ""), text)
    return text.replace("-", " ")


def _child_word(match: re.Match) -> str:
    """"ana'" as "anak", the Madurese and Sundanese possessive "-na" apart ("ana'na" → "anak na": "anakna" was no
    child's word); "ana'ku" is "anakku" as typed in Indonesian."""
    return "anak " if match.string[match.end():match.end() + 2] == "na" else "anak"


# A lone "d" is chat's "di" ("jln rusak d dpn sdn 1", "d blkg pasar") before a word, but not a letter that names
# ("blok d", "kelas 5 d", "vitamin d", "s/d").
_CHAT_DI = re.compile(r"(?<![\w/.])d(?= [a-z]{2,})")
_LETTER_NAMED_BY = frozenset("""
blok blk kelas kls vitamin vit tipe type huruf nomor no lantai lt gedung ged ruang ruangan zona kavling kav sektor
tower menara gelombang golongan gol grade kategori level nilai s
""".split())


def _chat_di(match: re.Match) -> str:
    before = match.string[:match.start()].split()
    return "d" if before and (before[-1] in _LETTER_NAMED_BY or before[-1][-1:].isdigit()) else "di"


def _bugis_ri(match: re.Match) -> str:
    before = match.string[:match.start()].split()
    return "ri" if before and before[-1].lower().strip(".,:;") in _REPUBLIC_BEFORE else "di"


def _english_got(match: re.Match) -> str:
    return f"{match.group(1)} kena" if match.group(1) else "kena"


def _as_typed_case(text: str) -> str:
    """The readings that need the letters' case as typed ("PETI", Bugis "ri" against the republic's "RI")."""
    if "PETI" in text:  # Penambangan Emas Tanpa Izin, in capitals: gold mined without a permit ("peti" is a box)
        text = _GOLD_MINING.sub("tambang emas", text)
    if "ri " in text:
        text = _BUGIS_RI.sub(_bugis_ri, text)
    return text


# Rice got where its price or the market is told ("warga susah dapat beras murah di pasar", "mahal banget mau dapat
# beras") is rice bought, not the social aid's rice that comes or stops ("ga dapet beras lagi"): within one clause.
_RICE_GOT = re.compile(r"\b(?:dapat|dapet|dpt|terima|nerima|menerima)(?=\s+beras\b)")
_RICE_PRICED = re.compile(r"\b(?:harga\w*|murah|murahan|mahal|pasar)\b")


def _rice_bought(text: str) -> str:
    """A lowercase text with the getting of rice in a clause telling its price or the market read as buying it."""
    out, last = [], 0
    for match in _RICE_GOT.finditer(text):
        start = max(text.rfind(mark, 0, match.start()) for mark in ",.;:!?\n") + 1
        ends = [end for end in (text.find(mark, match.end()) for mark in ",.;:!?\n") if end >= 0]
        if _RICE_PRICED.search(text, start, min(ends, default=len(text))):
            out.append(text[last:match.start()] + "beli")
            last = match.end()
    return "".join(out) + text[last:]


def _clean(text: str) -> str:
    text = _strip_accents(_APOSTROPHES.sub("'", _as_typed_case(text))).lower()
    if "beras" in text:
        text = _rice_bought(text)
    if "got " in text:
        text = _ENGLISH_GOT.sub(_english_got, text)
    text = _EMOJI_AND_SYMBOLS.sub(" ", text).replace("_", " ")
    text = _CHILD_WITH_GLOTTAL_STOP.sub(_child_word, text)
    if "laki " in text:
        text = _HUSBAND_LAKI.sub("suami", text)
    if "tiang" in text:
        text = _BALINESE_MY.sub(r"\1 saya", _BALINESE_I.sub("saya", text))
    if "ken" in text or "kanai" in text:
        text = _KENA_HARM.sub(r"di\1", text)
    if "pelantar" in text:
        text = _CLAUSE_PIECE.sub(_pier, text)
    if "pukul" in text:
        text = _BARE_PUKUL.sub(lambda m: "dipukul" if m.group(1) else "memukul",
                               _PUKUL_RATA.sub("rata rata", text))
    if "d " in text:
        text = _CHAT_DI.sub(_chat_di, text)
    # Madurese/Javanese glottal stops are written with an apostrophe: "ta'" is one word.
    text = text.replace("'", "")
    if _STRETCHED.search(text):  # the cheap test first: the word's pattern backtracks through every word
        text = _STRETCHED_WORD.sub(_unstretch, text)
    return _expand_reduplication(text)


def _unstretch(match: re.Match) -> str:
    # A word stretched for emphasis has a vowel ("rusakkk", "tolonggg"); one without is an acronym ("pppk").
    word = match.group()
    return _STRETCHED.sub(r"\1", word) if any(vowel in word for vowel in "aiueo") else word


# Possessive endings of Javanese ("dalane", "omahku"), Madurese and Sundanese ("jhalanna", "hateupna") on a word
# that the lists above know without them.
_REGIONAL_ENDINGS = (("nya", 3), ("nye", 3), ("ipun", 3), ("ne", 4), ("na", 4), ("ku", 4), ("mu", 4), ("e", 4))


@lru_cache(maxsize=100_000)
def known_word(word: str) -> str:
    """A lowercase word as the lists above know it (a regional word or an abbreviation, with or without a regional
    possessive ending: "pareum" → "mati", "kretege" → "jembatan"); else the word."""
    known = _WORDS.get(word)
    if known is not None:
        return known
    if word.startswith("ta") and len(word) >= 6 and word[2] != "r":  # Minang "ta-" for "ter-": "tatimbun"
        known = _WORDS.get("ter" + word[2:])
        if known is not None:
            return known
    for ending, shortest in _REGIONAL_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= shortest:
            known = _WORDS.get(word[: -len(ending)])
            if known is not None:
                return known
    if word.endswith("ana") and len(word) >= 8 and word[-4] not in _VOWELS:  # Sundanese "-ana": "pamajikanana"
        known = _WORDS.get(word[:-3])
        if known is not None:
            return known
    return word


def normalize(text: str) -> str:
    """Return informal Indonesian text as canonical lowercase words separated by single spaces."""
    cleaned = _clean(text or "")
    if " " in cleaned:
        words = cleaned.split()  # the cheap test first (_PHRASE_OPENINGS): most texts hold no phrase
        if not _PHRASE_FIRST_WORDS.isdisjoint(words) and (
                _ONE_WORD_PHRASE or not _PHRASE_OPENINGS.isdisjoint(zip(words, words[1:], strict=False))):
            cleaned = _PHRASE.sub(lambda m: _PHRASES[m.group(0)], cleaned)
    joined = " ".join([known_word(word) for word in cleaned.split()])
    if "izin" in joined or "permisi" in joined:  # every courtesy formula holds one: the cheap test first
        joined = _COURTESY.sub(" ", joined)
    return " ".join(joined.split())


def as_typed(text: str, read: Callable[[str], str] = lambda word: word) -> dict[str, str]:
    """Each normalised word of the text ("istri", "pdam", "sekolah") and the word the citizen typed for it ("bojone",
    "ledeng", walikan "halokes"), lower-cased; ``read``: how a typed word was read first (``Lexicon.expand``)."""
    cleaned = _clean(text or "")
    out: dict[str, str] = {}
    if "suami" not in (text or "").lower() and "suami" in cleaned:  # "laki kamek": read as her husband
        out["suami"] = "laki"
    if "pelantar" in (text or "").lower() and "dermaga" in cleaned:  # a pier told as "pelantar"
        out["dermaga"] = "pelantar"
    for hitting in ("memukul", "dipukul"):  # bare "pukul", "kena pukul": read as hitting
        if hitting in cleaned and hitting not in (text or "").lower():
            out[hitting] = "pukul"
    for match in _PHRASE.finditer(cleaned):
        for part in _PHRASES[match.group(0)].split():
            out.setdefault(part, match.group(0))
    for word in cleaned.split():
        for piece in read(word).split():
            for part in known_word(piece).split():
                out.setdefault(part, word)
    return out


# A street, village or estate named after something ("Jl. Pasar Ikan", "Desa Sumberapi", "Kampung Nelayan")
# says where, not what: its capitalised name is no topic. The marker word itself stays.
_PLACE_NAME = re.compile(
    r"(?i:\b(?:jl|jln|jalan|gg|gang|perum|perumahan|komplek|kompleks|kp|kampung|dusun|dsn|desa|ds|dukuh"
    r"|kelurahan|kel|blok|lingkungan)\b)\.?[ \t]*([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})")
_WORD = re.compile(r"[A-Za-z]+")


def without_place_names(text: str) -> str:
    """Drop the capitalised names of streets, villages and estates after their marker ("Jl. Pasar Ikan" →
    "Jl."), when the rest of the text is written in lower case (in Title Case Text capitals tell nothing)."""
    matches = list(_PLACE_NAME.finditer(text))
    if not matches:
        return text
    spans = [match.span(1) for match in matches]
    outside = _WORD.findall(_PLACE_NAME.sub(" ", text))
    if _WORD.search(text).start() < matches[0].start():
        outside = outside[1:]  # a sentence's first word is capitalised anyway
    lower = sum(1 for word in outside if word.islower())
    if lower <= len(outside) - lower:
        return text
    for start, end in reversed(spans):
        text = text[:start] + " " + text[end:]
    return text


# Words that say where, not what: "di", "ke", "dari" and the relational nouns people use with or without them
# ("depan puskesmas", "di halaman sekolah", "masuk ke ruang kelas"). What follows them is the place of the
# problem, often a thing another agency owns ("dijambret di lampu merah" is a theft, not a traffic light).
LOCATIVE_WORDS: frozenset[str] = frozenset("""
di ke dari depan belakang samping sebelah seberang dekat sekitar pinggir tepi atas bawah dalam luar tengah
ujung pojok sepanjang arah menuju
""".split())
# Words that say when: what follows them is the occasion, not the problem ("nik anak ga kebaca pas daftar sekolah"
# is the registry's, "hp dijambret waktu pulang kerja" a theft), weighed like a place; a modal between them and
# the occasion does not end it ("pas mau daftar sekolah").
TIME_WORDS: frozenset[str] = frozenset("pas waktu wkt wktu saat ketika sewaktu semasa selagi".split())
_MODALS = frozenset("mau akan lagi sedang lg sdg hendak ingin pengen".split())
PLACE_HEADERS = (["lokasi"], ["alamat"], ["lokasinya"], ["alamatnya"])  # "Lokasi: …" names only the place
_PLACE_HEAD_WORDS = 2  # content words after a locative word that name the place ("lampu merah", "kantor desa")
# A child named by their school ("anak sd", "anak2 SMP", "anak sekolah") is who it happened to, not what: the
# school words are weighed like a place, so "anak sd dipaksa jualan tisu" is not the education office's.
_PERSON_WORDS = frozenset({"anak", "bocah", "remaja", "cucu", "adik", "adek", "putra", "putri"})
# What was stolen is not what the complaint is about ("kambing saya dicuri", "maling sapi", "dompet dicopet"): the
# words just before a theft word, and the one just after it, are weighed like a place.
_THEFT_ROOTS = frozenset("curi maling copet jambret rampok rampas begal gondol colong embat jarah bobol".split())
_STOLEN_BEFORE, _STOLEN_AFTER = 3, 1
# Who was harmed and who harmed them are not what the complaint is about ("murid SMP dilecehkan tukang ojek",
# "keponakan dicabuli guru ngajinya"): a school or a hospital named as victim or doer is not the topic, the abuse
# is. The victim comes before the word, the doer after it ("sama"/"oleh" are function words).
_ABUSE_ROOTS = frozenset("cabul leceh perkosa grepe gerayang colek sodomi aniaya siksa setubuh".split())
# Violence done to someone, however it is said ("dipukulin", "nampar", "digebuki", "dijambak", "diantemi"): as with
# the abuse words, who was harmed and who harmed them are not the topic. Bare "pukul" is mostly a time of day.
_HARM_ROOTS = _ABUSE_ROOTS | frozenset("""
pukul tampar tendang gebuk hajar jambak cekik sundut tonjok jotos tabok gampar banting keroyok cambuk cubit jewer
injak antem tempeleng keplak bogem kurung sekap goda raba dupak jiwit gitik bully buli rundung
pokol mukol mokol gebug peupeuh tempiling jitak
""".split())  # Madurese "mukol"/"epokol", Sundanese "digebug", "dipeupeuh", "ditempiling": hit
_NOT_HARM = frozenset({"pukul"})
# Touched against one's will ("dijamah", "dijama-jama" spoken; "menjamah"): not "belum terjamah", a place untouched by
# building, so the forms that are done to someone, not the root.
_TOUCHED = frozenset("dijamah jamah menjamah dijamahi dijamahin jamahin ngejamah".split())
# Made pregnant is done to someone ("dihamili", "menghamili", "ngehamilin"); pregnant ("hamil", "kehamilan") is not.
_CAUSED_PREGNANCY = re.compile(r"(?:di|meng|nge|ng)?hamil(?:i|in)(?:nya)?")
# A person sold ("adik sy dijual ke tempat hiburan", "dijualin", "diperjualbelikan") is trafficked: only of who comes
# before the passive word, since goods are sold *to* children too ("buku lks dijual ke murid").
_SOLD = re.compile(r"di(?:per)?(?:jual|jualbelikan)(?:in|kan)?(?:nya)?")
_VICTIM_BEFORE, _DOER_AFTER = 4, 3
# What something blocks or takes is where, not what: "pkl nutup trotoar", "warung liar nutupin saluran", "longsor
# tutup jalan", "mobil parkir menghalangi jalan". The two words after an active blocking word are weighed like a
# place; a passive one ("jalan ditutup warga", "tertutup longsor") names what was blocked before it, the topic.
_BLOCK_ROOTS = frozenset("tutup halang kuasai serobot caplok".split())
# Taken over for another use names what was taken before it, as a passive blocking word does ("trotoar dipake
# jualan", "bahu jalan dijadikan lapak", "trotoar dipenuhi pedagang"): passive only ("pake", "penuh" are not).
_TAKEN_ROOTS = frozenset("pakai guna jadi penuh".split())
_BLOCKED_AFTER = 2
# Pedestrians walking on the road is where a blocked sidewalk sends them, not a road's fault ("trotoar ditutup
# lapak, pejalan kaki jalan di aspal", "pejalan kaki turun ke jalan"): told last, it is weighed like a place. Not
# when more is said of the road ("pejalan kaki lewat jalan berlubang").
_WALKERS = frozenset("pejalan orang warga siswa murid pelajar anak".split())  # "siswa terpaksa jalan di aspal"
_WALKING = frozenset("jalan berjalan lewat lewatin melintas turun".split())
_WALKED_ON = frozenset("aspal jalan raya badan".split())
_WALKER_WORDS = _WALKERS | _WALKING | _WALKED_ON | {"kaki", "terpaksa", "harus"}
# Who violence is done to, when it is a child or a woman: it is then violence against them, the office for women's
# and children's protection's (`lapor.routing` reads it as the directory's "kekerasan anak"/"kekerasan perempuan").
CHILD_WORDS = frozenset("""
anak bocah balita bayi murid siswa siswi pelajar santri santriwati adik adek keponakan ponakan cucu putra putri
""".split())
WOMAN_WORDS = frozenset("""
istri bini perempuan wanita cewek cewe gadis janda ibu ibunda mama mamah mami bunda umi ummi nyokap simbok mbok biyung
nenek oma uti
""".split())  # a grandmother hit is a woman hit, not the elders' welfare ("nenek sy ditampar menantunya")
# "ibu" is mostly an address ("ibu, jalan rusak", "bapak ibu yth"), a title ("ibu guru") or "ibu kota", and is dropped
# as a function word; in a clause telling violence it is the mother, kept, when someone's ("ibu saya", "ibu tiri"),
# or hit ("bapak mukulin ibu", "ibu dipukuli"): not a possessor ("dagangan ibu sy dibanting").
_MOTHER = "ibu"
_MOTHER_OF = frozenset("saya aku kami kita kandung tiri mertua".split())
_MOTHER_WHEN = frozenset("kemarin semalam tadi barusan waktu pas".split())
# A husband who hits is violence against his wife, named or not ("salaki abdi sok nampiling", "suami sering
# menampar saya"): the doer before an active violence word, or after a passive one ("dipukul suami"); a husband
# beaten ("suami saya dipukuli preman") is not.
HUSBAND_WORDS = frozenset("suami lakinya lakinye lakine lakiku lakik".split())  # "laki" alone is any man
# Violence at home: one of the household doing it ("nenek dianiaya cucunya", "ibu saya dianiaya bapak", "mbah wedok
# digebuki putune"): after a passive violence word, before an active one, within a clause. "bapak" and "ibu" are
# function words elsewhere, so the clause's every word is read here.
_HOUSEHOLD_ROOTS = frozenset("""
suami bapak ayah bapa papa papi bokap abah anak cucu putu menantu mantu mertua kakak abang adik adek keponakan
ponakan ipar tiri istri bini somah kurenan
""".split())  # Javanese and Balinese "somah", Balinese "kurenan": one's spouse, one's household
# A man named as the one a passive violence word is done to ("suami saya dipukuli istrinya"): a woman after it does it.
_MEN = frozenset("suami bapak ayah bapa papa papi bokap abah kakek abang paman laki lakinya".split())
# A wife after a passive violence word with nobody named before it hit the one who tells it ("sy kena tampar sama bojo
# sy"), whose sex is untold: she does it, and both the police and violence at home are offered (``by_household``).
_SPOUSES = frozenset("istri bini".split())
_PEOPLE = _HOUSEHOLD_ROOTS | _MEN | WOMAN_WORDS | CHILD_WORDS | frozenset("tetangga warga orang teman kawan".split())
# A boyfriend, an ex, a fiancé hitting a woman is dating violence, her protection's (the UPTD PPA) first, as violence
# at home is ("adik perempuan saya dianiaya pacarnya"); "cowok" alone is any young man.
_PARTNER_ROOTS = frozenset("pacar mantan tunangan kekasih kabogoh".split())
_PARTNER_WORDS = frozenset("cowoknya cowoknye cowokny".split())
# Someone's relative or partner named before a child word owns the child ("pacar anak gadis saya suka mukul"): the
# child is then no doer of the active violence word after it.
_OWNER_ROOTS = _HOUSEHOLD_ROOTS | _PARTNER_ROOTS | frozenset("guru teman kawan tetangga majikan".split())
# Balinese "ring", "ajak", "olih": by; Eastern Malay "dia punya suami" (her husband) names its owner first
_BY = frozenset("oleh sama sm ama ame karo dening ring ajak olih saya sy aku gw gue kami sendiri dia punya".split())
_HARM_SPAN = 3  # typed content words between a violence word and its victim
_SCHOOL_LEVELS = frozenset("sd sdn smp smpn sma sman smk smkn mi mts ma tk paud sekolah sekolahan madrasah "
                           "kelas".split())
_CLAUSE_END = re.compile(r"[,;:!?()\n]+|\.(?:\s|$)")
# A second problem told after a first ("jalan rusak, lampu jalan juga mati", "air pdam mati & listrik jg padam"): an
# "also" word (Indonesian, Malay and Banjar, Sundanese "oge", Javanese "uga", krama "ugi") after the first words of a
# clause or a conjunction, or a word that opens one ("ditambah", "selain itu", "belum lagi", "udah gitu", "lagipula").
_ALSO_WORDS = frozenset("juga jugak jugo juo jua pula oge uga ugi pun".split())  # Minang, Malay "pun" (session 27)
_AND_WORDS = frozenset("dan terus serta lalu plus".split())
_ALSO_OPENING = frozenset("ditambah selain lagipula sekalian sekalin skalian".split())  # "..., sekalian mau tanya"
_ALSO_AFTER = {"gitu": "sudah", "begitu": "sudah", "lagi": "belum"}  # "udah gitu", "belum lagi"
# A wheelchair user telling who they are ("saya pengguna kursi roda, di RSUD tidak ada jalur landai") asks for no
# wheelchair (DINSOS's "kursi roda"): the aid's words right after a word of using it are who, not what.
_AID_USERS = frozenset("pengguna pemakai pakai memakai make pake penyandang".split())
_AIDS = frozenset("kursi roda kruk".split())


# English words saying where, read as Indonesian's locative words ("landslide near the tourist beach": the beach is only
# where); not translated (the bot's place offer drops them: "lamps broken near Masjid Agung" offers "Masjid Agung").
_ENGLISH_WHERE = frozenset("near nearby behind beside opposite".split())


def words_with_places(text: str, occasions: bool = True, clauses: list[int] | None = None,
                      also: list[int] | None = None, users: list[int] | None = None,
                      money: list[int] | None = None) -> list[tuple[str, bool]]:
    """The content words of a text (as ``content_tokens``), each with whether it names the place where
    something happened rather than what happened: the words right after a locative word, up to the next
    function word or the end of the clause, and everything after a "Lokasi:" line (a complaint's place, see
    `lapor.routing.complaint_text`). A message that opens with its place ("di puskesmas X ...") sets its topic
    there, so that place is not marked. ``occasions``: the words after a word saying when too ("pas daftar
    sekolah"). ``clauses``, when given, receives the index of each clause's first word; ``also``, the index of the
    first word of a second problem told after a first (``_ALSO_WORDS``), if any; ``users``, the indices of the words
    that only say who it happened to (a wheelchair user's aid, ``_AIDS``), also marked as the place; ``money``, the
    index of a money word an official asked for (``extorted``)."""
    times = TIME_WORDS if occasions else frozenset()
    out: list[tuple[str, bool]] = []
    header = False  # past a "Lokasi:" line: the rest of the text is the place
    text, also, users = _readings_wanted(text, also, users)
    for clause in _CLAUSE_END.split(text or ""):
        start = len(out)
        if clauses is not None:
            clauses.append(start)
        segment = start  # where the clause's last conjunction left off: a second problem's first word
        left = 0  # typed words still owed to the current place
        occasion = False  # the last typed word said when ("pas"): a modal may follow it
        typed_words = _typed_words(clause)
        mothers = _mothers(typed_words)
        if not header and [w for typed in typed_words for w in typed] in PLACE_HEADERS:
            header = True
            continue
        for k, typed in enumerate(typed_words):
            if k in mothers:
                out.append((_MOTHER, False))
                left = 0
                continue
            if header:
                out.extend((word, True) for word in typed if word not in FUNCTION_WORDS and len(word) > 1)
                continue
            first = typed[0]
            # (a conjunction's segment is never 0: the clause's first word is no conjunction to it)
            segment = also is not None and _second_problem(typed_words, k, len(out), segment, also) or segment
            if first in LOCATIVE_WORDS or first in times or first in _ENGLISH_WHERE:
                left = _PLACE_HEAD_WORDS if out else 0
                occasion = first in times
                out.extend((word, True) for word in typed if word not in FUNCTION_WORDS)
                continue
            if first in FUNCTION_WORDS:
                if not (occasion and first in _MODALS) and first != "the":  # "near the beach": still the place
                    left = 0
            else:
                content = [w for w in typed if len(w) > 1 and not _DIGIT_ONLY.match(w) and w not in FUNCTION_WORDS]
                who = bool(content) and content[0] in _SCHOOL_LEVELS and bool(out) and (
                    out[-1][0] in _PERSON_WORDS or (out[-1][0] in _SCHOOL_LEVELS and out[-1][1])  # "anak kelas 1 sd"
                ) or users is not None and _aid_of_user(typed_words, k, len(out), users)
                out.extend((word, left > 0 or who) for word in content)
                left = max(0, left - bool(content))
            occasion = False
        _mark_clause(out, start)
    _toilet_water(out)
    _who_asked_or_claimed(text, out, money)
    _mark_not_the_topic(text, out)
    return out


def _mark_not_the_topic(text: str, words: list[tuple[str, bool]]) -> None:
    """Mark as the place what the text is addressed to or says it is not about (``set_aside``), a market's goods
    (``market_goods``), what something was done to drive off or take (``purposes``) and a teacher named by their
    civil-service status (``teachers_employed``)."""
    for i in [*(index for indices in set_aside(text) for index in indices), *market_goods(text), *purposes(text),
              *teachers_employed(text)]:
        if i < len(words):
            words[i] = (words[i][0], True)


# An agency the message is addressed to ("satpol pp tolong, ...", "pak camat, ...", "ke dinas perkim ya, ...", "lapor ke
# dukcapil: ...", "ini nomor PLN kan?") is who the writer thinks should hear it, not what happened: citizens often
# name the wrong one ("satpol pp tolong, beringin ... roboh", "bpbd tolong, ada biawak masuk dapur"). Only at the
# message's opening, before a comma, a colon, a word of asking ("tolong", "mohon", "ya") or an honorific ("Pak Camat
# yth, ...", "pak kades yang terhormat"); an agency blamed ("pdam kok diem aja") or told of ("dinas PU tidak pernah
# ...") is none. Its words are weighed like a place, so an address with nothing else said still decides (the keyword
# router's guard).
_AGENCY_NICKNAMES = (
    r"pu|pupr|dpupr|perkim|disperkim|dlh|dishub|dukcapil|disdukcapil|capil|dinsos|disnaker|naker|dp3a|satpol(?:\s+pp)?"
    r"|pol\s*pp|damkar|pemadam|bpbd|dpmptsp|mpp|bapenda|dispenda|bkd|bkpsdm|disperindag|kominfo|diskominfo|dpmd"
    r"|dispertan|distan|dinkannak|disnak|dispora|disparbud|dispar|dispusip|perpusda|inspektorat|pdam|pln|polisi"
    r"|polres|polsek|bpjs|camat|kecamatan|lurah|kelurahan|kades|klebun|disdik|diknas|dinkes|rsud")
# What names an office after "dinas", "kantor" or "badan" ("dinas perkim", "kantor camat", "badan penanggulangan
# bencana"): an agency's field or nickname, never any word ("badan jalan berlubang", "kantor desa rusak, ...").
_OFFICE_FIELDS = (
    r"(?:" + _AGENCY_NICKNAMES + r"|pekerjaan umum|perumahan(?: rakyat)?|lingkungan(?: hidup)?|lh|kebersihan"
    r"|perhubungan|kependudukan|catatan sipil|sosial|tenaga kerja|pemadam(?: kebakaran)?|penanggulangan bencana"
    r"|perizinan|pendapatan|kepegawaian|perdagangan|perindustrian|komunikasi|pmd|pemberdayaan masyarakat|pertanian"
    r"|perikanan|peternakan|pemuda|kepemudaan|olahraga|pariwisata|kebudayaan|perpustakaan|arsip|pendidikan"
    r"|kesehatan|pppa|desa|bupati|walikota)(?:\s+(?:daerah|kabupaten|kab|kota))?(?=\W|$)")
_ADDRESSED = re.compile(
    r"\W*(?:(?:assalamualaikum|halo|hallo|hai|permisi|yth|kepada|kpd|untuk|utk|buat|ke|lapor|laporan|ngadu|tolong|tlg"
    r"|mohon|pak|bu|bapak|ibu|mas|mbak|min|admin|ini|nomor|no|sampaikan|teruskan)\W+){0,4}"
    r"(?P<name>(?:dinas|kantor|badan)\s+(?:" + _OFFICE_FIELDS + r")|(?:" + _AGENCY_NICKNAMES + r"))"
    # an honorific after the name ends the address as a comma does ("Pak Camat yth, ...", "pak kades yang terhormat")
    r"(?=\s*[,:!?]|\s+(?:tolong|tlg|mohon|ya|yah|kan|min|pak|bu|yth|(?:yang|yg)\s+(?:terhormat"
    r"|(?:saya|kami|kita)\s+hormati))\b)", re.IGNORECASE)
# What the writer says it is not ("bukan lampu jalan yg mati pak, listrik serumah padam", "ini bukan soal bansos ya,
# ...", "bukan pdam yg salah, ...") or not needed ("sy tdk butuh sembako pak, yg sy perlu ...") is no topic: up to
# three words after the negation, ended by a word that turns to what is meant or by the clause's end; "bukan" opening
# a clause only (a negated act, "sampah bukan diangkut malah dibakar", keeps its topic before it). Weighed like a place.
_NOT_THIS = (r"(?P<what>\w+(?:\s+\w+){0,2}?)(?=\s+(?:yg|yang|tapi|tp|kok|pak|bu|ya|lho|loh|kan|to|toh|lagi|min|doang)\b"
             r"|\s*[,.;:!?]|\s*$)")
_DENIED = re.compile(r"(?:^|[,.;:!?]\s*|\b(?:ini|itu|ni|tu|masalahnya|pak|bu|min)\s+)(?:bukan|bkn)\s+"
                     r"(?!(?:cuma|cm|cuman|hanya|hny|saja|sekedar|sekadar|doang)\b)"  # "not only X": X is told
                     r"(?:(?:soal|masalah|urusan|perkara)\s+)?" + _NOT_THIS, re.IGNORECASE)
_NOT_NEEDED = re.compile(r"\b(?:tdk|tidak|gak|ga|nggak|enggak|ngga|gk)\s+(?:butuh|perlu|minta)\s+" + _NOT_THIS,
                         re.IGNORECASE)
_MAY_DENY = re.compile(r"\bbu?kan\b|\bbkn\b|butuh|perlu|minta", re.IGNORECASE)


# A civil servant idling in working hours is a matter of staff discipline, whichever office employs them ("ada pns
# dinas pertanian tiap jam kerja main game di warkop", "pegawai kantor dinas ngilang jam kerja"): the office named
# right after the staff word is whose staff, weighed like a place, when the text tells idling or absence.
_IDLING = re.compile(r"\bjam (?:kerja|kantor|dinas)\b|\bbolos|\bmangkir|\bkeluyuran|\bkeliaran|\bngilang|\bmain game"
                     r"|\b(?:jarang|tidak|ga|gak|nggak|ndak) (?:pernah )?ngantor\b"
                     # absent while the attendance says present ("ga masuk tapi absennya penuh", "titip absen")
                     r"|\btitip absen|\babsen\w* (?:tetap |selalu )?(?:penuh|terisi|diisi|fiktif|full)\b"
                     r"|\b(?:jarang|tidak|tdk|ga|gak|nggak|ndak) (?:pernah )?masuk (?:kerja|kantor)\b", re.IGNORECASE)
# A market named by what it sells is the market ("atap pasar ikan bocor", Medan's "pajak ikan", "los ikan"): the goods
# are no topic of their own (the fisheries office's fish), weighed like a place. Not a livestock market ("pasar hewan").
_MARKET_GOODS = re.compile(r"\b(?:pasar|pajak|los|kios)\s+(ikan|sayur|sayuran|buah|daging|ayam|beras|kain|bunga)\b",
                           re.IGNORECASE)


# What a thing was done to drive off or to take ("bakar ban buat usir nyamuk", "bakar ban biar nyamuknya pergi", "bakar
# kabel buat ambil tembaganya") is no topic: the mosquitoes are not what the smoke is about (FT049 went to DINKES).
_PURPOSE = re.compile(
    r"\b(?:buat|bwt|untuk|utk|biar|supaya|spy|agar)\s+(?:(?:usir|ngusir|ngusirin|mengusir|nangkal|menangkal|ambil|ngambil"
    r"|mengambil)\s+(\w+)|(\w+)\s+(?:pada\s+)?(?:pergi|kabur|minggat|menjauh|ga datang|gak datang|ga dateng))\b",
    re.IGNORECASE)


def purposes(text: str) -> list[int]:
    """In a text, the indices of its content words naming what something was done to drive off or take
    (``_PURPOSE``)."""
    if not _MAY_PURPOSE.search(text):  # most texts: one search
        return []
    return _word_indices(text, [m.span(1) if m.group(1) else m.span(2) for m in _PURPOSE.finditer(text)])


_MAY_PURPOSE = re.compile(r"usir|nangkal|ambil|pergi|kabur|minggat|menjauh|datang|dateng", re.IGNORECASE)


# A teacher named by their civil-service status ("saya guru pppk ... sk pengangkatan belum kami terima", "guru p3k
# belum terima sk", "pensiunan guru, sk pensiun belum keluar") tells who is employed: the appointment, rank or pension
# is the civil service's, not the school's. The teacher word beside the status word is weighed like a place.
_TEACHERS = frozenset("guru gurunya".split())
_SERVICE_STATUS = frozenset("pppk p3k pns asn cpns pensiunan".split())
_MAY_STATUS = re.compile(r"pppk|p3k|pns|asn|pensiunan", re.IGNORECASE)


def teachers_employed(text: str) -> list[int]:
    """In a text, the indices of its content words naming a teacher by their civil-service status ("guru pppk",
    "asn guru", "pensiunan guru")."""
    if "guru" not in text.lower() or not _MAY_STATUS.search(text):  # most texts: two searches
        return []
    words = content_tokens(text)
    return [i for i, word in enumerate(words) if word in _TEACHERS
            and ({words[i - 1] if i else "", words[i + 1] if i + 1 < len(words) else ""} & _SERVICE_STATUS)]


def market_goods(text: str) -> list[int]:
    """In a text, the indices of its content words naming what a market named sells (``_MARKET_GOODS``)."""
    if "pasar" not in text and "los" not in text and "kios" not in text and "pajak" not in text:
        return []
    return _word_indices(text, [m.span(1) for m in _MARKET_GOODS.finditer(text)])


_CIVIL_SERVANTS = frozenset("pns asn pegawai honorer staf staff oknum".split())
_EMPLOYERS = frozenset("dinas badan kantor".split())
_NICKNAME_WORD = re.compile(f"(?:{_AGENCY_NICKNAMES})", re.IGNORECASE)


def staff_office(words: list[str]) -> list[int]:
    """In content words, the indices of the office named right after a civil servant's word ("pns dinas pertanian",
    "asn kantor dinas pendidikan", "pegawai dukcapil"): the office and the one word naming it."""
    out: list[int] = []
    for i, word in enumerate(words[:-1]):
        if word not in _CIVIL_SERVANTS:
            continue
        j = i + 1
        while j < len(words) and words[j] in _EMPLOYERS:
            j += 1
        if j > i + 1:  # "dinas pertanian", "kantor dinas pendidikan"; not "kantor dinas ngilang"
            out.extend(range(i + 1, j + (j < len(words) and not _IDLING.match(words[j]))))
        elif _NICKNAME_WORD.fullmatch(words[i + 1]):
            out.append(i + 1)
    return out


def idling_staff(text: str) -> list[int]:
    """In a text telling a civil servant of an office idling ("pegawai kantor dinas sosial bolos tiap hari"), the
    indices of its content words naming the civil servant and the idling: staff discipline, whichever office employs
    them (the office is set aside, ``staff_office``). Else nothing."""
    idling = [m.span() for m in _IDLING.finditer(text or "")]
    if not idling:  # most texts: one search
        return []
    words = content_tokens(text)
    office = set(staff_office(words))
    staff = [i for i, word in enumerate(words[:-1]) if word in _CIVIL_SERVANTS and i + 1 in office]
    return [*staff, *_word_indices(text, idling)] if staff else []


# A traffic light named as where something happened ("badut jalanan di lampu merah ngetok kaca mobil", "hp dijambret
# di lampu merah") is a landmark, as an agency addressed is no matter: at the place's weight the transport office's
# strongest phrase still led a busker (fresh31's FU112) or a snatch theft. Not when the light itself is told of (its
# state: "lampu merah di perempatan mati", "di lampu merah nyalanya cuma 5 detik").
_LANDMARK_LIGHT = re.compile(r"\b(?:di|dekat|deket|dkt|depan|dpn|sekitar|pinggir|ke|dari|teng|ning|nang|neng)\s+"
                             r"(?:(?:perempatan|prapatan|simpang|pertigaan)\s+)?(?P<light>lampu merah|lampu stopan"
                             r"|lampu setopan|lampu lalin|bangjo|bang jo|traffic light)\b", re.IGNORECASE)
# The light's state is told beside it ("di lampu merah yang mati", "di lampu merah simpang tiga nyalanya cuma 3
# detik"), within ``_LIGHT_REACH`` words either side in its clause: a time word elsewhere ("pengamen di lampu merah
# ... sudah lama meresahkan", "lamaran") tells no light's state (routing16 searched the whole text; the light led).
_LIGHT_TOLD = re.compile(r"(?<!sudah )(?<!udah )(?<!sdh )(?<!sejak )(?<!dari )\b(?:mati|mati2|padam|rusak|eror|error"
                         r"|kedip|kedap|berkedip|nyala|menyala|detik|lama|lambat|miring|roboh|tumbang|berfungsi|pejah"
                         r"|pareum|kebalik|bareng|barengan|durasi)(?:nya)?\b", re.IGNORECASE)
_LIGHT_REACH = 3


def _landmark_lights(text: str) -> list[int]:
    """In a text, the indices of its content words naming a traffic light only as where something happened
    (``_LANDMARK_LIGHT``); none when its state is told beside it (``_LIGHT_TOLD``)."""
    spans = []
    for match in _LANDMARK_LIGHT.finditer(text):
        before = " ".join(re.split(r"[,.;:!?\n]", text[:match.start()])[-1].split()[-_LIGHT_REACH:])
        after = " ".join(re.split(r"[,.;:!?\n]", text[match.end("light"):])[0].split()[:_LIGHT_REACH])
        if _LIGHT_TOLD.search(f"{before} {match.group()} {after}"):
            return []
        spans.append(match.span("light"))
    return _word_indices(text, spans) if spans else []


def set_aside(text: str) -> tuple[list[int], list[int]]:
    """In a text, the indices of its content words (as ``content_tokens``) that name an agency it is addressed to
    (``_ADDRESSED``), the office of a civil servant idling (``staff_office``) or a traffic light named only as where
    something happened (``_landmark_lights``), and of those naming what it says it is not about (``_DENIED``,
    ``_NOT_NEEDED``, unless asked: ``_asks_whether``): none is what the complaint is about. What is denied is not read
    at all; the rest is weighed like a place."""
    text = text or ""
    address = _ADDRESSED.match(text)
    addressed = _word_indices(text, [address.span("name")]) if address else []
    if _IDLING.search(text):
        addressed += staff_office(content_tokens(text))
    lowered = text.lower()
    if "lampu" in lowered or "bang" in lowered or "traffic" in lowered:  # most texts: three tests
        addressed += _landmark_lights(text)
    if not _MAY_DENY.search(text):  # most texts: one search
        return addressed, []
    denied = [m.span("what") for pattern in (_DENIED, _NOT_NEEDED) for m in pattern.finditer(text)
              if not _asks_whether(text, m)]
    return addressed, _word_indices(text, denied)


# A question with "bukan" asks whether it is so ("apa ini bukan nepotisme?", "itu bukan pungli namanya?", "bukan odgj
# ya?"): what it names is told, not denied. Asked by "apa"/"apakah"/"masa" before it, or by a question mark right
# after the words (a tag word between: "ya", "sih", "namanya"...). "kan", "to", "toh" confirm the denial: "bukan kabel
# pln kan? itu kabel internet" says it is not PLN's (routing16 read it as asked, and the cable led PLN).
_ASKING_BEFORE = re.compile(r"\b(?:apa|apakah|apa iya|apa benar|apa bener|masa|masak)\s+$", re.IGNORECASE)
_ASKED_AFTER = re.compile(r"\s*(?:(?:ya|yah|sih|namanya|tuh|kah)\s*)?\?")


def _asks_whether(text: str, match: re.Match) -> bool:
    """Whether a denial's match is a question asking whether it is so (``_ASKING_BEFORE``, ``_ASKED_AFTER``)."""
    start = match.start()
    if text[start:start + 1] in ",.;:!?":  # the clause's opening punctuation is the match's first character
        start += 1
    return bool(_ASKING_BEFORE.search(text[:start]) or _ASKED_AFTER.match(text, match.end("what")))


def _word_indices(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """The indices, among a text's content words, of the content words within each span of the text."""
    out: list[int] = []
    for start, end in spans:
        first = len(content_tokens(text[:start]))
        out.extend(range(first, first + len(content_tokens(text[start:end]))))
    return out


def asked_or_claimed(text: str, words: list[str]) -> list[int]:
    """In a text and its content words, the indices of who asked money and what for (``extorted``) and of who an
    impostor claims to be (``impersonated``): not what the text is about."""
    if not _MAY_ASK_OR_CLAIM.search(text or ""):  # most texts: one search
        return []
    asked = extorted(text, words)
    return [*(asked[1] if asked else ()), *impersonated(text, words)]


def _who_asked_or_claimed(text: str, words: list[tuple[str, bool]], money: list[int] | None) -> None:
    """Mark as the place who asked money and what for, and who an impostor claims to be (``asked_or_claimed``); note
    the money word's index in ``money``."""
    if not _MAY_ASK_OR_CLAIM.search(text or ""):  # most texts: one search
        return
    plain = [word for word, _ in words]
    asked = extorted(text, plain)
    for i in [*(asked[1] if asked else ()), *impersonated(text, plain)]:
        words[i] = (words[i][0], True)
    if asked and money is not None:
        money.append(asked[0])


_MAY_TELL_TWO = re.compile(r"\b(?:juga|jg|jga|jugak|jugo|juo|jua|pula|oge|uga|ugi|pun|ditambah|selain|lagipula|gitu"
                           r"|begitu|lagi|sekalian|sekalin|skalian)\b", re.IGNORECASE)


def _readings_wanted(text: str, also: list[int] | None, users: list[int] | None
                     ) -> tuple[str, list[int] | None, list[int] | None]:
    """The text, with "&" a conjunction to ``_second_problem`` when it is read ("air mati & listrik jg padam": "dan" is
    no content word), and the two out-lists, None where the text cannot tell them (most texts: no call a word)."""
    text = text or ""
    if also is not None and not _MAY_TELL_TWO.search(text):
        also = None
    elif also is not None and "&" in text:
        text = text.replace("&", " dan ")
    if users is not None and not ("kursi" in text or "kruk" in text):
        users = None
    return text, also, users


def _second_problem(typed_words: list[list[str]], k: int, size: int, segment: int, also: list[int] | None) -> int:
    """Note in ``also`` where a second problem begins if the clause's ``k``-th typed word tells one (``_ALSO_WORDS``),
    given ``size`` content words so far and the clause's ``segment`` (its start, or its last conjunction); return the
    segment as it is after the word."""
    if also is None or also or not size or k + 1 >= len(typed_words):  # "also" said of something, after something
        return segment
    first = typed_words[k][0]
    if first in _AND_WORDS:
        return size
    if first in _ALSO_WORDS and size > segment > 0:
        also.append(segment)
    elif first in _ALSO_WORDS and segment == 0 and size > 1:
        also.append(size - 1)  # "air pdam mati listrik juga padam": the word before it is the new subject
    elif first in _ALSO_OPENING or k and _ALSO_AFTER.get(first) == typed_words[k - 1][-1]:
        also.append(size)
    return segment


def _aid_of_user(typed_words: list[list[str]], k: int, size: int, users: list[int] | None) -> bool:
    """Whether the clause's ``k``-th typed word is a walking aid right after a word of using it ("pengguna kursi
    roda"); if so, note its index (``size``, the content words so far) in ``users``."""
    if users is None or not k or typed_words[k][0] not in _AIDS:
        return False
    before = typed_words[k - 1][-1]
    if before in _AID_USERS or before in _AIDS and users and users[-1] == size - 1:
        users.append(size)
        return True
    return False


def _mark_clause(out: list[tuple[str, bool]], start: int) -> None:
    """Mark the words of the clause from ``start`` that are not its topic: what was stolen, what was blocked, who
    was harmed and by whom."""
    _mark_around(out, start, lambda word: _has_root(word, _THEFT_ROOTS), _STOLEN_BEFORE, _STOLEN_AFTER)
    _mark_around(out, start, is_blocking, 0, _BLOCKED_AFTER)
    # ... and a passive one with its doer after it: what was blocked, before it, is where ("trotoar ditutup lapak
    # pedagang"); without a doer ("jalan ditutup") it is what is told of. (Not what was taken for a use: "ga berani
    # dipake masak" has no doer.)
    for i in range(start + 1, len(out) - 1):
        if _passive_blocking(out[i][0]):
            out[i - 1] = (out[i - 1][0], True)
    # (what is sold is a place only when it is a person: "bansos dijual" is about the aid)
    _mark_around(out, start, lambda word: is_harm(word) and not _SOLD.fullmatch(word), _VICTIM_BEFORE, _DOER_AFTER)


def _mothers(typed_words: list[list[str]]) -> set[int]:
    """The indices of the typed words of a clause telling violence that are a mother (see ``_MOTHER``)."""
    if [_MOTHER] not in typed_words or not any(is_harm(word) for typed in typed_words for word in typed):
        return set()
    plain = [typed[0] if len(typed) == 1 else "" for typed in typed_words]
    out = set()
    for k, word in enumerate(plain):
        if word != _MOTHER:
            continue
        before = plain[k - 1] if k else ""
        after = plain[k + 1] if k + 1 < len(plain) else ""
        if is_harm(before) or (after in _MOTHER_OF or is_harm(after)) and (
                not before or before in FUNCTION_WORDS or before in _MOTHER_WHEN):
            out.add(k)
    return out


# A public place's toilet without water is the place's to mend, not the water utility's ("Terminal bis kotor, wc
# nya bayar tp ga ada air", "WC umum di pasar ... airnya ga ngalir", a hospital's bathroom): with a toilet and a
# public place named, the water is the toilet's (weighed like a place) and the place is whose toilet it is (not
# where). A home's bathroom without water ("kamar mandi rmh sy ga ada air") names no public place: unchanged.
_TOILET_WORDS = frozenset("wc toilet toilette jamban kakus mck urinoir".split())
_WATER_ROOTS = frozenset("air kran keran ledeng".split())
# What is said of a toilet that other agencies own words for: its smell and dirt (DLH's "bau", "kotor"), a
# blocked one (PUPR's "mampet"): with a public place named, they are the place's ("kamar mandi pasar bau pesing,
# kran ga ngalir" is the market's, not PDAM's). The toilet itself, and its being public (PERKIM's "wc umum"), are
# not read by the classifier either (``itself``); the keyword router still counts them, at the place's weight.
_TOILET_STATE = frozenset("bau pesing kotor jorok mampet".split())
_TOILET_ITSELF = frozenset("umum kamar mandi".split())
_PUBLIC_PLACES = frozenset("""
terminal stasiun pelabuhan bandara halte pasar sekolah sd smp sma smk madrasah mts kampus puskesmas pustu rsud
rs klinik pasien bangsal kantor masjid musala mushola musholla alun taman pantai wisata gor stadion spbu pendopo
mpp pesantren pondok
""".split())


# A public place's own lamps are no street lights ("gor kabupaten lampune mati separo", "lampu lorong rsud mati"):
# PERKIM's "lampu mati" is the street's. With a public place named and no street ("lampu jalan depan gor" stays
# PERKIM's), no traffic light and no power cut ("mati lampu", "listrik"), the lamp and what is said of it are weighed
# like a place and the public place is whose lamps they are. Parks and squares keep PERKIM's lamps.
# A street named only far from the lamp is no street light ("... gelap lampunya mati semua, banyak pedagang akhirnya
# turun jualan di jalan": a long run-on's vendors in the street made a market's own lamps PERKIM's, fresh31's FU059).
_LAMP_STATE = frozenset("mati padam rusak pecah redup kedip putus konslet korslet gelap".split())
_NOT_OWN_LAMPS = frozenset("""
listrik pln taman alun masjid musala mushola musholla pesantren pondok
""".split())
_STREET_LAMPS = frozenset("jalan jalanan gang pju penerangan merah lintas".split())  # "lalu" alone is "then"
_STREET_NEAR = 4  # content words between a lamp and the street that makes it a street light


def own_lamps(words: list[str]) -> tuple[list[int], list[int]]:
    """In content words naming a public place's own lamps: the indices of the lamp and its state, and of the
    public place; else nothing."""
    lamps = [i for i, w in enumerate(words) if w.startswith("lampu") and not (i and words[i - 1] == "mati")]
    if not lamps or _NOT_OWN_LAMPS & set(words) or any(
            word in _STREET_LAMPS and any(abs(i - lamp) <= _STREET_NEAR for lamp in lamps)
            for i, word in enumerate(words)):
        return [], []
    places = [i for i, w in enumerate(words) if w in _PUBLIC_PLACES or _has_root(w, _PUBLIC_PLACES)]
    if not places:
        return [], []
    return sorted({*lamps, *(i for i, w in enumerate(words) if w in _LAMP_STATE)} - set(places)), places


# A public place's building said to be damaged ("atap pasar bocor", "atap sekolah bocor", "plafon puskesmas jebol") is
# a complaint however few words tell it: the detector read such short texts as chit-chat and the router abstained.
_BUILDING_PARTS = frozenset("atap atapnya genteng plafon plafond lantai tembok dinding pagar gedung bangunan kanopi"
                            .split())
_BUILDING_DAMAGE = frozenset("bocor jebol ambrol rusak retak roboh rubuh ambruk lapuk bolong runtuh".split())


# An advert (offer + call to act, in no one's voice: "jasa pembuatan website murah ..., chat admin sekarang") is no
# complaint: its service's words (the internet's, "hubungi" read as "perhubungan") led an agency. A complaint about
# selling or adverts speaks as someone ("saya ditipu jual beli online ...") or names no call to act ("spanduk promo
# sedot wc dipaku di pohon").
_SELLING = re.compile(r"\b(?:promo|diskon|murah|murmer|jual|jasa|open order|dapatkan|gratis ongkir|terjangkau|garansi"
                      r"|bergaransi|testimoni|mulai \d|tanpa agunan|tanpa jaminan|unlimited|followers|ready stock"
                      r"|stok terbatas)\b", re.IGNORECASE)
_CALL_TO_ACT = re.compile(r"\b(?:hubungi|hub|order|pesan sekarang|daftar sekarang|chat|minat|klik|link di bio|wa\.me"
                          r"|dm|cek bio|info lanjut)\b", re.IGNORECASE)
_SOMEONE_SPEAKS = re.compile(r"\b(?:saya|sy|aku|aq|gue|gw|kami|kita|tolong|tlg|lapor|ditipu|tertipu|kena|kok|mohon"
                             r"|resah|ganggu|pak|bu|min|ya)\b", re.IGNORECASE)


# A complaint told in the third person may carry an offer's and a call's words ("Pasar murah dari dinas dibatalkan ...
# Info lanjut hubungi ketua RT", "obat murah dijual bebas tanpa resep, order lewat chat wa"): a grievance's marks or an
# agency named make it no advert.
_GRIEVANCE = re.compile(r"\b(?:warga|masyarakat|resah|meresahkan|keluhkan|mengeluh|dibatalkan|batal|dibatalin|ditunda"
                        r"|tidak sampai|tdk sampai|ga sampai|gak sampai|belum sampai|tanpa resep|tanpa izin|ilegal"
                        r"|liar|palsu|penipuan|menipu|mencekik|kedaluwarsa|kadaluarsa|oplosan|di atas het|melebihi het"
                        r"|dinas|dinsos|pemkab|pemda|pemerintah|bupati|camat|kecamatan|kelurahan|desa|rsud|puskesmas"
                        r"|sekolah|polisi|satpol)\b", re.IGNORECASE)


def is_advert(text: str) -> bool:
    """Whether a text is an advert: an offer and a call to act, with no one speaking (``_SELLING``...) and no
    grievance's mark nor agency named (``_GRIEVANCE``)."""
    text = text or ""
    return bool(_SELLING.search(text) and _CALL_TO_ACT.search(text) and not _SOMEONE_SPEAKS.search(text)
                and not _GRIEVANCE.search(text))


def building_damaged(words: list[str]) -> bool:
    """Whether content words tell a public place's building damaged (a part of it, and damage; or the place itself,
    damage told right after it: "kantor kelurahan bocor", "puskesmas bocor kalau hujan")."""
    damaged = [i for i, w in enumerate(words) if w in _BUILDING_DAMAGE or _has_root(w, _BUILDING_DAMAGE)]
    if not damaged:
        return False
    places = [i for i, w in enumerate(words) if w in _PUBLIC_PLACES]
    if not places:
        return False
    return bool(_BUILDING_PARTS.intersection(words)) or any(0 < d - p <= 2 for p in places for d in damaged)


# A street light's or a traffic light's pole, cable and current are the light's, not the household power PLN sells
# ("tiang listrik PJU miring", "listrik pju korslet", "lampu merah padam, kabelnya putus"): with such a light named, and
# no power cut ("mati lampu", "listrik padam") nor a home's power ("listrik rumah", a token, a meter, a bill), those
# words are weighed like a place. "tiang listrik roboh menimpa rumah" names no light: PLN's.
_LIGHTS = frozenset("pju penerangan apill".split())
_LAMP_OF = frozenset("jalan jalanan gang penerangan pju merah lalu apill kampung".split())
_POWER_ROOTS = frozenset("listrik kabel setrum strum korslet konslet korsleting".split())  # not a state ("padam")
_POWER_CUT_STATE = frozenset("padam mati byarpet putus".split())
_HOME_POWER = frozenset("token meteran kwh tagihan rekening pemadaman byarpet pln".split())


def light_power(words: list[str]) -> list[int]:
    """In content words naming a street or traffic light: the indices of its pole, cable and current; else nothing."""
    lights = [i for i, w in enumerate(words) if w in _LIGHTS or w[:10] == "penerangan" or (
        w[:5] == "lampu" and i + 1 < len(words) and words[i + 1] in _LAMP_OF)]
    if not lights or _HOME_POWER & set(words):
        return []
    if any(a == "mati" and b.startswith("lampu") or a.startswith("listrik") and (b in _POWER_CUT_STATE or b == "rumah")
           for a, b in zip(words, words[1:], strict=False)):
        return []
    power = [i for i, w in enumerate(words) if _has_root(w, _POWER_ROOTS)]
    poles = [i for i, w in enumerate(words) if w.startswith("tiang") and not (
        i + 1 < len(words) and (words[i + 1].startswith("lampu") or words[i + 1] in _LIGHTS))]
    return sorted({*power, *poles} - set(lights)) if power or poles else []


# Money asked of a citizen ("minta uang", Javanese "njaluk duit", Sundanese "menta artos", Minang "mintak pitih") by an
# official of the regency ("pak lurah", "kades", "staf kecamatan", "pegawai kantor camat") or for an office's service
# ("buat ngurus surat", "tanda tangan", "legalisir") is extortion, the inspectorate's "pungli": who asked and what for
# are weighed like a place (the office named did it, the document was its pretext), and not read by the classifier
# when suggesting; the router reads the money word as "pungli".
# "minta uang" alone stays unread: an impostor's "minta transfer duit", a beggar's, a child's, a school's fee.
# Money is asked in more ways (session 27): a levy ("narik uang", "setor 100 ribu ke kadus"), a payment one is told to
# make ("disuruh bayar", "harus bayar", Minang "suruah bayia"), a "sumbangan" (Batak "hepeng", Bugis "doi"), aid cut
# ("bansos dipotong perangkat desa"); the official may be named after it ("... ke kadus"), and a price paid for speed
# or a pass ("biar cepet", "supaya lolos", Minang "supayo capek") is one whoever asked.
_MAY_ASK_MONEY = re.compile(r"mint|njaluk|menta|palak|malak|mangido|narik|tarik|pungut|setor|suruh|suruah|harus|wajib"
                            r"|potong|pangkas|sunat|bayar|bayia|kasih|ngasih|sogok", re.IGNORECASE)
_MONEY = (r"(?:uang|duit|doku|artos|pitih|pesse|hepeng|doi|biaya|bayaran|bayar|bayia|ongkos|imbalan|sumbangan"
          r"|\d+(?:[.,]\d+)?\s*(?:rb|ribu|rebu|k|jt|juta|yuta)\b)")
_ASKED_MONEY = re.compile(r"\b(?:minta|meminta|diminta|dimintai|mintai|mintain|dimintain|mintak|dimintak|mamintak"
                          r"|njaluk|menta|palak|malak|dipalak|memalak|mangido|narik|menarik|ditarik|tarik|pungut"
                          r"|memungut|setor|nyetor|menyetor|(disuruh|suruh|nyuruh|suruah|harus|wajib))\b\W+(?:\w+\W+)?"
                          + _MONEY, re.IGNORECASE)
# a sum paid, or to be paid, for speed or a pass ("bayar 2 juta biar lolos pppk"): read only with ``_FOR_SPEED``
_PAID = re.compile(r"\b(?:bayar|membayar|dibayar|bayarin|bayia|kasih|ngasih|nyogok|setor|nyetor)\W+(?:\w+\W+)?"
                   r"\d+(?:[.,]\d+)?\s*(?:rb|ribu|rebu|k|jt|juta|yuta)\b", re.IGNORECASE)
# aid cut: the aid, then the cut ("bansos kami dipotong", "blt dd dipangkas")
_CUT_AID = re.compile(r"\b(?:bansos|bantuan|blt|pkh|bpnt|bst|sembako)\b\W+(?:\w+\W+){0,2}"
                      r"(?:dipotong|dipotongin|dipangkas|disunat|potong|motong)\b", re.IGNORECASE)
# a price for speed or a pass: a purpose word, then what it buys, within the sentence after the money
_FOR_SPEED = re.compile(r"\b(?:biar|supaya|spy|agar|supayo|ben|men|bia)\W+(?:\w+\W+){0,3}?"
                        r"(?:cepat|cepet|capek|lancar|lolos|lulus|diproses|cair|keluar|kelar|beres)\b", re.IGNORECASE)
_MONEY_WORDS = frozenset("uang biaya bayaran bayar ongkos imbalan sumbangan hepeng doi bayia ribu juta".split())
_TAKING_WORDS = frozenset("""
setor nyetor menyetor narik menarik ditarik dipotong dipotongin dipangkas disunat kasih ngasih bayarin membayar
dibayar nyogok
""".split())  # money handed, taken or cut: the official may be named after it
_OFFICIALS = frozenset("""
lurah kades sekdes carik perangkat kadus kasun camat sekcam oknum aparat pns asn kuwu klebun keuchik pejabat
kapitalaung kaur kasi pendamping
""".split())
# "kepala desa", not "kepala sekolah"; a livestock officer ("mantri hewan dinas")
_OFFICE_STAFF = frozenset("staf staff pegawai petugas kepala urang mantri".split())
_OFFICES = frozenset("""
kecamatan kelurahan desa dusun kampung kantor dinas capil dukcapil disdukcapil camat lurah nagari dishub dinsos
satpol
""".split())
_OFFICE_SERVICES = frozenset("""
urus ngurus mengurus diurus pengurusan urusan ngurusin urusin diurusin mangurus maurus surat tanda ttd administrasi
legalisir pengantar rekomendasi sertifikat berkas akta ktp
""".split())
_PRETEXTS = _OFFICE_SERVICES | frozenset("kk bansos bantuan blt pkh bpnt bst".split())
_POSING = frozenset("mengatasnamakan mengaku ngaku catut mencatut dicatut palsu gadungan bodong".split())
_ASKER_SPAN = 5    # content words before the money that may name who asked
_ASKER_AFTER = 3   # ... after it ("setor 50rb ke sekdes", "dipotong perangkat desa")
_SERVICE_SPAN = 6  # ... after it that may name what it was asked for


# Companies and offices outside the regency's government: their staff's asking is no matter for its inspectorate
# ("petugas pln minta duit 300rb biar pasang baru cepet" stays PLN's)
_NOT_REGENCY_OFFICES = frozenset("pln pdam polisi polres polsek bpjs".split())


def _an_office(word: str, nicknames: bool) -> bool:
    """Whether a content word names a regency office: a regional office's word, or with ``nicknames`` a nickname of one
    ("staf bapenda", "petugas kebersihan dlh", "pegawai dpmptsp")."""
    return word in _OFFICES or nicknames and word not in _NOT_REGENCY_OFFICES and bool(_NICKNAME_WORD.fullmatch(word))


# Money that is no fee: a bribe's words ("pelicin", "uang rokok", "fee"), no receipt or ticket given, more than the
# official rate ("minta tambahan", "padahal tarif resmi ..."), a condition ("baru mau angkut"). Any agency's staff
# asking with one is extortion (routing15's "staf bapenda minta tambahan 50rb"); without one, an agency's staff telling
# a fee, a tax or a price ("staf bapenda bilang saya harus bayar pbb 2 juta") is about that charge, its agency's.
_UNOFFICIAL = re.compile(
    r"\b(?:pelicin|fee|komisi|upeti|pungli|suap|sogok|nyogok|uang (?:rokok|kopi|bensin|lelah|terima ?kasih|damai|jalan)"
    r"|(?:tanpa|tidak|tdk|tak|ga|gak|nggak|ngga|enggak|gk|g) (?:ada |dikasih |diberi |dapat |dapet )?"
    r"(?:kuitansi|kwitansi|kwitansinya|kuitansinya|karcis|karcisnya|struk|nota|bukti|tanda terima|tiket)"
    r"|minta (?:tambahan|lebih)|tambahan \d|(?:tarif|harga|biaya) resmi(?:nya)?|resminya|di luar tarif|baru mau"
    r"|(?:kalau|kalo|klo|kl) (?:ga|gak|nggak|tidak|tdk) (?:dikasih|dikasi|dibayar|bayar|ngasih))\b", re.IGNORECASE)
# a legal charge named: the money is its fee, tax, premium or fine unless ``_UNOFFICIAL`` tells otherwise
_LEGAL_CHARGE = re.compile(r"\b(?:pbb|pajak|iuran|retribusi|tarif|biaya operasi|denda|bpjs|premi|sppt|bphtb"
                           r"|tagihan|tunggakan)\b", re.IGNORECASE)


def _askers(words: list[str], near: list[int], nicknames: bool) -> list[int]:
    """Among content words at the indices ``near`` the money, those naming who asked: an official, or an office's
    staff with their office and what is between ("staf kecamatan", "mantri hewan dinas"; any agency's nickname
    with ``nicknames``: "staf bapenda")."""
    askers: list[int] = []
    for i in near:
        word = words[i]
        if word in _OFFICIALS or word in _OFFICE_STAFF and any(_an_office(w, nicknames) for w in words[i + 1:i + 3]):
            askers.append(i)
        elif askers and askers[-1] >= i - 2 and _an_office(word, nicknames):  # its office ("perangkat desa"),
            askers.extend(range(askers[-1] + 1, i + 1))  # and what is between ("mantri hewan dinas")
    return askers


def extorted(text: str, words: list[str]) -> tuple[int, list[int]] | None:
    """Money asked by an official or for an office's service, in a text and its content words: the index of the money
    word and those of the words naming who asked and what for, up to two words after the last service named ("pak
    lurah minta uang 300 ribu buat ngurus surat tanah": 1, [0, 2, 3, 4, 5]); else None. A quick search first: most
    texts ask no money."""
    if not _MAY_ASK_MONEY.search(text or ""):
        return None
    asked = _ASKED_MONEY.search(text) or _CUT_AID.search(text) or _PAID.search(text)
    if not asked:
        return None
    told = asked.re is _PAID or asked.re is _ASKED_MONEY and asked.group(1)  # told to pay, or paid: its fee?
    money = next((i for i, word in enumerate(words) if word in _MONEY_WORDS or word in _TAKING_WORDS), None)
    if money is None or _POSING & set(words[:money]):  # "akun wa ngaku2 pak camat minta transfer duit": a fraud
        return None
    # the official after the money only for money handed or cut ("setor 50rb ke sekdes", "dipotong perangkat desa"):
    # "harus bayar 100rb buat tanda tangan camat" names whose signature, not who asked
    after_money = range(money + 1, min(len(words), money + 1 + _ASKER_AFTER)) if words[money] in _TAKING_WORDS else ()
    clause_end = _CLAUSE_END.search(text, asked.end())  # in the money's own clause: "..., tolong biar cepat" is a plea
    speed = _FOR_SPEED.search(text, asked.end(), clause_end.start() if clause_end else len(text))
    unofficial = bool(speed or _UNOFFICIAL.search(text))
    if not unofficial and _LEGAL_CHARGE.search(text):
        return None  # a fee, a tax, a fine named ("harus bayar pbb 2 juta", "sudah bayar iuran"): the charge's agency
    # any agency's staff ("staf bapenda") ask only with a bribe's or a pass's mark; an office's ("staf kecamatan") and
    # an official ("pak kades") as before
    askers = _askers(words, [*range(max(0, money - _ASKER_SPAN), money), *after_money], unofficial)
    after = words[money + 1:money + 1 + _SERVICE_SPAN]
    services = [money + 1 + k for k, word in enumerate(after) if word in _OFFICE_SERVICES]
    if not askers and not speed and (not services or told):
        return None  # told to pay for a service ("harus bayar ... buat ngurus") may be its fee: an official or speed
    if told and not unofficial and not services and not any(words[i] in _OFFICIALS for i in askers):
        return None  # told or paid to staff, with no service ("mantri hewan dinas sudah dibayar 150 ribu"): a price
    # what it was asked for ("buat ngurus surat pindah", "tanda tangan camat"): the price's, not the document's office;
    # up to two words after the last service named
    upto = services[-1] + 3 if services else money + 1
    if speed:  # what speed or pass was paid for ("biar anak sy lolos pppk")
        start = len(content_tokens(text[:speed.start()]))
        upto = max(upto, start + len(content_tokens(speed.group(0))) + 2)
    elif askers and askers[0] < money and asked.re is _ASKED_MONEY:
        # an official asked: of whom and what for, to the clause's end ("camat minta sumbangan ke pedagang pasar buat
        # hut kecamatan", "kades minta uang ke warga buat perbaikan jalan")
        end = len(content_tokens(text[:clause_end.start()])) if clause_end else len(words)
        upto = max(upto, min(end, money + 1 + _SERVICE_SPAN))
    # ... or told before it ("ngurus kk disuruh bayar biar cepet", "rekomendasi camat buat izin ... disuruh bayar",
    # "bansos kami dipotong perangkat desa"): from the service or aid on
    before = next((i for i in range(max(0, money - _SERVICE_SPAN), money) if words[i] in _PRETEXTS), money)
    return money, sorted({*askers, *range(before, money), *range(money + 1, min(len(words), upto))})


# Who an impostor claims to be ("akun fb mengatasnamakan camat", "akun ngaku2 bupati", "catut nama kadis") is not what
# the complaint is about: the official's or the office's words right after are weighed like a place.
_IMPOSTORS = _POSING - {"palsu", "gadungan", "bodong"}
_CLAIMING = _IMPOSTORS | {"nama"}  # "ngaku ngaku", "catut nama"
_MAY_IMPERSONATE = re.compile(r"atasnama|ngaku|catut", re.IGNORECASE)
_MAY_ASK_OR_CLAIM = re.compile(f"{_MAY_ASK_MONEY.pattern}|{_MAY_IMPERSONATE.pattern}", re.IGNORECASE)
_IMPERSONATED = frozenset("""
bupati wabup sekda camat lurah kades kadis kepala dinas kantor kecamatan kelurahan desa pejabat polisi kapolres
kapolsek dprd
""".split())


def impersonated(text: str, words: list[str]) -> list[int]:
    """In a text and its content words, the indices of the official or office an impostor claims to be; else nothing."""
    if not _MAY_IMPERSONATE.search(text or ""):
        return []
    out: list[int] = []
    for i, word in enumerate(words):
        if word not in _IMPOSTORS:
            continue
        j = i + 1
        while j < len(words) and words[j] in _CLAIMING:
            j += 1
        if j < len(words) and words[j] in _IMPERSONATED:
            # an office with its name ("dinas sosial", "kantor camat"): the two words after it too
            out.extend(range(j, min(len(words), j + (3 if words[j] in ("dinas", "kantor", "kepala") else 1))))
    return out


# A tree's hole and rot are the tree's, not a road's ("pohon besar ... batangnya bolong, takut tumbang": "bolong" is
# read "berlubang", PUPR's road holes): a hole or decay word with a tree or a tree's part named at most two words
# before it, and no road between, is weighed like a place. "jalan berlubang kena akar pohon" keeps the road's hole.
_TREE_WORDS = frozenset("""
pohon batang dahan cabang ranting akar beringin mahoni angsana trembesi ketapang asam tanjung flamboyan sengon
kelapa randu kapuk mangga nangka bambu cemara glodokan pinus jati waru
""".split())
_HOLE_WORDS = frozenset("lubang berlubang keropos lapuk rapuh busuk growong gerowong retak".split())
_ROAD_WORDS = frozenset("jalan jalanan aspal trotoar jembatan gang".split())


def tree_holes(words: list[str]) -> list[int]:
    """In content words naming a tree: the indices of the hole and decay words said of it; else nothing."""
    out = []
    for i, word in enumerate(words):  # the hole first: it is rare, and a tree's part is found through its stems
        if word not in _HOLE_WORDS:
            continue
        before = words[max(0, i - 2):i]
        tree = next((k for k in range(len(before) - 1, -1, -1)
                     if before[k] in _TREE_WORDS or _has_root(before[k], _TREE_WORDS)), None)
        if tree is not None and not _ROAD_WORDS & set(before[tree:]):
            out.append(i)
    return out


# Money extorted by thugs ("preman terminal palak sopir angkot", "pedagang pasar dipalak preman", "ormas minta uang
# keamanan ke toko2") is the police's whoever pays and wherever: the words naming whose thugs they are (two after the
# thug word: "preman terminal", "preman pasar") and whom they extort (two after an active word, three before a passive
# one) are weighed like a place, as what was stolen is. A parking attendant's levy ("jukir liar malak pengendara") is
# no thug's: the transport office's, as before. Session 28.
_THUGS = frozenset("preman premanisme ormas gali begundal berandal jagoan".split())
_EXTORTION_ROOTS = frozenset("palak peras".split())
_PROTECTION_MONEY = frozenset("uang duit jatah setoran keamanan".split())
_ASKING = frozenset("narik menarik tarik pungut memungut mungut".split())  # "minta" is no content word
_THUG_PLACE, _EXTORTED_AFTER, _EXTORTED_BEFORE = 2, 2, 3


def extorted_by_thugs(words: list[str]) -> list[int]:
    """In content words naming thugs who extort: the indices of whose thugs they are and of whom they extort; else
    nothing (one set test for most texts)."""
    if _THUGS.isdisjoint(words):
        return []
    extorting = [i for i, word in enumerate(words) if _has_root(word, _EXTORTION_ROOTS) or word == "japrem"
                 or word == "keamanan" and i > 0 and words[i - 1] in _PROTECTION_MONEY  # "minta uang keamanan"
                 or word in _ASKING and not _PROTECTION_MONEY.isdisjoint(words[i + 1:i + 3])]
    if not extorting:
        return []
    out: set[int] = set()
    for i, word in enumerate(words):
        if word in _THUGS:
            out.update(j for j in range(i + 1, min(len(words), i + 1 + _THUG_PLACE)) if words[j] not in _THUGS
                       and words[j] not in _PROTECTION_MONEY and not any(i < e <= j for e in extorting))
    for e in extorting:
        if words[e].startswith(("di", "ke", "ter")) and words[e] not in _PROTECTION_MONEY:  # "dipalak", "diperas"
            out.update(j for j in range(max(0, e - _EXTORTED_BEFORE), e) if words[j] not in _THUGS)
        else:
            after = range(e + 1, min(len(words), e + 1 + _EXTORTED_AFTER + 2))  # past the money words, if any
            out.update([j for j in after if words[j] not in _PROTECTION_MONEY | _THUGS][:_EXTORTED_AFTER])
    return sorted(out)


# What a rumour says is not what the complaint is about ("kabar beredar di grup katanya air pdam beracun"): the rumour
# is the communication office's ("hoaks"), and the words after "katanya" in a text telling something going round are
# weighed like a place, and not read by the classifier when suggesting. Session 28. Session 29: a rumour is also told
# as heard ("kabarnya", "denger-denger", "ada yang bilang", "kata orang"), named ("isu", "gosip", a "pesan" or "info"
# in a chat group, and what follows the name: "isu di grup wa kalau bansos dihapus", whose "kalau" is no content word)
# and spread ("nyebar", "tersebar", or "rame" and "heboh" in a chat group), the claim before or after the spreading;
# a claim is read up to five words (three cut "isu di medsos kalau air sumur warga tercemar limbah" before "limbah").
_SPREAD = frozenset("beredar viral nyebar menyebar tersebar disebar disebarkan diviralkan broadcast".split())
_RUMOUR_NAMES = frozenset("hoaks hoax isu gosip".split())
_CLAIM_NAMES = _RUMOUR_NAMES | {"pesan", "berita", "informasi"}  # spread or in a chat group: "beredar pesan di wa"
_RUMOUR_WORDS = _SPREAD | _RUMOUR_NAMES
_TALKED_ABOUT = frozenset("rame ramai heboh dibahas".split())  # only in a chat group or a network ("rame di grup")
_HEARSAY = frozenset("katanya kabarnya konon denger dengar bilang kabar kata".split())  # "kata orang di grup"
_RUMOUR_SPAN = 5
_GROUP_NAME = 2
# ... and the chat group or the network it goes round in is its medium, no place ("beredar di grup wa katanya ..."),
# when what goes round is a claim ("katanya", "hoaks", "isu"), not a photo of something ("fotonya beredar di facebook")
_CHANNELS = frozenset("grup group whatsapp fb facebook medsos media sosial tiktok instagram ig youtube twitter".split())
_CLAIMS = _HEARSAY | _CLAIM_NAMES
_ROUND_WORDS = _RUMOUR_WORDS | _TALKED_ABOUT
_NOT_CLAIMED = _CHANNELS | _ROUND_WORDS | _CLAIMS
_HEARD_OR_TALKED = _CLAIMS | _TALKED_ABOUT  # ... in a chat group: "kabar di grup rt kalau ...", "info di fb kalau"


def _going_round(words: list[str]) -> bool:
    return not _RUMOUR_WORDS.isdisjoint(words) or (
        not _HEARD_OR_TALKED.isdisjoint(words) and not _CHANNELS.isdisjoint(words))


def rumour_channels(words: list[str]) -> list[int]:
    """In content words telling a rumour going round: the indices of the chat group or network it goes round in."""
    if not _going_round(words) or _CLAIMS.isdisjoint(words):
        return []
    return [i for i, word in enumerate(words) if word in _CHANNELS]


def rumoured(words: list[str]) -> list[int]:
    """In content words telling a rumour going round: the indices of the words saying what it claims (after a word of
    hearsay or the rumour's name, past its channel); else nothing."""
    if not _going_round(words):
        return []
    out: list[int] = []
    claimed = not _CLAIMS.isdisjoint(words)  # a claim goes round, not a photo ("fotonya disebar di grup wa")
    for i, word in enumerate(words):
        if word in _CLAIMS and (i + 1 == len(words) or words[i + 1] not in _HEARSAY):  # "denger denger": the last
            claim = [j for j in range(i + 1, len(words)) if words[j] not in _NOT_CLAIMED]
            out.extend(claim[:_RUMOUR_SPAN])
        elif word in _CHANNELS and i + 1 < len(words) and words[i + 1] not in _CHANNELS and claimed:
            # the chat group's name is where it goes round, no topic ("rame di grup wali murid", "wa keluarga")
            out.extend(j for j in range(i + 1, min(len(words), i + 1 + _GROUP_NAME))
                       if words[j] not in _NOT_CLAIMED)
    return sorted(set(out))


def tells_rumour(words: list[str]) -> list[int]:
    """In content words: the indices of the words telling a rumour going round (spread or named, heard or named, in a
    chat group or named: "kabarnya ... nyebar di grup", "isu di medsos kalau ..."), the communication office's;
    else nothing ("obat keras beredar di warung, katanya ..." is no rumour)."""
    if not _going_round(words) or _CLAIMS.isdisjoint(words):
        return []
    if _CLAIM_NAMES.isdisjoint(words) and _CHANNELS.isdisjoint(words):
        return []
    return [i for i, word in enumerate(words) if word in _ROUND_WORDS or word in _CLAIMS]


_THUGS_OR_RUMOURS = _THUGS | _RUMOUR_WORDS | _HEARD_OR_TALKED


def thugs_and_rumours(words: list[str]) -> tuple[list[int], list[int]]:
    """In content words: the indices weighed like a place for thugs' extortion (``extorted_by_thugs``) and a rumour's
    claim (``rumoured``), and those of a rumour's channel, no place (``rumour_channels``); one set test for most
    texts."""
    if _THUGS_OR_RUMOURS.isdisjoint(words):
        return [], []
    return [*extorted_by_thugs(words), *rumoured(words)], rumour_channels(words)


# Where someone hurt ended up ("digebukin istrinya sampe masuk rs", "dianiaya suaminya sampai dirawat di rsud",
# "dihajar sampe opname") is what the violence did, not a complaint about the hospital: the treatment words after
# "sampai" following a violence word are weighed like a place, and not read by the classifier when suggesting.
_UNTIL = frozenset("sampai sampe sampek smp ampe hingga nyampe".split())
_TREATED = frozenset("""
rumah sakit rs rsud igd ugd icu puskesmas pustu klinik masuk dirawat rawat inap opname diopname dilarikan dibawa
diinfus dijahit
""".split())
_TREATED_SPAN = 4


def treated_after_harm(words: list[str]) -> list[int]:
    """In content words telling violence: the indices of the treatment words right after "sampai" that follow the
    violence word; else nothing."""
    if not _UNTIL & set(words):  # the rare word first: most texts stop here
        return []
    out: list[int] = []
    harm = next((i for i, word in enumerate(words) if is_harm(word)), None)
    if harm is None:
        return []
    for i in range(harm + 1, len(words)):
        if words[i] not in _UNTIL:
            continue
        for j in range(i + 1, min(len(words), i + 1 + _TREATED_SPAN)):
            if words[j] not in _TREATED:
                break
            out.append(j)
    return out


def walked_on(flagged: list[tuple[str, bool]]) -> list[int]:
    """In ``words_with_places``' words ending with pedestrians walking on the road ("pejalan kaki jalan di aspal",
    "orang terpaksa turun ke jalan"), but for the place after them (a complaint's "Lokasi:" line): the indices of
    those words; else nothing."""
    words = [word for word, _ in flagged]
    if not _WALKERS & set(words):
        return []
    end = len(words)
    while end and flagged[end - 1][1] and words[end - 1] not in _WALKER_WORDS:
        end -= 1
    start = end
    while start and words[start - 1] in _WALKER_WORDS:
        start -= 1
    run = words[start:end]
    while run and run[0] not in _WALKERS:
        run, start = run[1:], start + 1
    walking = next((i for i, word in enumerate(run) if i and word in _WALKING), None)
    if walking is None or not _WALKED_ON & set(run[walking + 1:]):
        return []
    return list(range(start, end))


def _toilet_water(words: list[tuple[str, bool]]) -> None:
    plain = [word for word, _ in words]
    water, places = toilet_water(plain, itself=True)
    lamps, lit = own_lamps(plain)
    told, channels = thugs_and_rumours(plain)
    for i in [*water, *lamps, *ailing_alone(plain), *walked_on(words), *light_power(plain), *tree_holes(plain),
              *treated_after_harm(plain), *told]:
        words[i] = (words[i][0], True)
    for i in [*places, *lit, *channels]:
        words[i] = (words[i][0], False)


# An old person living alone and ailing ("kakek ... tinggal sendirian, sakit2an ga ada yg ngurus") is neglect, the
# social office's: the sickness is how they live, not a patient for the hospital (RSUD won such texts by a hair).
_ELDERS = frozenset("kakek nenek lansia jompo manula simbah kakung oma opa uti tua".split())  # "mama tua", "su tua"
_ALONE = frozenset({"sendiri", "sendirian"})
_AILING = frozenset({"sakit", "sakitan"})


def ailing_alone(words: list[str]) -> list[int]:
    """In content words naming an old person living alone: the indices of the words saying they are ailing."""
    if not (_ELDERS & set(words) and (_ALONE & set(words) or "sebatang" in words)):
        return []
    return [i for i, word in enumerate(words) if word in _AILING]


def toilet_water(words: list[str], itself: bool = False) -> tuple[list[int], list[int]]:
    """In content words naming a toilet and a public place: the indices of the toilet's water (a water word and
    the word after it, "airnya ga ngalir") and what is said of it (``_TOILET_STATE``; ``itself``: the toilet's
    words too), and of the public place; else nothing."""

    def named(word: str, roots: frozenset[str]) -> bool:
        return word in roots or _has_root(word, roots)  # "wc", "rs", "sd" are too short for a stem

    toilet = any(named(w, _TOILET_WORDS) for w in words) or any(
        a == "kamar" and b.startswith("mandi") for a, b in zip(words, words[1:], strict=False))
    places = [i for i, w in enumerate(words) if named(w, _PUBLIC_PLACES)]
    if not toilet or not places:
        return [], []
    water = [i for i, w in enumerate(words) if named(w, _WATER_ROOTS)]
    after = [i + 1 for i in water if i + 1 < len(words) and words[i + 1] not in FUNCTION_WORDS]
    water += [i for i, w in enumerate(words) if w in _TOILET_STATE
              or itself and (named(w, _TOILET_WORDS) or w in _TOILET_ITSELF)]
    return sorted({*water, *after} - set(places)), places


@lru_cache(maxsize=20_000)
def _passive_blocking(word: str) -> bool:
    return word.startswith(("di", "ter", "ke", "ka")) and _has_root(word, _BLOCK_ROOTS)


@lru_cache(maxsize=20_000)
def is_blocking(word: str, passive: bool = False) -> bool:
    """Whether a normalised word is an active blocking word ("nutup", "nutupin", "menutupi", "menghalangi"), or with
    ``passive`` any ("ditutup", "tertutup", "ketutup", and what was taken over: "dipake", "dijadikan")."""
    if (passive or not word.startswith(("di", "ter", "ke", "ka"))) and _has_root(word, _BLOCK_ROOTS):
        return True
    return passive and word.startswith("di") and _has_root(word, _TAKEN_ROOTS)


def is_harm(word: str) -> bool:
    """Whether a normalised word says violence or abuse was done to someone ("dipukuli", "nampar", "dicabuli",
    "dihamili")."""
    return word not in _NOT_HARM and (_has_root(word, _HARM_ROOTS) or word in _TOUCHED
                                      or bool(_CAUSED_PREGNANCY.fullmatch(word))
                                      or bool(_SOLD.fullmatch(word)))


_DAUGHTER_OF = frozenset("anak bocah".split())  # "anak perempuan", "anak wanita": a girl


def harmed(words: list[str]) -> list[tuple[int, int, str]]:
    """Violence done to a child or a woman in a list of content words: (the violence word's index, the victim's,
    "anak" or "perempuan") for each violence word with such a victim at most ``_HARM_SPAN`` words away (the
    nearest; "anak sy ditampar gurunya", "guru mukulin murid", "istrinya digebukin")."""
    out = []
    for i, word in enumerate(words):
        if not is_harm(word):
            continue
        after = 0 if _SOLD.fullmatch(word) else _HARM_SPAN + 1  # a child sold is named before it
        near = sorted(range(max(0, i - _HARM_SPAN), min(len(words), i + after)), key=lambda j: abs(j - i))
        for j in near:
            kind = ("anak" if _child_hit(words, i, j) else "perempuan" if _woman_hit(words, i, j)
                    or _husband_doing(words, i, j) else None)
            if kind == "perempuan" and j > 0 and words[j - 1] in _DAUGHTER_OF:
                kind = "anak"  # "anak perempuan tetangga dicabuli": a daughter is a child
            if j != i and kind:
                out.append((i, j, kind))
                break
    return out


def man_named(text: str) -> bool:
    """Whether the text names a man (``_MEN``: "suami", "bapak", "abang"; "bapak" is a function word elsewhere)."""
    return any(word in _MEN or _has_root(word, _MEN) for word in normalize(text).split())


def by_household(text: str) -> bool:
    """Whether a violence word of the text is done by one of the household (see ``_HOUSEHOLD_ROOTS``) or a partner
    (``_PARTNER_ROOTS``: "dianiaya pacarnya")."""
    for clause in _CLAUSE_END.split(text or ""):
        words = normalize(clause).split()
        for i, word in enumerate(words):
            if not is_harm(word):
                continue
            passive = word.startswith(("di", "ke", "ka", "ter")) or i and words[i - 1] == "kena"  # "kena tampar"
            side = words[i + 1:i + 1 + _HARM_SPAN] if passive else words[max(0, i - _HARM_SPAN):i][::-1]
            doer = next((w for w in side if w not in _BY), "")
            if doer and (doer in _HOUSEHOLD_ROOTS or doer in _PARTNER_WORDS or doer in HUSBAND_WORDS
                         or _has_root(doer, _HOUSEHOLD_ROOTS | _PARTNER_ROOTS)):
                return True
    return False


def _child_hit(words: list[str], harm: int, j: int) -> bool:
    """Whether ``words[j]`` is a child the violence word at ``harm`` is done to: not one doing it, before an active one
    ("anak laki2 saya memukul bapaknya") or after a passive one ("bapak dianiaya anaknya"), unless someone named just
    before owns the child ("pacar anak gadis saya suka mukul": the boyfriend hits)."""
    if not _has_root(words[j], CHILD_WORDS):
        return False
    word = words[harm]
    passive = word.startswith(("di", "ke", "ka", "ter"))
    if passive:
        return j < harm
    if j > harm or word in _HARM_ROOTS or word.startswith("pe") or word.endswith("an"):
        return True  # bare "tampar", "bully" ("anak sy kena tampar"), a noun ("korban pencabulan"): no doer told
    # the owner is another word ("anak anak tetangga mukulin kucing": one word twice), and a noun ("kakak beradik")
    return j > 0 and words[j - 1] != words[j] and not words[j].startswith("ber") and _has_root(words[j - 1],
                                                                                             _OWNER_ROOTS)


def _woman_hit(words: list[str], harm: int, j: int) -> bool:
    """Whether ``words[j]`` is a woman the violence word at ``harm`` is done to: not one doing it, before an active
    one ("ibu sy mukulin adik", "ibunya nampar anaknya": the child is hit)."""
    if not _has_root(words[j], WOMAN_WORDS):
        return False
    if j > harm and words[harm].startswith(("di", "ke", "ka", "ter")) and any(
            _has_root(word, _MEN) for word in words[max(0, harm - _HARM_SPAN):harm]):
        return False  # a man hit by her ("suami saya dipukuli istrinya", "abang sy dihajar bininya"): she does it
    if j > harm and words[harm].startswith(("di", "ke", "ka", "ter")) and _has_root(words[j], _SPOUSES) and not any(
            _has_root(word, _PEOPLE) for word in words[max(0, harm - _HARM_SPAN):harm]):
        return False  # the one telling it hit by a spouse ("sy sering kena tampar sama bojo sy"): she does it
    return j > harm or words[harm].startswith(("di", "ke", "ka", "ter", "e"))  # Madurese passive "e-": "epokol"


def _husband_doing(words: list[str], harm: int, j: int) -> bool:
    """Whether ``words[j]`` is a husband doing the violence word at ``harm`` (before an active one, after a
    passive one)."""
    if words[j] not in HUSBAND_WORDS and not _has_root(words[j], HUSBAND_WORDS):
        return False
    passive = words[harm].startswith(("di", "ke", "ter"))
    return j > harm if passive else j < harm


def harm_span(flagged: list[tuple[str, bool]], harm: int, persons: bool = True) -> list[int]:
    """The positions of ``words_with_places``' words around the harm word at ``harm`` that it marked as the
    victim and the doer (they are not the topic); without the words for a child or a woman themselves unless
    ``persons`` ("murid", "santri": who was harmed, as the child protection office's complaints name them)."""
    return [j for j in range(max(0, harm - _VICTIM_BEFORE), min(len(flagged), harm + _DOER_AFTER + 1))
            if j != harm and flagged[j][1]
            and (persons or not _has_root(flagged[j][0], CHILD_WORDS | WOMAN_WORDS))]


@lru_cache(maxsize=20_000)
def _has_root(word: str, roots: frozenset[str]) -> bool:
    return any(stem in roots for stem in stem_candidates(word)) or any(form in roots for form in spoken_forms(word))


def _mark_around(words: list[tuple[str, bool]], start: int, is_such: Callable[[str], bool], before: int,
                 after: int) -> None:
    """Mark the words of the clause from ``start`` around a word ``is_such`` says is one (a theft: what was
    stolen; a harm: who was harmed and by whom) as not the topic."""
    found = [i for i in range(start, len(words)) if is_such(words[i][0])]
    for i in found:
        for j in [*range(max(start, i - before), i), *range(i + 1, min(len(words), i + 1 + after))]:
            if j not in found:
                words[j] = (words[j][0], True)


def _typed_words(clause: str) -> list[list[str]]:
    """The clause's normalised words (as ``normalize``) grouped by the word typed ("rs" → rumah sakit)."""
    cleaned = _clean(clause)
    if " " in cleaned:
        cleaned = _PHRASE.sub(lambda m: _PHRASES[m.group(0)].replace(" ", "_"), cleaned)
    groups = [known_word(word).split() if "_" not in word else word.split("_") for word in cleaned.split()]
    kept = iter(normalize(clause).split())  # courtesy formulas ("izin tanya") are dropped: follow normalize
    word = next(kept, None)
    out = []
    for group in groups:
        found = []
        for part in group:
            if part == word:
                found.append(part)
                word = next(kept, None)
        if found:
            out.append(found)
    return out


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
    if word[:1] == "n" and word[1:2] not in ("g", "y") and len(word) > _MIN_STEM:
        out.append("t" + word[1:])  # colloquial nasal: nutup -> tutup, nambal -> tambal
    return out


def stem_candidates(word: str) -> list[str]:
    """Return the word and light stems of it (common affixes and colloquial nasal prefixes removed)."""
    seen: dict[str, None] = {}
    for base in _without_suffix(word):
        seen.setdefault(base, None)
        for stem in _without_prefix(base):
            seen.setdefault(stem, None)
    return [w for w in seen if len(w) >= 3]


# How people write words as they say them, undone for a word that no dictionary knows even through its
# affixes (``spoken_forms``): endings and prefixes of Jakarta speech, Javanese, Sundanese and Madurese, and the
# sound changes of everyday speech. Each gives candidates only; a reader keeps one only if it knows it.
_SPOKEN_SUFFIXES = (
    ("in", 4),    # Jakarta -in for -kan/-i: "mukulin", "dijadiin", "benerin"
    ("nye", 3),   # Betawi -nye for -nya: "gurunye", "bapaknye"
    ("nyo", 3),   # Minang -nyo for -nya: "anaknyo", "pajaknyo"
    ("ake", 4),   # Javanese -ake/-ke for -kan: "dibalekake", "dibenerke"
    ("ke", 4),
    ("keun", 4),  # Sundanese -keun for -kan: "dibereskeun"
    ("na", 4),    # Madurese/Sundanese possessive after a consonant: "jalanna", "imahna"
    ("ana", 5),   # ... and Sundanese "-ana" after one: "jalanana", "pamajikanana"
    ("e", 4),     # Javanese possessive after a consonant: "sekolahe", "listrike"
    ("nipun", 3),  # Javanese krama possessive after a vowel: "lampunipun", "griyanipun"
    ("ipun", 4),   # ... and after a consonant: "dalanipun", "sekolahipun"
)
_SPOKEN_PREFIXES = ("dipun", "kapi", "nge", "di", "ke", "ka", "e", "a")  # Javanese krama "dipun-", Jakarta "nge-",
# Madurese "e-", "a-"
# Minang and Banjar "ma-" (me-), "ba-" (ber-), "ta-" (ter-), "pa-" (pe-) before a root that opens with one consonant
# and a vowel, of five letters or more ("mamukua", "bapindah", "tatunda", "padagang"; not the names "madura",
# "tamberu", "talela"), and "mang-" before a vowel ("mangalia", "mangamuak")
_MINANG_PREFIXES = ("ma", "ba", "ta", "pa")
# Minang endings for Indonesian ones, on a word of five letters or more (six for "-ua": "kedua" stays): "-uak" for
# "-uk" (masuak, pupuak), "-iang"/"-uang" for "-ing"/"-ung" (anjiang, kampuang), "-uik" for "-ut"/"-up" (takuik,
# hiduik), "-uih" for "-us", "-ua" for "-ul"/"-ur"/"-or" (mamukua, kantua), "-ia" for "-ir"/"-ar" (aia, bayia),
# "-ek" for "-at" (dapek), "-ih" for "-is" (habih), "-ik" for "-it" (sakik), "-eh" for "-as" (bareh)
_MINANG_ENDINGS = (("uak", "uk"), ("iang", "ing"), ("uang", "ung"), ("uik", "ut"), ("uik", "up"), ("uih", "us"),
                   ("ua", "ul"), ("ua", "ur"), ("ua", "or"), ("ia", "ir"), ("ia", "ar"), ("ek", "at"),
                   ("ih", "is"), ("ik", "it"), ("eh", "as"))
_LAST_E = re.compile(r"e(?=[^aiueo]+$)")


def _spoken_sounds(word: str) -> list[str]:
    """The word with one change of everyday speech undone: a dropped h ("abis" → habis), e for a in the last
    syllable ("dapet" → dapat, "sesek" → sesak), final e for ai ("sampe" → sampai) or a ("kerje"), o for au ("kalo" →
    kalau), and nasal prefixes for p and c ("mukul" → pukul, "nyatet" → catet) and Javanese ones before j, d and b
    ("njambak" → jambak)."""
    out = []
    if word[:1] in _VOWELS:
        out.append("h" + word)
    if _LAST_E.search(word):
        out.append(_LAST_E.sub("a", word))
    if word.endswith("e") and word[-2:-1] not in _VOWELS:
        out.append(word[:-1] + "ai")
        out.append(word[:-1] + "a")  # Betawi final e for a: "tetangge", "kerje", "semue"
    if word.endswith("o") and word[-2:-1] not in _VOWELS:
        out.append(word[:-1] + "au")
    if word[:1] == "m" and word[1:2] in _VOWELS:
        out.append("p" + word[1:])
    if word[:2] == "ny" and word[2:3] in _VOWELS:
        out.append("c" + word[2:])
    if word[:2] in ("nj", "nd", "mb") and word[2:3] in _VOWELS:
        out.append(word[1:])  # Javanese nasal prefix before j, d, b: "njambak", "ndupak", "mbanting"
    if word.endswith("ng") and len(word) >= 5 and word[-3] in _VOWELS:
        out.append(word[:-1])  # Eastern Malay final "-ng" for "-n": "makang", "ikang", "hujang" (session 29)
    return out


def _minang_bases(word: str, bases: list[str]) -> list[str]:
    """The bases with Minang and Banjar prefixes and Minang endings undone too ("mamukua": "mukua", "mukul")."""
    for base in list(bases):
        rest = base[2:]
        if base[:2] in _MINANG_PREFIXES and len(rest) >= 5 and rest[0] not in _VOWELS and rest[1] in _VOWELS:
            bases.append(rest)
        elif base.startswith("mang") and len(base) >= 8 and base[4] in _VOWELS:
            bases.append(base[4:])
    if len(word) < 5:
        return bases
    return bases + [base[: -len(minang)] + standard for base in bases for minang, standard in _MINANG_ENDINGS
                    if base.endswith(minang) and len(base) > len(minang) + 1 and (minang != "ua" or len(word) >= 6)]


def _sundanese_plural(bases: list[str]) -> list[str]:
    """The bases without Sundanese's plural infix "-ar-"/"-al-" after the first consonant ("rarusak": many broken,
    "rusak"; "barudak": "budak"), for a base of six letters or more."""
    return [base[0] + base[3:] for base in bases
            if len(base) >= 6 and base[0] not in _VOWELS and base[1:3] in ("ar", "al") and base[3] in _VOWELS]


def spoken_forms(word: str) -> list[str]:
    """Standard forms the word may stand for when it is written as spoken, nearest first (one change, then
    two, then three); the word's light stems (``stem_candidates``) are not repeated. For a word that no
    dictionary knows through its light stems only: a known word is never read as another."""
    if len(word) < 3:  # "e" (Madurese "di" and the like): too short to tell a spoken form from a typo
        return []
    bases = _minang_bases(word, _spoken_bases(word))
    bases += _sundanese_plural(bases)
    seen = dict.fromkeys(stem_candidates(word))
    out: dict[str, None] = {}
    level = [c for base in bases for c in dict.fromkeys([base, *stem_candidates(base)])]
    for _ in range(3):
        for candidate in level:
            if candidate not in seen and len(candidate) >= 3:
                out.setdefault(candidate, None)
        level = [changed for candidate in level for changed in _spoken_sounds(candidate)]
    out.update(dict.fromkeys(_minang_se(word)))
    return list(out)


def _spoken_bases(word: str) -> list[str]:
    """The word and the word without the spoken endings and prefixes it may carry ("bagiin" → "bagi", "ngebagiin" →
    "bagi"), no sound changed."""
    bases = _without_spoken_suffix(word)
    return bases + _without_spoken_prefix(bases)


def _without_spoken_suffix(word: str) -> list[str]:
    """The word, and the word without a spoken ending ("bagiin" → "bagi", "sekolahe" → "sekolah")."""
    bases = [word]
    for suffix, shortest in _SPOKEN_SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= shortest and (
                len(suffix) > 2 and suffix != "ana" or stem[-1:] not in _VOWELS or suffix == "in"):
            bases.append(stem)
    return bases


def _without_spoken_prefix(bases: list[str]) -> list[str]:
    """The bases without a spoken prefix ("ngebagi" → "bagi", "dipunbenahi" → "benahi")."""
    return [base[len(prefix):] for base in bases for prefix in _SPOKEN_PREFIXES
            if base.startswith(prefix) and len(base) - len(prefix) >= _MIN_STEM]


@lru_cache(maxsize=1)
def root_words() -> frozenset[str]:
    """Sastrawi's dictionary of Indonesian root words (its ``kata-dasar.txt``), loaded on first use."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return frozenset(StemmerFactory().get_words())


# Endings any word may carry: a root that only one of them hides is the word's ("katanya" is "kata", not "ka-tanya")
CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")


@lru_cache(maxsize=50_000)
def affix_stems(word: str) -> frozenset[str]:
    """The word's roots with the affixes of standard and of spoken Indonesian removed ("membagikan" and "bagiin"
    both hold "bagi", "motongin" and "memotong" "potong"): two words share a root when these meet. Only roots the
    dictionary knows (``root_words``), a word it knows whole (or but for a clitic) is that root alone ("selamat",
    "berangkat", "abang", "katanya"), and one prefix at most is removed ("dipegang" holds "pegang", never "gang")."""
    roots = root_words()
    whole = next((base for base in [word, *(word[: -len(ending)] for ending in CLITICS if word.endswith(ending))]
                  if base in roots), None)
    if whole is not None:
        return frozenset({whole})
    unprefixed = _without_spoken_suffix(word)
    stems = {stem for base in unprefixed for stem in stem_candidates(base)}
    stems |= {stem for base in _without_spoken_prefix(unprefixed) for stem in _without_suffix(base)}
    # a stem spoken with a sound changed ("motong": "potong") is read only when it is no root itself
    return frozenset(root for stem in stems for root in ([stem] if stem in roots else _spoken_sounds(stem))
                     if root in roots)


def _minang_se(word: str) -> list[str]:
    """Minang and Banjar "sa-" for "se-" ("sabulan", "sapinggang"; session 29) with its light stems, read last and with
    no other change: Javanese "salamet" is no "selamat"."""
    if word[:2] == "sa" and len(word) >= 7 and word[2] not in _VOWELS and word[3] in _VOWELS:
        return stem_candidates("se" + word[2:])
    return []


_VOWELS = frozenset("aeiou")
# A typed word of letters, lower-case or capitalised: never the lower-case tail of a name ("Ptgs", "Krgsari").
_TYPED_WORD = re.compile(r"(?<![A-Za-z])[A-Z]?[a-z]+(?![A-Za-z])")
_SENTENCE_ENDS = frozenset(".!?\n")
# Numbers typed for letters ("j4l4n rus4k", "l4mpu m4t1", "t4gih4n 41r n41k"): read only in a message with such a
# word (a digit between letters), and only where the word with letters for its digits is a known word ("rt05",
# "5rb", "p3k", "dp3a" stay).
_LEET_INSIDE = re.compile(r"[a-z][013457]+[a-z]")
_LEET_WORD = re.compile(r"\b(?=[a-z0-9]*[a-z])[a-z0-9]*[013457][a-z0-9]*\b")
_LEET = str.maketrans("013457", "oieast")
_RUN_ON = 9          # a lower-case word this long that no dictionary knows may be words typed without spaces
_LONGEST_PIECE = 16


def _skeleton(word: str) -> str:
    return "".join(ch for ch in word if ch not in _VOWELS)


def _consonants(word: str) -> str:
    """The word's consonants as people type them without vowels: "ng" is often one letter ("lbg" lubang, "smpg"
    samping, "anjg" anjing, "srg" sering)."""
    return _skeleton(word).replace("ng", "g")


# Vowelless words of three letters ("rsk", "lbg", "lmp", "psr", "tkt") are read only as a word the collection uses
# this often, and at least twice as often as any other word they may stand for ("mtr": motor 17, meter 12 stays).
_SHORT_SKELETON_COUNT = 8  # (a word's count is of its cleaned and its normalised form: seen four times)
# Acronyms of public services that look like vowelless words ("umr" is no "umur", "mts" no "mutasi", "lpk" no
# "lapak"): known, so never read as another word.
ACRONYMS = frozenset("""
umr ump umk umsk thr phk lpk blk bkk mts mi ma ra tpq tpa paud spbu spbe lpg bbm bst blt pbi kis kip kks kjp jkn
pkh bpnt sktm skck skd stnk bpkb sim npwp sppt pbb rtlh ptsl bpn kua kpu bnn ojk tni pmi wfh cpns pppk pns asn nip
lks spp ukt bos pip dtks nik nkk kia igd icu ugd odgj hiv tbc dbd ispa pju tps tpa tpst mck sdn smpn sman smkn
""".split())
_SHORT_SKELETON_LEAD = 2.0
# A word this long that no dictionary knows may be a typing slip of a known one ("lmapu", "banjri", "jalam") or typed
# with only some of its vowels ("pgwai"); shorter ones are too often other words.
_TYPO_LENGTH = 5
_TYPO_COUNT = 4  # seen twice (cleaned and normalised): "tumbang" is the directory's and the corpus's once
# Each letter's neighbours on a phone's QWERTY keyboard: a slip hits one of them ("jalam" for jalan).
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_SHIFTS = (0.0, 0.25, 0.75)  # how far each row starts right of the first
_KEY_NEIGHBOURS = {
    letter: "".join(other for r2, row2 in enumerate(_KEY_ROWS) for c2, other in enumerate(row2)
                    if other != letter and abs(r2 - r) <= 1 and abs(c2 + _KEY_SHIFTS[r2] - c - _KEY_SHIFTS[r]) <= 1)
    for r, row in enumerate(_KEY_ROWS) for c, letter in enumerate(row)}


def _typo_sources(word: str) -> set[str]:
    """The words one typing slip could have turned into ``word``, its first letter kept: two neighbouring letters
    swapped, a letter hit for its key's neighbour, a letter left out, or a letter doubled."""
    out = set()
    for i in range(1, len(word)):
        if i + 1 < len(word) and word[i] != word[i + 1]:
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2:])
        for other in _KEY_NEIGHBOURS.get(word[i], ""):
            out.add(word[:i] + other + word[i + 1:])
        if word[i] == word[i - 1]:
            out.add(word[:i] + word[i + 1:])
    for i in range(1, len(word) + 1):
        for letter in "abcdefghijklmnopqrstuvwxyz":
            out.add(word[:i] + letter + word[i:])
    out.discard(word)
    return out


def _is_subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(ch in letters for ch in short)


class Lexicon:
    """The words a text collection uses, to read words that no dictionary knows as written.

    Two general habits of chat typing are undone, for a lower-case word that neither the collection, the
    extra words (a dictionary of roots) nor the lists above know, even through its affixes:

    - words typed without spaces ("lampujalanmati" → "lampu jalan mati"): split into the known pieces that
      are as long as possible;
    - vowels left out ("sklh", "jmbtn", "lmpu"): the collection's most frequent word with the same first
      letter and the same consonants in the same order;
    - words said backwards (Malang's walikan: "halokes" sekolah, "ayas" saya, "nawak" kawan): the word reversed,
      when the collection uses it.
    """

    def __init__(self, texts: Iterable[str], extra_words: Iterable[str] = ()):
        counts: Counter[str] = Counter()
        for text in texts:
            cleaned = _clean(text)
            counts.update(cleaned.split())
            counts.update(normalize(cleaned).split())
        self.words = (set(counts) | set(extra_words) | set(_WORDS) | FUNCTION_WORDS | ACRONYMS | _SCHOOL_LEVELS
                      | LOCATIVE_WORDS | TIME_WORDS
                      | {w for value in _WORDS.values() for w in value.split()})
        by_skeleton: dict[str, list[tuple[int, str]]] = {}
        for word, count in counts.items():
            if count >= 2 and len(word) >= 4 and word.isalpha() and set(word) & _VOWELS:
                skeleton = _consonants(word)
                if len(skeleton) >= 3 or word[0] in _VOWELS and len(skeleton) == 2:  # "ank": anak
                    by_skeleton.setdefault(skeleton, []).append((count, word))
        # Every word with those consonants, the most frequent first (ties by the word, so every process agrees).
        self.by_skeleton = {skeleton: sorted(words, key=lambda cw: (-cw[0], cw[1]))
                            for skeleton, words in by_skeleton.items()}
        self.counts = {word: count for word, count in counts.items() if len(word) >= 3 or word in _WORDS
                       or word in FUNCTION_WORDS}
        self.total = sum(self.counts.values()) + 1
        self.cache: dict[str, str] = {}

    def expand(self, text: str) -> str:
        """The text with every unknown lower-case word read as the known word(s) it stands for."""
        if _LEET_INSIDE.search(text):
            text = _LEET_WORD.sub(lambda match: self._unleet(match.group(0)), text)
        return _TYPED_WORD.sub(self._read_typed, text)

    def _read_typed(self, match: re.Match) -> str:
        word = match.group(0)
        if word[0] >= "a":
            return self._read(word)
        # A capital only where the phone puts one (the message's or a sentence's first word: "Lmp jln mati") is no
        # name: its vowelless reading is read; any other capitalised word is a name and stays.
        string, start = match.string, match.start()
        while start and string[start - 1] in " \t":
            start -= 1
        if start and string[start - 1] not in _SENTENCE_ENDS:
            return word
        lowered = word.lower()
        if len(lowered) > 4 or sum(ch in _VOWELS for ch in lowered) > 1 or self._known(lowered):
            return word
        read = self._vowelless(lowered)
        return read if read != lowered else word

    def _unleet(self, word: str) -> str:
        letters = word.translate(_LEET)
        if (word in self.words or len(letters) < 3 or not letters.isalpha()
                or not (letters in self.words or self._known(letters))):
            return word
        return letters

    def _read(self, word: str) -> str:
        found = self.cache.get(word)
        if found is None:
            found = word
            if not self._known(word):
                found = self._vowelless(word)
                if found == word and len(word) >= 4 and self.counts.get(word[::-1], 0) >= 2:
                    found = word[::-1]  # Malang's walikan: "halokes" (sekolah), "ayas" (saya), "kadit" (tidak)
                if found == word and len(word) >= _TYPO_LENGTH and not is_common(word):  # Minang "urang" is a word
                    found = self._one_typo(word)
                if found == word and len(word) >= _RUN_ON:
                    found = " ".join(self._split(word) or [word])
            if len(self.cache) > 50_000:
                self.cache.clear()
            self.cache[word] = found
        return found

    def _vowelless(self, word: str) -> str:
        """The collection's most frequent word that the word is typed without (most of) its vowels: the same first
        letter, the same consonants ("ng" may be one), every typed letter in order ("parh" is parah, not perahu).
        Four letters or more with at most one vowel; three letters without a vowel, or a vowel and two consonants
        ("ank"), only when one word clearly leads (``_SHORT_SKELETON_*``). Else the word."""
        vowels = sum(ch in _VOWELS for ch in word)
        some = vowels > 1  # "pgwai" (pegawai): some vowels typed, some left out
        if (len(word) < 3 or some and (len(word) < _TYPO_LENGTH or len(_consonants(word)) < 3)
                or len(word) == 3 and vowels and word[0] not in _VOWELS):
            return word
        fitting = [(count, candidate) for count, candidate in self.by_skeleton.get(_consonants(word), ())
                   if candidate[0] == word[0] and _is_subsequence(word, candidate)
                   and (not some or len(candidate) > len(word))]
        if not fitting:
            return word
        if (len(word) == 3 or some) and (fitting[0][0] < _SHORT_SKELETON_COUNT or len(fitting) > 1
                                         and fitting[0][0] < _SHORT_SKELETON_LEAD * fitting[1][0]):
            return word
        return fitting[0][1]

    def _one_typo(self, word: str) -> str:
        """The collection's word the word is one typing slip away from, keeping its first letter: two letters swapped
        ("lmapu", "banjri", "tumbnag"), a key's neighbour hit ("jalam"), a letter left out ("puskemas") or doubled
        ("sekolahh"); only a word the collection uses (``_TYPO_COUNT``) and twice as often as any other such word.
        Else the word. An extra letter other than a doubled one is not undone (Minang "urang" is no "uang")."""
        fitting = sorted({(self.counts[candidate], candidate) for candidate in _typo_sources(word)
                          if self.counts.get(candidate, 0) >= _TYPO_COUNT and candidate.isalpha()},
                         key=lambda cw: (-cw[0], cw[1]))
        if not fitting or len(fitting) > 1 and fitting[0][0] < _SHORT_SKELETON_LEAD * fitting[1][0]:
            return word
        return fitting[0][1]

    def _known(self, word: str) -> bool:
        return (word in self.words or any(stem in self.words for stem in stem_candidates(word)[1:])
                or any(form in self.words for form in spoken_forms(word)))

    def _cost(self, piece: str) -> float | None:
        """How unlikely the piece is as a word (minus log frequency), or None if it is no word."""
        count = self.counts.get(piece, 0)
        if count:
            return math.log(self.total / count)
        if len(piece) >= 5 and self._known(piece):  # a dictionary word the collection never used
            return math.log(self.total) + 2.0
        return None

    def _split(self, word: str) -> list[str] | None:
        """The most likely split of the word into known pieces (a unigram model of the collection), or None."""
        best: list[tuple[float, int] | None] = [(0.0, 0)] + [None] * len(word)  # (cost, start of last piece)
        for end in range(2, len(word) + 1):
            for start in range(max(0, end - _LONGEST_PIECE), end - 1):
                if best[start] is None:
                    continue
                cost = self._cost(word[start:end])
                if cost is not None and (best[end] is None or best[start][0] + cost < best[end][0]):
                    best[end] = (best[start][0] + cost, start)
        if best[-1] is None:
            return None
        pieces, end = [], len(word)
        while end:
            start = best[end][1]
            pieces.append(word[start:end])
            end = start
        return pieces[::-1] if len(pieces) > 1 else None


# RT/RW (a neighbourhood and its hamlet, the smallest parts of an Indonesian address) as people type them: "rt 3 rw
# 5", "rt.03/rw.05", "rt03 rw05", "RT/RW 003/005", said aloud "erte tiga erwe lima" (voice typing), in Javanese
# "rt telu rw limo" or Sundanese "rt tilu". Filed in one form, "RT 03/RW 05", so that staff and the duplicate
# search read one neighbourhood alike.
_UNITS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
          "siji": 1, "loro": 2, "telu": 3, "papat": 4, "limo": 5, "enem": 6, "pitu": 7, "wolu": 8, "songo": 9,
          "sanga": 9, "hiji": 1, "tilu": 3, "opat": 4, "genep": 6, "dalapan": 8, "salapan": 9}
_TEENS_AND_TENS = {"sepuluh": 10, "sapuluh": 10, "sebelas": 11, "sewelas": 11, "rolas": 12, "selawe": 25}
_RT_NUMBER_WORDS = {**_UNITS, **_TEENS_AND_TENS,
                    **{f"{unit} belas": value + 10 for unit, value in _UNITS.items() if value > 1},
                    **{f"{tens} puluh": value * 10 for tens, value in _UNITS.items() if 1 < value < 4},
                    **{f"{tens} puluh {unit}": tens_value * 10 + value for tens, tens_value in _UNITS.items()
                       if 1 < tens_value < 4 for unit, value in _UNITS.items()}}
_RT_NUMBER = r"(?:\d{1,3}|" + "|".join(sorted(map(re.escape, _RT_NUMBER_WORDS), key=len, reverse=True)) + r")"
_RT_MARK, _RW_MARK = r"(?:rt|r\.t\.?|erte|er te)", r"(?:rw|r\.w\.?|erwe|er we)"
_MARK_GAP = r"\s*[.:]?\s*"  # "rt.03", "RT: 3", "rt03"
_RT_RW = re.compile(  # "RT/RW 3/5"; "rt 3 rw 5"; "rt 3/5"; "rw 5"
    rf"\b(?:{_RT_MARK}\s*/?\s*{_RW_MARK}{_MARK_GAP}(?P<both_rt>{_RT_NUMBER})\s*/\s*(?P<both_rw>{_RT_NUMBER})"
    rf"|{_RT_MARK}{_MARK_GAP}(?P<rt>{_RT_NUMBER})(?:\s*[/,\-]?\s*{_RW_MARK}{_MARK_GAP}(?P<rw>{_RT_NUMBER})"
    rf"|\s*/\s*(?P<rw_after>\d{{1,3}}))?"  # "rt 3/5": the RW after a slash; "rt 3 2 rumah" counts houses
    rf"|{_RW_MARK}{_MARK_GAP}(?P<rw_alone>{_RT_NUMBER}))(?!\w)", re.IGNORECASE)


def _rt_number(typed: str | None) -> int | None:
    """The value of an RT's or RW's number, typed in digits or said in words; None when none was typed."""
    if typed is None:
        return None
    return int(typed) if typed.isdigit() else _RT_NUMBER_WORDS[" ".join(typed.lower().split())]


# "pak rt", "bu rt", "ketua rt": the RT's head, so the number after it is no RT's ("rumah pak rt dua rumah dari
# masjid", "lapor ke pak rt 3 kali"); a counted thing after the number (or after a second number) makes it a count
# ("rt dua rumah dari masjid", "blok rt 2 3 rumah sebelah", "rt 5 hari mati")
_RT_HEAD_BEFORE = re.compile(r"\b(?:pak|pk|bpk|bapak|bp|bu|ibu|bu\.|ketua|kepala|mbah|pa)\.?\s*$", re.IGNORECASE)
_COUNTED_AFTER = re.compile(
    rf"\s+(?:{_RT_NUMBER}\s+)?(?:rumah|rmh|kali|kl|x|hari|hr|minggu|mgg|bulan|bln|tahun|thn|jam|menit|meter|mtr|m|km|"
    rf"orang|org)\b", re.IGNORECASE)


def _rt_rw(found: re.Match) -> str:
    before, after = found.string[:found.start()], found.string[found.end():]
    alone = not (found.group("both_rt") or found.group("rw") or found.group("rw_after"))  # one number: "rt 2"
    if _RT_HEAD_BEFORE.search(before) or (alone and _COUNTED_AFTER.match(after)):
        return found.group()
    rt = _rt_number(found.group("both_rt") or found.group("rt"))
    rw = _rt_number(found.group("both_rw") or found.group("rw") or found.group("rw_after") or found.group("rw_alone"))
    if not (rt or rw) or rt == 0 or rw == 0:  # "rt 0": kept as typed
        return found.group()
    return "/".join(part for part in (rt and f"RT {rt:02d}", rw and f"RW {rw:02d}") if part)


def rt_rw_normalised(place: str) -> str:
    """The place with its RT and RW written one way ("jl melati rt tiga rw lima" → "jl melati RT 03/RW 05", "rt03"
    → "RT 03"); a bare "pak rt", "RT 2x", "rt" with no number, the RT's head's ("rumah pak rt 2") or a count
    ("rt 2 rumah dari masjid") is left as typed."""
    lowered = place.lower()
    if "r" not in lowered or not ("t" in lowered or "w" in lowered):  # cheap: most places hold no RT/RW
        return place
    return _RT_RW.sub(_rt_rw, place)
