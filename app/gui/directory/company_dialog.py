"""Add or edit one of the user's own companies (stored, marked as theirs)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from app.core.errors import OffMapError
from app.core.model import COMPANY_KINDS, Company
from app.gui.common.kind_labels import COMPANY_KIND_LABELS
from app.gui.common.messages import error_text


class CompanyDialog(QDialog):
    """`save` is called with the edited Company and returns the saved one or raises
    OffMapError, whose message is shown while the dialog stays open."""

    def __init__(self, company: Company | None, carriers: list[Company], save, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit company") if company else self.tr("New company"))
        self.original = company
        self.save = save
        self.result_company: Company | None = None
        company = company or Company(slug="", name="", kind="broker", origin="user")

        self.name = QLineEdit(company.name)
        self.kind = QComboBox()
        for kind in COMPANY_KINDS:
            self.kind.addItem(self.tr(COMPANY_KIND_LABELS.get(kind, kind)), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(company.kind)))
        self.host = QComboBox()
        self.host.addItem(self.tr("(none)"), "")
        for carrier in carriers:
            self.host.addItem(carrier.name, carrier.slug)
        if company.hosts:
            self.host.setCurrentIndex(max(0, self.host.findData(company.hosts[0])))
        self.aliases = QLineEdit(", ".join(company.aliases))
        contacts = company.contacts or {}
        self.email = QLineEdit(contacts.get("email") or "")
        self.webform = QLineEdit(contacts.get("webform") or "")
        self.phone = QLineEdit(contacts.get("phone") or "")
        self.postal = QPlainTextEdit(contacts.get("postal") or "")
        self.postal.setTabChangesFocus(True)
        self.postal.setFixedHeight(70)
        self.privacy_page = QLineEdit(contacts.get("privacy_page") or "")
        self.notes = QPlainTextEdit(company.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)

        form = QFormLayout()
        for label, widget, accessible in (
            (self.tr("&Name"), self.name, self.tr("Company name")),
            (self.tr("&Kind"), self.kind, self.tr("Kind of company")),
            (self.tr("&Host network (MVNO)"), self.host, self.tr("Host network")),
            (self.tr("&Other names"), self.aliases, self.tr("Other names, comma separated")),
            (self.tr("&E-mail"), self.email, self.tr("Privacy e-mail address")),
            (self.tr("&Web form"), self.webform, self.tr("Privacy request web form")),
            (self.tr("&Phone"), self.phone, self.tr("Privacy phone number")),
            (self.tr("Po&st"), self.postal, self.tr("Postal address for privacy requests")),
            (self.tr("Privacy p&age"), self.privacy_page, self.tr("Privacy policy page")),
            (self.tr("No&tes"), self.notes, self.tr("Notes")),
        ):
            widget.setAccessibleName(accessible)
            form.addRow(label, widget)
        hint = QLabel(self.tr("Your companies are kept on this computer, marked as yours, and "
                              "never changed by directory updates or registry imports."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def edited(self) -> Company:
        base = self.original or Company(slug="", name="", kind="broker")
        host = self.host.currentData()
        return replace(
            base, name=self.name.text().strip(), kind=self.kind.currentData(),
            hosts=[host, *[h for h in base.hosts if h != host]] if host else [], origin="user",
            aliases=[a.strip() for a in self.aliases.text().split(",") if a.strip()],
            contacts={**(base.contacts or {}), "email": self.email.text().strip() or None,
                      "webform": self.webform.text().strip() or None,
                      "phone": self.phone.text().strip() or None,
                      "postal": self.postal.toPlainText().strip() or None,
                      "privacy_page": self.privacy_page.text().strip() or None},
            notes=self.notes.toPlainText().strip(),
        )

    def _accept(self) -> None:
        try:
            self.result_company = self.save(self.edited())
        except OffMapError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
            return
        self.accept()
