"""Add or edit a client, with validation shown next to the form before anything is saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.clients import display_phone, validate_client
from app.core.errors import ValidationError
from app.core.model import Client
from app.gui.common.appearance import color
from app.gui.common.label_room import room_for_alt_keys
from app.gui.common.messages import error_text


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def parse_accounts(text: str) -> dict[str, str]:
    """'att = 1234' lines (company id, then the client's account number there)."""
    accounts: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        slug, sep, value = line.replace(":", "=", 1).partition("=")
        if not sep or not slug.strip() or not value.strip():
            raise ValidationError(
                "account numbers line {line} is not 'company = number', e.g. att = 1234567890.",
                line=number)
        accounts[slug.strip().lower()] = value.strip()
    return accounts


class ClientDialog(QDialog):
    def __init__(self, client: Client | None = None, parent: QWidget | None = None,
                 require_consent: bool = False) -> None:
        super().__init__(parent)
        self.require_consent = require_consent
        self.setWindowTitle(self.tr("Edit client") if client else self.tr("New client"))
        self.setMinimumWidth(460)
        self._original = client
        self.result_client: Client | None = None

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Full name as the companies know it"))
        self.emails = QLineEdit()
        self.emails.setPlaceholderText(self.tr("ana@example.org, other@example.org"))
        self.phones = QLineEdit()
        self.phones.setPlaceholderText(self.tr("+1 415 555 0100"))
        self.ad_ids = QLineEdit()
        self.ad_ids.setPlaceholderText(self.tr("38400000-8cf0-11bd-b23e-10b96e40000d"))
        self.ad_ids.setToolTip(self.tr(
            "The phone's advertising ID (Android AAID or iPhone IDFA): 32 letters and digits in "
            "groups of 8-4-4-4-12. The Ad IDs page shows where to find it."))
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.birth_date.setMaxLength(10)
        self.accounts = QPlainTextEdit()
        self.accounts.setTabChangesFocus(True)
        self.accounts.setFixedHeight(54)
        self.accounts.setPlaceholderText(self.tr("att = 1234567890"))
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(70)
        self.state = QLineEdit()
        self.state.setMaxLength(3)
        self.state.setPlaceholderText(self.tr("CA"))
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.country.setPlaceholderText(self.tr("US"))
        self.consent = QCheckBox(self.tr("The client agreed that OffMap stores these details"))
        self.consent.setAccessibleName(self.tr("Consent to store the client's details"))
        self.consent.setToolTip(self.tr(
            "Ask before recording: their details, the companies that hold their data, the "
            "letters and the replies are kept on this computer only, and are deleted when "
            "they ask (delete the client)."))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)

        form = QFormLayout()
        for label, widget, help_text in (
            (self.tr("&Name"), self.name, self.tr("Client's full name")),
            (self.tr("&E-mail"), self.emails, self.tr("E-mail addresses, separated by commas")),
            (self.tr("&Phone"), self.phones, self.tr("Phone numbers, separated by commas")),
            (self.tr("&Ad ID"), self.ad_ids,
             self.tr("Mobile advertising IDs, separated by commas")),
            (self.tr("Date of &birth"), self.birth_date, self.tr("Date of birth, YYYY-MM-DD")),
            (self.tr("Acco&unt numbers"), self.accounts,
             self.tr("Account numbers, one 'company = number' per line")),
            (self.tr("A&ddress"), self.address, self.tr("Postal address")),
            (self.tr("&State"), self.state, self.tr("Two-letter state or province code")),
            (self.tr("&Country"), self.country, self.tr("Two-letter country code")),
            (self.tr("N&otes"), self.notes, self.tr("Private notes about this client")),
        ):
            widget.setAccessibleName(help_text)
            form.addRow(label, widget)
        form.addRow("", self.consent)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("formError")
        # The scheme's warning colours (readable in light and dark), not a fixed red.
        self.error.setStyleSheet(f"color: {color('warning_fg')}; background: "
                                 f"{color('warning_bg')}; padding: 6px; border-radius: 4px;")
        self.error.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        room_for_alt_keys(self)  # "&Teléfono" drawn whole, not cut to "Teléfonc"
        if client:
            self._fill(client)
        self.name.setFocus()

    def set_notice(self, text: str) -> None:
        """A message above the buttons when the dialog opens (a refused save, explained)."""
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _fill(self, client: Client) -> None:
        self.name.setText(client.name)
        self.emails.setText(", ".join(client.emails))
        self.phones.setText(", ".join(display_phone(p) for p in client.phones))
        self.ad_ids.setText(", ".join(client.ad_ids))
        self.birth_date.setText(client.birth_date)
        self.accounts.setPlainText("\n".join(f"{slug} = {number}" for slug, number
                                              in sorted(client.account_numbers.items())))
        self.address.setPlainText(client.address)
        self.state.setText(client.state)
        self.country.setText(client.country)
        self.notes.setPlainText(client.notes)
        self.consent.setChecked(bool(client.consent_on))

    def client_from_form(self) -> Client:
        from datetime import date

        base = self._original
        consent_on = None
        if self.consent.isChecked():
            consent_on = (base.consent_on if base and base.consent_on else date.today().isoformat())
        return Client(
            id=base.id if base else None,
            name=self.name.text(),
            emails=_split(self.emails.text()),
            phones=_split(self.phones.text()),
            ad_ids=_split(self.ad_ids.text()),
            birth_date=self.birth_date.text(),
            account_numbers=parse_accounts(self.accounts.toPlainText()),
            address=self.address.toPlainText(),
            state=self.state.text(),
            country=self.country.text(),
            notes=self.notes.toPlainText(),
            archived=base.archived if base else False,
            consent_on=consent_on,
            created_at=base.created_at if base else None,
            version=base.version if base else None,  # saving refuses a stale copy
        )

    def accept(self) -> None:
        if self.require_consent and not self.consent.isChecked():
            self.error.setText(self.tr(
                "Ask the client whether OffMap may store their details, then tick the consent "
                "box. Without their consent, do not record them."))
            self.error.show()
            return
        try:
            self.result_client = validate_client(self.client_from_form())
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        super().accept()
