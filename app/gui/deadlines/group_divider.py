"""While the Deadlines list is in its default, urgency order, a line above the first row of each
group (overdue, due this week, later, waiting for confirmation), so the groups read as groups."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.gui.deadlines.deadlines_model import DeadlineTableModel

URGENCY_COLUMNS = (7, 8)  # days left and the note sort by urgency (see deadlines_model._SORTS)


def starts_group(model: DeadlineTableModel, row: int) -> bool:
    """Row `row` is the first of its group in the urgency order (never the list's first row)."""
    if row <= 0 or row >= model.row_count() or model.query.get("descending") or \
            model.query.get("sort_column") not in URGENCY_COLUMNS:
        return False
    above, this = model.row_at(row - 1), model.row_at(row)
    return above is not None and this is not None and above.category != this.category


class GroupDivider(QStyledItemDelegate):
    def __init__(self, proxy: QSortFilterProxyModel, model: DeadlineTableModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.model = model

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        if starts_group(self.model, self.proxy.mapToSource(index).row()):
            painter.save()
            pen = QPen(option.palette.color(QPalette.ColorRole.Text))
            pen.setWidth(2)
            painter.setPen(pen)
            rect = option.rect
            painter.drawLine(rect.topLeft(), rect.topRight())
            painter.restore()
