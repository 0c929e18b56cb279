"""Working-day calendar: Indonesian holidays, cuti bersama, regional overrides, working and quiet hours.

Deadlines in SP4N-LAPOR! are counted in working days ("hari kerja"); reminders go out only inside working
hours and nothing reaches a citizen during quiet hours. Every function here takes and returns timezone-aware
datetimes; results are expressed in the calendar's own time zone.

The working clock
-----------------
Working hours are the half-open interval ``[work_start, work_end)`` on each working day, so 16:00 with the
default hours is already outside them.  Think of a clock that only runs during working hours: an instant
outside them reads the same as the start of the next working period (Friday 17:00 reads as Monday 08:00).
``add_working_days`` moves that clock forward by whole working days and ``working_days_between`` reads the
distance between two instants on it, in working days, so the two agree exactly.
"""

from __future__ import annotations

import bisect
import csv
import logging
import operator
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

logger = logging.getLogger(__name__)

DEFAULT_TIMEZONE = "Asia/Jakarta"
HOLIDAY_COUNTRY = "ID"
# "government" holds cuti bersama (collective leave), which civil servants take as days off.
HOLIDAY_CATEGORIES = ("public", "government")
# Ramadan is the month before Lebaran (Eid al-Fitr, 1 Syawal): its 30 days at most, found from Lebaran's date.
LEBARAN = "Eid al-Fitr"
RAMADAN_DAYS = 30
ADD = "add"
REMOVE = "remove"
CONFIG_KEYS = frozenset(
    {"timezone", "work_start", "work_end", "quiet_start", "quiet_end", "staff_quiet_start", "staff_quiet_end",
     "ramadan_work_end", "overrides", "overrides_csv"}
)

_CLOCK_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True)
class _Year:
    """One cached calendar year: its working days (as sorted ordinals) and the names of its days off."""

    working: list[int]
    days_off: dict[date, str]
    ramadan: frozenset[date] = frozenset()


def parse_clock(value: str | time, field: str) -> time:
    """Return a time of day from ``"HH:MM"`` (or a naive ``time``), raising ValueError naming ``field``."""
    if isinstance(value, time):
        if value.tzinfo is not None:
            raise ValueError(f"{field} must be a plain time of day without a time zone, got {value!r}")
        return value
    match = _CLOCK_RE.match(value) if isinstance(value, str) else None
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour <= 23 and minute <= 59:
            return time(hour, minute)
    raise ValueError(f"{field} must be a time of day as HH:MM between 00:00 and 23:59, got {value!r}")


def read_overrides_csv(path: str | Path) -> list[tuple[date, str, str]]:
    """Read a region's ``date,action,name`` overrides file, raising ValueError naming the bad line."""
    path = Path(path)
    rows = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        for fields in reader:
            where = f"{path.name} line {reader.line_num}"
            if _is_skippable(fields, is_first=not rows and reader.line_num == 1):
                continue
            rows.append((where, _parse_override_row(fields, where)))
    _split_overrides(rows)
    return [override for _, override in rows]


def _is_skippable(fields: list[str], is_first: bool) -> bool:
    """Tell blank lines, ``#`` comments and the header row apart from data rows."""
    if not any(field.strip() for field in fields) or fields[0].lstrip().startswith("#"):
        return True
    return is_first and [field.strip().lower() for field in fields[:2]] == ["date", "action"]


def _parse_override_row(fields: list[str], where: str) -> tuple[date, str, str]:
    """Turn one CSV row into a ``(date, action, name)`` override."""
    if len(fields) not in (2, 3):
        raise ValueError(
            f"{where}: expected 'date,action,name' (3 columns; quote a name containing commas), "
            f"got {len(fields)} columns"
        )
    raw_date, action, name = (*fields, "")[:3]
    try:
        day = date.fromisoformat(raw_date.strip())
    except ValueError:
        raise ValueError(f"{where}: date must be YYYY-MM-DD, got {raw_date.strip()!r}") from None
    return _check_override(day, action, name, where)


def _check_override(day: Any, action: Any, name: Any, where: str) -> tuple[date, str, str]:
    """Validate one override and normalise its action and name."""
    if not isinstance(day, date) or isinstance(day, datetime):
        raise TypeError(f"{where}: date must be a datetime.date, got {day!r}")
    normalised = str(action).strip().lower()
    if normalised not in (ADD, REMOVE):
        raise ValueError(
            f"{where}: action must be 'add' (extra day off) or 'remove' (working day despite a national "
            f"holiday), got {action!r}"
        )
    return day, normalised, str(name or "").strip()


def _split_overrides(labelled: Iterable[tuple[str, Any]]) -> tuple[dict[date, str], dict[date, str]]:
    """Validate labelled overrides into (added, removed) name maps, rejecting a date both added and removed."""
    split: dict[str, dict[date, str]] = {ADD: {}, REMOVE: {}}
    for where, override in labelled:
        if not isinstance(override, tuple | list) or len(override) != 3:
            raise ValueError(f"{where}: expected a (date, action, name) tuple, got {override!r}")
        day, action, name = _check_override(*override, where)
        if day in split[REMOVE if action == ADD else ADD]:
            raise ValueError(f"{where}: {day} is both added as a day off and removed as a holiday")
        split[action][day] = name
    return split[ADD], split[REMOVE]


class WorkCalendar:
    """Working days and hours of one region: Indonesian holidays, cuti bersama and the region's overrides."""

    def __init__(
        self,
        timezone: str = DEFAULT_TIMEZONE,
        work_start: str | time = "08:00",
        work_end: str | time = "16:00",
        quiet_start: str | time = "21:00",
        quiet_end: str | time = "06:00",
        overrides: Iterable[tuple[date, str, str]] = (),
        staff_quiet_start: str | time = "21:00",
        staff_quiet_end: str | time = "06:00",
        ramadan_work_end: str | time | None = None,
    ) -> None:
        """Build a calendar; raise ValueError on an unknown time zone, a bad clock time or a bad override.

        Staff have quiet hours of their own (the same by default); equal start and end give them none. With
        `ramadan_work_end`, working hours end then on the days of Ramadan, for what waits for working hours
        (reminders, digests); deadlines count the same working days all year.
        """
        self.zone = _load_zone(timezone)
        self.work_start = parse_clock(work_start, "work_start")
        self.work_end = parse_clock(work_end, "work_end")
        self.quiet_start = parse_clock(quiet_start, "quiet_start")
        self.quiet_end = parse_clock(quiet_end, "quiet_end")
        self.staff_quiet_start = parse_clock(staff_quiet_start, "staff_quiet_start")
        self.staff_quiet_end = parse_clock(staff_quiet_end, "staff_quiet_end")
        self.ramadan_work_end = parse_clock(ramadan_work_end, "ramadan_work_end") if ramadan_work_end else None
        self._check_hours()
        self.working_day_length = _wall_clock_gap(self.work_start, self.work_end)
        self._added, self._removed = _split_overrides(
            (f"override #{number}", override) for number, override in enumerate(overrides, start=1)
        )
        self._years: dict[int, _Year] = {}

    @classmethod
    def from_csv_overrides(cls, path: str | Path, **kwargs: Any) -> WorkCalendar:
        """Build a calendar whose regional overrides come from a ``date,action,name`` CSV file."""
        return cls(overrides=read_overrides_csv(path), **kwargs)

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> WorkCalendar:
        """Build a calendar from a plain dict of the constructor's keywords plus ``overrides_csv`` (a path)."""
        unknown = set(config) - CONFIG_KEYS
        if unknown:
            raise ValueError(
                f"unknown work calendar setting(s) {sorted(unknown)}; allowed: {sorted(CONFIG_KEYS)}"
            )
        kwargs = {key: value for key, value in config.items() if key != "overrides_csv"}
        csv_path = config.get("overrides_csv")
        if csv_path:
            kwargs["overrides"] = [*kwargs.get("overrides", ()), *read_overrides_csv(csv_path)]
        return cls(**kwargs)

    def __repr__(self) -> str:
        return (
            f"WorkCalendar(timezone={self.zone.key!r}, work={self.work_start:%H:%M}-{self.work_end:%H:%M}, "
            f"quiet={self.quiet_start:%H:%M}-{self.quiet_end:%H:%M}, "
            f"staff_quiet={self.staff_quiet_start:%H:%M}-{self.staff_quiet_end:%H:%M}, added={len(self._added)}, "
            f"removed={len(self._removed)})"
        )

    # -- configuration -----------------------------------------------------------------------------

    def _check_hours(self) -> None:
        """Reject working hours that are empty or cross midnight, and empty quiet hours."""
        if self.work_start >= self.work_end:
            raise ValueError(
                f"work_start ({self.work_start:%H:%M}) must be before work_end ({self.work_end:%H:%M}); "
                "working hours cannot cross midnight"
            )
        if self.quiet_start == self.quiet_end:
            raise ValueError(
                f"quiet_start and quiet_end are both {self.quiet_start:%H:%M}; quiet hours would be empty"
            )
        # Reminders go out only in working hours and staff get nothing in their quiet hours: both cannot hold.
        # (Two spans of the clock meet when one holds the other's start; equal ends: staff have no quiet hours.)
        if self.staff_quiet_start != self.staff_quiet_end and (
                _within(self.work_start, self.staff_quiet_start, self.staff_quiet_end)
                or _within(self.staff_quiet_start, self.work_start, self.work_end)):
            raise ValueError(
                f"staff quiet hours {self.staff_quiet_start:%H:%M}-{self.staff_quiet_end:%H:%M} overlap the working "
                f"hours {self.work_start:%H:%M}-{self.work_end:%H:%M}; reminders go out in working hours"
            )
        if self.ramadan_work_end is not None and not self.work_start < self.ramadan_work_end <= self.work_end:
            raise ValueError(
                f"ramadan_work_end ({self.ramadan_work_end:%H:%M}) must be between work_start and work_end "
                f"({self.work_start:%H:%M}-{self.work_end:%H:%M}): Ramadan days are shorter"
            )

    # -- days ----------------------------------------------------------------------------------------

    def is_working_day(self, d: date) -> bool:
        """Tell whether a date (or an aware datetime, taken in the calendar's zone) is a working day."""
        day = self._local_date(d)
        return _contains(self._year(day.year).working, day.toordinal())

    def holiday_name(self, d: date) -> str | None:
        """Return the name of the holiday, cuti bersama or regional day off on a date, or None."""
        day = self._local_date(d)
        return self._year(day.year).days_off.get(day)

    def _year(self, year: int) -> _Year:
        """Return the cached working days of a year, computing them on first use."""
        cached = self._years.get(year)
        if cached is None:
            cached = self._years[year] = self._build_year(year)
        return cached

    def _build_year(self, year: int) -> _Year:
        """Compute a year's days off (national minus removals plus additions) and its working days."""
        national = holidays.country_holidays(HOLIDAY_COUNTRY, categories=HOLIDAY_CATEGORIES, years=year)
        days_off = {day: name for day, name in national.items() if day.year == year}
        for day in (d for d in self._removed if d.year == year):
            if days_off.pop(day, None) is None:
                logger.warning("Override removes %s, which is not a national holiday or cuti bersama", day)
        for day, name in self._added.items():
            if day.year == year:
                days_off[day] = name or "regional day off"
        first, last = date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
        days = (date.fromordinal(ordinal) for ordinal in range(first, last + 1))
        working = [day.toordinal() for day in days if day.weekday() < 5 and day not in days_off]
        ramadan = _ramadan(year) if self.ramadan_work_end is not None else frozenset()
        return _Year(working=working, days_off=days_off, ramadan=ramadan)

    def first_working_day_after(self, day: date) -> date:
        """Return the first working day after a date (the day someone away through `day` is back)."""
        return self._working_day_on_or_after(day + timedelta(days=1))

    def _working_day_on_or_after(self, day: date) -> date:
        """Return the first working day on or after a date."""
        year = day.year
        index = bisect.bisect_left(self._year(year).working, day.toordinal())
        while index >= len(self._year(year).working):
            year, index = year + 1, 0
        return date.fromordinal(self._year(year).working[index])

    def _shift_working_day(self, day: date, n: int) -> date:
        """Return the n-th working day after a working day (n >= 0)."""
        year = day.year
        index = bisect.bisect_left(self._year(year).working, day.toordinal()) + n
        while index >= len(self._year(year).working):
            index -= len(self._year(year).working)
            year += 1
        return date.fromordinal(self._year(year).working[index])

    def _count_working_days(self, start: date, end: date) -> int:
        """Count working days in the half-open range [start, end), with start <= end."""
        total = 0
        for year in range(start.year, end.year + 1):
            working = self._year(year).working
            low = bisect.bisect_left(working, start.toordinal()) if year == start.year else 0
            high = bisect.bisect_left(working, end.toordinal()) if year == end.year else len(working)
            total += high - low
        return total

    # -- working time --------------------------------------------------------------------------------

    def is_working_time(self, dt: datetime) -> bool:
        """Tell whether an instant falls inside working hours on a working day (a Ramadan day's, when set): when
        reminders and digests may go out."""
        local = self.localize(dt)
        return self.work_start <= local.time() < self.work_end_on(local.date()) and self.is_working_day(local.date())

    def work_end_on(self, day: date) -> time:
        """When working hours end on a day: `ramadan_work_end` on a day of Ramadan, when set, else `work_end`."""
        if self.ramadan_work_end is not None and day in self._year(day.year).ramadan:
            return self.ramadan_work_end
        return self.work_end

    def ends_working_day(self, dt: datetime) -> bool:
        """Tell whether an instant is at or after the close of its day's working hours (a Ramadan day's earlier
        close, when set): a deadline then leaves the whole working day, and is read as the day alone."""
        local = self.localize(dt)
        return local.time() >= self.work_end_on(local.date())

    def next_working_time(self, dt: datetime) -> datetime:
        """Return dt when `is_working_time`, else the start of the next working hours (after a Ramadan day's end,
        the next working morning)."""
        local = self.localize(dt)
        if self.is_working_time(local):
            return local
        if self.is_working_day(local.date()) and local.time() < self.work_start:
            return self._at(local.date(), self.work_start)
        return self._at(self._working_day_on_or_after(local.date() + timedelta(days=1)), self.work_start)

    def next_working_moment(self, dt: datetime) -> datetime:
        """Return dt (in the calendar's zone) during working time, else the start of the next working period."""
        local = self.localize(dt)
        day, clock = local.date(), local.time()
        if self.is_working_day(day) and clock < self.work_end:
            return local if clock >= self.work_start else self._at(day, self.work_start)
        return self._at(self._working_day_on_or_after(day + timedelta(days=1)), self.work_start)

    def add_working_days(self, dt: datetime, n: int) -> datetime:
        """Return the same time of day on the n-th working day after dt's next working moment.

        Exact semantics: first ``start = next_working_moment(dt)`` (dt itself inside working hours; otherwise
        the start of the next working period, e.g. Friday 17:00 or Saturday becomes Monday 08:00).  The result
        is ``start``'s time of day on the n-th working day after ``start``'s date, so Friday 10:00 + 1 is
        Monday 10:00 and 2026-03-17 10:00 + 1 is 2026-03-25 10:00 (18–24 March are holidays, cuti bersama
        and a weekend).  ``n = 0`` returns ``start``.  Negative ``n`` raises ValueError.  The result is in
        the calendar's zone and ``working_days_between(start, result) == n``.
        """
        n = operator.index(n)
        if n < 0:
            raise ValueError(f"n must be zero or a positive number of working days, got {n}")
        start = self.next_working_moment(dt)
        return self._at(self._shift_working_day(start.date(), n), start.time())

    def add_working_time(self, dt: datetime, days: float) -> datetime:
        """Return dt moved forward by `days` of working time (a fraction is that share of a working day's hours,
        carried into the next working day past work_end), so ``working_days_between(dt, result) == days`` for dt
        inside working hours. A deadline paused while the citizen was asked moves by the time it waited."""
        if days < 0:
            raise ValueError(f"days must be zero or more, got {days}")
        whole = int(days)
        start = self.add_working_days(dt, whole)
        rest = timedelta(seconds=round((days - whole) * self.working_day_length.total_seconds()))  # no float dust
        left_today = _wall_clock_gap(start.time(), self.work_end)
        if rest < left_today:
            return start + rest
        next_day = self._working_day_on_or_after(start.date() + timedelta(days=1))
        return self._at(next_day, self.work_start) + (rest - left_today)

    def due_after(self, dt: datetime, days: float) -> datetime:
        """A deadline `days` working days (a fraction: that share of a day, `add_working_time`) after dt.

        The working instant is add_working_time's, but one that falls at the opening of a working day is given as
        the close of the working day before (the same instant of working time): a complaint filed on Wednesday
        evening and counted from Monday 08:00 is due when Wednesday's work ends, not "Thursday 08:00", which the
        citizen, the officer and the overdue notice read as the whole of Thursday, one working day more than the
        ladders count (the 3-day escalation goes out at Thursday 08:00). ``working_days_between(dt, result)``
        stays `days`.
        """
        due = self.add_working_time(dt, days)
        if days <= 0 or due.time() != self.work_start:
            return due
        before = self.subtract_working_days(due, 1)
        return self._at(before.date(), self.work_end)

    def subtract_working_days(self, dt: datetime, n: int) -> datetime:
        """Return the same time of day on the n-th working day before dt's next working moment.

        The mirror of add_working_days: ``add_working_days(subtract_working_days(t, n), n) == t`` for t inside
        working hours; used for reminders "2 working days before the due date".
        """
        n = operator.index(n)
        if n < 0:
            raise ValueError(f"n must be zero or a positive number of working days, got {n}")
        start = self.next_working_moment(dt)
        year = start.year
        index = bisect.bisect_left(self._year(year).working, start.date().toordinal()) - n
        while index < 0:
            year -= 1
            index += len(self._year(year).working)
        return self._at(date.fromordinal(self._year(year).working[index]), start.time())

    def working_days_between(self, start: datetime, end: datetime) -> float:
        """Return the working days elapsed from start to end as a float (negative when end is before start).

        Only working time counts: each instant is first moved to its next working moment, then the working
        time between the two is divided by the length of a working day (4 hours of an 8-hour day is 0.5).
        So Friday 17:00 to Monday 08:00 is 0, Friday 10:00 to Monday 10:00 is 1, and for any ``t``
        ``working_days_between(t, add_working_days(t, n)) == n``.  Swapping the arguments negates the result.
        """
        first, last = self.next_working_moment(start), self.next_working_moment(end)
        if last < first:
            return -self.working_days_between(end, start)
        whole_days = self._count_working_days(first.date(), last.date())
        elapsed = (
            whole_days * self.working_day_length
            + self._since_work_start(last)
            - self._since_work_start(first)
        )
        return elapsed / self.working_day_length

    def _since_work_start(self, local: datetime) -> timedelta:
        """Return the wall-clock time since work_start on the same day, for an instant in working hours."""
        return _wall_clock_gap(self.work_start, local.time())

    # -- quiet hours ---------------------------------------------------------------------------------

    def in_quiet_hours(self, dt: datetime) -> bool:
        """Tell whether an instant falls in the quiet hours during which citizens get no messages."""
        return _within(self.localize(dt).time(), self.quiet_start, self.quiet_end)

    def next_citizen_moment(self, dt: datetime) -> datetime:
        """Return dt (in the calendar's zone) outside quiet hours, else the moment the quiet hours end."""
        return self._after(dt, self.quiet_start, self.quiet_end)

    def citizen_awake(self, start: datetime, end: datetime) -> timedelta:
        """The time between two instants outside the citizens' quiet hours (nothing when end comes first): a
        draft left at 20:40 and answered at 07:10 waited 90 minutes of a citizen's day, not ten hours."""
        awake, moment = timedelta(0), self.localize(start)
        end = self.localize(end)
        while (moment := self.next_citizen_moment(moment)) < end:
            stop = min(self._next_quiet(moment), end)
            awake, moment = awake + (stop - moment), stop
        return awake

    def citizen_awake_after(self, start: datetime, duration: timedelta) -> datetime:
        """The instant at which `duration` of time outside the citizens' quiet hours has passed since start (the
        mirror of citizen_awake): when a draft left in the evening expires."""
        moment, left = self.next_citizen_moment(start), duration
        while moment + left > (quiet := self._next_quiet(moment)):
            left -= quiet - moment
            moment = self.next_citizen_moment(quiet)
        return moment + left

    def _next_quiet(self, local: datetime) -> datetime:
        """The next start of the citizens' quiet hours after a local instant outside them."""
        today = self._at(local.date(), self.quiet_start)
        return today if today > local else self._at(local.date() + timedelta(days=1), self.quiet_start)

    def in_staff_quiet_hours(self, dt: datetime) -> bool:
        """Tell whether an instant falls in the staff's quiet hours (nothing but what they asked for reaches them)."""
        return _within(self.localize(dt).time(), self.staff_quiet_start, self.staff_quiet_end)

    def next_staff_moment(self, dt: datetime) -> datetime:
        """Return dt (in the calendar's zone) outside the staff's quiet hours, else the moment they end."""
        return self._after(dt, self.staff_quiet_start, self.staff_quiet_end)

    def _after(self, dt: datetime, start: time, end: time) -> datetime:
        """Return dt (in the calendar's zone) outside the quiet hours [start, end), else the moment they end."""
        local = self.localize(dt)
        if not _within(local.time(), start, end):
            return local
        day = local.date() if local.time() < end else local.date() + timedelta(days=1)
        return self._at(day, end)

    # -- time zone helpers ---------------------------------------------------------------------------

    def localize(self, dt: datetime) -> datetime:
        """Return an aware datetime converted to the calendar's zone, rejecting naive ones with ValueError."""
        if not isinstance(dt, datetime):
            raise TypeError(f"expected a timezone-aware datetime, got {type(dt).__name__}")
        if dt.tzinfo is None or dt.utcoffset() is None:
            raise ValueError(f"naive datetime {dt.isoformat()} given; use a timezone-aware datetime")
        return dt.astimezone(self.zone)

    def _local_date(self, d: date) -> date:
        """Return a date as is, or an aware datetime's date in the calendar's zone."""
        return self.localize(d).date() if isinstance(d, datetime) else d

    def _at(self, day: date, clock: time) -> datetime:
        """Return the instant at a wall-clock time on a date in the calendar's zone."""
        return datetime.combine(day, clock, tzinfo=self.zone)


def _ramadan(year: int) -> frozenset[date]:
    """The days of `year` in Ramadan: the RAMADAN_DAYS before a Lebaran (this year's or, late in the year, the
    next one's), as the holidays package dates it."""
    national = holidays.country_holidays(HOLIDAY_COUNTRY, years=(year, year + 1), language="en_US")
    lebaran = [day for day, name in national.items() if name.removesuffix(" (estimated)") == LEBARAN]
    return frozenset(day - timedelta(days=back) for day in lebaran for back in range(1, RAMADAN_DAYS + 1)
                     if (day - timedelta(days=back)).year == year)


def _within(clock: time, start: time, end: time) -> bool:
    """Tell whether a time of day falls in [start, end), which may wrap midnight (and is empty when equal)."""
    if start <= end:
        return start <= clock < end
    return clock >= start or clock < end


def _contains(sorted_values: list[int], value: int) -> bool:
    """Tell whether a sorted list contains a value, in logarithmic time."""
    index = bisect.bisect_left(sorted_values, value)
    return index < len(sorted_values) and sorted_values[index] == value


def _wall_clock_gap(earlier: time, later: time) -> timedelta:
    """Return the wall-clock duration between two times of the same day."""
    return datetime.combine(date.min, later) - datetime.combine(date.min, earlier)


def _load_zone(name: str) -> ZoneInfo:
    """Return the ZoneInfo for a name, raising ValueError with a clear message when it is unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise ValueError(f"unknown time zone {name!r}; use an IANA name such as 'Asia/Jakarta'") from None
