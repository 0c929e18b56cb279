"""Counts a leader asks of the region in words: which agency gets the most complaints ("dinas mana yg paling banyak
laporannya?"), how many are anonymous ("yang anonim ada berapa": a count only, never who), and how fast complaints
are followed up on average ("rata2 berapa hari laporan ditindaklanjuti?": REKAP, which shows it), for the period
named (the year so far when none is).
"""

from __future__ import annotations

import re
from datetime import timedelta

from bot.commands import words
from bot.messages import short_date, t
from bot.staff.agencies import AGENCY_WORDS, _agency_words
from bot.staff.questions import ANSWERING, LATE_WORDS, SLOW_WORDS, UNANSWERED
from bot.staff.turn import LEADER_ROLES, QUEUE_ROLES, StaffTurn
from lapor import access, performance
from lapor.agency_lookup import find_agencies
from lapor.references import mentioned_reference, split_reference
from models.vocab import Role

COUNTS_MAX_WORDS = 10
COMPLAINTS_NAMED = {"laporan", "laporannya", "laporane", "lap", "aduan", "aduannya", "pengaduan", "keluhan",
                    "keluhannya", "lapor", "dilaporkan", "diadukan", "dikeluhkan", "dikomplain", "komplain"}
MOST = {"terbanyak", "terbyk", "paling", "peringkat", "ranking", "rangking", "urutan"}
MANY = {"banyak", "byk", "bnyk", "banyakan", "akeh", "katah", "loba", "seueur", "terbanyak", "terbyk"}
WHICH = {"mana", "apa", "apaan", "siapa", "sopo", "sinten", "naon", "endi", "pundi", "berapa", "brp"}
ANONYMOUS = {"anonim", "anonimnya", "anonym", "anonymous", "anon", "anonymously"}
HOW_MANY = {"berapa", "brp", "brapa", "jumlah", "jumlahnya", "total", "banyak", "byk", "piro", "pinten", "sabaraha",
            "ada"}
IDENTITY = {"siapa", "sapa", "sopo", "sinten", "nama", "namanya", "identitas", "identitasnya", "nomor", "no", "hp"}
AVERAGE = {"rata2", "rata", "rerata", "ratarata", "average", "avg"}
FOLLOWED_UP = ANSWERING | {"tindak", "lanjut", "tindaklanjut", "ditanggapi", "respon", "respons", "direspon"}
SPEED = FOLLOWED_UP | {"lama", "cepat", "waktu", "wkt", "hari", "respon", "respons"}
AVERAGE_ASKING = {"berapa", "brp", "brapa", "gimana", "gmn", "bagaimana", "piro", "pinten"}
# made once: the words a count asks beside
_RANKED_ABOUT = COMPLAINTS_NAMED | AGENCY_WORDS
_NOT_VOLUME = SLOW_WORDS | LATE_WORDS | {"selesai", "lambat", "cepat", "bagus", "buruk", "jelek", "kinerja"}


def _short(text: str) -> set[str] | None:
    """The words of a short message naming no complaint; None for anything else."""
    typed = words(text)
    if (len(typed) > COUNTS_MAX_WORDS or mentioned_reference(text) is not None
            or split_reference(text, bare=False)[0] is not None):
        return None
    return set(typed)


def asked(turn: StaffTurn, text: str) -> tuple[str, str] | None:
    """("", "") after answering a question of counts (`told_counts`), REKAP and its words for one of the average
    follow-up (`average_asked`), None for anything else."""
    if told_counts(turn, text):
        return "", ""
    average = average_asked(turn, text)
    return ("REKAP", average) if average is not None else None


def average_asked(turn: StaffTurn, text: str) -> str | None:
    """REKAP's words (the period named) for a leader's question of how fast complaints are followed up on average;
    None for anything else."""
    typed = _short(text) if turn.staff.role in LEADER_ROLES else None
    if not typed or not typed & AVERAGE or not typed & SPEED or not typed & (FOLLOWED_UP | COMPLAINTS_NAMED):
        return None
    if "?" not in text and not typed & AVERAGE_ASKING:
        return None
    return period_words(turn, text)


# Figures asked per agency ("tolong kirimkan data per OPD", "jumlah laporan per dinas bulan ini"): each one's count.
PER_AGENCY = re.compile(r"\bper\s+(?:opd|instansi|dinas|skpd|perangkat\s+daerah|unit\s+kerja)\b", re.IGNORECASE)
FIGURES = {"data", "angka", "jumlah", "jumlahnya", "total", "statistik", "rekap", "rekapan", "berapa", "brp"}


def per_agency_asked(text: str, typed: set[str]) -> bool:
    """Whether a short message asks for figures per agency."""
    return PER_AGENCY.search(text) is not None and bool(typed & (FIGURES | COMPLAINTS_NAMED)) and not (
        typed & _NOT_VOLUME)


def told_counts(turn: StaffTurn, text: str) -> bool:
    """Answers a region-wide role's question of which agency gets the most complaints, or of how many are anonymous,
    with the counts of the period (a head: their own agency's, `_told_own`); False, saying nothing, for anything
    else."""
    typed = _short(text) if turn.staff.role in QUEUE_ROLES or turn.role == Role.HEAD else None
    if not typed:
        return False
    unanswered = bool(typed & UNANSWERED) and bool(typed & ANSWERING)  # "paling banyak belum dijawab": DAFTAR's
    ranked = (bool(typed & MOST) and bool(typed & MANY) and bool(typed & _RANKED_ABOUT) and not typed & _NOT_VOLUME
              and not unanswered and ("?" in text or bool(typed & WHICH))) or per_agency_asked(text, typed)
    anonymous = bool(typed & ANONYMOUS) and bool(typed & HOW_MANY) and not typed & IDENTITY
    if not ranked and not anonymous:
        return False
    from bot.digests import asked_period

    period = asked_period(text, turn.svc.region, turn.now)[0] or asked_period("tahun ini", turn.svc.region,
                                                                                  turn.now)[0]
    filters = performance.Filters(period.start, period.end)
    span = (f"{short_date(period.start, turn.zone)} – "
            f"{short_date(period.end - timedelta(days=1), turn.zone)}")
    if turn.role == Role.HEAD:
        _told_own(turn, text, period, span, ranked, anonymous)
        return True
    if ranked:
        rows = sorted(performance.agency_rows(turn.session, filters, turn.now, every=True),
                      key=lambda r: (-r.received, r.code))  # every active agency, as /kinerja: zeros too
        lines = [t("counts_agency_line", rank=rank, code=row.code, count=row.received)
                 for rank, row in enumerate(rows, 1)]
        turn.say("counts_by_agency", label=period.label, span=span,
                 lines="\n".join(lines) if lines else t("counts_no_agency"))
    if anonymous:
        found, total = performance.privacy_count(turn.session, filters, "anonim")
        turn.say("counts_anonymous", label=period.label, span=span, count=found, total=total)
    return True


def _told_own(turn: StaffTurn, text: str, period, span: str, ranked: bool, anonymous: bool) -> None:
    """A head's question of counts: their own agency's figures of the period, never the other agencies' (the
    ranking is the region's leaders' and verifiers'; /kinerja shows a head their own agency alone)."""
    agency = turn.staff.agency
    filters = performance.Filters(period.start, period.end, agency_id=agency.id,
                                  hidden=tuple(sorted(access.named_ids(turn.session, turn.staff))))
    named = [a.id for a in find_agencies(turn.session, " ".join(_agency_words(turn, text)))[0]]
    if named and named != [agency.id]:  # "laporan anonim pupr brp?": another agency's
        turn.say("counts_own_only", agency=agency.code)
    if ranked:
        received = sum(row.received for row in performance.agency_rows(turn.session, filters, turn.now)
                       if row.agency_id == agency.id)
        turn.say("counts_ranking_not_theirs", agency=agency.code, label=period.label, span=span, count=received)
    if anonymous:
        found, total = performance.privacy_count(turn.session, filters, "anonim")
        turn.say("counts_anonymous_agency", agency=agency.code, label=period.label, span=span, count=found,
                 total=total)


def period_words(turn: StaffTurn, text: str) -> str:
    """The words of `text` that name a period for REKAP ("ranking opd bulan ini?": "bulan ini"), "" for none."""
    from bot.digests import asked_period

    period, left = asked_period(text, turn.svc.region, turn.now)
    left_words = set(words(left))
    return " ".join(w for w in words(text) if w not in left_words) if period else ""
