"""A filter proxy whose sorting is done by the source model in Python, once per sort, instead of
by Qt calling `data()` for every comparison: with thousands of rows that is the difference between
a few milliseconds and a visible freeze. Source models implement `sort(column, order)`."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from app.core.folding import fold
from app.services.text_search import search_words


class SourceSortedProxy(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setDynamicSortFilter(False)
        self._sort = (-1, Qt.SortOrder.AscendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        source = self.sourceModel()
        if source is not None and column >= 0:
            source.sort(column, order)

    def sortColumn(self) -> int:
        return self._sort[0]

    def sortOrder(self) -> Qt.SortOrder:
        return self._sort[1]


class FoldedSearchProxy(SourceSortedProxy):
    """Also filters by typed text as every search of the app does (app.services.text_search):
    rows whose filter column (every column for -1) holds each word, accents and case ignored,
    so "pena" shows Peña."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_search_text(self, text: str) -> None:
        words = search_words(text)
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        source = self.sourceModel()
        if not self._words or source is None:
            return True
        column = self.filterKeyColumn()
        columns = range(source.columnCount(parent)) if column < 0 else (column,)
        shown = fold(" ".join(str(source.index(row, each, parent).data() or "")
                              for each in columns))
        return all(word in shown for word in self._words)
