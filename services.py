"""What requests, jobs and commands of one app share, built once by `create_app`: config, database, transport,
region, clock, media storage, the domain-event subscribers and the time zone."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.messages import t
from lapor import facts
from lapor.events import EventBus
from lapor.region import Region, RegionSettings
from lapor.workcal import WorkCalendar
from models.base import utcnow


@dataclass
class Services:
    """One app's shared services; its sessions carry its event bus, time zone and wording (`session.info`)."""

    config: dict
    engine: Engine
    session_factory: sessionmaker[Session]
    transport: object
    region: Region
    clock: Callable[[], datetime] = utcnow
    media_storage: object = None  # media.storage.Storage: where fetched media bytes live
    events: EventBus = field(default_factory=EventBus)
    zone: ZoneInfo | None = None  # the region's time zone (APP_TIMEZONE), read once
    wording: Callable[..., str] = t  # the message catalogue, for what the domain writes (lapor.wording)
    stopping: threading.Event = field(default_factory=threading.Event)  # set when the process stops: long passes
    # finish the item in hand and hand the rest back (scheduler.runner.stop)

    def __post_init__(self) -> None:
        if self.zone is None:
            self.zone = ZoneInfo(self.config["APP_TIMEZONE"])
        self.session_factory.configure(info={"events": self.events, "zone": self.zone, "wording": self.wording,
                                             "districts": self.region.districts,
                                             "calendar": lambda: self.region.calendar,
                                             "settings": lambda: self.region.settings})
        facts.keep_current(self.session_factory)  # the performance facts and kecamatan of what sessions write


def services(app) -> Services:
    """Return the services the app was built with."""
    return app.extensions["penghubung"]


def zone_of(session: Session) -> ZoneInfo:
    """The time zone of the app a session belongs to."""
    return session.info["zone"]


def calendar_of(session: Session) -> WorkCalendar:
    """The working calendar of the region of the app a session belongs to (read when asked: the region's)."""
    return session.info["calendar"]()


def settings_of(session: Session) -> RegionSettings:
    """The region's settings of the app a session belongs to (its defaults for a session of no app's)."""
    read = session.info.get("settings")
    return read() if read is not None else RegionSettings()
