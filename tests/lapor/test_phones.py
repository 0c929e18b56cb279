"""Phone numbers as staff read them: one format on every page and in every download."""

from __future__ import annotations

import pytest

from lapor.phones import national


@pytest.mark.parametrize(("stored", "shown"), [
    ("+6281100000020", "0811-0000-0020"),      # a mobile, as Indonesians write it
    ("+6281234567890", "0812-3456-7890"),
    ("+62215551234", "(021) 5551234"),         # a Jakarta landline
    ("+12025550123", "+1 202-555-0123"),       # a foreign number keeps its country: (202) 555-0123 dialled here fails
    ("+60123456789", "+60 12-345 6789"),
    ("ID.abc123", "ID.abc123"),                # a WhatsApp username's BSUID, no number: as it is (it read "123")
    ("+628123456789012", "+628123456789012"),  # not a valid number: as stored, never a cut one
    ("", ""),
])
def test_a_stored_number_reads_as_people_write_it(stored, shown):
    assert national(stored) == shown
