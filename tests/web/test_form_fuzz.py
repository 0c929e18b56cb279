"""The dashboard's forms fuzzed (hypothesis): junk in every field of every form, odd files, odd complaint numbers and
actions, posted by each role and by nobody logged in. The answer is a 4xx, a redirect or a page (with the error),
never a 500."""

from __future__ import annotations

import io
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.faults.test_webhook_fuzz import unicode_text
from tests.parties import make_people, one_forwarded_one_anonymous
from tests.sampling import examples
from tests.web.conftest import DLH_1, DLH_HEAD, PUPR_1, SUPERVISOR, VERIFIER, StaffClient, csrf_from

HUNT = int(os.environ.get("FUZZ_EXAMPLES", "0"))  # set: that many fresh random examples instead of the fixed ones
FORMS = settings(max_examples=HUNT or examples(150), derandomize=not HUNT, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
ROLES = (VERIFIER, SUPERVISOR, DLH_1, DLH_HEAD, PUPR_1, None)  # None: nobody logged in
NUMBERS = ("1", "2", "3", "0", "999999", "2147483648", "99999999999999999999")
ACTIONS = ("teruskan", "tunda", "arsipkan", "gabung", "tl", "selesai", "info", "kembalikan", "survei", "xyz")
CODES = ("DLH", "PUPR", "PLN", "XX", "dlh", "%00", "D" * 300)
paths = st.one_of(
    st.builds(lambda n, a: f"/pengaduan/{n}/{a}", st.sampled_from(NUMBERS), st.sampled_from(ACTIONS)),
    st.sampled_from(["/direktori/pratinjau", "/direktori/terapkan", "/kinerja/lapor-rekam", "/templat",
                     "/masuk", "/masuk/kode"]),
    st.builds(lambda n, gone: f"/templat/{n}" + ("/hapus" if gone else ""), st.sampled_from(NUMBERS), st.booleans()),
    st.builds(lambda c, n, gone: f"/direktori/{c}/templat" + (f"/{n}" if n else "") + ("/hapus" if gone and n else ""),
              st.sampled_from(CODES), st.sampled_from(("",) + NUMBERS), st.booleans()))
junk = st.one_of(unicode_text, st.sampled_from([
    "", " ", "\x00", "LPR-1", "LPR-2", "LPR-99999999999999999999", "lpr-0", "#1", "1e9", "-1", "NaN", "DLH", "PUPR",
    "PLN", "y", "1", "0", "on", "true", "081100000001", "+6281100000001", "123456", "999999", "🙏" * 500,
    "\u202eLPR-1", "x" * 6000, "a\r\nb\rc\n", "<script>alert(1)</script>", "{{ 7*7 }}"]))
FIELDS = ("text", "agencies", "field_inspection", "parent", "typed", "confirm", "seen", "jenis", "pratinjau", "title",
          "body", "phone", "code", "ulang", "next")
files = st.builds(lambda content, name: (io.BytesIO(content), name),
                  st.one_of(st.binary(max_size=2000), st.sampled_from([b"\xff\xd8\xff\xe0" + b"\0" * 100,
                                                                        b"phone,name,role,agency\n0811,x,y,z\n",
                                                                        b"PK\x03\x04" + b"\0" * 50])),
                  st.one_of(st.sampled_from(["a.jpg", "a.csv", "a.xlsx", "a.pdf", "", "..", "../../etc/passwd",
                                             "a" * 300 + ".csv"]), unicode_text))


@st.composite
def posts(draw) -> tuple:
    role = draw(st.sampled_from(ROLES))
    path = draw(paths)
    data: dict = {}
    for name in draw(st.lists(st.one_of(st.sampled_from(FIELDS), unicode_text.filter(bool)), unique=True,
                              max_size=6)):
        data[name] = draw(st.one_of(junk, st.lists(junk, min_size=2, max_size=3)))
    for name in draw(st.lists(st.sampled_from(["photo", "berkas"]), unique=True)):
        data[name] = draw(files)
    token = draw(st.sampled_from(["valid", "valid", "valid", "valid", "missing", "junk"]))
    return role, path, data, token


@pytest.fixture
def clients(world, login_as):
    """A logged-in client per role (and one logged in as nobody), over two complaints, one forwarded to DLH. The
    sessions are opened as a right code opens them (`login_as`): the code flow, four requests and a WhatsApp message
    a role, was most of the setup of each of this module's 22 tests; tests/web/test_login.py tests it."""
    people = make_people(world)
    one_forwarded_one_anonymous(people)
    made = {}
    for phone in ROLES:
        client = login_as(phone) if phone else StaffClient(world)
        made[phone] = (client, csrf_from(client.get("/masuk" if phone is None else "/").get_data(as_text=True)))
    return made


@FORMS
@given(post=posts())
def test_junk_in_any_dashboard_form_from_any_role_never_makes_a_500(clients, post):
    role, path, data, token = post
    client, csrf = clients[role]
    if token != "missing":
        data = {**data, "csrf_token": csrf if token == "valid" else "IjEi.junk"}
    if path in ("/masuk", "/masuk/kode") and role is not None:
        client = StaffClient(client.app)  # a logged-in client is sent away from the login forms: try them anew
        data["csrf_token"] = csrf_from(client.get("/masuk").get_data(as_text=True))
    response = client.client.post(path, data=data, content_type="multipart/form-data")
    assert response.status_code < 500, (response.status_code, role, path, data)


@pytest.mark.parametrize("phone, method, path", [
    (DLH_1, "GET", "/templat/2147483648"), (DLH_1, "POST", "/templat/99999999999999999999"),
    (DLH_1, "POST", "/templat/2147483648/hapus"), (VERIFIER, "GET", "/direktori/DLH/templat/99999999999999999999"),
    (VERIFIER, "POST", "/direktori/DLH/templat/2147483648/hapus"), (DLH_1, "POST", "/pengaduan/2147483648/tl"),
    (VERIFIER, "GET", "/pengaduan/99999999999999999999"), (VERIFIER, "GET", "/pengaduan/9223372036854775808/gabung"),
    (VERIFIER, "GET", "/media/2147483648")])
def test_a_number_in_the_address_beyond_the_databases_integers_is_not_found(clients, phone, method, path):
    """Found by the fuzz above on PostgreSQL: POST /templat/2147483648 by an officer made a 500 (integer out of
    range); on SQLite a number beyond 64 bits did."""
    client, csrf = clients[phone]
    response = client.client.open(path, method=method, data={"csrf_token": csrf, "title": "x", "body": "y"})
    assert response.status_code == 404


@pytest.mark.parametrize("name", ["\n", "a\r\nb", "\r"])
@pytest.mark.parametrize("path", ["/direktori/pratinjau", "/templat", "/pengaduan/1/tunda", "/masuk"])
def test_a_form_field_whose_name_breaks_its_header_is_refused_not_a_500(clients, path, name):
    """Found by the fuzz above: a multipart field named "\\n" (its name lost when the header is read) and no CSRF
    token made a 500 in Flask-WTF's search for a prefixed token."""
    client, _ = clients[VERIFIER]
    response = client.client.post(path, data={name: "x", "text": ""}, content_type="multipart/form-data")
    assert response.status_code in (302, 303, 400, 403)
