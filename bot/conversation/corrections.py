"""Corrections typed while filing ("eh salah, maksud saya saluran irigasi bukan got", "ralat: rt 04/rw 05"): they
mend the answer given before (or, at the summary, the part they are about) instead of being taken as the answer to
the question asked now. A correction to the text, or one that mends part of the place ("rt 04/rw 05 maksudnya"), is
added to it as a "Ralat"; a whole new place ("harusnya di jl merdeka") replaces the wrong one."""

from __future__ import annotations

import re

from bot.conversation import understanding
from bot.conversation import vocabulary as vocab
from bot.conversation.states import FILING, State
from bot.conversation.turn import Turn
from bot.messages import t
from lapor import complaints

# "eh salah, …", "maaf salah ketik, …", "ralat: …", "koreksi …" (then "maksud saya …", or "…, maksudnya");
# "salah satu lampu mati" is no correction, nor "maksud saya …" alone (it opens many a description)
# What opens a correction before "salah": interjections, apologies, ways of addressing, asking to wait ("eh bentar,
# lokasinya salah …", "waduh sorry pak, salah …")
OPENERS = (r"(?:eh|oh|ah|aduh|waduh|duh|astaga|loh|lho|hmm|wah|maaf|mohon maaf|sorry|pak|bu|min|kak|mas|mbak|"
           r"bentar|sebentar|tunggu|wait|oiya|iya|ya|"
           r"(?:h[aeiu]){2,}h?|(?:wk)+w?|xi(?:xi)+)")  # laughing at one's slip: "hehe", "wkwk", "xixi"
# What was meant, after a correction's marker: "salah, maksud saya …", "bukan, sebenarnya …" ("bukan" alone is a no)
MEANT = (r"(?:maksud\s+(?:saya|aku|sy|kami)|maksudnya|(?:yang|yg)\s+ben[ae]r|(?:se)?harusnya|sebenarnya"
         r"|sebetulnya|nu\s+leres(?:na)?|(?:sing|seng|ingkang)\s+(?:bener|leres))")  # Sundanese, Javanese
MARKER = re.compile(
    r"^\W*(?:" + OPENERS + r"\W+)*(?:(?:salah|keliru)(?!\s+(?:satu|paham))"
    r"(?:\W+(?:ketik|tulis|pak|bu|min|kak|mas|mbak))*|ralat|koreksi|revisi"
    r"|bukan(?:\W+(?:pak|bu|min|kak|mas|mbak))?(?=\W+" + MEANT + r"))\b\W*", re.IGNORECASE)
AFTER = re.compile(r"^\W*" + MEANT + r"\b\W*", re.IGNORECASE)
# The part named after the marker ("eh salah lokasinya, harusnya …"): no part of what was meant
PART_AFTER = re.compile(r"^\W*(?:lokasi|alamat|tempat)(?:nya|nye|na|e)?\b\W*(?=" + MEANT + r"\b)", re.IGNORECASE)
# "alamatnya salah, harusnya …", "lokasinya keliru pak, yang benar …": the part is named before "salah"; it must
# end there ("alamat salah di KTP saya …" tells a problem)
# Wrong in other words: "kurang tepat", "tidak sesuai", "belum benar", Javanese "mboten leres", Sundanese "teu leres"
WRONG = (r"(?:salah|keliru|(?:kurang|tidak|tdk|tak|ga|gak|gk|nggak|ngga|enggak|belum|blm|mboten|ora|teu)\s+"
         r"(?:tepat|pas|benar|bener|betul|sesuai|cocok|akurat|leres))")
NAMED = re.compile(
    r"^\W*(?:" + OPENERS + r"\W+)*(?P<part>[a-z]+?)(?:nya|nye|na|ne|e)?\s+" + WRONG +  # "tempatna", "alamate",
    r"(?:\s+(?:ketik|tulis))?(?:\W+(?:pak|bu|min|bang|kak|mas|mbak))?"  # "lokasine", Betawi "alamatnye"
    r"(?=\s*[,.:;!-]|\s*$|\s+(?:maksud|yang benar|yg benar|(?:se)?harusnya)\b)"
    r"\W*", re.IGNORECASE)
NAMED_PARTS = {"tempat": State.LOCATION, **vocab.EDIT_NAMES}
# A change of the place asked for with the new one ("ubah lokasinya, harusnya …", "ganti alamatnya jadi …",
# "lokasinya diganti jadi …", "eh rubah tempatnya jd …"): the verb before or after the place's name, then the place
# the name with its suffix, or followed by what leads to the new place ("tolong perbaiki tempat sampah …" is a story)
PLACE_NAME = (r"(?:lokasi|alamat|tempat)(?:\s*(?:nya|nye|na|ne|e)\b"
              r"|(?=\s*[,.:;-]|\s+(?:jadi|jd|menjadi|ke|dengan|dgn)\b|\W*$|\W+" + MEANT + r"))")
CHANGE_VERB = r"(?:di\s*)?(?:ubah|rubah|ganti|edit|perbaiki|benerin|betulin|betulkan)(?:in|kan)?"
CHANGED = re.compile(
    r"^\W*(?:" + OPENERS + r"\W+)*(?:(?:tolong|mohon|minta|bisa)\W+)?(?:" + CHANGE_VERB + r"\W+" + PLACE_NAME
    + r"|" + PLACE_NAME + r"\W+(?:(?:tolong|mohon)\W+)?" + CHANGE_VERB + r")\b"
    r"(?:\W+(?:jadi|jd|menjadi|ke|dengan|dgn|pak|bu|min|kak|bang|mas|mbak|ya|aja|saja))*\b\W*", re.IGNORECASE)
TRAILING = re.compile(r"\W*\bmaksud(?:nya|\s+(?:saya|aku|sy))\W*$", re.IGNORECASE)
PART_KEYS = {State.KIND: "kind", State.DESCRIPTION: "description", State.LOCATION: "location",
             State.PRIVACY: "privacy"}
PLACE_MARKERS = frozenset("jl jln jalan alamat alamatnya lokasi lokasinya rt rw gang gg desa kel kelurahan kec "
                          "kecamatan dusun dsn no nomor blok perumahan perum".split())


# A change of mind that says what is wanted instead: "eh ga jadi deh, saya mau aspirasi aja" (with nothing after
# it, or a reason, "gak jadi" drops the draft: fallbacks.global_command)
CHANGED_MIND = re.compile(r"^\W*(?:" + OPENERS + r"\W+)*(?:gak|ga|gk|g|nggak|ngga|enggak|tidak|tdk|ndak|ora)\W*jadi"
                          r"(?:\W+(?:deh|dong|ah|aja|pak|bu|min))*\b\W*", re.IGNORECASE)
# The kinds by their names ("masalah", "tanya" or "info" say other things in a sentence)
KIND_NAMES = {"pengaduan": "pengaduan", "aduan": "pengaduan", "aspirasi": "aspirasi", "usulan": "aspirasi",
              "informasi": "informasi", "usul": "aspirasi", "saran": "aspirasi", "keluhan": "pengaduan",
              "komplain": "pengaduan", "pertanyaan": "informasi"}
KIND_MEANT_WORDS = 4


def kind_meant(said: str) -> str | None:
    """The kind a few words name ("saya mau aspirasi aja", "permintaan informasi"), or None."""
    chosen = understanding.choice_text(said).split()
    kinds = {KIND_NAMES[w] for w in chosen if w in KIND_NAMES}
    return kinds.pop() if len(kinds) == 1 and len(chosen) <= KIND_MEANT_WORDS else None


def changed_mind_to_kind(text: str) -> str | None:
    """The kind wanted instead, after "gak jadi" ("eh ga jadi deh, saya mau pengaduan aja", "ga jadi pengaduan deh,
    aspirasi aja"), or None."""
    found = CHANGED_MIND.match(text or "")
    return kind_meant(_kind_left_dropped(text[found.end():])) if found else None


# The privacy choices by their names, wanted after "gak jadi" ("gak jadi, anonim aja", "ga jadi biasa, rahasia aja")
PRIVACY_NAMES = {"biasa": "biasa", "rahasia": "rahasia", "anonim": "anonim", "anonym": "anonim", "publik": "biasa"}
PRIVACY_LEFT = re.compile(r"^\W*(?:" + "|".join(PRIVACY_NAMES) + r")\b(?=\W*[,.;]\W*\w)", re.IGNORECASE)


def changed_mind_to_privacy(text: str) -> str | None:
    """The privacy wanted instead, after "gak jadi" ("gajadi deh, rahasia aja", "ga jadi biasa, anonim aja"), or
    None (a bare "gak jadi" drops the draft: fallbacks.global_command)."""
    found = CHANGED_MIND.match(text or "")
    if found is None:
        return None
    rest = text[found.end():]
    left = PRIVACY_LEFT.sub("", rest, count=1)
    if left == rest and not re.search(r"[,.;!]", found.group()):  # "gak jadi anonim pak": anonim left, not wanted
        return None
    chosen = understanding.choice_text(left).split()
    names = {PRIVACY_NAMES[w] for w in chosen if w in PRIVACY_NAMES}
    return names.pop() if len(names) == 1 and len(chosen) <= KIND_MEANT_WORDS else None


KIND_LEFT = re.compile(r"^\W*(?:" + "|".join(KIND_NAMES) + r")\b", re.IGNORECASE)


def _kind_left_dropped(rest: str) -> str:
    """What follows "gak jadi" without the kind it leaves ("pengaduan deh, saya mau aspirasi aja")."""
    return KIND_LEFT.sub("", rest, count=1)


def correction(turn: Turn, *, caption: bool = False) -> str | None:
    """What a correction says ("" when it says only that something was wrong), or None for a message that is none
    (a part named as wrong must have been answered). A photo's caption is read only when `caption` says so."""
    if (turn.message.media and not caption) or turn.message.location is not None:
        return None
    found = MARKER.match(turn.text or "")
    part = named_part(turn.text)
    if found is None and part is not None and getattr(turn.draft, _field(part)):
        found = NAMED.match(turn.text) or CHANGED.match(turn.text)
    changed = found is None and changed_mind_to_kind(turn.text)
    if changed:
        found = CHANGED_MIND.match(turn.text)
    if found is None:
        return None
    rest = turn.text[found.end():]
    rest = AFTER.sub("", PART_AFTER.sub("", _kind_left_dropped(rest) if changed else rest))
    return ADDRESSED.sub("", TRAILING.sub("", rest).strip(" ,.;:-")).strip(" ,.;:-")


# An address right after the word of correcting ("ralat pak, blok d bukan blok c"): no part of what it says
ADDRESSED = re.compile(r"^(?:(?:pak|bu|min|kak|mas|mbak|bang|dik|nak|gan)\b\W*)+(?=\w)", re.IGNORECASE)


def apply(turn: Turn, said: str) -> State | None:
    """Mend the part the correction is about (the answer before this step; at the summary, the part its words
    name); None when there is nothing to mend it with."""
    part = named_part(turn.text) or (State.KIND if kind_meant(said) else None) or (
        _part_at_summary(said) if turn.state == State.CONFIRM else _answered_before(turn))
    if part == State.LOCATION and not named_part(turn.text) and turn.draft.description and _names_no_place(said):
        part = State.DESCRIPTION  # "ralat: sudah 3 minggu bukan 3 hari" after the place: how long, of the story
    if part is None or not said:
        return None
    draft = turn.draft
    if part == State.KIND:
        chosen = understanding.choice_text(said)
        if len(chosen.split()) > KIND_MEANT_WORDS and not kind_meant(said):
            return None  # "sudah 3 minggu bukan 3 hari": a number of the story, not the kind list's
        kind = vocab.KIND_CHOICES.get(chosen) or next(
            (vocab.KIND_CHOICES[w] for w in chosen.split() if w in vocab.KIND_CHOICES), None)
        if kind is None:
            return None
        draft.kind = kind
    elif part == State.PRIVACY:
        privacy = understanding.protection_asked(said) or next(
            (vocab.PRIVACY_CHOICES[w] for w in understanding.choice_text(said).split() if w in vocab.PRIVACY_CHOICES),
            None)
        if privacy is None:
            return None
        draft.privacy = privacy
    elif part == State.LOCATION and whole_place(PART_LEAD.sub("", said)):  # "harusnya di jl merdeka": the old
        said = PART_LEAD.sub("", said)  # place was wrong; "lokasinya di jl melati": the place, not its part's name
        place = street_replaced(draft.location_text, said)  # "jl mawar no 7": the RT/RW, village and landmark kept
        draft.location_text, draft.latitude, draft.longitude = place[:500], None, None
    elif part == State.LOCATION:  # "rt 04/rw 05 maksudnya": it reads only beside the old place
        draft.location_text = f"{draft.location_text or ''} ({t('correction_label')}: {said})".strip()[:500]
    else:
        line = f"{t('correction_label')}: {said}"
        draft.description = f"{draft.description or ''}\n{line}".strip()[: complaints.MAX_DESCRIPTION_CHARS]
    return part


# A street's first word, and what ends a street's part of an address: RT/RW, the village, the district, a comma
STREET_FIRST = frozenset({"jl", "jln", "jalan", "gang", "gg", "lorong", "lr"})
STREET_ENDS = re.compile(r",|\b(?:rt|rw|desa|ds|dusun|dsn|kel|kelurahan|kec|kecamatan|kab|kabupaten|perum|komplek|"
                         r"blok|depan|dekat|dkt|dpn|samping|sebelah|belakang|seberang)\b", re.IGNORECASE)


def street_replaced(old: str | None, new: str) -> str:
    """The place after a new one typed at the summary: a street alone ("jl mawar no 7", "gg mawar 2") takes the old
    street's part only, the RT/RW, village and landmark after it kept ("ubah alamatnya jd jl mawar no 7" dropped
    them); a new place with more of its own, or an old one with no street first, is the new place whole."""
    new = new.strip()
    old_words, new_words = understanding.chat_words(old or ""), understanding.chat_words(new)
    if not (old_words[:1] and old_words[0] in STREET_FIRST and new_words[:1] and new_words[0] in STREET_FIRST):
        return new
    if STREET_ENDS.search(new) or not (found := STREET_ENDS.search(old or "")):
        return new
    rest = (old or "")[found.start():]
    return f"{new}{'' if rest.startswith(',') else ' '}{rest}"


# The part named before the place meant ("eh salah, lokasinya di jl melati", "alamatnya yaitu jl …")
PART_LEAD = re.compile(r"^\W*(?:lokasi|alamat|tempat)(?:nya|nye|na|e)?\W+(?:(?:ada|itu|yaitu|yakni|adalah)\W+)?",
                       re.IGNORECASE)


def _names_no_place(said: str) -> bool:
    """A correction with no word of a place ("sudah 3 minggu bukan 3 hari", "yg jatuh 2 orang bukan 1"): no address
    marker, landmark or "di"/"depan" ("no 15 bukan no 5", "rt 4 bukan rt 3" mend the place)."""
    from bot.conversation.story_place import BEFORE_PLACE, MARKERS, place_words  # it reads this module's markers

    return not set(place_words(said)) & (MARKERS | BEFORE_PLACE | PLACE_OPENERS)


# What a whole new place opens with ("di jl merdeka", "depan masjid", "desa kamoning"); the numbers of an address
# alone ("rt 04/rw 05", "no 15 bukan no 5") mend the old one
PLACE_OPENERS = frozenset("di depan dekat deket samping sebelah belakang seberang pojok ujung".split())
NUMBERS_ONLY = frozenset("rt rw no nomor blok alamat alamatnya lokasi lokasinya".split())


def whole_place(said: str) -> bool:
    """Whether a correction of the place is a new place of its own, not a mend of the old one ("bukan di jalan
    raya tapi di gangnya" reads only beside it)."""
    words = understanding.chat_words(said)
    return (bool(words) and words[0] in PLACE_OPENERS | (PLACE_MARKERS - NUMBERS_ONLY)
            and "bukan" not in words)


def named_part(text: str) -> State | None:
    """The part a correction names as wrong ("alamatnya salah, …": the place), or None."""
    found = NAMED.match(text or "")
    part = NAMED_PARTS.get(found.group("part").lower()) if found else None
    if part is None and CHANGED.match(text or "") and CHANGED.sub("", text).strip(" ,.;:-"):
        return State.LOCATION  # "ganti alamatnya jadi …": a bare "ganti alamatnya" is UBAH's, asking for it
    return part if part in PART_KEYS else None


def part_only(turn: Turn, said: str) -> State | None:
    """The place or the text when a correction names it and says nothing else ("eh salah tempat", "alamatnya
    salah"): the citizen is to be asked for it again; None otherwise."""
    named = [w for w in understanding.chat_words(said) if w not in understanding.FILLER]
    parts = {NAMED_PARTS.get(w) or NAMED_PARTS.get(w.removesuffix("nya")) for w in named}
    part = (parts.pop() if len(parts) == 1 else None) if named else named_part(turn.text)
    filled = part in (State.LOCATION, State.DESCRIPTION) and getattr(turn.draft, _field(part))
    return part if filled else None


def mend(turn: Turn, part: State) -> bool:
    """Take this message as the new place or text asked for after "eh salah tempat"; False when it can be none."""
    text = (turn.text or "").strip()
    if part == State.LOCATION and len(text) >= 5 and any(ch.isalpha() for ch in text):
        turn.draft.location_text, turn.draft.latitude, turn.draft.longitude = text[:500], None, None
        return True
    if part == State.DESCRIPTION and complaints.description_problem(text) is None:
        turn.draft.description = text[: complaints.MAX_DESCRIPTION_CHARS]
        return True
    return False


def _answered_before(turn: Turn) -> State | None:
    """The step answered just before the one asked now (the photo step aside: nothing to mend there)."""
    steps = [State.KIND, State.DESCRIPTION, State.LOCATION, State.PRIVACY]
    if turn.state not in FILING or turn.state not in (*steps, State.PHOTO):
        return None
    if turn.state == State.KIND and turn.draft.description:  # the story told before the kind question
        return State.DESCRIPTION
    order = [State.KIND, State.DESCRIPTION, State.LOCATION, State.PHOTO, State.PRIVACY]
    earlier = [step for step in order[:order.index(turn.state)] if step in steps]
    filled = [step for step in earlier if getattr(turn.draft, _field(step))]
    return filled[-1] if filled else None


def _field(step: State) -> str:
    return "location_text" if step == State.LOCATION else PART_KEYS[step]


def _part_at_summary(said: str) -> State:
    """At the summary, the part a correction's words are about: privacy, the place, the kind, else the text."""
    words = set(understanding.chat_words(said))
    if understanding.protection_asked(said) or words & {"anonim", "rahasia", "biasa"}:
        return State.PRIVACY
    if words & PLACE_MARKERS or whole_place(said):  # "maksud saya depan masjid al ikhlas"
        return State.LOCATION
    if words & {"pengaduan", "aspirasi", "informasi"} and len(words) <= 4:
        return State.KIND
    return State.DESCRIPTION
