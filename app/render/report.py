"""The company report as PDF: the definitions, the bar chart (an image drawn by render.chart)
and the table. Companies and counts only: no client is named anywhere."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from app.core.reports import CompanyFigures, totals
from app.render.chart import chart_height, paint_company_chart
from app.render.pdf import MARGIN_MM, RESOLUTION, letter_font
from app.render.qt import ensure_gui_application

CHART_URL = "offmap-chart://companies.png"
DEFINITIONS = (
    "Sent: first requests (not reminders, appeals or complaints) that were sent and did not "
    "bounce. On time: the final answer came by the deadline in force (the extended one when "
    "a valid extension was logged), or the law sets no deadline. Late: the answer came after "
    "the deadline, or there is still none and the deadline has passed. Pending: no answer "
    "yet, deadline not passed. Refused: the final answer was a refusal (also counted as on "
    "time or late). Median days: from sending to the final answer."
)


def _median(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def report_html(figures: list[CompanyFigures], today: date) -> str:
    rows = list(figures) + ([totals(figures)] if figures else [])
    body = "".join(
        "<tr>" + "".join(f"<td{' align=right' if i else ''}>{escape(str(c))}</td>"
                         for i, c in enumerate([
                             f.name, f.sent, f.on_time, f.late, f.refused, f.pending,
                             _median(f.median_days)])) + "</tr>"
        for f in rows
    )
    headers = ["Company", "Sent", "On time", "Late", "Refused", "Pending", "Median days"]
    head = "".join(f"<th{' align=right' if i else ' align=left'}>{escape(h)}</th>"
                   for i, h in enumerate(headers))
    table = (f"<table width='100%' border='1' cellspacing='0' cellpadding='3' "
             f"style='border-collapse:collapse; font-size:9pt'><tr>{head}</tr>{body}</table>"
             if figures else "<p><i>No requests have been sent yet.</i></p>")
    chart = f"<p><img src='{CHART_URL}' width='640'></p>" if figures else ""
    return (
        "<html><head><meta charset='utf-8'></head><body>"
        "<h2>Which companies answer privacy requests on time</h2>"
        f"<p>OffMap company report of {escape(today.isoformat())}, across all clients. "
        "It names no client.</p>"
        f"<p style='font-size:9pt'>{escape(DEFINITIONS)}</p>"
        f"{chart}{table}</body></html>"
    )


def chart_image(figures: list[CompanyFigures], width_px: int = 1920) -> QImage:
    font = QFont(letter_font(10))
    font.setPixelSize(30)
    height = int(chart_height(len(figures), font)) + 20
    image = QImage(width_px, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_company_chart(painter, QRectF(10, 10, width_px - 20, height - 20), figures, font,
                            QColor("black"))
    finally:
        painter.end()
    return image


def report_pdf(figures: list[CompanyFigures], today: date, page_size: str = "Letter") -> bytes:
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle("OffMap company report")
    writer.setCreator("OffMap")
    writer.setResolution(RESOLUTION)
    size = QPageSize.PageSizeId.A4 if page_size == "A4" else QPageSize.PageSizeId.Letter
    writer.setPageLayout(QPageLayout(QPageSize(size), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.setDefaultFont(letter_font())
    document.setDocumentMargin(0)
    if figures:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL),
                             chart_image(figures))
    document.setHtml(report_html(figures, today))
    paint = writer.pageLayout().paintRectPoints()
    document.setPageSize(QSizeF(paint.width() * 96 / 72, paint.height() * 96 / 72))
    document.print_(writer)
    del writer
    buffer.close()
    return bytes(data.data())
