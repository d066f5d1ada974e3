"""The paragraph-keeping pass of app.render.pdf: no paragraph shorter than half a page is left
across a page break (pdftotext would read its clipped copy twice), a longer one stays split,
and the whole document stays laid out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextBlock, QTextDocument, QTextFormat

from app.render import pdf
from app.render.qt import ensure_gui_application

# Paragraphs of 1 to 25 lines, lists now and then, and one paragraph longer than half a page.
BODY = "".join(
    f"<p>Paragraph {n}: {'words that wrap across the line ' * (1 + n % 9 * 3)}</p>"
    + ("<ul><li>an item</li><li>another item that is a little longer</li></ul>"
       if n % 4 == 0 else "")
    for n in range(30)
) + f"<p>The long one: {'many words in a very long paragraph ' * 120}</p><p>The end.</p>"
TABLE = "<table border='1'><tr><td>a cell</td><td>another cell</td></tr></table>"


def _document(html: str, page_height: float) -> QTextDocument:
    ensure_gui_application()
    document = QTextDocument()
    document.setDefaultFont(pdf.letter_font())
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.setPageSize(QSizeF(480, page_height))
    return document


@pytest.mark.parametrize("html", [BODY, TABLE + BODY], ids=["paragraphs", "with-a-table"])
@pytest.mark.parametrize("page_height", [225, 520, 777])
def test_no_short_paragraph_is_left_across_a_page_break(html: str, page_height: int):
    document = _document(html, page_height)
    pdf.keep_paragraphs_on_one_page(document)
    layout = document.documentLayout()
    moved = split = 0
    block = document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        first_page = int(rect.top() // page_height)
        last_page = int((rect.bottom() - 1) // page_height)
        if first_page != last_page:
            assert rect.height() >= page_height / 2, block.text()[:40]
            split += 1
        policy = block.blockFormat().pageBreakPolicy()
        moved += bool(policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        block = block.next()
    assert moved and split  # paragraphs were moved, and the long one is still split


@pytest.mark.parametrize("html", [BODY, TABLE + BODY], ids=["paragraphs", "with-a-table"])
def test_moving_paragraphs_leaves_the_whole_document_laid_out(html: str):
    # Qt's relayout after a moved paragraph once stopped short while taking the layout as
    # finished, and the PDF lost every page after the second.
    document = _document(html, 890)
    pdf.keep_paragraphs_on_one_page(document)
    layout = document.documentLayout()
    kept = [layout.blockBoundingRect(block) for block in _blocks(document)]
    assert all(rect.height() > 0 for rect in kept)
    document.setPageSize(document.pageSize())  # lays everything out again from scratch
    assert [layout.blockBoundingRect(block) for block in _blocks(document)] == kept


def _blocks(document: QTextDocument) -> list[QTextBlock]:
    blocks, block = [], document.begin()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    return blocks


@pytest.mark.parametrize("past", [0.2, 0.8, 3.0])
def test_a_paragraph_ending_a_fraction_of_a_point_past_the_break_moves_too(past: float):
    # Qt draws a paragraph that crosses the break by even a fraction of a point on both pages
    # (17 of 500 benchmark letters printed their closing line twice with a 1-point tolerance).
    html = "<p>First paragraph that wraps " + "across lines " * 30 + "</p><p>The closing.</p>"
    tall = _document(html, 100_000)
    closing = tall.lastBlock()
    bottom = tall.documentLayout().blockBoundingRect(closing).bottom()
    document = _document(html, bottom - past)
    last = document.lastBlock()
    assert document.documentLayout().blockBoundingRect(last).bottom() > document.pageSize().height()
    pdf.keep_paragraphs_on_one_page(document)
    assert last.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
