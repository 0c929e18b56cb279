"""An officer's promise with a day ("besok kami tangani", "minggu depan dikerjakan", "senin tim turun") is a
follow-up: recorded as TL (the first-response ladder stops, the complaint is `proses`) and the citizen reads the
day it names as a date of the working-day calendar ("perkiraan: Selasa, 24 Nov 2026"), never "besok" read days
later. A promise without a day ("akan ditangani") records nothing and says how to send it with one."""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.promised import promise_example, promised_day
from lapor.workcal import WorkCalendar
from tests.parties import complaint, follow_ups, two_at_dlh

JAKARTA = ZoneInfo("Asia/Jakarta")
CALENDAR = WorkCalendar()


def _on(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=JAKARTA)


MONDAY, WEDNESDAY, THURSDAY, FRIDAY = date(2026, 11, 23), date(2026, 11, 25), date(2026, 11, 26), date(2026, 11, 27)
BEFORE_CHRISTMAS = date(2026, 12, 23)  # Christmas and its cuti bersama follow: the next working day is 28 Dec


@pytest.mark.parametrize("typed,today,expected", [
    ("besok kami tangani", MONDAY, date(2026, 11, 24)),
    ("bsk tim turun ke lokasi", MONDAY, date(2026, 11, 24)),
    ("insyaallah besok dikerjakan pak", FRIDAY, date(2026, 11, 30)),      # a working day: Monday
    ("besok dikerjakan", BEFORE_CHRISTMAS, date(2026, 12, 28)),
    ("lusa kami perbaiki", THURSDAY, date(2026, 11, 30)),
    ("minggu depan dikerjakan", WEDNESDAY, date(2026, 11, 30)),
    ("pekan depan tim survei", MONDAY, date(2026, 11, 30)),
    ("mg dpn diperbaiki", WEDNESDAY, date(2026, 11, 30)),
    ("senin kami kerjakan", WEDNESDAY, date(2026, 11, 30)),
    ("hari senin tim ke lokasi", MONDAY, date(2026, 11, 30)),             # today's weekday: the next one
    ("jumat dikerjakan", MONDAY, date(2026, 11, 27)),
    ("hari kamis kami tambal", MONDAY, date(2026, 11, 26)),
    ("sudah kami cek, besok dikerjakan", MONDAY, date(2026, 11, 24)),
    ("besok dicek, senin dikerjakan", WEDNESDAY, date(2026, 11, 30)),      # the latest day said
])
def test_the_day_a_promise_names_on_the_working_day_calendar(typed, today, expected):
    assert promised_day(typed, _on(today), CALENDAR) == expected


@pytest.mark.parametrize("typed", [
    "sudah kami cek", "akan ditangani", "segera kami tindaklanjuti", "senin lalu sudah dicek",
    "kemarin senin sudah ditambal", "sudah dikerjakan hari kamis", "sejak minggu lalu belum ada truk",
    "bulan depan dianggarkan", "jalan senin raya no 5 sudah diukur", "besoknya warga protes lagi",
])
def test_no_day_to_come_is_read_where_none_is_promised(typed):
    assert promised_day(typed, _on(MONDAY), CALENDAR) is None


@pytest.fixture
def two(people):
    return two_at_dlh(people)


def _notice(people):
    return next(m for m in people["dlh1"].inbox() if m.purpose == "disposition" and "LPR-1" in m.body)


@pytest.mark.parametrize("typed,day", [
    ("besok kami tangani", "Selasa, 24 Nov 2026"),
    ("minggu depan dikerjakan", "Senin, 30 Nov 2026"),
    ("siap, kamis tim meluncur ke lokasi", "Kamis, 26 Nov 2026"),
])
def test_a_promise_with_a_day_swiped_is_a_follow_up_with_its_date_for_the_citizen(two, world, typed, day):
    reply = two["dlh1"].swipe(_notice(two), typed)
    assert "Tindak lanjut LPR-1 tercatat" in reply and f"perkiraan: {day}" in reply, reply
    [relayed] = follow_ups(two["citizen"])
    assert f"(perkiraan: {day})" in relayed.splitlines()[0], relayed
    assert complaint(world, 1).status == "proses"
    assert complaint(world, 1).dispositions[0].first_response_at is not None  # the first-response ladder stops


def test_a_promise_with_a_day_typed_with_its_reference_is_offered_then_dated(two, world):
    reply = two["dlh1"].says("lpr 1 lusa kami perbaiki")
    assert "TL LPR-1 lusa kami perbaiki" in reply, reply
    two["dlh1"].says("YA")
    [relayed] = follow_ups(two["citizen"])
    assert "(perkiraan: Rabu, 25 Nov 2026)" in relayed and relayed.rstrip().endswith("lusa kami perbaiki"), relayed


def test_progress_without_a_day_to_come_is_relayed_as_before(two, world):
    two["dlh1"].says("TL LPR-1 sudah kami cek ke lokasi kemarin")
    [relayed] = follow_ups(two["citizen"])
    assert "perkiraan" not in relayed


@pytest.mark.parametrize("typed,example", [
    ("akan ditangani", "TL LPR-1 akan ditangani besok"),
    ("akan segera kami tindak lanjuti pak", "TL LPR-1 akan segera kami tindak lanjuti besok"),
    ("siap, akan segera kami tindaklanjuti", "TL LPR-1 akan segera kami tindaklanjuti besok"),
    ("segera diproses", "TL LPR-1 segera diproses besok")])
def test_a_promise_without_a_day_records_nothing_and_asks_for_the_day(two, world, typed, example):
    reply = two["dlh1"].swipe(_notice(two), typed)
    assert "belum dicatat" in reply and example in reply, reply
    assert follow_ups(two["citizen"]) == [] and complaint(world, 1).status == "belum_ditindaklanjuti"


@pytest.mark.parametrize("typed,example", [
    ("lpr 1 akan ditangani", "TL LPR-1 akan ditangani besok"),
    ("lpr 1 segera kami tindaklanjuti", "TL LPR-1 segera kami tindaklanjuti besok")])
def test_a_promise_without_a_day_typed_with_its_reference_asks_for_the_day(two, world, typed, example):
    """It showed `TL LPR-1 akan ditangani` to send as it was: a follow-up that tells the citizen nothing."""
    reply = two["dlh1"].says(typed)
    assert "belum dicatat" in reply and example in reply, reply
    assert follow_ups(two["citizen"]) == []


# A long promise without a day: its example is a whole line to send, cut at a word or a clause, never "…" (staff20)
LONG_SWIPED = [
    "siap pak, laporan sudah kami terima dan akan segera kami tindaklanjuti secepatnya, terima kasih banyak pak",
    "baik bu laporan sudah kami terima dan akan segera kami tindaklanjuti secepatnya terima kasih banyak bu",
]
LONG_TYPED = [
    "lpr 1 siap pak, laporan sudah kami terima dan akan segera kami tindaklanjuti secepatnya dan sesegera mungkin, "
    "terima kasih banyak pak",
    "lpr 1 laporan sudah kami terima dan akan segera kami tindaklanjuti secepatnya dan sesegera mungkin terima kasih "
    "banyak pak",
    "lpr 1 laporan sudah kami terima dan akan segera kami tindaklanjuti secepatnya dan sesegera mungkin dan akan "
    "segera kami tindaklanjuti sesegera mungkin pak",  # past the example's length: cut at a word
]
CONNECTORS = {"dan", "yang", "yg", "dengan", "dgn", "sesuai", "untuk", "utk", "di", "ke", "oleh", "serta", "agar"}


def _example(reply: str) -> str:
    """The command the reply offers to copy: `TL LPR-1 … besok`."""
    found = re.search(r"(TL LPR-1 .*?) besok \(atau", reply)
    assert found, reply
    return found[1]


def _is_whole_line(example: str, typed: str) -> None:
    said = example.removeprefix("TL LPR-1 ").split()
    assert "…" not in example and said, example
    typed_words = typed.replace(",", " ").split()
    start = typed_words.index(said[0].strip(",."))
    assert [w.strip(",.") for w in said] == typed_words[start:start + len(said)], (example, typed)
    assert said[-1].strip(",.").lower() not in CONNECTORS, example
    assert len(example) <= 130, example


@pytest.mark.parametrize("typed,example", [
    ("akan segera kami tindak lanjuti", "akan segera kami tindak lanjuti"),
    ("akan segera kami tindaklanjuti, terima kasih pak", "akan segera kami tindaklanjuti"),
    ("segera diproses ya, makasih", "segera diproses ya"),
    ("laporan sudah kami terima dan akan segera kami tindaklanjuti secepatnya dan sesegera mungkin sesuai dengan "
     "prosedur yang berlaku di dinas kami", "laporan sudah kami terima dan akan segera kami tindaklanjuti secepatnya "
     "dan sesegera mungkin sesuai dengan prosedur"),  # cut at a word, "yang" left out
    ("laporan sudah kami terima dan akan segera kami tindaklanjuti secepatnya, akan segera kami koordinasikan "
     "dengan bidang persampahan dan tim lapangan", "laporan sudah kami terima dan akan segera kami tindaklanjuti "
     "secepatnya"),  # cut where a clause ends
])
def test_an_undated_promise_is_an_example_line_cut_at_a_clause_or_a_word(typed, example):
    assert promise_example(typed) == example


@pytest.mark.parametrize("typed", LONG_SWIPED)
def test_a_long_undated_promise_swiped_is_offered_as_a_whole_line(two, world, typed):
    reply = two["dlh1"].swipe(_notice(two), typed)
    assert "belum dicatat" in reply, reply
    _is_whole_line(_example(reply), typed)


@pytest.mark.parametrize("typed", LONG_TYPED)
def test_a_long_undated_promise_typed_with_its_reference_is_offered_as_a_whole_line(two, world, typed):
    reply = two["dlh1"].says(typed)
    assert "belum dicatat" in reply, reply
    _is_whole_line(_example(reply), typed)
