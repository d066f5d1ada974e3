"""The client detail pane's "Changes to this case" section: the audit trail of the client and
their requests (who, when, what), newest first. On a clinic's server store the names are the
workers' sign-in roles; on the embedded store, the computer's user."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import OffMapError
from app.gui.clients.audit_words import RequestTitle, request_text, what_text, when_text
from app.gui.common.context import GuiContext
from app.gui.common.messages import error_text
from app.gui.common.plural import english_plural
from app.gui.common.record_table import rows_table
from app.gui.common.table_model import ColumnsTableModel
from app.gui.common.window_layout import fit_columns_when_filled
from app.services import audit as audit_service
from app.services.request_queries import company_names, requests_with_clients

Index = QModelIndex | QPersistentModelIndex
SHOWN_ENTRIES = 200  # in the detail pane; "Show all changes…" lists the rest


class AuditTableModel(ColumnsTableModel):
    COLUMNS = ("When", "Who", "What", "Request")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[audit_service.AuditEntry] = []
        self._rows: list[tuple[str, str, str, str]] = []

    def set_entries(self, entries: list[audit_service.AuditEntry],
                    companies: dict[str, str] | None = None,
                    titles: dict[int, RequestTitle] | None = None) -> None:
        """The entries, with the companies' names and the requests' titles to name them by."""
        self.beginResetModel()
        self._entries = list(entries)
        companies, titles = companies or {}, titles or {}
        self._rows = [(when_text(e.at), e.who, what_text(e, companies), request_text(e, titles))
                      for e in self._entries]
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._entries)

    def entry_at(self, row: int) -> audit_service.AuditEntry:
        return self._entries[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        return self._rows[index.row()][index.column()]


def read_trail(ctx: GuiContext, client_id: int, limit: int | None,
               model: AuditTableModel) -> list[audit_service.AuditEntry]:
    """Fills `model` with the client's trail (newest first, at most `limit`) in words."""
    entries = audit_service.list_audit(ctx.store, client_id=client_id, limit=limit)
    ids = sorted({e.request_id for e in entries if e.request_id is not None})
    companies = company_names(ctx.store) if entries else {}
    titles = {request.id: RequestTitle(companies.get(request.company, request.company),
                                       request.type, request.reference)
              for request, _client in requests_with_clients(ctx.store, ids)
              if request.id is not None}
    model.set_entries(entries, companies, titles)
    return entries


def trail_table(model: AuditTableModel, name: str) -> QTableView:
    table = rows_table(model, name)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    fit_columns_when_filled(table)  # every heading in view in the narrow detail pane
    return table


class AllChangesDialog(QDialog):
    """Every recorded change to one client's case, newest first."""

    def __init__(self, ctx: GuiContext, client_id: int, client_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changes to {name}'s case").replace("{name}", client_name))
        self.model = AuditTableModel(self)
        self.table = trail_table(self.model, self.tr("All changes to this case"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 560)
        try:
            entries = read_trail(ctx, client_id, None, self.model)
        except OffMapError as exc:
            self.note.setText(error_text(exc))
            return
        count = len(entries)
        self.note.setText(english_plural(self.tr("%n change(s), newest first.", "", count),
                                         count))
        self._fit_what()

    def _fit_what(self) -> None:
        """The What column as wide as its longest text among all rows (the table's own fitting
        samples the newest rows only, and older entries say longer things)."""
        metrics = self.table.fontMetrics()
        texts = (self.model.index(row, 2).data() or "" for row in range(self.model.rowCount()))
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        header = self.table.horizontalHeader()
        header.resizeSection(2, max(header.sectionSize(2), min(widest + 16, 560)))


class AuditSection(QWidget):
    def __init__(self, ctx: GuiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self._stale = False
        self.title = QLabel(self.tr("<b>Changes to this case</b>"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.all_button = QPushButton(self.tr("Show all chan&ges…"))
        self.all_button.setToolTip(self.tr("Every recorded change to this case, in a window"))
        self.all_button.clicked.connect(self.show_all)
        self.all_button.hide()
        self.model = AuditTableModel(self)
        self.table = trail_table(self.model, self.tr("Changes to this case"))
        self.table.setMinimumHeight(160)
        more = QHBoxLayout()
        more.addWidget(self.note, 1)
        more.addWidget(self.all_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(more)
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
        self.all_button.hide()
        if self.client_id is None:
            self.model.set_entries([])
            self.note.setText(self.tr("Choose a client to see who changed their case."))
            return
        try:
            entries = read_trail(self.ctx, self.client_id, SHOWN_ENTRIES, self.model)
        except OffMapError as exc:  # e.g. the client was deleted by a colleague meanwhile
            self.model.set_entries([])
            self.note.setText(error_text(exc))
            return
        if not entries:
            self.note.setText(self.tr("No changes recorded yet."))
        elif len(entries) == SHOWN_ENTRIES:
            self.note.setText(self.tr("The newest {count} changes.").replace(
                "{count}", str(SHOWN_ENTRIES)))
            self.all_button.show()
        else:
            self.note.setText("")

    def show_all(self) -> AllChangesDialog | None:
        if self.client_id is None:
            return None
        from app.services import clients as client_service

        try:
            name = client_service.get_client(self.ctx.store, self.client_id).name
        except OffMapError as exc:  # deleted meanwhile by a colleague
            self.note.setText(error_text(exc))
            return None
        dialog = AllChangesDialog(self.ctx, self.client_id, name, self)
        dialog.open()
        return dialog
