"""Staff commands said in words the command readers of `bot.staff` do not take in their order: a verifier's
disposition with other words around where it goes ("lpr 2 urgent ke pupr", "lpr 2 itu urusan pu", "lpr 2 pupr,
prioritas tinggi", "lpr 2 bukan urusan dlh tp urusan pu"). What is read is asked about (YA), never done at once."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from bot.commands import words
from bot.inbound import Inbound
from bot.progress import is_question
from bot.staff import (
    ASKING_WORDS,
    HOW_FAR,
    PERIOD_NAMED,
    REASON_AFTER,
    TRAILING_COURTESY,
    StaffTurn,
    _named_inside,
    _remember,
    _remembered,
)
from lapor.agency_lookup import find_agencies, only_agency_words
from lapor.references import format_reference
from models import Contact
from services import Services

# Where it goes: after a word of destination or of whose it is, up to the end of the clause
DESTINATION = re.compile(r"\b(?:ke|kpd|kepada|urusan|urusannya|wewenang|kewenangan|ranah|bagian|tupoksi|punya|"
                         r"milik)\s+(?P<named>.+)", re.IGNORECASE)
NEGATED = re.compile(r"\b(?:bukan|bkn|tidak|tdk|gak|ga|nggak|jangan|jgn)\s*$", re.IGNORECASE)  # "bukan urusan dlh"
CLAUSE_END = re.compile(r"\s+(?:tp|tapi|tetapi|namun|bukan|bkn|dan\s+bukan|krn|karena|soalnya|sebab)\b.*$",
                        re.IGNORECASE)
PART = re.compile(r"[,;]")
CLAUSES = re.compile(r"[,.;:!?]|\b(?:tp|tapi|tetapi|namun|melainkan)\b", re.IGNORECASE)
AGENCY_MAX_WORDS = 5  # "dinas pekerjaan umum dan penataan": the longest name read after a destination word
SAID_MAX_WORDS = 14  # a disposition said short; a longer text is a story


def forward_said(turn: StaffTurn) -> tuple[str, list] | None:
    """The complaint and agencies of a verifier's short message naming one complaint and where it goes among other
    words (after `DESTINATION`, not after a negation; or a comma-separated part of agencies' words alone); None
    for anything else."""
    text = turn.message.text
    if len(words(text)) > SAID_MAX_WORDS or (found := _named_inside(text)) is None:
        return None
    number, rest = found
    for clause in CLAUSES.split(rest):  # "bukan urusan dlh tp urusan pu": the clause that is not negated
        if (found := DESTINATION.search(clause)) is None or NEGATED.search(clause[:found.start()]):
            continue
        named = found.group("named")
        typed = words(TRAILING_COURTESY.sub("", REASON_AFTER.sub("", CLAUSE_END.sub("", named))))
        for count in range(min(len(typed), AGENCY_MAX_WORDS), 0, -1):  # the longest start of agencies ("pln aja")
            if agencies := _agencies(turn, " ".join(typed[:count])):
                return format_reference(number), agencies
    for part in PART.split(rest):  # "pupr, prioritas tinggi", "verified, pupr"
        if agencies := _agencies(turn, TRAILING_COURTESY.sub("", part).strip()):
            return format_reference(number), agencies
    return None


def _agencies(turn: StaffTurn, said: str) -> list:
    """The agencies `said` names when it is nothing but their words; [] otherwise."""
    return find_agencies(turn.session, said)[0] if said and only_agency_words(turn.session, said) else []


# Figures asked in other words than REKAP ("statistik", "statistik bulan ini", "kinerja dlh gimana?", "capaian kita
# minggu ini?", "jumlah laporan dlh brp"): REKAP with the words after (the period, the agency). A statement ("kinerja
# tim sudah maksimal") or a count of something else ("jumlah truk kurang") asks for none.
FIGURES = {"statistik", "kinerja", "capaian", "performa", "rekapitulasi"}
COUNTED = {"jumlah", "total", "banyaknya"}
COMPLAINT_WORDS = {"laporan", "lap", "aduan", "pengaduan", "lpr", "keluhan", "disposisi"}
FIGURES_ASKING = ASKING_WORDS | HOW_FAR | {"berapa", "brp", "piro", "pinten"}
FIGURES_MAX_WORDS = 8
REPORTERS = {"pelapor", "pelapornya", "warga", "pengadu"}  # "data pelapor": a person, not figures


def figures_asked(text: str) -> str | None:
    """The words after the figures a short message without a reference asks for (`FIGURES`, or `COUNTED`
    complaints of no named period: a period's count is its list), for REKAP; None for anything else."""
    typed = [w.removesuffix("nya") for w in words(text)]
    if len(typed) > FIGURES_MAX_WORDS or set(typed) & REPORTERS or any(w.isdigit() for w in typed):
        return None
    for index, word in enumerate(typed):
        counted = word in COUNTED and typed[index + 1:index + 2] and typed[index + 1] in COMPLAINT_WORDS
        if counted and any(PERIOD_NAMED.search(w) for w in typed):
            return None
        if (word in FIGURES or counted) and (len(typed) <= 3 or is_question(text) or set(typed) & FIGURES_ASKING):
            return " ".join(w for w in typed[index + 1:] if w not in FIGURES_ASKING | COMPLAINT_WORDS)
    return None


# "Laporan yang mana?" (`bot.staff._which_one`) answered with the number alone ("2", "lpr 2", "no 2"): the message it
# asked about is read again with that reference in front, as if typed with it (what sends anything still asks first).
WHICH_KEY, WHICH_LIFETIME = "staff_which", timedelta(minutes=15)
ONLY_REFERENCE = re.compile(r"^\W*(?:(?:lpr|no|nomor|nmr|laporan|yg|yang)\W*)*(\d{1,9})\W*$", re.IGNORECASE)


def remember_which(turn: StaffTurn, numbers: list[int]) -> None:
    _remember(turn, WHICH_KEY, {"at": turn.now.isoformat(), "text": turn.message.text, "numbers": numbers})


def which_answered(session: Session, svc: Services, staff: Contact, message: Inbound, now: datetime) -> Inbound:
    """The message "Laporan yang mana?" asked about, with the complaint `message` picks from its list in front;
    `message` itself (and the question forgotten) for anything else."""
    turn = StaffTurn(session, svc, staff, message, now, "", "", role=staff.role or "-")
    pending = _remembered(turn, WHICH_KEY, WHICH_LIFETIME)
    if pending is None:
        return message
    _remember(turn, WHICH_KEY, None)  # answered once, or left for something else
    found = ONLY_REFERENCE.match(message.text)
    if found is None or message.replied_to_sid or int(found.group(1)) not in pending["numbers"]:
        return message
    return dataclasses.replace(message, body=f"{format_reference(int(found.group(1)))} {pending['text']}")
