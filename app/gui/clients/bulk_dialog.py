"""Bulk opt-outs: choose clients, review the brokers that flag precise geolocation in the
California registry (and where their letters would go), then create the requests (and send
them when asked) with progress, cancel and a summary."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import OffMapError
from app.core.ids import saved_id
from app.core.model import Client, Company
from app.gui.common.context import GuiContext
from app.gui.common.messages import error_text, shown
from app.gui.common.proxy import FoldedSearchProxy
from app.gui.common.record_table import leave_on_tab
from app.gui.common.table_model import ColumnsTableModel
from app.services import bulk
from app.services import clients as client_service

Index = QModelIndex | QPersistentModelIndex


class CheckableClientModel(ColumnsTableModel):
    COLUMNS = ("Client", "State")

    def __init__(self, clients: list[Client], parent=None) -> None:
        super().__init__(parent)
        self._clients = list(clients)
        self._checked: set[int] = set()

    def client_at(self, row: int) -> Client:
        return self._clients[row]

    def checked_ids(self) -> list[int]:
        return [c.id for c in self._clients if c.id in self._checked]

    def set_checked(self, client_ids: set[int]) -> None:
        self._checked = set(client_ids)
        if self._clients:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._clients) - 1, 0))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        key = (lambda c: c.name.casefold()) if column == 0 else (lambda c: c.state)
        self._clients.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def row_count(self) -> int:
        return len(self._clients)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        client = self._clients[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return client.name if index.column() == 0 else client.state
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return (Qt.CheckState.Checked if client.id in self._checked
                    else Qt.CheckState.Unchecked)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        client = self._clients[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) \
            else value
        (self._checked.add if checked else self._checked.discard)(saved_id(client))
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class BrokerModel(ColumnsTableModel):
    COLUMNS = ("Broker", "Letters go to")

    def __init__(self, brokers: list[Company], parent=None) -> None:
        super().__init__(parent)
        self._brokers = list(brokers)

    def row_count(self) -> int:
        return len(self._brokers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        broker = self._brokers[index.row()]
        if index.column() == 0:
            return broker.name
        contacts = broker.contacts or {}
        return (contacts.get("email") or contacts.get("webform")
                or self.tr("no address: web form or post"))


class BulkOptOutDialog(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None,
                 preselected: list[int] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary: bulk.BulkSummary | None = None
        self.setWindowTitle(self.tr("Opt-outs to location data brokers"))
        self.resize(820, 560)
        intro = QLabel(self.tr(
            "Creates an opt-out request (sale and sharing of personal information) from each "
            "chosen client to every broker that told the California data broker registry it "
            "collects precise geolocation. Import the registry in the Directory first. Check "
            "where the letters go: a registry address can belong to an agency or vendor. "
            "Requests a client already has are not made twice."
        ))
        intro.setWordWrap(True)

        clients = client_service.list_clients(ctx.store, include_archived=False)
        self.clients = CheckableClientModel(clients, self)
        self.clients.set_checked(set(preselected or []))
        self.proxy = FoldedSearchProxy(self)
        self.proxy.setSourceModel(self.clients)
        self.proxy.setFilterKeyColumn(0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter clients"))
        self.search.setAccessibleName(self.tr("Filter clients"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search_text)
        self.client_table = self._table(self.proxy, self.tr("Clients to include"))
        self.client_table.setSortingEnabled(True)
        all_button = QPushButton(self.tr("Select &all shown"))
        all_button.clicked.connect(self.select_all_shown)
        none_button = QPushButton(self.tr("Select &none"))
        none_button.clicked.connect(lambda: self._set_checked(set()))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.client_table)
        row = QHBoxLayout()
        row.addWidget(all_button)
        row.addWidget(none_button)
        row.addStretch(1)
        left_layout.addLayout(row)

        self.brokers = BrokerModel(bulk.geolocation_brokers(ctx.store), self)
        self.broker_table = self._table(self.brokers, self.tr("Brokers that will be written to"))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.broker_table)

        self.send_now = QCheckBox(self.tr("Also &send them now by e-mail (the mail account in "
                                          "Settings)"))
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.plan_label.setAccessibleName(self.tr("What will be done"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = self.buttons.addButton(self.tr("&Create requests"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.clients.dataChanged.connect(self.update_plan)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.send_now)
        layout.addWidget(self.plan_label)
        layout.addWidget(self.buttons)
        self.update_plan()

    def _table(self, model, name: str) -> QTableView:
        table = leave_on_tab(QTableView())
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return table

    def _set_checked(self, ids: set[int]) -> None:
        self.clients.set_checked(ids)
        self.update_plan()

    def select_all_shown(self) -> None:
        shown = {saved_id(self.clients.client_at(self.proxy.mapToSource(self.proxy.index(r, 0))
                                                 .row()))
                 for r in range(self.proxy.rowCount())}
        self._set_checked(set(self.clients.checked_ids()) | shown)

    def plan(self) -> bulk.BulkPlan:
        return bulk.plan_geolocation_optouts(self.ctx.store, self.clients.checked_ids())

    def update_plan(self, *_args) -> None:
        chosen = self.clients.checked_ids()
        brokers = self.brokers.rowCount()
        if not brokers:
            text = self.tr("No broker in the directory flags precise geolocation yet: import "
                           "the California data broker registry (Directory page) first.")
        elif not chosen:
            text = self.tr("Tick the clients to include.")
        else:
            plan = self.plan()
            text = self.tr("{clients} clients × {brokers} brokers: {new} new requests, {old} "
                           "already made.").replace("{clients}", str(len(chosen))) \
                .replace("{brokers}", str(brokers)).replace("{new}", str(len(plan.pairs))) \
                .replace("{old}", str(len(plan.skipped)))
        self.plan_label.setText(text)
        self.start_button.setEnabled(bool(chosen) and bool(brokers))

    # -- doing ------------------------------------------------------------------------------
    def _password(self) -> tuple[bool, str | None]:
        """(go on, password typed now) before sending; asks when none is stored."""
        from app.services import accounts as account_service

        try:
            account = account_service.resolve_account(self.ctx.store, None)
            account_service.password_for(self.ctx.store, account)
            return True, None
        except account_service.PasswordNeededError as exc:
            from app.gui.common.password_prompt import ask_password

            typed = ask_password(self, account, exc.no_keyring)
            if typed is None:
                return False, None
            if typed[1]:
                account_service.remember_for_session(self.ctx.store, account, typed[0])
            return True, typed[0]
        except OffMapError as exc:
            QMessageBox.warning(self, self.tr("Cannot send"), error_text(exc))
            return False, None

    def start(self) -> None:
        plan = self.plan()
        send = self.send_now.isChecked()
        password = None
        allow_unverified = False
        if send:
            answer = QMessageBox.question(
                self, self.tr("Addresses from the registry"),
                self.tr("The brokers' e-mail addresses come from the registry file you imported, "
                        "not from a verified source, and some belong to an agency or vendor. "
                        "Send to the addresses listed anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            allow_unverified = answer == QMessageBox.StandardButton.Yes
            go_on, password = self._password()
            if not go_on:
                return
        self.start_button.setEnabled(False)
        home, tasks = self.ctx.home, self.ctx.tasks
        progress = QProgressDialog(self.tr("Creating requests…"), self.tr("Cancel"), 0,
                                   max(len(plan.pairs), 1), self)
        progress.setWindowTitle(self.windowTitle())
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def work(handle):
            store = tasks.open_store(home)  # its writes stop once OffMap closes the store
            try:
                return bulk.run_plan(
                    store, plan, send=send, password=password,
                    allow_unverified=allow_unverified,
                    progress=lambda done, total, _msg: handle.progress.emit(done, total, ""),
                    should_stop=lambda: handle.cancelled)
            finally:
                store.close()

        def on_progress(done: int, total: int, _message: str) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, max(total, 1)))

        def done(summary: bulk.BulkSummary) -> None:
            progress.close()
            self.summary = summary
            self.ctx.bus.requests_changed.emit()
            self.show_summary(summary)
            self.accept()

        def failed(exc: BaseException) -> None:
            progress.close()
            self.start_button.setEnabled(True)
            QMessageBox.warning(self, self.tr("Bulk opt-outs stopped"), error_text(exc))

        handle = self.ctx.tasks.run(work, done, failed, on_progress)
        progress.canceled.connect(handle.cancel)

    def summary_text(self, summary: bulk.BulkSummary) -> str:
        text = self.tr("{created} opt-out requests created, {sent} sent, {skipped} skipped.") \
            .replace("{created}", str(len(summary.created))) \
            .replace("{sent}", str(summary.sent)).replace("{skipped}", str(len(summary.skipped)))
        if summary.cancelled:
            text += " " + self.tr("Cancelled: what was done before is kept.")
        if summary.created and not summary.sent:
            text += " " + self.tr("The new requests are drafts on the Requests page.")
        return text

    def show_summary(self, summary: bulk.BulkSummary) -> None:
        box = QMessageBox(self.parentWidget() or self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Opt-outs to location data brokers"))
        box.setText(self.summary_text(summary))
        details = [self.tr("client {id} / {company}: {reason}").replace("{id}", str(s.client_id))
                   .replace("{company}", s.company).replace("{reason}", shown(s.reason))
                   for s in summary.skipped]
        details += [shown(line) for line in summary.not_sent]
        if details:
            box.setDetailedText("\n".join(details))
        box.open()
