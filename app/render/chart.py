"""The company report's bar chart, drawn with QPainter (QtCharts is not in PySide6-Essentials).
One horizontal bar per company, split into answered on time, late and pending; the same
function paints the Reports page and the PDF."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from app.core.reports import CompanyFigures

SEGMENTS = (
    ("on_time", "Answered on time", QColor("#2e7d32")),
    ("late", "Late or ignored", QColor("#c62828")),
    ("pending", "Pending", QColor("#9e9e9e")),
)
MAX_ROWS = 15


def chart_height(rows: int, font: QFont) -> float:
    """The height the chart needs for `rows` companies (legend included)."""
    line = QFontMetricsF(font).height()
    return line * 2.2 + min(rows, MAX_ROWS) * line * 1.6 + line


def paint_company_chart(painter: QPainter, rect: QRectF, figures: list[CompanyFigures],
                        font: QFont, text: QColor,
                        labels: tuple[str, str, str] | None = None,
                        empty_text: str = "No requests sent yet.") -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    line = metrics.height()
    names = labels or tuple(label for _, label, _ in SEGMENTS)
    shown = figures[:MAX_ROWS]
    if not shown:
        painter.setPen(text)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, empty_text)
        painter.restore()
        return

    # Legend
    x = rect.left()
    for (_, _, color), label in zip(SEGMENTS, names, strict=True):
        painter.fillRect(QRectF(x, rect.top() + line * 0.2, line * 0.8, line * 0.8), color)
        painter.setPen(text)
        painter.drawText(QRectF(x + line, rect.top(), metrics.horizontalAdvance(label) + 4, line),
                         Qt.AlignmentFlag.AlignVCenter, label)
        x += line * 1.8 + metrics.horizontalAdvance(label)

    top = rect.top() + line * 2.2
    row_height = max(line * 1.2, min(line * 1.6, (rect.bottom() - top) / len(shown)))
    label_width = min(rect.width() * 0.32,
                      max(metrics.horizontalAdvance(f.name) for f in shown) + line)
    count_width = metrics.horizontalAdvance("0000") + line
    bar_left = rect.left() + label_width
    bar_width = max(10.0, rect.width() - label_width - count_width)
    most = max(f.sent for f in shown) or 1
    for index, figures_row in enumerate(shown):
        y = top + index * row_height
        painter.setPen(text)
        name = metrics.elidedText(figures_row.name, Qt.TextElideMode.ElideRight,
                                  label_width - line * 0.5)
        painter.drawText(QRectF(rect.left(), y, label_width - line * 0.5, row_height),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, name)
        x = bar_left
        bar_top, bar_h = y + row_height * 0.15, row_height * 0.7
        for key, _, color in SEGMENTS:
            value = getattr(figures_row, key)
            if not value:
                continue
            width = bar_width * value / most
            painter.fillRect(QRectF(x, bar_top, width, bar_h), color)
            x += width
        painter.setPen(QPen(text))
        painter.drawText(QRectF(x + line * 0.3, y, count_width, row_height),
                         Qt.AlignmentFlag.AlignVCenter, str(figures_row.sent))
    painter.restore()
