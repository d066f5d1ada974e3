"""Making a request by phone: a short script to read (what to ask for under the law, the
reference to give, only the identifiers the company needs, what to write down), then a form to
log the call, which marks the request sent by phone with a note of the call."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import OffMapError
from app.gui.common.context import GuiContext
from app.gui.common.messages import error_text
from app.gui.requests.route_widgets import day_edit, day_of, header_label, no_channel_label
from app.services import routes


class PhoneDialog(QDialog):
    def __init__(self, ctx: GuiContext, request_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request_id = request_id
        self.plan = routes.route_plan(ctx.store, request_id)
        self.setWindowTitle(self.tr("Call about {ref}").replace("{ref}", self.plan.reference))
        layout = QVBoxLayout(self)
        layout.addWidget(header_label(self.plan))
        number = QLabel(self.tr("Number: {phone}").replace("{phone}", self.plan.phone)) \
            if self.plan.phone else no_channel_label(self, ctx, request_id, self.tr(
                "OffMap knows no phone number for this company:"))
        number.setAccessibleName(self.tr("Phone number"))
        layout.addWidget(number)

        self.script = QPlainTextEdit()
        self.script.setReadOnly(True)
        self.script.setAccessibleName(self.tr("Script to read"))
        font = QFont(self.script.font())
        font.setPointSizeF(font.pointSizeF() + 1)
        self.script.setFont(font)
        try:
            self.script.setPlainText(routes.phone_script(ctx.store, request_id))
        except OffMapError as exc:
            self.script.setPlainText(error_text(exc))
        layout.addWidget(self.script, 1)

        call = QGroupBox(self.tr("Log the call"))
        form = QFormLayout(call)
        self.day = day_edit(self.tr("Day of the call"))
        self.spoke_to = QLineEdit()
        self.spoke_to.setPlaceholderText(self.tr("name or employee ID"))
        self.spoke_to.setAccessibleName(self.tr("Spoke to"))
        self.said = QPlainTextEdit()
        self.said.setPlaceholderText(self.tr("what they said they will do, and by when"))
        self.said.setAccessibleName(self.tr("What they said"))
        self.said.setMaximumHeight(80)
        self.confirmation = QLineEdit()
        self.confirmation.setAccessibleName(self.tr("Confirmation number"))
        form.addRow(self.tr("Called on:"), self.day)
        form.addRow(self.tr("Spoke to:"), self.spoke_to)
        form.addRow(self.tr("What they said:"), self.said)
        form.addRow(self.tr("Confirmation number:"), self.confirmation)
        layout.addWidget(call)

        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.log_button = buttons.addButton(self.tr("&Log the call and mark sent"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.log_button.clicked.connect(self.log_call)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 720)

    def log_call(self) -> None:
        try:
            routes.record_call(self.ctx.store, self.request_id, routes.CallLog(
                on=day_of(self.day), spoke_to=self.spoke_to.text(),
                said=self.said.toPlainText(), confirmation=self.confirmation.text(),
                number=self.plan.phone or ""))
        except OffMapError as exc:
            self.status.setText(error_text(exc))
            return
        self.ctx.bus.requests_changed.emit()
        self.accept()
