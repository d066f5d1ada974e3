"""Settings section "Backups": back up now, restore (with confirmation), the automatic backups
kept in the home; and the automatic daily backup started with the window."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui.common.context import GuiContext
from app.gui.common.empty_state import EmptyViewText
from app.gui.common.messages import error_text
from app.gui.common.record_table import leave_on_tab
from app.gui.common.table_model import ColumnsTableModel
from app.services import backup as backup_service
from app.services.backup import BackupFile
from app.services.session import open_store

log = logging.getLogger("app.gui.backup")
Index = QModelIndex | QPersistentModelIndex


def schedule_daily_backup(ctx: GuiContext) -> None:
    """Makes today's automatic backup off the GUI thread (at most once a day, last 7 kept)."""

    def work(_handle) -> Path | None:
        store = open_store(ctx.home)
        try:
            return backup_service.run_daily_backup(store)
        finally:
            store.close()

    def failed(exc: BaseException) -> None:
        log.warning("automatic backup failed: %s", type(exc).__name__)

    ctx.tasks.run(work, on_error=failed)


class BackupTableModel(ColumnsTableModel):
    COLUMNS = ("Made", "Kind", "Size")
    FileRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[BackupFile] = []

    def set_backups(self, rows: list[BackupFile]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._rows)

    def kind_label(self, kind: str) -> str:
        return {
            "auto": self.tr("Daily (automatic)"),
            "before-restore": self.tr("Before a restore"),
            "before-migration": self.tr("Before an upgrade"),
        }.get(kind, self.tr("Other"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == self.FileRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(row.path)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return row.modified.strftime("%Y-%m-%d %H:%M")
            if index.column() == 1:
                return self.kind_label(row.kind)
            return QLocale().formattedDataSize(row.size)
        return None


class BackupSection(QGroupBox):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backups"), parent)
        self.ctx = ctx
        explain = QLabel(self.tr(
            "OffMap makes a backup of the store every day it is opened and keeps the last "
            "seven here. \"Back up now\" writes a copy, with the attached files, wherever you "
            "choose: keep one on another disk. A restore checks the file first and keeps a "
            "copy of the current data."
        ))
        explain.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("&Back up now…"))
        self.backup_button.clicked.connect(lambda: self.backup_now())
        self.restore_file_button = QPushButton(self.tr("Restore from a fi&le…"))
        self.restore_file_button.clicked.connect(lambda: self.restore_from())
        self.restore_selected_button = QPushButton(self.tr("Restore the selected back&up…"))
        self.restore_selected_button.clicked.connect(self._restore_selected)
        self.store_key_button = QPushButton(self.tr("Store &key…"))
        self.store_key_button.setToolTip(self.tr(
            "Show the key OffMap's data is encrypted with, to print and keep on paper"))
        self.store_key_button.clicked.connect(self.show_store_key)

        self.model = BackupTableModel(self)
        self.table = leave_on_tab(QTableView())
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups kept in the data folder"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(150)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty_text = EmptyViewText(self.table, self.tr(
            "No backup here yet. OffMap makes one each day it is opened; Back up now… writes "
            "one wherever you choose."))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Backup status"))

        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_file_button,
                       self.restore_selected_button, self.store_key_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        self.reload()

    def show_store_key(self) -> None:
        from app.gui.settings.store_key_dialog import StoreKeyDialog

        StoreKeyDialog(self.ctx.home, self).exec()

    def reload(self) -> None:
        self.model.set_backups(backup_service.list_backups(self.ctx.home))
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.restore_selected_button.setEnabled(self.selected_backup() is not None)

    def selected_backup(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], BackupTableModel.FileRole) if rows else None

    # -- back up ----------------------------------------------------------------------------
    def backup_now(self, path: Path | None = None) -> None:
        if path is None:
            suggested = Path.home() / f"offmap-backup-{date.today().isoformat()}.sqlite3"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Back up OffMap"), str(suggested),
                self.tr("OffMap backups (*.sqlite3);;All files (*)"))
            if not chosen:
                return
            path = Path(chosen)
        home = self.ctx.home
        progress = self._progress(self.tr("Backing up…"))

        def work(handle):
            store = open_store(home)
            try:
                return backup_service.backup_store(
                    store, path, progress=lambda done, total: handle.report(done, total))
            finally:
                store.close()

        def done(facts) -> None:
            progress.close()
            self.status.setText(self.tr(
                "Backup written to {path}: {clients} clients, {requests} requests, {files} "
                "attached files.").replace("{path}", str(path))
                .replace("{clients}", str(facts.clients))
                .replace("{requests}", str(facts.requests))
                .replace("{files}", str(facts.attachments)))
            self.reload()

        handle = self.ctx.tasks.run(work, done, self._failed(progress, self.tr("Not backed up")),
                                    self._on_progress(progress))
        progress.canceled.connect(handle.cancel)

    # -- restore ----------------------------------------------------------------------------
    def _restore_selected(self) -> None:
        chosen = self.selected_backup()
        if chosen is not None:
            self.restore_from(chosen.path)

    def restore_from(self, path: Path | None = None, confirmed: bool = False) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Restore OffMap from a backup"), str(Path.home()),
                self.tr("OffMap backups (*.sqlite3);;All files (*)"))
            if not chosen:
                return
            path = Path(chosen)
        if not confirmed and not self._confirm_restore(path):
            return
        home = self.ctx.home
        progress = self._progress(self.tr("Restoring…"))
        progress.setCancelButton(None)

        def done(result) -> None:
            progress.close()
            text = self.tr("Restored {clients} clients and {requests} requests.").replace(
                "{clients}", str(result.facts.clients)).replace(
                "{requests}", str(result.facts.requests))
            if result.previous_copy:
                text += " " + self.tr("The data it replaced was kept as {path}.").replace(
                    "{path}", str(result.previous_copy))
            self.status.setText(text)
            self.reload()
            bus = self.ctx.bus
            for signal in (bus.clients_changed, bus.requests_changed, bus.directory_changed,
                           bus.accounts_changed):
                signal.emit()

        self.ctx.tasks.run(lambda _h: backup_service.restore_backup(home, path), done,
                           self._failed(progress, self.tr("Not restored")))

    def _confirm_restore(self, path: Path) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Restore a backup"))
        box.setText(self.tr("Replace everything OffMap holds now with the backup {name}?")
                    .replace("{name}", path.name))
        box.setInformativeText(self.tr(
            "Clients, requests and replies recorded since that backup will no longer show. "
            "The file is checked first, and a copy of the current data is kept in the "
            "backups folder so you can go back."))
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    # -- helpers ----------------------------------------------------------------------------
    def _progress(self, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Backups"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        return dialog

    def _on_progress(self, dialog: QProgressDialog):
        def update(done: int, total: int, _message: str) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
        return update

    def _failed(self, dialog: QProgressDialog, title: str):
        def show(exc: BaseException) -> None:
            dialog.close()
            from app.gui.common.tasks import Cancelled

            if isinstance(exc, Cancelled):
                self.status.setText(self.tr("Cancelled; nothing was written."))
                return
            self.status.setText(error_text(exc))
            QMessageBox.warning(self, title, error_text(exc))
        return show
