"""While the Deadlines list is in its default, urgency order, a line above the first row of each
group (overdue, due this week, later, waiting for confirmation), so the groups read as groups.

Qt draws the line itself: the group's first row answers BackgroundRole with a brush whose top
LINE_WIDTH pixels are the palette's text colour and the rest transparent (the item view fills
each cell's background with its brush from the cell's top-left corner). A Python delegate
painting it ran on every cell of every repaint: slow on big lists and, with PySide6 6.12 on
CPython 3.11, a lost reference to None per call until the interpreter aborts."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QLinearGradient, QPalette


class _Row(Protocol):
    category: Any


class DeadlineTableModel(Protocol):
    """What the divider reads of the Deadlines model (a protocol: the model imports this module)."""

    query: dict[str, Any]

    def row_count(self) -> int: ...

    def row_at(self, row: int) -> _Row | None: ...

URGENCY_COLUMNS = (7, 8)  # days left and the note sort by urgency (see deadlines_model._SORTS)
LINE_WIDTH = 2


def starts_group(model: DeadlineTableModel, row: int) -> bool:
    """Row `row` is the first of its group in the urgency order (never the list's first row)."""
    if row <= 0 or row >= model.row_count() or model.query.get("descending") or \
            model.query.get("sort_column") not in URGENCY_COLUMNS:
        return False
    above, this = model.row_at(row - 1), model.row_at(row)
    return above is not None and this is not None and above.category != this.category


class DividerBrush:
    """The divider's brush in the current palette's text colour (light, dark or high contrast:
    re-made when that colour changes)."""

    def __init__(self) -> None:
        self._rgba: int | None = None
        self._brush = QBrush()

    def brush(self) -> QBrush:
        colour = QGuiApplication.palette().color(QPalette.ColorRole.Text)
        if colour.rgba() != self._rgba:
            self._rgba = colour.rgba()
            self._brush = divider_brush(colour)
        return self._brush


def divider_brush(colour: QColor) -> QBrush:
    """A cell background that is a LINE_WIDTH-pixel line in `colour` along the cell's top."""
    clear = QColor(colour)
    clear.setAlpha(0)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(0, 2 * LINE_WIDTH))
    # Pixel coordinates from the brush origin, which the view puts at each cell's top-left.
    gradient.setStops([(0.0, colour), (0.5, colour), (0.5001, clear), (1.0, clear)])
    return QBrush(gradient)
