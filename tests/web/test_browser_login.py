"""The login journey in a real headless Chromium against the app served on a loopback port: the code comes from
the console transport, as a staff member's phone would get it; keyboard only and a phone-sized screen work; CSRF
and the rate limits hold in the browser too. Screenshots go to artifacts/screenshots/."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.web.conftest import DLH_1, SUPERVISOR, VERIFIER, browser_login, pair_problems, screenshot

PHONE = {"width": 360, "height": 740}


def test_log_in_with_the_whatsapp_code_see_the_home_page_and_log_out(page, live_server):
    page.goto(live_server.url + "/")
    expect(page).to_have_url(re.compile(r"/masuk\?next=%2F$"))
    expect(page.get_by_role("heading", name="Masuk ke dasbor")).to_be_visible()
    screenshot(page, "masuk")
    page.get_by_label("Nomor WhatsApp").fill("0811 0000 0001")
    page.get_by_role("button", name="Kirim kode").click()
    expect(page.get_by_role("heading", name="Masukkan kode")).to_be_visible()
    screenshot(page, "masuk-kode")
    code = live_server.code_for(VERIFIER)
    page.get_by_label("Kode 6 angka").fill(code)
    page.get_by_role("button", name="Masuk").click()
    expect(page).to_have_url(live_server.url + "/")
    expect(page.get_by_role("heading", name="Antrean")).to_be_visible()
    expect(page.get_by_text("Rina", exact=False).first).to_be_visible()
    screenshot(page, "beranda-verifikator")
    page.get_by_role("link", name="Keluar").click()
    page.get_by_role("button", name="Keluar").click()
    expect(page.get_by_text("Anda sudah keluar.")).to_be_visible()
    page.goto(live_server.url + "/")
    expect(page).to_have_url(re.compile(r"/masuk"))


def test_a_wrong_code_is_explained_next_to_the_field(page, live_server):
    page.goto(live_server.url + "/masuk")
    page.get_by_label("Nomor WhatsApp").fill(DLH_1)
    page.get_by_role("button", name="Kirim kode").click()
    page.get_by_label("Kode 6 angka").fill("000000" if live_server.code_for(DLH_1) != "000000" else "111111")
    page.get_by_role("button", name="Masuk").click()
    field = page.get_by_label("Kode 6 angka")
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_role("alert")).to_contain_text("Kode salah atau sudah tidak berlaku")
    screenshot(page, "masuk-kode-salah")


def test_the_whole_login_works_with_the_keyboard_alone(page, live_server):
    page.goto(live_server.url + "/masuk")
    expect(page.get_by_label("Nomor WhatsApp")).to_be_focused()  # the field is ready to type in
    page.keyboard.type(SUPERVISOR)
    page.keyboard.press("Enter")
    expect(page.get_by_label("Kode 6 angka")).to_be_focused()
    page.keyboard.type(live_server.code_for(SUPERVISOR))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Antrean")).to_be_visible()
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Lewati ke isi")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()


def test_the_pages_fit_a_phone_screen(page, live_server):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/masuk")
    screenshot(page, "masuk-ponsel")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    browser_login(page, live_server, DLH_1)
    screenshot(page, "beranda-ponsel")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    box = page.get_by_role("link", name="Keluar").bounding_box()
    assert box["x"] + box["width"] <= PHONE["width"]


def test_a_form_with_a_forged_csrf_token_is_refused_and_the_session_stays(page, live_server):
    browser_login(page, live_server, VERIFIER)
    page.goto(live_server.url + "/keluar")
    page.evaluate("document.querySelector('input[name=csrf_token]').value = 'palsu'")
    page.get_by_role("button", name="Keluar").click()
    # refused: back to the confirmation (a redirect, so Refresh never posts it again), saying why
    expect(page.get_by_text("Formulir ini sudah kedaluwarsa, jadi Anda belum keluar.")).to_be_visible()
    expect(page.get_by_role("heading", name="Keluar dari dasbor?")).to_be_visible()
    screenshot(page, "csrf-ditolak")
    page.goto(live_server.url + "/")
    expect(page.get_by_role("heading", name="Antrean")).to_be_visible()  # not logged out by the forged form


def test_another_site_cannot_log_a_staff_member_out(page, live_server):
    browser_login(page, live_server, VERIFIER)
    page.set_content(f'<form method="post" action="{live_server.url}/keluar"><button>Klik</button></form>')
    page.get_by_role("button", name="Klik").click()
    page.goto(live_server.url + "/")
    expect(page.get_by_role("heading", name="Antrean")).to_be_visible()


def test_asking_for_codes_again_and_again_is_stopped(page, live_server):
    for _ in range(3):
        page.goto(live_server.url + "/masuk")
        page.get_by_label("Nomor WhatsApp").fill(DLH_1)
        page.get_by_role("button", name="Kirim kode").click()
        expect(page.get_by_role("heading", name="Masukkan kode")).to_be_visible()
    page.goto(live_server.url + "/masuk")
    page.get_by_label("Nomor WhatsApp").fill(DLH_1)
    page.get_by_role("button", name="Kirim kode").click()
    expect(page.get_by_role("heading", name="Terlalu banyak percobaan")).to_be_visible()
    screenshot(page, "terlalu-sering")
    # Nothing more went out: of the three codes asked before the outbox ran, only the newest (the one that works)
    assert len([body for body in live_server.whatsapp_to(DLH_1) if "Kode masuk" in body]) == 1


def test_an_officer_is_refused_the_audit_log(page, live_server):
    browser_login(page, live_server, DLH_1)
    expect(page.get_by_role("link", name="Log audit")).to_have_count(0)
    page.goto(live_server.url + "/audit")
    expect(page.get_by_role("heading", name="Tidak berhak")).to_be_visible()


def test_a_verifier_reads_and_forwards_a_complaint_on_a_390_px_phone(page, live_server, world):
    from tests.parties import make_people

    make_people(world)["citizen"].file(description="Sampah di TPS pasar Srimangunan menumpuk sampai ke jalan",
                                        place="Pasar Srimangunan, Kec. Sampang", photo=None, privacy="1")
    page.set_viewport_size({"width": 390, "height": 844})
    browser_login(page, live_server, VERIFIER)
    page.goto(live_server.url + "/pengaduan/1")
    expect(page.get_by_role("button", name="Teruskan")).to_be_visible()
    for action in ("Tanya pelapor (TUNDA)", "Arsipkan", "Gabungkan duplikat"):
        expect(page.get_by_text(action, exact=True)).to_be_visible()
    screenshot(page, "pengaduan-verifikator-ponsel")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_the_two_buttons_of_the_still_logged_in_and_logout_pages_stand_apart_on_a_390_px_phone(page, live_server):
    """At 390 px «Keluar, lalu masuk dengan …» and «Lanjut sebagai Dewi» wrapped one under the other with no space
    between them: two touch targets that read as one block (screenshots `masih-masuk-ponsel`, `keluar-ponsel`)."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/masuk")  # a login tab left open, then Dewi logs in in another
    browser_login(page.context.new_page(), live_server, DLH_1)
    page.get_by_label("Nomor WhatsApp").fill("0811-0000-0021")
    page.get_by_role("button", name="Kirim kode").click()
    expect(page.get_by_role("heading", name="Anda masih masuk sebagai Dewi")).to_be_visible()
    leave = page.get_by_role("button", name=re.compile("^Keluar, lalu masuk"))
    stay = page.get_by_role("link", name="Lanjut sebagai Dewi")
    screenshot(page, "masih-masuk-ponsel")
    assert not pair_problems(page, leave, stay)
    page.goto(live_server.url + "/keluar")
    leave = page.get_by_role("button", name="Keluar")
    cancel = page.get_by_role("link", name="Batal")
    screenshot(page, "keluar-ponsel")
    assert not pair_problems(page, leave, cancel)


def test_chromium_builds_none_of_the_omnibox_popups_a_headless_window_never_shows(page):
    """Headless, the full Chromium built its omnibox's two popups as WebUI pages, each in a renderer of its own,
    for every test's window: 1.3 s of Chromium's CPU a test (tests/web/conftest.py's OMNIBOX_WEBUI turns them
    off; a Chromium that renames the features brings them back)."""
    page.goto("data:text/html,<title>kosong</title>")
    targets = page.context.browser.new_browser_cdp_session().send("Target.getTargets")["targetInfos"]
    assert [target["url"] for target in targets if target["type"] == "browser_ui"] == []


def test_the_code_pages_three_choices_are_thumb_sized_on_a_phone(page, live_server):
    """«Masuk», «Kirim kode baru ke …» and «Ganti nomor» one under another on a 390 px phone: «Ganti nomor» was a
    19 px line of text under the buttons (a person whose code went to a mistyped number taps it first)."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/masuk")
    page.get_by_label("Nomor WhatsApp").fill("0811-0000-0020")
    page.get_by_role("button", name="Kirim kode").click()
    enter = page.get_by_role("button", name="Masuk", exact=True)
    again = page.get_by_role("button", name=re.compile("^Kirim kode baru"))
    other = page.get_by_role("link", name="Ganti nomor")
    screenshot(page, "kode-ponsel")
    assert pair_problems(page, enter, again) + pair_problems(page, again, other) == []
