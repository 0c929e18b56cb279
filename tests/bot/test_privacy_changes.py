"""Privacy when things change after a message was queued or a complaint was followed: a NIK in a follow-up, a staff
member removed or moved by the directory, a report SP4N-LAPOR! makes confidential, a reporter who becomes staff."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from sqlalchemy import select

from bot.transports import ConsoleTransport, TransportError
from models import OutboxMessage
from tests.parties import (
    CITIZEN,
    CITIZEN_2,
    DLH_1,
    PHOTO,
    PIN,
    ROAD,
    VERIFIER,
    Party,
    complaint,
    deliver,
    file,
    filed_and_forwarded,
    import_staff,
    make_people,
    shows_number,
    walked_once,
)

NIK = "3527012345678901"
PLACE = "Pasar Srimangunan, Kec. Sampang"
SAME_PROBLEM = "Tumpukan sampah TPS pasar Srimangunan sampai ke jalan, bau sekali sudah seminggu"



def follow_first(people):
    people["citizen2"].says("1")
    people["citizen2"].says("1")
    people["citizen2"].says(SAME_PROBLEM)
    people["citizen2"].says(PLACE)
    assert "mengikuti LPR-1" in people["citizen2"].says("IKUTI LPR-1")
    return people["citizen2"]


# 1. A follower reads a NIK in the pushed follow-up that STATUS masks -----------------------------------

def test_follower_follow_up_notice_masks_the_nik_like_status_does(people, world):
    file(people["citizen"])
    follower = follow_first(people)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says(f"TL LPR-1 Sudah kami hubungi pelapor (NIK {NIK}), truk sampah datang besok pagi")
    detail = follower.says("STATUS LPR-1")
    assert "truk sampah datang" in detail and NIK not in detail  # STATUS masks it for a follower
    pushed = [m.body for m in follower.inbox() if "truk sampah datang" in m.body]
    assert pushed, "the follower hears of the follow-up"
    assert all(NIK not in body for body in pushed), pushed  # ... but the pushed notice shows it whole


# 5. The export masks NIKs everywhere but in the reporter's name (the HTTP submit masks it there too) ---------

def test_export_masks_a_nik_in_the_reporters_name_like_the_http_submit(world, tmp_path):
    import csv

    from lapor.bridge.sync import submit_payload
    from lapor.complaints import by_number

    person = Party(world, CITIZEN, f"Siti {NIK}")  # a WhatsApp profile name is whatever the person typed
    file(person)
    with world.extensions["penghubung"].session_factory() as session:
        assert NIK not in str(submit_payload(by_number(session, 1)))  # HTTP mode masks it
    out = tmp_path / "laporan.csv"
    result = world.test_cli_runner().invoke(args=["lapor", "export", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert NIK not in str(rows), rows[1]


def make_confidential_in_lapor(world, tmp_path):
    """LPR-1 is recorded in SP4N-LAPOR!, and a newer export marks it Rahasia."""
    runner = world.test_cli_runner()
    ids = tmp_path / "ids.csv"
    ids.write_text("Referensi,ID Tracking LAPOR\nLPR-1,7730101\n", encoding="utf-8")
    assert runner.invoke(args=["lapor", "record", str(ids)]).exit_code == 0
    newer = tmp_path / "b.csv"
    newer.write_text("ID Tracking,Tanggal Masuk,Isi,Status,Disposisi,Kerahasiaan\n"
                     "7730101,23/11/2026 10:00,Sampah TPS pasar Srimangunan menumpuk,Belum Ditindaklanjuti,DLH,"
                     "Rahasia\n", encoding="utf-8")
    result = runner.invoke(args=["lapor", "import", str(newer)])
    assert result.exit_code == 0, result.output
    assert complaint(world, 1).privacy == "rahasia"


# 6. A report LAPOR made rahasia/anonim keeps flowing to the public followers --------------------------------

def test_followers_stop_receiving_a_complaint_lapor_made_confidential(people, world, tmp_path):
    file(people["citizen"])
    follower = follow_first(people)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    make_confidential_in_lapor(world, tmp_path)
    before = len(follower.inbox())
    people["dlh1"].says("TL LPR-1 Truk sampah dijadwalkan besok pagi ke TPS pasar")
    assert [m.body for m in follower.inbox()[before:]] == [], "a confidential complaint's news goes to the public"


# 4. A citizen who becomes staff cannot answer the question about their own complaint ----------------------

def test_a_reporter_who_became_staff_still_gets_their_answer_relayed(people, world, tmp_path):
    file(people["citizen"], privacy="3")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    # Siti joins PUPR as a liaison officer (her own complaint is with DLH).
    import_staff(world, tmp_path, f"{CITIZEN},Siti,officer,PUPR\n{people['pupr'].phone},Budi,officer,PUPR\n")
    people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    assert any("Di sisi mana" in m.body for m in people["citizen"].inbox()), "the question reached her"
    assert "PUPR" in people["citizen"].says("DAFTAR")  # her staff commands still work meanwhile
    reply = people["citizen"].says("Di sisi timur pasar, dekat pintu masuk parkir")
    relayed = [m.body for m in people["dlh1"].inbox() if "sisi timur" in m.body]
    assert relayed, f"her answer never reaches the asker; she was told: {reply!r}"


# 2. A notice queued for someone as staff still goes after import-staff changed or removed them --------------

@dataclass
class Flaky(ConsoleTransport):
    """The console transport, failing (Twilio 503, retried later) for the numbers in `down`."""

    down: set = field(default_factory=set)

    def send(self, message):
        if message.to in self.down:
            raise TransportError("Twilio 503", retryable=True)
        return super().send(message)


@pytest.fixture
def flaky_world(make_app):
    from services import services
    from tests.parties import make_world

    transport = Flaky()
    app = make_app(transport=transport)
    return make_world(app, services(app)), transport


NEW_VERIFIER, ANONYMOUS, ANONYMOUS_NAME = "+6281100000003", "+6285733344455", "Kartini Wulandari"


def test_a_verifiers_pending_notice_does_not_reach_them_once_they_are_an_officer(flaky_world, tmp_path, clock):
    world, transport = flaky_world
    anonymous = Party(world, ANONYMOUS, ANONYMOUS_NAME)
    transport.down.add(VERIFIER)  # Twilio fails for a while: the verifier's notice is retried later
    file(anonymous, privacy="3")
    with world.extensions["penghubung"].session_factory() as session:
        [notice] = session.scalars(select(OutboxMessage).where(OutboxMessage.recipient == VERIFIER)).all()
        assert ANONYMOUS_NAME in notice.body and notice.status == "pending"  # waits for its retry
    # Meanwhile the directory moves Rina to DLH as an officer; Lina is the verifier now.
    import_staff(world, tmp_path, f"{NEW_VERIFIER},Lina,verifier,\n{VERIFIER},Rina,officer,DLH\n")
    transport.down.clear()
    clock.advance(hours=2)
    deliver(world)
    to_rina = [m.body for m in transport.sent if m.to == VERIFIER]
    leaks = [body for body in to_rina if ANONYMOUS_NAME in (body or "") or ANONYMOUS[-8:] in (body or "")]
    assert leaks == [], "an agency officer received the anonymous reporter's name and number"


def test_a_removed_officer_does_not_get_a_staff_notices_waiting_photo(make_app, tmp_path, clock):
    from services import services
    from tests.parties import make_world

    transport = ConsoleTransport()
    app = make_app(transport=transport, TWILIO_CONTENT_SIDS={"default": "HX" + "0" * 32})
    world = make_world(app, services(app))
    people = make_people(world)
    people["dlh1"].says("BANTUAN")  # Dewi wrote once, long ago
    clock.advance(days=2)
    file(people["citizen"])  # with a photo
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    # Outside Dewi's 24-hour window: the notice went as a template, the photo waits for her to write.
    with world.extensions["penghubung"].session_factory() as session:
        waiting = session.scalars(select(OutboxMessage).where(OutboxMessage.recipient == DLH_1,
                                                              OutboxMessage.status == "waiting")).all()
    assert len(waiting) == 1
    import_staff(world, tmp_path, f"{people['dlh2'].phone},Eko,officer,DLH\n")  # Dewi leaves DLH
    clock.advance(minutes=5)
    people["dlh1"].says("halo")  # now an ordinary citizen
    got = [m for m in transport.sent if m.to == DLH_1 and m.media_url]
    assert got == [], "a removed officer received the complaint photo meant for DLH's officers"


# 3. Privacy tightened by SP4N-LAPOR! after a notice was queued: the notice still names the reporter ---------

PRIVACY_HEADER = "ID Tracking,Tanggal Masuk,Isi,Status,Disposisi,Kerahasiaan,Nama Pelapor\n"
PRIVACY_ROW = "7730101,12/10/2026 08:15,Sampah TPS pasar Srimangunan menumpuk sampai ke jalan,Belum Ditindaklanjuti,DLH"


def test_a_notice_sent_after_lapor_made_the_report_anonim_does_not_name_the_reporter(flaky_world, tmp_path, clock):
    world, transport = flaky_world
    transport.down.add(DLH_1)  # Dewi's notice fails for now and is retried later
    first, newer = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text(PRIVACY_HEADER + PRIVACY_ROW + ",Biasa,Ahmad Fauzi\n", encoding="utf-8")
    newer.write_text(PRIVACY_HEADER + PRIVACY_ROW + ",Anonim,Ahmad Fauzi\n", encoding="utf-8")
    runner = world.test_cli_runner()
    assert runner.invoke(args=["lapor", "import", str(first)]).exit_code == 0
    deliver(world)
    assert runner.invoke(args=["lapor", "import", str(newer)]).exit_code == 0  # LAPOR now says anonim
    transport.down.clear()
    clock.advance(hours=2)
    deliver(world)
    to_dewi = [m.body for m in transport.sent if m.to == DLH_1]
    assert any("LPR-1" in body for body in to_dewi), to_dewi
    assert not any("Ahmad Fauzi" in body for body in to_dewi), to_dewi


def test_an_answer_waiting_for_a_removed_officer_goes_to_the_colleague_in_their_place(flaky_world, tmp_path, clock):
    world, transport = flaky_world
    people = make_people(world)
    filed_and_forwarded(people)
    people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    transport.down.add(DLH_1)  # the answer to Dewi waits for a retry ...
    people["citizen"].says("Di sisi timur pasar, dekat pintu masuk parkir")
    import_staff(world, tmp_path, f"{people['dlh2'].phone},Eko,officer,DLH\n")  # ... and Dewi leaves DLH
    transport.down.clear()
    clock.advance(hours=1)
    deliver(world)
    assert not [m for m in transport.sent if m.to == DLH_1 and "sisi timur" in (m.body or "")]
    assert [m for m in people["dlh2"].inbox() if "sisi timur" in m.body], "Eko reads the answer in her place"


# A staff member with something waiting as a citizen is still staff for staff notices ----------------------

def test_officer_with_own_question_pending_photo_swipe_on_disposition_is_a_follow_up(people, world, tmp_path):
    file(people["citizen"])  # Siti's own complaint, LPR-1, goes to DLH
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    # Siti joins PUPR as a liaison officer.
    import_staff(world, tmp_path, f"{CITIZEN},Siti,officer,PUPR\n{people['pupr'].phone},Budi,officer,PUPR\n")
    file(people["citizen2"], description=ROAD, photo=False)  # LPR-2, a road complaint, goes to PUPR
    people["verifier"].says("TERUSKAN LPR-2 PUPR")
    people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")  # DLH asks Siti about hers
    notice = [m for m in people["citizen"].inbox() if m.purpose == "disposition"][-1]
    assert "LPR-2" in notice.body
    # As officer she swipes a photo of the repaired road onto the LPR-2 disposition notice: a TL with a photo.
    reply = people["citizen"].swipe(notice, **PHOTO)
    road = complaint(world, 2)
    assert road.status == "proses", f"the photo follow-up was not recorded; she was told {reply!r}"


# ... and rates their own complaint like a citizen, reason included ------------------------------------------

def test_staff_reporter_rating_one_then_giving_the_reason_reopens_their_complaint(people, world, tmp_path):
    file(people["citizen"])  # Siti's own complaint, LPR-1, goes to DLH
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    import_staff(world, tmp_path, f"{CITIZEN},Siti,officer,PUPR\n{people['pupr'].phone},Budi,officer,PUPR\n")
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut seluruhnya oleh truk DLH")
    assert complaint(world, 1).status == "selesai"
    asked = people["citizen"].says("1")
    assert "LPR-1" in asked  # she is asked why she is not satisfied, as any citizen
    reply = people["citizen"].says("Sampahnya masih menumpuk di sisi timur pasar, belum diangkut")
    assert complaint(world, 1).status == "proses", f"her reason was not taken; she was told {reply!r}"


# A notice being sent when it is taken back: if that send fails, it is not tried again -----------------------

@dataclass
class FailsOnceWhileSomethingHappens(ConsoleTransport):
    """The console transport; the first send to `number` runs `meanwhile` (another process acting while the request
    to Twilio is in flight) and then fails with a retryable 503."""

    number: str = ""
    meanwhile: object = None
    done: bool = False
    attempted: list = field(default_factory=list)

    def send(self, message):
        self.attempted.append(message)
        if message.to == self.number and not self.done:
            self.done = True
            self.meanwhile()
            raise TransportError("Twilio 503", retryable=True)
        return super().send(message)




def test_a_notice_in_flight_when_lapor_made_the_report_anonim_is_not_retried_with_the_name(make_app, tmp_path, clock):
    from services import services
    from tests.parties import make_world

    transport = FailsOnceWhileSomethingHappens(number=DLH_1)
    app = make_app(transport=transport)
    world = make_world(app, services(app))
    first, newer = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text(PRIVACY_HEADER + PRIVACY_ROW + ",Biasa,Ahmad Fauzi\n", encoding="utf-8")
    newer.write_text(PRIVACY_HEADER + PRIVACY_ROW + ",Anonim,Ahmad Fauzi\n", encoding="utf-8")
    runner = world.test_cli_runner()

    def lapor_says_anonim():  # the hourly LAPOR import runs while Dewi's notice is on its way to Twilio
        result = runner.invoke(args=["lapor", "import", str(newer)])
        assert result.exit_code == 0, result.output

    transport.meanwhile = lapor_says_anonim
    assert runner.invoke(args=["lapor", "import", str(first)]).exit_code == 0
    deliver(world)  # Dewi's notice (naming Ahmad Fauzi) fails with a 503 after the report became anonim
    clock.advance(hours=2)
    deliver(world)  # ... and is retried
    to_dewi = [m.body for m in transport.sent if m.to == DLH_1]
    assert any("LPR-1" in body for body in to_dewi), to_dewi
    assert not any("Ahmad Fauzi" in body for body in to_dewi), to_dewi


# The photo of an answer waiting for a removed officer goes to the colleague too ------------------------------

def test_answer_photo_waiting_for_a_removed_officer_reaches_the_colleague_in_their_place(make_app, tmp_path, clock):
    from services import services
    from tests.parties import make_world

    app = make_app(TWILIO_CONTENT_SIDS={"default": "HX" + "0" * 32})
    world = make_world(app, services(app))
    people = make_people(world)
    filed_and_forwarded(people, photo=False)
    people["dlh1"].says("INFO LPR-1 Boleh kirim foto tumpukan sampahnya?")
    clock.advance(days=2)  # Dewi has not written since: her 24-hour window is closed
    people["citizen"].says("Ini fotonya, diambil tadi pagi dari sisi timur", **PHOTO)
    with world.extensions["penghubung"].session_factory() as session:
        waiting = session.scalars(select(OutboxMessage).where(OutboxMessage.recipient == people["dlh1"].phone,
                                                              OutboxMessage.status == "waiting")).all()
    assert len(waiting) == 1  # the answer went as a template; its photo waits for Dewi to write
    import_staff(world, tmp_path, f"{people['dlh2'].phone},Eko,officer,DLH\n")  # Dewi leaves DLH
    people["dlh2"].says("DAFTAR")  # Eko writes (his window is open)
    photos = [m for m in people["dlh2"].inbox() if m.media_url == PHOTO["MediaUrl0"]]
    assert photos, "the citizen's photo answer reaches nobody at DLH: taken back from Dewi, never passed on"


def test_status_list_no_longer_shows_a_followed_complaint_lapor_made_confidential(people, world, tmp_path):
    file(people["citizen"])
    follower = follow_first(people)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert "LPR-1" in follower.says("STATUS")  # public: listed
    make_confidential_in_lapor(world, tmp_path)
    assert "tidak ditemukan" in follower.says("STATUS LPR-1")  # the detail is hidden now
    listed = follower.says("STATUS")
    assert "LPR-1" not in listed, listed




def test_a_follow_up_queued_for_a_follower_is_not_sent_once_lapor_made_it_confidential(flaky_world, tmp_path, clock):
    world, transport = flaky_world
    people = make_people(world)
    file(people["citizen"])
    follow_first(people)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    transport.down.add(CITIZEN_2)  # the follower's notices fail for now and are retried later
    people["dlh1"].says("TL LPR-1 Truk sampah dijadwalkan besok pagi ke TPS pasar")
    make_confidential_in_lapor(world, tmp_path)
    transport.down.clear()
    clock.advance(hours=2)
    deliver(world)
    got = [m.body for m in transport.sent if m.to == CITIZEN_2 and "Truk sampah" in (m.body or "")]
    assert got == [], "a confidential complaint's follow-up still reached a member of the public"


# An anonymous reporter's own words after filing reach the agency without their name or number -------------------

INTRO = "saya Siti Rahma dari RT 3, no hp 0812-3456-7890"


def _agency_reads(people) -> str:
    """All DLH's officer and head were sent."""
    return "\n".join(m.body for who in ("dlh1", "head") for m in people[who].inbox())


def _tells_nobody_who(people) -> None:
    read = _agency_reads(people)
    assert "Siti" not in read and not shows_number(read, CITIZEN), read


@walked_once
def anonymous_and_forwarded(people) -> None:
    file(people["citizen"], privacy="3", photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")


def test_an_anonymous_reporters_later_words_never_name_them_to_the_agency(people):
    """Found by hand: filed Anonim, the story was masked, but "tambahan pak, saya Budi dari RT 3, no hp sy 0812…", an
    answer to INFO, a photo's caption, a pin's label and the reason to reopen went to the officers as typed."""
    anonymous_and_forwarded(people)
    citizen = people["citizen"]
    citizen.says(f"tambahan pak, {INTRO}, sampahnya makin tinggi")
    citizen.says(f"ini fotonya, {INTRO}", **PHOTO)
    citizen.says("TAMBAHAN LPR-1")
    people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    citizen.says(f"sebelah timur pasar pak, {INTRO}")
    citizen.says(**{**PIN, "Address": "Rumah Siti Rahma 081234567890, Jl. Trunojoyo"})
    people["dlh1"].says("SELESAI LPR-1 Sudah diangkut")
    citizen.says(f"tidak puas, {INTRO}, masih ada sisa sampah")
    read = _agency_reads(people)
    assert "makin tinggi" in read and "sebelah timur" in read and "masih ada sisa" in read, read
    _tells_nobody_who(people)


def test_anonymity_asked_after_filing_hides_the_story_and_what_follows(people):
    """Found by hand: anonymity asked for after filing masked nothing the reporter typed, before or after."""
    file(people["citizen"], description=f"{INTRO}. Sampah di TPS pasar Srimangunan menumpuk, baunya menyengat",
         photo=False)
    assert "tidak lagi diperlihatkan" in people["citizen"].says("tolong nama saya dirahasiakan pak")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["citizen"].says(f"tambahan: {INTRO}, sekarang sampai ke jalan")
    assert "sampai ke jalan" in _agency_reads(people)
    _tells_nobody_who(people)
    assert people["citizen"].complaints()[0].title.startswith("Sampah di TPS")  # not "[identitas …], …"
