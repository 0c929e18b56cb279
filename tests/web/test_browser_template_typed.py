"""«Pakai templat» on the complaint page in Chromium: a template goes in where the officer's cursor is (or after
their text), never over what they had typed; a template picked and left untouched gives way to another one."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from lapor import answer_templates
from models import Contact
from services import services
from tests.parties import filed_and_forwarded, make_people
from tests.web.conftest import DLH_1, browser_login, screenshot

SCHEDULED = "Truk dijadwalkan mengangkut besok pagi."
DONE = "Sampah sudah kami angkut hari ini."
TL_BOX = "Kemajuan pekerjaan (dikirim ke pelapor)"


@pytest.fixture
def complaint_page(page, live_server, world):
    """LPR-1 forwarded to DLH, DLH's two templates, the officer on its page with «Tindak lanjut (TL)» open."""
    filed_and_forwarded(make_people(world))
    svc = services(world)
    with svc.session_factory.begin() as session:
        officer = session.scalars(select(Contact).where(Contact.phone == DLH_1)).one()
        answer_templates.save(session, officer, "Dijadwalkan", SCHEDULED, svc.clock())
        answer_templates.save(session, officer, "Sudah diangkut", DONE, svc.clock())
    browser_login(page, live_server, DLH_1)
    page.goto(live_server.url + "/pengaduan/1")
    page.locator("summary", has_text="Tindak lanjut (TL)").click()
    return page


def use(page, title: str) -> None:
    page.get_by_label("Templat jawaban DLH").select_option(label=title)
    page.get_by_role("button", name="Pakai templat").click()


def test_a_template_goes_after_the_text_the_officer_typed(complaint_page):
    page = complaint_page
    box = page.get_by_label(TL_BOX)
    box.press_sequentially("Yth. Bapak, terima kasih atas laporannya.")
    use(page, "Dijadwalkan")
    expect(box).to_have_value(f"Yth. Bapak, terima kasih atas laporannya.\n{SCHEDULED}")
    expect(box).to_be_focused()
    page.keyboard.type(" Salam, DLH.")  # the cursor stands after the template: typing goes on from there
    expect(box).to_have_value(f"Yth. Bapak, terima kasih atas laporannya.\n{SCHEDULED} Salam, DLH.")
    screenshot(page, "templat-setelah-teks-diketik")


def test_a_template_goes_in_at_the_cursor_between_typed_lines(complaint_page):
    page = complaint_page
    box = page.get_by_label(TL_BOX)
    box.fill("Yth. Bapak/Ibu,\n\nSalam, DLH.")
    box.evaluate("b => b.setSelectionRange(17, 17)")  # the empty line between greeting and closing
    use(page, "Dijadwalkan")
    expect(box).to_have_value(f"Yth. Bapak/Ibu,\n\n{SCHEDULED}\nSalam, DLH.")


def test_typed_words_selected_are_what_the_template_replaces(complaint_page):
    page = complaint_page
    box = page.get_by_label(TL_BOX)
    box.fill("Yth. Bapak, [isi] Salam.")
    box.evaluate("b => b.setSelectionRange(12, 17)")  # «[isi]» selected
    use(page, "Dijadwalkan")
    expect(box).to_have_value(f"Yth. Bapak, {SCHEDULED} Salam.")


def test_an_untouched_template_gives_way_to_another(complaint_page):
    page = complaint_page
    box = page.get_by_label(TL_BOX)
    use(page, "Dijadwalkan")
    expect(box).to_have_value(SCHEDULED)
    use(page, "Sudah diangkut")  # the wrong one picked first: replaced, not both
    expect(box).to_have_value(DONE)
    box.press("End")
    page.keyboard.type(" Mohon maaf atas keterlambatannya.")  # now the officer's own words: kept
    use(page, "Dijadwalkan")
    expect(box).to_have_value(f"{DONE} Mohon maaf atas keterlambatannya.\n{SCHEDULED}")
