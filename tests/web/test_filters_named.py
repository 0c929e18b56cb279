"""Every filter a list or a page of figures is narrowed by is named where the person reads what they are looking
at: /kinerja's folded «Saringan lainnya», its title and heading, the queue's folded box or its figure note, and
/audit's record of a download. `/kinerja?district=-` (complaints placed in no kecamatan) was named nowhere: its
figures stood under «Seluruh daerah» and a box that read «Semua kecamatan»."""

from __future__ import annotations

import html
import re
from dataclasses import replace

import pytest

from services import services
from tests.web.conftest import DLH_HEAD, SUPERVISOR, VERIFIER

NO_DISTRICT = "Kecamatan «tidak diketahui»"


@pytest.fixture
def districts(app, monkeypatch):
    """A region with one kecamatan configured (the page shows its Kecamatan box)."""
    from lapor.districts import District

    svc = services(app)
    monkeypatch.setattr(svc, "region", replace(svc.region, districts=(District("Srimangunan"),)))


def words(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def summary(page: str) -> str:
    return words(re.search(r'<details class="more"[^>]*><summary>(.*?)</summary>', page, re.S).group(1))


def title(page: str) -> str:
    return words(re.search(r"<title>(.*?)</title>", page, re.S).group(1))


def heading(page: str) -> str:
    return words(re.search(r'<h2 id="ringkasan">(.*?)</h2>', page, re.S).group(1))


@pytest.mark.parametrize(("phone", "query", "named"), [
    (SUPERVISOR, "district=-", [NO_DISTRICT]),
    (SUPERVISOR, "district=Srimangunan", ["Kecamatan «Srimangunan»"]),
    (SUPERVISOR, "kind=pengaduan", ["Jenis «Pengaduan»"]),
    (SUPERVISOR, "kind=informasi&district=-", ["Jenis «Permintaan informasi»", NO_DISTRICT]),
    (SUPERVISOR, "source=whatsapp", ["Sumber «WhatsApp»"]),
    (SUPERVISOR, "source=lapor&district=-", ["Sumber «SP4N-LAPOR!»", NO_DISTRICT]),
    (VERIFIER, "district=-&kind=aspirasi", ["Jenis «Aspirasi»", NO_DISTRICT]),
    (DLH_HEAD, "district=-", [NO_DISTRICT]),  # a head's own agency's figures, placed in no kecamatan
    (SUPERVISOR, "district=%20-%20", [NO_DISTRICT]),  # a dash with spaces around it, from a pasted link
    # near misses: nothing narrowed, nothing named
    (SUPERVISOR, "", []),
    (SUPERVISOR, "district=Atlantis", []),  # an unknown one is ignored, and said so elsewhere
    (SUPERVISOR, "since=2026-11-01&until=2026-11-30", []),  # the period is in sight, no filter of the fold
])
def test_every_filter_of_kinerja_is_named_in_its_fold_title_and_heading(districts, login_as, phone, query, named):
    page = login_as(phone).get(f"/kinerja?{query}").get_data(as_text=True)
    assert summary(page) == "Saringan lainnya" + (": " + ", ".join(named) if named else "")
    for name in named:
        assert name in title(page), (name, title(page))
        assert name in heading(page), (name, heading(page))
    if not named:
        assert "«" not in title(page) and "«" not in heading(page)


@pytest.mark.parametrize(("query", "chosen"), [("district=-", "-"), ("district=Srimangunan", "Srimangunan"),
                                               ("", "")])
def test_kinerjas_kecamatan_box_shows_the_kecamatan_chosen(districts, login_as, query, chosen):
    """The box read «Semua kecamatan» over the figures of complaints placed in none: «Tampilkan» after changing the
    period then dropped the filter without a word."""
    page = login_as(SUPERVISOR).get(f"/kinerja?{query}").get_data(as_text=True)
    box = re.search(r'<select id="district".*?</select>', page, re.S).group(0)
    assert re.findall(r'<option value="([^"]*)" selected>', box) == ([chosen] if chosen else [])
    assert '<option value="-"' in box, "placed in no kecamatan can be chosen, as the table's row links it"


def test_no_kecamatan_configured_names_no_kecamatan(login_as):
    """With no kecamatan configured there is no box to name a choice of (the filter is ignored quietly)."""
    page = login_as(SUPERVISOR).get("/kinerja?district=-").get_data(as_text=True)
    assert summary(page) == "Saringan lainnya" and "Kecamatan «" not in title(page)


@pytest.mark.parametrize(("query", "named"), [
    ("status=proses", "Status «Proses»"),
    ("kind=informasi", "Jenis «Permintaan informasi»"),
    ("agency=DLH", "Instansi «DLH»"),
    ("source=whatsapp", "Sumber «WhatsApp»"),
    ("since=2026-11-01", "Masuk sejak 01/11/2026"),
    ("until=2026-11-30", "Masuk sampai 30/11/2026"),
    ("overdue=1", "hanya yang terlambat"),
    ("district=-", "kecamatan tidak diketahui"),
    ("district=Srimangunan", "kecamatan Srimangunan"),
    ("figure=late", "Selesai terlambat"),
    ("figure=received&district=-", "kecamatan tidak diketahui"),
])
def test_every_filter_of_the_queue_is_named_on_the_page(districts, login_as, query, named):
    page = login_as(SUPERVISOR).get(f"/?view=semua&{query}").get_data(as_text=True)
    note = re.search(r'<p class="card figure-note">(.*?)</p>', page, re.S)
    shown = summary(page) + " " + (words(note.group(1)) if note else "")
    assert named in shown, shown


@pytest.mark.parametrize(("query", "named"), [
    ("district=-", "Kecamatan «tidak diketahui»"),
    ("figure=late", "Angka kinerja «Selesai terlambat»"),
    ("district=Srimangunan", "Kecamatan «Srimangunan»"),
])
def test_a_downloads_record_names_its_filters_as_the_page_does(query, named):
    from web.audit import _filters

    assert named in _filters(f"view=semua&{query}")


@pytest.mark.parametrize(("query", "named"), [
    ("district=-", "-kecamatan-tidak-diketahui"),
    ("district=Srimangunan&kind=pengaduan", "-pengaduan-kecamatan-srimangunan"),
    ("source=lapor&agency=DLH", "-lapor-dlh"),
    ("", ""),
])
@pytest.mark.parametrize("path", ["/kinerja/unduh.csv", "/unduh/laporan.csv"])
def test_a_kinerja_files_name_says_its_filters(districts, login_as, path, query, named):
    """Filtered figures downloaded as `kinerja-20261101-20261130.csv`, as if the whole region's: forwarded as a
    file, nothing said they were only the complaints placed in no kecamatan."""
    response = login_as(SUPERVISOR).get(f"{path}?since=2026-11-01&until=2026-11-30&{query}")
    assert response.status_code == 200
    name = re.search(r'filename="[a-z-]+-20261101-20261130(.*)\.csv"', response.headers["Content-Disposition"])
    assert name.group(1) == named
