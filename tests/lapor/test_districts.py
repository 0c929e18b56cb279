"""The region's kecamatan list: read from its CSV (bad lines named), and the demo's file loads."""

from __future__ import annotations

import pytest

from lapor import districts
from lapor.demo import DEMO_DATA
from lapor.region import load_region


def test_demo_districts_load_with_aliases_and_boxes():
    found = districts.load(DEMO_DATA / "districts.csv")
    by_name = {d.name: d for d in found}
    assert "Srimangunan" in by_name and by_name["Srimangunan"].words == ("srimangunan", "pasar srimangunan")
    assert by_name["Banyuanyar"].box == (-7.18, -7.12, 113.22, 113.29)


@pytest.mark.parametrize(("row", "problem"), [
    (",x,,,,", "a district needs a name"),
    ("Kota,,-7.1,abc,113,114", "must be numbers"),
    ("Kota,,-7.0,-7.1,113,114", "minimum is above its maximum"),
])
def test_bad_rows_are_named_with_their_line(tmp_path, row, problem):
    path = tmp_path / "kecamatan.csv"
    path.write_text("name,aliases,lat_min,lat_max,lon_min,lon_max\nBaik,,,,,\n" + row + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=f"kecamatan.csv:3: .*{problem}"):
        districts.load(path)


def test_a_region_file_with_a_bad_districts_file_fails_at_start(tmp_path):
    bad = tmp_path / "kecamatan.csv"
    bad.write_text("name\n\n,\n", encoding="utf-8")
    region = tmp_path / "region.toml"
    region.write_text(f'districts_csv = "{bad}"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="a district needs a name"):
        load_region(region)
