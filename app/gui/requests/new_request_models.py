"""The New request dialog's models: the companies and request types to check
(`CheckListModel`) and the plan of letters to draft (`PlanModel`)."""


from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette

from app.core.laws import load_laws
from app.gui.common.messages import shown
from app.gui.common.table_model import ColumnsTableModel
from app.gui.requests.request_model import TYPE_LABELS
from app.services.draft_plan import PlanRow

Index = QModelIndex | QPersistentModelIndex


@dataclass
class CheckItem:
    key: str
    label: str
    checked: bool = False
    tooltip: str = ""


class CheckListModel(QAbstractListModel):
    """A list of choices with check boxes (companies, request types)."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[CheckItem] = []

    def set_items(self, items: list[CheckItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()
        self.changed.emit()

    def add_or_check(self, item: CheckItem) -> None:
        for row, existing in enumerate(self._items):
            if existing.key == item.key:
                existing.checked = True
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
                self.changed.emit()
                return
        self.beginInsertRows(QModelIndex(), len(self._items), len(self._items))
        item.checked = True
        self._items.append(item)
        self.endInsertRows()
        self.changed.emit()

    def set_checked(self, key: str, checked: bool) -> None:
        for row, item in enumerate(self._items):
            if item.key == key:
                self.setData(self.index(row), Qt.CheckState.Checked if checked
                             else Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)

    def checked_keys(self) -> list[str]:
        return [item.key for item in self._items if item.checked]

    def keys(self) -> list[str]:
        return [item.key for item in self._items]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.tooltip or item.label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self._items[index.row()].checked = checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.changed.emit()
        return True


class PlanModel(ColumnsTableModel):
    """The letters that will be drafted: company x request type, with the law or the reason
    why none applies."""

    COLUMNS = ("Company", "Request", "Law", "Note")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PlanRow] = []
        self._law_names = {law_id: law["short_name"] for law_id, law in load_laws().items()}

    def set_rows(self, rows: list[PlanRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[PlanRow]:
        return list(self._rows)

    def ready_rows(self) -> list[PlanRow]:
        return [row for row in self._rows if row.law]

    def row_at(self, row: int) -> PlanRow:
        return self._rows[row]

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            law = f"{self._law_names.get(row.law, row.law)} ({row.law})" if row.law else "—"
            values = (row.company_name,
                      self.tr(TYPE_LABELS.get(row.request_type, row.request_type)),
                      law, shown(row.reason) if row.reason else self.tr("ready"))
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not row.law:
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None
