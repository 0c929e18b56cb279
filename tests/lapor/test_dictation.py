"""Spoken punctuation in voice-typed messages ("titik", "koma") is punctuation where it is plainly dictation, and a
word where it names a spot ("titik banjir") or a coma ("ayah saya koma")."""

from __future__ import annotations

import pytest

from lapor.dictation import punctuated


@pytest.mark.parametrize("said,typed", [
    ("jalan rusak titik sudah tiga bulan koma banyak yang jatuh titik",
     "jalan rusak. Sudah tiga bulan, banyak yang jatuh."),
    ("Lampu PJU mati titik", "Lampu PJU mati."),
    ("kapan diperbaiki tanda tanya", "kapan diperbaiki?"),
    ("tolong segera tanda seru warga resah titik", "tolong segera! Warga resah."),
    ("sampah numpuk koma bau koma banyak lalat", "sampah numpuk, bau, banyak lalat"),
    ("harganya naik jadi 2 koma 5 juta titik", "harganya naik jadi 2,5 juta."),
    ("air mati titik koma listrik juga", "air mati; listrik juga"),
    ("SAMPAH GAK DIANGKUT TITIK SUDAH SEMINGGU", "SAMPAH GAK DIANGKUT. SUDAH SEMINGGU"),
    ("jalan rusak titik\nbanyak yg jatuh koma tolong titik", "jalan rusak.\nbanyak yg jatuh, tolong."),
    # one spoken comma before the next part of an address
    ("gang kenari rt 4 koma desa ngampel", "gang kenari rt 4, desa ngampel"),
    ("jalan mawar koma kecamatan kota", "jalan mawar, kecamatan kota"),
    # a spot, a coma, a figure of speech: words, not punctuation
    ("banjir di titik nol kilometer", None),
    ("titik banjir di desa kami bertambah", None),
    ("ada lubang di beberapa titik jalan", None),
    ("lampu mati di tiga titik sepanjang jalan", None),
    ("genangan muncul di titik yang sama tiap hujan", None),
    ("ayah saya koma 3 hari di rsud tidak ditangani", None),
    ("pasien koma ditolak puskesmas", None),
    ("jadi tanda tanya besar buat warga", None),
    ("jalan rusak, sudah 3 bulan.", None),
    # lights counted in points: "titik" after a count or a quantifier is the noun ("mati semua titik")
    ("mati semua titik sudah seminggu", None),
    ("lampu mati seluruh titik sudah seminggu", None),
    ("pju padam sebagian titik udh 2 minggu titik tolong", "pju padam sebagian titik udh 2 minggu. Tolong"),
    ("lampu pju mati 3 titik sudah seminggu titik", "lampu pju mati 3 titik sudah seminggu."),
    ("LAMPU MATI 12 TITIK SEPANJANG JALAN MAWAR TITIK", "LAMPU MATI 12 TITIK SEPANJANG JALAN MAWAR."),
    ("pju mati sejumlah titik di jalan raya", None),
    # ... while a number that ends an address, or a word that ends a sentence, is still followed by a full stop
    ("rumah saya di rt 3 titik tolong cepat titik", "rumah saya di rt 3. Tolong cepat."),
    ("alamatnya jalan mawar no 12 titik lampunya mati titik", "alamatnya jalan mawar no 12. Lampunya mati."),
    ("lampu mati semuanya titik sudah seminggu", "lampu mati semuanya. Sudah seminggu"),
    # right after a complaint's reference no sentence ends: "titik" is the spot asked about (found by a helper:
    # "INFO LPR-1 titik persisnya dimana pak?" reached the citizen as "Persisnya dimana pak?")
    ("INFO LPR-1 titik persisnya dimana pak?", None),
    ("tunda lpr 3 titik lokasinya tolong dikirim, mohon share loc titik",
     "tunda lpr 3 titik lokasinya tolong dikirim, mohon share loc."),
    ("TL LPR-12 titik genangan sudah kami sedot titik", "TL LPR-12 titik genangan sudah kami sedot."),
    ("info lpr-4 titik tepatnya di sebelah mana pak", None),
    ("mohon kirim titik persisnya pak titik terima kasih", "mohon kirim titik persisnya pak. Terima kasih"),
    # ... while a sentence ended after the reference's words is still dictated
    ("TL LPR-1 sampah sudah diangkut titik besok disemprot titik", "TL LPR-1 sampah sudah diangkut. Besok disemprot."),
])
def test_spoken_punctuation_becomes_punctuation_only_where_it_is_dictation(said, typed):
    assert punctuated(said) == (said if typed is None else typed)
