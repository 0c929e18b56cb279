"""The home page `/`: the logged-in staff member's queue (lapor.queue), with filters and search in the URL."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import parse_qsl, urlencode

from flask import Blueprint, current_app, render_template, request, url_for
from flask_login import current_user
from werkzeug.datastructures import MultiDict

from bot.messages import t
from lapor import queue, routing_store
from lapor.audit import record_identity_search
from lapor.complaints import NEW
from models.vocab import Role
from services import services
from web import db
from web.auth import staff_required

bp = Blueprint("home", __name__)


@bp.get("/")
@staff_required(read_as_head=True)
def index():
    """What needs the person now, soonest deadline first; `?view=semua` and the filters list everything they may
    see. Invalid filter values are ignored and named on the page."""
    svc = services(current_app)
    asked = asked_filters(request.args)
    filters = queue.settle(db(), current_user.reader, asked)
    found = queue.queue(db(), current_user.reader, filters, svc.clock(), svc.region)
    past_end = found.page > found.pages
    if past_end:  # a page past the end (an old link, a shrunk list): the last page, and the page says so
        filters = replace(filters, page=found.pages)
        found = queue.queue(db(), current_user.reader, filters, svc.clock(), svc.region)
    searched = queue.found_by_identity(db(), current_user.reader, replace(filters, fuzzy=found.fuzzy), svc.clock(),
                                       svc.region)
    if searched and record_identity_search(db(), current_user, searched, at=svc.clock(),
                                           address=request.remote_addr or "", query=filters.q):
        db().commit()
    elsewhere = _found_elsewhere(asked, found, svc)
    agencies = queue.agencies(db(), current_user.contact)
    late = _late_for_supervisor(asked, svc)
    return render_template("home/index.html", found=found, filters=filters, agencies=agencies, elsewhere=elsewhere,
                           region_days=queue.verification_days(svc.region), asked=asked, past_end=past_end,
                           labels=shown_labels(queue.FILTER_LABELS, agency=len(agencies) > 1),
                           back=urlencode(filters.args()), figure_names=FIGURE_NAMES,
                           shown_suggestions=routing_store.shown_suggestions,
                           kinerja_args=_kinerja_args(filters), late=late,
                           not_found=queue.references_not_found(db(), current_user.reader, filters.q))


def _late_for_supervisor(asked: queue.QueueFilters, svc) -> tuple[int, str, int, int] | None:
    """A supervisor's own work on their first page: (how many complaints are past their deadline, the list's link,
    how many of them are late at an agency and how many late for verification, with no agency yet). Their «Perlu
    tindakan» is the verifiers' list; the late ones, which WhatsApp escalates to them, were a filter and a checkbox
    away. None for other roles, another view, a search, or nothing late."""
    if current_user.role != Role.SUPERVISOR or asked.view != "perlu" or asked.q:
        return None
    late = queue.settle(db(), current_user.reader, queue.QueueFilters(view="semua", overdue=True))

    def counted(filters: queue.QueueFilters) -> int:
        return queue.queue(db(), current_user.reader, filters, svc.clock(), svc.region, per_page=1,
                           who_holds=False).total

    count = counted(late)
    if not count:
        return None
    verifying = counted(replace(late, status=NEW))  # the overdue filter's unverified ones: late for verification
    return count, url_for("home.index", **late.args()), count - verifying, verifying


def shown_labels(labels: dict[str, str], **shown: bool) -> dict[str, str]:
    """A page's filter labels without the boxes it does not show this reader (`agency=False`): a value for one of
    them is ignored quietly, never named as ignored in a box nobody can find (`ignored_filters` in _macros.html)."""
    return {name: label for name, label in labels.items() if shown.get(name, True)}


def _found_elsewhere(asked: queue.QueueFilters, found: queue.QueuePage, svc) -> tuple[str, str] | None:
    """A search of the "Perlu tindakan" list: (what to say, the link) when the same search finds more complaints
    in "Semua laporan" (a typed `LPR-1` that needs nothing of the person now was answered only "no complaint
    matches", as if it did not exist; of `LPR-1, LPR-2` pasted together only LPR-2 was listed, without a word)."""
    if asked.view != "perlu" or not asked.q or (found.total and found.fuzzy):  # similar words: no like-for-like count
        return None
    everything = queue.settle(db(), current_user.reader, replace(asked, view="semua", page=1))
    more = queue.queue(db(), current_user.reader, everything, svc.clock(), svc.region, per_page=1,
                       who_holds=False).total - found.total
    if more <= 0:
        return None
    key = "web_found_more_elsewhere" if found.total else "web_found_elsewhere"
    return t(key, count=more), url_for("home.index", **everything.args())


# The performance page's figures as it names them (a drill-down list says which one it lists).
FIGURE_NAMES = {"received": "Masuk", "dispositioned": "Didisposisi", "finished": "Selesai",
                "on_time": "Selesai tepat waktu", "late": "Selesai terlambat",
                "no_deadline": "Selesai tanpa batas waktu daerah", "overdue": "Lewat batas sekarang",
                "returned": "Dikembalikan", "reopened": "Dibuka kembali",
                "judged": "Selesai atau lewat batas (dasar persentase tepat waktu)",
                "completed": "Selesai pada minggu ini"}


def _kinerja_args(filters: queue.QueueFilters) -> dict[str, str]:
    """The performance page's filters behind a drill-down list (to go back to it): the query it carried, or, in
    a link without it, the list's own period and filters."""
    if filters.back:
        from web.performance import back_args  # the performance page imports this module

        return back_args(filters.back)
    args = filters.args()
    return {key: args[key] for key in ("since", "until", "kind", "source", "district") if key in args}


def asked_filters(args) -> queue.QueueFilters:
    """The queue's filters from URL arguments, a day typed without its year (`24/11`) read against the region's
    today wherever a list is made from them (the page, its downloads, the list a complaint page carries): the
    download dropped such a day and held every complaint while the page listed none."""
    svc = services(current_app)
    return queue.parse_filters(args, svc.clock().astimezone(svc.region.calendar.zone).date())


def carried_queue() -> str:
    """The queue list a complaint page was opened from, as carried in `?antrean=` (only known filters, re-encoded;
    "" for none), so that the page's forms, its redirect after an action and its links to other complaints keep it."""
    carried = request.args.get("antrean", "")
    if not carried:
        return ""
    return urlencode(asked_filters(MultiDict(parse_qsl(carried[:1000]))).args())


@bp.app_template_global()
def queue_carry() -> dict[str, str]:
    """`url_for` arguments that carry the queue list along (`url_for('pengaduan.page', number=n, **queue_carry())`)."""
    carried = carried_queue()
    return {"antrean": carried} if carried else {}


def next_in_list(complaint) -> object | None:
    """The complaint after this one in the list its page was opened from (`?antrean=`, else the person's queue),
    or the list's first when an action took this one off it (or it was opened from elsewhere); None after the
    page's last. A verifier forwarding a morning's complaints on a phone went back and scrolled after each."""
    svc = services(current_app)
    asked = asked_filters(MultiDict(parse_qsl(carried_queue())))
    found = queue.queue(db(), current_user.reader, queue.settle(db(), current_user.reader, asked), svc.clock(),
                        svc.region, who_holds=False)
    listed = [item.complaint for item in found.items]
    ids = [c.id for c in listed]
    if complaint.id not in ids:
        return listed[0] if listed else None
    after = ids.index(complaint.id) + 1
    return listed[after] if after < len(listed) else None


@bp.app_template_global()
def queue_back_url() -> str:
    """The queue list a complaint page was opened from (its filters, search and page, carried in `?antrean=`), or
    the plain queue; only known filters are kept, so the link always stays on this site's queue."""
    carried = carried_queue()
    return url_for("home.index") + ("?" + carried if carried else "")
