"""Session 30: an anonymous reporter's number spelt in words or typed half hidden, and a one-word WhatsApp name that
is also a town, masked where they name the reporter and kept where they do not."""

from __future__ import annotations

import pytest

from lapor.bridge.privacy import IDENTITY_MASK, OWN_NUMBER_MASK, PHONE_MASK, strip_identity, strip_reporter

PHONE, NAME = "+6281234567890", "Siti Rahma"
NUMBER_MASKS = (OWN_NUMBER_MASK, PHONE_MASK)


# 1. Numbers in words, half hidden ------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "hidden", "kept"), [
    # spelt in words, Indonesian, Javanese, with "kosong" for 0, mixed with digits, commas between the words
    ("wa saya nol delapan lima tujuh satu satu satu satu dua dua dua dua", "satu satu", "wa saya"),
    ("hub aja kosong delapan satu tiga, empat empat lima lima, enam enam tujuh tujuh", "empat empat", "hub aja"),
    ("Nol Delapan Lima Tujuh - Satu Satu Satu Satu - Dua Dua Dua Dua ya pak", "Satu Satu", "ya pak"),
    ("no hp nol 857 1111 2222", "1111", "no hp"),
    ("wa 0857 satu satu satu satu dua dua dua dua", "satu satu", "wa"),
    ("kalau perlu: nol wolu limo pitu siji siji siji siji loro loro loro loro", "siji", "kalau perlu"),
    ("jalan rusak parah. nol delapan satu dua tiga empat lima enam tujuh delapan sembilan nol", "sembilan",
     "jalan rusak parah"),
    # half hidden: the digits left still point at the reporter
    ("no wa 0857xxxx1234", "1234", "no wa"),
    ("0857-xxxx-xxxx bisa dihubungi", "0857", "bisa dihubungi"),
    ("hubungi 0857 **** 1234", "1234", "hubungi"),
    ("08xx-xxxx-2222 kalau mau survei", "2222", "kalau mau survei"),
    ("wa: 0812-3456-XXXX", "3456", "wa"),
    ("lapor: +62 857 xxxx 2222", "2222", "lapor:"),
    ("no sy 0857•••• 2222", "2222", "no sy"),
    # the letter O typed for a zero, groups split oddly, dots, spaces
    ("wa saya O857 1111 2222", "1111", "wa saya"),
    ("wa saya 0812 345 678 90", "678", "wa saya"),
    ("+62 812-3456-7890", "3456", ""),
    ("hub 0857.1111.2222", "1111", "hub"),
    ("hub 08 57 11 11 22 22", "11 11", "hub"),
])
def test_a_number_spelt_in_words_or_half_hidden_is_masked(typed, hidden, kept):
    masked = strip_identity(typed, PHONE, NAME)
    assert hidden not in masked and kept in masked, masked
    assert any(mask in masked for mask in NUMBER_MASKS), masked


@pytest.mark.parametrize("typed", [
    "nol delapan satu dua tiga empat lima enam tujuh delapan sembilan nol",
    "0812xxxx7890",
    "0812-3456-xxxx",
])
def test_the_reporters_own_number_in_words_or_half_hidden_reads_as_theirs(typed):
    assert strip_identity(typed, PHONE, NAME) == OWN_NUMBER_MASK


@pytest.mark.parametrize("typed", [
    # someone else's, said beside it
    "nomor pak RT nol delapan lima tujuh satu satu satu satu dua dua dua dua tidak aktif",
    "penipu itu pakai nomor 0857xxxx2222, ngaku dari dinsos",
    "hotline PDAM nol tiga empat satu satu dua tiga empat lima enam",
    # landlines, amounts, counts, dates, RT/RW, house numbers in words
    "telp kantor kelurahan nol tiga dua delapan satu dua tiga empat lima enam",
    "sudah dua minggu lima hari tidak ada air, tujuh rumah kena",
    "rumah nomor delapan RT dua RW lima gelap total",
    "diminta bayar delapan ratus ribu, satu dua orang sudah bayar",
    "kejadian tanggal dua satu bulan delapan",
    "dua tiga kali sudah lapor, satu dua tiga empat lima enam tujuh orang tanda tangan",
    "sudah 2x 3x lapor tapi tidak ada tanggapan",
    "ukuran lubang 80x120 cm di jalan",
    "Rp 150.xxx diminta petugas",
    "kode voucher 0812XXXXXXXX dari penipu",  # the operator's prefix alone is nobody's own number
    "harga 08xx tidak jelas",
])
def test_numbers_in_words_or_hidden_that_are_someone_elses_or_no_mobile_stay(typed):
    assert strip_identity(typed, PHONE, NAME) == typed


def test_the_verifiers_words_mask_a_number_in_words_too():
    masked = strip_reporter("apakah benar nomor ibu yang lain nol delapan lima tujuh satu satu satu satu dua dua dua "
                            "dua?", PHONE, NAME)
    assert "satu satu" not in masked and PHONE_MASK in masked and masked.startswith("apakah benar"), masked


# 2. A one-word name that is also a town -------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "name"), [
    ("banjir di Jember sudah 3 hari", "Jember"),
    ("di jember banyak jalan rusak", "Jember"),
    ("jalan kab. Jember rusak", "Jember"),
    ("jalan raya Bekasi macet total", "Bekasi"),
    ("jln raya bekasi km 20 berlubang", "Bekasi"),
    ("bus dari Depok ke Bogor tidak lewat lagi", "Depok"),
    ("angkot jurusan Bogor - Depok ngetem sembarangan", "Depok"),
    ("sampah di perbatasan Bekasi - Jakarta", "Bekasi"),
    ("arah Bekasi macet tiap pagi", "Bekasi"),
    ("warga kota Depok mengeluh", "Depok"),
    ("pemkab jember lambat", "Jember"),
    ("Bekasi timur banjir lagi", "Bekasi"),
    ("saya dari Jember, mau lapor jalan rusak", "Jember"),
    ("sepanjang jalan menuju Depok gelap", "Depok"),
    ("wilayah Sampang utara kering", "Sampang"),
])
def test_a_one_word_name_that_is_a_town_stays_where_it_is_the_place(typed, name):
    assert strip_identity(typed, PHONE, name) == typed


@pytest.mark.parametrize(("typed", "name", "kept"), [
    ("tolong bantu, Depok warga sini", "Depok", "tolong bantu"),
    ("lampu mati. Salam, Jember", "Jember", "lampu mati"),
    ("Bekasi dari RT 3, air mati lagi", "Bekasi", "air mati lagi"),
    ("kalau ada apa2 tanya Jember saja", "Jember", "tanya"),
    ("banjir di Jember. Salam, Jember", "Jember", "banjir di Jember"),
    ("saya Depok warga RT 2, jalan rusak", "Depok", "jalan rusak"),
])
def test_a_one_word_name_that_is_a_town_is_masked_where_it_names_the_reporter(typed, name, kept):
    masked = strip_identity(typed, PHONE, name)
    assert kept in masked and IDENTITY_MASK in masked, masked
    assert masked.count(name) == kept.count(name), masked


def test_the_verifiers_words_keep_a_town_that_is_the_reporters_name_where_it_is_the_place():
    masked = strip_reporter("Selamat pagi Bu Jember, banjir di Jember masih setinggi lutut?", PHONE, "Jember")
    assert masked == f"Selamat pagi Bu {IDENTITY_MASK}, banjir di Jember masih setinggi lutut?", masked


# The whole way: filed anonymously, forwarded, read by the agency on WhatsApp and on the dashboard ----------------

STORY = ("Sampah di TPS pasar Srimangunan menumpuk seminggu, baunya sampai jalan raya Sampang. Kalau perlu survei "
         "wa nol delapan lima tujuh tiga tiga tiga tiga empat empat empat empat atau 0857xxxx4444")
LEAKS = ("tiga tiga", "empat empat", "4444", "Ahmad")


def test_a_number_in_words_and_half_hidden_reach_no_agency(world, app):
    from tests.parties import complaint, make_people
    from tests.web.conftest import logged_in

    people = make_people(world)  # citizen2's WhatsApp name: Ahmad
    people["citizen2"].file(description=STORY, place="Pasar Srimangunan, Kec. Sampang", privacy="3")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    page = logged_in(app, people["dlh1"].phone).get("/pengaduan/1").get_data(as_text=True)
    reads = [m.body for who in ("dlh1", "head") for m in people[who].inbox()]
    for text in (*reads, page, complaint(world, 1).title, complaint(world, 1).description):
        assert not any(leak in text for leak in LEAKS), text
    assert "jalan raya Sampang" in page and PHONE_MASK in page


@pytest.mark.parametrize("asked", ["ANONIM LPR-1", "tolong nama saya dirahasiakan"])
def test_a_verifiers_question_by_name_is_masked_when_the_reporter_asks_for_anonymity_later(world, asked):
    """While the question waited, the wish was relayed to the verifier as the answer and nothing changed."""
    from tests.parties import complaint, make_people

    people = make_people(world)  # citizen2's WhatsApp name: Ahmad
    people["citizen2"].file(description="Sampah di TPS pasar menumpuk seminggu", place="Pasar Srimangunan")
    people["verifier"].says("TUNDA LPR-1 Selamat pagi Pak Ahmad, mohon kirim foto lokasinya")
    reply = people["citizen2"].says(asked)
    found = complaint(world, 1)
    assert found.privacy == "anonim", reply
    assert found.privacy == "anonim"
    asked = [e.text for e in found.timeline if e.event == "pertanyaan"]
    assert asked and all("Ahmad" not in text and "foto lokasinya" in text for text in asked), asked


@pytest.mark.parametrize(("typed", "masked_too"), [
    ("banjir di Torjun sudah 3 hari", False),
    ("dari Torjun ke Camplong jalannya rusak", False),
    ("banjir di Torjun. Salam, Torjun", True),
])
def test_the_regions_own_districts_are_places_too(typed, masked_too):
    """A kecamatan of the region (its districts CSV) named as the reporter's one-word name is the place there."""
    masked = strip_identity(typed, PHONE, "Torjun", places=("torjun", "camplong"))
    assert "di Torjun" in masked or "dari Torjun" in masked, masked
    assert (IDENTITY_MASK in masked) == masked_too, masked
    assert "di [identitas" not in strip_identity("banjir di Torjun", PHONE, "Torjun", places=("torjun",))


def test_the_places_of_a_session_are_its_regions_one_word_districts(app):
    from lapor.complaints import places_of
    from lapor.districts import District
    from services import services

    with services(app).session_factory() as session:
        session.info["districts"] = (District("Torjun", ("torjun",)), District("Sukamaju Kota", ("kota sukamaju",)),
                                     District("Karangpenang", ("karang penang", "karangpenang")))
        assert places_of(session) == frozenset({"torjun", "karangpenang"})
    assert places_of(None) == frozenset()


@pytest.mark.parametrize("typed", ["ARSIPKAN LPR-1 Maaf Pak Ahmad, ini duplikat LPR-5",
                                   "arsipkan lpr 1 mohon maaf bpk ahmad, laporan ini di luar wilayah",
                                   "ARSIPKAN LPR-1 Pak Ahmad (0812-9876-5432), laporan kurang jelas"])
def test_an_archive_reason_by_name_reaches_the_reporter_and_no_agency(world, app, typed):
    """Found by hand (mendC1): the verifier addresses the anonymous reporter in the reason, which the reporter is
    sent; the agency that held the complaint read it too, on its page, in STATUS and in the notice of the archive."""
    from models.vocab import Purpose
    from tests.parties import complaint, make_people
    from tests.web.conftest import logged_in

    people = make_people(world)  # citizen2's WhatsApp name: Ahmad
    people["citizen2"].file(description="Sampah di TPS pasar menumpuk seminggu", place="Pasar Srimangunan",
                            privacy="3")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["verifier"].says(typed)
    assert complaint(world, 1).status == "diarsipkan"
    told = [m.body for m in people["citizen2"].inbox() if m.purpose == Purpose.ARCHIVED]
    assert any("hmad" in body for body in told), told  # the reporter reads it as it was written to them
    page = logged_in(app, people["dlh1"].phone).get("/pengaduan/1").get_data(as_text=True)
    reads = [m.body for m in people["dlh1"].inbox() if "LPR-1" in m.body]
    for text in (*reads, page, people["dlh1"].says("STATUS LPR-1")):
        assert not any(leak in text.lower() for leak in ("ahmad", "9876")), text
    assert any("LPR-1" in body and "arsip" in body.lower() for body in reads), reads
