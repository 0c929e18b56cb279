"""Why a staff action cannot go ahead (lapor.preconditions): the one answer the chat and the dashboard give."""

from __future__ import annotations

from lapor import dispositions, preconditions
from tests import page_factories as make


def test_an_agency_answers_only_on_its_own_open_disposition(session, svc, clock):
    dlh, pupr = make.agency(session, "DLH"), make.agency(session, "PUPR")
    verifier, officer = make.staff(session, "verifier"), make.staff(session, "officer", dlh)
    complaint = make.complaint(session, clock.now)
    assert preconditions.agency_disposition(complaint, dlh.id) == (None, preconditions.NOT_YOURS)
    [made] = make.assign(session, complaint, [dlh], verifier, clock.now, svc.region)
    assert preconditions.agency_disposition(complaint, dlh.id) == (made, None)
    assert preconditions.agency_disposition(complaint, pupr.id)[1] == preconditions.NOT_YOURS
    dispositions.follow_up(session, made, officer, "Beres", clock.now, svc.region, final=True)
    assert preconditions.agency_disposition(complaint, dlh.id) == (made, preconditions.DISPOSITION_CLOSED)
    assert preconditions.why_not_dispose(complaint) == preconditions.CLOSED
    assert preconditions.why_not_ask(complaint) == preconditions.CLOSED
    assert preconditions.why_not_archive(complaint) == preconditions.CLOSED


def test_questions_need_a_reporter_and_merges_an_unanswered_complaint(session, svc, clock):
    dlh = make.agency(session, "DLH")
    verifier, officer = make.staff(session, "verifier"), make.staff(session, "officer", dlh)
    imported = make.imported(session, clock.now, number=900)
    assert preconditions.why_not_ask(imported) == preconditions.NO_REPORTER
    complaint = make.complaint(session, clock.now)
    assert preconditions.why_not_ask(complaint) is None and preconditions.why_not_merge(complaint) is None
    [made] = make.assign(session, complaint, [dlh], verifier, clock.now, svc.region)
    assert preconditions.why_not_merge(complaint) is None, "dispositioned but not followed up: still mergeable"
    dispositions.follow_up(session, made, officer, "Sedang dikerjakan", clock.now, svc.region, final=False)
    assert preconditions.why_not_merge(complaint) == preconditions.IN_PROGRESS
    assert preconditions.why_not_archive(complaint) == preconditions.CLOSED, "proses cannot be archived"
