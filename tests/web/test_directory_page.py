"""/direktori: verifiers list the directory, preview an upload (nothing written), then apply it."""

from __future__ import annotations

import io
import re

import pytest
from sqlalchemy import select

from models import Agency, Contact
from services import services
from tests.web.conftest import DLH_1, PUPR_1, SUPERVISOR, VERIFIER

STAFF_CSV = "phone,name,role,agency\n081100000020,Dewi Lestari,officer,DLH\n081100000099,Rudi,officer,DLH\n"


def upload(client, kind: str, text: str, follow: bool = True):
    """Upload a file for its preview (followed to the preview's page, as a browser does)."""
    return client.post("/direktori/pratinjau", {"jenis": kind, "berkas": (io.BytesIO(text.encode()), "x.csv")},
                       token_from="/direktori", content_type="multipart/form-data", follow_redirects=follow)


def staff(app):
    with services(app).session_factory() as session:
        return {c.phone: (c.name, c.active) for c in session.scalars(select(Contact).where(Contact.role.is_not(None)))}


def test_only_verifiers(login_as):
    assert login_as(SUPERVISOR).get("/direktori").status_code == 403
    page = login_as(VERIFIER).get("/direktori").get_data(as_text=True)
    assert "DLH" in page and "Dinas Lingkungan Hidup" in page and "Eko" in page


def test_preview_writes_nothing_then_apply_does_what_it_showed(app, login_as):
    client = login_as(VERIFIER)
    before = staff(app)
    page = upload(client, "staff", STAFF_CSV).get_data(as_text=True)
    assert staff(app) == before
    assert 'data-action="created"' in page and 'data-action="changed"' in page and 'data-action="deactivated"' in page
    assert "Nama: Dewi → Dewi Lestari" in page
    assert "+6281100000022" in page and "+6281100000021" in page  # DLH's Eko and Yusuf, not in the file
    done = client.post("/direktori/terapkan", {"jenis": "staff", "isi": STAFF_CSV}, token_from="/direktori",
                       follow_redirects=True).get_data(as_text=True)
    assert "1 baru, 1 diubah, 0 tetap, 2 dinonaktifkan" in done
    after = staff(app)
    assert after["+6281100000099"] == ("Rudi", True) and after["+6281100000022"][1] is False


def test_bad_lines_are_listed_and_nothing_can_be_applied(app, login_as):
    client = login_as(VERIFIER)
    page = upload(client, "agencies", "code,name,aliases,keywords,external\n,Tanpa kode,,,\nDLH,x,,,mungkin\n")
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and "Baris 2: kode dan nama instansi wajib diisi." in text
    assert 'Baris 3: kolom external harus «ya» atau kosong, bukan «mungkin».' in text
    assert "Terapkan perubahan" not in text
    forced = client.post("/direktori/terapkan", {"jenis": "agencies", "isi": ",x,,,\n"}, token_from="/direktori",
                         follow_redirects=True)
    assert forced.status_code == 422 and "Berkas belum bisa dipakai" in forced.get_data(as_text=True)
    with services(app).session_factory() as session:
        assert session.scalars(select(Agency.name).where(Agency.code == "DLH")).one() == "Dinas Lingkungan Hidup"
    assert upload(client, "nonsense", "x", follow=False).status_code == 303


def test_a_verifier_keeps_an_agencys_answer_templates_from_the_directory(login_as):
    """The templates an agency's officers pick on a complaint page are edited here too (the /templat views)."""
    client = login_as(VERIFIER)
    directory_page = client.get("/direktori").get_data(as_text=True)
    assert 'href="/direktori/DLH/templat" data-templates="DLH">0 templat' in directory_page
    assert "Templat jawaban DLH" in client.get("/direktori/DLH/templat").get_data(as_text=True)
    saved = client.post("/direktori/DLH/templat", {"title": "Sampah diangkut", "body": "Sudah kami angkut."},
                        follow_redirects=True)
    assert saved.request.path == "/direktori/DLH/templat" and "Sudah kami angkut." in saved.get_data(as_text=True)
    officer = login_as(DLH_1)
    assert "Sudah kami angkut." in officer.get("/templat").get_data(as_text=True), "DLH's officers have it"
    assert "Sudah kami angkut." not in login_as(PUPR_1).get("/templat").get_data(as_text=True)
    template_id = re.search(r'href="/direktori/DLH/templat/(\d+)"', client.get("/direktori/DLH/templat")
                            .get_data(as_text=True)).group(1)
    client.post(f"/direktori/DLH/templat/{template_id}", {"title": "Sampah diangkut", "body": "Sudah diangkut pagi."},
                token_from="/direktori/DLH/templat")
    assert "Sudah diangkut pagi." in officer.get("/templat").get_data(as_text=True)
    assert "1 templat" in client.get("/direktori").get_data(as_text=True)
    client.post(f"/direktori/DLH/templat/{template_id}/hapus", {}, token_from="/direktori/DLH/templat")
    assert "Belum ada templat." in officer.get("/templat").get_data(as_text=True)


@pytest.mark.parametrize(("phone", "path", "status"), [
    (SUPERVISOR, "/direktori/DLH/templat", 403),
    (DLH_1, "/direktori/DLH/templat", 403),       # an agency's staff keep theirs at /templat
    (PUPR_1, "/direktori/DLH/templat", 403),
    (VERIFIER, "/direktori/TIDAKADA/templat", 404),
    (VERIFIER, "/templat", 403),                  # a verifier picks the agency in the directory
])
def test_only_verifiers_keep_templates_from_the_directory(login_as, phone, path, status):
    assert login_as(phone).get(path).status_code == status


def test_the_preview_is_a_page_of_its_own_so_back_and_refresh_never_resend_the_file(app, login_as):
    """The upload answers with a redirect to the preview (Post/Redirect/Get): Refresh shows it again (read against
    the directory as it is now), and Back to it after applying never asks to resend the file."""
    client = login_as(VERIFIER)
    sent = upload(client, "staff", STAFF_CSV, follow=False)
    assert sent.status_code == 303 and sent.location.startswith("/direktori/pratinjau?ulang=")
    for _ in range(2):  # opening it, then Refresh
        page = client.get(sent.location)
        assert page.status_code == 200 and 'data-action="created"' in page.get_data(as_text=True)
    forced = client.post("/direktori/terapkan", {"jenis": "agencies", "isi": ",x,,,\n"}, token_from="/direktori")
    assert forced.status_code == 303 and forced.location.startswith("/direktori/pratinjau?ulang=")
    assert client.get(forced.location).status_code == 422
    client.post("/direktori/terapkan", {"jenis": "staff", "isi": STAFF_CSV}, token_from="/direktori")
    assert client.get(sent.location).status_code == 302, "after applying, the old preview is gone"
    other = login_as(VERIFIER)
    assert other.get(forced.location).status_code == 302, "another session cannot open the kept file"


def test_a_refused_template_of_one_agency_never_shows_on_anothers_page(login_as):
    client = login_as(VERIFIER)
    client.post("/direktori/DLH/templat", {"title": "Sama", "body": "Satu"}, token_from="/direktori/DLH/templat")
    refused = client.post("/direktori/DLH/templat", {"title": "Sama", "body": "Teks untuk DLH"},
                          token_from="/direktori/DLH/templat")
    token = refused.location.partition("?")[2]
    assert refused.location.startswith("/direktori/DLH/templat?ulang=")
    assert "Teks untuk DLH" in client.get(refused.location).get_data(as_text=True)
    other = client.get(f"/direktori/PUPR/templat?{token}")
    assert other.status_code == 200 and "Teks untuk DLH" not in other.get_data(as_text=True)


def test_a_template_of_another_agency_is_not_reachable_through_an_agency_url(login_as):
    client = login_as(VERIFIER)
    client.post("/direktori/PUPR/templat", {"title": "Jalan ditambal", "body": "Lubang sudah ditambal."})
    template_id = re.search(r'href="/direktori/PUPR/templat/(\d+)"', client.get("/direktori/PUPR/templat")
                            .get_data(as_text=True)).group(1)
    assert client.get(f"/direktori/DLH/templat/{template_id}").status_code == 404
    assert client.post(f"/direktori/DLH/templat/{template_id}/hapus", {},
                       token_from="/direktori/DLH/templat").status_code == 404


def test_staff_problems_and_changes_are_said_in_indonesian(login_as):
    client = login_as(VERIFIER)
    text = upload(client, "staff", "phone,name,role,agency\n12345,Budi,officer,DLH\n081100000031,Ani,lurah,DLH\n"
                  "081100000032,Sri,petugas,\n").get_data(as_text=True)
    assert 'Baris 2: nomor telepon «12345» tidak valid.' in text
    assert 'Baris 3: peran «lurah» tidak dikenal. Pakai petugas, kepala, verifikator atau pimpinan.' in text
    assert "Baris 4: peran petugas harus punya instansi" in text
    assert "bad phone" not in text and "unknown role" not in text and "line " not in text


def test_indonesian_role_names_and_a_semicolon_file_are_accepted(login_as):
    client = login_as(VERIFIER)
    text = upload(client, "staff", "phone;name;role;agency\r\n081100000020;Dewi;kepala;DLH\r\n"
                  "081100000099;Rudi;Petugas;DLH\r\n").get_data(as_text=True)
    assert "Terapkan perubahan" in text and "missing" not in text
    assert "Peran: petugas → kepala instansi" in text and 'data-action="created"' in text
