"""Table model of requests (model/view; testable without widgets). Filtering by text, client
and status and sorting happen here over precomputed keys (see proxy.SourceSortedProxy), so a
clinic's thousands of requests re-filter at typing speed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.core.model import Request
from app.gui.request_rows_model import RequestRowsModel

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


class RequestTableModel(RequestRowsModel):
    COLUMNS = ("Reference", "Client", "Company", "Type", "Law", "Status", "Sent", "Due")
    DEFAULT_SORT = (0, Qt.SortOrder.DescendingOrder)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._client_id: int | None = None
        self._status: str | None = None

    def _cells(self, row: RequestRow) -> tuple[str, ...]:
        r = row.request
        return (r.reference, row.client_name, row.company_name, TYPE_LABELS.get(r.type, r.type),
                r.law, STATUS_LABELS.get(r.status, r.status), r.sent_on or "", self._due(r))

    @staticmethod
    def _due(request: Request) -> str:
        return request.extended_due_on or request.due_on or ""

    def sort_key(self, column: int):
        if not 0 < column < len(self.COLUMNS):  # the reference column sorts by creation
            return lambda row: row.request.id or 0
        return lambda row: self._cells(row)[column].casefold()

    def search_key(self, row: RequestRow) -> str:
        # The company's directory id too, so "att" finds AT&T as on the Deadlines page.
        return " ".join((*self._cells(row), row.request.company))

    def accepts(self, row: RequestRow) -> bool:
        return ((self._client_id is None or row.request.client_id == self._client_id)
                and (self._status is None or row.request.status == self._status))

    def set_filters(self, text: str | None = None, client_id: int | bool | None = False,
                    status: str | bool | None = False) -> None:
        """Changes the filters given (False leaves one as it is; None clears it)."""
        if text is not None:
            self._text = text.strip().casefold()
        if client_id is not False:
            self._client_id = client_id  # type: ignore[assignment]
        if status is not False:
            self._status = status  # type: ignore[assignment]
        self._refilter()

    # -- Qt ------------------------------------------------------------------------------
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
