"""Loose ends of the citizens' conversation left by session 27 (branch citizens16): a citizen who only sends voice
notes, a place after Javanese words for "in front of" with a suffix ("ngarepe", "ngajengipun"), a document sent out
of the blue with a caption naming it, and what ten new citizens typed from "halo" to the rating."""

from __future__ import annotations

import pytest

from tests.parties import Citizen

VOICE = {"NumMedia": "1", "MediaUrl0": "https://api.twilio.com/m/voice", "MediaContentType0": "audio/ogg"}
PDF = {"NumMedia": "1", "MediaUrl0": "https://api.twilio.com/m/surat", "MediaContentType0": "application/pdf"}


@pytest.fixture
def citizen(app):
    return Citizen(app)


def _voice_to_the_place(citizen, clock, story_by_voice: bool = True) -> str:
    citizen.says("1")
    reply = citizen.says("1")
    if story_by_voice:
        clock.advance(minutes=1)
        reply = citizen.says(**VOICE)
    else:
        reply = citizen.says("ada pohon tumbang menutup jalan, motor tidak bisa lewat")
    assert citizen.state() == "location", reply
    return reply


# 1. A voice-only citizen at the place question -----------------------------------------------------------------
# A voice note at "Di mana lokasinya?" was counted and the question asked again, after every note: a person who
# cannot type looped for ever. Now the first is asked, once and clearly, for a typed place or a pin; the second
# voice note is taken to say the place (the verifier listens), and the filing goes on.

@pytest.mark.parametrize("story_by_voice", [True, False])
def test_a_voice_note_at_the_place_question_asks_once_then_is_the_place(citizen, clock, story_by_voice):
    _voice_to_the_place(citizen, clock, story_by_voice)
    clock.advance(minutes=1)
    first = citizen.says(**VOICE)
    assert citizen.state() == "location", first
    assert "pesan suara" in first and "Lokasi" in first and "sekali lagi" in first, first
    clock.advance(minutes=1)
    second = citizen.says(**VOICE)
    assert citizen.state() == "photo", second
    assert "dari pesan suara" in second, second
    assert "pesan suara" in citizen.draft()["location_text"]


def test_voice_notes_sent_together_after_the_ask_still_end_the_question(citizen, clock):
    """A second note seconds after the first (a burst) once the ask was made is the answer too, never counted."""
    _voice_to_the_place(citizen, clock)
    clock.advance(minutes=1)
    citizen.says(**VOICE)
    clock.advance(seconds=10)
    reply = citizen.says(**VOICE)
    assert citizen.state() == "photo", reply


def test_the_place_said_by_voice_is_shown_in_the_summary_and_filed(citizen, clock):
    _voice_to_the_place(citizen, clock)
    for _ in range(2):
        clock.advance(minutes=1)
        citizen.says(**VOICE)
    citizen.says("LEWATI")
    summary = citizen.says("1")
    assert "Lokasi:" in summary and "pesan suara" in summary, summary
    citizen.says("KIRIM")
    [filed] = citizen.complaints()
    assert "pesan suara" in filed.location_text


@pytest.mark.parametrize("typed,place", [
    ("jl mawar rt 3 desa sukamaju", "jl mawar rt 3 desa sukamaju"),  # typed after all
])
def test_a_place_typed_after_the_ask_is_the_place(citizen, clock, typed, place):
    _voice_to_the_place(citizen, clock)
    clock.advance(minutes=1)
    citizen.says(**VOICE)
    citizen.says(typed)
    assert citizen.draft()["location_text"] == place
    assert citizen.state() == "photo"


def test_a_pin_after_the_ask_is_the_place(citizen, clock):
    from tests.parties import PIN

    _voice_to_the_place(citizen, clock)
    clock.advance(minutes=1)
    citizen.says(**VOICE)
    citizen.says(**PIN)
    assert citizen.draft()["latitude"] is not None and "pesan suara" not in citizen.draft()["location_text"]


def test_the_ask_is_made_again_for_the_next_complaint(citizen, clock):
    """Near miss: the ask made once belongs to one draft; the next complaint's first voice note at the place is
    asked again, not taken at once."""
    _voice_to_the_place(citizen, clock)
    for _ in range(2):
        clock.advance(minutes=1)
        citizen.says(**VOICE)
    for answer in ["LEWATI", "1", "KIRIM"]:
        citizen.says(answer)
    clock.advance(hours=1)
    _voice_to_the_place(citizen, clock)
    clock.advance(minutes=1)
    reply = citizen.says(**VOICE)
    assert citizen.state() == "location" and "sekali lagi" in reply, reply


def test_two_complaints_placed_by_voice_are_not_duplicates(app, clock):
    """The duplicate search compares place text: two places said by voice are no same place, nor two stories by
    voice the same story (the verifier listens to both)."""
    from lapor.duplicates import complaint_similarity

    for phone in ("+6281234567890", "+6281234567891"):
        person = Citizen(app, phone)
        _voice_to_the_place(person, clock)
        for _ in range(2):
            clock.advance(minutes=1)
            person.says(**VOICE)
        for answer in ["LEWATI", "1", "KIRIM"]:
            reply = person.says(answer)
        assert "LPR-" in reply, reply
    first, second = Citizen(app).complaints()[0], Citizen(app, "+6281234567891").complaints()[0]
    assert complaint_similarity(first, second) < 55


@pytest.mark.parametrize("story,kept", [
    ("(Ceritanya ada di pesan suara terlampir.)", "(Ceritanya ada di pesan suara terlampir.)"),
    ("lampu jalan di gang 3 mati sudah seminggu (gelap total).",
     "lampu jalan di gang 3 mati sudah seminggu (gelap total)."),
    ('warga bilang "jalan ini jalan maut."', 'warga bilang "jalan ini jalan maut."'),
    ("lampu jalan di gang 3 mati sudah seminggu. 🙏", "lampu jalan di gang 3 mati sudah seminggu."),  # as before
])
def test_a_closing_bracket_stays_with_its_sentence(story, kept):
    """Found by hand: the summary of a story told by voice read «Isi: (Ceritanya ada di pesan suara terlampir.»,
    its ")" cut as an answer written after the story."""
    from bot.conversation.filing import without_answers

    assert without_answers(story) == kept


# 2. A place after Javanese words for "in front of", "near", "behind" ----------------------------------------------
# "ing ngajeng", "ngajeng", "ing ngarep" were read already (as "di depan"); their forms with a suffix, as Javanese
# says "in front of it" ("ngarepe", krama "ngajengipun", "sangajengipun", "cedhake", "mburine", "wingkingipun",
# "sandhinge"), offered nothing: the place was asked again.
@pytest.mark.parametrize("story,place", [
    ("lampu mati ing ngajeng masjid agung", "depan masjid agung"),
    ("lampu mati ngajeng masjid agung", "depan masjid agung"),
    ("lampu mati ing ngarep masjid agung", "depan masjid agung"),
    ("lampu mati nang ngarepe masjid agung", "depan masjid agung"),
    ("lampu mati ngarepe masjid agung", "depan masjid agung"),
    ("lampu dalan mati ing ngajengipun masjid agung", "depan masjid agung"),
    ("lampu mati ing sangajengipun masjid agung", "depan masjid agung"),
    ("lampu mati sangajenge masjid agung", "depan masjid agung"),
    ("dalan bolong ing sacedhake pasar legi", "dekat pasar legi"),
    ("dalan bolong cedhake pasar legi", "dekat pasar legi"),
    ("dalan bolong ing sandhinge pasar legi", "samping pasar legi"),
    ("dalan bolong ing mburine pasar legi", "belakang pasar legi"),
    ("dalan bolong ing wingkingipun pasar legi", "belakang pasar legi"),
    ("lampu mati di depan masjid agung", "depan masjid agung"),  # as before
])
def test_a_place_after_javanese_near_words_is_found(story, place):
    from bot.conversation.story_place import place_in_story

    assert place_in_story(story, said_near=True) == place


@pytest.mark.parametrize("story", [
    "lampu dalan ing ngajeng masjid mati",  # a landmark with no name, as "di depan masjid"
    "ngarepe omah kulo banjir",  # one's own house: its address is asked
    "mburine ana sampah numpuk",  # "behind it", nothing named
])
def test_near_misses_of_javanese_near_words(story):
    from bot.conversation.story_place import place_in_story

    assert place_in_story(story, said_near=True) is None


def test_a_place_after_a_javanese_suffixed_near_word_is_offered(citizen):
    citizen.says("1")
    citizen.says("1")
    reply = citizen.says("lampu dalan mati ing ngajengipun masjid agung, peteng sanget")
    assert "Lokasinya di depan masjid agung?" in reply, reply
    citizen.says("YA")
    assert citizen.draft()["location_text"] == "depan masjid agung"


@pytest.mark.parametrize("story,vague", [
    ("banjir ing ngarepe omah kulo", "ngarepe omah kulo"),
    ("sampah numpuk teng ngajengipun griya kulo", "ngajengipun griya kulo"),
])
def test_ones_own_house_after_a_suffixed_near_word_asks_its_address(story, vague):
    from bot.conversation.story_place import vague_place

    assert vague_place(story) == vague


# 3. A document sent out of the blue ----------------------------------------------------------------------------
# Decided: a document (or a photo of one) sent while idle goes with a complaint. With one open, which is offered
# (TAMBAHAN or 1, as any file); with none, it waits for the next complaint, and a caption that only names it ("surat
# pengantar RT", "ktp saya", "ini surat keterangan tidak mampu saya") is its label, no story: the citizen is asked
# what they want to report. The label was kept as the story's first bubble ("surat pengantar RT mau urus surat
# pindah …" offered) or offered as a complaint of its own.
LABELS = ["surat pengantar RT", "ktp saya", "ini surat keterangan tidak mampu saya", "scan KK", "berkas persyaratan",
          "ini suratnya pak", "fotokopi akta kelahiran anak saya", "ini surat pengantar dari RT 05 pak",
          "Surat Keterangan Domisili", "sertifikat tanah", "kwitansi pembayaran", "ini sktm nya bu",
          "berikut saya lampirkan surat permohonan"]


@pytest.mark.parametrize("label", LABELS)
def test_a_document_named_by_its_caption_while_idle_asks_for_the_report(citizen, label):
    reply = citizen.says(label, **PDF)
    assert "Sepertinya Anda ingin melapor" not in reply and "Halo, ini layanan" not in reply, reply
    assert "1 dokumen" in reply and "Apa yang ingin Anda laporkan" in reply, reply
    assert citizen.state() == "idle"
    reply = citizen.says("mau urus surat pindah tapi ditolak kelurahan tanpa alasan")
    assert label.lower() not in reply.lower(), reply  # the label is no part of the story
    assert "mau urus surat pindah" in reply, reply


@pytest.mark.parametrize("label", ["ktp saya", "surat pengantar RT"])
def test_a_photo_of_a_document_named_by_its_caption_is_read_alike(citizen, label):
    from tests.parties import PHOTO

    reply = citizen.says(label, **PHOTO)
    assert "Sepertinya Anda ingin melapor" not in reply and "Apa yang ingin Anda laporkan" in reply, reply


def test_a_document_named_after_it_was_sent_is_its_label(citizen):
    """Found by hand: a PDF, then "ini surat pengantar dari RT pak", got «Maaf, kami belum paham»."""
    citizen.says(**PDF)
    reply = citizen.says("ini surat pengantar dari RT pak")
    assert "belum paham" not in reply and "Apa yang ingin Anda laporkan" in reply, reply


@pytest.mark.parametrize("caption", [
    "surat permohonan perbaikan jalan desa sukamaju yang rusak parah",  # the letter tells the problem
    "ktp saya sudah 3 bulan belum jadi",
    "surat dari desa tidak ditanggapi kecamatan",
    "kk saya salah nama",
])
def test_a_caption_that_tells_a_problem_is_no_label(citizen, caption):
    reply = citizen.says(caption, **PDF)
    assert "Apa yang ingin Anda laporkan" not in reply, reply


def test_a_named_document_with_a_complaint_open_is_offered_to_it(people):
    from tests.parties import filed_and_forwarded

    filed_and_forwarded(people, photo=False)
    reply = people["citizen"].says("surat pengantar RT", **PDF)
    assert "LPR-1" in reply and "TAMBAHAN" in reply, reply


# 4. Ten new citizens, from "halo" to the rating (found by hand with `flask chat`) -----------------------------------

def _place_offered(citizen) -> str:
    citizen.says("1")
    citizen.says("1")
    reply = citizen.says("lampu jalan di gang kenanga 3 desa karangrejo mati sudah dua minggu, gelap sekali")
    assert "Lokasinya di gang kenanga 3 desa karangrejo?" in reply, reply
    return reply


@pytest.mark.parametrize("typed", [
    "iya betul itu lokasinya", "ya benar lokasinya di situ", "iya bener itu lokasinya pak", "ya betul di situ",
    "betul pak, itu tempatnya", "iya pas itu alamatnya", "nggih leres, niku panggenanipun",
    "iya", "betul",  # as before
])
def test_a_yes_pointing_at_the_offered_place_confirms_it(citizen, typed):
    """Found by hand (a mother typing by voice): "iya betul itu lokasinya" to «Lokasinya di …? Balas YA» got the
    question again, three times."""
    _place_offered(citizen)
    reply = citizen.says(typed)
    assert citizen.state() == "photo", reply
    assert citizen.draft()["location_text"] == "gang kenanga 3 desa karangrejo"


@pytest.mark.parametrize("typed", ["bukan itu lokasinya", "ya tapi bukan di situ", "salah, bukan di situ tempatnya"])
def test_a_no_pointing_at_the_offered_place_is_no_yes(citizen, typed):
    _place_offered(citizen)
    reply = citizen.says(typed)
    assert citizen.state() == "location", reply
    assert not citizen.draft().get("location_text")


@pytest.mark.parametrize("typed", ["meluap ke jalan", "meluber ke rumah warga", "airnya meluap ke jalan",
                                   "mbludak ke dalan"])
def test_where_the_problem_goes_at_the_place_step_is_more_of_the_story(citizen, typed):
    """Found by hand (a story in six bubbles: "got depan sd 3" / "mampet" / "kalau hujan" / "meluap ke jalan"): the
    last bubble, at «Lokasinya di depan SD 3?», was stored as the place («Lokasi: meluap ke jalan»)."""
    citizen.says("1")
    citizen.says("1")
    reply = citizen.says("got depan sd 3 mampet kalau hujan")
    assert "Lokasinya di depan SD 3?" in reply, reply
    reply = citizen.says(typed)
    assert citizen.state() == "location" and "Lokasinya di depan SD 3?" in reply, reply
    assert typed in citizen.draft()["description"] and not citizen.draft().get("location_text")


@pytest.mark.parametrize("typed,place", [("ke arah pasar legi", "arah pasar legi"),
                                         ("ke jalan mawar rt 3", "jalan mawar rt 3")])
def test_a_place_after_ke_is_still_the_place(citizen, typed, place):
    citizen.says("1")
    citizen.says("1")
    citizen.says("got mampet kalau hujan, airnya masuk rumah warga")
    citizen.says(typed)
    assert citizen.draft().get("location_text") == place


CHAIN = ("*PENGUMUMAN* Diberitahukan kepada seluruh warga bahwa mulai tanggal 10 Desember akan ada pemadaman air PDAM "
         "di wilayah kecamatan kota selama 2 hari. Mohon warga menampung air. Sebarkan!")


@pytest.mark.parametrize("typed", ["ini bener gak pak?", "beneran ga?", "hoax bukan min", "benar tidak info ini?",
                                   "itu asli apa hoax?", "mau tanya itu beneran ga", "valid gak infonya?",
                                   "iku temenan ta?"])
def test_whether_a_chain_message_is_true_asked_right_after_it_is_offered_as_a_question(citizen, typed):
    """Found by hand: a forwarded chain message, then "ini bener gak pak?", got the menu; "mau tanya itu beneran
    ga" was offered as a report of its own words."""
    reply = citizen.says(CHAIN)
    assert "pesan berantai" in reply, reply
    reply = citizen.says(typed)
    assert "Halo, ini layanan" not in reply and "tidak bisa memastikan" in reply, reply
    assert "pemadaman air PDAM" in reply and "permintaan informasi" in reply, reply
    citizen.says("YA")
    assert citizen.draft()["kind"] == "informasi" and "pemadaman air PDAM" in citizen.draft()["description"]


@pytest.mark.parametrize("typed", ["ini bener gak pak?", "beneran ga?"])
def test_whether_it_is_true_with_no_chain_before_is_read_as_before(citizen, typed):
    """Near miss: with no chain message just before, the question is read as any other."""
    reply = citizen.says(typed)
    assert "tidak bisa memastikan" not in reply, reply


def test_a_story_after_a_chain_message_is_its_own(citizen):
    """Near miss: a story told after the chain message is not the question of its truth."""
    citizen.says(CHAIN)
    reply = citizen.says("pak air pdam di rumah saya sudah mati 3 hari di perum griya asri blok c")
    assert "tidak bisa memastikan" not in reply and "perum griya asri" in reply, reply


@pytest.mark.parametrize("typed", ["laporan nomor satu gimana pak", "lpr satu gmn", "LPR SATU SUDAH SAMPAI MANA",
                                   "status lpr satu", "laporan no satu sudah diproses belum?"])
def test_a_citizens_reference_in_number_words_is_its_number(citizen, typed):
    """Found by hand (numbers in words: "rt tiga rw lima", then "laporan nomor satu gimana pak" a day later): it was
    offered as a request for information, as staff's "lpr satu" is read already."""
    citizen.file()
    reply = citizen.says(typed)
    assert "LPR-1" in reply and "Sepertinya Anda ingin" not in reply, reply


def test_number_words_with_no_report_named_stay_words(citizen):
    """Near miss: "nomor satu" after no word of a report is what it says."""
    citizen.file()
    reply = citizen.says("pelayanan puskesmas kok jadi nomor satu paling lambat, antri 5 jam")
    assert "nomor satu" in reply, reply


OFFICE_ASKED = ["kantornya dimana?", "kantor pengaduannya di mana ya pak", "alamat kantornya dimana min",
                "lokasi kantor layanan ini dimana", "kantor layanan ini letaknya di mana?"]


@pytest.mark.parametrize("typed", OFFICE_ASKED)
def test_where_the_office_is_asked_is_answered(typed):
    """Found by hand (someone asking "ini bot ya?", "bisa telpon?", "kantornya dimana?"): where the office is got
    the greeting and the menu."""
    from bot.conversation import understanding

    assert understanding.service_question(typed) == "office"


@pytest.mark.parametrize("typed", ["kantor desa tutup terus, warga tidak bisa urus surat",
                                   "kapan kantornya buka pak?",  # some agency's hours: a request for information
                                   "bisa datang langsung ke kantor?",  # another way to report: "channels"
                                   "di mana kantor dinas sosial untuk daftar PKH?",  # another agency's: a question
                                   "jalan depan kantor kecamatan rusak"])
def test_near_misses_of_the_office_asked(typed):
    from bot.conversation import understanding

    assert understanding.service_question(typed) != "office"


def test_the_office_asked_while_idle_gets_the_answer(citizen):
    reply = citizen.says("kantornya dimana?")
    assert "tidak perlu datang" in reply and "Halo, ini layanan" not in reply, reply


@pytest.mark.parametrize("answer", ["nomor tiangnya tidak ada pak tapi dekat rumah pak rt persis",
                                    "tiangnya gak ada nomornya bu, pokoknya depan masjid"])
def test_an_answer_saying_what_the_officer_asked_is_missing_is_relayed(people, answer):
    """Found by hand (a mother typing by voice): to Dishub's "tiang lampunya nomor berapa bu", "nomor tiangnya tidak
    ada pak tapi dekat rumah pak rt persis" was offered as a new report."""
    from models.vocab import Purpose

    people["citizen"].file(description="lampu jalan di gang kenanga 3 desa karangrejo mati sudah dua minggu, gelap",
                           place="gang kenanga 3 desa karangrejo")
    people["verifier"].says("TERUSKAN LPR-1 dlh")
    people["dlh1"].says("INFO LPR-1 tiang lampunya nomor berapa bu")
    reply = people["citizen"].says(answer)
    assert "Sepertinya Anda ingin melapor" not in reply, reply
    assert [m for m in people["dlh1"].inbox() if m.purpose == Purpose.ANSWER], reply


@pytest.mark.parametrize("typed,asked", [
    ("nomor tiangnya tidak ada pak tapi dekat rumah pak rt persis", False),
    ("no meteran saya ada di kartu pelanggan, nanti saya foto pak", False),
    ("minta nomor hp petugas dlh dong pak", True),  # as before
    ("nomor pak rt berapa ya", True),
])
def test_a_things_number_is_no_contact_asked(typed, asked):
    from bot.conversation import understanding

    assert understanding.asks_for_a_person(typed) is asked
