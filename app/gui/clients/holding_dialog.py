"""Record by hand that a company holds some of a client's location data, with the evidence."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from app.core.errors import OffMapError
from app.core.model import DATA_KINDS, Company
from app.gui.common.kind_labels import COMPANY_KIND_LABELS
from app.gui.common.messages import error_text

DATA_LABELS = {"precise-location": "Precise location (GPS, apps)",
               "cell-site": "Cell-site location (towers)",
               "call-records": "Call records",
               "cpni": "CPNI (carrier usage records)",
               "ad-id": "Advertising ID",
               "call-recordings": "Call recordings"}


class HoldingDialog(QDialog):
    """`save(slug, kinds, evidence)` stores the holding or raises OffMapError (shown here)."""

    def __init__(self, companies: list[Company], save, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add holding"))
        self.save = save
        self.company = QComboBox()
        self.company.setEditable(True)
        self.company.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.company.setAccessibleName(self.tr("Company"))
        for company in sorted(companies, key=lambda c: c.name.casefold()):
            kind = self.tr(COMPANY_KIND_LABELS.get(company.kind, company.kind))
            self.company.addItem(f"{company.name} ({kind})", company.slug)
        self.company.setCurrentIndex(-1)
        self.boxes: dict[str, QCheckBox] = {}
        group = QGroupBox(self.tr("Location data it holds"))
        group_layout = QVBoxLayout(group)
        for kind in DATA_KINDS:
            box = QCheckBox(self.tr(DATA_LABELS.get(kind, kind)))
            box.setAccessibleName(kind)
            self.boxes[kind] = box
            group_layout.addWidget(box)
        self.evidence = QPlainTextEdit()
        self.evidence.setTabChangesFocus(True)
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.evidence.setPlaceholderText(self.tr("How you know: a bill, a reply, a news report…"))
        form = QFormLayout()
        form.addRow(self.tr("&Company"), self.company)
        form.addRow(self.tr("&Evidence"), self.evidence)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(group)
        layout.addWidget(buttons)

    def chosen_slug(self) -> str:
        index = self.company.findText(self.company.currentText())
        return self.company.itemData(index) if index >= 0 else self.company.currentText().strip()

    def _accept(self) -> None:
        kinds = [k for k, box in self.boxes.items() if box.isChecked()]
        if not self.chosen_slug():
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("Choose a company."))
            return
        try:
            self.save(self.chosen_slug(), kinds, self.evidence.toPlainText())
        except OffMapError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
            return
        self.accept()
