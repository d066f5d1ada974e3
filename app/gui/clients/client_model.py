"""Table model of clients (model/view; testable without widgets)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.core.clients import display_phone
from app.core.model import Client
from app.gui.common.table_model import ColumnsTableModel

Index = QModelIndex | QPersistentModelIndex


class ClientTableModel(ColumnsTableModel):
    COLUMNS = ("Name", "State", "Country", "Phone", "E-mail")
    ClientRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._clients: list[Client] = []

    def set_clients(self, clients: list[Client]) -> None:
        self.beginResetModel()
        self._clients = list(clients)
        self._apply_sort()
        self.endResetModel()

    _sort_column = 0
    _sort_order = Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        getters = (
            lambda c: c.name.casefold(),
            lambda c: c.state,
            lambda c: c.country,
            lambda c: c.phones[0] if c.phones else "",
            lambda c: (c.emails[0] if c.emails else "").casefold(),
        )
        key = getters[self._sort_column] if 0 <= self._sort_column < len(getters) else getters[0]
        self._clients.sort(key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def client_at(self, row: int) -> Client:
        return self._clients[row]

    def row_of(self, client_id: int) -> int:
        for row, client in enumerate(self._clients):
            if client.id == client_id:
                return row
        return -1

    def row_count(self) -> int:
        return len(self._clients)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        client = self._clients[index.row()]
        if role == self.ClientRole:
            return client
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return client.name + (self.tr(" (archived)") if client.archived else "")
            if column == 1:
                return client.state
            if column == 2:
                return client.country
            if column == 3:
                return display_phone(client.phones[0]) if client.phones else ""
            if column == 4:
                return client.emails[0] if client.emails else ""
        if role == Qt.ItemDataRole.ForegroundRole and client.archived:
            from PySide6.QtGui import QPalette

            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None
