"""Placeholder conversation until the citizen flow lands: answers with the menu."""

from __future__ import annotations

from bot.messages import t


def handle(session, svc, contact, message, now) -> list[str]:
    """Answer any message with the main menu."""
    return [t("menu")]
