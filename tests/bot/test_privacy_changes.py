"""Privacy when things change after a message was queued or a complaint was followed: a NIK in a follow-up, a staff
member removed or moved by the directory, a report SP4N-LAPOR! makes confidential, a reporter who becomes staff."""

from __future__ import annotations

import pytest

from tests.parties import (
    CITIZEN,
    Party,
    complaint,
    file,
    make_people,
)

NIK = "3527012345678901"
PLACE = "Pasar Srimangunan, Kec. Sampang"
SAME_PROBLEM = "Tumpukan sampah TPS pasar Srimangunan sampai ke jalan, bau sekali sudah seminggu"


@pytest.fixture
def people(world):
    return make_people(world)


def follow_first(people):
    people["citizen2"].says("1")
    people["citizen2"].says("1")
    people["citizen2"].says(SAME_PROBLEM)
    people["citizen2"].says(PLACE)
    assert "mengikuti LPR-1" in people["citizen2"].says("IKUTI LPR-1")
    return people["citizen2"]


def _import_staff(world, tmp_path, rows: str) -> str:
    path = tmp_path / "staff.csv"
    path.write_text("phone,name,role,agency\n" + rows, encoding="utf-8")
    result = world.test_cli_runner().invoke(args=["directory", "import-staff", str(path)])
    assert result.exit_code == 0, result.output
    return result.output


# 1. A follower reads a NIK in the pushed follow-up that STATUS masks -----------------------------------

def test_follower_follow_up_notice_masks_the_nik_like_status_does(people, world):
    file(people["citizen"])
    follower = follow_first(people)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says(f"TL LPR-1 Sudah kami hubungi pelapor (NIK {NIK}), truk sampah datang besok pagi")
    detail = follower.says("STATUS LPR-1")
    assert "truk sampah datang" in detail and NIK not in detail  # STATUS masks it for a follower
    pushed = [m.body for m in follower.inbox() if "truk sampah datang" in m.body]
    assert pushed, "the follower hears of the follow-up"
    assert all(NIK not in body for body in pushed), pushed  # ... but the pushed notice shows it whole


# 5. The export masks NIKs everywhere but in the reporter's name (the HTTP submit masks it there too) ---------

def test_export_masks_a_nik_in_the_reporters_name_like_the_http_submit(world, tmp_path):
    import csv

    from lapor.bridge.sync import submit_payload
    from lapor.complaints import by_number

    person = Party(world, CITIZEN, f"Siti {NIK}")  # a WhatsApp profile name is whatever the person typed
    file(person)
    with world.extensions["penghubung"].session_factory() as session:
        assert NIK not in str(submit_payload(by_number(session, 1)))  # HTTP mode masks it
    out = tmp_path / "laporan.csv"
    result = world.test_cli_runner().invoke(args=["lapor", "export", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert NIK not in str(rows), rows[1]


# 6. A report LAPOR made rahasia/anonim keeps flowing to the public followers --------------------------------

def test_followers_stop_receiving_a_complaint_lapor_made_confidential(people, world, tmp_path):
    file(people["citizen"])
    follower = follow_first(people)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    runner = world.test_cli_runner()
    ids = tmp_path / "ids.csv"
    ids.write_text("Referensi,ID Tracking LAPOR\nLPR-1,7730101\n", encoding="utf-8")
    assert runner.invoke(args=["lapor", "record", str(ids)]).exit_code == 0
    newer = tmp_path / "b.csv"
    newer.write_text("ID Tracking,Tanggal Masuk,Isi,Status,Disposisi,Kerahasiaan\n"
                     "7730101,23/11/2026 10:00,Sampah TPS pasar Srimangunan menumpuk,Belum Ditindaklanjuti,DLH,"
                     "Rahasia\n", encoding="utf-8")
    result = runner.invoke(args=["lapor", "import", str(newer)])
    assert result.exit_code == 0, result.output
    assert complaint(world, 1).privacy == "rahasia"
    before = len(follower.inbox())
    people["dlh1"].says("TL LPR-1 Truk sampah dijadwalkan besok pagi ke TPS pasar")
    assert [m.body for m in follower.inbox()[before:]] == [], "a confidential complaint's news goes to the public"
