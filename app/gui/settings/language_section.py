"""Settings > Language: the interface language, stored as the "ui.language" preference and
applied the next time OffMap starts (letters stay in the companies' language)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
)

from app.core.errors import OffMapError
from app.gui.common import i18n
from app.gui.common.context import GuiContext
from app.gui.common.messages import error_text
from app.services.preferences import get_setting, set_setting


class LanguageSection(QGroupBox):
    def __init__(self, ctx: GuiContext, parent=None) -> None:
        super().__init__(self.tr("Language"), parent)
        self.ctx = ctx
        form = QFormLayout(self)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Interface language"))
        self.choice.addItem(self.tr("Same as the system"), i18n.SYSTEM)
        self.choice.addItem("English", i18n.ENGLISH)
        for code, name in i18n.TRANSLATED.items():
            self.choice.addItem(name, code)
        stored = get_setting(ctx.store, "language")
        self.choice.setCurrentIndex(max(0, self.choice.findData(stored)))
        self.choice.currentIndexChanged.connect(self._changed)
        label = QLabel(self.tr("&Interface language:"))
        label.setBuddy(self.choice)
        form.addRow(label, self.choice)
        explain = QLabel(self.tr(
            "Letters to companies stay in English, the language the companies answer in."))
        explain.setWordWrap(True)
        form.addRow(explain)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Language status"))
        self.status.setWordWrap(True)
        form.addRow(self.status)
        self.restart_button = QPushButton(self.tr("Restart OffMap no&w"))
        self.restart_button.setToolTip(self.tr("Close OffMap and open it again in the new "
                                               "language"))
        self.restart_button.clicked.connect(self._restart)
        self.restart_button.hide()
        restart_row = QHBoxLayout()
        restart_row.addWidget(self.restart_button)
        restart_row.addStretch(1)
        form.addRow(restart_row)

    def _changed(self) -> None:
        choice = self.choice.currentData()
        try:
            set_setting(self.ctx.store, "language", choice)
        except OffMapError as exc:
            self.status.setText(error_text(exc))
            return
        pending = i18n.resolve(choice) != i18n.current_language()
        self.status.setText(self.tr("The new language applies the next time OffMap starts.")
                            if pending else "")
        self.restart_button.setVisible(pending)

    def _restart(self) -> None:
        from app.gui.common.restart import restart

        if not restart(self.window()):
            self.status.setText(self.tr("OffMap could not restart; close it and open it again."))
