"""Pairs of buttons and links a thumb chooses between on a 390 px phone (the queue's, the answer templates'), in
Chromium: each inside the screen, at least 44 px high, and apart from its neighbour (`pair_problems`, as the
still-logged-in and logout pages' pairs are checked). Screenshots `antrean-tombol-ponsel`, `templat-tombol-ponsel`,
`templat-ubah-ponsel`."""

from __future__ import annotations

import re

from sqlalchemy import select

from tests.parties import file, make_people
from tests.web.conftest import DLH_1, VERIFIER, browser_login, pair_problems, screenshot

PHONE = {"width": 390, "height": 844}


def pairs_of(page, locators) -> list[str]:
    """The problems of each locator with the next one."""
    return [problem for first, second in zip(locators, locators[1:], strict=False)
            for problem in pair_problems(page, first, second)]


# the box of a paragraph's first line of words (its label, before the buttons)
LABEL_BOX = ("p => { const r = document.createRange(); r.selectNodeContents(p.firstChild); "
             "const b = r.getBoundingClientRect(); return {x: b.x, y: b.y, width: b.width, height: b.height}; }")


def files_problems(page) -> list[str]:
    """What is wrong with each row of files to download («Unduh …: Excel (XLSX) · CSV (Excel Indonesia) · CSV») on
    a phone: the first button on the label's last line and the others in rows of their own under it (ragged,
    the label's line stretched by the button), or a button not under the one before it at the label's edge."""
    problems = []
    rows = page.locator("p.downloads, .downloads p").filter(has=page.locator(".button"))
    assert rows.count(), "no row of files on the page"
    for row in rows.all():
        label = row.evaluate(LABEL_BOX)
        buttons = [button.bounding_box() for button in row.locator(".button").all()]
        name = " ".join(row.inner_text().split())[:40]
        if buttons[0]["y"] < label["y"] + label["height"] - 0.5:
            problems.append(f"«{name}…»: its first button beside the label")
        if any(abs(box["x"] - label["x"]) > 0.5 for box in buttons):
            problems.append(f"«{name}…»: buttons not one under another at the label's edge: {buttons}")
    return problems


def test_the_queues_button_pairs_fit_a_phone(page, live_server, world):
    people = make_people(world)
    file(people["citizen"])
    page.set_viewport_size(PHONE)
    browser_login(page, live_server, VERIFIER)
    page.goto(live_server.url + "/?view=semua&kind=pengaduan")
    views = [page.get_by_role("link", name="Perlu tindakan", exact=True),
             page.get_by_role("link", name="Semua laporan", exact=True)]
    form = [page.get_by_role("button", name="Terapkan"), page.get_by_role("link", name="Hapus saringan")]
    files = [page.get_by_role("link", name=name, exact=True)
             for name in ("Excel (XLSX)", "CSV (Excel Indonesia)", "CSV")]
    screenshot(page, "antrean-tombol-ponsel")
    problems = pairs_of(page, views) + pairs_of(page, form) + pairs_of(page, files) + files_problems(page)
    assert not problems, problems
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_the_templates_button_pairs_fit_a_phone(page, live_server, world):
    from lapor import answer_templates
    from models import Contact
    from services import services

    svc = services(world)
    with svc.session_factory.begin() as session:
        officer = session.scalars(select(Contact).where(Contact.phone == DLH_1)).one()
        answer_templates.save(session, officer, "Sampah sudah diangkut", "Sampah sudah kami angkut hari ini.",
                              svc.clock())
        answer_templates.save(session, officer, "Perlu survei", "Petugas akan memeriksa lokasi minggu ini.",
                              svc.clock())
    page.set_viewport_size(PHONE)
    browser_login(page, live_server, DLH_1)
    page.goto(live_server.url + "/templat")
    item = page.locator(".queue-item").filter(has_text="Sampah sudah diangkut")
    edit, delete = item.get_by_role("link", name="Ubah"), item.get_by_text(re.compile(r"^Hapus"))
    problems = pair_problems(page, edit, delete)
    delete.click()
    confirm = item.get_by_role("button", name=re.compile("^Ya, hapus"))
    problems += pair_problems(page, delete, confirm)
    screenshot(page, "templat-tombol-ponsel")
    edit.click()
    save, cancel = page.get_by_role("button", name="Simpan"), page.get_by_role("link", name="Batal")
    cancel.scroll_into_view_if_needed()
    screenshot(page, "templat-ubah-ponsel")
    problems += pair_problems(page, save, cancel)
    assert not problems, problems
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_the_forward_forms_agency_choices_are_thumb_sized(page, live_server, world):
    """«Teruskan»'s agency checkboxes were ~24 px lines of text: each choice (its whole line, the box and the name)
    is a 44 px target, still a labelled checkbox a keyboard ticks with Space."""
    people = make_people(world)
    file(people["citizen"])
    page.set_viewport_size(PHONE)
    browser_login(page, live_server, VERIFIER)
    page.goto(live_server.url + "/pengaduan/1")
    form = page.locator("#teruskan form")
    choices = form.locator(".choices label")
    assert choices.count() >= 3
    locators = [choices.nth(i) for i in range(choices.count())]
    locators.append(form.locator("label", has_text="Perlu survei lapangan"))
    locators.append(form.get_by_role("button", name="Teruskan"))
    choices.first.scroll_into_view_if_needed()
    screenshot(page, "teruskan-pilihan-ponsel")
    problems = pairs_of(page, locators)
    assert not problems, problems
    box = form.get_by_role("checkbox", name=re.compile("^PUPR"))
    box.focus()
    page.keyboard.press("Space")
    assert box.is_checked(), "a keyboard still ticks a choice by its name"
    choices.filter(has_text="DINKES").click(position={"x": 300, "y": 4})  # the line's edge, far from the box
    assert form.get_by_role("checkbox", name=re.compile("^DINKES")).is_checked()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


# the lines of text an element's words take (a link broken over two lines is taller, not bigger)
LINES = "e => { const r = document.createRange(); r.selectNodeContents(e); return r.getClientRects().length; }"


def test_the_queues_pager_links_are_thumb_sized(page, live_server, world):
    """The pager's «Sebelumnya»/«Berikutnya» were 24 px links of text beside «Halaman 2 dari 3»."""
    from services import services
    from tests import factories

    svc = services(world)
    with svc.session_factory.begin() as session:  # 51 complaints waiting: three pages of 25, filed in one go
        citizen = factories.person(session)
        for _ in range(51):
            factories.complaint(session, svc.clock(), svc.region, citizen)
    page.set_viewport_size(PHONE)
    browser_login(page, live_server, VERIFIER)
    page.goto(live_server.url + "/?page=2")
    pager = page.get_by_role("navigation", name="Halaman")
    before, after = pager.get_by_role("link", name="Sebelumnya"), pager.get_by_role("link", name="Berikutnya")
    pager.scroll_into_view_if_needed()
    screenshot(page, "antrean-halaman-ponsel")
    problems = pair_problems(page, before, after)
    lines = [link.evaluate(LINES) for link in (before, after)]
    assert not problems and lines == [1, 1], (problems, lines)  # «« / Sebelumnya» was 48 px as two lines
    assert pager_problems(page) == []
    page.set_viewport_size(PHONE)
    page.get_by_role("link", name="Sebelumnya").click()
    only = page.get_by_role("navigation", name="Halaman").get_by_role("link", name="Berikutnya")
    assert only.bounding_box()["height"] >= 44 and only.evaluate(LINES) == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_the_audit_logs_pager_reads_on_a_phone_and_a_desktop(page, live_server, world):
    """The log's «← Sebelumnya · Halaman 2 dari 3 · Berikutnya →», as the queue's."""
    from lapor.audit import AuditAction, record
    from models import Contact
    from services import services
    from tests.web.conftest import SUPERVISOR

    svc = services(world)
    with svc.session_factory.begin() as session:  # three pages of 50: the staff's logins, as the log holds them
        staff = session.scalars(select(Contact).where(Contact.role.is_not(None)).order_by(Contact.id)).all()
        for n in range(120):  # (no actor read «Petugas -» in the screenshot: no door records an entry without one)
            record(session, AuditAction.LOGIN, actor_id=staff[n % len(staff)].id, at=svc.clock(),
                   address=f"10.0.0.{n % 7 + 1}")
    page.set_viewport_size(PHONE)
    browser_login(page, live_server, SUPERVISOR)
    page.goto(live_server.url + "/audit?hal=2")
    page.get_by_role("navigation", name="Halaman").scroll_into_view_if_needed()
    screenshot(page, "audit-halaman-ponsel")
    assert pager_problems(page) == []


def test_the_whole_logs_older_and_newest_links_fit_a_phone_and_a_desktop(page, live_server, world):
    """The whole log pages from its last entry («← Terbaru · Lebih lama →», no count between them): two 44 px
    targets apart, «Lebih lama» at the right edge, alone on the first page too, at 320, 390 and 1280 px."""
    from lapor.audit import AuditAction, record
    from models import Contact
    from services import services
    from tests.web.conftest import SUPERVISOR

    svc = services(world)
    with svc.session_factory.begin() as session:
        staff = session.scalars(select(Contact).where(Contact.role.is_not(None)).order_by(Contact.id)).all()
        for n in range(120):
            record(session, AuditAction.LOGIN, actor_id=staff[n % len(staff)].id, at=svc.clock(),
                   address=f"10.0.0.{n % 7 + 1}")
    page.set_viewport_size(PHONE)
    browser_login(page, live_server, SUPERVISOR)
    page.goto(live_server.url + "/audit")
    pager = page.get_by_role("navigation", name="Halaman")
    older = pager.get_by_role("link", name="Lebih lama")
    problems = []
    for width in PAGER_WIDTHS:
        page.set_viewport_size({**PHONE, "width": width})
        box = older.bounding_box()
        if box["height"] < 44 or abs(box["x"] + box["width"] - pager.bounding_box()["x"]
                                     - pager.bounding_box()["width"]) > 1:
            problems.append(f"first page, {width} px: «Lebih lama» {box} not a 44 px target at the right edge")
    older.click()
    pager.scroll_into_view_if_needed()
    screenshot(page, "audit-lebih-lama-ponsel")
    newest = pager.get_by_role("link", name="Terbaru")
    for width in PAGER_WIDTHS:
        page.set_viewport_size({**PHONE, "width": width})
        problems += [f"{width} px: {problem}" for problem in pair_problems(page, newest, older)]
        if page.evaluate("document.documentElement.scrollWidth") > width:
            problems.append(f"{width} px: the page is wider than the screen")
    assert problems == []


# 320 px (the narrowest phones), 390 px (the common one), a laptop
PAGER_WIDTHS = (320, 390, 1280)


def pager_problems(page) -> list[str]:
    """What is wrong with the pager «Sebelumnya · Halaman 2 dari 3 · Berikutnya» at each of PAGER_WIDTHS: its count
    on more than one line (it read «Halaman 2 / dari 3» at 390 px), its links' `pair_problems`, the page wider than
    the screen, and on a laptop the three not on one line."""
    pager = page.get_by_role("navigation", name="Halaman")
    before, after = pager.get_by_role("link", name="Sebelumnya"), pager.get_by_role("link", name="Berikutnya")
    count = pager.get_by_text(re.compile(r"^Halaman \d+ dari \d+$"))
    problems = []
    for width in PAGER_WIDTHS:
        page.set_viewport_size({**PHONE, "width": width})
        problems += [f"{width} px: {problem}" for problem in pair_problems(page, before, after)]
        if count.evaluate(LINES) != 1:
            problems.append(f"{width} px: «{count.inner_text()}» on {count.evaluate(LINES)} lines")
        if page.evaluate("document.documentElement.scrollWidth") > width:
            problems.append(f"{width} px: the page is wider than the screen")
        middle = count.bounding_box()["y"] + count.bounding_box()["height"] / 2
        row = before.bounding_box()
        if width > 1000 and not row["y"] < middle < row["y"] + row["height"]:
            problems.append(f"{width} px: the count is not on the links' line")
    return problems


def test_kinerjas_quick_periods_are_thumb_sized(page, live_server, world):
    """«Minggu ini · Minggu lalu · Bulan ini …» under /kinerja's dates were 24 px links of text three to a line on a
    390 px phone: a supervisor's thumb opened last week for this one."""
    from tests.web.conftest import SUPERVISOR

    page.set_viewport_size(PHONE)
    browser_login(page, live_server, SUPERVISOR)
    page.goto(live_server.url + "/kinerja")
    periods = page.locator(".quick-periods a")
    assert periods.count() == 6
    screenshot(page, "kinerja-periode-ponsel")
    problems = pairs_of(page, [periods.nth(i) for i in range(6)])
    page.get_by_role("heading", name="Unduh").scroll_into_view_if_needed()
    screenshot(page, "kinerja-unduh-ponsel")
    files = page.locator(".downloads p").filter(has=page.locator(".button")).first.locator(".button")
    problems += pairs_of(page, files.all()) + files_problems(page)
    page.set_viewport_size({**PHONE, "width": 320})
    problems += [f"320 px: {problem}" for problem in files_problems(page)]
    assert not problems, problems


def test_the_complaint_pages_way_back_and_next_are_thumb_sized(page, live_server, world):
    """«« Kembali ke antrean · Berikutnya: LPR-2 »» above a complaint were 24 px links of text side by side: a
    verifier working the queue on a phone taps them for every complaint."""
    people = make_people(world)
    file(people["citizen"])
    file(people["citizen2"], description="Jalan kabupaten di Desa Banyuanyar berlubang besar dan dalam sekali")
    browser_login(page, live_server, VERIFIER)
    page.goto(live_server.url + "/pengaduan/1")
    back = page.get_by_role("link", name="Kembali ke antrean")
    after = page.get_by_role("link", name=re.compile("^Berikutnya: LPR-2"))
    problems = []
    for width in PAGER_WIDTHS:
        page.set_viewport_size({**PHONE, "width": width})
        problems += [f"{width} px: {problem}" for problem in pair_problems(page, back, after)]
        problems += [f"{width} px: «{link.inner_text()}» on {link.evaluate(LINES)} lines"
                     for link in (back, after) if link.evaluate(LINES) != 1]
    page.set_viewport_size(PHONE)
    screenshot(page, "pengaduan-kembali-ponsel")
    status, card = page.locator("h1 + .meta").bounding_box(), page.locator("section.card").first.bounding_box()
    gap = card["y"] - (status["y"] + status["height"])
    assert gap >= 12, f"the status line stands {gap:.0f} px above the first card"  # it stood 4 px above it
    assert not problems, problems


def test_an_error_pages_ways_on_are_thumb_sized(page, live_server, world):
    """A refusal's «Lihat kinerja DLH» and «Kembali ke antrean» were 19 px lines of text, one above the other."""
    from tests.web.conftest import DLH_HEAD

    page.set_viewport_size(PHONE)
    browser_login(page, live_server, DLH_HEAD)
    page.goto(live_server.url + "/kinerja/unduh.csv?agency=PUPR")  # a head reads their own agency only
    links = page.locator("main .card a")
    assert links.count() == 2
    screenshot(page, "kinerja-instansi-lain-ponsel")
    problems = pair_problems(page, links.first, links.last)
    page.goto(live_server.url + "/pengaduan/99")
    back = page.get_by_role("link", name="Kembali ke antrean")
    assert back.bounding_box()["height"] >= 44, problems
    assert not problems, problems
