"""The dashboard's frame: pages need a login, forms need a CSRF token, roles scope the pages."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import WhatsApp
from tests.parties import filed_and_forwarded, make_people
from tests.web.conftest import DLH_1, PUPR_1, SUPERVISOR, VERIFIER, csrf_from


def test_home_sends_a_visitor_to_the_login_page(staff_client):
    response = staff_client.get("/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/masuk?next=")


def test_logged_in_staff_see_the_home_page_in_bahasa_indonesia(login_as):
    client = login_as(VERIFIER)
    page = client.get("/").get_data(as_text=True)
    assert '<html lang="id">' in page
    assert "Antrean" in page and "Rina" in page
    assert 'name="viewport"' in page


def test_the_layout_uses_its_own_stylesheet_and_no_outside_host(login_as):
    page = login_as(VERIFIER).get("/").get_data(as_text=True)
    assert "/assets/style.css" in page
    assert "http://" not in page and "https://" not in page
    css = login_as(DLH_1).get("/assets/style.css")
    assert css.status_code == 200 and b":focus-visible" in css.data


def test_a_form_without_its_csrf_token_is_refused(login_as):
    client = login_as(VERIFIER)
    refused = client.client.post("/keluar")  # refused: back to the confirmation, saying why (not the 400 page)
    assert refused.status_code == 303 and "sudah kedaluwarsa" in client.get(refused.location).get_data(as_text=True)
    assert client.get("/").status_code == 200  # still logged in
    wrong = client.client.post("/keluar", data={"csrf_token": "not-a-token"})
    assert wrong.status_code == 303
    assert client.logout().status_code == 302
    assert client.get("/").status_code == 302  # logged out


def test_the_twilio_webhook_needs_no_csrf_token(wa):
    reply = wa.send("+6281234567890", "halo")
    assert reply.status == 200 and reply.messages


def test_a_page_for_some_roles_answers_403_to_the_others(login_as):
    assert login_as(DLH_1).get("/audit").status_code == 403
    assert login_as(SUPERVISOR).get("/audit").status_code == 200
    assert login_as(VERIFIER).get("/audit").status_code == 200


def test_logout_asks_first_and_then_ends_the_session(login_as):
    client = login_as(VERIFIER)
    page = client.get("/keluar")
    assert page.status_code == 200 and csrf_from(page.get_data(as_text=True))
    assert client.get("/").status_code == 200  # a GET (a link, an image tag) logs nobody out
    client.logout()
    assert client.get("/").headers["Location"].startswith("/masuk")


def test_another_agencys_complaint_is_a_404_like_one_that_does_not_exist(app, world, svc, clock):
    from sqlalchemy import select
    from werkzeug.exceptions import NotFound

    from models import Agency, Complaint, Contact, Disposition
    from web import complaint_or_404, db

    with svc.session_factory.begin() as session:
        pupr = session.scalars(select(Agency).where(Agency.code == "PUPR")).one()
        session.add(Complaint(number=7, kind="pengaduan", title="Jalan", description="Jalan berlubang",
                              privacy="biasa", status="belum_ditindaklanjuti", created_at=clock.now,
                              updated_at=clock.now, dispositions=[Disposition(agency=pupr, created_at=clock.now)]))
    with app.test_request_context("/"):
        session = db()
        pupr_officer, dlh_officer = (session.scalars(select(Contact).where(Contact.phone == phone)).one()
                                     for phone in ("+6281100000010", "+6281100000020"))
        assert complaint_or_404(7, pupr_officer).reference == "LPR-7"
        for number in (7, 8):
            try:
                complaint_or_404(number, dlh_officer)
            except NotFound:
                continue
            raise AssertionError(f"LPR-{number} was shown to another agency's officer")


def test_pages_load_nothing_from_elsewhere_are_never_framed_nor_cached(login_as):
    response = login_as(VERIFIER).get("/")
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Cache-Control"] == "no-store"


def test_the_other_doors_keep_their_own_answers(app):
    client = app.test_client()
    health = client.get("/healthz")
    assert "Content-Security-Policy" not in health.headers
    missing = client.get("/media/999999?t=x")
    assert missing.status_code in (403, 404) and b"Kembali ke antrean" not in missing.data
    page = client.get("/tidak-ada")
    assert page.status_code == 404 and "Tidak ditemukan" in page.get_data(as_text=True)
    # an asset asked for that is gone (a page cached from before an upgrade), or posted to: its plain answer (they
    # were 500s: an asset's request has no session for the layout of an error page)
    for answer, code in [(client.get("/assets/tidak-ada.css"), 404), (client.get("/assets/"), 404),
                         (client.post("/assets/style.css"), 405), (client.get("/twilio/tidak-ada"), 404)]:
        assert answer.status_code == code and b"Kembali ke antrean" not in answer.data, (answer.request.path, code)


# The app-wide request hooks by the name of their function: the request id and the metrics run for every door,
# the pages' own (the upload limit, CSRF, the filters' redirect, Flask-Login's remember cookie, the pages' headers)
# not for the doors that are not pages: Twilio's webhooks, the signed media links (the link is their only key: no
# hook does anything for them) and the probes (a load balancer's every few seconds).
EVERY_DOOR = {"_assign_request_id", "_start_timer", "_echo_request_id", "_observe", "_count_error"}
PAGES_OWN = {"_upload_limit", "csrf_protect", "_without_empty_filters", "_update_remember_cookie", "_page_headers"}


def _hooks_run(send) -> tuple[int, set]:
    """The status of `send()`'s answer and the app-wide hooks that ran for it."""
    ran = set()

    def watch(frame, event, _arg):
        if event == "call" and frame.f_code.co_name in EVERY_DOOR | PAGES_OWN:
            ran.add(frame.f_code.co_name)

    sys.setprofile(watch)
    try:
        status = send()
    finally:
        sys.setprofile(None)
    return status, ran


@pytest.mark.parametrize(("door", "status", "hooks"), [
    # a signed message is answered in front of Flask (bot.front: the request id and the latency given there, no hook
    # run); a refused one is Flask's, with every door's hooks
    ("signed message", 200, set()), ("forged message", 403, EVERY_DOOR), ("status callback", 204, EVERY_DOOR),
    ("unsigned status callback", 403, EVERY_DOOR), ("message too large", 413, EVERY_DOOR),
    ("health", 200, EVERY_DOOR), ("readiness", 503, EVERY_DOOR), ("metrics", 200, EVERY_DOOR),
    ("metrics refused", 403, EVERY_DOOR), ("media link", 200, EVERY_DOOR), ("media link expired", 403, EVERY_DOOR),
    ("media link of nothing", 404, EVERY_DOOR),
    ("login page", 200, EVERY_DOOR | PAGES_OWN),
    ("login posted", 303, EVERY_DOOR | PAGES_OWN - {"_without_empty_filters"}),  # CSRF refused it first
    ("queue with empty filters", 302, EVERY_DOOR | PAGES_OWN), ("no such webhook", 404, EVERY_DOOR | PAGES_OWN),
    ("health posted", 405, EVERY_DOOR | PAGES_OWN),  # no route: no blueprint, every hook (as Flask does)
])
def test_the_doors_that_are_not_pages_skip_only_the_pages_own_request_hooks(app, door, status, hooks):
    from datetime import timedelta

    from lapor.media import ORIGINAL
    from media import links
    from models import MediaItem, MediaStatus
    from services import services

    wa = WhatsApp(app)
    client = app.test_client()
    svc = services(app)
    key = svc.media_storage.put(b"%PDF-1.4 surat", "application/pdf")
    with svc.session_factory.begin() as session:
        item = MediaItem(source_url="https://api.twilio.com/x", declared_type="application/pdf", size=14,
                         content_type="application/pdf", status=MediaStatus.STORED, sha256=key)
        session.add(item)
        session.flush()
        item_id = item.id

    def link(item: int, lifetime: int = 60) -> str:
        return links.url(app.config, item, ORIGINAL, svc.clock(), timedelta(seconds=lifetime))

    sends = {
        "signed message": lambda: wa.post(wa.form("+6281234567890", "halo")).status,
        "forged message": lambda: wa.post(wa.form("+6281234567890", "halo"), signature="forged").status,
        "status callback": lambda: wa.post({"MessageSid": "SM" + "1" * 32, "MessageStatus": "delivered"},
                                           path="/twilio/status").status,
        "unsigned status callback": lambda: wa.post({"MessageSid": "SM1"}, path="/twilio/status", signature="").status,
        "message too large": lambda: wa.post(wa.form("+6281234567890", "x" * 400_000)).status,
        "health": lambda: client.get("/healthz").status_code,
        "readiness": lambda: client.get("/readyz").status_code,  # no scheduler ran yet
        "metrics": lambda: client.get("/metrics").status_code,
        "metrics refused": lambda: client.get("/metrics", headers={"X-Forwarded-For": "203.0.113.9"}).status_code,
        "media link": lambda: client.get(link(item_id)).status_code,
        "media link expired": lambda: client.get(link(item_id, lifetime=-1)).status_code,
        "media link of nothing": lambda: client.get(link(item_id + 1)).status_code,
        "login page": lambda: client.get("/masuk").status_code,
        "login posted": lambda: client.post("/masuk", data={"phone": "081100000001"}).status_code,
        "queue with empty filters": lambda: client.get("/?q=&kind=").status_code,
        "no such webhook": lambda: client.post("/twilio/tidak-ada").status_code,
        "health posted": lambda: client.post("/healthz").status_code,
    }
    assert _hooks_run(sends[door]) == (status, hooks)


def test_inline_scripts_are_refused_but_inline_styles_of_charts_are_not(login_as):
    policy = login_as(VERIFIER).get("/").headers["Content-Security-Policy"]
    script = next(part.strip() for part in policy.split(";") if part.strip().startswith("script-src"))
    style = next(part.strip() for part in policy.split(";") if part.strip().startswith("style-src"))
    assert "unsafe-inline" not in script and "unsafe-inline" in style


def test_a_complaint_number_too_long_for_the_database_is_an_ordinary_404(login_as):
    client = login_as(VERIFIER)
    for number in ("99999999999999999999", "2147483648", "0"):
        response = client.get(f"/pengaduan/{number}")
        assert response.status_code == 404 and "Tidak ditemukan" in response.get_data(as_text=True)
    assert client.get("/pengaduan/99999999999999999999/tl").status_code == 405
    assert client.get("/pengaduan/99999999999999999999/gabung?induk=LPR-1").status_code == 404


def test_every_error_of_the_dashboard_is_a_page_in_bahasa_indonesia(login_as, app):
    client = login_as(DLH_1)
    answers = {403: client.get("/audit"), 404: client.get("/tidak-ada"),
               405: client.client.delete("/"), 413: client.client.post("/masuk", data={"x": "y" * 2_000_000})}
    for code, response in answers.items():
        page = response.get_data(as_text=True)
        assert response.status_code == code and '<html lang="id">' in page and "/assets/style.css" in page, code
        assert "Kembali ke antrean" in page and "Request Entity" not in page, code
    assert "terlalu besar" in answers[413].get_data(as_text=True)


def test_a_server_error_is_a_page_in_bahasa_indonesia_and_changes_nothing(login_as, app):
    def broken():
        raise RuntimeError("boom")

    app.add_url_rule("/rusak", "rusak", broken)
    app.config["PROPAGATE_EXCEPTIONS"] = False
    response = login_as(VERIFIER).get("/rusak")
    page = response.get_data(as_text=True)
    assert response.status_code == 500 and "Terjadi kesalahan" in page and "/assets/style.css" in page
    assert "Internal Server Error" not in page and "boom" not in page


def test_a_database_gone_away_is_a_503_page_saying_to_try_again_shortly(login_as, app):
    # A PostgreSQL restart showed officers «ada kesalahan di sistem … hubungi pengelola» for what passes by itself.
    from sqlalchemy.exc import OperationalError

    def database_restarting():
        raise OperationalError("SELECT …", {}, Exception("terminating connection due to administrator command"))

    app.add_url_rule("/db-restart", "db_restart", database_restarting)
    app.config["PROPAGATE_EXCEPTIONS"] = False
    response = login_as(VERIFIER).get("/db-restart")
    page = response.get_data(as_text=True)
    assert response.status_code == 503 and response.headers["Retry-After"] and "/assets/style.css" in page
    assert "sementara" in page and "administrator" not in page


def test_officers_and_heads_find_their_answer_templates_in_the_menu(login_as):
    from tests.web.conftest import DLH_HEAD

    for phone in (DLH_1, DLH_HEAD):
        client = login_as(phone)
        assert '<a href="/templat">Templat jawaban</a>' in client.get("/").get_data(as_text=True)
        assert client.get("/templat").status_code == 200
    for phone in (VERIFIER, SUPERVISOR):  # verifiers keep templates per agency in the directory
        assert '<a href="/templat">' not in login_as(phone).get("/").get_data(as_text=True)


MENU_ORDER = ["Antrean", "Templat jawaban", "Kinerja", "Direktori", "Log audit"]


def test_every_role_reads_the_menu_in_one_order(login_as):
    """Each role sees the items it may use, always in the same order, on every page (the known item: the order
    differed by role), and the item of the page's area marked."""
    import re

    from tests.web.conftest import DLH_HEAD

    expected = {VERIFIER: ["Antrean", "Kinerja", "Direktori", "Log audit"],
                SUPERVISOR: ["Antrean", "Kinerja", "Log audit"],
                DLH_1: ["Antrean", "Templat jawaban"],
                DLH_HEAD: ["Antrean", "Templat jawaban", "Kinerja"]}
    for phone, items in expected.items():
        client = login_as(phone)
        for path in ("/", "/?view=semua", "/kinerja", "/templat", "/audit", "/direktori"):
            html = client.get(path).get_data(as_text=True)
            menu = re.search(r'<nav aria-label="Menu utama">(.*?)</nav>', html, re.S).group(1)
            shown = re.findall(r"<a [^>]*>([^<]+)</a>", menu)
            assert shown == items and shown == [i for i in MENU_ORDER if i in shown], (phone, path, shown)
            # «Keluar» is the account's, after the name in the header (tests/web/test_browser_menu.py)
            header = re.search(r"<header.*?</header>", html, re.S).group(0)
            assert re.search(r'class="who">.*?<a class="logout" href="/keluar">Keluar</a>', header, re.S), path


def test_a_nul_character_in_a_search_or_a_text_is_dropped_not_a_server_error(login_as, world):
    """A NUL (pasted from a PDF or a spreadsheet cell, or sent by a scanner) in the queue's search or agency, an
    action's text or a template was a 500 on PostgreSQL ("text fields cannot contain NUL"), the typed text lost,
    and stored as it came on SQLite; it is dropped wherever the dashboard reads a form or a URL."""
    from sqlalchemy import select

    from models import AnswerTemplate, Question
    from tests.parties import file, make_people

    people = make_people(world)
    file(people["citizen"])
    verifier = login_as(VERIFIER)
    for url in ("/?q=sam%00pah", "/?view=semua&agency=DL%00H", "/unduh/antrean.csv?q=%00sampah"):
        response = verifier.get(url)
        assert response.status_code == 200 and "\x00" not in response.get_data(as_text=True), url
    assert "LPR-1" in verifier.get("/?view=semua&q=sam%00pah").get_data(as_text=True)
    response = verifier.post("/pengaduan/1/tunda", {"text": "Di RT\x00 berapa, Bu?"}, token_from="/pengaduan/1")
    assert response.status_code == 303
    svc = world.extensions["penghubung"]
    with svc.session_factory() as session:
        assert session.scalars(select(Question.text)).all() == ["Di RT berapa, Bu?"]
    officer = login_as(DLH_1)
    officer.post("/templat", {"title": "Sudah\x00 diangkut", "body": "Sampah\x00 sudah diangkut."})
    with svc.session_factory() as session:
        assert session.scalars(select(AnswerTemplate.title)).all() == ["Sudah diangkut"]


# An address typed or pasted with a slash at its end (`/pengaduan/3/`, from a chat message or a bookmark) was a 404.
# It goes to the page it means, whose own rules then apply (a role refused, another agency's complaint not found);
# an address that means no page, and the doors that are not pages, keep their 404.
@pytest.mark.parametrize(("phone", "path", "location", "then"), [
    (VERIFIER, "/pengaduan/1/", "/pengaduan/1", 200),
    (VERIFIER, "/pengaduan/1/?antrean=view%3Dsemua", "/pengaduan/1?antrean=view%3Dsemua", 200),
    (VERIFIER, "/pengaduan/LPR-1/", "/pengaduan/LPR-1", 302),  # a reference as typed in the chat, then its page
    (VERIFIER, "/kinerja//", "/kinerja", 200),
    (VERIFIER, "/?view=semua", None, 200),  # the queue's own address ends in its slash
    (SUPERVISOR, "/unduh/antrean.csv/?view=semua", "/unduh/antrean.csv?view=semua", 200),
    (DLH_1, "/pengaduan/1/", "/pengaduan/1", 200),
    (DLH_1, "/kinerja/", "/kinerja", 403),  # the page's roles still apply
    (DLH_1, "/audit/", "/audit", 403),
    (PUPR_1, "/pengaduan/1/", "/pengaduan/1", 404),  # another agency's complaint: as one that does not exist
    (PUPR_1, "/pengaduan/999/", "/pengaduan/999", 404),
    (None, "/pengaduan/1/", "/pengaduan/1", 302),  # a visitor: to the login, as without the slash
    (None, "/masuk/", "/masuk", 200),
    (VERIFIER, "/tidak-ada/", None, 404),
    (VERIFIER, "/pengaduan/1/tidak-ada/", None, 404),
    (None, "/twilio/whatsapp/", None, 404),  # a door that is not a page: its plain 404 (it was a 500)
    (None, "/twilio/tidak-ada", None, 404),
    (None, "/healthz/", None, 404),
    (VERIFIER, "//kinerja/", "/kinerja", 200),  # never to «//kinerja»: a browser reads another host there
    (VERIFIER, "//evil.example/", None, 404),
])
def test_a_page_s_address_ending_in_a_slash_leads_to_the_page(world, login_as, staff_client, phone, path, location,
                                                               then):
    filed_and_forwarded(make_people(world), photo=False)
    client = login_as(phone) if phone else staff_client
    address, _, query = path.partition("?")  # as sent («//kinerja/» would be read as a host by the test client)
    response = client.get("/", query_string=query, environ_overrides={"PATH_INFO": address})
    if location is None:
        assert response.status_code == then and "Location" not in response.headers, path
        return
    assert (response.status_code, response.headers["Location"]) == (308, location), path
    assert client.get(location).status_code == then, location
