""""Use a clinic server…": the server store's address and password, a connection test, and
saving the choice (the password into the keyring, the address as this computer's store)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import OffMapError
from app.gui.common.appearance import color
from app.gui.common.context import GuiContext
from app.gui.common.label_room import room_for_alt_keys
from app.gui.common.messages import error_text
from app.services import store_choice, store_login


class ServerStoreDialog(QDialog):
    """Accepted once the password is kept and the address saved; `saved_url` says which."""

    def __init__(self, ctx: GuiContext, url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_url: str | None = None
        self.setWindowTitle(self.tr("Use a clinic server"))
        explain = QLabel(self.tr(
            "The clinic's cases are kept on its PostgreSQL server, so every worker sees the same "
            "clients and requests. Ask whoever runs the server for the address and your own "
            "database role (docs/clinic-setup.md). The password is kept in this computer's "
            "system keyring, never in a file."))
        explain.setWordWrap(True)
        self.address = QLineEdit(url)
        self.address.setPlaceholderText(self.tr("postgresql://USER@HOST[:PORT]/DB"))
        self.address.setAccessibleName(self.tr("Server store address"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Server store password"))
        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Password:"), self.password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Connection test result"))
        self.message.hide()
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.clicked.connect(self.test)
        self.save_button = QPushButton(self.tr("&Save and restart"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        room_for_alt_keys(self)  # labels with an Alt key drawn whole
        self.resize(560, self.sizeHint().height())

    def _entered(self) -> tuple[str, str] | None:
        url, password = self.address.text().strip(), self.password.text()
        if not url:
            self.show_message(self.tr("Type the server store's address, "
                                      "postgresql://USER@HOST[:PORT]/DB."), ok=False)
            self.address.setFocus()
            return None
        if not password:
            self.show_message(self.tr("Type the password of your database role."), ok=False)
            self.password.setFocus()
            return None
        return url, password

    def show_message(self, text: str, ok: bool) -> None:
        self.message.setText(text)
        # Colours from the scheme (light or dark): the error colour, else the palette's text.
        self.message.setStyleSheet("padding: 6px;" if ok else
                                   f"padding: 6px; color: {color('error')};")
        self.message.show()

    def _busy(self, busy: bool, text: str = "") -> None:
        for button in (self.test_button, self.save_button):
            button.setEnabled(not busy)
        if busy:
            self.message.setStyleSheet("")
            self.message.setText(text)
            self.message.show()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, OffMapError):
            self.show_message(error_text(exc), ok=False)
        else:
            self.show_message(self.tr("The server store could not be reached: {error}")
                              .replace("{error}", type(exc).__name__), ok=False)

    def test(self) -> None:
        entered = self._entered()
        if entered is None:
            return
        url, password = entered
        home = self.ctx.home
        self._busy(True, self.tr("Connecting…"))

        def done(address: str) -> None:
            self._busy(False)
            self.show_message(self.tr("Connected to {url}: the server store is ready. Nothing "
                                      "has been saved yet.").replace("{url}", address), ok=True)

        self.ctx.tasks.run(lambda handle: store_choice.try_connection(home, url, password),
                           on_success=done, on_error=self._failed)

    def save(self) -> None:
        entered = self._entered()
        if entered is None:
            return
        url, password = entered
        home = self.ctx.home
        self._busy(True, self.tr("Connecting…"))

        def kept(address: str) -> None:
            self._busy(False)
            try:
                store_choice.save_server(home, address)
            except OffMapError as exc:
                self.show_message(error_text(exc), ok=False)
                return
            self.saved_url = address
            self.accept()

        self.ctx.tasks.run(lambda handle: store_login.login(home, url, password),
                           on_success=kept, on_error=self._failed)
