"""Finding an agency by name: what staff type after TERUSKAN, and how SP4N-LAPOR! writes agencies."""

from __future__ import annotations

import pytest

from lapor.agency_lookup import WRITTEN_CUTOFF, active_agencies, find_agencies, find_agency, without_region
from lapor.directory import import_agencies
from tests.cli import shared_data_file


@pytest.fixture
def directory(session):
    """The reference directory of a regency (29 agencies)."""
    import_agencies(session, shared_data_file("agencies.csv"))
    return session


def code(session, name: str, cutoff=WRITTEN_CUTOFF) -> str | None:
    lookup = find_agency(session, name, cutoff)
    return lookup.agency.code if lookup.agency else None


@pytest.mark.parametrize("name,expected", [
    ("Dinas Kesehatan Kabupaten Sampang", "DINKES"), ("Dinas Sosial Kabupaten Sampang", "DINSOS"),
    ("Dinas Pendidikan Kab. Sampang", "DISDIK"), ("Dinas Perhubungan Kota Sampang", "DISHUB"),
    ("DLH Kabupaten Sampang", "DLH"), ("RSUD Kabupaten Sampang", "RSUD"), ("Dinas PUPR Kab Sampang", "PUPR"),
    ("Dinas Sosial Pemerintah Kabupaten Sampang", "DINSOS"), ("Inspektorat Kabupaten Sampang", "INSPEKTORAT"),
    ("Dinas Kominfo Kabupaten Tanjung Jabung Barat", "DISKOMINFO"),
    ("Dinas Lingkungan Hidup Kabupaten Sampang", "DLH")])
def test_lapor_spelling_with_the_region_appended_is_matched(directory, name, expected):
    assert code(directory, name) == expected


@pytest.mark.parametrize("name", [
    "Dinas Kabupaten Sampang", "Badan Kabupaten Sampang",  # too vague: a pick list or nothing, never a guess
    "Dinas Kesehatan dan Sosial Kabupaten Sampang",        # two agencies in one name
    "Bappeda Kabupaten Sampang",                           # planning, not Bapenda (revenue): one letter apart
    "Sekretariat Daerah Kabupaten Sampang", "Kecamatan Camplong Kabupaten Sampang",
    "Dinas Kesehatan Provinsi Jawa Timur", "Dinas Sosial Provinsi Jawa Timur"])  # the province's, not ours
def test_names_that_are_vague_or_not_in_the_directory_are_not_guessed(directory, name):
    assert code(directory, name) is None


@pytest.mark.parametrize("typed,expected", [
    ("dinas kesehatan", "DINKES"), ("dinas pu", "PUPR"), ("lingkungan hidup", "DLH"), ("pemadam", "DAMKAR"),
    ("dinkess", "DINKES"), ("dinkes kab", "DINKES"), ("dinas perdagangan", "DISPERINDAG"), ("dinas", None),
    ("kantor pos", None)])
def test_what_staff_type_is_matched_as_before(directory, typed, expected):
    lookup = find_agency(directory, typed)
    assert (lookup.agency.code if lookup.agency else None) == expected


@pytest.mark.parametrize("name,stripped", [
    ("Dinas Kesehatan Kabupaten Sampang", "dinas kesehatan"), ("Dinas Kesehatan Kab. Sampang", "dinas kesehatan"),
    ("DLH Kota Surabaya", "dlh"), ("Dinas Sosial Pemkab Sampang", "dinas sosial"),
    ("Dinas Kesehatan Provinsi Jawa Timur", "dinas kesehatan provinsi jawa timur"),  # the province's own body
    ("Dinas Tata Kota", "dinas tata kota"),                          # "Kota" ending a name is part of it
    ("Dinas Tata Kota Kabupaten Sampang", "dinas tata kota"), ("Kabupaten Sampang", "kabupaten sampang")])
def test_without_region_strips_only_a_trailing_region(name, stripped):
    assert without_region(name) == stripped


@pytest.mark.parametrize("typed,expected", [
    ("dlh pupr", ["DLH", "PUPR"]), ("pu dlh", ["PUPR", "DLH"]), ("satpol pp dlh", ["SATPOLPP", "DLH"]),
    ("dinkes dinsos disdik", ["DINKES", "DINSOS", "DISDIK"]), ("dinas kesehatan dlh", ["DINKES", "DLH"]),
    ("dinas sosial dinas kesehatan", ["DINSOS", "DINKES"]), ("DLH PUPR", ["DLH", "PUPR"]),
    ("dinas pekerja umum", ["PUPR"]), ("dinas lingkungan", ["DLH"]), ("dinas kesehtan", ["DINKES"]),
    ("lingkungan hidup", ["DLH"]), ("dins", []), ("dinas", []), ("kantor pos dlh", []),
    # a code typed in pieces, with spaces, dots or dashes between its letters, "dinas" before it or not
    ("pu pr", ["PUPR"]), ("P.U.P.R", ["PUPR"]), ("PU-PR", ["PUPR"]), ("dinas pu pr", ["PUPR"]), ("d l h", ["DLH"]),
    ("pu pr dlh", ["PUPR", "DLH"])])
def test_agencies_typed_without_commas_and_partial_names(directory, typed, expected):
    found, _ = find_agencies(directory, typed)
    assert [agency.code for agency in found] == expected


def test_every_agencys_own_name_and_alias_is_that_agency_never_two(directory):
    """A name made of words other agencies answer to ("Satuan Polisi Pamong Praja": polisi) stays one agency."""
    wrong = {}
    for agency in active_agencies(directory):
        for name in [agency.name, *agency.aliases]:
            found, _ = find_agencies(directory, name)
            if [a.code for a in found] != [agency.code]:
                wrong[name] = [a.code for a in found]
    assert wrong == {}


@pytest.mark.parametrize("typed,expected", [
    # a typo of one agency's code or name that matched nothing: that agency, to be offered (staff13)
    ("pupe", "PUPR"), ("pdma", "PDAM"), ("dinas lingkngan", "DLH"), ("dinas kesehtn", "DINKES"),
    ("DISDUKCAPL", "DISDUKCAPIL"),
    ("bapeda", "BAPENDA"),  # offered with its full name (Badan Pendapatan Daerah), never taken: YA or TIDAK
    # a typo inside a few words of a long name, each word near one of its words (staff17)
    ("dinas pekerjan umum", "PUPR"), ("pekerjaan umu", "PUPR"), ("lingkungn hidp", "DLH"),
    # near no agency, or as near two: nothing offered
    ("basarnas", None), ("dinas xyz", None), ("pelapor", None), ("lokasi", None), ("warga", None),
    ("pupr besok pagi sekali", None),
])
def test_the_closest_agency_to_a_name_that_found_none(directory, typed, expected):
    from lapor.agency_lookup import closest_agency

    found = closest_agency(directory, typed)
    assert (found.code if found else None) == expected


@pytest.fixture
def demo_directory(session):
    """The demo region's directory (lapor/demo_data: 13 agencies, DP3A among them)."""
    from tests.cli import DEMO_DATA

    import_agencies(session, DEMO_DATA / "agencies.csv")
    return session


@pytest.mark.parametrize("typed,expected", [
    # words of courtesy or filler around the names find no agency of their own ("pak" came near DP3A's "pppa")
    ("pupr pak", ["PUPR"]), ("pupr bu", ["PUPR"]), ("dlh mas", ["DLH"]), ("dishub mbak", ["DISHUB"]),
    ("pupr ya", ["PUPR"]), ("dlh dong", ["DLH"]), ("pupr aja", ["PUPR"]), ("dlh segera", ["DLH"]),
    ("pupr ya pak", ["PUPR"]), ("pak pupr", ["PUPR"]), ("bu, dlh ya", ["DLH"]), ("pupr dlh pak", ["PUPR", "DLH"]),
    ("dinas pu ya bu", ["PUPR"]), ("dinas lingkungan hidup aja", ["DLH"]), ("Dishub Pak!", ["DISHUB"]),
    ("pupr makasih", ["PUPR"]), ("dukcapil dong kak", ["DISDUKCAPIL"]), ("pupr saja", ["PUPR"]),
    # near misses that keep their meaning: agencies alone, courtesy alone, a name that is not courtesy
    ("pupr", ["PUPR"]), ("dp3a", ["DP3A"]), ("dinas pppa", ["DP3A"]), ("pupr dp3a", ["PUPR", "DP3A"]),
    ("pak", []), ("ya", []), ("pak ya", []), ("kantor pos pak", []),
])
def test_courtesy_and_filler_words_name_no_agency(demo_directory, typed, expected):
    found, _ = find_agencies(demo_directory, typed)
    assert [agency.code for agency in found] == expected


@pytest.mark.parametrize("typed,expected", [("pupr pak", "PUPR"), ("dlh ya bu", "DLH"), ("pak", None)])
def test_one_agency_found_with_courtesy_around_it(demo_directory, typed, expected):
    lookup = find_agency(demo_directory, typed)
    assert (lookup.agency.code if lookup.agency else None) == expected


@pytest.mark.parametrize("typed,expected", [("pupe pak", "PUPR"), ("pdma ya bu", "PDAM"), ("pak", None),
                                            ("ya bu", None)])
def test_the_closest_agency_with_courtesy_around_the_typo(demo_directory, typed, expected):
    from lapor.agency_lookup import closest_agency

    found = closest_agency(demo_directory, typed)
    assert (found.code if found else None) == expected
