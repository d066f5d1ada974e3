"""Sending from the window: "Send" for one request, "Send all" for a batch (progress, cancel,
per-letter results), the password prompt when none is stored, and "Open the web form" /
"Print" for recipients without an e-mail address. Pages call `SendController`.

Sending runs off the GUI thread; the worker opens its own store and gets only values (ids,
account id, password), never widgets."""

from __future__ import annotations

import logging
import threading
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import secrets
from app.core.errors import OffMapError
from app.core.model import MailAccount
from app.gui.common.context import GuiContext
from app.gui.common.messages import error_text, shown
from app.gui.common.password_prompt import ask_password, keep_password
from app.gui.common.record_table import leave_on_tab
from app.gui.common.table_model import ColumnsTableModel
from app.services import accounts as account_service
from app.services import requests as request_service
from app.services import sending
from app.services.sending import BatchItem, Channels, SendResult
from app.services.session import open_store

log = logging.getLogger("app.gui.send")
Index = QModelIndex | QPersistentModelIndex

OUTCOME_LABELS = {
    "sent": "Sent",
    "recorded": "Recorded (had gone out)",
    "skipped": "Already sent",
    "web-form-or-post": "Web form or post",
    "unverified": "Address not confirmed",
    "missing-id": "Identification missing",
    "failed": "Failed",
    "not-attempted": "Not sent",
    "pending": "Waiting",
}


class ConfirmSendDialog(QDialog):
    """Says what will go where and lets the user pick the account to send from."""

    def __init__(self, ctx: GuiContext, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send by e-mail"))
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.account = QComboBox()
        self.account.setAccessibleName(self.tr("Send from"))
        default_id = account_service.default_account_id(ctx.store)
        for account in account_service.list_accounts(ctx.store):
            self.account.addItem(f"{account.label} <{account.from_addr}>", account.id)
            if account.id == default_id:
                self.account.setCurrentIndex(self.account.count() - 1)
        form = QFormLayout()
        form.addRow(self.tr("Send &from:"), self.account)
        note = QLabel(self.tr("Sent letters cannot be called back. OffMap records the server's "
                              "answer and starts the deadline today."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = buttons.addButton(self.tr("&Send"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_account(self) -> int | None:
        return self.account.currentData()


class SendController(QObject):
    """What a page needs to offer Send / Send all. `sent` carries the request ids sent."""

    sent = Signal(list)

    def __init__(self, ctx: GuiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.last_message = ""

    # -- common steps ---------------------------------------------------------------------------
    def account_and_password(self, account_id: int | None = None
                             ) -> tuple[MailAccount, str | None] | None:
        """The account to send with and its password, asking when none is stored. None when
        the user cancelled or no account exists (then Settings is suggested)."""
        store = self.ctx.store
        try:
            account = account_service.resolve_account(store, account_id)
        except OffMapError as exc:
            answer = QMessageBox.question(
                self.parent_widget, self.tr("No mail account"),
                error_text(exc) + "\n\n" + self.tr("Open Settings now?"),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Open:
                self.ctx.bus.navigate.emit("settings")
            return None
        try:
            return account, account_service.password_for(store, account)
        except account_service.PasswordNeededError as exc:
            typed = ask_password(self.parent_widget, account, exc.no_keyring)
            if typed is None:
                return None
            password, remember = typed
            if remember:
                keep_password(self.parent_widget, store, account, password)
            return account, password
        except secrets.KeyringLockedError as exc:  # a keyring exists: offer to unlock it
            answer = QMessageBox.question(
                self.parent_widget, self.tr("Keyring locked"),
                error_text(exc) + "\n\n" + self.tr("Unlock the keyring now?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Yes and secrets.unlock_keyring():
                return self.account_and_password(account_id)
            return None
        except OffMapError as exc:  # access denied
            QMessageBox.warning(self.parent_widget, self.tr("Mail password"), error_text(exc))
            return None

    # -- one request ----------------------------------------------------------------------------
    def confirm(self, text: str) -> int | bool | None:
        """Asks before sending; the chosen account id (None: the default), or False."""
        if not account_service.list_accounts(self.ctx.store):
            return None  # account_and_password explains and offers Settings
        dialog = ConfirmSendDialog(self.ctx, text, self.parent_widget)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return dialog.chosen_account()

    def send_one(self, request_id: int, account_id: int | None = None,
                 resend_interrupted: bool = False, confirm: bool = True) -> None:
        store = self.ctx.store
        request = request_service.get_request(store, request_id)
        if request.status != "draft" and not resend_interrupted:
            self._report(self.tr("Already sent"), self.tr(
                "{ref} is not a draft any more ({status}); it is not sent again. To write to "
                "the company again, draft a reminder on the Tracking tab.")
                .replace("{ref}", request.reference).replace("{status}", request.status))
            return
        try:
            channels = sending.channels_for(store, request)
        except OffMapError as exc:
            self._report(self.tr("Not sent"), error_text(exc))
            return
        if not channels.can_email:
            ChannelDialog(self.ctx, request_id, channels, self.parent_widget).exec()
            return
        if not channels.email_trusted and not self.confirm_unverified([channels]):
            return
        if confirm:
            from app.services.routes import successor_note

            note = successor_note(store, request)
            picked = self.confirm(self.tr("Send {ref} to {name} <{to}>?")
                                  .replace("{ref}", request.reference)
                                  .replace("{name}", channels.name)
                                  .replace("{to}", channels.email or "")
                                  + (f"\n\n{shown(note)}" if note else ""))
            if picked is False:
                return
            account_id = picked if picked is not None else account_id
        chosen = self.account_and_password(account_id)
        if chosen is None:
            return
        account, password = chosen
        home = self.ctx.home

        def work(_handle) -> SendResult:
            worker_store = open_store(home)
            try:
                return sending.send_request(worker_store, request_id, account.id, password,
                                            resend_interrupted=resend_interrupted,
                                            allow_unverified=True)  # asked above
            finally:
                worker_store.close()

        def done(result: SendResult) -> None:
            self.ctx.bus.requests_changed.emit()
            self.sent.emit([request_id])
            due = self.tr(" The answer is due {date}.").replace("{date}", result.due_on) \
                if result.due_on else ""
            self._report(self.tr("Sent"), self.tr("{ref} was sent to {to}.{due}")
                         .replace("{ref}", result.reference)
                         .replace("{to}", ", ".join(result.to)).replace("{due}", due),
                         warning=False)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, sending.SendInterruptedError):
                self._interrupted(request_id, account_id, error_text(exc))
                return
            text = error_text(exc) if isinstance(exc, OffMapError) else \
                self.tr("Sending failed unexpectedly; nothing was marked sent.")
            self._report(self.tr("Not sent"), text)

        self.ctx.tasks.run(work, done, failed)

    def _unverified_channels(self, request_ids: list[int]) -> list[sending.Channels]:
        found = []
        for request_id in request_ids:
            try:
                channels = sending.channels_for(
                    self.ctx.store, request_service.get_request(self.ctx.store, request_id))
            except OffMapError:
                continue
            if channels.can_email and not channels.email_trusted:
                found.append(channels)
        return found

    def confirm_unverified(self, unverified: list[sending.Channels]) -> bool:
        """Asks before sending to addresses that did not come from a verified source."""
        if not unverified:
            return True
        lines = "\n".join(f"• {c.name} <{c.email}>: {shown(c.email_source.label)}"
                          for c in unverified[:10] if c.email_source)
        answer = QMessageBox.question(
            self.parent_widget, self.tr("Address not verified"),
            self.tr("These addresses did not come from a verified source (the company's own "
                    "page). Check that each is the company's own privacy address before "
                    "sending:") + "\n\n" + lines + "\n\n" + self.tr("Send to them anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _interrupted(self, request_id: int, account_id: int | None, text: str) -> None:
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Check before sending again"))
        box.setText(text)
        went = box.addButton(self.tr("It is in my Sent folder: mark sent"),
                             QMessageBox.ButtonRole.AcceptRole)
        again = box.addButton(self.tr("It is not there: send again"),
                              QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is went:
            from app.services import tracking

            tracking.record_interrupted_send(self.ctx.store, request_id, on=date.today())
            self.ctx.bus.requests_changed.emit()
        elif box.clickedButton() is again:
            self.send_one(request_id, account_id, resend_interrupted=True)

    def _report(self, title: str, text: str, warning: bool = True) -> None:
        self.last_message = text
        if warning:
            QMessageBox.warning(self.parent_widget, title, text)
        else:
            QMessageBox.information(self.parent_widget, title, text)

    # -- a batch --------------------------------------------------------------------------------
    def send_all(self, request_ids: list[int], account_id: int | None = None,
                 start: bool = True, confirm: bool = True) -> SendAllDialog | None:
        """Sends the drafts among `request_ids` one by one in a dialog with progress."""
        store = self.ctx.store
        drafts = [i for i in request_ids if request_service.get_request(store, i).status == "draft"]
        if not drafts:
            self._report(self.tr("Nothing to send"), self.tr(
                "None of these requests is a draft: sent letters are never sent again."))
            return None
        if confirm:
            skipped = len(request_ids) - len(drafts)
            text = self.tr("Send {n} letters by e-mail, one after the other?").replace(
                "{n}", str(len(drafts)))
            if skipped:
                text += " " + self.tr("({n} already sent are left out.)").replace(
                    "{n}", str(skipped))
            picked = self.confirm(text)
            if picked is False:
                return None
            account_id = picked if picked is not None else account_id
        request_ids = drafts
        unverified = self._unverified_channels(drafts)
        # Declined: those letters stay drafts and the results say why.
        allow_unverified = bool(unverified) and self.confirm_unverified(unverified)
        chosen = self.account_and_password(account_id)
        if chosen is None:
            return None
        account, password = chosen
        dialog = SendAllDialog(self.ctx, request_ids, account, password, self.parent_widget)
        dialog.allow_unverified = allow_unverified
        dialog.finished_sending.connect(
            lambda items: self.sent.emit([i.request_id for i in items if i.ok]))
        if start:
            dialog.start()
            dialog.exec()
        return dialog


class BatchResultsModel(ColumnsTableModel):
    COLUMNS = ("Reference", "Recipient", "Result", "Details")

    def __init__(self, rows: list[tuple[int, str, str]], parent=None) -> None:
        super().__init__(parent)
        # request id, reference, recipient name
        self._rows = [{"id": i, "reference": ref, "to": to, "outcome": "pending",
                       "message": ""} for i, ref, to in rows]

    def set_item(self, item: BatchItem) -> None:
        for number, row in enumerate(self._rows):
            if row["id"] == item.request_id:
                row["outcome"], row["message"] = item.outcome, item.message
                self.dataChanged.emit(self.index(number, 0), self.index(number, 3))
                return

    def outcome(self, row: int) -> str:
        return self._rows[row]["outcome"]

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return shown(row["message"])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (row["reference"], row["to"], self.tr(OUTCOME_LABELS[row["outcome"]]),
                shown(row["message"]))[index.column()]


class SendAllDialog(QDialog):
    """Sends the letters one by one with a progress bar; Cancel stops before the next letter
    (a letter being handed to the server is never cut off). Each letter's result shows as it
    comes."""

    item_done = Signal(object)  # BatchItem, emitted from the worker thread
    finished_sending = Signal(list)

    def __init__(self, ctx: GuiContext, request_ids: list[int], account: MailAccount,
                 password: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request_ids = list(request_ids)
        self.account = account
        self.password = password
        self.items: list[BatchItem] = []
        self.allow_unverified = False  # set once the user confirmed unverified addresses
        self.handle = None
        self.running = False
        self._stop = threading.Event()  # read by the worker between letters
        self.setWindowTitle(self.tr("Send all"))
        self.setMinimumSize(720, 360)
        rows = []
        for request_id in self.request_ids:
            request = request_service.get_request(ctx.store, request_id)
            try:
                name = sending.channels_for(ctx.store, request).name
            except OffMapError:
                name = request.company
            rows.append((request_id, request.reference, name))
        self.model = BatchResultsModel(rows, self)
        self.intro = QLabel(self.tr("Sending {n} letters from {account}.")
                            .replace("{n}", str(len(rows))).replace("{account}", account.label))
        self.intro.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, len(rows))
        self.bar.setAccessibleName(self.tr("Sending progress"))
        self.table = leave_on_tab(QTableView())
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Result for each letter"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.item_done.connect(self._show_item)

    def start(self) -> None:
        home, ids = self.ctx.home, list(self.request_ids)
        account_id, password, stop = self.account.id, self.password, self._stop
        allow_unverified = self.allow_unverified
        self.running = True

        def work(handle) -> list[BatchItem]:
            worker_store = open_store(home)
            try:
                return sending.send_batch(
                    worker_store, ids, account_id, password,
                    progress=lambda done, total, text: handle.progress.emit(done, total, text),
                    should_stop=lambda: handle.cancelled or stop.is_set(),
                    on_item=self.item_done.emit, allow_unverified=allow_unverified,
                    allow_missing_id=True)  # the user confirmed missing IDs before (Send all)
            finally:
                worker_store.close()

        self.handle = self.ctx.tasks.run(work, self._finished, self._failed, self._progress)

    def cancel(self) -> None:
        if self.running:
            self._stop.set()
            if self.handle is not None:
                self.handle.cancel()
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Stopping after the letter being sent…"))
        else:
            self.reject()

    def reject(self) -> None:
        """Escape or closing the window while sending stops after the current letter."""
        if self.running:
            self.cancel()
            return
        super().reject()

    def _progress(self, done: int, total: int, _message: str) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)

    def _show_item(self, item: BatchItem) -> None:
        self.items.append(item)
        self.model.set_item(item)

    def _finished(self, items: list[BatchItem]) -> None:
        self.running = False
        for item in items:
            if item not in self.items:
                self._show_item(item)
        self.bar.setValue(self.bar.maximum())
        counts: dict[str, int] = {}
        for item in items:
            counts[item.outcome] = counts.get(item.outcome, 0) + 1
        sent = counts.get("sent", 0) + counts.get("recorded", 0)
        text = self.tr("{sent} of {total} sent.").replace("{sent}", str(sent)).replace(
            "{total}", str(len(items)))
        if counts.get("web-form-or-post"):
            text += " " + self.tr("{n} go by web form or post: open each request to print it "
                                  "or open the form.").replace(
                "{n}", str(counts["web-form-or-post"]))
        if counts.get("unverified"):
            text += " " + self.tr("{n} not sent: their address is not from a verified source "
                                  "and was not confirmed.").replace(
                "{n}", str(counts["unverified"]))
        if counts.get("failed"):
            text += " " + self.tr("{n} failed: see Details; nothing was marked sent for them.") \
                .replace("{n}", str(counts["failed"]))
        if counts.get("not-attempted"):
            text += " " + self.tr("{n} not attempted.").replace(
                "{n}", str(counts["not-attempted"]))
        self.summary.setText(text)
        self.cancel_button.setEnabled(False)
        self.close_button.setEnabled(True)
        self.close_button.setDefault(True)
        self.ctx.bus.requests_changed.emit()
        self.finished_sending.emit(items)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.summary.setText(error_text(exc) if isinstance(exc, OffMapError)
                             else self.tr("Sending stopped unexpectedly."))
        self.cancel_button.setEnabled(False)
        self.close_button.setEnabled(True)
        self.ctx.bus.requests_changed.emit()
        self.finished_sending.emit(list(self.items))


class ChannelDialog(QDialog):
    """For a recipient without an e-mail address: open its web form (the letter is copied to
    the clipboard to paste), print the letter or save it as PDF, then record how it went."""

    def __init__(self, ctx: GuiContext, request_id: int, channels: Channels,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request_id = request_id
        self.channels = channels
        self.setWindowTitle(self.tr("Send by web form or post"))
        ways = []
        if channels.webform:
            ways.append(self.tr("through its web form"))
        if channels.postal:
            ways.append(self.tr("by post"))
        text = QLabel(self.tr("{name} has no e-mail address for privacy requests: it takes them "
                              "{ways}. Your letter is ready.")
                      .replace("{name}", channels.name)
                      .replace("{ways}", self.tr(" or ").join(ways) or self.tr("another way")))
        text.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        self._add_routes(layout)
        if channels.postal:
            address = QLabel(self.tr("Postal address:") + "\n" + channels.postal)
            address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(address)
        buttons = QDialogButtonBox()
        self.webform_button: QPushButton | None = None
        if channels.webform:
            self.webform_button = buttons.addButton(self.tr("Open the &web form"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
            self.webform_button.setToolTip(self.tr(
                "Opens the form in your browser and copies the letter so you can paste it"))
            self.webform_button.clicked.connect(self.open_webform)
        self.print_button = buttons.addButton(self.tr("&Print…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_letter)
        self.pdf_button = buttons.addButton(self.tr("Save P&DF…"),
                                            QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.mark_button = buttons.addButton(self.tr("&Mark as sent…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.mark_button.clicked.connect(lambda: self.mark_sent())
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _add_routes(self, layout: QVBoxLayout) -> None:
        """Why a successor gets it, the company's channels with their health (a bounced address
        is shown as suspect), and the guided web form, post and phone routes."""
        from app.gui.requests.route_menu import open_route
        from app.gui.requests.route_widgets import channels_label, header_label
        from app.services import routes

        try:
            plan = routes.route_plan(self.ctx.store, self.request_id)
        except OffMapError:
            self.route_buttons: dict[str, QPushButton] = {}
            return
        if self.channels.suspect_email:
            suspect = QLabel(self.tr("Its e-mail address {email} failed before ({reason}); it "
                                     "is not used.")
                             .replace("{email}", self.channels.suspect_email)
                             .replace("{reason}", shown(self.channels.suspect_reason)))
            suspect.setWordWrap(True)
            layout.addWidget(suspect)
        layout.addWidget(header_label(plan))
        layout.addWidget(channels_label(plan.channels))
        routes_box = QDialogButtonBox()
        self.route_buttons = {}
        for route, label, available in (
                ("webform", self.tr("Web form &steps…"), plan.webform),
                ("post", self.tr("P&ost with window envelope…"), plan.postal),
                ("phone", self.tr("P&hone script…"), plan.phone)):
            button = routes_box.addButton(label, QDialogButtonBox.ButtonRole.ActionRole)
            button.setEnabled(bool(available))
            button.clicked.connect(lambda _=False, r=route: (
                self.accept(), open_route(self.ctx, self.request_id, r, self.parentWidget())))
            self.route_buttons[route] = button
        layout.addWidget(routes_box)

    def _letter(self, fmt: str) -> bytes:
        from app.services.letters import render_letter

        return render_letter(self.ctx.store, self.request_id, fmt)

    def letter_text(self) -> str:
        return self._letter("txt").decode("utf-8")

    def open_webform(self) -> None:
        try:
            QGuiApplication.clipboard().setText(self.letter_text())
        except OffMapError as exc:
            self.status.setText(error_text(exc))
            return
        QDesktopServices.openUrl(QUrl(self.channels.webform or ""))
        self.status.setText(self.tr(
            "The web form is opening in your browser and the letter is on the clipboard: paste "
            "it into the form. When you have submitted it, choose Mark as sent."))

    def print_letter(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        try:
            document = QTextDocument()
            document.setHtml(self._letter("html").decode("utf-8"))
        except OffMapError as exc:
            self.status.setText(error_text(exc))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            document.print_(printer)
            self.status.setText(self.tr("Sent to the printer. After posting it, choose Mark "
                                        "as sent."))

    def save_pdf(self, path: str | None = None) -> None:
        if path is None:
            request = request_service.get_request(self.ctx.store, self.request_id)
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the letter"), f"{request.reference}.pdf",
                self.tr("PDF (*.pdf)"))
            if not path:
                return
        try:
            data = self._letter("pdf")
            with open(path, "wb") as handle:
                handle.write(data)
        except (OffMapError, OSError) as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("Saved {path}.").replace("{path}", path))

    def mark_sent(self, via: str | None = None, confirmed: bool = False) -> None:
        via = via or ("webform" if self.channels.webform else "post")
        if not confirmed:
            label = self.tr("web form") if via == "webform" else self.tr("post")
            answer = QMessageBox.question(
                self, self.tr("Mark as sent"),
                self.tr("Record that you sent this request today by {way}? The deadline is "
                        "counted from today (post: from the delivery date, else five days "
                        "after).").replace("{way}", label))
            if answer != QMessageBox.StandardButton.Yes:
                return
        from app.services import tracking

        try:
            tracking.mark_sent(self.ctx.store, self.request_id, on=date.today(), via=via)
        except OffMapError as exc:
            self.status.setText(error_text(exc))
            return
        self.ctx.bus.requests_changed.emit()
        self.accept()
