"""The scheduler's heartbeat: one row per job, touched by whichever worker process ran it last."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class JobHeartbeat(Base):
    """When a scheduled job last ran and last succeeded, how long it took and how often it failed.

    It lives in the database, not in a process, so `/readyz` and `/metrics` on any web machine see every worker.
    """

    __tablename__ = "job_heartbeats"

    job: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_run_at: Mapped[datetime]
    last_success_at: Mapped[datetime | None]
    last_duration_ms: Mapped[float] = mapped_column(default=0.0)
    runs: Mapped[int] = mapped_column(default=0)
    failures: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    host: Mapped[str] = mapped_column(String(200), default="")

    def __repr__(self) -> str:
        return f"<JobHeartbeat {self.job} {self.last_run_at:%Y-%m-%d %H:%M:%S}>"
