"""Settings section "Shared store": where the cases are (this computer's encrypted store or a
clinic's server), choosing a server, moving this computer's cases onto it, going back, and
signing out (the password leaves the keyring)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import OffMapError
from app.gui.common.context import GuiContext
from app.gui.common.messages import error_text
from app.gui.common.tasks import Cancelled
from app.services import store_choice, store_login
from app.services.store_status import StoreStatus, store_status

# The database programs by their product names (the same in every language), not their ids.
BACKEND_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


def _restart(widget: QWidget) -> bool:
    from app.gui.common.restart import restart

    return restart(widget.window())


class SharedStoreSection(QGroupBox):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None,
                 restart: Callable[[QWidget], bool] = _restart) -> None:
        super().__init__(self.tr("Shared store"), parent)
        self.ctx = ctx
        self.restart = restart
        self.on_server = store_choice.is_server(ctx.store)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setAccessibleName(self.tr("Where the cases are kept"))
        self.use_button = QPushButton(self.tr("&Join a clinic server…"))
        self.use_button.clicked.connect(self.use_server)
        self.move_button = QPushButton(self.tr("Cop&y this computer's cases to the server…"))
        self.move_button.clicked.connect(self.move_cases)
        self.copy_back_button = QPushButton(self.tr("Copy the server's cases to this computer…"))
        # No Alt key: every letter of it is taken on the Settings page (Tab reaches it).
        self.copy_back_button.clicked.connect(self.copy_back)
        self.stop_button = QPushButton(self.tr("E&xit the server: use this computer's store"))
        self.stop_button.clicked.connect(self.stop_using_server)
        self.sign_out_button = QPushButton(self.tr("Sign out, forget the pass&word"))
        self.sign_out_button.clicked.connect(self.sign_out)
        for button in (self.move_button, self.copy_back_button, self.stop_button,
                       self.sign_out_button):
            button.setVisible(self.on_server)
        # Another server: exit this one first.
        self.use_button.setVisible(not self.on_server)
        # Two rows: four long labels side by side would widen the whole Settings page.
        copies, leaves = QHBoxLayout(), QHBoxLayout()
        for row, row_buttons in ((copies, (self.use_button, self.move_button,
                                           self.copy_back_button)),
                                 (leaves, (self.stop_button, self.sign_out_button))):
            for button in row_buttons:
                row.addWidget(button)
            row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addLayout(copies)
        layout.addLayout(leaves)
        self.load()

    def load(self) -> None:
        try:
            status = store_status(self.ctx.store)
        except OffMapError as exc:
            self.where.setText(error_text(exc))
            return
        text = self.describe(status)
        if store_choice.chosen_elsewhere(self.ctx.home):
            text += " " + self.tr("This start's store was chosen with --store or OFFMAP_STORE, "
                                  "which come before the choice saved here.")
        self.where.setText(text)

    def describe(self, status: StoreStatus) -> str:
        if self.on_server:
            text = self.tr(
                "The cases are on the clinic's server {location} ({backend}, schema {version}): "
                "{clients} clients, {requests} requests. Every worker signed in to it sees them.")
        else:
            text = self.tr(
                "The cases are in this computer's encrypted store ({backend}, schema {version}): "
                "{clients} clients, {requests} requests. A clinic with several workers can keep "
                "them on its own server instead.") if status.encrypted else self.tr(
                "The cases are in this computer's store, not encrypted yet ({backend}, schema "
                "{version}): {clients} clients, {requests} requests.")
        backend = BACKEND_NAMES.get(status.backend, status.backend)
        for name, value in (("location", status.location), ("backend", backend),
                            ("version", status.schema_version), ("clients", status.clients),
                            ("requests", status.requests)):
            text = text.replace("{" + name + "}", str(value))
        return text

    def server_url(self) -> str:
        return self.ctx.store.location if self.on_server else \
            store_choice.saved_server(self.ctx.home) or ""

    def use_server(self) -> bool:
        from app.gui.settings.server_store_dialog import ServerStoreDialog

        elsewhere = store_choice.chosen_elsewhere(self.ctx.home)  # before the choice changes
        dialog = ServerStoreDialog(self.ctx, self.server_url(), parent=self)
        if dialog.exec() != ServerStoreDialog.DialogCode.Accepted or not dialog.saved_url:
            return False
        return self._restart_if_it_helps(elsewhere)

    def move_cases(self) -> None:
        """Copies this computer's store into the server store in use (which must be empty)."""
        if not self.on_server:
            return
        home, url = self.ctx.home, self.ctx.store.location
        try:
            local = store_choice.home_store_status(home)
        except OffMapError as exc:
            QMessageBox.warning(self, self.tr("Cases not copied"), error_text(exc))
            return
        question = self.tr(
            "Copy this computer's {clients} clients and {requests} requests, with their letters, "
            "replies and history, into the server store {url}? The server store must be empty. "
            "Nothing on this computer is changed or removed.")
        for name, value in (("clients", local.clients), ("requests", local.requests),
                            ("url", url)):
            question = question.replace("{" + name + "}", str(value))
        title = self.tr("Copy cases to the server")
        if QMessageBox.question(self, title, question) != QMessageBox.StandardButton.Yes:
            return

        def copied(result) -> None:
            self.ctx.bus.clients_changed.emit()
            self.ctx.bus.requests_changed.emit()
            self.load()
            QMessageBox.information(self, self.tr("Cases copied"), self.tr(
                "Copied {rows} rows into the server store; every table's count was checked.")
                .replace("{rows}", str(result.rows)))

        self._copy(lambda progress: store_choice.move_home_store_to(home, url, progress),
                   title, self.move_button, copied,
                   self.tr("Cancelled: nothing was copied, the server store is as it was."))

    def copy_back(self) -> None:
        """Copies the server store in use into this computer's own store (which must be
        empty); the server keeps everything."""
        if not self.on_server:
            return
        home, url = self.ctx.home, self.ctx.store.location
        title = self.tr("Copy cases to this computer")
        try:
            local = store_choice.home_store_status(home)
            here = store_status(self.ctx.store)
        except OffMapError as exc:
            QMessageBox.warning(self, self.tr("Cases not copied"), error_text(exc))
            return
        if local.clients or local.requests:
            QMessageBox.warning(self, self.tr("Cases not copied"), self.tr(
                "This computer's own store already holds {clients} clients and {requests} "
                "requests (perhaps the ones copied to the server earlier). The server's cases "
                "are copied only into an empty store, so that nothing is mixed up or "
                "overwritten; nothing was copied.")
                .replace("{clients}", str(local.clients))
                .replace("{requests}", str(local.requests)))
            return
        question = self.tr(
            "Copy the server's {clients} clients and {requests} requests, with their letters, "
            "replies and history, into this computer's own store? Nothing on the server is "
            "changed or removed.").replace("{clients}", str(here.clients)) \
            .replace("{requests}", str(here.requests))
        if QMessageBox.question(self, title, question) != QMessageBox.StandardButton.Yes:
            return

        def copied(result) -> None:
            QMessageBox.information(self, self.tr("Cases copied"), self.tr(
                "Copied {rows} rows into this computer's store; every table's count was "
                "checked. To work on them here, choose \"Exit the server\".")
                .replace("{rows}", str(result.rows)))

        self._copy(lambda progress: store_choice.copy_server_store_home(home, url, progress),
                   title, self.copy_back_button, copied,
                   self.tr("Cancelled: nothing was copied, this computer's store is as it was."))

    def _copy(self, copy: Callable, title: str, button: QPushButton,
              on_copied: Callable, cancelled_text: str) -> None:
        """Runs `copy(progress)` off the window's thread, with rows copied so far and Cancel
        (which rolls the whole copy back)."""
        progress = QProgressDialog(self.tr("Copying the cases…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowTitle(title)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        self.move_progress = progress
        stop = threading.Event()
        progress.canceled.connect(stop.set)
        button.setEnabled(False)

        def work(handle):
            def copied(table: str, done: int, total: int) -> None:
                handle.progress.emit(done, total, table)
                if stop.is_set() or handle.cancelled:
                    raise Cancelled()

            return copy(copied)

        def report(done: int, total: int, table: str) -> None:
            progress.setLabelText(self.tr("Copying {table}: {done} of {total} rows…")
                                  .replace("{table}", table).replace("{done}", str(done))
                                  .replace("{total}", str(total)))
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, max(total, 1)))

        def finished(result) -> None:
            progress.close()
            button.setEnabled(True)
            on_copied(result)

        def failed(exc: BaseException) -> None:
            progress.close()
            button.setEnabled(True)
            if isinstance(exc, Cancelled):
                text = cancelled_text
            elif isinstance(exc, OffMapError):
                text = error_text(exc)
            else:
                text = self.tr("The cases could not be copied ({error}); nothing was copied.") \
                    .replace("{error}", type(exc).__name__)
            self.last_move_message = text
            QMessageBox.warning(self, self.tr("Cases not copied"), text)

        self.last_move_message = ""
        self.ctx.tasks.run(work, on_success=finished, on_error=failed, on_progress=report)

    def stop_using_server(self) -> bool:
        answer = QMessageBox.question(self, self.tr("Stop using the server"), self.tr(
            "Open this computer's own store from the next start? The cases stay on the server; "
            "to have them here too, first copy them with \"Copy the server's cases to this "
            "computer\". OffMap restarts now."))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._back_home()

    def sign_out(self) -> bool:
        url = self.server_url()
        if not url:
            return False
        answer = QMessageBox.question(self, self.tr("Sign out of the server"), self.tr(
            "Remove the password of {url} from this computer's keyring? OffMap then opens this "
            "computer's own store; it restarts now.").replace("{url}", url))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            store_login.logout(url)
        except OffMapError as exc:
            QMessageBox.warning(self, self.tr("Not signed out"), error_text(exc))
            return False
        return self._back_home()

    def _back_home(self) -> bool:
        elsewhere = store_choice.chosen_elsewhere(self.ctx.home)  # before the choice changes
        try:
            store_choice.save_server(self.ctx.home, None)
        except OffMapError as exc:
            QMessageBox.warning(self, self.tr("Shared store"), error_text(exc))
            return False
        return self._restart_if_it_helps(elsewhere)

    def _restart_if_it_helps(self, chosen_elsewhere: bool) -> bool:
        if chosen_elsewhere:
            QMessageBox.information(self, self.tr("Shared store"), self.tr(
                "Saved. OffMap was started with --store or OFFMAP_STORE, which come first: the "
                "choice applies when OffMap starts without them."))
            return False
        return self.restart(self)
