"""Tests of the operator commands (`flask --app app directory …`, `… routing …`)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEMO_DATA = ROOT / "lapor" / "demo_data"


def shared_data_file(name: str) -> Path:
    """A file of the shared reference data (`../shared/data` beside the checkout, or ROUTING_DATA_DIR)."""
    folders = [Path(os.environ["ROUTING_DATA_DIR"])] if os.environ.get("ROUTING_DATA_DIR") else []
    folders += [ROOT / "data", ROOT.parent / "shared" / "data"]
    for folder in folders:
        if (folder / name).is_file():
            return folder / name
    pytest.skip(f"{name} not found in {', '.join(map(str, folders))} (set ROUTING_DATA_DIR)")
