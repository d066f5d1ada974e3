"""Letter -> PDF through QTextDocument and QPdfWriter: US Letter or A4, text that pdftotext
extracts with words intact (typographic ligatures such as "ffi" switched off), and document
metadata that names the reference only, never the person."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from app.core.letters import Letter, letter_html
from app.render.qt import ensure_gui_application

RESOLUTION = 300
MARGIN_MM = 22.0
LIGATURE_FEATURES = ("liga", "clig", "dlig", "hlig")
PAGE_SIZES = {"Letter": QPageSize.PageSizeId.Letter, "A4": QPageSize.PageSizeId.A4}


def letter_font(point_size: float = 11.0) -> QFont:
    font = QFont(["DejaVu Serif", "Liberation Serif", "Times New Roman", "serif"])
    font.setPointSizeF(point_size)
    for tag in LIGATURE_FEATURES:
        font.setFeature(QFont.Tag.fromString(tag), 0)
    return font


def html_to_pdf(html: str, page_size: str = "Letter", title: str = "OffMap letter") -> bytes:
    """Renders HTML to PDF bytes; also the baseline the letters benchmark compares with."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("OffMap")
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(
        QPageSize(PAGE_SIZES.get(page_size, QPageSize.PageSizeId.Letter)),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    ))
    document = QTextDocument()
    document.setDefaultFont(letter_font())
    document.setDocumentMargin(0)
    document.setHtml(html)
    # A paginated document (page size set) prints without Qt's extra 2 cm margin and page
    # numbers; its layout unit is the 96-dpi pixel, so the point-sized paint rect is scaled.
    paint = writer.pageLayout().paintRectPoints()
    document.setPageSize(QSizeF(paint.width() * 96 / 72, paint.height() * 96 / 72))
    keep_paragraphs_on_one_page(document)
    document.print_(writer)
    del writer
    buffer.close()
    return bytes(data.data())


def keep_paragraphs_on_one_page(document: QTextDocument, max_passes: int = 50) -> None:
    """Moves a paragraph that would straddle a page break to the next page. Qt draws a
    straddling paragraph on both pages and clips it, and the clipped copy stays in the PDF's
    text, so pdftotext would read those lines twice."""
    layout = document.documentLayout()
    page_height = document.pageSize().height()
    for _ in range(max_passes):
        block = document.begin()
        moved = False
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            first_page = int(rect.top() // page_height)
            # Even a fraction of a point past the break is drawn on both pages: only a
            # paragraph ending exactly on it (float noise aside) stays.
            last_page = int((rect.bottom() - 0.01) // page_height)
            if first_page != last_page and rect.height() < page_height / 2:
                block_format = block.blockFormat()
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(block_format)
                # Qt's incremental relayout after this change can leave what follows unlaid
                # while taking the layout as finished (Qt 6.x: a letter of three pages or more
                # lost its end in the PDF), so everything from here on is laid out again.
                document.markContentsDirty(block.position(),
                                           document.characterCount() - block.position())
                moved = True
                break
            block = block.next()
        if not moved:
            return


def letter_pdf(letter: Letter) -> bytes:
    return html_to_pdf(letter_html(letter, for_print=True), letter.page_size,
                       letter.document_title)
