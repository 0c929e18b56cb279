"""The day an agency's promise names ("besok kami tangani", "minggu depan dikerjakan", "senin tim turun"), read on
the working-day calendar, so that the citizen reads a date where the officer wrote a word that means another day
tomorrow; and whether a promise names no day at all ("akan ditangani")."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from bot.commands import CLAUSE_BREAK
from bot.messages import day_and_date
from bot.progress import _only_promised, staff_words
from lapor.workcal import WorkCalendar

TOMORROW = {"besok", "bsk", "besuk", "bsok", "esok", "bsuk"}
AFTER_TOMORROW = {"lusa", "lsa"}
WEEK_WORDS = {"minggu", "mingu", "mg", "mgg", "pekan", "pkn"}
NEXT = {"depan", "dpn", "dpan", "ngarep", "payun", "ngajeng"}
WEEKDAYS = {"senin": 0, "snin": 0, "selasa": 1, "slasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jmt": 4,
            "jumaat": 4}
# A weekday gone by ("senin lalu", "kemarin senin", done before it in its clause), a street ("jalan senin raya");
# "besoknya" is the day after then, no day to come
PAST_AROUND = {"lalu", "kemarin", "kmrn", "kemaren", "kmaren", "kmren", "kmarin", "tadi", "sejak", "dari", "sudah",
               "sdh", "udah", "udh", "telah", "tlh"}
# Any word above, or a regional one `staff_words` reads as one of them ("sesuk", "pageto", Madurese "lagguna")
DAY_HINT = re.compile(r"\b(?:besok|bsk|besuk|bsok|esok|bsuk|lusa|lsa|minggu|mingu|mgg?|pekan|pkn|senin|snin|selasa|"
                      r"slasa|rabu|kamis|jumat|jmt|jumaat|benjing|mbenjing|sesuk|sesok|mbesuk|isukan|pageto|lagguna|"
                      r"laggu|lagghuna)\b", re.IGNORECASE)
NOT_A_DAY_BEFORE = {"jalan", "jl", "jln", "gang", "gg", "pasar", "psr", "desa", "dusun", "kampung"}


def promised_day(text: str, now: datetime, calendar: WorkCalendar) -> date | None:
    """The latest working day the text promises something for ("besok", "lusa", "minggu depan", a weekday to come),
    as of `now`; None when it names none (a day gone by, a street's name, no day at all)."""
    if not DAY_HINT.search(text):  # most texts name no day: the words are not read (staff_words is the cost)
        return None
    today = calendar.localize(now).date()
    # clause by clause: "sudah kami cek, kamis dikerjakan" (done in one, the day to come in another)
    days = [day for clause in CLAUSE_BREAK.split(text) for typed in [staff_words(clause)]
            for index, word in enumerate(typed) if (day := _day_named(typed, index, word, today, calendar))]
    return max(days) if days else None


def promised_words(text: str, now: datetime, calendar: WorkCalendar) -> str | None:
    """The day a promise names as the citizen reads it ("Selasa, 24 Nov 2026"), or None."""
    day = promised_day(text, now, calendar)
    if day is None:
        return None
    return day_and_date(datetime(day.year, day.month, day.day, 12, tzinfo=calendar.zone), calendar.zone)


def _day_named(typed: list[str], index: int, word: str, today: date, calendar: WorkCalendar) -> date | None:
    """The working day `typed[index]` names, or None."""
    before = typed[index - 1] if index else ""
    after = typed[index + 1] if index + 1 < len(typed) else ""
    if word in TOMORROW:
        return calendar.first_working_day_after(today)
    if word in AFTER_TOMORROW:
        return calendar.first_working_day_after(calendar.first_working_day_after(today))
    if word in WEEK_WORDS and after in NEXT:
        monday = today + timedelta(days=7 - today.weekday())
        return _working_on_or_after(monday, calendar)
    if word in WEEKDAYS and before not in NOT_A_DAY_BEFORE and not set(typed[:index]) & PAST_AROUND and (
            after not in PAST_AROUND):  # "sudah dikerjakan hari kamis": gone by
        ahead = (WEEKDAYS[word] - today.weekday() - 1) % 7 + 1  # today's weekday: the next one
        return _working_on_or_after(today + timedelta(days=ahead), calendar)
    return None


def _working_on_or_after(day: date, calendar: WorkCalendar) -> date:
    """`day` when it is a working day, else the first one after it."""
    return day if calendar.is_working_day(day) else calendar.first_working_day_after(day)


def promises_no_day(text: str) -> bool:
    """Whether a text only promises to act, with nothing done and no day said ("akan ditangani", "segera kami
    tindaklanjuti")."""
    return _only_promised(staff_words(text))


# An undated promise as the example to send with a day (`staff_promise_undated`, `staff_hint_officer_promise`): a
# whole line the officer copies, never cut inside a word or with an ellipsis in the command.
EXAMPLE_CHARS = 120
CLOSING_THANKS = re.compile(r"[\s,.;!]*\b(?:terima\s*kasih|trima\s*kasih|makasih|mksh|trims|tks|thx|thanks|nuwun|"
                            r"matur\s+nuwun|hatur\s+nuhun)\b.*$", re.IGNORECASE)
# Words that lead on to what was cut off: a line ending on one reads unfinished ("… sesuai dengan besok")
LOOSE_ENDS = frozenset({"dan", "serta", "atau", "yang", "yg", "dengan", "dgn", "sesuai", "untuk", "utk", "di", "ke",
                        "dari", "dr", "oleh", "pada", "agar", "supaya", "karena", "krn", "bersama", "tapi", "namun",
                        "sesegera", "lebih", "paling", "akan", "se"})


def promise_example(text: str, limit: int = EXAMPLE_CHARS) -> str:
    """A promise as the officer copies it into `TL <ref> … besok`: without the thanks it closes with, whole when it
    fits in `limit` characters, else cut where a clause ends within it, else after its last whole word that fits,
    and never ending on a word that leads on ("dan", "sesuai dengan"); no ellipsis: the line is sent as it is."""
    text = CLOSING_THANKS.sub("", " ".join(text.split())).strip(" .!,;") or " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[:limit + 1]
    clause = max(head.rfind(","), head.rfind(";"), head.rfind("."))
    head = head[:clause] if clause >= limit // 2 else head[:head.rfind(" ")] if " " in head else head[:limit]
    said = head.strip(" .!,;").split()
    while len(said) > MIN_EXAMPLE_WORDS and said[-1].strip(",.;!").lower() in LOOSE_ENDS:
        said.pop()
    return " ".join(said).strip(" .!,;")


MIN_EXAMPLE_WORDS = 2  # "akan ditangani": what is left of a promise is never cut below its verb
