"""An officer's words as the citizen reads them: without the address to the office ("… ya pak", "siap bos, …"),
the apology for writing late or the courtesy around them, done said in the region's words; and the words that
are no text for a citizen at all.
"""

from __future__ import annotations

import re

from bot.commands import ACKNOWLEDGEMENTS, THANKS, is_pleasantry, words
from bot.messages import t
from bot.progress import DONE_MARKERS, DONE_WORDS, SAFE_WORDS, is_question, on_the_way_only, says_done, staff_words
from bot.staff.office_talk import only_acknowledges
from bot.staff.vocabulary import COURTESY

NOW_WORDS = {"skrg", "sekarang", "kini", "kondisi", "kondisinya", "situasi", "lokasi", "sdh", "ndan", "bos", "mas",
             "mbak", "mba"}


_DONE_SAID = DONE_WORDS | ACKNOWLEDGEMENTS | THANKS | DONE_MARKERS | COURTESY | SAFE_WORDS | NOW_WORDS
_LEADING_ACKNOWLEDGEMENT = ACKNOWLEDGEMENTS | COURTESY - {"saya", "sy", "kami"}


def _only_done_said(text: str) -> bool:
    """Whether words say no more than that the work is done ("sudah beres pak 👍", "sampun rampung nggih")."""
    return all(w in _DONE_SAID for w in staff_words(text))


def _citizens_words(text: str) -> str:
    """Progress as the citizen reads it: "otw pak" (on the way, said to the office) in the catalogue's words."""
    return t("tl_on_the_way") if on_the_way_only(text) else text


# "Already" and done in the region's words, which no Indonesian reader knows: Javanese (krama, ngoko, East Javanese),
# Sundanese, Madurese ("sampun rampung", "wis beres", "tos beres", "ampon mareh")
REGIONAL_DONE = {"sampun", "sampon", "mpun", "wis", "uwis", "wes", "uwes", "dipun", "tos", "atos", "parantos", "geus",
                 "ampon", "empon", "mareh", "rengse", "direngsekeun"}


def _done_for_citizen(text: str) -> str:
    """A final answer that says the work is done in the region's words, as the citizen reads it: the catalogue's
    Indonesian, with the officer's words quoted beside it when they say more ("sampun didandani"); anything else
    as typed."""
    typed = set(words(text))
    if not typed & REGIONAL_DONE or not says_done(staff_words(text)):
        return text
    return t("answer_done") if _only_done_said(text) else t("answer_done_said", text=text)


def _unaddressed(text: str) -> str:
    """A swiped reply without the words it opens with for whoever sent the notice ("siap pak, sudah kami
    jadwalkan …", "baik bu, …"): the citizen gets the news, not the answer to the office."""
    rest = text
    while (found := LEADING_WORD.match(rest)) is not None and found.end() < len(rest) and (
            found.group(1).lower() in _LEADING_ACKNOWLEDGEMENT
            or not any(ch.isalnum() for ch in found.group(1))):  # "👍 sdh kami tambal"
        rest = rest[found.end():]
    return rest


# How the office is addressed at the end of a message ("… ke lokasi ya pak", "… nggih bu 🙏", ", ya ndan."): said
# to whoever reads the chat, no part of the news a citizen reads. Only forms of address and tag words ("… nanti
# sore", "… sudah siap" end with the news), and not after a word that makes them a person ("dengan pak", "ke bu").
SALUTATION_END = {"pak", "bu", "bapak", "ibu", "ibuk", "bpk", "ndan", "komandan", "bos", "boss", "mas", "mbak", "mba",
                  "min", "admin", "kak", "gan", "kang", "akang", "teh", "teteh", "cak", "ning", "neng", "om", "dik",
                  "dek", "bang", "pa", "lur", "ya", "yaa", "yah", "yo", "nggih", "njih", "nggeh", "injih", "inggih",
                  "geh", "dong", "deh", "nih"}
# Chat words for a colleague ("… sdh kami tambal bro", "otw cuy", "ya mas bro, sisanya besok"): never news for a
# citizen and never anything else, so they go wherever they stand; "bos" and "bang" only where a clause ends ("siap
# bos, …"; "sdh dilaporkan ke bos" names one).
CHAT_ADDRESS = {"bro", "brother", "brow", "bre", "bray", "brader", "bradah", "cuy", "coy", "sob", "gan", "agan",
                "bosku", "bossku", "boskuh", "gaes", "gais", "guys", "ges", "bestie", "sis", "ndes", "jon"}
CLAUSE_END_ADDRESS = CHAT_ADDRESS | {"bos", "boss", "bang", "ndan", "komandan"}
SALUTATION_END |= CHAT_ADDRESS
# An address alone closing a clause in the middle ("sudah kami survei pak, minggu depan diaspal"): said to whoever
# reads the chat (the verifier, the boss); dropped, a greeting to the citizen loses no news, kept, the boss's "pak"
# reaches a woman who reported. Not after a word naming someone ("dengan pak, …"), nor inside a name ("pak RT …").
INNER_ADDRESS = CLAUSE_END_ADDRESS | {"pak", "bu", "bpk", "ibuk", "mas", "mbak", "mba", "kak", "min", "dik", "dek"}
NAMING_BEFORE = {"ke", "dengan", "dgn", "oleh", "olh", "sama", "sm", "kepada", "kpd", "dari", "dr", "bersama", "pada",
                 "pd", "untuk", "utk", "dan", "&"}
TRAILING_WORD = re.compile(r"[\s,.;:!-]*([^\s,.;:!-]+)[\s,.;:!-]*$")
# Where the news's clauses part, the marks kept (split puts them between: they are put back), and not at the dot of
# a time or number ("jam 10.30", "2.5 ton"): `bot.commands.CLAUSE_BREAK` but for that dot
NEWS_CLAUSE_BREAK = re.compile(r"((?:[,;!?\n]|\.(?!\d))+)")
REPEATED_END = re.compile(r"(\w)\1+$")


def _address_word(word: str) -> str:
    """A word as an address is looked up: "broo", "pakk", "yaaa" are "bro", "pak", "ya"."""
    word = word.lower()
    return word if word in SALUTATION_END else REPEATED_END.sub(r"\1", word)


# A formal opening for the office before the news ("mohon izin menyampaikan bahwa untuk …", "dengan hormat, bersama
# ini kami laporkan bahwa …", "kami sampaikan bhw …"): courtesy and words of reporting, one of those at least.
REPORT_OPENING = re.compile(
    r"^\s*(?:(?:dengan\s+hormat|bersama\s+ini|mohon|mhn|izin|ijin|permisi|kami|sy|saya|pak|bu|bapak|ibu|ndan|nggih|"
    r"berikut|lapor|melaporkan|laporkan|menyampaikan|sampaikan|memberitahukan|menginformasikan|"
    r"informasikan|bahwa|bhw|untuk|utk)\b[\s,:.-]*)+", re.IGNORECASE)
REPORTING_VERBS = {"lapor", "melaporkan", "laporkan", "menyampaikan", "sampaikan", "memberitahukan",
                   "menginformasikan", "informasikan"}
TO_SOMEONE = re.compile(r"(?:ke|kpd|kepada|pada|pd|dengan|dgn)\b", re.IGNORECASE)  # "laporkan ke pak RT": the news


# A letter's salutation to the office before the news ("Yth. Bapak/Ibu Admin Penghubung, …", "Kepada Yth. Bpk
# Verifikator, …", "Yang terhormat Koordinator Pengaduan: …"): up to its comma, colon or line's end, when it names
# someone of the office; one to the reporter ("Yth. Bapak/Ibu pelapor, …", "Yth Ibu Siti, …") is theirs to read.
LETTER_SALUTATION = re.compile(r"^\s*(?:(?:kepada|kpd)\.?\s+)?(?:yth|yang\s+terhormat|yg\s+terhormat)\b\.?"
                               r"(?P<whom>[^,:;\n]{1,80})[,:;\n]\s*", re.IGNORECASE)
OFFICE_ADDRESSEES = {"admin", "verifikator", "penghubung", "koordinator", "operator", "diskominfo", "kominfo",
                     "sekda", "pimpinan", "kadis", "kabid", "bupati", "walikota", "inspektorat", "lapor", "sp4n",
                     "tim", "pengelola"}


def _without_salutation(text: str) -> str:
    """The text without a letter's salutation to the office before the news (LETTER_SALUTATION)."""
    found = LETTER_SALUTATION.match(text)
    if found is None or not set(words(found.group("whom"))) & OFFICE_ADDRESSEES or not words(text[found.end():]):
        return text
    rest = text[found.end():]
    return rest[:1].upper() + rest[1:]


def salutes_the_office_alone(text: str) -> bool:
    """Whether a message is only a letter's salutation to the office ("Kepada Yth. Bapak Admin Penghubung,", maybe
    with "Dengan hormat,"): the report follows in the next bubble."""
    ended = text.rstrip() + "\n"
    found = LETTER_SALUTATION.match(ended)
    return (found is not None and bool(set(words(found.group("whom"))) & OFFICE_ADDRESSEES)
            and set(words(ended[found.end():])) <= {"dengan", "hormat"})


def _without_report_opening(text: str) -> str:
    """The news without a letter's salutation to the office or a formal opening for it before it; the text as typed
    when it has neither."""
    text = _without_salutation(text)
    found = REPORT_OPENING.match(text)
    if (found is None or not set(words(found.group())) & REPORTING_VERBS or not words(text[found.end():])
            or TO_SOMEONE.match(text, found.end())):
        return text
    return text[found.end():]


def without_closing_address(text: str, to_citizen: bool = False) -> str:
    """The text without the forms of address and tag words it ends with (and emoji among them), the clauses before
    the news said only to the office ("siap bos, …", "pak, …", "mohon izin menyampaikan bahwa …"), and the chat
    words for a colleague anywhere ("… ya mas bro, sisanya besok"); the text as typed when they are all there is.
    A question `to_citizen` keeps "pak", "bu" (they address the citizen) and loses only the chat words ("bro")."""
    text = _without_report_opening(text)
    if not to_citizen:
        text = _without_photo_announced(text)
    parts = NEWS_CLAUSE_BREAK.split(text)
    clauses, breaks = parts[::2], parts[1::2]
    kept: list[str] = []
    office = CLAUSE_END_ADDRESS if to_citizen else SALUTATION_END  # the words said only to the office
    inner = CLAUSE_END_ADDRESS if to_citizen else INNER_ADDRESS  # ... closing a clause in the middle
    for at, clause in enumerate(clauses):
        last = at == len(clauses) - 1
        said = set(map(_address_word, words(clause)))
        if not last and said and said <= ACKNOWLEDGEMENTS | SALUTATION_END and said & office:
            continue  # "bro,", "siap bos,", "nggih pak." before the news: said to the office
        clause = _without_chat_address(_without_trailing_address(clause, office if last else inner,
                                                                 tagged=not last))
        if not to_citizen and INNER_TAG_HINT.search(clause):  # a cheap test before the pattern
            clause = INNER_TAGGED_ADDRESS.sub(" ", clause)  # a question's "ya pak" addresses the citizen: kept
        kept.append(clause if last else clause + breaks[at])
    rest = "".join(kept).strip().rstrip(" ,;:-")
    if kept and clauses[0] and kept[0] != clauses[0] + (breaks[0] if breaks else "") and text.strip()[:1].isupper():
        rest = rest[:1].upper() + rest[1:]  # "Selamat siang Bapak/Ibu, terima kasih …": a sentence still
    return rest if rest != text.strip() and words(rest) and not set(words(rest)) <= SALUTATION_END else text


# The photo announced in a clause of its own ("foto menyusul", "ini fotonya pak", "berikut dokumentasinya"): no news
# for the citizen, who gets the photo when it comes. Only a clause beside others: said alone it is the text.
PHOTO_NAMED = {"foto", "fotonya", "gambar", "gambarnya", "dokumentasi", "dokumentasinya", "dok", "pic", "video",
               "videonya"}
PHOTO_ANNOUNCED = {"menyusul", "nyusul", "susul", "disusulkan", "ini", "nih", "niki", "berikut", "terlampir",
                   "dilampirkan", "lampirkan", "dikirim", "dikirimkan", "kami", "sy", "saya", "akan", "segera", "nanti",
                   "ntar", "lagi", "sebentar", "bentar", "kirim", "kirimkan"}
_PHOTO_CLAUSE_WORDS = PHOTO_NAMED | PHOTO_ANNOUNCED | SALUTATION_END | {"nya"}
_ANNOUNCING = PHOTO_ANNOUNCED - {"kami", "sy", "saya", "akan", "segera", "nanti", "ntar", "lagi", "kirim", "kirimkan"}


def _announces_photo(clause: str) -> bool:
    typed = set(map(_address_word, words(clause)))
    return bool(typed) and typed <= _PHOTO_CLAUSE_WORDS and bool(typed & PHOTO_NAMED) and bool(typed & _ANNOUNCING)


def _without_photo_announced(text: str) -> str:
    """The text without the clauses that only announce a photo; as typed when they are all there is."""
    if not PHOTO_HINT.search(text):  # the cheap test first
        return text
    text = _without_photo_at_the_start(_without_photo_at_the_end(text))  # "sdh kami tambal pak ini fotonya",
    # "ini fotonya pak sdh bersih": no comma between
    parts = NEWS_CLAUSE_BREAK.split(text)
    clauses, breaks = parts[::2], parts[1::2] + [""]
    announced = [_announces_photo(clause) for clause in clauses]
    kept = [at for at, clause in enumerate(clauses) if not announced[at] and words(clause)]
    if not any(announced) or not kept:
        return text
    rest = "".join(clauses[at] + breaks[at] for at in kept[:-1]) + clauses[kept[-1]]
    closing = breaks[kept[-1]].strip()[:1]  # "TPS sudah bersih. Dokumentasi menyusul": its full stop stays
    return rest.strip() + (closing if kept[-1] < len(clauses) - 1 and closing in (".", "!") else "")


PHOTO_HINT = re.compile(r"foto|gambar|dok|pic|video", re.IGNORECASE)


def _without_photo_at_the_end(text: str) -> str:
    """The text without the words that end it announcing the photo with no mark before them ("sdh kami tambal pak
    ini fotonya", "SAMPAH SDH DIANGKUT TERLAMPIR FOTONYA"): the longest tail of `_announces_photo` words opening with
    an announcing word or an address, after other words; as typed when there is none."""
    tokens = text.split()
    for at in range(1, len(tokens)):
        tail = " ".join(tokens[at:])
        opening = _address_word((words(tokens[at]) or [""])[0])
        if (opening in _ANNOUNCING or opening in SALUTATION_END) and _announces_photo(tail):
            return " ".join(tokens[:at])
    return text


def _without_photo_at_the_start(text: str) -> str:
    """The text without the words that open it announcing the photo with no mark after them ("ini fotonya pak sdh
    bersih", "berikut fotonya bu sampah sudah kami angkut"): the longest head of `_announces_photo` words, before
    other words that are not all address; as typed when there is none."""
    tokens = text.split()
    if _address_word((words(tokens[0]) or [""])[0] if tokens else "") not in _ANNOUNCING:
        return text  # "foto ini diambil pagi tadi": the photo is what the news is about
    for at in range(len(tokens) - 1, 0, -1):
        rest = " ".join(tokens[at:])
        if _announces_photo(" ".join(tokens[:at])) and words(rest) and not set(words(rest)) <= SALUTATION_END:
            return rest
    return text


# A tag and an address to the office inside a clause typed with no marks ("SDH DICEK YA PAK BESOK DITAMBAL",
# voice-typed "sudah kami cek nggih bu nanti sore …"): only before the words that go on with the news (a time, the
# team, the next step), never before a name ("ya pak RT").
INNER_TAGGED_ADDRESS = re.compile(
    r"\s+(?:ya+|nggih|njih|inggih|injih|nggeh)\s+(?:pak|bu|bpk|bapak|ibu|ibuk|ndan|komandan|mas|mbak|mba|min)\s+"
    r"(?=(?:besok|bsk|lusa|nanti|ntar|nti|sore|pagi|siang|malam|hari|segera|langsung|sudah|sdh|udah|udh|akan|mau|"
    r"kami|tim|sedang|sdg|lagi|lg|tinggal|sisanya|sisa|truk|armada|petugas|insya\w*|jam|minggu|senin|selasa|rabu|"
    r"kamis|jumat|sabtu|mohon|silakan|silahkan|terima|tks|makasih|benjing|mangke|sampun|kantun)\b)", re.IGNORECASE)

INNER_TAG_HINT = re.compile(r"(?:a|gih|jih|ggeh) ", re.IGNORECASE)


def _without_chat_address(clause: str) -> str:
    """A clause without the chat words for a colleague inside it ("bro tim sdh di lokasi")."""
    tokens = clause.split()
    kept = [token for at, token in enumerate(tokens)
            if _address_word(token.strip(",.;:!?-")) not in CHAT_ADDRESS
            or at > 0 and tokens[at - 1].lower() in NAMING_BEFORE]
    return clause if len(kept) == len(tokens) else (" " if clause[:1].isspace() else "") + " ".join(kept)


# Tag words said to the reader of the chat ("ya", "nggih"): before a form of address they make it the office's.
TAG_WORDS = {"ya", "yaa", "yah", "yo", "nggih", "njih", "nggeh", "injih", "inggih", "geh", "dong", "deh", "nih"}


def _without_trailing_address(clause: str, addresses: set[str], tagged: bool = False) -> str:
    """A clause without the forms of address it ends with (one of `addresses` last, the tag words and other forms
    of address before it: "… ya mas bro"; or, `tagged`, any form of address after a tag word: "… ya pak"); the
    clause as it is when it ends otherwise."""
    rest, trimmed = clause, False
    while (found := TRAILING_WORD.search(rest)) is not None:
        word = _address_word(found.group(1))
        before = words(rest[:found.start()]) or [""]
        said_to_office = word in addresses or tagged and _address_word(before[-1]) in TAG_WORDS
        if word in SALUTATION_END and before[-1] not in NAMING_BEFORE and (trimmed or said_to_office):
            trimmed = True
        elif any(ch.isalnum() for ch in word):
            break
        rest = rest[:found.start()]
    return rest.rstrip(" ,;:-") if trimmed else clause


LEADING_CLAUSE = re.compile(r"^([^,.;:!?]*)[,.;:!?]+\s*(?=\S)")
TRAILING_CLAUSE = re.compile(r"[,.;:!?]+\s*([^,.;:!?]*?)[\s.!?]*$")
LATE_REPORT_WORDS = {"lapor", "melapor", "laporan", "kabari", "mengabari", "update", "info"}  # "maaf baru lapor"


def _for_the_office(clause: str) -> bool:
    """Whether a clause is said to the office, not news: an apology for writing late, courtesy, an acknowledgement."""
    plain = " ".join(w for w in words(clause) if w not in LATE_REPORT_WORDS)
    return is_pleasantry(plain) or says_nothing(clause) or only_acknowledges(clause)


def _for_the_citizen(text: str) -> str:
    """An officer's words without the clauses they open or end with for the office: an apology for writing late,
    courtesy or an acknowledgement ("mohon maaf mengganggu malam pak, sdh diangkut …. maaf baru lapor": "sdh
    diangkut …")."""
    while (clause := LEADING_CLAUSE.match(text)) is not None and _for_the_office(clause.group(1)):
        text = text[clause.end():]
    while (clause := TRAILING_CLAUSE.search(text)) is not None and clause.group(1) and _for_the_office(
            clause.group(1)):
        text = text[:clause.start()]
    return _unaddressed(text).strip()


# A TUNDA or INFO that only tells ("TUNDA LPR-2 sampai senin", "besok saja saya cek dulu", "INFO LPR-1 tim ke lokasi
# minggu depan", "INFO LPR-1 sudah kami tangani"): staff putting the complaint off, or giving the citizen news ("info"
# is also "to inform"), in the words of a command that asks the citizen a question. Sent, the citizen reads "sampai
# senin" as a question and the complaint waits for an answer to nothing (its ladder, or its deadline, paused). Not sent
# when it says when, or what is done or will be, with no question and no request.
TELLING_WORDS = {"sudah", "sdh", "udah", "telah", "akan", "sedang", "segera"}
LATER_WORDS = {"besok", "besuk", "lusa", "nanti", "dulu", "sampai", "sampe", "smp", "hingga", "sd", "senin", "selasa",
               "rabu", "kamis", "jumat", "sabtu", "pending", "ditunda", "tunggu", "menunggu", "nunggu"}
LATER_PHRASES = ("minggu depan", "pekan depan", "bulan depan", "tahun depan")
REQUEST_WORDS = {"mohon", "tolong", "tlg", "harap", "minta", "kirim", "kirimkan", "kirimin", "sebutkan",
                 "jelaskan", "lampirkan", "sertakan", "lengkapi", "berikan", "beri", "bisa", "bisakah", "boleh",
                 "share", "kabari", "kabarkan", "infokan", "informasikan", "tunjukkan", "fotokan", "difoto", "foto"}


def tells_not_asks(text: str) -> bool:
    """Tell whether a question for the citizen only tells (when, or what is done: LATER_WORDS, TELLING_WORDS): no
    question, no request."""
    typed = words(text)
    later = set(typed) & (LATER_WORDS | TELLING_WORDS) or any(phrase in " ".join(typed) for phrase in LATER_PHRASES)
    return bool(later) and not is_question(text) and not set(typed) & REQUEST_WORDS


FILLER_FIRST = {"saja", "aja", "sj", "ya", "yaa", "yah", "dong", "deh", "nih"}  # before a command's text
LEADING_WORD = re.compile(r"\s*[,.:;!-]*\s*([^\s,.:;!]+)[\s,.:;!-]*")


def _without_courtesy(text: str) -> str:
    """A command's text without the words of courtesy before it ("saja, dobel" → "dobel"; "ya pak, bukan wilayah
    kabupaten"): they would reach the citizen as the start of the reason or the follow-up."""
    if says_nothing(text):  # "mohon maaf pak baru balas": an apology whole, read as such (no text)
        return text
    rest, dropped = text, False
    while (found := LEADING_WORD.match(rest)) is not None and found.end() < len(rest) and (
            found.group(1).lower() in FILLER_FIRST or dropped and found.group(1).lower() in NO_TEXT_WORDS):
        rest, dropped = rest[found.end():], True  # "ya pak, …": the address after a filler goes too; "Pak, …"
    return rest  # alone addresses the citizen


# Words that are no text for a citizen or a reason ("tolong dikembalikan saja lpr 2", "KEMBALIKAN LPR-1 ya pak 🙏").
# "tes"/"test" acknowledge a message but are a reason of their own ("ARSIPKAN LPR-1 tes saja": a test complaint).
NO_TEXT_WORDS = (COURTESY - {"tes", "test"}) | THANKS | {"saja", "aja", "dong", "deh", "ya", "yaa", "yah", "nih", "ini",
                                                         "itu", "tsb",
                                                         # "lpr 4 tunda dl": for now, no question to send
                                                         "dulu", "dl", "dlu", "sebentar", "bentar", "sj", "aj"}


# Words that only point at a photo they come with ("ini pak", "nih", "sudah pak", "fotonya, kondisi terkini"): no
# text for the citizen, who gets the photo with the catalogue's words (`answer_photos_only`).
PHOTO_WORDS = {"foto", "fotonya", "gambar", "gambarnya", "dokumentasi", "dokumentasinya", "dok", "pict", "pic",
               "terlampir", "lampiran", "berikut", "kondisi", "kondisinya", "terkini", "skrg", "sekarang", "hasil",
               "hasilnya", "situasi", "keadaan", "lokasi", "di", "tkp", "tadi", "td", "barusan", "pagi", "siang",
               "sore", "niki", "iki", "puniki", "iyeu", "areya", "riya", "terbaru", "update", "updatenya", "progres",
               "progresnya", "kegiatan", "sebelum", "sesudah", "before", "after", "dan", "hari", "hariini"}


_POINTING_AT_PHOTO = NO_TEXT_WORDS | PHOTO_WORDS | DONE_MARKERS


def points_at_photo(text: str) -> bool:
    """Whether a photo's caption only points at it ("ini pak", "nih", "sudah pak 🙏"), saying nothing of the work."""
    return all(w in _POINTING_AT_PHOTO for w in staff_words(text))


def says_nothing(text: str) -> bool:
    """Tell whether a command's text is no text for a citizen or a reason: courtesy words alone ("ya pak 🙏") or an
    apology for answering late ("mohon maaf pak baru balas", "sori br bls, td lg di lapangan")."""
    return (all(w in NO_TEXT_WORDS or LAUGHTER.match(w) for w in words(text)) or not any(ch.isalpha() for ch in text)
            or is_pleasantry(text))


LAUGHTER = re.compile(r"^(?:w+k+)+w*$|^(?:h+[aeiu]+)+h*$|^(?:x+i+)+$|^(?:k+w+)+$", re.IGNORECASE)  # "wkwk", "hehe"
