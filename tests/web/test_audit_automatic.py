"""What the product changes by itself is in the audit log as «Sistem»: a finished complaint closed for good, a
question that waited too long, reports applied from SP4N-LAPOR!, a directory imported from the command line.
`/audit` claimed «setiap tindakan» and held people's only; each of these is one entry, however often the
scheduler runs (and runs at once), and none reads as a dashboard action on the complaint's timeline."""

from __future__ import annotations

import re
import threading
from pathlib import Path

from sqlalchemy import select

from lapor.audit import CLI, SYSTEM
from lapor.timeline import SentEvent, timeline
from models import AuditEntry, Complaint, Contact
from models.vocab import Event
from scheduler.jobs import close_finished, run_ladders
from services import services
from tests.conftest import run_cli
from tests.parties import WASTE, complaint, file, make_people
from tests.web.conftest import VERIFIER, logged_in

STYLE = Path(__file__).resolve().parents[2] / "web" / "static" / "style.css"


def automatic(app) -> list[tuple]:
    """The log's entries without a staff member: (action, reference, address, detail), oldest first."""
    with services(app).session_factory() as session:
        rows = session.execute(select(AuditEntry, Complaint.number).outerjoin(Complaint).where(
            AuditEntry.actor_id.is_(None)).order_by(AuditEntry.id)).all()
        return [(e.action, number and f"LPR-{number}", e.address, e.detail) for e, number in rows]


def audit_rows(app) -> list[list[str]]:
    """`/audit`'s rows as a verifier reads them (Waktu left out): Petugas, Tindakan, Laporan, Alamat IP, Rincian."""
    page = logged_in(app, VERIFIER).get("/audit").get_data(as_text=True)
    return [[" ".join(re.sub(r"<[^>]+>", "", cell).split())
             for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)][1:]
            for row in re.findall(r"<tr>(.*?)</tr>", page.split("<tbody>")[1], re.S)]


def details(row: list[str]) -> set[str]:
    """A row's «Rincian» as its parts (PostgreSQL's JSONB keeps a detail's keys in an order of its own)."""
    return set(row[4].split("; "))


def run_at_once(job, svc, now, times: int = 3) -> None:
    """`job` as overlapping schedulers run it: `times` threads at once, then once more."""
    threads = [threading.Thread(target=job, args=(svc, now)) for _ in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    job(svc, now)


def test_an_auto_close_is_one_entry_by_the_system_however_often_the_scheduler_runs(world):
    people = make_people(world)
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut seluruhnya")
    svc = services(world)
    run_at_once(close_finished, svc, complaint(world, 1).autoclose_at)
    assert complaint(world, 1).closed_at is not None
    assert automatic(world) == [("tutup_otomatis", "LPR-1", SYSTEM, {})]
    assert ["Sistem", "Ditutup otomatis (pelapor tidak menanggapi)", "LPR-1", "Sistem (otomatis)", "-"] in \
        audit_rows(world)
    closed = complaint(world, 1).id
    with svc.session_factory() as session:  # the timeline says it once, by the system, never «lewat dasbor»
        verifier = session.scalars(select(Contact).where(Contact.phone == VERIFIER)).one()
        items = timeline(session, session.get(Complaint, closed), verifier)
        assert not [i for i in items if i.event == SentEvent.DASHBOARD]
        assert [i.actor.kind for i in items if i.event == "ditutup"] == ["system"]


def test_a_question_that_waited_too_long_is_one_entry_by_the_system(world):
    people = make_people(world)
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TUNDA LPR-1 Di RT berapa tepatnya tumpukan sampahnya?")
    svc = services(world)
    later = svc.region.calendar.add_working_days(svc.clock(), svc.region.settings.question_wait_days + 1)
    run_at_once(run_ladders, svc, later)
    assert complaint(world, 1).status == "belum_terverifikasi"
    assert [e.event for e in complaint(world, 1).timeline].count(Event.RESUMED) == 1, "lapsed once"
    assert automatic(world) == [("tunggu_habis", "LPR-1", SYSTEM, {"status": "belum_terverifikasi"})]
    assert ["Sistem", "Lanjut tanpa jawaban pelapor (batas tunggu habis)", "LPR-1", "Sistem (otomatis)",
            "Status: Belum diverifikasi"] in audit_rows(world)


REPORTS = ("ID Tracking;Tanggal;Isi;Status;Disposisi\n"
           "7730300;01/11/2026 09:00;Sampah menumpuk di TPS pasar sudah seminggu;Proses;DLH\n"
           "7730301;02/11/2026 09:00;Iklan obat kuat di pinggir jalan;Diarsipkan;\n"
           "7730302;03/11/2026 09:00;Lampu jalan mati di depan masjid;Belum Terverifikasi;\n")


def test_an_sp4n_lapor_import_is_one_entry_per_complaint_it_changed_from_the_command_line(world, tmp_path):
    """Forwarded and archived by a file nobody on the staff typed: named as a person's same action, by «Sistem»."""
    reports = tmp_path / "lapor.csv"
    reports.write_text(REPORTS, encoding="utf-8")
    for _ in range(2):  # the same file again changes nothing, and logs nothing
        assert run_cli(world, "lapor", "import", str(reports)).exit_code == 0
    assert run_cli(world, "lapor", "import", "--dry-run", str(reports)).exit_code == 0
    assert automatic(world) == [
        ("teruskan", "LPR-1", CLI, {"agencies": ["DLH"], "tracking_id": "7730300", "status": "proses"}),
        ("arsipkan", "LPR-2", CLI, {"tracking_id": "7730301", "status": "diarsipkan",
                                    "reason": "Diarsipkan di SP4N-LAPOR!"}),
        ("lapor", "LPR-3", CLI, {"tracking_id": "7730302", "status": "belum_terverifikasi"})]
    reports.write_text(REPORTS.replace("Proses;DLH", "Selesai;DLH"), encoding="utf-8")
    assert run_cli(world, "lapor", "import", str(reports)).exit_code == 0
    assert automatic(world)[3:] == [("lapor", "LPR-1", CLI, {"tracking_id": "7730300", "status": "selesai"})]
    rows = audit_rows(world)[1:5]  # newest first, under the verifier's login
    assert [row[:4] for row in rows] == [
        ["Sistem", action, reference, "Baris perintah (CLI)"] for action, reference in (
            ("Perubahan dari SP4N-LAPOR!", "LPR-1"), ("Perubahan dari SP4N-LAPOR!", "LPR-3"), ("Arsipkan", "LPR-2"),
            ("Teruskan ke instansi", "LPR-1"))], rows
    assert [details(row) for row in rows] == [
        {"ID tracking SP4N-LAPOR!: 7730300", "Status: Selesai"},
        {"ID tracking SP4N-LAPOR!: 7730302", "Status: Belum diverifikasi"},
        {"ID tracking SP4N-LAPOR!: 7730301", "Status: Diarsipkan", "Alasan: Diarsipkan di SP4N-LAPOR!"},
        {"Instansi: DLH", "ID tracking SP4N-LAPOR!: 7730300", "Status: Proses"}], rows


def test_a_directory_import_from_the_command_line_is_one_entry_by_the_system(world, tmp_path):
    staff = tmp_path / "staff.csv"
    staff.write_text("phone,name,role,agency\n081100000099,Wulan,officer,DLH\n", encoding="utf-8")
    agencies = tmp_path / "agencies.csv"
    agencies.write_text("code,name,aliases,keywords,external\nDISPERKIM,Dinas Perumahan,perkim,rumah,\n",
                        encoding="utf-8")
    assert run_cli(world, "directory", "import-staff", str(staff)).exit_code == 0
    assert run_cli(world, "directory", "import-agencies", str(agencies)).exit_code == 0
    assert run_cli(world, "directory", "import-agencies", str(tmp_path / "gone.csv")).exit_code != 0  # no file
    [(action, reference, address, detail), second] = automatic(world)
    assert (action, reference, address) == ("direktori", None, CLI)
    assert (detail["kind"], detail["source_file"], detail["created"]) == ("staff", "staff.csv", 1)
    assert (second[3]["kind"], second[3]["created"]) == ("agencies", 1)
    row = audit_rows(world)[2]
    assert row[:4] == ["Sistem", "Perbarui direktori", "-", "Baris perintah (CLI)"], row
    assert {"Berkas: petugas", "Nama berkas: staff.csv", "Baru: 1", "Dinonaktifkan: 3"} <= details(row), row


def test_an_entry_without_a_complaint_or_details_leaves_those_lines_out_on_a_phone(world):
    """On a phone every entry read «Laporan -» and «Rincian -», a login most of all: lines saying nothing. The
    table keeps its «-»; a phone's block leaves them out (`td.empty`)."""
    page = logged_in(world, VERIFIER).get("/audit").get_data(as_text=True)
    login = re.search(r"<tr>(.*?)</tr>", page.split("<tbody>")[1], re.S).group(1)
    assert '<td data-label="Laporan" class="empty">-</td>' in login
    assert re.search(r'<td data-label="Rincian" class="empty">-</td>', login)
    assert "table.stack td.empty { display: none; }" in STYLE.read_text(encoding="utf-8")
