"""The plural of a report typed short is no reference: "laporan2 yg blm selesai" asks about the reports, not LPR-2."""

from __future__ import annotations

import pytest

from lapor.references import (
    mentioned_reference,
    numbers_named,
    plural_spelled_out,
    split_reference,
    spoken_reference_numbers,
)


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


@pytest.mark.parametrize("typed,number,rest", [
    ("lpr nomor 1 sudah dicek", 1, "sudah dicek"), ("lpr no 1 sudah", 1, "sudah"), ("lpr no. 12 ok", 12, "ok"),
    ("LPR No.3 ok", 3, "ok"), ("lpr nmr 4: ok", 4, "ok"), ("LPR-no 5 ok", 5, "ok"),
    ("lpr 1 nomor rumah 5", 1, "nomor rumah 5"),   # the word for number after the digits is the text's
    ("lpr nomor hp pelapor", None, "lpr nomor hp pelapor"), ("lpr noted 1", None, "lpr noted 1")])
def test_the_word_for_number_after_lpr_is_part_of_the_reference(typed, number, rest):
    assert split_reference(typed) == (number, rest)


@pytest.mark.parametrize("typed,numbers", [
    ("ini lpr no 1 sama lpr nomor 2 gimana", [1, 2]), ("untuk lpr no. 3 sudah", [3]), ("lpr nomor hp", [])])
def test_numbers_named_with_the_word_for_number_after_lpr(typed, numbers):
    assert numbers_named(typed) == numbers
    assert (mentioned_reference(typed) or (None,))[0] == (numbers[0] if numbers else None)


def test_a_spoken_number_after_lpr_nomor_is_written_as_digits():
    assert spoken_reference_numbers("tl lpr nomor dua sudah") == "tl lpr nomor 2 sudah"
