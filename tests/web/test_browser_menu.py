"""The header's menu for every role at the widths staff use (320, 360 and 390 px phones, a 768 px tablet, a
1280 px laptop), in Chromium: «Keluar» was the menu's last item and wrapped alone onto a second line of a
verifier's and a supervisor's menu at 390 px. Screenshots `menu-<role>-<width>`."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models import Contact
from services import services
from tests.web.conftest import (
    DLH_1,
    DLH_HEAD,
    SUPERVISOR,
    VERIFIER,
    apart,
    browser_login,
    pair_problems,
    screenshot,
)

WIDTHS = (320, 360, 390, 768, 1280)
ROLES = {"verifikator": VERIFIER, "petugas": DLH_1, "kepala": DLH_HEAD, "pimpinan": SUPERVISOR}
# the lines of text an element's words take («Templat jawaban» broken in two is one tab on two lines)
LINES = "e => { const r = document.createRange(); r.selectNodeContents(e); return r.getClientRects().length; }"


def rows_of(boxes: list[dict]) -> list[int]:
    """How many boxes stand on each line (boxes whose vertical middles fall within the first box of a line)."""
    rows: list[list[dict]] = []
    for box in sorted(boxes, key=lambda b: b["y"]):
        middle = box["y"] + box["height"] / 2
        if rows and rows[-1][0]["y"] <= middle <= rows[-1][0]["y"] + rows[-1][0]["height"]:
            rows[-1].append(box)
        else:
            rows.append([box])
    return [len(row) for row in rows]


def menu_problems(page) -> list[str]:
    """What is wrong with the header at each of WIDTHS: a tab, the brand or «Keluar» beyond the screen, lower than
    44 px or closer than 8 px to its neighbour (`pair_problems`); a tab's words on two lines; the tabs' lines
    uneven (one alone under three: the wrapped «Keluar»); «Keluar» not on the brand's line (a phone's top right);
    the name overlapping «Keluar»; a name cut short («…») without its whole in the title, or cut while there is
    room; the page wider than the screen; and on a laptop the header not one line."""
    header = page.locator("header.bar")
    brand, logout = header.locator(".brand"), header.get_by_role("link", name="Keluar", exact=True)
    who = header.locator(".who")
    tabs = page.get_by_role("navigation", name="Menu utama").get_by_role("link").all()
    problems = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 700})
        said = []
        targets = [brand, *tabs, logout]
        for first, second in zip(targets, targets[1:], strict=False):
            said += pair_problems(page, first, second)
        said += [f"«{tab.inner_text()}» on {tab.evaluate(LINES)} lines" for tab in tabs if tab.evaluate(LINES) != 1]
        rows = rows_of([tab.bounding_box() for tab in tabs])
        if max(rows) - min(rows) > 1:
            said.append(f"the tabs stand {rows} to a line")
        top, right = brand.bounding_box(), logout.bounding_box()
        if not top["y"] <= right["y"] + right["height"] / 2 <= top["y"] + top["height"]:
            said.append("«Keluar» is not on the brand's line")
        name = who.bounding_box()
        if name["x"] < 0 or name["x"] + name["width"] > width + 0.5:
            said.append(f"«{who.inner_text()}» beyond the screen's edge")
        if apart(name, right) < 0:
            said.append(f"«{who.inner_text()}» overlaps «Keluar»")
        said += name_problems(who.locator(".who-name"))
        if page.evaluate("document.documentElement.scrollWidth") > width:
            said.append("the page is wider than the screen")
        if width >= 1024 and header.bounding_box()["height"] > 60:
            said.append(f"the header is {header.bounding_box()['height']:.0f} px high, not one line")
        problems += [f"{width} px: {problem}" for problem in said]
    return problems


def name_problems(name) -> list[str]:
    """A staff member's name cut short («…») whose title does not hold it whole, or cut though its line has room."""
    cut = name.evaluate("e => e.scrollWidth > e.clientWidth + 1")
    if cut and name.get_attribute("title") != name.text_content():
        return [f"«{name.text_content()}» cut short without its whole name in the title"]
    room = name.evaluate("e => e.parentElement.getBoundingClientRect().width - e.parentElement.scrollWidth")
    return [f"«{name.text_content()}» cut short with {room:.0f} px to spare"] if cut and room > 1 else []


LONG_NAME = ("Raden Ajeng Siti Nurhayati Kusumawardhani Prawirodirdjo Hadiningrat Sastrowardoyo, S.Sos., "
             "M.AP., M.Si.")


def test_a_long_name_ends_in_an_ellipsis_and_leaves_the_tabs_whole(page, live_server):
    """A verifier named in full with her titles: on a laptop the header's name squeezed the tabs onto two lines
    («Log / audit»). The name ends in «…», whole in its title; the role stays («· Verifikator»)."""
    with services(live_server.app).session_factory.begin() as session:
        session.scalars(select(Contact).where(Contact.phone == VERIFIER)).one().name = LONG_NAME
    browser_login(page, live_server, VERIFIER)
    problems = menu_problems(page)
    assert not problems, problems
    page.set_viewport_size({"width": 1280, "height": 700})
    name = page.locator("header.bar .who-name")
    assert name.get_attribute("title") == LONG_NAME
    assert name.evaluate("e => e.scrollWidth > e.clientWidth"), "the name is cut short on a laptop"
    assert page.locator("header.bar .who-role").is_visible()
    screenshot(page, "menu-nama-panjang-1280")


@pytest.mark.parametrize("role", ROLES)
def test_every_roles_menu_lays_out_on_phones_tablets_and_laptops(page, live_server, role):
    """Checked on the queue and on the page of the menu's last tab (its bold name, the widest menu)."""
    browser_login(page, live_server, ROLES[role])
    last = page.get_by_role("navigation", name="Menu utama").get_by_role("link").last.get_attribute("href")
    problems = []
    for path in dict.fromkeys(("/", last)):
        page.goto(live_server.url + path)
        problems += [f"{path}: {problem}" for problem in menu_problems(page)]
    for width in (320, 390, 768, 1280):
        page.set_viewport_size({"width": width, "height": 700})
        screenshot(page, f"menu-{role}-{width}")
    assert not problems, problems
