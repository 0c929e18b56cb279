"""One chart description, two drawings: SVG with links for the page, PNG for WhatsApp."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image

from lapor import charts
from lapor.performance import AgencyRow

ROOT = Path(__file__).resolve().parents[2]


def rows():
    return [AgencyRow(1, "DLH", "DLH", False, received=10, on_time=9, late=1),
            AgencyRow(2, "PUPR", "PUPR", False, received=8, on_time=2, late=2, overdue=4),
            AgencyRow(3, "PLN", "PLN", True, received=3),
            AgencyRow(4, "DINKES", "Dinkes", False, received=4, on_time=3, overdue=1)]


def test_on_time_is_worst_first_without_agencies_never_judged():
    chart = charts.on_time_chart("Tepat waktu", rows())
    assert chart.labels == ["PUPR", "DINKES", "DLH"]
    assert [bar.text for bar in chart.bars] == ["25% (2/8)", "75% (3/4)", "90% (9/10)"]
    assert [bar.color for bar in chart.bars] == [charts.POOR, charts.FAIR, charts.GOOD]


def test_svg_links_every_bar_to_its_complaints():
    chart = charts.on_time_chart("Tepat waktu", rows(), link=lambda row: f"/?agency={row.code}&amp;x=1")
    svg = charts.to_svg(chart)
    assert svg.startswith("<svg") and ">PUPR<" in svg and ">25% (2/8)<" in svg
    for code in ("PUPR", "DINKES", "DLH"):
        assert f'/?agency={code}' in svg


def test_png_is_phone_wide_and_grows_with_agencies():
    small = Image.open(io.BytesIO(charts.to_png(charts.on_time_chart("Tepat waktu", rows()[:2]))))
    many = [AgencyRow(i, f"OPD{i}", "x", False, on_time=i, late=1) for i in range(1, 16)]
    large = Image.open(io.BytesIO(charts.to_png(charts.on_time_chart("Tepat waktu", many))))
    assert small.format == "PNG" and small.width == charts.PNG_WIDTH_PX == large.width
    assert large.height > small.height * 2


def test_weekly_and_empty_charts_draw():
    weekly = charts.weekly_chart("Per minggu", [(date(2026, 3, 2), 2, 0), (date(2026, 3, 9), 0, 1)],
                                 ("Masuk", "Selesai"), link=lambda monday, which: f"/?w={monday}&s={which}")
    assert weekly.labels == ["02/03", "09/03"] and "/?w=2026-03-09&amp;s=1" in charts.to_svg(weekly)
    empty = charts.to_svg(charts.Chart("Kosong", (), empty_text="Belum ada data"))
    assert "Belum ada data" in empty


def test_a_column_or_bar_of_nothing_is_drawn_but_is_no_link():
    """A keyboard user tabbed through every empty week of /kinerja's chart, each a link to a list of nothing: a
    column or bar of 0 is still drawn and named (its tooltip says 0) but is no link (nothing to focus); one of 1
    is. A 0% on-time bar is a share of agencies' answers that were late: it lists them, and stays a link."""
    weeks = [(date(2026, 3, 2), 2, 0), (date(2026, 3, 9), 0, 1), (date(2026, 3, 16), 0, 0), (date(2026, 3, 23), 1, 1)]
    weekly = charts.to_svg(charts.weekly_chart("Per minggu", weeks, ("Masuk", "Selesai"),
                                               link=lambda monday, which: f"/?w={monday}&s={which}"))
    assert re.findall(r'<a href="([^"]+)"', weekly) == [
        "/?w=2026-03-02&amp;s=0", "/?w=2026-03-09&amp;s=1", "/?w=2026-03-23&amp;s=0", "/?w=2026-03-23&amp;s=1"]
    titles = re.findall(r"<title>([^<]+)</title>", weekly)
    assert {"Selesai, 02/03: 0", "Masuk, 16/03: 0", "Selesai, 16/03: 0"} <= set(titles), "still drawn and named"
    assert ">16/03<" in weekly
    kinds = charts.to_svg(charts.count_chart("Jenis", [("pengaduan", 2), ("aspirasi", 0)],
                                             {"pengaduan": "Pengaduan", "aspirasi": "Aspirasi"},
                                             link=lambda kind: f"/?kind={kind}"))
    assert re.findall(r'<a href="([^"]+)"', kinds) == ["/?kind=pengaduan"] and "<title>Aspirasi: 0</title>" in kinds
    late = [AgencyRow(1, "PUPR", "PUPR", False, received=2, late=2), AgencyRow(2, "DLH", "DLH", False, on_time=1)]
    on_time = charts.to_svg(charts.on_time_chart("Tepat waktu", late, link=lambda row: f"/?agency={row.code}"))
    assert re.findall(r'<a href="([^"]+)"', on_time) == ["/?agency=PUPR", "/?agency=DLH"], "0% of 2 lists 2"


def test_each_column_of_a_pair_says_which_series_it_is():
    """Tabbing through the weekly chart read "26/10: 0" twice: a keyboard or screen-reader user could not tell
    received from finished."""
    weekly = charts.weekly_chart("Per minggu", [(date(2026, 10, 26), 3, 1)], ("Masuk", "Selesai"),
                                 link=lambda monday, which: f"/?w={monday}&s={which}")
    titles = re.findall(r"<title>([^<]+)</title>", charts.to_svg(weekly))
    assert "Masuk, 26/10: 3" in titles and "Selesai, 26/10: 1" in titles
    kinds = charts.to_svg(charts.count_chart("Jenis", [("pengaduan", 2)], {"pengaduan": "Pengaduan"}))
    assert "<title>Pengaduan: 2</title>" in kinds, "one series: its name would only repeat the title"


def test_every_column_of_a_long_period_keeps_its_own_link_and_colour():
    weeks = [(date(2026, 1, 5) + timedelta(weeks=i), 100 + i, i) for i in range(30)]
    chart = charts.weekly_chart("Per minggu", weeks, ("Masuk", "Selesai"),
                                link=lambda monday, which: f"/?w={monday}&s={which}")
    svg = charts.to_svg(chart)
    links = re.findall(r'<a href="([^"]+)"', svg)
    assert sorted(links) == sorted(f"/?w={monday}&amp;s={which}" for monday, received, finished in weeks
                                   for which, count in ((0, received), (1, finished)) if count)
    assert svg.count(charts.NEUTRAL) >= 30 and svg.count(charts.SECOND) >= 30  # both series' colours
    assert ">Masuk<" in svg and ">Selesai<" in svg  # the legend


def test_axis_values_are_round_and_reach_the_largest_bar():
    assert charts.nice_ticks(100) == [0, 20, 40, 60, 80, 100]
    assert charts.nice_ticks(9_137) == [0, 2_000, 4_000, 6_000, 8_000, 10_000]
    assert charts.nice_ticks(3) == [0, 1, 2, 3]
    assert charts.nice_ticks(0) == [0, 1]
    assert charts.nice_ticks(2) == [0, 1, 2], "complaints are whole: no 0.5 or 1.5 on the axis"
    assert charts.nice_ticks(1) == [0, 1]


def test_the_png_axes_count_whole_complaints():
    """Two complaints in a week were drawn on an axis of 0, 0.25, 0.5 … 2 in the digest's picture."""
    weekly = charts.weekly_chart("Per minggu", [(date(2026, 11, 16), 2, 1), (date(2026, 11, 23), 1, 0)],
                                 ("Masuk", "Selesai"))
    counts = charts.count_chart("Jenis", [("pengaduan", 2), ("aspirasi", 1)])
    for chart, axis in ((weekly, "y"), (counts, "x")):
        axes = charts._draw(chart, 4.0).axes[0]
        ticks = (axes.get_yticks() if axis == "y" else axes.get_xticks())
        assert all(tick == int(tick) for tick in ticks), ticks


def test_names_and_links_with_markup_characters_are_escaped():
    chart = charts.count_chart("Dinas <P&K>", [("p&k", 3)], {"p&k": "Pendidikan & Kebudayaan"},
                               link=lambda value: f"/?agency={value}&kind=x")
    svg = charts.to_svg(chart)
    assert "Dinas &lt;P&amp;K&gt;" in svg and ">Pendidikan &amp; Kebudayaan<" in svg
    assert '<a href="/?agency=p&amp;k&amp;kind=x">' in svg


def test_the_web_draws_its_charts_without_matplotlib():
    code = ("import sys; from lapor import charts; "
            "charts.to_svg(charts.count_chart('Jenis', [('a', 2)])); print('matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_the_dates_under_the_columns_never_run_together():
    """A quarter (14 weeks) or a year (53) drew each date wider than its column: "31/0807/0914/09…"."""
    for count in (6, 14, 27, 49, 53):
        weeks = [(date(2026, 1, 5) + timedelta(weeks=i), i % 4, i % 3) for i in range(count)]
        svg = charts.to_svg(charts.weekly_chart("Per minggu", weeks, ("Masuk", "Selesai")))
        named = [float(x) for x in re.findall(r'<text x="([\d.]+)" y="[\d.]+"[^>]*>\d\d/\d\d</text>', svg)]
        date_width = 0.62 * (charts.SVG_FONT - 1) * len("05/01")
        assert len(named) >= min(count, 6), count
        assert all(b - a > date_width for a, b in zip(named, named[1:], strict=False)), count
        assert named[0] - date_width / 2 >= 0 and named[-1] + date_width / 2 <= charts.SVG_WIDTH, "none cut"


@pytest.mark.parametrize("done, total, shown", [
    (1, 8, 13),  # 12.5: the page, the chart and the digest read 12% where a calculator and Excel say 13%
    (3, 8, 38),
    (5, 8, 63),  # 62.5 read 62% (halves went to the even neighbour)
    (29, 200, 15),  # 14.5, which a float holds as 14.4999…
    (1, 200, 1),
    (1, 201, 0),
    (1, 3, 33),
    (2, 3, 67),
    (0, 5, 0),
    (5, 5, 100),
])
def test_a_whole_percentage_rounds_halves_up_as_people_count(done, total, shown):
    assert charts.whole_percent(done / total) == shown
    assert charts.percent(done / total) == f"{shown}%"


def test_the_on_time_axis_says_its_values_are_percent_and_counts_stay_plain():
    """«Tepat waktu per instansi» had an axis of 0, 20 … 100 beside bars of «0% (0/2)»: a supervisor could not
    tell 100 of what. Its axis reads 0% … 100%; the axes of counts (kinds, sources) stay plain numbers."""
    on_time = charts.to_svg(charts.on_time_chart("Tepat waktu", rows()))
    ticks = re.findall(r">(\d+%?)</text>", on_time)
    assert ticks[:6] == ["0%", "20%", "40%", "60%", "80%", "100%"], ticks
    counted = charts.to_svg(charts.count_chart("Jenis laporan", [("pengaduan", 6)], {"pengaduan": "Pengaduan"}))
    assert "%" not in counted and re.findall(r">(\d+)</text>", counted)[:2] == ["0", "2"]
