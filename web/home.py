"""The home page `/`: the logged-in staff member's queue (lapor.queue), with filters and search in the URL."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template, request
from flask_login import current_user

from lapor import queue
from services import services
from web import db
from web.auth import staff_required

bp = Blueprint("home", __name__)


@bp.get("/")
@staff_required()
def index():
    """What needs the person now, soonest deadline first; `?view=semua` and the filters list everything they may
    see. Invalid filter values are ignored and named on the page."""
    svc = services(current_app)
    filters = queue.parse_filters(request.args)
    found = queue.queue(db(), current_user.contact, filters, svc.clock(), svc.region)
    return render_template("home/index.html", found=found, filters=filters, agencies=queue.agencies(db()),
                           region_days=queue.verification_days(svc.region))
