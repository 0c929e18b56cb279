"""The webhooks fuzzed with hypothesis: odd fields, lengths, unicode, media and locations never make a 500 (nor
do odd status callbacks); a missing or tampered signature is always a 403."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from bot import services
from models import OutboxMessage
from tests.conftest import WhatsApp
from tests.parties import CITIZEN, DLH_1, PUPR_1, SUPERVISOR, VERIFIER

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Text as WhatsApp users type it: any printable unicode (no lone surrogates: they cannot be UTF-8 encoded).
unicode_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
words = st.sampled_from(["1", "2", "3", "KIRIM", "UBAH", "BATAL", "MENU", "LEWATI", "STATUS", "ya", "5", "TIDAK PUAS",
                         "TL LPR-1 sudah", "SELESAI #1 beres", "INFO 1 dimana?", "KEMBALIKAN lpr 1 bukan kami",
                         "DAFTAR", "TERUSKAN LPR-1 DLH", "TUNDA LPR-1 kapan?", "ARSIPKAN LPR-1 spam",
                         "GABUNG LPR-2 LPR-1", "ANTREAN", "REKAP", "BANTUAN", "STATUS LPR-999999999999999999999"])
bodies = st.one_of(words, unicode_text, st.builds(lambda w, t: f"{w} {t}", words, unicode_text),
                   st.text(max_size=6000))
phones = st.sampled_from([CITIZEN, "+6281298765432", VERIFIER, SUPERVISOR, DLH_1, PUPR_1])
senders = st.one_of(phones.map(lambda p: f"whatsapp:{p}"), phones.map(lambda p: f"whatsapp:{p}"), phones,
                    unicode_text)  # mostly real people, so that most messages reach the conversation
numbers = st.one_of(st.integers(-5, 30).map(str), unicode_text, st.floats(allow_nan=True).map(str))
coordinates = st.one_of(st.floats(allow_nan=True, allow_infinity=True).map(str), st.integers(-400, 400).map(str),
                        unicode_text)
urls = st.one_of(st.just("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1"),
                 unicode_text.map(lambda t: "https://example.org/" + t), unicode_text, st.text(min_size=1001))
content_types = st.one_of(st.sampled_from(["image/jpeg", "image/webp", "video/mp4", "application/pdf", "IMAGE/PNG"]),
                          unicode_text)


@st.composite
def forms(draw) -> dict:
    """A form shaped roughly like Twilio's, with any field possibly missing, odd or extra."""
    sids = st.uuids().map(lambda u: "SM" + u.hex)
    form = {"MessageSid": draw(st.one_of(sids, sids, sids, unicode_text, st.text(min_size=65))),
            "From": draw(senders), "To": "whatsapp:+14155238886", "Body": draw(bodies),
            "AccountSid": "AC" + "0" * 32}
    optional = {
        "ProfileName": unicode_text, "WaId": unicode_text, "NumMedia": numbers, "Latitude": coordinates,
        "Longitude": coordinates, "Address": unicode_text, "Label": unicode_text,
        "OriginalRepliedMessageSid": unicode_text, "ButtonPayload": bodies, "ButtonText": unicode_text,
        "SmsMessageSid": unicode_text, "ReferralBody": unicode_text,
    }
    for name in draw(st.lists(st.sampled_from(sorted(optional)), unique=True)):
        form[name] = draw(optional[name])
    for index in range(draw(st.integers(0, 12))):
        form[f"MediaUrl{index}"] = draw(urls)
        form[f"MediaContentType{index}"] = draw(content_types)
    extra = draw(st.dictionaries(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20),
                                 unicode_text, max_size=3))
    form.update({k: v for k, v in extra.items() if k not in form})
    for name in draw(st.lists(st.sampled_from(["MessageSid", "From", "Body", "To"]), unique=True, max_size=2)):
        if draw(st.integers(0, 9)) == 0:  # rarely: a required field missing altogether
            form.pop(name, None)
    return form


@pytest.fixture
def wa(world):
    return WhatsApp(world)


@pytest.fixture
def filed(wa, world):
    """Two complaints exist, one dispositioned to DLH, so staff commands have something to act on."""
    from tests.parties import file, make_people

    people = make_people(world)
    file(people["citizen"])
    file(people["citizen2"], privacy="3")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    return wa


@FUZZ
@given(form=forms())
def test_signed_messages_never_make_a_500(filed, form):
    reply = filed.post(form)
    assert reply.status in (200, 400, 413), (reply.status, form)
    if reply.status == 200:
        assert reply.messages, form  # never silence
        assert all(len(message) <= 1600 for message in reply.messages), form  # WhatsApp's limit per message


statuses = st.one_of(st.sampled_from(["queued", "sent", "delivered", "read", "failed", "undelivered", "DELIVERED"]),
                     unicode_text)
error_codes = st.one_of(st.sampled_from(["21610", "63016", "63018", "30003", "30008", ""]), numbers)


@FUZZ
@given(data=st.data())
def test_signed_status_callbacks_never_make_a_500(filed, world, data):
    """Callbacks about the messages really sent (and about none), with any status, code and extra fields."""
    with services(world).session_factory() as session:
        sent = session.scalars(select(OutboxMessage.twilio_sid).where(OutboxMessage.twilio_sid.is_not(None))).all()
    sids = st.sampled_from(sent) if sent else st.uuids().map(lambda u: "SM" + u.hex)
    fields = {"MessageSid": st.one_of(sids, sids, unicode_text), "MessageStatus": statuses, "ErrorCode": error_codes,
              "SmsSid": unicode_text, "SmsStatus": statuses, "To": senders, "AccountSid": unicode_text}
    form = {name: data.draw(values, label=name) for name, values in fields.items()
            if data.draw(st.integers(0, 9), label=f"has {name}") > (0 if name.startswith("Message") else 5)}
    reply = filed.post(form, path="/twilio/status")
    assert reply.status in (204, 400), (reply.status, form)


@st.composite
def tampered(draw) -> tuple[dict, dict]:
    """A form and a changed copy of it (a value changed, a field added or removed)."""
    form = draw(forms())
    changed = dict(form)
    how = draw(st.sampled_from(["value", "add", "remove"] if form else ["add"]))
    if how == "value":
        name = draw(st.sampled_from(sorted(form)))
        changed[name] = form[name] + draw(st.text(min_size=1, max_size=5))
    elif how == "add":
        name = draw(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=10))
        changed[name] = changed.get(name, "") + draw(st.text(min_size=1, max_size=10))
    else:
        name = draw(st.sampled_from(sorted(form)))
        changed.pop(name)
        if not name + form[name]:  # removing an empty field does not change what is signed
            changed[name] = "x"
    return form, changed


@FUZZ
@given(pair=tampered())
def test_tampered_forms_are_refused(wa, pair):
    original, changed = pair
    signature = wa.validator.compute_signature(wa.url, original)
    assert wa.post(changed, signature=signature).status == 403


@FUZZ
@given(form=forms(), signature=st.text(st.characters(min_codepoint=33, max_codepoint=126), max_size=40))
def test_missing_or_forged_signatures_are_refused(wa, form, signature):
    assert wa.post(form, signature=signature).status == 403
    assert wa.post(form, path="/twilio/status", signature=signature).status == 403
    other = WhatsApp(wa.client.application, token="bukan-token-ini")  # signed with the wrong token
    assert other.post(form).status == 403


# BSUID-shaped senders (WhatsApp usernames): valid ones, near misses, and odd extra identity fields ----------------

bsuid_senders = st.one_of(
    st.from_regex(r"\A(whatsapp:)?[A-Z]{2}\.(ENT\.)?[A-Za-z0-9]{1,128}\Z"),  # valid
    st.from_regex(r"\A(whatsapp:)?[A-Za-z]{1,3}\.?(ENT\.)?[A-Za-z0-9.\-]{0,140}\Z"),  # near misses
    st.sampled_from(["whatsapp:ID.13491208655302741918", "whatsapp:ID.ENT.11815799212886844830",
                     "whatsapp:id.13491208655302741918", "whatsapp:ID." + "9" * 129,
                     "whatsapp:ID13491208655302741918"]))


@FUZZ
@given(form=forms(), sender=bsuid_senders, extra=st.dictionaries(
    st.sampled_from(["BusinessScopedUserId", "FromUserId", "UserId", "Bsuid", "Username", "ProfileUsername", "WaId"]),
    st.one_of(bsuid_senders, unicode_text), max_size=3))
def test_signed_messages_from_bsuid_shaped_senders_never_make_a_500(filed, form, sender, extra):
    form = {**form, **extra, "From": sender}
    reply = filed.post(form)
    assert reply.status in (200, 400, 413), (reply.status, form)
    if reply.status == 200:
        assert reply.messages, form
        assert all(len(message) <= 1600 for message in reply.messages), form
