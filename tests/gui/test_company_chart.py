"""The Reports chart: drawn into a pixmap when its figures, size, palette or pixel ratio change,
never on a paint; "Counting…" until the figures arrive, then the bars or the empty text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPixmap

from app.core.reports import CompanyFigures
from app.gui.reports import company_chart
from app.gui.reports.company_chart import MARGIN, CompanyChart
from app.render.chart import SEGMENTS, paint_company_chart

FIGURES = [CompanyFigures("att", "AT&T", sent=5, on_time=2, late=2, refused=1, pending=1),
           CompanyFigures("kochava", "Kochava", sent=2, on_time=2)]
ON_TIME = SEGMENTS[0][2]


@pytest.fixture
def chart(qtbot):
    widget = CompanyChart()
    qtbot.addWidget(widget)
    widget.resize(600, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _image(chart: CompanyChart) -> QImage:
    return chart.pixmap().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _colours(image: QImage) -> set[str]:
    return {image.pixelColor(x, y).name() for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)}


def _reference(chart: CompanyChart, figures, empty_text: str) -> QImage:
    """What render.chart draws for these figures at the chart's size and font (as the PDF)."""
    pixmap = QPixmap(chart.size())
    pixmap.fill(chart.palette().color(QPalette.ColorRole.Base))
    painter = QPainter(pixmap)
    paint_company_chart(painter, QRectF(0, 0, chart.width(), chart.height()).adjusted(
        MARGIN, MARGIN, -MARGIN, -MARGIN), figures, chart.font(),
        chart.palette().color(QPalette.ColorRole.Text),
        labels=("Answered on time", "Late or ignored", "Pending"), empty_text=empty_text)
    painter.end()
    return pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_the_chart_is_drawn_at_its_size_and_again_when_it_changes(chart, qtbot):
    assert chart.pixmap().deviceIndependentSize().toSize() == QSize(600, 300)
    chart.resize(800, 260)
    assert chart.pixmap().deviceIndependentSize().toSize() == QSize(800, 260)
    assert _image(chart) == _reference(chart, [], chart._empty_text())


def test_new_figures_draw_the_bars(chart):
    before = chart.pixmap().cacheKey()
    assert ON_TIME.name() not in _colours(_image(chart))
    chart.set_figures(FIGURES)
    assert chart.pixmap().cacheKey() != before
    assert ON_TIME.name() in _colours(_image(chart))
    assert _image(chart) == _reference(chart, FIGURES, "")
    assert chart.minimumHeight() > 2 * MARGIN


def test_counting_then_empty_texts(chart):
    chart.set_counting(True)
    assert chart.counting
    assert _image(chart) == _reference(chart, [], "Counting…")
    chart.set_figures([])
    assert not chart.counting
    empty = _reference(
        chart, [], "No requests sent yet: the chart fills in as companies answer (or do not).")
    assert _image(chart) == empty
    assert empty != _reference(chart, [], "Counting…")


def test_a_palette_change_redraws_in_its_colours(chart):
    chart.set_figures(FIGURES)
    palette = chart.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1f1f1f"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#ececec"))
    chart.setPalette(palette)
    image = _image(chart)
    assert image.pixelColor(1, 1) == QColor("#1f1f1f")
    assert image == _reference(chart, FIGURES, "")


def test_sharp_on_a_high_dpi_screen(chart, monkeypatch):
    drawn: list[QPixmap] = []
    monkeypatch.setattr(CompanyChart, "devicePixelRatioF", lambda _self: 2.0)
    monkeypatch.setattr(CompanyChart, "setPixmap", lambda _self, pixmap: drawn.append(pixmap))
    chart.redraw()
    pixmap = drawn[0]  # (QLabel.pixmap() gives it back at the test screen's ratio, 1)
    assert (pixmap.width(), pixmap.height(), pixmap.devicePixelRatio()) == (1200, 600, 2.0)


def test_painting_runs_no_chart_code(chart, monkeypatch):
    chart.set_figures(FIGURES)
    calls = []
    monkeypatch.setattr(company_chart, "paint_company_chart",
                        lambda *args, **kwargs: calls.append(args))
    for _ in range(5):
        chart.repaint()
    assert calls == []
    chart.resize(700, 300)
    assert len(calls) == 1


def test_moving_to_a_screen_of_another_pixel_ratio_redraws(chart, qtbot, monkeypatch):
    drawn: list[QPixmap] = []
    monkeypatch.setattr(CompanyChart, "setPixmap", lambda _self, pixmap: drawn.append(pixmap))
    window = chart.window().windowHandle()
    window.screenChanged.emit(window.screen())  # the same ratio: nothing to draw again
    qtbot.wait(20)
    assert drawn == []
    monkeypatch.setattr(CompanyChart, "devicePixelRatioF", lambda _self: 2.0)
    window.screenChanged.emit(window.screen())
    qtbot.waitUntil(lambda: len(drawn) == 1)
    assert (drawn[0].width(), drawn[0].devicePixelRatio()) == (1200, 2.0)
