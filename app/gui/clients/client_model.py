"""Table model of clients (model/view; testable without widgets): a windowed list. It holds only
the ordered ids of the clients that match the search (one indexed query) and reads full records
a page at a time for the rows the view paints, so a clinic with 20,000 clients opens and
searches as fast as a household with two."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from app.core.clients import display_phone
from app.core.ids import saved_id
from app.core.model import Client
from app.gui.common.table_model import ColumnsTableModel
from app.services import client_queries

if TYPE_CHECKING:
    from app.services.session import Store

Index = QModelIndex | QPersistentModelIndex
log = logging.getLogger("app.gui.clients")
PAGE_ROWS = 200
CACHED_ROWS = 20 * PAGE_ROWS
_SORTS = ("name", "state", "country", "phone", "email")


class ClientTableModel(ColumnsTableModel):
    COLUMNS = ("Name", "State", "Country", "Phone", "E-mail")
    ClientRole = Qt.ItemDataRole.UserRole + 1
    refreshed = Signal()  # new ids are in (after a search, sort or reload)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.query = client_queries.ClientQuery()
        self._ids: list[int] = []
        self._cache: dict[int, Client | None] = {}
        self._texts: dict[int, tuple[str, ...]] = {}  # with _cache: emptied together

    # -- data in -------------------------------------------------------------------------------
    def load(self, store, **changes: Any) -> None:
        """Lists the clients of `store` again, with the query's fields in `changes` changed
        (text, include_archived, sort, descending)."""
        self.store = store
        if "text" in changes:
            changes["text"] = " ".join(changes["text"].split())
        self.query = replace(self.query, **changes)
        ids = client_queries.client_ids(store, self.query)
        self.beginResetModel()
        self._ids = ids
        self._cache, self._texts = {}, {}
        self.endResetModel()
        self.refreshed.emit()

    def set_text(self, text: str) -> None:
        if self.store is not None:
            self.load(self.store, text=text)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.store is None:
            return
        self.layoutAboutToBeChanged.emit()
        self.query = replace(self.query, sort=_SORTS[column] if 0 <= column < len(_SORTS)
                             else "name", descending=order == Qt.SortOrder.DescendingOrder)
        self._ids = client_queries.client_ids(self.store, self.query)
        self._cache, self._texts = {}, {}
        self.layoutChanged.emit()
        self.refreshed.emit()

    # -- lookups -------------------------------------------------------------------------------
    def client_at(self, row: int) -> Client | None:
        """The client on `row` (None if deleted since the list was read)."""
        client_id = self._ids[row]
        if client_id not in self._cache:
            self._load_page(row)
        return self._cache.get(client_id)

    def _load_page(self, row: int) -> None:
        if len(self._cache) >= CACHED_ROWS:
            self._cache, self._texts = {}, {}
        start = row - row % PAGE_ROWS
        ids = self._ids[start:start + PAGE_ROWS]
        try:
            clients = client_queries.clients_by_ids(self.store, ids) \
                if self.store is not None else []
        except Exception:  # never raise into Qt's painting (e.g. the store closed at exit)
            log.exception("clients %s.. not read", ids[:1])
            clients = []
        self._cache.update(dict.fromkeys(ids))
        self._cache.update((saved_id(c), c) for c in clients)

    def row_of(self, client_id: int) -> int:
        try:
            return self._ids.index(client_id)
        except ValueError:
            return -1

    def row_count(self) -> int:
        return len(self._ids)

    # -- Qt ------------------------------------------------------------------------------------
    def _cells(self, client: Client) -> tuple[str, ...]:
        """The row's texts, made once per client read (formatting a phone number is slow)."""
        cells = self._texts.get(client.id or 0)
        if cells is None:
            cells = (client.name + (self.tr(" (archived)") if client.archived else ""),
                     client.state, client.country,
                     display_phone(client.phones[0]) if client.phones else "",
                     client.emails[0] if client.emails else "")
            self._texts[client.id or 0] = cells
        return cells

    _ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole, ClientRole))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks ~10 roles per cell on every paint: the others end here, unread.
        if role not in self._ROLES or not index.isValid() or index.row() >= len(self._ids):
            return None
        client = self.client_at(index.row())
        if client is None:
            return None
        if role == self.ClientRole:
            return client
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells(client)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and client.archived:
            from PySide6.QtGui import QPalette

            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None
