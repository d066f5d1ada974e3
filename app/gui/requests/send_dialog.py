"""Sending from the window: "Send" for one request, "Send all" for a batch (progress, cancel,
per-letter results), the password prompt when none is stored, and "Open the web form" /
"Print" for recipients without an e-mail address (channel_dialog.py). Pages call
`SendController`; Send all's progress and results are send_all_dialog.py.

Sending runs off the GUI thread; the worker opens its own store and gets only values (ids,
account id, password), never widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app import secrets
from app.core.errors import OffMapError
from app.core.model import MailAccount
from app.gui.common.context import GuiContext
from app.gui.common.messages import error_text, shown
from app.gui.common.password_prompt import ask_password, keep_password
from app.gui.requests.channel_dialog import ChannelDialog
from app.gui.requests.send_all_dialog import SendAllDialog
from app.services import accounts as account_service
from app.services import requests as request_service
from app.services import sending
from app.services.sending import SendResult


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
        home, tasks = self.ctx.home, self.ctx.tasks

        def work(_handle) -> SendResult:
            worker_store = tasks.open_store(home)
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
