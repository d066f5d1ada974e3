"""The right-hand pane of the Clients page: one client's details and actions."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.clients import display_phone
from app.core.model import Client


class ClientDetail(QWidget):
    edit_requested = Signal()
    new_request_requested = Signal()
    delete_requested = Signal()
    archive_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.client: Client | None = None
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.archive_button = QPushButton(self.tr("&Archive"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.request_button = QPushButton(self.tr("New &request…"))
        self.request_button.setToolTip(
            self.tr("Draft letters to the companies that hold this client's data"))
        self.request_button.clicked.connect(self.new_request_requested)
        self.archive_button.clicked.connect(self.archive_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        buttons = QHBoxLayout()
        for button in (self.request_button, self.edit_button, self.archive_button,
                       self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.sections = QVBoxLayout()  # later features add per-client sections here

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        layout.addLayout(self.sections)
        layout.addStretch(1)
        self.show_client(None)

    def show_client(self, client: Client | None) -> None:
        self.client = client
        for button in (self.request_button, self.edit_button, self.archive_button,
                       self.delete_button):
            button.setEnabled(client is not None)
        if client is None:
            self.title.setText(self.tr("No client selected"))
            self.body.setText(html.escape(self.tr("Choose a client to see their details.")))
            return
        self.title.setText(client.name)
        archive_text = self.tr("Un&archive") if client.archived else self.tr("&Archive")
        self.archive_button.setText(archive_text)
        rows = [
            (self.tr("E-mail"), ", ".join(client.emails)),
            (self.tr("Phone"), ", ".join(display_phone(p) for p in client.phones)),
            (self.tr("Ad ID"), ", ".join(client.ad_ids)),
            (self.tr("Date of birth"), client.birth_date),
            (self.tr("Account numbers"), "\n".join(
                f"{slug}: {number}" for slug, number in sorted(client.account_numbers.items()))),
            (self.tr("Address"), client.address),
            (self.tr("State"), client.state),
            (self.tr("Country"), client.country),
            (self.tr("Consent to store"), client.consent_on or self.tr("not recorded")),
        ]
        cells = "".join(
            f"<tr><td style='padding-right:12px'><b>{html.escape(k)}</b></td>"
            f"<td>{html.escape(v).replace(chr(10), '<br>')}</td></tr>"
            for k, v in rows
            if v
        )
        self.body.setText(f"<table>{cells}</table>")
