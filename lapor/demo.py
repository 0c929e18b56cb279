"""The demo directory: the fictional Kabupaten Sukamaju, loaded when the directory is empty."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lapor.directory import import_agencies, import_staff
from models import Agency

DEMO_DATA = Path(__file__).resolve().parent / "demo_data"


def ensure_demo_directory(session: Session) -> str:
    """Load the demo agencies and staff unless the directory already has agencies; say what happened."""
    if session.scalar(select(func.count()).select_from(Agency)):
        return "Directory already loaded; demo directory not needed."
    agencies = import_agencies(session, DEMO_DATA / "agencies.csv")
    staff = import_staff(session, DEMO_DATA / "staff.csv")
    return (f"Demo directory (Kabupaten Sukamaju): agencies {agencies}, staff {staff}. "
            "Staff numbers: see lapor/demo_data/staff.csv.")
