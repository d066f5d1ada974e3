"""Settings → Backups → "Store key…": the store's encryption key shown to print and keep on
paper (a lost key means the data cannot be recovered)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.common.messages import error_text
from app.services import store_keys


class StoreKeyDialog(QDialog):
    """Shows the key of the home's encrypted store, with the warning, and prints it."""

    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Store key"))
        layout = QVBoxLayout(self)
        self.warning = QLabel(self.tr(
            "OffMap's data is encrypted with this key. Without it (if this computer's keyring is "
            "lost) the data cannot be recovered, so print it and keep the paper somewhere safe, "
            "apart from the computer. Whoever has this key and a copy of the data folder or a "
            "backup can read every client record: never e-mail it or save it next to the data. "
            "To open the data on another computer, that computer needs this key imported "
            "(README, \"Where your data lives\")."))
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)
        self.key_text = QPlainTextEdit()
        self.key_text.setReadOnly(True)
        self.key_text.setAccessibleName(self.tr("Store key"))
        self.key_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_text.setMaximumHeight(90)
        layout.addWidget(self.key_text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("&Print…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_key)
        layout.addWidget(buttons)
        try:
            self.key = store_keys.encode_key(store_keys.current_key(home))
        except store_keys.StoreKeyError as exc:
            self.key = ""
            self.key_text.setPlainText(error_text(exc))
            self.print_button.setEnabled(False)
        else:
            self.key_text.setPlainText(self.key)

    def printable(self) -> QTextDocument:
        document = QTextDocument()
        document.setPlainText(f"{self.warning.text()}\n\n{self.tr('Store key')}: {self.key}\n")
        return document

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.printable().print_(printer)
