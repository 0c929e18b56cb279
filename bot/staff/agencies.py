"""Agencies named in a staff member's words: the words around them ("ke …", "… ya pak"), a reason after them."""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from bot.commands import words
from bot.staff.turn import StaffTurn
from lapor.agency_lookup import only_agency_words

AGENCY_WORDS = {"instansi", "dinas", "opd", "skpd", "instansinya", "dinasnya", "opdnya"}


# Why, after the agencies of TERUSKAN ("TERUSKAN LPR-1 pupr, itu jalan kabupaten", "… dlh krn sampahnya di pasar"):
# no agency's name.
REASON_GIVEN = re.compile(r"(?:^|[\s,;]+)(?:krn|karena|karna|soalnya|sebab|itu|mengingat|berhubung)\b.*$",
                          re.IGNORECASE | re.DOTALL)
REASON_AFTER = re.compile(r"\s+(?:krn|karena|karna|soalnya|sebab|itu|ini|mengingat|berhubung)\b.*$", re.IGNORECASE)


def _agencies_before_reason(session: Session, named: str) -> str:
    """The agencies a verifier's sentence names before the reason it gives ("pupr lagi ya, itu jalan kabupaten",
    "dlh aja krn sampahnya di pasar"): the comma-separated parts up to the first that is not agencies' words
    alone; "" when the first is not."""
    kept = []
    for part in named.split(","):
        part = TRAILING_COURTESY.sub("", REASON_AFTER.sub("", part)).strip()
        if not part or not only_agency_words(session, part):
            break
        kept.append(part)
    return ", ".join(kept)


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
