"""Table model of requests (model/view; testable without widgets): a windowed list (see
request_rows_model) filtered by text, client and status and sorted by the store's indexed
queries (`RequestStoreSource`), or in Python for rows handed over whole."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.core.errors import OffMapError
from app.core.laws import get_law
from app.core.model import Request
from app.gui.common.kind_labels import REQUEST_STATUS_LABELS, REQUEST_TYPE_LABELS
from app.gui.requests.request_rows_model import FIRST_ROWS, QueryResult, RequestRowsModel
from app.services import request_queries

Index = QModelIndex | QPersistentModelIndex

TYPE_LABELS = REQUEST_TYPE_LABELS
STATUS_LABELS = REQUEST_STATUS_LABELS


@functools.cache
def law_name(law_id: str) -> str:
    """A law's short name ("CCPA/CPRA") for lists, rather than its id ("us-ca")."""
    try:
        return str(get_law(law_id)["short_name"])
    except OffMapError:
        return law_id


@dataclass
class RequestRow:
    request: Request
    client_name: str
    company_name: str


class RequestTableModel(RequestRowsModel):
    COLUMNS = ("Reference", "Client", "Company", "Type", "Law", "Status", "Sent", "Due")
    # Newest first until a column is chosen (no column's arrow shows: it is no column's order).
    DEFAULT_SORT = (-1, Qt.SortOrder.DescendingOrder)
    SEARCH_LABELS = {**REQUEST_TYPE_LABELS, **REQUEST_STATUS_LABELS}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.query.update(client_id=None, status=None)

    def _cells(self, row: RequestRow) -> tuple[str, ...]:
        r = row.request
        return (r.reference, row.client_name, row.company_name, TYPE_LABELS.get(r.type, r.type),
                law_name(r.law), STATUS_LABELS.get(r.status, r.status), r.sent_on or "",
                self._due(r))

    @staticmethod
    def _due(request: Request) -> str:
        return request.extended_due_on or request.due_on or ""

    def sort_key(self, column: int):
        if not 0 <= column < len(self.COLUMNS):  # no column chosen: by creation
            return lambda row: row.request.id or 0
        return lambda row: (self._cells(row)[column].casefold(), row.request.id or 0)

    def search_key(self, row: RequestRow) -> str:
        # The company's directory id too, so "att" finds AT&T as on the Deadlines page.
        return " ".join((*self._cells(row), row.request.company, row.request.law,
                         row.request.type, row.request.status))

    def accepts(self, row: RequestRow, query: dict[str, Any]) -> bool:
        return ((query["client_id"] is None or row.request.client_id == query["client_id"])
                and (query["status"] is None or row.request.status == query["status"]))

    def set_filters(self, text: str | None = None, client_id: int | bool | None = False,
                    status: str | bool | None = False) -> None:
        """Changes the filters given (False leaves one as it is; None clears it)."""
        changes: dict[str, Any] = {}
        if text is not None:
            changes.update(self.text_changes(text))
        if client_id is not False:
            changes["client_id"] = client_id
        if status is not False:
            changes["status"] = status
        self.update_query(**changes)

    # -- Qt ------------------------------------------------------------------------------
    _ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        RequestRowsModel.RowRole, RequestRowsModel.RequestIdRole))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks ~10 roles per cell on every paint: the others end here, unread.
        if role not in self._ROLES or not index.isValid() or index.row() >= self.row_count():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
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


# The store's order for each column (by creation when no column is chosen).
_SORTS = ("reference", "client", "company", "type", "law", "status", "sent", "due")


class RequestStoreSource:
    """Requests straight from the store: ids from an indexed query on a store of its own (the
    page runs it off the GUI thread), rows a page at a time from the window's store."""

    def __init__(self, store, names: dict[str, str]) -> None:
        self.store = store
        self.names = names
        self.mark_overdue = True  # bring the cached statuses up to date on the next query

    def query(self, query: dict[str, Any]) -> QueryResult:
        wanted = request_queries.RequestQuery(
            text=query["text"], word_codes=query.get("word_codes", {}),
            client_id=query["client_id"], status=query["status"],
            sort=_SORTS[query["sort_column"]] if 0 <= query["sort_column"] < len(_SORTS)
            else "id", descending=query["descending"])
        mark, self.mark_overdue = self.mark_overdue, False
        names = self.names

        def read_all() -> list[int]:
            return request_queries.in_own_store(
                self.store, lambda store: request_queries.request_ids(store, wanted, names))

        def work(store) -> QueryResult:
            if mark:
                request_queries.mark_overdue(store)
            first = request_queries.first_request_ids(store, wanted, FIRST_ROWS)
            if first is not None:  # a long list: its first rows now, the others next
                ids, size = first
                return QueryResult(ids, size, size=size, rest=read_all)
            ids = request_queries.request_ids(store, wanted, names)
            unfiltered = not (wanted.text or wanted.client_id is not None or wanted.status)
            # Unfiltered, the ids are every request: no second pass to count them.
            return QueryResult(ids, len(ids) if unfiltered
                               else request_queries.count_requests(store))

        return request_queries.in_own_store(self.store, work)

    def rows(self, ids: list[int]) -> list[RequestRow]:
        return [RequestRow(request, client_name, self.names.get(request.company,
                                                                request.company))
                for request, client_name in request_queries.requests_with_clients(self.store,
                                                                                   ids)]
