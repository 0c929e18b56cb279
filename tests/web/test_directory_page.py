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
    # numbers as the login page and every other page write them (this page wrote +6281100000021)
    assert "0811-0000-0021" in page and "+6281100000021" not in page


def test_preview_writes_nothing_then_apply_does_what_it_showed(app, login_as):
    client = login_as(VERIFIER)
    before = staff(app)
    location = upload(client, "staff", STAFF_CSV, follow=False).location
    page = client.get(location).get_data(as_text=True)
    assert staff(app) == before
    assert 'data-action="created"' in page and 'data-action="changed"' in page and 'data-action="deactivated"' in page
    assert "Nama: Dewi → Dewi Lestari" in page
    assert "0811-0000-0022" in page and "0811-0000-0021" in page  # DLH's Eko and Yusuf, not in the file
    assert "+628" not in page, "one format for numbers on every page"
    done = client.post("/direktori/terapkan", {"pratinjau": preview_token(location)}, token_from="/direktori",
                       follow_redirects=True).get_data(as_text=True)
    assert "1 baru, 1 diubah, 0 tetap, 2 dinonaktifkan" in done
    after = staff(app)
    assert after["+6281100000099"] == ("Rudi", True) and after["+6281100000022"][1] is False


def test_bad_lines_are_listed_and_nothing_can_be_applied(app, login_as):
    client = login_as(VERIFIER)
    location = upload(client, "agencies", "code,name,aliases,keywords,external\n,Tanpa kode,,,\nDLH,x,,,mungkin\n",
                      follow=False).location
    page = client.get(location)
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and "Baris 2: kode dan nama instansi wajib diisi." in text
    assert 'Baris 3: kolom external harus «ya» atau kosong, bukan «mungkin».' in text
    assert "Terapkan perubahan" not in text
    forced = client.post("/direktori/terapkan", {"pratinjau": preview_token(location)}, token_from="/direktori",
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
    bad = upload(client, "agencies", ",x,,,\n", follow=False).location
    forced = client.post("/direktori/terapkan", {"pratinjau": preview_token(bad)}, token_from="/direktori")
    assert forced.status_code == 303 and forced.location == bad
    assert client.get(forced.location).status_code == 422
    client.post("/direktori/terapkan", {"pratinjau": preview_token(sent.location)}, token_from="/direktori")
    after = client.get(sent.location)
    assert after.status_code == 302, "after applying, the preview says what was applied"
    assert "sudah diterapkan" in client.get(after.location).get_data(as_text=True)


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
                  "081100000032,Sri,petugas,\n081100000033,Ina,officer,DLH\n+62 811-0000-0033,Ina,officer,DLH\n"
                  ).get_data(as_text=True)
    assert "nomor 0811-0000-0033 muncul dua kali" in text, "a number as the page's table writes numbers"
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


def test_a_staff_list_kept_in_excel_is_read_as_its_csv(login_as):
    """The list saved as XLSX (Excel's own format) was refused: «Baris 0: tidak terbaca sebagai CSV»."""
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["phone", "name", "role", "agency"])
    book.active.append(["081100000020", "Dewi", "kepala", "DLH"])
    book.active.append([6281100000099, "Rudi", "petugas", "DLH"])  # a number cell: Excel's own for digits
    book.active.append([None, None, None, None])
    data = io.BytesIO()
    book.save(data)
    client = login_as(VERIFIER)
    assert "CSV atau XLSX" in client.get("/direktori").get_data(as_text=True)
    sent = client.post("/direktori/pratinjau", {"jenis": "staff", "berkas": (io.BytesIO(data.getvalue()), "p.xlsx")},
                       token_from="/direktori", content_type="multipart/form-data", follow_redirects=True)
    text = sent.get_data(as_text=True)
    assert "Terapkan perubahan" in text and "tidak terbaca" not in text
    assert "Peran: petugas → kepala instansi" in text and 'data-action="created"' in text and "Rudi" in text
    broken = client.post("/direktori/pratinjau", {"jenis": "staff", "berkas": (io.BytesIO(b"PK\x03\x04x"), "p.xlsx")},
                         token_from="/direktori", content_type="multipart/form-data", follow_redirects=True)
    assert "Berkas XLSX ini tidak bisa dibaca" in broken.get_data(as_text=True)


# A CSRF refusal (an expired or missing token) on the directory's and the templates' forms --------------------------

def test_an_expired_template_form_comes_back_with_what_was_typed(login_as):
    """A template sent with an expired token answered the 400 page straight from its POST: the title and text
    were gone, and Refresh posted the form again."""
    client = login_as(DLH_1)
    sent = client.client.post("/templat", data={"csrf_token": "kedaluwarsa", "title": "Truk dijadwalkan",
                                                "body": "Truk sampah kami jadwalkan datang besok pagi."})
    assert sent.status_code == 303 and sent.location.startswith("/templat?ulang=")
    for _ in range(2):  # opening it, then Refresh
        page = client.get(sent.location)
        shown = page.get_data(as_text=True)
        assert page.status_code == 400 and "sudah kedaluwarsa" in shown
        assert "Truk sampah kami jadwalkan datang besok pagi." in shown and 'value="Truk dijadwalkan"' in shown
    assert "Belum ada templat." in shown, "nothing was saved"
    again = client.client.post("/templat", data={"csrf_token": re.search(
        r'name="csrf_token" type="hidden" value="([^"]+)"', shown).group(1), "title": "Truk dijadwalkan",
        "body": "Truk sampah kami jadwalkan datang besok pagi."})
    assert again.status_code == 303 and "Truk sampah kami" in client.get("/templat").get_data(as_text=True)


def test_an_expired_template_form_of_a_verifier_goes_back_to_the_agencys_page(login_as):
    client = login_as(VERIFIER)
    sent = client.client.post("/direktori/DLH/templat", data={"title": "Salam", "body": "Terima kasih."})
    assert sent.status_code == 303 and sent.location.startswith("/direktori/DLH/templat?ulang=")
    assert "Terima kasih." in client.get(sent.location).get_data(as_text=True)
    assert login_as(PUPR_1).client.post("/direktori/DLH/templat", data={"title": "x", "body": "y"}).status_code == 403


def test_an_expired_delete_goes_back_to_the_templates_and_deletes_nothing(login_as):
    client = login_as(DLH_1)
    client.post("/templat", {"title": "Salam", "body": "Terima kasih atas laporannya."})
    delete = re.search(r'action="(/templat/\d+/hapus)"', client.get("/templat").get_data(as_text=True)).group(1)
    sent = client.client.post(delete, data={"csrf_token": "kedaluwarsa"})
    assert sent.status_code == 303 and sent.location == "/templat"
    page = client.get("/templat").get_data(as_text=True)
    assert "sudah kedaluwarsa" in page and "Salam" in page


def test_an_expired_upload_goes_back_to_the_directory_with_the_kind_picked(login_as):
    client = login_as(VERIFIER)
    sent = client.client.post("/direktori/pratinjau", data={"csrf_token": "x", "jenis": "staff",
                                                           "berkas": (io.BytesIO(STAFF_CSV.encode()), "x.csv")},
                              content_type="multipart/form-data")
    assert sent.status_code == 303 and sent.location.startswith("/direktori")
    page = client.get(sent.location)
    shown = page.get_data(as_text=True)
    assert page.status_code == 200 and "sudah kedaluwarsa" in shown and "pilih berkasnya lagi" in shown
    assert '<option value="staff" selected>' in shown


def test_an_expired_apply_goes_back_to_its_preview_and_writes_nothing(app, login_as):
    client = login_as(VERIFIER)
    before = staff(app)
    preview = upload(client, "staff", STAFF_CSV, follow=False).location
    sent = client.client.post("/direktori/terapkan", data={"csrf_token": "x", "pratinjau": preview.split("=")[1]})
    assert sent.status_code == 303 and sent.location == preview
    shown = client.get(sent.location).get_data(as_text=True)
    assert "sudah kedaluwarsa" in shown and "Terapkan perubahan" in shown
    assert staff(app) == before


# The previewed file stays on the server: the confirmation names it ------------------------------------------------

def preview_token(location: str) -> str:
    return location.partition("ulang=")[2]


def test_the_preview_page_carries_no_copy_of_the_file_only_its_token(app, login_as):
    """The whole file went back and forth in a hidden field: the apply step wrote whatever was posted."""
    client = login_as(VERIFIER)
    location = upload(client, "staff", STAFF_CSV, follow=False).location
    page = client.get(location).get_data(as_text=True)
    assert 'name="isi"' not in page and "081100000099" not in page.split("<form")[-1]
    assert f'name="pratinjau" value="{preview_token(location)}"' in page
    before = staff(app)
    forged = client.post("/direktori/terapkan", {"jenis": "staff", "isi": "phone,name,role,agency\n"},
                         token_from="/direktori", follow_redirects=True)
    assert "Pratinjau itu sudah tidak berlaku" in forged.get_data(as_text=True) and staff(app) == before
    done = client.post("/direktori/terapkan", {"pratinjau": preview_token(location)}, token_from="/direktori",
                       follow_redirects=True).get_data(as_text=True)
    assert "1 baru, 1 diubah, 0 tetap, 2 dinonaktifkan" in done
    assert staff(app)["+6281100000099"] == ("Rudi", True)


def test_a_preview_is_its_owners_and_expires(app, login_as, clock):
    client = login_as(VERIFIER)
    token = preview_token(upload(client, "staff", STAFF_CSV, follow=False).location)
    assert login_as(VERIFIER).get(f"/direktori/pratinjau?ulang={token}").status_code == 200, "theirs elsewhere"
    with services(app).session_factory() as session:
        session.add(Contact(phone="+6281100000003", role="verifier", name="Sari"))
        session.commit()
    before = staff(app)
    colleague = login_as("+6281100000003")
    assert colleague.get(f"/direktori/pratinjau?ulang={token}").status_code == 302
    refused = colleague.post("/direktori/terapkan", {"pratinjau": token}, token_from="/direktori",
                             follow_redirects=True)
    assert "Pratinjau itu sudah tidak berlaku" in refused.get_data(as_text=True) and staff(app) == before
    clock.advance(hours=25)
    again = login_as(VERIFIER)
    late = again.post("/direktori/terapkan", {"pratinjau": token}, token_from="/direktori", follow_redirects=True)
    assert "Pratinjau itu sudah tidak berlaku" in late.get_data(as_text=True) and staff(app) == before
    assert again.get(f"/direktori/pratinjau?ulang={token}").status_code == 302


def test_applying_twice_says_the_first_went_through(app, login_as):
    """A double click on «Terapkan»: the second answer is the one the browser shows."""
    client = login_as(VERIFIER)
    token = preview_token(upload(client, "staff", STAFF_CSV, follow=False).location)
    client.post("/direktori/terapkan", {"pratinjau": token}, token_from="/direktori")
    second = client.post("/direktori/terapkan", {"pratinjau": token}, token_from="/direktori", follow_redirects=True)
    shown = second.get_data(as_text=True)
    assert "sudah diterapkan" in shown and "1 baru, 1 diubah" in shown
    assert staff(app)["+6281100000099"] == ("Rudi", True)


def test_the_upload_form_says_in_plain_words_what_a_file_holds_and_that_it_replaces_the_list(login_as):
    """The form named the files by a server command (`flask directory import-staff`) a verifier never saw, and
    did not say that a staff file is the whole list: a file with one new officer deactivated everyone else."""
    page = login_as(VERIFIER).get("/direktori").get_data(as_text=True)
    assert "flask directory" not in page
    assert "yang tidak ada di berkas dinonaktifkan" in page
    assert "Instansi yang tidak ada di berkas instansi tetap seperti sekarang, tidak dihapus." in " ".join(page.split())
    assert "phone,name,role,agency" in page and "code,name,aliases,keywords,external" in page


def test_a_preview_with_bad_lines_leads_back_to_the_upload_with_its_kind_picked(login_as):
    """A file with bad lines said to fix them and upload again, but the page had no way back to the form."""
    client = login_as(VERIFIER)
    page = upload(client, "staff", "phone,name,role,agency\n12345,Budi,officer,DLH\n").get_data(as_text=True)
    assert re.search(r'<a class="button[^"]*" href="/direktori\?jenis=staff">Unggah berkas yang sudah diperbaiki</a>',
                     page)
    shown = client.get("/direktori?jenis=staff").get_data(as_text=True)
    assert '<option value="staff" selected>' in shown


def test_a_phone_number_excel_turned_into_a_number_is_explained(login_as):
    """A staff file edited in Excel and saved as CSV writes a long number as «6.2811E+12»: the preview said only
    that the number was not valid, which nobody could make sense of."""
    client = login_as(VERIFIER)
    english = upload(client, "staff", "phone,name,role,agency\n6.2811E+12,Dewi,officer,DLH\n").get_data(as_text=True)
    indonesian = upload(client, "staff", "phone;name;role;agency\n6,28110E+12;Eko;officer;DLH\n"
                        ).get_data(as_text=True)  # an Excel set to Indonesian: «;» and a decimal comma
    for text in (english, indonesian):
        assert "diubah Excel menjadi angka" in text and "format kolom phone sebagai Teks" in text


def left_out_section(page: str) -> str:
    """The words of the preview's or the directory's list of agencies an agencies file left out ("" for none)."""
    found = re.search(r'<section[^>]*id="tidak-di-berkas".*?</section>', page, re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", found.group(0)).split()) if found else ""


@pytest.mark.parametrize(("rows", "left_out"), [
    ("DLH,Dinas Lingkungan Hidup,,,\n", ["DINKES", "DINSOS", "PLN", "PUPR"]),
    ("dlh,Dinas Lingkungan Hidup,,,\npupr,Dinas PU,,,\n", ["DINKES", "DINSOS", "PLN"]),  # codes in small letters
    ("DLH,Dinas Lingkungan Hidup,,,\nPUPR,Dinas PU,,,\nPLN,PLN UP3,,,ya\nDINKES,Dinas Kesehatan,,,\n"
     "DINSOS,Dinas Sosial,,,\n", []),  # every agency: nothing to list
    ("DLH,Dinas Lingkungan Hidup,,,\nDISHUB,Dinas Perhubungan,,,\n", ["DINKES", "DINSOS", "PLN", "PUPR"]),
])
def test_agencies_not_in_an_agencies_file_are_listed_with_what_happens_to_them(app, world, login_as, rows,
                                                                               left_out):
    """The CLI's re-import lists the agencies a file left out (kept, with their open dispositions); the page's
    preview and its result said nothing of them: a file of 2 agencies read as if the other 4 were gone, or as if
    nothing of them mattered, though PUPR still held an open complaint."""
    from tests.parties import filed_and_forwarded, make_people

    people = make_people(world)
    filed_and_forwarded(people, photo=False)
    people["verifier"].says("TERUSKAN LPR-1 PUPR")  # PUPR holds LPR-1 too: one open disposition
    client = login_as(VERIFIER)
    location = upload(client, "agencies", "code,name,aliases,keywords,external\n" + rows, follow=False).location
    preview = left_out_section(client.get(location).get_data(as_text=True))
    done = client.post("/direktori/terapkan", {"pratinjau": preview_token(location)}, token_from="/direktori",
                       follow_redirects=True).get_data(as_text=True)
    result = left_out_section(done)
    if not left_out:
        assert preview == result == ""
        return
    for words in (preview, result):
        assert re.findall(r"\b([A-Z]{3,})\b –", words) == left_out, words
        assert f"{len(left_out)} instansi tidak ada di berkas ini" in words
        assert "tetap seperti sekarang" in words, "what happens to them: kept, not removed or deactivated"
        if "PUPR" in left_out:
            assert "PUPR – Dinas Pekerjaan Umum dan Penataan Ruang: 1 disposisi terbuka" in words
        assert "DINKES – Dinas Kesehatan: tidak ada disposisi terbuka" in words
    with services(app).session_factory() as session:
        assert set(left_out) <= set(session.scalars(select(Agency.code))), "kept"


def test_a_staff_file_lists_no_agencies_left_out(login_as):
    client = login_as(VERIFIER)
    page = upload(client, "staff", STAFF_CSV).get_data(as_text=True)
    assert left_out_section(page) == "" and "Dinonaktifkan" in page
