"""Complaint references as people type them: `LPR-1042`, `lpr 1042`, `#1042`, `1042`."""

from __future__ import annotations

import re

REFERENCE = re.compile(r"^\s*(lpr\s*[-.:#]?\s*|#\s*)?(\d{1,9})\b", re.IGNORECASE)
# Punctuation typed around a reference ("TL. LPR-1. Patroli", "LPR-1: ...", "LPR-1) ...") is no part of the text.
REFERENCE_PUNCTUATION = " \t\n:;,.-–—)"


def parse_reference(text: str) -> int | None:
    """Return the complaint number at the start of `text`, or None."""
    match = REFERENCE.match(text or "")
    return int(match.group(2)) if match else None


def split_reference(text: str, bare: bool = True) -> tuple[int | None, str]:
    """Split `LPR-12 the rest` into (12, "the rest"); (None, text) without a leading reference.

    `bare=False` takes only a marked reference (`LPR-12`, `lpr 12`, `#12`), not a plain number.
    """
    match = REFERENCE.match(text or "")
    if not match or not (bare or match.group(1)):
        return None, (text or "").strip()
    return int(match.group(2)), text[match.end():].lstrip(REFERENCE_PUNCTUATION).rstrip(" \t\n:,-")


def format_reference(number: int) -> str:
    """Return `LPR-<number>`."""
    return f"LPR-{number}"
