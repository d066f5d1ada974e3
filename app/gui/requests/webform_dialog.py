"""Sending a request through the company's web form: open the form, copy each value it asks for
(the client's identifiers the company needs, the reference, the subject) and the letter text,
then record the confirmation number with a screenshot or saved page of the submitted form."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import OffMapError
from app.gui.common.context import GuiContext
from app.gui.common.messages import error_text, shown
from app.gui.requests.route_widgets import (
    FilesPicker,
    day_edit,
    day_of,
    header_label,
    no_channel_label,
)
from app.services import routes


def _missing_labels_of(ctx: GuiContext, request_id: int, fallback: list[str]) -> list[str]:
    """What the client's identification lacks, named in the interface language (the plan's own
    list holds the letter's English labels)."""
    from app.services.identification import missing_identification

    try:
        return [shown(m.label) for m in missing_identification(ctx.store, request_id)]
    except OffMapError:
        return fallback


class WebformDialog(QDialog):
    def __init__(self, ctx: GuiContext, request_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request_id = request_id
        self.plan = routes.route_plan(ctx.store, request_id)
        self.setWindowTitle(self.tr("Send {ref} by web form").replace("{ref}",
                                                                      self.plan.reference))
        layout = QVBoxLayout(self)
        layout.addWidget(header_label(self.plan))

        step1 = QHBoxLayout()
        if self.plan.webform:
            self.url_label = QLabel(self.plan.webform)
            self.url_label.setWordWrap(True)
        else:
            self.url_label = no_channel_label(self, ctx, request_id, self.tr(
                "OffMap knows no web form for this company:"))
        self.open_button = QPushButton(self.tr("&Open the web form"))
        self.open_button.setEnabled(bool(self.plan.webform))
        self.open_button.clicked.connect(self.open_form)
        step1.addWidget(self.url_label, 1)
        step1.addWidget(self.open_button)
        layout.addLayout(step1)

        values = QGroupBox(self.tr("What the form will ask for"))
        form = QFormLayout(values)
        self.copy_buttons: dict[str, QPushButton] = {}
        for value in self.plan.values:
            label = self.tr(value.label)  # a data label, catalogued in another context
            form.addRow(label + ":", self._copy_row(label, value.value))
        for missing in _missing_labels_of(ctx, request_id, self.plan.missing):
            note = QLabel(self.tr("Missing: {what}. Add it to the client if the form asks for "
                                  "it.").replace("{what}", missing))
            note.setWordWrap(True)
            form.addRow(note)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(values)
        scroll.setMaximumHeight(220)
        layout.addWidget(scroll)

        letter_box = QGroupBox(self.tr("The letter, ready to paste"))
        letter_layout = QVBoxLayout(letter_box)
        self.letter = QPlainTextEdit()
        self.letter.setReadOnly(True)
        self.letter.setAccessibleName(self.tr("Letter text"))
        try:
            self.letter.setPlainText(routes.letter_text(ctx.store, request_id))
        except OffMapError as exc:
            self.letter.setPlainText(error_text(exc))
        self.copy_letter_button = QPushButton(self.tr("Copy the &letter"))
        self.copy_letter_button.clicked.connect(
            lambda: self.copy(self.letter.toPlainText(), self.tr("the letter")))
        letter_layout.addWidget(self.letter)
        letter_layout.addWidget(self.copy_letter_button)
        layout.addWidget(letter_box, 1)

        record = QGroupBox(self.tr("After submitting the form"))
        record_form = QFormLayout(record)
        self.confirmation = QLineEdit()
        self.confirmation.setPlaceholderText(self.tr("the number or ticket the form showed"))
        self.confirmation.setAccessibleName(self.tr("Confirmation number"))
        self.day = day_edit(self.tr("Day submitted"))
        self.files = FilesPicker(self.tr("Attach &screenshot or saved page…"))
        record_form.addRow(self.tr("Confirmation number:"), self.confirmation)
        record_form.addRow(self.tr("Submitted on:"), self.day)
        record_form.addRow(self.tr("Proof:"), self.files)
        layout.addWidget(record)

        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.mark_button = buttons.addButton(self.tr("&Mark sent via web form"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.mark_button.clicked.connect(self.mark_sent)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 720)

    def _copy_row(self, label: str, value: str) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        field = QLineEdit(value)
        field.setReadOnly(True)
        field.setAccessibleName(label)
        button = QPushButton(self.tr("Copy"))
        button.setAccessibleName(self.tr("Copy {what}").replace("{what}", label))
        button.clicked.connect(lambda: self.copy(value, label))
        self.copy_buttons[label] = button
        line.addWidget(field, 1)
        line.addWidget(button)
        return row

    def copy(self, text: str, what: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.status.setText(self.tr("Copied {what}: paste it into the form.")
                            .replace("{what}", what))

    def open_form(self) -> None:
        if self.plan.webform:
            QDesktopServices.openUrl(QUrl(self.plan.webform))
            self.status.setText(self.tr("The form is opening in your browser. Copy each value "
                                        "into it, then paste the letter."))

    def mark_sent(self) -> None:
        files: list[Path | str] = list(self.files.paths())
        try:
            request = routes.record_webform(
                self.ctx.store, self.request_id, self.confirmation.text(),
                files, on=day_of(self.day), url=self.plan.webform)
        except OffMapError as exc:
            self.status.setText(error_text(exc))
            return
        self.ctx.bus.requests_changed.emit()
        self.result_request = request
        self.accept()
