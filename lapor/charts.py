"""Charts described once, drawn as SVG for the web and as PNG for WhatsApp.

A `Chart` is plain data: bars with a label, a value, the text shown beside it and, for the web, the link to the
complaints behind it. The SVG is written from it element by element (a few milliseconds; each bar an SVG link);
the PNG is matplotlib's drawing (Agg, no display) of the same description (a PNG has no links). The builders in
the middle turn performance figures into charts, so the page and the weekly summary draw the same picture.
"""

from __future__ import annotations

import io
import math
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure

HBARS, COLUMNS = "hbars", "columns"
GOOD, FAIR, POOR, NEUTRAL, SECOND = "#1b7f3b", "#c77700", "#b3261e", "#2f5d8a", "#8fb3d9"
SERIES_COLORS = (NEUTRAL, SECOND, FAIR)  # a bar's colour by its series, unless it has its own
PNG_WIDTH_PX = 1080  # a phone screen's width in WhatsApp's full-size view
SVG_WIDTH, SVG_FONT = 400, 13  # the web drawing's coordinate width (it scales to its box) and text size


@dataclass(frozen=True)
class Bar:
    """One bar: its category label, value, the text printed at its end, its series and its link (web only)."""

    label: str
    value: float
    text: str = ""
    series: int = 0
    href: str | None = None
    color: str | None = None
    name: str = ""  # its category's full name in the tooltip, when the label under the columns is shorter


@dataclass(frozen=True)
class Chart:
    """A bar chart: horizontal bars (one per category) or columns (per category, one per series)."""

    title: str
    bars: tuple[Bar, ...]
    kind: str = HBARS
    series: tuple[str, ...] = ()
    max_value: float | None = None
    empty_text: str = ""  # said when there is nothing to draw (people-facing: the caller's words)
    note: str = ""  # lines under a column chart's legend (the caller's words, one per "\n")
    unit: str = ""  # after each value of the axis («%»: «100» beside «0% (0/2)» said nothing of what it counted)

    @property
    def labels(self) -> list[str]:
        """Category labels in drawing order (first bar's first)."""
        return list(dict.fromkeys(bar.label for bar in self.bars))

    @property
    def label_step(self) -> int:
        """Every how many categories a column chart names one (at most about twelve names under the columns)."""
        return max(1, len(self.labels) // 12)


def _fill(bar: Bar) -> str:
    return bar.color or SERIES_COLORS[bar.series % len(SERIES_COLORS)]


def to_svg(chart: Chart) -> str:
    """The chart as an inline SVG document: each bar (and its text) a link to the complaints behind it, a tooltip
    with its label and text, the page's fonts. Written directly from the description (`_Svg`): matplotlib took
    0.1–0.3 s per chart on the web, more than the year page's queries; the PNG for WhatsApp is still its drawing."""
    svg = _Svg(chart)
    if not chart.bars:
        return svg.empty()
    return svg.hbars() if chart.kind == HBARS else svg.columns()


def to_png(chart: Chart, width_px: int = PNG_WIDTH_PX) -> bytes:
    """The chart as a PNG `width_px` wide, its letters large enough to read on a phone."""
    dpi = 150
    buffer = io.BytesIO()
    _draw(chart, width_in=width_px / dpi, scale=1.25).savefig(buffer, format="png", dpi=dpi,
                                                              metadata={"Software": None})
    return buffer.getvalue()


@cache
def _matplotlib():
    """matplotlib with the Agg backend (no display), imported on the first PNG: a web worker (which draws SVG
    only) does not carry its 40 MB."""
    import matplotlib

    matplotlib.use("Agg")
    return matplotlib


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
                [_fill(bar) for bar in chart.bars])
    for bar in chart.bars:
        axes.text(bar.value + top * 0.01, positions[bar.label], bar.text, va="center", fontsize=10 * scale)
    axes.set_yticks(list(positions.values()), list(positions.keys()), fontsize=10 * scale)
    axes.set_xlim(0, top * 1.18)
    axes.set_ylim(-0.6, len(labels) - 0.4)
    axes.tick_params(axis="x", labelsize=9 * scale)
    axes.xaxis.set_major_locator(_whole_ticks())
    if chart.unit:
        axes.xaxis.set_major_formatter(lambda value, position: f"{value:.0f}{chart.unit}")


def _whole_ticks():
    """Whole-number axis values, as the web's charts have (`nice_ticks`): 0.5 of a complaint means nothing."""
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(nbins=5, integer=True)


def _columns(axes, chart: Chart, labels: list[str], scale: float) -> None:
    from matplotlib.patches import Patch

    width = 0.8 / max(len(chart.series), 1)
    place = {label: i for i, label in enumerate(labels)}
    _rectangles(axes, [(place[bar.label] - 0.4 + width * (bar.series + 0.025), 0, width * 0.95, bar.value)
                       for bar in chart.bars],
                [_fill(bar) for bar in chart.bars])
    top = max(bar.value for bar in chart.bars) or 1
    axes.set_xlim(-0.6, len(labels) - 0.4)
    axes.set_ylim(0, top * 1.05)
    step = chart.label_step
    axes.set_xticks(range(0, len(labels), step), labels[::step], fontsize=8 * scale)
    axes.tick_params(axis="y", labelsize=9 * scale)
    axes.yaxis.set_major_locator(_whole_ticks())
    if chart.series:
        # Under the dates, in one row: loc="best" weighs every bar against every spot (0.3 s at 100 weeks).
        axes.figure.legend(handles=[Patch(color=SERIES_COLORS[i % len(SERIES_COLORS)], label=name)
                                    for i, name in enumerate(chart.series)],
                           loc="lower center", ncols=len(chart.series), fontsize=9 * scale, frameon=False)


def _rectangles(axes, boxes: list[tuple[float, float, float, float]], colors: list[str]) -> None:
    """Bars as one collection of (x, y, width, height) rectangles, each with its own colour: matplotlib's bar() adds
    one artist per bar and recomputes the limits for each, which took most of a 100-week chart's time."""
    from matplotlib.collections import PolyCollection

    bars = PolyCollection([[(x, y), (x + w, y), (x + w, y + h), (x, y + h)] for x, y, w, h in boxes],
                          facecolors=colors, edgecolors="none")
    axes.add_collection(bars, autolim=False)


def share_color(share: float) -> str:
    """Green from 80 %, amber from 50 %, red below."""
    return GOOD if share >= 0.8 else FAIR if share >= 0.5 else POOR


def whole_percent(share: float) -> int:
    """A share (0–1) as a whole percentage, halves rounded up as a calculator and Excel do: Python's `round` sends
    them to the even neighbour (1 of 8 read 12%, 5 of 8 62%), and 29/200 is held as 14.4999…%. The page, its
    charts and the WhatsApp digests use this one rounding."""
    return math.floor(share * 100 + 0.5 + 1e-9)


def percent(share: float) -> str:
    """A share as a whole percentage, Indonesian style (75 %)."""
    return f"{whole_percent(share)}%"


def on_time_chart(title: str, rows: Sequence, link: Callable[[object], str | None] = lambda row: None,
                  empty_text: str = "", unjudged_text: str = "") -> Chart:
    """On-time share per agency, worst first. Agencies with nothing judged (such as external ones) are left out, or,
    with `unjudged_text`, listed last as rows of that text with no bar and no link (the page lists every agency in
    its table: the chart names the same ones)."""
    judged = [row for row in rows if row.on_time_share is not None]
    judged.sort(key=lambda row: (row.on_time_share, -(row.on_time + row.late + row.overdue), row.code))
    bars = tuple(Bar(row.code, round(row.on_time_share * 100, 1),
                     f"{percent(row.on_time_share)} ({row.on_time}/{row.on_time + row.late + row.overdue})",
                     href=link(row), color=share_color(row.on_time_share)) for row in judged)
    if judged and unjudged_text:
        bars += tuple(Bar(row.code, 0, unjudged_text, color=NEUTRAL) for row in rows if row.on_time_share is None)
    return Chart(title, bars, HBARS, max_value=100.0, empty_text=empty_text, unit="%")


def series_chart(title: str, buckets: Sequence[tuple[date, int, int]], series: tuple[str, str],
                 label: Callable[[date], str], link: Callable[[date, int], str | None] = lambda start, which: None,
                 name: Callable[[date], str] | None = None, note: str = "", empty_text: str = "") -> Chart:
    """Complaints received and finished per week or month: a pair of columns per (start, received, finished),
    named `label(start)` under them and `name(start)` in their tooltips; a column of 0 links nowhere. With
    `empty_text`, buckets of nothing draw no columns but the text (empty axes from 0 to 1, each invisible column a
    link to an empty list)."""
    if empty_text and not any(received or finished for _, received, finished in buckets):
        return Chart(title, (), COLUMNS, series=series, empty_text=empty_text)
    bars = []
    for start, received, finished in buckets:
        short = label(start)
        full = name(start) if name else ""
        # a column of nothing is drawn, never a link: tabbing went through every empty week to lists of nothing
        bars.append(Bar(short, received, str(received), 0, link(start, 0) if received else None, name=full))
        bars.append(Bar(short, finished, str(finished), 1, link(start, 1) if finished else None, name=full))
    return Chart(title, tuple(bars), COLUMNS, series=series, note=note)


def weekly_chart(title: str, weeks: Sequence[tuple[date, int, int]], series: tuple[str, str],
                 link: Callable[[date, int], str | None] = lambda week, which: None,
                 first_day: date | None = None, empty_text: str = "", name: Callable[[date], str] | None = None,
                 note: str = "") -> Chart:
    """Complaints received and finished per week (columns in pairs, labelled by the week's Monday, or by
    `first_day`, the period's, when the period starts inside that week: «26/10» under a period from 1 November
    read as if October's days were counted); `name(monday)` in the tooltips (its days), `note` under the legend."""
    return series_chart(title, weeks, series, lambda monday: max(monday, first_day or monday).strftime("%d/%m"),
                        link, name=name, note=note, empty_text=empty_text)


def count_chart(title: str, counts: Sequence[tuple[str, int]], names: dict[str, str] | None = None,
                link: Callable[[str], str | None] = lambda value: None, empty_text: str = "") -> Chart:
    """Complaints per category (kind, source, district), largest first as given; `empty_text` when none."""
    names = names or {}
    return Chart(title, tuple(Bar(names.get(value, value), count, str(count), href=link(value) if count else None)
                              for value, count in counts), HBARS, empty_text=empty_text)


# The web's SVG ------------------------------------------------------------------------------------------------

def nice_ticks(top: float, most: int = 5) -> list[float]:
    """Round axis values from 0 to at least `top`: steps of 1, 2 or 5 times a power of ten, at most `most` + 1.
    Whole numbers only: every chart counts complaints or percent (two complaints were drawn on an axis of 0, 0.5,
    1, 1.5, 2, and the wider "1.5" was cut at the drawing's edge)."""
    if top <= 0:
        return [0.0, 1.0]
    rough = top / most
    power = max(1, 10 ** math.floor(math.log10(rough)))
    step = next(power * m for m in (1, 2, 5, 10) if power * m >= rough)
    return [step * i for i in range(math.ceil(top / step - 1e-9) + 1)]


def _number(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".") if value == int(value) else f"{value:g}"


class _Svg:
    """One chart written as SVG elements (ElementTree escapes every text and link)."""

    title_h, pad = 28, 6

    def __init__(self, chart: Chart):
        self.chart = chart
        self.root = ET.Element("svg", xmlns="http://www.w3.org/2000/svg", role="img",
                               **{"font-family": "system-ui, sans-serif", "font-size": str(SVG_FONT),
                                  "class": "chart-svg", "aria-label": chart.title})
        ET.SubElement(self.root, "title").text = chart.title
        self._text(self.root, self.pad, 18, chart.title, weight="bold", size=SVG_FONT + 2)

    def _finish(self, height: float) -> str:
        self.root.set("viewBox", f"0 0 {SVG_WIDTH} {height:.0f}")
        return ET.tostring(self.root, encoding="unicode")

    @staticmethod
    def _text(parent, x: float, y: float, text: str, anchor: str = "start", weight: str | None = None,
              size: int | None = None, fill: str = "#222") -> ET.Element:
        element = ET.SubElement(parent, "text", x=f"{x:.1f}", y=f"{y:.1f}", fill=fill, **{"text-anchor": anchor})
        if weight:
            element.set("font-weight", weight)
        if size:
            element.set("font-size", str(size))
        element.text = text
        return element

    def _bar(self, bar: Bar, x: float, y: float, w: float, h: float, hit: tuple[float, float] | None = None,
             across: tuple[float, float] | None = None) -> ET.Element:
        """A rectangle in a link (when the bar has one), with its label and text as a tooltip; returns the parent
        to put the bar's own text in. `hit` (top, bottom): the link also covers the bar's width (or `across`, from
        left to right) over that height, unseen, so that a short or narrow bar can be tapped on a phone."""
        parent = ET.SubElement(self.root, "a", href=bar.href) if bar.href else self.root
        if hit and bar.href:  # under the bar, which keeps its tooltip
            left, right = across if across else (x, x + max(w, 0))
            ET.SubElement(parent, "rect", x=f"{left:.1f}", y=f"{hit[0]:.1f}", width=f"{right - left:.1f}",
                          height=f"{hit[1] - hit[0]:.1f}", fill="transparent", **{"aria-hidden": "true"})
        rect = ET.SubElement(parent, "rect", x=f"{x:.1f}", y=f"{y:.1f}", width=f"{max(w, 0):.1f}",
                             height=f"{max(h, 0):.1f}", fill=_fill(bar))
        series = f"{self.chart.series[bar.series]}, " if len(self.chart.series) > 1 else ""  # which of a pair
        ET.SubElement(rect, "title").text = f"{series}{bar.name or bar.label}: {bar.text or _number(bar.value)}"
        return parent

    def _grid(self, x0: float, y0: float, x1: float, y1: float) -> None:
        ET.SubElement(self.root, "line", x1=f"{x0:.1f}", y1=f"{y0:.1f}", x2=f"{x1:.1f}", y2=f"{y1:.1f}",
                      stroke="#ddd")

    def empty(self) -> str:
        self._text(self.root, SVG_WIDTH / 2, self.title_h + 40, self.chart.empty_text, anchor="middle", fill="#555")
        return self._finish(self.title_h + 70)

    def hbars(self) -> str:
        # 36 a row: a row's link (the whole row) is 30 px high on a 390 px phone, where 28 gave 23.8 px, under the
        # 24 px a target needs (WCAG 2.5.8)
        chart, row = self.chart, 36
        labels = chart.labels
        label_w = min(SVG_WIDTH * 0.4, 0.62 * SVG_FONT * max(len(label) for label in labels) + 12)
        text_w = 0.62 * SVG_FONT * max(len(bar.text) for bar in chart.bars) + 10
        ticks = nice_ticks(chart.max_value or max(bar.value for bar in chart.bars))
        left, right, top = label_w, SVG_WIDTH - text_w - self.pad, self.title_h + 8
        bottom = top + row * len(labels)
        scale = (right - left) / ticks[-1]
        for tick in ticks:
            x = left + tick * scale
            self._grid(x, top, x, bottom)
            self._text(self.root, x, bottom + 16, _number(tick) + chart.unit, anchor="middle", size=SVG_FONT - 1,
                       fill="#555")
        place = {label: top + row * i for i, label in enumerate(labels)}
        for label, y in place.items():
            self._text(self.root, left - 6, y + row / 2 + 4, label, anchor="end")
        for bar in chart.bars:
            y, width = place[bar.label], bar.value * scale
            # the whole row leads to its complaints: the bar alone was 17 px high on a phone, and a «1» beside a
            # «40» a few pixels wide
            parent = self._bar(bar, left, y + 4, width, row - 8, hit=(y, y + row), across=(0, SVG_WIDTH))
            if bar.text:
                self._text(parent, left + width + 4, y + row / 2 + 4, bar.text)
        return self._finish(bottom + 24)

    @staticmethod
    def _column_label_step(labels: list[str], slot: float) -> int:
        """Every how many columns one is named: never more names than fit side by side under the columns (14
        weeks in the 400-wide drawing left each date a column narrower than itself, and the dates ran together)."""
        widest = 0.62 * (SVG_FONT - 1) * max(len(label) for label in labels) + 8
        return max(1, math.ceil(widest / slot))

    def columns(self) -> str:
        chart, height = self.chart, 220
        labels, count = chart.labels, max(len(chart.series), 1)
        ticks = nice_ticks(chart.max_value or max(bar.value for bar in chart.bars))
        left = 0.62 * (SVG_FONT - 1) * max(len(_number(tick)) for tick in ticks) + 12
        right, top = SVG_WIDTH - self.pad, self.title_h + 8
        bottom = top + height
        scale = height / ticks[-1]
        for tick in ticks:
            y = bottom - tick * scale
            self._grid(left, y, right, y)
            self._text(self.root, left - 4, y + 4, _number(tick), anchor="end", size=SVG_FONT - 1, fill="#555")
        slot = (right - left) / len(labels)
        width = slot * 0.8 / count
        place = {label: left + slot * i for i, label in enumerate(labels)}
        for bar in chart.bars:
            x = place[bar.label] + slot * 0.1 + width * bar.series
            # the column's share of its slot is its target, not the column alone (20 px wide on a phone): a pair
            # of columns' targets meet in the middle of their slot
            share = place[bar.label] + slot * bar.series / count
            self._bar(bar, x, bottom - bar.value * scale, width * 0.95, bar.value * scale, hit=(top, bottom),
                      across=(share, share + slot / count))
        named_at = -SVG_WIDTH
        for label in labels[::self._column_label_step(labels, slot)]:
            half = 0.31 * (SVG_FONT - 1) * len(label)  # kept inside the drawing: the last date was cut at its edge
            centre = min(max(place[label] + slot / 2, half + 1), SVG_WIDTH - half - 1)
            if centre - named_at > 2 * half + 4:  # unless moving it in would make it touch the one before
                self._text(self.root, centre, bottom + 16, label, anchor="middle", size=SVG_FONT - 1)
                named_at = centre
        x = left
        for series, name in enumerate(chart.series):  # the legend, under the labels
            ET.SubElement(self.root, "rect", x=f"{x:.1f}", y=f"{bottom + 28:.1f}", width="12", height="12",
                          fill=SERIES_COLORS[series % len(SERIES_COLORS)])
            self._text(self.root, x + 16, bottom + 38, name)
            x += 16 + 0.62 * SVG_FONT * len(name) + 20
        end = bottom + (48 if chart.series else 24)
        for line in chart.note.splitlines():  # one line each: the drawing does not wrap text
            self._text(self.root, left, end + 10, line, size=SVG_FONT - 1, fill="#555")
            end += 18
        return self._finish(end)
