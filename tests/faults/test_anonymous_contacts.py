"""An anonymous reporter's other ways of being found (an email address, a second number they give as theirs, a name
under a form's label, their NIK) never reach an agency: found by trying as an attacker what the introductions and
the own number's masks (tests/lapor/test_privacy.py) do not cover."""

from __future__ import annotations

import pytest

from lapor.bridge.privacy import IDENTITY_MASK, NIK_MASK, OWN_NUMBER_MASK, strip_identity
from tests.parties import complaint, make_people
from tests.web.conftest import logged_in

PHONE, NAME = "+6281234567890", "Siti Rahma"
MASKS = (IDENTITY_MASK, NIK_MASK, OWN_NUMBER_MASK)


@pytest.mark.parametrize(("typed", "hidden", "kept"), [
    # email addresses, in every shape people type them (one held "siti" masked and "rahma88@gmail.com" left)
    ("lampu jalan mati. email saya siti.rahma88@gmail.com kalau perlu", ["rahma88", "gmail"], ["lampu jalan mati"]),
    ("email: budi.s@yahoo.co.id, jalan masih rusak", ["budi.s", "yahoo"], ["jalan masih rusak"]),
    ("kirim kabarnya ke BUDI_SANTOSO77@GMAIL.COM ya pak", ["BUDI_SANTOSO77", "GMAIL"], ["kirim kabarnya"]),
    ("kabari lewat surel joko+lapor@mail.example.org", ["joko", "example"], ["kabari lewat surel"]),
    # a second number given as the reporter's own (the WhatsApp number alone was masked)
    ("hubungi sy di 0857-1111-2222 ya pak", ["1111"], ["ya pak"]),
    ("no wa sy 0857 1111 2222, sampah belum diangkut", ["1111"], ["sampah belum diangkut"]),
    ("kontak saya 085711112222", ["1111"], []),
    ("bisa hub saya di +62 857 1111 2222 kalau mau survei", ["1111"], ["kalau mau survei"]),
    ("saya bisa dihubungi di 0857.1111.2222", ["1111"], []),
    ("nomor hp aku: 0857 1111 2222", ["1111"], []),
    ("my number is 0857 1111 2222, the drain is blocked", ["1111"], ["the drain is blocked"]),
    ("ig saya @sitirahma88 kalau mau lihat videonya", ["sitirahma88"], ["kalau mau lihat videonya"]),
    # a name under a form's label, whatever the WhatsApp name says
    ("Nama : Budi Santoso. Jalan di depan rumah rusak", ["Budi", "Santoso"], ["Jalan di depan rumah rusak"]),
    ("nama: budi santoso\nalamat: RT 3 RW 2\njalan rusak", ["budi", "santoso"], ["jalan rusak"]),
    ("Nama lengkap: Budi Santoso, lampu mati", ["Budi", "Santoso"], ["lampu mati"]),
    ("Pelapor: Budi Santoso. Air PDAM mati", ["Budi", "Santoso"], ["Air PDAM mati"]),
    ("nama pelapor : Budi, sampah menumpuk", ["Budi"], ["sampah menumpuk"]),
    # a NIK or KK number: the strongest identity there is
    ("NIK saya 3527012345678901 tolong dicek", ["3527012345678901"], ["tolong dicek"]),
    ("nik: 3527 0123 4567 8901, bansos belum cair", ["8901"], ["bansos belum cair"]),
    ("KK 3527-0123-4567-8901 belum diperbarui", ["8901"], ["belum diperbarui"]),
])
def test_an_anonymous_reporters_email_other_number_labelled_name_and_nik_are_hidden(typed, hidden, kept):
    masked = strip_identity(typed, PHONE, NAME)
    assert all(word not in masked for word in hidden), masked
    assert all(word in masked for word in kept), masked
    assert any(mask in masked for mask in MASKS), masked


@pytest.mark.parametrize("typed", [
    # someone else's number, an office's address, a handle that is no one's, labels that name no person
    "nomor pak lurah 0857-1111-2222, sudah saya hubungi tapi tidak diangkat",
    "sudah lapor ke call center 112 dan 0328-123456 tapi belum ada respon",
    "sudah kirim surat ke dlh@sampangkab.go.id minggu lalu",
    "hp saya rusak, jadi pakai wa ini saja",
    "saya sudah hubungi kantornya 3 kali",
    "kejadian tgl 12/10/2026 jam 08:15, air mati sampai sekarang",
    "nama jalan: Jl. Merdeka, lubangnya dalam",
    "tagar #jalanrusak @dinaspupr sudah ramai",
    "harga 1.500.000 tapi tidak sesuai",
])
def test_what_names_no_reporter_stays_as_typed(typed):
    assert strip_identity(typed, PHONE, NAME) == typed


STORY = ("Sampah di TPS pasar Srimangunan menumpuk sudah seminggu. Nama : Budi Santoso, NIK 3527012345678901. "
         "Kabari lewat email budi.santoso77@gmail.com atau hubungi saya di 0857-1111-2222")
LEAKS = ("Budi Santoso", "3527012345678901", "budi.santoso77", "0857-1111-2222", "1111")


def test_an_anonymous_reporters_contacts_in_the_story_reach_no_agency(world, app):
    people = make_people(world)
    people["citizen"].file(description=STORY, place="Pasar Srimangunan, Kec. Sampang", privacy="3")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    notices = [m.body for m in people["dlh1"].inbox() if m.purpose == "disposition"]
    assert notices
    page = logged_in(app, people["dlh1"].phone).get("/pengaduan/1").get_data(as_text=True)
    status = people["head"].says("STATUS LPR-1")
    for text in (*notices, page, status, complaint(world, 1).description, complaint(world, 1).title):
        assert not any(leak in text for leak in LEAKS), text
    assert "menumpuk" in complaint(world, 1).description
