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
