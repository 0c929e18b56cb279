"""What may leave the region: no national ID number (NIK) ever, no identity of an anonymous reporter."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import phonenumbers

# A NIK (and a KK number, the same shape) is 16 digits, typed in any grouping: "3527 0123 4567 8901",
# "3527-0123-4567-8901", with no-break or double spaces, slashes, underscores, en dashes, zero-width spaces, line
# breaks, in full-width or Arabic-Indic digits. So a run is digits with anything but letters between them (\d is
# any script's decimal digit, [\W_] every character that is neither letter nor digit), and every digit of a run of
# 16 digits or more is masked: a digit typed after the number does not free it (the run is cut into masks only
# where each side holds 16 digits: "A / B" reads as two masks). Privacy first: two phone numbers or amounts with
# only punctuation between them are masked too; one phone number (10-13 digits) stays. Only a run made of nothing
# but dates (12/10/2026, 2026-10-12) and clock times (08:15, 08.15) is left alone: dates side by side are common,
# and a NIK typed as two valid dates is a grouping nobody uses. Letters end a run, so a digit spelt as a letter
# ("352O") is not caught. See docs/privacy.md.
NUMBER_RUN = re.compile(r"\d(?:[\W_]*\d)*")
NIK_DIGITS = 16
_DATE = re.compile(r"(?<!\d)(?:(\d{1,2})([./-])(\d{1,2})\2(?:19|20)\d\d"  # 12/10/2026
                   r"|(?:19|20)\d\d([./-])(\d{1,2})\4(\d{1,2}))(?!\d)")  # 2026-10-12
_TIME = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)")
NIK_MASK = "[NIK disembunyikan]"
CONFIDENTIAL_MARK = "[RAHASIA - jangan dipublikasikan] "


OWN_NUMBER_MASK = "[nomor pelapor disembunyikan]"
PHONE_PREFIX_DIGITS = 3  # what may come before a number's subscriber digits: "0", "62", "062"


def strip_own_number(text: str, phone: str | None) -> str:
    """Replace the reporter's own number, however typed ("0812-3456-7890", "+62 812 3456 7890"), with a mask: an
    anonymous reporter's number is for the verifier only, who has it anyway."""
    subscriber = (phone or "").removeprefix("+62")
    if not subscriber.isdigit() or len(subscriber) < 8:
        return text

    def mask(match: re.Match) -> str:
        digits = "".join(ch for ch in match.group() if ch.isdigit())
        own = digits.endswith(subscriber) and len(digits) - len(subscriber) <= PHONE_PREFIX_DIGITS
        if not own:
            return match.group()
        typed = match.group()  # "(0812) 3456…" masked whole; "(0812 3456 7890)" keeps its brackets
        return "(" + OWN_NUMBER_MASK if typed.startswith("(") and ")" not in typed else OWN_NUMBER_MASK

    return re.sub(r"\(?\+?" + NUMBER_RUN.pattern, mask, text)


IDENTITY_MASK = "[identitas pelapor disembunyikan]"
# Who an anonymous reporter says they are, in any of the ways people introduce themselves: "saya Budi dari RT 3",
# "nama saya …", "perkenalkan saya pak Slamet warga …", "kulo mbah Darmi saking …", "my name is …". A naming mark
# ("nama saya", "perkenalkan", "my name is") or an address ("saya pak …", "sy mbah …") is always followed by a name;
# a bare "saya X" only when X is a word of the reporter's WhatsApp name, is capitalised in a text that is not all
# capitals, or is followed by where the person lives ("dari RT 3", "warga …"): "saya kecewa dari awal" names nobody.
_INTRO_MARK = re.compile(
    r"(?<![\w])(?:(?P<naming>nama\s*(?:saya|sy|aku|ku|gue|gw|kulo|abdi)|namaku|namaq|perkenalkan|kenalkan|kenalin|"
    r"my\s+name\s+is|nami\s+(?:kulo|abdi))|saya|sya|sy|aku|ak|kulo|kula|abdi|engkok|ane|gue|gw|i\s+am|i'm|im)"
    r"(?:[\s,:]+(?:adalah|bernama|nama|namanya|saya|sy|aku|gue|gw|is|ini|iki|niki))*[\s,:]+", re.IGNORECASE)
_ADDRESSES = frozenset("pak bapak bpk bu ibu ibuk bu mbah mas mbak kak bang abang teh kang cak ning neng mpok "
                       "uda uni daeng om tante mr mrs ms haji hj h".split())
_LIVES = frozenset("dari dr asal warga penduduk saking tinggal domisili from".split())
_PLACE_START = frozenset("rt rw desa ds dusun dsn kampung kp dukuh gang gg perum blok jl jalan kel kelurahan kec "
                         "lingkungan lingk rumah".split())
# Words after "saya" that are no name ("saya sudah lapor", "saya juga warga", "saya ibu rumah tangga"), and ones
# that end an introduction's place ("… dari RT 3 mau nambahin").
_NO_NAME = frozenset("""sudah udah udh sdh sudh telah belum blm mau mo ingin pengen pingin hendak akan bisa
    juga jg sendiri cuma hanya kan ini itu yang yg adalah sebagai selaku tinggal dari warga asal penduduk sangat
    kecewa senang minta mohon tolong izin ijin lapor melapor melaporkan mengadu nambah nambahin tambah menambahkan
    punya pny ada ga gak nggak tidak tdk ndak bukan lagi lg masih msh baru br kemarin tadi dulu sering selalu tiap
    rumah guru petani pedagang nelayan orang orangtua ortu anak pengguna pemilik salah satu seorang
    lihat liat tahu tau dengar denger kira rasa pikir harap berharap butuh perlu setuju heran bingung
    gamau gakmau gamao ogah emoh moh mboten ora purun embung hoream males malas""".split())
_INTRO_END = frozenset("""mau mo ingin pengen pingin hendak mohon minta tolong izin ijin melaporkan lapor mengadu
    menambahkan nambahin nambah tambah mengabarkan kabarkan badhe hoyong arep terro would want""".split())
# Words that stand between "saya" and a wish without naming anyone ("sy baru mau nambahin", "saya pusing, mau
# tanya", "aku cuma mau nanya", "makasih pak, saya tunggu"): a lowercase word that is none of these, there, is a name
_NOT_NAMES = frozenset("""sebenarnya sebetulnya pribadi sekarang skrg td cm cuman sekedar sekadar pun sih nih tuh kok
    deh dong lupa ingat inget kembali akhirnya disini disitu kali ya sempat jadi jd nanti ntar besok emang memang mmg
    justru hny hanya sangat amat betul benar kemudian lalu terus trus mungkin barangkali kayaknya sepertinya sekalian
    skalian sekali selalu pernah sdg sedang kmrn kemaren semalam tunggu nunggu menunggu coba nyoba yakin harap
    ikut pusing bingung sedih kesal kesel marah capek cape lelah takut malu heran sakit senang bahagia khawatir cemas
    resah prihatin penasaran jengkel puas terpaksa terus terusan pengin pgn rasa merasa kepikiran bermaksud berniat
    berencana terima makasih ucapkan mengucapkan sampaikan nanya tanya bertanya kirim kirimkan usul usulkan
    lapor laporkan cek mengecek ngecek lihat kesini kemari ke di pengen kangen ulang lg aja saja sj jga kurang
    paham ngerti mengerti korban pengurus anggota ketua kepala perangkat kader bidan perawat buruh karyawan pegawai
    sopir supir ojek driver pensiunan penjual pembeli peternak pengusaha tukang wali murid irt janda duda lansia
    difabel santri ustadz ustad takmir mahasiswa mahasiswi siswa pelajar pasien tetangga pelanggan nasabah marbot
    honorer pns asn satpam nakes dokter
    apa apakah siapa kapan kenapa mengapa gimana bagaimana dimana berapa harus wajib perlu mesti""".split())  # asking
# What follows "nama saya" in a wish to be unnamed ("nama sy jgn dicantumkan", "namaku ojo disebut")
_UNNAMED = frozenset("""jangan jgn jng ojo aja ulah usah rahasiakan dirahasiakan dirahasiain disamarkan disembunyikan
    dicantumkan dicantumin disebut disebutkan ditulis ditampilkan dihapus anonim rahasia""".split())
# The wish to hide said before the name's mark ("samarkan nama saya", "jgn ditulis nama sy"): a verb of hiding, or
# a negation with a verb of writing (a negation alone, "jangan lupa nama saya Budi", or writing alone, "tolong tulis
# nama saya Budi", still names)
_HIDING = frozenset("""rahasiakan dirahasiakan dirahasiain rahasiain samarkan disamarkan sembunyikan disembunyikan
    sembunyiin disembunyiin umpetin diumpetin tutupi ditutupi anonim anonimkan dianonimkan""".split())
_NEGATION = frozenset("jangan jgn jng ojo ulah usah gausah gausa ga gak nggak ngga tidak tdk ndak enggak".split())
_WRITING = frozenset("""tulis ditulis tulisin ditulisin sebut disebut sebutkan disebutkan sebutin disebutin cantumkan
    dicantumkan cantumin dicantumin tampilkan ditampilkan tampilin ditampilin kasih dikasih""".split())
_WORD = re.compile(r"[^\s,.;:!?()\[\]\"]+")
_WISH_AFTER = re.compile(r"\s*,\s*(?P<wish>\w+)|[\s.!?]*$")
_CLAUSE_END = re.compile(r"[,.;:!?()\[\]\"\n]")
_NAME_WORDS_MAX, _PLACE_WORDS_MAX = 3, 6


# An anonymous reporter's other ways of being found (docs/privacy.md): any email address but an office's (on a
# government domain: "dlh@sampangkab.go.id" stays), a number or handle they give as theirs ("hubungi saya di 0857…",
# "no wa sy …", "saya bisa dihubungi di …", "ig saya @…"; "nomor pak lurah 0857…" stays), and a name under a form's
# label ("Nama : Budi Santoso", "Pelapor: …"; "nama jalan: …" stays).
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}(?![\w-])")
_OFFICE_DOMAIN = re.compile(r"\.(?:go\.id|gov|mil\.id)$", re.IGNORECASE)
_PRONOUN = r"(?:saya|sya|sy|aku|ak|ku|gue|gw|kulo|ane|abdi)"
# A number of 8 digits or more, or a handle; then what must stand right before it for it to be the writer's. Each
# lead is looked for only before such a value, in a short window (a pattern tried at every position of a long
# story cost milliseconds).
_CONTACT_NUMBER = re.compile(r"\d(?:[\s.()/-]*\d){7,}")
_HANDLE = re.compile(r"(?<![\w@])@[\w.]{2,}")
_CONTACT_LEAD = re.compile(
    r"(?<!\w)(?:(?:no|nomor|nomer|nmr|hp|hape|wa|whatsapp|telp|telpon|telepon|tlp|kontak|hub|hubungi|ig|instagram|"
    r"fb|facebook|tiktok|twitter)\.?(?:\s+(?:hp|hape|wa|whatsapp|telp|telpon|telepon|tlp))?"
    r"(?:\s+(?:rumah|kantor|pribadi|aktif|lain))?\s*" + _PRONOUN +
    r"|" + _PRONOUN + r"\s+(?:bisa\s+|dapat\s+)?dihubungi|my\s+(?:number|phone|whatsapp|wa|instagram|ig)"
    r"|contact\s+me|call\s+me)"
    r"(?:\s*[:=,-]?\s*(?:di|ke|yaitu|yakni|adalah|is|at|ini|nya|on)\b)*\s*[:=-]?\s*\+?$", re.IGNORECASE)
_LEAD_WINDOW = 60
# ("alamat pelapor:", "no hp pelapor:" label the reporter's address or number, no name)
_LABEL = re.compile(r"(?<!\w)(?:nama(?:\s+(?:lengkap|pelapor|asli|saya))?|(?<!alamat\s)(?<!almt\s)(?<!hp\s)(?<!wa\s)"
                    r"(?<!email\s)(?<!telp\s)pelapor)\s*$", re.IGNORECASE)
_LABELLED_NAME = re.compile(r"\s*((?:[^\W\d_]{1,2}\.\s*)*[^\W\d_][^\s,.;:!?()\[\]\"]*"
                            r"(?:[ \t]+(?:[^\W\d_]{1,2}\.\s*)*[^\W\d_][^\s,.;:!?()\[\]\"]*){0,3})")


def strip_identity(text: str, phone: str | None, name: str | None, places: Iterable[str] = ()) -> str:
    """An anonymous reporter's words as agencies may read them: their own number, their WhatsApp name, the
    introductions that name them ("saya Budi dari RT 3, …"), a NIK, an email address, a number or handle given as
    theirs and a name under a form's label replaced with masks; the rest as typed. `places`: the region's own
    one-word places (its districts), read as towns are (`_is_the_place`)."""
    text = strip_nik(strip_own_number(text, phone))
    own = {w.lower() for w in _WORD.findall(name or "") if len(w) >= 3 and w.lower() not in _ADDRESSES}
    text = _strip_phones(_strip_contacts(text), phone, own)
    text = _strip_other_identifiers(_strip_introductions(text, own))
    full = [w for w in _WORD.findall(name or "") if len(w) >= 2]
    if len(full) >= 2:  # the whole WhatsApp name written anywhere ("hubungi Siti Rahma")
        text = re.sub(r"(?<!\w)" + r"[\s.]+".join(map(re.escape, full)) + r"(?!\w)", IDENTITY_MASK, text,
                      flags=re.IGNORECASE)
    return _strip_name_words(text, name, frozenset(places))


def strip_reporter(text: str, phone: str | None, name: str | None, places: Iterable[str] = ()) -> str:
    """Words a verifier wrote to an anonymous reporter ("Selamat pagi Bu Siti, …") as agencies may read them: the
    reporter's own number and every word of their WhatsApp name masked (a run of them as one mask); the rest,
    the verifier's own introduction included, as written; their other mobile numbers as in `strip_identity`."""
    own = sorted({w for w in _WORD.findall((name or "").lower()) if len(w) >= 3 and w.isalpha()
                  and w not in _ADDRESSES}, key=len, reverse=True)
    text = _strip_phones(strip_own_number(text, phone), phone, set(own))
    if not own:
        return text
    word = "(?:" + "|".join(map(re.escape, own)) + ")"
    places = frozenset(places)
    return re.sub(rf"(?<!\w){word}(?:[\s.]+{word})*(?!\w)", lambda found, s=text: found.group() if _is_the_place(
        s, found, places) else IDENTITY_MASK, text, flags=re.IGNORECASE)  # "di Jember" from Jember: the place


def _strip_contacts(text: str) -> str:
    """Mask the email addresses (but an office's), the numbers and handles given as the writer's, and the names
    under a form's label."""
    if "@" in text:
        text = _EMAIL.sub(lambda found: found.group() if _OFFICE_DOMAIN.search(found.group()) else IDENTITY_MASK,
                          text)
        text = _HANDLE.sub(lambda found: _own_contact(text, found), text)
    text = _CONTACT_NUMBER.sub(lambda found: _own_contact(text, found), text).replace("+" + OWN_NUMBER_MASK,
                                                                                      OWN_NUMBER_MASK)
    return _strip_labelled_names(text) if ":" in text else text


def _own_contact(text: str, found: re.Match) -> str:
    """A number or handle as agencies may read it: masked when the words right before it give it as the writer's
    (a number's "+" stays before its mask)."""
    if not _CONTACT_LEAD.search(text, max(0, found.start() - _LEAD_WINDOW), found.start()):
        return found.group()
    return OWN_NUMBER_MASK if found.group()[0] != "@" else IDENTITY_MASK  # "@budis88" is a handle


def _strip_labelled_names(text: str) -> str:
    """Mask the name after a form's label ("Nama : Budi Santoso", "Pelapor: …")."""
    pos, pieces = 0, []
    for colon in re.finditer(":", text):
        if colon.start() < pos or not _LABEL.search(text, max(0, colon.start() - _LEAD_WINDOW), colon.start()):
            continue
        name = _LABELLED_NAME.match(text, colon.end())
        if name is not None and name.group(1):
            pieces += [text[pos:name.start(1)], IDENTITY_MASK]
            pos = name.end(1)
    return "".join(pieces) + text[pos:]


# Phone numbers typed bare in an anonymous reporter's words (session 29: "info wa 0857 1111 2222", "+62 812-…" reached
# the agency). phonenumbers reads each run of digits: the sender's own number in any format (the country's, "0062…",
# "+62 (0)8…", a foreign one) is masked, and so is any other mobile number unless the words right before it (after
# a "ke": "kabari ke wa …" is where to reach the writer) or right after it say whose it is ("nomor pak RT …", "hotline
# PDAM …", "penipu itu pakai nomor …", "… (pak RT)"). A landline, a toll-free or service number, a house or pole
# number, an amount, a date stay unless given as the writer's (`_CONTACT_LEAD`). An anonymous reporter's stray mobile
# is theirs far more often than anyone's, and the verifier, who reads the contact, can pass on one that was not.
PHONE_MASK = "[nomor HP disembunyikan]"
PHONE_DIGITS_MIN, PHONE_DIGITS_MAX = 7, 15
# Digits with what people type between a number's groups: spaces, dots, brackets, slashes, dashes of any kind,
# invisible characters (not commas: "no 5, 0812…" is two things)
_PHONE_RUN = re.compile(r"(?<!\d)\+?\(?\d(?:[\s.()/\-\u2010-\u2015\u2212\u200b-\u200d\u2060\ufeff]{0,3}\d)*(?!\d)")
_MOBILE_SHAPE = re.compile(r"(?:\+?62|0)8\d{7,11}")  # a mobile number mistyped by a digit is still one
_MOBILE_TYPES = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
_LETTERS = re.compile(r"[^\W\d_]+")
_TOKENS = re.compile(r"[^\W_]+")
_BEFORE_CLAUSE = re.compile(r"[;!?\n]|[.,](?=\s)")
# Whose a number is, said beside it: a role, an office, a business, a scammer, a call received ("ditelpon …")
_THIRD_PARTY = frozenset("""rt rw ketua kades lurah camat kadus kasun kapolsek babinsa bhabin bhabinkamtibmas kepala
    sekdes perangkat petugas pegawai staf staff oknum sopir supir driver kurir ojol tukang mandor kontraktor pemborong
    pelaksana pengembang developer pemilik owner penjual pedagang toko warung bengkel agen pangkalan penipu penipuan
    pelaku tersangka penagih collector dc pinjol rentenir koperasi kantor dinas instansi hotline call callcenter cs
    layanan posko puskesmas rs rsud klinik sekolah pdam pln bpjs telkom polsek polres polisi damkar ambulans ambulan
    tetangga dia beliau mereka perusahaan pt cv ud yayasan bank ditelpon ditelepon ditelfon ditelp ditlp disms dichat
    diwa mengaku ngaku mengatasnamakan asing penelpon penelepon pengirim""".split())
_REACHING = frozenset("ke kesini kemari".split())  # "kabari ke wa …": the number after it is where to reach the writer


def _strip_phones(text: str, phone: str | None, name_words: set[str] = frozenset()) -> str:
    """Mask the sender's own number in any format, and every mobile number no words beside it give as someone
    else's (the reporter's own name words, `name_words`, after an address are no such words: "hubungi pak Budi
    0857…" from Budi)."""
    own = phone if (phone or "").startswith("+") else None
    text = _strip_spelt_phones(text, own, name_words)
    if sum(ch.isdigit() for ch in text) < PHONE_DIGITS_MIN:
        return text

    def mask(found: re.Match) -> str:
        run = found.group()
        span = _mobile_in(run, own)
        if span is None:
            return run
        start, end, label = span
        start -= run[start - 1:start] == "(" and ")" in run[start:end]  # "(0812) 3456…": the bracket is its own
        if label == PHONE_MASK and _someone_elses(text, found.start() + start, found.start() + end,
                                                   name_words):
            return run
        return run[:start] + label + run[end:]

    return _PHONE_RUN.sub(mask, text)


# A number spelt in words ("nol delapan lima tujuh …", in Javanese "nol wolu limo pitu …", in Madurese "… petto
# ballu …", mixed with digits: "nol 857 …") or typed half hidden ("0857xxxx1234", "0857-xxxx-xxxx", "08**-****-2222",
# "0857•••• 2222") was no run of digits, so it reached the agency (session 30). Each run of such pieces (digits,
# digit words, placeholders, a letter O for a zero) with at most a few spaces, dots, commas or dashes between them is
# read: in words, as `_mobile_in` reads digits; half hidden, as a mobile number when its shape is one (08… or +62 8…,
# 10 to 13 places) and as the reporter's own when its digits shown agree with theirs. Words beside it say whose it
# is as for digits; a landline or hotline in words, amounts, counts and dates ("dua minggu", "delapan ratus ribu",
# "80x120 cm") stay.
_DIGIT_WORDS = {word: str(digit) for digit, words in enumerate((
    "nol kosong zero nul",
    "satu siji hiji settong sittong setong one",
    "dua loro two",
    "tiga telu tilu tello telo three",
    "empat ampat papat opat empa four",
    "lima limo lema five",
    "enam enem genep nem six",
    "tujuh tuju pitu petto seven",
    "delapan dlapan lapan wolu dalapan ballu eight",
    "sembilan smbilan songo sanga salapan nine")) for word in words.split()}
_HIDDEN = "xX*•●"
_PIECE = re.compile(r"[^\s.,:;/()\-\u2010-\u2015\u2212]+")
_NUMBER_PIECE = (rf"(?:\+?(?:o(?=\d))?[\d{_HIDDEN}]++|(?:" + "|".join(sorted(_DIGIT_WORDS, key=len, reverse=True))
                 + r"))(?![^\W\d_])")
_GAP = r"[\s.,:/()\-\u2010-\u2015\u2212]{0,4}+"
_SPELT_RUN = re.compile(rf"(?<![^\W\d_]){_NUMBER_PIECE}(?:{_GAP}{_NUMBER_PIECE})*+")  # read in lowercase (faster)
_HIDDEN_SHAPE = re.compile(r"08[\d?]{8,11}")
_OPERATOR_PREFIX, _OWN_TAIL_MIN = 4, 3  # "0812": any subscriber of the operator; "…x890": theirs, if it agrees


def _strip_spelt_phones(text: str, own: str | None, name_words: set[str]) -> str:
    """Mask the mobile numbers spelt in words or typed half hidden (see above)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lowercase is longer ("İ"): each one kept as typed
        lowered = "".join(ch if len(ch.lower()) > 1 else ch.lower() for ch in text)
    pieces, pos = [], 0
    for found in _SPELT_RUN.finditer(lowered):
        if found.end() - found.start() < PHONE_DIGITS_MIN:
            continue
        run = [(piece.start(), piece.end(), *_piece_read(piece.group()))
               for piece in _PIECE.finditer(text, found.start(), found.end())]
        span = _spelt_mobile_in(run, own)
        if span is None:
            continue
        start, stop, label = span
        if label == PHONE_MASK and _someone_elses(text, start, stop, name_words):
            continue
        pieces += [text[pos:start], label]
        pos = stop
    return "".join(pieces) + text[pos:] if pieces else text


def _piece_read(piece: str) -> tuple[str, bool]:
    """A piece of a number (a digit word, digits and hidden digits) as (its digits, "?" for each hidden one;
    whether typed as digits only)."""
    word = _DIGIT_WORDS.get(piece.lower())
    if word is not None:
        return word, False
    typed = piece.lstrip("+")
    shape = "".join("?" if ch in _HIDDEN else "0" if ch in "oO" else ch for ch in typed)
    return ("+" if piece.startswith("+") else "") + shape, shape.isdigit() and typed[:1] not in "oO"


def _spelt_mobile_in(run: list[tuple[int, int, str, bool]], own: str | None) -> tuple[int, int, str] | None:
    """Where in a run of pieces a mobile number spelt or half hidden stands (its span in the text) and its mask."""
    for i in range(len(run)):
        for j in range(len(run) - 1, i - 1, -1):
            part = run[i:j + 1]
            if all(digits_only for *_, digits_only in part):
                continue  # digits alone are read by `_mobile_in`
            typed = "".join(shape for _, _, shape, _ in part)
            label = _spelt_label(typed, own)
            if label is not None:
                return part[0][0], part[-1][1], label
    return None


def _spelt_label(typed: str, own: str | None) -> str | None:
    """The mask of a number read from words or hidden digits ("+62857…", "0857????1234"), or None: no mobile."""
    if "?" not in typed:
        read = _phone_of(typed) if PHONE_DIGITS_MIN <= len(typed.lstrip("+")) <= PHONE_DIGITS_MAX else None
        if read is None or not read[1] and read[0] != own:
            return None
        return OWN_NUMBER_MASK if own is not None and read[0] == own else PHONE_MASK
    national = "0" + typed.lstrip("+").removeprefix("62") if typed.lstrip("+").startswith("62") else typed
    if typed.startswith("+") and not typed.startswith("+62"):
        return None
    if not _HIDDEN_SHAPE.fullmatch(national):
        return None
    mine = "0" + own.removeprefix("+62") if own and own.startswith("+62") else None
    if mine is not None and abs(len(mine) - len(national)) <= 1:
        head, tail = national.split("?", 1)[0], national.rsplit("?", 1)[1]
        told = len(head) > _OPERATOR_PREFIX or len(tail) >= _OWN_TAIL_MIN  # "0812xxxxxxxx" tells nobody's
        if told and mine.startswith(head) and mine.endswith(tail):
            return OWN_NUMBER_MASK
    return PHONE_MASK


def _mobile_in(run: str, own: str | None) -> tuple[int, int, str] | None:
    """Where in a run of digits the sender's own number or a mobile number stands, and its mask; None for none. A
    run may hold a house or RT number before it ("no 5 0812 …", "RT 3 0812…"): its groups are tried from each one
    on, the longest first."""
    groups = [(m.start(), m.end()) for m in re.finditer(r"\d+", run)]
    for i, (start, _) in enumerate(groups):
        start -= run[start - 1:start] == "+"  # "(" stays outside the mask: "(0857 …)" reads "([nomor …])"
        for _, end in reversed(groups[i:]):
            digits = sum(ch.isdigit() for ch in run[start:end])
            if digits < PHONE_DIGITS_MIN:
                break
            read = None if digits > PHONE_DIGITS_MAX else _phone_of(run[start:end])
            if read is not None and own is not None and read[0] == own:
                return start, end, OWN_NUMBER_MASK
            if read is not None and read[1]:
                return start, end, PHONE_MASK
    return None


def _phone_of(typed: str) -> tuple[str | None, bool] | None:
    """A typed number as (E.164, whether mobile) as phonenumbers reads it in Indonesia; (None, True) for a mobile
    number one digit off; None for no phone number."""
    digits = "".join(str(unicodedata.digit(ch)) for ch in typed if ch.isdigit())
    if typed.lstrip("(").startswith("+") or digits.startswith("62"):
        raw = "+" + digits
    else:
        raw = "+" + digits[2:] if digits.startswith("00") else digits  # "0062 812…"
    raw = "+62" + raw[4:] if raw.startswith("+620") else raw  # "+62 (0)812…"
    try:
        number = phonenumbers.parse(raw, "ID")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return (None, True) if _MOBILE_SHAPE.fullmatch(raw) else None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return e164, phonenumbers.number_type(number) in _MOBILE_TYPES


def _someone_elses(text: str, start: int, end: int, own: set[str]) -> bool:
    """Whether the words right before a number (in its clause, after a "ke") or right after it say whose it is."""
    begin = max([start - _LEAD_WINDOW, 0, *(found.end() for found in _BEFORE_CLAUSE.finditer(
        text, max(0, start - _LEAD_WINDOW), start))])
    before = _TOKENS.findall(text, begin, start)
    reached = [i for i, word in enumerate(before) if word.lower() in _REACHING]
    before = before[reached[-1] + 1:] if reached else before
    stop = _CLAUSE_END.search(text, end)
    after = _TOKENS.findall(text, end, stop.start() if stop and stop.group() != "(" else len(text))[:2]
    return _says_whose(before[-4:], own) or _says_whose(after, own)


def _says_whose(words: list[str], own: set[str]) -> bool:
    """Whether words name whose a number is: a role or office ("ketua rt", "hotline pdam"; "kontraktornya"; not "RT
    3", a place), or an address before a name or a role ("pak Slamet", "bu lurah"; "mohon bapak hubungi …" names
    nobody)."""
    lowered = [word.lower().removesuffix("nya") if len(word) > 5 else word.lower() for word in words]
    for i, word in enumerate(lowered):
        numbered = i + 1 < len(words) and words[i + 1].isdigit()
        if word in _THIRD_PARTY and not (numbered and word in ("rt", "rw")):
            return True
        if word in _ADDRESSES and i + 1 < len(words) and (words[i + 1][:1].isupper() or lowered[i + 1] in _THIRD_PARTY):
            if lowered[i + 1] in own and not _has_role(lowered):
                continue  # "hubungi pak Budi 0857…" from Budi: the reporter, named
            return True
    return False


# Roles that make an address and the reporter's own name someone else of the name ("pak Budi ketua RT", "bu Sri
# bidan desa"); "RT 3" beside a name is where one lives, no role
_ROLES = _THIRD_PARTY | frozenset("""bidan guru dokter perawat mantri ustadz ustad ustaz kyai kiai modin bayan carik
    kamituwo kasi kabid kadis kabag direktur manajer manager mandor kader bendahara sekretaris juru""".split())


def _has_role(lowered: list[str]) -> bool:
    """Whether words hold a role (a numbered "rt"/"rw" is a place, no role)."""
    return any(word in _ROLES and not (word in ("rt", "rw") and i + 1 < len(lowered) and lowered[i + 1].isdigit())
               for i, word in enumerate(lowered))


# An anonymous reporter's WhatsApp name of one word ("Budi", "Sri"; "Pak Budi" and "Budi 🙏" are one word too)
# written outside an introduction: "tolong bantu, Budi warga sini", "Salam, Budi". Masked wherever it stands as a
# word, but in a place's or a business's name ("Jl. Budi Utomo", "toko Sari Jaya"), after an address ("pak Budi
# ketua RT": someone else of the name, spoken of) or before another capitalised name ("Budi Hartono"). A name that
# is also a word ("Indah", "Jaya", "Baru", "Sari") is masked only where it can be nothing else: before where its
# bearer lives ("Indah warga RT 3") or as a signature at the end ("Terima kasih, Sari"); so is each word of a longer
# name (the whole name is masked wherever it is written).
_COMMON_NAMES = frozenset("""indah jaya baru sari mawar melati bunga putri putra ayu cahaya harapan mulia makmur
    sejahtera asri permai raya agung bintang intan mutiara fajar rizki rezeki rejeki rahmat berkah murni setia
    sentosa abadi damai lestari wangi kencana utama bayu embun pelangi langit bulan surya mentari tirta mekar subur
    jati manis cantik bagus baik senang suka ceria mega kurnia karunia anugrah anugerah ratu raja kasih sayang cinta
    teguh selamat iman tenang aman adil warga pelapor user admin anonim hamba rakyat masyarakat identitas nomor
    disembunyikan mama mami papa papi ayah bunda umi abi abah emak mamak nenek kakek opa oma adik adek
    kakak""".split()) | _NO_NAME | _NOT_NAMES | _LIVES | _PLACE_START | _INTRO_END
# Words that start a place's or a business's name, before the capitalised words of it
_NAMED_PLACE = frozenset("""jl jln jalan gg gang perum perumahan griya desa ds dusun dsn kampung kp kel kelurahan kec
    kecamatan blok toko warung cv pt ud masjid musholla mushola musala sdn smpn sman smkn sd smp sma mi mts pasar
    taman lapangan rs rsud puskesmas kantor dukuh lingkungan komplek kompleks villa residence gedung hotel kota kab
    kabupaten sungai kali jembatan terminal stasiun bank apotek klinik""".split())
_CLOSING = frozenset("salam hormat wassalam wasalam ttd tertanda trims makasih kasih thanks thx regards".split())
_SIGNED = re.compile(r"[\W_]*$")
_ADDRESSED = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[\s.]*$")


def _strip_name_words(text: str, name: str | None, places: frozenset[str] = frozenset()) -> str:
    """Mask the words of the reporter's WhatsApp name where they name the reporter (see above)."""
    words = {w.lower() for w in _LETTERS.findall(name or "") if len(w) >= 3 and w.lower() not in _ADDRESSES}
    for word in words:
        anywhere = len(words) == 1 and word not in _COMMON_NAMES
        if word not in text.lower():
            continue
        source = text
        text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)",
                      lambda found, s=source, a=anywhere: IDENTITY_MASK if _names_reporter(s, found, a, places)
                      else found.group(), text, flags=re.IGNORECASE)
    return text


# A one-word name that is also a place ("Bekasi", "Depok", "Jember", the region's "Sampang") was masked where it was
# the place ("banjir di Jember", "jalan raya Bekasi", session 30). Any name is the place after a word that starts a
# place's name ("kab.", "kota", "pemkab", "wilayah", "arah"; "raya" and "lintas" between: "jalan raya Bekasi") or
# before a point of the compass ("Bekasi timur"); a town's name (lapor/data/towns.txt) also after "di", "ke",
# "dari", "menuju" and their kind, and beside another town ("Bogor - Depok"). Elsewhere it is read as a name.
_PLACE_BEFORE = frozenset("""pemkab pemkot pemprov pemda provinsi prov wilayah daerah kawasan jurusan arah perbatasan
    kabupaten kab kota""".split())
_IN_PLACE_NAME = frozenset("raya lintas poros baru lama".split())
_COMPASS = frozenset("timur barat utara selatan tengah kota raya pusat".split())
_TO_PLACES = frozenset("""di ke dari dr dri menuju sampai sampe hingga antara sekitar seluruh se dekat luar
    wilayah""".split())
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t]+$")
_ROUTE_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*[-\u2013\u2014/][ \t]*$")
_ROUTE_AFTER = re.compile(r"[ \t]*[-\u2013\u2014/][ \t]*([^\W\d_]+)")
_FOLLOWING = re.compile(r"[ \t]+([^\W\d_]+)")


@cache
def _towns() -> frozenset[str]:
    path = Path(__file__).resolve().parent.parent / "data" / "towns.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _is_the_place(text: str, found: re.Match, places: frozenset[str] = frozenset()) -> bool:
    """Whether a word of the reporter's name stands where it can only be a place (see above)."""
    before = text[max(0, found.start() - _LEAD_WINDOW):found.start()]
    words = []
    while (prior := _WORD_BEFORE.search(before)) and len(words) < 3:
        words.append(prior.group(1).lower())
        if words[-1] not in _IN_PLACE_NAME:
            break
        before = before[:prior.start()]
    nearest = words[-1] if words else ""
    following = _FOLLOWING.match(text, found.end())
    if nearest in _PLACE_BEFORE or nearest in _NAMED_PLACE and len(words) > 1 or following and following.group(
            1).lower() in _COMPASS:
        return True
    towns = _towns() | places if places else _towns()
    if found.group().lower() not in towns:
        return False
    route = _ROUTE_BEFORE.search(text, max(0, found.start() - _LEAD_WINDOW), found.start()) or _ROUTE_AFTER.match(
        text, found.end())
    return nearest in _TO_PLACES or bool(route and route.group(1).lower() in towns)


def _names_reporter(text: str, found: re.Match, anywhere: bool, places: frozenset[str] = frozenset()) -> bool:
    """Whether a word of the reporter's name, found in their text, names them (see above)."""
    if _is_the_place(text, found, places):
        return False
    prior = _LETTERS.findall(text, max(0, found.start() - _LEAD_WINDOW), found.start())[-3:]
    for word in reversed(prior):  # "Jl. Sari Indah", "desa Karya Jaya"
        if word.lower() in _NAMED_PLACE:
            return False
        if not word[:1].isupper():
            break
    following = re.match(r"[ \t]+([^\W\d_]+)", text[found.end():])
    if following and following.group(1)[:1].isupper() and following.group(1).lower() not in _LIVES:
        return False  # "Budi Hartono", "Sari Indah"
    addressed = _ADDRESSED.search(text, max(0, found.start() - _LEAD_WINDOW), found.start())
    if addressed and addressed.group(1).lower() in _ADDRESSES:  # "pak Budi ketua RT" is someone else of the name
        beside = [w.lower() for w in _TOKENS.findall(text, max(0, addressed.start(1) - _LEAD_WINDOW),
                                                      addressed.start(1))[-2:]]
        return not _has_role(beside + [w.lower() for w in _TOKENS.findall(text, found.end(),
                                                                           found.end() + _LEAD_WINDOW)[:3]])
    lives = re.match(r"[ \t]*,?[ \t]*([^\W\d_]+)", text[found.end():])
    if lives and lives.group(1).lower() in _LIVES:
        return True  # "Budi warga sini", "Sri dari RT 4", "Indah, warga RT 3"
    rest = text[found.end():]
    if _SIGNED.fullmatch(rest) and (not prior or prior[-1].lower() in _CLOSING or re.search(
            r"(?:^|[\n,~–—!?-]|(?<=[^\W\d_]{3})\.)[\s\W]*$", text[:found.start()])):
        return True  # "Salam, Budi", "…\n\nBudi", "- Budi", "jalan rusak. Budi" (not "Jl. Sari": a place)
    return anywhere


def _strip_introductions(text: str, own: set[str]) -> str:
    shouting = text.isupper()
    pos, pieces = 0, []
    for mark in _INTRO_MARK.finditer(text):
        if mark.start() < pos:
            continue
        end = _introduction_end(text, mark, own, shouting)
        if end is not None:
            pieces += [text[pos:mark.end()], IDENTITY_MASK]
            pos = end
    return "".join(pieces) + text[pos:]


def _spoken_of(words: list[re.Match], lowered: list[str]) -> bool:
    """Whether an address and a role after a closed "saya," ("Hormat saya, pak kades Warsito minta …") begin a
    sentence about an official, not a signature: a lowercase word (no name) follows in the clause."""
    return (len(lowered) > 2 and lowered[1] in _ROLES and not lowered[2].isdigit()
            and any(word.group().islower() and not word.group().isdigit() for word in words[3:]))


def _hidden_before(text: str, mark: re.Match) -> bool:
    """Tell whether the clause before a naming mark asks to hide it ("tolong dirahasiakan nama sy ya", "jgn ditulis
    nama saya dong"): the words after it are manners, not a name."""
    start = max((found.end() for found in _CLAUSE_END.finditer(text, 0, mark.start())), default=0)
    before = {word.lower() for word in _WORD.findall(text, start, mark.start())}
    return bool(before & _HIDING or before & _NEGATION and before & _WRITING)


def _words_from(text: str, start: int) -> list[re.Match]:
    """The words from `start` to the end of the clause they are in."""
    stop = _CLAUSE_END.search(text, start)
    return list(_WORD.finditer(text, start, stop.start() if stop else len(text)))


def _introduction_end(text: str, mark: re.Match, own: set[str], shouting: bool) -> int | None:
    """Where the name (and where its bearer lives) that follow an introduction's mark end, or None: no name."""
    words = _words_from(text, mark.end())
    if not words or words[0].start() != mark.end() or _owned_other(text, mark):
        return None
    lowered = [w.group().lower() for w in words]
    addressed = lowered[0] in _ADDRESSES and len(words) > 1 and lowered[1] not in _NO_NAME
    first = 1 if addressed else 0
    if first >= len(words) or not lowered[first].isalpha() and not addressed or (
            addressed and "," in mark.group()[1:] and _spoken_of(words, lowered)):
        return None  # "Hormat saya,\nPak Lurah Sutrisno tolong ditindak": the official complained of
    if mark.group("naming") and not addressed and (lowered[first] in _NO_NAME | _UNNAMED or _hidden_before(text, mark)):
        return None  # "nama saya jangan disebut", "tolong dirahasiakan nama sy ya": the wish to be unnamed, no name
    across = "," in mark.group()[1:]  # "lupa saya, apa harus?": "saya" closed its clause, a question follows
    owned = _owns(text, mark)  # "rumah saya bocor parah": whose, no introduction
    bare = None if addressed or mark.group("naming") or across or owned else _bare_name(text, words, lowered)
    if not (mark.group("naming") or addressed or _names(words[first].group(), own, shouting) or bare is not None
            or (lowered[first] not in _NO_NAME and first + 1 < len(words) and _lives_at(lowered[first + 1:]))):
        return None
    if lowered[first] in _NO_NAME and not mark.group("naming"):
        return None
    last = first if bare is None else bare
    while (last + 1 < len(words) and last - first + 1 < _NAME_WORDS_MAX and lowered[last + 1] not in _LIVES
           and lowered[last + 1] not in _NO_NAME and _names(words[last + 1].group(), own, shouting)):
        last += 1
    while last + 1 < len(words) and lowered[last + 1].isdigit():  # "saya pak RT 3"
        last += 1
    if last + 1 < len(words) and lowered[last + 1] in _LIVES:  # "… dari RT 3", "… warga dusun krajan"
        last += 1
        limit = last + _PLACE_WORDS_MAX
        while last + 1 < len(words) and last < limit and lowered[last + 1] not in _INTRO_END:
            last += 1
    return _where_next(text, words[last].end())


# What may stand before "saya" in its clause when it introduces one: greetings, addresses, thanks ("halo min saya rudi
# …", "makasih pak, sy rudi"); any other word before it is what "saya" owns ("rumah saya", "gang gw")
_BEFORE_INTRODUCTION = _ADDRESSES | frozenset("""halo hallo hai hi permisi punten assalamualaikum salam selamat pagi
    siang sore malam met slmt maaf min admin kak ya iya oh eh nah ok oke makasih terima kasih trims nuwun sewu
    sugeng enjing hello hey and dan terus trus""".split())


def _owns(text: str, mark: re.Match) -> bool:
    """Whether the word before an introduction's mark, in its clause, makes "saya" an owner ("rumah saya …")."""
    before = _clause_before(text, mark)
    return bool(before) and before[-1] not in _BEFORE_INTRODUCTION


def _clause_before(text: str, mark: re.Match) -> list[str]:
    """The words of the clause before an introduction's mark, lowercase."""
    start = max((found.end() for found in _CLAUSE_END.finditer(text, 0, mark.start())), default=0)
    return [word.lower() for word in _WORD.findall(text, start, mark.start())]


def _owned_other(text: str, mark: re.Match) -> bool:
    """Whether "saya" owns someone or something that is no relative and the name after it is theirs ("tetangga
    saya Joko …", "guru anak saya pak Budi", "desa saya Banyuates": the one complained of, the place). Any other word
    before "saya" ("ini saya Budi", "laporan dari saya Budi", "Dengan hormat saya Budi") leaves it an introduction."""
    if mark.group("naming"):
        return False
    before = _clause_before(text, mark)
    if not before:
        return False
    return before[-1] in _OWNED_OTHERS or (before[-1] in _KIN and len(before) > 1 and
                                           before[-2] in _ROLES | _FELLOWS)


def _where_next(text: str, end: int) -> int:
    """The end of an introduction: past the next clause too when it says where the person lives ("namaku Siti,
    warga RT 5 RW 2, …")."""
    after = re.match(r"\s*,\s*", text[end:])
    if after is None:
        return end
    words = _words_from(text, end + after.end())
    if not words or words[0].group().lower() not in ("warga", "penduduk", "dari", "dr", "asal", "tinggal"):
        return end
    kept = [w for w in words[:_PLACE_WORDS_MAX + 1] if w.group().lower() not in _INTRO_END]
    return kept[-1].end() if len(kept) == min(len(words), _PLACE_WORDS_MAX + 1) else end


def _bare_name(text: str, words: list[re.Match], lowered: list[str]) -> int | None:
    """Where a name typed lowercase right after "saya" ends ("sy budi mau nambahin", "aku siti, mau tanya",
    "makasih pak, sy rudi"): one to three words that are neither small words nor ordinary ones, then a wish, or the
    clause's end with a wish or the text's end after it; None when the words after "saya" are no such name."""
    last = -1
    while (last + 1 < min(len(words), _NAME_WORDS_MAX) and len(lowered[last + 1]) >= 3
           and lowered[last + 1].isalpha() and lowered[last + 1] not in _NO_NAME | _NOT_NAMES | _LIVES | _INTRO_END):
        last += 1
    if last < 0:
        return None
    if last + 1 < len(words):
        return last if lowered[last + 1] in _INTRO_END else None
    after = _WISH_AFTER.match(text, words[last].end())
    if after is None or (after.group("wish") is not None
                         and after.group("wish").lower() not in _INTRO_END | _LIVES):  # "sy dimas, warga rt 3"
        return None
    return last


def _names(word: str, own: set[str], shouting: bool) -> bool:
    """Whether a word after "saya" is a name: one of the reporter's own, or capitalised in a text that is not."""
    return word.lower() in own or (not shouting and word[:1].isupper() and word[1:].islower())


def _lives_at(rest: list[str]) -> bool:
    """Whether the words after a possible name say where its bearer lives ("dari RT 3", "warga sumberejo")."""
    return rest[0] in ("warga", "penduduk") or (rest[0] in _LIVES and len(rest) > 1 and rest[1] in _PLACE_START)


# What else finds an anonymous reporter (session 31, privacy5: each reached the agency as typed): a name signed at the
# end or under a label ("Ttd\nAhmad Fauzi", "wassalam, Ahmad", "Pengirim: …", "a.n. …", "atas nama Rudi …"), a
# social media handle ("ig @…", "fb saya rudi.hartono.77", "IG: budi_s88"), an email spelt out ("… [at] gmail
# [dot] com"), their bank account ("rekening saya BRI 0012-…"), their own vehicle's plate ("motor saya nopol M 4567
# KL") and their house number ("rumah saya di jl Melati no 12": the street stays, the agency still finds the
# place). Each only where the words beside it make it the writer's or nobody else's: a scammer's account, a
# truck's plate, an office's account, a shop's address stay.
HOUSE_MASK = "[nomor rumah disembunyikan]"
_ME = r"(?:saya|sya|sy|aku|ak|ku|gue|gw|kulo|ane|abdi|kami)"
_NAME_PIECE = r"(?:[^\W\d_]{1,2}\.\s*)*[^\W\d_][\w'’-]*\.?"  # "H. Ahmad", "Rudi H.", "Nur'aini"
# Relatives (their names name the writer too) and the people one has who are none ("guru anak saya": the teacher's)
_KIN = frozenset("""anak putra putri istri suami bapak ayah ibu ibuk mama mamah emak mak bunda nenek kakek mbah cucu
    menantu mertua kakak abang adik adek keponakan ponakan ipar paman bibi om tante sepupu ortu""".split())
_FELLOWS = frozenset("teman kawan tetangga bos atasan majikan wali pembantu pengasuh pacar".split())
_OWNED_OTHERS = _ROLES | _FELLOWS | _PLACE_START | _NAMED_PLACE | frozenset("""motor mobil kendaraan sepeda hp atap
    kampung kota kabupaten wilayah daerah lingkungan sekolah kantor tempat perusahaan pabrik usaha warung toko
    kios lapak sawah kebun tanah lahan sumur""".split())
_RELATIVE = re.compile(rf"(?<!\w)(?:(?P<kin>{'|'.join(sorted(_KIN, key=len, reverse=True))})(?:ku|\s+{_ME})"
                       r"(?:\s+(?:yg|yang))?(?P<named>\s+(?:bernama|namanya|nama))?[\s,:]+"
                       rf"|{_ME}\s+(?:bapak|ibu|ayah|bunda|ortu|orang\s*tua|orangtua|wali)(?:nya)?(?:\s+(?:murid|"
                       r"dari))*\s+(?:(?:ananda|anak|siswa|siswi)\s+)?|(?<!\w)ananda\s+)", re.IGNORECASE)
# Whom a report is filed for, after "atas nama"/"a.n." ("atas nama tetangga saya Bu Sumiati"): the name after the
# relation points at the writer, as a relative's does (a fellow alone, "tetangga saya Joko buang sampah", is whom
# the story complains of)
_FILED_FOR_RELATION = re.compile(rf"(?:{'|'.join(sorted(_KIN | _FELLOWS, key=len, reverse=True))})(?:ku|\s+{_ME})"
                                 r"(?:\s+(?:yg|yang))?(?:\s+(?:bernama|namanya|nama))?[\s,:]+", re.IGNORECASE)
_AGE_OR_CLASS = re.compile(r"[ \t]*(?:kelas|kls|umur|usia|\(|\d+\s*(?:th|thn|tahun)\b)", re.IGNORECASE)
_AFTER_NAME = frozenset("kelas kls umur usia tahun thn th yg yang".split())
_NAME_PIECES = re.compile(rf"[ \t]*(?P<word>{_NAME_PIECE})")
_SIGNING = re.compile(r"(?<![\w.])(?:(?P<label>ttd|tertanda|pengirim|dikirim\s+oleh|bertanda\s+tangan\s+di\s*bawah\s+"
                      r"ini|nama\s+panggilan)|(?P<on_behalf>a\.\s?n\.?|an\.|atas\s+nama))\s*[:,]?\s*", re.IGNORECASE)
_SIGN_OFF = re.compile(r"(?<!\w)(?:wa?s?salam[\w'’]*|wslm|salam(?:\s+(?:hangat|hormat|sehat|sejahtera|takzim|"
                       r"kenal|damai|semangat|sukses|pancasila|nkri|merdeka|selalu|dari))*+|"
                       r"hormat\s+(?:saya|kami)|(?:best\s+)?regards|terima\s*kasih|makasih|trims|thanks|thx|"
                       r"(?:matur\s+)?nuwun)(?:\s*wr\.?\s*wb\.?)?[\s,.:;!~\-–—]*(?=\S)", re.IGNORECASE)
_DASHED_SIGNATURE = re.compile(r"\n[ \t]*[-~–—]+[ \t]*(?P<name>[^\W\d_][^\n]{1,40}?)[ \t]*[-~–—]*[\W_]*$")
_SIGNED_END = re.compile(r"(?:[\W_]|\d|(?<![^\W\d_])(?:rt|rw)(?![^\W\d_]))*$", re.IGNORECASE)  # "Pak Darto RT 4"
_SOCIAL = re.compile(rf"(?<![\w./])(?:ig|instagram|insta|fb|facebook|tiktok|twitter|twiter|telegram|tele|line\s+id)"
                     rf"(?P<lead>(?:\s+(?:{_ME}|ya|aja|saja|id|juga|di))*)\s*(?P<colon>[:=]?)\s*"
                     r"(?P<handle>@[\w.]{2,}|[^\W_][\w.]*[^\W_.]|[^\W_])", re.IGNORECASE)
_OFFICE_HANDLE = re.compile(r"pem(?:kab|kot|prov|da|des)|dinas|humas|pol(?:res|sek|ri|da)|kominfo|official|resmi|"
                            r"go\.?id|gov|lapor", re.IGNORECASE)
_SPELT_AT = r"(?:\s*[\[({]\s*at\s*[\])}]\s*|\s+at\s+|\s*@\s*)"
_SPELT_WORD_DOT = r"(?:\s*[\[({]\s*dot\s*[\])}]\s*|\s+dot\s+)"  # "budi dot santoso at …": no ". " (a sentence's end)
_SPELT_DOT = r"(?:\s*[\[({]\s*dot\s*[\])}]\s*|\s+dot\s+|\s*\.\s*)"
_SPELT_EMAIL = re.compile(rf"(?<![\w.+-])(?:\w+{_SPELT_WORD_DOT})*[\w.+-]+{_SPELT_AT}(?:[^\W_][\w-]*{_SPELT_DOT})+"
                          r"(?:com|net|org|id|me|co|info|biz)(?!\w)", re.IGNORECASE)
_ACCOUNT = re.compile(r"(?<!\w)(?:rekening|rek|norek|no\.?\s*rek|bri|bca|bni|mandiri|bsi|btn|cimb|danamon|bank)\b",
                      re.IGNORECASE)
_OWN_ACCOUNT = re.compile(r"(?<!\w)(?:rekening|rek|norek)ku(?!\w)", re.IGNORECASE)  # "rekeningku BCA …"
_AMOUNT = re.compile(r"(?:rp\.?|idr)\s*$|^\d{1,3}(?:\.\d{3})+$", re.IGNORECASE)
_REGION_CODES = frozenset("""a b d e f g h k l m n p r s t w z aa ab ad ae ag ba bb bd be bg bh bk bl bm bn bp da db
    dc dd de dg dh dk dl dm dn dr ds dt ea eb ed kb kh kt ku pa pb""".split())
_PLATE = re.compile(r"(?<![\w-])(?P<region>[^\W\d_]{1,2})[ \t-]?\d{1,4}[ \t-]?[^\W\d_]{1,3}(?![\w-])")
_VEHICLES = frozenset("motor mobil kendaraan truk truck bus pikap pickup angkot sepeda ranmor".split())
_PLATE_WORDS = frozenset("plat pelat nopol plate".split())
_OWN = re.compile(rf"(?<!\w){_ME}(?!\w)", re.IGNORECASE)
_ME_WORD = re.compile(_ME, re.IGNORECASE)
_OWN_VEHICLE = re.compile(rf"\b(?:{'|'.join(sorted(_VEHICLES | _PLATE_WORDS))}|nomor\s+polisi)(?:ku|\s+{_ME})\b")
_HOME = re.compile(rf"(?<!\w)(?:(?:rumah|rmh|alamat(?:\s+rumah)?|tempat\s+tinggal|domisili|kediaman|kontrakan|kost?)"
                   rf"(?:ku|\s+{_ME})|alamat\s+(?:rumah|pelapor)|{_ME}\s+(?:tinggal|warga))(?!\w)", re.IGNORECASE)
_HOUSE_NUMBER = re.compile(r"(?<!\w)(?:no|nomor|nomer|nmr)\.?\s*\d+[^\W\d_]?(?:[/-]\d+[^\W\d_]?)?(?!\w)",
                           re.IGNORECASE)
_BESIDE_LANDMARK = frozenset("dekat depan samping sebelah seberang belakang sekitar arah menuju dkt dpn".split())
_SENTENCE_END = re.compile(r"[;!?\n]|(?<=[^\W\d_]{4})\.(?=\s|$)")


_TITLES = frozenset("""bupati wabup walikota wawali gubernur presiden menteri sekda dprd dewan admin min mimin tim
    semua semuanya sekalian kalian bapak2 ibu2 kadis kaban kabid kabag kasi kasie kasubag sekdis pejabat direktur
    kapolres kapolsek danramil""".split())  # "Terima kasih Bapak Bupati": whom the writer thanks
_NOT_NAMED = _NAMED_PLACE | _THIRD_PARTY | _NO_NAME | _NOT_NAMES | _INTRO_END | _AFTER_NAME | _TITLES
_NO_SIGNATURE = _COMMON_NAMES | _NOT_NAMED
# The words each rule needs in a text before it runs, and how far from its end a signature is looked for
_SIGNING_WORDS = ("ttd", "tertanda", "pengirim", "dikirim", "bertanda", "panggilan", "a.n", "an.", "atas nama")
_SIGNATURE_TAIL = 160
# a label that starts its line or sentence signs ("nunggu ttd kadis" does not)
_SIGNED_LINE = re.compile(r"(?:^|[\n.,!])[ \t]*$")
_KIN_WORDS = _KIN | frozenset("ananda bapaknya ibunya ayahnya bundanya ortunya orangtua tua wali walinya".split())
_MASKED = re.compile(r"\[[^\[\]]*disembunyikan\]")  # any mask put in before ("[nomor HP disembunyikan]")
_PAYING = frozenset("""transfer tf trf ditransfer mentransfer transfernya kirim dikirim dikirimkan setor disetor
    menyetor bayar dibayar membayar""".split())
_ACCOUNT_NAMES = frozenset("rekening rek norek bri bca bni mandiri bsi btn cimb danamon bank".split())
_THANKS = re.compile(r"terima\s*kasih|makasih|trims|thanks|thx|(?:matur\s+)?nuwun", re.IGNORECASE)
_SPELT_AT_WORD = re.compile(r"\bat\b")
_ACCOUNT_WORDS = frozenset("rek bri bca bni mandiri bsi btn cimb danamon bank".split())
_POSTED = frozenset("""di viral posting postingan diposting upload diupload unggah diunggah beredar tersebar disebar
    video videonya konten""".split())
_REACHING_HANDLE = frozenset("hubungi hub kontak dm chat japri inbox follow cek".split())
_PLATFORMS = frozenset("ig instagram insta fb facebook tiktok twitter twiter telegram tele line".split())
_HOME_WORDS = frozenset("rumah rmh alamat tinggal domisili kediaman kontrakan kos kost warga".split())
_NUMBER_WORDS = frozenset("no nomor nomer nmr".split())
# The same leads matched in the lowercased text: a pattern tried at every position of a long story costs a fifth as
# much without IGNORECASE and with "\b" for "(?<!\w)" (the same here: each lead starts with a letter)
_RELATIVE_LOWER = re.compile(_RELATIVE.pattern.replace(r"(?<!\w)", r"\b"))
_HOME_LOWER = re.compile(_HOME.pattern.replace(r"(?<!\w)", r"\b"))
_SOCIAL_LOWER = re.compile(_SOCIAL.pattern)  # its lookbehind keeps "instagram.com/…" out


def _in_lowercase(pattern: re.Pattern, lower: re.Pattern, text: str) -> Iterator[re.Match]:
    """`pattern`'s matches in `text`, found by `lower` (its lowercase twin) in the lowercased text when lowercasing
    keeps every position (it does but for a few letters, such as "İ")."""
    lowered = text.lower()
    return lower.finditer(lowered) if len(lowered) == len(text) else pattern.finditer(text)


def _strip_other_identifiers(text: str) -> str:
    """Mask what else identifies the writer (see above): a name signed or labelled, a relative's name, a handle, an
    email spelt out, their bank account, their vehicle's plate, their house number."""
    lowered = text.lower()  # each rule runs only on a text holding its words (a long story: about a ms each)
    text = _strip_signatures(text, lowered)
    if _holds(lowered, _KIN_WORDS):
        text = _strip_relatives(text)
    if "@" in text or _SPELT_AT_WORD.search(lowered):
        text = _SPELT_EMAIL.sub(lambda found: found.group() if _OFFICE_DOMAIN.search(re.sub(
            r"\W*dot\W*|\s", ".", found.group().lower())) else IDENTITY_MASK, text)
    if _holds(lowered, _PLATFORMS):
        text = _strip_handles(text)
    if _holds(lowered, _ACCOUNT_WORDS):
        text = _CONTACT_NUMBER.sub(lambda found: _own_account(text, found), text)
    if _holds(lowered, _VEHICLES | _PLATE_WORDS):
        text = _strip_own_plates(text)
    return _strip_house_numbers(text) if _holds(lowered, _HOME_WORDS) and _holds(lowered, _NUMBER_WORDS) else text


def _holds(lowered: str, words: frozenset[str]) -> bool:
    """Whether a lowercased text holds one of `words`, even inside another word (a test before a rule's pattern)."""
    return any(word in lowered for word in words)


def _strip_relatives(text: str) -> str:
    """Mask a relative's name ("anakku Dimas", "anak sy yg bernama Dimas", "saya bapaknya Dimas", "ananda Dimas"):
    capitalised, or lowercase when named so ("bernama") or before their class or age ("anak saya rina kelas 3")."""
    pieces, pos = [], 0
    for kin in _in_lowercase(_RELATIVE, _RELATIVE_LOWER, text):
        if kin.start() < pos or (kin.group("kin") and kin.group("kin").lower() in _KIN and kin.start() > 0 and (
                before := _TOKENS.findall(text, max(0, kin.start() - 20), kin.start())) and
                before[-1].lower() in _ROLES | _FELLOWS):
            continue  # "guru anak saya pak Budi": the teacher
        name = _signature_name(text, kin.end(), lowercase=True, named=bool(kin.group("named")))
        if name is None:
            continue
        if not text[name[0]:name[1]].lstrip()[:1].isupper() or text.isupper():
            if not (kin.group("named") or _AGE_OR_CLASS.match(text, name[1])):
                continue  # "anak saya rajin sekolah"
        pieces += [text[pos:name[0]], IDENTITY_MASK]
        pos = name[1]
    return "".join(pieces) + text[pos:]


def _signature_name(text: str, start: int, lowercase: bool, named: bool = False) -> tuple[int, int] | None:
    """Where the name that starts at `start` ends ("Ahmad Fauzi", "Pak Rudi", "Rudi H."; each word capitalised, or
    lowercase too when `lowercase`), as (start, end), or None: no name there (a role, a place, a small word)."""
    end, names, capitals, shouting = start, 0, False, text.isupper()
    while names <= _NAME_WORDS_MAX and (piece := _NAME_PIECES.match(text, end)):
        word = _LETTERS.search(piece.group("word")).group()
        small = word.lower() in (_NOT_NAMED if named else _NO_SIGNATURE)  # "bernama Putri Ayu": names
        if word.lower() in _ADDRESSES and not names:
            end = piece.end("word")
            continue
        capitalised = word[:1].isupper()
        if small or _ME_WORD.fullmatch(word) or not (lowercase and not capitals or capitalised) or (
                len(word) > 1 and word.isupper() and not shouting):  # "KDRT", "LPR", "DLH": no names
            break
        end, names, capitals = piece.end("word"), names + 1, capitals or (capitalised and not names)
    if names == 1 and text[start:end].strip(" .").lower() in _towns():
        return None  # "Salam, Jember": where from
    return (start, end) if names else None


def _strip_signatures(text: str, lowered: str) -> str:
    """Mask a name under a signing label anywhere, or after a closing or a dash at the end of the text (`lowered`:
    the text in lowercase, where the labels are looked for first)."""
    pieces, pos, clause_start = [], 0, 0
    labelled = any(label in lowered for label in _SIGNING_WORDS)
    ends = _BEFORE_CLAUSE.finditer(text)  # walked once, beside the labels (each label's clause start)
    end = next(ends, None)
    for label in _SIGNING.finditer(text) if labelled else ():
        while end is not None and end.end() <= label.start():
            clause_start, end = end.end(), next(ends, None)
        if label.start() < pos:
            continue
        relation = _FILED_FOR_RELATION.match(text, label.end()) if label.group("on_behalf") else None
        name = _signature_name(text, relation.end() if relation else label.end(), lowercase=bool(
            label.group("label")) and (
            ":" in label.group() or _SIGNED_LINE.search(text, max(0, label.start() - _LEAD_WINDOW),
                                                        label.start()) is not None))
        clause = text[max(clause_start, label.start() - 2 * _LEAD_WINDOW):label.start()]
        if name is None or _someone_elses_label(clause):
            continue  # "penipu itu minta transfer ke rekening a.n. Joko": someone else's name
        pieces += [text[pos:name[0]], IDENTITY_MASK]
        pos = name[1]
    text = "".join(pieces) + text[pos:]
    for closing in reversed(list(_SIGN_OFF.finditer(text, max(0, len(text) - _SIGNATURE_TAIL)))):
        name = _signature_name(text, closing.end(), lowercase=False)
        if name is not None and _SIGNED_END.fullmatch(text, name[1]) and not _thanked(text, closing, name):
            return text[:name[0]] + IDENTITY_MASK + text[name[1]:]
    dashed = _DASHED_SIGNATURE.search(text, max(0, len(text) - _SIGNATURE_TAIL))
    if dashed and _signature_name(text, dashed.start("name"), lowercase=True):
        return text[:dashed.start("name")] + IDENTITY_MASK + text[dashed.end("name"):]
    return text


def _someone_elses_label(clause: str) -> bool:
    """Whether the clause before a signing label ("a.n. …") makes the name after it someone else's: words that say
    whose ("penipu", "pak Kades"), or money paid into an account no "saya" owns ("ditransfer ke rekening BRI …",
    "saya tf ke rek bca …"). The masks and numbers in it (an account already masked) are read past."""
    words = [word for word in _TOKENS.findall(_MASKED.sub(" ", clause)) if not word.isdigit()]
    if _says_whose(words[-6:], set()):
        return True
    lowered = [word.lower() for word in words]
    if not set(lowered) & _PAYING:
        return False
    paid_into = lowered[max((i for i, word in enumerate(lowered) if word in _REACHING), default=-1) + 1:]
    return bool(set(paid_into) & _ACCOUNT_NAMES) and not any(_ME_WORD.fullmatch(word) for word in paid_into)


def _thanked(text: str, closing: re.Match, name: tuple[int, int]) -> bool:
    """Whether the name after a closing is whom it thanks, not a signature: one the text spoke of before ("Pak
    Lurah Sutrisno minta pungli. Terima kasih Pak Sutrisno"; not in a street's name: "jl Ahmad Yani"), or an
    address and a name right after thanks ("terima kasih Pak Hendra"; "Terima kasih, Ahmad" signs)."""
    words = [word for word in _LETTERS.findall(text, name[0], name[1]) if word.lower() not in _ADDRESSES]
    for word in words:
        for before in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text[:closing.start()], re.IGNORECASE):
            if not (previous := _TOKENS.findall(text, max(0, before.start() - 20), before.start())) or (
                    previous[-1].lower() not in _NAMED_PLACE):
                return True
    return bool(_THANKS.match(closing.group()) and not re.search(r"[^\w\s]", closing.group())
                and _LETTERS.search(text, name[0]).group().lower() in _ADDRESSES)


def _strip_handles(text: str) -> str:
    """Mask each handle after a platform's word that can be the writer's: with an "@", a digit, a dot or an
    underscore, or after "saya" or a colon (with the capitalised name after them: "fb: Rudi Hartono"); an office's
    account, and a plain word after the platform ("di fb rame dibahas"), stay."""
    pieces, pos = [], 0
    for found in _in_lowercase(_SOCIAL, _SOCIAL_LOWER, text):
        if found.start() < pos:
            continue
        handle, own = text[found.start("handle"):found.end("handle")], bool(_OWN.search(found.group("lead")) or
                                                                             found.group("colon"))
        if _OFFICE_HANDLE.search(handle) or not (own or handle[0] == "@" or re.search(r"[\d_.]", handle)) or (
                handle[0].isdigit() or re.fullmatch(r"[^\W\d_]+2", handle)):  # "TikTok 10rb", "ngaku2": no handles
            continue
        if handle[0] != "@" and handle.lower() in _COMMON_NAMES | _NO_NAME | _NOT_NAMES:
            continue
        if handle[0] == "@" and not own and _posted_there(text, found.start()):
            continue  # "videonya viral di ig @…": the account the complaint is about
        name = None if handle[0] == "@" else _signature_name(text, found.start("handle"), lowercase=True)
        pieces += [text[pos:found.start("handle")], IDENTITY_MASK]
        pos = max(found.end(), name[1] if name else 0)
    return "".join(pieces) + text[pos:]


def _posted_there(text: str, start: int) -> bool:
    """Whether the words before a platform's name in its clause say something was posted there ("viral di ig …",
    "diposting di tiktok …") and nothing makes it the writer's ("saya", "hubungi", "dm"): the handle after it is
    whose post it is."""
    begin = max([0, start - _LEAD_WINDOW, *(end.end() for end in _BEFORE_CLAUSE.finditer(
        text, max(0, start - _LEAD_WINDOW), start))])
    said = {word.lower() for word in _TOKENS.findall(text, begin, start)}
    return bool(said & _POSTED) and not said & _REACHING_HANDLE and not _OWN.search(text, begin, start)


def _own_account(text: str, found: re.Match) -> str:
    """A long number, masked when its clause gives it as the writer's bank account ("rekening saya BRI …", "rek
    1234… bca an saya"); an amount or a number no "saya" owns stays."""
    start = max([0, found.start() - _LEAD_WINDOW, *(f.end() for f in _SENTENCE_END.finditer(
        text, max(0, found.start() - _LEAD_WINDOW), found.start()))])
    before, after = text[start:found.start()], text[found.end():found.end() + 20]
    if _AMOUNT.search(before) or _AMOUNT.match(found.group()) or not _ACCOUNT.search(before + " " + after):
        return found.group()
    owned = _OWN.search(before + " " + after) or _OWN_ACCOUNT.search(before)  # "rekeningku BCA …"
    if not owned or _says_whose(_TOKENS.findall(before)[-4:], set()):
        return found.group()
    return IDENTITY_MASK


def _strip_own_plates(text: str) -> str:
    """Mask the plate of the writer's own vehicle ("motor saya nopol M 4567 KL", "mobilku B 1234 KJT"): the first
    plate in the clause after a vehicle's or a plate's word owned by "saya", with no other vehicle between ("motor
    saya ditabrak mobil L 1234 AB": the car's stays)."""
    for lead in reversed(list(_in_lowercase(_OWN_VEHICLE, _OWN_VEHICLE, text))):
        stop = _BEFORE_CLAUSE.search(text, lead.end(), lead.end() + _LEAD_WINDOW)
        for plate in _PLATE.finditer(text, lead.end(), stop.start() if stop else lead.end() + _LEAD_WINDOW):
            between = {word.lower() for word in _TOKENS.findall(text, lead.end(), plate.start())}
            if plate.group("region").lower() in _REGION_CODES and not between & _VEHICLES:
                text = text[:plate.start()] + IDENTITY_MASK + text[plate.end():]
            break
    return text


def _strip_house_numbers(text: str) -> str:
    """Mask the house number in the address a writer gives as their home ("rumah saya di jl Melati no 12", "alamat
    rumah: … nomor 15A"), the street kept; an address beside a landmark ("rumah saya dekat masjid … no 5") stays."""
    for number, _ in reversed(_home_numbers(text)):
        text = text[:number.start()] + HOUSE_MASK + text[number.end():]
    return text


def _home_numbers(text: str) -> list[tuple[re.Match, int]]:
    """The house numbers ("no 12") of the addresses a writer gives as their home, in order, each with where the
    words saying it is their home end (the street stands between)."""
    found = {}
    for home in _in_lowercase(_HOME, _HOME_LOWER, text):
        stop = _SENTENCE_END.search(text, home.end())
        number = _HOUSE_NUMBER.search(text, home.end(), stop.start() if stop else len(text))
        if number is not None and not {w.lower() for w in _TOKENS.findall(
                text, home.end(), number.start())} & _BESIDE_LANDMARK:
            found[number.span()] = number, home.end()  # two homes in one sentence point at one number
    return [found[span] for span in sorted(found)]


def without_home_number(place: str, story: str) -> str:
    """An anonymous reporter's place with the house number masked that their story gives as their home's ("rumah
    saya di gg Mawar no 8" and the place "gg Mawar no 8 RT 02", often read from that story): the place keeps the
    street, as the story does. A number on another street ("kantor desa jl Melati no 5" from a home at "jl Kenanga
    no 5") stays; one whose street either side does not name is masked."""
    homes = [(re.sub(r"\D", "", number.group()), _street_before(story, lead, number.start()))
             for number, lead in _home_numbers(story)]
    if not homes:
        return place

    def mask(found: re.Match) -> str:
        digits, street = re.sub(r"\D", "", found.group()), _street_before(place, 0, found.start())
        if any(digits == home and (not street or not home_street or street & home_street)
               for home, home_street in homes):
            return HOUSE_MASK
        return found.group()

    return _HOUSE_NUMBER.sub(mask, place)


def _street_before(text: str, start: int, end: int) -> set[str]:
    """The words naming the street before a house number ("jl Kenanga no 5": {"kenanga"}), lowercase: the last few
    words of its clause that are no kind of place ("jl", "desa", "kantor") and no small word."""
    clause = re.split(r"[,;:!?\n]", text[max(start, end - 40):end])[-1]
    return {word.lower() for word in _TOKENS.findall(clause)[-3:]
            if len(word) >= 3 and not _ME_WORD.fullmatch(word) and word.lower() not in _NAMED_PLACE | _OWNED_OTHERS
            | _HOME_WORDS}


def strip_nik(text: str | None) -> str:
    """Replace every run of 16 or more digits (a NIK or KK number, however grouped) in `text` with a mask."""
    return NUMBER_RUN.sub(_mask_run, text or "")


def _mask_run(match: re.Match) -> str:
    run = match.group()
    if sum(ch.isdigit() for ch in run) < NIK_DIGITS or _only_dates(run):
        return run
    return "".join(NIK_MASK if part[0].isdigit() else part for part in _pieces(run))


def _pieces(run: str) -> list[str]:
    """Cut a long run at separators into pieces of 16 digits or more, covering every digit ("A / B": two NIKs)."""
    parts = re.split(r"([\W_]+)", run)
    groups, separators = parts[0::2], parts[1::2]  # digits, and what stands between them
    pieces, digits, left = [groups[0]], len(groups[0]), sum(map(len, groups[1:]))
    for separator, group in zip(separators, groups[1:], strict=True):
        if digits >= NIK_DIGITS and left >= NIK_DIGITS:  # both sides hold a whole number: two masks
            pieces += [separator, group]
            digits = len(group)
        else:
            pieces[-1] += separator + group
            digits += len(group)
        left -= len(group)
    return pieces


def _only_dates(run: str) -> bool:
    """Whether a run of digits is nothing but valid dates (at least one) and clock times."""
    if not any(_valid_date(date) for date in _DATE.finditer(run)):
        return False
    rest = _TIME.sub(" ", _DATE.sub(lambda date: " " if _valid_date(date) else date.group(), run))
    return not any(ch.isdigit() for ch in rest)


def _valid_date(match: re.Match) -> bool:
    day, month = (match[1], match[3]) if match[1] else (match[6], match[5])
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


# An agency's question to the reporter that asks who they are (docs/privacy.md): their name, number, NIK or ID card,
# email, home address, or how to reach them. "nama jalannya", "nomor rumah yang lampunya mati", "alamat lengkap
# lokasinya", "di depan rumah siapa", "rumah pak RT", "air di rumah bapak sudah mengalir?" (the home as the
# problem's place, not asked for) ask about the problem.
_YOU = (r"(?:bapak|bpk|pak|ibu|ibuk|bu|anda|sdr|saudara|saudari|mas|mbak|kak|kakak|pelapor|njenengan|panjenengan|"
        r"sampeyan|kamu)(?!\s+(?:rt|rw|kades|lurah|kepala|camat|kadus|ketua|haji|h\.|guru|dokter|bidan)\b)")
_PLACE_NAMED = ("jalan", "jln", "jl", "desa", "dusun", "dsn", "kampung", "tempat", "lokasi", "toko", "petugas", "gang",
                "kantor", "perusahaan", "pt", "sekolah", "sungai", "jembatan", "pasar", "warung")
_ASKS_IDENTITY = re.compile(
    r"(?<!\w)(?:nik|e-?ktp|ktp|kartu\s+keluarga|no\.?\s*kk|identitas|e-?mail|surel|dihubungi|"
    r"(?:no|nomor|nomer|nmr)\.?\s*(?:hp|hape|wa|whatsapp|telp|telpon|telepon|tlp|handphone|ponsel|kontak)|"
    r"(?:hp|hape|wa|whatsapp|telp|telpon|telepon|kontak)\s+" + _YOU + r"|"
    r"nama(?:\s+lengkap)?\s+" + _YOU + r"|nama\s+lengkap|"
    r"alamat(?:\s+(?:rumah|tinggal|domisili|lengkap))?(?:\s?nya)?\s+" + _YOU + r"|alamat\s+(?:rumah|tinggal|domisili)|"
    r"(?:(?:rumah|tinggal|domisili)\s+" + _YOU + r"|" + _YOU + r"\s+tinggal)\s*(?:(?:di\s*)?(?:mana|mn)|dmn)|"
    # review B: "minta nomor hpnya", "minta wa nya", "japri nomor bapak", "atas nama siapa", "sebutkan nama"
    r"(?:hp|hape|wa|whatsapp|telp|telpon|telepon|kontak)\s?nya|(?:no|nomor|nomer|nmr)\.?\s*" + _YOU + r"|"
    r"(?:atas\s+nama|a\.\s?n\.?)\s+(?:siapa|sp|spa|" + _YOU + r")|"
    r"(?:menyebut(?:kan)?|sebut(?:kan|in)?)\s+nama(?!\s*(?:" + "|".join(_PLACE_NAMED) + r"))|"
    # privacy5: their bank account, vehicle plate, social media account, house number ("no rek ibu", "plat nomor
    # motor bapak", "akun ig bapak", "rumah ibu nomor berapa"); "plat truk yang buang sampah" asks about the problem
    # ("rekeningnya ibu", "plat motornya bapak", "ig nya ibu", "rumahnya bapak nomor berapa": the same with "-nya")
    r"(?:rekening|rek)(?:\s+bank)?(?:\s?nya)?\s+" + _YOU + r"|(?:plat|pelat|nopol)(?:\s+nomor)?"
    r"(?:\s+(?:motor|mobil|kendaraan))?(?:\s?nya)?\s+" + _YOU + r"|(?:ig|instagram|fb|facebook|tiktok|twitter|telegram|"
    r"medsos|media\s+sosial)(?:\s?nya)?\s+" + _YOU + r"|(?:no|nomor|nomer|nmr)\.?\s*rumah(?:\s?nya)?\s+" + _YOU + r"|"
    r"rumah(?:\s?nya)?\s+" + _YOU + r"\s+(?:no|nomor|nomer|nmr))(?!\w)",
    re.IGNORECASE)
# "namanya siapa (pak)": the reporter's name when nothing the problem is about stands before it in its clause
# ("petugas yang minta uang namanya siapa?" asks about the problem)
_WHOSE_NAME = re.compile(r"(?<!\w)nama(?:nya)?\s*(?:" + _YOU + r"\s*)?(?:siapa|sp|spa)(?!\w)", re.IGNORECASE)
_BEFORE_WHOSE_NAME = frozenset("maaf mohon boleh kalau klo kalo kl ya iya ini dengan dgn sebelumnya".split())


def asks_identity(question: str) -> bool:
    """Whether a question to the reporter asks who they are (name, number, NIK, email, home, how to reach them)."""
    if _ASKS_IDENTITY.search(question) is not None:
        return True
    for found in _WHOSE_NAME.finditer(question):
        start = max((end.end() for end in _CLAUSE_END.finditer(question, 0, found.start())), default=0)
        before = [word.lower() for word in _LETTERS.findall(question, start, found.start())]
        if not before or before[-1] in _BEFORE_WHOSE_NAME | _REQUESTING:
            return True
    return False


# An agency's news to the reporter (TL, SELESAI, SURVEI) that asks who they are: the words of `asks_identity` in a
# clause that asks (a question mark, a request, a need: "mohon kirim no hp bapak", "silakan sebutkan nama lengkap",
# "kami perlu NIK bapak", "bapak tinggal di mana?"). Progress that names the same things asks nothing ("sudah kami
# hubungi melalui verifikator", "nama jalannya sudah kami catat"), nor does telling the reporter how to use their
# own ("silakan cek status bansos dengan NIK bapak": "silakan" alone is no request to send it).
_REQUESTING = frozenset("""mohon mhn tolong tlg harap dimohon minta boleh bisakah dapatkah kirim kirimkan
    sebutkan cantumkan berikan beri infokan informasikan info share japri bawa membawa lampirkan ketik tulis
    tuliskan balas perlu butuh memerlukan membutuhkan berapa siapa mana
    dimana dmn mn brp brapa brpa brapakah berapakah gimana gmn bagaimana bgmn sp spa siapakah""".split())  # as typed
# Who general advice in a sentence is for ("warga yang ingin bantuan silakan bawa KTP", "penerima bantuan diminta
# membawa KTP"): without a word for the reader in the clause it asks nobody's identity of the reporter
_OTHERS = frozenset("warga masyarakat penerima peserta penduduk".split())
_YOU_WORDS = frozenset("""bapak bpk pak ibu ibuk bu anda sdr saudara saudari mas mbak kak kakak pelapor njenengan
    panjenengan sampeyan kamu""".split())
# Where a clause ends: a comma, a question mark…, or a full stop after a word (not after "No." or "Jl.")
_CLAUSE_BREAK = re.compile(r"([,;!?\n]|(?<=[^\W\d_]{5})\.(?=\s|$))")


def requests_identity(text: str) -> bool:
    """Whether words an agency sends the reporter ask who they are (name, number, NIK, email, home)."""
    parts, others = _CLAUSE_BREAK.split(text), False
    for clause, end in zip(parts[0::2], [*parts[1::2], ""], strict=True):
        said = {w.lower() for w in _LETTERS.findall(clause)}
        others = others or bool(said & _OTHERS)  # "bagi warga yang …, silakan bawa KTP": advice to all
        if asks_identity(clause) and (end == "?" or said & _REQUESTING) and not (others and not said & _YOU_WORDS):
            return True
        others = others and end not in (".", "!", "?", "\n")
    return False


def reporter_identity(complaint) -> tuple[str | None, str | None]:
    """The reporter's (name, phone) that may be sent or exported: (None, None) for an anonymous complaint."""
    if complaint.privacy == "anonim":
        return None, None
    phone = complaint.citizen.phone if complaint.citizen is not None else None
    return complaint.reporter_name, phone


def safe_title(complaint) -> str:
    """The title as it may leave the region: cut again from the masked text (a cut NIK leaves no digits)."""
    from lapor.complaints import make_title

    return make_title(strip_nik(complaint.description)) if complaint.description else strip_nik(complaint.title)
