"""Complaints as SP4N-LAPOR! defines them: filing, references, statuses and their timeline, ratings."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import UnmappedInstanceError

from lapor.districts import District, district_of
from lapor.events import (
    ComplaintRated,
    ComplaintSubmitted,
    EvidenceAdded,
    PrivacyTightened,
    ReporterMoved,
    StatusChanged,
    publish,
)
from lapor.textnorm import ABBREVIATIONS, rt_rw_normalised
from lapor.wording import note
from models import (
    Complaint,
    ComplaintFollower,
    ComplaintMedia,
    ComplaintStatus,
    Contact,
    Counter,
    Disposition,
    DispositionStatus,
    Event,
    Question,
    Role,
    TimelineEntry,
)
from models.db import Prepared, bound_insert, bound_values, loaded, per_dialect, upsert_insert

if TYPE_CHECKING:
    from lapor.region import Region

KINDS = ("pengaduan", "aspirasi", "informasi")
PRIVACY = ("biasa", "rahasia", "anonim")  # from least to most protected

NEW, DISPOSITIONED, IN_PROGRESS = ComplaintStatus.NEW, ComplaintStatus.DISPOSITIONED, ComplaintStatus.IN_PROGRESS
ON_HOLD, DONE, ARCHIVED = ComplaintStatus.ON_HOLD, ComplaintStatus.DONE, ComplaintStatus.ARCHIVED
STATUSES = tuple(ComplaintStatus)
OPEN_STATUSES = (NEW, DISPOSITIONED, IN_PROGRESS, ON_HOLD)

# The lifecycle (DESIGN.md "Lifecycle"): which status may follow which.
TRANSITIONS = {
    NEW: {DISPOSITIONED, ON_HOLD, ARCHIVED},
    ON_HOLD: {NEW, DISPOSITIONED, IN_PROGRESS, ARCHIVED},
    DISPOSITIONED: {IN_PROGRESS, DONE, ON_HOLD, NEW, ARCHIVED},
    IN_PROGRESS: {DONE, ON_HOLD, NEW},
    DONE: {IN_PROGRESS},  # reopened when the citizen is not satisfied
    ARCHIVED: set(),
}

PLACE_OPTIONAL = ("aspirasi", "informasi")  # a suggestion or a question may be about no place in particular
# A question ("syarat bikin KTP apa saja?") is asked neither a place nor a photo: they are kept when sent, and
# asked when it is changed into a complaint
NEITHER_PLACE_NOR_PHOTO = ("informasi",)
MIN_DESCRIPTION_CHARS = 20
MAX_DESCRIPTION_CHARS = 4096  # WhatsApp's own limit: nothing typed is cut
MAX_PHOTOS = 10  # media items (photos, voice notes, videos, PDFs) kept with one complaint
UNSATISFIED_SCORES = (1, 2)


class LifecycleError(ValueError):
    """A change the lifecycle does not allow."""


@dataclass
class Draft:
    """What a citizen has told us so far about a complaint they are filing."""

    kind: str | None = None
    description: str | None = None
    location_text: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    photos: list[dict] = field(default_factory=list)  # {"url", "content_type"}
    photo_step_done: bool = False
    place_skipped: bool = False  # a question or a suggestion about no place in particular
    privacy: str | None = None
    similar_checked: bool = False  # similar public complaints were looked for (once per draft)
    offered: list[int] = field(default_factory=list)  # numbers of the complaints offered to follow instead
    next_story: str | None = None  # another problem told while filing this one: offered after it is sent
    place_before: str | None = None  # the place of the complaint sent just before this one's story: to confirm
    filed_for: str | None = None  # whom the citizen files for ("ibu saya", "warga rt 3"), before the story is told

    @property
    def has_location(self) -> bool:
        """Tell whether a place (text or pin) was given."""
        return bool(self.location_text) or self.latitude is not None

    @property
    def has_voice_note(self) -> bool:
        """Tell whether a voice note was sent with the draft (one sent before the story was told tells it)."""
        return any((photo.get("content_type") or "").startswith("audio/") for photo in self.photos)

    @property
    def has_evidence(self) -> bool:
        """Tell whether something answers "Ada foto pendukung?": a photo, video or document, not a voice note
        (which tells the story, or adds to it)."""
        return any(not (photo.get("content_type") or "").startswith("audio/") for photo in self.photos)

    @classmethod
    def from_data(cls, data: dict | None) -> Draft:
        """The draft a conversation stored (`as_data`), its lists copied: the loaded JSON is never changed in place."""
        data = data or {}
        if not data.keys() <= DRAFT_FIELDS:  # a newer version wrote it (a rolling upgrade): its own parts left out
            data = {name: value for name, value in data.items() if name in DRAFT_FIELDS}
        return cls(**{**data, "photos": [dict(photo) for photo in data.get("photos", ())],
                      "offered": list(data.get("offered", ()))})

    def as_data(self) -> dict:
        """The draft as a conversation stores it (JSON), sharing nothing with this draft."""
        return {**vars(self), "photos": [dict(photo) for photo in self.photos], "offered": list(self.offered)}

    def missing(self) -> list[str]:
        """Name the parts still missing, in the order they are asked."""
        question = self.kind in NEITHER_PLACE_NOR_PHOTO
        placed = self.has_location or (self.place_skipped and self.kind in PLACE_OPTIONAL) or question
        checks = [("kind", self.kind), ("description", self.description), ("location", placed),
                  ("photo", self.photo_step_done or self.has_evidence or question), ("privacy", self.privacy)]
        return [name for name, present in checks if not present]


DRAFT_FIELDS = frozenset(f.name for f in fields(Draft))


@lru_cache(maxsize=64)  # a pure function of the text, read twice or more by one turn's readings of the story
def description_problem(text: str) -> str | None:
    """Say why a description cannot be used ('empty', 'no_words', 'too_short'), or None when it can."""
    stripped = (text or "").strip()
    if not stripped:
        return "empty"
    if not any(ch.isalpha() for ch in stripped):
        return "no_words"
    typed = [word for word in stripped.split() if any(ch.isalnum() for ch in word)]  # emoji and dots aside
    if sum(map(str.isalnum, stripped)) < MIN_DESCRIPTION_CHARS or len(typed) < 3:
        return "too_short"
    return None


# Words that open a message before its subject: greetings (Indonesian, Arabic, Javanese, Sundanese, Balinese),
# ways to address the reader, and the preamble "saya mau menyampaikan keluhan tentang …". A title starts after them.
OPENING_WORDS = frozenset("""
    assalamualaikum asalamualaikum assalamu alaikum aslm ass askum salam wr wb warahmatullahi wabarakatuh
    selamat pagi siang sore malam halo hallo helo hai hi permisi punten sugeng enjang sonten dalu wilujeng
    om swastiastu shalom tabik yth kepada yang terhormat dengan hormat maaf mohon izin ijin
    bapak ibu pak bu bpk ibuk kak kakak mas mbak min admin mimin gan dinas pemerintah pemkab
    saya sy aku kami kita kulo engkok mau ingin hendak akan bermaksud pengen pingin ini badhe bade ajeng arep hoyong
    terro nuwun sewu matur bilih
    menyampaikan sampaikan melaporkan laporkan lapor melapor mengadukan mengadu adukan memberitahukan
    menginformasikan bertanya tanya bertanya keluhan aduan laporan pengaduan komplain masalah
    tentang ttg soal mengenai terkait perihal bahwa ada yaitu
    slmt slamat selamt met pgi siank mlm malem enjing wengi ngadu ngeluh ngelapor nglapor laporin
""".split())  # the last line: greetings as chat spells them ("SLMT PGI MIN, …" was the title)
# A time of day greets only after a word of greeting or before an address or a comma ("Pagi min, …", "selamat
# malam"); "MALAM MINGGU ADA BALAP LIAR", "mlm ini lampu mati" tell when it happened
DAY_TIMES = frozenset("pagi pgi siang siank sore malam mlm malem enjing enjang sonten dalu wengi".split())
GREETING_WORDS_BEFORE_TIME = frozenset("selamat slmt slamat selamt met sugeng wilujeng".split())
ADDRESSES_AFTER_TIME = frozenset("""bapak ibu pak bu bpk ibuk kak kakak mas mbak min admin mimin gan semua all
    bos boss bang abang""".split())
_OPENING_TOKEN = re.compile(r"[^\s/,.;:!?()]+")
_NOT_WORD = re.compile(r"[^\w]")  # compiled once: the readings below take it out of every word
_NOT_WORD_OR_SLASH = re.compile(r"[^\w/]")
_WORD_BREAK = re.compile(r"[\s/]+")
_REDUPLICATED_OR_NYA = re.compile(r"(?:2|-\w+)?(?:nya)?$")
FORMULA_START = re.compile(r"[=+\-@]")


def _word_only(word: str, not_word: re.Pattern = _NOT_WORD) -> str:
    """A word without what `not_word` takes out ("SDN-3," → "SDN3"): as it is when all of it is letters and digits,
    which every such pattern keeps (`str.isalnum` is the pattern's `\\w` but the underscore), without the pattern's
    scan: a story's first words are read this way a dozen times a message."""
    return word if word.isalnum() else not_word.sub("", word)


# A self-introduction before the problem ("Nak, saya mbah Darmi dari desa Sumberejo. …", "Perkenalkan saya Ibu
# Aminah warga RT 5, ingin melaporkan …"): who writes is known already; the title starts after it.
INTRODUCTION = re.compile(
    r"^(?:(?:assalamualaikum|asalamualaikum|salam|selamat\s+\w+|halo|permisi|punten|nak|dik|mas|mbak|pak|bu|kak|"
    r"min|bapak|ibu|wr|wb)\W+)*(?:perkenalkan|kenalkan|nama\s+saya|(?:saya|sy|aku|kulo|abdi|engkok)"
    r"\s+(?:adalah\s+)?(?:mbah|bu|ibu|pak|bapak|mas|mbak|warga|nama|seorang))\b[^.,;!?]*[.,;!?]\s*", re.IGNORECASE)


# An anonymous reporter's introduction, masked ("saya [identitas pelapor disembunyikan], jalan …"): no title's start
MASKED_INTRODUCTION = re.compile(r"^[^.,;!?\[]{0,40}\[(?:identitas|nomor) pelapor disembunyikan\][^.,;!?]*[.,;!?]\s*")
MASKED_CLAUSES_MAX = 3


# Who one is by one's work or condition ("sy pedagang di pasar legi.", "Saya pengguna kursi roda,"): an introduction
# too, unless the clause tells what happened ("saya guru honorer belum digaji", "sy pedagang dipalak preman")
INTRODUCED_BY_ROLE = re.compile(
    r"^(?:(?:assalamualaikum|asalamualaikum|salam|selamat\s+\w+|halo|permisi|punten|pak|bu|min|kak|bapak|ibu|wr|wb)"
    r"\W+)*(?:saya|sy|aku|kulo|abdi|kami)\s+(?:ini\s+)?(?:pedagang|petani|nelayan|guru|pengguna|penyandang|difabel|"
    r"disabilitas|tunanetra|tunadaksa|tukang|sopir|supir|ojek|ojol|driver|buruh|pensiunan|orang\s+tua|wali\s+murid|"
    r"ibu\s+rumah\s+tangga|irt|mahasiswa|mahasiswi|pelajar|lansia|janda|kader|bidan|perawat|honorer|karyawan|"
    r"pegawai|pemilik|peternak|pengusaha|santri|penjual)\b[^.,;!?]*[.,;!?]\s*", re.IGNORECASE)
TOLD_IN_INTRODUCTION = re.compile(
    r"\b(?:tidak|tdk|belum|blm|gak|ga|nggak|bukan|di(?!sabilitas|fabel)[a-z]{4,}|ter[a-z]{4,})\b", re.IGNORECASE)


def _introduced_by_role(text: str) -> re.Match | None:
    found = INTRODUCED_BY_ROLE.match(text)
    return None if found is None or TOLD_IN_INTRODUCTION.search(found.group()) else found


def _without_introduction(text: str) -> str:
    """The text after a self-introduction that opens it, when enough follows (all of it otherwise)."""
    found = INTRODUCTION.match(text) or MASKED_INTRODUCTION.match(text) or _introduced_by_role(text)
    rest = text[found.end():] if found else ""
    for _ in range(MASKED_CLAUSES_MAX):  # "Perkenalkan, nama saya [identitas …], no hp [nomor …]. …"
        masked = MASKED_INTRODUCTION.match(rest)
        if masked is None or len(rest) - masked.end() < 15:
            break
        rest = rest[masked.end():]
    return rest[:1].upper() + rest[1:] if len(rest) >= 15 else text


# "ibu saya", "bapak saya" opening a story: who it happened to ("ibu saya dipukuli"), unless a preamble follows it
# ("ibu saya mau lapor …": the reader addressed, then the writer)
KIN_ADDRESSES = frozenset("bapak ibu bpk ibuk kak kakak mas mbak".split())
MINE = frozenset("saya sy aku ku kami gw gue kulo".split())


def _without_opening(text: str) -> str:
    """The text from its first word that is not a greeting, an address or a preamble (all of it if none is)."""
    tokens = list(_OPENING_TOKEN.finditer(text))
    plain = [_word_only(found.group().lower()).rstrip("0123456789") for found in tokens]
    for at, found in enumerate(tokens):
        word = plain[at]
        symbols_only = (not word and not FORMULA_START.search(found.group())  # an emoji; "=" or "+" is content
                        and not _counted(found.group(), plain[at + 1] if at + 1 < len(plain) else ""))
        opening = bool(word) and set(ABBREVIATIONS.get(word, word).split()) <= OPENING_WORDS
        if opening and word in DAY_TIMES and not _greets(text, tokens, plain, at):
            opening = False
        if not symbols_only and (not opening or _kin_told(plain, at)):
            start = found.start()
            return text[start:start + 1].upper() + text[start + 1:] if start else text
    return text


def _greets(text: str, tokens: list, plain: list[str], at: int) -> bool:
    """Whether the time of day at `at` is a greeting's: after a word of greeting, or before an address, a comma or
    the text's end."""
    if at and plain[at - 1] in GREETING_WORDS_BEFORE_TIME:
        return True
    end = tokens[at].end()
    return (at + 1 >= len(plain) or plain[at + 1] in ADDRESSES_AFTER_TIME
            or text[end:end + 1] in (",", ".", "!", ";", ":"))


# What a story's opening number counts ("3 hari air mati", "5 rumah kebanjiran"): the number is the story's, no
# list's or menu's ("1. jalan rusak")
COUNTED = frozenset("""detik menit jam hari minggu pekan bulan thn tahun bln hr mgg kali x orang warga rumah kk
    keluarga titik tiang lampu unit buah ekor anak motor mobil""".split())


def _counted(token: str, after: str) -> bool:
    """Whether a number opening the text counts the word after it."""
    return token.isdigit() and after in COUNTED


def _kin_told(plain: list[str], at: int) -> bool:
    """Whether "ibu saya" at `at` is who the story is about: the word after "saya" is no preamble ("dipukuli")."""
    after = plain[at + 2] if at + 2 < len(plain) else ""
    return (plain[at] in KIN_ADDRESSES and at + 1 < len(plain) and plain[at + 1] in MINE and bool(after)
            and not set(ABBREVIATIONS.get(after, after).split()) <= OPENING_WORDS)


# A salutation opening a letter: greetings, "Yth."/"Kepada"/"Dengan hormat", and the reader named by an address and
# an office ("PAK KEPALA DINAS YTH", "Yth. Bapak Bupati", "Assalamualaikum wr wb"). The story the agency reads starts
# after them; the preamble "saya mau melaporkan" is the citizen's own words and stays.
SALUTATION_WORDS = frozenset("""
    assalamualaikum asalamualaikum assalamu alaikum aslm ass askum salam wr wb warahmatullahi wabarakatuh
    warohmatullahi wabarokatuh sejahtera bagi kita semua selamat pagi siang sore malam halo hallo helo hai hi permisi
    punten sugeng enjang enjing sonten dalu wengi malem met slmt wilujeng sampurasun om swastiastu shalom tabik
    pgi siank mlm slamat selamt
    namo buddhaya rahayu bismillah bismillahirrahmanirrahim
    yth ykh kepada kpd yang yg terhormat dengan dg hormat bapak ibu pak bu bpk ibuk kak mas mbak min admin mimin gan
    tim petugas kepala kadis dinas bupati wakil walikota wali kota gubernur camat lurah kades sekda sekretaris
    daerah pejabat instansi terkait pemerintah pemkab pemda kabupaten kab dprd ketua mulia pimpinan
    kang akang teteh aa cak bang abang uda uni daeng puang lur dulur sedulur bro sis nuwun sewu
""".split())
SALUTATION_MARKS = frozenset({"yth", "ykh", "kepada", "kpd", "terhormat", "hormat"})
SALUTATION_MAX_WORDS = 10  # "Kepada Yth. Bapak Kepala Dinas PUPR Kabupaten Sukamaju": named offices and places
_CLAUSE = re.compile(r"[^,.;:!?\n]+[,.;:!?\n]*")


def _words(clause: str) -> list[str]:
    return list(_clause_words(clause))


@lru_cache(maxsize=256)  # a story's opening clause is read by up to seven readings in turn (_without_outburst)
def _clause_words(clause: str) -> tuple[str, ...]:
    return tuple(w for w in (_word_only(w.lower()) for w in _WORD_BREAK.split(clause)) if w)


def _salutation(clause: str, after_mark: bool) -> bool:
    """Tell whether a clause only greets or addresses the reader: all its words of a salutation, or a short one
    with "Yth."/"Kepada"/"Dengan hormat" (or right after "Yth.") naming an office and its region."""
    words = _words(clause)
    if not words or set(words) <= SALUTATION_WORDS:
        return True
    if words[0] in GREETING_STARTS and set(words) <= GREETED_CLAUSE:  # "assalamualaikum nak,", "selamat pagi dek,"
        return True
    marked = bool(set(words) & SALUTATION_MARKS) or (after_mark and words[0] in SALUTATION_WORDS)
    return len(words) <= SALUTATION_MAX_WORDS and marked


# A clause that only announces a wish to ask or report ("sy mau nanya.", "saya ingin melaporkan.", "mohon maaf
# mengganggu, …"): a verb of asking or reporting, and words of wanting, politeness and address beside it
ANNOUNCING_VERBS = frozenset("""nanya tanya bertanya lapor melapor melaporkan laporkan ngadu mengadu menyampaikan
    sampaikan nyampein matur""".split())
ANNOUNCING_WORDS = ANNOUNCING_VERBS | frozenset("""saya sy aku aq kami mau ingin pengen pingin hendak akan izin ijin
    mohon maaf mengganggu ganggu numpang sedikit keluhan aduan pengaduan laporan info ya yah nih dong badhe kulo
    abdi hoyong""".split())


POLITE = frozenset("mohon maaf mengganggu ganggu sebelumnya numpang izin ijin permisi".split())
ANNOUNCING_MAX_WORDS = 10  # an announcing clause is short


def _announcing(clause: str) -> bool:
    """A clause announcing a wish to ask or report, or only begging pardon ("mohon maaf mengganggu,")."""
    if clause.count(" ") > ANNOUNCING_MAX_WORDS:  # cheap: a story told without commas is not read word by word
        return False
    words = set(_words(clause))
    return bool(words) and (words <= POLITE | SALUTATION_WORDS or bool(words & ANNOUNCING_VERBS)
                            and words <= ANNOUNCING_WORDS | SALUTATION_WORDS)


def _salutation_end(text: str, announcing: bool = False) -> int:
    """Where the text goes on after the clauses that open it only greeting or addressing the reader (0: none); with
    `announcing`, or announcing a wish to ask or report."""
    start, after_mark = 0, False
    for clause in _CLAUSE.finditer(text):
        if not _salutation(clause.group(), after_mark) and not (announcing and _announcing(clause.group())):
            break
        start, after_mark = clause.end(), _words(clause.group())[-1:] in (["yth"], ["ykh"], ["kepada"], ["kpd"])
    return start


# A greeting or an address typed with no comma after it ("PAK LAMPU JALAN MATI", "selamat pagi min sampah numpuk"):
# greetings that are nothing else, and the ways to address the reader (Sundanese "kang", Minang "uda", Makassar
# "daeng"…); "bapak" and "ibu" only after a greeting ("Ibu hamil ditolak" speaks of a mother)
GREETINGS = frozenset("""assalamualaikum asalamualaikum assalamu alaikum aslm askum salam wr wb warahmatullahi
    wabarakatuh warohmatullahi wabarokatuh halo hallo helo hai hi permisi punten sampurasun shalom tabik
    rahayu""".split())
# Before a time of day: "selamat pagi", "slmt pgi"
GREETING_OPENERS = frozenset("selamat slmt slamat selamt met sugeng wilujeng".split())
TIMES_OF_DAY = frozenset("pagi siang sore malam malem enjang enjing sonten dalu wengi pgi siank mlm".split())
VOCATIVES = frozenset("""pak bu bpk ibuk min admin mimin kak kakak mas mbak gan bang abang kang akang teteh aa cak
    uda uni daeng puang lur bro sis""".split())
# The reader addressed by age or kinship ("nak", "dek", "mbah", "om", Sundanese "neng", Balinese "bli"…): only after a
# greeting, like "bapak" and "ibu" ("nak saya belum dapat KIP" speaks of a child)
KIN_ADDRESS = frozenset("""nak anak dek dik adik adek ade nduk ndok le thole cu cucu mbah eyang kakek nenek pakde bude
    pakdhe budhe paklik bulik om tante neng ning nok bli mbok koh ko cik ci bos boss sus mbakyu kangmas
    da ajo wak uwak""".split())  # Minang "da" (uda), "ajo"; Malay "wak"
GREETED_ADDRESS = KIN_ADDRESS | {"bapak", "ibu"}
GREETING_STARTS = GREETINGS | GREETING_OPENERS
GREETED_CLAUSE = SALUTATION_WORDS | KIN_ADDRESS
# A person the story is about after "pak", "bu" ("Pak RT minta uang", "Bu bidan", "Ibu saya"): the address stays
PERSON_AFTER = frozenset("""saya sy aku ku kami rt rw lurah kades kadus kasun dukuh bayan carik sekdes camat bupati
    wakil kepala kadis ketua guru bidan dokter mantri perawat polisi satpam sopir supir tukang petugas pegawai haji hj
    h ustadz ustad kyai kiai yang yg""".split())
_TYPED_WORD = re.compile(r"\S+")


ADDRESS_MAX_WORDS = 12  # greetings and forms of address before a story: read among its first words only


def _unpunctuated_address_end(text: str) -> int:
    """Where the text goes on after a greeting and an address that open it with no comma ("PAK LAMPU …"); 0: none."""
    tokens = list(islice(_TYPED_WORD.finditer(text), ADDRESS_MAX_WORDS))
    plain = [_word_only(token.group().lower(), _NOT_WORD_OR_SLASH) for token in tokens]
    i, greeted = 0, False
    while i < len(plain):
        if plain[i] in GREETINGS:
            i, greeted = i + 1, True
        elif plain[i] in GREETING_OPENERS and i + 1 < len(plain) and plain[i + 1] in TIMES_OF_DAY:
            i, greeted = i + 2, True
        else:
            break
    while i < len(plain) and (greeted and not plain[i] or _vocative(plain[i], greeted)) and not _a_person_follows(
            text, tokens, plain, i):  # "Assalamu'alaikum mbah 🙏 sampah …": an emoji between is no story
        i += 1
    return tokens[i].start() if 0 < i < len(tokens) else 0


def _vocative(word: str, greeted: bool) -> bool:
    parts = [part for part in word.split("/") if part]
    return bool(parts) and all(part in VOCATIVES or greeted and part in GREETED_ADDRESS for part in parts)


def _a_person_follows(text: str, tokens: list, plain: list[str], at: int) -> bool:
    """Whether the word after an address names who the story is about: an office, "saya", a capitalised name."""
    if at + 1 >= len(plain):
        return True
    named = tokens[at + 1].group()[:1].isupper() and not text.isupper()  # "Pak Budi", not "PAK LAMPU"
    return plain[at + 1] in PERSON_AFTER or named


def only_salutation(text: str) -> bool:
    """Tell whether a text does nothing but greet and address the reader ("Selamat pagi Bapak/Ibu admin yang
    terhormat", "Yth. Bapak Bupati")."""
    return bool(text.strip()) and not text[_salutation_end(text):].strip()


def without_salutation(text: str) -> str:
    """The story from after the greetings and salutations that open it, capitalised (all of it when little would
    be left)."""
    start = _salutation_end(text, announcing=True)
    start += _unpunctuated_address_end(text[start:])
    spoken = _spoken_opening_end(text[start:])  # "jadi gini bu, …": the title leaves it out, and so does the story
    if spoken:
        start += spoken
        start += _salutation_end(text[start:], announcing=True)  # "gini pak sy mau lapor, air pdam …"
    rest = text[start:].lstrip()
    if not start or len(rest.split()) < 3:
        return text
    return rest[:1].upper() + rest[1:]


def as_filed(draft: Draft, citizen: Contact) -> str:
    """The story the agency reads (and the summary before KIRIM shows): from after its salutations, without an
    anonymous reporter's identity, each line typed all in capitals in sentence case, its swearing softened."""
    if draft.privacy == "anonim":
        return _story_as_filed(draft.description, True, citizen.phone, citizen.display_name,
                               _places_near(citizen))
    return _story_as_filed(draft.description, False, None, None, frozenset())


@lru_cache(maxsize=64)  # a pure function of its values: the summary shows the story, and KIRIM files it next
def _story_as_filed(description: str, anonymous: bool, phone: str | None, name: str | None,
                    places: frozenset[str]) -> str:
    text = without_salutation(description)
    text = _unnamed(text, phone, name, places) if anonymous else text
    text = FORWARD_MARK.sub("", others_numbers_masked(text), count=1)  # a forward's "Ttd … (0812-3456-7890)"
    unwrapped = without_wrapping(text)  # after the masking: a forward's numbers are known by its wrapping
    text = without_salutation(unwrapped) if unwrapped != text else text  # "*INFO* Assalamualaikum …"
    return softened(in_sentences(_calmed(text)))


def _calmed(text: str) -> str:
    """The story with each line typed all in capitals in sentence case: a story in capitals with more added in lower
    case ("JALAN … RUSAK PARAH" then "jalan nya di depan sd") shouted its first part at staff and in the summary."""
    if text.isupper() or "\n" not in text:
        return sentence_case(text) if text.isupper() else text
    return "\n".join(sentence_case(line) if line.isupper() else line for line in text.split("\n"))


# A text forwarded from someone else (a group's notice, a chain message): "Fwd:", WhatsApp's "Diteruskan" label, a
# signature ("Ttd Ketua RT 05", "Tertanda"), or a call to spread it ("Mohon disebarkan", "bantu share")
FORWARDED = re.compile(
    r"^\W*(?:fwd?|fw)\s*:|\b(?:diteruskan|forwarded|dteruskan)\b|(?:^|\n|[.!,]\s*)\W*(?:ttd|tertanda|salam\s+hormat)\b"
    r"|\b(?:di)?sebar(?:kan|luaskan)\b|\b(?:di)?viralkan\b|\bbantu\s+(?:share|sebar)|\bcopas\b|\bcopy\s*paste\b"
    r"|\binfo\s+(?:dari|dr)\s+grup\b", re.IGNORECASE)
FORWARD_MARK = re.compile(r"^\W*(?:fwd?|fw)\s*:\s*", re.IGNORECASE)  # "Fwd: …": the mail's mark, no part of the story
# An Indonesian phone number however typed: "0812-3456-7890", "+62 812 3456 7890", "62812…", "(0341) 123456"
PHONE = re.compile(r"(?<![\w*])(?:\+?62[\s.-]?|0)8\d(?:[\s.-]?\d){6,11}(?!\d)|(?<![\w*])\(?0\d{2,3}\)?[\s.-]?\d{5,8}"
                   r"(?!\d)")


# Every mark FORWARDED finds holds one of these in lowercase: an ASCII text with none of them is no forward, without
# the pattern's scan (its dozen alternatives tried at every position: about 0.2 ms for a story of three lines)
FORWARD_HINTS = ("fw", "teruskan", "forwarded", "ttd", "tertanda", "salam", "sebar", "viralkan", "bantu", "copas",
                 "copy", "info")


# A chain message's wrapping (a group's forward): headers ("*INFO PENTING*", "Diteruskan dari grup warga RT 05",
# "Forwarded", "[Pesan berantai]") and footers ("Mohon di share ke yang lain, sebarkan!", "bantu share ya, biar pada
# tau"), between stops, line breaks, bold marks, brackets and emoji
_SEGMENT = re.compile(r"[^.!?:;\n*\[\]()\U0001F300-\U0001FAFF\u2600-\u27BF]+")
_SEGMENT_WORD = re.compile(r"[a-z0-9]+")
WRAP_MARKS = "📢📣🔊‼❗❕\ufe0f"  # a chain's loudspeakers and exclamations, decoration at its edges
_EDGES = f" \t\n,-–—{WRAP_MARKS}"  # (not "*": a masked number ends "08** **** ****")
HEADER_STRONG = frozenset("""info informasi penting pengumuman diteruskan forwarded fwd fw berantai copas broadcast bc
    berita kabar peringatan perhatian urgent""".split())
FORWARD_WORDS = frozenset("diteruskan forwarded fwd fw berantai copas broadcast bc grup group".split())
HEADER_WORDS = HEADER_STRONG | frozenset("""dari dr grup group wa whatsapp sebelah pesan berkali kali many times
    sangat terkini terbaru warga untuk semua seluruh buat bapak ibu dan""".split())
GROUP_NAME_WORDS = 5
SPREAD = frozenset("""share dishare sebarkan disebarkan sebar disebar sebarluaskan disebarluaskan viralkan diviralkan
    bagikan dibagikan""".split())
FOOTER_WORDS = SPREAD | frozenset("""mohon tolong bantu dibantu di ke yang lain lainnya semua semuanya teman kawan
    grup group agar supaya biar pada tau tahu waspada ya yah ini info informasi berita pesan sebanyak banyaknya mungkin
    please pls plis saudara sodara keluarga kerabat kita warga sekitar orang hati berhati dan juga jg segera sesama
    2""".split())
MIN_KEPT_WORDS = 3


# Every header or footer without_wrapping finds holds one of these (lowercase): a text with none is left at once
WRAP_HINTS = ("*", "[", "(", "\n", "terus", "forward", "fw", "berantai", "copas", "broadcast", "bc", "grup", "group",
              "share", "sebar", "viral", "bagikan", *WRAP_MARKS[:-1])


def _segments(text: str) -> list[tuple[int, int, list[str]]]:
    """The text's segments between stops, line breaks, bold marks, brackets and emoji, with their words."""
    return [(m.start(), m.end(), words) for m in _SEGMENT.finditer(text or "")
            if (words := _SEGMENT_WORD.findall(m.group().lower()))]


def only_wrapping(text: str) -> bool:
    """Whether a message is nothing but a chain's header or footer ("Diteruskan dari grup RT 03 📢 *INFO PENTING*",
    "sebarkan!!", "Mohon disebarkan ke grup lain 🙏"): a bubble of a forward of its own, no question and no story."""
    lowered = (text or "").lower()
    if not any(hint in lowered for hint in WRAP_HINTS):
        return False
    segments = _segments(text)
    return bool(segments) and all(_header(text, a, b, words) or _footer(words) for a, b, words in segments)


def without_wrapping(text: str) -> str:
    """The story without a chain message's wrapping: headers made only of a chain's words (bold, in brackets, on a
    line of their own, or saying it was forwarded) and footers made only of calls to spread it, with the
    loudspeakers around them; the substance (and a plea in it) as typed. Unchanged when little would be left."""
    lowered = (text or "").lower()
    if not any(hint in lowered for hint in WRAP_HINTS):  # the cheap test first
        return text
    segments = _segments(text)
    first = next((k for k, (a, b, words) in enumerate(segments) if not _header(text, a, b, words)), None)
    if first is None:
        return text
    start = segments[first][0] if first else 0  # nothing before the story's first words when no header was
    end = len(text)
    for a, _, words in reversed(segments):
        if a <= start or not _footer(words):
            break
        end = a - 1 if text[a - 1:a] == "*" else a  # "*Mohon di share*": its bold mark goes with it
    kept = text[start:end].strip(_EDGES) if start or end < len(text) else text.strip(_EDGES)
    if len(_SEGMENT_WORD.findall(kept.lower())) < MIN_KEPT_WORDS:
        return text
    return kept if kept != text.strip() else text


def _header(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether a segment of a story's opening is a chain's header: bold or bracketed, a line of its own, or saying
    it was forwarded, and made only of a header's words (a group's name after "dari grup")."""
    marks = f"*[({WRAP_MARKS}"  # bold, bracketed, or between loudspeakers ("📢📢 INFO WARGA 📢📢")
    marked = text[start - 1:start] in marks and text[end:end + 1] in f"*]){WRAP_MARKS}"
    own_line = text[end:].lstrip(" *])").startswith("\n")
    if not (marked or own_line or not FORWARD_WORDS.isdisjoint(words)) or HEADER_STRONG.isdisjoint(words):
        return False
    for i, word in enumerate(words):
        if word in ("grup", "group") and i and words[i - 1] in ("dari", "dr"):
            return len(words) - i - 1 <= GROUP_NAME_WORDS  # "dari grup warga RT 05": the group's name
        if word not in HEADER_WORDS:
            return False
    return True


def _footer(words: list[str]) -> bool:
    """Whether a segment of a story's end only calls to spread it ("mohon di share ke yang lain", "sebarkan")."""
    return not SPREAD.isdisjoint(words) and all(word in FOOTER_WORDS for word in words)


def forwarded(text: str) -> bool:
    """Whether a story is a text forwarded from someone else rather than told by the citizen."""
    text = text or ""
    if text.isascii():  # a text with other letters is left to the pattern's own case folding
        lowered = text.lower()
        if not any(hint in lowered for hint in FORWARD_HINTS):
            return False
    return FORWARDED.search(text) is not None


def others_numbers_masked(text: str) -> str:
    """A forwarded story with the phone numbers in it shown by their first digits ("0812-3456-7890" → "08**-****-
    ****"): they are third persons', whom the agency has no reason to call; a story told by the citizen is kept
    as typed (the cheap test first: a digit)."""
    if not any(ch.isdigit() for ch in text) or not forwarded(text):
        return text
    return PHONE.sub(_masked_number, text)


def _masked_number(found: re.Match) -> str:
    """A phone number with its digits starred after its prefix ("+62 8", "08", "(0341)")."""
    number = found.group()
    kept = number.find(")") + 1 or number.find("8") + 1
    kept = kept if 0 < kept <= 6 else 2
    return number[:kept] + re.sub(r"\d", "*", number[kept:])


# Swearing in a story ("jalan rusak parah anjing bgt pemda gak becus"): officers read it, so each coarse word is shown
# by its first letter ("a*****"); the complaint, its anger and its criticism ("pemda gak becus") are kept. Words that
# are always coarse, and animals and filth that are coarse only as an oath: before an intensifier ("anjing bgt",
# "babi lu"), after "dasar", or after whom it insults ("pemda anjing"); "digigit anjing", "babi hutan", "tai sapi di
# jalan" are what the story is about
COARSE = frozenset("""bangsat bangsad bgst bajingan brengsek brengsex goblok goblog gblk tolol bego kampret keparat
    jancok jancuk jancik dancok diancuk cuk cok ngentot ngewe kontol kntl memek bacot anjir anjrit anjg anjeng njing
    anjink asw sialan""".split())
OATHS = frozenset("anjing asu babi monyet setan tai taik tahi kunyuk".split())
OATH_AFTER = frozenset("bgt banget bener emang memang lu lo loe lho kau kalian sekali amat".split())
OATH_BEFORE = frozenset("""dasar pemda pemkab pemerintah pejabat petugas dinas lurah kades camat bupati dprd dewan
    aparat polisi satpol""".split())
_WORD = re.compile(r"[A-Za-z]+")
_ROUGH = COARSE | OATHS  # the cheap test: one set test of the text's words (it was a substring test for each word)


def softened(text: str) -> str:
    """The story with its coarse words shown by their first letter ("anjing bgt" → "a***** bgt"); as typed when it
    has none (the cheap test first)."""
    lowered = text.lower()
    if _ROUGH.isdisjoint(_WORD.findall(lowered)):
        return text
    found = list(_WORD.finditer(text))
    said = [m.group().lower() for m in found]
    coarse = [m for at, m in enumerate(found) if said[at] in COARSE or said[at] in OATHS and (
        at + 1 < len(said) and said[at + 1] in OATH_AFTER or at > 0 and said[at - 1] in OATH_BEFORE
        or _set_off(text, m) or at > 0 and said[at - 1] in FAULT_BEFORE and _clause_ends(text, m))]
    for m in reversed(coarse):
        text = text[:m.start()] + m.group()[0] + "*" * (len(m.group()) - 1) + text[m.end():]
    return text


_OATH_MARKS = frozenset(",.;!?")
# A fault an oath ends its clause after ("gotnya masih mampet anjing, …", "masih mampet tai, …"): said of a thing, the
# word is no animal of the story ("ada anjing mati di jalan"; "bau anjing" is left out: a smell may be a dog's)
FAULT_BEFORE = frozenset("""mampet mampat rusak mati bocor macet jebol putus ambrol berlubang bolong lambat lelet
    lama bohong boong""".split())


def _clause_ends(text: str, found: re.Match) -> bool:
    """Whether a word ends its clause: a stop or comma, or the message's end, right after it."""
    after = text[found.end():].lstrip()
    return not after or after[0] in _OATH_MARKS


def _set_off(text: str, found: re.Match) -> bool:
    """Whether a word stands alone as an outburst: a stop or comma (or the message's end) on both sides ("…, anjing,
    …", "Anjing! jalan …", "…, asu."), not a word of the story beside it ("digigit anjing, …")."""
    before, after = text[:found.start()].rstrip(), text[found.end():].lstrip()
    previous = _WORD.findall(before[-20:].lower())[-1:]
    if _LISTED.match(after) or set(previous) & ANIMALS:
        return False  # a list of animals ("kucing, anjing, dan ayam", "…: monyet, babi, ular")
    return (not before or before[-1] in _OATH_MARKS) and (not after or after[0] in _OATH_MARKS)


ANIMALS = OATHS | frozenset("kucing ayam kambing sapi kerbau tikus ular kuda bebek itik".split())
_LISTED = re.compile(r",\s*(?:dan|atau|serta|sama)\b", re.IGNORECASE)


# A bubble's end that ends no sentence (a word, a number, a masked number "08** ****", a percentage, a bracket or
# quote closed), then the next bubble and its first character
_RUN_ON = re.compile(r"(?<=[0-9A-Za-z)\]\"'*%])[ \t]*\n\s*(\S?)")
_FIRST_WORD = re.compile(r"[a-z]*")
SENTENCE_OPENERS = frozenset({"tolong", "mohon", "please", "plis", "pliss"})  # a plea begins a sentence of its own


def in_sentences(text: str) -> str:
    """A story told in bubbles joined as it was meant: a bubble ending in a word and the next going on in lowercase
    or with a number are one sentence ("jalan depan rumah saya", then "rusak parah"); a bubble ending otherwise
    without a full stop ("… sejak 2025"), or followed by a capital or a plea ("tolong diangkut"), ends one, and the
    next begins with a capital; one ending with a comma, a colon, an emoji or its own stop is kept as typed."""
    if "\n" not in text:
        return text
    return _RUN_ON.sub(_bubble_joined, text.strip())


def _bubble_joined(found: re.Match) -> str:
    """The break between two bubbles: a space within a sentence, else a full stop and a capital."""
    ended, begins = found.string[found.start() - 1], found.group(1)
    going_on = begins.isdigit() or begins.islower() and _FIRST_WORD.match(
        found.string, found.start(1)).group() not in SENTENCE_OPENERS
    return " " + begins if ended.isalpha() and going_on else ".\n" + begins.upper()


# Acronyms with a vowel, kept in capitals in a story typed in capitals; one without a vowel (KTP, RT, SDN, KDRT) is
# kept unless it is a shorthand for a word (YG, SDH, DPN, DLL)
ACRONYMS = frozenset("""pju pdam pupr sma kua uptd opd paud asn tni polri atm odgj rsud umkm uks pkk apbd dak dau
    bumdes bumn bumd kia kis kip hiv ispa dp3a dp3akb p2tp2a ojk oss nib nik nisn""".split())
SHORTHAND = frozenset("""dll dsb dst dpn blkg sktr rb jt km kg cm mm tgl jm krg pd spt sm dr
    mks thx pls plis gmn knp""".split())
VOWELS = frozenset("aiueo")
_WORD_TYPED = re.compile(r"[A-Za-z0-9]+")
_SENTENCE_START = re.compile(r"(^|[.!?]\s+|\n\s*)([a-z])")


def sentence_case(text: str) -> str:
    """A story typed all in capitals in sentence case ("PJU DI JL MAWAR MATI. TOLONG" → "PJU di jl mawar mati.
    Tolong"), its acronyms kept as typed (PJU, PDAM, RT, SDN)."""
    lowered = _WORD_TYPED.sub(lambda found: found.group() if _acronym(found.group().lower()) else
                              found.group().lower(), text)
    return _SENTENCE_START.sub(lambda found: found.group() if found.group(1).startswith(".") and ABBREVIATION.search(
        lowered[:found.start()]) else found.group(1) + found.group(2).upper(), lowered)


def _acronym(word: str) -> bool:
    """A word typed in capitals that is an acronym: a known one, or two to five letters without a vowel that are
    no shorthand for a word ("kk", "ktp", "kdrt"; not "yg", "sdh", "dll")."""
    if word in ACRONYMS:
        return True
    return (word.isalpha() and 2 <= len(word) <= 5 and not VOWELS & set(word) and word not in ABBREVIATIONS
            and word not in SHORTHAND)


def _place_unnamed(complaint: Complaint, story: str) -> str | None:
    """An anonim complaint's stored place as agencies may read it: `as_agencies_read`, and no house number its
    story (`story`, as typed) gives as the reporter's home."""
    from lapor.bridge.privacy import without_home_number  # the bridge builds on this module

    place = as_agencies_read(complaint, complaint.location_text)
    return without_home_number(place, story) if place else place


def place_as_filed(draft: Draft, citizen: Contact) -> str | None:
    """The place the agency reads: "depan rumah Siti Rahma, 0812…" without an anonymous reporter's identity, its RT
    and RW in one form (RT 03/RW 05)."""
    place = draft.location_text
    if place and draft.privacy == "anonim":
        from lapor.bridge.privacy import without_home_number  # the bridge builds on this module

        place = without_home_number(_unnamed(place, citizen.phone, citizen.display_name, places_of(
            object_session(citizen))), draft.description or "")
    place = rt_rw_normalised(place) if place else place  # "rt tiga rw lima", "rt03 rw05": RT 03/RW 05
    return name_case(place) if place and place.isupper() else place  # "JL MAWAR DEPAN SDN 2"


# An address's shorthands typed in capitals, written as a name's ("GG" → "Gg", "DSN" → "Dsn"), not as acronyms
ADDRESS_SHORTHAND = frozenset("jl jln gg ds dsn kp kmp kec kel perum blk no".split())
# Small words of a place said in words, lowered inside it ("DEPAN RUMAH SAYA DI DSN KRAJAN")
PLACE_SMALL_WORDS = frozenset("""di ke dari dan yg yang dekat dkt depan dpn samping sebelah sblh belakang blkg
    seberang sekitar arah menuju pinggir ujung pojok saya sy kami kita aku""".split())


def name_case(place: str) -> str:
    """A place typed all in capitals written as a name ("PERUMAHAN GRIYA ASRI BLOK C" → "Perumahan Griya Asri Blok
    C", "JL. AHMAD YANI RT 04/RW 02" → "Jl. Ahmad Yani RT 04/RW 02"): each word capitalised, acronyms (RT, SDN, PDAM)
    kept, the small words that say where (di, dekat, depan) lowered; the first word always capitalised."""
    def word(found: re.Match) -> str:
        typed = found.group()
        lowered = typed.lower()
        if lowered in ADDRESS_SHORTHAND or not _acronym(lowered):
            small = lowered in PLACE_SMALL_WORDS and found.start() > 0
            return lowered if small else lowered.capitalize()
        return typed
    return _WORD_TYPED.sub(word, place)




def _unnamed(text: str, phone: str | None, name: str | None, places: frozenset[str] = frozenset()) -> str:
    from lapor.bridge.privacy import strip_identity  # the bridge builds on this module

    return strip_identity(text, phone, name, places)


def _places_near(row) -> frozenset[str]:
    """`places_of` the session a row belongs to (none for a row of no session, or an object that is no row)."""
    try:
        return places_of(object_session(row))
    except UnmappedInstanceError:
        return frozenset()


def places_of(session: Session | None) -> frozenset[str]:
    """The region's one-word places (its districts' names and aliases) of the app a session belongs to: a reporter's
    one-word name that is one of them is the place after "di", "ke", "dari" (lapor.bridge.privacy)."""
    districts = session.info.get("districts", ()) if session is not None else ()
    return frozenset(word for district in districts for word in district.words if word.isalpha())


def as_verifier_wrote(complaint: Complaint, text: str) -> str:
    """What a verifier wrote to the reporter (a TUNDA question), as the complaint's history keeps it for agencies to
    read: an anonymous reporter's name and number, which the verifier sees and may address them by, masked."""
    if complaint.privacy != "anonim":
        return text
    from lapor.bridge.privacy import strip_reporter  # the bridge builds on this module

    citizen = complaint.citizen
    return strip_reporter(text, citizen.phone if citizen else None, complaint.reporter_name,
                          _places_near(complaint))


def as_agencies_read(complaint: Complaint, text: str | None) -> str | None:
    """What the reporter typed after filing (an addition, an answer, a reason, a comment, a caption, a pin's label)
    as it is stored and passed on: an anonymous reporter's number, name and introduction masked (docs/privacy.md)."""
    if not text or complaint.privacy != "anonim":
        return text
    citizen = complaint.citizen
    return _unnamed(text, citizen.phone if citizen else None, complaint.reporter_name,
                    _places_near(complaint))


@lru_cache(maxsize=1024)  # the similar complaints offered at the place step are titled again for every draft
def make_title(description: str, limit: int = 60) -> str:
    """A short title: the first sentence or the first words of the description, from the problem on (greetings and
    preambles such as "assalamualaikum bapak/ibu, sy mau menyampaikan keluhan ttg …" dropped)."""
    opened = _without_opening(_without_introduction(" ".join(description.split())))
    first = _balanced(_first_sentence(_without_outburst(opened)))
    if first.isupper():  # typed in capitals: a title that does not shout in every list ("Jalan di ds …")
        first = first[:1] + first[1:].lower()
    first = _capitalised(first)
    if len(first) <= limit:
        return first
    cut = first.rfind(" ", 0, limit - 1)
    return first[: cut if cut > limit // 2 else limit - 1].rstrip(" ,;:") + "…"


def _capitalised(title: str) -> str:
    """A title typed without a capital starts with one ("di perempatan …" → "Di perempatan …", "pju mati" → "PJU
    mati"); a word with capitals of its own ("eKTP", "iPhone") is kept as typed."""
    word = title.split(" ", 1)[0]
    if not word[:1].islower() or any(ch.isupper() for ch in word):
        return title
    bare = word.rstrip(",.;:!?")
    head = bare.upper() if bare in ACRONYMS else bare[:1].upper() + bare[1:]
    return head + title[len(bare):]


# A rant's opening clauses say how the writer feels ("Saya sangat kecewa dengan pemkab", "ASTAGHFIRULLAH KESEL BANGET
# SAYA!!!", "Capek deh") or plead ("Tolong dong pak"): the problem follows them
FEELINGS = frozenset("""kecewa kesal kesel marah muak capek cape capai lelah geram jengkel sebel sebal emosi dongkol
    sedih prihatin heran stres stress pusing resah gelisah miris gregetan geregetan bosan bosen jenuh""".split())
EXCLAMATIONS = frozenset("""astaghfirullah astagfirullah astaghfirullahaladzim astaga astagah masyaallah innalillahi
    allah ampun hadeh hadeuh haduh aduh waduh duh anjir buset busyet weleh walah alamak ealah edan gila
    parah""".split())
PLEAS = frozenset("tolong please plis pliss bantu bantuin".split())
OUTBURST_WORDS = FEELINGS | EXCLAMATIONS | PLEAS | frozenset("""saya aku kami gue gw banget sekali sangat amat bener
    benar sungguh betul sudah udah dah sih deh dong lah nih tuh ya yaa pak bu min kak mas mbak bang gan dan jadi
    makin semakin""".split())
AT_WHOM = frozenset("dengan sama atas terhadap karena krn ama".split())  # "kecewa sama pemkab": whom it is at
_OPENING_CLAUSE = re.compile(r"[^,.;:!?]*[,.;:!?]+\s+")
# A clause that only points at what is attached ("ini fotonya pak,", "Berikut foto2nya bu.", "terlampir video nya"):
# the photo says it, the problem follows
ATTACHED = frozenset("foto poto photo gambar video vidio vid dokumentasi screenshot ss rekaman".split())
ATTACHED_TYPED = re.compile("|".join(sorted(ATTACHED)), re.IGNORECASE)  # cheap first test: may match inside a word
POINTING_WORDS = frozenset("""ini itu nih tuh berikut berikutnya terlampir lampiran saya sy kirim kirimkan sertakan
    nya ya yaa pak bu min kak mas mbak bang gan""".split())


def _alternatives(words: frozenset[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# An oath opening the story with no comma ("anjing bgt ni jalan …", "asu tenan iki dalan …", "a***** bgt ni …" as
# softened): a coarse word, or an oath's word with a word that makes it one after it ("anjing liar gigit anak saya"
# tells of a dog), then the small words that go with it
_OATH_TRAIL = OATH_AFTER | frozenset("ni nih ini iki tenan tuh ah lah deh sih emang".split())
_OATH_OPENING = re.compile(
    rf"^\W*(?:(?:{_alternatives(COARSE)})\b"
    rf"|(?:{_alternatives(OATHS)})(?=\W+(?:{_alternatives(OATH_AFTER)}|tenan|ni|nih|iki)\b)|[A-Za-z]\*{{2,}})"
    rf"(?:\W+(?:{_alternatives(_OATH_TRAIL)})\b)*\W+", re.IGNORECASE)


# Swearing by God or calling on Him opening the story, with or without a comma ("demi Allah pak jalannya …", "sumpah
# ya ini udah 3 bulan …", "astaghfirullah jalannya …", "wallahi bu …"): an exclamation as "Ya Allah, …" is, left
# out of the title with the address and particles after it; not "demi keselamatan …", "sumpah pemuda …"
_GOD = r"(?:allah|alloh|tuhan|apapun|apa\s+pun)"
_SWORN_OPENING = re.compile(
    rf"^\W*(?:(?:sumpah\s+)?demi\s+{_GOD}|sumpah(?!\s+(?:pemuda|jabatan|palsu|pocong|serapah|janji)\b)|wallahi|wallah"
    rf"|ya\s+allah|ya\s+tuhan|astaghfirullah\w*|astagfirullah\w*|masya\s?allah|innalillahi\w*)\b"
    rf"(?:\W+(?:{_alternatives(VOCATIVES)}|ya|yaa|deh|lho|loh|lah|nih|beneran|bener|sungguh)\b)*[\s,.;:!]+",
    re.IGNORECASE)


# A spoken opener before the story ("ini loh,", "itu bang,", "gini pak,", "jadi gini,", "begini bu.", "anu pak,"):
# a clause of these words alone, with one of the first line; with no comma only "(jadi) gini"/"begini"/"anu" with a
# particle or an address after it, or "jadi gini" ("begini terus tiap hujan", "anu saya hilang" tell the problem)
SPOKEN_OPENERS = frozenset("ini itu gini begini jadi anu nah loh lho intinya pokoknya singkatnya".split())  # "Loh,"
SPOKEN_OPENER_WORDS = SPOKEN_OPENERS | VOCATIVES | KIN_ADDRESS | frozenset(
    "loh lho lo nih tuh ya yaa sih deh dong gitu begitu bapak ibu".split())
SPOKEN_OPENER_MAX_WORDS = 5
_SPOKEN_PARTICLES = "lo|loh|lho|nih|ya|yaa|deh"
_SPOKEN_OPENING = re.compile(
    rf"^\W*(?:(?:intinya|pokoknya|singkatnya|intine)(?:\s+(?:{_SPOKEN_PARTICLES}))?"  # "in short": the story follows
    rf"|jadi\s+(?:gini|begini)(?:\s+(?:{_SPOKEN_PARTICLES}))?"
    rf"|(?:gini|begini|anu)(?=\s+(?:{_SPOKEN_PARTICLES}|{_alternatives(VOCATIVES)})\b)(?:\s+(?:{_SPOKEN_PARTICLES}))?)"
    rf"(?:\s+(?:{_alternatives(VOCATIVES)})\b)?[\s,.;:!]+", re.IGNORECASE)


def _spoken_opening_end(text: str) -> int:
    """Where the text goes on after a spoken opener starting it ("Jadi gini bu,", "itu bang,", "gini pak …"; 0:
    none)."""
    found = _SPOKEN_OPENING.match(text)
    if found:
        return found.end()
    clause = _OPENING_CLAUSE.match(text)
    return clause.end() if clause and _spoken_opener(clause.group()) else 0


# A clause about the message before ("maaf pak tadi voice note,", "sori salah pencet tadi."): what follows tells it
EARLIER_MARKS = frozenset("voice vn suara rekaman pencet kepencet kepencet".split())
EARLIER_WORDS = EARLIER_MARKS | VOCATIVES | frozenset("""maaf mohon sorry sori sory tadi barusan td note pesan salah
    kirim ke ya yg yang itu saya sy aku intinya""".split())
_AFTER_EARLIER = re.compile(r"^\W*(?:jadi|intinya|pokoknya|singkatnya)\W+", re.IGNORECASE)


def _about_earlier(clause: str) -> bool:
    """Whether a clause only speaks of the message sent before ("tadi voice note,", "salah pencet tadi.")."""
    said = _words(clause)
    return bool(set(said) & EARLIER_MARKS) and set(said) <= EARLIER_WORDS


def _spoken_opener(clause: str) -> bool:
    """Whether a clause only opens the telling ("Ini loh,", "itu bang,", "Jadi gini bu,"; not "itu lampunya,")."""
    said = _words(clause)
    return (0 < len(said) <= SPOKEN_OPENER_MAX_WORDS and bool(set(said) & SPOKEN_OPENERS)
            and set(said) <= SPOKEN_OPENER_WORDS)


def _without_outburst(text: str) -> str:
    """The text after the clauses that open it only venting, pleading, pointing at the attachment or opening the
    telling, and after an oath or a spoken opener starting it (all of it when little would be left); a preamble
    after a spoken opener goes too ("gini pak sy mau lapor, air pdam …")."""
    spoken = False
    for opening in (_SWORN_OPENING, _OATH_OPENING, _SPOKEN_OPENING):
        found = opening.match(text)
        if found and len(text) - found.end() >= 15:
            text, spoken = text[found.end():], opening is _SPOKEN_OPENING
    while ((found := _OPENING_CLAUSE.match(text)) and (
            _outburst(found.group()) or _points_at_attachment(found.group()) or _one_more(found.group())
            or _on_behalf(found.group()) or _spoken_opener(found.group()) or _about_earlier(found.group()))
           and len(text) - found.end() >= 15):
        spoken = spoken or _spoken_opener(found.group())
        text = text[found.end():]
        if _about_earlier(found.group()):  # "maaf tadi vn pak. jadi air pdam …": "so", then the story
            text = _AFTER_EARLIER.sub("", text, count=1) if len(_AFTER_EARLIER.sub("", text, count=1)) >= 15 else text
        text = text[:1].upper() + text[1:]
    return _without_opening(text) if spoken else text


def _outburst(clause: str) -> bool:
    """Whether a clause only vents a feeling ("kecewa bgt sm pemkab": at whom, after it) or pleads ("tolong dong")."""
    said = [ABBREVIATIONS.get(word, word) for word in _words(clause)]
    felt = False
    for word in said:
        if word in AT_WHOM and felt:
            return True
        if word not in OUTBURST_WORDS:
            return False
        felt = felt or word in FEELINGS | EXCLAMATIONS | PLEAS
    return felt


_ATTACHED_OR_POINTING = ATTACHED | POINTING_WORDS
# A clause saying only that another matter follows ("Satu lagi pak,", "oh iya ada lagi bu:", "terus satu lagi min,")
ONE_MORE = frozenset({"lagi", "selanjutnya", "berikutnya", "satunya"})
ONE_MORE_WORDS = ONE_MORE | frozenset("""satu ada hal oh iya ya eh terus trus juga sama lalu kemudian nih pak bu min kak
    mas mbak bang gan""".split())
ONE_MORE_MAX_WORDS = 6
# A clause saying on whose behalf one writes ("Atas nama tetangga saya bu Sumiati,", "Saya mewakili warga RT 03,"):
# who tells, not what happened; one that denies something ("Atas nama ibu saya tidak terdaftar") tells the problem
BEHALF_OPENERS = frozenset({"saya", "sy", "kami", "aku", "ini", "mohon", "izin", "ijin"})
BEHALF_DENIED = frozenset("tidak tdk belum blm gak ga nggak enggak bukan salah".split())
BEHALF_MAX_WORDS = 10
ON_BEHALF_VERBS = frozenset({"mewakili", "wakili", "wakilin", "ngewakilin", "mewakilin", "mewakilkan"})


def _one_more(clause: str) -> bool:
    """Whether a clause only says another matter follows ("Satu lagi pak,"; not "Satu lagi lampu mati,")."""
    said = _words(clause)
    return 0 < len(said) <= ONE_MORE_MAX_WORDS and bool(set(said) & ONE_MORE) and set(said) <= ONE_MORE_WORDS


def _on_behalf(clause: str) -> bool:
    """Whether a clause only says on whose behalf one writes ("Atas nama tetangga saya bu sumiati,")."""
    said = _words(clause)
    at = next((i for i, w in enumerate(said) if w not in BEHALF_OPENERS), len(said))
    opened = said[at:at + 2] == ["atas", "nama"] or said[at] in ON_BEHALF_VERBS if at < len(said) else False
    return opened and len(said) <= BEHALF_MAX_WORDS and not set(said) & BEHALF_DENIED


def _points_at_attachment(clause: str) -> bool:
    """Whether a clause only points at a photo or video sent with it ("ini fotonya pak"; not "ini foto jalan")."""
    if not ATTACHED_TYPED.search(clause):  # cheap first: most clauses name no photo
        return False
    said = [_REDUPLICATED_OR_NYA.sub("", word) or word for word in _words(clause)]
    return any(word in ATTACHED for word in said) and all(word in _ATTACHED_OR_POINTING for word in said)


BRACKETS = {")": "(", "]": "["}


def _balanced(text: str) -> str:
    """The text without brackets that close nothing or are never closed (a title is shown in brackets: "LPR-1
    (Ceritanya … terlampir.))" read badly), capitalised again when a bracket opened it."""
    kept, opened = list(text), []
    for index, char in enumerate(text):
        if char in "([":
            opened.append(index)
        elif char in BRACKETS:
            if opened and text[opened[-1]] == BRACKETS[char]:
                opened.pop()
            else:
                kept[index] = ""
    for index in opened:
        kept[index] = ""
    result = " ".join("".join(kept).split())
    return result[:1].upper() + result[1:] if result != text and text[:1] in "([" else result


SENTENCE_END = re.compile(r"([.!?])\s")
# A period after a short word or a usual address abbreviation ("gg.", "Jl.", "No.", "Kec.") ends no sentence.
ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[A-Za-z]{1,3}|jln|kec|kel|kab|dsn|prov|perum)$", re.IGNORECASE)


def _first_sentence(text: str) -> str:
    """The text up to the end of its first sentence at least 15 characters long (the whole text without one)."""
    for end in SENTENCE_END.finditer(text):
        head = text[:end.start()]
        if len(head) >= 15 and not (end.group(1) == "." and ABBREVIATION.search(head)):
            return head
    return text


def newest(session: Session, limit: int) -> list[Complaint]:
    """The `limit` complaints filed last (duplicates merged into another left out), newest first."""
    return list(session.scalars(select(Complaint).where(Complaint.parent_id.is_(None))
                                .order_by(Complaint.id.desc()).limit(limit)))


def next_number(session: Session, name: str = "complaint") -> int:
    """Take the next number of a gap-free counter (the row lock serialises concurrent submissions)."""
    [row] = _TAKE_NUMBER[session.connection().dialect.name].execute(session, {"name": name})
    return row["value"]


def _take_number(dialect) -> Prepared:
    counters = Counter.__table__  # a Core statement, sent on the session's connection: no ORM execution around it
    return Prepared(bound_insert(counters, ("name",), dialect).values(value=1)
                    .on_conflict_do_update(index_elements=["name"], set_={"value": counters.c.value + 1})
                    .returning(counters.c.value))


_TAKE_NUMBER = per_dialect(_take_number)  # one statement per dialect, built once: every complaint filed runs it


def submit(session: Session, citizen: Contact, draft: Draft, now: datetime, region=None) -> Complaint:
    """File a complete draft as a new complaint awaiting verification (its verification ladder starts).

    Written by Core statements on the session's connection (filing is a step of the webhook, and the unit of work
    cost more than the statements it sent), doing what a flush of the new complaint did: the complaint, placed in
    its district by its own INSERT (`lapor.facts` places one added through the ORM by an UPDATE after the flush),
    its FILED timeline entry and its media. The complaint returned is the session's, with those loaded.
    """
    if draft.missing() or draft.kind not in KINDS or draft.privacy not in PRIVACY:
        raise ValueError(f"draft incomplete: {draft.missing()}")
    from lapor.ladders import first_verification_rung  # ladders builds on this module

    story = as_filed(draft, citizen)
    [row] = _filing(session.info.get("districts", ())).execute(session, {
        "number": next_number(session), "citizen_id": citizen.id, "kind": draft.kind,
        "title": make_title(story), "description": story[:MAX_DESCRIPTION_CHARS],
        "location_text": (place_as_filed(draft, citizen) or "")[:500], "latitude": draft.latitude,
        "longitude": draft.longitude,
        "privacy": draft.privacy, "status": NEW, "reporter_name": citizen.display_name, "created_at": now,
        "updated_at": now, "verify_rung": 0,
        "verify_next_at": None if region is None else first_verification_rung(now, region)})
    complaint = loaded(session, Complaint, row)
    [entry] = _FILED_ENTRY.execute(session, {"complaint_id": complaint.id, "at": now, "event": Event.FILED,
                                             "status_to": NEW, "actor_id": citizen.id, "media": []})
    photos = [{"complaint_id": complaint.id, "url": p["url"], "content_type": p["content_type"]}
              for p in draft.photos[:MAX_PHOTOS]]
    media = session.connection().execute(_MEDIA, photos).all() if photos else []
    set_committed_value(complaint, "citizen", citizen)
    set_committed_value(complaint, "timeline", [loaded(session, TimelineEntry, entry)])
    set_committed_value(complaint, "media", [loaded(session, ComplaintMedia, item) for item in media])
    publish(session, ComplaintSubmitted(complaint.id, now))
    return complaint


FILED_COLUMNS = ("number", "citizen_id", "kind", "title", "description", "location_text", "latitude", "longitude",
                 "privacy", "status", "reporter_name", "created_at", "updated_at", "verify_rung", "verify_next_at")


@lru_cache(maxsize=4)  # built once per region's districts: the CASE has a branch per district name and alias
def _filing(districts: tuple[District, ...]):
    """INSERT of a new complaint (parameters: FILED_COLUMNS), placed in its district, returning the whole row."""
    complaints = Complaint.__table__
    values = bound_values(complaints, FILED_COLUMNS)
    place = district_of(districts, values["location_text"], values["latitude"], values["longitude"])
    return Prepared(complaints.insert().values(**values, district=place).returning(*complaints.c))


# The FILED entry's INSERT on the driver's cursor (`Prepared`): SQLAlchemy's execution around it cost as much as the
# complaint's own INSERT. Its `media` is given ([], the column's default, a new list per row, which `Prepared`
# leaves to SQLAlchemy), `public` is the column's default.
_ENTRIES = TimelineEntry.__table__
_FILED_ENTRY = Prepared(bound_insert(_ENTRIES, ("complaint_id", "at", "event", "status_to", "actor_id", "media"))
                        .returning(*_ENTRIES.c))
_MEDIA = ComplaintMedia.__table__.insert().returning(*ComplaintMedia.__table__.c, sort_by_parameter_order=True)


def change_status(session: Session, complaint: Complaint, new: str, now: datetime, *,
                  actor: Contact | None = None, text: str | None = None, event: str = Event.STATUS,
                  public: bool = True, region: Region | None = None) -> TimelineEntry:
    """Move a complaint to `new` if the lifecycle allows it, with a timeline entry.

    Leaving tertunda lifts the questions it waited for; the ladders they paused start a fresh round, which
    needs the `region` unless the complaint is archived. Finishing or archiving lapses the questions still
    unanswered: an archived complaint asks nothing more, and one reopened after it asks afresh, never what it went
    on without.
    """
    old = complaint.status
    if new not in TRANSITIONS.get(old, set()):
        raise LifecycleError(f"{complaint.reference}: {old} → {new} is not allowed")
    lifted = holding_questions(session, complaint) if old == ON_HOLD else []
    for question in lifted:  # whoever moves it on, it no longer waits: the open questions stop holding it
        question.lifted_at = now
    if lifted and new != ARCHIVED and region is None:
        raise ValueError(f"{complaint.reference}: leaving {ON_HOLD} restarts ladders; pass the region")
    if new in (DONE, ARCHIVED):
        _lapse_questions(session, complaint, now)
    complaint.status, complaint.updated_at = new, now
    complaint.finished_at = now if new == DONE else None
    entry = TimelineEntry(at=now, event=event, status_from=old, status_to=new,
                          actor_id=actor and actor.id, text=text, public=public)
    complaint.timeline.append(entry)
    session.flush()
    if lifted and new != ARCHIVED:
        from lapor.ladders import resume_after_questions  # ladders builds on this module

        resume_after_questions(session, complaint, lifted, now, region)
    publish(session, StatusChanged(complaint.id, old, new, now))
    return entry


def _lapse_questions(session: Session, complaint: Complaint, now: datetime) -> None:
    """The complaint's unanswered questions lapse: an answer no longer reaches anyone, now or after a reopen."""
    for question in session.scalars(select(Question).where(Question.complaint_id == complaint.id,
                                                           Question.answered_at.is_(None))):
        question.answered_at = now


def holding_questions(session: Session, complaint: Complaint) -> list[Question]:
    """The questions the complaint waits (tertunda) for: unanswered and not lifted, oldest first.

    A question the complaint went on without (`lifted_at`) no longer holds it, but its answer is still relayed.
    """
    return list(session.scalars(select(Question).where(
        Question.complaint_id == complaint.id, Question.answered_at.is_(None), Question.lifted_at.is_(None))
        .order_by(Question.id)))


def rate(session: Session, complaint: Complaint, score: int, now: datetime, comment: str | None = None) -> None:
    """Store the citizen's rating (1–5) of a finished complaint."""
    if not 1 <= score <= 5:
        raise ValueError("score must be 1–5")
    _still_finished(session, complaint)
    comment = as_agencies_read(complaint, comment)
    complaint.rating, complaint.rating_comment = score, comment
    if score not in UNSATISFIED_SCORES:  # a satisfied citizen closes the complaint for good
        complaint.closed_at, complaint.autoclose_at = now, None
    complaint.timeline.append(TimelineEntry(at=now, event=Event.RATING, text=comment, actor_id=complaint.citizen_id,
                                            status_from=DONE, status_to=DONE))
    session.flush()
    publish(session, ComplaintRated(complaint.id, score, now))


LATE_RATING_DAYS = 30  # a rating typed this long after its complaint was closed unrated is still its rating


def closed_unrated(session: Session, citizen: Contact, now: datetime) -> Complaint | None:
    """The citizen's newest complaint closed for good with no rating (no reaction in time) in the last
    LATE_RATING_DAYS, when none of theirs is finished and still waiting for its rating; else None."""
    mine = citizen_complaints(session, citizen, limit=5)
    if any(c.status == DONE and c.closed_at is None for c in mine):
        return None
    return next((c for c in mine if c.status == DONE and c.closed_at is not None and c.rating is None
                 and now - c.closed_at <= timedelta(days=LATE_RATING_DAYS)), None)


def rate_late(session: Session, complaint: Complaint, score: int, now: datetime, comment: str | None = None) -> None:
    """Store a rating typed after the complaint was closed for good with none: it stays closed (a low one cannot
    reopen it any more)."""
    if not 1 <= score <= 5 or complaint.closed_at is None or complaint.rating is not None:
        raise ValueError(f"{complaint.reference} takes no late rating")
    comment = as_agencies_read(complaint, comment) or None
    complaint.rating, complaint.rating_comment = score, comment
    complaint.timeline.append(TimelineEntry(at=now, event=Event.RATING, text=comment, actor_id=complaint.citizen_id,
                                            status_from=DONE, status_to=DONE))
    session.flush()
    publish(session, ComplaintRated(complaint.id, score, now))


RERATE_WINDOW = timedelta(hours=1)  # a satisfied rating this fresh is corrected by a score typed after it


def rated_just_now(session: Session, citizen: Contact, now: datetime) -> Complaint | None:
    """The citizen's complaint closed by a satisfied rating in the last RERATE_WINDOW, if any."""
    return next((c for c in citizen_complaints(session, citizen, limit=5)
                 if c.status == DONE and c.rating is not None and c.rating not in UNSATISFIED_SCORES
                 and c.closed_at is not None and now - c.closed_at <= RERATE_WINDOW), None)


def rerate(session: Session, complaint: Complaint, score: int, now: datetime, comment: str | None = None) -> None:
    """Replace a fresh satisfied rating with the satisfied score the citizen typed after it ("makasih" read as 4,
    then "5"): the complaint stays closed, its comment kept unless a new one came with the score."""
    if score in UNSATISFIED_SCORES or not 1 <= score <= 5 or complaint.rating is None:
        raise ValueError(f"{complaint.reference} takes no corrected rating {score}")
    comment = as_agencies_read(complaint, comment) or complaint.rating_comment
    complaint.rating, complaint.rating_comment = score, comment
    complaint.timeline.append(TimelineEntry(at=now, event=Event.RATING, text=comment, actor_id=complaint.citizen_id,
                                            status_from=DONE, status_to=DONE))
    session.flush()
    publish(session, ComplaintRated(complaint.id, score, now))


def protect_reporter(session: Session, complaint: Complaint, privacy: str, now: datetime) -> bool:
    """The citizen asks for more privacy after filing (biasa → rahasia → anonim, never less): the complaint's
    privacy is raised, the timeline notes it (staff only), and PrivacyTightened has what is not sent yet written
    again. False when it already protects as much."""
    if PRIVACY.index(privacy) <= PRIVACY.index(complaint.privacy):
        return False
    old, complaint.privacy, complaint.updated_at = complaint.privacy, privacy, now
    unname_stored(session, complaint)  # what is not sent yet, and agencies' pages and STATUS, show it unnamed
    complaint.timeline.append(TimelineEntry(at=now, event=Event.PROTECTED, public=False, actor_id=complaint.citizen_id,
                                            status_from=complaint.status, status_to=complaint.status,
                                            text=note(session, "note_protected", old=old, new=privacy)))
    session.flush()
    publish(session, PrivacyTightened(complaint.id, now))
    return True


def unname_stored(session: Session, complaint: Complaint) -> list[str]:
    """Mask an anonim complaint's stored texts that agencies read with today's rules (docs/privacy.md): its story
    (and the title cut from it), place and rating comment, what its reporter wrote since (additions, answers,
    reasons, comments), what verifiers asked them and why they took a disposition back (TARIK: its reason and
    the history's note, `as_verifier_wrote`). Returns the names of the fields that changed, never their text
    (`flask lapor remask` reports them); [] for another privacy."""
    if complaint.privacy != "anonim":
        return []
    changed = []

    def masked(field: str, old: str | None, new: str | None) -> str | None:
        if new != old:
            changed.append(field)
        return new

    story = complaint.description or ""
    complaint.description = masked("description", complaint.description,
                                   as_agencies_read(complaint, complaint.description))
    if complaint.description and "description" in changed:
        complaint.title = masked("title", complaint.title, make_title(complaint.description))
    complaint.location_text = masked("location_text", complaint.location_text, _place_unnamed(
        complaint, story))
    complaint.rating_comment = masked("rating_comment", complaint.rating_comment,
                                      as_agencies_read(complaint, complaint.rating_comment))
    _unname_history(session, complaint, masked)
    for question in session.scalars(select(Question).where(Question.complaint_id == complaint.id,
                                                           Question.answer.is_not(None))):
        question.answer = masked("answers", question.answer, as_agencies_read(complaint, question.answer))
    return list(dict.fromkeys(changed))


# What a verifier wrote that the history keeps for agencies: a TUNDA question, a take-back's note (TARIK), an
# archive's reason (ARSIPKAN)
VERIFIER_WRITES = frozenset({Event.QUESTION, Event.STATUS, Event.ARCHIVED})


def _unname_history(session: Session, complaint: Complaint, masked) -> None:
    """`unname_stored` of the timeline (the reporter's texts, the verifiers') and of the reasons the verifiers took
    dispositions back with (TARIK), which every agency on the complaint reads in its dispositions table."""
    verifiers = _verifier_ids(session)
    for entry in complaint.timeline:
        if entry.actor_id == complaint.citizen_id and entry.event in CITIZEN_EVENTS:
            entry.text = masked("timeline", entry.text, as_agencies_read(complaint, entry.text))
        elif entry.event in VERIFIER_WRITES and entry.actor_id in verifiers and entry.text:
            entry.text = masked("timeline", entry.text, as_verifier_wrote(complaint, entry.text))
    for disposition in complaint.dispositions:
        if disposition.status == DispositionStatus.WITHDRAWN and disposition.return_reason:
            disposition.return_reason = masked("return_reason", disposition.return_reason,
                                               as_verifier_wrote(complaint, disposition.return_reason))


def _verifier_ids(session: Session) -> set[int]:
    """The ids of the verifiers, read once per session (a run over many complaints asks for each)."""
    key = ("complaints.verifier_ids",)
    if key not in session.info:
        session.info[key] = set(session.scalars(select(Contact.id).where(Contact.role == Role.VERIFIER)))
    return session.info[key]


def add_comment(session: Session, complaint: Complaint, comment: str, now: datetime,
                media: list[dict] | None = None) -> None:
    """Attach the citizen's comment (and the photos or voice notes that came with it) to their rating."""
    comment = as_agencies_read(complaint, comment)
    complaint.rating_comment = comment[:2000]
    complaint.timeline.append(TimelineEntry(at=now, event=Event.COMMENT, text=comment[:2000],
                                            actor_id=complaint.citizen_id, media=media or None))


def reopen(session: Session, complaint: Complaint, reason: str, now: datetime, media: list[dict] | None = None) -> None:
    """Reopen a finished complaint because the citizen is not satisfied, keeping the whole history.

    The low rating stays on record (the next finish asks again and the new rating replaces it).
    """
    _still_finished(session, complaint)
    if complaint.closed_at is not None:
        raise LifecycleError(f"{complaint.reference} is closed for good")
    complaint.autoclose_at = None
    reason = as_agencies_read(complaint, reason)
    entry = change_status(session, complaint, IN_PROGRESS, now, actor=complaint.citizen, text=reason[:2000],
                          event=Event.REOPENED)
    entry.media = list(media or [])


def _still_finished(session: Session, complaint: Complaint) -> None:
    """Lock the complaint for a change and check, as it is once locked, that it is still finished: a change
    committed meanwhile (an auto-close, an agency) is seen, never overwritten."""
    if for_change(session, select(Complaint).where(Complaint.id == complaint.id)) is not complaint:
        raise LifecycleError(f"{complaint.reference} is gone")
    if complaint.status != DONE:
        raise LifecycleError(f"{complaint.reference} is not finished")


def merged_into(session: Session, complaint: Complaint) -> list[Complaint]:
    """The duplicates merged into this complaint (GABUNG), by number: their reporters hear its answers too."""
    query = select(Complaint).where(Complaint.parent_id == complaint.id).order_by(Complaint.number)
    return list(session.scalars(query))


def by_number(session: Session, number: int, *, lock: bool = False) -> Complaint | None:
    """The complaint LPR-<number>, if any; `lock` to change it (see `for_change`). A number beyond the column's
    32-bit range (typed in an address or a command) is simply not found."""
    if not 0 < number <= LARGEST_NUMBER:
        return None
    query = select(Complaint).where(Complaint.number == number)
    return for_change(session, query) if lock else session.scalars(query).one_or_none()


def for_change(session: Session, query: Select) -> Complaint | None:
    """The complaint `query` selects, locked for a change, as it is once locked; None if there is none.

    Its citizen's contact row is locked first, then the complaint's: the one lock order of every change to a
    complaint, by a citizen, staff, the bridge or a scheduled job. A citizen's own message takes the same
    locks in the same order (the contact when it arrives, the complaint when it changes it), so changes to a
    complaint and to its citizen's conversation run one at a time, each seeing what the one before did
    (PostgreSQL; SQLite serialises writers anyway). Without the complaint's lock, two agencies' final answers
    at the same instant each see the other's disposition still open and neither finishes the complaint;
    without the citizen's, an officer's question and the step a citizen's message just saved overwrite each other,
    and an auto-close commits under a 'tidak puas' that read the complaint still open.

    The query's conditions are checked again once the locks are held: None when the complaint no longer meets
    them. (A scheduled job locks a batch the same way, skipping what is locked: `ladders.autoclose_due`.)
    """
    target = session.execute(query.with_only_columns(Complaint.id, Complaint.citizen_id)).first()
    if target is None:
        return None
    if target.citizen_id is not None:
        lock_contact(session, target.citizen_id)
    return session.scalars(query.where(Complaint.id == target.id).with_for_update()
                           .execution_options(populate_existing=True)).one_or_none()


LARGEST_NUMBER = 2**31 - 1  # complaints.number is a 32-bit integer column
IN_CHUNK = 1000  # values per IN (…) list: SQLite and the drivers limit the parameters of one statement


def _chunks(values: list) -> list[list]:
    return [values[start:start + IN_CHUNK] for start in range(0, len(values), IN_CHUNK)]


def ids_where(session: Session, column, values: Iterable) -> list[int]:
    """The ids of the complaints whose `column` (number, tracking ID) is one of `values`, however many."""
    return [complaint_id for chunk in _chunks(sorted(set(values)))
            for complaint_id in session.scalars(select(Complaint.id).where(column.in_(chunk)))]


def for_change_all(session: Session, ids: Iterable[int]) -> list[Complaint]:
    """The complaints with these ids, locked for one change that touches them all (a merge, an import), as they are
    once locked: every citizen's contact first, then every complaint, each in id order, so that two such changes
    naming the same complaints in another order wait for each other instead of deadlocking."""
    chunks = _chunks(sorted(set(ids)))
    citizens = {citizen_id for chunk in chunks for citizen_id in session.scalars(
        select(Complaint.citizen_id).where(Complaint.id.in_(chunk), Complaint.citizen_id.is_not(None)))}
    for contact_id in sorted(citizens):
        lock_contact(session, contact_id)
    return [complaint for chunk in chunks for complaint in session.scalars(
        select(Complaint).where(Complaint.id.in_(chunk)).order_by(Complaint.id).with_for_update()
        .execution_options(populate_existing=True))]


def lock_contact(session: Session, contact_id: int) -> None:
    """Hold a contact's row until the transaction ends: the lock their own messages are handled under."""
    session.execute(select(Contact.id).where(Contact.id == contact_id).with_for_update())


def citizen_complaints(session: Session, citizen: Contact, limit: int = 5, following: bool = False) -> list[Complaint]:
    """The citizen's own complaints (and, `following`, those they follow while they are public: to read, never to
    rate), newest first."""
    mine = Complaint.citizen_id == citizen.id
    followed = and_(Complaint.id.in_(followed_ids(citizen)), Complaint.privacy == "biasa")
    return list(session.scalars(select(Complaint).where(or_(mine, followed) if following else mine)
        .order_by(Complaint.created_at.desc(), Complaint.id.desc()).limit(limit)))


def filed_from(session: Session, phone: str, limit: int = 20) -> list[Complaint]:
    """The complaints filed from a number (E.164), newest first: none when it filed none or is unknown."""
    return list(session.scalars(select(Complaint).join(Contact, Complaint.citizen_id == Contact.id)
                                .where(Contact.phone == phone)
                                .order_by(Complaint.created_at.desc(), Complaint.id.desc()).limit(limit)))


def citizen_complaint(session: Session, citizen: Contact, number: int) -> Complaint | None:
    """A complaint the citizen may see by number: their own, one their duplicate was merged into, or one they follow
    while it is public (`biasa`)."""
    complaint = by_number(session, number)
    if complaint is None or complaint.citizen_id == citizen.id:
        return complaint
    merged = select(Complaint.id).where(Complaint.parent_id == complaint.id)
    related = select(Complaint.id).where(Complaint.parent_id == complaint.id, Complaint.citizen_id == citizen.id)
    if complaint.privacy == "biasa":
        related = related.union(followed_ids(citizen).where(or_(ComplaintFollower.complaint_id == complaint.id,
                                                                ComplaintFollower.complaint_id.in_(merged))))
    return complaint if session.scalar(related.limit(1)) is not None else None


def can_follow(citizen: Contact, complaint: Complaint) -> bool:
    """Only someone else's public (`biasa`), open, unmerged complaint can be followed."""
    return (complaint.privacy == "biasa" and complaint.status in OPEN_STATUSES and complaint.parent_id is None
            and complaint.citizen_id != citizen.id)


def follow(session: Session, citizen: Contact, complaint: Complaint, now: datetime) -> None:
    """Make the citizen a follower: they hear of the complaint's dispositions and follow-ups (idempotent)."""
    if not can_follow(citizen, complaint):
        raise ValueError(f"{complaint.reference} cannot be followed")
    session.execute(upsert_insert(session, ComplaintFollower).values(
        complaint_id=complaint.id, contact_id=citizen.id, created_at=now).on_conflict_do_nothing())


def followed_ids(citizen: Contact | ColumnElement[int]):
    """SELECT of the ids of the complaints the citizen follows (`citizen`: a contact, or a bound parameter that
    will hold their id)."""
    citizen_id = citizen.id if isinstance(citizen, Contact) else citizen
    return select(ComplaintFollower.complaint_id).where(ComplaintFollower.contact_id == citizen_id)


CITIZEN_REPLIES = (Event.CITIZEN_ANSWER, Event.REOPENED)  # the citizen's answer to a question, reason to reopen
# What the citizen wrote: never news to themselves
CITIZEN_EVENTS = (Event.RATING, Event.COMMENT, Event.EVIDENCE, Event.WITHDRAWAL, *CITIZEN_REPLIES)


def withdrawal_waiting(complaint: Complaint) -> TimelineEntry | None:
    """The citizen's wish to withdraw their open complaint that staff have not acted on yet (nothing the citizen may
    see came after it: an answer, a change of status), or None."""
    if complaint.status not in OPEN_STATUSES:
        return None
    for entry in reversed(complaint.timeline):
        if entry.event == Event.WITHDRAWAL:
            return entry
        if entry.public:
            return None
    return None


def latest_public_entry(complaint: Complaint) -> TimelineEntry | None:
    """The newest timeline entry with text that the complaint's own citizen may see (a follow-up, a question), never
    their own rating, comment or addition."""
    shown = [entry for entry in complaint.timeline
             if entry.public and entry.text and entry.event not in CITIZEN_EVENTS]
    return shown[-1] if shown else None


# A disposition the agency no longer holds because the complaint went elsewhere: its news is no longer the latest word
LEFT = (DispositionStatus.RETURNED, DispositionStatus.WITHDRAWN)


def moved_to(complaint: Complaint, entry: TimelineEntry | None) -> list[Disposition]:
    """The dispositions a complaint went on to after the agency that wrote `entry` (its latest public news) let it go
    (returned it, or had it taken back): newer dispositions it still holds; [] when it did not move (or `entry` is
    no agency's news)."""
    left = next((d for d in complaint.dispositions if entry is not None and d.id == entry.disposition_id), None)
    if left is None or left.status not in LEFT:
        return []
    return [d for d in complaint.dispositions if d.status not in LEFT and d.created_at >= entry.at]


def claim_from_new_number(session: Session, complaint: Complaint, contact: Contact, text: str, now: datetime,
                          disputed: bool = False) -> None:
    """Someone else's number says it is the reporter of `complaint` with a new number (`disputed`: the number it was
    moved from questions the move): nothing of the complaint is shown or moved (anyone may type a reference); the
    verifiers hear of it to check and call back."""
    from lapor.events import NewNumberClaimed

    publish(session, NewNumberClaimed(complaint.id, contact.id, text[:MAX_DESCRIPTION_CHARS], now, disputed))


def move_to_number(session: Session, complaint: Complaint, phone: str, actor: Contact, now: datetime) -> Contact:
    """Move a complaint to its reporter's new number (E.164), as a verifier checked it (NOMORBARU): the number's
    contact (made when new) becomes its citizen, with the reporter's own entries; a follow of it from that number
    ends (they are its reporter now). The timeline records it for staff without either number (agencies read it)."""
    new = session.scalars(select(Contact).where(Contact.phone == phone)).one_or_none()
    if new is None:
        new = Contact(phone=phone, created_at=now)
        session.add(new)
        session.flush()
    old_id, complaint.citizen_id, complaint.updated_at = complaint.citizen_id, new.id, now
    for entry in complaint.timeline:  # "Balasan Anda" and the masks of anonymity follow the reporter
        if entry.actor_id == old_id and entry.event in CITIZEN_EVENTS:
            entry.actor_id = new.id
    for follow in session.scalars(select(ComplaintFollower).where(ComplaintFollower.complaint_id == complaint.id,
                                                                  ComplaintFollower.contact_id == new.id)):
        session.delete(follow)
    complaint.timeline.append(TimelineEntry(at=now, event=Event.NEW_NUMBER, public=False, actor_id=actor.id,
                                            status_from=complaint.status, status_to=complaint.status,
                                            text=note(session, "note_new_number")))
    session.flush()
    publish(session, ReporterMoved(complaint.id, old_id, new.id, now))
    return new


def add_evidence(session: Session, complaint: Complaint, text: str, now: datetime,
                 media: list[dict] | None = None, withdrawal: bool = False) -> TimelineEntry:
    """Add the citizen's statement or evidence to their open complaint (the agencies handling it hear of it);
    `withdrawal`: the statement asks for the complaint to be withdrawn (a step of its own, `withdrawal_waiting`)."""
    if complaint.status not in OPEN_STATUSES:
        raise LifecycleError(f"{complaint.reference} is {complaint.status}")
    text = as_agencies_read(complaint, text)
    entry = TimelineEntry(at=now, event=Event.WITHDRAWAL if withdrawal else Event.EVIDENCE,
                          text=text[:MAX_DESCRIPTION_CHARS], public=False, actor_id=complaint.citizen_id)
    entry.media = list(media or [])
    complaint.timeline.append(entry)
    complaint.updated_at = now
    session.flush()
    publish(session, EvidenceAdded(complaint.id, entry.text, now, tuple(media or ()), withdrawal))
    return entry


# What the agencies wrote: all that someone other than the reporter may read of a complaint's timeline (never the
# reporter's answers, comments or reasons for reopening).
AGENCY_EVENTS = (Event.FOLLOW_UP, Event.FINAL_ANSWER, Event.FINISHED)


def latest_reply_of_citizen(complaint: Complaint) -> TimelineEntry | None:
    """The newest answer to a question or reason for reopening the complaint's citizen gave; an answer given in
    several parts (`lapor.dispositions.add_to_answer`) whole, as of its last part."""
    entries = [entry for entry in complaint.timeline if entry.text]
    last = next((i for i in range(len(entries) - 1, -1, -1) if entries[i].event in CITIZEN_REPLIES), None)
    if last is None:
        return None
    first = last
    answer = entries[last].event == Event.CITIZEN_ANSWER
    while answer and first > 0 and entries[first - 1].event == Event.CITIZEN_ANSWER:
        first -= 1
    if first == last:
        return entries[last]
    return TimelineEntry(at=entries[last].at, event=entries[last].event,
                         text="\n".join(entry.text for entry in entries[first:last + 1]))


def latest_agency_entry(complaint: Complaint) -> TimelineEntry | None:
    """The newest public follow-up, final answer or finish of the agencies, as followers may read it; after a
    reopening, an entry (not stored) saying so, without the reporter's reason."""
    shown = [entry for entry in complaint.timeline if (entry.public and entry.text and entry.event in AGENCY_EVENTS)
             or entry.event == Event.REOPENED]
    if shown and shown[-1].event == Event.REOPENED:
        session = Session.object_session(complaint)
        return TimelineEntry(at=shown[-1].at, event=Event.REOPENED, public=True,
                             text=note(session, "note_reopened_public"))
    return shown[-1] if shown else None
