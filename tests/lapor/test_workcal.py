"""Tests for the working-day calendar: holidays, cuti bersama, overrides, working and quiet hours."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lapor import workcal
from lapor.workcal import WorkCalendar

WIB = ZoneInfo("Asia/Jakarta")


def wib(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """Return an instant in Western Indonesian Time."""
    return datetime(year, month, day, hour, minute, tzinfo=WIB)


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar()


# -- holidays and cuti bersama ------------------------------------------------------------------


@pytest.mark.parametrize("day", [18, 19, 20, 21, 22, 23, 24])
def test_nyepi_and_lebaran_2026_are_days_off(cal, day):
    assert not cal.is_working_day(date(2026, 3, day))


def test_working_days_around_lebaran_2026(cal):
    assert cal.is_working_day(date(2026, 3, 17))
    assert cal.is_working_day(date(2026, 3, 25))


def test_cuti_bersama_is_named(cal):
    assert cal.holiday_name(date(2026, 3, 23)) == "Eid al-Fitr Joint Holiday"
    assert cal.holiday_name(date(2026, 3, 17)) is None


def test_weekends_are_days_off(cal):
    assert not cal.is_working_day(date(2026, 6, 6))  # Saturday
    assert not cal.is_working_day(date(2026, 6, 7))  # Sunday
    assert cal.is_working_day(date(2026, 6, 8))


def test_year_end_2026(cal):
    assert not cal.is_working_day(date(2026, 12, 24))  # cuti bersama
    assert not cal.is_working_day(date(2026, 12, 25))  # Christmas
    assert cal.is_working_day(date(2026, 12, 31))
    assert not cal.is_working_day(date(2027, 1, 1))  # New Year
    assert cal.next_working_moment(wib(2026, 12, 31, 16, 30)) == wib(2027, 1, 4, 8)
    assert cal.add_working_days(wib(2026, 12, 31, 10), 1) == wib(2027, 1, 4, 10)
    assert cal.add_working_days(wib(2026, 12, 23, 10), 1) == wib(2026, 12, 28, 10)


def test_years_are_computed_once(cal, monkeypatch):
    calls = []
    real = workcal.holidays.country_holidays

    def counting(*args, **kwargs):
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(workcal.holidays, "country_holidays", counting)
    fresh = WorkCalendar()
    for offset in range(365):
        fresh.is_working_day(date(2028, 1, 1) + timedelta(days=offset))
    assert [kw["years"] for kw in calls] == [2028]


# -- working time -----------------------------------------------------------------------------------


def test_working_hours_are_half_open(cal):
    assert cal.is_working_time(wib(2026, 3, 17, 8))
    assert cal.is_working_time(wib(2026, 3, 17, 15, 59))
    assert not cal.is_working_time(wib(2026, 3, 17, 16))
    assert not cal.is_working_time(wib(2026, 3, 17, 7, 59))
    assert not cal.is_working_time(wib(2026, 3, 19, 10))  # Nyepi


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (wib(2026, 3, 13, 17), wib(2026, 3, 16, 8)),  # Friday evening -> Monday
        (wib(2026, 8, 14, 17), wib(2026, 8, 18, 8)),  # Monday 17 August is Independence Day
        (wib(2026, 3, 16, 6, 30), wib(2026, 3, 16, 8)),  # early morning -> same day
        (wib(2026, 3, 16, 16), wib(2026, 3, 17, 8)),  # closing time -> next day
        (wib(2026, 3, 14, 11), wib(2026, 3, 16, 8)),  # Saturday
        (wib(2026, 3, 17, 17), wib(2026, 3, 25, 8)),  # before Nyepi and Lebaran
        (wib(2026, 3, 16, 10, 15), wib(2026, 3, 16, 10, 15)),  # already working time
    ],
)
def test_next_working_moment(cal, moment, expected):
    assert cal.next_working_moment(moment) == expected


@pytest.mark.parametrize(
    ("moment", "n", "expected"),
    [
        (wib(2026, 3, 13, 10), 1, wib(2026, 3, 16, 10)),  # Friday -> Monday
        (wib(2026, 3, 17, 10), 1, wib(2026, 3, 25, 10)),  # over Nyepi, Lebaran and cuti bersama
        (wib(2026, 3, 16, 9), 3, wib(2026, 3, 26, 9)),  # verification deadline
        (wib(2026, 3, 19, 10), 0, wib(2026, 3, 25, 8)),  # submitted on Nyepi
        (wib(2026, 3, 19, 10), 1, wib(2026, 3, 26, 8)),
        (wib(2026, 3, 13, 17), 1, wib(2026, 3, 17, 8)),  # after hours: counted from Monday 08:00
        (wib(2026, 3, 10, 10), 14, wib(2026, 4, 7, 10)),  # pengaduan: across Lebaran and Good Friday
    ],
)
def test_add_working_days(cal, moment, n, expected):
    assert cal.add_working_days(moment, n) == expected


@pytest.mark.parametrize(
    ("moment", "n", "expected"),
    [
        # Filed on Wednesday 23 Dec 2026 at 19:30: counted from Monday 28 Dec 08:00 (24-25 Dec cuti bersama and
        # Christmas), so 3 working days end when Wednesday 30 Dec closes, the day people are told, not Thursday
        # 08:00 (the same working instant, read as a fourth day).
        (wib(2026, 12, 23, 19, 30), 3, wib(2026, 12, 30, 16)),
        (wib(2026, 12, 28, 7, 0), 3, wib(2026, 12, 30, 16)),
        (wib(2026, 12, 28, 8, 0), 3, wib(2026, 12, 30, 16)),
        (wib(2026, 12, 23, 20, 10), 14, wib(2027, 1, 18, 16)),  # 1 and 5 Jan 2027 are holidays
        (wib(2026, 12, 28, 9, 0), 3, wib(2026, 12, 31, 9)),  # inside working hours: the same time of day
        (wib(2026, 12, 23, 15, 0), 3, wib(2026, 12, 30, 15)),
    ],
)
def test_due_after_ends_when_the_last_working_day_closes(cal, moment, n, expected):
    due = cal.due_after(moment, n)
    assert due == expected
    assert cal.working_days_between(moment, due) == n
    assert not cal.is_working_time(due) or due.time() != cal.work_start


def test_due_after_moves_a_paused_deadline_by_working_time(cal):
    assert cal.due_after(wib(2027, 1, 18, 16), 1) == wib(2027, 1, 19, 16)
    assert cal.due_after(wib(2027, 1, 18, 16), 0.5) == wib(2027, 1, 19, 12)
    assert cal.due_after(wib(2027, 1, 18, 12), 0.5) == wib(2027, 1, 18, 16)


def test_add_working_days_rejects_negative(cal):
    with pytest.raises(ValueError, match="n must be zero or a positive"):
        cal.add_working_days(wib(2026, 3, 16, 10), -1)


# -- working_days_between ---------------------------------------------------------------------------


def test_working_days_between_examples(cal):
    assert cal.working_days_between(wib(2026, 3, 16, 8), wib(2026, 3, 16, 12)) == 0.5
    assert cal.working_days_between(wib(2026, 3, 13, 17), wib(2026, 3, 16, 8)) == 0
    assert cal.working_days_between(wib(2026, 3, 13, 10), wib(2026, 3, 16, 10)) == 1
    assert cal.working_days_between(wib(2026, 3, 17, 10), wib(2026, 3, 27, 10)) == 3  # late by 3 days
    assert cal.working_days_between(wib(2026, 3, 17, 15), wib(2026, 3, 25, 9)) == 0.25


def test_working_days_between_is_negative_backwards(cal):
    assert cal.working_days_between(wib(2026, 3, 16, 10), wib(2026, 3, 13, 10)) == -1


def test_working_days_between_is_consistent_with_add_over_lebaran(cal):
    start = wib(2026, 3, 12)
    for step in range(0, 16 * 24 * 60, 37):  # every 37 minutes for 16 days
        moment = start + timedelta(minutes=step)
        for n in (0, 1, 2, 3, 5, 14):
            assert cal.working_days_between(moment, cal.add_working_days(moment, n)) == n, (moment, n)


instants = st.datetimes(
    min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(WIB)
)


@settings(deadline=None)
@given(moment=instants, n=st.integers(min_value=0, max_value=80))
def test_add_then_measure_gives_n(cal, moment, n):
    result = cal.add_working_days(moment, n)
    assert cal.is_working_time(result)
    assert cal.working_days_between(moment, result) == n


@settings(deadline=None)
@given(a=instants, b=instants, c=instants)
def test_working_days_between_adds_up(cal, a, b, c):
    assert cal.working_days_between(a, b) == -cal.working_days_between(b, a)
    total = cal.working_days_between(a, b) + cal.working_days_between(b, c)
    assert total == pytest.approx(cal.working_days_between(a, c), abs=1e-9)


# -- regional overrides -----------------------------------------------------------------------------

OVERRIDES_CSV = """date,action,name
# Sampang: the regent's decree of March 2026
2026-03-17,add,Hari jadi kabupaten

2026-03-24,remove,"Cuti bersama Idulfitri, dibatalkan"
"""


@pytest.fixture
def overrides_file(tmp_path):
    path = tmp_path / "overrides.csv"
    path.write_text(OVERRIDES_CSV, encoding="utf-8")
    return path


def test_region_overrides_from_csv(overrides_file):
    cal = WorkCalendar.from_csv_overrides(overrides_file)
    assert not cal.is_working_day(date(2026, 3, 17))
    assert cal.holiday_name(date(2026, 3, 17)) == "Hari jadi kabupaten"
    assert cal.is_working_day(date(2026, 3, 24))
    assert not cal.is_working_day(date(2026, 3, 23))
    assert cal.add_working_days(wib(2026, 3, 16, 10), 1) == wib(2026, 3, 24, 10)


def test_region_overrides_as_tuples_match_csv(overrides_file):
    from_tuples = WorkCalendar(
        overrides=[(date(2026, 3, 17), "add", "Hari jadi"), (date(2026, 3, 24), "remove", "")]
    )
    from_csv = WorkCalendar.from_csv_overrides(overrides_file)
    for offset in range(40):
        day = date(2026, 3, 1) + timedelta(days=offset)
        assert from_tuples.is_working_day(day) == from_csv.is_working_day(day), day


def test_from_config_with_csv_and_hours(overrides_file):
    cal = WorkCalendar.from_config(
        {"overrides_csv": str(overrides_file), "work_start": "07:30", "work_end": "15:30"}
    )
    assert cal.is_working_day(date(2026, 3, 24))
    assert cal.next_working_moment(wib(2026, 3, 16, 15, 30)) == wib(2026, 3, 24, 7, 30)
    assert cal.working_days_between(wib(2026, 3, 16, 7, 30), wib(2026, 3, 16, 11, 30)) == 0.5


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("2026-13-01,add,Bad month", "line 3: date must be YYYY-MM-DD"),
        ("2026-03-17,libur,Hari jadi", "line 3: action must be 'add'"),
        ("2026-03-17,add,Hari jadi,extra", "line 3: expected 'date,action,name'"),
        ("2026-03-16,remove,Conflict", "line 3: 2026-03-16 is both added"),
    ],
)
def test_bad_csv_row_names_its_line(tmp_path, row, message):
    path = tmp_path / "overrides.csv"
    path.write_text(f"date,action,name\n2026-03-16,add,Rapat\n{row}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        WorkCalendar.from_csv_overrides(path)


def test_bad_override_tuple_is_rejected():
    with pytest.raises(ValueError, match="override #2: action must be"):
        WorkCalendar(overrides=[(date(2026, 3, 17), "add", "x"), (date(2026, 3, 18), "delete", "y")])


# -- validation -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "method",
    [
        "is_working_time",
        "next_working_moment",
        "in_quiet_hours",
        "next_citizen_moment",
        "is_working_day",
    ],
)
def test_naive_datetime_is_rejected(cal, method):
    with pytest.raises(ValueError, match="naive datetime"):
        getattr(cal, method)(datetime(2026, 3, 16, 10))


def test_naive_datetime_is_rejected_by_counting(cal):
    with pytest.raises(ValueError, match="naive datetime"):
        cal.add_working_days(datetime(2026, 3, 16, 10), 1)
    with pytest.raises(ValueError, match="naive datetime"):
        cal.working_days_between(wib(2026, 3, 16, 10), datetime(2026, 3, 17, 10))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"work_start": "25:00"}, "work_start must be a time of day as HH:MM"),
        ({"quiet_end": "6am"}, "quiet_end must be a time of day as HH:MM"),
        ({"work_end": "16:60"}, "work_end must be a time of day"),
        ({"work_start": "16:00", "work_end": "08:00"}, "must be before work_end"),
        ({"quiet_start": "06:00", "quiet_end": "06:00"}, "quiet hours would be empty"),
        ({"staff_quiet_start": "15:00", "staff_quiet_end": "06:00"}, "staff quiet hours .* overlap the working hours"),
        ({"staff_quiet_start": "20:00", "staff_quiet_end": "08:30"}, "staff quiet hours .* overlap the working hours"),
        ({"staff_quiet_end": "6 pagi"}, "staff_quiet_end must be a time of day"),
        ({"ramadan_work_end": "16:30"}, "ramadan_work_end .* between work_start and work_end"),
        ({"ramadan_work_end": "08:00"}, "ramadan_work_end .* between work_start and work_end"),
        ({"timezone": "Asia/Jakarta_Barat"}, "unknown time zone"),
    ],
)
def test_bad_settings_are_rejected(kwargs, message):
    with pytest.raises(ValueError, match=message):
        WorkCalendar(**kwargs)
    with pytest.raises(ValueError, match=message):
        WorkCalendar.from_config(kwargs)


def test_from_config_rejects_unknown_keys():
    with pytest.raises(ValueError, match="unknown work calendar setting"):
        WorkCalendar.from_config({"work_begin": "08:00"})


@pytest.mark.parametrize(
    ("moment", "working", "goes_at"),
    [
        (wib(2026, 3, 2, 14, 59), True, wib(2026, 3, 2, 14, 59)),
        (wib(2026, 3, 2, 15), False, wib(2026, 3, 3, 8)),  # Ramadan: offices close at 15:00
        (wib(2026, 2, 18, 15, 30), True, wib(2026, 2, 18, 15, 30)),  # the day before 1 Ramadan 1447
        (wib(2026, 2, 19, 15, 30), False, wib(2026, 2, 20, 8)),
        (wib(2026, 3, 17, 15, 30), False, wib(2026, 3, 25, 8)),  # its last working day, then Nyepi and Lebaran
        (wib(2026, 3, 25, 15, 30), True, wib(2026, 3, 25, 15, 30)),
        (wib(2032, 12, 20, 15, 30), False, wib(2032, 12, 21, 8)),  # a Ramadan whose Lebaran is in the next year
    ],
)
def test_ramadan_hours_end_the_day_early_for_what_waits_for_working_hours(moment, working, goes_at):
    """Offices work shorter days in Ramadan (the region's `ramadan_work_end`): reminders wait for the next morning,
    while deadlines are counted in the same working days as the rest of the year."""
    cal = WorkCalendar(ramadan_work_end="15:00")
    assert cal.is_working_time(moment) is working and cal.next_working_time(moment) == goes_at
    assert cal.add_working_days(moment, 1) == WorkCalendar().add_working_days(moment, 1)
    assert WorkCalendar().is_working_time(moment)  # not set: the usual hours all year


def test_time_objects_are_accepted():
    cal = WorkCalendar(work_start=time(9), work_end=time(17))
    assert cal.next_working_moment(wib(2026, 3, 16, 8)) == wib(2026, 3, 16, 9)


# -- quiet hours ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "quiet", "citizen_moment"),
    [
        (wib(2026, 3, 16, 20, 59), False, wib(2026, 3, 16, 20, 59)),
        (wib(2026, 3, 16, 21), True, wib(2026, 3, 17, 6)),
        (wib(2026, 3, 16, 23, 30), True, wib(2026, 3, 17, 6)),
        (wib(2026, 3, 17, 2), True, wib(2026, 3, 17, 6)),
        (wib(2026, 3, 17, 6), False, wib(2026, 3, 17, 6)),
        (wib(2026, 12, 31, 22), True, wib(2027, 1, 1, 6)),  # holidays do not matter to citizens
    ],
)
def test_quiet_hours_wrap_midnight(cal, moment, quiet, citizen_moment):
    assert cal.in_quiet_hours(moment) is quiet
    assert cal.next_citizen_moment(moment) == citizen_moment


def test_staff_without_quiet_hours_any_time_of_day_is_allowed():
    cal = WorkCalendar(staff_quiet_start="12:00", staff_quiet_end="12:00")
    assert not cal.in_staff_quiet_hours(wib(2026, 3, 16, 2)) and cal.in_quiet_hours(wib(2026, 3, 16, 2))
    assert cal.next_staff_moment(wib(2026, 3, 16, 2)) == wib(2026, 3, 16, 2)


def test_quiet_hours_within_one_day():
    cal = WorkCalendar(quiet_start="12:00", quiet_end="13:00")
    assert cal.in_quiet_hours(wib(2026, 3, 16, 12, 30))
    assert not cal.in_quiet_hours(wib(2026, 3, 16, 23))
    assert cal.next_citizen_moment(wib(2026, 3, 16, 12, 30)) == wib(2026, 3, 16, 13)


@pytest.mark.parametrize(("start", "end", "awake"), [
    (wib(2026, 3, 16, 19), wib(2026, 3, 16, 20, 30), timedelta(minutes=90)),  # no night between
    (wib(2026, 3, 16, 20, 40), wib(2026, 3, 17, 7, 10), timedelta(minutes=20 + 70)),  # the night left out
    (wib(2026, 3, 16, 22), wib(2026, 3, 17, 6, 30), timedelta(minutes=30)),  # begun in the night
    (wib(2026, 3, 16, 22), wib(2026, 3, 17, 2), timedelta(0)),  # all of it in the night
    (wib(2026, 3, 16, 20), wib(2026, 3, 18, 7), timedelta(hours=1 + 15 + 1)),  # two nights
    (wib(2026, 3, 16, 20), wib(2026, 3, 16, 19), timedelta(0)),  # backwards: nothing
])
def test_citizen_awake_time_leaves_the_quiet_hours_out(cal, start, end, awake):
    assert cal.citizen_awake(start, end) == awake
    if awake:
        assert cal.citizen_awake_after(start, awake) == max(end, cal.next_citizen_moment(start))


@pytest.mark.parametrize(("start", "duration", "after"), [
    (wib(2026, 3, 16, 10), timedelta(hours=2), wib(2026, 3, 16, 12)),
    (wib(2026, 3, 16, 20, 40), timedelta(hours=2), wib(2026, 3, 17, 7, 40)),  # a draft left in the evening
    (wib(2026, 3, 16, 23), timedelta(hours=2), wib(2026, 3, 17, 8)),
    (wib(2026, 3, 16, 20), timedelta(hours=1), wib(2026, 3, 16, 21)),  # ends as the night begins
    (wib(2026, 12, 31, 20), timedelta(hours=30), wib(2027, 1, 2, 20)),  # 1 h, 15 h, 14 h: two nights over
])
def test_citizen_awake_after(cal, start, duration, after):
    assert cal.citizen_awake_after(start, duration) == after
    assert cal.citizen_awake(start, after) == duration


def test_citizen_awake_time_within_one_day_quiet_hours():
    cal = WorkCalendar(quiet_start="12:00", quiet_end="13:00")
    assert cal.citizen_awake(wib(2026, 3, 16, 11), wib(2026, 3, 16, 14)) == timedelta(hours=2)
    assert cal.citizen_awake_after(wib(2026, 3, 16, 11, 30), timedelta(hours=1)) == wib(2026, 3, 16, 13, 30)


# -- other time zones -------------------------------------------------------------------------------


def test_utc_input_is_converted_to_the_calendar_zone(cal):
    friday_1630_wib = datetime(2026, 3, 13, 9, 30, tzinfo=UTC)
    result = cal.next_working_moment(friday_1630_wib)
    assert result == wib(2026, 3, 16, 8)
    assert result.tzinfo == WIB
    assert cal.is_working_time(datetime(2026, 3, 16, 1, 0, tzinfo=UTC))  # 08:00 WIB
    assert cal.in_quiet_hours(datetime(2026, 3, 16, 14, 0, tzinfo=UTC))  # 21:00 WIB


def test_aware_datetime_is_taken_on_the_local_date(cal):
    # 2026-03-16 20:00 UTC is Tuesday 03:00 WIB; 2026-03-17 18:00 UTC is already Nyepi cuti bersama in WIB.
    assert cal.is_working_day(datetime(2026, 3, 16, 20, tzinfo=UTC))
    assert not cal.is_working_day(datetime(2026, 3, 17, 18, tzinfo=UTC))


def test_other_calendar_zone():
    makassar = WorkCalendar(timezone="Asia/Makassar")  # WITA, UTC+8
    assert makassar.next_working_moment(wib(2026, 3, 16, 7, 30)) == wib(2026, 3, 16, 7, 30)
    assert makassar.next_working_moment(wib(2026, 3, 16, 7, 30)).tzinfo.key == "Asia/Makassar"


def test_subtract_working_days_mirrors_add_across_lebaran_and_year_end():
    calendar = WorkCalendar()
    zone = ZoneInfo("Asia/Jakarta")
    assert calendar.subtract_working_days(datetime(2026, 3, 25, 10, 0, tzinfo=zone), 1) == \
        datetime(2026, 3, 17, 10, 0, tzinfo=zone)
    assert calendar.subtract_working_days(datetime(2027, 1, 4, 9, 0, tzinfo=zone), 2) == \
        datetime(2026, 12, 30, 9, 0, tzinfo=zone)
    start = datetime(2026, 3, 2, 9, 30, tzinfo=zone)
    for offset in range(0, 80):
        moment = calendar.add_working_days(start, offset)
        for n in (0, 1, 2, 5):
            assert calendar.add_working_days(calendar.subtract_working_days(moment, n), n) == moment


@pytest.mark.parametrize("start,days,expected", [
    (datetime(2026, 9, 4, 10, 0), 4.5, datetime(2026, 9, 10, 14, 0)),   # Friday + 4 days and a half
    (datetime(2026, 9, 4, 14, 0), 0.5, datetime(2026, 9, 7, 10, 0)),    # past work_end: on into Monday
    (datetime(2026, 8, 14, 15, 0), 0.25, datetime(2026, 8, 18, 9, 0)),  # over a weekend and Independence Day
    (datetime(2026, 9, 4, 10, 0), 0, datetime(2026, 9, 4, 10, 0)),
])
def test_working_time_moves_a_deadline_by_a_fraction_of_a_working_day(cal, start, days, expected):
    start, expected = start.replace(tzinfo=WIB), expected.replace(tzinfo=WIB)
    moved = cal.add_working_time(start, days)
    assert moved == expected and cal.working_days_between(start, moved) == pytest.approx(days)
