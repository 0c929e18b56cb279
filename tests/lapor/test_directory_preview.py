"""A directory file's preview: what the import would create, change and deactivate, or its bad lines — and it
writes nothing; applying the file then does exactly what the preview said."""

from __future__ import annotations

from sqlalchemy import func, select

from lapor import directory
from lapor.directory_preview import AGENCIES, CHANGED, CREATED, DEACTIVATED, REACTIVATED, STAFF, UNCHANGED, preview
from models import Agency, Contact

AGENCIES_CSV = """code,name,aliases,keywords,external
DLH,Dinas Lingkungan Hidup,dlh;lingkungan hidup,sampah;tps;bau;limbah,
PUPR,Dinas PU dan Penataan Ruang,pu;pupr,jalan berlubang;jalan rusak;jembatan,
DISHUB,Dinas Perhubungan,dishub,lampu lalu lintas,
"""
STAFF_CSV = """phone,name,role,agency
081100000020,Dewi Lestari,officer,DLH
+6281100000021,Yusuf,head,DLH
081100000099,Rudi,officer,DLH
"""


def snapshot(session):
    return (session.scalar(select(func.count()).select_from(Agency)),
            sorted((c.phone, c.name, c.role, c.active) for c in session.scalars(select(Contact))))


def test_agency_preview_lists_created_changed_and_unchanged_and_writes_nothing(world, svc):
    with svc.session_factory() as session:
        before = snapshot(session)
        result = preview(session, AGENCIES, AGENCIES_CSV)
        assert snapshot(session) == before
    by_key = {change.key: change for change in result.changes}
    assert by_key["DLH"].action == UNCHANGED and by_key["DISHUB"].action == CREATED
    assert by_key["PUPR"].action == CHANGED
    assert by_key["PUPR"].fields == (
        ("name", "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas PU dan Penataan Ruang"),)
    with svc.session_factory.begin() as session:
        done = directory.import_agencies(session, AGENCIES_CSV)
    assert (done.created, done.updated, done.unchanged) == (result.count(CREATED), result.count(CHANGED),
                                                            result.count(UNCHANGED))


def test_staff_preview_shows_deactivations_the_sync_would_make(world, svc):
    with svc.session_factory.begin() as session:
        session.scalars(select(Contact).where(Contact.phone == "+6281100000021")).one().active = False
    with svc.session_factory() as session:
        result = preview(session, STAFF, STAFF_CSV)
    actions = {(change.key, change.action) for change in result.changes}
    assert actions == {("+6281100000020", CHANGED), ("+6281100000021", REACTIVATED), ("+6281100000099", CREATED),
                       ("+6281100000022", DEACTIVATED)}  # Eko (DLH) is not in the file
    [deactivated] = [c for c in result.changes if c.action == DEACTIVATED]
    assert deactivated.line is None and deactivated.name == "Eko"
    with svc.session_factory.begin() as session:
        done = directory.import_staff(session, STAFF_CSV)
    assert (done.created, done.updated, done.deactivated, done.reactivated) == (1, 1, 1, 1)


def test_bad_lines_are_all_named_and_nothing_is_previewed(world, svc):
    bad = "phone,name,role,agency\n0811,Budi,officer,DLH\n081100000030,Ani,lurah,DLH\n081100000031,,officer,XYZ\n"
    with svc.session_factory() as session:
        result = preview(session, STAFF, bad)
        missing = preview(session, AGENCIES, "kode,nama\nDLH,x\n")
    assert not result.ok and result.changes == []
    assert [error.split(":")[0] for error in result.errors] == ["line 2", "line 3", "line 4"]
    assert missing.errors == ["line 1: missing column(s) code, name, aliases, keywords, external "
                              "(expected code,name,aliases,keywords,external)"]
