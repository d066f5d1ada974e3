"""The part the Requests and Deadlines tables share: rows about requests, filtered and sorted in
Python (fast on tens of thousands of rows) with a search key per row. Subclasses say how a
column sorts, what text a row is found by, and which rows their other filters let through."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from app.gui.table_model import ColumnsTableModel


class RequestRowsModel(ColumnsTableModel):
    RowRole = Qt.ItemDataRole.UserRole + 1
    RequestIdRole = Qt.ItemDataRole.UserRole + 2
    DEFAULT_SORT = (0, Qt.SortOrder.AscendingOrder)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._keys: list[str] = []
        self._visible: list[int] = []
        self._text = ""
        self._sort_column, self._sort_order = self.DEFAULT_SORT

    # -- for subclasses --------------------------------------------------------------------
    def sort_key(self, column: int) -> Callable[[Any], Any]:
        raise NotImplementedError

    def search_key(self, row: Any) -> str:
        raise NotImplementedError

    def accepts(self, row: Any) -> bool:
        """The subclass's own filters (the text filter is applied here)."""
        return True

    # -- data in, filtering and sorting ----------------------------------------------------
    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_rows()
        self._visible = self._filtered()
        self.endResetModel()

    def set_text(self, text: str) -> None:
        self._text = text.strip().casefold()
        self._refilter()

    def _sort_rows(self) -> None:
        self._rows.sort(key=self.sort_key(self._sort_column),
                        reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        self._keys = [self.search_key(row).casefold() for row in self._rows]

    def _filtered(self) -> list[int]:
        text, keys = self._text, self._keys
        return [i for i, row in enumerate(self._rows)
                if (not text or text in keys[i]) and self.accepts(row)]

    def _refilter(self) -> None:
        self.beginResetModel()
        self._visible = self._filtered()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._sort_order = column, order
        self._sort_rows()
        self._visible = self._filtered()
        self.layoutChanged.emit()

    # -- lookups -----------------------------------------------------------------------------
    def row_at(self, row: int) -> Any:
        return self._rows[self._visible[row]]

    def row_of(self, request_id: int) -> int:
        for position, index in enumerate(self._visible):
            if self._rows[index].request.id == request_id:
                return position
        return -1

    def total(self) -> int:
        return len(self._rows)

    def visible_ids(self) -> list[int]:
        return [self._rows[i].request.id for i in self._visible]

    def row_count(self) -> int:
        return len(self._visible)
