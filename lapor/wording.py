"""The words the domain writes into records people read (timeline notes), from the app's one message catalogue.

The app puts its catalogue's lookup in each session (`session.info["wording"]`, see `services.Services`), so the
domain writes Bahasa Indonesia without importing the bot that owns the catalogue.
"""

from __future__ import annotations

from sqlalchemy.orm import Session


def note(session: Session, key: str, **values) -> str:
    """The catalogue text `key` with `values` filled in, for a timeline note written through `session`."""
    return session.info["wording"](key, **values)
