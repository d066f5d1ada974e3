"""Adding or editing a mail account: provider presets that explain app passwords, the
server fields, and Test connection off the GUI thread (`run_connection_test`)."""


from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import secrets
from app.core.errors import OffMapError
from app.core.mail import DEFAULT_PORTS, SECURITY_CHOICES, SECURITY_LABELS, Preset, load_presets
from app.core.model import MailAccount
from app.gui.common.context import GuiContext
from app.gui.common.label_room import room_for_alt_keys
from app.gui.common.messages import error_text, sentence, shown
from app.gui.common.tr_context import TranslationContext
from app.services import accounts as account_service


def preset_help_html(preset: Preset) -> str:
    """The preset's app-password explanation with its links, as rich text."""
    parts = [html.escape(preset.password_help)]
    if preset.password_url:
        parts.append(f'<a href="{html.escape(preset.password_url)}">'
                     f"{html.escape(preset.password_url)}</a>")
    sources = ", ".join(
        f'<a href="{html.escape(s["url"])}">{i + 1}</a>' for i, s in enumerate(preset.sources))
    confidence = {"provider": "provider's documentation",
                  "secondary": "secondary sources"}.get(preset.confidence, preset.confidence)
    parts.append(f"<small>Server settings from {html.escape(confidence)}: {sources}</small>")
    return "<br>".join(parts)


class AccountDialog(QDialog):
    """Add or edit one account. The password field may stay empty to keep the stored one."""

    def __init__(self, ctx: GuiContext, account: MailAccount | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account = account
        self.saved: MailAccount | None = None
        self.setWindowTitle(self.tr("Edit mail account") if account else
                            self.tr("Add a mail account"))
        self.setMinimumWidth(520)

        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Provider"))
        self.preset.addItem(self.tr("Other server (enter the details)"), None)
        for preset in load_presets():
            self.preset.addItem(preset.name, preset.key)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setOpenExternalLinks(True)
        self.help.setTextFormat(Qt.TextFormat.RichText)
        self.help.setAccessibleName(self.tr("About this provider's password"))
        self.label = QLineEdit()
        self.label.setAccessibleName(self.tr("Account name"))
        self.label.setPlaceholderText(self.tr("e.g. Clinic or the client's name"))
        self.host = QLineEdit()
        self.host.setAccessibleName(self.tr("Mail server"))
        self.host.setPlaceholderText("smtp.example.org")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.port.setAccessibleName(self.tr("Port"))
        self.security = QComboBox()
        self.security.setAccessibleName(self.tr("Security"))
        for key in SECURITY_CHOICES:
            self.security.addItem(self.tr(SECURITY_LABELS[key]), key)
        self.user = QLineEdit()
        self.user.setAccessibleName(self.tr("User name"))
        self.user.setPlaceholderText(self.tr("usually your e-mail address"))
        self.from_addr = QLineEdit()
        self.from_addr.setAccessibleName(self.tr("From address"))
        self.from_addr.setPlaceholderText(self.tr("the same as the user name if empty"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(
            self.tr("leave empty to keep the stored password") if account else "")
        self.make_default = QCheckBox(self.tr("Use this account &by default"))
        self.keyring_note = QLabel()
        self.imap_host = QLineEdit()   # replies are fetched here, with the same user/password
        self.imap_host.setAccessibleName(self.tr("IMAP server for replies"))
        self.imap_host.setPlaceholderText(self.tr("e.g. imap.example.org; empty: no fetching"))
        self.imap_port = QSpinBox()
        self.imap_port.setRange(1, 65535)
        self.imap_port.setValue(993)
        self.imap_port.setAccessibleName(self.tr("IMAP port"))
        self.imap_folders = QLineEdit("INBOX")
        self.imap_folders.setAccessibleName(self.tr("Folders to read replies from"))
        self.imap_folders.setToolTip(self.tr("Folder names separated by commas; they are only "
                                             "read, never changed"))
        self.keyring_note.setWordWrap(True)
        status = secrets.keyring_status()
        self.keyring_note.setText(
            self.tr("The password is stored in the system keyring, never in OffMap's files.")
            if status.secure and not status.locked else sentence(status.explanation))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Result"))
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setToolTip(self.tr("Log in to the server without sending anything"))
        self.test_button.clicked.connect(self.test_connection)

        form = QFormLayout()
        form.addRow(self.tr("P&rovider:"), self.preset)
        form.addRow(self.help)
        form.addRow(self.tr("&Name:"), self.label)
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("S&ecurity:"), self.security)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&From address:"), self.from_addr)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&IMAP server (replies):"), self.imap_host)
        form.addRow(self.tr("IM&AP port:"), self.imap_port)
        form.addRow(self.tr("Fo&lders:"), self.imap_folders)
        form.addRow(self.make_default)
        form.addRow(self.keyring_note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        room_for_alt_keys(self)  # labels with an Alt key drawn whole

        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.security.currentIndexChanged.connect(self._security_changed)
        if account is not None:
            self._fill(account)
        self._show_help()

    # -- filling ------------------------------------------------------------------------------
    def _fill(self, account: MailAccount) -> None:
        self.label.setText(account.label)
        self.host.setText(account.host)
        self.security.blockSignals(True)
        self.security.setCurrentIndex(max(0, self.security.findData(account.security)))
        self.security.blockSignals(False)
        self.port.setValue(account.port)
        self.user.setText(account.username)
        self.from_addr.setText(account.from_addr)
        self.imap_host.setText(account.imap_host)
        self.imap_port.setValue(account.imap_port)
        self.imap_folders.setText(", ".join(account.imap_folders))
        self.make_default.setChecked(
            account.id == account_service.default_account_id(self.ctx.store))
        for index in range(1, self.preset.count()):
            preset = load_presets()[index - 1]
            if preset.host == account.host:
                self.preset.blockSignals(True)
                self.preset.setCurrentIndex(index)
                self.preset.blockSignals(False)

    def choose_preset(self, key: str) -> None:
        self.preset.setCurrentIndex(max(0, self.preset.findData(key)))

    def _selected_preset(self) -> Preset | None:
        key = self.preset.currentData()
        return next((p for p in load_presets() if p.key == key), None)

    def _preset_chosen(self, _index: int) -> None:
        preset = self._selected_preset()
        if preset is not None:
            self.host.setText(preset.host)
            self.security.blockSignals(True)
            self.security.setCurrentIndex(self.security.findData(preset.security))
            self.security.blockSignals(False)
            self.port.setValue(preset.port)
            self.user.setPlaceholderText(preset.username_hint)
            if preset.imap_host:
                self.imap_host.setText(preset.imap_host)
                self.imap_port.setValue(preset.imap_port)
        self._show_help()

    def _show_help(self) -> None:
        preset = self._selected_preset()
        self.help.setVisible(preset is not None)
        if preset is not None:
            self.help.setText(preset_help_html(preset))
        self._fit_height()

    def _fit_height(self) -> None:
        """A provider's help adds wrapped lines; a shown dialog kept its first height and cut
        them (and the keyring note) off, so it grows to what its width needs."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        wanted = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def _security_changed(self, _index: int) -> None:
        security = self.security.currentData()
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[security])

    def typed_account(self) -> MailAccount:
        return MailAccount(
            id=self.account.id if self.account else None,
            label=self.label.text(), host=self.host.text(), port=self.port.value(),
            username=self.user.text(), from_addr=self.from_addr.text(),
            security=self.security.currentData(), imap_host=self.imap_host.text(),
            imap_port=self.imap_port.value(),
            imap_folders=[f.strip() for f in self.imap_folders.text().split(",") if f.strip()],
        )

    # -- actions ------------------------------------------------------------------------------
    def save(self) -> None:
        try:
            outcome = account_service.save_account(
                self.ctx.store, self.typed_account(), self.password.text() or None,
                make_default=self.make_default.isChecked())
        except OffMapError as exc:
            self.status.setText(error_text(exc))
            return
        self.saved = outcome.account
        self.password.clear()
        self.ctx.bus.accounts_changed.emit()
        if outcome.password_in_session:
            QMessageBox.information(self, self.tr("Password kept for this session only"),
                                    shown(outcome.note))
        self.accept()

    def test_connection(self) -> None:
        account = self.typed_account()
        password = self.password.text() or None
        if password is None and account.username:
            try:
                password = (account_service.stored_password(self.ctx.store, account)
                            if account.id is not None else None)
            except OffMapError as exc:
                self.status.setText(error_text(exc))
                return
            if password is None:
                self.status.setText(self.tr("Type the password to test the connection."))
                self.password.setFocus()
                return
        run_connection_test(self.ctx, account, password, self.status, self.test_button)


class ConnectionTest(TranslationContext):
    """The words of the mail account's connection test."""


def run_connection_test(ctx: GuiContext, account: MailAccount, password: str | None,
                        status: QLabel, button: QPushButton) -> None:
    """Logs in off the GUI thread; the worker gets only values, never widgets or the store."""
    button.setEnabled(False)
    status.setText(ConnectionTest.tr("Connecting to {server}…").replace(
        "{server}", f"{account.host}:{account.port}"))

    def done(text: str) -> None:
        button.setEnabled(True)
        status.setText("✔ " + shown(text))

    def failed(exc: BaseException) -> None:
        button.setEnabled(True)
        status.setText("✘ " + (error_text(exc) if isinstance(exc, OffMapError)
                               else ConnectionTest.tr("The test failed unexpectedly.")))

    ctx.tasks.run(lambda _handle: account_service.check_connection(account, password),
                  done, failed)
