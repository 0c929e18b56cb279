"""Phone numbers as staff read them: one format on every page and in every download."""

from __future__ import annotations

import pytest

from lapor.phones import InvalidPhone, national, to_e164


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


@pytest.mark.parametrize(("typed", "stored"), [
    ("0811-0000-0010", "+6281100000010"),      # as a directory file or an officer writes it
    ("+62 811 0000 0010", "+6281100000010"),
    ("6281100000010", "+6281100000010"),
    ("(0811) 0000.0010", "+6281100000010"),
    ("+62 (0)811 0000 0010", "+6281100000010"),
    ("whatsapp:+6281100000010", "+6281100000010"),
])
def test_a_typed_number_is_stored_in_one_form(typed, stored):
    assert to_e164(typed) == stored


@pytest.mark.parametrize("typed", [
    "08110000001O",         # letter O for a zero: read as +628110000001, a number nobody has
    "0811-0000-OO10",
    "0811 0000 001l",       # a small L for a one
    "0811000000I0",
    "0811-0000-0010 ext 2",
    "Telp 081100000010",
    "62812",
])
def test_a_number_with_letters_or_too_short_is_refused(typed):
    with pytest.raises(InvalidPhone):
        to_e164(typed)
