"""What people send besides photos: voice notes, videos and PDF letters kept at any step, with TIDAK PUAS and in
answers; the receipt says what came in; who among staff may see a complaint's media."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lapor.media import may_see_media
from models import Complaint, Contact, TimelineEntry
from tests.media.test_fetch import media_form
from tests.parties import (
    DESCRIPTION,
    DLH_1,
    PHOTO,
    PUPR_1,
    SUPERVISOR,
    VERIFIER,
    Citizen,
    complaint,
    filed_and_forwarded,
)

TWILIO = "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM9/Media/"
VOICE = (TWILIO + "ME" + "a" * 32, "audio/ogg")
LETTER = (TWILIO + "ME" + "b" * 32, "application/pdf")
CLIP = (TWILIO + "ME" + "c" * 32, "video/mp4")
SHOT = (TWILIO + "ME" + "d" * 32, "image/jpeg")



def to_description_step(citizen: Citizen) -> None:
    citizen.says("1")
    citizen.says("1")


@pytest.mark.parametrize("items, receipt", [
    ([VOICE], "1 pesan suara diterima"),
    ([LETTER], "1 dokumen diterima"),
    ([CLIP], "1 video diterima"),
    ([SHOT, (SHOT[0].replace("ME" + "d" * 32, "ME" + "e" * 32), "image/jpeg")], "2 foto diterima"),
    ([SHOT, VOICE, LETTER], "1 foto, 1 pesan suara, 1 dokumen diterima"),
    ([(SHOT[0], "image/jpeg; charset=binary")], "1 foto diterima"),
])
def test_whatever_is_sent_while_filing_is_kept_and_named(app, items, receipt):
    citizen = Citizen(app)
    to_description_step(citizen)
    reply = citizen.says(DESCRIPTION, **media_form(*items))
    assert receipt in reply and citizen.state() == "location"
    assert [p["url"] for p in citizen.draft()["photos"]] == [url for url, _ in items]


def test_a_voice_note_answers_the_photo_step_and_is_filed_with_the_complaint(app):
    citizen = Citizen(app)
    to_description_step(citizen)
    citizen.says(DESCRIPTION)
    citizen.says("Desa Banyuanyar RT 02")
    assert "1 pesan suara diterima" in citizen.says("", **media_form(VOICE))
    assert "1 pesan suara" in citizen.says("1")  # the summary names it
    citizen.says("KIRIM")
    (filed,) = citizen.complaints()
    assert [(m.url, m.content_type) for m in filed.media] == [VOICE]


@pytest.mark.parametrize("kind", ["application/zip", "text/vcard", "application/octet-stream"])
def test_an_unsupported_file_at_the_photo_step_names_what_is_accepted(app, kind):
    citizen = Citizen(app)
    to_description_step(citizen)
    citizen.says(DESCRIPTION)
    citizen.says("Desa Banyuanyar RT 02")
    reply = citizen.says("", **media_form((TWILIO + "ME" + "f" * 32, kind)))
    assert "PDF" in reply and "pesan suara" in reply and "LEWATI" in reply and citizen.state() == "photo"


def test_tidak_puas_with_a_photo_reaches_the_officers_with_it(people, world):
    filed_and_forwarded(people, photo=False)
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut semua")
    reply = people["citizen"].says("TIDAK PUAS sampahnya masih menumpuk di sisi timur", **PHOTO)
    assert "buka kembali" in reply and "1 foto diterima" in reply
    notice = people["dlh1"].inbox()[-1]
    assert "LPR-1" in notice.body and notice.media_url == PHOTO["MediaUrl0"]
    reopened = [e for e in complaint(world, 1).timeline if e.event == "dibuka_kembali"]
    assert reopened[-1].media == [{"url": PHOTO["MediaUrl0"], "content_type": "image/jpeg"}]


def test_a_voice_note_answering_a_question_reaches_the_officer(people, world):
    filed_and_forwarded(people)
    people["dlh2"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    reply = people["citizen"].says("Ini penjelasannya", **media_form(VOICE))
    assert "teruskan" in reply and "1 pesan suara diterima" in reply
    answer = people["dlh2"].inbox()[-1]
    assert answer.media_url == VOICE[0]


def test_staff_see_a_complaints_media_by_the_complaint_rules(people, world):
    filed_and_forwarded(people)
    with world.extensions["penghubung"].session_factory() as session:
        filed = session.scalars(select(Complaint)).one()
        staff = {c.phone: c for c in session.scalars(select(Contact).where(Contact.role.is_not(None)))}
        citizen = session.scalars(select(Contact).where(Contact.role.is_(None))).first()
        assert may_see_media(staff[VERIFIER], filed) and may_see_media(staff[SUPERVISOR], filed)
        assert may_see_media(staff[DLH_1], filed)
        assert not may_see_media(staff[PUPR_1], filed)  # an agency without a disposition on it
        assert not may_see_media(citizen, filed)
        staff[DLH_1].active = False
        assert not may_see_media(staff[DLH_1], filed)


def test_officers_photos_are_in_the_timeline(people, world):
    filed_and_forwarded(people, photo=False)
    reply = people["dlh1"].says("TL LPR-1 Sudah dijadwalkan", **media_form(SHOT, LETTER))
    assert "Lampiran: 1 foto, 1 dokumen" in reply
    entries = [e for e in complaint(world, 1).timeline if e.media]
    assert isinstance(entries[-1], TimelineEntry) and [m["url"] for m in entries[-1].media] == [SHOT[0], LETTER[0]]


def test_items_past_the_limit_are_not_kept_and_the_citizen_hears_so(app):
    citizen = Citizen(app)
    to_description_step(citizen)
    first = [(TWILIO + f"ME{index:032x}", "image/jpeg") for index in range(8)]
    assert "8 foto diterima" in citizen.says(DESCRIPTION, **media_form(*first))
    more = [(TWILIO + f"ME{index:032x}", "image/jpeg") for index in range(8, 12)]
    reply = citizen.says("Desa Banyuanyar RT 02", **media_form(*more))
    assert "2 foto diterima" in reply and "sudah 10" in reply
    reply = citizen.says("", **media_form((TWILIO + "ME" + "9" * 32, "image/jpeg")))
    assert "sudah 10" in reply and "tidak kami simpan" in reply
    assert len(citizen.draft()["photos"]) == 10
