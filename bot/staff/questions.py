"""Questions in words that a list, a summary or STATUS answers ("apa yang telat?", "gmn perkembangan lpr 1?",
"aduan kemarin apa aja", "siapa nama pelapornya?"), and the greeting or how-to that asks for help.
"""

from __future__ import annotations

import re

from bot.commands import GREETING_WORDS, is_greeting, is_pleasantry, is_thanks, words
from bot.conversation import understanding
from bot.messages import t
from bot.progress import DONE_WORDS
from bot.staff.agencies import AGENCY_WORDS, _agency_words
from bot.staff.finding import _own_open, _replied_complaint_number, _which_one
from bot.staff.reading import WRITTEN_REFERENCE, _named_inside, asks_what_if
from bot.staff.shown import reporter_for
from bot.staff.turn import LEADER_ROLES, LIST_ITEMS, OFFICER_ROLES, QUEUE_ROLES, StaffTurn
from bot.staff.vocabulary import COURTESY, DIGIT, HOW_WORDS, MOVED_WORDS, NOT_WORDS, NOT_YET, RETURNING, WHO_ASKED
from lapor import access, complaints
from lapor.agency_lookup import only_agency_words
from lapor.references import format_reference, marked_reference, mentioned_reference, numbers_named, split_reference
from models.vocab import Role

# A question about what is late ("apa yang telat?", "ada yang terlambat?", "DAFTAR terlambat"): DAFTAR of those past
# their deadline. "maaf telat balas" is an apology, not this question.
LATE_WORDS = {"telat", "terlambat", "lewat", "melewati", "overdue", "molor", "tertinggal"}
# A question about how to use the service ("gimana caranya?", "bingung pak", "cara balasnya bagaimana").
HOW_TO = {"cara", "caranya", "carane", "caranipun", "carana", "petunjuk", "panduan", "bingung"}
HOW_TO_USE = HOW_WORDS | HOW_TO
# ... or said as not understanding yet, in the region's words too ("kulo dereng mudheng", "abdi teu acan ngartos")
UNDERSTOOD = {"paham", "mengerti", "ngerti", "ngertos", "mudeng", "mudheng", "ngartos", "ngarti"}
NOT_YET_UNDERSTOOD = NOT_WORDS | {"dereng", "durung", "ora", "gak", "ndak", "teu", "acan", "kurang", "krg"}
HOW_MAX_WORDS = 8


# A list or summary asked for inside a sentence ("selamat malam bu, mohon maaf, rekap hari ini ada?", "boleh minta
# rekapnya dinas pu?", "tolong kirimkan antreannya"): the word (or its -nya form) names the command.
# "daftar" is also "to register" ("mau daftar cuti"): a list only right after a word asking for it ("minta daftar").
ASKED_FOR = {"rekap": "REKAP", "rekapan": "REKAP", "rkp": "REKAP", "ringkasan": "REKAP", "antrean": "ANTREAN",
             "antrian": "ANTREAN"}
ASKING_WORDS = {"minta", "mnt", "kirim", "kirimkan", "kirimin", "lihat", "liat", "cek", "tampilkan"}
ASKED_MAX_WORDS = 14


def _asked_for(text: str) -> tuple[str | None, str]:
    """The list or summary command a short request names in its middle, with the words after it."""
    typed = words(text)
    if len(typed) > ASKED_MAX_WORDS or split_reference(marked_reference(text))[0] is not None:
        return None, text
    for index, word in enumerate(typed):
        word = word.removesuffix("nya")
        command = ASKED_FOR.get(word) or ("DAFTAR" if word in ("daftar", "list") and index
                                          and typed[index - 1] in ASKING_WORDS else None)
        if command is None and word in FIGURE_WORDS and index and typed[index - 1] in ASKING_WORDS and any(
                PERIOD_NAMED.search(w) for w in typed[index + 1:]):
            command = "REKAP"  # "minta data bulan ini": a period's figures (not "minta data pelapor lpr 1")
        if command is not None:
            return command, " ".join(typed[index + 1:])
    from bot.staff import worded

    figures = worded.figures_asked(text)  # "statistik", "kinerja dlh gimana?", "jumlah laporan dlh brp"
    return ("REKAP", figures) if figures is not None else (None, text)


FIGURE_WORDS = {"data", "statistik", "angka", "capaian", "kinerja"}
PERIOD_NAMED = re.compile(r"^(?:hari|minggu|pekan|bulan|bln|tahun|thn|triwulan|semester|sasi|wulan|taun|iki|niki)$")


# A question about one complaint's progress ("gmn perkembangan lpr 1?", "lpr 1 sdh sampai mana ya?", "LPR-1 sejauh
# mana?"): its STATUS, never a TL that would send the question to the citizen.
HOW_FAR = HOW_WORDS | {"sejauh"}
PROGRESS_WORDS = {"perkembangan", "perkembangannya", "progres", "progresnya", "progress", "kabar", "kabarnya",
                  "status", "statusnya", "posisi", "posisinya"}
SO_FAR = re.compile(r"\b(?:sampai|sampe|smp|sdh\s+di|sudah\s+di)\s+mana\b", re.IGNORECASE)
PROGRESS_MAX_WORDS = 12
# Its deadline asked ("lpr 1 batas waktunya kapan?", "deadline lpr 1 tgl brp"): STATUS says it
DEADLINE_WORDS = {"batas", "batasnya", "deadline", "deadlinenya", "dl", "tenggat", "tenggatnya", "tempo", "temponya"}
WHEN_WORDS = {"kapan", "kpn", "brp", "berapa", "tgl", "tanggal"}
# Why it takes so long or is not done yet ("lpr 1 kok lama bgt?", "laporan no 1 kok lambat sekali", "lpr 1 kok blm
# beres2"): its STATUS says where it is
SLOW_WORDS = understanding.SLOW  # "kok suwi?", "lpr 3 kok molor"
WHY_ASKED = {"kok", "kenapa", "knp", "mengapa", "napa"}
# Its history asked ("riwayat lpr 1", "minta kronologi lpr 1"): STATUS with the timeline's latest steps
HISTORY_WORDS = {"riwayat", "riwayatnya", "histori", "historinya", "history", "kronologi", "kronologinya",
                 "kronologis", "timeline", "timelinenya", "jejak", "jejaknya", "runtutan", "urutan"}
HISTORY_SHOWN = 10


# Which complaint a number is, checked ("lpr 1 itu yg di pasar baru ya pak", "no 1 itu yg sampah di tps kan bu?"):
# the reference, "itu/ini yg", and a tag asking to confirm at the end; its STATUS, never words for the citizen
WHICH_CHECKED = re.compile(
    r"^\W*(?:lpr|laporan|lap|no|nomor|nmr)\W*(?:no\W*)?\d{1,9}\s+(?:itu|ini|tuh|niku|niki)\s+(?:yg|yang|sing)\b.*"
    r"\b(?:ya+|kan|bukan|bkn|to|tho|toh|nggih|ngga|gak|nggak|kah)\W*(?:pak|bu|mas|mbak|ndan|kak)?\W*$",
    re.IGNORECASE)


def _asks_progress(text: str) -> list[int]:
    """The complaints a short question about their progress names ("lpr 1 dan lpr 3 kapan batas waktunya"), or
    checks which one a number is (`WHICH_CHECKED`), each once; [] for anything else."""
    if WHICH_CHECKED.match(text) and len(words(text)) <= PROGRESS_MAX_WORDS and (found := _named_inside(text)):
        return [found[0]]
    typed = set(words(text))
    done_yet = (typed & DONE_WORDS and ("?" in text or words(text)[-1] in NOT_YET)  # "lpr 1 sdh beres belum"
                or "?" in text and typed & (RETURNING | MOVED_WORDS))  # "lpr 1 nopo sampun dipun wangsulaken?"
    if len(words(text)) > PROGRESS_MAX_WORDS or not (  # "sdh sy tl blm ya lpr 3?": whether it was answered
            typed & HOW_FAR or SO_FAR.search(text) or ("?" in text and typed & (PROGRESS_WORDS | ANSWERING))
            or done_yet or typed & DEADLINE_WORDS and ("?" in text or typed & WHEN_WORDS)
            or typed & (SLOW_WORDS | NOT_YET) and ("?" in text or typed & WHY_ASKED) or typed & HISTORY_WORDS):
        return []
    found = _named_inside(text)
    return _first_and_named(found[0], text) if found else []


ASKED_ONLY = HOW_FAR | PROGRESS_WORDS | NOT_YET | WHY_ASKED | {
    "pak", "bu", "ya", "yaa", "ndan", "nggih", "mas", "mbak", "kak", "nih", "ini", "yg", "yang", "itu", "sudah", "sdh",
    "udah", "udh", "sampai", "sampe", "smp", "mana", "apa", "kah", "skrg", "sekarang", "terbaru", "terkini",
    "kelanjutannya", "lanjutannya", "lpr", "no", "nomor", "laporan"}


def _first_and_named(first: int, text: str) -> list[int]:
    """The complaint found first in a text, then every other it names ("lpr 1 dan lpr 4 …"), each once."""
    return list(dict.fromkeys([first, *numbers_named(text)]))


# "yg kelewat batas", "kelewatan deadline", "terlewat batas waktunya": past the deadline; "kelewat banyak" is too much
PAST_THE_LIMIT = re.compile(r"\b(?:ke|ter)lewat(?:an|in)?\s+(?:batas|deadline|tenggat|jatuh\s+tempo|target)",
                            re.IGNORECASE)


def _asks_late(text: str) -> bool:
    return (bool(set(words(text)) & LATE_WORDS) or PAST_THE_LIMIT.search(text) is not None) and not is_pleasantry(
        text) and split_reference(text)[0] is None


# What falls due in a window to come ("yg jatuh tempo minggu depan", "yg deadline besok apa aja", "yg bakal telat
# minggu depan", "yg hampir telat apa aja"): the open dispositions whose deadline falls in it (`lists._due_soon`),
# never what is late already. A word of the deadline, or of lateness with a word of what is to come or a window to
# come; said of a deadline passed ("yg sudah jatuh tempo", "jatuh tempo minggu lalu") it is the late list.
DUE_NAMED = re.compile(r"\b(?:jatuh\s*tempo\w*|deadline\w*|tenggat\w*|batas\s+(?:waktu|wkt|akhir)\w*)",
                       re.IGNORECASE)
TO_COME = {"bakal", "bakalan", "akan", "mau", "hampir", "nyaris", "terancam", "berpotensi", "potensi", "mepet",
           "arep", "ajeng", "badhe", "bade", "segera"}
FUTURE_WINDOW = re.compile(r"\b(?:depan|dpn|mendatang|kedepan|besok|bsk|besuk|sesuk|benjing|isukan|lusa)\b",
                           re.IGNORECASE)
ALREADY = {"sudah", "sdh", "udah", "udh", "telah", "tlh", "lewat", "melewati", "terlewat", "kelewat", "lalu",
           "kemarin", "kemaren", "kmrn", "sebelumnya"}
DUE_ASKING = {"apa", "apakah", "mana", "berapa", "brp", "ada", "daftar", "list", "siapa", "aja", "saja", "opo", "wae",
              "endi", "naon", "piro", "pinten", "lihat", "liat", "cek", "minta"}
SELF_SAID = {"saya", "sy", "aku", "gw", "gue", "kami"}


def due_asked(text: str) -> str | None:
    """"soon" when words ask what falls due in a window to come, "past" when what fell due already (the late
    list), None when neither (`DUE_NAMED`, `TO_COME`)."""
    typed = set(words(text))
    late = bool(typed & LATE_WORDS) or PAST_THE_LIMIT.search(text) is not None
    coming = bool(typed & TO_COME) or FUTURE_WINDOW.search(text) is not None
    if late and coming:
        return "soon"
    if DUE_NAMED.search(text) is None or late:
        return None
    return "past" if typed & ALREADY and not coming else "soon"


def _asks_due(text: str) -> str | None:
    """`due_asked` of a short question naming no complaint ("yg jatuh tempo besok apa aja", "pekan depan ada yg
    jatuh tempo?"); not a statement ("besok deadline laporan keuangan pak"), nor one about a complaint ("deadline
    lpr 2 kapan?": its STATUS), nor when every deadline is asked ("deadline semua laporan kapan?": the list)."""
    from bot.digests import upcoming_named

    said = words(text)
    kind = due_asked(text) if said and len(said) <= ROSTER_MAX_WORDS else None
    if kind is None or split_reference(marked_reference(text), bare=False)[0] is not None or mentioned_reference(
            text) is not None or is_pleasantry(text):
        return None
    asking = set(said) & DUE_ASKING or "?" in text or said[0] in ("yg", "yang") and not set(said) & SELF_SAID
    if not asking or kind == "soon" and set(said) & WHEN_WORDS and not upcoming_named(text) and not set(
            said) & TO_COME:
        return None
    return kind


def _due_list(turn: StaffTurn, text: str, due: str | None) -> tuple[str, str] | None:
    """DAFTAR of what falls due in the window asked (`due` "soon"), or of what is late (`due` "past"), with the
    agency and the window's words; None when `due` is None."""
    if due is None:
        return None
    from bot.digests import upcoming_period

    left = set(words(upcoming_period(text, turn.svc.region, turn.now)[1]))
    window = [w for w in words(text) if w not in left] if due == "soon" else window_words(text)
    return "DAFTAR", " ".join(["jatuh tempo" if due == "soon" else "terlambat", *_agency_words(turn, text), *window])


# The words of a time window said with a question of what is late ("yg telat minggu ini", "bulan lalu", "november",
# "lebih dari seminggu", "minggu depan"): DAFTAR reads the window from them (`lists._late_window`).
WINDOW_WORDS = {"hari", "hr", "minggu", "mgg", "pekan", "bulan", "bln", "tahun", "thn", "ini", "lalu", "kemarin",
                "kemaren", "kmrn", "kmarin", "sebelumnya", "terakhir", "depan", "besok", "mendatang", "lebih", "lbh",
                "kurang", "krg", "seminggu", "sepekan", "sebulan", "setahun", "sehari", "mingguan", "bulanan"}


def window_words(text: str) -> list[str]:
    """The words of `text` that say a time window (with its numbers: "3 hari", "2026"), in their order."""
    from bot.commands import MONTH_WORDS

    return [w for w in words(text) if w in WINDOW_WORDS or w in MONTH_WORDS or w.isdigit()]


# A staff member introducing themselves, new to the service ("perkenalkan saya dewi dari dlh", "salam kenal", "sy
# eko penghubung dlh yg baru", "baru ditunjuk jadi admin"): greeted, with the help of their role.
INTRODUCING = re.compile(
    r"\b(?:perkenalkan|kenalkan|kenalin|memperkenalkan|perkenalan|salam\s+kenal|izin\s+bergabung|"
    r"baru\s+(?:pegang|megang|memegang|bergabung|gabung|ditunjuk|ditugaskan|ditugasi|dilantik|pakai|pake|jadi)|"
    r"(?:penghubung|admin|operator|petugas)\s+(?:\w+\s+)?(?:yg|yang)\s+baru|"
    # firsts5: oneself a new one without "yang" ("saya petugas baru", "sy dewi admin baru di dlh", "saya masih
    # baru", "sy baru disini"), or guidance asked for ("mohon bimbingannya"); "petugas baru datang" is news
    # firsts8: two words of the role and a comma after the name ("saya andi, petugas penghubung baru")
    r"(?:sy|saya|aku|kulo|abdi)[\s,]+(?:\w+[\s,]+)?(?:penghubung|admin|operator|petugas|pegawai|staf|staff)"
    r"(?:\s+(?:penghubung|pengaduan|admin|operator|layanan))?\s+baru|"
    r"(?:sy|saya|aku|kulo|abdi)\s+(?:masih|msh)\s+baru|(?:sy|saya|aku)\s+baru\s+(?:di\s*sini|disini|dsni)|"
    r"(?:mohon|mhn|minta)\s+(?:bimbingan|arahan|petunjuk)(?:nya)?)\b", re.IGNORECASE)
# "sy dewi dr dlh": oneself by name, from one's agency
SELF_FROM = re.compile(r"\b(?:sy|saya|aku|kulo|abdi)\s+(?:\w+\s+){1,3}?(?:dr|dari|dri|saking)\s+(\w+(?:\s+\w+)?)",
                       re.IGNORECASE)
INTRODUCED_MAX_WORDS = 20
NUMBER_APART = re.compile(r"(?<![^\W\d_])\d+(?![^\W\d_])")  # a number of its own, not a code's digit ("dp3a", "p2kb")
AGENCY_KINDS = {"dinas", "badan", "bagian", "kantor", "bidang", "satuan", "uptd", "sekretariat"}


def _introduced(turn: StaffTurn, text: str) -> bool:
    """Whether a message only introduces the one writing it: no complaint, no news of the work."""
    if len(words(text)) > INTRODUCED_MAX_WORDS or NUMBER_APART.search(text) or _named_inside(text) is not None:
        return False
    if INTRODUCING.search(text) is not None:
        return True
    from bot.progress import sounds_like_progress

    found = SELF_FROM.search(text)  # "sy dari lokasi, sampah sudah diangkut": news, not who one is
    return found is not None and bool(set(words(found.group(1))) & AGENCY_KINDS or only_agency_words(
        turn.session, found.group(1).split()[0])) and not sounds_like_progress(text)


_GREETING_OR_COURTESY = GREETING_WORDS | COURTESY


# How to do something with the service, asked in a sentence of any length ("bagaimana cara saya membalasnya ke
# warga?", "saya belum paham cara menjawab laporan"): "cara" with a verb of using it, or "bagaimana cara".
HOW_TO_DO = re.compile(
    r"\b(?:bagaimana|gimana|gmn|gmna|gemana|piye|kumaha)\s+(?:cara|caranya|carane)\b|"
    r"\bcara(?:nya)?\s+(?:(?:saya|sy|kami|utk|untuk|buat)\s+)?(?:mem|me|meng|men|meny|nge|ng)?"
    r"(?:balas|bales|jawab|lihat|liat|kirim|tanggap|pakai|pake|guna|tindak\s*lanjut|tl|buka|cek|lapor|isi)",
    re.IGNORECASE)
HOW_TO_DO_MAX_WORDS = 25


def _asks_how(text: str) -> bool:
    """Whether a short message asks how to use the service ("gmn cara balasnya?"); "gimana rekap hari ini" asks
    for the summary it names, not how."""
    typed = words(text)
    if (HOW_TO_DO.search(text) and len(typed) <= HOW_TO_DO_MAX_WORDS and not any(ch.isdigit() for ch in text)
            and split_reference(marked_reference(text))[0] is None):
        return True
    if not typed:  # "?", "??": someone lost, not an emoji of acknowledgement
        return "?" in text
    if asks_what_if(text):  # "kalo laporannya bukan wilayah kita gimana ya"
        return True
    said = [w for w in typed if w not in _GREETING_OR_COURTESY]  # "Assalamualaikum, sy Andi dr Dinkes. …"
    lost = any(w in UNDERSTOOD and before in NOT_YET_UNDERSTOOD for before, w in zip(["", *typed], typed, strict=False))
    from bot.staff import worded

    named = ({w.removesuffix("nya") for w in typed} & ASKED_FOR.keys() or worded.figures_asked(text) is not None
             ) and not set(typed) & HOW_TO  # "gimana rekap hari ini", "kinerja dlh gimana?": what they name
    return ((bool(set(typed) & HOW_TO_USE) or lost) and len(said) <= HOW_MAX_WORDS and not named
            and not any(ch.isdigit() for ch in text) and not _asks_late(text))


# A call for help with nothing else ("tolong", "minta tolong dong", "tlg pak"): someone lost, as a question of how
HELP_CALLED = {"tolong", "tlg", "tolongin", "tulung", "help"}
HELP_AROUND = HELP_CALLED | {"minta", "mohon", "mhn", "dong", "donk", "ya", "pak", "bu", "mas", "mbak", "min", "saya",
                             "sy", "aku", "please", "pls", "me"}


def _calls_for_help(text: str) -> bool:
    typed = words(text)
    return bool(typed) and set(typed) <= HELP_AROUND and bool(set(typed) & HELP_CALLED)


# A question about who the reporter is ("siapa nama pelapornya?", "no hp pelapor lpr 1 brp?"): what the reader may
# see of them (`lapor.access.reporter_seen_by`: never an anonim reporter, never a number to an agency) and how to ask.
REPORTER_NAMED = {"pelapor", "pelapornya", "pelapore", "pengadu", "pengadunya"}
IDENTITY_ASKED = {"nama", "namanya", "nomor", "nomornya", "no", "hp", "hpnya", "nohp", "kontak", "kontaknya",
                  "telp", "telpon", "telepon", "wa", "identitas", "identitasnya", "alamat", "alamatnya", "jenenge",
                  "asmane", "namine"} | WHO_ASKED
ASKING_FOR = {"minta", "brp", "berapa", "mana", "dimana", "apa", "piro", "pinten"} | WHO_ASKED
# Reaching the reporter asked ("lpr 2 pelapornya bisa ditelpon ga", "pelapor lpr 2 boleh dihubungi?")
REACHING = {"ditelpon", "ditelepon", "ditelp", "ditlp", "dtelpon", "dihubungi", "dikontak", "dichat", "diwa",
            "ditelfon", "hubungi", "kontak", "telpon", "telepon", "nelpon", "nelepon"}
REACH_ASKED = {"bisa", "bs", "bisakah", "boleh", "ga", "gak", "gk", "nggak", "ngga", "enggak", "tdk", "tidak", "gimana",
               "gmn", "bagaimana", "caranya"}


def _told_reporter(turn: StaffTurn) -> bool:
    """Answers a staff member's question about who reported a complaint they may see (the one named, swiped, or
    an officer's only open one); False, saying nothing, for any other message."""
    text = turn.message.text
    typed = set(words(text))
    if not (typed & REPORTER_NAMED and typed & (IDENTITY_ASKED | REACHING) and (
            "?" in text or typed & ASKING_FOR or typed & REACHING and typed & REACH_ASKED)):
        return False
    found = _named_inside(text)
    number = found[0] if found else _replied_complaint_number(turn)
    if number is None and turn.staff.role in OFFICER_ROLES:
        count, rows = _own_open(turn)
        number = rows[0].complaint.number if len(rows) == 1 and count <= LIST_ITEMS else None
        if number is None and len(rows) > 1:  # "siapa pelapornya?" holding several: which one
            _which_one(turn, rows, t("staff_which_reporter"))
            return True
    complaint = complaints.by_number(turn.session, number) if number is not None else None
    if complaint is None or not access.may_see_complaint(turn.staff, complaint):
        return False
    seen = access.reporter_seen_by(turn.staff, complaint)
    ask = {Role.VERIFIER: "TUNDA"}.get(turn.staff.role, "INFO" if turn.staff.role in OFFICER_ROLES else "")
    turn.say("staff_reporter", reference=complaint.reference, reporter=reporter_for(turn.staff, complaint),
             why=t("staff_reporter_anonymous") if seen.withheld else "" if seen.address else t("staff_reporter_name"),
             ask=t("staff_reporter_ask", command=ask, reference=complaint.reference) if ask else "")
    return True


def _asked(turn: StaffTurn, text: str) -> str | None:
    """A greeting or a question of how to use the service asks for help; a question of what is late is DAFTAR of
    the dispositions past their deadline."""
    # before a greeting ("malam pak, pupr gmn?") and "gimana …?": "gimana pupr?" names an agency
    from bot.staff import counts  # "dinas mana yg paling banyak laporannya?", "rata2 berapa hari …?"

    if (overview := counts.asked(turn, text) if counts.per_agency_asked(text, set(words(text))) else None) or (
            overview := _asks_overview(turn, text) or counts.asked(turn, text)
            or _counts_asked_at_length(turn, text)) is not None:
        command, turn.rest = overview
        return command
    if is_thanks(text):  # "makasih pak", "nggih suwun": thanked back, not the whole help
        turn.say("staff_thanks")
        return None
    if is_greeting(text) or _introduced(turn, text):  # "sy dewi dr dlh, baru pegang wa ini": greeted, with help
        turn.say("staff_greeting", name=turn.staff.name or "")
        return "BANTUAN"
    if _asks_how(text) or _calls_for_help(text):  # "minta tolong dong": lost, as "gimana caranya"
        turn.say("staff_how", name=turn.staff.name or "")
        return "BANTUAN"
    asked, rest = _asked_for(text)
    if asked is not None:
        turn.rest = rest
        return asked
    from bot.staff import worded

    if asked_about := (_asks_progress(text) or worded.looked_at(text)  # several: STATUS shows each; "lihat lpr 2"
                       or _done_yet_described(turn, text)):  # "yg di pasar itu udah diangkut blm sih"
        turn.rest = " ".join(map(format_reference, asked_about))
        return "STATUS"
    due = _asks_due(text)  # "yg deadline besok apa aja": what falls due then, never the complaints come in then
    if due is None and (day := _asks_by_day(turn, text)) is not None:  # "aduan kemarin apa aja": that day's
        turn.rest = day if turn.staff.role in QUEUE_ROLES else ""
        return "ANTREAN" if turn.staff.role in QUEUE_ROLES else "DAFTAR"
    if due is None and (_asks_plate(text) or _asks_deadlines(text)):  # a verifier's plate is the queue; DAFTAR
        turn.rest = ""  # shows the deadlines
        return "ANTREAN" if turn.staff.role in QUEUE_ROLES else "DAFTAR"
    if (listed := _due_list(turn, text, due) or _asks_list(turn, text)) is not None:
        command, turn.rest = listed
        return command
    return None


def _done_yet_described(turn: StaffTurn, text: str) -> list[int]:
    """The complaint an officer or head asks whether it is done yet, named by the words of its description or their
    only open one ("yg di sdn 3 itu udah ditambal blm sih": it was offered as a TL); none for anything else."""
    from bot.progress import ASKED_DONE_YET
    from bot.staff.officer_words import _described

    if turn.staff.role not in OFFICER_ROLES or not ASKED_DONE_YET.search(text) or _named_inside(text) is not None:
        return []
    found = _described(turn, text, asked=True)
    return [found[0]] if found is not None else []


def _asks_list(turn: StaffTurn, text: str) -> tuple[str, str] | None:
    """A short question answered by a list or a summary (the roster, what is late, unanswered or still open, how an
    agency is doing): the command and its words."""
    if _asks_roster(text):
        return "DAFTAR", "petugas " + text
    if _asks_unanswered(text) and set(words(text)) & RANKING:  # "opd mana paling banyak blm di tl?": by agency
        return "DAFTAR", "belum dijawab"
    if turn.staff.role == Role.SUPERVISOR and _asks_ranking(text):  # "dinas mana yg paling lambat (bln ini)?"
        from bot.staff.counts import period_words

        return "REKAP", period_words(turn, text)
    if turn.role == Role.HEAD and _asks_ranking(text) and set(words(text)) & AGENCY_WORDS:  # "peringkat dinas"
        from bot.staff.counts import period_words

        turn.say("head_ranking_not_theirs", agency=turn.staff.agency.code)
        return "REKAP", period_words(turn, text)  # their own agency's figures
    if _asks_late(text):  # "yg overdue dlh brp?", "laporan dlh yg molor mana aja": that agency's, in the window said
        return "DAFTAR", " ".join(["terlambat", *_agency_words(turn, text), *window_words(text)])
    if (turn.staff.role not in OFFICER_ROLES and set(words(text)) & SLOW_WORDS and not DIGIT.search(text)
            and (named := _agency_words(turn, text))):  # "pupr kok lambat bgt sih": what of it is late
        return "DAFTAR", " ".join(["terlambat", *named])
    if _asks_unanswered(text):
        return "DAFTAR", "belum dijawab"
    return None


# Which agency does best or worst ("dinas mana yg paling lambat?", "siapa yg paling banyak telat", "opd sing paling
# alon sopo?"): the region's REKAP, which ranks the agencies.
RANKING = {"paling", "peringkat", "ranking", "rangking", "terburuk", "terbaik", "terbanyak"}
RANKED_BY = SLOW_WORDS | LATE_WORDS | AGENCY_WORDS | {"bagus", "baik", "buruk", "jelek", "cepat", "banyak", "rajin",
                                                      "kinerja", "opd", "skpd"}


def _asks_ranking(text: str) -> bool:
    typed = set(words(text))
    return (bool(typed & RANKING) and bool(typed & RANKED_BY) and len(words(text)) <= HOW_MAX_WORDS
            and not DIGIT.search(text))


# A complaint asked to be done ("tolong lpr 1 dikerjakan segera", "ada yg perlu sy tindak lanjuti?"): a head chasing
# it (bot.staff.leader_words), or what is on one's plate asked.
ASKING_TO = {"tolong", "tlg", "mohon", "mhn", "segera", "harap", "agar", "supaya", "dipercepat", "percepat"}
TO_BE_DONE = {"dikerjakan", "kerjakan", "ditindaklanjuti", "tindaklanjuti", "dicek", "ditangani", "tangani",
              "dipercepat", "diselesaikan", "selesaikan", "dituntaskan", "tuntaskan", "dirampungkan", "dibereskan",
              "diproses", "proses", "dibantu", "direspon", "ditanggapi", "diprioritaskan", "prioritaskan",
              "didahulukan", "dahulukan"}


# The agency's people rather than its dispositions ("DAFTAR petugas", "siapa saja petugas kita?", "list pegawai dlh",
# "siapa yg lagi cuti?"): the roster, with who is on leave until when and who stands in.
ROSTER_WORDS = {"petugas", "petugasnya", "pegawai", "staf", "staff", "personil", "personel", "roster", "penghubung",
                "anggota", "operator"}
AWAY_WORDS = {"cuti", "izin", "ijin", "libur", "absen", "off", "berhalangan", "cutinya"}
ROSTER_ASKING = {"siapa", "siapakah", "berapa", "daftar", "list", "data", "nama", "nomor", "no", "kontak"}
ROSTER_MAX_WORDS = 10


def _asks_roster(text: str) -> bool:
    """A short question or request for the roster ("siapa saja petugas kita?", "siapa yg cuti?"), no complaint named."""
    typed = words(text)
    if len(typed) > ROSTER_MAX_WORDS or DIGIT.search(text):
        return False
    asking = set(typed) & (ROSTER_ASKING | ASKING_WORDS) or len(typed) <= 2
    return bool(set(typed) & ROSTER_WORDS and asking or "siapa" in typed and set(typed) & AWAY_WORDS)


# A question about what is on one's plate ("ada tugas apa aja hari ini?", "kerjaan sy apa aja ya"): DAFTAR.
PLATE_WORDS = {"tugas", "tugasnya", "tugasku", "kerjaan", "kerjaannya", "pekerjaan", "garapan", "tanggungan", "pr",
               "disposisi", "dispo", "disposisinya", "job", "gawean", "pagawean"}
PLATE_ASKING = {"apa", "apakah", "ada", "mana", "berapa", "brp", "opo", "naon", "daftar", "list",
                "wonten", "wenten", "enten", "onten", "aya", "bada"}  # "ada" in Javanese, Sundanese, Madurese


COMPLAINT_WORDS = {"laporan", "lap", "aduan", "pengaduan", "keluhan", "laporannya"}
OWN_WORDS = {"saya", "sy", "aku", "ak", "kami", "kmi", "kita", "gw", "gue"}  # an officer's own: their agency's
OWN_COMPLAINTS = {"laporanku", "laporanq", "aduanku", "laporanmu"}
NEEDED = {"perlu", "harus", "hrs", "mesti", "musti", "kudu", "kedah", "wajib"}
VERIFYING = {"diverifikasi", "verifikasi", "diverif", "verif", "terverifikasi"}  # "yg blm diverifikasi": the queue
NEW_WORDS = {"baru", "masuk", "msk", "msuk", "masok", "mlebu", "antre", "antri", "menunggu", "anyar", "enggal"}


# Complaints about a topic asked whether there are any ("ada aduan soal ktp ga?", "ada laporan ttg tps gak pak"): the
# list (no command filters by topic), asked with its mark or a tag; "ada laporan soal tps dari warga" is news.
TOPIC_WORDS = {"soal", "ttg", "tentang", "terkait", "mengenai", "perihal", "masalah", "urusan"}
ASKED_TAGS = {"ga", "gak", "gk", "nggak", "ngga", "enggak", "engga", "kah", "tidak", "tdk", "ndak", "mboten", "teu"}


def _asks_plate(text: str) -> bool:
    """A short question about what is on one's plate ("ada tugas apa aja?", "ada laporan baru?"), no number."""
    typed = set(words(text))
    today = typed & {"hari", "hr"} and "ini" in typed  # "aduan hari ini brp": the ones come in today
    about = (typed & PLATE_WORDS or (typed & (COMPLAINT_WORDS | {"yg", "yang"}) and typed & NEW_WORDS)
             or typed & COMPLAINT_WORDS and today or typed & VERIFYING and typed & UNANSWERED
             or typed & COMPLAINT_WORDS and typed & OWN_WORDS or typed & OWN_COMPLAINTS  # "laporan saya apa aja"
             or typed & NEEDED and typed & (TO_BE_DONE | {"lanjuti"})  # "ada yg perlu sy tindak lanjuti?"
             or typed & COMPLAINT_WORDS and typed & TOPIC_WORDS and "ada" in typed and (
                 "?" in text or typed & ASKED_TAGS))  # "ada aduan soal ktp ga?"
    return (bool(about and typed & PLATE_ASKING) and len(words(text)) <= ROSTER_MAX_WORDS
            and not DIGIT.search(text) and not typed & ROSTER_WORDS and not typed & LATE_WORDS)  # "yg telat pu pr"


# The deadlines asked with no complaint named ("deadline semua laporan kapan?", "batas waktu laporan2 kami kapan
# aja"): the list shows each; "batas desanya kapan dipasang?" is no deadline, nor "dl" (also "dinas luar")
DEADLINES_NAMED = re.compile(r"\b(?:deadline|deadlinenya|tenggat|tenggatnya|batas\s+(?:waktu|wkt|akhir)\w*)\b",
                             re.IGNORECASE)


# The complaints that came in on a day or in a period, asked ("aduan kemarin apa aja", "laporan minggu ini ada
# berapa", "Laporan kmrn ada brp bu?", "brp aduan tadi pagi"): a word for complaints, a day or a period, and a
# question (not "kemarin ada aduan warga soal lampu mati", the story of one).
DAY_HINTS = {"kemarin", "kemaren", "kmrn", "kmarin", "minggu", "mgg", "pekan", "bulan", "bln", "tadi", "td", "pagi",
             "sepekan", "seminggu", "sebulan", "hari", "hr"}
DAY_ASKING = PLATE_ASKING - {"ada", "wonten", "aya"} | {"aja", "saja", "sj", "apaan"}
TODAY_SAID = {"tadi", "td", "pagi", "hari"}


def _asks_by_day(turn: StaffTurn, text: str) -> str | None:
    """The words naming the day or period a short question about the complaints that came in asks for; None for
    anything else."""
    typed = set(words(text))
    if not typed & COMPLAINT_WORDS or not typed & DAY_HINTS:  # the cheap test first
        return None
    if (len(words(text)) > ROSTER_MAX_WORDS or not (typed & DAY_ASKING or "?" in text)
            or typed & (ROSTER_WORDS | LATE_WORDS) or mentioned_reference(text) is not None
            or split_reference(marked_reference(text), bare=False)[0] is not None):
        return None
    from bot.digests import asked_period

    period, _ = asked_period(text, turn.svc.region, turn.now)
    if period is None:  # "tadi pagi", "td": today's
        return "hari ini" if typed & TODAY_SAID else None
    return text


def _asks_deadlines(text: str) -> bool:
    """A short question of when the deadlines are, with no number in it."""
    return (DEADLINES_NAMED.search(text) is not None and bool(set(words(text)) & WHEN_WORDS)
            and len(words(text)) <= ROSTER_MAX_WORDS and not DIGIT.search(text))


LATE_FILLER = {"yang", "yg", "apa", "aja", "saja", "ada", "mana", "sudah", "sdh", "udah", "batas", "disposisi",
               "laporan", "laporannya", "berapa", "siapa", "daftar", "list", "lihat", "cek", "tolong", "mohon", "pak",
               "bu", "ya",
               "dong", "nya", "sekarang", "hari", "ini", "kita", "kami", "di", "dari"}
# Words that ask for the dispositions still waiting for a first follow-up: "belum" with a word for answering
# ("yang belum dijawab", "blm ada TL", "belum direspon"), or "tanpa TL". (Named apart from NOT_YET above, which a
# second NOT_YET here replaced: "lpr 1 udah kelar belom" was asked as a final answer.)
UNANSWERED = NOT_YET | {"tanpa"}
ANSWERING = {"dijawab", "jawab", "jawaban", "ditindaklanjuti", "tindaklanjut", "tl", "direspon", "direspons", "respon",
             "nindaklanjuti", "menindaklanjuti", "ditindaklanjut", "dipuntindaklanjuti",
             "respons", "ditanggapi", "tanggapan", "dibalas", "balasan", "diproses", "ditangani", "dikerjakan",
             "disentuh", "dibaca"}
DAFTAR_FILLER = LATE_FILLER | UNANSWERED | {"semua", "seluruh", "terbuka", "open", "masih", "instansi", "opd", "tindak",
                                         "lanjut", "selesai", "diselesaikan"}
ROSTER_FILLER = DAFTAR_FILLER | ROSTER_WORDS | AWAY_WORDS | ROSTER_ASKING | ASKING_WORDS | {
    "saja", "aja", "lagi", "lg", "sedang", "aktif", "kita", "kami", "dinas", "semuanya", "siapakah", "petugas2"}
QUESTION_WORDS = {"yang", "yg", "mana", "apa", "berapa", "ada", "siapa"}


def _asks_unanswered(text: str) -> bool:
    """A short question about what has no follow-up yet ("mana yang belum dijawab?", "ada yg blm di-TL?")."""
    typed = set(words(text))
    return (bool(typed & UNANSWERED) and bool(typed & ANSWERING) and bool(typed & QUESTION_WORDS)
            and len(words(text)) <= HOW_MAX_WORDS and split_reference(text)[0] is None)


# "berapa yang belum?", "sisa brp yg blm kelar": how many are still open (DAFTAR), in a few words and nothing else.
COUNT_ASKED = {"berapa", "brp", "brapa", "sisa", "sisanya", "mana", "apa", "pinten", "sabaraha"}
OPEN_FILLER = DAFTAR_FILLER | COUNT_ASKED | DONE_WORDS | {"lagi", "lg", "pak", "bu", "ya", "sih", "kah", "kita",
                                                        # up to now ("… sampai hari ini?", "per saat ini")
                                                        "sampai", "sampe", "smp", "hingga", "per", "saat", "skrg",
                                                        "sekarang", "aduan", "pengaduan", "laporan2", "masih", "msh"}
OPEN_MAX_WORDS = 12  # every word one of these: a longer question may still be only this one
# "gimana pupr?", "bagaimana kabar dinas lingkungan hidup?", "dlh gmn bu": how one agency is doing (its REKAP).
HOW_DOING = HOW_FAR | {"kabar", "kabarnya", "kondisi", "kondisinya", "aman"}  # "pupr aman?"
DOING_FILLER = HOW_DOING | {"pak", "bu", "ya", "sih", "kok", "sekarang", "skrg", "hari", "ini", "itu", "yg", "yang",
                            "progres", "progresnya", "perkembangan", "perkembangannya", "min", "sudah", "sdh", "udah",
                            "udh", "sampai", "sampe", "smp", "mana", "kah", "semua", "lancar",
                            # already, now, this, particles in Javanese and Sundanese ("dlh wis piye?")
                            "wis", "uwis", "wes", "sampun", "saiki", "sakniki", "samenika", "iki", "niki", "kuwi",
                            "niku", "to", "tah", "ayeuna", "atuh", "teh", "geus", "parantos",
                            # "will be", "how is it going to be" ("satpol pp bade pripun niki?", "dlh arep piye?")
                            "bade", "badhe", "arep", "ajeng", "bakal"}
DOING_MAX_WORDS = 8
# Today or now said with how things are and nothing else ("kondisi pagi ini gmn", "gimana hari ini", "pripun
# dinten niki"): a leader's digest; a greeting alone ("pagi pak") says no time of its own.
NOW_SAID = re.compile(r"\b(?:(?:hari|hr|pagi|siang|sore|malam|dinten|dino|poe)\s+(?:ini|iki|niki|ieu)|"
                      r"sekarang|skrg|skrng|saat\s+ini|saiki|sakniki|samenika|ayeuna)\b", re.IGNORECASE)


_OPEN_ASKED_SMALL = OPEN_FILLER | GREETING_WORDS | COURTESY
_DOING_ASKED_SMALL = DOING_FILLER | GREETING_WORDS | COURTESY


def _asks_overview(turn: StaffTurn, text: str) -> tuple[str, str] | None:
    """A short question of how many are still open (DAFTAR) or, from a head or a supervisor, of how one agency is
    doing (REKAP of it), with the command's words; None for anything else."""
    typed = words(text)  # a number is a complaint's, not an agency's code ("dp3a", "pupr2")
    if any(w.isdigit() for w in typed) or WRITTEN_REFERENCE.search(text) or not typed or len(typed) > OPEN_MAX_WORDS:
        return None
    if set(typed) & UNANSWERED and set(typed) & COUNT_ASKED:
        named = [w for w in typed if w not in _OPEN_ASKED_SMALL and w != "ada"]  # "dlh ada brp yg blm kelar"
        if not named:
            return "DAFTAR", ""
        if only_agency_words(turn.session, " ".join(named)):  # "dlh berapa yg blm": that agency's (an officer's
            return "DAFTAR", " ".join(named)  # own, or another's, which DAFTAR refuses)
    if len(typed) > DOING_MAX_WORDS:
        return None
    named = [w for w in typed if w not in _DOING_ASKED_SMALL]
    if turn.staff.role in LEADER_ROLES and set(typed) & HOW_DOING and not named and NOW_SAID.search(text):
        return "REKAP", ""  # "kondisi pagi ini gmn", "gimana hari ini": how things stand today, the digest
    agency = [w for w in named if w not in COMPLAINT_WORDS]  # "laporan pupr gmn": how PUPR is doing
    if (turn.staff.role in LEADER_ROLES and set(typed) & HOW_DOING and agency
            and only_agency_words(turn.session, " ".join(agency))):
        return "REKAP", " ".join(agency)
    if turn.staff.role in LEADER_ROLES and set(typed) & HOW_DOING and set(named) & COMPLAINT_WORDS:
        return _reports_asked(turn, text, named)  # "pripun kabare laporan minggu niki?": the period's REKAP
    return _summary_asked(turn, text)


# Asking for the summary as a report of a period ("kirim laporan mingguan", "minta laporan bulan ini",
# "laporan mingguan mana?") or how many are done ("berapa yang sudah selesai", "yg udh kelar brp bln ini?"): the
# period's REKAP, which counts what came and what was answered (none named: the usual digest, with the year's
# completion). Agency words left are its agency's; any other word is something else ("kirim laporan warga …").
REPORT_REQUEST = {"kirim", "kirimkan", "kirimin", "kirimi", "minta", "mana", "tolong", "tlg", "mohon", "mhn", "bisa",
                  "dong", "lihat", "liat", "cek", "ada", "sudah", "sdh", "udah", "udh", "nya", "ya",
                  "pak", "bu", "min", "kak", "mas", "mbak", "sy", "saya", "ke", "kami", "kita", "yg", "yang", "sih",
                  "dulu", "dl", "berapa", "brp", "brapa", "pinten", "sabaraha", "total", "jumlah", "semua", "apa"}
SUMMARY_WORDS = {"laporan", "rekap", "rekapan", "rekapnya", "laporannya", "ringkasan", "rangkuman", "resume"}
SUMMARY_REQUEST = {"kirim", "kirimkan", "kirimin", "kirimi", "minta", "mana", "tolong", "tlg", "mohon", "mhn", "lihat",
                   "liat", "cek", "dong", "rekap", "rekapan", "rekapnya", "ringkasan", "rangkuman", "resume"}
DONE_COUNTED = {"selesai", "kelar", "beres", "rampung", "tuntas", "done", "diselesaikan", "terselesaikan"}
SUMMARY_MAX_WORDS = 8
_NOT_AGENCY = REPORT_REQUEST | SUMMARY_WORDS | DONE_COUNTED | COURTESY | GREETING_WORDS  # made once, not per word


# A leader's figures asked in a long sentence of their own, longer than the short questions read above ("Saya mau
# tahu ada berapa total pengaduan yang masuk bulan ini dan berapa yang sudah selesai"): a word counting, a word for
# complaints and a period named: that period's REKAP.
COUNTING = {"berapa", "brp", "brapa", "jumlah", "jml", "total", "pinten", "piro", "sabaraha"}
LONG_SUMMARY_MAX_WORDS = 25
HOW_LONG = {"lama", "lamanya", "hari", "jam", "minggu"}


def _counts_asked_at_length(turn: StaffTurn, text: str) -> tuple[str, str] | None:
    """A leader's REKAP of the period a long question of how many names; None for anything else."""
    from bot.digests import asked_period

    typed = set(words(text))
    if (turn.staff.role not in LEADER_ROLES or not OPEN_MAX_WORDS < len(words(text)) <= LONG_SUMMARY_MAX_WORDS
            or not typed & COUNTING
            or not typed & (COMPLAINT_WORDS | SUMMARY_WORDS) or DIGIT.search(text)):
        return None
    said = words(text)
    if any(w in COUNTING and after in HOW_LONG for w, after in zip(said, said[1:], strict=False)):
        return None  # "berapa lama …": how long, not how many
    period, left = asked_period(text, turn.svc.region, turn.now)
    if period is None:
        return None
    return "REKAP", " ".join(w for w in said if w not in set(words(left)))


def _summary_asked(turn: StaffTurn, text: str) -> tuple[str, str] | None:
    """REKAP with the period and agency words of such a message; None for anything else."""
    from bot.digests import asked_period

    typed = words(text)
    if len(typed) > SUMMARY_MAX_WORDS:  # another role is told what it sends instead of REKAP
        return None
    period, left = asked_period(text, turn.svc.region, turn.now)
    done = turn.staff.role in LEADER_ROLES and set(typed) & DONE_COUNTED and set(typed) & COUNT_ASKED
    asked = set(typed) & SUMMARY_REQUEST or any(w.endswith("an") and PERIOD_NAMED.match(w[:-2]) for w in typed)
    # not "berapa yg belum selesai" (DAFTAR's), nor "laporan minggu ini ada berapa" (the complaints that came)
    if set(typed) & UNANSWERED or not (done or period is not None and set(typed) & SUMMARY_WORDS and asked):
        return None
    agency = [w for w in words(left) if w not in _NOT_AGENCY]
    if agency and not only_agency_words(turn.session, " ".join(agency)):
        return None
    said = [w for w in typed if w not in set(words(left))]  # the period's words
    return "REKAP", " ".join([*said, *agency])


def _reports_asked(turn: StaffTurn, text: str, named: list[str]) -> tuple[str, str] | None:
    """A leader's question of how the complaints are doing, in a period or not ("gimana laporannya?", "pripun
    kabare laporan minggu niki?"): REKAP with the period's words; None when other words are left."""
    from bot.digests import asked_period

    period, left = asked_period(text, turn.svc.region, turn.now)
    if set(words(left)) & set(named) - COMPLAINT_WORDS:
        return None
    left_words = set(words(left))
    return "REKAP", " ".join(w for w in words(text) if w not in left_words) if period else ""
