"""A complaint accusing an agency's head is hidden from him: his /kinerja counts leave it out, as his REKAP does."""

from __future__ import annotations

import re

from tests.bot.test_accused_head_counts import NOT_ACCUSING, STORY, _two_at_dlh
from tests.web.conftest import DLH_HEAD, SUPERVISOR


def _received(page: str) -> int:
    return int(re.search(r"<dt>Masuk</dt><dd>(?:<a[^>]*>)?(\d+)", page).group(1))


def test_the_accused_heads_page_counts_only_what_he_sees(people, login_as):
    _two_at_dlh(people, STORY)
    assert _received(login_as(DLH_HEAD).get("/kinerja").get_data(as_text=True)) == 1
    assert _received(login_as(SUPERVISOR).get("/kinerja?agency=DLH").get_data(as_text=True)) == 2


def test_a_head_named_without_misconduct_sees_it_counted(people, login_as):
    _two_at_dlh(people, NOT_ACCUSING)
    assert _received(login_as(DLH_HEAD).get("/kinerja").get_data(as_text=True)) == 2
