"""A deadline as people read it (`bot.messages.deadline_words`): the time said whenever it falls today or tomorrow
before the close of the working day, the short wording when it is the close (the whole working day)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.messages import deadline_words
from lapor.workcal import WorkCalendar

WIB = ZoneInfo("Asia/Jakarta")
WIT = ZoneInfo("Asia/Jayapura")
PLAIN = WorkCalendar()
RAMADAN = WorkCalendar(ramadan_work_end="15:00")


def wib(month, day, hour=0, minute=0, year=2026):
    return datetime(year, month, day, hour, minute, tzinfo=WIB)


@pytest.mark.parametrize("due, now, said", [
    (wib(12, 7, 10), wib(12, 7, 8, 5), "hari ini pukul 10.00"),      # forwarded at 10:00, due at 10:00
    (wib(12, 7, 10), wib(12, 7, 14), "hari ini pukul 10.00"),        # gone by: still the time, never bare "hari ini"
    (wib(12, 7, 16), wib(12, 7, 9), "hari ini"),                     # the close of the working day: the whole day
    (wib(12, 7, 16), wib(12, 7, 17), "hari ini pukul 16.00"),        # the day's close gone by: said with its time
    (wib(12, 7, 15, 59), wib(12, 7, 9), "hari ini pukul 15.59"),     # a minute before the close is not the close
    (wib(12, 7, 8), wib(12, 7, 7), "hari ini pukul 08.00"),          # the opening (an old deadline): its time
    (wib(12, 8, 10), wib(12, 7, 15), "besok pukul 10.00"),
    (wib(12, 8, 10), wib(12, 7, 23, 59), "besok pukul 10.00"),
    (wib(12, 8, 16), wib(12, 7, 9), "besok"),
    (wib(12, 8, 10), wib(12, 8, 0, 1), "hari ini pukul 10.00"),      # just after midnight it is today's
    (wib(12, 9, 10), wib(12, 7, 9), "9 Des 2026"),                   # later days: the date, as before
    (wib(12, 4, 10), wib(12, 7, 9), "4 Des 2026"),                   # an earlier day: its date
])
def test_today_and_tomorrow_say_the_time_unless_it_is_the_close(due, now, said):
    assert deadline_words(due, now, PLAIN) == said


def test_the_time_is_read_in_the_regions_zone_and_the_day_too():
    """03:00 UTC is 10:00 in Jakarta: "today" and the time are the region's, whatever zone the moments carry."""
    due = datetime(2026, 12, 7, 3, 0, tzinfo=ZoneInfo("UTC"))
    assert deadline_words(due, wib(12, 7, 8), PLAIN) == "hari ini pukul 10.00"
    papua = WorkCalendar(timezone="Asia/Jayapura")
    assert deadline_words(datetime(2026, 12, 8, 16, tzinfo=WIT), datetime(2026, 12, 7, 23, 30, tzinfo=WIB),
                          papua) == "hari ini"  # 23:30 in Jakarta is 01:30 on 8 Dec in Jayapura: "today" there
    assert deadline_words(datetime(2026, 12, 8, 16, tzinfo=WIT), datetime(2026, 12, 7, 21, 30, tzinfo=WIB),
                          papua) == "besok"


@pytest.mark.parametrize("due, now, said", [
    (wib(3, 2, 14), wib(3, 2, 9), "hari ini pukul 14.00"),       # before Ramadan's 15:00 close: its time
    (wib(3, 2, 15), wib(3, 2, 9), "hari ini"),                   # Ramadan's close: the whole (shorter) day
    (wib(3, 2, 15, 30), wib(3, 2, 9), "hari ini"),               # after the office closed: the whole day too
    (wib(3, 2, 16), wib(3, 2, 9), "hari ini"),
    (wib(3, 3, 15, 30), wib(3, 2, 14), "besok"),
    (wib(3, 2, 15, 30), wib(3, 2, 15, 45), "hari ini pukul 15.30"),  # gone by: its time
    (wib(2, 18, 15, 30), wib(2, 18, 9), "hari ini pukul 15.30"),     # the day before Ramadan: the usual hours
])
def test_ramadan_hours_close_the_day_earlier(due, now, said):
    assert deadline_words(due, now, RAMADAN) == said


def test_without_ramadan_hours_a_ramadan_afternoon_deadline_says_its_time():
    assert deadline_words(wib(3, 2, 15, 30), wib(3, 2, 9), PLAIN) == "hari ini pukul 15.30"


@pytest.mark.parametrize("due, now, said", [
    (wib(12, 28, 10), wib(12, 23, 15), "28 Des 2026"),          # the next working day, but Christmas in between
    (wib(12, 28, 10), wib(12, 24, 9), "28 Des 2026"),           # on the cuti bersama: Monday is no "besok"
    (wib(12, 28, 10), wib(12, 27, 19), "besok pukul 10.00"),    # Sunday evening
    (wib(12, 28, 16), wib(12, 27, 19), "besok"),
    (wib(12, 23, 16), wib(12, 23, 10), "hari ini"),             # the last working day before the holidays
])
def test_besok_is_the_next_calendar_day_around_holidays(due, now, said):
    assert deadline_words(due, now, PLAIN) == said


def test_options_the_date_beside_today_the_weekday_and_the_time_on_later_days():
    assert deadline_words(wib(12, 7, 10), wib(12, 7, 8), PLAIN, dated=True) == "hari ini, 7 Des 2026 pukul 10.00"
    assert deadline_words(wib(12, 7, 16), wib(12, 7, 8), PLAIN, dated=True) == "hari ini, 7 Des 2026"
    assert deadline_words(wib(12, 8, 10), wib(12, 7, 8), PLAIN, dated=True) == "besok, 8 Des 2026 pukul 10.00"
    assert deadline_words(wib(12, 9, 10), wib(12, 7, 8), PLAIN, weekday=True) == "Rabu, 9 Des 2026"
    assert deadline_words(wib(12, 9, 10), wib(12, 7, 8), PLAIN, timed=True) == "9 Des 2026 pukul 10.00"
    assert deadline_words(wib(12, 9, 16), wib(12, 7, 8), PLAIN, timed=True) == "9 Des 2026"
    assert deadline_words(wib(12, 4, 10), wib(12, 7, 8), PLAIN, timed=True) == "4 Des 2026 pukul 10.00"


def test_the_calendar_says_which_moments_close_the_working_day():
    assert PLAIN.ends_working_day(wib(12, 7, 16)) and PLAIN.ends_working_day(wib(12, 7, 17))
    assert not PLAIN.ends_working_day(wib(12, 7, 15, 59)) and not PLAIN.ends_working_day(wib(12, 7, 8))
    assert RAMADAN.ends_working_day(wib(3, 2, 15)) and not RAMADAN.ends_working_day(wib(3, 2, 14, 59))
    assert not RAMADAN.ends_working_day(wib(2, 18, 15))  # not yet Ramadan


def test_near_is_today_or_tomorrow_in_the_regions_zone():
    from bot.messages import deadline_near

    assert deadline_near(wib(12, 7, 16), wib(12, 7, 9), WIB) and deadline_near(wib(12, 8, 10), wib(12, 7, 23), WIB)
    assert not deadline_near(wib(12, 9, 10), wib(12, 7, 9), WIB)
    assert not deadline_near(wib(12, 28, 10), wib(12, 23, 15), WIB)  # Christmas between: not «besok»
    assert not deadline_near(wib(12, 6, 10), wib(12, 7, 9), WIB)     # yesterday's
