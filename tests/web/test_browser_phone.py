"""What citizens really send, on a 390 px phone in Chromium: pages never grow wider than the screen."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.media_samples import jpeg_with_exif
from tests.parties import complaint, filed, make_people
from tests.web.conftest import DLH_1, SUPERVISOR, VERIFIER, browser_login, screenshot

MAPS = "https://maps.app.goo.gl/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdef"


def test_a_pasted_maps_link_never_makes_a_page_wider_than_a_phone(page, live_server, world):
    """Citizens paste a Google Maps link as the place (and in the story): one unbroken word that made the complaint
    page 1,034 px wide on a 390 px phone, and the queue 666 px, so every line had to be scrolled sideways."""
    people = make_people(world)
    filed(people["citizen"], description=f"{MAPS} sampah menumpuk di sini sudah seminggu", place=MAPS)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert complaint(world, 1).location_text == MAPS
    page.set_viewport_size({"width": 390, "height": 844})
    for phone in (VERIFIER, DLH_1):
        browser_login(page, live_server, phone)
        for path in ("/", "/?view=semua&q=sampah", "/pengaduan/1"):
            page.goto(live_server.url + path)
            wide = page.evaluate("document.documentElement.scrollWidth")
            assert wide <= 390, (phone, path, wide)
        page.goto(live_server.url + "/keluar")
        page.get_by_role("button", name="Keluar").click()
    browser_login(page, live_server, DLH_1)
    page.goto(live_server.url + "/pengaduan/1")
    screenshot(page, "pengaduan-tautan-peta-ponsel")


def test_the_audit_log_fits_a_phone_one_block_per_entry(page, live_server, world):
    """On a 390 px phone the log's six columns scrolled sideways: «Rincian» (what was forwarded where, the archive's
    reason) and the address were beyond the edge, and each row stood tall around a cut-off table."""
    people = make_people(world)
    filed(people["citizen"], description="Sampah di TPS pasar menumpuk sampai ke jalan sudah seminggu")
    page.set_viewport_size({"width": 390, "height": 844})
    browser_login(page, live_server, VERIFIER)
    page.goto(live_server.url + "/pengaduan/1")
    page.locator("#arsipkan summary").click()
    page.locator("#arsipkan-text").fill("Sudah dilaporkan lewat kanal lain, laporan ganda.")
    page.get_by_role("button", name="Arsipkan laporan").click()
    page.goto(live_server.url + "/audit")
    box = page.locator(".table-wrap")
    assert box.evaluate("b => b.scrollWidth <= b.clientWidth + 1"), "the table scrolls sideways"
    assert page.get_by_text("Geser tabel ke samping").is_hidden()
    assert page.get_by_text("Sudah dilaporkan lewat kanal lain").is_visible()
    # a login's block read «Laporan -» and «Rincian -»: lines saying nothing are left out; the archive's are there
    login, archived = (page.locator("tbody tr").filter(has_text=action) for action in ("Masuk", "Arsipkan"))
    for label in ("Laporan", "Rincian"):
        expect(login.locator(f'td[data-label="{label}"]')).to_be_hidden()
        expect(archived.locator(f'td[data-label="{label}"]')).to_be_visible()
    expect(login.locator('td[data-label="Petugas"]')).to_be_visible()
    screenshot(page, "audit-ponsel")
    # the directory likewise: its «Petugas» column (names and numbers) was cut off at the screen's edge
    page.goto(live_server.url + "/direktori")
    box = page.get_by_role("region", name="Daftar instansi")
    assert box.evaluate("b => b.scrollWidth <= b.clientWidth + 1"), "the directory scrolls sideways"
    assert page.get_by_text("Geser tabel ke samping").is_hidden()
    number = box.get_by_text("0811-0000-0020")
    number.scroll_into_view_if_needed()
    expect(number).to_be_in_viewport(ratio=1)
    screenshot(page, "direktori-ponsel")


def test_a_supervisors_morning_on_a_phone_shows_figures_and_lists_on_the_first_screen(page, live_server, world):
    """A supervisor on a 390 px phone: /kinerja's filter form was the whole first screen, and the list behind a
    figure («Masuk 1») opened six filter boxes above its complaints, two screens down."""
    people = make_people(world)
    filed(people["citizen"], description="Sampah di TPS pasar menumpuk sampai ke jalan sudah seminggu")
    page.set_viewport_size({"width": 390, "height": 844})
    browser_login(page, live_server, SUPERVISOR)
    page.goto(live_server.url + "/kinerja")
    expect(page.locator("a[data-figure]").first).to_be_in_viewport()
    page.locator("a[data-figure]").first.click()
    expect(page.get_by_text("Daftar di balik angka kinerja")).to_be_visible()
    expect(page.locator(".queue-item").first).to_be_in_viewport()
    screenshot(page, "kinerja-daftar-ponsel")


def test_a_long_answer_template_is_folded_on_a_phone(page, live_server, world):
    """One template of 1,874 characters stood whole in /templat's list: some 1,500 px to scroll past at 390 px
    before the next template or the form. It shows its start; «selengkapnya» unfolds it, «ringkas» folds it."""
    from sqlalchemy import select

    from lapor import answer_templates
    from models import Contact
    from services import services
    from tests.web.test_complaint_page import LONG_ANSWER

    svc = services(world)
    with svc.session_factory.begin() as session:
        officer = session.scalars(select(Contact).where(Contact.phone == DLH_1)).one()
        answer_templates.save(session, officer, "Sampah diangkut bertahap", LONG_ANSWER + "Salam, DLH.", svc.clock())
        answer_templates.save(session, officer, "Singkat", "Sampah sudah kami angkut hari ini.", svc.clock())
    page.set_viewport_size({"width": 390, "height": 844})
    browser_login(page, live_server, DLH_1)
    page.goto(live_server.url + "/templat")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    item = page.locator(".queue-item").filter(has_text="Sampah diangkut bertahap")
    screenshot(page, "templat-ponsel")
    assert item.bounding_box()["height"] < 400, item.bounding_box()  # title, start, «Ubah», «Hapus…»
    ending = item.get_by_text("Salam, DLH.")
    expect(ending).to_be_hidden()
    expect(page.get_by_text("Sampah sudah kami angkut hari ini.")).to_be_visible()  # a short one stands whole
    item.get_by_text("selengkapnya").click()
    expect(ending).to_be_visible()
    item.get_by_text("ringkas").click()
    expect(ending).to_be_hidden()


def test_agencies_left_out_of_a_file_are_listed_on_a_phone_before_and_after_applying(page, live_server, tmp_path):
    """An agencies file of two agencies said nothing of the other three on /direktori (the CLI lists them): the
    preview and the directory after applying name them, kept, with their open dispositions
    (screenshots `direktori-tidak-di-berkas-ponsel`, `direktori-diterapkan-ponsel`)."""
    page.set_viewport_size({"width": 390, "height": 844})
    browser_login(page, live_server, VERIFIER)
    page.goto(live_server.url + "/direktori")
    agencies = tmp_path / "instansi.csv"
    agencies.write_text("code,name,aliases,keywords,external\nDLH,Dinas Lingkungan Hidup,,,\n"
                        "PUPR,Dinas Pekerjaan Umum dan Penataan Ruang,,,\n")
    page.get_by_label("Jenis berkas").select_option("agencies")
    page.locator("#berkas").set_input_files(str(agencies))
    page.get_by_role("button", name="Lihat pratinjau").click()
    left_out = page.get_by_role("region", name="3 instansi tidak ada di berkas ini")
    expect(left_out).to_contain_text("tetap seperti sekarang")
    expect(left_out.locator("li")).to_have_text([re.compile(r"^DINKES – Dinas Kesehatan: tidak ada disposisi"),
                                                 re.compile(r"^DINSOS"), re.compile(r"^PLN")])
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(page, "direktori-tidak-di-berkas-ponsel")
    page.get_by_role("button", name="Terapkan perubahan").click()
    expect(page.get_by_text("Direktori instansi diperbarui")).to_be_visible()
    expect(page.get_by_role("region", name="3 instansi tidak ada di berkas ini")).to_be_visible()
    screenshot(page, "direktori-diterapkan-ponsel")


def _stored_photos(world, clock, number: int, how_many: int) -> None:
    """`how_many` photos stored for complaint `number`, as the fetcher leaves them (each its own bytes)."""
    from models import ComplaintMedia, MediaItem

    svc, complaint_id = world.extensions["penghubung"], complaint(world, number).id
    with svc.session_factory.begin() as session:
        for index in range(how_many):
            url, data = f"https://api.twilio.com/foto/{number}/{index}", jpeg_with_exif((640, 480), (20 * index, 90, 9))
            key = svc.media_storage.put(data, "image/jpeg")
            session.add(MediaItem(source_url=url, declared_type="image/jpeg", status="stored", size=len(data),
                                  content_type="image/jpeg", sha256=key, next_attempt_at=clock.now,
                                  created_at=clock.now))
            session.add(ComplaintMedia(complaint_id=complaint_id, url=url, content_type="image/jpeg"))


def test_ten_photos_are_a_grid_above_the_fold_of_the_actions(page, live_server, world, clock):
    """A citizen's album of ten photos stood one under the other at the card's full width, each under its own «Dari
    pelapor»: on a 390 px phone some 2,700 px to scroll before «Disposisi» and the actions. They are a grid of
    thumbnails (each opens the photo) under one «Dari pelapor», a screen at most; a lone photo stays large."""
    people = make_people(world)
    filed(people["citizen"], description="Banjir setinggi lutut di perumahan setiap hujan deras, ini fotonya")
    filed(people["citizen"], description="Sampah di TPS pasar menumpuk sampai ke jalan sudah seminggu")
    _stored_photos(world, clock, 1, 10)
    _stored_photos(world, clock, 2, 1)
    page.set_viewport_size({"width": 390, "height": 844})
    browser_login(page, live_server, VERIFIER)
    page.goto(live_server.url + "/pengaduan/1")
    album = page.get_by_role("region", name="Lampiran")
    photos = album.get_by_role("img")
    expect(photos).to_have_count(10)
    assert album.bounding_box()["height"] <= 844, album.bounding_box()
    expect(album.get_by_text("Dari pelapor")).to_have_count(1)
    for index in range(10):
        box = photos.nth(index).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390 and box["width"] >= 80, (index, box)
    assert photos.nth(9).evaluate("img => img.closest('a').href").startswith(live_server.url + "/media/")
    screenshot(page, "pengaduan-sepuluh-foto-ponsel")
    page.goto(live_server.url + "/pengaduan/2")
    assert page.get_by_role("region", name="Lampiran").get_by_role("img").bounding_box()["width"] >= 280
