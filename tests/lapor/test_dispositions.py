"""Dispositions, follow-ups, questions, returns, archiving and merging, driven with a session and factories."""

from __future__ import annotations

import pytest

from lapor import dispositions
from lapor.complaints import ARCHIVED, DISPOSITIONED, DONE, IN_PROGRESS, NEW, ON_HOLD, LifecycleError
from models import DispositionStatus
from models.vocab import Role
from tests import factories


@pytest.fixture
def desk(session):
    """Two regional agencies with an officer each, an external body, and a verifier."""
    dlh, pupr = factories.agency(session, "DLH"), factories.agency(session, "PUPR")
    return {"dlh": dlh, "pupr": pupr, "pln": factories.agency(session, "PLN", external=True),
            "verifier": factories.person(session, Role.VERIFIER),
            "dlh_officer": factories.person(session, Role.OFFICER, dlh),
            "pupr_officer": factories.person(session, Role.OFFICER, pupr)}


@pytest.fixture
def filed(session, svc, clock):
    return factories.complaint(session, clock.now, svc.region)


def dispose(session, svc, clock, complaint, desk, *codes):
    agencies = [desk[code] for code in codes]
    return dispositions.assign(session, complaint, agencies, desk["verifier"], clock.now, svc.region)


def test_a_disposition_per_agency_with_the_completion_deadline(session, svc, clock, desk, filed):
    created = dispose(session, svc, clock, filed, desk, "dlh", "pupr")
    assert [d.agency.code for d in created] == ["DLH", "PUPR"] and filed.status == DISPOSITIONED
    assert all(d.status == DispositionStatus.OPEN for d in created)
    assert created[0].due_at == svc.region.calendar.add_working_days(clock.now, 14), "pengaduan: 14 working days"
    assert dispose(session, svc, clock, filed, desk, "dlh") == [], "an agency already on it gets no second one"


def test_an_external_body_is_forwarded_without_a_deadline(session, svc, clock, desk, filed):
    [forwarded] = dispose(session, svc, clock, filed, desk, "pln")
    assert forwarded.status == DispositionStatus.FORWARDED and forwarded.due_at is None


def test_progress_then_every_final_answer_finishes_the_complaint(session, svc, clock, desk, filed):
    dlh, pupr = dispose(session, svc, clock, filed, desk, "dlh", "pupr")
    dispositions.follow_up(session, dlh, desk["dlh_officer"], "Dijadwalkan besok", clock.now, svc.region,
                           final=False)
    assert filed.status == IN_PROGRESS and dlh.first_response_at == clock.now
    dispositions.follow_up(session, dlh, desk["dlh_officer"], "Sudah diangkut", clock.now, svc.region, final=True)
    assert filed.status == IN_PROGRESS, "PUPR has not answered yet"
    dispositions.follow_up(session, pupr, desk["pupr_officer"], "Jalan ditambal", clock.now, svc.region, final=True)
    assert filed.status == DONE and "Sudah diangkut" in filed.timeline[-1].text
    with pytest.raises(LifecycleError):
        dispositions.follow_up(session, dlh, desk["dlh_officer"], "lagi", clock.now, svc.region, final=False)


def test_a_question_holds_the_complaint_until_the_citizen_answers(session, svc, clock, desk, filed):
    [dlh] = dispose(session, svc, clock, filed, desk, "dlh")
    question = dispositions.ask_citizen(session, filed, desk["dlh_officer"], "Di sisi mana?", clock.now, dlh)
    assert filed.status == ON_HOLD
    assert dispositions.open_questions(session, filed.citizen) == [question]
    dispositions.answer_question(session, question, "Sisi timur pasar", clock.advance(hours=2), svc.region)
    assert filed.status == DISPOSITIONED and question.answer == "Sisi timur pasar"
    assert dispositions.open_questions(session, filed.citizen) == []


def test_a_returned_disposition_goes_back_to_the_verifier(session, svc, clock, desk, filed):
    [pupr] = dispose(session, svc, clock, filed, desk, "pupr")
    dispositions.return_disposition(session, pupr, desk["pupr_officer"], "Bukan kewenangan kami", clock.now,
                                    svc.region)
    assert pupr.status == DispositionStatus.RETURNED and pupr.return_reason == "Bukan kewenangan kami"
    assert filed.status == NEW and filed.verify_next_at is not None


def test_archiving_withdraws_the_open_dispositions(session, svc, clock, desk, filed):
    [dlh] = dispose(session, svc, clock, filed, desk, "dlh")
    dispositions.archive(session, filed, desk["verifier"], "Bukan pengaduan", clock.now)
    assert filed.status == ARCHIVED and dlh.status == DispositionStatus.WITHDRAWN
    assert dispositions.withdrawn(filed, clock.now) == [dlh]
    with pytest.raises(LifecycleError):
        dispose(session, svc, clock, filed, desk, "pupr")


def test_a_duplicate_is_merged_into_its_parent_and_its_citizen_follows_it(session, svc, clock, desk, filed):
    duplicate = factories.complaint(session, clock.now, svc.region)
    dispositions.merge(session, duplicate, filed, desk["verifier"], clock.now)
    assert duplicate.status == ARCHIVED and duplicate.parent is filed
    assert duplicate.citizen in dispositions.citizens_to_tell(filed)
    with pytest.raises(LifecycleError):
        dispositions.merge(session, filed, filed, desk["verifier"], clock.now)


def test_tidak_puas_reopens_the_final_dispositions_with_a_new_deadline(session, svc, clock, desk, filed):
    [dlh] = dispose(session, svc, clock, filed, desk, "dlh")
    dispositions.follow_up(session, dlh, desk["dlh_officer"], "Sudah diangkut", clock.now, svc.region, final=True)
    later = clock.advance(days=3)
    assert dispositions.reopen(session, filed, "Masih menumpuk", later, svc.region) == [dlh]
    assert filed.status == IN_PROGRESS and dlh.status == DispositionStatus.OPEN and dlh.first_response_at is None
    assert dlh.due_at == svc.region.calendar.add_working_days(later, 14)


def test_a_field_inspection_moves_the_deadline(session, svc, clock, desk, filed):
    [dlh] = dispose(session, svc, clock, filed, desk, "dlh")
    dispositions.mark_field_inspection(session, dlh, desk["dlh_officer"], "Perlu cek lapangan", clock.now,
                                       svc.region)
    assert dlh.field_inspection and dlh.due_at == svc.region.calendar.add_working_days(dlh.created_at, 60)
    assert filed.status == IN_PROGRESS


def test_several_agencies_final_answers_are_each_under_the_agencys_name(session, svc, clock, desk, filed):
    dlh, pupr = dispose(session, svc, clock, filed, desk, "dlh", "pupr")
    dispositions.follow_up(session, dlh, desk["dlh_officer"], "Sampah sudah diangkut", clock.now, svc.region,
                           final=True)
    dispositions.follow_up(session, pupr, desk["pupr_officer"], "Jalan sudah ditambal", clock.now, svc.region,
                           final=True)
    answers = filed.timeline[-1].text
    assert answers == "Dinas DLH:\nSampah sudah diangkut\n\nDinas PUPR:\nJalan sudah ditambal"


def test_a_disposition_taken_back_by_the_verifier_stops_its_ladders_and_waits_for_verification(
        session, svc, clock, desk, filed):
    [pupr] = dispose(session, svc, clock, filed, desk, "pupr")
    dispositions.withdraw_disposition(session, pupr, desk["verifier"], "salah kirim", clock.now, svc.region)
    assert pupr.status == DispositionStatus.WITHDRAWN and pupr.response_next_at is None
    assert pupr.completion_next_at is None and filed.status == NEW and filed.verify_next_at is not None
    assert dispositions.state_of(pupr) == "taken_back" and dispositions.taken_back_from(filed) == [pupr]
    assert filed.timeline[-2].actor_id == desk["verifier"].id  # the note is the verifier's, not the agency's return
    with pytest.raises(LifecycleError):
        dispositions.withdraw_disposition(session, pupr, desk["verifier"], "lagi", clock.now, svc.region)


def test_a_disposition_taken_back_beside_another_leaves_the_complaint_with_it(session, svc, clock, desk, filed):
    dlh, pupr = dispose(session, svc, clock, filed, desk, "dlh", "pupr")
    dispositions.withdraw_disposition(session, pupr, desk["verifier"], "salah kirim", clock.now, svc.region)
    assert filed.status == DISPOSITIONED and dlh.status == DispositionStatus.OPEN


def test_an_archive_is_no_take_back(session, svc, clock, desk, filed):
    [dlh] = dispose(session, svc, clock, filed, desk, "dlh")
    dispositions.archive(session, filed, desk["verifier"], "Bukan pengaduan", clock.now)
    assert dispositions.state_of(dlh) == DispositionStatus.WITHDRAWN and dispositions.taken_back_from(filed) == []
