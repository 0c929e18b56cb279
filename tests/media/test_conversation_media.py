"""What people send besides photos: voice notes, videos and PDF letters kept at any step, with TIDAK PUAS and in
answers; the receipt says what came in; who among staff may see a complaint's media."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from lapor.media import may_see_media
from models import Complaint, Contact, TimelineEntry
from models.vocab import Event
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
    file,
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
    # Names phones and Twilio give the same formats besides the registered ones
    ([(SHOT[0], "image/jpg")], "1 foto diterima"),
    ([(SHOT[0], "Image/PJPEG")], "1 foto diterima"),
    ([(VOICE[0], "audio/x-m4a")], "1 pesan suara diterima"),
    ([(VOICE[0], "audio/opus")], "1 pesan suara diterima"),
    ([(VOICE[0], "audio/mp3")], "1 pesan suara diterima"),
    ([(LETTER[0], "application/x-pdf")], "1 dokumen diterima"),
    ([(CLIP[0], "video/3gp")], "1 video diterima"),
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


@pytest.mark.parametrize("kind", ["application/zip", "application/x-msdownload", "application/octet-stream"])
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
    statuses = statuses_of(app)  # those past the limit are never fetched: nothing will ever use them
    kept = {photo["url"] for photo in citizen.draft()["photos"]}
    assert {url for url, status in statuses.items() if status == "pending"} == kept
    assert {url for url, status in statuses.items() if status == "skipped"} == set(statuses) - kept
    assert len(statuses) == 13


@pytest.mark.parametrize("cancel", ["BATAL", "gak jadi deh", "menu"])
def test_a_photo_of_a_draft_dropped_before_it_was_fetched_is_never_fetched(app, cancel):
    citizen = Citizen(app)
    to_description_step(citizen)
    citizen.says(DESCRIPTION, **media_form(SHOT, VOICE))
    citizen.says(cancel)
    assert set(statuses_of(app).values()) == {"skipped"}
    citizen.file(photo=PHOTO)  # another complaint's photo is fetched as ever
    assert statuses_of(app)[PHOTO["MediaUrl0"]] == "pending"


def statuses_of(app) -> dict[str, str]:
    from models import MediaItem

    with app.extensions["penghubung"].session_factory() as session:
        return dict(session.execute(select(MediaItem.source_url, MediaItem.status)).all())


@pytest.mark.parametrize("caption, item, receipt", [
    ("", SHOT, "1 foto diterima"),
    ("mantap pak jalannya sdh mulus", SHOT, "1 foto diterima"),
    ("", VOICE, "1 pesan suara diterima"),  # a comment said rather than typed
])
def test_a_photo_or_voice_note_as_the_ratings_comment_is_kept_with_it(people, world, caption, item, receipt):
    """Asked "Ada komentar?" after a rating, the citizen answers with a photo or a voice note: it is kept with the
    comment (staff see it in the timeline) and the citizen hears it came, where it was dropped without a word."""
    file(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut semua")
    people["citizen"].says("5")
    reply = people["citizen"].says(caption, **media_form(item))
    assert "penilaian Anda untuk LPR-1 sudah kami catat" in reply and receipt in reply
    [entry] = [e for e in complaint(world, 1).timeline if e.event == Event.COMMENT]
    assert [m["url"] for m in entry.media] == [item[0]]
    assert (caption or "lampiran") in entry.text.lower()


@pytest.mark.parametrize("command", ["TL LPR-1 sedang dikerjakan", "selesai lpr 1 sudah diangkut"])
def test_an_officer_answering_after_held_photos_expired_hears_they_did_not_go(people, world, clock, command):
    """Photos sent without a command wait 30 minutes for the TL or SELESAI; one that comes later went without
    them: the officer is told so (and how to send them), not left believing the citizen saw them."""
    file(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says("", **media_form(SHOT))
    clock.advance(minutes=45)
    reply = people["dlh1"].says(command)
    assert "LPR-1 tercatat" in reply and "1 foto" in reply and "tidak ikut" in reply
    assert "tidak ikut" not in people["dlh1"].says("TL LPR-1 masih dikerjakan")  # said once
    assert not [m for m in people["citizen"].inbox() if m.media_url]


@pytest.mark.parametrize("then, event", [
    (["TIDAK PUAS sampahnya masih menumpuk di sisi timur"], Event.REOPENED),
    (["1", "masih numpuk di sisi timur pak"], Event.REOPENED),  # the reason asked for next
    (["5 mantap"], Event.COMMENT),
    (["4", "LEWATI"], Event.COMMENT),  # the comment asked for next, skipped
    (["2", "lewati"], Event.COMMENT),  # the reason asked for next, skipped
])
def test_a_photo_sent_at_the_rating_question_is_kept_for_what_the_citizen_says_next(people, world, then, event):
    """The rating question answered with a photo alone (the road as it is now): it is acknowledged, the question
    asked again, and the photo goes with the reopening or the rating's comment, where it was dropped."""
    file(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut semua")
    reply = people["citizen"].says("", **media_form(SHOT))
    assert "1 foto diterima" in reply and "1 sampai 5" in reply
    for text in then:
        people["citizen"].says(text)
    [entry] = [e for e in complaint(world, 1).timeline if e.event == event]
    assert [m["url"] for m in entry.media or []] == [SHOT[0]]


DOCX = (TWILIO + "ME" + "9" * 32, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")


@pytest.mark.parametrize("who, text", [("dlh1", "SELESAI LPR-1 laporan kegiatan terlampir"),
                                       ("dlh1", "TL LPR-1"), ("verifier", "ANTREAN"), ("dlh1", "")])
def test_staff_sending_a_file_of_a_type_not_kept_are_told_it_did_not_go(people, world, who, text):
    """A Word file with SELESAI was dropped while the reply said the answer went to the citizen: the officer now
    hears the file was not kept and which types are."""
    file(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    reply = people[who].says(text, **media_form(DOCX))
    assert "tidak kami simpan" in reply and "PDF" in reply


@pytest.mark.parametrize("who, open_one, line", [
    ("dlh1", True, "TL LPR-1 Lokasi: TPS, Gg. Mawar 3 (-7.180000, 113.230000)"),
    ("dlh1", False, "TL LPR-<nomor> Lokasi: TPS, Gg. Mawar 3 (-7.180000, 113.230000)"),
    ("verifier", True, "tulis alamatnya"),
])
def test_staff_sharing_a_location_are_told_it_did_not_go_and_what_to_send(people, world, who, open_one, line):
    """A location pin an officer shared (where the work was done) got "Baik, terima kasih" and went nowhere: the
    officer believed the citizen had it. Now they hear it was not passed on, with the TL to send it as text."""
    file(people["citizen"], photo=False)
    if open_one:
        people["verifier"].says("TERUSKAN LPR-1 DLH")
    reply = people[who].says("", Latitude="-7.18", Longitude="113.23", Address="Gg. Mawar 3", Label="TPS")
    assert "belum kami teruskan" in reply and line in reply and "terima kasih" not in reply, reply
    assert "maps.google.com/?q=-7.180000,113.230000" in reply or who == "verifier"
    assert [e.event for e in complaint(world, 1).timeline if e.event == Event.FOLLOW_UP] == []


@pytest.mark.parametrize("step", ["answer", "comment", "filing", "idle"])
def test_a_citizen_sending_a_file_of_a_type_not_kept_hears_it_once_at_any_step(people, world, step):
    """A Word file answering an officer's question or as a rating's comment was dropped without a word (filing and
    idle said so already): every step says it once, and the rest of the message is handled."""
    citizen = people["citizen"]
    if step in ("answer", "comment"):
        file(citizen, photo=False)
        people["verifier"].says("TERUSKAN LPR-1 DLH")
    if step == "answer":
        people["dlh1"].says("INFO LPR-1 ada surat dari kelurahan?")
    if step == "comment":
        people["dlh1"].says("SELESAI LPR-1 sudah diangkut")
        citizen.says("5")
    if step == "filing":
        to_description_step(citizen)
    reply = citizen.says("ini suratnya dari kelurahan pak" if step != "filing" else DESCRIPTION, **media_form(DOCX))
    assert reply.count("tidak bisa kami simpan") == 1, reply


def test_an_officers_photo_delivered_twice_is_one_follow_up_with_one_item(people, world):
    """Twilio retries a webhook it got no answer to with the same MessageSid: the follow-up, its photo and the
    citizen's notice are there once, and the retry is answered as the first delivery was."""
    from models import MediaItem, OutboxMessage

    filed_and_forwarded(people, photo=False)
    officer = people["dlh1"]
    form = officer.wa.form(officer.phone, "TL LPR-1 sudah kami bersihkan", ProfileName=officer.name,
                           **media_form(SHOT))
    first, again = officer.wa.post(form), officer.wa.post(form)
    assert first.messages == again.messages and "Lampiran: 1 foto" in first.text
    entries = [e for e in complaint(world, 1).timeline if e.media]
    assert len(entries) == 1
    with people["citizen"].factory() as session:
        assert session.scalar(select(func.count()).select_from(MediaItem)) == 1
        shots = session.scalars(select(OutboxMessage).where(OutboxMessage.media_url == SHOT[0])).all()
    assert len(shots) <= 1


def test_a_reference_sent_again_past_the_limit_stays_with_the_draft_that_holds_it(app):
    """The same media URL twice (a tool replaying a message, `flask chat`'s sample photo): the copy past the limit
    is not noted as unused while the draft holds the reference."""
    citizen = Citizen(app)
    to_description_step(citizen)
    citizen.says(DESCRIPTION, **media_form(*[(TWILIO + f"ME{index:032x}", "image/jpeg") for index in range(10)]))
    assert "sudah 10" in citizen.says("", **media_form((TWILIO + f"ME{3:032x}", "image/jpeg")))
    assert set(statuses_of(app).values()) == {"pending"}


def shots(count: int) -> list[tuple[str, str]]:
    return [(TWILIO + "ME" + str(number) * 32, "image/jpeg") for number in range(count)]


@pytest.mark.parametrize("story, items, receipt", [
    ("jalan berlubang besar di depan SDN 2 Kauman, sudah 2 minggu", shots(1), "1 foto diterima"),
    ("sampah menumpuk di pasar Kliwon bau sekali", shots(5), "5 foto diterima"),
    ("lampu jalan mati gan di gang kenanga", [*shots(1), VOICE], "1 foto, 1 pesan suara diterima"),
    ("jalan rusak parah di desa sukamaju rt 3, banyak motor jatuh", [LETTER], "1 dokumen diterima"),
    # a story too short to offer yet: kept with it, as before ("Lampiran Anda (10 foto) kami simpan …")
    ("SAMPAH NUMPUK DI PASAR KLIWON", shots(10), "(10 foto) kami simpan"),
    ("ada pohon tumbang nutup jalan desa", [LETTER], "(1 dokumen) kami simpan"),
])
def test_photos_sent_with_a_story_while_idle_are_acknowledged_with_the_offer(app, story, items, receipt):
    """Five photos and a caption got "Sepertinya Anda ingin melapor" and no word of the photos: the citizen could
    not tell they arrived until the summary. Now the offer says what came."""
    citizen = Citizen(app)
    reply = citizen.says(story, **media_form(*items))
    question = "Balas YA" if "Balas YA" in reply else "ketik 1"
    assert receipt in reply and question in reply, reply
    assert reply.index(receipt) < reply.index(question), "what came, then the question"
    assert len(citizen.draft()["photos"]) == len(items)


def test_a_story_alone_while_idle_says_nothing_of_photos(app):
    reply = Citizen(app).says("sampah menumpuk di pasar Kliwon bau sekali")
    assert "diterima" not in reply and "Balas YA" in reply


CARD = (TWILIO + "ME" + "8" * 32, "text/vcard")


@pytest.mark.parametrize("kind, text", [("text/vcard", ""), ("text/x-vcard", "ini nomor pak RT nya"),
                                        ("TEXT/VCARD; charset=utf-8", ""), ("text/directory", "")])
@pytest.mark.parametrize("step", ["idle", "photo"])
def test_a_contact_card_is_answered_as_a_contact_card(app, kind, text, step):
    """WhatsApp's "Kontak" share arrives as a vCard: "berkas jenis ini" and the list of file types did not tell
    the citizen what to do; they are told to write the name and number instead."""
    citizen = Citizen(app)
    if step == "photo":
        to_description_step(citizen)
        citizen.says(DESCRIPTION)
        citizen.says("Desa Banyuanyar RT 02")
    reply = citizen.says(text, **media_form((CARD[0], kind)))
    assert reply.count("kartu kontak tidak bisa kami simpan") == 1, reply
    assert "tulis nama dan nomornya" in reply and "berkas jenis ini" not in reply


@pytest.mark.parametrize("kind", [DOCX[1], "application/msword", "application/vnd.ms-excel",
                                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                  "application/vnd.oasis.opendocument.text"])
def test_a_word_or_excel_file_is_refused_with_how_to_send_it_as_a_pdf(app, kind):
    citizen = Citizen(app)
    to_description_step(citizen)
    reply = citizen.says(DESCRIPTION, **media_form((DOCX[0], kind)))
    assert reply.count("tidak bisa kami simpan") == 1 and "PDF" in reply and "foto halamannya" in reply, reply
    assert "kartu kontak" not in reply


@pytest.mark.parametrize("kind", ["application/zip", "application/x-msdownload", "text/plain"])
def test_other_files_keep_the_general_refusal(app, kind):
    reply = Citizen(app).says("", **media_form((DOCX[0], kind)))
    assert "berkas jenis ini tidak bisa kami simpan" in reply and "kartu kontak" not in reply
    assert "foto halamannya" not in reply


# Captions that only say more photos come with the message ("tambahan foto", "ini fotonya lagi"): no wrong answer
MORE_PHOTOS = ["tambahan foto", "ini fotonya lagi", "foto tambahan pak", "fotonya lagi ya bu", "ini foto lainnya",
               "foto susulan", "ini juga fotonya", "tambahan gambarnya", "Foto lagi 🙏", "ini dokumentasi tambahan",
               "tambahan", "ini lagi pak", "Tambahan lagi"]


def album(count: int) -> dict:
    return media_form(*[(f"{TWILIO}ME{number:032d}", "image/jpeg") for number in range(count)])


def to_privacy_step(citizen: Citizen) -> None:
    to_description_step(citizen)
    citizen.says(DESCRIPTION)
    citizen.says("Desa Banyuanyar RT 02")
    citizen.says("", **media_form(SHOT))  # the photo step
    assert citizen.state() == "privacy"


@pytest.mark.parametrize("caption", MORE_PHOTOS)
@pytest.mark.parametrize("step", ["kind", "privacy"])
def test_photos_captioned_as_more_photos_at_a_choice_are_acknowledged_without_a_reproach(app, step, caption):
    citizen = Citizen(app)
    if step == "kind":
        citizen.says("1")
    else:
        to_privacy_step(citizen)
    reply = citizen.says(caption, **album(3))
    assert "3 foto diterima" in reply and citizen.state() == step
    assert "Mohon balas" not in reply, "the caption is no wrong answer"
    assert ("Jenis laporan Anda?" if step == "kind" else "Pilih kerahasiaan laporan") in reply
    assert len(citizen.draft()["photos"]) == (3 if step == "kind" else 4)


@pytest.mark.parametrize("caption, photos, reproached", [
    ("tambahan foto", 0, True),        # the words alone, nothing sent: not an answer
    ("foto lagi banjir parah", 3, None),  # tells something of the story
    ("2", 3, False),                   # the choice with them: chosen
])
def test_near_misses_of_a_caption_only_showing_more_photos(app, caption, photos, reproached):
    citizen = Citizen(app)
    to_privacy_step(citizen)
    reply = citizen.says(caption, **(album(photos) if photos else {}))
    if reproached is None:
        assert citizen.state() == "privacy"
    elif reproached:
        assert "Mohon balas" in reply and citizen.state() == "privacy"
    else:
        assert citizen.state() == "confirm" and citizen.draft()["privacy"] == "rahasia"


@pytest.mark.parametrize("caption", ["tambahan foto", "LPR-1 tambahan: ini fotonya", "tambahan fotonya pak",
                                     "foto tambahan", "LPR-1 tambahan foto lagi", "bukti tambahan utk LPR-1"])
def test_photos_added_after_filing_with_a_caption_only_showing_them_reach_the_officers_as_attachments(
        people, world, caption):
    """The caption says nothing but that photos come: officers read "(lampiran)" with them, not "foto"."""
    filed_and_forwarded(people)
    reply = people["citizen"].says(caption, **album(2))
    assert "sudah kami lampirkan pada LPR-1" in reply and "2 foto diterima" in reply
    added = [e for e in complaint(world, 1).timeline if e.event == Event.EVIDENCE]
    assert [(e.text, len(e.media)) for e in added] == [("(lampiran)", 2)]
    notice = [m for m in people["dlh1"].inbox() if "menambahkan" in m.body][-1]
    assert "menambahkan keterangan:\n(lampiran)" in notice.body or notice.body.rstrip().endswith("(lampiran)")


@pytest.mark.parametrize("caption, kept", [
    ("LPR-1 tambahan: lubangnya makin dalam", "lubangnya makin dalam"),  # words of the story stay
    ("tambahan foto kondisi terkini, sampah makin banyak", "foto kondisi terkini, sampah makin banyak"),
])
def test_a_caption_telling_more_with_photos_after_filing_keeps_its_words(people, world, caption, kept):
    filed_and_forwarded(people)
    people["citizen"].says(caption, **album(2))
    added = [e for e in complaint(world, 1).timeline if e.event == Event.EVIDENCE]
    assert [e.text for e in added] == [kept]


@pytest.mark.parametrize("caption", ["ini fotonya lagi", "tambahan lagi", "foto lainnya pak", "", "ini pak"])
def test_a_photo_right_after_an_addition_with_a_caption_only_showing_it_goes_to_the_same_complaint(
        people, world, caption):
    """Found by hand: photos added to LPR-1, then "ini fotonya lagi" with one more asked "Apakah ini untuk laporan
    Anda LPR-1?" (only a photo alone, or "ini pak", went straight to it)."""
    filed_and_forwarded(people)
    people["citizen"].says("LPR-1 tambahan: sampahnya makin banyak", **album(2))
    reply = people["citizen"].says(caption, **media_form(SHOT))
    assert "sudah kami lampirkan pada LPR-1" in reply and "Apakah" not in reply, reply
    added = [e for e in complaint(world, 1).timeline if e.event == Event.EVIDENCE]
    assert [len(e.media) for e in added] == [2, 1]


def test_a_photo_right_after_an_addition_with_words_of_its_own_is_not_taken_for_it(people, world):
    filed_and_forwarded(people)
    people["citizen"].says("LPR-1 tambahan: sampahnya makin banyak", **album(2))
    reply = people["citizen"].says("jalan di depan rumah saya juga rusak parah", **media_form(SHOT))
    assert "sudah kami lampirkan" not in reply
    assert len([e for e in complaint(world, 1).timeline if e.event == Event.EVIDENCE]) == 1
