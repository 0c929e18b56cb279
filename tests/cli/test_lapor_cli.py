"""`flask lapor import|export|record`: SP4N-LAPOR!'s manual mode as an admin uses it."""

from __future__ import annotations

import csv
import shutil
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from lapor.phones import national
from lapor.tables import read_table
from models import AuditEntry, Complaint, DispositionStatus, OutboxMessage, RoutingDecision, TimelineEntry
from services import services
from tests.conftest import count, run_cli
from tests.parties import (
    CITIZEN,
    CITIZEN_NAME,
    DLH_1,
    DLH_2,
    ROAD,
    VERIFIER,
    WASTE,
    complaint,
    deliver,
    file,
    make_people,
)
from tests.workbooks import column_widths

EXAMPLE = Path(__file__).resolve().parents[3] / "shared" / "data" / "lapor-export-example.csv"
JAKARTA = ZoneInfo("Asia/Jakarta")
NIK_TEXT = "NIK saya 3527012345678901, jalan kabupaten di Desa Banyuanyar berlubang besar dan membahayakan"


@pytest.fixture
def example(tmp_path) -> Path:
    if not EXAMPLE.exists():
        pytest.skip("../shared/data/lapor-export-example.csv is not checked out beside the project")
    return Path(shutil.copy(EXAMPLE, tmp_path / "lapor.csv"))


def by_tracking(app, tracking_id: str) -> Complaint:
    with app.extensions["penghubung"].session_factory() as session:
        number = session.scalar(select(Complaint.number).where(Complaint.lapor_tracking_id == tracking_id))
    return complaint(app, number)


def write_xlsx(path: Path, header: list, rows: list[list]) -> Path:
    workbook = Workbook()
    workbook.active.append(header)
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


# Import -----------------------------------------------------------------------------------------------

def test_import_creates_complaints_notifies_officers_and_lists_unknown_agencies(world, example):
    result = run_cli(world, "lapor", "import", str(example))
    assert result.exit_code == 0, result.output
    assert 'tracking_id ← "ID Tracking"' in result.output and 'date ← "Tanggal Masuk"' in result.output
    assert 'agency ← "Disposisi"' in result.output and 'ignored: "No"' in result.output
    assert "3 created, 0 updated, 0 unchanged" in result.output
    assert 'line 2: "Perumda Air Minum" matches no agency' in result.output  # the test directory has no PDAM
    waste = by_tracking(world, "7730101")
    assert waste.source == "lapor" and waste.kind == "aspirasi" and waste.location_text == "Pangarengan"
    assert waste.created_at == datetime(2026, 10, 14, 10, 47, tzinfo=JAKARTA)
    assert waste.status == "belum_ditindaklanjuti" and [d.agency.code for d in waste.dispositions] == ["DLH"]
    assert waste.dispositions[0].response_next_at is not None  # the reminder ladder runs
    deliver(world)
    with world.extensions["penghubung"].session_factory() as session:
        notices = session.scalars(select(OutboxMessage).where(OutboxMessage.recipient.in_((DLH_1, DLH_2)))).all()
    assert len(notices) == 2 and all("Disposisi baru" in n.body and "taman bermain" in n.body for n in notices)
    pkh = by_tracking(world, "7730057")
    assert pkh.kind == "informasi" and pkh.status == "proses"
    assert [e.status_to for e in pkh.timeline if e.event == "lapor" and e.status_from != e.status_to] == ["proses"]
    assert pkh.dispositions[0].response_next_at is None  # Dinas Sosial followed up in LAPOR: no reminders
    assert "Tindak lanjut pertama tercatat di SP4N-LAPOR!: DINSOS" in [e.text for e in pkh.timeline]
    water = by_tracking(world, "7730012")
    assert water.status == "belum_terverifikasi" and water.dispositions == []  # waits for a verifier
    # who is told on its page where LAPOR sent it (the name was only in the import's output, for the operator)
    assert "Instansi di SP4N-LAPOR! yang tidak ada di direktori: Perumda Air Minum" in [e.text for e in water.timeline]


def test_reimporting_the_same_file_changes_nothing(world, example):
    assert run_cli(world, "lapor", "import", str(example)).exit_code == 0
    before = (count(world, Complaint), count(world, TimelineEntry), count(world, OutboxMessage))
    again = run_cli(world, "lapor", "import", str(example))
    assert again.exit_code == 0, again.output
    assert "0 created, 0 updated, 3 unchanged; 0 new disposition(s), 0 status change(s)" in again.output
    assert (count(world, Complaint), count(world, TimelineEntry), count(world, OutboxMessage)) == before


def test_an_updated_export_moves_statuses_forward_through_the_lifecycle(world, example, tmp_path):
    assert run_cli(world, "lapor", "import", str(example)).exit_code == 0
    # the same reports a week later, exported by another region's admin page: other names, order, dates, XLSX
    newer = write_xlsx(tmp_path / "newer.xlsx",
                       ["Nomor Tracking", "Status Laporan", "Instansi Tujuan", "Tgl Masuk", "Uraian", "Jenis"],
                       [["7730012", "Proses", "Dinas Lingkungan Hidup", "2026-10-12 08:15", "Air PDAM mati",
                         "Pengaduan"],
                        [7730057, "Selesai", "Dinas Sosial", datetime(2026, 10, 13, 19, 2), "Data PKH",
                         "Permintaan Informasi"],
                        ["7730101", "Belum Terverifikasi", "DLH", "14 Oktober 2026 10:47", "Taman bermain",
                         "Aspirasi"]])
    result = run_cli(world, "lapor", "import", str(newer))
    assert result.exit_code == 0, result.output
    assert 'tracking_id ← "Nomor Tracking"' in result.output and 'status ← "Status Laporan"' in result.output
    assert "0 created, 3 updated, 0 unchanged" in result.output
    water = by_tracking(world, "7730012")  # its agency is now one we know: dispositioned, then in progress
    assert water.status == "proses" and [d.agency.code for d in water.dispositions] == ["DLH"]
    pkh = by_tracking(world, "7730057")
    assert pkh.status == "selesai" and pkh.dispositions[0].status == DispositionStatus.FINAL
    assert [e.status_to for e in pkh.timeline if e.event == "lapor" and e.status_from != e.status_to] == [
        "proses", "selesai"]
    assert any(e.text.startswith("Diperbarui dari SP4N-LAPOR!") for e in pkh.timeline if e.event == "lapor")
    waste = by_tracking(world, "7730101")  # LAPOR behind us never moves a complaint back
    assert waste.status == "belum_ditindaklanjuti" and waste.description == "Taman bermain"


def test_bad_rows_are_listed_with_line_numbers_and_nothing_is_imported(world, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("ID Tracking;Tanggal;Isi;Status;Disposisi\n"
                   "7730200;01/11/2026 09:00;Jalan rusak parah di depan pasar Sampang;Proses;PUPR\n"
                   ";02/11/2026;Lampu jalan mati;Proses;PUPR\n"
                   "7730201;31/02/2026;Lampu jalan mati;Proses;PUPR\n"
                   "7730202;03/11/2026;Lampu jalan mati;Dibatalkan sepihak;PUPR\n"
                   "7730200;04/11/2026;Jalan rusak lagi;Proses;PUPR\n", encoding="utf-8")
    result = run_cli(world, "lapor", "import", str(bad))
    assert result.exit_code != 0
    for expected in ("line 3: no tracking ID", "line 4: unreadable date", "line 5: unknown status",
                     "line 6: tracking ID 7730200 already on line 2", "nothing was imported"):
        assert expected in result.output
    assert count(world, Complaint) == 0 and count(world, OutboxMessage) == 0


def test_a_file_without_the_needed_columns_says_what_is_missing(world, tmp_path):
    odd = tmp_path / "odd.csv"
    odd.write_text("Nomor,Keterangan\n1,apa saja\n", encoding="utf-8")
    result = run_cli(world, "lapor", "import", str(odd))
    assert result.exit_code != 0 and "no column for tracking_id, date, content, status" in result.output


def test_excel_unicode_text_utf16_with_tabs_is_read_like_utf8(world, example, tmp_path):
    rows = list(csv.reader(example.open(encoding="utf-8-sig")))
    unicode_text = tmp_path / "lapor.txt"
    unicode_text.write_text("\r\n".join("\t".join(row) for row in rows), encoding="utf-16")  # with a BOM
    result = run_cli(world, "lapor", "import", str(unicode_text))
    assert result.exit_code == 0, result.output
    assert "3 created, 0 updated, 0 unchanged" in result.output


def test_a_file_that_is_not_text_is_refused_with_a_line_number_and_nul_characters_are_dropped(world, tmp_path):
    binary = tmp_path / "foto.csv"
    binary.write_bytes(b"ID Tracking,Tanggal,Isi,Status\n" + bytes(range(256)) * 4)
    result = run_cli(world, "lapor", "import", str(binary))
    assert result.exit_code != 0 and "not readable as CSV" in result.output and "Traceback" not in result.output
    nul = tmp_path / "nul.csv"
    nul.write_bytes(b"ID Tracking,Tanggal,Isi,Status\n7730300,01/11/2026,Lampu jalan\x00 mati,Proses\n")
    # PostgreSQL refuses NUL in text: it must never reach the database
    result = run_cli(world, "lapor", "import", str(nul))
    assert result.exit_code == 0, result.output
    assert by_tracking(world, "7730300").description == "Lampu jalan mati"


def test_overlong_cells_are_cut_to_what_the_database_holds(world, tmp_path):
    long = tmp_path / "long.csv"
    long.write_text("ID Tracking,Tanggal,Judul,Isi,Status,Lokasi,Nama Pelapor\n"
                    f"7730400,01/11/2026,{'J' * 300},Lampu jalan mati,Proses,{'L' * 700},{'N' * 400}\n")
    result = run_cli(world, "lapor", "import", str(long))  # PostgreSQL refuses a value longer than its column
    assert result.exit_code == 0, result.output
    imported = by_tracking(world, "7730400")
    assert (len(imported.title), len(imported.location_text), len(imported.reporter_name)) == (120, 500, 200)


def test_dry_run_changes_nothing(world, example):
    result = run_cli(world, "lapor", "import", str(example), "--dry-run")
    assert result.exit_code == 0 and "Dry run" in result.output and "3 created" in result.output
    assert count(world, Complaint) == 0 and count(world, OutboxMessage) == 0


def verifier_notices(app) -> list[str]:
    with app.extensions["penghubung"].session_factory() as session:
        return list(session.scalars(select(OutboxMessage.body).where(OutboxMessage.recipient == VERIFIER)))


def test_reports_finished_or_archived_in_lapor_with_unknown_agencies_make_no_verification_work(world, tmp_path):
    from scheduler.jobs import run_all
    from services import services

    path = tmp_path / "history.csv"
    path.write_text("ID Tracking,Tanggal Masuk,Isi,Status,Disposisi\n"
                    "7700001,05/01/2026 09:00,Lampu jalan di Jl. Trunojoyo mati sejak seminggu,Selesai,"
                    "Dinas Perhubungan Kabupaten Sampang; Bagian Umum Setda\n"
                    "7700002,06/01/2026 09:00,Pungutan liar di terminal bus Sampang,Selesai,\n"
                    "7700003,07/01/2026 09:00,Iklan judi di grup WhatsApp desa,Diarsipkan,Diskominfo\n",
                    encoding="utf-8")
    result = run_cli(world, "lapor", "import", str(path))
    assert result.exit_code == 0 and "3 created" in result.output, result.output
    finished, unrouted, archived = (by_tracking(world, t) for t in ("7700001", "7700002", "7700003"))
    assert (finished.status, unrouted.status, archived.status) == ("selesai", "selesai", "diarsipkan")
    assert all(c.verify_next_at is None for c in (finished, unrouted, archived))
    assert finished.closed_at is not None and finished.dispositions == []
    assert ("Instansi di SP4N-LAPOR! yang tidak ada di direktori: Dinas Perhubungan Kabupaten Sampang; "
            "Bagian Umum Setda") in [e.text for e in finished.timeline]
    assert "Instansi di SP4N-LAPOR! yang tidak ada di direktori: Diskominfo" in [e.text for e in archived.timeline]
    svc = services(world)
    for _ in range(5):
        svc.clock.advance(hours=24)
        run_all(svc, svc.clock())
    deliver(world)
    assert verifier_notices(world) == []


def test_only_imported_reports_that_wait_for_a_verifier_are_announced_to_verifiers(world, example):
    assert run_cli(world, "lapor", "import", str(example)).exit_code == 0
    deliver(world)
    [notice] = verifier_notices(world)  # PDAM is not in the directory; PKH and the playground went to agencies
    assert "LPR-1 menunggu verifikasi" in notice and "PDAM" in notice


@pytest.mark.parametrize("status", ["Selesai", "Belum Ditindaklanjuti"])
def test_an_agency_named_twice_in_a_report_gives_one_disposition(world, tmp_path, status):
    path = tmp_path / "a.csv"
    path.write_text("ID Tracking,Tanggal Masuk,Isi,Status,Disposisi\n"
                    f"7700002,05/01/2026 09:00,Sampah TPS pasar menumpuk,{status},DLH; Dinas Lingkungan Hidup\n",
                    encoding="utf-8")
    result = run_cli(world, "lapor", "import", str(path))
    assert result.exit_code == 0 and "1 new disposition(s)" in result.output, result.output
    complaint = by_tracking(world, "7700002")
    assert [d.agency.code for d in complaint.dispositions] == ["DLH"]
    with world.extensions["penghubung"].session_factory() as session:  # learned from SP4N-LAPOR!
        learned = session.scalars(select(RoutingDecision).where(RoutingDecision.complaint_id == complaint.id)).all()
        assert [(d.positive, d.source) for d in learned] == [(True, "lapor")]


@pytest.mark.parametrize("spelling,agency", [("Dinas Kesehatan Kabupaten Sampang", "DINKES"),
                                             ("Dinas Sosial Kab. Sampang", "DINSOS"), ("DLH Kota Sampang", "DLH")])
def test_lapor_agency_names_with_the_region_appended_are_matched(world, tmp_path, spelling, agency):
    path = tmp_path / "a.csv"
    path.write_text("ID Tracking,Tanggal Masuk,Isi,Status,Disposisi\n"
                    f"7700003,05/01/2026 09:00,Pelayanan di puskesmas lambat,Belum Ditindaklanjuti,{spelling}\n",
                    encoding="utf-8")
    result = run_cli(world, "lapor", "import", str(path))
    assert result.exit_code == 0 and "matches no agency" not in result.output, result.output
    assert [d.agency.code for d in by_tracking(world, "7700003").dispositions] == [agency]


# Privacy on import ------------------------------------------------------------------------------------

PRIVACY_HEADER = "ID Tracking,Tanggal Masuk,Isi,Status,Disposisi,Kerahasiaan,Nama Pelapor\n"
PRIVACY_ROW = "7730101,12/10/2026 08:15,Sampah TPS pasar Srimangunan menumpuk sampai ke jalan,Belum Ditindaklanjuti,DLH"


def test_a_newer_export_makes_privacy_stricter_never_looser(world, tmp_path):
    people = make_people(world)
    first = tmp_path / "a.csv"
    first.write_text(PRIVACY_HEADER + PRIVACY_ROW + ",Biasa,Ahmad Fauzi\n", encoding="utf-8")
    assert run_cli(world, "lapor", "import", str(first)).exit_code == 0
    assert "Ahmad Fauzi" in people["dlh1"].says("STATUS LPR-1")
    newer = tmp_path / "b.csv"
    newer.write_text(PRIVACY_HEADER + PRIVACY_ROW + ",Anonim,Ahmad Fauzi\n", encoding="utf-8")
    result = run_cli(world, "lapor", "import", str(newer))
    assert result.exit_code == 0 and "0 created, 1 updated" in result.output, result.output
    imported = by_tracking(world, "7730101")
    assert imported.privacy == "anonim"
    assert any(e.text == "Kerahasiaan dari SP4N-LAPOR!: biasa → anonim" for e in imported.timeline)
    assert "Ahmad Fauzi" not in people["dlh1"].says("STATUS LPR-1")
    result = run_cli(world, "lapor", "import", str(first))  # the older file again: privacy is never loosened
    assert result.exit_code == 0 and "1 unchanged" in result.output, result.output
    assert "LPR-1 is anonim here but biasa in SP4N-LAPOR!; kept anonim" in result.output
    assert by_tracking(world, "7730101").privacy == "anonim"


@pytest.mark.parametrize("rahasia,anonim,privacy", [("Tidak", "Ya", "anonim"), ("Ya", "Tidak", "rahasia"),
                                                    ("tidak", "tidak", "biasa"), ("Y", "N", "rahasia"),
                                                    ("Ya", "Ya", "anonim"), ("", "1", "anonim")])
def test_import_reads_separate_rahasia_and_anonim_columns(world, tmp_path, rahasia, anonim, privacy):
    """The layout our own export writes: Rahasia and Anonim columns with Ya/Tidak."""
    path = tmp_path / "a.csv"
    path.write_text("ID Tracking,Tanggal Masuk,Isi,Status,Disposisi,Rahasia,Anonim,Nama Pelapor\n"
                    f"{PRIVACY_ROW},{rahasia},{anonim},Ahmad Fauzi\n", encoding="utf-8")
    result = run_cli(world, "lapor", "import", str(path))
    assert result.exit_code == 0, result.output
    assert 'confidential ← "Rahasia"' in result.output and 'anonymous ← "Anonim"' in result.output
    assert "Warning" not in result.output
    assert by_tracking(world, "7730101").privacy == privacy


def test_an_anonim_flag_keeps_the_reporter_out_of_the_officers_notice(world, tmp_path):
    people = make_people(world)
    path = tmp_path / "a.csv"
    path.write_text("ID Tracking,Tanggal Masuk,Isi,Status,Disposisi,Rahasia,Anonim,Nama Pelapor\n"
                    f"{PRIVACY_ROW},Tidak,Ya,Ahmad Fauzi\n", encoding="utf-8")
    assert run_cli(world, "lapor", "import", str(path)).exit_code == 0
    deliver(world)
    notice = people["dlh1"].last().body
    assert "Disposisi baru" in notice and "Ahmad Fauzi" not in notice


def test_an_unreadable_privacy_flag_is_a_line_error(world, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("ID Tracking,Tanggal Masuk,Isi,Status,Disposisi,Rahasia,Anonim\n"
                    f"{PRIVACY_ROW},Tidak,Mungkin\n", encoding="utf-8")
    result = run_cli(world, "lapor", "import", str(path))
    assert result.exit_code != 0 and "line 2: unknown Anonim value 'Mungkin' (Ya or Tidak)" in result.output
    assert count(world, Complaint) == 0


def test_import_warns_when_reporters_come_without_a_privacy_column(world, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("ID Tracking,Tanggal Masuk,Isi,Status,Disposisi,Nama Pelapor\n"
                    f"{PRIVACY_ROW},Ahmad Fauzi\n", encoding="utf-8")
    result = run_cli(world, "lapor", "import", str(path))
    assert result.exit_code == 0 and "Warning: the file names reporters but has no privacy column" in result.output
    assert by_tracking(world, "7730101").privacy == "biasa"


def test_import_without_reporters_or_privacy_gives_no_warning(world, example):
    result = run_cli(world, "lapor", "import", str(example))
    assert result.exit_code == 0 and "Warning" not in result.output


# Export and record -------------------------------------------------------------------------------------

@pytest.fixture
def filed(world):
    """Three WhatsApp complaints: a plain one dispositioned to DLH, an anonymous one with a NIK, a confidential one."""
    people = make_people(world)
    file(people["citizen"], description=WASTE, photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    file(people["citizen2"], description=NIK_TEXT, privacy="3", photo=False)
    file(people["citizen"], description=ROAD, privacy="2", photo=False)
    return world


def test_export_xlsx_has_the_form_fields_and_respects_privacy(filed, tmp_path):
    out = tmp_path / "untuk-lapor.xlsx"
    result = run_cli(filed, "lapor", "export", "--since", "2026-11-01", "--format", "xlsx", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "Exported 3 complaint(s)" in result.output and "anonim, identity left out: 1" in result.output
    sheet = load_workbook(out).active
    header = [cell.value for cell in sheet[1]]
    rows = {row[0]: dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2, values_only=True)}
    plain, anonymous, confidential = rows["LPR-1"], rows["LPR-2"], rows["LPR-3"]
    assert plain["Nama Pelapor"] == CITIZEN_NAME and plain["Nomor Pelapor"] == national(CITIZEN)
    assert plain["Instansi"] == "Dinas Lingkungan Hidup" and plain["Jenis"] == "Pengaduan"
    assert isinstance(plain["Tanggal"], datetime) and plain["ID Tracking LAPOR"] is None
    # LAPOR's own status words, as its pages and form show them
    assert plain["Status"] == "Belum Ditindaklanjuti" and anonymous["Status"] == "Belum Terverifikasi"
    assert anonymous["Anonim"] == "Ya" and anonymous["Nama Pelapor"] is None and anonymous["Nomor Pelapor"] is None
    assert "3527012345678901" not in anonymous["Isi"] and "[NIK disembunyikan]" in anonymous["Isi"]
    assert confidential["Rahasia"] == "Ya" and confidential["Isi"].startswith("[RAHASIA")
    widths = column_widths(sheet)
    assert widths["A"] >= 8 and widths["E"] == 60 and widths["C"] < widths["E"]  # readable, long text wraps
    assert sheet.freeze_panes == "A2"


def test_export_takes_its_format_from_the_file_name_unless_told(filed, tmp_path):
    assert run_cli(filed, "lapor", "export", "-o", str(tmp_path / "a.csv")).exit_code == 0
    assert (tmp_path / "a.csv").read_text(encoding="utf-8-sig").startswith("Referensi")
    assert run_cli(filed, "lapor", "export", "-o", str(tmp_path / "b.xlsx")).exit_code == 0
    assert load_workbook(tmp_path / "b.xlsx").active["A1"].value == "Referensi"
    assert run_cli(filed, "lapor", "export", "--format", "xlsx", "-o", str(tmp_path / "c.csv")).exit_code == 0
    with (tmp_path / "c.csv").open("rb") as told:  # told: as told
        assert load_workbook(told).active["A1"].value == "Referensi"


def test_export_record_round_trip_gives_each_complaint_its_tracking_id(filed, tmp_path):
    out = tmp_path / "untuk-lapor.xlsx"
    assert run_cli(filed, "lapor", "export", "--format", "xlsx", "-o", str(out)).exit_code == 0
    workbook = load_workbook(out)  # the admin types the reports into LAPOR and fills in the tracking IDs
    sheet = workbook.active
    sheet["N2"], sheet["N3"] = "7731001", 7731002  # LPR-3 not entered yet
    workbook.save(out)
    result = run_cli(filed, "lapor", "record", str(out))
    assert result.exit_code == 0, result.output
    assert 'reference ← "Referensi"' in result.output and 'tracking_id ← "ID Tracking LAPOR"' in result.output
    assert "2 recorded, 0 already recorded, 1 without a tracking ID" in result.output
    assert complaint(filed, 1).lapor_tracking_id == "7731001"
    assert complaint(filed, 2).lapor_tracking_id == "7731002"
    assert any(e.event == "lapor" and "7731001" in e.text for e in complaint(filed, 1).timeline)
    assert "1 recorded" not in run_cli(filed, "lapor", "record", str(out)).output  # again: nothing new
    with services(filed).session_factory() as session:  # in /audit once each, by the command line's operator
        logged = session.execute(select(AuditEntry.action, AuditEntry.actor_id, AuditEntry.address, AuditEntry.detail)
                                 .where(AuditEntry.action == "lapor_tercatat").order_by(AuditEntry.id)).all()
        assert [tuple(row) for row in logged] == [("lapor_tercatat", None, "cli", {"tracking_id": "7731001"}),
                                                  ("lapor_tercatat", None, "cli", {"tracking_id": "7731002"})]
    again = tmp_path / "again.csv"
    assert "Exported 1 complaint(s)" in run_cli(filed, "lapor", "export", "--format", "csv", "-o", str(again)).output
    with again.open(encoding="utf-8-sig") as handle:
        assert [row["Referensi"] for row in csv.DictReader(handle)] == ["LPR-3"]


def test_record_refuses_unknown_references_and_conflicting_ids(filed, tmp_path):
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("reference,tracking id\nLPR-1,9001\nLPR-99,9002\nlpr 2,9001\n", encoding="utf-8")
    result = run_cli(filed, "lapor", "record", str(pairs))
    assert result.exit_code != 0
    assert "line 3: LPR-99 does not exist" in result.output
    assert "line 4: tracking ID 9001 is given to LPR-1 too" in result.output
    assert complaint(filed, 1).lapor_tracking_id is None  # nothing half-recorded


FORMULA_TEXT = "=== Jalan rusak === lubang besar di depan SDN 2 Banyuanyar, sudah ada motor jatuh"


def test_export_xlsx_keeps_a_citizen_text_starting_with_equals_as_text(world, tmp_path):
    file(make_people(world)["citizen"], description=FORMULA_TEXT, photo=False)
    out = tmp_path / "untuk-lapor.xlsx"
    assert run_cli(world, "lapor", "export", "-o", str(out)).exit_code == 0
    sheet = load_workbook(out).active
    header = [cell.value for cell in sheet[1]]
    for column in ("Judul", "Isi"):
        cell = sheet[2][header.index(column)]
        assert cell.data_type == "s" and cell.value.startswith("=== Jalan rusak"), (column, cell.data_type)
    cells = dict(zip(header, read_table(out).rows[0][1], strict=True))  # what `record` and `import` read
    assert cells["Isi"] == FORMULA_TEXT


def test_export_xlsx_strips_control_characters_a_workbook_cannot_hold(world, tmp_path):
    file(make_people(world)["citizen"], description="Sampah TPS pasar Srimangunan menumpuk\x0bsampai ke jalan, bau",
         photo=False)
    with world.extensions["penghubung"].session_factory.begin() as session:  # e.g. from an imported report
        stored = session.scalars(select(Complaint).where(Complaint.number == 1)).one()
        stored.location_text = "Pasar\x01 Srimangunan"
    out = tmp_path / "untuk-lapor.xlsx"
    result = run_cli(world, "lapor", "export", "-o", str(out))
    assert result.exit_code == 0, result.output
    header = [cell.value for cell in load_workbook(out).active[1]]
    row = load_workbook(out).active[2]
    assert row[header.index("Isi")].value == "Sampah TPS pasar Srimangunan menumpuk sampai ke jalan, bau"
    assert row[header.index("Lokasi")].value == "Pasar Srimangunan"


def test_export_csv_neutralises_formulas_and_reads_back_without_the_apostrophe(world, tmp_path):
    people = make_people(world)
    file(people["citizen"], description=FORMULA_TEXT, photo=False)
    file(people["citizen2"], description="@Bupati tolong jalan di Desa Banyuanyar berlubang besar sekali", photo=False)
    with world.extensions["penghubung"].session_factory.begin() as session:
        pinned = session.scalars(select(Complaint).where(Complaint.number == 1)).one()
        pinned.latitude, pinned.longitude = -7.1967, 113.2391
    out = tmp_path / "untuk-lapor.csv"
    assert run_cli(world, "lapor", "export", "--format", "csv", "-o", str(out)).exit_code == 0
    with out.open(encoding="utf-8-sig") as handle:
        written = list(csv.DictReader(handle))
    assert written[0]["Isi"] == "'" + FORMULA_TEXT and written[0]["Judul"].startswith("'=== Jalan rusak")
    assert written[1]["Isi"].startswith("'@Bupati")
    assert written[0]["Koordinat"] == "-7.196700, 113.239100"  # a map pin is no formula: left as LAPOR's form wants
    header, rows = read_table(out).header, read_table(out).rows
    read_back = [dict(zip(header, cells, strict=True)) for _, cells in rows]
    assert read_back[0]["Isi"] == FORMULA_TEXT and read_back[1]["Isi"].startswith("@Bupati")


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_export_to_a_folder_that_does_not_exist_is_a_clear_error(world, tmp_path, file_format):
    file(make_people(world)["citizen"], photo=False)
    out = tmp_path / "nope" / f"untuk-lapor.{file_format}"
    result = run_cli(world, "lapor", "export", "--format", file_format, "-o", str(out))
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), repr(result.exception)
    assert f"Error: cannot write {out}: No such file or directory; nothing was exported." in result.output


def test_an_xlsx_export_that_cannot_be_written_leaves_no_half_written_sheet_behind(world, tmp_path, monkeypatch):
    """An XLSX is written row by row into a temporary file per sheet: an export to a folder that does not exist
    left them in the temporary folder until the process ended (a web worker's: weeks), each a complaint list."""
    import tempfile

    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    file(make_people(world)["citizen"], photo=False)
    out = tmp_path / "nope" / "untuk-lapor.xlsx"
    result = run_cli(world, "lapor", "export", "--format", "xlsx", "-o", str(out))
    assert result.exit_code == 1 and "nothing was exported" in result.output
    assert list(temporary.iterdir()) == []
