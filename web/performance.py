"""`/kinerja`: agency performance for a period with charts, every figure linked to the complaints behind it, and
downloads (the performance table, any complaint list, the SP4N-LAPOR! export and the record of tracking IDs).

Supervisors and verifiers see every agency, or one (`agency=DLH`, linked from the table: the page its head sees);
a head sees only their own agency (the same figures, filtered in SQL).
The figures are `lapor.performance`'s, the digests' own computation.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    stream_with_context,
    url_for,
)
from flask_login import current_user
from markupsafe import Markup
from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.datastructures import MultiDict

from bot.messages import KIND_NAMES, MONTH_NAMES, MONTHS, SOURCE_NAMES, holder_label, t
from lapor import access, charts, exports, performance, queue
from lapor.access import AGENCY_ROLES
from lapor.audit import record_export
from lapor.bridge.manual import (
    EXPORT_COLUMNS,
    exportable_confidential,
    exportable_count,
    exportable_rows,
    record_tracking_ids,
)
from lapor.complaints import KINDS
from lapor.queue import NO_DISTRICT
from lapor.tables import TableError
from models import Agency, Complaint
from models.db import is_postgres
from models.vocab import Role
from services import services
from web import db, expired_form, streaming
from web.auth import login_manager, staff_required
from web.home import FIGURE_NAMES, asked_filters, shown_labels

bp = Blueprint("kinerja", __name__)

ROLES = (Role.SUPERVISOR, Role.VERIFIER, Role.HEAD)
SORTS = ("code", "received", "finished", "share_finished", "on_time", "late", "overdue", "on_time_share",
         "median_first_response", "median_completion", "avg_rating", "returned", "reopened")
MAX_DAYS = 3 * 366  # the longest period one page asks for


@dataclass(frozen=True)
class PageFilters:
    """The page's filters as they round-trip through the URL (dates local, inclusive)."""

    since: date
    until: date
    kind: str = ""
    source: str = ""
    district: str | None = None  # "" is "placed in no district"
    agency: str = ""  # one agency's code (region staff; a head's page is always their own agency's)
    sort: str = "code"
    descending: bool = False
    # what the page changed in the period asked for, as (what it is, the words): "done" for a change made for the
    # reader (swapped, cut: a notice), "check" for what they should look at again (a period not begun: red)
    notices: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    def args(self, **changes) -> dict[str, str]:
        """URL arguments of these filters (empty ones left out), with `changes` applied."""
        f = replace(self, **changes)
        values = {"since": f.since.isoformat(), "until": f.until.isoformat(), "kind": f.kind, "source": f.source,
                  "district": _district_arg(f.district), "agency": f.agency, "sort": f.sort if f.sort != "code" else "",
                  "desc": "1" if f.descending else ""}
        return {key: value for key, value in values.items() if value}


def back_args(carried: str) -> dict[str, str]:
    """The performance page's query a figure's list carried (`kinerja`), checked as the page checks its own URL
    (only its known filters, re-encoded)."""
    svc = services(current_app)
    page, _ = parse(MultiDict(parse_qsl(carried)), _this_month(svc), svc.region.districts, _today(svc),
                    _agency_codes())
    return page.args()


def _district_arg(district: str | None) -> str:
    """A kecamatan as the URL says it ("-": placed in none)."""
    return "" if district is None else district or NO_DISTRICT


PAGE_ARGS = ("since", "until", "kind", "source", "district", "agency", "sort", "desc")  # the page's URL arguments

# The filters as the page names them when one is ignored.
FILTER_LABELS = {"since": "Dari tanggal", "until": "Sampai tanggal", "kind": "Jenis", "source": "Sumber",
                 "district": "Kecamatan", "agency": "Instansi", "sort": "Urutan"}


def parse(args, default: tuple[date, date], districts, today: date | None = None,
          agencies: Collection[str] = ()) -> tuple[PageFilters, list[str]]:
    """Filters from the URL; an invalid value falls back to its default and is named (never an error page); a
    reversed or too long period is swapped or cut, and the page says so (`PageFilters.notices`). `agencies`: the
    codes the reader may open one by one."""
    problems: list[str] = []
    typed_on = today or default[1]
    since, until = _given_period(queue.day_arg(args, "since", problems, typed_on),
                                 queue.day_arg(args, "until", problems, typed_on), default)
    since, until, notices = _period(since, until, today or default[1])
    kind = _pick(args, "kind", KINDS, problems)
    source = _pick(args, "source", tuple(SOURCE_NAMES), problems)
    # `district=` is «Semua kecamatan», never «placed in none» («-»); spaces around a pasted one are no part of it
    district = " ".join((args.get("district") or "").split()) or None
    district = "" if district == NO_DISTRICT else district
    if district and district not in {d.name for d in districts}:
        problems.append("district")
        district = None
    agency = (args.get("agency") or "").strip().upper()
    if agency and agency not in agencies:
        problems.append("agency")
        agency = ""
    sort = args.get("sort") or "code"
    if sort not in SORTS:
        problems.append("sort")
        sort = "code"
    return (PageFilters(since, until, kind, source, district, agency, sort, args.get("desc") == "1", tuple(notices)),
            problems)


def _period(since: date, until: date, today: date) -> tuple[date, date, list[tuple[str, str]]]:
    """The period to show: swapped when reversed, cut to MAX_DAYS (ending today at the latest) when too long."""
    notices = []
    if since > until:
        since, until = until, since
        notices.append(("done", "Tanggal awal jatuh sesudah tanggal akhir; keduanya ditukar: "
                                f"{_d(since)}–{_d(until)}."))
    if (until - since).days > MAX_DAYS:
        asked = f"{_d(since)}–{_d(until)}"
        until = max(min(until, today), date.fromordinal(since.toordinal() + MAX_DAYS))
        since = date.fromordinal(until.toordinal() - MAX_DAYS)
        notices.append(("done", f"Periode paling panjang {MAX_DAYS} hari (sekitar 3 tahun); yang diminta {asked}, "
                                f"yang ditampilkan {_d(since)}–{_d(until)}."))
    if since > today:  # rows of zeros without a word read as an empty month (a year typed wrong: 2027 for 2026)
        notices.append(("check", t("web_period_ahead", today=_d(today))))
    return since, until, notices


def _d(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _given_period(since: date | None, until: date | None, default: tuple[date, date]) -> tuple[date, date]:
    """The period from the dates given: a missing one is the default's (this month's), unless that would put the
    period the wrong way round; then the month of the date given ("until 15 Oct" alone is 1–15 Oct, not a swap
    with the 1st of this month the person never typed)."""
    if since is None:
        since = default[0] if until is None or until >= default[0] else until.replace(day=1)
    if until is None:
        until = default[1] if since <= default[1] else _month_end(since)
    return since, until


def _month_end(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def _pick(args, name: str, allowed, problems: list[str]) -> str:
    value = (args.get(name) or "").strip().lower()
    if value and value not in allowed:
        problems.append(name)
        return ""
    return value


def _agency_codes() -> set[str]:
    """The agencies the reader may open one by one: a head only their own, region staff any."""
    if current_user.role in (Role.HEAD, Role.OFFICER):
        return {current_user.agency.code} if current_user.agency else set()
    return set(db().scalars(select(Agency.code)))


def _context():
    """The request's filters, the domain filters they mean for this reader, and the services."""
    svc = services(current_app)
    calendar, districts = svc.region.calendar, svc.region.districts
    page, problems = parse(request.args, _this_month(svc), districts, _today(svc), _agency_codes())
    start, end = performance.day_period(calendar, page.since, page.until)
    if current_user.role == Role.HEAD:
        agency_id = current_user.agency_id
        if agency_id is None:
            abort(403)
    else:
        agency_id = db().scalar(select(Agency.id).where(Agency.code == page.agency)) if page.agency else None
    filters = performance.Filters(start, end, page.kind or None, page.source or None, page.district, agency_id,
                                  hidden=_hidden_from_reader())
    return svc, page, problems, filters


def _hidden_from_reader() -> tuple[int, ...]:
    """The complaints hidden from the signed-in reader (accusing them, `lapor.access.named_ids`): in no figure."""
    return tuple(sorted(access.named_ids(db(), current_user.reader)))


def _shown_agency(filters: performance.Filters) -> Agency | None:
    """The one agency the page is about (a head's own, or the one region staff opened), None for every agency."""
    return db().get(Agency, filters.agency_id) if filters.agency_id is not None else None


@bp.get("/kinerja")
@staff_required(*ROLES)
def index():
    """The performance page for the chosen period and filters."""
    svc, page, problems, filters = _context()
    now = svc.clock()
    report = performance.report(db(), filters, now, svc.region.calendar, svc.region.districts,
                                reader=svc.session_factory)
    rows = _sorted(report.agencies, page)
    agency = _shown_agency(filters)
    link = _linker(page, agency.code if agency else None)
    choices = [] if current_user.role == Role.HEAD else db().execute(
        select(Agency.code, Agency.name).order_by(Agency.code)).all()
    shared_with = _other_agency_asked(agency) if "agency" in problems else ""
    lapor_waiting = exportable_count(db(), _lapor_since(svc)) if current_user.role == Role.VERIFIER else None
    return render_template(
        "kinerja/index.html", report=report, rows=rows, page=page, problems=problems, link=link,
        kinds=KIND_NAMES, sources=SOURCE_NAMES, districts=svc.region.districts, sorts=SORTS,
        labels=shown_labels(FILTER_LABELS, district=bool(svc.region.districts), agency=bool(choices)),
        charts=_charts(report, page, link, one_agency=agency is not None), agency=agency, agencies=choices,
        figure_names=FIGURE_NAMES,
        quick_periods=quick_periods(_today(svc)), shared_with=shared_with,
        lapor_waiting=lapor_waiting)


def _other_agency_asked(own: Agency | None) -> str:
    """Another existing agency's code a head asked for (`agency=PUPR`): its figures are not theirs, but the
    complaints they share with it are listed in their queue, which the page links to ("" for none)."""
    asked = (request.args.get("agency") or "").strip().upper()[:20]
    if own is None or not asked or asked == own.code:
        return ""
    return asked if db().scalar(select(Agency.id).where(Agency.code == asked)) is not None else ""


QUICK_PERIODS = ("Minggu ini", "Minggu lalu", "Bulan ini", "Bulan lalu", "Tahun ini", "Tahun lalu")


def quick_periods(today: date) -> list[tuple[str, date, date]]:
    """The whole calendar week (Monday to Sunday), month and year of `today` and the ones before, as (name, first
    day, last day): what a supervisor asks for most, one click away instead of two dates typed."""
    monday = today - timedelta(days=today.weekday())
    month = today.replace(day=1)
    last_month = (month - timedelta(days=1)).replace(day=1)
    year = today.replace(month=1, day=1)
    spans = ((monday, monday + timedelta(days=6)), (monday - timedelta(days=7), monday - timedelta(days=1)),
             (month, _month_end(month)), (last_month, month - timedelta(days=1)),
             (year, year.replace(month=12, day=31)), (year.replace(year=year.year - 1), year - timedelta(days=1)))
    return [(name, first, last) for name, (first, last) in zip(QUICK_PERIODS, spans, strict=True)]


def _sorted(rows: list, page: PageFilters) -> list:
    """Agencies in the chosen order (empty figures last either way)."""
    if page.sort == "code":
        return sorted(rows, key=lambda r: r.code, reverse=page.descending)
    present = [r for r in rows if getattr(r, page.sort) is not None]
    empty = [r for r in rows if getattr(r, page.sort) is None]
    ordered = sorted(present, key=lambda r: (getattr(r, page.sort), r.code), reverse=page.descending)
    return ordered + sorted(empty, key=lambda r: r.code)


def _linker(page: PageFilters, own_agency: str | None):
    """`link(figure, agency_code=None, **more)`: the queue listing the complaints behind a figure (a head's
    figures are always their own agency's), carrying this page's query for the list's way back (`kinerja`)."""
    def link(figure: str, agency: str | None = None, **more) -> str:
        args = {"view": "semua", "figure": figure, "since": page.since.isoformat(), "until": page.until.isoformat(),
                "kind": page.kind, "source": page.source, "district": _district_arg(page.district),
                "agency": own_agency or agency, **more, "kinerja": urlencode(page.args())}
        if "district" in more:
            args["district"] = _district_arg(more["district"])
        return url_for("home.index", **{k: v for k, v in args.items() if v})
    return link


NONE_IN_PERIOD = "Belum ada laporan pada periode ini"  # a chart with nothing to draw (it was a blank box)


def _charts(report: performance.Report, page: PageFilters, link, one_agency: bool = False) -> dict[str, Markup]:
    """The page's four charts as inline SVG; one agency's page has no «Tepat waktu per instansi» (a bar of one
    agency: the figure «Tepat waktu» above it)."""
    weekly = _series_chart(report, page, link)
    on_time = None if one_agency else charts.on_time_chart(
        "Tepat waktu per instansi", [r for r in report.agencies if not r.external],
        link=lambda row: link("judged", row.code), empty_text="Belum ada batas waktu yang terlewati atau terpenuhi",
        unjudged_text="belum ada")
    kinds = charts.count_chart("Jenis laporan", report.kinds, KIND_NAMES, link=lambda kind: link("received", kind=kind),
                               empty_text=NONE_IN_PERIOD)
    sources = charts.count_chart("Sumber laporan", report.sources, SOURCE_NAMES,
                                 link=lambda source: link("received", source=source), empty_text=NONE_IN_PERIOD)
    return {name: Markup(charts.to_svg(chart)) if chart else Markup() for name, chart in
            (("weekly", weekly), ("on_time", on_time), ("kinds", kinds), ("sources", sources))}


def _bucket_end(start: date, grain: str) -> date:
    if grain == performance.WEEK:
        return start + timedelta(days=6)
    return _month_end(start.replace(month=start.month + 2) if grain == performance.QUARTER else start)


def _days_of(start: date, grain: str, page: PageFilters) -> tuple[date, date]:
    """The days of a week, month or quarter of the series inside the period (its bars count and list only those)."""
    return max(start, page.since), min(_bucket_end(start, grain), page.until)


def _series_chart(report: performance.Report, page: PageFilters, link) -> charts.Chart:
    """Received and finished per week, per month for a period longer than 16 weeks (53 weekly pairs were a pixel
    wide each on a phone), or per quarter for one over 24 months (36 monthly pairs were 3.4 px each); each column
    links to the complaints it counts, of its days in the period."""
    def linked(start: date, which: int) -> str:
        since, until = _days_of(start, report.grain, page)
        return link("received" if which == 0 else "completed", since=since.isoformat(), until=until.isoformat())

    series = ("Masuk", "Selesai")
    if report.grain == performance.WEEK:
        # the dates under the columns were the one clue to a column's week (every other one named, no hover on a
        # phone): each column's tooltip names its days, cut by the period, and a line says what the dates are
        return charts.weekly_chart("Laporan masuk dan selesai per minggu", report.series, series, link=linked,
                                   first_day=page.since, empty_text=NONE_IN_PERIOD,
                                   name=lambda monday: _days_named(*_days_of(monday, report.grain, page)),
                                   note="Tanggal di bawah batang: hari pertama minggunya\n(satu minggu: Senin–Minggu).")
    if report.grain == performance.QUARTER:
        return _quarter_chart(report, page, series, linked)
    years = page.since.year != page.until.year

    def month(start: date) -> str:
        return f"{MONTHS[start.month - 1]} {start.year}" if years else MONTHS[start.month - 1]

    def partial(start: date) -> str:  # "15–31 Jan" for a month partly outside the period, else ""
        first, last = _days_of(start, report.grain, page)
        return "" if (first, last) == (start, _month_end(start)) else f"{first.day}–{last.day} {month(start)}"

    parts = [partial(start) for start, _, _ in report.series if partial(start)]
    return charts.series_chart(
        "Laporan masuk dan selesai per bulan", report.series, series, link=linked,
        label=lambda start: month(start) + ("*" if partial(start) else ""),
        name=lambda start: partial(start) or f"{MONTH_NAMES[start.month - 1]} {start.year}",
        note=f"* Sebagian bulan: {', '.join(parts)}" if parts else "", empty_text=NONE_IN_PERIOD)


def _days_named(first: date, last: date) -> str:
    """A run of days as the charts name it: «2–8 Nov», «30 Nov–6 Des», «1 Nov» (one day)."""
    if first == last:
        return f"{first.day} {MONTHS[first.month - 1]}"
    if first.month == last.month:
        return f"{first.day}–{last.day} {MONTHS[last.month - 1]}"
    return f"{first.day} {MONTHS[first.month - 1]}–{last.day} {MONTHS[last.month - 1]}"


def _quarter_chart(report: performance.Report, page: PageFilters, series: tuple[str, str], linked) -> charts.Chart:
    """A pair per calendar quarter («T1 2025»); the first or last quarter partly outside the period is marked
    «T4 2024*» and its days named under the legend, a line each (the drawing does not wrap)."""
    def quarter(start: date) -> str:
        return f"T{(start.month - 1) // 3 + 1} {start.year}"

    def days(start: date) -> str:  # "15 Nov–31 Des" for a quarter partly outside the period, else ""
        first, last = _days_of(start, report.grain, page)
        if (first, last) == (start, _bucket_end(start, report.grain)):
            return ""
        return f"{first.day} {MONTHS[first.month - 1]}–{last.day} {MONTHS[last.month - 1]}"

    def name(start: date) -> str:
        if days(start):
            return f"{quarter(start)}, {days(start)}"
        months = f"{MONTHS[start.month - 1]}–{MONTHS[start.month + 1]}"
        return f"Triwulan {(start.month - 1) // 3 + 1} {start.year} ({months})"

    note = "\n".join(f"* {quarter(start)} sebagian: {days(start)}" for start, _, _ in report.series if days(start))
    return charts.series_chart(
        "Laporan masuk dan selesai per triwulan", report.series, series, link=linked,
        label=lambda start: quarter(start) + ("*" if days(start) else ""), name=name, note=note,
        empty_text=NONE_IN_PERIOD)


def _own_agency_only() -> None:
    """An officer or head who asks a download for another agency (its `agency=` edited in the URL) is told that
    they see their own agency only (403): they got their own agency's file, silently, as if it were the other's."""
    if current_user.role not in AGENCY_ROLES:
        return
    asked = (request.args.get("agency") or "").strip().upper()
    own = current_user.agency.code if current_user.agency else ""
    if not asked or asked == own:
        return
    args = request.args.to_dict()
    if own:
        args["agency"] = own
    else:
        args.pop("agency", None)
    back = url_for(request.endpoint, **request.view_args, **args)
    abort(Response(render_template("error.html", title=t("web_own_agency_title"),
                                   text=t("web_own_agency_only", own=own or "-", asked=asked[:20]), back=back,
                                   back_text=t("web_own_agency_back", own=own)), 403))


@bp.get("/kinerja/unduh.<file_format>")
@staff_required(*ROLES)
def download_table(file_format: str):
    """The performance table (the region's totals, then each agency) as CSV or XLSX."""
    if file_format not in exports.FORMATS:
        abort(404)
    _own_agency_only()
    svc, page, _, filters = _context()
    report = performance.report(db(), filters, svc.clock(), svc.region.calendar, svc.region.districts,
                                reader=svc.session_factory)
    agency = _shown_agency(filters)
    label = f"Total instansi {agency.code}" if agency else "Total daerah (tiap laporan dihitung sekali)"
    # the period in the sheet's name (31 characters at most, no slash): a monthly report's sheet read «Kinerja»
    data = exports.to_bytes(exports.PERFORMANCE_COLUMNS, exports.performance_rows(report, label), file_format,
                            f"Kinerja {page.since:%d.%m.%Y}–{page.until:%d.%m.%Y}")
    return _file(data, f"kinerja-{page.since:%Y%m%d}-{page.until:%Y%m%d}{_file_words(page)}", file_format)


NO_DISTRICT_FILE = "kecamatan-tidak-diketahui"  # /kinerja names `district=-` «Kecamatan «tidak diketahui»»


def _file_words(page: PageFilters, agency: str = "") -> str:
    """The filters of a /kinerja file in its name («-pengaduan-kecamatan-tidak-diketahui», "" for none): a
    filtered table forwarded as `kinerja-20261101-20261130.csv` read as the whole region's."""
    district = "" if page.district is None else f"kecamatan-{page.district}" if page.district else NO_DISTRICT_FILE
    words = [page.kind, page.source, agency or page.agency, district]
    return "".join(f"-{slug}" for word in words if (slug := "-".join(re.findall(r"[a-z0-9]+", word.lower()))))


@bp.get("/unduh/laporan.<file_format>")
@staff_required(read_as_head=True)
def download_complaints(file_format: str):
    """The complaints behind a figure (any figure, agency and filters of this page), one row each."""
    if file_format not in exports.FORMATS:
        abort(404)
    svc = services(current_app)
    if current_user.role not in ROLES + (Role.OFFICER,):
        abort(403)
    _own_agency_only()
    _, page, _, filters = _context() if current_user.role != Role.OFFICER else _officer_context()
    figure = request.args.get("figure") or "received"
    if figure not in performance.FIGURES:
        abort(404)
    agency_code = (request.args.get("agency") or "").strip().upper()
    if agency_code and filters.agency_id is None:
        agency_id = db().scalar(select(Agency.id).where(Agency.code == agency_code))
        if agency_id is None:
            abort(404)
        filters = replace(filters, agency_id=agency_id)
    condition = performance.figure_condition(figure, filters, svc.clock(), svc.region.districts)
    name = f"laporan-{FIGURE_FILES[figure]}-{page.since:%Y%m%d}-{page.until:%Y%m%d}{_file_words(page, agency_code)}"
    return _complaints_file(condition, name, file_format, agency_code,
                            f"Laporan {page.since:%d.%m.%Y}–{page.until:%d.%m.%Y}")


# A figure's list as its file is named for the person who downloads it (the page's words, not the code's).
FIGURE_FILES = {"received": "masuk", "dispositioned": "didisposisi", "finished": "selesai", "on_time": "tepat-waktu",
                "late": "terlambat", "no_deadline": "tanpa-batas-waktu", "overdue": "lewat-batas",
                "returned": "dikembalikan", "reopened": "dibuka-kembali", "judged": "batas-waktu",
                "completed": "selesai-minggu-ini"}


def _today(svc) -> date:
    return svc.clock().astimezone(svc.region.calendar.zone).date()


def _this_month(svc) -> tuple[date, date]:
    start, end = performance.month_period(svc.region.calendar, svc.clock())
    return start.date(), end.date() - timedelta(days=1)


@bp.get("/unduh/antrean.<file_format>")
@staff_required(read_as_head=True)
def download_queue(file_format: str):
    """Every complaint of the queue's list under its filters (all pages), one row each, as the reader may see it."""
    if file_format not in exports.FORMATS:
        abort(404)
    svc = services(current_app)  # another agency's code: the list the page shows, shared complaints only
    filters = queue.settle(db(), current_user.reader, asked_filters(request.args))  # as the page lists
    condition = queue.list_condition(db(), current_user.reader, filters, svc.clock(), svc.region)
    order = queue.list_order(db(), current_user.reader, filters, svc.clock(), svc.region)  # the page's order
    taken = svc.clock().astimezone(svc.region.calendar.zone)
    return _complaints_file(condition, f"antrean-{taken:%Y%m%d-%H%M}", file_format, filters.agency,
                            f"Antrean {taken:%d.%m.%Y %H.%M}", order)


def _complaints_file(condition, name: str, file_format: str, agency: str = "", sheet: str = "Laporan",
                     order: tuple | None = None) -> Response:
    """The complaints matching `condition`, one row each as the reader may see them, as a download (logged when it
    shows an anonim or rahasia reporter), each late one with who holds it as the queue's row says (of `agency`
    only, for a list filtered by that agency); `sheet`: the XLSX sheet's name, with the list's period (a figure's
    list was a sheet named «Laporan», its period in the file's name alone).

    Streamed: the rows are read from one snapshot of the database a chunk at a time and sent as they are written
    (a 100,000-row list was built whole in memory before its first byte). The audit entry is written before the
    first byte, from the same snapshot (`_snapshot`)."""
    svc = services(current_app)
    region, now = svc.region, svc.clock()
    order = order or (Complaint.number,)
    reading, writing, done = _snapshot()
    try:
        _log_export(exports.protected_listed(reading, current_user, condition, order=order),
                    f"{name}.{file_format}", writing)
    except BaseException:
        done()
        raise

    def held(complaints) -> dict[int, str]:
        late = queue.late_holders(reading, complaints, current_user.reader, now, agency)
        return {number: "; ".join(holder_label(h, region.calendar.zone, late=True) for h in found)
                for number, found in late.items()}

    rows = _then(exports.complaint_stream(reading, current_user, condition, region.calendar.zone, region=region,
                                          holders=held, order=order, progress=streaming.alive), done)
    return _file(exports.file_pieces(exports.COMPLAINT_COLUMNS, rows, file_format, sheet, progress=streaming.alive),
                 name, file_format, done)


def _then(rows: Iterator[list], done: Callable[[], None]) -> Iterator[list]:
    """The rows, then `done` at once: an XLSX's database is let go before its bytes are sent."""
    yield from rows
    done()


def _snapshot() -> tuple[Session, Session, Callable[[], None]]:
    """The session a download reads its rows from, the one its audit entry is written and committed in (before the
    first byte), and what to call once the download is done with. The request's own session is closed as the view
    returns, before a streamed response is read, so the download has one of its own. On PostgreSQL its connection
    reads in a REPEATABLE READ transaction: every chunk of the list and its audit entry see the database as it was
    at the first query, and nobody's writes wait for the download; the entry is committed by the request's session.
    On SQLite (development) a transaction holds the database's write lock: the entry is committed by the download's
    session, whose next transaction then reads the rows."""
    svc = services(current_app)
    if not is_postgres(db()):
        db().commit()  # the request's transaction (nothing written) ends: it held the lock the download's needs
        reading = svc.session_factory()
        return reading, reading, reading.close
    connection = svc.engine.connect().execution_options(isolation_level="REPEATABLE READ")
    reading = svc.session_factory(bind=connection)

    def done() -> None:
        reading.close()
        connection.close()
    return reading, db(), done


def _log_export(complaints, file: str, session: Session | None = None) -> None:
    """Write the audit entry of a download that shows protected reporters (who, when, which, the list's filters), in
    `session` (the request's by default), committed at once."""
    session = session or db()
    filters = urlencode([(key, value) for key, value in request.args.items(multi=True) if value])  # the list's URL
    if record_export(session, current_user, complaints, at=services(current_app).clock(),
                     address=request.remote_addr or "", file=file, filters=filters):
        session.commit()


def _officer_context():
    """An officer downloads their own agency's lists (the same rule as their queue)."""
    svc = services(current_app)
    page, problems = parse(request.args, _this_month(svc), svc.region.districts, _today(svc), _agency_codes())
    start, end = performance.day_period(svc.region.calendar, page.since, page.until)
    return svc, page, problems, performance.Filters(start, end, page.kind or None, page.source or None,
                                                    page.district, current_user.agency_id,
                                                    hidden=_hidden_from_reader())


@bp.get("/kinerja/lapor-ekspor.<file_format>")
@staff_required(Role.VERIFIER)
def lapor_export(file_format: str):
    """SP4N-LAPOR!'s manual form export: the complaints not yet recorded there (as `flask lapor export`), streamed
    (it was built whole in memory before its first byte)."""
    if file_format not in exports.FORMATS:
        abort(404)
    svc = services(current_app)
    zone, since = svc.region.calendar.zone, _lapor_since(svc)
    name = f"lapor-export-{svc.clock().astimezone(zone):%Y%m%d-%H%M}"  # the time on the verifier's clock
    reading, writing, done = _snapshot()  # streamed from one snapshot, as a list's download (`_complaints_file`)
    try:
        _log_export(exportable_confidential(reading, since), f"{name}.{file_format}", writing)  # anonim: no identity
    except BaseException:
        done()
        raise
    rows = _then(exportable_rows(reading, since, zone, exports.CHUNK_ROWS, progress=streaming.alive), done)
    return _file(exports.file_pieces(EXPORT_COLUMNS, rows, file_format, progress=streaming.alive), name, file_format,
                 done)


def _lapor_since(svc):
    """From when the SP4N-LAPOR! export lists complaints (every one not yet recorded there)."""
    return performance.day_period(svc.region.calendar, date(2000, 1, 1), date(2000, 1, 1))[0]


@bp.post("/kinerja/lapor-rekam")
@staff_required(Role.VERIFIER)
def lapor_record():
    """Store the tracking IDs of a filled-in export file (as `flask lapor record`); nothing on any error."""
    upload = request.files.get("berkas")
    suffix = Path(upload.filename or "").suffix.lower() if upload else ""
    if upload is None or suffix not in (".csv", ".xlsx"):
        flash(t("web_lapor_pick"), "error")
        return redirect(_page_sent_from())
    svc = services(current_app)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"rekam{suffix}"
        upload.save(path)
        try:
            with svc.session_factory.begin() as session:
                _, result = record_tracking_ids(session, path, svc.clock(), actor_id=current_user.id,
                                                address=request.remote_addr or "")
        except TableError as exc:
            flash(t("web_lapor_nothing", errors="; ".join(exc.errors[:10])), "error")
            return redirect(_page_sent_from())
    flash(t("web_lapor_recorded", recorded=result.recorded, unchanged=result.unchanged, skipped=result.skipped),
          "success")
    return redirect(_page_sent_from())


def _page_sent_from() -> str:
    """The performance page with the period and filters the form was sent from (its hidden fields, checked as the
    page checks its own URL): the upload no longer came back to this month's page."""
    carried = [(name, value) for name, value in request.form.items() if name in PAGE_ARGS]
    return url_for("kinerja.index", **(back_args(urlencode(carried)) if carried else {}))


@expired_form("kinerja.lapor_record")
def _expired_record():
    """A tracking-ID file sent with an expired token: not read; back to the page, asking for the file again (a
    browser never refills a file input)."""
    if not current_user.is_authenticated:
        abort(login_manager.unauthorized())
    if current_user.role != Role.VERIFIER:
        abort(403)
    flash(t("web_lapor_expired"), "error")
    return redirect(_page_sent_from(), code=303)


def _file(data: bytes | Iterator[bytes], name: str, file_format: str,
          on_close: Callable[[], None] | None = None) -> Response:
    """A download: bytes, or pieces sent as they come (each a heartbeat for gunicorn, `web.streaming`), with
    `on_close` called when the response is done with, sent whole or not (the browser gone halfway)."""
    if not isinstance(data, bytes):
        data = stream_with_context(_beating(data, on_close or (lambda: None)))
    response = Response(data, content_type=exports.CONTENT_TYPES[file_format])  # (a mimetype got a second charset)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}.{file_format}"'
    response.headers["Cache-Control"] = "no-store"
    if on_close is not None:
        response.call_on_close(on_close)
    return response


def _beating(pieces: Iterator[bytes], done: Callable[[], None]) -> Iterator[bytes]:
    """The pieces, each with a heartbeat; `done` called once they are sent (a test client, unlike a server, may not
    close a response it read through)."""
    try:
        for piece in pieces:
            streaming.alive()
            yield piece
    finally:
        done()
