"""The inbound webhook: signatures, parsing of odd input, deduplication and per-person serialisation."""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from urllib.parse import urlparse

import pytest
from flask import request
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from twilio.request_validator import RequestValidator, add_port, remove_port
from werkzeug.datastructures import ImmutableMultiDict
from werkzeug.exceptions import RequestEntityTooLarge

from bot.webhook import is_signed, posted_fields, twiml
from models import Contact, InboundMessage
from services import services
from tests.conftest import WhatsApp, count

CITIZEN = "+6281234567890"


def test_signed_message_gets_menu_and_is_logged(wa, session):
    reply = wa.send(CITIZEN, "halo")
    assert reply.status == 200
    assert "1 Buat pengaduan" in reply.text
    contact = session.scalars(select(Contact)).one()
    assert contact.phone == CITIZEN and contact.last_inbound_at is not None
    assert count(session, InboundMessage) == 1


def test_unsigned_request_is_refused(wa, session):
    reply = wa.post(wa.form(CITIZEN, "halo"), signature="")
    assert reply.status == 403
    assert count(session, InboundMessage) == 0


def test_tampered_parameters_are_refused(wa, session):
    form = wa.form(CITIZEN, "halo")
    signature = wa.validator.compute_signature(wa.url, form)
    form["Body"] = "halo, ubah isi"
    assert wa.post(form, signature=signature).status == 403
    assert count(session, Contact) == 0


def test_signature_with_wrong_token_is_refused(app, session):
    other = WhatsApp(app, token="not-the-token")
    assert other.send(CITIZEN, "halo").status == 403


@pytest.mark.parametrize("base_url", ["", "https://aduan.sukamaju.go.id"])
def test_a_refused_signature_tells_the_operator_what_to_check(make_app, caplog, base_url):
    # A wrong TWILIO_AUTH_TOKEN or PUBLIC_BASE_URL refuses every message; the log said «tampered request».
    wa = WhatsApp(make_app(PUBLIC_BASE_URL=base_url), token="the-token-in-twilios-console")
    assert wa.send(CITIZEN, "halo rahasia").status == 403
    line = caplog.records[-1].getMessage()
    checked = (base_url or "http://localhost") + "/twilio/whatsapp"
    assert checked in line and "TWILIO_AUTH_TOKEN" in line and "PUBLIC_BASE_URL" in line
    assert "halo rahasia" not in line and CITIZEN[-8:] not in line
    assert wa.post(wa.form(CITIZEN, "halo"), signature="").status == 403
    assert "without X-Twilio-Signature" in caplog.records[-1].getMessage()


def test_public_base_url_is_what_twilio_signs(make_app):
    app = make_app(PUBLIC_BASE_URL="https://aduan.sukamaju.go.id")
    wa = WhatsApp(app)
    form = wa.form(CITIZEN, "halo")
    public = wa.validator.compute_signature("https://aduan.sukamaju.go.id/twilio/whatsapp", form)
    assert wa.post(form, signature=public).status == 200
    assert wa.post(wa.form(CITIZEN, "halo")).status == 403  # signed for http://localhost


def test_proxy_headers_are_trusted_when_configured(make_app):
    app = make_app(TRUSTED_PROXIES=1)
    wa = WhatsApp(app)
    form = wa.form(CITIZEN, "halo")
    signature = wa.validator.compute_signature("https://aduan.sukamaju.go.id/twilio/whatsapp", form)
    response = wa.client.post("/twilio/whatsapp", data=form, headers={
        "X-Twilio-Signature": signature, "X-Forwarded-Proto": "https", "X-Forwarded-Host": "aduan.sukamaju.go.id"})
    assert response.status_code == 200


def test_repeated_delivery_gets_same_reply_and_changes_nothing(wa, session):
    form = wa.form(CITIZEN, "halo")
    first, second, third = wa.post(form), wa.post(form), wa.post(form)
    assert first.status == second.status == third.status == 200
    assert first.messages == second.messages == third.messages
    assert count(session, InboundMessage) == 1


def test_odd_but_valid_messages_get_a_reply(wa):
    cases = [
        {"Body": ""},
        {"Body": "", "NumMedia": "1", "MediaUrl0": "https://api.twilio.com/m/1", "MediaContentType0": "image/jpeg"},
        {"Body": "x" * 5000},
        {"Body": "😡😡😡🙏"},
        {"Body": "'; DROP TABLE contacts; --"},
        {"Body": "", "Latitude": "-7.1", "Longitude": "113.2", "Address": "Jl. Trunojoyo"},
        {"Body": "", "NumMedia": "1", "MediaUrl0": "https://api.twilio.com/m/2", "MediaContentType0": "image/webp"},
        {"Body": "hi", "NumMedia": "banyak", "Latitude": "utara"},
        {"Body": "nul\x00byte"},
    ]
    for fields in cases:
        reply = wa.post(wa.form(CITIZEN, **fields))
        assert reply.status == 200, fields
        assert reply.messages, fields


def test_control_characters_never_make_the_twiml_reply_unreadable(wa):
    """XML 1.0 cannot carry most control characters: a reply quoting the citizen's text must still parse."""
    steps = ["1", "1", "Sampah\x01 di TPS\x0bpasar menumpuk\x1b sudah seminggu\x08 lebih", "Pasar\x0cKota",
             "LEWATI", "1"]
    for body in steps:
        reply = wa.send(CITIZEN, body)  # parsing the TwiML is part of sending
        assert reply.status == 200 and reply.messages, body
    assert "Sampah di TPS pasar menumpuk sudah seminggu lebih" in reply.text and "Pasar Kota" in reply.text


FIELD_VALUES = ["", "  ", "Jalan rusak", "  jalan rusak di depan SDN 3  ", "whatsapp:+6281234567890", "@siti.rahma",
                "nul\x00byte", " \x01awal", "tab\tdan\nbaris\r\n", "vt\x0bff\x0cend", "\x7f del", "ẞuper café",
                "Jalan rusak 😡🙏", "bom\ufeffdi tengah", "\ufffe\uffff", "\u2028garis\u2029",
                "\u00a0spasi keras\u00a0", "\u3000penuh\u3000", "\x1b[31m merah", "akhir\x1f"]


@pytest.mark.parametrize("value", FIELD_VALUES)
def test_a_form_field_is_cleaned_as_the_pattern_cleans_it(value):
    """Printable ASCII skips the pattern's scan: every field still comes out as the pattern and strip make it."""
    from bot.inbound import NOT_XML, _clean

    assert _clean(value) == NOT_XML.sub("", value.replace("\x0b", " ").replace("\x0c", " ")).strip()


@pytest.mark.parametrize("form,username", [
    ({"Username": "  ", "ProfileUsername": "\x00", "FromUsername": " @budi_88 "}, "budi_88"),
    ({"Username": "\x01siti\x02", "FromUsername": "budi"}, "siti"),
    ({"ProfileUsername": "\t@wulan\n"}, "wulan"),
    ({"Username": "\x00\x01"}, ""),
])
def test_the_username_is_the_first_field_with_something_left_after_cleaning(form, username):
    from bot.inbound import parse_identity

    assert parse_identity({"From": "whatsapp:+6281234567890", **form}).username == username


def test_twiml_drops_characters_xml_cannot_carry_from_any_reply():
    body = twiml(["Laporan dari SP4N-LAPOR!: jalan\x01 rusak\x0b"]).get_data(as_text=True)
    assert ET.fromstring(body).findtext("Message") == "Laporan dari SP4N-LAPOR!: jalan rusak"


@pytest.mark.parametrize("replies", [[], ["Halo & <selamat> \"datang\" 'Pak'"], ["panjang " * 400, "kedua\nbaris"]])
def test_twiml_is_the_document_twilios_messaging_response_writes(replies):
    from twilio.twiml.messaging_response import MessagingResponse

    from bot.outbox import split_body

    expected = MessagingResponse()
    for text in replies:
        for part in split_body(text):
            expected.message(part)
    ours = twiml(replies).get_data(as_text=True)
    assert ours.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    parse = ET.fromstring
    assert [(e.tag, e.text) for e in parse(ours).iter()] == [(e.tag, e.text) for e in parse(str(expected)).iter()]
    assert len(parse(ours).findall("Message")) == sum(len(split_body(r)) for r in replies)


def test_form_without_body_field_is_answered(wa):
    form = wa.form(CITIZEN)
    del form["Body"]
    assert wa.post(form).status == 200


def test_invalid_sender_or_sid_is_a_400(wa, session):
    assert wa.post(wa.form("+62", "halo")).status == 400
    assert wa.post(wa.form(CITIZEN, "halo", From="bukan nomor")).status == 400
    form = wa.form(CITIZEN, "halo")
    del form["MessageSid"]
    assert wa.post(form).status == 400
    for sid in ("SM\x00" + "0" * 32, "SM 123", "S", "SM" + "0" * 63, "SMé" + "0" * 31):  # NUL: PostgreSQL refuses it
        assert wa.post(wa.form(CITIZEN, "halo", MessageSid=sid)).status == 400, sid
    assert count(session, InboundMessage) == 0


def test_huge_request_is_refused_without_a_500(wa):
    form = wa.form(CITIZEN, "x" * 400_000)
    assert wa.post(form).status == 413


def test_writing_again_lifts_an_opt_out(wa, svc, session):
    wa.send(CITIZEN, "halo")
    with svc.session_factory.begin() as s:
        s.scalars(select(Contact)).one().opted_out = True
    wa.send(CITIZEN, "halo lagi")
    assert session.scalars(select(Contact)).one().opted_out is False


def test_the_hot_statements_read_and_write_as_sqlalchemy_does(wa, svc):
    """The sender's upsert and the conversation's read run on the driver's cursor on PostgreSQL (`Prepared`): the
    same values, types included (UTC datetimes, JSON), as through SQLAlchemy."""
    from bot.dispatch import _CONVERSATION, _UPSERTS
    from models.db import Prepared

    wa.send(CITIZEN, "halo")
    wa.send(CITIZEN, "1")
    with svc.session_factory() as session:
        upsert = _UPSERTS["phone"][session.connection().dialect.name]
        values = {"phone": CITIZEN, "now": datetime(2026, 3, 2, 1, 2, 3, tzinfo=UTC), "profile_name": "Warga",
                  "wa_id": None, "username": None}
        [contact] = upsert.execute(session, values)
        assert contact == dict(session.connection().execute(upsert.statement, values).one()._mapping)
        assert contact["last_inbound_at"] == values["now"] and contact["last_inbound_at"].tzinfo is UTC
        [conversation] = _CONVERSATION.execute(session, {"contact_id": contact["id"]})
        assert conversation == dict(session.connection().execute(
            _CONVERSATION.statement, {"contact_id": contact["id"]}).one()._mapping)
        assert conversation["state"] == "kind" and isinstance(conversation["data"], dict)
        assert conversation["updated_at"].tzinfo is UTC
        assert _CONVERSATION.execute(session, {"contact_id": -1}) == []
        # A default computed per row (the log's payload: a new dict) is left to SQLAlchemy, which writes it
        log = Prepared(InboundMessage.__table__.insert(), ("message_sid", "contact_id", "received_at"))
        assert log.execute(session, {"message_sid": "SMdefaults", "contact_id": contact["id"],
                                     "received_at": values["now"]}) == []
        assert session.execute(select(InboundMessage.payload, InboundMessage.num_media)
                               .where(InboundMessage.message_sid == "SMdefaults")).one() == ({}, 0)
        session.rollback()


def test_an_answer_sends_the_promises_statements_and_no_unit_of_work(wa, svc):
    """A citizen answering a question costs the statements the promises need and nothing more: the sender's upsert
    (the lock), the conversation's read (after it), the log with the conversation's save (PostgreSQL; SQLite saves
    it by the flush at commit), and the commit: no second write of the conversation, no read of what was just
    written, no flush of objects that only look changed."""
    from sqlalchemy import event

    sent: list[str] = []

    def statement(_connection, _cursor, sql, *_args):
        sent.append(" ".join(sql.split()[:3]))

    wa.send(CITIZEN, "halo")
    wa.send(CITIZEN, "1")  # a complaint: the next message answers what happened
    event.listen(svc.engine, "before_cursor_execute", statement)
    try:
        assert wa.send(CITIZEN, "jalan di depan rumah saya berlubang besar sekali").status == 200
    finally:
        event.remove(svc.engine, "before_cursor_execute", statement)
    if svc.engine.dialect.name == "postgresql":
        expected = ["INSERT INTO contacts", "SELECT conversations.id, conversations.contact_id,", "WITH saved AS"]
    else:
        expected = ["BEGIN IMMEDIATE", "INSERT INTO contacts", "SELECT conversations.id, conversations.contact_id,",
                    "INSERT INTO inbound_messages", "UPDATE conversations SET"]
    assert sent == expected


def test_the_hot_statements_cursor_serves_each_transaction_and_a_replaced_connection(wa, svc):
    """On PostgreSQL each hot statement has one driver cursor per connection (`models.db._cursor`): a statement
    after a commit, a rollback or a failed statement reads and writes what its own transaction sees, and a
    connection replaced after a disconnect gets a cursor of its own."""
    from bot.dispatch import _CONVERSATION, _UPSERTS
    from models.db import _cursor

    wa.send(CITIZEN, "halo")
    values = {"phone": CITIZEN, "now": datetime(2026, 3, 2, 1, 2, 3, tzinfo=UTC), "wa_id": None, "username": None}
    with svc.session_factory() as session:
        postgres = session.get_bind().dialect.name == "postgresql"
        upsert = _UPSERTS["phone"][session.connection().dialect.name]
        upsert.execute(session, {**values, "profile_name": "Satu"})
        session.commit()
        upsert.execute(session, {**values, "profile_name": "Dua"})
        session.rollback()
        [contact] = upsert.execute(session, {**values, "profile_name": None})
        assert contact["profile_name"] == "Satu"  # the rolled-back name is gone, the committed one kept
        if postgres:  # SQLite takes any value for an integer column
            with pytest.raises(Exception):  # noqa: B017 - the driver's error (SQLAlchemy's while listeners are on)
                _CONVERSATION.execute(session, {"contact_id": "not a number"})
            session.rollback()
        assert len(_CONVERSATION.execute(session, {"contact_id": contact["id"]})) == 1
        if postgres:
            pooled = session.connection().connection
            sql = _CONVERSATION._compiled[session.connection().dialect][0]
            cursor = _cursor(pooled, sql)
            assert _cursor(pooled, sql) is cursor
            session.connection().invalidate()  # as after a disconnect: the pool makes a new driver connection
            session.rollback()
            assert len(_CONVERSATION.execute(session, {"contact_id": contact["id"]})) == 1
            assert _cursor(session.connection().connection, sql) is not cursor


def test_a_hot_statement_psycopg_has_prepared_is_run_by_its_name_and_reads_as_the_cursor_reads(wa, svc, monkeypatch):
    """Once psycopg has prepared a hot statement on a connection, it is run by libpq under the cursor
    (`models.db._OnDriver`): the same rows, the transaction begun as the cursor begins it, a failed statement
    raising psycopg's error, and after a rollback (psycopg deallocates its prepared statements) the cursor again
    until psycopg prepares it anew."""
    from psycopg import OperationalError
    from psycopg.errors import UniqueViolation
    from psycopg.pq import TransactionStatus

    from bot.dispatch import _CONVERSATION, _LOG, _UPSERTS
    from models.db import _OnDriver

    wa.send(CITIZEN, "halo")
    values = {"phone": CITIZEN, "now": datetime(2026, 3, 2, 1, 2, 3, tzinfo=UTC), "wa_id": None, "username": None}
    if svc.engine.dialect.name != "postgresql":
        pytest.skip("the driver's path is PostgreSQL's")
    # one connection throughout (the pool may hand out another at each commit): psycopg prepares per connection
    with svc.engine.connect() as connection, svc.session_factory(bind=connection) as session:
        upsert = _UPSERTS["phone"]["postgresql"]
        by_cursor = upsert.execute(session, {**values, "profile_name": "Satu"})
        session.commit()
        by_name = []
        run = _OnDriver.run
        monkeypatch.setattr(_OnDriver, "run", lambda *args: by_name.append(run(*args)) or by_name[-1])
        for _ in range(7):  # psycopg prepares a statement at its sixth run
            session.commit()
            assert session.connection().connection.dbapi_connection.pgconn.transaction_status \
                == TransactionStatus.IDLE
            rows = upsert.execute(session, {**values, "profile_name": "Satu"})
            assert rows[0] == {**by_cursor[0], "last_inbound_at": rows[0]["last_inbound_at"]}
        assert by_name[-1] is not None, "run by the prepared statement's name"
        conversation = _CONVERSATION.execute(session, {"contact_id": rows[0]["id"]})
        assert len(conversation) == 1
        session.commit()
        logged = {"log_contact_id": rows[0]["id"], "log_body": "x", "log_num_media": 0, "log_payload": {},
                  "log_replies": [], "log_received_at": values["now"]}
        for number in range(7):
            _LOG.execute(session, {**logged, "log_message_sid": f"SMprepared{number}"})
        assert by_name[-1] is not None  # prepared: the next run of the same types is by its name
        session.commit()
        with pytest.raises(UniqueViolation):  # psycopg's error, raised by the prepared statement's run
            _LOG.execute(session, {**logged, "log_message_sid": "SMprepared0"})
        session.rollback()  # psycopg deallocates what it prepared: the cursor runs it again
        assert _CONVERSATION.execute(session, {"contact_id": rows[0]["id"]}) == conversation
        [again] = upsert.execute(session, {**values, "profile_name": None})
        assert again["profile_name"] == "Satu" and by_name[-1] is None
        for _ in range(7):
            session.commit()
            upsert.execute(session, {**values, "profile_name": "Satu"})
        assert by_name[-1] is not None
        session.commit()
        driver = session.connection().connection.dbapi_connection
        with svc.engine.connect() as other:  # the server ends the connection while it is idle
            other.exec_driver_sql(f"SELECT pg_terminate_backend({driver.info.backend_pid})")
        with pytest.raises(OperationalError):  # psycopg's, as its cursor raises it for a lost connection
            upsert.execute(session, {**values, "profile_name": "Satu"})
        session.connection().invalidate()  # as the pool finds it at the check-in: a new driver connection
        session.rollback()
        assert upsert.execute(session, {**values, "profile_name": None})[0]["profile_name"] == "Satu"


def test_the_engines_commit_is_sent_by_libpq_as_psycopgs_commit_sends_it(svc, monkeypatch):
    """On PostgreSQL the engine's COMMIT is psycopg's `COMMIT` sent by libpq (`models.db._commit_by_libpq`): what
    was written is there for another connection, a commit with nothing open sends nothing, and a connection lost
    before it fails as psycopg's commit fails (SQLAlchemy's OperationalError, the connection invalidated)."""
    import psycopg
    from sqlalchemy.exc import OperationalError

    with svc.session_factory() as session:
        if session.get_bind().dialect.name != "postgresql":
            pytest.skip("the driver's commit is PostgreSQL's")
        monkeypatch.setattr(psycopg.Connection, "commit", lambda _self: pytest.fail("psycopg's own commit"))
        session.add(Contact(phone="+6281200000077"))
        session.commit()
        session.commit()  # nothing open: nothing sent
        with svc.engine.connect() as other:
            assert other.scalar(select(Contact.id).where(Contact.phone == "+6281200000077")) is not None
        session.add(Contact(phone="+6281200000078"))
        session.flush()
        driver = session.connection().connection.dbapi_connection
        with svc.engine.connect() as other:  # the server ends the connection in the transaction
            other.exec_driver_sql(f"SELECT pg_terminate_backend({driver.info.backend_pid})")
        with pytest.raises(OperationalError) as failed:
            session.commit()
        assert failed.value.connection_invalidated
        monkeypatch.undo()
        session.rollback()
    with svc.engine.connect() as other:
        assert other.scalar(select(Contact.id).where(Contact.phone == "+6281200000078")) is None


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
                     max_leaves=12)


@given(_JSON)
@settings(max_examples=200, deadline=None)
def test_the_engines_json_is_json_dumps_text(value):
    """The engine's JSON serializer on PostgreSQL (`models.db.json_dumps`, the C encoder made once) writes what
    `json.dumps` writes, and refuses what it refuses."""
    import json

    from models.db import json_dumps

    assert json_dumps(value) == json.dumps(value)
    with pytest.raises(TypeError, match="not JSON serializable"):
        json_dumps({"when": datetime(2026, 3, 2, tzinfo=UTC), "value": value})


def test_two_messages_from_one_person_are_serialised(app, monkeypatch):
    import bot.conversation

    active, overlaps, entered = [0], [], threading.Event()
    original = bot.conversation.handle

    def slow_handle(*args):
        active[0] += 1
        overlaps.append(active[0])
        entered.set()
        threading.Event().wait(0.3)  # give the other request every chance to overlap
        active[0] -= 1
        return original(*args)

    monkeypatch.setattr(bot.conversation, "handle", slow_handle)
    results = []

    def post(body):
        results.append(WhatsApp(app).send(CITIZEN, body).status)

    threads = [threading.Thread(target=post, args=(f"pesan {i}",)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert results == [200, 200]
    assert overlaps == [1, 1]


def test_healthz_reports_database(app):
    response = app.test_client().get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "database": "ok"}


def test_healthz_reports_unreachable_database(make_app):
    app = make_app()
    broken = make_app(DATABASE_URL="postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert app.test_client().get("/healthz").status_code == 200
    response = broken.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["status"] == "error"


def test_a_long_reply_goes_back_as_several_messages_within_whatsapps_limit(app):
    text = "\n\n".join(f"Paragraf {n}: " + "kata " * 150 for n in range(6))  # about 4,600 characters
    with app.test_request_context():
        response = twiml([text, "pendek"])
    messages = [m.text for m in ET.fromstring(response.get_data(as_text=True)).iter("Message")]
    assert len(messages) == 4 and all(len(m) <= 1600 for m in messages)  # two paragraphs a part, then "pendek"
    assert messages[-1] == "pendek"
    assert " ".join(" ".join(messages[:-1]).split()) == " ".join(text.split())


@pytest.mark.parametrize("url", ["http://localhost/twilio/whatsapp", "https://aduan.sukamaju.go.id/twilio/whatsapp",
                                 "https://aduan.sukamaju.go.id:443/twilio/whatsapp", "http://127.0.0.1:8080/x?a=1"])
def test_the_signature_check_accepts_what_twilios_validator_accepts(url):
    validator = RequestValidator("token")
    form = {"MessageSid": "SM1", "Body": "Jalan rusak ✓ & <b>", "From": "whatsapp:+6281234567890", "NumMedia": "0"}
    single = ImmutableMultiDict(form)
    repeated = ImmutableMultiDict([*form.items(), ("Body", "lagi")])
    for fields in (single, repeated):
        for signed_for in (url, add_port(urlparse(url)), remove_port(urlparse(url)), url + "/lain"):
            for signature in (validator.compute_signature(signed_for, fields), "", "bukan", "tanda tangan ✗"):
                expected = validator.validate(url, fields, signature)
                assert is_signed("token", url, fields, signature) is expected, (fields, signed_for, signature)
    assert not is_signed("other", url, single, validator.compute_signature(url, single))
    assert not is_signed("token", url, ImmutableMultiDict({**form, "Body": "diubah"}),
                         validator.compute_signature(url, single))


URLENCODED = "application/x-www-form-urlencoded"
SIGNED = b"MessageSid=SM1&From=whatsapp%3A%2B6281234567890&Body=Jalan+rusak+%E2%9C%93+%26+%3Cb%3E&NumMedia=0"


@pytest.mark.parametrize(("body", "content_type"), [
    (SIGNED, URLENCODED),  # Twilio's own
    (SIGNED, "application/x-www-form-urlencoded; charset=utf-8"),
    (SIGNED, "Application/X-WWW-Form-Urlencoded"),
    (b"", URLENCODED),  # empty body
    (b"Body=", URLENCODED), (b"Body", URLENCODED), (b"=x", URLENCODED), (b"&&Body=a&&", URLENCODED),
    (b"Body=a&Body=b&From=c&Body=", URLENCODED),  # a repeated name: its values in order
    (b"Body=Jalan\xff\xferusak", URLENCODED),  # no UTF-8: werkzeug reads no fields at all
    (b"Body=\xe2\x9c\x93+raw", URLENCODED),  # UTF-8 not percent-encoded
    (b"Body=%FF%FE&From=x", URLENCODED),  # escapes of no UTF-8: kept as written
    (b"Body=%E2%9C", URLENCODED), (b"Body=100%25+%2B1", URLENCODED), (b"Body=100%&x=%2&y=%zz", URLENCODED),
    (b"Body=a;b=c", URLENCODED), (b"Body=a+b%20c", URLENCODED), (b"Body=%00nul", URLENCODED),
    (b"B%6fdy=nama+ter-escape", URLENCODED), (b"Body=\r\nbaris", URLENCODED),
    (SIGNED, "text/plain"), (SIGNED, None),  # not a form: no fields
    (SIGNED, "application/x-url-encoded"),  # werkzeug 3 refuses this misspelling: no fields
    ({"Body": "halo", "MessageSid": "SM1"}, "multipart/form-data"),
    ({"\n": "x", "Body": "halo"}, "multipart/form-data"),  # a part without a name (None)
])
def test_the_fields_signed_are_werkzeugs_form(app, body, content_type):
    """The webhook reads a url-encoded body itself (werkzeug's form parser cost 2% of a message): the fields, their
    order and the signature they carry are werkzeug's `request.form` for every body, odd ones included."""
    def context():
        return app.test_request_context("/twilio/whatsapp", method="POST", data=body, content_type=content_type)

    with context():
        werkzeugs = request.form
    with context():
        fields = posted_fields(request)
    assert list(fields.items()) == list(werkzeugs.lists())
    assert fields.first() == werkzeugs.to_dict()
    if None not in fields:
        validator = RequestValidator("token")
        url = "http://localhost/twilio/whatsapp"
        signature = validator.compute_signature(url, werkzeugs)
        assert is_signed("token", url, fields, signature)
        assert not is_signed("token", url, fields, validator.compute_signature(url, {"Body": "lain"}))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["&", "=", "+", "%", "%2", "%zz", "%41", "%E2%9C%93", "%FF", "%26", "%3D",
                                           "%2B", "Body", "From", "x", "é", "✓", " ", ";"]),
                          st.text(max_size=4)), max_size=14).map("".join))
def test_url_encoded_fields_are_parse_qsls(text):
    """`bot.webhook.url_fields` reads a url-encoded text as werkzeug's `parse_qsl` call does: names, values, order."""
    from urllib.parse import parse_qsl

    from bot.webhook import url_fields

    expected: dict[str, list[str]] = {}
    for name, value in parse_qsl(text, keep_blank_values=True, errors="werkzeug.url_quote"):
        expected.setdefault(name, []).append(value)
    assert list(url_fields(text).items()) == list(expected.items())


@pytest.mark.parametrize("content_type", [URLENCODED, "multipart/form-data"])
def test_a_body_over_the_limit_is_a_413_before_any_field_is_read(app, content_type):
    body = {"Body": "x" * 400_000} if content_type.startswith("multipart") else b"Body=" + b"x" * 400_000
    with app.test_request_context("/twilio/whatsapp", method="POST", data=body, content_type=content_type):
        with pytest.raises(RequestEntityTooLarge):
            posted_fields(request)


def test_a_request_is_checked_by_one_hmac_of_twilios_validator(wa, monkeypatch):
    """Twilio's validator's `validate` computes the HMAC twice (the URL with and without its port) and raises an
    AttributeError for every field of Flask's form: a request signed for the URL as requested needs one HMAC, of
    the validator's own `compute_signature`, and reads the form through `getall`."""
    computed = []
    original = RequestValidator.compute_signature
    monkeypatch.setattr(RequestValidator, "compute_signature",
                        lambda self, *args, **kwargs: computed.append(args) or original(self, *args, **kwargs))
    form = wa.form(CITIZEN, "halo")
    signature = original(wa.validator, wa.url, form)
    assert wa.post(form, signature=signature).status == 200
    assert len(computed) == 1 and hasattr(computed[0][1], "getall")
    with_port = original(wa.validator, "http://localhost:80/twilio/whatsapp", form)
    assert wa.post(form, signature=with_port).status == 200
    assert wa.post(form, signature=original(wa.validator, wa.url + "/lain", form)).status == 403


OLD_TOKEN, NEW_TOKEN = "a1" * 16, "b2" * 16  # the account's primary before and after the rotation


@pytest.mark.parametrize(("previous", "signed_with", "status"), [
    (OLD_TOKEN, NEW_TOKEN, 200),  # promoted in the Console: Twilio signs with the new token
    (OLD_TOKEN, OLD_TOKEN, 200),  # before the promotion (or a request Twilio signed just before it)
    (OLD_TOKEN, "c3" * 16, 403),  # neither: forged, or a token of another account
    ("", OLD_TOKEN, 403),  # the rotation finished: the previous token is no longer accepted
    ("", NEW_TOKEN, 200),
    (NEW_TOKEN, NEW_TOKEN, 200),  # development may name the same token twice
])
@pytest.mark.parametrize("base_url", ["", "https://aduan.sukamaju.go.id"])
def test_webhooks_signed_with_the_previous_token_are_accepted_during_a_rotation(
        make_app, session, previous, signed_with, status, base_url):
    """After the token changed, every webhook signed with the other one was refused 403 (Twilio does not retry a 4xx:
    the citizens' messages were lost) until the web restarted, and after the restart those signed with the old one."""
    app = make_app(TWILIO_AUTH_TOKEN=NEW_TOKEN, TWILIO_AUTH_TOKEN_PREVIOUS=previous, PUBLIC_BASE_URL=base_url)
    wa = WhatsApp(app, token=signed_with)
    url = (base_url or "http://localhost") + "/twilio/whatsapp"
    form = wa.form(CITIZEN, "halo")
    assert wa.post(form, signature=wa.validator.compute_signature(url, form)).status == status
    callback = {"MessageSid": "SM" + "7" * 32, "MessageStatus": "delivered"}
    signature = wa.validator.compute_signature(url.replace("whatsapp", "status"), callback)
    assert wa.post(callback, path="/twilio/status", signature=signature).status == (204 if status == 200 else 403)
    assert count(session, InboundMessage) == (status == 200)


def test_the_previous_token_is_tried_only_when_the_current_one_fails(make_app, monkeypatch, caplog):
    """The webhook's hot path computes one HMAC with the current token; the previous one only for a request the
    current one refuses. A request signed with the previous token says so, so the operator knows when the
    rotation is over."""
    import bot.webhook

    app = make_app(TWILIO_AUTH_TOKEN=NEW_TOKEN, TWILIO_AUTH_TOKEN_PREVIOUS=OLD_TOKEN)
    tried = []

    class Recording(RequestValidator):
        def __init__(self, token):
            tried.append(token)
            super().__init__(token)

    monkeypatch.setattr(bot.webhook, "RequestValidator", Recording)
    caplog.set_level("INFO", logger="bot.webhook")
    assert WhatsApp(app, token=NEW_TOKEN).send(CITIZEN, "halo").status == 200
    assert tried == [NEW_TOKEN] and "TWILIO_AUTH_TOKEN_PREVIOUS" not in caplog.text
    assert WhatsApp(app, token=OLD_TOKEN).send(CITIZEN, "halo").status == 200
    assert tried == [NEW_TOKEN, NEW_TOKEN, OLD_TOKEN]
    assert "signed with TWILIO_AUTH_TOKEN_PREVIOUS" in caplog.text
    assert WhatsApp(app, token="c3" * 16).send(CITIZEN, "halo").status == 403
    assert "signed with TWILIO_AUTH_TOKEN (nor with TWILIO_AUTH_TOKEN_PREVIOUS)" in caplog.records[-1].getMessage()


def test_a_sessions_events_are_filled_as_sqlalchemy_fills_them_on_use(svc):
    """The sessions' event dispatch is filled when a session is made (`models.db.FilledSession`) with the listeners
    SQLAlchemy sets at each event's first use, and listeners added afterwards, to the factory or to the session,
    are called all the same."""
    from sqlalchemy import event

    from models.db import FilledSession

    filled = svc.session_factory()
    unfilled = object.__new__(type(filled))  # its dispatch filled lazily, as a plain Session's
    assert isinstance(filled, FilledSession)
    for name in type(filled.dispatch).__slots__:
        assert getattr(filled.dispatch, name) is getattr(unfilled.dispatch, name), name
    called: list[str] = []
    event.listen(svc.session_factory, "after_begin", lambda *_: called.append("factory"))
    event.listen(filled, "after_commit", lambda *_: called.append("session"))
    filled.connection()
    filled.commit()
    filled.close()
    assert called == ["factory", "session"]


@pytest.mark.parametrize(("latitude", "longitude", "pin"), [
    (None, None, None), ("", "", None), ("", "113.2", None), (" ", "113.2", None), ("utara", "113.2", None),
    ("-7.1", None, None), ("-7.1", "timur", None), ("0", "0", (0.0, 0.0)), (" -7.1 ", "113.2", (-7.1, 113.2)),
    ("-91", "113.2", None), ("-7.1", "181", None), ("1e1", "1e2", (10.0, 100.0))])
def test_a_pin_is_read_only_from_two_numbers_in_range(latitude, longitude, pin):
    """A message's pin: both fields numbers within the globe's range, else no pin (no field, blanks, words)."""
    from bot.inbound import parse_form

    form = {"MessageSid": "SM" + "0" * 32, "From": "whatsapp:" + CITIZEN}
    given = {"Latitude": latitude, "Longitude": longitude}
    form.update({name: value for name, value in given.items() if value is not None})
    location = parse_form(form).location
    assert (location and (location.latitude, location.longitude)) == pin


def test_the_hot_statements_connection_is_the_sessions(svc):
    """`models.db.session_connection` is `session.connection()` in every state a session can be in: none begun, begun
    (by a statement, by `begin()`, by a savepoint), after a commit, a rollback and a close."""
    from sqlalchemy.exc import InvalidRequestError
    from sqlalchemy.orm import Session

    from models.db import session_connection

    def same(session):
        found = session_connection(session)
        assert found is session.connection()
        return found

    with svc.session_factory() as session:
        first = same(session)
        assert same(session) is first
        with session.begin_nested():
            assert same(session) is first
        assert same(session) is first
        session.commit()
        same(session)
        session.rollback()
        same(session)
    session.close()
    same(session)
    session.close()
    with svc.session_factory.begin() as session:
        same(session)
    with svc.session_factory() as session, session.begin():
        same(session)
        session.rollback()  # inside `begin()`: no statement until the block ends, both refuse
        for connection in (session_connection, Session.connection):
            with pytest.raises(InvalidRequestError, match="inside context manager"):
                connection(session)


def test_the_contacts_conversation_is_read_as_loaded_without_loading_it(wa, svc):
    """`bot.dispatch._loaded_conversation` is SQLAlchemy's loaded value of the relationship: the conversation, None
    for a contact without one, nothing (and no statement) for a contact whose conversation was never read."""
    from sqlalchemy import inspect

    from bot.dispatch import _loaded_conversation

    wa.send(CITIZEN, "halo")
    with svc.session_factory() as session:
        contact = session.scalars(select(Contact).where(Contact.phone == CITIZEN)).one()
        def loaded(contact):
            return inspect(contact).attrs.conversation.loaded_value

        assert _loaded_conversation(contact) is loaded(contact)
        assert contact.conversation is not None
        assert _loaded_conversation(contact) is contact.conversation is loaded(contact)
        other = Contact(phone="+6281299990000")
        session.add(other)
        session.flush()
        assert other.conversation is None and _loaded_conversation(other) is None is loaded(other)
        session.rollback()


def test_a_row_loaded_by_the_hot_path_is_the_sessions_instance_of_it(wa, svc):
    """`models.db.loaded` makes the session's instance of a row as a query would: SQLAlchemy's identity key, found
    by `session.get` without a statement, its columns as read; a row without its primary key is keyed as SQLAlchemy
    keys it."""
    from sqlalchemy import inspect
    from sqlalchemy.orm.attributes import NO_VALUE

    from models import Conversation
    from models.db import loaded

    wa.send(CITIZEN, "halo")
    with svc.session_factory() as session:
        [row] = session.execute(select(Conversation.__table__)).mappings().all()
        conversation = loaded(session, Conversation, dict(row))
        state = inspect(conversation)
        assert state.key == inspect(Conversation).identity_key_from_primary_key((row["id"],))
        assert state.key == inspect(Conversation)._identity_key_from_state(state)
        assert state.persistent and session.get(Conversation, row["id"]) is conversation
        assert conversation.state == row["state"] and conversation.data == row["data"]
    with svc.session_factory() as session:
        keyless = loaded(session, Conversation, {"state": "idle"})
        assert inspect(keyless).key == (Conversation, (NO_VALUE,), None)  # SQLAlchemy's reading of a dict without it


def test_a_messages_session_is_kept_for_the_thread_and_starts_each_message_as_a_new_one(wa, svc):
    """`models.db.kept_session` hands the thread's next message the session the last one closed: nothing of the last
    message is left in it (no object, no transaction, `info` as the factory gives it), a use inside another gets a
    session of its own, one of another factory is not handed out, and an error leaves it closed and usable."""
    from sqlalchemy.orm import sessionmaker

    from bot.identities import MERGED
    from models import Conversation
    from models.db import kept_session

    wa.send(CITIZEN, "halo")
    with kept_session(svc.session_factory) as first:
        contact = first.scalars(select(Contact)).one()
        first.info[MERGED] = {contact.id: 99}  # a message's own note (bot.identities)
        with kept_session(svc.session_factory) as inner:
            assert inner is not first and inner.info == svc.session_factory.kw["info"]
    assert not first.in_transaction() and contact not in first and contact.id  # closed, its objects let go
    with pytest.raises(RuntimeError), kept_session(svc.session_factory) as again:
        assert again is first and not again.identity_map and again.info == svc.session_factory.kw["info"]
        again.scalars(select(Conversation)).one().state = "changed, never committed"
        raise RuntimeError("the message failed")
    with kept_session(svc.session_factory) as after:
        assert after is first and not after.in_transaction() and MERGED not in after.info
        assert after.scalars(select(Conversation.state)).one() == "idle"  # the failed change rolled back
    other = sessionmaker(svc.engine)
    with kept_session(other) as elsewhere:
        assert elsewhere is not first and type(elsewhere) is not type(first)
    assert wa.send(CITIZEN, "1").status == 200  # the webhook's messages use it as before


def test_the_main_threads_messages_keep_one_connection_as_the_pool_would_hand_it_out(make_app, monkeypatch):
    """In the main thread (a sync worker's) the webhook's session keeps its connection checked out between messages
    (`models.db.kept_session`): idle and outside a transaction between them, handed back and checked out anew once
    idle for longer than the engine's ping interval or after a failed message, let go when the pool is replaced."""
    import models.db
    from models.db import kept_connection

    app = make_app(own_engine=True)
    app.config["PROPAGATE_EXCEPTIONS"] = False
    wa, engine = WhatsApp(app), services(app).engine
    assert wa.send(CITIZEN, "halo").status == 200
    kept = kept_connection(engine)
    assert kept is not None and not kept.in_transaction() and not kept.closed
    assert wa.send(CITIZEN, "1").status == 200 and kept_connection(engine) is kept  # the same, not the pool's
    assert engine.pool.checkedout() == 1  # only the kept one is out between messages
    monkeypatch.setitem(models.db._PING_AFTER, engine, 0.0)  # idle "too long": handed back, checked out (pinged)
    assert wa.send(CITIZEN, "MENU").status == 200
    fresh = kept_connection(engine)
    assert fresh is not kept and kept.closed and engine.pool.checkedout() == 1
    monkeypatch.setitem(models.db._PING_AFTER, engine, 3600.0)

    def broken(*_args):
        raise RuntimeError("a failed message")

    monkeypatch.setattr("bot.conversation.handle", broken)
    assert wa.send(CITIZEN, "1").status == 500
    assert fresh.closed and kept_connection(engine) is None and engine.pool.checkedout() == 0  # back to the pool
    monkeypatch.undo()
    assert wa.send(CITIZEN, "1").status == 200 and kept_connection(engine) is not None
    engine.dispose()  # a new pool (a restart's): the kept connection of the old one is let go
    old = kept_connection(engine)
    assert wa.send(CITIZEN, "MENU").status == 200 and kept_connection(engine) is not old and old.closed


def test_each_thread_keeps_a_session_of_its_own(svc):
    """Two threads' messages never share a session: each thread keeps its own (`models.db.kept_session`), and no
    connection (only the main thread keeps one)."""
    from sqlalchemy import Connection

    from models.db import kept_session

    seen, ready = [], threading.Barrier(2)

    def use():
        with kept_session(svc.session_factory) as session:
            seen.append(session)
            ready.wait(timeout=5)  # both inside at once

    threads = [threading.Thread(target=use) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert len(seen) == 2 and seen[0] is not seen[1]
    assert all(type(session.bind) is not Connection for session in seen)  # a thread that ends keeps no connection


def test_the_hot_statements_are_numbered_as_psycopg_numbers_them():
    """`models.db.numbered` turns a statement SQLAlchemy compiled for psycopg into the text psycopg sends (`$1`…, a
    name used twice one number, `%%` a percent sign) and the names in the order of their numbers, as psycopg's own
    reading of the text does at every run (`psycopg._queries._query2pg`, read here: a psycopg upgrade that reads
    placeholders otherwise fails this test). Every statement of the hot path, and text with the odd cases."""
    from psycopg._queries import _query2pg
    from sqlalchemy import text
    from sqlalchemy.dialects.postgresql import psycopg

    from bot.conversation.machine import _NEW_CONVERSATION
    from bot.dispatch import _CONVERSATION, _LOG, _LOG_AND_SAVE, _UPSERTS
    from lapor.complaints import _TAKE_NUMBER
    from lapor.duplicates import _offer_candidates
    from models.db import numbered

    dialect = psycopg.dialect()
    statements = [each.statement for each in (_CONVERSATION, _LOG, _LOG_AND_SAVE, _NEW_CONVERSATION,
                                                _UPSERTS["phone"]["postgresql"], _UPSERTS["bsuid"]["postgresql"],
                                                _TAKE_NUMBER["postgresql"], _offer_candidates(3, True),
                                                _offer_candidates(1, False))]
    statements += [text("SELECT :a, 'x%' LIKE :b, :a, '%%(c)s', :c"), text("SELECT 1 WHERE 'a' LIKE '%'")]
    for statement in statements:
        compiled = statement.compile(dialect=dialect).string
        sql, order = numbered(compiled)
        query, _formats, names, _parts = _query2pg(compiled.encode(), "utf-8")
        assert (sql, order) == (query, names or []), compiled


def test_a_messages_text_is_its_body_or_button_payload_kept_for_the_message():
    """`Inbound.text`, read about thirty times a message, is worked out once per message: a message made from it
    with another body (`dataclasses.replace`, as staff commands and the conversation do) has that body's text."""
    from dataclasses import replace

    from bot.inbound import parse_form

    form = {"MessageSid": "SM" + "0" * 32, "From": "whatsapp:" + CITIZEN}
    for fields, text in [({"Body": " halo "}, "halo"), ({"ButtonPayload": "YA"}, "YA"),
                         ({"Body": "1", "ButtonPayload": "YA"}, "1"), ({}, "")]:
        message = parse_form({**form, **fields})
        assert message.text == text and message.text == text
        assert replace(message, body="lain").text == "lain"
        assert replace(message, body="").text == message.button_payload
