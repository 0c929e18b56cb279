"""Agencies named in a staff member's words: the words around them ("ke …", "… ya pak"), a reason after them."""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from bot.commands import words
from bot.staff.turn import StaffTurn
from lapor.agency_lookup import GENERIC, JOINING_WORDS, closest_agency, find_agencies, only_agency_words
from models import Agency

AGENCY_WORDS = {"instansi", "dinas", "opd", "skpd", "instansinya", "dinasnya", "opdnya"}


# Why, after the agencies of TERUSKAN ("TERUSKAN LPR-1 pupr, itu jalan kabupaten", "… dlh krn sampahnya di pasar"):
# no agency's name.
REASON_GIVEN = re.compile(r"(?:^|[\s,;]+)(?:krn|karena|karna|soalnya|sebab|itu|mengingat|berhubung)\b.*$",
                          re.IGNORECASE | re.DOTALL)
REASON_AFTER = re.compile(r"\s+(?:krn|karena|karna|soalnya|sebab|itu|ini|mengingat|berhubung)\b.*$", re.IGNORECASE)


def _agencies_before_reason(session: Session, named: str) -> str:
    """The agencies a verifier's sentence names before the reason it gives ("pupr lagi ya, itu jalan kabupaten",
    "dlh aja krn sampahnya di pasar"), comma-separated; "" when the first name is not agencies' words alone."""
    names = forward_names(session, named)
    return ", ".join(names) if names and only_agency_words(session, names[0]) else ""


# Words after which a forward's agencies may end and a remark or a reason begin ("ke pupr aja, lampu jalan kan pupr",
# "ke pupr ya pak jalan kabupaten", "ke dlh krn itu sampah"); agencies after them are still read ("pupr aja dlh juga").
REMARK_WORDS = frozenset({
    "krn", "karena", "karna", "soalnya", "soale", "sebab", "mengingat", "berhubung", "biar", "supaya", "kan", "itu",
    "ini", "ya", "yah", "yaa", "iya", "aja", "saja", "sj", "aj", "ajah", "pak", "bu", "bapak", "ibu", "mas", "mbak",
    "kak", "min", "dong", "deh", "nggih", "njih", "lho", "loh", "sdh", "sudah", "udah", "udh", "ok", "oke", "segera",
    "sekarang", "sekalian", "juga", "jg", "jga", "dulu", "dl", "lagi", "lg", "mohon", "tolong", "ndan", "bos", "boss",
    "bro", "gan"})
# A later comma-separated part is taken as an agency's name (and refused when unknown) when it is one word or opens
# with a word of an agency's kind ("pupr, bpbd", "pupr, dinas pariwisata"); other words are a remark ("pupr, lampu
# lalin").
AGENCY_OPENING = frozenset(AGENCY_WORDS | GENERIC)
# One word alone after a comma that is a remark, never an agency's name: urgency or thanks ("ke pupr, mendesak",
# "lpr 2 ke dlh, urgent", "…, makasih"); other single words stay names, refused when unknown ("pupr, bpbd").
REMARK_ALONE = frozenset({
    "mendesak", "urgent", "urgen", "urgensi", "penting", "darurat", "emergency", "gawat", "kritis", "prioritas",
    "prioritaskan", "cepat", "cpt", "cepet", "secepatnya", "segera", "asap", "buruan", "sekarang", "skrg",
    "makasih", "mksh", "makasi", "trims", "trimakasih", "terimakasih", "tks", "thx", "thanks", "nuwun", "suwun",
    "hatur", "tq", "ty"})
_EDGE_PUNCTUATION = ".,;:!?()\"'"


def forward_names(session: Session, text: str) -> list[str]:
    """The agency names a forward's words give, each as typed (for TERUSKAN to look up, or refuse by name): the
    comma-separated parts, each up to a word of courtesy or of why when other words than agencies' follow it
    ("pupr ya pak jalan kabupaten": "pupr"; "pupr aja dlh juga": both), and no part after the remark begins
    ("pupr aja, lampu jalan kan pupr": "pupr"). The first name is kept whatever it is, as a later part that looks
    like a name (`AGENCY_OPENING`), so that an agency the directory does not have is refused, never skipped."""
    shorter = REASON_GIVEN.sub("", text)
    text = shorter if shorter.strip(" ,;") else text  # "…, itu jalan kabupaten" (unless nothing else is said)
    names: list[str] = []
    for part in AGENCY_SEPARATORS.split(text):
        pieces = _pieces(LEADING_FILLER.sub("", part))
        if not pieces:
            continue
        first = pieces[0]
        if names and len(pieces) == 1 and first.lower() in REMARK_ALONE:
            continue  # "pupr, mendesak, bpbd": a word of urgency between the names, the next still read
        run = _run_named(session, first, text)  # "pupr bpbd": PUPR, then a name the directory may lack
        if names and len(run) == 1 and not only_agency_words(session, first) and not _looks_named(pieces):
            return names  # "pupr, lampu lalin": the remark
        names += run
        for piece in pieces[1:]:
            if not only_agency_words(session, piece):
                named = _run_named(session, piece, text)
                return names + named[1:] if len(named) > 1 else names  # "pupr ya pak jalan kabupaten": remark
            names.append(piece)
    return names


# A word after an agency's words that is another agency's name, not a remark ("ke pupr bpbd", "ke dlh BAPPEDA",
# "ke pupr dinas pariwisata"): one of the bodies every region has (`REGIONAL_BODIES`), an abbreviation typed in
# capitals in a message that has small letters, a lowercase word without a vowel that no chat abbreviation is,
# ending the name ("bpbd", "dkpp"; not "yg"), a word of an agency's kind first, or a typo of a directory agency's
# name (`closest_agency`). Measured in docs/staff.md (staff14).
NAMED_KIND = frozenset({"dinas", "badan", "bagian", "kantor", "satuan", "unit", "uptd", "upt", "biro", "balai",
                        "kementerian", "lembaga", "perusahaan", "perumda"})
VOWELS = frozenset("aeiouy")
# Words of chat, English mostly, typed after an agency as a remark ("ke dlh pls", "ke pupr NOTED", "FYI")
CHAT_WORDS = frozenset({"pls", "plz", "please", "plis", "fyi", "btw", "noted", "ok", "okay", "done", "update",
                        "cmiiw", "sorry", "sori", "sip", "siap", "thanks", "thank", "dll", "dsb", "dst"})
# Bodies every Indonesian region has under their usual short names (PP 18/2016's nomenclature, vertical offices,
# state companies), which a region's directory may lack or spell otherwise: another agency, never a remark.
REGIONAL_BODIES = frozenset({
    "bpbd", "bappeda", "bapenda", "bappenda", "bpkad", "bpkpad", "bkpsdm", "bkd", "bkpp", "dpmptsp", "disperindag",
    "disdag", "dispora", "disporapar", "disparbud", "disbudpar", "dispar", "diskominfo", "kominfo", "disnaker",
    "disnakertrans", "disperkim", "dpmd", "dpmpd", "dppkb", "dp2kb", "dkpp", "dispertan", "distan", "dkp", "dishut",
    "inspektorat", "setda", "setwan", "dprd", "kesbangpol", "bakesbangpol", "damkar", "basarnas", "bnn", "bnnk",
    "bpn", "atr", "bpjs", "kpu", "bawaslu", "kemenag", "satpolpp", "satpol", "polpp", "dishub", "dinkes", "dinsos",
    "disdik", "disdikbud", "dukcapil", "disdukcapil", "dispendukcapil", "pdam", "pln", "polres", "polsek", "koramil",
    "kodim", "telkom", "pertamina", "bulog", "bpom", "bmkg", "dlh", "pupr", "dpupr", "perkim",
    "baznas", "dp3a", "dp3akb", "dinkop", "diskop", "diskopumkm", "disperpa",
    "dispusip", "dpk", "disketapang", "dkppp", "bpkp", "ombudsman"})


def _run_named(session: Session, piece: str, said: str) -> list[str]:
    """`piece` as one name, or as the agencies' words it opens with and the name of another agency typed right
    after them without a comma ("pupr bpbd": "pupr", "bpbd"); a remark after them is left out by the caller.
    `said` is the whole forward (capitals tell a name only where other words have small letters)."""
    typed = piece.split()
    if len(typed) < 2 or only_agency_words(session, piece):
        return [piece]
    lead = next((n for n in range(len(typed) - 1, 0, -1) if only_agency_words(session, " ".join(typed[:n]))
                 and typed[n - 1].lower() not in NAMED_KIND), 0)  # "pupr dinas pariwisata": "dinas" opens one
    if not lead or not _agency_like(session, typed[lead], said, last=lead == len(typed) - 1):
        return [piece]
    word = typed[lead].strip(_EDGE_PUNCTUATION)
    return [" ".join(typed[:lead]), " ".join(typed[lead:]) if word.lower() in NAMED_KIND else word]


def _agency_like(session: Session, token: str, said: str, last: bool) -> bool:
    """Whether a word typed after an agency's words names another agency (`_run_named`), never a remark; a word
    without a vowel only when it ends the name (`last`: "ke dlh tps pasar" is DLH and a remark)."""
    from lapor.textnorm import ABBREVIATIONS

    word = token.strip(_EDGE_PUNCTUATION)
    lowered = word.lower()
    if lowered in REGIONAL_BODIES:
        return True
    if not word.isalpha() or lowered in REMARK_WORDS or lowered in REMARK_ALONE or lowered in ABBREVIATIONS \
            or lowered in CHAT_WORDS:
        return False
    if lowered in NAMED_KIND or closest_agency(session, lowered) is not None:
        return True
    if last and len(word) >= 3 and not set(lowered) & VOWELS:
        return True
    if not (word.isupper() and len(word) >= 2 and any(ch.islower() for ch in said)):
        return False
    from lapor.textnorm import root_words  # (loaded once per process, only for a capitalised word here)

    return lowered not in root_words()  # "ke dlh BESOK": a word in capitals, no name


def _pieces(part: str) -> list[str]:
    """The runs of words of `part` between words of `REMARK_WORDS`, each without the courtesy around it."""
    pieces, run = [], []
    for token in part.split():
        if token.lower().strip(_EDGE_PUNCTUATION) in REMARK_WORDS:
            pieces.append(" ".join(run))
            run = []
        else:
            run.append(token)
    pieces.append(" ".join(run))
    found = [TRAILING_COURTESY.sub("", LEADING_FILLER.sub("", piece)).strip(" " + _EDGE_PUNCTUATION)
             for piece in pieces]
    return [piece for piece in found if piece]


def _looks_named(pieces: list[str]) -> bool:
    """Whether a later part of a forward (its `_pieces`) is meant as an agency's name: one word and nothing else,
    or a word of an agency's kind first ("bpbd", "dinas pariwisata"; not "jalannya kan jalan kabupaten")."""
    typed = words(pieces[0])
    return len(pieces) == len(typed) == 1 or bool(typed) and typed[0] in AGENCY_OPENING


# Agencies joined in one name ("dinas pu dan dinas xyz", "pupr & bpbd"): when the whole names none, each part is
# looked up, so that the one the directory lacks is the one named back.
# Not "dengan" here: after an agency it opens a remark as often ("ke dlh dengan catatan segera")
JOINED = re.compile(r"\s*(?:\b(?:" + "|".join(sorted(JOINING_WORDS - {"dengan"})) + r")\b|[&+/])\s*", re.IGNORECASE)


def unread_name(session: Session, names: list[str], first_too: bool = True) -> tuple[str, Agency | None] | None:
    """The first of a forward's names (`forward_names`) that names no agency, as typed ("bpbd"; of "dinas pu dan
    dinas xyz", "dinas xyz"), with the agency it is likely a typo of (`closest_agency`); None when each names one
    or more (or a pick list). Without `first_too` the first name counts only when it is near an agency ("pupe") or
    for a part after a joining word (a sentence's reader took its start: "pupr besok pagi" is PUPR and a remark)."""
    for index, name in enumerate(names):
        found, lookup = find_agencies(session, name)
        if found or lookup.candidates:
            continue
        parts = [part for part in JOINED.split(name) if part.strip()]
        unread = next((part for part in parts if not _names_some(session, part)), name) if len(parts) > 1 else name
        closest = closest_agency(session, unread)
        if first_too or index or closest is not None or len(parts) > 1 and _looks_named(_pieces(unread)):
            return unread.strip(), closest
    return None


def _names_some(session: Session, typed: str) -> bool:
    """Whether `typed` names an agency (or agencies to pick from)."""
    found, lookup = find_agencies(session, typed)
    return bool(found or lookup.candidates)


OR_BETWEEN = re.compile(r"\s+(?:atau|atw|ato|or)\s+", re.IGNORECASE)


def _agency_words(turn: StaffTurn, text: str) -> list[str]:
    """The words of `text` that name an agency (a code, an alias or words of a name, not only "dinas"), in order."""
    from lapor.agency_lookup import GENERIC

    named = [word for word in words(text) if only_agency_words(turn.session, word)]
    return named if set(named) - GENERIC - {"dan"} else []


AGENCY_SEPARATORS = re.compile(r"[,;\n]")  # "dlh pupr" and "dlh dan pupr" are read by lapor.agency_lookup
# "TERUSKAN LPR-2 ke DLH", "LPR 1 -> dinkes" (an arrow: the reference's dash may have taken its first stroke)
LEADING_FILLER = re.compile(r"^\s*(?:(?:(?:ke|kpd|kepada|untuk|utk)\b|[-=]*>|→)\s*)+", re.IGNORECASE)
# Courtesy after the agencies ("… ke dinas pu ya pak", "… dlh segera, makasih 🙏") is no agency's name.
TRAILING_COURTESY = re.compile(
    r"(?:[\s.!?]*\b(?:ya+|yah|pak|bu|bapak|ibu|mas|mbak|kak|min|dong|deh|nggih|njih|kan|sdh|sudah|udah|udh|ok|oke|"
    r"segera|sekarang|"
    r"sekalian|saja|aja|sj|aj|ajah|juga|jg|jga|dulu|lagi|lg|mohon|tolong|makasih|terima\s*kasih|trims|tks|thx|thanks|"
    r"ndan|bos|boss|bro|gan)\b)+[^0-9A-Za-z]*$",
    re.IGNORECASE)
