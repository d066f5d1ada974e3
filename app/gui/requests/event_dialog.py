"""Dialog to log, edit or mark-sent an event: kind, date, text and files (and for a sending, how
it was sent and, by post, when it was delivered)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.deadlines import CHANNELS
from app.core.model import Event
from app.gui.common.appearance import color
from app.gui.requests.timeline_models import CHANNEL_LABELS, event_label

LOG_KINDS = ("acknowledged", "extended", "fulfilled", "partial", "denied", "bounced", "note",
             "closed")
KIND_HELP = {
    "acknowledged": "The company confirmed it received the request.",
    "extended": "The company said it needs more time (valid only before the first deadline).",
    "fulfilled": "The company did what was asked.",
    "partial": "The company did only part of it.",
    "denied": "The company refused.",
    "bounced": "The request did not reach the company (e-mail bounced, letter returned).",
    "note": "Anything worth keeping: a phone call, a reference they gave you ...",
    "closed": "You are closing the request; say why.",
}


@dataclass
class EventInput:
    kind: str
    on: date
    text: str = ""
    files: list[Path] = field(default_factory=list)
    via: str = "email"
    delivered_on: date | None = None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class EventDialog(QDialog):
    """`mode` is "log" (new event), "edit" (an existing one) or "sent" (mark sent)."""

    def __init__(self, mode: str = "log", event: Event | None = None, parent=None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.result_input: EventInput | None = None
        self.setWindowTitle({"log": self.tr("Log an event"), "edit": self.tr("Edit event"),
                             "sent": self.tr("Mark as sent")}[mode])
        today = date.today()
        sending = mode == "sent" or (event is not None and event.kind == "sent")
        self.sending = sending

        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Event"))
        for kind in LOG_KINDS:
            self.kind.addItem(self.tr(event_label(kind)), kind)
        self.kind_help = QLabel(self)
        self.kind_help.setWordWrap(True)
        self.kind.currentIndexChanged.connect(self._kind_changed)

        self.on = QDateEdit(self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setMaximumDate(_qdate(today))
        self.on.setDate(_qdate(date.fromisoformat(event.on) if event else today))
        self.on.setAccessibleName(self.tr("Date"))

        self.via = QComboBox(self)
        self.via.setAccessibleName(self.tr("Sent by"))
        for channel in CHANNELS:
            self.via.addItem(self.tr(CHANNEL_LABELS[channel]), channel)
        self.delivered_known = QCheckBox(self.tr("Delivery date known"), self)
        self.delivered = QDateEdit(self)
        self.delivered.setCalendarPopup(True)
        self.delivered.setDisplayFormat("yyyy-MM-dd")
        self.delivered.setMaximumDate(_qdate(today))
        self.delivered.setDate(_qdate(today))
        self.delivered.setAccessibleName(self.tr("Delivered on"))
        self.delivered.setEnabled(False)
        self.delivered_known.toggled.connect(self.delivered.setEnabled)
        self.via.currentIndexChanged.connect(self._via_changed)

        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Text"))
        self.text.setPlaceholderText(self.tr("What happened, in your words (optional)"))
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(110)

        self.files = QListWidget(self)
        self.files.setAccessibleName(self.tr("Files to attach"))
        self.files.setMaximumHeight(90)
        add_files = QPushButton(self.tr("Add &files…"))
        add_files.clicked.connect(self._add_files)
        remove_file = self.remove_file = QPushButton(self.tr("&Remove"))
        remove_file.clicked.connect(lambda: self.files.takeItem(self.files.currentRow()))
        remove_file.setEnabled(False)  # until a file is chosen in the list
        self.files.currentRowChanged.connect(lambda row: remove_file.setEnabled(row >= 0))
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(add_files)
        file_buttons.addWidget(remove_file)
        file_buttons.addStretch(1)
        files_box = QWidget(self)
        self.files_box = files_box
        files_layout = QVBoxLayout(files_box)
        files_layout.setContentsMargins(0, 0, 0, 0)
        files_layout.addWidget(self.files)
        files_layout.addLayout(file_buttons)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {color('error')};")
        self.error.hide()

        form = QFormLayout()
        if not sending:
            form.addRow(self.tr("&Event:"), self.kind)
            form.addRow("", self.kind_help)
        else:
            self.kind.hide()
            self.kind_help.hide()
        form.addRow(self.tr("&Date:"), self.on)
        if sending:
            form.addRow(self.tr("Sent &by:"), self.via)
            form.addRow(self.delivered_known, self.delivered)
        else:
            for widget in (self.via, self.delivered_known, self.delivered):
                widget.hide()
        form.addRow(self.tr("&Text:"), self.text)
        self.takes_files = mode == "log" or (mode == "edit" and not sending)
        if self.takes_files:
            form.addRow(self.tr("Files:") if mode == "log" else self.tr("Add files:"),
                        files_box)
        else:
            files_box.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        if event is not None:
            self._load(event)
        self._kind_changed()
        self._via_changed()
        self.resize(460, self.sizeHint().height())

    def _load(self, event: Event) -> None:
        index = self.kind.findData(event.kind)
        if index >= 0:
            self.kind.setCurrentIndex(index)
        self.text.setPlainText(event.text)
        if event.kind == "sent":
            via_index = self.via.findData(event.data.get("via", "email"))
            self.via.setCurrentIndex(max(via_index, 0))
            delivered = event.data.get("delivered_on")
            if delivered:
                self.delivered_known.setChecked(True)
                self.delivered.setDate(_qdate(date.fromisoformat(delivered)))

    def _kind_changed(self) -> None:
        self.kind_help.setText(self.tr(KIND_HELP.get(self.kind.currentData(), "")))

    def _via_changed(self) -> None:
        post = self.sending and self.via.currentData() == "post"
        self.delivered_known.setVisible(post)
        self.delivered.setVisible(post)

    def _add_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        for name in names:
            self.files.addItem(name)

    def add_file(self, path: Path | str) -> None:
        self.files.addItem(str(path))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def accept(self) -> None:
        sending = self.sending
        kind = "sent" if sending else self.kind.currentData()
        text = self.text.toPlainText().strip()
        if kind == "closed" and not text:
            self.show_error(self.tr("Say why the request is closed."))
            self.text.setFocus()
            return
        post = self.via.currentData() == "post"
        self.result_input = EventInput(
            kind=kind, on=_pydate(self.on.date()), text=text,
            files=[Path(self.files.item(i).text()) for i in range(self.files.count())]
            if self.takes_files else [],
            via=self.via.currentData(),
            delivered_on=_pydate(self.delivered.date())
            if sending and post and self.delivered_known.isChecked() else None,
        )
        super().accept()
