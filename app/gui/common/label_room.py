"""Room for a label's text as Qt draws it. A label with an Alt key ("&Teléfono") is drawn in
three runs (before, the underlined letter, after), so the kerning across the underlined letter
is lost ("Te" drawn apart): the text comes out a pixel or two wider than the label's size hint
measured, and a form gives the label exactly its hint, cutting "Teléfono" to "Teléfonc"."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

_ALT_KEY = re.compile(r"&(?!&)(.)")


def drawn_width(label: QLabel) -> int:
    """How far the label's text is inked when drawn from its left edge (rich text: the
    document's ideal width)."""
    text = label.text()
    metrics = label.fontMetrics()
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        return int(document.idealWidth() + 0.999)
    widest = 0
    for line in text.split("\n"):
        found = _ALT_KEY.search(line) if label.buddy() is not None else None
        if found is None:
            runs: tuple[str, ...] = (line.replace("&&", "&"),)
        else:
            before, key, after = line[:found.start()], found.group(1), line[found.end():]
            runs = (before.replace("&&", "&"), key, after.replace("&&", "&"))
        shown = "".join(runs).rstrip()
        if not shown:
            continue
        # Ink ends where the last glyph's does: its right bearing is the room after it.
        width = sum(metrics.horizontalAdvance(run) for run in runs if run)
        width -= metrics.horizontalAdvance("".join(runs)[len(shown):])  # trailing spaces
        widest = max(widest, width - metrics.rightBearing(shown[-1]))
    return widest


def needed_width(label: QLabel) -> int:
    margins = label.contentsMargins()
    indent = max(label.indent(), 0) if label.indent() > 0 else 0
    return drawn_width(label) + margins.left() + margins.right() + 2 * label.margin() + indent


def room_for_alt_keys(root: QWidget) -> None:
    """Every one-line label under `root` that has an Alt key is kept as wide as it is drawn."""
    for label in root.findChildren(QLabel):
        if label.buddy() is not None and not label.wordWrap() and "&" in label.text():
            label.setMinimumWidth(max(label.minimumWidth(), needed_width(label) + 1))
