"""Settings section "Clinic": the clinic's name, address, staff member and whether letters go out
in the client's name or with the clinic as the client's authorized agent."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.clinic import ClinicProfile
from app.core.errors import OffMapError
from app.gui.common.appearance import color
from app.gui.common.context import GuiContext
from app.gui.common.messages import error_text
from app.services import clinic as clinic_service


class ClinicSection(QGroupBox):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Clinic"), parent)
        self.ctx = ctx
        explain = QLabel(self.tr(
            "For privacy clinics and advocates helping several people. In agent mode each "
            "letter says the clinic writes as the client's authorized agent and cites the "
            "law's rule for agents. Each law says which requests an agent may make: several "
            "states (Colorado, Connecticut, Texas, New Jersey ...) allow an agent only to opt "
            "out, and some (for example Virginia) not at all; those letters are refused and go "
            "in the client's own name. Print the client's "
            "authorization form from the Clients page and keep the signed copy."
        ))
        explain.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Bay Area Privacy Clinic"))
        self.staff = QLineEdit()
        self.staff.setPlaceholderText(self.tr("Name of the person who signs the letters"))
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(64)
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("privacy@clinic.example.org"))
        self.phone = QLineEdit()
        self.as_client = QRadioButton(self.tr("Letters in the &client's own name"))
        self.as_agent = QRadioButton(self.tr("The clinic writes as the client's authori&zed "
                                             "agent"))
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.as_client)
        self.modes.addButton(self.as_agent)
        form = QFormLayout()
        for label, widget, name in (
            (self.tr("Cli&nic name"), self.name, self.tr("Clinic name")),
            (self.tr("&Staff member"), self.staff, self.tr("Staff member who signs")),
            (self.tr("Add&ress"), self.address, self.tr("Clinic postal address")),
            (self.tr("E-&mail"), self.email, self.tr("Clinic e-mail for replies")),
            (self.tr("&Phone"), self.phone, self.tr("Clinic phone")),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        modes = QVBoxLayout()
        modes.addWidget(self.as_client)
        modes.addWidget(self.as_agent)
        form.addRow(self.tr("Letters:"), modes)

        self.error = QLabel()
        self.error.setWordWrap(True)
        # The scheme's warning colours (readable in light and dark), not a fixed red.
        self.error.setStyleSheet(f"color: {color('warning_fg')}; background: "
                                 f"{color('warning_bg')}; padding: 6px; border-radius: 4px;")
        self.error.hide()
        self.saved = QLabel()
        self.saved.setAccessibleName(self.tr("Clinic profile status"))
        self.save_button = QPushButton(self.tr("Sa&ve clinic profile"))
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.load()

    def load(self) -> None:
        profile = clinic_service.get_profile(self.ctx.store)
        self.name.setText(profile.name)
        self.staff.setText(profile.staff)
        self.address.setPlainText(profile.address)
        self.email.setText(profile.email)
        self.phone.setText(profile.phone)
        (self.as_agent if profile.is_agent else self.as_client).setChecked(True)

    def profile_from_form(self) -> ClinicProfile:
        return ClinicProfile(
            name=self.name.text(), staff=self.staff.text(), address=self.address.toPlainText(),
            email=self.email.text(), phone=self.phone.text(),
            mode="agent" if self.as_agent.isChecked() else "client",
        )

    def save(self) -> bool:
        try:
            clinic_service.save_profile(self.ctx.store, self.profile_from_form())
        except OffMapError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            self.saved.setText("")
            return False
        self.error.hide()
        self.saved.setText(self.tr("Saved."))
        self.load()
        return True
