"""A complaint's status in words: one source for every page and download staff read (`bot.messages.STATUS_LABELS`),
and SP4N-LAPOR!'s own names, exactly as docs/lapor-contract.md lists them, in the export typed into LAPOR only."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from bot.messages import STATUS_LABELS
from lapor.bridge.manual import LAPOR_STATUS_NAMES
from models.vocab import ComplaintStatus
from tests.web.conftest import VERIFIER
from tests.web.test_performance_page import filed  # noqa: F401  (fixture)
from web.audit import describe

CONTRACT = Path(__file__).parents[2] / "docs" / "lapor-contract.md"


def test_the_lapor_export_keeps_the_national_systems_exact_names():
    """The export is typed into LAPOR's form by hand and its status read back by the import: LAPOR's own words,
    capitals included («Belum Ditindaklanjuti»), as the contract lists them; every status has one."""
    listed = re.search(r"`status` uses LAPOR's names \(([^)]*)\)", " ".join(CONTRACT.read_text().split())).group(1)
    assert sorted(LAPOR_STATUS_NAMES.values()) == sorted(re.findall(r"`([^`]+)`", listed))
    assert set(LAPOR_STATUS_NAMES) == set(STATUS_LABELS) == set(ComplaintStatus)


def test_every_list_names_a_status_as_the_others_do(filed, login_as):  # noqa: F811
    """The queue's filter and badges, a complaint's page and the lists' downloads read «Belum ditindaklanjuti»
    from one table; the SP4N-LAPOR! export alone writes LAPOR's «Belum Ditindaklanjuti»."""
    client = login_as(VERIFIER)
    queue = client.get("/?view=semua").get_data(as_text=True)
    options = dict(re.findall(r'<option value="([a-z_]+)"[^>]*>([^<]+)</option>',
                              re.search(r'<select[^>]*name="status".*?</select>', queue, re.S).group(0)))
    assert options == STATUS_LABELS
    assert f'<span class="badge">{STATUS_LABELS["belum_ditindaklanjuti"]}</span>' in queue
    page = client.get("/pengaduan/2").get_data(as_text=True)
    assert f'<span class="badge">{STATUS_LABELS["belum_ditindaklanjuti"]}</span>' in page
    rows = list(csv.DictReader(io.StringIO(client.get("/unduh/antrean.csv?view=semua").get_data(as_text=True)
                                            .lstrip("\ufeff"))))
    assert {row["Referensi"]: row["Status"] for row in rows}["LPR-2"] == "Belum ditindaklanjuti"
    figure = client.get("/unduh/laporan.csv?figure=received").get_data(as_text=True).lstrip("\ufeff")
    assert {row["Status"] for row in csv.DictReader(io.StringIO(figure))} <= set(STATUS_LABELS.values())
    export = client.get("/kinerja/lapor-ekspor.csv").get_data(as_text=True).lstrip("\ufeff")
    assert {row["Referensi"]: row["Status"] for row in csv.DictReader(io.StringIO(export))}["LPR-2"] == (
        "Belum Ditindaklanjuti")


@pytest.mark.parametrize(("query", "named"), [
    ("view=semua&status=belum_ditindaklanjuti", "Status «Belum ditindaklanjuti»"),
    ("view=semua&status=belum_terverifikasi&kind=informasi",
     "Status «Belum diverifikasi», Jenis «Permintaan informasi»"),
    ("view=semua&kind=pengaduan", "Jenis «Pengaduan»"),
    ("view=semua&q=belum_ditindaklanjuti", "Cari «belum_ditindaklanjuti»"),  # typed words stay as typed
])
def test_the_audit_log_names_a_downloads_status_as_the_queue_does(query, named):
    """/audit read a download's filters as «Status «belum_ditindaklanjuti»», the URL's value: it names a status
    and a kind as the queue's boxes do."""
    assert dict(describe({"filters": query}))["Saringan"] == f"Tampilan «semua», {named}"


def _options(page: str, name: str) -> dict[str, str]:
    box = re.search(rf'<select[^>]*name="{name}".*?</select>', page, re.S).group(0)
    return dict(re.findall(r'<option value="([a-z_]+)"[^>]*>([^<]+)</option>', box))


def test_a_source_has_one_name_on_every_page_and_file(app, filed, login_as):  # noqa: F811
    """The source filter read «Impor SP4N-LAPOR!» on /kinerja and «SP4N-LAPOR!» on the queue (two tables of the
    same words, a third in the downloads): the queue's and /kinerja's boxes, a row, a complaint's page, the
    sources chart, the lists' files and /audit's naming of a download all read `bot.messages.SOURCE_NAMES`."""
    from sqlalchemy import update

    from bot.messages import SOURCE_NAMES
    from models import Complaint
    from services import services

    with services(app).session_factory.begin() as session:  # LPR-2 came in through an SP4N-LAPOR! import
        session.execute(update(Complaint).where(Complaint.number == 2).values(source="lapor"))
    client = login_as(VERIFIER)
    queue = client.get("/?view=semua").get_data(as_text=True)
    performance = client.get("/kinerja").get_data(as_text=True)
    assert _options(queue, "source") == _options(performance, "source") == SOURCE_NAMES
    lapor, whatsapp = SOURCE_NAMES["lapor"], SOURCE_NAMES["whatsapp"]
    row = re.search(r'<li class="queue-item[^"]*".*?LPR-2.*?</li>', queue, re.S).group(0)
    assert f"· {lapor} · masuk" in " ".join(row.split())
    assert f"{lapor} · masuk" in " ".join(client.get("/pengaduan/2").get_data(as_text=True).split())
    assert f"{whatsapp} · masuk" in " ".join(client.get("/pengaduan/1").get_data(as_text=True).split())
    assert f"<title>{lapor}: 1</title>" in performance or f">{lapor}<" in performance, "the sources chart"
    rows = csv.DictReader(io.StringIO(client.get("/unduh/antrean.csv?view=semua").get_data(as_text=True)
                                      .lstrip("\ufeff")))
    assert {row["Referensi"]: row["Sumber"] for row in rows} == {"LPR-1": whatsapp, "LPR-2": lapor, "LPR-3": whatsapp}
    assert dict(describe({"filters": "view=semua&source=lapor"}))["Saringan"] == (
        f"Tampilan «semua», Sumber «{lapor}»")
    named = client.get("/kinerja?source=lapor").get_data(as_text=True)
    assert f"Sumber «{lapor}»" in named and f"Sumber «{lapor}»" in client.get("/?view=semua&source=lapor").get_data(
        as_text=True)
