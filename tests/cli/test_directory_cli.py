"""`flask --app app directory import-agencies | import-staff | list` as an operator runs them."""

from __future__ import annotations

from sqlalchemy import select

from models import Agency, Contact, Disposition
from models.vocab import DispositionStatus
from tests import factories
from tests.cli import DEMO_DATA, shared_data_file
from tests.conftest import count, run_cli


def _active(svc, phone: str) -> bool:
    with svc.session_factory() as session:
        return session.scalar(select(Contact.active).where(Contact.phone == phone))


def test_reference_agencies_import_twice_without_duplicates(app, svc):
    path = str(shared_data_file("agencies.csv"))
    first = run_cli(app, "directory", "import-agencies", path)
    second = run_cli(app, "directory", "import-agencies", path)
    assert first.exit_code == 0, first.output
    assert first.stdout == "Agencies: 31 created, 0 updated, 0 unchanged.\n"
    assert second.stdout == "Agencies: 0 created, 0 updated, 31 unchanged.\n"
    assert count(svc, Agency) == 31


def test_bad_rows_are_listed_on_stderr_and_nothing_is_imported(app, svc, tmp_path):
    path = tmp_path / "agencies.csv"
    path.write_text("code,name,aliases,keywords,external\n"
                    "DLH,Dinas Lingkungan Hidup,dlh,sampah,\n"
                    "PUPR,,pu,jalan rusak,\n"
                    "PLN,PLN,pln,listrik,mungkin\n", encoding="utf-8")
    result = run_cli(app, "directory", "import-agencies", str(path))
    assert result.exit_code == 1
    assert "agencies.csv: line 3: code and name are required" in result.stderr
    assert "agencies.csv: line 4: external must be yes or empty, got 'mungkin'" in result.stderr
    assert "2 error(s)" in result.stderr and "nothing was imported" in result.stderr
    assert result.stdout == ""
    assert count(svc, Agency) == 0  # not even the valid DLH row


def test_excel_unicode_text_is_read_nul_characters_dropped_and_a_binary_file_refused(app, svc, tmp_path):
    utf16 = tmp_path / "agencies.txt"
    utf16.write_text(shared_data_file("agencies.csv").read_text(encoding="utf-8"), encoding="utf-16")
    imported = run_cli(app, "directory", "import-agencies", str(utf16))
    assert imported.stdout == "Agencies: 31 created, 0 updated, 0 unchanged.\n"
    nul = tmp_path / "nul.csv"
    nul.write_bytes(b"code,name,aliases,keywords,external\nDLH,Dinas Lingkungan\x00 Hidup,dlh,sampah,\n")
    assert run_cli(app, "directory", "import-agencies", str(nul)).exit_code == 0  # PostgreSQL would refuse the NUL
    with svc.session_factory() as session:
        assert session.scalar(select(Agency.name).where(Agency.code == "DLH")) == "Dinas Lingkungan Hidup"
    binary = tmp_path / "foto.csv"
    binary.write_bytes(b"code,name,aliases,keywords,external\n" + bytes(range(256)) * 4)
    result = run_cli(app, "directory", "import-agencies", str(binary))
    assert result.exit_code != 0 and "not readable as CSV" in result.output and "Traceback" not in result.output


def test_agencies_left_out_of_a_new_file_are_named_with_their_open_dispositions(app, svc, clock, tmp_path):
    assert run_cli(app, "directory", "import-agencies", str(DEMO_DATA / "agencies.csv")).exit_code == 0
    with svc.session_factory.begin() as session:
        dishub = session.scalar(select(Agency).where(Agency.code == "DISHUB"))
        for status in (DispositionStatus.OPEN, DispositionStatus.OPEN, DispositionStatus.FINAL):
            complaint = factories.complaint(session, clock.now, svc.region)
            session.add(Disposition(complaint=complaint, agency=dishub, status=status, created_at=clock.now))
    lines = DEMO_DATA.joinpath("agencies.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    smaller = tmp_path / "dinas.csv"  # DISHUB and PLN left out: renamed, merged, or a file cut by hand
    smaller.write_text("".join(line for line in lines if not line.startswith(("DISHUB,", "PLN,"))), encoding="utf-8")
    result = run_cli(app, "directory", "import-agencies", str(smaller))
    assert result.exit_code == 0, result.output
    assert result.stdout == ("Agencies: 0 created, 0 updated, 11 unchanged.\n"
                             "2 agencies are not in dinas.csv and were kept as they are:\n"
                             "    DISHUB  Dinas Perhubungan: 2 open dispositions\n"
                             "    PLN  PLN UP3 Sukamaju: no open disposition\n")
    assert count(svc, Agency) == 13
    again = run_cli(app, "directory", "import-agencies", str(DEMO_DATA / "agencies.csv"))
    assert again.stdout == "Agencies: 0 created, 0 updated, 13 unchanged.\n"  # every agency named: nothing more


def test_agency_help_says_agencies_not_in_the_file_are_kept(app):
    help_text = " ".join(run_cli(app, "directory", "import-agencies", "--help").output.split())
    assert "not in the file are kept" in help_text and "open dispositions" in help_text


def test_staff_import_reports_what_the_synchronisation_did(app, svc, tmp_path):
    assert run_cli(app, "directory", "import-agencies", str(DEMO_DATA / "agencies.csv")).exit_code == 0
    first = run_cli(app, "directory", "import-staff", str(DEMO_DATA / "staff.csv"))
    assert first.stdout == "Staff: 18 created, 0 updated, 0 unchanged, 0 deactivated, 0 reactivated.\n"

    new_officer = tmp_path / "pupr.csv"
    new_officer.write_text("phone,name,role,agency\n"
                           "0812 0000 0099,Citra (Penghubung PUPR),officer,pupr\n"
                           "+6281100000011,Sari (Penghubung PUPR),officer,PUPR\n"
                           "+6281100000012,Ir. Hadi (Kepala Dinas PUPR),head,PUPR\n", encoding="utf-8")
    replaced = run_cli(app, "directory", "import-staff", str(new_officer))
    assert replaced.stdout == "Staff: 1 created, 0 updated, 2 unchanged, 1 deactivated, 0 reactivated.\n"
    assert not _active(svc, "+6281100000010") and _active(svc, "+6281200000099")

    back = run_cli(app, "directory", "import-staff", str(DEMO_DATA / "staff.csv"))  # Budi is back, Citra goes
    assert back.stdout == "Staff: 0 created, 0 updated, 17 unchanged, 1 deactivated, 1 reactivated.\n"


def test_a_bad_staff_file_changes_nobody(app, svc, tmp_path):
    run_cli(app, "directory", "import-agencies", str(DEMO_DATA / "agencies.csv"))
    run_cli(app, "directory", "import-staff", str(DEMO_DATA / "staff.csv"))
    path = tmp_path / "staff.csv"
    path.write_text("phone,name,role,agency\n"
                    "081200000077,Baru,officer,PUPR\n"
                    "081200000078,Salah,lurah,PUPR\n", encoding="utf-8")
    result = run_cli(app, "directory", "import-staff", str(path))
    assert result.exit_code == 1
    assert "staff.csv: line 3: unknown role 'lurah'" in result.stderr
    assert _active(svc, "+6281100000010") and _active(svc, "+6281200000077") is None


def test_staff_help_documents_the_synchronisation(app):
    help_text = run_cli(app, "directory", "import-staff", "--help").output
    assert "deactivated" in help_text and "reactivated" in help_text and "region-wide" in help_text


def test_list_shows_reachable_staff_and_flags_agencies_without_an_officer(app, tmp_path):
    run_cli(app, "directory", "import-agencies", str(DEMO_DATA / "agencies.csv"))
    run_cli(app, "directory", "import-staff", str(DEMO_DATA / "staff.csv"))
    pupr = tmp_path / "pupr.csv"
    pupr.write_text("phone,name,role,agency\n+6281100000012,Ir. Hadi (Kepala Dinas PUPR),head,PUPR\n",
                    encoding="utf-8")
    run_cli(app, "directory", "import-staff", str(pupr))  # both PUPR officers leave; only the head remains

    result = run_cli(app, "directory", "list")
    assert result.exit_code == 0, result.output
    blocks = {block.split()[0]: block for block in result.stdout.split("\n\n") if block.strip()}
    assert "⚠ no active officer" in blocks["PUPR"] and "+6281100000012" in blocks["PUPR"]
    assert "+6281100000010" not in blocks["PUPR"]
    assert "officer    +6281100000020   Dewi (Penghubung DLH)" in blocks["DLH"] and "⚠" not in blocks["DLH"]
    assert "[external]" in blocks["PLN"] and "⚠" not in blocks["PLN"]
    assert "verifier   +6281100000001" in blocks["Region-wide"]
    assert "supervisor +6281100000002" in blocks["Region-wide"]
    assert "⚠ 1 without a reachable officer: PUPR" in result.stdout

    with_inactive = run_cli(app, "directory", "list", "--all").stdout
    assert "+6281100000010   Budi (Penghubung PUPR)  (inactive)" in with_inactive


def test_list_flags_a_region_without_a_verifier(app):
    run_cli(app, "directory", "import-agencies", str(DEMO_DATA / "agencies.csv"))
    result = run_cli(app, "directory", "list")
    assert "⚠ no active verifier" in result.stdout
