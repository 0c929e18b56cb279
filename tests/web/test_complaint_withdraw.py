"""TARIK on the complaint page: a verifier takes back a disposition sent by mistake (optionally sending the complaint
on to the right agency), after a confirmation step, as the chat's TARIK does it (lapor.dispositions.take_back)."""

from __future__ import annotations

import html
import re

import pytest
from sqlalchemy import delete, select

from models import Agency, AuditEntry, RefusedForm
from tests.parties import complaint, file, make_people
from tests.web.conftest import DLH_1, PUPR_1, SUPERVISOR, VERIFIER, csrf_from


@pytest.fixture
def people(world):
    return make_people(world)


def text(response) -> str:
    return html.unescape(response.get_data(as_text=True))


def forwarded(people, agencies: str = "DLH") -> None:
    file(people["citizen"])
    people["verifier"].says(f"TERUSKAN LPR-1 {agencies}")


def states(world) -> list[tuple[str, str]]:
    return sorted((d.agency.code, d.status) for d in complaint(world, 1).dispositions)


def test_each_open_disposition_offers_the_verifier_a_take_back(people, login_as):
    forwarded(people, "DLH, PUPR")
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut")
    page = text(login_as(VERIFIER).get("/pengaduan/1"))
    offered = re.findall(r'<input type="hidden" name="agency" value="([A-Z]+)">', page)
    assert offered == ["PUPR"], "only a disposition still open can be taken back"
    assert "Tarik disposisi" in page and 'action="/pengaduan/1/tarik' in page
    # the agency it may go on to: the directory's, less the one taken back
    picker = re.search(r'<select[^>]*name="to"[^>]*>(.*?)</select>', page, re.S).group(1)
    assert 'value=""' in picker and 'value="DINKES"' in picker and 'value="PUPR"' not in picker


@pytest.mark.parametrize("phone", [DLH_1, SUPERVISOR])
def test_other_roles_are_offered_no_take_back(people, login_as, phone):
    forwarded(people)
    assert "/pengaduan/1/tarik" not in text(login_as(phone).get("/pengaduan/1"))


def test_the_take_back_is_confirmed_on_a_page_of_its_own_that_changes_nothing(people, login_as, world):
    forwarded(people)
    client = login_as(VERIFIER)
    first = client.post("/pengaduan/1/tarik", {"agency": "DLH", "to": "PUPR", "text": "mestinya jalan rusak"},
                        token_from="/pengaduan/1")
    assert first.status_code == 303 and first.location.startswith("/pengaduan/1/tarik?")
    for _ in range(2):  # Refresh
        preview = text(client.get(first.location))
        assert "Tarik disposisi LPR-1 dari DLH?" in preview and "Dinas Pekerjaan Umum" in preview
        assert "mestinya jalan rusak" in preview and "Ya, tarik dari DLH" in preview
    assert states(world) == [("DLH", "open")]
    assert login_as(DLH_1).get(first.location).status_code == 403
    done = client.client.post("/pengaduan/1/tarik", data={
        "csrf_token": csrf_from(preview), "agency": "DLH", "to": "PUPR", "text": "mestinya jalan rusak",
        "confirm": "1"})
    assert done.status_code == 303
    shown = text(client.get(done.location))
    assert "Disposisi LPR-1 ke DLH ditarik" in shown and "LPR-1 diteruskan ke Dinas Pekerjaan Umum" in shown
    assert states(world) == [("DLH", "withdrawn"), ("PUPR", "open")]
    [withdrawn] = [d for d in complaint(world, 1).dispositions if d.agency.code == "DLH"]
    assert withdrawn.return_reason == "mestinya jalan rusak"
    again = text(client.get(first.location))  # Back to the confirmation: nothing offered again
    assert "Ya, tarik" not in again and "tidak punya disposisi terbuka ke DLH" in again


def test_a_take_back_without_a_reason_says_sent_by_mistake_and_waits_for_a_forward(people, login_as, world):
    forwarded(people)
    client = login_as(VERIFIER)
    page = text(client.get("/pengaduan/1"))
    done = client.client.post("/pengaduan/1/tarik", data={"csrf_token": csrf_from(page), "agency": "DLH",
                                                          "confirm": "1"})
    shown = text(client.get(done.location))
    assert "LPR-1 kembali menunggu verifikasi" in shown and "TERUSKAN" not in shown.split("Riwayat")[0]
    assert complaint(world, 1).status == "belum_terverifikasi"
    assert [d.return_reason for d in complaint(world, 1).dispositions] == ["salah kirim"]


def test_a_take_back_of_an_agency_that_no_longer_holds_it_is_refused_in_words(people, login_as, world):
    forwarded(people)
    client = login_as(VERIFIER)
    page = text(client.get("/pengaduan/1"))
    people["dlh1"].says("KEMBALIKAN LPR-1 bukan kewenangan kami")
    response = client.client.post("/pengaduan/1/tarik", data={"csrf_token": csrf_from(page), "agency": "DLH",
                                                              "confirm": "1"})
    assert response.status_code == 303
    assert "tidak punya disposisi terbuka ke DLH" in text(client.get(response.location))
    assert states(world) == [("DLH", "returned")]


def test_a_take_back_is_audited_with_its_reason(people, login_as, world):
    forwarded(people)
    client = login_as(VERIFIER)
    page = text(client.get("/pengaduan/1"))
    client.client.post("/pengaduan/1/tarik", data={"csrf_token": csrf_from(page), "agency": "DLH", "to": "PUPR",
                                                   "text": "salah pilih", "confirm": "1"})
    with world.extensions["penghubung"].session_factory() as session:
        entries = [(e.action, {k: v for k, v in e.detail.items() if k != "kirim"}) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.address != "whatsapp", AuditEntry.complaint_id.is_not(None),
                                     AuditEntry.action != "identity_view").order_by(AuditEntry.id))]
    assert entries == [("tarik", {"agencies": ["DLH"], "to": ["PUPR"], "reason": "salah pilih"}),
                       ("teruskan", {"agencies": ["PUPR"], "field_inspection": False})]


def test_an_anonymous_reporters_name_in_the_reason_never_reaches_the_agency(people, login_as, world):
    """The verifier sees the anonymous reporter's name and may write it in the reason; the agency reads the
    withdrawn disposition's reason on the page: the name and number are masked, as a TUNDA question's are."""
    file(people["citizen"], privacy="3")
    people["verifier"].says("TERUSKAN LPR-1 DLH, PUPR")
    client = login_as(VERIFIER)
    page = text(client.get("/pengaduan/1"))
    client.client.post("/pengaduan/1/tarik", data={
        "csrf_token": csrf_from(page), "agency": "DLH", "confirm": "1",
        "text": "Bu Siti Rahma (0812-3456-7890) minta ke PUPR saja"})
    [withdrawn] = [d for d in complaint(world, 1).dispositions if d.agency.code == "DLH"]
    assert "Siti" not in withdrawn.return_reason and "3456" not in withdrawn.return_reason
    assert "minta ke PUPR saja" in withdrawn.return_reason
    shown = text(login_as(PUPR_1).get("/pengaduan/1"))
    assert "Siti Rahma" not in shown and "3456" not in shown


def test_a_forged_agency_to_go_on_to_is_refused_in_bahasa_indonesia(people, login_as, world):
    forwarded(people)
    client = login_as(VERIFIER)
    page = text(client.get("/pengaduan/1"))
    response = client.client.post("/pengaduan/1/tarik", data={"csrf_token": csrf_from(page), "agency": "DLH",
                                                              "to": "X" * 40, "confirm": "1"})
    shown = text(client.get(response.location))
    assert "Isian formulir belum lengkap" in shown and "longer than" not in shown
    assert states(world) == [("DLH", "open")]


def _take_back(client, to: str = "", agency: str = "DLH") -> str:
    """Take `agency`'s disposition back on the page, confirmed, sent on to `to`; the page that follows."""
    page = text(client.get("/pengaduan/1"))
    done = client.client.post("/pengaduan/1/tarik", data={"csrf_token": csrf_from(page), "agency": agency,
                                                          "to": to, "confirm": "1"})
    assert done.status_code == 303, done.status_code
    return text(client.get(done.location))


def flashes(page: str) -> str:
    return " ".join(re.findall(r'<p class="flash flash-\w+">(.*?)</p>', page, re.S))


def test_sent_on_to_an_agency_outside_the_region_says_it_goes_through_sp4n_lapor(people, login_as, world):
    """Found in review: «diteruskan ke PLN UP3, batas penyelesaian -. … LPR-1 kembali menunggu verifikasi» for a
    complaint sent on to PLN, which SP4N-LAPOR! carries on (no deadline of the region's, no verifier waited for)."""
    forwarded(people)
    said = flashes(_take_back(login_as(VERIFIER), to="PLN"))
    assert "Disposisi LPR-1 ke DLH ditarik" in said, said
    assert "LPR-1 ditandai untuk diteruskan ke PLN UP3 (di luar kewenangan daerah) melalui SP4N-LAPOR!" in said
    assert "batas penyelesaian" not in said and "menunggu verifikasi" not in said, said
    assert states(world) == [("DLH", "withdrawn"), ("PLN", "forwarded")]
    assert complaint(world, 1).status == "belum_ditindaklanjuti"


def test_taken_back_beside_an_agency_outside_the_region_still_says_where_it_is(people, login_as, world):
    forwarded(people, "DLH, PUPR")
    said = flashes(_take_back(login_as(VERIFIER), to="PLN"))
    assert "melalui SP4N-LAPOR!" in said and "menunggu verifikasi" not in said, said
    assert states(world) == [("DLH", "withdrawn"), ("PLN", "forwarded"), ("PUPR", "open")]


def test_taking_back_the_last_open_one_after_the_others_answered_says_it_is_finished(people, login_as, world):
    forwarded(people, "DLH, PUPR")
    people["pupr"].says("SELESAI LPR-1 jalan sudah ditambal")
    said = flashes(_take_back(login_as(VERIFIER)))
    assert complaint(world, 1).status == "selesai"
    assert "LPR-1 selesai" in said and "PUPR" in said and "menunggu verifikasi" not in said, said


def _refused(client, **posted) -> tuple[str, str]:
    """A take-back checked on the page and refused: where the browser is sent, and the page it shows."""
    page = text(client.get("/pengaduan/1"))
    response = client.client.post("/pengaduan/1/tarik", data={"csrf_token": csrf_from(page), "agency": "DLH",
                                                              **posted})
    assert response.status_code == 303, response.status_code
    return response.location, text(client.get(response.location))


def _fold(page: str, code: str = "DLH") -> str:
    return re.search(rf'<details class="confirm withdraw" id="tarik-{code}"[^>]*>.*?</details>', page, re.S).group()


LONG_REASON = "Salah pilih instansi, mestinya ke Dinas PUPR karena jalannya berlubang. " * 8


@pytest.mark.parametrize("confirm", ["", "1"])
def test_a_reason_too_long_is_kept_in_its_opened_fold_with_the_agency_picked(people, login_as, world, confirm):
    """Found in review: the refusal said «teks Anda masih ada di kolomnya», but the fold came back closed and
    empty (the kept form went nowhere) and the browser was sent to `#tarik`, which no section is."""
    forwarded(people, "DLH, DINKES")
    location, shown = _refused(login_as(VERIFIER), to="PUPR", text=LONG_REASON, confirm=confirm)
    assert location.endswith("#tarik-DLH"), location
    fold = _fold(shown)
    assert fold.startswith('<details class="confirm withdraw" id="tarik-DLH" open'), fold[:80]
    assert LONG_REASON.strip() in fold and "Teks paling panjang 500 karakter" in fold
    assert re.search(r'<option value="PUPR"\s+selected', fold), fold
    assert "Teks paling panjang" not in shown.split('id="tarik-DLH"')[0], "said beside the form, not at the top"
    assert not _fold(shown, "DINKES").startswith('<details class="confirm withdraw" id="tarik-DINKES" open')
    assert states(world) == [("DINKES", "open"), ("DLH", "open")]


def test_an_agency_switched_off_while_the_page_was_open_is_refused_in_a_take_backs_words(people, login_as, world):
    """Found in review: «Hapus centangnya» (untick it) for a drop-down, and the typed reason thrown away."""
    forwarded(people)
    client = login_as(VERIFIER)
    page = text(client.get("/pengaduan/1"))
    with world.extensions["penghubung"].session_factory.begin() as session:
        session.scalars(select(Agency).where(Agency.code == "PUPR")).one().active = False
    response = client.client.post("/pengaduan/1/tarik", data={
        "csrf_token": csrf_from(page), "agency": "DLH", "to": "PUPR", "text": "mestinya jalan rusak"})
    assert response.location.endswith("#tarik-DLH"), response.location
    fold = _fold(text(client.get(response.location)))
    assert "PUPR tidak aktif lagi di direktori" in fold and "centang" not in fold, fold
    assert "mestinya jalan rusak" in fold and 'value="PUPR"' not in fold
    assert states(world) == [("DLH", "open")]


def test_a_refusal_for_an_agency_that_holds_it_no_more_is_said_at_the_top(people, login_as, world):
    forwarded(people)
    client = login_as(VERIFIER)
    page = text(client.get("/pengaduan/1"))
    people["dlh1"].says("KEMBALIKAN LPR-1 bukan kewenangan kami")
    response = client.client.post("/pengaduan/1/tarik", data={
        "csrf_token": csrf_from(page), "agency": "DLH", "text": "salah pilih", "confirm": "1"})
    assert "#tarik-" not in response.location, response.location
    shown = text(client.get(response.location))
    assert "tidak punya disposisi terbuka ke DLH" in shown and 'id="tarik-DLH"' not in shown


def test_the_reason_box_counts_its_characters_against_its_limit(people, login_as):
    forwarded(people)
    fold = _fold(text(login_as(VERIFIER).get("/pengaduan/1")))
    box = re.search(r"<textarea[^>]*>", fold).group()
    assert 'data-limit="500"' in box and 'aria-describedby="tarik-DLH-text-hint"' in box, box
    assert re.search(r'<p class="hint" id="tarik-DLH-text-hint">[^<]*500 karakter', fold), fold


def test_the_reason_travels_to_the_confirmation_kept_on_the_server_never_in_its_address(people, login_as, world):
    """Found in review: `?alasan=…` put what the verifier typed (an anonymous reporter's name, even) in the
    address, and with it in access logs and the browser's history; it is kept like a refused form's text."""
    forwarded(people)
    client = login_as(VERIFIER)
    reason = "Pak Ahmad minta ke PUPR saja"
    first = client.post("/pengaduan/1/tarik", {"agency": "DLH", "to": "PUPR", "text": reason},
                        token_from="/pengaduan/1")
    assert first.status_code == 303 and first.location.startswith("/pengaduan/1/tarik?"), first.location
    assert "alasan" not in first.location and "Ahmad" not in first.location, first.location
    for _ in range(2):  # Refresh
        preview = text(client.get(first.location))
        assert reason in preview and "Ya, tarik dari DLH" in preview
    done = client.client.post("/pengaduan/1/tarik", data={
        "csrf_token": csrf_from(preview), "agency": "DLH", "to": "PUPR", "text": reason, "confirm": "1"})
    assert done.status_code == 303
    assert [d.return_reason for d in complaint(world, 1).dispositions if d.agency.code == "DLH"] == [reason]


def test_a_confirmation_whose_kept_reason_is_gone_asks_for_it_again_in_the_opened_fold(people, login_as, world):
    forwarded(people)
    client = login_as(VERIFIER)
    first = client.post("/pengaduan/1/tarik", {"agency": "DLH", "to": "PUPR", "text": "salah pilih instansi"},
                        token_from="/pengaduan/1")
    with world.extensions["penghubung"].session_factory.begin() as session:
        session.execute(delete(RefusedForm))  # a day later: kept rows are read no more
    shown = text(client.get(first.location))
    assert "Ya, tarik" not in shown
    fold = _fold(shown)
    assert fold.startswith('<details class="confirm withdraw" id="tarik-DLH" open') and "Ketik lagi" in fold, fold
    assert re.search(r'<option value="PUPR"\s+selected', fold), fold
    assert states(world) == [("DLH", "open")]


def test_a_take_back_without_a_reason_is_confirmed_with_sent_by_mistake(people, login_as, world):
    forwarded(people)
    client = login_as(VERIFIER)
    first = client.post("/pengaduan/1/tarik", {"agency": "DLH", "to": "", "text": ""}, token_from="/pengaduan/1")
    preview = text(client.get(first.location))
    assert "Ya, tarik dari DLH" in preview and "salah kirim" in preview and "Ketik lagi" not in preview
