"""WhatsApp I/O: webhooks, conversations, commands, message texts, transports and the outbox."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from lapor.region import Region
from models.base import utcnow


@dataclass
class Services:
    """What requests, jobs and commands share: config, database, transport and the clock."""

    config: dict
    engine: Engine
    session_factory: sessionmaker[Session]
    transport: object
    region: Region
    clock: Callable[[], datetime] = utcnow
    media_storage: object = None  # media.storage.Storage: where fetched media bytes live


def services(app) -> Services:
    """Return the services the app was built with."""
    return app.extensions["penghubung"]
