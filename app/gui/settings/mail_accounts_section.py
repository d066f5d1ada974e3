"""Settings section "Mail accounts": several accounts (the editor with its provider presets and
Test connection: account_dialog.py), the default one, signing in, and what happens without a
secure keyring."""


from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import secrets
from app.core.errors import OffMapError
from app.core.ids import saved_id
from app.core.model import MailAccount
from app.gui.common.context import GuiContext
from app.gui.common.empty_state import EmptyViewText
from app.gui.common.messages import error_text, sentence
from app.gui.common.password_prompt import ask_password, keep_password
from app.gui.common.record_table import leave_on_tab
from app.gui.common.table_model import ColumnsTableModel
from app.gui.settings.account_dialog import AccountDialog, run_connection_test
from app.services import accounts as account_service

Index = QModelIndex | QPersistentModelIndex


class AccountTableModel(ColumnsTableModel):
    COLUMNS = ("Name", "Server", "Security", "User", "From", "Default")
    AccountRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[MailAccount] = []
        self._default: int | None = None

    def set_accounts(self, rows: list[MailAccount], default_id: int | None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._default = default_id
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        account = self._rows[index.row()]
        if role == self.AccountRole:
            return account
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return account.label
        if column == 1:
            return f"{account.host}:{account.port}"
        if column == 2:
            return {"starttls": "STARTTLS", "ssl": "SSL/TLS", "none": self.tr("None (local)")}[
                account.security]
        if column == 3:
            return account.username
        if column == 4:
            return account.from_addr
        return self.tr("Yes") if account.id == self._default else ""


class MailAccountsSection(QGroupBox):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mail accounts"), parent)
        self.ctx = ctx
        explain = QLabel(self.tr(
            "OffMap sends letters from your own mail account, so replies come back to you. "
            "Add as many as you need (a clinic can send as the client or as the clinic)."))
        explain.setWordWrap(True)
        self.keyring = QLabel()
        self.keyring.setWordWrap(True)
        self.keyring.setAccessibleName(self.tr("Password storage"))
        self.model = AccountTableModel(self)
        self.table = leave_on_tab(QTableView())
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Mail accounts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(120)
        self.empty_text = EmptyViewText(self.table, self.tr(
            "No mail account yet. Add the account you send from with Add account… below; "
            "until then you can export letters and send them yourself."))
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("&Add account…"))
        self.add_button.clicked.connect(lambda: self.add_account())
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.default_button = QPushButton(self.tr("Make default"))
        self.default_button.clicked.connect(lambda: self.make_selected_default())
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setToolTip(self.tr("Log in to the server without sending anything"))
        self.test_button.clicked.connect(lambda: self.test_selected())
        self.sign_in_button = QPushButton(self.tr("Si&gn in with Google or Microsoft…"))
        self.sign_in_button.setToolTip(self.tr("For accounts that no longer accept passwords "
                                               "(OAuth; the token stays in the keyring)"))
        self.sign_in_button.clicked.connect(lambda: self.sign_in_selected())
        self.unlock_button = QPushButton(self.tr("Unlock ke&yring…"))
        self.unlock_button.setToolTip(self.tr("Ask the system to unlock its keyring (it shows "
                                              "its own password prompt)"))
        self.unlock_button.clicked.connect(lambda: self.unlock_keyring())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Mail account status"))

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button,
                       self.default_button, self.test_button, self.sign_in_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.keyring)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        ctx.bus.accounts_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.model.set_accounts(account_service.list_accounts(self.ctx.store),
                                account_service.default_account_id(self.ctx.store))
        self.empty_text.set_text(self.empty_text.text)
        status = secrets.keyring_status()
        self.unlock_button.setVisible(status.locked)
        if status.secure and not status.locked:
            self.keyring.setText(self.tr(
                "Passwords are kept in the system keyring ({backend}), never in OffMap's "
                "files, backups or exports.").replace("{backend}", status.backend))
            self.keyring.setStyleSheet("")
        else:
            self.keyring.setText(
                "⚠ " + sentence(status.explanation))
            # Palette colours only, so the warning reads in light, dark and high contrast.
            self.keyring.setStyleSheet(
                "QLabel { background: palette(alternate-base); color: palette(text);"
                " border: 1px solid palette(mid); border-left: 4px solid palette(highlight);"
                " padding: 6px; border-radius: 4px; }")
        self._update_buttons()

    def unlock_keyring(self) -> bool:
        """Asks the system to unlock its keyring; says so when it stays locked."""
        unlocked = secrets.unlock_keyring()
        if not unlocked:
            self.status.setText(self.tr(
                "The keyring is still locked (the unlock was declined). Stored passwords cannot "
                "be used until it is unlocked; OffMap keeps them nowhere else."))
        self.reload()
        return unlocked

    def selected_account(self) -> MailAccount | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], AccountTableModel.AccountRole) if rows else None

    def _update_buttons(self, *_args) -> None:
        from app.gui.settings.oauth_sign_in import sign_in_tooltip

        account = self.selected_account()
        for button in (self.edit_button, self.delete_button, self.default_button,
                       self.test_button, self.sign_in_button):
            button.setEnabled(account is not None)
        self.sign_in_button.setToolTip(sign_in_tooltip(self.model.row_count(), account))

    def sign_in_selected(self) -> None:
        from app.gui.settings.oauth_sign_in import sign_in

        sign_in(self, self.ctx, self.selected_account())
        self.reload()

    def open_editor(self, account: MailAccount | None = None) -> AccountDialog:
        return AccountDialog(self.ctx, account, self)

    def add_account(self) -> None:
        dialog = self.open_editor()
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self.status.setText(self.tr("Saved {name}.").replace("{name}", dialog.saved.label))

    def edit_selected(self) -> None:
        account = self.selected_account()
        if account is None:
            return
        dialog = self.open_editor(account)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self.status.setText(self.tr("Saved {name}.").replace("{name}", dialog.saved.label))

    def delete_selected(self, confirmed: bool = False) -> None:
        account = self.selected_account()
        if account is None:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self, self.tr("Delete mail account"),
                self.tr("Delete the mail account {name}? Its password is removed from the "
                        "system keyring. Letters already sent stay recorded.")
                .replace("{name}", account.label),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            account_service.delete_account(self.ctx.store, saved_id(account))
        except OffMapError as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("Deleted {name}.").replace("{name}", account.label))
        self.ctx.bus.accounts_changed.emit()

    def make_selected_default(self) -> None:
        account = self.selected_account()
        if account is None:
            return
        account_service.set_default(self.ctx.store, saved_id(account))
        self.ctx.bus.accounts_changed.emit()

    def test_selected(self) -> None:
        account = self.selected_account()
        if account is None:
            return
        try:
            password = account_service.password_for(self.ctx.store, account)
        except account_service.PasswordNeededError as exc:
            answer = ask_password(self, account, exc.no_keyring)
            if answer is None:
                return
            password, remember = answer
            if remember:
                keep_password(self, self.ctx.store, account, password)
        except OffMapError as exc:
            self.status.setText(error_text(exc))
            return
        run_connection_test(self.ctx, replace(account), password, self.status,
                            self.test_button)
