"""The "Client:" filter of the Requests and Deadlines lists, cheap at clinic scale: one list
model over (id, name) pairs instead of one combo item per client, so a clinic's 8,000 clients
cost one query and no widget work when a page opens. The combo keeps its keyboard access
(arrows, typing a name's first letters, the popup) and answers findData()/currentData() as
before."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QListView, QWidget

_Index = QModelIndex | QPersistentModelIndex
# Wide enough for most names; longer ones are elided in the closed combo, whole in the popup.
NAME_CHARACTERS = 18


class ClientChoiceModel(QStringListModel):
    """Row 0 is "All clients" (data None); then the clients by name, data their id. The names
    live in the C++ string list, so the views' per-row bookkeeping (a hidden popup lays out
    every row when the page is first styled) never calls into Python; only the ids are ours."""

    def __init__(self, all_label: str, parent: QObject | None = None) -> None:
        super().__init__([all_label], parent)
        self._ids: list[int | None] = [None]
        self._row_of: dict[int, int] = {}

    def set_clients(self, clients: Iterable[tuple[int, str]]) -> None:
        ordered = sorted(clients, key=lambda item: item[1].casefold())
        # setStringList resets the model itself; the ids are in place before anyone asks.
        self._ids = [None, *(client_id for client_id, _name in ordered)]
        self._row_of = {client_id: row for row, client_id in enumerate(self._ids)
                        if client_id is not None}
        self.setStringList([self.stringList()[0], *(name for _id, name in ordered)])

    def flags(self, index: _Index) -> Qt.ItemFlag:
        # not editable (a string list's rows are by default)
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled \
            if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            row = index.row()
            return self._ids[row] if index.isValid() and row < len(self._ids) else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            role = Qt.ItemDataRole.DisplayRole
        return super().data(index, role)

    def match(self, start: _Index, role: int, value: Any, hits: int = 1,
              flags: Qt.MatchFlag = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap,
              ) -> list[QModelIndex]:
        # findData() asks for an exact id: answered from the id index, not by reading every row.
        exact = flags.value & 0x0F == Qt.MatchFlag.MatchExactly.value  # the match type's bits
        if role == Qt.ItemDataRole.UserRole and exact:
            row = 0 if value is None else self._row_of.get(value, -1)
            return [self.index(row, 0)] if row >= 0 else []
        return super().match(start, role, value, hits, flags)


class ClientFilter(QComboBox):
    """A combo over a ClientChoiceModel: `set_clients` keeps the chosen client when it is still
    listed (without emitting a change) and says whether it is gone."""

    def __init__(self, all_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = ClientChoiceModel(all_label, self)
        view = QListView(self)
        view.setUniformItemSizes(True)  # the popup never measures every name
        self.setView(view)
        self.setModel(self.choices)
        # Sizing to contents would measure all names; a fixed length needs none of them.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(NAME_CHARACTERS)

    def set_clients(self, clients: Iterable[tuple[int, str]]) -> bool:
        """Lists `clients`; returns True when the chosen client was dropped (now "All")."""
        chosen = self.currentData()
        self.blockSignals(True)
        try:
            self.choices.set_clients(clients)
            position = self.findData(chosen)
            self.setCurrentIndex(max(position, 0))
        finally:
            self.blockSignals(False)
        return position < 0 and chosen is not None
