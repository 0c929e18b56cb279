"""Words said to the office, not news for a citizen: an acknowledgement or a promise, a word to a colleague, a
correction, a request to ask the reporter.
"""

from __future__ import annotations

import re

from bot.commands import ACKNOWLEDGEMENTS, THANKS, words
from bot.progress import DONE_MARKERS
from bot.staff.reading import WRITTEN_NUMBERED, _named_inside
from bot.staff.vocabulary import in_standard_words

# Words of a staff member confirming they got a message ("ok makasih infonya", "siap, sudah kami terima pak",
# "noted bu, pesannya masuk"): with acknowledgements alone they report nothing for the citizen.
RECEIPT_WORDS = {"info", "infonya", "informasi", "informasinya", "kabar", "kabarnya", "pesan", "pesannya", "atas",
                 "nya", "sudah", "sdh", "udah", "udh", "kami", "banyak", "masuk", "dicatat", "dibaca", "disposisinya",
                 "pengingatnya", "dispo", "disposisi", "dispos", "oce", "okeh", "okok", "bos", "ndan", "komandan",
                 # radio talk for "understood" ("siap 86 ndan", "copy, monitor")
                 "86", "copy", "kopi", "roger", "monitor", "dimonitor", "termonitor", "saya", "sy", "silakan",
                 "silahkan", "di",
                 # what the reporter sent, got ("sudah diterima fotonya, terima kasih", "jawaban pelapor sdh masuk")
                 "diterima", "foto", "fotonya", "gambar", "gambarnya", "lampiran", "lampirannya", "jawaban",
                 "jawabannya", "balasan", "balasannya", "pelapor", "pelapornya", "dari"}
# A promise with nothing done yet ("siap, segera kami tindak lanjuti", "laporan sudah kami terima dan akan segera
# ditindaklanjuti"): receipt too, not progress for the citizen; "sudah" before anything but receipt is a step done.
PROMISE_WORDS = {"segera", "akan", "nanti", "secepatnya", "kami", "kita", "tindak", "lanjut", "lanjuti",
                 "tindaklanjuti", "ditindaklanjuti", "proses", "diproses", "tangani", "ditangani", "koordinasikan",
                 "dikoordinasikan", "laporan", "laporannya", "dan", "untuk", "utk"}
FUTURE_WORDS = {"segera", "akan", "nanti", "secepatnya"}
AGREEING = {"siap", "baik", "ok", "oke", "noted", "sip", "nggih", "muhun"}  # "siap ditindaklanjuti": a promise too
RECEIVED = {"terima", "diterima", "masuk", "dibaca", "dicatat"}


_ACKNOWLEDGING = ACKNOWLEDGEMENTS | THANKS | RECEIPT_WORDS


def only_acknowledges(text: str) -> bool:
    """Whether a staff member's message only acknowledges, thanks for a message or promises to act (no progress of
    its own)."""
    typed = words(in_standard_words(text))
    if all(w in _ACKNOWLEDGING for w in typed):
        return True
    said = set(typed)
    return (bool(said & (FUTURE_WORDS | AGREEING)) and said <= ACKNOWLEDGEMENTS | THANKS | RECEIPT_WORDS | PROMISE_WORDS
            and (not said & DONE_MARKERS or bool(said & RECEIVED)))


def _acknowledges_one(text: str) -> bool:
    """Whether a message only acknowledges, with or without the complaint it names ("Siap, dispo LPR-1 sdh kami
    terima, segera ditindaklanjuti"): nothing for the citizen, so no TL is offered."""
    named = _named_inside(text)
    if named is None:
        return only_acknowledges(text)
    # "ok pak lpr 1 kami tindaklanjuti": the agreeing word may stand before the reference
    return only_acknowledges(named[1]) or only_acknowledges(WRITTEN_NUMBERED.sub(" ", text))


# Words that call back what was just sent ("maaf salah, itu utk lpr 2", "eh keliru pak, bukan yg ini", "sorry salah
# reply"): never progress. "salah kirim"/"salah disposisi" are left out: said of the disposition, they return it.
CORRECTION = re.compile(r"\b(?:salah|slh|keliru|klru)\b(?!\s+(?:kirim|krm|disposisi|dispo|alamat|instansi|dinas|opd|"
                        r"sasaran|tujuan))|\bbukan\s+(?:yg|yang)\s+(?:ini|itu)\b|\btypo\b", re.IGNORECASE)
CORRECTION_MAX_WORDS = 8


# A word to a colleague swiped onto a notice ("pak tolong infokan ke tim lapangan ya", "mhn diteruskan ke kabid",
# "mas coba suruh tim angkut ke sana"): someone at the office asked to pass it on or act, nothing done yet.
COLLEAGUE_WORDS = {"tim", "timnya", "kabid", "kasi", "kasie", "kasubag", "kasubbag", "kadis", "kepala", "bidang",
                   "anggota", "petugas", "lapangan", "atasan", "pimpinan", "sekretaris", "staf", "staff", "rekan",
                   "teman", "kawan", "regu", "mandor", "danton", "kasatpol", "sopir", "driver", "operator"}
RELAY_WORDS = {"infokan", "informasikan", "sampaikan", "disampaikan", "teruskan", "diteruskan", "kabari", "kabarkan",
               "dikabari", "koordinasikan", "dikoordinasikan", "arahkan", "diarahkan", "perintahkan", "suruh",
               "disuruh", "tugaskan", "ditugaskan", "kerahkan", "hubungi", "dihubungi", "forward", "fwd"}
ASKING_SOMEONE = {"tolong", "tlg", "mohon", "mhn", "minta", "harap", "coba", "cb"}


def _for_a_colleague(text: str) -> bool:
    """Tell whether a text asks a colleague to pass a complaint on or act on it (a request, someone at the office,
    a word for passing on or ordering), with nothing said done."""
    typed = set(words(text))
    return bool(typed & ASKING_SOMEONE and typed & COLLEAGUE_WORDS and typed & RELAY_WORDS
                and not typed & DONE_MARKERS)


# Someone to ask the citizen ("mohon ditanyakan ke pelapor NIK-nya", "tlg dikonfirmasi ke warganya"): an officer
# asking for INFO in other words, not progress for the citizen.
REPORTER_WORDS = {"pelapor", "pelapornya", "warga", "warganya", "pengadu", "pengadunya", "masyarakat", "ybs"}
ASK_WORDS = {"tanya", "tanyakan", "ditanyakan", "tanyain", "ditanya", "konfirmasi", "dikonfirmasi", "konfirmasikan",
             "hubungi", "dihubungi", "minta", "dimintai", "mintakan", "klarifikasi", "diklarifikasi"}


def _asks_to_ask(text: str) -> bool:
    typed = set(words(text))
    return bool(typed & REPORTER_WORDS and typed & ASK_WORDS)


QUESTION_APART = re.compile(r"[,;:]\s*")
QUESTION_MIN_WORDS = 2


def question_apart(rest: str) -> str:
    """The question staff wrote after asking for the reporter to be asked, in a clause of its own that speaks
    of no reporter ("coba tanyain ke warganya dong, sampahnya di depan rumah no brp"), ending in "?"; "" if none."""
    clauses = QUESTION_APART.split(rest.strip(), maxsplit=1)
    question = clauses[1].strip(" .!?") if len(clauses) == 2 else ""
    if len(words(question)) < QUESTION_MIN_WORDS or _asks_to_ask(question):
        return ""
    return f"{question}?"


# Words for the office that reached the citizen as news ("pak sekda minta difoto", "nunggu ttd kadis", "sy cek dulu
# ya pak"): a superior's instruction (a superior and a word of ordering or asking), an approval or a signature awaited
# (a word of waiting with a signature, or with an approval of a superior), the officer's own note (the typist alone,
# a word of checking and "first", no day). Not real news: "kadis sudah setuju, besok tim turun", "menunggu
# persetujuan anggaran", "sy cek ke lokasi besok pagi".
SUPERIORS = frozenset({"sekda", "kadis", "kadin", "kabid", "kasi", "kasie", "kabag", "kasubag", "kasubbag", "kaban",
                       "bupati", "wabup", "walikota", "wawali", "camat", "atasan", "pimpinan", "pimpinannya",
                       "kepala", "sekdis", "sekretaris", "plt", "plh", "kasatpol", "direktur", "dirut"})
# ("bos", "ndan", "komandan" are left out: staff address each other so, "siap ndan, harus nunggu alat berat")
ORDERING = frozenset({"minta", "meminta", "mintanya", "suruh", "disuruh", "nyuruh", "menyuruh", "perintah",
                      "diperintah", "diperintahkan", "memerintahkan", "instruksi", "diinstruksikan", "menginstruksikan",
                      "arahan", "arahannya", "mengarahkan", "diarahkan", "berpesan", "dawuh", "ngendika",
                      "kata", "katanya", "harus", "wajib"})
WAITING_FOR = frozenset({"nunggu", "tunggu", "menunggu", "nungguin", "ditunggu", "antri", "ngantri"})
SIGNATURE = frozenset({"ttd", "ttdnya", "tandatangan", "paraf", "parafnya", "acc", "accnya", "approval", "disposisi",
                       "disposisinya", "dispo", "persetujuan", "persetujuannya", "tanda", "restu"})
SIGNATURE_ALONE = SIGNATURE - {"persetujuan", "persetujuannya", "tanda", "disposisi", "disposisinya", "dispo",
                               "restu"}  # "menunggu persetujuan anggaran" is news; "nunggu ttd" is not
CHECKING = frozenset({"cek", "ceck", "check", "lihat", "liat", "pelajari", "tanyakan", "tanya", "koordinasikan",
                      "koordinasi", "konfirmasi", "pastikan", "telusuri", "teliti", "kroscek", "crosscheck", "lapor",
                      "laporkan", "sampaikan", "diskusikan", "rapatkan", "ajukan"})
FIRST = frozenset({"dulu", "dl", "dahulu", "rumiyin", "riyin", "disik", "dhisik", "heula"})
SINGLE_SELF = frozenset({"sy", "saya", "aku", "ak", "gw", "gue", "kulo", "kula", "abdi"})
DONE_OR_DAY = DONE_MARKERS | {"besok", "bsk", "lusa", "pagi", "siang", "sore", "malam", "nanti", "hari", "minggu",
                              "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "ke", "lokasi"}


def for_the_office(text: str) -> bool:
    """Whether a TL's, SELESAI's or INFO's text is said to the office rather than to the citizen (see above)."""
    typed = words(in_standard_words(text))
    said = set(typed)
    if said & DONE_MARKERS:  # "surat sudah ditandatangani kadis": done, news
        return False
    if said & SUPERIORS and said & ORDERING:  # "pak sekda minta difoto", "disuruh pak kabid cek ulang"
        return True
    if said & WAITING_FOR and (said & SIGNATURE_ALONE or said & SIGNATURE and said & SUPERIORS):
        return True  # "nunggu ttd kadis", "menunggu tanda tangan pak kabid", "nunggu persetujuan kadis"
    return bool(said & SINGLE_SELF and said & CHECKING and said & FIRST and not said & DONE_OR_DAY)


# Words asking someone at the office to do the work ("tolong dicek", "mohon segera ditindaklanjuti"): no question
# for the citizen, though INFO sends questions; "tolong dikirim foto lokasinya" asks the citizen.
OFFICE_ASKING = frozenset({"tolong", "tlg", "mohon", "mhn", "harap", "segera"})
OFFICE_WORK = frozenset({"dicek", "dicheck", "dikerjakan", "ditindaklanjuti", "ditangani", "diproses", "diperbaiki",
                         "diselesaikan", "dituntaskan", "dibereskan", "diprioritaskan", "dikawal", "dipantau",
                         "dimonitor", "disurvei", "ditinjau", "dicek2", "diangkut", "dibersihkan"})


def asks_the_office(text: str) -> bool:
    """Whether an INFO's text asks the office to work ("tolong dicek", "mhn segera ditindaklanjuti") rather than
    the citizen a question."""
    said = set(words(text))
    return bool(said & OFFICE_ASKING and said & OFFICE_WORK) and "?" not in text


# Words an officer says must not reach the citizen ("jangan disampaikan ke warga dulu", "jgn diteruskan ke pelapor",
# "gak usah dikabarin ke warga", "ini internal aja"): a note for the office, never offered as a follow-up. Sending
# words ("jangan dikirim") count only with the citizen after them ("material jangan dikirim dulu" is the work).
NOT_TOLD = (r"(?:jangan|jgn|jngn|ojo|(?:gak|ga|gk|nggak|ngga|tidak|tdk|tak|ndak|belum|blm)\s*usah|gausah)\s+"
            r"(?:\w+\s+){0,2}?")
KEPT_FROM_CITIZEN = re.compile(
    r"\b" + NOT_TOLD + r"(?:di)?(?:sampaikan|sampein|sampaiin|teruskan|terusin|kabarkan|kabarin|kabari|infokan|infoin|"
    r"informasikan|beritahu|beritahukan|beri\s+tahu|kasih\s+(?:tau|tahu)|kasi\s+tau|bilang|bilangin|bocorkan)\b"
    r"|\b" + NOT_TOLD + r"(?:di)?(?:kirim|kirimkan|kirimin|forward|share|umumkan)\s+(?:\w+\s+)?(?:ke|kpd|kepada)\s+"
    r"(?:warga|pelapor|masyarakat|pengadu)"
    r"|\boff\s+the\s+record\b|\b(?:untuk|utk|khusus)\s+internal\b|\binternal\s+(?:saja|aja|sj|dulu|ya)\b",
    re.IGNORECASE)


def kept_from_citizen(text: str) -> bool:
    """Whether an officer's words say they are not to be passed on to the citizen."""
    return KEPT_FROM_CITIZEN.search(text) is not None


# An errand asked of someone at the office ("tolong ambilkan berkas di kantor camat", "tlg bawain map ke ruang
# kabid", "mohon siapkan surat tugas"): an active verb of fetching or preparing after a request; never news of the
# work ("mohon maaf, kami akan ambil sampel air": the team acts; "tolong diambil": asked of nobody in particular).
ERRAND_VERB = re.compile(r"(?:ambil|bawa|antar|jemput|beli|cari|siap|print|cetak|fotokopi|fotocopy|copy|scan|ketik|"
                         r"taruh|simpan|letak|kumpul|urus|panggil|telp|telpon|telepon|buat|bikin)(?:kan|in|kin|ken)?")
ERRAND_DOERS = {"kami", "kmi", "kita", "tim", "petugas", "maaf", "mf", "izin", "ijin", "sudah", "sdh", "udah", "udh"}
ERRAND_WITHIN = 4


def asks_an_errand(text: str) -> bool:
    """Whether a message asks someone at the office to fetch or prepare something (see ERRAND_VERB)."""
    typed = words(text)
    for index, word in enumerate(typed):
        if word not in ASKING_SOMEONE:
            continue
        for after in typed[index + 1:index + 1 + ERRAND_WITHIN]:
            if after in ERRAND_DOERS:
                break
            if ERRAND_VERB.fullmatch(after):
                return True
    return False


# The typist's own time, with news promised later ("mohon maaf saya sedang rapat, nanti saya kabari", "sy lagi di
# jalan, nanti sy update", "lagi nyetir"): nothing for the citizen yet ("tim sedang rapat koordinasi …" is the team's).
AWAY = re.compile(r"\b(?:nanti|nnti|ntar|entar|besok|bsk)\s+(?:saya|sy|aku|gw|kami|kmi)\s+(?:kabari|kabarin|kabarkan|"
                  r"update|info|infokan|infoin|hubungi|balas|bales|lapor|laporkan|sampaikan)\b"
                  r"|\b(?:sedang|sdg|lagi|lg)\s+(?:rapat|meeting|nyetir|menyetir|di\s*jalan|dinas\s+luar|sibuk|acara|"
                  r"sholat|shalat|solat|zoom|di\s+perjalanan)\b", re.IGNORECASE)
AWAY_OPENING = {"lagi", "lg", "sedang", "sdg", "maaf", "mf", "mohon", "mhn"}


def own_time_only(text: str) -> bool:
    """Whether a message tells only the typist's own time or a later update (see AWAY), not the work's."""
    from bot.progress import sounds_like_progress

    typed = words(text)
    return (AWAY.search(text) is not None and bool(set(typed) & SINGLE_SELF or typed and typed[0] in AWAY_OPENING)
            and not sounds_like_progress(text))
