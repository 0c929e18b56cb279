"""The plural of a report typed short is no reference: "laporan2 yg blm selesai" asks about the reports, not LPR-2."""

from __future__ import annotations

import pytest

from lapor.references import plural_spelled_out, spoken_reference_numbers


@pytest.mark.parametrize("typed,read", [
    ("laporan2 yg blm selesai apa aja?", "laporan-laporan yg blm selesai apa aja?"),
    ("lap2 yg blm beres", "laporan-laporan yg blm beres"),
    ("Laporan² minggu ini", "Laporan-laporan minggu ini"),
    ("lpr2 nya gmn", "laporan-laporannya gmn"),
    ("lpr2nya sdh dicek?", "laporan-laporannya sdh dicek?"),
    ("aduan2 yg masuk", "aduan-aduan yg masuk"),
    ("keluhan2 warga", "keluhan-keluhan warga"),
    ("lpr-lpr lama", "laporan-laporan lama"),
    # numbers stay numbers: apart, "lpr2" alone, joined to another, longer, or inside a word
    ("laporan 2 sudah selesai", "laporan 2 sudah selesai"),
    ("lpr2 selesai", "lpr2 selesai"),
    ("LPR-2 sdh beres", "LPR-2 sdh beres"),
    ("laporan2 dan 3 sudah beres", "laporan2 dan 3 sudah beres"),
    ("lap2, lpr 3 beres", "lap2, lpr 3 beres"),
    ("laporan23 sudah", "laporan23 sudah"),
    ("lap-lap meja", "lap-lap meja"),
    ("lapangan2 becek", "lapangan2 becek"),
])
def test_the_plural_of_a_report_is_spelled_out_and_numbers_stay(typed, read):
    assert plural_spelled_out(typed) == read


@pytest.mark.parametrize("typed,read", [
    ("tl lpr satu tim sudah ke lokasi", "tl lpr 1 tim sudah ke lokasi"),
    ("SELESAI LPR DUA BELAS sudah beres", "SELESAI LPR 12 sudah beres"),
    ("tl lpr dua puluh tiga sedang dikerjakan", "tl lpr 23 sedang dikerjakan"),
    ("status lpr sebelas", "status lpr 11"),
    ("lpr tujuh dan lpr delapan sudah", "lpr 7 dan lpr 8 sudah"),
    # a count after a reference, or no "lpr" before it, stays words
    ("tl lpr 1 satu truk ke lokasi", "tl lpr 1 satu truk ke lokasi"),
    ("ada satu laporan baru", "ada satu laporan baru"),
    ("lprsatu", "lprsatu"),
])
def test_a_reference_number_spoken_after_lpr_is_written_as_digits(typed, read):
    assert spoken_reference_numbers(typed) == read
