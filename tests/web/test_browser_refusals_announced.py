"""A refused action on the complaint page, as a screen reader and a keyboard meet it (Chromium at 390 and 1280 px):
the page came back scrolled to the action's fold with the refusal in red, but the focus stood on the page itself
(a keyboard user started again from the top, past every card), the field was not marked invalid and the refusal
was tied to nothing, so a screen reader said nothing of it. Now the refused form's field has the focus, is marked
invalid and is described by the refusal, as the login's code box is. Screenshots go to artifacts/screenshots/."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.parties import file, filed_and_forwarded, make_people
from tests.web.conftest import DLH_1, VERIFIER, browser_login, screenshot

FOCUSED = """() => {
  const field = document.activeElement;
  const said = (field.getAttribute('aria-describedby') || '').split(' ').filter(Boolean)
    .map(id => document.getElementById(id)).filter(Boolean).map(e => e.innerText).join(' ');
  return {id: field.id, tag: field.tagName, invalid: field.getAttribute('aria-invalid'), said: said};
}"""


def polled(page, script: str, arg=None, seconds: float = 5.0):
    """`script`'s value once it is truthy, or its last value after `seconds`: fokus.js gives the focus on a timer
    after the page's load, later than the refusal shows, and the pages' CSP refuses wait_for_function's eval."""
    for _ in range(int(seconds / 0.05)):
        value = page.evaluate(script, arg)
        if value:
            return value
        page.wait_for_timeout(50)
    return value


@pytest.fixture
def people(world):
    return make_people(world)


def refused(page, fold: str, button: str, typed: str | None, box: str | None) -> dict:
    """Open the action's fold, type (when given), press its button; what the focused element says afterwards."""
    summary = page.locator("summary", has_text=fold)
    if summary.evaluate("s => !s.parentElement.open"):
        summary.click()
    if typed is not None:
        page.locator(f"#{box}").fill(typed)
    page.get_by_role("button", name=button, exact=True).click()
    expect(page.get_by_role("alert").first).to_be_visible()
    given = "() => document.activeElement && document.activeElement !== document.body"
    polled(page, given)
    page.wait_for_timeout(200)  # the section's scroll after the load may take the focus; fokus.js gives it back
    polled(page, given)
    return page.evaluate(FOCUSED)


# the verifier's actions on a complaint waiting for verification: what each refusal says, and the field it is about
VERIFIER_REFUSALS = [
    ("Teruskan ke instansi", "Teruskan", None, None, "INPUT", "Pilih minimal satu instansi"),
    ("Arsipkan", "Arsipkan laporan", "", "arsipkan-text", "TEXTAREA", "Isi teksnya dahulu"),
    ("Arsipkan", "Arsipkan laporan", "   ...  ", "arsipkan-text", "TEXTAREA", "Isi teksnya dahulu"),
    ("Tanya pelapor (TUNDA)", "Kirim pertanyaan dan tunda", "12345", "tunda-text", "TEXTAREA", "Isi teksnya dahulu"),
    ("Gabungkan duplikat", "Periksa penggabungan", "", "gabung-parent", "INPUT", "nomor laporan induk"),
    ("Gabungkan duplikat", "Periksa penggabungan", "LPR-999", "gabung-parent", "INPUT", "LPR-999"),
]


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize(("fold", "button", "typed", "box", "tag", "says"), VERIFIER_REFUSALS)
def test_a_verifiers_refused_action_takes_the_focus_with_its_reason(page, live_server, people, width, fold, button,
                                                                   typed, box, tag, says):
    file(people["citizen"], photo=False)
    page.set_viewport_size({"width": width, "height": 844})
    browser_login(page, live_server, VERIFIER)
    page.goto(live_server.url + "/pengaduan/1")
    focused = refused(page, fold, button, typed, box)
    assert focused["tag"] == tag and (box is None or focused["id"] == box), focused
    assert focused["invalid"] == "true", focused
    assert says.lower() in focused["said"].lower(), focused
    if typed:
        assert page.locator(f"#{box}").input_value() == typed, "what was typed is kept"
    screenshot(page, f"tolak-fokus-{box or 'teruskan'}-{width}")


@pytest.mark.parametrize(("fold", "button", "typed", "box"), [
    ("Tindak lanjut (TL)", "Kirim tindak lanjut", "", "tl-text"),
    ("Tindak lanjut (TL)", "Kirim tindak lanjut", "2026", "tl-text"),
    ("Jawaban akhir (SELESAI)", "Kirim jawaban akhir", "", "selesai-text"),
    ("Tanya pelapor (INFO)", "Kirim pertanyaan", "?", "info-text"),
    ("Kembalikan ke verifikator", "Kembalikan ke verifikator", "-", "kembalikan-text"),
])
def test_an_officers_refused_answer_takes_the_focus_with_its_reason(page, live_server, people, fold, button, typed,
                                                                   box):
    filed_and_forwarded(people, photo=False)
    page.set_viewport_size({"width": 390, "height": 844})
    browser_login(page, live_server, DLH_1)
    page.goto(live_server.url + "/pengaduan/1")
    focused = refused(page, fold, button, typed, box)
    assert (focused["tag"], focused["id"], focused["invalid"]) == ("TEXTAREA", box, "true"), focused
    assert "Isi teksnya dahulu" in focused["said"], focused
    assert "Paling panjang" in focused["said"], "the field's own hint is still read"
    polled(page, "id => { const b = document.getElementById(id); return b.selectionStart === b.value.length; }", box)
    page.keyboard.type("Truk sampah dijadwalkan besok pagi.")  # typed straight into the refused box
    assert page.locator(f"#{box}").input_value() == typed + "Truk sampah dijadwalkan besok pagi."


@pytest.mark.parametrize("who", [VERIFIER, DLH_1])
def test_a_page_opened_without_a_refusal_leaves_the_focus_and_marks_nothing(page, live_server, people, who):
    """The near miss: a complaint's page opened, or come back to after an action that went through, takes no
    focus into a form (the keyboard starts at the top) and marks no field invalid."""
    filed_and_forwarded(people, photo=False)
    page.set_viewport_size({"width": 390, "height": 844})
    browser_login(page, live_server, who)
    page.goto(live_server.url + "/pengaduan/1")
    assert page.evaluate("document.activeElement.tagName") == "BODY"
    assert page.locator("[aria-invalid=true]").count() == 0
    if who == DLH_1:
        page.locator("summary", has_text="Tindak lanjut (TL)").click()
        page.locator("#tl-text").fill("Truk sampah dijadwalkan besok pagi.")
        page.get_by_role("button", name="Kirim tindak lanjut").click()
        expect(page.get_by_text("Tindak lanjut LPR-1")).to_be_visible()
        assert page.evaluate("document.activeElement.tagName") == "BODY"
        assert page.locator("[aria-invalid=true]").count() == 0


def test_a_refused_take_back_takes_the_focus_into_its_reason_with_why(page, live_server, people):
    """TARIK's refusal came back in its opened fold, but nothing took the focus, marked the box invalid or tied the
    refusal to it (dash22 did so for every other refused form)."""
    file(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    page.set_viewport_size({"width": 390, "height": 844})
    browser_login(page, live_server, VERIFIER)
    page.goto(live_server.url + "/pengaduan/1")
    assert page.locator("[aria-invalid=true]").count() == 0, "opened without a refusal: nothing marked"
    long = "Jalan rusak urusan PUPR, bukan sampah. " * 14
    focused = refused(page, "Tarik disposisi DLH", "Periksa penarikan", long, "tarik-DLH-text")
    assert (focused["tag"], focused["id"], focused["invalid"]) == ("TEXTAREA", "tarik-DLH-text", "true"), focused
    assert "500 karakter" in focused["said"] and "Paling panjang" in focused["said"], focused
    assert page.locator("[aria-invalid=true]").count() == 1
