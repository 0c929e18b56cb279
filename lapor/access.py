"""Who may see and act on which complaint, and whose identity a reader may see: one set of rules for the chat
and the web.

A verifier sees every complaint, identities included. A supervisor sees every complaint, never an `anonim`
reporter's name or number. A head or officer sees only complaints dispositioned to their own agency, without
`anonim` identities. A citizen sees no complaint through these doors (their own go through STATUS).
"""

from __future__ import annotations

from models import Contact
from models.contact import STAFF_ROLES


def may_use_dashboard(person: Contact | None) -> bool:
    """Whether this person may log in to (and stay in) the staff dashboard: active staff with a known role."""
    return person is not None and person.active and person.role in STAFF_ROLES
