"""A text box's limit counted as it is typed, in Chromium, the same way the server counts it (web.WithinLength):
every character once, an emoji (two UTF-16 units in JavaScript's `length`) once, a line break (CRLF when sent)
once. The boxes said only «Paling panjang 2.000 huruf»: a writer learned the count after sending."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.parties import filed_and_forwarded, make_people
from tests.web.conftest import DLH_1, browser_login, screenshot

AT_LIMIT = "Sampah sdh diangkut 🙏\n" * 90 + "x" * 20  # 22 × 90 + 20 = 2,000 characters; JavaScript's length 2,090


def test_the_template_box_counts_as_the_server_does(page, live_server, world):
    browser_login(page, live_server, DLH_1)
    page.goto(live_server.url + "/templat")
    page.get_by_label("Judul").fill("Sudah diangkut")
    box = page.get_by_label("Teks")
    box.fill(AT_LIMIT)
    counter = page.locator("#body-hint .count")
    expect(counter).to_have_text("2.000 dari 2.000 karakter.")
    screenshot(page, "templat-hitung")
    page.get_by_role("button", name="Simpan").click()
    expect(page.locator(".queue-item strong", has_text="Sudah diangkut")).to_be_visible()
    expect(page.get_by_text("kelebihan")).to_have_count(0)  # kept: the server counted 2,000 too
    page.get_by_label("Judul").fill("Kedua")
    page.get_by_label("Teks").fill(AT_LIMIT + "🙏")
    expect(page.locator("#body-hint .count")).to_have_text("2.001 dari 2.000 karakter, kelebihan 1.")
    expect(page.locator("#body-hint .count")).to_have_class("count over")
    page.get_by_role("button", name="Simpan").click()
    expect(page.get_by_text("teks ini 2.001 karakter, kelebihan 1")).to_be_visible()


def test_the_answer_box_on_a_complaints_page_counts_too(page, live_server, people, world):
    filed_and_forwarded(make_people(world))
    browser_login(page, live_server, DLH_1)
    page.goto(live_server.url + "/pengaduan/1")
    page.get_by_text("Tindak lanjut (TL)").click()
    page.get_by_label("Kemajuan pekerjaan (dikirim ke pelapor)").fill("Tim 🚧 berangkat\nbesok")
    expect(page.locator("#tl-text-hint .count")).to_have_text("21 dari 4.000 karakter.")
