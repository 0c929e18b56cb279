"""Answer templates: per agency, unique titles, another agency's are out of reach."""

from __future__ import annotations

import pytest
from sqlalchemy import insert

from lapor import answer_templates
from lapor.answer_templates import TemplateError
from models import AnswerTemplate
from tests import page_factories as make


def test_an_agency_keeps_its_own_templates_by_title(session, clock):
    dlh, pupr = make.agency(session, "DLH"), make.agency(session, "PUPR")
    dewi, budi = make.staff(session, "officer", dlh), make.staff(session, "officer", pupr)
    saved = answer_templates.save(session, dewi, "  Sampah   diangkut ", "Sampah sudah diangkut hari ini.", clock.now)
    answer_templates.save(session, dewi, "Akan disurvei", "Petugas akan meninjau lokasi.", clock.now)
    answer_templates.save(session, budi, "Jalan ditambal", "Lubang sudah ditambal.", clock.now)
    assert [t.title for t in answer_templates.for_agency(session, dlh.id)] == ["Akan disurvei", "Sampah diangkut"]
    assert answer_templates.get(session, dewi, saved.id) is saved
    assert answer_templates.get(session, budi, saved.id) is None, "another agency's template is out of reach"
    with pytest.raises(TemplateError, match="not_yours"):
        answer_templates.save(session, budi, "Diambil alih", "teks", clock.now, template=saved)


@pytest.mark.parametrize(("title", "body", "reason"), [
    ("", "isi", "empty"), ("Judul", "   ", "empty"), ("x" * 101, "isi", "too_long"), ("Ada", "isi", "taken"),
    # a title told apart from another only by its capitals or spaces is the same title: the picker listed both
    ("ADA", "isi", "taken"), ("ada", "isi", "taken"), (" a D a ", "isi", "taken"),
    ("SURVEI LOKASI", "isi", "taken"), ("survei\tlokasi", "isi", "taken"), ("SurveiLokasi", "isi", "taken"),
    ("İstanbul".upper(), "isi", "taken"),
    # near misses: another word is another title
    ("Adakah", "isi", None), ("Survei lokasi 2", "isi", None), ("Survei ulang", "isi", None),
])
def test_bad_templates_are_refused_with_the_reason(session, clock, title, body, reason):
    officer = make.staff(session, "officer", make.agency(session, "DLH"))
    answer_templates.save(session, officer, "Ada", "Sudah ada.", clock.now)
    answer_templates.save(session, officer, "Survei lokasi", "Petugas akan meninjau.", clock.now)
    answer_templates.save(session, officer, "İSTANBUL".lower(), "Contoh huruf di luar ASCII.", clock.now)
    if reason is None:
        assert answer_templates.save(session, officer, title, body, clock.now).title == title
        return
    with pytest.raises(TemplateError) as refused:
        answer_templates.save(session, officer, title, body, clock.now)
    assert refused.value.reason == reason


def test_a_template_renamed_only_in_capitals_is_itself_not_a_clash(session, clock):
    officer = make.staff(session, "officer", make.agency(session, "DLH"))
    template = answer_templates.save(session, officer, "survei", "Teks.", clock.now)
    assert answer_templates.save(session, officer, "Survei", "Teks.", clock.now, template=template).title == "Survei"
    other = answer_templates.save(session, officer, "Lain", "Teks.", clock.now)
    with pytest.raises(TemplateError) as refused:
        answer_templates.save(session, officer, "SURVEI", "Teks.", clock.now, template=other)
    assert refused.value.reason == "taken" and refused.value.title == "Survei", "the title it clashes with"


def test_a_template_can_be_renamed_edited_and_removed(session, clock):
    officer = make.staff(session, "officer", make.agency(session, "DLH"))
    template = answer_templates.save(session, officer, "Lama", "Teks lama.", clock.now)
    answer_templates.save(session, officer, "Baru", "Teks baru.", clock.advance(hours=1), template=template)
    assert (template.title, template.body, template.updated_at) == ("Baru", "Teks baru.", clock.now)
    answer_templates.delete(session, officer, template)
    assert answer_templates.for_agency(session, officer.agency_id) == []


def test_a_verifier_keeps_any_agencys_templates_and_an_officer_only_their_own(session, clock):
    dlh, pupr = make.agency(session, "DLH"), make.agency(session, "PUPR")
    verifier, budi = make.staff(session, "verifier"), make.staff(session, "officer", pupr)
    saved = answer_templates.save(session, verifier, "Sampah diangkut", "Sudah diangkut.", clock.now, agency_id=dlh.id)
    assert saved.agency_id == dlh.id and answer_templates.get(session, verifier, saved.id, dlh.id) is saved
    assert answer_templates.get(session, verifier, saved.id, pupr.id) is None, "asked for under another agency"
    with pytest.raises(TemplateError, match="not_yours"):
        answer_templates.save(session, verifier, "Tanpa instansi", "teks", clock.now)  # which agency's?
    with pytest.raises(TemplateError, match="not_yours"):
        answer_templates.save(session, budi, "Bukan PUPR", "teks", clock.now, agency_id=dlh.id)
    answer_templates.delete(session, verifier, saved)
    assert answer_templates.counts(session) == {}


@pytest.mark.parametrize(("mine", "theirs"), [
    ("SURVEI LOKASI", "Survei lokasi"), ("survei  lokasi", "Survei Lokasi"), ("SurveiLokasi", "survei lokasi"),
])
def test_two_saves_of_one_title_at_the_same_moment_keep_one_and_name_it(session, clock, monkeypatch, mine, theirs):
    """The title check reads the agency's titles, then the save writes: two officers saving «Survei lokasi» and
    «SURVEI LOKASI» at the same moment could both pass it (on PostgreSQL; SQLite queues writers with BEGIN
    IMMEDIATE), and the picker listed both. The database's unique index (migration 0032) refuses the second, which
    is told in words (not a 500) with the title it clashes with, the transaction still usable. Eko's row lands
    right after Dewi's check, as a colleague's committed save would."""
    agency = make.agency(session, "DLH")
    dewi, eko = make.staff(session, "officer", agency), make.staff(session, "officer", agency)
    check = answer_templates._refuse_a_taken_title
    calls = []

    def colleague_saves_right_after_my_check(session, agency_id, title, template):
        check(session, agency_id, title, template)
        if not calls:
            calls.append(title)
            session.execute(insert(AnswerTemplate).values(agency_id=agency_id, created_by_id=eko.id, title=theirs,
                                                          body="Teks Eko.", created_at=clock.now,
                                                          updated_at=clock.now))

    monkeypatch.setattr(answer_templates, "_refuse_a_taken_title", colleague_saves_right_after_my_check)
    with pytest.raises(TemplateError) as refused:
        answer_templates.save(session, dewi, mine, "Teks Dewi.", clock.now)
    assert (refused.value.reason, refused.value.title) == ("taken", theirs)
    answer_templates.save(session, dewi, "Survei ulang", "Teks Dewi.", clock.now)
    session.commit()
    assert sorted(t.title for t in answer_templates.for_agency(session, agency.id)) == sorted([theirs, "Survei ulang"])
