"""The region's districts (kecamatan) and how a complaint is placed in one: by its place text, else by its pin.

A region lists its districts in a CSV (`districts_csv` in the region settings; the demo's is
lapor/demo_data/districts.csv): `name,aliases,lat_min,lat_max,lon_min,lon_max`, aliases `;`-separated, the box
optional. The placing is one SQL expression, so statistics group and filter by district inside the database.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import and_, case, func, literal
from sqlalchemy.sql.elements import ColumnElement

from models import Complaint

UNKNOWN = ""  # a complaint whose place names no district and whose pin (if any) lies in none


@dataclass(frozen=True)
class District:
    """One kecamatan: the words that name it in a place text and an optional box around it for pins."""

    name: str
    aliases: tuple[str, ...] = ()
    box: tuple[float, float, float, float] | None = None  # lat_min, lat_max, lon_min, lon_max

    @property
    def words(self) -> tuple[str, ...]:
        """Lower-case names a place text is searched for (the name itself first)."""
        return tuple(dict.fromkeys(w.strip().lower() for w in (self.name, *self.aliases) if w.strip()))


def load(path: str | Path | None) -> tuple[District, ...]:
    """Read a districts CSV (empty path: none); raise ValueError naming the line of a bad row."""
    if not path:
        return ()
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return tuple(_row(row, f"{path}:{number}") for number, row in enumerate(csv.DictReader(handle), 2))


def _row(row: dict, where: str) -> District:
    name = (row.get("name") or "").strip()
    if not name:
        raise ValueError(f"{where}: a district needs a name")
    aliases = tuple(a.strip() for a in (row.get("aliases") or "").split(";") if a.strip())
    bounds = [(row.get(key) or "").strip() for key in ("lat_min", "lat_max", "lon_min", "lon_max")]
    if not any(bounds):
        return District(name, aliases)
    try:
        lat_min, lat_max, lon_min, lon_max = (float(value) for value in bounds)
    except ValueError as exc:
        raise ValueError(f"{where}: lat_min, lat_max, lon_min, lon_max must be numbers (or all empty)") from exc
    if lat_min > lat_max or lon_min > lon_max:
        raise ValueError(f"{where}: a box's minimum is above its maximum")
    return District(name, aliases, (lat_min, lat_max, lon_min, lon_max))


def district_of(districts: tuple[District, ...], place: ColumnElement = Complaint.location_text,
                latitude: ColumnElement = Complaint.latitude,
                longitude: ColumnElement = Complaint.longitude) -> ColumnElement[str]:
    """SQL: the district a complaint lies in — the first whose name its place text contains, else the first whose
    box holds its pin, else UNKNOWN. Of the complaint's columns, or of the values it is being inserted with."""
    place = func.lower(place)
    whens = [(place.contains(word, autoescape=True), literal(d.name)) for d in districts for word in d.words]
    whens += [(and_(latitude.between(d.box[0], d.box[1]), longitude.between(d.box[2], d.box[3])),
               literal(d.name)) for d in districts if d.box]
    return case(*whens, else_=literal(UNKNOWN)) if whens else literal(UNKNOWN)
