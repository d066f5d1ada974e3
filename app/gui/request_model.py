"""Table model of requests (model/view; testable without widgets). Filtering by text, client
and status and sorting happen here over precomputed keys (see proxy.SourceSortedProxy), so a
clinic's thousands of requests re-filter at typing speed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.core.model import Request
from app.gui.table_model import ColumnsTableModel

Index = QModelIndex | QPersistentModelIndex

TYPE_LABELS = {
    "access": "Access", "delete": "Delete", "correct": "Correct", "opt-out": "Opt-out",
    "limit": "Limit", "withdraw-consent": "Withdraw consent", "cpni-opt-out": "CPNI opt-out",
    "reminder": "Reminder", "appeal": "Appeal", "complaint": "Complaint",
}
STATUS_LABELS = {
    "draft": "Draft", "sent": "Sent", "acknowledged": "Acknowledged", "extended": "Extended",
    "overdue": "Overdue", "fulfilled": "Fulfilled", "partial": "Partly fulfilled",
    "denied": "Denied", "bounced": "Bounced", "closed": "Closed",
}


@dataclass
class RequestRow:
    request: Request
    client_name: str
    company_name: str


class RequestTableModel(ColumnsTableModel):
    COLUMNS = ("Reference", "Client", "Company", "Type", "Law", "Status", "Sent", "Due")
    RowRole = Qt.ItemDataRole.UserRole + 1
    RequestIdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[RequestRow] = []
        self._keys: list[str] = []
        self._visible: list[int] = []
        self._text = ""
        self._client_id: int | None = None
        self._status: str | None = None
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.DescendingOrder

    # -- data in -------------------------------------------------------------------------
    def set_rows(self, rows: list[RequestRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_rows()
        self._visible = self._filtered()
        self.endResetModel()

    def _cells(self, row: RequestRow) -> tuple[str, ...]:
        r = row.request
        return (r.reference, row.client_name, row.company_name, TYPE_LABELS.get(r.type, r.type),
                r.law, STATUS_LABELS.get(r.status, r.status), r.sent_on or "", self._due(r))

    @staticmethod
    def _due(request: Request) -> str:
        return request.extended_due_on or request.due_on or ""

    def _sort_rows(self) -> None:
        column = self._sort_column if 0 <= self._sort_column < len(self.COLUMNS) else 0
        if column == 0:
            def key(row: RequestRow):
                return row.request.id or 0
        else:
            def key(row: RequestRow):
                return self._cells(row)[column].casefold()
        self._rows.sort(key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        self._keys = [" ".join(self._cells(r)).casefold() for r in self._rows]

    def _filtered(self) -> list[int]:
        text, client_id, status = self._text, self._client_id, self._status
        return [
            i for i, row in enumerate(self._rows)
            if (not text or text in self._keys[i])
            and (client_id is None or row.request.client_id == client_id)
            and (status is None or row.request.status == status)
        ]

    def set_filters(self, text: str | None = None, client_id: int | bool | None = False,
                    status: str | bool | None = False) -> None:
        """Changes the filters given (False leaves one as it is; None clears it)."""
        if text is not None:
            self._text = text.strip().casefold()
        if client_id is not False:
            self._client_id = client_id  # type: ignore[assignment]
        if status is not False:
            self._status = status  # type: ignore[assignment]
        self.beginResetModel()
        self._visible = self._filtered()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._sort_order = column, order
        self._sort_rows()
        self._visible = self._filtered()
        self.layoutChanged.emit()

    # -- lookups -------------------------------------------------------------------------
    def row_at(self, row: int) -> RequestRow:
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

    # -- Qt ------------------------------------------------------------------------------
    def row_count(self) -> int:
        return len(self._visible)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        row = self.row_at(index.row())
        if role == self.RowRole:
            return row
        if role == self.RequestIdRole:
            return row.request.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            cells = self._cells(row)
            if index.column() in (3, 5) and role == Qt.ItemDataRole.DisplayRole:
                return self.tr(cells[index.column()])  # type and status labels
            return cells[index.column()]
        return None
