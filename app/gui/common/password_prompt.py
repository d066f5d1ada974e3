"""Asking for a mail password when none is stored (no secure keyring, or not saved yet). The
typed password is kept in memory for this session only, never written anywhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app import secrets
from app.core.errors import OffMapError
from app.core.mail import preset_for_host
from app.core.model import MailAccount
from app.gui.common.messages import error_text
from app.services import accounts as account_service

if TYPE_CHECKING:
    from app.services.session import Store


class PasswordDialog(QDialog):
    def __init__(self, account: MailAccount, no_keyring: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mail password"))
        self.setModal(True)
        intro = QLabel(self.tr("Password for {user} on {server}:")
                       .replace("{user}", account.username or account.from_addr)
                       .replace("{server}", f"{account.host}:{account.port}"))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if no_keyring:
            why = QLabel(self.tr(
                "There is no secure system keyring on this computer, so OffMap does not store "
                "mail passwords. It keeps the password in memory until OffMap closes, and never "
                "writes it to disk. {how}").replace("{how}", secrets.HOW_TO_GET_A_KEYRING))
            why.setWordWrap(True)
            layout.addWidget(why)
        preset = preset_for_host(account.host)
        if preset is not None:
            hint = QLabel(preset.password_help)
            hint.setWordWrap(True)
            layout.addWidget(hint)
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Mail password"))
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.remember = QCheckBox(
            self.tr("&Remember until OffMap closes") if no_keyring else
            self.tr("&Save it in the system keyring"))
        self.remember.setChecked(True)
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept_if_filled)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.password.setFocus()

    def _accept_if_filled(self) -> None:
        if self.password.text():
            self.accept()
        else:
            self.password.setFocus()

    def value(self) -> str:
        return self.password.text()


def ask_password(parent: QWidget | None, account: MailAccount,
                 no_keyring: bool) -> tuple[str, bool] | None:
    """Shows the dialog; returns (password, keep it) or None if cancelled. "Keep" means the
    system keyring when there is one, else memory until OffMap closes."""
    dialog = PasswordDialog(account, no_keyring, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.value(), dialog.remember.isChecked()


def keep_password(parent: QWidget | None, store: Store, account: MailAccount,
                  password: str) -> None:
    """Keeps a typed password: in the keyring when there is a secure one, else in memory until
    OffMap closes. If the keyring refuses (locked), it is kept in memory and the user told."""
    try:
        account_service.store_password(store, account, password)
    except OffMapError as exc:
        account_service.remember_for_session(store, account, password)
        kept = QCoreApplication.translate("PasswordDialog",
                                          "It is kept in memory until OffMap closes.")
        title = QCoreApplication.translate("PasswordDialog", "Password not saved")
        QMessageBox.warning(parent, title if parent else "", error_text(exc) + "\n\n" + kept)
