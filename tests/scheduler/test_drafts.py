"""A citizen who stops halfway through filing is reminded once, while the draft is kept, never at night."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.bot.test_citizen_phrasings import to_step
from tests.parties import CITIZEN_2, DESCRIPTION, Party
from tests.scheduler.conftest import at
from tests.scheduler.test_ladders import tick


def reminders(citizen) -> list[str]:
    return [m.body for m in citizen.inbox() if "belum terkirim" in m.body]


def test_an_unfinished_complaint_is_recalled_once_with_its_question(people, world, clock):
    citizen = people["citizen"]
    to_step(citizen, "location")
    tick(world, clock, clock.now + timedelta(minutes=29))
    assert reminders(citizen) == []
    tick(world, clock, clock.now + timedelta(minutes=2))
    [reminder] = reminders(citizen)
    assert "Lokasinya di depan SDN 2 Banyuanyar?" in reminder and "BATAL" in reminder  # the place offered
    tick(world, clock, clock.now + timedelta(minutes=30))  # once per draft, however many ticks (or schedulers)
    assert len(reminders(citizen)) == 1
    citizen.says("Jl. Raya Banyuanyar, Kec. Sampang")
    assert citizen.state() == "photo"


def test_no_reminder_in_the_quiet_hours_nor_for_a_draft_about_to_expire(people, world, clock):
    citizen = people["citizen"]
    clock.now = at(2026, 8, 13, 10, 0)
    to_step(citizen, "location")
    tick(world, clock, at(2026, 8, 13, 11, 50))  # 15 minutes before the expiry at 12.00: too late to recall it
    assert reminders(citizen) == []


def test_a_draft_left_in_the_evening_is_recalled_in_the_morning_with_its_real_end(people, world, clock):
    """The night does not count against a draft (bot.conversation.machine): one left at 20.45 is kept till 07.45,
    and recalled once the quiet hours end, not never (its half hour fell in the night)."""
    citizen = people["citizen"]
    clock.now = at(2026, 8, 13, 20, 45)
    to_step(citizen, "location")
    tick(world, clock, at(2026, 8, 13, 21, 20))  # 21.00-06.00: citizens get nothing
    tick(world, clock, at(2026, 8, 14, 2, 0))
    assert reminders(citizen) == []
    tick(world, clock, at(2026, 8, 14, 6, 20))
    [reminder] = reminders(citizen)
    assert "sampai pukul 07.45" in reminder and "Lokasinya di depan SDN 2 Banyuanyar?" in reminder
    tick(world, clock, at(2026, 8, 14, 7, 0))
    assert len(reminders(citizen)) == 1
    clock.now = at(2026, 8, 14, 7, 30)
    citizen.says("Jl. Raya Banyuanyar, Kec. Sampang")
    assert citizen.state() == "photo"


def test_the_jobs_summary_counts_only_reminders_queued_by_that_tick(people, world, clock):
    """`reminded=N` is what the tick queued: a draft already reminded (its outbox key taken) is not counted again
    at every later tick while it waits (before, each waiting draft counted at every tick)."""
    citizen = people["citizen"]
    to_step(citizen, "location")
    assert tick(world, clock, clock.now + timedelta(minutes=31))["drafts"] == "reminded=1"
    assert tick(world, clock, clock.now + timedelta(minutes=5))["drafts"] == "reminded=0"
    assert tick(world, clock, clock.now + timedelta(minutes=5))["drafts"] == "reminded=0"
    assert len(reminders(citizen)) == 1


def test_a_waiting_draft_takes_no_outbox_id_at_each_later_tick(people, world, clock):
    """The drafts job ran `INSERT … ON CONFLICT DO NOTHING` for every reminded draft at every tick till it expired:
    on PostgreSQL each try takes a value of the outbox's id sequence (a 4-byte integer), measured at 74 a draft
    with the default settings, the reminder itself 1. Only drafts whose reminder is not queued are tried now."""
    from sqlalchemy import func, select, text

    import scheduler.jobs
    from models import OutboxMessage
    from scheduler.jobs import run_job
    from services import services
    from tests.faults.conftest import needs_postgres

    svc = services(world)
    needs_postgres(svc.config["DATABASE_URL"])
    drafts = next(job for job in scheduler.jobs.JOBS if job.name == "drafts")
    citizen = people["citizen"]
    clock.now = at(2026, 8, 13, 10, 0)
    to_step(citizen, "location")

    def taken() -> tuple[int, int]:
        with svc.session_factory() as session:
            return (session.scalar(text("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM outbox_id_seq")),
                    session.scalar(select(func.count()).select_from(OutboxMessage)))

    ids, rows = taken()
    for minute in range(1, 121):  # the draft's whole life, a tick a minute (LADDER_INTERVAL_SECONDS)
        run_job(svc, drafts, at(2026, 8, 13, 10, 0) + timedelta(minutes=minute))
    assert len(reminders(citizen)) == 1
    assert taken() == (ids + 1, rows + 1)
    with svc.session_factory() as session:  # docs/operations.md: the horizon of these ids at a province's traffic
        assert session.scalar(text("SELECT max_value FROM pg_sequences WHERE sequencename = 'outbox_id_seq'")) \
            == 2**31 - 1


def test_the_reminder_recalls_the_place_offered_from_the_story(people, world, clock):
    """Found by hand: a draft left at "Lokasinya di depan SDN 2 Banyuanyar? Balas YA bila benar" was recalled with the
    bare "Di mana lokasinya?", and the YA the citizen then typed to the place they had seen was no place."""
    citizen = people["citizen"]
    answers = ["1", "1", DESCRIPTION]
    asked = [citizen.says(body) for body in answers][-1]
    assert asked.startswith("Lokasinya di depan SDN 2 Banyuanyar?"), asked
    tick(world, clock, clock.now + timedelta(minutes=31))
    [reminder] = reminders(citizen)
    assert reminder.endswith(asked) and "Di mana lokasinya?" not in reminder, reminder
    citizen.says("ya")
    assert citizen.state() == "photo" and "SDN 2 Banyuanyar" in citizen.draft()["location_text"]


@pytest.mark.parametrize("story,kind,recalled", [
    ("lampu jalan di depan rumah saya mati sudah seminggu, gelap sekali", "1", 'lokasinya "depan rumah saya"'),
    ("Taman kota perlu ditambah bangku dan lampu supaya warga nyaman di malam hari", "2", "LEWATI bila tidak ada"),
])
def test_the_reminder_asks_the_place_as_the_step_did(people, world, clock, story, kind, recalled):
    citizen = people["citizen"]
    asked = [citizen.says(body) for body in ("1", kind, story)][-1]
    assert citizen.state() == "location" and recalled in asked, asked
    tick(world, clock, clock.now + timedelta(minutes=31))
    [reminder] = reminders(citizen)
    assert recalled in reminder, reminder


def test_the_reminder_asks_for_the_story_in_the_kinds_words(people, world, clock):
    citizen = people["citizen"]
    asked = [citizen.says(body) for body in ("1", "2")][-1]
    assert citizen.state() == "description"
    tick(world, clock, clock.now + timedelta(minutes=31))
    [reminder] = reminders(citizen)
    assert reminder.endswith(asked), (reminder, asked)


def test_two_drafts_at_the_same_question_are_each_reminded(people, world, clock):
    """Found on merging: the reminder's wording key (the step's question) took the name of the outbox's dedupe
    key, so every draft waiting at the same question shared one key and only the first was ever reminded."""
    first, second = people["citizen"], Party(world, CITIZEN_2, "Ahmad")
    to_step(first, "location")
    to_step(second, "location")
    tick(world, clock, clock.now + timedelta(minutes=31))
    assert len(reminders(first)) == 1 and len(reminders(second)) == 1
