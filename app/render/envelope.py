"""A letter for the post: the recipient's address placed where a window envelope shows it, the
sender's address above, the letter text flowing below and on to further pages.

Placement (all measured from the top-left corner of the sheet):
- US #10 window envelope (4 1/8 x 9 1/2 in) with a US Letter sheet folded in thirds: address
  block 1.0 in from the left, from 2.25 in to at most 3.125 in from the top, at most 3.5 in
  wide. That is behind the window of the common single-window #10 envelope with the insert
  anywhere in its play; USPS Publication 25 section 3-9 (about.usps.com/publications/pub25/
  pub25_ch3_009.htm, read 2026-12-03) requires every character of the address to stay visible
  with 1/8 in clear of the window's edges as the insert moves. Window positions vary between
  makers: confidence `secondary`, check one envelope before a batch.
- DL window envelope with an A4 sheet (DIN 5008 form B, din-5008-richtlinien.de/startseite/
  anschriftenfeld/ and der-private-geschaeftsbrief.de.tl, read 2026-12-03): address field
  45 mm from the top and 20 mm from the left, 85 x 45 mm; its upper 17.7 mm hold the return
  address, the address itself starts 62.7 mm from the top (27.3 mm, six lines); text is set
  on the 25 mm alignment line. Confidence `secondary`.
Text stays extractable (pdftotext) and ligature-free like the other letters."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
)

from app.core.letters import Letter
from app.render.pdf import LIGATURE_FEATURES, keep_paragraphs_on_one_page, letter_font
from app.render.qt import ensure_gui_application

DPI = 720  # device units: 1/720 in (a tenth of a point), fine enough for exact placement
MM = DPI / 25.4
INCH = float(DPI)


@dataclass(frozen=True)
class EnvelopeLayout:
    """Where things go on the first page, in inches from the sheet's top-left corner."""

    name: str
    page: QPageSize.PageSizeId
    window: tuple[float, float, float, float]  # left, top, width, height of the address block
    sender: tuple[float, float]  # left, top of the sender's lines
    return_line_bottom: float | None  # baseline zone bottom of the one-line return address
    body_top: float  # where the letter text starts on the first page
    margin: float  # left/right/top/bottom margin of the body (and of later pages)


LAYOUTS = {
    "us10": EnvelopeLayout(
        name="US #10 window envelope", page=QPageSize.PageSizeId.Letter,
        window=(1.0, 2.25, 3.5, 0.875), sender=(1.0, 0.5), return_line_bottom=None,
        body_top=3.5, margin=1.0),
    "dl": EnvelopeLayout(
        name="DL window envelope (DIN 5008 form B)", page=QPageSize.PageSizeId.A4,
        window=(25 / 25.4, 62.7 / 25.4, 80 / 25.4, 27.3 / 25.4), sender=(25 / 25.4, 12 / 25.4),
        return_line_bottom=61.5 / 25.4, body_top=103.4 / 25.4, margin=25 / 25.4),
}


def _font(family_serif: bool, point_size: float) -> QFont:
    if family_serif:
        return letter_font(point_size)
    font = QFont(["DejaVu Sans", "Liberation Sans", "Arial", "sans-serif"])
    font.setPointSizeF(point_size)
    for tag in LIGATURE_FEATURES:
        font.setFeature(QFont.Tag.fromString(tag), 0)
    return font


def _lines_fitting(painter: QPainter, lines: list[str], width: float, height: float,
                   sizes: tuple[float, ...]) -> tuple[QFont, float, list[str]]:
    """The largest font size (of `sizes`) at which every line fits the box; lines too wide
    even at the smallest size are elided rather than spilling out of the window."""
    for size in sizes:
        font = _font(False, size)
        metrics = QFontMetricsF(font, painter.device())
        leading = metrics.lineSpacing()
        if leading * len(lines) <= height and \
                all(metrics.horizontalAdvance(line) <= width for line in lines):
            return font, leading, lines
    font = _font(False, sizes[-1])
    metrics = QFontMetricsF(font, painter.device())
    fitted = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]
    max_lines = max(1, int(height // metrics.lineSpacing()))
    return font, metrics.lineSpacing(), fitted[:max_lines]



def _draw_lines(painter: QPainter, font: QFont, leading: float, left: float, top: float,
                lines: list[str]) -> None:
    painter.setFont(font)
    ascent = QFontMetricsF(font, painter.device()).ascent()
    for index, line in enumerate(lines):
        painter.drawText(QPointF(left, top + ascent + index * leading), line)


def window_letter_pdf(letter: Letter, recipient_lines: list[str], envelope: str) -> bytes:
    """The letter with `recipient_lines` in the envelope's window (see the module docstring)."""
    ensure_gui_application()
    layout = LAYOUTS[envelope]
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(letter.document_title)
    writer.setCreator("OffMap")
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(layout.page), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Inch))
    page = writer.pageLayout().fullRectPixels(DPI)
    margin = layout.margin * INCH
    body_width = page.width() - 2 * margin
    body_height = page.height() - 2 * margin

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(letter_font())
    document.setDocumentMargin(0)
    document.setHtml(body_html(letter))
    document.setPageSize(QSizeF(body_width, body_height))
    _push_down(document, layout.body_top * INCH - margin)
    keep_paragraphs_on_one_page(document)

    painter = QPainter(writer)
    try:
        _first_page_addresses(painter, layout, letter, recipient_lines)
        for index in range(document.pageCount()):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(margin, margin - index * body_height)
            clip = QRectF(0, index * body_height, body_width, body_height)
            painter.setClipRect(clip)
            document.drawContents(painter, clip)
            painter.restore()
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def _push_down(document: QTextDocument, offset: float) -> None:
    """Starts the text `offset` lower on the first page (below the window area) with an empty
    frame of that height: Qt drops a block's top margin at the top of a page, not a frame."""
    first_text = document.begin()
    spacer = QTextFrameFormat()
    spacer.setMargin(0)
    spacer.setPadding(0)
    spacer.setBorder(0)
    spacer.setHeight(QTextLength(QTextLength.Type.FixedLength, offset))
    frame = QTextCursor(first_text).insertFrame(spacer)
    layout = document.documentLayout()
    start = layout.blockBoundingRect(frame.lastCursorPosition().block().next()).top()
    spacer.setHeight(QTextLength(QTextLength.Type.FixedLength,
                                 max(1.0, offset - (start - offset))))
    frame.setFrameFormat(spacer)


def body_html(letter: Letter) -> str:
    """The letter from its date on (the addresses are drawn in place on the first page), in
    the same layout as letters.html.j2."""
    e = html.escape
    parts = [f"<p class='date'>{e(letter.date)}</p>",
             f"<p class='subject'><b>Subject: {e(letter.subject)}</b></p>",
             f"<p>{e(letter.salutation)}</p>"]
    for block in letter.blocks:
        if block.kind == "p":
            parts.append(f"<p>{e(block.text)}</p>")
        else:
            parts.append("<ul>" + "".join(f"<li>{e(item)}</li>" for item in block.items)
                         + "</ul>")
    parts += [f"<p>{e(letter.closing)}</p>", f"<p class='signature'>{e(letter.signature)}</p>"]
    return f"<html><head><style>{_STYLE}</style></head><body>{''.join(parts)}</body></html>"


_STYLE = ("p { margin-top: 0px; margin-bottom: 10px; line-height: 125%; } "
          "ul { margin-top: 0px; margin-bottom: 10px; } "
          "li { margin-bottom: 3px; line-height: 125%; } p.date { margin-bottom: 18px; } "
          "p.subject { font-weight: bold; margin-bottom: 16px; } p.signature { margin-top: 30px; }")


def _first_page_addresses(painter: QPainter, layout: EnvelopeLayout, letter: Letter,
                          recipient_lines: list[str]) -> None:
    left, top, width, height = (v * INCH for v in layout.window)
    font, leading, lines = _lines_fitting(painter, recipient_lines, width, height,
                                          (10.0, 9.0, 8.0))
    _draw_lines(painter, font, leading, left, top, lines)
    sender = [line for line in letter.sender_lines if line]
    if not sender:
        return
    sender_font = _font(True, 9.0)
    sender_leading = QFontMetricsF(sender_font, painter.device()).lineSpacing()
    _draw_lines(painter, sender_font, sender_leading, layout.sender[0] * INCH,
                layout.sender[1] * INCH, sender[:6])
    if layout.return_line_bottom is not None:  # DIN 5008: one small line above the address
        small = _font(False, 7.0)
        metrics = QFontMetricsF(small, painter.device())
        text = metrics.elidedText(", ".join(sender[:4]), Qt.TextElideMode.ElideRight, width)
        _draw_lines(painter, small, metrics.lineSpacing(), left,
                    layout.return_line_bottom * INCH - metrics.lineSpacing(), [text])
