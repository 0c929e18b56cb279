"""The queue and the complaint page in a real headless Chromium, against the app served on a loopback port and
sending WhatsApp through the real Twilio client to a fake Twilio: a verifier dispositions a complaint, the officer
hears of it on WhatsApp, answers SELESAI with a photo, and the citizen gets the answer. Screenshots go to
artifacts/screenshots/."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import app_through_twilio
from tests.media_samples import jpeg_with_exif
from tests.parties import CITIZEN, file, filed_and_forwarded, make_people, shows_number
from tests.web.conftest import CODE_IN_MESSAGE, DLH_1, PUPR_1, SUPERVISOR, VERIFIER, browser_login, screenshot

PHONE = {"width": 360, "height": 740}


@pytest.fixture
def fake(media_fake):
    return media_fake


@pytest.fixture
def app(make_app, fake):
    return app_through_twilio(make_app, fake)


def whatsapp_to(server, fake, phone: str) -> list[dict]:
    """What the fake Twilio received for `phone` (the outbox is run first)."""
    server.deliver()
    return [m for m in fake.messages if m["to"] == f"whatsapp:{phone}"]


def log_in(page, server, fake, phone: str) -> None:
    """Log in as a person does: the number, then the code that came on WhatsApp (to the fake Twilio). The first
    test's verifier only: the other logins are `browser_login`'s cookie (the code's journey is tested once)."""
    page.goto(server.url + "/masuk")
    page.get_by_label("Nomor WhatsApp").fill(phone)
    page.get_by_role("button", name="Kirim kode").click()
    expect(page.get_by_label("Kode 6 angka")).to_be_visible()
    codes = [found.group(1) for m in whatsapp_to(server, fake, phone)
             if (found := CODE_IN_MESSAGE.search(m["body"] or str(m.get("content_variables"))))]
    page.get_by_label("Kode 6 angka").fill(codes[-1])
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(lambda url: "/masuk" not in url)


def log_out(page) -> None:
    page.get_by_role("link", name="Keluar").click()
    page.get_by_role("button", name="Keluar").click()
    expect(page.get_by_text("Anda sudah keluar.")).to_be_visible()


def test_disposition_on_the_web_and_selesai_with_a_photo_reach_whatsapp(page, serve, app, world, fake, tmp_path):
    people = make_people(world)
    file(people["citizen"])  # with a photo
    server = serve(app)

    log_in(page, server, fake, VERIFIER)
    item = page.get_by_role("link", name=re.compile("LPR-1"))
    expect(item).to_be_visible()
    expect(page.get_by_text("Saran instansi:")).to_be_visible()
    screenshot(page, "antrean-verifikator")
    item.click()
    expect(page.get_by_role("heading", name=re.compile("LPR-1"))).to_be_visible()
    photo = page.get_by_role("img", name=re.compile("Foto 1"))
    expect(photo).to_be_visible()
    photo.scroll_into_view_if_needed()
    loaded = photo.evaluate("img => img.complete ? img.naturalWidth : new Promise(done => {"
                            " img.onload = () => done(img.naturalWidth); img.onerror = () => done(0); })")
    assert loaded > 0, "the photo is shown, not just linked"
    screenshot(page, "pengaduan-verifikator")
    page.get_by_role("checkbox", name=re.compile("DLH")).check()
    page.get_by_role("button", name="Teruskan").click()
    expect(page.get_by_text("diteruskan ke Dinas Lingkungan Hidup")).to_be_visible()
    notices = [m["body"] for m in whatsapp_to(server, fake, DLH_1)]
    assert any("Disposisi baru LPR-1" in body for body in notices), notices
    log_out(page)

    browser_login(page, server, DLH_1)
    page.get_by_role("link", name=re.compile("LPR-1")).click()
    page.get_by_text("Jawaban akhir (SELESAI)").click()
    answer = page.locator("#selesai")
    answer.get_by_label("Jawaban akhir (dikirim ke pelapor)").fill("Sampah sudah diangkut petugas pagi ini.")
    picture = tmp_path / "bukti.jpg"
    picture.write_bytes(jpeg_with_exif())
    answer.get_by_label("Foto atau dokumen").set_input_files(str(picture))
    screenshot(page, "pengaduan-petugas-selesai")
    answer.get_by_role("button", name="Kirim jawaban akhir").click()
    expect(page.get_by_text("Jawaban akhir LPR-1 tercatat")).to_be_visible()
    expect(page.get_by_text("Selesai").first).to_be_visible()
    screenshot(page, "pengaduan-selesai")
    to_citizen = whatsapp_to(server, fake, CITIZEN)
    answered = [m for m in to_citizen if "Sampah sudah diangkut petugas pagi ini." in (m["body"] or "")]
    assert answered, [m["body"] for m in to_citizen]
    assert any("/media/" in url for m in to_citizen for url in m["media_urls"]), "the officer's photo went too"


def test_an_officer_cannot_open_another_agencys_complaint(page, serve, app, world, fake):
    people = make_people(world)
    filed_and_forwarded(people)
    server = serve(app)
    browser_login(page, server, PUPR_1)
    expect(page.get_by_role("link", name=re.compile("LPR-1"))).to_have_count(0)
    response = page.goto(server.url + "/pengaduan/1")
    assert response.status == 404
    expect(page.get_by_role("heading", name="Tidak ditemukan")).to_be_visible()
    expect(page.get_by_text("Sampah di TPS")).to_have_count(0)
    screenshot(page, "pengaduan-instansi-lain-404")


def test_a_supervisor_never_sees_an_anonim_reporter(page, serve, app, world, fake):
    people = make_people(world)
    file(people["citizen"], privacy="3")
    server = serve(app)
    page.set_viewport_size(PHONE)
    browser_login(page, server, SUPERVISOR)
    page.goto(server.url + "/?view=semua")
    # the downloads and their Excel hint stood above the list: not one complaint on a phone's first screen
    expect(page.locator(".queue-item").first).to_be_in_viewport()
    screenshot(page, "antrean-pimpinan-ponsel")
    page.get_by_role("link", name=re.compile("LPR-1")).click()
    expect(page.get_by_text("identitas pelapor dirahasiakan")).to_be_visible()
    content = page.content()
    assert "Siti Rahma" not in content and not shows_number(content, CITIZEN)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1, "no sideways scrolling"
    screenshot(page, "pengaduan-anonim-pimpinan-ponsel")


def test_the_dispositions_deadline_and_days_left_are_readable_on_a_phone(page, serve, app, world, fake):
    people = make_people(world)
    filed_and_forwarded(people)
    server = serve(app)
    page.set_viewport_size({"width": 390, "height": 844})
    browser_login(page, server, DLH_1)
    page.goto(server.url + "/pengaduan/1")
    section = page.locator("section[aria-labelledby=disposisi-h]")
    for label in ("Batas", "Sisa"):
        cell = section.locator(f"td[data-label={label}]")
        expect(cell).to_be_visible()
        box = cell.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390, f"{label} lies off the screen: {box}"
    assert "hari kerja lagi" in section.inner_text() and "Batas" in section.inner_text()
    section.scroll_into_view_if_needed()
    screenshot(page, "pengaduan-disposisi-ponsel")
