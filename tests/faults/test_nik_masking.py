"""Issue 14, defect 3: a national ID number typed in any grouping never reaches a stranger or an export."""

from __future__ import annotations

import csv
import unicodedata

import pytest

from tests.bot.test_following import start_filing
from tests.conftest import run_cli
from tests.parties import file, make_people

NIK = "3527012345678901"
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
GROUPED = [  # as people (and a hostile probe) type it
    "3527 - 0123 - 4567 - 8901", "3527  0123  4567  8901", "3527\u00a00123\u00a04567\u00a08901",
    "3527/0123/4567/8901", "3527_0123_4567_8901", "3527.0123.4567.8901", "3527\u20130123\u20144567\u20138901",
    "3527\u200b0123\u200b4567\u200b8901", "35 27 01 23 45 67 89 01", "3527\n0123\n4567\n8901",
    "3527 0123 4567 8901".translate(FULL_WIDTH), "3527-0123-4567-8901".translate(ARABIC_INDIC),
    "3527012345678901 2",  # one more digit after the number does not free it
]


def ascii_digits(text: str) -> str:
    """The text with every digit, in any script, written as an ASCII digit."""
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in text)


def shows_the_nik(text: str) -> bool:
    """Whether six digits of the NIK in a row can be read in `text`, whatever stands between them."""
    digits = "".join(ch for ch in ascii_digits(text) if ch.isdigit())
    return any(NIK[i:i + 6] in digits for i in range(len(NIK) - 5))


@pytest.mark.parametrize("typed", GROUPED)
def test_a_grouped_nik_is_masked_for_strangers_followers_and_exports(world, tmp_path, typed):
    people = make_people(world)
    file(people["citizen"], description=f"NIK {typed} sampah TPS pasar Srimangunan menumpuk sampai ke jalan")
    follower = people["citizen2"]
    offer = start_filing(follower)  # a stranger filing the same problem there is offered it, with its title
    assert "LPR-1" in offer and "mengikuti LPR-1" in follower.says("IKUTI LPR-1")
    status = [follower.says("STATUS"), follower.says("STATUS LPR-1")]
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says(f"TL LPR-1 Data pelapor NIK {typed} sudah kami cek, sampah diangkut besok")
    pushed = follower.last().body
    assert "diangkut besok" in pushed
    out = tmp_path / "lapor.csv"
    assert run_cli(world, "lapor", "export", "-o", str(out)).exit_code == 0
    row, = csv.DictReader(out.open(encoding="utf-8-sig"))
    seen = {"offer": [offer], "STATUS": status, "follow-up": [pushed], "export": [row["Judul"], row["Isi"]]}
    assert not {where for where, texts in seen.items() if any(shows_the_nik(text) for text in texts)}, seen
    assert "[NIK disembunyikan]" in row["Isi"]
    assert shows_the_nik(people["citizen"].says("STATUS LPR-1")), "the reporter reads their own complaint whole"
