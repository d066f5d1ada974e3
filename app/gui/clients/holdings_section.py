"""The client detail pane's Holdings section: who holds this client's location data, with the
guided "Add my phone service" and "Apps on my phone" flows and, for Californians, the DROP note."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import NotFoundError, OffMapError
from app.core.ids import saved_id
from app.gui.clients.holding_dialog import HoldingDialog
from app.gui.clients.holdings_model import HoldingTableModel
from app.gui.clients.holdings_wizard import HoldingsWizard
from app.gui.common.context import GuiContext
from app.gui.common.drop_note import drop_note_text
from app.gui.common.messages import error_text
from app.gui.common.record_table import rows_table
from app.gui.common.window_layout import fit_columns
from app.services import directory as directory_service
from app.services import holdings as holding_service


class HoldingsSection(QWidget):
    def __init__(self, ctx: GuiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.title = QLabel(self.tr("<b>Who holds their location data</b>"))
        self.model = HoldingTableModel(self)
        self.table = rows_table(self.model, self.tr("Holdings"))
        # A narrow pane wraps a cell's words ("Ubicación precisa, Ubicación de antenas") onto
        # more lines rather than cutting them; rows grow to fit (a client has few holdings).
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 160), (1, 80), (2, 150)):
            header.resizeSection(column, width)
        self.table.setMinimumHeight(260)
        self.phone_button = QPushButton(self.tr("Add my &phone service…"))
        self.apps_button = QPushButton(self.tr("Apps &on my phone…"))
        self.add_button = QPushButton(self.tr("Add hold&ing…"))
        self.remove_button = QPushButton(self.tr("Re&move…"))
        self.phone_button.clicked.connect(lambda: self.open_wizard("phone"))
        self.apps_button.clicked.connect(lambda: self.open_wizard("apps"))
        self.add_button.clicked.connect(self.add_holding)
        self.remove_button.clicked.connect(self.remove_holding)
        self.drop_note = QLabel()
        self.drop_note.setWordWrap(True)
        self.drop_note.setAccessibleName(self.tr("California DROP note"))
        # Two rows, so longer (translated) labels are never cut off in a narrow pane.
        buttons = QGridLayout()
        for position, button in enumerate(
                (self.phone_button, self.apps_button, self.add_button, self.remove_button)):
            buttons.addWidget(button, position // 2, position % 2)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.drop_note)

        ctx.bus.client_selected.connect(self.show_client)
        ctx.bus.holdings_changed.connect(self._holdings_changed)
        ctx.bus.clients_changed.connect(self.reload)
        ctx.bus.directory_changed.connect(self.reload)
        self.show_client(None)

    def show_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        self.reload()

    def _holdings_changed(self, client_id: int) -> None:
        if client_id == self.client_id:
            self.reload()

    def reload(self) -> None:
        holdings = []
        note = None
        if self.client_id is not None:
            try:
                holdings = holding_service.list_holdings(self.ctx.store, self.client_id)
                note = drop_note_text(self.ctx.store, self.client_id)
            except NotFoundError:  # the client was deleted
                self.client_id = None
        # No holdings, no names to look up: the directory is not read (start-up, empty stores).
        index = directory_service.directory_index(self.ctx.store) if holdings else {}
        self.model.set_holdings(holdings, index)
        fit_columns(self.table)  # a client's few holdings: their kinds and data never cut
        self.drop_note.setText(note or "")
        self.drop_note.setVisible(bool(note))
        enabled = self.client_id is not None
        for button in (self.phone_button, self.apps_button, self.add_button):
            button.setEnabled(enabled)
        self.remove_button.setEnabled(enabled and bool(holdings))
        self.setVisible(enabled)

    def open_wizard(self, mode: str) -> HoldingsWizard | None:
        if self.client_id is None:
            return None
        wizard = HoldingsWizard(self.ctx, self.client_id, mode, self)
        self.last_wizard = wizard
        opener = self.phone_button if mode == "phone" else self.apps_button
        wizard.finished.connect(lambda result: self._wizard_closed(result, opener))
        wizard.open()
        return wizard

    def _wizard_closed(self, result: int, opener: QPushButton) -> None:
        """The focus goes where work continues: the holdings just added (the next action, New
        request…, is a Tab or Alt+R away), or back to the button when the wizard was cancelled.
        Deferred so it comes after the reloads the new holdings cause."""

        def focus() -> None:
            if result and self.model.row_count():
                self.table.selectRow(0)
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            elif opener.isVisible():
                opener.setFocus(Qt.FocusReason.OtherFocusReason)

        QTimer.singleShot(0, focus)

    def add_holding(self) -> None:
        if self.client_id is None:
            return
        client_id = self.client_id
        companies = list(directory_service.directory_index(self.ctx.store).values())

        def save(slug: str, kinds: list[str], evidence: str) -> None:
            holding_service.add_holding(self.ctx.store, client_id, slug, kinds, evidence)

        if HoldingDialog(companies, save, self).exec():
            self.ctx.bus.holdings_changed.emit(client_id)

    def remove_holding(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if self.client_id is None or not rows:
            return
        holding = self.model.holding_at(rows[0].row())
        name = self.model.data(self.model.index(rows[0].row(), 0))
        answer = QMessageBox.question(
            self, self.tr("Remove holding"),
            self.tr("Remove {name} from this client's holdings? Requests already made are "
                    "kept.").replace("{name}", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            holding_service.delete_holding(self.ctx.store, saved_id(holding))
        except OffMapError as exc:
            QMessageBox.warning(self, self.tr("Not removed"), error_text(exc))
            return
        self.ctx.bus.holdings_changed.emit(self.client_id)
