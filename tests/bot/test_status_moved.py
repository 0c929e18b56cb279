"""A citizen's STATUS after their complaint moved to another agency (returned and forwarded on, or taken back and
sent elsewhere): the current agency's state, said moved, never the old agency's last update as if it were the
latest word."""

from __future__ import annotations

import pytest

from tests.parties import filed_and_forwarded

OLD_NEWS = "petugas kami sudah cek ke lokasi kemarin"


def _moved(people, how: str) -> None:
    filed_and_forwarded(people, photo=False)
    people["dlh1"].says(f"TL LPR-1 {OLD_NEWS}")
    if how == "returned":
        people["dlh1"].says("KEMBALIKAN LPR-1 ini saluran jalan kabupaten, urusan PUPR")
        people["verifier"].says("TERUSKAN LPR-1 PUPR")
    else:
        people["verifier"].says("TARIK LPR-1 DLH KE PUPR")


@pytest.mark.parametrize("how", ["returned", "taken back"])
@pytest.mark.parametrize("typed", ["STATUS LPR-1", "status lpr 1", "cek status 1"])
def test_status_after_a_move_says_moved_and_shows_no_old_news(people, how, typed):
    _moved(people, how)
    reply = people["citizen"].says(typed)
    assert "dipindahkan" in reply and "Dinas Pekerjaan Umum" in reply, reply
    assert OLD_NEWS not in reply, reply


def test_the_new_agencys_update_is_the_latest(people):
    _moved(people, "returned")
    people["pupr"].says("TL LPR-1 tim PUPR dijadwalkan menambal besok pagi")
    reply = people["citizen"].says("STATUS LPR-1")
    assert "tim PUPR dijadwalkan menambal besok pagi" in reply and OLD_NEWS not in reply, reply


def test_no_move_no_word_of_one(people):
    filed_and_forwarded(people, photo=False)
    people["dlh1"].says(f"TL LPR-1 {OLD_NEWS}")
    reply = people["citizen"].says("STATUS LPR-1")
    assert OLD_NEWS in reply and "dipindahkan" not in reply, reply


def test_another_agency_added_is_no_move(people):
    filed_and_forwarded(people, photo=False)
    people["dlh1"].says(f"TL LPR-1 {OLD_NEWS}")
    people["verifier"].says("TERUSKAN LPR-1 PUPR")
    reply = people["citizen"].says("STATUS LPR-1")
    assert OLD_NEWS in reply and "dipindahkan" not in reply, reply
