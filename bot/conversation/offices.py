"""Where an agency's office is, asked by a citizen ("alamat dinas pupr dimana ya", "kantor dlh di mana pak"): the
directory carries no address, so the reply names the agency and how to reach it through this chat (the question
was offered as a request for information, or read as a place)."""

from __future__ import annotations

from bot.conversation import understanding
from bot.conversation.turn import Turn
from lapor.agency_lookup import find_agencies, only_agency_words
from models import Agency

OFFICE_ASKED_MAX_WORDS = 10
# The words of the question around the agency's name
OFFICE_QUESTION = understanding.ADDRESS_WORDS | understanding.WHERE_WORDS | understanding.FILLER | frozenset({
    "kantor", "kantornya", "di", "ada", "nya", "permisi", "maaf", "mau", "tanya", "nanya", "boleh", "tau", "tahu",
    "min", "admin", "gan", "kah"})
ASKING_OFFICE = frozenset({"kantor", "kantornya"}) | understanding.ADDRESS_WORDS


def agency_office_asked(turn: Turn) -> Agency | None:
    """The one agency whose office a short question asks the place of; None for anything else."""
    said = understanding.standard_words(turn.text)
    if (not said or len(said) > OFFICE_ASKED_MAX_WORDS or not set(said) & ASKING_OFFICE
            or not set(said) & understanding.WHERE_WORDS):
        return None
    rest = " ".join(w for w in said if w not in OFFICE_QUESTION)
    if not rest or not only_agency_words(turn.session, rest):
        return None
    agencies = find_agencies(turn.session, rest)[0]
    return agencies[0] if len(agencies) == 1 else None


def told_office(turn: Turn) -> bool:
    """Answers where an agency's office is asked (`agency_office_asked`); False, saying nothing, else."""
    agency = agency_office_asked(turn)
    if agency is None:
        return False
    turn.say("service_office_agency", agency=agency.name)
    return True
