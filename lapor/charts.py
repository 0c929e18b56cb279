"""Charts described once and drawn by matplotlib (Agg, no display) as SVG for the web or PNG for WhatsApp.

A `Chart` is plain data: bars with a label, a value, the text shown beside it and, for the web, the link to the
complaints behind it (matplotlib writes it as an SVG hyperlink; a PNG has none). The builders at the bottom turn
performance figures into charts, so the page and the weekly summary draw the same picture.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure

HBARS, COLUMNS = "hbars", "columns"
GOOD, FAIR, POOR, NEUTRAL, SECOND = "#1b7f3b", "#c77700", "#b3261e", "#2f5d8a", "#8fb3d9"
PNG_WIDTH_PX = 1080  # a phone screen's width in WhatsApp's full-size view
SVG_CACHE_SIZE = 64  # drawings kept (a few periods × filters × four charts; about 30 kB each)


@dataclass(frozen=True)
class Bar:
    """One bar: its category label, value, the text printed at its end, its series and its link (web only)."""

    label: str
    value: float
    text: str = ""
    series: int = 0
    href: str | None = None
    color: str | None = None


@dataclass(frozen=True)
class Chart:
    """A bar chart: horizontal bars (one per category) or columns (per category, one per series)."""

    title: str
    bars: tuple[Bar, ...]
    kind: str = HBARS
    series: tuple[str, ...] = ()
    max_value: float | None = None
    empty_text: str = ""  # said when there is nothing to draw (people-facing: the caller's words)
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def labels(self) -> list[str]:
        """Category labels in drawing order (first bar's first)."""
        return list(dict.fromkeys(bar.label for bar in self.bars))


@lru_cache(maxsize=SVG_CACHE_SIZE)
def to_svg(chart: Chart) -> str:
    """The chart as an inline SVG document (links on bars and their texts), without the XML prologue.

    Memoised by the chart itself (plain, frozen data: every bar, text and link): staff opening the same figures
    share one drawing, and a changed figure is a different chart, never a stale one. matplotlib takes 0.1–0.3 s
    per chart, more than the year page's queries.
    """
    buffer = io.StringIO()
    with _matplotlib().rc_context({"svg.fonttype": "none"}):  # letters stay text: smaller, searchable, selectable
        _draw(chart, width_in=6.4, scale=1.2).savefig(buffer, format="svg", metadata={"Date": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]
    return re.sub(r'id="([^"]+)"', lambda m: f'id="{_slug(chart.title)}-{m.group(1)}"', svg)


def to_png(chart: Chart, width_px: int = PNG_WIDTH_PX) -> bytes:
    """The chart as a PNG `width_px` wide, its letters large enough to read on a phone."""
    dpi = 150
    buffer = io.BytesIO()
    _draw(chart, width_in=width_px / dpi, scale=1.25).savefig(buffer, format="png", dpi=dpi,
                                                              metadata={"Software": None})
    return buffer.getvalue()


@cache
def _matplotlib():
    """matplotlib with the Agg backend (no display), imported on the first chart: a web worker that draws none
    (the webhook's) does not carry its 40 MB."""
    import matplotlib

    matplotlib.use("Agg")
    return matplotlib


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "chart"


def _draw(chart: Chart, width_in: float, scale: float = 1.0) -> Figure:
    labels = chart.labels
    height = max(2.2, 0.9 + 0.42 * len(labels)) if chart.kind == HBARS else 3.6
    _matplotlib()
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width_in, height * scale))
    # Fixed margins (the constrained layout engine costs more than the drawing): room for the longest label.
    if chart.kind == HBARS:
        label_in = (0.09 * max((len(label) for label in labels), default=4) + 0.2) * scale
    else:  # the value axis's numbers
        label_in = (0.08 * len(f"{max((bar.value for bar in chart.bars), default=0):.0f}") + 0.25) * scale
    figure.subplots_adjust(left=min(0.45, label_in / width_in), right=0.97, top=1 - 0.45 * scale / (height * scale),
                           bottom=(0.35 if chart.kind == HBARS else 0.5 + 0.22 * bool(chart.series)) / height)
    axes = figure.add_subplot()
    axes.set_title(chart.title, loc="left", fontsize=12 * scale, fontweight="bold")
    axes.spines[["top", "right"]].set_visible(False)
    if not chart.bars:
        axes.set_axis_off()
        axes.text(0.5, 0.5, chart.empty_text, ha="center", va="center", fontsize=11 * scale, transform=axes.transAxes)
        return figure
    (_hbars if chart.kind == HBARS else _columns)(axes, chart, labels, scale)
    return figure


def _hbars(axes, chart: Chart, labels: list[str], scale: float) -> None:
    positions = {label: len(labels) - 1 - i for i, label in enumerate(labels)}  # first label on top
    top = chart.max_value or max(bar.value for bar in chart.bars) or 1
    _rectangles(axes, [(0, positions[bar.label] - 0.31, bar.value, 0.62) for bar in chart.bars],
                [bar.color or NEUTRAL for bar in chart.bars], [bar.href for bar in chart.bars])
    for bar in chart.bars:
        text = axes.text(bar.value + top * 0.01, positions[bar.label], bar.text, va="center", fontsize=10 * scale)
        if bar.href:
            text.set_url(bar.href)
    axes.set_yticks(list(positions.values()), list(positions.keys()), fontsize=10 * scale)
    axes.set_xlim(0, top * 1.18)
    axes.set_ylim(-0.6, len(labels) - 0.4)
    axes.tick_params(axis="x", labelsize=9 * scale)


def _columns(axes, chart: Chart, labels: list[str], scale: float) -> None:
    from matplotlib.patches import Patch

    count = max(len(chart.series), 1)
    width = 0.8 / count
    colors = (NEUTRAL, SECOND, FAIR)
    place = {label: i for i, label in enumerate(labels)}
    _rectangles(axes, [(place[bar.label] - 0.4 + width * (bar.series + 0.025), 0, width * 0.95, bar.value)
                       for bar in chart.bars],
                [bar.color or colors[bar.series % len(colors)] for bar in chart.bars], [bar.href for bar in chart.bars])
    top = max(bar.value for bar in chart.bars) or 1
    axes.set_xlim(-0.6, len(labels) - 0.4)
    axes.set_ylim(0, top * 1.05)
    step = max(1, len(labels) // 12)  # at most about twelve labels under the columns
    axes.set_xticks(range(0, len(labels), step), labels[::step], fontsize=8 * scale)
    axes.tick_params(axis="y", labelsize=9 * scale)
    if chart.series:
        # Under the dates, in one row: loc="best" weighs every bar against every spot (0.3 s at 100 weeks).
        axes.figure.legend(handles=[Patch(color=colors[i % len(colors)], label=name)
                                    for i, name in enumerate(chart.series)],
                           loc="lower center", ncols=len(chart.series), fontsize=9 * scale, frameon=False)


def _rectangles(axes, boxes: list[tuple[float, float, float, float]], colors: list[str],
                links: list[str | None]) -> None:
    """Bars as one collection of (x, y, width, height) rectangles, each with its own colour and link: matplotlib's
    bar() adds one artist per bar and recomputes the limits for each, which took most of a 100-week chart's time."""
    from matplotlib.collections import PolyCollection

    bars = PolyCollection([[(x, y), (x + w, y), (x + w, y + h), (x, y + h)] for x, y, w, h in boxes],
                          facecolors=colors, edgecolors="none")
    bars.set_urls(links)
    axes.add_collection(bars, autolim=False)


def share_color(share: float) -> str:
    """Green from 80 %, amber from 50 %, red below."""
    return GOOD if share >= 0.8 else FAIR if share >= 0.5 else POOR


def percent(share: float) -> str:
    """A share as a whole percentage, Indonesian style (75 %)."""
    return f"{round(share * 100)}%"


def on_time_chart(title: str, rows: Sequence, link: Callable[[object], str | None] = lambda row: None,
                  empty_text: str = "") -> Chart:
    """On-time share per agency, worst first (agencies with nothing judged, such as external ones, left out)."""
    judged = [row for row in rows if row.on_time_share is not None]
    judged.sort(key=lambda row: (row.on_time_share, -(row.on_time + row.late + row.overdue), row.code))
    bars = tuple(Bar(row.code, round(row.on_time_share * 100, 1),
                     f"{percent(row.on_time_share)} ({row.on_time}/{row.on_time + row.late + row.overdue})",
                     href=link(row), color=share_color(row.on_time_share)) for row in judged)
    return Chart(title, bars, HBARS, max_value=100.0, empty_text=empty_text)


def weekly_chart(title: str, weeks: Sequence[tuple[date, int, int]], series: tuple[str, str],
                 link: Callable[[date, int], str | None] = lambda week, which: None) -> Chart:
    """Complaints received and finished per week (columns in pairs, labelled by the week's Monday)."""
    bars = []
    for monday, received, finished in weeks:
        label = monday.strftime("%d/%m")
        bars.append(Bar(label, received, str(received), 0, link(monday, 0)))
        bars.append(Bar(label, finished, str(finished), 1, link(monday, 1)))
    return Chart(title, tuple(bars), COLUMNS, series=series)


def count_chart(title: str, counts: Sequence[tuple[str, int]], names: dict[str, str] | None = None,
                link: Callable[[str], str | None] = lambda value: None) -> Chart:
    """Complaints per category (kind, source, district), largest first as given."""
    names = names or {}
    return Chart(title, tuple(Bar(names.get(value, value), count, str(count), href=link(value))
                              for value, count in counts), HBARS)
