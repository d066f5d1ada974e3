"""Table model of open deadlines (model/view; testable without widgets).

Filtering by text, category and client happens here, over precomputed lower-case search keys,
in one list comprehension: on the 50,000-request store a keystroke re-filters in a few
milliseconds, where a proxy calling back into Python for every row would take several times
longer. Sorting is done here too (see proxy.SourceSortedProxy)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.gui.appearance import color
from app.gui.request_rows_model import RequestRowsModel
from app.services.deadlines import CATEGORIES, DeadlineRow

Index = QModelIndex | QPersistentModelIndex

TYPE_LABELS = {
    "access": "Access", "delete": "Delete", "correct": "Correct", "opt-out": "Opt-out",
    "limit": "Limit", "withdraw-consent": "Withdraw consent", "cpni-opt-out": "CPNI opt-out",
    "reminder": "Reminder", "appeal": "Appeal", "complaint": "Complaint",
}
STATUS_LABELS = {
    "sent": "Sent", "acknowledged": "Acknowledged", "extended": "Extended",
    "overdue": "Overdue",
}


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


class DeadlineTableModel(RequestRowsModel):
    COLUMNS = ("Reference", "Client", "Company", "Type", "Status", "Sent", "Deadline",
               "Days left", "Note")
    DEFAULT_SORT = (6, Qt.SortOrder.AscendingOrder)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._category: str | None = None
        self._client_id: int | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._overdue_brush = QBrush(QColor(color("error")))

    def sort_key(self, column: int):
        getters = (
            lambda r: r.request.reference,
            lambda r: r.client_name.casefold(),
            lambda r: r.company_name.casefold(),
            lambda r: r.request.type,
            lambda r: r.status,
            lambda r: r.request.sent_on or "",
            lambda r: (r.deadline is None, _iso(r.deadline)),
            lambda r: (r.days_left is None, r.days_left or 0),
            lambda r: self._note(r),
        )
        return getters[column] if 0 <= column < len(getters) else getters[6]

    def search_key(self, row: DeadlineRow) -> str:
        request = row.request
        return " ".join((request.reference, row.client_name, row.company_name, request.company,
                         request.type, request.law, row.status))

    def accepts(self, row: DeadlineRow) -> bool:
        return ((self._category is None or row.category == self._category)
                and (self._client_id is None or row.request.client_id == self._client_id))

    def set_category(self, category: str | None) -> None:
        """One of CATEGORIES, or None for every open request."""
        if category is not None and category not in CATEGORIES:
            raise ValueError(f"unknown category {category!r}")
        self._category = category
        self._refilter()

    def set_client(self, client_id: int | None) -> None:
        self._client_id = client_id
        self._refilter()

    def counts(self) -> dict[str, int]:
        """Rows per category among those the client filter lets through (text ignored)."""
        result = dict.fromkeys(CATEGORIES, 0)
        for row in self._rows:
            if self._client_id is None or row.request.client_id == self._client_id:
                result[row.category] += 1
        return result

    # -- Qt model ------------------------------------------------------------------------
    def _note(self, row: DeadlineRow) -> str:
        if row.overdue:
            late = -(row.days_left or 0)
            return self.tr("1 day late") if late == 1 else \
                self.tr("{n} days late").replace("{n}", str(late))
        if row.confirmation_missing:
            return self.tr("no confirmation of receipt")
        if row.request.extended_due_on:
            return self.tr("extended")
        return ""

    def _display(self, row: DeadlineRow, column: int) -> str:
        request = row.request
        if column == 0:
            return request.reference
        if column == 1:
            return row.client_name
        if column == 2:
            return row.company_name
        if column == 3:
            return self.tr(TYPE_LABELS.get(request.type, request.type))
        if column == 4:
            return self.tr(STATUS_LABELS.get(row.status, row.status))
        if column == 5:
            return request.sent_on or ""
        if column == 6:
            return _iso(row.deadline)
        if column == 7:
            return "" if row.days_left is None else str(row.days_left)
        return self._note(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == self.RowRole:
            return row
        if role == self.RequestIdRole:
            return row.request.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return self._overdue_brush
        if role == Qt.ItemDataRole.FontRole and row.overdue and index.column() in (4, 6, 7):
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 7:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, row: DeadlineRow) -> str:
        parts = [f"{row.request.reference}: {row.company_name}"]
        if row.deadline:
            parts.append(self.tr("Deadline: {d}").replace("{d}", row.deadline.isoformat()))
        if row.request.extended_due_on:
            parts.append(self.tr("First deadline {d}, extended").replace(
                "{d}", row.request.due_on or ""))
        if row.confirm_by:
            parts.append(self.tr("Receipt to be confirmed by {d}").replace(
                "{d}", row.confirm_by.isoformat()))
        return "\n".join(parts)
