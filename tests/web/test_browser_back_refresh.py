"""Back and Refresh after the complaint page's actions in a real headless Chromium: every action answers with a
redirect (Post/Redirect/Get), so the browser never shows its "Confirm form resubmission" page (ERR_CACHE_MISS)
and never offers to send a form twice. Screenshots go to artifacts/screenshots/."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.parties import complaint, file, filed_and_forwarded, make_people
from tests.web.conftest import DLH_1, VERIFIER, browser_login, screenshot


@pytest.fixture
def people(world):
    return make_people(world)


def test_back_after_a_confirmed_merge_shows_a_page_not_a_resubmit_prompt(page, live_server, people, world):
    file(people["citizen"], description="Saluran air tersumbat sampah di Jl. Melati, banjir tiap hujan deras")
    file(people["citizen2"], description="Jalan berlubang besar di depan pasar Srimangunan, motor sering jatuh")
    browser_login(page, live_server, VERIFIER)
    page.goto(live_server.url + "/pengaduan/2")
    page.get_by_text("Gabungkan duplikat").click()
    page.get_by_label("Ketik nomor laporan induk").fill("lpr 1")
    page.get_by_role("button", name="Periksa penggabungan").click()
    expect(page.get_by_role("heading", name="Gabungkan LPR-2 ke LPR-1?")).to_be_visible()
    page.reload()  # Refresh on the confirmation: the same page, nothing asked, nothing merged
    expect(page.get_by_role("heading", name="Gabungkan LPR-2 ke LPR-1?")).to_be_visible()
    assert complaint(world, 2).parent_id is None
    page.get_by_role("button", name="Ya, gabungkan LPR-2 ke LPR-1").click()
    expect(page.get_by_text("LPR-2 digabung ke LPR-1")).to_be_visible()

    page.go_back()  # raised net::ERR_CACHE_MISS: the confirmation was the answer to a POST
    expect(page.get_by_role("heading", name="LPR-2 ·")).to_be_visible()
    expect(page.get_by_text("LPR-2 sudah digabung ke LPR-1; tidak ada yang diubah.")).to_be_visible()
    screenshot(page, "gabung-kembali")
    assert complaint(world, 2).parent_id == complaint(world, 1).id


def test_back_and_refresh_after_a_refused_then_sent_answer(page, live_server, people, world):
    filed_and_forwarded(people)
    browser_login(page, live_server, DLH_1)
    page.goto(live_server.url + "/pengaduan/1")
    page.get_by_text("Tindak lanjut (TL)").click()
    box = page.get_by_label("Kemajuan pekerjaan (dikirim ke pelapor)")
    box.fill("123")
    page.locator("#tl button[type=submit]").click()
    expect(page.get_by_text("Isi teksnya dahulu")).to_be_visible()

    page.reload()  # Refresh on the refusal: the reason and the text stay, nothing is resent
    expect(page.get_by_text("Isi teksnya dahulu")).to_be_visible()
    expect(box).to_have_value("123")
    box.fill("Truk sampah dijadwalkan besok pagi.")
    page.locator("#tl button[type=submit]").click()
    expect(page.get_by_text("Tindak lanjut LPR-1 tercatat")).to_be_visible()

    page.go_back()  # raised net::ERR_CACHE_MISS: the refusal was the answer to a POST
    expect(page.get_by_role("heading", name="LPR-1 ·")).to_be_visible()
    expect(page.get_by_text("Isi teksnya dahulu")).to_have_count(0)
    screenshot(page, "tl-kembali-setelah-terkirim")
    assert sum(e.event == "tindak_lanjut" for e in complaint(world, 1).timeline) == 1


def test_back_after_a_login_with_a_wrong_code_on_a_phone(page, live_server, people):
    """On a phone: a short number, then the right one; a wrong code, then the whole WhatsApp message pasted (the
    one-line box drops its line break). Back afterwards asked to resend the wrong code's form."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/masuk")
    page.get_by_label("Nomor WhatsApp").fill("0811-0000")
    page.get_by_role("button", name="Kirim kode").click()
    expect(page.get_by_text("Nomor tidak dikenali sebagai nomor telepon")).to_be_visible()
    expect(page.get_by_label("Nomor WhatsApp")).to_have_value("0811-0000")
    page.get_by_label("Nomor WhatsApp").fill("0811-0000-0020")
    page.get_by_role("button", name="Kirim kode").click()
    expect(page.get_by_text("Bila nomor 0811-0000-0020 terdaftar")).to_be_visible()
    page.get_by_label("Kode 6 angka").fill("000000")
    page.get_by_role("button", name="Masuk").click()
    expect(page.get_by_text("Kode salah atau sudah tidak berlaku")).to_be_visible()
    message = live_server.whatsapp_to(DLH_1)[-1]
    page.get_by_label("Kode 6 angka").fill(message)
    screenshot(page, "masuk-kode-pesan-ditempel-ponsel")
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(live_server.url + "/")

    page.go_back()  # raised net::ERR_CACHE_MISS: the wrong code's page was the answer to a POST
    page.wait_for_url(lambda url: "/masuk" not in url)  # logged in: the login pages lead to the queue
    expect(page.get_by_role("link", name="Keluar")).to_be_visible()


def test_on_a_phone_the_reason_of_a_refusal_is_beside_the_form(page, live_server, people):
    """The refused page scrolls to the action's form; the reason was only at the top, off-screen on a phone."""
    filed_and_forwarded(people)
    page.set_viewport_size({"width": 390, "height": 844})
    browser_login(page, live_server, DLH_1)
    page.goto(live_server.url + "/pengaduan/1")
    page.get_by_text("Tindak lanjut (TL)").click()
    page.get_by_label("Kemajuan pekerjaan (dikirim ke pelapor)").fill("123")
    page.locator("#tl button[type=submit]").click()
    expect(page.locator("#tl").get_by_text("Isi teksnya dahulu")).to_be_in_viewport()
    expect(page.get_by_label("Kemajuan pekerjaan (dikirim ke pelapor)")).to_have_value("123")
    screenshot(page, "tl-ditolak-alasan-di-samping-ponsel")


@pytest.mark.browser_context_args(locale="en-US")
def test_refresh_and_back_on_a_refused_template_and_on_a_directory_preview(page, live_server, people, tmp_path):
    """A refused answer template (a title already used) and a directory file's preview answered straight from
    their POST: Refresh asked to resend the form (the file, again) and Back after saving showed the browser's
    resubmit page."""
    page.set_viewport_size({"width": 390, "height": 844})
    browser_login(page, live_server, DLH_1)
    page.goto(live_server.url + "/templat")
    page.get_by_label("Judul").fill("Sampah diangkut")
    page.get_by_role("button", name="Simpan").click()  # the text forgotten: the browser's English bubble said so
    expect(page.get_by_text("Isi teks templat.")).to_be_visible()
    expect(page.get_by_label("Judul")).to_have_value("Sampah diangkut")
    for body in ("Sampah sudah kami angkut hari ini.", "Truk datang besok pagi."):  # the second: a title taken
        page.get_by_label("Judul").fill("Sampah diangkut")
        page.get_by_label("Teks jawaban").fill(body)
        page.get_by_role("button", name="Simpan").click()
    expect(page.get_by_text("sudah dipakai")).to_be_visible()
    page.reload()  # Refresh on the refusal: the reason and the text stay, nothing is resent
    expect(page.get_by_text("sudah dipakai")).to_be_visible()
    expect(page.get_by_label("Teks jawaban")).to_have_value("Truk datang besok pagi.")
    screenshot(page, "templat-ditolak-ponsel")
    page.get_by_label("Judul").fill("Truk dijadwalkan")
    page.get_by_role("button", name="Simpan").click()
    expect(page.get_by_text('Templat "Truk dijadwalkan" tersimpan.')).to_be_visible()
    page.go_back()  # raised net::ERR_CACHE_MISS: the refusal was the answer to a POST
    expect(page.get_by_role("heading", name="Templat jawaban DLH")).to_be_visible()
    expect(page.get_by_text("sudah dipakai")).to_have_count(0)

    page.goto(live_server.url + "/keluar")
    page.get_by_role("button", name="Keluar").click()
    browser_login(page, live_server, VERIFIER)
    page.goto(live_server.url + "/direktori")
    csv_file = tmp_path / "petugas.csv"
    csv_file.write_text("phone,name,role,agency\n081100000001,Rina,verifier,\n081100000002,Sekda,supervisor,\n"
                        "081100000020,Dewi,officer,DLH\n081100000022,Eko,officer,DLH\n081100000021,Yusuf,head,DLH\n"
                        "081100000010,Budi,officer,PUPR\n081100000099,Rudi,officer,DLH\n")
    page.get_by_label("Jenis berkas").select_option("staff")
    page.locator("#berkas").set_input_files(str(csv_file))
    page.get_by_role("button", name="Lihat pratinjau").click()
    expect(page.get_by_role("heading", name="Pratinjau berkas petugas")).to_be_visible()
    page.reload()  # Refresh on the preview: the same preview, no file asked for again
    expect(page.get_by_role("cell", name="Rudi")).to_be_visible()
    table = page.get_by_role("region", name="Perubahan dari berkas")  # wider than a phone: a scroll box, said so
    expect(page.get_by_text("Geser tabel ke samping")).to_be_visible()
    table.focus()  # reachable with Tab: the keyboard scrolls it (the columns past "Nama" were out of reach)
    page.keyboard.press("ArrowRight")
    for _ in range(50):  # polled from here: the page's CSP refuses the string `wait_for_function` evaluates
        if page.evaluate("document.querySelector('.table-wrap').scrollLeft") > 0:
            break
        page.wait_for_timeout(100)
    assert page.evaluate("document.querySelector('.table-wrap').scrollLeft") > 0
    screenshot(page, "direktori-pratinjau-ponsel")
    page.get_by_role("button", name="Terapkan perubahan").click()
    expect(page.get_by_text("Direktori petugas diperbarui: 1 baru")).to_be_visible()
    page.go_back()  # the preview was the answer to the upload's POST
    expect(page.get_by_role("heading", name="Direktori instansi dan petugas")).to_be_visible()
    expect(page.get_by_text("Berkas ini sudah diterapkan tadi")).to_be_visible()


@pytest.mark.parametrize("app_options", [{"WEB_SESSION_IDLE_HOURS": 3 / 3600}])  # 3 seconds of real time
def test_after_an_idle_end_in_a_real_browser_the_typed_answer_is_back_after_logging_in(page, serve, make_app,
                                                                                        world, clock, app_options):
    """The browser drops a cookie when it expires, by its own clock. The cookie lived exactly as long as the idle
    time, so after a night away it was gone with its token and its CSRF token: the answer typed before was only
    shown to copy, and the login page asked to "masuk dahulu" as if for a stranger. The cookie now outlives the
    idle time (the server ends the session), so the answer is kept and is back in its box after logging in."""
    import time

    people = make_people(world)
    filed_and_forwarded(people)
    server = serve(make_app(**app_options))
    browser_login(page, server, DLH_1)
    page.goto(server.url + "/pengaduan/1")
    page.get_by_text("Jawaban akhir (SELESAI)").click()
    box = page.get_by_label("Jawaban akhir (dikirim ke pelapor)")
    box.fill("Sampah sudah diangkut tadi pagi.")
    time.sleep(3.5)  # the browser's clock: past the idle time
    clock.advance(hours=1)  # the server's clock: the session's row ends at the next request
    page.locator("#selesai button[type=submit]").click()
    expect(page.get_by_role("heading", name="Sesi berakhir")).to_be_visible()
    page.get_by_role("link", name="Masuk lagi, lalu kembali ke LPR-1").click()
    page.get_by_label("Nomor WhatsApp").fill(DLH_1)
    page.get_by_role("button", name="Kirim kode").click()
    page.get_by_label("Kode 6 angka").fill(server.code_for(DLH_1))
    page.get_by_role("button", name="Masuk").click()
    expect(page.get_by_text("ada lagi di kolomnya; belum ada yang dikirim")).to_be_visible()
    expect(box).to_have_value("Sampah sudah diangkut tadi pagi.")
    assert complaint(world, 1).status == "belum_ditindaklanjuti", "nothing was sent"


def test_deleting_a_template_asks_first(page, live_server, people):
    """«Hapus» beside each template deleted it at the first tap (a slip of the thumb while scrolling on a phone),
    for every officer of the agency."""
    page.set_viewport_size({"width": 390, "height": 844})
    browser_login(page, live_server, DLH_1)
    page.goto(live_server.url + "/templat")
    page.get_by_label("Judul").fill("Sampah diangkut")
    page.get_by_label("Teks jawaban").fill("Sampah sudah kami angkut hari ini.")
    page.get_by_role("button", name="Simpan").click()
    page.get_by_text(re.compile(r"^Hapus")).click()  # the first tap only asks
    expect(page.get_by_text("Sampah sudah kami angkut hari ini.")).to_be_visible()
    confirm = page.get_by_role("button", name="Ya, hapus “Sampah diangkut”")
    expect(confirm).to_be_visible()
    screenshot(page, "templat-hapus-tanya-ponsel")
    confirm.click()
    expect(page.get_by_text('Templat "Sampah diangkut" dihapus.')).to_be_visible()
    expect(page.get_by_text("Belum ada templat.")).to_be_visible()


def test_an_expired_template_form_keeps_the_text_and_refresh_never_resends_it(page, live_server, people):
    """An expired token on /templat answered the 400 page from the POST: the text was gone, Refresh posted again."""
    page.set_viewport_size({"width": 390, "height": 844})
    browser_login(page, live_server, DLH_1)
    page.goto(live_server.url + "/templat")
    page.get_by_label("Judul").fill("Truk dijadwalkan")
    page.get_by_label("Teks jawaban").fill("Truk sampah kami jadwalkan datang besok pagi.")
    page.evaluate("document.querySelectorAll('input[name=csrf_token]').forEach(i => i.value = 'kedaluwarsa')")
    page.get_by_role("button", name="Simpan").click()
    expect(page.get_by_text("Formulir ini sudah kedaluwarsa")).to_be_visible()
    page.reload()  # a GET: no resubmit prompt, the text still in its box
    expect(page.get_by_label("Teks jawaban")).to_have_value("Truk sampah kami jadwalkan datang besok pagi.")
    screenshot(page, "templat-kedaluwarsa-ponsel")
    page.get_by_role("button", name="Simpan").click()
    expect(page.get_by_text('Templat "Truk dijadwalkan" tersimpan.')).to_be_visible()
