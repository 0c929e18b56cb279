"""People WhatsApp identifies by a business-scoped user ID (BSUID) and a username instead of a phone number: they are
served like anyone else, linked to their number only on the provider's word, and staff link theirs with a code."""

from __future__ import annotations

import csv
import logging
import re

import pytest
from sqlalchemy import select

from bot.inbound import InvalidMessage, parse_identity
from bot.outbox import OutboxSender, enqueue
from bot.transports import TwilioTransport
from lapor.phones import national
from models import ComplaintFollower, Contact, InboundMessage, OutboxMessage
from services import services
from tests.fake_twilio import FakeTwilio
from tests.parties import CITIZEN, CITIZEN_NAME, DLH_1, Party, complaint, deliver, file, file_and_read

BSUID = "ID.13491208655302741918"
OTHER_BSUID = "ID.77001234567890123456"
PARENT_BSUID = "ID.ENT.11815799212886844830"
TEMPLATE = "HX" + "b" * 32



def contacts_of(app, *addresses) -> list[Contact]:
    with services(app).session_factory() as session:
        return session.scalars(select(Contact).where(Contact.phone.in_(addresses) | Contact.bsuid.in_(addresses))
                               .order_by(Contact.id)).all()


# Parsing: one function, one table ---------------------------------------------------------------------

@pytest.mark.parametrize("form,phone,bsuid,username", [
    ({"From": "whatsapp:+6281234567890"}, CITIZEN, None, ""),
    ({"From": "whatsapp:081234567890"}, CITIZEN, None, ""),
    ({"From": f"whatsapp:{BSUID}"}, None, BSUID, ""),
    ({"From": f"WhatsApp: {BSUID} "}, None, BSUID, ""),
    ({"From": f"whatsapp:{PARENT_BSUID}"}, None, PARENT_BSUID, ""),
    ({"From": "whatsapp:US." + "a1" * 64}, None, "US." + "a1" * 64, ""),  # 128 letters and digits: the most
    ({"From": f"whatsapp:{BSUID}", "WaId": "6281234567890"}, CITIZEN, BSUID, ""),  # the number beside the BSUID
    ({"From": f"whatsapp:{BSUID}", "WaId": BSUID}, None, BSUID, ""),
    ({"From": "whatsapp:+6281234567890", "WaId": "6281298765432"}, CITIZEN, None, ""),  # From wins
    ({"From": "whatsapp:+6281234567890", "BusinessScopedUserId": BSUID}, CITIZEN, BSUID, ""),
    ({"From": "whatsapp:+6281234567890", "FromUserId": f"whatsapp:{BSUID}"}, CITIZEN, BSUID, ""),
    ({"From": "whatsapp:+6281234567890", "UserId": "id.123"}, CITIZEN, None, ""),  # a malformed extra is ignored
    ({"From": f"whatsapp:{BSUID}", "UserId": OTHER_BSUID}, None, BSUID, ""),  # From wins
    ({"From": "", "Bsuid": BSUID}, None, BSUID, ""),
    ({"From": f"whatsapp:{BSUID}", "Username": "@siti.rahma"}, None, BSUID, "siti.rahma"),
    ({"From": f"whatsapp:{BSUID}", "ProfileUsername": " wulan_88 \x00"}, None, BSUID, "wulan_88"),
    ({"From": f"whatsapp:{BSUID}", "Username": "", "FromUsername": "budi"}, None, BSUID, "budi"),
])
def test_identity_is_read_from_from_waid_and_the_extra_fields(form, phone, bsuid, username):
    identity = parse_identity(form)
    assert (identity.phone, identity.bsuid, identity.username) == (phone, bsuid, username)


MALFORMED = ["whatsapp:ID." + "1" * 129, "whatsapp:id.13491208655302741918", "whatsapp:ID13491208655302741918",
             "whatsapp:ID.", "whatsapp:I.123", "whatsapp:IDN.123", "whatsapp:ID.1349-1208", "whatsapp:ID.ENT.",
             "whatsapp:id.081234567890", "whatsapp:ID.13491208655302741918.", "whatsapp:", "", "ID 1349"]


@pytest.mark.parametrize("sender", MALFORMED)
def test_malformed_bsuids_are_no_identity(sender):
    with pytest.raises(InvalidMessage):
        parse_identity({"From": sender, "WaId": sender.removeprefix("whatsapp:")})


@pytest.mark.parametrize("sender", MALFORMED)
def test_a_message_with_neither_a_number_nor_a_valid_bsuid_is_a_400_with_a_log_line(wa, session, sender, caplog):
    with caplog.at_level(logging.WARNING, logger="bot.webhook"):
        reply = wa.post({**wa.form(CITIZEN, "Jalan rusak"), "From": sender, "WaId": ""})
    assert reply.status == 400
    assert "refused inbound message: missing or invalid From" in caplog.text
    assert session.scalars(select(Contact)).all() == [] and session.scalars(select(InboundMessage)).all() == []


# Citizens behind a BSUID ------------------------------------------------------------------------------

def test_a_citizen_known_only_by_a_bsuid_files_follows_answers_and_rates(world, people):
    hidden = Party(world, BSUID, "Siti")
    assert "LPR-1" in file_and_read(hidden)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says("INFO LPR-1 Di sebelah mana tepatnya?")
    question = [m for m in hidden.inbox() if m.purpose == "question"][-1]
    hidden.swipe(question, "Di depan pos ronda pasar")
    assert any("pos ronda" in m.body for m in people["dlh1"].inbox())
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut")
    assert any(m.purpose == "rating" and m.status == "sent" for m in hidden.inbox())
    assert "LPR-1" in hidden.says("STATUS")
    hidden.says("5")
    assert complaint(world, 1).rating == 5
    [contact] = contacts_of(world, BSUID)
    assert (contact.phone, contact.bsuid) == (None, BSUID)
    assert {m.recipient for m in hidden.inbox()} == {BSUID}


def test_phone_then_both_then_the_bsuid_alone_is_one_contact_with_one_history(world, people):
    file(people["citizen"])
    people["citizen"].says("MENU", BusinessScopedUserId=BSUID)  # the provider gives both in one message
    hidden = Party(world, BSUID, CITIZEN_NAME)
    assert "LPR-1" in hidden.says("STATUS")
    [contact] = contacts_of(world, CITIZEN, BSUID)
    assert (contact.phone, contact.bsuid) == (CITIZEN, BSUID)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert people["citizen"].last().recipient == CITIZEN  # the number, known, is where messages go


def test_a_bsuid_seen_first_and_then_with_the_number_joins_the_numbers_history(world, people):
    hidden = Party(world, BSUID, CITIZEN_NAME)
    file(hidden)  # LPR-1 under the BSUID alone
    file(people["citizen"])  # LPR-2 under the number alone: nothing says they are one person yet
    assert len(contacts_of(world, CITIZEN, BSUID)) == 2
    people["citizen"].says("MENU", BusinessScopedUserId=BSUID)  # now the provider says so
    status = hidden.says("STATUS")
    assert "LPR-1" in status and "LPR-2" in status
    [contact] = contacts_of(world, CITIZEN, BSUID)
    assert (contact.phone, contact.bsuid) == (CITIZEN, BSUID)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert any("LPR-1" in m.body for m in people["citizen"].inbox())


def test_a_bsuid_with_a_number_unknown_here_stores_both(world):
    Party(world, BSUID, "Siti").says("halo", WaId="6281234567890")
    [contact] = contacts_of(world, CITIZEN, BSUID)
    assert (contact.phone, contact.bsuid) == (CITIZEN, BSUID)


def test_a_new_bsuid_for_a_number_already_linked_to_another_is_not_merged_by_guesswork(world, people):
    people["citizen"].says("MENU", BusinessScopedUserId=BSUID)
    file(people["citizen"])
    reply = people["citizen"].says("STATUS", BusinessScopedUserId=OTHER_BSUID)  # a changed or recycled number
    assert "LPR-1" not in reply
    first, second = contacts_of(world, CITIZEN, BSUID, OTHER_BSUID)
    assert (first.phone, first.bsuid) == (CITIZEN, BSUID)
    assert (second.phone, second.bsuid) == (None, OTHER_BSUID)
    assert "LPR-1" in Party(world, BSUID).says("STATUS")  # the first person keeps their history


def test_a_repeated_delivery_from_a_bsuid_changes_nothing(world):
    hidden = Party(world, BSUID)
    form = hidden.wa.form(BSUID, "1", Username="siti")
    first, again = hidden.wa.post(form), hidden.wa.post(form)
    assert first.status == again.status == 200 and first.messages == again.messages
    assert hidden.state() == "kind"


# Usernames: a name, never an identity -----------------------------------------------------------------

def test_the_username_names_a_biasa_reporter_and_never_reaches_an_agency_for_anonim(world, people):
    hidden = Party(world, BSUID, "")
    hidden.says("halo", Username="@sitirahma")
    file(hidden)  # biasa
    file(hidden, privacy="3")  # anonim
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["verifier"].says("TERUSKAN LPR-2 DLH")
    assert complaint(world, 1).reporter_name == "sitirahma"
    notices = {m.subject_id: m.body for m in people["dlh1"].inbox() if m.purpose == "disposition"}
    assert "sitirahma" in notices[1]
    assert "sitirahma" not in notices[2] and BSUID.removeprefix("ID.") not in notices[2]
    for reader in ("dlh1", "head", "supervisor"):
        reply = people[reader].says("STATUS LPR-2")
        assert "sitirahma" not in reply and BSUID.removeprefix("ID.") not in reply


# Staff behind a BSUID: a citizen until linked with a code --------------------------------------------

def _code(people) -> str:
    body = [m for m in people["dlh1"].inbox() if m.purpose == "link_code"][-1].body
    return re.search(r"\b\d{6}\b", body).group()


def test_staff_writing_by_bsuid_are_told_how_to_link_and_a_code_to_their_number_links_them(world, people):
    hidden = Party(world, BSUID, "Dewi")
    assert "TAUTKAN" in hidden.says("TL LPR-1 Petugas sudah ke lokasi")
    assert "TAUTKAN" in hidden.says("BANTUAN")
    assert "kode 6 angka sudah kami kirim" in hidden.says("TAUTKAN 0811-0000-0020")
    code = _code(people)
    wrong = "000000" if code != "000000" else "111111"
    assert "Sisa percobaan: 4" in hidden.says(wrong)
    assert "Berhasil" in hidden.says(code)
    assert "Perintah petugas" in hidden.says("BANTUAN")
    [contact] = contacts_of(world, DLH_1, BSUID)
    assert (contact.phone, contact.bsuid, contact.role) == (DLH_1, BSUID, "officer")


@pytest.mark.parametrize("text", ["TL LPR-1 Petugas sudah ke lokasi", "teruskan lpr 2 DLH", "SELESAI #3 beres",
                                  "ANTREAN", "rekap"])
def test_staff_commands_from_a_bsuid_alone_explain_linking(world, text):
    assert "TAUTKAN" in Party(world, BSUID).says(text)


@pytest.mark.parametrize("text", ["Daftar bansos saya belum cair sejak bulan lalu", "Info jadwal posyandu",
                                  "selesai", "Tautan berita jalan rusak di desa kami"])
def test_a_citizens_words_that_look_like_commands_are_no_link_request(world, text):
    assert "TAUTKAN" not in Party(world, BSUID).says(text)


def test_a_link_code_expires_after_five_minutes(world, people, clock):
    hidden = Party(world, BSUID, "Dewi")
    hidden.says(f"TAUTKAN {DLH_1}")
    code = _code(people)
    clock.advance(minutes=5, seconds=1)
    assert "tidak berlaku" in hidden.says(code)
    assert contacts_of(world, DLH_1)[0].bsuid is None


def test_a_link_code_allows_five_tries(world, people):
    hidden = Party(world, BSUID, "Dewi")
    hidden.says(f"TAUTKAN {DLH_1}")
    code = _code(people)
    wrong = "000000" if code != "000000" else "111111"
    for _ in range(5):
        hidden.says(wrong)
    hidden.says(code)
    assert contacts_of(world, DLH_1)[0].bsuid is None


def test_link_codes_go_out_at_most_once_a_minute_per_requester(world, people, clock):
    hidden = Party(world, BSUID, "Dewi")
    for _ in range(3):
        hidden.says(f"TAUTKAN {DLH_1}")
    assert len([m for m in people["dlh1"].inbox() if m.purpose == "link_code"]) == 1
    clock.advance(minutes=1)
    hidden.says(f"TAUTKAN {DLH_1}")
    assert len([m for m in people["dlh1"].inbox() if m.purpose == "link_code"]) == 2
    assert "Berhasil" in hidden.says(_code(people))  # the newest code is the one that counts


def test_linking_a_number_that_is_no_staff_number_sends_nothing_and_says_the_same(world, people):
    hidden = Party(world, BSUID, "Siti")
    reply = hidden.says("TAUTKAN 081299990000")
    assert "kode 6 angka sudah kami kirim" in reply
    with services(world).session_factory() as session:
        assert session.scalars(select(OutboxMessage).where(OutboxMessage.purpose == "link_code")).all() == []


# Outbox and export ------------------------------------------------------------------------------------

def test_twilio_receives_messages_addressed_to_a_bsuid_and_refuses_a_malformed_one(make_app, clock):
    with FakeTwilio() as fake:
        transport = TwilioTransport(fake.account_sid, fake.auth_token, "whatsapp:+14155238886",
                                    api_base_url=fake.base_url, timeout=0.5)
        app = make_app(transport=transport, TWILIO_CONTENT_SIDS={"default": TEMPLATE})
        Party(app, BSUID).wa.send(BSUID, "halo")
        Party(app, OTHER_BSUID).wa.send(OTHER_BSUID, "halo")
        clock.advance(hours=25)
        Party(app, BSUID).wa.send(BSUID, "masih di sini")  # inside the 24-hour window; OTHER_BSUID is not
        svc = services(app)
        with svc.session_factory.begin() as session:
            enqueue(session, BSUID, "Laporan LPR-1 sudah diteruskan", now=clock())
            enqueue(session, OTHER_BSUID, "Laporan LPR-2 sudah diteruskan", now=clock())
            enqueue(session, "id.123", "tidak sampai", now=clock())
        OutboxSender(svc.session_factory, svc.transport, svc.config).run_once(clock())
        sent = {m["to"]: m for m in fake.messages}
    assert set(sent) == {f"whatsapp:{BSUID}", f"whatsapp:{OTHER_BSUID}"}
    assert sent[f"whatsapp:{BSUID}"]["body"] == "Laporan LPR-1 sudah diteruskan"  # free text inside the window
    assert sent[f"whatsapp:{OTHER_BSUID}"]["content_sid"] == TEMPLATE  # a template outside it
    with svc.session_factory() as session:
        statuses = dict(session.execute(select(OutboxMessage.recipient, OutboxMessage.status)).all())
    assert statuses == {BSUID: "sent", OTHER_BSUID: "sent", "id.123": "failed"}


def test_follows_of_both_identities_become_one_when_they_are_linked(world, people):
    file(people["citizen2"])  # LPR-1, public
    for person in (Party(world, BSUID, "Siti"), people["citizen"]):
        for body in ("1", "1", "Tumpukan sampah TPS pasar Srimangunan sampai ke jalan, bau sekali sudah seminggu",
                     "Pasar Srimangunan, Kec. Sampang"):
            person.says(body)
        assert "mengikuti LPR-1" in person.says("IKUTI LPR-1")
    people["citizen"].says("MENU", BusinessScopedUserId=BSUID)
    with services(world).session_factory() as session:
        follows = session.execute(select(ComplaintFollower.complaint_id, ComplaintFollower.contact_id)).all()
    [contact] = contacts_of(world, CITIZEN, BSUID)
    assert follows == [(complaint(world, 1).id, contact.id)]


def test_the_lapor_export_leaves_the_number_of_a_bsuid_reporter_empty_and_record_reads_it_back(world, people,
                                                                                            tmp_path):
    hidden = Party(world, BSUID, "")
    hidden.says("halo", Username="sitirahma")
    file(hidden)  # LPR-1, biasa
    file(hidden, privacy="3")  # LPR-2, anonim
    file(people["citizen"])  # LPR-3
    cli = world.test_cli_runner()
    out = tmp_path / "untuk-lapor.csv"
    result = cli.invoke(args=["lapor", "export", "-o", str(out)])
    assert result.exit_code == 0 and "Exported 3 complaint(s)" in result.output, result.output
    text = out.read_text(encoding="utf-8-sig")
    assert BSUID.removeprefix("ID.") not in text, "a BSUID never leaves for SP4N-LAPOR!"
    rows = {next(iter(row.values())): row for row in csv.DictReader(text.splitlines())}
    assert rows["LPR-1"]["Nomor Pelapor"] == "" and rows["LPR-1"]["Nama Pelapor"] == "sitirahma"
    assert rows["LPR-2"]["Nomor Pelapor"] == rows["LPR-2"]["Nama Pelapor"] == ""  # anonim rules unchanged
    assert rows["LPR-3"]["Nomor Pelapor"] == national(CITIZEN) == "0812-3456-7890"  # as staff type it into LAPOR
    lines = text.splitlines()
    filled = [lines[0]] + [line.removesuffix(",") + f",77310{index}" for index, line in enumerate(lines[1:])]
    out.write_text("\n".join(filled) + "\n", encoding="utf-8")
    recorded = cli.invoke(args=["lapor", "record", str(out)])
    assert recorded.exit_code == 0 and "3 recorded" in recorded.output, recorded.output
    assert complaint(world, 1).lapor_tracking_id == "773100"


def test_a_message_queued_before_linking_still_reaches_the_person(world, people):
    hidden = Party(world, BSUID, CITIZEN_NAME)
    file(hidden)
    people["citizen"].says("MENU", BusinessScopedUserId=BSUID)  # linked: messages now go to the number
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    deliver(world)
    assert any("LPR-1" in m.body for m in people["citizen"].inbox())
