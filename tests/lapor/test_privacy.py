"""The one NIK mask (lapor.bridge.privacy.strip_nik): 16 digits in a row, whatever stands between them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lapor.bridge.privacy import IDENTITY_MASK, NIK_MASK, OWN_NUMBER_MASK, strip_identity, strip_nik

SCRIPTS = ["0123456789", "０１２３４５６７８９", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "०१२३४५६७८९"]
SEPARATORS = [" ", "  ", "\u00a0", "\u2009", "\u202f", "\u3000", "\t", "\n", "\r\n", "-", " - ", "\u2010", "\u2013",
              "\u2014", "\u2212", ".", ". ", "/", " / ", "_", ",", ":", "|", "*", "\u200b", "\u200c", "\u2060",
              "\ufeff", "\u00ad", "\u00a0-\u00a0", "()"]
words = st.lists(st.sampled_from(["NIK", "KK", "saya", "nomor", "Jalan", "rusak", "no.", "(", ")", ":", "—"]),
                 max_size=4).map(" ".join)


@st.composite
def typed_number(draw, length: int) -> str:
    """`length` digits of one script, with any separators (or none) between any of them."""
    script = draw(st.sampled_from(SCRIPTS))
    digits = [script[int(d)] for d in draw(st.text("0123456789", min_size=length, max_size=length))]
    between = draw(st.lists(st.sampled_from(["", "", *SEPARATORS]), min_size=length - 1, max_size=length - 1))
    return digits[0] + "".join(sep + digit for sep, digit in zip(between, digits[1:], strict=True))


@settings(deadline=None, max_examples=300)
@given(before=words, number=typed_number(16), after=words)
def test_sixteen_digits_are_masked_whatever_separates_them(before, number, after):
    masked = strip_nik(f"{before} {number} {after}")
    assert NIK_MASK in masked and not any(ch.isdigit() for ch in masked), masked


@settings(deadline=None, max_examples=200)
@given(first=typed_number(16), second=st.integers(1, 15).flatmap(typed_number))
def test_digits_typed_next_to_a_nik_do_not_free_it(first, second):
    masked = strip_nik(f"NIK {first} {second} orang")
    assert not any(ch.isdigit() for ch in masked), masked


@settings(deadline=None, max_examples=200)
@given(before=words, number=st.integers(10, 13).flatmap(typed_number), after=words)
def test_phone_numbers_stay_as_typed(before, number, after):
    text = f"{before} HP {number} {after}"
    assert strip_nik(text) == text


def test_dates_side_by_side_stay_but_do_not_shield_a_nik():
    # Two numbers side by side: tests/lapor/test_lapor_http.py::test_strip_nik_masks_national_ids_but_not_phone…
    for dates in ("periode 01/10/2026 - 15/10/2026", "12.10.2026 08.15 – 13.10.2026 09:30", "2026-10-12 2026-10-15"):
        assert strip_nik(dates) == dates
    assert strip_nik("tgl 12/10/2026 3527 0123 4567 8901") == f"tgl {NIK_MASK}", "a date does not shield a NIK"


# An anonymous reporter's identity in their own words (lapor.bridge.privacy.strip_identity) ------------------------

@pytest.mark.parametrize(("typed", "hidden", "kept"), [
    ("saya Budi dari RT 3, lubangnya makin besar", ["Budi", "RT 3"], ["lubangnya makin besar"]),
    ("sy budi dr rt 3 mau nambahin, lubangnya makin lebar", ["budi", "rt 3"], ["lubangnya makin lebar"]),
    ("Nama saya Budi Santoso, rumahnya pas depan lubang", ["Budi", "Santoso"], ["pas depan lubang"]),
    ("perkenalkan saya pak Slamet warga dusun krajan. sampah blm diangkut", ["Slamet", "krajan"],
     ["sampah blm diangkut"]),
    ("kulo mbah Darmi saking RT 2, lampune tasih mati", ["Darmi"], ["lampune tasih mati"]),
    ("my name is Siti Rahma, the road is still broken", ["Siti", "Rahma"], ["the road is still broken"]),
    ("namaku siti rahma, warga rt 5 rw 2, got masih mampet", ["siti", "rahma", "rt 5"], ["got masih mampet"]),
    ("belum ditambal pak, hubungi saya (Siti Rahma) di 0812-3456-7890", ["Siti Rahma", "3456"], ["belum ditambal"]),
    ("SAYA BUDI DARI RT 3, JALAN MASIH RUSAK", ["BUDI", "RT 3"], ["JALAN MASIH RUSAK"]),
    # a bare name typed lowercase before a wish or a comma (the capitalised forms were masked, these were not)
    ("sy budi mau nambahin, lubangnya makin lebar", ["budi"], ["mau nambahin", "lubangnya makin lebar"]),
    ("aku wati, mau tanya kapan diperbaiki", ["wati"], ["mau tanya kapan diperbaiki"]),
    ("saya joko mau nambahin foto pak", ["joko"], ["mau nambahin foto"]),
    ("gue andi mau kasih tau, sampahnya dibakar", ["andi"], ["sampahnya dibakar"]),
    ("kulo slamet badhe matur, lampune tasih mati", ["slamet"], ["lampune tasih mati"]),
    ("makasih pak, sy rudi", ["rudi"], ["makasih pak"]),
    ("halo min saya rudi mau nambahin", ["rudi"], ["mau nambahin"]),  # after a greeting, still the clause's start
    # a naming after other words of the clause, or after a wish in another clause, still names
    ("tolong catat nama saya Budi Santoso", ["Budi", "Santoso"], ["tolong catat"]),
    ("jangan lupa, nama saya Budi", ["Budi"], ["jangan lupa"]),
    ("jangan lupa nama saya Budi ya", ["Budi"], ["jangan lupa"]),
    ("tolong tulis nama saya Budi di laporan", ["Budi"], ["tolong tulis"]),
    ("rahasiakan ya. nama saya Joko dari rt 4", ["Joko", "rt 4"], ["rahasiakan ya"]),
])
def test_an_anonymous_reporters_introduction_name_and_number_are_hidden(typed, hidden, kept):
    masked = strip_identity(typed, "+6281234567890", "Siti Rahma")
    assert all(word not in masked for word in hidden) and all(word in masked for word in kept), masked
    assert IDENTITY_MASK in masked or OWN_NUMBER_MASK in masked, masked


@pytest.mark.parametrize("typed", [
    "saya sudah lapor dari minggu lalu tapi belum ada kabar",
    "saya kecewa dari awal, lubangnya masih ada",
    "saya warga RT 3, jalannya masih rusak",
    "Sudah ketemu pak Budi dari PUPR kemarin, katanya minggu depan",
    "saya sendiri dari desa sebelah, tiap hari lewat situ",
    "saya juga warga sini pak, sampahnya makin banyak",
    "saya tinggal di gang mawar, lampunya masih mati",
    "saya mau tambah foto pak",
    "saya ibu rumah tangga, airnya sudah 3 hari mati",
    "sy baru mau nambahin pak, lubangnya makin lebar",
    "saya pusing, mau tanya kapan diperbaiki",
    "aku cuma mau nanya kapan diangkut",
    "sy td mau nambahin foto",
    "saya bingung mau lapor kemana lagi",
    "saya sebenarnya mau protes, kok lama",
    "aku pribadi mau usul taman",
    "sy lupa mau bilang, airnya keruh",
    "makasih pak, saya tunggu",
    "saya warga, mau tanya",
    "saya korban, mau lapor",
    "sy pengurus masjid mau lapor",
    # the wish to be unnamed itself ("nama sy [identitas pelapor disembunyikan] dicantumkan" reached the agency)
    "tolong nama sy jgn dicantumkan", "Tolong nama saya jangan disebut ya pak, takut sama tetangga",
    "nama saya dirahasiakan ya", "nama saya tidak usah ditulis", "namaku ojo disebut", "NAMA SAYA JANGAN DISEBUT",
    # the wish said first, "nama sy" closing it with a word of manners ("… nama sy [identitas …]" reached the verifier)
    "tolong dirahasiakan nama sy ya", "rahasiakan nama saya ya pak", "tlg samarkan nama sy yaa bu",
    "jgn ditulis nama saya dong", "sembunyikan namaku aja ya min", "tolong rahasiakan nama sy, takut",
    "disamarkan nama saya please",
    # unwillingness after "saya" ("saya [identitas pelapor disembunyikan]" was all that was left of it)
    "lampu mati, saya gamau ketahuan", "tp sy ogah ketauan", "aku emoh ketahuan", "kulo mboten purun ketahuan",
    "sy males ribut", "abdi embung kanyahoan",
    # "saya" closing a clause, then a question ("siapa ya namanya lupa saya, [identitas …]?" reached the verifier),
    # and a question word right after "saya"
    "siapa ya namanya lupa saya, apa harus?", "gak tau saya, gimana dong", "udah lama nunggu saya, kapan dikerjain",
    "saya harus gimana pak", "sy kapan dihubungi?", "aku apa harus datang ke kantor?",
    # "saya" owning the thing before it ("rumah saya bocor parah": «rumah saya [identitas …]» reached the agency, the
    # problem hidden)
    "atap rumah saya bocor parah", "lampu depan rumah aku mati total", "jalan depan rumah sy rusak parah",
    "ada lampu jalan mati bgt di gang gw anjir gelap parah", "di gang gw gelap banget", "motor adik saya hilang",
])
def test_words_about_oneself_that_name_nobody_stay(typed):
    assert strip_identity(typed, "+6281234567890", "Siti Rahma") == typed
