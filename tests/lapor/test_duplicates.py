"""Duplicate search: similar open complaints of the last 30 days at the same place, and nothing else."""

from __future__ import annotations

import random
import string
from datetime import timedelta
from itertools import count

import pytest

from lapor import duplicates
from lapor.complaints import ARCHIVED, DISPOSITIONED, DONE, IN_PROGRESS, NEW
from lapor.duplicates import DEFAULT_MIN_SCORE, complaint_similarity, find_duplicates
from models import Complaint

POTHOLE = ("Jalan berlubang besar di depan SDN Tapaan 1, sudah ada dua motor jatuh minggu ini",
           "Jl. Raya Tapaan depan SDN Tapaan 1, Omben")


@pytest.fixture
def file(session, clock):
    """Files a complaint `days_ago` days before the clock and returns it."""
    numbers = count(1)

    def make(description: str, place: str = "", *, days_ago: float = 1, status: str = NEW,
             pin: tuple[float, float] | None = None, parent: Complaint | None = None) -> Complaint:
        complaint = Complaint(number=next(numbers), kind="pengaduan", title=description[:60], description=description,
                              location_text=place, status=status, created_at=clock.now - timedelta(days=days_ago),
                              latitude=pin[0] if pin else None, longitude=pin[1] if pin else None, parent=parent)
        session.add(complaint)
        session.flush()
        return complaint

    return make


def _found(session, complaint, clock, **kwargs) -> list[Complaint]:
    return [other for other, _score in find_duplicates(session, complaint, clock.now, **kwargs)]


def test_the_same_pothole_described_differently_is_found(session, clock, file):
    first = file(*POTHOLE, days_ago=3, status=DISPOSITIONED)
    unrelated = file("Sampah di TPS pasar Omben menumpuk sudah seminggu tidak diangkut", "Pasar Omben")
    new = file("lubang di jalan depan sekolah SDN tapaan dalam bgt, bahaya buat pengendara motor",
               "depan SDN Tapaan 1", days_ago=0)
    found = find_duplicates(session, new, clock.now)
    assert [other for other, _ in found] == [first]
    assert DEFAULT_MIN_SCORE <= found[0][1] <= 100
    assert unrelated not in _found(session, new, clock, min_score=0, limit=1)


def test_the_same_text_in_another_village_is_not_a_duplicate(session, clock, file):
    here = file(*POTHOLE)
    there = file("Jalan berlubang besar di depan SDN Taddan 2, sudah ada dua motor jatuh minggu ini",
                 "Jl. Raya Taddan depan SDN Taddan 2, Camplong")
    paraphrase_here = file("lubang di jalan depan sekolah SDN tapaan dalam bgt, bahaya buat pengendara motor",
                           "depan SDN Tapaan 1")
    assert complaint_similarity(here, there) < DEFAULT_MIN_SCORE
    assert complaint_similarity(here, there) < complaint_similarity(here, paraphrase_here)
    assert _found(session, there, clock) == []


def test_another_problem_at_the_same_place_is_not_a_duplicate(session, clock, file):
    file(*POTHOLE)
    lights = file("Lampu jalan depan SDN Tapaan mati semua, malam gelap sekali", "depan SDN Tapaan 1")
    assert _found(session, lights, clock) == []


@pytest.mark.parametrize("status, days_ago", [(DONE, 2), (ARCHIVED, 2), (IN_PROGRESS, 31)])
def test_closed_or_old_complaints_are_not_offered(session, clock, file, status, days_ago):
    file(*POTHOLE, status=status, days_ago=days_ago)
    new = file(*POTHOLE, days_ago=0)
    assert _found(session, new, clock) == []


def test_merged_complaints_and_the_complaint_itself_are_left_out(session, clock, file):
    parent = file(*POTHOLE, days_ago=5)
    file(*POTHOLE, days_ago=4, parent=parent)  # already merged into the parent
    new = file(*POTHOLE, days_ago=0)
    assert _found(session, new, clock) == [parent]
    assert _found(session, parent, clock) == [new]


def test_an_unsaved_draft_can_be_checked_before_it_is_filed(session, clock, file):
    existing = file(*POTHOLE)
    draft = Complaint(description="jalan depan SDN Tapaan 1 berlubang besar, motor jatuh", location_text="Tapaan")
    assert _found(session, draft, clock) == [existing]


def test_location_pins_decide_the_place(session, clock, file):
    leak = "Pipa PDAM bocor, air nyembur ke jalan sejak pagi"
    near = file(leak, pin=(-7.1000, 113.2000))
    far = file(leak, pin=(-7.1300, 113.2000))  # about 3 km south
    new = file("ada pipa pecah, air muncrat di pinggir jalan", pin=(-7.1015, 113.2000), days_ago=0)  # ~170 m
    assert _found(session, new, clock) == [near]
    assert complaint_similarity(new, far) < 10


def test_best_matches_come_first_and_limit_is_respected(session, clock, file):
    exact = file(*POTHOLE, days_ago=6)
    close = file("jalan depan SDN Tapaan 1 berlubang besar, motor jatuh", "SDN Tapaan 1", days_ago=2)
    file("jalan depan SDN Tapaan 1 berlubang", "Tapaan", days_ago=1)
    new = file(*POTHOLE, days_ago=0)
    found = find_duplicates(session, new, clock.now, limit=2)
    assert [other for other, _ in found] == [exact, close]
    assert found[0][1] >= found[1][1]


def _long_distinct_words(seed: int, chars: int = 4096) -> str:
    """A description as long as WhatsApp allows, of made-up words that never repeat (the costliest text to score)."""
    rnd = random.Random(seed)
    words, length = [], 0
    while length < chars:
        words.append("".join(rnd.choice(string.ascii_lowercase) for _ in range(rnd.randint(5, 9))))
        length += len(words[-1]) + 1
    return " ".join(words)[:chars]


def test_long_texts_cost_a_bounded_work_and_hide_no_duplicate(session, clock, file, monkeypatch):
    """50 complaints of 4,096 characters at one place: before the bound, each pair compared whole texts (0.2-0.3 s a
    pair). Every comparison now gets at most MAX_WORDS words of at most MAX_TEXT_CHARS characters (work, not time)."""
    seen = []

    def counting(scorer):
        def wrapped(*args, **kwargs):
            seen.append(args[:2])
            return scorer(*args, **kwargs)
        return wrapped

    monkeypatch.setattr(duplicates.fuzz, "token_sort_ratio", counting(duplicates.fuzz.token_sort_ratio))
    monkeypatch.setattr(duplicates.process, "extractOne", counting(duplicates.process.extractOne))
    for seed in range(50):
        file(_long_distinct_words(seed), POTHOLE[1], days_ago=2)
    first = file(*POTHOLE, days_ago=3)
    found = _found(session, file(*POTHOLE, days_ago=0), clock)
    _found(session, file(_long_distinct_words(99), POTHOLE[1], days_ago=0), clock)  # a long one against them all
    assert found == [first] and seen
    for a, b in seen:
        for side in (a, b):
            words = side.split() if isinstance(side, str) else list(side)
            assert len(words) <= duplicates.MAX_WORDS and sum(map(len, words)) <= duplicates.MAX_TEXT_CHARS


@pytest.mark.parametrize("place", ["rt 5 rw 2 jl cempaka", "RT.005/RW.002 Cempaka", "jl cempaka rt 5/2"])
def test_rt_and_rw_numbers_match_however_they_are_written(place):
    filed = duplicates._cached_features("sampah menumpuk di tps", "tps jl cempaka rt 05 rw 02", None, None)
    typed = duplicates._cached_features("sampah menumpuk di tps", place, None, None)
    assert duplicates._place_score(filed, typed) > 90


def test_the_offer_to_follow_reads_what_it_shows_with_its_candidates_in_one_statement(session, svc, file, clock):
    """At a filing step of the webhook: a second statement reading the offered complaints cost more than scoring."""
    from sqlalchemy import event

    from lapor.complaints import Draft
    from lapor.duplicates import similar_to_draft
    from models import Contact

    older, newer = file(*POTHOLE, days_ago=2), file(*POTHOLE, days_ago=1)
    file("Sampah menumpuk di pasar", "Pasar Omben")
    citizen = Contact(phone="+6281299990000")
    session.add(citizen)
    session.commit()
    statements = []
    draft = Draft(description=POTHOLE[0], location_text=POTHOLE[1])
    note = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(svc.engine, "before_cursor_execute", note)
    try:  # with a listener the statement goes through SQLAlchemy (models.db.Prepared)
        found = similar_to_draft(session, citizen, draft, clock.now)
    finally:  # the engine is shared by later tests: left listening, it would keep them all off the driver's path
        event.remove(svc.engine, "before_cursor_execute", note)
    assert [statement.split()[0] for statement in statements if statement != "BEGIN IMMEDIATE"] == ["SELECT"]
    assert [(c.number, c.title, c.description, c.status) for c in found] == [
        (c.number, c.title, c.description, c.status) for c in (newer, older)]
    # Without one, on PostgreSQL it is the driver's (its IN list of open statuses written in): the same rows
    assert similar_to_draft(session, citizen, draft, clock.now) == found
