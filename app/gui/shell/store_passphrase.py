"""The store passphrase asked at start when there is no secure keyring to keep the store key."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from app import APP_NAME
from app.gui.common.messages import sentence
from app.services import store_keys


def tr(text: str) -> str:
    return QCoreApplication.translate("StorePassphrase", text)


def ask_passphrase(confirm: bool) -> str | None:
    """Asks for the passphrase (twice, after the lost-key warning, for a new store). None when
    the person cancels."""
    if QApplication.instance() is None:
        return None
    if confirm:
        QMessageBox.information(
            None, APP_NAME,
            tr("There is no secure keyring on this computer, so OffMap encrypts its data with a "
               "passphrase you choose. It is never stored: you type it each time OffMap starts.")
            + "\n\n" + sentence(store_keys.LOST_KEY_WARNING))
    label = tr("Passphrase for OffMap's encrypted data:") if not confirm \
        else tr("Choose a passphrase (at least 10 characters):")
    typed, accepted = QInputDialog.getText(None, APP_NAME, label, QLineEdit.EchoMode.Password)
    if not accepted:
        return None
    if confirm:
        again, accepted = QInputDialog.getText(None, APP_NAME, tr("The same passphrase again:"),
                                               QLineEdit.EchoMode.Password)
        if not accepted:
            return None
        if again != typed:
            raise store_keys.StoreKeyError("the two passphrases differ; nothing was created.")
    return typed
