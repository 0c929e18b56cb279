"""The directory: all-or-nothing CSV imports, staff synchronisation, reachable staff, and the cached router."""

from __future__ import annotations

import csv

import pytest
from sqlalchemy import func, select

from lapor.directory import (
    DirectoryError,
    agency_profiles,
    import_agencies,
    import_staff,
    reachable_staff,
    rosters,
    router_for,
)
from models import Agency, Complaint, Contact, Disposition, TimelineEntry
from tests.cli import DEMO_DATA, shared_data_file

STAFF_HEADER = "phone,name,role,agency\n"
PUPR_BUDI, PUPR_SARI, PUPR_HEAD = "+6281100000010", "+6281100000011", "+6281100000012"
VERIFIER, SUPERVISOR = "+6281100000001", "+6281100000002"


@pytest.fixture
def directory(session):
    """The demo directory (Kabupaten Sukamaju) loaded into the test session."""
    import_agencies(session, DEMO_DATA / "agencies.csv")
    import_staff(session, DEMO_DATA / "staff.csv")
    return session


def _contact(session, phone: str) -> Contact:
    return session.scalar(select(Contact).where(Contact.phone == phone))


def _agency(session, code: str) -> Agency:
    return session.scalar(select(Agency).where(Agency.code == code))


def _phones(contacts) -> list[str]:
    return [c.phone for c in contacts]


# --- agencies ------------------------------------------------------------------------------------

def test_reference_agencies_import_and_reimport_without_duplicates(session):
    path = shared_data_file("agencies.csv")
    first = import_agencies(session, path)
    second = import_agencies(session, path)
    assert (first.created, second.created, second.updated, second.unchanged) == (31, 0, 0, 31)
    assert session.scalar(select(func.count()).select_from(Agency)) == 31
    assert {a.code for a in session.scalars(select(Agency).where(Agency.external))} == {"PLN", "POLRES", "BPJS"}
    assert "jalan berlubang" in _agency(session, "PUPR").keywords


def test_an_edited_agency_row_is_updated_in_place(session):
    import_agencies(session, "code,name,aliases,keywords,external\nDLH,Dinas LH,dlh,sampah,\n")
    result = import_agencies(session, "code,name,aliases,keywords,external\n"
                                      "dlh,Dinas Lingkungan Hidup,dlh,sampah;limbah,\n")
    assert (result.created, result.updated) == (0, 1)
    agency = _agency(session, "DLH")
    assert (agency.name, agency.keywords) == ("Dinas Lingkungan Hidup", ["sampah", "limbah"])


@pytest.mark.parametrize("text", [
    "code;name;aliases;keywords;external\r\nPUPR;Dinas PUPR;pu, pekerjaan umum;jalan rusak,jembatan;\r\n",
    "\ufeffcode;name;aliases;keywords;external\nPUPR;Dinas PUPR;PU , Pekerjaan Umum,;Jalan Rusak, jembatan;\n",
    'code,name,aliases,keywords,external\nPUPR,Dinas PUPR,"pu,pekerjaan umum","jalan rusak, jembatan",\n',
    "code\tname\taliases\tkeywords\texternal\nPUPR\tDinas PUPR\tpu; pekerjaan umum\tjalan rusak;jembatan\t\n",
])
def test_lists_in_a_cell_may_be_separated_by_commas_as_excel_users_type_them(session, text):
    # In a `;`-separated file saved by Excel a cell's list was typed with commas and became one alias,
    # «pu, pekerjaan umum», that no complaint ever matched.
    import_agencies(session, text)
    agency = _agency(session, "PUPR")
    assert (agency.aliases, agency.keywords) == (["pu", "pekerjaan umum"], ["jalan rusak", "jembatan"])


def test_every_bad_agency_row_is_reported_and_nothing_is_written(session):
    text = ("code,name,aliases,keywords,external\n"
            "DLH,Dinas Lingkungan Hidup,,sampah,\n"
            "DLH,Dinas Lingkungan Hidup lagi,,,\n"
            "PLN,,pln,listrik,yes\n"
            "POLRES,Polres,,,kadang\n"
            f"{'X' * 40},Terlalu panjang,,,\n")
    with pytest.raises(DirectoryError) as caught:
        import_agencies(session, text)
    assert caught.value.errors == [
        "line 3: agency DLH appears twice",
        "line 4: code and name are required",
        "line 5: external must be yes or empty, got 'kadang'",
        "line 6: code longer than 32 or name longer than 200 characters",
    ]
    assert session.scalar(select(func.count()).select_from(Agency)) == 0


def test_a_file_without_the_expected_columns_is_refused(session):
    with pytest.raises(DirectoryError, match="missing column"):
        import_agencies(session, "kode,nama\nDLH,Dinas Lingkungan Hidup\n")


# --- staff synchronisation -------------------------------------------------------------------------

def test_demo_staff_import_counts_and_reimport_changes_nothing(directory):
    result = import_staff(directory, DEMO_DATA / "staff.csv")
    assert (result.created, result.updated, result.unchanged, result.deactivated, result.reactivated) == (
        0, 0, 18, 0, 0)


def test_replacing_an_officer_number_keeps_the_agency_history(directory):
    session = directory
    pupr = _agency(session, "PUPR")
    budi = _contact(session, PUPR_BUDI)
    complaint = Complaint(number=1, kind="pengaduan", title="Jalan berlubang", description="Jalan berlubang",
                          status="belum_ditindaklanjuti")
    complaint.dispositions.append(Disposition(agency_id=pupr.id))
    complaint.timeline.append(TimelineEntry(event="tindak_lanjut", actor_id=budi.id, text="Sedang dicek"))
    session.add(complaint)
    session.flush()

    # Budi moved on: the PUPR rows now list a new officer instead of him.
    result = import_staff(session, STAFF_HEADER + "081200000099,Citra (Penghubung PUPR),officer,PUPR\n"
                                   f"{PUPR_SARI},Sari (Penghubung PUPR),officer,PUPR\n"
                                   f"{PUPR_HEAD},Ir. Hadi (Kepala Dinas PUPR),head,PUPR\n")

    assert (result.created, result.unchanged, result.deactivated) == (1, 2, 1)
    assert (budi.active, budi.role, budi.agency_id, budi.is_staff) == (False, "officer", pupr.id, False)
    assert _phones(reachable_staff(session, pupr.id)) == [PUPR_SARI, "+6281200000099"]
    assert complaint.dispositions[0].agency_id == pupr.id
    assert complaint.timeline[0].actor_id == budi.id


def test_a_file_for_one_agency_leaves_other_agencies_and_region_wide_staff_alone(directory):
    session = directory
    result = import_staff(session, STAFF_HEADER + f"{PUPR_SARI},Sari,officer,PUPR\n")
    assert result.deactivated == 2  # Budi and the head of PUPR
    assert _contact(session, "+6281100000020").active  # DLH officer
    assert _contact(session, VERIFIER).active and _contact(session, SUPERVISOR).active


def test_region_wide_rows_replace_the_region_wide_staff(directory):
    session = directory
    result = import_staff(session, STAFF_HEADER + "081200000001,Verifikator Baru,verifier,\n")
    assert (result.created, result.deactivated) == (1, 2)
    assert not _contact(session, VERIFIER).active and not _contact(session, SUPERVISOR).active
    assert _contact(session, PUPR_BUDI).active


def test_a_number_that_appears_again_is_reactivated(directory):
    session = directory
    import_staff(session, STAFF_HEADER + f"{PUPR_SARI},Sari,officer,PUPR\n")
    result = import_staff(session, DEMO_DATA / "staff.csv")
    assert (result.reactivated, result.deactivated) == (2, 0)
    assert _contact(session, PUPR_BUDI).active


def test_a_citizen_who_becomes_staff_keeps_the_same_contact(directory):
    session = directory
    citizen = Contact(phone="+6281299990000", profile_name="Warga")
    session.add(citizen)
    session.flush()
    result = import_staff(session, STAFF_HEADER + "6281299990000,Dodi (Penghubung DLH),officer,DLH\n"
                                   "+6281100000020,Dewi (Penghubung DLH),officer,DLH\n"
                                   "+6281100000021,Drs. Yusuf (Kepala DLH),head,DLH\n")
    assert (result.created, result.unchanged) == (1, 2)
    assert (citizen.role, citizen.agency.code, citizen.is_staff) == ("officer", "DLH", True)


def test_every_bad_staff_row_is_reported_and_nothing_is_written(directory):
    session = directory
    text = (STAFF_HEADER + "081200000050,Valid Row,officer,PUPR\n"
            "0812,Nomor Pendek,officer,PUPR\n"
            "081200000051,Peran Aneh,lurah,PUPR\n"
            "081200000052,Dinas Tidak Ada,officer,DISHUT\n"
            "081200000053,Tanpa Dinas,officer,\n"
            "081200000054,,officer,PUPR\n"
            "+6281200000050,Nomor Sama,officer,DLH\n"
            f"081200000055,{'N' * 201},officer,PUPR\n")  # PostgreSQL would refuse it at flush
    with pytest.raises(DirectoryError) as caught:
        import_staff(session, text)
    assert caught.value.errors == [
        "line 3: bad phone number '0812'",
        "line 4: unknown role 'lurah' (one of officer, head, verifier, supervisor)",
        "line 5: unknown agency 'DISHUT'",
        "line 6: role officer needs an agency",
        "line 7: name is required",
        "line 8: +6281200000050 appears twice",
        "line 9: name longer than 200 characters",
    ]
    assert _contact(session, "+6281200000050") is None
    assert _contact(session, PUPR_BUDI).active


@pytest.mark.parametrize("typed", ["6.28120000005E+12", "6,28120000005E+12", "8,12E+10", "6.2812E12"])
def test_a_number_a_spreadsheet_turned_into_a_number_says_so_on_the_command_line(directory, typed):
    # The dashboard said it; `flask directory import-staff` said «bad phone number '6.28120000005E+12'».
    with pytest.raises(DirectoryError) as caught:
        import_staff(directory, STAFF_HEADER + f'"{typed}",Budi,officer,PUPR\n')
    assert "spreadsheet" in caught.value.errors[0] and "Text" in caught.value.errors[0]
    assert caught.value.errors[0].key == "bad_phone_excel"


def test_reachable_staff_filters_roles_and_agency(directory):
    session = directory
    pupr = _agency(session, "PUPR")
    assert _phones(reachable_staff(session, pupr.id)) == [PUPR_BUDI, PUPR_SARI]
    assert _phones(reachable_staff(session, pupr.id, roles=("officer", "head"))) == [PUPR_BUDI, PUPR_SARI, PUPR_HEAD]
    assert _phones(reachable_staff(session, pupr.id, roles=("head",))) == [PUPR_HEAD]
    assert reachable_staff(session, _agency(session, "PLN").id) == []


def test_rosters_flag_regional_agencies_without_a_reachable_officer(directory):
    session = directory
    import_agencies(session, "code,name,aliases,keywords,external\nBPBD,Badan Penanggulangan Bencana,,banjir,\n"
                             "BPJS,BPJS Kesehatan,,faskes,yes\n")
    _contact(session, "+6281100000090").opted_out = True  # the only PDAM officer sent STOP
    agencies, region_wide = rosters(session)
    assert {r.agency.code for r in agencies if r.needs_officer} == {"BPBD", "PDAM"}  # not PLN, POLRES, BPJS
    assert set(_phones(region_wide)) == {SUPERVISOR, VERIFIER}


# --- routing over the directory --------------------------------------------------------------------

def test_agency_profiles_come_from_active_agencies_in_import_order(directory):
    session = directory
    _agency(session, "DISHUB").active = False
    profiles = agency_profiles(session)
    codes = [p.code for p in profiles]
    assert codes[:3] == ["DISDIK", "DINKES", "RSUD"] and "DISHUB" not in codes
    pln = next(p for p in profiles if p.code == "PLN")
    assert pln.external and "listrik padam" in pln.keywords


def test_router_is_cached_until_the_directory_changes(directory):
    session = directory
    router = router_for(session)
    assert router_for(session) is router
    assert router.suggest("jalan berlubang di depan sekolah")[0].code == "PUPR"

    import_agencies(session, "code,name,aliases,keywords,external\n"
                             "PUPR,Dinas Pekerjaan Umum,pu,jembatan,\n")  # keywords changed
    changed = router_for(session)
    assert changed is not router
    assert router_for(session) is changed


def test_router_over_an_empty_directory_abstains(session):
    assert router_for(session).suggest("jalan berlubang") == []


def test_every_regional_demo_agency_has_an_officer_in_the_demo_staff():
    """`make run` loads both files: a regional agency without an officer cannot be sent a complaint (bodies outside
    the region, PLN and the police, are reached otherwise)."""
    with open(DEMO_DATA / "agencies.csv", encoding="utf-8") as agencies, \
            open(DEMO_DATA / "staff.csv", encoding="utf-8") as staff:
        codes = {row["code"] for row in csv.DictReader(agencies) if not row["external"]}
        staffed = {row["agency"] for row in csv.DictReader(staff) if row["role"] == "officer"}
    assert "DP3A" in codes and codes <= staffed, codes - staffed
