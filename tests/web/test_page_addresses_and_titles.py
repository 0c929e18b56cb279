"""What a page's address and tab title say: a filter form's address carries only the filters chosen (no
`&kind=&agency=&source=&since=&until=`), no link the server builds carries an empty one, a page whose form was
refused says so first in its title (a screen reader reads the title first), and /kinerja's title names the agency
and the period its heading and figures are about."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from urllib.parse import parse_qsl, urlsplit

import pytest

from services import services
from tests.parties import filed_and_forwarded, make_people
from tests.web.conftest import DLH_1, DLH_HEAD, SUPERVISOR, VERIFIER


@pytest.fixture
def people(world):
    return make_people(world)


def text(response) -> str:
    return response.get_data(as_text=True)


def title(page: str) -> str:
    return html.unescape(re.search(r"<title>(.*?)</title>", page, re.S).group(1)).strip()


# A filter form's address: only the filters chosen ---------------------------------------------------------------

@pytest.mark.parametrize(("phone", "asked", "clean"), [
    # the queue's form as a browser sends it, every box left at «Semua» but the search
    (VERIFIER, "/?view=semua&q=sampah&status=&kind=&agency=&source=&since=&until=", "/?view=semua&q=sampah"),
    (VERIFIER, "/?view=&q=&status=&kind=&agency=&source=&since=&until=", "/"),  # «Terapkan» on an unfiltered list
    (DLH_1, "/?view=&q=&status=proses&kind=&source=&since=&until=&overdue=1", "/?status=proses&overdue=1"),
    (VERIFIER, "/?q=%20%20&view=semua", "/?view=semua"),  # a search of spaces only is no search
    (VERIFIER, "/?view=semua&figure=received&kinerja=since%3D2026-12-01&q=&kind=",
     "/?view=semua&figure=received&kinerja=since%3D2026-12-01"),  # a figure's list stays that list
    (SUPERVISOR, "/kinerja?since=01%2F12%2F2026&until=&kind=&source=&agency=", "/kinerja?since=01%2F12%2F2026"),
    (DLH_HEAD, "/kinerja?sort=late&since=&until=31%2F12%2F2026&kind=&source=",
     "/kinerja?sort=late&until=31%2F12%2F2026"),
    (VERIFIER, "/audit?laporan=&tindakan=", "/audit"),
    (VERIFIER, "/audit?laporan=LPR-1&tindakan=&hal=", "/audit?laporan=LPR-1"),
])
def test_a_filter_forms_empty_boxes_lead_to_the_address_of_the_filters_chosen(login_as, phone, asked, clean):
    """Without JavaScript too: the page answers the browser's address with its clean one (a GET, kept a GET)."""
    response = login_as(phone).get(asked)
    assert response.status_code == 302 and response.location == clean
    assert login_as(phone).get(clean).status_code == 200, "the clean address is the page itself"


@pytest.mark.parametrize(("phone", "address"), [
    (VERIFIER, "/?view=semua&q=sampah"),
    (VERIFIER, "/?q=0"),  # a zero is typed, not empty
    (SUPERVISOR, "/kinerja?district=-"),  # «placed in no kecamatan» is a dash, a choice
    (SUPERVISOR, "/kinerja?since=2026-12-01&until=2026-12-31"),
    (VERIFIER, "/audit?laporan=LPR-1"),
    (VERIFIER, "/pengaduan/1?antrean="),  # not a filter form's page: its own rules
])
def test_an_address_without_empty_filters_is_the_page_itself(people, login_as, phone, address):
    filed_and_forwarded(people)
    assert login_as(phone).get(address).status_code == 200


def test_all_kecamatan_chosen_is_every_complaint_not_those_placed_in_none(people, app, login_as, monkeypatch):
    """«Semua kecamatan» submits `district=`, which the page read as «placed in no kecamatan»: the figures of only
    the complaints without one, under a box that said «Semua kecamatan»."""
    from lapor.districts import District

    svc = services(app)
    monkeypatch.setattr(svc, "region", replace(svc.region, districts=(District("Srimangunan"),)))
    filed_and_forwarded(people)
    client = login_as(SUPERVISOR)
    every = text(client.get("/kinerja?kind=&district=&source=", follow_redirects=True))
    def total_link(page: str) -> str:  # the «Masuk» tile's list
        return re.search(r'<a href="([^"]+)" data-figure="received"\s', page).group(1)

    assert "district" not in total_link(every), "its figures' lists: every complaint"
    assert "district=-" in total_link(text(client.get("/kinerja?district=-"))), "a dash still picks «placed in none»"


def empty_parameters(page: str) -> list[str]:
    """Every link and form address of a page that carries an empty URL parameter (`?kind=&…`)."""
    found = []
    for address in re.findall(r'(?:href|action)="([^"]*)"', page):
        query = urlsplit(html.unescape(address)).query
        if any(not value for _, value in parse_qsl(query, keep_blank_values=True)):
            found.append(address)
    return found


@pytest.mark.parametrize(("phone", "address"), [
    (VERIFIER, "/"),
    (VERIFIER, "/?view=semua&status=proses&kind=pengaduan&q=sampah"),
    (DLH_1, "/?view=semua&agency=PUPR"),  # «Lihat semua laporan DLH» took the agency off as `agency=`
    (DLH_1, "/?view=semua&overdue=1&since=2026-12-01"),
    (SUPERVISOR, "/kinerja"),
    (SUPERVISOR, "/kinerja?agency=DLH&sort=late&desc=1"),  # «« Semua instansi» took it off as `agency=`
    (DLH_HEAD, "/kinerja?kind=pengaduan"),
    (VERIFIER, "/audit?laporan=LPR-1"),
    (VERIFIER, "/pengaduan/1?antrean=view%3Dsemua"),
])
def test_no_link_the_server_builds_carries_an_empty_parameter(people, login_as, phone, address):
    filed_and_forwarded(people)
    page = login_as(phone).get(address)
    assert page.status_code == 200
    assert empty_parameters(text(page)) == []


# A refused form's page says so first in its title ---------------------------------------------------------------

PREFIX = "Perbaiki isian: "


def test_a_refused_login_number_or_code_is_said_first_in_the_title(staff_client):
    assert title(text(staff_client.get("/masuk"))) == "Masuk · Penghubung"
    refused = staff_client.ask_code("0811 0000 002O")  # the keypad's letter O
    assert refused.status_code == 400 and title(text(refused)) == PREFIX + "Masuk · Penghubung"
    staff_client.ask_code(DLH_1)
    assert title(text(staff_client.get("/masuk/kode"))) == "Kode masuk · Penghubung", "asked, not refused"
    wrong = staff_client.type_code("000000")
    assert wrong.status_code == 400 and title(text(wrong)) == PREFIX + "Kode masuk · Penghubung"


def test_a_refused_action_on_a_complaints_page_is_said_first_in_the_title(people, login_as):
    filed_and_forwarded(people)
    officer = login_as(DLH_1)
    plain = title(text(officer.get("/pengaduan/1")))
    assert plain.startswith("LPR-1") and "Perbaiki" not in plain
    refused = officer.post("/pengaduan/1/tl", {"text": "  "}, token_from="/pengaduan/1", follow_redirects=True)
    assert refused.status_code == 400 and title(text(refused)) == PREFIX + plain
    done = officer.post("/pengaduan/1/tl", {"text": "Truk dijadwalkan besok"}, token_from="/pengaduan/1",
                        follow_redirects=True)
    assert done.status_code == 200 and title(text(done)) == plain, "a confirmation is no refusal"


def test_a_refused_template_and_directory_upload_are_said_first_in_the_title(people, login_as):
    officer = login_as(DLH_1)
    refused = officer.post("/templat", {"title": "", "body": ""}, follow_redirects=True)
    assert refused.status_code == 400 and title(text(refused)).startswith(PREFIX + "Templat jawaban DLH")
    verifier = login_as(VERIFIER)
    assert not title(text(verifier.get("/direktori"))).startswith(PREFIX)
    upload = verifier.post("/direktori/pratinjau", {}, token_from="/direktori", follow_redirects=True)  # no file picked
    assert title(text(upload)) == PREFIX + "Direktori · Penghubung"


def test_a_filter_date_to_correct_is_said_first_in_the_title_and_an_ignored_value_is_not(login_as):
    client = login_as(SUPERVISOR)
    assert title(text(client.get("/?view=semua&since=32/12/2026"))).startswith(PREFIX + "Semua laporan")
    assert title(text(client.get("/kinerja?until=31/13/2026"))).startswith(PREFIX + "Kinerja")
    # a value of a link (no box to correct) or a swap done for the reader is no refusal of what they typed
    assert not title(text(client.get("/?view=semua&status=nope"))).startswith(PREFIX)
    assert not title(text(client.get("/kinerja?since=2026-12-31&until=2026-12-01"))).startswith(PREFIX)


# /kinerja's title names what its heading names --------------------------------------------------------------------

@pytest.mark.parametrize(("phone", "address", "said"), [
    (SUPERVISOR, "/kinerja?since=2026-12-01&until=2026-12-31",
     "Kinerja instansi · Seluruh daerah · 01/12/2026–31/12/2026 · Penghubung"),
    (SUPERVISOR, "/kinerja?agency=PUPR&since=2026-11-01&until=2026-11-30",
     "Kinerja instansi · PUPR · 01/11/2026–30/11/2026 · Penghubung"),
    (DLH_HEAD, "/kinerja?since=2026-12-01&until=2026-12-31",
     "Kinerja instansi · DLH · 01/12/2026–31/12/2026 · Penghubung"),  # a head's page is always their agency's
    (DLH_HEAD, "/kinerja?agency=PUPR&since=2026-12-01&until=2026-12-31",
     "Kinerja instansi · DLH · 01/12/2026–31/12/2026 · Penghubung"),  # another's is not shown: not named
])
def test_the_performance_pages_title_names_its_agency_and_period(login_as, phone, address, said):
    assert title(text(login_as(phone).get(address))) == said
