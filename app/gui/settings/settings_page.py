"""Settings: where data lives, and (as features land) mail accounts, language, clinic profile."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.gui.common.context import GuiContext
from app.paths import store_path


class SettingsPage(QScrollArea):
    def __init__(self, ctx: GuiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWidgetResizable(True)
        inner = QWidget()
        self.sections = QVBoxLayout(inner)
        self.sections.addWidget(self._data_section())
        self.sections.addStretch(1)
        self.setWidget(inner)
        from app.gui.settings.mail_accounts_section import MailAccountsSection

        self.mail_accounts = MailAccountsSection(ctx, self)
        self.add_section(self.mail_accounts)
        from app.gui.settings.backup_section import BackupSection
        from app.gui.settings.clinic_section import ClinicSection

        self.clinic = ClinicSection(ctx, self)
        self.add_section(self.clinic)
        from app.gui.settings.shared_store_section import SharedStoreSection

        self.shared_store = SharedStoreSection(ctx, self)
        self.add_section(self.shared_store)
        self.backups = BackupSection(ctx, self)
        self.add_section(self.backups)
        from app.gui.settings.language_section import LanguageSection

        self.language = LanguageSection(ctx, self)
        self.add_section(self.language)
        from app.gui.common.label_room import room_for_alt_keys

        room_for_alt_keys(self)  # "&Teléfono" drawn whole, not cut to "Teléfonc"

    def add_section(self, box: QGroupBox) -> None:
        self.sections.insertWidget(self.sections.count() - 1, box)

    def _data_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your data"))
        form = QFormLayout(box)
        folder = QLabel(str(self.ctx.home))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Data folder:"), folder)
        form.addRow(self.tr("Store:"), QLabel(store_path(self.ctx.home).name))
        explain = QLabel(self.tr(
            "Everything OffMap records stays in this folder on this computer, readable only by "
            "your user account. Mail passwords are kept in the system keyring, never in this "
            "folder. Nothing leaves the computer unless you send a letter or update the directory."
        ))
        explain.setWordWrap(True)
        form.addRow(explain)
        open_button = QPushButton(self.tr("&Open data folder"))
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.home)))
        )
        form.addRow(open_button)
        return box
