"""One chart description, two drawings: SVG with links for the page, PNG for WhatsApp."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

from PIL import Image

from lapor import charts
from lapor.performance import AgencyRow


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


def test_every_column_of_a_long_period_keeps_its_own_link_and_colour():
    weeks = [(date(2026, 1, 5) + timedelta(weeks=i), 100 + i, i) for i in range(30)]
    chart = charts.weekly_chart("Per minggu", weeks, ("Masuk", "Selesai"),
                                link=lambda monday, which: f"/?w={monday}&s={which}")
    svg = charts.to_svg(chart)
    links = re.findall(r'<a xlink:href="([^"]+)"', svg)
    assert sorted(links) == sorted(f"/?w={monday}&amp;s={which}" for monday, _, _ in weeks for which in (0, 1))
    assert svg.count(charts.NEUTRAL) >= 30 and svg.count(charts.SECOND) >= 30  # both series' colours
    assert ">Masuk<" in svg and ">Selesai<" in svg  # the legend
