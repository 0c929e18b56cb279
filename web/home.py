"""The home page `/`: what needs the logged-in staff member now (the queue is filled in by the queue area)."""

from __future__ import annotations

from flask import Blueprint, render_template

from web.auth import staff_required

bp = Blueprint("home", __name__)


@bp.get("/")
@staff_required()
def index():
    """The person's queue."""
    return render_template("home/index.html")
