"""Reading an officer's words about the work: whether they say it is done (`says_done`), and whether words typed
without a command sound like progress on it (`sounds_like_progress`: a step taken, under way or planned, "sudah
kami survei, minggu depan dikerjakan") rather than anything else an officer writes (a request, a question, leave,
thanks, chatter). Words are read as the conversation reads them (`bot.conversation.understanding.standard_words`),
with the abbreviations and regional words officers add."""

from __future__ import annotations

import re

from bot.commands import is_acknowledgement, is_greeting, is_pleasantry, is_thanks
from bot.conversation import understanding

# Words of completion an officer uses for the work ("rampung", "beres", "done").
# Sundanese "rengse", Madurese "mareh"/"mare" ("la mareh": already finished).
DONE_WORDS = {"rampung", "beres", "tuntas", "kelar", "done", "finish", "finished", "clear", "complete", "completed",
              "dirampungkan", "dibereskan", "dituntaskan", "selesai", "selese", "slesai", "diselesaikan", "rengse",
              "direngsekeun", "mareh", "mare", "teratasi", "tertangani", "terselesaikan", "tertanggulangi"}
DONE_MARKERS = {"sudah", "sdh", "udah", "udh", "dh", "telah", "tlh", "tlah", "sdah", "sampun"}
# Passive verbs after "sudah" that tell a step on the way or a message received, not the work done. Not "ditangani":
# "sudah ditangani" is the work handled (perfective, as "sudah tertangani"), a final answer to confirm; under way
# it is said with "sedang"/"lagi"/"masih" ("sedang ditangani"), which never says done.
ON_THE_WAY = frozenset("""dicek dicheck diperiksa ditinjau disurvei disurvey dilihat dikoordinasikan diteruskan
    dilaporkan diproses ditindaklanjuti dijadwalkan dianggarkan diusulkan diajukan dibaca diterima dicatat
    dihubungi ditelpon dikonfirmasi dipelajari didata direspon direspons ditanggapi dipesan diorder
    dibeli disiapkan dipersiapkan direncanakan diukur dihitung didesain dirancang dilelang dikerahkan diturunkan
    ditugaskan didatangkan dikembalikan dialihkan dilimpahkan didisposisikan dipindahkan diwangsulaken dimutasi
    dipindahtugaskan
    dibalikin""".split())
PASSIVE_MIN_LENGTH = 6  # "diangkut", "ditambal"; not "dia", "di"
# Part of it only ("sudah diangkut sebagian", "baru separuh"): the citizen's words for it, and the officer's
PARTLY = understanding.PARTLY | frozenset("sementara baru belum sebagian2".split())


# Active verbs that finish the work when said done by who did it ("sdh kami angkut", "tlh kami tambal"); not the
# steps on the way ("sudah kami cek", "sudah kami tegur", "sudah kami koordinasikan").
DONE_ACTIVE = frozenset("""kerjakan garap angkut bersihkan resiki tambal pasang ganti potong tebang pangkas perbaiki
    betulkan benahi tertibkan sedot keruk normalisasi bongkar buang cat aspal cor rapikan selesaikan tuntaskan
    ngangkut mengangkut membersihkan menambal memasang mengganti memotong memperbaiki menyedot mengeruk
    membongkar tangani""".split())
# Who did it, between "sudah" and the active verb (at most two words: "sudah tim kami pasang").
DOERS = frozenset("kami kmi kita tim petugas sy saya aku kulo kula abdi tak dak anggota regu".split())
DOERS_WITHIN = 2


def _done_by_someone(typed: list[str]) -> bool:
    """Whether "sudah", then who did it, then an active verb that finishes the work are said ("sdh kami angkut
    semua", "telah tim ganti")."""
    for at, word in enumerate(typed):
        if word not in DONE_MARKERS:
            continue
        after = typed[at + 1:at + 2 + DOERS_WITHIN]
        doers = 0
        while doers < len(after) and after[doers] in DOERS:
            doers += 1
        if 0 < doers < len(after) and after[doers] in DONE_ACTIVE:
            return True
    return False


# The place as it should be again ("sdh bersih pak", "air sudah lancar kembali", "lampu sdh nyala lg"), after "sudah".
# ("aman" is said_safe's: asked as final or progress, never offered as progress alone)
DONE_STATES = frozenset("""bersih rapi rapih lancar normal nyala menyala hidup terang mulus mengalir
    berfungsi resik beresih murup urip hurung caang padang mili ngalir""".split())  # lit, flowing: Jv, Sund
STATE_WITHIN = 2  # "sudah kembali normal", "air sudah lancar kembali"
# Someone else's word for it ("info dari warga sekitar TPS sudah bersih"): news, not the officer's work done
HEARSAY = frozenset("info informasi kabar kabarnya katanya menurut dengar denger".split())


def _state_restored(typed: list[str]) -> bool:
    """Whether "sudah" is followed, within two words, by a word of the place as it should be ("sdh bersih"), said
    as the officer's own word, not someone else's."""
    return not set(typed) & HEARSAY and any(
        word in DONE_MARKERS and set(typed[at + 1:at + 1 + STATE_WITHIN]) & DONE_STATES
        for at, word in enumerate(typed))


def _done_passive(word: str) -> bool:
    """Whether a word after "sudah" is a passive of the work that is no step on the way: "ditambal", "diresiki"
    (Javanese), "dibersihan" (Sundanese), "ebersihagi", "eangkut" (Madurese "e-": only a finishing verb's or one
    with its "-aghi" ending, as Indonesian words after "sudah" start with "e" too: "sudah empat hari")."""
    if word.startswith("di"):
        return len(word) >= PASSIVE_MIN_LENGTH and word not in ON_THE_WAY
    return word.startswith("e") and (word[1:] in DONE_ACTIVE or word.endswith(("agi", "aghi")) and len(word) >= 7)


# "baru" before these is "only so far" ("baru diangkut 1 rit", "baru mau diganti"); elsewhere it is what was put in
# ("diganti baru", "lampu baru") or "just now" ("baru saja"), which leave the work done
SO_FAR_ONLY = frozenset("mau akan mulai tahap satu dua tiga separo sekali".split())


def _partly(typed: list[str]) -> bool:
    """Whether the words say only part of the work is done ("sudah diangkut sebagian", "baru diangkut 1 rit"); "baru"
    after the work ("sdh diganti baru") is new, not part."""
    for word, after in zip(typed, [*typed[1:], ""], strict=False):
        if word == "baru":
            if after in SO_FAR_ONLY or after[:1].isdigit() or after in DONE_ACTIVE or after in WORK_VERBS or (
                    after.startswith("di") and len(after) >= PASSIVE_MIN_LENGTH):
                return True
        elif word in PARTLY:
            return True
    return False


def says_done(typed: list[str]) -> bool:
    """Whether an officer's words (`staff_words`, so that "sampun dipun resiki" and "wes didandani" are read as
    "sudah diresiki") say the work is done: a word of completion ("beres", "rampung", "teratasi"), or "sudah"
    before a passive verb that is no step on the way ("sudah ditambal", "sdh diangkut"; not "sudah dicek", nor
    "sudah diangkut sebagian"), or before who did it and an active verb that finishes it ("sdh kami angkut")."""
    return bool(set(typed) & DONE_WORDS) or not _partly(typed) and (any(
        before in DONE_MARKERS and _done_passive(word) for before, word in zip(typed, typed[1:], strict=False))
        or _done_by_someone(typed) or _state_restored(typed))


# Words that say the place is safe again ("lpr 3 udh aman pak", "sudah kondusif"): of a complaint, said by its
# officer, likely the final answer or progress; asked about, never a hint.
SAFE_WORDS = {"aman", "kondusif", "terkendali"}
NOT_SAFE_YET = {"belum", "blm", "blom", "tidak", "tdk", "gak", "ga", "kurang", "krg", "ndak", "nggak", "durung"}


def says_safe(typed: list[str]) -> bool:
    """Whether an officer's words say the place is safe again ("udh aman", "aman terkendali"), not "belum aman"."""
    return any(word in SAFE_WORDS and before not in NOT_SAFE_YET
               for before, word in zip(["", *typed], typed, strict=False))


# The conversation's Indonesian question words (abbreviations read by standard_words: "brp", "dmn"), with "mana" and
# the Javanese ones an officer may write.
QUESTION_LEADS = (understanding.QUESTION_WORDS - {"how", "is", "does", "do", "who", "kah"}) | {
    "dimana", "mana", "pundi", "pinten", "endi", "nandi"}


def is_question(text: str) -> bool:
    """Whether a staff member's text asks something ("?" or a question word)."""
    return "?" in text or bool(set(understanding.standard_words(text)) & QUESTION_LEADS)


# The region's words staff type (Javanese, Sundanese, Madurese), as the leave reader and the acknowledgement reader
# know them: leave ("benjing kulo mboten mlebet", "abdi isukan teu tiasa lebet"), receipt ("sampun kulo tampi",
# "muhun, tos katampi") and a promise ("enggal kulo tindaklanjuti").
REGIONAL_WORDS = {"benjing": "besok", "mbenjing": "besok", "sesuk": "besok", "sesok": "besok", "mbesuk": "besok",
                  "isukan": "besok", "pageto": "lusa", "mlebet": "masuk", "mlebu": "masuk", "lebet": "masuk",
                  "mboten": "tidak", "boten": "tidak", "ora": "tidak", "teu": "tidak", "henteu": "tidak",
                  "kulo": "saya", "kula": "saya", "abdi": "saya", "tiasa": "bisa", "saged": "bisa", "isa": "bisa",
                  "prei": "libur", "kaperluan": "keperluan", "kulawarga": "keluarga",
                  "sampun": "sudah", "sampon": "sudah", "tos": "sudah", "atos": "sudah", "parantos": "sudah",
                  "tampi": "terima", "nampi": "terima", "ditampi": "diterima", "katampi": "diterima",
                  "tampa": "terima", "ditampa": "diterima", "enggal": "segera", "badhe": "akan", "bade": "akan",
                  "monggo": "silakan", "mangga": "silakan", "muhun": "ya", "enggi": "ya", "injih": "ya",
                  "dipun": "di"}
TODAY = re.compile(r"\b(?:hari|hr)\s+ini\b", re.IGNORECASE)  # one word for the reader ("ini" alone is no time)
# Officers' shorthand and more regional words the conversation's reader does not know ("sdg", "msh", "kmi"; Javanese
# "nembe"), beside REGIONAL_WORDS above; and the spoken "-in" of a passive ("dikerjain").
STAFF_WORDS = {"sdg": "sedang", "sdang": "sedang", "msh": "masih", "msih": "masih", "kmi": "kami", "dpn": "depan",
               "td": "tadi", "tdi": "tadi", "sbgian": "sebagian", "sbg": "sebagian", "trk": "truk", "ptgs": "petugas",
               "nembe": "baru", "ten": "ke", "dhateng": "ke", "dateng": "ke",
               "taksih": "masih", "tasih": "masih", "nuju": "sedang", "keur": "sedang", "tkp": "lokasi",
               "lks": "lokasi", "ampon": "sudah", "empon": "sudah", "la": "sudah", "saiki": "sekarang",
               "saniki": "sekarang", "ayeuna": "sekarang", "d": "di",
               "gi": "masih", "gik": "masih", "ghi": "masih", "ghik": "masih",  # Madurese "gi' proses"
               "enjing": "pagi", "enjang": "pagi", "isuk": "pagi", "sonten": "sore", "dalu": "malam",
               "mangke": "nanti", "mengko": "nanti", "engko": "nanti", "wau": "tadi", "niki": "ini", "iki": "ini",
               "lagguna": "besok", "laggu": "besok", "lagghuna": "besok", "ka": "ke"}  # Madurese, Sundanese


def staff_words(text: str) -> list[str]:
    """An officer's message as standard words: the conversation's reading, then officers' own shorthand, with
    Javanese "dipun X" as the passive "diX"."""
    said = [STAFF_WORDS.get(word) or REGIONAL_WORDS.get(word) or _d_for_di(word)
            for word in understanding.standard_words(TODAY.sub("hariini", text))]
    joined, skip = [], False
    for word, after in zip(said, [*said[1:], ""], strict=False):
        if skip:
            skip = False
            continue
        if word in {"dipun", "di"} and after.isalpha() and len(after) >= 4 and after not in PLACES:
            joined.append("di" + after)  # "dipun garap", "di kerjakan": the passive typed apart
            skip = True
        elif word == "e" and after.isalpha() and len(after) >= 4:
            joined.append("e" + after)  # Madurese "e bersihagi", "e angkut": its passive typed apart
            skip = True
        else:
            joined.append(word[:-2] + "kan" if word.startswith("di") and word.endswith("in") and len(word) > 7
                          and word not in {"dingin", "dipingin"} else word)
    return joined


def _d_for_di(word: str) -> str:
    """A passive with "d" for "di" written against a verb of the work ("dtangani", "dbersihkan", "dcek") as "di…";
    any other word as it is ("dgn", "dlh", "dsb")."""
    verb = word[1:]
    return "di" + verb if word[:1] == "d" and verb[:1] not in "aeiou" and verb in _D_VERBS else word


# Where someone is ("di jalan", "di kantor", "di lokasi"): "di" before them is no passive.
PLACES = frozenset("""jalan jln kantor rumah lokasi lapangan sana sini situ mana atas bawah depan belakang dalam
    luar samping sebelah dekat pinggir tengah ujung pasar desa kecamatan kelurahan gudang bengkel tkp""".split())
# Time and aspect: the work done, under way or planned, or when.
ASPECT = frozenset("""sudah telah sedang lagi masih akan besok lusa nanti tadi kemarin barusan baru tinggal mulai
    sementara sisanya sisa minggu pekan senin selasa rabu kamis jumat sabtu pagi siang sore subuh hariini jam
    segera otw rencana nunggu menunggu tunggu lanjut""".split())
FUTURE_ONLY = frozenset("akan nanti segera".split())  # a promise, with nothing done yet
# A day or an hour: beside a promise ("siap kami tindak lanjuti besok pagi") it tells the citizen when work starts
DAY_NAMED = frozenset("besok lusa minggu pekan senin selasa rabu kamis jumat sabtu pagi siang sore subuh hariini jam"
                      .split())
# Who and what does the work, and its stages: with an aspect word, the work is told about.
WORK_NOUNS = frozenset("""tim timnya petugas anggota regu armada truk truck dump pickup alat berat excavator beko
    material materialnya aspal pipa pipanya pompa lokasi lapangan kontraktor pekerja tukang rit survei survey
    pengukuran pengecekan perbaikan pengerjaan pembersihan pengangkutan penambalan pemotongan penertiban pemasangan
    penggantian penanganan perencanaan pengadaan anggaran anggarannya tahap progres progress proses persen
    koordinasi kecamatan kelurahan desa pemilik pemiliknya""".split())
# Active verbs of the work, bare or after "kami"/"tim" ("kami cek", "tim turun", "truk mengangkut").
WORK_VERBS = frozenset("""cek ngecek mengecek survei survey ukur mengukur ngukur turun meluncur berangkat datang
    kerjakan mengerjakan garap menggarap angkut mengangkut ngangkut bersihkan membersihkan tambal menambal pasang
    memasang ganti mengganti potong memotong perbaiki memperbaiki tegur menegur hubungi menghubungi koordinasi
    berkoordinasi tertibkan menertibkan sedot menyedot keruk mengeruk normalisasi menormalisasi tinjau meninjau
    jadwalkan menjadwalkan pesan memesan usulkan mengusulkan tangani menangani bongkar membongkar otw""".split())
_D_VERBS = WORK_VERBS | DONE_ACTIVE  # what "d…" may be the passive of (`_d_for_di`)
# Passives that are no work on the complaint: a request, a wait, a message, a place.
NOT_WORK_PASSIVES = frozenset("""dibantu dibantuin ditunggu dimohon diharapkan diminta ditanyakan ditanya dibalas
    dibales dibaca diterima dicatat dikabari dikabarin dimaafkan dijawab dikirim dikirimkan diinfokan diinfo
    dimana dinas dinasnya diri dirinya dikit disini disitu disana dijalan dikantor dirumah dipanggil dipakai
    ditelpon ditelepon dihubungi dikonfirmasi diulang diingatkan diingetin diteruskan disampaikan disposisi
    disposisinya dispo""".split())
PROMISES = frozenset("""tindaklanjuti tindaklanjut ditindaklanjuti tindak lanjut lanjuti proses diproses tangani
    ditangani koordinasikan dikoordinasikan cek dicek kabari""".split())
# What says the words are about something else: the typist's leave, a request, staff talk.
LEAVE = frozenset("cuti sakit libur absen".split())  # "izin" is as often courtesy: "izin pak, sudah kami cek"
ASKING = frozenset("tolong minta bisa boleh bantu bantuin arahan arahannya petunjuk".split())
NEGATED_WORK = frozenset("tidak belum".split())
ABLE = frozenset("bisa dapat sempat".split())
RECEIVED = frozenset("terima diterima dibaca masuk dicatat".split())
PERSONAL = frozenset("hp hape handphone nomor nomer no wa whatsapp pulsa kuota sinyal".split())
# The team's own time ("tim sdg makan siang dulu", "petugas lagi istirahat", "regu sudah pulang"): with no verb of
# the work beside it, talk about the people, not news of the work.
OWN_TIME = frozenset("""makan sarapan ngopi istirahat ishoma rehat ngaso leren sholat solat shalat salat jumatan
    apel pulang tidur rapat libur""".split())
ASKING_WITHIN = 3  # a request opens the message ("pak tolong …", "mohon arahannya")
# A stage, an obstacle or an estimate ("ada hambatan, alat berat rusak", "kendala di lapangan …, estimasi 3 hari")
STAGE_WORDS = frozenset("""progres progress persen tahap kendala kendalanya hambatan hambatannya terkendala
    estimasi perkiraan target""".split())
PERCENT = re.compile(r"\d\s*(?:%|(?:persen|prsn|prosen)\b)", re.IGNORECASE)  # "pengaspalan 70%", "50 persen"
# Under way said as a stage ("dlm proses pak", "dalam penanganan tim"): no aspect word, yet news of the work
UNDER_WAY = re.compile(r"\b(?:dalam|dlm|dlam)\s+(?:proses|process|penanganan|pengerjaan|perbaikan|progres|progress)\b",
                       re.IGNORECASE)


def _work_acted(said: list[str]) -> bool:
    """Whether the words hold a verb of the work, passive ("diangkut") or active ("ngangkut", "kami cek")."""
    return bool(set(said) & WORK_VERBS) or any(
        word.startswith("di") and len(word) >= PASSIVE_MIN_LENGTH and word not in NOT_WORK_PASSIVES
        and word[2:] not in PLACES for word in said)


def _work_done_or_planned(said: list[str]) -> bool:
    """Whether the words name work: a passive verb of the work, an active one, or who and what does it."""
    return _work_acted(said) or bool(set(said) & WORK_NOUNS)


def _cannot_yet(said: list[str]) -> bool:
    """Work that cannot be done yet ("belum bisa dikerjakan krn hujan"): news of the work; "tidak diangkut
    seminggu" alone is the complaint itself."""
    return any(word in NEGATED_WORK and after in ABLE for word, after in zip(said, said[1:], strict=False))


def _asks(said: list[str]) -> bool:
    """Whether the message opens with a request ("tolong dibantu", "bisa dicek ulang?"), with nothing said done or
    under way; "belum bisa dikerjakan" is no request."""
    pairs = list(zip(["", *said], said, strict=False))[:ASKING_WITHIN]
    opening = [word for before, word in pairs if before not in NEGATED_WORK]
    return bool(set(opening) & ASKING) and not set(said) & (DONE_MARKERS | {"sedang", "masih"})


def _only_promised(said: list[str]) -> bool:
    """A promise to act with nothing done, under way or dated ("segera kami tindak lanjuti", "akan diproses"; what
    is "sudah" beside it is the message received: "sudah kami terima dan akan segera ditindaklanjuti")."""
    aspects = set(said) & ASPECT - (DONE_MARKERS if set(said) & RECEIVED else set())
    actions = {w for w in said if w in WORK_VERBS or w.startswith("di") and len(w) >= PASSIVE_MIN_LENGTH}
    return (bool(aspects | actions) and aspects <= FUTURE_ONLY and actions <= PROMISES
            and not set(said) & (WORK_NOUNS - {"proses"}))


# Whether it is done yet, asked ("udah ditambal blm sih", "wis diresiki durung", "sampun dipun tambal dereng?"):
# already, up to three words with no comma or "but", then "not yet" closing the sentence (tags aside).
ASKED_DONE_YET = re.compile(
    r"\b(?:sudah|sdh|udah|udh|dah|dh|telah|tlh|wis|uwis|wes|sampun|tos|geus)\s+"
    r"(?:(?!(?:tapi|tp|tpi|namun|tetapi)\b)[^\s,.;]+\s+){0,3}?(?:belum|blm|blom|belom|durung|dereng|acan|urung)"
    r"(?:\s+(?:sih|ya|yah|yaa|kah|pak|bu|mas|mbak|ndan|ni|nih|to|tah|gan|bro))*\s*[?!.]*\s*$", re.IGNORECASE)


def sounds_like_progress(text: str) -> bool:
    """Whether an officer's words without a command tell progress on the work, to be offered as TL: a word of the
    work (done, under way, planned; who or what does it) with one of time or aspect ("sudah", "sedang", "besok",
    "tinggal"), or the work said done; not a question, a request, leave, thanks, a greeting, a promise alone or
    the team's own time ("tim sdg makan siang dulu")."""
    said = staff_words(text)
    if not said or is_question(text) or is_thanks(text) or is_acknowledgement(text) or is_pleasantry(text):
        return False
    if ASKED_DONE_YET.search(text):  # "yg di sdn 3 itu udah ditambal blm sih": asked, not told
        return False
    if is_greeting(text) or set(said) & LEAVE and not set(said) & WORK_NOUNS:
        return False
    if _asks(said) or set(said) & PERSONAL and not set(said) & WORK_NOUNS:
        return False  # "tolong dibantu dong", "hp saya baru ganti": asked, or about the typist's phone
    if says_done(said) or on_the_way_only(text):
        return True
    if set(said) & (OWN_TIME | LEAVE) and not _work_acted(said):
        return False  # "tim sdg makan siang dulu", "petugas lagi cuti semua": the team's time, not the work
    if _only_promised(said):
        return False
    if PERCENT.search(text) is not None:  # "udah 80% pak": how far the work is
        return True
    held_up = set(said) & NEGATED_WORK and set(said) & WORK_NOUNS  # "anggaran blm turun"
    if not set(said) & ASPECT and not _cannot_yet(said) and not held_up:  # "pengerjaan 50 persen", "tahap …"
        return (bool(set(said) & STAGE_WORDS) or PERCENT.search(text) is not None or UNDER_WAY.search(text) is not None
                or _doing_now(said))
    return _work_done_or_planned(said) or bool(set(said) & PROMISES and set(said) & DAY_NAMED)


def _doing_now(said: list[str]) -> bool:
    """Whether who does the work stands right before an active verb of it, with no time said: done now ("kami
    koordinasi dgn pln", "tim tangani hari ini")."""
    return any(doer in DOERS_NOW and verb in WORK_VERBS for doer, verb in zip(said, said[1:], strict=False))


DOERS_NOW = frozenset("kami kita tim petugas".split())  # not "sy": "sy cek dulu" is a promise to the office


# On the way to the site, said short ("otw pak", "lagi otw ke lokasi", "siap ndan, meluncur", "sampun mangkat"):
# progress the catalogue words for the citizen (`tl_on_the_way`), as "otw pak" is said to the office.
MOVING = frozenset("otw otewe meluncur berangkat menuju perjalanan mangkat budhal bidhal angkat".split())
MOVING_FILLER = frozenset("""lagi sedang sudah ini baru mau segera langsung dalam ke lokasi lok loks lks tkp sana
    tempat lapangan jalan tim kami petugas saya kulo abdi pak bu ibu bapak ndan komandan siap ok oke baik nggih njih
    ya mas mbak dlm bos kak min on the way gw gue gua aku ak aq ane bro brow gan bang sis cuy""".split())


def on_the_way_only(text: str) -> bool:
    """Whether an officer's words say only that they (or the team) are on the way to the site ("otw pak", "lg
    jalan ke tkp", "on the way"), with nothing more of the work: the citizen gets the catalogue's sentence."""
    said = staff_words(text)
    moving = set(said) & MOVING or "on the way" in " ".join(said) or "jalan" in said and "ke" in said
    return bool(moving) and set(said) <= MOVING | MOVING_FILLER
