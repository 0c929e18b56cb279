"""A date box as staff type it on a phone's number pad (`inputmode="decimal"`): iOS offers digits and the
locale's decimal key only (a comma in Indonesian), Gboard digits with a few signs and a space, no slash."""

from __future__ import annotations

from datetime import date

import pytest

from lapor.tables import parse_day

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(("typed", "day"), [
    ("05/12/2026", date(2026, 12, 5)),
    ("5,12,2026", date(2026, 12, 5)),      # iOS decimal pad in Indonesian: the comma is its only sign
    ("5, 12, 2026", date(2026, 12, 5)),
    ("5 12 2026", date(2026, 12, 5)),      # Gboard's space
    ("05 / 12 / 2026", date(2026, 12, 5)),
    ("5,12,26", date(2026, 12, 5)),
    ("05122026", date(2026, 12, 5)),       # digits only, day first as written on forms
    ("051226", date(2026, 12, 5)),
    ("5,12", date(2026, 12, 5)),           # without the year: the latest such day
    ("30 11", date(2026, 11, 30)),
    ("2026-12-05", date(2026, 12, 5)),     # the links' ISO form
    ("20261205", date(2026, 12, 5)),       # ISO without dashes (a spreadsheet's or a system's)
    ("5 Des 2026", date(2026, 12, 5)),
    ("1,5", date(2026, 5, 1)),
])
def test_a_day_typed_on_a_number_pad_is_read(typed, day):
    assert parse_day(typed, TODAY) == day


@pytest.mark.parametrize("typed", [
    "31,02,2026",   # no such day
    "0512202",      # seven digits: a digit lost, not guessed
    "5,12,2026,1",  # four numbers
    "12345",
    "2026",         # a year alone
    "5,12 2026 08.00",
])
def test_a_number_that_is_not_a_day_is_refused(typed):
    with pytest.raises(ValueError):
        parse_day(typed, TODAY)


@pytest.mark.parametrize(("typed", "day"), [
    # copied from the service's own words: a deadline on WhatsApp («Kamis, 10 Des 2026»), a page's «Batas»
    ("Kamis, 10 Des 2026", date(2026, 12, 10)),
    ("kamis 10 des 2026", date(2026, 12, 10)),
    ("Senin, 7 Desember 2026", date(2026, 12, 7)),
    ("Jumat, 4 Des 2026", date(2026, 12, 4)),
    ("Jum'at, 4 Des 2026", date(2026, 12, 4)),
    ("Minggu, 6 Des 2026", date(2026, 12, 6)),
    ("Ahad 6 Des 2026", date(2026, 12, 6)),
    ("Sabtu, 5 des", date(2026, 12, 5)),
    ("10 Des 2026 pukul 08.00", date(2026, 12, 10)),
    # Excel's d-mmm-yyyy and d-mmm-yy, and a month word with a two-digit year as the numbers take one
    ("1-Nov-2026", date(2026, 11, 1)),
    ("1-nov-26", date(2026, 11, 1)),
    ("5 des 26", date(2026, 12, 5)),
    ("5 Desember '26", date(2026, 12, 5)),
    ("05.Des.2026", date(2026, 12, 5)),
    ("5/Des/2026", date(2026, 12, 5)),
])
def test_a_day_written_in_words_as_people_and_the_service_write_it_is_read(typed, day):
    assert parse_day(typed, TODAY) == day


@pytest.mark.parametrize("typed", [
    "Kamis",              # a weekday alone
    "Kamis, 31 Feb 2026",  # no such day
    "Senen 10 Des 2026x",
    "10 Desember 2026 2027",
    "1-Nov-202",
])
def test_words_that_are_not_one_day_are_refused(typed):
    with pytest.raises(ValueError):
        parse_day(typed, TODAY)


@pytest.mark.parametrize(("typed", "day"), [
    # the weekday shortened as calendars and registers write it, with or without its dot
    ("Sen, 7 Des 2026", date(2026, 12, 7)),
    ("sen 7 des 2026", date(2026, 12, 7)),
    ("Sel, 8 Des 2026", date(2026, 12, 8)),
    ("Rab. 9 Des 2026", date(2026, 12, 9)),
    ("Kam, 10 Desember 2026", date(2026, 12, 10)),
    ("Jum, 4 Des 2026", date(2026, 12, 4)),
    ("Sab, 5 Des", date(2026, 12, 5)),
    ("Min, 6 Des 2026", date(2026, 12, 6)),
    ("Selasa, 8 Des 2026", date(2026, 12, 8)),
    ("Rabu 9 Des 2026", date(2026, 12, 9)),
    # a time after the day (a page's «Batas», a WhatsApp message): a day box keeps the day
    ("10 Des 2026 pkl 08.00", date(2026, 12, 10)),
    ("10 Des 2026 pkl. 08.00", date(2026, 12, 10)),
    ("10 Des 2026, pukul 08:00", date(2026, 12, 10)),
    ("10 Des 2026 jam 8.30", date(2026, 12, 10)),
    ("Kamis, 10 Des 2026 pkl 08.00 WIB", date(2026, 12, 10)),
    ("10 Des 2026 08.00 WITA", date(2026, 12, 10)),
    # a comma before the year, as English-style calendars write it
    ("10 Des, 2026", date(2026, 12, 10)),
    ("Kamis, 10 Desember, 2026", date(2026, 12, 10)),
    # a weekday before a date in numbers
    ("Senin, 7/12/2026", date(2026, 12, 7)),
    ("Sen 7-12-2026", date(2026, 12, 7)),
    ("senin 7.12.26", date(2026, 12, 7)),
    ("Kamis, 10/12", date(2026, 12, 10)),  # without the year, as before: the latest such day
    ("Senin, 7/12/2026 08.00", date(2026, 12, 7)),
])
def test_a_day_with_a_short_weekday_a_time_or_a_comma_is_read(typed, day):
    """Staff pasted «Sen, 7 Des 2026», «10 Des 2026 pkl 08.00», «10 Des, 2026» or «Senin, 7/12/2026» and the
    box refused them."""
    assert parse_day(typed, TODAY) == day


@pytest.mark.parametrize("typed", [
    "10 Desember 2026 2027",     # two years
    "32 Des 2026",               # no such day
    "Sen, 32 Des 2026",
    "Senin, 32/12/2026",
    "Senin, 31/2/2026",
    "Sen",                       # a weekday alone
    "Senin,",
    "Send 7 Des 2026",           # not a weekday
    "Senen, 7/12/2026",
    "Senin, 7/12/2026 besok",
    "10 Des 2026 pkl",           # a time begun and not finished
    "10 Des 2026 pkl 25.00",     # no such hour
    "10 Des 2026 pkl 08.00 besok",
    "10 Des,, 2026 2027",
])
def test_near_misses_of_a_day_with_a_weekday_or_a_time_stay_refused(typed):
    with pytest.raises(ValueError):
        parse_day(typed, TODAY)
