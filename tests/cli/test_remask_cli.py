"""`flask lapor remask`: anonymous complaints stored under older masking rules get today's, once, by an operator:
a dry run by default that names the references (never the text), `--apply` in batches, idempotent, audited."""

from __future__ import annotations

from sqlalchemy import select

from models import AuditEntry, Complaint, Contact, Question, TimelineEntry
from models.vocab import Event, Role
from services import services
from tests.conftest import run_cli
from tests.parties import complaint, make_people
from tests.web.conftest import logged_in

# What older rules let through (session 29 and before): a number in words, a half hidden one, a one-word name
OLD_STORY = ("Sampah di TPS pasar menumpuk seminggu, Ahmad warga sini. Kalau perlu wa nol delapan lima tujuh tiga "
             "tiga tiga tiga empat empat empat empat")
OLD_PLACE = "depan rumah Ahmad, 0857xxxx4444"
OLD_ADDITION = "tambahan foto, hubungi 0857-xxxx-4444"
OLD_ANSWER = "sisi timur pak, Ahmad"
OLD_TUNDA = "Selamat pagi pak Ahmad, mohon foto lokasinya"
LEAKS = ("tiga tiga", "empat empat", "4444", "Ahmad")


def _stored_as_before(app, numbers=(1,), privacy="anonim") -> None:
    """Write the texts of complaints as the older rules stored them (today's filing would mask them)."""
    with services(app).session_factory.begin() as session:
        verifier = session.scalars(select(Contact).where(Contact.role == Role.VERIFIER)).first()
        for number in numbers:
            found = session.scalars(select(Complaint).where(Complaint.number == number)).one()
            found.privacy, found.description, found.title = privacy, OLD_STORY, OLD_STORY[:60]
            found.location_text = OLD_PLACE
            found.timeline.append(TimelineEntry(event=Event.EVIDENCE, text=OLD_ADDITION, actor_id=found.citizen_id,
                                                status_from=found.status, status_to=found.status))
            found.timeline.append(TimelineEntry(event=Event.QUESTION, text=OLD_TUNDA, actor_id=verifier.id,
                                                status_from=found.status, status_to=found.status, public=True))
            session.add(Question(complaint_id=found.id, asker_id=verifier.id, text=OLD_TUNDA,
                                 resume_status=found.status, answer=OLD_ANSWER, answered_at=found.created_at))


def _texts(app, number: int) -> list[str]:
    with services(app).session_factory() as session:
        found = session.scalars(select(Complaint).where(Complaint.number == number)).one()
        answers = session.scalars(select(Question.answer).where(Question.complaint_id == found.id)).all()
        return [found.description, found.title, found.location_text, *(e.text or "" for e in found.timeline),
                *(a or "" for a in answers)]


def _scene(world) -> dict:
    people = make_people(world)
    people["citizen2"].file(description="Sampah di TPS pasar menumpuk seminggu", place="Pasar Srimangunan",
                            privacy="3")
    people["citizen"].file(description="Lampu jalan mati di gang mawar", place="Gang Mawar", privacy="1")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    return people


def test_a_dry_run_names_what_would_change_and_changes_nothing(world):
    _scene(world)
    _stored_as_before(world)
    before = _texts(world, 1)
    result = run_cli(world, "lapor", "remask")
    assert result.exit_code == 0, result.output
    assert "LPR-1" in result.output and "1 complaint(s) would change" in result.output, result.output
    assert "--apply" in result.output
    assert not any(leak in result.output for leak in (*LEAKS, "Sampah", "lokasinya")), result.output
    assert _texts(world, 1) == before


def test_apply_masks_every_stored_text_the_agency_reads_and_audits_it(world, app):
    people = _scene(world)
    _stored_as_before(world)
    result = run_cli(world, "lapor", "remask", "--apply")
    assert result.exit_code == 0, result.output
    assert "LPR-1" in result.output and "1 complaint(s) changed" in result.output, result.output
    for text in _texts(world, 1):
        assert not any(leak in text for leak in LEAKS), text
    assert "Sampah di TPS pasar menumpuk" in complaint(world, 1).description
    page = logged_in(app, people["dlh1"].phone).get("/pengaduan/1").get_data(as_text=True)
    assert not any(leak in page for leak in LEAKS) and "menumpuk" in page
    with services(world).session_factory() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "samarkan_ulang")).all()
        question = session.scalars(select(Question)).one()
    assert [e.complaint_id for e in entries] == [complaint(world, 1).id]
    assert entries[0].address == "cli" and entries[0].actor_id is None
    assert "description" in entries[0].detail["fields"] and "Ahmad" not in str(entries[0].detail)
    assert question.text == OLD_TUNDA  # what was sent to the reporter is theirs; only the history is the agency's


def test_a_second_run_changes_nothing(world):
    _scene(world)
    _stored_as_before(world)
    assert run_cli(world, "lapor", "remask", "--apply").exit_code == 0
    after = _texts(world, 1)
    again = run_cli(world, "lapor", "remask", "--apply")
    assert again.exit_code == 0 and "0 complaint(s) changed" in again.output, again.output
    assert "LPR-1" not in again.output and _texts(world, 1) == after
    with services(world).session_factory() as session:
        assert len(session.scalars(select(AuditEntry).where(AuditEntry.action == "samarkan_ulang")).all()) == 1


def test_biasa_and_rahasia_complaints_keep_their_text(world):
    _scene(world)
    _stored_as_before(world, numbers=(2,), privacy="rahasia")
    before = _texts(world, 2)
    result = run_cli(world, "lapor", "remask", "--apply")
    assert result.exit_code == 0 and "LPR-2" not in result.output, result.output
    assert _texts(world, 2) == before


def test_batches_cover_every_complaint(world):
    people = _scene(world)
    people["citizen2"].file(description="Got mampet di gang melati", place="Gang Melati", privacy="3")
    _stored_as_before(world, numbers=(1, 3))
    result = run_cli(world, "lapor", "remask", "--apply", "--batch-size", "1")
    assert result.exit_code == 0, result.output
    assert "LPR-1" in result.output and "LPR-3" in result.output and "2 complaint(s) changed" in result.output
    for number in (1, 3):
        assert not any(leak in text for text in _texts(world, number) for leak in LEAKS)


# A take-back's (TARIK) reason as older rules kept it: the verifier sees the anonymous reporter and wrote their
# name and number, which the withdrawn disposition's row and the timeline's note showed every agency on it
OLD_TARIK = "Pak Ahmad (0812-9876-5432) minta ke DLH saja"
TARIK_LEAKS = ("Ahmad", "9876", "5432")


def _taken_back_as_before(app) -> None:
    """LPR-1 (citizen2's, anonymous) sent to DLH and PUPR, PUPR's taken back, its reason stored unmasked."""
    with services(app).session_factory.begin() as session:
        found = session.scalars(select(Complaint).where(Complaint.number == 1)).one()
        [pupr] = [d for d in found.dispositions if d.agency.code == "PUPR"]
        pupr.return_reason = OLD_TARIK
        notes = [e for e in found.timeline if e.disposition_id == pupr.id and e.event == Event.STATUS]
        assert notes, "the take-back writes a note on the timeline"
        for entry in notes:
            entry.text = entry.text.replace("salah kirim", OLD_TARIK)


def _tarik_texts(app) -> list[str]:
    with services(app).session_factory() as session:
        found = session.scalars(select(Complaint).where(Complaint.number == 1)).one()
        return [*(d.return_reason or "" for d in found.dispositions), *(e.text or "" for e in found.timeline)]


def test_a_take_back_reason_stored_before_masking_is_masked_for_every_agency(world, app):
    people = _scene(world)
    people["verifier"].says("TERUSKAN LPR-1 PUPR")
    people["verifier"].says("TARIK LPR-1 PUPR")
    _taken_back_as_before(world)
    before = _tarik_texts(world)
    assert any(OLD_TARIK in text for text in before)
    dry = run_cli(world, "lapor", "remask")
    assert dry.exit_code == 0 and "1 complaint(s) would change: LPR-1" in dry.output, dry.output
    assert "return_reason" in dry.output and not any(leak in dry.output for leak in TARIK_LEAKS), dry.output
    assert _tarik_texts(world) == before
    done = run_cli(world, "lapor", "remask", "--apply")
    assert done.exit_code == 0 and "1 complaint(s) changed: LPR-1" in done.output, done.output
    after = _tarik_texts(world)
    assert not any(leak in text for text in after for leak in TARIK_LEAKS), after
    assert sum("minta ke DLH saja" in text for text in after) == 2, "the reason stays, its reporter unnamed"
    page = logged_in(app, people["dlh1"].phone).get("/pengaduan/1").get_data(as_text=True)
    assert "minta ke DLH saja" in page and not any(leak in page for leak in TARIK_LEAKS)
    again = run_cli(world, "lapor", "remask", "--apply")
    assert "0 complaint(s) changed" in again.output and _tarik_texts(world) == after, again.output


def test_a_take_back_reason_of_a_complaint_not_anonymous_is_kept(world):
    people = _scene(world)
    people["verifier"].says("TERUSKAN LPR-1 PUPR")
    people["verifier"].says("TARIK LPR-1 PUPR")
    with services(world).session_factory.begin() as session:
        session.scalars(select(Complaint).where(Complaint.number == 1)).one().privacy = "rahasia"  # never anonim
    _taken_back_as_before(world)
    before = _tarik_texts(world)
    result = run_cli(world, "lapor", "remask", "--apply")
    assert "0 complaint(s) changed" in result.output and _tarik_texts(world) == before, result.output


def test_an_archive_reason_by_name_stored_before_masking_is_masked(world, app):
    people = _scene(world)
    people["verifier"].says("ARSIPKAN LPR-1 laporan kurang jelas")
    with services(app).session_factory.begin() as session:  # as ARSIPKAN stored it before: as written
        found = session.scalars(select(Complaint).where(Complaint.number == 1)).one()
        [entry] = [e for e in found.timeline if e.event == Event.ARCHIVED]
        entry.text = "Maaf Pak Ahmad (0812-9876-5432), laporan kurang jelas"
    done = run_cli(world, "lapor", "remask", "--apply")
    assert "1 complaint(s) changed: LPR-1" in done.output, done.output
    page = logged_in(app, people["dlh1"].phone).get("/pengaduan/1").get_data(as_text=True)
    assert "laporan kurang jelas" in page and not any(leak in page for leak in TARIK_LEAKS)
