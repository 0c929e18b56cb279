"""A head's and an officer's follow-ups on their first day (firsts10's review): a bare chase right after asking who
holds a complaint, and an answer to a question whose complaint left the officer's agency."""

from __future__ import annotations

import pytest

from tests.parties import file


@pytest.mark.parametrize("typed", ["tolong segera", "Tolong segera ya", "mohon segera dikerjakan", "tlg segera pak"])
def test_a_heads_bare_chase_after_asking_who_holds_it_is_of_that_complaint(people, world, typed):
    """A head's "tolong segera" right after asking who holds LPR-1 got «Perintah tidak dikenali»."""
    file(people["citizen"])
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert "LPR-1 ditangani" in people["head"].says("siapa yang pegang lpr 1?")
    reply = people["head"].says(typed)
    assert "LPR-1 ditangani" in reply and "Dewi" in reply and "tidak dikenali" not in reply, reply
    assert all("segera" not in sent.body for sent in people["citizen"].inbox()), typed


@pytest.mark.parametrize("typed", ["tolong segera", "siapa yang pegang?"])
def test_a_heads_bare_chase_of_nothing_asked_is_no_complaints(people, world, typed):
    """Near miss: with no complaint asked about just before, nothing is chased."""
    file(people["citizen"])
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert "LPR-1 ditangani" not in people["head"].says(typed)


def test_a_heads_chase_long_after_asking_is_of_no_complaint(people, world, clock):
    """Near miss: a day after asking who holds LPR-1, "tolong segera" is no longer of it."""
    file(people["citizen"])
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["head"].says("siapa yang pegang lpr 1?")
    clock.advance(days=1)
    assert "LPR-1 ditangani" not in people["head"].says("tolong segera")
