"""The complaint page's refusals and the merge confirmation in a real headless Chromium: a verifier who types a
wrong reference is told so, sees both complaints side by side before merging, and an officer whose file is
refused keeps the typed text. Screenshots go to artifacts/screenshots/."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.parties import complaint, file, filed_and_forwarded, make_people
from tests.web.conftest import DLH_1, VERIFIER, browser_login, screenshot


@pytest.fixture
def people(world):
    return make_people(world)


def test_a_merge_is_checked_side_by_side_and_confirmed(page, live_server, people, world):
    file(people["citizen"], description="Saluran air tersumbat sampah di Jl. Melati, banjir tiap hujan deras")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says("SELESAI LPR-1 Saluran sudah dibersihkan")
    file(people["citizen2"], description="Jalan berlubang besar di depan pasar Srimangunan, motor sering jatuh")
    browser_login(page, live_server, VERIFIER)
    page.goto(live_server.url + "/pengaduan/2")

    page.get_by_text("Gabungkan duplikat").click()
    page.get_by_label("Ketik nomor laporan induk").fill("LPR-999")
    page.get_by_role("button", name="Periksa penggabungan").click()
    expect(page.get_by_text("LPR-999 tidak ditemukan")).to_be_visible()
    expect(page.get_by_label("Ketik nomor laporan induk")).to_have_value("LPR-999")
    screenshot(page, "gabung-tidak-ditemukan")

    page.get_by_label("Ketik nomor laporan induk").fill("lpr 1")
    page.get_by_role("button", name="Periksa penggabungan").click()
    expect(page.get_by_role("heading", name="Gabungkan LPR-2 ke LPR-1?")).to_be_visible()
    expect(page.get_by_text("Perhatian: LPR-1 sudah selesai ditangani")).to_be_visible()
    screenshot(page, "gabung-konfirmasi")
    assert complaint(world, 2).parent_id is None, "nothing merged before the confirmation"

    page.get_by_role("button", name="Ya, gabungkan LPR-2 ke LPR-1").click()
    expect(page.get_by_text("LPR-2 digabung ke LPR-1")).to_be_visible()
    screenshot(page, "gabung-selesai")
    assert complaint(world, 2).parent_id == complaint(world, 1).id


@pytest.mark.browser_context_args(locale="en-US")
def test_a_refused_file_keeps_the_officers_text(page, live_server, people, tmp_path):
    """The file box was the browser's own: «Choose File · No file chosen» in an English browser."""
    filed_and_forwarded(people)
    fake = tmp_path / "foto.jpg"
    fake.write_bytes(b"ini bukan foto")
    typed = "Saluran sudah kami keruk sepanjang 50 meter. Besok dilanjutkan ke hilir."
    browser_login(page, live_server, DLH_1)
    page.goto(live_server.url + "/pengaduan/1")
    page.get_by_text("Tindak lanjut (TL)").click()
    page.get_by_label("Kemajuan pekerjaan (dikirim ke pelapor)").fill(typed)
    expect(page.locator("#tl").get_by_text("Pilih berkas", exact=True)).to_be_visible()
    expect(page.locator("#tl").get_by_text("Belum ada berkas dipilih")).to_be_visible()
    assert page.locator("#tl-photo").evaluate("input => input.getBoundingClientRect().width") <= 1, \
        "the browser's own control (its words in the browser's language) is not shown"
    page.locator("#tl-photo").set_input_files(str(fake))
    expect(page.locator("#tl").get_by_text("foto.jpg")).to_be_visible()
    page.locator("#tl button[type=submit]").click()
    expect(page.get_by_text("Jenis berkas ini tidak bisa disimpan")).to_be_visible()
    expect(page.get_by_label("Kemajuan pekerjaan (dikirim ke pelapor)")).to_have_value(typed)
    screenshot(page, "tl-berkas-ditolak-teks-tetap")


def test_a_file_over_the_limit_is_stopped_in_the_browser(page, serve, app, people, tmp_path):
    from services import services

    for config in (app.config, services(app).config):
        config["MEDIA_MAX_BYTES"] = 1024 * 1024
    server = serve(app)
    filed_and_forwarded(people)
    large = tmp_path / "besar.jpg"
    large.write_bytes(b"\xff" * (2 * 1024 * 1024))
    browser_login(page, server, DLH_1)
    page.goto(server.url + "/pengaduan/1")
    page.get_by_text("Tindak lanjut (TL)").click()
    expect(page.locator("#tl-photo-hint")).to_contain_text("paling besar 1 MB")
    page.get_by_label("Kemajuan pekerjaan (dikirim ke pelapor)").fill("Truk dikirim besok pagi.")
    page.locator("#tl-photo").set_input_files(str(large))
    message = page.locator("#tl-photo").evaluate("input => input.validationMessage")
    assert "Berkas terlalu besar (paling besar 1 MB)" in message
    page.locator("#tl button[type=submit]").click()
    assert page.url.endswith("/pengaduan/1"), "nothing was sent"
    expect(page.get_by_label("Kemajuan pekerjaan (dikirim ke pelapor)")).to_have_value("Truk dikirim besok pagi.")
    screenshot(page, "tl-berkas-terlalu-besar")


def test_a_pasted_text_over_the_limit_is_refused_whole_not_cut(page, live_server, people, world):
    """The box's `maxlength` cut a pasted 4,200-letter answer to 4,000 without a word: its end was lost unseen."""
    filed_and_forwarded(people)
    pasted = "Saluran sudah kami keruk. " * 161 + "AKHIR"  # 4,191 letters
    browser_login(page, live_server, DLH_1)
    page.goto(live_server.url + "/pengaduan/1")
    page.get_by_text("Tindak lanjut (TL)").click()
    box = page.get_by_label("Kemajuan pekerjaan (dikirim ke pelapor)")
    box.fill(pasted)
    expect(box).to_have_value(pasted)
    expect(page.locator("#tl-text-hint")).to_contain_text("Paling panjang 4.000 karakter.")
    expect(page.locator("#tl-text-hint .count")).to_have_text("4.191 dari 4.000 karakter, kelebihan 191.")
    page.locator("#tl button[type=submit]").click()
    expect(page.get_by_text("Teks paling panjang 4.000 karakter")).to_be_visible()
    expect(page.get_by_label("Kemajuan pekerjaan (dikirim ke pelapor)")).to_have_value(pasted)
    assert complaint(world, 1).status == "belum_ditindaklanjuti", "nothing sent"
    screenshot(page, "tl-teks-terlalu-panjang")


def test_a_template_goes_into_the_action_the_officer_opened(page, live_server, people, world):
    """An officer opened «Tindak lanjut (TL)», picked a template and pressed «Pakai templat»: its text went into
    the final answer (SELESAI), which the box «Untuk» names first, and the TL box they were writing in stayed
    empty. «Untuk» now follows the action opened last; with none open it still says SELESAI."""
    from sqlalchemy import select

    from lapor import answer_templates
    from models import Contact
    from services import services

    filed_and_forwarded(people)
    svc = services(world)
    with svc.session_factory.begin() as session:
        officer = session.scalars(select(Contact).where(Contact.phone == DLH_1)).one()
        answer_templates.save(session, officer, "Dijadwalkan", "Truk dijadwalkan mengangkut besok pagi.",
                              svc.clock())
    browser_login(page, live_server, DLH_1)
    page.goto(live_server.url + "/pengaduan/1")
    expect(page.get_by_label("Untuk", exact=True)).to_have_value("selesai")
    page.locator("summary", has_text="Tindak lanjut (TL)").click()
    expect(page.get_by_label("Untuk", exact=True)).to_have_value("tl")
    page.get_by_role("button", name="Pakai templat").click()
    expect(page.get_by_label("Kemajuan pekerjaan (dikirim ke pelapor)")).to_have_value(
        "Truk dijadwalkan mengangkut besok pagi.")
    expect(page.locator("#selesai-text")).to_have_value("")
    assert page.locator("#selesai").evaluate("fold => fold.open") is False, "the final answer stays closed"
    page.locator("summary", has_text="Tanya pelapor (INFO)").click()
    expect(page.get_by_label("Untuk", exact=True)).to_have_value("info")
    screenshot(page, "templat-untuk-tindakan-dibuka")


def test_a_verifier_takes_back_a_wrong_disposition_on_a_phone(page, live_server, people, world):
    """TARIK on the dashboard at 390 px: the fold under the dispositions, the agency it goes on to picked from the
    directory, a reason, the confirmation step, then the complaint handled by the right agency."""
    file(people["citizen"], description="Jalan berlubang besar di depan pasar Srimangunan, motor sering jatuh")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    page.set_viewport_size({"width": 390, "height": 844})
    browser_login(page, live_server, VERIFIER)
    page.goto(live_server.url + "/pengaduan/1")

    page.get_by_text("Tarik disposisi DLH…").click()
    page.get_by_label("Teruskan ke instansi yang tepat").select_option("PUPR")
    page.get_by_label("Alasan penarikan").fill("Jalan rusak urusan PUPR, bukan sampah")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, "no sideways scrolling on a phone"
    screenshot(page, "tarik-formulir-ponsel")
    page.get_by_role("button", name="Periksa penarikan").click()

    expect(page.get_by_role("heading", name="Tarik disposisi LPR-1 dari DLH?")).to_be_visible()
    expect(page.get_by_text("Jalan rusak urusan PUPR, bukan sampah")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(page, "tarik-konfirmasi-ponsel")
    assert [d.status for d in complaint(world, 1).dispositions] == ["open"], "nothing taken back before the yes"

    page.get_by_role("button", name="Ya, tarik dari DLH").click()
    expect(page.get_by_text("Disposisi LPR-1 ke DLH ditarik")).to_be_visible()
    expect(page.locator("td[data-label=Keadaan]").filter(has_text="Ditarik verifikator")).to_be_visible()
    screenshot(page, "tarik-selesai-ponsel")
    assert sorted((d.agency.code, d.status) for d in complaint(world, 1).dispositions) == [
        ("DLH", "withdrawn"), ("PUPR", "open")]


def test_a_take_back_refused_comes_back_in_its_fold_as_typed_on_a_phone(page, live_server, people, world):
    """Found in review: a reason over 500 characters was refused with «teks Anda masih ada di kolomnya», but the
    fold came back closed and empty and the page stayed at its top; the box now counts as it is typed."""
    file(people["citizen"], description="Jalan berlubang besar di depan pasar Srimangunan, motor sering jatuh")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    page.set_viewport_size({"width": 390, "height": 844})
    browser_login(page, live_server, VERIFIER)
    page.goto(live_server.url + "/pengaduan/1")

    long = "Jalan rusak urusan PUPR, bukan sampah. " * 14
    page.get_by_text("Tarik disposisi DLH…").click()
    page.get_by_label("Teruskan ke instansi yang tepat").select_option("PUPR")
    page.get_by_label("Alasan penarikan").fill(long)
    expect(page.locator("#tarik-DLH-text-hint")).to_contain_text("dari 500 karakter, kelebihan")
    page.get_by_role("button", name="Periksa penarikan").click()

    fold = page.locator("#tarik-DLH")
    expect(fold.get_by_role("alert")).to_contain_text("Teks paling panjang 500 karakter")
    expect(fold.get_by_role("alert")).to_be_in_viewport()
    assert fold.evaluate("fold => fold.open"), "the refused take-back's fold comes back opened"
    expect(page.get_by_label("Alasan penarikan")).to_have_value(long)
    expect(page.get_by_label("Teruskan ke instansi yang tepat")).to_have_value("PUPR")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(page, "tarik-ditolak-ponsel")

    page.get_by_label("Alasan penarikan").fill("Jalan rusak urusan PUPR")
    page.get_by_role("button", name="Periksa penarikan").click()
    expect(page.get_by_role("heading", name="Tarik disposisi LPR-1 dari DLH?")).to_be_visible()
    assert "urusan" not in page.url and "alasan" not in page.url, page.url
    page.get_by_role("button", name="Ya, tarik dari DLH").click()
    expect(page.get_by_text("Disposisi LPR-1 ke DLH ditarik")).to_be_visible()
    assert [d.return_reason for d in complaint(world, 1).dispositions if d.agency.code == "DLH"] == [
        "Jalan rusak urusan PUPR"]
