"""Table model of open deadlines (model/view; testable without widgets): a windowed list (see
request_rows_model) filtered by text, category and client and sorted by the store's indexed
queries (`DeadlineStoreSource`), or in Python for rows handed over whole. Only the rows on
screen are built as DeadlineRows."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.gui.common.appearance import color
from app.gui.common.kind_labels import REQUEST_TYPE_LABELS
from app.gui.common.plural import english_plural
from app.gui.deadlines.group_divider import DividerBrush, starts_group
from app.gui.requests.request_rows_model import FIRST_ROWS, QueryResult, RequestRowsModel
from app.services import deadlines as deadline_service
from app.services.deadlines import CATEGORIES, URGENCY, DeadlineRow
from app.services.request_queries import in_own_store

Index = QModelIndex | QPersistentModelIndex

TYPE_LABELS = REQUEST_TYPE_LABELS
STATUS_LABELS = {
    "sent": "Sent", "acknowledged": "Acknowledged", "extended": "Extended",
    "overdue": "Overdue",
}


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


class DeadlineTableModel(RequestRowsModel):
    COLUMNS = ("Reference", "Client", "Company", "Type", "Status", "Sent", "Deadline",
               "Days left", "Note")
    # By days left, which is by urgency: overdue (the most overdue first), due this week,
    # later, then waiting for the company to confirm receipt.
    DEFAULT_SORT = (7, Qt.SortOrder.AscendingOrder)
    SEARCH_LABELS = {**TYPE_LABELS, **STATUS_LABELS}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.query.update(category=None, client_id=None)
        self._bold = QFont()
        self._bold.setBold(True)
        self._overdue_brush = QBrush(QColor(color("error")))
        self._divider = DividerBrush()
        self._cells_of: dict[int, tuple[DeadlineRow, tuple[str, ...]]] = {}

    def sort_key(self, column: int):
        getters = (
            lambda r: r.request.reference,
            lambda r: r.client_name.casefold(),
            lambda r: r.company_name.casefold(),
            lambda r: r.request.type,
            lambda r: r.status,
            lambda r: r.request.sent_on or "",
            lambda r: (r.deadline is None, _iso(r.deadline)),
            lambda r: (URGENCY.index(r.category), r.deadline is None, _iso(r.deadline)),
            lambda r: self._note(r),
        )
        return getters[column] if 0 <= column < len(getters) else getters[6]

    def search_key(self, row: DeadlineRow) -> str:
        request = row.request
        return " ".join((request.reference, row.client_name, row.company_name, request.company,
                         request.type, request.law, row.status))

    def accepts(self, row: DeadlineRow, query: dict[str, Any]) -> bool:
        return ((query["category"] is None or row.category == query["category"])
                and (query["client_id"] is None or row.request.client_id == query["client_id"]))

    def set_category(self, category: str | None) -> None:
        """One of CATEGORIES, or None for every open request."""
        if category is not None and category not in CATEGORIES:
            raise ValueError(f"unknown category {category!r}")
        self.update_query(category=category)

    def set_client(self, client_id: int | None) -> None:
        self.update_query(client_id=client_id)

    def memory_counts(self, rows: list[DeadlineRow], query: dict[str, Any]) -> dict[str, int]:
        """Rows per category among those the client filter lets through (text ignored)."""
        result = dict.fromkeys(CATEGORIES, 0)
        for row in rows:
            if query["client_id"] is None or row.request.client_id == query["client_id"]:
                result[row.category] += 1
        return result

    # -- Qt model ------------------------------------------------------------------------
    def _note(self, row: DeadlineRow) -> str:
        if row.overdue:
            return self.tr("time to follow up")
        if row.confirmation_missing:
            return self.tr("no confirmation of receipt")
        if row.request.extended_due_on:
            return self.tr("extended")
        return ""

    def display_cells(self, row: DeadlineRow) -> tuple[str, ...]:
        """The row's texts, translated once per row read (not once per cell painted)."""
        cells = self._cells_of.get(id(row))
        if cells is None or cells[0] is not row:
            request = row.request
            cells = (row, (
                request.reference, row.client_name, row.company_name,
                self.tr(TYPE_LABELS.get(request.type, request.type)),
                self.tr(STATUS_LABELS.get(row.status, row.status)), request.sent_on or "",
                _iso(row.deadline), self._days(row), self._note(row)))
            if len(self._cells_of) > 4000:
                self._cells_of.clear()
            self._cells_of[id(row)] = cells
        return cells[1]

    def _display(self, row: DeadlineRow, column: int) -> str:
        return self.display_cells(row)[column]

    def _days(self, row: DeadlineRow) -> str:
        """Days left as a number, or "648 days overdue" (never a negative count)."""
        if row.days_left is None:
            return ""
        if row.days_left < 0:
            late = -row.days_left
            return english_plural(self.tr("%n day(s) overdue", "", late), late)
        return str(row.days_left)

    _ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                        Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.BackgroundRole,
                        RequestRowsModel.RowRole,
                        RequestRowsModel.RequestIdRole))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks ~10 roles per cell on every paint: the others end here, unread.
        if role not in self._ROLES or not index.isValid() or index.row() >= self.row_count():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_cells(row)[index.column()]
        if role == self.RowRole:
            return row
        if role == self.RequestIdRole:
            return row.request.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and index.column() in (4, 6, 7):
            return self._overdue_brush  # the late figures only: a page of red rows reads as noise
        if role == Qt.ItemDataRole.FontRole and row.overdue and index.column() in (4, 6, 7):
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 7:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and starts_group(self, index.row()):
            return self._divider.brush()  # the line above a group (see group_divider)
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


# The store's order for each column (days left and the note follow the deadline).
_SORTS = ("reference", "client", "company", "type", "status", "sent", "deadline", "urgency",
          "urgency")


class DeadlineStoreSource:
    """Open requests straight from the store: ids and counts from indexed queries on a store of
    its own (the page runs them off the GUI thread), rows a page at a time from the window's."""

    def __init__(self, store) -> None:
        self.store = store
        self.names: dict[str, str] = {}  # company names, read with the first query

    def query(self, query: dict[str, Any]) -> QueryResult:
        column = query["sort_column"]
        wanted = deadline_service.DeadlineQuery(
            text=query["text"], word_codes=query.get("word_codes", {}),
            client_id=query["client_id"], category=query["category"],
            sort=_SORTS[column] if 0 <= column < len(_SORTS) else "deadline",
            descending=query["descending"])

        def read_all() -> list[int]:
            return in_own_store(self.store, lambda store: deadline_service.deadline_ids(
                store, wanted, self.names))

        def work(store) -> QueryResult:
            if not self.names:
                self.names = deadline_service.company_names(store)
            first = deadline_service.first_deadline_ids(store, wanted, FIRST_ROWS)
            if first is not None:  # a long list: its first rows now, the others next
                ids, size, counts = first
                return QueryResult(ids, sum(counts.values()), counts, size=size, rest=read_all)
            if not (wanted.text or wanted.category) or deadline_service.scans(store, wanted):
                ids, counts = deadline_service.deadline_ids_by_category(store, wanted,
                                                                        self.names)
            else:
                ids = deadline_service.deadline_ids(store, wanted, self.names)
                counts = deadline_service.deadline_counts(store, query["client_id"])
            every = (counts if query["client_id"] is None
                     else deadline_service.deadline_counts(store))
            return QueryResult(ids, sum(every.values()), counts)

        return in_own_store(self.store, work)

    def rows(self, ids: list[int]) -> list[DeadlineRow]:
        return deadline_service.deadline_rows(self.store, ids, self.names)
