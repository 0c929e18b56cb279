"""What busy staff add to a command: a reason or remark after a forward's agencies, a title naming someone else's
leave. Rows run on test_staff_table's scene (LPR-1 at DLH, LPR-2 waiting for the verifier), each in a session
rolled back after it."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from models import Agency, Complaint, Disposition
from tests.bot.test_staff_table import build_scene, staff_says
from tests.parties import make_people


@pytest.fixture(scope="module")
def scene(shared_world):
    people = make_people(shared_world)
    build_scene(people)
    return people


ASKED_FORWARD = re.compile(r"Teruskan LPR-2(?: \([^)]*\))? ke ([A-Z0-9, ]+)\?")


def forwarded_or_asked(person, typed: str) -> tuple[list[str], str]:
    """The agencies LPR-2 went to, or was asked about going to (`Teruskan LPR-2 ke …?`), for `typed`; the reply."""
    seen = {}

    def read(session):
        seen["codes"] = sorted(session.scalars(select(Agency.code).join(Disposition.agency)
                                               .join(Disposition.complaint).where(Complaint.number == 2)))
        return True

    reply = staff_says(person, typed, (read, True))
    if seen["codes"]:
        return seen["codes"], reply
    asked = ASKED_FORWARD.search(reply)
    return (sorted(code.strip() for code in asked.group(1).split(",")) if asked else []), reply


@pytest.mark.parametrize("typed,codes", [
    # the remark after a comma
    ("lpr 2 terusin ke pupr aja, lampu jalan kan pupr", ["PUPR"]),
    ("TERUSKAN LPR-2 PUPR, jalannya kan jalan kabupaten", ["PUPR"]),
    ("teruskan lpr 2 ke dinsos ya, pemulungnya warga miskin", ["DINSOS"]),
    ("trskn lpr2 ke pu aja ya bu, itu wewenang pu", ["PUPR"]),
    ("LPR-2 KE PUPR YA, JALAN KABUPATEN", ["PUPR"]),
    # the remark with no comma, after a word of courtesy or of why
    ("teruskan lpr-2 ke dlh krn itu sampah", ["DLH"]),
    ("lpr 2 lempar ke pupr aja bu soalnya jalan kab", ["PUPR"]),
    ("teruskan lpr 2 ke pupr kan jalan kabupaten", ["PUPR"]),
    ("trskn lpr 2 ke pupr ya pak jalan kabupaten lubangnya dalam", ["PUPR"]),
    ("terusin lpr 2 ke dlh aja pak sampahnya numpuk", ["DLH"]),
    ("teruskan lpr 2 pupr sebab jalannya punya kabupaten", ["PUPR"]),
    # two agencies, with or without a remark
    ("lpr 2 ke pupr dan dlh ya, ada sampah jg", ["DLH", "PUPR"]),
    ("teruskan lpr 2 pupr+dlh", ["DLH", "PUPR"]),
    ("TERUSKAN LPR-2 pupr, dlh krn dua2nya", ["DLH", "PUPR"]),
    ("terusin lpr 2 ke pupr ya, dlh juga", ["DLH", "PUPR"]),
    ("teruskan lpr 2 ke pupr aja dlh juga ya", ["DLH", "PUPR"]),
])
def test_forward_with_a_remark_reads_the_agencies(scene, typed, codes):
    found, reply = forwarded_or_asked(scene["verifier"], typed)
    assert found == codes, reply
    assert "tidak dikenali" not in reply, reply


@pytest.mark.parametrize("typed,unknown", [
    # an agency the directory does not have is still refused, remark or not
    ("teruskan lpr 2 ke kantor pos aja, itu urusan pos", "kantor pos"),
    ("TERUSKAN LPR-2 ke dinas pariwisata ya", "dinas pariwisata"),
    ("lpr 2 terusin ke bpbd aja, soalnya banjir", "bpbd"),
    ("TERUSKAN LPR-2 pupr, dinas pariwisata", "dinas pariwisata"),
    ("teruskan lpr 2 pupr, bpbd", "bpbd"),
    ("teruskan lpr 2 ke bpbd ya pak banjirnya parah", "bpbd"),
])
def test_forward_to_an_unknown_agency_is_still_refused(scene, typed, unknown):
    found, reply = forwarded_or_asked(scene["verifier"], typed)
    assert found == [] and "LPR-2 diteruskan" not in reply, reply
    assert f'"{unknown}" tidak dikenali' in reply, reply

