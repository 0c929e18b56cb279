"""A region's deadline settings in one place: working hours, ladders, completion days, digests.

The defaults follow DESIGN.md ("Deadlines"); a deployment overrides any of them in one TOML file named by
REGION_SETTINGS (see region.example.toml). Recipients are groups: `officers`, `heads` (of the agency),
`verifiers` and `supervisors`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from lapor.complaints import KINDS
from lapor.districts import District
from lapor.districts import load as load_districts
from lapor.workcal import WorkCalendar, parse_clock

RECIPIENT_GROUPS = ("officers", "heads", "verifiers", "supervisors")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class Rung:
    """One step of a ladder: after how many working days, and who is told."""

    after_days: int
    to: tuple[str, ...]


@dataclass(frozen=True)
class RegionSettings:
    """Every number and recipient of the time-driven rules, with DESIGN.md's defaults."""

    timezone: str = "Asia/Jakarta"
    name: str = ""  # the region as citizens know it ("Kabupaten Sampang"): the greeting names it
    work_start: str = "08:00"
    work_end: str = "16:00"
    quiet_start: str = "21:00"
    quiet_end: str = "06:00"
    staff_quiet_start: str = "21:00"  # staff get nothing but what they asked for (a login code) in these hours
    staff_quiet_end: str = "06:00"    # (equal to the start: no quiet hours for staff)
    ramadan_work_end: str = ""  # working hours end then in Ramadan (reminders, digests); "": work_end all year
    holidays_csv: str = ""  # the region's own additions/removals: date,action,name
    verification: tuple[Rung, ...] = (Rung(1, ("verifiers",)), Rung(3, ("supervisors",)))
    first_response: tuple[Rung, ...] = (Rung(1, ("officers",)), Rung(2, ("officers", "heads")),
                                         Rung(3, ("supervisors",)))
    completion_days: dict = field(default_factory=lambda: {"informasi": 5, "aspirasi": 5, "pengaduan": 14})
    field_inspection_days: int = 60
    completion_reminder_days_before: int = 2
    completion_reminder_to: tuple[str, ...] = ("officers",)
    overdue_to: tuple[str, ...] = ("officers", "heads")
    autoclose_after_days: int = 10
    question_wait_days: int = 10  # an unanswered question (INFO, TUNDA) stops holding the complaint after this many
    digest_time: str = "07:30"
    weekly_digest_day: str = "monday"
    media_retention_days: int = 0  # calendar days a closed complaint's media is kept; 0 = as long as the complaint
    districts_csv: str = ""  # the region's kecamatan: name,aliases,lat_min,lat_max,lon_min,lon_max (statistics)
    # A citizen's number may file this many new complaints per rolling hour and per rolling 24 hours (0: no limit);
    # staff are exempt and a verifier lifts a number's limit with BUKA BATAS (lapor.budget).
    complaints_per_hour: int = 5
    complaints_per_day: int = 10
    # The verifiers hear of one number's new complaints at most once in this many minutes: the first at once, the
    # others filed meanwhile together in one notice when the time is up (bot.notices; 0: each its own notice).
    notice_burst_minutes: int = 10

    def calendar(self) -> WorkCalendar:
        """The working-day calendar these settings describe."""
        return WorkCalendar.from_config({
            "timezone": self.timezone, "work_start": self.work_start, "work_end": self.work_end,
            "quiet_start": self.quiet_start, "quiet_end": self.quiet_end, "overrides_csv": self.holidays_csv or None,
            "staff_quiet_start": self.staff_quiet_start, "staff_quiet_end": self.staff_quiet_end,
            "ramadan_work_end": self.ramadan_work_end or None,
        })

    def completion_for(self, kind: str, field_inspection: bool = False) -> int:
        """Working days to finish a complaint of this kind."""
        return self.field_inspection_days if field_inspection else self.completion_days[kind]


def load_region(path: str | Path | None, timezone: str = "Asia/Jakarta") -> RegionSettings:
    """Read a region's TOML settings over the defaults; raise ValueError naming the bad key."""
    settings = RegionSettings(timezone=timezone)
    if not path:
        return settings
    with open(path, "rb") as handle:
        data = tomllib.load(handle)
    known = {f.name for f in fields(RegionSettings)} - {"timezone"}  # the time zone is APP_TIMEZONE
    unknown = set(data) - known
    if unknown:
        raise ValueError(f"{path}: unknown setting(s) {sorted(unknown)}; known: {sorted(known)}")
    values = {key: _parse(key, value, path) for key, value in data.items()}
    settings = replace(settings, **values)
    _check(settings, path)
    return settings


def _parse(key: str, value, path):
    if key in ("verification", "first_response"):
        return _rungs(key, value, path)
    if key in ("completion_reminder_to", "overdue_to"):
        return _groups(value, key, path)
    if key == "completion_days":
        if not isinstance(value, dict):
            raise ValueError(f"{path}: completion_days must be a table such as {{ pengaduan = 14 }}, got {value!r}")
        return {**RegionSettings().completion_days, **value}  # each value is checked by _check
    return value


def _rungs(key: str, value, path) -> tuple[Rung, ...]:
    try:
        items = [(item["after_days"], item["to"]) for item in value]
    except (KeyError, TypeError) as exc:
        raise ValueError(f"{path}: {key} must be a list of {{ after_days = <working days>, to = [...] }}, "
                         f"got {value!r}") from exc
    for days, _ in items:
        _check_days(f"{key}.after_days", days, 1, path)
    return tuple(Rung(days, _groups(to, f"{key}.to", path)) for days, to in items)


def _groups(value, key: str, path) -> tuple[str, ...]:
    groups = tuple([value] if isinstance(value, str) else value)
    bad = [group for group in groups if group not in RECIPIENT_GROUPS]
    if bad:
        raise ValueError(f"{path}: {key} has unknown recipient(s) {bad}; use {', '.join(RECIPIENT_GROUPS)}")
    return groups


def _check(settings: RegionSettings, path) -> None:
    for name in ("verification", "first_response"):
        days = [rung.after_days for rung in getattr(settings, name)]
        if days != sorted(days) or len(set(days)) != len(days) or any(day < 1 for day in days):
            raise ValueError(f"{path}: {name} rungs must have increasing after_days ≥ 1, got {days}")
    unknown = set(settings.completion_days) - set(KINDS)
    if unknown:
        raise ValueError(f"{path}: completion_days has unknown kind(s) {sorted(unknown)}; use {', '.join(KINDS)}")
    for kind, days in settings.completion_days.items():
        _check_days(f"completion_days.{kind}", days, 1, path)
    _check_days("field_inspection_days", settings.field_inspection_days, 1, path)
    _check_days("completion_reminder_days_before", settings.completion_reminder_days_before, 0, path)
    _check_days("autoclose_after_days", settings.autoclose_after_days, 1, path)
    _check_days("question_wait_days", settings.question_wait_days, 1, path)
    _check_days("media_retention_days", settings.media_retention_days, 0, path)
    for key in ("complaints_per_hour", "complaints_per_day", "notice_burst_minutes"):
        _check_count(key, getattr(settings, key), path)
    if settings.weekly_digest_day not in WEEKDAYS:
        raise ValueError(f"{path}: weekly_digest_day must be one of {', '.join(WEEKDAYS)}")
    parse_clock(settings.digest_time, f"{path}: digest_time")  # every digest job and REKAP reads it
    settings.calendar()  # validates hours, time zone and the holidays CSV
    load_districts(settings.districts_csv)  # a bad districts file stops the start, naming its line


def _check_days(key: str, value, least: int, path) -> None:
    """A count of working days: a whole number, at least `least` (0 where "none" makes sense)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < least:
        raise ValueError(f"{path}: {key} must be a whole number of working days ≥ {least}, got {value!r}")


def _check_count(key: str, value, path) -> None:
    """A count of complaints or minutes: a whole number ≥ 0 (0 turns the rule off)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{path}: {key} must be a whole number ≥ 0 (0: off), got {value!r}")


@dataclass(frozen=True)
class Region:
    """A region's settings with the calendar built from them (built once per process)."""

    settings: RegionSettings
    calendar: WorkCalendar
    districts: tuple[District, ...] = ()

    @classmethod
    def load(cls, path: str | Path | None = None, timezone: str = "Asia/Jakarta") -> Region:
        """Load settings (defaults when `path` is empty) and build their calendar."""
        settings = load_region(path, timezone)
        return cls(settings, settings.calendar(), load_districts(settings.districts_csv))
