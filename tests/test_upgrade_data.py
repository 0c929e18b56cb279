"""Upgrading a database that holds data: what a new column means for the rows written before it."""

from __future__ import annotations

import pytest

from tests.parties import complaint, file, filed_and_forwarded, make_people


@pytest.fixture
def people(world):
    return make_people(world)


def _as_if_upgraded_from(world, revision: str) -> None:
    """Bring the data to what an existing database at `revision` has after `flask db upgrade`: the columns added
    since are dropped and added again (empty), exactly as on a database that never had them."""
    from alembic import command

    from models.cli import alembic_config
    from services import services

    cfg = alembic_config()
    with services(world).engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.stamp(cfg, "head")
    cli = world.test_cli_runner()
    down = cli.invoke(args=["db", "downgrade", revision])
    assert down.exit_code == 0, down.output
    up = cli.invoke(args=["db", "upgrade"])
    assert up.exit_code == 0, up.output


def test_upgrade_to_0011_keeps_a_complaint_that_went_on_without_its_question_out_of_tertunda(people, world):
    file(people["citizen"])
    people["verifier"].says("TUNDA LPR-1 Di pasar mana tepatnya?")
    people["verifier"].says("TERUSKAN LPR-1 DLH")  # goes on without the answer (the pre-0011 code did too)
    assert complaint(world, 1).status == "belum_ditindaklanjuti"
    _as_if_upgraded_from(world, "0010")  # the service is upgraded: questions.lifted_at is new
    people["dlh1"].says("INFO LPR-1 Sejak kapan menumpuk?")
    question = [m for m in people["citizen"].inbox() if m.purpose == "question"][-1]
    people["citizen"].swipe(question, "Sudah seminggu lebih menumpuk di sana")
    assert any("seminggu" in m.body for m in people["dlh1"].inbox())
    assert complaint(world, 1).status == "belum_ditindaklanjuti", \
        "the verifier's old TUNDA, gone on without before the upgrade, keeps the complaint tertunda"


def test_upgrade_to_0015_keeps_every_contact_and_its_history_and_then_serves_bsuids(people, world):
    from sqlalchemy import select

    from models import Contact, Conversation, InboundMessage
    from services import services
    from tests.parties import CITIZEN, Party

    filed_and_forwarded(people)
    with services(world).session_factory() as session:
        before = session.execute(select(Contact.id, Contact.phone, Contact.role).order_by(Contact.id)).all()
        inbound = len(session.scalars(select(InboundMessage.id)).all())
        talking = len(session.scalars(select(Conversation.id)).all())
    _as_if_upgraded_from(world, "0012")  # the service is upgraded: contacts.bsuid and .username are new
    with services(world).session_factory() as session:
        assert session.execute(select(Contact.id, Contact.phone, Contact.role).order_by(Contact.id)).all() == before
        assert len(session.scalars(select(InboundMessage.id)).all()) == inbound, "no message log lost on SQLite"
        assert len(session.scalars(select(Conversation.id)).all()) == talking
    people["citizen"].says("MENU", BusinessScopedUserId="ID.13491208655302741918")
    assert "LPR-1" in Party(world, "ID.13491208655302741918").says("STATUS")
    with services(world).session_factory() as session:
        linked = session.scalars(select(Contact).where(Contact.bsuid == "ID.13491208655302741918")).one()
    assert (linked.phone, complaint(world, 1).citizen_id) == (CITIZEN, linked.id)


def test_downgrade_below_0015_is_refused_while_someone_is_known_by_a_bsuid_alone(people, world):
    from alembic import command
    from sqlalchemy import select

    from models import Contact
    from models.cli import migrating
    from services import services
    from tests.parties import Party

    file(Party(world, "ID.13491208655302741918", "Siti"))
    with migrating(services(world).engine) as cfg:
        command.stamp(cfg, "head")
    down = world.test_cli_runner().invoke(args=["db", "downgrade", "0012"])
    assert down.exit_code != 0 and "business-scoped user ID" in str(down.exception)
    with services(world).session_factory() as session:
        assert session.scalars(select(Contact.phone).where(Contact.bsuid.is_not(None))).all() == [None]
    assert complaint(world, 1).citizen_id is not None


def test_upgrade_to_0018_notes_the_photos_filed_before_it_and_fetches_them(people, world):
    from sqlalchemy import select

    from models import MediaItem
    from scheduler.jobs import fetch_media
    from services import services
    from tests.parties import PHOTO

    file(people["citizen"])  # with a photo: before 0018 only its Twilio URL was kept
    _as_if_upgraded_from(world, "0016")  # the service is upgraded: media_items is new (and empty)
    svc = services(world)
    with svc.session_factory() as session:
        noted = session.execute(select(MediaItem.source_url, MediaItem.status)).all()
    assert [tuple(row) for row in noted] == [(PHOTO["MediaUrl0"], "pending")]
    assert fetch_media(svc, svc.clock()).startswith("stored=1")


def test_upgrade_to_0021_reports_measures_final_answers_given_before_it(people, world, clock):
    """A final answer given before completion_days existed gets its working days measured by the migration (the
    performance page's median would otherwise leave it out)."""
    from sqlalchemy import select

    from models import Disposition
    from services import services

    filed_and_forwarded(people)
    clock.advance(days=1)  # Monday 10:00 → Tuesday 10:00: one working day
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut semua")
    _as_if_upgraded_from(world, "0020")
    with services(world).session_factory() as session:
        assert session.scalars(select(Disposition.completion_days)).one() == 1.0
