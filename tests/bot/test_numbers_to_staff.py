"""Numbers in WhatsApp messages to staff are written as the dashboard writes them (`lapor.phones.national`)."""

from __future__ import annotations

import pytest

from bot.messages import person_label, reporter_label
from lapor.access import ReporterView
from models import Contact


@pytest.mark.parametrize("stored, shown", [
    ("+6281234567890", "0812-3456-7890"),
    ("+6285733344455", "0857-3334-4455"),
    ("+12025550123", "+1 202-555-0123"),  # a foreign number keeps its country: dialled without it, it reaches nobody
    ("ID.1234567890", "ID.1234567890"),  # a WhatsApp username's BSUID, as stored
])
def test_a_reporter_and_a_nameless_colleague_are_shown_with_the_number_as_pages_write_it(stored, shown):
    assert reporter_label(ReporterView(name="Siti Rahma", address=stored, withheld=False)) == f"Siti Rahma ({shown})"
    assert person_label(Contact(phone=None if stored.startswith("ID") else stored,
                                bsuid=stored if stored.startswith("ID") else None)) == shown
    assert person_label(Contact(name="Dewi", phone="+6281100000020")) == "Dewi"


def test_nobody_to_name_is_a_dash():
    assert person_label(None) == "-" and person_label(Contact()) == "-"
