"""The client detail pane's "Changes to this case" section: the audit trail of the client and
their requests (who, when, what), newest first. On a clinic's server store the names are the
workers' sign-in roles; on the embedded store, the computer's user."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from app.core.errors import OffMapError
from app.gui.common.context import GuiContext
from app.gui.common.messages import error_text, shown
from app.gui.common.record_table import rows_table
from app.gui.common.table_model import ColumnsTableModel
from app.gui.common.window_layout import fit_columns_when_filled
from app.services import audit as audit_service

Index = QModelIndex | QPersistentModelIndex
SHOWN_ENTRIES = 200


class AuditTableModel(ColumnsTableModel):
    COLUMNS = ("When (UTC)", "Who", "What", "Detail", "Request")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[audit_service.AuditEntry] = []

    def set_entries(self, entries: list[audit_service.AuditEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._entries)

    def entry_at(self, row: int) -> audit_service.AuditEntry:
        return self._entries[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if column == 0:
            return entry.at.replace("T", " ").replace("Z", "")
        if column == 1:
            return entry.who
        if column == 2:
            return shown(audit_service.describe(entry))
        if column == 3:
            return entry.what
        return str(entry.request_id) if entry.request_id is not None else ""


class AuditSection(QWidget):
    def __init__(self, ctx: GuiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self._stale = False
        self.title = QLabel(self.tr("<b>Changes to this case</b>"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.model = AuditTableModel(self)
        self.table = rows_table(self.model, self.tr("Changes to this case"))
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        fit_columns_when_filled(self.table)  # every heading in view in the narrow detail pane
        self.table.setMinimumHeight(160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        ctx.bus.client_selected.connect(self.show_client)
        ctx.bus.clients_changed.connect(self.reload)
        ctx.bus.requests_changed.connect(self.reload)
        ctx.bus.holdings_changed.connect(lambda _client_id: self.reload())
        self.show_client(None)

    def showEvent(self, event) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def show_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        self.reload()

    def reload(self) -> None:
        if not self.isVisible():  # read when shown: no queries for a hidden page or a closing one
            self._stale = True
            return
        self._stale = False
        if self.client_id is None:
            self.model.set_entries([])
            self.note.setText(self.tr("Choose a client to see who changed their case."))
            return
        try:
            entries = audit_service.list_audit(self.ctx.store, client_id=self.client_id,
                                               limit=SHOWN_ENTRIES)
        except OffMapError as exc:  # e.g. the client was deleted by a colleague meanwhile
            self.model.set_entries([])
            self.note.setText(error_text(exc))
            return
        self.model.set_entries(entries)
        if not entries:
            self.note.setText(self.tr("No changes recorded yet."))
        elif len(entries) == SHOWN_ENTRIES:
            self.note.setText(self.tr("The newest {count} changes; 'offmap audit --client ID' "
                                      "lists them all.").replace("{count}", str(SHOWN_ENTRIES)))
        else:
            self.note.setText("")
