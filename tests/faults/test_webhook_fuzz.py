"""The webhooks fuzzed with hypothesis: odd fields, lengths, unicode, media and locations never make a 500 (nor
do odd status callbacks); a missing or tampered signature is always a 403."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from models import OutboxMessage
from services import services
from tests.conftest import WhatsApp
from tests.parties import CITIZEN, DLH_1, PUPR_1, SUPERVISOR, VERIFIER
from tests.sampling import examples

FUZZ = settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

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
# Numbers of any size: PostgreSQL's integer ends at 2**31 - 1, Python's int() refuses more than 4,300 digits.
huge_numbers = st.one_of(st.integers(2**31, 10**400).map(str), st.integers(2**63, 10**400).map(lambda n: f"-{n}"),
                         st.integers(10, 5000).map(lambda n: "9" * n),
                         st.sampled_from(["2147483648", "-2147483649", "1e400", "-1e400", "1_000_000", "٣٤"]))
numbers = st.one_of(st.integers(-5, 30).map(str), unicode_text, st.floats(allow_nan=True).map(str), huge_numbers)
coordinates = st.one_of(st.floats(allow_nan=True, allow_infinity=True).map(str), st.integers(-400, 400).map(str),
                        unicode_text, huge_numbers)
# What any field may hold instead of what Twilio puts there: text, numbers of any size, long strings.
anything = st.one_of(unicode_text, numbers, st.text(min_size=300, max_size=5000))
urls = st.one_of(st.just("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1"),
                 unicode_text.map(lambda t: "https://example.org/" + t), unicode_text, st.text(min_size=1001))
content_types = st.one_of(st.sampled_from(["image/jpeg", "image/webp", "video/mp4", "application/pdf", "IMAGE/PNG"]),
                          unicode_text)


# The strategies a form is drawn from, built once: built inside `forms` at every draw, each was validated again,
# about a tenth of the fuzz tests' time.
_sids = st.uuids().map(lambda u: "SM" + u.hex)
_message_sids = st.one_of(_sids, _sids, _sids, unicode_text, st.text(min_size=65))
_optional = {
    "ProfileName": unicode_text, "WaId": unicode_text, "NumMedia": numbers, "Latitude": coordinates,
    "Longitude": coordinates, "Address": unicode_text, "Label": unicode_text,
    "OriginalRepliedMessageSid": unicode_text, "ButtonPayload": bodies, "ButtonText": unicode_text,
    "SmsMessageSid": unicode_text, "ReferralBody": unicode_text, "SmsSid": unicode_text, "SmsStatus": unicode_text,
    "NumSegments": numbers, "ReferralNumMedia": numbers, "ApiVersion": unicode_text, "Forwarded": unicode_text,
    "FrequentlyForwarded": unicode_text, "MessagingServiceSid": unicode_text, "ChannelMetadata": unicode_text,
}
_optional_values = {name: st.one_of(strategy, anything) for name, strategy in _optional.items()}
_optional_names = st.lists(st.sampled_from(sorted(_optional)), unique=True)
_media_count = st.integers(0, 12)
_media_indices = st.lists(st.one_of(st.integers(0, 12), st.integers(13, 10**30)), max_size=2)
_media_urls, _media_types = st.one_of(urls, anything), st.one_of(content_types, anything)
_required_changed = st.lists(st.sampled_from(["MessageSid", "From", "To", "Body", "AccountSid"]), unique=True,
                             max_size=2)
_extra_fields = st.dictionaries(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20),
                                unicode_text, max_size=3)
_required_dropped = st.lists(st.sampled_from(["MessageSid", "From", "Body", "To"]), unique=True, max_size=2)
_one_in_5, _one_in_10 = st.integers(0, 4), st.integers(0, 9)


@st.composite
def forms(draw) -> dict:
    """A form shaped roughly like Twilio's, with any field possibly missing, odd or extra."""
    form = {"MessageSid": draw(_message_sids), "From": draw(senders), "To": "whatsapp:+14155238886",
            "Body": draw(bodies), "AccountSid": "AC" + "0" * 32}
    for name in draw(_optional_names):
        form[name] = draw(_optional_values[name])
    for index in sorted(set(range(draw(_media_count))) | set(draw(_media_indices))):
        form[f"MediaUrl{index}"] = draw(_media_urls)
        form[f"MediaContentType{index}"] = draw(_media_types)
    for name in draw(_required_changed):
        if draw(_one_in_5) == 0:  # now and then a required field holds anything at all
            form[name] = draw(anything)
    extra = draw(_extra_fields)
    form.update({k: v for k, v in extra.items() if k not in form})
    for name in draw(_required_dropped):
        if draw(_one_in_10) == 0:  # rarely: a required field missing altogether
            form.pop(name, None)
    return form


@pytest.fixture
def wa(world):
    return WhatsApp(world)


@pytest.fixture
def filed(wa, world):
    """Two complaints exist, one dispositioned to DLH, so staff commands have something to act on."""
    from tests.parties import make_people, one_forwarded_one_anonymous

    people = make_people(world)
    one_forwarded_one_anonymous(people)
    return wa


@FUZZ
@given(form=forms())
@example(form={"MessageSid": "SM" + "1" * 32, "From": f"whatsapp:{CITIZEN}", "To": "whatsapp:+14155238886",
               "Body": "halo", "NumMedia": "9" * 400, "Latitude": "9" * 400, "Longitude": "-" + "9" * 5000,
               "MediaUrl12345678901234567890": "https://example.org/a.jpg", "NumSegments": "-9" * 200})
def test_signed_messages_never_make_a_500(filed, form):
    reply = filed.post(form)
    assert reply.status in (200, 400, 413), (reply.status, form)
    if reply.status == 200:
        assert reply.messages, form  # never silence
        assert all(len(message) <= 1600 for message in reply.messages), form  # WhatsApp's limit per message


twilio_statuses = st.sampled_from(["queued", "sent", "delivered", "read", "failed", "undelivered", "DELIVERED"])
statuses = st.one_of(twilio_statuses, unicode_text)
error_codes = st.one_of(st.sampled_from(["21610", "63016", "63018", "30003", "30008", ""]), numbers)
SENT = "<a SID the outbox sent>"  # stands for one of the SIDs of the messages really sent
status_fields = {
    "MessageSid": st.one_of(st.just(SENT), st.uuids().map(lambda u: "SM" + u.hex), st.text(min_size=65)),
    "MessageStatus": statuses, "ErrorCode": error_codes, "ErrorMessage": unicode_text, "SmsSid": st.just(SENT),
    "SmsStatus": statuses, "To": senders, "From": senders, "AccountSid": unicode_text, "ApiVersion": unicode_text,
    "ChannelToAddress": unicode_text, "ChannelPrefix": unicode_text, "ChannelInstallSid": unicode_text,
    "MessagingServiceSid": unicode_text, "RawDlrDoneDate": numbers, "EventType": unicode_text,
}

_status_values = {name: st.one_of(strategy, anything) for name, strategy in status_fields.items()}
_status_names = st.lists(st.sampled_from(sorted(status_fields)), unique=True)


@st.composite
def status_forms(draw) -> dict:
    """A status callback as Twilio sends one about a message really sent, then any of its fields (Twilio's own
    and extra ones) changed to anything, added or dropped."""
    form = {"MessageSid": SENT, "MessageStatus": draw(twilio_statuses), "AccountSid": "AC" + "0" * 32,
            "To": f"whatsapp:{CITIZEN}", "ErrorCode": draw(error_codes)}
    for name in draw(_status_names):
        form[name] = draw(_status_values[name])
    for name in draw(st.lists(st.sampled_from(sorted(form)), unique=True, max_size=2)):
        if draw(st.integers(0, 9)) == 0:  # rarely: a field missing altogether
            form.pop(name)
    return form


@FUZZ
@given(form=status_forms())
@example(form={"MessageSid": SENT, "MessageStatus": "undelivered", "ErrorCode": "9" * 400})
@example(form={"MessageSid": SENT, "MessageStatus": "failed", "ErrorCode": "2147483648"})
def test_signed_status_callbacks_never_make_a_500(filed, world, form):
    """Callbacks about the messages really sent (and about none), with any status, code and extra fields."""
    with services(world).session_factory() as session:
        sent = session.scalars(select(OutboxMessage.twilio_sid).where(OutboxMessage.twilio_sid.is_not(None))
                               .order_by(OutboxMessage.id)).first()
    form = {name: (sent or "SM" + "0" * 32) if value == SENT else value for name, value in form.items()}
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


# One drawn form serves both refusals (they were two tests drawing 150 forms each: drawing the forms, not the
# requests, was most of their time); each refusal is still asserted on every form.
@FUZZ
@given(pair=tampered(), signature=st.text(st.characters(min_codepoint=33, max_codepoint=126), max_size=40))
def test_tampered_forms_and_missing_or_forged_signatures_are_refused(wa, pair, signature):
    original, changed = pair
    assert wa.post(changed, signature=wa.validator.compute_signature(wa.url, original)).status == 403
    assert wa.post(original, signature=signature).status == 403
    assert wa.post(original, path="/twilio/status", signature=signature).status == 403
    other = WhatsApp(wa.client.application, token="bukan-token-ini")  # signed with the wrong token
    assert other.post(original).status == 403


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
