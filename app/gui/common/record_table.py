"""The read-only, one-row-at-a-time table every list page uses, and selecting a record in it
through its proxy."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QItemSelectionModel,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def rows_table(model: QAbstractItemModel, accessible_name: str) -> QTableView:
    """A read-only table of records: one whole row selected at a time, Tab leaves it."""
    table = leave_on_tab(QTableView())
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    return table


def record_table(proxy: QSortFilterProxyModel, accessible_name: str,
                 widths: Sequence[tuple[int, int]], sort_column: int = 0) -> QTableView:
    table = rows_table(proxy, accessible_name)
    table.setSortingEnabled(True)
    table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in widths:
        header.resizeSection(column, width)
    from app.gui.common.window_layout import fit_columns_when_filled

    fit_columns_when_filled(table)  # to the content of a sample of rows, once they arrive
    return table


View = TypeVar("View", bound=QAbstractItemView)


def leave_on_tab(view: View) -> View:
    """Tab and Shift+Tab move the focus on to the next or previous control instead of from cell
    to cell (a table would otherwise keep the focus for good); arrows still move within."""
    view.setTabKeyNavigation(False)
    return view


def select_row(table: QTableView, row: int) -> None:
    """Selects the view's `row` and makes it current, through the selection model: unlike
    QTableView.selectRow this does not depend on the header's layout (a page not yet shown)."""
    index = table.model().index(row, 0)
    if index.isValid():
        table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)


def selected_value(table: QTableView, role: int) -> Any:
    """`role`'s data of the selected row, or None."""
    rows = table.selectionModel().selectedRows()
    return table.model().data(rows[0], role) if rows else None


def select_source_row(table: QTableView, source: QAbstractItemModel, row: int) -> None:
    """Selects and shows the source model's `row` (nothing when it is filtered out or < 0)."""
    if row < 0:
        return
    shown = table.model()
    index = shown.mapFromSource(source.index(row, 0)) \
        if isinstance(shown, QAbstractProxyModel) else source.index(row, 0)
    if index.isValid():
        select_row(table, index.row())
        table.scrollTo(index)
