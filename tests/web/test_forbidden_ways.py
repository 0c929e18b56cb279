"""A page a role may not open (403) says whose page it is and where this person does what they came for: a verifier
at /templat was told only «Halaman ini bukan untuk peran Anda», though the agencies' templates are theirs to keep,
from the directory."""

from __future__ import annotations

import re

import pytest

from tests.web.conftest import DLH_1, DLH_HEAD, SUPERVISOR, VERIFIER


def ways(html: str) -> list[tuple[str, str]]:
    """The error page's links (address, words), in order."""
    section = html.split('<section class="card narrow">')[1].split("</section>")[0]
    found = re.findall(r'<a class="tap" href="([^"]+)">([^<]+)</a>', section)
    return [(href.replace("&amp;", "&"), words) for href, words in found]


def said(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html.split("<h1>")[1].split("</section>")[0]).split())


@pytest.mark.parametrize("phone, path, words, way", [
    (VERIFIER, "/templat", "Templat jawaban tiap instansi Anda kelola lewat Direktori",
     ("/direktori", "Buka Direktori")),
    (VERIFIER, "/templat/3", "Templat jawaban tiap instansi Anda kelola lewat Direktori",
     ("/direktori", "Buka Direktori")),
    (SUPERVISOR, "/templat", "Templat jawaban dikelola petugas dan kepala tiap instansi, serta verifikator", None),
    (DLH_1, "/direktori/DLH/templat", "Templat jawaban DLH ada di halaman Templat jawaban Anda",
     ("/templat", "Buka Templat jawaban")),
    (DLH_HEAD, "/direktori/PUPR/templat/2", "Templat jawaban DLH ada di halaman Templat jawaban Anda",
     ("/templat", "Buka Templat jawaban")),
    (DLH_1, "/direktori", "Direktori dikelola verifikator", None),
    (SUPERVISOR, "/direktori", "Direktori dikelola verifikator", None),
    (DLH_HEAD, "/audit", "Log audit hanya dibuka verifikator dan supervisor", None),
    (DLH_1, "/audit?tindakan=login", "Log audit hanya dibuka verifikator dan supervisor", None),
    (DLH_1, "/kinerja", "Kinerja dibuka kepala instansi, verifikator, dan supervisor",
     ("/?view=semua", "Lihat semua laporan DLH")),
    (SUPERVISOR, "/kinerja/lapor-ekspor.csv", "ekspor ke SP4N-LAPOR! dikerjakan verifikator",
     ("/kinerja", "Buka Kinerja")),
    (DLH_HEAD, "/kinerja/lapor-ekspor.xlsx", "ekspor ke SP4N-LAPOR! dikerjakan verifikator",
     ("/kinerja", "Buka Kinerja")),
    (DLH_1, "/pengaduan/1/gabung", "tindakan ini bukan untuk peran Anda", ("/pengaduan/1", "Kembali ke LPR-1")),
])
def test_a_refused_page_says_where_to_go_instead(world, login_as, phone, path, words, way):
    response = login_as(phone).get(path)
    assert response.status_code == 403
    html = response.get_data(as_text=True)
    assert "<h1>Tidak berhak</h1>" in html and words in said(html), said(html)
    assert "bukan untuk peran Anda. Kembali ke antrean Anda." not in html, "the generic text no more"
    expected = ([way] if way else []) + [("/", "Kembali ke antrean")]
    assert ways(html) == expected


@pytest.mark.parametrize("phone, path", [(VERIFIER, "/direktori"), (SUPERVISOR, "/audit"), (DLH_1, "/templat"),
                                         (DLH_HEAD, "/kinerja"), (VERIFIER, "/direktori/DLH/templat")])
def test_the_pages_a_role_may_open_open(world, login_as, phone, path):
    assert login_as(phone).get(path).status_code == 200


def test_a_page_not_found_says_nothing_of_roles(world, login_as):
    html = login_as(VERIFIER).get("/tidak-ada").get_data(as_text=True)
    assert "Tidak ditemukan" in html and "Direktori dikelola" not in html
    assert ways(html) == [("/", "Kembali ke antrean")]
