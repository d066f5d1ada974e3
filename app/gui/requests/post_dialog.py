"""Sending a request by post: a PDF with the address placed for a window envelope (US #10 or
DL), then the posting date and the certified-mail tracking number; later, the delivery date,
from which the deadline then counts (else from the posting date + 5 days)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import OffMapError
from app.gui.common.context import GuiContext
from app.gui.common.messages import error_text
from app.gui.requests.route_widgets import (
    FilesPicker,
    day_edit,
    day_of,
    header_label,
    no_channel_label,
)
from app.services import routes
from app.services.requests import get_request


class PostDialog(QDialog):
    def __init__(self, ctx: GuiContext, request_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request_id = request_id
        self.plan = routes.route_plan(ctx.store, request_id)
        request = get_request(ctx.store, request_id)
        self.posted = request.status != "draft" and request.via == "post"
        self.setWindowTitle(self.tr("Send {ref} by post").replace("{ref}", self.plan.reference))
        layout = QVBoxLayout(self)
        layout.addWidget(header_label(self.plan))
        if self.plan.postal:
            address = QLabel(self.plan.postal)
            address.setWordWrap(True)
        else:
            address = no_channel_label(self, ctx, request_id, self.tr(
                "OffMap knows no postal address for this company:"))
        address.setAccessibleName(self.tr("Postal address"))
        layout.addWidget(address)

        letter = QGroupBox(self.tr("1. Print the letter"))
        letter_form = QFormLayout(letter)
        self.envelope = QComboBox()
        self.envelope.addItem(self.tr("US #10 window envelope (US Letter)"), userData="us10")
        self.envelope.addItem(self.tr("DL window envelope (A4)"), userData="dl")
        self.envelope.setCurrentIndex(self.envelope.findData(
            routes.envelope_for(ctx.store, request)))
        self.envelope.setAccessibleName(self.tr("Envelope"))
        self.save_button = QPushButton(self.tr("Save &PDF for the envelope…"))
        self.save_button.setEnabled(bool(self.plan.postal))
        self.save_button.clicked.connect(lambda: self.save_pdf())
        hint = QLabel(self.tr("Fold in thirds with the address outwards; it shows through the "
                              "envelope's window. Send it by certified mail to get a tracking "
                              "number and a delivery date."))
        hint.setWordWrap(True)
        letter_form.addRow(self.tr("Envelope:"), self.envelope)
        letter_form.addRow(self.save_button)
        letter_form.addRow(hint)
        layout.addWidget(letter)

        sent = QGroupBox(self.tr("2. After posting it"))
        sent_form = QFormLayout(sent)
        self.day = day_edit(self.tr("Day posted"))
        self.tracking = QLineEdit()
        self.tracking.setPlaceholderText(self.tr("certified-mail or registered-post number"))
        self.tracking.setAccessibleName(self.tr("Tracking number"))
        self.files = FilesPicker(self.tr("Attach the &receipt…"))
        sent_form.addRow(self.tr("Posted on:"), self.day)
        sent_form.addRow(self.tr("Tracking number:"), self.tracking)
        sent_form.addRow(self.tr("Receipt:"), self.files)
        layout.addWidget(sent)

        delivered = QGroupBox(self.tr("3. When the tracking shows it delivered"))
        delivered_form = QFormLayout(delivered)
        self.delivered_known = QCheckBox(self.tr("Delivered on:"))
        self.delivered = day_edit(self.tr("Day delivered"))
        self.delivered.setEnabled(self.posted)
        self.delivered_known.setChecked(self.posted)
        self.delivered_known.toggled.connect(self.delivered.setEnabled)
        note = QLabel(self.tr("The deadline counts from the delivery date; until you record "
                              "it, from the posting date + 5 days."))
        note.setWordWrap(True)
        delivered_form.addRow(self.delivered_known, self.delivered)
        delivered_form.addRow(note)
        layout.addWidget(delivered)
        sent.setEnabled(not self.posted)

        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.mark_button = buttons.addButton(
            self.tr("Record the &delivery") if self.posted else self.tr("&Mark sent by post"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.mark_button.clicked.connect(self.record)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout.addWidget(buttons)

    def save_pdf(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the letter for the envelope"),
                f"{self.plan.reference}-post.pdf", self.tr("PDF (*.pdf)"))
            if not path:
                return
        from app.services.calendar_export import write_atomically

        try:
            write_atomically(path, routes.post_pdf(self.ctx.store, self.request_id,
                                                   self.envelope.currentData()))
        except (OffMapError, OSError) as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("Saved {path}. Print it at 100% (no fit-to-page scaling) so "
                                    "the address lands in the window.").replace("{path}", path))

    def record(self) -> None:
        delivered = day_of(self.delivered) if self.delivered_known.isChecked() else None
        try:
            if self.posted:
                if delivered is None:
                    self.status.setText(self.tr("Tick Delivered on and choose the date."))
                    return
                routes.record_delivery(self.ctx.store, self.request_id, delivered)
            else:
                attachments: list[Path | str] = list(self.files.paths())
                routes.record_post(self.ctx.store, self.request_id, on=day_of(self.day),
                                   tracking_number=self.tracking.text(),
                                   delivered_on=delivered, attachments=attachments)
        except OffMapError as exc:
            self.status.setText(error_text(exc))
            return
        self.ctx.bus.requests_changed.emit()
        self.accept()
